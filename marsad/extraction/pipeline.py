"""The extraction pipeline: one article in, its event records out."""

from __future__ import annotations

from datetime import date

from marsad.arabic import norm, normalize
from marsad.arabic.tokens import WORD
from marsad.extraction.document import Document, analyse
from marsad.extraction.events import find_events
from marsad.extraction.reports import reported_only
from marsad.kb.triggers import cue_words, trigger_lexicon
from marsad.model import Article, Event, Place, haversine_km

# Farther apart than this, two tellings of one type, actors and date are two events.
SAME_PLACE_KM = 50.0
NEW_ITEM_WORDS = 4  # the longest phrase of cues.tsv kind new_item
SAME_WORDING = 0.6  # share of words two sentences have in common when one copies the other


def extract_article(article: Article) -> list[Event]:
    """Every event the article reports, each once, body first and then what only the title says."""
    body = _without_partial_tellings(_text_events(article.text, article.published, article.id))
    title = _text_events(article.title, article.published, article.id, is_title=True) \
        if article.title else []
    return _without_repeats(body, title)


def _text_events(text: str, published: date | None, article_id: str, is_title: bool = False) -> list[Event]:
    """The events of an article's body or title. Every event starts from a trigger word, so a
    text without one tells none and is not analysed (on SaudiNewsNet, seven headlines in ten
    and one body in nine)."""
    normalized = normalize(text)
    if not trigger_lexicon().occurs_in(normalized.text):
        return []
    return read_events(analyse(text, published, is_title, normalized), article_id)


def read_events(doc: Document, article_id: str, explain: list | None = None,
                dropped: list | None = None) -> list[Event]:
    """The events of one analysed text: the rules' events, less those the sentence model reads
    as named in passing (marsad.extraction.reports). `explain` and `dropped` collect why
    candidates and events were left out, for `marsad explain`."""
    return reported_only(doc, find_events(doc, article_id, explain=explain), dropped=dropped)


def _without_partial_tellings(events: list[Event]) -> list[Event]:
    """One act told by two words of one sentence, one of them without a side the other names
    ("قتل أربعة أشخاص في تفجير سيارة مفخخة نفذه متشددون": the killing has its victims, the car
    bomb none), is one event: the fuller telling (coding guide: one operation, one record)."""
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.evidence.start, []).append(event)
    return [event for event in events
            if not any(_fuller(other, event) for other in by_sentence[event.evidence.start] if other is not event)]


def _fuller(other: Event, event: Event) -> bool:
    """`other` tells `event` with more: the same type, modality and dates, the same mode or
    none on `event`, each side `event` names the same in `other`, and a side `event` leaves out
    named. Two modes are two acts ("بقصف الأحياء وقتل المدنيين" keeps the shelling)."""
    if (other.type, other.modality, other.date) != (event.type, event.modality, event.date) \
            or event.mode not in (None, other.mode):
        return False
    sides = ((event.source, other.source), (event.target, other.target))
    return all(mine is None or (theirs is not None and _actor_key(mine) == _actor_key(theirs))
               for mine, theirs in sides) \
        and any(mine is None and theirs is not None for mine, theirs in sides)


def _without_repeats(body: list[Event], title: list[Event]) -> list[Event]:
    """The same event told twice is kept once: in the body, the same type, actors and dates in
    one sentence or in places no farther apart than SAME_PLACE_KM, or the same id (type, actors
    and modality of one sentence); from the title, only what the body does not already tell
    (_tells)."""
    kept: list[Event] = []
    seen: dict[tuple, list[Event]] = {}  # key -> the events kept with it
    ids: set[str] = set()  # one sentence read twice (two dates, say): its first reading stays
    for event in body:
        key = (event.type, _actor_key(event.source), _actor_key(event.target),
               event.date.start, event.date.end)
        same_key = seen.setdefault(key, [])
        if event.id in ids or any(_repeats(event, e) for e in same_key):
            continue
        same_key.append(event)
        ids.add(event.id)
        kept.append(event)
    told = [(e.type, _code(e.source), _code(e.target)) for e in kept]
    for event in title:
        key = (event.type, _code(event.source), _code(event.target))
        if not any(_tells(other, key) for other in told):
            told.append(key)
            kept.append(event)
    return kept


def _tells(told: tuple, key: tuple) -> bool:
    """Whether an event told as `told` (type, source, target) tells the title's `key`: the same
    type, and the same actor on each side the title names ("29 ضربة جوية بقيادة أمريكا" USA/- is
    told by the body's USA/ISIL)."""
    return told[0] == key[0] and all(side is None or side == other for side, other in zip(key[1:], told[1:]))


def _repeats(event: Event, told: Event) -> bool:
    """Whether `event` tells again `told`, an event of the same type, actors and dates told before:
    the same sentence, or a place no farther, unless the sentence calls it another act or opens
    another item of news in other words than the earlier one's (an article that prints one
    paragraph twice, each with its own opening, tells its act once)."""
    if told.evidence.start == event.evidence.start:
        return True
    if not _same_place(told.location, event.location) or _told_as_another(event):
        return False
    return not _opens_new_item(event.evidence.text) or _same_wording(event.evidence.text, told.evidence.text)


def _same_wording(a: str, b: str) -> bool:
    """Two sentences that share most of their words (Jaccard index of their word sets)."""
    words_a, words_b = set(WORD.findall(norm(a))), set(WORD.findall(norm(b)))
    return len(words_a & words_b) >= SAME_WORDING * len(words_a | words_b)


def _told_as_another(event: Event) -> bool:
    """Whether the sentence calls the act, or its doer, another one than told before: "another"
    or "similar" or "new" right after the trigger or in or after the doer's words ("كما شنت
    طائرات أخرى غارات مماثلة", "قصفت طائرة أخرى")."""
    another = cue_words("another")
    if event.source is not None and another.intersection(WORD.findall(norm(event.source.text))):
        return True
    words = WORD.findall(norm(event.evidence.text))
    for phrase in (event.trigger, event.source.text if event.source else ""):
        last = WORD.findall(norm(phrase))[-1:]
        if last and any(w == last[0] and i + 1 < len(words) and words[i + 1] in another
                        for i, w in enumerate(words)):
            return True
    return False


def _opens_new_item(sentence: str) -> bool:
    """The sentence begins, after its و, with words of kind `new_item` ("في غضون ذلك"، "من جهة أخرى")."""
    words = WORD.findall(norm(sentence))[:NEW_ITEM_WORDS]
    if words and words[0].startswith("و") and words[0] != "و":
        words[0] = words[0][1:]
    opening = " ".join(words)
    return any(opening == phrase or opening.startswith(phrase + " ") for phrase in cue_words("new_item"))


def _same_place(a: Place | None, b: Place | None) -> bool:
    """A place left unsaid or unmapped tells no two events apart; two mapped places far apart do
    ("clashes in Ibb" and "clashes in Hudaydah" the same day are two events)."""
    if a is None or b is None or None in (a.lat, a.lon, b.lat, b.lon):
        return True
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def _actor_key(actor) -> tuple | None:
    return None if actor is None else (actor.code, actor.group, actor.sector)


def _code(actor) -> tuple | None:
    """What a title's actor says of who it is: nothing for a countryless one ("مقتل 7 في انفجار"
    names no one the body's "7 أشخاص ليبيين" does not)."""
    if actor is None or actor.code is None and actor.group is None:
        return None
    return actor.code, actor.group
