"""Pasted text's damage undone before a page is read, with the way back to the source's offsets.

Users paste pages, and a paste brings what the page's markup and encodings left in: spaces of
other widths (no-break, thin, narrow), invisible characters (zero-width spaces and joiners, the
byte-order mark, soft hyphens inside a word), a lone CR for a line end, HTML entities
never decoded ("BERLIN&nbsp;(dpa)", "&#8212;"), and UTF-8 read as Windows-1252 ("SÃƒO PAULO",
"â€“"). Each is a fact of how text is carried, not of any one page: the reader sees the text the
page showed, and every offset it finds is taken back to the text as the user gave it.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import partial
from html.entities import html5

# A UTF-8 byte after the first, as Windows-1252 shows it (its five unassigned bytes stay the C1
# control Latin-1 gives them).
_CONT = {(bytes([b]).decode("cp1252", errors="ignore") or chr(b)): b for b in range(0x80, 0xC0)}
_CONT_CLASS = "[" + "".join(re.escape(ch) for ch in _CONT) + "]"
# The invisible characters the repair removes, each written out (a ``str.rstrip`` set, and a
# regex class below).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

_DAMAGE = re.compile(
    # a UTF-8 character read as Windows-1252: a Latin letter of two bytes ("Ã¼" for "ü", "Å¡"
    # for "š", up to U+017F) or punctuation of three ("â€“" for "–"). Other leads stand for
    # letters of their own next to a quote mark or a dash as often ("Gruß»", "café«").
    rf"[\xc2-\xc5]{_CONT_CLASS}|\xe2{_CONT_CLASS}{{2}}"
    # an HTML entity left in
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
    # a line end as a lone CR (a CRLF the reader takes as it is)
    r"|\r(?!\n)"
    # an invisible character: a zero-width space or joiner, a word joiner, a BOM, a soft hyphen
    rf"|[{INVISIBLE}]"
)
# A capital lead the repair undoes (Â, Ã, Ä, Å) before a letter no UTF-8 byte after the first
# gives: a letter of its own ("SÄKYLÄ", "LEMPÄÄLÄ", "SÃO"), so the text was read right, and the
# same capital ending a word before a no-break space or a dash ("LEMPÄÄLÄ\xa0(STT)", "SÄKYLÄ–")
# is that word's last letter, not a lead of damage ("Ġ", "Ė").
_READ_RIGHT = re.compile(rf"[\xc2-\xc5](?=[^\W\d_])(?!{_CONT_CLASS})")
# ``repair``'s offset map: for each character of the repaired text (and its end), its offset in
# the text as given. A list of ints for a text of up to ``_LONG`` characters (the quickest to
# build); past it, machine integers in an ``array`` (4 bytes each, 8 past 2^31 characters), filled
# without an int object a character: a damaged 10 MB paste's map is 40 MB, not some 400, and the
# page's briefs share it (``Brief.repaired``) while their places are read.
OffsetMap = Sequence[int]
_LONG = 1 << 16
# One for one: every space of another width reads as a space.
_WIDE = "\xa0\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2000\u2001\u205f\u3000"


def _as_spaces(text: str) -> str:
    """``text`` with every space of another width made a space (the same object where it holds
    none): a ``str.replace`` for each one the text holds, which costs a page a few scans in C,
    where ``str.translate`` with a table looks up every character in Python's dict (~40x the
    time on a page with a no-break space)."""
    for ch in _WIDE:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def _lone_cr(t: str) -> bool:
    """A CR that is no CRLF's: a line end as an old Mac wrote it."""
    return "\r" in t and t.count("\r") != t.count("\r\n")


# Whether a text holds what any damage opens with: each a string search (C's memchr) written
# out, which costs a page far less than a regex's scan of it or a call per mark.
def _damaged(t: str) -> bool:
    return (
        _lone_cr(t) or "&" in t or "\xad" in t
        or "Ã" in t or "Â" in t or "â€" in t or "Ä" in t or "Å" in t or "\u200b" in t
        or "\ufeff" in t or "\u2060" in t or "\u200c" in t or "\u200d" in t
    )  # fmt: skip


try:  # one pass in C over a page for all of them, built by the install when it could
    from parsing._langwalk import any_in as _c_any_in
except ImportError:  # no C compiler at install: the searches above, one a character
    _c_any_in = None


def marks_table(chars: str) -> bytes:
    """A byte a code point up to the last of ``chars``: 1 for each of them, the table the C scans
    of ``parsing/_langwalk.c`` that look for a set of characters read (``any_in``,
    ``first_last_in``)."""
    table = bytearray(max(map(ord, chars)) + 1)
    for ch in chars:
        table[ord(ch)] = 1
    return bytes(table)


# The characters a repair of a text that is not ASCII starts at: the first of every damage
# ``_damaged`` looks for and every space of another width (``_as_spaces``). A text without any
# of them is given back as it is, told by one ``any_in`` pass.
_REPAIR_STARTS = marks_table("\r&\xadÃÂâÄÅ" + INVISIBLE + _WIDE)


def _lf_at(text: str, i: int) -> bool:
    """Whether an LF, as itself or as an entity, stands at ``i``: a CR before it is CRLF's."""
    if text.startswith("\n", i):
        return True
    if not text.startswith("&#", i):
        return False
    end = text.find(";", i, i + 10)
    return end > 0 and html.unescape(text[i : end + 1]) == "\n"


def _undone(damage: str) -> str | None:
    """What one piece of damage stood for, or None where it is no damage after all (an
    unknown entity, bytes that are no UTF-8)."""
    first = damage[0]
    if first == "&":
        if damage[1] != "#":  # a name HTML knows whole ("&copyright;" is no "&copy;" and "right;")
            return html5.get(damage[1:])
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


def repair(text: str) -> tuple[str, OffsetMap | None]:
    """The text as the page showed it, and for each of its offsets (and its end) the offset in
    ``text``; None where every character stands where it stood (spaces alone are one for one).
    A page is repaired once, whole: its briefs carry their share of it (``Brief.repaired_text``),
    so nothing is kept here between calls."""
    if text.isascii():  # told at once: of all damage only a CR or an entity can be there
        if "&" not in text and not _lone_cr(text):
            return text, None
        damaged = True
    elif _c_any_in is not None and not _c_any_in(text, _REPAIR_STARTS):
        return text, None  # nothing a repair starts at: no damage, no space of another width
    else:
        damaged = _damaged(text)
    where: OffsetMap = [] if len(text) <= _LONG else array("i" if len(text) < 1 << 31 else "q")
    if damaged:
        pieces: list[str] = []
        pos = 0
        read_right = None  # told at the first lead of damage, with one search of the text
        for m in _DAMAGE.finditer(text):
            damage = m.group()
            if len(damage) > 1 and damage[0] not in "&\r":
                if read_right is None:
                    read_right = _READ_RIGHT.search(text) is not None
                if read_right:
                    continue
            undone = _undone(damage)
            if undone is None:
                continue
            if undone == "\r":  # a CR written as an entity ("&#13;"): a line end as a lone CR is
                undone = "" if _lf_at(text, m.end()) else "\n"  # (and nothing before an LF)
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
    if not text.isascii():  # a space of another width ("&nbsp;" undone is one too)
        text = _as_spaces(text)
    return text, where or None


def offset_maps(
    where: OffsetMap | None, at: int = 0, start: int = 0, length: int | None = None
) -> tuple[Callable[[int], int], Callable[[int], int]]:
    """For ``repair``'s map: an offset in the repaired text to the text as given, and an
    offset as given to the repaired text (the first character at or after it); both keep
    every offset where there is no map (every character stands where it stood). For a part of
    the page (a brief), ``at`` is where it starts in the repaired page, ``start`` where it
    starts in the page as given and ``length`` its length repaired: offsets are the part's own,
    as its own repair would give them, and the page's map is read, never copied."""
    if not where:
        return int, int
    if length is None or (not at and not start and len(where) == length + 1):
        return where.__getitem__, partial(bisect_left, where)
    hi = at + length + 1

    def back(i: int) -> int:
        return where[at + i] - start

    def ahead(j: int) -> int:
        return bisect_left(where, start + j, at, hi) - at

    return back, ahead
