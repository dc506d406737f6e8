"""The codebook: every tag with how many quotes carry it, and the candidate actors the
text names that the codebook lacks — accept, reject or merge them; rename, relabel,
re-parent or delete your own tags. Every change is one undoable write (u)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from c5tui.model import Tag
from c5tui.session import Change, Session
from c5tui.tagging.candidates import Candidate
from c5tui.text.display import printable
from c5tui.tui.keys_in_turn import FirstRowsInBackground
from c5tui.tui.screens.ask import AskText
from c5tui.tui.widgets.options import replace_options
from c5tui.tui.widgets.steady_footer import SteadyFooter
from c5tui.workspace import Workspace

if TYPE_CHECKING:
    from c5tui.tui.app import C5App


@dataclass(frozen=True, slots=True)
class CodebookView:
    """What the screen shows, read off the event loop in one go."""

    tags: list[Tag]
    counts: dict[str, int]
    candidates: list[Candidate]


def read_codebook(ws: Workspace) -> CodebookView:
    return CodebookView(ws.tags(), ws.tag_counts(), ws.candidates())


def tag_option(tag: Tag, count: int) -> Option:
    line = Text(f"{count:>4} ", style="dim")
    line.append(printable(tag.id, keep=""), style="bold")
    if tag.parent:
        line.append(printable(f" ⊂ {tag.parent}", keep=""), style="dim")
    line.append(printable(f"  {tag.label_en} / {tag.label_kk}", keep=""))
    if tag.origin == "user":
        line.append("  (yours)", style="italic dim")
    return Option(line, id=f"tag:{tag.id}")


def candidate_option(candidate: Candidate) -> Option:
    line = Text(f"{len(candidate.quotes):>4} ", style="dim")
    line.append(printable(candidate.label, keep=""), style="bold")
    line.append(f"  {candidate.kind}", style="dim")
    hints = []
    if candidate.parent:
        hints.append(f"⊂ {candidate.parent}")
    if candidate.merge:
        hints.append(f"same as {candidate.merge}?")
    if hints:
        line.append(printable("  " + " · ".join(hints), keep=""), style="italic")
    return Option(line, id=f"candidate:{candidate.key}")


class CodebookScreen(FirstRowsInBackground, Screen[None]):
    """tab between tags and candidates; enter shows the highlighted one's quotes in Explore."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="codebook.back"),
        Binding("enter", "open", "Quotes", id="codebook.open"),
        Binding("a", "accept", "Accept", id="codebook.accept"),
        Binding("x", "reject", "Reject", id="codebook.reject"),
        Binding("m", "merge", "Merge into", id="codebook.merge"),
        Binding("r", "rename", "Rename", id="codebook.rename"),
        Binding("l", "relabel", "Relabel", id="codebook.relabel"),
        Binding("p", "parent", "Parent", id="codebook.parent"),
        Binding("d", "delete", "Delete", id="codebook.delete"),
        Binding("tab", "switch", "Tags/candidates", show=False, id="codebook.switch"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.view = CodebookView([], {}, [])

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="codebook"):
            yield OptionList(id="codebook-tags")
            yield OptionList(id="codebook-candidates")
        yield SteadyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#codebook-tags", OptionList).border_title = "Tags"
        self.query_one("#codebook-candidates", OptionList).border_title = "Candidates"
        self.query_one("#codebook-candidates", OptionList).focus()
        self.load()
        self.c5.data_signal.subscribe(self, lambda _change: self.load())

    @work(thread=True, exclusive=True, group="codebook")
    def load(self) -> None:
        """Read tags, counts and candidates off the event loop; a newer load drops this one."""
        view = self.c5.read_with(read_codebook, CodebookView([], {}, []))
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, view)

    def show(self, view: CodebookView) -> None:
        self.view = view
        for list_id, options, title in (
            (
                "#codebook-tags",
                [tag_option(t, view.counts.get(t.id, 0)) for t in view.tags],
                "Tags",
            ),
            ("#codebook-candidates", [candidate_option(c) for c in view.candidates], "Candidates"),
        ):
            listing = self.query_one(list_id, OptionList)
            keep = listing.highlighted
            replace_options(listing, options)
            listing.border_title = f"{title} · {len(options)}"
            if options:
                listing.highlighted = min(keep or 0, len(options) - 1)
        self.first_rows_shown()

    # -- what is highlighted ----------------------------------------------------------------

    def _on_candidates(self) -> bool:
        return self.focused is self.query_one("#codebook-candidates", OptionList)

    def current_candidate(self) -> Candidate | None:
        index = self.query_one("#codebook-candidates", OptionList).highlighted
        if not self._on_candidates() or index is None or index >= len(self.view.candidates):
            return None
        return self.view.candidates[index]

    def current_tag(self) -> Tag | None:
        index = self.query_one("#codebook-tags", OptionList).highlighted
        if self._on_candidates() or index is None or index >= len(self.view.tags):
            return None
        return self.view.tags[index]

    def _user_tag(self) -> Tag | None:
        tag = self.current_tag()
        if tag is None:
            self.notify("Highlight one of your tags (tab goes to the tags)")
            return None
        if tag.origin != "user":
            self.notify(f"{tag.id} comes with the codebook: only your own tags change so")
            return None
        return tag

    def _candidate(self) -> Candidate | None:
        candidate = self.current_candidate()
        if candidate is None:
            self.notify("Highlight a candidate (tab goes to the candidates)")
        return candidate

    def _write(self, call: Callable[[Session], Change]) -> None:
        self.c5.write(call)

    # -- actions --------------------------------------------------------------------------

    @on(OptionList.OptionSelected)
    def chosen(self) -> None:
        self.action_open()

    def action_switch(self) -> None:
        target = "#codebook-tags" if self._on_candidates() else "#codebook-candidates"
        self.query_one(target, OptionList).focus()

    def action_open(self) -> None:
        """The highlighted candidate's or tag's quotes, in Explore."""
        candidate = self.current_candidate()
        if candidate is not None:
            self.c5.search_in_explore(candidate.explore_query())
            return
        tag = self.current_tag()
        if tag is not None:
            self.c5.search_in_explore(f"{tag.kind}:{tag.id}")

    def action_accept(self) -> None:
        candidate = self._candidate()
        if candidate is not None:
            label = candidate.label
            self._write(lambda session: session.accept_candidate(label))

    def action_reject(self) -> None:
        candidate = self._candidate()
        if candidate is not None:
            label = candidate.label
            self._write(lambda session: session.reject_candidate(label))

    def action_merge(self) -> None:
        candidate = self._candidate()
        if candidate is None:
            return
        label = candidate.label

        def merge(answer: list[str] | None) -> None:
            if answer and answer[0]:
                into = answer[0]
                self._write(lambda session: session.merge_candidate(label, into))

        ask = AskText(f"Merge {label} into the tag", [("Tag id", candidate.merge or "")])
        self.app.push_screen(ask, merge)

    def action_rename(self) -> None:
        tag = self._user_tag()
        if tag is None:
            return
        old = tag.id

        def rename(answer: list[str] | None) -> None:
            if answer and answer[0] and answer[0] != old:
                new = answer[0]
                self._write(lambda session: session.rename_tag(old, new))

        self.app.push_screen(AskText(f"Rename {old}", [("New id", old)]), rename)

    def action_relabel(self) -> None:
        tag = self.current_tag()
        if tag is None:
            self.notify("Highlight a tag (tab goes to the tags)")
            return
        tag_id = tag.id

        def relabel(answer: list[str] | None) -> None:
            if answer:
                english, kazakh = answer
                self._write(lambda session: session.relabel_tag(tag_id, english, kazakh))

        fields = [("English label", tag.label_en), ("Kazakh label", tag.label_kk)]
        self.app.push_screen(AskText(f"Labels of {tag_id}", fields), relabel)

    def action_parent(self) -> None:
        tag = self.current_tag()
        if tag is None or tag.kind != "actor":
            self.notify("Highlight an actor tag (tab goes to the tags)")
            return
        tag_id = tag.id

        def reparent(answer: list[str] | None) -> None:
            if answer is not None:
                parent = answer[0] or None
                self._write(lambda session: session.set_tag_parent(tag_id, parent))

        hint = "an actor id, empty for none · enter save · esc cancel"
        ask = AskText(f"Parent of {tag_id}", [("Parent", tag.parent or "")], hint)
        self.app.push_screen(ask, reparent)

    def action_delete(self) -> None:
        tag = self._user_tag()
        if tag is not None:
            tag_id = tag.id
            self._write(lambda session: session.delete_tag(tag_id))

    def action_back(self) -> None:
        self.dismiss()
