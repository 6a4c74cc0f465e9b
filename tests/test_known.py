"""geo.known: the gazetteer's cheap "is this a known place?" that confirms weak datelines."""

from __future__ import annotations

import pytest

from geo.known import KnownPlaces, known_places
from pipeline.extract import default_place_check


@pytest.fixture(scope="module")
def known() -> KnownPlaces:
    return known_places()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Wien", "city"),
        ("ROMA", "city"),  # case does not matter
        ("Kiew", "city"),  # an exonym of a large city
        ("St. Pölten", "town"),  # a multi-word alternate name is trusted at any size
        ("Bregenz", "town"),  # under its own name, below 100,000 people
        ("Calcio", "town"),  # a town, and the Italian for football: a bare name is weak
        ("Brasil", "country"),
        ("Suecia", "country"),
        ("TEMPERATUUR", None),
        ("Oikocredit", None),
        ("Real Madrid", None),
        ("", None),
    ],
)
def test_kinds(known, name, kind):
    assert known.kind(name, "de") == kind


def test_answers_are_remembered_and_bounded(known):
    assert known.kind("Wien") == known.kind("Wien")
    assert "Wien" in known._memo
    assert known.kind("x" * 500) is None
    assert known.kind(None) is None  # type: ignore[arg-type]


def test_the_pipeline_hands_this_to_the_parser():
    check = default_place_check()
    assert check("Wien", "de") == "city" and check("SCIENCE", "fr") is None
