"""The pipeline: one article in, each event it reports out once."""

from datetime import date

from marsad.extraction.pipeline import extract_article
from marsad.model import Actor, Article, Event, Evidence, When

SENTENCE = "قصفت طائرات روسية مواقع لتنظيم داعش قرب دير الزور أمس."
RUSSIA = Actor("طائرات روسية", "RUS", ("MIL",), None, "Russia")
ISIS = Actor("تنظيم داعش", "IMG", ("REB",), "ISIL", "Islamic State")


def strike(day: int, mode: str = "aerial") -> Event:
    return Event(article_id="a1", type="ASSAULT", mode=mode, source=RUSSIA, target=ISIS,
                 date=When(date(2017, 9, day), date(2017, 9, day)), location=None,
                 modality="asserted", claimant=None,
                 evidence=Evidence(SENTENCE, 0, len(SENTENCE)))


def test_one_sentence_read_twice_gives_one_record(monkeypatch):
    """Two readings of one sentence (two dates) share an id: the first is kept, as the store
    keeps one record per id, so `marsad extract` and the database agree."""
    import marsad.extraction.pipeline as pipeline

    readings = [strike(23), strike(24)]
    assert readings[0].id == readings[1].id
    monkeypatch.setattr(pipeline, "find_events", lambda document, article_id, **_: readings)
    events = extract_article(Article(id="a1", text=SENTENCE))
    assert events == [readings[0]]


def test_distinct_events_of_one_article_all_stay():
    text = ("قصفت طائرات روسية مواقع لتنظيم داعش قرب دير الزور أمس. "
            "ونظم المئات اعتصاما أمام البرلمان في عمان احتجاجا على قانون الانتخاب.")
    events = extract_article(Article(id="a2", text=text, published=date(2017, 9, 24)))
    assert {e.type for e in events} >= {"ASSAULT", "PROTEST"}
    assert len({e.id for e in events}) == len(events)
