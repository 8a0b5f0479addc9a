"""Event extraction on sentences written for these tests: arguments, claims, modality, dates, places.

These test the rules (marsad.extraction.events), so the sentence model is left out: what it
keeps is tested in test_reports.py.
"""

from datetime import date

import pytest

import marsad
import marsad.extraction.reports as reports

PUBLISHED = date(2019, 3, 14)  # a Thursday


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    monkeypatch.setattr(reports, "default_model", lambda: None)


def events_of(text, title="", published=PUBLISHED):
    return [event.to_record() for event in marsad.extract(text, title=title, published=published)]


def summary(record):
    def side(actor):
        return None if actor is None else (actor["group"] or actor["code"])
    return record["type"], side(record["source"]), side(record["target"])


def find(records, event_type):
    return [r for r in records if r["type"] == event_type]


def test_vso_accusation_with_an_alleged_act():
    records = events_of("اتهمت الحكومة العراقية تنظيم داعش باستهداف مواقعها في محافظة نينوى.")
    accuse = find(records, "ACCUSE")
    assert [summary(r) for r in accuse] == [("ACCUSE", "IRQ", "ISIL")]
    assert accuse[0]["modality"] == "asserted" and accuse[0]["claimant"] is None
    assault = find(records, "ASSAULT")
    assert [summary(r) for r in assault] == [("ASSAULT", "ISIL", "IRQ")]
    assert assault[0]["modality"] == "alleged"
    assert assault[0]["claimant"]["code"] == "IRQ"
    assert assault[0]["location"]["country"] == "IRQ"


def test_svo_order_and_construct_chain():
    records = events_of("الجيش التركي قصف مواقع لحزب العمال الكردستاني شمال العراق.")
    assault = find(records, "ASSAULT")
    assert len(assault) == 1
    assert assault[0]["source"]["code"] == "TUR" and "MIL" in assault[0]["source"]["sector"]
    assert assault[0]["target"]["group"] == "PKK"


def test_an_indefinite_object_of_an_actor_makes_that_actor_the_target():
    # "موقعا للانقلابيين": a site of the Houthis, struck; the ل is of belonging
    records = events_of("كما قصفت طائرة أخرى موقعا للانقلابيين الحوثيين بمنطقة الجقينة، جنوب غرب مأرب.")
    assert [summary(r)[2] for r in find(records, "ASSAULT")] == ["HOUTHIS"]


def test_denial_answers_the_accusation_before_it():
    text = ("اتهمت وزارة الخارجية الإيرانية السعودية بدعم المسلحين في البلاد. "
            "ونفت الرياض ذلك في بيان رسمي.")
    records = events_of(text)
    reject = find(records, "REJECT")
    assert [summary(r) for r in reject] == [("REJECT", "SAU", "IRN")]


@pytest.mark.parametrize("sentence, modality", [
    ("لم تقصف الطائرات التركية القرى الكردية أمس.", "negated"),
    ("سيزور وزير الخارجية المصري الرياض الأسبوع المقبل.", "future"),
    ("إذا هاجمت إسرائيل لبنان فإن حزب الله سيرد.", "hypothetical"),
    ("هاجمت القوات الإسرائيلية بلدة في جنوب لبنان أمس.", "asserted"),
])
def test_modality(sentence, modality):
    records = events_of(sentence)
    assert records, sentence
    assert records[0]["modality"] == modality


def test_nominal_event_with_its_doer_and_target():
    records = events_of("قتل ثلاثة جنود في هجوم شنه مسلحو حركة الشباب على قاعدة للجيش الصومالي أمس.")
    assault = [r for r in find(records, "ASSAULT") if r["source"] is not None]
    assert ("ASSAULT", "AL_SHABAAB", "SOM") in [summary(r) for r in assault]


def test_coordinated_sources_give_one_record_each():
    records = events_of("دعت روسيا وإيران الأمم المتحدة إلى التحرك.")
    requests = find(records, "REQUEST")
    assert sorted(summary(r) for r in requests) == [("REQUEST", "IRN", "UN"), ("REQUEST", "RUS", "UN")]


def test_relative_clause_about_an_actor_is_background():
    records = events_of("اتهمت حركة حماس، التي تدعمها إيران، إسرائيل باغتيال أحد قادتها.")
    assert ("ACCUSE", "HAMAS", "ISR") in [summary(r) for r in records]
    assert not find(records, "SUPPORT")


def test_backing_by_a_military_actor_is_aid():
    records = events_of("تقدمت قوات الحكومة اليمنية، المدعومة بطائرات سعودية، نحو مدينة الحديدة.")
    aid = find(records, "AID")
    assert [summary(r) for r in aid] == [("AID", "SAU", "YEM")]


def test_dates_resolve_against_publication():
    records = events_of("اعتقلت الشرطة المصرية أمس عشرة متظاهرين في القاهرة.")
    coerce = find(records, "COERCE")
    assert coerce[0]["date"] == {"start": "2019-03-13", "end": "2019-03-13", "precision": "day",
                                 "text": "أمس"}
    undated = events_of("اعتقلت الشرطة المصرية عشرة متظاهرين في القاهرة.")
    assert find(undated, "COERCE")[0]["date"]["text"] is None
    assert find(undated, "COERCE")[0]["date"]["start"] == "2019-03-14"


def test_evidence_offsets_point_into_the_text():
    text = "بدأت الجلسة صباحاً.\n\nوالتقى وزير الخارجية الأردني نظيره المصري في عمان يوم الأحد."
    for record in events_of(text):
        evidence = record["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_title_only_events_have_no_offsets():
    records = events_of("وصل الوفد مساء اليوم.", title="إيران تتهم الولايات المتحدة بفرض حصار على موانئها")
    accuse = find(records, "ACCUSE")
    assert accuse and accuse[0]["evidence"]["start"] == -1 and accuse[0]["evidence"]["end"] == -1


def test_ids_are_stable_and_distinct():
    text = "هاجمت القوات الإسرائيلية بلدة في جنوب لبنان. وتظاهر مئات الطلاب في بيروت ضد الهجوم."
    first = [r["id"] for r in events_of(text)]
    second = [r["id"] for r in events_of(text)]
    assert first == second
    assert len(set(first)) == len(first)


def test_a_sentence_without_actors_gives_no_event():
    assert events_of("ارتفعت أسعار النفط في الأسواق العالمية.") == []


def test_absence_of_an_act_is_no_event_and_covers_what_is_joined_to_it():
    text = "وأشار البيان إلى غياب أي أثر لقصف الطائرات التركية القرى الحدودية أو اقتحام الجيش التركي لها."
    assert find(events_of(text), "ASSAULT") == []
    negated = events_of("لم تقصف الطائرات التركية القرى الحدودية ولم يقتحم الجيش التركي البلدة.")
    # one record per (type, source, target) in a sentence (coding guide)
    assert [(r["modality"], r["source"]["code"]) for r in find(negated, "ASSAULT")] == [("negated", "TUR")]


def test_a_party_telling_what_another_did_makes_a_claim_and_an_accusation():
    records = events_of("قالت وزارة الدفاع الروسية إن طائرات أميركية قصفت مواقع للجيش السوري قرب دير الزور.")
    assault = find(records, "ASSAULT")
    assert [summary(r) for r in assault] == [("ASSAULT", "USA", "SYR")]
    assert assault[0]["modality"] == "alleged" and assault[0]["claimant"]["code"] == "RUS"
    assert ("ACCUSE", "RUS", "USA") in [summary(r) for r in find(records, "ACCUSE")]


def test_a_party_telling_its_own_act_asserts_it():
    records = events_of("أعلن الجيش العراقي أنه قصف مواقع لتنظيم داعش في الأنبار أمس.")
    assault = find(records, "ASSAULT")
    assert [summary(r) for r in assault] == [("ASSAULT", "IRQ", "ISIL")]
    assert assault[0]["modality"] == "asserted" and assault[0]["claimant"] is None
    assert find(records, "ACCUSE") == []


def test_organs_of_no_named_country_in_a_speakers_words_are_no_claim():
    records = events_of("قالت وزارة الداخلية العراقية إن الأجهزة الأمنية اعتقلت خمسة مسلحين في بغداد أمس.")
    coerce = find(records, "COERCE")
    assert coerce and coerce[0]["modality"] == "asserted" and coerce[0]["claimant"] is None
    assert find(records, "ACCUSE") == []


def test_a_verb_after_a_relative_pronoun_has_the_relatives_noun_as_subject():
    records = events_of("دان مجلس الأمن التفجير الإرهابي الذي استهدف سوقا شعبية في مدينة كابول أمس.")
    # "الإرهابي" describes the act and names no perpetrator: the condemnation has no target
    assert [summary(r) for r in find(records, "ACCUSE")] == [("ACCUSE", "UN_SC", None)]
    # the council condemns the bombing; it neither did it nor is its target
    assert all(r["source"] is None or r["source"]["group"] != "UN_SC" for r in find(records, "ASSAULT"))


def test_the_subject_of_a_support_verb_does_the_event_noun():
    records = events_of("قالت القيادة المركزية الأميركية إن الولايات المتحدة وحلفاءها نفذوا 12 ضربة جوية "
                        "استهدفت تنظيم داعش قرب الموصل أمس.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", "USA", "ISIL")]


@pytest.mark.parametrize("sentence, expected", [
    ("وتمكنت الشرطة العراقية أمس من اعتقال خمسة من عناصر تنظيم داعش.", ("COERCE", "IRQ", "ISIL")),
    ("واستطاعت قوات الأمن المصرية أمس اعتقال ثلاثة من عناصر تنظيم داعش.", ("COERCE", "EGY", "ISIL")),
])
def test_who_managed_an_act_did_it(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), expected[0])] == [expected]


def test_what_was_managed_is_the_act_right_after_the_verb_of_managing():
    # the attack is what the Peshmerga repelled, not what they did
    records = events_of("وقال المصدر إن قوات البيشمركة تمكنت امس من صد هجوم لمسلحي داعش في قرية تل شور.")
    assert [summary(r)[1] for r in find(records, "ASSAULT")] == ["ISIL"]


def test_a_verb_describing_an_indefinite_event_noun_takes_its_object_as_target():
    records = events_of("أسفرت غارة جوية استهدفت مواقع الحوثيين أمس عن مقتل عشرة مسلحين.")
    summaries = [summary(r) for r in find(records, "ASSAULT")]
    assert ("ASSAULT", None, "HOUTHIS") in summaries
    assert all(source != "HOUTHIS" for _, source, _ in summaries)


def test_the_target_of_a_nominal_event_follows_its_marked_doer():
    records = events_of("قتل عشرون مسلحا في غارات شنتها طائرات التحالف الدولي الذي تقوده واشنطن "
                        "على مواقع تنظيم داعش قرب الرقة.")
    assert ("ASSAULT", "GLOBAL_COALITION", "ISIL") in [summary(r) for r in find(records, "ASSAULT")]


def test_kama_is_no_negation_and_dan_is_a_condemnation():
    records = events_of("كما قصفت الطائرات الروسية مواقع المعارضة في ريف إدلب. ودانت تركيا القصف أمس.")
    assault = find(records, "ASSAULT")
    assert assault and assault[0]["modality"] == "asserted"
    assert ("ACCUSE", "TUR") in [summary(r)[:2] for r in find(records, "ACCUSE")]


def test_an_attack_on_a_place_with_no_target_named_befalls_the_places_country():
    records = find(events_of("فجر تنظيم داعش سيارة مفخخة في مدينة بعقوبة أمس."), "ASSAULT")
    assert [summary(r) for r in records] == [("ASSAULT", "ISIL", "IRQ")]
    assert records[0]["target"]["sector"] == ["CVL"]
    own = find(events_of("قصف الجيش العراقي قرية في محافظة ديالى أمس."), "ASSAULT")
    assert [summary(r) for r in own] == [("ASSAULT", "IRQ", None)]


def test_an_actor_after_a_chain_of_event_nouns_belongs_to_the_last_one():
    # "تهمة قتل مواطن": the citizen is the one killed, not the one who charges
    records = events_of("وأثارت تهمة قتل مواطن مصري غضبا واسعا في القاهرة أمس.")
    assert all(r["source"] is None or r["source"]["code"] != "EGY" for r in find(records, "ACCUSE"))


def test_a_rejection_with_no_rejecter_answers_no_accusation():
    text = "اتهمت الحكومة العراقية تنظيم داعش بقصف المدينة أمس. وعبر المجلس عن رفضه للعنف أمس."
    assert find(events_of(text), "REJECT") == []


def test_the_act_a_threat_threatens_is_no_event():
    records = events_of("وردت كوريا الشمالية أمس بالتهديد بقصف الوحدات العسكرية الجنوبية على الحدود.")
    assert [summary(r)[:2] for r in records] == [("THREATEN", "PRK")]


def test_a_required_word_may_carry_a_suffix_pronoun():
    records = events_of("وحملت الحكومة الأفغانية أمس حركة طالبان مسؤوليتها عن الهجوم.")
    assert ("ACCUSE", "AFG", "TALIBAN") in [summary(r) for r in find(records, "ACCUSE")]


def test_targets_coordinated_across_a_head_noun_give_one_record_each():
    records = events_of("شنت طائرات التحالف العربي أمس غارات على مواقع الحوثيين وفلول الرئيس المخلوع علي عبدالله صالح.")
    assert sorted(summary(r) for r in find(records, "ASSAULT")) == [
        ("ASSAULT", "ARAB_COALITION", "HOUTHIS"), ("ASSAULT", "ARAB_COALITION", "SALEH_FORCES")]


def test_a_visit_to_a_state_with_lam():
    records = events_of("وقال المتحدث إن زيارة وزير الخارجية القطري لتركيا تأجلت أمس.")
    assert ("CONSULT", "QAT", "TUR") in [summary(r) for r in find(records, "CONSULT")]


def test_a_background_word_with_a_proclitic_still_makes_the_act_known():
    records = events_of("ونشرت الصحيفة أمس وثائق جديدة تتعلق بملف اغتيال الصحفي المعارض.")
    assert find(records, "ASSAULT") == []


def test_an_act_named_only_as_the_time_of_another_is_background():
    # "بعد هجوم", "غداة اعتداء": the attack dates the escape; it is not told here
    records = events_of("وفر مئات السجناء من السجن المركزي أمس بعد هجوم شنه مسلحون على بوابته.")
    assert find(records, "ASSAULT") == []
    records = events_of("وعززت الشرطة أمس إجراءاتها الأمنية غداة اعتداء على مركز تجاري في المدينة.")
    assert find(records, "ASSAULT") == []
    # the same act told as news stays
    records = events_of("وشن مسلحون أمس هجوما على بوابة السجن المركزي.")
    assert find(records, "ASSAULT")
    # and so does an act whose outcome the sentence tells
    records = events_of("وسيطر الجيش العراقي أمس على البلدة عقب مواجهات مع مسلحي داعش أسفرت عن مقتل 12 منهم.")
    assert [summary(r)[2] for r in find(records, "ASSAULT")] == ["ISIL"]


def test_an_act_someone_is_charged_with_is_no_event():
    records = events_of("وأفرجت المحكمة أمس بكفالة عن الشاب المتهم بقتل جندي أميركي في بغداد.")
    assert find(records, "ASSAULT") == []
    assert [summary(r)[:2] for r in find(records, "RETREAT")] == [("RETREAT", "IRQ")]


def test_a_noun_before_a_definite_construct_is_definite():
    # "رئيس الوزراء" is definite by its genitive: an undated act with no doer named is known
    assert find(events_of("وبقي اغتيال رئيس الوزراء الأسبق لغزا يشغل البلاد."), "ASSAULT") == []
    # an indefinite victim keeps it news
    assert find(events_of("وأعلنت الشرطة مقتل جندي أميركي في بغداد."), "ASSAULT")


def test_an_act_noun_after_a_plural_head_is_acts_in_general():
    assert find(events_of("وتصاعدت في المحافظة عمليات خطف جنود أميركيين."), "ASSAULT") == []


def test_a_sharp_attack_is_criticism():
    records = events_of("وشن رئيس الوزراء العراقي أمس هجوما حادا على البرلمان.")
    assert find(records, "ASSAULT") == []
    assert [(r["type"], r["mode"], r["source"]["code"]) for r in records] == [("ACCUSE", "disapprove", "IRQ")]


def test_an_attack_on_a_stance_is_criticism_and_one_on_a_place_is_violence():
    records = events_of("وهاجم وزير الخارجية الإيراني أمس تصريحات نظيره الأميركي.")
    assert find(records, "ASSAULT") == []
    assert [(r["type"], r["source"]["code"]) for r in records] == [("ACCUSE", "IRN")]
    violent = events_of("وهاجم مسلحون أمس مقر الشرطة في كركوك.")
    assert [r["type"] for r in violent] == ["ASSAULT"]


def test_the_act_a_condemnation_names_is_no_new_event():
    records = events_of("وندد الرئيس الأفغاني أمس بالهجوم على مركز للشرطة في قندهار.")
    assert find(records, "ASSAULT") == []
    assert [summary(r)[:2] for r in find(records, "ACCUSE")] == [("ACCUSE", "AFG")]


def test_a_foiled_act_is_negated_and_its_foiler_is_not_its_doer():
    records = events_of("وأحبطت الشرطة المصرية أمس محاولة اغتيال وزير الداخلية.")
    assault = find(records, "ASSAULT")
    assert [(r["modality"], r["source"]) for r in assault] == [("negated", None)]
    # the foiling does not carry over to the act joined to it
    records = events_of("وأحبطت القوات العراقية أمس هجوما على مقر الشرطة وقتلت ثلاثة مسلحين.")
    assert {r["modality"] for r in find(records, "ASSAULT")} == {"negated", "asserted"}


def test_a_burst_of_a_dispute_is_no_explosion():
    assert find(events_of("وتفجر الخلاف أمس بين حركة فتح وحركة حماس."), "ASSAULT") == []


def test_papers_about_an_act_and_a_protest_against_it_tell_no_new_act():
    assert find(events_of("ونشرت الصحيفة أمس وثائق تتعلق باغتيال وزير عراقي سابق."), "ASSAULT") == []
    records = events_of("وتظاهر مئات الطلاب أمس في بغداد احتجاجا على اغتيال وزير عراقي سابق.")
    assert find(records, "ASSAULT") == []


def test_any_act_at_all_is_no_event():
    records = events_of("وتعهد الجيش العراقي أمس بالرد على أي اعتداء إيراني على حدوده.")
    assert find(records, "ASSAULT") == []
    assert [summary(r)[:2] for r in records] == [("AGREE", "IRQ")]


def test_an_act_one_will_suffer_or_prepares_for_is_future():
    records = events_of("وحذر الخبير أمس من أن الولايات المتحدة ستتعرض لهجوم إيراني.")
    assert [r["modality"] for r in find(records, "ASSAULT")] == ["future"]
    records = events_of("وأعلنت الشرطة العراقية أمس أنها اعتقلت خلية أعدت مخططا لتفجير سيارة مفخخة "
                        "استعدادا لهجوم إيراني.")
    assert [r["modality"] for r in find(records, "ASSAULT")] == ["future"]


def test_a_partitive_counted_noun_does_an_intransitive_act():
    records = events_of("واعتصم عشرات من الأهالي أمس أمام مبنى المحافظة في مدينة الموصل.")
    assert [summary(r) for r in find(records, "PROTEST")] == [("PROTEST", "IRQ", None)]
    assert find(records, "PROTEST")[0]["source"]["sector"] == ["CVL"]
    records = events_of("وتظاهر آلاف الطلاب أمس في مدينة البصرة.")
    assert [summary(r) for r in find(records, "PROTEST")] == [("PROTEST", "IRQ", None)]
    records = events_of("وانسحب المئات من المسلحين أمس من بلدة تلعفر.")
    assert [summary(r) for r in find(records, "RETREAT")] == [("RETREAT", "IRQ", None)]


def test_a_partitive_counted_noun_after_a_transitive_act_is_who_it_befell():
    records = events_of("وقتل ثلاثة من الجنود العراقيين أمس قرب مدينة الرمادي.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", None, "IRQ")]


def test_a_protests_demand_names_whom_it_addresses():
    records = events_of("واعتصم مئات العمال أمس في مدينة البصرة مطالبين الحكومة العراقية بصرف رواتبهم.")
    protest = find(records, "PROTEST")
    assert [summary(r) for r in protest] == [("PROTEST", "IRQ", "IRQ")]
    assert protest[0]["target"]["sector"] == ["GOV"]
    records = events_of("وتظاهر آلاف الطلاب أمس في بغداد مطالبين بالإفراج عن الجنود الأتراك.")
    assert [summary(r) for r in find(records, "PROTEST")] == [("PROTEST", "IRQ", None)]


def test_who_suffers_an_act_is_its_target_and_the_acts_adjective_its_doer():
    records = events_of("وقال المحلل إن المملكة العربية السعودية قد تتعرض لهجوم إيراني.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", "IRN", "SAU")]
    records = events_of("وتعرضت دورية للجيش العراقي أمس لهجوم شنه تنظيم داعش قرب مدينة تكريت.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", "ISIL", "IRQ")]


@pytest.mark.parametrize("sentence, expected", [
    ("وتعرض وزير الدفاع الأفغاني أمس لمحاولة اغتيال في كابول.", [("ASSAULT", None, "AFG")]),
    ("ونجا وزير الداخلية العراقي أمس من انفجار عبوة ناسفة في بغداد.", [("ASSAULT", None, "IRQ")]),
    ("ونجا الجيش اللبناني أمس من محاولة اغتيال شنها تنظيم داعش.", [("ASSAULT", "ISIL", "LBN")]),
])
def test_who_suffers_or_escapes_an_act_or_an_attempt_at_it_is_its_target(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the dead between the verb and their death, the doer named by the raid that killed them
    ("لقي 41 متمردا حوثيا مصرعهم أمس في غارات شنتها طائرات التحالف العربي على مواقعهم.",
     [("ASSAULT", "ARAB_COALITION", "HOUTHIS")]),
    ("ولقي ثلاثة جنود أتراك حتفهم أمس في هجوم شنه مسلحو حزب العمال الكردستاني على دوريتهم.",
     [("ASSAULT", "PKK", "TUR")]),
    ("لقي شرطيان عراقيان مصرعهما أمس بانفجار عبوة ناسفة في بغداد.", [("ASSAULT", None, "IRQ")]),
    # the dead before the verb, or after it
    ("وقالت المصادر إن جنديا إماراتيا لقي حتفه أمس في عدن.", [("ASSAULT", None, "ARE")]),
    ("ولقي مصرعه ثلاثة جنود أتراك أمس في هجوم شنه حزب العمال الكردستاني.", [("ASSAULT", "PKK", "TUR")]),
])
def test_who_meets_death_is_the_killings_target(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == expected


def test_the_pronoun_after_speech_is_who_met_death_not_its_doer():
    records = events_of("وأعلن عن استشهاد جندي إماراتي آخر الأسبوع الماضي وقالت مصادر في القوات المعادية "
                        "للحوثيين إنه لقي حتفه في عدن بينما كان يقدم المشورة للمقاتلين المحليين.")
    assert "ARE" not in [summary(r)[1] for r in find(records, "ASSAULT")]


@pytest.mark.parametrize("sentence", [
    "لقي أربعة أشخاص مصرعهم وأصيب خمسة آخرون من عائلة واحدة صباح اليوم بإصابات حرجة جراء حادث مروع.",
    "أصيب ثمانية أشخاص من عائلة واحدة بإصابات متفاوتة بحادث سير على الطريق السريع بين القصيم والمدينة.",
])
def test_a_death_or_wound_in_an_accident_is_no_attack(sentence):
    assert find(events_of(sentence), "ASSAULT") == []


def test_clashes_are_no_accident():
    # "تصادمات" (clashes) is not "تصادم" (a collision)
    assert find(events_of("وقتل شرطي مصري أمس في تصادمات مع مسلحين في العريش."), "ASSAULT") != []


@pytest.mark.parametrize("sentence", [
    "وخلال الشوط الأول من الوقت الإضافي، طالب لاعبو المكسيك بركلتي جزاء ولكن الحكم رفض احتسابهما.",
    "يذكر أن إدارة نادي الاتحاد اتفقت مع المدرب الجديد وهو الروماني لاسزلو بولوني.",
])
def test_sport_with_no_political_actor_gives_no_event(sentence):
    # a country or a demonym there is a team or a club (coding guide: sports)
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a minister acts in sport too
    ("وطالب وزير الرياضة المصري أمس إدارة النادي الأهلي بإقامة المباراة في القاهرة.", ("REQUEST", "EGY", None)),
    # killings are told literally on the sports pages
    ("قُتل لاعب فريق الزوراء سعد عبد الواحد ومدرب فريق التنس العراقي أمس في بغداد.", ("ASSAULT", None, "IRQ")),
    # one word of sport is a place ("نادي الضباط"), not a sentence about sport
    ("واجتمع وفد سعودي أمس مع وفد إيراني في نادي الضباط بالرياض.", ("CONSULT", "SAU", "IRN")),
])
def test_political_acts_stay_in_sentences_that_speak_of_sport(sentence, expected):
    assert [summary(r) for r in events_of(sentence)] == [expected]


def test_a_verb_vocalised_as_passive_befell_its_subject():
    # "قُتلا" (were killed), with its damma, is no "قتلا" (they killed)
    records = events_of("وأوضح مصدر أمني أن اثنين من عناصر قوات الصحوة قُتلا، بينما أُصيب اثنان آخران بجروح، "
                        "بتفجير عبوة ناسفة على عجلة كانوا يستقلونها في قضاء أبو غريب غربي بغداد.")
    assert ("ASSAULT", None, "SAHWA") in [summary(r) for r in find(records, "ASSAULT")]
    assert "SAHWA" not in [summary(r)[1] for r in find(records, "ASSAULT")]


def test_a_passive_verb_takes_no_argument_of_the_act_after_it():
    # the agent phrase and the group after "استهدافه" are the targeting's, not the killing's
    # (a guard of the passive reading above, which first read the group as the one killed)
    records = events_of("وأفاد المرصد بأن القائد قُتل أمس جراء استهدافه من قبل تنظيم داعش في ريف حمص.")
    assert "ISIL" not in [summary(r)[2] for r in find(records, "ASSAULT")]


def test_the_raid_that_killed_is_one_record_with_its_mode():
    records = find(events_of("لقي 41 متمردا حوثيا مصرعهم أمس في غارات شنتها طائرات التحالف العربي على مواقعهم."),
                   "ASSAULT")
    assert [r["mode"] for r in records] == ["aerial"]


@pytest.mark.parametrize("sentence", [
    "وأعلنت الشرطة اختطاف مهندس تركي أمس على يد ثلاثة من مسلحي حركة طالبان.",
    "وأكدت الشرطة مقتل مهندس تركي أمس على يد عدد من مسلحي حركة طالبان.",
])
def test_the_doer_after_an_agent_phrase_may_be_counted(sentence):
    assert [summary(r)[:2] for r in find(events_of(sentence), "ASSAULT")] == [("ASSAULT", "TALIBAN")]


@pytest.mark.parametrize("sentence", [
    "وخطف جنديان تركيان أمس على يد مسلحي حزب العمال الكردستاني.",
    "وقال مسؤول إن الجنود الأتراك قتلوا أمس على أيدي مسلحي حزب العمال الكردستاني.",
])
def test_a_violent_verb_with_its_doer_marked_is_passive(sentence):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == [("ASSAULT", "PKK", "TUR")]


@pytest.mark.parametrize("sentence, expected", [
    ("وكانت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، قد قصفت مستوطنة سديروت أمس.",
     [("ASSAULT", "PIJ", None)]),
    ("وقال مسؤول إن وحدات حماية الشعب، الذراع العسكرية للحزب، هاجمت مواقع الجيش التركي أمس.",
     [("ASSAULT", "YPG", "TUR")]),
])
def test_the_verbs_doer_is_the_named_group_before_an_apposition(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == expected


def test_an_apposition_needs_its_head_noun():
    # "أمس الأحد" after the comma is no apposition: the group before it is not the verb's subject
    records = events_of("وهددت حركة حماس، أمس الأحد ظهرا قصفت المدفعية الإسرائيلية بيت حانون.")
    assert "HAMAS" not in [summary(r)[1] for r in find(records, "ASSAULT")]


def test_who_escaped_is_the_one_after_the_verb():
    # the group before نجا is what the council was formed to fight, not who escaped
    records = events_of("وقائد مجلس الصحوة المشكل لمقاتلة تنظيم داعش نجا أمس من محاولة اغتيال.")
    assert ("ASSAULT", None, "ISIL") not in [summary(r) for r in find(records, "ASSAULT")]


@pytest.mark.parametrize("sentence, expected", [
    ("شن الجيش التركي غارة على قرية في شمال العراق ما أدى إلى مقتل ثلاثة من مسلحي حزب العمال الكردستاني.",
     [("ASSAULT", "TUR", "PKK")]),
    ("وقالت مصادر محلية إن مواجهات عنيفة اندلعت أمس أسفرت عن مصرع 15 حوثيا.",
     [("ASSAULT", None, "HOUTHIS")]),
])
def test_result_clause_makes_the_dead_the_target_of_the_act(sentence, expected):
    records = events_of(sentence)
    assert [summary(r) for r in find(records, "ASSAULT")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("واحتجزت القوات الإسرائيلية خمسة صيادين فلسطينيين أمس وأفرجت عنهم مساء.", [("RETREAT", "ISR", "PSE")]),
    ("واعتقلت الشرطة التركية عشرين صحفيا سوريا أمس وأطلقت سراحهم بعد ساعات.", [("RETREAT", "TUR", "SYR")]),
])
def test_a_verb_joined_by_waw_shares_the_subject_and_its_pronoun_the_object(sentence, expected):
    records = events_of(sentence)
    assert [summary(r) for r in find(records, "RETREAT")] == expected
    assert find(records, "RETREAT")[0]["mode"] == "release"


def test_a_noun_of_backing_with_a_possessor_backs_the_lam_actor():
    records = events_of("وأكد الوزير أمس وقوف الإمارات ومساندتها للمملكة الأردنية في حربها على الإرهاب.")
    assert [summary(r) for r in find(records, "SUPPORT")] == [("SUPPORT", "ARE", "JOR")]


@pytest.mark.parametrize("sentence, expected", [
    ("واعتقل صحفي سوري أمس في مدينة إسطنبول.", [("COERCE", None, "SYR")]),
    ("واعتقلت الشرطة التركية الصحفيين السوريين أمس في مدينة إسطنبول.", [("COERCE", "TUR", "SYR")]),
])
def test_an_arrest_verb_before_one_who_cannot_detain_is_passive(sentence, expected):
    records = events_of(sentence)
    assert [summary(r) for r in find(records, "COERCE")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("تظاهر مئات الطلاب في عمان أمس احتجاجا على زيارة الرئيس الأميركي.", ("PROTEST", "JOR", "USA")),
    ("واعتصم العمال في ساحة المدينة أمس تنديدا بقرار الحكومة المصرية.", ("PROTEST", None, "EGY")),
    ("وتجمع آلاف المتظاهرين في طهران أمس وهم يهتفون الموت لأمريكا.", ("PROTEST", "IRN", "USA")),
    # across an act that takes its victims as genitive: whoever did it
    ("خرج متظاهرون عراقيون أمس للاحتجاج على مقتل أربعة مدنيين على يد القوات التركية.",
     ("PROTEST", "IRQ", "TUR")),
])
def test_a_protest_addresses_the_actor_of_what_it_is_against(sentence, expected):
    assert summary(find(events_of(sentence), "PROTEST")[0]) == expected


@pytest.mark.parametrize("sentence, text, code", [
    ("تظاهر المئات في القاهرة أمس للمطالبة بالإفراج عن المعتقلين.", "المئات", "EGY"),
    # the crowd, not the city of the streets it took to, is the doer
    ("خرج الآلاف إلى شوارع بغداد أمس احتجاجا على الفساد.", "الآلاف", "IRQ"),
    # a crowd that something moved to protest
    ("وتسببت الجريمة بحالة من الاستياء في مدينة اللاذقية، ما دفع المئات للتظاهر أمس.", "المئات", "SYR"),
])
def test_a_bare_crowd_is_the_civilian_doer_of_a_protest(sentence, text, code):
    protest = find(events_of(sentence), "PROTEST")
    assert [(r["source"]["text"], r["source"]["code"], r["source"]["sector"]) for r in protest] \
        == [(text, code, ["CVL"])]
    assert not find(events_of(sentence), "ACCUSE")


@pytest.mark.parametrize("sentence", [
    "تجمعت مئات السيارات عند المعبر الحدودي أمس.",  # a crowd of cars
    "وأعلنت الحكومة المصرية أمس أن الآلاف غادروا مدينة العريش.",  # no protest
])
def test_a_bare_crowd_is_no_actor_outside_a_protest(sentence):
    assert events_of(sentence) == []


def test_a_protest_against_an_act_with_no_named_doer_has_no_target():
    protest = find(events_of("تظاهر مئات الطلاب أمس احتجاجا على اعتقال زملائهم."), "PROTEST")
    assert [r["target"] for r in protest] == [None]


@pytest.mark.parametrize("sentence, expected", [
    ("قتل جنديان أردنيان بانفجار عبوة ناسفة في الزرقاء أمس.", ("ASSAULT", None, "JOR")),
    ("ثلاثة جنود فرنسيين قتلوا أمس في هجوم شمال مالي.", ("ASSAULT", None, "FRA")),
    ("قال الجيش إن جنديا لبنانيا قتل وأصيب اثنان آخران أمس.", ("ASSAULT", None, "LBN")),
    # an object before the cause: the verb is active
    ("قتل الجيش المصري أمس ثلاثة مسلحين في هجوم على سيناء.", ("ASSAULT", "EGY", "EGY")),
])
def test_a_killing_told_with_its_cause_and_no_object_is_passive(sentence, expected):
    assert summary(find(events_of(sentence), "ASSAULT")[0]) == expected


def test_a_protest_that_calls_on_someone_addresses_them():
    records = events_of("تجمع آلاف المتظاهرين في سيول أمس لدعوة قادة مجموعة العشرين إلى مكافحة الفقر.")
    assert [summary(r) for r in find(records, "PROTEST")] == [("PROTEST", "KOR", "G20")]


def test_the_doer_of_an_act_protested_against_is_whom_the_protest_addresses():
    records = events_of("جرت أمس مظاهرة للاحتجاج على اعتقال ناشطين على يد الشرطة الأردنية.")
    assert [summary(r) for r in find(records, "PROTEST")] == [("PROTEST", None, "JOR")]


def test_a_bare_count_of_the_dead_is_the_target_of_the_killing():
    records = find(events_of("وقتل 12 وأصيب 30 آخرون في هجوم انتحاري استهدف سوقا شعبيا في كركوك أمس."),
                   "ASSAULT")
    assert records and records[0]["target"]["sector"] == ["CVL"]
    assert records[0]["target"]["code"] == "IRQ"  # the country of the place
    counted = find(events_of("أعلنت الشرطة مقتل ما لا يقل عن سبعة في تفجير سيارة مفخخة وسط بغداد."), "ASSAULT")
    # the police tell the killing; they are not its doer
    assert [(r["source"], r["target"]["text"]) for r in counted if r["target"]] == [(None, "سبعة")]
    before = find(events_of("سقط أربعة قتلى في قصف على بلدة قرب حلب."), "ASSAULT")
    assert [r["target"]["text"] for r in before] == ["أربعة"]


def test_a_number_before_a_joined_act_noun_counts_nobody():
    # "بي 10" names a gun; the و on "وإحراق" says the number ends the phrase before it
    records = find(events_of("قصفت طائرة مواقع في مأرب، ما أدى إلى تدمير مدفع بي 10 وإحراق دبابة."), "ASSAULT")
    assert [r["target"]["text"] for r in records if r["target"]] == []


def test_a_date_after_a_killing_is_no_count_of_the_dead():
    assert find(events_of("اغتيال 14 شباط 2005 غير وجه لبنان."), "ASSAULT") == []


def test_the_outcome_of_an_act_named_in_passing_is_not_told():
    records = events_of("عاد الحديث عن ذكرى الهجوم أسفر عن مقتل 30 في المدينة.")
    assert find(records, "ASSAULT") == []


def test_a_suicide_bomber_after_fajjara_is_its_doer_and_dawn_is_no_bombing():
    records = find(events_of("وفجر انتحاري حزاما ناسفا داخل سوق مزدحم في مدينة بعقوبة أمس."), "ASSAULT")
    assert [(r["source"]["sector"], r["mode"]) for r in records] == [(["UAF"], "explosives")]
    assert find(events_of("وصل وزير الخارجية الأردني إلى بغداد فجر الخميس."), "ASSAULT") == []


def test_a_suicide_attack_names_no_doer():
    # "انتحاري" in "هجوم انتحاري" is an adjective on the act, not an actor
    records = find(events_of("قتل ستة جنود عراقيين في هجوم انتحاري شمال الموصل أمس."), "ASSAULT")
    assert records and all(r["source"] is None for r in records)


def test_launching_rockets_and_opening_fire_are_attacks_by_who_does_them():
    rockets = find(events_of("أطلقت القوات الإسرائيلية قذيفتين على منزل في خان يونس أمس."), "ASSAULT")
    assert [(summary(r), r["source"]["sector"]) for r in rockets] == [(("ASSAULT", "ISR", "PSE"), ["MIL"])]
    fire = find(events_of("وكانت طائرة بدون طيار أميركية قد فتحت النار على سيارة قرب الحدود أمس."), "ASSAULT")
    assert [summary(r)[1] for r in fire] == ["USA"]
    assert find(events_of("أطلقت الوزارة حملة لتشجيع القراءة في المدارس."), "ASSAULT") == []


def test_a_killing_takes_the_doer_of_the_act_that_caused_it_as_one_record():
    records = find(events_of("قتل ثلاثة جنود سوريين جراء قصف نفذته طائرات إسرائيلية قرب دمشق أمس."), "ASSAULT")
    assert [summary(r) for r in records] == [("ASSAULT", "ISR", "SYR")]
    assert records[0]["target"]["sector"] == ["MIL"]


def test_a_counted_crowd_protesting_in_the_present_is_under_way():
    records = find(events_of("ويعتصم آلاف المتظاهرين أمام مقر الحكومة في عمان."), "PROTEST")
    assert [summary(r)[1] for r in records] == ["JOR"]
    assert find(events_of("ويحتج المتظاهرون في البصرة على انقطاع الكهرباء."), "PROTEST") == []


def test_protesters_going_out_or_gathering_is_a_protest():
    for text in ("وخرج آلاف المتظاهرين إلى شوارع الخرطوم أمس ضد الحكومة.",
                 "ونزل المتظاهرون إلى الشوارع في عدة مدن أردنية.",
                 "ورشق مئات المتظاهرين الشرطة بالحجارة أمام البرلمان."):
        records = find(events_of(text), "PROTEST")
        assert [r["source"]["sector"] for r in records] == [["CVL"]], text
    # who goes out is no crowd: no protest
    assert find(events_of("خرج الرئيس من المستشفى أمس إلى قصره."), "PROTEST") == []


def test_a_slogan_or_anger_names_whom_a_protest_is_against():
    records = find(events_of("ونزل المتظاهرون إلى الشوارع في لاهور وسط غضب من قرار الدنمارك."), "PROTEST")
    assert [summary(r) for r in records] == [("PROTEST", "PAK", "DNK")]
    records = find(events_of("وخرج آلاف المتظاهرين في بغداد مرددين هتافات «يسقط الاحتلال» و«يسقط بوش»."), "PROTEST")
    assert [summary(r)[2] for r in records] == ["USA"]


def test_the_wounded_with_their_wound_or_its_cause_are_the_target():
    wounded = find(events_of("أصيب ثلاثة جنود أردنيين بجروح في انفجار عبوة ناسفة قرب الحدود أمس."), "ASSAULT")
    assert [(r["source"], r["target"]["code"]) for r in wounded] == [(None, "JOR")]
    counted = find(events_of("انفجرت سيارة مفخخة قرب سوق شعبي في الموصل أمس وأسفرت عن إصابة 14 شخصا بجروح."),
                   "ASSAULT")
    assert [r["target"]["sector"] for r in counted] == [["CVL"]]
    # an illness or a disappointment is no wound
    assert find(events_of("أصيب الرئيس الفنزويلي بالسرطان العام الماضي."), "ASSAULT") == []
    assert find(events_of("أصيب المشجعون بخيبة أمل بعد خسارة المنتخب أمس."), "ASSAULT") == []


def test_the_wounded_before_the_verb_are_its_target_not_its_doer():
    # أُصيب is passive in every reading: its subject, before it too, is who was wounded
    records = find(events_of("وكان جنديان أردنيان أصيبا خلال دورية روتينية على الحدود الشمالية إثر انفجار لغم."),
                   "ASSAULT")
    assert [(r["source"], r["target"]["code"]) for r in records] == [(None, "JOR")]


@pytest.mark.parametrize("text, expected", [
    # joined to a verb that befell its subject too: the same side
    ("وذكر بيان للجيش أن أربعة من الجنود الأردنيين لقوا مصرعهم وأصيب خامس إثر انفجار عبوة ناسفة أمس.",
     [(None, "JOR")]),
    # joined to an active verb: the attackers are no one it befell (a guard: this held before)
    ("هاجم مسلحون من تنظيم داعش حاجزا للجيش العراقي وأصيب جنديان بجروح.", [("ISIL", "IRQ")]),
])
def test_a_wounding_joined_to_the_verb_before(text, expected):
    assert sorted({summary(r)[1:] for r in find(events_of(text), "ASSAULT")}, key=str) == expected


def test_the_wounded_may_follow_the_attack_told_as_the_cause():
    records = find(events_of("كما أصيب في الهجوم نحو ثلاثين جنديا عراقيا في محافظة ديالى أمس."), "ASSAULT")
    assert [(r["source"], r["target"]["code"]) for r in records] == [(None, "IRQ")]


def test_taking_to_the_streets_is_a_protest_with_its_crowd_before_it():
    records = find(events_of("وكان آلاف الطلاب السودانيين قد خرجوا إلى الشوارع في الخرطوم أمس احتجاجا على رفع أسعار الخبز."),
                   "PROTEST")
    assert [(r["source"]["code"], r["source"]["sector"]) for r in records] == [("SDN", ["EDU"])]


def test_a_comma_ends_the_clause_of_the_verb_before_a_nouns_doer():
    records = find(events_of("وأصيب 12 شخصا جراء انفجار عبوة في سوق بكاكو، مع تصعيد حركة الشباب هجومها على العاصمة مقديشو."),
                   "ASSAULT")
    assert ("ASSAULT", "AL_SHABAAB", "SOM") in [summary(r) for r in records]


def sectors(actor):
    return None if actor is None else tuple(actor["sector"])


@pytest.mark.parametrize("text, source, target", [
    ("قتل شرطي في هجوم مسلح على حاجز للتفتيش.", None, ("COP",)),
    ("قالت مصادر أمنية إن شرطيا قتل في انفجار عبوة ناسفة.", None, ("COP",)),
    ("اغتال مسلحون مجهولون صحافيا أمام منزله.", ("UAF",), ("JRN",)),
    ("اغتال مسلحون رجل دين بارزا في المدينة.", ("UAF",), ("REL",)),
    ("قتل مسلحون سائقا شاحنات على الطريق الدولي.", ("UAF",), ("CVL",)),
    ("اختطف مسلحون طبيبا من عيادته.", ("UAF",), ("MED",)),
    ("اعتقلت قوات الأمن ناشطة حقوقية في العاصمة.", ("COP",), ("CVL",)),
])
def test_a_singular_or_accusative_people_noun_is_the_victim(text, source, target):
    # agents.tsv lists the singular, dual and accusative of people nouns, not only the plural
    [record] = events_of(text)
    assert (sectors(record["source"]), sectors(record["target"])) == (source, target)


@pytest.mark.parametrize("sentence, target", [
    ("ووجه وزير الخارجية الأردني أمس رسالة إلى نظيره المصري بشأن الحدود.", "EGY"),
    ("وبعث الرئيس المصري برسالة إلى العاهل السعودي.", "SAU"),
])
def test_a_letter_to_someone_is_consultation(sentence, target):
    assert [summary(r)[2] for r in find(events_of(sentence), "CONSULT")] == [target]


def test_a_message_in_a_figure_of_speech_is_no_letter():
    assert find(events_of("وقال الوزير إن رسالة واشنطن واضحة."), "CONSULT") == []


@pytest.mark.parametrize("sentence, source", [
    ("وقضت محكمة جنايات القاهرة أمس بسجن 12 من أنصار الجماعة.", "EGY"),
    ("وقضت محكمة عسكرية إسرائيلية أمس بسجن الأسير الفلسطيني خمس سنوات.", "ISR"),
])
def test_a_court_sentence_is_a_conviction(sentence, source):
    [record] = find(events_of(sentence), "SANCTION")
    assert (record["mode"], summary(record)[1]) == ("convict", source)


@pytest.mark.parametrize("sentence", [
    "وقضى الرئيس يومه في لقاءات مع الوزراء.",
    "وحكم الملك البلاد عشرين عاما.",
])
def test_spending_a_day_or_ruling_a_country_is_no_sentence(sentence):
    assert find(events_of(sentence), "SANCTION") == []


def test_a_beating_suffered_is_an_assault_by_who_beat():
    records = events_of("وتعرض الصحفي المصري للضرب على أيدي الشرطة أمس.")
    assert [(r["mode"], summary(r)[2]) for r in find(records, "ASSAULT")] == [("beat", "EGY")]


def test_leading_someone_away_is_an_arrest():
    records = events_of("واقتاد جنود إسرائيليون الشاب الفلسطيني إلى مركز للتحقيق أمس.")
    assert [summary(r) for r in find(records, "COERCE")] == [("COERCE", "ISR", "PSE")]


def test_planting_a_crop_is_no_bomb():
    assert find(events_of("وزرع المزارعون القمح في أراضيهم أمس."), "ASSAULT") == []


@pytest.mark.parametrize("sentence, event_type", [
    ("وتوصلت الحكومة اليمنية والحوثيون أمس إلى اتفاق لوقف إطلاق النار.", "AGREE"),
    ("وعارضت روسيا أمس مشروع القرار الأمريكي في مجلس الأمن.", "REJECT"),
    ("وحجبت السلطات التركية أمس موقع تويتر.", "COERCE"),
])
def test_agreeing_opposing_and_blocking(sentence, event_type):
    assert find(events_of(sentence), event_type)


@pytest.mark.parametrize("sentence", [
    "وتوصل الباحثون إلى نتائج مهمة.",
    "وحجب البرلمان الثقة عن الحكومة أمس.",
])
def test_reaching_results_and_withholding_confidence_are_no_such_acts(sentence):
    assert [r for r in events_of(sentence) if r["type"] in ("AGREE", "COERCE")] == []


@pytest.mark.parametrize("sentence, expected", [
    ("وأطلقت السلطات الإيرانية أمس سراح صحفي أمريكي.", ("RETREAT", "IRN", "USA")),
    ("وأطلق مسلحون النار على دورية للشرطة العراقية أمس.", ("ASSAULT", None, "IRQ")),
    ("وأطلقت حركة حماس أمس صواريخ على إسرائيل.", ("ASSAULT", "HAMAS", "ISR")),
    ("وفتح مسلحون مجهولون النار على سيارة الضابط العراقي.", ("ASSAULT", None, "IRQ")),
    ("وألقت الشرطة المصرية أمس القبض على ناشط سوداني.", ("COERCE", "EGY", "SDN")),
])
def test_one_verb_read_by_the_word_it_needs_with_its_doer_between(sentence, expected):
    # "أطلق" releases with سراح, shoots with النار, launches with صواريخ
    assert expected in [summary(r) for r in events_of(sentence)]


@pytest.mark.parametrize("sentence", [
    "وأطلقت الحكومة أمس حملة لمكافحة الفساد.",
    "وألقى الرئيس الأمريكي أمس كلمة أمام الأمم المتحدة.",
])
def test_launching_a_campaign_or_giving_a_speech_is_no_act(sentence):
    assert events_of(sentence) == []


def test_holding_someone_responsible_in_a_construct_is_an_accusation():
    records = events_of("وحملت وزارة الخارجية البحرينية إيران مسؤولية التفجير.")
    assert [summary(r) for r in find(records, "ACCUSE")] == [("ACCUSE", "BHR", "IRN")]


def test_criticism_addressed_with_lam_has_its_target():
    records = events_of("ووجهت الحكومة المصرية أمس انتقادات حادة لقطر.")
    assert [summary(r) for r in find(records, "ACCUSE")] == [("ACCUSE", "EGY", "QAT")]


def test_killed_by_the_fire_of_a_force_is_killed_by_that_force():
    records = events_of("وقتل ثلاثة مدنيين أمس بنيران قوات النظام السوري في درعا.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", "SYR", "SYR")]
    assert find(records, "ASSAULT")[0]["source"]["sector"] == ["MIL"]


def test_a_fire_breaking_out_is_no_shooting():
    assert events_of("واندلعت النيران أمس في مصنع للكيماويات.") == []


def test_the_building_a_crowd_stands_before_is_no_protester():
    records = events_of("وتجمع المئات أمام السفارة الأمريكية في بيروت أمس احتجاجا على الفيلم المسيء.")
    assert [summary(r) for r in records] == [("PROTEST", "LBN", "USA")]  # the crowd, in Beirut


def test_dispersing_a_protest_is_force_against_the_protesters():
    records = events_of("وفرقت الشرطة البحرينية أمس متظاهرين بالغاز المسيل للدموع.")
    assert [(r["mode"], summary(r)[1]) for r in find(records, "ASSAULT")] == [("crowd-control", "BHR")]


def test_the_act_an_actor_does_to_another_act_is_not_the_second_acts_doer():
    # "قامت قوات الأمن بتفريق تظاهرة لأنصار الإخوان": the protest is the Brotherhood's
    records = events_of("وقامت قوات الأمن المصرية بتفريق تظاهرة لأنصار الإخوان في الجيزة أمس.")
    assert [summary(r)[1] for r in find(records, "PROTEST")] == ["MUSLIM_BROTHERHOOD"]


def test_separating_two_things_is_no_dispersal():
    assert events_of("وفرق القانون بين الحالتين.") == []


def test_an_accusative_noun_after_the_verb_is_its_object_and_the_speaker_its_doer():
    records = events_of("وقال الجيش الإسرائيلي إنه قتل مسلحا فلسطينيا حاول طعن جنود عند حاجز قرب الخليل.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", "ISR", "PSE")]


def test_a_later_verb_with_no_subject_of_its_own_is_the_speakers():
    # the pronoun on "إنها" is the police; "اعتقلت" has no subject of its own
    records = events_of("وقالت الشرطة الإسرائيلية إنها تواصل التحقيقات مع أشخاص يشتبه بتورطهم في الحادثة، "
                        "بعدما اعتقلت 30 مواطنا وأطلقت سراحهم.")
    assert [summary(r)[:2] for r in records if r["type"] in ("COERCE", "RETREAT")] == \
        [("COERCE", "ISR"), ("RETREAT", "ISR")]


def test_a_later_verb_that_may_be_passive_is_not_the_speakers():
    # "قُتل خمسة جنود": far from "إنها", a verb that does not agree with it has no subject from it
    records = events_of("وقالت الحكومة العراقية إنها ستواصل عملياتها، بعدما قتل خمسة جنود في انفجار عبوة.")
    assert [summary(r)[1] for r in find(records, "ASSAULT")] == [None]


def test_a_harm_told_as_the_result_of_an_act_needs_no_wound_word():
    # "أسفر … عن إصابة": the cause is told before the harm, with the verb apart from its preposition
    records = events_of("وفي تكريت، أسفر انفجار سيارة ملغومة في وسط المدينة، عن إصابة عشرة من رجال الشرطة العراقية.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", None, "IRQ")]
    assert events_of("أدى القرار إلى إصابة الاقتصاد بالشلل.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("قتل مواطن سوري في حلب أمس.", ("ASSAULT", None, "SYR")),
    ("عذب معتقل عراقي في سجن سري حتى الموت.", ("ASSAULT", None, "IRQ")),
    ("قتل مسلح مواطنا سوريا في حلب أمس.", ("ASSAULT", "SYR", "SYR")),
])
def test_one_who_cannot_kill_after_a_killing_verb_was_killed(sentence, expected):
    # the unvocalised قتل is also قُتل: a civilian after it, with no object, is who was killed
    records = events_of(sentence)
    assert [summary(r) for r in find(records, "ASSAULT")] == [expected]


def test_one_who_cannot_abduct_after_an_abduction_verb_was_abducted():
    records = events_of("خطف موظف بريطاني يعمل في إحدى منصات النفط في المياه النيجيرية أمس.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", None, "GBR")]
    records = events_of("خطف مسلحون صحفيا أمريكيا في بغداد أمس.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", "IRQ", "USA")]


def test_an_act_during_which_a_speaker_speaks_is_the_speakers():
    # "خلال لقائه": the pronoun on the noun is its doer, the speaker; the noun after it is the object
    records = events_of("وقال وزير الخارجية السعودي عادل الجبير خلال لقائه نظيره الروسي إن الحل سياسي.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "SAU", "RUS")]


def test_an_act_during_which_a_verb_is_done_is_that_verbs_subjects():
    records = events_of("وطالب رئيس اللجنة الدولية للصليب الأحمر في ختام زيارة لليمن بالسماح لموظفي الإغاثة بالتحرك.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "ICRC", "YEM")]


def test_a_sentence_opening_on_its_verb_and_a_frame_goes_on_with_the_subject_before():
    text = ("جدد الرئيس اليمني التأكيد على ضرورة تطبيق قرارات مجلس الأمن. "
            "وشدد خلال لقائه اليوم بالرياض وزير الخارجية الأمريكي على دحر الانقلاب.")
    assert [summary(r) for r in find(events_of(text), "CONSULT")] == [("CONSULT", "YEM", "USA")]
    # a sentence before that opens on no subject of its own lends none
    text = ("وفي الرياض جدد الرئيس اليمني التأكيد على ضرورة تطبيق قرارات مجلس الأمن. "
            "وشدد خلال لقائه اليوم وزير الخارجية الأمريكي على دحر الانقلاب.")
    assert [summary(r)[1] for r in find(events_of(text), "CONSULT")] == [None]


def test_a_frame_far_from_the_verb_is_no_frame_of_its_subject():
    # the students were arrested during an earlier protest: not a protest of those who demand now
    records = events_of("وطالب المتظاهرون الإيرانيون بالإفراج عن ثلاثة طلاب آخرين أوقفوا خلال تظاهرة مماثلة "
                        "الأسبوع الماضي في طهران.")
    assert [summary(r)[1] for r in find(records, "PROTEST")] in ([], [None])


def test_a_generic_actor_in_a_sentence_with_no_place_takes_the_country_where_the_text_is_set():
    text = ("سيطرت المقاومة الشعبية على مديرية القفر في محافظة إب اليمنية أمس. "
            "كما بادر 18 حوثيا بتسليم أنفسهم للثوار.")
    assert [summary(r) for r in find(events_of(text), "RETREAT")] == [("RETREAT", "HOUTHIS", "YEM")]
    # the setting gives a country, not a location
    assert [r["location"] for r in find(events_of(text), "RETREAT")] == [None]


def test_a_number_before_a_definite_noun_counts_things_not_victims():
    records = events_of("وقالت مصادر ميدانية إن الثوار استهدفوا أحد المواقع في مدينة الحديدة.")
    assert [r["target"] for r in find(records, "ASSAULT")] == [None]
    records = events_of("قتل ثلاثة الأحد في هجوم ببغداد.")  # a weekday after the count is its date
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", None, "IRQ")]


def test_a_verb_carrying_its_object_has_its_subject_after_it():
    # "دانتها بيونغ يانغ": the pronoun is the drills named before, the subject follows the verb
    records = events_of("وكانت تدريبات مشتركة بين كوريا الجنوبية والولايات المتحدة قد دانتها بيونغ يانغ سلفا.")
    assert ("ACCUSE", "PRK", "USA") in [summary(r) for r in find(records, "ACCUSE")]


@pytest.mark.parametrize("text, expected", [
    # a verb before its subject is singular: a plural verb's own suffix is its subject, and the
    # actor after it is its object
    ("وفي اليوم التالي هددوا الحكومة العراقية بالانتقام.", ("THREATEN", None, "IRQ")),
    ("وقال إنهم انتقدوا الرئيس الأمريكي بشدة.", ("ACCUSE", None, "USA")),
    ("ثم هاجموا الجيش الإسرائيلي بالحجارة أمس.", ("ASSAULT", None, "ISR")),
    # the singular verb still has its subject after it
    ("وانتقد الرئيس الأمريكي الحكومة الإيرانية بشدة.", ("ACCUSE", "USA", "IRN")),
])
def test_a_verb_carrying_a_plural_subject_has_its_object_after_it(text, expected):
    assert expected in [summary(r) for r in events_of(text)]


def test_a_joined_plural_verb_shares_the_subject_of_the_verb_before_it():
    # "قبل أن يكبلوه ويقتادوه": the police who beat him lead him away; the police station after
    # the verb is where, not whom
    records = events_of("واعتدى عناصر الشرطة الإسرائيلية بالضرب على الحارس أمس قبل أن يكبلوه "
                        "ويقتادوه إلى أحد مراكز الشرطة.")
    assert [summary(r) for r in find(records, "COERCE")] == [("COERCE", "ISR", None)]


def test_a_plural_verb_not_joined_to_the_verb_before_it_keeps_no_subject():
    # "انفجارين استهدفا منزلا": the ministry that accuses is not who bombed
    records = events_of("اتهمت وزارة الداخلية في غزة حركة فتح بخلق الفوضى، وذلك بعد قليل من "
                        "انفجارين استهدفا منزل قيادي في حماس.")
    assert all(summary(r)[1] is None for r in find(records, "ASSAULT"))


def test_a_verb_of_another_type_does_not_describe_the_act_before_it():
    # "انفجار ألغام حملت سيول …": Seoul blames; the verb is no account of the explosion
    records = events_of("وقع انفجار ألغام حملت سيول الشمال مسؤوليتها.")
    assert [summary(r)[1] for r in find(records, "ACCUSE")] == ["KOR"]


def test_a_present_verb_after_before_that_is_the_narrated_past():
    # "قبل أن يقتادوه": a subjunctive in a narrative, not a habit
    records = events_of("واعتدى عناصر الشرطة الإسرائيلية بالضرب على الحارس قبل أن يقتادوه إلى مركز للشرطة.")
    assert [r["type"] for r in records if r["type"] == "COERCE"] == ["COERCE"]
    assert events_of("والشرطة تقتاد المتهمين إلى مراكزها.") == []  # a habit


def test_an_act_in_a_question_is_asked_not_told():
    records = events_of("ولماذا رفضت دمشق إقدام الأردن على تسليح عشائرها؟")
    assert [r["modality"] for r in find(records, "REJECT")] == ["hypothetical"]
    records = events_of("ورفضت دمشق إقدام الأردن على تسليح عشائرها.")
    assert [r["modality"] for r in find(records, "REJECT")] == ["asserted"]


def test_two_harms_joined_before_one_count_are_one_act():
    records = events_of("مقتل وإصابة خمسة من رجال الأمن في هجوم بمصر")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", None, "EGY")]


def test_a_count_of_whom_some_are_named_is_the_subject_of_the_verb_after():
    # "22 مسلحا، بينهم أربعة قادة، قتلوا": "بينهم …" is an apposition, not a clause
    records = events_of("وقال المتحدث إن 22 مسلحا، بينهم أربعة قادة، قتلوا في غارة للجيش الأفغاني.")
    assert [(summary(r)[1], r["target"]["sector"]) for r in find(records, "ASSAULT")] == [("AFG", ["UAF"])]


def test_supporters_and_a_single_protester_are_actors():
    records = events_of("تجمع عدد من أنصار المعارضة في ساحة بوسط القاهرة أمس احتجاجا على القرار.")
    assert [(summary(r)[1], r["source"]["sector"]) for r in find(records, "PROTEST")] == [("EGY", ["CVL"])]
    records = events_of("وأصيب متظاهر برصاص الشرطة في عمان أمس.")
    assert [(summary(r)[2], r["target"]["sector"]) for r in find(records, "ASSAULT")] == [("JOR", ["CVL"])]


def test_the_subject_of_a_support_verb_may_stand_with_a_time_between_it_and_the_noun():
    records = events_of("قامت سلطات مطار القاهرة، اليوم الأحد، بترحيل ناشطة ألمانية.")
    assert [summary(r) for r in find(records, "COERCE")] == [("COERCE", "EGY", "DEU")]


def test_the_lam_actor_after_a_possessed_noun_is_its_target():
    # "تأييدها للحكومة اليمنية": the pronoun is who supports; the ل-actor is supported
    records = events_of("وأعلنت فرنسا تأييدها للحكومة اليمنية أمس.")
    assert [summary(r)[2] for r in find(records, "SUPPORT")] == ["YEM"]


@pytest.mark.parametrize("text, expected", [
    ("وأكد الأردن دعمه للعراق.", ("SUPPORT", "JOR", "IRQ")),
    ("وجددت السعودية دعمها للحكومة اليمنية.", ("SUPPORT", "SAU", "YEM")),
    ("أعربت مصر عن رفضها للقرار الإسرائيلي.", ("REJECT", "EGY", "ISR")),
    ("وأكدت قطر تضامنها مع لبنان.", ("SUPPORT", "QAT", "LBN")),
    ("مصر تؤكد رفضها تدخل إيران في الشؤون الداخلية للدول العربية.", ("REJECT", "EGY", "IRN")),
    ("والسعودية أعربت عن رفضها للقرار الإسرائيلي.", ("REJECT", "SAU", "ISR")),
])
def test_the_pronoun_on_an_act_after_a_verb_of_affirming_is_its_subject(text, expected):
    # "أكد الأردن دعمه": his support, Jordan's; the form after the subject is the verb's
    # object, a noun ("دعمه" is no "he supported him"), and its ل-actor is the one supported.
    # The subject may come first ("مصر تؤكد رفضها")
    assert [summary(r) for r in events_of(text)] == [expected]


def test_the_lam_actor_after_a_support_noun_and_its_genitive_is_the_one_supported():
    records = events_of("أكد الملك دعم الأردن للحكومة العراقية.")
    assert [summary(r) for r in find(records, "SUPPORT")] == [("SUPPORT", "JOR", "IRQ")]
    records = events_of("نعارض الدعم الإيراني لحزب الله.")
    assert [summary(r) for r in find(records, "SUPPORT")] == [("SUPPORT", "IRN", "HEZBOLLAH")]


def test_a_support_verb_after_its_subject_stays_a_verb():
    # guards: a clause's subject before the form, and a verb of announcing before an attack
    assert [summary(r) for r in events_of("الأردن دعم الحكومة العراقية.")] == [("SUPPORT", "JOR", "IRQ")]
    assert [r["source"]["text"] for r in find(events_of("أعلن الجيش السوري قصف مواقع داعش."), "ASSAULT")] \
        == ["الجيش السوري"]


@pytest.mark.parametrize("text, expected", [
    ("نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية على مواقع للتنظيم.",
     ("ASSAULT", "GLOBAL_COALITION", "ISIL")),
    ("قدمت النيابة العامة في إسرائيل أمس إلى المحكمة المركزية لائحة اتهام.", ("ACCUSE", "ISR", None)),
])
def test_a_long_name_between_a_support_verb_and_its_noun_counts_as_one_word(text, expected):
    # "نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات": eight words between the verb
    # and its noun, four once each name counts as one; "قدم" carries the act it submits
    assert [summary(r) for r in events_of(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("وتقدمت قوات النظام السوري بدعم من الطيران الروسي.", ("AID", "RUS", "SYR")),
    ("وكسر المقاتلون اليمنيون بدعم من التحالف الذي تقوده السعودية الحصار.", ("AID", "ARAB_COALITION", "YEM")),
    ("وتقدمت القوات العراقية بدعم أمريكي.", ("SUPPORT", "USA", "IRQ")),
])
def test_the_actor_after_a_backing_told_with_ba_backs_the_one_before(text, expected):
    # "بدعم من X": with X's backing, X backs the subject of the clause (was the reverse)
    assert [summary(r) for r in find(events_of(text), expected[0])] == [expected]


def test_a_genitive_after_a_backing_with_ba_is_who_is_backed():
    # guard: "تدخل إيران بدعم الحوثي" is by backing the Houthis
    assert [summary(r) for r in events_of("وتدخلت إيران بدعم الحوثيين.")] == [("SUPPORT", "IRN", "HOUTHIS")]


def test_who_announces_the_providing_of_aid_provides_it():
    records = events_of("وأعلنت الإمارات تقديم مساعدات لليمن.")
    assert [summary(r) for r in records] == [("AID", "ARE", "YEM")]


def test_an_honorific_between_an_act_noun_and_its_genitive_is_skipped():
    records = events_of("واستمع المجلس إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان للأردن.",
                        published=date(2015, 8, 11))
    assert [summary(r) for r in records] == [("CONSULT", "SAU", "JOR")]


def test_the_actor_before_a_noun_with_ba_governs_no_act_noun_after_it():
    # "نوه مجلس الوزراء بنتائج زيارة الأمير": the visit is the results' genitive, the prince's;
    # the cabinet noted it, it did not visit
    records = events_of("ونوه مجلس الوزراء السعودي بنتائج زيارة الرئيس المصري للأردن.")
    assert [summary(r) for r in records] == [("CONSULT", "EGY", "JOR")]
    # guard: the verbal noun of announcing carries the act ("سارعت موسكو بإعلان إدانتها")
    assert [summary(r) for r in find(events_of("وسارعت موسكو بإعلان إدانتها للهجوم."), "ACCUSE")][0][1] == "RUS"


def test_who_tells_of_a_killing_before_a_colon_did_not_do_it():
    records = find(events_of("المرصد السوري: مقتل ستة متطرفين في غارة بسوريا"), "ASSAULT")
    assert [r["source"] for r in records] == [None]
    # guard: a state telling its own arrests made them
    records = find(events_of("السعودية: القبض على 431 إرهابيًا صنعوا أحزمة ناسفة"), "COERCE")
    assert [summary(r)[1] for r in records] == ["SAU"]


def test_an_act_announced_with_an_is_the_announcers_and_an_awaited_one_is_future():
    # "أعلن الوزير عن زيارة له مرتقبة للسعودية": his visit, still to come
    records = events_of("وأعلن وزير الخارجية الألماني عن زيارة له مرتقبة للسعودية.")
    assert [(summary(r), r["modality"]) for r in records] == [(("CONSULT", "DEU", "SAU"), "future")]
    records = events_of("وأعلنت وزارة الداخلية السعودية عن اعتقال خلية إرهابية.")
    assert [summary(r)[1] for r in find(records, "COERCE")] == ["SAU"]


def test_a_verb_that_opens_a_sentence_with_no_subject_carries_the_one_before():
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الروسي سيرغي لافروف في موسكو أمس.\n\n"
            "وأدان الهجوم الإرهابي على مسجد في أبها.\n\n"
            "وأضاف أن تنظيم داعش يستغل صغار السن.\n\n"
            "ودعا إلى حل سياسي للأزمة السورية.")
    records = events_of(text, published=date(2015, 8, 11))
    assert [summary(r)[:2] for r in records if r["type"] in ("ACCUSE", "REQUEST")] \
        == [("ACCUSE", "SAU"), ("REQUEST", "SAU")]


@pytest.mark.parametrize("second", [
    "وانسحب بلاتر من المؤتمر الصحفي.",  # a name of its own after the verb
    "واعتقل في يوليو الماضي في طهران.",  # an arrest, as often passive
])
def test_a_verb_with_a_subject_or_a_passive_reading_carries_none(second):
    text = "التقى وزير الخارجية السعودي عادل الجبير نظيره الروسي في موسكو أمس.\n\n" + second
    records = events_of(text, published=date(2015, 8, 11))
    assert all(r["source"] is None or r["type"] == "CONSULT" for r in records)


def test_the_owner_of_a_criticised_stance_is_the_target_not_the_critic():
    # "انتقد الموقف القطري": Qatar's position is criticised; Qatar criticises nothing
    assert [summary(r) for r in events_of("وانتقد الوزير السعودي الموقف القطري من الأزمة.")] \
        == [("ACCUSE", "SAU", "QAT")]
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الروسي في موسكو أمس.\n\n"
            "كما انتقد التدخل الإيراني في شؤون اليمن.")
    assert [summary(r) for r in find(events_of(text, published=date(2015, 8, 11)), "ACCUSE")] \
        == [("ACCUSE", "SAU", "IRN")]


def test_the_owner_of_a_stance_an_act_noun_answers_is_its_target():
    # "رفض إصلاحات العبادي": al-Abadi's reforms are rejected, he rejects nothing
    records = events_of("وبدت لغة المالكي في رفض إصلاحات العبادي مشوبة بالغموض.", published=date(2015, 8, 11))
    assert [(r["source"], summary(r)[2]) for r in find(records, "REJECT")] == [(None, "IRQ")]


def test_an_aside_in_brackets_does_not_hide_the_cause_of_a_killing():
    # "قتل الشاب (طالب جامعي من سكان الحي) برصاص مسلحين": the young man was killed, by gunmen
    records = events_of("وقتل الشاب (طالب جامعي من سكان الحي) برصاص مسلحين في بغداد أمس.")
    assert [(r["source"]["sector"], r["target"]["sector"]) for r in find(records, "ASSAULT")] == [(["UAF"], ["CVL"])]


def test_a_generic_word_and_the_name_after_it_are_one_person():
    records = events_of("وقتل الشاب محمد سالم (25 عاما) برصاص مسلحين في بغداد أمس.")
    assert [r["target"]["text"] for r in find(records, "ASSAULT")] == ["الشاب محمد سالم"]


def test_supporters_of_a_person_are_of_his_country():
    records = events_of("وتظاهر آلاف من أنصار الحريري في وسط المدينة أمس.")
    assert [(summary(r)[1], r["source"]["sector"]) for r in find(records, "PROTEST")] == [("LBN", ["CVL"])]


def test_weapons_named_are_no_aid_but_a_shipment_of_them_is():
    # "شراء أسلحة روسية": a purchase discussed, nothing given; "شحنات أسلحة" sent and weapons
    # distributed are aid
    assert not find(events_of("وقال وزير الخارجية إن الرياض ناقشت شراء أسلحة روسية متطورة."), "AID")
    assert [summary(r) for r in find(events_of("وأرسلت إيران شحنات أسلحة إلى الحوثيين في اليمن."), "AID")] \
        == [("AID", "IRN", "HOUTHIS")]
    assert find(events_of("وبدأت الحكومة العراقية أمس توزيع الأسلحة على الميليشيات القبلية في الأنبار."), "AID")


def test_a_grant_is_aid_only_when_aid_is_granted():
    # "منح" grants prizes, licences, trust and chances too: aid only with aid, money, a loan or asylum
    assert [summary(r) for r in find(events_of("ومنح الاتحاد الأوروبي أوكرانيا مساعدات مالية كبيرة."), "AID")] \
        == [("AID", "EU", "UKR")]
    assert [summary(r) for r in find(events_of("ومنحت ألمانيا اللجوء لعشرات السوريين."), "AID")] \
        == [("AID", "DEU", "SYR")]
    assert not find(events_of("ومنح ريال مدريد حارسه الكوستاريكي القميص رقم 1."), "AID")
    assert not find(events_of("ومنح البرلمان الإيطالي الثقة للحكومة الجديدة أمس."), "AID")


def test_an_army_that_backs_gives_aid_an_army_that_praises_supports():
    backed = events_of("ودعمت القوات الجوية السعودية المقاتلين في عدن بغارات مكثفة.")
    assert [r["type"] for r in backed if r["type"] in ("AID", "SUPPORT")] == ["AID"]
    praised = events_of("وأشاد وزير الدفاع السعودي بجهود الجنود المرابطين على الحدود.")
    assert [summary(r)[:2] for r in find(praised, "SUPPORT")] == [("SUPPORT", "SAU")]
    assert not find(praised, "AID")


@pytest.mark.parametrize("sentence, event_type", [
    ("وأثنت الحكومة اليمنية على جهود السعودية في إغاثة اليمنيين.", "SUPPORT"),
    ("وامتدح الرئيس الأمريكي الجيش العراقي أمس.", "SUPPORT"),
    ("واستهجنت الخارجية الأردنية تصريحات السفير الإسرائيلي.", "ACCUSE"),
    ("وفندت وزارة الدفاع الروسية اتهامات واشنطن.", "REJECT"),
    ("وأرسلت تركيا قوات إضافية إلى حدودها مع سوريا.", "MOBILIZE"),
])
def test_more_verbs_of_praise_denunciation_refutation_and_deployment(sentence, event_type):
    assert find(events_of(sentence), event_type)


def test_twelve_is_no_praise():
    # "اثني عشر" is written like the verb "أثنى" (praised)
    assert not find(events_of("وقتل اثني عشر مدنيا على الأقل في الغارة."), "SUPPORT")


@pytest.mark.parametrize("sentence", [
    "وأبدى نشطاء قلقهم من رحلة أوباما إلى كينيا وإثيوبيا.",  # a trip, not "رحّله" (deported him)
    "وارتفعت أسهم الاتصالات السعودية أمس في السوق.",  # the telecoms company, no phone call
    "وتهدف الخطة الحكومية إلى تعزيز النمو وجذب المستثمرين الأجانب.",  # strengthening growth, no troops
])
def test_words_that_only_look_like_an_event_give_none(sentence):
    assert not [r for r in events_of(sentence) if r["type"] in ("COERCE", "CONSULT", "MOBILIZE")]


def test_a_reinforcement_of_forces_and_contacts_with_someone_stay_events():
    assert find(events_of("وقررت الحكومة العراقية تعزيز القوات الأمنية في الرمادي."), "MOBILIZE")
    assert find(events_of("وأجرى وزير الخارجية السعودي اتصالات مع نظرائه العرب."), "CONSULT")
    assert find(events_of("وتلقى الرئيس اتصالات من وزير الخارجية السوري."), "CONSULT")


def test_the_king_salman_relief_centre_is_a_saudi_actor_not_an_act_of_aid():
    # "للإغاثة" (for relief) in its name is no act of aid
    assert not find(events_of("وصرح المتحدث باسم مركز الملك سلمان للإغاثة بأن العمل مستمر."), "AID")
    assert [summary(r) for r in find(events_of("وقدم مركز الملك سلمان للإغاثة مساعدات إلى اليمن."), "AID")] \
        == [("AID", "SAU", "YEM")]


def test_a_participle_is_done_by_the_subject_of_the_clause_before_it():
    records = events_of("وأدان وزير الخارجية السعودي الهجوم، داعيا المجتمع الدولي إلى محاسبة إيران.")
    assert [summary(r) for r in find(records, "REQUEST")] == [("REQUEST", "SAU", "IRN")]
    records = events_of("وأشاد الرئيس اليمني بدور التحالف العربي، مثمنا جهود السعودية.")
    assert ("SUPPORT", "YEM", "SAU") in [summary(r) for r in find(records, "SUPPORT")]


def test_a_participle_addressing_the_object_of_an_act_noun_is_its_doers():
    # "مطالبا إياه": the writer of the letter asks its addressee
    for sentence in ("ووجه وزير الخارجية الأردني أمس رسالة إلى نظيره الإيراني، مطالبا إياه بوقف التدخل.",
                     # the actor right before the participle is no subject of it
                     "ووجه وزير الخارجية الأردني أمس رسالة إلى نظيره الإيراني مطالبا إياه بوقف التدخل."):
        assert [summary(r) for r in find(events_of(sentence), "REQUEST")] == [("REQUEST", "JOR", "IRN")]
    # with no object pronoun, an act noun lends the participle no doer
    records = events_of("وتأتي زيارة وزير الخارجية الأردني لطهران أمس، داعيا إلى الحوار.")
    assert not find(records, "REQUEST")


def test_a_participle_after_reported_words_is_the_speakers():
    records = events_of("وقال وزير الخارجية الأردني إن الوضع خطير، مطالبا إيران بوقف تدخلها في اليمن.")
    assert [summary(r) for r in find(records, "REQUEST")] == [("REQUEST", "JOR", "IRN")]


def test_a_participle_with_no_doer_in_its_sentence_gives_no_record():
    assert not find(events_of("داعيا المنظمات الحقوقية والإعلاميين إلى القدوم إلى عدن."), "REQUEST")


def test_a_protest_demanding_of_someone_keeps_them_as_its_target():
    records = events_of("وتجمع مئات المتظاهرين أمام مبنى المحافظة، مطالبين الحكومة التركية بالتدخل.")
    assert [summary(r) for r in find(records, "PROTEST")] == [("PROTEST", None, "TUR")]


def test_an_agreement_named_by_its_adjective_is_a_known_one_not_reached_here():
    # "الاتفاق النووي": the deal named, weeks after it was reached
    assert not find(events_of("وتطرق الوزير السعودي إلى مسألة الاتفاق النووي الإيراني."), "AGREE")
    assert not find(events_of("وانخفضت أسعار النفط بعد الاتفاق الإيراني الغربي."), "AGREE")
    # reaching it, or agreeing on something, stays an event
    assert find(events_of("وتوصلت إيران والقوى الكبرى إلى الاتفاق النووي في فيينا."), "AGREE")
    assert find(events_of("واتفقت إيران والقوى الكبرى على برنامج نووي سلمي."), "AGREE")


@pytest.mark.parametrize("sentence", [
    "وغادر في معية خادم الحرمين الشريفين - أيده الله - الأمير خالد بن فهد.",
    "ونوه بما يوليه خادم الحرمين الشريفين - حفظه الله - من رعاية للحجاج.",
    "وزار الأمير المرضى في المستشفى داعيا الله أن يمن عليهم بالشفاء.",
])
def test_a_formula_with_god_is_no_event(sentence):
    assert not [r for r in events_of(sentence) if r["type"] in ("SUPPORT", "REQUEST")]


def test_god_in_a_name_is_still_a_word_of_the_name():
    # "الله" ends no name: the name is the doer here
    records = events_of("كما دعا عبد الله المحيسني، المقرب من جبهة النصرة، إلى قتال الجيش السوري.")
    assert find(records, "REQUEST")


@pytest.mark.parametrize("sentence", [
    "وقال مسؤول عراقي رفض الكشف عن هويته إن القوات تقدمت نحو المدينة.",
    "وأكد الضابط السوري رافضا ذكر اسمه وجود تنسيق مع المقاومة.",
])
def test_a_source_declining_to_be_named_refuses_nothing(sentence):
    assert not find(events_of(sentence), "REJECT")


@pytest.mark.parametrize("sentence", [
    "وشن مقاتلو حركة طالبان حوالي مائة هجوم انتحاري منذ بداية العام الحالي.",
    "وأشار موقع مستقل إلى أن 13 جنديا أميركيا قتلوا في العراق حتى الآن.",
    "لقد اعتدى قراصنة الصومال حتى الآن على سفن أوكرانية وإيرانية.",
    "وينص الاتفاق على رفع العقوبات الدولية المفروضة على إيران منذ العام 2006.",
])
def test_a_tally_over_a_span_of_time_is_no_event(sentence):
    assert not [r for r in events_of(sentence) if r["type"] in ("ASSAULT", "SANCTION")]


@pytest.mark.parametrize("sentence", [
    # a comparison singles the act out of the span
    "وشن مسلحو طالبان أمس أعنف هجوم على كابول منذ بداية العام الحالي.",
    # a length of time after a past verb tells when it happened, months ago
    "وكانت واشنطن طلبت من أنقرة منذ أشهر السماح لها باستخدام قاعدة إنجرليك.",
])
def test_a_span_of_time_with_a_comparison_or_a_length_of_time_leaves_the_act(sentence):
    assert [r for r in events_of(sentence) if r["type"] in ("ASSAULT", "REQUEST")]


def test_a_killing_in_an_act_with_no_doer_named_is_one_record_of_that_act():
    # one operation, one record, with the act's mode
    records = events_of("قتل شرطي وأصيب آخر بالرصاص الخميس في شارع بمدينة ديار بكر.")
    assert [(summary(r), r["mode"]) for r in find(records, "ASSAULT")] == [(("ASSAULT", None, "TUR"), "firearms")]
    records = events_of("لقي نحو 42 شخصا مصرعهم في تفجيرين استهدفا محطتي حافلات في شمال شرق نيجيريا.")
    assert [(summary(r), r["mode"]) for r in find(records, "ASSAULT")] == [(("ASSAULT", None, "NGA"), "explosives")]


def test_a_killing_stays_its_own_record_when_the_verb_of_its_act_names_no_one():
    records = events_of("قتل 28 شخصا في هجوم انتحاري استهدف ثكنة عسكرية في مدينة دلس الجزائرية أمس.")
    assert [(summary(r), r["mode"]) for r in find(records, "ASSAULT")] == [(("ASSAULT", None, "DZA"), "suicide-attack")]


def test_masked_men_are_gunmen():
    records = events_of("قتل شرطي تركي الخميس في هجوم نفذه ملثمون في ديار بكر.")
    assert {r["source"]["sector"][0] for r in find(records, "ASSAULT") if r["source"]} == {"UAF"}


@pytest.mark.parametrize("sentence", [
    "وقتل ضابط سوري متأثرا بجراحه أمس في مدينة حلب.",
    "وقتل جنديان تركيان متأثرين بجروحهما أمس في ديار بكر.",
])
def test_a_killing_succumbed_to_befell_its_subject(sentence):
    # "متأثرا بجراحه": he died of his wounds, he killed no one
    [record] = find(events_of(sentence), "ASSAULT")
    assert record["source"] is None and record["target"] is not None


@pytest.mark.parametrize("sentence, event_type", [
    ("وأعلن نادي التعاون السعودي التعاقد مع لاعب برازيلي.", "COOPERATE"),
    ("وافتتح وزير الخارجية السعودي مؤتمر دعم الاقتصاد اليمني في الرياض.", "SUPPORT"),
    ("وبحث الوزيران مشروع اتفاق بين السعودية والأردن.", "AGREE"),
])
def test_an_act_noun_naming_a_body_or_a_programme_is_no_event(sentence, event_type):
    assert not find(events_of(sentence), event_type)


def test_an_act_noun_after_a_verb_is_still_an_event():
    records = events_of("وقدمت السعودية دعما كبيرا للحكومة اليمنية.")
    assert {r["type"] for r in records} & {"SUPPORT", "AID"}


@pytest.mark.parametrize("sentence", [
    "واستشهد جنديان سعوديان أمس على الحدود الجنوبية للمملكة.",
    "وكان جنديان سعوديان قد استشهدا أمس على الحدود الجنوبية للمملكة.",
])
def test_martyrdom_is_a_killing_of_its_subject(sentence):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == [("ASSAULT", None, "SAU")]


@pytest.mark.parametrize("sentence", [
    "واغتيل وزير الصناعة اللبناني بيار الجميل أمس في بيروت.",
    "وكان وزير الصناعة اللبناني قد اغتيل أمس في تفجير في بيروت.",
])
def test_an_assassination_told_in_the_passive_befell_its_subject(sentence):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == [("ASSAULT", None, "LBN")]


def test_martyrdom_as_a_noun_befell_its_genitive():
    records = find(events_of("وأعلن الجيش المصري استشهاد ثلاثة جنود مصريين في سيناء أمس."), "ASSAULT")
    assert [summary(r)[2] for r in records] == ["EGY"]


def test_a_place_across_a_border_is_neither_the_location_nor_the_actors_country():
    text = ("وصرح الناطق باسم القوات المسلحة المصرية بأن عبوة ناسفة انفجرت في مدينة العريش. "
            "وفي بلدة على الحدود مع قطاع غزة، أسفر انفجار عن استشهاد ضابط وثلاثة جنود.")
    records = find(events_of(text), "ASSAULT")
    assert records and all((r["location"] or {}).get("country") != "PSE" for r in records)
    assert all((r["target"] or {}).get("code") != "PSE" for r in records)


@pytest.mark.parametrize("sentence", [
    "وقال مسؤولون غربيون إن إيران انتهكت الاتفاق مرتين.",
    "وأكد الوزير الفرنسي أن الاتفاق يخدم مصالح البلدين.",
])
def test_the_agreement_named_with_no_time_is_a_known_one(sentence):
    assert not find(events_of(sentence), "AGREE")


def test_the_agreement_with_its_preposition_or_a_time_is_told():
    assert find(events_of("وتم الاتفاق بين الحكومة اليمنية والحوثيين على وقف إطلاق النار."), "AGREE")
    assert find(events_of("وجاءت الموافقة يوم الأربعاء في اتصال هاتفي بين أوباما وأردوغان."), "AGREE")


@pytest.mark.parametrize("sentence", [
    "أغلق مؤشر سوق الأسهم السعودية اليوم على انخفاض قدره 221 نقطة.",
    "وأغلقت إدارة نادي الشباب ملف اللاعبين الأجانب بالتعاقد مع مدافع غيني.",
])
def test_a_markets_close_or_a_matter_concluded_is_no_closure(sentence):
    assert not find(events_of(sentence), "COERCE")


@pytest.mark.parametrize("sentence", [
    "وأشار إلى أن الطلب الصيني على الذهب ارتفع العام الماضي.",
    "ويعني تباطؤ النمو الصيني انخفاض الطلب على سلع أولية مثل الحديد الخام.",
])
def test_a_markets_demand_is_no_request(sentence):
    assert not find(events_of(sentence), "REQUEST")


@pytest.mark.parametrize("sentence", [
    "وقررت الحكومة المصرية خفض الدعم المقدم للمزارعين بنسبة الثلث.",
    "وخفضت الحكومة الأردنية الدعم في مطلع العام.",
])
def test_a_subsidy_cut_is_no_support(sentence):
    assert not find(events_of(sentence), "SUPPORT")


def test_support_beside_a_subsidy_stays():
    # the IMF's praise is support; the fuel subsidy it praises the plan for is not
    records = find(events_of("وأشاد صندوق النقد الدولي بخطة الحكومة الكويتية لترشيد دعم الوقود."), "SUPPORT")
    assert [summary(r) for r in records] == [("SUPPORT", "IMF", "KWT")]
    records = find(events_of("وأعرب الرئيس المصري عن دعم بلاده للحكومة اليمنية في مواجهة الانقلاب."), "SUPPORT")
    assert [summary(r)[2] for r in records] == ["YEM"]


def test_a_request_by_a_state_stays():
    assert find(events_of("ووعد بارزاني وزير الدفاع الأمريكي بدراسة الطلب الأمريكي."), "REQUEST")


@pytest.mark.parametrize("sentence", [
    "بحث وزير الخارجية الأردني في عمان أمس مع وفد لجنة المتابعة المعنية بتنفيذ نتائج مؤتمر القاهرة الثاني"
    " للمعارضة السورية تطورات الأوضاع.",
    "وقال رئيس اللجنة إن اتفاق فيينا سيقدم لإيران طريقا إلى القنبلة.",
])
def test_a_capital_naming_a_meeting_or_a_deal_is_no_party(sentence):
    records = events_of(sentence)
    assert not [r for r in records for side in (r["source"], r["target"])
                if side and side["text"] in ("القاهرة", "فيينا")]


def test_a_deal_between_two_capitals_names_its_parties():
    # one agreement of the first-named with the second (MUTUAL_ACTS)
    records = find(events_of("وأكد الوزير أن اتفاق الرياض وطهران على تبادل السفراء خطوة مهمة."), "AGREE")
    assert [summary(r) for r in records] == [("AGREE", "SAU", "IRN")]


@pytest.mark.parametrize("sentence, expected", [
    ("وأجرى الرئيس الأمريكي أمس زيارة السعودية.", ("CONSULT", "USA", "SAU")),
    ("ودعت الحكومة اليمنية أمس المبعوث الأممي إلى زيارة محافظة عدن.", ("CONSULT", None, "YEM")),
    ("وتأتي زيارة أوباما إلى كينيا الأحد.", ("CONSULT", "USA", "KEN")),  # a person: the visitor
])
def test_the_state_or_capital_a_visit_is_of_is_where_it_goes(sentence, expected):
    assert summary(find(events_of(sentence), "CONSULT")[-1]) == expected


def test_unnamed_aircraft_take_no_country_from_the_place_they_strike():
    records = find(events_of("وقصفت طائرات حربية أمس مواقع للمعارضة في ريف إدلب."), "ASSAULT")
    assert [(r["source"]["text"], r["source"]["code"]) for r in records] == [("طائرات حربية", None)]
    # generic people still do
    records = find(events_of("وهاجم مسلحون أمس حاجزا للشرطة في ريف إدلب."), "ASSAULT")
    assert [r["source"]["code"] for r in records] == ["SYR"]


@pytest.mark.parametrize("sentence, expected", [
    # a response promised on a condition is a threat, against the doer of the condition
    ("وأكد أن الجيش الكوري الجنوبي سيرد فورا إذا أطلقت كوريا الشمالية النار على مكبرات الصوت.",
     ("THREATEN", "KOR", "PRK")),
    ("وهدد الرئيس الإيراني بالرد إذا هاجمت إسرائيل المنشآت النووية.", ("THREATEN", "IRN", "ISR")),
])
def test_a_threat_on_a_condition_is_against_the_doer_of_the_condition(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "THREATEN")] == [expected]


def test_a_topic_before_a_condition_stays_the_subject_of_its_verb():
    records = events_of("واعتقد الأميركيون أن إيران إذا وقعت اتفاقية مع الغرب قد يتغير نظامها.")
    assert [summary(r)[1] for r in find(records, "SUPPORT")] == ["IRN"]


@pytest.mark.parametrize("sentence", [
    "المغرب: اعتقال ثمانية أشخاص بتهمة التخطيط لاعتداءات",
    "الخرطوم تحاكم 100 مصري بتهمة التجسس",
])
def test_who_is_held_on_a_charge_is_not_the_accuser(sentence):
    # "بتهمة": the people before the charge are the ones charged
    assert not [r for r in find(events_of(sentence), "ACCUSE")
                if r["source"] and r["source"]["text"] in ("أشخاص", "مصري")]


def test_a_criticism_told_with_ba_is_its_governors():
    records = find(events_of("وردت وزارة الخارجية الإيرانية أمس بانتقاد السعودية."), "ACCUSE")
    assert [summary(r)[:2] for r in records] == [("ACCUSE", "IRN")]


@pytest.mark.parametrize("sentence, expected", [
    ("وأفرجت السلطات الألمانية أمس عن المذيع بعد احتجازه بناء على طلب من مصر.", ("REQUEST", "EGY", None)),
    ("وقرر مجلس الأمن أمس تأجيل مناقشة الاتفاق بطلب من الولايات المتحدة.", ("REQUEST", "USA", None)),
    # the verb asks whom من names
    ("وطلب الوزير الإيراني أمس من الحكومة الأمريكية تسليم المطلوبين.", ("REQUEST", "IRN", "USA")),
])
def test_at_whose_request_names_who_asks(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "REQUEST")] == [expected]


def test_a_closure_imposed_stays():
    records = find(events_of("وأغلقت الشرطة التركية الطرق المؤدية إلى ساحة تقسيم في إسطنبول."), "COERCE")
    assert [summary(r)[1] for r in records] == ["TUR"]


def test_words_of_football_business_make_a_sentence_one_about_sport():
    sentence = "وأرسل الاتحاد البرتغالي لكرة القدم طلبا إلى لجنة الاحتراف لإرسال البطاقة الدولية للمدافع."
    assert not find(events_of(sentence), "REQUEST")


def test_a_group_is_a_party_of_its_own_against_its_countrys_government():
    records = events_of("وقال الرئيس اليمني عبدربه منصور هادي إن الحوثيين قصفوا الأحياء السكنية في تعز.")
    [assault] = find(records, "ASSAULT")
    assert assault["modality"] == "alleged" and assault["claimant"]["code"] == "YEM"
    assert [summary(r) for r in find(records, "ACCUSE")] == [("ACCUSE", "YEM", "HOUTHIS")]


def test_stressing_that_reports_speech():
    records = events_of("وشدد وزير الخارجية الأردني على أن القوات الإسرائيلية اعتقلت عشرات الفلسطينيين.")
    [arrest] = find(records, "COERCE")
    assert arrest["modality"] == "alleged" and arrest["claimant"]["code"] == "JOR"


def test_a_verb_right_after_a_name_found_by_its_given_name_is_that_names_verb():
    # "قتل" after "العقيد حسان الشيخ" is the verb (he was killed, succumbing to wounds), not
    # the noun "killing" with the colonel as its doer
    [record] = find(events_of("وكان العقيد حسان الشيخ قتل يوم الخميس الماضي متأثرا بجروح أصيب بها."), "ASSAULT")
    assert record["source"] is None and record["target"]["sector"] == ["MIL"]


@pytest.mark.parametrize("sentence, expected", [
    # suspects and defendants are actors: who an arrest, a charge or a sentence befalls
    ("واعتقلت الشرطة الأردنية أمس ثلاثة مشتبه بهم في عمان.", ("COERCE", "JOR", "JOR")),
    ("وقضت محكمة جنايات القاهرة أمس بالسجن المؤبد على المتهمين.", ("SANCTION", "EGY", "EGY")),
    # named as the doer of such an act, the accused is who it befalls
    ("وقالت الصحيفة إن عقوبات المتهمين في مصر صدرت أمس.", ("SANCTION", None, "EGY")),
    ("ووصلت الشرطة إلى بيروت أمس، وفكت قيد المشتبه به واقتادته إلى مركز قريب.", ("COERCE", None, "LBN")),
])
def test_suspects_and_defendants_are_who_arrests_and_sentences_befall(sentence, expected):
    records = find(events_of(sentence), expected[0])
    assert [summary(r) for r in records] == [expected]
    assert all(r["target"]["sector"] == ["CVL"] for r in records)


def test_a_claim_of_responsibility_names_the_doer_of_the_attack_told_before_it():
    text = ("قتل خمسة جنود عراقيين أمس في انفجار سيارة مفخخة في مدينة الرمادي. "
            "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.")
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [("ASSAULT", "ISIL", "IRQ")]


def test_a_claim_with_no_attack_told_before_it_is_the_attack():
    records = find(events_of("وتبنى تنظيم داعش الهجوم على حاجز للجيش العراقي في الرمادي أمس."), "ASSAULT")
    assert [summary(r)[:2] for r in records] == [("ASSAULT", "ISIL")]


def test_a_blame_for_an_attack_names_no_doer_of_the_attack_told_before_it():
    text = ("قتل خمسة جنود عراقيين أمس في انفجار سيارة مفخخة في مدينة الرمادي. "
            "وحملت الحكومة العراقية تنظيم داعش مسؤولية الهجوم.")
    attacks = find(events_of(text), "ASSAULT")
    assert ("ASSAULT", None, "IRQ") in [summary(r) for r in attacks]
    assert all(r["modality"] == "alleged" for r in attacks if r["source"] is not None)


@pytest.mark.parametrize("sentence", [
    "سجنت محكمة كمبودية أمس 11 من أعضاء حزب معارض بتهمة العصيان المسلح.",
    "وأحالت المحكمة أمس أوراق عشرة متهمين إلى المفتي بتهمة إدارة تنظيم إرهابي.",
])
def test_what_follows_a_charge_told_with_ba_is_what_it_charges_not_the_accuser(sentence):
    assert [summary(r) for r in find(events_of(sentence), "ACCUSE")] == []


@pytest.mark.parametrize("sentence, expected", [
    ("وأجرى الملك سلمان أمس مباحثات رسمية مع جلالة الملك محمد السادس في الرياض.", ("CONSULT", "SAU", "MAR")),
    ("والتقى وزير الخارجية المصري أمس مع معالي وزير الخارجية الأردني في القاهرة.", ("CONSULT", "EGY", "JOR")),
    # "فخامة" begins with ف, which is no conjunction here
    ("وعقد الملك سلمان جلسة مباحثات رسمية مع فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية.",
     ("CONSULT", "SAU", "FRA")),
])
def test_an_honorific_between_a_preposition_and_its_actor_keeps_the_preposition(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "CONSULT")] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # the title of the Saudi king, and then his name: one person, and the guest after them
    ("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصره بجدة أمس الرئيس السنغالي.",
     ("CONSULT", "SAU", "SEN")),
    ("وبعث خادم الحرمين الشريفين برقية إلى الرئيس المصري أمس.", ("CONSULT", "SAU", "EGY")),
    # a long name does not push the object out of reach
    ("واستقبل وزير الخارجية السعودي عادل الجبير في مكتبه بالرياض أمس السفير الأمريكي.", ("CONSULT", "SAU", "USA")),
])
def test_the_guest_after_a_host_of_many_words(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "CONSULT")] == [expected]


def test_the_guest_after_a_host_with_an_honorific_and_his_titles():
    text = ("استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
            "وزير الداخلية في مكتبه أمس السفير الأمريكي.")
    records = find(events_of(text, published=date(2015, 8, 11)), "CONSULT")
    assert [summary(r) for r in records] == [("CONSULT", "SAU", "USA")]


def test_the_guest_of_a_prince_named_by_his_lineage_and_his_office():
    text = "استقبل الأمير فيصل بن سلمان بن عبدالعزيز أمير منطقة المدينة المنورة أمس السفير البريطاني."
    records = find(events_of(text, published=date(2015, 8, 11)), "CONSULT")
    assert [summary(r) for r in records] == [("CONSULT", "SAU", "GBR")]


def test_a_title_that_names_its_holder_after_his_name_is_no_one_else():
    # "ولي ولي العهد" is the Saudi deputy crown prince of the day: after his name, his own title
    text = "والتقى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد في جدة أمس وزير الخارجية الأمريكي."
    records = find(events_of(text, published=date(2015, 8, 11)), "CONSULT")
    assert [summary(r) for r in records] == [("CONSULT", "SAU", "USA")]
    assert "ولي ولي العهد" in records[0]["source"]["text"]


@pytest.mark.parametrize("sentence, expected", [
    ("واتصل الرئيس الأميركي مساء أمس بنظيره الصيني لشكره على دوره.", ("CONSULT", "USA", "CHN")),
    ("وبحث وزير الخارجية الأمريكي في فيينا أمس مع نظيره الإيراني الاتفاق النووي.", ("CONSULT", "USA", "IRN")),
])
def test_a_counterpart_after_a_preposition_is_the_one_met(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "CONSULT")] == [expected]


@pytest.mark.parametrize("sentence, absent", [
    ("وسافر نادر سعادة إلى الأردن في مايو الماضي وهو متهم بالتآمر ومحاولة تأمين دعم مادي للمتطرفين.", "SUPPORT"),
    ("واعتقلت الشرطة ثلاثة أشخاص بتهمة التخطيط لتنفيذ هجمات على مقار حكومية في القاهرة.", "ASSAULT"),
])
def test_an_act_in_the_words_of_a_charge_is_no_event(sentence, absent):
    assert find(events_of(sentence), absent) == []


@pytest.mark.parametrize("sentence", [
    "وأفرجت السلطات العراقية أمس عن المتهمين، وشنت الطائرات الأمريكية غارات على مواقع داعش في الموصل.",
    # a semicolon ends the charge's words too ("؛", normalised ";")
    "واعتقلت الشرطة العراقية أشخاصا بتهمة التجسس؛ وشنت الطائرات الأمريكية غارات على مواقع داعش.",
])
def test_an_act_after_a_charge_and_a_mark_is_told(sentence):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == [("ASSAULT", "USA", "ISIL")]


@pytest.mark.parametrize("sentence, expected", [
    # a verb of attack names its means in "في غارتين": its subject after it is the doer
    ("وقصفت طائرات التحالف العربي في غارتين جويتين معسكرا للحوثيين في صنعاء.", ("ASSAULT", "ARAB_COALITION", "HOUTHIS")),
    ("وقال المرصد إن انتحاريا فجر نفسه في سيارة مفخخة مستهدفا حاجزا لوحدات حماية الشعب.", ("ASSAULT", None, "YPG")),
])
def test_an_attack_told_with_its_means_is_active(sentence, expected):
    records = find(events_of(sentence), "ASSAULT")
    assert [summary(r) for r in records] == [expected]
    assert records[0]["source"] is not None  # the bomber, of no country


@pytest.mark.parametrize("sentence", [
    "أعلن تنظيم داعش أمس مسؤوليته عن هجوم انتحاري بسيارة ملغومة في بغداد.",
    # the verb that describes the attack tells it, with the claimer as its doer
    "أعلن تنظيم داعش أمس مسؤوليته عن هجوم انتحاري استهدف مسجدا في أبها.",
])
def test_who_claims_an_attack_told_first_did_it(sentence):
    assert [summary(r)[:2] for r in find(events_of(sentence), "ASSAULT")] == [("ASSAULT", "ISIL")]


def test_a_claim_with_its_own_earlier_time_names_no_doer_of_the_attack_told_before_it():
    text = ("قتل خمسة جنود تشاديين أمس في انفجار عبوة في نجامينا. وكانت جماعة بوكو حرام قد أعلنت "
            "مسؤوليتها عن الهجوم الذي وقع في نجامينا في منتصف يونيو الماضي.")
    attacks = [summary(r) for r in find(events_of(text), "ASSAULT")]
    assert ("ASSAULT", None, "TCD") in attacks  # yesterday's attack, its doer unnamed
    assert ("ASSAULT", "BOKO_HARAM", "TCD") in attacks  # June's, as told
    # told with no time of its own, the claim names the doer of the attack before it
    text = ("قتل خمسة جنود تشاديين أمس في انفجار عبوة في نجامينا. "
            "وأعلنت جماعة بوكو حرام مسؤوليتها عن الهجوم.")
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [("ASSAULT", "BOKO_HARAM", "TCD")]


def test_who_is_harmed_by_an_act_told_as_its_cause_is_its_target():
    # the actor before "جراء" suffered the act after it; the act's genitive did it
    records = find(events_of("أكدت النقابة إصابة ثلاثة صحافيين جراء اعتداء أفراد الشرطة عليهم."), "ASSAULT")
    assert [(sectors(r["source"]), sectors(r["target"])) for r in records] == [(("COP",), ("JRN",))]


@pytest.mark.parametrize("sentence, expected", [
    ("وكان ثلاثة جنود أميركيين قتلوا الأسبوع الماضي في بغداد.", ("ASSAULT", None, "USA")),
    ("وكان خمسة مدنيين عراقيين اختطفوا أمس.", ("ASSAULT", None, "IRQ")),
])
def test_a_count_of_people_before_a_harm_with_no_one_after_it_is_who_it_befell(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == [expected]


def test_a_count_of_attackers_before_an_attack_on_a_place_did_it():
    # guard: "استهدف" (targeting) with its object is active whatever its subject's count
    records = find(events_of("وكان ثلاثة مسلحين عراقيين استهدفوا بغداد أمس."), "ASSAULT")
    assert [summary(r)[1] for r in records] == ["IRQ"]


def test_who_acts_in_a_clause_of_narration_is_no_party_to_the_act_before_it():
    # "بعد أن" opens a clause of its own: the Syrian army took the town, it was not killed
    records = events_of("قتلوا أمس بعد أن سيطرت قوات الجيش السوري على البلدة.")
    assert not any(summary(r)[2] == "SYR" for r in records)


def test_who_acts_after_mimma_is_no_party_to_the_act_before_it():
    # "مما دفع …" opens a clause with a subject of its own (cues.tsv kind clause_start)
    text = "خطفت الجبهة الشعبية ثلاث طائرات أمس ودمرتها مما دفع الملك الأردني إلى مواجهتها."
    assert [summary(r)[1] for r in find(events_of(text), "ASSAULT")] == ["PFLP"]


def test_doers_marked_by_ala_aydi_may_be_named_with_a_head_noun():
    records = find(events_of("خطف خمسة عمال أتراك على أيدي رجال مسلحين في بغداد أمس."), "ASSAULT")
    assert [(sectors(r["source"]), summary(r)[2]) for r in records] == [(("UAF",), "TUR")]


def test_a_verbal_noun_of_suffering_makes_its_genitive_the_target():
    text = "أفادت تقارير أمس بتعرض وزير الداخلية العراقي لمحاولة اغتيال في بغداد."
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [("ASSAULT", None, "IRQ")]


def test_a_quantifier_before_a_target_keeps_its_preposition():
    # "على كل شخص": على governs the person across كل, so the person is the target, not the doer
    records = find(events_of("فتحوا النار على كل شخص في السوق أمس."), "ASSAULT")
    assert [(r["source"], sectors(r["target"])) for r in records] == [(None, ("CVL",))]


def test_who_acts_in_a_clause_opened_by_indama_is_no_party_to_the_act_before_it():
    # "عندما" opens a clause with its own subject: the civilians were killed, the rebels fired
    records = find(events_of("وقتل المدنيون أمس عندما أطلق المتمردون النيران على البلدة."), "ASSAULT")
    assert [(sectors(r["source"]), sectors(r["target"])) for r in records] == [(None, ("CVL",)), (("REB",), None)]


@pytest.mark.parametrize("sentence, victims", [
    ("أسفرت الغارات أمس عن مقتل قرابة 50 شخصا في صنعاء.", "شخصا"),
    ("قتل حوالي 29 في الاشتباكات أمس في سبها.", "29"),
])
def test_a_word_of_about_before_a_count_is_no_victim(sentence, victims):
    # "قرابة" and "حوالي" qualify the count after them; they are no count of their own
    records = find(events_of(sentence), "ASSAULT")
    assert [r["target"]["text"] for r in records] == [victims]


def test_the_means_of_a_killing_told_with_ba_is_the_doers_not_the_victims():
    # "بنيران أميركية": the soldiers killed did not fire; the American fire killed them
    records = find(events_of("مقتل عشرة جنود أفغان بنيران أميركية صديقة أمس."), "ASSAULT")
    assert [summary(r) for r in records] == [("ASSAULT", "USA", "AFG")]


def test_the_dead_among_one_party_are_that_partys_not_its_doing():
    # "بين" with one party after a harm is "among": who it befell, not a side of a fight
    text = "أوقعت البراميل المتفجرة أمس عددا كبيرا من القتلى بين السكان في الزبداني."
    records = find(events_of(text), "ASSAULT")
    assert [(r["source"], sectors(r["target"])) for r in records] == [(None, ("CVL",))]


@pytest.mark.parametrize("sentence, event_type, sources", [
    ("الجيش وحزب الله شنا أمس هجوما على مواقع المسلحين في الزبداني.", "ASSAULT", ["الجيش", "حزب الله"]),
    ("روسيا وإيران دعتا الأمم المتحدة أمس إلى التحرك.", "REQUEST", ["إيران", "روسيا"]),
])
def test_coordinated_subjects_before_the_verb_give_one_record_each(sentence, event_type, sources):
    # the nearest actor before the verb is the last of its subjects; the first begins them
    assert sorted(r["source"]["text"] for r in find(events_of(sentence), event_type)) == sources


def test_the_agency_a_source_speaks_to_is_no_party_to_its_words():
    # "لوكالة الأنباء الألمانية": the agency reports; what the sources tell is no German claim
    text = "وقالت مصادر محلية لوكالة الأنباء الألمانية أمس إن الحوثيين شنوا هجوما على مواقع المقاومة."
    records = events_of(text)
    assert [(r["type"], r["modality"]) for r in records] == [("ASSAULT", "asserted")]


def test_a_count_of_things_destroyed_is_no_victim():
    # "تدمير 5 عربات": the count is of vehicles, not of people harmed
    records = find(events_of("أعلن الجيش العراقي أمس تدمير 5 عربات مفخخة في الموصل."), "ASSAULT")
    assert all(r["target"] is None or r["target"]["text"] != "5" for r in records)


def test_a_count_written_in_tens_is_a_count_of_the_dead():
    records = find(events_of("أسفرت المعارك أمس عن مقتل عشرين في تعز."), "ASSAULT")
    assert [r["target"]["text"] for r in records] == ["عشرين"]


def test_the_outcome_of_an_act_told_after_a_long_object_is_still_that_act():
    # "ما أدى إلى مقتل تسعة" is the outcome of the targeting, 17 words before it: one operation
    text = ("استهدف مسلحون أمس أحد المواقع التي كان يتجمع فيها عناصر من الجيش العراقي وعناصر من "
            "الشرطة المحلية، بقذيفة صاروخية، ما أدى إلى مقتل تسعة.")
    records = find(events_of(text), "ASSAULT")
    # one targeting of each side gathered there (the army's members, the police's), and no
    # killing of its own
    assert [(r["mode"], sectors(r["source"]), summary(r)[2]) for r in records] == \
        [("targeted", ("UAF",), "IRQ"), ("targeted", ("UAF",), None)]


def test_a_plot_foiled_in_anothers_words_is_no_act_that_happened():
    # "لخطف" after ل is the verbal noun (a past verb takes no ل), and a foiled act stays foiled
    # when a party tells it
    text = "قالت إسرائيل أمس إنها نجحت في إحباط عملية فلسطينية لخطف جنود إسرائيليين."
    assert [r["modality"] for r in find(events_of(text), "ASSAULT")] in ([], ["negated"])


def test_an_act_carried_by_shann_after_a_threat_is_what_is_threatened():
    text = "حذرت الحكومة أمس من تهديدات إسرائيل المتزايدة بشن اعتداءات على الشعب الفلسطيني في غزة."
    records = events_of(text)
    assert find(records, "ASSAULT") == []
    assert [summary(r)[1] for r in find(records, "THREATEN")] == ["ISR"]


def test_an_act_joined_to_a_charged_act_is_charged_too_and_not_done_by_its_object():
    # "بقتل طفلين وتعذيبهما": both acts are the charge's; the children are no torturers
    text = "رد قائد الشرطة أمس على اتهامات وجهها التيار الصدري للشرطة بقتل طفلين وتعذيبهما في كربلاء."
    attacks = find(events_of(text), "ASSAULT")
    assert {r["modality"] for r in attacks} == {"alleged"}
    assert all(sectors(r["source"]) != ("CVL",) for r in attacks)


def test_the_partner_with_maa_after_an_aside_of_place_and_time_is_the_target():
    text = ("اجتمع وزير الخارجية السعودي عادل الجبير، في مكتبه بمقر الوزارة في الرياض اليوم، "
            "مع سفير جمهورية اتحاد ميانمار لدى المملكة.")
    [record] = find(events_of(text), "CONSULT")
    assert summary(record)[1:3] == ("SAU", "MMR")


def test_a_feddan_is_no_condemnation():
    assert find(events_of("وقال الرئيس إن الحكومة ستزرع مليون فدان في الصحراء الغربية."), "ACCUSE") == []


def test_an_act_after_the_news_formula_and_an_anchor_is_told():
    # "جاء هذا بعد محادثات …": the talks are this news' context, not only its time
    text = "وجاء هذا بعد محادثات أجراها وزير الخارجية السعودي عادل الجبير مع نظيره الروسي سيرغي لافروف في موسكو."
    assert [summary(r) for r in find(events_of(text), "CONSULT")] == [("CONSULT", "SAU", "RUS")]


def test_an_act_after_an_anchor_alone_stays_its_time():
    text = "وفر عشرات السجناء بعد هجوم شنه مسلحون على السجن المركزي."
    assert find(events_of(text), "ASSAULT") == []


@pytest.mark.parametrize("sentence, expected", [
    ("بحث الرئيس الأميركي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي الحرب في سوريا.",
     ("CONSULT", "USA", "TUR")),
    ("واتفقت روسيا وتونس على تشكيل فريق عمل مشترك.", ("AGREE", "RUS", "TUN")),
])
def test_two_parties_of_a_mutual_act_are_its_source_and_target(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), expected[0])] == [expected]


def location(record):
    return (record["location"] or {}).get("name")


def test_a_capital_that_acts_is_no_location_and_an_accusation_is_not_where_its_act_was():
    records = events_of("اتهمت قسد طائرات روسية باستهداف مواقعها في ريف دير الزور، الأمر الذي نفته موسكو.")
    assert [location(r) for r in find(records, "ACCUSE")] == [None]
    assert [location(r) for r in find(records, "REJECT")] == [None]
    assert location(find(records, "ASSAULT")[0]) == "Deir ez-Zor"


def test_a_place_in_the_words_an_act_reports_is_not_its_location():
    text = "والتقى الرئيس الأمريكي باراك أوباما نظيره الفرنسي وأكد الطرفان أن القوات ستبقى في العراق."
    assert [location(r) for r in find(events_of(text), "CONSULT")] == [None]


@pytest.mark.parametrize("sentence, place", [
    ("فجر انتحاري سيارة مفخخة شمال العاصمة اليمنية صنعاء أمس.", "Sanaa"),
    ("تركيا: قتل مسلحون 30 شخصا في هجوم انتحاري أمس.", "Turkey"),
])
def test_a_capital_or_state_named_as_where_is_the_location(sentence, place):
    assert location(find(events_of(sentence), "ASSAULT")[0]) == place


def test_a_foreign_minister_of_a_named_state_in_the_construct_state():
    [record] = find(events_of("وتأجلت زيارة وزير خارجية إيران لتركيا أمس."), "CONSULT")
    assert summary(record)[1:] == ("IRN", "TUR") and location(record) == "Turkey"


def test_an_office_in_apposition_before_the_verb_leaves_the_named_subject():
    text = "وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى نظيره الألماني فرانك فالتر شتاينماير في برلين أمس."
    assert [summary(r) for r in find(events_of(text), "CONSULT")] == [("CONSULT", "SAU", "DEU")]


@pytest.mark.parametrize("sentence, found", [
    # reinforcement is of forces named right after it
    ("وأكد المجلس أهمية تعزيز التعاون الاستراتيجي والسياسي والعسكري بين السعودية والأردن.", False),
    ("وأعلن كارتر أن الولايات المتحدة مستعدة لتعزيز تعاونها العسكري مع إسرائيل.", False),
    ("وأعلنت وزارة الدفاع العراقية تعزيز القوات في محافظة الأنبار أمس.", True),
    # reinforcements an attack struck were not sent
    ("وشنت طائرات التحالف العربي غارات عنيفة استهدفت مواقع وتعزيزات حوثية في مأرب.", False),
    ("وشنت مقاتلات التحالف العربي غارات جوية على تعزيزات حربية للحوثيين في أبين.", False),
    ("واستهدفت الطائرات تعزيزات للحوثيين قرب مأرب.", False),
    ("ودفع الجيش العراقي بتعزيزات إلى محافظة الأنبار أمس.", True),
])
def test_a_mobilisation_is_of_forces_sent(sentence, found):
    assert bool(find(events_of(sentence), "MOBILIZE")) is found


@pytest.mark.parametrize("sentence", [
    "وشنت طائرات التحالف العربي غارات جوية على مواقع الحوثيين في محافظة عمران.",
    # "فجر" (dawn) between the support verb and its noun is no act
    "وشنت طائرات التحالف العربي فجر أمس غارات جوية على مواقع الحوثيين في محافظة عمران.",
    # a head noun joined by و before the owner
    "وشنت طائرات التحالف العربي غارات جوية على مقار ومواقع لجماعة الحوثيين في محافظة عمران.",
])
def test_air_strikes_are_the_act_and_the_coalition_its_doer(sentence):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == [("ASSAULT", "ARAB_COALITION", "HOUTHIS")]


def test_a_newspaper_in_quotation_marks_is_no_location():
    records = find(events_of("وقالت مصادر محلية لـ«الرياض» إن مسلحين هاجموا قوات المقاومة الشعبية أمس."), "ASSAULT")
    assert records and [location(r) for r in records] == [None]


def test_a_district_named_arhab_is_no_welcome():
    text = ("من جانب آخر شنت طائرات التحالف فجر أمس الاثنين غارات جوية على مقار ومواقع لجماعة الحوثيين "
            "المسلحة بمحافظة عمران وأرحب بمحافظة صنعاء.")
    assert find(events_of(text), "SUPPORT") == []


def test_a_military_base_is_not_al_qaeda():
    text = "ونفذ طيران التحالف العربي سلسلة من الغارات الجوية على القاعدة العسكرية أمس."
    records = find(events_of(text), "ASSAULT")
    assert records and all((r["target"] or {}).get("group") != "AL_QAEDA" for r in records)


def test_an_actor_owning_what_an_act_befell_is_its_target():
    # "مسجد قوات الطوارئ": the forces' mosque was bombed; the forces did not bomb it
    records = find(events_of("وأكد العلماء أن تفجير مسجد قوات الطوارئ بعسير يوم الخميس الماضي كشف حقد المجرمين."),
                   "ASSAULT")
    assert records and all(r["source"] is None and r["target"]["sector"] == ["MIL"] for r in records)


def test_an_honorific_before_a_nouns_genitive_leaves_it_the_doer():
    text = "وأوضح الوزير أن لقاء معالي وزير خارجية مصر سامح شكري أمس مع الأمير محمد بن نايف تناول العلاقات."
    assert [summary(r)[1] for r in find(events_of(text), "CONSULT")] == ["EGY"]


def test_years_in_brackets_date_the_noun_before_them_not_the_event():
    text = ("وطلبت الرئاسة الكورية الجنوبية من بيونغ يانغ تقديم اعتذارات عن انتهاك اتفاق وقف إطلاق النار "
            "الذي أنهى الحرب الكورية (1950 - 1953).")
    [record] = find(events_of(text), "REQUEST")
    assert record["date"]["start"] == PUBLISHED.isoformat()
    # a weekday in brackets still tells the day
    [record] = find(events_of("وطلبت الرئاسة الكورية الجنوبية أمس (الأربعاء) من بيونغ يانغ تقديم اعتذارات."), "REQUEST")
    assert record["date"]["start"] == "2019-03-13"


@pytest.mark.parametrize("sentence, expected", [
    # a body the knowledge base does not know is the subject; the actor after its name the object
    ("ناشدت جمعية حقوق الإنسان الحكومة اليمنية الإفراج عن المعتقلين.", ("REQUEST", None, "YEM")),
    # the body's own name is its subject
    ("اتهمت منظمة «هيومن رايتس ووتش» إسرائيل باستخدام القوة ضد الأطفال.", ("ACCUSE", "HRW", "ISR")),
])
def test_an_unknown_body_after_the_verb_is_its_subject(sentence, expected):
    assert summary(find(events_of(sentence), expected[0])[0]) == expected


def test_a_state_that_witnessed_an_attack_did_not_make_it():
    text = "وشهدت تركيا أمس الاثنين هجوما انتحاريا داميا أوقع 30 قتيلا في مدينة سوروتش."
    assert all((r["source"] or {}).get("code") != "TUR" for r in find(events_of(text), "ASSAULT"))


def test_arriving_on_a_visit_is_a_visit_to_where_one_arrives():
    records = events_of("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بيروت أمس في زيارة رسمية.")
    assert [summary(r) for r in records] == [("CONSULT", "IRN", "LBN")]
    assert events_of("وصلت القوات إلى مشارف المدينة بعد زيارة قائد الجيش.") == []


def test_the_act_a_verb_requires_is_one_record_with_it():
    # "اتفاق" is what "توصلت" reaches: one agreement, not a second one without its parties
    records = events_of("توصلت الحكومة اليمنية إلى اتفاق مع الحوثيين أمس.")
    assert [summary(r) for r in records] == [("AGREE", "YEM", "HOUTHIS")]


def test_faisal_is_no_verb_of_arriving():
    records = events_of("استقبل الأمير فيصل بن بندر أمير منطقة الرياض أمس السفير الفرنسي في زيارة رسمية.")
    assert [r["source"]["text"] for r in find(records, "CONSULT")] == ["الأمير فيصل بن بندر أمير"]


def test_recalling_an_ambassador_is_a_sanction_and_a_prize_draw_is_none():
    records = events_of("سحبت السعودية سفيرها من بيروت أمس.")
    assert [(summary(r), r["mode"]) for r in records] == [(("SANCTION", "SAU", "LBN"), "withdraw")]
    assert events_of("وتم السحب في نهاية الأمسية على العديد من الجوائز المقدمة من الرياض.") == []


def test_a_time_between_the_agent_marker_and_the_doer_leaves_him_the_doer():
    records = events_of("وقتل ثلاثة جنود في هجوم شنه فجر اليوم مسلحو حركة الشباب على قاعدة عسكرية.")
    assert [r["source"]["group"] for r in find(records, "ASSAULT")] == ["AL_SHABAAB"]


@pytest.mark.parametrize("sentence", [
    "وجرى خلال الاجتماع مناقشة مجالات التعاون العسكري بين السعودية والولايات المتحدة.",
    "وبحث الوزيران أوجه التعاون بين المملكة وفرنسا.",
    "ويدرس الاتحاد الأوروبي سبل تعزيز دعم الحكومة التونسية.",
])
def test_cooperation_or_support_as_the_topic_of_talks_is_no_act(sentence):
    assert [r for r in events_of(sentence) if r["type"] in ("COOPERATE", "SUPPORT", "AID")] == []


def test_cooperating_with_interpol():
    records = events_of("تعاونت الشرطة السعودية مع الإنتربول أمس في القبض على المطلوب.")
    assert [summary(r) for r in find(records, "COOPERATE")] == [("COOPERATE", "SAU", "INTERPOL")]


def test_a_plural_in_un_governs_no_organ_after_it():
    # "مسلحون القنصلية": the construct would be "مسلحو"; the consulate is what they attacked
    records = events_of("هاجم مسلحون القنصلية الأمريكية في إسطنبول أمس.")
    assert [(r["source"]["text"], r["target"]["code"]) for r in find(records, "ASSAULT")] == [("مسلحون", "USA")]


def test_an_unresolved_word_that_points_back_is_still_the_subject():
    # nothing names the kingdom before: its praise is still of the council, not the council's
    records = events_of("رحبت المملكة بقرار مجلس الأمن الدولي بشأن اليمن.")
    assert [summary(r) for r in find(records, "SUPPORT")] == [("SUPPORT", None, "UN_SC")]


def test_the_un_envoy_for_yemen_in_2015():
    records = events_of("طالب المبعوث الأممي إسماعيل ولد الشيخ أحمد الأطراف اليمنية بالعودة إلى المفاوضات.")
    assert [r["source"]["code"] for r in find(records, "REQUEST")] == ["UNO"]


def test_who_announces_an_arrest_made_it_but_not_a_death():
    records = events_of("أعلنت وزارة الداخلية السعودية أمس القبض على خلية إرهابية في القطيف.")
    assert [r["source"]["code"] for r in find(records, "COERCE")] == ["SAU"]
    assert [r for r in events_of("أعلنت وزارة الصحة أمس مقتل 20 شخصا في الانفجار.") if r["source"]] == []


def test_house_arrest_imposed_on_someone():
    records = events_of("فرض الحوثيون الإقامة الجبرية على محافظ البنك المركزي اليمني أمس.")
    assert [(r["type"], r["mode"], r["source"]["group"]) for r in records] == [("COERCE", "arrest", "HOUTHIS")]


def test_financial_or_military_support_is_aid():
    records = events_of("قدمت الإمارات أمس دعما عسكريا للقوات اليمنية.")
    assert [summary(r) for r in records] == [("AID", "ARE", "YEM")]


def test_a_meeting_after_fi_frames_what_its_speaker_says_in_it():
    records = events_of("وقال الجبير في مؤتمر صحفي عقده أمس مع نظيره الألماني فرانك فالتر شتاينماير إن على إيران تغيير سياستها.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "SAU", "DEU")]
    # a press conference with no one named is no interaction
    assert find(events_of("وقال عراقجي أمس في مؤتمر صحفي إن أي محاولة لإعادة فرض العقوبات انتهاك."), "CONSULT") == []


def test_a_speakers_own_act_named_in_his_words_is_his():
    records = events_of("وقال الجبير أمس إن محادثاته مع لافروف تطرقت إلى الأوضاع في سورية.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "SAU", "RUS")]


def test_counted_people_after_a_verb_of_speech_are_its_doers():
    records = events_of("وطالب عدد من المشرعين الأميركيين أمس بالإفراج عنه.")
    assert [summary(r) for r in find(records, "REQUEST")] == [("REQUEST", "USA", None)]
    # after a verb of harm they are who it befell (the unvocalised verb is passive)
    killed = find(events_of("قتل ثلاثة جنود أمس في هجوم."), "ASSAULT")
    assert [(r["source"], r["target"]["text"]) for r in killed] == [(None, "جنود")]


def test_a_court_appearance_is_the_courts_accusation_of_its_subject():
    # the defendant is the subject of "مثل"; the court after "أمام" accuses him
    records = events_of("ومثل الرئيس المصري المعزول محمد مرسي أمس أمام محكمة جنايات القاهرة "
                        "بتهمة التخابر مع حركة حماس.")
    assert [summary(r) for r in find(records, "ACCUSE")] == [("ACCUSE", "EGY", "EGY")]
    accuse = find(records, "ACCUSE")[0]
    assert accuse["source"]["text"] == "محكمة جنايات القاهرة"
    assert accuse["target"]["text"] == "الرئيس المصري المعزول محمد مرسي"


@pytest.mark.parametrize("text", [
    "وهذه الهجمات مثل الهجمات السابقة أمام أعين العالم.",
    "وهو ما يمثل تحديا كبيرا أمام الحكومة العراقية.",
])
def test_like_and_represents_are_no_court_appearance(text):
    assert find(events_of(text), "ACCUSE") == []


def test_the_subject_of_a_court_appearance_is_who_denies_after_it():
    # "ونفى" shares the subject of "مثل", the defendant, not the court after it
    records = events_of("ومثل محمد مرسي أمام المحكمة أمس ونفى التهم الموجهة إليه.")
    reject = find(records, "REJECT")
    assert [r["source"]["text"] for r in reject] == ["محمد مرسي"]
    assert reject[0]["target"]["text"] == "المحكمة"


def test_the_attendees_of_a_meeting_told_before_meet_no_one():
    # "حضر الاستقبال X وY": who attended the King's reception, told before; no meeting of X and Y
    records = events_of("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس الأمريكي باراك أوباما. "
                        "وحضر الاستقبال الأمير محمد بن نايف ولي العهد، والأمير محمد بن سلمان ولي ولي العهد.")
    consult = find(records, "CONSULT")
    assert [r["evidence"]["text"][:6] for r in consult] == ["استقبل"]


def test_attending_a_meeting_named_there_is_a_meeting():
    # (a guard: an indefinite meeting after "حضر" is told here)
    records = events_of("وحضر الملك سلمان اجتماعا مع الرئيس الأمريكي باراك أوباما.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "SAU", "USA")]


def test_the_subject_before_a_verb_of_announcing_owns_the_act_after_it():
    # the subject first, and the particle of the perfect ("جبهة النصرة قد أعلنت"): the act named
    # after the verb is its own
    records = events_of("وكانت جبهة النصرة قد أعلنت أمس انسحابها من مواقع المواجهة.")
    assert [summary(r) for r in records] == [("RETREAT", "NUSRA", None)]


def test_the_actor_in_construct_with_a_visit_is_the_visitor_not_the_subject_before():
    # "أبرزت الصحف المصرية زيارة كيري": the papers highlight the visit, Kerry makes it
    records = events_of("وأبرزت الصحف المصرية زيارة وزير الخارجية الأمريكي جون كيري إلى القاهرة.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "USA", "EGY")]
    # (a guard: a place in construct is where the visit goes)
    records = events_of("بدأ وزير الخارجية الأمريكي جون كيري زيارة القاهرة أمس.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "USA", "EGY")]


def test_a_verb_of_expressing_joined_by_wa_opens_a_clause_of_its_own():
    # "… ، وأعرب رئيس الوزراء عن الغضب": the prime minister condemns; he is not condemned
    records = events_of("واستنكرت عدة جهات دولية الحادثة البشعة، وأعرب رئيس الوزراء الباكستاني "
                        "نواز شريف في بيان عن الغضب.")
    assert [r["target"] for r in find(records, "ACCUSE")] in ([], [None])


def test_an_intention_announced_with_its_pronoun_is_future():
    records = events_of("وأعلنت الولايات المتحدة وتركيا نيتهما توفير غطاء جوي للمسلحين المعارضين.")
    assert {r["modality"] for r in find(records, "AID")} == {"future"}


def test_the_genitive_of_an_expulsion_is_who_is_expelled():
    records = events_of("وأعلنت الكويت أمس طرد دبلوماسيين إيرانيين.")
    assert [summary(r) for r in find(records, "SANCTION")] == [("SANCTION", "KWT", "IRN")]


@pytest.mark.parametrize("text", [
    "تبنى تنظيم داعش انفجار سيارة مفخخة قرب القنصلية الإيطالية في القاهرة.",
    "وأعلنت الجبهة مسؤوليتها عن هجمات منها تفجير انتحاري عند السفارة الأميركية في أنقرة عام 2013.",
])
def test_a_building_after_a_preposition_of_place_did_not_attack(text):
    # "قرب القنصلية"، "عند السفارة": where the bomb went off, not its genitive doer
    sources = [(r["source"] or {}).get("code") for r in find(events_of(text), "ASSAULT")]
    assert "ITA" not in sources and "USA" not in sources


def test_who_announces_an_act_in_a_statement_did_it():
    # "أعلنت الوزارة في بيان القبض على …": the statement between the announcer and the act
    records = events_of("وأعلنت وزارة الداخلية السعودية في بيان القبض على خلية إرهابية.")
    assert [summary(r)[1] for r in find(records, "COERCE")] == ["SAU"]


@pytest.mark.parametrize("text, expected", [
    ("والتقى وفد من حركة حماس مسؤولين مصريين في القاهرة.", ("CONSULT", "HAMAS", "EGY")),
    ("وقامت مجموعة من داعش بإطلاق النار على الشرطة العراقية.", ("ASSAULT", "ISIL", "IRQ")),
])
def test_the_body_after_its_members_and_min_is_the_actor(text, expected):
    # "وفد من حركة حماس": the من counts the delegation; Hamas is the subject, not a phrase with من
    assert [summary(r) for r in events_of(text) if r["type"] == expected[0]] == [expected]


def test_the_charge_after_an_accusation_is_alleged_of_the_accused_with_the_acts_joined_to_it():
    # "بقصف الأحياء": no actor of its own, yet no act named in passing: the charge; "وقتل
    # المدنيين" joined to it is charged too
    records = events_of("واتهمت الحكومة اليمنية الحوثيين بقصف الأحياء السكنية في تعز وقتل المدنيين.")
    assault = find(records, "ASSAULT")
    assert [(summary(r)[1], r["modality"], r["claimant"]["code"]) for r in assault] \
        == [("HOUTHIS", "alleged", "YEM")] * 2


def test_a_monitors_account_is_a_report_not_a_claim():
    # coding guide: "بحسب المرصد…" is asserted, with no claimant and no accusation
    records = events_of("وقال المرصد السوري لحقوق الإنسان إن طائرات التحالف الدولي قتلت عشرة من عناصر داعش. "
                        "وأضاف المرصد أن طائرات النظام السوري قصفت بلدة الزبداني.")
    assert find(records, "ACCUSE") == []
    assert {r["modality"] for r in find(records, "ASSAULT")} == {"asserted"}
    # (a guard: a party's account of its enemy's act stays its claim)
    records = events_of("وقالت وزارة الدفاع الروسية إن طائرات أمريكية قصفت مستشفى في سوريا.")
    assert [(r["type"], r["modality"]) for r in records] == [("ASSAULT", "alleged"), ("ACCUSE", "asserted")]


def test_a_call_on_the_international_community_carries_the_subject_before():
    # "وطالب المجتمع الدولي بـ": the international community is whom the call addresses (no
    # actor), so the verb names no subject of its own and carries the sentence before's
    records = events_of("وقال وزير الخارجية اليمني رياض ياسين إن الحوثيين يرتكبون جرائم حرب في تعز. "
                        "وطالب المجتمع الدولي بالضغط على الميليشيات للانسحاب من المدن.")
    assert [summary(r) for r in find(records, "REQUEST")] == [("REQUEST", "YEM", None)]


def test_what_is_discussed_is_the_topic_not_a_partner():
    # "ناقش البرلمان زيارة كيري": no meeting with Kerry; the partner of a discussion comes with مع
    records = events_of("ناقش البرلمان المصري زيارة وزير الخارجية الأمريكي جون كيري إلى القاهرة.")
    assert [summary(r)[2] for r in find(records, "CONSULT") if r["mode"] is None] == [None]
    records = events_of("وبحث الملك سلمان مع الرئيس الأمريكي باراك أوباما العلاقات الثنائية.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "SAU", "USA")]


@pytest.mark.parametrize("text, title", [
    ("وبحث الكسندر نوفاك وزير الطاقة الروسي أمس مع عبدالله البدري الأمين العام لمنظمة أوبك تطورات السوق.", ""),
    ("نص.", "وزير الطاقة الروسي يبحث والأمين العام لمنظمة أوبك تطورات السوق"),
])
def test_the_partner_of_a_discussion_after_an_unknown_name_or_joined_to_the_verb(text, title):
    # "مع عبدالله البدري الأمين العام …": مع before a name the KB does not know and the office it
    # holds; a headline's "يبحث والأمين العام": the partner joined to the verb (a guard: it was
    # read before, as the verb's object, which a discussion no longer takes)
    records = events_of(text, title=title)
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "RUS", "OPEC")]


@pytest.mark.parametrize("text, expected", [
    ("وسيطرت القوات العراقية على مدينة بيجي بعد معارك عنيفة مع تنظيم داعش.", ("ASSAULT", "IRQ", "ISIL")),
    ("وقالت مصادر إن القوات اليمنية سيطرت على المديرية، عقب مواجهات مسلحة مع الحوثيين أسفرت عن مقتل 26 منهم.",
     ("ASSAULT", "YEM", "HOUTHIS")),
])
def test_fighting_told_as_the_time_of_a_gain_is_fought_by_the_clause_subject(text, expected):
    # "بعد معارك مع داعش": the fighting is the news of the sentence, its one side the clause's subject
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [expected]
    # (a guard: an act of one side after "بعد" stays the time of another act, no record)
    assert find(events_of("وفر السجناء بعد هجوم على السجن."), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "وانفجرت سيارة مفخخة في وسط بغداد أمس ما أدى إلى مقتل خمسة أشخاص.",
    "وانفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد أمس ما أدى إلى مقتل خمسة أشخاص.",
])
def test_a_capital_past_a_word_of_where_is_the_place_not_the_bomber(text):
    # "في وسط بغداد"، "بجنوب بغداد": where the car bomb went off, not its doer
    assert [r["source"] for r in find(events_of(text), "ASSAULT")] in ([], [None])


def test_the_subject_of_a_support_verb_across_an_aside_between_commas():
    # "سلاح الطيران …، ومقرها شرق البلاد، نفذ ضربة جوية": the aside names the seat, not the doer
    records = events_of("وقال متحدث عسكري إن سلاح الطيران التابع للحكومة الرسمية بليبيا، ومقرها شرق البلاد، "
                        "نفذ ضربة جوية على مواقع تنظيم داعش.")
    assert [summary(r) for r in find(records, "ASSAULT")] == [("ASSAULT", "LBY", "ISIL")]


def test_who_announces_an_intention_to_provide_an_act_is_its_doer():
    # "أعلنتا نيتهما لتوفير غطاء جوي": the intention and the carrying verbal noun between the
    # announcers and the act (future)
    records = events_of("وأعلنت الولايات المتحدة وتركيا نيتهما لتوفير غطاء جوي للمعارضة السورية.")
    assert sorted((summary(r)[1], r["modality"]) for r in find(records, "AID")) \
        == [("TUR", "future"), ("USA", "future")]


@pytest.mark.parametrize("sentence, expected", [
    # a verb of announcing makes the bare responsibility a claim; the adjective after the attack
    # noun is no doer of its own
    ("وأعلنت حركة الشباب المسؤولية عن هجوم الأحد الانتحاري على فندق في مقديشو.", ("ASSAULT", "AL_SHABAAB")),
    ("أعلن تنظيم داعش المسؤولية عن تفجير استهدف حافلة للجيش في سيناء.", ("ASSAULT", "ISIL")),
])
def test_an_announced_responsibility_claims_the_attack_after_it(sentence, expected):
    assert [summary(r)[:2] for r in find(events_of(sentence), "ASSAULT")] == [expected]


def test_a_blamed_responsibility_is_no_claim():
    records = events_of("وحملت الحكومة الصومالية حركة الشباب المسؤولية عن هجوم على فندق في مقديشو.")
    assert ("ACCUSE", "SOM", "AL_SHABAAB") in [summary(r) for r in records]
    assert all(r["source"] is None or r["modality"] == "alleged" for r in find(records, "ASSAULT"))


@pytest.mark.parametrize("sentence, expected", [
    ("وقالت حركة الشباب إنها هاجمت قوات كينية في جنوب الصومال.", ("ASSAULT", "AL_SHABAAB")),
    ("وقال المسلحون الحوثيون إنهم قصفوا مواقع سعودية على الحدود.", ("ASSAULT", "HOUTHIS")),
])
def test_the_pronoun_on_the_complementizer_is_the_subject_and_the_noun_after_the_verb_its_object(sentence, expected):
    records = find(events_of(sentence), "ASSAULT")
    assert [summary(r)[:2] for r in records] == [expected]
    assert records[0]["target"] is not None and records[0]["target"]["code"] != records[0]["source"]["code"]


@pytest.mark.parametrize("sentence, expected", [
    ("قالت وزارة الدفاع التركية إن مقاتلاتها أسقطت طائرة حربية سورية قرب الحدود.", ("ASSAULT", "TUR", "SYR")),
    ("أعلن الجيش الأوكراني إسقاط مروحية روسية فوق دونيتسك.", ("ASSAULT", None, "RUS")),
])
def test_shooting_down_an_aircraft_is_an_attack(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == [expected]


@pytest.mark.parametrize("sentence", [
    "أسقطت المحكمة العليا التهم عن الوزير السابق.",
    "طالب المحتجون في الخرطوم بإسقاط الحكومة.",
])
def test_dropped_charges_and_toppled_governments_are_no_attack(sentence):
    assert find(events_of(sentence), "ASSAULT") == []


def test_a_mined_car_is_a_bombing_and_militants_its_doers():
    # one operation, one record: the killing with its victims, not the car bomb without them too
    records = find(events_of("وقتل أربعة أشخاص أمس في تفجير سيارة ملغومة نفذه متشددون قرب سوق في جلال آباد."), "ASSAULT")
    assert len(records) == 1 and records[0]["mode"] == "explosives"
    assert records[0]["source"]["sector"] == ["UAF"]


@pytest.mark.parametrize("sentence, expected", [
    # an aside of place and time that a comma closes stands between the subject and the object
    ("التقى رئيس الوزراء الأردني بمكتبه في مبنى رئاسة الوزراء بعمان صباح اليوم، وزير الخارجية التونسي.",
     ("CONSULT", "JOR", "TUN")),
    # an office of the subject's own country between commas is his apposition, not the object
    ("استقبل الوزير سامح شكري، وزير الخارجية المصري، نظيره الأردني ناصر جودة أمس.", ("CONSULT", "EGY", "JOR")),
])
def test_the_object_of_a_meeting_past_an_aside_or_the_subjects_apposition(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "CONSULT")] == [expected]


def test_breaking_up_a_sit_in_is_crowd_control_on_its_protesters():
    records = events_of("وفضت قوات الأمن الأردنية اعتصام جماعة الإخوان أمام مجلس النواب بالقوة أمس.")
    assert [(r["mode"], *summary(r)[1:]) for r in find(records, "ASSAULT")] \
        == [("crowd-control", "JOR", "MUSLIM_BROTHERHOOD")]


@pytest.mark.parametrize("sentence", ["وفض الوسيط الاشتباك بين الفريقين.", "ودعا إلى فض النزاع بين البلدين سلميا."])
def test_settling_a_dispute_is_no_crowd_control(sentence):
    assert find(events_of(sentence), "ASSAULT") == []


def test_a_crackdown_on_a_group_is_coercion():
    records = events_of("وشنت السلطات التونسية حملة أمنية على جماعة أنصار الشريعة أمس.")
    assert [(r["mode"], summary(r)[1]) for r in find(records, "COERCE")] == [("arrest", "TUN")]


def test_what_relates_to_a_matter_is_no_phone_call():
    # a headline's present is no habit, so the verb alone would make a call of it
    assert find(events_of("", title="القاهرة تحاكم قيادات الإخوان بتهم تتصل بالعنف"), "CONSULT") == []


@pytest.mark.parametrize("sentence, expected", [
    ("وأحالت النيابة العامة المصرية عددا من قيادات جماعة الإخوان إلى محكمة الجنايات.",
     ("ACCUSE", "EGY", "MUSLIM_BROTHERHOOD")),
    ("وقررت النيابة التونسية إحالة خمسة من عناصر تنظيم داعش إلى القضاء.", ("ACCUSE", "TUN", "ISIL")),
])
def test_a_referral_to_trial_is_an_accusation(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ACCUSE")] == [expected]


def test_who_is_referred_to_trial_in_the_passive_is_its_target():
    records = find(events_of("وأحيل الضابط الأردني السابق إلى محكمة أمن الدولة أمس."), "ACCUSE")
    assert [summary(r) for r in records] == [("ACCUSE", None, "JOR")]


def test_a_file_referred_to_a_committee_is_no_accusation():
    assert find(events_of("وأحال رئيس الوزراء العراقي الملف إلى لجنة الأمن في البرلمان."), "ACCUSE") == []


@pytest.mark.parametrize("sentence", [
    "ويتوقع أن يلتقي وزير الخارجية المصري نظيره الأردني في عمان الأسبوع المقبل.",
    "ورجح المسؤول أن تقصف الطائرات الروسية مواقع داعش في الرقة.",
    "وقال الوزير التونسي، مرجحا أن يزور الرئيس الجزائري تونس قريبا.",
])
def test_an_expected_act_is_future(sentence):
    records = [r for r in events_of(sentence) if r["type"] in ("CONSULT", "ASSAULT")]
    assert records and all(r["modality"] == "future" for r in records)


@pytest.mark.parametrize("sentence", [
    "وانسحبت جبهة النصرة من ريف حلب كي لا تهاجمها الطائرات التركية.",
    "وأرسلت تركيا قوات إلى الحدود لكي تقصف مواقع داعش.",
])
def test_an_act_told_as_a_purpose_is_hypothetical(sentence):
    records = [r for r in events_of(sentence) if r["type"] in ("ASSAULT", "SANCTION")]
    assert records and all(r["modality"] == "hypothetical" for r in records)


def test_a_name_with_ki_is_no_purpose():
    records = find(events_of("وأدان الأمين العام بان كي مون التفجير الذي قتل 20 شخصا في أنقرة أمس."), "ASSAULT")
    assert records and all(r["modality"] == "asserted" for r in records)


@pytest.mark.parametrize("sentence, expected", [
    ("وأعلن البرلمان الليبي رفضه إجراءات الحكومة التونسية على الحدود.", ("REJECT", "LBY", "TUN")),
    ("وانتقدت منظمة التعاون الإسلامي انتهاكات إسرائيل في المسجد الأقصى.", ("ACCUSE", "OIC", "ISR")),
])
def test_the_actor_after_a_matter_the_act_answers_is_its_target(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), expected[0])] == [expected]


def test_the_accusative_noun_of_inna_before_a_killing_is_who_was_killed():
    # "إن جنديا قتل": إنّ جنديًا قُتل, the soldier was killed; "إن مسلحا قتل شرطيا" keeps its doer
    records = find(events_of("وقال المتحدث باسم الجيش العراقي إن جنديا قتل عندما هاجم مسلحون حاجزا في الأنبار."), "ASSAULT")
    assert not [r for r in records if r["source"] and r["source"]["text"] == "جنديا"]
    assert [r["target"]["code"] for r in records if r["target"] and r["target"]["text"] == "جنديا"] == ["IRQ"]
    records = find(events_of("قالت الشرطة العراقية إن مسلحا قتل شرطيا في كركوك."), "ASSAULT")
    assert [(r["source"]["text"], r["target"]["text"]) for r in records] == [("مسلحا", "شرطيا")]


@pytest.mark.parametrize("sentence, expected", [
    ("وسيجري وزير الخارجية العماني ونظيره الإيراني محادثات في مسقط.", "CONSULT"),
    ("وسيقوم الرئيس المصري بزيارة إلى السعودية الأسبوع المقبل.", "CONSULT"),
    ("وسيعقد وزير الخارجية العماني اجتماعا مع نظيره الإيراني في مسقط.", "CONSULT"),
    ("وأجرى وزير الخارجية العماني ونظيره الإيراني محادثات في مسقط.", None),  # told as done
    ("وعقد وزير الخارجية العماني اجتماعا مع نظيره الإيراني في مسقط.", None),
])
def test_an_act_carried_by_a_support_verb_in_the_future_is_future(sentence, expected):
    records = find(events_of(sentence), "CONSULT")
    assert records and all(r["modality"] == ("future" if expected else "asserted") for r in records)


def test_a_name_after_a_word_of_one_person_named_again_is_that_person():
    text = ("انتهت محاكمة الصحافي جيسون رضائيان أمس في طهران. "
            "واتهمت السلطات الإيرانية رضائيان بالتجسس لصالح الولايات المتحدة.")
    targets = [r["target"] for r in find(events_of(text), "ACCUSE")]
    assert [(t["text"], t["name"]) for t in targets] == [("رضائيان", "جيسون رضائيان")]


@pytest.mark.parametrize("sentence, expected", [
    ("وقررت الحكومة الأمريكية رفع العقوبات عن كوبا.", ("RETREAT", "USA", "CUB")),
    ("وأعلنت واشنطن تخفيف العقوبات المفروضة على السودان.", ("RETREAT", "USA", "SDN")),
    ("فرضت الحكومة الأمريكية عقوبات على كوبا.", ("SANCTION", "USA", "CUB")),  # imposed, not lifted
])
def test_lifting_sanctions_eases_them(sentence, expected):
    records = [r for r in events_of(sentence) if r["type"] in ("RETREAT", "SANCTION")]
    assert [summary(r) for r in records] == [expected]


def test_a_generic_speaker_is_the_subject_of_his_own_act_after_a_plural_pronoun():
    records = events_of("وقالت المقاومة الشعبية في تعز إنها قتلت عشرين من مسلحي جماعة الحوثي أمس.")
    assert [summary(r)[:2] for r in find(records, "ASSAULT")] == [("ASSAULT", "YEM")]
    assert find(records, "ACCUSE") == []  # his own act: no claim against another party


def test_an_act_in_a_nested_content_is_not_the_speakers():
    # "إنهم يعتقدون أنه قتل": the act is in what they believe, a passive of someone else
    records = events_of("وقال مسؤولون أمريكيون إنهم يعتقدون أنه قتل في غارة جوية قرب الرقة.")
    assert not [r for r in records if r["source"] and r["source"]["text"] == "مسؤولون أمريكيون"]


def test_a_generic_speaker_who_cannot_harm_suffered_the_act_he_tells():
    # "إنهم خطفوا": خُطفوا, the detainees were kidnapped, they kidnapped no one
    records = events_of("وقال المعتقلون المفرج عنهم إنهم خطفوا من منازلهم في الموصل قبل شهرين.")
    assert not [r for r in records if r["source"] and r["source"]["sector"] == ["CVL"]]


def test_congratulating_is_support_and_here_is_no_congratulation():
    records = events_of("", title="خادم الحرمين يهنئ سلطان عمان بذكرى يوم النهضة")
    assert [summary(r) for r in find(records, "SUPPORT")] == [("SUPPORT", "SAU", "OMN")]
    # هنأ normalised is هنا, "here": the masculine past is left out
    assert find(events_of("وهنا أشار الوزير الأردني إلى صعوبة الوضع في سوريا."), "SUPPORT") == []


@pytest.mark.parametrize("sentence", [
    "وقال الجيش الباكستاني إن القوات الهندية انتهكت وقف إطلاق النار في كشمير.",
    "وهدد المتمردون الأكراد بقطع الهدنة مع الحكومة التركية.",
])
def test_a_truce_broken_or_ended_is_no_concession(sentence):
    assert find(events_of(sentence), "CONCEDE") == []


def test_a_truce_declared_is_a_concession():
    records = events_of("وأعلن التحالف العربي هدنة إنسانية في اليمن لمدة خمسة أيام.")
    assert [summary(r) for r in find(records, "CONCEDE")] == [("CONCEDE", "ARAB_COALITION", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("واعتذر الرئيس السوداني عن عدم حضور القمة الأفريقية في جوهانسبرغ.", []),  # he declined
    ("واعتذر وزير الخارجية الأمريكي عن المشاركة في مؤتمر باريس.", []),
    ("واعتذرت الحكومة اليابانية عن استخدام الأسرى الأمريكيين في العمل بالسخرة.", [("CONCEDE", "JPN")]),
])
def test_excusing_oneself_from_an_act_is_no_apology(sentence, expected):
    assert [summary(r)[:2] for r in find(events_of(sentence), "CONCEDE")] == expected


def test_a_visit_named_as_the_eve_of_another_act_is_its_time():
    # "عشية زيارة …": the visit dates the act told, it is not told itself
    records = find(events_of("وفي خطاب متلفز أمس عشية زيارة الرئيس الفرنسي، أكد الرئيس التونسي دعمه للإصلاحات."),
                   "CONSULT")
    assert records == []


@pytest.mark.parametrize("sentence, expected", [
    # an attack on a place befalls whoever holds it, after a noun or a verb
    ("وشن الطيران الروسي أمس غارات على الأحياء الخاضعة لسيطرة تنظيم داعش في ريف حمص.",
     [("ASSAULT", "RUS", "ISIL")]),
    ("وأفاد ناشطون بأن القصف استهدف بلدة يسيطر عليها تنظيم داعش شرق حمص.", [("ASSAULT", None, "ISIL")]),
    # also named before the verb of holding, as its subject
    ("وشنت طائرات روسية أمس غارات على بلدات كان مسلحو تنظيم داعش يحاولون السيطرة عليها.",
     [("ASSAULT", "RUS", "ISIL")]),
    # and he is no subject of the verb before the place
    ("واستهدف هجوم انتحاري مواقع يتمركز فيها الحوثيون في محافظة الجوف.", [("ASSAULT", None, "HOUTHIS")]),
    # an actor harmed is the target, not who holds the place where it befell him
    ("وقتلت قوات الأمن العراقية ثلاثة من عناصر تنظيم القاعدة في قرية يسيطر عليها المسلحون.",
     [("ASSAULT", "IRQ", "AL_QAEDA")]),
])
def test_the_holder_of_a_place_attacked_is_the_target(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # what lies across a border is neither the doer nor the country of the place
    ("وفي ولاية هكاري الحدودية مع إيران والعراق قتل أربعة مسلحين في انفجار عبوة ناسفة.", [(None, "TUR")]),
    ("وفي منطقة حدودية مع سورية والعراق قتل أربعة مسلحين في انفجار عبوة ناسفة.", [(None, None)]),
])
def test_a_place_joined_to_one_across_a_border_is_across_it_too(sentence, expected):
    assert [summary(r)[1:] for r in find(events_of(sentence), "ASSAULT")] == expected


@pytest.mark.parametrize("first, code", [
    ("وتواصل الطائرات قصف مواقع المتمردين في تركيا وشمال العراق.", None),  # two countries: neither
    ("وتواصل الطائرات قصف مواقع المتمردين في بغداد والبصرة.", "IRQ"),  # guard: one country
])
def test_places_of_two_countries_joined_set_no_country_for_the_next_sentence(first, code):
    records = find(events_of(first + " وقتل ثلاثة مسلحين في اشتباكات أمس."), "ASSAULT")
    assert [r["target"]["code"] for r in records if r["target"]["text"] == "مسلحين"] == [code]


@pytest.mark.parametrize("sentence, expected", [
    # two signers named together sign with each other; the partner after مع is the target
    ("ووقع الأردن والسعودية أمس اتفاقية للتعاون العسكري.", [("SUPPORT", "JOR", "SAU")]),
    ("ووقعت مصر أمس اتفاقية مع روسيا لبناء محطة نووية.", [("SUPPORT", "EGY", "RUS")]),
    # guard: supporting something together is no support of each other
    ("وأيد الأردن والسعودية أمس قرار مجلس الأمن.", [("SUPPORT", "JOR", "UN_SC"), ("SUPPORT", "SAU", "UN_SC")]),
])
def test_signing_an_agreement_together_is_support_of_each_other(sentence, expected):
    records = events_of(sentence)
    assert [summary(r) for r in records] == expected  # the agreement signed is no AGREE of its own


def test_a_protest_broken_up_still_took_place():
    # guard: the protest a dispersal requires is an act of its own, unlike an agreement signed
    records = events_of("وأغلق المتظاهرون الطريق أمس لكن الشرطة المصرية فضت الاعتصام بالقوة.")
    assert "PROTEST" in [r["type"] for r in records]


@pytest.mark.parametrize("sentence, expected", [
    # the members stand for their body: what governs them governs it
    ("وقدمت النيابة العامة المصرية أمس لائحة اتهام ضد عشرة من قادة جماعة الإخوان المسلمين.",
     [("ACCUSE", "EGY", "MUSLIM_BROTHERHOOD")]),
    ("والتقى الرئيس اليمني أمس مع قادة الحراك الجنوبي في عدن.", [("CONSULT", "YEM", "SOUTHERN_MOVEMENT")]),
])
def test_a_preposition_before_members_governs_their_body(sentence, expected):
    assert [summary(r) for r in events_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # "فرضت" carries the sanctions noun: its subject imposes them, past a time and a comma
    ("وفرضت الحكومة الأمريكية أمس، عقوبات على حزب الله اللبناني.", [("SANCTION", "USA", "HEZBOLLAH")]),
    # guard: the verbal noun "فرض" is no verb; who refuses sanctions imposes none
    ("وقالت طهران إنها لن تقبل إعادة فرض العقوبات عليها.", []),
])
def test_the_subject_of_imposing_imposes_the_sanctions(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "SANCTION") if r["source"]] == expected


@pytest.mark.parametrize("sentence, modality", [
    # an act called off or put off did not take place
    ("وأعلنت الخارجية العراقية أمس تأجيل زيارة وزير الخارجية العراقي إلى الكويت.", "negated"),
    ("وألغت الحكومة المصرية أمس زيارة الرئيس الفرنسي إلى القاهرة.", "negated"),
    ("ووصل وزير الخارجية الإيراني إلى أنقرة من أجل زيارة الرئيس التركي.", "asserted"),  # guard: "من أجل"
])
def test_an_act_called_off_is_negated(sentence, modality):
    assert [r["modality"] for r in find(events_of(sentence), "CONSULT")][:1] == [modality]


@pytest.mark.parametrize("sentence, expected", [
    # a relative clause that tells what befell a named person is news, and he is its target
    ("وقال الجيش إن الصحفي مصطفى حداد الذي اغتيل أمس في حلب كان يغطي المعارك.", [("ASSAULT", None, "SYR")]),
    ("وقالت الشرطة إن النائب سمير فرنجية الذي قتل أمس في انفجار سيارة مفخخة في بيروت كان عائدا إلى منزله.",
     [("ASSAULT", None, "LBN")]),
    # guard: with the people he killed after the verb, the clause tells what he did: background
    ("وقالت المصادر إن الصحفي مهند حداد الذي قتل خمسة جنود أمريكيين كان يعمل في شركة.", []),
])
def test_a_harm_told_in_a_relative_clause_after_a_person_befell_him(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == expected


def test_time_words_do_not_count_in_the_reach_of_an_object():
    # "صباح أمس (الأحد)" stands between the subject and the object without taking their reach
    records = events_of("واستقبل العاهل الأردني الملك عبدالله الثاني في قصر الحسينية بعمان صباح أمس (الأحد) "
                        "الرئيس الفلسطيني محمود عباس.")
    assert [summary(r) for r in find(records, "CONSULT")] == [("CONSULT", "JOR", "PSE")]


@pytest.mark.parametrize("sentence, expected", [
    # in the passive, whoever follows "سراح" was released, by someone unnamed
    ("وأطلق سراح الصحفي الأمريكي أمس بعد عامين من الاحتجاز.", [("RETREAT", None, "USA")]),
    # guard: the releaser between the verb and سراح, or before the verb, stays its doer
    ("وأطلقت السلطات الإيرانية أمس سراح الصحفي الأمريكي.", [("RETREAT", "IRN", "USA")]),
    ("والسلطات الإيرانية أطلقت سراح الصحفي الأمريكي أمس.", [("RETREAT", "IRN", "USA")]),
])
def test_who_follows_a_release_is_the_released(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "RETREAT")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # "أنه" before a future verb is the speaker, its subject; the noun after the verb its object
    ("وأعلن وزير الخارجية الألماني أنه سيزور السعودية الشهر المقبل.", [("CONSULT", "DEU", "SAU")]),
    # guard: before a past verb "إنه" may be the pronoun of the matter ("إنه قُتل"): no doer
    ("وقال المتحدث العسكري إنه قتل ثلاثة جنود في الهجوم.", []),
])
def test_a_masculine_pronoun_before_a_future_verb_is_its_subject(sentence, expected):
    assert [summary(r) for r in events_of(sentence) if r["source"]] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a plural in ين right after the verb is its object (the accusative), not its subject
    ("ودعت الحكومة الليبية أمس الليبيين إلى التوافق.", [("REQUEST", "LBY", "LBY")]),
    ("وطالب الاتحاد الأوروبي أمس الحوثيين بالإفراج عن الصحفيين.", [("REQUEST", "EU", "HOUTHIS")]),
    ("وطالب الحوثيين بالإفراج عن الصحفيين.", [("REQUEST", None, "HOUTHIS")]),
    # guard: after من it is the genitive of a count, which does the act
    ("وطالب عدد من المواطنين بالإفراج عن الصحفيين.", [("REQUEST", None, None)]),
])
def test_a_plural_in_iin_right_after_a_verb_is_its_object(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "REQUEST")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # in construct the plural drops its ن ("مقاتلي"), and stays oblique: the object
    ("وقال الجيش الأردني إنه هاجم مسلحي داعش قرب الحدود.", [("ASSAULT", "JOR", "ISIL")]),
    # the same when the actor is the plural's genitive
    ("وقال الجيش الأردني إنه هاجم مقاتلي تنظيم داعش قرب الحدود.", [("ASSAULT", "JOR", "ISIL")]),
    # guard: the nominative in construct ("مقاتلو") is the subject
    ("وهاجم مقاتلو تنظيم داعش نقطة حدودية أردنية.", [("ASSAULT", "ISIL", "JOR")]),
])
def test_a_plural_in_construct_right_after_a_verb_is_its_object(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), expected[0][0])] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the speaker reaches his words across an aside between commas
    ("وأكد وزير الخارجية الأمريكي جون كيري، في مقابلة خاصة مع قناة تلفزيونية عربية، أنه سيلتقي "
     "نظراءه من دول مجلس التعاون الخليجي الأسبوع المقبل.", [("CONSULT", "USA", "GCC")]),
])
def test_a_speaker_reaches_his_words_across_an_aside(sentence, expected):
    assert [summary(r) for r in events_of(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "وقال المحلل السياسي الأمريكي جون ديفيس إن الطائرات الروسية قصفت مواقع المعارضة السورية.",
    "وقال جون ديفيس، الباحث في معهد واشنطن، إن الطائرات الروسية قصفت مواقع المعارضة السورية.",
])
def test_a_commentators_account_is_no_claim(sentence):
    # an analyst or a researcher is no party: what he tells stays asserted, and accuses no one
    records = events_of(sentence)
    assert [(r["type"], r["modality"]) for r in records] == [("ASSAULT", "asserted")]


def test_the_holder_of_a_long_unknown_office_after_the_verb_is_its_subject():
    [record] = find(events_of("وانتقد نائب رئيس لجنة حماية المستهلك بالغرفة التجارية فهد بن سعد العتيبي القرار الجديد."),
                    "ACCUSE")
    assert record["source"]["text"] == "فهد بن سعد العتيبي" and record["target"] is None


def test_a_person_a_preposition_governs_after_an_office_is_no_subject():
    # the prince is whose efforts were praised, not who praised them
    records = find(events_of("وأشاد مدير المهرجان السنوي الدولي للكتاب بجهود الأمير سعود بن نايف أمير المنطقة الشرقية."),
                   "SUPPORT")
    assert all(r["source"] is None or "سعود" not in r["source"]["text"] for r in records)


def test_a_body_of_state_without_a_country_is_of_the_state_the_article_names_most():
    # the police named in a sentence with no place are Saudi, not of the German capital named
    # in the sentence before
    text = ("أعلنت السعودية أمس عن برنامج جديد لمكافحة المخدرات. وقال وزير الداخلية السعودي إن البرنامج "
            "يشمل كل المناطق، مؤكدا أن الحكومة السعودية ستموله. وأشاد وزير الداخلية الألماني بالبرنامج "
            "في مؤتمر صحفي في برلين. واعتقلت الشرطة أمس ثلاثة مطلوبين في قضايا تهريب.")
    assert [r["source"]["code"] for r in find(events_of(text), "COERCE")] == ["SAU"]


def test_a_body_of_state_in_a_sentence_with_a_place_keeps_that_places_country():
    # a guard: the place of its own sentence says more than the article's most named state
    text = ("أعلنت السعودية أمس عن برنامج جديد لمكافحة المخدرات. وقال وزير الداخلية السعودي إن البرنامج "
            "يشمل كل المناطق، مؤكدا أن الحكومة السعودية ستموله. واعتقلت الشرطة في القاهرة أمس ثلاثة مطلوبين.")
    assert [r["source"]["code"] for r in find(events_of(text), "COERCE")] == ["EGY"]


@pytest.mark.parametrize("text, expected", [
    # a verbal noun of backing told as an act to do: its genitive is the one backed, and the
    # subject of its clause the backer
    ("وأكدت السعودية حرصها على دعم الحكومة اليمنية الشرعية.", ("SUPPORT", "SAU", "YEM")),
    ("وتعهد الاتحاد الأوروبي بتقديم الأموال لمساعدة اليونان.", ("AID", "EU", "GRC")),
])
def test_the_genitive_of_backing_to_do_is_the_one_backed(text, expected):
    assert expected in [summary(r) for r in events_of(text)]


@pytest.mark.parametrize("text, expected", [
    # guards: with a ل-actor after it the genitive is the backer, and so it is after "بفضل" or as
    # an adjective
    ("وأشاد الوزير اليمني بمساعدات السعودية لليمن.", ("AID", "SAU", "YEM")),
    ("ونجح المهرجان بفضل دعم الحكومة السعودية.", ("SUPPORT", "SAU", None)),
    ("وتدين الحكومة الأفغانية ببقائها للدعم الأمريكي.", ("SUPPORT", "USA", None)),
])
def test_the_genitive_of_backing_told_is_the_backer(text, expected):
    assert expected in [summary(r) for r in events_of(text)]


@pytest.mark.parametrize("text, expected", [
    # a reception set off as an aside after the clause's subject: he is the host, and the
    # reception's genitive his guest
    ("وأعرب وزير الخارجية الأردني، لدى استقبال السفير الياباني أمس في عمان، عن تقديره للدعم الياباني.",
     ("CONSULT", "JOR", "JPN")),
    # a reception's genitive is its host, and the noun right after it his guest
    ("جرى ذلك لدى استقبال الرئيس المصري وزير الخارجية الفرنسي في القاهرة أمس.", ("CONSULT", "EGY", "FRA")),
])
def test_a_reception_names_its_host_and_its_guest(text, expected):
    assert expected in [summary(r) for r in events_of(text)]


def test_the_press_in_a_press_review_tells_the_act_it_does_not_do_it():
    [record] = find(events_of("وواكبت الصحف المحلية أمس اقتحام مسلحين مركزا للشرطة في مدينة القصرين التونسية."),
                    "ASSAULT")
    assert "JRN" not in record["source"]["sector"] and record["source"]["text"] == "مسلحين"


@pytest.mark.parametrize("text, expected", [
    # the demonym after the sources says whose sources report the act (no doer of it), and the
    # holder of what the act's doer struck is its target
    ("وأكدت مصادر ليبية اقتحام مسلحي تنظيم داعش مقر حكومة الوفاق في مدينة سرت.", ("ASSAULT", "ISIL", "LBY")),
    ("وأكدت مصادر عراقية اقتحام عناصر تنظيم داعش منزل قائد قوات الحشد الشعبي في مدينة الرمادي.",
     ("ASSAULT", "ISIL", "PMF")),
])
def test_sources_report_an_act_whose_doer_struck_what_another_holds(text, expected):
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [expected]


def test_whose_sources_report_an_act_did_not_do_it():
    records = find(events_of("وأكدت مصادر ليبية اختطاف مسلحين تابعين لتنظيم داعش صحفيين تونسيين."), "ASSAULT")
    assert all(r["source"] is None or r["source"]["code"] != "LBY" for r in records)


def test_the_name_right_after_the_body_that_is_the_subject_is_its_head_not_the_object():
    [record] = find(events_of("وطالب رئيس اللجنة الدولية للصليب الأحمر جون سميث، الأطراف اليمنية بحماية المدنيين."),
                    "REQUEST")
    assert record["source"]["group"] == "ICRC" and (record["target"] is None or record["target"]["code"] == "YEM")


def test_a_title_of_two_words_named_bare_is_the_one_named_with_it_before():
    text = "رحب الأمين العام لجامعة الدول العربية بقرار البرلمان العراقي. ودعا الأمين العام جميع الأطراف العراقية إلى التوافق."
    assert ("REQUEST", "ARAB_LEAGUE", "IRQ") in [summary(r) for r in events_of(text)]


@pytest.mark.parametrize("text, expected", [
    ("ووجهت الحكومة العراقية أصابع الاتهام إلى إيران.", ("ACCUSE", "IRQ", "IRN")),
    ("وألقت الحكومة العراقية باللوم على تنظيم داعش.", ("ACCUSE", "IRQ", "ISIL")),
    # two sides named together trade accusations
    ("وتبادلت أوكرانيا وروسيا الاتهامات أمس بقصف المدنيين.", ("ACCUSE", "UKR", "RUS")),
    # "ألقت" written out: the arresters between the verb and القبض, a place after them
    ("ألقت السلطات الفرنسية في مدينة ليون القبض على رجلين أمس.", ("COERCE", "FRA", None)),
])
def test_accusations_and_arrests_told_with_a_light_verb(text, expected):
    assert expected in [summary(r) for r in events_of(text)]


def test_a_state_in_brackets_that_place_a_name_is_no_doer():
    records = find(events_of("وفي عدن (جنوب اليمن) قتل ثلاثة جنود سعوديين أمس بانفجار لغم."), "ASSAULT")
    assert [summary(r) for r in records] == [("ASSAULT", None, "SAU")]


@pytest.mark.parametrize("text", [
    "ووافقت الحكومة الأردنية على استقبال جرحى يمنيين مدنيين وعسكريين في مستشفياتها.",
    "محافظ المدينة يستقبل المعزين في مقر المحافظة.",
    "وهيأت أمانة جدة الحدائق والمتنزهات لاستقبال الزوار خلال العيد.",
])
def test_people_received_in_need_or_in_crowds_are_no_meeting(text):
    assert find(events_of(text), "CONSULT") == []


@pytest.mark.parametrize("text, expected", [
    # a definite noun that is no actor, right after the verb, is its subject
    ("وطالب البيان الحكومة الأردنية بفتح تحقيق.", ("REQUEST", None, "JOR")),
    ("ودعا المصدر الحكومة التونسية إلى التدخل.", ("REQUEST", None, "TUN")),
    # its own adjective stays the subject
    ("وطالبت الهيئة الأردنية الحكومة بفتح تحقيق.", ("REQUEST", "JOR", None)),
])
def test_a_definite_noun_that_is_no_actor_after_the_verb_is_its_subject(text, expected):
    assert summary(find(events_of(text), expected[0])[0]) == expected


def test_a_definite_act_noun_after_inna_is_the_subject_of_the_verb_after_it():
    text = "وذكر سكان أن الغارات استهدفت مخزنا لأسلحة وذخائر ميليشيا الحوثي قرب صعدة."
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [("ASSAULT", None, "HOUTHIS")]


def test_the_attack_after_a_killing_gives_it_its_doer():
    text = "قتل سبعة من الحوثيين بعد هجوم للمقاومة الليلة الماضية على مخزن سلاح في لحج."
    [record] = find(events_of(text), "ASSAULT")
    assert record["source"]["sector"] == ["PRM"] and summary(record)[2] == "HOUTHIS"


def test_a_doer_marked_after_another_act_is_not_the_first_acts():
    text = "وتأتي الزيارة بعد هجوم شنه مسلحون على حاجز للجيش الأسبوع الماضي."
    assert all(r["source"] is None or r["source"]["text"] != "مسلحون" for r in find(events_of(text), "CONSULT"))


def test_the_genitive_an_accusation_charges_is_the_one_accused():
    text = "وأثار اتهام الوزير الكيني بالفساد غضب البرلمان."
    assert all(summary(r)[1] != "KEN" for r in find(events_of(text), "ACCUSE"))
    # with the accuser in the genitive and the accused after ل, as before
    text = "وجاء ذلك بعد اتهام كينيا لأوغندا بدعم المتمردين."
    assert ("ACCUSE", "KEN", "UGA") in [summary(r) for r in events_of(text)]


def test_a_coalition_named_for_what_it_backs_does_not_back_it_in_its_name():
    text = "وشنت مقاتلات التحالف العربي لدعم الشرعية غارات على مواقع للحوثيين في صعدة."
    assert [summary(r) for r in events_of(text)] == [("ASSAULT", "ARAB_COALITION", "HOUTHIS")]


@pytest.mark.parametrize("text, expected", [
    ("وألقت مروحيات الجيش السوري براميل متفجرة على أحياء في حمص.", ("ASSAULT", "SYR", None)),
    ("وأسقط الجيش الإسرائيلي قنابل على مواقع لحركة حماس.", ("ASSAULT", "ISR", "HAMAS")),
])
def test_bombs_and_barrels_dropped(text, expected):
    assert expected in [summary(r) for r in events_of(text)]


def test_a_states_call_on_the_public_is_on_its_own_people():
    text = "ودعت الشرطة الفرنسية المواطنين في تونس إلى الحذر."
    [record] = find(events_of(text), "REQUEST")
    assert summary(record) == ("REQUEST", "FRA", "FRA")


def test_a_ministry_of_any_portfolio_is_a_body_of_state():
    [record] = find(events_of("وطالب المزارعون وزارة الزراعة الأردنية بتعويضهم."), "REQUEST")
    assert record["target"]["text"] == "وزارة الزراعة الأردنية" and record["target"]["sector"] == ["GOV"]


def test_actors_joined_after_a_preposition_share_it():
    text = "قتلت سلسلة من الهجمات على الشرطة والجيش الأفغاني في كابول عشرات الأشخاص."
    records = find(events_of(text), "ASSAULT")
    assert records and all(r["source"] is None for r in records)
    assert {summary(r)[2] for r in records} == {"AFG"}


@pytest.mark.parametrize("text, expected", [
    # the act noun right after a verb of harm is its subject: one record, the victims its target
    ("قتل تفجير انتحاري 12 شخصا في كابول.", [("ASSAULT", None, "AFG")]),
    ("قتلت غارة جوية روسية عشرة مدنيين في ريف إدلب.", [("ASSAULT", "RUS", "SYR")]),
])
def test_an_act_noun_after_a_verb_of_harm_is_its_subject(text, expected):
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == expected


def test_god_after_the_subject_of_a_verb_makes_a_prayer():
    assert find(events_of("ودعت الحكومة الأردنية الله أن يرحم الضحايا."), "REQUEST") == []


def test_a_count_hedged_at_least_before_a_verb_of_harm_is_its_victims():
    text = "وقال مصدر أمني إن ثلاثة جنود تونسيين على الأقل قتلوا في هجوم على دورية."
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [("ASSAULT", None, "TUN")]


def test_a_killing_with_a_wounding_after_it_is_passive():
    text = "وأكدت الشرطة أن جنديين قتلا، بينما أصيب أربعة آخرون في انفجار لغم قرب الحدود اللبنانية."
    assert all(r["source"] is None for r in find(events_of(text), "ASSAULT"))


def test_gunmen_who_claim_an_attack_did_it():
    text = "وأعلن مسلحون أمس مسؤوليتهم عن الهجوم على كلية الشرطة في مدينة قندهار الأفغانية."
    [record] = find(events_of(text), "ASSAULT")
    assert record["source"]["sector"] == ["UAF"] and record["target"]["sector"] == ["COP"]


def test_a_word_joined_by_wa_to_an_unknown_bodys_name_is_part_of_it():
    text = "واتهم مركز الدراسات والأمن الإقليمي ومقره لندن، إيران بإخفاء أنشطة نووية."
    assert [summary(r) for r in find(events_of(text), "ACCUSE")] == [("ACCUSE", None, "IRN")]


def test_militants_in_construct_with_their_group_are_its_people():
    text = "وقال الوزير إن مئات المدنيين أعدموا على أيدي متشددي تنظيم داعش في الموصل."
    assert all(summary(r)[1:] == ("ISIL", "IRQ") for r in find(events_of(text), "ASSAULT"))


def test_a_relative_verb_with_its_object_pronoun_ends_with_its_subject():
    text = "قصفت قوات التحالف العربي الذي تقوده السعودية معسكرات الحوثيين وحلفائهم في حجة."
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [("ASSAULT", "ARAB_COALITION", "HOUTHIS")]


@pytest.mark.parametrize("text, event_type, doer, befallen", [
    # with whom it befell after ل, a harm's genitive is its doer
    ("وأكد شهود أمس خطف تنظيم داعش لـ 40 شخصا من قريتهم.", "ASSAULT", "تنظيم داعش", "شخصا"),
    ("ونفت الحكومة الأردنية اعتقال الشرطة للصحفي أمس.", "COERCE", "الشرطة", "الصحفي"),
])
def test_a_harms_genitive_before_its_lam_object_is_its_doer(text, event_type, doer, befallen):
    [record] = find(events_of(text), event_type)
    assert (record["source"]["text"], record["target"]["text"]) == (doer, befallen)


def test_the_un_envoy_named_by_the_adjective_is_the_un():
    [record] = find(events_of("وطالب المبعوث الأممي الحكومة اليمنية بفتح الطرق إلى المدن المحاصرة."), "REQUEST")
    assert summary(record) == ("REQUEST", "UN", "YEM")


def test_a_government_to_be_formed_is_no_actor():
    records = events_of("ووقع الطرفان اتفاقا لتشكيل حكومة وحدة وطنية في ليبيا.")
    assert all(side is None or side["text"] != "حكومة" for r in records for side in (r["source"], r["target"]))


def test_a_place_named_after_its_head_noun_is_no_act():
    text = "ونزحت عائلات سورية إلى مدينة تدمر التي سيطر عليها مسلحو داعش في مايو."
    assert find(events_of(text), "ASSAULT") == []


def test_the_sides_of_a_clash_told_with_min_jiha():
    text = "ودارت أمس معارك في الضالع بين الحوثيين وقوات صالح من جهة، والمقاومة الشعبية من جهة أخرى."
    pairs = {(r["source"]["group"], r["target"]["sector"][0]) for r in find(events_of(text), "ASSAULT")}
    assert pairs == {("HOUTHIS", "PRM"), ("SALEH_FORCES", "PRM")}


def test_the_public_of_a_body_of_no_state_keeps_its_own_country():
    text = "ودعا المبعوث الأممي المدنيين في حلب إلى الابتعاد عن مواقع القتال."
    [record] = find(events_of(text), "REQUEST")
    assert record["target"]["code"] == "SYR"


def test_communities_of_faith_are_people():
    text = "وخطف مسلحو تنظيم داعش أمس عشرين من الإيزيديين قرب الموصل."
    [record] = find(events_of(text), "ASSAULT")
    assert summary(record) == ("ASSAULT", "ISIL", "IRQ") and record["target"]["text"] == "الإيزيديين"


def test_a_plural_after_a_definite_act_noun_is_its_object_not_its_adjective():
    text = "واستهدف التفجير المصلين في مسجد بمدينة الدمام أمس."
    [record] = find(events_of(text), "ASSAULT")
    assert record["target"]["text"] == "المصلين"


def test_the_offices_of_the_subject_after_it_are_no_object():
    text = "واستنكر وزير العدل رئيس المجلس الأعلى للقضاء الدكتور سالم الحربي، إحراق مبنى المحكمة."
    assert all(r["target"] is None for r in find(events_of(text), "ACCUSE"))


def test_a_harms_doer_is_not_the_sides_of_the_clash_it_happened_in():
    text = ("قتل قيادي في تنظيم داعش على يد قوات النظام السوري أمس خلال المعارك بين "
            "الطرفين قرب دير الزور.")
    pairs = [summary(r)[1:] for r in find(events_of(text), "ASSAULT")]
    assert pairs and all(pair != ("SAU", "SYR") for pair in pairs)
    assert ("ISIL", "SYR") in pairs  # the two sides named just before "الطرفين"


@pytest.mark.parametrize("text", [
    "يزور الرئيس المصري الرياض غدا.",
    "تعقد اللجنة الوزارية العربية اجتماعا مع وزير الخارجية الأمريكي الأسبوع المقبل.",
])
def test_an_act_dated_after_publication_is_future(text):
    records = events_of(text)
    assert records and all(r["modality"] == "future" for r in records)


def test_an_act_told_in_the_passive_befalls_the_one_before_it():
    text = "وكانت الشرطة الأمريكية قد استدعت الطالب السعودي وتم القبض عليه أمس."
    assert all(summary(r)[1] != "SAU" for r in find(events_of(text), "COERCE"))


def test_a_state_takes_no_adjective_of_its_own_country():
    [record] = find(events_of("اعتقلت إسرائيل الصهيوني المتطرف أمس بعد حرق المنزل."), "COERCE")
    assert record["source"]["text"] == "إسرائيل" and record["target"]["code"] == "ISR"


def test_federal_agencies_are_actors_of_their_state():
    [record] = find(events_of("واعتقلت وكالة المباحث الفيدرالية أمس مواطنا أردنيا في ولاية تكساس."), "COERCE")
    assert summary(record) == ("COERCE", "USA", "JOR") and record["source"]["sector"] == ["COP"]


@pytest.mark.parametrize("text, expected", [
    ("عثر رجال الإطفاء على جثة طالب كويتي في شقته بالقاهرة.", []),  # a student, no demand
    ("وطالب مسؤولون كويتيون بفتح تحقيق في الحادث.", [("REQUEST", "KWT", None)]),  # people demand
])
def test_a_demand_verb_described_by_a_nationality_is_the_noun_it_reads_as(text, expected):
    assert [summary(r) for r in find(events_of(text), "REQUEST")] == expected


def test_one_side_of_a_clash_may_hold_words_no_actor_covers():
    # "من جهة" a few words after the first side's first actor, with "وبين" before the other side
    text = "واندلعت أمس معارك بين القوات الحكومية الموالية للرئيس والعشائر من جهة، وبين مسلحي تنظيم داعش من جهة ثانية قرب الرمادي."
    targets = {r["target"]["group"] for r in find(events_of(text), "ASSAULT")}
    assert targets == {"ISIL"}


def test_coordinated_targets_of_one_country_are_one_target():
    text = "وقتل أمس خمسة من رجال الشرطة والجيش العراقي في هجوم انتحاري ببغداد."
    assert [summary(r) for r in find(events_of(text), "ASSAULT")] == [("ASSAULT", None, "IRQ")]


def test_whom_a_training_course_aims_at_is_no_target_of_an_attack():
    text = "وأقامت وزارة الصحة أمس دورة تدريبية لموظفي البلديات استهدفت عشرين مسعفا من مستشفيات المنطقة."
    assert find(events_of(text), "ASSAULT") == []


def test_a_remand_in_custody_is_an_arrest():
    text = "وأمرت النيابة العامة المصرية أمس بحبس ثلاثة متهمين أربعة أيام على ذمة التحقيق."
    [record] = find(events_of(text), "COERCE")
    assert record["mode"] == "arrest" and record["source"]["sector"] == ["JUD"]
    assert record["target"]["text"] == "متهمين"


def test_a_term_a_court_hands_down_is_its_sentence_not_an_arrest():
    records = events_of("وقضت المحكمة المصرية أمس بحبس المتهم 15 يوما.")
    assert [r["type"] for r in records] == ["SANCTION"] and records[0]["target"]["text"] == "المتهم"


def test_holding_ones_breath_is_no_custody():
    assert events_of("وحبس المشاهدون أنفاسهم أياما.") == []


def test_who_backs_a_group_named_with_a_definite_participle_is_background():
    text = "وتقدمت ميليشيات حزب الله المدعومة من إيران نحو البلدة أمس."
    assert find(events_of(text), "SUPPORT") == [] and find(events_of(text), "AID") == []


def test_the_means_a_definite_participle_names_is_backing_in_the_fight_told():
    text = "وتقدمت أمس قوات النظام السوري المدعومة بطائرات روسية نحو ريف حماة الشمالي."
    assert [summary(r) for r in find(events_of(text), "AID")] == [("AID", "RUS", "SYR")]


@pytest.mark.parametrize("text", [
    "وتقدمت القوات الحكومية أمس بدعم من قبل الطيران الروسي نحو تدمر.",
    "وتقدمت القوات الحكومية أمس بدعم من ضربات الطيران الروسي نحو تدمر.",
])
def test_the_backer_may_stand_one_word_after_min(text):
    [record] = find(events_of(text), "AID")
    assert record["source"]["code"] == "RUS" and record["target"]["sector"] == ["MIL"]


def test_ministers_named_bare_after_a_verb_are_its_subject_not_the_actor_after_them():
    text = "وأدان الوزراء التفجيرات الأخيرة التي نفذها تنظيم داعش في ليبيا."
    assert [summary(r) for r in find(events_of(text), "ACCUSE")] == [("ACCUSE", None, "ISIL")]


def test_the_partner_after_a_long_subject_and_its_conjunct():
    text = ("والتقى وزراء داخلية دول جامعة الدول العربية والأمين العام لمنظمة التعاون الإسلامي "
            "مع وزير الداخلية الفرنسي أمس في تونس.")
    records = find(events_of(text), "CONSULT")
    assert {r["target"]["code"] for r in records} == {"FRA"}


def test_a_visit_at_an_invitation_after_the_visitors_long_titles():
    text = ("ووصل صاحب السمو الملكي الأمير محمد بن نايف ولي العهد النائب الأول لرئيس مجلس الوزراء "
            "وزير الداخلية مساء أمس إلى الكويت تلبية لدعوة من أمير الكويت.")
    [record] = find(events_of(text, published=date(2016, 3, 1)), "CONSULT")
    assert (record["mode"], record["source"]["code"], record["target"]["code"]) == ("visit", "SAU", "KWT")


def test_arriving_at_a_figure_is_no_visit():
    assert find(events_of("ووصل عدد القتلى في الهجوم إلى عشرين تلبية لتوقعات المراقبين."), "CONSULT") == []


def test_the_named_holder_of_an_office_of_a_body_of_states_is_no_object():
    text = "وطالب الأمين العام لجامعة الدول العربية نبيل العربي أمس مجلس الأمن الدولي بالتحرك العاجل."
    [record] = find(events_of(text), "REQUEST")
    assert record["target"]["group"] == "UN_SC"


def test_whom_a_condemned_act_befell_is_not_the_condemnations_target():
    text = "وأدان وزير الداخلية البحريني أمس تفجير مقر الشرطة في المنامة."
    [record] = find(events_of(text), "ACCUSE")
    assert record["source"]["code"] == "BHR" and record["target"] is None


# Two sentences that make Saudi Arabia the state the article names most (its home).
SAUDI_OPENING = ("استقبل خادم الحرمين الشريفين في الرياض أمس وزير الخارجية الأمريكي. "
                 "وأكدت السعودية دعمها للجهود الدولية. ")


def test_a_body_of_state_that_condemns_an_act_abroad_speaks_from_home():
    text = SAUDI_OPENING + "وجدد مجلس الوزراء أمس إدانته للتفجير الذي نفذه مسلحون في مدينة بنغازي الليبية."
    [record] = find(events_of(text), "ACCUSE")
    assert record["source"]["code"] == "SAU"


def test_a_body_of_state_named_with_its_city_is_of_that_city():
    text = SAUDI_OPENING + "ونفت الشرطة في دبي أمس ما تداولته مواقع إخبارية عن اعتقال صحفيين."
    [record] = find(events_of(text), "REJECT")
    assert record["source"]["code"] == "ARE"


@pytest.mark.parametrize("text", [
    "وأعلنت الحكومة المصرية أمس استنكارها للهجوم الذي نفذه مسلحون في شمال سيناء.",
    "وأعربت الحكومة المصرية أمس عن إدانتها للجريمة البشعة التي ارتكبها مسلحون في شمال سيناء.",
])
def test_who_carried_out_the_deed_condemned_is_the_condemnations_target(text):
    [record] = find(events_of(text), "ACCUSE")
    assert record["source"]["code"] == "EGY" and record["target"]["sector"] == ["UAF"]


def test_admitting_a_fact_is_no_support():
    assert events_of("واعترف وزير الصحة الأردني أمس في مؤتمر صحفي بتأخر صرف رواتب الأطباء.") == []


def test_recognising_a_state_is_support():
    [record] = find(events_of("واعترفت السويد رسميا أمس بدولة فلسطين."), "SUPPORT")
    assert record["source"]["code"] == "SWE"


@pytest.mark.parametrize("sentence, expected", [
    # a received act is done by the one it comes from (من), to the one who receives it
    ("وتلقى وزير الخارجية الكويتي اتصالا هاتفيا من نظيره البريطاني أمس.", [("CONSULT", "GBR", "KWT")]),
    ("وتسلمت الحكومة الصومالية مساعدات غذائية من قطر.", [("AID", "QAT", "SOM")]),
    ("وتلقى اتصالا هاتفيا من الرئيس التونسي.", [("CONSULT", "TUN", None)]),
    # guard: a call made keeps its maker as source
    ("وأجرى وزير الخارجية الكويتي اتصالا هاتفيا بنظيره البريطاني أمس.", [("CONSULT", "KWT", "GBR")]),
])
def test_the_one_a_received_act_comes_from_does_it(sentence, expected):
    assert [summary(r) for r in events_of(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the adjective of a noun no actor names is governed as that noun is: with ل, the recipient
    ("وسلم الوفد مساعدات طبية للشعب الليبي أمس.", [("AID", None, "LBY")]),
    # of a deed or stance, it is whose deed it is: the target of a condemnation, no subject
    ("كما أدانت الممارسات والقرارات الإثيوبية على الحدود.", [("ACCUSE", None, "ETH")]),
    # guard: a body of its own named with its adjective stays the subject
    ("وأدانت الحكومة الإثيوبية الهجوم على الحدود.", [("ACCUSE", "ETH", None)]),
])
def test_the_adjective_of_a_noun_that_names_no_actor_is_governed_with_it(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), expected[0][0])] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a warning of what the speaker will do is a threat (coding guide: حذّر)
    ("وحذرت كوريا الشمالية سيول من أنها سترد بقوة على أي استفزاز.", [("THREATEN", "PRK", "KOR")]),
    ("وحذر وزير الدفاع التركي المسلحين من أنهم سيدفعون الثمن غاليا.", [("THREATEN", "TUR", None)]),
    # guard: a warning of a danger threatens no one
    ("وحذرت وزارة الصحة المغربية من خطر انتشار الحمى في الجنوب.", []),
])
def test_a_warning_of_what_the_speaker_will_do_is_a_threat(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "THREATEN")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb that carries the act carries the word of a series or crime before it: told here
    ("وشنت الطائرات الأردنية سلسلة غارات على مواقع تنظيم داعش في الرقة.", [("ASSAULT", "JOR", "ISIL")]),
    # guard: without such a verb the series is one already known
    ("وتحدث الوزير عن سلسلة غارات على مواقع تنظيم داعش في الرقة.", []),
])
def test_a_series_carried_by_a_support_verb_is_told(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وقبضت الشرطة العراقية على خمسة مطلوبين في البصرة أمس.", ("COERCE", "IRQ", None)),
    ("وهدمت القوات الإسرائيلية منزل عائلة فلسطينية في الخليل أمس.", ("ASSAULT", "ISR", "PSE")),
    ("وأضرم مسلحون مجهولون النار في مقر حزب المؤتمر الشعبي العام بصنعاء أمس.", ("ASSAULT", "YEM", "GPC")),
    ("وسلمت روسيا إيران صواريخ دفاع جوي متطورة.", ("AID", "RUS", "IRN")),
])
def test_arrests_demolitions_arson_and_arms_delivered(sentence, expected):
    assert expected in [summary(r) for r in events_of(sentence)]


@pytest.mark.parametrize("sentence", [
    "ويرى مراقبون أن الحكومة تحاول إحكام قبضتها على الأحزاب.",  # a grip, no arrest
    "وسلمت الشرطة المتهم إلى النيابة العامة أمس.",  # a prisoner handed over, no aid
])
def test_a_grip_and_a_prisoner_handed_over_are_no_arrest_nor_aid(sentence):
    assert not [r for r in events_of(sentence) if r["type"] in ("COERCE", "AID")]


def test_a_counted_student_is_no_demand():
    # "طالبا" is a student counted, not the dual of طالب (demanded)
    assert not find(events_of("وزار 35 طالبا وطالبة من جامعة الملك سعود العاصمة الأردنية عمان."), "REQUEST")


@pytest.mark.parametrize("sentence, expected", [
    # words said are what a stance verb takes: their owner is its target
    ("وانتقدت قطر تصريحات الرئيس المصري عبد الفتاح السيسي.", [("ACCUSE", "QAT", "EGY")]),
    ("ورفضت الجزائر تصريحات المغرب الأخيرة.", [("REJECT", "DZA", "MAR")]),
    # and where the condemnation is said ("في بيان") opens no new clause before its object
    ("وأدانت الخارجية الأردنية في بيان قصف الطائرات الإسرائيلية مدينة غزة.", [("ACCUSE", "JOR", "ISR")]),
])
def test_words_said_are_the_object_of_a_stance_verb(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), expected[0][0])] == expected


@pytest.mark.parametrize("sentence, expected", [
    # repressing protesters is crowd control
    ("وقمعت الشرطة الكينية المحتجين في نيروبي أمس.", [("ASSAULT", "KEN", "KEN")]),
    # guard: repressing freedoms is no act on anyone's body
    ("وانتقدت المنظمة قمع الحريات في البلاد.", []),
])
def test_repressing_protesters_is_crowd_control(sentence, expected):
    assert [summary(r) for r in find(events_of(sentence), "ASSAULT")] == expected
