"""Event records as pandas frames, and the queries the page asks of them.

Pure functions: no Streamlit here, so every filter the reader can set is testable on its own,
and fast enough (vectorised) that a filter change at 10,000 events stays well inside 300 ms.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from pipeline.record import FIELDS
from pipeline.textfold import fold  # noqa: F401  (re-exported: the page searches with it)
from ui.focus import FILED, HAPPENED, focus_columns

COLUMNS = FIELDS

# Age buckets for the marker colour: (upper bound, i18n key, RGBA). Fresh is hot, old is cool.
AGE_BUCKETS: tuple[tuple[timedelta | None, str, list[int]], ...] = (
    (timedelta(hours=1), "age_1h", [215, 38, 39, 225]),
    (timedelta(hours=6), "age_6h", [244, 109, 67, 220]),
    (timedelta(hours=24), "age_24h", [240, 180, 40, 215]),
    (timedelta(days=7), "age_7d", [102, 163, 210, 210]),
    (None, "age_old", [90, 100, 140, 200]),
)
UNKNOWN_AGE = ("age_unknown", [150, 150, 150, 200])

PLACE_COLUMNS = ["key", "lat", "lon", "place", "count", "headline", "newest", "age", "color"]


def events_frame(records: Iterable[dict], search: bool = True) -> pd.DataFrame:
    """Records to a frame with a UTC ``published`` column (NaT where the time is unknown).

    Adds ``headline``, a place ``key`` (rounded coordinates) and ``_fold`` (folded text for
    search), computed once per data version so that each filter change only compares.
    ``search=False`` leaves ``_fold`` empty: for records fetched only to be shown.
    """
    df = pd.DataFrame(list(records))
    for column in COLUMNS:
        if column not in df.columns:
            df[column] = None
    df = df.astype({"title": object, "text": object})
    df["published"] = pd.to_datetime(
        df["published_at"], utc=True, errors="coerce", format="ISO8601"
    )
    df["headline"] = [
        headline(t, strip_dateline(x, d))
        for t, x, d in zip(df["title"], df["text"], df["dateline"], strict=True)
    ]
    df["agencies"] = [list(a) if isinstance(a, list | tuple) else [] for a in df["agencies"]]
    df["lat"] = pd.to_numeric(df["lat"], errors="coerce")
    df["lon"] = pd.to_numeric(df["lon"], errors="coerce")
    df["_filed_key"] = place_keys(df["lat"], df["lon"])
    df["_filed_name"] = [
        _text(name) or _text(place) or ""
        for name, place in zip(df["location_name"], df["place"], strict=True)
    ]
    df = pd.concat([df, focus_columns(df["focus"], df["lat"], df["lon"])], axis=1)
    df["_focus_key"] = place_keys(df["focus_lat"], df["focus_lon"])
    df["_fold"] = [
        fold(" ".join(_text(v) for v in values)) if search else ""
        for values in zip(
            df["title"],
            df["text"],
            df["dateline"],
            df["_filed_name"],
            df["focus_name"],
            strict=True,
        )
    ]
    return with_mode(df.reset_index(drop=True), FILED)


def place_keys(lat: pd.Series, lon: pd.Series) -> pd.Series:
    """A place key per row (coordinates rounded to 4 decimals), None where unlocated."""
    keys = pd.Series(None, index=lat.index, dtype=object)
    located = lat.notna() & lon.notna()
    if located.any():
        keys[located] = (
            lat[located].round(4).map("{:.4f}".format)
            + ","
            + lon[located].round(4).map("{:.4f}".format)
        )
    return keys


def with_mode(df: pd.DataFrame, where: str) -> pd.DataFrame:
    """The frame placed by ``where``: the dateline ("filed") or the focus ("happened").

    Sets the map's columns (``map_lat``, ``map_lon``, ``key``, ``place_name``, ``map_country``),
    which the filters, places, hexagons and table read; the record's own fields (``lat``,
    ``lon``, ``country_code``...) stay as they are, so downloads keep the record's shape.
    An event without a focus stays at its dateline in "happened".
    """
    out = df.copy(deep=False)
    if where == HAPPENED:
        has = out["focus_lat"].notna()
        out["map_lat"] = out["focus_lat"].where(has, out["lat"])
        out["map_lon"] = out["focus_lon"].where(has, out["lon"])
        out["key"] = out["_focus_key"].where(has, out["_filed_key"])
        out["place_name"] = out["focus_name"].where(
            has & (out["focus_name"] != ""), out["_filed_name"]
        )
        out["map_country"] = out["focus_country"].where(has, out["country_code"])
    else:
        out["map_lat"], out["map_lon"] = out["lat"], out["lon"]
        out["key"], out["place_name"] = out["_filed_key"], out["_filed_name"]
        out["map_country"] = out["country_code"]
    return out


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


DATELINE_DASHES = "-–—"


def strip_dateline(text: object, dateline: object) -> str | None:
    """The brief's words after its dateline ('WASHINGTON (ANP) - '), for a readable headline."""
    if not isinstance(text, str):
        return None
    if isinstance(dateline, str) and dateline and text.startswith(dateline):
        rest = text[len(dateline) :].lstrip()
        if rest[:1] and rest[0] in DATELINE_DASHES:
            rest = rest[1:]
        return rest.lstrip() or text
    return text


def headline(title: str | None, text: str | None) -> str:
    """The brief's headline, or its first sentence when it has none."""
    if isinstance(title, str) and title.strip():
        return title.strip()
    text = (text if isinstance(text, str) else "").strip()
    for stop in (". ", ".\n"):
        cut = text.find(stop)
        if 0 < cut < 200:
            return text[: cut + 1]
    return text[:160] + ("…" if len(text) > 160 else "")


def dated(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["published"].notna()]


def undated(df: pd.DataFrame) -> pd.DataFrame:
    """Events whose time is unknown: shown apart, never dropped."""
    return df[df["published"].isna()]


def time_bounds(df: pd.DataFrame) -> tuple[datetime, datetime] | None:
    """The earliest and latest known times, or None when no event has a time."""
    times = df["published"].dropna()
    if times.empty:
        return None
    return times.min().to_pydatetime(), times.max().to_pydatetime()


def events_in_window(df: pd.DataFrame, start: datetime, end: datetime) -> pd.DataFrame:
    """The dated events with ``start <= published <= end`` (both ends inclusive)."""
    times = df["published"]
    return df[times.notna() & (times >= pd.Timestamp(start)) & (times <= pd.Timestamp(end))]


@dataclass(frozen=True)
class Filters:
    """Everything the reader narrows the events by (the URL holds the same)."""

    start: datetime | None = None
    end: datetime | None = None
    agencies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    query: str = ""
    include_undated: bool = True
    area: tuple[float, float, float, float] | None = None  # south, west, north, east
    extra: dict = field(default_factory=dict, compare=False)


def _facet_mask(df: pd.DataFrame, f: Filters, skip: str | None = None) -> pd.Series:
    """Rows passing every filter except ``skip`` (so a facet's counts ignore its own choice)."""
    mask = pd.Series(True, index=df.index)
    times = df["published"]
    if f.start is not None or f.end is not None:
        in_window = times.notna()
        if f.start is not None:
            in_window &= times >= pd.Timestamp(f.start)
        if f.end is not None:
            in_window &= times <= pd.Timestamp(f.end)
        mask &= in_window | (times.isna() & f.include_undated)
    elif not f.include_undated:
        mask &= times.notna()
    if f.agencies and skip != "agencies":
        wanted = set(f.agencies)
        mask &= np.array([bool(wanted.intersection(a)) for a in df["agencies"]], dtype=bool)
    if f.countries and skip != "countries":
        mask &= df["map_country"].isin(f.countries)
    if f.langs and skip != "langs":
        mask &= df["lang"].isin(f.langs)
    if f.query.strip():
        for word in fold(f.query).split():
            mask &= df["_fold"].str.contains(word, regex=False)
    if f.area is not None:
        south, west, north, east = f.area
        mask &= df["map_lat"].between(south, north) & df["map_lon"].between(west, east)
    return mask


def apply_filters(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The events the reader asked for: window (plus undated if wanted), facets, search, area."""
    return df[_facet_mask(df, f)]


def facet_counts(df: pd.DataFrame, f: Filters, facet: str) -> dict[str, int]:
    """Counts per value of ``facet`` (agencies, countries, langs) under the other filters.

    Every value that occurs anywhere is listed (count 0 when filtered away), so a chosen value
    never vanishes from its own control.
    """
    column = {"agencies": "agencies", "countries": "map_country", "langs": "lang"}[facet]
    values = df[column]
    if facet == "agencies":
        values = values.explode()
    everything = sorted({v for v in values.dropna() if v != ""})
    narrowed = df[_facet_mask(df, f, skip=facet)][column]
    if facet == "agencies":
        narrowed = narrowed.explode()
    counts = narrowed.dropna().value_counts()
    return {v: int(counts.get(v, 0)) for v in everything}


def age_bucket(age: timedelta | None) -> tuple[str, list[int]]:
    """The legend bucket (i18n key, colour) of an age; unknown age has its own grey."""
    if age is None:
        return UNKNOWN_AGE
    for limit, key, color in AGE_BUCKETS:
        if limit is None or age < limit:
            return key, color
    raise AssertionError("the last bucket is open-ended")


def places(df: pd.DataFrame, reference: datetime | None = None) -> pd.DataFrame:
    """One row per located place: where, how many briefs, the newest headline, age colour.

    Age is measured from ``reference`` (the end of the reader's window) to the place's newest
    brief; a place whose briefs all lack a time gets the 'time unknown' grey.
    """
    located = df[df["key"].notna()]
    if located.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    located = located.sort_values("published", ascending=False, na_position="last", kind="stable")
    grouped = located.groupby("key", sort=False)
    first = grouped.head(1).set_index("key")
    out = pd.DataFrame(
        {
            "key": first.index,
            "lat": first["map_lat"].to_numpy(dtype=float),
            "lon": first["map_lon"].to_numpy(dtype=float),
            "place": first["place_name"].to_numpy(),
            "count": grouped.size().reindex(first.index).to_numpy(dtype=int),
            "headline": first["headline"].to_numpy(),
        }
    )
    newest = first["published"]
    out["newest"] = [None if pd.isna(n) else n.timestamp() for n in newest]
    if reference is None and newest.notna().any():
        reference = newest.max().to_pydatetime()
    keys, colors = [], []
    for n in newest:
        age = None if pd.isna(n) or reference is None else reference - n.to_pydatetime()
        key, color = age_bucket(age if age is None else max(age, timedelta(0)))
        keys.append(key)
        colors.append(color)
    out["age"] = keys
    out["color"] = colors
    return out


def briefs_at(df: pd.DataFrame, key: str) -> pd.DataFrame:
    """Every brief at one place, newest first (unknown times last)."""
    return df[df["key"] == key].sort_values("published", ascending=False, na_position="last")


def timeline(
    df: pd.DataFrame,
    bounds: tuple[datetime, datetime],
    step: timedelta,
    window: tuple[datetime, datetime] | None,
) -> pd.DataFrame:
    """Events per ``step`` over the whole span, each bin marked inside or outside the window.

    The chart shows where the window sits in the news, and what the play control will reach.
    """
    start = pd.Timestamp(bounds[0]).floor(step)
    end = pd.Timestamp(bounds[1]).floor(step)
    bins = pd.date_range(start, end, freq=step)
    counts = dated(df)["published"].dt.floor(step).value_counts()
    out = pd.DataFrame({"time": bins, "events": counts.reindex(bins, fill_value=0).to_numpy()})
    return mark_window(out, step, window)


def mark_window(out: pd.DataFrame, step: timedelta, window) -> pd.DataFrame:
    """Mark the timeline's bins (``time`` column, ``step`` wide) that overlap the window."""
    if window is None:
        out["in_window"] = True
    else:
        low, high = (pd.Timestamp(w) for w in window)
        out["in_window"] = (out["time"] + step > low) & (out["time"] <= high)
    return out


def hourly_counts(df: pd.DataFrame, start: datetime, end: datetime) -> pd.DataFrame:
    """Events per hour over ``[start, end]``, with zero for the empty hours."""
    hours = pd.date_range(
        pd.Timestamp(start).floor("h"), pd.Timestamp(end).floor("h"), freq="h", tz="UTC"
    )
    counts = dated(df)["published"].dt.floor("h").value_counts()
    return pd.DataFrame({"hour": hours, "events": counts.reindex(hours, fill_value=0).to_numpy()})


# --- Aggregation: hexagons binned here (not on the GPU) so each cell has a count to show and
# a clickable extent the page can zoom the filters into.

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


def hexbins(df: pd.DataFrame, size: float) -> pd.DataFrame:
    """Pointy-top hexagons of radius ``size`` (Mercator metres) with the events they hold.

    Columns: ``hex`` (an id), ``count``, ``polygon`` (lon/lat ring) and ``bbox`` (south, west,
    north, east) of the cell, for zooming the filters into it.
    """
    located = df[df["key"].notna()]
    if located.empty:
        return pd.DataFrame(columns=HEX_COLUMNS)
    q, r = hex_cells(located["map_lat"].to_numpy(float), located["map_lon"].to_numpy(float), size)
    cells = pd.DataFrame({"q": q, "r": r})
    counts = cells.value_counts().reset_index(name="count")
    return hex_frame(counts["q"].to_numpy(), counts["r"].to_numpy(), counts["count"], size)


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
    """The cells ``(q, r)`` with their counts as the page's hexagon rows (see ``hexbins``)."""
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


def to_records(df: pd.DataFrame) -> list[dict]:
    """Rows back to event records (FIELDS only, None for missing), for the downloads."""
    out = []
    for row in df[list(FIELDS)].itertuples(index=False, name=None):
        record = {}
        for key, value in zip(FIELDS, row, strict=True):
            if isinstance(value, float) and math.isnan(value) or value is pd.NaT:
                value = None
            record[key] = value
        out.append(record)
    return out
