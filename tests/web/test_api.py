"""The HTTP API on a temporary SQLite database filled through POST /api/articles with the
bundled examples and three articles written for these tests."""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from backends import BACKENDS, fresh_database  # noqa: E402
from marsad.web import create_app  # noqa: E402
from marsad.web import app as web_app  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# Two reports of the same sanction (same type, source and target, same day), and a spelling
# of America (أميركا) that a query written امريكا must find.
SANCTIONS = {
    "id": "web-sanctions-1", "title": "واشنطن تفرض عقوبات على شركات إيرانية",
    "published": "2024-05-02",
    "text": "فرضت الولايات المتحدة الأميركية يوم الأربعاء عقوبات على شركات إيرانية في طهران. "
            "وقال متحدث باسم الخارجية إن أميركا ستواصل الضغط على الشركات المخالفة.",
}
SANCTIONS_AGAIN = {
    "id": "web-sanctions-2", "title": "عقوبات أميركية جديدة",
    "published": "2024-05-02",
    "text": "فرضت الولايات المتحدة يوم الأربعاء عقوبات جديدة على شركات إيرانية.",
}
# An attack by a named group, for the group filter.
ISIL_ATTACK = {
    "id": "web-isil-1", "title": "هجوم لداعش على حاجز للجيش العراقي",
    "published": "2024-05-03",
    "text": "هاجم تنظيم داعش حاجزا للجيش العراقي قرب الموصل مساء الخميس وقتل ثلاثة جنود، "
            "بحسب ما أعلنت قيادة العمليات المشتركة.",
}


@pytest.fixture(scope="module", params=BACKENDS)
def client(request, tmp_path_factory):
    """The app on a database filled from the bundled examples, once on SQLite and once on
    PostgreSQL (when $MARSAD_TEST_DB names one)."""
    app = create_app(fresh_database(request.param, tmp_path_factory.mktemp("web")), token=TOKEN)
    with TestClient(app) as test_client:
        for path in sorted(EXAMPLES.iterdir()):
            if path.suffix in (".txt", ".json", ".jsonl"):
                response = test_client.post("/api/articles", headers=AUTH,
                                            files={"file": (path.name, path.read_bytes())})
                assert response.status_code == 201, response.text
        response = test_client.post("/api/articles", headers=AUTH,
                                    json=[SANCTIONS, SANCTIONS_AGAIN, ISIL_ATTACK])
        assert response.status_code == 201, response.text
        yield test_client


def events(client, **params) -> list[dict]:
    response = client.get("/api/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return response.json()["events"]


# -- writing --------------------------------------------------------------------------------

def test_post_returns_the_articles_and_their_events(client):
    body = {**SANCTIONS, "id": "web-post-1"}
    response = client.post("/api/articles", headers=AUTH, json=body)
    assert response.status_code == 201
    result = response.json()
    assert [a["id"] for a in result["articles"]] == ["web-post-1"]
    found = result["articles"][0]["events"]
    assert result["events"] == len(found) > 0
    assert any(e["type"] == "SANCTION" and e["source"]["code"] == "USA" for e in found)
    assert client.get("/api/articles/web-post-1").status_code == 200


def test_post_a_zip_archive_and_plain_text(client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.json", json.dumps({**SANCTIONS_AGAIN, "id": "web-zip-1"},
                                              ensure_ascii=False))
    response = client.post("/api/articles", headers=AUTH,
                           files={"file": ("batch.zip", buffer.getvalue())})
    assert response.status_code == 201, response.text
    assert [a["id"] for a in response.json()["articles"]] == ["web-zip-1"]
    text = "اعتقلت الشرطة العراقية يوم الثلاثاء عشرات المتظاهرين في بغداد."
    response = client.post("/api/articles", headers={**AUTH, "Content-Type": "text/plain"},
                           content=text.encode("utf-8"))
    assert response.status_code == 201, response.text
    assert response.json()["articles"][0]["events"]


def test_writes_need_the_token(client):
    assert client.post("/api/articles", json=SANCTIONS).status_code == 401
    wrong = client.post("/api/articles", json=SANCTIONS, headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 401
    assert "Bearer" in wrong.json()["error"]


def test_writes_are_refused_without_a_configured_token(tmp_path, monkeypatch):
    monkeypatch.delenv("MARSAD_TOKEN", raising=False)
    with TestClient(create_app(f"sqlite:///{tmp_path / 'x.db'}")) as closed:
        response = closed.post("/api/articles", json=SANCTIONS, headers=AUTH)
        assert response.status_code == 403
        assert "token" in response.json()["error"]
        assert closed.get("/api/events").status_code == 200  # reads stay open


def test_token_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_TOKEN", "from-env")
    with TestClient(create_app(f"sqlite:///{tmp_path / 'x.db'}")) as other:
        ok = other.post("/api/articles", json=SANCTIONS,
                        headers={"Authorization": "Bearer from-env"})
        assert ok.status_code == 201


def test_too_large_bodies_get_413(client, monkeypatch):
    monkeypatch.setattr(web_app, "MAX_BODY", 1000)
    big = {**SANCTIONS, "text": SANCTIONS["text"] * 20}
    response = client.post("/api/articles", headers=AUTH, json=big)
    assert response.status_code == 413
    assert "limit" in response.json()["error"]


def test_zip_that_unpacks_too_large_gets_413(client, monkeypatch):
    monkeypatch.setattr(web_app, "MAX_UNPACKED", 100)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "ا" * 1000)
    response = client.post("/api/articles", headers=AUTH,
                           files={"file": ("bomb.zip", buffer.getvalue())})
    assert response.status_code == 413


@pytest.mark.parametrize("body, headers, status", [
    (b"{not json", {"Content-Type": "application/json"}, 400),
    (b'{"title": "no text"}', {"Content-Type": "application/json"}, 400),
    (b"", {"Content-Type": "application/json"}, 400),
    (b"\x00\x01\x02\x03binary", {"Content-Type": "application/octet-stream"}, 400),
    ("نص".encode("utf-8"), {"Content-Type": "image/png"}, 415),
    (b"--x\r\nbroken", {"Content-Type": "multipart/form-data; boundary=x"}, 400),
])
def test_malformed_bodies_get_a_clear_4xx(client, body, headers, status):
    response = client.post("/api/articles", headers={**AUTH, **headers}, content=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]


def test_multipart_without_a_file_is_400(client):
    response = client.post("/api/articles", headers=AUTH, data={"text": "نص"})
    assert response.status_code == 400
    assert "file" in response.json()["error"]


# -- events ---------------------------------------------------------------------------------

def test_events_json_page(client):
    response = client.get("/api/events")
    assert response.status_code == 200
    page = response.json()
    assert page["total"] == len(events(client)) > 30
    assert {"id", "article_id", "type", "evidence", "modality"} <= set(page["events"][0])
    dates = [e["date"]["start"] for e in page["events"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize("params, check", [
    ({"type": "SANCTION"}, lambda e: e["type"] == "SANCTION"),
    ({"type": "assault,protest"}, lambda e: e["type"] in ("ASSAULT", "PROTEST")),
    ({"mode": "release"}, lambda e: e["mode"] == "release"),
    ({"actor": "ISIL"}, lambda e: "ISIL" in str((e["source"] or {}).get("group")) + str(
        (e["target"] or {}).get("group"))),
    ({"actor": "ETH"}, lambda e: "ETH" in ((e["source"] or {}).get("code"),
                                           (e["target"] or {}).get("code"))),
    ({"actor": "Iran"}, lambda e: "Iran" in str((e["source"] or {}).get("name"))
                                  + str((e["target"] or {}).get("name"))),
    ({"country": "SDN"}, lambda e: e["location"]["country"] == "SDN"),
    ({"country": "sdn,yem"}, lambda e: e["location"]["country"] in ("SDN", "YEM")),
    ({"since": "2024-04-14", "until": "2024-04-16"},
     lambda e: e["date"]["end"] >= "2024-04-14" and e["date"]["start"] <= "2024-04-16"),
    ({"place": "Gedaref"}, lambda e: e["location"]["name"] == "Gedaref"),
    ({"place": "القضارف"}, lambda e: e["location"]["name"] == "Gedaref"),
    ({"bbox": "43,14,46,16"}, lambda e: 43 <= e["location"]["lon"] <= 46
                                        and 14 <= e["location"]["lat"] <= 16),
    ({"modality": "alleged"}, lambda e: e["modality"] == "alleged"),
    ({"modality": "negated,alleged"}, lambda e: e["modality"] in ("negated", "alleged")),
    ({"claimant": "SDN"}, lambda e: e["claimant"]["code"] == "SDN"),
    ({"claimant": "*"}, lambda e: e["claimant"] is not None),
    ({"article": "tunis_protest"}, lambda e: e["article_id"] == "tunis_protest"),
    ({"q": "عقوبات"}, lambda e: "عقوبات" in e["evidence"]["text"]),
])
def test_each_filter_narrows_to_matching_events(client, params, check):
    everything = events(client)
    found = events(client, **params)
    assert found, params
    assert len(found) < len(everything)
    assert all(check(e) for e in found), params
    # and nothing that matches is left out
    assert len(found) == sum(1 for e in everything if _safe(check, e))


def _safe(check, record) -> bool:
    try:
        return bool(check(record))
    except (TypeError, KeyError, AttributeError):
        return False


def test_free_text_is_arabic_normalised(client):
    found = events(client, q="الامريكية")  # written without hamza: matches الأميركية
    assert found
    assert all("الأميركية" in json.dumps(e, ensure_ascii=False) for e in found)
    assert events(client, q="كلمةغيرموجودة") == []


def test_filters_combine(client):
    found = events(client, type="ASSAULT", country="SDN")
    assert found and all(e["type"] == "ASSAULT" and e["location"]["country"] == "SDN"
                         for e in found)


@pytest.mark.parametrize("sort, key, reverse", [
    ("date", lambda e: e["date"]["start"], False), ("-date", lambda e: e["date"]["start"], True),
    ("-confidence", lambda e: e["confidence"], True), ("type", lambda e: e["type"], False),
])
def test_sorting(client, sort, key, reverse):
    values = [key(e) for e in events(client, sort=sort)]
    assert values == sorted(values, reverse=reverse)


@pytest.mark.parametrize("sort, params", [("date", {}), ("-date", {}), ("-confidence", {}),
                                          ("date", {"q": "على"})])
def test_cursor_pagination_visits_every_event_once(client, sort, params):
    expected = [e["id"] for e in events(client, sort=sort, **params)]
    seen, cursor = [], None
    while True:
        query = {"limit": 7, "sort": sort, **params, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=query).json()
        assert len(page["events"]) <= 7
        seen += [e["id"] for e in page["events"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == expected


def test_free_text_pages_stop_at_the_scan_budget_and_go_on(client, monkeypatch):
    from marsad.web import queries

    expected = [e["id"] for e in events(client, q="على")]
    monkeypatch.setattr(queries, "EVENT_SCAN", 5)
    monkeypatch.setattr(queries, "BATCH", 2)
    seen, cursor, pages = [], None, 0
    while True:
        page = client.get("/api/events", params={"q": "على", "limit": 1000,
                                                 **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["id"] for e in page["events"]]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == expected and pages > 2


def test_article_search_stops_at_the_scan_budget_and_goes_on(client, monkeypatch):
    from marsad.web import queries

    expected = [a["id"] for a in client.get("/api/articles", params={
        "q": "الولايات", "limit": 1000}).json()["articles"]]
    monkeypatch.setattr(queries, "ARTICLE_SCAN", 3)
    monkeypatch.setattr(queries, "BATCH", 2)
    seen, cursor, pages = [], None, 0
    while True:
        page = client.get("/api/articles", params={"q": "الولايات", "limit": 1000, **(
            {"cursor": cursor} if cursor else {})}).json()
        seen += [a["id"] for a in page["articles"]]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
    assert len(expected) > 1 and seen == expected and pages > 2


def test_formats_by_parameter_and_accept_header(client):
    jsonl = client.get("/api/events", params={"format": "jsonl", "type": "SANCTION"})
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    records = [json.loads(line) for line in jsonl.text.splitlines()]
    assert records == events(client, type="SANCTION")
    by_accept = client.get("/api/events", params={"type": "SANCTION"},
                           headers={"Accept": "text/csv"})
    assert by_accept.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(by_accept.text)))
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    assert rows[0]["type"] == "SANCTION"
    ndjson = client.get("/api/events", headers={"Accept": "application/x-ndjson"},
                        params={"limit": 3})
    assert len(ndjson.text.splitlines()) == 3
    assert ndjson.headers["x-next-cursor"]


@pytest.mark.parametrize("params, words", [
    ({"since": "2024-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"since": "2024-05-01", "until": "2024-04-01"}, "after"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "10,20,5,30"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "0,-95,10,10"}, "bbox"),
    ({"type": "INVADE"}, "type"),
    ({"modality": "certain"}, "modality"),
    ({"sort": "size"}, "sort"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"format": "xml"}, "format"),
    ({"limit": "0"}, "limit"),
    ({"limit": "1001"}, "limit"),
    ({"limit": "many"}, "limit"),
])
def test_bad_event_queries_get_4xx_with_a_message(client, params, words):
    response = client.get("/api/events", params=params)
    assert 400 <= response.status_code < 500
    assert words in response.json()["error"]


def test_a_cursor_is_tied_to_its_sort(client):
    cursor = client.get("/api/events", params={"limit": 2}).json()["next"]
    response = client.get("/api/events", params={"limit": 2, "sort": "-date", "cursor": cursor})
    assert response.status_code == 400
    assert "sort" in response.json()["error"]


def test_event_with_its_article_and_other_reports(client):
    first = [e for e in events(client, article="web-sanctions-1")
             if e["type"] == "SANCTION" and (e["target"] or {}).get("code") == "IRN"][0]
    response = client.get(f"/api/events/{first['id']}")
    assert response.status_code == 200
    found = response.json()
    assert found["event"] == first
    assert found["article"]["id"] == "web-sanctions-1"
    assert found["article"]["title"] == SANCTIONS["title"]
    start, end = found["evidence"]["start"], found["evidence"]["end"]
    assert found["article"]["text"][start:end] == found["evidence"]["text"]
    assert found["evidence"]["in"] == "text"
    others = {r["article_id"] for r in found["other_reports"]}
    assert "web-sanctions-2" in others and "web-sanctions-1" not in others


def test_unknown_event_is_404(client):
    response = client.get("/api/events/0000000000")
    assert response.status_code == 404
    assert "0000000000" in response.json()["error"]


# -- articles -------------------------------------------------------------------------------

def test_article_search_is_arabic_normalised(client):
    response = client.get("/api/articles", params={"q": "امريكا"})  # the text has أميركا
    assert response.status_code == 200
    ids = [a["id"] for a in response.json()["articles"]]
    assert "web-sanctions-1" in ids
    snippet = [a for a in response.json()["articles"] if a["id"] == "web-sanctions-1"][0]
    assert "أميركا" in snippet["snippet"]
    both = client.get("/api/articles", params={"q": "عقوبات طهران"}).json()["articles"]
    assert "web-sanctions-1" in [a["id"] for a in both]
    assert "web-sanctions-2" not in [a["id"] for a in both]  # no طهران there
    assert client.get("/api/articles", params={"q": "كلمةغيرموجودة"}).json()["articles"] == []


def test_article_list_pages(client):
    everything = client.get("/api/articles", params={"limit": 1000}).json()["articles"]
    seen, cursor = [], None
    while True:
        page = client.get("/api/articles", params={"limit": 4, **(
            {"cursor": cursor} if cursor else {})}).json()
        seen += [a["id"] for a in page["articles"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == [a["id"] for a in everything] and len(seen) > 9


def test_article_with_mentions_and_events(client):
    response = client.get("/api/articles/tunis_protest")
    assert response.status_code == 200
    found = response.json()
    text = found["article"]["text"]
    assert found["article"]["title"].startswith("الشرطة التونسية")
    kinds = {m["kind"] for m in found["mentions"]}
    assert {"actor", "place", "time", "trigger"} <= kinds
    for mention in found["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]
    assert any(m["kind"] == "place" and m["value"]["name"] == "Tunisia" for m in found["mentions"])
    assert found["events"] and all(e["article_id"] == "tunis_protest" for e in found["events"])


def test_unknown_article_is_404(client):
    response = client.get("/api/articles/no-such-article")
    assert response.status_code == 404
    assert response.json()["error"]


# -- counts ---------------------------------------------------------------------------------

def test_timeline_by_type_per_month(client):
    response = client.get("/api/stats/timeline", params={"interval": "month"})
    assert response.status_code == 200
    series = response.json()["series"]
    assert all(point["period"].endswith("-01") for point in series)
    assert sum(point["total"] for point in series) == len(events(client))
    march = [p for p in series if p["period"] == "2024-03-01"][0]
    assert march["counts"]["ACCUSE"] == len(events(client, type="ACCUSE", since="2024-03-01",
                                                   until="2024-03-31"))


def test_timeline_by_quad_per_week_with_a_filter(client):
    response = client.get("/api/stats/timeline",
                          params={"interval": "week", "by": "quad", "country": "SDN"})
    series = response.json()["series"]
    assert series
    assert set().union(*(p["counts"] for p in series)) <= {
        "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}
    assert sum(p["total"] for p in series) == len(events(client, country="SDN"))
    from datetime import date
    assert all(date.fromisoformat(p["period"]).weekday() == 0 for p in series)  # Mondays


@pytest.mark.parametrize("params", [{"interval": "year"}, {"by": "actor"},
                                    {"since": "2024-02-30"}])
def test_bad_timeline_queries_get_400(client, params):
    response = client.get("/api/stats/timeline", params=params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_network_edges_count_events_by_type(client):
    graph = client.get("/api/network").json()
    edge = [e for e in graph["edges"] if e["source"] == "USA" and e["target"] == "IRN"][0]
    expected = [e for e in events(client) if (e["source"] or {}).get("code") == "USA"
                and (e["target"] or {}).get("code") == "IRN"]
    assert edge["events"] == len(expected) == edge["by_type"]["SANCTION"]
    assert {"USA", "IRN"} <= {node["id"] for node in graph["nodes"]}
    sudan = client.get("/api/network", params={"country": "SDN"}).json()
    assert sudan["edges"] and len(sudan["edges"]) < len(graph["edges"])


def test_actor_and_place_counts(client):
    actors = client.get("/api/actors").json()["actors"]
    usa = [a for a in actors if a["id"] == "USA"][0]
    as_source = [e for e in events(client) if (e["source"] or {}).get("code") == "USA"
                 and not e["source"]["group"]]
    assert usa["as_source"] == len(as_source)
    places = client.get("/api/places").json()["places"]
    gedaref = [p for p in places if p["name"] == "Gedaref"][0]
    assert gedaref["events"] == len(events(client, place="Gedaref"))
    assert gedaref["lat"] and gedaref["lon"] and gedaref["country"] == "SDN"
    yemen_only = client.get("/api/places", params={"country": "YEM"}).json()["places"]
    assert yemen_only and all(p["country"] == "YEM" for p in yemen_only)


def test_summary_and_near_duplicates(client):
    copy = client.post("/api/articles", headers=AUTH, json={**SANCTIONS, "id": "web-post-1"})
    assert copy.status_code == 201
    summary = client.get("/api/summary").json()
    assert summary["articles"] == len(client.get("/api/articles?limit=1000").json()["articles"])
    # web-post-1 repeats web-sanctions-1: its events count once, like the summary's
    canonical = events(client, canonical="true")
    assert summary["events"] == len(canonical) < len(events(client))
    kept = {e["article_id"] for e in canonical} & {"web-post-1", "web-sanctions-1"}
    assert len(kept) == 1  # one copy of the two


# -- pages and errors -----------------------------------------------------------------------

def test_docs_and_openapi(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/stats/timeline",
            "/api/network", "/api/actors", "/api/places"} <= set(spec["paths"])


def test_home_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


def test_unknown_route_and_method_get_json_errors(client):
    missing = client.get("/api/nothing")
    assert missing.status_code == 404 and missing.json()["error"]
    wrong_method = client.delete("/api/events")
    assert wrong_method.status_code == 405 and wrong_method.json()["error"]


# -- the OpenAPI spec, run by schemathesis --------------------------------------------------

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

# The spec is read when the tests are collected, so this app exists from the start; the
# `fuzzed` fixture fills its database before the first call.
_FUZZ_DIR = tempfile.mkdtemp(prefix="marsad-web-fuzz-")
_FUZZ_APP = create_app(f"sqlite:///{_FUZZ_DIR}/fuzz.db", token=TOKEN)
schema = schemathesis.openapi.from_asgi("/openapi.json", _FUZZ_APP)


@pytest.fixture(scope="module")
def fuzzed():
    with TestClient(_FUZZ_APP) as fuzz_client:
        for article in (SANCTIONS, SANCTIONS_AGAIN):
            assert fuzz_client.post("/api/articles", headers=AUTH, json=article).status_code == 201
        yield
    shutil.rmtree(_FUZZ_DIR, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_the_spec_allows_gets_a_server_error(fuzzed, case):
    # Writes without the token are refused before anything is read, so POST is covered too.
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, case.query, response.text)
    if response.status_code >= 400:
        assert response.json()["error"]


def test_serve_command_prints_the_address_and_runs_the_app(tmp_path, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from marsad.cli import main

    ran = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **_: ran.update(
        app=app, host=host, port=port))
    db = f"sqlite:///{tmp_path / 'served.db'}"
    result = CliRunner().invoke(main, ["serve", "--db", db, "--port", "8123", "--token", "t"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert (ran["host"], ran["port"]) == ("127.0.0.1", 8123)
    assert ran["app"].state.token == "t"
    bad = CliRunner().invoke(main, ["serve", "--port", "70000"])
    assert bad.exit_code == 2


def test_counts_are_cached_until_articles_are_added(client):
    before = client.get("/api/summary").json()
    timeline = client.get("/api/stats/timeline").json()
    added = {"id": "web-cache-1", "published": "2024-07-01", "title": "احتجاجات",
             "text": "تظاهر آلاف المواطنين الأردنيين يوم الأحد أمام السفارة في عمّان."}
    response = client.post("/api/articles", headers=AUTH, json=added)
    new_events = response.json()["events"]
    assert new_events > 0
    after = client.get("/api/summary").json()
    assert after["articles"] == before["articles"] + 1
    later = client.get("/api/stats/timeline").json()
    assert (sum(p["total"] for p in later["series"])
            == sum(p["total"] for p in timeline["series"]) + new_events)
