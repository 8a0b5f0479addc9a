"""Event records out to files: JSON Lines, CSV, Parquet and GeoJSON.

`export(records, fmt, output)` writes to a path or an open file (text for jsonl, csv and
geojson; a path or binary file for parquet) and returns how many records it wrote.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import IO

from marsad.errors import MarsadError
from marsad.export.csvfile import write_csv
from marsad.export.flat import COLUMNS, flatten
from marsad.export.geojson import write_geojson
from marsad.export.jsonl import write_jsonl
from marsad.export.parquet import write_parquet

# name -> (writer, opens as text?)
WRITERS: dict[str, tuple[Callable[[Iterable[dict], IO], int], bool]] = {
    "jsonl": (write_jsonl, True),
    "csv": (write_csv, True),
    "geojson": (write_geojson, True),
    "parquet": (write_parquet, False),
}
FORMATS = tuple(WRITERS)


class ExportError(MarsadError):
    """An export that cannot be written: unknown format, or no file where one is needed."""


def export(records: Iterable[dict], fmt: str, output: str | os.PathLike | IO) -> int:
    """Write the records in format `fmt` to `output`; returns the number of records written."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    writer, text = WRITERS[fmt]
    if not isinstance(output, (str, os.PathLike)):
        return writer(records, output)
    try:
        handle = (open(output, "w", encoding="utf-8", newline="") if text
                  else open(output, "wb"))
    except OSError as err:
        raise ExportError(f"{output}: cannot write ({err.strerror})") from None
    with handle:
        return writer(records, handle)


__all__ = ["COLUMNS", "ExportError", "FORMATS", "WRITERS", "export", "flatten"]
