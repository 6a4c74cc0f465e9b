"""Quick at any size (issue 8): the window query and the dashboard's rerun at 10k, 100k, 1M.

For each size a SQLite store is filled once with the corpus's records (bulk-inserted through the
store's own schema and row mapping, so the store's ingest speed is not what is measured here;
``bench_store`` measures that) and cached under ``build/bench/``. Then, each in a fresh process:

- the 24-hour window query on the store (``Store.events``), beside the baseline of filtering an
  in-memory pandas frame of every event;
- the real page, ``dashboard.py``, run headless by Streamlit's ``AppTest`` on that store: the
  first run (read the store, build the frame), then reruns after filter changes, and the peak
  memory of that process, which is the dashboard's server-side footprint;
- the data work of a filter change on the page's engine (``ui.engine.Engine`` over
  ``pipeline.query.EventIndex``, the only engine under the page), timed one by one, to show
  where the rerun's time goes; and the cost of free-text search there.
"""

from __future__ import annotations

import itertools
import os
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks import ROOT, build_dir, isolated, row, rss_mb, status_mb, timed, timed_alone
from benchmarks.corpus import NOW, _shape, read_records, records_parquet
from parsing.settings import use_settings

FULL_SIZES = (10_000, 100_000, 1_000_000)
SIZES_ENV = "WIREMAP_BENCH_SIZES"  # e.g. "1000000": only these sizes (``--sizes``)
OPEN_TARGET = "<= 3"  # s, open a 1M store's index from its snapshot (issue 16)
UPDATE_TARGET = "<= 1"  # s, the index after adding copy (issue 16)
SEARCH_TARGET = "<= 300"  # ms, first and later searches at 1M (issue 16)
SEARCH_WORDS = ("washington", "kyiv drones", "parliament")
SMOKE_SIZES = (2_000,)
SEED = 0
WINDOW = timedelta(hours=24)
WINDOW_TARGET = "<= 100"  # ms, at 1M (issue 6 and 8)
RERUN_TARGET_1M = "<= 500"  # ms, at 1M (issue 8)
RERUN_TARGET_10K = "<= 300"  # ms, at 10k (issue 5)
MEMORY_TARGET = "<= 1500"  # MB, dashboard process at 1M (issue 8)
FILTER_AGENCY = "ANP"
FILTER_COUNTRY = "US"


def file_mb() -> float:
    """The part of this process's resident memory that is mapped files (``RssFile``, MB): the
    store's pages that SQLite read through its memory map (``pipeline.store.SQLITE_MMAP_SIZE``)
    and the libraries. Those are the OS's cached pages of the files, shared and dropped under
    pressure; the rest is the process's own. 0 where ``/proc`` does not say."""
    return status_mb("RssFile") or 0.0


def _label(n: int) -> str:
    return f"{n // 1_000_000}M events" if n >= 1_000_000 else f"{n // 1000}k events"


def store_path(n: int):
    """One store per size and record shape (a new field means a new store, never a stale one)."""
    return build_dir() / f"scale-{n}-s{SEED}-{_shape()}.sqlite"


def store_url(n: int) -> str:
    return f"sqlite:///{store_path(n)}"


def populate(n: int) -> dict[str, Any]:
    """Fill the size-``n`` store once (bulk insert through the store's schema); cached."""

    from pipeline import store as st

    path = store_path(n)
    done = path.with_suffix(".ok")
    if done.exists() and path.exists():
        return {"seconds": 0.0, "cached": True}
    for leftover in (path, path.with_suffix(".sqlite-wal"), path.with_suffix(".sqlite-shm")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    store = st.open_store(store_url(n))
    now = datetime.now(UTC)
    seq = itertools.count(1)
    it = read_records(n, SEED)
    with store.engine.begin() as conn:
        while batch := list(itertools.islice(it, 20_000)):
            rows = []
            for record in batch:
                r = st._to_row(record)
                r.update(
                    story_id=r["id"], seq=next(seq), first_seen=now, last_seen=now, seen_count=1
                )
                rows.append(r)
            conn.execute(st.events_table.insert(), rows)
        store._index_search(conn, 0)  # as the store does after its own inserts
        conn.execute(
            st.meta_table.update()
            .where(st.meta_table.c.key == "version")
            .values(value=st.meta_table.c.value + 1)
        )
    store.close()
    done.write_text(str(n))
    return {"seconds": time.perf_counter() - start, "cached": False}


def window_store(n: int) -> dict[str, Any]:
    """The 24 h window ending at the newest copy, from the store (index on published_at):
    each call timed alone, freeing the previous call's records apart (``timed_alone``)."""
    from pipeline.store import open_store

    store = open_store(store_url(n))
    since, until = NOW - WINDOW, NOW
    got = timed_alone(lambda: store.events(since=since, until=until, include_undated=False))
    return {"ms": got["ms"], "free_ms": got["free_ms"], "rows": len(got["result"])}


def window_pandas(n: int) -> dict[str, Any]:
    """Baseline: every event in an in-memory frame, filtered by a boolean mask."""
    import pandas as pd

    df = pd.read_parquet(records_parquet(n, SEED))
    df["published"] = pd.to_datetime(df["published_at"], utc=True, format="ISO8601")
    since, until = pd.Timestamp(NOW - WINDOW), pd.Timestamp(NOW)

    def in_window():
        times = df["published"]
        return df[times.notna() & (times >= since) & (times <= until)]

    seconds, got = timed(in_window, repeat=5)
    return {"ms": seconds * 1000, "rows": len(got), "rss": rss_mb()}


def dashboard(n: int) -> dict[str, Any]:
    """``dashboard.py`` under AppTest on the size-``n`` store: first run, then filter changes."""
    os.environ["WIREMAP_DB"] = store_url(n)
    os.environ.pop("WIREMAP_RECORDS", None)
    use_settings(None)  # read the environment just set
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=1800)
    at.query_params["live"] = "0"  # the corpus ends on 17 Nov 2025: presets end at its newest
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    _check(at)
    first_rss = rss_mb()

    def change(**state: Any) -> float:
        for key, value in state.items():
            at.session_state[key] = value
        begin = time.perf_counter()
        at.run()
        took = time.perf_counter() - begin
        _check(at)
        return took

    # The reader narrows to the last day, then picks and drops facets within it.
    day = [
        change(preset="24h"),
        change(agency=[FILTER_AGENCY]),
        change(country=[FILTER_COUNTRY]),
        change(agency=[]),
        change(country=[]),
    ]
    # The same facet changes with every event in view (markers turn into hexagons above 20k).
    everything = [
        change(preset="all"),
        change(agency=[FILTER_AGENCY]),
        change(agency=[]),
    ]
    return {
        "first_s": first,
        "first_rss": first_rss,
        "day_ms": statistics.median(day) * 1000,
        "day_max_ms": max(day) * 1000,
        "all_ms": statistics.median(everything) * 1000,
        "all_max_ms": max(everything) * 1000,
        "rss_after": rss_mb(),
        "file_mb": file_mb(),
    }


def _check(at) -> None:
    """A script error under AppTest is not an exception in the caller: raise it here."""
    if at.exception:
        raise RuntimeError(f"dashboard.py raised: {at.exception[0].value}")


def ui_functions(n: int) -> dict[str, Any]:
    """The data work of a filter change on the store's index (24 h window plus one agency).

    This is the path ``dashboard.py`` takes at every size: one columnar read into
    ``pipeline.query.EventIndex`` per data version, then masks and counts (``ui.engine``), and
    full records fetched only for what is shown (places' headlines, the table's page).
    """
    from pipeline.query import EventIndex
    from pipeline.store import open_store
    from ui.deck import AGGREGATE_ABOVE, build_deck
    from ui.engine import Engine, Filters
    from ui.hexes import hex_size_for
    from ui.timefmt import ceil_to, floor_to, step_for

    store = open_store(store_url(n))
    before, file_before = rss_mb(), file_mb()
    start = time.perf_counter()
    index = EventIndex.from_store(store)
    build_s = time.perf_counter() - start
    index_rss, index_file = rss_mb(), file_mb()
    events = Engine(index, store)
    low, high = events.bounds()
    step, _ = step_for(high - low)
    bounds = (floor_to(low, step), ceil_to(high, step))
    window = (high - WINDOW, high)
    f = Filters(start=window[0], end=window[1], agencies=(FILTER_AGENCY,))
    parts: dict[str, float] = {}

    def clock(name: str, fn):
        def cold():
            events._masks.items.clear()  # a filter change: no mask cached yet
            events._records.items.clear()  # nor records of the new places
            return fn()

        seconds, out = timed(cold, repeat=3)
        parts[name] = seconds * 1000
        return out

    shown = clock("mask", lambda: events.select(f))
    clock(
        "facet_counts x3",
        lambda: [events.facet_counts(f, facet) for facet in ("agencies", "countries", "langs")],
    )
    if shown.n_located > AGGREGATE_ABOVE:
        cells = clock("hexbins", lambda: shown.hexbins(hex_size_for(None)))
        clock("build_deck + to_json", lambda: build_deck(hexagons=cells).to_json())
    else:
        rows = clock("places (+ headlines fetched)", lambda: shown.places(window[1]))
        clock("lines", lambda: shown.lines())
        clock("build_deck + to_json", lambda: build_deck(rows).to_json())
    unwindowed = Filters(agencies=(FILTER_AGENCY,), include_undated=False)
    clock("timeline", lambda: events.timeline(unwindowed, "filed", bounds, step, window))
    clock("table page (fetch)", lambda: shown.table(None))
    everything = events.select(Filters())
    clock("hexbins, all events", lambda: everything.hexbins(hex_size_for(None)))
    return {
        "build_s": build_s,
        "index_mb": index.nbytes / 1e6,
        "index_rss": index_rss - before,
        "index_file": index_file - file_before,
        "parts": parts,
        "total_ms": sum(v for k, v in parts.items() if k != "hexbins, all events"),
        "shown": shown.n,
    }


def open_snapshot(n: int) -> dict[str, Any]:
    """Open the size-``n`` store's page engine as a new dashboard process does: the index from
    its snapshot (written by an earlier process), brought up to date, plus the engine's own
    arrays. The first build (no snapshot yet) is timed in an earlier process."""
    from pipeline import snapshot
    from pipeline.store import open_store
    from ui.engine import Engine, Filters

    start = time.perf_counter()
    store = open_store(store_url(n), create=False)
    index = snapshot.current(store)
    loaded = time.perf_counter() - start
    Engine(index, store).select(Filters())  # the page's first question
    return {"open_s": time.perf_counter() - start, "index_s": loaded, "rss": rss_mb()}


def build_snapshot(n: int) -> dict[str, Any]:
    """No snapshot yet: the index built from the store, then saved (once per store)."""
    from pipeline import snapshot
    from pipeline.store import open_store

    store = open_store(store_url(n), create=False)
    snapshot.path_for(store).unlink(missing_ok=True)
    start = time.perf_counter()
    snapshot.current(store)
    built = time.perf_counter() - start
    snapshot.flush()
    return {"build_s": built, "saved_s": time.perf_counter() - start - built}


def add_copy(n: int) -> dict[str, Any]:
    """A reader pastes a page (20 briefs) into the size-``n`` store with the page open: the
    store stores it, then the page's engine is brought up to date (index merged, snapshot
    saved, engine arrays carried over from the open page's engine). The store is a copy, so
    the cached one stays as it was."""
    import shutil

    from pipeline import snapshot
    from pipeline.store import open_store
    from ui.engine import Engine, Filters

    copy = build_dir() / f"scale-{n}-paste.sqlite"
    shutil.copyfile(store_path(n), copy)
    store = open_store(f"sqlite:///{copy}")
    shutil.copyfile(snapshot.path_for(open_store(store_url(n), create=False)),
                    snapshot.path_for(store))  # fmt: skip
    page_open = Engine.of(store)  # the page is open (Streamlit keeps its engine)
    page_open.select(Filters())
    page = [{**r, "id": None, "text": r["text"] + " (pasted)"}
            for r in itertools.islice(read_records(2_000, SEED + 1), 20)]  # fmt: skip
    start = time.perf_counter()
    store.add(page, source="paste")
    stored = time.perf_counter() - start
    begin = time.perf_counter()
    index = snapshot.current(store)
    merged = time.perf_counter() - begin
    Engine.of(store).select(Filters())  # the page's first question, as the page opens it
    total = time.perf_counter() - begin
    del page_open
    snapshot.flush()  # written meanwhile, in the background
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    snapshot.path_for(store).unlink(missing_ok=True)
    return {"store_s": stored, "merge_s": merged, "update_s": total, "n": index.n}


def store_search(n: int) -> dict[str, Any]:
    """The page's search through the store's full-text index, in a fresh process: the first
    query (cold caches, the id lookup built), then the same and other words again."""
    from pipeline.store import open_store
    from ui.engine import Engine

    store = open_store(store_url(n), create=False)
    engine = Engine.of(store)  # as the page opens it: from the snapshot, rows known by seq
    first: dict[str, float] = {}
    hits: dict[str, int] = {}
    for words in SEARCH_WORDS:
        start = time.perf_counter()
        hits[words] = int(engine._search(tuple(words.split())).sum())
        first[words] = (time.perf_counter() - start) * 1000
        if len(first) == 1:
            engine._searches.items.clear()
    later = {}
    for words in SEARCH_WORDS:

        def again(words=words):
            engine._searches.items.clear()
            return engine._search(tuple(words.split()))

        later[words] = timed(again, repeat=5)[0] * 1000
    return {"first": first, "later": later, "hits": hits}


def search_cost(n: int) -> dict[str, Any]:
    """Free-text search on the index path: the folded texts load once, then each query."""
    from pipeline.query import search_mask, search_texts
    from pipeline.store import open_store

    store = open_store(store_url(n))
    before, file_before = rss_mb(), file_mb()
    start = time.perf_counter()
    texts = search_texts(store)
    load_s = time.perf_counter() - start
    file_added = file_mb() - file_before
    seconds, hits = timed(lambda: search_mask(texts, ["washington"]), repeat=3)
    return {
        "load_s": load_s,
        "query_ms": seconds * 1000,
        "hits": int(hits.sum()),
        "texts_mb": texts.nbytes / 1e6,
        "rss_added": rss_mb() - before,
        "file_added": file_added,
    }


def _err(benchmark: str, size: str, exc: BaseException, target: str | None = None) -> dict:
    return row(
        benchmark, size=size, target=target, note=f"ERROR: {type(exc).__name__}: {exc}"[:300]
    )


def sizes(smoke: bool) -> tuple[int, ...]:
    if smoke:
        return SMOKE_SIZES
    chosen = os.environ.get(SIZES_ENV, "").replace(",", " ").split()
    return tuple(int(s) for s in chosen) or FULL_SIZES


def _snapshot_rows(n: int, size: str, big: bool, smoke: bool) -> list[dict]:
    built, _ = isolated(build_snapshot, n)
    opened, open_rss = isolated(open_snapshot, n)
    added, add_rss = isolated(add_copy, n)
    found, found_rss = isolated(store_search, n)
    first = ", ".join(f"{w!r} {v:.0f}" for w, v in found["first"].items())
    later = ", ".join(f"{w!r} {v:.0f}" for w, v in found["later"].items())
    hits = ", ".join(f"{w!r} {v:,}" for w, v in found["hits"].items())
    return [
        row("open the page's engine from the index snapshot", size=size,
            value=opened["open_s"], unit="s", target=OPEN_TARGET if big else None,
            baseline="index built from the store (no snapshot)", baseline_value=built["build_s"],
            peak_rss_mb=open_rss, smoke=smoke,
            note=f"snapshot read and checked in {opened['index_s']:.2f} s, then the engine's "
            "arrays; a fresh process"),
        row("index update after adding copy (20 briefs pasted)", size=size,
            value=added["update_s"], unit="s", target=UPDATE_TARGET if big else None,
            peak_rss_mb=add_rss, smoke=smoke,
            note=f"merge + snapshot saved {added['merge_s']:.2f} s, then the engine's arrays; "
            f"storing the page took {added['store_s']:.2f} s"),
        row("store search, first query (full-text index)", size=size,
            value=max(found["first"].values()), unit="ms", target=SEARCH_TARGET if big else None,
            peak_rss_mb=found_rss, smoke=smoke,
            note=f"slowest first query of a fresh process; ms: {first}; hits: {hits}"),
        row("store search, later queries", size=size, value=max(found["later"].values()),
            unit="ms", target=SEARCH_TARGET if big else None, peak_rss_mb=found_rss,
            smoke=smoke, note=f"median of 5 each, slowest word; ms: {later}"),
    ]  # fmt: skip


def run(smoke: bool = False) -> list[dict]:
    rows: list[dict] = []
    for n in sizes(smoke):
        size = _label(n)
        big = n >= 1_000_000
        try:
            filled, _ = isolated(populate, n)
        except Exception as exc:
            rows.append(_err("fill the scale store", size, exc))
            continue

        try:
            rows += _snapshot_rows(n, size, big, smoke)
        except Exception as exc:
            rows.append(_err("index snapshot and store search", size, exc, OPEN_TARGET))

        try:
            sql, sql_rss = isolated(window_store, n)
            pan, pan_rss = isolated(window_pandas, n)
            rows.append(
                row(
                    "24 h window query (SQLite store)",
                    size=size,
                    value=sql["ms"],
                    unit="ms",
                    baseline="pandas mask, all events in memory",
                    baseline_value=pan["ms"],
                    target=WINDOW_TARGET if big else None,
                    peak_rss_mb=sql_rss,
                    note=f"{sql['rows']:,} events in the window (pandas: {pan['rows']:,}); "
                    f"median of 5 calls; freeing the previous call's records, timed apart: "
                    f"{sql['free_ms']:.1f} ms; baseline process peak {pan_rss:.0f} MB",
                    smoke=smoke,
                )
            )
        except Exception as exc:
            rows.append(_err("24 h window query (SQLite store)", size, exc, WINDOW_TARGET))

        try:
            dash, dash_rss = isolated(dashboard, n)
            target = RERUN_TARGET_1M if big else (RERUN_TARGET_10K if n <= 10_000 else None)
            rows.append(
                row(
                    "dashboard first run (store → index or frame → page)",
                    size=size,
                    value=dash["first_s"],
                    unit="s",
                    peak_rss_mb=dash_rss,
                    note=f"RSS {dash['first_rss']:.0f} MB after it; once per data version",
                    smoke=smoke,
                )
            )
            rows.append(
                row(
                    "dashboard rerun after a filter change (24 h window)",
                    size=size,
                    value=dash["day_ms"],
                    unit="ms",
                    target=target,
                    peak_rss_mb=dash_rss,
                    note=f"median of 5 changes (preset, agency, country), max "
                    f"{dash['day_max_ms']:.0f} ms; AppTest, server side",
                    smoke=smoke,
                )
            )
            rows.append(
                row(
                    "dashboard rerun after a filter change (all events)",
                    size=size,
                    value=dash["all_ms"],
                    unit="ms",
                    target=target,
                    peak_rss_mb=dash_rss,
                    note=f"median of 3 changes, max {dash['all_max_ms']:.0f} ms",
                    smoke=smoke,
                )
            )
            rows.append(
                row(
                    "dashboard process memory",
                    size=size,
                    value=dash_rss,
                    unit="MB",
                    target=MEMORY_TARGET if big else None,
                    peak_rss_mb=dash_rss,
                    note="peak RSS of the AppTest process (page, frame, Streamlit); at the "
                    f"end {dash['file_mb']:.0f} MB of its RSS were mapped files (the store's "
                    "pages read through SQLite's map, the libraries: the OS's cache, shared)",
                    smoke=smoke,
                )
            )
        except Exception as exc:
            rows.append(_err("dashboard (AppTest)", size, exc, RERUN_TARGET_1M if big else None))

        try:
            fun, fun_rss = isolated(ui_functions, n)
            parts = ", ".join(f"{k} {v:.0f}" for k, v in fun["parts"].items())
            rows.append(
                row(
                    "index functions of a filter change (24 h + agency)",
                    size=size,
                    value=fun["total_ms"],
                    unit="ms",
                    peak_rss_mb=fun_rss,
                    note=f"{fun['shown']:,} shown; ms: {parts}; index built in "
                    f"{fun['build_s']:.1f} s, {fun['index_mb']:.0f} MB of arrays "
                    f"(+{fun['index_rss']:.0f} MB RSS, of it {fun['index_file']:.0f} MB the "
                    "store's pages read through SQLite's map)",
                    smoke=smoke,
                )
            )
        except Exception as exc:
            rows.append(_err("index functions of a filter change", size, exc))

        try:
            found, found_rss = isolated(search_cost, n)
            rows.append(
                row(
                    "free-text search on the index path (records files; a store uses its index)",
                    size=size,
                    value=found["query_ms"],
                    unit="ms",
                    peak_rss_mb=found_rss,
                    note=f"{found['hits']:,} hits; folded texts loaded once on the first search "
                    f"in {found['load_s']:.1f} s, {found['texts_mb']:.0f} MB "
                    f"(+{found['rss_added']:.0f} MB RSS, of it {found['file_added']:.0f} MB the "
                    "store's pages read through SQLite's map); not a target",
                    smoke=smoke,
                )
            )
        except Exception as exc:
            rows.append(_err("free-text search on the index path (records files)", size, exc))
    return rows
