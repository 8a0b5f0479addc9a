import json
from datetime import date, datetime

import pytest

from marsad.errors import InputError
from marsad.ingest.jsonfmt import looks_like_json, read_json, record_to_article, url_id
from marsad.model import Article

TEXT = ("استقبل الرئيس اللبناني في قصر بعبدا، الإثنين، وفداً من صندوق النقد الدولي.\n"
        "وبحث الجانبان خطة الإصلاح المالي وشروط القرض.")
TEXT2 = "أعلنت وزارة الصحة الفلسطينية وصول شحنة أدوية من منظمة الصحة العالمية إلى غزة."


def read(text, errors, origin="in.json"):
    return list(read_json(text, origin, errors))


def test_one_object(errors):
    record = {"id": 42, "title": "وفد صندوق النقد في بيروت", "text": TEXT,
              "published": "2023-03-20", "source": "وكالة", "author": "مراسلنا",
              "url": "https://example.org/a"}
    [article] = read(json.dumps(record, ensure_ascii=False), errors)
    assert article == Article(id="42", text=TEXT, title="وفد صندوق النقد في بيروت",
                              published=date(2023, 3, 20), source="وكالة",
                              url="https://example.org/a", author="مراسلنا", origin="in.json")
    assert not errors


def test_array_and_the_text_field_names(errors):
    records = [{"id": "a", "content": TEXT}, {"id": "b", "body": TEXT2}]
    articles = read(json.dumps(records, ensure_ascii=False), errors)
    assert [(a.id, a.text) for a in articles] == [("a", TEXT), ("b", TEXT2)]


def test_json_lines(errors):
    lines = [json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False),
             "",
             json.dumps({"id": "b", "text": TEXT2}, ensure_ascii=False)]
    assert [a.id for a in read("\n".join(lines) + "\n", errors, "in.jsonl")] == ["a", "b"]
    assert not errors


def test_text_is_kept_as_given(errors):
    text = "\n  " + TEXT + "  \n"
    [article] = read(json.dumps({"id": "x", "text": text}, ensure_ascii=False), errors)
    assert article.text == text


def test_ids_from_url_or_content():
    with_url = record_to_article({"url": "https://example.org/b", "text": TEXT}, "f")
    assert with_url.id == url_id("https://example.org/b")
    assert with_url.id != url_id("https://example.org/c")
    bare = record_to_article({"title": "عنوان", "text": TEXT}, "f")
    assert bare.id == Article.content_id("عنوان", TEXT)


def test_saudinewsnet_shaped_record():
    record = {"source": "sabq", "url": "https://example.org/2015/1", "title": "خبر",
              "author": "", "date_extracted": "2015-08-11 13:44:43", "content": TEXT}
    article = record_to_article(record, "2015-08-11.zip!2015-08-11.json")
    assert article.fetched == datetime(2015, 8, 11, 13, 44, 43)
    assert article.published == date(2015, 8, 11)  # the best date it has
    assert article.author is None  # empty means unknown
    assert article.source == "sabq"


def test_published_field_wins_over_date_extracted():
    record = {"id": 1, "text": TEXT, "published": "2015-08-09",
              "date_extracted": "2015-08-11 13:44:43"}
    article = record_to_article(record, "f")
    assert article.published == date(2015, 8, 9)
    assert article.fetched == datetime(2015, 8, 11, 13, 44, 43)


def test_unreadable_date_keeps_the_article(caplog):
    article = record_to_article({"id": 1, "text": TEXT, "date": "قبل قليل"}, "f")
    assert article.published is None
    assert "cannot read the date" in caplog.text


def test_record_without_text_is_reported_and_the_others_read(errors):
    records = [{"id": "a", "text": TEXT}, {"id": "b", "title": "بلا نص"},
               {"id": "c", "text": "   "}, {"id": "d", "text": TEXT2}]
    articles = read(json.dumps(records, ensure_ascii=False), errors, "batch.json")
    assert [a.id for a in articles] == ["a", "d"]
    assert errors.messages == [
        "batch.json: record 2: no text (expected a non-empty text, content, body field)",
        "batch.json: record 3: no text (expected a non-empty text, content, body field)",
    ]


def test_array_item_that_is_not_an_object(errors):
    articles = read(json.dumps([TEXT, {"id": "a", "text": TEXT2}], ensure_ascii=False), errors)
    assert [a.id for a in articles] == ["a"]
    assert errors.messages == ["in.json: record 1: not an article (a JSON string, "
                               "expected an object)"]


def test_bad_json_line_is_reported_and_the_others_read(errors):
    lines = [json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False),
             '{"id": "b", "text": "نص مقطوع',
             json.dumps({"id": "c", "text": TEXT2}, ensure_ascii=False)]
    articles = read("\n".join(lines), errors, "feed.jsonl")
    assert [a.id for a in articles] == ["a", "c"]
    assert len(errors) == 1
    assert errors.messages[0].startswith("feed.jsonl: line 2: malformed JSON")


@pytest.mark.parametrize("text, reason", [
    ('{"id": 1, "text": "نص"', "malformed JSON"),
    ('[{"id": 1, "text": "نص"},]', "malformed JSON"),
    ("[]", "no articles"),
    ("[1, 2]", None),
])
def test_whole_file_problems(text, reason, errors):
    if reason is None:  # an array of numbers: each item reported
        assert read(text, errors) == []
        assert len(errors) == 2 and "not an article" in errors.messages[0]
        return
    with pytest.raises(InputError) as caught:
        read(text, errors)
    assert str(caught.value).startswith(f"in.json: {reason}")


def test_json_scalar_is_not_an_article(errors):
    with pytest.raises(InputError, match="not an article"):
        read('"نص"', errors)


def test_looks_like_json():
    assert looks_like_json('\ufeff\n  {"a": 1}')
    assert looks_like_json("[]")
    assert not looks_like_json("2024-03-29 12:22 م\nعنوان")
