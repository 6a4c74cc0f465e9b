"""Places named in the text (``mentions``) and where the event happened (``focus``), as JSON.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both backends: existing events keep every value, the new ones are
    # NULL (read back as "no mentions" and "no focus").
    op.add_column("events", sa.Column("mentions", sa.Text))
    op.add_column("events", sa.Column("focus", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("focus")
        batch.drop_column("mentions")
