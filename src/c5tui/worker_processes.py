"""Worker processes that end with the program that started them.

A pool's worker waits for work on a queue whose pipe it holds both ends of, so it would
wait for ever if its program were killed (``kill -9``, a closed terminal). Each worker
watches its parent instead and exits when the parent is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from multiprocessing.connection import wait


def exit_with_parent() -> None:
    """Called first in a worker: exit as soon as the process that started it ends."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def workers_can_start() -> bool:
    """Whether a spawned worker can start here: it runs the program's main file again, and
    a program read from standard input has none (its workers would fail, each printing a
    traceback, before the work fell back to this process)."""
    main = sys.modules.get("__main__")
    if getattr(main, "__spec__", None) is not None:
        return True  # python -m: the worker imports the module by name
    path = getattr(main, "__file__", None)
    return path is None or os.path.isfile(path)  # None: python -c, nothing to run again
