"""The project's training sentences (training/sentences/): well formed, unique, and free of the
evaluation sentences."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training" / "sentences"
GSR = ROOT.parent / "shared" / "eval" / "gsr"


def rows():
    for path in sorted(TRAINING.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            yield path.name, number, line


def test_every_line_is_a_labelled_arabic_sentence():
    files = {name for name, _, _ in rows()}
    assert {"protest.jsonl"} < files and any(name.startswith("assault") for name in files)
    for name, number, line in rows():
        row = json.loads(line)
        assert set(row) == {"text", "label", "kind"}, f"{name}:{number}"
        assert row["label"] in (0, 1) and row["kind"], f"{name}:{number}"
        assert any("\u0621" <= ch <= "\u064a" for ch in row["text"]), f"{name}:{number}"


def test_no_sentence_is_written_twice():
    texts = [json.loads(line)["text"].strip() for _, _, line in rows()]
    assert len(texts) == len(set(texts))


def test_each_type_has_both_labels_in_fair_shares():
    by_type: dict[str, list[int]] = {}
    for name, _, line in rows():
        by_type.setdefault(name.split("_")[0].split(".")[0], []).append(json.loads(line)["label"])
    for labels in by_type.values():
        assert 0.3 < sum(labels) / len(labels) < 0.7


@pytest.mark.skipif(not GSR.exists(), reason="../shared/eval/gsr is absent")
def test_no_training_sentence_shares_a_run_of_words_with_the_evaluation_set():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from training_overlap import overlapping

    assert overlapping() == []
