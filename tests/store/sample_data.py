"""Hand-written Arabic articles and the events a coder would read from them, for store tests."""

from __future__ import annotations

from datetime import date, datetime

from marsad.model import Actor, Article, Event, Evidence, Place, When

RUS_MIL = Actor("وزارة الدفاع الروسية", "RUS", ("MIL",), None, "Russian Ministry of Defence")
RUS_GOV = Actor("موسكو", "RUS", ("GOV",), None, "Russian government")
USA_GOV = Actor("واشنطن", "USA", ("GOV",), None, "United States government")
ISIL = Actor("تنظيم داعش", "IMG", ("REB",), "ISIL", "Islamic State")
IRQ_CVL = Actor("آلاف المواطنين", "IRQ", ("CVL",), None, "Iraqi civilians")
IRQ_GOV = Actor("الحكومة العراقية", "IRQ", ("GOV",), None, "Iraqi government")
EGY_GOV = Actor("مصر", "EGY", ("GOV",), None, "Egyptian government")
JOR_GOV = Actor("الأردن", "JOR", ("GOV",), None, "Jordanian government")

DEIR = Place("ريف دير الزور الشمالي", "Deir ez-Zor", 35.336, 40.141, "SYR", 2, 170794,
             "Deir ez-Zor")
BAGHDAD = Place("بغداد", "Baghdad", 33.3406, 44.4009, "IRQ", 4, 98182, "Baghdad")
CAIRO = Place("القاهرة", "Cairo", 30.0444, 31.2357, "EGY", 4, 360630, "Cairo")


def event(article: Article, type_: str, sentence: str, source, target, day: date,
          place=None, modality="asserted", claimant=None, mode=None, confidence=0.8) -> Event:
    """An event whose evidence is `sentence`, found in the article body."""
    start = article.text.index(sentence)
    return Event(article_id=article.id, type=type_, mode=mode, source=source, target=target,
                 date=When(day, day, "day", None), location=place, modality=modality,
                 claimant=claimant, evidence=Evidence(sentence, start, start + len(sentence)),
                 confidence=confidence)


def syria(article_id: str = "sy-001") -> tuple[Article, list[Event]]:
    s1 = "أعلنت وزارة الدفاع الروسية أن طائراتها قصفت مواقع لتنظيم داعش في ريف دير الزور الشمالي يوم الأحد."
    s2 = "واتهمت موسكو واشنطن بعرقلة العمليات العسكرية ضد التنظيم."
    article = Article(id=article_id, text=f"{s1} {s2}", title="غارات روسية على دير الزور",
                      published=date(2017, 9, 25), fetched=datetime(2017, 9, 25, 8, 30),
                      source="وكالة تجريبية", url="https://example.org/sy-001",
                      author="مراسل", origin="tests/sy-001.txt")
    return article, [
        event(article, "ASSAULT", s1, RUS_MIL, ISIL, date(2017, 9, 24), DEIR, mode="aerial"),
        event(article, "ACCUSE", s2, RUS_GOV, USA_GOV, date(2017, 9, 24)),
    ]


def iraq(article_id: str = "iq-002") -> tuple[Article, list[Event]]:
    s1 = "تظاهر آلاف المواطنين في ساحة التحرير وسط بغداد احتجاجاً على انقطاع الكهرباء."
    s2 = "ودعت الحكومة العراقية المحتجين إلى الهدوء."
    article = Article(id=article_id, text=f"{s1} {s2}", title="تظاهرات في بغداد",
                      published=date(2015, 8, 8))
    return article, [
        event(article, "PROTEST", s1, IRQ_CVL, IRQ_GOV, date(2015, 8, 7), BAGHDAD,
              mode="demonstrate"),
        event(article, "REQUEST", s2, IRQ_GOV, IRQ_CVL, date(2015, 8, 7)),
    ]


def egypt(article_id: str = "eg-003") -> tuple[Article, list[Event]]:
    s1 = "وقّع وزيرا خارجية مصر والأردن في القاهرة اتفاقاً للتعاون الاقتصادي."
    s2 = "ونفت الحكومة المصرية أن تكون قد فرضت قيوداً على الواردات الأردنية."
    article = Article(id=article_id, text=f"{s1} {s2}", title="اتفاق مصري أردني",
                      published=date(2016, 3, 2))
    return article, [
        event(article, "AGREE", s1, EGY_GOV, JOR_GOV, date(2016, 3, 2), CAIRO),
        event(article, "SANCTION", s2, EGY_GOV, JOR_GOV, date(2016, 3, 2),
              modality="negated"),
    ]


def all_articles() -> list[tuple[Article, list[Event]]]:
    return [syria(), iraq(), egypt()]


def corpus(n: int) -> list[tuple[Article, list[Event]]]:
    """n distinct articles with 0, 1 or 2 events each, for bulk and crash tests."""
    makers = (syria, iraq, egypt)
    result = []
    for i in range(n):
        article, events = makers[i % 3](f"bulk-{i:04d}")
        result.append((article, events[: (i // 3) % 3]))
    return result
