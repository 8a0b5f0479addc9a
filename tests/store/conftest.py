import pytest

from marsad.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'test.db'}") as s:
        yield s
