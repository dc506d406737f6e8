"""Claim-suggestion precision and recall against claims marked by hand on the articles.

    .venv/bin/python benchmarks/suggest_bench.py [--errors]

A suggestion is right when its sentence was marked (tests/data/claims-annotation.toml);
the kind agreement is printed beside it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from c5tui.tagging.annotation import article_sentences, load_claim_annotation
from c5tui.tagging.suggest import suggest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true")
    errors = parser.parse_args().errors
    marked = load_claim_annotation(ROOT / "tests" / "data" / "claims-annotation.toml")
    tp = fp = fn = same_kind = 0
    for path in sorted(ARTICLES.glob("*.expected")):
        gold = marked.get(path.stem, {})
        for sentence in article_sentences(ARTICLES, path.stem):
            found = suggest(sentence.text, question=sentence.role == "question")
            kind = gold.get(sentence.key)
            where = f"{path.stem} {sentence.key}"
            if found and kind:
                tp += 1
                same_kind += found.kind == kind
            elif found:
                fp += 1
                if errors:
                    print(f"  + {where} {found.kind} «{found.evidence}»")
            elif kind:
                fn += 1
                if errors:
                    print(f"  - {where} {kind}")
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(
        f"suggestions: P {precision:.2f}  R {recall:.2f}"
        f"  F1 {2 * precision * recall / (precision + recall):.2f}"
        f"  (marked {tp + fn}, suggested {tp + fp}, kind agrees on {same_kind}/{tp})"
    )


if __name__ == "__main__":
    main()
