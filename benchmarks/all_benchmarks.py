"""Every figure of the performance table in one run, each benchmark with its own baseline.

    python benchmarks/all_benchmarks.py [--size 100000] [--baseline REV] [--keep DIR]
                                        [--only read,keystroke,burst,startup,search,...]

Runs, one after the other so that none slows another, the benchmarks behind the table:
Read on one long document (the virtual view against the OptionList it replaced), the
Explore keystroke to the screen at rest, start-up in a real terminal (beside a minimal
Textual app and one of the same widgets), search against fzf and naive rapidfuzz, filtered
search and facets on an auto-tagged corpus (against the statement form used before),
import, retag, reindex and database size (against the code of ``--baseline``, default
0236baf, which runs on the packages installed now), and the backup of the user's work
(against the backup before format 3, which needs sqlite-utils installed; without it that
row says so). ``--size`` is the
corpus of every benchmark that takes one; the 1M rows come from ``--size 1000000``, which
takes the better part of an hour on two cores. Each benchmark's output is printed as it
comes, under its name, with the time it took.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


DEFAULT_BASELINE = "0236baf"  # the code before one frame per key; needs no sqlite-utils


def benchmarks(size: int, baseline: str, keep: Path) -> dict[str, list[str]]:
    """Each benchmark's script and arguments, by a short name."""
    sizes = str(size)
    return {
        "read": ["read_bench.py", "--sizes", "1000,10000", "--keep", str(keep / "read")],
        "keystroke": [
            "tui_latency.py",
            "--sizes",
            sizes,
            "--no-startup",
            "--keep",
            str(keep / "keystroke"),
        ],
        "burst": ["burst_bench.py"],
        "startup": [
            "startup_bench.py",
            "--runs",
            "10",
            "--sizes",
            sizes,
            "--keep",
            str(keep / "startup"),
        ],
        "search": ["search_bench.py", "--sizes", sizes, "--keep", str(keep / "search")],
        "filter": ["filter_bench.py", "--size", sizes, "--keep", str(keep / "filter")],
        "bulk": [
            "bulk_bench.py",
            "--sizes",
            sizes,
            "--baseline",
            baseline,
            "--keep",
            str(keep / "bulk"),
        ],
        "backup": ["backup_bench.py", "--size", sizes, "--keep", str(keep / "backup")],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision for bulk_bench")
    parser.add_argument("--keep", type=Path, help="Keep every benchmark's databases here.")
    parser.add_argument("--only", default="", help="Comma-separated names to run (default: all).")
    args = parser.parse_args()
    keep = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-all-benchmarks-"))
    runs = benchmarks(args.size, args.baseline, keep)
    chosen = [name for name in args.only.split(",") if name] or list(runs)
    unknown = sorted(set(chosen) - runs.keys())
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}; known: {', '.join(runs)}")
    failed = []
    for name in chosen:
        script, *options = runs[name]
        (keep / name).mkdir(parents=True, exist_ok=True)
        print(f"\n=== {name}: {script} {' '.join(options)}", flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / script), *options], check=False)
        took = time.perf_counter() - started
        print(f"=== {name}: {took:.0f} s" + ("" if done.returncode == 0 else ", failed"))
        if done.returncode != 0:
            failed.append(name)
    print(f"\nwork dir {keep}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
