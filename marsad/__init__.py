"""Marsad: Arabic news articles in, PLOVER political event records out.

    import marsad
    for event in marsad.extract("اتهمت وزارة الخارجية الروسية واشنطن ...", published="2017-09-24"):
        print(event.to_record())
    articles = list(marsad.read("examples/"))
    frame = marsad.events_frame("sqlite:///marsad.db", type="ASSAULT")
"""

from __future__ import annotations

from datetime import date, datetime

from marsad.model import Article, Event

__version__ = "0.1.0"
__all__ = ["Article", "Event", "extract", "extract_article", "read", "events_frame", "__version__"]


def extract(text: str, title: str = "", published: date | datetime | str | None = None,
            article_id: str | None = None) -> list[Event]:
    """The events of one article given as text (the body), with optional title and publication date."""
    from marsad.extraction.dates import parse_datetime
    from marsad.extraction.pipeline import extract_article as _extract_article
    from marsad.errors import MarsadError

    if isinstance(published, str):
        parsed = parse_datetime(published)
        if parsed is None:
            raise MarsadError(f"published: not a date: {published!r}")
        published = parsed
    if isinstance(published, datetime):
        published = published.date()
    article = Article(id=article_id or Article.content_id(title, text), text=text, title=title,
                      published=published)
    return _extract_article(article)


def extract_article(article: Article) -> list[Event]:
    """The events of one Article."""
    from marsad.extraction.pipeline import extract_article as _extract_article
    return _extract_article(article)


def read(*paths, on_error=None):
    """Articles from files, folders, globs and .zip archives (see marsad.ingest.read)."""
    from marsad.ingest import read as _read
    return _read(*paths, on_error=on_error)


def events_frame(db_url: str | None = None, **filters):
    """Events of a database as a pandas DataFrame (needs the `pandas` extra)."""
    from marsad.frame import events_frame as _events_frame
    return _events_frame(db_url, **filters)
