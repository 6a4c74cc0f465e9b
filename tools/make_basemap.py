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
--output PATH (default ui/data/countries.geojson). It also writes, beside the output, the same
countries simplified for the page's first frame at world zooms (``countries-z1.geojson``,
``--home-zoom``, ``--home-decimals``).

What it does: decodes the TopoJSON (delta-encoded quantized arcs + transform) in plain Python,
drops Antarctica (a polar ring that cannot be drawn sensibly in Web Mercator), splits every ring
that crosses the 180th meridian into pieces on each side closed along the meridian (otherwise
deck.gl draws a stripe across the whole map for Russia, Fiji, ...), rounds coordinates, and keeps
each country's name and ISO 3166-1 numeric id as properties, and its shade of the land colour
(``shade``: two countries that share a border never share a shade, ``shade_features``).

The simplified copy (``simplify_arc``): each TopoJSON arc (a border, shared by the two countries
it separates) loses the vertices that move it by less than half a pixel at ``--home-zoom`` in
Web Mercator, before the rings are stitched, so neighbours still meet exactly; rounded to
``--home-decimals``. At the page's home zoom (the whole world, zoom 0.4-1) it draws the same
pixels from a third fewer vertices; the page sends it in a browser's first frame only (see
``ui.basemap.first_frame_land``) and the full map after.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tarfile
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # exterior ring first, then holes

SOURCE = "world-atlas@2.0.2 (ISC), Natural Earth 4.1.0 Admin 0 countries (public domain)"
DROP_IDS = {"010"}  # Antarctica
DROP_NAMES = {"Antarctica"}
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "ui" / "data" / "countries.geojson"
HOME_ZOOM = 1.0  # the simplified copy holds up to this zoom (the page's home views: 0.4-1)
HOME_DECIMALS = 1  # 0.05 degrees at most: 0.14 px at zoom 1
TOLERANCE_PX = 0.5


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


# --- Simplification for the home zoom ------------------------------------------------------------


def _mercator(points: Ring, zoom: float) -> list[Point]:
    """Web Mercator pixels at ``zoom`` (the world 512 * 2**zoom wide), longitudes unwrapped so
    an arc that crosses the 180th meridian stays continuous."""
    scale = 512.0 * 2.0**zoom / (2 * math.pi)
    out: list[Point] = []
    offset, last = 0.0, None
    for lon, lat in points:
        if last is not None and lon + offset - last > 180:
            offset -= 360
        elif last is not None and lon + offset - last < -180:
            offset += 360
        last = lon + offset
        lat = max(min(lat, 85.0511), -85.0511)
        out.append(
            (
                scale * math.radians(last),
                -scale * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)),
            )
        )
    return out


def _offset(p: Point, a: Point, b: Point) -> float:
    """Distance of ``p`` from the segment ``a``-``b``."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify_arc(points: Ring, zoom: float, tolerance_px: float = TOLERANCE_PX) -> Ring:
    """Douglas-Peucker in Web Mercator pixels at ``zoom``: the ends always stay (they are where
    arcs meet); a closed arc (an island) keeps at least four points, so it stays a ring."""
    if len(points) <= 2:
        return list(points)
    xy = _mercator(points, zoom)
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    if xy[0] == xy[-1]:  # closed: split at the point farthest from the start, then each half
        far = max(range(1, len(points) - 1), key=lambda i: math.dist(xy[i], xy[0]))
        keep.add(far)
        stack = [(0, far), (far, len(points) - 1)]
        for lo, hi in list(stack):
            if hi - lo > 1:
                keep.add(max(range(lo + 1, hi), key=lambda i: _offset(xy[i], xy[lo], xy[hi])))
    while stack:
        lo, hi = stack.pop()
        if hi - lo < 2:
            continue
        best, at = -1.0, lo
        for i in range(lo + 1, hi):
            d = _offset(xy[i], xy[lo], xy[hi])
            if d > best:
                best, at = d, i
        if best > tolerance_px or at in keep:
            keep.add(at)
            stack += [(lo, at), (at, hi)]
    return [points[i] for i in sorted(keep)]


# --- Shades: neighbours told apart ---------------------------------------------------------------


def _feature_rings(feature: dict):
    geometry = feature["geometry"]
    polygons = geometry["coordinates"]
    for polygon in polygons if geometry["type"] == "MultiPolygon" else [polygons]:
        yield from polygon


def country_shades(features: list[dict]) -> list[int]:
    """A shade number per country, different for any two that share a border.

    Two countries share a border when their outlines share two or more vertices (the data is
    topological: a border is one arc, written into both). Greedy colouring, most neighbours
    first, needs five shades on this map; the page repeats its palette beyond that.
    """
    owners: dict[tuple[float, float], set[int]] = defaultdict(set)
    for i, feature in enumerate(features):
        for ring in _feature_rings(feature):
            for x, y in ring:
                owners[(round(x, 2), round(y, 2))].add(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for group in owners.values():
        for a in group:
            for b in group:
                if a < b:
                    shared[(a, b)] += 1
    neighbours: dict[int, set[int]] = defaultdict(set)
    for (a, b), vertices in shared.items():
        if vertices >= 2:
            neighbours[a].add(b)
            neighbours[b].add(a)
    shade: dict[int, int] = {}
    for i in sorted(range(len(features)), key=lambda i: (-len(neighbours[i]), i)):
        taken = {shade[j] for j in neighbours[i] if j in shade}
        shade[i] = next(c for c in range(len(features) + 1) if c not in taken)
    return [shade[i] for i in range(len(features))]


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


def topology_to_geojson(
    topology: dict, decimals: int = 2, drop_ids=DROP_IDS, simplify_zoom: float | None = None
) -> dict:
    """Convert world-atlas countries TopoJSON to a flat-map-ready GeoJSON FeatureCollection;
    with ``simplify_zoom``, its arcs simplified for that zoom first (``simplify_arc``)."""
    try:
        collection = topology["objects"]["countries"]["geometries"]
    except (KeyError, TypeError) as exc:
        raise BasemapError("input is not a world-atlas countries topology") from exc
    arcs = decode_arcs(topology)
    if simplify_zoom is not None:
        arcs = [simplify_arc(arc, simplify_zoom) for arc in arcs]
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


def with_shades(full: dict, *copies: dict) -> None:
    """Each country's ``shade`` (``country_shades`` of the full map) in its properties, in
    ``full`` and in each simplified copy of it (by name: a copy may lose a tiny island)."""
    shades = country_shades(full["features"])
    by_name = {f["properties"]["name"]: s for f, s in zip(full["features"], shades, strict=True)}
    if len(by_name) != len(shades):
        raise BasemapError("two countries share a name: shades cannot be matched")
    for collection in (full, *copies):
        for feature in collection["features"]:
            feature["properties"]["shade"] = by_name[feature["properties"]["name"]]


def home_path(output: Path) -> Path:
    """Where the copy for the home zoom goes: beside ``output``."""
    return output.with_name(output.name.replace(".geojson", "") + "-z1.geojson")


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
    parser.add_argument("--home-zoom", type=float, default=HOME_ZOOM)
    parser.add_argument("--home-decimals", type=int, default=HOME_DECIMALS)
    args = parser.parse_args(argv)
    try:
        topology = load_topology(args.source, args.resolution)
        geojson = topology_to_geojson(topology, args.decimals)
        home = topology_to_geojson(topology, args.home_decimals, simplify_zoom=args.home_zoom)
        with_shades(geojson, home)
    except (OSError, ValueError, KeyError, tarfile.TarError, BasemapError) as exc:
        print(f"make_basemap: {exc}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    for path, data in ((args.output, geojson), (home_path(args.output), home)):
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")
        vertices = sum(len(r) for f in data["features"] for r in _feature_rings(f))
        print(f"wrote {path}: {len(data['features'])} countries, {vertices:,} vertices, "
              f"{len(text):,} bytes")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
