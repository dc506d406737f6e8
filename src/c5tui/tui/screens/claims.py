"""Claims: the checkable assertions of the interviews, to filter, select, tag and annotate."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from c5tui.errors import C5Error
from c5tui.model import Claim, ClaimKind, ClaimSuggestion, Note, Sentence
from c5tui.search.query import Query
from c5tui.session import Change
from c5tui.text import fold
from c5tui.text.display import printable
from c5tui.tui import render
from c5tui.tui.keys_in_turn import working
from c5tui.tui.typing import continue_query
from c5tui.tui.widgets.options import replace_options

if TYPE_CHECKING:
    from c5tui.tui.app import C5App

# Each kind's letter is also its name in the query language: kind:P finds the forecasts.
KIND_MARKS: dict[ClaimKind, str] = {
    "fact": "F",
    "statistic": "S",
    "forecast": "P",
    "opinion": "O",
    "recommendation": "R",
}
# How sure the speaker is; an asserted claim has no mark.
CERTAINTY_MARKS = {"hedged": "h", "expected": "e", "conditional": "c", "reported": "r"}
LEGEND = "kind: " + " · ".join(f"{mark} {kind}" for kind, mark in KIND_MARKS.items())
CERTAINTY_LEGEND = "certainty: " + " · ".join(
    f"{mark} {certainty}" for certainty, mark in CERTAINTY_MARKS.items()
)


@dataclass(frozen=True, slots=True)
class FoundClaims:
    """The claims one filter found, with the quotes that state them."""

    query: str
    parsed: Query
    claims: list[Claim]
    quotes: dict[int, Sentence]
    notes: dict[int, list[Note]]  # of the claims that have notes
    suggestions: list[ClaimSuggestion] | None = None  # when reviewing suggestions


class ClaimsScreen(Screen[None]):
    """Every claim in document order, with its place and kind; the highlighted one with its
    quotes in Kazakh | English."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="claims.back"),
        Binding("slash", "focus_filter", "Filter", key_display="/", id="claims.focus_filter"),
        Binding("j", "cursor(1)", "Down", show=False, id="claims.cursor_down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="claims.cursor_up"),
        Binding("space", "toggle_selected", "Select", id="claims.toggle_selected"),
        Binding("t", "tag", "Tag", id="claims.tag"),
        Binding("n", "note", "Note", id="claims.note"),
        Binding("r", "read", "Read", id="claims.read"),
        Binding("s", "toggle_review", "Suggested", id="claims.toggle_review"),
        Binding("a", "accept", "Accept", show=False, id="claims.accept"),
        Binding("x", "dismiss_suggestion", "Dismiss", show=False, id="claims.dismiss_suggestion"),
        Binding("S", "suggest", "Suggest again", show=False, id="claims.suggest"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.claims: list[Claim] = []
        self.quotes: dict[int, Sentence] = {}
        self.notes: dict[int, list[Note]] = {}
        # Reviewing the claims suggested on import instead of the claims themselves.
        self.reviewing = False
        self.suggestions: list[ClaimSuggestion] = []

    @property
    def c5(self) -> C5App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="Filter claims: words, sector:… actor:… kind:…",
            id="claim-filter",
            select_on_focus=False,
        )
        yield Static(id="claim-problems", classes="query-problems")
        yield OptionList(id="claim-list")
        with VerticalScroll(id="claim-detail"):
            yield Static(id="claim-body")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#claim-detail").border_title = "Claim and its quotes"
        self.query_one("#claim-detail").border_subtitle = CERTAINTY_LEGEND
        self.query_one("#claim-list", OptionList).border_subtitle = LEGEND
        self.refresh_data()
        self.query_one("#claim-filter", Input).focus()
        self.c5.data_signal.subscribe(self, lambda _change: self.refresh_data())

    @property
    def opening(self) -> bool:
        """Whether the claims of the filter typed are still being read while the focus is
        off the filter: a key for a claim (space, t, r) typed with the filter waits for
        them (see KeysInTurn)."""
        if isinstance(self.focused, Input):
            return False
        return working(self, "claims")

    @on(Input.Changed, "#claim-filter")
    def refresh_data(self) -> None:
        self.find_claims(self.query_one("#claim-filter", Input).value)

    @work(thread=True, exclusive=True, group="claims")
    def find_claims(self, typed: str) -> None:
        """Filter off the event loop; a newer filter drops this one's answer."""
        worker = get_current_worker()
        parsed = self.c5.engine.parse(typed)
        if self.reviewing:
            self._find_suggestions(typed, parsed)
            return
        claims = self.c5.engine.claims(parsed)
        if worker.is_cancelled:
            return
        quotes = self.c5.read_quotes(sorted({i for c in claims for i in c.sentence_ids}))
        if worker.is_cancelled:
            return
        annotated = [c.id for c in claims if c.note_count]
        nothing: dict[int, list[Note]] = {}
        notes = self.c5.read_with(lambda ws: {i: ws.notes("claim", i) for i in annotated}, nothing)
        if worker.is_cancelled:
            return
        found = FoundClaims(typed, parsed, claims, quotes, notes)
        self.app.call_from_thread(self.show_claims, found)

    def _find_suggestions(self, typed: str, parsed: Query) -> None:
        """The suggestions waiting for review whose statement or quote has the words typed."""
        none: list[ClaimSuggestion] = []
        suggestions = self.c5.read_with(lambda ws: ws.claim_suggestions(), none)
        quotes = self.c5.read_quotes([s.sentence_id for s in suggestions])
        words = fold(typed).split()
        if words:
            suggestions = [
                s
                for s in suggestions
                if all(w in fold(f"{s.statement} {quotes[s.sentence_id].kk}") for w in words)
            ]
        found = FoundClaims(typed, parsed, [], quotes, {}, suggestions)
        self.app.call_from_thread(self.show_claims, found)

    def show_claims(self, found: FoundClaims) -> None:
        try:
            typed = self.query_one("#claim-filter", Input).value
        except NoMatches:
            return  # the screen is closing
        if found.query != typed or (found.suggestions is not None) != self.reviewing:
            return  # a stale answer: the user has typed on, or changed what is listed
        listing = self.query_one("#claim-list", OptionList)
        if found.suggestions is not None:
            self._show_suggestions(listing, found)
            return
        problems = self.query_one("#claim-problems", Static)
        problems.update("\n".join(found.parsed.errors))
        problems.display = bool(found.parsed.errors)
        current = self.current()
        self.claims, self.quotes, self.notes = found.claims, found.quotes, found.notes
        replace_options(listing, [Option(self._prompt(c), id=str(c.id)) for c in self.claims])
        listing.border_title = f"Claims · {len(self.claims)}"
        if self.claims:
            ids = [c.id for c in self.claims]
            listing.highlighted = ids.index(current.id) if current and current.id in ids else 0
        self.show_claim()

    def _show_suggestions(self, listing: OptionList, found: FoundClaims) -> None:
        current = self.current_suggestion()
        self.suggestions, self.quotes = found.suggestions or [], found.quotes
        replace_options(
            listing,
            [Option(self._suggestion_prompt(s), id=f"s{s.id}") for s in self.suggestions],
        )
        listing.border_title = (
            f"Suggested claims · {len(self.suggestions)} · a accept · x dismiss · S suggest again"
        )
        if self.suggestions:
            ids = [s.id for s in self.suggestions]
            listing.highlighted = ids.index(current.id) if current and current.id in ids else 0
        self.show_claim()

    def _suggestion_prompt(self, suggestion: ClaimSuggestion) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        quote = self.quotes.get(suggestion.sentence_id)
        line.append(f"  {quote.locator if quote else '':<8}", style="dim")
        line.append(f" {KIND_MARKS[suggestion.kind]} ", style="bold reverse")  # type: ignore[index]
        line.append(CERTAINTY_MARKS.get(suggestion.certainty, " "), style="bold magenta")
        line.append(" " + printable(suggestion.statement))
        return line

    def _prompt(self, claim: Claim) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append("●" if claim.selected else " ", style="bold green")
        line.append("✎" if claim.note_count else " ", style="bold yellow")
        stated = [self.quotes[i] for i in claim.sentence_ids if i in self.quotes]
        first = min(stated, key=lambda q: (q.document_id, q.position)) if stated else None
        place = first.locator if first else ""
        label = self.c5.document_labels.get(first.document_id, "") if first else ""
        if label:
            line.append(f" {printable(label)}", style="cyan")
        line.append(f" {place:<8}", style="dim")
        line.append(f" {KIND_MARKS[claim.kind]} ", style="bold reverse")
        line.append(CERTAINTY_MARKS.get(claim.certainty or "", " "), style="bold magenta")
        line.append(" " + printable(claim.statement))
        return line

    def current(self) -> Claim | None:
        index = self._highlighted()
        if self.reviewing or index is None or index >= len(self.claims):
            return None
        return self.claims[index]

    def current_suggestion(self) -> ClaimSuggestion | None:
        index = self._highlighted()
        if not self.reviewing or index is None or index >= len(self.suggestions):
            return None
        return self.suggestions[index]

    def _highlighted(self) -> int | None:
        if not self.is_mounted:
            return None
        return self.query_one("#claim-list", OptionList).highlighted

    @on(OptionList.OptionHighlighted, "#claim-list")
    def show_claim(self) -> None:
        body = self.query_one("#claim-body", Static)
        if self.reviewing:
            body.update(self._suggestion_detail())
            return
        claim = self.current()
        if claim is None:
            body.update(Text("No claim matches.", style="dim"))
            return
        out = Text()
        out.append(f"{claim.qualified_kind}: ", style="bold")
        out.append(printable(claim.statement) + "\n\n")
        out.append_text(render.tag_block(claim.tags, self.c5.codebook))
        for quote in (self.quotes[i] for i in claim.sentence_ids if i in self.quotes):
            out.append("\n\n")
            out.append_text(
                render.citation(quote, label=self.c5.document_labels.get(quote.document_id, ""))
            )
            out.append("\n" + printable(quote.kk) + "\n")
            out.append(printable(quote.en or "(not translated)"), style="italic")
        notes = self.notes.get(claim.id, [])
        if notes:
            out.append("\n\n")
            out.append_text(render.notes_block(notes))
        body.update(out)

    @on(Input.Submitted, "#claim-filter")
    def filter_done(self) -> None:
        self.query_one("#claim-list", OptionList).focus()

    def on_key(self, event: events.Key) -> None:
        listing = self.query_one("#claim-list", OptionList)
        field = self.query_one("#claim-filter", Input)
        if event.key in ("down", "up") and field.has_focus:
            # From the filter, the arrows walk the claims as they do the quotes in Explore.
            self.action_cursor(1 if event.key == "down" else -1)
            event.stop()
            return
        continue_query(self, listing, field, event)

    def action_focus_filter(self) -> None:
        self.query_one("#claim-filter", Input).focus()

    def action_cursor(self, offset: int) -> None:
        listing = self.query_one("#claim-list", OptionList)
        if offset > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_toggle_selected(self) -> None:
        claim = self.current()
        if claim is not None:
            self.c5.toggle_selected("claim", claim.id)

    def action_tag(self) -> None:
        claim = self.current()
        if claim is not None:
            self.c5.open_tag_picker(claim.id, "claim")

    def action_note(self) -> None:
        claim = self.current()
        if claim is not None:
            self.c5.open_notes("claim", claim.id)

    def action_read(self) -> None:
        claim = self.current()
        if claim is not None and claim.sentence_ids:
            self.c5.open_reader(claim.sentence_ids[0])

    def action_back(self) -> None:
        if isinstance(self.focused, Input) and self.focused.value:
            self.focused.value = ""
        else:
            self.dismiss()

    def _suggestion_detail(self) -> Text:
        suggestion = self.current_suggestion()
        if suggestion is None:
            return Text(
                "No suggested claim waits for review. S looks for new ones in every document.",
                style="dim",
            )
        out = Text()
        out.append(f"Suggested {suggestion.kind}, {suggestion.certainty}: ", style="bold")
        out.append(printable(suggestion.statement) + "\n")
        out.append(f"because of «{printable(suggestion.evidence)}»\n\n", style="dim")
        quote = self.quotes.get(suggestion.sentence_id)
        if quote is not None:
            out.append_text(render.citation(quote))
            out.append("\n" + printable(quote.kk) + "\n")
            out.append(printable(quote.en or "(not translated)"), style="italic")
        out.append(
            "\n\na accept · x dismiss · u undo · S suggest again · s back to the claims",
            style="dim",
        )
        return out

    def action_toggle_review(self) -> None:
        """Switch between the claims and the claims suggested on import."""
        self.reviewing = not self.reviewing
        self.query_one("#claim-list", OptionList).clear_options()
        self.query_one("#claim-detail").border_title = (
            "Suggested claim and its quote" if self.reviewing else "Claim and its quotes"
        )
        self.refresh_data()

    def action_suggest(self) -> None:
        """Look for claims in every stored document again; the new ones are listed for review.

        A quote is suggested once, ever, so what was dismissed or accepted stays so."""

        self._look_for_claims()

    @work(thread=True, exclusive=True, group="suggest", exit_on_error=False)
    def _look_for_claims(self) -> None:
        """Read the documents for claims on a connection of its own (seconds on a large
        corpus, during which every other change goes ahead), then store what is new."""
        from c5tui.workspace import Workspace

        try:
            with Workspace.open(self.c5.db_path, seed=False, check=False) as workspace:
                found = workspace.find_claim_suggestions()
        except (C5Error, sqlite3.Error) as exc:
            self.app.call_from_thread(self.c5.report, exc)
            return

        def review(_change: Change) -> None:
            if not self.reviewing:
                self.action_toggle_review()

        self.app.call_from_thread(
            self.c5.write, lambda session: session.suggest_claims(found=found), review
        )

    def action_accept(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self.c5.write(lambda session: session.accept_suggestion(suggestion.id))

    def action_dismiss_suggestion(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self.c5.write(lambda session: session.dismiss_suggestion(suggestion.id))
