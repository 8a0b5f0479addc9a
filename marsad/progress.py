"""Progress bars on stderr, shown only when stderr is a terminal (never in pipes or logs)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


def showing() -> bool:
    """Whether progress is drawn: stderr is an interactive terminal."""
    return sys.stderr.isatty()


def _bar(total_known: bool):
    from rich.console import Console
    from rich.progress import (
        BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if total_known:
        columns += [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    else:
        columns += [TextColumn("{task.completed}"), TimeElapsedColumn()]
    return Progress(*columns, console=Console(stderr=True), transient=True)


def progress(iterable: Iterable[T], total: int | None = None, label: str = "") -> Iterator[T]:
    """The items of `iterable`, with a bar on stderr when it is a terminal.

    `total` defaults to len(iterable) where it has one; without it a counter is shown.
    """
    if not showing():
        yield from iterable
        return
    if total is None and hasattr(iterable, "__len__"):
        total = len(iterable)
    with _bar(total is not None) as bar:
        task = bar.add_task(label, total=total)
        for item in iterable:
            yield item
            bar.advance(task)


@contextmanager
def progress_callback(label: str = "") -> Iterator[Callable[[int, int], None]]:
    """A `report(done, total)` callback for library functions that count their own work."""
    if not showing():
        yield lambda done, total: None
        return
    with _bar(True) as bar:
        task = bar.add_task(label, total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield report
