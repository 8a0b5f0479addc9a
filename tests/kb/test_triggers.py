"""Event triggers and attribution cues: verb inflections, the lexicons, exclusions, cue words."""

from __future__ import annotations

import pytest

from marsad.arabic import norm
from marsad.kb.lexicon import longest_first
from marsad.kb.triggers import Cue, Trigger, cue_lexicon, cue_words, trigger_lexicon, verb_forms


def forms(spec: str) -> set[tuple[str, str]]:
    return set(verb_forms(spec))


@pytest.mark.parametrize("form, tense", [
    ("اتهم", "past"), ("اتهمت", "past"), ("اتهموا", "past"), ("اتهمتا", "past"),
    ("اتهمته", "past"), ("اتهمها", "past"), ("اتهموه", "past"), ("اتهمتم", "past"),
    ("يتهم", "present"), ("تتهم", "present"), ("نتهم", "present"), ("يتهمون", "present"),
    ("تتهمان", "present"), ("يتهمه", "present"), ("يتهمونهم", "present"),
    ("اتهم", "present"),        # أتهم "I accuse" is spelt like the past once hamza is folded
])
def test_verb_forms_inflect_a_past_present_spec(form, tense):
    assert (form, tense) in forms("اتهم:تهم")


@pytest.mark.parametrize("spec, absent", [
    ("اتهم:تهم", "تهم"),        # the bare present stem is not a word of its own
    ("قصف:قصف", "قصفواه"),      # object pronouns attach to past -وا as -و (قصفوه)
    ("قصف:قصف", "قصفواها"),
])
def test_verb_forms_do_not_invent_forms(spec, absent):
    assert absent not in {form for form, _ in verb_forms(spec)}


@pytest.mark.parametrize("form", ["قصفوه", "قصفوها", "قصفتهم", "يقصفونها", "تقصفه"])
def test_verb_forms_with_object_pronouns(form):
    assert form in {f for f, _ in verb_forms("قصف:قصف")}


@pytest.mark.parametrize("spec, form", [("قصف:قصف", "يقصفوه"), ("اتهم:تهم", "يتهموها")])
def test_present_minus_wa_takes_object_pronouns_as_u(spec, form):
    assert form in {f for f, _ in verb_forms(spec)}


@pytest.mark.parametrize("spec, tense", [
    ("نفت", "past"), ("دعا", "past"), ("زار", "past"), ("زارت", "past"),
    ("يزور", "present"), ("تنفي", "present"), ("يلتقي", "present"), ("يدعون", "present"),
])
def test_a_bare_form_is_itself(spec, tense):
    assert verb_forms(spec) == [(spec, tense)]


@pytest.mark.parametrize("spec", ["التقى", "أشاد", "استقال", "اعتدى", "نفوا", "تلقى اتصالا",
                                  "نشرت قوات", "ألقت القبض", "ادعى"])
def test_a_bare_past_form_is_past(spec):
    assert verb_forms(spec) == [(spec, "past")]


def triggers_in(sentence: str) -> dict[str, set[tuple[str, str]]]:
    """Matched word -> {(type, pos)} for the leftmost-longest trigger matches."""
    text = norm(sentence)
    found: dict[str, set[tuple[str, str]]] = {}
    for match in longest_first(trigger_lexicon().find(text)):
        for payload in match.payloads:
            assert isinstance(payload, Trigger)
            found.setdefault(text[match.start:match.end], set()).add((payload.type, payload.pos))
    return found


@pytest.mark.parametrize("sentence, word, type_, pos", [
    ("هاجم مسلحون حاجزا للجيش قرب الحدود", "هاجم", "ASSAULT", "verb"),
    ("قصفت الطائرات الحربية مواقع المسلحين في الريف", "قصفت", "ASSAULT", "verb"),
    ("وقصفت المدفعية أطراف البلدة", "وقصفت", "ASSAULT", "verb"),
    ("اعتقلت الشرطة ثلاثة ناشطين في العاصمة", "اعتقلت", "COERCE", "verb"),
    ("تظاهر المئات أمام البرلمان احتجاجا على الغلاء", "تظاهر", "PROTEST", "verb"),
    ("التقى وزير الخارجية نظيره التركي في أنقرة", "التقي", "CONSULT", "verb"),
    ("أنهى الرئيس زيارة رسمية إلى القاهرة", "زياره", "CONSULT", "noun"),
    ("اتهمت الحكومة المعارضة بالتحريض على العنف", "اتهمت", "ACCUSE", "verb"),
    ("نفت الوزارة صحة الأنباء المتداولة", "نفت", "REJECT", "verb"),
    ("طالب المحتجون برحيل الحكومة", "طالب", "REQUEST", "verb"),
    ("دعا الأمين العام الأطراف إلى ضبط النفس", "دعا", "REQUEST", "verb"),
    ("ويتهمون الجيش بارتكاب انتهاكات", "ويتهمون", "ACCUSE", "verb"),
    ("وأسفر الهجوم عن سقوط قتلى", "الهجوم", "ASSAULT", "noun"),
    ("شنت قوات الأمن حملة اعتقالات واسعة", "حمله اعتقالات", "COERCE", "noun"),
    ("ونددت الخارجية بالاعتداء على السفارة", "بالاعتداء", "ASSAULT", "noun"),
    ("سمع دوي إطلاق النار في الحي", "اطلاق النار", "ASSAULT", "noun"),
    ("فرضت السلطات حظر التجول في المدينة", "حظر التجول", "COERCE", "noun"),
    ("أعلن الطرفان وقف إطلاق النار ابتداء من الليلة", "وقف اطلاق النار", "CONCEDE", "noun"),
    ("ستزور الوزيرة بغداد الأسبوع المقبل", "ستزور", "CONSULT", "verb"),  # future سـ
])
def test_trigger_lexicon_finds_triggers(sentence, word, type_, pos):
    found = triggers_in(sentence)
    assert (type_, pos) in found.get(word, set()), found


@pytest.mark.parametrize("sentence, word", [
    ("أعلنت وزارة الخارجية استدعاء السفير", "وزاره"),
    ("قالت وزارات عدة إنها ستغلق أبوابها", "وزارات"),
    ("تظاهر الطلبة أمام الجامعة", "طلبه"),
    ("يجب النظر في الأمر قبل فوات الأوان", "قبل"),
    ("وقعت اشتباكات بين الطرفين", "بين"),
    ("هذه القضية تهم جميع المواطنين", "تهم"),
    ("أطلقت الوزارة حملة لتطعيم الأطفال", "حمله"),
])
def test_not_triggers_are_refused(sentence, word):
    assert word not in triggers_in(sentence)


def test_the_refused_form_only_blocks_itself():
    # "وزارة" is و + زاره ("visited him") to the generator; the verb itself still counts
    assert ("CONSULT", "verb") in triggers_in("زاره الرئيس في المستشفى")["زاره"]
    assert all(("CONSULT", "verb") not in kinds
               for kinds in triggers_in("دخل وزير الدفاع إلى مقر الوزارة").values())


def test_trigger_payload_fields():
    text = norm("وقعت الحكومة اتفاقية تعاون مع الجارة")
    [match] = [m for m in trigger_lexicon().find(text) if text[m.start:m.end] == "وقعت"]
    signing = [p for p in match.payloads if p.type == "SUPPORT"]
    assert signing and norm("اتفاقية") in signing[0].requires
    text = norm("أفرجت السلطات عن المعتقلين")
    [release] = [p for m in trigger_lexicon().find(text) for p in m.payloads if p.type == "RETREAT"]
    assert release.mode == "release" and "عن" in release.preps and release.genitive == "patient"


def cues_in(sentence: str) -> dict[str, set[str]]:
    text = norm(sentence)
    found: dict[str, set[str]] = {}
    for match in longest_first(cue_lexicon().find(text)):
        for payload in match.payloads:
            assert isinstance(payload, Cue)
            found.setdefault(text[match.start:match.end], set()).add(payload.kind)
    return found


@pytest.mark.parametrize("sentence, word, kind", [
    ("قال المتحدث باسم الجيش إن القصف توقف", "قال", "speech"),
    ("وأكدت الوزارة أن التحقيق مستمر", "واكدت", "speech"),
    ("وتقول المصادر إن الهدنة هشة", "وتقول", "speech"),
    ("بحسب مصادر محلية فإن القتلى مدنيون", "بحسب", "according"),
    ("وفقا لوكالة الأنباء الرسمية فقد انتهت العملية", "وفقا", "according"),
    ("لم تعلن أي جهة مسؤوليتها عن التفجير", "لم", "negation"),
    ("لن نسمح بتكرار ما حدث", "لن", "negation"),
    ("سوف يزور الوفد العاصمة غدا", "سوف", "future"),
    ("ومن المقرر أن تبدأ المحادثات الأحد", "ومن المقرر", "future"),
    ("إذا رفضت الحكومة المطالب فسيستمر الاعتصام", "اذا", "conditional"),
    ("وفي حال فشل المفاوضات ستعود المعارك", "وفي حال", "conditional"),
    ("وزعم التنظيم أنه أسقط طائرة", "وزعم", "allege"),
])
def test_cue_lexicon_kinds(sentence, word, kind):
    found = cues_in(sentence)
    assert kind in found.get(word, set()), found


@pytest.mark.parametrize("kind, word", [
    ("negation", "لم"), ("absence", "من دون"), ("conditional", "اذا"), ("future", "سوف"),
    ("preposition", "الي"), ("preposition", "علي"), ("relative", "الذين"),
    ("according", "بحسب"), ("complementizer", "انها"),
])
def test_cue_words(kind, word):
    assert word in cue_words(kind)


@pytest.mark.parametrize("kind, word", [
    ("negation", "سوف"), ("preposition", "بحسب"), ("future", "لم"), ("speech", "قال"),
])
def test_cue_words_keep_kinds_apart(kind, word):
    # speech verbs are inflected verbs, not single forms
    assert word not in cue_words(kind)


def test_cue_words_are_normalised():
    for kind in ("preposition", "conditional", "complementizer", "future"):
        assert all(word == norm(word) for word in cue_words(kind))
    assert cue_words("no such kind") == frozenset()


def test_a_next_word_requirement_lets_a_refused_form_read_as_the_verb():
    # "فجر" is refused as "dawn"; before its doer, itself or the bomb it is the verb فجّر
    rules = [t for t in trigger_lexicon().find(norm("فجر انتحاري نفسه"))[0].payloads]
    assert any(r.type == "ASSAULT" and r.pos == "verb" and "^نفسه" in r.requires for r in rules)



def test_a_verb_form_with_an_object_pronoun_says_so():
    readings = {m.phrase: m.payloads for m in trigger_lexicon().find(norm("قصفوه ويتهم دانتها دانت"))}
    assert [p.object_pronoun for p in readings[norm("قصفوه")]] == [True]
    assert [p.object_pronoun for p in readings[norm("يتهم")]] == [False]  # its ه is the root's
    assert [p.object_pronoun for p in readings[norm("دانتها")]] == [True]  # listed beside دانت
    assert [p.object_pronoun for p in readings[norm("دانت")]] == [False]


def test_a_word_list_kind_is_read_as_words_not_marked_as_cues():
    assert norm("مماثلة") in cue_words("another")
    assert not cue_lexicon().find(norm("غارات مماثلة"))


def test_a_verb_form_with_a_plural_or_dual_subject_says_so():
    text = "قصفوا يقصفون قصفا قصفتا قصف قصفت يقصف قصفها دانت"
    readings = {m.phrase: m.payloads for m in trigger_lexicon().find(norm(text))}
    plural = {phrase for phrase, payloads in readings.items()
              if any(p.pos == "verb" and p.plural_subject for p in payloads)}
    assert plural == {norm(w) for w in ("قصفوا", "يقصفون", "قصفا", "قصفتا")}


def test_a_noun_takes_a_possessive_pronoun_with_its_ta_marbuta_written_ta():
    phrases = {m.phrase for m in trigger_lexicon().find(norm("زيارته اعتداءاتها"))}
    assert {norm("زيارته"), norm("اعتداءاتها")} <= phrases


@pytest.mark.parametrize("sentence, word", [
    ("قتل عشرة في انفجارين وسط المدينة", "انفجارين"),
    ("شنت الطائرات غارتين على المواقع", "غارتين"),
    ("ونفذ التنظيم تفجيرين انتحاريين قرب الحدود", "تفجيرين انتحاريين"),
    ("انفجرت سيارتان مفخختان في السوق", "سيارتان مفخختان"),
])
def test_a_noun_and_a_noun_with_its_adjective_are_read_in_the_dual(sentence, word):
    assert ("ASSAULT", "noun") in triggers_in(sentence).get(norm(word), set()), triggers_in(sentence)


def test_no_dual_for_a_noun_with_its_genitive_or_a_plural():
    # "محاولة اغتيال" is a noun and its genitive: its dual is "محاولتي اغتيال", not this
    assert norm("محاولتين اغتيالين") not in triggers_in("محاولتين اغتيالين")
    assert norm("تفجيراتين") not in triggers_in("تفجيراتين")


def test_a_past_verb_takes_no_lam():
    # "لخطف" is ل + the verbal noun خطف, never ل + the past verb; "ليخطف" is ل + the present
    assert ("ASSAULT", "verb") not in triggers_in("أحبطت الشرطة محاولة لخطف طائرة")["لخطف"]
    assert ("ASSAULT", "noun") in triggers_in("أحبطت الشرطة محاولة لخطف طائرة")["لخطف"]
    assert ("ASSAULT", "verb") in triggers_in("جاء المسلحون ليخطفوا الصحفي")["ليخطفوا"]


@pytest.mark.parametrize("sentence, word", [
    ("كان الجيش قد انسحب", "كان"),  # not ك + أن
    ("لا أحد كلم الوزير", "كلم"),  # not ك + لم
])
def test_particles_take_no_ka(sentence, word):
    assert word not in cues_in(sentence)
