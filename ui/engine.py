"""The page's questions, answered on the events' columns: the only engine under the page.

One ``Engine`` per data version, shared read-only by every session: the ``EventIndex`` (numpy
columns, see ``pipeline.query``) of a store, a records file or the bundled sample, and its
provider, which hands over full records only for what is shown (the places' headlines, the
selected place's briefs, the feed, the table's page, the downloads).

What is the page's and not the pipeline's lives here: where a marker goes in each mode
(``Placing``), the reader's ``Filters`` as masks, facet counts, places, hexagons, the timeline.
The engine's caches (masks of the last filter sets, search masks, hexagon cells, fetched
records) are its own fields, bounded and guarded by one lock: sessions run in threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from pipeline.query import EventIndex, code_lookup, distance_km, from_us, search_mask, search_texts
from pipeline.record import FIELDS
from pipeline.textfold import fold
from ui.ages import age_bucket
from ui.briefs import brief_view, record_headline
from ui.focus import FILED, HAPPENED, MOVED_KM, focus_lines
from ui.hexes import HEX_COLUMNS, hex_cells, hex_frame

PLACE_COLUMNS = [
    "key", "lat", "lon", "place", "count", "headline", "newest", "age", "color", "row"
]  # fmt: skip
TABLE_ROWS = 1_000  # rows of the events table sent to the browser
FETCH_CHUNK = 5_000
FACETS = ("agencies", "countries", "langs")


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
    show_hidden: bool = False  # the events readers hid (in the store, or this session's)
    hide: frozenset[str] = frozenset()  # ids hidden in this session (a source without a store)

    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.query).split())


@dataclass(frozen=True, eq=False)
class Placing:
    """Where the map puts each event in one mode (dateline or focus)."""

    lat: np.ndarray  # float64, NaN when unlocated
    lon: np.ndarray
    key: np.ndarray  # int32 code into ``keys``, -1 when unlocated
    keys: list[str]
    name: np.ndarray  # int32 code into ``EventIndex.names``
    country: np.ndarray  # int32 code into ``EventIndex.countries``, -1 when none


def place_codes(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Codes of the page's place key (coordinates rounded to 4 decimals), -1 when unlocated.

    Codes follow the keys' numeric order. A hash table (``pd.factorize``), not a sort: at a
    million events this is most of what opening the page costs.
    """
    located = ~(np.isnan(lat) | np.isnan(lon))
    qlat = np.round(lat[located] * 1e4).astype(np.int64) + 900_000
    qlon = np.round(lon[located] * 1e4).astype(np.int64) + 1_800_000
    inverse, uniques = pd.factorize(qlat * 3_600_001 + qlon, sort=True)
    codes = np.full(len(lat), -1, dtype=np.int32)
    codes[located] = inverse.astype(np.int32)
    ulat = (uniques // 3_600_001 - 900_000) / 1e4
    ulon = (uniques % 3_600_001 - 1_800_000) / 1e4
    keys = [f"{a:.4f},{b:.4f}" for a, b in zip(ulat.tolist(), ulon.tolist(), strict=True)]
    return codes, keys


def placing(ix: EventIndex, where: str) -> Placing:
    """One mode: at the dateline ("filed"), or at the focus where there is one ("happened")."""
    if where == FILED:
        key, keys = place_codes(ix.lat, ix.lon)
        return Placing(ix.lat, ix.lon, key, keys, ix.filed_name, ix.filed_country)
    has = ~np.isnan(ix.focus_lat)
    lat = np.where(has, ix.focus_lat, ix.lat)
    lon = np.where(has, ix.focus_lon, ix.lon)
    key, keys = place_codes(lat, lon)
    empty = ix.names.index("") if "" in ix.names else -2
    name = np.where(has & (ix.focus_name != empty), ix.focus_name, ix.filed_name)
    country = np.where(has, ix.focus_country, ix.filed_country).astype(np.int32)
    return Placing(lat, lon, key, keys, name, country)


def placings(ix: EventIndex) -> dict[str, Placing]:
    """Both modes (see ``placing``)."""
    return {where: placing(ix, where) for where in (FILED, HAPPENED)}


class _Placings:
    """``engine.placings[where]``, each mode worked out when first asked (under the engine's
    lock): opening a large store need not place every event in both modes at once."""

    def __init__(self, index: EventIndex, lock: threading.Lock) -> None:
        self.index, self.lock, self.done = index, lock, {}

    def __getitem__(self, where: str) -> Placing:
        got = self.done.get(where)
        if got is None:
            if where not in (FILED, HAPPENED):
                raise KeyError(where)
            got = placing(self.index, where)
            with self.lock:
                got = self.done.setdefault(where, got)
        return got


class _Memo:
    """A small bounded mapping (oldest out first); the caller holds the engine's lock."""

    def __init__(self, size: int) -> None:
        self.size, self.items = size, OrderedDict()

    def get(self, key):
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)
        return value

    def put(self, key, value) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        while len(self.items) > self.size:
            self.items.popitem(last=False)


class Engine:
    """The events of one data version: the index, its provider, and the page's questions."""

    def __init__(self, index: EventIndex, provider, seq: np.ndarray | None = None) -> None:
        self.index, self.provider = index, provider
        self.seq = seq  # each row's ``seq`` in the store, when the index came from a snapshot
        self.total = index.n
        self._lock = threading.Lock()
        self.placings = _Placings(index, self._lock)
        self._moved: np.ndarray | None = None
        self._texts = None
        self._rows = None  # seq (or id) -> row, built at the first store search
        self._masks = _Memo(4)  # a rerun asks for the same filters up to five times
        self._searches = _Memo(8)
        self._cells = _Memo(4)
        self._records = _Memo(20_000)

    @property
    def focus_moved(self) -> np.ndarray:
        """Events whose focus lies ``MOVED_KM`` or more from the dateline (worked out once)."""
        if self._moved is None:
            ix = self.index
            far = distance_km(ix.lat, ix.lon, ix.focus_lat, ix.focus_lon)
            self._moved = np.nan_to_num(far, nan=0.0) > MOVED_KM
        return self._moved

    @classmethod
    def of(cls, provider) -> Engine:
        """The engine of a provider (``Store`` or ``pipeline.query.MemoryRecords``); a store's
        index comes from its snapshot, brought up to date (``pipeline.snapshot``)."""
        if callable(getattr(provider, "index_state", None)):
            from pipeline import snapshot

            snap = snapshot.current_snapshot(provider)
            return cls(snap.index, provider, snap.seq)
        return cls(EventIndex.from_store(provider), provider)

    # --- The whole data ------------------------------------------------------------------------

    def bounds(self) -> tuple[datetime, datetime] | None:
        return self.index.time_bounds()

    def undated_total(self) -> int:
        return int((~self.index.dated).sum())

    def arrived_after(self, mask: np.ndarray, when: datetime) -> np.ndarray:
        """Events under ``mask`` first seen after ``when`` (new since the reader last looked)."""
        from pipeline.query import NO_TIME, to_us

        arrived = self.index.arrived
        return mask & (arrived != NO_TIME) & (arrived > to_us(when))

    # --- Search --------------------------------------------------------------------------------

    def _store_search(self) -> bool:
        """A store searches its own full-text index; records held in memory are scanned here."""
        return callable(getattr(self.provider, "search", None))

    def search_ready(self) -> bool:
        return self._store_search() or self._texts is not None

    def load_search(self) -> None:
        """Read every event's text once, folded, for the search of records held in memory
        (the page shows a spinner); a store needs nothing loaded."""
        if self._texts is None and not self._store_search():
            texts = search_texts(self.provider, self.index)
            with self._lock:
                self._texts = texts

    def rows_of(self, keys: list) -> np.ndarray:
        """Row numbers of the events ``keys`` (their ``seq`` when the engine knows each row's,
        else their ids) in the index; events it does not hold are left out."""
        with self._lock:
            if self._rows is None:
                if self.seq is not None:  # seq -> row in one array: no hashing of a million ids
                    rows = np.full(int(self.seq.max(initial=0)) + 2, -1, dtype=np.int64)
                    rows[self.seq] = np.arange(len(self.seq))
                    self._rows = rows
                else:
                    self._rows = pd.Index(self.index.ids)
            rows = self._rows
        if self.seq is not None:
            wanted = np.asarray(keys, dtype=np.int64)
            found = rows[np.clip(wanted, 0, len(rows) - 1)]
        else:
            found = rows.get_indexer(np.array(keys, dtype="S32"))
        return found[found >= 0]

    def _search(self, words: tuple[str, ...]) -> np.ndarray:
        with self._lock:
            hit = self._searches.get(words)
        if hit is None:
            if self._store_search():
                hit = np.zeros(self.index.n, dtype=bool)
                key = "id" if self.seq is None else "seq"
                hit[self.rows_of(self.provider.search(" ".join(words), key=key))] = True
            else:
                self.load_search()
                hit = search_mask(self._texts, words)
            with self._lock:
                self._searches.put(words, hit)
        return hit

    # --- Masks ---------------------------------------------------------------------------------

    def _parts(self, f: Filters, where: str) -> dict[str, np.ndarray | None]:
        """The mask of each filter (None: it lets everything through), kept for a few sets."""
        key = (f, where)
        with self._lock:
            parts = self._masks.get(key)
        if parts is not None:
            return parts
        ix, p = self.index, self.placings[where]
        parts = dict.fromkeys(("time", *FACETS, "search", "area", "hidden"))
        parts["time"] = ix.time_mask(f.start, f.end, f.include_undated)
        if not f.show_hidden and (f.hide or ix.hidden.any()):
            hide = ix.hidden.copy()
            if f.hide:
                hide |= np.isin(ix.ids, np.array(sorted(f.hide), dtype="S32"))
            parts["hidden"] = ~hide
        if f.agencies:
            parts["agencies"] = ix.agency_mask(f.agencies)
        if f.countries:
            parts["countries"] = code_lookup(ix.countries, f.countries)[p.country]
        if f.langs:
            parts["langs"] = code_lookup(ix.langs, f.langs)[ix.lang]
        if f.words():
            parts["search"] = self._search(f.words())
        if f.area is not None:
            south, west, north, east = f.area
            with np.errstate(invalid="ignore"):
                parts["area"] = (
                    (p.lat >= south) & (p.lat <= north) & (p.lon >= west) & (p.lon <= east)
                )
        with self._lock:
            self._masks.put(key, parts)
        return parts

    def mask(self, f: Filters, where: str = FILED, skip: str | None = None) -> np.ndarray:
        """Events passing the filters ``f``, except facet ``skip``."""
        m = None
        for name, part in self._parts(f, where).items():
            if part is None or name == skip:
                continue
            m = part.copy() if m is None else m & part
        return np.ones(self.index.n, dtype=bool) if m is None else m

    def facet_counts(self, f: Filters, facet: str, where: str = FILED) -> dict[str, int]:
        """Counts per value of ``facet`` under the other filters; every value that occurs is
        listed, sorted, so a chosen value never vanishes from its own control."""
        ix = self.index
        mask = self.mask(f, where, skip=facet)
        if facet == "agencies":
            table = ix.agencies
            everything, counts = ix.agency_counts(), ix.agency_counts(mask)
        else:
            codes = self.placings[where].country if facet == "countries" else ix.lang
            table = ix.countries if facet == "countries" else ix.langs
            known = codes >= 0
            everything = np.bincount(codes[known], minlength=len(table))
            counts = np.bincount(codes[known & mask], minlength=len(table))
        listed = sorted(
            (v, int(counts[i])) for i, v in enumerate(table) if everything[i] and v != ""
        )
        return dict(listed)

    def select(self, f: Filters, where: str = FILED) -> Selection:
        return Selection(self, where, self.mask(f, where))

    def timeline(self, f: Filters, where: str, bounds, step: timedelta, window) -> pd.DataFrame:
        """Events per ``step`` over the whole span, each bin marked inside or outside the window.

        The chart shows where the window sits in the news, and what the play control will reach.
        """
        start = pd.Timestamp(bounds[0]).floor(step)
        end = pd.Timestamp(bounds[1]).floor(step)
        bins = pd.date_range(start, end, freq=step)
        counts = self.index.histogram(self.mask(f, where), start.to_pydatetime(), step, len(bins))
        out = pd.DataFrame({"time": bins, "events": np.asarray(counts, dtype=int)})
        return mark_window(out, step, window)

    # --- Records -------------------------------------------------------------------------------

    def fetch(self, rows) -> list[dict]:
        """Full records of ``rows`` from the provider, in ``rows`` order (kept for reuse)."""
        ids = self.index.id_list(rows)
        with self._lock:
            found = {i: r for i in ids if (r := self._records.get(i)) is not None}
        missing = [i for i in ids if i not in found]
        for i in range(0, len(missing), FETCH_CHUNK):
            got = self.provider.records(missing[i : i + FETCH_CHUNK])
            found.update((r["id"], r) for r in got)
            if len(missing) <= FETCH_CHUNK:  # a page's worth is kept; a download is not
                with self._lock:
                    for r in got:
                        self._records.put(r["id"], r)
        return [found[i] for i in ids if i in found]

    def hex_cells(self, where: str, size: float) -> tuple[np.ndarray, np.ndarray]:
        """Every located event's hexagon ``(q, r)`` at ``size`` (computed once per size)."""
        key = (where, size)
        with self._lock:
            cells = self._cells.get(key)
        if cells is None:
            p = self.placings[where]
            located = p.key >= 0
            q = np.zeros(self.index.n, dtype=np.int32)
            r = np.zeros(self.index.n, dtype=np.int32)
            q[located], r[located] = hex_cells(p.lat[located], p.lon[located], size)
            cells = (q, r)
            with self._lock:
                self._cells.put(key, cells)
        return cells


def mark_window(out: pd.DataFrame, step: timedelta, window) -> pd.DataFrame:
    """Mark the timeline's bins (``time`` column, ``step`` wide) that overlap the window."""
    if window is None:
        out["in_window"] = True
    else:
        low, high = (pd.Timestamp(w) for w in window)
        out["in_window"] = (out["time"] + step > low) & (out["time"] <= high)
    return out


class Selection:
    """The events under one mask, placed by ``where``: what the page draws and lists."""

    def __init__(self, engine: Engine, where: str, mask: np.ndarray) -> None:
        self.engine, self.index, self.where, self.mask = engine, engine.index, where, mask
        self.placing = engine.placings[where]
        self.located_mask = mask & (self.placing.key >= 0)
        self.n = int(mask.sum())
        self.n_located = int(self.located_mask.sum())
        self.n_loose = int((mask & ~self.index.dated).sum())

    def home_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Both ends of every located event (dateline and focus), for the first view."""
        m, ix = self.located_mask, self.index
        lats = np.concatenate([ix.lat[m], ix.focus_lat[m]])
        lons = np.concatenate([ix.lon[m], ix.focus_lon[m]])
        keep = ~(np.isnan(lats) | np.isnan(lons))
        return lats[keep], lons[keep]

    def hexbins(self, size: float) -> pd.DataFrame:
        """Hexagons of radius ``size`` with the located events they hold, busiest first."""
        m = self.located_mask
        if not m.any():
            return pd.DataFrame(columns=HEX_COLUMNS)
        q, r = (a[m] for a in self.engine.hex_cells(self.where, size))
        q0, r0 = int(q.min()), int(r.min())
        span = int(r.max()) - r0 + 1
        codes = (q.astype(np.int64) - q0) * span + (r - r0)
        counts = np.bincount(codes)
        cells = np.flatnonzero(counts)
        cells = cells[np.argsort(-counts[cells], kind="stable")]
        return hex_frame(cells // span + q0, cells % span + r0, counts[cells], size)

    def groups(self) -> tuple[np.ndarray, np.ndarray]:
        """Located events grouped by place, in the order of each place's newest brief.

        Returns ``(first_rows, counts)``: the newest event's row and the count per place.
        """
        key = self.placing.key
        rows = self.index.newest_first(np.flatnonzero(self.located_mask))
        if not len(rows):
            return rows, np.array([], dtype=int)
        _, first, counts = np.unique(key[rows], return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return rows[first[order]], counts[order]

    def places(self, reference: datetime | None, headlines: bool = True) -> pd.DataFrame:
        """One row per located place: where, how many briefs, the newest headline, age colour.

        Age is measured from ``reference`` to the place's newest brief; a place whose briefs
        all lack a time gets the 'time unknown' grey. Only the newest brief per place is read,
        and only with ``headlines``: else the headlines are empty and ``with_headlines`` reads
        them for the places a page really draws (a cluster shows none).
        """
        rows, counts = self.groups()
        if not len(rows):
            return pd.DataFrame(columns=PLACE_COLUMNS)
        p, ix = self.placing, self.index
        heads = self._headlines(rows) if headlines else [""] * len(rows)
        times, dated = ix.time[rows], ix.dated[rows]
        out = pd.DataFrame(
            {
                "key": [p.keys[k] for k in p.key[rows]],
                "lat": p.lat[rows],
                "lon": p.lon[rows],
                "place": [ix.names[k] for k in p.name[rows]],
                "count": counts.astype(int),
                "headline": heads,
            }
        )
        out["newest"] = [t / 1e6 if d else None for t, d in zip(times, dated, strict=True)]
        if reference is None and dated.any():
            reference = from_us(times[dated].max())
        buckets = [
            age_bucket(None if not d or reference is None else reference - from_us(t))
            for t, d in zip(times, dated, strict=True)
        ]
        out["age"] = [b[0] for b in buckets]
        out["color"] = [b[1] for b in buckets]
        out["row"] = rows  # the newest event's row: ``with_headlines`` reads it
        return out

    def _headlines(self, rows) -> list[str]:
        records = {r["id"]: r for r in self.engine.fetch(rows)}
        return [record_headline(records.get(i, {})) for i in self.index.id_list(rows)]

    def with_headlines(self, places: pd.DataFrame) -> pd.DataFrame:
        """``places`` (some rows of ``places(..., headlines=False)``) with their headlines."""
        if places.empty:
            return places
        out = places.copy()
        out["headline"] = self._headlines(out["row"].to_numpy(dtype=np.int64))
        return out

    def lines(self) -> pd.DataFrame:
        """Dateline-to-focus lines of the located events whose focus moved (``ui.focus``)."""
        m, ix = self.located_mask, self.index
        light = pd.DataFrame(
            {
                "lat": ix.lat[m],
                "lon": ix.lon[m],
                "focus_lat": ix.focus_lat[m],
                "focus_lon": ix.focus_lon[m],
                "focus_moved": self.engine.focus_moved[m],
            }
        )
        return focus_lines(light)

    def rows_at(self, key: str) -> np.ndarray:
        """Rows at place ``key``, newest first."""
        p = self.placing
        try:
            code = p.keys.index(key)
        except ValueError:
            return np.array([], dtype=np.int64)
        return self.index.newest_first(np.flatnonzero(self.mask & (p.key == code)))

    def briefs(self, rows) -> list[dict]:
        rows = np.asarray(rows, dtype=np.int64)
        moved = dict(zip(self.index.id_list(rows), self.engine.focus_moved[rows], strict=True))
        return [
            brief_view(r, self.where, bool(moved.get(r["id"]))) for r in self.engine.fetch(rows)
        ]

    def briefs_at(self, key: str, limit: int) -> tuple[list[dict], int]:
        """The newest ``limit`` briefs at place ``key``, and how many there are."""
        rows = self.rows_at(key)
        return self.briefs(rows[:limit]), len(rows)

    def table(self, key: str | None, limit: int = TABLE_ROWS) -> tuple[list[dict], int]:
        """The newest ``limit`` briefs (at ``key``, or all), and how many there are."""
        rows = self.rows_at(key) if key else self.index.newest_first(np.flatnonzero(self.mask))
        return self.briefs(rows[:limit]), len(rows)

    def loose(self, limit: int) -> list[dict]:
        """Briefs with no known time (listed apart, never dropped)."""
        return self.briefs(np.flatnonzero(self.mask & ~self.index.dated)[:limit])

    def records(self) -> list[dict]:
        """Every record shown, in the record's own shape (FIELDS), for the downloads."""
        records = self.engine.fetch(np.flatnonzero(self.mask))
        return [{k: r.get(k) for k in FIELDS} for r in records]
