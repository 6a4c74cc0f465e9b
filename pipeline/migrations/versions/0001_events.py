"""Events, the store's version counter, and indexes on time and place.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("dateline", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("places", sa.Text),  # JSON list
        sa.Column("qualifier", sa.Text),
        sa.Column("agencies", sa.Text),  # JSON list
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
        sa.Column("seen_count", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_index("ix_events_published_at", "events", ["published_at"])
    op.create_index("ix_events_seq", "events", ["seq"])
    op.create_index("ix_events_place_time", "events", ["place_key", "ref_time"])
    op.create_index("ix_events_lat_lon", "events", ["lat", "lon"])
    op.create_index("ix_events_country", "events", ["country_code"])
    op.create_index("ix_events_story", "events", ["story_id"])
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(
        sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.BigInteger)),
        [{"key": "version", "value": 0}],
    )


def downgrade() -> None:
    op.drop_table("store_meta")
    op.drop_table("events")
