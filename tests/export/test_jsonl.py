import io
import json

from marsad.export import export


def test_jsonl_round_trip_to_file(records, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export(records, "jsonl", path) == 3
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "جامعة الدول العربية".encode() in raw  # not \u-escaped
    lines = raw.decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records


def test_jsonl_to_stream_accepts_a_generator(records):
    out = io.StringIO()
    assert export(iter(records), "jsonl", out) == 3
    assert out.getvalue().count("\n") == 3
