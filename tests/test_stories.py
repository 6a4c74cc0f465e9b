"""Story links: the prefix-filtered linker gives the answer of comparing every pair."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import stories
from pipeline.stories import (
    MAX_COMPARED,
    STORY_THRESHOLD,
    STORY_WINDOW,
    PlaceLinker,
    Telling,
    similarity,
    telling,
    words,
)

T0 = datetime(2025, 11, 17, tzinfo=UTC)
VOCAB = [f"w{'o' * (i % 7)}rd{i}" for i in range(30)]  # words of several lengths


def reference(known: list[tuple[dict, frozenset]], new: list[tuple[dict, frozenset]]) -> list:
    """Every pair compared, in order; the latest of equal best scores wins."""
    candidates = list(known)
    out = []
    for row, mine in new:
        best, best_score = None, STORY_THRESHOLD
        for other, theirs in candidates:
            if abs(other["ref_time"] - row["ref_time"]) > STORY_WINDOW:
                continue
            score = similarity(mine, theirs)
            if score >= best_score:
                best, best_score = other, score
        out.append(best["story_id"] if best is not None else row["id"])
        row = {**row, "story_id": out[-1]}
        candidates.append((row, mine))
    return out


def tell(word_set: frozenset[str]) -> Telling:
    return telling(" ".join(sorted(word_set)))


briefs = st.lists(
    st.tuples(st.frozensets(st.sampled_from(VOCAB), max_size=8), st.integers(0, 100)),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(known=briefs, new=briefs, mask_bits=st.sampled_from([1024, 8, 2]))
def test_the_linker_links_as_comparing_every_pair_does(known, new, mask_bits):
    # Whatever the word masks' size (few bits: words share bits), their bound never drops a
    # neighbour that could win.
    with mock.patch.object(stories, "MASK_BITS", mask_bits):
        _links_as_every_pair(known, new)


def _links_as_every_pair(known, new):
    def rows(items, tag):
        return [
            ({"id": f"{tag}{i}", "story_id": f"s{tag}{i}", "ref_time": T0 + timedelta(hours=h)},
             words(" ".join(sorted(ws))))
            for i, (ws, h) in enumerate(items)
        ]  # fmt: skip

    old, fresh = rows(known, "k"), rows(new, "n")
    assert len(old) + len(fresh) <= MAX_COMPARED  # below the bound the answer is exact
    expected = reference(old, [(dict(r), w) for r, w in fresh])
    linker = PlaceLinker([(r, tell(w)) for r, w in old])
    got = [linker.link(dict(r), tell(w)) for r, w in fresh]
    assert got == expected


def test_a_flood_of_identical_briefs_costs_a_bounded_time_each():
    text = frozenset(VOCAB[:8])
    n = 20 * MAX_COMPARED
    known = [({"id": f"k{i}", "story_id": "story", "ref_time": T0}, tell(text)) for i in range(n)]
    linker = PlaceLinker(known)
    assert linker.link({"id": "new", "ref_time": T0}, tell(text)) == "story"


def test_telling_words_fold_case_and_accents():
    assert words("KYIV (AP) - Één drone trof Kyiv, 40 km verderop") == {
        "kyiv", "drone", "trof", "verderop", "40"
    }  # fmt: skip
    prefix = tell(frozenset(["aaaa", "bbbbbb", "cccccccc", "dddd"])).prefix
    assert prefix[0] == "cccccccc" and len(prefix) == 4 - 2 + 1  # longest first
