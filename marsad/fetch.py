"""Polite fetching of article pages and feeds over HTTP, and a feed watcher.

`Fetcher.get(url)` is one polite request:

- a User-Agent naming Marsad and its version
- robots.txt of each host obeyed (urllib.robotparser; fetched once per host and day; a
  missing one allows everything, 401/403 or a server that cannot give it forbids
  everything, as RFC 9309 says), with its Crawl-delay when longer than ours
- at least `delay` seconds between two requests to the same host
- a timeout on every request; retries with exponential backoff on timeouts, lost
  connections and 429/5xx answers
- a size limit on the body (compressed bodies are counted as unpacked)
- conditional GET from the ETag and Last-Modified remembered in the database
  (marsad.fetch_state): an unchanged page is answered "304 Not Modified" and skipped

`fetch_into(urls, store, ...)` fetches pages and feeds and stores their articles;
`watch(feeds, store, ...)` does it again every so often, storing only items it has not
stored yet. Failures are InputErrors ("URL: reason") passed to `on_error`; the other
addresses go on.
"""

from __future__ import annotations

import logging
import re
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

import httpx

from marsad import __version__
from marsad.errors import InputError, MarsadError
from marsad.fetch_state import FetchState, Validators
from marsad.ingest import read_bytes
from marsad.ingest.encoding import decode
from marsad.ingest.feed import looks_like_feed, read_feed
from marsad.ingest.html import html_to_article, looks_like_html
from marsad.model import Article, Event

log = logging.getLogger(__name__)

USER_AGENT = (f"Marsad/{__version__} (Arabic political event extractor; "
              "reads robots.txt and waits between requests)")
ROBOTS_AGENT = "Marsad"  # the name robots.txt rules address
DELAY = 1.0  # seconds between two requests to one host
TIMEOUT = 20.0  # seconds to connect, and between two chunks of an answer
RETRIES = 3  # tries after the first one
BACKOFF = 2.0  # seconds before the first retry; doubled before each next one
MAX_BACKOFF = 120.0
MAX_BYTES = 10_000_000  # a news page or a feed is far smaller; more is a mistake or a trap
ROBOTS_TTL = 24 * 3600.0  # robots.txt is read again after a day (for `watch`)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

ExtractFn = Callable[[Article], list[Event]]
OnError = Callable[[InputError], None]


class FetchError(InputError):
    """An address that could not be fetched; str() is "URL: reason"."""


@dataclass
class Page:
    """One answer: its final address, body and the validators for the next request."""

    url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    validators: Validators = field(default_factory=Validators)
    fetched: datetime | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """Polite HTTP GETs (see the module docstring); `state` makes them conditional."""

    def __init__(self, state: FetchState | None = None, *, user_agent: str = USER_AGENT,
                 delay: float = DELAY, timeout: float = TIMEOUT, retries: int = RETRIES,
                 backoff: float = BACKOFF, max_bytes: int = MAX_BYTES,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.state = state
        self.delay = delay
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self.sleep = sleep
        self.clock = clock
        self.client = httpx.Client(headers={"User-Agent": user_agent}, timeout=timeout,
                                   follow_redirects=True, max_redirects=5)
        self._last_request: dict[str, float] = {}  # host -> clock time of its last request
        self._robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser]] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, conditional: bool = True) -> Page:
        """The page at `url` (status 304 when unchanged since the remembered fetch).

        Raises FetchError when robots.txt forbids it, or when it cannot be had after the
        retries, is not 2xx/304, or is larger than `max_bytes`.
        """
        _check_url(url)
        robots = self._robots_for(url)
        if not robots.can_fetch(ROBOTS_AGENT, url):
            raise FetchError(url, "disallowed by robots.txt")
        headers = {}
        if conditional and self.state is not None:
            known = self.state.get(url)
            if known is not None:
                headers = known.headers()
        delay = max(self.delay, float(robots.crawl_delay(ROBOTS_AGENT) or 0))
        return self._get_with_retries(url, headers, delay)

    # -- one request, retried ---------------------------------------------------------------

    def _get_with_retries(self, url: str, headers: dict[str, str], delay: float) -> Page:
        for attempt in range(self.retries + 1):
            try:
                page = self._request(url, headers, delay)
            except httpx.TimeoutException:
                problem = "timed out"
            except httpx.TransportError as error:  # refused, reset: maybe passing
                problem = f"connection failed ({_one_line(error)})"
            except (httpx.HTTPError, httpx.InvalidURL) as error:  # redirect loop, bad gzip
                raise FetchError(url, _one_line(error)) from None
            else:
                if page.status not in RETRY_STATUSES:
                    return _checked(page)
                problem = f"server answered {page.status}"
            if attempt < self.retries:
                wait = min(self.backoff * 2 ** attempt, MAX_BACKOFF)
                log.info("%s: %s, trying again in %.1f s", url, problem, wait)
                self.sleep(wait)
        tries = self.retries + 1
        raise FetchError(url, f"{problem} ({tries} {'try' if tries == 1 else 'tries'})")

    def _request(self, url: str, headers: dict[str, str], delay: float) -> Page:
        self._wait_for_host(url, delay)
        with self.client.stream("GET", url, headers=headers) as response:
            body = b""
            if response.status_code == 200:
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, f"larger than the limit of {self.max_bytes} bytes "
                                          f"({declared} bytes)")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"larger than the limit of {self.max_bytes} "
                                              "bytes")
                    chunks.append(chunk)
                body = b"".join(chunks)
            return Page(url=str(response.url), status=response.status_code, content=body,
                        content_type=response.headers.get("Content-Type", ""),
                        validators=Validators(response.headers.get("ETag"),
                                              response.headers.get("Last-Modified")),
                        fetched=datetime.now(timezone.utc))

    def _wait_for_host(self, url: str, delay: float) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = last + delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    # -- robots.txt ---------------------------------------------------------------------------

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc.lower()}"
        cached = self._robots.get(site)
        if cached is not None and self.clock() - cached[0] < ROBOTS_TTL:
            return cached[1]
        robots = urllib.robotparser.RobotFileParser(site + "/robots.txt")
        try:
            page = self._request(site + "/robots.txt", {}, self.delay)
        except (httpx.HTTPError, httpx.InvalidURL, FetchError) as error:
            log.warning("%s/robots.txt: cannot be read (%s): not fetching from this site",
                        site, _one_line(error))
            robots.disallow_all = True
        else:
            if page.status == 200:
                robots.parse(page.content.decode("utf-8", "replace").splitlines())
            elif page.status in (401, 403) or page.status >= 500:
                robots.disallow_all = True
            else:  # 404 and the like: no rules
                robots.allow_all = True
        self._robots[site] = (self.clock(), robots)
        return robots


# -- pages and feeds into articles ------------------------------------------------------------

def page_articles(page: Page, on_error: OnError) -> Iterator[Article]:
    """The articles of a fetched page: a feed's items, an HTML article, or any file format."""
    origin = page.url
    head = page.content[:2048].decode("utf-8", "replace")
    if looks_like_feed(head):
        yield from read_feed(page.content, origin, on_error, fetched=page.fetched)
        return
    if looks_like_html(head) or "html" in page.content_type.lower():
        yield html_to_article(_html_text(page), origin, url=page.url, fetched=page.fetched)
        return
    yield from read_bytes(page.content, origin, on_error=on_error)


def _html_text(page: Page) -> str | bytes:
    """The page as text in the charset the server named, else as decoded by marsad."""
    match = re.search(r"charset=[\"']?([\w.:-]+)", page.content_type, re.IGNORECASE)
    if match:
        try:
            return page.content.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(page.content, page.url)
    except InputError:
        return page.content  # trafilatura finds the encoding from the markup


@dataclass
class FetchResult:
    """What a fetch did: articles and events stored, and what was skipped or failed."""

    articles: int = 0
    events: int = 0
    known: int = 0  # items already stored, not fetched or extracted again
    not_modified: int = 0  # addresses answered 304
    errors: list[InputError] = field(default_factory=list)


def fetch_into(urls: Iterable[str], store, fetcher: Fetcher, extract: ExtractFn | None = None,
               on_error: OnError | None = None, only_new: bool = False,
               follow: bool = False) -> FetchResult:
    """Fetch each address and store its articles (a feed: one per item).

    `only_new` skips articles whose id is already stored (for feeds polled again);
    `follow` fetches each new feed item's page for its full text (the item's own text is
    kept when the page cannot be had). An address's validators are remembered only after
    all its articles are stored, so a run killed half-way loses nothing.
    """
    if extract is None:
        from marsad.extraction.pipeline import extract_article as extract
    result = FetchResult()

    def report(error: InputError) -> None:
        result.errors.append(error)
        if on_error is not None:
            on_error(error)

    for url in urls:
        try:
            page = fetcher.get(url)
        except InputError as error:
            report(error)
            continue
        if page.not_modified:
            result.not_modified += 1
            continue
        try:
            for article in page_articles(page, report):
                if only_new and store.article(article.id) is not None:
                    result.known += 1
                    continue
                if follow and article.url and article.url != page.url:
                    article = _followed(article, fetcher, report)
                result.events += store.save(article, extract(article))
                result.articles += 1
        except InputError as error:  # a broken feed or a page without article
            report(error)
            continue
        if fetcher.state is not None:
            fetcher.state.remember(url, page.validators, page.status)
    return result


def _followed(item: Article, fetcher: Fetcher, report: OnError) -> Article:
    """The full article at a feed item's link, with the item's metadata where it has none."""
    try:
        page = fetcher.get(item.url, conditional=False)
        article = html_to_article(_html_text(page), page.url, url=item.url,
                                  fetched=page.fetched)
    except InputError as error:
        report(InputError(error.path, f"{error.reason}; the feed's text is kept"))
        return item
    return Article(id=item.id, text=article.text, title=item.title or article.title,
                   published=item.published or article.published, fetched=article.fetched,
                   source=item.source or article.source, url=item.url,
                   author=item.author or article.author, origin=article.origin)


# -- watching feeds ---------------------------------------------------------------------------

def watch(feeds: Iterable[str], store, fetcher: Fetcher, every: float,
          extract: ExtractFn | None = None, on_error: OnError | None = None,
          max_rounds: int | None = None, follow: bool = False,
          on_round: Callable[[int, FetchResult], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll `feeds` every `every` seconds, storing new items; returns the rounds done.

    Network failures are reported and the next round tries again; only `max_rounds`
    (or an interrupt) ends it. Restarting loses and duplicates nothing: known items are
    skipped by id, and a feed's validators are saved only after its items are stored.
    """
    feeds = list(feeds)
    rounds = 0
    while max_rounds is None or rounds < max_rounds:
        started = time.monotonic()
        result = fetch_into(feeds, store, fetcher, extract=extract, on_error=on_error,
                            only_new=True, follow=follow)
        rounds += 1
        if on_round is not None:
            on_round(rounds, result)
        if max_rounds is not None and rounds >= max_rounds:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return rounds


DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in "90", "90s", "15m", "1.5h" or "1d"; MarsadError when it is none of them."""
    match = DURATION.match(text or "")
    if not match or float(match.group(1)) <= 0:
        raise MarsadError(f"not a duration: {text!r} (examples: 90s, 15m, 2h)")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2).lower()]


def _checked(page: Page) -> Page:
    """The page if its status is a success or "not modified"; else FetchError."""
    if page.status == 304 or 200 <= page.status < 300:
        return page
    reason = httpx.codes.get_reason_phrase(page.status)
    raise FetchError(page.url, f"server answered {page.status} {reason}".strip())


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(url, "not an http(s) address")


def _one_line(error: object) -> str:
    return " ".join(str(error).split()) or type(error).__name__
