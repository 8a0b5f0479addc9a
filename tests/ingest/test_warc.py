"""WARC archives built with warcio: HTML responses in, other records and languages out,
truncated archives end in an error after the records read so far."""

import io
from datetime import date, datetime

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.errors import InputError
from marsad.ingest import read, read_bytes
from marsad.ingest.jsonfmt import url_id
from marsad.ingest.warc import MIN_ARABIC_SHARE, arabic_share, read_warc

STORIES = {
    "https://news.example.org/1": (
        "قصف مدفعي على بلدات في ريف إدلب",
        "تعرضت بلدات في ريف إدلب الجنوبي لقصف مدفعي مكثف فجر الخميس، ما أدى إلى نزوح "
        "عشرات العائلات نحو المناطق الشمالية."),
    "https://news.example.org/2": (
        "المعارضة تطالب بانتخابات مبكرة",
        "طالبت أحزاب المعارضة في تونس بإجراء انتخابات تشريعية مبكرة، واتهمت الحكومة "
        "بالفشل في معالجة الأزمة الاقتصادية."),
    "https://news.example.org/3": (
        "اتفاق على تبادل الأسرى",
        "أعلن الوسطاء التوصل إلى اتفاق بين الطرفين على تبادل الأسرى خلال الأيام المقبلة، "
        "برعاية اللجنة الدولية للصليب الأحمر."),
}
ENGLISH = ("Parliament approves the budget",
           "The national parliament approved the annual budget on Tuesday after a long "
           "debate about spending on health and education.")


def page(title, text, lang="ar"):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
            f'</title></head><body><nav><a href="/">الرئيسية</a> <a href="/w">العالم</a></nav>'
            f"<article><h1>{title}</h1><p>{text}</p></article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>").encode("utf-8")


def response(writer, uri, body, status="200 OK", content_type="text/html; charset=utf-8",
             date="2024-06-01T08:30:00Z"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                       http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def build_warc(gzip):
    """A small crawl: three Arabic stories among the records a crawler also writes."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    uris = list(STORIES)
    response(writer, uris[0], page(*STORIES[uris[0]]))
    writer.write_record(writer.create_warc_record(
        uris[1], "request",
        payload=io.BytesIO(b"GET /2 HTTP/1.1\r\nHost: news.example.org\r\n\r\n")))
    response(writer, uris[1], page(*STORIES[uris[1]]))
    response(writer, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n",
             content_type="image/png")
    response(writer, "https://news.example.org/old", b"", status="301 Moved Permanently")
    response(writer, "https://en.example.com/budget", page(*ENGLISH, lang="en"))
    response(writer, uris[2], page(*STORIES[uris[2]]).decode("utf-8").encode("cp1256"),
             content_type="text/html; charset=windows-1256")
    return out.getvalue()


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzipped"])
def test_html_responses_become_articles(gzip, errors):
    articles = list(read_bytes(build_warc(gzip), "crawl.warc", on_error=errors))
    assert errors == []
    assert [a.url for a in articles] == list(STORIES)  # no image, redirect, English page
    for article in articles:
        title, text = STORIES[article.url]
        assert article.title == title
        assert article.text == text
        assert article.id == url_id(article.url)
        assert article.fetched == datetime.fromisoformat("2024-06-01T08:30:00+00:00")
        assert article.published == date(2024, 6, 1)  # the page shows none: the capture day
        assert article.origin == f"crawl.warc!{article.url}"


def test_date_shown_on_the_page_wins_over_the_capture_day(errors):
    out = io.BytesIO()
    body = page(*STORIES["https://news.example.org/1"]).replace(
        b"</title>", b'</title><meta property="article:published_time" content="2024-05-30">')
    response(WARCWriter(out, gzip=False), "https://news.example.org/1", body)
    [article] = read_bytes(out.getvalue(), "one.warc", on_error=errors)
    assert article.published == date(2024, 5, 30)


def test_warc_files_are_streamed_from_disk_and_found_in_folders(tmp_path, errors):
    (tmp_path / "a.warc.gz").write_bytes(build_warc(gzip=True))
    (tmp_path / "b.warc").write_bytes(build_warc(gzip=False))
    (tmp_path / "notes.gz").write_bytes(b"\x1f\x8b other")  # not taken from a folder
    articles = list(read(tmp_path, on_error=errors))
    assert errors == []
    assert len(articles) == 6


def truncated(data, record_uri):
    """`data` cut in the middle of the body of the record for `record_uri`."""
    where = data.index(STORIES[record_uri][1].encode("utf-8")[:60])
    return data[:where + 30]


def test_truncated_plain_warc_keeps_what_was_read_then_names_the_offset(tmp_path, errors):
    data = build_warc(gzip=False)
    cut = truncated(data, "https://news.example.org/2")
    path = tmp_path / "cut.warc"
    path.write_bytes(cut)
    articles = list(read(path, on_error=errors))
    assert [a.url for a in articles] == ["https://news.example.org/1"]  # not half of /2
    [error] = errors
    assert error.path == str(path)
    offset = cut.rindex(b"WARC/1.")  # the start of the cut record
    assert offset in record_starts(data)
    assert error.reason == f"truncated WARC: the record at byte offset {offset} ends early"


def test_truncated_gzipped_warc_keeps_what_was_read(errors):
    data = build_warc(gzip=True)
    # gzipped records cannot be searched for their text: cut the last record in half
    last_start = record_starts(data)[-1]
    cut = data[:last_start + (len(data) - last_start) // 2]
    articles = list(read_bytes(cut, "cut.warc.gz", on_error=errors))
    assert [a.url for a in articles] == ["https://news.example.org/1", "https://news.example.org/2"]
    [error] = errors
    assert error.path == "cut.warc.gz"
    assert error.reason == f"truncated WARC: the record at byte offset {last_start} ends early"


def record_starts(data):
    """The byte offsets where the records of an archive start."""
    records = ArchiveIterator(io.BytesIO(data))
    starts = []
    for _ in records:
        starts.append(records.offset)
    return starts


def test_gzip_file_that_is_not_a_warc(errors):
    import gzip

    list(read_bytes(gzip.compress("نص عادي".encode("utf-8")), "x.gz", on_error=errors))
    assert len(errors) == 1 and errors[0].path == "x.gz"


def test_cut_before_the_first_record_is_an_error():
    with pytest.raises(InputError, match="ends early|no WARC records"):
        list(read_warc(io.BytesIO(b"WARC/1.0\r\nWARC-Type: resp"), "x.warc", lambda e: None))


def test_arabic_share():
    assert arabic_share(STORIES["https://news.example.org/1"][1]) == 1.0
    assert arabic_share(ENGLISH[1]) == 0.0
    assert arabic_share("قالت وكالة Reuters إن الوزير وصل") > MIN_ARABIC_SHARE
    assert arabic_share("1234 - !!") == 0.0
