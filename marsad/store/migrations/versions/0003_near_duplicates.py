"""Near-duplicate articles (marsad.duplicates): each article's MinHash signature and the id of
the canonical article it copies.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database made by create_all between these columns and this revision has them already.
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("articles")}
    indexes = {i["name"] for i in inspector.get_indexes("articles")}
    with op.batch_alter_table("articles") as batch:
        if "minhash" not in columns:
            batch.add_column(sa.Column("minhash", sa.LargeBinary()))
        if "canonical_id" not in columns:
            batch.add_column(sa.Column("canonical_id", sa.Text()))
        if "ix_articles_canonical_id" not in indexes:
            batch.create_index("ix_articles_canonical_id", ["canonical_id"])


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_canonical_id")
        batch.drop_column("canonical_id")
        batch.drop_column("minhash")
