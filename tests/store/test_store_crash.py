"""A killed ingest (kill -9) leaves the database consistent, and a re-run completes it."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from marsad.store import Store
from sample_data import corpus

N = 60
HERE = Path(__file__).resolve().parent

# The child saves the corpus article by article and says so after each commit. With
# KILL_AT set it kills itself (SIGKILL) inside that article's transaction, right when the
# new events are being inserted: after the article upsert and the delete of its old events.
CHILD = f"""
import os, signal, sys
sys.path.insert(0, {str(HERE)!r})
from sqlalchemy import event
from marsad.store import Store
from sample_data import corpus

store = Store(sys.argv[1])
kill_at = os.environ.get("KILL_AT")
current = None

@event.listens_for(store.engine, "before_cursor_execute")
def maybe_die(conn, cursor, statement, *args):
    if current == kill_at and statement.startswith("INSERT INTO events"):
        os.kill(os.getpid(), signal.SIGKILL)

for article, events in corpus({N}):
    current = article.id
    store.save(article, events)
    print("saved", article.id, flush=True)
"""


def run_child(db: Path, kill_at: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, KILL_AT=kill_at or "")
    return subprocess.run([sys.executable, "-c", CHILD, f"sqlite:///{db}"], env=env,
                          capture_output=True, text=True)


def snapshot(db: Path) -> tuple[dict, dict]:
    """(article id -> content hash, event id -> record) read straight from the file."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        articles = dict(conn.execute("SELECT id, content_hash FROM articles"))
        events = dict(conn.execute("SELECT id, record FROM events"))
    finally:
        conn.close()
    return articles, events


def expected_events(article_ids) -> set[str]:
    return {e.id for article, events in corpus(N) if article.id in article_ids for e in events}


def test_uninterrupted_run_stores_everything(tmp_path):
    assert run_child(tmp_path / "full.db").returncode == 0
    articles, events = snapshot(tmp_path / "full.db")
    assert len(articles) == N
    assert set(events) == expected_events(articles)


def test_kill_inside_a_transaction_then_rerun(tmp_path):
    full, killed = tmp_path / "full.db", tmp_path / "killed.db"
    run_child(full)
    result = run_child(killed, kill_at="bulk-0031")  # an article with events to insert
    assert result.returncode == -signal.SIGKILL
    articles, events = snapshot(killed)
    # every article before the killed one, and none of the killed one's half-written rows
    assert sorted(articles) == [f"bulk-{i:04d}" for i in range(31)]
    assert set(events) == expected_events(articles)

    assert run_child(killed).returncode == 0
    assert snapshot(killed)[1] == snapshot(full)[1]
    assert set(snapshot(killed)[0]) == set(snapshot(full)[0])


def test_kill_while_reingesting_keeps_the_old_events(tmp_path):
    db = tmp_path / "re.db"
    run_child(db)
    before = snapshot(db)
    # killed after the old events of bulk-0031 were deleted but before the commit
    assert run_child(db, kill_at="bulk-0031").returncode == -signal.SIGKILL
    assert snapshot(db)[1] == before[1]


def test_kill_from_outside_at_any_point_then_rerun(tmp_path):
    full, killed = tmp_path / "full.db", tmp_path / "killed.db"
    run_child(full)
    child = subprocess.Popen([sys.executable, "-c", CHILD, f"sqlite:///{killed}"],
                             stdout=subprocess.PIPE, text=True, env=dict(os.environ, KILL_AT=""))
    for _ in range(10):  # let it get going, then kill it wherever it is
        assert child.stdout.readline().startswith("saved")
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    articles, events = snapshot(killed)
    assert 10 <= len(articles) <= N
    assert set(events) == expected_events(articles)  # all-or-nothing per article

    assert run_child(killed).returncode == 0
    with Store(f"sqlite:///{killed}") as again, Store(f"sqlite:///{full}") as reference:
        assert again.summary() == reference.summary()
    assert snapshot(killed)[1] == snapshot(full)[1]
