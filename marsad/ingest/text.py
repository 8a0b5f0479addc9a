"""The plain-text article format, and plain text without its header.

The format (blank lines between the parts are optional)::

    2024-03-29 12:22 م          fetch time (م PM, ص AM)
    <title>
    2017-09-24                  publication date
    <paragraph>
    <paragraph> ...

`Article.text` is everything after the date line, without the blank lines before and
after it, otherwise exactly as in the file: every evidence offset refers to it. Line
ends are read as "\\n" (as Python's universal newlines would), so a file saved with
Windows line ends gives the same offsets.

A text without that header (its first line is not a date and time, or its third
non-empty line is not a date) is still an article: its body is the whole text
(without leading and trailing blank lines) and its title is empty. The first line may
or may not be a headline; keeping it in the body loses nothing, and leaving the
title empty means no sentence is read twice.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Iterator

from marsad.errors import InputError
from marsad.extraction.dates import parse_datetime
from marsad.model import Article


def parse_header(text: str) -> tuple[datetime, str, date, int] | None:
    """(fetched, title, published, end of the date line) when `text` has the header, else None."""
    found: list[tuple[str, int]] = []  # the first three non-empty lines and where each ends
    position = 0
    for line in text.split("\n"):
        position += len(line) + 1
        if line.strip():
            found.append((line.strip(), position))
            if len(found) == 3:
                break
    if len(found) < 3:
        return None
    fetched = _as_datetime(parse_datetime(found[0][0]))
    published = _as_date(parse_datetime(found[2][0]))
    if fetched is None or published is None:
        return None
    return fetched, found[1][0], published, min(found[2][1], len(text))


def read_text(text: str, origin: str, article_id: str) -> Iterator[Article]:
    """The one article of a text-format (or headerless) file; InputError when it has no body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header = parse_header(text)
    if header is None:
        body = strip_blank_lines(text)
        if not any(ch.isalpha() for ch in body):
            raise InputError(origin, "not an article: no words in the text")
        yield Article(id=article_id, text=body, origin=origin)
        return
    fetched, title, published, body_start = header
    body = strip_blank_lines(text[body_start:])
    if not body:
        raise InputError(origin, "no body text after the header (fetch time, title, date)")
    yield Article(id=article_id, text=body, title=title, published=published,
                  fetched=fetched, origin=origin)


def strip_blank_lines(text: str) -> str:
    """`text` without its leading and trailing blank lines; everything else kept."""
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None


def _as_date(value: datetime | date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None
