"""Reading the project's TSV data files."""

from __future__ import annotations

import csv
import io
from importlib import resources


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of marsad/kb/data/NAME as dicts; '#' lines are comments, the first other line the header."""
    text = resources.files("marsad.kb").joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise ValueError(f"marsad/kb/data/{name}: row {number} has more columns than the header")
        rows.append({key: (value or "").strip() for key, value in row.items()})
    return rows


def split_forms(cell: str) -> list[str]:
    """The '|'-separated forms of a cell, without blanks."""
    return [form.strip() for form in cell.split("|") if form.strip()]
