"""Ingest at full speed: the search index filled in bulk, no index nobody reads.

- **SQLite's FTS5 index is filled by the store, a transaction's rows at once**
  (``INSERT INTO events_fts ... SELECT``), no longer by a trigger per row: FTS5 writes its
  pending words to disk at every statement, so a trigger made one index segment per event and
  cost about twice the insert itself (measured: 7k against 18k rows/s). The delete and update
  triggers stay, for rows the index holds (a search text that is not NULL); a stored event's
  search text filled later (migration 0007's fill) is added by the filler, in bulk too.
- ``ix_events_lat_lon`` and ``ix_events_country`` go: no query of the store filters on them
  (the page filters its columnar index, ``pipeline.query``), and each cost every insert.
- ``ix_events_touched`` holds only the events ever changed (``touched IS NOT NULL``): most
  events never are, and the snapshot asks only for ``touched > version``.

One transaction, like every migration here: interrupted, the store stays at 0007.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEXED = "old.search_text IS NOT NULL"  # rows the FTS5 index holds
TRIGGERS = {
    "events_fts_delete": f"AFTER DELETE ON events WHEN {INDEXED} BEGIN"
    " INSERT INTO events_fts(events_fts, rowid, search_text)"
    " VALUES ('delete', old.seq, old.search_text); END",
    "events_fts_update": f"AFTER UPDATE OF search_text, seq ON events WHEN {INDEXED} BEGIN"
    " INSERT INTO events_fts(events_fts, rowid, search_text)"
    " VALUES ('delete', old.seq, old.search_text);"
    " INSERT INTO events_fts(rowid, search_text)"
    " SELECT new.seq, new.search_text WHERE new.search_text IS NOT NULL; END",
}


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("events_fts_insert", *TRIGGERS):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        for name, body in TRIGGERS.items():
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    for name in ("ix_events_lat_lon", "ix_events_country", "ix_events_touched"):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    conn.exec_driver_sql(
        "CREATE INDEX ix_events_touched ON events (touched) WHERE touched IS NOT NULL"
    )


def downgrade() -> None:
    from importlib import import_module

    conn = op.get_bind()
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_touched")
    conn.exec_driver_sql("CREATE INDEX ix_events_touched ON events (touched)")
    conn.exec_driver_sql("CREATE INDEX ix_events_lat_lon ON events (lat, lon)")
    conn.exec_driver_sql("CREATE INDEX ix_events_country ON events (country_code)")
    if conn.dialect.name == "sqlite":
        old = import_module("pipeline.migrations.versions.0007_search_leases").FTS_TRIGGERS
        for name in old:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {old[name]}")
        # Rows stored since 0008 are in the index already (the store filled it).
