"""Alembic environment for the wiremap store: always online, on the caller's connection.

``pipeline.store`` opens the connection and its transaction (holding the writer lock), puts it
in ``config.attributes["connection"]`` and asks for ``upgrade head``, so the migration and the
check that it is needed happen under one lock.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only pipeline.store drives this environment
    raise RuntimeError("the wiremap migrations run through pipeline.store.open_store")

context.configure(
    connection=connection,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
