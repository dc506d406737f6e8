"""Start-up in a real terminal: from launching ``c5tui`` to the first frame with results.

    python benchmarks/startup_bench.py [--runs 10] [--sizes 100000] [--keep DIR]

Each run starts a fresh interpreter on a pseudo-terminal (120×40, as a terminal emulator
gives a program) and reads what it draws until the first frame with results is on the
screen: for c5tui the results list's "N shown" count, which is drawn with the rows; for
the floor, a minimal Textual app that shows one line, that line; and, to show what
Textual itself costs for such a screen, an app of c5tui's first screen's widgets (header,
search box, two option lists, the detail, the count, the footer) with fixed content and
no c5tui code, until its count is drawn. The clock runs from
launching the process, so it holds the interpreter's start, every import, opening the
database, the first search and the terminal output. Then the app is quit with ctrl+q.

The apps run in turn, so the load of a shared machine falls on all alike; the median and
the fastest run of each are printed with the ratio of c5tui to the floor, and the CPU
time the child process had used when its frame appeared (10 ms ticks). ``--before``
names the src/ directory of an earlier c5tui, launched in the same turns as a baseline,
both as ``python -m c5tui`` (the database is opened by both: they must share its schema
version).
Databases: the bundled interview (seeded by a launch before the runs) and synthetic
corpora of ``--sizes`` sentences imported through the real import path (synthetic.py).
"""

from __future__ import annotations

import argparse
import codecs
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build_database

ROWS, COLUMNS = 40, 120
TIMEOUT = 60.0  # seconds for one launch to show its frame
QUIT = b"\x11"  # ctrl+q
MINIMAL_APP = """
from textual.app import App, ComposeResult
from textual.widgets import Static


class Minimal(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("minimal app ready")


Minimal().run()
"""
# The widgets of c5tui's first screen with fixed content, and no c5tui code: no database,
# no search, no command line. What Textual itself costs for that screen.
SAME_WIDGETS_APP = """
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, OptionList, Static


class SameWidgets(App[None]):
    CSS = "Horizontal { height: 1fr; } OptionList, #detail { width: 1fr; height: 1fr; }"
    BINDINGS = [("q", "quit", "Quit"), ("t", "quit", "Tag"), ("r", "quit", "Read")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search Kazakh, Latin, Russian keyboard or English")
        with Horizontal():
            yield OptionList(*[f"p{i}.s1  Қазақстан мен Өзбекстан уран {i}" for i in range(50)])
            yield OptionList("sector: energy (12)", "actor: Kazakhstan (40)")
            yield Static("Қазақстан Республикасы " * 40, id="detail")
        yield Static("50+ shown")
        yield Footer()


SameWidgets().run()
"""
MINIMAL_READY = re.compile(r"minimal app ready")
C5TUI_READY = re.compile(r"\d+\+? shown")  # the results list's count, drawn with its rows
# Terminal control sequences (CSI, OSC, and two-byte escapes): what is left is the text.
CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")


@dataclass(frozen=True, slots=True)
class Launch:
    wall: float  # seconds from launching to the frame
    cpu: float  # seconds of CPU the child had used by then


def c5tui_command() -> list[str]:
    """The ``c5tui`` command a user runs: the installed script beside this interpreter."""
    script = Path(sys.executable).with_name("c5tui")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "c5tui"]


def child_cpu(pid: int) -> float:
    """User and system CPU time of a running process, from /proc (clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def launch(command: list[str], ready: re.Pattern[str], env: dict[str, str]) -> Launch:
    """Run ``command`` on a new pseudo-terminal until ``ready`` is drawn; then quit it."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending = ""  # a control sequence may be split across reads
    screen = ""
    try:
        while True:
            if time.perf_counter() - started > TIMEOUT:
                raise TimeoutError(f"{command[-1]}: no frame within {TIMEOUT:.0f} s: {screen!r}")
            readable, _, _ = select.select([master], [], [], 0.5)
            if not readable:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError as error:  # the child closed the terminal
                ended = f"{command[-1]} ended before its frame: {screen[-500:]!r}"
                raise RuntimeError(ended) from error
            pending += decoder.decode(chunk)
            cut = pending.rfind("\x1b")
            text, pending = (pending[:cut], pending[cut:]) if cut >= 0 else (pending, "")
            screen += CONTROL.sub("", text)
            if ready.search(screen):
                result = Launch(time.perf_counter() - started, child_cpu(process.pid))
                break
        os.write(master, QUIT)
        _drain_until_exit(master, process)
        return result
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(master)


def _drain_until_exit(master: int, process: subprocess.Popen[bytes]) -> None:
    """Keep reading the terminal (a full one would block the app) until the app ends."""
    deadline = time.perf_counter() + 10
    while process.poll() is None and time.perf_counter() < deadline:
        readable, _, _ = select.select([master], [], [], 0.05)
        if readable:
            try:
                os.read(master, 65536)
            except OSError:
                break
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=10)


def summary(runs: list[Launch]) -> str:
    walls = [r.wall * 1000 for r in runs]
    cpus = [r.cpu * 1000 for r in runs]
    return (
        f"median {statistics.median(walls):6.0f} ms, min {min(walls):6.0f} ms "
        f"(cpu median {statistics.median(cpus):4.0f} ms)"
    )


def compare(
    label: str, apps: dict[str, tuple[list[str], dict[str, str]]], minimal: list[str], runs: int
) -> None:
    """Each app and the minimal one launched in turn ``runs`` times; then the figures."""
    launches: dict[str, list[Launch]] = {name: [] for name in [*apps, "minimal app"]}
    env = next(iter(apps.values()))[1]
    for _ in range(runs):
        for name, (command, app_env) in apps.items():
            launches[name].append(launch(command, C5TUI_READY, app_env))
        launches["minimal app"].append(launch(minimal, MINIMAL_READY, env))
    floor = launches["minimal app"]
    print(f"{label} (n={runs}, alternating):")
    for name, runs_of in launches.items():
        line = f"  {name:<14}{summary(runs_of)}"
        if runs_of is not floor:
            median = statistics.median(r.wall for r in runs_of)
            median /= statistics.median(r.wall for r in floor)
            fastest = min(r.wall for r in runs_of) / min(r.wall for r in floor)
            line += f"   {median:.2f}× the minimal app by median, {fastest:.2f}× by fastest run"
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sizes", default="", help="Synthetic corpus sizes, comma-separated.")
    parser.add_argument("--keep", type=Path, help="Keep the databases in this directory.")
    parser.add_argument(
        "--before",
        type=Path,
        help="The src/ directory of an earlier c5tui, launched beside this one as a baseline.",
    )
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="c5tui-startup-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    minimal_app = workdir / "minimal_app.py"
    minimal_app.write_text(MINIMAL_APP, encoding="utf-8")
    env = os.environ | {
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "C5TUI_CONFIG": str(workdir / "config.toml"),  # the user's own settings stay untouched
    }
    env.pop("TEXTUAL_ANIMATIONS", None)
    # An installed package has its bytecode compiled; keep the compiled files out of the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    minimal = [sys.executable, str(minimal_app)]
    same_widgets_app = workdir / "same_widgets_app.py"
    same_widgets_app.write_text(SAME_WIDGETS_APP, encoding="utf-8")
    same_widgets = [sys.executable, str(same_widgets_app)]

    bundled = workdir / "bundled.db"
    corpora = [("bundled interview", bundled)]
    for size in (int(s) for s in args.sizes.split(",") if s):
        db = workdir / f"corpus-{size}.db"
        if not db.exists():
            _, seconds = build_database(db, size)
            print(f"built {size:,}-sentence corpus in {seconds:.1f} s", flush=True)
        corpora.append((f"{size:,} sentences", db))
    launch(minimal, MINIMAL_READY, env)  # compiles what it imports, as an install does
    launch(same_widgets, C5TUI_READY, env)
    for label, db in corpora:
        c5tui = [*c5tui_command(), "--db", str(db)]
        apps = {"c5tui": (c5tui, env), "same widgets": (same_widgets, env)}
        if args.before:
            # Run as a module: the installed script names this checkout's entry point,
            # which an earlier c5tui may not have.
            before = env | {"PYTHONPATH": str(args.before.resolve())}
            as_module = [sys.executable, "-m", "c5tui", "--db", str(db)]
            apps["c5tui -m"] = (as_module, env)
            apps["c5tui -m before"] = (as_module, before)
        launch(c5tui, C5TUI_READY, env)  # a first launch creates and seeds the database
        if args.before:
            launch(as_module, C5TUI_READY, before)  # its own compiled files
        compare(label, apps, minimal, args.runs)


if __name__ == "__main__":
    main()
