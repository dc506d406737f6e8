"""The core imports no user interface: the TUI and the CLI are front ends over it."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "c5tui.session",
    "c5tui.workspace",
    "c5tui.search.engine",
    "c5tui.search.query",
    "c5tui.search.claims",
    "c5tui.export.markdown",
    "c5tui.export.tabular",
    "c5tui.export.backup",
    "c5tui.export.merge",
    "c5tui.export.request",
    "c5tui.export.citation",
    "c5tui.tagging.cooccur",
    "c5tui.store.work",
    "c5tui.export.write",
    "c5tui.corpus.importer",
    "c5tui.tagging.apply",
    "c5tui.tagging.autotag",
    "c5tui.store.connection",
    "c5tui.text",
]

# Run in a fresh interpreter whose import system refuses the UI packages.
PROBE = """
import importlib, sys

for name in [m for m in sys.modules if m.split(".")[0] in ("click", "rich", "textual")]:
    del sys.modules[name]  # so that an import of them by the core is seen below

class Refuse:
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in ("textual", "rich", "click", "click_default_group") or name.startswith(
            ("c5tui.tui", "c5tui.cli")
        ):
            raise ImportError(f"the core imported {name}")
        return None

sys.meta_path.insert(0, Refuse())
for module in sys.argv[1:]:
    importlib.import_module(module)
print("ok")
"""


def test_core_modules_import_without_textual_rich_or_click() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *CORE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
