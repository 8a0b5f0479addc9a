"""The actor knowledge base: data integrity, the coding guide's groups, and real facts."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from marsad.kb import entries as kb
from marsad.kb.entries import KINDS, SECTORS, SPECIAL_CODES, ActorEntry, load_actor_entries
from marsad.kb.lexicon import phrase_key

SCHEMA = Path(__file__).resolve().parents[2] / ".." / "shared" / "docs" / "event-record.schema.json"

# The coding guide's "Named groups" table: group id -> (code, sector).
GUIDE_GROUPS = {
    "ISIL": ("IMG", "REB"), "AL_QAEDA": ("IMG", "REB"), "AQAP": ("YEM", "REB"),
    "AQIM": ("IMG", "REB"), "NUSRA": ("SYR", "REB"), "HTS": ("SYR", "REB"),
    "AHRAR_AL_SHAM": ("SYR", "REB"), "JAYSH_AL_ISLAM": ("SYR", "REB"), "FSA": ("SYR", "REB"),
    "SDF": ("SYR", "REB"), "YPG": ("SYR", "REB"), "PKK": ("TUR", "REB"),
    "HEZBOLLAH": ("LBN", "REB"), "HAMAS": ("PSE", "REB"), "PIJ": ("PSE", "REB"),
    "FATAH": ("PSE", "PTY"), "HOUTHIS": ("YEM", "REB"), "PMF": ("IRQ", "PRM"),
    "MUSLIM_BROTHERHOOD": ("IMG", "PTY"), "TALIBAN": ("AFG", "REB"), "AL_SHABAAB": ("SOM", "REB"),
    "BOKO_HARAM": ("NGA", "REB"), "GLOBAL_COALITION": ("IGO", "MIL"),
    "ARAB_COALITION": ("IGO", "MIL"), "UN_SC": ("UNO", "GOV"), "UN": ("UNO", "GOV"),
    "ARAB_LEAGUE": ("IGO", "GOV"), "GCC": ("IGO", "GOV"), "OIC": ("IGO", "GOV"),
    "NATO": ("IGO", "MIL"), "EU": ("EUR", "GOV"), "AU": ("IGO", "GOV"), "OPCW": ("IGO", "GOV"),
    "IAEA": ("IGO", "GOV"), "ICRC": ("NGO", "SOC"), "RED_CRESCENT": ("NGO", "SOC"),
    "UNHCR": ("UNO", "GOV"), "WHO": ("UNO", "MED"),
}

# Forms that Arabic spelling cannot tell apart once diacritics are dropped: عُمان / عَمّان.
AMBIGUOUS_PLACE_FORMS = {"عمان"}


@pytest.fixture(scope="module")
def entries() -> list[ActorEntry]:
    return load_actor_entries()


def by_phrase(entries, phrase: str, kind: str | None = None) -> list[ActorEntry]:
    key = phrase_key(phrase)
    return [e for e in entries if phrase_key(e.phrase) == key and (kind is None or e.kind == kind)]


# --- integrity -------------------------------------------------------------------------------

def test_every_entry_is_well_formed(entries):
    assert len(entries) > 2000
    for e in entries:
        assert e.kind in KINDS, e
        assert e.phrase == e.phrase.strip() and e.phrase and "|" not in e.phrase, e
        assert any("\u0621" <= c <= "\u064a" for c in e.phrase), e
        assert e.code is None or (len(e.code) == 3 and e.code.isascii() and e.code.isupper()), e
        assert all(s in SECTORS for s in e.sector), e
        assert e.name, e


def test_sector_list_matches_the_schema():
    if not SCHEMA.exists():
        pytest.skip("shared data not present")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    enums = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "array" and "enum" in node.get("items", {}):
                enums.append(node["items"]["enum"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert enums and set(enums[0]) == set(SECTORS)


def test_kinds_carry_the_expected_fields(entries):
    for e in entries:
        if e.kind in ("state", "seat"):
            assert e.sector == ("GOV",) and e.code and e.code not in SPECIAL_CODES, e
        elif e.kind == "demonym":
            assert e.sector == () and e.code, e
        elif e.kind == "title":
            assert e.code is None and len(e.sector) == 1, e
        elif e.kind == "group":
            assert e.group and e.code and e.sector, e
        elif e.kind == "person":
            assert e.code and e.sector and e.valid_from, e
            assert e.valid_to is None or e.valid_from <= e.valid_to, e
        else:
            assert e.group is None and e.valid_from is None and e.sector, e


def test_guide_groups_have_exactly_their_code_and_sector(entries):
    found = defaultdict(set)
    for e in entries:
        if e.kind == "group":
            found[e.group].add((e.code, e.sector))
    for group, (code, sector) in GUIDE_GROUPS.items():
        assert found[group] == {(code, (sector,))}, group


def test_person_groups_are_known_groups(entries):
    groups = {e.group for e in entries if e.kind == "group"}
    assert {e.group for e in entries if e.kind == "person" and e.group} <= groups


def test_place_forms_name_one_country(entries):
    codes = defaultdict(set)
    for e in entries:
        if e.kind in ("state", "seat", "demonym"):
            codes[phrase_key(e.phrase)].add(e.code)
    clashes = {k: v for k, v in codes.items() if len(v) > 1}
    assert set(clashes) == {phrase_key(f) for f in AMBIGUOUS_PLACE_FORMS}


@pytest.mark.parametrize("kind", ["organ", "title", "group", "agent"])
def test_a_form_has_one_meaning_within_its_kind(entries, kind):
    meanings = defaultdict(set)
    for e in entries:
        if e.kind == kind:
            meanings[phrase_key(e.phrase)].add((e.code, e.sector, e.group))
    assert {k: v for k, v in meanings.items() if len(v) > 1} == {}


def test_a_form_belongs_to_one_kind_outside_places(entries):
    kinds = defaultdict(set)
    for e in entries:
        kinds[phrase_key(e.phrase)].add("place" if e.kind in ("state", "seat", "demonym") else e.kind)
    # organ and title share one file; a form is one or the other.
    assert {k: v for k, v in kinds.items() if len(v) > 1} == {}


def test_people_sharing_a_name_never_hold_office_at_the_same_time(entries):
    people = defaultdict(list)
    for e in entries:
        if e.kind == "person":
            people[phrase_key(e.phrase)].append(e)
    for phrase, rows in people.items():
        for a in rows:
            for b in rows:
                if a.name < b.name:
                    overlap = (a.valid_from <= (b.valid_to or date.max)
                               and b.valid_from <= (a.valid_to or date.max))
                    assert not overlap, (phrase, a.name, b.name)


# --- CLDR fill-in ----------------------------------------------------------------------------

def test_countries_without_a_row_come_from_cldr(entries):
    assert [(e.code, e.kind) for e in by_phrase(entries, "بيرو")] == [("PER", "state")]
    assert [(e.code, e.kind) for e in by_phrase(entries, "تشيلي")] == [("CHL", "state")]
    # CLDR's qualifier in parentheses is dropped as a second form.
    assert {e.code for e in by_phrase(entries, "هونغ كونغ الصينية")} == {"HKG"}


def test_written_states_are_not_duplicated_by_cldr(entries):
    assert {e.name for e in entries if e.code == "BRA" and e.kind == "state"} == {"Brazil"}
    assert not by_phrase(entries, "مالي", "state")  # only "جمهورية مالي": bare مالي is "financial"
    states = {e.code for e in entries if e.kind == "state"}
    assert len(states) > 240


# --- real facts ------------------------------------------------------------------------------

def holder(entries, phrase: str, on: date) -> set[tuple[str, str]]:
    return {(e.code, e.name) for e in by_phrase(entries, phrase, "person")
            if e.valid_from <= on <= (e.valid_to or date.max)}


def test_spot_checks_people(entries):
    assert holder(entries, "لافروف", date(2015, 6, 1)) == {("RUS", "Sergey Lavrov")}
    assert holder(entries, "سيرجي لافروف", date(2015, 6, 1)) == {("RUS", "Sergey Lavrov")}
    assert holder(entries, "شويغو", date(2017, 9, 24)) == {("RUS", "Sergei Shoigu")}
    assert holder(entries, "شويغو", date(2025, 1, 1)) == set()
    assert holder(entries, "ترمب", date(2018, 1, 1)) == {("USA", "Donald Trump")}
    assert holder(entries, "ترامب", date(2022, 1, 1)) == set()
    assert holder(entries, "أردوغان", date(2012, 1, 1)) == {("TUR", "Recep Tayyip Erdoğan")}
    assert holder(entries, "الرئيس عون", date(2018, 1, 1)) == {("LBN", "Michel Aoun")}
    assert holder(entries, "الرئيس عون", date(2025, 6, 1)) == {("LBN", "Joseph Aoun")}
    shoigu = by_phrase(entries, "سيرغي شويغو", "person")
    assert {e.sector for e in shoigu} == {("MIL",)}
    baghdadi = by_phrase(entries, "أبو بكر البغدادي", "person")
    assert {(e.code, e.sector, e.group) for e in baghdadi} == {("IMG", ("REB",), "ISIL")}


def test_spot_checks_states_and_groups(entries):
    assert {e.code for e in by_phrase(entries, "أمريكا")} == {"USA"}
    assert {e.code for e in by_phrase(entries, "الأمريكية")} == {"USA"}
    assert {(e.code, e.kind) for e in by_phrase(entries, "الكرملين")} == {("RUS", "seat")}
    assert {(e.code, e.kind) for e in by_phrase(entries, "تل أبيب")} == {("ISR", "seat")}
    assert {(e.code, e.kind) for e in by_phrase(entries, "الروس")} == {("RUS", "demonym")}
    assert {e.group for e in by_phrase(entries, "قوات سوريا الديموقراطية")} == {"SDF"}
    assert {e.group for e in by_phrase(entries, "أنصار الله")} == {"HOUTHIS"}
    assert {e.group for e in by_phrase(entries, "تنظيم الدولة")} == {"ISIL"}
    pentagon = by_phrase(entries, "البنتاغون")
    assert {(e.kind, e.code, e.sector) for e in pentagon} == {("organ", "USA", ("MIL",))}
    defence = by_phrase(entries, "وزارة الدفاع")
    assert {(e.kind, e.code, e.sector) for e in defence} == {("organ", None, ("MIL",))}
    gunmen = by_phrase(entries, "مسلحون مجهولون")
    assert {(e.kind, e.code, e.sector) for e in gunmen} == {("agent", None, ("UAF",))}


def test_demonyms_come_with_their_dual_accusative_and_feminine_plural(entries):
    for phrase in ("أردنيان", "أردنيا", "أردنيتان", "أردنيتين", "أردنيات", "الأردنيات"):
        assert {(e.code, e.kind) for e in by_phrase(entries, phrase)} == {("JOR", "demonym")}, phrase
    assert {(e.code, e.kind) for e in by_phrase(entries, "الصرب")} == {("SRB", "demonym")}


def test_leaders_of_the_2000s_hold_office_on_their_dates(entries):
    assert holder(entries, "بوش", date(2007, 6, 1)) == {("USA", "George W. Bush")}
    assert holder(entries, "السنيورة", date(2007, 6, 1)) == {("LBN", "Fouad Siniora")}
    assert holder(entries, "السنيورة", date(2012, 6, 1)) == set()
    assert {e.group for e in by_phrase(entries, "مجالس الصحوة")} == {"SAHWA"}
    assert {(e.group, e.code) for e in by_phrase(entries, "ألوية الناصر صلاح الدين")} == {("PRC", "PSE")}


# --- malformed rows --------------------------------------------------------------------------

@pytest.mark.parametrize("body, message", [
    ("الرياض\tSA\tGOV\tRiyadh\n", "people.tsv:2: code 'SA'"),
    ("الرياض\tSAU\tXYZ\tRiyadh\n", "people.tsv:2: unknown sector 'XYZ'"),
    ("الرياض||ملك\tSAU\tGOV\tKing\n", "people.tsv:2: empty form"),
])
def test_malformed_rows_name_file_and_line(monkeypatch, body, message):
    header = "names\tcode\tsector\tenglish\trole\tfrom\tto\tgroup\tnote\n"
    row = body.rstrip("\n") + "\tking\t2015-01-23\t\t\t\n"
    monkeypatch.setattr(kb, "data_text", {"people.tsv": header + row}.__getitem__)
    with pytest.raises(kb.KbDataError, match=message.replace("|", r"\|")):
        kb._people()


def test_dates_out_of_order_are_rejected(monkeypatch):
    text = ("names\tcode\tsector\tenglish\trole\tfrom\tto\tgroup\tnote\n"
            "لافروف\tRUS\tGOV\tSergey Lavrov\tforeign minister\t2004-03-09\t2001-01-01\t\t\n")
    monkeypatch.setattr(kb, "data_text", {"people.tsv": text}.__getitem__)
    with pytest.raises(kb.KbDataError, match=r"people.tsv:2: 'to' 2001-01-01 is before"):
        kb._people()
