"""What the full-text index holds and what a query looks for: normalised Arabic words.

Articles and queries go through the same marsad.arabic.norm, so spellings that differ only in
hamza, alef, ya, ta marbuta, diacritics or digits meet (أمريكا = امريكا). Each indexed word is
also indexed without its proclitics (و ف ب ل ك س ال), so a query for امريكا finds وأمريكا and
a query for الولايات finds بالولايات. Both backends index exactly these terms: SQLite in an
FTS5 table, PostgreSQL in a tsvector ('simple' configuration: no stemming, no stop words).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.engine import Connection

from marsad.arabic import fold, norm
from marsad.arabic.tokens import WORD, proclitic_splits
from marsad.duplicates import article_text


def article_body(title: str | None, text: str) -> str:
    """The normalised title and text of an article, as searched (and compared for duplicates)."""
    return fold(article_text(title, text))


def index_terms(body: str) -> str:
    """The words of a normalised body, each followed by its readings without proclitics."""
    return " ".join(_readings(word) for word in WORD.findall(body))


@lru_cache(maxsize=200_000)  # news repeats its words: each is split once
def _readings(word: str) -> str:
    """The word, then its readings without proclitics (proclitic_splits gives the word first)."""
    return " ".join([word, *(rest for prefix, rest in proclitic_splits(word) if prefix)])


def query_terms(query: str) -> list[str]:
    """The distinct normalised words of a query, in order (all must match)."""
    return list(dict.fromkeys(WORD.findall(norm(query))))


# -- the index on each backend ------------------------------------------------------------
# SQLite: an FTS5 table over the terms, whose rowids come from article_fts_docs (an explicit
# INTEGER PRIMARY KEY, so VACUUM keeps them). PostgreSQL: a table with the terms as a tsvector
# ('simple') under a GIN index, and the normalised body under a pg_trgm GIN index (LIKE and
# similarity queries on normalised text). The revision that creates them is in migrations/.

TABLE = "article_fts"

SQLITE_DDL = [
    "CREATE TABLE article_fts_docs (rowid INTEGER PRIMARY KEY, "
    "article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE)",
    # the terms are already normalised words separated by spaces: unicode61 only splits them
    "CREATE VIRTUAL TABLE article_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')",
]
POSTGRESQL_DDL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE article_fts (article_id TEXT PRIMARY KEY REFERENCES articles (id) "
    "ON DELETE CASCADE, body TEXT NOT NULL, terms TSVECTOR NOT NULL)",
    "CREATE INDEX ix_article_fts_terms ON article_fts USING gin (terms)",
    "CREATE INDEX ix_article_fts_body ON article_fts USING gin (body gin_trgm_ops)",
]


def create_index(conn: Connection) -> None:
    """Create the full-text index of this backend, and fill it from the stored articles."""
    ddl = SQLITE_DDL if conn.dialect.name == "sqlite" else POSTGRESQL_DDL
    for statement in ddl:
        conn.exec_driver_sql(statement)
    rows = conn.execute(text("SELECT id, title, text FROM articles ORDER BY id"))
    for row in rows.all():
        index_article(conn, row.id, row.title, row.text, replace=False)


def drop_index(conn: Connection) -> None:
    """Drop the full-text index (the revision's downgrade)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TABLE article_fts")
        conn.exec_driver_sql("DROP TABLE article_fts_docs")
    else:
        conn.exec_driver_sql("DROP TABLE article_fts")


class Entry(NamedTuple):
    """What the index holds for one article: its normalised body and its terms."""

    body: str
    terms: str


def entry(title: str | None, body_text: str) -> Entry:
    """The index entry of an article (no database needed: it may be made in another process)."""
    return entry_of(article_body(title, body_text))


def entry_of(body: str) -> Entry:
    """The index entry of an article's normalised body (article_body)."""
    return Entry(body, index_terms(body))


def index_article(conn: Connection, article_id: str, title: str | None, body_text: str,
                  replace: bool = True) -> None:
    """Put an article into the index, in the caller's transaction (replacing an old entry)."""
    write_entry(conn, article_id, entry(title, body_text), replace)


def write_entry(conn: Connection, article_id: str, article_entry: Entry,
                replace: bool = True) -> None:
    """Write an article's index entry, in the caller's transaction, replacing an old one
    (replace=False: the article is not in the index yet, which saves two statements)."""
    body, terms = article_entry
    if conn.dialect.name == "sqlite":
        if replace:
            conn.execute(text("INSERT OR IGNORE INTO article_fts_docs (article_id) VALUES (:id)"),
                         {"id": article_id})
            rowid = conn.execute(text("SELECT rowid FROM article_fts_docs WHERE article_id = :id"),
                                 {"id": article_id}).scalar_one()
            conn.execute(text("DELETE FROM article_fts WHERE rowid = :r"), {"r": rowid})
        else:  # a new article (articles are never deleted, so neither are its rowids reused)
            rowid = conn.execute(text("INSERT INTO article_fts_docs (article_id) VALUES (:id)"),
                                 {"id": article_id}).lastrowid
        conn.execute(text("INSERT INTO article_fts (rowid, terms) VALUES (:r, :terms)"),
                     {"r": rowid, "terms": terms})
        return
    conn.execute(text(
        "INSERT INTO article_fts (article_id, body, terms) "
        "VALUES (:id, :body, to_tsvector('simple', :terms)) "
        "ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, terms = excluded.terms"),
        {"id": article_id, "body": body, "terms": terms})


def search(conn: Connection, query: str, limit: int = 20, offset: int = 0) -> list[str]:
    """Ids of the articles holding every word of `query`, best match first."""
    words = query_terms(query)
    if not words:
        return []
    params = {"limit": limit, "offset": offset}
    if conn.dialect.name == "sqlite":
        # each word quoted: a string, never FTS5 syntax; words side by side are ANDed
        params["q"] = " ".join(f'"{word}"' for word in words)
        sql = ("SELECT d.article_id FROM article_fts JOIN article_fts_docs d "
               "ON d.rowid = article_fts.rowid WHERE article_fts MATCH :q "
               "ORDER BY bm25(article_fts), d.article_id LIMIT :limit OFFSET :offset")
    else:
        # words are [0-9a-z Arabic letters] only (WORD), so quoting them as lexemes is safe
        params["q"] = " & ".join(f"'{word}'" for word in words)
        sql = ("SELECT article_id FROM article_fts, CAST(:q AS tsquery) AS q "
               "WHERE terms @@ q ORDER BY ts_rank(terms, q) DESC, article_id "
               "LIMIT :limit OFFSET :offset")
    return [row[0] for row in conn.execute(text(sql), params)]
