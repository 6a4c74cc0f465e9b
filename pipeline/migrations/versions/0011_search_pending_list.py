"""PostgreSQL's search index takes new words in larger batches: ``gin_pending_list_limit`` of
``ix_events_search_words`` from the server's default (4 MB) to 16 MB.

With ``fastupdate`` (PostgreSQL's default) a GIN index puts the words of each new row in a
pending list and merges that list into its tree when it outgrows the limit, in the inserting
writer's transaction. A larger list is merged less often, and each merge sorts more of the same
words together: the server's CPU time per event stored fell by about a sixth (20,000 bench
events, fresh processes alternating, server backend's CPU read from ``/proc``; see
``benchmarks/RESULTS.md``, "Store, fifth round"). The price is paid by searches: each one also
reads the pending list, up to 16 MB of it (measured: about 25 ms more for a search when the
list is full, 1-2 ms when it was just merged); autovacuum merges it too.

SQLite has no such index (FTS5 merges its own segments): nothing changes there. A storage
parameter only: no table or index is rebuilt, so the upgrade takes no time at any size. One
transaction, like every migration here: interrupted, the store stays at 0010.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PENDING_KB = 16 * 1024  # the search index's pending list, in kB (PostgreSQL's default: 4,096)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"ALTER INDEX ix_events_search_words SET (gin_pending_list_limit = {PENDING_KB})"
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER INDEX ix_events_search_words RESET (gin_pending_list_limit)")
