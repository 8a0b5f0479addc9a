"""The Alembic revisions build exactly the tables of marsad.store.schema, on both backends."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic import command
from sqlalchemy import create_engine, event, inspect, text

from marsad.store import Store, StoreError
from marsad.store import migrations
from marsad.store.schema import metadata
from marsad.store.store import driver_url
from sample_data import egypt, syria


def schema_differences(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_name": migrations.include_name, "compare_type": True})
        return compare_metadata(context, metadata)


def test_migrated_schema_equals_the_metadata(db_url):
    with Store(db_url) as store:
        assert schema_differences(store.engine) == []
        with store.engine.connect() as conn:
            assert migrations.current(conn) == migrations.head()


def test_every_revision_downgrades_and_upgrades_again(db_url):
    with Store(db_url) as store:
        article, events = syria()
        store.save(article, events)
        with store.engine.begin() as conn:
            command.downgrade(migrations.config(conn), "base")
        assert not inspect(store.engine).has_table("articles")
    with Store(db_url) as store:  # opening migrates an empty database from scratch
        assert schema_differences(store.engine) == []
        assert store.summary()["articles"] == 0


def legacy_database(url):
    """A database as Marsad made it before migrations: the baseline tables, no version."""
    engine = create_engine(driver_url(url))
    with engine.begin() as conn:
        migrations.upgrade(conn, migrations.BASELINE)
        conn.exec_driver_sql("DROP TABLE alembic_version")
        article, _ = egypt()
        conn.execute(text("INSERT INTO articles (id, title, text, content_hash, ingested_at) "
                          "VALUES (:id, :title, :text, 'x', '2020-01-01 00:00:00')"),
                     {"id": article.id, "title": article.title, "text": article.text})
    engine.dispose()


def test_a_database_made_before_migrations_is_upgraded_and_indexed(db_url):
    legacy_database(db_url)
    with Store(db_url, create=False) as store:
        assert schema_differences(store.engine) == []
        assert store.summary()["articles"] == 1
        # the article stored before the full-text index existed is found
        assert [hit["id"] for hit in store.search_articles("القاهرة")] == ["eg-003"]


def test_a_revision_newer_than_this_version_is_a_store_error(tmp_path):
    url = f"sqlite:///{tmp_path / 'future.db'}"
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff'")
    engine.dispose()
    with pytest.raises(StoreError, match="cannot migrate"):
        Store(url)


def test_opening_an_up_to_date_database_only_reads(db_url):
    Store(db_url).close()
    with Store(db_url) as store:
        statements = []
        event.listen(store.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *args: statements.append(statement))
        migrations.upgrade_database(store.engine)
    assert statements and all(s.lstrip().upper().startswith(("SELECT", "PRAGMA", "BEGIN"))
                              for s in statements)


def test_a_table_that_no_revision_creates_is_reported(db_url):
    from sqlalchemy import Column, Integer, Table

    extra = Table("stories_unmigrated", metadata, Column("id", Integer, primary_key=True))
    try:
        with Store(db_url) as store:
            differences = schema_differences(store.engine)
    finally:
        metadata.remove(extra)
    assert [(d[0], d[1].name) for d in differences] == [("add_table", "stories_unmigrated")]


def test_db_upgrade_command_migrates_and_names_the_revision(db_url):
    from click.testing import CliRunner

    from marsad.cli import main

    legacy_database(db_url)
    result = CliRunner().invoke(main, ["db", "upgrade", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(f"schema at revision {migrations.head()}")
    with Store(db_url, create=False) as store:
        assert schema_differences(store.engine) == []


def test_what_other_modules_create_for_themselves_is_not_schema_drift(db_url):
    with Store(db_url) as store:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE INDEX ix_web_events_example ON events (type, id)")
            conn.exec_driver_sql("CREATE TABLE fetch_state (url TEXT PRIMARY KEY)")
        assert schema_differences(store.engine) == []
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE INDEX ix_events_stray ON events (mode)")
        assert [d[0] for d in schema_differences(store.engine)] == ["remove_index"]
