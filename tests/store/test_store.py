import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import event, inspect, text

from marsad.errors import MarsadError
from marsad.model import Article
from marsad.store import QueryError, Store, StoreError, default_url
from sample_data import all_articles, egypt, iraq, syria


def save_all(store):
    for article, events in all_articles():
        store.save(article, events)


def test_save_stores_article_and_records(store):
    article, events = syria()
    assert store.save(article, events) == 2
    assert store.article("sy-001") == article
    records = list(store.events())
    assert records == [e.to_record() for e in events]  # same date: in the article's order
    assert records[0]["source"]["text"] == "وزارة الدفاع الروسية"


def test_resaving_replaces_events_and_never_duplicates(store):
    article, events = syria()
    store.save(article, events)
    store.save(article, events)
    assert store.summary()["events"] == 2
    assert store.summary()["articles"] == 1
    # a corrected article with a single event replaces both old events
    fixed = Article(id=article.id, text=article.text, title="عنوان مصحح")
    store.save(fixed, events[:1])
    assert [r["id"] for r in store.events()] == [events[0].id]
    assert store.article(article.id).title == "عنوان مصحح"


def test_duplicate_event_ids_in_one_article_are_saved_once(store):
    article, events = iraq()
    assert store.save(article, [events[0], events[0], events[1]]) == 2
    assert store.summary()["events"] == 2


def test_article_without_events_is_kept(store):
    article, _ = egypt()
    store.save(article, [])
    assert store.article("eg-003").text == article.text
    assert list(store.events()) == []


def test_unknown_article_is_none(store):
    assert store.article("لا-يوجد") is None


def test_schema_columns_and_indexes(store):
    inspector = inspect(store.engine)
    columns = {c["name"] for c in inspector.get_columns("events")}
    assert {"source_code", "target_group", "claimant_code", "date_start", "lat", "record"} <= columns
    indexed = {tuple(i["column_names"]) for i in inspector.get_indexes("events")}
    for column in ("type", "date_start", "source_code", "target_code", "country", "article_id"):
        assert (column,) in indexed


def test_record_column_holds_the_full_record(store):
    article, events = iraq()
    store.save(article, events)
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT record FROM events WHERE type = 'PROTEST'")).scalar()
    assert json.loads(stored) == events[0].to_record()
    assert "ساحة التحرير" in stored  # Arabic kept as is, not \u-escaped


def test_sqlite_uses_wal_and_foreign_keys(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'wal.db'}") as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.parametrize("filters, expected", [
    ({"type": "assault"}, {"ASSAULT"}),
    ({"modality": "negated"}, {"SANCTION"}),
    ({"country": "irq"}, {"PROTEST"}),
    ({"actor": "USA"}, {"ACCUSE"}),
    ({"actor": "ISIL"}, {"ASSAULT"}),                     # group
    ({"actor": "Jordanian"}, {"AGREE", "SANCTION"}),      # English name, substring
    ({"actor": "الحكومة العراقية"}, {"PROTEST", "REQUEST"}),  # Arabic text, as target and source
    ({"place": "دير الزور"}, {"ASSAULT"}),
    ({"place": "cairo"}, {"AGREE"}),
    ({"since": "2016-01-01"}, {"ASSAULT", "ACCUSE", "AGREE", "SANCTION"}),
    ({"until": date(2015, 12, 31)}, {"PROTEST", "REQUEST"}),
    ({"since": "2015-08-07", "until": "2015-08-07"}, {"PROTEST", "REQUEST"}),
    ({"type": "AGREE", "country": "SYR"}, set()),
])
def test_filters(store, filters, expected):
    save_all(store)
    assert {r["type"] for r in store.events(**filters)} == expected


def test_actor_filter_treats_percent_literally(store):
    save_all(store)
    assert list(store.events(actor="%")) == []


def test_events_ordered_by_date_and_limited(store):
    save_all(store)
    dates = [r["date"]["start"] for r in store.events()]
    assert dates == sorted(dates)
    assert len(list(store.events(limit=3))) == 3


def test_bad_date_filter_is_a_query_error(store):
    with pytest.raises(QueryError, match="since"):
        store.events(since="أمس")  # raised at the call, before any row is read


def test_summary_counts(store):
    save_all(store)
    summary = store.summary()
    assert summary["articles"] == 3
    assert summary["events"] == 6
    assert summary["by_type"]["ASSAULT"] == 1
    assert summary["by_modality"] == {"asserted": 5, "negated": 1}


def test_default_url_from_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("MARSAD_DB", raising=False)
    assert default_url() == "sqlite:///marsad.db"
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("MARSAD_DB", url)
    with Store() as store:
        assert store.url == url
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize("url", [
    "not a url",
    "nosuchdialect://host/db",
    "sqlite:////nonexistent-dir/sub/marsad.db",
])
def test_unusable_url_is_a_store_error(url):
    with pytest.raises(StoreError) as caught:
        Store(url)
    assert isinstance(caught.value, MarsadError)
    assert "\n" not in str(caught.value)


def test_password_is_not_shown_in_errors():
    with pytest.raises(StoreError) as caught:
        Store("postgresql+nosuchdriver://marsad:secret@localhost/marsad")
    assert "secret" not in str(caught.value)


def test_database_trouble_while_saving_is_a_store_error(tmp_path):
    path = tmp_path / "locked.db"
    with Store(f"sqlite:///{path}") as store:
        @event.listens_for(store.engine, "connect")
        def no_waiting(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA busy_timeout=0")  # fail at once, not in 30 s

        store.engine.dispose()
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            article, events = syria()
            with pytest.raises(StoreError, match="cannot save article sy-001"):
                store.save(article, events)
        finally:
            holder.close()


def test_fetch_time_with_a_zone_is_stored_in_utc(store):
    from datetime import datetime, timedelta, timezone

    article, events = syria()
    riyadh = datetime(2017, 9, 25, 11, 30, tzinfo=timezone(timedelta(hours=3)))
    store.save(Article(id=article.id, text=article.text, fetched=riyadh), events)
    assert store.article(article.id).fetched == datetime(2017, 9, 25, 8, 30)


def test_opening_for_reading_needs_an_existing_database(tmp_path):
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="no Marsad database"):
        Store(f"sqlite:///{path}", create=False)
    assert not path.exists()
    sqlite3.connect(path).execute("CREATE TABLE other (x)").connection.close()
    with pytest.raises(StoreError, match="no Marsad database"):
        Store(f"sqlite:///{path}", create=False)  # a database, but not Marsad's
    Store(f"sqlite:///{path}").close()
    with Store(f"sqlite:///{path}", create=False) as store:
        assert store.summary()["articles"] == 0


@pytest.mark.parametrize("url, expected", [
    ("postgresql://marsad@127.0.0.1:5432/marsad", "postgresql+psycopg://marsad@127.0.0.1:5432/marsad"),
    ("postgres://marsad:pw@db/marsad", "postgresql+psycopg://marsad:pw@db/marsad"),
    ("postgresql+psycopg://marsad@db/marsad", "postgresql+psycopg://marsad@db/marsad"),
    ("sqlite:///marsad.db", "sqlite:///marsad.db"),
])
def test_postgresql_urls_use_the_psycopg_driver(url, expected):
    from marsad.store.store import driver_url

    assert driver_url(url) == expected


def test_same_data_reads_back_alike_on_each_backend(store):
    save_all(store)
    assert store.engine.dialect.name in ("sqlite", "postgresql")
    assert [r["type"] for r in store.events(actor="EGY")] == ["AGREE", "SANCTION"]
    assert store.article("sy-001").fetched.isoformat() == "2017-09-25T08:30:00"
