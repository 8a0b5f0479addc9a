"""Fixtures shared by every test folder."""

import os

import pytest
from sqlalchemy import create_engine

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """An empty database's URL, once per backend: a new SQLite file, and the PostgreSQL
    database named by $MARSAD_TEST_DB (wiped first: give a throwaway one; .ci/run starts a
    server and sets it). Without $MARSAD_TEST_DB the PostgreSQL run is skipped."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
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
