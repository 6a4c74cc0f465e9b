"""Regenerate ui/data/countries.geojson, the offline basemap, from the npm package world-atlas.

Why: the dashboard must draw a world map without any network request. pydeck's default basemap
loads Carto tiles from the internet, so we ship Natural Earth country shapes as a small GeoJSON
file and draw them as an ordinary deck.gl layer.

Source: npm package world-atlas@2.0.2 (ISC licence, Mike Bostock), which redistributes Natural
Earth 4.1.0 Admin 0 countries (public domain) as quantized TopoJSON.

How to run (from the repository root; needs npm only for the download step):

    cd /tmp && npm pack world-atlas@2.0.2          # -> /tmp/world-atlas-2.0.2.tgz
    cd /work/main && .venv/bin/python tools/make_basemap.py /tmp/world-atlas-2.0.2.tgz

The input may be the .tgz itself or an unpacked countries-*.json. Options: --resolution 110m|50m
(default 110m, about 0.4 MB; 50m is several times larger), --decimals N (default 2, i.e. ~1 km),
--output PATH (default ui/data/countries.geojson).

What it does: decodes the TopoJSON (delta-encoded quantized arcs + transform) in plain Python,
drops Antarctica (a polar ring that cannot be drawn sensibly in Web Mercator), splits every ring
that crosses the 180th meridian into pieces on each side closed along the meridian (otherwise
deck.gl draws a stripe across the whole map for Russia, Fiji, ...), rounds coordinates, and keeps
each country's name and ISO 3166-1 numeric id as properties.
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
from itertools import pairwise
from pathlib import Path

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # exterior ring first, then holes

SOURCE = "world-atlas@2.0.2 (ISC), Natural Earth 4.1.0 Admin 0 countries (public domain)"
DROP_IDS = {"010"}  # Antarctica
DROP_NAMES = {"Antarctica"}
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "ui" / "data" / "countries.geojson"


class BasemapError(Exception):
    """Input cannot be turned into a basemap (wrong file, unexpected geometry)."""


# --- TopoJSON decoding -------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[Ring]:
    """Turn the topology's arcs into absolute lon/lat points.

    Quantized topologies store each arc as integer deltas; the running sum is scaled and
    translated by the topology's transform. Unquantized topologies store absolute positions.
    """
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points: Ring = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def stitch_ring(arc_indexes: list[int], arcs: list[Ring]) -> Ring:
    """Join arcs into one ring; a negative index ~i means arc i reversed.

    Consecutive arcs share their joining point, so it is kept only once.
    """
    ring: Ring = []
    for index in arc_indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def geometry_polygons(geometry: dict, arcs: list[Ring]) -> list[Polygon]:
    """Decode a Polygon/MultiPolygon TopoJSON geometry into a list of polygons."""
    kind = geometry.get("type")
    if kind == "Polygon":
        parts = [geometry["arcs"]]
    elif kind == "MultiPolygon":
        parts = geometry["arcs"]
    elif kind is None:
        return []  # null geometry
    else:
        raise BasemapError(f"unexpected geometry type {kind!r} in countries")
    return [[stitch_ring(ring, arcs) for ring in polygon] for polygon in parts]


# --- Antimeridian splitting --------------------------------------------------------------------


def crosses_antimeridian(ring: Ring) -> bool:
    """True when two consecutive vertices are more than 180 degrees apart in longitude."""
    return any(abs(b[0] - a[0]) > 180 for a, b in pairwise(ring))


def unwrap(ring: Ring) -> Ring:
    """Shift longitudes by multiples of 360 so that no step exceeds 180 degrees.

    The result is continuous (may run past +/-180); a ring that does not close afterwards winds
    around a pole and cannot be split into flat pieces.
    """
    out: Ring = [ring[0]]
    offset = 0.0
    for (lon0, _), (lon1, lat1) in pairwise(ring):
        step = lon1 - lon0
        if step > 180:
            offset -= 360
        elif step < -180:
            offset += 360
        out.append((lon1 + offset, lat1))
    if abs(out[-1][0] - out[0][0]) > 1e-9:
        raise BasemapError("ring winds around a pole; cannot split it at the antimeridian")
    return out


def _cut(ring: Ring, meridian: float) -> tuple[list[Ring], list[Ring]]:
    """Cut a closed, continuous ring along lon == meridian into (west, east) pieces.

    Walk the ring and insert a point wherever an edge crosses the line; this splits the boundary
    into arcs that lie alternately on the west and east side, each starting and ending on the
    line. Sorted by latitude, the crossings pair up (1st-2nd, 3rd-4th, ...) into the stretches
    of the line that lie inside the polygon. A piece on one side is then: an arc, the line
    stretch from its end to that end's partner, the arc starting there, ... until it closes.
    """

    def east(p: Point) -> bool:
        return p[0] > meridian

    seq: list[tuple[Point, bool]] = []  # (point, is_crossing)
    for a, b in pairwise(ring):
        seq.append((a, False))
        if east(a) != east(b):
            t = (meridian - a[0]) / (b[0] - a[0])
            seq.append(((meridian, a[1] + t * (b[1] - a[1])), True))
    starts = [i for i, (_, crossing) in enumerate(seq) if crossing]
    if not starts:
        return ([ring], []) if not east(ring[0]) else ([], [ring])
    seq = seq[starts[0] :] + seq[: starts[0]]
    first_is_east = east(seq[1][0]) if len(seq) > 1 else False

    arcs: list[Ring] = []
    current: Ring = [seq[0][0]]
    for point, crossing in seq[1:]:
        current.append(point)
        if crossing:
            arcs.append(current)
            current = [point]
    current.append(seq[0][0])
    arcs.append(current)

    order = sorted(range(len(arcs)), key=lambda i: arcs[i][0][1])
    partner: dict[int, int] = {}
    for a, b in zip(order[0::2], order[1::2], strict=True):
        partner[a] = b
        partner[b] = a

    west_pieces: list[Ring] = []
    east_pieces: list[Ring] = []
    used: set[int] = set()
    for start in range(len(arcs)):
        if start in used:
            continue
        is_east = first_is_east == (start % 2 == 0)
        piece: Ring = []
        index = start
        while index not in used:
            used.add(index)
            piece.extend(arcs[index])
            # the arc ends at crossing index+1; jump along the line to its partner
            index = partner[(index + 1) % len(arcs)]
        piece.append(piece[0])
        (east_pieces if is_east else west_pieces).append(piece)
    return west_pieces, east_pieces


def split_ring(ring: Ring) -> list[Ring]:
    """Split a ring crossing the antimeridian into rings within [-180, 180]; others unchanged."""
    if not crosses_antimeridian(ring):
        return [ring]
    continuous = unwrap(ring)
    lons = [p[0] for p in continuous]
    if max(lons) > 180 and min(lons) < -180:
        raise BasemapError("ring is wider than 360 degrees")
    if max(lons) > 180:
        west, east = _cut(continuous, 180.0)
        return west + [[(lon - 360, lat) for lon, lat in piece] for piece in east]
    if min(lons) < -180:
        west, east = _cut(continuous, -180.0)
        return [[(lon + 360, lat) for lon, lat in piece] for piece in west] + east
    return [continuous]


def _contains(ring: Ring, point: Point) -> bool:
    """Even-odd point-in-ring test (used to give holes to the right split piece)."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def split_polygon(polygon: Polygon) -> list[Polygon]:
    """Split a polygon's exterior at the antimeridian and give each hole to the piece holding it."""
    exterior, holes = polygon[0], polygon[1:]
    pieces = split_ring(exterior)
    if len(pieces) == 1 and not crosses_antimeridian(exterior):
        return [polygon]
    result: list[Polygon] = [[piece] for piece in pieces]
    for hole in holes:
        if crosses_antimeridian(hole):
            raise BasemapError("a hole crosses the antimeridian; not supported")
        owner = next((p for p in result if _contains(p[0], hole[0])), None)
        if owner is not None:
            owner.append(hole)
    return result


# --- Rounding and output -----------------------------------------------------------------------


def clean_ring(ring: Ring, decimals: int) -> list[list[float]] | None:
    """Round and clamp coordinates, drop repeated points; None if too few points remain."""
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [
            round(min(180.0, max(-180.0, lon)), decimals),
            round(min(90.0, max(-90.0, lat)), decimals),
        ]
        if not out or point != out[-1]:
            out.append(point)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def _ring_area(ring: list[list[float]]) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))


def _oriented(ring: list[list[float]], ccw: bool) -> list[list[float]]:
    """RFC 7946 winding: exteriors counter-clockwise, holes clockwise (TopoJSON: reverse)."""
    return ring if (_ring_area(ring) > 0) == ccw else ring[::-1]


def topology_to_geojson(topology: dict, decimals: int = 2, drop_ids=DROP_IDS) -> dict:
    """Convert world-atlas countries TopoJSON to a flat-map-ready GeoJSON FeatureCollection."""
    try:
        collection = topology["objects"]["countries"]["geometries"]
    except (KeyError, TypeError) as exc:
        raise BasemapError("input is not a world-atlas countries topology") from exc
    arcs = decode_arcs(topology)
    features = []
    for geometry in collection:
        iso = geometry.get("id")
        name = (geometry.get("properties") or {}).get("name")
        if iso in drop_ids or name in DROP_NAMES:
            continue
        polygons: list[list[list[list[float]]]] = []
        for polygon in geometry_polygons(geometry, arcs):
            for piece in split_polygon(polygon):
                rings = [clean_ring(ring, decimals) for ring in piece]
                if rings[0] is None or _ring_area(rings[0]) == 0:
                    continue
                holes = [_oriented(r, ccw=False) for r in rings[1:] if r is not None]
                polygons.append([_oriented(rings[0], ccw=True), *holes])
        if not polygons:
            continue
        geom = (
            {"type": "Polygon", "coordinates": polygons[0]}
            if len(polygons) == 1
            else {"type": "MultiPolygon", "coordinates": polygons}
        )
        features.append(
            {"type": "Feature", "properties": {"name": name, "id": iso}, "geometry": geom}
        )
    return {"type": "FeatureCollection", "source": SOURCE, "features": features}


def load_topology(path: Path, resolution: str) -> dict:
    """Read countries-<resolution>.json from an npm .tgz or from a plain JSON file."""
    if path.suffix in {".tgz", ".gz"}:
        with tarfile.open(path) as archive:
            member = archive.extractfile(f"package/countries-{resolution}.json")
            if member is None:
                raise BasemapError(f"countries-{resolution}.json not found in {path}")
            return json.load(member)
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="world-atlas-2.0.2.tgz or countries-*.json")
    parser.add_argument("--resolution", choices=["110m", "50m"], default="110m")
    parser.add_argument("--decimals", type=int, default=2)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    try:
        geojson = topology_to_geojson(load_topology(args.source, args.resolution), args.decimals)
    except (OSError, ValueError, KeyError, tarfile.TarError, BasemapError) as exc:
        print(f"make_basemap: {exc}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(geojson, separators=(",", ":"), ensure_ascii=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(geojson['features'])} countries, {len(text):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
