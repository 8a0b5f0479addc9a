"""Events from an analysed document: triggers, their source and target from Arabic word order,
claims and modality, dates and places.

Everything works on normalised offsets of one Document; `Event`s come out with original offsets.
The rules, in the order they apply to each trigger of a sentence:

1. Arguments. A verb takes a bare actor just before it as subject (SVO), else the first bare actor
   after it (VSO; a counted noun there, "قتل ثلاثة جنود", is who it befell when the verb takes an
   object, its doer when it takes none: "تظاهر مئات من الأهالي"; after an arrest verb one who cannot
   detain, with no object after him, was arrested: "اعتقل صحفي سوري"); its target is the next
   actor that is bare (a direct object) or introduced by one of the trigger's prepositions. A noun
   takes the actor that governs it ("عادت الوزارة لاتهام …", "شن الجيش هجوما") as source and its
   genitive as target, or else its genitive, adjective or "شنه/من قبل" actor as source and its
   prepositional actor as target. Passive participles ("المدعومة بطائرات روسية") take the noun
   before them as target. A verb of suffering ("تعرض الجيش لهجوم إيراني") makes its subject the
   target of the act noun after it, and so does one of meeting death ("لقي 41 متمردا مصرعهم"); a
   passive verb ("لقي حتفه", the vocalised "قُتلا") befell its subject. A verb of managing ("تمكنت
   الشرطة من اعتقال") gives its subject to the act right after it. Violence told as the outcome
   of an act before it ("مواجهات أسفرت عن مصرع 26 حوثيا") is that act's, its dead the act's
   target, and a killing told with the act it died in ("في غارات شنتها …") is that act's record. A protest with no target
   takes the actor its demand names ("مطالبين الحكومة بالاستقالة"), else the actor of what it is
   against ("احتجاجا على زيارة الرئيس الأميركي", "الموت لأمريكا"; across an act done to victims,
   "احتجاجا على مقتل مدنيين على يد القوات", that act's doer). A violent verb with no object before
   the cause of the harm ("قتل جنديان بانفجار عبوة", "قتلوا وأصيب آخرون") is passive: its subject
   was harmed. A verb joined by و with no
   subject of its own has the subject of the verb before, and its object pronoun that verb's object
   ("اعتقلت الشرطة عشرين شخصا وأطلقت سراحهم"). A circumstantial participle ("، داعيا المجتمع
   الدولي إلى …") is done by the subject of the act before it, or by the speaker whose words it
   follows. Coordinated actors ("روسيا وإيران") give one record each.
2. What is not news: a definite or plural event noun with no doer and no date ("عمليات خطف" is
   plural too), an act after a background word (منذ، قضية، ذكرى، المتهم ب …), a tally over a span
   of time ("مائة هجوم منذ بداية العام", "قتل 13 جنديا حتى الآن"), an undated present
   tense, an act whose absence is stated, the act a condemnation names, a death or wound in an
   accident ("جراء حادث سير"), a market's close or a matter concluded ("أغلق المؤشر منخفضا"،
   "أغلقت الإدارة ملف اللاعبين"), a word of a body's or programme's name ("نادي التعاون"، "مؤتمر دعم
   الاقتصاد"), an act in sport with no political doer ("طالب لاعبو المكسيك
   بركلتي جزاء"), a figure of speech or a formula
   ("تفجر الخلاف", "أيده الله"), an agreement named by its adjective ("الاتفاق النووي") or, with no
   time, named at all ("وينص الاتفاق"). An attack
   on a stance ("هاجم تصريحات …", "هجوما حادا") is criticism (ACCUSE).
3. Claims. An act introduced by ب after an accusation ("اتهمت قسد طائرات روسية باستهداف …") is
   alleged by the accuser, done by the accused. An interested party telling another's act
   ("قالت موسكو إن طائرات أميركية …") makes it a claim, and for hostile acts also accuses the doer.
   A distancing word (مزعوم، زعم) makes an act alleged by the accuser of its sentence. A denial
   answers the accusation told before it.
4. Modality. Negation just before a trigger, a foiled act ("أحبطت محاولة اغتيال"), future
   particles and the future prefix, conditionals.
5. Date and place from the trigger's own clause, else the publication date and no place.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from marsad.arabic import norm
from marsad.arabic.tokens import clitics
from marsad.extraction.document import CueSpan, Document, TriggerSpan
from marsad.kb.actors import (DEFINITE_WORD, INTERGOVERNMENTAL, ActorSpan, accusative_forms, construct_obliques,
                              is_office_word, oblique_plurals, office_words)
from marsad.kb.triggers import (NORM_WORD, NOUN_PROCLITIC_LETTERS, POSSESSIVE_PRONOUNS, Trigger, cue_words,
                                in_word_list, required_word_at, requirement_met)
from marsad.model import Actor, Event, Evidence, Mention, Place, Sentence, When

# PLOVER reads some acts by who does them: a government that protests ("احتجت مصر لدى إيران")
# accuses, it does not demonstrate. Keys: (type, sector of the source, verb or noun trigger).
# An army's backing ("المدعومة بغطاء جوي") is material AID: triggers.tsv says which triggers
# are backing (Trigger.by_army); an army's praise ("أشاد الجيش بـ…") stays SUPPORT.
TYPE_BY_SOURCE_SECTOR = {
    ("PROTEST", "GOV", "verb"): ("ACCUSE", "disapprove"),
}
ARMY_SECTOR = "MIL"
PLACE_KINDS = ("state", "seat")  # actors that are also places ("بغداد", "السعودية")
# harms done to people only (not "destroy", "targeted"): "ثلاثة جنود قتلوا" is قُتلوا, "6 غارات دمرت" active
HARMS_TO_PEOPLE = frozenset({None, "abduct", "torture", "beat"})
# Organs (organs.tsv, by their English name) that strike abroad as often as at home: unnamed
# ("قصفت طائرات مواقع في إدلب"), they take no country from the place they strike.
FLOWN_ABROAD = frozenset({"air force", "navy"})
# An arrest verb (these modes), or a violent verb done to someone (_harm: killing, abduction,
# torture …), with no subject before it and, after it, only an actor of none of these sectors
# ("اعتقل صحفي سوري", "خطف موظف بريطاني", "قتل مواطن سوري") is passive: that actor was taken or
# harmed by someone the text does not name (_passive_when_unarmed).
PASSIVE_WHEN_NO_DETAINER = frozenset({("COERCE", "arrest")})
DETAINING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "REB", "PRM", "UAF", "CRM"})
# What _prep says of "مواقع لحزب …": the owner of a direct object, itself part of the object.
POSSESSED = "of"
# Hostile acts whose telling by an interested party is also an accusation of the doer.
ACCUSED_WHEN_TOLD = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})
# Who reports what others did as fact, no party to it (coding guide: "بحسب المرصد…" is asserted):
# monitors and the press.
REPORTER_SECTORS = frozenset({"SOC", "JRN"})
# Hostile acts whose place stands for their target when the text names no other.
ATTACKS_ON_PLACES = frozenset({"ASSAULT"})
# Acts two parties do together: "بحث أوباما ونظيره التركي أردوغان" is one meeting of the first
# with the second (the first-named is the source, as in a clash), not two meetings with no one.
MUTUAL_ACTS = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Acts whose noun may name what an attack struck ("غارات على تعزيزات حوثية"), and the
# prepositions of the struck.
STRUCK_WHEN_ATTACKED = frozenset({"MOBILIZE"})
STRIKE_PREPOSITIONS = frozenset(norm(w) for w in ("على", "ضد"))
STRUCK_AFTER_VERB = 3  # words from an attack's verb to what it struck
UNKNOWN_BODY_WORDS = 2  # the words of an unknown body's name before the object ("مديرية الزراعة")
# Verbal acts that are about another act (an accusation, a denial, a demand): the place named
# with that act is its own.
WORDS_ABOUT_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
# Violence whose verb, followed by the cause of the harm ("قتل جنديان بانفجار"), is passive.
PASSIVE_BY_CAUSE = frozenset({"ASSAULT"})
# Acts whose demand ("اعتصموا مطالبين الحكومة بالاستقالة") names whom they address when the
# text names no other target.
ADDRESSED_BY_DEMAND = frozenset({"PROTEST"})
# Prepositions before the actor of what a protest is against ("تنديدا بالحكومة", "الموت لأمريكا"):
# an actor after any other ("احتجاجا على قرار منع … من السفر") is no addressee.
GRIEVANCE_PREPS = frozenset({None, POSSESSED, "على", "ب", "ل", "ضد"})
# An attack on a stance ("هاجم الوزير تصريحات نظيره") is criticism (PLOVER ACCUSE).
VERBAL_ATTACK = ("ACCUSE", "disapprove")
# Acts done in words: their sentence's places are those of what they speak of.
SAID_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
# How far (in words) arguments and cues are looked for.
SUBJECT_BEFORE_VERB = 4
OPENING_SUBJECT = 2  # words before the subject a sentence opens on (its verb, an honorific)
OPENING_WINDOW = 20  # characters read back for the end of the sentence before
OPENING_QUOTES = frozenset('«"“')
CLOSING_QUOTES = frozenset('»"”')
SUBJECT_AFTER_VERB = 5
# An office the knowledge base does not know, right after a verb, then the person who holds it:
# "انتقد نائب رئيس لجنة حماية المستهلك فهد بن سعد العتيبي القرار": he is the subject.
SUBJECT_AFTER_OFFICE = 10
# The sectors of the bodies of state that belong to the article's own state (_of_home).
HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
CLAUSE_SUBJECT_WORDS = 6  # words between an act to do and the subject of its clause
HELD_AFTER_DOER = 3  # words between an act noun's doer and the holder of what it struck
ON_BEHALF_OF = "باسم"  # "المتحدث باسم الوزارة": the office of speaking for a body
APPOSITION_WORDS = 6  # "، الجناح العسكري لحركة المقاومة الإسلامية قد"
TARGET_AFTER = 7
ACTOR_WORDS = 2  # what a long name counts for in TARGET_AFTER
TITLE_GAP_WORDS = 2  # words of a title the knowledge base does not cover ("النائب الثاني لرئيس …")
PARTNER_AFTER = 16  # "اجتمع الأمين العام، في مكتبه بمقر الأمانة في الرياض اليوم، مع سفير ميانمار"
PARTNER_PREPOSITION = "مع"
LOCATIVES = ("في", "وفي")
OFFICE_KINDS = frozenset({"title", "title+country", "organ", "organ+country", "group", "person"})
PARTNER_NAME_WORDS = 3  # words of a name the knowledge base does not know between مع and the partner's title
RELATIVE_WORDS = 4
RELATIVE_PRONOUN_CHARS = 8  # the longest relative pronoun ("اللواتي") and its space
GOVERNOR_BEFORE_NOUN = 2
ACT_OBJECT_WITHIN = 2  # words from an act to its object ("مقتل عشرة جنود")
NESTED_AFTER_TARGET = 4
CHARGE_WITHIN = 15  # words after a charged act that acts joined to it may stand
DESCRIBED_WITHIN = 3
THREAT_CONTENT_WITHIN = 2
SPEECH_TO_CONTENT = 8  # words from a verb of speech to the complementizer of its content
SUPPORT_BEFORE_NOUN = 5
NEGATION_BEFORE = 2
CALLED_OFF_BEFORE = 4  # "ألغت الحكومة المصرية أمس زيارة …": the verb, its subject and a time word
FUTURE_BEFORE = 3
CONDITIONAL_BEFORE = 10
DISTANCE_AROUND = 3
PREVENTED_WITHIN = 4
STANCE_WITHIN = 5
CONDEMNED_WITHIN = 12
DEMANDED_WITHIN = 3
CAUSE_WITHIN = 4
ASIDE_WORDS = 4  # words in brackets skipped on the way to a cause ("الشاب محمد (25 عاما) برصاص")
GRIEVANCE_WITHIN = 3
# The types whose verb takes words said as its object ("انتقد تصريحات …").
STANCE_ON_SPEECH = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
RECEIVED_WITHIN = 8  # "تلقى الرئيس المصري عبد الفتاح السيسي اتصالا"
GIVER_AFTER = 4  # "اتصالا هاتفيا مساء أمس من نظيره"
SUFFERED_WITHIN = 8  # "تعرض وزير التعليم العالي العراقي سامي المظفر لمحاولة"
RESULT_WITHIN = 2  # "ما أدى إلى سقوط تسعة قتلى"
SETTING_WITHIN = 400  # characters before a sentence in which its setting is named
JOINED_PLACE_GAP = 60  # characters before a place in which a place joined to it by و may start
QUESTION_MARKS = ("?", "؟")
JOINED_WITHIN = 6  # words between two acts joined by و
SEQUENCE_WITHIN = 10  # words between an act and the next told in sequence ("… قبل أن يقتادوه")
FEMININE_PAST = "ت"  # "اعتقلت": she arrested
RESULT_VERB_WITHIN = 8  # "أسفر انفجار سيارة ملغومة في وسط المدينة عن إصابة عشرة"
# Acts that a present tense with a counted crowd as doer tells as under way, not as a habit
# ("ويعتصم آلاف المتظاهرين أمام مقر الحكومة"; "المتظاهرون يحتجون" stays habitual).
UNDER_WAY_WHEN_PRESENT = frozenset({"PROTEST"})
# Acts whose doer may be a bare crowd (cues.tsv kind `crowd`: "تظاهر المئات", "خرج الآلاف إلى
# الشوارع"): civilians, as the coding guide codes "متظاهرون". For any other act a bare count is
# no actor ("قتل العشرات" names its dead, not who they were).
CROWD_ACTS = frozenset({"PROTEST"})
# Acts that befall a suspect or a defendant (cues.tsv kind `accused`), who never does them:
# "إدانة المتهم" is his conviction, "عقوبات المتهمين" their sentences.
BEFALLS_THE_ACCUSED = frozenset({"COERCE", "SANCTION", "ACCUSE"})
# Acts an announcer need not have done ("أعلنت وزارة الصحة مقتل 20"، "أعلنت الشرطة تظاهر المئات").
NOT_THE_ANNOUNCERS = frozenset({"ASSAULT", "PROTEST"})
# Acts told as the backing another act is done with ("تقدمت القوات بدعم من الطيران الروسي").
BACKING_ACTS = frozenset({"AID", "SUPPORT"})
FUTURE_ADJECTIVE_AFTER = 2  # words after an act noun that its "awaited" adjective may stand within
# The preposition a verb of announcing may take before the act it announces ("أعلنت الوزارة عن
# اعتقال خلية").
ANNOUNCED_ABOUT = frozenset({"عن"})
# The prepositions a verb of expressing takes before the act it expresses ("أعربت مصر عن رفضها"،
# "شدد الوزير على رفضه").
STANCE_LINKS = frozenset({"عن", "على"})
# The particle of the perfect between a subject and its verb ("وكانت الجبهة قد أعلنت").
PERFECT_PARTICLE = "قد"
# Acts a speaker's words are said in ("قال الجبير في مؤتمر صحفي"، "في لقاء مع"): cues.tsv kind meeting_frame.
MEETING_FRAMED = frozenset({"CONSULT"})
# Acts whose verb, unvocalised, is read as passive before a counted noun ("قتل ثلاثة جنود"، "اعتقل
# عشرات"، "أدين خمسة"); other verbs have the counted people as their doers ("طالب عدد من النواب").
COUNTED_PASSIVE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Acts on a place that befall whoever holds it ("قصف مناطق يسيطر عليها التنظيم"), the most words
# of a holder phrase before him (cues.tsv kind holder), and the words after him in which such a
# verb makes him its subject ("منطقة كان مقاتلو داعش يحاولون السيطرة عليها").
HOLDERS_TARGETED = frozenset({"ASSAULT", "COERCE"})
HOLDER_WORDS = 2
HOLDER_AFTER = 4
# Act nouns that a verb requiring them acts on, no acts of their own: the agreement signed
# ("وقعت مصر اتفاقية"), the term of custody a court hands down ("قضت المحكمة بحبس المتهم
# عامين": a sentence, no arrest). A protest broken up ("فضت الشرطة الاعتصام") still took place.
REQUIRED_OBJECTS = frozenset({"AGREE", "COERCE"})
SOME_OF = "عددا"  # the accusative count ("اعتقلت الشرطة عددا من قادة …"), read as the number عدد
SPEAKER_BEFORE_OWN_ACT = 6  # words from a speech verb to the act he names as his ("وقال الجبير إن محادثاته")
CHARGE_CONTENT = 5  # words from a charge ("متهم ب…") to an act it names
CLAIMED_AFTER = 2  # words from a claim ("مسؤوليته عن") to the attack it claims
CLAIMING_KINDS = frozenset({"group", "organ", "organ+country", "anaphor", "agent"})  # who claims attacks ("مسلحون")
CLAIM_WITHIN = 8  # words between a claim of responsibility ("تبنى") and the attack it claims
ANNOUNCED_CLAIM = 5  # words from a verb of announcing to the bare "المسؤولية" it makes a claim
TRUCE_STANDING = 5  # words from "انتهك"، "خرق" … to the truce they say stands already
DECLINED_WITHIN = 6  # words after "اعتذر" to the act it declines ("اعتذر الرئيس الليبي عن عدم …")
CROWD = Actor(text="", code=None, sector=("CVL",))
VICTIMS_WITHIN = 5
# Act nouns (type, mode) whose actor after this preposition is their doer when the noun says at
# whose request something was done ("بناء على طلب من تركيا", "بطلب من الحكومة"), while the verb
# "طلب من تركيا" asks Turkey.
REQUESTED_BY = {("REQUEST", "assist"): "من"}
ON_REQUEST = norm("على")  # "بناء على طلب"
# Acts (type, mode) whose noun told with ب ("بتهمة", "بتهم") says on what charge someone is held
# or tried ("ردت الوزارة بانتقاد …", a criticism, is its governor's).
CHARGED_WITH_BA = frozenset({("ACCUSE", "allege")})
CHARGE_AFTER = 3  # words of an unknown name between the one accused and the charge
HARM_CAUSE_WITHIN = 8
DEMANDS_READ_AS_NOUNS = frozenset({"REQUEST"})  # "طالب": also a student (_described_by_demonym)
OFFICE_CHAIN_WORDS = 2  # office words and honorifics between the offices of one subject
ONE_SIDE = " " + norm("من جهة")  # after the actors of one side of a pair ("بين … من جهة، و …")
NON_SPACE = re.compile(r"\S+")  # a word with the signs around it (a comma is read as one)
ONE_SIDE_WORDS = 6  # the most words of one side, from the end of its first actor to "من جهة"
COUNT_WORDS = 1  # a count between ل and whom an act befell ("لـ 40 شخصا")
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # on a verb, read on the original text (ة is no pronoun)
BETWEEN = norm("بين")
AT_LEAST = (norm("على الأقل"), norm("في الأقل"))  # a count's hedge, no phrase of its own
SERIES_WORDS = 2  # "موجة من" between a verb of harm and the act noun that is its subject
# Acts whose countryless public (CVL) is the caller's own people (_own_public).
CALLS_ON_OWN_PUBLIC = frozenset({"REQUEST"})
# Violence whose bare count after it ("مقتل 13", "قتل 20") is who it befell.
COUNTED_VICTIMS = frozenset({"ASSAULT"})
ACT_BEFORE_RESULT = 20
ACCIDENT_WITHIN = 20  # words from a harm to the accident that caused it
TALLY_AFTER = 8  # words from an act to the span of time that makes it a tally ("منذ بداية العام")
TALLY_BEFORE = 3  # words from that span to an act after it ("منذ بداية العام الحالي قتل")
COMPARISON_BEFORE = 2  # words from a comparison to the act it singles out ("أكبر هجوم انتحاري")
# Acts (type, mode, verb or noun; None for both) that a word of a cues.tsv word list in their
# sentence makes something else: closing said of a market or a matter ("أغلق مؤشر السوق
# منخفضا"), a request noun said of a market's demand ("الطلب الصيني على النفط").
VOIDED_BY_WORDS = {
    ("COERCE", "restrict", None): ("closed_matter", "a market's close or a matter concluded"),
    ("REQUEST", "assist", "noun"): ("market", "a market's demand, no request"),
    ("ASSAULT", "targeted", None): ("service_aim", "whom a course or programme serves, no attack"),
}
SPORT_WORDS = 2  # words of sport that make a sentence one about sport
# Acts told literally even in sport: "قُتل لاعب فريق الزوراء", "اعتقل مسؤولون في الفيفا".
LITERAL_IN_SPORT = frozenset({"ASSAULT", "COERCE"})
POLITICAL_KINDS = frozenset({"person", "title", "organ", "group", "anaphor"})  # see _political_doer
DAMMA = "\u064f"  # on the first letter of a past verb, the mark of its passive ("قُتل")
# Prepositions that introduce the act a harm came from ("قتل جنديان في هجوم"، "قتل جنديان بعد
# هجوم للمتمردين"), beside the cause cues.
CAUSE_PREPOSITIONS = frozenset({"في", "خلال", "بعد"})
# The cue words that make the act noun after them known, not told: background (منذ، قضية …) and
# anchor (بعد، غداة …, the time of another act).
BACKGROUND_KINDS = ("background", "anchor")
# cues.tsv kinds of the words that, right after an act word of this type, make it no event:
# "تفجر الخلاف" (a figure), "رفض الكشف عن هويته" (a source's anonymity), "استقبال الزوار" (a
# crowd received). God's names (divine) do so after any act word.
FIGURE_WORDS = {"ASSAULT": "figurative", "REJECT": "withheld", "CONSULT": "received_crowd"}
# Acts whose definite noun with a qualifier after it names a known one, not one told here: "الاتفاق
# النووي", "الاتفاقية الأمنية", "الاتفاق الذي توصلت إليه …" (a verb tells reaching or signing it).
NAMED_WHEN_QUALIFIED = frozenset({"AGREE"})
# Marks that end a clause inside a sentence.
CLAUSE_MARKS = ",;:"
_COMMA = re.compile(",")


@dataclass
class Candidate:
    """An event under construction, in normalised offsets."""

    trigger: TriggerSpan
    source: ActorSpan | None
    target: ActorSpan | None
    sentence: Sentence
    modality: str = "asserted"
    claimant: ActorSpan | None = None
    nested_in: "Candidate | None" = None


@dataclass(frozen=True)
class Speech:
    """"قالت موسكو إن …": the reporting verb, its named speaker, the complementizer that opens
    what is said, and where that content ends (the next reporting verb, else the sentence)."""

    verb: CueSpan
    speaker: ActorSpan
    complementizer: CueSpan
    content_end: int
    party: bool = True  # a named party; else a generic speaker ("المتمردون") or a commentator, who claims nothing

    def holds(self, candidate: Candidate) -> bool:
        return self.complementizer.end <= candidate.trigger.start < self.content_end


def find_events(doc: Document, article_id: str, explain: list | None = None) -> list[Event]:
    """Every event of the document, in text order, without repeats. `explain`, when given,
    collects (Candidate, reason) for every candidate that gives no event (see marsad.explain)."""
    kept: list[Candidate] = []
    last_accuser: ActorSpan | None = None
    unclaimed: list[Candidate] = []  # the attacks of the last sentence to name one, told with no doer
    for sentence in doc.sentences:
        candidates = _sentence_candidates(doc, sentence, explain)
        for candidate in candidates:
            if candidate.source is None and _opens_sentence(doc, candidate) \
                    and _sentence_subject(doc, sentence) is None:
                # "… . وأدان الهجوم": a verb that opens its sentence and names no subject carries
                # the subject of the sentence before (its pronoun points back; a plural verb, "وطالبوا",
                # not a person's)
                carried = _previous_subject(doc, sentence)
                plural_verb = doc.norm[candidate.trigger.end - 2:candidate.trigger.end] == "وا"
                if carried is not None and not _same_actor(carried, candidate.target) \
                        and not (plural_verb and carried.kind == "person"):
                    candidate.source = carried
            if candidate.trigger.trigger.type == "REJECT" and candidate.target is None \
                    and candidate.source is not None and not _same_actor(candidate.source, last_accuser):
                # a denial answers the accusation told before it; with none, or no denier, it names
                # no one ("عبر المجلس عن رفضه للعنف" is no reply to anybody)
                candidate.target = last_accuser
            if candidate.trigger.trigger.type == "ACCUSE" and candidate.source is not None:
                last_accuser = candidate.source
        claim = next((c for c in candidates if _claims_an_attack(doc, c)), None)
        if claim is not None and unclaimed and not _dated_otherwise(doc, claim, unclaimed):
            # "وتبنى تنظيم داعش مسؤولية الهجوم": the claim names the doer of the attack told
            # before it with none; one operation, one record (coding guide), so the claim and its
            # retelling after it ("وقال إن أبو جعفر قام بتفجير سيارته") tell no attack of their own
            for attack in unclaimed:
                attack.source = claim.source
            retold = [c for c in candidates if c.trigger.trigger.type == "ASSAULT" and c.trigger.start >= claim.trigger.start]
            for candidate in retold:
                _drop(explain, candidate, "the claim of an attack told before it")
            candidates = [c for c in candidates if c not in retold]
        attacks = [c for c in candidates if c.trigger.trigger.type == "ASSAULT" and (c.source or c.target)]
        if attacks:
            unclaimed = [c for c in attacks if c.source is None and c.modality == "asserted"]
        kept.extend(candidates)
    events: list[Event] = []
    for candidate in kept:
        produced = _to_events(doc, candidate, article_id)
        if not produced:
            _drop(explain, candidate, "no actor on either side"
                  if candidate.source is None and candidate.target is None else "same actor on both sides")
        events.extend(produced)
    return events


def _joined_stance_verbs(doc: Document, sentence: Sentence) -> list[int]:
    """Where a verb of expressing a stance joined by و begins ("، وأعرب رئيس الوزراء عن
    الغضب"): a clause of its own, whose subject is no object of the verb before. Not bare:
    "عبر" is also "via" ("أعلنت الوزارة عبر بيان")."""
    return [m.start() for m in _joined_stance_verb_pattern().finditer(doc.norm, sentence.start, sentence.end)]


@lru_cache(maxsize=1)
def _joined_stance_verb_pattern() -> re.Pattern:
    """A whole word و + a verb of cues.tsv kind own_stance (one search per sentence: every
    sentence with a trigger asks)."""
    verbs = "|".join(sorted(map(re.escape, cue_words("own_stance")), key=len, reverse=True))
    return re.compile(rf"(?<![0-9a-z\u0621-\u064a])و(?:{verbs})(?![0-9a-z\u0621-\u064a])")


def _adjective_of_a_stance(doc: Document, actor: ActorSpan) -> bool:
    """A demonym right after a definite word of a stance ("انتقد الموقف القطري"، "رفض التدخل
    الإيراني"; cues.tsv kind stance): whose stance it is, the object's, no verb's subject."""
    if actor.kind != "demonym" or actor.start != actor.stem_start:
        return False
    words = _words_before(doc, actor.start, 1)
    return bool(words) and _definite_stance(words[0])


def _definite_stance(word: str) -> bool:
    """A word of kind stance with the article ("الموقف"، "التدخل")."""
    return word.startswith("ال") and word[2:] in cue_words("stance")


def _sentence_subject(doc: Document, sentence: Sentence) -> ActorSpan | None:
    """Who a sentence is about: its first actor, within OPENING_SUBJECT words of its start,
    governed by no preposition and after no act noun ("التقى وزير الخارجية السعودي …"، "وقال
    الجبير إن …"; not "وأدان الهجوم الإرهابي", the attack's adjective)."""
    after_opening = doc.word_index(sentence.start) + OPENING_SUBJECT + 1
    end = min(sentence.end, doc.word_starts[after_opening] if after_opening < len(doc.word_starts) else sentence.end)
    for actor in doc.between("actors", sentence.start, end):
        if _adjective_of_a_stance(doc, actor):
            continue
        opening = NORM_WORD.findall(doc.norm, sentence.start, actor.start)
        if any(t.trigger.pos == "noun" for t in doc.between("triggers", sentence.start, actor.start)) \
                or any(w in cue_words("complementizer") for w in opening):
            return None  # (after "أن" it is the subject of what is said: "وأضافوا أن تنظيم داعش …")
        if _prep(doc, actor) is None:
            return actor
    return None


def _opens_with_a_verb(doc: Document, sentence: Sentence) -> bool:
    """The sentence's first word is a verb of speech or of an act ("وأضافوا"، "وطالب")."""
    index = doc.word_index(sentence.start)
    if index >= len(doc.word_starts):
        return False
    start = doc.word_starts[index]
    return any(c.cue.pos == "verb" for c in doc.between("cues", start, start + 1)) \
        or any(t.trigger.pos == "verb" for t in doc.between("triggers", start, start + 1))


def _opens_sentence(doc: Document, candidate: Candidate) -> bool:
    """An active verb that is the sentence's first word, or its second after a particle of
    continuation ("كما"، "ثم"), and is followed by no subject of its own: by a preposition
    ("وطالب بـ"، "ودعا إلى"), the act it names ("وأدان الهجوم"), a stance ("كما انتقد
    التدخل") or whom a call is addressed to ("وطالب المجتمع الدولي بـ"). Not an attack, an
    arrest or a sentence, whose unvocalised verb is as often passive ("واعتقل في يوليو")."""
    trigger = candidate.trigger
    if trigger.trigger.pos != "verb" or trigger.trigger.participle or _passive_verb(doc, trigger) \
            or trigger.trigger.type in COUNTED_PASSIVE:
        return False
    before = NORM_WORD.findall(doc.norm, candidate.sentence.start, trigger.start)
    if before and not (len(before) == 1 and before[0] in cue_words("continuation")):
        return False
    following = _words_after(doc, trigger.end, 1, candidate.sentence.end)
    if not following:
        return False
    word = following[0]
    if doc.original_text(word.start(), word.end()).startswith("إمام"):
        return False  # "وأشاد إمام المسجد": the imam, written like "أمام" (before) once normalised
    # (a definite noun after ب or ل: "بالعمل"، "للتركيز"; a bare ب/ل word may be a name, "بلاتر".
    # An act of the verb's own type after it is its subject: "وناقش الاجتماع")
    return word.group() in cue_words("preposition") or word.group().startswith(("بال", "لل")) \
        or _definite_stance(word.group()) or _addressed(doc, word.start()) \
        or any(t.start == word.start() and t.trigger.pos == "noun" and t.trigger.type != trigger.trigger.type
               for t in doc.between("triggers", word.start(), word.end()))


def _addressed(doc: Document, position: int) -> bool:
    """The words at `position` name whom a call is addressed to, no actor ("المجتمع الدولي"،
    "جميع الأطراف"; cues.tsv kind addressee)."""
    return any(doc.norm.startswith(phrase, position)
               and not doc.norm[position + len(phrase):position + len(phrase) + 1].isalpha()
               for phrase in cue_words("addressee"))


def _dated_otherwise(doc: Document, claim: Candidate, attacks: list[Candidate]) -> bool:
    """The words after the claimed act name a time that is not the attacks': "وكانت الجماعة قد
    أعلنت مسؤوليتها عن الهجوم الذي وقع في منتصف يونيو" claims an earlier one."""
    told = next((t.value for t in doc.between("times", claim.trigger.start, claim.sentence.end)), None)
    return told is not None and all(_event_date(doc, attack) != told for attack in attacks)


def _claimer(doc: Document, trigger: TriggerSpan, sentence: Sentence) -> ActorSpan | None:
    """Who claims the attack noun right after a word of kind `claim` ("مسؤوليته عن هجوم"، "تبنى
    التفجير"): the last group or organisation before that word in the sentence, else None."""
    claim_start = _claim_word_start(doc, trigger, CLAIMED_AFTER, sentence.start)
    if trigger.trigger.pos != "noun" or claim_start is None:
        return None
    return next((a for a in reversed(doc.within("actors", sentence))
                 if a.end <= claim_start and a.kind in CLAIMING_KINDS), None)


def _claims_an_attack(doc: Document, candidate: Candidate) -> bool:
    """A claim of responsibility for an attack already told: a definite attack noun ("الهجوم",
    "التفجير") with its doer, told as a fact (an alleged one is a blame: "حمّل الحوثيين مسؤولية
    الهجوم"), after a word of kind `claim` ("تبنى", "مسؤوليته") in the words before it."""
    trigger = candidate.trigger
    if trigger.trigger.type != "ASSAULT" or trigger.trigger.pos != "noun" or candidate.source is None \
            or candidate.modality != "asserted" or not _definite(doc, trigger):
        return False
    return _claim_word_start(doc, trigger, CLAIM_WITHIN, candidate.sentence.start) is not None


def _claim_word_start(doc: Document, trigger: TriggerSpan, within: int, floor: int) -> int | None:
    """Where the nearest word of kind `claim` ("تبنى", "مسؤوليته") among the `within` words
    before the trigger (and after `floor`) starts, in normalised text; None without one."""
    index = doc.word_index(trigger.start)
    for position in reversed(range(max(0, index - within), index)):
        start = doc.word_starts[position]
        if start < floor:
            break
        word = NORM_WORD.match(doc.norm, start)
        if word and (_listed(word.group(), "claim")
                     or _listed(word.group(), "claim_announced") and _announced(doc, position, floor)):
            return start
    return None


def _announced(doc: Document, position: int, floor: int) -> bool:
    """A verb of announcing among the ANNOUNCED_CLAIM words before word `position` (and after
    `floor`): "أعلنت حركة طالبان المسؤولية" claims, "حمّلت الحكومة داعش المسؤولية" blames."""
    return any(_listed(word, "announce")
               for word in _words_before(doc, doc.word_starts[position], ANNOUNCED_CLAIM, floor))


def _drop(explain: list | None, candidate: Candidate, reason: str) -> None:
    """Record why a candidate gives no event, when someone asked (`marsad explain`)."""
    if explain is not None:
        explain.append((candidate, reason))


def _sentence_candidates(doc: Document, sentence: Sentence,
                         explain: list | None = None) -> list[Candidate]:
    if not doc.within("triggers", sentence):
        return []  # most sentences
    cues = doc.within("cues", sentence)
    masked = _relative_clauses(doc, sentence, cues)
    triggers = [t for t in _one_harm(doc, doc.within("triggers", sentence))
                if not _inside(t.start, masked)
                and (requirement_met(t.trigger, doc.norm, t.end) or _told_as_result(doc, t, sentence)
                     or _required_after_subject(doc, t, sentence))]
    in_sentence = doc.within("actors", sentence)
    actors = [a for a in in_sentence
              if not _inside(a.start, masked) and not _is_place_reading(doc, a)
              and not _names_a_meeting(doc, a, in_sentence) and not _describes_act(doc, a, triggers)]
    if explain is not None:
        for trigger in doc.within("triggers", sentence):
            if any(t.start <= trigger.start and trigger.end <= t.end for t in triggers):
                continue  # kept, alone or joined to the harm before it ("مقتل وإصابة")
            _drop(explain, Candidate(trigger, None, None, sentence),
                  "inside a relative clause" if _inside(trigger.start, masked) else "required word missing")
    # Clauses begin at a verb (not a participle: "، مطالبين الحكومة بـ…" goes with the clause
    # before it), at speech and a complementizer, and at a clause of narration or one with a
    # subject of its own ("قتلوا بعد أن استولت قوات …": who took the enclave did not kill). The
    # words of the last are also verb markers ("بعد أن"، "عندما"), so they are known by their phrase
    openers = cue_words("narrative") | cue_words("clause_start")
    boundaries = sorted([t.start for t in triggers if t.trigger.pos == "verb" and not t.trigger.participle]
                        + [c.start for c in cues if (c.cue.kind in ("speech", "complementizer") or c.phrase in openers)
                           and not _object_of_a_stance_verb(doc, c, triggers)]
                        + _joined_stance_verbs(doc, sentence))
    dated = bool(doc.within("times", sentence))
    verb_starts = frozenset(t.start for t in triggers if t.trigger.pos == "verb")
    described = {t: _described_act(doc, t, triggers, actors) for t in triggers}
    crowds = _crowds(doc, sentence, actors) if any(t.trigger.type in CROWD_ACTS for t in triggers) else []
    with_crowds = sorted(actors + crowds, key=lambda a: a.start)
    arguments = {t: _arguments(doc, t, with_crowds if t.trigger.type in CROWD_ACTS else actors, boundaries,
                               sentence, cues, verb_starts, described[t] is not None) for t in triggers}
    for trigger, (source, target) in arguments.items():
        claimer = _claimer(doc, trigger, sentence) if trigger.trigger.type == "ASSAULT" else None
        if claimer is not None:
            # "أعلن تنظيم داعش مسؤوليته عن هجوم انتحاري": who claims the attack did it (and so
            # the verb that describes the attack, below), whatever the words after the noun say
            # ("هجوم اليوم الانتحاري": the adjective is no doer)
            source = claimer
            arguments[trigger] = (source, target)
        giver = _giver(doc, trigger, actors, boundaries, sentence)
        if giver is not None:
            # "تلقى الرئيس اتصالا هاتفيا من نظيره": who it came from made the call, to the receiver
            source, target = giver, (source if source is not giver else None)
            arguments[trigger] = (source, target)
        victims = _counted_victims(doc, trigger, sentence, actors)
        if victims is not None and (target is None or victims.start < target.start):
            # "مقتل 13 في هجوم", "قتل 20 وأصيب 70 في هجوم انتحاري": a bare count of the dead
            # right after the killing is who was harmed
            arguments[trigger] = (source, victims)
    told_by_verb: dict[TriggerSpan, TriggerSpan] = {}
    caused_by: dict[TriggerSpan, TriggerSpan] = {}  # a killing -> the act it is the record of
    for harm, act in _harm_causes(doc, triggers).items():
        # "قتل 30 متمردا في غارات شنتها طائرات التحالف على مواقعهم": one operation, one record:
        # the doer of the act that caused the harm is its doer, and what the act names as
        # attacked is the target, else the casualties (coding guide, "Targets")
        (harm_source, harm_target), (act_source, act_target) = arguments[harm], arguments[act]
        if _same_span(act_source, harm_target):
            # one actor read as both: the act's own when right after an indefinite act noun ("قتل
            # خمسة جنود في غارة أمريكية"), else the harmed ("أصيب في الهجوم عشرون جنديا")
            if act_source.start >= act.end and not _definite(doc, act) \
                    and doc.words_between(act.end, act_source.start) == 0:
                harm_target = None
            else:
                act_source = None
        if act_source is None or harm_source is None or harm_source is act_source:
            # (the same doer when the killing read the act's agent phrase: "لقي 41 متمردا
            # مصرعهم في غارات شنتها طائرات التحالف"; no doer named: "لقي 42 مصرعهم في تفجيرين")
            arguments[harm] = (act_source or harm_source, act_target or harm_target)
            told_by_verb[act] = harm
            caused_by[harm] = act
    for verb, act in _required_acts(doc, triggers).items():
        # "توصلت الحكومة إلى اتفاق مع الحوثيين", "وصل ظريف إلى بيروت في زيارة": the word a verb
        # requires is its own act (or what it acts on: "وقعت مصر اتفاقية مع روسيا"), one record
        # (the verb's, with the noun's target if it has none); the noun's doer is the verb's ("في
        # زيارة يلتقي خلالها الملك": who visits meets him)
        (verb_source, verb_target), (act_source, act_target) = arguments[verb], arguments[act]
        arguments[verb] = (verb_source, verb_target or act_target)
        arguments[act] = (act_source or verb_source, act_target)
        told_by_verb[act] = verb
    for verb, act in described.items():
        if act is not None:
            # "ضربة جوية استهدفت التنظيم": the verb tells the act of the noun it describes; the
            # noun's doer is the verb's, and one operation of one type is one record (the verb's)
            (noun_source, noun_target), (_, verb_target) = arguments[act], arguments[verb]
            arguments[verb] = (noun_source, verb_target or noun_target)
            if act.trigger.type == verb.trigger.type:
                told_by_verb[act] = verb
    for harm, act in caused_by.items():
        verb = told_by_verb.get(act)
        if described.get(verb) is act and any(arguments[verb]):
            # "لقي 42 مصرعهم في تفجيرين استهدفا محطتي حافلات": the killing, the bombing and the
            # verb that describes it are one operation; its record is the verb's, when it names
            # someone ("استهدف ثكنة عسكرية" names no one: the killing's record stays)
            told_by_verb[harm] = verb
    results = {outcome: told_by_verb.get(act, act) for outcome, act in _results(doc, triggers, cues).items()}
    for result, act in results.items():
        # "مواجهات أسفرت عن مصرع 26 حوثيا": the dead are the act's target when it names none,
        # and the doer of the act is that of its outcome; the outcome is no record of its own
        (act_source, act_target), (result_source, result_target) = arguments[act], arguments[result]
        # the outcome's words are no argument of the act ("أطلقت النار ما أدى إلى مقتل شخص")
        act_source, act_target = (None if a is not None and a.start > result.start else a
                                  for a in (act_source, act_target))
        arguments[act] = (act_source or result_source, act_target or result_target)
    for frame, doer in _framing_doers(doc, triggers, cues, actors, arguments, boundaries, sentence).items():
        # "وطالب مورار في ختام زيارة لليمن": who does the verb does the act it is done during
        frame_source, frame_target = arguments[frame]
        if frame_source is None and doer is not frame_target:
            arguments[frame] = (doer, frame_target)
        elif frame.trigger.type == "CONSULT" and frame.trigger.mode != "visit" and frame_target is None \
                and frame_source is not None \
                and not _same_span(frame_source, doer) and frame_source.start > frame.end:
            # "وأعرب الوزير لدى استقبال السفير الياباني": the meeting's genitive is whom the
            # clause's subject met (a visit's is the visitor: "خلال زيارة كارتر")
            arguments[frame] = (doer, frame_source)
    for act in triggers:
        act_source, act_target = arguments[act]
        if act_source is None and act_target is not None and act.trigger.genitive == "backing" \
                and _used_as_verb(doc, act):
            # "أكدت السعودية حرصها على دعم الحكومة اليمنية"، "تعهد الاتحاد الأوروبي بتقديم الأموال
            # لمساعدة اليونان": the act to do is the clause's subject's
            doer = _clause_subject_before(doc, act, actors, sentence)
            if doer is not None and doer is not act_target:
                arguments[act] = (doer, act_target)
    resulting = frozenset(results.values())  # an act with a told outcome is news, not a generic noun
    condemned = _condemned(doc, triggers, boundaries)
    for condemnation, act in _condemnations(doc, triggers, condemned).items():
        (source, target), (act_source, act_target) = arguments[condemnation], arguments[act]
        if _same_span(target, act_target) or target is None and act_source is not source:
            # "استنكر الوزير إحراق مبنى المحكمة": what the act befell is no one condemned; the
            # condemnation's target is the act's doer as the text names him ("استنكارها للهجوم
            # الذي نفذه مسلحون"), else none (coding guide)
            arguments[condemnation] = (source, act_source)
    candidates: list[Candidate] = []
    background: set[TriggerSpan] = set()  # acts named, not told: their outcomes are not told either
    for trigger in triggers:
        if trigger in results and results[trigger] in background:
            _drop(explain, Candidate(trigger, *arguments[trigger], sentence), "the result of an act not told")
            continue  # "… الهجوم الذي نفذته الحركة في مايو وأسفر عن مقتل المئات"
        source, target = arguments[trigger]
        if trigger.trigger.type in BEFALLS_THE_ACCUSED and _accused(doc, source):
            source, target = None, target or source
        if source is None and trigger.trigger.pos == "noun" and trigger.trigger.type not in NOT_THE_ANNOUNCERS:
            source = _announcer(doc, trigger, actors)
        if source is None and trigger.trigger.pos == "noun" and trigger.trigger.genitive in ("agent", "backing") \
                and _possessed(doc, trigger) and not _definite(doc, trigger):  # ("التهم" is no تهم + هم)
            source = _speaker_of_own_act(doc, trigger, cues, actors) or _stance_holder(doc, trigger, actors)
        if target is None and trigger.trigger.type in ADDRESSED_BY_DEMAND:
            target = _demanded(doc, trigger, source, actors, boundaries, sentence) \
                or _grieved(doc, trigger, source, actors, boundaries, sentence)
        if _figurative(doc, trigger) or _god_after_subject(doc, trigger, source):
            _drop(explain, Candidate(trigger, source, target, sentence), "a figure of speech or a formula, no event")
            continue  # "تفجر الخلاف", "انفجار الأزمة", "أيده الله"
        if _subsidy(doc, trigger, actors):
            _drop(explain, Candidate(trigger, source, target, sentence), "a state's subsidy, no support")
            continue  # "خفضت الحكومة الدعم", "دعم الوقود"
        if _described_by_demonym(doc, trigger, actors):
            _drop(explain, Candidate(trigger, source, target, sentence), "a noun its nationality describes, no verb")
            continue  # "جثة طالب سعودي": a student
        if trigger.trigger.pos == "noun" and _names_a_body(doc, trigger):
            _drop(explain, Candidate(trigger, source, target, sentence), "a word of a name (a body, a programme)")
            continue  # "نادي التعاون", "مؤتمر دعم الاقتصاد المصري", "مشروع اتفاق"
        if trigger.trigger.pos == "noun" and trigger.trigger.genitive == "passive" and _definite(doc, trigger) \
                and not _means_after(doc, trigger):
            _drop(explain, Candidate(trigger, source, target, sentence), "a definite participle: who its noun is")
            continue  # "الجماعة المدعومة من إيران": undated background, like "التي تدعمها إيران"
        if trigger.trigger.type == "CONCEDE" and _truce_standing(doc, trigger, sentence):
            _drop(explain, Candidate(trigger, source, target, sentence), "a truce that stands already")
            continue  # "انتهاك وقف إطلاق النار"، "بقطع الهدنة"
        if trigger.trigger.type == "CONCEDE" and _declining(doc, trigger, sentence):
            _drop(explain, Candidate(trigger, source, target, sentence), "declining, not an apology")
            continue  # "اعتذر عن المشاركة"
        voided = _voided_by_words(doc, trigger, sentence)
        if voided is not None:
            _drop(explain, Candidate(trigger, source, target, sentence), voided)
            continue  # "أغلق مؤشر سوق الأسهم منخفضا", "زاد الطلب الصيني على النفط"
        if _harm(trigger) and _accidental(doc, trigger):
            _drop(explain, Candidate(trigger, source, target, sentence), "a death or wound in an accident")
            continue  # "لقي أربعة أشخاص مصرعهم جراء حادث سير": no one attacked anyone
        if trigger in condemned:
            background.add(trigger)
            _drop(explain, Candidate(trigger, source, target, sentence), "what a condemnation condemns")
            continue  # "استنكر الوزير تفجيرات …": an act told elsewhere, named as what is condemned
        if trigger.trigger.type in STRUCK_WHEN_ATTACKED and trigger.trigger.pos == "noun" \
                and _struck_by_attack(doc, trigger, triggers):
            _drop(explain, Candidate(trigger, source, target, sentence), "what an attack struck")
            continue  # "غارات استهدفت مواقع وتعزيزات حوثية": the reinforcements were struck, not sent
        if trigger in told_by_verb:
            _drop(explain, Candidate(trigger, source, target, sentence), "told by the verb that describes it")
            continue
        act = described[trigger] or caused_by.get(trigger)
        if act is not None and act in told_by_verb and act.trigger.mode:
            # the record of an act told by its verb or its dead keeps the act's mode ("غارات": aerial)
            trigger = replace(trigger, trigger=replace(trigger.trigger, mode=act.trigger.mode))
        if source is None and not dated and trigger not in resulting and _generic_noun(doc, trigger) \
                and not _charged_act(doc, trigger, arguments):
            _drop(explain, Candidate(trigger, source, target, sentence), "generic noun without doer or date")
            continue  # "الاغتيالات", "التفجير": a known or generic act named in passing, not news
        if trigger.trigger.type in NAMED_WHEN_QUALIFIED and _named_by_qualifier(doc, trigger, dated):
            background.add(trigger)
            _drop(explain, Candidate(trigger, source, target, sentence), "a known act named, not told")
            continue  # "مسألة الاتفاق النووي الإيراني": the deal named, not reached here
        before_kinds = _cue_kinds_before(doc, trigger, BACKGROUND_KINDS) if trigger.trigger.pos == "noun" else ()
        if "background" in before_kinds and _carried_with_its_word(doc, trigger, cues):
            before_kinds = before_kinds - {"background"}
        fought_by = None
        if "anchor" in before_kinds and _clash(trigger) and source is None and target is not None:
            # "سيطرت القوات العراقية على المدينة بعد معارك مع داعش": the clause's subject fought
            fought_by = source = _clause_opener(doc, trigger.start, actors, boundaries, sentence, target)
        # an absence comes first ("غياب أي أثر لقصف …" reports none, and covers what is joined to it)
        if ("background" in before_kinds or ("anchor" in before_kinds and trigger not in resulting
                                              and not _after_context_opener(doc, trigger)
                                              and fought_by is None)) \
                and not _cue_near(doc, [c for c in cues if c.end <= trigger.start], "absence", trigger, NEGATION_BEFORE):
            background.add(trigger)
            _drop(explain, Candidate(trigger, source, target, sentence), "after a background word")
            continue  # "منذ اغتيال …", "قضية خطف …", "بعد هجوم …": an act already known, not news
        if trigger.trigger.pos == "noun" and _definite(doc, trigger) \
                and _cue_kinds_before(doc, trigger, ("attend",)):
            background.add(trigger)
            _drop(explain, Candidate(trigger, source, target, sentence), "a meeting told before, its attendees listed")
            continue  # "حضر الاستقبال الأمير محمد بن نايف والأمير محمد بن سلمان": no meeting of theirs
        if trigger.trigger.pos == "noun" and _in_a_charge(doc, trigger, sentence):
            background.add(trigger)
            _drop(explain, Candidate(trigger, source, target, sentence), "what a charge charges")
            continue  # "وهو متهم بالتآمر ومحاولة تأمين دعم مادي للمتطرفين": the charge's content
        if _tallied(doc, trigger, cues, boundaries):
            background.add(trigger)
            _drop(explain, Candidate(trigger, source, target, sentence), "a tally over a span of time, no one event")
            continue  # "شن مقاتلو طالبان مائة هجوم منذ بداية العام", "قتل 13 جنديا حتى الآن"
        if not dated and not doc.is_title and _habitual(doc, trigger, cues) \
                and not (trigger.trigger.type in UNDER_WAY_WHEN_PRESENT and _crowd(doc, source)):
            _drop(explain, Candidate(trigger, source, target, sentence), "habitual present (undated)")
            continue  # "المتظاهرون يحتجون على …": a present tense with no time is no dated event
        if _on_a_stance(doc, trigger, target, actors):
            verbal_type, verbal_mode = VERBAL_ATTACK
            trigger = replace(trigger, trigger=replace(trigger.trigger, type=verbal_type, mode=verbal_mode))
        candidates.append(Candidate(trigger, source, target, sentence))
    # only an act that names someone tells its outcome ("أطلق النار ما أدى إلى مقتل شخص" keeps the killing)
    acts_told = {c.trigger.start for c in candidates if c.source is not None or c.target is not None}
    for candidate in [c for c in candidates if c.trigger in results and results[c.trigger].start in acts_told]:
        _drop(explain, candidate, "the result of the act told before it")
        candidates.remove(candidate)
    every_speech = _speeches(doc, cues, actors, boundaries, sentence)
    speeches = [s for s in every_speech if s.party]
    _speakers_as_subjects(doc, candidates, every_speech, actors)
    _share_with_joined_verb(doc, candidates)
    candidates = _participle_doers(doc, candidates, speeches, explain)
    contents = _threatened(doc, candidates)
    for candidate in contents:
        _drop(explain, candidate, "what a threat threatens, not an act")
    candidates = [c for c in candidates if c not in contents]
    _threat_on_a_condition(doc, candidates, cues)
    _nest_under_accusations(doc, candidates, actors)
    for candidate in candidates:
        _set_modality(doc, candidate, cues, candidates)
        if candidate.modality == "absent":
            _drop(explain, candidate, "absence: the act is said not to have happened")
    for candidate in candidates:
        if candidate.modality == "prevented":
            # a foiled act did not happen; set only now so that it does not carry over to an act
            # joined to it ("أحبطت الشرطة هجوما وقتلت اثنين من منفذيه")
            candidate.modality = "negated"
            if candidate.source is not None and candidate.source.end <= candidate.trigger.start:
                candidate.source = None  # the actor before the noun is who foiled it, not its doer
    candidates = [c for c in candidates if c.modality != "absent"]
    unpolitical = [c for c in candidates if c.trigger.trigger.type not in LITERAL_IN_SPORT
                   and not _political_doer(c.source)]
    if unpolitical and _about_sport(doc, sentence):
        for candidate in unpolitical:
            _drop(explain, candidate, "sport, with no political actor as its doer")
            candidates.remove(candidate)
    return candidates + _claims_of_speakers(doc, candidates, speeches, sentence)


# --- arguments -------------------------------------------------------------------------------

def _arguments(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan], boundaries: list[int],
               sentence: Sentence, cues: list[CueSpan] = (), verb_starts: frozenset[int] = frozenset(),
               describes_act: bool = False) -> tuple[ActorSpan | None, ActorSpan | None]:
    rule = trigger.trigger
    if _harm(trigger) and _after_relative(doc, trigger):
        person = _person_befallen(doc, trigger, actors, sentence)
        if person is not None:
            return None, person  # "النائب سمير حداد الذي قتل في تفجير": who was killed
    after = _actors_after(doc, trigger.end, actors, boundaries, sentence)
    if rule.pos == "verb":
        # a circumstantial participle has no subject of its own (_participle_doers gives it the
        # clause's): the actor before it ends the clause ("رسالة إلى نظيره الإيراني مطالبا إياه")
        before = None if rule.participle else \
            _bare_actor_before(doc, trigger.start, actors, boundaries, sentence, SUBJECT_BEFORE_VERB) \
            or _apposed_subject(doc, trigger.start, actors, boundaries, sentence)
        if before is not None:
            before = _first_conjunct(doc, before, actors)
        if before is not None and _listed(doc.norm[trigger.stem_start:trigger.end].split()[0], "passive_support") \
                and _agent_marked(doc, trigger, after) is None:
            # "الطالب … وتم القبض عليه": the act told in the passive befell the one before it
            return None, _first_target(doc, rule, after, exclude=None) or before
        if _passive_verb(doc, trigger):
            # "جنديا إماراتيا لقي حتفه", "لقي مصرعه ثلاثة جنود في هجوم شنه …", "قُتلا": its
            # subject is who it befell, and only an agent phrase names its doer
            # (its own phrases only: in "قُتل جراء استهدافه من قبل التنظيم" they are the act's)
            own = [a for a in after if not any(t.trigger.pos == "noun"
                                               for t in doc.between("triggers", trigger.end, a.start))]
            marked = _agent_marked(doc, trigger, own)
            if marked is None and rule.genitive == "passive":
                # "مثل المتهم أمام المحكمة": the preposition of a verb whose subject it befalls
                # (triggers.tsv preps) names who acts on him
                marked = next((a for a in own if _prep(doc, a) in rule.preps), None)
            # its subject may follow an act noun told as its cause ("أصيب في الهجوم عشرون شخصا")
            patient = before or next((a for a in after if a is not marked and _prep(doc, a) is None
                                      and doc.words_between(trigger.end, a.start) <= SUBJECT_AFTER_VERB
                                      and not _after_agent_marker(doc, a, trigger.end)), None)
            return marked, patient
        marked = _agent_marked(doc, trigger, after) if "obj" in rule.preps else None
        if marked is not None and not doc.between("triggers", trigger.end, marked.start):
            # "خطف الصحفي من منزله على يد مسلحين": a verb with its doer marked is passive; its
            # subject, before or after it, is who it befell ("قتل جنود جراء قصف نفذته طائرات":
            # the doer of the act told between)
            patient = before or next((a for a in after if a.start < marked.start and _prep(doc, a) is None
                                      and doc.words_between(trigger.end, a.start) <= SUBJECT_AFTER_VERB), None)
            return marked, patient
        if before is not None and rule.object_pronoun and not _after_relative(doc, trigger):
            subject = next((a for a in after if _prep(doc, a) is None
                            and doc.words_between(trigger.end, a.start) == 0), None)
            if subject is not None:
                # "التدريبات … دانتها بيونغ يانغ": the pronoun on the verb is its object, and
                # the actor right after it its subject
                return subject, before
        if before is not None:
            if _passive_by_cause(doc, rule, trigger.end, after, sentence):
                # "ثلاثة جنود أميركيين قتلوا بانفجار عبوة": who was killed, by someone unnamed
                return None, before
            target = _first_target(doc, rule, after, exclude=before) \
                or _far_partner(doc, trigger, actors, boundaries, sentence, before)
            if _harm(trigger) and rule.mode in HARMS_TO_PEOPLE \
                    and (_counted(doc, before) or _accusative(doc, before, ("agent", "organ"))) \
                    and (target is None or target.kind in PLACE_KINDS):
                # "ثلاثة جنود أميركيين قتلوا الأسبوع الماضي في بغداد": a count of people before a
                # harm with no one harmed after it is who it befell (قُتلوا), by someone unnamed;
                # so is the accusative noun of إنّ ("إن جنديا قتل عندما …": إنّ جنديًا قُتل)
                return None, before
            return before, target
        relative = _after_relative(doc, trigger)
        if describes_act or (relative and not rule.object_pronoun):
            # "التفجير الذي استهدف المسجد": the relative (a thing, not an actor) is the subject,
            # and what follows the verb is its object
            return None, _first_target(doc, rule, after, exclude=None)
        if _ends_in_construct(doc, trigger):
            # "وأطلق سراح المرأتين": the actor right after the phrase is its noun's genitive, whom
            # the act befell; its doer stands between the verb and the noun (another row)
            return None, _first_target(doc, rule, after, exclude=None)
        if rule.plural_subject or rule.participle:
            # "وراحوا يهاجمون رئيس الوزراء": a verb that carries its plural subject is not
            # followed by it; the actor after it is its object (_share_with_joined_verb may find
            # its subject). One that carries its object too ("يقتادوه إلى أحد مراكز الشرطة") has
            # neither after it. Nor is a participle ("داعيا المجتمع الدولي"; _participle_doers)
            return None, None if rule.object_pronoun else _first_target(doc, rule, after, exclude=None)
        # (the object named first, a stance with its owner's adjective, leaves no subject after it:
        # "انتقد التدخل الإيراني في شؤون اليمن")
        subject = next((a for a in itertools.takewhile(lambda a: not _adjective_of_a_stance(doc, a), after)
                        if _prep(doc, a) is None and doc.words_between(trigger.end, a.start) <= SUBJECT_AFTER_VERB
                        and not _holds_the_place(doc, a)),  # "استهدف هجوم مواقع يتمركز فيها الحوثيون"
                       None) or _holder_of_office_after(doc, trigger, after)
        if subject is not None and "obj" in rule.preps and _head_after(doc, trigger, "unknown_body") \
                and doc.words_between(trigger.end, subject.start) >= UNKNOWN_BODY_WORDS \
                and subject.kind not in ("demonym", *PLACE_KINDS):
            # "دعت مديرية الزراعة المزارعين": a body the knowledge base does not know is the
            # subject, and the actor after its name the object (its own adjective or name is
            # none: "منظمة «هيومن رايتس ووتش»"، "أمانة الرياض"، "شركة … الأسترالية"). One joined
            # by و is a word of the name ("مركز الدراسات والأمن الإقليمي، إيران"): the object follows
            return None, next((a for a in after if a.start >= subject.start and _prep(doc, a) is None
                               and not doc.norm[a.start:a.stem_start].startswith("و")), None)
        if subject is not None and "obj" in rule.preps and _head_after(doc, trigger, "subject_noun") \
                and subject.kind not in ("demonym", "person", *PLACE_KINDS):
            # "دعا المصدر الحكومة إلى …"، "وطالب البيان الدول الأعضاء": a definite noun right
            # after the verb that names no actor is its subject, so the actor after it is the object
            return None, subject
        if subject is not None and "obj" in rule.preps and (
                _accusative(doc, subject) or _after_subject_pronoun(doc, trigger)
                or _oblique_right_after(doc, trigger, subject)
                or (_counted(doc, subject) and rule.type in COUNTED_PASSIVE)):
            # "قتل ثلاثة جنود": a counted noun after a verb of harm or arrest that takes an object
            # is who it befell (a passive reading); after one that takes none ("تظاهر مئات من
            # الأهالي") or a verb of speech ("طالب عدد من المشرعين") it is the doer.
            # "إنه قتل مسلحا": an accusative noun is the object, whoever the subject is; so is the
            # noun after a verb whose subject is the pronoun before it ("إنها استهدفت قوات أجنبية")
            return None, subject
        if subject is not None and _passive_when_unarmed(trigger) \
                and not DETAINING_SECTORS.intersection(subject.actor.sector) \
                and not any(a.start > subject.end and _prep(doc, a) is None and a not in _coordinated(doc, subject, actors)
                            for a in after):
            # "اعتقل صحفي سوري أمس", "قتل مواطن سوري": one who cannot detain or kill, with no
            # object after him, is who was arrested or killed (the unvocalised verb is passive),
            # and the doer is unnamed
            return None, subject
        partners = _coordinated(doc, subject, actors) if subject is not None else []
        rest = [a for a in after if subject is None or (a.start > subject.start and a not in partners
                                                        and not _apposed_person(doc, subject, a)
                                                        and not _in_offices_of(doc, subject, a, after))]
        if subject is not None and _passive_by_cause(doc, rule, (partners or [subject])[-1].end, rest, sentence):
            # "قتل جنديان أردنيان بانفجار عبوة ناسفة": the subject was killed (passive قُتل)
            return None, subject
        target = _first_target(doc, rule, rest, exclude=subject)
        if target is None and subject is not None:
            target = _far_partner(doc, trigger, actors, boundaries, sentence, subject)
        return subject, target
    if rule.genitive == "passive":
        head = _bare_actor_before(doc, trigger.start, actors, [], sentence, GOVERNOR_BEFORE_NOUN,
                                  allow_comma=True, allow_prep=True)
        doer = next((a for a in after if _prep(doc, a) in rule.preps), None)
        return doer, head
    # Nouns: "بين X وY" names both sides.
    # (a harm's not across another act: "مقتله … خلال المعارك بين الطرفين" names the clash's
    # sides; an agreement "في اتصال هاتفي بين" the call's, its own)
    between = [a for a in after if _prep(doc, a) == "بين"
               and not (_harm(trigger) and doc.between("triggers", trigger.end, a.start))]
    if between:
        partner = _pair_partner(between[0], actors) or _other_side(doc, between[0], actors) \
            or next(iter(_coordinated(doc, between[0], actors)), None)
        if partner is None and _harm(trigger):
            # "عدد كبير من القتلى بين السكان": among them, who it befell
            return None, between[0]
        return between[0], partner
    backer = _backer(doc, trigger, after) if rule.type in BACKING_ACTS else None
    if backer is not None:
        # "تقدمت القوات بدعم من الطيران الروسي"، "بدعم أمريكي": the actor after the noun backs the
        # one before it
        return backer, _bare_actor_before(doc, trigger.start, actors, boundaries, sentence, GOVERNOR_BEFORE_NOUN)
    governor = _bare_actor_before(doc, trigger.start, actors, boundaries, sentence, GOVERNOR_BEFORE_NOUN)
    if governor is not None and rule.type in NOT_THE_ANNOUNCERS and ":" in doc.norm[governor.end:trigger.start]:
        # "المرصد السوري: مقتل ستة متطرفين": who tells of an attack before a colon did not do it
        # (a state or a ministry telling its own arrests does: "السعودية: القبض على 431")
        governor = None
    if governor is not None and _prepositional_noun_between(doc, governor.end, trigger.start):
        # "نوه مجلس الوزراء بنتائج زيارة الأمير": the act is the genitive of a noun after a
        # preposition, which the actor before does not govern
        governor = None
    if governor is not None and trigger.prefix.startswith("و") and _just_after_act(doc, governor):
        # "بقتل طفلين وتعذيبهما": the act joined by و follows the object of the act before it,
        # which it does not govern
        governor = None
    if governor is not None and "ب" in trigger.prefix and _just_after_act(doc, governor, harm=True):
        # "مقتل عشرة جنود أفغان بنيران أميركية": the noun with ب is the means of the harm the
        # actor before it suffered, not an act of his ("قام مسلحون بخطف" keeps its doer)
        governor = None
    charged_with_ba = (rule.type, rule.mode) in CHARGED_WITH_BA and "ب" in trigger.prefix
    if charged_with_ba:
        # "اعتقال الصحافي مصطفى أمين بتهمة التعامل مع …": who is before a charge told with ب
        # is the one charged, not the accuser; the accuser is who arrests or tries him
        governor = None
    if governor is not None and (_subject_of_verb(doc, governor, boundaries, verb_starts)
                                 or _reporter(doc, governor, cues)
                                 or any(governor.end <= t.start < trigger.start
                                        for t in doc.within("triggers", sentence))):
        # "دان المجلس التفجير": the actor does the verb; the act is its object. "أعلنت الشرطة
        # مقتل سبعة": who reports the act is not its doer (coding guide). "قامت الشرطة بتفريق
        # تظاهرة": the actor governs the first act, the second is its object
        governor = None
    if any(_listed(word, "passive_support") for word in _words_before(doc, trigger.start, 1)):
        # "وتم القبض عليه"، "جرى اعتقاله": the act told in the passive has no doer before it;
        # only one marked after it ("تم اعتقاله من قبل الشرطة")
        governor = None
    elif governor is None:
        governor = _subject_of_support_verb(doc, trigger, actors, boundaries, sentence, cues)
    else:
        governor = _first_conjunct(doc, governor, actors)  # "الجيش وحزب الله شنا هجوما"
    if charged_with_ba:
        # and what follows it is what it charges ("بتهمة العصيان المسلح"، "بتهمة إدارة تنظيم
        # إرهابي"، "بتهمة التخابر مع إيران"), no party to the charge
        return governor, None
    marked = _agent_marked(doc, trigger, after)
    deed_doer = None
    if marked is not None and (rule.type, rule.mode) == VERBAL_ATTACK and _deed_marked(doc, marked, trigger.end):
        # "استنكارها للهجوم الذي نفذه مسلحون": no one carries out a condemnation; who
        # carried out the deed it condemns is its target (coding guide)
        deed_doer, marked = marked, None
    if marked is not None:
        # "غارات شنتها طائرات التحالف … على مواقع …": the target follows the doer's phrase
        after = _actors_after(doc, marked.end, actors, boundaries, sentence)
    target = deed_doer or _first_target(doc, rule, after, exclude=marked, bare=False)
    requester_prep = REQUESTED_BY.get((rule.type, rule.mode))
    if requester_prep is not None and marked is None and target is not None and _prep(doc, target) == requester_prep \
            and ("ب" in trigger.prefix or _words_before(doc, trigger.start, 1) == [ON_REQUEST]):
        # "بناء على طلب من تركيا", "بطلب من الحكومة": at whose request, من names who asks
        # (after the verb, who is asked)
        marked, target = target, None
    genitive = next((a for a in after if _prep(doc, a) is None and a is not target and a is not marked
                     and _words_less_honorifics(doc, trigger.end, a.start) <= 2
                     and "," not in doc.norm[trigger.end:a.start]
                     and not _event_noun_between(doc, trigger.end, a.start)
                     # "انفجار سيارة ملغومة 15 جنديا": the counted after an act are its victims
                     and not (rule.genitive == "agent" and _counted(doc, a))), None)
    possessed = _possessed(doc, trigger)
    if genitive is not None and any((_listed(word, "target_head") or _listed(word, "stance"))
                                    and not _listed(word, "honorific")
                                    for word in NORM_WORD.findall(doc.norm, trigger.end, genitive.start)):
        # "تفجير مسجد قوات الطوارئ"، "رفض إصلاحات العبادي": the actor owns what the act befell or
        # answers, its target (not after an honorific: "لقاء معالي وزير خارجية مصر" is his meeting)
        target, genitive = target or genitive, None
    if genitive is not None and target is None and (rule.type, rule.mode) in CHARGED_WITH_BA \
            and _charge_follows(doc, genitive, actors, sentence):
        # "اتهام الوزير السابق فلان بالفساد": the genitive the charge follows is the one
        # accused ("اتهام الحكومة المعارضة بالفساد": another actor before the charge is)
        target, genitive = genitive, None
    if genitive is not None and possessed:
        # "استقباله وزير الخارجية": the pronoun is the noun's genitive (its doer), and the noun
        # after it its object
        target, genitive = target or genitive, None
    sufferer = _sufferer(doc, trigger, actors, boundaries, sentence)
    if sufferer is not None:
        # "تعرض الجيش لهجوم شنه التنظيم", "ستتعرض لهجوم إيراني": who suffers the act is its
        # target; its doer is the noun's own marked, genitive or adjective actor
        doer = marked or (genitive if genitive is not sufferer else None)
        return doer, sufferer
    if governor is not None and genitive is not None and rule.genitive == "destination" \
            and genitive.kind not in PLACE_KINDS:
        # "أبرزت الصحف زيارة رئيس الوزراء إلى بيلاروسيا": the actor in construct with the act is
        # its doer; the one before it is the subject of another verb
        return genitive, target
    if governor is not None:
        return governor, target or genitive
    if marked is not None:
        return marked, target or (genitive if genitive is not marked else None)
    if genitive is not None and target is None and rule.genitive == "agent":
        # "اقتحام مسلحي التنظيم مقر حكومة الوفاق": the doer, then what it struck, whose
        # holder is the target (cues.tsv kind target_head)
        held = next((a for a in after if a.start > genitive.end), None)  # the first actor after it
        if held is not None and (_prep(doc, held) is not None
                                 or doc.words_between(genitive.end, held.start) > HELD_AFTER_DOER
                                 or _has_clause_mark(doc.norm[genitive.end:held.start])
                                 or not any(_listed(word, "target_head")
                                            for word in NORM_WORD.findall(doc.norm, genitive.end, held.start))):
            held = None
        if held is not None:
            return genitive, held
    if genitive is not None and target is None and _listed(doc.norm[trigger.stem_start:trigger.end], "receiving"):
        # "لدى استقبال الملك سلمان وزير الخارجية الأمريكي": the host, then whom he receives
        guest = next((a for a in after if a.start > genitive.end and _prep(doc, a) is None
                      and doc.words_between(genitive.end, a.start) == 0), None)
        if guest is not None and not any(side.kind.startswith(("agent", "demonym")) for side in (genitive, guest)):
            return genitive, guest  # (not people: "استقبال جرحى سوريين مدنيين" names no host)
    if rule.genitive == "patient" and genitive is not None:
        patient = next((a for a in after if a.start >= genitive.end and _after_lam(doc, genitive.end, a)), None)
        if patient is not None:
            # "بقتل الجيش للمدنيين"، "اختطاف التنظيم لـ 40 شخصا": with whom it befell after ل,
            # the genitive is the doer
            return genitive, patient
    if rule.genitive == "patient" or rule.genitive == "destination" and genitive is not None \
            and genitive.kind in PLACE_KINDS:
        # "مقتل الجنود": who it befell; "زيارة محافظة عدن": where the visit goes
        return None, genitive or target
    if rule.genitive == "backing" and genitive is not None and target is None \
            and genitive.kind != "demonym" and _used_as_verb(doc, trigger):
        # "في دعم الشعب اليمني", "لمساعدة اليونان": the noun told as an act to do, with no one
        # backed after it, has the one backed as its genitive ("بفضل دعم الأمير": his backing;
        # "للدعم الأمريكي": an adjective is the backer)
        return None, genitive
    if genitive is None:
        # "تواطؤ مزعوم للقوات الأميركية مع التنظيم": a ل-actor that is not the target is the
        # doer; after a possessed noun ("دعمها لحزب الله") the possessor is, and it is the target
        lam_actor = next((a for a in after if _prep(doc, a) == "ل" and a is not target
                          and doc.words_between(trigger.end, a.start) <= 2), None)
        if possessed:
            return None, target or lam_actor
        genitive = lam_actor
    return genitive, target


_ASIDE = re.compile(r"\([^()]{0,40}\)")  # an aside in brackets: an age, a date, an abbreviation


def _used_as_verb(doc: Document, trigger: TriggerSpan) -> bool:
    """A verbal noun told as an act to do: with ل of purpose ("لدعم"), or after a word that asks
    for one (cues.tsv kind act_to_do: "في دعم"، "على دعم"، "مواصلة دعم")."""
    if trigger.prefix.endswith("ل"):
        return True
    before = _words_before(doc, trigger.start, 1)
    return bool(before) and _listed(before[-1], "act_to_do")


def _apposed_person(doc: Document, subject: ActorSpan, actor: ActorSpan) -> bool:
    """A person named right after the subject, a body named after an office ("طالب رئيس اللجنة
    الدولية للصليب الأحمر جون سميث، …"، "المتحدث باسم الوزارة"): the holder of that office, no
    object of the verb ("اتهمت السلطات الإيرانية رضائيان": no office, an object). The holder of
    an office of a body of states may be of any country ("طالب الأمين العام للجامعة العربية
    فلان": a national of a member state); so may one whose office begins the subject's words."""
    if actor.kind != "person" or subject.kind == "person" or actor.start <= subject.end \
            or doc.norm[subject.end:actor.start].strip() \
            or actor.actor.code not in (None, subject.actor.code) and subject.actor.code != INTERGOVERNMENTAL:
        return False
    office = _words_before(doc, subject.start, 1)
    own_office = NORM_WORD.match(doc.norm, subject.stem_start)
    return bool(office) and (is_office_word(office[-1]) or office[-1] == ON_BEHALF_OF) \
        or subject.actor.code == INTERGOVERNMENTAL and own_office is not None and is_office_word(own_office.group())


def _in_offices_of(doc: Document, subject: ActorSpan, actor: ActorSpan, after: list[ActorSpan]) -> bool:
    """"ندد وزير العدل رئيس المجلس الأعلى للقضاء الدكتور فلان": the body after an office word
    right after the subject is the subject's other office, and the name after it and an
    honorific his: no object of the verb. `after`: the actors after the verb, in order."""
    end = subject.end
    for other in after:
        if other.start < end:
            continue
        gap = doc.norm[end:other.start]
        words = NORM_WORD.findall(gap)
        if "," in gap or not words or len(words) > OFFICE_CHAIN_WORDS \
                or not all(is_office_word(w) or _listed(w, "honorific") for w in words):
            return False
        if other is actor:
            return True
        end = other.end
    return False


def _clause_subject_before(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan],
                           sentence: Sentence) -> ActorSpan | None:
    """The last actor before the trigger in its clause (no clause mark between, CLAUSE_SUBJECT_WORDS
    words at most) that no preposition governs: the doer of an act the clause tells as one to do."""
    for actor in reversed(actors):
        if actor.end > trigger.start or actor.start < sentence.start:
            continue
        if _has_clause_mark(doc.norm[actor.end:trigger.start]) \
                or doc.words_between(actor.end, trigger.start) > CLAUSE_SUBJECT_WORDS:
            return None
        if _prep(doc, actor) is None:
            return actor
    return None


def _backer(doc: Document, trigger: TriggerSpan, after: list[ActorSpan]) -> ActorSpan | None:
    """Who backs, in "بدعم من X" or "بدعم أمريكي" (with the help of X): the actor after من, or
    the demonym, right after the noun written with ب. A genitive says neither: "تدخل إيران بدعم
    الحوثي" is by backing the Houthis, "تقدمت القوات بمساعدة الطيران" with the air force's help."""
    if "ب" not in trigger.prefix:
        return None
    backer = next((a for a in after if doc.words_between(trigger.end, a.start) <= 1), None)
    if backer is None:
        return _backer_one_word_on(doc, trigger, after)
    if not (_prep(doc, backer) == "من" or backer.kind == "demonym" and _prep(doc, backer) is None):
        return None
    return backer


def _backer_one_word_on(doc: Document, trigger: TriggerSpan, after: list[ActorSpan]) -> ActorSpan | None:
    """"بدعم من مدفعية الجيش"، "بدعم من قبل الجيش": the backer one word after من, the genitive
    of the means or of قبل."""
    words = _words_after(doc, trigger.end, 2, len(doc.norm))
    if len(words) < 2 or words[0].group() != "من":
        return None
    return next((a for a in after if a.start == words[1].end() + 1), None)


def _accidental(doc: Document, trigger: TriggerSpan) -> bool:
    """A harm told with an accident as its cause after it, its victims and wounds between ("لقي
    أربعة أشخاص مصرعهم وأصيب خمسة آخرون من عائلة واحدة … جراء حادث مروع")."""
    last = doc.word_index(trigger.end) + ACCIDENT_WITHIN
    end = doc.word_starts[last] if last < len(doc.word_starts) else len(doc.norm)
    return _accident_pattern().search(doc.norm, trigger.end, max(end, trigger.end)) is not None


@lru_cache(maxsize=1)
def _accident_pattern() -> re.Pattern:
    """The accident phrases of cues.tsv as whole words, with or without a proclitic ("بحادث سير")."""
    phrases = sorted(cue_words("accident"), key=len, reverse=True)
    return re.compile(r"(?<![^\s])[وفبل]?(?:" + "|".join(map(re.escape, phrases)) + r")(?![^\s.,،؛])")


def _voided_by_words(doc: Document, trigger: TriggerSpan, sentence: Sentence) -> str | None:
    """Why the sentence's words make the act something else (VOIDED_BY_WORDS), or None."""
    rule = trigger.trigger
    for key in ((rule.type, rule.mode, rule.pos), (rule.type, rule.mode, None)):
        if key in VOIDED_BY_WORDS:
            kind, reason = VOIDED_BY_WORDS[key]
            return reason if _words_of_kind(doc, sentence, kind) else None
    return None


def _about_sport(doc: Document, sentence: Sentence) -> bool:
    """A sentence with two words of sport in it ("نادي الهلال … اللاعب", "المباراة … الشوط";
    cues.tsv kind sport). One alone may be a place in other news ("قصف … الملعب الرياضي")."""
    return _words_of_kind(doc, sentence, "sport") >= SPORT_WORDS


def _words_of_kind(doc: Document, sentence: Sentence, kind: str) -> int:
    """How many words or word pairs of one cues.tsv word list the sentence holds, also with a
    proclitic. Counted once per sentence and kind: every trigger of the sentence asks."""
    key = (sentence.start, kind)
    if key not in doc.counted:
        words = NORM_WORD.findall(doc.norm, sentence.start, sentence.end)
        listed, with_proclitics, pair_heads = cue_words(kind), _with_proclitics(kind), _pair_heads(kind)
        doc.counted[key] = sum(1 for i, word in enumerate(words)
                               if word in with_proclitics
                               or word in pair_heads and " ".join(words[i:i + 2]) in listed)
    return doc.counted[key]


@lru_cache(maxsize=None)
def _pair_heads(kind: str) -> frozenset[str]:
    """The first words of the two-word forms of one cues.tsv word list (the only words after
    which _words_of_kind need join a pair)."""
    return frozenset(form.split()[0] for form in cue_words(kind) if " " in form)


def _listed(word: str, kind: str) -> bool:
    """A word of one cues.tsv word list, as written or after a proclitic ("بنادي", "لمؤتمر")."""
    return word in _with_proclitics(kind)


@lru_cache(maxsize=None)
def _with_proclitics(kind: str) -> frozenset[str]:
    """The words of one cues.tsv word list, as written and after each proclitic letter: what
    in_word_list accepts, as one set (the rules ask half a million times per 4,000 articles)."""
    words = cue_words(kind)
    return words | {letter + word for letter in NOUN_PROCLITIC_LETTERS for word in words}


def _political_doer(actor: ActorSpan | None) -> bool:
    """A doer named as a person, a title, an organ or a group: in a sentence about sport, a
    country, a city or a demonym is a team or a club ("نادي الأهلي السعودي", "لاعبو المكسيك"),
    and generic people are its players or fans."""
    return actor is not None and actor.kind.split("+")[0] in POLITICAL_KINDS


def _passive_verb(doc: Document, trigger: TriggerSpan) -> bool:
    """A verb whose subject is who it befell: one of meeting one's death ("لقي حتفه"; genitive
    passive in triggers.tsv), or a past verb the text vocalises as passive, with a damma on its
    first letter ("قُتلا", "أُصيب", "خُطف"; an active past never has one)."""
    rule = trigger.trigger
    if rule.pos != "verb":
        return False
    if rule.genitive == "passive":
        return True
    return rule.tense == "past" and doc.original_text(trigger.stem_start, trigger.end)[1:2] == DAMMA


def _passive_by_cause(doc: Document, rule: Trigger, position: int, after: list[ActorSpan],
                      sentence: Sentence) -> bool:
    """A verb of harm that takes an object, with no object before the cause of the harm told
    right after it ("بانفجار", "في هجوم", "جراء", "وأصيب آخرون"): the verb is passive. A verb
    of attack whose genitive is its doer (قصف، هاجم، فجر) names its means there: "قصفت طائرات
    التحالف في غارتين معسكرا" is active."""
    if rule.type not in PASSIVE_BY_CAUSE or "obj" not in rule.preps or rule.genitive not in ("patient", "passive"):
        return False
    causes = cue_words("cause")
    asides = [m.span() for m in _ASIDE.finditer(doc.norm, position, sentence.end)]
    words = [m for m in _words_after(doc, position, CAUSE_WITHIN + ASIDE_WORDS, sentence.end)
             if not any(start <= m.start() < end for start, end in asides)][:CAUSE_WITHIN]
    for match in words:
        start = match.start()
        if any(position <= a.start <= start and _prep(doc, a) is None for a in after):
            return False  # "قتل الجيش ثلاثة مسلحين في هجوم": an object comes first
        word = match.group()
        following = doc.word_index(match.end())
        act_follows = word in CAUSE_PREPOSITIONS and following < len(doc.word_starts) and any(
            t.start == doc.word_starts[following] and t.trigger.type == rule.type and t.trigger.pos == "noun"
            for t in doc.triggers)
        if word in causes or act_follows:
            return True
    return False


def _sufferer(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan], boundaries: list[int],
              sentence: Sentence) -> ActorSpan | None:
    """The subject of a verb of suffering before an act noun with ل ("تعرضت دورية للجيش لهجوم",
    "الولايات المتحدة ستتعرض لهجوم"), of a verb of escaping before one with من ("نجا الوزير من
    انفجار"), also through an attempt ("لمحاولة اغتيال"), or of a verb of meeting one's death
    before a possessed killing ("لقي ثلاثة جنود مصرعهم", "جنديا إماراتيا لقي حتفه"): an actor
    between the verb and the noun, else (but for escaping) before the verb."""
    index = doc.word_index(trigger.start)
    head, prefix = trigger.start, doc.norm[trigger.start:trigger.stem_start].lstrip("وف")
    if not prefix and index > 0:
        previous = NORM_WORD.match(doc.norm, doc.word_starts[index - 1])
        if previous is not None and previous.group().lstrip("وف") in {"ل" + w for w in cue_words("attempt")}:
            head, prefix, index = previous.start(), "ل", index - 1
        elif previous is not None and previous.group() in cue_words("attempt"):
            head, index = previous.start(), index - 1
    survive = cue_words("survive")
    if prefix[:1] == "ل":
        verbs = cue_words("suffer")
    elif not prefix and index > 0 and doc.norm.startswith("من ", doc.word_starts[index - 1]):
        verbs, index = survive, index - 1  # "نجا … من انفجار"
    elif not prefix and _harm(trigger) and _possessed(doc, trigger):
        verbs = cue_words("perish")  # "لقي 41 متمردا مصرعهم": the dead stand between
    else:
        return None
    for i in range(index - 1, max(-1, index - 1 - SUFFERED_WITHIN), -1):
        start = doc.word_starts[i]
        match = NORM_WORD.match(doc.norm, start)
        if start < sentence.start or match is None or any(start <= b < head for b in boundaries):
            return None
        word = match.group()
        bare = word
        for clitics in ("وف", "بل"):  # "وتعرض"; the verbal noun "أفادت تقارير بتعرض المرجع …"
            if bare not in verbs and bare[:1] in clitics:
                bare = bare[1:]
        if bare in verbs:
            inside = [a for a in actors if match.end() <= a.start and a.end <= head
                      and _prep(doc, a) in (None, POSSESSED)]
            if inside:
                return inside[0]
            if verbs is survive:
                return None  # "قائد المجلس لمقاتلة التنظيم نجا من": who escapes comes after the verb
            return _bare_actor_before(doc, start, actors, boundaries, sentence, SUBJECT_BEFORE_VERB)
    return None


def _event_noun_between(doc: Document, start: int, end: int) -> bool:
    """"تهمة قتل جريح سوري": an event noun between a noun and an actor takes the actor as its
    own genitive."""
    return any(t.trigger.pos == "noun" for t in doc.between("triggers", start, end))


def _after_relative(doc: Document, trigger: TriggerSpan) -> bool:
    """The verb opens a relative clause ("… الذي استهدف …")."""
    words = _words_before(doc, trigger.start, 1)
    return bool(words) and words[-1] in cue_words("relative") and not trigger.prefix


def _person_befallen(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan],
                     sentence: Sentence) -> ActorSpan | None:
    """The person a harm right after a relative pronoun befell (_befallen), or None."""
    pronoun = next((c for c in doc.between("cues", trigger.start - RELATIVE_PRONOUN_CHARS, trigger.start)
                    if c.cue.kind == "relative"), None)
    if pronoun is None:
        return None
    antecedent_end = _end_before_marks(doc, pronoun.start, sentence.start)
    person = next((a for a in actors if a.end == antecedent_end), None)
    return person if person is not None and _befallen(doc, person, pronoun) is trigger else None


def _end_before_marks(doc: Document, position: int, floor: int) -> int:
    """Where the words before `position` end, past spaces, commas and quotes (not before `floor`):
    the end of the antecedent a relative pronoun follows ("قسد، التي")."""
    return floor + len(doc.norm[floor:position].rstrip(" ,\"'"))


def _ends_in_construct(doc: Document, trigger: TriggerSpan) -> bool:
    """A verb phrase whose last word is a noun in construct ("أطلق سراح"; cues.tsv kind
    construct_end): what follows it is that noun's genitive."""
    words = NORM_WORD.findall(doc.norm, trigger.stem_start, trigger.end)
    return len(words) > 1 and words[-1] in cue_words("construct_end")


def _possessed(doc: Document, trigger: TriggerSpan) -> bool:
    """The noun carries a possessive pronoun ("لقائه", "استقبالها"), read on the original text,
    where ة (normalised to ه) still differs from the pronoun."""
    return doc.original_text(trigger.stem_start, trigger.end).endswith(POSSESSIVE_PRONOUNS)


def _described_act(doc: Document, verb: TriggerSpan, triggers: list[TriggerSpan],
                   actors: list[ActorSpan]) -> TriggerSpan | None:
    """The event noun a verb describes: an indefinite noun just before it with no actor, comma
    or clause word between ("غارات عنيفة استهدفت …", "عبوة ناسفة استهدفت …"), or a noun
    before a relative pronoun ("التفجير الذي استهدف …")."""
    if verb.trigger.pos != "verb" or verb.prefix:
        return None
    nouns = [t for t in triggers if t.trigger.pos == "noun" and t.end <= verb.start
             and doc.words_between(t.end, verb.start) <= DESCRIBED_WITHIN]
    if not nouns:
        return None
    noun = nouns[-1]
    gap = doc.norm[noun.end:verb.start]
    if any(noun.end <= a.start < verb.start for a in actors) or _has_clause_mark(gap):
        return None
    if _after_relative(doc, verb):
        # "التي تشنها": the pronoun on the verb is the relative's noun, its subject comes after it
        return None if verb.trigger.object_pronoun else noun
    if verb.trigger.type != noun.trigger.type:
        return None  # "انفجار ألغام حملت سيول الشمال مسؤوليتها": the verb does something to the act
    gap_words = NORM_WORD.findall(gap)
    if any(w in cue_words("relative") or _starts_clause(w) for w in gap_words):
        return None
    if _definite(doc, noun) and not (doc.words_between(noun.end, verb.start) == 0
                                     and set(_words_before(doc, noun.start, 1)) & cue_words("complementizer")):
        # a definite act noun describes the verb only as the topic of إنّ right before it ("إن
        # الغارات استهدفت …")
        return None
    return noun


def _announcer(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan]) -> ActorSpan | None:
    """The subject of a verb of announcing right before an act noun ("أعلنت وزارة الداخلية القبض
    على خلية"، "أعلنت الكويت طرد دبلوماسيين"، "أعلن الوزير عن زيارة"; cues.tsv kind `announce`):
    who announces it did it."""
    return _subject_of_verb_before(doc, trigger, actors, "announce", ANNOUNCED_ABOUT)


def _stance_holder(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan]) -> ActorSpan | None:
    """The subject of a verb of affirming or expressing before an act noun with a possessive
    pronoun ("وأكد الأردن دعمه للعراق"، "أعربت مصر عن رفضها"; cues.tsv kind `own_stance`): the
    pronoun is his."""
    return _subject_of_verb_before(doc, trigger, actors, "own_stance", STANCE_LINKS)


def _subject_of_verb_before(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan], kind: str,
                            links: frozenset[str] = frozenset()) -> ActorSpan | None:
    """The actor right before the trigger, when the word before that actor is a verb of the
    cues.tsv word list `kind`; between actor and trigger nothing but a statement ("في بيان"), a
    time ("أعلنت الوزارة أمس القبض على …"), one word of `links` ("أعربت مصر عن رفضها") or the
    verbal noun of a verb that carries the act ("أعلنت الإمارات تقديم مساعدات"; kind
    carrier_noun), after an intention ("نيتهما لتوفير"). Or the actor right before that verb, the
    subject first ("مصر تؤكد رفضها")."""
    subject = next((a for a in reversed(actors) if a.end <= trigger.start), None)
    if subject is None:
        return None
    start = _after_statement(doc, subject.end, trigger.start)
    # (a time anywhere between counts for nothing: "أعربت مصر أمس عن رفضها")
    times = doc.between("times", start, trigger.start)
    between = [match.group() for match in NON_SPACE.finditer(doc.norm, start, trigger.start)
               if not any(t.start <= match.start() < t.end for t in times)]
    verb_first = between[:-1] if between and between[-1] in links else between
    if verb_first[-1:] and _listed(verb_first[-1], kind) and verb_first[:-1] in ([], [PERFECT_PARTICLE]):
        # the subject first: "وكانت جبهة النصرة قد أعلنت أمس انسحابها"، "والسعودية أعربت عن رفضها"
        return subject
    if between[:1] and between[0] in cue_words("future"):
        between = between[1:]  # an intention announced: "أعلنتا نيتهما لتوفير غطاء جوي"
    word = between[0] if between else ""
    carried = word[1:] if word.startswith("ل") else word  # "لتوفير": the verbal noun with ل of purpose
    if len(between) > 1 or between and word not in links and carried not in cue_words("carrier_noun"):
        return None
    words = _words_before(doc, subject.start, 1)
    return subject if words and _listed(words[-1], kind) else None


def _after_statement(doc: Document, start: int, end: int) -> int:
    """Where a statement named right at `start` ends, with the words that describe it ("في بيان"،
    "في بيان صدر عنها"، "في بيان رسمي": cues.tsv speech nouns and kind statement_detail); `start`
    when there is none."""
    frame = next((c for c in doc.between("cues", start, end) if c.cue.kind == "speech" and c.cue.pos == "word"
                  and c.phrase.startswith("في ") and not doc.norm[start:c.start].strip()), None)
    if frame is None:
        return start
    position = frame.end
    for word in NORM_WORD.finditer(doc.norm, frame.end, end):
        if doc.norm[position:word.start()].strip() or word.group() not in cue_words("statement_detail"):
            break
        position = word.end()
    return position


def _speaker_of_own_act(doc: Document, trigger: TriggerSpan, cues: list[CueSpan],
                        actors: list[ActorSpan]) -> ActorSpan | None:
    """The speaker whose words begin with an act of his own ("وقال الجبير إن محادثاته مع لافروف
    …"، "وأشار الرئيس إلى أن لقاءه مع أوباما …"): the possessive pronoun is his."""
    words = _words_before(doc, trigger.start, 1)
    if not words or words[-1] not in cue_words("complementizer"):
        return None
    speech = next((c for c in reversed(cues) if c.end <= trigger.start and c.cue.kind == "speech"
                   and c.cue.pos == "verb"), None)
    if speech is None or doc.words_between(speech.end, trigger.start) > SPEAKER_BEFORE_OWN_ACT:
        return None
    return next((a for a in actors if speech.end <= a.start and a.end <= trigger.start
                 and _prep(doc, a) is None), None)


def _required_acts(doc: Document, triggers: list[TriggerSpan]) -> dict[TriggerSpan, TriggerSpan]:
    """verb -> the noun of its own type that its required word is or begins ("توصل إلى اتفاق",
    "وصل … في زيارة"), or of a type it acts on (REQUIRED_OBJECTS: "وقع اتفاقية")."""
    acts: dict[TriggerSpan, TriggerSpan] = {}
    for verb in triggers:
        if verb.trigger.pos != "verb" or not verb.trigger.requires:
            continue
        at = required_word_at(verb.trigger, doc.norm, verb.end)  # at or after the verb's end
        noun = next((t for t in triggers if t.start >= at), None) if at is not None else None
        if noun is not None and noun.trigger.pos == "noun" and doc.words_between(at, noun.start) <= 1 \
                and (noun.trigger.type == verb.trigger.type or noun.trigger.type in REQUIRED_OBJECTS):
            acts[verb] = noun
    return acts


def _results(doc: Document, triggers: list[TriggerSpan], cues: list[CueSpan]) -> dict[TriggerSpan, TriggerSpan]:
    """Violence told as the outcome of an act before it ("اشتباكات أسفرت عن مصرع …", "غارة ما أدى
    إلى مقتل …"): outcome trigger -> the act, the nearest violent trigger before the result word."""
    results: dict[TriggerSpan, TriggerSpan] = {}
    for cue in cues:
        if cue.cue.kind != "result":
            continue
        outcome = next((t for t in triggers if t.start >= cue.end
                        and doc.words_between(cue.end, t.start) <= RESULT_WITHIN), None)
        acts = [t for t in triggers if t.end <= cue.start and t.trigger.type == "ASSAULT"
                and doc.words_between(t.end, cue.start) <= ACT_BEFORE_RESULT]
        if outcome is not None and outcome.trigger.type == "ASSAULT" and acts:
            results[outcome] = acts[-1]
    return results


def _framing_doers(doc: Document, triggers: list[TriggerSpan], cues: list[CueSpan], actors: list[ActorSpan],
                   arguments: dict, boundaries: list[int], sentence: Sentence) -> dict[TriggerSpan, ActorSpan]:
    """An act noun right after a word of "during" ("في ختام زيارة", "خلال لقائه") -> the subject
    of the verb before it in its clause: an event verb's doer, or a speaker."""
    framed = {}
    frames = [(cue.start, next((t for t in triggers if t.start >= cue.end and t.trigger.pos == "noun"
                                and doc.words_between(cue.end, t.start) == 0), None))
              for cue in cues if cue.cue.kind == "during"
              # ("لدى استقبال": the word is also a preposition, the kind its cue span took)
              or cue.cue.kind == "preposition" and _listed(doc.norm[cue.start:cue.end], "during")]
    # "وقال الجبير في مؤتمر صحفي عقده مع نظيره": a meeting with someone after "في" frames the
    # words said in it (a press conference with no one named is no interaction)
    frames += [(word.start(), noun) for noun in triggers
               if noun.trigger.pos == "noun" and noun.trigger.type in MEETING_FRAMED
               and arguments[noun][1] is not None
               and (word := _word_at_before(doc, noun.start)) is not None
               and _listed(word.group(), "meeting_frame")]
    stance_words = _stance_words(doc, sentence) if frames else []
    for frame_start, noun in frames:
        if noun is None:
            continue
        # (a frame that names someone may stand as an aside after the clause's subject: "وأعرب
        # الوزير، لدى استقبال السفير الياباني")
        aside_start = len(doc.norm[:frame_start].rstrip(" ،,")) if any(arguments[noun]) else frame_start
        verbs = [v for v in [*(t for t in triggers if t.trigger.pos == "verb"),
                             *(c for c in cues if c.cue.kind == "speech" and c.cue.pos == "verb"),
                             *stance_words]
                 if v.end <= frame_start and not _has_clause_mark(doc.norm[v.end:aside_start])
                 and not any(v.end <= b < frame_start for b in boundaries)]
        if not verbs:
            continue
        verb = max(verbs, key=lambda v: v.start)
        if isinstance(verb, TriggerSpan):
            doer = arguments[verb][0]
        else:
            doer = next((a for a in actors if verb.end <= a.start and a.end <= frame_start and _prep(doc, a) is None),
                        None) or _bare_actor_before(doc, verb.start, actors, boundaries, sentence, SUBJECT_BEFORE_VERB)
        if doer is None and not doc.norm[sentence.start:verb.start].strip() \
                and doc.words_between(verb.end, frame_start) == 0:
            # "وشدد خلال لقائه …": a sentence that opens on its verb and goes straight on to the
            # frame names no subject; its subject is that of the sentence before ("جدد الرئيس …")
            doer = _previous_subject(doc, sentence)
        # the frame follows the verb, or its subject after it (and the name apposed to him: "وزير
        # الخارجية الأردني أيمن الصفدي"), with at most a preposition between
        clause_end = verb.end
        if doer is not None and doer.start > verb.end:
            clause_end = doer.end
            for apposed in actors:
                if clause_end < apposed.start < frame_start and doc.words_between(clause_end, apposed.start) == 0 \
                        and not doc.norm[clause_end:apposed.start].strip():
                    clause_end = apposed.end
        if doer is not None and doc.words_between(clause_end, frame_start) <= 1:
            framed[noun] = doer
    return framed


class _WordSpan(NamedTuple):
    start: int
    end: int


def _stance_words(doc: Document, sentence: Sentence) -> list[_WordSpan]:
    """The verbs of affirming or expressing in a sentence (cues.tsv kind own_stance: "أعرب",
    "أكد"): verbs whose subject may frame an act told after them."""
    return [_WordSpan(m.start(), m.end()) for m in NORM_WORD.finditer(doc.norm, sentence.start, sentence.end)
            if _listed(m.group(), "own_stance")]


def _word_at_before(doc: Document, position: int) -> re.Match | None:
    """The word that ends one space before `position`."""
    index = doc.word_index(position)
    if index == 0:
        return None
    word = NORM_WORD.match(doc.norm, doc.word_starts[index - 1])
    return word if word is not None and word.end() == position - 1 else None


def _previous_subject(doc: Document, sentence: Sentence) -> ActorSpan | None:
    """Who the sentences before this one are about: the subject of the one before
    (_sentence_subject), or, when that one names none but opens on a verb ("وأضافوا أن …": who
    speaks is still the one before), the subject of the one before it, and so on."""
    index = bisect.bisect_left(doc.sentences, sentence.start, key=lambda s: s.start)
    for previous in reversed(doc.sentences[:index]):
        subject = _sentence_subject(doc, previous)
        if subject is not None or not _opens_with_a_verb(doc, previous):
            return subject
    return None


def _one_harm(doc: Document, triggers: list[TriggerSpan]) -> list[TriggerSpan]:
    """"مقتل وإصابة خمسة من رجال الأمن": two harms joined by و before the one count they share
    are one act, its words spanning both (so that what follows the second is the first's too)."""
    joined = []
    for trigger in triggers:
        previous = joined[-1] if joined else None
        if previous is not None and trigger.prefix == "و" \
                and all(_harm(t) and t.trigger.pos == "noun" for t in (previous, trigger)) \
                and doc.word_index(trigger.start) == doc.word_index(previous.start) + 1:
            joined[-1] = replace(previous, end=trigger.end)
        else:
            joined.append(trigger)
    return joined


def _just_after_act(doc: Document, actor: ActorSpan, harm: bool = False) -> bool:
    """An act word (a harm, with `harm`) stands right before the actor, which is its object
    ("اعتقال ثلاثة ناشطين", "مقتل عشرة جنود")."""
    return any((not harm or _harm(t)) and t.end <= actor.start
               and doc.words_between(t.end, actor.start) <= ACT_OBJECT_WITHIN for t in doc.triggers)


def _object_of_a_stance_verb(doc: Document, cue: CueSpan, triggers: list[TriggerSpan]) -> bool:
    """A noun of speech right after a verb of stance and its subject ("استنكرت البحرين تصريحات
    إيران"؛ "أدانت الخارجية في بيان قصف المدينة"): what is condemned, or where the
    condemnation is said, no new statement, so the actor after it stays in the verb's reach."""
    if cue.cue.kind != "speech" or cue.cue.pos != "word" or cue.start != cue.stem_start:
        return False
    return any(t.trigger.pos == "verb" and t.trigger.type in STANCE_ON_SPEECH and t.end <= cue.start
               and _words_less_names(doc, t.end, cue.start) <= 1 for t in triggers)


def _giver(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan], boundaries: list[int],
           sentence: Sentence) -> ActorSpan | None:
    """The one a received act comes from (cues.tsv kind receive: "تلقى الرئيس اتصالا من نظيره"،
    "تسلمت الحكومة مساعدات من السعودية"): the first actor after it, with من, in its clause."""
    receive = cue_words("receive")
    if trigger.trigger.pos == "verb":
        received = doc.norm[trigger.stem_start:trigger.end].split(" ", 1)[0] in receive
    else:
        floor = max([b for b in boundaries if b < trigger.start] or [sentence.start])
        received = any(word in receive or (word[:1] in "وف" and word[1:] in receive)
                       for word in _words_before(doc, trigger.start, RECEIVED_WITHIN, floor))
    if not received:
        return None
    ceiling = min([b for b in boundaries if b > trigger.start] or [sentence.end])
    return next((a for a in actors if trigger.end <= a.start < ceiling and _prep(doc, a) == "من"
                 and doc.words_between(trigger.end, a.start) <= GIVER_AFTER), None)


def _harm(trigger: TriggerSpan) -> bool:
    """A word of harm done to people ("مقتل", "إصابة", "أصيب"), whose genitive is who suffered it."""
    rule = trigger.trigger
    return rule.type == "ASSAULT" and rule.genitive in ("patient", "passive")


def _required_after_subject(doc: Document, trigger: TriggerSpan, sentence: Sentence) -> bool:
    """A verb's required word after its subject's long name and titles ("وصل صاحب السمو الملكي
    الأمير … ولي العهد النائب الأول لرئيس مجلس الوزراء وزير الداخلية أمس إلى الكويت تلبية لدعوة …"): the few words of the
    requirement are counted from the end of the subject right after the verb and of his titles
    (_title_follows)."""
    if trigger.trigger.pos != "verb" or not trigger.trigger.requires:
        return False
    after = [a for a in doc.within("actors", sentence) if a.start >= trigger.end]
    if not after or any(not _listed(word, "honorific") for word in NORM_WORD.findall(doc.norm, trigger.end, after[0].start)):
        return False
    end = after[0].end
    for actor in after[1:]:
        if not _title_follows(doc, end, actor):
            break
        end = actor.end
    at = required_word_at(trigger.trigger, doc.norm, end)
    return at is not None and at < sentence.end


def _told_as_result(doc: Document, trigger: TriggerSpan, sentence: Sentence) -> bool:
    """A harm told as the outcome of an act ("أسفر انفجار سيارة في وسط المدينة عن إصابة عشرة"):
    its cause is told before it, so it needs no wound or cause word after it."""
    if not _harm(trigger) or trigger.prefix:
        return False  # a harm ("إصابة", "مقتل"), not an act with a word of its own ("فتح النار")
    words = _words_before(doc, trigger.start, RESULT_VERB_WITHIN + 1, floor=sentence.start)
    if not words:
        return False
    verbs = _result_verbs().get(words[-1], frozenset())
    return any(w in verbs or w[1:] in verbs for w in words[:-1])


@lru_cache(maxsize=1)
def _result_verbs() -> dict[str, frozenset[str]]:
    """The result cues ("أسفر عن", "أدى إلى") as preposition -> the verbs it follows, so that
    the verb may stand apart from its preposition ("أسفر الانفجار عن")."""
    verbs: dict[str, set[str]] = {}
    for phrase in cue_words("result"):
        verb, preposition = phrase.split()
        verbs.setdefault(preposition, set()).add(verb)
    return {preposition: frozenset(forms) for preposition, forms in verbs.items()}


def _harm_causes(doc: Document, triggers: list[TriggerSpan]) -> dict[TriggerSpan, TriggerSpan]:
    """A killing told with the act that caused it right after it ("قتل ثلاثة في غارة شنتها …",
    "مصرعهم جراء قصف …"): harm trigger -> the act noun, introduced by a cause word or في."""
    causes = cue_words("cause") | CAUSE_PREPOSITIONS
    found = {}
    for harm in triggers:
        if not _harm(harm):
            continue
        for act in triggers:
            if act.start <= harm.end or act.trigger.type != "ASSAULT" or act.trigger.pos != "noun" \
                    or act.trigger.genitive == "patient" or doc.words_between(harm.end, act.start) > HARM_CAUSE_WITHIN:
                continue
            before = _words_before(doc, act.start, 1)
            if (before and before[-1] in causes) or "ب" in act.prefix or _subject_act(doc, harm, act):
                found[harm] = act
            break
    return found


def _subject_act(doc: Document, harm: TriggerSpan, act: TriggerSpan) -> bool:
    """"قتل هجوم انتحاري عشرين شخصا"، "قتلت سلسلة من الهجمات على الجيش عشرات الأشخاص": the act
    noun right after a verb of harm, or after a word of its series (cues.tsv kind `act_series`),
    is the verb's subject, the act that did the harm."""
    if harm.trigger.pos != "verb" or act.prefix:
        return False
    gap = NORM_WORD.findall(doc.norm, harm.end, act.start)
    return len(gap) <= SERIES_WORDS and all(_listed(word, "act_series") for word in gap)


def _share_with_joined_verb(doc: Document, candidates: list[Candidate]) -> None:
    """"اعتقلت الشرطة عشرين شخصا وأطلقت سراحهم": a verb joined to the verb before it (by و, or
    in sequence: "قبل أن يقتادوه"), with no subject of its own, has that verb's subject; its
    object pronoun ("سراحهم", "أفرجت عنهم") is that verb's object."""
    for candidate in candidates:
        if candidate.trigger.trigger.pos != "verb" or not (candidate.trigger.prefix.startswith("و")
                                                           or _in_sequence(doc, candidate.trigger)):
            continue
        previous = _joined_to_previous(doc, candidate, candidates)
        if candidate.source is None and candidate.trigger.trigger.plural_subject \
                and (previous is None or previous.trigger.trigger.pos != "verb"):
            # "اعتدى عناصر الشرطة بالضرب على الحارس قبل أن يكبلوه ويقتادوه": a verb that carries
            # its plural subject names none; it is the subject of the last verb before it
            previous = next((c for c in reversed(candidates) if c.trigger.end <= candidate.trigger.start
                             and c.trigger.trigger.pos == "verb"), None)
        if previous is None or previous.trigger.trigger.pos != "verb":
            continue
        # the subject of a verb it befalls is its target ("مثل ويب أمام المحكمة ونفى تورطه": Webb denies)
        subject = previous.target if previous.trigger.trigger.genitive == "passive" else previous.source
        if subject is None:
            continue
        if candidate.trigger.trigger.genitive == "passive":
            # "لقي جنديان مصرعهما وأصيب آخرون": a verb that befalls its subject befalls the same
            # side as the verb before, when that one befell it too; an active verb's doer is no one
            # it befell
            if candidate.target is None and previous.trigger.trigger.genitive == "passive":
                candidate.target = subject
            continue
        if candidate.source is not None and not _same_span(candidate.source, previous.target):
            continue  # a subject of its own, other than the object of the verb before
        candidate.source = subject
        if candidate.target is None and _object_pronoun(doc, candidate.trigger):
            candidate.target = previous.target


def _participle_doers(doc: Document, candidates: list[Candidate], speeches: list[Speech],
                      explain: list | None = None) -> list[Candidate]:
    """"أدان الوزير الهجوم، داعيا المجتمع الدولي إلى …": a circumstantial participle names no
    doer; it is the subject of the last act told before it ("وجه المدير رسالة إلى قائد الشرطة
    مطالبا إياه": the letter's writer, and إياه its addressee), or, after reported words ("قال
    الوزير إن …، مطالبا …"), the speaker. A participle with neither is left out: its doer is in
    another sentence, or the word is a noun ("الداعين إلى الفكر")."""
    kept = []
    for candidate in candidates:
        if candidate.trigger.trigger.participle and candidate.source is None:
            speech = next((s for s in reversed(speeches) if s.holds(candidate)), None)
            if speech is not None:
                candidate.source = speech.speaker
            else:
                pronoun = _word_after(doc, candidate.trigger)
                addressed = pronoun is not None and pronoun.group() in cue_words("object_pronoun")
                # a verb's subject; a noun's doer too when the participle addresses its object
                previous = next((c for c in reversed(candidates) if c.trigger.end <= candidate.trigger.start
                                 and (c.trigger.trigger.pos == "verb" or addressed) and c.source is not None),
                                None)
                candidate.source = previous.source if previous is not None else None
                if previous is not None and addressed and candidate.target is None:
                    candidate.target = previous.target
            if candidate.source is None:
                _drop(explain, candidate, "a participle whose doer is not named")
                continue
        kept.append(candidate)
    return kept


def _same_span(a: ActorSpan | None, b: ActorSpan | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def _object_pronoun(doc: Document, trigger: TriggerSpan) -> bool:
    """The verb's object is a pronoun: on its last word ("أطلقت سراحهم") or on the preposition
    that introduces its target ("أفرجت عنهم")."""
    enclitics = tuple(e for e in clitics()["enclitics"] if e.startswith("ه"))
    if doc.norm[trigger.stem_start:trigger.end].endswith(enclitics):
        return True
    following = _word_after(doc, trigger)
    return following is not None and any(following.group() == prep + e for prep in trigger.trigger.preps
                                         for e in enclitics)


def _word_after(doc: Document, trigger: TriggerSpan) -> re.Match | None:
    """The word right after the trigger, past the one space or sign that ends it ("أيده الله")."""
    return NORM_WORD.match(doc.norm, trigger.end + 1)


def _named_by_qualifier(doc: Document, trigger: TriggerSpan, dated: bool) -> bool:
    """A definite act noun followed by a definite word, its adjective or relative ("الاتفاق
    النووي", "الاتفاق الذي …"): the name of a known act. In a sentence with no time, so is one
    not followed by a preposition of its own ("وينص الاتفاق", "انتهكت إيران الاتفاق"): reached
    before. Before one of its prepositions it is the act itself ("الاتفاق على وقف إطلاق النار",
    "الاتفاق مع اليونان"); reaching or signing one has verbs of its own (توصل إلى، وقع)."""
    if trigger.trigger.pos != "noun" or not _definite(doc, trigger):
        return False
    following = _word_after(doc, trigger)
    spaced = doc.norm[trigger.end:trigger.end + 1] == " "
    if following is not None and spaced and following.group().startswith("ال"):
        return True
    return not dated and (following is None or not spaced
                          or following.group() not in trigger.trigger.preps and following.group() != "بين")


def _means_after(doc: Document, trigger: TriggerSpan) -> bool:
    """The word after the trigger begins with ب, the means ("القوات المدعومة بطائرات روسية":
    air cover in the fighting told), not the backer ("المدعومة من إيران": who the forces are)."""
    following = _word_after(doc, trigger)
    return following is not None and following.group().startswith("ب")


def _definite(doc: Document, trigger: TriggerSpan) -> bool:
    word = doc.norm[trigger.stem_start:trigger.end].split()[0]
    return word.startswith("ال") or "ال" in trigger.prefix or "لل" in trigger.prefix


def _describes_act(doc: Document, actor: ActorSpan, triggers: list[TriggerSpan]) -> bool:
    """"التفجير الإرهابي": a definite event noun takes no genitive, so a definite generic agent
    word right after it is an adjective on the act, no actor (coding guide, "Do not infer names");
    not a plural in ين/ون, no adjective of an act ("استهدف التفجير المصلين": its object)."""
    if not actor.kind.startswith("agent") or actor.start != actor.stem_start \
            or not doc.norm.startswith("ال", actor.start) or doc.norm[actor.start:actor.end].endswith(("ين", "ون")):
        return False
    return any(t.trigger.pos == "noun" and t.end <= actor.start and doc.words_between(t.end, actor.start) == 0
               and _definite(doc, t) for t in triggers)


def _subject_of_verb(doc: Document, actor: ActorSpan, boundaries: list[int],
                     verb_starts: frozenset[int]) -> bool:
    """The actor stands after an event verb of its clause, as that verb's subject; a comma
    between them ends the verb's clause ("وأصيب 19 جراء انفجار …، مع تكثيف التنظيم هجومه")."""
    previous = [b for b in boundaries if b < actor.start]
    return bool(previous) and previous[-1] in verb_starts \
        and not _has_clause_mark(doc.norm[previous[-1]:actor.start])


def _reporter(doc: Document, actor: ActorSpan, cues: list[CueSpan]) -> bool:
    """The actor is the subject right after a reporting verb ("أعلنت الشرطة …"), also after the
    sources it names ("أكدت مصادر ليبية"), or the press right after a verb of a press review
    ("واكبت الصحف اقتحام المسلحين"; cues.tsv kind press_review)."""
    verb = _word_at_before(doc, actor.start)
    # ("أكدت مصادر ليبية": the word after the sources says whose; cues.tsv kind source_noun)
    start = verb.start() if verb is not None and _listed(verb.group(), "source_noun") else actor.start
    if any(c.cue.kind == "speech" and c.cue.pos == "verb" and c.end <= start
           and doc.words_between(c.end, start) == 0 for c in cues):
        return True
    return verb is not None and REPORTER_SECTORS.intersection(actor.actor.sector) \
        and _listed(verb.group(), "press_review")


def _subject_of_support_verb(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan],
                             boundaries: list[int], sentence: Sentence,
                             cues: list[CueSpan]) -> ActorSpan | None:
    """"الولايات المتحدة نفذت 29 ضربة", "شنت الطائرات الروسية غارات": the subject of a verb
    that only carries the event noun (نفذ، شن، أجرى …) is the noun's doer; so is that of a verb
    of managing it ("تمكن الثوار من قتل …")."""
    support = next((c for c in reversed(cues) if c.cue.kind in ("support", "able") and c.end <= trigger.start
                    and _words_less_names(doc, c.end, trigger.start) <= SUPPORT_BEFORE_NOUN), None)
    if support is None or any(support.end <= b < trigger.start for b in boundaries) \
            or any(support.end <= t.start < trigger.start and requirement_met(t.trigger, doc.norm, t.end)
                   for t in doc.within("triggers", sentence)):
        # "قامت قوات الأمن بتفريق تظاهرة": the verb carries the first act only (a form without
        # its required word is no act: "شنت الطائرات فجر أمس غارات", dawn)
        return None
    inside = [a for a in actors if support.end <= a.start < trigger.start and _prep(doc, a) is None]
    if support.cue.kind == "able":
        # the act is what was managed only right after the verb, its subject or من: in "تمكنت
        # البيشمركة من صد هجوم" the attack is what was repelled, not done
        previous = _words_before(doc, trigger.start, 1)
        if not (previous == ["من"] or doc.words_between(support.end, trigger.start) == 0
                or (inside and doc.words_between(inside[-1].end, trigger.start) == 0)):
            return None
    if inside:
        return inside[0]
    subject = _bare_actor_before(doc, support.start, actors, boundaries, sentence, SUBJECT_BEFORE_VERB) \
        or _apposed_subject(doc, support.start, actors, boundaries, sentence)
    return subject if subject is None else _first_conjunct(doc, subject, actors)


def _words_less_honorifics(doc: Document, start: int, end: int) -> int:
    """The words between two positions less the honorifics ("زيارة صاحب السمو الملكي الأمير")."""
    words = NORM_WORD.findall(doc.norm, start, end)
    return len(words) - sum(1 for w in words if w in cue_words("honorific"))


def _prepositional_noun_between(doc: Document, start: int, end: int) -> bool:
    """The last word before `end` is a noun with ب or ل on it ("مجلس الوزراء بنتائج زيارة"),
    whose genitive the act is; not the verbal noun of a verb that carries the act ("سارعت موسكو
    بإعلان إدانتها"; kind carrier_noun)."""
    words = NORM_WORD.findall(doc.norm, start, end)
    last = words[-1] if words else ""
    return last[:1] in "بل" and len(last) > 3 and not last.startswith("ال") \
        and last[1:] not in cue_words("carrier_noun")


def _words_less_names(doc: Document, start: int, end: int) -> int:
    """The words between two positions, an actor's name counted as one word ("قدمت النيابة
    العامة في إسرائيل أمس إلى المحكمة المركزية لائحة اتهام": four words between)."""
    names = doc.between("actors", start, end)
    return doc.words_between(start, end) - sum(doc.words_between(a.start, a.end) - 1 for a in names if a.end <= end)


def _actors_after(doc: Document, position: int, actors: list[ActorSpan], boundaries: list[int],
                  sentence: Sentence) -> list[ActorSpan]:
    """Actors after `position` up to the next clause boundary, within TARGET_AFTER words; the
    first, a verb's subject, counts as ACTOR_WORDS however long its name and its honorific
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصره أمس الرئيس السنغالي")."""
    next_boundary = min([b for b in boundaries if b >= position] or [sentence.end])
    found: list[ActorSpan] = []
    passed = 0  # the words of the first actor found beyond ACTOR_WORDS, and of his titles
    titles_end = None  # where the first actor and the titles right after him end
    for actor in actors:
        # (time words count for none: "مثل شاب أمس (الاثنين) أمام القضاء")
        if position <= actor.start < next_boundary \
                and _words_less_times(doc, position, actor.start) - passed <= TARGET_AFTER:
            if not found:
                passed = max(0, doc.words_between(actor.start, actor.end) - ACTOR_WORDS)
                # and the honorific before him ("صاحب السمو الملكي"; cues.tsv kind `honorific`)
                passed += sum(1 for word in NORM_WORD.findall(doc.norm, position, actor.start)
                              if word in cue_words("honorific"))
                titles_end = actor.end
            elif titles_end is not None and _title_follows(doc, titles_end, actor):
                # "الأمير … ولي العهد النائب الأول لرئيس مجلس الوزراء وزير الداخلية": his
                # titles count for none either
                passed += doc.words_between(titles_end, actor.end)
                titles_end = actor.end
            else:
                titles_end = None
            found.append(actor)
    return found


def _title_follows(doc: Document, end: int, actor: ActorSpan) -> bool:
    """`actor` follows the actor that ends at `end` as one of his titles: an office, no comma
    between, no more than TITLE_GAP_WORDS words other than honorifics."""
    gap = [word for word in NORM_WORD.findall(doc.norm, end, actor.start) if not _listed(word, "honorific")]
    return actor.kind in OFFICE_KINDS and len(gap) <= TITLE_GAP_WORDS and "," not in doc.norm[end:actor.start]


def _far_partner(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan], boundaries: list[int],
                 sentence: Sentence, subject: ActorSpan) -> ActorSpan | None:
    """The partner "مع" introduces beyond TARGET_AFTER, after an aside of place and time
    ("اجتمع الأمين العام، في مكتبه بمقر الأمانة في الرياض اليوم، مع سفير ميانمار"), for an act
    done with someone: the first actor of the clause after the trigger and its subject, within
    PARTNER_AFTER words of them; with مع before an unknown name and the office it holds, or, the
    subject before the verb, joined to the verb by و (a headline's "يبحث ووزير الدفاع")."""
    if PARTNER_PREPOSITION not in trigger.trigger.preps:
        return None
    next_boundary = min([b for b in boundaries if b >= trigger.end] or [sentence.end])
    # after the subject and those joined to it ("اجتمع وزير الخارجية والأمين العام للجامعة مع …")
    reach_from = max(trigger.end, (_coordinated(doc, subject, actors) or [subject])[-1].end)
    first = next((a for a in actors if reach_from <= a.start < next_boundary), None)
    if first is None or doc.words_between(reach_from, first.start) > PARTNER_AFTER:
        return None
    if subject.end <= trigger.start and first.start == trigger.end + 1 \
            and doc.norm[first.start:first.stem_start] == "و":
        return first  # "خادم الحرمين يبحث ووزير الدفاع الأميركي …": the partner joined to the verb
    if _prep(doc, first) == PARTNER_PREPOSITION:
        return first
    if _object_after_aside(doc, trigger, subject, first):
        return first
    # "مع عبدالله البدري الأمين العام لمنظمة أوبك": مع before a name the knowledge base does not
    # know, and the office or body it holds (not a state or a generic word: "مع جعجع أوضاع لبنان")
    words = _words_before(doc, first.start, PARTNER_NAME_WORDS + 1, floor=reach_from)
    return first if PARTNER_PREPOSITION in words and first.kind in OFFICE_KINDS else None


def _object_after_aside(doc: Document, trigger: TriggerSpan, subject: ActorSpan, first: ActorSpan) -> bool:
    """"التقى النائب الثاني للرئيس السوداني بمكتبه اليوم، وزير حقوق الإنسان اليمني": the object
    of a verb that takes one, after an aside of place and time that a comma closes. Not an office
    of the subject's own country right after him ("التقى الوزير عادل الجبير، وزير الخارجية
    السعودي،": his apposition)."""
    if "obj" not in trigger.trigger.preps or _prep(doc, first) is not None or first.kind not in OFFICE_KINDS \
            or first.actor.code == subject.actor.code:
        return False
    gap = doc.norm[subject.end:first.start]
    comma = gap.rfind(",")
    return comma > 0 and not gap[comma + 1:].strip() and NORM_WORD.search(gap, 0, comma) is not None


def _bare_actor_before(doc: Document, position: int, actors: list[ActorSpan], boundaries: list[int],
                       sentence: Sentence, max_words: int, allow_comma: bool = False,
                       allow_prep: bool = False) -> ActorSpan | None:
    """The nearest actor ending just before `position`, not governed by a preposition
    (unless `allow_prep`: a participle describes its noun whatever governs that noun)."""
    previous_boundary = max([b for b in boundaries if b < position] or [sentence.start])
    for actor in reversed(actors):
        if actor.end > position or actor.start < previous_boundary:
            continue
        gap = doc.norm[actor.end:position]
        if not allow_comma and ("," in gap or ";" in gap):
            return None
        if ")" in gap and _in_place_aside(doc, actor):
            return None  # "وفي عدن (جنوب اليمن) قتل": the aside says where, no one acts in it
        for hedge in AT_LEAST:
            gap = gap.replace(hedge, " ")  # "ثلاثة جنود على الأقل قتلوا": no phrase of its own
        gap_words = NORM_WORD.findall(gap)
        if any(word in cue_words("preposition") for word in gap_words):
            return None  # "جنود في هجوم": the noun sits in a phrase of its own
        if any(word in cue_words("relative") for word in gap_words):
            return None  # "… التفجير الذي استهدف": the verb's subject is the relative's noun
        if any(word in cue_words("cause") for word in gap_words):
            return None  # "إصابة ثلاثة صحافيين جراء اعتداء الشرطة": who suffered the act, not its doer
        if any(_starts_clause(word) for word in gap_words):
            return None  # "… القرى ولم يقتحم": a new clause begins between them
        if any(word in cue_words("conditional") for word in gap_words[1:]):
            return None  # "هدد بالرد إذا هاجمت إسرائيل"; "إيران إذا وقعت" keeps its topic
        if doc.words_between(actor.end, position) > max_words:
            return None
        if not allow_prep and _prep(doc, actor) is not None:
            return None
        return actor
    return None


def _in_place_aside(doc: Document, actor: ActorSpan) -> bool:
    """A state or capital inside brackets that open on a direction ("عدن (جنوب اليمن)", "إب (وسط
    اليمن)"; cues.tsv kind place_direction): an aside that places the name before it. (A body in
    brackets names the subject: "البرلمان (مجلس النواب) رفض".)"""
    opening = doc.norm.rfind("(", 0, actor.start)
    if actor.kind not in PLACE_KINDS or opening == -1 or doc.norm.rfind(")", 0, actor.start) > opening:
        return False
    first = NORM_WORD.match(doc.norm, opening + 1)
    return first is not None and _listed(first.group(), "place_direction")


def _clash(trigger: TriggerSpan) -> bool:
    """Two-sided fighting ("معارك"، "اشتباكات"، "مواجهات"): an attack whose other side comes with مع."""
    return trigger.trigger.type == "ASSAULT" and PARTNER_PREPOSITION in trigger.trigger.preps


def _clause_opener(doc: Document, position: int, actors: list[ActorSpan], boundaries: list[int],
                   sentence: Sentence, other: ActorSpan) -> ActorSpan | None:
    """The first actor of the clause before `position`, governed by no preposition and not
    `other`: who the clause is about ("… إن عناصر المقاومة سيطروا على المديرية، عقب مواجهات مع
    الحوثيين")."""
    start = max([b for b in boundaries if b < position] or [sentence.start])
    return next((a for a in actors if start <= a.start and a.end <= position and _prep(doc, a) is None
                 and not _same_actor(a, other)), None)


def _accusative(doc: Document, actor: ActorSpan, kinds: tuple[str, ...] = ("agent",)) -> bool:
    """A generic actor in the indefinite accusative ("مسلحا", "طفلا"): an object, or the noun of
    إنّ. Of `kinds` only: after a verb an organ's "رجلا الأمن" is a dual in construct, its subject."""
    return actor.kind.startswith(kinds) and doc.norm[actor.stem_start:actor.end].split(" ", 1)[0] in accusative_forms()


def _oblique_right_after(doc: Document, trigger: TriggerSpan, actor: ActorSpan) -> bool:
    """The actor right after the verb (past time words only: "وطردت الاثنين الحوثيين") is a plural
    in ين whose nominative is in ون (kb.actors.oblique_plurals): the accusative, no subject, the
    object. So is one that begins with such a plural in construct, its ن dropped ("هاجم مسلحي
    داعش"), or that is the genitive of one right after the verb ("هاجم مقاتلي تنظيم داعش"; the
    nominative is "مقاتلو"). (After من or in construct with a noun of another kind, as in "عدد من
    المواطنين"، "الناطق باسم المتمردين", the ين is the genitive's and says nothing of the verb.)"""
    if actor.start != actor.stem_start:
        return False
    words = doc.norm[actor.stem_start:actor.end].split()
    gap = _words_less_times(doc, trigger.end, actor.start)
    if gap == 0:
        return words[0] in (oblique_plurals() if len(words) == 1 else construct_obliques())
    head = _words_before(doc, actor.start, 1) if gap == 1 else []
    return bool(head) and head[0] in construct_obliques()


def _after_subject_pronoun(doc: Document, trigger: TriggerSpan) -> bool:
    """The verb follows a complementizer whose feminine or plural pronoun is its subject
    (cues.tsv pronoun_subject: "إنها استهدفت"، "أنهم قصفوا"), or whose masculine one is the
    subject of a future verb (kind future_pronoun_subject: "أنه سيزور السعودية")."""
    before = _words_before(doc, trigger.start, 1)
    return bool(before) and (_listed(before[0], "pronoun_subject")
                             or "س" in trigger.prefix and _listed(before[0], "future_pronoun_subject"))


def _apposed_subject(doc: Document, position: int, actors: list[ActorSpan], boundaries: list[int],
                     sentence: Sentence) -> ActorSpan | None:
    """A bare actor before a comma and an apposition that ends at the verb ("كتائب القسام، الجناح
    العسكري لحركة حماس، قد أطلقت", "الوزير عادل الجبير، وزير الخارجية السعودي، التقى"): the
    verb's subject is the named actor, not the apposition's genitive nor the apposition."""
    previous_boundary = max([b for b in boundaries if b < position] or [sentence.start])
    heads = cue_words("apposition")
    commas = [found.start() for found in _COMMA.finditer(doc.norm, previous_boundary, position)]
    title = None  # an apposition that is an office of the head's own ("عادل الجبير، وزير الخارجية السعودي،")
    for comma in reversed(commas):
        apposition = NORM_WORD.findall(doc.norm[comma:position])
        if apposition and apposition[0] in heads:
            break  # the last comma that opens an apposition
        title = next((a for a in actors if a.kind.startswith("title") and comma < a.start and a.end <= position
                      and not NORM_WORD.search(doc.norm[comma:a.start] + doc.norm[a.end:position])), None)
        if title is not None:
            break
    else:
        return None
    if len(apposition) > APPOSITION_WORDS \
            or any(word in cue_words("preposition") or word in cue_words("relative") or _starts_clause(word)
                   for word in apposition):
        return None
    head = next((a for a in reversed(actors) if previous_boundary <= a.start and a.end <= comma), None)
    if head is None or NORM_WORD.search(doc.norm[head.end:comma]) or _prep(doc, head) is not None:
        return None
    if title is not None and title.actor.code not in (None, head.actor.code):
        return None
    return head


def _passive_when_unarmed(trigger: TriggerSpan) -> bool:
    """An arrest verb, or a harm done to someone (killing, abduction, torture …): passive when
    the only actor after it cannot detain or kill."""
    rule = trigger.trigger
    return (rule.type, rule.mode) in PASSIVE_WHEN_NO_DETAINER or _harm(trigger)


def _first_target(doc: Document, rule, candidates: list[ActorSpan], exclude: ActorSpan | None,
                  bare: bool = True) -> ActorSpan | None:
    for actor in candidates:
        if actor is exclude or (exclude is not None and actor.start < exclude.end):
            continue
        if exclude is not None and _apposition_of(doc, actor, exclude):
            continue  # "التقى الوزير عادل الجبير، وزير الخارجية السعودي، نظيره": his own office
        if rule.type in HOLDERS_TARGETED and _holds_the_place(doc, actor):
            return actor  # "غارات على الأحياء الخاضعة لسيطرة المعارضة": whose place was hit
        prep = _prep(doc, actor)
        if prep in (None, POSSESSED) and bare and "obj" in rule.preps:
            return actor
        if prep is not None and prep in rule.preps:
            return actor
    return None


def _holds_the_place(doc: Document, actor: ActorSpan) -> bool:
    """The actor is named as who holds a place, right after "تسيطر عليها"، "الخاضعة لسيطرة" and
    the like (cues.tsv kind holder), or as the subject of such a verb a few words after him
    ("منطقة كان مقاتلو داعش يحاولون السيطرة عليها")."""
    holders = cue_words("holder")
    words = _words_before(doc, actor.start, HOLDER_WORDS)
    if any(" ".join(words[-count:]) in holders for count in range(1, len(words) + 1)):
        return True
    comma = doc.norm.find(",", actor.end)  # his clause only
    after = [w.group() for w in _words_after(doc, actor.end, HOLDER_AFTER, comma if comma != -1 else len(doc.norm))]
    return any(" ".join(after[end - 2:end]) in holders for end in range(2, len(after) + 1))


def _apposition_of(doc: Document, actor: ActorSpan, head: ActorSpan) -> bool:
    """An office of the head's own country right after him and a comma, and closed by one:
    his apposition ("الوزير عادل الجبير، وزير الخارجية السعودي،"), not another actor."""
    return actor.kind in ("title+country", "organ+country") and actor.actor.code == head.actor.code \
        and not doc.norm[head.end:actor.start].strip(" ,") and "," in doc.norm[head.end:actor.start] \
        and doc.norm[actor.end:actor.end + 2].strip().startswith(",")


def _starts_clause(word: str) -> bool:
    """و/ف joined to a particle that opens a verb phrase: "ولم", "وقد", "فلن"."""
    if word[:1] not in ("و", "ف") or len(word) < 3:
        return False
    particle = word[1:]
    return any(particle in cue_words(kind) for kind in ("negation", "future", "verb_marker"))


def _demanded(doc: Document, trigger: TriggerSpan, source: ActorSpan | None, actors: list[ActorSpan],
              boundaries: list[int], sentence: Sentence) -> ActorSpan | None:
    """"اعتصم عشرات … مطالبين الحكومة بالاستقالة": the first actor of the act's demand, bare or
    after ب, in the act's own clause; an actor after another preposition ("بالإفراج عن
    المعتقلين") is what is asked for, not whom it is asked of."""
    end = min([b for b in boundaries if b > trigger.start] or [sentence.end])
    match = _first_cue_word(doc, "demand", trigger.end, end)
    if match is None:
        return None
    for actor in actors:
        if match.end() <= actor.start < end and actor is not source \
                and doc.words_between(match.end(), actor.start) <= DEMANDED_WITHIN:
            return actor if _prep(doc, actor) in (None, "ب") else None
    return None


def _first_cue_word(doc: Document, kind: str, start: int, end: int) -> re.Match | None:
    """The first word in normalised [start, end) that is a cue of `kind`, also with و or ل
    written on it ("ولمطالبة", "لدعوة")."""
    words = cue_words(kind)
    for match in NORM_WORD.finditer(doc.norm, start, end):
        word = match.group()
        if word in words or (word[:1] in "ول" and word[1:] in words):
            return match
    return None


def _grieved(doc: Document, trigger: TriggerSpan, source: ActorSpan | None, actors: list[ActorSpan],
             boundaries: list[int], sentence: Sentence) -> ActorSpan | None:
    """"تظاهروا … احتجاجا على زيارة الرئيس الأميركي", "ضد قرار الحكومة", "الموت لأمريكا": the
    first actor of what the protest is against, in the act's own clause. Across an act noun that
    takes its victim as genitive ("احتجاجا على مقتل مدنيين على يد القوات") it is that act's doer."""
    end = min([b for b in boundaries if b > trigger.start] or [sentence.end])
    match = _first_cue_word(doc, "grievance", trigger.start, end)
    if match is None:
        return None
    after = [a for a in actors if match.end() <= a.start < end and a is not source]
    first = next(iter(after), None)
    if first is None or doc.words_between(match.end(), first.start) > GRIEVANCE_WITHIN:
        return None
    victim_act = next((t for t in doc.between("triggers", match.end(), first.start)
                       if t.trigger.pos == "noun" and t.trigger.genitive == "patient"), None)
    if victim_act is not None:
        # the victims of the act protested against are not whom the protest addresses
        return _agent_marked(doc, victim_act, [a for a in after if a.start >= victim_act.end])
    return first if _prep(doc, first) in GRIEVANCE_PREPS else None


def _counted_victims(doc: Document, trigger: TriggerSpan, sentence: Sentence,
                     actors: list[ActorSpan]) -> ActorSpan | None:
    """The people a killing counts with a bare number and no noun the knowledge base knows:
    "مقتل 13 في هجوم", "قتل فيه 20", "مقتل ما لا يقل عن ثلاثة", or a number before the noun of
    the dead ("أربعة قتلى"). They are civilians of no named country (the event's place gives it)."""
    rule = trigger.trigger
    if rule.type not in COUNTED_VICTIMS or rule.genitive != "patient" or rule.mode not in HARMS_TO_PEOPLE:
        return None  # "تدمير خمس عربات", "استهدفت خمس قذائف": what is counted are things
    qualifiers = cue_words("count_qualifier")
    span = None
    for match in _words_after(doc, trigger.end, VICTIMS_WITHIN, sentence.end):
        word = match.group()
        if word in qualifiers:
            continue  # "مقتل قرابة 50": "قرابة" is also read as a number, but counts nothing here
        if _is_number(word):
            span = (match.start(), match.end())
        break
    if span is None and rule.pos == "noun" and not trigger.prefix and not _definite(doc, trigger):
        # "أربعة قتلى"; not "مدفع بي 10 وإحراق دبابة", where the number ends the phrase before
        words = _words_before(doc, trigger.start, 1, floor=sentence.start)
        if words and _is_number(words[-1]):
            start = doc.word_starts[doc.word_index(trigger.start) - 1]
            span = (start, start + len(words[-1]))
    if span is None or any(t.start <= span[0] < t.end for t in doc.times):
        return None  # "اغتيال … 12 ديسمبر": a date, not a count
    following = _words_after(doc, span[1], 1, sentence.end)
    if following and following[0].start() == span[1] + 1 and following[0].group().startswith("ال") \
            and not any(m.start <= following[0].start() < m.end for m in (*actors, *doc.times)):
        return None  # "استهدفوا أحد المواقع": the count is of the things the definite noun names
    if any(span[1] <= a.start and (doc.words_between(span[1], a.start) == 0
                                   or _partitive(_words_before(doc, a.start, 2))) for a in actors
           if doc.words_between(span[1], a.start) <= 1):
        return None  # "قتل 20 جنديا", "مقتل اثنين من الجنود": the count is of a known actor
    return ActorSpan(span[0], span[1], span[0], Actor(text="", code=None, sector=("CVL",)), "agent")


def _counted(doc: Document, actor: ActorSpan) -> bool:
    """A number stands before the actor ("ثلاثة جنود"), or a partitive ("مئات من الأهالي")."""
    words = _words_before(doc, actor.start, 2)
    if _partitive(words):
        return True
    return bool(words) and _is_number(words[-1])


def _crowd(doc: Document, actor: ActorSpan | None) -> bool:
    """A counted actor: a number before it, or one that begins its name ("آلاف المتظاهرين")."""
    if actor is None:
        return False
    first = NORM_WORD.match(doc.norm, actor.stem_start)
    return _counted(doc, actor) or (first is not None and _is_number(first.group()))


def _accused(doc: Document, actor: ActorSpan | None) -> bool:
    """A suspect or a defendant ("المتهمين", "المشتبه به"; cues.tsv kind `accused`)."""
    return actor is not None and doc.norm[actor.stem_start:actor.end] in cue_words("accused")


def _crowds(doc: Document, sentence: Sentence, actors: list[ActorSpan]) -> list[ActorSpan]:
    """The bare crowds of a sentence ("تظاهر المئات،", "وآلاف في ساحة التحرير"): a crowd word
    that counts no noun after it (_counts_nothing)."""
    words = cue_words("crowd")
    spans = []
    for match in NORM_WORD.finditer(doc.norm, sentence.start, sentence.end):
        word = match.group()
        if not in_word_list(word, words) or any(a.start <= match.start() < a.end for a in actors):
            continue
        stem_start = match.start() if word in words else match.start() + 1
        if _counts_nothing(doc, doc.norm[stem_start:match.end()], match.end(), sentence, actors):
            spans.append(ActorSpan(match.start(), match.end(), stem_start, CROWD, "agent"))
    return spans


def _counts_nothing(doc: Document, crowd: str, end: int, sentence: Sentence, actors: list[ActorSpan]) -> bool:
    """No noun follows the crowd word in construct: a mark, a preposition or a relative comes
    next, or, after a definite crowd ("المئات"), any word but a definite noun. "آلاف المتظاهرين"
    is that actor, "مئات السيارات" and "عشرات رجال الإطفاء" no crowd of their own, and "مئات
    من الأهالي" the people of the place."""
    following = NORM_WORD.search(doc.norm, end, sentence.end)
    if following is None or _has_clause_mark(doc.norm[end:following.start()]):
        return True
    word = following.group()
    if word == "من" or any(a.start <= following.start() < a.end for a in actors):
        return False
    if word in cue_words("preposition") | cue_words("relative"):
        return True
    return crowd.startswith("ال") and not word.startswith("ال")


def _is_number(word: str) -> bool:
    return word.isdigit() or word in cue_words("number")


def _partitive(words: list[str]) -> bool:
    """The words before an actor end in "NUMBER من": its من counts, it governs nothing."""
    return len(words) >= 2 and words[-1] == "من" and _is_number(words[-2])


def _of_members(words: list[str]) -> bool:
    """The words before an actor end in "MEMBERS من" ("وفد من حركة حماس"، "مجموعة من داعش";
    cues.tsv kind member_head): the body is the actor, its من governs nothing."""
    return len(words) >= 2 and words[-1] == "من" and _listed(words[-2], "member_head")


def _agent_marked(doc: Document, trigger: TriggerSpan, after: list[ActorSpan]) -> ActorSpan | None:
    """An actor introduced as the doer, counted or not: "هجوم شنه مسلحو …", "من قبل الجيش",
    "على يد عشرة متمردين"."""
    for actor in after:
        if any(t.trigger.pos == "noun" and (t.trigger.genitive == "patient" or t.trigger.type != trigger.trigger.type)
               for t in doc.between("triggers", trigger.end, actor.start)):
            # "احتجاجا على مقتل مدنيين على يد القوات": the doer of the killing, not of the
            # protest; "تأتي الزيارة بعد هجوم شنه مسلحون": of the attack, not of the visit
            continue
        if _after_agent_marker(doc, actor, trigger.end):
            return actor
    return None


def _after_agent_marker(doc: Document, actor: ActorSpan, floor: int) -> bool:
    """Whether a marker of the doer ("من قبل", "على يد", "شنه") stands right before the actor,
    after `floor`."""
    markers = cue_words("agent_marker")
    # "هجوم شنته صباح أمس الفصائل": a time between the marker and the doer
    words = _words_before(doc, _before_time(doc, actor.start, floor), 5, floor=floor)
    if _partitive(words):
        words = words[:-1]  # "على يد عدد من المسلحين"
    elif _of_members(words):
        words = words[:-2]  # "على يد مجموعة من المسلحين"
    while words and _is_number(words[-1]):
        words = words[:-1]  # "على يد عشرة متمردين": the doers are counted
    return bool(words) and (words[-1] in markers or " ".join(words[-2:]) in markers)


def _deed_marked(doc: Document, actor: ActorSpan, floor: int) -> bool:
    """The actor's marker is a verb of carrying out ("نفذها"، "شنه"، "قام به"), not a
    preposition of agency ("من قبل"، "على يد")."""
    words = _words_before(doc, _before_time(doc, actor.start, floor), 2, floor=floor)
    # (the prepositions are two words each, whose last word alone is no marker)
    return bool(words) and words[-1] in cue_words("agent_marker") \
        or len(words) == 2 and words[0].startswith("قام") and " ".join(words) in cue_words("agent_marker")


def _before_time(doc: Document, position: int, floor: int) -> int:
    """Where a time expression that ends right before `position` (spaces between) and starts at
    or after `floor` begins ("شنته صباح أمس الفصائل"); `position` when there is none."""
    return next((t.start for t in doc.between("times", floor, position)
                 if t.end <= position and not doc.norm[t.end:position].strip()), position)


def _prep(doc: Document, actor: ActorSpan) -> str | None:
    """The preposition that governs an actor: a proclitic ب/ل, or a preposition word before it
    (possibly across one head noun: "على مواقع قوات النظام"). Read once per actor: every
    trigger of the sentence asks."""
    key = (actor.start, actor.stem_start, actor.lam_article)
    if key not in doc.preps:
        prep = _read_prep(doc, actor)
        first = _first_conjunct(doc, actor, doc.actors) if prep is None else actor
        # "على الشرطة والجيش": a conjunct shares the preposition of the first (not
        # بين, which names a pair whose second member the rules read apart: _pair_partner)
        shared = _prep(doc, first) if first is not actor else None
        doc.preps[key] = shared if shared is not None and shared != BETWEEN else prep
    return doc.preps[key]


def _read_prep(doc: Document, actor: ActorSpan) -> str | None:
    clitics = doc.norm[actor.start:actor.stem_start].lstrip("وف")
    prepositions = cue_words("preposition")
    heads = cue_words("target_head")
    words = _words_before(doc, actor.start, 4)
    clitic = "ل" if actor.lam_article else (clitics[:1] if clitics[:1] in ("ب", "ل", "ك") else None)
    if clitic is None and actor.kind == "demonym":
        governed = _governed_with_its_noun(doc, actor)
        if governed is not None:
            return governed
    if clitic is None and words and _listed(words[-1], "member_head"):
        # "ضد عشرة من قادة الجماعة"، "مع قادة الفصائل": the members stand for their body, and
        # what governs them governs it
        head = words.pop()
        if head[:1] in "بل" and head[1:] in cue_words("member_head"):
            return head[0]
        if words[-2:-1] == [SOME_OF] and words[-1] == "من":
            words[-2] = "عدد"  # "عددا من قيادات الجماعة": a count, as "عشرة من"
    words = words[-3:]
    # (a head joined by و to one before it: "على مقار ومواقع لجماعة الحوثيين")
    possessive = clitic == "ل" and bool(words) and in_word_list(words[-1], heads, letters="و")
    if possessive:
        words = words[:-1]  # "مواقع لحزب …": ل of possession after a head noun; look before the head
    elif clitic is not None:
        return clitic
    if _partitive(words) or _of_members(words):
        # "مئات من الأهالي": a counted noun, as bare as "مئات الأهالي", unless a preposition
        # governs the count ("أغارت القوات على مجموعة من العناصر"، "بمجموعة من")
        head = words[-2]
        if head[:1] in "بل" and not (_is_number(head) or head in cue_words("member_head")):
            return head[0]
        before = words[-3] if len(words) >= 3 and not _is_number(words[-3]) else ""  # ("نحو 10 من")
        bare = before[1:] if before[:1] in "وف" and len(before) > 2 else before
        return next((word for word in (bare, before) if word in prepositions), None)
    for index, word in enumerate(reversed(words)):
        # و/ف on the word, unless the word is a head as it stands ("فخامة" is no ف + خامة)
        bare = word[1:] if word[:1] in "وف" and len(word) > 2 and word not in heads else word
        if word in prepositions or bare in prepositions:
            return bare if bare in prepositions else word
        stem = bare[1:] if bare[:1] in "بل" and bare[1:] in heads else bare
        if stem in heads and index == 0:
            if bare[:1] in "بل" and bare not in heads:
                return bare[0]
            continue
        break
    return POSSESSED if possessive else None


def _governed_with_its_noun(doc: Document, actor: ActorSpan) -> str | None:
    """"الدعم للشعب اليمني"، "أدانت الممارسات الإثيوبية": a demonym right after a definite noun
    no actor names is that noun's adjective, governed as it is: by its ب/ل/ك, or, for a deed or
    stance (cues.tsv kind stance; _adjective_of_a_stance keeps it from the subject's place too),
    as whose deed it is (POSSESSED), never a bare subject. Other
    nouns may stand for a body ("العدالة الأمريكية"), and an act noun's adjective is its doer
    ("للدعم الأمريكي"), read elsewhere."""
    index = doc.word_index(actor.start)
    if index == 0:
        return None
    head_start = doc.word_starts[index - 1]
    head = NORM_WORD.match(doc.norm, head_start)
    if head is None or doc.norm[head.end():actor.start] != " " or not DEFINITE_WORD.fullmatch(head.group()) \
            or doc.between("triggers", head_start, actor.start):
        return None
    word = head.group().lstrip("وف")
    if word[:1] in ("ب", "ل", "ك") and not word.startswith("ال"):
        return word[0]
    return POSSESSED if _definite_stance(word) else None


def _words_before(doc: Document, position: int, count: int, floor: int = 0) -> list[str]:
    index = doc.word_index(position)
    text = doc.norm
    words = []
    for start in doc.word_starts[max(0, index - count):index]:  # called tens of thousands of times
        if start < floor:
            continue
        match = NORM_WORD.match(text, start)
        if match:
            words.append(match.group())
    return words


def _words_after(doc: Document, position: int, count: int, end: int) -> list[re.Match]:
    """Up to `count` words from the word at or after normalised `position`, as matches; they stop
    before `end` and at the first that is no word of letters and digits."""
    index = doc.word_index(position)
    words = []
    for start in doc.word_starts[index:index + count]:
        match = NORM_WORD.match(doc.norm, start)
        if start >= end or match is None:
            break
        words.append(match)
    return words


def _has_clause_mark(text: str) -> bool:
    return any(mark in text for mark in CLAUSE_MARKS)


def _other_side(doc: Document, first: ActorSpan, actors: list[ActorSpan]) -> ActorSpan | None:
    """"بين الجيش والعشائر من جهة، والمتمردين من جهة أخرى": the side after "من جهة",
    against the actors named before it (who share a side: _coordinated), also when words the
    actors do not cover stand between ("بين القوات الموالية للرئيس والعشائر من جهة، وبين …")."""
    found = doc.norm.find(ONE_SIDE, first.end)
    if found == -1 or "," in doc.norm[first.end:found] \
            or len(NORM_WORD.findall(doc.norm, first.end, found)) > ONE_SIDE_WORDS:
        return None
    return next((a for a in actors if a.start > found + len(ONE_SIDE)), None)


def _pair_partner(actor: ActorSpan, actors: list[ActorSpan]) -> ActorSpan | None:
    """The second actor an anaphor such as "الطرفين" stands for, at the same place."""
    return next((other for other in actors if other is not actor and other.start == actor.start
                 and other.end == actor.end), None)


def _first_conjunct(doc: Document, actor: ActorSpan, actors: list[ActorSpan]) -> ActorSpan:
    """The first of the actors joined by و that `actor` ends ("الجيش وحزب الله شنا": the subject
    begins at الجيش; each conjunct gets its record, _coordinated)."""
    first = actor
    while True:
        previous = next((a for a in reversed(actors) if a.end <= first.start), None)
        if previous is None or not _joined_by_wa(doc, previous, first):
            return first
        first = previous


def _coordinated(doc: Document, actor: ActorSpan, actors: list[ActorSpan]) -> list[ActorSpan]:
    """Actors joined to `actor` by و ("روسيا وإيران"), also across a head noun ("مواقع الحوثيين
    وفلول الرئيس المخلوع")."""
    partners = []
    current = actor
    for other in actors:
        if other.start < current.end:
            continue
        if not _joined_by_wa(doc, current, other):
            break
        partners.append(other)
        current = other
    return partners


def _joined_by_wa(doc: Document, left: ActorSpan, right: ActorSpan) -> bool:
    """`right` follows `left` joined by و, right on it or on a head noun between them."""
    gap = doc.norm[left.end:right.start].strip(" ,")
    joined = gap == "" and doc.norm[right.start:right.stem_start].startswith("و")
    headed = gap[:1] == "و" and gap[1:] in cue_words("target_head") and right.start == right.stem_start
    return joined or headed


def _relative_clauses(doc: Document, sentence: Sentence, cues: list[CueSpan]) -> list[tuple[int, int]]:
    """Relative clauses that describe an actor ("قسد، التي تدعمها واشنطن،"): background, skipped;
    not one that tells what befell a person (_befallen)."""
    actor_ends = {a.end: a for a in doc.within("actors", sentence)}
    spans = []
    for cue in cues:
        if cue.cue.kind != "relative" or cue.start != cue.stem_start:
            continue
        described = actor_ends.get(_end_before_marks(doc, cue.start, sentence.start))
        if described is None or _befallen(doc, described, cue):
            continue
        comma = doc.norm.find(",", cue.end, sentence.end)
        end = comma if comma != -1 else sentence.end
        # a relative clause is short ("التي تدعمها واشنطن"); without a comma it ends after a few words
        later_words = doc.word_starts[doc.word_index(cue.end):]
        if len(later_words) > RELATIVE_WORDS:
            end = min(end, later_words[RELATIVE_WORDS])
        subject = _subject_of_relative_verb(doc, cue, sentence)
        if subject is not None:
            end = min(end, subject.end)
        spans.append((cue.start, end))
    return spans


def _subject_of_relative_verb(doc: Document, relative: CueSpan, sentence: Sentence) -> ActorSpan | None:
    """"طائرات التحالف الذي تقوده واشنطن مواقع التنظيم": a relative verb that carries its object
    pronoun ends with its subject right after it (and those joined to it); what follows is the
    main clause's."""
    words = _words_after(doc, relative.end, 1, sentence.end)
    if not words or not doc.original_text(words[0].start(), words[0].end()).endswith(OBJECT_PRONOUNS):
        return None
    actors = doc.within("actors", sentence)
    subject = next((a for a in actors if a.start > words[0].end()), None)
    if subject is None or doc.words_between(words[0].end(), subject.start) > 0:
        return None
    return (_coordinated(doc, subject, actors) or [subject])[-1]


def _befallen(doc: Document, person: ActorSpan, relative: CueSpan) -> TriggerSpan | None:
    """The harm a relative clause right after a person tells befell him ("النائب سمير حداد الذي
    قتل في تفجير"، "الذي اغتيل أمس"): a word of harm right after the pronoun (a verb there, however
    the lexicon reads "قتل") with no count or actor right after it (in "الذي قتل خمسة جنود" he
    killed)."""
    if person.kind != "person":
        return None
    harm = next((t for t in doc.between("triggers", relative.end, relative.end + 2)
                 if _harm(t) and not t.prefix), None)
    if harm is None:
        return None
    following = _words_after(doc, harm.end, 1, len(doc.norm))
    if following and (_is_number(following[0].group())
                      or any(a.start == following[0].start() for a in doc.between("actors", harm.end, harm.end + 2))):
        return None
    return harm


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _is_place_reading(doc: Document, actor: ActorSpan) -> bool:
    """A state or capital after "في" (also past a word of where: "في وسط بغداد"، "بشمال سوريا"),
    the subject of a verb of witnessing (cues.tsv kind `witnessed`: "شهدت بغداد 380 هجوما"), or
    what lies across a border ("الحدودية مع إيران والعراق") is a place, not who did something."""
    if actor.kind not in PLACE_KINDS:
        return False
    if _across_border(doc, actor.stem_start):
        return True
    words = _words_before(doc, actor.start, 2)
    clitics = doc.norm[actor.start:actor.stem_start].lstrip("وف")
    if clitics.startswith("ب") or words and (words[-1] in LOCATIVES or _listed(words[-1], "witnessed")):
        return True
    if actor.start != actor.stem_start or not words:
        return False
    direction = words[-1]
    return direction[:1] == "ب" and direction[1:] in cue_words("place_direction") \
        or len(words) == 2 and words[0] in LOCATIVES and direction in cue_words("place_direction")


def _named_as_place(doc: Document, actor: ActorSpan) -> bool:
    """A capital or a state right after a word of where (cues.tsv kind `place_direction`: "شمال
    القاهرة", "قرب دمشق", "ميناء عدن"), or a sentence's opening name and a colon ("تركيا: مقتل
    30 في هجوم"): as a location, the place there (as an actor it may still be what was
    attacked, "قصف مواقع جنوب صنعاء")."""
    if doc.norm[actor.end:actor.end + 2].strip().startswith(":"):
        window = max(0, actor.start - OPENING_WINDOW)
        before = doc.norm[window:actor.start].rstrip(" ")
        if before[-1:] in (".", "!", "?", "\n") or (not before and window == 0):
            return True
    words = _words_before(doc, actor.start, 2)
    # (past an adjective: "شمال العاصمة اليمنية صنعاء")
    return actor.start == actor.stem_start and bool(words) and (
        _listed(words[-1], "place_direction") or " ".join(words[-2:]) in cue_words("place_direction")
        or (len(words) == 2 and words[-1].startswith("ال") and _listed(words[0], "place_direction")))


def _names_a_meeting(doc: Document, actor: ActorSpan, actors: list[ActorSpan]) -> bool:
    """A capital right after the head of a meeting's or a deal's name (cues.tsv kind
    `named_meeting`: "مؤتمر القاهرة الثاني للمعارضة السورية", "إعلان الرياض") is where it met,
    not who met; "اتفاق الرياض وطهران", with a second side, names the parties."""
    if actor.kind != "seat":
        return False
    words = _words_before(doc, actor.start, 1)
    if not words or not _listed(words[-1], "named_meeting") or actor.start != actor.stem_start:
        return False
    return not _coordinated(doc, actor, actors)  # (it reads only the actors after this one)


def _generic_noun(doc: Document, trigger: TriggerSpan) -> bool:
    """A definite or plural (-ات) event noun: it refers to acts told before or in general.
    A noun before a definite genitive is definite too ("اغتيال الرئيس"), and one after a plural
    head is plural ("عمليات خطف")."""
    if trigger.trigger.pos != "noun":
        return False
    word = doc.norm[trigger.stem_start:trigger.end].split()[0]
    head = _words_before(doc, trigger.start, 1)
    if head and not trigger.prefix and head[-1] in cue_words("plural_head"):
        return True
    following = _word_after(doc, trigger)
    definite_genitive = following is not None and (
        following.group().startswith("ال") or any(
            actor.start == following.start() and (actor.kind in ("person", "state", "seat", "group")
                                                  or _definite_construct(doc, actor))
            for actor in doc.within("actors", Sentence(following.start(), following.end(), ""))))
    return word.startswith("ال") or "ال" in trigger.prefix or "لل" in trigger.prefix \
        or word.endswith("ات") or definite_genitive


def _definite_construct(doc: Document, actor: ActorSpan) -> bool:
    """"رئيس الوزراء", "قائد الشرطة": a head noun before a definite genitive is definite."""
    words = NORM_WORD.findall(doc.norm[actor.stem_start:actor.end])
    return len(words) > 1 and words[1].startswith("ال")


def _cue_kinds_before(doc: Document, trigger: TriggerSpan, kinds: tuple[str, ...]) -> set[str]:
    """Which of these kinds of cue word (background, anchor) the noun follows, also one written
    with a proclitic ("بملف اغتيال")."""
    words = _words_before(doc, trigger.start, 2)
    if not words:
        return set()
    last = words[-1]
    forms = {last, last[1:] if last[:1] in "وف" else last}
    forms |= {form[1:] for form in forms if form[:1] in "بل" and len(form) > 3}
    pair = " ".join(words[-2:])
    return {kind for kind in kinds if forms & cue_words(kind) or pair in cue_words(kind)}


def _carried_with_its_word(doc: Document, trigger: TriggerSpan, cues: list[CueSpan]) -> bool:
    """"شنت الطائرات الأردنية سلسلة غارات"، "ارتكبت الميليشيات جريمة قتل": a verb that
    carries an act noun (cues.tsv kind support) carries the word of kind background right before
    it too: the series or the crime is done here, told, not one already known."""
    return _carrying_support(doc, doc.word_starts[doc.word_index(trigger.start) - 1], cues) is not None


def _carrying_support(doc: Document, position: int, cues: list[CueSpan]) -> CueSpan | None:
    """The verb that carries the noun at `position` (cues.tsv kind support): the nearest before
    it, within SUPPORT_BEFORE_NOUN words (a name counting one), with no act between."""
    support = next((c for c in reversed(cues) if c.cue.kind == "support" and c.end <= position), None)
    if support is None or _words_less_names(doc, support.end, position) > SUPPORT_BEFORE_NOUN \
            or doc.between("triggers", support.end, position):
        return None
    return support


def _after_context_opener(doc: Document, trigger: TriggerSpan) -> bool:
    """"جاء هذا بعد محادثات …": the anchor word right after the news formula (cues.tsv kind
    `context_opener`) sets the act as this news' context, told, not only a time."""
    words = _words_before(doc, trigger.start, 3)
    return len(words) == 3 and " ".join(words[:2]) in cue_words("context_opener")


def _in_a_charge(doc: Document, trigger: TriggerSpan, sentence: Sentence) -> bool:
    """An act noun in the words of a charge ("متهم بالتآمر ومحاولة تأمين دعم مادي"، "بتهمة
    التخطيط لهجمات"): a word of kind `charge` or `accused` up to CHARGE_CONTENT words before it,
    with no punctuation between; the act is what someone is charged with, not one told."""
    between_start = max(sentence.start, doc.word_starts[max(0, doc.word_index(trigger.start) - CHARGE_CONTENT)])
    words = _words_before(doc, trigger.start, CHARGE_CONTENT, sentence.start)
    gap = doc.norm[between_start:trigger.start]
    if _has_clause_mark(gap) or "." in gap:  # normalised: "،" is ",", "؛" is ";"
        words = words[-1:]  # past a mark only the word right before counts
    return any(_listed(word, "charge") or _listed(word, "accused") for word in words)


def _tallied(doc: Document, trigger: TriggerSpan, cues: list[CueSpan], boundaries: list[int]) -> bool:
    """"شن مقاتلو طالبان حوالي مائة هجوم منذ بداية العام", "13 جنديا قتلوا حتى الآن": a span of
    time in the act's clause, after it or just before it, makes it a tally or a standing state,
    not one event (coding guide, "Background"). A comparison word on the act singles one out
    ("أكبر هجوم انتحاري منذ بداية العام", "الهجوم، وهو الأعنف منذ اندلاع الحرب"): that is one event."""
    for cue in cues:
        if cue.cue.kind != "tally":
            continue
        if cue.start >= trigger.end:
            low, high, within = trigger.end, cue.start, TALLY_AFTER
        elif cue.end <= trigger.start:
            low, high, within = cue.end, trigger.start, TALLY_BEFORE
        else:
            continue
        if doc.words_between(low, high) > within or any(low <= b < high for b in boundaries):
            continue
        words_around = _words_before(doc, trigger.start, COMPARISON_BEFORE) + NORM_WORD.findall(doc.norm[low:high])
        if not any(word in cue_words("comparison") for word in words_around):
            return True
    return False


def _names_a_body(doc: Document, trigger: TriggerSpan) -> bool:
    """"نادي التعاون", "مؤتمر دعم الاقتصاد المصري", "بمشروع اتفاق": an act noun that is the
    genitive of a head of a body, a programme or a gathering (cues.tsv kind `body_head`) is a
    word of its name, no act."""
    words = _words_before(doc, trigger.start, 1)
    return bool(words) and not trigger.prefix and _listed(words[-1], "body_head")


def _truce_standing(doc: Document, trigger: TriggerSpan, sentence: Sentence) -> bool:
    """A truce within TRUCE_STANDING words of its sentence after a word that says it stands
    already, broken, cut or extended (cues.tsv kind `broken_truce`): "تنتهك القوات مرة أخرى وقف
    إطلاق النار" declares none."""
    return any(_listed(word, "broken_truce")
               for word in _words_before(doc, trigger.start, TRUCE_STANDING, floor=sentence.start))


def _declining(doc: Document, trigger: TriggerSpan, sentence: Sentence) -> bool:
    """"اعتذر عن مرافقة الفريق"، "فاعتذر عن عدم استقبال اللجنة": excusing oneself from an act
    (cues.tsv kind `declined` after عن), no apology."""
    words = [w.group() for w in _words_after(doc, trigger.end, DECLINED_WITHIN, sentence.end)]
    after = words.index("عن") + 1 if "عن" in words else 0  # "اعتذر الرئيس عن عدم …": past his name
    return after < len(words) and _listed(words[after], "declined")


def _described_by_demonym(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan]) -> bool:
    """"عثر على جثة طالب سعودي": a verb of demand that a singular indefinite nationality follows
    right after is the noun it reads as ("طالب": a student), no demand; a demand's subject after
    it is a named party or people ("طالب مسؤولون أردنيون"). (An accusative nationality alone,
    "طالبا أردنيا", is no actor, so the rule does not see it.)"""
    if trigger.trigger.type not in DEMANDS_READ_AS_NOUNS or trigger.trigger.pos != "verb":
        return False
    following = next((a for a in actors if a.start > trigger.end), None)
    if following is None or following.kind != "demonym" or doc.words_between(trigger.end, following.start) \
            or following.start != following.stem_start:
        return False
    word = doc.norm[following.start:following.end]
    return not word.startswith("ال") and word.endswith(("ي", "يا", "يه"))


def _god_after_subject(doc: Document, trigger: TriggerSpan, source: ActorSpan | None) -> bool:
    """"ودعت الوزارة الله أن يرحم الضحايا": God right after the subject of a verb is whom it
    prays to, a formula (as right after the verb, _figurative)."""
    if trigger.trigger.pos != "verb" or source is None or source.start < trigger.end:
        return False
    following = _words_after(doc, source.end, 1, len(doc.norm))
    return bool(following) and following[0].group() in cue_words("divine")


def _figurative(doc: Document, trigger: TriggerSpan) -> bool:
    """"تفجر الخلاف", "انفجار الأزمة": an act word whose subject or genitive is no violence;
    "رفض الكشف عن هويته": a source's anonymity, no refusal; "استقبال جرحى"، "زيارة المرضى":
    people received in need or in crowds, no meeting (FIGURE_WORDS). "أيده الله", "دعا الله":
    any act word with God right after it is a formula, no event."""
    following = _word_after(doc, trigger)
    if following is None:
        return False
    word = following.group()
    kind = FIGURE_WORDS.get(trigger.trigger.type)
    return word in cue_words("divine") or kind is not None and word in cue_words(kind)


def _holder_of_office_after(doc: Document, trigger: TriggerSpan, after: list[ActorSpan]) -> ActorSpan | None:
    """The person right after an office the knowledge base does not know, which follows the verb
    ("انتقد نائب رئيس لجنة حماية المستهلك فهد بن سعد العتيبي"): the verb's subject,
    however long the office's name (SUBJECT_AFTER_OFFICE words)."""
    following = _word_after(doc, trigger)
    if not after or following is None or following.group() not in office_words():
        return None
    first = after[0]
    if first.kind != "person" or _prep(doc, first) is not None \
            or doc.words_between(trigger.end, first.start) > SUBJECT_AFTER_OFFICE:
        return None
    # "أشاد مدير المعرض … بجهود الوزير": a noun with ب or ل right before him governs him (not a
    # place: "مدير الجامعة بالرياض الدكتور …")
    previous = _words_before(doc, first.start, 1)
    if previous and previous[-1][0] in "بل" \
            and not doc.between("places", first.start - len(previous[-1]) - 1, first.start):
        return None
    return first


def _subsidy(doc: Document, trigger: TriggerSpan, actors: list[ActorSpan]) -> bool:
    """"دعم الوقود", "رفع الدعم عن المحروقات", "خفضت الحكومة الدعم": a support noun that names
    what a state subsidises, or that is cut or lifted (cues.tsv kinds subsidised, subsidy_cut;
    an actor may stand between the cutting verb and the noun)."""
    if trigger.trigger.type != "SUPPORT" or trigger.trigger.pos != "noun":
        return False
    following = _word_after(doc, trigger)
    if following is not None and _listed(following.group(), "subsidised"):
        return True
    start = trigger.start
    actor = next((a for a in actors if a.end < start and doc.words_between(a.end, start) == 0), None)
    if actor is not None:
        start = actor.start  # "خفضت الحكومة الدعم"
    before = _words_before(doc, start, 1)
    return bool(before) and _listed(before[-1], "subsidy_cut")


def _head_after(doc: Document, trigger: TriggerSpan, kind: str) -> bool:
    """The word right after a verb is one of a cues.tsv word list and no actor span covers it:
    `unknown_body`, the head of a body's name ("مديرية الزراعة"، "إدارة المرور"), or
    `subject_noun`, a definite noun that speaks or acts without being an actor ("المصدر"، "البيان")."""
    following = _word_after(doc, trigger)
    return following is not None and following.start() == trigger.end + 1 \
        and not any(a.start <= following.start() < a.end for a in doc.actors) \
        and _listed(following.group(), kind)


def _struck_by_attack(doc: Document, trigger: TriggerSpan, triggers: list[TriggerSpan]) -> bool:
    """An act noun that an attack told before it struck: right after the attack's verb, after
    على/ضد, or joined by و to a head word ("استهدفت مواقع وتعزيزات حوثية"، "غارات على تعزيزات")."""
    if not any(t.trigger.type == "ASSAULT" and t.end <= trigger.start for t in triggers):
        return False
    if any(t.trigger.type == "ASSAULT" and t.trigger.pos == "verb" and t.end <= trigger.start
           and doc.words_between(t.end, trigger.start) <= STRUCK_AFTER_VERB for t in triggers):
        return True  # (its subject may stand between: "استهدفت الطائرات تعزيزات للحوثيين")
    previous = _words_before(doc, trigger.start, 1)
    return bool(previous) and (previous[-1] in STRIKE_PREPOSITIONS
                               or (trigger.prefix.startswith("و") and _listed(previous[-1], "target_head")))


def _condemnations(doc: Document, triggers: list[TriggerSpan], condemned: set[TriggerSpan]) -> dict:
    """condemnation -> the first act noun it condemns (_condemned) after it."""
    found = {}
    for condemnation in triggers:
        if condemnation.trigger.type == "ACCUSE" and condemnation.trigger.mode == "disapprove":
            act = next((t for t in triggers if t in condemned and t.start >= condemnation.end), None)
            if act is not None:
                found[condemnation] = act
    return found


def _condemned(doc: Document, triggers: list[TriggerSpan], boundaries: list[int]) -> set[TriggerSpan]:
    """"استنكر الوزير في بيان تفجيرات بغداد": the hostile act nouns a condemnation names in its
    own clause. They are acts told elsewhere; the condemnation is the event (coding guide)."""
    condemned = set()
    for condemnation in triggers:
        if condemnation.trigger.type != "ACCUSE" or condemnation.trigger.mode != "disapprove":
            continue
        clause_end = min([b for b in boundaries if b > condemnation.start] or [len(doc.norm)])
        for trigger in triggers:
            if condemnation.end <= trigger.start < clause_end and trigger.trigger.pos == "noun" \
                    and trigger.trigger.type in ACCUSED_WHEN_TOLD \
                    and doc.words_between(condemnation.end, trigger.start) <= CONDEMNED_WITHIN:
                condemned.add(trigger)
    return condemned


def _on_a_stance(doc: Document, trigger: TriggerSpan, target: ActorSpan | None,
                 actors: list[ActorSpan]) -> bool:
    """"هاجم الوزير تصريحات نظيره", "هجومه على سياسة الحكومة": an attack whose object is a stance,
    a decision or a statement is criticism. Only the general words of attack and killing (no
    mode) are read so; a means (قصف، فجر، دمر) is violence whatever it falls on."""
    rule = trigger.trigger
    if rule.type != "ASSAULT" or rule.mode is not None:
        return False
    stop = target.start if target is not None and target.start > trigger.end else len(doc.norm)
    stances = cue_words("stance")
    seen = 0
    for match in NORM_WORD.finditer(doc.norm, trigger.end, stop):
        if any(a.start <= match.start() < a.end for a in actors):
            continue
        word = match.group()
        if word in cue_words("preposition"):
            continue
        bare = word[2:] if word.startswith("ال") else word
        if word in stances or bare in stances:
            return True
        seen += 1
        if seen >= STANCE_WITHIN:
            break
    return False


def _habitual(doc: Document, trigger: TriggerSpan, cues: list[CueSpan]) -> bool:
    """A present-tense verb that nothing marks as future, as a condition or a purpose ("لكي
    تقصف"), or as part of a narrated past ("قبل أن يقتادوه"): a standing or habitual act."""
    rule = trigger.trigger
    if rule.pos != "verb" or rule.tense != "present" or "س" in trigger.prefix:
        return False
    before = [c for c in cues if c.end <= trigger.start]
    return not any(_cue_near(doc, before, kind, trigger, FUTURE_BEFORE)
                   for kind in ("future", "negation", "narrative", "conditional"))


# --- claims and modality ---------------------------------------------------------------------

def _threatened(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """"هددت بقصف …", "التهديد بقصف …": an act introduced by ب right after a threat is what is
    threatened (the threat's content), not an act that happened."""
    contents = []
    for threat in (c for c in candidates if c.trigger.trigger.type == "THREATEN"):
        for candidate in candidates:
            if candidate.trigger.start < threat.trigger.end:
                continue
            # or carried by a verbal noun with ب: "تهديدات إسرائيل المتزايدة بشن اعتداءات"
            previous = _words_before(doc, candidate.trigger.start, 1)
            carried = bool(previous) and previous[-1][:1] == "ب" and previous[-1][1:] in cue_words("carrier_noun")
            if ("ب" in candidate.trigger.prefix or carried) and doc.words_between(
                    threat.trigger.end, candidate.trigger.start) <= THREAT_CONTENT_WITHIN + carried:
                contents.append(candidate)
    return contents


def _threat_on_a_condition(doc: Document, candidates: list[Candidate], cues: list[CueSpan]) -> None:
    """"سيرد الجيش فورا إذا أطلقت كوريا الشمالية النار": a threat with no target named is made
    against the doer of the act in the condition after it."""
    for threat in (c for c in candidates if c.trigger.trigger.type == "THREATEN" and c.target is None):
        condition = next((c for c in candidates if c.trigger.start > threat.trigger.end and c.source is not None
                          and not _same_actor(c.source, threat.source)
                          and _cue_near(doc, [k for k in cues if k.end <= c.trigger.start], "conditional",
                                        c.trigger, CONDITIONAL_BEFORE)), None)
        if condition is not None:
            threat.target = condition.source


def _nest_under_accusations(doc: Document, candidates: list[Candidate], actors: list[ActorSpan]) -> None:
    """"اتهم X بـ<فعل>": the act is done by X, alleged by the accuser."""
    for accusation in candidates:
        if accusation.trigger.trigger.type != "ACCUSE" or accusation.target is None:
            continue
        anchor = accusation.target.end
        for candidate in candidates:
            if candidate is accusation or candidate.trigger.start < anchor:
                continue
            if doc.words_between(anchor, candidate.trigger.start) > NESTED_AFTER_TARGET:
                break
            if "ب" not in candidate.trigger.prefix:
                continue
            candidate.nested_in = accusation
            candidate.source = accusation.target
            if candidate.target is None or candidate.target is accusation.target:
                candidate.target = accusation.source if _possessive_follows(doc, candidate.trigger) else None
            if candidate.target is not None and _same_actor(candidate.target, accusation.target):
                candidate.target = None
            _charge_joined_acts(doc, candidates, candidate, accusation)
            break


def _charged_act(doc: Document, trigger: TriggerSpan, arguments: dict) -> bool:
    """"اتهم الحوثيين بقصف الأحياء": an act noun with ب right after the target of an accusation is
    the charge, whose doer is the accused (_nest_under_accusations), not an act named in passing."""
    return "ب" in trigger.prefix and any(
        other.trigger.type == "ACCUSE" and target is not None and target.end <= trigger.start
        and doc.words_between(target.end, trigger.start) <= NESTED_AFTER_TARGET
        for other, (_, target) in arguments.items())


def _charge_joined_acts(doc: Document, candidates: list[Candidate], charged: Candidate,
                        accusation: Candidate) -> None:
    """"اتهم المحامون الشرطة بالتواطؤ … واعتقال الضحايا ورفض تسجيل شكاواهم": the acts joined by و
    after the charged one, with no doer of their own, are charged too, up to the next speech or
    complementizer (a new statement)."""
    for later in candidates:
        if later.trigger.start <= charged.trigger.start or later.nested_in is not None:
            continue
        if doc.words_between(charged.trigger.end, later.trigger.start) > CHARGE_WITHIN or any(
                c.cue.kind in ("speech", "complementizer")
                for c in doc.between("cues", charged.trigger.end, later.trigger.start)):
            break
        if not later.trigger.prefix.startswith("و") or not (
                later.source is None or _named_alike(later.source, accusation.source)):
            continue
        later.nested_in, later.source = accusation, accusation.target
        if _named_alike(later.target, accusation.target):
            later.target = None


def _named_alike(a: ActorSpan | None, b: ActorSpan | None) -> bool:
    """The same words, or actors of one known state or group ("الضحايا" … "الضحايا"; not any two
    countryless actors, which _same_actor takes as one)."""
    if a is None or b is None:
        return False
    return a.head == b.head or bool(a.actor.code or a.actor.group) and _same_actor(a, b)


def _charge_follows(doc: Document, actor: ActorSpan, actors: list[ActorSpan], sentence: Sentence) -> bool:
    """A charge told with ب ("بقتل"، "بالفساد") follows the actor, after at most a name the
    knowledge base does not know (CHARGE_AFTER words, none of them an actor's)."""
    for word in _words_after(doc, actor.end, CHARGE_AFTER + 1, sentence.end):
        if word.group().startswith("ب"):
            return True
        if any(a.start <= word.start() < a.end for a in actors):
            return False
    return False


def _after_lam(doc: Document, position: int, actor: ActorSpan) -> bool:
    """The actor is governed by ل right after `position`, on it ("للمدنيين") or before its
    count ("لـ 40 شخصا")."""
    words = NORM_WORD.findall(doc.norm, position, actor.start)
    if not words:
        return _prep(doc, actor) == "ل"
    return words[0] == "ل" and len(words) <= 1 + COUNT_WORDS and all(_is_number(w) for w in words[1:])


def _possessive_follows(doc: Document, trigger: TriggerSpan) -> bool:
    """"باستهداف مواقعها": the act falls on the accuser's own people or places."""
    match = _word_after(doc, trigger)
    return bool(match) and match.group().endswith(("ها", "هم", "ه"))


def _set_modality(doc: Document, candidate: Candidate, cues: list[CueSpan],
                  candidates: list[Candidate]) -> None:
    trigger = candidate.trigger
    before = [c for c in cues if c.end <= trigger.start]
    joined = _joined_to_previous(doc, candidate, candidates)
    if trigger.trigger.pos == "noun" and _cue_near(doc, before, "prevention", trigger, PREVENTED_WITHIN):
        # "أحبطت الشرطة محاولة اختطاف …" tells no abduction (negated, see above), also in another's
        # words ("قالت إسرائيل إنها أحبطت عملية لخطف جنود")
        candidate.modality = "prevented"
    elif candidate.nested_in is not None:
        candidate.modality, candidate.claimant = "alleged", candidate.nested_in.source
    elif _cue_near(doc, before, "absence", trigger, NEGATION_BEFORE):
        candidate.modality = "absent"  # "غياب أي آثار لاقتحام …": no report either way; dropped
    elif _cue_near(doc, before, "negation", trigger, NEGATION_BEFORE) or (
            trigger.trigger.pos == "noun" and _cue_near(doc, before, "called_off", trigger, CALLED_OFF_BEFORE)):
        candidate.modality = "negated"  # "لم يزر"، "تأجيل زيارة الوزير": it did not take place
    elif joined is not None and joined.modality in ("absent", "negated", "alleged"):
        # negation covers "… أو قصف …" joined to its act, and so does a charge ("اتهامات … للشرطة
        # بقتل طفلين وتعذيبهما": the torture is charged too)
        candidate.modality, candidate.claimant = joined.modality, joined.claimant
    elif (trigger.trigger.pos == "verb" and "س" in trigger.prefix) or _future_support(doc, trigger, before) or \
            _cue_near(doc, before, "future", trigger, FUTURE_BEFORE) or _awaited(doc, trigger) \
            or _dated_after_publication(doc, candidate):
        candidate.modality = "future"
    elif _cue_near(doc, before, "conditional", trigger, CONDITIONAL_BEFORE):
        candidate.modality = "hypothetical"
    elif _asked(doc, candidate.sentence, trigger):
        candidate.modality = "hypothetical"  # "هل يرى … في قتل الأبرياء …؟": asked, not told
    elif _distanced(doc, trigger, cues):
        accuser = next((c.source for c in candidates if c.trigger.trigger.type == "ACCUSE"
                        and c.source is not None and c.trigger.start < trigger.start), None)
        if accuser is not None and not _same_actor(accuser, candidate.source):
            candidate.modality, candidate.claimant = "alleged", accuser


def _dated_after_publication(doc: Document, candidate: Candidate) -> bool:
    """"يزور الرئيس الرياض غدا"، "تعقد اللجنة اجتماعا الأسبوع المقبل": an act not told in the
    past tense whose own time begins after the day of publication is still to come."""
    trigger = candidate.trigger.trigger
    if doc.published is None or (trigger.pos == "verb" and trigger.tense == "past"):
        return False
    return _event_date(doc, candidate).start > doc.published


def _future_support(doc: Document, trigger: TriggerSpan, before: list[CueSpan]) -> bool:
    """An act noun carried by a support verb in the future ("وسيجري الوزيران محادثات"،
    "سيقوم الرئيس بزيارة"): the س is on the verb, the act is still to come."""
    if trigger.trigger.pos != "noun":
        return False
    support = _carrying_support(doc, trigger.start, before)
    return support is not None and "س" in doc.norm[support.start:support.stem_start]


def _awaited(doc: Document, trigger: TriggerSpan) -> bool:
    """An act noun whose adjective says it is awaited ("زيارة له مرتقبة"، "الزيارة المرتقبة"،
    "القمة المقبلة"; cues.tsv kind future_adjective), within FUTURE_ADJECTIVE_AFTER words."""
    if trigger.trigger.pos != "noun":
        return False
    words = _words_after(doc, trigger.end, FUTURE_ADJECTIVE_AFTER, len(doc.norm))
    return any(w.group() in cue_words("future_adjective") for w in words)


def _asked(doc: Document, sentence: Sentence, trigger: TriggerSpan) -> bool:
    """The act stands in a question: the sentence ends in a question mark with no quote or
    bracket opened between the act and it (a question quoted inside a report is the quote's)."""
    tail = doc.norm[trigger.end:sentence.end].rstrip()
    return tail.endswith(QUESTION_MARKS) and not any(mark in tail for mark in "«\"(")


def _speeches(doc: Document, cues: list[CueSpan], actors: list[ActorSpan], boundaries: list[int],
              sentence: Sentence) -> list[Speech]:
    """Each reported speech of the sentence with a speaker: a named party, or a generic one
    ("قال المتمردون إنهم هاجموا …"; Speech.party False) who is the subject of his own acts but no
    party to a claim."""
    speeches = []
    for speech in (c for c in cues if c.cue.kind == "speech" and c.cue.pos == "verb"):
        complementizer = next((c for c in cues if c.cue.kind == "complementizer" and c.start > speech.end
                               and _words_less_aside(doc, speech.end, c.start) <= SPEECH_TO_CONTENT), None)
        if complementizer is None:
            continue
        speaker = _speaker(doc, speech, complementizer, actors, boundaries, sentence)
        if speaker is None:
            continue
        later = [c for c in cues if c.cue.kind == "speech" and c.start > complementizer.end]
        speeches.append(Speech(speech, speaker, complementizer, later[0].start if later else sentence.end,
                               party=not speaker.kind.startswith("agent") and not _commentator(doc, speaker)))
    return speeches


def _words_less_times(doc: Document, start: int, end: int) -> int:
    """The words between two positions less those of the time expressions wholly between them."""
    timed = sum(doc.words_between(t.start, t.end) for t in doc.between("times", start, end) if t.end <= end)
    return doc.words_between(start, end) - timed


def _words_less_aside(doc: Document, start: int, end: int) -> int:
    """The words between two positions less an aside between commas ("أكد الوزير، في مقابلة مع
    قناة العربية، أنه …")."""
    first, last = doc.norm.find(",", start, end), doc.norm.rfind(",", start, end)
    aside = doc.words_between(first, last) if first != -1 and last > first else 0
    return doc.words_between(start, end) - aside


def _commentator(doc: Document, speaker: ActorSpan) -> bool:
    """A speaker named as one who comments, right before his name or in apposition after it
    ("قال المحلل السياسي …"، "قال جون ديفيس، الباحث في …"; cues.tsv kind commentator): no party to
    what he tells, which stays asserted (coding guide: claims are an interested party's)."""
    before = _words_before(doc, speaker.start, 2)
    after = [w.group() for w in _words_after(doc, speaker.end, 1, len(doc.norm))]
    return any(_listed(word, "commentator") for word in [*before, *after])


def _speakers_as_subjects(doc: Document, candidates: list[Candidate],
                          speeches: list[Speech], actors: list[ActorSpan]) -> None:
    """"أعلن الجيش أنه قصف …": an act with no subject of its own, whose subject is the pronoun
    on the complementizer, is the speaker's. Not a passive verb's ("إنه لقي حتفه"): its subject
    is who it befell. A generic speaker's only after a feminine or plural pronoun ("قال
    المتمردون إنهم هاجموا"): "إنه" may be the pronoun of the matter before a passive ("قال
    المسؤولون إنه ربما قتل")."""
    for speech in speeches:
        if not speech.party and not _listed(speech.complementizer.phrase, "pronoun_subject"):
            continue
        for candidate in candidates:
            if candidate.source is None and not _passive_verb(doc, candidate.trigger) \
                    and speech.holds(candidate) \
                    and _pronoun_subject(doc, speech.complementizer, candidate, actors) \
                    and (speech.party or not _passive_when_unarmed(candidate.trigger)
                         or DETAINING_SECTORS.intersection(speech.speaker.actor.sector)):
                # (a generic speaker who cannot detain or kill suffered the act: "قال المعتقلون
                # إنهم خطفوا", خُطفوا)
                candidate.source = speech.speaker


def _claims_of_speakers(doc: Document, candidates: list[Candidate],
                        speeches: list[Speech], sentence: Sentence) -> list[Candidate]:
    """"قالت موسكو إن طائرات أميركية قصفت …": an interested party's account of what another
    party did is that party's claim (alleged, claimant the speaker); when the act is hostile,
    telling it is also an accusation of the doer."""
    accusations = []
    for speech in speeches:
        speaker = speech.speaker
        if REPORTER_SECTORS.intersection(speaker.actor.sector) and speaker.actor.group is None \
                or speaker.actor.code == "NGO":
            continue  # "وقال المرصد إن …": a monitor's account is a report, not a claim
        for candidate in candidates:
            if not speech.holds(candidate):
                continue
            if candidate.modality != "asserted" or candidate.source is None:
                continue
            if candidate.source.actor.code is None and candidate.source.actor.group is None:
                continue  # "إن الأجهزة الأمنية اعتقلت …": organs of no named country are no other party
            if _one_party(candidate.source, speaker):
                continue  # a party telling its own acts asserts them
            candidate.modality, candidate.claimant = "alleged", speaker
            if candidate.trigger.trigger.type in ACCUSED_WHEN_TOLD:
                verb = speech.verb
                trigger = TriggerSpan(verb.start, verb.end, verb.stem_start,
                                      Trigger("ACCUSE", "allege", "verb", ("obj",)), "")
                accusations.append(Candidate(trigger, speaker, candidate.source, sentence))
    return accusations


def _one_party(a: ActorSpan, b: ActorSpan) -> bool:
    """Two actors of one side: of one named group, or, when neither is a group, of one country.
    A group is a side of its own against its country's government ("قال الرئيس اليمني إن
    الحوثيين قصفوا …": a claim)."""
    if a.actor.group or b.actor.group:
        return a.actor.group == b.actor.group
    return a.actor.code == b.actor.code


def _pronoun_subject(doc: Document, complementizer: CueSpan, candidate: Candidate,
                     actors: list[ActorSpan]) -> bool:
    """The act's unnamed subject is the pronoun on "إنه/أنها …": right after it, or a verb later
    in the same content that agrees with "ها" and has no subject of its own between ("قالت
    الشرطة إنها تواصل التحقيقات مع أشخاص …، بعدما اعتقلت 30 مواطنا": the police arrested them).
    Far from the pronoun only the feminine past tells the two apart: "بعدما قتل خمسة جنود" is
    as likely a passive."""
    if not complementizer.phrase.endswith(("ه", "ها", "هم")):
        return False
    start = candidate.trigger.start
    if any(c.cue.kind == "complementizer" for c in doc.between("cues", complementizer.end, start)):
        return False  # "إنهم يعتقدون أنه قتل": the act is in the content of another complementizer
    if doc.words_between(complementizer.end, start) <= 2:
        return True
    verb = NORM_WORD.match(doc.norm, candidate.trigger.stem_start)
    if not complementizer.phrase.endswith("ها") or candidate.trigger.trigger.pos != "verb" \
            or verb is None or not verb.group().endswith(FEMININE_PAST):
        return False
    return not any(complementizer.end <= a.start < start and _prep(doc, a) is None for a in actors)


def _speaker(doc: Document, speech: CueSpan, complementizer: CueSpan, actors: list[ActorSpan],
             boundaries: list[int], sentence: Sentence) -> ActorSpan | None:
    """Who speaks: after the verb (VSO) or just before it (SVO). The press and monitors
    report, and are none (a generic speaker, "مصادر أمنية"، "المتمردون", is kept: _speeches
    tells the two apart)."""
    after = [a for a in actors if speech.end <= a.start < complementizer.start and _prep(doc, a) is None]
    speaker = after[0] if after else _bare_actor_before(doc, speech.start, actors, boundaries,
                                                        sentence, SUBJECT_BEFORE_VERB)
    if speaker is None or "JRN" in speaker.actor.sector \
            or speaker.kind.startswith("agent") and REPORTER_SECTORS.intersection(speaker.actor.sector):
        return None
    return speaker


def _joined_to_previous(doc: Document, candidate: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The act before this one when the two are joined by و/أو ("اقتحام … أو قصف") or told in
    sequence ("اعتدوا عليه قبل أن يقتادوه")."""
    earlier = [c for c in candidates if c.trigger.end <= candidate.trigger.start]
    if not earlier:
        return None
    previous = earlier[-1]
    words = _words_before(doc, candidate.trigger.start, 1)
    in_sequence = _in_sequence(doc, candidate.trigger)
    joined = candidate.trigger.prefix.startswith("و") or (words and words[-1] in ("او", "و")) or in_sequence
    close = doc.words_between(previous.trigger.end, candidate.trigger.start) <= \
        (SEQUENCE_WITHIN if in_sequence else JOINED_WITHIN)
    return previous if joined and close else None


def _in_sequence(doc: Document, trigger: TriggerSpan) -> bool:
    """The act is told as what came next ("قبل أن يقتادوه", "بعد أن اعتقلوه")."""
    return " ".join(_words_before(doc, trigger.start, 2)) in cue_words("narrative")


def _cue_near(doc: Document, before: list[CueSpan], kind: str, trigger: TriggerSpan, words: int) -> bool:
    for cue in reversed(before):
        if cue.cue.kind != kind:
            continue
        if doc.words_between(cue.end, trigger.start) > words:
            return False
        if kind == "negation" and cue.phrase == "ما" and trigger.trigger.pos != "verb":
            return False
        return True
    return False


def _distanced(doc: Document, trigger: TriggerSpan, cues: list[CueSpan]) -> bool:
    for cue in cues:
        if cue.cue.kind != "allege":
            continue
        if cue.end <= trigger.start and doc.words_between(cue.end, trigger.start) <= DISTANCE_AROUND:
            return True
        if cue.start >= trigger.end and doc.words_between(trigger.end, cue.start) <= 1:
            return True
    return False


def _same_actor(a: ActorSpan | None, b: ActorSpan | None) -> bool:
    if a is None or b is None:
        return False
    return (a.actor.code, a.actor.group) == (b.actor.code, b.actor.group)


# --- records ---------------------------------------------------------------------------------

def _to_events(doc: Document, candidate: Candidate, article_id: str) -> list[Event]:
    if candidate.source is None and candidate.target is None:
        return []
    if _same_actor(candidate.source, candidate.target) and candidate.source is not None \
            and candidate.source.actor.sector == candidate.target.actor.sector:
        return []
    rule = candidate.trigger.trigger
    event_type, mode = rule.type, rule.mode
    for sector in (candidate.source.actor.sector if candidate.source is not None else ()):
        event_type, mode = TYPE_BY_SOURCE_SECTOR.get((rule.type, sector, rule.pos), (event_type, mode))
        if sector == ARMY_SECTOR and rule.by_army:
            event_type, mode = rule.by_army, None
    when = _event_date(doc, candidate)
    places = _sentence_places(doc, candidate.sentence)
    place = _event_place(doc, candidate, event_type, places)
    sentence = candidate.sentence
    begin, end = doc.original(sentence.start, sentence.end)
    title = doc.is_title
    evidence = Evidence(doc.text[begin:end], -1 if title else begin, -1 if title else end)
    claimant = _actor(doc, candidate.claimant) if candidate.modality == "alleged" else None
    sources = [candidate.source] if candidate.source is None else \
        [candidate.source, *_coordinated(doc, candidate.source, doc.actors)]
    targets = [candidate.target] if candidate.target is None else \
        [candidate.target, *_coordinated(doc, candidate.target, doc.actors)]
    if candidate.target is None and (event_type in MUTUAL_ACTS or rule.mutual) and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    # where a countryless actor belongs: any place of its sentence, whatever it names (an
    # acting state too: "قوات التحالف التي تقودها الولايات المتحدة"), else the one before it
    own_place = _nearest_place(places, candidate.trigger, candidate.trigger.start)
    setting = own_place or _setting(doc, sentence)
    events = []
    for source in sources:
        targeted: set[tuple] = set()  # (code, group) of each target given a record
        for target in targets:
            if source is not None and source is target:
                continue
            source_actor, target_actor = _actor(doc, source, setting), _actor(doc, target, setting)
            if own_place is None:
                source_actor, target_actor = _of_home(doc, source, source_actor), _of_home(doc, target, target_actor)
            elif event_type in SAID_ACTS and not _placed_at(doc, source):
                # "جدد مجلس الوزراء إدانته للتفجير الذي نفذه مسلحون في بنغازي": the place
                # is the condemned act's; a body of state that condemns speaks from home (unless
                # its place follows its name: "الشرطة في دبي"، "محكمة استئناف دبي")
                at_home = _of_home(doc, source, _actor(doc, source))
                if at_home is not None and at_home.code is not None:
                    source_actor = at_home
            named = target_actor is not None and (target_actor.code or target_actor.group)
            if named and (target_actor.code, target_actor.group) in targeted:
                # coordinated targets of one code and group are one target (coding guide,
                # "Targets": "رجال الشرطة والجيش العراقي" are Iraq's, once)
                continue
            if named:
                targeted.add((target_actor.code, target_actor.group))
            if target_actor is None and event_type in ATTACKS_ON_PLACES:
                target_actor = _people_of_place(source_actor, place)
            if event_type in CALLS_ON_OWN_PUBLIC:
                target_actor = _own_public(target, source_actor, target_actor)
            events.append(Event(
                article_id=article_id, type=event_type,
                mode=mode,
                source=source_actor, target=target_actor, date=when,
                location=place,
                modality=candidate.modality, claimant=claimant, evidence=evidence,
                confidence=_confidence(candidate, source, target),
                trigger=doc.original_text(candidate.trigger.stem_start, candidate.trigger.end)))
    return events


def _across_border(doc: Document, position: int) -> bool:
    """"قرب حدود إيران", "على الحدود مع قطاع غزة": a place named as what lies across a border
    (cues.tsv kind `border`) is no place where the event happened: no location rather than a
    wrong one. So is one joined to it by و ("الحدودية مع سورية والعراق"). `position`: where the
    place's name begins, after its proclitics."""
    words = _words_before(doc, position, 2)
    if words and (_listed(words[-1], "border") or " ".join(words[-2:]) in cue_words("border")):
        return True
    joined = _joined_place_before(doc, position)
    return joined is not None and _across_border(doc, joined.start)


def _joined_place_before(doc: Document, position: int) -> Mention | None:
    """The place right before the place named at `position`, joined to it by و ("سوريا والعراق")."""
    before = doc.between("places", position - JOINED_PLACE_GAP, position)
    if before and doc.norm[before[-1].end:position] == " و":
        return before[-1]
    return None


def _setting(doc: Document, sentence: Sentence) -> Place | None:
    """Where the text was last set before a sentence that names no place: the last place named
    within SETTING_WITHIN characters before it. It gives a generic actor ("الثوار") its country,
    not the event its location. Places of two countries joined by و ("في تركيا وشمال العراق")
    set it in neither: no country rather than a wrong one."""
    before = doc.between("places", sentence.start - SETTING_WITHIN, sentence.start)
    # the last one, past those named across a border (read from the last back: most are not)
    last = next((p for p in reversed(before) if not _across_border(doc, p.start)), None)
    if last is None:
        return None
    joined = _joined_place_before(doc, last.start)
    if joined is not None and joined.value.country != last.value.country:
        return None
    return last.value


def _own_public(span: ActorSpan | None, caller: Actor | None, public: Actor | None) -> Actor | None:
    """"دعت الشرطة الفرنسية المواطنين إلى الحذر": the people a state's body calls on with no
    country of their own ("المواطنين"، "السكان", CVL) are its own, wherever the sentence is set."""
    if span is None or public is None or caller is None or not caller.code or caller.group or span.kind != "agent" \
            or span.actor.code or span.actor.group or "CVL" not in span.actor.sector:
        return public
    return replace(public, code=caller.code)


def _people_of_place(source: Actor | None, place: Place | None) -> Actor | None:
    """"انفجار سيارة ملغومة في مدينة درنة" by a named doer: with no target named, an attack on a
    place befalls that place's country, its people (CVL), unless the doer is of that country."""
    if source is None or place is None or not place.country or source.code == place.country:
        return None
    return Actor(text=place.text, code=place.country, sector=("CVL",), group=None, name=place.name)


def _placed_at(doc: Document, span: ActorSpan | None) -> bool:
    """A place follows the actor's name, right after it or after في ("الشرطة في دبي")."""
    if span is None:
        return False
    return any(span.end <= place.start and NORM_WORD.findall(doc.norm, span.end, place.start) in ([], ["في"])
               for place in doc.places)


def _of_home(doc: Document, span: ActorSpan | None, actor: Actor | None) -> Actor | None:
    """A civil body of state named without its country ("مجلس الوزراء", "الحكومة", "الشرطة") in
    a sentence that names no place is of the state the article names most, when one is named
    more than any other: the paper's own in its home news (a cabinet session after a paragraph
    on an agreement with another state is still Saudi), the foreign state in a foreign report;
    not of the last place named before. Not the armed forces (HOME_SECTORS): "الطيران" in a
    report of a war is whichever side's."""
    if span is None or actor is None or span.kind != "organ" or span.actor.code or span.actor.group \
            or not HOME_SECTORS.intersection(span.actor.sector) or doc.home_state is None:
        return actor
    return replace(actor, code=doc.home_state)


def _actor(doc: Document, span: ActorSpan | None, place: Place | None = None) -> Actor | None:
    """The record's actor, with its words as the text writes them. A generic actor with no
    country ("مسلحون", "السكان") belongs to the country where the event took place."""
    if span is None:
        return None
    text = doc.original_text(span.stem_start, span.end)
    if span.lam_article:
        text = "ا" + text  # "للولايات" is ل + "الولايات"
    actor = replace(span.actor, text=text.strip("\"'«» "))
    if actor.code is None and actor.group is None and place is not None and place.country \
            and actor.name not in FLOWN_ABROAD:
        actor = replace(actor, code=place.country)
    return actor


def _confidence(candidate: Candidate, source, target) -> float:
    score = 0.4 + (0.25 if source is not None else 0) + (0.2 if target is not None else 0)
    if candidate.trigger.trigger.pos == "verb":
        score += 0.1
    return min(score, 0.95)


def _event_date(doc: Document, candidate: Candidate) -> When:
    """The time words of the trigger's clause, else the publication date."""
    sentence = candidate.sentence
    # a year or years in brackets date the noun before them ("الحرب الكورية (1950 - 1953)"), not
    # the event; a weekday there tells the day ("أمس (الاثنين)")
    times = [t for t in doc.within("times", sentence)
             if not (t.value.precision == "year" and doc.norm[t.start - 1:t.start] == "("
                     and doc.norm[t.end:t.end + 1] == ")")]
    trigger = candidate.trigger
    anchor = candidate.nested_in.trigger if candidate.nested_in else trigger
    best = _nearest_in_clause(doc, times, anchor, sentence)
    if best is not None:
        return best.value
    published = doc.published or date.today()
    return When(published, published, "day", None)


def _nearest_in_clause(doc: Document, mentions: list[Mention], trigger: TriggerSpan,
                       sentence: Sentence) -> Mention | None:
    """The mention closest to the trigger with no other verb trigger or speech cue between."""
    stops = sorted([t.start for t in doc.within("triggers", sentence) if t.trigger.pos == "verb" and t is not trigger]
                   + [c.start for c in doc.within("cues", sentence) if c.cue.kind in ("speech", "complementizer")])
    best, best_distance = None, None
    for mention in mentions:
        low, high = sorted((mention.start, trigger.start))
        index = bisect.bisect_right(stops, low)
        if index < len(stops) and stops[index] < high:
            continue
        distance = doc.words_between(low, high)
        if best_distance is None or distance < best_distance:
            best, best_distance = mention, distance
    return best


def _event_place(doc: Document, candidate: Candidate, event_type: str, places: list[Mention]) -> Place | None:
    """Where the event took place: the place named nearest after the trigger in its sentence,
    else the last before it. Not a capital or a state that acts ("نفته موسكو", "التي تدعمها
    واشنطن") or that names a person's country ("وزير خارجية إيران"), not one in the words the
    trigger reports ("أكد الطرفان أن القوات ستبقى في العراق"), and, for words about another
    act, not one named with that act ("اتهمت قسد طائرات روسية باستهداف مواقعها في ريف دير
    الزور، الأمر الذي نفته موسكو": where the attack was, not the accusation or the denial)."""
    sentence, trigger = candidate.sentence, candidate.trigger
    acting = [(a.start, a.end) for a in doc.within("actors", sentence) if a.kind.startswith(("title", "person"))
              or (a.kind in PLACE_KINDS and not _is_place_reading(doc, a) and not _named_as_place(doc, a)
                  and _prep(doc, a) is None)]
    places = [p for p in places if not any(s <= p.start < e for s, e in acting)]
    stops = [c.start for c in doc.within("cues", sentence) if c.cue.kind == "complementizer"]
    ceiling = trigger.start  # of the places before it
    if event_type in WORDS_ABOUT_ACTS:
        acts = [t.start for t in doc.within("triggers", sentence) if t is not trigger]
        stops += acts
        ceiling = min([at for at in acts if at < trigger.start] or [ceiling])
    stop = min([at for at in stops if at >= trigger.end] or [sentence.end])
    return _nearest_place([p for p in places if p.start < stop], trigger, ceiling)


def _sentence_places(doc: Document, sentence: Sentence) -> list[Mention]:
    """The places of a sentence, less those named across a border and those in quotation marks
    (a newspaper: "قالت مصادر محلية لـ«الرياض»")."""
    return [p for p in doc.within("places", sentence) if not _across_border(doc, p.start)
            and not (doc.norm[p.start - 1:p.start] in OPENING_QUOTES and doc.norm[p.end:p.end + 1] in CLOSING_QUOTES)]


def _nearest_place(places: list[Mention], trigger: TriggerSpan, ceiling: int) -> Place | None:
    """The first of `places` after the trigger, else the last ending by `ceiling`."""
    after = [p for p in places if p.start >= trigger.end]
    before = [p for p in places if p.end <= ceiling]
    chosen = after[0] if after else (before[-1] if before else None)
    return chosen.value if chosen is not None else None
