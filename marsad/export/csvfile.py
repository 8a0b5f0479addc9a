"""CSV: one flattened event per row, with a header of COLUMNS."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import IO

from marsad.export.flat import COLUMNS, flatten


def write_csv(records: Iterable[dict], out: IO[str]) -> int:
    """Write a header and one row per record; returns the count. Open `out` with newline=""."""
    return write_rows(records, out, COLUMNS, flatten)


def write_rows(records: Iterable[dict], out: IO[str], columns: Iterable[str],
               flat: Callable[[dict], dict]) -> int:
    """A header of `columns`, then `flat(record)` for each record; returns the count."""
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flat(record))
        count += 1
    return count
