"""Precision, recall and F1 from counts, and the held/tune split: one copy for every evaluation.

Why a parameter for the empty case: a ratio with nothing to count (no finds, or no gold) has no
value, and the reports have always said different things there. The geoparsing corpora report
0 (the published tables' convention: a system that finds nothing scores nothing); the dateline
and mention reports report 1 (a part of a set with no datelines to find has missed none). Each
caller says which, so the figures stay what they were and the choice is visible.

Pure arithmetic, knowing nothing of any layer: every layer may use it.
"""

from __future__ import annotations

import hashlib


def third_of(item_id: object) -> int:
    """``sha256(id) % 3``: the fixed rule every split of the project's sets is made by."""
    digest = hashlib.sha256(str(item_id).encode("utf-8")).hexdigest()
    return int(digest, 16) % 3


def part_of(item_id: object) -> str:
    """The project's fixed split of every set it tunes on: "held" for the third of the items
    whose ``sha256(id) % 3 == 0`` (never looked at while tuning), "tune" for the rest."""
    return "held" if third_of(item_id) == 0 else "tune"


HALVES = ("tune A", "tune B")  # the tune part split again: sha256(id) % 3 == 1, == 2


def half_of(item_id: object) -> str:
    """The item's part of the split, the tune part cut in two: "held" (``sha256(id) % 3 == 0``,
    as ``part_of``), "tune A" (``== 1``) or "tune B" (``== 2``). Why: a rule developed on one
    half is measured once on the other before the held part."""
    return ("held", *HALVES)[third_of(item_id)]


def ratio(hits: int, total: int, *, empty: float) -> float:
    """``hits / total``, or ``empty`` when there is nothing to count."""
    return hits / total if total else empty


def prf(tp: int, fp: int, fn: int, *, empty: float) -> tuple[float, float, float]:
    """(precision, recall, F1) of true positives, false positives and false negatives.

    ``empty`` is the precision when nothing was found (tp + fp == 0) and the recall when there
    was nothing to find (tp + fn == 0). F1 is 0 when precision and recall are both 0.
    """
    p = ratio(tp, tp + fp, empty=empty)
    r = ratio(tp, tp + fn, empty=empty)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
