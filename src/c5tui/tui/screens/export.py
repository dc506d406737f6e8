"""Export: the selection as a cited brief, previewed live (body first), written to a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Checkbox,
    Collapsible,
    Footer,
    Input,
    Label,
    Markdown,
    Select,
    Static,
    TextArea,
)
from textual.worker import get_current_worker

from c5tui.clock import now
from c5tui.errors import C5Error
from c5tui.export.markdown import Brief, render_brief
from c5tui.export.request import build_request
from c5tui.export.write import check_target, write_text
from c5tui.text.display import printable
from c5tui.tui.screens.confirm import Confirm
from c5tui.workspace import Workspace

if TYPE_CHECKING:
    from c5tui.tui.app import C5App

LANGUAGES = [("Kazakh and English", "both"), ("Kazakh", "kk"), ("English", "en")]
GROUPS = [("in basket order", "none"), ("by document", "document"), ("by sector", "sector")]
GROUPS.append(("by actor", "actor"))
CITATIONS = [("footnotes", "notes"), ("inline references", "inline")]


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the dialog's fields ask for, read on the event loop and handed to a worker."""

    lang: str
    group_by: str
    with_notes: bool
    title: str = ""
    intro: str = ""
    citations: str = "notes"
    with_cooccurrence: bool = False


PREVIEW_CHARS = 60_000  # a larger export is previewed in part; the file gets all of it


def split_front_matter(markdown: str) -> tuple[str, str]:
    """(front matter, body): the YAML block's lines without fences, and the rest."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            return markdown[4:end], markdown[end + 5 :].lstrip("\n")
    return "", markdown


def preview_source(markdown: str) -> str:
    """The brief's body for display, cut at a paragraph when it is long (front matter apart)."""
    total = len(markdown)
    _front, body = split_front_matter(markdown)
    if len(body) > PREVIEW_CHARS:
        cut = max(body.rfind("\n\n", 0, PREVIEW_CHARS), 0)
        body = (
            body[:cut] + f"\n\n*… the preview shows {cut:,} of {total:,} characters;"
            " the file gets everything.*\n"
        )
    return body


def brief_summary(brief: Brief) -> str:
    """``4 quotes · 2 claims · 2 notes · untranslated: ¶6 s1, ¶9 s2`` for the dialog."""

    def count(n: int, noun: str) -> str:
        return f"{n} {noun}" + ("" if n == 1 else "s")

    parts = [count(brief.quotes, "quote"), count(brief.claims, "claim"), count(brief.notes, "note")]
    if brief.untranslated:
        places = ", ".join(q.locator for q in brief.untranslated[:8])
        more = "…" if len(brief.untranslated) > 8 else ""
        parts.append(f"untranslated: {places}{more}")
    else:
        parts.append("every sentence translated")
    return " · ".join(parts)


def default_export_path() -> Path:
    return Path.cwd() / f"c5tui-selection-{dt.date.today().isoformat()}.md"


class ExportDialog(ModalScreen[None]):
    """Options on top, the Markdown preview below; ctrl+s writes the file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "Export", priority=True, id="export.export"),
        Binding("escape", "close", "Cancel", id="export.close"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.markdown = ""
        self.summary = ""
        self.exported_at = now()

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide"):
            yield Static("Export the selection to Markdown", classes="dialog-title")
            with Horizontal(id="export-path-row"):
                yield Label("File ")
                yield Input(str(default_export_path()), id="export-path")
            with Horizontal(id="export-title-row"):
                yield Label("Title ")
                yield Input(placeholder="made from the documents", id="export-title", compact=True)
            yield TextArea(id="export-intro", soft_wrap=True, show_line_numbers=False, compact=True)
            with Horizontal(id="export-options"):
                yield Select(
                    LANGUAGES, value="both", allow_blank=False, id="export-lang", compact=True
                )
                yield Select(
                    GROUPS, value="none", allow_blank=False, id="export-group", compact=True
                )
                yield Select(
                    CITATIONS,
                    value="notes",
                    allow_blank=False,
                    id="export-citations",
                    compact=True,
                )
            with Horizontal(id="export-switches"):
                yield Checkbox("Notes", value=True, id="export-notes", compact=True)
                yield Checkbox("Actors × sectors", value=False, id="export-cooccur", compact=True)
            yield Static(id="export-summary", classes="dim-hint")
            with VerticalScroll(id="export-preview"):
                yield Markdown(id="export-markdown")
                with Collapsible(title="Front matter", collapsed=True, id="export-front"):
                    yield Static(id="export-front-text")
            yield Static("ctrl+s export · esc cancel", classes="dim-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#export-preview").border_title = "Preview"
        self.query_one("#export-intro", TextArea).border_title = "Intro (optional)"
        self.update_preview()

    def options(self) -> ExportOptions:
        return ExportOptions(
            lang=str(self.query_one("#export-lang", Select).value),
            group_by=str(self.query_one("#export-group", Select).value),
            with_notes=self.query_one("#export-notes", Checkbox).value,
            title=self.query_one("#export-title", Input).value,
            intro=self.query_one("#export-intro", TextArea).text,
            citations=str(self.query_one("#export-citations", Select).value),
            with_cooccurrence=self.query_one("#export-cooccur", Checkbox).value,
        )

    def build_brief(self, options: ExportOptions, exported_at: str) -> Brief:
        """The brief, read on the background connection (for worker threads)."""

        def rendered(workspace: Workspace) -> Brief:
            request = build_request(
                workspace,
                from_selection=True,
                lang=options.lang,
                group_by=options.group_by,
                with_notes=options.with_notes,
                title=options.title,
                intro=options.intro,
                citations=options.citations,
                with_cooccurrence=options.with_cooccurrence,
            )
            return render_brief(workspace, request, exported_at=exported_at)

        return self.c5.read_with(rendered, Brief("", 0, 0, 0, ()))

    @on(Select.Changed)
    @on(Checkbox.Changed)
    @on(Input.Changed, "#export-title")
    @on(TextArea.Changed, "#export-intro")
    def update_preview(self) -> None:
        self.render_preview(self.options(), self.exported_at)

    @work(thread=True, exclusive=True, group="preview")
    def render_preview(self, options: ExportOptions, exported_at: str) -> None:
        """Build the preview off the event loop; an option changed meanwhile drops this one."""
        try:
            brief = self.build_brief(options, exported_at)
        except C5Error as exc:
            brief = Brief(f"*{exc}*\n", 0, 0, 0, ())
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._preview, brief)

    def _preview(self, brief: Brief) -> None:
        self.markdown = brief.markdown
        self.summary = brief_summary(brief)
        front, _body = split_front_matter(brief.markdown)
        self.query_one("#export-summary", Static).update(Text(printable(self.summary)))
        self.query_one("#export-front-text", Static).update(Text(printable(front)))
        self.show_preview(printable(preview_source(brief.markdown)))

    @work(exclusive=True, group="preview")
    async def show_preview(self, markdown: str) -> None:
        await self.query_one("#export-markdown", Markdown).update(markdown)

    def action_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.notify("Give a file name.", severity="error")
            return
        path = Path(raw).expanduser()
        try:
            # The database, its files and devices are refused before any question is asked.
            check_target(path, force=True, database=self.c5.db_path)
        except C5Error as exc:
            self.notify(str(exc), severity="error")
            return
        if path.exists() and not path.is_dir():

            def answered(overwrite: bool | None) -> None:
                if overwrite:
                    self.write(path, force=True)

            self.app.push_screen(Confirm(f"{path} exists. Overwrite it?"), answered)
            return
        self.write(path, force=False)

    def write(self, path: Path, *, force: bool) -> None:
        self.exported_at = now()
        self.export_file(path, force, self.options(), self.exported_at)

    @work(thread=True, exclusive=True, group="export")
    def export_file(
        self, path: Path, force: bool, options: ExportOptions, exported_at: str
    ) -> None:
        """Render and write the file off the event loop; the dialog closes once it is there."""
        try:
            markdown = self.build_brief(options, exported_at).markdown
            write_text(path, markdown, force=force, database=self.c5.db_path)
        except C5Error as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.app.call_from_thread(self._exported, path)

    def _exported(self, path: Path) -> None:
        self.notify(f"Exported to {path}")
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
