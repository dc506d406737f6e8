"""Where the bundled data lives: inside the wheel, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# A built wheel carries db/ and fixtures/ under c5tui/_data; a checkout has them at the top.
_CANDIDATES = (_PACKAGE / "_data", _PACKAGE.parent.parent)


def data_dir(name: str) -> Path:
    """The directory ``db`` or ``fixtures`` of this installation."""
    for root in _CANDIDATES:
        path = root / name
        if path.is_dir():
            return path
    raise FileNotFoundError(f"c5tui is installed without its {name}/ directory")


def migrations_dir() -> Path:
    return data_dir("db") / "migrations"


def fixtures_dir() -> Path:
    return data_dir("fixtures")


BUNDLED_STEM = "kazinform-2025-11-05-mustafin-c5plus1"


def bundled_article() -> Path:
    return fixtures_dir() / f"{BUNDLED_STEM}.kk.txt"


def bundled_translation() -> Path:
    return fixtures_dir() / f"{BUNDLED_STEM}.en.tsv"


def bundled_curated() -> Path:
    return fixtures_dir() / f"{BUNDLED_STEM}.curated.toml"


def bundled_codebook() -> Path:
    return fixtures_dir() / "codebook.toml"
