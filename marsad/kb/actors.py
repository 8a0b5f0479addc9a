"""Actor recognition: the knowledge base compiled into one matcher, organisations it does not
know read from their head noun ("حزب الغد"), construct chains ("وزارة الدفاع الروسية",
"قوات النظام السوري", "مسلحو هيئة تحرير الشام", "مسلحين تابعين للمقاومة") joined into one
actor, anaphors and possessed forces ("طائراتها") pointed at the actor named before, and speakers
it does not know named by the text ("قال بيتر مورار رئيس اللجنة الدولية …", then "وطالب مورار").

Works on normalised text; every span here is in normalised coordinates.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import norm
from marsad.kb.entries import ActorEntry, load_actor_entries, people_offices
from marsad.kb.gazetteer import CUE_PROCLITICS, STRONG_CUES
from marsad.kb.lexicon import Lexicon, Match, longest_first
from marsad.kb.tables import read_tsv, split_forms
from marsad.kb.triggers import cue_words, in_word_list, trigger_lexicon
from marsad.model import Actor

# When one phrase is several kinds of entry, the more specific reading wins.
KIND_PRIORITY = {"group": 0, "person": 1, "seat": 2, "state": 3, "title": 4, "organ": 5,
                 "agent": 6, "anaphor": 7, "demonym": 8}
# Kinds that take their country from a neighbouring state name or demonym.
COUNTRYLESS = ("organ", "title", "agent")
# The ending of an accusative singular demonym ("أردنيا"), normalised.
ACCUSATIVE_DEMONYM = "يا"
# The proclitics an organisation's head may carry ("لحزب الأمة").
ORGANISATION_PROCLITICS = "وفبل"
# The kinds of actor a named speaker may speak for ("بيتر مورار رئيس اللجنة الدولية").
SPOKEN_FOR = ("title", "title+country", "organ", "organ+country", "group")
# The kinds whose actor a name right after them holds ("وزير الخارجية اليمني رياض ياسين").
TITLED = ("title", "title+country")
# The kinds that a private person's name right after them qualifies: a generic word ("الشاب")
# or a demonym ("المخرج السعودي"). (After a title, TITLED reads the name.)
QUALIFIERS = ("agent", "agent+country", "demonym")
# Signs that may open a word right before a name ("(مطار الملك خالد"), not part of that word.
_OPENING_SIGNS = "«\"'(“[-"
# A word of a preposition with the article ("للطاقة", "بالواجهة") after a run of name words
# makes the run part of a body's name ("مدينة الملك عبدالله للطاقة الذرية"), no person's.
NO_NAME_PREFIXES = ("لل", "بال")
# An age after a name, "(23 عاما)": the name is a private person's.
_AGE = re.compile(r"\((\d{1,3}) (?:عاما|عام|سنه|سنوات|شهرا)\)")
# How many words a speaker's name the knowledge base does not know may have.
NAME_WORDS = (2, 3)
# "بن" between the names of a lineage, which NAME_WORDS does not count ("سعود بن نايف بن عبدالعزيز")
NASAB_LINKS = frozenset({"بن", "ابن"})
# Words that begin a family name of two ("آل الشيخ", "أبو راس"; آ and أ are written ا).
FAMILY_PARTICLES = frozenset({"ال", "ابو", "بو"})
# A lineage ("محمد بن عبد الرحمن المخرج") says where each name ends: it may run this many words longer.
LINEAGE_EXTRA = 2
# The most words between two names of one person that still run on as one ("النائب الثاني"), and
# the marks that end a run (a list of people: "الأمير محمد، الأمير محمد").
RUN_GAP_WORDS = 3
RUN_BREAKS = (",", "،", ".", ":", ";", "؛", "(", "«")
# The first word of a compound given name ("عبد الله"، "أبو بكر"): the word after it is no surname.
_COMPOUND_FIRST = frozenset({"عبد", "ابو"})
# The word after a name, past a comma ("سمير جعجع، رئيس").
_NEXT_WORD = re.compile(r"[ ,]*([\u0621-\u064a]{2,})")
# A word with the article, behind a conjunction or a preposition or not ("الشؤون"، "وللعلاقات").
DEFINITE_WORD = re.compile(r"(?:[وف]?[بك]?ال|[وف]?لل)[\u0621-\u064a]{2,}")
# The word right before a name, one space before it.
_PREVIOUS_WORD = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]{2,}) $")
# The proclitics a given name may carry ("ومحمد", "لأحمد").
GIVEN_NAME_PROCLITICS = ("", "و", "ف", "ل", "ب")
# A word of a name: letters only (a number or a sign is no name).
_NAME_WORD = re.compile(r"[\u0621-\u064a]{2,}")
# A lineage: a name, "بن" and a father's name, as often again, then up to two family names in
# "ال…ي" ("صالح بن علي بن سعد الأحمدي الزهراني"): a person's name, whatever its words say
# elsewhere ("صالح" for, "الأحمدي" a Kuwaiti town).
LINEAGE_LINK = " بن "
_LINEAGE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]{2,})(?: بن (?:عبد )?[\u0621-\u064a]{2,})+"
                      r"(?: ال[\u0621-\u064a]+ي(?![\u0621-\u064a])){0,2}")
# The code of coalitions and organisations of states, which "التنظيم" or "الحركة" never name.
INTERGOVERNMENTAL = "IGO"
# "الطرفين" right after two armed parties (within PAIR_WINDOW characters) stands for them
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "COP"})
PAIR_WINDOW = 200
SENTENCE_END = re.compile(r"[.!?\n]")
OWNER_WITHIN = 400  # characters (about two sentences) a foreign owner stands for a bare organ after it
# The words that make a generic actor belong to a named one ("مسلحين تابعين للمقاومة").
AFFILIATION = frozenset(norm(w) for w in (
    "تابع", "تابعة", "تابعين", "تابعون", "التابع", "التابعة", "التابعين", "التابعون",
    "موالية", "موالين", "موالون", "الموالية", "الموالين", "الموالون", "الموالي"))
# Adjectives of hostility: "القوات المعادية للحوثيين" are the Houthis' enemies, not the Houthis.
HOSTILITY = frozenset(norm(w) for w in (
    "المعادية", "المعادي", "المعادين", "المعادون", "المناهضة", "المناهض", "المناهضين", "المناهضون",
    "المناوئة", "المناوئ", "المناوئين", "المناوئون", "المضادة", "المعارضة", "المعارض", "المعارضين",
    "المعارضون"))
PORTFOLIO_WORDS = 4  # the most words of a minister's portfolio read between him and his country
# The preposition of a part: "مسلحون من حركة طالبان" are the group's own.
PARTITIVE = "من"
# The preposition that places an organ in its state ("الحكومة في بغداد").
LOCATIVE = "في"
AT_LEAST = norm("على الأقل")  # between a count and what it counts in ("15 جنديا على الأقل في الجيش")
_COMMA_GAP = re.compile(r"\s*,\s*$")  # matched between two spans: only a comma between them
# What may stand between the parts of one construct chain: spaces, quotes, and at most one
# short word that qualifies the head ("القوات الأميركية الخاصة").
_JOIN_GAP = re.compile(r'^[\s"\'()\-]*$')


@dataclass(frozen=True)
class Anaphor:
    refers: str  # "organ:<word>" | "group" | "pair" | "state" | "kingdom" | "person" | "owner:<sector>"
    phrase: str


@dataclass(frozen=True)
class NotActor:
    """A phrase listed in not_actors.txt: its words name no actor ("مؤتمر صحفي")."""

    phrase: str


@dataclass(frozen=True)
class ActorSpan:
    """An actor found in normalised text: [start, end) with clitics, [stem_start, end) without."""

    start: int
    end: int
    stem_start: int
    actor: Actor
    kind: str
    lam_article: bool = False
    head: str = ""  # the normalised phrase of the head entry, for anaphora
    organ: str = ""  # the organ a joined actor names its branch of ("طائرات التحالف": air force)


@lru_cache(maxsize=1)
def actor_lexicon() -> Lexicon:
    """Every knowledge-base form and anaphor, with its entry as payload."""
    lexicon = Lexicon()
    for entry in load_actor_entries():
        lexicon.add(entry.phrase, entry)
    for row in read_tsv("anaphors.tsv"):
        for form in split_forms(row["form"]):
            lexicon.add(form, Anaphor(norm(row["refers"]), norm(form)))
    for phrase in _not_actor_phrases():
        lexicon.add(phrase, NotActor(norm(phrase)))
    return lexicon.compile()


def _not_actor_phrases() -> list[str]:
    """not_actors.txt: a phrase a line ('#' comments) in which a people noun is an adjective."""
    text = resources.files("marsad.kb").joinpath("data", "not_actors.txt").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _best_payload(match: Match, published: date | None):
    """The payload a match is read as: the most specific kind, then a person in office."""
    if len(match.payloads) == 1:
        return match.payloads[0]  # most matches: nothing to rank
    def rank(payload) -> tuple:
        if isinstance(payload, NotActor):
            return (-1, 0)  # the phrase was listed to mask the actor words inside it
        if isinstance(payload, Anaphor):
            return (KIND_PRIORITY["anaphor"], 0)
        in_office = published is None or (
            (payload.valid_from is None or payload.valid_from <= published)
            and (payload.valid_to is None or published <= payload.valid_to))
        return (KIND_PRIORITY.get(payload.kind, 9), 0 if in_office else 1)
    return min(match.payloads, key=rank)


def _entry_actor(entry: ActorEntry, published: date | None) -> Actor:
    sector = entry.sector
    if entry.kind == "person" and published is not None and entry.valid_to is not None \
            and published > entry.valid_to:
        sector = ("ELI",)  # a former office holder speaks as an elite, not for the state
    return Actor(text="", code=entry.code, sector=tuple(sector), group=entry.group, name=entry.name)


def _joinable(text: str, left_end: int, right_start: int) -> bool:
    gap = text[left_end:right_start]
    if _JOIN_GAP.match(gap):
        return True
    words = gap.split(None, 1)  # the first word and the rest: a gap may run over a paragraph
    honorifics = cue_words("honorific")
    if words and words[0] in honorifics and all(word in honorifics for word in gap.split()):
        return True  # "نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف"
    # one qualifying word between head and country ("القوات الخاصة الأميركية"), but not one of
    # hostility ("القوات المعادية للحوثيين", "القوات المعارضة للنظام": two actors, foes), nor
    # one a comma ends ("الأمن الإقليمي، إيران": two actors)
    # (a preposition or relative pronoun that begins with ال is no qualifier: "أرسلت الحكومة إلى
    # سوريا وفدا" names the sender, not a Syrian government)
    return len(words) == 1 and words[0].startswith("ال") and len(gap) <= 14 and "," not in gap \
        and words[0] not in HOSTILITY and not _names_a_matter(words[0]) \
        and words[0] not in cue_words("preposition") | cue_words("relative")


ENVOY_QUALIFIERS = 2  # "المبعوث الدولي الخاص إلى سوريا"


def _envoy_destination(text: str, left: ActorSpan, right: ActorSpan) -> bool:
    """"المبعوث الخاص إلى سوريا"، "المبعوث الدولي إلى اليمن"، "المبعوث الأممي لليمن": the state an
    envoy (cues.tsv kind envoy_title) is sent to, after إلى, لدى or ل (kind envoy_to), is his brief,
    not his country."""
    if right.kind not in ("state", "seat") \
            or text[left.stem_start:left.end].split(" ", 1)[0] not in cue_words("envoy_title"):
        return False
    gap = text[left.end:right.start].split()
    if "ل" not in text[right.start:right.stem_start]:
        if not gap or gap[-1] not in cue_words("envoy_to"):
            return False
        gap = gap[:-1]
    return len(gap) <= ENVOY_QUALIFIERS and all(w.startswith("ال") and w not in _function_words() for w in gap)


def _apposed_name(text: str, left: ActorSpan, right: ActorSpan) -> bool:
    """"اجتمع رئيس الوزراء، بنيامين نتنياهو، مع …": a title of no country and the known person
    named right after it between commas are one person."""
    return left.kind == "title" and left.actor.code is None and right.kind == "person" \
        and right.actor.code is not None and _COMMA_GAP.match(text, left.end, right.start) is not None \
        and text[right.end:right.end + 2].strip()[:1] == ","


def _portfolio(text: str, left: ActorSpan, right: ActorSpan) -> bool:
    """"وزير حقوق الإنسان والإغاثة باليمن", "وزيرة الدولة لشؤون المرأة المصرية": a minister or
    ministry word (cues.tsv kind portfolio_head) with a portfolio the knowledge base does not
    list, up to PORTFOLIO_WORDS words of no other meaning, then a country: that country's."""
    if not left.kind.startswith(("title", "organ")) or left.actor.code is not None \
            or right.kind not in ("demonym", "state") \
            or text[left.stem_start:left.end] not in cue_words("portfolio_head"):
        return False
    words = text[left.end:right.start].split()
    return 0 < len(words) <= PORTFOLIO_WORDS and all(w.isalpha() and w not in _function_words() for w in words)


def _names_a_matter(word: str) -> bool:
    """A definite word of a stance or a matter (cues.tsv kinds stance, topic_head: "الموقف"،
    "الأزمة"): a noun of its own, no qualifier between a head and its country ("انتقد الوزير
    الموقف القطري" is the minister and Qatar's position)."""
    bare = word[2:]
    return bare in cue_words("stance") or word in cue_words("topic_head")


def _located(text: str, left: ActorSpan, right: ActorSpan) -> bool:
    """"النيابة العامة في إسرائيل": an organ of no country followed by "في" and a state is that
    state's organ. "جنديا في الجيش المصري", "15 جنديا على الأقل في الجيش المصري": a member of
    no country in an organ of one is that organ's."""
    if left.kind not in ("organ", "agent") or left.actor.code is not None or left.actor.group is not None:
        return False
    gap = text[left.end:right.start].strip()
    if gap == LOCATIVE:
        return (left.kind == "organ" and right.kind in ("state", "seat")) \
            or (right.kind.startswith("organ") and right.actor.code is not None)
    return gap == AT_LEAST + " " + LOCATIVE and right.kind.startswith("organ") and right.actor.code is not None


def _affiliated(text: str, left: ActorSpan, right: ActorSpan) -> bool:
    """"مسلحين تابعين للمقاومة", "قوات موالية للنظام": a generic actor said to belong to a named
    one (written with the lam of belonging) is that one's; so are generic people "of" a named
    group, and members of a state's organ ("مسلحون من حركة طالبان", "عناصر من تنظيم داعش", "عناصر
    من الجيش العراقي"; cues.tsv kind member_head), not any people "from" it ("طالب متظاهرون من
    الحكومة"); so are members in a named group ("مسؤول في حزب الله")."""
    if left.kind not in COUNTRYLESS or left.actor.code is not None or left.actor.group is not None:
        return False
    gap = text[left.end:right.start].strip()
    if gap == PARTITIVE:
        # (and of a named organ: "عناصر من الجيش العراقي" are the Iraqi army's)
        return left.kind == "agent" and right.start == right.stem_start \
            and (right.kind == "group" or right.kind.startswith("organ")
                 and text[left.stem_start:left.end].split()[-1] in cue_words("member_head"))
    if gap == LOCATIVE:
        # "مسؤول في حزب الله"، "عضو في حركة حماس": a member in a named group is the group's
        return left.kind == "agent" and right.kind == "group" and right.start == right.stem_start \
            and text[left.stem_start:left.end].split()[-1] in cue_words("member_head")
    return gap in AFFILIATION and text[right.start:right.stem_start].endswith("ل") \
        and (right.actor.code is not None or right.actor.group is not None or right.kind == "agent")


def find_actors(text: str, published: date | None = None) -> list[ActorSpan]:
    """Actor spans in normalised `text`, construct chains joined, anaphors resolved."""
    raw = longest_first(actor_lexicon().find(text))
    spans: list[ActorSpan] = []
    masked_end = None  # where the last phrase that names no actor ends
    for match in raw:
        payload = _best_payload(match, published)
        if isinstance(payload, NotActor):
            masked_end = match.end
            continue  # "مؤتمر صحفي": longest-first let the phrase cover "صحفي"; no actor
        if masked_end is not None and match.start == masked_end + 1 and getattr(payload, "kind", None) == "demonym":
            continue  # "ريال مدريد الإسباني": the adjective of a phrase that names no actor
        if getattr(payload, "kind", None) == "person" and _patronymic_of_another(text, match):
            continue  # "الأمير سلطان بن سلمان": not Mohammed bin Salman, a son of Salman's
        if isinstance(payload, Anaphor):
            spans.append(ActorSpan(match.start, match.end, match.stem_start,
                                   Actor("", None, (), None, None), "anaphor:" + payload.refers,
                                   match.lam_article, match.phrase))
            continue
        spans.append(ActorSpan(match.start, match.end, match.stem_start,
                               _entry_actor(payload, published), payload.kind,
                               match.lam_article, match.phrase))
    spans = _with_given_names(text, _with_lineage(text, spans))
    named = _named_by_head(text, spans)
    spans = sorted([s for s in spans if not any(_overlap(s, n) for n in named)] + named, key=lambda s: s.start)
    spans = _join_chains(text, spans)
    spans = _with_own_titles(text, spans, published)
    spans = _one_person_runs(text, _with_deputies(text, spans))
    kept, topic_end = [], None
    for span in spans:
        if span.kind == "demonym" and (_topic_adjective(text, span) or span.start - 1 == topic_end):
            topic_end = span.end  # "النزاع الإسرائيلي الفلسطيني": each adjective of the matter
            continue
        if not _lone_accusative_demonym(text, span) and not _adjective_of_noun_before(text, span):
            kept.append(span)
    return _resolve_anaphors(text, kept)


def _adjective_of_noun_before(text: str, span: ActorSpan) -> bool:
    """A ministry's bare name that is also an adjective (cues.tsv kind adjective_organ), right
    after a noun with the article, qualifies that noun: "في الشؤون الداخلية"، "السياسة الخارجية
    الإيرانية" name no ministry ("أعلنت الداخلية"، "باسم الخارجية" do)."""
    if not span.kind.startswith("organ") or span.start != span.stem_start \
            or text[span.stem_start:span.end].split(" ", 1)[0] not in cue_words("adjective_organ"):
        return False
    before = _previous_word(text, span.start)
    return before is not None and DEFINITE_WORD.fullmatch(before.group(1)) is not None


def _previous_word(text: str, position: int) -> re.Match | None:
    """The word of letters that ends one space before `position` (its group 1), read from the 30
    characters before it; None when there is none."""
    return _PREVIOUS_WORD.search(text, max(0, position - 30), position)


def _with_given_names(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """A known person named by his surname alone, right after his given name and the names of his
    lineage ("الأستاذ عادل بن أحمد الجبير"): one span from his given name, so that the office
    before it joins him. Only a given name of his own (people.tsv) begins it: "سليمان الأسد" is
    a relative. Right after another given name, or after "بن X", the surname is another person's
    ("خالد المالكي"، "علي بن نمران المالكي"), no actor of the knowledge base."""
    result: list[ActorSpan] = []
    for span in spans:
        if span.kind == "person" and span.actor.code and " " not in text[span.stem_start:span.end]:
            own = _first_names().get(span.actor.name, frozenset())
            position, start = span.start, None
            for _ in range(NAME_WORDS[1] + LINEAGE_EXTRA):
                word = _previous_word(text, position)
                if word is None or (result and word.start(1) < result[-1].end):
                    break
                if word.group(1) in own:
                    start = word.start(1)
                    break
                if word.group(1).startswith("ال") or word.group(1) in _function_words():
                    break  # a definite word or a particle is no name of his lineage
                position = word.start(1)
            if start is not None:
                span = replace(span, start=start, stem_start=start)
            elif _after_another_name(text, span):
                continue
        result.append(span)
    return result


def _after_another_name(text: str, span: ActorSpan) -> bool:
    """The surname `span` follows a given name (speaker_names.tsv kinds given and nasab_given) or
    "بن X" that is no word of the known person's own names: it names someone else."""
    word = _previous_word(text, span.start)
    if word is None or span.start > span.stem_start:
        return False  # a proclitic ("وللمالكي") begins a word of its own
    if word.group(1) in _name_words().get(span.actor.name, frozenset()):
        return False  # "محمد جواد ظريف": his own middle name
    link = _previous_word(text, word.start(1))
    return word.group(1) in _lineage_given_names() or (link is not None and link.group(1) in NASAB_LINKS)


# The rest of a lineage after a name: "بن عبد العزيز", "بن سعود", "آل سعود" (آ is written ا).
_LINEAGE_REST = re.compile(r" (?:(?:بن|ابن) (?:عبد )?|ال )[\u0621-\u064a]+")


def _with_lineage(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """A known person's name runs on through the rest of his lineage ("الأمير محمد بن سلمان بن
    عبد العزيز"، "… آل سعود"): one span, so that his titles after it join him, and no name
    inside it (a father's) is another actor."""
    result: list[ActorSpan] = []
    reach = -1  # where the last lineage ended
    for span in spans:
        if span.start < reach:
            continue  # "عبد العزيز" in "محمد بن سلمان بن عبد العزيز": his grandfather's name
        if span.kind == "person" and span.actor.code:
            end = span.end
            if " " not in text[span.stem_start:end] and _LINEAGE_REST.match(text, end) \
                    and not text.startswith(" ال ", end):
                continue  # "الدكتور مبارك بن حسن عسيري": one name before "بن" is another's given name
            while (rest := _LINEAGE_REST.match(text, end)) is not None:
                end = rest.end()
            if end > span.end:
                span, reach = replace(span, end=end), end
        result.append(span)
    return result


@lru_cache(maxsize=1)
def _title_forms() -> dict[str, frozenset[str]]:
    """organs.tsv: each title's English name in lower case -> its normalised forms."""
    forms: dict[str, set[str]] = {}
    for row in read_tsv("organs.tsv"):
        if row["kind"] == "title":
            forms.setdefault(row["english"].lower(), set()).update(norm(f) for f in split_forms(row["names"]))
    return {name: frozenset(found) for name, found in forms.items()}


def _patronymic_of_another(text: str, match: Match) -> bool:
    """A person named right after "بن" is a father in another person's name, and one known by
    "بن X" ("بن علي", "بن سلمان") right after a given name (speaker_names.tsv kinds given and
    nasab_given) is part of that other person's name ("سعود بن نايف"، "محمد بن علي")."""
    previous = _previous_word(text, match.start)
    if previous is None:
        return False
    word = previous.group(1)
    if word in NASAB_LINKS:
        return True  # "فيصل بن سلمان بن عبدالعزيز": the father's name in his son's
    if " " not in match.phrase or match.phrase.split(" ", 1)[0] not in NASAB_LINKS:
        return False
    bare = word[1:] if word[:1] in "وفل" else word
    # a given name ("سعود بن نايف"); a noun, a verb or a title is no name ("هروب بن لادن",
    # "وقال بن علي", "الرئيس التونسي بن علي")
    names = _lineage_given_names()
    return word in names or bare in names


@lru_cache(maxsize=1)
def _lineage_given_names() -> frozenset[str]:
    """The given names a lineage begins with: speaker_names.tsv kinds given and nasab_given."""
    return _speaker_words("given") | _speaker_words("nasab_given")


def _with_own_titles(text: str, spans: list[ActorSpan], published: date | None) -> list[ActorSpan]:
    """A person followed by a run of titles that ends in an office he holds (people.tsv role)
    is one actor with them: "الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء
    وزير الدفاع" is the defence minister with his titles, none of them someone he meets. The
    run holds titles of his country or of none, and between them only words of kind
    `title_link` ("النائب الثاني"); a title he does not hold ends it ("استقبل الملك سلمان رئيس
    هيئة الأركان": the chief of staff is received)."""
    links = _speaker_words("title_link")
    result: list[ActorSpan] = []
    index = 0
    while index < len(spans):
        span = spans[index]
        result.append(span)
        index += 1
        if span.kind != "person" or published is None:
            continue
        offices = {role for role, start, end in people_offices().get(span.actor.name or "", ())
                   if start <= published and (end is None or published <= end)}
        own_end, cursor, last = None, index, span
        while cursor < len(spans):
            title = spans[cursor]
            gap = text[last.end:title.start].split()
            if not title.kind.startswith("title") or title.actor.code not in (None, span.actor.code) \
                    or any(word not in links for word in gap):
                break
            words = f" {text[title.stem_start:title.end]} "
            if any(f" {form} " in words for office in offices for form in _title_forms().get(office, ())):
                own_end = cursor  # "لرئيس مجلس الوزراء وزير الدفاع" holds the defence minister's title
            last, cursor = title, cursor + 1
        if own_end is not None:
            result[-1] = replace(span, end=spans[own_end].end)
            index = own_end + 1
    return result


DEPUTY_QUALIFIERS = 2  # the most words of kind deputy_qualifier between a deputy and his office


def _with_deputies(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """An office after ل that a deputy's title governs ("النائب الثاني للرئيس السوداني"،
    "المستشار الخاص لرئيس الوزراء العراقي"; speaker_names.tsv deputy) is the deputy, an actor of
    that office's country and sector: the span takes in his title and loses the holder's name.
    Not in a run of one person's titles right after another ("ولي ولي العهد النائب الثاني لرئيس
    مجلس الوزراء وزير الدفاع"), which _with_own_titles reads."""
    result = []
    for span in spans:
        if span.kind.startswith("title") and span.actor.code and text[span.start:span.stem_start] == "ل":
            position, start, clitic = span.start, None, 0
            for _ in range(DEPUTY_QUALIFIERS + 1):
                word = _previous_word(text, position)
                if word is None or (result and word.start(1) < result[-1].end):
                    break
                title = word.group(1)
                clitic = 1 if title[:1] in ("و", "ف") and title[1:] in _speaker_words("deputy") else 0
                if clitic or title in _speaker_words("deputy"):
                    if result and not clitic and not text[result[-1].end:word.start(1)].strip():
                        break  # "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء": a title of one person's run
                    start = word.start(1)
                    break
                if title not in _speaker_words("deputy_qualifier"):
                    break
                position = word.start(1)
            if start is not None:  # "والنائب الأول …": و is no part of the title
                span = replace(span, start=start, stem_start=start + clitic, actor=replace(span.actor, name=None),
                               lam_article=False, kind="title+country")
        result.append(span)
    return result


def _one_person_runs(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Two spans of one known person with no more than a title of his between them ("ولي ولي
    العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان") are one span: one
    person, not a meeting with himself."""
    result: list[ActorSpan] = []
    for span in spans:
        previous = result[-1] if result else None
        if previous is not None and span.kind == previous.kind == "person" and span.actor.name \
                and span.actor.name == previous.actor.name:
            gap = text[previous.end:span.start]
            if len(gap.split()) <= RUN_GAP_WORDS and not any(mark in gap for mark in RUN_BREAKS):
                result[-1] = replace(previous, end=span.end)
                continue
        result.append(span)
    return result


@lru_cache(maxsize=1)
def _organisation_heads() -> tuple[re.Pattern, dict[str, Actor]]:
    """A pattern for "HEAD الاسم (والاسم)", and each head's actor. The pattern begins with the
    head itself, so that re skips to the heads' first letters; the proclitic before is read apart."""
    actors = {norm(row["head"]): Actor("", None, (row["sector"],), None, row["english"])
              for row in read_tsv("organisation_heads.tsv")}
    heads = "|".join(sorted(map(re.escape, actors), key=len, reverse=True))
    pattern = re.compile(rf"({heads})\s+(ال\w+)(?:\s+وال\w+)?(?!\w)")
    return pattern, actors


def _named_by_head(text: str, known: list[ActorSpan]) -> list[ActorSpan]:
    """Organisations the knowledge base does not know, named by their head noun ("حزب الغد",
    "نقابة الصحفيين"): an actor of the head's sector, unless a known actor covers the head."""
    pattern, actors = _organisation_heads()
    found = []
    for match in pattern.finditer(text):
        head_start = start = match.start()
        if start and text[start - 1] in ORGANISATION_PROCLITICS:
            start -= 1  # "لحزب الأمة", "وحزب الغد"
        if start and text[start - 1].isalnum():
            continue  # inside another word
        if any(k.start <= head_start < k.end for k in known):
            continue  # "حزب الله", "الحزب الحاكم": the knowledge base's own reading wins
        found.append(ActorSpan(start, match.end(), head_start, actors[match.group(1)], "organ", False,
                               match.group(1)))
    return found


@lru_cache(maxsize=4)  # asked for one text by the actor finder and by the document's places
def lineage_names(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of lineages in normalised `text` ("سعد بن فهد بن محمد الغامدي"): names of people
    whose first word is no function word, definite noun or word of a place ("وقال بن علي",
    "الأمير بن سلمان", "بمدينة بن قردان"). A و before the first word is the conjunction
    ("ومشاري بن …"), but for the listed given names that begin with it ("وليد")."""
    spans = []
    link = text.find(LINEAGE_LINK)
    while link != -1:
        # the pattern is tried at the word before each link only: most articles have few
        word_start = link
        while word_start > 0 and "\u0621" <= text[word_start - 1] <= "\u064a":
            word_start -= 1
        found = _LINEAGE.match(text, word_start)
        link = text.find(LINEAGE_LINK, found.end() if found is not None else link + 1)
        if found is None:
            continue
        first = found.group(1)
        bare = next((first[len(c):] for c in CUE_PROCLITICS if first.startswith(c)), first)
        if first in _function_words() or first.startswith("ال") or first in STRONG_CUES or bare in STRONG_CUES:
            continue
        start = found.start()
        if first.startswith("و") and len(first) > 3 and first not in _speaker_words("given"):
            start += 1
        spans.append((start, found.end()))
    return tuple(spans)


def _lineage_end(words: list[re.Match]) -> list[re.Match]:
    """A lineage's name ends two words after its last "بن X" ("بن عبد X") at most, the second a
    family name in "ي" or after "آل"/"أبو"; and before an office ("سعد بن علي الغامدي المدير
    العام") or a formula ("رحمه الله")."""
    links = [i for i, word in enumerate(words) if word.group() in NASAB_LINKS]
    if not links:
        return words
    end = links[-1] + 2  # after the father's name
    if end <= len(words) and words[end - 1].group() == "عبد":
        end += 1  # "بن عبد العزيز"
    for family in range(2):
        word = words[end].group() if end < len(words) else None
        if word is None or is_office_word(word):
            break
        if end + 1 < len(words) and words[end + 1].group() == "الله":
            break  # "نايف بن عبدالعزيز رحمه الله": a formula after the name
        if family and not (word.endswith("ي") or words[end - 1].group() in FAMILY_PARTICLES):
            break  # a second family name is one in "ي" ("الأحمدي الزهراني") or after "آل", "أبو"
        end += 1
    return words[:end]


def named_speakers(text: str, spans: list[ActorSpan], speech_ends: list[int],
                   taken: list[tuple[int, int]]) -> list[ActorSpan]:
    """People the knowledge base does not know, named by the text: "قال بيتر مورار رئيس اللجنة
    الدولية للصليب الأحمر" names a person of the body after the name, and "وزير الخارجية اليمني
    رياض ياسين" one of the title before it. The words of the name say nothing else (no actor,
    trigger, place or time: `taken`), and the name's last word, alone later in the text ("وطالب
    مورار"), is that person. Two or three words right before an age ("علاء سعادة (23 عاما)"),
    and a name that begins with a listed given name ("وقال محمد ملحم، محامي الدفاع"), are a
    private person, there only. Returns `spans` with those mentions added."""
    offices, stop_words = _speaker_words("office"), _name_stop_words()
    # (name words, the span that gives their actor; None for a private person)
    named: list[tuple[list[re.Match], ActorSpan | None]] = []
    starts = [s.start for s in spans]  # spans come sorted by start
    for speech_end in speech_ends:
        index = bisect.bisect_left(starts, speech_end)
        body = spans[index] if index < len(spans) else None
        if body is None or body.kind not in SPOKEN_FOR:
            continue
        gap = text[speech_end:body.start]
        if _NAME_WORD.sub("", gap).strip(" ،,"):
            continue  # a number or a sign between: no name
        words = list(_NAME_WORD.finditer(text, speech_end, body.start))
        while words and words[-1].group() in offices:
            words.pop()  # "رئيس", "المتحدث باسم": the office, not the name
        named.append((words, body))
    for before, title in zip([None, *spans], spans):
        holder = title
        if not title.actor.code and before is not None and before.kind in SPOKEN_FOR \
                and not text[before.end:title.start].strip():
            holder = before  # "المتحدث باسم الجيش الليبي العقيد أحمد المسماري": a rank of that office
        if title.kind in TITLED and holder.actor.code:  # a rank alone says no country
            named.append((_name_after(text, title.end, stop_words), holder))
    for age in _AGE.finditer(text):
        # "اعتقل شقيقه علاء سعادة (23 عاما)": the words before an age are a private person's name
        named.append((_name_before(text, age.start(), stop_words), None))
    # what says something else (a trigger, cue, place or time), and a known actor: no name
    taken = _Spans([*taken, *((s.start, s.end) for s in spans)])
    # names read above: of a body or title of a named country, or before an age
    read = [(words[0].start(), words[-1].end()) for words, holder in named
            if words and (holder is None or holder.actor.code or holder.actor.group)]
    # a title of a named country names the person after it by its own rule above; a rank alone
    # ("العقيد حسان الشيخ") qualifies the private person a given name begins, below
    title_ends = {s.end for s in spans if s.kind in TITLED and s.actor.code}
    # "وقال محمد ملحم، محامي الدفاع": a listed given name begins a private person's name, which
    # runs to a sign, a stop word or a word that says something else; so does the first name of
    # a lineage ("صالح بن علي")
    given_starts = {(given.start, given.stem_start) for given in _given_names().find(text)}
    given_starts |= {(start, start) for start, _ in lineage_names(text)
                     if not any(given[0] == start for given in given_starts)}
    for start, stem_start in sorted(given_starts):
        if taken.overlap(stem_start, stem_start + 1) or any(s <= start < e for s, e in read):
            continue
        if start - 1 in title_ends:
            continue  # after a title of a named country: its own rule names the title's person
        if _inside_a_name(text, start):
            continue  # "رياض ياسين محمد علي سالم": a given name inside a longer run begins nothing
        words = _lineage_end(_name_from(text, stem_start, stop_words, taken))
        following = _NEXT_WORD.match(text, words[-1].end()) if words else None
        if following is not None and following.group(1) in offices:
            continue  # "سمير جعجع، رئيس حزب القوات اللبنانية": the body's speaker, as the body reads
        named.append((words, None))
    # "الصحافي جيسون رضائيان … واتهمت إيران رضائيان": a name after a word of one private person,
    # named again by its last word
    qualified = [(words, None) for words in _qualified_names(text, stop_words, taken, read)]
    named += qualified
    added: list[ActorSpan] = []
    mentions: list[ActorSpan] = []  # the later last names alone of qualified names
    replaced: set[int] = set()  # generic words a name after them makes a person ("الشاب")
    for entry in named:
        words, holder = entry
        if holder is None:  # a private person, a civilian of the country the event gives
            while words and _taken(words[0], words[0], taken):
                words = words[1:]  # "الشاب محمد علي (25 عاما)": the known word before is no name
            if words and any(a.start <= words[0].start() < a.end for a in added):
                continue  # "سعود بن نايف بن عبدالعزيز": a father's given name inside the name read
            known = next((s for s in spans if words and s.kind == "person" and s.start > words[-1].end()
                          and not text[words[-1].end():s.start].strip()), None)
            surname = known if known is not None and known.start == known.stem_start \
                and " " not in text[known.start:known.end] else None
            length = _name_length(words) + (surname is not None)  # "سليمان الأسد": two words
            longest = NAME_WORDS[1] + 1 + (LINEAGE_EXTRA if any(w.group() in NASAB_LINKS for w in words) else 0)
            if NAME_WORDS[0] <= length <= longest and not _taken(words[0], words[-1], taken):
                # (his own given names before a known person's surname are his: _with_given_names)
                end = words[-1].end()
                name = " ".join(w.group() for w in words)
                if surname is not None:
                    # other given names are a relative's ("سليمان هلال الأسد"), a private
                    # person whose name runs over the surname
                    replaced.add(id(surname))
                    end, name = surname.end, f"{name} {text[surname.start:surname.end]}"
                person = Actor("", None, ("CVL",), name=name)
                start = words[0].start()
                qualifier = next((a for a in spans if (a.kind in QUALIFIERS or a.kind in TITLED)
                                  and a.end <= start and not text[a.end:start].strip()), None)
                if qualifier is not None:
                    # "الشاب محمد سالم", "المخرج السعودي عامر الحمود", "العقيد حسان الشيخ": the
                    # generic word or rank and the name are one person, of its sector (and
                    # country, where it names one)
                    replaced.add(id(qualifier))
                    own = next((a for a in spans if a.start > end and not text[end:a.start].strip()), None)
                    if own is not None and own.kind.startswith("title") and own.actor.name == qualifier.actor.name \
                            and own.actor.code in (None, qualifier.actor.code):
                        # "الأمير فيصل بن سلمان أمير منطقة المدينة المنورة": the title of his
                        # rank right after his name is his own office
                        replaced.add(id(own))
                        end = own.end
                    person, start = replace(qualifier.actor, name=person.name), qualifier.start
                added.append(ActorSpan(start, end, start, person, "person", head=words[-1].group()))
                if any(entry is q for q in qualified):
                    mentions += _mentions_later(text, words[-1].group(), end, person,
                                                spans + added + mentions, "وفل")
            continue
        if not NAME_WORDS[0] <= _name_length(words) <= NAME_WORDS[1] or words[0].group().startswith("ال") \
                or any(w.group() in stop_words for w in words) \
                or _taken(words[0], words[-1], taken):
            continue  # a given name is indefinite; particles and known words are no name
        surname = words[-1].group()
        person = replace(holder.actor, name=" ".join(w.group() for w in words))
        added += _mentions_later(text, surname, words[-1].end(), person, spans + added, "وفل")
    added += [m for m in mentions if not any(_overlap(m, a) for a in added)]  # not inside a name read again
    added += _surnames_alone(text, [s for s in spans if id(s) not in replaced], added)
    found = sorted([s for s in spans if id(s) not in replaced] + added, key=lambda s: s.start)
    return [s for s in found if not _named_after(text, s)]


def _qualified_names(text: str, stop_words: frozenset[str], taken: "_Spans",
                     read: list[tuple[int, int]]) -> list[list[re.Match]]:
    """The names right after a word of one private person (speaker_names.tsv person_qualifier)
    that is no adjective of a definite noun before it: two or three words, neither the first nor
    the last with the article, none known or saying something else, none a given name or a
    common word last, and the last named again alone later in the text ("رضائيان"). A phrase
    after such a word ("الطبيب بشكل يومي") is seldom repeated word for word; a name is."""
    names = []
    given, common = _speaker_words("given"), _speaker_words("common_word")
    for found in _person_qualifier_pattern().finditer(text):
        previous = _previous_word(text, found.start())
        if previous is not None and previous.group(1).startswith("ال"):
            continue  # "اللجنة الإعلامية": the adjective of the noun before it
        first = _NAME_WORD.match(text, found.end())
        if first is None or first.group().startswith(("ال", *NO_NAME_PREFIXES)) or first.group() in stop_words \
                or any(s <= first.start() < e for s, e in read):
            continue
        words = _name_from(text, found.end(), stop_words, taken)
        if not NAME_WORDS[0] <= _name_length(words) <= NAME_WORDS[1]:
            continue
        last = words[-1].group()
        if last.startswith("ال") or last in given or last in common:
            continue
        if _alone_pattern(last, "وفلب").search(text, words[-1].end()):
            names.append(words)
    return names


@lru_cache(maxsize=1)
def _person_qualifier_pattern() -> re.Pattern:
    """A word of kind person_qualifier, alone or with و, and the space after it. The article is
    factored out of the alternatives: the pattern is tried at every letter of every article."""
    forms = _speaker_words("person_qualifier")
    definite = sorted((f[2:] for f in forms if f.startswith("ال")), key=len, reverse=True)
    other = sorted((f for f in forms if not f.startswith("ال")), key=len, reverse=True)
    alternatives = "|".join([f"ال(?:{'|'.join(map(re.escape, definite))})", *map(re.escape, other)])
    return re.compile(rf"(?<![\u0621-\u064a])و?(?:{alternatives}) ")


def _surnames_alone(text: str, spans: list[ActorSpan], added: list[ActorSpan]) -> list[ActorSpan]:
    """A known person's last name alone after his full name ("وزير الدفاع الأميركي آشتون كارتر
    … والتقى كارتر العبادي") is him, when no other known person named before has that last name.
    Not the name of a father or a compound ("محمد بن سلمان"، "عبد الله"), a given name ("الملك
    سلمان"), an ordinal ("عبدالله الثاني") or a definite word ("خادم الحرمين الشريفين": a title's;
    the knowledge base lists the family names that stand alone, "الجبير"، "الأسد")."""
    by_surname: dict[str, list[ActorSpan]] = {}
    known_people = _first_names()
    stop_words = _no_surnames()
    for span in spans:
        if span.kind != "person" or span.actor.name not in known_people:
            continue
        words = text[span.stem_start:span.end].split()
        if len(words) < 2 or words[-2] in NASAB_LINKS or words[-2] in _COMPOUND_FIRST:
            continue
        surname = words[-1]
        if len(surname) >= 3 and surname not in stop_words and not surname.startswith("ال"):
            by_surname.setdefault(surname, []).append(span)
    found: list[ActorSpan] = []
    for surname, mentions in by_surname.items():
        if len({m.actor.name for m in mentions}) > 1:
            continue  # two people of that name: the name alone says neither
        first = mentions[0]
        # not after ل: "لصالح" (in favour of)
        found += _mentions_later(text, surname, first.end, first.actor, [*spans, *added, *found], "وف")
    return found


def _alone_pattern(word: str, proclitics: str) -> re.Pattern:
    """A word alone, with one of `proclitics` on it or none (its group 1)."""
    return re.compile(rf"(?<!\w)([{proclitics}]?){re.escape(word)}(?!\w)")


def _mentions_later(text: str, surname: str, position: int, person: Actor, taken: list[ActorSpan],
                    proclitics: str) -> list[ActorSpan]:
    """Each mention of a person's last name alone from `position` on (with one of `proclitics`
    on it) that no span of `taken` covers: that person."""
    found: list[ActorSpan] = []
    for later in _alone_pattern(surname, proclitics).finditer(text, position):
        start, end = later.start(), later.end()
        if not any(s.start < end and start < s.end for s in (*taken, *found)):
            found.append(ActorSpan(start, end, start + len(later.group(1)), person, "person", head=surname))
    return found


@lru_cache(maxsize=1)
def _name_stop_words() -> frozenset[str]:
    """No word of a name: the words of an office, speaker_names.tsv kind not_name, and every cue."""
    return _speaker_words("office") | _speaker_words("not_name") | _function_words()


@lru_cache(maxsize=1)
def _no_surnames() -> frozenset[str]:
    """Words that end a known person's name but alone are not read as him: besides the stop
    words, the words that link titles (ordinals), given names and common words."""
    return _name_stop_words() | _speaker_words("title_link") | _speaker_words("given") \
        | _speaker_words("common_word")


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """Each known person's English name -> every word of his names in people.tsv."""
    words: dict[str, set[str]] = {}
    for entry in load_actor_entries():
        if entry.kind == "person":
            words.setdefault(entry.name, set()).update(norm(entry.phrase).split())
    return {name: frozenset(found) for name, found in words.items()}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, frozenset[str]]:
    """Each known person's English name -> the first words of his full names ("عبداللطيف")."""
    names: dict[str, set[str]] = {}
    for entry in load_actor_entries():
        if entry.kind == "person" and " " in entry.phrase:
            names.setdefault(entry.name, set()).add(norm(entry.phrase).split()[0])
    return {name: frozenset(words) for name, words in names.items()}


def _named_after(text: str, span: ActorSpan) -> bool:
    """"مستشفى الملك سعود", "مطار الملك خالد الدولي": a title or a person right after the head
    of a place or an institution (speaker_names.tsv kind `named_after`) is a word of its name."""
    if span.kind not in TITLED and span.kind != "person":
        return False
    space = span.start - 1
    if space <= 0 or text[space] != " ":
        return False
    # the word right before, one space between, less an opening quote or bracket
    word = text[text.rfind(" ", 0, space) + 1:space].lstrip(_OPENING_SIGNS)
    return in_word_list(word, _speaker_words("named_after"))


class _Spans:
    """(start, end) spans of a text, asked whether any overlaps a range: sorted by start, with the
    farthest end reached so far, so that each question is one bisection."""

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)  # the spans that start before `end`
        return index > 0 and self.reach[index - 1] > start


def _taken(first: re.Match, last: re.Match, taken: _Spans) -> bool:
    """Whether the words from `first` to `last` overlap a span that says something else."""
    return taken.overlap(first.start(), last.end())


def _name_before(text: str, position: int, stop_words: frozenset[str]) -> list[re.Match]:
    """The words of a name right before `position` ("علاء سعادة (23 عاما)"): up to NAME_WORDS[1]
    words joined by spaces, back to a sign, a stop word or the start of the text."""
    words = [w for w in _NAME_WORD.finditer(text, max(0, position - 60), position)]
    name: list[re.Match] = []
    end = position
    for word in reversed(words):
        if text[word.end():end].strip() or word.group() in stop_words or len(name) == NAME_WORDS[1]:
            break
        name.insert(0, word)
        end = word.start()
    return name


def _name_from(text: str, position: int, stop_words: frozenset[str], taken: _Spans) -> list[re.Match]:
    """The words of a name that begins at `position` with a given name ("محمد ملحم، محامي"):
    up to NAME_WORDS[1] words joined by spaces, ended by a sign, a stop word or a word that says
    something else (`taken`); a longer run is no name."""
    words: list[re.Match] = []
    given_names = _speaker_words("given")
    while True:
        word = _NAME_WORD.match(text, position)
        if word is None or word.end() < len(text) and text[word.end()].isalnum() \
                or word.group() in stop_words or _taken(word, word, taken) \
                or words and word.group()[0] == "و" and word.group() not in given_names:
            return words  # "وليد عيدو ونجله": a word joined by و is someone else
        if words and word.group().startswith(NO_NAME_PREFIXES):
            return []  # "جامعة نايف العربية للعلوم الأمنية": the words name a body, not a person
        longest = NAME_WORDS[1] + (LINEAGE_EXTRA if any(w.group() in NASAB_LINKS for w in words) else 0)
        if _name_length(words) == longest and word.group() not in NASAB_LINKS:
            return []  # a longer run ends nowhere that says where the name ends
        words.append(word)
        if text[word.end():word.end() + 1] != " ":
            return words
        position = word.end() + 1


def _name_length(words: list[re.Match]) -> int:
    """The words of a name, less the "بن" of its lineage."""
    return sum(1 for word in words if word.group() not in NASAB_LINKS)


def _inside_a_name(text: str, start: int) -> bool:
    """The word before `start` is a given name, or a stop word after one ("محمد علي سالم": علي
    is also على): the name began before."""
    given = _speaker_words("given")
    before = _previous_word(text, start)
    if before is None:
        return False
    if before.group(1) in given or before.group(1) in NASAB_LINKS:
        return True  # (after "بن" a given name is a father's: "بندر بن عبدالله بن عبدالعزيز")
    earlier = _previous_word(text, before.start(1))
    return before.group(1) in _function_words() and earlier is not None and earlier.group(1) in given


@lru_cache(maxsize=1)
def _given_names() -> Lexicon:
    """The listed given names, also with a proclitic و/ف/ل/ب ("ومحمد")."""
    lexicon = Lexicon()
    for name in _speaker_words("given"):
        lexicon.add(name, name, proclitics=GIVEN_NAME_PROCLITICS)
    return lexicon.compile()


def _name_after(text: str, position: int, stop_words: frozenset[str]) -> list[re.Match]:
    """The words of a name right after a title ("وزير الخارجية اليمني رياض ياسين"): up to
    NAME_WORDS[1] words joined by spaces, ended by a sign, a stop word or the end of the text.
    A longer run of words ends nowhere that says where the name ends: no name."""
    words: list[re.Match] = []
    while True:
        word = _NAME_WORD.match(text, position + 1) if text[position:position + 1] == " " else None
        if word is None or word.group() in stop_words:
            return words
        if len(words) == NAME_WORDS[1]:
            return []
        words.append(word)
        position = word.end()


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Every form cues.tsv lists (prepositions, particles, reporting words …): no word of a name.
    Not God's names (kind divine): "الله" is a word of many ("عبد الله", "نصر الله")."""
    kinds = {row["kind"] for row in read_tsv("cues.tsv")} - {"divine"}
    return frozenset().union(*(cue_words(kind) for kind in kinds))


@lru_cache(maxsize=None)
def _speaker_words(kind: str) -> frozenset[str]:
    """speaker_names.tsv: the office words, or the words that are no part of a name."""
    return frozenset(norm(form) for row in read_tsv("speaker_names.tsv") if row["kind"] == kind
                     for form in split_forms(row["forms"]))


def office_words() -> frozenset[str]:
    """The words of an office ("نائب", "رئيس", "مدير"; speaker_names.tsv kind office)."""
    return _speaker_words("office")


def is_office_word(word: str) -> bool:
    """A word of an office, bare or with the article ("مدير", "المدير")."""
    offices = _speaker_words("office")
    return word in offices or word.startswith("ال") and word[2:] in offices


@lru_cache(maxsize=1)
def accusative_forms() -> frozenset[str]:
    """The indefinite accusative words of agents.tsv and organs.tsv: a word ending in the alif of
    tanwin whose stem is a word of the same entry ("مسلحا" beside "مسلح", "جنديا" beside "جندي";
    not "ضحايا" or "ميليشيا")."""
    found = set()
    for row in [*read_tsv("agents.tsv"), *read_tsv("organs.tsv")]:
        words = {word for form in split_forms(row["names"]) for word in norm(form).split()}
        found |= {w for w in words if w.endswith("ا") and not w.startswith("ال") and w[:-1] in words}
    return frozenset(found)


@lru_cache(maxsize=1)
def oblique_plurals() -> frozenset[str]:
    """The sound masculine plurals in ين of the knowledge base whose nominative in ون it lists too
    ("الحوثيين" beside "الحوثيون", "المسلحين" beside "المسلحون"): written so, they are no subject
    of a verb (the accusative or genitive case), the object or a genitive."""
    words = _entry_words()
    return frozenset(w for w in words if w.endswith("ين") and w[:-2] + "ون" in words)


@lru_cache(maxsize=1)
def construct_obliques() -> frozenset[str]:
    """Those plurals in construct, their ن dropped ("مسلحي داعش", "مقاتلي التنظيم"): oblique too.
    A construct has no article; and a form the knowledge base also lists with the singular's
    accusative or dual ending is a singular ("محامي": "محاميا"، "محاميان")."""
    words = _entry_words()
    # (more than four letters: "عين" and "جين" are no plurals, whatever their ending)
    return frozenset(w[:-1] for w in oblique_plurals() if not w.startswith("ال") and len(w) > 4
                     and w[:-1] + "ا" not in words and w[:-1] + "ان" not in words)


@lru_cache(maxsize=1)
def _entry_words() -> frozenset[str]:
    """Every word of every name of the knowledge base's actors, normalised."""
    return frozenset(word for entry in load_actor_entries() for word in norm(entry.phrase).split())


def _overlap(a: ActorSpan, b: ActorSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _lone_accusative_demonym(text: str, span: ActorSpan) -> bool:
    """An accusative demonym ("أميركيا") not joined to a noun: an adverb ("مدعومة أميركيا"),
    no actor; joined it is an adjective ("قتل جنديا أميركيا"). After "أن"/"إن" it is their
    subject, a person ("أن فلسطينيا قتل"), and after a count the people counted ("رحلت السلطات
    20 إيرانيا")."""
    if span.kind != "demonym" or not span.head.endswith(ACCUSATIVE_DEMONYM):
        return False
    before = _word_before(text, span.start)
    # a particle takes no كـ ("كأن" is not read here)
    return not (before and (in_word_list(before, cue_words("complementizer"), letters="وفبل")
                            or before.isdigit() or before in cue_words("number")))


def _topic_adjective(text: str, span: ActorSpan) -> bool:
    """A demonym right after a noun of a matter or a place ("الأزمة السورية"، "الساحة اللبنانية"،
    "بالعاصمة الأفغانية"; cues.tsv kind `topic_head`) says what the matter is about or where: no
    actor."""
    if span.kind != "demonym" or span.start != span.stem_start:
        return False
    before = _word_before(text, span.start)
    if before.startswith("لل"):
        before = "ال" + before[2:]  # "للأزمة السورية": ل on the article drops its alif
    return bool(before) and in_word_list(before, cue_words("topic_head"), letters="وبل")


def _word_before(text: str, position: int) -> str:
    """The word (any run of non-spaces) right before `position`, "" at the start of the text;
    read from the last 30 characters, not the whole text."""
    words = text[max(0, position - 30):position].split()
    return words[-1] if words else ""


def _join_chains(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Join head + country ("وزارة الدفاع" + "الروسية"), title + person, agent + group."""
    joined: list[ActorSpan] = []
    for span in spans:
        joined.append(span)
        # join backwards as far as it goes: "طائرات" + ("الجيش" + "العراقي")
        while len(joined) >= 2 and joined[-1].start >= joined[-2].end and not _conjoined(text, joined[-1]) \
                and (_joinable(text, joined[-2].end, joined[-1].start) or _located(text, joined[-2], joined[-1])
                     or _affiliated(text, joined[-2], joined[-1]) or _portfolio(text, joined[-2], joined[-1])
                     or _envoy_destination(text, joined[-2], joined[-1])
                     or _apposed_name(text, joined[-2], joined[-1])):
            merged = _merge(joined[-2], joined[-1], text)
            if merged is None:
                break
            joined[-2:] = [merged]
    return joined


def _definite_word(phrase: str) -> bool:
    """One word with the article ("الرئيس"، "الوزير")."""
    return " " not in phrase and phrase.startswith("ال")


def _conjoined(text: str, span: ActorSpan) -> bool:
    """A span with و on it ("الجيش والحوثيين") is the second of two actors, never part of the
    one before it."""
    return text[span.start:span.stem_start].startswith("و")


def _merge(left: ActorSpan, right: ActorSpan, text: str) -> ActorSpan | None:
    """The one actor two adjacent spans make, or None when they are two actors."""
    l_actor, r_actor = left.actor, right.actor
    if _envoy_destination(text, left, right):
        return replace(left, end=right.end)  # the envoy's own code, or none: the name after tells
    if _affiliated(text, left, right):
        # the group's own people, or the forces of a state or organ (with the left's sector);
        # members "من" an organ are the organ itself ("عناصر من الجيش": MIL)
        partitive = text[left.end:right.start].strip() == PARTITIVE
        actor = r_actor if right.kind in ("group", "agent") or partitive else replace(r_actor, sector=l_actor.sector)
        return replace(right, start=left.start, stem_start=left.stem_start, lam_article=left.lam_article,
                       actor=actor)
    if right.kind == "demonym" and right.head.endswith(ACCUSATIVE_DEMONYM) \
            and text[left.end:right.start].strip():
        return None  # "الفصائل المدعومة أميركيا": after a participle the accusative is an adverb
    if right.kind == "demonym" and left.kind.startswith("title") and not right.head.startswith("ال") \
            and text[left.stem_start:left.end].split()[-1].startswith("ال"):
        # "الأمير تركي الفيصل": an adjective agrees in definiteness, so the word is a name, the
        # title's own, and no country
        return replace(left, end=right.end)
    if right.kind == "demonym" and l_actor.code is not None and l_actor.code == r_actor.code \
            and not text[left.end:right.start].strip() and left.kind not in ("state", "seat"):
        # "جنود جيش الاحتلال الإسرائيلي": the country's adjective on an actor of that country (a
        # state takes none: "اعتقلت إسرائيل الصهيوني فلان" names whom it arrested)
        return replace(left, end=right.end)
    if left.kind in COUNTRYLESS and l_actor.code is None and right.kind in ("state", "seat") \
            and text[left.stem_start:left.end].split()[-1].startswith("ال") \
            and not text[left.end:right.start].strip() and right.start == right.stem_start \
            and not text[right.start:right.end].startswith("ال"):
        # "وهنأ مجلس الوزراء مصر": a definite head governs no name right after it ("مجلس وزراء
        # مصر" does); a definite name after it is its adjective ("الحكومة السعودية")
        return None
    if left.kind.startswith("title") and right.kind in ("state", "seat") \
            and "ل" in text[right.start:right.stem_start] \
            and text[left.stem_start:left.end].split()[0] not in cue_words("envoy_title"):
        return None  # "زيارة وزير الدفاع للأردن": where he goes; an envoy's is "المبعوث الخاص لليمن"
    if left.kind in COUNTRYLESS and l_actor.code is None and right.kind in ("demonym", "state", "seat"):
        name = f"{r_actor.name} {l_actor.name}".strip() if r_actor.name else l_actor.name
        actor = replace(l_actor, code=r_actor.code, name=name)
        return replace(left, end=right.end, actor=actor, kind=left.kind + "+country",
                       organ=l_actor.name if left.kind == "organ" else "")
    if left.kind == right.kind == "person" and l_actor.name == r_actor.name:
        # "خادم الحرمين الشريفين الملك سلمان": the title of an office that names its holder,
        # then his name: one person
        return replace(left, end=right.end)
    if left.kind.startswith("title") and right.kind == "person":
        own_name = right.head if r_actor.name in _first_names() else r_actor.name  # known, or named here
        if _definite_word(text[left.stem_start:left.end]) and own_name \
                and not text.startswith(own_name, right.stem_start):
            return None  # "استقبل الرئيس وزير الخارجية الأمريكي جون كيري": he has his own title
        return replace(right, start=left.start, stem_start=left.stem_start, kind="person",
                       lam_article=left.lam_article)
    if left.kind.startswith("title") and right.kind == "demonym":
        return None
    if left.kind == "demonym" and right.kind == "person" and l_actor.code == r_actor.code \
            and not text[left.end:right.start].strip():
        # "الروسي سيرغي لافروف": the adjective of his country before a known person's name
        return replace(right, start=left.start, stem_start=left.stem_start, lam_article=left.lam_article)
    if left.kind == "group" and right.kind == "person" and l_actor.group is not None \
            and l_actor.group == r_actor.group:
        # "الأمين العام لمجلس التعاون الدكتور عبداللطيف الزياني": the office of a group that
        # its holder's name follows is that person
        return replace(right, start=left.start, stem_start=left.stem_start, lam_article=left.lam_article)
    if left.kind == "organ" and l_actor.code is None and right.kind.startswith("organ") and r_actor.code:
        # "طائرات الجيش العراقي": the head's branch, the country of the organ it belongs to
        return replace(left, end=right.end, actor=replace(l_actor, code=r_actor.code, name=r_actor.name),
                       kind="organ+country", organ=l_actor.name)
    word = text[right.start:right.end]
    if left.kind == "group" and right.kind == "agent" and right.start == right.stem_start \
            and word.startswith("ال") and word.endswith(("ي", "يه")) and " " not in word \
            and _JOIN_GAP.match(text[left.end:right.start]):
        # "تنظيم داعش الإرهابي": a definite singular adjective (-ي, -ية) right after a group is its
        # epithet ("أدان الأزهر الهجوم الإرهابي": the attack's, a word between)
        return replace(left, end=right.end)
    if left.kind == "title" and right.kind == "title" and l_actor.code is None and r_actor.code is None \
            and not _definite_word(text[left.stem_start:left.end]):
        # "مبعوث أمين عام …": an office of an office, one title still waiting for its owner; one
        # definite word is a holder of its own ("استقبل الرئيس وزير الخارجية الأمريكي")
        return replace(left, end=right.end)
    if left.kind == "agent" and l_actor.code is None and right.kind == "person" and r_actor.code:
        # "أنصار الحريري", "مؤيدي الرئيس المعزول": people of the person's side, of his country
        return replace(left, end=right.end, actor=replace(l_actor, code=r_actor.code), kind="agent+country")
    if left.kind in ("agent", "organ", "title") and right.kind == "group" \
            and not (left.kind != "title" and _definite(text, left) and _bare_indefinite(text, right)) \
            and not _disagreeing_adjective(text, left, right):
        # "مسلحو هيئة تحرير الشام", "طيران التحالف الدولي", "مبعوث الأمم المتحدة", "المتمردين
        # الحوثيين": the group's own people. A definite organ or agent governs no genitive and
        # takes no indefinite adjective: "اعتقلت الشرطة عناصر من تنظيم داعش" names two actors
        return replace(right, start=left.start, stem_start=left.stem_start, lam_article=left.lam_article,
                       organ=l_actor.name if left.kind == "organ" else "")
    if left.kind == "agent" and l_actor.code is None and l_actor.group is None and right.kind.startswith("organ") \
            and " " not in text[left.stem_start:left.end] and not _definite(text, left) \
            and right.start == right.stem_start and not text[left.stem_start:left.end].endswith(("ون", "ين")) \
            and not text[left.end:right.start].strip():
        # "عناصر الجيش": the organ's own people, one indefinite word governing it ("مئات
        # المتظاهرين الشرطة" is the crowd and its object; a plural in ون/ين governs nothing, its
        # construct drops the ن: "هاجم مسلحون القنصلية الأمريكية"); its genitive is right after
        # it ("طالب سكان القرية وزارة الزراعة": the residents of the village, and a ministry)
        return replace(right, start=left.start, stem_start=left.stem_start, lam_article=left.lam_article)
    return None


def _disagreeing_adjective(text: str, left: ActorSpan, right: ActorSpan) -> bool:
    """"وحملت الحكومة الحوثيين المسؤولية": a definite feminine singular head takes no genitive,
    nor a masculine plural as its adjective ("الحكومة الحوثية" would be one): two actors."""
    head = text[left.stem_start:left.end]
    return head.startswith("ال") and " " not in head and head.endswith("ه") \
        and text.startswith("ال", right.stem_start) and text[right.stem_start:right.end].endswith(("ين", "ون"))


def _definite(text: str, span: ActorSpan) -> bool:
    """The span's first word carries the article ("الشرطة", "المتمردين")."""
    return text.startswith("ال", span.stem_start)


def _bare_indefinite(text: str, span: ActorSpan) -> bool:
    """The span begins with an indefinite word and no proclitic ("عناصر من تنظيم داعش")."""
    return span.start == span.stem_start and not _definite(text, span)


def _resolve_anaphors(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Point "الوزارة", "التنظيم", "الطرفين" … at the actor named before them; drop unresolved ones.
    An organ named bare ("طائرات أخرى") is the last owner named with that organ ("طائرات التحالف";
    a foreign state's only nearby, _owner_stands), and an organ right before an anaphor that names
    a group is that group's ("طائرات التحالف" after "التحالف العربي")."""
    resolved: list[ActorSpan] = []
    state_counts: Counter[str] = Counter()
    first_seen: dict[str, Actor] = {}
    owners: dict[str, tuple[Actor, int]] = {}  # organ -> the last actor named as its owner, and where
    article_states = Counter(span.actor.code for span in spans if span.actor.code)
    home = article_states.most_common(1)[0][0] if article_states else None
    for span in spans:
        if span.organ and (span.actor.code or span.actor.group):
            owners[span.organ] = (span.actor, span.end)
        elif span.kind == "organ" and span.actor.code is None and span.actor.name in owners \
                and not _names_an_act(span.head) and _owner_stands(owners[span.actor.name], span, home):
            span = replace(span, actor=owners[span.actor.name][0])
        if span.kind == "title" and span.actor.code is None and span.actor.group is None:
            holder = _title_named_before(text, span, resolved)
            if holder is not None:
                span = replace(span, actor=holder.actor)  # "الأمين العام" after "الأمين العام للجامعة العربية"
        if span.kind == "agent" and span.actor.code is None and span.actor.group is None \
                and span.head in cue_words("group_anaphor"):
            named = _group_of_sector(resolved, span.actor.sector)
            if named is not None:
                span = replace(span, actor=named)  # "المتمردين" after "الحوثيين": the Houthis
        if not span.kind.startswith("anaphor:"):
            resolved.append(span)
            if span.actor.code and span.actor.group is None and len(span.actor.code) == 3:
                state_counts[span.actor.code] += 1
                if span.actor.code not in first_seen:  # (not setdefault: it would build the default every time)
                    first_seen[span.actor.code] = replace(span.actor, sector=("GOV",))
            continue
        refers = span.kind.split(":", 1)[1]
        antecedents = (_armed_sides(text, resolved, span.start) if refers == "pair" else []) \
            or _antecedents(refers, resolved, state_counts, first_seen) \
            or _unnamed_antecedent(span.head, article_states)
        if len(antecedents) == 1 and antecedents[0].group and resolved and resolved[-1].kind == "organ" \
                and resolved[-1].actor.code is None and not _names_an_act(resolved[-1].head) \
                and _joinable(text, resolved[-1].end, span.start):
            # "طائرات التحالف": the organ of the group the anaphor names, one actor
            joined = _merge(resolved[-1], replace(span, actor=antecedents[0], kind="group"), text)
            if joined is not None:
                resolved[-1] = joined
                continue
        for actor in antecedents:
            resolved.append(replace(span, actor=actor, kind="anaphor"))
    return resolved


def _group_of_sector(before: list[ActorSpan], sector: tuple[str, ...]) -> Actor | None:
    """The last named group of one of these sectors (cues.tsv kind `group_anaphor`: the words
    that point back to it); with none named, the word stays generic (coding guide)."""
    for span in reversed(before):
        if span.actor.group and span.actor.code != INTERGOVERNMENTAL and set(sector) & set(span.actor.sector):
            return span.actor
    return None


def _armed_sides(text: str, before: list[ActorSpan], position: int) -> list[Actor]:
    """"الطرفين" after two armed parties named just before it in its sentence ("قيادي في التنظيم
    قتل على يد الجيش خلال المعارك بين الطرفين"): those two, in the order named;
    else none (the two states the article names most stand in, _antecedents)."""
    sides: list[Actor] = []
    for span in reversed(before):
        if position - span.end > PAIR_WINDOW or SENTENCE_END.search(text, span.end, position):
            break
        actor = span.actor
        if not ARMED_SECTORS.intersection(actor.sector):
            continue
        if all((actor.group, actor.code, actor.name) != (side.group, side.code, side.name) for side in sides):
            sides.append(actor)
        if len(sides) == 2:
            return sides[::-1]
    return []


def _title_named_before(text: str, title: ActorSpan, before: list[ActorSpan]) -> ActorSpan | None:
    """The last actor named before with this definite title of two words or more and whose it is
    ("الأمين العام لجامعة الدول العربية" for a later "الأمين العام"): a title named bare is that
    one's, when one is."""
    word = text[title.stem_start:title.end]
    if not word.startswith("ال") or " " not in word:
        # "وزير الصحة" after "وزير التعليم": another minister; "الرئيس بوتين" after "الرئيس
        # أوباما": one word of office says too little, and its name may follow it
        return None
    for earlier in reversed(before):
        if not (earlier.actor.code or earlier.actor.group) or earlier.kind.startswith(("state", "seat", "demonym")):
            continue
        if text.startswith(word + " ", earlier.stem_start):
            return earlier
    return None


def _owner_stands(owner: tuple[Actor, int], span: ActorSpan, home: str | None) -> bool:
    """A bare organ ("الجيش") is its last named owner's when that owner was named just before, is
    a group, or is of the state the article names most; a foreign army named once ("الجيش الوطني
    الإماراتي") does not make every later "الجيش" of a report from Yemen the Emirates'."""
    actor, end = owner
    return span.start - end <= OWNER_WITHIN or actor.code == home or actor.group is not None


@lru_cache(maxsize=1)
def _kingdoms() -> frozenset[str]:
    """The states one of whose names in states.tsv is a kingdom's ("المملكة الأردنية الهاشمية")."""
    kingdom = norm("المملكة")
    return frozenset(entry.code for entry in load_actor_entries()
                     if entry.kind == "state" and entry.code and norm(entry.phrase).startswith(kingdom + " "))


@lru_cache(maxsize=1)
def _unnamed_antecedents() -> dict[str, dict[str, Actor]]:
    """anaphors.tsv column `unnamed`: per anaphor, the group it stands for in an article about
    each state when no antecedent is named before it."""
    groups = {entry.group: _entry_actor(entry, None) for entry in load_actor_entries() if entry.kind == "group"}
    table: dict[str, dict[str, Actor]] = {}
    for row in read_tsv("anaphors.tsv"):
        by_state = {}
        for pair in split_forms(row.get("unnamed", "")):
            state, _, group = pair.partition(":")
            if group not in groups:
                raise ValueError(f"marsad/kb/data/anaphors.tsv: {row['form']}: unnamed {pair!r} "
                                 f"names no group of groups.tsv")
            by_state[state] = groups[group]
        for form in split_forms(row["form"]):
            table[norm(form)] = by_state
    return table


def _names_an_act(phrase: str) -> bool:
    """"غارات" is listed as the air force ("غارات روسية") but, bare, it is the act, not its doer."""
    return any(m.start == 0 and m.end == len(phrase) for m in trigger_lexicon().find(phrase))


def _unnamed_antecedent(head: str, article_states: Counter) -> list[Actor]:
    """The group an anaphor stands for with none named before it: that of the state the
    article names most among those anaphors.tsv lists for it (column `unnamed`)."""
    by_state = _unnamed_antecedents().get(head)
    if not by_state:
        return []
    named = [state for state in by_state if article_states[state]]
    return [by_state[max(named, key=article_states.__getitem__)]] if named else []


def _antecedents(refers: str, before: list[ActorSpan], state_counts: Counter,
                 first_seen: dict[str, Actor]) -> list[Actor]:
    if refers == "pair":
        # the two states named most, in the order the article first names them
        top = [code for code, _ in state_counts.most_common(2)]
        order = list(first_seen)
        return [first_seen[code] for code in sorted(top, key=order.index)] if len(top) == 2 else []
    if refers == "kingdom":
        # "المملكة": the kingdom the article has named most ("السعودية"، "الرياض" … in a report
        # from Riyadh; "المملكة الأردنية" in one from Amman), of equals the last named
        named = [code for code in state_counts if code in _kingdoms()]
        if not named:
            return []
        most = max(state_counts[code] for code in named)
        last = next(span.actor.code for span in reversed(before)
                    if span.actor.code in named and state_counts[span.actor.code] == most)
        return [first_seen[last]]
    for span in reversed(before):
        actor = span.actor
        if refers == "group" and actor.group and actor.code != INTERGOVERNMENTAL:
            return [actor]  # "التنظيم", "الحركة": an organisation, not a coalition of states
        if refers.startswith("organ:") and refers[6:] in span.head and (actor.code or actor.group):
            return [actor]
        if refers == "person" and span.kind == "person":
            return [actor]
        if refers == "state" and span.kind in ("state", "seat"):
            return [actor]
        if refers.startswith("owner:") and (actor.code or actor.group) and span.kind != "demonym":
            # "أعلنت روسيا أن طائراتها قصفت": a state's own forces; a group's are the group
            sector = refers.split(":", 1)[1].upper()
            return [replace(actor, sector=(sector,)) if "GOV" in actor.sector else actor]
    return []
