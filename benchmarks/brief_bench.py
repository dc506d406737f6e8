"""How fast a brief renders and how fast co-occurrence counts, on a grown corpus.

    .venv/bin/python benchmarks/brief_bench.py [--sentences 20000] [--basket 300]

Builds the bundled interview plus synthetic sentences (auto-tagged, as an import would
tag them), puts ``--basket`` quotes, a few claims and a heading in the basket, then prints
the median time of: rendering the English brief, the bilingual brief, co-occurrence over
the whole corpus and over a query; and pandoc's .docx conversion when pandoc is there.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from c5tui.export.markdown import render_markdown
from c5tui.export.request import selection_request
from c5tui.workspace import Workspace
from synthetic import build_database


def median_ms(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--basket", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "bench.db"
        build_database(path, args.sentences)
        with Workspace.open(path) as workspace:
            start = time.perf_counter()
            workspace.retag()
            tagging = time.perf_counter() - start
            quotes = workspace.quotes()
            print(f"corpus: {len(quotes)} sentences (auto-tagged in {tagging:.1f} s)")
            step = max(1, len(quotes) // args.basket)
            workspace.select_many("sentence", [q.id for q in quotes[::step][: args.basket]])
            workspace.select_many("claim", [c.id for c in workspace.claims()[:10]])
            workspace.add_heading("Critical minerals", next_to=("sentence", quotes[0].id))
            for lang in ("en", "both"):
                request = selection_request(workspace, lang=lang)
                markdown = render_markdown(workspace, request)
                ms = median_ms(lambda r=request: render_markdown(workspace, r))
                print(f"brief --lang {lang}: {len(markdown):,} characters in {ms:.0f} ms")
            ms = median_ms(lambda: workspace.cooccurrence("actor", "sector"))
            print(f"cooccur, whole corpus: {ms:.0f} ms")
            ms = median_ms(lambda: workspace.cooccurrence("actor", "sector", "минерал"))
            print(f"cooccur, query 'минерал': {ms:.0f} ms")
            if shutil.which("pandoc"):
                source = Path(scratch) / "brief.md"
                source.write_text(
                    render_markdown(workspace, selection_request(workspace, lang="en"))
                )
                target = Path(scratch) / "brief.docx"
                ms = median_ms(
                    lambda: subprocess.run(["pandoc", str(source), "-o", str(target)], check=True),
                    repeat=3,
                )
                print(f"pandoc brief.md -o brief.docx: {ms:.0f} ms")
            else:
                print("pandoc: not installed, conversion not measured")


if __name__ == "__main__":
    main()
