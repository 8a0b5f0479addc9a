"""The analysed article: normalised text with its sentences, tokens and every mention found.

All spans here are in normalised coordinates (see marsad.arabic.normalize); `original()`
maps them back to the article's text.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import NamedTuple
from datetime import date

from marsad.arabic import normalize, split_sentences
from marsad.arabic.normalize import Normalized
from marsad.arabic.tokens import WORD
from marsad.extraction.dates import find_times
from marsad.kb.actors import ActorSpan, find_actors, lineage_names, named_speakers
from marsad.kb.gazetteer import Gazetteer
from marsad.kb.lexicon import Match, longest_first
from marsad.kb.triggers import (Cue, Trigger, cue_lexicon, cue_words, in_word_list, required_word_at,
                                trigger_lexicon)
from marsad.model import Mention, Sentence


@dataclass(frozen=True)
class TriggerSpan:
    start: int
    end: int
    stem_start: int
    trigger: Trigger
    prefix: str  # the proclitics written before it ("ب", "و", "س" …)

    def __hash__(self) -> int:
        # (equal spans share a start and an end) the rules key dicts by spans: the generated hash
        # would hash the whole Trigger rule at every lookup
        return hash((self.start, self.end))


class CueSpan(NamedTuple):
    """A cue word (marsad.kb.triggers.Cue) in the text. A NamedTuple rather than a frozen
    dataclass: an article has a hundred or more, and a tuple is built in a third of the time."""

    start: int
    end: int
    stem_start: int
    cue: Cue
    phrase: str


@dataclass
class Document:
    """One text (an article body or its title) with everything recognised in it."""

    text: str  # the original text
    published: date | None
    normalized: Normalized
    sentences: list[Sentence]  # normalised coordinates
    actors: list[ActorSpan]
    triggers: list[TriggerSpan]
    cues: list[CueSpan]
    places: list[Mention]  # normalised coordinates
    times: list[Mention]  # normalised coordinates
    is_title: bool = False  # a headline: its present tense tells news, not habit
    # (sentence start, cues.tsv kind) -> words of that kind in the sentence, for the rules
    counted: dict[tuple[int, str], int] = field(default_factory=dict, repr=False, compare=False)
    # (actor start, stem start, lam article) -> the preposition that governs it, for the rules
    preps: dict[tuple[int, int, bool], str | None] = field(default_factory=dict, repr=False, compare=False)

    @cached_property  # read hundreds of thousands of times by the rules: an attribute after the first
    def norm(self) -> str:
        return self.normalized.text

    @cached_property
    def home_state(self) -> str | None:
        """The state the actors name most (by their own country: a state, its capital, its
        bodies and officials; not a demonym, which names people too, nor a group), when it is
        named at least HOME_MENTIONS times and more than any other: the paper's own in its home
        news, the foreign state in a foreign report."""
        counts = Counter(a.actor.code for a in self.actors
                         if a.actor.code and not a.actor.group and a.kind != "demonym")
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < HOME_MENTIONS or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    @cached_property
    def word_starts(self) -> list[int]:
        return [m.start() for m in WORD.finditer(self.normalized.text)]

    @cached_property
    def starts(self) -> dict[str, list[int]]:
        """The start offsets of actors, triggers, cues, places and times (each list is in text
        order), for slicing by position."""
        return {kind: [span.start for span in getattr(self, kind)]
                for kind in ("actors", "triggers", "cues", "places", "times")}

    def within(self, kind: str, sentence: Sentence) -> list:
        """The actors, triggers, cues, places or times (`kind`) that start inside the sentence."""
        return self.between(kind, sentence.start, sentence.end)

    def between(self, kind: str, start: int, end: int) -> list:
        """The actors, triggers, cues, places or times (`kind`) that start in [start, end)."""
        spans, starts = getattr(self, kind), self.starts[kind]
        return spans[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.normalized.to_original(start, end)

    def original_text(self, start: int, end: int) -> str:
        begin, stop = self.original(start, end)
        return self.text[begin:stop]

    def word_index(self, position: int) -> int:
        """The index of the word at or after normalised `position`."""
        return bisect.bisect_left(self.word_starts, position)

    def words_between(self, start: int, end: int) -> int:
        return max(0, self.word_index(end) - self.word_index(start))


def analyse(text: str, published: date | None, is_title: bool = False,
            normalized: Normalized | None = None) -> Document:
    """Normalise, split and find actors, triggers, cues, places and times in `text`.
    Without a publication date, relative time words are read against today. `normalized` is
    `normalize(text)`, for a caller that has it already."""
    normalized = normalized if normalized is not None else normalize(text)
    norm_text = normalized.text
    actors = find_actors(norm_text, published)
    trigger_matches = [m for m in map(partial(_spelled_reading, text, normalized),
                                      longest_first(trigger_lexicon().find(norm_text))) if m.payloads]
    # A word that is exactly a trigger ("الغارات") is read as the event; a trigger inside a
    # longer actor name ("وزارة" holds "زارة") is not.
    trigger_spans = {(m.start, m.end) for m in trigger_matches}
    # A generic agent word inside a longer trigger is part of the act's name ("هجوم انتحاري":
    # an adjective on the act, no actor; coding guide, "Do not infer names"), and so is an
    # organ word ("غارات جوية": the strikes, not the air force they stand for elsewhere).
    actors = [a for a in actors if (a.start, a.end) not in trigger_spans
              and not (a.kind.startswith(("agent", "organ"))
                       and any(s <= a.start and a.end <= e and e - s > a.end - a.start for s, e in trigger_spans))]
    actor_starts = [a.start for a in actors]
    actor_ends = {a.end for a in actors}
    # a subject right after a verb of affirming or expressing ("أكد الأردن دعمه للعراق"; cues.tsv
    # kind own_stance) is no subject of the form after it: that form is its object, a noun
    # (asked only of an actor right before a trigger: the one whose end _reading looks at)
    match_starts = {m.start for m in trigger_matches}
    subject_ends = {a.end for a in actors
                    if a.end + 1 not in match_starts or not _after_stance_verb(norm_text, a.start)}
    kept_matches = [m for m in trigger_matches if not _overlaps(m.start, m.end, actors, actor_starts)]
    triggers = [
        TriggerSpan(m.start, m.end, m.stem_start, _reading(m, norm_text, subject_ends),
                    norm_text[m.start:m.stem_start])
        for m in kept_matches
    ]
    cues = _cue_spans(text, normalized)
    hints = {a.actor.code for a in actors if a.actor.code}
    named_countries = {a.actor.code for a in actors if a.actor.code and a.kind != "seat"}
    names = [(a.stem_start, a.end) for a in actors if a.kind in NAMED_KINDS] + list(lineage_names(norm_text))
    places = [_to_normalized(normalized, mention)
              for mention in Gazetteer.default().find_places(text, normalized, hints, names, named_countries)]
    # a capital's name that is a town of another country here is no government ("طرابلس شمال لبنان"),
    # nor is one that names a region ("أمير منطقة الرياض"; cues.tsv kind province_word)
    place_countries = {place.end: place.value.country for place in places}
    actors = [a for a in actors if a.kind != "seat" or (
        place_countries.get(a.end, a.actor.code) == a.actor.code and not _names_a_region(norm_text, a))]
    # nor is a state named for its clock or as a body's seat ("بتوقيت تركيا"، "ومقره واشنطن")
    actors = [a for a in actors if a.kind not in ("state", "seat") or not _after_word_of(norm_text, a, "placing_word")]
    # a place named after its head noun is no act, whatever else its name reads ("مدينة تدمر")
    place_starts = {place.start for place in places}
    triggers = [t for t in triggers if t.start not in place_starts or not _after_word_of(norm_text, t, "place_head")]
    times = [_to_normalized(normalized, mention)
             for mention in find_times(text, normalized, published or date.today())]
    speech_ends = [c.end for c in cues if c.cue.kind == "speech"]
    taken = [(m.start, m.end) for m in (*triggers, *cues, *places, *times)]
    actors = named_speakers(norm_text, actors, speech_ends, taken)
    name_ends = {a.end for a in actors} - actor_ends
    if name_ends:
        # a form that is verb or noun ("قتل") right after a name found only now ("العقيد حسان
        # الشيخ قتل") is that name's verb
        triggers = [replace(t, trigger=_reading(m, norm_text, name_ends))
                    if _end_of_word_before(norm_text, t.start) in name_ends else t
                    for t, m in zip(triggers, kept_matches)]
    sentences = _without_tag_line(norm_text, split_sentences(norm_text))
    return Document(text, published, normalized, sentences, actors, triggers, cues, places, times,
                    is_title)


# A keyword line is a short list of topics; a longer line after such a word is a sentence.
TAG_LINE_MAX_WORDS = 15
END_MARKS = (".", "!", "?", "؟")


def _without_tag_line(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences less a site's closing line of keywords ("سمات لبنان غارة إسرائيل"; cues.tsv
    kind tag_line): the last sentence, a tag word first, no end mark, a few words, on a line of its
    own or after the end mark of the sentence before (some pages run it into the last paragraph).
    It names the article's topics; read as a sentence, its words would make events."""
    if not sentences:
        return sentences
    last = sentences[-1]
    line = text[last.start:last.end].strip()
    before = text[:last.start].rstrip()
    own_line = "\n" in text[len(before):last.start]
    if (before and not own_line and not before.endswith(END_MARKS)) or text[last.end:].strip():
        return sentences
    opens = any(line.startswith(tag) and line[len(tag):len(tag) + 1] in ("", " ", ":")
                for tag in cue_words("tag_line"))
    if opens and len(line.split()) <= TAG_LINE_MAX_WORDS and not any(mark in line for mark in END_MARKS):
        return sentences[:-1]
    return sentences


def _names_a_region(text: str, actor: ActorSpan) -> bool:
    """A seat right after a word of kind `province_word`, with no clitic on it ("منطقة الرياض")."""
    return actor.start == actor.stem_start and _after_word_of(text, actor, "province_word")


def _after_word_of(text: str, span: ActorSpan | TriggerSpan, kind: str) -> bool:
    """The word right before the actor or trigger is one of a cues.tsv word list."""
    before = text[max(0, span.start - 20):span.start].rstrip().rsplit(maxsplit=1)
    return bool(before) and before[-1] in cue_words(kind)


def _reading(match: Match, text: str, actor_ends: set[int]) -> Trigger:
    """Verb or noun, for forms that are both ("قصف", "دعم"): a verb where a clause starts, after
    و/ف, after a verb marker (قد، ثم …) or right after its subject; a noun elsewhere ("أو قصف …")."""
    verbs = [t for t in match.payloads if t.pos == "verb"]
    nouns = [t for t in match.payloads if t.pos == "noun"]
    if not verbs or not nouns:
        return _first_met(match.payloads, text, match.end)
    before = text[:match.start].rstrip()
    previous_word = before.rsplit(" ", 1)[-1] if before else ""
    clause_start = not before or before[-1] in ",.;:!?\"'(" or match.stem_start > match.start
    if clause_start or previous_word in cue_words("verb_marker") or len(before) in actor_ends:
        return _first_met(verbs, text, match.end)
    return _first_met(nouns, text, match.end)


def _cue_spans(text: str, normalized: Normalized) -> list[CueSpan]:
    """The cue words of the text, longest first (_spelled_reading on each). An article has two
    hundred or so, most of them function words ("في", "من"): each is made with tuple.__new__,
    without the Python-level constructor of a NamedTuple."""
    spans = []
    for match in longest_first(cue_lexicon().find(normalized.text)):
        if match.phrase.endswith("ه"):  # (the only matches _spelled_reading changes)
            match = _spelled_reading(text, normalized, match)
        if match.payloads:
            spans.append(_new_cue(CueSpan, (match.start, match.end, match.stem_start, match.payloads[0],
                                            match.phrase)))
    return spans


_new_cue = tuple.__new__


def _spelled_reading(text: str, normalized: Normalized, match: Match) -> Match:
    """The match less its verb readings when the text spells its last letter ة: normalising
    writes ة as ه, so "طالبة" (a student) and "طالبه" (he asked him) meet, but no verb ends in ة
    (nor does a speech verb: "تابعة لتنظيم" is no "تابع", he went on). For triggers and cues."""
    if not match.phrase.endswith("ه") or all(t.pos != "verb" for t in match.payloads) \
            or text[normalized.position(match.end - 1)] != "ة":
        return match
    return match._replace(payloads=tuple(t for t in match.payloads if t.pos != "verb"))


def _after_stance_verb(text: str, position: int) -> bool:
    """The word before `position`, less a proclitic و/ف, is a verb of kind own_stance."""
    end = _end_of_word_before(text, position)
    word = text[max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1:end]
    return in_word_list(word, cue_words("own_stance"), letters="وف")


def _end_of_word_before(text: str, position: int) -> int:
    """Where the text before `position` ends, less the spaces: `len(text[:position].rstrip())`."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _first_met(readings: list[Trigger], text: str, end: int) -> Trigger:
    """Of one form's readings, the one whose required word follows nearest ("أطلق … صواريخ"
    launches, "أطلق … سراح" releases); the first of all when none does."""
    if len(readings) == 1:
        return readings[0]
    placed = [(at, index) for index, t in enumerate(readings)
              if (at := required_word_at(t, text, end)) is not None]
    return readings[min(placed)[1]] if placed else readings[0]


def _overlaps(start: int, end: int, actors: list[ActorSpan], starts: list[int]) -> bool:
    """Whether [start, end) overlaps one of the actors (sorted by start)."""
    index = bisect.bisect_left(starts, end)
    return any(actor.end > start for actor in actors[max(0, index - 3):index])


# Actors whose names may hold a place name that is no place: "بشار الأسد", "ولاية سيناء"
# (Gazetteer.find_places reads no place, and takes no country hint, inside them).
NAMED_KINDS = ("person", "group")
HOME_MENTIONS = 2  # the mentions that make a state the article's own (Document.home_state)


def _to_normalized(normalized: Normalized, mention: Mention) -> Mention:
    start = normalized.from_original(mention.start)
    end = normalized.from_original(mention.end)
    return Mention(start, end, mention.kind, mention.value, mention.role)
