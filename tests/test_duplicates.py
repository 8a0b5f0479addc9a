"""Near-duplicate articles: the same agency story on several sites is linked, not dropped."""

from datetime import date

import pytest

from marsad.duplicates import (
    THRESHOLD, Doc, find_canonicals, from_bytes, shingles, signature, to_bytes,
)
from marsad.model import Actor, Article, Event, Evidence, When
from marsad.store import Store

# One agency story, as the agency wrote it and as two sites re-ran it with small edits.
AGENCY = (
    "دمشق - أعلنت وزارة الدفاع الروسية اليوم الأحد أن طائراتها الحربية شنت سلسلة غارات جوية "
    "على مواقع لتنظيم داعش في ريف دير الزور الشرقي، ما أدى إلى تدمير مستودعات للأسلحة ومقار "
    "قيادة تابعة للتنظيم. وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الغارات استهدفت أيضاً "
    "تجمعات للمسلحين قرب مدينة الميادين، مؤكداً أن العمليات ستتواصل حتى القضاء على التنظيم "
    "بالكامل. وأضاف أن القوات الحكومية السورية تقدمت بدعم جوي روسي باتجاه الضفة الشرقية لنهر "
    "الفرات، وسيطرت على عدد من القرى بعد معارك عنيفة مع عناصر التنظيم."
)
SITE_A = (  # a different dateline, one word changed, the last sentence cut
    "موسكو (وكالات) - أعلنت وزارة الدفاع الروسية اليوم الأحد أن طائراتها الحربية شنت سلسلة "
    "غارات جوية على مواقع لتنظيم داعش في ريف دير الزور الشرقي، ما أدى إلى تدمير مخازن للأسلحة "
    "ومقار قيادة تابعة للتنظيم. وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الغارات استهدفت "
    "أيضاً تجمعات للمسلحين قرب مدينة الميادين، مؤكداً أن العمليات ستتواصل حتى القضاء على "
    "التنظيم بالكامل."
)
SITE_B = (  # diacritics and another spelling of the same words, a sentence added at the end
    "أعلنت وزارةُ الدفاع الروسية اليوم الأحد أن طائراتها الحربية شنّت سلسلة غارات جويّة على "
    "مواقع لتنظيم داعش في ريف دير الزور الشرقي، ما أدى إلى تدمير مستودعات للأسلحة ومقار قيادة "
    "تابعة للتنظيم. وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الغارات استهدفت أيضاً تجمعات "
    "للمسلحين قرب مدينة الميادين، مؤكداً أن العمليات ستتواصل حتى القضاء على التنظيم بالكامل. "
    "وأضاف أن القوات الحكومية السورية تقدمت بدعم جوي روسي باتجاه الضفة الشرقية لنهر الفرات، "
    "وسيطرت على عدد من القرى بعد معارك عنيفة مع عناصر التنظيم. ولم يصدر أي تعليق من التنظيم."
)
# Another story on the same topic, with the same actors and many of the same words.
OTHER = (
    "دمشق - قالت وزارة الدفاع الروسية إن طائراتها لم تستهدف أي مواقع مدنية في ريف دير الزور، "
    "نافية ما أورده ناشطون عن سقوط قتلى بين المدنيين في غارات على بلدة الشحيل. وأكد المتحدث "
    "باسم الوزارة أن جميع الأهداف كانت مواقع عسكرية لتنظيم داعش جرى التحقق منها مسبقاً، وأن "
    "الوزارة مستعدة لتقديم الأدلة. من جهتهم، نشر ناشطون صوراً قالوا إنها لمنازل مدمرة في البلدة."
)


def test_shingles_are_normalised_word_trigrams():
    assert shingles("شنّت الطائرات غاراتٍ جويّة") == {"شنت الطائرات غارات", "الطائرات غارات جويه"}
    assert shingles("غارات جوية") == {"غارات جويه"}
    assert shingles("") == set()


def test_agency_story_with_small_edits_is_similar_and_another_story_is_not():
    agency = signature(AGENCY)
    assert agency.jaccard(signature(SITE_A)) >= THRESHOLD
    assert agency.jaccard(signature(SITE_B)) >= THRESHOLD
    assert agency.jaccard(signature(OTHER)) < 0.2


def test_signature_survives_bytes():
    minhash = signature(AGENCY)
    assert from_bytes(to_bytes(minhash)).jaccard(minhash) == 1.0


def test_canonical_is_the_earliest_published_then_the_smallest_id():
    docs = [Doc("site-b", SITE_B, date(2017, 9, 24)), Doc("site-a", SITE_A, date(2017, 9, 25)),
            Doc("agency", AGENCY, date(2017, 9, 24)), Doc("other", OTHER, date(2017, 9, 23))]
    assert find_canonicals(docs) == {"site-b": "agency", "site-a": "agency",
                                     "agency": "agency", "other": "other"}


def test_undated_articles_come_after_dated_ones():
    docs = [Doc("a", AGENCY, None), Doc("b", SITE_B, date(2017, 9, 26))]
    assert find_canonicals(docs) == {"a": "b", "b": "b"}


# -- in the store -----------------------------------------------------------------------------

SOURCE = Actor("وزارة الدفاع الروسية", "RUS", ("MIL",), None, "Russian Ministry of Defence")
TARGET = Actor("تنظيم داعش", "IMG", ("REB",), "ISIL", "Islamic State")


def story(article_id: str, text: str, published: date, outlet: str) -> tuple[Article, list[Event]]:
    """An article and the one strike it reports (evidence: its first sentence)."""
    article = Article(id=article_id, text=text, published=published, source=outlet)
    sentence = text.split(".")[0]
    start = text.index(sentence)
    event = Event(article_id=article_id, type="ASSAULT", mode="aerial", source=SOURCE,
                  target=TARGET, date=When(date(2017, 9, 24), date(2017, 9, 24)),
                  location=None, modality="asserted", claimant=None,
                  evidence=Evidence(sentence, start, start + len(sentence)))
    return article, [event]


def canonical_ids(store: Store) -> dict:
    from sqlalchemy import select

    from marsad.store.schema import articles

    with store.engine.connect() as conn:
        return dict(conn.execute(select(articles.c.id, articles.c.canonical_id)).all())


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'dups.db'}") as s:
        yield s


def test_store_links_copies_on_ingest_and_counts_their_events_once(store):
    store.save(*story("site-a", SITE_A, date(2017, 9, 25), "الشرق"))
    store.save(*story("agency", AGENCY, date(2017, 9, 24), "وكالة"))  # earlier: becomes canonical
    store.save(*story("site-b", SITE_B, date(2017, 9, 24), "الوطن"))
    store.save(*story("other", OTHER, date(2017, 9, 24), "الوطن"))
    assert canonical_ids(store) == {"site-a": "agency", "agency": None, "site-b": "agency",
                                    "other": None}
    summary = store.summary()
    assert (summary["articles"], summary["duplicates"], summary["events"]) == (4, 2, 2)
    assert summary["by_type"] == {"ASSAULT": 2}
    assert len(list(store.events())) == 4  # linked, never dropped
    assert {r["article_id"] for r in store.events(canonical_only=True)} == {"agency", "other"}


def test_reingest_is_incremental(store, monkeypatch):
    for args in (("agency", AGENCY, date(2017, 9, 24), "وكالة"),
                 ("site-a", SITE_A, date(2017, 9, 25), "الشرق")):
        store.save(*story(*args))
    before = canonical_ids(store)
    calls = []
    import marsad.store.canonical as canonical

    monkeypatch.setattr(canonical, "signature", lambda text: calls.append(text))
    with Store(store.url) as again:  # a new run: the index is rebuilt from stored signatures
        again.save(*story("agency", AGENCY, date(2017, 9, 24), "وكالة"))
        again.save(*story("site-a", SITE_A, date(2017, 9, 25), "الشرق"))
        assert canonical_ids(again) == before == {"agency": None, "site-a": "agency"}
        assert again.summary()["events"] == 1
    assert calls == []  # unchanged articles: no signature computed again


def test_a_new_copy_in_a_later_run_is_linked_from_stored_signatures(store):
    store.save(*story("agency", AGENCY, date(2017, 9, 24), "وكالة"))
    with Store(store.url) as again:
        again.save(*story("site-b", SITE_B, date(2017, 9, 25), "الوطن"))
        assert canonical_ids(again) == {"agency": None, "site-b": "agency"}
