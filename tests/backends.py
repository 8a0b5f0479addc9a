"""Databases for tests: a fresh SQLite file, and PostgreSQL when $MARSAD_TEST_DB names one.
(A module of its own, not conftest.py, so that test modules can import it by a unique name.)"""

import os

import pytest
from sqlalchemy import create_engine

BACKENDS = ["sqlite", "postgresql"]


def fresh_database(backend: str, folder) -> str:
    """An empty database's URL: a new SQLite file in `folder`, or the PostgreSQL database named
    by $MARSAD_TEST_DB (wiped first: give a throwaway one; .ci/run starts a server and sets it).
    Without $MARSAD_TEST_DB the PostgreSQL run is skipped."""
    if backend == "sqlite":
        return f"sqlite:///{folder / 'test.db'}"
    url = os.environ.get("MARSAD_TEST_DB")
    if not url:
        pytest.skip("PostgreSQL: set MARSAD_TEST_DB=postgresql+psycopg://… to a throwaway "
                    "database (.ci/run does)")
    from marsad.store.store import driver_url

    engine = create_engine(driver_url(url))
    try:
        with engine.begin() as conn:  # everything Marsad made, extensions included
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()
    return url
