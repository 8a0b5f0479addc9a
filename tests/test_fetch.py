"""Fetching and watching against a local HTTP server on 127.0.0.1 (nothing leaves the machine):
robots.txt, retries with backoff, timeouts, size limits, conditional GET, restarts."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.errors import MarsadError
from marsad.fetch import USER_AGENT, Fetcher, fetch_into, parse_duration, watch
from marsad.fetch_state import FetchState
from marsad.ingest.jsonfmt import url_id
from marsad.store import Store

STORY = ("أعلنت وزارة الداخلية التونسية توقيف خلية مسلحة في ولاية القصرين بعد اشتباك مع "
         "قوات الأمن استمر ساعتين، وضبطت بحوزة عناصرها أسلحة وذخائر.")
STORY_2 = ("تظاهر آلاف الطلاب أمام مقر البرلمان في بغداد للمطالبة بتوفير فرص عمل، ورفعوا "
           "لافتات تندد بالفساد وتدعو إلى محاسبة المسؤولين.")
STORY_3 = ("وقعت الحكومة السودانية وحركة مسلحة اتفاقا لوقف إطلاق النار في جوبا برعاية "
           "إقليمية، على أن تبدأ المفاوضات السياسية الشهر المقبل.")


def html_page(title, text):
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><nav><a href="/">الرئيسية</a><a href="/w">العالم</a></nav>'
            f"<article><h1>{title}</h1><p>{text}</p></article>"
            f'<div class="comments"><p>تعليق: الله يحفظ البلاد</p></div></body></html>')


def rss(base, items):
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate>"
        f"<description>{text}</description></item>" for path, title, text in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>أخبار المغرب العربي</title><link>{base}/</link>{entries}</channel></rss>")


class Site:
    """A local web site whose pages, feed and failures the tests set up."""

    def __init__(self):
        self.routes = {}  # path -> (status, headers, body) or a callable(handler) -> same
        self.hits = []  # (path, request headers) in order
        self.release = threading.Event()  # unblocks the slow page at the end
        self.items = [("/news/1", "توقيف خلية مسلحة في القصرين", STORY),
                      ("/news/2", "مظاهرة طلابية في بغداد", STORY_2)]
        self.feed_version = 1
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.hits.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {}, b"not here"
                else:
                    status, headers, body = route(self) if callable(route) else route
                if isinstance(body, str):
                    body = body.encode("utf-8")
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.routes.update({
            "/robots.txt": (200, {"Content-Type": "text/plain"},
                            "User-agent: *\nDisallow: /private/\n"),
            "/feed.rss": self.feed,
            "/private/secret": (200, {"Content-Type": "text/html"}, html_page("سر", STORY)),
        })
        for path, title, text in self.items:
            self.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                 html_page(title, text))

    def feed(self, handler):
        etag = f'"feed-v{self.feed_version}"'
        if handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return (200, {"Content-Type": "application/rss+xml", "ETag": etag,
                      "Last-Modified": "Tue, 05 Mar 2024 10:00:00 GMT"},
                rss(self.base, self.items))

    def hits_of(self, path):
        return [headers for hit, headers in self.hits if hit == path]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    with Site() as running:
        yield running


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'fetch.db'}") as opened:
        yield opened


class Sleeps(list):
    """A sleep function that records the waits instead of waiting."""

    def __call__(self, seconds):
        self.append(seconds)


def no_events(article):
    return []


def fetcher(store=None, **options):
    options.setdefault("delay", 0)
    options.setdefault("sleep", Sleeps())
    return Fetcher(FetchState(store.engine) if store is not None else None, **options)


def test_article_page_is_fetched_with_our_user_agent(site, store):
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/news/1"], store, polite, extract=no_events)
    assert (result.articles, result.errors) == (1, [])
    article = store.article(url_id(site.base + "/news/1"))
    assert article.text == STORY  # no menu, no comments
    assert article.title == "توقيف خلية مسلحة في القصرين"
    assert article.url == site.base + "/news/1"
    assert article.fetched is not None
    assert site.hits_of("/news/1")[0]["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("Marsad/")


def test_feed_is_fetched_once_then_answered_not_modified(site, store):
    with fetcher(store) as polite:
        first = fetch_into([site.base + "/feed.rss"], store, polite, extract=no_events)
        second = fetch_into([site.base + "/feed.rss"], store, polite, extract=no_events)
    assert (first.articles, first.not_modified) == (2, 0)
    assert (second.articles, second.not_modified) == (0, 1)
    conditional = site.hits_of("/feed.rss")[1]
    assert conditional["If-None-Match"] == '"feed-v1"'
    assert conditional["If-Modified-Since"] == "Tue, 05 Mar 2024 10:00:00 GMT"
    assert store.summary()["articles"] == 2


def test_robots_txt_is_read_once_and_obeyed(site, store):
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/private/secret", site.base + "/news/1"], store,
                            polite, extract=no_events)
    assert [str(e) for e in result.errors] == [
        f"{site.base}/private/secret: disallowed by robots.txt"]
    assert result.articles == 1
    assert site.hits_of("/private/secret") == []
    assert len(site.hits_of("/robots.txt")) == 1


def test_robots_txt_that_the_server_cannot_give_forbids_the_site(site, store):
    site.routes["/robots.txt"] = (503, {}, b"down")
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/news/1"], store, polite, extract=no_events)
    assert "disallowed by robots.txt" in str(result.errors[0])
    assert site.hits_of("/news/1") == []


def test_missing_robots_txt_allows_everything(site, store):
    del site.routes["/robots.txt"]
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/private/secret"], store, polite, extract=no_events)
    assert (result.articles, result.errors) == (1, [])


def test_server_errors_are_retried_with_exponential_backoff(site, store):
    answers = iter([(500, {}, b"oops"), (503, {}, b"busy"),
                    (200, {"Content-Type": "text/html"}, html_page("خبر", STORY_3))])
    site.routes["/flaky"] = lambda handler: next(answers)
    sleeps = Sleeps()
    with fetcher(store, sleep=sleeps, backoff=0.5) as polite:
        result = fetch_into([site.base + "/flaky"], store, polite, extract=no_events)
    assert (result.articles, result.errors) == (1, [])
    assert len(site.hits_of("/flaky")) == 3
    assert sleeps == [0.5, 1.0]


def test_a_server_that_keeps_failing_is_a_clear_error_after_the_retries(site, store):
    site.routes["/broken"] = (500, {}, b"oops")
    with fetcher(store, retries=2, backoff=0.25) as polite:
        result = fetch_into([site.base + "/broken", site.base + "/news/2"], store, polite,
                            extract=no_events)
    assert [str(e) for e in result.errors] == [
        f"{site.base}/broken: server answered 500 (3 tries)"]
    assert len(site.hits_of("/broken")) == 3
    assert result.articles == 1  # the next address still went in


def test_not_found_is_not_retried(site, store):
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/gone"], store, polite, extract=no_events)
    assert [str(e) for e in result.errors] == [f"{site.base}/gone: server answered 404 Not Found"]
    assert len(site.hits_of("/gone")) == 1


def test_a_server_that_does_not_answer_times_out_and_is_retried(site, store):
    def never(handler):
        site.release.wait(30)
        return 200, {}, b""

    site.routes["/slow"] = never
    # robots.txt is answered at once; only /slow never is (1 s leaves room on a busy machine)
    with fetcher(store, timeout=1.0, retries=1, backoff=0.1) as polite:
        result = fetch_into([site.base + "/slow"], store, polite, extract=no_events)
    assert [str(e) for e in result.errors] == [f"{site.base}/slow: timed out (2 tries)"]
    assert len(site.hits_of("/slow")) == 2


def test_a_redirect_loop_is_an_error_not_a_crash(site, store):
    site.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/loop", site.base + "/news/1"], store, polite,
                            extract=no_events)
    assert "redirect" in str(result.errors[0]).lower()
    assert result.articles == 1


def test_bodies_over_the_size_limit_are_refused(site, store):
    site.routes["/huge"] = (200, {"Content-Type": "text/html"}, html_page("خبر", STORY * 50))
    with fetcher(store, max_bytes=2000) as polite:
        result = fetch_into([site.base + "/huge"], store, polite, extract=no_events)
    assert "larger than the limit of 2000 bytes" in str(result.errors[0])
    assert result.articles == 0


def test_requests_to_one_host_are_spaced_by_the_delay(site):
    sleeps = Sleeps()
    now = [100.0]
    with Fetcher(delay=2.0, sleep=sleeps, clock=lambda: now[0]) as polite:
        polite.get(site.base + "/news/1")  # robots.txt, then the page: one wait between
        polite.get(site.base + "/news/2")
    assert sleeps == [2.0, 2.0]


def test_robots_crawl_delay_longer_than_ours_is_honoured(site):
    site.routes["/robots.txt"] = (200, {}, "User-agent: *\nCrawl-delay: 5\n")
    sleeps = Sleeps()
    with Fetcher(delay=1.0, sleep=sleeps, clock=lambda: 100.0) as polite:
        polite.get(site.base + "/news/1")
    assert sleeps == [5.0]


def test_page_without_article_is_reported(site, store):
    site.routes["/"] = (200, {"Content-Type": "text/html"},
                        "<!DOCTYPE html><html><body><nav><a href='/a'>الرئيسية</a></nav>"
                        "</body></html>")
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/"], store, polite, extract=no_events)
    assert [str(e) for e in result.errors] == [f"{site.base}/: no article text"]


def test_malformed_feed_is_reported_and_not_remembered(site, store):
    site.routes["/bad.rss"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"b"'},
                               '<?xml version="1.0"?><rss><channel><title>خبر</title><item>')
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/bad.rss"], store, polite, extract=no_events)
        assert any("malformed feed" in str(error) for error in result.errors)
        assert polite.state.get(site.base + "/bad.rss") is None


def test_follow_fetches_the_full_article_of_each_new_item(site, store):
    site.items[0] = ("/news/1", "توقيف خلية مسلحة في القصرين", "ملخص قصير")
    with fetcher(store) as polite:
        result = fetch_into([site.base + "/feed.rss"], store, polite, extract=no_events,
                            follow=True)
    assert result.articles == 2
    article = store.article(url_id(site.base + "/news/1"))
    assert article.text == STORY  # the page's text, not the feed's summary
    assert article.source == "أخبار المغرب العربي"


def test_watch_stores_new_items_only_and_survives_a_restart(site, store, tmp_path):
    feed = site.base + "/feed.rss"
    rounds = []
    with fetcher(store) as polite:
        done = watch([feed], store, polite, every=900, extract=no_events, max_rounds=2,
                     on_round=lambda n, result: rounds.append((n, result.articles)),
                     sleep=Sleeps())
    assert done == 2 and rounds == [(1, 2), (2, 0)]

    # A restart: new process, same database. The feed has a new item meanwhile.
    site.items.append(("/news/3", "اتفاق لوقف إطلاق النار", STORY_3))
    site.feed_version = 2
    with Store(store.url) as reopened, fetcher(reopened) as polite:
        results = []
        watch([feed], reopened, polite, every=900, extract=no_events, max_rounds=2,
              on_round=lambda n, result: results.append(result), sleep=Sleeps())
        assert [(r.articles, r.known, r.not_modified) for r in results] == [(1, 2, 0),
                                                                            (0, 0, 1)]
        assert reopened.summary()["articles"] == 3
    statuses = [h.get("If-None-Match") for h in site.hits_of("/feed.rss")]
    assert statuses == [None, '"feed-v1"', '"feed-v1"', '"feed-v2"']


def test_watch_killed_mid_feed_loses_nothing(site, store):
    feed = site.base + "/feed.rss"

    def crash_on_second(article):
        if article.url.endswith("/news/2"):
            raise KeyboardInterrupt  # the process is stopped half-way through the feed
        return []

    with fetcher(store) as polite, pytest.raises(KeyboardInterrupt):
        watch([feed], store, polite, every=900, extract=crash_on_second, max_rounds=1)
    assert store.summary()["articles"] == 1
    with Store(store.url) as reopened, fetcher(reopened) as polite:
        watch([feed], reopened, polite, every=900, extract=no_events, max_rounds=1)
        assert reopened.summary()["articles"] == 2
    # the feed was not remembered after the crash, so it was fetched in full again
    assert [h.get("If-None-Match") for h in site.hits_of("/feed.rss")] == [None, None]


def test_watch_survives_network_errors(site, store):
    dead = "http://127.0.0.1:9/feed.rss"  # the discard port: nothing listens there
    errors = []
    with fetcher(store, retries=0) as polite:
        done = watch([dead, site.base + "/feed.rss"], store, polite, every=60,
                     extract=no_events, on_error=errors.append, max_rounds=2,
                     sleep=Sleeps())
    assert done == 2
    assert len(errors) == 2 and all(str(e).startswith(dead) for e in errors)
    assert store.summary()["articles"] == 2


@pytest.mark.parametrize("text, seconds", [("90", 90), ("90s", 90), ("15m", 900),
                                           ("1.5h", 5400), ("1d", 86400)])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "soon", "15 minutes", "-5m"])
def test_parse_duration_rejects(text):
    with pytest.raises(MarsadError, match="not a duration"):
        parse_duration(text)


def test_non_http_address_is_an_error(store):
    with fetcher(store) as polite:
        result = fetch_into(["file:///etc/passwd"], store, polite, extract=no_events)
    assert [str(e) for e in result.errors] == ["file:///etc/passwd: not an http(s) address"]


def test_cli_fetch_and_watch(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    fetched = runner.invoke(main, ["fetch", "--db", db, "--delay", "0",
                                   site.base + "/news/1", site.base + "/private/secret"])
    assert fetched.exit_code == 1, fetched.output  # one address was refused
    assert "1 article" in fetched.output
    assert "disallowed by robots.txt" in fetched.output
    for _ in range(2):  # a restart does not duplicate
        watched = runner.invoke(main, ["watch", "--db", db, "--delay", "0", "--every", "15m",
                                       "--max-rounds", "1", site.base + "/feed.rss"])
        assert watched.exit_code == 0, watched.output
    with Store(db) as stored:
        assert stored.summary()["articles"] == 2  # /news/1 from fetch and from the feed
