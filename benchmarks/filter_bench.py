"""Filtered search on an auto-tagged corpus: text plus sector/actor filters, and filters alone.

    python benchmarks/filter_bench.py [--size 100000] [--keep DIR]

The corpus is synthetic (see synthetic.py), imported through the real import path and then
auto-tagged with ``Workspace.retag`` — as a user's imported articles are — so the tag
tables hold hundreds of thousands of rows. For each query the engine's search (first page
of 50) and its facet count are timed, p50/p95 over several runs. The baseline, run in the
same process on the same database, is the statement form the engine used before: the
filter as ``rowid IN (every tagged sentence)`` beside the text ``MATCH``, which SQLite
hands to FTS5 as a rowid list (one match per listed row). Baseline runs are cut off after
``--cutoff`` seconds and reported as "> cutoff".
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from c5tui.search.engine import SearchEngine
from c5tui.store.tags import effective_tags_sql
from c5tui.workspace import Workspace
from synthetic import build_database

QUERIES = [
    "жасыл энергетика sector:energy_transition",
    "литий actor:usa",
    "к sector:minerals",
    "Qazaqstan -sector:trade_investment",
    "sector:energy_transition",
    "жасыл энергетика",  # no filter: the yardstick
]
RUNS = 7


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(call: object, runs: int = RUNS) -> list[float]:
    assert callable(call)
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def baseline_ms(db: Path, engine: SearchEngine, query: str, cutoff: float) -> float | None:
    """The first tier's statement with the filter as a rowid list: its milliseconds, inf
    past the cutoff, None for a query without both text and a filter."""
    parsed = engine.parse(query)
    _terms, tiers = engine._tiers(parsed)
    tag_filters = [
        (atom.key, atom.values, clause.negated)
        for clause in parsed.filter_clauses
        for atom in clause.filters
    ]
    if not tiers or not tag_filters:
        return None
    conn = sqlite3.connect(db)
    conn.create_function("c5_fold", 1, lambda s: s, deterministic=True)
    conditions, params = [], []
    for _key, values, negated in tag_filters:
        family = sorted(engine._vocabulary_of_filters().family(values))
        inner = f"SELECT owner FROM ({effective_tags_sql('sentence')}) WHERE tag_id IN"
        inner += f" ({','.join('?' * len(family))})"
        conditions.append(f"rowid {'NOT IN' if negated else 'IN'} ({inner})")
        params += family
    sql = (
        "SELECT rowid, kk, en FROM search_index WHERE search_index MATCH ? AND "
        + " AND ".join(conditions)
        + " ORDER BY rowid LIMIT 100"
    )
    deadline = time.perf_counter() + cutoff
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), 10_000)
    started = time.perf_counter()
    try:
        conn.execute(sql, [tiers[0][1], *params]).fetchall()
    except sqlite3.OperationalError:
        return float("inf")  # interrupted at the cutoff
    finally:
        conn.close()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--cutoff", type=float, default=30.0)
    parser.add_argument("--keep", type=Path, help="Keep the database in this directory.")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-filter-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"tagged-{args.size}.db"
    if not db.exists():
        _, seconds = build_database(db, args.size)
        started = time.perf_counter()
        with Workspace.open(db) as workspace:
            written = workspace.retag()
        print(
            f"built {args.size:,} sentences in {seconds:.1f} s;"
            f" retag wrote {written:,} auto tags in {time.perf_counter() - started:.1f} s"
        )
    with SearchEngine(db) as engine:
        print(f"{'query':44} {'search p50/p95':>16} {'facets p50':>11} {'baseline':>12}")
        for query in QUERIES:
            parsed = engine.parse(query)
            search = timed(lambda parsed=parsed: engine.search(parsed, limit=50))
            facets = timed(lambda parsed=parsed: engine.tag_counts(parsed), runs=3)
            base = baseline_ms(db, engine, query, args.cutoff)
            if base is None:
                shown, ratio = "-", ""
            elif base == float("inf"):
                shown = f"> {args.cutoff:.0f} s"
                ratio = f" (> {args.cutoff * 1000 / percentile(search, 0.95):.0f}×)"
            else:
                shown, ratio = f"{base:.0f} ms", f" ({base / percentile(search, 0.95):.0f}×)"
            print(
                f"{query:44} {percentile(search, 0.5):6.1f}/{percentile(search, 0.95):6.1f} ms"
                f" {statistics.median(facets):8.0f} ms {shown:>12}{ratio}"
            )


if __name__ == "__main__":
    main()
