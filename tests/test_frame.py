import sys
from datetime import date

import pandas as pd
import pytest

from marsad.errors import MarsadError
from marsad.export import COLUMNS
from marsad.frame import events_frame
from marsad.model import Actor, Article, Event, Evidence, Place, When
from marsad.store import Store

TEXT = ("أعلن الجيش اللبناني انتشار وحداته في بلدة عرسال على الحدود الشرقية. "
        "واستقبل رئيس الحكومة في بيروت وفداً من صندوق النقد الدولي.")


def _event(sentence, type_, source, target, place, day):
    start = TEXT.index(sentence)
    return Event("lb-001", type_, None, source, target, When(day, day), place, "asserted", None,
                 Evidence(sentence, start, start + len(sentence)))


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'frame.db'}"
    s1, s2 = TEXT.split(" واستقبل")
    s2 = "واستقبل" + s2
    army = Actor("الجيش اللبناني", "LBN", ("MIL",), None, "Lebanese Armed Forces")
    gov = Actor("رئيس الحكومة", "LBN", ("GOV",), None, "Lebanese government")
    imf = Actor("صندوق النقد الدولي", "IGO", ("BUS",), "IMF", "International Monetary Fund")
    arsal = Place("عرسال", "Arsal", 34.179, 36.42, "LBN", 4)
    with Store(url) as store:
        store.save(Article("lb-001", TEXT, "الجيش ينتشر في عرسال"), [
            _event(s1, "MOBILIZE", army, None, arsal, date(2017, 8, 19)),
            _event(s2, "CONSULT", gov, imf, None, date(2017, 8, 20)),
        ])
    return url


def test_frame_has_the_csv_columns(db):
    frame = events_frame(db)
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["type"]) == ["MOBILIZE", "CONSULT"]
    assert frame.loc[0, "place_text"] == "عرسال"
    assert frame.loc[1, "target_group"] == "IMF"
    assert frame["date_start"].dtype.kind == "M"
    assert frame.loc[1, "date_start"] == pd.Timestamp("2017-08-20")


def test_frame_filters(db):
    assert list(events_frame(db, actor="IMF")["type"]) == ["CONSULT"]
    empty = events_frame(db, type="ASSAULT")
    assert empty.empty and tuple(empty.columns) == COLUMNS


def test_frame_default_url_from_environment(db, monkeypatch):
    monkeypatch.setenv("MARSAD_DB", db)
    assert len(events_frame()) == 2


def test_frame_without_pandas_says_how_to_install(db, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(MarsadError, match=r"pip install marsad\[pandas\]"):
        events_frame(db)


def test_frame_of_a_missing_database_is_an_error(tmp_path):
    with pytest.raises(MarsadError, match="no Marsad database"):
        events_frame(f"sqlite:///{tmp_path / 'absent.db'}")
