"""Folding of place names so that every spelling of a name meets in one key.

Wire copy writes one place as ``CAÏRO``, ``Caïro``, ``Cairo`` or ``N.Y.``/``NY``: matching on
the raw string would miss most of them. Folding drops case, accents and punctuation, keeps
letters and digits of every script, and splits on everything else, so a key never spans half a
word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

# Letters that Unicode does not decompose into base letter + accent.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŀ": "l",
        "ʻ": "",
        "ʼ": "",
        "ʿ": "",
        "ʾ": "",
        "’": "",
        "'": "",
        "`": "",
        "´": "",
    }
)
# ``str.translate`` with a table looks up every character (most of a brief's time in
# ``fold_text``); these letters are rare, so they are found first and replaced one by one
_SPECIAL_CHARS = {chr(k): v for k, v in _SPECIAL.items()}
# ``fold_text`` looks only for those outside ASCII: the byte table drops the ASCII apostrophes
# after the decomposition (which leaves them and the letters around them as they are)
_SPECIAL_ANY = re.compile("[" + re.escape("".join(c for c in _SPECIAL_CHARS if c > "\x7f")) + "]")
# ... and, where the install built ``parsing._langwalk``, looked for by one C pass over the text
# (``any_in``, a byte a code point up to the last of them) rather than by the engine's class
# test at every character; the blanks the byte table leaves made one space by ``fold_blanks``
try:
    from parsing._langwalk import any_in as _c_any_in
    from parsing._langwalk import fold_blanks as _c_fold_blanks
except ImportError:  # no C compiler at install: ``_py_fold_text`` gives the same string
    _c_any_in = _c_fold_blanks = None
# ... and the whole fold in one C pass that reads each character's fold from a table
# (``_fold_table``), where NFKD decomposed the text and Python made bytes of it (most of a fold)
try:
    from parsing._langwalk import fold_by_table as _c_fold_by_table
except ImportError:
    _c_fold_by_table = None
# (``parsing.repair.marks_table``'s table, built here: geo may not import that layer's module)
_SPECIAL_TABLE = bytes(
    chr(k) in _SPECIAL_CHARS and k > 0x7F for k in range(max(map(ord, _SPECIAL_CHARS)) + 1)
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ASCII_WORDS = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return the matching key of ``text``: lower case, no accents, words joined by one space.

    Apostrophes vanish (``Be'er Sheva`` -> ``beer sheva``) because wire copy drops them freely;
    every other non-letter separates words (``N.Y.`` -> ``n y``, ``Nieuw-Delhi`` ->
    ``nieuw delhi``).
    """
    if not text:
        return ""
    if text.isascii():
        return _ASCII_WORDS.sub(" ", text.lower().replace("'", "").replace("`", "")).strip()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def _ascii_folded(text: str, has_special: Callable[[str], object]) -> bytes:
    """``text`` as the byte table folds it (lower case kept, apostrophes dropped, anything else
    a space), its special letters replaced first where ``has_special`` finds one: the part both
    ways of ``fold_text`` share."""
    if text.isascii():
        data = text.encode("ascii")
    else:
        if has_special(text):
            text = _SPECIAL_ANY.sub(_special, text)
        data = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
    return data.translate(_ASCII_FOLD, b"'`")


def _py_fold_text(text: str) -> str:
    """Fold a whole brief for scanning (not cached: texts are rarely repeated).

    Faster than ``fold`` because letters of other scripts are dropped instead of kept: the
    names looked for in running text are all Latin. The ASCII that remains is folded by one
    byte table (lower case kept, apostrophes dropped, anything else a space).
    """
    if not text:
        return ""
    data = _ascii_folded(text, _SPECIAL_ANY.search)
    # every blank is a space now: runs of them made one by halving (a pass over the bytes for
    # each doubling of the longest run) rather than by cutting the text into words
    while b"  " in data:
        data = data.replace(b"  ", b" ")
    return data.strip(b" ").decode("ascii")


def _c_has_special(text: str) -> bool:
    return _c_any_in(text, _SPECIAL_TABLE)


def _c_fold_text(text: str) -> str:
    """``_py_fold_text`` with its two scans in C (``parsing/_langwalk.c``): the letters to
    replace found by ``any_in``, and the runs of spaces made one and the ends stripped by
    ``fold_blanks`` (``" ".join(text.casefold().split())``), where Python halved the runs, a
    pass over the bytes for each doubling of the longest run (a third of a brief's fold).

    Why it is the same: the byte table leaves only a-z, 0-9 and the space, whose case fold is
    itself and whose only blank is the space; split and joined by one space, such a text is its
    runs of spaces made one and its ends stripped."""
    if not text:
        return ""
    return _c_fold_blanks(_ascii_folded(text, _c_has_special).decode("ascii"))


# The code points ``_fold_table`` holds an entry for: the Basic Multilingual Plane, where copy's
# letters, marks and punctuation are (a text with a character past it is folded as before).
_TABLE_REACH = 0x10000


@cache
def _fold_table() -> tuple[bytes, tuple[bytes, ...]]:
    """What each code point below ``_TABLE_REACH`` folds to in ``fold_text``: its special
    letter's spelling (``_SPECIAL``), then its NFKD's ASCII characters, by the byte table (lower
    case kept, apostrophes dropped, anything else a space). As the C pass reads it: a byte a
    code point, that entry where it is one byte, 0 where it is empty and 255 where it is longer,
    and the entries themselves (bytes). Built from the running Python's Unicode data when first
    needed (a twentieth of a second), as ``_py_fold_text`` reads it.

    Why a text's fold is its characters' entries in order (runs of spaces made one, the ends
    stripped): NFKD decomposes each character alone and then only reorders marks between
    starters; ASCII characters are starters (combining class 0), so none moves, and the ASCII
    left of a text's NFKD is the ASCII of each character's NFKD, one after the other. The special
    letters are replaced one by one before, by ASCII, which NFKD leaves as it is."""
    entries = []
    for cp in range(_TABLE_REACH):
        ch = chr(cp)
        if cp > 0x7F:
            ch = unicodedata.normalize("NFKD", _SPECIAL_CHARS.get(ch, ch))
        entries.append(ch.encode("ascii", "ignore").translate(_ASCII_FOLD, b"'`"))
    codes = bytes(e[0] if len(e) == 1 else 255 if e else 0 for e in entries)
    return codes, tuple(entries)


def _c_table_fold_text(text: str) -> str:
    """``_py_fold_text`` in one C pass (``parsing/_langwalk.c``, ``fold_by_table``): each
    character's entry of ``_fold_table`` in order, runs of spaces made one and the ends stripped
    as it writes them; a text with a character past the table goes the way before
    (``_c_fold_text``)."""
    got = _c_fold_by_table(text, *_fold_table())
    return got if got is not None else _c_fold_text(text)


fold_text: Callable[[str], str] = (
    _py_fold_text
    if _c_any_in is None or _c_fold_blanks is None
    else _c_fold_text
    if _c_fold_by_table is None
    else _c_table_fold_text
)


_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)
)


def _special(m: re.Match) -> str:
    return _SPECIAL_CHARS[m.group()]
