"""Web latency: p50/p95 of a page and the main API calls with 30,000 articles in SQLite.

    .venv/bin/python benchmarks/web_latency.py [--db URL] [--requests N] [--clients C]
                                               [--mode both|served|cold] [--no-build]

Builds the database from the SaudiNewsNet corpus the first time (all of it, with its events;
a few minutes), or reuses it; then starts `marsad serve` on 127.0.0.1, warms it up, and sends
a bounded mix of requests from C concurrent client threads over loopback, in two passes:
"served", the app as it runs (count answers reused for a few seconds), and "cold", where every
count request (timeline, network, actors, places, summary) carries a parameter the API ignores
but its count cache keys on, so each one is computed afresh. Prints the database's article and
event counts, and per-call and overall p50/p95 in milliseconds for each pass. Skips when
../shared is absent. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
CACHE = Path(os.environ.get("MARSAD_CACHE_DIR") or Path.home() / ".cache" / "marsad")
DEFAULT_DB = f"sqlite:///{CACHE / 'web-bench.db'}"


def build(url: str) -> dict:
    """Ingest the corpus into the database at `url`, skipping the articles it already holds
    (so an interrupted build goes on where it stopped).

    Every readable record is stored: 30,676 of the corpus's 31,030 (the others have no text).
    Their URLs all differ, so they are 30,676 articles with ids of their own; reprints of an
    article in several outlets are linked by the store as near-duplicates.
    """
    from sqlalchemy import select

    from marsad import extract_article, read
    from marsad.store import Store
    from marsad.store.schema import articles

    with Store(url) as store:
        with store.engine.connect() as conn:
            stored = set(conn.execute(select(articles.c.id)).scalars())
        print(f"building {url} from {CORPUS} ({len(stored)} articles there already; the "
              "first time takes minutes)…", file=sys.stderr, flush=True)
        started = time.perf_counter()
        added = 0
        for article in read(*sorted(CORPUS.glob("*.zip")), on_error=lambda error: None):
            if article.id not in stored:
                store.save(article, extract_article(article))
                stored.add(article.id)
                added += 1
                if added % 1000 == 0:
                    print(f"  {added} added", file=sys.stderr, flush=True)
        print(f"added {added} articles in {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
        return store.summary()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "from marsad.cli import main; main()", "serve",
               "--db", url, "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "MARSAD_TOKEN": ""})


def wait_until_up(client, base: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode()}")
        try:
            if client.get(f"{base}/api/summary").status_code == 200:
                return
        except Exception:  # not listening yet
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def request_mix(client, base: str, rng: random.Random) -> dict:
    """name -> a function giving the path of a call, with ids and values from the database."""
    page = client.get(f"{base}/api/events", params={"limit": 1000, "sort": "-date"}).json()
    event_ids = [e["id"] for e in page["events"]]
    article_ids = sorted({e["article_id"] for e in page["events"]})
    actors = [a["id"] for a in client.get(f"{base}/api/actors").json()["actors"][:20]]
    countries = sorted({p["country"] for p in client.get(f"{base}/api/places").json()["places"]
                        if p["country"]})[:20]
    cursor = client.get(f"{base}/api/events", params={"limit": 100}).json()["next"]
    calls = {
        "page /": lambda: "/",
        "events (first page)": lambda: "/api/events?limit=100",
        "events (next page)": lambda: f"/api/events?limit=100&cursor={cursor}",
        "events by type+country": lambda: (f"/api/events?type={rng.choice(['ASSAULT', 'CONSULT', 'ACCUSE'])}"
                                           f"&country={rng.choice(countries)}"),
        "events by actor": lambda: f"/api/events?actor={rng.choice(actors)}",
        "events by date range": lambda: "/api/events?since=2015-08-01&until=2015-08-31",
        "events as CSV": lambda: "/api/events?limit=500&format=csv",
        "event": lambda: f"/api/events/{rng.choice(event_ids)}",
        "article (with mentions)": lambda: f"/api/articles/{rng.choice(article_ids)}",
        "article search": lambda: f"/api/articles?q={rng.choice(['السعودية', 'الرياض', 'وزير'])}",
        "timeline by month": lambda: "/api/stats/timeline?interval=month",
        "timeline by quad, week": lambda: "/api/stats/timeline?interval=week&by=quad",
        "network": lambda: "/api/network",
        "actors": lambda: "/api/actors",
        "places": lambda: "/api/places",
        "summary": lambda: "/api/summary",
    }
    return calls


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


COUNT_CALLS = ("timeline by month", "timeline by quad, week", "network", "actors", "places",
               "summary")


def measure(client, base: str, calls: dict, requests: int, clients: int, cold: bool,
            rng: random.Random) -> dict:
    """Send `requests` requests of the mix (each call as often) from `clients` threads; their
    p50/p95 per call and overall. `cold`: count requests get a unique `bench` parameter."""
    names = list(calls)
    plan = [(name, calls[name]()) for name in (names * (requests // len(names) + 1))[:requests]]
    rng.shuffle(plan)
    if cold:
        plan = [(name, f"{path}{'&' if '?' in path else '?'}bench={n}" if name in COUNT_CALLS
                 else path) for n, (name, path) in enumerate(plan)]

    def timed(item: tuple[str, str]) -> tuple[str, float, int]:
        name, path = item
        started = time.perf_counter()
        status = client.get(base + path).status_code
        return name, (time.perf_counter() - started) * 1000, status

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(timed, plan))
    elapsed = time.perf_counter() - started
    by_name: dict[str, list[float]] = {}
    for name, ms, _ in results:
        by_name.setdefault(name, []).append(ms)
    every = [ms for _, ms, _ in results]
    return {
        "requests": len(results), "clients": clients,
        "non_200": sum(1 for r in results if r[2] != 200),
        "requests_per_s": round(len(results) / elapsed, 1),
        # the machine's 1-minute load average at the end: other work on it slows every call
        "load_average": round(os.getloadavg()[0], 2),
        "all": {"p50_ms": round(statistics.median(every), 1),
                "p95_ms": round(percentile(every, 0.95), 1)},
        "calls": {name: {"p50_ms": round(statistics.median(by_name[name]), 1),
                         "p95_ms": round(percentile(by_name[name], 0.95), 1),
                         "n": len(by_name[name])} for name in names},
    }


def database_counts(url: str) -> dict:
    """Articles and events stored: all of them, and those of canonical articles (near-duplicate
    copies left out, as /api/summary counts them)."""
    from sqlalchemy import func, select

    from marsad.store import Store
    from marsad.store.schema import articles, events

    with Store(url, create=False) as store, store.engine.connect() as conn:
        summary = store.summary()
        stored = conn.execute(select(func.count()).select_from(events)).scalar_one()
        duplicates = conn.execute(select(func.count()).select_from(articles)
                                  .where(articles.c.canonical_id.is_not(None))).scalar_one()
    return {"articles": summary["articles"], "near_duplicate_articles": duplicates,
            "events": stored, "events_of_canonical_articles": summary["events"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_DB, help=f"database URL (default {DEFAULT_DB})")
    parser.add_argument("--requests", type=int, default=1500, help="requests measured per pass")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--mode", choices=("both", "served", "cold"), default="both",
                        help="the passes to run (default both)")
    parser.add_argument("--no-build", action="store_true",
                        help="measure the database as it is, however many articles it holds")
    args = parser.parse_args()
    if not args.no_build and not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    import httpx

    CACHE.mkdir(parents=True, exist_ok=True)
    if not args.no_build:
        build(args.db)
    report = {"database": database_counts(args.db)}
    modes = ("served", "cold") if args.mode == "both" else (args.mode,)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port)
    try:
        with httpx.Client(timeout=60) as client:
            wait_until_up(client, base, server)
            rng = random.Random(7)
            calls = request_mix(client, base, rng)
            for name in calls:  # warm-up: the knowledge base, caches, SQLite pages
                for _ in range(3):
                    client.get(base + calls[name]())
            for mode in modes:
                report[mode] = measure(client, base, calls, args.requests, args.clients,
                                       mode == "cold", rng)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if any(report[mode]["non_200"] for mode in modes) else 0


if __name__ == "__main__":
    sys.exit(main())
