"""Case- and accent-insensitive text, for search and for comparing stories.

One folding for the whole pipeline and the page: 'Kyiv', 'KYIV' and 'Kýiv' compare equal, so a
search finds what the story linker links. (``geo.fold`` is the gazetteer's own key, which also
drops punctuation; ``pipeline.record`` hashes ids with a fold that must never change.)
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents; ASCII text takes the fast path."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
