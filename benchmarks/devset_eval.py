"""Marsad's own dev set: extraction scored against our gold events (benchmarks/devset/).

    .venv/bin/python benchmarks/devset_eval.py --split tune      # the half to tune on
    .venv/bin/python benchmarks/devset_eval.py --split heldout   # report only; do not study its errors
    .venv/bin/python benchmarks/devset_eval.py --split all [--verbose]

The gold files hold labels only: evidence and actor texts are empty and the articles are read
at run time from ../shared/corpus/saudinewsnet/2015-08-11.zip (the folder beside the repository).
Prints levels 1-4, modality and claimant agreement and the type confusion table
(marsad.evaluate.format_report). Skips when ../shared is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "benchmarks" / "devset"
CORPUS_FILE = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "2015-08-11.zip"
SPLITS = {"tune": ("tune",), "heldout": ("heldout",), "all": ("tune", "heldout")}


def load_gold(split: str) -> list[dict]:
    """The gold records of one split ("tune", "heldout" or "all")."""
    from marsad.evaluate import load_jsonl

    records: list[dict] = []
    for name in SPLITS[split]:
        records += load_jsonl(DEVSET / f"{name}.jsonl")
    return records


def load_articles(article_ids: set[str], corpus: Path = CORPUS_FILE) -> dict:
    """Article id -> Article for the ids asked for, read from the corpus archive with marsad.read."""
    import marsad

    # Some records of the archive have no text; they are reported and skipped, as in the CLI.
    return {a.id: a for a in marsad.read(corpus, on_error=lambda error: None) if a.id in article_ids}


def with_evidence_text(record: dict, article) -> dict:
    """A copy of a gold record whose evidence text is filled from its offsets (title: the title)."""
    evidence = dict(record.get("evidence") or {})
    if not evidence.get("text"):
        start, end = evidence.get("start", -1), evidence.get("end", -1)
        evidence["text"] = article.title if start < 0 else article.text[start:end]
    return {**record, "evidence": evidence}


def run(split: str, verbose: bool = False) -> str:
    """Extract the split's articles and return the formatted score report."""
    import marsad
    from marsad.evaluate import format_report, score

    gold = load_gold(split)
    wanted = {g["article_id"] for g in gold}
    articles = load_articles(wanted)
    missing = wanted - set(articles)
    if missing:
        raise SystemExit(f"articles not found in {CORPUS_FILE}: {', '.join(sorted(missing))}")
    gold = [with_evidence_text(g, articles[g["article_id"]]) for g in gold]
    system = [e.to_record() for article_id in sorted(articles)
              for e in marsad.extract_article(articles[article_id])]
    header = (f"dev set, split {split}: {len(articles)} articles, {len(gold)} gold events, "
              f"{len(system)} system events")
    return header + "\n\n" + format_report(score(gold, system), verbose=verbose)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="tune")
    parser.add_argument("--verbose", action="store_true",
                        help="list missed and spurious events with their sentences")
    args = parser.parse_args(argv)
    if not CORPUS_FILE.is_file():
        print(f"skipped: {CORPUS_FILE} is absent")
        return 0
    print(run(args.split, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
