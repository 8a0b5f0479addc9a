import pytest

from marsad.errors import MarsadError
from marsad.export import FORMATS, ExportError, export


def test_formats():
    assert set(FORMATS) == {"jsonl", "csv", "parquet", "geojson"}


def test_unknown_format(records, tmp_path):
    with pytest.raises(ExportError, match="xml"):
        export(records, "xml", tmp_path / "x.xml")


def test_unwritable_output_is_a_marsad_error(records, tmp_path):
    with pytest.raises(MarsadError, match="cannot write"):
        export(records, "csv", tmp_path / "no-such-dir" / "x.csv")
