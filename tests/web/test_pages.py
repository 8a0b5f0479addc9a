"""Browser tests of the web pages: Debian's chromium, headless, driven by Playwright against a
live server on a temporary database of the bundled examples. Screenshots go to
test-artifacts/screenshots/."""

from __future__ import annotations

import socket
from collections import Counter
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium (apt-get install chromium chromium-driver)",
                allow_module_level=True)
playwright_sync = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytest.importorskip("uvicorn", reason="uvicorn is not installed")
if not (Path(__file__).resolve().parents[2] / "marsad" / "web" / "app.py").exists():
    pytest.skip("the web API (marsad/web/app.py) is not there yet", allow_module_level=True)

from click.testing import CliRunner  # noqa: E402

from marsad.cli import main as cli  # noqa: E402
from marsad.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {  # route -> an element that shows the page has drawn its data
    "events": "#events-table tr.event-row",
    "article": ".article-list a.article-link",
    "map": "#map .clusters > g",
    "timeline": "#timeline .bar",
    "network": "#network .node",
    "claims": "#claims-alleged",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on 127.0.0.1 with a database of the examples; its base URL."""
    import uvicorn

    db = f"sqlite:///{tmp_path_factory.mktemp('web') / 'pages.db'}"
    result = CliRunner().invoke(cli, ["ingest", "--db", db, str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # wait for the socket, at most about 20 s
        if server.started:
            break
        time.sleep(0.1)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page at the server; fails the test if the page logs an error."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, base_url=server,
                                  locale="ar")
    page = context.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"


def open_page(page, route: str) -> None:
    page.goto(f"/#/{route}")
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_selector(PAGES.get(route.split("/")[0].split("?")[0], "main"))


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def row_count(page) -> int:
    return page.locator("#events-table tr.event-row").count()


def total_events(page) -> int:
    return page.request.get("/api/events?limit=1000").json()["total"] or 0


@pytest.mark.parametrize("route", list(PAGES))
def test_each_page_loads_in_arabic_without_errors(page, route):
    open_page(page, route)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(f"#nav a[data-page='{route}']").get_attribute("class") == "active"
    shot(page, route)


def test_english_toggle_changes_labels_and_direction(page):
    open_page(page, "events")
    assert page.locator("#nav a[data-page='map']").inner_text() == "الخريطة"
    page.click("#lang")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("#nav a[data-page='map']").inner_text() == "Map"
    assert page.locator("#events-table th[data-key='type']").inner_text().startswith("Type")
    page.click("#lang")  # the choice is remembered: put Arabic back for the next tests
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_all_events_are_listed_and_a_type_facet_narrows_the_table(page):
    open_page(page, "events")
    total = row_count(page)
    assert total == total_events(page) > 1
    # the commonest type that is not every event
    button = page.locator(".facet[data-facet='type'] button").first
    chosen = button.get_attribute("data-value")
    expected = int(button.locator(".n").inner_text())
    assert 0 < expected < total
    button.click()
    page.wait_for_selector(".chip[data-filter='type']")
    assert row_count(page) == expected
    types = page.locator("#events-table tr.event-row").evaluate_all(
        "rows => rows.map(r => r.dataset.type)")
    assert set(types) == {chosen}
    shot(page, "events-filtered")
    page.click(".chip[data-filter='type'] button")
    assert row_count(page) == total


def test_free_text_filter_matches_arabic_without_hamza(page):
    open_page(page, "events")
    total = row_count(page)
    page.fill("#q", "الاثيوبي")  # written without hamza; the evidence spells it الإثيوبي
    page.wait_for_selector(".chip[data-filter='q']")
    n = row_count(page)
    assert 0 < n < total
    evidence = page.locator("#events-table td.c-evidence").all_inner_texts()
    assert all("ثيوبي" in text for text in evidence)


def test_sorting_by_date_orders_the_rows(page):
    open_page(page, "events")
    page.click("#events-table th[data-key='date']")
    dates = [d[:10] for d in page.locator("#events-table td.c-date").all_inner_texts()]
    assert dates == sorted(dates)
    page.click("#events-table th[data-key='date']")
    dates = [d[:10] for d in page.locator("#events-table td.c-date").all_inner_texts()]
    assert dates == sorted(dates, reverse=True)


def test_a_click_on_the_map_filters_the_events(page):
    open_page(page, "map")
    total = total_events(page)
    mark = page.locator("#map .clusters > g").first
    in_mark = int(mark.get_attribute("data-count"))
    mark.click()
    page.wait_for_selector(".chip[data-filter='bbox']")
    listed = page.locator("#event-list li").count()
    assert 0 < listed < total
    assert listed >= in_mark
    shot(page, "map-selected")
    page.click("#nav a[data-page='events']")
    page.wait_for_selector("#events-table")
    assert row_count(page) == listed
    places = page.locator("#events-table td.c-place").all_inner_texts()
    assert all(p != "—" for p in places)  # only events with coordinates are in an area


def test_a_click_on_the_timeline_filters_to_its_period(page):
    open_page(page, "timeline")
    total = total_events(page)
    bar = page.locator("#timeline .bar[data-count]:not([data-count='0'])").last
    start, end = bar.get_attribute("data-start"), bar.get_attribute("data-end")
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] - 2)
    page.wait_for_selector(".chip[data-filter='since']")
    page.wait_for_selector(".chip[data-filter='until']")
    rows = row_count(page)
    assert 0 < rows < total
    for date in page.locator("#events-table td.c-date").all_inner_texts():
        first, _, last = date.partition(" – ")
        assert (last or first) >= start and first <= end
    shot(page, "timeline-selected")
    page.click("#nav a[data-page='map']")  # the period filters the other pages too
    page.wait_for_selector("#map")
    assert page.locator(".chip[data-filter='since']").count() == 1


def test_a_drag_on_the_timeline_selects_a_period(page):
    open_page(page, "timeline")
    bars = page.locator("#timeline .bar")
    first, last = bars.first.bounding_box(), bars.last.bounding_box()
    y = first["y"] + first["height"] - 5
    page.mouse.move(first["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] - 2, y, steps=5)
    page.mouse.up()
    page.wait_for_selector(".chip[data-filter='since']")
    assert row_count(page) == total_events(page)  # the whole span keeps every dated event
    assert page.locator("#timeline .brush").get_attribute("visibility") == "visible"


def test_the_reader_highlights_the_evidence_of_the_chosen_event(page):
    open_page(page, "article")
    page.locator(".article-list a.article-link").first.click()
    page.wait_for_selector(".event-card")
    article_id = page.evaluate("decodeURIComponent(location.hash.split('/')[2])")
    data = page.request.get(f"/api/articles/{article_id}").json()
    for kind in ("actor", "place", "time", "trigger"):
        wanted = [m for m in data["mentions"] if m["kind"] == kind]
        assert page.locator(f"#article-text .m-{kind}").count() >= (1 if wanted else 0)
    assert page.locator("#article-text .ev-selected").count() == 0
    card = page.locator(".event-card").last
    event_id = card.get_attribute("data-id")
    card.click()
    evidence = next(e for e in data["events"] if e["id"] == event_id)["evidence"]
    where = "#article-title" if evidence.get("in") == "title" else "#article-text"
    page.wait_for_selector(f"{where} .ev-selected")
    marked = "".join(page.locator(f"{where} .ev-selected").all_text_contents())
    body = data["article"]["title" if where == "#article-title" else "text"]
    assert marked == body[evidence["start"]:evidence["end"]] == evidence["text"]
    assert "selected" in card.get_attribute("class")
    shot(page, "article-evidence")


def test_an_event_link_opens_the_reader_at_its_evidence(page):
    open_page(page, "events")
    link = page.locator("#events-table a.evidence-link").first
    evidence = link.inner_text()
    link.click()
    page.wait_for_selector(":is(#article-title, #article-text) .ev-selected")
    marked = "".join(page.locator(":is(#article-title, #article-text) .ev-selected").all_text_contents())
    assert marked.strip() == evidence.strip()


def test_a_click_on_a_network_edge_lists_its_events(page):
    open_page(page, "network")
    edge = page.locator("#network .edge").first
    count = int(edge.get_attribute("data-count"))
    # the middle of the curve, in page coordinates
    x, y = edge.locator(".hit").evaluate("""path => {
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM();
        return [p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f];
    }""")
    page.mouse.click(x, y)
    page.wait_for_selector("#edge-events")
    assert page.locator("#edge-events li").count() == count
    shot(page, "network-edge")


def test_claims_list_every_allegation_and_its_denials(page):
    open_page(page, "claims")
    events = page.request.get("/api/events?limit=1000").json()["events"]
    alleged = [e for e in events if e["modality"] == "alleged"]
    assert page.locator("#claims-alleged .claim").count() == len(alleged)
    for claim in alleged:
        same_article_rejects = {e["id"] for e in events if e["type"] == "REJECT"
                                and e["article_id"] == claim["article_id"]
                                and e["source"] != claim["claimant"]}
        shown = set(page.locator(f"#claims-alleged .claim[data-id='{claim['id']}'] .denial")
                    .evaluate_all("items => items.map(i => i.dataset.id)"))
        assert same_article_rejects <= shown


def test_a_sampled_database_filters_on_the_server(page):
    # ?max=10 makes the browser hold ten events of the forty, as with a large database
    page.goto("/?max=10#/events")
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_selector("#events-table tr.event-row")
    total = total_events(page)
    assert row_count(page) == 10 < total
    assert page.locator("#count").inner_text().startswith(f"10 / {total}")
    counts = Counter(e["type"] for e in page.request.get("/api/events?limit=1000").json()["events"])
    chosen, wanted = counts.most_common(1)[0]  # the commonest type; the sample of ten need not hold all its events
    assert 1 < wanted <= 10
    page.evaluate(f"setFilter('type', '{chosen}')")
    # wait for the filtered rows themselves: the sample of ten may hold as many rows as the type has
    page.wait_for_function(
        f"[...document.querySelectorAll('#events-table tr.event-row')].every(r => r.dataset.type == '{chosen}')")
    types = page.locator("#events-table tr.event-row").evaluate_all(
        "rows => rows.map(r => r.dataset.type)")
    assert types == [chosen] * wanted
    assert page.locator("#count").inner_text().startswith(f"{wanted} / {wanted}")
