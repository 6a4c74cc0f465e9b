"""News text is untrusted: show it as plain text in Markdown widgets, never as HTML or links."""

from __future__ import annotations

import re
import string
from urllib.parse import urlsplit

_PUNCT = frozenset(string.punctuation)


# What GitHub-flavoured Markdown turns into a link on its own, escaped or not: a scheme
# before "://", "www." and the "@" of an e-mail address. A word joiner (U+2060, invisible and
# never a line break) after each breaks the pattern and changes nothing a reader sees.
_AUTOLINK = re.compile(r"(?i)(?:https?|ftp)(?=:)|www(?=\.)|@")
WORD_JOINER = "\u2060"


def no_autolinks(text: str) -> str:
    """``text`` with every would-be automatic link (URL, www., e-mail) broken invisibly."""
    return _AUTOLINK.sub(lambda m: m.group(0) + WORD_JOINER, text)


def plain_markdown(text: str | None) -> str:
    """Escape every ASCII punctuation mark so Markdown shows ``text`` literally.

    CommonMark lets a backslash escape any ASCII punctuation, so ``<script>``, ``[a](b)``,
    ``**x**`` and ``&amp;`` all render as the characters they are. Line breaks are kept.
    Escapes do not stop GFM's automatic links (``http://…``, ``www.…``, ``a@b.org``), so
    those are broken with ``no_autolinks``: news text never becomes a link.
    """
    if not text:
        return ""
    escaped = "".join("\\" + c if c in _PUNCT else c for c in no_autolinks(text))
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
