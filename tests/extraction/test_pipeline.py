"""The pipeline: one article in, each event it reports out once."""

from dataclasses import replace
from datetime import date

from marsad.extraction.pipeline import extract_article
from marsad.model import Actor, Article, Event, Evidence, Place, When

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


def _clash_at(place: str) -> str:
    return f"واندلعت أمس اشتباكات بين الجيش اليمني ومسلحي الحوثي في {place}."


def test_the_same_act_in_two_places_far_apart_is_two_events():
    published = date(2015, 8, 11)
    text = " ".join(_clash_at(place) for place in ("مدينة إب", "مدينة الحديدة"))
    events = [e for e in extract_article(Article(id="a3", text=text, published=published))
              if e.type == "ASSAULT"]
    assert len(events) == 2
    assert {e.location.name for e in events} == {"Ibb", "Al Hudaydah"}


def test_the_same_act_told_again_without_a_place_is_one_event():
    published = date(2015, 8, 11)
    text = _clash_at("مدينة إب") + " وقال مسؤول إن اشتباكات اندلعت أمس بين الجيش اليمني ومسلحي الحوثي."
    events = [e for e in extract_article(Article(id="a4", text=text, published=published))
              if e.type == "ASSAULT"]
    assert len(events) == 1


def test_one_sentence_naming_two_places_tells_one_event(monkeypatch):
    """Two actor words of one state in one sentence, each read with a different place, are the
    sentence's one event."""
    import marsad.extraction.pipeline as pipeline

    deir = Place("دير الزور", "Deir ez-Zor", 35.33, 40.14, "SYR", 2)
    damascus = Place("دمشق", "Damascus", 33.51, 36.29, "SYR", 2)
    first = replace(strike(23), location=deir, id="")
    second = replace(strike(23), source=replace(RUSSIA, text="الطيران الروسي"), location=damascus, id="")
    assert first.id != second.id
    monkeypatch.setattr(pipeline, "find_events", lambda document, article_id, **_: [first, second])
    assert extract_article(Article(id="a1", text=SENTENCE)) == [first]


def strikes(text: str) -> list[Event]:
    """The attacks an article of 2015-08-11 reports."""
    return [e for e in extract_article(Article(id="a5", text=text, published=date(2015, 8, 11)))
            if e.type == "ASSAULT"]


def test_an_act_told_as_another_is_not_a_repeat():
    # "كما شنت طائرات أخرى غارات مماثلة": the same doer and target, a second operation
    first = "شنت طائرات التحالف العربي غارات على مواقع الحوثيين."
    another = " كما شنت طائرات أخرى غارات مماثلة على مواقع الحوثيين في مأرب."
    again = " كما شنت الطائرات غارات على مواقع الحوثيين في مأرب."
    assert [e.source.group for e in strikes(first + another)] == ["ARAB_COALITION"] * 2
    other_plane = " كما قصفت طائرة أخرى موقعا للحوثيين في مأرب."  # "another" in the doer's words
    assert [e.source.group for e in strikes(first + other_plane)] == ["ARAB_COALITION"] * 2
    assert len(strikes(first + again)) == 1


def test_a_sentence_opening_another_item_of_news_tells_another_act():
    first = "لقي 41 متمردا حوثيا مصرعهم في غارات شنتها طائرات التحالف العربي على مواقع الحوثيين."
    meanwhile = " في غضون ذلك، شنت طائرات التحالف غارات عنيفة استهدفت مواقع الحوثيين بجبهة مجزر."
    assert [e.source.group for e in strikes(first + meanwhile)] == ["ARAB_COALITION"] * 2
    # "إلى ذلك" also opens the details of the story told: still a repeat
    assert len(strikes(first + meanwhile.replace("في غضون ذلك", "إلى ذلك"))) == 1


def test_a_paragraph_printed_twice_tells_its_act_once():
    paragraph = "قالت مصادر طبية في عدن إن تسعة أشخاص لقوا حتفهم إثر انفجار ألغام زرعتها ميليشيات الحوثي."
    assert len(strikes("ومن جهة ثانية " + paragraph + " وعلى صعيد آخر " + paragraph)) == 1


def test_a_title_naming_one_side_of_an_act_the_body_tells_adds_nothing():
    # the title's "strike led by America" (USA/-) is the body's strike on ISIS (USA/ISIL)
    article = Article(id="a6", title="29 ضربة جوية بقيادة أمريكا تستهدف داعش",
                      text="نفذت الولايات المتحدة 29 ضربة جوية يوم الأحد استهدفت تنظيم داعش في سوريا.",
                      published=date(2015, 8, 10))
    strikes = [e for e in extract_article(article) if e.type == "ASSAULT"]
    assert [(e.source.code, e.target.group) for e in strikes] == [("USA", "ISIL")]


def test_a_title_whose_actors_name_no_one_adds_nothing_to_the_body():
    # "مقتل 5 في انفجار": the five are the body's five Iraqis; the title's count names no one
    article = Article(id="a7", title="مقتل 5 وإصابة 10 في انفجار عبوة ناسفة بـ«الموصل»",
                      text="وقتل خمسة عراقيين وأصيب عشرة آخرون أمس في انفجار عبوة ناسفة زرعها تنظيم داعش "
                           "في مدينة الموصل.",
                      published=date(2015, 8, 10))
    strikes = [e for e in extract_article(article) if e.type == "ASSAULT"]
    assert strikes and all(e.evidence.start >= 0 for e in strikes)  # none from the title


def test_a_partial_telling_of_an_act_in_its_own_sentence_adds_nothing(monkeypatch):
    """The same strike read twice in one sentence, once without its target, is one record; a
    strike of another mode or with another target stays."""
    import marsad.extraction.pipeline as pipeline

    full = strike(23)
    partial = replace(full, target=None, id="")  # id="": its own id, computed afresh
    other_mode = replace(full, mode="heavy-weapons", target=None, id="")
    other_target = replace(full, target=RUSSIA, source=None, id="")
    readings = [partial, full, other_mode, other_target]
    monkeypatch.setattr(pipeline, "find_events", lambda document, article_id, **_: readings)
    events = extract_article(Article(id="a1", text=SENTENCE))
    assert events == [full, other_mode, other_target]
