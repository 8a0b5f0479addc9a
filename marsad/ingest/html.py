"""HTML article pages: the main text and its metadata, found by trafilatura.

Navigation, footers, comments and "related articles" boxes are left out (trafilatura's
main-content extraction, comments off). The article's fields:

- text: the main text, one paragraph per line, without a first line that repeats the title
- title, author: from the page's metadata or headings
- published: the publication date trafilatura finds (meta tags, JSON-LD, visible dates),
  read with marsad's own date parser
- url: the canonical address, else the address the page was fetched from
- id: a hash of the url (as for JSON records and feeds), else the caller's fallback id

A page without article text (a home page, a menu, an error page) is an InputError
"no article text".
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Iterator

import lxml.html
import trafilatura
from lxml import etree

from marsad.errors import InputError
from marsad.extraction.dates import parse_datetime
from marsad.ingest.jsonfmt import url_id
from marsad.model import Article

log = logging.getLogger(__name__)

# Main text shorter than this many characters is not an article: a news story has at least
# a sentence or two, while what trafilatura finds on a home page or a menu is a few link
# labels. A short wire item ("Reuters: the minister arrived in Cairo.") still passes.
MIN_TEXT_CHARS = 60

# A page starts with one of these; saved fragments may lack <html> and start with <head>.
HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]")
# Where pages show their date when their metadata gives none: <time>, or an element whose
# class or itemprop names a date ("date", "post-date", "datePublished", "published").
DATE_XPATH = ("//time | //*[contains(translate(@class, 'DATE', 'date'), 'date') "
              "or contains(@class, 'publish') or contains(@itemprop, 'datePublished')]")
MAX_DATE_CHARS = 80  # longer text in a date box is a paragraph, not a date


def looks_like_html(text: str) -> bool:
    """True when the text starts (after spaces, an XML declaration or comments) like HTML."""
    head = text.lstrip("\ufeff \t\r\n")[:1024].lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2:].lstrip()
    while head.startswith("<!--") and "-->" in head:
        head = head[head.find("-->") + 3:].lstrip()
    return HTML_START.match(head) is not None


def read_html(html: str | bytes, origin: str, fallback_id: str | None = None,
              url: str | None = None, fetched: datetime | None = None,
              source: str | None = None) -> Iterator[Article]:
    """The one article of an HTML page; InputError "no article text" when it has none."""
    yield html_to_article(html, origin, fallback_id, url=url, fetched=fetched, source=source)


def html_to_article(html: str | bytes, origin: str, fallback_id: str | None = None,
                    url: str | None = None, fetched: datetime | None = None,
                    source: str | None = None) -> Article:
    """The article of an HTML page (see the module docstring for its fields)."""
    # trafilatura's own extractor alone first (twice as fast); its fallbacks (readability,
    # jusText) only for pages where it finds too little.
    for fast in (True, False):
        document = _extract(html, url, fast, origin)
        title = _clean(document.title) if document is not None else ""
        text = _body(document.text or "", title) if document is not None else ""
        if len(text) >= MIN_TEXT_CHARS:
            break
    else:
        raise InputError(origin, "no article text")
    page_url = url or _clean(document.url) or None
    if page_url:
        article_id = url_id(page_url)
    else:
        article_id = fallback_id or Article.content_id(title, text)
    return Article(
        id=article_id,
        text=text,
        title=title,
        published=_published(document.date, origin) or _visible_date(html),
        fetched=fetched,
        source=source or _clean(document.sitename) or _clean(document.hostname) or None,
        url=page_url,
        author=_clean(document.author) or None,
        origin=origin,
    )


def _extract(html: str | bytes, url: str | None, fast: bool, origin: str):
    """trafilatura's document of the page (None when it finds nothing)."""
    try:
        return trafilatura.bare_extraction(
            html, url=url, fast=fast, with_metadata=True, include_comments=False,
            include_tables=False, include_images=False,
            # Only dates the page states as such: htmldate's guesses from free text read
            # no Arabic month names and give "2017-01-01" for "24 سبتمبر 2017".
            date_extraction_params={"extensive_search": False, "original_date": True})
    except (ValueError, TypeError) as error:  # markup lxml cannot parse at all
        raise InputError(origin, f"cannot parse the HTML ({error})") from None


def _body(text: str, title: str) -> str:
    """The main text without blank lines, and without a first line that is the title."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the <h1> heading, already kept as the title
    return "\n".join(lines)


def _published(value: str | None, origin: str) -> date | None:
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        # Keep the article: a missing date only weakens the dating of its events.
        log.warning("%s: cannot read the publication date %r", origin, value)
        return None
    return parsed.date() if isinstance(parsed, datetime) else parsed


def _visible_date(html: str | bytes) -> date | None:
    """The first date shown in a <time> element or an element whose class names a date."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for element in tree.xpath(DATE_XPATH):
        for value in (element.get("datetime"), element.text_content()):
            if value and len(value) <= MAX_DATE_CHARS:
                parsed = parse_datetime(_strip_label(value))
                if parsed is not None:
                    return parsed.date() if isinstance(parsed, datetime) else parsed
    return None


def _strip_label(value: str) -> str:
    """"نشر في 24 سبتمبر 2017" -> "24 سبتمبر 2017": the text from its first digit on."""
    for position, ch in enumerate(value):
        if ch.isdigit():
            return value[position:].strip()
    return value.strip()


def _clean(value: str | None) -> str:
    return " ".join(value.split()) if value else ""
