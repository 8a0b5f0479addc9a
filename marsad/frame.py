"""Stored events as a pandas DataFrame, for notebooks (needs the `pandas` extra)."""

from __future__ import annotations

from marsad.errors import MarsadError
from marsad.export.flat import COLUMNS, flatten
from marsad.store import Store


def events_frame(db_url: str | None = None, **filters):
    """The events matching `filters` (those of Store.events) as a DataFrame.

    Columns are those of the CSV export; date_start and date_end are datetime64 columns.
    """
    try:
        import pandas as pd
    except ImportError:
        raise MarsadError("events_frame needs pandas: pip install marsad[pandas]") from None
    with Store(db_url, create=False) as store:
        frame = pd.DataFrame([flatten(r) for r in store.events(**filters)], columns=COLUMNS)
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame
