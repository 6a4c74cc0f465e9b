"""``geo.location.rounded`` is ``round``, bit for bit (sign of zero included), on every
coordinate of the gazetteer, on confidences, on values off the grid, large, tiny, not numbers."""

from __future__ import annotations

import math
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.location import rounded


def bits(value: float) -> bytes:
    return struct.pack("<d", value)


def same(value: float, places: int) -> bool:
    """Whether ``rounded`` gives ``round``'s float, bit for bit (any NaN is NaN)."""
    want, got = round(value, places), rounded(value, places)
    return (math.isnan(want) and math.isnan(got)) or bits(got) == bits(want)


def test_every_gazetteer_coordinate_rounds_as_round(resolver):
    g = resolver.g
    values = list(g.lat) + list(g.lon)
    assert len(values) > 10_000
    assert all(same(v, 5) for v in values)
    # the shortcut is what answers for most of them: they are on the grid already
    assert sum(v * 1e5 == int(v * 1e5) for v in values) > 0.8 * len(values)


@pytest.mark.parametrize(
    "value",
    [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        0.123455,
        0.123465,
        2.675,
        52.37403,
        -74.00597,
        179.99999,
        -180.0,
        1e-300,
        5e-324,
        999_999_999.99999,
        1e9,
        -1e9,
        4.5e10 + 0.125,
        2.0**52 + 1,
        1e300,
        math.inf,
        -math.inf,
        math.nan,
    ],
)
@pytest.mark.parametrize("places", [3, 5])
def test_edges_round_as_round(value, places):
    assert same(value, places)


@settings(max_examples=3000)
@given(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0, 1, 3, 5, 6]))
def test_any_float_rounds_as_round(value, places):
    assert same(value, places)


@settings(max_examples=3000)
@given(st.integers(-18_000_000, 18_000_000), st.sampled_from([3, 5]))
def test_values_on_the_grid_round_as_round(steps, places):
    # decimals of ``places`` digits as a gazetteer or a confidence holds them, read as floats
    value = float(f"{steps / 10**places:.{places}f}")
    assert same(value, places)
    assert same(value / 7, places)  # and off the grid
