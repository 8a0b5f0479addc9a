"""What `marsad fetch` and `marsad watch` remember about each address between runs.

One small table, `fetch_state`, in the same database as the articles (so the memory moves
with the database and a restart sees exactly what was stored): the ETag and Last-Modified
validators of the last complete fetch of each URL, for conditional GET. It has its own
SQLAlchemy metadata, apart from marsad.store.schema, and is created when first used.

A URL's validators are saved only after every article of that response has been stored:
a run killed in between fetches the page in full again next time instead of being told
"304 Not Modified" about articles it never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, MetaData, Table, Text, insert, select, update
from sqlalchemy.engine import Engine

metadata = MetaData()

fetch_state = Table(
    "fetch_state", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", Integer),
    Column("fetched_at", DateTime, nullable=False),  # naive UTC, as in the articles table
)


@dataclass(frozen=True)
class Validators:
    """The response headers that make the next request conditional."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """If-None-Match / If-Modified-Since headers for a conditional GET."""
        found = {}
        if self.etag:
            found["If-None-Match"] = self.etag
        if self.last_modified:
            found["If-Modified-Since"] = self.last_modified
        return found


class FetchState:
    """Validators per URL in the `fetch_state` table of a database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        metadata.create_all(engine)

    def get(self, url: str) -> Validators | None:
        """The validators saved for `url`, or None when it was never fetched in full."""
        with self.engine.connect() as conn:
            row = conn.execute(select(fetch_state.c.etag, fetch_state.c.last_modified)
                               .where(fetch_state.c.url == url)).first()
        return None if row is None else Validators(row.etag, row.last_modified)

    def remember(self, url: str, validators: Validators, status: int = 200) -> None:
        """Save the validators of a response whose articles are all stored."""
        values = {"etag": validators.etag, "last_modified": validators.last_modified,
                  "status": status,
                  "fetched_at": datetime.now(timezone.utc).replace(tzinfo=None)}
        with self.engine.begin() as conn:
            done = conn.execute(update(fetch_state).where(fetch_state.c.url == url), values)
            if done.rowcount == 0:
                conn.execute(insert(fetch_state), {"url": url, **values})
