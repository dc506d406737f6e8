"""Export reads through the Workspace façade: no store module, no raw connection."""

from __future__ import annotations

import ast
from pathlib import Path

EXPORT = Path(__file__).resolve().parents[2] / "src" / "c5tui" / "export"
# Telling whether a path is the database or one of its files is not reading the store.
ALLOWED = {"c5tui.store.files"}


def imported_modules(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_export_module_imports_the_store_or_touches_the_connection() -> None:
    modules = sorted(EXPORT.glob("*.py"))
    assert len(modules) >= 8
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        store = {
            m
            for m in imported_modules(tree)
            if m.startswith("c5tui.store")
            and m not in ALLOWED
            and m.rsplit(".", 1)[0] not in ALLOWED
        }
        assert store == set(), f"{path.name} imports {sorted(store)}"
        raw = [
            node.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in ("db", "conn")
        ]
        assert raw == [], f"{path.name} uses a raw connection on lines {raw}"


def test_the_cli_no_longer_builds_export_requests_itself() -> None:
    cli = (EXPORT.parent / "cli" / "export.py").read_text(encoding="utf-8")
    assert "def build_request" not in cli
    assert "from c5tui.export.request import" in cli
