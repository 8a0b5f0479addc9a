"""Alembic environment: runs the revisions on the connection Marsad hands over (or on the URL
given to Alembic), comparing against marsad.store.schema.metadata."""

from alembic import context
from sqlalchemy import create_engine

from marsad.store.migrations import include_name
from marsad.store.schema import metadata


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata,
                      include_name=include_name,
                      render_as_batch=connection.dialect.name == "sqlite")  # ALTER on SQLite
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            run(conn)
            conn.commit()
    finally:
        engine.dispose()


main()
