"""Scoring event records against gold records, and detection scores on the Arabic event GSR.

`score()` follows the "Scoring" section of the event-record contract (event-record.md):
system events are paired one-to-one with gold events of the same article, at four nested
levels (type; + actors; + sectors and dates; + location), with micro-averaged P/R/F1.
Modality and claimant are scored over the pairs matched at level 2.

`evaluate_gsr()` runs an extraction function over the sentences of the arabic_event_gsr
files (ASSAULT and PROTEST detection) and reports detection P/R/F1 per type, plus agreement
of the system's actor country codes with the span records' CAMEO codes.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from marsad.model import haversine_km

LEVELS = (1, 2, 3, 4)
NONE = "NONE"  # the confusion-table row/column for events left without a partner
MAX_DISTANCE_KM = 50.0
DATE_SLACK_DAYS = 1  # each date range is widened by this many days on both sides


# --------------------------------------------------------------------------- records


def load_jsonl(path: str | Path) -> list[dict]:
    """Read a JSON Lines file of event records (blank lines are skipped)."""
    records = []
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
    return records


def _as_record(event) -> dict:
    """Accept an event record dict, or anything with `to_record()` (a model.Event)."""
    return event if isinstance(event, dict) else event.to_record()


# --------------------------------------------------------------------------- agreement rules


def actors_agree(gold: dict | None, system: dict | None) -> bool:
    """The contract's actor rule: same group when gold has one, else same code; null needs null."""
    if gold is None or system is None:
        return gold is None and system is None
    if gold.get("group"):
        return system.get("group") == gold["group"]
    return system.get("code") == gold.get("code")


def sector_agrees(gold: dict | None, system: dict | None) -> bool:
    """Gold actor's first sector is among the system actor's sectors (no gold sector: no demand)."""
    if gold is None or system is None:
        return gold is None and system is None
    gold_sectors = gold.get("sector") or []
    if not gold_sectors:
        return True
    return gold_sectors[0] in (system.get("sector") or [])


def _parse_date(value: str | None) -> date | None:
    # Only the calendar date counts, should a time ever follow it.
    return date.fromisoformat(value[:10]) if value else None


def dates_agree(gold: dict | None, system: dict | None) -> bool:
    """Date ranges overlap once each is widened by one day on both sides."""
    if not gold or not system:
        return not gold and not system
    g_start, g_end = _parse_date(gold.get("start")), _parse_date(gold.get("end"))
    s_start, s_end = _parse_date(system.get("start")), _parse_date(system.get("end"))
    if None in (g_start, s_start):
        return g_start is None and s_start is None
    g_end, s_end = g_end or g_start, s_end or s_start
    # Widening both by one day means gaps of up to two days still overlap.
    slack = 2 * DATE_SLACK_DAYS
    return (s_start - g_end).days <= slack and (g_start - s_end).days <= slack


def locations_agree(gold: dict | None, system: dict | None) -> bool:
    """Within 50 km of each other; both null agrees, one null does not.

    A location without coordinates cannot be measured: it then agrees only with a location of
    the same (non-null) geonameid.
    """
    if gold is None or system is None:
        return gold is None and system is None
    coords = (gold.get("lat"), gold.get("lon"), system.get("lat"), system.get("lon"))
    if None in coords:
        return gold.get("geonameid") is not None and gold.get("geonameid") == system.get("geonameid")
    return haversine_km(*coords) <= MAX_DISTANCE_KM


def agrees_at(level: int, gold: dict, system: dict) -> bool:
    """Whether a system event satisfies level 1..4 against a gold event (same article assumed)."""
    if gold.get("type") != system.get("type"):
        return False
    if level >= 2:
        if not (actors_agree(gold.get("source"), system.get("source"))
                and actors_agree(gold.get("target"), system.get("target"))):
            return False
    if level >= 3:
        if not (sector_agrees(gold.get("source"), system.get("source"))
                and sector_agrees(gold.get("target"), system.get("target"))
                and dates_agree(gold.get("date"), system.get("date"))):
            return False
    if level >= 4:
        if not locations_agree(gold.get("location"), system.get("location")):
            return False
    return True


def claimants_agree(gold: dict, system: dict) -> bool:
    """Both claimants null, or they agree by the actor rule."""
    return actors_agree(gold.get("claimant"), system.get("claimant"))


def _evidence_overlaps(gold: dict, system: dict) -> bool:
    """Same sentence or overlapping evidence spans; title events (-1/-1) pair by type only."""
    g, s = gold.get("evidence") or {}, system.get("evidence") or {}
    g_span, s_span = (g.get("start", -1), g.get("end", -1)), (s.get("start", -1), s.get("end", -1))
    if g_span[0] < 0 or s_span[0] < 0:
        return gold.get("type") == system.get("type")
    if g_span == s_span:
        return True
    return s_span[0] < g_span[1] and g_span[0] < s_span[1]


# --------------------------------------------------------------------------- matching


def max_matching(n_left: int, n_right: int, compatible: Callable[[int, int], bool],
                 initial: dict[int, int] | None = None,
                 exclude_left: Iterable[int] = (), exclude_right: Iterable[int] = ()) -> dict[int, int]:
    """A maximum one-to-one matching left -> right (Kuhn's augmenting paths; sets are small).

    `initial` pairs (which must be compatible) are kept matched: augmenting may re-pair
    them but never leaves one of their vertices unmatched. Excluded vertices take no part.
    """
    skip_left, skip_right = set(exclude_left), set(exclude_right)
    options = {i: [j for j in range(n_right) if j not in skip_right and compatible(i, j)]
               for i in range(n_left) if i not in skip_left}
    right_owner: dict[int, int] = {j: i for i, j in (initial or {}).items()}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in right_owner or augment(right_owner[j], seen):
                right_owner[j] = i
                return True
        return False

    for i in options:
        if i not in (initial or {}):
            augment(i, set())
    return {i: j for j, i in right_owner.items()}


def _by_article(records: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        groups[record.get("article_id")].append(record)
    return groups


# --------------------------------------------------------------------------- report


@dataclass
class LevelScore:
    level: int
    tp: int
    n_system: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass
class Diagnosis:
    """One error with its reason: a missed gold event, a spurious system event, or a level-1
    pair that fails a higher level (`level` is the first level the event fails)."""

    kind: str  # "missed" | "spurious" | "pair"
    reason: str  # a category: "no trigger", "wrong type", "wrong actor", "wrong date" …
    detail: str
    gold: dict | None
    system: dict | None
    level: int = 1


@dataclass
class Report:
    """Result of `score()`. `confusion[(gold_type, system_type)]` counts paired events."""

    levels: dict[int, LevelScore]
    modality_correct: int
    claimant_correct: int
    level2_pairs: int
    confusion: dict[tuple[str, str], int]
    missed: list[dict] = field(default_factory=list)    # gold events unmatched at level 1
    spurious: list[dict] = field(default_factory=list)  # system events unmatched at level 1
    diagnoses: list["Diagnosis"] = field(default_factory=list)  # why, for each error

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.level2_pairs if self.level2_pairs else 0.0

    @property
    def claimant_agreement(self) -> float:
        return self.claimant_correct / self.level2_pairs if self.level2_pairs else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: list[dict], system: list[dict]) -> Report:
    """Score system event records against gold records (event-record.md, "Scoring")."""
    gold = [_as_record(g) for g in gold]
    system = [_as_record(s) for s in system]
    gold_by_article, system_by_article = _by_article(gold), _by_article(system)

    tp = dict.fromkeys(LEVELS, 0)
    modality_correct = claimant_correct = level2_pairs = 0
    confusion: Counter = Counter()
    missed: list[dict] = []
    spurious: list[dict] = []
    diagnoses: list[Diagnosis] = []

    for article in sorted(set(gold_by_article) | set(system_by_article), key=str):
        golds, systems = gold_by_article.get(article, []), system_by_article.get(article, [])
        for level in LEVELS:
            pairs = _level_matching(level, golds, systems)
            tp[level] += len(pairs)
            if level == 1:
                missed += [g for j, g in enumerate(golds) if j not in pairs.values()]
                spurious += [s for i, s in enumerate(systems) if i not in pairs]
                diagnoses += diagnose(golds, systems, pairs)
            if level == 2:
                level2_pairs += len(pairs)
                for i, j in pairs.items():
                    modality_correct += golds[j].get("modality") == systems[i].get("modality")
                    claimant_correct += claimants_agree(golds[j], systems[i])
        confusion.update(_confusion_pairs(golds, systems))

    levels = {level: LevelScore(level, tp[level], len(system), len(gold)) for level in LEVELS}
    return Report(levels, modality_correct, claimant_correct, level2_pairs,
                  dict(confusion), missed, spurious, diagnoses)


def _level_matching(level: int, golds: list[dict], systems: list[dict]) -> dict[int, int]:
    """Optimal system -> gold pairing at `level` for one article.

    Pairs whose evidence overlaps are matched first, then the matching is completed: the count
    is the same maximum either way, but the pairs (used for modality, claimant and the missed
    and spurious lists) are then the ones a reader would draw.
    """
    def agree(i: int, j: int) -> bool:
        return agrees_at(level, golds[j], systems[i])

    near = max_matching(len(systems), len(golds),
                        lambda i, j: agree(i, j) and _evidence_overlaps(golds[j], systems[i]))
    return max_matching(len(systems), len(golds), agree, initial=near)


def _same_sentence(gold: dict, system: dict) -> bool:
    """Overlapping evidence spans, or both events told by the title (-1/-1), whatever the type."""
    g, s = gold.get("evidence") or {}, system.get("evidence") or {}
    g_start, g_end, s_start, s_end = g.get("start", -1), g.get("end", -1), s.get("start", -1), s.get("end", -1)
    if g_start < 0 or s_start < 0:
        return g_start < 0 and s_start < 0
    return (g_start, g_end) == (s_start, s_end) or (s_start < g_end and g_start < s_end)


def diagnose(golds: list[dict], systems: list[dict], pairs: dict[int, int]) -> list[Diagnosis]:
    """Why each event of one article is wrong, given the level-1 pairs (system -> gold).

    A gold event without a partner is missed: "wrong type" when an unpaired system event of
    another type overlaps its evidence, else "no trigger" (the system events of its sentence, if
    any, match other gold events). A system event without a partner is spurious: "wrong type" or
    "no gold event" alike, and "repeated" when a gold event of its type in its sentence is
    matched already. A pair is diagnosed at the
    first level it fails: source and target swapped, no source, wrong actor; wrong sector,
    wrong date; wrong place.
    """
    found: list[Diagnosis] = []
    paired_gold = set(pairs.values())
    for j, gold in enumerate(golds):
        if j in paired_gold:
            continue
        near = [(i, s) for i, s in enumerate(systems) if _same_sentence(gold, s)]
        other = [s for i, s in near if i not in pairs and s.get("type") != gold.get("type")]
        if other:
            found.append(Diagnosis("missed", "wrong type", f"system said {other[0].get('type')}",
                                   gold, other[0]))
        elif near:
            taken = ", ".join(sorted({s.get("type") for _, s in near}))
            found.append(Diagnosis("missed", "no trigger", f"the system events of its sentence "
                                   f"({taken}) match other gold events", gold, None))
        else:
            found.append(Diagnosis("missed", "no trigger", "no system event in its sentence", gold, None))
    for i, system in enumerate(systems):
        if i in pairs:
            continue
        near = [(j, g) for j, g in enumerate(golds) if _same_sentence(g, system)]
        other = [g for j, g in near if j not in paired_gold and g.get("type") != system.get("type")]
        same = [g for _, g in near if g.get("type") == system.get("type")]
        if other:
            found.append(Diagnosis("spurious", "wrong type", f"gold says {other[0].get('type')}",
                                   other[0], system))
        elif same:
            found.append(Diagnosis("spurious", "repeated", "the gold event of its type in its "
                                   "sentence is matched already", same[0], system))
        elif near:
            found.append(Diagnosis("spurious", "no gold event", "the gold events of its sentence "
                                   "match other system events", None, system))
        else:
            found.append(Diagnosis("spurious", "no gold event", "no gold event in its sentence",
                                   None, system))
    for i, j in pairs.items():
        diagnosis = _diagnose_pair(golds[j], systems[i])
        if diagnosis is not None:
            found.append(diagnosis)
    return found


def _diagnose_pair(gold: dict, system: dict) -> Diagnosis | None:
    """The first level a same-type pair fails, and why; None when it passes all four."""
    def fail(level: int, reason: str, detail: str) -> Diagnosis:
        return Diagnosis("pair", reason, detail, gold, system, level)

    g_source, g_target = gold.get("source"), gold.get("target")
    s_source, s_target = system.get("source"), system.get("target")
    if not agrees_at(2, gold, system):
        if actors_agree(g_source, s_target) and actors_agree(g_target, s_source):
            return fail(2, "wrong direction", "source and target swapped")
        if g_source is not None and s_source is None:
            return fail(2, "no source", f"gold source {_actor_label(g_source)}")
        side = "source" if not actors_agree(g_source, s_source) else "target"
        return fail(2, "wrong actor", f"{side}: gold {_actor_label(gold.get(side))}, "
                                      f"system {_actor_label(system.get(side))}")
    if not agrees_at(3, gold, system):
        if not dates_agree(gold.get("date"), system.get("date")):
            return fail(3, "wrong date", f"gold {_date_label(gold)}, system {_date_label(system)}")
        side = "source" if not sector_agrees(g_source, s_source) else "target"
        return fail(3, "wrong sector", f"{side}: gold {_sectors(gold.get(side))}, "
                                       f"system {_sectors(system.get(side))}")
    if not agrees_at(4, gold, system):
        return fail(4, "wrong place", f"gold {_place_label(gold.get('location'))}, "
                                      f"system {_place_label(system.get('location'))}")
    return None


def _date_label(event: dict) -> str:
    when = event.get("date") or {}
    start, end = when.get("start"), when.get("end")
    return f"{start}" if start == end or not end else f"{start}..{end}"


def _sectors(actor: dict | None) -> str:
    return "/".join((actor or {}).get("sector") or []) or "-"


def _place_label(place: dict | None) -> str:
    if place is None:
        return "none"
    return place.get("name") or place.get("text") or "?"


def _confusion_pairs(golds: list[dict], systems: list[dict]) -> Counter:
    """Pair events of one article by evidence position; count (gold type, system type).

    Same-type pairs are matched first so a correct event is not stolen by a neighbour of
    another type; the rest of the overlapping events are then paired whatever their type.
    """
    def overlap(i: int, j: int) -> bool:
        return _evidence_overlaps(golds[j], systems[i])

    pairs = max_matching(len(systems), len(golds),
                         lambda i, j: overlap(i, j) and golds[j].get("type") == systems[i].get("type"))
    pairs.update(max_matching(len(systems), len(golds), overlap,
                              exclude_left=pairs.keys(), exclude_right=pairs.values()))
    counts: Counter = Counter()
    for i, j in pairs.items():
        counts[(golds[j].get("type"), systems[i].get("type"))] += 1
    for j, g in enumerate(golds):
        if j not in pairs.values():
            counts[(g.get("type"), NONE)] += 1
    for i, s in enumerate(systems):
        if i not in pairs:
            counts[(NONE, s.get("type"))] += 1
    return counts


def format_report(report: Report, verbose: bool = False) -> str:
    """A plain-text table: levels 1-4, modality and claimant, confusion; lists when verbose."""
    names = {1: "type", 2: "+ actors", 3: "+ sector, date", 4: "+ location"}
    lines = [f"{'level':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'system':>8}{'gold':>6}"]
    for level, s in sorted(report.levels.items()):
        label = f"{level} {names.get(level, '')}"
        lines.append(f"{label:<22}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                     f"{s.tp:>6}{s.n_system:>8}{s.n_gold:>6}")
    lines.append("")
    n = report.level2_pairs
    lines.append(f"modality accuracy  {report.modality_accuracy:.3f}  ({report.modality_correct}/{n} level-2 pairs)")
    lines.append(f"claimant agreement {report.claimant_agreement:.3f}  ({report.claimant_correct}/{n} level-2 pairs)")
    lines.append("")
    lines.append("confusion (rows gold type, columns system type; pairs by evidence position)")
    lines.extend(_format_confusion(report.confusion))
    if report.diagnoses:
        lines.append("")
        lines.append("errors by reason (level-1 missed and spurious events, and level-1 pairs at "
                     "the first level they fail; --verbose lists them):")
        lines.extend(_format_reason_counts(report.diagnoses))
    if verbose:
        by_kind = {kind: [d for d in report.diagnoses if d.kind == kind]
                   for kind in ("missed", "spurious", "pair")}
        lines.append("")
        lines.append(f"missed gold events ({len(report.missed)}):")
        lines.extend(_format_diagnosis(d) for d in by_kind["missed"])
        lines.append("")
        lines.append(f"spurious system events ({len(report.spurious)}):")
        lines.extend(_format_diagnosis(d) for d in by_kind["spurious"])
        lines.append("")
        lines.append(f"pairs right in type that fail a higher level ({len(by_kind['pair'])}):")
        lines.extend(_format_diagnosis(d) for d in sorted(by_kind["pair"], key=lambda d: d.level))
    return "\n".join(lines)


def _format_reason_counts(diagnoses: list[Diagnosis]) -> list[str]:
    counts = Counter((d.kind, d.level, d.reason) for d in diagnoses)
    labels = {"missed": "missed", "spurious": "spurious", "pair": "fails level"}
    lines = []
    for (kind, level, reason), count in sorted(counts.items(), key=lambda item: (item[0][1], -item[1])):
        label = f"{labels[kind]} {level}" if kind == "pair" else labels[kind]
        lines.append(f"  {label:<14}{reason:<18}{count:>4}")
    return lines


def _format_diagnosis(diagnosis: Diagnosis) -> str:
    """The event line, then its reason; for a pair the system event is shown under its gold."""
    if diagnosis.kind == "pair":
        return (f"{_format_event_line(diagnosis.gold, limit=300)}\n"
                f"      level {diagnosis.level}: {diagnosis.reason} ({diagnosis.detail}); system "
                f"{_actor_label((diagnosis.system or {}).get('source'))}/"
                f"{_actor_label((diagnosis.system or {}).get('target'))}")
    event = diagnosis.gold if diagnosis.kind == "missed" else diagnosis.system
    return f"{_format_event_line(event, limit=300)}\n      {diagnosis.reason} ({diagnosis.detail})"


def _format_confusion(confusion: dict[tuple[str, str], int]) -> list[str]:
    def ordered(types: set[str]) -> list[str]:
        return sorted(types - {NONE}) + [NONE]

    rows = ordered({g for g, _ in confusion} | {NONE})
    cols = ordered({s for _, s in confusion} | {NONE})
    width = max([len(c) for c in cols] + [4]) + 1
    first = max([len(r) for r in rows] + [4]) + 1
    lines = [" " * first + "".join(f"{c:>{width}}" for c in cols)]
    for r in rows:
        cells = "".join(f"{confusion.get((r, c), 0) or '.':>{width}}" for c in cols)
        lines.append(f"{r:<{first}}" + cells)
    return lines


def _format_event_line(event: dict, limit: int = 100) -> str:
    evidence = (event.get("evidence") or {})
    text = " ".join((evidence.get("text") or "").split())
    if len(text) > limit:
        text = text[:limit] + "…"
    actors = "/".join(_actor_label(event.get(side)) for side in ("source", "target"))
    return (f"  [{event.get('article_id')}] {event.get('type')} {actors} "
            f"{event.get('modality')} @{evidence.get('start')}-{evidence.get('end')}: {text}")


def _actor_label(actor: dict | None) -> str:
    if actor is None:
        return "-"
    return actor.get("group") or actor.get("code") or "?"


# --------------------------------------------------------------------------- GSR


# The two detection files of arabic_event_gsr, their event type and their span records.
GSR_FILES = (
    ("ASSAULT", "assault_gsr.csv", "assault_spans.json"),
    ("PROTEST", "protest_gsr.csv", "protest_spans.json"),
)
POSITIVE = "yes"
NEGATIVES = ("easy no", "difficult no")
SKIPPED = "ambiguous"
# CAMEO "main" values that say nothing about the country.
UNKNOWN_CODES = {"", "NONE", "UNKNOWN"}

ExtractFn = Callable[[str, str], list[dict]]
ProgressFn = Callable[[int, int], None]


@dataclass
class Detection:
    """Sentence-level detection counts for one event type."""

    type: str
    tp: int = 0
    fn: int = 0
    fp_easy: int = 0
    fp_difficult: int = 0
    n_easy: int = 0
    n_difficult: int = 0
    skipped: int = 0  # ambiguous rows

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def fp(self) -> int:
        return self.fp_easy + self.fp_difficult

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.positives if self.positives else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def difficult_precision(self) -> float:
        """Precision over the "yes" and "difficult no" rows only."""
        return self.tp / (self.tp + self.fp_difficult) if self.tp + self.fp_difficult else 0.0

    @property
    def difficult_fp_rate(self) -> float:
        """Share of "difficult no" rows wrongly detected."""
        return self.fp_difficult / self.n_difficult if self.n_difficult else 0.0


@dataclass
class SpanAgreement:
    """System actor codes against the span records' CAMEO codes, for one event type.

    A side (source or target) is compared when the span record gives a known country code
    for it and the system detects the sentence; it agrees when some detected event's code on
    that side is among the codes of the record's spans (a missing system code disagrees).
    """

    type: str
    records: int = 0
    detected: int = 0
    source_compared: int = 0
    source_agree: int = 0
    target_compared: int = 0
    target_agree: int = 0

    @property
    def source_share(self) -> float:
        return self.source_agree / self.source_compared if self.source_compared else 0.0

    @property
    def target_share(self) -> float:
        return self.target_agree / self.target_compared if self.target_compared else 0.0


@dataclass
class GsrReport:
    detection: dict[str, Detection]
    spans: dict[str, SpanAgreement]


# A GSR "yes" says the sentence reports an event that took place. A record that the text denies,
# plans or only supposes (negated, future, hypothetical) says the opposite, so it does not count.
DETECTING_MODALITIES = ("asserted", "alleged")


def _detected(events: list[dict], event_type: str) -> list[dict]:
    """The events that count as detecting `event_type`: that type, reported as having happened."""
    return [e for e in events
            if e.get("type") == event_type and e.get("modality", "asserted") in DETECTING_MODALITIES]


def _read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _span_codes(record: dict, side: str) -> set[str]:
    """The known CAMEO country codes of one side ("source"/"target") over a record's spans."""
    codes = set()
    for span in record.get("spans") or []:
        role = span.get(f"{side}_role")
        main = role.get("main") if isinstance(role, dict) else role  # some roles are bare strings
        if isinstance(main, str) and main.strip().upper() not in UNKNOWN_CODES:
            codes.add(main.strip())
    return codes


def evaluate_gsr(directory: str | Path, extract_events: ExtractFn,
                 progress: ProgressFn | None = None) -> GsrReport:
    """Run `extract_events(sentence_id, text)` over the GSR sentences and score detection.

    Ambiguous rows are skipped; "yes" rows are positives, "easy no" and "difficult no"
    negatives. Span records are linked to their sentence by id, else by exact text; a span
    record whose sentence was not extracted (ambiguous or absent) is extracted on its own.
    Files that are absent are left out of the report.
    """
    directory = Path(directory)
    jobs: list[tuple[str, str]] = []  # (sentence id, text), each extracted once
    plans = []
    for event_type, csv_name, spans_name in GSR_FILES:
        if not (directory / csv_name).exists():
            continue
        rows = _read_rows(directory / csv_name)
        scored = [r for r in rows if r["label"].strip() != SKIPPED]
        jobs += [(r["id"], r["text"]) for r in scored]
        extracted_ids = {r["id"] for r in scored}
        by_text = {r["text"].strip(): r["id"] for r in scored}
        span_links = []  # (span record, sentence id)
        spans_path = directory / spans_name
        records = json.loads(spans_path.read_text(encoding="utf-8")) if spans_path.exists() else []
        for number, record in enumerate(records):
            sentence_id = record.get("source")
            if sentence_id not in extracted_ids:
                sentence_id = by_text.get(record.get("text", "").strip())
            if sentence_id is None:
                sentence_id = f"{event_type.lower()}-span-{record.get('_id') or number}"
                jobs.append((sentence_id, record.get("text", "")))
            span_links.append((record, sentence_id))
        plans.append((event_type, rows, span_links))

    results: dict[str, list[dict]] = {}
    total = len(jobs)
    for done, (sentence_id, text) in enumerate(jobs, start=1):
        if sentence_id not in results:
            results[sentence_id] = [_as_record(e) for e in extract_events(sentence_id, text)]
        if progress:
            progress(done, total)

    detection, spans = {}, {}
    for event_type, rows, span_links in plans:
        detection[event_type] = _score_detection(event_type, rows, results)
        spans[event_type] = _score_spans(event_type, span_links, results)
    return GsrReport(detection, spans)


def _score_detection(event_type: str, rows: list[dict], results: dict[str, list[dict]]) -> Detection:
    d = Detection(event_type)
    for row in rows:
        label = row["label"].strip()
        if label == SKIPPED:
            d.skipped += 1
            continue
        found = bool(_detected(results[row["id"]], event_type))
        if label == POSITIVE:
            d.tp += found
            d.fn += not found
        elif label == "difficult no":
            d.n_difficult += 1
            d.fp_difficult += found
        elif label == "easy no":
            d.n_easy += 1
            d.fp_easy += found
        else:
            raise ValueError(f"unknown GSR label {label!r} in row {row['id']}")
    return d


def _score_spans(event_type: str, span_links: list[tuple[dict, str]],
                 results: dict[str, list[dict]]) -> SpanAgreement:
    a = SpanAgreement(event_type, records=len(span_links))
    for record, sentence_id in span_links:
        events = _detected(results[sentence_id], event_type)
        if not events:
            continue
        a.detected += 1
        for side in ("source", "target"):
            gold_codes = _span_codes(record, side)
            if not gold_codes:
                continue
            system_codes = {(e.get(side) or {}).get("code") for e in events}
            agree = bool(gold_codes & system_codes)
            if side == "source":
                a.source_compared += 1
                a.source_agree += agree
            else:
                a.target_compared += 1
                a.target_agree += agree
    return a


def format_gsr_report(report: GsrReport) -> str:
    """Plain-text detection table per type, the difficult-no view, and span code agreement."""
    lines = [f"{'type':<9}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"
             f"{'yes':>6}{'no':>7}{'skipped':>9}"]
    for t, d in report.detection.items():
        lines.append(f"{t:<9}{d.precision:>7.3f}{d.recall:>7.3f}{d.f1:>7.3f}{d.tp:>6}{d.fp:>6}"
                     f"{d.fn:>6}{d.positives:>6}{d.n_easy + d.n_difficult:>7}{d.skipped:>9}")
    lines.append(f"(a sentence detects a type when it yields a record of it reported as having happened: "
                 f"{' or '.join(DETECTING_MODALITIES)})")
    lines.append("")
    lines.append("difficult no only (yes rows + difficult-no rows):")
    for t, d in report.detection.items():
        lines.append(f"  {t:<9} P {d.difficult_precision:.3f}  R {d.recall:.3f}  "
                     f"false positives {d.fp_difficult}/{d.n_difficult} difficult no "
                     f"({d.difficult_fp_rate:.1%}), {d.fp_easy}/{d.n_easy} easy no")
    lines.append("")
    lines.append("actor codes vs span records (sentences the system detects; known CAMEO codes only):")
    for t, a in report.spans.items():
        lines.append(f"  {t:<9} detected {a.detected}/{a.records} records; "
                     f"source {a.source_agree}/{a.source_compared} ({a.source_share:.1%}), "
                     f"target {a.target_agree}/{a.target_compared} ({a.target_share:.1%})")
    return "\n".join(lines)
