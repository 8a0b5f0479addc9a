"""The one data model that flows through Marsad: articles in, event records out.

Every stage takes and returns these frozen dataclasses; `Event.to_record()` gives the
shape of the event-record contract (docs/event-record.md in the shared data).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "alleged", "negated", "future", "hypothetical")
PRECISIONS = ("day", "week", "month", "year")
EARTH_RADIUS_KM = 6371.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Article:
    """One news article. `text` is the body every offset refers to."""

    id: str
    text: str
    title: str = ""
    published: date | None = None
    fetched: datetime | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    origin: str | None = None  # where it was read from: a path, or path!member for archives

    @staticmethod
    def content_id(title: str, text: str) -> str:
        """A stable id for an article whose input gives none."""
        digest = hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()
        return digest[:16]


@dataclass(frozen=True)
class Token:
    """A word of the text. `norm` is its matching form; `stem` the same with clitics removed."""

    start: int
    end: int
    norm: str
    stem: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """An actor object of the record contract."""

    text: str
    code: str | None
    sector: tuple[str, ...] = ()
    group: str | None = None
    name: str | None = None

    def to_record(self) -> dict:
        return {"text": self.text, "code": self.code, "sector": list(self.sector),
                "group": self.group, "name": self.name}


@dataclass(frozen=True)
class Place:
    text: str
    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    resolution: int | None
    geonameid: int | None = None
    admin1: str | None = None

    def to_record(self) -> dict:
        return {"text": self.text, "name": self.name, "geonameid": self.geonameid,
                "lat": self.lat, "lon": self.lon, "country": self.country,
                "admin1": self.admin1, "resolution": self.resolution}


@dataclass(frozen=True)
class When:
    """A date range with a precision; `text` the words it was read from, None for a fallback."""

    start: date
    end: date
    precision: str = "day"
    text: str | None = None

    def to_record(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "precision": self.precision, "text": self.text}


@dataclass(frozen=True)
class Mention:
    """A span of the text recognised as something: an actor, a place or a time."""

    start: int
    end: int
    kind: str  # "actor" | "place" | "time"
    value: Actor | Place | When
    role: str = ""  # for actors: how it was recognised (state, organ, group, person, agent, adjective)


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    article_id: str
    type: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    date: When
    location: Place | None
    modality: str
    claimant: Actor | None
    evidence: Evidence
    confidence: float = 0.5
    trigger: str = ""  # the trigger words, kept for explanation; not part of the record
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.stable_id())

    def stable_id(self) -> str:
        """Same article, same event => same id, on every run."""
        key = json.dumps([
            self.article_id, self.type, self.evidence.start, self.evidence.end,
            _actor_key(self.source), _actor_key(self.target), self.modality,
        ], ensure_ascii=False)
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    def to_record(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "date": self.date.to_record(),
            "location": self.location.to_record() if self.location else None,
            "modality": self.modality,
            "claimant": self.claimant.to_record() if self.claimant else None,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start,
                         "end": self.evidence.end},
            "confidence": round(self.confidence, 3),
        }


def _actor_key(actor: Actor | None) -> list | None:
    return None if actor is None else [actor.code, actor.group, list(actor.sector), actor.text]
