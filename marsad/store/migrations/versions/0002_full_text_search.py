"""Full-text search over normalised Arabic: FTS5 on SQLite, tsvector and pg_trgm on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op

from marsad.store import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.create_index(op.get_bind())  # also indexes the articles already stored


def downgrade() -> None:
    search.drop_index(op.get_bind())
