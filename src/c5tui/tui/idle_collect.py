"""Python's cycle collector: the young objects as usual, the older ones while the user rests.

Left to itself, the collector took 3 ms of the 12 ms a letter typed in the search box
costs, most of it in its collections of older objects, and one letter in ten met a full
collection of up to 18 ms: that letter's results missed their frame whatever else was
done. While the app runs, the collector still looks at the youngest objects by itself
(0.1 ms a time); the older generations wait for a pause in the keys (a person reading),
where a collection costs nothing the user sees. Reference counting frees everything else
at once; only reference cycles wait, and not for long: a collection runs anyway after
enough young collections with no pause (a key held down), so memory stays bounded.

Python offers the thresholds and the collection, not this policy: the few lines of policy
are here.
"""

from __future__ import annotations

import gc
import time

REST_SECONDS = 0.25  # no key or click for this long: the user is reading, not typing
FULL_EVERY_SECONDS = 10.0  # the oldest objects are looked at this often, at a rest
# Young collections (about ten a typed letter) after which the older objects are looked
# at even while keys keep coming.
MOST_YOUNG_COLLECTIONS = 500
NEVER = 1 << 30  # a threshold the collector's own counts never reach


class IdleCollector:
    """Holds the collector's older generations for rests; ``stop`` gives them back."""

    def __init__(self) -> None:
        self.last_input = time.monotonic()
        self._last_full = time.monotonic()
        self._thresholds: tuple[int, int, int] | None = None
        self._stopped = False

    def start(self) -> None:
        # Started by a timer after the first frame: an app that quits sooner stopped the
        # collector already, and must not leave the process's collector held.
        if self._thresholds is None and not self._stopped:
            self._thresholds = gc.get_threshold()
            gc.set_threshold(self._thresholds[0], NEVER, NEVER)
        gc.enable()

    def stop(self) -> None:
        self._stopped = True
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None
        gc.enable()

    def input_seen(self) -> None:
        self.last_input = time.monotonic()

    def tick(self) -> int | None:
        """Collect the older objects if the user rests (or has not for far too long): the
        generation collected, or None."""
        if self._thresholds is None:
            return None
        now = time.monotonic()
        young = gc.get_count()[1]  # young collections since the older objects were looked at
        if now - self.last_input < REST_SECONDS and young < MOST_YOUNG_COLLECTIONS:
            return None
        if now - self._last_full >= FULL_EVERY_SECONDS and now - self.last_input >= REST_SECONDS:
            gc.collect()
            self._last_full = now
            return 2
        if young < self._thresholds[1]:
            return None  # as few as the collector would have waited for
        gc.collect(1)
        return 1
