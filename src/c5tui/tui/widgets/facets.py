"""The facet panel: the tags of a query's hits under headings, each to tick as a filter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from c5tui.tui.widgets.hanging_row import HangingRow
from c5tui.tui.widgets.options import replace_options

# Ticks read by their glyph, not their colour: the same under NO_COLOR.
TICKED, UNTICKED = "[x]", "[ ]"


@dataclass(frozen=True, slots=True)
class Facet:
    """One tag the hits carry: its filter (``sector:minerals``), label and count."""

    value: str
    label: str
    count: int
    ticked: bool = False


class FacetList(OptionList):
    """Facets in sections (a heading each), most frequent first; ``space`` or ``enter`` ticks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "select", "Tick", show=False, id="facets.tick")
    ]

    class Toggled(Message):
        """The user ticked or unticked the facet whose filter is ``value``."""

        def __init__(self, facet_list: FacetList, value: str) -> None:
            super().__init__()
            self.facet_list = facet_list
            self.value = value

        @property
        def control(self) -> FacetList:
            return self.facet_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.facets: dict[str, Facet] = {}

    @property
    def ticked(self) -> list[str]:
        """The filters of the ticked facets."""
        return [value for value, facet in self.facets.items() if facet.ticked]

    def show(self, sections: Sequence[tuple[str, Sequence[Facet]]]) -> None:
        """Replace the facets, keeping the cursor on the facet it was on."""
        current = self.highlighted_option
        keep = current.id if current is not None else None
        options: list[Option] = []
        self.facets = {}
        for heading, facets in sections:
            if not facets:
                continue
            options.append(Option(Text(heading, style="bold"), disabled=True))
            ordered = sorted(facets, key=lambda f: (-f.count, f.label.casefold()))
            digits = len(str(ordered[0].count))
            for facet in ordered:
                self.facets[facet.value] = facet
                options.append(Option(_prompt(facet, digits), id=facet.value))
        with self.prevent(OptionList.OptionHighlighted):
            replace_options(self, options)
            if keep in self.facets:
                self.highlighted = self.get_option_index(str(keep))
            elif self.has_focus:
                self.action_first()

    def on_focus(self) -> None:
        # Straight onto a facet: the heading above it cannot be ticked.
        if self.highlighted is None:
            self.action_first()

    @on(OptionList.OptionSelected)
    def _ticked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Toggled(self, event.option.id))


def _prompt(facet: Facet, digits: int) -> HangingRow:
    # A long label wraps under itself and not under the tick.
    tick = Text(TICKED if facet.ticked else UNTICKED, style="bold" if facet.ticked else "")
    tick.append(f" {facet.count:>{digits}}", style="dim")
    return HangingRow(tick, Text(facet.label))
