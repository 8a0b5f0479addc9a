"""Linking near-duplicate articles as they are saved: the canonical_id and minhash columns."""

from datetime import date
from pathlib import Path

from sqlalchemy import select

from marsad.model import Actor, Article, Event, Evidence, When
from marsad.store import Store
from marsad.store.schema import articles

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "duplicates"
AGENCY, SITE_A, SITE_B, OTHER = (  # tests/test_duplicates.py says what each is
    (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").strip()
    for name in ("agency", "site_a", "site_b", "other"))

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
    with store.engine.connect() as conn:
        return dict(conn.execute(select(articles.c.id, articles.c.canonical_id)).all())


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

    monkeypatch.setattr(canonical.DuplicateIndex, "similar",
                        lambda self, minhash, exclude=None: calls.append(exclude) or [])
    with Store(store.url) as again:  # a new run: the index is rebuilt from stored signatures
        again.save(*story("agency", AGENCY, date(2017, 9, 24), "وكالة"))
        again.save(*story("site-a", SITE_A, date(2017, 9, 25), "الشرق"))
        assert canonical_ids(again) == before == {"agency": None, "site-a": "agency"}
        assert again.summary()["events"] == 1
    assert calls == []  # unchanged articles: their links stand, the index is not asked


def test_a_new_copy_in_a_later_run_is_linked_from_stored_signatures(store):
    store.save(*story("agency", AGENCY, date(2017, 9, 24), "وكالة"))
    with Store(store.url) as again:
        again.save(*story("site-b", SITE_B, date(2017, 9, 25), "الوطن"))
        assert canonical_ids(again) == {"agency": None, "site-b": "agency"}


def test_an_article_whose_text_changed_is_linked_again(store):
    store.save(*story("agency", AGENCY, date(2017, 9, 24), "وكالة"))
    store.save(*story("site-b", SITE_B, date(2017, 9, 25), "الوطن"))
    assert canonical_ids(store)["site-b"] == "agency"
    store.save(*story("site-b", OTHER, date(2017, 9, 25), "الوطن"))  # the page now tells another
    assert canonical_ids(store) == {"agency": None, "site-b": None}
    assert store.summary()["events"] == 2


def test_copies_saved_in_one_transaction_are_linked(store):
    from marsad.store.store import prepare

    store.save_prepared(prepare(*story("site-a", SITE_A, date(2017, 9, 25), "الشرق")),
                        prepare(*story("agency", AGENCY, date(2017, 9, 24), "وكالة")),
                        prepare(*story("other", OTHER, date(2017, 9, 24), "الوطن")))
    assert canonical_ids(store) == {"agency": None, "site-a": "agency", "other": None}


def test_a_failed_transaction_leaves_no_signature_behind(store):
    import dataclasses

    import pytest

    from marsad.store.store import prepare

    agency = prepare(*story("agency", AGENCY, date(2017, 9, 24), "وكالة"))
    broken = dataclasses.replace(  # the same event id twice: the transaction fails
        prepare(*story("other", OTHER, date(2017, 9, 24), "الوطن")),
        event_rows=agency.event_rows * 2)
    with pytest.raises(Exception):
        store.save_prepared(agency, broken)
    assert canonical_ids(store) == {}
    index = store.duplicates.index
    assert index is None or "agency" not in index  # rebuilt from what the database holds
    store.save(*story("site-a", SITE_A, date(2017, 9, 25), "الشرق"))
    assert canonical_ids(store) == {"site-a": None}
    assert "agency" not in store.duplicates.index
