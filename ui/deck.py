"""The map: places as age-coloured markers (clusters, or hexagons with counts) over the basemap.

The tooltip uses deck.gl's ``text`` form, never ``html``: deck.gl then sets it as plain text,
so a headline holding ``<img onerror=...>`` shows as those characters.

Markers are sized in screen pixels (between ``MARKER_MIN_PX`` and ``MARKER_MAX_PX``), so they
keep their size at every zoom. pydeck sends every string argument as an expression (``@@=``)
that deck.gl evaluates per object; a plain value such as ``'pixels'`` must be quoted, or deck.gl
silently falls back to its default (metres, which made markers country-sized when zoomed in).

The pickable layers' ids end in a signature of what they hold (``layer_id``): Streamlit keeps a
chart's selection by index across reruns, so when the data change the old selection must not
point at whatever now sits at that index; a new id drops it.

First frame: land and markers only. Without a GPU (headless Chromium, a thin client: WebGL in
SwiftShader) the first frame is read back synchronously for the page, and each kind of layer
drawn in it first compiles its shaders there, about 0.2 s each. The names of cities, the counts
on clusters and the dateline-to-focus lines therefore carry their rows as an inline ``data:``
URL (``after_first_frame``), which deck.gl reads asynchronously: they are drawn from the next
frame on, a moment later, and the markers do not wait for them. Nothing is fetched from anywhere.
Their shaders are still compiled when deck.gl sets the layers up, before that first frame, so a
browser's first run (``build_deck(..., extras=False)``) leaves them out altogether: they come
with the rest of the page, on the rerun the page asks for once its first frame is drawn
(``ui.firstframe``). The markers and the clusters are discs of one program with one layout of
its inputs (``DISC``): a frame with both compiles that program once. A browser's first frame
does not draw them with it at all: there they are the land's polygons (``first_discs``: the same
discs, outlines and colours at that view's zoom, one program to compile instead of two, the
ScatterplotLayer's ~0.3 s of it moved after the map is on screen); the rerun brings the real,
pickable ones.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pydeck as pdk

if TYPE_CHECKING:  # pandas only for the hints: the page's first map goes out before it loads
    import pandas as pd

from ui.basemap import (
    HOME_LAND_ZOOM,
    LAND,
    basemap_layers,
    map_view,
    offline_basemap_style,
    online_basemap_style,
)
from ui.style import MAP_HEIGHT

EVENTS_LAYER = "events"
CLUSTERS_LAYER = "clusters"
HEX_LAYER = "hexagons"
SELECTED_LAYER = "selected"
FRESH_LAYER = "fresh"
LINES_LAYER = "focus-lines"
CITIES_LAYER = "cities"
COUNTS_LAYER = "cluster-counts"
# Dateline-to-focus lines: quiet, half-transparent, readable on both basemaps and on the tiles.
LINE_COLORS = {"light": [70, 80, 100, 150], "dark": [205, 212, 225, 140]}
CITY_COLORS = {"light": [95, 100, 110, 210], "dark": [175, 182, 195, 210]}
FRESH_COLOR = [255, 196, 0, 255]  # the ring of a place with briefs new since the last look
CLUSTER_COLOR = [60, 90, 160, 200]
# The discs' white outlines (colour, pixels): the markers', the clusters'.
MARKER_OUTLINE = ([255, 255, 255, 230], 1)
CLUSTER_OUTLINE = ([255, 255, 255, 240], 2)
# deck.gl's tooltip box: wraps, so a long headline never runs off the map's edge.
TOOLTIP_STYLE = {
    "maxWidth": "min(320px, 70vw)",
    "whiteSpace": "normal",
    "overflowWrap": "anywhere",
    "fontSize": "13px",
    "lineHeight": "1.3",
}
TOOLTIP = {"text": "{place}\n{headline}", "style": TOOLTIP_STYLE}  # clusters, hexagons alike
WORLD_VIEW = {"latitude": 25.0, "longitude": 10.0, "zoom": 0.8}
MIN_ZOOM, MAX_ZOOM = 0.0, 12.0
MARKER_MIN_PX, MARKER_MAX_PX = 5.0, 26.0
AGGREGATE_ABOVE = 20_000  # visible events above which markers become hexagons
CITIES_FILE = Path(__file__).resolve().parent / "data" / "cities.json"


DATA_URL = "data:application/json;base64,"


def after_first_frame(rows: list[dict] | pd.DataFrame) -> str:
    """A layer's rows as an inline ``data:`` URL: deck.gl loads it asynchronously, so the layer
    is drawn from the second frame on (see the module docstring), with the same rows."""
    if not isinstance(rows, list):
        rows = rows.to_dict(orient="records")
    raw = json.dumps(rows, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return DATA_URL + base64.b64encode(raw).decode("ascii")


def layer_rows(data: object) -> object:
    """A layer's rows as deck.gl reads them: ``after_first_frame``'s URL decoded, else as is."""
    if isinstance(data, str) and data.startswith(DATA_URL):
        return json.loads(base64.b64decode(data[len(DATA_URL) :]).decode("utf-8"))
    return data


def marker_radius(count: int) -> float:
    """Pixels: grows with the number of briefs, gently, so one busy city does not hide others;
    never below ``MARKER_MIN_PX`` nor above ``MARKER_MAX_PX``."""
    grown = 6.0 + 4.0 * (max(count, 1) ** 0.5 - 1.0)
    return min(max(grown, MARKER_MIN_PX), MARKER_MAX_PX)


def layer_id(base: str, values: Iterable[object]) -> str:
    """``base@signature``: the id changes whenever what the layer holds (or its order) does."""
    digest = hashlib.blake2b(digest_size=5)
    for value in values:
        digest.update(str(value).encode("utf-8", "replace") + b"\x00")
    return f"{base}@{digest.hexdigest()}"


def base_id(layer: str) -> str:
    """The layer's kind without its signature (``events@a1b2`` -> ``events``)."""
    return layer.split("@", 1)[0]


def clamp_view(view: dict) -> dict:
    """A view within the map's zoom range (a hand-edited URL may ask for anything)."""
    out = dict(view)
    out["zoom"] = min(max(float(out.get("zoom", 0.0)), MIN_ZOOM), MAX_ZOOM)
    out["latitude"] = min(max(float(out.get("latitude", 0.0)), -85.0), 85.0)
    out["longitude"] = ((float(out.get("longitude", 0.0)) + 180.0) % 360.0) - 180.0
    return out


def view_for(area: tuple[float, float, float, float] | None, width_px: int = 900) -> dict:
    """A view that shows ``area`` (south, west, north, east), or the whole world."""
    if area is None:
        return dict(WORLD_VIEW)
    south, west, north, east = area
    lon_span = max(east - west, 1e-4)
    lat_span = max(north - south, 1e-4)
    zoom_x = math.log2(360.0 * width_px / 512.0 / lon_span)
    zoom_y = math.log2(180.0 * MAP_HEIGHT / 512.0 / lat_span)
    zoom = max(MIN_ZOOM, min(zoom_x, zoom_y, MAX_ZOOM) - 0.3)
    return {"latitude": (south + north) / 2, "longitude": (west + east) / 2, "zoom": zoom}


def home_view(lats: Iterable[float], lons: Iterable[float], width_px: int = 620) -> dict:
    """A session's first view: every located event in sight (after that, the reader's own).

    The bounds by numpy (loaded with the page's data): with every event of a large store in
    view these are millions of points, which a Python loop took 0.3 s a rerun to read at 1M."""
    import numpy as np

    lats, lons = (np.asarray(v if hasattr(v, "__len__") else list(v), float) for v in (lats, lons))
    if not lats.size:
        return view_for(None)
    south, north = float(lats.min()), float(lats.max())
    west, east = float(lons.min()), float(lons.max())
    pad_lat, pad_lon = max((north - south) * 0.1, 2.0), max((east - west) * 0.1, 2.0)
    area = (
        max(south - pad_lat, -80.0),
        max(west - pad_lon, -180.0),
        min(north + pad_lat, 80.0),
        min(east + pad_lon, 180.0),
    )
    return view_for(area, width_px=width_px)


def project(lat: float, lon: float, view: dict, width: float, height: float) -> tuple[float, float]:
    """Pixel position of (lat, lon) on a map of ``width`` x ``height`` showing ``view``.

    Web Mercator, as deck.gl's MapView draws it; the browser tests click markers with it.
    """
    world = 512.0 * 2 ** float(view["zoom"])
    x, y = mercator(lat, lon, world)
    x0, y0 = mercator(float(view["latitude"]), float(view["longitude"]), world)
    return width / 2 + x - x0, height / 2 + y - y0


def mercator(lat: float, lon: float, world: float) -> tuple[float, float]:
    """Web Mercator pixels of (lat, lon) on a world ``world`` pixels wide (``512 * 2**zoom``)."""
    lat = max(min(lat, 85.0511), -85.0511)
    x = (lon + 180.0) / 360.0 * world
    y = (1.0 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * world
    return x, y


# The markers' and the clusters' discs: one way of giving a ScatterplotLayer its rows. In
# software WebGL (SwiftShader) a program is compiled again for each layout of its inputs, at
# its first draw (the markers' 0.26-0.31 s at a load of 2.5-6, ``benchmarks/RESULTS.md``,
# ``paint`` 2026-12-04): a fill colour per row (``color``) and one for the whole layer (a
# constant) are two layouts. So the clusters carry their one colour on every row too, and one
# compile serves both in a first frame that has both.
DISC = {
    "get_position": "[lon, lat]",
    "get_radius": "radius",
    "radius_units": "'pixels'",
    "get_fill_color": "color",
    "line_width_units": "'pixels'",
    "stroked": True,
}


def marker_layer(places: pd.DataFrame, selected_key: str | None = None) -> pdk.Layer:
    """One pickable marker per place: colour by age (``color``), size by number of briefs.

    The id changes with the selected place too: the chart then drops its own selection (and
    the dimming Streamlit gives every other object, basemap included) once the page has taken
    the click over with its ring.
    """
    data = places[["key", "lat", "lon", "place", "count", "headline", "color"]].copy()
    data["radius"] = [marker_radius(int(n)) for n in data["count"]]
    return pdk.Layer(
        "ScatterplotLayer",
        id=layer_id(EVENTS_LAYER, [selected_key, *data["key"]]),
        data=data,
        **DISC,
        radius_min_pixels=MARKER_MIN_PX,
        radius_max_pixels=MARKER_MAX_PX,
        get_line_color=MARKER_OUTLINE[0],
        get_line_width=MARKER_OUTLINE[1],
        pickable=True,
        auto_highlight=True,
    )


# A browser's first frame draws its markers and clusters as filled polygons with the land's
# own program and layout of inputs (``first_discs``): in software WebGL each program compiles
# at its first draw, the ScatterplotLayer's about 0.3 s of the first frame (``benchmarks/
# RESULTS.md``, ``paint`` 2026-12-04). The rerun that follows brings the real discs.
FIRST_DISCS_LAYER = "first-discs"


def _lnglat(x: float, y: float, world: float) -> list[float]:
    """``mercator``'s inverse: (lon, lat) of a pixel on a world ``world`` pixels wide."""
    lat = math.degrees(2 * math.atan(math.exp(math.pi * (1.0 - 2.0 * y / world))) - math.pi / 2)
    return [x / world * 360.0 - 180.0, lat]


def disc_ring(lat: float, lon: float, radius_px: float, zoom: float) -> list[list[float]]:
    """A closed ring (lon, lat) that draws as a circle of ``radius_px`` pixels at ``zoom`` (Web
    Mercator, as deck.gl's MapView draws it): a side every 3 pixels or so (12 to 32 sides, less
    than 0.2 px from the circle), degrees to a 40th of a pixel."""
    world = 512.0 * 2.0**zoom
    sides = min(max(math.ceil(2 * math.pi * radius_px / 3), 12), 32)
    digits = math.ceil(math.log10(world / 360.0 * 40))
    x0, y0 = mercator(lat, lon, world)
    ring = [
        [
            round(v, digits)
            for v in _lnglat(
                x0 + radius_px * math.cos(2 * math.pi * k / sides),
                y0 + radius_px * math.sin(2 * math.pi * k / sides),
                world,
            )
        ]
        for k in range(sides)
    ]
    return [*ring, ring[0]]


def first_discs(discs: list[tuple], zoom: float) -> pdk.Layer:
    """The first frame's markers and clusters: for each (lat, lon, radius px, fill colour,
    outline colour, outline px), an outline ring and a filled disc, shaped as the
    ScatterplotLayer draws them at ``zoom`` (its outline straddles the radius), as polygons of a
    GeoJsonLayer laid out as the land's (``ui.basemap.basemap_layer``: one program, compiled
    once). Never picked: the rerun the page asks for once this frame is drawn brings the real,
    pickable markers.

    Drawn at another zoom they scale with the land, as a ScatterplotLayer's discs do not: when
    the events' map changes the view of the empty map sent ahead (``empty_deck``), Streamlit's
    chart takes the layers at once and the new view in an effect after them, and in some cold
    starts (2 of 8 on the seed at load 5, with either kind of disc) one frame is drawn at the
    old view before the next one moves it; in that frame these discs are that much larger."""
    features = []
    for lat, lon, radius, fill, line, width in discs:
        outer = disc_ring(lat, lon, radius + width / 2, zoom)
        inner = disc_ring(lat, lon, radius - width / 2, zoom)
        for rings, color in (([outer, inner[::-1]], line), ([inner], fill)):
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Polygon", "coordinates": rings},
                    "properties": {"fill": list(color)},
                }
            )
    return pdk.Layer(
        "GeoJsonLayer",
        data={"type": "FeatureCollection", "features": features},
        id=FIRST_DISCS_LAYER,
        **LAND,
    )


def _disc_rows(places: pd.DataFrame | None, clusters: pd.DataFrame | None) -> list[tuple]:
    """``first_discs``'s rows: each cluster, then each marker, as its ScatterplotLayer draws it
    (centre, pixel radius, fill, outline colour and width)."""
    rows: list[tuple] = []
    if clusters is not None:
        rows += [
            (lat, lon, cluster_radius(int(n)), CLUSTER_COLOR, *CLUSTER_OUTLINE)
            for lat, lon, n in zip(clusters["lat"], clusters["lon"], clusters["count"], strict=True)
        ]
    if places is not None:
        rows += [
            (lat, lon, marker_radius(int(n)), color, *MARKER_OUTLINE)
            for lat, lon, n, color in zip(
                places["lat"], places["lon"], places["count"], places["color"], strict=True
            )
        ]
    return rows


def cluster_radius(count: int) -> float:
    return min(MARKER_MAX_PX + 6, 12.0 + 3.0 * math.log2(max(count, 1)))


def cluster_layers(clusters: pd.DataFrame) -> list[pdk.Layer]:
    """Clusters: a pickable disc each (click: zoom to it) with its count of briefs on top."""
    data = clusters[["cluster", "lat", "lon", "count", "places", "place", "headline"]].copy()
    data["radius"] = [cluster_radius(int(n)) for n in data["count"]]
    data["label"] = [str(int(n)) for n in data["count"]]
    data["color"] = [list(CLUSTER_COLOR) for _ in range(len(data))]  # per row: see ``DISC``
    return [
        pdk.Layer(
            "ScatterplotLayer",
            id=layer_id(CLUSTERS_LAYER, data["cluster"]),
            data=data,
            **DISC,
            get_line_color=CLUSTER_OUTLINE[0],
            get_line_width=CLUSTER_OUTLINE[1],
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "TextLayer",
            id=COUNTS_LAYER,
            data=after_first_frame(data[["lat", "lon", "label"]]),
            get_position="[lon, lat]",
            get_text="label",
            get_size=12,
            size_units="'pixels'",
            get_color=[255, 255, 255, 255],
            font_weight=700,
            pickable=False,
        ),
    ]


@lru_cache(maxsize=1)
def large_cities() -> list[dict]:
    """The cities the offline basemap labels (``tools/make_cities.py``), most populous first."""
    data = json.loads(CITIES_FILE.read_text(encoding="utf-8"))
    return [{k: c[k] for k in ("name", "lat", "lon", "population")} for c in data["cities"]]


LABEL_PX = 11  # the cities' names: font size, and about how wide a letter is drawn
LABEL_CHAR_PX = 6.6
LABEL_GAP_PX = 4


@lru_cache(maxsize=16)
def cities_in_sight(zoom: float) -> tuple[int, ...]:
    """Indexes into ``large_cities()`` of the names that fit at ``zoom`` without touching:
    most populous first, a name left out when its box would overlap one already kept.

    Worked out here, not by deck.gl's CollisionFilterExtension: in software WebGL (headless
    Chromium, a machine without a GPU) that extension hid every label, and its extra pass cost
    the first paint. The zoom is the page's own (buttons, fit all, a feed item or cluster): a
    mouse-wheel zoom is not reported back (see ``ui.clusters``), so names thin out on those.
    """
    scale = 512.0 * 2.0**zoom / (2 * math.pi)
    kept: list[tuple[float, float, float, float]] = []
    chosen = []
    for i, city in enumerate(large_cities()):
        lat = max(min(float(city["lat"]), 85.0511), -85.0511)
        x = scale * (math.radians(float(city["lon"])) + math.pi)
        y = scale * (math.pi - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))
        half = len(city["name"]) * LABEL_CHAR_PX / 2 + LABEL_GAP_PX
        box = (x - half, y - LABEL_GAP_PX, x + half, y + 10 + LABEL_PX + LABEL_GAP_PX)
        if all(box[2] < k[0] or box[0] > k[2] or box[3] < k[1] or box[1] > k[3] for k in kept):
            kept.append(box)
            chosen.append(i)
    return tuple(chosen)


def cities_layer(theme: str = "light", zoom: float = WORLD_VIEW["zoom"]) -> pdk.Layer:
    """Large cities' names, small and quiet, as many as fit at ``zoom`` (``cities_in_sight``)."""
    cities = large_cities()
    return pdk.Layer(
        "TextLayer",
        id=CITIES_LAYER,
        data=after_first_frame([cities[i] for i in cities_in_sight(round(float(zoom), 1))]),
        get_position="[lon, lat]",
        get_text="name",
        get_size=LABEL_PX,
        size_units="'pixels'",
        get_color=CITY_COLORS.get(theme, CITY_COLORS["light"]),
        get_pixel_offset=[0, 10],
        font_family="'sans-serif'",
        character_set="'auto'",  # São Paulo, Bogotá: the letters the names use, not ASCII only
        pickable=False,
    )


def line_layer(lines: pd.DataFrame, theme: str = "light") -> pdk.Layer:
    """Thin lines from each dateline to where its event happened (``ui.focus.focus_lines``).

    Never pickable: a click or hover goes to the markers, and the tooltip stays theirs.
    """
    return pdk.Layer(
        "LineLayer",
        id=LINES_LAYER,
        data=after_first_frame(lines[["from", "to", "count"]]),
        get_source_position="from",
        get_target_position="to",
        get_color=LINE_COLORS.get(theme, LINE_COLORS["light"]),
        get_width=1.5,
        width_units="'pixels'",
        pickable=False,
    )


def hex_layer(cells: pd.DataFrame, label: str) -> pdk.Layer:
    """Hexagons shaded by count; ``label`` is e.g. '{count} events' for the tooltip."""
    data = cells[["hex", "count", "polygon", "lat", "lon"]].copy()
    top = max(int(data["count"].max()), 1) if len(data) else 1
    data["place"] = [label.format(count=int(n)) for n in data["count"]]
    data["headline"] = ""
    data["color"] = [
        [215, 38, 39, int(70 + 170 * math.log1p(n) / math.log1p(top))] for n in data["count"]
    ]
    return pdk.Layer(
        "PolygonLayer",
        id=layer_id(HEX_LAYER, data["hex"]),
        data=data,
        get_polygon="polygon",
        get_fill_color="color",
        get_line_color=[255, 255, 255, 160],
        line_width_min_pixels=1,
        stroked=True,
        pickable=True,
        auto_highlight=True,
    )


def ring_layer(chosen: pd.DataFrame, layer: str, color: list[int], gap: float, width: float):
    """A ring around each of ``chosen``'s markers, drawn on top and never picked."""
    data = chosen[["lat", "lon", "count"]].copy()
    data["radius"] = [marker_radius(int(n)) + gap for n in data["count"]]
    return pdk.Layer(
        "ScatterplotLayer",
        id=layer,
        data=data,
        get_position="[lon, lat]",
        get_radius="radius",
        radius_units="'pixels'",
        filled=False,
        stroked=True,
        get_line_color=color,
        line_width_units="'pixels'",
        get_line_width=width,
        pickable=False,
    )


def selection_layer(chosen: pd.DataFrame) -> pdk.Layer:
    """A dark ring around the selected place."""
    return ring_layer(chosen, SELECTED_LAYER, [20, 20, 20, 255], 6, 3)


class Deck(pdk.Deck):
    """pydeck's Deck, serialised by the C JSON encoder: the same JSON without the indentation
    or the blanks after separators.

    pydeck indents its JSON, which makes ``json`` fall back to its pure-Python encoder; with the
    offline basemap's polygons that took a quarter of a second on every rerun. The blanks were
    12% of the bytes (193 -> 170 KB with the basemap), which the browser reads character by
    character on every rerun.
    """

    def to_json(self) -> str:
        from pydeck.bindings.json_tools import default_serialize

        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


def empty_deck() -> Deck:
    """A deck with no layer (the sea is the chart's background): what the page sends ahead of
    its data on a browser's first run, as the events' map itself (same key: one chart, one
    WebGL context), so the browser mounts the chart and makes its WebGL context while the
    server reads the events (its code, a 3 MB script, asked for earlier still:
    ``ui.preload``). Without the countries: it draws nothing, so the first frame drawn
    on the map is the events' (land and markers together, as the bench measures it), and the
    land is set up once, with the events' deck."""
    return Deck(
        layers=[],
        views=[map_view()],
        initial_view_state=pdk.ViewState(**WORLD_VIEW, min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM),
        **offline_basemap_style(),
    )


def build_deck(
    places: pd.DataFrame | None = None,
    *,
    hexagons: pd.DataFrame | None = None,
    clusters: pd.DataFrame | None = None,
    hex_label: str = "{count} events",
    theme: str = "light",
    selected_key: str | None = None,
    fresh_keys: Iterable[str] = (),
    view: dict | None = None,
    online: bool = False,
    lines: pd.DataFrame | None = None,
    cities: bool = True,
    extras: bool = True,
) -> Deck:
    """The deck: basemap (with city names), dateline-to-focus lines, markers and clusters (or
    hexagons), rings for new and selected places. The sea is the chart's background
    (``ui.style.page_css``), not a layer.

    ``view`` stays the same while only filters change, so Streamlit keeps the reader's pan and
    zoom; it changes only when the page itself moves the map (zoom buttons, fit all, a feed
    item, a cluster or hexagon clicked).

    ``extras=False`` leaves out the cities' names, the clusters' counts and the focus lines: a
    lean first run's map (``ui.style.lean_first_run``); at a world zoom its land is the copy
    simplified for it (``ui.basemap.home_geojson``). Each kind of layer compiles its shaders
    when deck.gl sets it up, even one whose rows come later from a ``data:`` URL, and in
    software WebGL that is the first frame's main cost; they come with the rest of the page.
    """
    online_style = online_basemap_style(theme) if online else None
    view = clamp_view(view or WORLD_VIEW)
    # A first frame at a world zoom: the land simplified for it (the same pixels, ``ui.basemap``).
    home = not extras and view["zoom"] <= HOME_LAND_ZOOM
    layers = [] if online else list(basemap_layers(theme, home))
    if cities and extras and not online:
        layers.append(cities_layer(theme, view["zoom"]))
    if lines is not None and len(lines) and extras:
        layers.append(line_layer(lines, theme))
    if hexagons is not None:
        layers.append(hex_layer(hexagons, hex_label))
    markers = places is not None and hexagons is None
    has_clusters = clusters is not None and len(clusters) > 0
    if extras:
        if has_clusters:
            layers.extend(cluster_layers(clusters))
        if markers:
            layers.append(marker_layer(places, selected_key))
    elif discs := _disc_rows(places if markers else None, clusters if has_clusters else None):
        # a first frame: the markers and clusters as the land's polygons (``first_discs``)
        layers.append(first_discs(discs, view["zoom"]))
    if markers:
        fresh = places[places["key"].isin(set(fresh_keys))]
        if len(fresh):
            layers.append(ring_layer(fresh, FRESH_LAYER, FRESH_COLOR, 3, 2))
        if selected_key is not None:
            chosen = places[places["key"] == selected_key]
            if len(chosen):
                layers.append(selection_layer(chosen))
    return Deck(
        layers=layers,
        views=[map_view()],
        initial_view_state=pdk.ViewState(**view, min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM),
        tooltip=TOOLTIP,
        **(online_style or offline_basemap_style()),
    )
