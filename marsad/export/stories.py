"""Story events (marsad.stories) out to files: JSON Lines (the full record) or CSV (flat)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO

from marsad.export.csvfile import write_rows
from marsad.export.jsonl import write_jsonl

STORY_FORMATS = ("jsonl", "csv")


def write_stories_csv(records: Iterable[dict], out: IO[str]) -> int:
    """A header and one flat row per story record (marsad.stories.STORY_COLUMNS)."""
    from marsad.stories import STORY_COLUMNS, flatten_story

    return write_rows(records, out, STORY_COLUMNS, flatten_story)


def export_stories(records: Iterable[dict], fmt: str, output: str | os.PathLike | IO) -> int:
    """Write story records as `fmt` (jsonl or csv) to a path or open text file; the count."""
    from marsad.export import ExportError

    writers = {"jsonl": write_jsonl, "csv": write_stories_csv}
    if fmt not in writers:
        raise ExportError(f"story events are written as {' or '.join(STORY_FORMATS)}, "
                          f"not {fmt}")
    if not isinstance(output, (str, os.PathLike)):
        return writers[fmt](records, output)
    try:
        handle = open(output, "w", encoding="utf-8", newline="")
    except OSError as err:
        raise ExportError(f"{output}: cannot write ({err.strerror})") from None
    with handle:
        return writers[fmt](records, handle)
