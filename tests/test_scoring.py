"""Precision, recall and F1 (one copy for every report), and the project's fixed split."""

from __future__ import annotations

import hashlib

import pytest

from parsing.scoring import half_of, part_of, prf, ratio


@pytest.mark.parametrize(
    ("counts", "empty", "expected"),
    [
        ((6, 2, 1), 0.0, (0.75, 6 / 7, 2 * 0.75 * (6 / 7) / (0.75 + 6 / 7))),
        ((6, 2, 1), 1.0, (0.75, 6 / 7, 2 * 0.75 * (6 / 7) / (0.75 + 6 / 7))),
        ((0, 0, 0), 0.0, (0.0, 0.0, 0.0)),  # geoparsing corpora: nothing scores nothing
        ((0, 0, 0), 1.0, (1.0, 1.0, 1.0)),  # datelines, mentions: nothing to find, none missed
        ((0, 0, 4), 1.0, (1.0, 0.0, 0.0)),  # found nothing of four
        ((0, 0, 4), 0.0, (0.0, 0.0, 0.0)),
        ((0, 3, 0), 1.0, (0.0, 1.0, 0.0)),  # found three, none right, none to find
        ((0, 3, 2), 0.0, (0.0, 0.0, 0.0)),
        ((5, 0, 0), 0.0, (1.0, 1.0, 1.0)),
    ],
)
def test_prf_says_what_an_empty_ratio_is(counts, empty, expected):
    assert prf(*counts, empty=empty) == pytest.approx(expected)


def test_the_empty_case_must_be_chosen():
    with pytest.raises(TypeError):
        prf(1, 2, 3)  # type: ignore[call-arg]
    assert ratio(3, 4, empty=1.0) == 0.75 and ratio(0, 0, empty=0.5) == 0.5


@pytest.mark.parametrize("item_id", ["a", "wire-0001", "lgl:123", "", "Zürich", 42])
def test_the_split_is_the_projects_fixed_rule(item_id):
    held = int(hashlib.sha256(str(item_id).encode("utf-8")).hexdigest(), 16) % 3 == 0
    assert part_of(item_id) == ("held" if held else "tune")


@pytest.mark.parametrize("item_id", ["a", "wire-0001", "lgl:123", "", "Zürich", 42, "own-7"])
def test_the_tune_halves_are_the_projects_fixed_rule(item_id):
    """Tune A is ``sha256(id) % 3 == 1`` (where a rule is developed), tune B ``== 2`` (where it
    is measured once): a swap would report each half's figure as the other's."""
    third = int(hashlib.sha256(str(item_id).encode("utf-8")).hexdigest(), 16) % 3
    assert half_of(item_id) == ("held", "tune A", "tune B")[third]


def test_the_split_holds_about_a_third():
    parts = [part_of(f"item-{i}") for i in range(3000)]
    assert 900 < parts.count("held") < 1100 and set(parts) == {"held", "tune"}


def test_every_report_uses_the_one_split():
    from geo import geoparse_eval, mentions_eval
    from pipeline import evaluate, focus_check

    assert geoparse_eval.part_of is part_of and mentions_eval.part_of is part_of
    assert geoparse_eval.half_of is half_of and focus_check.half_of is half_of
    assert [evaluate.held_out(i) for i in range(60)] == [part_of(i) == "held" for i in range(60)]
