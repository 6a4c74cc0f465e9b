"""How the newspaper tables find a text's dateline: as ``wiremap extract`` does, through
``read_briefs`` (the gazetteer's place check), shared by the tables of shapes and styles so
that each reads its rows alike (the ``resolver`` they locate with is ``conftest``'s)."""

from __future__ import annotations

from pipeline.extract import locate, read_briefs


def first_dated(text: str, captured_at=None):
    """The text's first brief with a dateline, or None (``captured_at``: the page's)."""
    briefs = [b for b in read_briefs(text, captured_at=captured_at) if b.dateline is not None]
    return briefs[0] if briefs else None


def assert_located(resolver, brief, lang: str, text: str, cc: str) -> None:
    """The brief's dateline, read as ``lang``, resolves to a place in ``cc``."""
    brief.lang = lang
    loc = locate(brief, resolver.resolve, text)
    assert loc is not None and loc.resolved and loc.country_code == cc, loc and loc.reason
