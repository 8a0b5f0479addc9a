"""`marsad explain`: each sentence with its mentions, triggers and candidate events, and why
each candidate was kept or dropped, on an article written for this test."""

from datetime import date

from click.testing import CliRunner

from marsad.cli import main
import marsad.extraction.reports as reports
from marsad.explain import KEPT, REPEATED, explain_article, format_explanation
from marsad.model import Article

TITLE = "الجيش العراقي يقصف مواقع لتنظيم داعش في الأنبار"
SENTENCES = [
    "قصف الجيش العراقي، أمس الأربعاء، مواقع لتنظيم داعش في محافظة الأنبار غرب البلاد.",
    "ويحتج المتظاهرون في البصرة على انقطاع الكهرباء.",
    "وأشارت وزارة الدفاع العراقية إلى غياب قصف الطيران السوري على الحدود.",
    "وتحدث البيان عن الاغتيالات في المدينة.",
    "وأفاد شهود بوقوع هجوم أمس قرب السوق.",
    "وقالت قيادة العمليات المشتركة إن الحكومة العراقية، التي تدعمها واشنطن، ستواصل العمليات.",
]
ARTICLE = Article(id="anbar", text="\n\n".join(SENTENCES), title=TITLE, published=date(2019, 3, 14))


def explained():
    title, body = explain_article(ARTICLE)
    assert (title.part, body.part) == ("title", "body")
    return title, body


def fates(sentence):
    return {(c.trigger, c.reason) for c in sentence.candidates}


def test_every_sentence_is_shown_with_its_offsets_in_the_body():
    _, body = explained()
    assert [s.text for s in body.sentences] == SENTENCES
    for sentence in body.sentences:
        assert ARTICLE.text[sentence.start:sentence.end] == sentence.text


def test_a_kept_event_shows_its_mentions_and_arguments():
    _, body = explained()
    first = body.sentences[0]
    assert any(a.startswith("الجيش العراقي → IRQ MIL") for a in first.actors)
    assert any(a.startswith("تنظيم داعش → ISIL") for a in first.actors)
    assert any("Anbar" in p for p in first.places)
    assert any(t.startswith("أمس الأربعاء → 2019-03-13") for t in first.times)
    assert any(t.startswith("قصف → ASSAULT") for t in first.triggers)
    [candidate] = first.candidates
    assert candidate.kept and candidate.type.startswith("ASSAULT")
    assert candidate.source.startswith("IRQ MIL") and candidate.target.startswith("ISIL")
    assert candidate.date == "2019-03-13" and candidate.place == "Anbar"


def test_dropped_candidates_say_why():
    _, body = explained()
    habitual, absence, generic, undone, relative = body.sentences[1:]
    assert ("يحتج", "habitual present (undated)") in fates(habitual)
    assert ("قصف", "absence: the act is said not to have happened") in fates(absence)
    assert ("الاغتيالات", "generic noun without doer or date") in fates(generic)
    assert ("هجوم", "no actor on either side") in fates(undone)
    assert ("تدعمها", "inside a relative clause") in fates(relative)
    assert not any(c.kept for s in body.sentences[1:] for c in s.candidates)


def test_an_event_the_sentence_model_reads_as_named_in_passing_says_so(monkeypatch):
    """With a model that reads no ASSAULT sentence as news, the bombardment shows as dropped,
    with the model's probability."""
    never = reports.ReportModel({"ASSAULT": reports.TypeModel(bias=-20.0, weights={})})
    monkeypatch.setattr(reports, "default_model", lambda: never)
    _, body = explained()
    [candidate] = body.sentences[0].candidates
    assert not candidate.kept and candidate.trigger == "قصف"
    assert candidate.reason.startswith("named in passing") and "p=0.00" in candidate.reason


def test_the_title_repeats_what_the_body_tells():
    title, _ = explained()
    [candidate] = title.sentences[0].candidates
    assert candidate.reason == REPEATED and candidate.trigger == "يقصف"
    assert title.sentences[0].start == -1


def test_format_marks_kept_and_dropped_candidates():
    text = format_explanation(explain_article(ARTICLE))
    assert text.index("· title ==") < text.index("· body ==")
    assert "+ قصف ASSAULT" in text and f"— {KEPT}" in text
    assert "- يحتج PROTEST" in text and "habitual present" in text
    assert "actors:" in text and "triggers:" in text


def test_cli_explains_an_article_file(tmp_path):
    path = tmp_path / "anbar.txt"
    path.write_text("2019-03-14 10:00 ص\n" + TITLE + "\n2019-03-14\n\n" + ARTICLE.text + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    assert "قصف الجيش العراقي" in result.output and "absence" in result.output


def test_cli_reports_a_missing_file(tmp_path):
    result = CliRunner().invoke(main, ["explain", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
