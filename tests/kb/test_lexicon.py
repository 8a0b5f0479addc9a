"""The phrase matcher: multi-word phrases, proclitic variants, word boundaries, longest match."""

from __future__ import annotations

import pytest

from marsad.arabic import norm
from marsad.kb.lexicon import VERB_PROCLITICS, Lexicon, Match, longest_first, phrase_key


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    lexicon = Lexicon()
    lexicon.add("الولايات المتحدة", "USA")
    lexicon.add("واشنطن", "USA-seat")
    lexicon.add("موسكو", "RUS-seat")
    lexicon.add("مجلس", "council")
    lexicon.add("مجلس الأمن", "UNSC")
    lexicon.add("مجلس الأمن الدولي", "UNSC")
    lexicon.add("الأمن", "security")
    return lexicon.compile()


@pytest.mark.parametrize("sentence, surface, phrase", [
    ("أعلنت الولايات المتحدة فرض عقوبات جديدة", "الولايات المتحده", "الولايات المتحده"),
    ("وصل الوزير إلى واشنطن أمس", "واشنطن", "واشنطن"),
    ("اجتمع مجلس الأمن الدولي مساء الجمعة", "مجلس الامن الدولي", "مجلس الامن الدولي"),
])
def test_multi_word_phrases(lexicon, sentence, surface, phrase):
    text = norm(sentence)
    matches = longest_first(lexicon.find(text))
    match = next(m for m in matches if m.phrase == phrase)
    assert text[match.start:match.end] == surface


def test_a_phrase_needs_its_single_spaces(lexicon):
    # the text is not re-spaced: a phrase split by several spaces is not found
    assert lexicon.find(norm("ردت الولايات   المتحدة على الاتهامات")) == []


@pytest.mark.parametrize("sentence, clitics, phrase", [
    ("وصل الوفد لواشنطن صباح اليوم", "ل", "واشنطن"),
    ("وبموسكو عقد اللقاء الثاني", "وب", "موسكو"),
    ("فبموسكو ترفض هذه الشروط", "فب", "موسكو"),
    ("وواشنطن ترفض الاتهامات", "و", "واشنطن"),
    ("وكموسكو رفضت أنقرة الطلب", "وك", "موسكو"),
])
def test_proclitic_variants(lexicon, sentence, clitics, phrase):
    text = norm(sentence)
    [match] = [m for m in lexicon.find(text) if m.phrase == phrase]
    assert text[match.start:match.stem_start] == clitics
    assert text[match.stem_start:match.end] == phrase
    assert match.lam_article is False


@pytest.mark.parametrize("sentence, clitics", [
    ("وجه الرئيس رسالة للولايات المتحدة", "ل"),
    ("وجه الرئيس رسالة وللولايات المتحدة أخرى", "ول"),
    ("فللولايات المتحدة مصالح في المنطقة", "فل"),
])
def test_lam_article(lexicon, sentence, clitics):
    text = norm(sentence)
    [match] = [m for m in lexicon.find(text) if m.phrase == "الولايات المتحده"]
    assert match.lam_article is True
    # stem_start is after the first ل: the rest, "لولايات المتحده", stands for "الولايات المتحده"
    assert text[match.start:match.stem_start] == clitics
    assert text[match.stem_start:match.end] == "لولايات المتحده"
    assert match.end - match.stem_start == len(match.phrase) - 1


def test_lam_article_needs_the_preposition_lam():
    lexicon = Lexicon()
    lexicon.add("الجيش", "army", proclitics=("", "و"))
    assert lexicon.find(norm("قصف للجيش")) == []
    assert len(lexicon.find(norm("والجيش"))) == 1


@pytest.mark.parametrize("sentence", [
    "نشرت الصحيفة مقالا واشنطنيا",      # phrase ends inside a longer word
    "زار المتحف الموسكوفي",
    "تموسكو ليست كلمة",                 # a non-clitic letter before the phrase
    "2موسكو",
    "وصل الوفد إلى واشنطون",           # a different spelling is a different word
])
def test_no_match_inside_a_longer_word(lexicon, sentence):
    phrases = {m.phrase for m in lexicon.find(norm(sentence))}
    assert "واشنطن" not in phrases and "موسكو" not in phrases


@pytest.mark.parametrize("sentence", [
    "عاد الوفد من موسكو.",
    "«موسكو» ترد على واشنطن",
    "(موسكو)",
    "موسكو، وواشنطن",
])
def test_punctuation_is_a_boundary(lexicon, sentence):
    assert "موسكو" in {m.phrase for m in lexicon.find(norm(sentence))}


@pytest.mark.parametrize("sentence, occurs", [
    ("وصل الوزير إلى واشنطن أمس", True),
    ("ولواشنطن موقف آخر", True),  # with its proclitics
    ("وصل الوزير إلى الواشنطنية أمس", False),  # inside a longer word
    ("فاز الفريق بالمباراة", False),
])
def test_occurs_in_is_whether_find_finds_anything(lexicon, sentence, occurs):
    text = norm(sentence)
    assert lexicon.occurs_in(text) is occurs
    assert bool(lexicon.find(text)) is occurs


def test_an_empty_lexicon_occurs_nowhere():
    assert not Lexicon().occurs_in(norm("وصل الوزير إلى واشنطن"))


def test_verb_proclitics_are_not_noun_proclitics():
    lexicon = Lexicon()
    lexicon.add("يقصف", "shell", VERB_PROCLITICS)
    lexicon.add("قصف", "shelling")
    assert {m.payloads for m in lexicon.find(norm("وسيقصف الجيش"))} == {("shell",)}
    assert lexicon.find(norm("وبيقصف")) == []
    assert {m.payloads for m in lexicon.find(norm("بقصف مدفعي"))} == {("shelling",)}


def test_longest_first(lexicon):
    text = norm("ناقش مجلس الأمن الدولي الأزمة ثم مجلس الوزراء")
    chosen = longest_first(lexicon.find(text))
    assert [text[m.start:m.end] for m in chosen] == ["مجلس الامن الدولي", "مجلس"]
    assert all(a.end <= b.start for a, b in zip(chosen, chosen[1:]))


def test_longest_first_keeps_the_leftmost_of_overlaps():
    matches = [Match(0, 10, 0, "a", ()), Match(5, 20, 5, "b", ()), Match(10, 12, 10, "c", ())]
    assert [m.phrase for m in longest_first(matches)] == ["a", "c"]


def test_one_surface_several_payloads():
    lexicon = Lexicon()
    lexicon.add("الأمن", "organ")
    lexicon.add("الامن", "security")   # same key once normalised
    lexicon.add("الأمن", "organ")      # duplicates are kept once
    [match] = lexicon.find(norm("انتشر الأمن في الشوارع"))
    assert match.payloads == ("organ", "security")


def test_phrase_key_and_empty_phrases():
    assert phrase_key("  الأمم   المتحدة ") == "الامم المتحده"
    lexicon = Lexicon()
    lexicon.add("   ", "nothing")
    assert len(lexicon) == 0
    assert lexicon.find("اي نص") == []


def test_adding_after_compile_recompiles():
    lexicon = Lexicon()
    lexicon.add("دمشق", "SYR")
    assert len(lexicon.compile().find(norm("في دمشق"))) == 1
    lexicon.add("بيروت", "LBN")
    assert [m.phrase for m in lexicon.find(norm("من بيروت"))] == ["بيروت"]


@pytest.mark.parametrize("order", [("ما", "كما"), ("كما", "ما")])
def test_a_whole_word_beats_a_clitic_reading_of_the_same_words(order):
    lexicon = Lexicon()
    for phrase in order:
        lexicon.add(phrase, phrase)
    text = norm("كما وصل الوفد")
    chosen = longest_first(lexicon.compile().find(text))
    assert [m.payloads for m in chosen] == [("كما",)]
