"""The Store: one class that owns the database engine and its transactions."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone

from alembic.util import CommandError
from sqlalchemy import (
    and_, create_engine, delete, event, func, insert, inspect, or_, select, true, update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from marsad.duplicates import signature_of, to_bytes, words_of_normalised
from marsad.errors import MarsadError
from marsad.export.flat import flatten
from marsad.model import Article, Event
from marsad.store import migrations, search
from marsad.store.canonical import Linker
from marsad.store.schema import articles, events, metadata

DEFAULT_URL = "sqlite:///marsad.db"


class StoreError(MarsadError):
    """The database cannot be opened or used; the message names the URL (password hidden)."""


class QueryError(MarsadError):
    """A filter value that cannot be used (a date that is not YYYY-MM-DD, say)."""


def default_url() -> str:
    """The database URL from $MARSAD_DB, else a marsad.db file in the working directory."""
    return os.environ.get("MARSAD_DB") or DEFAULT_URL


class Store:
    """Articles and their events in a SQL database given by URL (SQLite or PostgreSQL)."""

    def __init__(self, url: str | None = None, create: bool = True) -> None:
        """Open the database at `url` ($MARSAD_DB, else sqlite:///marsad.db).

        With create=False the database must already hold Marsad's tables (for commands
        that only read: a mistyped file name is an error, not a new empty database).
        """
        self.url = url or default_url()
        self.shown_url = _hide_password(self.url)
        self.duplicates = Linker()  # links near-duplicate articles as they are saved
        try:
            self.engine: Engine = create_engine(make_url(driver_url(self.url)))
        except (ArgumentError, ValueError) as err:
            raise StoreError(f"not a usable database URL: {self.shown_url!r} "
                             f"({_one_line(err)})") from None
        except ImportError as err:
            raise StoreError(f"{self.shown_url}: the database driver is not installed "
                             f"({_one_line(err)})") from None
        missing = StoreError(f"{self.shown_url}: no Marsad database there "
                             "(`marsad ingest` makes one)")
        if self.engine.dialect.name == "sqlite":
            if not create and not _sqlite_file_exists(self.engine):
                raise missing
            _configure_sqlite(self.engine)
        try:
            if not create and not all(inspect(self.engine).has_table(t)
                                      for t in ("articles", "events")):
                raise missing
            migrations.upgrade_database(self.engine)  # creates the tables, or brings them up
        except SQLAlchemyError as err:
            raise StoreError(f"{self.shown_url}: cannot open database "
                             f"({_reason(err)})") from None
        except CommandError as err:  # a revision this version does not know, say
            raise StoreError(f"{self.shown_url}: cannot migrate the database "
                             f"({_one_line(err)})") from None

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------

    def save(self, article: Article, article_events: Iterable[Event]) -> int:
        """Store one article and its events in one transaction, replacing what was there.

        Re-saving an article replaces its old events, so re-ingesting never duplicates; a
        crash at any point leaves either the old or the new version. Returns the events saved.
        """
        return self.save_prepared(prepare(article, article_events))

    def save_prepared(self, *batch: PreparedArticle) -> int:
        """Store articles made ready by `prepare` (possibly in another process) as `save` does,
        all in one transaction (one per article costs more than the writes of a short one);
        returns the events saved."""
        saved, article_id = 0, None
        try:
            with self.engine.begin() as conn:
                for prepared in batch:
                    article_id = prepared.article.id
                    saved += self._write(conn, prepared)
        except OperationalError as err:  # locked, disk full, connection lost: not a bug
            self.duplicates.forget()
            raise StoreError(f"{self.shown_url}: cannot save article {article_id} "
                             f"({_reason(err)})") from None
        except BaseException:
            self.duplicates.forget()  # it may hold signatures of articles not saved
            raise
        return saved

    def _write(self, conn, prepared: PreparedArticle) -> int:
        article = prepared.article
        article_row = dict(prepared.article_row)
        old = conn.execute(select(articles.c.content_hash, articles.c.minhash)
                           .where(articles.c.id == article.id)).first()
        article_row.update(self.duplicates.link(
            conn, article, old, article_row["content_hash"], prepared.minhash))
        if old is None:  # a new article: nothing of it to replace
            conn.execute(insert(articles), {"id": article.id, **article_row})
        else:
            conn.execute(update(articles).where(articles.c.id == article.id), article_row)
            conn.execute(delete(events).where(events.c.article_id == article.id))
        if prepared.event_rows:
            conn.execute(insert(events), prepared.event_rows)
        search.write_entry(conn, article.id, prepared.search_entry, replace=old is not None)
        return len(prepared.event_rows)

    # -- reading --------------------------------------------------------------------------

    def events(self, type: str | None = None, actor: str | None = None,
               country: str | None = None, since: date | str | None = None,
               until: date | str | None = None, place: str | None = None,
               modality: str | None = None, limit: int | None = None,
               canonical_only: bool = False) -> Iterator[dict]:
        """Event records matching every filter given, ordered by date then article.

        `actor` matches the source or target by code or group (exactly) or by English name
        or Arabic text (substring); `place` matches the place name or text (substring);
        `since`/`until` keep events whose date range overlaps [since, until]; `canonical_only`
        leaves out the events of near-duplicate articles (their canonical copy has them).
        """
        conditions = []
        if type:
            conditions.append(events.c.type == type.upper())
        if modality:
            conditions.append(events.c.modality == modality.lower())
        if country:
            conditions.append(events.c.country == country.upper())
        if actor:
            conditions.append(or_(*(_actor_matches(role, actor) for role in ("source", "target"))))
        if place:
            conditions.append(or_(events.c.place_name.icontains(place, autoescape=True),
                                  events.c.place_text.icontains(place, autoescape=True)))
        if since is not None:
            conditions.append(events.c.date_end >= _as_date(since, "since"))
        if until is not None:
            conditions.append(events.c.date_start <= _as_date(until, "until"))
        if canonical_only:
            conditions.append(events.c.article_id.in_(_canonical_ids()))
        query = (select(events.c.record).where(and_(true(), *conditions))
                 .order_by(events.c.date_start, events.c.article_id, events.c.evidence_start,
                           events.c.id))
        if limit is not None:
            query = query.limit(limit)
        return self._records(query)  # filters are checked now, rows are read when iterated

    def _records(self, query) -> Iterator[dict]:
        try:
            with self.engine.connect() as conn:
                for (text,) in conn.execution_options(yield_per=1000).execute(query):
                    yield json.loads(text)
        except OperationalError as err:
            raise StoreError(f"{self.shown_url}: cannot read events ({_reason(err)})") from None

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        return Article(id=row.id, text=row.text, title=row.title, published=row.published,
                       fetched=row.fetched, source=row.source, url=row.url, author=row.author,
                       origin=row.origin)

    def search_articles(self, q: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Articles holding every word of `q`, best match first: id, title, published (ISO
        date or None), source and url of each. Both sides are normalised Arabic (أمريكا finds
        امريكا), and a word also matches with proclitics attached (امريكا finds وأمريكا);
        see marsad.store.search. Uses FTS5 on SQLite, a tsvector index on PostgreSQL."""
        if limit < 0 or offset < 0:
            raise QueryError("limit and offset cannot be negative")
        try:
            with self.engine.connect() as conn:
                ids = search.search(conn, q, limit, offset)
                rows = {row.id: row for row in conn.execute(
                    select(articles.c.id, articles.c.title, articles.c.published,
                           articles.c.source, articles.c.url).where(articles.c.id.in_(ids)))}
        except OperationalError as err:
            raise StoreError(f"{self.shown_url}: cannot search ({_reason(err)})") from None
        return [{"id": i, "title": rows[i].title,
                 "published": rows[i].published.isoformat() if rows[i].published else None,
                 "source": rows[i].source, "url": rows[i].url} for i in ids if i in rows]

    def summary(self) -> dict:
        """Counts: articles (and how many are near-duplicates of another), events, events by
        type and by modality. Events count once: those of near-duplicate articles are left out."""
        canonical = events.c.article_id.in_(_canonical_ids())
        with self.engine.connect() as conn:
            n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
            n_duplicates = conn.execute(select(func.count()).select_from(articles)
                                        .where(articles.c.canonical_id.is_not(None))).scalar_one()
            n_events = conn.execute(select(func.count()).select_from(events)
                                    .where(canonical)).scalar_one()
            by = {}
            for column in ("type", "modality"):
                col = events.c[column]
                rows = conn.execute(select(col, func.count()).where(canonical).group_by(col)
                                    .order_by(func.count().desc(), col))
                by[column] = {value: count for value, count in rows}
        return {"articles": n_articles, "duplicates": n_duplicates, "events": n_events,
                "by_type": by["type"], "by_modality": by["modality"]}


@dataclass(frozen=True)
class PreparedArticle:
    """Everything saving an article writes that does not depend on the database: its row,
    its event rows, its MinHash signature and its full-text entry. Computing these is most of
    the cost of a save, and `prepare` can run in worker processes (marsad.store.load)."""

    article: Article
    article_row: dict
    event_rows: list[dict]
    minhash: bytes
    search_entry: search.Entry


def prepare(article: Article, article_events: Iterable[Event]) -> PreparedArticle:
    """The article's rows and derived data, ready for Store.save_prepared."""
    rows = {}
    for ev in article_events:
        record = ev.to_record()
        rows.setdefault(record["id"], _event_row(record, article.id))  # same id = same event
    body = search.article_body(article.title, article.text)  # normalised once, for both uses
    return PreparedArticle(
        article=article, article_row=_article_row(article), event_rows=list(rows.values()),
        minhash=to_bytes(signature_of(words_of_normalised(body))),
        search_entry=search.entry_of(body))


def _canonical_ids():
    """The ids of the articles that are no near-duplicate of another (marsad.duplicates)."""
    return select(articles.c.id).where(articles.c.canonical_id.is_(None))


def _actor_matches(role: str, value: str):
    c = events.c
    return or_(c[f"{role}_code"] == value.upper(), c[f"{role}_group"] == value.upper(),
               c[f"{role}_name"].icontains(value, autoescape=True),
               c[f"{role}_text"].icontains(value, autoescape=True))


def _as_date(value: date | str, name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise QueryError(f"--{name}: not a date in the form YYYY-MM-DD: {value!r}") from None


def _article_row(article: Article) -> dict:
    digest = hashlib.sha1(f"{article.title}\n{article.text}".encode("utf-8")).hexdigest()
    return {"title": article.title or "", "text": article.text, "published": article.published,
            "fetched": _naive_utc(article.fetched), "source": article.source,
            "url": article.url, "author": article.author, "origin": article.origin,
            "content_hash": digest, "ingested_at": _naive_utc(datetime.now(timezone.utc))}


def _naive_utc(moment: datetime | None) -> datetime | None:
    """An aware time converted to UTC without its zone; a naive one as it is."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _event_row(record: dict, article_id: str) -> dict:
    flat = flatten(record)
    row = {key: flat[key] for key in (
        "id", "type", "mode", "modality",
        *(f"{role}_{field}" for role in ("source", "target")
          for field in ("code", "group", "sector", "name", "text")),
        "claimant_code", "claimant_group", "date_precision", "place_text", "country",
        "lat", "lon", "confidence", "evidence_start", "evidence_end")}
    row.update(article_id=article_id, place_name=flat["place"],
               date_start=_iso(flat["date_start"]), date_end=_iso(flat["date_end"]),
               record=json.dumps(record, ensure_ascii=False))
    return row


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def driver_url(url: str) -> str:
    """The URL SQLAlchemy is given: postgresql:// (and postgres://) use the psycopg driver."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def _reason(err: SQLAlchemyError) -> str:
    return _one_line(getattr(err, "orig", None) or err)


def _one_line(err: object) -> str:
    return " ".join(str(err).split())


def _hide_password(url: str) -> str:
    """The URL as it may be shown in messages: any password replaced by ***."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


# -- SQLite only ----------------------------------------------------------------------------
# Everything SQLite-specific lives here; other backends get plain SQLAlchemy behaviour.

def _sqlite_file_exists(engine: Engine) -> bool:
    """Whether the SQLite database file is there (an in-memory database always is)."""
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return True
    return os.path.exists(database)


def _configure_sqlite(engine: Engine) -> None:
    """WAL journal, foreign keys on, and real BEGIN/COMMIT transactions.

    Python's sqlite3 module opens transactions lazily and only before some statements;
    taking transaction control ourselves (the recipe in SQLAlchemy's SQLite docs) makes each
    `engine.begin()` block one atomic SQLite transaction.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL survives a killed process (only power loss can drop the last
        # commits), and saves one fsync per article.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # write_lock (set for migrations): take the write lock now, not at the first write
        immediate = conn.get_execution_options().get("write_lock")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
