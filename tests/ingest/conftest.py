import pytest


class Collected(list):
    """An on_error callback that keeps the errors, with their messages at hand."""

    def __call__(self, error):
        self.append(error)

    @property
    def messages(self):
        return [str(error) for error in self]


@pytest.fixture
def errors():
    return Collected()
