import os

import pytest

from marsad.store import Store
from marsad.store.schema import metadata


@pytest.fixture
def store(tmp_path):
    """A fresh store: a temporary SQLite file, or the (emptied) database in $MARSAD_TEST_DB,
    e.g. postgresql+psycopg://user@/marsad_test?host=/run/postgresql, to run on PostgreSQL."""
    url = os.environ.get("MARSAD_TEST_DB")
    if not url:
        with Store(f"sqlite:///{tmp_path / 'test.db'}") as s:
            yield s
        return
    with Store(url) as s:
        metadata.drop_all(s.engine)
        metadata.create_all(s.engine)
        yield s
