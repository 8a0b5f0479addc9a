"""GeoJSON: a FeatureCollection of the events that have coordinates."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from marsad.export.flat import flatten


def write_geojson(records: Iterable[dict], out: IO[str]) -> int:
    """Write one Point feature per located event (properties: the flat row); returns the count.

    Features are written one by one, so a large export never sits in memory whole.
    """
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for record in records:
        row = flatten(record)
        if row["lat"] is None or row["lon"] is None:
            continue
        feature = {"type": "Feature", "id": row["id"],
                   "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                   "properties": row}
        out.write(("\n" if count == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
