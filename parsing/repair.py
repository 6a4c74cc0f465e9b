"""Pasted text's damage undone before a page is read, with the way back to the source's offsets.

Users paste pages, and a paste brings what the page's markup and encodings left in: spaces of
other widths (no-break, thin, narrow), invisible characters (zero-width spaces and joiners, the
byte-order mark, soft hyphens inside a word), a lone CR or a CRLF for a line end, HTML entities
never decoded ("BERLIN&nbsp;(dpa)", "&#8212;"), and UTF-8 read as Windows-1252 ("SÃƒO PAULO",
"â€“"). Each is a fact of how text is carried, not of any one page: the reader sees the text the
page showed, and every offset it finds is taken back to the text as the user gave it.
"""

from __future__ import annotations

import html
import re

# One for one: every space of another width reads as a space.
_SPACES = str.maketrans(
    dict.fromkeys(
        "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
        " ",
    )
)
_SPACE_CHARS = re.compile("[\xa0\u2000-\u200a\u202f\u205f\u3000]")

# A UTF-8 byte after the first, as Windows-1252 shows it (its five unassigned bytes stay the C1
# control Latin-1 gives them).
_CONT = {(bytes([b]).decode("cp1252", errors="ignore") or chr(b)): b for b in range(0x80, 0xC0)}
_CONT_CLASS = "[" + "".join(re.escape(ch) for ch in _CONT) + "]"

_DAMAGE = re.compile(
    # a UTF-8 character read as Windows-1252: a Latin letter of two bytes ("Ã¼" for "ü", "Å¡"
    # for "š", up to U+017F) or punctuation of three ("â€“" for "–"). Other leads stand for
    # letters of their own next to a quote mark or a dash as often ("Gruß»", "café«").
    rf"[\xc2-\xc5]{_CONT_CLASS}|\xe2{_CONT_CLASS}{{2}}"
    # an HTML entity left in
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
    # an invisible character: a zero-width space or joiner, a word joiner, a BOM, a soft hyphen
    r"|[\u00ad\u200b-\u200d\u2060\ufeff]"
    # a line end as CRLF or a lone CR
    r"|\r\n?"
)


def _undone(damage: str) -> str | None:
    """What one piece of damage stood for, or None where it is no damage after all (an
    unknown entity, bytes that are no UTF-8)."""
    first = damage[0]
    if first == "&":
        text = html.unescape(damage)
        return text if text != damage else None
    if first == "\r":
        return "\n"
    if len(damage) == 1:
        return ""  # an invisible character
    try:
        return bytes([ord(first), *(_CONT[ch] for ch in damage[1:])]).decode("utf-8")
    except UnicodeDecodeError:
        return None


def repair(text: str) -> tuple[str, list[int] | None]:
    """The text as the page showed it, and for each of its offsets (and its end) the offset in
    ``text``; None where every character stands where it stood (spaces alone are one for one)."""
    pieces: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _DAMAGE.finditer(text):
        undone = _undone(m.group())
        if undone is None:
            continue
        start = m.start()
        pieces.append(text[pos:start])
        where.extend(range(pos, start))
        pieces.append(undone)
        where.extend([start] * len(undone))
        pos = m.end()
    if pieces:
        pieces.append(text[pos:])
        where.extend(range(pos, len(text) + 1))
        text = "".join(pieces)
    if _SPACE_CHARS.search(text) is not None:
        text = text.translate(_SPACES)
    return text, where or None
