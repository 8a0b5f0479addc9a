"""Normalisation for matching, with a map from every normalised character back to the original.

The stored text stays exactly as given; matching runs on the normalised form, and every
offset found there is mapped back with `Normalized.to_original`.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Presentation forms (ﻻ, ﷲ …) expand to several letters under NFKC.
_PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFC))


@lru_cache(maxsize=1)
def _letters() -> dict:
    return json.loads(resources.files("marsad.arabic").joinpath("data/letters.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _translation() -> tuple[dict[int, str | None], re.Pattern]:
    """The str.translate table, and a pattern for the characters that change the length."""
    data = _letters()
    table: dict[int, str | None] = {ord(c): None for c in data["drop"]}
    table.update({ord(c): v for c, v in data["fold"].items()})
    for letter in range(ord("A"), ord("Z") + 1):
        table[letter] = chr(letter).lower()
    for low, high in _PRESENTATION_RANGES:
        for code in range(low, high + 1):
            expanded = unicodedata.normalize("NFKC", chr(code))
            if expanded != chr(code):
                table[code] = "".join(table.get(ord(c), c) or "" for c in expanded)
    length_changing = [chr(c) for c, v in table.items() if v is None or len(v) != 1]
    pattern = re.compile("[" + "".join(re.escape(c) for c in length_changing) + "]")
    return table, pattern


@dataclass(frozen=True)
class Normalized:
    """A normalised text and, where it differs in length, the source offset of each character."""

    text: str
    offsets: list[int] | None  # None: one-to-one with the original
    original_length: int

    def position(self, index: int) -> int:
        """The original offset of normalised character `index`."""
        if self.offsets is None:
            return min(index, self.original_length)
        if index >= len(self.offsets):
            return self.original_length
        return self.offsets[index]

    def from_original(self, position: int) -> int:
        """The normalised offset of original offset `position` (the first character at or after it)."""
        if self.offsets is None:
            return position
        return bisect.bisect_left(self.offsets, position)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span back to the original text."""
        if end <= start:
            begin = self.position(start)
            return begin, begin
        return self.position(start), self.position(end - 1) + 1


def normalize(text: str) -> Normalized:
    """Fold diacritics, tatweel, alef/ya/ta-marbuta variants and digits; keep an offset map."""
    table, length_changing = _translation()
    folded = _fold(text)
    if not length_changing.search(text):
        return Normalized(folded, None, len(text))
    offsets: list[int] = []
    position = 0
    for match in length_changing.finditer(text):
        offsets.extend(range(position, match.start()))
        offsets.extend([match.start()] * len(table[ord(match.group())] or ""))
        position = match.end()
    offsets.extend(range(position, len(text)))
    return Normalized(folded, offsets, len(text))


def fold(text: str) -> str:
    """The matching form of a text, without an offset map and without caching: for whole
    articles (norm caches its answers, which pays for words and phrases, not for texts)."""
    return _fold(text)


@lru_cache(maxsize=1)
def _fold_steps() -> tuple[list[tuple[str, str]], re.Pattern, dict[str, str]]:
    """How `_fold` applies the table: the letter folds of letters.json (most of what news text
    changes: ة، أ، ى، إ، the Arabic comma …) one str.replace each, then one regex pass for every
    other character the table changes, with what each becomes. No replaced character's value
    holds a character of the table, so the steps cannot interfere."""
    table = _translation()[0]
    keys = {chr(code) for code in table}
    replaced = [(char, table[ord(char)] or "") for char in _letters()["fold"]
                if not keys.intersection(table[ord(char)] or "")]
    done = {char for char, _ in replaced}
    others = {chr(code): value or "" for code, value in table.items()
              if value != chr(code) and chr(code) not in done}
    return replaced, re.compile("[" + "".join(re.escape(c) for c in others) + "]"), others


def _fold(text: str) -> str:
    """`text.translate(table)`, about four times faster: translate looks every character up in
    the table, whereas str.replace skips through the text in C, and the regex finds the few
    characters left."""
    replaced, pattern, others = _fold_steps()
    for char, value in replaced:
        text = text.replace(char, value)
    return pattern.sub(lambda found: others[found.group()], text)


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """The matching form of a string (for lexicon entries and lookups)."""
    return fold(text)
