"""The analysed document: what it recognises in sentences written for these tests."""

from datetime import date

import pytest

from marsad.arabic import norm
from marsad.extraction.document import analyse

PUBLISHED = date(2019, 3, 14)


def place_names(text):
    doc = analyse(text, PUBLISHED)
    return [doc.norm[p.start:p.end] for p in doc.places]


def test_a_word_of_a_persons_name_is_no_place():
    # "بشار" is also a town in Algeria; inside "بشار الأسد" it is part of a name
    assert place_names("التقى الرئيس بشار الأسد وفدا برلمانيا في مدينة اللاذقية.") == ["اللاذقيه"]


def test_a_place_outside_names_is_kept():
    assert place_names("وصل الوفد إلى مدينة بشار في الجزائر.")[:1] == ["بشار"]


def test_a_place_inside_a_name_lends_the_text_no_country():
    # "بشار" (an Algerian province) inside the name would make the text Algerian, and
    # العامرية, an Algerian town in the gazetteer, a place.
    assert place_names("أعلن الرئيس بشار الأسد أن الجيش استعاد حي العامرية.") == []


def test_a_capital_named_as_a_town_of_another_country_is_no_government_there():
    doc = analyse("قال الجيش اللبناني إن مسلحين هاجموا حاجزا في مدينة طرابلس أمس.", PUBLISHED)
    assert [p.value.country for p in doc.places] == ["LBN"]
    assert all(a.actor.code != "LBY" for a in doc.actors)
    # named alone, it is Libya's capital
    doc = analyse("وقالت طرابلس إن الغارات مستمرة.", PUBLISHED)
    assert [p.value.country for p in doc.places] == ["LBY"]
    assert [a.actor.code for a in doc.actors] == ["LBY"]


def people(text):
    doc = analyse(text, PUBLISHED)
    return [(doc.norm[a.start:a.end], a.actor.group or a.actor.code, a.actor.name)
            for a in doc.actors if a.kind == "person"]


def test_a_speaker_named_before_the_body_he_speaks_for_is_that_body_later():
    text = ("وقال يوهان برغر رئيس اللجنة الدولية للصليب الأحمر إن الوضع كارثي. "
            "وطالب برغر الأطراف المتحاربة بوقف القتال.")
    assert people(text) == [("برغر", "ICRC", "يوهان برغر")]


def test_an_office_word_before_the_name_is_no_name():
    # "رئيس الهيئة الإعلامية": the words between the verb and the body are an office, no name
    assert people("وقال رئيس الهيئة الإعلامية للجيش العراقي إن التحقيق مستمر. وأضاف أن الهيئة الإعلامية تتابع.") == []


def test_a_statement_is_no_speaker_name():
    assert people("وقال بيان صادر عن وزارة الخارجية المصرية إن الوزير سيزور عمان. وأضاف صادر الوزارة.") == []


def test_a_name_after_a_title_is_that_title_later():
    text = "واستقبل وزير الخارجية اليمني رياض ياسين سفير فرنسا. وانتقد ياسين الحوثيين."
    assert people(text) == [("ياسين", "YEM", "رياض ياسين")]


def test_a_known_persons_last_name_alone_is_him_later():
    text = "التقى وزير الخارجية التركي مولود جاويش أوغلو نظيره الروسي أمس. وقال أوغلو إن بلاده ترفض الهجوم."
    assert people(text)[1:] == [("اوغلو", "TUR", "Mevlüt Çavuşoğlu")]


def test_a_fathers_name_or_a_common_word_alone_is_no_known_person():
    # "سلمان" after "بن" is the father's name; "صالح" is also a word ("لصالح": in favour of)
    assert people("استقبل ولي العهد الأمير محمد بن سلمان وزير الخارجية الأمريكي. وقال سلمان إن المملكة تدعم الحل.") \
        == [("ولي العهد الامير محمد بن سلمان", "SAU", "Mohammed bin Salman")]
    assert people("وقال رئيس مجلس النواب الليبي عقيلة صالح إن البرلمان يعمل لصالح الشعب. وأضاف صالح أن الحكومة مستمرة.") \
        == [("رئيس مجلس النواب الليبي عقيله صالح", "LBY", "Aguila Saleh")]


def test_a_lineage_is_one_private_persons_name():
    # the given names after "بن" are his father's and grandfather's, no one else's
    assert people("كما التقى سمو الأمير بندر بن عبدالله بن عبد العزيز، عددا من الشخصيات.") == \
        [("الامير بندر بن عبدالله بن عبد العزيز", None, "بندر بن عبدالله بن عبد العزيز")]


@pytest.mark.parametrize("text, name", [
    # a first name that is no listed given name ("صالح" is also "for"), and family names in ال
    # that are places elsewhere ("الأحمدي", a Kuwaiti town)
    ("وأوضح البيان أن صالح بن مطلق بن حمد الأحمدي الزهراني أقدم على قتل مواطن.",
     "صالح بن مطلق بن حمد الأحمدي الزهراني"),
    # the conjunction before the first name is no part of it (a guard: held before lineages)
    ("وحضر الحفل سلمان بن خالد الدوسري ومشاري بن عبد الكريم الحمد.", "مشاري بن عبد الكريم الحمد"),
    # the office after the name is no part of it, nor a formula, nor a noun after one family name
    ("ووصل الشيخ سعد بن فالح الصاعدي المدير العام للفرع إلى المحافظة.", "سعد بن فالح الصاعدي"),
    ("وتحدث الخطيب عن الشيخ عبدالرحمن بن ناصر رحمه الله طويلا.", "عبدالرحمن بن ناصر"),
    ("وانتقد فهد بن سعد العتيبي القرار الجديد.", "فهد بن سعد العتيبي"),
    # a family name of two words after "أبو"
    ("وزار المعرض الدكتور هاني بن سالم أبو راس أمس.", "هاني بن سالم أبو راس"),
])
def test_a_lineage_names_a_person_whatever_its_words_are(text, name):
    assert norm(name) in [found[2] for found in people(text)]


def test_a_lineage_keeps_its_family_names_from_the_gazetteer():
    doc = analyse("وأوضح البيان أن صالح بن مطلق بن حمد الأحمدي أقدم على قتل مواطن.", PUBLISHED)
    assert doc.places == []


def test_a_town_named_with_bin_is_no_person():
    # a guard: a lineage's first word is no word of a place ("مدينة")
    assert people("وعقدت اجتماعات شعبية بمدينة بن قردان الحدودية مع ليبيا.") == []


def test_a_rank_after_an_office_names_a_person_of_that_office():
    text = ("وقال المتحدث باسم الجيش الليبي العقيد أحمد المسماري إن الطيران قصف مواقع في درنة. "
            "واتهم المسماري قطر بدعم المتطرفين.")
    assert people(text) == [("المسماري", "LBY", "احمد المسماري")]


def test_a_rank_alone_gives_its_person_no_country():
    # the rank says no country; its person is named where he stands, not later by his surname
    assert people("وقال العقيد أحمد المسماري إن الطيران قصف مواقع في درنة. واتهم المسماري قطر.") == \
        [("العقيد احمد المسماري", None, "احمد المسماري")]


def test_a_long_run_of_words_after_a_title_is_no_name():
    # where the name ends is not told: no name is better than a wrong one
    assert people("وزار وزير الخارجية اليمني رياض ياسين محمد علي سالم المدينة. وقال ياسين إنه سيعود.") == []


def test_a_name_before_an_age_is_a_private_person():
    # "شقيقه" is kinship, no part of the name
    text = "واعتقلت الشرطة الأمريكية في نيويورك شقيقه علاء سعادة (23 عاما) أمس."
    assert people(text) == [("علاء سعاده", None, "علاء سعاده")]


def test_a_known_word_before_an_age_is_no_name():
    assert people("وأصيب الجندي (23 عاما) بجروح.") == []


def test_a_listed_given_name_begins_a_private_persons_name():
    # the name ends at the comma; "محامي" is his occupation, no part of the name
    text = "وقال محمد ملحم، محامي الدفاع عن المتهمة، إن موكلته بريئة."
    assert people(text) == [("محمد ملحم", None, "محمد ملحم")]


@pytest.mark.parametrize("text, name", [
    ("وأكد مهند حداد أن الاجتماع تأجل إلى الأحد.", "مهند حداد"),
    ("وقالت نسرين حداد إن الدراسة ستبدأ الأحد.", "نسرين حداد"),
])
def test_more_listed_given_names_begin_private_persons_names(text, name):
    assert [found[2] for found in people(text)] == [norm(name)]


def test_a_name_joined_by_wa_is_someone_else():
    assert people("واغتيل النائب وليد عيدو ونجله في انفجار سيارة مفخخة.")[-1][2] == "وليد عيدو"


def test_a_generic_word_and_the_given_name_after_it_are_one_person():
    text = "واعتقلت الشرطة المصرية الناشط أحمد ماهر في القاهرة."
    assert people(text) == [("الناشط احمد ماهر", None, "احمد ماهر")]


def test_a_given_name_before_an_office_is_the_bodys_speaker():
    # "سمير جعجع، رئيس حزب القوات اللبنانية": the party speaks; a private person would take the
    # country of wherever the act took place
    assert people("حمّل سمير جعجع، رئيس حزب القوات اللبنانية، إيران مسؤولية تعطيل الانتخابات.") == []


def test_a_kunya_begins_a_name_but_not_a_place():
    assert people("واعتقلت الشرطة الشاب أبو أحمد الحلبي في حلب.")[-1][2] == "ابو احمد الحلبي"
    assert people("وصل الوفد إلى أبو ظبي أمس.") == []


def test_a_rank_and_the_given_name_after_it_are_one_person_of_the_rank():
    doc = analyse("وكان العقيد حسان الشيخ قد قتل يوم الخميس الماضي.", PUBLISHED)
    [person] = [a for a in doc.actors if a.kind == "person"]
    assert (doc.norm[person.start:person.end], person.actor.name, person.actor.sector) == \
        ("العقيد حسان الشيخ", "حسان الشيخ", ("MIL",))


def test_a_name_run_into_a_preposition_with_the_article_is_a_bodys_name():
    # "جامعة نايف العربية للعلوم الأمنية" is a university, "نايف العربية" no person
    assert people("وشاركت جامعة نايف العربية للعلوم الأمنية في الملتقى.") == []


def test_a_title_or_a_person_a_place_is_named_after_is_no_actor():
    for text in ("وصل الوزير إلى مطار الملك خالد الدولي بالرياض.",
                 "وزار المحافظ المرضى في مستشفى الملك سعود بعنيزة."):
        doc = analyse(text, PUBLISHED)
        assert not [a for a in doc.actors if "الملك" in doc.norm[a.start:a.end]]
    doc = analyse("وقتل 15 جنديا في الهجوم الذي استهدف حاجز أبو رفاعي جنوب الشيخ زويد.", PUBLISHED)
    assert [a.kind for a in doc.actors] == ["organ"]  # the soldiers; the checkpoint is no person
    # the king himself stays
    doc = analyse("واستقبل الملك سلمان وزير الخارجية الأمريكي.", PUBLISHED)
    assert [a for a in doc.actors if "الملك" in doc.norm[a.start:a.end]]


def test_a_word_spelled_with_ta_marbuta_is_no_verb_with_its_object_pronoun():
    # normalised, "طالبة" (a student) and "لوحة" (a painting) are "طالبه" (he asked him) and
    # "لوحه" (he brandished it); no verb ends in ة
    for text in ("وقالت طالبة جامعية إنها تحرص على الدراسة.", "وشاهد الأمير لوحة شعبية في المعرض."):
        assert analyse(text, PUBLISHED).triggers == []
    triggers = analyse("وطالبه الوزير بالاستقالة أمس.", PUBLISHED).triggers
    assert (triggers[0].trigger.type, triggers[0].trigger.pos) == ("REQUEST", "verb")


def test_a_lineage_after_a_rank_is_one_person_with_the_title_of_his_rank_after_it():
    doc = analyse("استقبل الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية اليوم المهنئين.", PUBLISHED)
    assert [(doc.norm[a.start:a.end], a.kind) for a in doc.actors] == [("الامير سعود بن نايف بن عبدالعزيز امير", "person")]


def test_a_capital_that_names_a_province_is_no_government():
    doc = analyse("وحث أمير منطقة الرياض منسوبي الإمارة على بذل الجهود.", PUBLISHED)
    assert all(a.kind != "seat" for a in doc.actors)
    doc = analyse("وقالت الرياض إن الحوار هو الحل.", PUBLISHED)  # alone, the government
    assert [a.kind for a in doc.actors] == ["seat"]


@pytest.mark.parametrize("text", [
    "وبدأ الاجتماع في الساعة العاشرة صباحا بتوقيت السعودية.",
    "وقال مركز الدراسات ومقره واشنطن إن التقرير نشر أمس.",
])
def test_a_state_or_capital_named_for_its_clock_or_as_a_seat_is_no_actor(text):
    assert analyse(text, PUBLISHED).actors == []


def test_given_names_before_a_known_surname_are_that_persons_full_name():
    # "عبداللطيف بن راشد" is no private person beside the GCC's secretary-general, and his
    # office before the honorific is his too
    text = "استنكر الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني تصريحات المالكي."
    assert people(text)[0] == ("الامين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني", "GCC",
                               "Abdullatif bin Rashid Al Zayani")


def test_a_title_run_after_a_lineage_is_not_read_as_a_surname():
    # "بن عبد العزيز" continues the prince's lineage; the titles after it are not a surname
    # that "عبد العزيز" would be the given name of
    text = "واجتمع الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد مع سمير جعجع."
    assert all(not name.startswith("عبد العزيز ولي") for name, _, _ in people(text))


def test_another_given_name_before_a_known_surname_is_a_relative():
    # Bashar al-Assad's cousin: not the president
    assert all(code != "SYR" or "سليمان" not in name
               for name, code, _ in people("وقالت الوكالة إن الشرطة ألقت القبض على سليمان هلال الأسد."))


def test_one_other_given_name_before_a_known_surname_is_a_relative():
    assert people("وألقت السلطات السورية القبض على سليمان الأسد أمس.") == [("سليمان الاسد", None, "سليمان الاسد")]


def test_a_word_spelled_with_ta_marbuta_is_no_speech_verb():
    # "تابعة لتنظيم" (belonging to) is no "تابع" (he went on)
    doc = analyse("قصفوا أهدافا تابعة لتنظيم داعش في العراق.", PUBLISHED)
    assert [c.cue.kind for c in doc.cues if c.cue.kind == "speech"] == []


@pytest.mark.parametrize("text, home", [
    ("زار وزير الخارجية الأردني الرياض، والتقى في العاصمة السعودية نظيره السعودي. وقال الوزير الأردني إن الأردن يدعم المملكة.",
     "JOR"),
    # named as often as another: no state is the article's own
    ("زار وزير الخارجية الأردني الرياض أمس.", None),
    # a group named twice is no state
    ("قتل مسلحون من تنظيم داعش مواطنا سوريا. وأعلن تنظيم داعش مسؤوليته.", None),
])
def test_the_home_state_is_the_state_the_actors_name_most(text, home):
    assert analyse(text, PUBLISHED).home_state == home


STORY = "أغارت طائرات حربية إسرائيلية على موقع في جنوب لبنان فجر اليوم."


def sentence_texts(text):
    doc = analyse(text, PUBLISHED)
    return [doc.norm[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("closing", [
    "\nسمات لبنان غارة إسرائيل حزب الله",        # on a line of its own
    " سمات إسرائيل اعتقال قصف الجنوب ",         # run into the last paragraph
    "\nالكلمات الدالة: لبنان، غارة، إسرائيل",
])
def test_a_closing_line_of_keywords_is_not_read(closing):
    assert sentence_texts(STORY + closing) == [norm(STORY)]


@pytest.mark.parametrize("closing", [
    "\nسمات المرحلة المقبلة تفرض على الحكومة قرارات صعبة.",  # a sentence: it ends with its mark
    "\nوقالت مصادر محلية إن سمات الدمار واضحة في القرية",      # no tag word first
])
def test_a_closing_sentence_is_read(closing):
    assert len(sentence_texts(STORY + closing)) == 2
