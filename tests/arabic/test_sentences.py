"""Sentence splitting: stops, newlines, quotes and brackets, abbreviations and numbers, offsets."""

from __future__ import annotations

import pytest

from marsad.arabic import split_sentences


def texts(text: str, *args) -> list[str]:
    sentences = split_sentences(text, *args)
    for s in sentences:
        assert text[s.start:s.end] == s.text  # offsets point at the text
    return [s.text for s in sentences]


@pytest.mark.parametrize("text, expected", [
    ("قصفت الطائرات مواقع المسلحين. وقتل ثلاثة مدنيين.",
     ["قصفت الطائرات مواقع المسلحين.", "وقتل ثلاثة مدنيين."]),
    ("انسحب الجيش من البلدة! وعاد الأهالي إلى منازلهم",
     ["انسحب الجيش من البلدة!", "وعاد الأهالي إلى منازلهم"]),
    ("هل انتهت الحرب؟ لا أحد يعرف", ["هل انتهت الحرب؟", "لا أحد يعرف"]),
    ("Is it over? Nobody knows", ["Is it over?", "Nobody knows"]),
    ("زار الوفد دمشق... ثم عاد إلى عمان", ["زار الوفد دمشق...", "ثم عاد إلى عمان"]),
    ("عاجل\nالرئيس يصل إلى الرياض\n\nبدء المحادثات",
     ["عاجل", "الرئيس يصل إلى الرياض", "بدء المحادثات"]),
])
def test_splits_on_stops_and_newlines(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قال الوزير: «لن نتراجع. ولن نساوم» ثم غادر القاعة. وبقي الصحفيون.",
     ["قال الوزير: «لن نتراجع. ولن نساوم» ثم غادر القاعة.", "وبقي الصحفيون."]),
    ("أعلن الناطق (وهو ضابط برتبة عقيد. لم يذكر اسمه) أن الهجوم فشل. وانتهى المؤتمر.",
     ["أعلن الناطق (وهو ضابط برتبة عقيد. لم يذكر اسمه) أن الهجوم فشل.", "وانتهى المؤتمر."]),
    ('كتب على لافتة "ارحلوا! لا نريدكم" ثم انصرف. وتفرق الجمع.',
     ['كتب على لافتة "ارحلوا! لا نريدكم" ثم انصرف.', "وتفرق الجمع."]),
    ("قال: «انتهى الأمر». ثم غادر.", ["قال: «انتهى الأمر».", "ثم غادر."]),
])
def test_no_split_inside_quotes_or_brackets(text, expected):
    assert texts(text) == expected


def test_a_stray_closer_after_the_stop_stays_with_the_sentence():
    assert texts("انتهى الأمر.» ثم غادر الوفد.") == ["انتهى الأمر.»", "ثم غادر الوفد."]


def test_an_unclosed_quote_holds_a_short_sentence_open():
    assert texts("قال «نعم. ثم رحل. وانتهى اللقاء") == ["قال «نعم. ثم رحل. وانتهى اللقاء"]


def test_an_unclosed_quote_does_not_hold_for_ever():
    long_quote = "قال المتحدث «" + "إن الوضع الميداني مستقر في المنطقة " * 20
    text = long_quote + ". وبعد ذلك رحل الوفد."
    assert len(long_quote) > 600
    assert texts(text) == [long_quote + ".", "وبعد ذلك رحل الوفد."]


def test_a_newline_closes_an_open_quote():
    assert texts("قال «نعم\nثم رحل. وانتهى اللقاء") == ["قال «نعم", "ثم رحل.", "وانتهى اللقاء"]


@pytest.mark.parametrize("text, expected", [
    ("قال د. سمير خليل إن الهدنة صامدة. وأضاف أن المفاوضات مستمرة.",
     ["قال د. سمير خليل إن الهدنة صامدة.", "وأضاف أن المفاوضات مستمرة."]),
    ("ولد عام 1950 م. ثم هاجر", ["ولد عام 1950 م. ثم هاجر"]),
    ("قال Dr. Smith إن الوضع خطير. وغادر.", ["قال Dr. Smith إن الوضع خطير.", "وغادر."]),
    # a news agency's letters joined by stops
    ("لاغوس ـ ا.ف.ب: خطف موظف أمس. وقالت د.ب.أ إنه أفرج عنه.",
     ["لاغوس ـ ا.ف.ب: خطف موظف أمس.", "وقالت د.ب.أ إنه أفرج عنه."]),
])
def test_no_split_after_abbreviations(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("بلغ النمو 3.5 في المئة. وتراجع التضخم!", ["بلغ النمو 3.5 في المئة.", "وتراجع التضخم!"]),
    ("ارتفع السعر إلى ١٢.٧٥ دولار. ثم انخفض.", ["ارتفع السعر إلى ١٢.٧٥ دولار.", "ثم انخفض."]),
])
def test_no_split_inside_numbers(text, expected):
    assert texts(text) == expected


def test_a_number_at_the_end_of_a_sentence_still_ends_it():
    assert texts("قتل 12. وجرح آخرون") == ["قتل 12.", "وجرح آخرون"]


def test_offsets_of_a_slice_point_into_the_whole_text():
    text = "عنوان الخبر. قال د. سمير إن الهدنة صامدة. وأضاف أن المفاوضات مستمرة."
    begin = text.index("قال")
    sentences = split_sentences(text, begin, len(text))
    assert [(s.start, s.end) for s in sentences] == [
        (begin, text.index("صامدة.") + len("صامدة.")),
        (text.index("وأضاف"), len(text)),
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_spaces_are_trimmed_and_blank_text_gives_nothing():
    assert texts("   \n  ") == []
    sentences = split_sentences("  وصل الوفد.   ")
    assert [(s.start, s.end, s.text) for s in sentences] == [(2, 12, "وصل الوفد.")]
