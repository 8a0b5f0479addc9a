import pytest

from marsad.store import Store


@pytest.fixture
def store(db_url):
    """A fresh store on each backend (see db_url in tests/conftest.py)."""
    with Store(db_url) as s:
        yield s
