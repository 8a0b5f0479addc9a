"""Initial tables: articles and events (the schema before migrations existed).

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _actor_columns(role: str, full: bool = True) -> list[sa.Column]:
    columns = [sa.Column(f"{role}_code", sa.String(16)), sa.Column(f"{role}_group", sa.String(100))]
    if full:
        columns += [sa.Column(f"{role}_sector", sa.Text()), sa.Column(f"{role}_name", sa.Text()),
                    sa.Column(f"{role}_text", sa.Text())]
    return columns


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Text(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.Date()),
        sa.Column("fetched", sa.DateTime()),
        sa.Column("source", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.Column("origin", sa.Text()),
        sa.Column("content_hash", sa.String(40), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.Text(), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("modality", sa.String(16), nullable=False),
        *_actor_columns("source"),
        *_actor_columns("target"),
        *_actor_columns("claimant", full=False),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("place_name", sa.Text()),
        sa.Column("place_text", sa.Text()),
        sa.Column("country", sa.String(3)),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("confidence", sa.Float()),
        sa.Column("evidence_start", sa.Integer()),
        sa.Column("evidence_end", sa.Integer()),
        sa.Column("record", sa.Text(), nullable=False),
    )
    for column in ("type", "date_start", "source_code", "target_code", "country", "article_id"):
        op.create_index(f"ix_events_{column}", "events", [column])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("articles")
