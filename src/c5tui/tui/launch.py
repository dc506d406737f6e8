"""Opening the TUI: the database is opened and checked while Textual loads.

Loading Textual and the screens takes the interpreter for a good part of start-up, and
checking a large database takes SQLite up to a quarter of a second, most of it outside
the interpreter's lock: on a second core the two overlap. The checks and their order are
those of :meth:`Workspace.open`; its errors reach the command line as they always did.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from c5tui.store.migrations import upgrade_notice
from c5tui.text.display import printable
from c5tui.workspace import Workspace


def open_and_run(db_path: Path) -> None:
    """Run the TUI on ``db_path``, opened beside the loading of the interface."""
    notice = upgrade_notice(db_path)
    if notice is not None:
        # Said on the terminal before the upgrade starts: the interface waits for it.
        print(printable(notice, keep=""), file=sys.stderr, flush=True)
    # Start-up builds some 60,000 objects that live as long as the app: collecting while
    # they are built scanned them again and again (40 ms of start-up). The app collects
    # once when it has started, and the collector runs again (see settle_memory).
    gc.disable()
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="c5tui-open") as pool:
            opening = pool.submit(Workspace.open, db_path)
            try:
                from c5tui.tui import app
            except BaseException:
                with contextlib.suppress(Exception):
                    opening.result().close()
                raise
            workspace = opening.result()
        app.run_app(db_path, workspace)
    finally:
        gc.enable()  # however the app ended, even before it had started
