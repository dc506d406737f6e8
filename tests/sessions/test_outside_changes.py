"""The TUI says when another program has changed the database, and only then.

An analyst keeps the TUI open and adds a note from a second shell: within a couple of
seconds the TUI tells them that `ctrl+r` shows it. Their own selections in the TUI say
nothing of the kind, and after `ctrl+r` the notice is not repeated until the next change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.tui.app import C5App
from tests.sessions.helpers import cli_beside, stored
from tests.tui.helpers import into_results, settle

NOTICE = "changed the database"


def told(app: C5App) -> list[str]:
    """Every notification the app gives from now on (shown ones expire)."""
    said: list[str] = []
    notify = app.notify

    def record(message: str, *args: object, **kwargs: object) -> None:
        said.append(message)
        notify(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = record  # type: ignore[method-assign]
    return said


LOOKS_EVERY = 0.2  # seconds, for the test (the app looks every second)


async def wait_a_watch(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause(LOOKS_EVERY * 4)
    await settle(pilot)


async def test_a_note_from_the_shell_is_announced_and_the_tuis_own_writes_are_not(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("c5tui.tui.app.OUTSIDE_CHECK_SECONDS", LOOKS_EVERY)
    app = C5App(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await into_results(pilot)
        said = told(app)

        def notices(app: C5App) -> int:
            return sum(NOTICE in message for message in said)

        await pilot.press("space", "down", "space")  # two quotes selected in the TUI
        await wait_a_watch(pilot)
        assert notices(app) == 0

        quote = int(stored(db_path, "SELECT id FROM sentences ORDER BY id LIMIT 1")[0][0])
        await cli_beside(db_path, "annotate", str(quote), "from the shell")
        await wait_a_watch(pilot)
        assert notices(app) == 1
        await wait_a_watch(pilot)
        assert notices(app) == 1  # said once, not every second

        await pilot.press("ctrl+r")
        await wait_a_watch(pilot)
        assert notices(app) == 1
        await cli_beside(db_path, "annotate", str(quote), "again")
        await wait_a_watch(pilot)
        assert notices(app) == 2
    assert len(stored(db_path, "SELECT id FROM selection")) == 2
