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

Up to ``MAX_COMPARED`` neighbours that could match, the answer is exact. A place that files
more similar briefs than that within the window (a flood of near-identical copy) is compared
with its latest ones only, so one brief never costs more than a bounded number of comparisons.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable
from datetime import timedelta

from pipeline.textfold import fold

STORY_WINDOW = timedelta(hours=36)
STORY_THRESHOLD = 0.3
DIRECT_UP_TO = 48  # briefs of a place compared one by one, without the prefix filter
MAX_COMPARED = 64  # neighbours compared at most for one brief: the latest ones

# Telling words: runs of 4+ word characters, or short numbers (a word is a maximal \w run).
_TELLING = re.compile(r"(?<!\w)(?:\w{4,}|\d{1,3}(?!\w))")
MASK_BITS = 1024  # bits of a brief's word mask (``word_mask``): a power of two


def words(text: str) -> frozenset[str]:
    """The brief's telling words, folded (``pipeline.textfold``, the search's fold too): 4+
    letters (short function words say little), and numbers."""
    return frozenset(_TELLING.findall(fold(text)))


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


def word_mask(found: Iterable[str]) -> int:
    """The words as bits of one integer, each word at a bit given by its CRC-32 (the same in
    every process, so a mask made by a reading process serves the writer).

    Two briefs' masks share a bit for every word they share (and for a few words that only land
    on the same bit): the common bits, plus the words of one brief that fell on a bit another of
    its words holds (``Telling.slack``), bound the shared words from above, so a neighbour whose
    bound cannot beat the best so far is passed over without comparing the word sets (an AND
    and a bit count of two 128-byte integers, against a set intersection)."""
    bits = 0
    for word in found:
        bits |= 1 << (zlib.crc32(word.encode()) & (MASK_BITS - 1))
    return bits


def _prefix_length(n: int, threshold: float) -> int:
    # The slack keeps float noise (0.3 * 10 = 3.0000000000000004) from shortening the prefix.
    return n - max(1, math.ceil(n * threshold - 1e-9)) + 1


class Telling:
    """A brief's ``words``, and (worked out when first asked) the prefix of them that any
    similar enough brief shares."""

    __slots__ = ("_prefix", "mask", "size", "slack", "threshold", "words")

    def __init__(self, found: frozenset[str], threshold: float = STORY_THRESHOLD) -> None:
        self.words, self.size, self.threshold = found, len(found), threshold
        self.mask = word_mask(found)
        self.slack = self.size - self.mask.bit_count()  # words that share a bit with another
        self._prefix: tuple[str, ...] | None = None

    @property
    def prefix(self) -> tuple[str, ...]:
        if self._prefix is None:
            # The one fixed order of words for prefixes: longest first (long words are the rare
            # ones), then alphabetical (a stable sort by length keeps that order among equals).
            ordered = sorted(self.words)
            ordered.sort(key=len, reverse=True)
            self._prefix = tuple(ordered[: _prefix_length(self.size, self.threshold)])
        return self._prefix


def telling(text: str, threshold: float = STORY_THRESHOLD) -> Telling:
    return Telling(words(text), threshold)


class PlaceLinker:
    """Story links among the briefs of one place: known neighbours first, then new briefs.

    ``link(row, mine)`` gives the row's story (its best neighbour's, or its own id) and adds it
    as a neighbour of the rows after it. Rows are dicts with ``id``, ``story_id`` and
    ``ref_time``; ``mine`` is the row's ``telling`` (made with this linker's threshold). A brief
    is a neighbour once: linking it again (a retried batch) finds its own first answer.
    """

    def __init__(
        self,
        known: list[tuple[dict, Telling]],
        threshold: float = STORY_THRESHOLD,
        window: timedelta = STORY_WINDOW,
    ) -> None:
        self.threshold, self.window = threshold, window.total_seconds()
        # (story id, words, how many, reference time in seconds, word mask), in neighbour
        # order: the row itself is not kept (a writer carries its linkers from one transaction
        # to the next, and a new row holds its whole text, mentions and search text).
        self.candidates: list[tuple[str, frozenset[str], int, float, int]] = []
        self._tellings: list[Telling] = []
        self._ids: set[str] = set()
        # A few briefs are compared directly; past DIRECT_UP_TO an index of prefixes pays.
        self._index: dict[str, list[int]] | None = None
        self.add_known(known)

    def add_known(self, known: Iterable[tuple[dict, Telling]]) -> None:
        """More neighbours (stored briefs); ones already here (by id) are skipped."""
        for row, theirs in known:
            self._add(row, theirs)

    def _add(self, row: dict, mine: Telling, when: float | None = None) -> None:
        if row["id"] in self._ids:
            return
        self._ids.add(row["id"])
        if when is None:
            when = row["ref_time"].timestamp()
        self.candidates.append((row["story_id"], mine.words, mine.size, when, mine.mask))
        self._tellings.append(mine)
        if self._index is None:
            if len(self.candidates) <= DIRECT_UP_TO:
                return
            self._index = {}
            for position, theirs in enumerate(self._tellings[:-1]):
                self._post(position, theirs)
        self._post(len(self.candidates) - 1, mine)

    def _post(self, position: int, mine: Telling) -> None:
        index = self._index
        for word in mine.prefix:
            if word in index:
                index[word].append(position)
            else:
                index[word] = [position]

    def link(self, row: dict, mine: Telling) -> str:
        """The story ``row`` joins, recorded in ``row["story_id"]``; then ``row`` is a neighbour.

        Neighbours are compared latest first, at most ``MAX_COMPARED`` of them within the
        window (each prefix word offering its ``MAX_COMPARED`` latest briefs), so a flood of
        near-identical briefs from one place costs a bounded time per brief.
        """
        best, best_score = None, self.threshold
        own, size, mask, slack = mine.words, mine.size, mine.mask, mine.slack
        when = row["ref_time"].timestamp()
        if size:
            candidates = self.candidates
            if self._index is None:
                near: Iterable[int] = range(len(candidates) - 1, -1, -1)
            else:
                seen: set[int] = set()
                index = self._index
                for word in mine.prefix:
                    posted = index.get(word)
                    if posted is not None:  # a slice only where it cuts
                        seen.update(posted if len(posted) <= MAX_COMPARED
                                    else posted[-MAX_COMPARED:])  # fmt: skip
                near = sorted(seen, reverse=True)
            # Within the window: ``abs(t - when) <= window`` without the call (half of the
            # neighbours fall outside); the same float difference, so the same answer.
            window, before = self.window, -self.window
            compared = 0
            for at in near:  # latest first: of equal scores, the latest neighbour wins
                other, theirs, their_size, their_time, their_mask = candidates[at]
                if not their_size or not before <= their_time - when <= window:
                    continue
                # At most this many shared words (``word_mask``): the score it bounds (the
                # score grows with the shared words) must reach the best so far to count.
                bound = (mask & their_mask).bit_count() + slack
                if bound / (size + their_size - bound) >= best_score:
                    shared = len(own & theirs)
                    score = shared / (size + their_size - shared)  # = similarity()
                    if score > best_score or (score == best_score and best is None):
                        best, best_score = other, score
                compared += 1
                if compared >= MAX_COMPARED:
                    break
        row["story_id"] = best if best is not None else row["id"]
        self._add(row, mine, when)
        return row["story_id"]
