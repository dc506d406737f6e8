"""The c5tui Textual application: the screens, the reading connections and the write path.

Every change goes through the core :class:`~c5tui.session.Session` on a single writer
thread, so the event loop never waits for the database's write lock; the change is
announced on ``data_signal`` once committed, and every screen showing data redraws.
"""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import ClassVar, TypeVar

from textual import events
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen
from textual.signal import Signal
from textual.widgets import Input
from textual.worker import Worker

from c5tui.corpus.labels import document_labels
from c5tui.errors import C5Error
from c5tui.model import Claim, Document, Note, Outline, Sentence, Tag
from c5tui.search.engine import SearchEngine
from c5tui.session import Change, Session
from c5tui.store.connection import damaged
from c5tui.tui.idle_collect import IdleCollector
from c5tui.tui.keys_in_turn import TYPED, KeysInTurn
from c5tui.tui.screens.explore import ExploreScreen
from c5tui.tui.settings import load_settings, save_theme
from c5tui.tui.unsaved import HoldsTypedText
from c5tui.workspace import Workspace

T = TypeVar("T")
# How often the app looks for commits made by other programs (the CLI, a second TUI).
OUTSIDE_CHECK_SECONDS = 1.0
COLLECT_TICK_SECONDS = 0.1  # how often the app looks for a rest to collect garbage in


def error_message(exc: BaseException, db_path: Path) -> str:
    """One line for the user about a failure of the store."""
    if isinstance(exc, C5Error):
        return str(exc)
    if "malformed" in str(exc):
        return str(damaged(db_path, str(exc)))
    return f"Database error: {exc}"


def settle_memory(collector: IdleCollector) -> None:
    """Collect what start-up left over, once, and keep what it built out of the collector's
    scans from now on; from then on the collector runs when the user rests."""
    gc.collect()
    gc.freeze()
    collector.start()


def takes_text(widget: object) -> bool:
    """Whether a widget types the keys it gets as text: a text box or a text area."""
    if isinstance(widget, Input):
        return True
    # A text area is on screen only once its module is loaded, which the first screen
    # does not need (text areas cost start-up 5 ms): not loaded, there is none to ask.
    text_area = getattr(sys.modules.get("textual.widgets._text_area"), "TextArea", None)
    return text_area is not None and isinstance(widget, text_area)


class C5App(App[None]):
    """Search, read, tag, annotate, select and export the interviews in one database."""

    TITLE = "c5tui"
    SUB_TITLE = "Kazakh | English evidence"
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Footer order: what a newcomer needs first, for narrow terminals.
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        # In a text field "?" is a character: F1 opens the help from anywhere.
        Binding("f1", "help_anywhere", "Help", id="app.help_anywhere"),
        Binding("f1", "help_key", "Help", show=False, id="app.help_key"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("b", "basket", "Selection", id="app.basket"),
        Binding("u,ctrl+z", "undo", "Undo", id="app.undo"),
        Binding("c", "claims", "Claims", id="app.claims"),
        Binding("D", "documents", "Documents", show=False, id="app.documents"),
        Binding("K", "codebook", "Codebook", show=False, id="app.codebook"),
        Binding("T", "tag_selection", "Tag selection", show=False, id="app.tag_selection"),
        Binding("ctrl+r", "refresh", "Refresh", show=False, id="app.refresh"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, db_path: Path, workspace: Workspace | None = None) -> None:
        """``workspace``: the database already opened on ``db_path``, else it is opened here."""
        super().__init__()
        self.db_path = db_path
        # Reads on the event loop; they never wait, since readers never take the write lock.
        self.workspace = workspace or Workspace.open(db_path)
        # Background searches read through their own connection, one at a time. The file
        # was checked just now: the further connections need not check it again.
        self._reader = Workspace.open(db_path, seed=False, check=False)
        self._reader_lock = threading.Lock()
        self._reader_closed = False
        self.engine = SearchEngine(db_path)
        # Facets count every hit, which takes longer than a page of results: on their own
        # connection, so counting for one query never holds up the search for the next.
        self.facet_engine = SearchEngine(db_path)
        # Writes run one at a time, in order, on their own thread and connection.
        self.session = Session(Workspace.open(db_path, seed=False, check=False))
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="c5tui-write")
        self.data_signal: Signal[Change | None] = Signal(self, "data")
        self.codebook: dict[str, Tag] = {}
        self.documents: dict[int, Document] = {}
        self.document_labels: dict[int, str] = {}
        self._quit_warned = False
        self._collector = IdleCollector()
        self._keys = KeysInTurn(self)
        # What another program last committed, as the writer's connection saw it, and
        # whether the user has been told of a change since their last refresh.
        self._outside_version: int | None = None
        self._outside_told = False
        self.reload_codebook()
        self.settings = load_settings()
        # Whether searches add glossary hits (English terms in untranslated Kazakh).
        self.glossary = self.settings.glossary

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.set_keymap(self.settings.keys)
        self.theme_changed_signal.subscribe(self, lambda theme: save_theme(theme.name))
        self.push_screen(ExploreScreen())
        if self.settings.problem:
            self.notify(self.settings.problem, severity="warning")
        # What startup builds lives as long as the app: the garbage collector need not
        # scan it again each time, which held up opening a screen by 100 ms or more.
        self.set_timer(1.0, lambda: settle_memory(self._collector))
        self.set_interval(COLLECT_TICK_SECONDS, self._collector.tick)
        self.set_interval(OUTSIDE_CHECK_SECONDS, self._check_outside_changes)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._collector.input_seen()
        if isinstance(event, TYPED) and not event.is_forwarded and not self._keys.take(event):
            return  # handed back once the key before it has done its work (see KeysInTurn)
        await super().on_event(event)

    def on_unmount(self) -> None:
        self._collector.stop()
        self._keys.stop()
        # Writes already asked for are finished, never dropped.
        self._writer.shutdown(wait=True)
        self.session.workspace.close()
        # Searches may still be running in worker threads: close under their locks.
        self.engine.close()
        self.facet_engine.interrupt()
        self.facet_engine.close()
        with self._reader_lock:
            self._reader.close()
            self._reader_closed = True
        self.workspace.close()

    # -- errors: a notification, never a crash ---------------------------------------------

    def report(self, exc: BaseException) -> None:
        self.notify(error_message(exc, self.db_path), severity="error", timeout=8)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: object = None,
    ) -> bool:
        """Every key and palette action: a failure of the store is shown, the app stays up."""
        try:
            return await super().run_action(action, default_namespace, namespaces)  # type: ignore[arg-type]
        except (C5Error, sqlite3.Error) as exc:
            self.report(exc)
            return True

    # -- writing: off the event loop, in order --------------------------------------------

    def write(
        self,
        call: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Worker[None]:
        """Run one user action on the writer thread; then announce it, or report why not.

        ``on_error`` lets a screen keep what the user typed when the write failed.
        """
        future = self._writer.submit(call, self.session)

        async def finish() -> None:
            try:
                result = await asyncio.wrap_future(future)
            except (C5Error, sqlite3.Error) as exc:
                self.report(exc)
                if on_error is not None:
                    on_error(exc)
                return
            if isinstance(result, Change) and result.message:
                self.notify(result.message)
            self.data_changed(result if isinstance(result, Change) else None)
            if on_done is not None:
                on_done(result)

        return self.run_worker(finish(), group="write", exit_on_error=False)

    async def writes_done(self) -> None:
        """Wait until every write asked for so far has committed (or failed)."""
        await asyncio.wrap_future(self._writer.submit(lambda: None))
        writes = [w for w in self.workers if w.group == "write"]
        if writes:  # an empty list would mean every worker
            await self.workers.wait_for_complete(writes)

    # -- reading the store ---------------------------------------------------------------

    def reload_codebook(self) -> None:
        self.codebook = {tag.id: tag for tag in self.workspace.tags()}
        documents = self.workspace.documents()
        self.documents = {d.id: d for d in documents}
        self.document_labels = document_labels(documents)

    def read_with(self, read: Callable[[Workspace], T], closed: T) -> T:
        """Run ``read`` on the background reading connection, for worker threads.

        ``closed`` is the answer once the app is closing and the connection is gone.
        """
        with self._reader_lock:
            if self._reader_closed:
                return closed
            return read(self._reader)

    def read_quotes(self, ids: Sequence[int]) -> dict[int, Sentence]:
        """Quotes by id, for worker threads."""
        none: dict[int, Sentence] = {}
        return self.read_with(lambda ws: {q.id: q for q in ws.quotes_by_id(ids)}, none)

    def read_detail(self, quote: Sentence) -> tuple[list[Sentence], list[Claim], list[Note]]:
        """A quote with its neighbours in the turn, its claims and notes, for worker threads."""

        def detail(ws: Workspace) -> tuple[list[Sentence], list[Claim], list[Note]]:
            window = ws.window(quote.document_id, quote.position - 1, quote.position + 1)
            return (
                [s for s in window if s.turn == quote.turn],
                ws.claims_for_sentence(quote.id),
                ws.notes("sentence", quote.id),
            )

        none: tuple[list[Sentence], list[Claim], list[Note]] = ([], [], [])
        return self.read_with(detail, none)

    def read_window(self, document_id: int, first: int, last: int) -> list[Sentence]:
        """A document's sentences at positions ``first..last``, for worker threads."""
        none: list[Sentence] = []
        return self.read_with(lambda ws: ws.window(document_id, first, last), none)

    def read_outline(self, document_id: int) -> Outline:
        """A document's sentences without their text, for worker threads."""
        return self.read_with(lambda ws: ws.outline(document_id), Outline(document_id))

    def data_changed(self, change: Change | None = None) -> None:
        """Tell every screen showing the store's data that it changed."""
        if change is None or change.area == "codebook":
            self.reload_codebook()
        self.data_signal.publish(change)

    def toggle_selected(self, owner: str, owner_id: int) -> None:
        self.write(lambda session: session.toggle_selected(owner, owner_id))

    def set_tags(
        self,
        owner: str,
        owner_ids: Sequence[int],
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        on_done: Callable[[Change], None] | None = None,
    ) -> None:
        ids, added, removed = list(owner_ids), list(add), list(remove)
        self.write(lambda session: session.set_tags(owner, ids, added, removed), on_done)

    def open_tag_picker(self, owner_id: int, owner: str = "sentence") -> None:
        from c5tui.tui.screens.tag_picker import TagPicker

        self.push_screen(TagPicker([owner_id], owner))

    def action_claims(self) -> None:
        from c5tui.tui.screens.claims import ClaimsScreen

        if not isinstance(self.screen, ClaimsScreen):
            self.push_screen(ClaimsScreen())

    def open_notes(self, owner: str, owner_id: int) -> None:
        from c5tui.tui.screens.notes import NotesDialog

        if owner == "sentence":
            quote = self.workspace.quote(owner_id)
            title = f"Notes on {quote.locator}: {quote.kk}"
        else:
            title = f"Notes on the claim: {self.workspace.claim(owner_id).statement}"
        self.push_screen(NotesDialog(owner, owner_id, title))

    def action_documents(self) -> None:
        from c5tui.tui.screens.documents import DocumentsScreen

        if not isinstance(self.screen, DocumentsScreen):
            self.push_screen(DocumentsScreen())

    def action_codebook(self) -> None:
        from c5tui.tui.screens.codebook import CodebookScreen

        if not isinstance(self.screen, CodebookScreen):
            self.push_screen(CodebookScreen())

    def search_in_explore(self, query: str) -> None:
        """Back to Explore with ``query`` in its search box."""
        while not isinstance(self.screen, ExploreScreen) and len(self.screen_stack) > 2:
            self.pop_screen()
        if isinstance(self.screen, ExploreScreen):
            search = self.screen.query_one("#search", Input)
            search.value = query
            search.focus()

    def open_reader(self, sentence_id: int, query: str = "") -> None:
        """Read the document at a sentence, with the hits of ``query`` highlighted."""
        from c5tui.tui.screens.read import ReadScreen

        # One Read screen serves every visit: built once, a later visit only reads and draws.
        if not self.is_screen_installed("read"):
            self.install_screen(ReadScreen(sentence_id, query), "read")
        screen = self.get_screen("read")
        if isinstance(screen, ReadScreen) and screen not in self.screen_stack:
            screen.open(sentence_id, query)
        else:  # Read, then the selection, then Read again
            self.push_screen(ReadScreen(sentence_id, query))

    # -- app-wide actions --------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit, unless a dialog holds typed text: then say so once, and quit the next time."""
        typed = next(
            (
                what
                for screen in reversed(self.screen_stack)
                if isinstance(screen, HoldsTypedText) and (what := screen.unsaved_text())
            ),
            None,
        )
        if typed and not self._quit_warned:
            self._quit_warned = True
            self.notify(
                f"{typed} is not saved: ctrl+s saves it, quit again to leave without it.",
                severity="warning",
            )
            return
        self.exit()

    def action_undo(self) -> None:
        def undone(change: Change | None) -> None:
            if change is None:
                self.notify("Nothing to undo.")

        self.write(lambda session: session.undo(), undone)

    def action_tag_selection(self) -> None:
        from c5tui.tui.screens.tag_picker import TagPicker

        items: list[tuple[str, int]] = []
        for item in self.workspace.selection():
            if item.sentence_id is not None:
                items.append(("sentence", item.sentence_id))
            elif item.claim_id is not None:
                items.append(("claim", item.claim_id))
        if not items:
            self.notify("The selection is empty: press space on quotes first.", severity="warning")
            return
        self.push_screen(TagPicker(items=items))

    def action_basket(self) -> None:
        from c5tui.tui.screens.basket import BasketScreen

        if not isinstance(self.screen, BasketScreen):
            self.push_screen(BasketScreen())

    def action_export(self) -> None:
        from c5tui.tui.screens.export import ExportDialog

        if not self.workspace.selection():
            self.notify("The selection is empty: press space on quotes first.", severity="warning")
            return
        if not isinstance(self.screen, ExportDialog):
            self.push_screen(ExportDialog())

    def action_help_anywhere(self) -> None:
        self.action_help()

    def action_help_key(self) -> None:
        self.action_help()

    def action_help(self) -> None:
        from c5tui.tui.screens.basket import BasketScreen
        from c5tui.tui.screens.claims import ClaimsScreen
        from c5tui.tui.screens.codebook import CodebookScreen
        from c5tui.tui.screens.documents import DocumentsScreen
        from c5tui.tui.screens.export import ExportDialog
        from c5tui.tui.screens.help import HelpScreen, help_markdown
        from c5tui.tui.screens.notes import NotesDialog
        from c5tui.tui.screens.read import ReadScreen
        from c5tui.tui.screens.tag_picker import TagPicker
        from c5tui.tui.screens.translation_editor import TranslationEditor
        from c5tui.tui.widgets.aligned_reader import AlignedReader

        if isinstance(self.screen, HelpScreen):
            return
        sections = [
            ("Everywhere", self.BINDINGS),
            ("Explore", ExploreScreen.BINDINGS),
            ("Read", [*ReadScreen.BINDINGS, *AlignedReader.BINDINGS]),
            ("Selection", BasketScreen.BINDINGS),
            ("Documents", DocumentsScreen.BINDINGS),
            ("Codebook", CodebookScreen.BINDINGS),
            ("Claims", ClaimsScreen.BINDINGS),
            ("Tag", TagPicker.BINDINGS),
            ("Notes", NotesDialog.BINDINGS),
            ("English", TranslationEditor.BINDINGS),
            ("Export", ExportDialog.BINDINGS),
        ]
        self.push_screen(
            HelpScreen(help_markdown(sections, list(self.codebook.values()), self.settings.keys))
        )

    async def _check_outside_changes(self) -> None:
        """Tell the user, once, that another program has changed the database.

        ``PRAGMA data_version`` on the writer's connection changes only when another
        connection commits: this app writes through that connection alone, so its own
        actions never count. Asked on the writer thread, it waits for no lock.
        """

        def version() -> int:
            return int(self.session.workspace.db.execute("PRAGMA data_version").fetchone()[0])

        try:
            now = await asyncio.wrap_future(self._writer.submit(version))
        except (RuntimeError, sqlite3.Error):
            return  # the app is closing
        if self._outside_version is None:
            self._outside_version = now
        elif now != self._outside_version:
            self._outside_version = now
            if not self._outside_told:
                self._outside_told = True
                self.notify("Another program changed the database: ctrl+r shows it", timeout=8)

    def action_refresh(self) -> None:
        """Show what other processes wrote to the database meanwhile."""
        self._outside_told = False
        self.reload_codebook()
        self.data_changed()
        self.notify("Showing the database as it is now")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Letters typed in a text field never reach these bindings: Textual leaves keys a
        # field consumes to the field. Only which help key the footer shows depends on it.
        if action == "help_anywhere":
            return takes_text(self.focused)
        return True

    def get_system_commands(self, screen: Screen) -> Iterator[SystemCommand]:
        from c5tui.tui.keys import action_keys

        yield from super().get_system_commands(screen)
        # Each command names its key, from the bindings where it runs: learnt once, typed after.
        scopes = {"here": screen.BINDINGS, "explore": ExploreScreen.BINDINGS, "app": self.BINDINGS}
        commands = [
            ("Search", "Focus the search box", "explore", "focus_search"),
            ("Read", "Read the highlighted quote in context", "here", "read"),
            ("Tag", "Add or remove tags on the highlighted quote", "here", "tag"),
            ("Tag the selection", "Tag every selected quote and claim", "app", "tag_selection"),
            ("Note", "Write a note on the highlighted quote", "here", "note"),
            ("English", "Type the English of the highlighted quote", "here", "translate"),
            ("Mark reviewed", "Mark the highlighted quote's English as read", "here", "review"),
            (
                "Next to translate",
                "Read: jump to the next untranslated or needs-review sentence",
                "here",
                "next_untranslated",
            ),
            (
                "Previous to translate",
                "Read: jump to the previous untranslated or needs-review sentence",
                "here",
                "previous_untranslated",
            ),
            (
                "Select",
                "Add the highlighted quote to the selection or remove it",
                "here",
                "toggle_selected",
            ),
            ("Selection", "Show the selection basket", "app", "basket"),
            ("Claims", "List, select and annotate the claims", "app", "claims"),
            ("Documents", "Every article: read one or search within it", "app", "documents"),
            (
                "Codebook",
                "Tags with counts and candidate actors: accept, reject, merge, rename",
                "app",
                "codebook",
            ),
            ("Export", "Export the selection to Markdown", "app", "export"),
            ("Facets", "Show or hide the sector and actor facets", "explore", "facets"),
            (
                "Glossary",
                "Turn glossary hits on or off (English terms in untranslated Kazakh)",
                "explore",
                "toggle_glossary",
            ),
            ("Undo", "Undo the last tag, note, English or selection change", "app", "undo"),
            ("Refresh", "Show changes made by other programs", "app", "refresh"),
            ("Help", "Keys, query syntax and the codebook", "app", "help"),
        ]
        for title, help_text, scope, action in commands:
            if scope == "explore":
                run = self._explore_action(action)
            elif scope == "here":
                run = self._on_screen(action)
            else:
                run = self._on_app(action)
            keys = action_keys(self, action, scopes[scope], self.settings.keys)
            yield SystemCommand(title, f"{help_text} · key: {keys}" if keys else help_text, run)

    def _on_app(self, action: str) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            await self.run_action(action)

        return run

    def _on_screen(self, action: str) -> Callable[[], Awaitable[None]]:
        """Run an action of the screen in use, as its key would; say so where it has none."""

        async def run() -> None:
            if not await self.run_action(action, self.screen):
                self.notify("Not available here.", severity="warning")

        return run

    def _explore_action(self, action: str) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            while not isinstance(self.screen, ExploreScreen) and len(self.screen_stack) > 2:
                self.pop_screen()
            await self._on_screen(action)()

        return run


def run_app(db_path: Path, workspace: Workspace | None = None) -> None:
    C5App(db_path, workspace).run()
