"""The cycle collector's older generations wait for a rest in the keys, and come back after."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from c5tui.tui import idle_collect
from c5tui.tui.app import C5App
from c5tui.tui.idle_collect import NEVER, IdleCollector
from tests.tui.helpers import settle


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    # Held by an app that did not give it back, the counts below would never be reached.
    assert before[1] < NEVER, "an earlier app left the collector held"
    yield before
    gc.set_threshold(*before)
    gc.enable()


def test_only_the_youngest_objects_are_collected_by_themselves(thresholds) -> None:  # type: ignore[no-untyped-def]
    collector = IdleCollector()
    collector.start()
    assert gc.isenabled()
    assert gc.get_threshold() == (thresholds[0], NEVER, NEVER)
    collector.stop()
    assert gc.get_threshold() == thresholds


def test_a_collector_stopped_before_it_started_never_holds_the_collector(thresholds) -> None:  # type: ignore[no-untyped-def]
    collector = IdleCollector()
    collector.stop()  # the app quit before its start-up timer fired
    collector.start()
    assert gc.get_threshold() == thresholds
    assert collector.tick() is None


async def test_an_app_quit_at_once_leaves_the_collector_alone(tmp_path: Path, thresholds) -> None:  # type: ignore[no-untyped-def]
    app = C5App(tmp_path / "c5.db")
    async with app.run_test() as pilot:
        await settle(pilot)
    await asyncio.sleep(1.2)  # past the start-up timer's second
    assert gc.get_threshold() == thresholds


def test_older_objects_are_collected_at_a_rest_not_while_typing(thresholds, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = [1000.0]
    monkeypatch.setattr(idle_collect.time, "monotonic", lambda: clock[0])
    collector = IdleCollector()
    collector.start()
    for _ in range(thresholds[1] + 1):
        gc.collect(0)  # young collections, as typing makes them
    collector.input_seen()
    clock[0] += 0.1
    assert collector.tick() is None  # typing: nothing older is looked at
    clock[0] += idle_collect.REST_SECONDS
    assert collector.tick() == 1
    assert gc.get_count()[1] == 0
    assert collector.tick() is None  # nothing new since
    clock[0] += idle_collect.FULL_EVERY_SECONDS
    assert collector.tick() == 2


def test_a_key_held_down_still_has_its_garbage_collected(thresholds, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = [1000.0]
    monkeypatch.setattr(idle_collect.time, "monotonic", lambda: clock[0])
    collector = IdleCollector()
    collector.start()
    for _ in range(idle_collect.MOST_YOUNG_COLLECTIONS):
        gc.collect(0)
    collector.input_seen()
    assert collector.tick() == 1


async def test_the_app_holds_older_collections_while_it_runs(tmp_path: Path, thresholds) -> None:  # type: ignore[no-untyped-def]
    app = C5App(tmp_path / "c5.db")
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.pause(1.2)  # start-up's own collection has run
        assert gc.get_threshold()[1:] == (NEVER, NEVER)
    assert gc.get_threshold() == thresholds
    assert gc.isenabled()
