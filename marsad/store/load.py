"""Ingest: articles read from paths, extracted, and saved into a Store one by one."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from marsad.errors import InputError
from marsad.model import Article, Event
from marsad.store.store import Store

ExtractFn = Callable[[Article], list[Event]]


@dataclass
class IngestResult:
    """What an ingest did: articles and events saved, inputs that could not be read."""

    articles: int = 0
    events: int = 0
    errors: list[InputError] = field(default_factory=list)


def ingest(paths: Iterable[str | os.PathLike], store: Store, extract: ExtractFn | None = None,
           on_error: Callable[[InputError], None] | None = None,
           progress: Callable[[Iterator[Article]], Iterable[Article]] | None = None,
           ) -> IngestResult:
    """Read every path, extract each article's events and save them (one transaction each).

    Bad inputs are collected in the result (and passed to `on_error`), and the rest goes in.
    `extract` defaults to the extraction pipeline; `progress` may wrap the article stream.
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
    for article in (progress(articles) if progress else articles):
        result.events += store.save(article, extract(article))
        result.articles += 1
    return result
