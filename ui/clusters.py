"""Places grouped into clusters when the map is zoomed out, by a pixel grid at the map's zoom.

Pure numpy on the places frame (``ui.engine.PLACE_COLUMNS``). Two places whose markers would
fall into the same ``CELL_PX`` square at the map's zoom become one cluster, drawn at their
brief-weighted centre with the total; a place alone in its cell stays a marker. Clicking a
cluster zooms the map to the cluster's extent, where its places come apart. The zoom is the
page's own (its buttons, a cluster click, the fly-to of a feed item): deck.gl does not report a
mouse-wheel zoom back to the server.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

CELL_PX = 44.0  # grid cell in screen pixels at the map's zoom
CLUSTER_BELOW_ZOOM = 7.0  # from this zoom on, every place is its own marker
CLUSTER_COLUMNS = ["cluster", "lat", "lon", "count", "places", "bbox", "place", "headline"]


def world_px(lat: np.ndarray, lon: np.ndarray, zoom: float) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator pixel coordinates at ``zoom`` (512-pixel world at zoom 0, as deck.gl)."""
    scale = 512.0 * 2.0**zoom / (2 * math.pi)
    lat = np.clip(lat, -85.0511, 85.0511)
    x = scale * (np.radians(lon) + math.pi)
    y = scale * (math.pi - np.log(np.tan(math.pi / 4 + np.radians(lat) / 2)))
    return x, y


def cluster_places(
    places: pd.DataFrame, zoom: float, label: str = "{places} places, {count} briefs"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(markers, clusters)``: the places left alone, and the clusters of the others.

    ``clusters`` has ``CLUSTER_COLUMNS``: an id, the centre, the briefs and places it holds, its
    extent (south, west, north, east) to zoom to, and a tooltip ``place`` made from ``label``.
    """
    empty = pd.DataFrame(columns=CLUSTER_COLUMNS)
    if places.empty or zoom >= CLUSTER_BELOW_ZOOM:
        return places, empty
    lat = places["lat"].to_numpy(float)
    lon = places["lon"].to_numpy(float)
    x, y = world_px(lat, lon, zoom)
    cells = pd.Series(
        (np.floor(x / CELL_PX).astype(np.int64) << 32) + np.floor(y / CELL_PX).astype(np.int64)
    )
    sizes = cells.map(cells.value_counts())
    alone = (sizes == 1).to_numpy()
    markers = places[alone]
    grouped = places[~alone].assign(_cell=cells[~alone].to_numpy())
    if grouped.empty:
        return markers, empty
    counts = grouped["count"].to_numpy(float)
    grouped = grouped.assign(_wlat=grouped["lat"] * counts, _wlon=grouped["lon"] * counts)
    agg = grouped.groupby("_cell", sort=False).agg(
        count=("count", "sum"),
        places=("key", "size"),
        wlat=("_wlat", "sum"),
        wlon=("_wlon", "sum"),
        south=("lat", "min"),
        north=("lat", "max"),
        west=("lon", "min"),
        east=("lon", "max"),
    )
    agg = agg.sort_values("count", ascending=False, kind="stable")
    out = pd.DataFrame(
        {
            "cluster": [f"c{int(c)}" for c in agg.index],
            "lat": (agg["wlat"] / agg["count"]).to_numpy(),
            "lon": (agg["wlon"] / agg["count"]).to_numpy(),
            "count": agg["count"].astype(int).to_numpy(),
            "places": agg["places"].astype(int).to_numpy(),
            "bbox": list(zip(agg["south"], agg["west"], agg["north"], agg["east"], strict=True)),
        }
    )
    out["place"] = [
        label.format(places=p, count=c) for p, c in zip(out["places"], out["count"], strict=True)
    ]
    out["headline"] = ""
    return markers, out
