"""The web's counts (timeline, network, actors, places), which the database aggregates: they
must equal counts made from the event records one by one, on SQLite and PostgreSQL, with ties
ordered as documented. Hand-written Arabic articles and the events a coder would read."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from backends import BACKENDS, fresh_database
from marsad.model import Actor, Article, Event, Evidence, Place, When
from marsad.store import Store
from marsad.store.schema import articles, events as events_table
from marsad.web import queries
from marsad.web.queries import EventFilter

RUS_MIL = Actor("القوات الروسية", "RUS", ("MIL",), None, "Russian forces")
RUS_GOV = Actor("موسكو", "RUS", ("GOV",), None, "Russia")
TUR_GOV = Actor("أنقرة", "TUR", ("GOV",), None, "Turkey")
SYR_REB = Actor("فصائل المعارضة", "SYR", ("REB",), None, "Syrian rebels")
ISIL = Actor("تنظيم داعش", "IMG", ("REB",), "ISIL", "Islamic State")
# an empty group counts as none: this actor is IRQ, as actor_id(code, "") says
IRQ_GOV = Actor("الحكومة العراقية", "IRQ", ("GOV",), "", "Iraqi government")
CROWD = Actor("آلاف المتظاهرين", None, ("CVL",), None, None)  # no code: in no count

IDLIB = Place("إدلب", "Idlib", 35.93, 36.63, "SYR", 2)
MOSUL = Place("الموصل", "Mosul", 36.34, 43.13, "IRQ", 4)
# two cities of one name, and one the gazetteer could not place
TRIPOLI_LBN = Place("طرابلس", "Tripoli", 34.44, 35.83, "LBN", 4)
TRIPOLI_LBY = Place("طرابلس", "Tripoli", 32.89, 13.19, "LBY", 4)
TRIPOLI_UNKNOWN = Place("طرابلس", "Tripoli", None, None, None, None)

SUNDAY, MONDAY, NEXT_SUNDAY = date(2024, 3, 3), date(2024, 3, 4), date(2024, 3, 10)


def article_with(article_id: str, published: date,
                 told: list[tuple[str, str, Actor | None, Actor | None, date, Place | None]]):
    """An article made of the sentences told, and an event for each."""
    text = " ".join(sentence for sentence, *_ in told)
    article = Article(id=article_id, text=text, title="أخبار", published=published)
    found = []
    for sentence, type_, source, target, day, place in told:
        start = text.index(sentence)
        found.append(Event(article_id=article_id, type=type_, mode=None, source=source,
                           target=target, date=When(day, day, "day", None), location=place,
                           modality="asserted", claimant=None,
                           evidence=Evidence(sentence, start, start + len(sentence))))
    return article, found


ARTICLES = [
    article_with("q-1", SUNDAY, [
        ("قصفت القوات الروسية مواقع فصائل المعارضة في إدلب يوم الأحد.", "ASSAULT",
         RUS_MIL, SYR_REB, SUNDAY, IDLIB),
        ("واعتقلت القوات الروسية عشرات من عناصر فصائل المعارضة في إدلب.", "COERCE",
         RUS_MIL, SYR_REB, SUNDAY, IDLIB),
        ("وحاصرت القوات الروسية بلدات تسيطر عليها فصائل المعارضة.", "COERCE",
         RUS_MIL, SYR_REB, SUNDAY, None),
        ("واتهمت أنقرة موسكو بخرق الهدنة.", "ACCUSE", TUR_GOV, RUS_GOV, SUNDAY, None),
    ]),
    article_with("q-2", MONDAY, [
        ("أعلن تنظيم داعش مسؤوليته عن هجوم في الموصل.", "ASSAULT", ISIL, IRQ_GOV, MONDAY, MOSUL),
        ("وطالبت الحكومة العراقية تنظيم داعش بإطلاق الرهائن.", "REQUEST", IRQ_GOV, ISIL, MONDAY,
         MOSUL),
        ("وتظاهر آلاف المتظاهرين في الموصل ضد الحكومة العراقية.", "PROTEST", CROWD, IRQ_GOV,
         MONDAY, MOSUL),
    ]),
    article_with("q-3", NEXT_SUNDAY, [
        ("وتظاهر آلاف المتظاهرين في طرابلس اللبنانية.", "PROTEST", CROWD, None, NEXT_SUNDAY,
         TRIPOLI_LBN),
        ("واشتبكت قوات في طرابلس الليبية.", "ASSAULT", None, None, NEXT_SUNDAY, TRIPOLI_LBY),
        ("وقالت تقارير إن انفجاراً وقع في طرابلس.", "ASSAULT", None, None, NEXT_SUNDAY,
         TRIPOLI_UNKNOWN),
        ("وأكدت موسكو دعمها لأنقرة.", "SUPPORT", RUS_GOV, TUR_GOV, date(2024, 4, 1), None),
    ]),
]
# q-2 again under another id, as another outlet reprints it: the store links it as a
# near-duplicate, whose events every count but the summary and `canonical` includes; one of
# them (THREATEN) only the reprint has
ARTICLES.append(article_with("q-2-reprint", MONDAY, [
    *((told.evidence.text, told.type, told.source, told.target, MONDAY, told.location)
      for told in ARTICLES[1][1]),
    (ARTICLES[1][1][-1].evidence.text, "THREATEN", None, None, MONDAY, None)]))


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory):
    """A database holding ARTICLES, on SQLite and PostgreSQL."""
    opened = Store(fresh_database(request.param, tmp_path_factory.mktemp("counts")))
    queries.prepare(opened.engine)
    for article, found in ARTICLES:
        opened.save(article, found)
    yield opened
    opened.close()


@pytest.fixture
def conn(store):
    with store.engine.connect() as connection:
        yield connection


def records(conn, filters: EventFilter) -> list[dict]:
    query = events_table.select().with_only_columns(events_table.c.record).where(
        *filters.conditions())
    return [json.loads(text) for (text,) in conn.execute(query)]


def actor_key(actor: dict | None) -> str | None:
    return (actor["group"] or actor["code"]) if actor else None


def by_count(counts: Counter) -> dict:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# The counts as made from the records, one by one: what the database's must equal.

def expected_network(found: list[dict], limit: int) -> dict:
    edges: dict[tuple, Counter] = defaultdict(Counter)
    for record in found:
        source, target = actor_key(record["source"]), actor_key(record["target"])
        if source and target:
            edges[(source, target)][record["type"]] += 1
    heaviest = sorted(edges.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:limit]
    nodes: Counter = Counter()
    for (source, target), by_type in heaviest:
        nodes[source] += sum(by_type.values())
        nodes[target] += sum(by_type.values())
    return {"nodes": [{"id": node, "events": n} for node, n in nodes.most_common()],
            "edges": [{"source": s, "target": t, "events": sum(c.values()), "by_type": by_count(c)}
                      for (s, t), c in heaviest]}


def expected_actors(found: list[dict], limit: int) -> list[dict]:
    roles: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, Counter] = defaultdict(Counter)
    for record in found:
        for role in ("source", "target"):
            key = actor_key(record[role])
            if key:
                roles[key][role] += 1
                if record[role]["name"]:
                    names[key][record[role]["name"]] += 1
    ranked = sorted(roles.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:limit]
    return [{"id": key, "name": next(iter(by_count(names[key])), None),
             "as_source": c["source"], "as_target": c["target"],
             "events": c["source"] + c["target"]} for key, c in ranked]


def expected_places(found: list[dict], limit: int) -> list[dict]:
    places: dict[tuple, Counter] = defaultdict(Counter)
    for record in found:
        where = record["location"]
        if where and where["name"]:
            places[(where["name"], where["country"], where["lat"], where["lon"])][
                record["type"]] += 1

    def order(item):  # most events, then name, country, lat, lon, unknown ones first
        (name, *rest), by_type = item
        return (-sum(by_type.values()), name, *((v is not None, v) for v in rest))

    return [{"name": name, "country": country, "lat": lat, "lon": lon,
             "events": sum(c.values()), "by_type": by_count(c)}
            for (name, country, lat, lon), c in sorted(places.items(), key=order)[:limit]]


def expected_timeline(found: list[dict], interval: str, by: str) -> list[dict]:
    counts: dict[date, Counter] = defaultdict(Counter)
    for record in found:
        start = queries.period_start(date.fromisoformat(record["date"]["start"]), interval)
        label = queries.QUAD_OF[record["type"]] if by == "quad" else record["type"]
        counts[start][label] += 1
    return [{"period": start.isoformat(), "total": sum(c.values()), "counts": dict(c)}
            for start, c in sorted(counts.items())]


FILTERS = [{}, {"country": "IRQ"}, {"type": "ASSAULT,COERCE"}, {"actor": "RUS"},
           {"since": "2024-03-04", "until": "2024-03-31"}, {"canonical": True}]


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("limit", [1, 2, 3, 200])
def test_network_equals_the_records_counted(conn, params, limit):
    filters = EventFilter(**params)
    assert queries.network(conn, filters, limit) == expected_network(records(conn, filters),
                                                                      limit)


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("limit", [1, 2, 4, 100])
def test_actors_equal_the_records_counted(conn, params, limit):
    filters = EventFilter(**params)
    assert queries.actor_counts(conn, filters, limit) == expected_actors(
        records(conn, filters), limit)


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("limit", [1, 2, 4, 500])
def test_places_equal_the_records_counted(conn, params, limit):
    filters = EventFilter(**params)
    assert queries.place_counts(conn, filters, limit) == expected_places(
        records(conn, filters), limit)


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("interval", queries.INTERVALS)
@pytest.mark.parametrize("by", ["type", "quad"])
def test_timeline_equals_the_records_counted(conn, params, interval, by):
    filters = EventFilter(**params)
    assert queries.timeline(conn, filters, interval, by) == expected_timeline(
        records(conn, filters), interval, by)


def test_network_edges_and_their_types_in_order(conn):
    graph = queries.network(conn, EventFilter())
    heaviest = graph["edges"][0]
    assert (heaviest["source"], heaviest["target"], heaviest["events"]) == ("RUS", "SYR", 3)
    assert list(heaviest["by_type"]) == ["COERCE", "ASSAULT"]  # the most first
    # the empty group of the Iraqi government: it is IRQ; the crowd has no code: no edge
    assert {(e["source"], e["target"]) for e in graph["edges"]} == {
        ("RUS", "SYR"), ("TUR", "RUS"), ("ISIL", "IRQ"), ("IRQ", "ISIL"), ("RUS", "TUR")}
    # two edges of two events each (one article and its reprint): by source, then target
    assert [(e["source"], e["target"]) for e in queries.network(conn, EventFilter(), 3)[
        "edges"]] == [("RUS", "SYR"), ("IRQ", "ISIL"), ("ISIL", "IRQ")]


def test_an_actors_name_is_its_most_frequent_the_first_of_equals(conn):
    actors = {a["id"]: a for a in queries.actor_counts(conn, EventFilter())}
    assert actors["RUS"]["name"] == "Russian forces"  # three events to two
    assert actors["RUS"]["as_source"] == 4 and actors["RUS"]["as_target"] == 1
    assert actors["IRQ"]["as_target"] == 4 and actors["IRQ"]["name"] == "Iraqi government"
    only_monday = queries.actor_counts(conn, EventFilter(actor="RUS", since="2024-03-10"))
    assert [(a["id"], a["name"]) for a in only_monday] == [("RUS", "Russia"), ("TUR", "Turkey")]


def test_places_of_one_name_by_country_the_unknown_first(conn):
    tripoli = [(p["country"], p["lat"]) for p in queries.place_counts(conn, EventFilter())
               if p["name"] == "Tripoli"]
    assert tripoli == [(None, None), ("LBN", 34.44), ("LBY", 32.89)]


def test_weeks_start_on_monday_and_months_on_the_first(conn):
    weeks = queries.timeline(conn, EventFilter(), "week")
    assert [(p["period"], p["total"]) for p in weeks] == [
        ("2024-02-26", 4), ("2024-03-04", 10), ("2024-04-01", 1)]  # Sunday 3 March: week 9
    months = queries.timeline(conn, EventFilter(), "month", "quad")
    assert [p["period"] for p in months] == ["2024-03-01", "2024-04-01"]
    assert months[0]["counts"] == {"material conflict": 10, "verbal conflict": 4}


def test_canonical_leaves_out_the_events_of_near_duplicates(conn):
    copies = {row.id for row in conn.execute(
        select(articles.c.id).where(articles.c.canonical_id.is_not(None)))}
    assert copies == {"q-2-reprint"}
    every = records(conn, EventFilter())
    canonical = records(conn, EventFilter(canonical=True))
    assert sorted(r["id"] for r in canonical) == sorted(
        r["id"] for r in every if r["article_id"] not in copies)
    page = queries.events_page(conn, EventFilter(canonical=True, country="IRQ"), limit=2)
    assert page.total == 3 and len(page.items) == 2
    assert all(e["article_id"] == "q-2" for e in page.items)


def test_the_summary_counts_as_the_store_does(store, conn):
    found = queries.summary(conn)
    assert found == store.summary()
    assert (found["articles"], found["duplicates"], found["events"]) == (4, 1, 11)
    assert list(found["by_type"].items())[:2] == [("ASSAULT", 4), ("COERCE", 2)]
    assert "THREATEN" not in found["by_type"]  # the reprint's only
    assert found["by_modality"] == {"asserted": 11}
