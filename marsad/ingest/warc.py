"""WARC web archives (warcio), plain or gzipped, as crawlers and CC-NEWS write them.

Each `response` record with status 200 and an HTML body becomes an article through the
HTML reader (marsad.ingest.html): url and id from WARC-Target-URI (the id is a hash of the
address, as for feeds and fetched pages, so a page captured twice is one article; a record
without a target URI takes its WARC-Record-ID), fetched time from WARC-Date, which is also
the publication date when the page shows none. Requests,
metadata, redirects, non-HTML bodies, pages without article text and pages that are not
in Arabic are skipped (counted in the log): in a crawl they are the rule, not an error.

A truncated or damaged archive gives the articles read so far, then one InputError
naming the file and the byte offset of the record that could not be read.
"""

from __future__ import annotations

import logging
import zlib
from collections import Counter
from dataclasses import replace
from datetime import datetime
from typing import BinaryIO, Callable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from marsad.errors import InputError
from marsad.extraction.dates import parse_datetime
from marsad.ingest.html import html_to_article
from marsad.model import Article

log = logging.getLogger(__name__)

WARC_MAGIC = b"WARC/"
GZIP_MAGIC = b"\x1f\x8b"
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A page is taken as Arabic when at least this share of the letters of its extracted text
# are Arabic letters. News pages in Arabic are nearly all Arabic letters, with a few Latin
# names and acronyms; English or French pages have next to none. Half sits far from both.
MIN_ARABIC_SHARE = 0.5

Report = Callable[[InputError], None]


def looks_like_warc(head: bytes) -> bool:
    """True for the first bytes of a WARC file or of a gzip file (maybe a .warc.gz)."""
    return head.startswith(WARC_MAGIC) or head.startswith(GZIP_MAGIC)


def arabic_share(text: str) -> float:
    """The share of the letters of `text` that are Arabic letters (0 when it has none)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
                 or "\u08a0" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff")
    return arabic / len(letters)


def read_warc(stream: BinaryIO, origin: str, report: Report) -> Iterator[Article]:
    """The Arabic HTML articles of a WARC stream, in archive order."""
    records = ArchiveIterator(stream, arc2warc=True)
    skipped: Counter[str] = Counter()
    offset = 0  # where the current record starts
    read_any = False
    try:
        for record in records:
            offset = records.offset
            read_any = True
            article, why = _record_article(record, origin)
            if _incomplete(record):
                # warcio hands out a cut record as if whole: half a page is not an article.
                raise InputError(origin, f"truncated WARC: the record at byte offset {offset} "
                                         "ends early")
            if article is None:
                skipped[why] += 1
            else:
                yield article
        # A gzip member cut before its record's headers ends warcio's loop quietly; the bytes
        # left over after the last whole record tell.
        if read_any and _position(stream) > records.offset:
            raise InputError(origin, f"truncated WARC: the record at byte offset "
                                     f"{records.offset} ends early")
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as error:
        # The reader stopped inside the record after the last one it finished.
        where = records.offset if read_any else 0
        if not read_any and "Unknown archive format" in str(error):
            raise InputError(origin, "not a WARC archive") from None
        raise InputError(origin, f"truncated or damaged WARC at byte offset {where} "
                                 f"({_one_line(error)})") from None
    finally:
        if skipped:
            log.info("%s: records skipped: %s", origin,
                     ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())))
    if not read_any:
        raise InputError(origin, "no WARC records (an empty archive, or one cut before its "
                                 "first record)")


def _record_article(record, origin: str) -> tuple[Article | None, str]:
    """The article of one record, or None and why it was skipped."""
    if record.rec_type != "response" or record.http_headers is None:
        return None, "not an HTTP response"
    if record.http_headers.get_statuscode() != "200":
        return None, "not status 200"
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return None, "not HTML"
    body = record.content_stream().read()
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    try:
        article = html_to_article(
            _decode(body, content_type), f"{origin}!{uri or record_id}", record_id.strip("<>"),
            url=uri, fetched=_warc_date(record.rec_headers.get_header("WARC-Date")))
    except InputError:
        return None, "without article text"
    if arabic_share(article.text) < MIN_ARABIC_SHARE:
        return None, "not in Arabic"
    if article.published is None and article.fetched is not None:
        # News crawls (CC-NEWS) capture pages within hours of publication: the capture
        # day dates the events far better than the day of the ingest would.
        article = replace(article, published=article.fetched.date())
    return article, ""


def _incomplete(record) -> bool:
    """Whether the archive ended inside this record (read the rest of it to know)."""
    if record.rec_headers.get_header("Content-Length") is None:
        return True  # the headers themselves were cut
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0) > 0


def _position(stream: BinaryIO) -> int:
    """How far the stream has been read (-1 when it cannot tell, as for a pipe)."""
    try:
        return stream.tell()
    except (OSError, AttributeError):
        return -1


def _decode(body: bytes, content_type: str) -> str | bytes:
    """The body as text in the charset the server named; else the bytes (trafilatura guesses)."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip() == "charset":
            try:
                return body.decode(value.strip().strip('"'))
            except (LookupError, UnicodeDecodeError):
                break
    return body


def _warc_date(value: str | None) -> datetime | None:
    parsed = parse_datetime(value) if value else None
    return parsed if isinstance(parsed, datetime) else None


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
