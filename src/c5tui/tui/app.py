"""The c5tui Textual application: search the interview and read Kazakh | English."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from c5tui.errors import C5Error
from c5tui.model import Hit, Sentence
from c5tui.search.engine import SearchEngine
from c5tui.workspace import Workspace

RESULT_LIMIT = 200


def highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> Text:
    """The text with the matched characters in bold reverse."""
    rich = Text(text)
    for start, end in spans:
        rich.stylize("bold reverse", start, end)
    return rich


TAG_STYLES = {"curated": "bold cyan", "auto": "italic yellow", "user": "bold magenta"}


def tag_line(quote: Sentence) -> Text:
    """The quote's tags, styled by where they came from (curated, auto, user)."""
    line = Text("\n\n")
    for ref in quote.tags:
        line.append(f"#{ref.tag}", style=TAG_STYLES[ref.source])
        line.append(f" ({ref.source}) ", style="dim")
    return line


class C5App(App[None]):
    """Explore: a live search over the interview with the highlighted quote side by side."""

    TITLE = "c5tui"
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", id="focus_search"),
        Binding("space", "toggle_selected", "Select", id="toggle_selected"),
        Binding("j", "cursor_down", "Down", show=False, id="cursor_down"),
        Binding("k", "cursor_up", "Up", show=False, id="cursor_up"),
        Binding("ctrl+r", "refresh", "Refresh", id="refresh"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.workspace = Workspace.open(db_path)
        self.engine = SearchEngine(db_path)
        self.hits: list[Hit] = []
        self.quotes: dict[int, Sentence] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search: Kazakh, Latin, Russian keyboard or English — / to focus")
        with Vertical(id="body"):
            yield OptionList(id="results")
            with Horizontal(id="detail"):
                yield Static(id="kk", classes="side")
                yield Static(id="en", classes="side")
        yield Footer()

    def on_mount(self) -> None:
        self.run_search("")

    def on_unmount(self) -> None:
        self.engine.close()
        self.workspace.close()

    @on(Input.Changed)
    def query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        """Search off the event loop; a newer query cancels this one's result."""
        hits = self.engine.search(query, limit=RESULT_LIMIT)
        if get_current_worker().is_cancelled:
            return
        self.call_from_thread(self.show_results, hits)

    def show_results(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.quotes = {q.id: q for q in self.workspace.quotes_by_id([h.sentence_id for h in hits])}
        results = self.query_one("#results", OptionList)
        results.set_options(self.option(hit) for hit in hits)
        if hits:
            results.highlighted = 0
        self.show_detail()

    def option(self, hit: Hit) -> Option:
        quote = self.quotes[hit.sentence_id]
        text = quote.kk if hit.matched == "kk" else (quote.en or "")
        line = Text()
        line.append("✓ " if quote.selected else "  ", style="bold green")
        line.append(f"{quote.locator:<8} {quote.role[0].upper()} ", style="dim")
        line.append_text(highlighted(text, hit.spans))
        return Option(line, id=str(hit.sentence_id))

    @on(OptionList.OptionHighlighted)
    def show_detail(self) -> None:
        results = self.query_one("#results", OptionList)
        index = results.highlighted
        kk, en = self.query_one("#kk", Static), self.query_one("#en", Static)
        if index is None or index >= len(self.hits):
            kk.update("No quote matches.")
            en.update("")
            return
        hit = self.hits[index]
        quote = self.quotes[hit.sentence_id]
        header = f"{quote.speaker} · {quote.role} · {quote.locator}\n\n"
        kk.update(Text(header, style="dim") + highlighted(quote.kk, hit.kk_spans) + tag_line(quote))
        english = quote.en or "(not translated)"
        en.update(Text(header, style="dim") + highlighted(english, hit.en_spans))

    def action_refresh(self) -> None:
        """Search again, picking up what other processes wrote to the database."""
        self.run_search(self.query_one(Input).value)

    def action_focus_search(self) -> None:
        self.query_one(Input).focus()

    def action_cursor_down(self) -> None:
        self.query_one("#results", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#results", OptionList).action_cursor_up()

    def action_toggle_selected(self) -> None:
        """Put the highlighted quote in the basket or take it out; stored before it is shown."""
        results = self.query_one("#results", OptionList)
        if results.highlighted is None or not self.hits:
            return
        index = results.highlighted
        sentence_id = self.hits[index].sentence_id
        try:
            selected = self.workspace.toggle_selected("sentence", sentence_id)
        except C5Error as exc:
            self.notify(str(exc), severity="error")
            return
        self.quotes[sentence_id] = self.workspace.quote(sentence_id)
        results.replace_option_prompt_at_index(index, self.option(self.hits[index]).prompt)
        self.notify("Selected" if selected else "Removed from the selection")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Letters typed into the search box are text, not commands.
        typed = action in ("toggle_selected", "cursor_down", "cursor_up", "quit")
        return not (typed and isinstance(self.focused, Input))


def run_app(db_path: Path) -> None:
    C5App(db_path).run()
