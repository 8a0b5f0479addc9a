from datetime import date, datetime, timedelta, timezone

import pytest

from marsad.arabic import normalize
from marsad.extraction.dates import anchor_day, find_times, parse_datetime

SUNDAY = date(2017, 9, 24)  # a Sunday
MUHARRAM_10_1439 = date(2017, 9, 30)  # Umm al-Qura


def times(text, reference=SUNDAY):
    """(original words, start, end, precision) of every time expression."""
    found = find_times(text, normalize(text), reference)
    for mention in found:
        assert mention.kind == "time"
        assert text[mention.start:mention.end] == mention.value.text
    return [(m.value.text, m.value.start, m.value.end, m.value.precision) for m in found]


def one(text, reference=SUNDAY):
    found = times(text, reference)
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------------------- parse_datetime

@pytest.mark.parametrize("value, expected", [
    ("2017-09-24", date(2017, 9, 24)),
    ("2015-08-11 13:44:43", datetime(2015, 8, 11, 13, 44, 43)),
    ("2024-03-29 12:22 م", datetime(2024, 3, 29, 12, 22)),
    ("2024-03-29 01:05 م", datetime(2024, 3, 29, 13, 5)),
    ("2024-03-29 12:10 ص", datetime(2024, 3, 29, 0, 10)),
    ("2024-03-29 09:30 ص", datetime(2024, 3, 29, 9, 30)),
    ("٢٠١٧-٠٩-٢٤", date(2017, 9, 24)),
    ("٢٤ سبتمبر ٢٠١٧", date(2017, 9, 24)),
    ("24 سبتمبر 2017", date(2017, 9, 24)),
    ("الأحد 24 أيلول/سبتمبر 2017", date(2017, 9, 24)),
    ("الأحد، 24 أيلول (سبتمبر) 2017", date(2017, 9, 24)),
    ("24 أيلول (سبتمبر) 2017", date(2017, 9, 24)),
    ("3 يونيه 2016م", date(2016, 6, 3)),
    ("12 جويلية 2019", date(2019, 7, 12)),
    ("5 شتنبر 2018", date(2018, 9, 5)),
    ("1 كانون الثاني 2015", date(2015, 1, 1)),
    ("24/09/2017", date(2017, 9, 24)),
    ("2017/09/24", date(2017, 9, 24)),
    ("10 محرم 1439 هـ", MUHARRAM_10_1439),
    ("1439/1/10هـ", MUHARRAM_10_1439),
    ("الأحد 4 محرم 1439 هـ الموافق 24 أيلول 2017 م", date(2017, 9, 24)),
    ("Sun, 24 Sep 2017 10:15:00 +0300",
     datetime(2017, 9, 24, 10, 15, tzinfo=timezone(timedelta(hours=3)))),
    ("2017-09-24T10:15:00Z", datetime(2017, 9, 24, 10, 15, tzinfo=timezone.utc)),
    ("24 سبتمبر 2017 الساعة 08:40 مساءً", datetime(2017, 9, 24, 20, 40)),
])
def test_parse_datetime(value, expected):
    result = parse_datetime(value)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("value", ["", "   ", "قتل 24 شخصا في الهجوم", "31/02/2017", "أيلول", "2017-13-40"])
def test_parse_datetime_rejects_non_dates(value):
    assert parse_datetime(value) is None


# ----------------------------------------------------------------------------- relative words

def test_weekday_is_the_most_recent_such_day():
    text = "قالت وزارة الدفاع الروسية الأحد إن طائراتها قصفت مواقع للتنظيم."
    assert one(text) == ("الأحد", SUNDAY, SUNDAY, "day")
    assert one("وصل الوفد الخميس إلى العاصمة.")[1] == date(2017, 9, 21)


def test_weekday_with_time_of_day_and_qualifiers():
    assert one("اندلعت اشتباكات مساء الجمعة في المدينة.") == (
        "مساء الجمعة", date(2017, 9, 22), date(2017, 9, 22), "day")
    assert one("عقد المجلس اجتماعا يوم الأحد الماضي.")[1] == date(2017, 9, 17)
    assert one("تبدأ المحادثات الأحد المقبل في جنيف.")[1] == date(2017, 10, 1)


@pytest.mark.parametrize("text, words, offset", [
    ("قتل ثلاثة جنود أمس في هجوم.", "أمس", -1),
    ("اعتقلت الشرطة أول أمس خمسة أشخاص.", "أول أمس", -2),
    ("أعلن الجيش اليوم السيطرة على البلدة.", "اليوم", 0),
    ("تعقد القمة غداً في الرياض.", "غداً", 1),
    ("سقطت قذائف مساء أمس على الحي.", "مساء أمس", -1),
    ("وأمس أعلنت الحكومة استقالتها.", "أمس", -1),
    ("سقطت قذائف على الحي الليلة الماضية.", "الليلة الماضية", -1),
    ("سقطت قذائف على الحي الليلة قبل الماضية.", "الليلة قبل الماضية", -2),
    ("قصفت الطائرات المنطقة قبل 3 أيام.", "قبل 3 أيام", -3),
    ("زار الوفد دمشق قبل ثلاثة أيام.", "قبل ثلاثة أيام", -3),
    ("وقع الانفجار قبل يومين.", "قبل يومين", -2),
])
def test_relative_days(text, words, offset):
    day = SUNDAY + timedelta(days=offset)
    assert one(text) == (words, day, day, "day")


def test_day_named_by_the_article_wins():
    text = "أعلنت الحكومة اليوم (الأربعاء) خطة جديدة."
    assert one(text) == ("اليوم (الأربعاء)", date(2017, 9, 20), date(2017, 9, 20), "day")
    assert anchor_day("قالت الوزارة اليوم (الأربعاء) إن الهجوم وقع أمس.", SUNDAY) == date(2017, 9, 20)
    assert anchor_day("قالت الوزارة إن الهجوم وقع أمس.", SUNDAY) == SUNDAY


def test_vague_past_spans():
    assert one("وكانت موسكو قد حمّلت واشنطن قبل أيام مسؤولية الهجوم.") == (
        "قبل أيام", date(2017, 9, 19), date(2017, 9, 23), "week")
    assert one("وقالت قبل نحو أسبوعين إن طائرات أجلت قادة التنظيم.") == (
        "قبل نحو أسبوعين", date(2017, 9, 7), date(2017, 9, 13), "week")
    assert one("جرت اتصالات بين الطرفين خلال الأسابيع القليلة الماضية.") == (
        "خلال الأسابيع القليلة الماضية", date(2017, 9, 1), SUNDAY, "month")


def test_calendar_periods():
    assert one("ارتفعت الأسعار الشهر الماضي.") == (
        "الشهر الماضي", date(2017, 8, 1), date(2017, 8, 31), "month")
    assert one("فاز الحزب في الانتخابات العام الماضي.") == (
        "العام الماضي", date(2016, 1, 1), date(2016, 12, 31), "year")
    assert one("تنتهي المهلة نهاية الشهر الجاري.")[1:] == (date(2017, 9, 21), date(2017, 9, 30), "week")
    assert one("وصل السفير قبل ثلاثة أشهر.")[1:] == (date(2017, 6, 1), date(2017, 6, 30), "month")


def test_duration_tied_to_another_event_is_not_a_date():
    assert times("وانسحبت القوات بعد أيام من الهجوم.") == []
    assert times("قبل يومين من الانتخابات شنت الطائرات غارات.") == []


# ----------------------------------------------------------------------------- named dates

def test_range_of_days_with_two_month_names():
    text = "سهّلت القوات مرور عناصر التنظيم بين 8 و12 أيلول/ سبتمبر الحالي، بحسب البيان."
    assert one(text) == ("بين 8 و12 أيلول/ سبتمبر الحالي", date(2017, 9, 8), date(2017, 9, 12), "day")
    assert one("ما بين 8 و12 أيلول (سبتمبر) جرت المعارك.")[1:] == (
        date(2017, 9, 8), date(2017, 9, 12), "day")
    assert one("من 28 آب حتى 3 أيلول 2016 استمر الحصار.")[1:] == (
        date(2016, 8, 28), date(2016, 9, 3), "day")


def test_day_month_without_year_takes_the_reference_year_unless_far_ahead():
    assert one("وفي 8 أيلول وصل المبعوث.") == ("8 أيلول", date(2017, 9, 8), date(2017, 9, 8), "day")
    assert one("وفي 20 ديسمبر وقعت الاتفاقية.")[1] == date(2016, 12, 20)
    assert one("يوم 2 نوفمبر تبدأ الجولة.")[1] == date(2017, 11, 2)


@pytest.mark.parametrize("text, words, start, end, precision", [
    ("وفي أيلول 2015 بدأ التدخل الروسي.", "أيلول 2015", date(2015, 9, 1), date(2015, 9, 30), "month"),
    ("في عام 2010 زار الرئيس دمشق.", "عام 2010", date(2010, 1, 1), date(2010, 12, 31), "year"),
    ("وقعت الحادثة في آذار من العام الماضي.", "آذار من العام الماضي",
     date(2016, 3, 1), date(2016, 3, 31), "month"),
    ("جرى الاستفتاء في شهر يونيو الماضي.", "شهر يونيو الماضي", date(2017, 6, 1), date(2017, 6, 30), "month"),
    ("أعلن الجيش في 5 جوان 2019 عن خطة.", "5 جوان 2019", date(2019, 6, 5), date(2019, 6, 5), "day"),
    ("وقعت الاتفاقية يوم 15 يوليوز 2018.", "يوم 15 يوليوز 2018", date(2018, 7, 15), date(2018, 7, 15), "day"),
    ("انعقدت القمة في 12 تشرين الثاني 2015.", "12 تشرين الثاني 2015",
     date(2015, 11, 12), date(2015, 11, 12), "day"),
    ("صدر القرار في ٢٤/٠٩/٢٠١٧ عن المحكمة.", "٢٤/٠٩/٢٠١٧", SUNDAY, SUNDAY, "day"),
    ("بين عامي 2011 و2014 سيطر التنظيم على المدينة.", "بين عامي 2011 و2014",
     date(2011, 1, 1), date(2014, 12, 31), "year"),
    ("في مطلع أيلول بدأت المعركة.", "مطلع أيلول", date(2017, 9, 1), date(2017, 9, 10), "week"),
])
def test_named_dates(text, words, start, end, precision):
    assert one(text) == (words, start, end, precision)


def test_hijri_dates():
    assert one("وصل الحجاج في 10 محرم 1439 هـ إلى المدينة.") == (
        "10 محرم 1439 هـ", date(2017, 9, 30), date(2017, 9, 30), "day")
    words, start, end, precision = one("بدأ القتال في شهر رمضان الماضي.")
    assert (words, precision) == ("شهر رمضان الماضي", "month")
    assert start == date(2017, 5, 27) and end.month == 6


def test_a_bare_month_name_that_is_also_a_verb_is_no_date():
    assert times("مارس الجيش ضغوطا على السكان.") == []
    assert times("قتل 12 شخصا وأصيب 30 آخرون في الانفجار.") == []


def test_several_expressions_are_found_in_order_without_overlap():
    text = "قال المتحدث الأحد إن الهجوم وقع أمس، وإن هجوما آخر وقع قبل نحو أسبوعين في 8 أيلول."
    found = times(text)
    assert [f[0] for f in found] == ["الأحد", "أمس", "قبل نحو أسبوعين", "8 أيلول"]
    spans = [(m.start, m.end) for m in find_times(text, normalize(text), SUNDAY)]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_offsets_map_to_the_original_text_with_diacritics_and_tatweel():
    text = "وقَالَ المُتحدِّثُ إنّ القـــوات انسحبت أمْسِ، وكانت قد وصلت بَيْنَ ٨ و١٢ أيْلُول ٢٠١٧."
    found = find_times(text, normalize(text), SUNDAY)
    assert [m.value.text for m in found] == ["أمْسِ", "بَيْنَ ٨ و١٢ أيْلُول ٢٠١٧"]
    assert text[found[0].start:found[0].end] == "أمْسِ"
    assert found[1].value.start == date(2017, 9, 8) and found[1].value.end == date(2017, 9, 12)


def test_normalized_form_is_computed_when_not_given():
    text = "أعلنت الوزارة أمس الحصيلة."
    assert find_times(text, None, SUNDAY)[0].value.start == date(2017, 9, 23)


def test_relative_expressions_need_a_reference():
    text = "قال المتحدث أمس إن المعارك التي بدأت في 8 أيلول 2017 تواصلت قبل أيام."
    found = find_times(text, normalize(text), None)
    assert [m.value.text for m in found] == ["8 أيلول 2017"]
    assert find_times("وقع الهجوم الأحد.", None, None) == []


def test_datetime_reference_is_accepted():
    found = find_times("وقع الهجوم أمس.", None, datetime(2017, 9, 24, 12, 22))
    assert found[0].value.start == date(2017, 9, 23)


def test_general_is_not_a_year():
    assert times("قال الأمين العام السابق للأمم المتحدة إن الحل سياسي.") == []
    assert one("قال الأمين العام الأحد إن الحل سياسي.")[0] == "الأحد"


def test_weekday_before_a_full_date_is_one_expression():
    assert one("نشر البيان الأحد 17 أيلول/ سبتمبر 2017.") == (
        "الأحد 17 أيلول/ سبتمبر 2017", date(2017, 9, 17), date(2017, 9, 17), "day")
