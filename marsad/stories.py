"""Story events: the records of one real event, told by several articles and outlets, as one.

Two records are the same real event when they have the same type and modality, their actors
agree on each side (same group, or else same code, as the scoring rules compare actors; an
actor with neither, "مسلحون" or a passive's missing doer, agrees with any: UNNAMED_AGREES), their
date ranges overlap once DATE_SLACK_DAYS is allowed, and their places lie within PLACE_KM of
each other (or one has none). Grouping is complete-link: a record joins a story only if it
agrees with every record already in it, so a chain of near-misses never glues two events.

Allegations are then linked to what answers them: a REJECT by the accused side aimed at the
claimant within ANSWER_WINDOW_DAYS (a denial), and an asserted story of the same event (a
confirmation).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

DATE_SLACK_DAYS = 1  # outlets date the same event a day apart ("yesterday" written after midnight)
PLACE_KM = 50  # the level-4 scoring tolerance: one town and its outskirts, one district
ANSWER_WINDOW_DAYS = 7  # denials come within days of the claim; a later one answers a new claim
# An outlet that names no doer ("مسلحون", a passive) tells the same event as one that names it;
# complete-link grouping keeps such a record from joining two different named doers.
UNNAMED_AGREES = True

STORY_COLUMNS: tuple[str, ...] = (
    "id", "type", "modality",
    *(f"{role}_{f}" for role in ("source", "target", "claimant")
      for f in ("code", "group", "name", "text")),
    "date_start", "date_end", "place", "place_text", "lat", "lon", "country",
    "articles", "sources", "first_seen", "last_seen", "article_ids", "event_ids",
    "denied_by", "confirmed_by", "answers", "confirms", "evidence",
)
LIST_SEPARATOR = ";"
EVIDENCE_SEPARATOR = "\n"


@dataclass(frozen=True)
class ArticleInfo:
    """What a story needs of an article: when it was published and by which outlet."""

    id: str
    published: date | None = None
    source: str | None = None


@dataclass
class StoryEvent:
    """One real event: the records that tell it, and what they agree on."""

    id: str
    type: str
    modality: str
    source: dict | None
    target: dict | None
    claimant: dict | None
    date: dict
    location: dict | None
    articles: int
    sources: int
    first_seen: date | None
    last_seen: date | None
    evidence: list[dict]  # {article_id, event_id, outlet, text, start, end}, one per record
    denied_by: list[str] = field(default_factory=list)  # REJECT stories answering this allegation
    confirmed_by: list[str] = field(default_factory=list)  # asserted stories of this allegation
    answers: list[str] = field(default_factory=list)  # allegations this REJECT story denies
    confirms: list[str] = field(default_factory=list)  # allegations this asserted story confirms

    def to_record(self) -> dict:
        return {
            "id": self.id, "type": self.type, "modality": self.modality,
            "source": self.source, "target": self.target, "claimant": self.claimant,
            "date": self.date, "location": self.location,
            "articles": self.articles, "sources": self.sources,
            "first_seen": _iso(self.first_seen), "last_seen": _iso(self.last_seen),
            "evidence": self.evidence, "denied_by": self.denied_by,
            "confirmed_by": self.confirmed_by, "answers": self.answers,
            "confirms": self.confirms,
        }


def actor_key(actor: dict | None) -> str | None:
    """What two actors must share to agree: the group if any, else the code."""
    if not actor:
        return None
    return actor.get("group") or actor.get("code")


def _range(record: dict) -> tuple[date, date] | None:
    when = record.get("date") or {}
    if not when.get("start"):
        return None
    return date.fromisoformat(when["start"]), date.fromisoformat(when.get("end") or when["start"])


def dates_agree(a: dict, b: dict, slack: int = DATE_SLACK_DAYS) -> bool:
    """Whether the date ranges overlap once `slack` days are allowed (an undated one agrees)."""
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return True
    gap = timedelta(days=slack)
    return ra[0] <= rb[1] + gap and rb[0] <= ra[1] + gap


def km(a: dict, b: dict) -> float:
    """Great-circle distance between two located places, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def places_agree(a: dict, b: dict) -> bool:
    """Within PLACE_KM, or one of them has no coordinates."""
    pa, pb = a.get("location"), b.get("location")
    if not pa or not pb or pa.get("lat") is None or pb.get("lat") is None:
        return True
    return km(pa, pb) <= PLACE_KM


def actors_agree(a: dict | None, b: dict | None, unnamed_agrees: bool = UNNAMED_AGREES) -> bool:
    """Same group, or else same code; an actor with neither agrees with any if unnamed_agrees."""
    ka, kb = actor_key(a), actor_key(b)
    return ka == kb or (unnamed_agrees and (ka is None or kb is None))


def same_event(a: dict, b: dict, unnamed_agrees: bool = UNNAMED_AGREES) -> bool:
    """Whether two records tell the same real event."""
    return (a["type"] == b["type"] and a.get("modality") == b.get("modality")
            and actors_agree(a.get("source"), b.get("source"), unnamed_agrees)
            and actors_agree(a.get("target"), b.get("target"), unnamed_agrees)
            and dates_agree(a, b) and places_agree(a, b))


def group_events(records: Iterable[dict], articles: Mapping[str, ArticleInfo] | None = None,
                 unnamed_agrees: bool = UNNAMED_AGREES) -> list[StoryEvent]:
    """Group event records into story events, linked allegation to denial and confirmation.

    `articles` gives each article's publication date and outlet (unknown ones count as an
    outlet of their own). Stories come out in the order they were first reported.
    """
    articles = articles or {}

    def reported(record: dict) -> tuple:
        info = articles.get(record["article_id"])
        published = info.published if info else None
        span = _range(record)
        return (published is None, published or date.min, record["article_id"],
                (record.get("evidence") or {}).get("start") or 0,
                span[0] if span else date.min, record["id"])

    groups: dict[tuple, list[list[dict]]] = {}
    order: list[list[dict]] = []
    for record in sorted(records, key=reported):
        block = groups.setdefault((record["type"], record.get("modality")), [])
        for members in block:
            if all(same_event(record, member, unnamed_agrees) for member in members):
                members.append(record)
                break
        else:
            block.append([record])
            order.append(block[-1])
    stories = [_story(members, articles) for members in order]
    _link_answers(stories, order)
    return stories


def _story(members: list[dict], articles: Mapping[str, ArticleInfo]) -> StoryEvent:
    seed = members[0]
    infos = [articles.get(r["article_id"]) or ArticleInfo(r["article_id"]) for r in members]
    seen = sorted(i.published for i in infos if i.published)
    # The best-known date: the narrowest range told (the earliest of equals).
    dated = [r for r in members if _range(r)]
    when = (min(dated, key=lambda r: (_range(r)[1] - _range(r)[0], _range(r)[0]))["date"]
            if dated else seed.get("date"))
    # The finest place told: the highest resolution (first told among equals).
    located = [r["location"] for r in members if r.get("location")]
    where = max(located, key=lambda p: p.get("resolution") or 0) if located else None
    evidence = [{"article_id": r["article_id"], "event_id": r["id"],
                 "outlet": info.source, "text": (r.get("evidence") or {}).get("text"),
                 "start": (r.get("evidence") or {}).get("start"),
                 "end": (r.get("evidence") or {}).get("end")}
                for r, info in zip(members, infos)]
    return StoryEvent(
        id="st-" + hashlib.sha1(seed["id"].encode("utf-8")).hexdigest()[:20],
        type=seed["type"], modality=seed.get("modality") or "asserted",
        source=seed.get("source"), target=seed.get("target"), claimant=seed.get("claimant"),
        date=when, location=where,
        articles=len({r["article_id"] for r in members}),
        sources=len({i.source or f"article:{i.id}" for i in infos}),
        first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None,
        evidence=evidence)


def _link_answers(stories: list[StoryEvent], members: list[list[dict]]) -> None:
    """Allegations to the REJECT stories that deny them and the asserted stories that confirm them."""
    for alleged, told in zip(stories, members):
        if alleged.modality != "alleged":
            continue
        accused = {actor_key(alleged.source), actor_key(alleged.target)} - {None}
        claimant = actor_key(alleged.claimant)
        for other, other_told in zip(stories, members):
            if other.modality != "asserted":
                continue
            if (other.type == "REJECT" and claimant is not None
                    and actor_key(other.source) in accused
                    and actor_key(other.target) == claimant
                    and _any(told, other_told, lambda a, b: dates_agree(
                        a, b, ANSWER_WINDOW_DAYS))):
                alleged.denied_by.append(other.id)
                other.answers.append(alleged.id)
            elif (other.type == alleged.type
                  and actor_key(other.source) == actor_key(alleged.source)
                  and actor_key(other.target) == actor_key(alleged.target)
                  and _any(told, other_told,
                           lambda a, b: dates_agree(a, b) and places_agree(a, b))):
                alleged.confirmed_by.append(other.id)
                other.confirms.append(alleged.id)


def _any(left: list[dict], right: list[dict], agree) -> bool:
    return any(agree(a, b) for a in left for b in right)


def flatten_story(record: dict) -> dict:
    """A story record as one flat row keyed by STORY_COLUMNS (lists joined, evidence by lines)."""
    row = {key: record.get(key) for key in ("id", "type", "modality", "articles", "sources",
                                            "first_seen", "last_seen")}
    for role in ("source", "target", "claimant"):
        actor = record.get(role) or {}
        for f in ("code", "group", "name", "text"):
            row[f"{role}_{f}"] = actor.get(f)
    when = record.get("date") or {}
    row.update(date_start=when.get("start"), date_end=when.get("end"))
    place = record.get("location") or {}
    row.update(place=place.get("name"), place_text=place.get("text"), lat=place.get("lat"),
               lon=place.get("lon"), country=place.get("country"))
    evidence = record.get("evidence") or []
    row["article_ids"] = LIST_SEPARATOR.join(dict.fromkeys(e["article_id"] for e in evidence))
    row["event_ids"] = LIST_SEPARATOR.join(e["event_id"] for e in evidence)
    for key in ("denied_by", "confirmed_by", "answers", "confirms"):
        row[key] = LIST_SEPARATOR.join(record.get(key) or [])
    row["evidence"] = EVIDENCE_SEPARATOR.join(
        f"{e['article_id']}: {' '.join((e.get('text') or '').split())}" for e in evidence)
    return row


def story_events(store, **filters) -> list[StoryEvent]:
    """The story events of a Store's canonical articles (near-duplicates count once);
    `filters` are Store.events' filters, applied to the records before grouping."""
    from sqlalchemy import select

    from marsad.store.schema import articles

    c = articles.c
    with store.engine.connect() as conn:
        infos = {row.id: ArticleInfo(row.id, row.published, row.source) for row in conn.execute(
            select(c.id, c.published, c.source).where(c.canonical_id.is_(None)))}
    return group_events(store.events(canonical_only=True, **filters), infos)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def pairwise_scores(groups: Iterable[Iterable[str]], labels: Mapping[str, str]) -> dict:
    """Pairwise precision and recall of a grouping of items against gold story labels.

    `groups` are the predicted groups of item ids; `labels` gives each gold item its story (an
    item without a label is a story of its own). A predicted pair is right when both items
    carry the same label; a gold pair is found when both items are in one predicted group.
    """
    def pairs(clusters: Iterable[Iterable[str]]) -> set[frozenset]:
        found = set()
        for cluster in clusters:
            members = sorted(set(cluster))
            found.update(frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:])
        return found

    by_label: dict[str, list[str]] = {}
    for item, label in labels.items():
        by_label.setdefault(label, []).append(item)
    predicted, gold = pairs(groups), pairs(by_label.values())
    right = predicted & gold
    return {"predicted_pairs": len(predicted), "gold_pairs": len(gold), "right": len(right),
            "precision": len(right) / len(predicted) if predicted else 1.0,
            "recall": len(right) / len(gold) if gold else 1.0}
