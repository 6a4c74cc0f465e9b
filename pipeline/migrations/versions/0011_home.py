"""The source's home the user gave (``--home``), kept with the event's location.

``extract --home US-OH`` reads namesakes as a local paper's reader would, and says so in
``location_reason``; the record carries the home's code (``home``). The store kept the reason but
not the field, so an export of what was ingested lost it. A nullable column on ``events`` and on
``staged_events`` (a large source's rows pass through it): every event stored before has none,
which is what it was read with.

One transaction, like every migration here: interrupted, the store stays at 0010.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("events", "staged_events")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("home", sa.Text))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("home")
