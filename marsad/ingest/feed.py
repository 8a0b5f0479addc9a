"""RSS and Atom feeds (feedparser): one article per item.

An item's fields:

- text: its full content if the feed gives one, else its summary, as plain text (HTML tags
  removed, one paragraph per line)
- title; url: its link; id: a hash of the link (as for JSON records and fetched pages, so
  the same story read from a feed, a page or an archive is one article), else of its guid
- published: its publication (else update) date, read with marsad's own date parser
- author; source: the feed's title

A malformed feed (feedparser's "bozo" flag with an XML error) is an InputError; the items
read before the error still come out first. An item without text is reported and skipped.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Callable, Iterator

import feedparser
import lxml.html
from lxml import etree

from marsad.errors import InputError
from marsad.extraction.dates import parse_datetime
from marsad.ingest.jsonfmt import url_id
from marsad.model import Article

log = logging.getLogger(__name__)

FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")
# Elements after which a line ends when HTML content becomes plain text.
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "tr", "section", "article", "figcaption"})
DROPPED_TAGS = ("script", "style", "noscript")
BREAK = "\ue000"  # a private-use character marking block ends while spaces are collapsed
# Bozo exceptions that are warnings, not damage: the declared encoding was overridden, or
# the server called the feed text/html.
HARMLESS_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

Report = Callable[[InputError], None]


def looks_like_feed(text: str) -> bool:
    """True when the text starts (after an XML declaration and comments) like RSS or Atom."""
    head = text.lstrip("\ufeff \t\r\n")[:2048].lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2:].lstrip()
    while head.startswith(("<!--", "<?")):
        end = "-->" if head.startswith("<!--") else "?>"
        if end not in head:
            break
        head = head[head.find(end) + len(end):].lstrip()
    return head.startswith(FEED_MARKERS)


def read_feed(data: str | bytes, origin: str, report: Report,
              fetched: datetime | None = None) -> Iterator[Article]:
    """The articles of a feed's items; bad items go to `report`, a broken feed raises."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    broken = parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), HARMLESS_BOZO)
    if not parsed.entries and not parsed.feed:
        reason = parsed.get("bozo_exception") or "no channel and no items"
        raise InputError(origin, f"malformed feed ({reason})")
    source = _clean(parsed.feed.get("title")) or None
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield entry_to_article(entry, origin, f"item {number}", source, fetched)
        except InputError as error:
            report(error)
    if broken:
        raise InputError(origin, f"malformed feed after {len(parsed.entries)} items "
                                 f"({parsed.bozo_exception})")


def entry_to_article(entry, origin: str, where: str, source: str | None = None,
                     fetched: datetime | None = None) -> Article:
    """One feed item as an Article; InputError when it has no text."""
    title = _clean(html_to_text(entry.get("title") or ""))
    text = html_to_text(_content(entry))
    if not text:
        raise InputError(origin, f"{where}: no text (no content and no summary)")
    link = (entry.get("link") or "").strip()
    # feedparser gives a guid as the link when there is none; only web addresses are urls.
    link = link if link.lower().startswith(("http://", "https://")) else None
    guid = (entry.get("id") or "").strip()
    if link:
        article_id = url_id(link)
    elif guid:
        article_id = url_id(guid)
    else:
        article_id = Article.content_id(title, text)
    return Article(id=article_id, text=text, title=title,
                   published=_published(entry, origin, where), fetched=fetched,
                   source=source, url=link, author=_clean(entry.get("author")) or None,
                   origin=origin)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags removed, one block per line, spaces collapsed."""
    if "<" not in fragment and "&" not in fragment:
        return _lines(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _lines(re.sub(r"<[^>]*>", " ", fragment))
    for element in root.iter(*DROPPED_TAGS):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = BREAK + (element.tail or "")
    # Line ends in the markup are spaces in HTML; only block ends start a new line.
    flat = " ".join(root.text_content().split())
    return _lines(flat.replace(BREAK, "\n"))


def _content(entry) -> str:
    """The longest of the item's full contents, else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or ()]
    best = max(contents, key=len, default="")
    return best if best.strip() else entry.get("summary") or ""


def _published(entry, origin: str, where: str) -> date | None:
    for name in ("published", "updated"):
        value = entry.get(name)
        if not value:
            continue
        parsed = parse_datetime(value)
        if parsed is not None:
            return parsed.date() if isinstance(parsed, datetime) else parsed
        log.warning("%s: %s: cannot read the date %r", origin, where, value)
    return None


def _lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _clean(value: str | None) -> str:
    return " ".join(value.split()) if value else ""
