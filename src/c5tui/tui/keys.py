"""The keys bound to an action, named as the footer names them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from textual.app import App
from textual.binding import BindingsMap, BindingType


def action_keys(
    app: App[Any], action: str, bindings: Iterable[BindingType], keymap: Mapping[str, str]
) -> str:
    """``u or ^z``: every key ``bindings`` give ``action``, shown ones first; "" for none.

    ``keymap`` holds the user's remapped keys (binding id → keys).
    """
    bound = BindingsMap(bindings)
    if keymap:
        bound.apply_keymap(dict(keymap))
    found = [b for _key, b in bound if b.action == action]
    found.sort(key=lambda b: not b.show)
    names: list[str] = []
    for binding in found:
        name = app.get_key_display(binding)
        if name not in names:
            names.append(name)
    return " or ".join(names)
