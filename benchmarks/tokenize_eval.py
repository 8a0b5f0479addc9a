"""Clitic splitting measured against the Universal Dependencies segmentation of ar_pud.

    .venv/bin/python benchmarks/tokenize_eval.py [--conllu FILE]

ar_pud writes each clitic as a syntactic word of its own: a multi-word token range ("1-2") when
the file has one, else consecutive words joined by SpaceAfter=No ("ب" + "النسبة", "نشرت" + "ها").
Both are rebuilt here into the written word and its UD split points (character positions inside
the word where one syntactic word ends and the next begins); punctuation ends a written word.
Both sides are normalised with `marsad.arabic.norm` before comparing. Words that are not all
letters (numbers, Latin) are left out.

What is compared (the article ال is part of its noun in UD, so it is never a split point;
"لل" is ل + ال, split after the ل):

- no split: the baseline that splits nothing;
- tokenize: the single split `marsad.arabic.tokenize` gives (proclitics only, by design);
- longest readings: the first reading of `proclitic_splits` (longest proclitics first) with the
  longest enclitic of `enclitic_splits`;
- coverage: how often UD's segmentation is among the proclitic x enclitic readings the two
  functions offer, i.e. whether lexicon lookups over the readings can find the right stem at all.

Reported: word-level accuracy (same set of split points), and precision/recall/F1 of split
points over all words; also the accuracy on the words UD splits.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from marsad.arabic import norm
from marsad.arabic.tokens import WORD, best_split as tokenizer_split, clitics, enclitic_splits, proclitic_splits

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEFAULT = SHARED / "eval" / "ud" / "ar_pud-ud-test.conllu"


@dataclass(frozen=True)
class Word:
    text: str  # normalised written word
    splits: frozenset[int]  # UD split points


# --------------------------------------------------------------------------- reading

def read_words(path: Path) -> list[Word]:
    """The written words of a CoNLL-U file with their UD split points."""
    words: list[Word] = []
    pieces: list[str] = []

    def flush() -> None:
        if pieces:
            text = "".join(pieces)
            points, position = set(), 0
            for piece in pieces[:-1]:
                position += len(piece)
                points.add(position)
            if WORD.fullmatch(text) and not any(c.isdigit() or c.isascii() for c in text):
                words.append(Word(text, frozenset(points)))
        pieces.clear()

    range_end, range_glued = 0, False  # the current "a-b" range: its last word, no space after
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            if len(columns) != 10 or not columns[0][:1].isdigit() or "." in columns[0]:
                flush()  # comments, blank lines, empty nodes
                continue
            identifier, form, upos, misc = columns[0], columns[1], columns[3], columns[9]
            glued = "SpaceAfter=No" in misc.split("|")
            if "-" in identifier:  # a multi-word token: the words that follow are its pieces
                flush()
                range_end, range_glued = int(identifier.split("-")[1]), glued
                continue
            if upos == "PUNCT":
                flush()
                continue
            pieces.append(norm(form))
            number = int(identifier)
            if number < range_end:
                continue
            if not (range_glued if number == range_end else glued):
                flush()
    flush()
    return words


# --------------------------------------------------------------------------- our splits

def prefix_points(prefix: str) -> set[int]:
    """Split points inside a proclitic string: after the conjunction and after the preposition
    or future particle; the article is not split off ("لل" is ل + ال: a point after the ل)."""
    data = clitics()
    points, position = set(), 0
    if prefix[:1] in data["conjunctions"]:
        position += 1
        points.add(position)
    if prefix[position:position + 1] in [*data["prepositions"], *data["future"]] \
            and prefix[position:] != "ال":
        position += 1
        points.add(position)
    return points


def reading_points(word: str, prefix: str, suffix: str) -> frozenset[int]:
    points = prefix_points(prefix)
    if suffix:
        points.add(len(word) - len(suffix))
    return frozenset(p for p in points if 0 < p < len(word))


def no_split(word: str) -> frozenset[int]:
    return frozenset()


def best_split(word: str) -> frozenset[int]:
    prefix, _, suffix = tokenizer_split(word)
    return reading_points(word, prefix, suffix)


def longest_readings(word: str) -> frozenset[int]:
    prefix, rest = proclitic_splits(word)[0]
    enclitics = [e for _, e in enclitic_splits(rest) if e]
    return reading_points(word, prefix, max(enclitics, key=len) if enclitics else "")


def all_readings(word: str) -> set[frozenset[int]]:
    readings = set()
    for prefix, rest in proclitic_splits(word):
        for _, enclitic in enclitic_splits(rest):
            readings.add(reading_points(word, prefix, enclitic))
    return readings


# --------------------------------------------------------------------------- scoring

@dataclass
class Score:
    name: str
    words: int = 0
    correct: int = 0
    split_words: int = 0  # words UD splits
    split_correct: int = 0
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, word: Word, points: frozenset[int]) -> None:
        self.words += 1
        self.correct += points == word.splits
        if word.splits:
            self.split_words += 1
            self.split_correct += points == word.splits
        self.tp += len(points & word.splits)
        self.predicted += len(points)
        self.gold += len(word.splits)

    def row(self) -> str:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        accuracy = self.correct / self.words if self.words else 0.0
        split_accuracy = self.split_correct / self.split_words if self.split_words else 0.0
        return (f"{self.name:<26}{accuracy:>9.3f}{split_accuracy:>12.3f}"
                f"{p:>8.3f}{r:>8.3f}{f:>8.3f}")


def evaluate(words: list[Word]) -> tuple[list[Score], int, int]:
    """The scores of each method, and how many words (and split words) some reading covers."""
    methods = [("no split", no_split), ("tokenize (best split)", best_split),
               ("longest readings", longest_readings)]
    scores = [Score(name) for name, _ in methods]
    covered = covered_split = 0
    for word in words:
        for score, (_, method) in zip(scores, methods):
            score.add(word, method(word.text))
        if word.splits in all_readings(word.text):
            covered += 1
            covered_split += bool(word.splits)
    return scores, covered, covered_split


def format_scores(scores: list[Score], covered: int, covered_split: int) -> str:
    header = f"{'method':<26}{'word acc':>9}{'acc (split)':>12}{'P':>8}{'R':>8}{'F1':>8}"
    first = scores[0]
    return "\n".join([
        header, "-" * len(header), *(s.row() for s in scores),
        f"coverage: UD's segmentation is among our readings for {covered / first.words:.3f} of words "
        f"({covered_split / first.split_words:.3f} of the words UD splits)",
        f"({first.words} words, {first.split_words} split by UD, {first.gold} UD split points)"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    if not args.conllu.exists():
        print(f"{args.conllu}: not found, nothing measured", file=sys.stderr)
        return 0
    print(format_scores(*evaluate(read_words(args.conllu))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
