"""One schema: the tables ``pipeline.store`` declares are the tables the migrations build.

Migration 0001 and ``pipeline/store.py`` both spell out the schema; Alembic's compare-metadata
says where they drift (a column, a type, nullability, an index), on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from store_fixtures import store, store_url  # noqa: F401 (fixtures)

from pipeline.store import metadata

# The search index is a different structure on each backend, made by migrations 0007 and 0009:
# SQLite's FTS5 table (with its shadow tables), PostgreSQL's GIN index on its words.
SEARCH_INDEX = ("events_fts", "ix_events_search")


def _ours(obj, name, type_, reflected, compare_to) -> bool:
    return not (name or "").startswith(SEARCH_INDEX)


def test_models_and_migrations_do_not_drift(store):  # noqa: F811
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _ours}
        )
        assert compare_metadata(context, metadata) == []


def test_the_check_sees_a_drift(store):  # noqa: F811
    """The check is not blind: a column the models have and the migrations lack shows."""
    import sqlalchemy as sa

    drifted = sa.MetaData()
    for table in metadata.tables.values():
        table.to_metadata(drifted)
    sa.Table("events", drifted, sa.Column("extra", sa.Text), extend_existing=True)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _ours}
        )
        diff = compare_metadata(context, drifted)
    assert [(d[0], d[2], d[3].name) for d in diff] == [("add_column", "events", "extra")]
