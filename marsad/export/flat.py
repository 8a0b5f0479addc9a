"""One event record as one flat row: the columns of the CSV and Parquet exports."""

from __future__ import annotations

ACTOR_FIELDS = ("code", "group", "sector", "name", "text")
ROLES = ("source", "target", "claimant")
SECTOR_SEPARATOR = ";"

COLUMNS: tuple[str, ...] = (
    "id", "article_id", "type", "mode", "modality",
    *(f"{role}_{field}" for role in ROLES for field in ACTOR_FIELDS),
    "date_start", "date_end", "date_precision", "date_text",
    "place", "place_text", "lat", "lon", "country",
    "evidence", "evidence_start", "evidence_end", "confidence",
)


def flatten(record: dict) -> dict:
    """The record as a flat dict keyed by COLUMNS; sectors joined with ';', absent parts None."""
    row = {key: record.get(key) for key in ("id", "article_id", "type", "mode", "modality")}
    for role in ROLES:
        actor = record.get(role) or {}
        for field in ACTOR_FIELDS:
            value = actor.get(field)
            if field == "sector":
                value = SECTOR_SEPARATOR.join(value) if value else None
            row[f"{role}_{field}"] = value
    date = record.get("date") or {}
    row.update(date_start=date.get("start"), date_end=date.get("end"),
               date_precision=date.get("precision"), date_text=date.get("text"))
    location = record.get("location") or {}
    row.update(place=location.get("name"), place_text=location.get("text"),
               lat=location.get("lat"), lon=location.get("lon"),
               country=location.get("country"))
    evidence = record.get("evidence") or {}
    row.update(evidence=evidence.get("text"), evidence_start=evidence.get("start"),
               evidence_end=evidence.get("end"), confidence=record.get("confidence"))
    return row
