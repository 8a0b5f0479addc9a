"""The `marsad` command line. Thin: each command parses its arguments and calls the library.

Output meant for programs (event records, exports) goes to stdout; errors, progress and
diagnostics go to stderr. Exit status: 0 success, 1 some inputs could not be read (the rest
was processed), 2 a usage or user error (bad database URL, bad date, missing file).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO

import click

from marsad.errors import InputError, MarsadError
from marsad.model import EVENT_TYPES, MODALITIES, Article

DB_HELP = "Database URL (default: $MARSAD_DB, else sqlite:///marsad.db)."


class MarsadGroup(click.Group):
    """Turns Marsad's typed errors into one line on stderr and their exit status."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MarsadError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=MarsadGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="marsad")
def main() -> None:
    """Marsad: Arabic news articles in, political event records out."""


# -- helpers ------------------------------------------------------------------------------

def _print_error(error: InputError) -> None:
    # print() rather than click.echo: while a rich bar is drawn, sys.stderr is rich's proxy,
    # which puts the line above the bar; click.echo would write under it to the raw stream.
    print(f"error: {error}", file=sys.stderr, flush=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _extract_article():
    """The pipeline's extract_article, imported only by the commands that extract."""
    try:
        from marsad.extraction.pipeline import extract_article
    except ImportError as error:
        raise MarsadError(f"the extraction pipeline cannot be loaded ({error})") from None
    return extract_article


def _extract(paths: Iterable[str], on_error) -> Iterator[dict]:
    """Event records of every article read from `paths`."""
    from marsad.ingest import read
    from marsad.progress import progress

    extract_article = _extract_article()
    for article in progress(read(*paths, on_error=on_error), label="extracting"):
        for event in extract_article(article):
            yield event.to_record()


@contextmanager
def _stdout() -> Iterator[IO[str]]:
    """stdout as UTF-8 text whatever the locale; '\\n' written as is."""
    sys.stdout.flush()  # whatever was echoed before comes first
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="",
                           write_through=True)
    try:
        yield out
    finally:
        try:
            out.flush()
        except OSError:  # a closed pipe: click reports it
            pass
        out.detach()  # leave the real stdout open


def _filter_options(command):
    """The event filters shared by `events` and `export`."""
    options = [
        click.option("--type", "type_", type=click.Choice(EVENT_TYPES, case_sensitive=False),
                     help="Only events of this PLOVER type."),
        click.option("--actor", help="Source or target: code (RUS), group (ISIL), "
                                     "or part of its name or Arabic text."),
        click.option("--country", help="ISO 3166-1 alpha-3 country of the location."),
        click.option("--since", metavar="YYYY-MM-DD", help="Events ending on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD",
                     help="Events starting on or before this date."),
        click.option("--place", help="Part of the place name (English or Arabic)."),
        click.option("--modality", type=click.Choice(MODALITIES, case_sensitive=False)),
        click.option("--limit", type=click.IntRange(min=0), help="At most this many events."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(type_, actor, country, since, until, place, modality, limit) -> dict:
    return {"type": type_, "actor": actor, "country": country, "since": since,
            "until": until, "place": place, "modality": modality, "limit": limit}


def _store(db: str | None, create: bool = False):
    """The Store at `db`; commands that only read need it to exist already."""
    from marsad.store import Store

    return Store(db, create=create)


# -- commands -----------------------------------------------------------------------------

@main.command()
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="processes that extract events (default: one per CPU); 1 extracts in this one")
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def ingest(ctx: click.Context, db: str | None, workers: int | None,
           paths: tuple[str, ...]) -> None:
    """Read articles from PATHS (files, folders, globs, zips), extract and store their events."""
    from marsad.progress import progress
    from marsad.store import ingest as ingest_paths
    from marsad.store.load import default_workers

    extract_article = _extract_article()
    with _store(db, create=True) as store:
        result = ingest_paths(paths, store, extract=extract_article, on_error=_print_error,
                             progress=lambda articles: progress(articles, label="ingesting"),
                             workers=workers or default_workers())
    click.echo(f"{_count(result.articles, 'article')}, {_count(result.events, 'event')}, "
               f"{_count(len(result.errors), 'error')}")
    ctx.exit(1 if result.errors else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Print the event records of the articles in PATHS as JSON Lines (no database)."""
    from marsad.export import export

    errors: list[InputError] = []

    def on_error(error: InputError) -> None:
        errors.append(error)
        _print_error(error)

    with _stdout() as out:
        export(_extract(paths, on_error), "jsonl", out)
    ctx.exit(1 if errors else 0)


@main.command()
@click.option("--db", metavar="URL", help=DB_HELP)
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--summary", is_flag=True, help="Counts by type and modality, and articles.")
def events(db, type_, actor, country, since, until, place, modality, limit, fmt,
           summary) -> None:
    """List the stored events matching the filters."""
    with _store(db) as store:
        if summary:
            click.echo(format_summary(store.summary()))
            return
        records = store.events(**_filters(type_, actor, country, since, until, place,
                                          modality, limit))
        if fmt == "jsonl":
            from marsad.export import export

            with _stdout() as out:
                export(records, "jsonl", out)
        else:
            print_table(records)


@main.command("export")
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--format", "fmt", required=True,
              type=click.Choice(["jsonl", "csv", "parquet", "geojson"]))
@click.option("--output", "-o", metavar="FILE", help="Write here instead of stdout.")
@_filter_options
@click.option("--stories", is_flag=True,
              help="Story events (one per real event, across articles and outlets; jsonl or csv).")
def export_command(db, fmt, output, type_, actor, country, since, until, place, modality,
                   limit, stories) -> None:
    """Export the stored events (matching the filters) as JSON Lines, CSV, Parquet or GeoJSON."""
    from marsad.export import ExportError, export

    if stories:
        export_stories_command(db, fmt, output, _filters(type_, actor, country, since, until,
                                                         place, modality, limit))
        return
    if fmt == "parquet" and not output:
        raise ExportError("parquet is binary: give a file with --output")
    with _store(db) as store:
        records = store.events(**_filters(type_, actor, country, since, until, place,
                                          modality, limit))
        _write(export, records, fmt, output, "events")


def _write(writer, records, fmt: str, output: str | None, noun: str) -> None:
    """Write records with `writer` to the --output file (saying how many on stderr) or stdout."""
    if output:
        count = writer(records, fmt, output)
        click.echo(f"{count} {noun} written to {output}", err=True)
    else:
        with _stdout() as out:
            writer(records, fmt, out)


def export_stories_command(db, fmt: str, output: str | None, filters: dict) -> None:
    """`export --stories`: the story events of the events matching the filters (marsad.stories);
    --limit counts stories."""
    from itertools import islice

    from marsad.export.stories import export_stories
    from marsad.stories import story_events

    limit = filters.pop("limit")
    with _store(db) as store:
        found = story_events(store, **filters)
    records = (story.to_record() for story in islice(found, limit))
    _write(export_stories, records, fmt, output, "story events")


@main.command("spark")
@click.argument("input_path", metavar="INPUT")
@click.argument("output_path", metavar="OUTPUT")
@click.option("--master", metavar="URL",
              help="Spark master: local[2], yarn, spark://… (default: spark-submit's, else local[*]).")
@click.option("--format", "fmt", type=click.Choice(["auto", "jsonl", "parquet", "warc"]),
              default="auto", show_default=True, help="Input format (auto: from file names).")
@click.pass_context
def spark_command(ctx: click.Context, input_path: str, output_path: str, master: str | None,
                  fmt: str) -> None:
    """Extract the events of INPUT (JSON Lines, Parquet or WARC; local, hdfs://, s3a://) with
    Spark into Parquet at OUTPUT, partitioned by date (needs the `spark` extra)."""
    from marsad import spark as job

    counts = job.run(input_path, output_path, fmt, master=master)
    click.echo(job.summary(counts, output_path))
    ctx.exit(1 if counts["errors"] else 0)


@main.command("eval")
@click.argument("files", nargs=-1)
@click.option("--gsr", metavar="DIR", help="Score ASSAULT/PROTEST detection on the "
                                           "arabic_event_gsr files in DIR instead.")
@click.option("--verbose", "-v", is_flag=True, help="List the unmatched events.")
@click.pass_context
def eval_command(ctx: click.Context, files: tuple[str, ...], gsr: str | None,
                 verbose: bool) -> None:
    """Score extraction: `marsad eval GOLD.jsonl INPUT...` or `marsad eval --gsr DIR`."""
    from marsad import evaluate

    if gsr:
        if files:
            raise click.UsageError("give either --gsr DIR or GOLD.jsonl INPUT..., not both")
        click.echo(evaluate.format_gsr_report(run_gsr(gsr)))
        click.echo(_model_line())
        return
    if len(files) < 2:
        raise click.UsageError("give the gold file and at least one input: "
                               "marsad eval GOLD.jsonl INPUT...")
    gold = load_gold(files[0])
    errors: list[InputError] = []

    def on_error(error: InputError) -> None:
        errors.append(error)
        _print_error(error)

    report = evaluate.score(gold, list(_extract(files[1:], on_error)))
    click.echo(evaluate.format_report(report, verbose=verbose))
    click.echo(_model_line())
    ctx.exit(1 if errors else 0)


def _model_line() -> str:
    """Which sentence model the figures were measured with (marsad.extraction.reports)."""
    from marsad.extraction.reports import describe_default

    return "\n" + describe_default()


@main.command("explain")
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def explain_command(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Show, for each article in PATHS, each sentence with its actors, places, times and
    triggers, and every candidate event with why it was kept or dropped."""
    from marsad.explain import explain_article, format_explanation
    from marsad.ingest import read

    errors: list[InputError] = []

    def on_error(error: InputError) -> None:
        errors.append(error)
        _print_error(error)

    with _stdout() as out:
        for article in read(*paths, on_error=on_error):
            out.write(format_explanation(explain_article(article)) + "\n")
    ctx.exit(1 if errors else 0)


def _fetcher(store, delay: float):
    """A polite Fetcher that remembers ETag/Last-Modified in the store's database."""
    from marsad.fetch import Fetcher
    from marsad.fetch_state import FetchState

    return Fetcher(FetchState(store.engine), delay=delay)


_FETCH_DELAY_HELP = "Seconds between two requests to one host (robots.txt may ask for more)."
_FOLLOW_HELP = "Fetch each new feed item's page for its full text."


@main.command()
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help=_FETCH_DELAY_HELP)
@click.option("--follow", is_flag=True, help=_FOLLOW_HELP)
@click.argument("urls", nargs=-1, required=True)
@click.pass_context
def fetch(ctx: click.Context, db: str | None, delay: float, follow: bool,
          urls: tuple[str, ...]) -> None:
    """Fetch article pages and RSS/Atom feeds at URLS, extract and store their events."""
    from marsad.fetch import fetch_into

    extract_article = _extract_article()
    with _store(db, create=True) as store, _fetcher(store, delay) as fetcher:
        result = fetch_into(urls, store, fetcher, extract=extract_article,
                            on_error=_print_error, follow=follow)
    click.echo(f"{_count(result.articles, 'article')}, {_count(result.events, 'event')}, "
               f"{result.not_modified} not modified, {_count(len(result.errors), 'error')}")
    ctx.exit(1 if result.errors else 0)


@main.command()
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--every", default="15m", show_default=True, metavar="DURATION",
              help="Time between two polls: 90s, 15m, 2h.")
@click.option("--max-rounds", type=click.IntRange(min=1), help="Stop after this many polls.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help=_FETCH_DELAY_HELP)
@click.option("--follow", is_flag=True, help=_FOLLOW_HELP)
@click.argument("feeds", nargs=-1, required=True)
def watch(db: str | None, every: str, max_rounds: int | None, delay: float, follow: bool,
          feeds: tuple[str, ...]) -> None:
    """Poll the RSS/Atom FEEDS every so often and store the events of new items (Ctrl-C stops)."""
    from marsad.fetch import parse_duration, watch as watch_feeds

    seconds = parse_duration(every)
    extract_article = _extract_article()

    def report(rounds: int, result) -> None:
        click.echo(f"round {rounds}: {_count(result.articles, 'new article')}, "
                   f"{_count(result.events, 'event')}, {_count(len(result.errors), 'error')}",
                   err=True)

    with _store(db, create=True) as store, _fetcher(store, delay) as fetcher:
        try:
            watch_feeds(feeds, store, fetcher, seconds, extract=extract_article,
                        on_error=_print_error, max_rounds=max_rounds, follow=follow,
                        on_round=report)
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


@main.command()
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="MARSAD_TOKEN", metavar="TOKEN",
              help="Bearer token that POST /api/articles needs (default: $MARSAD_TOKEN; "
                   "without one, the API is read-only).")
def serve(db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the web pages and the HTTP API (docs at /docs) on the database."""
    try:
        import uvicorn

        from marsad.web import create_app
    except ImportError as error:
        raise MarsadError(f"the web app cannot be loaded ({error}); "
                          "pip install 'marsad' with its web dependencies") from None
    app = create_app(db, token=token)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Marsad on {app.state.store.shown_url}: http://{shown}:{port}/ "
               f"(API docs: http://{shown}:{port}/docs; writes "
               f"{'need the token' if token else 'disabled'}); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.group("db")
def db_group() -> None:
    """Database maintenance (SQLite or PostgreSQL, by URL)."""


@db_group.command("upgrade")
@click.option("--db", metavar="URL", help=DB_HELP)
def db_upgrade(db: str | None) -> None:
    """Create Marsad's tables, or bring an older database to the newest schema.

    Every command does this when it opens a database; this does only that."""
    from sqlalchemy.exc import SQLAlchemyError

    from marsad.store import migrations

    with _store(db, create=True) as store:
        try:
            with store.engine.connect() as conn:
                revision = migrations.current(conn)
        except SQLAlchemyError as error:
            raise MarsadError(f"{store.shown_url}: cannot read the schema revision "
                              f"({error})") from None
        click.echo(f"{store.shown_url}: schema at revision {revision}")


@main.command()
@click.option("--db", metavar="URL", help=DB_HELP)
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True)
@click.argument("words", nargs=-1, required=True)
def search(db: str | None, limit: int, words: tuple[str, ...]) -> None:
    """Stored articles holding every one of WORDS (normalised Arabic), best first."""
    with _store(db) as store:
        hits = store.search_articles(" ".join(words), limit=limit)
    with _stdout() as out:
        for hit in hits:
            out.write(f"{hit['id']}\t{hit['published'] or ''}\t{hit['title']}\n")


# -- what the commands print --------------------------------------------------------------

def load_gold(path: str) -> list[dict]:
    """The gold records of a JSON Lines file; an unreadable file is a one-line error."""
    from marsad.evaluate import load_jsonl

    try:
        return load_jsonl(path)
    except FileNotFoundError:
        raise MarsadError(f"{path}: no such file") from None
    except OSError as error:
        raise MarsadError(f"{path}: cannot read ({error.strerror})") from None
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        raise MarsadError(f"{path}: not a JSON Lines file of event records ({error})") from None


def run_gsr(directory: str):
    """evaluate_gsr over `directory` with the pipeline, one Article per sentence."""
    from pathlib import Path

    from marsad.evaluate import evaluate_gsr
    from marsad.progress import progress_callback

    if not Path(directory).is_dir():
        raise MarsadError(f"{directory}: no such directory")
    extract_article = _extract_article()

    def extract_events(sentence_id: str, text: str) -> list[dict]:
        return [e.to_record() for e in extract_article(Article(id=sentence_id, text=text))]

    with progress_callback("GSR sentences") as report:
        return evaluate_gsr(directory, extract_events, progress=report)


def format_summary(summary: dict) -> str:
    """Counts as aligned text lines."""
    lines = [f"articles  {summary['articles']}", f"events    {summary['events']}"]
    for title, counts in (("by type", summary["by_type"]),
                          ("by modality", summary["by_modality"])):
        lines.append(f"{title}:")
        width = max((len(key) for key in counts), default=0)
        lines += [f"  {key:<{width}}  {count:>6}" for key, count in counts.items()]
    return "\n".join(lines)


TABLE_COLUMNS = ("date", "type", "modality", "source", "target", "place", "article", "evidence")


def table_row(record: dict) -> tuple[str, ...]:
    """One record as the cells of the events table."""
    location = record.get("location") or {}
    evidence = (record.get("evidence") or {}).get("text") or ""
    return ((record.get("date") or {}).get("start") or "", record["type"],
            record.get("modality") or "", _actor_label(record.get("source")),
            _actor_label(record.get("target")), location.get("name") or location.get("text") or "",
            record.get("article_id") or "", evidence if len(evidence) <= 60 else evidence[:59] + "…")


def _actor_label(actor: dict | None) -> str:
    if not actor:
        return ""
    label = actor.get("group") or actor.get("code") or actor.get("text") or "?"
    sectors = "/".join(actor.get("sector") or ())
    return f"{label} {sectors}".strip()


def print_table(records: Iterable[dict]) -> None:
    """A rich table on a terminal, else tab-separated lines with a header."""
    rows = (table_row(record) for record in records)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(*TABLE_COLUMNS)
        for row in rows:
            table.add_row(*map(Text, row))  # Text: brackets in articles are not rich markup
        Console().print(table)
        return
    with _stdout() as out:
        out.write("\t".join(TABLE_COLUMNS) + "\n")
        for row in rows:
            out.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n")
