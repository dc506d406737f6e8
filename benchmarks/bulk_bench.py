"""Import, retag, reindex and database size at scale, against the previous release's code.

    python benchmarks/bulk_bench.py [--sizes 10000,100000] [--baseline REV] [--keep DIR]
    python benchmarks/bulk_bench.py --sizes 1000000          # the 1M row (takes long)

For each size the same synthetic articles (see synthetic.py: recombined sentences of the
bundled interview, 1,000 per article, each with its keyed English) are imported into a new
database, auto-tagged as ``c5tui import`` does, then the whole corpus is retagged and
reindexed. This is done twice, in turn, in child processes: once with this checkout's code
and once with the code of ``--baseline`` (default ``dbe5001``, the release before bulk
import), exported from git into a scratch directory, so both run the same script on the
same files on the same machine at the same time. The import takes the path ``c5tui import
DIR`` takes with that code (bulk, index built at the end, where the code has it; an index
write per article before; the next articles parsed and tagged in worker processes while
one is stored, where it has ``import_articles``). Figures: seconds of wall time and of CPU
time (the machine is shared, CPU time is the steadier), sentences per second of wall time,
bytes per sentence of the file (after a checkpoint) and of the pages in use (``dbstat``),
and the search p95 of search_bench's queries on the database imported.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_BASELINE = "dbe5001"


def timed(call: Callable[[], object]) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure(size: int, articles: Path, db: Path) -> dict[str, float]:
    """Run in a child process with one version of c5tui on its path."""
    sys.path.insert(0, str(HERE))
    import c5tui
    from c5tui.workspace import Workspace
    from search_bench import percentile, time_engine

    print(f"c5tui from {Path(c5tui.__file__).parent}", file=sys.stderr)

    files = sorted(articles.glob("*.kk.txt"))
    with Workspace.open(db) as workspace:
        bulk = "index" in inspect.signature(workspace.import_article).parameters

        pairs = [(a, a.with_name(a.name.replace(".kk.txt", ".en.tsv"))) for a in files]

        def import_all() -> None:
            if hasattr(workspace, "import_articles"):  # parsed ahead in workers
                for outcome in workspace.import_articles(pairs):
                    if isinstance(outcome, Exception):
                        raise outcome
                workspace.index_pending()
                return
            for article in files:
                translation = article.with_name(article.name.replace(".kk.txt", ".en.tsv"))
                if bulk:
                    workspace.import_article(article, translation, index=False)
                else:
                    workspace.import_article(article, translation)
            if bulk:
                workspace.index_pending()

        _, import_wall, import_cpu = timed(import_all)
        _, retag_wall, retag_cpu = timed(workspace.retag)
        _, reindex_wall, reindex_cpu = timed(workspace.reindex)
        conn = workspace.db.conn
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        sentences = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        used = conn.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0]
        auto_tags = conn.execute(
            "SELECT count(*) FROM sentence_tags WHERE source = 'auto'"
        ).fetchone()[0]
    _opened, with_glossary, _without = time_engine(db)
    return {
        "size": size,
        "sentences": sentences,
        "auto_tags": auto_tags,
        "import_wall": import_wall,
        "import_cpu": import_cpu,
        "import_rate": size / import_wall,
        "retag_wall": retag_wall,
        "retag_cpu": retag_cpu,
        "reindex_wall": reindex_wall,
        "reindex_cpu": reindex_cpu,
        "file_bytes": db.stat().st_size / sentences,
        "used_bytes": used / sentences,
        "search_p95": percentile(with_glossary, 0.95),
    }


def export_revision(revision: str, target: Path) -> Path:
    """The source tree of ``revision`` (src, db, fixtures) unpacked under ``target``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src", "db", "fixtures"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target / "src"


def run_child(source: Path, size: int, articles: Path, db: Path) -> dict[str, float] | str:
    """The figures of one version, or why that version cannot run here (a package its
    code needs is not installed: older code used sqlite-utils)."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(size), str(articles), str(db)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(source)},
        check=False,
    )
    if out.returncode != 0:
        missing = re.search(r"ModuleNotFoundError: No module named '([^']+)'", out.stderr)
        if missing:
            return f"needs the package {missing.group(1)!r}, not installed here"
        raise SystemExit(f"benchmark child failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_corpus(size: int, directory: Path) -> Path:
    sys.path.insert(0, str(HERE))
    from synthetic import synthetic_pairs, write_articles

    articles = directory / f"articles-{size}"
    articles.mkdir(exist_ok=True)  # a kept directory: written again
    write_articles(synthetic_pairs(size), articles)
    return articles


ROW = (
    "{label:<9} {size:>9,} {import_wall:>8.1f} {import_cpu:>8.1f} {import_rate:>8,.0f}"
    " {retag_wall:>7.1f} {retag_cpu:>7.1f} {reindex_wall:>7.1f} {reindex_cpu:>7.1f}"
    " {file_bytes:>7,.0f} {used_bytes:>7,.0f} {search_p95:>7.1f} {auto_tags:>9,}"
)
HEADER = (
    f"{'code':<9} {'sentences':>9} {'import s':>8} {'cpu s':>8} {'sent/s':>8}"
    f" {'retag s':>7} {'cpu s':>7} {'reidx s':>7} {'cpu s':>7}"
    f" {'B/sent':>7} {'used B':>7} {'p95 ms':>7} {'auto tags':>9}"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision, or 'none'")
    parser.add_argument("--keep", type=Path, help="Keep the databases in this directory.")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        size, articles, db = int(args.child[0]), Path(args.child[1]), Path(args.child[2])
        print(json.dumps(measure(size, articles, db)))
        return
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-bulk-"))
    workdir.mkdir(parents=True, exist_ok=True)
    versions = {"this": ROOT / "src"}
    if args.baseline != "none":
        versions[args.baseline] = export_revision(args.baseline, workdir / "baseline")
    print(f"work dir {workdir}; baseline: {args.baseline}")
    print(HEADER)
    for size in (int(s) for s in args.sizes.split(",")):
        articles = write_corpus(size, workdir)
        for label, source in versions.items():
            db = workdir / f"{label}-{size}.db"
            for path in workdir.glob(f"{db.name}*"):
                path.unlink()  # a database kept from a run before: each import starts anew
            row = run_child(source, size, articles, db)
            if isinstance(row, str):
                print(f"{label:<9} {size:>9,}  cannot run: {row}", flush=True)
            else:
                print(ROW.format(label=label, **row), flush=True)
            if not args.keep:
                for path in workdir.glob(f"{db.name}*"):
                    path.unlink()
    print("import: through the import path of that code, with auto tags and the index;")
    print("B/sent: file bytes per sentence; used B: bytes of the pages in use (dbstat);")
    print("p95 ms: search_bench's 12 queries, 6 runs each, with the glossary.")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
