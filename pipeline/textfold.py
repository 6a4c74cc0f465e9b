"""Case- and accent-insensitive text, in every script: the one fold for search and for stories.

'Kyiv', 'KYIV' and 'Kýiv' compare equal, and so do 'Łódź' and 'lodz', 'Øresund' and 'oresund',
'København' and 'kobenhavn', 'Київ' and 'kyiv': text is transliterated to ASCII (``anyascii``),
then lower-cased. The store writes each event's folded text at ingest (``search_text``, the
column its full-text index covers), the page folds the reader's words the same way, and the
story linker compares folded words, so a search finds what the linker links.

**The one search rule**, for the store's full-text index and for records held in memory alike
(``word_pattern``): the reader's text is folded and split at spaces into words; an event is
found when every word occurs in its folded search text, as typed (signs included), where a word
of the text begins: no letter or digit right before it. A word that begins with a sign ("%",
'"') may occur anywhere. So ``lodz`` finds "Łódź" and ``lod`` finds it too, ``sundsbron`` does
not find "Øresundsbron", and ``12%`` finds "rose 12%" but not "112%".

(``geo.fold`` is the gazetteer's own key, which also drops punctuation; ``pipeline.record``
hashes ids with a fold that must never change.)
"""

from __future__ import annotations

import functools
import json
import re

from anyascii import anyascii

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@functools.lru_cache(maxsize=100_000)
def _fold_run(run: str) -> str:
    # Runs of non-ASCII letters are words or parts of words, and words repeat: each is
    # transliterated once per process (anyascii walks it character by character).
    return anyascii(run)


def _sub(match: re.Match) -> str:
    return _fold_run(match.group())


def fold(text: str) -> str:
    """Lower-case ASCII: ASCII text takes the fast path, other runs are transliterated."""
    if not text.isascii():
        text = _NON_ASCII.sub(_sub, text)
    return text.lower()


def query_words(query: str) -> list[str]:
    """The reader's search text as the words the rule looks for (folded, split at spaces)."""
    return fold(query).split()


def word_pattern(word: str) -> str:
    """The search rule for one folded ``word`` as a regular expression, the same in Python,
    RE2 (Arrow) and PostgreSQL: every sign escaped (text, never syntax), and anchored where a
    word begins unless ``word`` itself begins with a sign."""
    escaped = "".join(c if c.isalnum() else "\\" + c for c in word)
    return ("(^|[^a-z0-9])" if word[:1].isalnum() else "") + escaped


def matches(text: str, words: list[str]) -> bool:
    """Does the folded ``text`` hold every word by the search rule? (the rule in plain Python)"""
    return all(re.search(word_pattern(w), text) for w in words)


def _focus_name(focus: object) -> str:
    if isinstance(focus, str):
        try:
            focus = json.loads(focus)
        except ValueError:
            return ""
    if isinstance(focus, dict):
        name = focus.get("name") or focus.get("place")
        return name if isinstance(name, str) else ""
    return ""


def search_text(record: dict) -> str:
    """The folded text an event is found by: its title, text and dateline, and the names of
    its place and focus (``focus`` as a dict or its JSON text). Written with the event."""
    parts = [record.get(k) for k in ("title", "text", "dateline", "place", "location_name")]
    parts.append(_focus_name(record.get("focus")))
    return fold(" ".join(p for p in parts if isinstance(p, str) and p))
