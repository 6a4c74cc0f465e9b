"""Events a reader hid from the page (``hidden``), kept in the store so a hide can be undone.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing events are shown: the column is filled with false on both backends.
    op.add_column(
        "events", sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("hidden")
