"""The dev set's gold files (benchmarks/devset/): well-formed records, labels only, and offsets
that point into the articles of ../shared/corpus/saudinewsnet/2015-08-11.zip.

The record checks need only the repository; the article checks skip when ../shared is absent.
"""

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

import marsad
from marsad.kb.entries import SECTORS
from marsad.model import EVENT_TYPES, MODALITIES, PRECISIONS

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "benchmarks" / "devset"
SPLITS = ("tune", "heldout")
CORPUS_FILE = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "2015-08-11.zip"
SCHEMA = ROOT.parent / "shared" / "docs" / "event-record.schema.json"

needs_shared = pytest.mark.skipif(not CORPUS_FILE.is_file(), reason="the shared corpus is absent")

# PLOVER modes of each type (the coding guide's table).
MODES = {
    "AGREE": (), "SUPPORT": (), "CONCEDE": (), "COOPERATE": (), "AID": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}
REQUIRED = ("id", "article_id", "type", "mode", "source", "target", "date", "location",
            "modality", "claimant", "evidence")


def _load(split: str) -> list[dict]:
    lines = (DEVSET / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


GOLD = {split: _load(split) for split in SPLITS}
ALL = GOLD["tune"] + GOLD["heldout"]


def _actors(record: dict) -> list[dict]:
    return [a for a in (record["source"], record["target"], record["claimant"]) if a is not None]


def test_the_split_is_15_and_15_articles_with_no_article_in_both():
    tune = {r["article_id"] for r in GOLD["tune"]}
    heldout = {r["article_id"] for r in GOLD["heldout"]}
    assert len(tune) == len(heldout) == 15
    assert not tune & heldout


def test_record_ids_are_unique():
    ids = [r["id"] for r in ALL]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("record", ALL, ids=lambda r: r["id"])
def test_record_fields_and_enums(record):
    assert all(name in record for name in REQUIRED)
    assert record["type"] in EVENT_TYPES
    assert record["mode"] is None or record["mode"] in MODES[record["type"]]
    assert record["modality"] in MODALITIES
    # The claimant is set exactly when the event is alleged.
    assert (record["claimant"] is not None) == (record["modality"] == "alleged")
    for actor in _actors(record):
        assert actor["sector"] and all(s in SECTORS for s in actor["sector"])
        assert actor["code"] is None or (len(actor["code"]) == 3 and actor["code"].isupper())
        assert actor["group"] is None or actor["group"].isupper()
    when = record["date"]
    assert when["precision"] in PRECISIONS
    assert date.fromisoformat(when["start"]) <= date.fromisoformat(when["end"])
    place = record["location"]
    if place is not None:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
        assert 1 <= place["resolution"] <= 5


@pytest.mark.parametrize("record", ALL, ids=lambda r: r["id"])
def test_no_article_text_is_kept(record):
    # Labels only: the words of the article stay in ../shared.
    assert record["evidence"]["text"] == ""
    assert all(actor["text"] == "" for actor in _actors(record))
    assert record["location"] is None or record["location"]["text"] == ""
    assert record["date"]["text"] in ("", None)


def test_records_follow_the_shared_schema():
    if not SCHEMA.is_file():
        pytest.skip("the shared schema is absent")
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text("utf-8")))
    errors = [f"{r['id']}: {e.message}" for r in ALL for e in validator.iter_errors(r)]
    assert errors == []


@pytest.fixture(scope="module")
def articles():
    wanted = {r["article_id"] for r in ALL}
    return {a.id: a for a in marsad.read(CORPUS_FILE, on_error=lambda error: None) if a.id in wanted}


@needs_shared
def test_every_article_is_in_the_corpus_file(articles):
    assert {r["article_id"] for r in ALL} <= set(articles)


@needs_shared
def test_evidence_offsets_lie_inside_the_article_text(articles):
    for record in ALL:
        start, end = record["evidence"]["start"], record["evidence"]["end"]
        if (start, end) == (-1, -1):  # an event that stands only in the title
            continue
        text = articles[record["article_id"]].text
        assert 0 <= start < end <= len(text), record["id"]
        # A span starts and ends on a word, not inside one or on a space.
        assert not text[start].isspace() and not text[end - 1].isspace(), record["id"]


@needs_shared
def test_the_benchmark_fills_evidence_text_from_offsets(articles):
    spec = importlib.util.spec_from_file_location("devset_eval", ROOT / "benchmarks" / "devset_eval.py")
    devset_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(devset_eval)
    record = GOLD["tune"][0]
    article = articles[record["article_id"]]
    filled = devset_eval.with_evidence_text(record, article)
    start, end = record["evidence"]["start"], record["evidence"]["end"]
    assert filled["evidence"]["text"] == article.text[start:end]
    assert record["evidence"]["text"] == ""  # the gold record itself is left as it was
