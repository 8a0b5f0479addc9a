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
