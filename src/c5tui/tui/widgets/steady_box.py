"""Widgets whose box the styles fix: what they hold changes, their size on screen never.

Textual lays the whole screen out again whenever a widget's scrollable (virtual) size
changes, since an auto-sized widget's box may follow it. The search box (height 3, full
width) and the results list (``1fr`` each way) take their boxes from the styles alone, yet
both change that size on every key: a character typed, a new list of rows. Each such
layout cost about 1.5 ms of the keystroke's frame, and the results list asked for one more
frame when the rest of its rows came. These widgets only scroll and redraw instead; a
scrollbar that comes or goes still lays the screen out, as it must.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input, OptionList


class SteadyBox:
    """Mixin, before the widget class: a change of virtual size is not a layout change."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)


class SearchBox(SteadyBox, Input):
    """The search box: one line of typing in a box of fixed height."""


class ResultList(SteadyBox, OptionList):
    """A list whose box fills the room the layout gives it, whatever the rows."""
