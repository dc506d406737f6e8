"""The ``c5tui`` command group: global options, one-line errors, opening the workspace."""

from __future__ import annotations

import difflib
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from click_default_group import DefaultGroup

from c5tui import __version__
from c5tui.cli.usage import usage_message
from c5tui.errors import EXIT_RUNTIME
from c5tui.failures import DEBUG_ENV, failure
from c5tui.text.display import printable

if TYPE_CHECKING:
    from c5tui.session import Session
    from c5tui.workspace import Workspace

DEFAULT_COMMAND = "tui"
ARGS_KEY = "c5tui.args"  # ctx.meta: the words after the command name, for error hints

# Each command by the module under c5tui.cli that defines it. A module is imported when
# one of its commands runs (or help lists them), so opening the TUI does not pay for the
# exporters and ``c5tui search`` does not pay for the TUI.
COMMAND_MODULES: dict[str, str] = {
    "annotate": "notes",
    "candidates": "candidates",
    "claims": "claims",
    "cooccur": "cooccur",
    "document": "documents",
    "documents": "documents",
    "export": "export",
    "import": "importing",
    "import-work": "export",
    "notes": "notes",
    "quotes": "corpus",
    "refi-qda": "refi",
    "reindex": "corpus",
    "remove": "documents",
    "retag": "corpus",
    "search": "search",
    "select": "selection",
    "selection": "selection",
    "stats": "corpus",
    "tag": "tags",
    "tags": "tags",
    "translation": "translation",
    "tui": "corpus",
    "unselect": "selection",
}


class C5Group(DefaultGroup):
    """A default group that turns every expected failure into one line on stderr.

    Its commands are loaded on first use, from ``COMMAND_MODULES``.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | COMMAND_MODULES.keys())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        # The default command too: an unknown name falls back to it.
        for name in (cmd_name, self.default_cmd_name):
            if name in COMMAND_MODULES and name not in self.commands:
                importlib.import_module(f"c5tui.cli.{COMMAND_MODULES[name]}")
        return super().get_command(ctx, cmd_name)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        # The group's own options (``c5tui --db``) are parsed here, before invoke.
        words = list(args)
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            self._usage(exc, words, info_name or "")

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        ctx.meta[ARGS_KEY] = list(args)
        name = args[0] if args else ""
        if name and name not in self.list_commands(ctx) and not ctx.resilient_parsing:
            # Not the default command's business: it takes no arguments, so falling back
            # to it would only report 'unexpected extra argument'.
            if name.startswith("-"):
                options = [o for p in self.get_params(ctx) for o in p.opts]
                raise click.NoSuchOption(name, possibilities=options, ctx=ctx)
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            guess = f"; did you mean {close[0]!r}?" if close else ""
            raise click.UsageError(f"no such command {name!r}{guess}", ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except click.UsageError as exc:
            self._usage(exc, ctx.meta.get(ARGS_KEY, ()))
        except click.ClickException as exc:
            self._fail(ctx, exc.format_message(), exc.exit_code)
        except BrokenPipeError:
            # The reader stopped early (``c5tui quotes | head -1``): end quietly, as Unix
            # tools do. Exit 1, as Python's documented recipe and click itself do; 141 is
            # the status of a process killed by SIGPIPE, which Python ignores.
            _discard_stdout()
            ctx.exit(EXIT_RUNTIME)
        except Exception as exc:
            self._fail(ctx, *failure(exc, ctx.obj.get("db") if ctx.obj else None))

    @staticmethod
    def _usage(error: click.UsageError, args: Sequence[str], command: str = "") -> NoReturn:
        """A usage error: one line, also with --debug (a traceback would not help)."""
        message = printable(usage_message(error, args, command), keep="")
        click.echo(f"c5tui: error: {message}", err=True)
        raise click.exceptions.Exit(error.exit_code)

    @staticmethod
    def _fail(ctx: click.Context, message: str, code: int) -> None:
        if (ctx.obj and ctx.obj.get("debug")) or os.environ.get(DEBUG_ENV):
            raise
        # Messages quote file names and values as given: one line, no control characters.
        click.echo(f"c5tui: error: {printable(message, keep='')}", err=True)
        ctx.exit(code)


def _discard_stdout() -> None:
    """Point standard output at the null device, so the last flush at exit cannot fail."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        return  # not a real file (a test runner's buffer): nothing will flush to a pipe
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


@contextmanager
def opened(ctx: click.Context) -> Iterator[Workspace]:
    """The workspace named by ``--db`` / ``C5TUI_DB`` / the default path."""
    from c5tui.paths import resolve_database_path
    from c5tui.workspace import Workspace

    workspace = Workspace.open(resolve_database_path(ctx.obj.get("db")))
    try:
        yield workspace
    finally:
        workspace.close()


@contextmanager
def in_session(ctx: click.Context) -> Iterator[Session]:
    """A session on the workspace: the same actions, one transaction each, as in the TUI."""
    from c5tui.session import Session

    with opened(ctx) as workspace:
        yield Session(workspace)


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    help="Database file (default: $C5TUI_DB, else the user data directory).",
)


# invoke_without_command: click-default-group only falls back to the default command on an
# empty command line, so ``c5tui --db x.db`` would otherwise be "Missing command".
@click.group(cls=C5Group, default=DEFAULT_COMMAND, invoke_without_command=True)
@click.version_option(__version__, prog_name="c5tui")
@db_option
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, debug: bool) -> None:
    """c5tui — a searchable, taggable evidence base of Kazakh news interviews.

    With no command, opens the terminal interface on the database.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    ctx.obj["debug"] = debug
    if ctx.invoked_subcommand is None:
        command = cli.get_command(ctx, DEFAULT_COMMAND)
        assert command is not None
        ctx.invoke(command)
