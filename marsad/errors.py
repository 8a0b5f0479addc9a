"""Typed errors that tell the user what went wrong and where, so they can act on it.

Every error carries the exit status the command line should end with when it is the
reason for failing: input problems give 1 (the run continues with the other inputs and
reports them at the end), anything else 2.
"""

from __future__ import annotations

import os


class MarsadError(Exception):
    """Base of all errors Marsad raises on purpose."""

    exit_code = 2


class InputError(MarsadError):
    """An input that cannot be read as articles; str() is one line "PATH: reason"."""

    exit_code = 1

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = str(path)
        # One line, whatever the underlying message looked like.
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.path}: {self.reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

