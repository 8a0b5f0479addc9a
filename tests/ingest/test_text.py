from datetime import date, datetime

import pytest

from marsad.errors import InputError
from marsad.ingest.text import parse_header, read_text, strip_blank_lines

P1 = "تظاهر آلاف الطلاب، أمس الأربعاء، أمام مبنى البرلمان في بغداد للمطالبة بتوفير فرص العمل."
P2 = "وقالت قيادة عمليات بغداد إن قوات الأمن لم تستخدم القوة ضد المتظاهرين."
P3 = "ودعت الأمم المتحدة الحكومة العراقية إلى الحوار مع المحتجين."
TITLE = "آلاف الطلاب يتظاهرون أمام البرلمان العراقي"


def article_file(fetch="2024-02-15 09:40 ص", published="2024-02-15", sep="\n\n"):
    return sep.join([fetch, TITLE, published, P1, P2, P3]) + "\n"


def only(text, name="015_protest"):
    articles = list(read_text(text, f"{name}.txt", name))
    assert len(articles) == 1
    return articles[0]


def test_header_and_body():
    article = only(article_file())
    assert article.id == "015_protest"
    assert article.title == TITLE
    assert article.fetched == datetime(2024, 2, 15, 9, 40)
    assert article.published == date(2024, 2, 15)
    assert article.origin == "015_protest.txt"
    # The body is everything after the date line, blank lines around it dropped.
    assert article.text == "\n\n".join([P1, P2, P3])


def test_pm_fetch_time():
    assert only(article_file(fetch="2024-02-15 09:40 م")).fetched == datetime(2024, 2, 15, 21, 40)


def test_offsets_point_into_the_body():
    body = only(article_file()).text
    start = len(P1) + 2
    assert body[start:].startswith("وقالت قيادة عمليات بغداد")
    assert body.index(P3) == len(P1) + len(P2) + 4


def test_header_without_blank_lines():
    article = only(article_file(sep="\n"))
    assert article.title == TITLE
    assert article.text == "\n".join([P1, P2, P3])


def test_windows_line_ends_give_the_same_body():
    assert only(article_file().replace("\n", "\r\n")) == only(article_file())


def test_inner_blank_lines_and_indentation_are_kept():
    body = "  " + P1 + "\n\n\n" + P2
    article = only("\n".join(["2024-02-15 09:40 ص", TITLE, "2024-02-15", "", body, "", ""]))
    assert article.text == body


def test_text_without_header_is_one_article_with_empty_title():
    text = "\n" + "\n\n".join([TITLE, P1, P2]) + "\n\n"
    article = only(text, "notes")
    assert article.title == ""
    assert article.published is None and article.fetched is None
    assert article.text == "\n\n".join([TITLE, P1, P2])


def test_third_line_not_a_date_means_no_header():
    text = "\n".join(["2024-02-15 09:40 ص", TITLE, P1, P2])
    article = only(text)
    assert article.title == ""
    assert article.text == text


def test_header_without_body_is_an_error():
    with pytest.raises(InputError) as caught:
        only("2024-02-15 09:40 ص\n\n" + TITLE + "\n\n2024-02-15\n\n")
    assert str(caught.value).startswith("015_protest.txt: no body text")


def test_text_without_words_is_not_an_article():
    with pytest.raises(InputError, match="not an article"):
        only("----\n12345\n....\n")


def test_parse_header_gives_where_the_body_starts():
    text = article_file()
    fetched, title, published, start = parse_header(text)
    assert text[start:].lstrip("\n").startswith(P1)
    assert parse_header(P1 + "\n" + P2) is None


def test_strip_blank_lines():
    assert strip_blank_lines("\n \n سطر أول\n\nسطر ثان \n\t\n") == " سطر أول\n\nسطر ثان "
