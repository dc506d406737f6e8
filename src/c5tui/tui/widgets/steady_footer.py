"""A footer that builds its keys again only when the keys it shows have changed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's footer, without rebuilding every key when the same keys are shown again.

    Textual's footer rebuilds a widget per key whenever the bindings may have changed
    (a screen shown or covered, the focus moved), which costs tens of milliseconds:
    opening a screen over another one rebuilt the footers of both.
    """

    _shown: tuple[tuple[str, str, bool], ...] | None = None

    def compose(self) -> ComposeResult:
        # The keys are built with the screen, not a frame later: one layout, not two.
        self._bindings_ready = True
        self._shown = _keys(self.screen)
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            if not screen.is_current:
                return  # hidden under another screen: its keys are looked at when it is back
            keys = _keys(screen)
            if keys == self._shown:
                return
            self._shown = keys
        super().bindings_changed(screen)


def _keys(screen: Screen) -> tuple[tuple[str, str, bool], ...]:
    return tuple(
        (active.binding.key, active.binding.description, active.enabled)
        for active in screen.active_bindings.values()
        if isinstance(active.binding, Binding) and active.binding.show
    )
