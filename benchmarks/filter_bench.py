"""Filtered search on an auto-tagged corpus: text plus sector/actor filters, and filters alone.

    python benchmarks/filter_bench.py [--size 100000] [--keep DIR]

The corpus is synthetic (see synthetic.py), imported through the real import path and then
auto-tagged with ``Workspace.retag`` — as a user's imported articles are — so the tag
tables hold hundreds of thousands of rows. After one untimed pass over all queries, each
query's search (the first page of 50: what a keystroke waits for) is timed once ("first"),
then p50/p95 over more runs, each planning the query afresh as a new keystroke does, in
wall-clock and CPU time (steadier on a busy machine). The first run of a rare tag's query
includes copying the tag's sentences (c5tui.search.narrowing keeps one filter's copy, and
the query before had another filter). The facets (tag and document counts over every hit,
counted off the keystroke's path in the TUI) are timed apart. The baseline, run in the
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
    "к actor:wabtec",  # a one-letter prefix and a rare actor
    "Қазақстан actor:nasa",  # a common word and a rare actor
    "а actor:ast_petroleum",
    "жасыл энергетика",  # no filter: the yardsticks
    "к",
]
RUNS = 20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(call: object, runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run."""
    assert callable(call)
    wall, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return wall, cpu


def keystroke(engine: SearchEngine, query: str) -> None:
    engine._last_plan = None  # a new keystroke plans its query afresh
    engine.search(engine.parse(query), limit=50)


def facets(engine: SearchEngine, query: str) -> None:
    parsed = engine.parse(query)
    engine.tag_counts(parsed)
    engine.document_counts(parsed)


def p50_95(values: list[float]) -> str:
    return f"{statistics.median(values):5.1f}/{percentile(values, 0.95):5.1f}"


def baseline_ms(db: Path, engine: SearchEngine, query: str, cutoff: float) -> float | None:
    """The first tier's statement with the filter as a rowid list: its milliseconds, inf
    past the cutoff, None for a query without both text and a filter."""
    parsed = engine.parse(query)
    tiers = engine._plan(parsed, False).tiers
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
        for query in QUERIES:  # warm the term list, the glossary and the page cache
            keystroke(engine, query)
        print(
            f"{'query':42} {'first':>6} {'page p50/p95':>12} {'cpu p50/p95':>12}"
            f" {'facets p50/p95':>14} {'baseline':>10}"
        )
        for query in QUERIES:
            (first,), _cpu = timed(lambda query=query: keystroke(engine, query), runs=1)
            search, cpu = timed(lambda query=query: keystroke(engine, query))
            counted, _cpu = timed(lambda query=query: facets(engine, query), runs=5)
            base = baseline_ms(db, engine, query, args.cutoff)
            if base is None:
                shown, ratio = "-", ""
            elif base == float("inf"):
                shown = f"> {args.cutoff:.0f} s"
                ratio = f" (> {args.cutoff * 1000 / percentile(search, 0.95):.0f}×)"
            else:
                shown, ratio = f"{base:.0f} ms", f" ({base / percentile(search, 0.95):.0f}×)"
            print(
                f"{query:42} {first:6.1f} {p50_95(search):>12} {p50_95(cpu):>12}"
                f" {p50_95(counted):>14} {shown:>10}{ratio}"
            )
        print("ms; first: the query's first search; page: 20 more; facets: tag + document counts")


if __name__ == "__main__":
    main()
