"""Parquet: the flattened columns of the CSV export, typed (dates, floats, integers)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import islice
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.export.flat import COLUMNS, flatten

_TYPES = {"lat": pa.float64(), "lon": pa.float64(), "confidence": pa.float64(),
          "evidence_start": pa.int64(), "evidence_end": pa.int64(),
          "date_start": pa.date32(), "date_end": pa.date32()}
SCHEMA = pa.schema([(name, _TYPES.get(name, pa.string())) for name in COLUMNS])
BATCH = 10_000  # rows per write, so memory stays flat on large exports


def write_parquet(records: Iterable[dict], out: str | IO[bytes]) -> int:
    """Write the records as one Parquet table; returns the count."""
    count = 0
    rows = (flatten(record) for record in records)
    with pq.ParquetWriter(out, SCHEMA) as writer:
        while batch := list(islice(rows, BATCH)):
            for row in batch:
                for key in ("date_start", "date_end"):
                    row[key] = date.fromisoformat(row[key]) if row[key] else None
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            count += len(batch)
    return count
