"""The page's events behind one interface, whether held as a frame or as the store's index.

Small data (a records file, the sample, a store of up to ``INDEX_ABOVE`` events) is one pandas
frame of every record, queried by ``ui.frames`` exactly as before. A large store is answered by
``pipeline.query.EventIndex`` (numpy masks and counts over a few columns), and full records are
fetched from the store only for what is shown: the places' headlines, the selected place's briefs,
the newest ``TABLE_ROWS`` rows of the table, the undated briefs listed, and the downloads when
asked. Both return the same frames (``ui.frames`` shapes), so the page presents them alike.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from pipeline.record import FIELDS
from ui.focus import focus_lines
from ui.frames import (
    HEX_COLUMNS,
    PLACE_COLUMNS,
    Filters,
    age_bucket,
    apply_filters,
    briefs_at,
    events_frame,
    facet_counts,
    fold,
    headline,
    hex_cells,
    hex_frame,
    hexbins,
    mark_window,
    places,
    strip_dateline,
    time_bounds,
    timeline,
    to_records,
    undated,
    with_mode,
)

INDEX_ENV = "WIREMAP_INDEX_ABOVE"
INDEX_ABOVE = 50_000  # stored events above which the page reads the index, not every record
TABLE_ROWS = 1_000  # rows of the events table sent to the browser from the index
FETCH_CHUNK = 5_000


def index_above() -> int:
    try:
        return int(os.environ.get(INDEX_ENV, INDEX_ABOVE))
    except ValueError:
        return INDEX_ABOVE


def _timeline_frame(counts, bins, step: timedelta, window) -> pd.DataFrame:
    out = pd.DataFrame({"time": bins, "events": np.asarray(counts, dtype=int)})
    return mark_window(out, step, window)


# --- Small data: a frame of every record ------------------------------------------------------


class FrameEvents:
    """Every record in one frame (the page's original path, unchanged)."""

    limited = False

    def __init__(self, df: pd.DataFrame) -> None:
        self.df = df
        self.total = len(df)

    def placed(self, where: str) -> FrameEvents:
        return FrameEvents(with_mode(self.df, where))

    def bounds(self):
        return time_bounds(self.df)

    def undated_total(self) -> int:
        return len(undated(self.df))

    def facet_counts(self, f: Filters, facet: str) -> dict[str, int]:
        return facet_counts(self.df, f, facet)

    def select(self, f: Filters) -> FrameSelection:
        return FrameSelection(apply_filters(self.df, f))

    def timeline(self, f: Filters, bounds, step: timedelta, window) -> pd.DataFrame:
        return timeline(apply_filters(self.df, f), bounds, step, window)


class FrameSelection:
    def __init__(self, shown: pd.DataFrame) -> None:
        self.shown = shown
        self.n = len(shown)
        self.located = shown[shown["key"].notna()]
        self.n_located = len(self.located)
        self.n_loose = int(shown["published"].isna().sum())

    def home_points(self) -> tuple[pd.Series, pd.Series]:
        located = self.located
        lats = pd.concat([located["lat"], located["focus_lat"]]).dropna()
        lons = pd.concat([located["lon"], located["focus_lon"]]).dropna()
        return lats, lons

    def hexbins(self, size: float) -> pd.DataFrame:
        return hexbins(self.located, size)

    def places(self, reference: datetime | None) -> pd.DataFrame:
        return places(self.located, reference)

    def lines(self) -> pd.DataFrame:
        return focus_lines(self.located)

    def briefs_at(self, key: str, limit: int) -> tuple[pd.DataFrame, int]:
        briefs = briefs_at(self.shown, key)
        return briefs, len(briefs)

    def table(self, key: str | None) -> tuple[pd.DataFrame, int]:
        if key:
            table = briefs_at(self.shown, key)
        else:
            table = self.shown.sort_values("published", ascending=False, na_position="last")
        return table, len(table)

    def loose(self, limit: int) -> pd.DataFrame:
        return self.shown[self.shown["published"].isna()].head(limit)

    def records(self) -> list[dict]:
        return to_records(self.shown)


# --- Large store: the index, and records fetched for what is shown ----------------------------


class IndexEvents:
    """A store's ``EventIndex`` placed by ``where``; ``texts`` loads the search text lazily."""

    limited = True

    def __init__(self, index, store, where: str, texts=None) -> None:
        self.index, self.store, self.where = index, store, where
        self.texts = texts
        self.total = index.n
        self._search: dict[tuple[str, ...], np.ndarray] = getattr(index, "_search_cache", {})
        index._search_cache = self._search

    def placed(self, where: str) -> IndexEvents:
        return IndexEvents(self.index, self.store, where, self.texts)

    def bounds(self):
        return self.index.time_bounds()

    def undated_total(self) -> int:
        return int((~self.index.dated).sum())

    def search(self, f: Filters) -> np.ndarray | None:
        """The mask of the free-text query; the folded texts load on the first search."""
        words = tuple(fold(f.query).split())
        if not words or self.texts is None:
            return None
        if words not in self._search:
            from pipeline.query import search_mask

            if len(self._search) >= 8:
                self._search.clear()
            self._search[words] = search_mask(self.texts(), words)
        return self._search[words]

    def facet_counts(self, f: Filters, facet: str) -> dict[str, int]:
        return self.index.facet_counts(f, facet, self.where, search=self.search(f))

    def select(self, f: Filters) -> IndexSelection:
        mask = self.index.mask(f, self.where, search=self.search(f))
        return IndexSelection(self, mask)

    def timeline(self, f: Filters, bounds, step: timedelta, window) -> pd.DataFrame:
        start = pd.Timestamp(bounds[0]).floor(step)
        end = pd.Timestamp(bounds[1]).floor(step)
        bins = pd.date_range(start, end, freq=step)
        mask = self.index.mask(f, self.where, search=self.search(f))
        counts = self.index.histogram(mask, start.to_pydatetime(), step, len(bins))
        return _timeline_frame(counts, bins, step, window)

    def fetch(self, rows) -> pd.DataFrame:
        """Full records of ``rows`` from the store, as the page's frame, in ``rows`` order."""
        records = self.fetch_records(rows)
        if not records:
            return with_mode(events_frame([]), self.where)
        return with_mode(events_frame(records, search=False), self.where)

    def fetch_records(self, rows) -> list[dict]:
        ids = self.index.id_list(rows)
        out: list[dict] = []
        for i in range(0, len(ids), FETCH_CHUNK):
            out.extend(self.store.records(ids[i : i + FETCH_CHUNK]))
        return out


class IndexSelection:
    def __init__(self, events: IndexEvents, mask: np.ndarray) -> None:
        self.events, self.index, self.mask = events, events.index, mask
        self.placing = self.index.placings[events.where]
        self.located_mask = mask & (self.placing.key >= 0)
        self.n = int(mask.sum())
        self.n_located = int(self.located_mask.sum())
        self.n_loose = int((mask & ~self.index.dated).sum())

    def home_points(self) -> tuple[pd.Series, pd.Series]:
        m, ix = self.located_mask, self.index
        lats = pd.Series(np.concatenate([ix.lat[m], ix.focus_lat[m]])).dropna()
        lons = pd.Series(np.concatenate([ix.lon[m], ix.focus_lon[m]])).dropna()
        return lats, lons

    def hexbins(self, size: float) -> pd.DataFrame:
        """``ui.frames.hexbins`` by ``np.bincount`` on each event's cell (cached per size)."""
        m = self.located_mask
        if not m.any():
            return pd.DataFrame(columns=HEX_COLUMNS)
        cache = self.index.__dict__.setdefault("_hex_cache", {})
        key = (self.events.where, size)
        if key not in cache:
            if len(cache) >= 4:
                cache.clear()
            located = self.placing.key >= 0
            q = np.zeros(self.index.n, dtype=np.int32)
            r = np.zeros(self.index.n, dtype=np.int32)
            q[located], r[located] = hex_cells(
                self.placing.lat[located], self.placing.lon[located], size
            )
            cache[key] = (q, r)
        q, r = (a[m] for a in cache[key])
        q0, r0 = int(q.min()), int(r.min())
        span = int(r.max()) - r0 + 1
        codes = (q.astype(np.int64) - q0) * span + (r - r0)
        counts = np.bincount(codes)
        cells = np.flatnonzero(counts)
        order = np.argsort(-counts[cells], kind="stable")
        cells = cells[order]
        return hex_frame(cells // span + q0, cells % span + r0, counts[cells], size)

    def places(self, reference: datetime | None) -> pd.DataFrame:
        """``ui.frames.places`` from the index; only the newest brief per place is fetched."""
        rows, counts = self.index.groups(self.mask, self.events.where)
        if not len(rows):
            return pd.DataFrame(columns=PLACE_COLUMNS)
        p, ix = self.placing, self.index
        records = {r["id"]: r for r in self.events.fetch_records(rows)}
        heads = []
        for i in ix.id_list(rows):
            r = records.get(i, {})
            heads.append(headline(r.get("title"), strip_dateline(r.get("text"), r.get("dateline"))))
        times = ix.time[rows]
        dated = ix.dated[rows]
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
            reference = _from_us(times[dated].max())
        keys, colors = [], []
        for t, d in zip(times, dated, strict=True):
            age = None if not d or reference is None else reference - _from_us(t)
            key, color = age_bucket(age if age is None else max(age, timedelta(0)))
            keys.append(key)
            colors.append(color)
        out["age"] = keys
        out["color"] = colors
        return out

    def lines(self) -> pd.DataFrame:
        m, ix = self.located_mask, self.index
        light = pd.DataFrame(
            {
                "lat": ix.lat[m],
                "lon": ix.lon[m],
                "focus_lat": ix.focus_lat[m],
                "focus_lon": ix.focus_lon[m],
                "focus_moved": ix.focus_moved[m],
            }
        )
        return focus_lines(light)

    def briefs_at(self, key: str, limit: int) -> tuple[pd.DataFrame, int]:
        rows = self.index.rows_at(self.mask, key, self.events.where)
        return self.events.fetch(rows[:limit]), len(rows)

    def table(self, key: str | None) -> tuple[pd.DataFrame, int]:
        if key:
            rows = self.index.rows_at(self.mask, key, self.events.where)
        else:
            rows = self.index.newest_first(np.flatnonzero(self.mask))
        return self.events.fetch(rows[:TABLE_ROWS]), len(rows)

    def loose(self, limit: int) -> pd.DataFrame:
        rows = np.flatnonzero(self.mask & ~self.index.dated)[:limit]
        return self.events.fetch(rows)

    def records(self) -> list[dict]:
        records = self.events.fetch_records(np.flatnonzero(self.mask))
        return [{k: r.get(k) for k in FIELDS} for r in records]


def _from_us(value) -> datetime:
    from pipeline.query import from_us

    return from_us(value)
