"""The Spark job in local[2] mode: its Parquet output equals `marsad extract` on the same input."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from marsad import read
from marsad.cli import main
from marsad.errors import MarsadError
from marsad.export.flat import COLUMNS, flatten

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None and not os.environ.get("JAVA_HOME"),
    reason="Spark needs a Java runtime: no `java` on PATH and no JAVA_HOME")

# Two articles of our own beside the bundled examples: one with a date only in the record.
OWN_ARTICLES = [
    {"url": "https://example.org/news/1", "title": "مقتل ثلاثة جنود في هجوم شمال مالي",
     "text": "قتل ثلاثة جنود ماليين أمس الأحد في هجوم شنه مسلحون على موقع للجيش قرب مدينة "
             "تمبكتو، بحسب ما أعلن الجيش المالي في بيان.",
     "date": "2017-03-06", "source": "example"},
    {"id": "own-2", "title": "",
     "content": "تظاهر آلاف الطلاب في الخرطوم يوم الثلاثاء احتجاجا على رفع أسعار الخبز، "
                "وطالبوا الحكومة بالتراجع عن قرارها.",
     "published": "2018-01-16T09:30:00", "author": "مراسل"},
]


def _records() -> list[dict]:
    """The example articles as JSON records, then our own."""
    records = [{"id": article.id, "title": article.title, "text": article.text,
                "published": article.published.isoformat() if article.published else None,
                "source": article.source, "url": article.url, "author": article.author}
               for article in read(EXAMPLES)]
    return records + OWN_ARTICLES


@pytest.fixture(scope="module")
def spark():
    from marsad.spark import session

    spark = session("local[2]", app_name="marsad-test", **{
        "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2",
        "spark.driver.memory": "1g", "spark.default.parallelism": "2"})
    yield spark
    spark.stop()


@pytest.fixture
def jsonl(tmp_path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps(record, ensure_ascii=False) for record in _records()]
    # Two broken records in the middle: reported and skipped, the rest still read.
    lines[3:3] = ['{"title": "بلا نص"', '{"title": "خبر بلا متن"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _expected(path: Path) -> list[dict]:
    """`marsad extract PATH` as flat rows with typed dates, sorted by id."""
    result = CliRunner().invoke(main, ["extract", str(path)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, result.output
    rows = []
    for record in records:
        row = flatten(record)
        row["date_start"] = date.fromisoformat(row["date_start"])
        row["date_end"] = date.fromisoformat(row["date_end"])
        row["date"] = record["date"]["start"]
        rows.append(row)
    return sorted(rows, key=lambda row: row["id"])


def _output(path: Path) -> list[dict]:
    """The job's Parquet output as rows, the partition folder name as `date`, sorted by id."""
    dataset = pq.ParquetDataset(path, partitioning=ds.partitioning(
        pa.schema([("date", pa.string())]), flavor="hive"))
    return sorted(dataset.read().to_pylist(), key=lambda row: row["id"])


def test_jsonl_output_equals_marsad_extract(spark, jsonl, tmp_path):
    from marsad.spark import run

    counts = run(str(jsonl), str(tmp_path / "events"), spark=spark)
    expected = _expected(jsonl)
    assert counts == {"articles": len(_records()), "events": len(expected), "errors": 2}
    assert _output(tmp_path / "events") == expected
    # Partitioned by date: one folder per event start date.
    folders = {p.name for p in (tmp_path / "events").iterdir() if p.is_dir()}
    assert folders == {f"date={row['date']}" for row in expected}
    assert "date=2017-03-05" in folders  # the Mali attack "yesterday, Sunday"


def test_parquet_input_gives_the_same_events(spark, jsonl, tmp_path):
    from marsad.spark import run

    records = _records()
    table = pa.table({
        "url": [r.get("url") for r in records],
        "id": [r.get("id") for r in records],
        "title": [r.get("title") for r in records],
        "body": [r.get("text") or r.get("content") for r in records],
        # A real date column, as Parquet files made by other tools have.
        "date": [date.fromisoformat((r.get("published") or r.get("date"))[:10])
                 if (r.get("published") or r.get("date")) else None for r in records],
        "views": list(range(len(records))),  # an unknown column is ignored
    })
    pq.write_table(table, tmp_path / "articles.parquet")
    counts = run(str(tmp_path / "articles.parquet"), str(tmp_path / "events"), spark=spark)
    assert counts["errors"] == 0 and counts["articles"] == len(records)
    assert [row["id"] for row in _output(tmp_path / "events")] == \
        [row["id"] for row in _expected(jsonl)]


def _page(title: str, text: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><nav><a href="/">الرئيسية</a></nav><article><h1>{title}</h1>'
            f"<p>{text}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"
            ).encode("utf-8")


def test_warc_input_equals_marsad_extract(spark, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from marsad.spark import run

    pages = {
        "https://news.example.org/a": (
            "اشتباكات في طرابلس", "اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في العاصمة "
            "الليبية طرابلس مساء الجمعة، وأسفرت عن مقتل خمسة أشخاص بينهم مدنيان."),
        "https://news.example.org/b": (
            "الأردن يدين الهجوم", "أدانت وزارة الخارجية الأردنية بشدة الهجوم الذي استهدف "
            "مسجدا في مدينة الخليل، وطالبت المجتمع الدولي بتحمل مسؤولياته."),
    }
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, (title, text) in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(_page(title, text)), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-08T20:15:00Z"}))
    counts = run(str(path), str(tmp_path / "events"), spark=spark)
    expected = _expected(path)
    assert counts == {"articles": 2, "events": len(expected), "errors": 0}
    assert _output(tmp_path / "events") == expected


def test_cli_command(spark, jsonl, tmp_path):
    result = CliRunner().invoke(main, ["spark", str(jsonl), str(tmp_path / "out"),
                                       "--master", "local[2]", "--format", "jsonl"])
    assert result.exit_code == 1, result.output  # the two broken records
    assert f"{len(_records())} articles" in result.output and "2 errors" in result.output
    assert {row["id"] for row in _output(tmp_path / "out")} == \
        {row["id"] for row in _expected(jsonl)}


def test_existing_output_and_missing_input_are_clear_errors(spark, jsonl, tmp_path):
    from marsad.spark import SparkError, run

    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "keep.txt").write_text("x")
    with pytest.raises(SparkError, match="taken"):
        run(str(jsonl), str(tmp_path / "taken"), spark=spark)
    assert (tmp_path / "taken" / "keep.txt").read_text() == "x"
    with pytest.raises(SparkError, match="does not exist"):
        run(str(tmp_path / "nothing.jsonl"), str(tmp_path / "out"), spark=spark)
    with pytest.raises(SparkError, match="does not exist"):
        run(str(tmp_path / "no-folder"), str(tmp_path / "out"), spark=spark)


def test_format_from_file_names(spark, tmp_path):
    from marsad.spark import detect_format

    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "_SUCCESS").write_text("")
    (folder / "part-0.parquet").write_bytes(b"")
    assert detect_format(spark, str(folder)) == "parquet"
    assert detect_format(spark, "s3a://bucket/cc-news/2017/x.warc.gz") == "warc"
    assert detect_format(spark, "hdfs:///corpus/day.jsonl.bz2") == "jsonl"


def test_missing_pyspark_is_a_marsad_error(monkeypatch):
    from marsad import spark as job

    for name in ("pyspark", "pyspark.sql", "pyspark.sql.types"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(MarsadError, match=r"pip install 'marsad\[spark\]'"):
        job.output_schema()
