from marsad.export.flat import COLUMNS, flatten


def test_flatten_gives_every_column(records):
    for record in records:
        assert tuple(flatten(record)) == COLUMNS


def test_flatten_values(records):
    row = flatten(records[0])
    assert row["source_code"] == "ISR"
    assert row["target_sector"] == "GOV;MIL"
    assert row["place"] == "Damascus"
    assert row["place_text"] == "محيط مطار دمشق الدولي"
    assert (row["lat"], row["lon"], row["country"]) == (33.411, 36.515, "SYR")
    assert row["date_start"] == "2019-01-15" and row["date_text"] == "فجر الثلاثاء"
    assert row["evidence"].startswith("قصفت طائرات")
    assert row["claimant_code"] is None


def test_flatten_missing_parts_are_none(records):
    row = flatten(records[1])
    assert row["target_code"] is None and row["target_sector"] is None
    assert row["lat"] is None and row["place"] is None
    assert row["source_group"] == "ARAB_LEAGUE"
    assert flatten(records[2])["claimant_code"] == "SYR"
