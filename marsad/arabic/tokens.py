"""Tokens with their clitics separated for lookup."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import Normalized
from marsad.model import Token

WORD = re.compile(r"[0-9a-z\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")


@lru_cache(maxsize=1)
def clitics() -> dict:
    return json.loads(resources.files("marsad.arabic").joinpath("data/clitics.json").read_text("utf-8"))


def proclitic_splits(word: str) -> list[tuple[str, str]]:
    """Every (proclitics, rest) reading of a normalised word, longest proclitics first."""
    data = clitics()
    minimum = data["min_stem"]
    splits = [("", word)]
    for conj in ["", *data["conjunctions"]]:
        if not word.startswith(conj):
            continue
        after_conj = word[len(conj):]
        for middle in ["", *data["prepositions"], *data["future"]]:
            if not after_conj.startswith(middle):
                continue
            rest = after_conj[len(middle):]
            prefix = conj + middle
            if prefix and len(rest) >= minimum:
                splits.append((prefix, rest))
            if rest.startswith("ال") and len(rest) - 2 >= minimum:
                splits.append((prefix + "ال", rest[2:]))
        if after_conj.startswith(data["lam_article"]) and len(after_conj) - 2 >= minimum:
            splits.append((conj + "لل", after_conj[2:]))  # لل = ل + ال
    splits = list(dict.fromkeys(splits))
    splits.sort(key=lambda split: -len(split[0]))
    return splits


def enclitic_splits(word: str) -> list[tuple[str, str]]:
    """Every (rest, enclitic) reading, including none."""
    data = clitics()
    splits = [(word, "")]
    for enclitic in data["enclitics"]:
        if word.endswith(enclitic) and len(word) - len(enclitic) >= data["min_stem"] + 1:
            splits.append((word[: -len(enclitic)], enclitic))
    return splits


@lru_cache(maxsize=1 << 16)  # news repeats its words; a split depends on the word alone
def best_split(word: str) -> tuple[str, str, str]:
    """A single guess without a lexicon: strip the article and the clitics before it only when
    the rest stays three letters long; keep enclitics (too ambiguous without a lexicon)."""
    for prefix, rest in proclitic_splits(word):
        if prefix.endswith("ال") or prefix.endswith("لل"):
            if len(rest) >= 2:
                return prefix, rest, ""
        elif prefix and len(rest) >= 4:
            return prefix, rest, ""
    return "", word, ""


def tokenize(normalized: Normalized, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of normalised text (optionally of normalised [start, end)), offsets in the original."""
    text = normalized.text
    end = len(text) if end is None else end
    tokens = []
    for match in WORD.finditer(text, start, end):
        word = match.group()
        prefix, stem, suffix = best_split(word)
        original_start, original_end = normalized.to_original(match.start(), match.end())
        tokens.append(Token(original_start, original_end, word, stem, prefix, suffix))
    return tokens
