"""Acceptance figures on the shared reference data: the seed article, the event-record schema and
the GSR sentences. Skipped when the shared folder beside the repository is absent.

The floors are the figures measured when they were set; a change that lowers one fails here.
"""

import json
from pathlib import Path

import pytest

import marsad
from marsad.evaluate import evaluate_gsr, load_jsonl, score
from marsad.model import Article
from marsad.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_7709260e7c0a85c8.txt"
SEED_GOLD = SHARED / "seed" / "000_7709260e7c0a85c8.gold.jsonl"
SCHEMA = SHARED / "docs" / "event-record.schema.json"
GSR = SHARED / "eval" / "gsr"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="the shared reference data is absent")


@needs_shared
def test_seed_level2_f1_and_stored_metadata(tmp_path):
    article = next(marsad.read(SEED))
    events = marsad.extract_article(article)
    report = score(load_jsonl(SEED_GOLD), [e.to_record() for e in events])
    assert report.levels[2].f1 >= 0.85
    assert report.modality_accuracy >= 0.9

    store = Store(f"sqlite:///{tmp_path / 'seed.db'}")
    store.save(article, events)
    stored = store.article(article.id)
    assert stored.title == 'موسكو تنشر "دلائل" على تواطؤ واشنطن مع "داعش"'
    assert stored.published.isoformat() == "2017-09-24"
    assert stored.fetched.isoformat(timespec="minutes") == "2024-03-29T12:22"


@needs_shared
def test_every_record_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text("utf-8")))
    articles = [*marsad.read(EXAMPLES), *marsad.read(SEED)]
    records = [e.to_record() for a in articles for e in marsad.extract_article(a)]
    assert len(records) > 20
    for record in records:
        errors = list(validator.iter_errors(record))
        assert not errors, (record["id"], [e.message for e in errors])


@needs_shared
def test_gsr_detection_floors():
    def extract(sentence_id, text):
        return [e.to_record() for e in marsad.extract_article(Article(id=sentence_id, text=text))]

    report = evaluate_gsr(GSR, extract)
    assert report.detection["ASSAULT"].f1 >= 0.33
    assert report.detection["PROTEST"].f1 >= 0.41
