import io
import json

from marsad.export import export, flatten


def test_geojson_has_only_located_events(records, tmp_path):
    path = tmp_path / "events.geojson"
    assert export(records, "geojson", path) == 1
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.515, 33.411]}
    assert feature["properties"] == flatten(records[0])
    assert feature["id"] == records[0]["id"]


def test_geojson_of_nothing_is_an_empty_collection():
    out = io.StringIO()
    assert export([], "geojson", out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
