"""Stories: the same news told by several agencies, linked (never merged) by place, time and words.

Two briefs belong to one story when they are filed from the same place (``place_key``), their
reference times lie within ``STORY_WINDOW``, and their words overlap enough
(``similarity`` >= ``STORY_THRESHOLD``). A new brief joins the story of its most similar
neighbour (the latest of equals), else starts its own.

Why a prefix filter: comparing every new brief with every neighbour is quadratic, and one large
source (37,800 briefs from a handful of places) took minutes. Two word sets with a Jaccard
overlap of at least t share a word among the first ``n - ceil(t * n) + 1`` words of each, once
both are sorted by one fixed order (longest first: long words are rare, so few briefs share
them). Only neighbours that share such a word are compared; the answer is the same as comparing
them all. A brief's prefix is worked out once (``telling``) and kept with its words.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from pipeline.textfold import fold

STORY_WINDOW = timedelta(hours=36)
STORY_THRESHOLD = 0.3
DIRECT_UP_TO = 48  # briefs of a place compared one by one, without the prefix filter

# Telling words: runs of 4+ word characters, or short numbers (a word is a maximal \w run).
_TELLING = re.compile(r"(?<!\w)(?:\w{4,}|\d{1,3}(?!\w))")
# Outside ASCII, case folding may leave combining marks inside a word (İ -> i + U+0307).
_TOKEN = re.compile(r"[\w\u0300-\u036f]+")
_fold_word = functools.lru_cache(maxsize=200_000)(fold)  # words repeat from brief to brief


def words(text: str) -> frozenset[str]:
    """The brief's telling words, folded: 4+ letters (short function words say little), and
    numbers. Each word is folded once per process, not each brief's whole text again."""
    folded = text.casefold()
    if folded.isascii():
        return frozenset(_TELLING.findall(folded))
    found = set()
    for word in _TOKEN.findall(folded):
        if not word.isascii():
            word = _fold_word(word)
        if len(word) >= 4 or word.isdigit():
            found.add(word)
    return frozenset(found)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two word sets, 0..1."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def body_of(record: dict) -> str:
    """The brief's text without its dateline, which would make every brief from a place alike."""
    text = record.get("text") or ""
    dateline = record.get("dateline")
    if dateline and text.startswith(dateline):
        text = text[len(dateline) :].lstrip(" -–—:.")
    return text


def place_key(record: dict) -> str | None:
    """Where a brief happened, for story linking: the gazetteer id, else the folded place name."""
    if record.get("geonameid") is not None:
        return f"g:{record['geonameid']}"
    if record.get("place"):
        return "p:" + " ".join(fold(record["place"]).split())
    return None


def _prefix_length(n: int, threshold: float) -> int:
    # The slack keeps float noise (0.3 * 10 = 3.0000000000000004) from shortening the prefix.
    return n - max(1, math.ceil(n * threshold - 1e-9)) + 1


@dataclass(frozen=True, slots=True)
class Telling:
    """A brief's ``words``, and the prefix of them that any similar enough brief shares."""

    words: frozenset[str]
    prefix: tuple[str, ...]


def telling(text: str, threshold: float = STORY_THRESHOLD) -> Telling:
    found = words(text)
    # The one fixed order of words for prefixes: longest first (long words are the rare ones),
    # then alphabetical (a stable sort by length keeps the alphabetical order of equals).
    ordered = sorted(found)
    ordered.sort(key=len, reverse=True)
    return Telling(found, tuple(ordered[: _prefix_length(len(ordered), threshold)]))


class PlaceLinker:
    """Story links among the briefs of one place: known neighbours first, then new briefs.

    ``link(row, mine)`` gives the row's story (its best neighbour's, or its own id) and adds it
    as a neighbour of the rows after it. Rows are dicts with ``id``, ``story_id`` and
    ``ref_time``; ``mine`` is the row's ``telling`` (made with this linker's threshold).
    """

    def __init__(
        self,
        known: list[tuple[dict, Telling]],
        expected: int = 0,
        threshold: float = STORY_THRESHOLD,
        window: timedelta = STORY_WINDOW,
    ) -> None:
        self.threshold, self.window = threshold, window
        # A few briefs are compared directly: an index would cost more than it saves.
        self._direct = len(known) + expected <= DIRECT_UP_TO
        self.candidates: list[tuple[dict, Telling]] = []
        self._index: dict[str, list[int]] = {}
        for row, theirs in known:
            self._add(row, theirs)

    def _add(self, row: dict, mine: Telling) -> None:
        position = len(self.candidates)
        self.candidates.append((row, mine))
        if not self._direct:
            index = self._index
            for word in mine.prefix:
                if word in index:
                    index[word].append(position)
                else:
                    index[word] = [position]

    def link(self, row: dict, mine: Telling) -> str:
        """The story ``row`` joins, recorded in ``row["story_id"]``; then ``row`` is a neighbour."""
        best, best_score = None, self.threshold
        own = mine.words
        if own:
            if self._direct:
                near: Iterable[int] = range(len(self.candidates))
            else:
                seen: set[int] = set()
                for word in mine.prefix:
                    seen.update(self._index.get(word, ()))
                near = sorted(seen)
            size, when, window = len(own), row["ref_time"], self.window
            for at in near:  # in neighbour order: the latest of equal scores wins
                other, theirs = self.candidates[at]
                if not theirs.words or abs(other["ref_time"] - when) > window:
                    continue
                shared = len(own & theirs.words)
                score = shared / (size + len(theirs.words) - shared)  # = similarity()
                if score >= best_score:
                    best, best_score = other, score
        row["story_id"] = best["story_id"] if best is not None else row["id"]
        self._add(row, mine)
        return row["story_id"]
