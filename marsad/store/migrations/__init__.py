"""Alembic migrations of Marsad's schema, shipped inside the package.

`Store(url)` brings every database it opens to the newest revision (`upgrade`); `marsad db
upgrade` does the same on its own. A new table or column in marsad/store/schema.py needs a new
revision in versions/: `marsad db revision "what changed"` writes one from the difference between
the migrated schema and schema.py (check it, and keep dialect-specific parts by hand).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).resolve().parent

# The revision whose tables are those of databases made before migrations existed (by
# metadata.create_all): such a database is stamped with it, then upgraded.
BASELINE = "0001"


def config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration for these migrations, on a connection or a URL."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("path_separator", "os")
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision."""
    return ScriptDirectory.from_config(config()).get_current_head()


def current(connection: Connection) -> str | None:
    """The revision the database is at (None: not under migrations)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the migrations up to `revision` inside the connection's transaction."""
    command.upgrade(config(connection), revision)


def stamp(connection: Connection, revision: str) -> None:
    """Record `revision` as applied without running anything."""
    command.stamp(config(connection), revision)


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Whether autogenerate and compare_metadata look at this object: not at the full-text
    index, which each backend builds its own way outside the SQLAlchemy metadata, nor at
    what other modules create for themselves when first used."""
    if type_ == "table" and name is not None:
        if name in OWN_METADATA:
            return False
        return not (name == SEARCH_INDEX or name.startswith(SEARCH_INDEX + "_"))
    if type_ == "index" and name is not None:
        return not name.startswith(OWN_INDEX_PREFIX)
    return True


SEARCH_INDEX = "article_fts"  # the full-text index (marsad.store.search)
# Tables with their own metadata that create themselves when first used (marsad.fetch_state).
OWN_METADATA = {"fetch_state"}
# Indexes the web app creates where missing (marsad.web.queries.prepare).
OWN_INDEX_PREFIX = "ix_web_"


def upgrade_database(engine: Engine) -> None:
    """Bring the database to the newest revision. One made before migrations existed is
    stamped BASELINE first. Processes opening one database at once migrate it only once:
    the migration runs under a lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock)."""
    target = head()
    with engine.connect() as conn:
        if current(conn) == target:  # the usual case: nothing to do, no lock taken
            return
    with engine.connect() as conn:
        conn.execution_options(write_lock=True)  # read by the Store's SQLite BEGIN
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7460277)")  # any fixed key
            if current(conn) is None and inspect(conn).has_table("articles"):
                stamp(conn, BASELINE)
            upgrade(conn)
