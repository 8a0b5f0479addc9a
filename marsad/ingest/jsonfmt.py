"""JSON and JSON Lines articles: one object, an array of objects, or one object per line.

Fields of a record (the first present of each group is used):

- id: `id`; else a hash of `url`; else `Article.content_id(title, text)`
- text: `text` | `content` | `body`, kept exactly as given (evidence offsets refer to it)
- title, url, source, author
- published: `published` | `date`; when neither is given, the date of `date_extracted`
  (SaudiNewsNet has only that timestamp; its README says that after 2015-08-01 it is most
  probably the date of authoring, so it is the best publication date available)
- fetched: `fetched` | `date_extracted`

A record that is not an object, or has no text, is reported and skipped; the other
records are read. A date that cannot be parsed leaves the field empty and is logged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import date, datetime
from typing import Callable, Iterator

from marsad.errors import InputError
from marsad.extraction.dates import parse_datetime
from marsad.model import Article

log = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "content", "body")
PUBLISHED_FIELDS = ("published", "date", "date_extracted")
FETCHED_FIELDS = ("fetched", "date_extracted")

Report = Callable[[InputError], None]


def looks_like_json(text: str) -> bool:
    """True when the text starts (after spaces) like a JSON object or array."""
    return text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")


def read_json(text: str, origin: str, report: Report) -> Iterator[Article]:
    """The articles of a JSON or JSON Lines text; bad records go to `report`.

    Raises InputError when the text as a whole is not JSON or holds no records.
    """
    records = _records(text, origin, report)
    if not records:
        raise InputError(origin, "no articles: the JSON holds no records")
    for where, record in records:
        if not isinstance(record, dict):
            report(InputError(origin, f"{where}: not an article (a JSON {_kind(record)}, "
                                      "expected an object)"))
            continue
        try:
            yield record_to_article(record, origin, where)
        except InputError as error:
            report(error)


def record_to_article(record: dict, origin: str, where: str = "record") -> Article:
    """One JSON object as an Article; InputError when it has no text."""
    text = _first(record, TEXT_FIELDS)
    if text is None or not text.strip():
        raise InputError(origin, f"{where}: no text (expected a non-empty "
                                 f"{', '.join(TEXT_FIELDS)} field)")
    title = _first(record, ("title",)) or ""
    url = _first(record, ("url",))
    if record.get("id") not in (None, ""):
        article_id = str(record["id"])
    elif url:
        article_id = url_id(url)
    else:
        article_id = Article.content_id(title, text)
    published = _date(record, PUBLISHED_FIELDS, origin, where)
    fetched = _date(record, FETCHED_FIELDS, origin, where)
    return Article(
        id=article_id,
        text=text,
        title=title,
        published=published.date() if isinstance(published, datetime) else published,
        fetched=_as_datetime(fetched),
        source=_first(record, ("source",)),
        url=url,
        author=_first(record, ("author",)),
        origin=origin,
    )


def url_id(url: str) -> str:
    """A stable article id from its address."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _records(text: str, origin: str, report: Report) -> list[tuple[str, object]]:
    """(where, record) pairs: the object, the array items, or the JSON Lines objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = text.split("\n")
        if not _first_line_is_object(lines):
            raise InputError(origin, f"malformed JSON: {_describe(whole_error)}") from None
        return _json_lines(lines, origin, report)
    if isinstance(data, dict):
        return [("record 1", data)]
    if isinstance(data, list):
        return [(f"record {n}", item) for n, item in enumerate(data, start=1)]
    raise InputError(origin, f"not an article: a JSON {_kind(data)}, expected an object "
                             "or an array of objects")


def _json_lines(lines: list[str], origin: str, report: Report) -> list[tuple[str, object]]:
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append((f"line {number}", json.loads(line)))
        except json.JSONDecodeError as error:
            report(InputError(origin, f"line {number}: malformed JSON: {error.msg} "
                                      f"(column {error.colno})"))
    return records


def _first_line_is_object(lines: list[str]) -> bool:
    first = next((line for line in lines if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def _first(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of `names` whose value is a non-empty string (numbers made strings)."""
    for name in names:
        value = record.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _date(record: dict, names: tuple[str, ...], origin: str, where: str
          ) -> datetime | date | None:
    """The first of `names` that parses as a date; unreadable values are logged."""
    for name in names:
        value = _first(record, (name,))
        if value is None:
            continue
        parsed = parse_datetime(value)
        if parsed is not None:
            return parsed
        # Keep the article: a missing date only weakens the dating of its events.
        log.warning("%s: %s: cannot read the date %r in %r", origin, where, value, name)
    return None


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if isinstance(value, datetime) or value is None:
        return value
    return datetime(value.year, value.month, value.day)


def _kind(value: object) -> str:
    return {list: "array", dict: "object", str: "string", bool: "boolean",
            type(None): "null"}.get(type(value), "number")


def _describe(error: json.JSONDecodeError) -> str:
    return f"{error.msg} (line {error.lineno}, column {error.colno})"
