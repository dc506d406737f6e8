"""``c5tui import``: articles from files, folders and URLs, one transaction each."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

import click

from c5tui.cli.group import cli, opened
from c5tui.cli.output import emit_json
from c5tui.errors import EXIT_INPUT, EXIT_RUNTIME, C5Error, InputError
from c5tui.text.display import printable

if TYPE_CHECKING:
    from c5tui.workspace import ImportResult

T = TypeVar("T")

# Files of a folder that are articles; translations (.tsv) and anything else are left alone.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    message: str
    exit_code: int


def expand_sources(sources: tuple[str, ...]) -> list[str]:
    """Files, URLs, and the article files (by suffix, sorted) of each folder given."""
    found: list[str] = []
    for source in sources:
        path = Path(source)
        if not source.lower().startswith(("http://", "https://")) and path.is_dir():
            files = sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
            if not files:
                raise InputError("the folder holds no .txt or .html articles", path=source)
            found.extend(str(p) for p in files)
        else:
            found.append(source)
    return found


def _result_json(source: str, result: object) -> dict[str, object]:
    from c5tui.cli.translation import summary_json
    from c5tui.workspace import ImportResult

    assert isinstance(result, ImportResult)
    return {
        "source": source,
        "document": result.document_id,
        "created": result.created,
        "sentences": result.sentences,
        "translated": result.translated,
        "auto_tags": result.auto_tags,
        "suggested_claims": result.suggested_claims,
        "title": result.title,
        "kind": result.kind,
        "outlet": result.outlet,
        "date": result.date,
        "speakers": list(result.speakers),
        "translation": summary_json(result.translation) if result.translation else None,
    }


@cli.command("import")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--format",
    "format_",
    default="auto",
    show_default=True,
    help="auto, kazinform (' date …' first line), text (title line, then the body) or html.",
)
@click.option("--title", help="The title (plain text and pages; a text's first line is body then).")
@click.option("--date", help="The publication date, YYYY-MM-DD (default: as the source says).")
@click.option("--outlet", help="The outlet (default: as the text or the page says, else unknown).")
@click.option("--url", help="The article's address (default: the page's canonical URL).")
@click.option("--speaker", help="The interviewee, or a news piece's speaker where none is named.")
@click.option(
    "--translation",
    type=click.Path(path_type=Path),
    help="English translation (one article only): keyed 'p01.s01<TAB>text' lines, plain "
    "English text in any layout, or a saved English web page (aligned with the Kazakh).",
)
@click.option(
    "--rewrite/--no-rewrite",
    default=None,
    help="The --translation is a rewrite (a twin article), not a translation: link only "
    "sentences that share names, numbers or terms (default: told by the sentence count).",
)
@click.option("--timeout", type=float, help="Seconds a URL may take (default 20).")
@click.option("--no-auto-tag", is_flag=True, help="Do not auto-tag the new sentences.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per article.")
@click.pass_context
def import_(
    ctx: click.Context,
    sources: tuple[str, ...],
    format_: str,
    title: str | None,
    date: str | None,
    outlet: str | None,
    url: str | None,
    speaker: str | None,
    translation: Path | None,
    rewrite: bool | None,
    timeout: float | None,
    no_auto_tag: bool,
    as_json: bool,
) -> None:
    """Import articles: files, a folder of them, or http(s) URLs of article pages.

    The format is detected (Kazinform text, plain text, web page) unless --format says.
    Each article is imported in one transaction, all of it or nothing; the same article
    twice adds nothing. With several, a failed one is listed and the rest go on, and the
    search index is built once at the end: until then (or, if the import is interrupted,
    until c5tui next opens the database) the new quotes are stored but not yet found.
    """
    from c5tui.corpus.decode import check_date
    from c5tui.corpus.formats.detect import check_format
    from c5tui.corpus.source import ImportOptions

    options = ImportOptions(
        format=check_format(format_),
        title=title,
        date=check_date(date) if date else None,
        outlet=outlet,
        url=url,
        speaker=speaker,
    )
    targets = expand_sources(sources)
    if len(targets) > 1 and (translation or title or url):
        raise InputError("--translation, --title and --url name one article; give one source")
    failures: list[Failure] = []
    imported = existing = 0
    # Several articles are a bulk import: each is still committed whole, but the search
    # index is built once for all of them at the end (or on the next open, if interrupted).
    bulk = len(targets) > 1
    with opened(ctx) as workspace:
        show_bar = bulk and not as_json and sys.stderr.isatty()
        if bulk:
            # The next articles are parsed and tagged in worker processes while this one is stored.
            outcomes: Iterable[tuple[str, ImportResult | C5Error]] = zip(
                targets,
                workspace.import_articles(
                    [(target, None) for target in targets],
                    options=options,
                    auto_tag=not no_auto_tag,
                    timeout=timeout,
                    rewrite=rewrite,
                ),
                strict=True,
            )
        else:
            outcomes = (
                (
                    target,
                    workspace.import_article(
                        target,
                        translation,
                        options=options,
                        auto_tag=not no_auto_tag,
                        timeout=timeout,
                        rewrite=rewrite,
                    ),
                )
                for target in targets
            )
        with (
            click.progressbar(
                outcomes, length=len(targets), label="importing", file=sys.stderr, show_pos=True
            )
            if show_bar
            else _plain(outcomes) as bar
        ):
            for target, result in bar:
                if isinstance(result, C5Error):
                    failures.append(Failure(target, str(result), result.exit_code))
                    continue
                imported += result.created
                existing += not result.created
                if as_json:
                    emit_json(_result_json(target, result))
                elif len(targets) == 1:
                    _say(result)
        if bulk:
            workspace.index_pending()
    if len(targets) > 1:
        _summarise(len(targets), imported, existing, failures, to_stderr=as_json)


class _plain(Generic[T]):
    """A stand-in for a progress bar when none is shown (not a terminal, or one article)."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items = items

    def __enter__(self) -> Iterable[T]:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None


def _say(result: object) -> None:
    from c5tui.workspace import ImportResult

    assert isinstance(result, ImportResult)
    if result.translation is not None:
        from c5tui.cli.translation import summary_line

        line = summary_line(result.translation)
    if not result.created:
        if result.translation is None:
            click.echo(f"already imported as document {result.document_id}; nothing added")
        else:
            click.echo(f"already imported as document {result.document_id}; English: {line}")
        return
    speakers = ", ".join(result.speakers) or "none named"
    click.echo(
        f"imported document {result.document_id}: {result.sentences} sentences, "
        f"{result.translated} translated, {result.auto_tags} auto tags, "
        f"{result.suggested_claims} claims suggested ('c5tui claims suggested')"
    )
    click.echo(
        printable(
            f"  {result.kind} · {result.outlet} · {result.date or 'date unknown'} · "
            f"speakers: {speakers}",
            keep="",
        )
    )
    if result.translation is not None:
        click.echo(printable(f"  English: {line}", keep=""))


def _summarise(
    total: int, imported: int, existing: int, failures: list[Failure], *, to_stderr: bool
) -> None:
    """The summary line (on stderr beside JSON output or failures), then the failed files."""
    for failure in failures:
        click.echo(f"c5tui: error: {printable(failure.message, keep='')}", err=True)
    click.echo(
        f"{total} articles: {imported} imported, {existing} already there, {len(failures)} failed",
        err=bool(failures) or to_stderr,
    )
    if failures:
        click.echo("failed: " + " ".join(printable(f.source, keep="") for f in failures), err=True)
        code = EXIT_INPUT if all(f.exit_code == EXIT_INPUT for f in failures) else EXIT_RUNTIME
        raise click.exceptions.Exit(code)
