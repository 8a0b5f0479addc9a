"""Extraction throughput on the SaudiNewsNet corpus (31,030 articles), on one core.

    .venv/bin/python benchmarks/extract_corpus.py [--limit N]

Reports articles per second per core (wall clock, extraction only, after the knowledge base is
loaded), articles per CPU-second of the process (reading included; the figure that holds on a
busy machine), events found, and peak resident memory. Skips when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "saudinewsnet"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="stop after N articles")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0

    from marsad import extract_article, read
    from marsad.extraction.reports import describe_default

    started = time.perf_counter()
    extract_article(next(read(sorted(CORPUS.glob("*.zip"))[0])))  # load the knowledge base once
    warmup = time.perf_counter() - started

    errors: list[str] = []
    articles = events = characters = 0
    reading = extracting = 0.0
    cpu_started = time.process_time()
    clock = time.perf_counter()
    for article in read(*sorted(CORPUS.glob("*.zip")), on_error=lambda e: errors.append(str(e))):
        now = time.perf_counter()
        reading += now - clock
        events += len(extract_article(article))
        clock = time.perf_counter()
        extracting += clock - now
        articles += 1
        characters += len(article.text) + len(article.title)
        if args.limit and articles >= args.limit:
            break
    cpu = time.process_time() - cpu_started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": articles, "input_errors": len(errors), "events": events,
        "characters": characters, "warmup_s": round(warmup, 2),
        "read_s": round(reading, 2), "extract_s": round(extracting, 2),
        "articles_per_s_per_core": round(articles / extracting, 1) if extracting else None,
        "with_reading_articles_per_s": round(articles / (reading + extracting), 1),
        # CPU seconds of this process (reading and extracting): robust to a busy machine
        "cpu_s": round(cpu, 2),
        "articles_per_cpu_s": round(articles / cpu, 1) if cpu else None,
        "peak_rss_mib": round(peak_mib, 1),
        "sentence_model": describe_default(),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
