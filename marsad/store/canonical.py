"""Linking each stored article to its canonical copy as it is saved (marsad.duplicates).

The articles table keeps each article's MinHash signature (`minhash`) and, for a
near-duplicate, the id of its canonical article (`canonical_id`; NULL for a canonical one).
The LSH index lives in memory and is rebuilt from the stored signatures the first time a
Store saves, so no text is re-read; re-ingesting an unchanged article leaves its link as it is.
"""

from __future__ import annotations

from sqlalchemy import case, or_, select, update
from sqlalchemy.engine import Connection, Row

from marsad.duplicates import DuplicateIndex, from_bytes, order_key
from marsad.model import Article
from marsad.store.schema import articles

_c = articles.c


class Linker:
    """Finds a saved article's near-duplicates among the stored ones and links the group."""

    def __init__(self) -> None:
        self.index: DuplicateIndex | None = None

    def link(self, conn: Connection, article: Article, old: Row | None, content_hash: str,
             signature_bytes: bytes) -> dict:
        """Inside the save transaction, before the article's row is written: re-point the group
        the article joins, and return the values of its own `minhash` and `canonical_id`.

        `old` is the article's stored (content_hash, minhash), None for a new article;
        `content_hash` and `signature_bytes` (marsad.duplicates.to_bytes) are the new ones."""
        if self.index is None:
            self.index = _load(conn)
        if (old is not None and old.content_hash == content_hash and old.minhash is not None
                and article.id in self.index):
            return {}  # unchanged text: its signature and its link stand
        minhash = from_bytes(signature_bytes)
        matches = self.index.similar(minhash, exclude=article.id)
        # Indexed now, so that a copy later in the same transaction finds it; if the
        # transaction fails, the Store calls forget() and the index is rebuilt from the database.
        self.index.add(article.id, minhash)
        if not matches:  # the common case: a story of its own
            return {"minhash": signature_bytes, "canonical_id": None}
        heads = {row.canonical_id or row.id for row in conn.execute(
            select(_c.id, _c.canonical_id).where(_c.id.in_(matches)))}
        rows = conn.execute(select(_c.id, _c.published).where(_c.id.in_(heads))).all()
        keys = [order_key(row.published, row.id) for row in rows]
        keys.append(order_key(article.published, article.id))
        best = min(keys)[2]
        # the whole group (old heads and everything linked to them) now points at best
        conn.execute(update(articles)
                     .where(or_(_c.id.in_(heads), _c.canonical_id.in_(heads)), _c.id != article.id)
                     .values(canonical_id=case((_c.id == best, None), else_=best)))
        return {"minhash": signature_bytes, "canonical_id": None if best == article.id else best}

    def forget(self) -> None:
        """Drop the in-memory index (it is rebuilt from the database when next needed)."""
        self.index = None


def _load(conn: Connection) -> DuplicateIndex:
    index = DuplicateIndex()
    for article_id, data in conn.execute(select(_c.id, _c.minhash)
                                         .where(_c.minhash.is_not(None))):
        index.add(article_id, from_bytes(data))
    return index
