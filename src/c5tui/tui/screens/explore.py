"""Explore: live search, the results list, facets and the highlighted quote side by side."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Header, Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection
from textual.worker import get_current_worker

from c5tui.model import Claim, Hit, Note, Sentence
from c5tui.text.display import printable
from c5tui.tui import render
from c5tui.tui.screens.quote_actions import QuoteScreen
from c5tui.tui.widgets.steady_footer import SteadyFooter

# Results come a page at a time: a short list is drawn within a frame, and moving the
# cursor near its end asks for the next page.
PAGE = 50
MAX_RESULTS = 2000
WIDE = 100  # columns from which the facet panel shows by default
FACET_TOKEN = re.compile(r"(?<!\S)(sector|actor):(\S+)")


@dataclass(frozen=True, slots=True)
class Results:
    """One search's hits with everything the list and the detail pane show."""

    query: str
    hits: list[Hit]
    quotes: dict[int, Sentence]


class ExploreScreen(QuoteScreen):
    """The default screen: type to search, move through hits, act on the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", key_display="/"),
        Binding("escape", "back", "Back", show=False),
        # Arrows move the results from the search box too; j/k only outside it.
        Binding("down", "arrow_down", "Down", show=False),
        Binding("up", "arrow_up", "Up", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "read", "Read", show=False),
        Binding("space", "toggle_selected", "Select"),
        Binding("t", "tag", "Tag"),
        Binding("n", "note", "Note"),
        Binding("r", "read", "Read"),
        Binding("f", "facets", "Facets", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.results = Results("", [], {})
        self.limit = PAGE
        self._facets_updating = False
        self._facets_chosen = False  # until the user toggles it, facets show on wide screens
        self._stale = False  # changed while hidden: search again when shown

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="Search Kazakh, Latin, Russian keyboard or English · sector:… actor:…",
            id="search",
        )
        with Horizontal(id="main"):
            yield OptionList(id="results")
            yield SelectionList[str](id="facets")
        with VerticalScroll(id="detail"):
            yield Static(id="meta")
            with Horizontal(id="sides"):
                yield Static(id="kk", classes="side")
                yield Static(id="en", classes="side")
            yield Static(id="extras")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one("#results", OptionList).border_title = "Quotes"
        self.query_one("#facets", SelectionList).border_title = "Facets (f)"
        self.query_one("#detail").border_title = "Kazakh | English"
        self.query_one("#facets").display = self.size.width >= WIDE
        self.run_search("")
        self.query_one("#results", OptionList).focus()
        self.c5.data_signal.subscribe(self, lambda _change: self.refresh_data())

    # -- searching ---------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def query_changed(self, event: Input.Changed) -> None:
        self.limit = PAGE
        self.run_search(event.value)

    @on(Input.Submitted, "#search")
    def query_submitted(self) -> None:
        self.query_one("#results", OptionList).focus()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        """Search and fetch rows off the event loop; a newer query drops this one's result."""
        worker = get_current_worker()
        hits = self.c5.engine.search(query, limit=self.limit)
        if worker.is_cancelled:
            return
        quotes = self.c5.read_quotes([h.sentence_id for h in hits])
        if worker.is_cancelled:
            return
        self.app.call_from_thread(self.show_results, Results(query, hits, quotes))

    def refresh_data(self) -> None:
        """Search again: picks up changes from this session and from other processes."""
        if self._covered():
            self._stale = True  # searched again when shown: Read above it stays quick
            return
        self.run_search(self.query_one("#search", Input).value)

    def _covered(self) -> bool:
        """Whether a screen other than a dialog hides this one."""
        stack = self.app.screen_stack
        above = stack[stack.index(self) + 1 :] if self in stack else []
        return any(not isinstance(screen, ModalScreen) for screen in above)

    def on_screen_resume(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh_data()

    def show_results(self, results: Results) -> None:
        try:
            typed = self.query_one("#search", Input).value
        except NoMatches:
            return  # the app is closing: the screen is gone
        if results.query != typed:
            return  # a stale answer: the user has typed on
        results_list = self.query_one("#results", OptionList)
        # A refresh keeps the cursor on its quote; a new query starts at the best hit.
        previous = self.current_quote() if results.query == self.results.query else None
        self.results = results
        if not results_list.content_region.width:
            self.call_after_refresh(self._relayout_rows)  # not laid out yet: redo when it is
        # Draw one screenful now and the rest after this frame: typing stays fluid.
        first = max(10, results_list.size.height)
        results_list.set_options(self._option(hit) for hit in results.hits[:first])
        more = "+" if len(results.hits) >= self.limit else ""
        results_list.border_subtitle = f"{len(results.hits)}{more} shown"
        index = 0
        if results.hits:
            ids = [h.sentence_id for h in results.hits]
            if previous is not None and previous.id in ids:
                index = ids.index(previous.id)
            # The detail is shown once, below, not again by the highlight message.
            with results_list.prevent(OptionList.OptionHighlighted):
                results_list.highlighted = min(index, first - 1)
        self.call_after_refresh(self._show_rest, results, first, index)
        self.show_detail()

    def _show_rest(self, results: Results, first: int, index: int) -> None:
        if self.results is not results:
            return  # newer results are already on screen
        results_list = self.query_one("#results", OptionList)
        shown = results_list.option_count  # a re-layout may have drawn them all already
        if len(results.hits) > shown:
            results_list.add_options(self._option(hit) for hit in results.hits[shown:])
        if index >= first:
            results_list.highlighted = index
        self._show_facets()

    def _option(self, hit: Hit) -> Option:
        quote = self.results.quotes[hit.sentence_id]
        text = quote.kk if hit.matched == "kk" else (quote.en or quote.kk)
        row = render.result_row(quote, text, hit.spans, self.c5.codebook, self._row_width())
        return Option(row, id=str(hit.sentence_id))

    def _row_width(self) -> int:
        results = self.query_one("#results", OptionList)
        # The list's inner width less room for a scrollbar, whether one shows yet or not.
        width = results.content_region.width - results.styles.scrollbar_size_vertical
        return max(20, width)

    def on_resize(self) -> None:
        if not self._facets_chosen:
            self.query_one("#facets").display = self.size.width >= WIDE
        # Rows are laid out for the list's width: lay them out again for the new one.
        if self._covered():
            self._stale = True
        else:
            self.call_after_refresh(self._relayout_rows)

    def _relayout_rows(self) -> None:
        results = self.query_one("#results", OptionList)
        index = results.highlighted
        results.set_options(self._option(hit) for hit in self.results.hits)
        if index is not None and self.results.hits:
            results.highlighted = min(index, len(self.results.hits) - 1)

    @on(OptionList.OptionSelected, "#results")
    def hit_chosen(self) -> None:
        self.action_read()

    # -- facets ------------------------------------------------------------------------

    def _show_facets(self) -> None:
        counts: Counter[str] = Counter()
        for quote in self.results.quotes.values():
            for tag_id in self.c5.with_parents(ref.tag for ref in quote.tags):
                counts[tag_id] += 1
        active = set(self._active_facets())
        facets = self.query_one("#facets", SelectionList)
        self._facets_updating = True
        try:
            choices: list[Selection[str]] = []
            for kind in ("sector", "actor"):
                for tag in self.c5.codebook.values():
                    value = f"{kind}:{tag.id}"
                    if tag.kind != kind or not (counts[tag.id] or value in active):
                        continue
                    label = printable(tag.label_en)
                    prompt = Text.assemble((f"{counts[tag.id]:>3} ", "dim"), label)
                    choices.append(Selection(prompt, value, value in active))
            facets.clear_options()
            facets.add_options(choices)
        finally:
            self._facets_updating = False

    def _active_facets(self) -> list[str]:
        query = self.query_one("#search", Input).value
        return [f"{m.group(1)}:{m.group(2)}" for m in FACET_TOKEN.finditer(query)]

    @on(SelectionList.SelectionToggled, "#facets")
    def facet_toggled(self, event: SelectionList.SelectionToggled) -> None:
        if self._facets_updating:
            return
        value = str(event.selection.value)
        search = self.query_one("#search", Input)
        tokens = search.value.split()
        tokens = [t for t in tokens if t != value] if value in tokens else [*tokens, value]
        search.value = " ".join(tokens) + (" " if tokens else "")

    # -- the highlighted quote ---------------------------------------------------------

    def current_hit(self) -> Hit | None:
        index = self.query_one("#results", OptionList).highlighted
        if index is None or index >= len(self.results.hits):
            return None
        return self.results.hits[index]

    def current_quote(self) -> Sentence | None:
        hit = self.current_hit()
        return None if hit is None else self.results.quotes[hit.sentence_id]

    @on(OptionList.OptionHighlighted, "#results")
    def show_detail(self) -> None:
        self._next_page_if_near_end()
        hit = self.current_hit()
        meta = self.query_one("#meta", Static)
        kk, en = self.query_one("#kk", Static), self.query_one("#en", Static)
        extras = self.query_one("#extras", Static)
        if hit is None:
            meta.update(Text("No quote matches. Try fewer letters or another spelling.", "dim"))
            for widget in (kk, en, extras):
                widget.update("")
            return
        quote = self.results.quotes[hit.sentence_id]
        document = self.c5.documents.get(quote.document_id)
        meta.update(render.citation(quote, document.date if document else ""))
        self.load_detail(quote, hit)

    def _next_page_if_near_end(self) -> None:
        index = self.query_one("#results", OptionList).highlighted
        count = len(self.results.hits)
        full = count >= self.limit and self.limit < MAX_RESULTS
        if index is not None and full and index >= count - 5:
            self.limit += PAGE
            self.refresh_data()

    @work(thread=True, exclusive=True, group="detail")
    def load_detail(self, quote: Sentence, hit: Hit) -> None:
        """Fetch a quote's neighbours, claims and notes without holding up the cursor."""
        turn, claims, notes = self.c5.read_detail(quote)
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._fill_detail, quote.id, hit, turn, claims, notes)

    def _fill_detail(
        self,
        sentence_id: int,
        hit: Hit,
        turn: list[Sentence],
        claims: list[Claim],
        notes: list[Note],
    ) -> None:
        try:
            kk, en = self.query_one("#kk", Static), self.query_one("#en", Static)
        except NoMatches:
            return  # the app is closing: the detail pane is gone
        current = self.current_hit()
        if current is None or current.sentence_id != sentence_id:
            return
        quote = next((s for s in turn if s.id == sentence_id), self.results.quotes[sentence_id])
        kk.update(render.in_context(quote, turn, "kk", hit.kk_spans))
        en.update(render.in_context(quote, turn, "en", hit.en_spans))
        self.query_one("#extras", Static).update(
            render.detail_extras(quote, claims, notes, self.c5.codebook)
        )

    # -- actions -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Letters typed into the search box are text, not commands.
        typed = {
            "focus_search",
            "cursor_down",
            "cursor_up",
            "toggle_selected",
            "tag",
            "note",
            "read",
            "facets",
        }
        return not (action in typed and isinstance(self.focused, Input))

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_back(self) -> None:
        search = self.query_one("#search", Input)
        if self.focused is search and search.value:
            search.value = ""
        elif self.focused is search:
            self.query_one("#results", OptionList).focus()
        else:
            search.focus()

    def action_cursor_down(self) -> None:
        self.query_one("#results", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#results", OptionList).action_cursor_up()

    def action_arrow_down(self) -> None:
        if not self.query_one("#facets").has_focus:
            self.action_cursor_down()

    def action_arrow_up(self) -> None:
        if not self.query_one("#facets").has_focus:
            self.action_cursor_up()

    def action_read(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            self.c5.open_reader(quote.id, self.results.query)

    def action_facets(self) -> None:
        facets = self.query_one("#facets", SelectionList)
        self._facets_chosen = True
        if not facets.display:
            facets.display = True
            facets.focus()
            self.call_after_refresh(self._relayout_rows)
        elif facets.has_focus:
            facets.display = False
            self.query_one("#results", OptionList).focus()
            self.call_after_refresh(self._relayout_rows)
        else:
            facets.focus()
