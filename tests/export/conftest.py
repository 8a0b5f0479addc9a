from datetime import date

import pytest

from marsad.model import Actor, Event, Evidence, Place, When

TEXT = ("قصفت طائرات حربية إسرائيلية موقعاً في محيط مطار دمشق الدولي فجر الثلاثاء. "
        "وطالبت جامعة الدول العربية مجلس الأمن بالتحرك، بحسب بيان نشرته \"وكالة الأنباء\".")


def _event(sentence, type_, source, target, place, modality="asserted", claimant=None):
    start = TEXT.index(sentence)
    day = date(2019, 1, 15)
    return Event(article_id="ar-٠٠٧", type=type_, mode=None, source=source, target=target,
                 date=When(day, day, "day", "فجر الثلاثاء"), location=place,
                 modality=modality, claimant=claimant,
                 evidence=Evidence(sentence, start, start + len(sentence)), confidence=0.75)


@pytest.fixture
def records():
    """Three records: one located, one with comma/quote-laden evidence and no place, one
    alleged with a claimant and no target."""
    s1, s2 = TEXT.split(". ")
    isr = Actor("طائرات حربية إسرائيلية", "ISR", ("MIL",), None, "Israeli air force")
    syr = Actor("دمشق", "SYR", ("GOV", "MIL"), None, "Syrian government")
    league = Actor("جامعة الدول العربية", "IGO", ("GOV",), "ARAB_LEAGUE", "Arab League")
    damascus = Place("محيط مطار دمشق الدولي", "Damascus", 33.411, 36.515, "SYR", 4, 170654,
                     "Dimashq")
    return [
        _event(s1 + ".", "ASSAULT", isr, syr, damascus).to_record(),
        _event(s2, "REQUEST", league, None, None).to_record(),
        _event(s1 + ".", "ASSAULT", isr, None, None, "alleged", syr).to_record(),
    ]
