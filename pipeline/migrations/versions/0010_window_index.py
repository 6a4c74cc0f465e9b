"""A time window is read in the order of its index: ``ix_events_published_at`` becomes
``(published_at, seq)``.

``Store.events`` (what ``export`` and a day's records read) orders by ``published_at``, then
``seq``. With an index on the time alone both databases sorted every window's rows once more
by ``seq`` after reading them (PostgreSQL an incremental sort, SQLite a temporary B-tree of
whole rows): at 1M events, a tenth of the densest day's read. The index with ``seq`` gives the
rows in that order as they are read; it replaces the old one (no index more to write).

One transaction, like every migration here: interrupted, the store stays at 0009.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_published_at")
    conn.exec_driver_sql("CREATE INDEX ix_events_published_at_seq ON events (published_at, seq)")


def downgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_published_at_seq")
    conn.exec_driver_sql("CREATE INDEX ix_events_published_at ON events (published_at)")
