"""Full-text search over a folded text column, change marks for index snapshots, feed leases.

- ``events.search_text`` (and ``staged_events.search_text``): the event's title, text, dateline
  and place names folded by ``pipeline.textfold`` (case, accents, every script to ASCII). The
  stored events' are filled after this migration, by the store, in short batches with progress
  (``Store.fill_search``; ``store_meta.search_fill`` says how far it got), and ``place_key``\\s
  made from a place name are folded again with the same fold, so story linking goes on finding
  the stored neighbours. A million events take minutes to fold: in one migration that would
  hold the writers' lock all along.
- The index over it, of the runs of letters and digits of that text: SQLite FTS5
  (``events_fts``, external content keyed by ``seq``, kept current by triggers, ``detail=none``:
  the search asks for words and their prefixes only); PostgreSQL a GIN index on a ``simple``
  tsvector. Both cost ingest little (trigram indexes, measured, cost it over half its speed).
- ``events.touched`` (and in ``staged_events``): the store version at which an event's time,
  place or visibility last changed, so that a reader's index snapshot (``pipeline.snapshot``)
  reads only the events changed or added since it was saved.
- ``feeds.lease_owner`` / ``feeds.lease_until``: the poller that holds a feed and until when.

The schema changes run in the one transaction ``pipeline.store`` opens: an interrupted upgrade
(even a killed process) leaves the store as it was, at 0006, and the next open upgrades it
again. An interrupted fill leaves a usable store (the events not filled yet are not found by a
search until then) and the next writer that opens it goes on from where it stopped.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FTS_TRIGGERS = {
    "events_fts_insert": "AFTER INSERT ON events BEGIN"
    " INSERT INTO events_fts(rowid, search_text) VALUES (new.seq, new.search_text); END",
    "events_fts_delete": "AFTER DELETE ON events BEGIN"
    " INSERT INTO events_fts(events_fts, rowid, search_text)"
    " VALUES ('delete', old.seq, old.search_text); END",
    "events_fts_update": "AFTER UPDATE OF search_text, seq ON events BEGIN"
    " INSERT INTO events_fts(events_fts, rowid, search_text)"
    " VALUES ('delete', old.seq, old.search_text);"
    " INSERT INTO events_fts(rowid, search_text) VALUES (new.seq, new.search_text); END",
}


def upgrade() -> None:
    conn = op.get_bind()
    # Plain ALTER TABLE ... ADD COLUMN on both backends: no table rebuild, rows keep their place.
    for table in ("events", "staged_events"):
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN search_text TEXT")
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN touched BIGINT")
    conn.exec_driver_sql("CREATE INDEX ix_events_touched ON events (touched)")
    lease_type = "TIMESTAMP WITH TIME ZONE" if conn.dialect.name == "postgresql" else "DATETIME"
    conn.exec_driver_sql("ALTER TABLE feeds ADD COLUMN lease_owner TEXT")
    conn.exec_driver_sql(f"ALTER TABLE feeds ADD COLUMN lease_until {lease_type}")
    # Who this store is, apart from its URL: a store deleted and made again at the same place
    # must not be read through the snapshot of the old one (``pipeline.snapshot``).
    conn.execute(
        sa.text("INSERT INTO store_meta (key, value) VALUES ('store_id', :v)"),
        {"v": secrets.randbits(62)},
    )
    # The stored events' search text is filled after the migration (``Store.fill_search``).
    if conn.exec_driver_sql("SELECT 1 FROM events LIMIT 1").first() is not None:
        conn.exec_driver_sql("INSERT INTO store_meta (key, value) VALUES ('search_fill', 0)")
    if conn.dialect.name == "sqlite":
        # Empty: its rows come with their search text (the store, and the fill, add them).
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content='events',"
            " content_rowid='seq', tokenize='unicode61', detail=none)"
        )
        for name, body in FTS_TRIGGERS.items():
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    else:
        conn.exec_driver_sql(
            "CREATE INDEX ix_events_search ON events USING gin"
            " ((to_tsvector('simple', regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g'))))"
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in FTS_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS events_fts")
    else:
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_search")
    conn.exec_driver_sql("DELETE FROM store_meta WHERE key IN ('store_id', 'search_fill')")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_touched")
    for table, column in (("events", "search_text"), ("staged_events", "search_text"),
                          ("events", "touched"), ("staged_events", "touched"),
                          ("feeds", "lease_owner"), ("feeds", "lease_until")):  # fmt: skip
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
