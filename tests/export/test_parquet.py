from datetime import date

import pyarrow.parquet as pq

from marsad.export import COLUMNS, export, flatten


def test_parquet_round_trip(records, tmp_path):
    path = tmp_path / "events.parquet"
    assert export(records, "parquet", path) == 3
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    rows = table.to_pylist()
    assert rows[0]["date_start"] == date(2019, 1, 15)
    assert rows[0]["lat"] == 33.411
    for row, record in zip(rows, records):
        expected = flatten(record)
        expected["date_start"] = expected["date_end"] = date(2019, 1, 15)
        assert row == expected


def test_parquet_of_nothing_keeps_the_schema(tmp_path):
    path = tmp_path / "empty.parquet"
    assert export([], "parquet", path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0
    assert str(table.schema.field("lon").type) == "double"
