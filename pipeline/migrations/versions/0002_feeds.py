"""Watch state per feed: conditional-request validators, last content hash, backoff.

Kept in the store so a restarted ``wiremap watch`` still sends If-None-Match/If-Modified-Since
and still honours the backoff of a feed that was failing.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("content_sha", sa.String(64)),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_due", TZ),
        sa.Column("last_ok", TZ),
        sa.Column("last_error", sa.Text),
    )


def downgrade() -> None:
    op.drop_table("feeds")
