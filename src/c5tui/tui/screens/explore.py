"""Explore: live search, the results list, facets and the highlighted quote side by side."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from c5tui.model import Claim, Hit, Note, Sentence
from c5tui.search.query import Query, toggle_filter
from c5tui.search.vocabulary import Vocabulary
from c5tui.text.display import printable
from c5tui.tui import render
from c5tui.tui.keys_in_turn import working
from c5tui.tui.screens.quote_actions import QuoteScreen
from c5tui.tui.typing import continue_query
from c5tui.tui.widgets.facets import Facet, FacetList
from c5tui.tui.widgets.one_line import OneLine
from c5tui.tui.widgets.options import replace_options
from c5tui.tui.widgets.quote_detail import QuoteDetail
from c5tui.tui.widgets.steady_box import ResultList, SearchBox
from c5tui.tui.widgets.steady_footer import SteadyFooter

# Results come a page at a time: a short list is drawn within a frame, and moving the
# cursor near its end asks for the next page.
PAGE = 50
MAX_RESULTS = 2000
WIDE = 100  # columns from which the facet panel shows by default
# Seconds: counting waits for a pause in the typing, longer than the time between two
# letters of a person typing (0.1-0.2 s): drawn between letters, the counts held the next
# letter's results back for the frame after theirs.
FACETS_AFTER_KEYS_REST = 0.25
# Seconds a typed letter's frame may wait for its results, to be drawn with them: two
# frames, as a search a little over one frame would otherwise be drawn two frames later.
HOLD_FOR_RESULTS = 2 / 60


# A quote's neighbours in its turn, its claims and its notes: what the detail pane shows.
Detail = tuple[list[Sentence], list[Claim], list[Note]]


@dataclass(frozen=True, slots=True)
class Results:
    """One search's hits with everything the list and the detail pane show."""

    query: str
    hits: list[Hit]
    quotes: dict[int, Sentence]
    parsed: Query = field(default_factory=Query)
    next_page: bool = False  # the same search asked for more rows as the cursor neared the end
    first_detail: Detail | None = None  # the best hit's turn, claims and notes, read with it


class ExploreScreen(QuoteScreen):
    """The default screen: type to search, move through hits, act on the highlighted one."""

    # Escape out of the zoomed pane goes back to the results, as z does: Textual's own
    # escape would leave the focus on the pane.
    ESCAPE_TO_MINIMIZE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_search",
            "Search",
            key_display="/",
            show=False,
            id="explore.focus_search",
        ),
        Binding("escape", "back", "Back", show=False, id="explore.back"),
        # Arrows move the results from the search box too; j/k only outside it.
        Binding("down", "arrow_down", "Down", show=False, id="explore.arrow_down"),
        Binding("up", "arrow_up", "Up", show=False, id="explore.arrow_up"),
        Binding("j", "cursor_down", "Down", show=False, id="explore.cursor_down"),
        Binding("k", "cursor_up", "Up", show=False, id="explore.cursor_up"),
        Binding("enter", "read", "Read", show=False, id="explore.open"),
        Binding(
            "space", "toggle_selected", "Select", key_display="␣", id="explore.toggle_selected"
        ),
        Binding("t", "tag", "Tag", id="explore.tag"),
        Binding("n", "note", "Note", id="explore.note"),
        Binding("r", "read", "Read", id="explore.read"),
        Binding("i", "translate", "English", show=False, id="explore.translate"),
        Binding("v", "review", "Mark reviewed", show=False, id="explore.review"),
        Binding("f", "facets", "Facets", show=False, id="explore.facets"),
        Binding("z", "zoom", "Zoom detail", show=False, id="explore.zoom"),
        Binding("o", "cooccur", "Co-occurrence", show=False, id="explore.cooccur"),
        # Checked before the key reaches the focused widget, so focus has moved before the
        # next key of the same burst (a fast typist's Tab then t) is handed to one.
        Binding(
            "tab",
            "focus_results",
            "Results",
            key_display="tab",
            priority=True,
            id="explore.focus_results",
        ),
        # A control key: it works from the search box, where letters are typed.
        Binding("ctrl+g", "toggle_glossary", "Glossary", key_display="^g", id="explore.glossary"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.results = Results("", [], {})
        self.limit = PAGE
        self._searches = 0
        self._facets_chosen = False  # until the user toggles it, facets show on wide screens
        self._vocabulary: tuple[object, Vocabulary] | None = None
        self._stale = False  # changed while hidden: search again when shown
        self._rows_width: int | None = None  # the width every row is laid out for
        self._problems = ""  # the query's problems shown under the search box
        self._detail_of: int | None = None  # the quote the detail pane shows
        self._facets_shown: list[tuple[str, list[Facet]]] | None = None
        self._held = ExitStack()  # the frames held back until the typed query's results
        self._hold_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        search = SearchBox(
            placeholder="Search Kazakh, Latin, Russian keyboard or English · sector:… · ↓ results",
            id="search",
            # Letters typed in the results come here to extend the query, not replace it.
            select_on_focus=False,
        )
        yield search
        # The box that looks ready for typing is the one that gets the keys. Focused now,
        # the footer is built once with the keys of the search box, not again a frame later.
        self.set_focus(search, scroll_visible=False)
        yield Static(id="query-problems", classes="query-problems")
        with Horizontal(id="main"):
            yield ResultList(id="results")
            yield FacetList(id="facets")
        yield QuoteDetail(id="detail", can_maximize=True)
        yield SteadyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self._show_glossary_state()
        self.query_one("#facets", FacetList).border_title = "Facets (f)"
        self.query_one("#detail").border_title = "Kazakh | English"
        self.query_one("#facets").display = self.size.width >= WIDE
        self._show_first_page()
        self.c5.data_signal.subscribe(self, lambda _change: self.refresh_data())
        self.call_after_refresh(self.warm_search)

    @work(thread=True, group="warm")
    def warm_search(self) -> None:
        """Once the first frame is drawn, load what the first search with words needs."""
        self.c5.engine.warm()

    def action_cooccur(self) -> None:
        """Actors × sectors over this search's quotes (all quotes when it is empty)."""
        from c5tui.tui.screens.cooccur import CooccurScreen

        self.app.push_screen(CooccurScreen(self.query_one("#search", Input).value.strip()))

    # -- searching ---------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def query_changed(self, event: Input.Changed) -> None:
        self.limit = PAGE
        self._hold_frames()
        self.run_search(event.value)

    def _hold_frames(self) -> None:
        """Hold the frame of the typed letter until its results are shown, two frames at most.

        Drawn apart, the letter took the frame timer's next slot and its results waited
        one or two frames more for theirs; drawn together, the results are on screen a
        frame or two sooner and the screen is composed once for the key, not twice.
        """
        if self._hold_timer is not None:
            return  # held for an earlier key: keys typed fast are not held longer
        self._held.enter_context(self.app.batch_update())
        self._hold_timer = self.set_timer(HOLD_FOR_RESULTS, self._release_frames)

    def _release_frames(self) -> None:
        if self._hold_timer is None:
            return
        self._hold_timer.stop()
        self._hold_timer = None
        self._held.close()
        self.check_idle()  # the screen draws what changed meanwhile, in one frame

    def on_unmount(self) -> None:
        self._release_frames()

    @on(Input.Submitted, "#search")
    def query_submitted(self) -> None:
        self.query_one("#results", OptionList).focus()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, next_page: bool = False) -> None:
        """Search and fetch rows off the event loop; a newer query drops this one's result.

        The facets follow the rows once the keys rest: they count every hit, which takes
        longer than a page, so the count for an older query is stopped, not waited for.
        """
        worker = get_current_worker()
        self._searches += 1  # a count begun before this search is of no use any more
        self.c5.facet_engine.interrupt()
        parsed = self.c5.engine.parse(query)
        glossary = self.c5.glossary
        hits = self.c5.engine.search(parsed, limit=self.limit, glossary=glossary)
        if worker.is_cancelled:
            return
        quotes = self.c5.read_quotes([h.sentence_id for h in hits])
        if worker.is_cancelled:
            return
        # A new query highlights its best hit: its detail comes with the rows, drawn in the
        # same frame instead of a frame later.
        best = quotes.get(hits[0].sentence_id) if hits and not next_page else None
        detail = self.c5.read_detail(best) if best is not None else None
        if worker.is_cancelled:
            return
        results = Results(query, hits, quotes, parsed, next_page, detail)
        self.app.call_from_thread(self.show_results, results)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.count_facets, query, parsed, glossary)

    def _show_first_page(self) -> None:
        """The first page of the empty query, read on the event loop before the first frame,
        so that frame shows it: one frame less than searching in the background, which
        waited for the empty screen to be drawn. The empty query reads the first sentences
        in document order, a few milliseconds however large the corpus."""
        parsed = self.c5.engine.parse("")
        glossary = self.c5.glossary
        hits = self.c5.engine.search(parsed, limit=self.limit, glossary=glossary)
        quotes = {q.id: q for q in self.c5.workspace.quotes_by_id([h.sentence_id for h in hits])}
        self.show_results(Results("", hits, quotes, parsed))
        self.count_facets("", parsed, glossary)

    @work(thread=True, exclusive=True, group="facets")
    def count_facets(self, query: str, parsed: Query, glossary: bool) -> None:
        worker = get_current_worker()
        searches = self._searches
        rested = time.monotonic() + FACETS_AFTER_KEYS_REST
        while time.monotonic() < rested:
            time.sleep(0.01)
            if worker.is_cancelled:
                return
        engine = self.c5.facet_engine
        try:
            counts = engine.tag_counts(parsed, glossary=glossary)
            documents = (
                engine.document_counts(parsed, glossary=glossary) if self.c5.document_labels else {}
            )
        except sqlite3.Error:
            return  # the app is closing
        if worker.is_cancelled or searches != self._searches:
            return  # stopped, or made stale, by a newer search
        self.app.call_from_thread(self.show_facets, query, counts, documents)

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
        if self._extends_shown(results):
            # The next page: the rows shown stay as they are; only the new ones are built.
            shown = len(self.results.hits)
            self.results = results
            results_list.add_options(self._options(results.hits[shown:], adding=True))
            more = "+" if len(results.hits) >= self.limit else ""
            results_list.border_subtitle = f"{len(results.hits)}{more} shown"
            return
        # A refresh keeps the cursor on its quote; a new query starts at the best hit.
        previous = self.current_quote() if results.query == self.results.query else None
        self.results = results
        problems = self.query_one("#query-problems", Static)
        text = "\n".join(results.parsed.errors)
        if text != self._problems:  # unchanged, it costs the screen no new layout
            self._problems = text
            problems.update(text)
            problems.display = bool(text)
        if not results_list.content_region.width:
            self.call_after_refresh(self._relayout_rows)  # not laid out yet: redo when it is
        # Every row is handed over now; each is made when first drawn (see OneLine).
        replace_options(results_list, self._options(results.hits))
        more = "+" if len(results.hits) >= self.limit else ""
        results_list.border_subtitle = f"{len(results.hits)}{more} shown"
        index = 0
        if results.hits:
            ids = [h.sentence_id for h in results.hits]
            if previous is not None and previous.id in ids:
                index = ids.index(previous.id)
            # The detail is shown once, below, not again by the highlight message.
            with results_list.prevent(OptionList.OptionHighlighted):
                results_list.highlighted = index
        self._show_highlighted(results.first_detail if index == 0 else None)
        self._release_frames()

    def _extends_shown(self, results: Results) -> bool:
        """Whether ``results`` are the shown ones and a page more, all rows already built."""
        old = self.results
        if not results.next_page or results.query != old.query:
            return False
        shown = self.query_one("#results", OptionList).option_count
        ids = [h.sentence_id for h in old.hits]
        return shown == len(ids) and [h.sentence_id for h in results.hits[: len(ids)]] == ids

    def _options(self, hits: Sequence[Hit], *, adding: bool = False) -> list[Option]:
        """Rows for ``hits``, laid out for the list's width (remembered: see _relayout_rows)."""
        width = self._row_width()
        if not adding:
            self._rows_width = width
        elif width != self._rows_width:
            self._rows_width = None  # rows of two widths: all are laid out again
        return [self._option(hit, width) for hit in hits]

    def _option(self, hit: Hit, width: int) -> Option:
        quote = self.results.quotes[hit.sentence_id]
        text = quote.kk if hit.matched == "kk" else (quote.en or quote.kk)
        label = self.c5.document_labels.get(quote.document_id, "")
        codebook = self.c5.codebook

        def row() -> Text:
            glossary = hit.score < 0
            return render.result_row(
                quote, text, hit.spans, codebook, width, label, glossary=glossary
            )

        return Option(OneLine(row), id=str(hit.sentence_id))

    def _row_width(self) -> int:
        results = self.query_one("#results", OptionList)
        inner = results.content_region.width or self.inner_width_before_layout()
        # The list's inner width less room for a scrollbar, whether one shows yet or not.
        return max(20, inner - results.styles.scrollbar_size_vertical)

    def inner_width_before_layout(self) -> int:
        """The results list's inner width as the first layout will make it, from the styles:
        the screen's width less the facet panel beside it and the list's border and padding.

        The first page is laid out before the first frame; were this ever wrong, the rows
        are laid out again once the list has its width (see _relayout_rows).
        """
        facets = self.query_one("#facets", FacetList)
        beside = (facets.styles.width.cells or 0) if facets.display and facets.styles.width else 0
        results = self.query_one("#results", OptionList)
        return self.app.size.width - beside - results.styles.gutter.width

    def on_resize(self) -> None:
        if not self._facets_chosen:
            self.query_one("#facets").display = self.size.width >= WIDE
        # Rows are laid out for the list's width: lay them out again for the new one.
        if self._covered():
            self._stale = True
        else:
            self.call_after_refresh(self._relayout_rows)

    def _relayout_rows(self) -> None:
        if self._row_width() == self._rows_width:
            return  # the rows are laid out for this width already (a resize of the height)
        results = self.query_one("#results", OptionList)
        index = results.highlighted
        replace_options(results, self._options(self.results.hits))
        if index is not None and self.results.hits:
            results.highlighted = min(index, len(self.results.hits) - 1)

    @on(OptionList.OptionSelected, "#results")
    def hit_chosen(self) -> None:
        self.action_read()

    # -- facets ------------------------------------------------------------------------

    def show_facets(
        self, query: str, counts: dict[str, int], documents: dict[int, int] | None = None
    ) -> None:
        """The sectors, actors and documents of all the query's hits, each with how many
        carry it (documents only when there are several)."""
        try:
            facets = self.query_one("#facets", FacetList)
        except NoMatches:
            return  # the app is closing: the screen is gone
        if query != self.results.query or query != self.query_one("#search", Input).value:
            return  # counts of an older query
        active = set(self._active_facets())
        sections: list[tuple[str, list[Facet]]] = []
        for kind, heading in (("sector", "Sectors"), ("actor", "Actors")):
            found = []
            for tag in self.c5.codebook.values():
                value = f"{kind}:{tag.id}"
                if tag.kind == kind and (counts.get(tag.id) or value in active):
                    label = printable(tag.label_en)
                    found.append(Facet(value, label, counts.get(tag.id, 0), value in active))
            sections.append((heading, found))
        if self.c5.document_labels:
            sections.append(("Documents", self._document_facets(documents or {}, active)))
        if sections != self._facets_shown:  # the same counts again: nothing to draw
            self._facets_shown = sections
            facets.show(sections)

    def _document_facets(self, counts: dict[int, int], active: set[str]) -> list[Facet]:
        found = []
        for document_id, label in self.c5.document_labels.items():
            value = f"doc:{document_id}"
            if counts.get(document_id) or value in active:
                facet = Facet(value, printable(label), counts.get(document_id, 0), value in active)
                found.append(facet)
        return found

    def _active_facets(self) -> list[str]:
        parsed = self.results.parsed
        kinds = ("sector", "actor", "doc")
        return [f"{kind}:{value}" for kind in kinds for value in parsed.active_tags(kind)]

    def _codebook_vocabulary(self) -> Vocabulary:
        # The codebook is replaced, not changed, when tags are added: rebuild then only.
        codebook = self.c5.codebook
        if self._vocabulary is None or self._vocabulary[0] is not codebook:
            self._vocabulary = (codebook, Vocabulary(codebook.values()))
        return self._vocabulary[1]

    @on(FacetList.Toggled, "#facets")
    def facet_toggled(self, event: FacetList.Toggled) -> None:
        kind, _, tag_id = event.value.partition(":")
        search = self.query_one("#search", Input)
        search.value = toggle_filter(search.value, kind, tag_id, self._codebook_vocabulary())

    @property
    def opening(self) -> bool:
        """Whether the results of the text typed are still being searched for while the
        focus is off the search box: a key for a result (Enter, space, t) typed with the
        query waits for them (see KeysInTurn), and letters typed into the box do not."""
        try:
            search = self.query_one("#search", Input)
        except NoMatches:
            return False
        if self.focused is search or self.results.query == search.value:
            return False
        return working(self, "search")

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
        self._show_highlighted()

    def _show_highlighted(self, detail: Detail | None = None) -> None:
        """The highlighted quote in the detail pane; its ``detail``, when read already,
        is shown at once instead of being read in the background."""
        self._next_page_if_near_end()
        hit = self.current_hit()
        pane = self.query_one("#detail", QuoteDetail)
        if hit is None:
            hint = "Try fewer letters or another spelling."
            if self.results.parsed.errors:
                hint = "See the problem under the search box."
            message = Text(f"No quote matches. {hint}", "dim")
            pane.show(meta=message, kk=Text(), en=Text(), extras=Text(), top=True)
            self._detail_of = None
            return
        quote = self.results.quotes[hit.sentence_id]
        document = self.c5.documents.get(quote.document_id)
        date = document.date_label if document else ""
        label = self.c5.document_labels.get(quote.document_id, "")
        citation = render.citation(quote, date, label=label)
        if hit.score < 0:  # found through the glossary: say by which word
            citation.append_text(render.glossary_pairs(hit.glossary))
        another = quote.id != self._detail_of
        self._detail_of = quote.id
        if detail is None:
            # The sides stay as they are until the worker brings this quote's.
            pane.show(meta=citation, top=another)
            self.load_detail(quote, hit)
        else:
            self.workers.cancel_group(self, "detail")  # an older quote's, now of no use
            self._fill_detail(quote.id, hit, *detail, meta=citation, top=another)

    def _next_page_if_near_end(self) -> None:
        index = self.query_one("#results", OptionList).highlighted
        count = len(self.results.hits)
        full = count >= self.limit and self.limit < MAX_RESULTS
        if index is not None and full and index >= count - 5:
            self.limit += PAGE
            self.run_search(self.query_one("#search", Input).value, next_page=True)

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
        *,
        meta: Text | None = None,
        top: bool = False,
    ) -> None:
        try:
            pane = self.query_one("#detail", QuoteDetail)
        except NoMatches:
            return  # the app is closing: the detail pane is gone
        current = self.current_hit()
        if current is None or current.sentence_id != sentence_id:
            return
        quote = next((s for s in turn if s.id == sentence_id), self.results.quotes[sentence_id])
        pane.show(
            meta=meta,
            kk=render.in_context(quote, turn, "kk", hit.kk_spans),
            en=render.in_context(quote, turn, "en", hit.en_spans),
            extras=render.detail_extras(quote, claims, notes, self.c5.codebook),
            top=top,
        )

    # -- actions -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "focus_results":
            # Only from the search box; elsewhere tab moves the focus on as usual.
            # The screen's focus, not the box's own flag: that one is set a moment later,
            # and the footer asks as soon as the box is focused.
            return self.focused is self.query_one("#search", Input)
        # Letters typed in the search box never reach the bindings: the box consumes them.
        return True

    def action_toggle_glossary(self) -> None:
        """Glossary hits on or off: English terms finding untranslated Kazakh, and back."""
        from c5tui.tui.settings import save_glossary

        self.c5.glossary = not self.c5.glossary
        save_glossary(self.c5.glossary)
        self._show_glossary_state()
        self.refresh_data()

    def _show_glossary_state(self) -> None:
        results = self.query_one("#results", OptionList)
        results.border_title = "Quotes" if self.c5.glossary else "Quotes · glossary off (^g)"

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_focus_results(self) -> None:
        # Now, not after the next refresh as Widget.focus does: a key typed in the same
        # burst as the Tab (a fast typist, a paste) is meant for the results.
        self.set_focus(self.query_one("#results", OptionList))

    def on_key(self, event: events.Key) -> None:
        continue_query(
            self, self.query_one("#results", OptionList), self.query_one("#search", Input), event
        )

    def action_zoom(self) -> None:
        """The detail pane on the whole screen and back: all of it in reach on a small terminal."""
        if self.maximized is not None:
            self.minimize()
            self.query_one("#results", OptionList).focus()
        else:
            detail = self.query_one("#detail", QuoteDetail)
            detail.focus()
            self.maximize(detail, container=False)

    def action_back(self) -> None:
        if self.maximized is not None:
            self.action_zoom()
            return
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
        facets = self.query_one("#facets", FacetList)
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
