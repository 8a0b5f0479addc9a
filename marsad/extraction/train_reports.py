"""Train the sentence model of marsad.extraction.reports from the project's own sentences.

    python -m marsad.extraction.train_reports [--data training/sentences] [--output FILE]

Each `<type>_*.jsonl` (or `<type>.jsonl`) file of the data folder holds sentences the project
wrote, one JSON object per line: {"text": ..., "label": 1 or 0, "kind": ...}; label 1 when the
sentence reports an act of that type, 0 when it names one in passing or not at all. One logistic
regression per type (scikit-learn, the `train` extra), its regularisation chosen by
cross-validation on the training sentences; the weights go to a JSON file that the extractor
reads without scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from marsad.extraction.document import analyse
from marsad.extraction.reports import model_path, sentence_features
from marsad.model import Sentence

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "training" / "sentences"
MIN_COUNT = 2  # a feature seen once says nothing general
C_GRID = (0.1, 0.3, 1.0, 3.0)
FOLDS = 5
SEED = 13


def read_sentences(folder: str | Path) -> dict[str, list[tuple[str, int]]]:
    """(text, label) pairs per event type, from the folder's JSON Lines files."""
    by_type: dict[str, list[tuple[str, int]]] = defaultdict(list)
    files = sorted(Path(folder).glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"{folder}: no training sentences (*.jsonl)")
    for path in files:
        event_type = path.stem.split("_")[0].upper()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                by_type[event_type].append((row["text"], int(row["label"])))
            except (ValueError, KeyError) as error:
                raise ValueError(f"{path}:{number}: not a training sentence ({error})") from None
    return dict(by_type)


def features_of(text: str, event_type: str) -> set[str]:
    """The features of one training text, read as one sentence, as the extractor reads it."""
    doc = analyse(text, None)
    return sentence_features(doc, Sentence(0, len(doc.norm), doc.norm), event_type)


def train_type(rows: list[tuple[str, int]], event_type: str) -> tuple[dict, dict]:
    """The fitted model of one type as JSON-ready data, and its cross-validated figures."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.metrics import precision_recall_fscore_support

    counts: dict[str, int] = defaultdict(int)
    samples = []
    for text, _ in rows:
        features = features_of(text, event_type)
        samples.append(features)
        for feature in features:
            counts[feature] += 1
    kept = [{f: 1 for f in features if counts[f] >= MIN_COUNT} for features in samples]
    labels = [label for _, label in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept).tocsr()
    matrix.indices = matrix.indices.astype("int32")  # liblinear takes 32-bit indices only
    matrix.indptr = matrix.indptr.astype("int32")
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    best = None
    for c in C_GRID:
        model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear")
        predicted = cross_val_predict(model, matrix, labels, cv=folds)
        p, r, f, _ = precision_recall_fscore_support(labels, predicted, average="binary")
        if best is None or f > best["f1"]:
            best = {"C": c, "precision": round(float(p), 3), "recall": round(float(r), 3),
                    "f1": round(float(f), 3)}
    model = LogisticRegression(C=best["C"], class_weight="balanced", solver="liblinear")
    model.fit(matrix, labels)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if abs(w) >= 1e-4}
    figures = {"sentences": len(rows), "positives": sum(labels), "features": len(weights), **best}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": weights, "threshold": 0.5}, figures


def train(folder: str | Path) -> tuple[dict, dict]:
    """The whole model (every type in the folder) and the cross-validated figures per type."""
    types, figures = {}, {}
    for event_type, rows in sorted(read_sentences(folder).items()):
        types[event_type], figures[event_type] = train_type(rows, event_type)
    return {"types": types, "figures": figures}, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="folder of training JSON Lines files")
    parser.add_argument("--output", default=str(model_path()), help="where to write the model (JSON)")
    args = parser.parse_args(argv)
    try:
        model, figures = train(args.data)
    except (FileNotFoundError, ValueError) as error:
        print(f"train_reports: {error}", file=sys.stderr)
        return 1
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    for event_type, row in figures.items():
        print(f"{event_type}: {row['sentences']} sentences ({row['positives']} reports), C {row['C']}, "
              f"cross-validated P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}, "
              f"{row['features']} weights", file=sys.stderr)
    print(f"model written to {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
