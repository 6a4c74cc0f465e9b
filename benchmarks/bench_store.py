"""The store: ingest throughput, and the dashboard's 24-hour window at 1,000,000 events.

- **Ingest throughput** (events/s) into a fresh SQLite file and a fresh PostgreSQL schema, of
  sources of 20 consecutive records (listing pages): dedupe, story linking, each source whole.
  The target row is the one process that writes, as ``wiremap ingest`` runs it
  (``pipeline.ingest.SourceWriter``: several sources per transaction), given the rows as the
  reading processes prepare them (``pipeline.store.prepare``: JSON, folded search text, story
  words; under ``--jobs`` that is their work, not the writer's; its cost per event is in the
  note). A second row does both in one process (``--jobs 1``), a third gives one transaction
  per source (``Store.add`` per page). Baseline: the same rows in one bare executemany (no
  dedupe, no stories, one transaction), search index included. The bench's own input (20,000
  records held all along, which a streaming ingest never holds) is frozen out of the garbage
  collector's way (``gc.freeze``), as ``ingest --jobs`` freezes what it loaded before forking.
- **One large source** (s): 37,800 records (about a 10 MB page) in one ``Store.add``: staged in
  batches, moved at the end; the note gives the longest write transaction (the lock hold).
- **24-hour window** (ms, median over 15 different days) at 1M stored events:
  ``Store.events(since, until, include_undated=False)``, records out. Target <= 100 ms.
  Baseline: pandas filtering the same rows held in memory (``to_dict("records")`` included).
  The densest day (6,884 events) both as records (``Store.events``, what ``export`` reads) and
  as the page asks for it: rows and ids from the index snapshot's arrays (``ui.engine``).

The 1M-event stores are built once by bulk insert (sqlite3 executemany; PostgreSQL COPY), rows
in publication order as a store filled by arriving news holds them (randomly ordered rows read
about 2x slower per row on SQLite, since a day's rows then sit on as many pages), and kept:
SQLite under ``build/bench/``, PostgreSQL as schema ``wiremap_bench_1m_r0010`` in the database
of ``WIREMAP_BENCH_PG_URL`` (else ``WIREMAP_TEST_PG_URL``). Without either URL the PostgreSQL
rows say so. ``smoke=True``: 1,000 events, temporary stores, nothing timed.
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from itertools import islice

import numpy as np

from benchmarks import build_dir, isolated, row, timed_alone
from benchmarks.corpus import NOW, records, records_parquet, span_for

BIG = 1_000_000
SMOKE = 1_000
THROUGHPUT = 20_000
WINDOWS = 15
SEED = 0
# One kept 1M schema per store revision: a bench of another revision (another branch) never
# migrates, or trips over, this one's.
PG_BENCH_SCHEMA = "wiremap_bench_1m_r0010"
NO_PG = "skipped: set WIREMAP_BENCH_PG_URL or WIREMAP_TEST_PG_URL"
COLUMNS = (
    "id", "seq", "source", "title", "text", "dateline", "place", "places", "qualifier",
    "agencies", "lang", "published_at", "time_basis", "time_text", "captured_at",
    "captured_at_basis", "lat", "lon", "country_code", "admin1", "geonameid", "location_name",
    "precision", "confidence", "location_source", "location_reason", "mentions", "focus",
    "story_id", "place_key", "search_text",
    "ref_time", "first_seen", "last_seen", "seen_count",
)  # fmt: skip


def pg_url() -> str | None:
    return os.environ.get("WIREMAP_BENCH_PG_URL") or os.environ.get("WIREMAP_TEST_PG_URL")


def _with_schema(url: str, schema: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def _create_schema(url: str, schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    engine.dispose()


def _drop_schema(url: str, schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    engine.dispose()


# --- throughput ------------------------------------------------------------------------------


def _pages(n: int, size: int = 20):
    """The corpus in sources of ``size`` consecutive records, as a listing page gives them."""
    it = records(n, SEED)
    while page := list(islice(it, size)):
        yield page


def ingest_rate(url: str, n: int) -> dict:
    """Events/s through Store.add, one corpus page (source) per call, into an empty store."""
    from pipeline.store import open_store

    pages = list(_pages(n))
    with open_store(url) as store:
        start = time.perf_counter()
        for page in pages:
            store.add(page, source=page[0]["source"])
        elapsed = time.perf_counter() - start
        stored = store.count()
    return {"rate": stored / elapsed, "stored": stored, "sources": len(pages)}


def batched_rate(url: str, n: int) -> dict:
    """Events/s through ``SourceWriter``, the way ``wiremap ingest --jobs 1`` stores what it
    reads: rows prepared and written in one process."""
    from pipeline.ingest import SourceResult, SourceWriter
    from pipeline.store import open_store, prepare

    pages = list(_pages(n))
    gc.freeze()  # the bench's input, held all along: not the writer's to collect
    with open_store(url) as store:
        start = time.perf_counter()
        writer = SourceWriter(store, lambda result: None)
        for page in pages:
            source = page[0]["source"]
            rows = prepare(page, source=source)  # what ``read_prepared`` does in the reader
            writer.add_prepared(SourceResult(source, events=len(page)), rows)
        writer.flush()
        elapsed = time.perf_counter() - start
        stored = store.count()
    return {"rate": stored / elapsed, "stored": stored, "sources": len(pages)}


def writer_rate(url: str, n: int) -> dict:
    """Events/s of the process that writes (``SourceWriter.add_prepared``), given the rows as
    the reading processes prepare them (``prepare``, timed apart: ``prepare_us`` an event)."""
    from pipeline.ingest import SourceResult, SourceWriter
    from pipeline.store import open_store, prepare

    pages = list(_pages(n))
    start = time.perf_counter()
    prepared = [prepare(page, source=page[0]["source"]) for page in pages]
    preparing = time.perf_counter() - start
    gc.freeze()  # the bench's input and the prepared rows, held all along (see the docstring)
    with open_store(url) as store:
        start = time.perf_counter()
        writer = SourceWriter(store, lambda result: None)
        for page, rows in zip(pages, prepared, strict=True):
            writer.add_prepared(SourceResult(page[0]["source"], events=len(page)), rows)
        writer.flush()
        elapsed = time.perf_counter() - start
        stored = store.count()
    return {"rate": stored / elapsed, "stored": stored, "sources": len(pages),
            "prepare_us": preparing / max(1, stored) * 1e6}  # fmt: skip


def large_source(url: str, n: int) -> dict:
    """Seconds to store ``n`` records as one source, and the longest write transaction."""
    import sqlalchemy as sa

    from pipeline.store import open_store

    page = list(records(n, SEED))
    holds: list[float] = []
    began: list[float] = []
    with open_store(url) as store:
        sa.event.listen(store.engine, "begin", lambda conn: began.append(time.perf_counter()))
        sa.event.listen(
            store.engine, "commit", lambda conn: holds.append(time.perf_counter() - began[-1])
        )
        start = time.perf_counter()
        result = store.add(page, source="large.txt")
        elapsed = time.perf_counter() - start
    return {"seconds": elapsed, "added": result.added, "longest": max(holds),
            "transactions": len(holds)}  # fmt: skip


def bare_rate(url: str, n: int) -> dict:
    """Events/s for the same rows in one plain executemany: the floor a store can approach."""
    import sqlalchemy as sa

    from pipeline.store import _to_row, events_table, open_store

    now = datetime.now(UTC)
    rows, seen = [], set()
    for i, record in enumerate(records(n, SEED), start=1):  # seqs start at 1
        r = _to_row(record)
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        r.update(seq=i, story_id=r["id"], first_seen=now, last_seen=now, seen_count=1)
        rows.append(r)
    with open_store(url) as store:
        start = time.perf_counter()
        with store.engine.begin() as conn:
            conn.execute(events_table.insert(), rows)
            store._index_search(conn, 0)  # the search index, as every write fills it
        elapsed = time.perf_counter() - start
        with store.engine.begin() as conn:
            conn.execute(sa.delete(events_table))
    return {"rate": len(rows) / elapsed}


# --- the 1M-event stores ---------------------------------------------------------------------


def _sqlite_time(value: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DATETIME text: naive UTC, so text order is time order.
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _time_ordered(n: int):
    """The cached corpus in publication order (undated last): the order a store fills in as
    news arrives. Randomly ordered rows cost about twice as much to read on SQLite."""
    import pyarrow.parquet as pq

    table = pq.read_table(records_parquet(n, SEED)).sort_by([("published_at", "ascending")])
    for batch in table.to_batches(50_000):
        yield from batch.to_pylist()


def _bulk_rows(n: int):
    """Store rows (``COLUMNS`` order) for the cached corpus, duplicates of an id dropped."""
    from pipeline.store import _to_row

    seen: set[str] = set()
    loaded = datetime.now(UTC)
    for seq, record in enumerate(_time_ordered(n), start=1):
        r = _to_row(record)
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        r.update(seq=seq, story_id=r["id"], first_seen=loaded, last_seen=loaded, seen_count=1)
        yield r


def _marker(store) -> int | None:
    import sqlalchemy as sa

    from pipeline.store import meta_table

    with store.engine.connect() as conn:
        query = sa.select(meta_table.c.value).where(meta_table.c.key == "bench_rows")
        return conn.execute(query).scalar()


def build_sqlite(path: str, n: int) -> int:
    """A SQLite store of the corpus's ``n`` events (reused when already complete)."""
    from pipeline.store import open_store

    if os.path.exists(path):
        with open_store(path) as store:
            if _marker(store):
                return store.count()
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
    with open_store(path) as store:
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("BEGIN IMMEDIATE")
            marks = ", ".join("?" * len(COLUMNS))
            sql = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({marks})"
            times = ("published_at", "captured_at", "ref_time", "first_seen", "last_seen")
            it = _bulk_rows(n)
            while chunk := list(islice(it, 50_000)):
                for r in chunk:
                    for key in times:
                        r[key] = _sqlite_time(r[key])
                cur.executemany(sql, [tuple(r.get(c) for c in COLUMNS) for r in chunk])
            cur.execute(  # the store fills its search index in bulk (migration 0008)
                "INSERT INTO events_fts(rowid, search_text) SELECT seq, search_text FROM events"
            )
            cur.execute("SELECT count(*) FROM events")
            count = cur.fetchone()[0]
            cur.execute("INSERT INTO store_meta (key, value) VALUES ('bench_rows', ?)", (count,))
            cur.execute("COMMIT")
            cur.execute("ANALYZE")
        finally:
            raw.close()
        return count


def build_pg(url: str, n: int) -> int:
    """A PostgreSQL store of the corpus's ``n`` events by COPY (reused when complete)."""
    from pipeline.store import open_store

    with open_store(url) as store:
        if _marker(store):
            return store.count()
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("TRUNCATE events")
            columns = (*COLUMNS, "search_words")  # PostgreSQL's search index (0009)
            with cur.copy(f"COPY events ({', '.join(columns)}) FROM STDIN") as copy:
                for r in _bulk_rows(n):
                    copy.write_row(tuple(r.get(c) for c in columns))
            cur.execute("SELECT count(*) FROM events")
            count = cur.fetchone()[0]
            cur.execute("INSERT INTO store_meta (key, value) VALUES ('bench_rows', %s)", (count,))
            raw.commit()
            # What autovacuum does to a store soon after a load: statistics, the visibility map
            # and hint bits (else the first reader of each page writes it back).
            raw.dbapi_connection.autocommit = True
            cur.execute("VACUUM ANALYZE events")
        finally:
            raw.close()
        return count


def windows(n: int, k: int = WINDOWS) -> list[tuple[datetime, datetime]]:
    """``k`` 24-hour windows on different days within the corpus's span, seeded."""
    span = span_for(n)
    rng = random.Random(7)
    days = rng.sample(range(1, max(2, int(span))), min(k, max(1, int(span) - 1)))
    return [(NOW - timedelta(days=d), NOW - timedelta(days=d - 1)) for d in days]


def window_query(url: str, n: int) -> dict:
    """Median ms of a 24-hour ``Store.events`` query, and rows per window."""
    from pipeline.store import open_store

    with open_store(url) as store:
        spans = windows(n)
        store.events(since=spans[0][0], until=spans[0][1], include_undated=False)  # warm-up
        times, sizes = [], []
        for since, until in spans:
            start = time.perf_counter()
            got = store.events(since=since, until=until, include_undated=False)
            times.append(time.perf_counter() - start)
            sizes.append(len(got))
        count = store.count()
    return {"ms": statistics.median(times) * 1000, "rows": statistics.median(sizes),
            "count": count}  # fmt: skip


def densest_day(url: str) -> dict:
    """The 24 hours from the start of the day with the most events, ``Store.events`` records
    out: the heaviest window a reader can ask for (``timed_alone``: medians of 5 calls)."""
    import sqlalchemy as sa

    from pipeline.store import open_store

    with open_store(url) as store:
        day = sa.func.date(sa.text("published_at"))
        if store.dialect == "postgresql":
            day = sa.func.date_trunc("day", sa.text("published_at"))
        with store.engine.connect() as conn:
            top = conn.execute(
                sa.select(day.label("d"), sa.func.count().label("n"))
                .select_from(sa.table("events"))
                .where(sa.text("published_at IS NOT NULL"))
                .group_by(sa.text("d"))
                .order_by(sa.text("n DESC"))
                .limit(1)
            ).first()
        start = top.d if isinstance(top.d, datetime) else datetime.fromisoformat(str(top.d))
        start = start.replace(tzinfo=UTC) if start.tzinfo is None else start
        until = start + timedelta(hours=24)
        got = timed_alone(lambda: store.events(since=start, until=until, include_undated=False))
    return {
        "ms": got["ms"],
        "rows": len(got["result"]),
        "day": str(start),
        "cpu_ms": got["cpu_ms"],
        "free_ms": got["free_ms"],
        "load": os.getloadavg()[0],
    }


def densest_day_engine(url: str, day: str) -> dict:
    """The same 24 hours as the page asks for them: from the index snapshot's arrays
    (``ui.engine.Engine``, as a fresh page process opens the store), the events' rows and ids
    (median of 5; the snapshot is built first when there is none, not timed)."""
    from pipeline import snapshot
    from pipeline.store import open_store
    from ui.engine import Engine, Filters

    start = datetime.fromisoformat(day)
    store = open_store(url, create=False)
    begin = time.perf_counter()
    snapshot.current(store)
    snapshot.flush()
    prepared = time.perf_counter() - begin
    snapshot._memo.clear()
    begin = time.perf_counter()
    engine = Engine.of(store)  # a fresh page: the index from the file
    opened = time.perf_counter() - begin
    window = Filters(start=start, end=start + timedelta(hours=24) - timedelta(microseconds=1),
                     include_undated=False)  # fmt: skip
    times = []
    for _ in range(6):
        engine._masks.items.clear()
        begin = time.perf_counter()
        rows = np.flatnonzero(engine.select(window).mask)
        ids = engine.index.id_list(rows)
        times.append(time.perf_counter() - begin)
    return {"ms": statistics.median(times[1:]) * 1000, "rows": len(ids), "day": day,
            "prepared_s": prepared, "open_s": opened}  # fmt: skip


def lease_rate(url: str, feeds: int = 500) -> dict:
    """Feeds leased and given back per second by one poller (``Store.claim_feed`` then
    ``save_feed_state``): the bookkeeping a round costs, per feed."""
    from pipeline.store import open_store

    now = datetime.now(UTC)
    with open_store(url) as store:
        start = time.perf_counter()
        for i in range(feeds):
            feed = f"http://127.0.0.1/feed/{i}"
            assert store.claim_feed(feed, "bench", now, timedelta(minutes=5))
            store.save_feed_state(feed, next_due=now + timedelta(minutes=5), lease_owner=None,
                                  lease_until=None)  # fmt: skip
        elapsed = time.perf_counter() - start
    return {"rate": feeds / elapsed}


def pandas_window(n: int) -> dict:
    """The baseline: the same rows in a DataFrame, filtered in memory."""
    import pandas as pd

    df = pd.read_parquet(records_parquet(n, SEED))
    df["published_at"] = pd.to_datetime(df["published_at"], utc=True, format="ISO8601")
    ts = df["published_at"]
    times = []
    for since, until in windows(n):
        start = time.perf_counter()
        df[(ts >= since) & (ts < until)].to_dict("records")
        times.append(time.perf_counter() - start)
    return {"ms": statistics.median(times) * 1000}


# --- run -------------------------------------------------------------------------------------


def run(smoke: bool = False) -> list[dict]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="wiremap-bench-store-", dir=build_dir()) as tmp:
        rows += _throughput_rows("SQLite", lambda: f"sqlite:///{tmp}/{uuid.uuid4().hex}.sqlite",
                                 None, smoke)  # fmt: skip
        base = pg_url()
        rows += _throughput_rows("PostgreSQL", None, base, smoke)
        if smoke:
            path = os.path.join(tmp, "window.sqlite")
            build_sqlite(path, SMOKE)
            got = window_query(path, SMOKE)
            rows.append(_window_row("SQLite", got, None, None, smoke))
            return rows
    n = BIG
    path = str(build_dir() / f"store-{n}-s{SEED}-timeordered-r0010.sqlite")
    isolated(build_sqlite, path, n)
    base_ms, base_rss = isolated(pandas_window, n)
    got, rss = isolated(window_query, path, n)
    rows.append(_window_row("SQLite", got, base_ms["ms"], rss, smoke, base_rss))
    dense, rss = isolated(densest_day, path)
    rows.append(_densest_row("SQLite", dense, rss))
    page, rss = isolated(densest_day_engine, f"sqlite:///{path}", dense["day"])
    rows.append(_engine_row("SQLite", page, rss))
    if base:
        url = _with_schema(base, PG_BENCH_SCHEMA)
        _create_schema(base, PG_BENCH_SCHEMA)
        isolated(build_pg, url, n)
        got, rss = isolated(window_query, url, n)
        rows.append(_window_row("PostgreSQL", got, base_ms["ms"], rss, smoke, base_rss))
        dense, rss = isolated(densest_day, url)
        rows.append(_densest_row("PostgreSQL", dense, rss))
        page, rss = isolated(densest_day_engine, url, dense["day"])
        rows.append(_engine_row("PostgreSQL", page, rss))
        schema = "wiremap_bench_" + uuid.uuid4().hex[:8]
        _create_schema(base, schema)
        try:
            leases, _ = isolated(lease_rate, _with_schema(base, schema))
        finally:
            _drop_schema(base, schema)
        rows.append(row("feed leases (PostgreSQL, claim + give back)", size="500 feeds",
                        value=leases["rate"], unit="feeds/s",
                        note="one poller; a round's bookkeeping per feed (watch)"))  # fmt: skip
    else:
        rows.append(row("24-hour window query (PostgreSQL)", size="1M events", note=NO_PG))
    return rows


LARGE = 37_800  # records in the large source (the fault probe's 10 MB page)
TARGETS = {"SQLite": ">= 15000", "PostgreSQL": ">= 10000"}  # events/s (issue 15)


def _throughput_rows(name, sqlite_url, base, smoke) -> list[dict]:
    n = SMOKE if smoke else THROUGHPUT
    size = f"{n:,} events"
    title = f"ingest throughput ({name}, the writer, rows prepared by the readers)"
    one_process = f"ingest throughput ({name}, prepared and written in one process)"
    per_source = f"ingest throughput ({name}, one transaction per source)"
    large = f"one large source ({name}, Store.add)"
    if sqlite_url is None and base is None:
        return [row(t, size=size, smoke=smoke, note=NO_PG)
                for t in (title, one_process, per_source, large)]  # fmt: skip
    schemas: list[str] = []

    def fresh() -> str:
        if sqlite_url:
            return sqlite_url()
        schema = "wiremap_bench_" + uuid.uuid4().hex[:8]
        _create_schema(base, schema)
        schemas.append(schema)
        return _with_schema(base, schema)

    try:
        if smoke:
            got = writer_rate(fresh(), n)
            both = batched_rate(fresh(), n)
            one = ingest_rate(fresh(), n)
            big = large_source(fresh(), 3 * SMOKE)
            note = "smoke: not timed"
            return [
                row(title, size=size, unit="events/s", smoke=True,
                    note=f"{got['stored']} stored; {note}"),
                row(one_process, size=size, unit="events/s", smoke=True,
                    note=f"{both['stored']} stored; {note}"),
                row(per_source, size=size, unit="events/s", smoke=True,
                    note=f"{one['stored']} stored; {note}"),
                row(large, size=f"{3 * SMOKE:,} events", unit="s", smoke=True,
                    note=f"{big['added']} stored in {big['transactions']} transactions; {note}"),
            ]  # fmt: skip
        got, rss = isolated(writer_rate, fresh(), n)
        both, both_rss = isolated(batched_rate, fresh(), n)
        one, one_rss = isolated(ingest_rate, fresh(), n)
        bare, _ = isolated(bare_rate, fresh(), n)
        big, big_rss = isolated(large_source, fresh(), LARGE)
        return [
            row(
                title,
                size=size,
                value=got["rate"],
                unit="events/s",
                baseline="one bare executemany",
                baseline_value=bare["rate"],
                target=TARGETS[name],
                peak_rss_mb=rss,
                note=f"{got['sources']} sources of 20, a few transactions of whole sources; "
                f"rows prepared beforehand, as the reading processes of ingest --jobs do "
                f"({got['prepare_us']:.0f} µs an event there)",
            ),
            row(
                one_process,
                size=size,
                value=both["rate"],
                unit="events/s",
                baseline="one bare executemany",
                baseline_value=bare["rate"],
                peak_rss_mb=both_rss,
                note=f"{both['sources']} sources of 20, prepared and written by one process "
                "(ingest --jobs 1)",
            ),
            row(
                per_source,
                size=size,
                value=one["rate"],
                unit="events/s",
                baseline="one bare executemany",
                baseline_value=bare["rate"],
                peak_rss_mb=one_rss,
                note=f"{one['sources']} sources of 20, Store.add each: one transaction each",
            ),
            row(
                large,
                size=f"{LARGE:,} events",
                value=big["seconds"],
                unit="s",
                target="<= 10",
                peak_rss_mb=big_rss,
                note=f"longest write transaction {big['longest'] * 1000:,.0f} ms of "
                f"{big['transactions']}; staged in batches, moved at once",
            ),
        ]
    finally:
        for schema in schemas:
            _drop_schema(base, schema)


def _densest_row(name, got, rss) -> dict:
    return row(f"24-hour window on the densest day ({name}, Store.events)", size="1M events",
               value=got["ms"], unit="ms", target="<= 100", peak_rss_mb=rss,
               note=f"{got['rows']:,} events from {got['day'][:10]}; median of 5 calls, CPU "
               f"{got['cpu_ms']:.1f} ms (PostgreSQL: ours only); freeing the previous "
               f"call's records, timed apart: {got['free_ms']:.1f} ms; "
               f"load {got['load']:.1f}")  # fmt: skip


def _engine_row(name, got, rss) -> dict:
    return row(f"24-hour window on the densest day ({name}, the page's engine)",
               size="1M events", value=got["ms"], unit="ms", target="<= 100", peak_rss_mb=rss,
               note=f"{got['rows']:,} events from {got['day'][:10]}, rows and ids from the "
               f"index snapshot's arrays; median of 5; engine opened from the snapshot in "
               f"{got['open_s']:.1f} s (snapshot made first: {got['prepared_s']:.0f} s)",
               )  # fmt: skip


def _window_row(name, got, base_ms, rss, smoke, base_rss=None) -> dict:
    note = f"{got['count']:,} stored, median {got['rows']:.0f} rows per window"
    if base_rss:
        note += f"; pandas peak RSS {base_rss:.0f} MB"
    return row(
        f"24-hour window query ({name}, Store.events)",
        size=f"{got['count']:,} events" if smoke else "1M events",
        value=None if smoke else got["ms"],
        unit="ms",
        baseline="pandas in-memory filter",
        baseline_value=base_ms,
        target="<= 100",
        peak_rss_mb=rss,
        note=note if not smoke else note + "; smoke: not timed",
        smoke=smoke,
    )


if __name__ == "__main__":
    print(json.dumps(run(smoke=True), indent=1))
