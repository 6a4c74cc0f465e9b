"""Staged rows of a large source, moved into ``events`` in one transaction once all are written.

Storing a source of tens of thousands of events in one transaction held the writer lock for
minutes. It is now written in short batches here, where no reader looks, and moved at the end:
readers still see the source whole or not at all. Rows of a writer that died stay invisible and
expire; a rerun stores the source again.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "staged_events",
        sa.Column("token", sa.String(32), primary_key=True),
        sa.Column("ord", sa.BigInteger, nullable=False),
        sa.Column("staged_at", TZ, nullable=False),
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("dateline", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("places", sa.Text),
        sa.Column("qualifier", sa.Text),
        sa.Column("agencies", sa.Text),
        sa.Column("lang", sa.String(16)),
        sa.Column("published_at", TZ),
        sa.Column("time_basis", sa.String(32)),
        sa.Column("time_text", sa.Text),
        sa.Column("captured_at", TZ),
        sa.Column("captured_at_basis", sa.String(32)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country_code", sa.String(8)),
        sa.Column("admin1", sa.Text),
        sa.Column("geonameid", sa.BigInteger),
        sa.Column("location_name", sa.Text),
        sa.Column("precision", sa.String(16)),
        sa.Column("confidence", sa.Float),
        sa.Column("location_source", sa.String(32)),
        sa.Column("location_reason", sa.Text),
        sa.Column("story_id", sa.String(32), nullable=False),
        sa.Column("place_key", sa.Text),
        sa.Column("ref_time", TZ),
        sa.Column("first_seen", TZ, nullable=False),
        sa.Column("last_seen", TZ, nullable=False),
        sa.Column("seen_count", sa.Integer, nullable=False),
        sa.Column("mentions", sa.Text),
        sa.Column("focus", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_staged_events_staged_at", "staged_events", ["staged_at"])


def downgrade() -> None:
    op.drop_table("staged_events")
