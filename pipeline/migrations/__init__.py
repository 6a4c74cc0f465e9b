"""Versioned schema migrations (Alembic), applied by ``pipeline.store.open_store``.

The Alembic environment lives in this package, so an installed wiremap can upgrade a store
without an ``alembic.ini``: ``open_store`` runs ``upgrade head`` inside one transaction.
New revisions go in ``versions/`` (``NNNN_what.py``, ``down_revision`` set to the previous one);
a revision must keep the data that is there.
"""
