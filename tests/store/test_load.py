import json

from marsad.store import ingest
from sample_data import all_articles

EVENTS = {article.id: events for article, events in all_articles()}


def extract_by_id(article):
    """Stand-in for the pipeline: the hand-coded events of the sample article with this id."""
    return EVENTS.get(article.id, [])


def write_inputs(folder):
    """The sample articles as a JSON Lines file, and one file that is not an article."""
    folder.mkdir()
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for article, _ in all_articles():
            f.write(json.dumps({"id": article.id, "title": article.title,
                                "content": article.text}, ensure_ascii=False) + "\n")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_ingest_saves_every_article_and_collects_errors(store, tmp_path):
    folder = write_inputs(tmp_path / "in")
    seen = []
    result = ingest([folder], store, extract=extract_by_id, on_error=seen.append)
    assert (result.articles, result.events) == (3, 6)
    assert [str(e) for e in result.errors] == [str(e) for e in seen]
    assert [e.path for e in seen] == [str(folder / "empty.txt")]
    assert store.summary()["events"] == 6
    assert store.article("iq-002").text == EVENTS["iq-002"][0].evidence.text + " " + \
        EVENTS["iq-002"][1].evidence.text


def test_ingest_twice_gives_the_same_database(store, tmp_path):
    folder = write_inputs(tmp_path / "in")
    ingest([folder], store, extract=extract_by_id)
    first = list(store.events())
    ingest([folder], store, extract=extract_by_id)
    assert list(store.events()) == first


def test_ingest_passes_articles_through_progress(store, tmp_path):
    folder = write_inputs(tmp_path / "in")
    wrapped = []

    def progress(articles):
        for article in articles:
            wrapped.append(article.id)
            yield article

    ingest([folder / "articles.jsonl"], store, extract=extract_by_id, progress=progress)
    assert wrapped == ["sy-001", "iq-002", "eg-003"]


def _stored(store):
    """Everything an ingest decides: each article's canonical link and its event records."""
    from sqlalchemy import select

    from marsad.store.schema import articles

    with store.engine.connect() as conn:
        links = dict(conn.execute(select(articles.c.id, articles.c.canonical_id)).all())
    return links, list(store.events())


def write_many(folder):
    """More articles than the worker window holds: each sample article, then retold copies
    (near-duplicates) and short new items, so the order of saving matters for the links."""
    folder.mkdir()
    samples = [article for article, _ in all_articles()]
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for n in range(40):
            base = samples[n % len(samples)]
            text = base.text if n < len(samples) else \
                f"{base.text} وأضاف المصدر أن الوضع ما زال متوترا في الساعة {n}."
            f.write(json.dumps({"id": f"{base.id}-{n}", "title": base.title, "content": text},
                               ensure_ascii=False) + "\n")
    return folder


def test_ingest_with_workers_gives_the_database_a_serial_ingest_gives(store, tmp_path):
    from marsad.store import Store

    folder = write_many(tmp_path / "in")
    with Store(f"sqlite:///{tmp_path / 'serial.db'}") as serial_store:
        serial = ingest([folder], serial_store)
        expected = _stored(serial_store)
    parallel = ingest([folder], store, workers=2)
    assert _stored(store) == expected
    assert (parallel.articles, parallel.events) == (serial.articles, serial.events)
    assert serial.articles == 40 and serial.events > 0
    assert any(expected[0].values())  # near-duplicates were linked


def failing_extract(article):
    if article.id.endswith("-17"):
        raise ValueError(f"cannot extract {article.id}")
    return []


def test_an_error_in_a_worker_stops_the_ingest_with_that_error(store, tmp_path):
    import pytest

    folder = write_many(tmp_path / "in")
    with pytest.raises(ValueError, match="-17"):
        ingest([folder], store, extract=failing_extract, workers=2)
    assert 0 < store.summary()["articles"] <= 17  # what came before it is saved
