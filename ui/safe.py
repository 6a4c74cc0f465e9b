"""News text is untrusted: show it as plain text in Markdown widgets, never as HTML or links."""

from __future__ import annotations

import string

_PUNCT = frozenset(string.punctuation)


def plain_markdown(text: str | None) -> str:
    """Escape every ASCII punctuation mark so Markdown shows ``text`` literally.

    CommonMark lets a backslash escape any ASCII punctuation, so ``<script>``, ``[a](b)``,
    ``**x**`` and ``&amp;`` all render as the characters they are. Line breaks are kept.
    """
    if not text:
        return ""
    escaped = "".join("\\" + c if c in _PUNCT else c for c in text)
    return "  \n".join(escaped.splitlines())
