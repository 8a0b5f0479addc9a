"""Event triggers and attribution cues, compiled from triggers.tsv and cues.tsv."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import norm
from marsad.kb.lexicon import NOUN_PROCLITICS, VERB_PROCLITICS, Lexicon
from marsad.kb.tables import read_tsv, split_forms

# A required word that must begin the word right after the trigger (triggers.tsv "requires").
NEXT_WORD = "^"
PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")
PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "ن", "وا")
# The suffixes that are the verb's own plural or dual subject ("قصفوا", "يقصفون", "اجتمعا"). Such
# a verb follows its subject: a verb before its subject is singular ("قصف الجنود", not "قصفوا").
PLURAL_PAST_SUFFIXES = ("ا", "تا", "وا")
PLURAL_PRESENT_SUFFIXES = ("ون", "ان", "وا")
OBJECT_PRONOUNS = ("", "ه", "ها", "هم", "هما", "كم", "نا", "ني")
# A noun's possessor ("اعتداءاتها", "زيارته"): its doer, or for a harm who suffered it.
POSSESSIVE_PRONOUNS = ("ه", "ها", "هم", "هما")


@dataclass(frozen=True)
class Trigger:
    """What a trigger word means: an event type and mode, as a verb or a noun."""

    type: str
    mode: str | None
    pos: str  # "verb" | "noun"
    preps: tuple[str, ...]
    requires: tuple[str, ...] = ()
    tense: str = "past"  # verbs: "past" | "present"
    genitive: str = "agent"  # nouns: what a bare genitive after them is ("agent" | "patient" | "destination" | "backing")
    object_pronoun: bool = False  # verbs: the form carries an object pronoun ("دانتها", "قصفوه")
    plural_subject: bool = False  # verbs: the form carries a plural or dual subject ("يهاجمون")
    by_army: str | None = None  # the type it is when an army does it (backing by arms is AID)
    participle: bool = False  # verbs: a circumstantial participle ("داعيا"), its doer named before it
    mutual: bool = False  # with no target named, coordinated doers act on each other (signing)


@dataclass(frozen=True)
class Cue:
    kind: str
    pos: str
    tense: str = "past"


def verb_forms(spec: str, pronouns: tuple[str, ...] = OBJECT_PRONOUNS,
               past_suffixes: tuple[str, ...] = PAST_SUFFIXES,
               present_suffixes: tuple[str, ...] = PRESENT_SUFFIXES) -> list[tuple[str, str]]:
    """Inflected surface forms of a 'past:present' spec, with their tense, carrying each of
    `pronouns` as an object and each of the subject suffixes; a bare form is itself."""
    if ":" not in spec:
        # A listed form is past unless it carries the present prefix ي, or ت on a weak
        # present ending in a long vowel (تنفي، تدعو).
        form = norm(spec)
        present = form.startswith("ي") or (form.startswith("ت") and form.endswith(("ي", "و")))
        return [(spec, "present" if present else "past")]
    past, present = spec.split(":")
    forms = []
    for suffix in past_suffixes:
        for pronoun in pronouns:
            # object pronouns attach to -وا as -و (قصفوه)
            stem = past + (suffix[:-1] if suffix == "وا" and pronoun else suffix)
            forms.append((stem + pronoun, "past"))
    for prefix in PRESENT_PREFIXES:
        for suffix in present_suffixes:
            for pronoun in pronouns:
                # and so does the present's -وا (يقصفوه)
                ending = suffix[:-1] if suffix == "وا" and pronoun else suffix
                forms.append((prefix + present + ending + pronoun, "present"))
    return forms


def _plural_subject_forms(spec: str) -> set[str]:
    """The forms of a spec that can only carry a plural or dual subject: not also made with
    another subject suffix and some object pronoun. A listed form is no such form."""
    if ":" not in spec:
        return set()
    plural = {form for form, _ in verb_forms(spec, past_suffixes=PLURAL_PAST_SUFFIXES,
                                             present_suffixes=PLURAL_PRESENT_SUFFIXES)}
    other = {form for form, _ in verb_forms(
        spec, past_suffixes=tuple(s for s in PAST_SUFFIXES if s not in PLURAL_PAST_SUFFIXES),
        present_suffixes=tuple(s for s in PRESENT_SUFFIXES if s not in PLURAL_PRESENT_SUFFIXES))}
    return plural - other


def noun_forms(form: str) -> list[str]:
    """A noun as written, with the article, in the accusative with tanwin alef ("هجوما",
    "احتجاجا") where its last letter takes one, with a possessive pronoun, and in the dual."""
    if norm(form).startswith("ال"):
        return [form]
    words = form.split()
    definite = " ".join(w if norm(w).startswith("ال") else "ال" + w for w in words)
    accusative = " ".join(w + "ا" if norm(w)[-1:] not in ("ه", "ا", "ي", "ء", "و") else w
                          for w in words)
    if len(words) > 1:  # "اتصال هاتفي" → "اتصالا هاتفيا"
        accusative = " ".join(w + "ا" if norm(w).endswith("ي") and i else w
                              for i, w in enumerate(accusative.split()))
    possessed = [] if len(words) > 1 or norm(form).endswith(POSSESSIVE_PRONOUNS) and form[-1:] != "ة" else \
        [(form[:-1] + "ت" if form.endswith("ة") else form) + pronoun for pronoun in POSSESSIVE_PRONOUNS]
    return list(dict.fromkeys([form, definite, accusative, *possessed, *_duals(form)]))


def _duals(form: str) -> list[str]:
    """The dual of a singular noun, bare and definite, in both cases ("انفجارين", "الغارتين",
    "هجومان"), and of a noun with its adjective ("تفجيرين انتحاريين", "سيارتين مفخختين"). None
    for a plural in ات, a word ending in a long vowel, a word of three letters (often a plural:
    "تهم") or a noun with its genitive ("محاولة اغتيال": "محاولتي اغتيال")."""
    words = form.split()
    if len(words) > 2 or len(words) == 2 and not _adjective_of(words[0], words[1]):
        return []
    if norm(words[0]).endswith(("ات", "ا", "ي", "و", "ء")) or any(len(norm(w)) < 4 for w in words):
        return []
    duals = []
    for prefix in ("", "ال"):
        for ending in ("ين", "ان"):
            duals.append(" ".join(prefix + _dual_stem(w) + ending for w in words))
    return duals


def _dual_stem(word: str) -> str:
    return word[:-1] + "ت" if word.endswith("ة") else word


def _adjective_of(noun: str, word: str) -> bool:
    """Whether `word` reads as an adjective agreeing with `noun`, not its genitive: feminine
    after feminine ("عبوة ناسفة"), a nisba after a masculine noun ("هجوم انتحاري")."""
    if norm(word).startswith("ال"):
        return False
    if noun.endswith("ة"):
        return word.endswith("ة")
    return norm(word).endswith("ي")


@lru_cache(maxsize=1)
def _not_triggers() -> frozenset[str]:
    text = resources.files("marsad.kb").joinpath("data/not_triggers.txt").read_text("utf-8")
    return frozenset(norm(line.strip()) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


class _TriggerLexicon(Lexicon):
    """A lexicon that refuses the forms listed in not_triggers.txt, unless the trigger requires
    its next word: that word tells the reading ("فجر نفسه" is the verb, "فجر الخميس" dawn)."""

    def _add_surface(self, surface, key, payload):
        if surface not in _not_triggers() or any(r.startswith(NEXT_WORD) for r in payload.requires):
            super()._add_surface(surface, key, payload)


# A past verb takes only و and ف: "لخطف" and "بقتل" are verbal nouns ("لخطف جنود"), and
# س and ل (of purpose) go before a present verb only ("سيقصف", "ليقصف"). Only the forms made
# from a "past:present" spec are known to be past: a listed "تزور" may be either.
PAST_PROCLITICS = ("", "و", "ف")


@lru_cache(maxsize=1)
def trigger_lexicon() -> Lexicon:
    """Every trigger form, with its Trigger payload."""
    lexicon = _TriggerLexicon()
    for row in read_tsv("triggers.tsv"):
        mode = row["mode"] or None
        preps = tuple(norm(p) for p in split_forms(row["preps"]))
        requires = tuple(norm(r) for r in split_forms(row["requires"]))
        genitive = row["genitive"] or "agent"
        by_army = row["army"] or None
        if row["form"] not in ("", "participle", "mutual"):
            raise ValueError(f"triggers.tsv: unknown form {row['form']!r} (only 'participle' or 'mutual')")
        participle, mutual = row["form"] == "participle", row["form"] == "mutual"
        specs = split_forms(row["verbs"])
        listed = set(specs)
        for spec in specs:
            bare = {form for form, _ in verb_forms(spec, pronouns=("",))}
            plural = _plural_subject_forms(spec)
            for form, tense in verb_forms(spec):
                # a listed form with a pronoun is listed beside its form without ("دانت", "دانتها")
                pronoun = form not in bare or any(p and form.endswith(p) and form[:-len(p)] in listed
                                                  for p in OBJECT_PRONOUNS)
                lexicon.add(form, Trigger(row["type"], mode, "verb", preps, requires, tense, genitive,
                                          object_pronoun=pronoun, plural_subject=form in plural,
                                          by_army=by_army, participle=participle, mutual=mutual),
                            PAST_PROCLITICS if tense == "past" and ":" in spec else VERB_PROCLITICS)
        for form in split_forms(row["nouns"]):
            trigger = Trigger(row["type"], mode, "noun", preps,
                              requires if not row["verbs"] else (), genitive=genitive, by_army=by_army,
                              mutual=mutual)
            for variant in noun_forms(form):
                lexicon.add(variant, trigger, NOUN_PROCLITICS)
    return lexicon.compile()


# Kinds of cues.tsv that are only word lists, read with cue_words and not marked in the text.
WORD_LIST_KINDS = frozenset({"another", "divine", "withheld", "accident", "sport", "comparison",
                             "body_head", "border", "closed_matter", "crowd",
                             "new_item", "market", "named_meeting",
                             "object_pronoun", "accused", "claim", "claim_announced",
                             "pronoun_subject", "broken_truce", "declined", "charge", "honorific",
                             "province_word", "carrier_noun", "context_opener", "place_direction",
                             "unknown_body", "witnessed", "announce", "meeting_frame", "attend",
                             "topic_head", "own_stance", "portfolio_head", "envoy_title",
                             "future_adjective", "continuation", "statement_detail",
                             "member_head", "addressee", "holder", "construct_end",
                             "future_pronoun_subject", "commentator", "subsidised", "subsidy_cut",
                             "act_to_do", "receiving", "press_review", "source_noun", "received_crowd",
                             "subject_noun", "act_series", "placing_word", "place_head", "group_anaphor", "tag_line", "receive", "adjective_organ", "envoy_to",
                             "passive_support", "service_aim"})


# Kinds of cues.tsv that are particles: كـ ("as") goes before nouns only, so "كان" (was) is no
# ك + أن and "كلم" no ك + لم.
PARTICLE_KINDS = frozenset({"negation", "complementizer", "conditional", "verb_marker", "relative",
                            "preposition", "narrative", "future", "clause_start"})
PARTICLE_PROCLITICS = tuple(p for p in NOUN_PROCLITICS if "ك" not in p)


@lru_cache(maxsize=1)
def cue_lexicon() -> Lexicon:
    """Attribution and modality cues."""
    lexicon = Lexicon()
    for row in read_tsv("cues.tsv"):
        if row["kind"] in WORD_LIST_KINDS:
            continue
        for spec in split_forms(row["verbs"]):
            for form, tense in verb_forms(spec):
                lexicon.add(form, Cue(row["kind"], "verb", tense), VERB_PROCLITICS)
        proclitics = PARTICLE_PROCLITICS if row["kind"] in PARTICLE_KINDS else NOUN_PROCLITICS
        for form in split_forms(row["forms"]):
            lexicon.add(form, Cue(row["kind"], "word"), proclitics)
    return lexicon.compile()


# One proclitic letter before a listed word ("بنادي", "لمؤتمر", "وبحدود", "لمستشفى").
NOUN_PROCLITIC_LETTERS = "وفبلك"


def in_word_list(word: str, words: frozenset[str], letters: str = NOUN_PROCLITIC_LETTERS) -> bool:
    """`word` is one of `words` (normalised), as written or after one proclitic letter of `letters`."""
    return word in words or word[:1] in letters and word[1:] in words


@lru_cache(maxsize=None)
def cue_words(kind: str) -> frozenset[str]:
    """The normalised single forms of one kind of cue (prepositions, relative pronouns …)."""
    return frozenset(norm(form) for row in read_tsv("cues.tsv") if row["kind"] == kind
                     for form in split_forms(row["forms"]))


# How far after a trigger its required word may stand, in characters (a few words).
REQUIRED_WITHIN = 80
# A word of normalised text: the requirement check here and the argument reading of
# marsad.extraction.events must agree on what a word is.
NORM_WORD = re.compile(r"[0-9a-z\u0621-\u064a]+")


def requirement_met(trigger: Trigger, text: str, end: int) -> bool:
    """A required word of `trigger` stands within a few words after `end` in normalised `text`;
    one marked NEXT_WORD ("^نفسه") must begin the very next word ("فجر نفسه", not "فجر أمس")."""
    return not trigger.requires or next(_required_positions(trigger, text, end), None) is not None


def required_word_at(trigger: Trigger, text: str, end: int) -> int | None:
    """Where the nearest required word of `trigger` after `end` starts (`end` when it has none),
    or None when none stands within REQUIRED_WITHIN."""
    return min(_required_positions(trigger, text, end), default=None)


def _required_positions(trigger: Trigger, text: str, end: int):
    """The positions of `trigger`'s required words after `end`, lazily (`end` when it has none)."""
    required = trigger.requires
    if not required:
        yield end
        return
    window = text[end: end + REQUIRED_WITHIN]
    following = NORM_WORD.match(text, end + 1) if end + 1 < len(text) else None
    next_word = following.group() if following is not None and following.start() == end + 1 else ""
    for word in required:
        if word.startswith(NEXT_WORD):
            if next_word.lstrip("و").startswith(word[len(NEXT_WORD):]) or next_word.startswith(word[len(NEXT_WORD):]):
                yield end + 1
        else:
            for form in _required_forms(word):
                at = window.find(form)
                if at >= 0:
                    yield end + at


def _required_forms(word: str) -> tuple[str, ...]:
    """A required word as written, and without its article: in a construct ("مسؤولية التفجير")
    and before a suffix pronoun, where a final ة is written ت ("حملته مسؤوليتها")."""
    bare = word[2:] if word.startswith("ال") else word
    if bare.endswith(("ة", "ه")):
        return word, bare, bare[:-1] + "ت"
    return (word,)
