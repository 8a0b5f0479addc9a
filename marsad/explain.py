"""Why Marsad coded what it coded: for each sentence of an article, the actors, places and times
it recognised, the triggers, every candidate event and why it was kept or dropped.

Candidates come from marsad.extraction.events (its `explain` hook records the dropped ones);
an event the sentence model (marsad.extraction.reports) reads as named in passing is marked so,
with its probability, and one the pipeline leaves out because the article already tells it is
marked "repeated".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.extraction.document import Document, analyse
from marsad.extraction.events import Candidate
from marsad.extraction.pipeline import _without_repeats, read_events
from marsad.model import Actor, Article, Event, Sentence

KEPT = "kept"
REPEATED = "repeated: the article tells this event already"
PASSING = "named in passing, not reported (sentence model, p={:.2f})"
UNRECORDED = "dropped (no reason recorded)"


@dataclass
class CandidateView:
    """One candidate event: its trigger, arguments and whether (and why) it was kept."""

    trigger: str
    type: str
    source: str
    target: str
    modality: str
    reason: str  # KEPT, REPEATED or why it was dropped
    claimant: str = ""
    date: str = ""
    place: str = ""

    @property
    def kept(self) -> bool:
        return self.reason == KEPT


@dataclass
class SentenceView:
    start: int  # original offsets; -1/-1 for a title
    end: int
    text: str
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    candidates: list[CandidateView] = field(default_factory=list)


@dataclass
class Explanation:
    article_id: str
    part: str  # "title" | "body"
    sentences: list[SentenceView]


def explain_article(article: Article) -> list[Explanation]:
    """The title (when there is one) and the body of `article`, explained sentence by sentence."""
    parts = [("body", article.text, False)] + ([("title", article.title, True)] if article.title else [])
    analysed = []
    for part, text, is_title in parts:
        doc = analyse(text, article.published, is_title=is_title)
        drops: list[tuple[Candidate, str]] = []
        passing: list[tuple[Event, float]] = []
        events = read_events(doc, article.id, explain=drops, dropped=passing)
        analysed.append((part, doc, events, drops, passing))
    body_events = analysed[0][2]
    title_events = analysed[1][2] if len(analysed) > 1 else []
    kept = {id(e) for e in _without_repeats(body_events, title_events)}
    explanations = [Explanation(article.id, part, [_sentence_view(doc, s, events, drops, passing, kept)
                                                   for s in doc.sentences])
                    for part, doc, events, drops, passing in analysed]
    return explanations[::-1]  # the title first, as a reader meets it


def _sentence_view(doc: Document, sentence: Sentence, events: list[Event],
                   drops: list[tuple[Candidate, str]], passing: list[tuple[Event, float]],
                   kept: set[int]) -> SentenceView:
    begin, end = doc.original(sentence.start, sentence.end)
    inside = lambda span: sentence.start <= span.start < sentence.end  # noqa: E731
    view = SentenceView(-1 if doc.is_title else begin, -1 if doc.is_title else end, doc.text[begin:end])
    for actor in filter(inside, doc.actors):
        view.actors.append(f"{_words(doc, actor)} → {_actor_label(actor.actor)} ({actor.kind})")
    for place in filter(inside, doc.places):
        value = place.value
        view.places.append(f"{doc.original_text(place.start, place.end)} → {value.name or '?'}"
                           f"{', ' + value.country if value.country else ''}")
    for time in filter(inside, doc.times):
        when = time.value
        view.times.append(f"{doc.original_text(time.start, time.end)} → {_range(when.start, when.end)}"
                          f" ({when.precision})")
    triggers = list(filter(inside, doc.triggers))
    for trigger in triggers:
        rule = trigger.trigger
        view.triggers.append(f"{doc.original_text(trigger.stem_start, trigger.end)} → {rule.type}"
                             f"{'/' + rule.mode if rule.mode else ''} ({rule.pos})")
    explained: set[int] = set()  # trigger starts with a candidate shown
    mine = [(e, KEPT if id(e) in kept else REPEATED) for e in events]
    mine += [(e, PASSING.format(probability)) for e, probability in passing]
    for event, reason in mine:
        if (event.evidence.start, event.evidence.end, event.evidence.text) != (view.start, view.end, view.text):
            continue
        view.candidates.append(_event_view(event, reason))
        # a trigger is the event's own, or part of it ("مقتل" and "إصابة" of "مقتل وإصابة")
        explained |= {t.start for t in triggers
                      if doc.original_text(t.stem_start, t.end) in event.trigger}
    for candidate, reason in drops:
        if candidate.sentence.start == sentence.start:
            view.candidates.append(_candidate_view(doc, candidate, reason))
            explained.add(candidate.trigger.start)
    for trigger in triggers:
        if trigger.start not in explained:
            view.candidates.append(CandidateView(doc.original_text(trigger.stem_start, trigger.end),
                                                 trigger.trigger.type, "-", "-", "-", UNRECORDED))
    return view


def _event_view(event: Event, reason: str) -> CandidateView:
    place = event.location.name or event.location.text if event.location else ""
    return CandidateView(event.trigger, event.type + (f"/{event.mode}" if event.mode else ""),
                         _actor_label(event.source), _actor_label(event.target), event.modality,
                         reason, _actor_label(event.claimant) if event.claimant else "",
                         _range(event.date.start, event.date.end), place or "")


def _candidate_view(doc: Document, candidate: Candidate, reason: str) -> CandidateView:
    def label(span) -> str:
        return "-" if span is None else _actor_label(span.actor, _words(doc, span))

    trigger = candidate.trigger
    return CandidateView(doc.original_text(trigger.stem_start, trigger.end), trigger.trigger.type,
                         label(candidate.source), label(candidate.target), candidate.modality,
                         reason, label(candidate.claimant) if candidate.claimant else "")


def _words(doc: Document, span) -> str:
    """An actor's words without proclitics ("للولايات" is ل + "الولايات")."""
    return ("ا" if span.lam_article else "") + doc.original_text(span.stem_start, span.end)


def _actor_label(actor: Actor | None, text: str = "") -> str:
    if actor is None:
        return "-"
    code = actor.group or actor.code or "?"
    sectors = "/".join(actor.sector)
    words = text or actor.text
    return f"{code}{' ' + sectors if sectors else ''}{f' «{words}»' if words else ''}"


def _range(start, end) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def format_explanation(explanations: list[Explanation]) -> str:
    """Plain text: each sentence, what was found in it, and each candidate with its fate."""
    lines: list[str] = []
    for explanation in explanations:
        lines.append(f"== {explanation.article_id} · {explanation.part} ==")
        for number, sentence in enumerate(explanation.sentences, start=1):
            where = "title" if sentence.start < 0 else f"{sentence.start}-{sentence.end}"
            lines.append(f"[{number}] {where}: {' '.join(sentence.text.split())}")
            for label, items in (("actors", sentence.actors), ("places", sentence.places),
                                 ("times", sentence.times), ("triggers", sentence.triggers)):
                if items:
                    lines.append(f"    {label + ':':<10}" + " · ".join(items))
            for candidate in sentence.candidates:
                mark = "+" if candidate.kept else "-"
                details = [f"source {candidate.source}", f"target {candidate.target}", candidate.modality]
                if candidate.claimant:
                    details.append(f"claimant {candidate.claimant}")
                if candidate.date:
                    details.append(candidate.date)
                if candidate.place:
                    details.append(candidate.place)
                lines.append(f"    {mark} {candidate.trigger} {candidate.type}: {', '.join(details)}"
                             f" — {candidate.reason}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
