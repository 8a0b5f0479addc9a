"""CSV: one flattened event per row, with a header of COLUMNS."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from marsad.export.flat import COLUMNS, flatten


def write_csv(records: Iterable[dict], out: IO[str]) -> int:
    """Write a header and one row per record; returns the count. Open `out` with newline=""."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flatten(record))
        count += 1
    return count
