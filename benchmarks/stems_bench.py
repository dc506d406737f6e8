"""Share of inflected Kazakh words of real text reduced to their lemma by the stemmer.

    .venv/bin/python benchmarks/stems_bench.py [--misses]

Reads tests/data/stems-wordlist.tsv (forms and lemmas annotated by hand) and counts a form
as reduced when its lemma's search key is among the form's candidate stems; prints the
share and how many other lemmas of the list a form's stems also meet (collisions).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from c5tui.text import fold, kazakh_stems

WORDLIST = Path(__file__).resolve().parents[1] / "tests" / "data" / "stems-wordlist.tsv"


def read_wordlist(path: Path = WORDLIST) -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [(row[0], row[1]) for row in rows if len(row) == 2 and not row[0].startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true")
    show = parser.parse_args().misses
    pairs = read_wordlist()
    lemmas = {fold(lemma) for _, lemma in pairs}
    started = time.perf_counter()
    stems = {form: kazakh_stems(fold(form)) for form, _ in pairs}
    spent = time.perf_counter() - started
    missed = [(f, lemma) for f, lemma in pairs if fold(lemma) not in stems[f]]
    collisions = sum(1 for f, lemma in pairs if (set(stems[f]) & lemmas) - {fold(lemma), fold(f)})
    print(
        f"reduced to lemma: {len(pairs) - len(missed)}/{len(pairs)}"
        f" = {1 - len(missed) / len(pairs):.1%}"
    )
    print(f"forms whose stems also meet another lemma of the list: {collisions}")
    print(f"{spent / len(pairs) * 1e6:.0f} µs per word (cold cache)")
    if show:
        for form, lemma in missed:
            print(f"miss: {form} -> {lemma}: {', '.join(stems[form])}")


if __name__ == "__main__":
    main()
