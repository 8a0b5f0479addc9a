"""Scale on the SaudiNewsNet corpus (31,030 articles), all in one run: ingest into SQLite, ingest
into PostgreSQL, the Spark job in local[2] mode, and the floor they are measured against.

    .venv/bin/python benchmarks/scale.py [--postgres URL] [--limit N]

The floor is the cheapest full pass over the same text on one core (read each article, then
normalise and tokenise it with marsad.arabic); every phase reports articles/s, peak resident
memory of its largest process, and its ratio to the floor (how many times the floor's time it
takes). Each ingest runs in a process of its own, on a fresh database, as `marsad ingest` runs
(one extraction worker per CPU), reading the corpus zips themselves (reading, extraction,
duplicate linking and saving all count); its CPU time sums the process and its workers. Each
phase is printed to stderr as it ends, and all of them as JSON at the end. PostgreSQL is measured when
--postgres or MARSAD_TEST_DB gives a server; its database is emptied first. Skips when ../shared
is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import spark_corpus  # noqa: E402  (the Spark job and the floor, shared with that benchmark)

CORPUS = spark_corpus.CORPUS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("MARSAD_TEST_DB"),
                        help="a PostgreSQL URL to ingest into (its tables are dropped first)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--phase", help=argparse.SUPPRESS)  # internal: one ingest in this process
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    if args.phase == "ingest":
        return ingest_phase(args.db, args.limit)

    spark_corpus.RESULTS.mkdir(exist_ok=True)
    corpus = spark_corpus.convert(spark_corpus.RESULTS / "saudinewsnet.jsonl")
    if args.limit:
        sample = spark_corpus.RESULTS / f"saudinewsnet-{args.limit}.jsonl"
        with open(corpus, encoding="utf-8") as lines, open(sample, "w", encoding="utf-8") as out:
            out.writelines(line for _, line in zip(range(args.limit), lines))
        corpus = sample

    results = {}

    def done(name: str, report: dict) -> None:  # each phase shown as it ends: the run is long
        # other work on the machine slows every phase: its load average (1 and 5 min) says how much
        report["load_average"] = [round(x, 2) for x in os.getloadavg()[:2]]
        results[name] = report
        print(f"{name}: {json.dumps(report)}", file=sys.stderr, flush=True)

    done("floor", spark_corpus.floor(corpus))
    with tempfile.TemporaryDirectory() as folder:
        done("ingest_sqlite", run_ingest(f"sqlite:///{folder}/scale.db", args.limit))
    if args.postgres:
        reset_postgres(args.postgres)
        done("ingest_postgresql", run_ingest(args.postgres, args.limit))
    done("spark_local2", spark_corpus.spark_job(
        corpus, spark_corpus.RESULTS / "spark-events", "local[2]"))

    floor_rate = results["floor"]["floor_articles_per_s"]
    floor_cpu_rate = results["floor"]["floor_articles_per_cpu_s"]
    for name in ("ingest_sqlite", "ingest_postgresql", "spark_local2"):
        if name in results:  # wall time (the floor has one core, the phases two), and CPU time
            results[name]["ratio_to_floor"] = round(floor_rate / results[name]["articles_per_s"], 1)
            results[name]["cpu_ratio_to_floor"] = round(
                floor_cpu_rate / results[name]["articles_per_cpu_s"], 1)
    print(json.dumps(results, indent=2))
    return 0


def run_ingest(url: str, limit: int | None) -> dict:
    """One ingest in a child process; its own report plus its peak resident memory."""
    command = [sys.executable, __file__, "--phase", "ingest", "--db", url]
    if limit:
        command += ["--limit", str(limit)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"the ingest into {url} failed (status {status})")
    report = json.loads(output)
    # wait4 counts the ingest and its extraction workers: CPU is their sum, memory the largest
    report["cpu_s"] = round(usage.ru_utime + usage.ru_stime, 1)
    report["articles_per_cpu_s"] = round(report["articles"] / report["cpu_s"], 1)
    report["peak_rss_mib"] = round(usage.ru_maxrss / 1024, 1)
    return report


def ingest_phase(url: str, limit: int | None) -> int:
    """Ingest the corpus zips into `url` (read, extract, link duplicates, save) and report."""
    import itertools

    from marsad.store import Store
    from marsad.store.load import default_workers, ingest

    store = Store(url)
    errors: list = []
    stream = (lambda articles: itertools.islice(articles, limit)) if limit else None
    workers = default_workers()  # as `marsad ingest` does
    started = time.perf_counter()
    result = ingest(sorted(CORPUS.glob("*.zip")), store, on_error=errors.append, progress=stream,
                    workers=workers)
    wall = time.perf_counter() - started
    summary = store.summary()
    print(json.dumps({
        "backend": url.split(":", 1)[0], "workers": workers, "articles": result.articles,
        "events": result.events, "input_errors": len(errors),
        "duplicates": summary.get("duplicates"), "wall_s": round(wall, 1),
        "articles_per_s": round(result.articles / wall, 1),
    }))
    return 0


def reset_postgres(url: str) -> None:
    """Drop every table of the benchmark database, so the ingest starts from nothing."""
    from sqlalchemy import create_engine, text

    from marsad.store.store import driver_url

    engine = create_engine(driver_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
