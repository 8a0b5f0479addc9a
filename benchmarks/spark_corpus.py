"""The Spark job on the SaudiNewsNet corpus (31,030 articles) in local[2] mode, against the floor.

    .venv/bin/python benchmarks/spark_corpus.py [--limit N] [--master local[2]]

Converts the corpus zips to one JSON Lines file once (benchmarks/results/saudinewsnet.jsonl,
reused on later runs), runs marsad.spark on it, and reports articles/s over the job's wall time
and per CPU-second (the driver and every process Spark started, which holds on a busy
machine). The floor is the cheapest full pass over the same text on one core: read each JSON
line, then normalise and tokenise title and body with marsad.arabic; the ratio says how many
times the floor's cost the job takes. Skips when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[0].parent / "shared" / "corpus" / "saudinewsnet"
RESULTS = HERE / "results"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    RESULTS.mkdir(exist_ok=True)
    corpus = convert(RESULTS / "saudinewsnet.jsonl")
    if args.limit:
        sample = RESULTS / f"saudinewsnet-{args.limit}.jsonl"
        with open(corpus, encoding="utf-8") as lines, open(sample, "w", encoding="utf-8") as out:
            out.writelines(line for _, line in zip(range(args.limit), lines))
        corpus = sample

    result = {"input": str(corpus.relative_to(HERE.parent)), "master": args.master}
    result.update(spark_job(corpus, RESULTS / "spark-events", args.master))
    result.update(floor(corpus))
    result["ratio_to_floor_wall"] = round(result["floor_articles_per_s"]
                                          / result["articles_per_s"], 1)
    result["ratio_to_floor_cpu"] = round(result["floor_articles_per_cpu_s"]
                                         / result["articles_per_cpu_s"], 1)
    print(json.dumps(result, indent=2))
    return 0


def convert(path: Path) -> Path:
    """The corpus as JSON Lines article records at `path`, written on the first run only."""
    if path.exists():
        return path
    from marsad import read

    errors: list[str] = []
    partial = path.with_suffix(".partial")
    with open(partial, "w", encoding="utf-8") as out:
        for article in read(*sorted(CORPUS.glob("*.zip")), on_error=lambda e: errors.append(str(e))):
            out.write(json.dumps({
                "id": article.id, "url": article.url, "title": article.title,
                "text": article.text, "source": article.source, "author": article.author,
                "published": article.published.isoformat() if article.published else None,
            }, ensure_ascii=False) + "\n")
    partial.replace(path)
    print(f"converted to {path} ({len(errors)} records without text left out)", file=sys.stderr)
    return path


def spark_job(corpus: Path, output: Path, master: str) -> dict:
    """Run the job once; wall and CPU time of the job itself (the session is started first)."""
    from marsad.spark import run, session

    shutil.rmtree(output, ignore_errors=True)
    started = time.perf_counter()
    spark = session(master, app_name="marsad-benchmark", **{
        "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2",
        "spark.driver.memory": "1g"})
    startup = time.perf_counter() - started
    cpu_before = _cpu_seconds()
    clock = time.perf_counter()
    counts = run(str(corpus), str(output), spark=spark)
    wall = time.perf_counter() - clock
    cpu = _cpu_seconds() - cpu_before
    spark.stop()
    return {
        "articles": counts["articles"], "events": counts["events"],
        "input_errors": counts["errors"], "session_start_s": round(startup, 1),
        "job_wall_s": round(wall, 1), "job_cpu_s": round(cpu, 1),
        "articles_per_s": round(counts["articles"] / wall, 1),
        "articles_per_cpu_s": round(counts["articles"] / cpu, 1),
        "output_mib": round(sum(f.stat().st_size for f in output.rglob("*.parquet")) / 2**20, 1),
    }


def floor(corpus: Path) -> dict:
    """Read every JSON line and normalise + tokenise its title and text, on one core."""
    from marsad.arabic import normalize, tokenize

    wall, cpu = time.perf_counter(), time.process_time()
    articles = tokens = 0
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for text in (record.get("title") or "", record["text"]):
                tokens += len(tokenize(normalize(text)))
            articles += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"floor_articles": articles, "floor_tokens": tokens, "floor_wall_s": round(wall, 1),
            "floor_articles_per_s": round(articles / wall, 1),
            "floor_articles_per_cpu_s": round(articles / cpu, 1)}


def _cpu_seconds() -> float:
    """CPU time of this process and every live descendant (the JVM, Spark's Python workers)."""
    total = time.process_time()
    for pid in _descendants(os.getpid()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        # utime, stime, and cutime, cstime: children that ended and were waited for
        total += sum(int(value) for value in fields[11:15]) / CLOCK_TICKS
    return total


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


if __name__ == "__main__":
    sys.exit(main())
