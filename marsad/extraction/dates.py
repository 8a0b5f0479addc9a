"""Dates: parse publication strings, and find and resolve the time expressions of a text.

All words (month names in every regional form, weekdays, relative words, units) live in
marsad/arabic/data/months.json; this module only builds regular expressions from them and
turns what they match into date ranges. Matching runs on normalised text
(marsad.arabic.normalize), so diacritics, tatweel and Arabic-Indic digits need no care here.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib import resources

from bisect import bisect_left

from hijridate import Gregorian, Hijri

from marsad.arabic.normalize import Normalized, norm, normalize
from marsad.kb.lexicon import Lexicon
from marsad.model import Mention, When

FINER = {"year": "month", "month": "week", "week": "day", "day": "day"}
# A date without a year is taken in the reference's year unless that puts it this far ahead.
FUTURE_SLACK = timedelta(days=62)
GREGORIAN_YEARS = (1000, 2100)
BARE_YEARS = (1900, 2100)  # a year after a mere preposition ("في 2010") must look like a modern year

_SPACES = re.compile(r"\s+")
# Every expression holds a core word (a month, weekday, unit …) or a year-like number, and starts
# at most this many characters before it ("في الفترة ما بين 28 آب").
LOOKBACK = 60
_CORE = "core"


def _key(text: str) -> str:
    """Dictionary key of a matched phrase: normalised, single spaces."""
    return _SPACES.sub(" ", norm(text)).strip()


def _alt(words) -> str:
    """A non-capturing regex for a set of words, as a character trie (fast in Python's re).

    Normalised, spaces flexible; an optional tail is greedy, so the longest word wins.
    """
    trie: dict = {}
    for word in {_key(w) for w in words if _key(w)}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


class _Vocabulary:
    """The data file, as lookup tables and regular-expression pieces."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.gmonth = {_key(w): int(n) for n, words in data["gregorian"].items() for w in words}
        self.hmonth = {_key(w): int(n) for n, words in data["hijri"].items() for w in words}
        self.weekday = {_key(w): int(n) for n, words in data["weekdays"].items() for w in words}
        self.relday = {_key(w): v for w, v in data["relative_days"].items()}
        self.qualifier = {_key(w): v for w, v in data["qualifiers"].items()}
        self.period = {_key(w): unit for unit, words in data["periods"].items() for w in words}
        self.part = {_key(w): v for w, v in data["parts"].items()}
        self.number = {_key(w): v for w, v in data["numbers"].items()}
        self.unit_word = {_key(w): (unit, n) for unit, spec in data["units"].items()
                          for w, n in spec["words"].items()}
        self.recent = {_key(w): v for w, v in data["recent_periods"].items()}
        self.fixed = {_key(w): spec for spec in data["fixed"] for w in spec["words"]}
        self.pm = {_key(w) for w in data["clock"]["pm"]}
        self.week_start = data["week_start"]
        self.period_not_after = {_key(w) for w in data["period_not_after"]}

        b = rf"(?P<cl@>{_alt(data['proclitics'])})?"
        e = r"(?!\w)"
        month = _alt(self.gmonth) + e
        self.MONTH = month
        self.HMONTH = _alt(self.hmonth) + e
        self.WEEKDAY = _alt(self.weekday) + e
        self.GERA = _alt(data["era"]["gregorian"]) + e
        self.HERA = _alt(data["era"]["hijri"]) + e
        self.QUAL = _alt(self.qualifier) + e
        self.OF = _alt(data["of"])
        self.YEARWORD = _alt(data["year_word"])
        self.DEFYEAR = _alt(data["definite_year_word"])
        self.MONTHWORD = _alt(data["month_word"])
        self.DAYWORD = _alt(data["day_word"])
        self.TOD = _alt(data["time_of_day"])
        self.PART = _alt(self.part) + e
        self.LEAD = _alt(data["lead"])
        self.b = b

        # "أيلول/ سبتمبر", "أيلول (سبتمبر)": two names of one month, the first one counts.
        def monthx(tag: str) -> str:
            return rf"(?P<{tag}@>{month})(?:\s*[/(-]\s*{month}(?:\s*\))?)?"

        def day(tag: str) -> str:
            return rf"(?P<{tag}@>[0-9]{{1,2}})(?![0-9])"

        def year(tag: str) -> str:
            return rf"(?P<{tag}@>[12][0-9]{{3}})(?![0-9])"

        def year_tail(n: str) -> str:
            return (rf"(?:\s*,?\s*(?:{self.OF}\s+)?(?:{self.YEARWORD}\s+)?{year('y' + n)}"
                    rf"(?:\s*{self.GERA})?)")

        def tail(n: str) -> str:
            return (rf"(?:{year_tail(n)}|\s+(?:{self.OF}\s+)?{self.DEFYEAR}\s+(?P<qy{n}@>{self.QUAL})"
                    rf"|\s+(?P<qm{n}@>{self.QUAL}))?")

        weekday_prefix = (rf"(?:(?:{self.TOD}\s+)?(?:{self.DAYWORD}\s+)?(?P<wd@>{self.WEEKDAY})"
                          r"\s*,?\s*)?")
        rstart = _alt(data["range_start"])
        rjoin = _alt(data["range_join"])
        years_word = _alt(data["years_word"])
        units = _alt(self.unit_word) + e
        blocked = rf"(?!\s*[0-9])(?!\s+(?:{_alt(data['not_after_duration'])}|{month}|{self.HMONTH})(?!\w))"
        count = rf"(?:(?P<n@>[0-9]{{1,3}})|(?P<nw@>{_alt(self.number)})|(?P<few@>{_alt(data['few'])}))"
        recent_dir = (rf"(?:(?P<past@>{_alt(data['recent_past'])})|"
                      rf"(?P<future@>{_alt(data['recent_future'])})){e}")

        # Order matters: at one position the first alternative that matches wins.
        alternatives = {
            "range_days": (
                rf"{b}(?:(?P<rs@>{rstart})\s+)?(?:{self.DAYWORD}\s+)?{day('d1')}"
                rf"(?:\s*(?:{self.OF}\s+)?{monthx('m1')}{year_tail('1')}?)?"
                rf"\s*(?:{rjoin})\s*(?:{self.DAYWORD}\s+)?{day('d2')}\s*(?:{self.OF}\s+)?"
                rf"(?:{self.MONTHWORD}\s+)?{monthx('m2')}{tail('2')}"),
            "range_months": (
                rf"{b}(?:{rstart})\s+(?:{self.MONTHWORD}\s+)?{monthx('m1')}{year_tail('1')}?"
                rf"\s*(?:{rjoin})\s*(?:{self.MONTHWORD}\s+)?{monthx('m2')}{tail('2')}"),
            "range_years": (
                rf"{b}(?:(?P<rs@>{rstart})\s+)?(?:(?P<yw@>{years_word}|{self.YEARWORD})\s+)?"
                rf"{year('y1')}\s*(?P<join@>{rjoin})\s*(?:{self.YEARWORD}\s+)?{year('y2')}"),
            "numeric": (
                rf"(?<![\w/.-]){_alt(data['proclitics'])}?(?:(?P<a@>[0-9]{{1,2}})(?P<s1@>[/.-])(?P<b@>[0-9]{{1,2}})(?P=s1@)"
                r"(?P<c@>[0-9]{4})|(?P<y@>[0-9]{4})(?P<s2@>[/.-])(?P<m@>[0-9]{1,2})(?P=s2@)"
                rf"(?P<d@>[0-9]{{1,2}}))(?![0-9])(?![/.-][0-9])(?:\s*(?P<he@>{self.HERA}))?"),
            "date": (
                rf"{b}{weekday_prefix}(?:{self.DAYWORD}\s+)?{day('d')}\s*(?:{self.OF}\s+)?"
                rf"(?:{self.MONTHWORD}\s+)?{monthx('m')}{tail('')}"),
            "hijri_date": (
                rf"{b}{weekday_prefix}(?:{self.DAYWORD}\s+)?{day('d')}\s*(?:{self.OF}\s+)?"
                rf"(?:{self.MONTHWORD}\s+)?(?P<hm@>{self.HMONTH})"
                rf"(?:\s*,?\s*(?:{self.YEARWORD}\s+)?{year('y')}(?:\s*{self.HERA})?)?"),
            "duration": (
                rf"{b}(?:(?P<ago@>{_alt(data['ago'])})|(?P<after@>{_alt(data['after'])}))\s+"
                rf"(?:{_alt(data['approx'])}\s+)?(?:{count}\s+)?(?P<u@>{units}){blocked}"),
            "fixed": rf"{b}(?P<fx@>{_alt(self.fixed)}){e}",
            "recent": (
                rf"{b}(?:{_alt(data['recent_lead'])}\s+)?(?P<rp@>{_alt(self.recent)})"
                rf"(?:\s+{_alt(data['recent_few'])})?\s+{recent_dir}"),
            "relday": (
                rf"{b}(?:{self.TOD}\s+)?(?:{self.DAYWORD}\s+)?(?P<rd@>{_alt(self.relday)}){e}"
                rf"(?:\s*\(?\s*(?P<wd@>{self.WEEKDAY})\s*\)?)?"),
            "weekday": (
                rf"{b}(?:{self.TOD}\s+)?(?:{self.DAYWORD}\s+)?(?P<wd@>{self.WEEKDAY})"
                rf"(?:\s+(?P<q@>{self.QUAL}))?"),
            "period": (
                rf"{b}(?:(?P<part@>{self.PART})\s+)?(?:(?P<this@>{_alt(data['this'])})\s+(?P<p1@>"
                rf"{_alt(self.period)}){e}|(?P<p2@>{_alt(self.period)})\s+(?P<q@>{self.QUAL}))"),
            "month": (
                rf"{b}(?:(?P<lead@>{self.LEAD})\s+)?(?:(?P<part@>{self.PART})\s+)?"
                rf"(?:(?P<mw@>{self.MONTHWORD})\s+)?{monthx('m')}{tail('')}"),
            "hijri_month": (
                rf"{b}(?:(?P<lead@>{self.LEAD})\s+)?(?:(?P<part@>{self.PART})\s+)?"
                rf"(?:(?P<mw@>{self.MONTHWORD})\s+)?(?P<hm@>{self.HMONTH})"
                rf"(?:\s*,?\s*(?:{self.YEARWORD}\s+)?{year('y')}(?:\s*{self.HERA})?"
                rf"|\s+(?P<qm@>{self.QUAL}))?"),
            "year": (
                rf"{b}(?:(?P<lead@>{self.LEAD})\s+)?(?:(?P<part@>{self.PART})\s+)?"
                rf"(?:(?P<yw@>{self.YEARWORD})\s+)?{year('y')}"
                rf"(?:\s*(?:(?P<ge@>{self.GERA})|(?P<he@>{self.HERA})))?"),
        }
        self.rank = {name: rank for rank, name in enumerate(alternatives)}  # order of the alternation
        self.patterns = {name: re.compile(r"(?<!\w)" + body.replace("@", "_" + name))
                         for name, body in alternatives.items()}

        # Trying every alternative at every position is slow in Python's re. So one pass of a
        # phrase automaton finds the core words (every expression holds one, or a year-like
        # number) and the words an expression can begin with, each mapped to the alternatives
        # that can begin there; only those are tried, and only shortly before a core.
        starts_of = (
            (data["range_start"], ("range_days", "range_months", "range_years")),
            (data["day_word"], ("range_days", "date", "hijri_date", "relday", "weekday")),
            (data["time_of_day"], ("date", "hijri_date", "relday", "weekday")),
            (data["ago"] + data["after"], ("duration", "fixed")),
            (data["recent_lead"], ("recent", "fixed")),
            (data["this"], ("period",)),
            (data["lead"], ("month", "hijri_month", "year", "fixed")),
            (data["year_word"], ("range_years", "year", "period")),
            (data["years_word"], ("range_years",)),
            (data["month_word"], ("month", "hijri_month")),
            (self.part, ("period", "month", "hijri_month", "year")),
            (self.fixed, ("fixed",)),
            (self.recent, ("recent",)),
            (self.relday, ("relday",)),
            (self.period, ("period",)),
            (self.gmonth, ("month",)),
            (self.hmonth, ("hijri_month",)),
            (self.weekday, ("date", "hijri_date", "weekday")),
        )
        self.number_alternatives = ("range_days", "range_years", "numeric", "date", "hijri_date")
        self.words = Lexicon()
        for words, names in starts_of:
            for word in words:
                self.words.add(_key(word).split(" ")[0], names)
        for words in (self.gmonth, self.hmonth, self.weekday, self.relday, self.period,
                      self.unit_word, self.recent, self.fixed):
            for word in words:
                self.words.add(word, _CORE)
        self.words.compile()
        # Both scan whole articles, so each begins with what its first character must be: re
        # then rejects most positions at once (about four and 1.5 times faster). The core is
        # `[0-9]{4}|[0-9][/.-][0-9]`, its common first digit taken out of the alternation.
        self.core_number = re.compile(r"[0-9](?:[0-9]{3}|[/.-][0-9])")
        firsts = "".join(sorted({_key(p)[0] for p in data["proclitics"] if _key(p)}))
        self.number_starts = re.compile(rf"(?=[0-9{re.escape(firsts)}])(?<!\w){_alt(data['proclitics'])}?[0-9]")

        # Publication strings: an optional weekday, a date, an optional clock time.
        clock = (rf"(?:(?:{_alt(data['clock']['hour_words'])})\s+)?(?P<H>[0-9]{{1,2}}):(?P<M>[0-9]{{2}})"
                 rf"(?::(?P<S>[0-9]{{2}})(?:\.[0-9]+)?)?\s*"
                 rf"(?P<ap>{_alt(list(data['clock']['pm']) + list(data['clock']['am']))}(?!\w))?\s*"
                 r"(?P<tz>z|utc|gmt|[+-][0-9]{2}:?[0-9]{2})?")
        self.equivalent = re.compile(rf"(?<!\w){_alt(data['equivalent'])}(?!\w)")
        self.lead_weekday = re.compile(rf"^(?:{self.DAYWORD}\s+)?{self.WEEKDAY}\s*,?\s*")
        self.trail_clock = re.compile(rf"(?:\s*[,t]\s*|\s+-\s+|\s+)?{clock}$")
        self.lead_clock = re.compile(rf"^{clock}\s*,?\s*")
        self.date_forms = [re.compile(p) for p in (
            r"(?P<y>[0-9]{4})[/.-](?P<m>[0-9]{1,2})[/.-](?P<d>[0-9]{1,2})" + rf"(?:\s*(?P<he>{self.HERA}))?",
            r"(?P<d>[0-9]{1,2})[/.-](?P<m>[0-9]{1,2})[/.-](?P<y>[0-9]{4})" + rf"(?:\s*(?P<he>{self.HERA}))?",
            rf"(?P<d>[0-9]{{1,2}})\s*(?:{self.OF}\s+)?(?P<mn>{month})(?:\s*[/(-]\s*{month}\s*\)?)?"
            rf"\s*,?\s*(?P<y>[0-9]{{4}})(?:\s*{self.GERA})?",
            rf"(?P<mn>{month})\s*(?P<d>[0-9]{{1,2}})\s*,?\s*(?P<y>[0-9]{{4}})",
            rf"(?P<d>[0-9]{{1,2}})\s*(?P<hm>{self.HMONTH})\s*,?\s*(?P<y>[0-9]{{4}})(?:\s*{self.HERA})?",
        )]

    def group(self, m: re.Match, alt: str, name: str) -> str | None:
        """Group `name` of alternative `alt`, or None when absent or unmatched."""
        full = f"{name}_{alt}"
        return m.group(full) if full in m.re.groupindex else None


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    text = resources.files("marsad.arabic").joinpath("data/months.json").read_text("utf-8")
    return _Vocabulary(json.loads(text))


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _hijri_to_date(year: int, month: int, day: int) -> date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def _hijri_month_range(year: int, month: int) -> tuple[date, date] | None:
    try:
        length = Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError):
        return None
    start, end = _hijri_to_date(year, month, 1), _hijri_to_date(year, month, length)
    return (start, end) if start and end else None


def _hijri_year_of(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _calendar_period(unit: str, reference: date, shift: int, week_start: int) -> tuple[date, date]:
    """The calendar week, month or year `shift` periods away from the one holding `reference`."""
    if unit == "week":
        start = reference - timedelta(days=(reference.weekday() - week_start) % 7) + timedelta(weeks=shift)
        return start, start + timedelta(days=6)
    if unit == "month":
        year, month = _add_months(reference.year, reference.month, shift)
        return date(year, month, 1), _month_end(year, month)
    return date(reference.year + shift, 1, 1), date(reference.year + shift, 12, 31)


def _narrow(start: date, end: date, fractions: list[float]) -> tuple[date, date]:
    """The part of [start, end] between two fractions of its length ("مطلع", "أواخر")."""
    length = (end - start).days + 1
    first = start + timedelta(days=round(length * fractions[0]))
    last = start + timedelta(days=max(round(length * fractions[1]) - 1, 0))
    return first, min(max(last, first), end)


def _weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def _month_year(month: int, reference: date | None, year: str | None, qy: str | None,
                qm: str | None, day: int = 1) -> int | None:
    """The year of a month named in the text, from its own year or qualifier, else the reference."""
    voc = vocabulary()
    if year:
        return int(year)
    if reference is None:
        return None
    if qy:
        return reference.year + voc.qualifier[_key(qy)]
    if qm:
        shift = voc.qualifier[_key(qm)]
        if shift < 0:
            return reference.year if month < reference.month else reference.year - 1
        if shift > 0:
            return reference.year if month > reference.month else reference.year + 1
        return reference.year
    candidate = _safe_date(reference.year, month, min(day, calendar.monthrange(reference.year, month)[1]))
    if candidate and candidate > reference + FUTURE_SLACK:
        return reference.year - 1
    return reference.year


# ---------------------------------------------------------------------------------------------
# Resolution of each kind of expression: match -> (start, end, precision) or None

Range = tuple[date, date, str]


def _r_range_days(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    month2 = v.gmonth[_key(g("m2"))]
    day1, day2 = int(g("d1")), int(g("d2"))
    year2 = _month_year(month2, ref, g("y2"), g("qy2"), g("qm2"), day2)
    if year2 is None:
        return None
    month1 = v.gmonth[_key(g("m1"))] if g("m1") else month2
    year1 = int(g("y1")) if g("y1") else (year2 - 1 if month1 > month2 else year2)
    start, end = _safe_date(year1, month1, day1), _safe_date(year2, month2, day2)
    if not start or not end or start > end:
        return None
    return start, end, "day"


def _r_range_months(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    month1, month2 = v.gmonth[_key(g("m1"))], v.gmonth[_key(g("m2"))]
    year2 = _month_year(month2, ref, g("y2"), g("qy2"), g("qm2"))
    if year2 is None:
        return None
    year1 = int(g("y1")) if g("y1") else (year2 - 1 if month1 > month2 else year2)
    return date(year1, month1, 1), _month_end(year2, month2), "month"


def _r_range_years(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    # Two bare numbers joined by "و" are more likely counts than years.
    if not (g("rs") or g("yw") or g("join").strip() in ("-", "–")):
        return None
    first, last = int(g("y1")), int(g("y2"))
    if not (BARE_YEARS[0] <= first < last <= BARE_YEARS[1]):
        return None
    return date(first, 1, 1), date(last, 12, 31), "year"


def _r_numeric(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    day = _numeric_date(g("y") or g("c"), g("m") or g("b"), g("d") or g("a"), bool(g("he")),
                        swap_ok=g("a") is not None)
    return (day, day, "day") if day else None


def _numeric_date(year: str, month: str, day: str, hijri: bool, swap_ok: bool) -> date | None:
    y, mo, d = int(year), int(month), int(day)
    if swap_ok and mo > 12 >= d:  # 09/24/2017: month first
        mo, d = d, mo
    if hijri:
        return _hijri_to_date(y, mo, d)
    if not GREGORIAN_YEARS[0] <= y <= GREGORIAN_YEARS[1]:
        return None
    return _safe_date(y, mo, d)


def _r_date(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    month, day = v.gmonth[_key(g("m"))], int(g("d"))
    year = _month_year(month, ref, g("y"), g("qy"), g("qm"), day)
    found = _safe_date(year, month, day) if year else None
    return (found, found, "day") if found else None


def _r_hijri_date(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    month, day = v.hmonth[_key(g("hm"))], int(g("d"))
    if g("y"):
        found = _hijri_to_date(int(g("y")), month, day)
    else:
        year = _hijri_year_of(ref) if ref else None
        found = _hijri_to_date(year, month, day) if year else None
        if found and found > ref + FUTURE_SLACK:
            found = _hijri_to_date(year - 1, month, day)
    return (found, found, "day") if found else None


def _r_duration(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    if ref is None:
        return None
    unit, count = v.unit_word[_key(g("u"))]
    spec = v.data["units"][unit]
    sign = -1 if g("ago") else 1
    if g("n"):
        count = int(g("n"))
    elif g("nw"):
        count = v.number[_key(g("nw"))]
    elif g("few"):
        count = None
    if count is None:  # "قبل أيام": an unspecified few, mirrored for the future
        few = spec["few"]
        low, high = sorted((sign * -few["start"], sign * -few["end"]))
        return ref + timedelta(days=low), ref + timedelta(days=high), few["precision"]
    if "calendar" in spec:
        start, end = _calendar_period(spec["calendar"], ref, sign * count, v.week_start)
        return start, end, spec["precision"]
    if unit == "hour":
        offset = sign * (count // 24)
        return ref + timedelta(days=offset), ref + timedelta(days=offset), "day"
    centre = ref + timedelta(days=sign * count * spec["days"])
    spread = timedelta(days=spec["spread"])
    return centre - spread, centre + spread, spec["precision"]


def _r_fixed(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    if ref is None:
        return None
    spec = v.fixed[_key(v.group(m, a, "fx"))]
    return ref + timedelta(days=spec["start"]), ref + timedelta(days=spec["end"]), spec["precision"]


def _r_recent(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    if ref is None:
        return None
    spec = v.recent[_key(g("rp"))]
    low, high = spec["start"], spec["end"]
    if g("future"):
        low, high = -high, -low
    return ref + timedelta(days=low), ref + timedelta(days=high), spec["precision"]


def _r_relday(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    if ref is None:
        return None
    day = ref + timedelta(days=v.relday[_key(g("rd"))])
    if g("wd"):  # "اليوم (الأربعاء)": the article names the day itself
        day = _weekday_on_or_before(day, v.weekday[_key(g("wd"))])
    return day, day, "day"


def _r_weekday(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    if ref is None:
        return None
    weekday = v.weekday[_key(g("wd"))]
    shift = v.qualifier[_key(g("q"))] if g("q") else 0
    if shift < 0:  # "الأحد الماضي": strictly before the reference
        day = _weekday_on_or_before(ref - timedelta(days=1), weekday)
    elif shift > 0:  # "الأحد المقبل": strictly after
        day = ref + timedelta(days=1 + (weekday - (ref + timedelta(days=1)).weekday()) % 7)
    else:
        day = _weekday_on_or_before(ref, weekday)
    return day, day, "day"


def _r_period(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    if ref is None:
        return None
    before = m.string[max(0, m.start() - 20):m.start()].split()
    if not g("part") and before and before[-1] in v.period_not_after:
        return None
    unit = v.period[_key(g("p1") or g("p2"))]
    shift = v.qualifier[_key(g("q"))] if g("q") else 0
    start, end = _calendar_period(unit, ref, shift, v.week_start)
    return _with_part(v, g("part"), start, end, unit)


def _with_part(v: _Vocabulary, part: str | None, start: date, end: date, precision: str) -> Range:
    if not part:
        return start, end, precision
    first, last = _narrow(start, end, v.part[_key(part)])
    return first, last, FINER[precision]


def _r_month(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    # A bare month name ("مارس" is also a verb) counts only with a preposition, "شهر" or a year.
    if not (g("lead") or g("part") or g("mw") or g("y") or g("qy") or g("qm")):
        return None
    month = v.gmonth[_key(g("m"))]
    year = _month_year(month, ref, g("y"), g("qy"), g("qm"))
    if year is None:
        return None
    return _with_part(v, g("part"), date(year, month, 1), _month_end(year, month), "month")


def _r_hijri_month(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    if not (g("lead") or g("part") or g("mw") or g("y") or g("qm")):
        return None
    month = v.hmonth[_key(g("hm"))]
    if g("y"):
        found = _hijri_month_range(int(g("y")), month)
    else:
        year = _hijri_year_of(ref) if ref else None
        if year is None:
            return None
        shift = v.qualifier[_key(g("qm"))] if g("qm") else None
        found = _hijri_month_range(year, month)
        if found and (shift == -1 and found[0] > ref
                      or shift is None and found[0] > ref + FUTURE_SLACK):
            found = _hijri_month_range(year - 1, month)
        elif found and shift == 1 and found[1] < ref:
            found = _hijri_month_range(year + 1, month)
    if not found:
        return None
    return _with_part(v, g("part"), found[0], found[1], "month")


def _r_year(v: _Vocabulary, m: re.Match, a: str, ref: date | None) -> Range | None:
    g = lambda name: v.group(m, a, name)  # noqa: E731
    if not (g("lead") or g("part") or g("yw")):
        return None
    year = int(g("y"))
    if g("he"):
        first = _hijri_month_range(year, 1)
        last = _hijri_month_range(year, 12)
        if not first or not last:
            return None
        start, end = first[0], last[1]
    else:
        low, high = GREGORIAN_YEARS if (g("yw") or g("ge")) else BARE_YEARS
        if not low <= year <= high:
            return None
        start, end = date(year, 1, 1), date(year, 12, 31)
    return _with_part(v, g("part"), start, end, "year")


_RESOLVERS = {
    "range_days": _r_range_days, "range_months": _r_range_months, "range_years": _r_range_years,
    "numeric": _r_numeric, "date": _r_date, "hijri_date": _r_hijri_date, "duration": _r_duration,
    "fixed": _r_fixed, "recent": _r_recent, "relday": _r_relday, "weekday": _r_weekday,
    "period": _r_period, "month": _r_month, "hijri_month": _r_hijri_month, "year": _r_year,
}


# ---------------------------------------------------------------------------------------------
# Public API


def find_times(text: str, normalized: Normalized | None, reference: date | None) -> list[Mention]:
    """Every time expression in `text`, resolved against `reference` (the publication date).

    Offsets are into the original text and When.text holds its original words. Without a
    reference, only expressions that carry their own year are returned.
    """
    if normalized is None:
        normalized = normalize(text)
    if isinstance(reference, datetime):
        reference = reference.date()
    voc = vocabulary()
    mentions = []
    for alt, match in _matches(voc, normalized.text):
        found = _RESOLVERS[alt](voc, match, alt, reference)
        if found is None:
            continue
        start, end = _span(voc, match, alt, normalized.text)
        o_start, o_end = normalized.to_original(start, end)
        while o_end < len(text) and not norm(text[o_end]):  # marks after the last letter: "غداً", "هـ"
            o_end += 1
        words = text[o_start:o_end]
        mentions.append(Mention(o_start, o_end, "time", When(found[0], found[1], found[2], words)))
    return mentions


def _matches(voc: _Vocabulary, text: str):
    """(alternative, match): leftmost non-overlapping, as one ordered alternation would give."""
    hits = voc.words.find(text)
    cores = [hit.start for hit in hits if _CORE in hit.payloads]
    cores.extend(m.start() for m in voc.core_number.finditer(text))
    if not cores:
        return
    cores.sort()

    def near_a_core(position: int) -> bool:  # a core at or at most LOOKBACK after it
        index = bisect_left(cores, position)
        return index < len(cores) and cores[index] - position <= LOOKBACK

    starts: dict[int, set[str]] = {}  # where an expression may begin -> the alternatives to try
    for hit in hits:
        if near_a_core(hit.start):
            for payload in hit.payloads:
                if payload != _CORE:
                    starts.setdefault(hit.start, set()).update(payload)
    for m in voc.number_starts.finditer(text):
        if near_a_core(m.start()):
            starts.setdefault(m.start(), set()).update(voc.number_alternatives)
    taken_until = 0
    for position in sorted(starts):
        if position < taken_until:
            continue
        for name in sorted(starts[position], key=voc.rank.__getitem__):
            match = voc.patterns[name].match(text, position)
            if match and match.end() > position:
                yield name, match
                taken_until = match.end()
                break


def _span(voc: _Vocabulary, match: re.Match, alt: str, text: str) -> tuple[int, int]:
    """The span of the expression itself: without a leading preposition or an unopened ')'."""
    start, end = match.start(), match.end()
    for name in (f"cl_{alt}", f"lead_{alt}"):
        if name in match.re.groupindex and match.group(name) is not None:
            start = match.end(name)
    while start < end and text[start].isspace():
        start += 1
    if text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def anchor_day(text: str, published: date) -> date:
    """The day an article says it is ("اليوم (الأربعاء)"), on or before `published`; else `published`."""
    for mention in find_times(text, None, published):
        voc = vocabulary()
        words = _key(mention.value.text)
        if any(words.startswith(w) for w, offset in voc.relday.items() if offset == 0) and any(
                w in words for w in voc.weekday):
            return mention.value.start
    return published


def parse_datetime(value: str) -> datetime | date | None:
    """A publication or fetch time: a date when it gives no clock time, a datetime otherwise.

    Accepts ISO forms, "24 سبتمبر 2017", "الأحد 24 أيلول/سبتمبر 2017", "24/09/2017", Hijri
    dates ("10 محرم 1439 هـ", "1439/1/10هـ"), RFC 2822, with "م"/"ص" for PM/AM and
    Arabic-Indic digits. A given time zone is kept (an aware datetime). None if not a date.
    """
    if not value or not value.strip():
        return None
    voc = vocabulary()
    text = _SPACES.sub(" ", norm(value)).strip()
    # "الأحد 4 محرم 1439 هـ الموافق 24 أيلول 2017 م": prefer the Gregorian part.
    parts = [p.strip(" ,-") for p in voc.equivalent.split(text)]
    results = [r for r in (_parse_one(voc, p) for p in parts if p) if r is not None]
    results.sort(key=lambda r: r[1])  # Gregorian (False) before Hijri (True)
    if results:
        return results[0][0]
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _parse_one(voc: _Vocabulary, text: str) -> tuple[datetime | date, bool] | None:
    """One date with an optional weekday and clock time; (value, was Hijri) or None."""
    text = voc.lead_weekday.sub("", text, count=1)
    clock = voc.trail_clock.search(text)
    if clock and clock.start() > 0:
        text = text[:clock.start()].strip()
    else:
        clock = voc.lead_clock.match(text)
        if clock:
            text = voc.lead_weekday.sub("", text[clock.end():].strip(), count=1)
    day, hijri = None, False
    for index, form in enumerate(voc.date_forms):
        m = form.fullmatch(text.strip(" ,"))
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("hm"):
            hijri = True
            day = _hijri_to_date(int(groups["y"]), voc.hmonth[_key(groups["hm"])], int(groups["d"]))
        elif groups.get("mn"):
            year = int(groups["y"])
            day = _safe_date(year, voc.gmonth[_key(groups["mn"])], int(groups["d"])) \
                if GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1] else None
        else:
            hijri = bool(groups.get("he"))
            day = _numeric_date(groups["y"], groups["m"], groups["d"], hijri, swap_ok=index == 1)
        break
    if day is None:
        return None
    if not clock:
        return day, hijri
    moment = _clock(voc, clock)
    if moment is None:
        return None
    hour, minute, second, zone = moment
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone), hijri


def _clock(voc: _Vocabulary, m: re.Match) -> tuple[int, int, int, timezone | None] | None:
    hour, minute, second = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
    marker = m.group("ap")
    if marker:
        if not 1 <= hour <= 12:
            return None
        pm = _key(marker) in voc.pm
        hour = hour % 12 + (12 if pm else 0)  # 12:22 م is 12:22; 12:10 ص is 00:10
    if hour > 23 or minute > 59 or second > 59:
        return None
    zone = None
    tz = m.group("tz")
    if tz in ("z", "utc", "gmt"):
        zone = timezone.utc
    elif tz:
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        zone = timezone(offset if tz[0] == "+" else -offset)
    return hour, minute, second, zone
