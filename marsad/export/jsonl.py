"""JSON Lines: one event record per line, UTF-8, Arabic as is."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    """Write each record as one JSON line; returns the count."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
