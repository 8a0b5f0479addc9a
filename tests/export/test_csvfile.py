import csv
import io

from marsad.export import COLUMNS, export, flatten


def _text(value):
    return "" if value is None else str(value)


def test_csv_round_trip(records, tmp_path):
    path = tmp_path / "events.csv"
    assert export(records, "csv", path) == 3
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames) == COLUMNS
        rows = list(reader)
    assert len(rows) == 3
    for row, record in zip(rows, records):
        assert row == {key: _text(value) for key, value in flatten(record).items()}
    # the quotation marks inside the evidence survive
    assert '"وكالة الأنباء"' in rows[1]["evidence"]


def test_csv_of_nothing_is_a_header():
    out = io.StringIO()
    assert export([], "csv", out) == 0
    assert out.getvalue() == ",".join(COLUMNS) + "\n"
