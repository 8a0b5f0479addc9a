"""Does a sentence report an act as news, or name it in passing?

"قتل مسلحون أربعة من رجال الشرطة أمس" reports an attack; "استنكر الوزير الاعتداء", "محاكمة
المتهمين بالتفجير" and "تراجع عدد الهجمات" only name one. The coding guide codes the first and
not the others (background, references, statistics), and rules alone miss many of them. A small
linear model over each sentence's words and what the extractor found in it says which is which.

The model is trained at build time by marsad.extraction.train_reports from sentences the project
wrote itself (training/sentences/); without it, every candidate event stays (the rule path).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.arabic.tokens import WORD, best_split
from marsad.errors import MarsadError
from marsad.extraction.document import Document
from marsad.model import Event, Sentence

MODEL_FILE = "data/report_model.json"
# The model judges acts told as facts. An alleged act is a claim the sentence reports, and a
# negated, future or hypothetical one already says that it did not (yet) happen.
JUDGED_MODALITIES = ("asserted",)
NEAR = 4  # words each side of a trigger that describe how it is used


@dataclass(frozen=True)
class TypeModel:
    """A logistic model for one event type: P(report) = sigmoid(bias + Σ weights of features)."""

    bias: float
    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, features: set[str]) -> float:
        # fsum: exact, so the score does not depend on the order of the set (hash seeding): a
        # sentence right at the threshold would otherwise be kept in one run and not the next
        score = self.bias + math.fsum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(frozen=True)
class ReportModel:
    types: dict[str, TypeModel]
    sentences: dict[str, int] = field(default_factory=dict)  # training sentences per type

    @classmethod
    def from_json(cls, data: dict) -> "ReportModel":
        return cls({name: TypeModel(float(m["bias"]), {k: float(v) for k, v in m["weights"].items()},
                                    float(m.get("threshold", 0.5)))
                    for name, m in data["types"].items()},
                   {name: int(f["sentences"]) for name, f in data.get("figures", {}).items()})

    def describe(self) -> str:
        trained = ", ".join(f"{name} ({self.sentences.get(name, '?')} training sentences)"
                            for name in sorted(self.types))
        return f"sentence model: {trained}"

    @classmethod
    def load(cls, path: str | Path) -> "ReportModel":
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def model_path() -> Path:
    return Path(str(resources.files("marsad.extraction").joinpath(MODEL_FILE)))


@lru_cache(maxsize=1)
def default_model() -> ReportModel | None:
    """The model built with the package, or None when it was not built."""
    path = model_path()
    if not path.exists():
        return None
    try:
        return ReportModel.load(path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise MarsadError(f"{path}: the sentence model is unreadable ({error}); "
                          f"rebuild it with `make model`") from None


def describe_default() -> str:
    """One line for reports: which sentence model the extraction used, if any."""
    model = default_model()
    return model.describe() if model is not None else "sentence model: not built (rules only; `make model`)"


def sentence_features(doc: Document, sentence: Sentence, event_type: str) -> set[str]:
    """What the model sees of one sentence: its word stems and stem pairs, its first word, the
    words near this type's triggers, and what the extractor found there (trigger types and
    forms, attribution and modality cues, actor kinds, times, places). Not the sentence's length:
    in the training sentences it tells positives from negatives by how they were written, which
    does not carry over to news."""
    words = WORD.findall(doc.norm, sentence.start, sentence.end)  # the words of doc.word_starts
    stems = ["#" if w.isdigit() else best_split(w)[1] for w in words]  # a count is a count
    features = {f"w:{s}" for s in stems}
    features |= {f"b:{a}_{b}" for a, b in zip(stems, stems[1:])}
    features.add(f"first:{stems[0] if stems else '^'}")
    first_word = doc.word_index(sentence.start)
    cues = doc.within("cues", sentence)
    cue_positions = [(doc.word_index(cue.start) - first_word, cue.cue.kind) for cue in cues]  # read once
    for trigger in doc.within("triggers", sentence):
        rule = trigger.trigger
        features.add(f"t:{rule.type}:{rule.pos}")
        if rule.type != event_type:
            continue
        at = doc.word_index(trigger.start) - first_word  # the trigger's word in `stems`
        features.add(f"this:{rule.pos}:{rule.mode or '-'}")
        features.add(f"this-prefix:{trigger.prefix or '-'}")
        features.add(f"before-this:{stems[at - 1] if at > 0 else '^'}")
        features.add(f"after-this:{stems[at + 1] if at + 1 < len(stems) else '$'}")
        features.add(f"this-at:{min(at // 5, 4)}")
        features |= {f"near:{stems[i]}" for i in range(max(0, at - NEAR), min(len(stems), at + NEAR + 1))
                     if i != at}
        features |= {f"near-c:{kind}" for cue_at, kind in cue_positions if abs(cue_at - at) <= NEAR}
    features |= {f"c:{cue.cue.kind}" for cue in cues}
    features |= {f"a:{actor.kind}" for actor in doc.within("actors", sentence)}
    if doc.within("times", sentence):
        features.add("time")
    if doc.within("places", sentence):
        features.add("place")
    return features


def reported_only(doc: Document, events: list[Event], model: ReportModel | None = None,
                  dropped: list[tuple[Event, float]] | None = None) -> list[Event]:
    """The events whose sentence the model reads as telling an act of their type; events of
    types it has no model for, and acts not told as facts (alleged, negated, future,
    hypothetical), stay. `dropped`, when given, collects (event, probability) for the others."""
    model = model if model is not None else default_model()
    if model is None or not events:
        return events
    sentences = _sentences_by_evidence(doc)
    probabilities: dict[tuple[int, str], float] = {}  # one reading per sentence and type
    kept = []
    for event in events:
        type_model = model.types.get(event.type)
        sentence = sentences.get(_evidence_key(event))
        if type_model is None or sentence is None or event.modality not in JUDGED_MODALITIES:
            kept.append(event)
            continue
        key = (sentence.start, event.type)
        if key not in probabilities:
            probabilities[key] = type_model.probability(sentence_features(doc, sentence, event.type))
        if probabilities[key] >= type_model.threshold:
            kept.append(event)
        elif dropped is not None:
            dropped.append((event, probabilities[key]))
    return kept


def _evidence_key(event: Event) -> tuple[int, int] | str:
    """Body evidence is found by its offsets; a title's (-1/-1) by its text."""
    evidence = event.evidence
    return evidence.text if evidence.start < 0 else (evidence.start, evidence.end)


def _sentences_by_evidence(doc: Document) -> dict:
    found: dict = {}
    for sentence in doc.sentences:
        begin, end = doc.original(sentence.start, sentence.end)
        found[(begin, end)] = sentence
        found.setdefault(doc.text[begin:end], sentence)
    return found
