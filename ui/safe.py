"""News text is untrusted: show it as plain text in Markdown widgets, never as HTML or links."""

from __future__ import annotations

import string
from urllib.parse import urlsplit

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


_URL_FORBIDDEN = frozenset("<>\"'` \t\r\n()[]\\")


def safe_url(value: object) -> str | None:
    """``value`` as a link target when it is a plain http(s) URL, else None (show it as text).

    Anything else (``javascript:``, ``data:``, relative paths, URLs with characters that could
    end a Markdown link early) is refused, so a source field can never smuggle in a script.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or any(c in _URL_FORBIDDEN for c in text):
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text
