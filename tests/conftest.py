"""Fixtures shared by every test folder."""

import pytest

from backends import BACKENDS, fresh_database


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """An empty database's URL, once per backend (see fresh_database)."""
    return fresh_database(request.param, tmp_path)
