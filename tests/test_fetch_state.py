"""The fetch_state table: validators per URL, saved and replaced, on SQLite and on the
database in $MARSAD_TEST_DB (PostgreSQL in CI) when it is set."""

import os

import pytest
from sqlalchemy import create_engine

from marsad.fetch_state import FetchState, Validators, metadata

BACKENDS = ["sqlite"] + (["env"] if os.environ.get("MARSAD_TEST_DB") else [])


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'state.db'}")
    else:
        engine = create_engine(os.environ["MARSAD_TEST_DB"])
        metadata.drop_all(engine)
    yield engine
    if request.param == "env":
        metadata.drop_all(engine)  # leave the shared test database as it was
    engine.dispose()


def test_unknown_url_has_no_validators(engine):
    assert FetchState(engine).get("https://news.example.org/feed") is None


def test_validators_are_remembered_and_replaced(engine):
    state = FetchState(engine)
    url = "https://news.example.org/ar/rss.xml"
    state.remember(url, Validators('"v1"', "Tue, 05 Mar 2024 10:00:00 GMT"))
    state.remember(url, Validators('"v2"', None))
    state.remember("https://other.example.org/atom", Validators(None, "Wed, 06 Mar 2024"))
    assert FetchState(engine).get(url) == Validators('"v2"', None)  # a new instance: on disk


def test_conditional_headers():
    assert Validators('"abc"', "Tue, 05 Mar 2024 10:00:00 GMT").headers() == {
        "If-None-Match": '"abc"', "If-Modified-Since": "Tue, 05 Mar 2024 10:00:00 GMT"}
    assert Validators().headers() == {}
