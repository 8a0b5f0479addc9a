"""Actor and place recognition measured on the NER corpora in ../shared/eval/ner.

    .venv/bin/python benchmarks/ner_eval.py [--ner-dir DIR] [--limit N]

Each corpus is read as sentences of (token, tag) pairs; the sentence text is rebuilt from the
tokens (one space between tokens; a lone proclitic token و ف ب ل ك is written onto the next word,
as the newspaper wrote it) with a map from every token to its character span. The rebuilt text
goes through `marsad.extraction.document.analyse`, and the actors and places it finds are mapped
back to that text, widened to the tokens they touch, and compared with the gold spans per class:

- exact: the same first and last token (so a proclitic or a comma written on a gold token does
  not count against us; a title before a person's name is left out, as the corpora tag names);
- partial: the spans share a token (each gold span and each system span is used once).

Tag mapping (gold -> class; anything else is not scored):

    class  NewsFANE (fine-grained, ACE coarse class)              ANERcorp  Wojood     Marsad
    PERS   Politician Athlete Artist Other_PER Religious_PER      PERS      PERS       actor of kind person
           Scientist Businessperson Lawyer Engineer Police                             (title + name included)
    ORG    Government Non-Governmental Media Sports Commercial    ORG       ORG        actor of kind group, organ,
           Educational Medical-Science Entertainment Religious_ORG                     organ+country
    LOC    Nation Population-Center State-or-Province GPE-Cluster LOC       GPE, LOC   place mention, or actor of
           County-or-District Continent Water-Body                                     kind state or seat
           Land-Region-Natural Celestial

NewsFANE's PER "Group" (nationalities and communities: "الصينيون"), facilities, vehicles,
weapons and products, ANERcorp's MISC and Wojood's other types are not scored: a system span
that overlaps one of them is neither right nor wrong. Marsad's titles without a name, generic
agents ("مسلحون"), demonyms and anaphors are not names and are not scored either.

Wojood is nested: each tag column is read as its own layer of BIO spans.
Files that are absent are skipped with a note.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from marsad.extraction.document import analyse
from marsad.kb.actors import actor_lexicon
from marsad.kb.lexicon import longest_first

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CLASSES = ("PERS", "ORG", "LOC")

NEWSFANE_CLASS = {
    **dict.fromkeys(("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                     "Businessperson", "Lawyer", "Engineer", "Police"), "PERS"),
    **dict.fromkeys(("Government", "Non-Governmental", "Media", "Sports", "Commercial",
                     "Educational", "Medical-Science", "Entertainment", "Religious_ORG"), "ORG"),
    **dict.fromkeys(("Nation", "Population-Center", "State-or-Province", "GPE-Cluster",
                     "County-or-District", "Continent", "Water-Body", "Land-Region-Natural",
                     "Celestial"), "LOC"),
}
ANERCORP_CLASS = {"PERS": "PERS", "ORG": "ORG", "LOC": "LOC"}
WOJOOD_CLASS = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}

# Marsad actor kinds -> class; kinds not listed are not names (titles, agents, demonyms, anaphors).
ACTOR_CLASS = {"person": "PERS", "group": "ORG", "organ": "ORG", "organ+country": "ORG",
               "state": "LOC", "seat": "LOC"}
PROCLITICS = frozenset("وفبلك")
IGNORED = "-"  # gold spans of a type that is not scored
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200e\u200f"), None)


@dataclass
class Sentence:
    tokens: list[str]
    layers: list[list[str]]  # one tag sequence per layer (Wojood nests; the others have one)


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    exact: int = 0
    partial: int = 0


@dataclass
class Result:
    name: str
    sentences: int = 0
    seconds: float = 0.0
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CLASSES})


# --------------------------------------------------------------------------- reading

def read_conll(path: Path, separator: str | None) -> list[Sentence]:
    """Sentences of a token-per-line file with BIO tags; blank lines end sentences."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[list[str]] = []

    def flush() -> None:
        if tokens:
            depth = max(len(t) for t in tags)
            layers = [[t[i] if i < len(t) else "O" for t in tags] for i in range(depth)]
            sentences.append(Sentence(list(tokens), layers))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.translate(_INVISIBLE).strip().split(separator)
            if len(parts) < 2 or not parts[0]:
                flush()
                continue
            tokens.append(parts[0])
            tags.append(parts[1:])
    flush()
    return sentences


def gold_spans(sentence: Sentence, mapping: dict[str, str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, class or IGNORED) of every BIO span of every layer."""
    spans = []
    for layer in sentence.layers:
        start, label = None, None
        for index, tag in enumerate([*layer, "O"]):
            prefix, _, name = tag.partition("-")
            continues = prefix == "I" and start is not None and name == label
            if continues:
                continue
            if start is not None:
                spans.append((start, index, mapping.get(label, IGNORED)))
                start, label = None, None
            if prefix in ("B", "I"):  # an I- without its B- opens a span too
                start, label = index, name
    return spans


def rebuild(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text and each token's character span in it."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    position = 0
    glue = False  # the previous token was a lone proclitic
    for token in tokens:
        if parts and not glue:
            parts.append(" ")
            position += 1
        offsets.append((position, position + len(token)))
        parts.append(token)
        position += len(token)
        glue = token in PROCLITICS
    return "".join(parts), offsets


# --------------------------------------------------------------------------- system spans

def system_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, class) of the names Marsad finds in `text`, in its character offsets."""
    doc = analyse(text, None)
    name_starts = _person_name_starts(doc.norm)
    spans = set()
    for actor in doc.actors:
        label = ACTOR_CLASS.get(actor.kind)
        if label is not None:
            stem_start = actor.stem_start
            if label == "PERS":
                named = doc.norm[actor.stem_start:actor.end]
                name = actor.actor.name or ""
                # a person joined to its title ("وزير الدفاع الياس المر") is measured by its name
                stem_start = name_starts.get(actor.end, actor.end - len(name) if name and named.endswith(name)
                                             else actor.stem_start)
            start, end = doc.original(max(stem_start, actor.stem_start), actor.end)
            spans.add((start, end, label))
    for place in doc.places:
        start, end = doc.original(place.start, place.end)
        spans.add((start, end, "LOC"))
    return sorted(spans)


def _person_name_starts(norm_text: str) -> dict[int, int]:
    """end -> stem start of each person name in the knowledge base, so that a person actor
    joined to its title ("الرئيس السوري بشار الأسد") is measured by its name alone."""
    starts = {}
    for match in longest_first(actor_lexicon().find(norm_text)):
        if any(getattr(p, "kind", None) == "person" for p in match.payloads):
            starts[match.end] = match.stem_start
    return starts


def to_tokens(start: int, end: int, offsets: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The token span [first, last + 1) that the character span [start, end) touches."""
    touched = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
    return (touched[0], touched[-1] + 1) if touched else None


# --------------------------------------------------------------------------- scoring

def _pair(golds: list[tuple[int, int]], systems: list[tuple[int, int]], exact: bool) -> int:
    """Greedy one-to-one pairs: exact equality, or any overlap (largest overlap first)."""
    if exact:
        return len(set(golds) & set(systems))
    options = sorted(((min(g[1], s[1]) - max(g[0], s[0]), i, j)
                      for i, g in enumerate(golds) for j, s in enumerate(systems)
                      if g[0] < s[1] and s[0] < g[1]), reverse=True)
    used_gold, used_system = set(), set()
    for _, i, j in options:
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
    return len(used_gold)


def score_sentence(result: Result, gold: list[tuple[int, int, str]],
                   system: list[tuple[int, int, str]]) -> None:
    ignored = [(s, e) for s, e, label in gold if label == IGNORED]
    for label in CLASSES:
        golds = sorted({(s, e) for s, e, c in gold if c == label})
        systems = [(s, e) for s, e, c in system if c == label
                   and not any(s < ie and is_ < e for is_, ie in ignored)]
        counts = result.counts[label]
        counts.gold += len(golds)
        counts.system += len(systems)
        counts.exact += _pair(golds, systems, exact=True)
        counts.partial += _pair(golds, systems, exact=False)


def evaluate(name: str, sentences: list[Sentence], mapping: dict[str, str]) -> Result:
    result = Result(name, len(sentences))
    began = time.perf_counter()
    for sentence in sentences:
        text, offsets = rebuild(sentence.tokens)
        system = []
        for start, end, label in system_spans(text):
            tokens = to_tokens(start, end, offsets)
            if tokens is not None:
                system.append((*tokens, label))
        score_sentence(result, gold_spans(sentence, mapping), system)
    result.seconds = time.perf_counter() - began
    return result


# --------------------------------------------------------------------------- report

def _prf(tp: int, system: int, gold: int) -> tuple[float, float, float]:
    p = tp / system if system else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def format_results(results: list[Result]) -> str:
    header = (f"{'corpus':<10}{'class':<6}{'gold':>7}{'system':>8}"
              f"{'P exact':>9}{'R exact':>9}{'F1 exact':>10}{'P part':>8}{'R part':>8}{'F1 part':>9}")
    lines = [header, "-" * len(header)]
    for result in results:
        total = Counts()
        for label in CLASSES:
            c = result.counts[label]
            total.gold += c.gold
            total.system += c.system
            total.exact += c.exact
            total.partial += c.partial
        for label, c in [*result.counts.items(), ("all", total)]:
            exact = _prf(c.exact, c.system, c.gold)
            partial = _prf(c.partial, c.system, c.gold)
            lines.append(f"{result.name:<10}{label:<6}{c.gold:>7}{c.system:>8}"
                         + "".join(f"{v:>9.3f}" for v in exact[:2]) + f"{exact[2]:>10.3f}"
                         + "".join(f"{v:>8.3f}" for v in partial[:2]) + f"{partial[2]:>9.3f}")
        lines.append(f"{'':<10}({result.sentences} sentences, {result.seconds:.1f} s)")
    return "\n".join(lines)


def corpora(directory: Path) -> list[tuple[str, list[Path], str | None, dict[str, str]]]:
    """(name, files, column separator, tag mapping) of each corpus."""
    wojood = directory / "wojood-sample"
    return [
        ("NewsFANE", [directory / "NewsFANE_Gold_2014_170K.txt"], "\t", NEWSFANE_CLASS),
        ("ANERcorp", [directory / "ANERCorp_CamelLab_test.txt"], None, ANERCORP_CLASS),
        ("Wojood", [wojood / f"{part}.txt" for part in ("train", "val", "test")], None, WOJOOD_CLASS),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ner-dir", type=Path, default=SHARED / "eval" / "ner")
    parser.add_argument("--limit", type=int, help="at most this many sentences per corpus")
    args = parser.parse_args(argv)
    results = []
    for name, files, separator, mapping in corpora(args.ner_dir):
        present = [f for f in files if f.exists()]
        if not present:
            print(f"{name}: not found under {args.ner_dir}, skipped", file=sys.stderr)
            continue
        sentences = [s for f in present for s in read_conll(f, separator)]
        results.append(evaluate(name, sentences[: args.limit], mapping))
    if not results:
        print("no NER corpus found; nothing measured", file=sys.stderr)
        return 0
    print(format_results(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
