"""The dashboard's questions answered on columns, not on record dicts (issue 8).

``EventIndex`` holds, for every stored event, only what the page filters, counts and places by:
the time (int64 microseconds), dateline and focus coordinates, coded country, language and place,
and the agencies as (event, agency) pairs. It is built once per store version from a columnar
read (``Store.iter_columns``), weighs about 100 bytes per event, and answers a filter change with
boolean masks and ``np.bincount`` (milliseconds at 1M events). Full records, with their text,
are fetched from the store only for what the page shows (``Store.records``).

Row order is ``Store.events()``'s (time ascending, undated last, then insertion), so ties break
the same way as in the page's frame of every record.

The focus reading mirrors ``ui.focus`` (a dict or JSON text with finite, in-range ``lat``/``lon``):
data flows one way, so this module does not import the presentation layer.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd

from pipeline.textfold import fold

FILED, HAPPENED = "filed", "happened"
MOVED_KM = 25.0  # a focus nearer to the dateline than this is the same place on a world map
EARTH_KM = 6371.0088
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NO_TIME = np.iinfo(np.int64).min
INDEX_COLUMNS = (
    "id",
    "published_at",
    "lat",
    "lon",
    "country_code",
    "lang",
    "agencies",
    "location_name",
    "place",
    "focus",
)
# What the page's search looks through, besides the place names the index already holds.
SEARCH_COLUMNS = ("title", "text", "dateline")


def to_us(when: datetime) -> int:
    """An aware instant as integer microseconds since the epoch (exact, no float rounding)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - EPOCH) // timedelta(microseconds=1)


def from_us(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=int(value))


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _stripped(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def coords(item: dict | None) -> tuple[float, float] | None:
    """``(lat, lon)`` of a focus or mention when both are real coordinates, else None."""
    if not item:
        return None
    try:
        lat, lon = float(item.get("lat")), float(item.get("lon"))
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    return lat, lon


def _focus(value: object) -> tuple[float, float, str, str | None] | None:
    """``(lat, lon, name, country)`` of a focus (dict or JSON text), None when it has no place."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if not isinstance(value, dict):
        return None
    point = coords(value)
    if point is None:
        return None
    name = _stripped(value.get("name")) or _stripped(value.get("place"))
    return point[0], point[1], name, _stripped(value.get("country_code")) or None


@functools.lru_cache(maxsize=65_536)
def _focus_cached(value: str):
    # Foci repeat (the same sea, the same capital): parse each JSON spelling once.
    return _focus(value)


_PARTS = {
    "ids": "S32",
    "time": np.int64,
    "dated": bool,
    "lat": float,
    "lon": float,
    "focus_lat": float,
    "focus_lon": float,
    "filed_name": np.int32,
    "focus_name": np.int32,
    "filed_country": np.int32,
    "focus_country": np.int32,
    "lang": np.int32,
}


def _agency_list(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    if isinstance(value, list | tuple):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def _place_keys(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Codes of the page's place key (coordinates rounded to 4 decimals), -1 when unlocated."""
    located = ~(np.isnan(lat) | np.isnan(lon))
    rlat, rlon = np.round(lat[located], 4), np.round(lon[located], 4)
    combined = (np.round(rlat * 1e4).astype(np.int64) + 900_000) * 3_600_001 + (
        np.round(rlon * 1e4).astype(np.int64) + 1_800_000
    )
    uniq, first, inverse = np.unique(combined, return_index=True, return_inverse=True)
    codes = np.full(len(lat), -1, dtype=np.int32)
    codes[located] = inverse.astype(np.int32)
    keys = [f"{a:.4f},{b:.4f}" for a, b in zip(rlat[first], rlon[first], strict=True)]
    return codes, keys


@dataclass
class Placing:
    """Where the map puts each event in one mode (dateline or focus)."""

    lat: np.ndarray  # float64, NaN when unlocated
    lon: np.ndarray
    key: np.ndarray  # int32 code into ``keys``, -1 when unlocated
    keys: list[str]
    name: np.ndarray  # int32 code into ``EventIndex.names``
    country: np.ndarray  # int32 code into ``EventIndex.countries``, -1 when none


class EventIndex:
    """Columns of every event, for masks and counts; see the module docstring."""

    def __init__(self, batches: Iterable[list[tuple]]) -> None:
        """Build from batches of rows in ``INDEX_COLUMNS`` order (see ``from_store``).

        Batch by batch, so that no more than one batch of Python objects lives at a time: the
        peak memory of a build stays near the size of the finished arrays.
        """
        names: dict[str, int] = {}
        countries: dict[str, int] = {}
        langs: dict[str, int] = {}
        agency_code: dict[str, int] = {}
        spellings: dict[object, tuple[int, ...]] = {}
        parts: dict[str, list[np.ndarray]] = {k: [] for k in _PARTS}
        pair_event: list[int] = []
        pair_agency: list[int] = []
        offset = 0

        def code(table: dict[str, int], value: object) -> int:
            if not isinstance(value, str):
                return -1
            return table.setdefault(value, len(table))

        for rows in batches:
            if not rows:
                continue
            ids, published, lat, lon, country, lang, agencies, location, place, focus = zip(
                *rows, strict=True
            )
            parts["ids"].append(np.array(ids, dtype="S32"))
            times = pd.to_datetime(
                pd.Series(published, dtype=object), utc=True, errors="coerce", format="ISO8601"
            )
            dated = times.notna().to_numpy()
            us = times.dt.as_unit("us").to_numpy(dtype="datetime64[us]").astype(np.int64)
            parts["dated"].append(dated)
            parts["time"].append(np.where(dated, us, NO_TIME))
            for key, values in (("lat", lat), ("lon", lon)):
                numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
                parts[key].append(numbers.to_numpy(dtype=float))
            foci = [_focus_cached(f) if isinstance(f, str) else _focus(f) for f in focus]
            parts["focus_lat"].append(np.array([f[0] if f else np.nan for f in foci]))
            parts["focus_lon"].append(np.array([f[1] if f else np.nan for f in foci]))
            parts["filed_name"].append(
                np.array(
                    [code(names, _str(a) or _str(b)) for a, b in zip(location, place, strict=True)],
                    dtype=np.int32,
                )
            )
            parts["focus_name"].append(
                np.array([code(names, f[2] if f else "") for f in foci], dtype=np.int32)
            )
            parts["filed_country"].append(
                np.array([code(countries, c) for c in country], dtype=np.int32)
            )
            parts["focus_country"].append(
                np.array([code(countries, f[3] if f else None) for f in foci], dtype=np.int32)
            )
            parts["lang"].append(np.array([code(langs, v) for v in lang], dtype=np.int32))
            # Agencies as (event, agency) pairs: one parse per distinct spelling of the list.
            for row, value in enumerate(agencies, start=offset):
                key = value if isinstance(value, str) or value is None else json.dumps(value)
                got = spellings.get(key)
                if got is None:
                    got = tuple(code(agency_code, a) for a in dict.fromkeys(_agency_list(value)))
                    spellings[key] = got
                for agency in got:
                    pair_event.append(row)
                    pair_agency.append(agency)
            offset += len(rows)
        whole = {
            k: np.concatenate(v) if v else np.array([], dtype=_PARTS[k]) for k, v in parts.items()
        }
        self.n = offset
        self.ids, self.time, self.dated = whole["ids"], whole["time"], whole["dated"]
        self.lat, self.lon = whole["lat"], whole["lon"]
        self.focus_lat, self.focus_lon = whole["focus_lat"], whole["focus_lon"]
        far = distance_km(self.lat, self.lon, self.focus_lat, self.focus_lon)
        self.focus_moved = np.nan_to_num(far, nan=0.0) > MOVED_KM
        self.names, self.countries = list(names), list(countries)
        self.langs, self.agencies = list(langs), list(agency_code)
        self.lang = whole["lang"]
        self.filed_name, self.focus_name = whole["filed_name"], whole["focus_name"]
        filed_country, focus_country = whole["filed_country"], whole["focus_country"]
        has = ~np.isnan(self.focus_lat)
        filed_key, filed_keys = _place_keys(self.lat, self.lon)
        self.placings = {FILED: Placing(self.lat, self.lon, filed_key, filed_keys,
                                        self.filed_name, filed_country)}  # fmt: skip
        happened_lat = np.where(has, self.focus_lat, self.lat)
        happened_lon = np.where(has, self.focus_lon, self.lon)
        key, keys = _place_keys(happened_lat, happened_lon)
        empty = names.get("", -2)
        name = np.where(has & (self.focus_name != empty), self.focus_name, self.filed_name)
        country = np.where(has, focus_country, filed_country).astype(np.int32)
        self.placings[HAPPENED] = Placing(happened_lat, happened_lon, key, keys, name, country)
        self.pair_event = np.array(pair_event, dtype=np.int32)
        self.pair_agency = np.array(pair_agency, dtype=np.int32)

    @classmethod
    def from_store(cls, store, batch: int = 20_000) -> EventIndex:
        return cls(store.iter_columns(INDEX_COLUMNS, batch=batch))

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> EventIndex:
        return cls([[tuple(r.get(k) for k in INDEX_COLUMNS) for r in records]])

    @property
    def nbytes(self) -> int:
        arrays = [self.ids, self.time, self.dated, self.lat, self.lon, self.focus_lat,
                  self.focus_lon, self.focus_moved, self.lang, self.filed_name, self.focus_name,
                  self.pair_event, self.pair_agency]  # fmt: skip
        for p in self.placings.values():
            arrays += [p.lat, p.lon, p.key, p.name, p.country]
        return sum(a.nbytes for a in arrays)

    # --- Questions ----------------------------------------------------------------------------

    def time_bounds(self) -> tuple[datetime, datetime] | None:
        if not self.dated.any():
            return None
        times = self.time[self.dated]
        return from_us(times.min()), from_us(times.max())

    def mask(self, f, where: str = FILED, skip: str | None = None, search=None) -> np.ndarray:
        """Events passing the filters ``f`` (a ``ui.frames.Filters``), except facet ``skip``.

        ``search`` is the boolean mask of the free-text query (see ``search_mask``); the index
        keeps no text, so the caller computes it when ``f.query`` is set. The mask of each
        filter is kept for the last few filter sets: a rerun asks for the same ones up to five
        times (the facets' counts, the shown events, the timeline).
        """
        parts = self._parts(f, where, search)
        m = None
        for name, part in parts.items():
            if part is None or name == skip:
                continue
            m = part.copy() if m is None else m & part
        return np.ones(self.n, dtype=bool) if m is None else m

    def _parts(self, f, where: str, search) -> dict[str, np.ndarray | None]:
        key = (f.start, f.end, f.include_undated, tuple(f.agencies), tuple(f.countries),
               tuple(f.langs), f.area, where, id(search) if f.query.strip() else None)  # fmt: skip
        cache = self.__dict__.setdefault("_mask_cache", {})
        if key in cache:
            return cache[key]
        p = self.placings[where]
        parts: dict[str, np.ndarray | None] = dict.fromkeys(
            ("time", "agencies", "countries", "langs", "search", "area")
        )
        if f.start is not None or f.end is not None:
            m = self.dated.copy()
            if f.start is not None:
                m &= self.time >= to_us(f.start)
            if f.end is not None:
                m &= self.time <= to_us(f.end)
            if f.include_undated:
                m |= ~self.dated
            parts["time"] = m
        elif not f.include_undated:
            parts["time"] = self.dated
        if f.agencies:
            hit = self._table_mask(self.agencies, f.agencies)[self.pair_agency]
            has = np.zeros(self.n, dtype=bool)
            has[self.pair_event[hit]] = True
            parts["agencies"] = has
        if f.countries:
            parts["countries"] = self._table_mask(self.countries, f.countries)[p.country]
        if f.langs:
            parts["langs"] = self._table_mask(self.langs, f.langs)[self.lang]
        if f.query.strip() and search is not None:
            parts["search"] = search
        if f.area is not None:
            south, west, north, east = f.area
            with np.errstate(invalid="ignore"):
                parts["area"] = (
                    (p.lat >= south) & (p.lat <= north) & (p.lon >= west) & (p.lon <= east)
                )
        try:  # the index is shared by sessions' threads: a race only costs a recomputation
            while len(cache) >= 3:
                cache.pop(next(iter(cache)), None)
        except (StopIteration, RuntimeError):
            pass
        cache[key] = parts
        return parts

    def _table_mask(self, table: list, values: Iterable[str]) -> np.ndarray:
        """A lookup by code: True for the codes of ``values``; code -1 (missing) is False."""
        wanted = set(values)
        out = np.zeros(len(table) + 1, dtype=bool)
        for i, v in enumerate(table):
            out[i] = v in wanted
        return out

    def facet_counts(
        self, f, facet: str, where: str = FILED, search=None, mask=None
    ) -> dict[str, int]:
        """Counts per value of ``facet`` under the other filters; every value that occurs is
        listed, sorted, so a chosen value never vanishes from its own control."""
        if mask is None:
            mask = self.mask(f, where, skip=facet, search=search)
        if facet == "agencies":
            table = self.agencies
            everything = np.bincount(self.pair_agency, minlength=len(table))
            counts = np.bincount(self.pair_agency[mask[self.pair_event]], minlength=len(table))
        else:
            codes = self.placings[where].country if facet == "countries" else self.lang
            table = self.countries if facet == "countries" else self.langs
            known = codes >= 0
            everything = np.bincount(codes[known], minlength=len(table))
            counts = np.bincount(codes[known & mask], minlength=len(table))
        listed = sorted(
            (v, int(counts[i])) for i, v in enumerate(table) if everything[i] and v != ""
        )
        return dict(listed)

    def newest_first(self, rows: np.ndarray) -> np.ndarray:
        """``rows`` ordered newest first, undated last, ties in row order (a stable sort)."""
        t = self.time[rows]
        undated = ~self.dated[rows]
        return rows[np.lexsort((rows, -np.where(undated, 0, t), undated))]

    def groups(self, mask: np.ndarray, where: str = FILED):
        """Located events under ``mask`` grouped by place, in the order of each place's newest.

        Returns ``(first_rows, counts)``: the newest event's row and the count per place.
        """
        key = self.placings[where].key
        rows = self.newest_first(np.flatnonzero(mask & (key >= 0)))
        if not len(rows):
            return rows, np.array([], dtype=int)
        _, first, counts = np.unique(key[rows], return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return rows[first[order]], counts[order]

    def rows_at(self, mask: np.ndarray, key: str, where: str = FILED) -> np.ndarray:
        """Rows under ``mask`` at place ``key``, newest first."""
        p = self.placings[where]
        try:
            code = p.keys.index(key)
        except ValueError:
            return np.array([], dtype=np.int64)
        return self.newest_first(np.flatnonzero(mask & (p.key == code)))

    def histogram(self, mask: np.ndarray, start: datetime, step: timedelta, bins: int):
        """Dated events under ``mask`` per ``step`` from ``start`` (``bins`` bins)."""
        step_us = step // timedelta(microseconds=1)
        t = self.time[mask & self.dated]
        slot = (t - to_us(start)) // step_us
        slot = slot[(slot >= 0) & (slot < bins)]
        return np.bincount(slot, minlength=bins)[:bins]

    def id_list(self, rows: Iterable[int]) -> list[str]:
        return [i.decode() for i in self.ids[np.asarray(rows, dtype=np.int64)]]


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km (haversine); works on scalars and numpy arrays alike."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def search_texts(store, index: EventIndex, batch: int = 20_000):
    """The folded search text of every event (title, text, dateline, place names), as Arrow.

    Built lazily, only when the reader searches: it reads every event's text once (the costly
    part at 1M events), then each query is a vectorised substring match.
    """
    import pyarrow as pa

    chunks = []
    row = 0
    for rows in store.iter_columns(SEARCH_COLUMNS, batch=batch):
        folded = []
        for title, text, dateline in rows:
            names = index.names[index.filed_name[row]], index.names[index.focus_name[row]]
            folded.append(fold(" ".join((_str(title), _str(text), _str(dateline), *names))))
            row += 1
        chunks.append(pa.array(folded, type=pa.large_string()))
    return pa.chunked_array(chunks, type=pa.large_string())


def search_mask(texts, words: Iterable[str]) -> np.ndarray:
    """Events whose folded text holds every (folded) word."""
    import pyarrow.compute as pc

    mask = np.ones(len(texts), dtype=bool)
    for word in words:
        hit = pc.match_substring(texts, word).to_numpy(zero_copy_only=False)
        mask &= hit.astype(bool)
    return mask
