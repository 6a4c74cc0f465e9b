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


def test_the_head_read_from_the_migration_files_is_alembics():
    """``open_store`` reads the head revision from the files, without importing Alembic."""
    from alembic.script import ScriptDirectory

    from pipeline.store import _alembic_config, _head

    assert _head() == ScriptDirectory.from_config(_alembic_config()).get_current_head()


def test_a_current_store_opens_without_alembic(tmp_path):
    """Importing Alembic delays the page's first map (0.15 s and more): only an upgrade needs it."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    script = (
        "import sys\n"
        "from pipeline.store import _head, open_store\n"
        f"open_store({url!r}).close()\n"  # creates: Alembic runs the migrations
        "made = 'alembic' in sys.modules\n"
        "for name in [m for m in sys.modules if m.split('.')[0] == 'alembic']:\n"
        "    del sys.modules[name]\n"
        f"with open_store({url!r}) as store:\n"
        "    print(made, 'alembic' in sys.modules, store.schema_revision() == _head())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out == ["True", "False", "True"]
