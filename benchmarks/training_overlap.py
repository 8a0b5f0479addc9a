"""Keep the evaluation sentences out of the training sentences.

    .venv/bin/python benchmarks/training_overlap.py          # list overlaps, exit 1 if any
    .venv/bin/python benchmarks/training_overlap.py --drop   # rewrite training files without them

The sentence model (marsad.extraction.reports) is trained on sentences the project wrote
(training/sentences/) and measured on ../shared/eval/gsr. A training sentence that shares a run
of N words (after folding) with a GSR sentence or span record is dropped, so that the figure
measures what the model learned, not what it was shown; many such runs are only stock phrases
("أسفر عن مقتل 15 شخصا"), and they go too. Skips when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from marsad.arabic import fold
from marsad.arabic.tokens import WORD

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training" / "sentences"
GSR = ROOT.parent / "shared" / "eval" / "gsr"
RUN = 5  # words


def runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    words = WORD.findall(fold(text))
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def evaluation_runs(gsr: Path = GSR, n: int = RUN) -> set[tuple[str, ...]]:
    """Every n-word run of the GSR sentences and span records."""
    found: set[tuple[str, ...]] = set()
    for path in sorted(gsr.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                found |= runs(row["text"], n)
    for path in sorted(gsr.glob("*.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            found |= runs(record.get("text", ""), n)
    return found


def overlapping(training: Path = TRAINING, gsr: Path = GSR, n: int = RUN) -> list[tuple[Path, int, str]]:
    """(file, line number, shared run) for each training sentence that shares a run with the GSR."""
    seen = evaluation_runs(gsr, n)
    hits = []
    for path in sorted(training.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                shared = runs(json.loads(line)["text"], n) & seen
                if shared:
                    hits.append((path, number, " ".join(min(shared))))
    return hits


def drop(hits: list[tuple[Path, int, str]]) -> None:
    by_file: dict[Path, set[int]] = {}
    for path, number, _ in hits:
        by_file.setdefault(path, set()).add(number)
    for path, numbers in by_file.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [line for number, line in enumerate(lines, start=1) if number not in numbers]
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drop", action="store_true", help="rewrite the training files without the overlaps")
    args = parser.parse_args(argv)
    if not GSR.exists():
        print(f"skipped: {GSR} is absent", file=sys.stderr)
        return 0
    hits = overlapping()
    for path, number, shared in hits:
        print(f"{path.name}:{number}: shares «{shared}»")
    print(f"{len(hits)} training sentences share a {RUN}-word run with the GSR", file=sys.stderr)
    if args.drop and hits:
        drop(hits)
        print("dropped", file=sys.stderr)
        return 0
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
