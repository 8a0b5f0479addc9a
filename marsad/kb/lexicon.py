"""A multi-word phrase matcher over normalised text, aware of Arabic proclitics.

Phrases are stored in their matching form (see marsad.arabic.norm) and compiled into one
Aho-Corasick automaton together with their proclitic variants ("لواشنطن", "وللولايات المتحدة"),
so a whole article is scanned in one pass in C.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, NamedTuple

import ahocorasick

from marsad.arabic.normalize import norm

NOUN_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
# ل + ال is written لل: "للولايات" is "ل" + "الولايات".
LAM_ARTICLE = ("لل", "ولل", "فلل")
VERB_PROCLITICS = ("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل")

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z\u0621-\u063a\u0641-\u064a\u0660-\u0669\u0671-\u06d3]")
# The same characters less the space: replacing a space by a space changes nothing, and an
# article has hundreds of spaces, each a costly replacement (same result, several times faster).
_NON_WORD_NON_SPACE = re.compile(r"[^ 0-9a-z\u0621-\u063a\u0641-\u064a\u0660-\u0669\u0671-\u06d3]")


class Match(NamedTuple):
    """A phrase found in normalised text: [start, end) covers the clitics, [stem_start, end) the phrase."""

    start: int
    end: int
    stem_start: int
    phrase: str
    payloads: tuple[Any, ...]
    lam_article: bool = False  # written "لل…": the article's alef was absorbed by the preposition


def phrase_key(phrase: str) -> str:
    """The matching form of a phrase: normalised, single spaces."""
    return _SPACES.sub(" ", norm(phrase)).strip()


_new_match = tuple.__new__


class Lexicon:
    """Phrases with payloads; `find` returns every boundary-aligned occurrence."""

    def __init__(self) -> None:
        # surface -> {(phrase, written with لل): payloads}
        self._variants: dict[str, dict[tuple[str, bool], list[Any]]] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, phrase: str, payload: Any, proclitics: Iterable[str] = NOUN_PROCLITICS) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        for prefix in proclitics:
            self._add_surface(prefix + key, (key, False), payload)
        if key.startswith("ال") and "ل" in proclitics:
            for prefix in LAM_ARTICLE:
                self._add_surface(prefix + key[2:], (key, True), payload)
        self._automaton = None

    def _add_surface(self, surface: str, key: tuple[str, bool], payload: Any) -> None:
        spaced = " " + _NON_WORD.sub(" ", surface) + " "
        payloads = self._variants.setdefault(spaced, {}).setdefault(key, [])
        if payload not in payloads:
            payloads.append(payload)

    def __len__(self) -> int:
        return len(self._variants)

    def compile(self) -> "Lexicon":
        automaton = ahocorasick.Automaton()
        for surface, by_phrase in self._variants.items():
            # the phrase's length in the text, less the alef a لل absorbed: stem_start = end - that
            items = tuple((phrase, lam, tuple(payloads), len(phrase) - (1 if lam else 0))
                          for (phrase, lam), payloads in by_phrase.items())
            automaton.add_word(surface, (len(surface), items))
        automaton.make_automaton()
        self._automaton = automaton
        return self

    def find(self, text: str) -> list[Match]:
        """All occurrences in normalised `text` that start and end at word boundaries."""
        if self._automaton is None:
            self.compile()
        if not len(self._automaton):
            return []
        matches = []
        # Surfaces are stored between spaces and searched in the text with every non-word
        # character made a space, so only whole words can match.
        for last, (size, items) in self._automaton.iter(_spaced(text)):
            start, end = last - size + 1, last - 1  # in `text`: without the two spaces
            for phrase, lam_article, payloads, stem_length in items:
                # the same value as Match(...), without its Python-level __new__: an article
                # gives hundreds of matches
                matches.append(_new_match(Match, (start, end, end - stem_length, phrase, payloads, lam_article)))
        return matches

    def occurs_in(self, text: str) -> bool:
        """Whether any phrase occurs in normalised `text`: `find` that stops at the first match."""
        if self._automaton is None:
            self.compile()
        return len(self._automaton) > 0 and next(self._automaton.iter(_spaced(text)), None) is not None


@lru_cache(maxsize=8)
def _spaced(text: str) -> str:
    """` text `, with every character that is not a letter or digit made a space (same offsets + 1)."""
    return " " + _NON_WORD_NON_SPACE.sub(" ", text) + " "


def longest_first(matches: list[Match]) -> list[Match]:
    """Leftmost-longest matches that do not overlap, in text order. Of two readings of the same
    words, the one with fewer clitics wins ("كما" is the word كما, not ك + ما)."""
    chosen: list[Match] = []
    taken_until = -1
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.stem_start)):
        if match.start >= taken_until:
            chosen.append(match)
            taken_until = match.end
    return chosen
