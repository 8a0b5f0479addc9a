import copy
import csv
import json
import math
from pathlib import Path

import pytest

from marsad.evaluate import (
    NONE, evaluate_gsr, format_gsr_report, format_report, haversine_km,
    load_jsonl, max_matching, score,
)
from marsad.model import EARTH_RADIUS_KM

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

ARTICLE = "art-1"
SENTENCE = "وقالت وزارة الدفاع الروسية إن طائرات أميركية قصفت مواقع في ريف دير الزور أمس الأحد."


def actor(text, code, sector=("GOV",), group=None):
    return {"text": text, "code": code, "sector": list(sector), "group": group, "name": None}


RUS_MIL = actor("وزارة الدفاع الروسية", "RUS", ("MIL",))
USA_MIL = actor("القوات الأميركية", "USA", ("MIL",))
DEIR = {"text": "دير الزور", "name": "Deir ez-Zor", "geonameid": 170794, "lat": 35.336,
        "lon": 40.141, "country": "SYR", "admin1": "Deir ez-Zor", "resolution": 2}


def event(type_="ASSAULT", source=RUS_MIL, target=USA_MIL, start="2017-09-24", end=None,
          location=DEIR, modality="asserted", claimant=None, span=(0, 80),
          article=ARTICLE, text=SENTENCE):
    return {
        "id": f"{article}-{type_}-{span[0]}", "article_id": article, "type": type_, "mode": None,
        "source": copy.deepcopy(source), "target": copy.deepcopy(target),
        "date": {"start": start, "end": end or start, "precision": "day", "text": "الأحد"},
        "location": copy.deepcopy(location), "modality": modality,
        "claimant": copy.deepcopy(claimant),
        "evidence": {"text": text, "start": span[0], "end": span[1]}, "confidence": 0.5,
    }


def tps(report):
    return [report.levels[level].tp for level in (1, 2, 3, 4)]


def moved_north(place, km):
    """The same place moved `km` kilometres due north."""
    moved = dict(place)
    moved["lat"] = place["lat"] + math.degrees(km / EARTH_RADIUS_KM)
    return moved


# ----------------------------------------------------------------- levels


def test_identical_records_score_one_at_every_level():
    gold = [event(), event("ACCUSE", span=(81, 150))]
    report = score(gold, copy.deepcopy(gold))
    for level in (1, 2, 3, 4):
        s = report.levels[level]
        assert (s.tp, s.n_system, s.n_gold) == (2, 2, 2)
        assert s.precision == s.recall == s.f1 == 1.0


def test_different_type_fails_level_one():
    report = score([event("ASSAULT")], [event("COERCE")])
    assert tps(report) == [0, 0, 0, 0]
    assert report.levels[1].precision == 0.0 and report.levels[1].f1 == 0.0


def test_events_pair_only_within_the_same_article():
    report = score([event(article="art-1")], [event(article="art-2")])
    assert tps(report) == [0, 0, 0, 0]
    assert report.levels[1].n_system == 1 and report.levels[1].n_gold == 1


def test_gold_group_needs_the_same_system_group():
    isil = actor("داعش", "IMG", ("REB",), group="ISIL")
    same_group_other_code = actor("تنظيم الدولة", "SYR", ("REB",), group="ISIL")
    same_code_no_group = actor("مسلحون", "IMG", ("REB",))
    assert tps(score([event(target=isil)], [event(target=same_group_other_code)]))[1] == 1
    assert tps(score([event(target=isil)], [event(target=same_code_no_group)]))[1] == 0


def test_gold_without_group_compares_codes():
    russia = actor("موسكو", "RUS")
    russian_group = actor("فاغنر", "RUS", group="WAGNER")
    other = actor("واشنطن", "USA")
    assert tps(score([event(source=russia)], [event(source=russian_group)]))[1] == 1
    assert tps(score([event(source=russia)], [event(source=other)]))[1] == 0


def test_null_gold_target_needs_null_system_target():
    assert tps(score([event(target=None)], [event(target=None)])) == [1, 1, 1, 1]
    assert tps(score([event(target=None)], [event(target=USA_MIL)])) == [1, 0, 0, 0]
    assert tps(score([event(target=USA_MIL)], [event(target=None)])) == [1, 0, 0, 0]
    # The source follows the same rule.
    assert tps(score([event(source=None)], [event(source=RUS_MIL)])) == [1, 0, 0, 0]


def test_gold_first_sector_must_be_among_system_sectors():
    gold = event(source=actor("الجيش السوري", "SYR", ("MIL", "GOV")))
    among = event(source=actor("الجيش السوري", "SYR", ("GOV", "MIL")))
    only_second = event(source=actor("الحكومة السورية", "SYR", ("GOV",)))
    assert tps(score([gold], [among])) == [1, 1, 1, 1]
    assert tps(score([gold], [only_second])) == [1, 1, 0, 0]


def test_dates_overlap_after_widening_each_by_one_day():
    gold = event(start="2017-09-24")
    assert tps(score([gold], [event(start="2017-09-26")]))[2] == 1  # 23-25 meets 25-27
    assert tps(score([gold], [event(start="2017-09-27")]))[2] == 0  # 23-25 misses 26-28
    assert tps(score([gold], [event(start="2017-09-22")]))[2] == 1
    assert tps(score([gold], [event(start="2017-09-21")]))[2] == 0
    week = event(start="2017-09-08", end="2017-09-12")
    assert tps(score([week], [event(start="2017-09-14")]))[2] == 1
    assert tps(score([week], [event(start="2017-09-15")]))[2] == 0


def test_locations_within_fifty_kilometres():
    gold = event()
    near, far = moved_north(DEIR, 49.9), moved_north(DEIR, 50.1)
    assert haversine_km(DEIR["lat"], DEIR["lon"], near["lat"], near["lon"]) == pytest.approx(49.9)
    assert tps(score([gold], [event(location=near)])) == [1, 1, 1, 1]
    assert tps(score([gold], [event(location=far)])) == [1, 1, 1, 0]


def test_null_locations():
    assert tps(score([event(location=None)], [event(location=None)]))[3] == 1
    assert tps(score([event(location=None)], [event()]))[3] == 0
    assert tps(score([event()], [event(location=None)]))[3] == 0


# ----------------------------------------------------------------- pairing


def test_optimal_pairing_beats_greedy():
    # The first system event agrees with both gold events at level 2, the second only with
    # the first gold event: greedy in order pairs one, the optimal pairing two.
    russia = actor("روسيا", "RUS")
    isil = actor("داعش", "IMG", ("REB",), group="ISIL")
    gold = [event(source=russia, span=(0, 40)), event(source=isil, span=(41, 80))]
    both = event(source=actor("داعش", "RUS", ("REB",), group="ISIL"), span=(0, 40))
    only_first = event(source=actor("الروس", "RUS"), span=(41, 80))
    report = score(gold, [both, only_first])
    assert report.levels[2].tp == 2
    assert max_matching(2, 2, lambda i, j: (i, j) != (1, 1)) == {0: 1, 1: 0}


def test_one_system_event_pairs_with_one_gold_event():
    gold = [event(span=(0, 40)), event(span=(41, 80))]
    report = score(gold, [event(span=(0, 40))])
    assert report.levels[1].tp == 1
    assert report.levels[1].recall == 0.5 and report.levels[1].precision == 1.0
    assert [g["evidence"]["start"] for g in report.missed] == [41]


# ----------------------------------------------------------------- modality and claimant


def test_modality_and_claimant_over_level_two_pairs():
    damascus = actor("دمشق", "SYR")
    gold = [
        event("ASSAULT", modality="alleged", claimant=damascus, span=(0, 40)),
        event("ACCUSE", modality="asserted", span=(41, 80)),
        event("AID", modality="asserted", span=(81, 120)),
    ]
    system = [
        # modality right, claimant agrees by code although the text differs
        event("ASSAULT", modality="alleged", claimant=actor("الحكومة السورية", "SYR"), span=(0, 40)),
        # modality wrong, claimant given where gold has none
        event("ACCUSE", modality="alleged", claimant=damascus, span=(41, 80)),
        # not matched at level 2 (wrong target): left out of both shares
        event("AID", modality="negated", target=actor("إيران", "IRN"), span=(81, 120)),
    ]
    report = score(gold, system)
    assert report.level2_pairs == 2
    assert (report.modality_correct, report.claimant_correct) == (1, 1)
    assert report.modality_accuracy == report.claimant_agreement == 0.5


def test_claimant_both_null_agrees():
    report = score([event()], [event()])
    assert report.claimant_correct == 1 and report.claimant_agreement == 1.0


# ----------------------------------------------------------------- confusion


def test_confusion_table_pairs_by_evidence():
    gold = [
        event("ACCUSE", span=(0, 50)),
        event("REJECT", span=(60, 80)),
        event("ASSAULT", span=(-1, -1), text="غارات على ريف دير الزور"),
        event("THREATEN", span=(-1, -1), text="تهديد روسي"),
    ]
    system = [
        event("AID", span=(10, 40)),          # overlaps the ACCUSE sentence
        event("PROTEST", span=(100, 120)),    # overlaps nothing
        event("ASSAULT", span=(-1, -1), text="غارات على ريف دير الزور"),
        event("COERCE", span=(-1, -1), text="تهديد روسي"),  # title events pair by type only
    ]
    confusion = score(gold, system).confusion
    assert confusion == {
        ("ACCUSE", "AID"): 1, ("REJECT", NONE): 1, ("ASSAULT", "ASSAULT"): 1,
        ("THREATEN", NONE): 1, (NONE, "PROTEST"): 1, (NONE, "COERCE"): 1,
    }


def test_confusion_prefers_same_type_partner():
    # Two system events overlap the same gold sentence; the one of the gold type takes it.
    gold = [event("ACCUSE", span=(0, 50))]
    system = [event("ASSAULT", span=(0, 50)), event("ACCUSE", span=(20, 60))]
    assert score(gold, system).confusion == {("ACCUSE", "ACCUSE"): 1, (NONE, "ASSAULT"): 1}


# ----------------------------------------------------------------- output


def test_format_report_lists_levels_and_explains_when_verbose():
    gold = [event(span=(0, 40)), event("REJECT", span=(41, 80), text="الأمر الذي نفته موسكو")]
    system = [event(span=(0, 40)), event("PROTEST", span=(90, 99), text="تظاهر مئات في بيروت")]
    report = score(gold, system)
    text = format_report(report)
    assert "0.500" in text and "modality accuracy" in text and "NONE" in text
    assert "نفته موسكو" not in text
    verbose = format_report(report, verbose=True)
    assert "الأمر الذي نفته موسكو" in verbose and "تظاهر مئات في بيروت" in verbose


def test_load_jsonl_reads_records(tmp_path):
    path = tmp_path / "events.jsonl"
    records = [event(), event("ACCUSE")]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n",
                    encoding="utf-8")
    assert load_jsonl(path) == records


# ----------------------------------------------------------------- GSR

GSR_ROWS = [
    ("a1", "yes", "قتل مسلحون خمسة جنود عراقيين في هجوم قرب الموصل."),
    ("a2", "yes", "أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في بغداد."),
    ("a3", "easy no", "ارتفعت أسعار النفط في الأسواق العالمية اليوم."),
    ("a4", "difficult no", "نفى الجيش أن يكون قد قصف القرية."),
    ("a5", "difficult no", "قتل الوقت بالحديث عن الماضي لا يفيد أحدا."),
    ("a6", "ambiguous", "قتل رجل في ظروف غامضة."),
]


def write_gsr(directory, rows=GSR_ROWS, spans=None):
    with open(directory / "assault_gsr.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        for row_id, label, text in rows:
            writer.writerow([row_id, "ASSAULT", label, 0, 3, 3, text])
    if spans is not None:
        (directory / "assault_spans.json").write_text(json.dumps(spans, ensure_ascii=False),
                                                      encoding="utf-8")


def fake_extract(sentence_id, text):
    """Finds an ASSAULT wherever the text has قتل or قصف; a denial makes it negated."""
    if "قتل" not in text and "قصف" not in text:
        return []
    modality = {"نفى": "negated", "إذا": "hypothetical", "تعتزم": "future"}.get(text.split()[0], "asserted")
    target = actor("جنود", "IRQ", ("MIL",)) if "عراقيين" in text else None
    return [event("ASSAULT", source=actor("مسلحون", None), target=target, modality=modality,
                  article=sentence_id, text=text)]


def test_gsr_detection_counts(tmp_path):
    write_gsr(tmp_path)
    calls = []
    report = evaluate_gsr(tmp_path, fake_extract, progress=lambda done, total: calls.append((done, total)))
    d = report.detection["ASSAULT"]
    assert (d.tp, d.fn, d.fp_easy, d.fp_difficult) == (1, 1, 0, 1)
    assert (d.n_easy, d.n_difficult, d.skipped) == (1, 2, 1)
    assert d.precision == 0.5 and d.recall == 0.5
    assert d.difficult_precision == 0.5 and d.difficult_fp_rate == 0.5
    assert calls[-1] == (5, 5)  # the ambiguous row is not extracted
    assert "PROTEST" not in report.detection  # its file is absent
    text = format_gsr_report(report)
    assert "ASSAULT" in text and "1/2 difficult no" in text


def test_gsr_detection_counts_only_events_reported_as_having_happened(tmp_path):
    rows = GSR_ROWS + [
        ("a7", "easy no", "إذا قصف الجيش القرية فسيرد السكان."),
        ("a8", "difficult no", "تعتزم الحكومة قصف مواقع المسلحين الأسبوع المقبل."),
    ]
    write_gsr(tmp_path, rows=rows)
    d = evaluate_gsr(tmp_path, fake_extract).detection["ASSAULT"]
    # a4 (negated), a7 (hypothetical) and a8 (future) are extracted but detect nothing.
    assert (d.tp, d.fp_easy, d.fp_difficult) == (1, 0, 1)
    assert (d.n_easy, d.n_difficult) == (2, 3)


def test_gsr_span_code_agreement(tmp_path):
    spans = [
        # linked by id; source unknown ("None"), target IRQ: the system agrees on the target
        {"source": "a1", "text": GSR_ROWS[0][2], "spans": [
            {"source_role": {"main": "None", "role": "REB"}, "target_role": {"main": "IRQ", "role": "MIL"}},
            {"source_role": "UNKNOWN", "target_role": {}}]},
        # linked by text; the system does not detect it, so it is not compared
        {"source": "صحيفة", "text": GSR_ROWS[1][2], "spans": [
            {"source_role": {}, "target_role": {"main": "IRQ", "role": "CVL"}}]},
        # an ambiguous row's sentence is extracted on its own; codes disagree
        {"source": "a6", "text": GSR_ROWS[5][2], "spans": [
            {"source_role": {"main": "SYR", "role": "GOV"}, "target_role": {"main": "SYR", "role": "CVL"}}]},
    ]
    write_gsr(tmp_path, spans=spans)
    calls = []
    report = evaluate_gsr(tmp_path, fake_extract, progress=lambda done, total: calls.append((done, total)))
    a = report.spans["ASSAULT"]
    assert (a.records, a.detected) == (3, 2)
    assert (a.source_agree, a.source_compared) == (0, 1)
    assert (a.target_agree, a.target_compared) == (1, 2)
    assert a.target_share == 0.5
    assert calls[-1] == (6, 6)
    # The extra extraction does not change the detection counts.
    assert report.detection["ASSAULT"].skipped == 1


@pytest.mark.skipif(not (SHARED / "eval" / "gsr").is_dir(), reason="shared data absent")
def test_gsr_on_the_real_files():
    def keywords(sentence_id, text):
        found = []
        if "قتل" in text or "هجوم" in text:
            found.append(event("ASSAULT", target=None, article=sentence_id, text=text))
        if "تظاهر" in text or "احتجاج" in text:
            found.append(event("PROTEST", target=None, article=sentence_id, text=text))
        return found

    report = evaluate_gsr(SHARED / "eval" / "gsr", keywords)
    assault, protest = report.detection["ASSAULT"], report.detection["PROTEST"]
    assert assault.positives == 155 and assault.skipped == 75
    assert assault.n_easy + assault.n_difficult > 1000
    assert protest.positives > 0 and protest.skipped > 0
    for d in (assault, protest):
        assert 0 < d.tp < d.positives
        assert 0 < d.precision < 1 and 0 < d.recall < 1
    spans = report.spans["ASSAULT"]
    assert spans.records > 100 and 0 < spans.detected <= spans.records
    assert 0 < spans.target_compared <= spans.detected
    assert "ASSAULT" in format_gsr_report(report)


# ----------------------------------------------------------------- reasons for each error


def reasons(report, kind):
    return [(d.reason, d.level) for d in report.diagnoses if d.kind == kind]


def test_missed_event_without_any_system_event_in_its_sentence_has_no_trigger():
    gold = [event(span=(0, 40)), event("REJECT", span=(41, 80), text="الأمر الذي نفته موسكو")]
    report = score(gold, [event(span=(0, 40))])
    assert reasons(report, "missed") == [("no trigger", 1)]
    assert report.diagnoses[0].gold["type"] == "REJECT" and report.diagnoses[0].system is None


def test_missed_and_spurious_of_another_type_in_the_same_sentence_are_wrong_type():
    report = score([event("ACCUSE", span=(0, 50))], [event("THREATEN", span=(10, 40))])
    assert reasons(report, "missed") == [("wrong type", 1)]
    assert reasons(report, "spurious") == [("wrong type", 1)]
    missed = next(d for d in report.diagnoses if d.kind == "missed")
    assert missed.system["type"] == "THREATEN"


def test_spurious_event_in_a_sentence_without_gold_and_a_repeated_one():
    gold = [event(span=(0, 40))]
    system = [event(span=(0, 40)), event(span=(5, 30), source=USA_MIL, target=RUS_MIL),
              event("PROTEST", span=(90, 99), text="تظاهر مئات في بيروت")]
    report = score(gold, system)
    assert sorted(reasons(report, "spurious")) == [("no gold event", 1), ("repeated", 1)]


def test_pair_with_source_and_target_swapped_is_wrong_direction():
    report = score([event()], [event(source=USA_MIL, target=RUS_MIL)])
    assert reasons(report, "pair") == [("wrong direction", 2)]
    assert report.missed == [] and report.spurious == []


def test_pair_without_source_or_with_another_actor():
    assert reasons(score([event()], [event(source=None)]), "pair") == [("no source", 2)]
    iran = actor("إيران", "IRN")
    wrong = score([event()], [event(target=iran)])
    assert reasons(wrong, "pair") == [("wrong actor", 2)]
    assert "target" in wrong.diagnoses[0].detail and "IRN" in wrong.diagnoses[0].detail


def test_pair_right_in_actors_fails_on_date_sector_or_place():
    assert reasons(score([event()], [event(start="2017-09-10")]), "pair") == [("wrong date", 3)]
    civilians = actor("مدنيون", "USA", ("CVL",))
    assert reasons(score([event()], [event(target=civilians)]), "pair") == [("wrong sector", 3)]
    aleppo = dict(DEIR, name="Aleppo", lat=36.2, lon=37.16, geonameid=170063)
    assert reasons(score([event()], [event(location=aleppo)]), "pair") == [("wrong place", 4)]
    assert score([event()], [event()]).diagnoses == []


def test_eval_output_counts_reasons_and_lists_them_when_verbose():
    gold = [event(span=(0, 40)), event("REJECT", span=(41, 80), text="الأمر الذي نفته موسكو")]
    system = [event(span=(0, 40), source=USA_MIL, target=RUS_MIL)]
    report = score(gold, system)
    short = format_report(report)
    assert "no trigger" in short and "wrong direction" in short
    assert "نفته موسكو" not in short
    verbose = format_report(report, verbose=True)
    assert "الأمر الذي نفته موسكو" in verbose
    assert "level 2: wrong direction (source and target swapped)" in verbose
