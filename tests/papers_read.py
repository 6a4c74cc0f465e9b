"""How the newspaper tables find a text's dateline: as ``wiremap extract`` does, through
``read_briefs`` (the gazetteer's place check), shared by the tables of shapes and styles so
that each reads its rows alike (the ``resolver`` they locate with is ``conftest``'s)."""

from __future__ import annotations

from pipeline.extract import read_briefs


def first_dated(text: str):
    """The text's first brief with a dateline, or None."""
    briefs = [b for b in read_briefs(text) if b.dateline is not None]
    return briefs[0] if briefs else None
