"""Story events to files: the full record as JSON Lines, one flat row per story as CSV."""

import csv
import io
import json

import pytest

from marsad.export import ExportError
from marsad.export.stories import export_stories
from marsad.stories import STORY_COLUMNS, group_events

RECORDS = [
    {"id": f"e{n}", "article_id": article, "type": "PROTEST", "modality": "asserted",
     "source": {"text": "آلاف المتظاهرين", "code": "IRQ", "group": None},
     "target": {"text": "الحكومة العراقية", "code": "IRQ", "group": None}, "claimant": None,
     "date": {"start": "2017-10-06", "end": "2017-10-06", "precision": "day"},
     "location": {"text": "بغداد", "name": "Baghdad", "lat": 33.34, "lon": 44.40,
                  "country": "IRQ", "resolution": 4},
     "evidence": {"text": text, "start": 0, "end": len(text)}}
    for n, (article, text) in enumerate([
        ("mada", "تظاهر آلاف العراقيين أمس الجمعة في ساحة التحرير وسط بغداد."),
        ("sumaria", "خرج آلاف المتظاهرين اليوم في بغداد احتجاجاً على انقطاع الكهرباء.")])
]


def story_records():
    return [story.to_record() for story in group_events(RECORDS)]


def test_jsonl_keeps_the_whole_story():
    out = io.StringIO()
    assert export_stories(story_records(), "jsonl", out) == 1
    record = json.loads(out.getvalue())
    assert record["articles"] == 2
    assert [e["article_id"] for e in record["evidence"]] == ["mada", "sumaria"]


def test_csv_has_one_row_per_story(tmp_path):
    path = tmp_path / "stories.csv"
    assert export_stories(story_records(), "csv", path) == 1
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert list(rows[0]) == list(STORY_COLUMNS)
    assert (rows[0]["place"], rows[0]["article_ids"], rows[0]["event_ids"]) == (
        "Baghdad", "mada;sumaria", "e0;e1")
    assert rows[0]["evidence"].splitlines()[1].startswith("sumaria: خرج آلاف المتظاهرين")


def test_other_formats_are_refused():
    with pytest.raises(ExportError, match="jsonl or csv"):
        export_stories(story_records(), "geojson", io.StringIO())
