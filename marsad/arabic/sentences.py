"""Sentence splitting that respects quotes, brackets, numbers and abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import norm
from marsad.model import Sentence

# A run of end marks, or a run of newlines: `[.!?؟…]+|\n+`, written to begin with one character
# class so that re can skip quickly to the next mark (an alternation is tried at every position,
# about five times slower on an article). After a newline only newlines follow.
_CANDIDATE = re.compile(r"[.!?؟…\n](?:(?<=\n)\n*|[.!?؟…]*)")
_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_TRAILING = "\"'»”)]’"
# An unclosed quote or bracket may not hold a sentence open for longer than this.
_MAX_HELD = 600


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    lines = resources.files("marsad.arabic").joinpath("data/abbreviations.txt").read_text("utf-8").splitlines()
    return frozenset(norm(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


_BRACKETS = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS) + '"') + "]")


def _depth_changes(text: str) -> list[tuple[int, int]]:
    """(offset, depth after it) at each bracket or quote; straight quotes toggle."""
    depth, changes, straight_open = 0, [], False
    for found in _BRACKETS.finditer(text):
        index, ch = found.start(), found.group()
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth > 0:
            depth -= 1
        elif ch == '"':
            straight_open = not straight_open
            depth += 1 if straight_open else -1
            depth = max(depth, 0)
        else:
            continue
        changes.append((index, depth))
    return changes


def _is_abbreviation(text: str, stop: int) -> bool:
    """A full stop after a single letter, letters joined by stops or a known abbreviation, or
    between digits."""
    if text[stop] != ".":
        return False
    if stop + 1 < len(text) and stop > 0 and text[stop - 1].isdigit() and text[stop + 1].isdigit():
        return True
    word_start = stop
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"«":
        word_start -= 1
    word = norm(text[word_start:stop])
    # "ا.ف.ب", "د.ب.أ": letters joined by stops are one abbreviation (a news agency's)
    return word in _abbreviations() or all(len(piece) == 1 for piece in word.split("."))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split text[start:end] into sentences with offsets into `text`, trimmed of spaces."""
    end = len(text) if end is None else end
    segment = text[start:end]
    changes = _depth_changes(segment)
    sentences: list[Sentence] = []
    begin = 0
    change_index, depth = 0, 0
    for match in _CANDIDATE.finditer(segment):
        while change_index < len(changes) and changes[change_index][0] < match.start():
            depth = changes[change_index][1]
            change_index += 1
        newline = "\n" in match.group()
        if not newline:
            if _is_abbreviation(segment, match.start()):
                continue
            if depth > 0 and match.start() - begin < _MAX_HELD:
                continue
        stop = match.end()
        while stop < len(segment) and segment[stop] in _TRAILING:
            stop += 1
        if newline:
            stop = match.start()
            depth = 0  # a paragraph break closes whatever was left open
        _append(sentences, text, start + begin, start + stop)
        begin = match.end() if newline else stop
    _append(sentences, text, start + begin, start + len(segment))
    return sentences


def _append(sentences: list[Sentence], text: str, begin: int, stop: int) -> None:
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if stop > begin:
        sentences.append(Sentence(begin, stop, text[begin:stop]))
