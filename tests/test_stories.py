"""Story events: one real event told by several articles and outlets, allegations and answers."""

import csv
import importlib.util
import io
import json
import random
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.model import Actor, Article, Event, Evidence, Place, When
from marsad.store import Store
from marsad.stories import (
    ArticleInfo, dates_agree, group_events, pairwise_scores, places_agree, same_event,
    story_events,
)

ROOT = Path(__file__).resolve().parents[1]

RUS = {"code": "RUS", "group": None}
ISIL = {"code": "IMG", "group": "ISIL"}
HTS = {"code": "IMG", "group": "HTS"}
IRN = {"code": "IRN", "group": None}
SAU = {"code": "SAU", "group": None}
MAYADIN = {"lat": 35.02, "lon": 40.45, "resolution": 4, "name": "Al Mayadin"}
DEIR = {"lat": 35.34, "lon": 40.14, "resolution": 2, "name": "Deir ez-Zor"}  # ~45 km away
RAQQA = {"lat": 35.95, "lon": 39.01, "resolution": 4, "name": "Raqqa"}  # ~165 km away
SANAA = {"lat": 15.35, "lon": 44.21, "resolution": 4, "name": "Sanaa"}


def record(rid, article, type_, source, target, day, place=None, modality="asserted",
           claimant=None, text="", end_day=None):
    return {"id": rid, "article_id": article, "type": type_, "modality": modality,
            "source": source, "target": target, "claimant": claimant,
            "date": {"start": day, "end": end_day or day, "precision": "day"},
            "location": place, "evidence": {"text": text, "start": 0, "end": len(text)}}


INFOS = {
    "hayat": ArticleInfo("hayat", date(2017, 10, 2), "الحياة"),
    "sharq": ArticleInfo("sharq", date(2017, 10, 2), "الشرق الأوسط"),
    "okaz": ArticleInfo("okaz", date(2017, 10, 1), "عكاظ"),
    "okaz2": ArticleInfo("okaz2", date(2017, 10, 3), "عكاظ"),
}
STRIKES = [
    record("r1", "hayat", "ASSAULT", RUS, ISIL, "2017-10-01", MAYADIN,
           text="شنت طائرات حربية روسية أمس الأحد غارات على مواقع لتنظيم داعش في الميادين."),
    record("r2", "sharq", "ASSAULT", RUS, ISIL, "2017-10-02", DEIR,
           text="قالت موسكو إن قاذفاتها قصفت تجمعات لداعش في دير الزور."),
    record("r3", "okaz", "ASSAULT", RUS, ISIL, "2017-10-01", None,
           text="قصف الطيران الروسي اليوم مواقع لداعش شرقي سوريا."),
    record("r4", "okaz2", "ASSAULT", RUS, ISIL, "2017-10-01", MAYADIN,
           text="وكانت الطائرات الروسية قد قصفت الأحد مواقع التنظيم في الميادين."),
    # distractors: the same actors four days later; the same day 165 km away; another target
    record("x1", "hayat", "ASSAULT", RUS, ISIL, "2017-10-05", MAYADIN,
           text="شن الطيران الروسي الخميس غارات جديدة على الميادين."),
    record("x2", "sharq", "ASSAULT", RUS, ISIL, "2017-10-01", RAQQA,
           text="وقصفت طائرات روسية مواقع لداعش في الرقة."),
    record("x3", "okaz", "ASSAULT", RUS, HTS, "2017-10-01", MAYADIN,
           text="وقصفت طائرات روسية مواقع لهيئة تحرير الشام."),
]


def test_dates_overlap_after_a_day_of_slack():
    a = record("a", "x", "ASSAULT", RUS, ISIL, "2017-10-01")
    assert dates_agree(a, record("b", "x", "ASSAULT", RUS, ISIL, "2017-10-02"))
    assert not dates_agree(a, record("b", "x", "ASSAULT", RUS, ISIL, "2017-10-03"))
    week = record("w", "x", "ASSAULT", RUS, ISIL, "2017-09-25", end_day="2017-10-01")
    assert dates_agree(week, a)


def test_places_within_50_km_or_one_unknown():
    a = record("a", "x", "ASSAULT", RUS, ISIL, "2017-10-01", MAYADIN)
    assert places_agree(a, record("b", "x", "ASSAULT", RUS, ISIL, "2017-10-01", DEIR))
    assert not places_agree(a, record("b", "x", "ASSAULT", RUS, ISIL, "2017-10-01", RAQQA))
    assert places_agree(a, record("b", "x", "ASSAULT", RUS, ISIL, "2017-10-01", None))


def test_actors_agree_by_group_then_code_and_unnamed_agrees_with_any():
    a = record("a", "x", "ASSAULT", RUS, ISIL, "2017-10-01")
    assert not same_event(a, record("b", "x", "ASSAULT", RUS, HTS, "2017-10-01"))
    assert not same_event(a, record("b", "x", "ASSAULT", IRN, ISIL, "2017-10-01"))
    unnamed = record("b", "x", "ASSAULT", {"text": "مسلحون", "code": None, "group": None},
                     ISIL, "2017-10-01")
    assert same_event(a, unnamed)
    assert not same_event(a, unnamed, unnamed_agrees=False)
    assert not same_event(a, record("b", "x", "ASSAULT", RUS, ISIL, "2017-10-01",
                                    modality="negated"))


def test_one_story_per_real_event_with_articles_sources_and_evidence():
    stories = group_events(STRIKES, INFOS)
    groups = sorted(sorted(e["event_id"] for e in s.evidence) for s in stories)
    assert groups == [["r1", "r2", "r3", "r4"], ["x1"], ["x2"], ["x3"]]
    story = next(s for s in stories if len(s.evidence) == 4)
    assert (story.articles, story.sources) == (4, 3)  # okaz and okaz2: one outlet
    assert (story.first_seen, story.last_seen) == (date(2017, 10, 1), date(2017, 10, 3))
    assert story.date["start"] == "2017-10-01"
    assert story.location["name"] == "Al Mayadin"  # the finest place told
    assert {e["article_id"] for e in story.evidence} == {"hayat", "sharq", "okaz", "okaz2"}
    assert story.evidence[0]["text"] == "قصف الطيران الروسي اليوم مواقع لداعش شرقي سوريا."


def test_story_ids_are_stable_whatever_the_input_order():
    first = {s.id: sorted(e["event_id"] for e in s.evidence)
             for s in group_events(STRIKES, INFOS)}
    shuffled = STRIKES[:]
    random.Random(7).shuffle(shuffled)
    assert {s.id: sorted(e["event_id"] for e in s.evidence)
            for s in group_events(shuffled, INFOS)} == first


def test_no_chaining_a_record_must_agree_with_every_member():
    # day 1 and day 3 are two events; a record dated day 2 agrees with each, not both at once
    chain = [record("d1", "a", "ASSAULT", RUS, ISIL, "2017-10-01"),
             record("d2", "b", "ASSAULT", RUS, ISIL, "2017-10-02"),
             record("d3", "c", "ASSAULT", RUS, ISIL, "2017-10-03")]
    assert len(group_events(chain)) == 2


ALLEGATION = [
    record("acc1", "jazeera", "ASSAULT", SAU, IRN, "2017-10-03", SANAA, "alleged", IRN,
           text="اتهمت وزارة الخارجية الإيرانية السعودية بقصف مبنى السفارة الإيرانية في صنعاء."),
    record("acc2", "arabiya", "ASSAULT", SAU, IRN, "2017-10-03", SANAA, "alleged", IRN,
           text="اتهمت طهران الرياض بقصف مقر السفارة الإيرانية في صنعاء."),
    record("deny", "riyadh", "REJECT", SAU, IRN, "2017-10-05",
           text="نفت السعودية الاتهامات الإيرانية بقصف السفارة في صنعاء."),
    record("late", "riyadh2", "REJECT", SAU, IRN, "2017-11-20",
           text="نفت السعودية مجدداً اتهامات إيرانية جديدة."),
    record("other", "riyadh3", "REJECT", SAU, {"code": "QAT", "group": None}, "2017-10-05",
           text="رفضت السعودية المطالب القطرية."),
    record("confirm", "ruptly", "ASSAULT", SAU, IRN, "2017-10-03", SANAA,
           text="أقر التحالف بقصف محيط السفارة الإيرانية في صنعاء عن طريق الخطأ."),
]


def test_allegation_is_linked_to_its_denial_and_its_confirmation():
    stories = {tuple(sorted(e["event_id"] for e in s.evidence)): s
               for s in group_events(ALLEGATION)}
    alleged = stories[("acc1", "acc2")]
    assert alleged.articles == 2
    assert alleged.denied_by == [stories[("deny",)].id]  # not the late one, not the one to Qatar
    assert alleged.confirmed_by == [stories[("confirm",)].id]
    assert stories[("deny",)].answers == [alleged.id]
    assert stories[("confirm",)].confirms == [alleged.id]
    assert stories[("late",)].answers == stories[("other",)].answers == []


def test_pairwise_scores():
    scores = pairwise_scores([["a", "b", "c"], ["d"]], {"a": "S", "b": "S", "d": "S", "c": "T"})
    assert (scores["predicted_pairs"], scores["gold_pairs"], scores["right"]) == (3, 3, 1)
    assert scores["precision"] == pytest.approx(1 / 3)
    assert scores["recall"] == pytest.approx(1 / 3)


def test_grouping_on_the_hand_checked_set_meets_its_floors():
    spec = importlib.util.spec_from_file_location("stories_eval",
                                                  ROOT / "benchmarks" / "stories_eval.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.evaluate(extraction=False)
    assert result["items"] >= 12
    assert result["grouping"]["precision"] >= 0.9
    assert result["grouping"]["recall"] >= 0.9
    assert result["links"]["precision"] >= 0.9
    assert result["links"]["recall"] >= 0.9


# -- from the store ----------------------------------------------------------------------------

ISIL_ACTOR = Actor("تنظيم داعش", "IMG", ("REB",), "ISIL", "Islamic State")
RUS_ACTOR = Actor("الطيران الروسي", "RUS", ("MIL",), None, "Russian air force")
MAYADIN_PLACE = Place("الميادين", "Al Mayadin", 35.02, 40.45, "SYR", 4)
AGENCY = ("أعلنت وزارة الدفاع الروسية اليوم الأحد أن طائراتها الحربية شنت سلسلة غارات جوية على "
          "مواقع لتنظيم داعش في مدينة الميادين بريف دير الزور الشرقي، ما أدى إلى تدمير مستودعات "
          "للأسلحة ومقار قيادة تابعة للتنظيم. وقال المتحدث باسم الوزارة إن العمليات ستتواصل حتى "
          "القضاء على التنظيم بالكامل.")
COPY = AGENCY.replace("مستودعات", "مخازن").replace("اليوم الأحد", "الأحد")  # the same story re-run
OWN = "قصف الطيران الروسي مواقع لتنظيم داعش في الميادين أمس الأحد، وفق مراسلنا في المنطقة."


def strike(article_id, text, published, outlet):
    article = Article(id=article_id, text=text, published=published, source=outlet)
    sentence = text.split("،")[0]
    event = Event(article_id=article_id, type="ASSAULT", mode="aerial", source=RUS_ACTOR,
                  target=ISIL_ACTOR, date=When(date(2017, 10, 1), date(2017, 10, 1)),
                  location=MAYADIN_PLACE, modality="asserted", claimant=None,
                  evidence=Evidence(sentence, 0, len(sentence)))
    return article, [event]


@pytest.fixture
def filled(tmp_path):
    url = f"sqlite:///{tmp_path / 'stories.db'}"
    with Store(url) as store:
        store.save(*strike("agency", AGENCY, date(2017, 10, 1), "وكالة الأنباء"))
        store.save(*strike("copy", COPY, date(2017, 10, 2), "الوطن"))
        store.save(*strike("own", OWN, date(2017, 10, 2), "الحياة"))
    return url


def test_story_events_count_near_duplicates_once(filled):
    with Store(filled) as store:
        stories = story_events(store)
        assert store.summary()["events"] == 2  # the copy's event is not counted again
    assert len(stories) == 1
    assert (stories[0].articles, stories[0].sources) == (2, 2)
    assert {e["article_id"] for e in stories[0].evidence} == {"agency", "own"}


def test_export_stories_as_jsonl_and_csv(filled, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", filled, "--format", "jsonl", "--stories"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["type"], r["articles"], r["sources"], r["first_seen"]) for r in lines] == [
        ("ASSAULT", 2, 2, "2017-10-01")]
    out = tmp_path / "stories.csv"
    result = runner.invoke(main, ["export", "--db", filled, "--format", "csv", "--stories",
                                  "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1
    assert rows[0]["article_ids"] == "agency;own"
    assert rows[0]["target_group"] == "ISIL"
    assert "الميادين" in rows[0]["evidence"]
    result = runner.invoke(main, ["export", "--db", filled, "--format", "parquet", "--stories",
                                  "--output", str(tmp_path / "x.parquet")])
    assert result.exit_code == 2
    assert "jsonl or csv" in result.output
