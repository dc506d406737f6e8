"""Replacing an OptionList's options so that the terminal always shows the new ones."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widgets import OptionList
from textual.widgets.option_list import Option


def replace_options(listing: OptionList, options: Iterable[Option | None]) -> None:
    """``listing.set_options(options)`` (``None``: a separator), and a repaint when there
    are none.

    Textual's ``set_options`` with no options asks for no repaint (8.x: ``add_options``
    returns early), so a terminal kept showing the old ones — the facets of the whole
    corpus beside "0 shown". ``clear_options`` repaints.
    """
    items = list(options)
    if items:
        listing.set_options(items)
    else:
        listing.clear_options()
