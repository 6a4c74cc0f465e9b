"""The events as columns, for the page's questions (issue 8): ``EventIndex`` and its providers.

``EventIndex`` holds, for every event, only what the page filters, counts and places by: the time
(int64 microseconds), the dateline's and the focus's coordinates, coded names, countries and
languages, and the agencies as (event, agency) pairs. It is plain arrays plus the code tables
(``EventIndex.arrays``), so it can be built from any columnar source: a batch read of the store
(``from_store``), records held in memory (``from_records``), or arrays kept on disk. It weighs
about 100 bytes per event and answers with boolean masks and ``np.bincount``.

Full records, with their text, come from the index's *provider* only for what is shown:
``Store`` itself, or ``MemoryRecords`` for a records file and the bundled sample. Both have the
same three methods (``iter_columns``, ``records``, ``count``) and the same row order:
``Store.events()``'s (time ascending, undated last, then insertion).

What the page makes of these columns (where a marker goes, which filters apply, hexagons) is
presentation and lives beside the page, in ``ui.engine``.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd

from geo.distance import haversine_km as distance_km  # noqa: F401 (re-exported for the page)
from pipeline.textfold import search_text, word_pattern

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
    "first_seen",  # when the store first saw the event (None for records held in memory)
    "hidden",  # hidden from the page by a reader (the store's column; absent elsewhere)
)
# What an event is searched by (``pipeline.textfold.search_text``), for records in memory.
SEARCH_COLUMNS = ("title", "text", "dateline", "place", "location_name", "focus")


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


def _agency_list(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    if isinstance(value, list | tuple):
        return tuple(v for v in value if isinstance(v, str))
    return ()


@dataclass(frozen=True, eq=False)
class EventIndex:
    """Columns of every event, row ``i`` the ``i``-th event in the provider's order.

    Codes index the tables (``names``, ``countries``, ``langs``, ``agencies``); -1 is "none".
    Read-only once built: sessions share one index, so nothing may write onto it.
    """

    ids: np.ndarray  # S32
    time: np.ndarray  # int64 µs since the epoch, NO_TIME when undated
    dated: np.ndarray  # bool
    arrived: np.ndarray  # int64 µs: when the event was first seen, NO_TIME when unknown
    hidden: np.ndarray  # bool: hidden from the page by a reader
    lat: np.ndarray  # float64, NaN when unlocated (the dateline's location)
    lon: np.ndarray
    focus_lat: np.ndarray  # float64, NaN when the record has no focus with coordinates
    focus_lon: np.ndarray
    filed_name: np.ndarray  # int32 code into names: the location's name, else the place
    focus_name: np.ndarray  # int32 code into names ("" when there is no focus)
    filed_country: np.ndarray  # int32 code into countries
    focus_country: np.ndarray
    lang: np.ndarray  # int32 code into langs
    pair_event: np.ndarray  # int32: the agencies as (event row, agency code) pairs
    pair_agency: np.ndarray
    names: tuple[str, ...]
    countries: tuple[str, ...]
    langs: tuple[str, ...]
    agencies: tuple[str, ...]

    @property
    def n(self) -> int:
        return len(self.ids)

    def arrays(self) -> dict[str, object]:
        """Every field by name: what a snapshot keeps, and what ``EventIndex(**arrays)`` takes."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_batches(cls, batches: Iterable[list[tuple]]) -> EventIndex:
        """Build from batches of rows in ``INDEX_COLUMNS`` order (see ``from_store``).

        Batch by batch, so that no more than one batch of Python objects lives at a time: the
        peak memory of a build stays near the size of the finished arrays.
        """
        return _build(batches)

    @classmethod
    def from_store(cls, store, batch: int = 20_000) -> EventIndex:
        """From any provider with ``iter_columns`` (the ``Store``, ``MemoryRecords``)."""
        return cls.from_batches(store.iter_columns(INDEX_COLUMNS, batch=batch))

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> EventIndex:
        """From records already in the provider's order (see ``MemoryRecords``)."""
        return cls.from_batches([[tuple(r.get(k) for k in INDEX_COLUMNS) for r in records]])

    @property
    def nbytes(self) -> int:
        return sum(v.nbytes for v in self.arrays().values() if isinstance(v, np.ndarray))

    # --- Questions ----------------------------------------------------------------------------

    def time_bounds(self) -> tuple[datetime, datetime] | None:
        if not self.dated.any():
            return None
        times = self.time[self.dated]
        return from_us(times.min()), from_us(times.max())

    def time_mask(
        self, start: datetime | None, end: datetime | None, include_undated: bool
    ) -> np.ndarray | None:
        """Events with ``start <= time <= end`` (plus the undated ones if asked); None: all."""
        if start is None and end is None:
            return None if include_undated else self.dated
        m = self.dated.copy()
        if start is not None:
            m &= self.time >= to_us(start)
        if end is not None:
            m &= self.time <= to_us(end)
        if include_undated:
            m |= ~self.dated
        return m

    def agency_mask(self, values: Iterable[str]) -> np.ndarray:
        """Events carrying any of the agencies ``values``."""
        hit = code_lookup(self.agencies, values)[self.pair_agency]
        has = np.zeros(self.n, dtype=bool)
        has[self.pair_event[hit]] = True
        return has

    def agency_counts(self, mask: np.ndarray | None = None) -> np.ndarray:
        """Events per agency code (under ``mask``; every event when None)."""
        pairs = self.pair_agency if mask is None else self.pair_agency[mask[self.pair_event]]
        return np.bincount(pairs, minlength=len(self.agencies))

    def newest_first(self, rows: np.ndarray) -> np.ndarray:
        """``rows`` ordered newest first, undated last, ties in row order (a stable sort)."""
        t = self.time[rows]
        undated = ~self.dated[rows]
        return rows[np.lexsort((rows, -np.where(undated, 0, t), undated))]

    def histogram(self, mask: np.ndarray, start: datetime, step: timedelta, bins: int):
        """Dated events under ``mask`` per ``step`` from ``start`` (``bins`` bins)."""
        step_us = step // timedelta(microseconds=1)
        t = self.time[mask & self.dated]
        slot = (t - to_us(start)) // step_us
        slot = slot[(slot >= 0) & (slot < bins)]
        return np.bincount(slot, minlength=bins)[:bins]

    def id_list(self, rows: Iterable[int]) -> list[str]:
        return [i.decode() for i in self.ids[np.asarray(rows, dtype=np.int64)]]


def code_lookup(table: tuple[str, ...], values: Iterable[str]) -> np.ndarray:
    """A lookup by code: True for the codes of ``values``; code -1 (missing) is False."""
    wanted = set(values)
    out = np.zeros(len(table) + 1, dtype=bool)
    for i, v in enumerate(table):
        out[i] = v in wanted
    return out


_PARTS = {
    "ids": "S32",
    "time": np.int64,
    "dated": bool,
    "arrived": np.int64,
    "hidden": bool,
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


def _micros(values) -> tuple[np.ndarray, np.ndarray]:
    """Times (ISO text or datetimes) as (known, int64 µs since the epoch)."""
    times = pd.to_datetime(
        pd.Series(values, dtype=object), utc=True, errors="coerce", format="ISO8601"
    )
    known = times.notna().to_numpy()
    return known, times.dt.as_unit("us").to_numpy(dtype="datetime64[us]").astype(np.int64)


def _build(batches: Iterable[list[tuple]]) -> EventIndex:
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
        (ids, published, lat, lon, country, lang, agencies, location, place, focus, seen,
         hidden) = zip(*rows, strict=True)  # fmt: skip
        parts["ids"].append(np.array(ids, dtype="S32"))
        dated, us = _micros(published)
        parts["dated"].append(dated)
        parts["time"].append(np.where(dated, us, NO_TIME))
        known, first = _micros(seen)
        parts["arrived"].append(np.where(known, first, NO_TIME))
        parts["hidden"].append(np.array([bool(h) for h in hidden], dtype=bool))
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
    whole = {k: np.concatenate(v) if v else np.array([], dtype=_PARTS[k]) for k, v in parts.items()}
    return EventIndex(
        **whole,
        pair_event=np.array(pair_event, dtype=np.int32),
        pair_agency=np.array(pair_agency, dtype=np.int32),
        names=tuple(names),
        countries=tuple(countries),
        langs=tuple(langs),
        agencies=tuple(agency_code),
    )


# --- Providers: where the index's rows and the full records come from ------------------------


class MemoryRecords:
    """Records held in memory (a records file, the bundled sample) as an index provider.

    The same three methods as ``Store`` (``iter_columns``, ``records``, ``count``) and the same
    row order, so the page asks both alike. A record seen twice (the same ``id``) counts once;
    a record without an id gets the one its text gives, as the store would.
    """

    def __init__(self, records: Iterable[dict]) -> None:
        from pipeline.record import event_id

        by_id: dict[str, dict] = {}
        for record in records:
            key = record.get("id") or event_id(_str(record.get("text")))
            if key not in by_id:
                by_id[key] = {**record, "id": key}
        rows = list(by_id.values())
        dated, us = _micros([r.get("published_at") for r in rows])
        undated = ~dated
        # Oldest first, undated last, ties in arrival order (as the store's ``seq`` breaks them).
        order = np.lexsort((np.arange(len(rows)), np.where(undated, 0, us), undated))
        self._rows = [rows[i] for i in order]
        self._by_id = {r["id"]: r for r in self._rows}

    def count(self) -> int:
        return len(self._rows)

    def extended(self, records: Iterable[dict]) -> MemoryRecords:
        """These records plus ``records`` (a known id keeps the record already held)."""
        return MemoryRecords([*self._rows, *records])

    def iter_columns(self, names: Iterable[str], *, batch: int = 20_000) -> Iterator[list[tuple]]:
        names = list(names)
        for i in range(0, len(self._rows), batch):
            yield [tuple(r.get(k) for k in names) for r in self._rows[i : i + batch]]

    def records(self, ids: Iterable[str]) -> list[dict]:
        """Records for ``ids``, in the order given (unknown ids are left out)."""
        return [self._by_id[i] for i in dict.fromkeys(ids) if i in self._by_id]


# --- Search ----------------------------------------------------------------------------------


def search_texts(provider, batch: int = 20_000):
    """The folded search text of every event, as Arrow: ``pipeline.textfold.search_text``,
    exactly what the store writes for each event and its full-text index covers.

    Built lazily, only when the reader searches: it reads every event's text once (the costly
    part at 1M events), then each query is a vectorised match.
    """
    import pyarrow as pa

    chunks = []
    for rows in provider.iter_columns(SEARCH_COLUMNS, batch=batch):
        folded = [search_text(dict(zip(SEARCH_COLUMNS, row, strict=True))) for row in rows]
        chunks.append(pa.array(folded, type=pa.large_string()))
    return pa.chunked_array(chunks, type=pa.large_string())


def search_mask(texts, words: Iterable[str]) -> np.ndarray:
    """Events whose folded text holds every (folded) word by the one search rule
    (``pipeline.textfold``): where a word of the text begins, as typed."""
    import pyarrow.compute as pc

    mask = np.ones(len(texts), dtype=bool)
    for word in words:
        if word[:1].isalnum():
            hit = pc.match_substring_regex(texts, word_pattern(word))
        else:  # a word that begins with a sign may occur anywhere: a plain substring
            hit = pc.match_substring(texts, word)
        mask &= hit.to_numpy(zero_copy_only=False).astype(bool)
    return mask
