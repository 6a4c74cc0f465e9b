"""The map: places as age-coloured markers (or hexagons with counts) over the basemap.

The tooltip uses deck.gl's ``text`` form, never ``html``: deck.gl then sets it as plain text,
so a headline holding ``<img onerror=...>`` shows as those characters.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pydeck as pdk

if TYPE_CHECKING:  # pandas only for the hints: the page's first map goes out before it loads
    import pandas as pd

from ui.basemap import basemap_layers, offline_basemap_style, online_basemap_style

EVENTS_LAYER = "events"
HEX_LAYER = "hexagons"
SELECTED_LAYER = "selected"
LINES_LAYER = "focus-lines"
# Dateline-to-focus lines: quiet, half-transparent, readable on both basemaps and on the tiles.
LINE_COLORS = {"light": [70, 80, 100, 150], "dark": [205, 212, 225, 140]}
TOOLTIP = {"text": "{place}\n{headline}"}  # the hexagons fill the same two fields
WORLD_VIEW = {"latitude": 25.0, "longitude": 10.0, "zoom": 0.8}
MAP_HEIGHT = 480
AGGREGATE_ABOVE = 20_000  # visible events above which markers become hexagons


def marker_radius(count: int) -> float:
    """Pixels: grows with the number of briefs, gently, so one busy city does not hide others."""
    return 6.0 + 4.0 * (max(count, 1) ** 0.5 - 1.0)


def view_for(area: tuple[float, float, float, float] | None, width_px: int = 900) -> dict:
    """A view that shows ``area`` (south, west, north, east), or the whole world."""
    if area is None:
        return dict(WORLD_VIEW)
    south, west, north, east = area
    lon_span = max(east - west, 1e-4)
    lat_span = max(north - south, 1e-4)
    zoom_x = math.log2(360.0 * width_px / 512.0 / lon_span)
    zoom_y = math.log2(180.0 * MAP_HEIGHT / 512.0 / lat_span)
    zoom = max(0.0, min(zoom_x, zoom_y, 12.0) - 0.3)
    return {"latitude": (south + north) / 2, "longitude": (west + east) / 2, "zoom": zoom}


def home_view(lats: Iterable[float], lons: Iterable[float], width_px: int = 620) -> dict:
    """A session's first view: every located event in sight (after that, the reader's own)."""
    lats, lons = [float(v) for v in lats], [float(v) for v in lons]
    if not lats:
        return view_for(None)
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
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
    scale = 512.0 * 2 ** float(view["zoom"]) / (2 * math.pi)

    def xy(la: float, lo: float) -> tuple[float, float]:
        la = max(min(la, 85.0511), -85.0511)
        return (
            scale * (math.radians(lo) + math.pi),
            scale * (math.pi - math.log(math.tan(math.pi / 4 + math.radians(la) / 2))),
        )

    x, y = xy(lat, lon)
    x0, y0 = xy(float(view["latitude"]), float(view["longitude"]))
    return width / 2 + x - x0, height / 2 + y - y0


def marker_layer(places: pd.DataFrame) -> pdk.Layer:
    """One pickable marker per place: colour by age (``color``), size by number of briefs."""
    data = places[["key", "lat", "lon", "place", "count", "headline", "color"]].copy()
    data["radius"] = [marker_radius(int(n)) for n in data["count"]]
    return pdk.Layer(
        "ScatterplotLayer",
        id=EVENTS_LAYER,
        data=data,
        get_position="[lon, lat]",
        get_radius="radius",
        radius_units="pixels",
        get_fill_color="color",
        get_line_color=[255, 255, 255, 230],
        line_width_min_pixels=1,
        stroked=True,
        pickable=True,
        auto_highlight=True,
    )


def line_layer(lines: pd.DataFrame, theme: str = "light") -> pdk.Layer:
    """Thin lines from each dateline to where its event happened (``ui.focus.focus_lines``).

    Never pickable: a click or hover goes to the markers, and the tooltip stays theirs.
    """
    data = lines[["from", "to", "count"]].copy()
    return pdk.Layer(
        "LineLayer",
        id=LINES_LAYER,
        data=data,
        get_source_position="from",
        get_target_position="to",
        get_color=LINE_COLORS.get(theme, LINE_COLORS["light"]),
        get_width=1.5,
        width_units="pixels",
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
        id=HEX_LAYER,
        data=data,
        get_polygon="polygon",
        get_fill_color="color",
        get_line_color=[255, 255, 255, 160],
        line_width_min_pixels=1,
        stroked=True,
        pickable=True,
        auto_highlight=True,
    )


def selection_layer(chosen: pd.DataFrame) -> pdk.Layer:
    """A dark ring around the selected place, drawn on top and never picked."""
    data = chosen[["lat", "lon", "count"]].copy()
    data["radius"] = [marker_radius(int(n)) + 6 for n in data["count"]]
    return pdk.Layer(
        "ScatterplotLayer",
        id=SELECTED_LAYER,
        data=data,
        get_position="[lon, lat]",
        get_radius="radius",
        radius_units="pixels",
        filled=False,
        stroked=True,
        get_line_color=[20, 20, 20, 255],
        line_width_min_pixels=3,
        pickable=False,
    )


class Deck(pdk.Deck):
    """pydeck's Deck, serialised by the C JSON encoder: the same JSON without the indentation.

    pydeck indents its JSON, which makes ``json`` fall back to its pure-Python encoder; with the
    offline basemap's polygons that took a quarter of a second on every rerun.
    """

    def to_json(self) -> str:
        from pydeck.bindings.json_tools import default_serialize

        return json.dumps(self, sort_keys=True, default=default_serialize)


def build_deck(
    places: pd.DataFrame | None = None,
    *,
    hexagons: pd.DataFrame | None = None,
    hex_label: str = "{count} events",
    theme: str = "light",
    selected_key: str | None = None,
    view: dict | None = None,
    online: bool = False,
    lines: pd.DataFrame | None = None,
) -> Deck:
    """The deck: basemap, dateline-to-focus lines, markers (or hexagons), the selection ring.

    ``view`` stays the same while only filters change, so Streamlit keeps the reader's pan and
    zoom; it changes only when the page itself moves the map (zooming into a hexagon).
    """
    online_style = online_basemap_style(theme) if online else None
    layers = [] if online else list(basemap_layers(theme))
    if lines is not None and len(lines):
        layers.append(line_layer(lines, theme))
    if hexagons is not None:
        layers.append(hex_layer(hexagons, hex_label))
    elif places is not None:
        layers.append(marker_layer(places))
        if selected_key is not None:
            chosen = places[places["key"] == selected_key]
            if len(chosen):
                layers.append(selection_layer(chosen))
    return Deck(
        layers=layers,
        initial_view_state=pdk.ViewState(**(view or WORLD_VIEW)),
        tooltip=TOOLTIP,
        **(online_style or offline_basemap_style()),
    )
