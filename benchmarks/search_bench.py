"""Search speed at 10k, 100k and 1M sentences, against fzf and naive rapidfuzz.

    python benchmarks/search_bench.py [--sizes 10000,100000,1000000] [--keep DIR]

For each size: build a synthetic corpus through the real import path (see synthetic.py),
then report the import/index build time, database size, open time, resident memory and
per-query latency p50/p95 of c5tui's engine over a fixed mixed query set (with the
glossary and, interleaved, without it), and — on the same sentences, in the same run —
``fzf --filter`` (one process per query, as a shell user would run it) and
``rapidfuzz.process.extract`` over the raw sentences, as ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent))

from c5tui.search.engine import SearchEngine
from synthetic import build_database

QUERIES = [
    "АҚШ",  # short, Cyrillic
    "минералдардың",  # inflected
    "Қазақстан мен Өзбекстан уран",  # long, several terms
    "Qazaqstan",  # 2021 Latin
    "orta daliz",  # informal Latin
    "казмунайгаз",  # Russian keyboard
    "coal reserves",  # English
    "Middle Corridor",  # English phrase
    "транскапий",  # typo
    "Wabtek",  # typo, Latin
    "80%",  # number and symbol
    "жасыл энергетика sector:energy_transition",  # text and filter
]
REPEATS = 6


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_engine(db: Path) -> tuple[float, list[float], list[float]]:
    """Open time and latencies with the glossary and without, each query run both ways
    in turn (so that a busy machine slows both alike), first one way, then the other."""
    started = time.perf_counter()
    engine = SearchEngine(db)
    engine.search("a")  # first query loads the term list (and the glossary)
    opened = time.perf_counter() - started
    latencies: dict[bool, list[float]] = {True: [], False: []}
    for repeat in range(REPEATS):
        for query in QUERIES:
            # Alternate which goes first: the second run of a query finds warm caches.
            for glossary in (True, False) if repeat % 2 else (False, True):
                t0 = time.perf_counter()
                engine.search(query, limit=50, glossary=glossary)
                latencies[glossary].append((time.perf_counter() - t0) * 1000)
    engine.close()
    return opened, latencies[True], latencies[False]


# VmHWM, not ru_maxrss: a forked child's ru_maxrss keeps the parent's high-water mark.
ENGINE_RSS = """
import re, sys
from pathlib import Path
from c5tui.search.engine import SearchEngine
engine = SearchEngine(sys.argv[1])
for query in sys.argv[2:]:
    engine.search(query, limit=50)
status = Path("/proc/self/status").read_text()
print(int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) / 1024)
"""


def engine_rss_mib(db: Path) -> float:
    """Peak resident memory of a process that opens the engine and runs the query set."""
    out = subprocess.run(
        [sys.executable, "-c", ENGINE_RSS, str(db), *QUERIES],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def time_fzf(lines_file: Path) -> list[float] | None:
    if shutil.which("fzf") is None:
        return None
    latencies = []
    for query in QUERIES:
        plain = " ".join(w for w in query.split() if ":" not in w)
        t0 = time.perf_counter()
        with lines_file.open("rb") as handle:
            subprocess.run(["fzf", "--filter", plain], stdin=handle, capture_output=True)
        latencies.append((time.perf_counter() - t0) * 1000)
    return latencies


def time_rapidfuzz(lines: list[str]) -> list[float]:
    latencies = []
    for query in QUERIES:
        plain = " ".join(w for w in query.split() if ":" not in w)
        t0 = time.perf_counter()
        process.extract(plain, lines, scorer=fuzz.partial_ratio, limit=50)
        latencies.append((time.perf_counter() - t0) * 1000)
    return latencies


def run_size(size: int, workdir: Path) -> dict[str, float]:
    db = workdir / f"bench-{size}.db"
    pairs, build_seconds = build_database(db, size)
    lines = [f"{p.kk} | {p.en}" for p in pairs]
    lines_file = workdir / f"lines-{size}.txt"
    lines_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opened, ours, plain = time_engine(db)
    fzf = time_fzf(lines_file)
    naive = time_rapidfuzz(lines)
    row = {
        "size": size,
        "import_s": build_seconds,
        "db_mib": db.stat().st_size / 2**20,
        "open_ms": opened * 1000,
        "rss_mib": engine_rss_mib(db),
        "p50_ms": statistics.median(ours),
        "p95_ms": percentile(ours, 0.95),
        "plain_p50_ms": statistics.median(plain),
        "plain_p95_ms": percentile(plain, 0.95),
        "fzf_p50_ms": statistics.median(fzf) if fzf else float("nan"),
        "fzf_p95_ms": percentile(fzf, 0.95) if fzf else float("nan"),
        "rf_p50_ms": statistics.median(naive),
        "rf_p95_ms": percentile(naive, 0.95),
    }
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--keep", type=Path, help="Keep the databases in this directory.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"{len(QUERIES)} queries x {REPEATS} repeats per size; work dir {workdir}")
    header = (
        f"{'sentences':>10} {'import s':>9} {'db MiB':>7} {'open ms':>8} {'eng MiB':>8} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'-g p50':>7} {'-g p95':>7} {'fzf p50':>8} "
        f"{'fzf p95':>8} {'rf p50':>7} {'rf p95':>7} {'x fzf':>6} {'x rf':>6}"
    )
    print(header)
    for size in sizes:
        r = run_size(size, workdir)
        print(
            f"{r['size']:>10,} {r['import_s']:>9.1f} {r['db_mib']:>7.0f} {r['open_ms']:>8.1f} "
            f"{r['rss_mib']:>8.0f} {r['p50_ms']:>7.2f} {r['p95_ms']:>7.2f} "
            f"{r['plain_p50_ms']:>7.2f} {r['plain_p95_ms']:>7.2f} "
            f"{r['fzf_p50_ms']:>8.1f} {r['fzf_p95_ms']:>8.1f} {r['rf_p50_ms']:>7.1f} "
            f"{r['rf_p95_ms']:>7.1f} {r['fzf_p95_ms'] / r['p95_ms']:>6.1f} "
            f"{r['rf_p95_ms'] / r['p95_ms']:>6.1f}",
            flush=True,
        )
    print("eng MiB: peak RSS of a process running the engine on that database.")
    print("-g p50 / -g p95: the same queries without the glossary (search --no-glossary).")
    print("x fzf / x rf: how many times faster than fzf --filter / naive rapidfuzz, at p95.")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
