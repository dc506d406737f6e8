"""Export: the selection as Markdown, previewed live, written to a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Footer, Input, Label, Markdown, Select, Static

from c5tui.errors import C5Error
from c5tui.export.markdown import ExportRequest, render_markdown, selection_request
from c5tui.export.write import check_target, write_text
from c5tui.store.clock import now
from c5tui.text.display import printable
from c5tui.tui.screens.confirm import Confirm

if TYPE_CHECKING:
    from c5tui.tui.app import C5App

LANGUAGES = [("Kazakh and English", "both"), ("Kazakh", "kk"), ("English", "en")]
GROUPS = [("by document", "document"), ("by sector", "sector"), ("by actor", "actor")]
GROUPS.append(("no groups", "none"))


PREVIEW_CHARS = 60_000  # a larger export is previewed in part; the file gets all of it


def preview_source(markdown: str) -> str:
    """The export for display: its front matter as a YAML block, not as stray paragraphs."""
    if len(markdown) > PREVIEW_CHARS:
        cut = markdown.rfind("\n\n", 0, PREVIEW_CHARS)
        shown = len(markdown[: max(cut, 0)])
        markdown = (
            markdown[: max(cut, 0)]
            + f"\n\n*… the preview shows {shown:,} of {len(markdown):,} characters;"
            " the file gets everything.*\n"
        )
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            front, body = markdown[4:end], markdown[end + 5 :]
            return f"```yaml\n{front}\n```\n{body}"
    return markdown


def default_export_path() -> Path:
    return Path.cwd() / f"c5tui-selection-{dt.date.today().isoformat()}.md"


class ExportDialog(ModalScreen[None]):
    """Options on top, the Markdown preview below; ctrl+s writes the file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "Export", priority=True),
        Binding("escape", "close", "Cancel"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.markdown = ""
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
            with Horizontal(id="export-options"):
                yield Select(LANGUAGES, value="both", allow_blank=False, id="export-lang")
                yield Select(GROUPS, value="document", allow_blank=False, id="export-group")
                yield Checkbox("Notes", value=True, id="export-notes")
            with VerticalScroll(id="export-preview"):
                yield Markdown(id="export-markdown")
            yield Static("ctrl+s export · esc cancel", classes="dim-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#export-preview").border_title = "Preview"
        self.update_preview()

    def request(self) -> ExportRequest:
        return selection_request(
            self.c5.workspace,
            lang=self.query_one("#export-lang", Select).value,
            group_by=self.query_one("#export-group", Select).value,
            with_notes=self.query_one("#export-notes", Checkbox).value,
        )

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def update_preview(self) -> None:
        self.markdown = render_markdown(
            self.c5.workspace, self.request(), exported_at=self.exported_at
        )
        self.show_preview(printable(preview_source(self.markdown)))

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
        self.update_preview()
        try:
            write_text(path, self.markdown, force=force, database=self.c5.db_path)
        except C5Error as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(f"Exported to {path}")
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
