"""The command line: output streams, exit codes, error lines, and a real run of .venv/bin/marsad.

Most tests replace the extraction pipeline with a small stand-in (`fake_extract`) so they
test the command layer alone; the tests at the end run the real pipeline.
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from marsad import cli
from marsad.model import Actor, Event, Evidence, When
from marsad.store import Store

ROOT = Path(__file__).resolve().parents[1]
MARSAD = ROOT / ".venv" / "bin" / "marsad"
if not MARSAD.exists():  # a venv elsewhere: the script beside the running interpreter
    MARSAD = Path(sys.executable).with_name("marsad")

TUNIS = """2023-11-26 09:05 م

الشرطة التونسية تفرّق محتجين في العاصمة

2023-11-25

تظاهر مئات من أنصار المعارضة أمام المسرح البلدي في تونس للمطالبة بالإفراج عن الموقوفين. وقالت وزارة الداخلية إن الوضع تحت السيطرة.
"""
SANAA = """2022-04-03 09:15 ص

غارات على صنعاء

2022-04-02

قصفت طائرات التحالف مواقع في محيط صنعاء فجر السبت. ولم ترد أنباء عن إصابات.
"""
# trigger word -> (type, source actor), for the stand-in extractor
TRIGGERS = {
    "تظاهر": ("PROTEST", Actor("أنصار المعارضة", "TUN", ("OPP",), None, "Tunisian opposition")),
    "قصفت": ("ASSAULT", Actor("طائرات التحالف", "SAU", ("MIL",), None, "Saudi-led coalition")),
}
SPOT = {"تونس": ("Tunis", 36.8065, 10.1815, "TUN")}


def fake_extract(article):
    """One event per sentence holding a trigger word; the date is the publication date."""
    from marsad.model import Place

    events, start = [], 0
    for sentence in article.text.split(". "):
        for word, (type_, actor) in TRIGGERS.items():
            if word in sentence:
                place = None
                for text, (name, lat, lon, country) in SPOT.items():
                    if text in sentence:
                        place = Place(text, name, lat, lon, country, 4)
                day = article.published or date(2020, 1, 1)
                events.append(Event(article.id, type_, None, actor, None, When(day, day),
                                    place, "asserted", None,
                                    Evidence(sentence, start, start + len(sentence))))
        start += len(sentence) + 2
    return events


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(cli, "_extract_article", lambda: fake_extract)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "tunis.txt").write_text(TUNIS, encoding="utf-8")
    (folder / "sanaa.txt").write_text(SANAA, encoding="utf-8")
    return folder


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"title": "خبر", "content": ', encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(*args, env=None):
    return CliRunner().invoke(cli.main, [str(a) for a in args], env=env)


def jsonl(text):
    return [json.loads(line) for line in text.splitlines()]


def error_lines(result):
    return [line for line in result.stderr.splitlines() if line]


# -- extract ------------------------------------------------------------------------------

def test_extract_prints_only_jsonl(fake_pipeline, inputs):
    result = run("extract", inputs)
    assert result.exit_code == 0, result.output
    records = jsonl(result.stdout)
    assert sorted(r["type"] for r in records) == ["ASSAULT", "PROTEST"]
    assert "أنصار المعارضة" in result.stdout  # ensure_ascii=False
    assert result.stderr == ""


def test_extract_reports_bad_input_and_goes_on(fake_pipeline, inputs, bad_file):
    result = run("extract", bad_file, inputs / "nothing-here.txt", inputs)
    assert result.exit_code == 1
    assert len(jsonl(result.stdout)) == 2  # the good inputs still came out
    lines = error_lines(result)
    assert len(lines) == 2
    assert lines[0].startswith(f"error: {bad_file}: ")
    assert lines[1].startswith(f"error: {inputs / 'nothing-here.txt'}: ")


def test_extract_needs_a_path():
    result = run("extract")
    assert result.exit_code == 2


# -- ingest -------------------------------------------------------------------------------

def test_ingest_stores_and_reingest_does_not_duplicate(fake_pipeline, inputs, db):
    first = run("ingest", "--db", db, inputs)
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "2 articles, 2 events, 0 errors"
    again = run("ingest", "--db", db, inputs)
    assert again.stdout == first.stdout
    with Store(db) as store:
        summary = store.summary()
    assert (summary["articles"], summary["events"]) == (2, 2)


def test_ingest_with_a_bad_input_stores_the_rest_and_exits_1(fake_pipeline, inputs,
                                                              bad_file, db):
    result = run("ingest", "--db", db, bad_file, inputs)
    assert result.exit_code == 1
    assert result.stdout.strip() == "2 articles, 2 events, 1 error"
    assert error_lines(result) == [line for line in error_lines(result)
                                   if line.startswith(f"error: {bad_file}: ")]
    with Store(db) as store:
        assert store.summary()["events"] == 2


def test_ingest_uses_marsad_db_from_environment(fake_pipeline, inputs, tmp_path):
    url = f"sqlite:///{tmp_path / 'from-env.db'}"
    result = run("ingest", inputs, env={"MARSAD_DB": url})
    assert result.exit_code == 0
    with Store(url) as store:
        assert store.summary()["articles"] == 2


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ingest_workers_give_the_same_database(fake_pipeline, inputs, tmp_path, workers):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    result = run("ingest", "--db", db, "--workers", workers, inputs)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "2 articles, 2 events, 0 errors"


def test_ingest_refuses_zero_workers(fake_pipeline, inputs, db):
    result = run("ingest", "--db", db, "--workers", "0", inputs)
    assert result.exit_code == 2
    assert "--workers" in result.output


@pytest.mark.parametrize("url", ["mysterydb://x/y", "sqlite:////no/such/folder/x.db"])
def test_bad_database_url_is_one_line_and_exit_2(fake_pipeline, inputs, url):
    result = run("ingest", "--db", url, inputs)
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1
    assert error_lines(result)[0].startswith("error: ")
    assert "Traceback" not in result.output


# -- events -------------------------------------------------------------------------------

@pytest.fixture
def filled(fake_pipeline, inputs, db):
    assert run("ingest", "--db", db, inputs).exit_code == 0
    return db


def test_events_summary(filled):
    result = run("events", "--db", filled, "--summary")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["articles", "2"]
    assert lines[1].split() == ["events", "2"]
    assert ["ASSAULT", "1"] in [line.split() for line in lines]
    assert ["asserted", "2"] in [line.split() for line in lines]


def test_events_jsonl_with_filters(filled):
    result = run("events", "--db", filled, "--format", "jsonl", "--actor", "TUN")
    assert [r["type"] for r in jsonl(result.stdout)] == ["PROTEST"]
    result = run("events", "--db", filled, "--format", "jsonl", "--since", "2023-01-01",
                 "--type", "assault")
    assert jsonl(result.stdout) == []


def test_events_plain_table_when_not_a_terminal(filled):
    result = run("events", "--db", filled, "--place", "tunis")
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split("\t") == list(cli.TABLE_COLUMNS)
    [row] = rows
    cells = row.split("\t")
    assert cells[:4] == ["2023-11-25", "PROTEST", "asserted", "TUN OPP"]
    assert cells[5] == "Tunis"


def test_rich_table_on_a_terminal(monkeypatch, capsys):
    record = fake_extract(next(iter(_articles(TUNIS))))[0].to_record()
    record["evidence"]["text"] = "[bold]تظاهر[/bold] مئات"  # brackets are text, not markup
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    cli.print_table([record])
    out = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)  # without the styling
    assert "┃ date" in out and "PROTEST" in out
    assert "[bold]تظاهر[/bold] مئات" in out


def _articles(text):
    from marsad.ingest import read_bytes

    return read_bytes(text.encode("utf-8"), "tunis.txt")


def test_bad_since_date_is_one_line_and_exit_2(filled):
    result = run("events", "--db", filled, "--since", "الأحد")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert error_lines(result) == ["error: --since: not a date in the form YYYY-MM-DD: 'الأحد'"]


@pytest.mark.parametrize("command", [["events"], ["events", "--summary"],
                                     ["export", "--format", "csv"]])
def test_reading_a_missing_database_is_an_error_not_a_new_file(command, tmp_path):
    path = tmp_path / "typo.db"
    result = run(*command, "--db", f"sqlite:///{path}")
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: sqlite:///{path}: no Marsad database there "
                                   "(`marsad ingest` makes one)"]
    assert not path.exists()


# -- export -------------------------------------------------------------------------------

def test_export_jsonl_to_stdout(filled):
    result = run("export", "--db", filled, "--format", "jsonl")
    assert result.exit_code == 0
    assert len(jsonl(result.stdout)) == 2


def test_export_csv_to_file_and_stdout(filled, tmp_path):
    out = tmp_path / "events.csv"
    result = run("export", "--db", filled, "--format", "csv", "--output", out)
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["type"] for r in rows) == ["ASSAULT", "PROTEST"]
    streamed = run("export", "--db", filled, "--format", "csv")
    assert streamed.stdout == out.read_text(encoding="utf-8")


def test_export_parquet_and_geojson(filled, tmp_path):
    out = tmp_path / "events.parquet"
    assert run("export", "--db", filled, "--format", "parquet", "-o", out).exit_code == 0
    assert pq.read_table(out).num_rows == 2
    result = run("export", "--db", filled, "--format", "geojson")
    features = json.loads(result.stdout)["features"]
    assert [f["properties"]["place"] for f in features] == ["Tunis"]


def test_parquet_needs_an_output_file(filled):
    result = run("export", "--db", filled, "--format", "parquet")
    assert result.exit_code == 2
    assert error_lines(result) == ["error: parquet is binary: give a file with --output"]


# -- eval ---------------------------------------------------------------------------------

def test_eval_scores_against_gold(fake_pipeline, inputs, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(run("extract", inputs).stdout, encoding="utf-8")
    result = run("eval", gold, inputs)
    assert result.exit_code == 0, result.output
    assert _headline_f1(result.stdout) == 1.0
    # scored against the gold of one article only, half the system events are wrong
    gold.write_text(run("extract", inputs / "tunis.txt").stdout, encoding="utf-8")
    assert _headline_f1(run("eval", gold, inputs).stdout) == pytest.approx(2 / 3, abs=1e-3)


def _headline_f1(report: str) -> float:
    [line] = [line for line in report.splitlines() if line.startswith("2 + actors")]
    return float(line.split()[5])


def test_eval_missing_gold_is_one_line_and_exit_2(fake_pipeline, inputs, tmp_path):
    result = run("eval", tmp_path / "absent.jsonl", inputs)
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {tmp_path / 'absent.jsonl'}: no such file"]


def test_eval_malformed_gold_is_exit_2(fake_pipeline, inputs, bad_file):
    result = run("eval", bad_file, inputs)
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1


def test_eval_needs_gold_and_input():
    assert run("eval").exit_code == 2


def test_eval_gsr(fake_pipeline, tmp_path):
    gsr = tmp_path / "gsr"
    gsr.mkdir()
    with open(gsr / "protest_gsr.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        writer.writerow(["p1", "PROTEST", "yes", 3, 0, 3, "تظاهر الطلاب أمام مبنى البرلمان"])
        writer.writerow(["p2", "PROTEST", "easy no", 0, 3, 3, "افتتح الوزير معرضاً للكتاب"])
    result = run("eval", "--gsr", gsr)
    assert result.exit_code == 0, result.output
    assert "PROTEST" in result.stdout


def test_eval_says_which_sentence_model_it_used(fake_pipeline, inputs, tmp_path, monkeypatch):
    import marsad.extraction.reports as reports

    gold = tmp_path / "gold.jsonl"
    gold.write_text(run("extract", inputs).stdout, encoding="utf-8")
    monkeypatch.setattr(reports, "default_model", lambda: None)
    assert run("eval", gold, inputs).stdout.rstrip().endswith("sentence model: not built (rules only; `make model`)")
    model = reports.ReportModel({"ASSAULT": reports.TypeModel(0.0, {})}, {"ASSAULT": 1200})
    monkeypatch.setattr(reports, "default_model", lambda: model)
    assert run("eval", gold, inputs).stdout.rstrip().endswith(
        "sentence model: ASSAULT (1200 training sentences)")


def test_eval_gsr_missing_directory(tmp_path):
    result = run("eval", "--gsr", tmp_path / "absent")
    assert result.exit_code == 2
    assert error_lines(result)[0].startswith("error: ")


# -- the real program, with the real pipeline ---------------------------------------------

def marsad(*args, env_db):
    env = dict(os.environ, MARSAD_DB=env_db)
    return subprocess.run([str(MARSAD), *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=ROOT)


def test_installed_program_ingest_then_summary(inputs, db):
    result = marsad("ingest", inputs, env_db=db)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    summary = marsad("events", "--summary", env_db=db)
    assert summary.returncode == 0
    assert summary.stdout.splitlines()[0].split() == ["articles", "2"]


def test_installed_program_extract_stdout_is_pure_jsonl(inputs, bad_file, db):
    result = marsad("extract", inputs, bad_file, env_db=db)
    assert result.returncode == 1
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["article_id"] and record["type"]
    assert result.stderr.splitlines() == [line for line in result.stderr.splitlines()
                                          if line.startswith(f"error: {bad_file}: ")]
    assert result.stderr


def test_installed_program_user_error_has_no_traceback(db):
    Store(db).close()  # an empty database
    result = marsad("events", "--until", "2024-13-45", env_db=db)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: --until: not a date in the form YYYY-MM-DD: '2024-13-45'"


# -- marsad/progress.py (the bars the commands draw) --------------------------------------

def test_progress_passes_items_through_without_a_terminal(capsys):
    from marsad.progress import progress, progress_callback

    assert list(progress(iter(["بغداد", "دمشق"]), label="مدن")) == ["بغداد", "دمشق"]
    with progress_callback("x") as report:
        report(1, 2)
    assert capsys.readouterr().err == ""


def test_progress_draws_when_stderr_is_a_terminal(monkeypatch):
    from marsad import progress as module

    monkeypatch.setattr(module, "showing", lambda: True)
    assert list(module.progress(["أ", "ب", "ج"], label="articles")) == ["أ", "ب", "ج"]
    assert list(module.progress(iter(range(4)))) == [0, 1, 2, 3]  # no length: a counter
    with module.progress_callback("sentences") as report:
        report(1, 3)
        report(3, 3)


# -- kill -9 in the middle of a real `marsad ingest` ---------------------------------------

KILLED_INGEST = """
import os, signal, sys
from sqlalchemy import event
from marsad import cli, store
from marsad.store import load

load.BATCH = 2  # two articles per transaction: the kill falls inside the second one
inserts = 0
real_init = store.Store.__init__

def init_with_trap(self, *args, **kwargs):
    real_init(self, *args, **kwargs)

    @event.listens_for(self.engine, "before_cursor_execute")
    def die_in_third_article(conn, cursor, statement, *args):
        global inserts
        if statement.startswith("INSERT INTO events"):
            inserts += 1
            if inserts == 3:  # inside the third article's save, the second transaction
                os.kill(os.getpid(), signal.SIGKILL)

store.Store.__init__ = init_with_trap
cli.main(["ingest", "--db", sys.argv[1], *sys.argv[2:]])
"""


def _read_db(path):
    """(article ids, {(article id, event id)}) of a database file, after an integrity check."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        articles = {a for (a,) in conn.execute("SELECT id FROM articles")}
        events = set(conn.execute("SELECT article_id, id FROM events"))
    finally:
        conn.close()
    return articles, events


def test_ingest_killed_mid_way_leaves_a_consistent_database(tmp_path):
    import shutil

    examples = sorted((ROOT / "examples").glob("*.txt"))[:2] + \
        sorted((ROOT / "examples").glob("*.json"))[:2]
    folder = tmp_path / "in"
    folder.mkdir()
    for path in examples:
        shutil.copy(path, folder)
    full, killed = tmp_path / "full.db", tmp_path / "killed.db"
    uninterrupted = marsad("ingest", folder, env_db=f"sqlite:///{full}")
    assert uninterrupted.returncode == 0, uninterrupted.stderr

    child = subprocess.run([sys.executable, "-c", KILLED_INGEST, f"sqlite:///{killed}", folder],
                           capture_output=True, text=True, cwd=ROOT)
    assert child.returncode == -9, child.stderr
    stored, events = _read_db(killed)
    _, all_events = _read_db(full)
    # whole transactions only: each stored article has exactly its events of the full run,
    # and the batch being saved when killed left nothing (the first two articles are in)
    assert events == {e for e in all_events if e[0] in stored}
    assert len({article for article, _ in events}) == 2

    rerun = marsad("ingest", folder, env_db=f"sqlite:///{killed}")
    assert rerun.returncode == 0, rerun.stderr
    summaries = [marsad("events", "--summary", env_db=f"sqlite:///{db}").stdout
                 for db in (full, killed)]
    assert summaries[0] == summaries[1]
    assert summaries[0].startswith("articles  ")
