"""The offline basemap: bundled country data is sane, flat-map safe, and the deck stays offline."""

from __future__ import annotations

import importlib.util
import json
import re
from itertools import pairwise
from pathlib import Path

import pydeck as pdk
import pytest

from ui.basemap import (
    BASEMAP_LAYER_ID,
    HOME_LAND_ZOOM,
    THEMES,
    basemap_layer,
    basemap_layers,
    countries_geojson,
    country_shades,
    home_geojson,
    map_view,
    ocean_color,
    offline_basemap_style,
    online_basemap_style,
)

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    """tools/ is not an installed package; load the generator by path for its unit tests."""
    spec = importlib.util.spec_from_file_location("make_basemap", ROOT / "tools/make_basemap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_basemap = _load_tool()


def _polygons(feature: dict) -> list:
    geometry = feature["geometry"]
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    assert geometry["type"] == "MultiPolygon"
    return geometry["coordinates"]


def _rings(feature: dict):
    for polygon in _polygons(feature):
        yield from polygon


def _by_name() -> dict[str, dict]:
    return {f["properties"]["name"]: f for f in countries_geojson()["features"]}


def _area(ring) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))


# --- the bundled GeoJSON ------------------------------------------------------------------------


def test_geojson_is_a_feature_collection_of_named_polygons():
    data = countries_geojson()
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) >= 170
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["properties"]["name"]
        iso = feature["properties"]["id"]
        assert iso is None or re.fullmatch(r"\d{3}", iso)
        for ring in _rings(feature):
            assert len(ring) >= 4
            assert ring[0] == ring[-1]


def test_geojson_is_cached():
    assert countries_geojson() is countries_geojson()


def test_antarctica_is_dropped():
    features = countries_geojson()["features"]
    assert not [f for f in features if f["properties"]["id"] == "010"]
    assert "Antarctica" not in _by_name()


def test_all_coordinates_in_range_and_no_ring_jumps_the_antimeridian():
    for feature in countries_geojson()["features"]:
        for ring in _rings(feature):
            for lon, lat in ring:
                assert -180 <= lon <= 180 and -90 <= lat <= 90, feature["properties"]["name"]
            for (lon0, _), (lon1, _) in pairwise(ring):
                assert abs(lon1 - lon0) <= 180, feature["properties"]["name"]


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Russia", "643"),
        ("Fiji", "242"),
        ("United States of America", "840"),
        ("Netherlands", "528"),
    ],
)
def test_known_countries_present_with_iso_id(name, iso):
    assert _by_name()[name]["properties"]["id"] == iso


@pytest.mark.parametrize("name", ["Russia", "Fiji"])
def test_countries_across_the_dateline_have_pieces_on_both_sides(name):
    lons = [lon for ring in _rings(_by_name()[name]) for lon, _ in ring]
    assert min(lons) == -180 and max(lons) == 180
    pieces = _polygons(_by_name()[name])
    assert any(max(lon for lon, _ in p[0]) <= -169 for p in pieces)  # Chukotka / Fiji east
    assert any(min(lon for lon, _ in p[0]) >= 170 for p in pieces)


def test_russia_keeps_its_size_after_the_split():
    # Planar area in square degrees: 2935.4 for all parts; losing Chukotka would drop ~22.
    russia = sum(_area(p[0]) for p in _polygons(_by_name()["Russia"]))
    assert 2925 < russia < 2945


def test_exteriors_are_counter_clockwise():
    for feature in countries_geojson()["features"]:
        for polygon in _polygons(feature):
            assert _area(polygon[0]) > 0, feature["properties"]["name"]


# --- the generator ------------------------------------------------------------------------------


def test_decode_arcs_applies_delta_and_transform():
    topology = {
        "transform": {"scale": [0.5, 2.0], "translate": [-10, 5]},
        "arcs": [[[0, 0], [2, 1], [-1, 3]]],
    }
    assert make_basemap.decode_arcs(topology) == [[(-10.0, 5.0), (-9.0, 7.0), (-9.5, 13.0)]]


def test_stitch_ring_reverses_negative_arcs_and_shares_joints():
    arcs = [[(0, 0), (1, 0), (1, 1)], [(0, 0), (0, 1), (1, 1)]]
    assert make_basemap.stitch_ring([0, ~1], arcs) == [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]


def test_topology_to_geojson_end_to_end():
    # A unit square around 10E 10N and a square straddling the dateline; plus Antarctica.
    topology = {
        "type": "Topology",
        "arcs": [
            [[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]],
            [[178, 0], [-178, 0], [-178, 2], [178, 2], [178, 0]],
            [[0, -80], [10, -80], [10, -70], [0, -80]],
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0]], "id": "001", "properties": {"name": "A"}},
                    {"type": "Polygon", "arcs": [[1]], "id": "002", "properties": {"name": "B"}},
                    {"type": "Polygon", "arcs": [[2]], "id": "010", "properties": {"name": "X"}},
                ],
            }
        },
    }
    result = make_basemap.topology_to_geojson(topology)
    names = [f["properties"]["name"] for f in result["features"]]
    assert names == ["A", "B"]
    b = result["features"][1]
    assert b["geometry"]["type"] == "MultiPolygon"
    spans = sorted((min(x for x, _ in p[0]), max(x for x, _ in p[0])) for p in _polygons(b))
    assert spans == [(-180, -178), (178, 180)]


def test_split_ring_handles_a_concave_ring_crossing_several_times():
    # A "C" straddling the dateline whose two arms reach past 180 (to 170W): the part west of
    # the line is one piece, the arms beyond it must come out as two separate pieces.
    ring = [(170, 0), (-170, 0), (-170, 2), (175, 2), (175, 8), (-170, 8), (-170, 10), (170, 10)]
    ring.append(ring[0])
    pieces = make_basemap.split_ring(ring)
    arms = [p for p in pieces if max(x for x, _ in p) <= -170]
    body = [p for p in pieces if min(x for x, _ in p) >= 170]
    assert len(pieces) == 3 and len(arms) == 2 and len(body) == 1
    total = sum(abs(_area(p)) for p in pieces)
    assert total == pytest.approx(abs(_area(make_basemap.unwrap(ring))))
    for piece in pieces:
        assert piece[0] == piece[-1]
        assert all(abs(b[0] - a[0]) <= 180 for a, b in pairwise(piece))


def test_ring_not_crossing_is_unchanged():
    ring = [(0, 0), (10, 0), (10, 10), (0, 0)]
    assert make_basemap.split_ring(ring) == [ring]


def test_generator_rejects_a_file_that_is_not_a_countries_topology(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"type": "Topology", "objects": {}, "arcs": []}))
    assert make_basemap.main([str(path), "--output", str(tmp_path / "out.geojson")]) == 1
    assert not (tmp_path / "out.geojson").exists()


# --- the pydeck layer ---------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_basemap_layer_is_named_and_not_pickable(theme):
    layer = basemap_layer(theme)
    assert layer.id == BASEMAP_LAYER_ID == "basemap"
    assert layer.type == "GeoJsonLayer"
    assert layer.pickable is False
    assert all(not other.pickable for other in basemap_layers(theme))


def test_neighbouring_countries_have_different_shades_of_land():
    """Borders are shown by shades (no stroke: seconds of software WebGL at first paint)."""
    features = countries_geojson()["features"]
    shades = country_shades()
    assert len(shades) == len(features) and len(set(shades)) >= 4
    by_name = {f["properties"]["name"]: shade for f, shade in zip(features, shades, strict=True)}
    for a, b in [("France", "Germany"), ("Chile", "Argentina"), ("Kenya", "Tanzania"),
                 ("United States of America", "Canada"), ("Netherlands", "Belgium")]:  # fmt: skip
        assert by_name[a] != by_name[b], (a, b)
    for theme in ("light", "dark"):
        layer = basemap_layer(theme)
        assert layer.stroked is False
        fills = {tuple(f["properties"]["fill"]) for f in layer.data["features"]}
        assert fills <= {tuple(c) for c in THEMES[theme]["land"]} and len(fills) >= 4
        assert ocean_color(theme) not in [list(f) for f in fills]


def test_themes_differ_and_unknown_theme_falls_back_to_light():
    assert ocean_color("light") != ocean_color("dark")
    assert ocean_color("nonsense") == ocean_color("light") == ocean_color("LIGHT")
    assert len(ocean_color("dark")) == 4 and all(0 <= c <= 255 for c in ocean_color("dark"))


def test_offline_deck_json_has_no_tile_url_and_keeps_a_map_style():
    deck = pdk.Deck(layers=basemap_layers("dark"), views=[map_view()], **offline_basemap_style())
    spec = json.loads(deck.to_json())
    assert "http" not in deck.to_json()
    assert "mapProvider" not in spec
    # Without a mapStyle key Streamlit's st.pydeck_chart falls back to Carto tiles.
    assert "mapStyle" in spec


def test_plain_map_provider_none_deck_is_offline():
    deck = pdk.Deck(layers=[basemap_layer()], map_provider=None)
    assert "http" not in deck.to_json()


@pytest.mark.parametrize(("theme", "fragment"), [("light", "positron"), ("dark", "dark-matter")])
def test_online_style_is_carto_by_theme(theme, fragment):
    kwargs = online_basemap_style(theme)
    assert kwargs["map_provider"] == "carto"
    assert fragment in pdk.Deck(layers=[], **kwargs).to_json()


# --- shades in the data file, the copy for the home zoom ---------------------------------------


def test_the_files_shades_are_the_tools():
    """``shade`` is worked out by the tool once (not by each server's first map): the bundled
    file holds what the tool's colouring gives for its outlines."""
    features = countries_geojson()["features"]
    assert list(country_shades()) == make_basemap.country_shades(features)


def _vertices(collection: dict) -> int:
    return sum(len(ring) for f in collection["features"] for ring in _rings(f))


def test_the_home_copy_has_every_country_with_its_shade_and_fewer_vertices():
    full, home = countries_geojson(), home_geojson()
    shade = {f["properties"]["name"]: f["properties"]["shade"] for f in full["features"]}
    assert {f["properties"]["name"]: f["properties"]["shade"] for f in home["features"]} == shade
    assert _vertices(home) < 0.75 * _vertices(full)
    for feature in home["features"]:  # areas in square degrees; a pixel at zoom 1 is 0.12
        area = sum(abs(_area(p[0])) for p in _polygons(feature))
        (twin,) = [f for f in full["features"] if f["properties"] == feature["properties"]]
        assert area == pytest.approx(sum(abs(_area(p[0])) for p in _polygons(twin)), abs=2.0)
        for ring in _rings(feature):
            assert ring[0] == ring[-1] and len(ring) >= 4
            assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)


def _off_line(point, line) -> float:
    return min(make_basemap._offset(point, a, b) for a, b in pairwise(line))


@pytest.mark.parametrize("zoom", [0.5, 1.0, 3.0])
def test_simplify_arc_moves_no_point_more_than_half_a_pixel(zoom):
    """Douglas-Peucker in Web Mercator pixels: every dropped point lies within half a pixel of
    what is kept, the ends stay (arcs meet there), an island stays a ring of four or more."""
    import math
    import random

    rng = random.Random(zoom)
    arc = [(10 + i * 0.05, 50 + math.sin(i / 7) + rng.uniform(-0.02, 0.02)) for i in range(400)]
    kept = make_basemap.simplify_arc(arc, zoom)
    assert kept[0] == arc[0] and kept[-1] == arc[-1] and len(kept) < len(arc)
    px, line = make_basemap._mercator(arc, zoom), make_basemap._mercator(kept, zoom)
    assert max(_off_line(p, line) for p in px) <= 0.5 + 1e-9
    island = [(0.001 * math.cos(a / 10), 0.001 * math.sin(a / 10)) for a in range(63)]
    island.append(island[0])
    ring = make_basemap.simplify_arc(island, zoom)
    assert ring[0] == ring[-1] and len(ring) >= 4


def test_the_first_frame_at_a_world_zoom_draws_the_home_copy():
    """A lean first run's deck (``extras=False``) at a world zoom carries the simplified land;
    zoomed in, and in every full run, the full outlines."""
    from ui.deck import build_deck

    def land(**kwargs) -> dict:
        spec = json.loads(build_deck(**kwargs).to_json())
        (layer,) = [x for x in spec["layers"] if x["id"] == BASEMAP_LAYER_ID]
        return layer["data"]

    world = {"latitude": 20.0, "longitude": 10.0, "zoom": 0.53}
    assert _vertices(land(view=world, extras=False)) == _vertices(home_geojson())
    assert _vertices(land(view=world)) == _vertices(countries_geojson())
    close = {**world, "zoom": HOME_LAND_ZOOM + 0.5}
    assert _vertices(land(view=close, extras=False)) == _vertices(countries_geojson())
