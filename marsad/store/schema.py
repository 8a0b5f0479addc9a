"""The database schema: one row per article, one row per event with the full record beside
the columns that queries filter on. Plain SQLAlchemy Core, so it runs on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    Column, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String,
    Table, Text,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", Text, primary_key=True),  # ids may be long (URLs, archive members)
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("published", Date),
    # Times are stored naive, in UTC where the input gave a zone, alike on every backend.
    Column("fetched", DateTime),
    Column("source", Text),
    Column("url", Text),
    Column("author", Text),
    Column("origin", Text),
    Column("content_hash", String(40), nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    # Near-duplicates (marsad.duplicates, marsad.store.canonical): the article's MinHash
    # signature, and the id of the canonical article it copies (NULL: it is canonical).
    Column("minhash", LargeBinary),
    Column("canonical_id", Text),
    Index("ix_articles_canonical_id", "canonical_id"),
)


def _actor_columns(role: str, full: bool = True) -> list[Column]:
    columns = [Column(f"{role}_code", String(16)), Column(f"{role}_group", String(100))]
    if full:
        columns += [Column(f"{role}_sector", Text), Column(f"{role}_name", Text),
                    Column(f"{role}_text", Text)]
    return columns


events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("modality", String(16), nullable=False),
    *_actor_columns("source"),
    *_actor_columns("target"),
    *_actor_columns("claimant", full=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(8)),
    Column("place_name", Text),
    Column("place_text", Text),  # the Arabic words, so --place can match either language
    Column("country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("record", Text, nullable=False),  # the full event record as JSON
    Index("ix_events_type", "type"),
    Index("ix_events_date_start", "date_start"),
    Index("ix_events_source_code", "source_code"),
    Index("ix_events_target_code", "target_code"),
    Index("ix_events_country", "country"),
    Index("ix_events_article_id", "article_id"),
)
