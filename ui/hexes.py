"""Hexagons for a map of too many events to draw one by one (binned here, not on the GPU).

Each cell gets a count to show and a clickable extent that the page narrows its filters to.
Pointy-top hexagons of a radius in Web Mercator metres; pure numpy, no Streamlit.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

EARTH_RADIUS = 6378137.0
MAX_MERC_LAT = 85.0


def _mercator(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lat = np.clip(lat, -MAX_MERC_LAT, MAX_MERC_LAT)
    x = np.radians(lon) * EARTH_RADIUS
    y = np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) * EARTH_RADIUS
    return x, y


def _unmercator(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lon = np.degrees(x / EARTH_RADIUS)
    lat = np.degrees(2 * np.arctan(np.exp(y / EARTH_RADIUS)) - np.pi / 2)
    return lat, lon


def hex_size_for(area: tuple[float, float, float, float] | None) -> float:
    """Hexagon radius in Web Mercator metres: ~1/40 of the area's width, world-wide 500 km."""
    if area is None:
        return 500_000.0
    south, west, north, east = area
    x0, _ = _mercator(np.array([south]), np.array([west]))
    x1, _ = _mercator(np.array([north]), np.array([east]))
    return max(float(abs(x1[0] - x0[0])) / 40.0, 200.0)


HEX_COLUMNS = ["hex", "count", "polygon", "bbox", "lat", "lon"]


def hex_cells(lat: np.ndarray, lon: np.ndarray, size: float) -> tuple[np.ndarray, np.ndarray]:
    """Axial ``(q, r)`` of the pointy-top hexagon of radius ``size`` holding each point."""
    x, y = _mercator(lat, lon)
    # Axial coordinates, then cube rounding to the nearest hexagon centre.
    q = (math.sqrt(3) / 3 * x - y / 3) / size
    r = (2 / 3 * y) / size
    cx, cz = q, r
    cy = -cx - cz
    rx, ry, rz = np.round(cx), np.round(cy), np.round(cz)
    dx, dy, dz = np.abs(rx - cx), np.abs(ry - cy), np.abs(rz - cz)
    fix_x = (dx > dy) & (dx > dz)
    fix_y = ~fix_x & (dy > dz)
    rx = np.where(fix_x, -ry - rz, rx)
    ry = np.where(fix_y, -rx - rz, ry)
    rz = np.where(~fix_x & ~fix_y, -rx - ry, rz)
    return rx.astype(int), rz.astype(int)


def hex_frame(q, r, count, size: float) -> pd.DataFrame:
    """The cells ``(q, r)`` with their counts as the page's hexagon rows.

    Columns: ``hex`` (an id), ``count``, ``polygon`` (lon/lat ring) and ``bbox`` (south, west,
    north, east) of the cell, for zooming the filters into it."""
    q, r = np.asarray(q, dtype=int), np.asarray(r, dtype=int)
    centre_x = size * math.sqrt(3) * (q + r / 2)
    centre_y = size * 1.5 * r
    polygons, boxes = [], []
    angles = np.radians(np.arange(6) * 60 + 30)
    for px, py in zip(centre_x, centre_y, strict=True):
        lat, lon = _unmercator(px + size * np.cos(angles), py + size * np.sin(angles))
        ring = [[round(float(a), 5), round(float(b), 5)] for a, b in zip(lon, lat, strict=True)]
        polygons.append(ring)
        boxes.append((float(lat.min()), float(lon.min()), float(lat.max()), float(lon.max())))
    clat, clon = _unmercator(centre_x, centre_y)
    return pd.DataFrame(
        {
            "hex": [f"{a}:{b}" for a, b in zip(q, r, strict=True)],
            "count": np.asarray(count).astype(int),
            "polygon": polygons,
            "bbox": boxes,
            "lat": clat,
            "lon": clon,
        }
    )
