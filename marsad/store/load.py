"""Ingest: articles read from paths, extracted, and saved into a Store in small batches.

Extraction and the other pure work of a save (event rows, MinHash signature, full-text entry:
store.prepare) can run in worker processes, while this process reads the inputs and writes to
the database in input order, one transaction per batch, as a serial ingest would.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from marsad.errors import InputError
from marsad.model import Article, Event
from marsad.store.store import PreparedArticle, Store, prepare

ExtractFn = Callable[[Article], list[Event]]
# Articles per batch: a task for a worker, then one transaction. Fewer round trips and commits
# (SQLite's full-text index writes a segment per transaction); an interrupted ingest loses at
# most the batch being saved, which a new run saves.
BATCH = 8
IN_FLIGHT_PER_WORKER = 4  # batches queued per worker, so none waits for work


@dataclass
class IngestResult:
    """What an ingest did: articles and events saved, inputs that could not be read."""

    articles: int = 0
    events: int = 0
    errors: list[InputError] = field(default_factory=list)


def default_workers() -> int:
    """Worker processes for extraction: one per CPU this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ingest(paths: Iterable[str | os.PathLike], store: Store, extract: ExtractFn | None = None,
           on_error: Callable[[InputError], None] | None = None,
           progress: Callable[[Iterator[Article]], Iterable[Article]] | None = None,
           workers: int = 1) -> IngestResult:
    """Read every path, extract each article's events and save them (a transaction per batch).

    Bad inputs are collected in the result (and passed to `on_error`), and the rest goes in.
    `extract` defaults to the extraction pipeline; `progress` may wrap the article stream.
    With `workers` > 1, extraction runs in that many processes; articles are still saved in
    the order they are read, so the database ends the same as with one.
    """
    from marsad.ingest import read

    if extract is None:
        from marsad.extraction.pipeline import extract_article as extract
    result = IngestResult()

    def report(error: InputError) -> None:
        result.errors.append(error)
        if on_error is not None:
            on_error(error)

    articles = read(*paths, on_error=report)
    if progress:
        articles = progress(articles)
    for batch in _prepared_batches(articles, extract, workers):
        result.events += store.save_prepared(*batch)
        result.articles += len(batch)
    return result


def _prepared_batches(articles: Iterable[Article], extract: ExtractFn,
                      workers: int) -> Iterator[list[PreparedArticle]]:
    """The articles made ready to save, BATCH at a time, in input order."""
    if workers <= 1:
        for batch in _chunks(articles, BATCH):
            yield [prepare(article, extract(article)) for article in batch]
        return
    # Fork where it is safe: `extract` need not be picklable and workers start at once (each
    # loads the knowledge base with its first article). Elsewhere (macOS, Windows) spawn, which
    # needs `extract` to be a module-level function.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(extract,)) as pool:
        # A bounded window of batches in flight: reading stays just ahead of saving (memory
        # stays flat and a progress bar on the reading tells the truth), results come in order.
        in_flight: deque = deque()
        for batch in _chunks(articles, BATCH):
            in_flight.append(pool.apply_async(_prepare_batch, (batch,)))
            if len(in_flight) >= IN_FLIGHT_PER_WORKER * workers:
                yield in_flight.popleft().get()
        while in_flight:
            yield in_flight.popleft().get()


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


_worker_extract: ExtractFn | None = None


def _start_worker(extract: ExtractFn) -> None:
    global _worker_extract
    _worker_extract = extract
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _prepare_batch(batch: list[Article]) -> list[PreparedArticle]:
    return [prepare(article, _worker_extract(article)) for article in batch]
