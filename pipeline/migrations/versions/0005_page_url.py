"""The page's own address (``url``), apart from ``source``.

``source`` says where Wiremap read a brief: the file's path or the URL it fetched. A page names
its own address (``og:url``, a canonical link) and a feed item its link; that address is kept
here, and only when it is an http(s) URL, so a page can never pass itself off as another source.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("url", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("url")
