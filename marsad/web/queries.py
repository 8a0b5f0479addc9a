"""The queries behind the web API: event filters, cursor pages, counts, networks, article search.

Plain SQLAlchemy Core over marsad.store.schema (so they run wherever the Store does); the web
routes only parse requests and shape responses. Bad filter values raise QueryError (HTTP 400).
"""

from __future__ import annotations

import base64
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from sqlalchemy import (
    Date, DateTime, Integer, String, and_, case, cast, func, or_, select, true, type_coerce,
    union_all,
)
from sqlalchemy.engine import Connection

from marsad.arabic import norm
from marsad.arabic.tokens import WORD
from marsad.model import EVENT_TYPES, MODALITIES
from marsad.store import QueryError
from marsad.store.schema import articles, events

MAX_LIMIT = 1000
BATCH = 200  # rows read at a time when a free-text filter is checked in Python
# At most this many rows are checked in Python per request: past it, a page may hold fewer
# items than asked, and its `next` cursor goes on from the last row checked.
EVENT_SCAN = 2000
ARTICLE_SCAN = 1000

# The four PLOVER quad classes.
QUADS = {
    "verbal cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
QUAD_OF = {type_: quad for quad, types in QUADS.items() for type_ in types}
INTERVALS = ("day", "week", "month")
CODE = re.compile(r"[A-Z][A-Z0-9_]{1,31}")  # an actor code or group, as stored

_c = events.c
# sort name -> (column, descending); every order ends with the event id, for stable cursors.
SORTS = {
    "date": (_c.date_start, False), "-date": (_c.date_start, True),
    "confidence": (_c.confidence, False), "-confidence": (_c.confidence, True),
    "type": (_c.type, False), "-type": (_c.type, True),
}


@dataclass
class EventFilter:
    """The event filters shared by /api/events, the statistics and the network.

    type, country and modality may list several values separated by commas; `actor` matches
    the source or target by code or group (exactly) or by name or Arabic text (substring);
    `place` the place name or text (substring); `bbox` is "minlon,minlat,maxlon,maxlat";
    `claimant` a claimant code or group, or "*" for any claimant; `q` words that must all occur
    in the evidence, actor or place words (Arabic-normalised: امريكا finds أميركا);
    `canonical` leaves out the events of near-duplicate articles (their canonical copy has them).
    """

    type: str | None = None
    mode: str | None = None
    actor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    bbox: str | None = None
    modality: str | None = None
    claimant: str | None = None
    article: str | None = None
    q: str | None = None
    canonical: bool = False
    words: list[tuple[str, ...]] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.words = query_words(self.q)

    def conditions(self) -> list:
        """The SQL conditions of every filter but `q` (checked by `matches`)."""
        conditions = []
        if self.type:
            conditions.append(_c.type.in_(_choices(self.type, EVENT_TYPES, "type", str.upper)))
        if self.modality:
            conditions.append(_c.modality.in_(
                _choices(self.modality, MODALITIES, "modality", str.lower)))
        if self.mode:
            conditions.append(_c.mode == self.mode)
        if self.country:
            conditions.append(_c.country.in_([v.strip().upper() for v in self.country.split(",")
                                              if v.strip()]))
        if self.actor:
            conditions.append(or_(*(_actor_matches(role, self.actor.strip())
                                    for role in ("source", "target"))))
        if self.place:
            conditions.append(or_(_c.place_name.icontains(self.place, autoescape=True),
                                  _c.place_text.icontains(self.place, autoescape=True)))
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = parse_bbox(self.bbox)
            conditions += [_c.lon >= min_lon, _c.lon <= max_lon,
                           _c.lat >= min_lat, _c.lat <= max_lat]
        if self.claimant:
            value = self.claimant.strip().upper()
            if value == "*":
                conditions.append(or_(_c.claimant_code.is_not(None),
                                      _c.claimant_group.is_not(None)))
            else:
                conditions.append(or_(_c.claimant_code == value, _c.claimant_group == value))
        if self.article:
            conditions.append(_c.article_id == self.article)
        if self.canonical:  # not an event of one of the few copies: no lookup per article
            conditions.append(_c.article_id.not_in(_copies()))
        since = parse_date(self.since, "since") if self.since else None
        until = parse_date(self.until, "until") if self.until else None
        if since and until and since > until:
            raise QueryError(f"since ({since}) is after until ({until})")
        if since:
            conditions.append(_c.date_end >= since)
        if until:
            conditions.append(_c.date_start <= until)
        return conditions

    def matches(self, record: dict) -> bool:
        """Whether an event record has every word of `q` (always true without `q`)."""
        return not self.words or has_words(record_text(record), self.words)

    def matches_json(self, record_json: str) -> dict | None:
        """The record of a stored JSON text if it matches `q`, else None. The words are
        looked for in the whole text first: cheap, and only a hit is parsed and checked."""
        if self.words and not has_words(record_json, self.words):
            return None
        record = json.loads(record_json)
        return record if self.matches(record) else None

    def params(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.init}


def _copies():
    """The ids of the near-duplicate articles (every event's article is stored: foreign key)."""
    return select(articles.c.id).where(articles.c.canonical_id.is_not(None))


def query_words(q: str | None) -> list[tuple[str, ...]]:
    """The distinct normalised words of a free-text query, each with its other spellings."""
    return [word_forms(word) for word in dict.fromkeys(WORD.findall(norm(q)))] if q else []


def word_forms(word: str) -> tuple[str, ...]:
    """A normalised word and its other spellings (data/spellings.tsv): امريكي, اميركي."""
    forms = {word}
    for group in _spellings():
        for spelling in group:
            if spelling in word:
                forms.update(word.replace(spelling, other) for other in group)
    return tuple(sorted(forms, key=lambda form: (form != word, form)))


def has_words(text: str, words: list[tuple[str, ...]]) -> bool:
    """Whether `text` (as written, not normalised) holds one form of every word."""
    return all(word_pattern(forms).search(text) for forms in words)


@lru_cache(maxsize=1024)
def word_pattern(forms: tuple[str, ...]) -> re.Pattern:
    """A pattern finding any of the normalised `forms` in text as written: each letter as any
    letter that normalises to it, with the characters normalisation drops (diacritics,
    tatweel) allowed between them. Matching this way is much faster than normalising texts."""
    variants, dropped = _inverse_normalisation()
    skip = f"[{re.escape(dropped)}]*" if dropped else ""

    def letter(ch: str) -> str:
        return f"[{re.escape(variants.get(ch, ch))}]"

    return re.compile("|".join(skip.join(letter(ch) for ch in form) for form in forms))


@lru_cache(maxsize=1)
def _inverse_normalisation() -> tuple[dict[str, str], str]:
    """For each normalised character, the characters that normalise to it; and the characters
    normalisation drops. Read from marsad.arabic.norm over the Arabic blocks and A-Z."""
    candidates = [chr(c) for c in (*range(0x0600, 0x0700), *range(0x0750, 0x0780),
                                   *range(0x08A0, 0x0900), *range(0x06F0, 0x06FA),
                                   *range(ord("A"), ord("Z") + 1))]
    variants: dict[str, str] = {}
    dropped = ""
    for ch in candidates:
        folded = norm(ch)
        if folded == "":
            dropped += ch
        elif len(folded) == 1:
            variants[folded] = variants.get(folded, folded) + (ch if ch != folded else "")
    return variants, dropped


@lru_cache(maxsize=1)
def _spellings() -> list[tuple[str, ...]]:
    lines = resources.files("marsad.web").joinpath("data/spellings.tsv").read_text("utf-8")
    return [tuple(norm(s.strip()) for s in line.split("|") if s.strip())
            for line in lines.splitlines() if line.strip() and not line.startswith("#")]


def record_text(record: dict) -> str:
    """The words a free-text event query looks in, as written."""
    parts = [(record.get("evidence") or {}).get("text") or ""]
    for role in ("source", "target", "claimant"):
        actor = record.get(role) or {}
        parts += [actor.get("text") or "", actor.get("name") or "", actor.get("group") or "",
                  actor.get("code") or ""]
    location = record.get("location") or {}
    parts += [location.get("text") or "", location.get("name") or ""]
    return "\n".join(parts)


def parse_date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise QueryError(f"{name}: not a date in the form YYYY-MM-DD: {value!r}") from None


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """minlon,minlat,maxlon,maxlat as four floats within the globe, min before max."""
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or any(n != n for n in numbers):  # n != n: NaN
        raise QueryError(f"bbox: expected four numbers minlon,minlat,maxlon,maxlat: {value!r}")
    min_lon, min_lat, max_lon, max_lat = numbers
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise QueryError("bbox: longitudes must be within -180..180 and latitudes within "
                         f"-90..90, each minimum not above its maximum: {value!r}")
    return min_lon, min_lat, max_lon, max_lat


def _choices(value: str, allowed: tuple[str, ...], name: str, fold) -> list[str]:
    chosen = [fold(v.strip()) for v in value.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in allowed]
    if unknown:
        raise QueryError(f"{name}: unknown value {unknown[0]!r} (one of: {', '.join(allowed)})")
    return chosen


def _actor_matches(role: str, value: str):
    """Same meaning as the Store's --actor: code or group exactly, name or text in part; but a
    value in capitals (RUS, ISIL, AL_SHABAAB) is only a code or group, which indexes find."""
    if CODE.fullmatch(value):
        return or_(_c[f"{role}_code"] == value, _c[f"{role}_group"] == value)
    return or_(_c[f"{role}_code"] == value.upper(), _c[f"{role}_group"] == value.upper(),
               _c[f"{role}_name"].icontains(value, autoescape=True),
               _c[f"{role}_text"].icontains(value, autoescape=True))


# -- indexes --------------------------------------------------------------------------------

# Indexes for the web's orders and counts (name -> table (columns)): sorted pages read the
# index instead of sorting, and the counts read covering indexes instead of rows.
INDEXES = {
    "ix_web_events_date_id": "events (date_start, id)",
    "ix_web_events_confidence_id": "events (confidence, id)",
    "ix_web_events_type_id": "events (type, id)",
    "ix_web_events_date_type": "events (date_start, type)",
    "ix_web_events_date_range": "events (date_start, date_end)",  # counts of a since/until window
    "ix_web_events_edges": "events (source_code, source_group, target_code, target_group, type)",
    "ix_web_events_sources": "events (source_code, source_group, source_name)",
    "ix_web_events_targets": "events (target_code, target_group, target_name)",
    "ix_web_events_source_group": "events (source_group)",
    "ix_web_events_target_group": "events (target_group)",
    "ix_web_events_places": "events (place_name, country, lat, lon, type)",
    "ix_web_events_kinds": "events (type, modality)",  # the summary
    "ix_web_events_article_kinds": "events (article_id, type, modality)",  # its copies
    "ix_web_articles_copies": "articles (canonical_id, id)",  # the near-duplicates' ids
}


def prepare(engine) -> None:
    """Create the web's indexes where missing (SQLite and PostgreSQL both know IF NOT EXISTS)."""
    with engine.begin() as conn:
        for name, table_columns in INDEXES.items():
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table_columns}")


# -- events ---------------------------------------------------------------------------------

@dataclass
class Page:
    items: list[dict]
    next: str | None  # the cursor of the next page, None on the last one
    total: int | None  # matching events (None when a free-text filter makes it costly)


def encode_cursor(sort: str, value, event_id: str) -> str:
    raw = json.dumps([sort, value.isoformat() if isinstance(value, date) else value, event_id])
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple:
    """The (value, id) a cursor continues after; it must come from the same sort."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        made_for, value, event_id = json.loads(raw)
        if not isinstance(event_id, str) or not isinstance(made_for, str):
            raise ValueError
        if SORTS[made_for][0] is _c.date_start and value is not None:
            value = date.fromisoformat(value)
        elif value is not None and not isinstance(value, (str, int, float)):
            raise ValueError
    except (ValueError, TypeError, KeyError, UnicodeDecodeError):
        raise QueryError("cursor: not a cursor this API gave") from None
    if made_for != sort:
        raise QueryError(f"cursor: made for sort={made_for}, not sort={sort}")
    return value, event_id


def _after(sort: str, value, event_id: str):
    """Rows after (value, id) in the order of `sort` (NULL values come first when ascending)."""
    column, descending = SORTS[sort]
    if descending:
        if value is None:
            return and_(column.is_(None), _c.id < event_id)
        return or_(column < value, and_(column == value, _c.id < event_id), column.is_(None))
    if value is None:
        return or_(column.is_not(None), and_(column.is_(None), _c.id > event_id))
    return or_(column > value, and_(column == value, _c.id > event_id))


def events_page(conn: Connection, filters: EventFilter, sort: str = "date",
                cursor: str | None = None, limit: int = 100, count: bool = True) -> Page:
    """One page of event records in `sort` order, after `cursor`."""
    if sort not in SORTS:
        raise QueryError(f"sort: unknown value {sort!r} (one of: {', '.join(SORTS)})")
    column, descending = SORTS[sort]
    conditions = filters.conditions()
    position = decode_cursor(cursor, sort) if cursor else None
    # NULLs sort first ascending and last descending (SQLite's way, which _after follows);
    # the sort columns are never NULL in stored records.
    order = [column.desc(), _c.id.desc()] if descending else [column.asc(), _c.id.asc()]
    base = select(_c.id, column.label("key"), _c.record).where(and_(true(), *conditions))
    items: list[tuple] = []
    scanned, exhausted = 0, False
    while len(items) <= limit and not exhausted and scanned < EVENT_SCAN:
        query = base.where(_after(sort, *position)) if position else base
        want = limit + 1 - len(items) if not filters.words else BATCH
        rows = conn.execute(query.order_by(*order).limit(want)).all()
        exhausted = len(rows) < want
        for row in rows:
            position = (row.key, row.id)
            scanned += 1
            record = filters.matches_json(row.record)
            if record is not None:
                items.append((row.key, row.id, record))
                if len(items) > limit:
                    break
    if len(items) > limit:
        items = items[:limit]
        next_cursor = encode_cursor(sort, items[-1][0], items[-1][1])
    elif not exhausted and position is not None:  # the scan budget ran out: go on from there
        next_cursor = encode_cursor(sort, *position)
    else:
        next_cursor = None
    total = None
    if count and not filters.words:
        total = conn.execute(select(func.count()).select_from(events)
                             .where(and_(true(), *conditions))).scalar_one()
    return Page([record for _, _, record in items], next_cursor, total)


def filtered_rows(conn: Connection, filters: EventFilter, *columns):
    """(columns…) of every matching event; with `q`, records are read to check the words."""
    query = select(*columns, *([_c.record] if filters.words else [])).where(
        and_(true(), *filters.conditions()))
    for row in conn.execute(query):
        if not filters.words or filters.matches_json(row.record) is not None:
            yield row


def event_with_context(conn: Connection, event_id: str, others: int = 100) -> dict | None:
    """An event, its article and the other articles reporting the same event.

    The same event is one of the same type, with the same source and target (code and group)
    and an overlapping date range, told by another article.
    """
    row = conn.execute(select(events).where(_c.id == event_id)).first()
    if row is None:
        return None
    record = json.loads(row.record)
    article = conn.execute(select(articles.c.id, articles.c.title, articles.c.text,
                                  articles.c.published, articles.c.source, articles.c.url)
                           .where(articles.c.id == row.article_id)).first()
    same = [_c.type == row.type, _c.article_id != row.article_id,
            _c.date_start <= row.date_end, _c.date_end >= row.date_start]
    for name in ("source_code", "source_group", "target_code", "target_group"):
        value = row._mapping[name]
        same.append(_c[name].is_(None) if value is None else _c[name] == value)
    reports = conn.execute(
        select(_c.id, _c.article_id, articles.c.title, articles.c.published)
        .join(articles, articles.c.id == _c.article_id).where(and_(*same))
        .order_by(articles.c.published, _c.article_id, _c.id).limit(others)).all()
    evidence = record["evidence"]
    return {
        "event": record,
        "article": article_summary(article, text=True),
        "evidence": {**evidence, "in": evidence_place(article, evidence)},
        "other_reports": [{"event_id": r.id, "article_id": r.article_id, "title": r.title,
                           "published": _iso(r.published)} for r in reports],
    }


def evidence_place(article, evidence: dict) -> str:
    """Where the evidence offsets point: "text" (the body), else "title" (events only the
    headline tells)."""
    start, end = evidence["start"], evidence["end"]
    if article is None or article.text[start:end] == evidence["text"]:
        return "text"
    return "title" if (article.title or "")[start:end] == evidence["text"] else "text"


def article_summary(row, text: bool = False) -> dict:
    summary = {"id": row.id, "title": row.title, "published": _iso(row.published),
               "source": row.source, "url": row.url}
    if text:
        summary["text"] = row.text
    return summary


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# -- counts ---------------------------------------------------------------------------------
# The database aggregates counts down to about the rows of the answer, with what each row
# counts by type or name joined into one text. Few rows matter: the database works with
# Python's lock released, but each row fetched takes the lock back, a wait behind any busy
# thread of the server, so a count read in thousands of rows is many times slower under load.
# Free-text filters (`q`) need the records, and are counted in Python from `filtered_rows`.
# Either way the answer is ordered and cut in Python, the same on every backend.

# Between joined items, and between an item and its count: control characters no name holds.
SEPARATOR, PAIR = "\x1e", "\x1f"
_COUNTED = re.compile(f"([^{SEPARATOR}]*){PAIR}([0-9]+)")


def period_start(day: date, interval: str) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())  # the Monday of its ISO week
    if interval == "month":
        return day.replace(day=1)
    return day


PERIODS_IN_SQL = ("sqlite", "postgresql")


def _period(dialect: str, interval: str, day):
    """period_start of the date `day` in SQL, on the backends of PERIODS_IN_SQL."""
    if interval == "day":
        return day
    if dialect == "postgresql":
        return cast(func.date_trunc(interval, cast(day, DateTime)), Date)
    modifiers = ("-6 days", "weekday 1") if interval == "week" else ("start of month",)
    return type_coerce(func.date(day, *modifiers), Date)  # SQLite: dates are YYYY-MM-DD text


def _joined(value, n=None):
    """The values of a group joined into one text (NULLs left out), each followed by its
    count `n` if given; `_split` reads them back."""
    item = value if n is None else value + PAIR + cast(n, String)
    return func.aggregate_strings(item, SEPARATOR)


def _split(text: str | None, counted: bool = False) -> Counter:
    """The values joined by `_joined`, counted (a value may come several times)."""
    if not text:
        return Counter()
    if not counted:
        return Counter(text.split(SEPARATOR))
    found: Counter = Counter()
    for value, n in _COUNTED.findall(text):
        found[value] += int(n)
    return found


def _heaviest(groups, limit: int):
    """The rows of `groups` (a CTE with a `total` column) whose total is among the `limit`
    largest, with every row tied with the last: Python orders and cuts them, so that no
    database's string order (collation) decides."""
    threshold = (select(groups.c.total).order_by(groups.c.total.desc())
                 .offset(limit - 1).limit(1).scalar_subquery())
    return select(groups).where(groups.c.total >= func.coalesce(threshold, 0))


def _ranked(counts: Counter) -> dict:
    """Counts as a dict, the largest first, ties by key."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def timeline(conn: Connection, filters: EventFilter, interval: str = "day",
             by: str = "type") -> list[dict]:
    """Event counts per period (by the start of each event's date), split by type or quad."""
    if interval not in INTERVALS:
        raise QueryError(f"interval: unknown value {interval!r} (one of: {', '.join(INTERVALS)})")
    if by not in ("type", "quad"):
        raise QueryError(f"by: unknown value {by!r} (one of: type, quad)")
    counts: dict[date, Counter] = defaultdict(Counter)
    if filters.words:
        for row in filtered_rows(conn, filters, _c.date_start, _c.type):
            if row.date_start:
                counts[period_start(row.date_start, interval)][_label(row.type, by)] += 1
        return _series(counts)
    # per day first, which the covering index gives in order; then per period
    days = (select(_c.date_start, _c.type, func.count().label("n"))
            .where(and_(_c.date_start.is_not(None), *filters.conditions()))
            .group_by(_c.date_start, _c.type))
    if conn.dialect.name not in PERIODS_IN_SQL:
        for day, type_, n in conn.execute(days):
            counts[period_start(day, interval)][_label(type_, by)] += n
        return _series(counts)
    days = days.subquery("days")
    period = _period(conn.dialect.name, interval, days.c.date_start)
    for start, by_type in conn.execute(select(period, _joined(days.c.type, days.c.n))
                                       .group_by(period)):
        for type_, n in sorted(_split(by_type, counted=True).items()):
            counts[start][_label(type_, by)] += n
    return _series(counts)


def _series(counts: dict[date, Counter]) -> list[dict]:
    return [{"period": start.isoformat(), "total": sum(c.values()), "counts": dict(c)}
            for start, c in sorted(counts.items())]


def _label(type_: str, by: str) -> str:
    return QUAD_OF.get(type_, "other") if by == "quad" else type_


def actor_id(code: str | None, group: str | None) -> str | None:
    """How an actor is named in counts and networks: its group, else its code."""
    return group or code


def _actor_id(code, group):
    """actor_id in SQL, where an empty text is true: keep the rows where it is != ""."""
    return case((group != "", group), else_=code)


def network(conn: Connection, filters: EventFilter, limit: int = 200) -> dict:
    """Directed source -> target edges with event counts by type (the `limit` heaviest, ties
    by source and target), and their nodes with how many events they take part in."""
    edges: dict[tuple[str, str], Counter] = defaultdict(Counter)
    if filters.words:
        columns = (_c.source_code, _c.source_group, _c.target_code, _c.target_group, _c.type)
        for s_code, s_group, t_code, t_group, type_, *_ in filtered_rows(conn, filters,
                                                                         *columns):
            source, target = actor_id(s_code, s_group), actor_id(t_code, t_group)
            if source and target:
                edges[(source, target)][type_] += 1
    else:
        source = _actor_id(_c.source_code, _c.source_group)
        target = _actor_id(_c.target_code, _c.target_group)
        pairs = (select(source.label("source"), target.label("target"),
                        func.count().label("total"), _joined(_c.type).label("types"))
                 .where(source != "", target != "", *filters.conditions())
                 .group_by(source, target).cte("pairs"))
        for source, target, _, types in conn.execute(_heaviest(pairs, limit)):
            edges[(source, target)] = _split(types)
    heaviest = sorted(edges.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:limit]
    nodes: Counter = Counter()
    for (source, target), by_type in heaviest:
        nodes[source] += sum(by_type.values())
        nodes[target] += sum(by_type.values())
    return {
        "nodes": [{"id": node, "events": n} for node, n in nodes.most_common()],
        "edges": [{"source": s, "target": t, "events": sum(by_type.values()),
                   "by_type": _ranked(by_type)} for (s, t), by_type in heaviest],
    }


def actor_counts(conn: Connection, filters: EventFilter, limit: int = 100) -> list[dict]:
    """Actors (by group, else code) with how often they are source and target, and their
    most frequent name (of equally frequent ones, the first in code point order)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, Counter] = defaultdict(Counter)
    if filters.words:
        for role in ("source", "target"):
            columns = (_c[f"{role}_code"], _c[f"{role}_group"], _c[f"{role}_name"])
            for code, group, name, *_ in filtered_rows(conn, filters, *columns):
                key = actor_id(code, group)
                if key:
                    counts[key][role] += 1
                    if name:
                        names[key][name] += 1
    else:
        roles = []
        for as_source, role in ((1, "source"), (0, "target")):
            # per code, group and name first, which a covering index gives in order
            columns = (_c[f"{role}_code"].label("code"), _c[f"{role}_group"].label("grp"),
                       _c[f"{role}_name"].label("name"))
            named = (select(*columns, func.count().label("n"))
                     .where(and_(true(), *filters.conditions()))
                     .group_by(*columns).subquery(f"{role}s"))
            key = _actor_id(named.c.code, named.c.grp)
            roles.append(select(key.label("id"), named.c.name, named.c.n,
                                (named.c.n * as_source).label("as_source")).where(key != ""))
        roles = union_all(*roles).cte("roles")
        actors = (select(roles.c.id, cast(func.sum(roles.c.as_source), Integer).label("source"),
                         cast(func.sum(roles.c.n), Integer).label("total"))  # not NUMERIC
                  .group_by(roles.c.id).cte("actors"))
        top = _heaviest(actors, limit).subquery("top")
        # each actor's most frequent names (ties all kept: Python picks one, whatever the
        # database's string order), rather than all its names
        named = (select(roles.c.id, roles.c.name, func.sum(roles.c.n).label("n"))
                 .where(roles.c.name.is_not(None)).group_by(roles.c.id, roles.c.name)
                 .cte("named"))
        most = (select(named.c.id, func.max(named.c.n).label("n"))
                .group_by(named.c.id).subquery("most"))
        best = (select(named.c.id, _joined(named.c.name).label("names"))
                .join(most, and_(most.c.id == named.c.id, most.c.n == named.c.n))
                .group_by(named.c.id).subquery("best"))
        query = (select(top.c.id, top.c.source, top.c.total, best.c.names)
                 .outerjoin(best, best.c.id == top.c.id))
        for key, as_source, total, listed in conn.execute(query):
            counts[key].update(source=as_source, target=total - as_source)
            names[key] = _split(listed)
    ranked = sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:limit]
    return [{"id": key, "name": _most_frequent(names[key]),
             "as_source": c["source"], "as_target": c["target"],
             "events": c["source"] + c["target"]} for key, c in ranked]


def _most_frequent(counts: Counter) -> str | None:
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0] if counts else None


def place_counts(conn: Connection, filters: EventFilter, limit: int = 500) -> list[dict]:
    """Places events happened at, with their coordinates, country and event counts by type;
    the most events first, then by name, country and coordinates (unknown ones first)."""
    columns = (_c.place_name, _c.country, _c.lat, _c.lon)
    places: dict[tuple, Counter] = defaultdict(Counter)
    if filters.words:
        for name, country, lat, lon, type_, *_ in filtered_rows(conn, filters, *columns,
                                                                _c.type):
            if name:
                places[(name, country, lat, lon)][type_] += 1
    else:
        grouped = (select(*columns, func.count().label("total"), _joined(_c.type).label("types"))
                   .where(and_(_c.place_name.is_not(None), *filters.conditions()))
                   .group_by(*columns).cte("places"))
        for name, country, lat, lon, _, types in conn.execute(_heaviest(grouped, limit)):
            if name:
                places[(name, country, lat, lon)] = _split(types)
    ranked = sorted(places.items(), key=lambda item: (-sum(item[1].values()), item[0][0],
                                                      *((v is not None, v) for v in item[0][1:])))
    return [{"name": name, "country": country, "lat": lat, "lon": lon,
             "events": sum(by_type.values()), "by_type": _ranked(by_type)}
            for (name, country, lat, lon), by_type in ranked[:limit]]


def summary(conn: Connection) -> dict:
    """What Store.summary counts (articles, near-duplicates, events by type and modality, the
    events of near-duplicate articles left out), from covering indexes: the events of every
    article, less those of the few copies, rather than those of each canonical article looked
    up in turn (20 ms instead of 400 ms with 30,000 articles)."""
    n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    n_copies = conn.execute(select(func.count()).select_from(articles)
                            .where(articles.c.canonical_id.is_not(None))).scalar_one()
    kinds = (_c.type, _c.modality)
    counts: Counter = Counter()
    for type_, modality, n in conn.execute(select(*kinds, func.count()).group_by(*kinds)):
        counts[(type_, modality)] += n
    for type_, modality, n in conn.execute(select(*kinds, func.count())
                                           .where(_c.article_id.in_(_copies()))
                                           .group_by(*kinds)):
        counts[(type_, modality)] -= n
    by_type: Counter = Counter()
    by_modality: Counter = Counter()
    for (type_, modality), n in counts.items():
        if n > 0:
            by_type[type_] += n
            by_modality[modality] += n
    return {"articles": n_articles, "duplicates": n_copies, "events": sum(by_type.values()),
            "by_type": _ranked(by_type), "by_modality": _ranked(by_modality)}


# -- articles -------------------------------------------------------------------------------

def search_articles(conn: Connection, q: str | None, cursor: str | None = None,
                    limit: int = 20) -> tuple[list[dict], str | None]:
    """Articles in id order after `cursor` (an article id); with `q`, those whose title and
    text hold every word of it (Arabic-normalised), each with a snippet around the first word.
    Returns the articles and the cursor of the next page (None after the last)."""
    words = query_words(q)
    a = articles.c
    after = cursor
    found: list[dict] = []
    scanned, exhausted = 0, False
    columns = [a.id, a.title, a.published, a.source, a.url] + ([a.text] if words else [])
    while len(found) <= limit and not exhausted and scanned < ARTICLE_SCAN:
        want = BATCH if words else limit + 1
        query = select(*columns).order_by(a.id).limit(want)
        if after is not None:
            query = query.where(a.id > after)
        rows = conn.execute(query).all()
        exhausted = len(rows) < want
        for row in rows:
            after = row.id
            scanned += 1
            item = article_summary(row)
            if words:
                if not has_words(f"{row.title}\n{row.text}", words):
                    continue
                item["snippet"] = _snippet(row.title, row.text, words)
            found.append(item)
            if len(found) > limit:
                break
    if len(found) > limit:
        found = found[:limit]
        return found, found[-1]["id"]
    return found, (after if not exhausted and after is not None else None)


def _snippet(title: str, text: str, words: list[tuple[str, ...]], width: int = 160) -> str:
    """Some text around the first word of `words` (which the text holds)."""
    original = f"{title}\n{text}"
    begin = word_pattern(words[0]).search(original).start()
    left = max(0, begin - width // 2)
    return " ".join(original[left:left + width].split())


def mentions(text: str, published: date | None) -> list[dict]:
    """Actors, places, times and event triggers recognised in an article's text (offsets in
    the text as given), recomputed with the extraction's analysis."""
    from marsad.extraction.document import analyse

    doc = analyse(text, published)

    def span(start: int, end: int) -> dict:
        begin, stop = doc.original(start, end)
        return {"start": begin, "end": stop, "text": text[begin:stop]}

    found = [{**span(a.start, a.end), "kind": "actor", "role": a.kind,
              "value": a.actor.to_record()} for a in doc.actors]
    found += [{**span(m.start, m.end), "kind": m.kind, "value": m.value.to_record()}
              for m in (*doc.places, *doc.times)]
    found += [{**span(t.start, t.end), "kind": "trigger",
               "value": {"type": t.trigger.type, "mode": t.trigger.mode, "pos": t.trigger.pos}}
              for t in doc.triggers]
    return sorted(found, key=lambda m: (m["start"], m["end"], m["kind"]))
