"""One copy of each small helper the layers share: the haversine and the loopback check."""

from __future__ import annotations

import math

import numpy as np
import pytest

from geo.distance import haversine_km
from geo.nominatim import NominatimConfig, is_loopback_host


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ((52.37, 4.89), (52.37, 4.89), 0.0, 0.0),
        ((52.37, 4.89), (48.85, 2.35), 425, 435),  # Amsterdam to Paris
        ((0.0, 0.0), (0.0, 180.0), 20_010, 20_020),  # half the equator
        ((90, 0), (-90, 0), 20_010, 20_020),  # pole to pole, integers
    ],
)
def test_haversine_on_numbers(a, b, low, high):
    km = haversine_km(*a, *b)
    assert isinstance(km, float) and low <= km <= high


def test_haversine_on_arrays_agrees_with_numbers_and_keeps_nan():
    lat = np.array([52.37, 0.0, np.nan])
    lon = np.array([4.89, 0.0, 1.0])
    got = haversine_km(lat, lon, 48.85, 2.35)
    assert got.shape == (3,) and math.isnan(got[2])
    assert got[:2].tolist() == pytest.approx(
        [haversine_km(52.37, 4.89, 48.85, 2.35), haversine_km(0.0, 0.0, 48.85, 2.35)]
    )


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.3.2.1", True),
        ("::1", True),
        ("10.0.0.1", False),
        ("example.org", False),
        ("", False),
    ],
)
def test_one_loopback_check(host, loopback):
    assert is_loopback_host(host) is loopback


def test_nominatim_on_this_machine_is_local():
    assert NominatimConfig(domain="127.0.0.1:8080").local
    assert NominatimConfig(domain="[::1]:8080").local
    assert not NominatimConfig().local
