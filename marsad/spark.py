"""Event extraction as a Spark batch job: articles in, event records out as Parquet by date.

    marsad spark INPUT OUTPUT [--master local[2]] [--format auto|jsonl|parquet|warc]
    spark-submit --py-files marsad.zip marsad/spark.py INPUT OUTPUT [--format ...]
    python -m marsad.spark INPUT OUTPUT [--master local[2]] [--format ...]

INPUT is any path or glob Spark reads (local, hdfs://, s3a://):

- jsonl: JSON Lines, one article record per line as marsad.ingest.jsonfmt reads it
  (compressed .gz/.bz2 files too, as Spark decompresses them)
- parquet: columns id/url, title, text|content|body, published|date|date_extracted, source,
  author (the same field names as the JSON records)
- warc: web archives, plain or gzipped (.warc, .warc.gz), read by marsad.ingest.warc: each
  Arabic HTML response is an article; one task reads one archive, whole, into memory

Each partition is extracted by `marsad.extraction.pipeline`; the knowledge base is loaded once
per Python worker (Spark reuses its workers, so once per executor core) on first use and kept.
The output has the columns of the CSV and Parquet exports (marsad.export.flatten) plus
`date`, the event's start date, by which it is partitioned (OUTPUT/date=2015-07-21/...).

pyspark is the optional `spark` extra: `pip install 'marsad[spark]'`.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import partial
from pathlib import PurePosixPath

from marsad.errors import InputError, MarsadError
from marsad.export.flat import COLUMNS, flatten

log = logging.getLogger(__name__)

FORMATS = ("auto", "jsonl", "parquet", "warc")
PARTITION_COLUMN = "date"
# Columns a Parquet input may have; the others are ignored.
PARQUET_FIELDS = ("id", "url", "title", "text", "content", "body", "published", "date",
                  "date_extracted", "fetched", "source", "author")
# File name endings that tell the format of an input (after a compression suffix is removed).
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet",
            ".warc": "warc", ".arc": "warc"}
COMPRESSION = (".gz", ".bz2", ".zst", ".snappy", ".lz4", ".deflate")
DATE_COLUMNS = ("date_start", "date_end")

# The pipeline of this Python process, loaded on first use (see _pipeline).
_extract_article = None


class SparkError(MarsadError):
    """pyspark missing, an unreadable input, or an output that cannot be written."""


# -- the job ------------------------------------------------------------------------------

def run(input_path: str, output_path: str, input_format: str = "auto", spark=None,
        master: str | None = None, partitions: int | None = None) -> dict:
    """Extract the events of the articles at `input_path` into Parquet at `output_path`.

    Uses `spark` when given, else gets or creates a session (on `master`, else the one
    spark-submit gives, else local[*]). Returns counts: articles, events, errors (input
    records that could not be read; they are logged and skipped). Counts come from
    accumulators, so a retried task may count twice. The input is spread over at least
    `partitions` tasks (default: twice Spark's default parallelism), since one large file is
    otherwise read as one partition and keeps a single core busy.
    """
    if input_format not in FORMATS:
        raise SparkError(f"unknown input format {input_format!r} (one of: {', '.join(FORMATS)})")
    if spark is None:
        spark = session(master)
    fmt = detect_format(spark, input_path) if input_format == "auto" else input_format
    context = spark.sparkContext
    counts = {name: context.accumulator(0) for name in ("articles", "events", "errors")}
    articles = _read(spark, input_path, fmt)
    wanted = partitions or 2 * context.defaultParallelism
    if articles.getNumPartitions() < wanted:
        articles = articles.repartition(wanted)

    rows = articles.mapPartitions(partial(_extract_partition, fmt=fmt, counts=counts))
    frame = spark.createDataFrame(rows, schema=output_schema())
    try:
        frame.write.partitionBy(PARTITION_COLUMN).parquet(output_path)
    except Exception as error:  # Spark raises its own (Py4J/Analysis) errors
        raise SparkError(f"{output_path}: the job failed: {_first_line(error)}") from None
    return {name: accumulator.value for name, accumulator in counts.items()}


def session(master: str | None = None, app_name: str = "marsad", **config):
    """A SparkSession (the active one when there is one); `config` as spark.* settings."""
    SparkSession = _pyspark().sql.SparkSession
    local = (master or "local").startswith("local")
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this Python
    if local and not submitted and "PYSPARK_PYTHON" not in os.environ:
        # Local workers should run this Python (its venv has marsad), not whatever is on PATH.
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in config.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def output_schema():
    """The output columns: COLUMNS typed as the Parquet export types them, then `date`."""
    types = _pyspark().sql.types
    special = {"lat": types.DoubleType(), "lon": types.DoubleType(),
               "confidence": types.DoubleType(), "evidence_start": types.LongType(),
               "evidence_end": types.LongType(), "date_start": types.DateType(),
               "date_end": types.DateType()}
    fields = [types.StructField(name, special.get(name, types.StringType()))
              for name in COLUMNS]
    fields.append(types.StructField(PARTITION_COLUMN, types.StringType()))
    return types.StructType(fields)


def detect_format(spark, input_path: str) -> str:
    """The input format from the file names at `input_path` (a folder's first data file)."""
    name = _format_of(input_path)
    if name:
        return name
    for file in _list_files(spark, input_path):
        name = _format_of(file)
        if name:
            return name
    return "jsonl"


def _format_of(path: str) -> str | None:
    name = PurePosixPath(path.rstrip("/")).name.lower()
    for suffix in COMPRESSION:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith(".warc") or ".warc." in name:
        return "warc"
    return SUFFIXES.get(PurePosixPath(name).suffix)


def _list_files(spark, input_path: str, limit: int = 100) -> list[str]:
    """Up to `limit` data file names under `input_path`, through Hadoop's FileSystem (any
    scheme Spark reads); Spark's own _SUCCESS and hidden files left out."""
    jvm = spark.sparkContext._jvm
    configuration = spark.sparkContext._jsc.hadoopConfiguration()
    try:
        path = jvm.org.apache.hadoop.fs.Path(input_path)
        filesystem = path.getFileSystem(configuration)
        statuses = filesystem.globStatus(path) or []
        names: list[str] = []
        for status in statuses:
            if status.isFile():
                names.append(status.getPath().getName())
                continue
            files = filesystem.listFiles(status.getPath(), True)
            while files.hasNext() and len(names) < limit:
                names.append(files.next().getPath().getName())
    except Exception as error:  # Py4JJavaError: no such path, no access
        raise SparkError(f"{input_path}: cannot list the input: {_first_line(error)}") from None
    if not statuses:
        raise SparkError(f"{input_path}: the path does not exist")
    return [name for name in names if not name.startswith(("_", "."))]


# -- reading ------------------------------------------------------------------------------

def _read(spark, input_path: str, fmt: str):
    """An RDD of the raw input records: JSON lines, Parquet rows, or (path, bytes) pairs."""
    try:
        origin = _pyspark().sql.functions.input_file_name().alias("_origin")
        if fmt == "jsonl":
            return spark.read.text(input_path).select("value", origin).rdd
        if fmt == "parquet":
            frame = spark.read.parquet(input_path)
            wanted = [name for name in frame.columns if name in PARQUET_FIELDS]
            return frame.select(*wanted, origin).rdd
        if fmt == "warc":
            _warc_reader()  # fail on the driver, not in every task
            return spark.sparkContext.binaryFiles(input_path)
    except SparkError:
        raise
    except Exception as error:  # AnalysisException: path does not exist, not Parquet...
        raise SparkError(f"{input_path}: cannot read as {fmt}: {_first_line(error)}") from None
    raise SparkError(f"unknown input format {fmt!r}")


def _articles(records: Iterable, fmt: str, report) -> Iterator:
    """Articles from one partition's raw records; unreadable records go to `report`."""
    from marsad.ingest.jsonfmt import record_to_article

    if fmt == "warc":
        read_warc = _warc_reader()
        for path, data in records:
            try:
                # binaryFiles gives each archive whole, as bytes (see the README on size).
                yield from read_warc(io.BytesIO(data), path, report)
            except InputError as error:
                report(error)
        return
    for row in records:
        fields = row.asDict()
        origin = fields.pop("_origin") or fmt
        try:
            if fmt == "jsonl":
                if not fields["value"].strip():
                    continue
                record = _json_record(fields["value"], origin)
            else:
                record = {key: _plain(value) for key, value in fields.items()}
            yield record_to_article(record, origin, "a record")
        except InputError as error:
            report(error)


def _json_record(line: str, origin: str) -> dict:
    """One JSON Lines line as an object, or an InputError."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(origin, f"a line: malformed JSON: {error.msg} "
                                 f"(column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(origin, "a line: not an article (expected a JSON object)")
    return record


def _plain(value):
    """A Parquet value as jsonfmt reads it: dates and timestamps as ISO strings."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _warc_reader():
    """marsad.ingest.warc.read_warc, or a SparkError when this installation lacks it."""
    try:
        from marsad.ingest.warc import read_warc
    except ImportError as error:
        raise SparkError(f"WARC input needs marsad.ingest.warc and warcio ({error}); "
                         "convert the archives to JSON Lines first") from None
    return read_warc


# -- extraction ---------------------------------------------------------------------------

def _pipeline():
    """This process's extract_article, with the knowledge base loaded on the first call."""
    global _extract_article
    if _extract_article is None:
        from marsad.extraction.pipeline import extract_article
        from marsad.model import Article

        # One short article loads every lexicon and the gazetteer now, once per worker.
        extract_article(Article(id="warm-up", text="زار وزير الخارجية بغداد أمس."))
        _extract_article = extract_article
    return _extract_article


def _extract_partition(records: Iterable, fmt: str, counts: dict) -> Iterator[tuple]:
    """Output rows (COLUMNS, then date) of the events of one partition's records."""
    def report(error: InputError) -> None:
        counts["errors"].add(1)
        log.warning("skipped: %s", error)

    extract_article = _pipeline()
    for article in _articles(records, fmt, report):
        counts["articles"].add(1)
        for event in extract_article(article):
            counts["events"].add(1)
            yield to_row(event.to_record())


def to_row(record: dict) -> tuple:
    """One event record as an output row: flatten() in COLUMNS order, dates as dates, then
    the partition date (the record's date.start)."""
    row = flatten(record)
    for key in DATE_COLUMNS:
        row[key] = date.fromisoformat(row[key]) if row[key] else None
    return (*(row[name] for name in COLUMNS), (record.get("date") or {}).get("start"))


# -- helpers ------------------------------------------------------------------------------

def _pyspark():
    try:
        import pyspark.sql
        import pyspark.sql.types  # noqa: F401  (output_schema)
    except ImportError:
        raise SparkError("the Spark job needs pyspark: pip install 'marsad[spark]'") from None
    return pyspark


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def main(argv: list[str] | None = None) -> int:
    """The spark-submit / `python -m marsad.spark` entry point."""
    parser = argparse.ArgumentParser(prog="marsad.spark",
                                     description="Extract events from articles with Spark.")
    parser.add_argument("input", help="articles: a path, folder or glob (local, hdfs://, s3a://)")
    parser.add_argument("output", help="the Parquet folder to write (must not exist)")
    parser.add_argument("--format", choices=FORMATS, default="auto")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, or local[*])")
    args = parser.parse_args(argv)
    try:
        counts = run(args.input, args.output, args.format, master=args.master)
    except MarsadError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    print(summary(counts, args.output))
    return 1 if counts["errors"] else 0


def summary(counts: dict, output_path: str) -> str:
    """The one-line report of a run."""
    def count(n: int, noun: str) -> str:
        return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
    return (f"{count(counts['articles'], 'article')}, {count(counts['events'], 'event')}, "
            f"{count(counts['errors'], 'error')} -> {output_path}")


if __name__ == "__main__":
    # Run through the imported module, not this __main__ copy, so that the functions sent to
    # the executors are found there by name (marsad installed or shipped with --py-files).
    from marsad.spark import main as _main
    sys.exit(_main())
