"""The event record: one flat dict per brief, the shape of every output and of the store.

``extract``, ``export``, the store and the dashboard all speak this one shape, so a record
written by one can be read by any other. Unknown values are ``None``, never guessed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from functools import cache

try:
    from parsing import _langwalk
except ImportError:  # no C compiler at install: ``_py_fold_blanks`` gives the same string
    _langwalk = None
_c_fold_blanks: Callable[[str], str] | None = getattr(_langwalk, "fold_blanks", None)
# ``_c_all_in(text, table)``: every character of the text marked in the table (a byte a code point)
_c_all_in: Callable[[str, bytes], bool] | None = getattr(_langwalk, "all_in", None)

# The record's keys, in groups the store updates as one (a later sighting may bring a better time
# or a place where there was none). ``mentions`` is a list of the places named in the text
# ({place, start, end, kind, name, lat, lon, country_code}, offsets into ``text``; ``role`` too for
# a place inside an institution's name, "the Boston Globe": geo.mentions.NAMED_IN); ``focus`` is
# where the event happened ({name, lat, lon, country_code, precision, confidence, reason,
# place}), beside the dateline's location in ``lat``/``lon``. ``home`` is the source's home the
# user gave (``--home``, a code such as "US-OH"), with which the place was read: it moves with the
# location (a later sighting's better place brings its own home; a correction has none).
BRIEF_FIELDS = ("id", "source", "title", "text")
DATELINE_FIELDS = ("dateline", "place", "places", "qualifier", "agencies", "lang")
TIME_FIELDS = ("published_at", "time_basis", "time_text", "captured_at", "captured_at_basis")
LOCATION_FIELDS = (
    "lat",
    "lon",
    "country_code",
    "admin1",
    "geonameid",
    "location_name",
    "precision",
    "confidence",
    "location_source",
    "location_reason",
    "home",
)
HAPPENED_FIELDS = ("mentions", "focus")
# The page's own http(s) address (a feed item's link, a page's og:url), when it names one; never
# where Wiremap read it from, which is ``source`` (the file's path or the URL fetched).
PAGE_FIELDS = ("url",)

# Every JSONL record carries all of these keys, in this order.
FIELDS: tuple[str, ...] = (
    *BRIEF_FIELDS,
    *DATELINE_FIELDS,
    *TIME_FIELDS,
    *LOCATION_FIELDS,
    *HAPPENED_FIELDS,
    *PAGE_FIELDS,
)


# Below this code point, which characters NFKC leaves as they are wherever they stand
# (``_nfkc_plain``): Latin, Greek, Cyrillic and the other alphabets, and the general punctuation
# (dashes, quotation marks) copy writes.
_NFKC_PLAIN_BELOW = 0x2070
# Characters of combining class 0 there that NFKC may join to the character before them: the
# second of a canonical pair (Indic and Myanmar vowel signs, Tibetan subjoined letters, computed
# by tests/test_record.py from every code point's decomposition) and Hangul's vowel and final
# jamo, which join by rule (Unicode's quick check says "maybe" for each).
_JOINS_BEFORE = frozenset(
    [0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E]
    + [0x0D57, 0x0DCF, 0x0DDF, 0x0FB5, 0x0FB7, 0x102E, 0x1B35]
    + [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]
)


@cache
def _nfkc_plain() -> bytes:
    """A byte a code point below ``_NFKC_PLAIN_BELOW``: 1 where the character is assigned, of
    combining class 0, its own NFKC, and joins nothing before it. Each such character passes
    NFKC's quick check ("yes") and reorders nothing, so a text of only such characters passes
    it whole and ``unicodedata.normalize`` gives the text back: the table tells it without
    the quick check's look-ups. Built from the running Python's Unicode data, once."""
    table = bytearray(_NFKC_PLAIN_BELOW)
    for cp in range(_NFKC_PLAIN_BELOW):
        ch = chr(cp)
        table[cp] = (
            cp not in _JOINS_BEFORE
            and unicodedata.combining(ch) == 0
            and unicodedata.category(ch) not in ("Cn", "Cs")
            and unicodedata.normalize("NFKC", ch) == ch
        )
    return bytes(table)


def _fold(text: str) -> str:
    # ASCII is in NFKC already. ``normalize`` makes the same quick check as ``is_normalized``
    # and gives back the text itself when it passes; a text it leaves in doubt is normalised
    # whole (a decomposition and a composition of every character: most of the id's cost).
    # Copy fails the check mostly for an ellipsis or a no-break space: each is written first
    # as its own compatibility decomposition ("...", " "), which changes no character of the
    # text's decomposition (only starters, so no mark is reordered either), hence not its
    # NFKC; the copy then usually passes the quick check, which the C table read
    # (``_nfkc_plain``) answers for most copy at a few instructions a character.
    if not text.isascii():
        if "\u2026" in text:
            text = text.replace("\u2026", "...")
        if "\xa0" in text:
            text = text.replace("\xa0", " ")
        if _c_all_in is None or not _c_all_in(text, _nfkc_plain()):
            text = unicodedata.normalize("NFKC", text)
    return _fold_blanks(text)


# The blanks copy writes between words besides the space; ``_one_space`` makes them spaces.
_LINE_BLANKS = ("\n", "\r", "\t")


def _one_space(text: str) -> str:
    """``" ".join(text.split())`` without cutting the text into words (most of its cost).

    Why it is the same: every character ``split`` cuts at, other than the space, is not
    printable (Unicode's separators and controls), so once line breaks and tabs are spaces,
    runs of spaces one space and the ends stripped, a printable result has the same words
    joined by one space. Anything else (a form feed, a line separator) takes ``split``.
    """
    out = text
    for blank in _LINE_BLANKS:
        if blank in out:
            out = out.replace(blank, " ")
    while "  " in out:
        out = out.replace("  ", " ")
    out = out.strip(" ")
    return out if out.isprintable() else " ".join(text.split())


def _py_fold_blanks(text: str) -> str:
    """``_fold_blanks`` in Python: where the install built no C (and the C one's reference)."""
    # ASCII folds as it lowers, and ``lower`` has a fast path for it that ``casefold`` lacks
    return _one_space(text.lower() if text.isascii() else text.casefold())


# ``" ".join(text.casefold().split())``: one pass in C (``parsing/_langwalk.c``,
# ``fold_blanks``) where Python makes one for ``casefold`` (or ``lower``), one a line break or
# tab replaced, one a halving of runs of spaces, a ``strip`` and ``isprintable``.
_fold_blanks: Callable[[str], str] = _c_fold_blanks or _py_fold_blanks


def event_id(text: str) -> str:
    """A stable id from the brief's own words.

    The age marker and the capture time are not part of the brief's text, so the same brief seen
    again later, its age now larger, keeps its id; so does the same page ingested twice.
    """
    # the first 8 bytes' hex is the hex digest's first 16 characters, without the 12 it cuts off
    return hashlib.sha1(_fold(text).encode("utf-8")).digest()[:8].hex()
