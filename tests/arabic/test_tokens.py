"""Clitic readings of a word, and tokens with offsets in the original text."""

from __future__ import annotations

import pytest

from marsad.arabic import norm, normalize, tokenize
from marsad.arabic.tokens import enclitic_splits, proclitic_splits


@pytest.mark.parametrize("word, reading", [
    ("وللولايات", ("ولل", "ولايات")),   # و + ل + ال, the alef absorbed
    ("للمدنيين", ("لل", "مدنيين")),
    ("بالقصف", ("بال", "قصف")),
    ("والجيش", ("وال", "جيش")),
    ("فالحكومة", ("فال", "حكومه")),
    ("وبموسكو", ("وب", "موسكو")),
    ("لواشنطن", ("ل", "واشنطن")),
    ("كالعادة", ("كال", "عاده")),
    ("فسيقول", ("فس", "يقول")),
    ("الجيش", ("ال", "جيش")),
])
def test_proclitic_readings(word, reading):
    splits = proclitic_splits(norm(word))
    assert reading in splits
    assert ("", norm(word)) in splits  # the unsplit reading is always there


def test_longest_proclitics_come_first():
    splits = proclitic_splits(norm("وللولايات"))
    assert splits[0] == ("ولل", "ولايات")
    assert [len(p) for p, _ in splits] == sorted((len(p) for p, _ in splits), reverse=True)


@pytest.mark.parametrize("word", ["وزارة", "بيروت", "كركوك", "فلسطين", "لبنان"])
def test_words_that_only_look_cliticised_keep_an_unsplit_reading(word):
    assert ("", norm(word)) in proclitic_splits(norm(word))


@pytest.mark.parametrize("word, not_reading", [
    ("بال", ("بال", "")),            # nothing left after the clitics
    ("ولد", ("ول", "د")),            # the stem must keep two letters
    ("والي", ("وال", "ي")),
    ("سبل", ("سب", "ل")),            # future سين cannot follow ب
])
def test_impossible_readings_are_not_offered(word, not_reading):
    assert not_reading not in proclitic_splits(norm(word))


@pytest.mark.parametrize("word, reading", [
    ("كتابهم", ("كتاب", "هم")),
    ("منزلها", ("منزل", "ها")),
    ("قصفوه", ("قصفو", "ه")),
    ("حكومتنا", ("حكومت", "نا")),
    ("بلادكم", ("بلاد", "كم")),
])
def test_enclitic_readings(word, reading):
    splits = enclitic_splits(norm(word))
    assert splits[0] == (norm(word), "")
    assert reading in splits


@pytest.mark.parametrize("word", ["منه", "لها", "بهم"])
def test_enclitic_needs_a_three_letter_rest(word):
    assert enclitic_splits(word) == [(word, "")]


def test_tokenize_offsets_point_at_the_original_words():
    text = "وَقَصَفَتِ الطائـــراتُ بالصواريخ مواقعَ ﻻ تبعد عن حلب ١٠ كيلومترات"
    tokens = tokenize(normalize(text))
    assert [t.norm for t in tokens] == ["وقصفت", "الطائرات", "بالصواريخ", "مواقع", "لا", "تبعد",
                                        "عن", "حلب", "10", "كيلومترات"]
    for token in tokens:
        assert norm(text[token.start:token.end]) == token.norm
        assert not text[token.start].isspace() and not text[token.end - 1].isspace()
    assert text[tokens[1].start:tokens[1].end] == "الطائـــرات"
    assert text[tokens[4].start:tokens[4].end] == "ﻻ"
    assert text[tokens[7].start:tokens[7].end] == "حلب"


@pytest.mark.parametrize("word, prefix, stem", [
    ("بالصواريخ", "بال", "صواريخ"),
    ("الطائرات", "ال", "طائرات"),
    ("وللولايات", "ولل", "ولايات"),
    ("وقصفت", "و", "قصفت"),
    ("حلب", "", "حلب"),
    ("لندن", "", "لندن"),            # ل + three letters: too short a rest to split off
])
def test_tokens_carry_a_best_guess_stem(word, prefix, stem):
    [token] = tokenize(normalize(word))
    assert (token.prefix, token.stem, token.suffix) == (prefix, stem, "")


def test_tokenize_a_normalised_range():
    text = "انسحب الجيش من البلدة"
    n = normalize(text)
    start = n.text.index("من")
    tokens = tokenize(n, start, len(n.text))
    assert [t.norm for t in tokens] == ["من", "البلده"]
    assert tokens[0].start == text.index("من")
    assert tokens[1].end == len(text)
