"""The event store: SQLite by default, PostgreSQL when a team shares it, one interface over both.

Records go in and come out in the flat shape of ``pipeline.record`` (plus ``story_id``), so
``extract``, ``export`` and the dashboard stay interchangeable.

Rules the store keeps, and why:

- **A source is stored whole or not at all.** ``Store.add`` takes one source; ``Store.write``
  takes several and stores them together, up to ``BATCH_ROWS`` rows a transaction, whole
  sources only. A source larger than that is written in batches to ``staged_events``, which no
  reader looks at, and moved into ``events`` in one last transaction: readers see all of it or
  none, a crash (even SIGKILL) leaves none of it, and a rerun stores it whole.
- **Short write transactions.** No transaction holds the writer lock much longer than a batch
  takes (well under a second), so other writers and the dashboard's paste box never wait long.
- **Writers wait, then give up clearly.** A writer that finds the lock taken, or a PostgreSQL
  server that is restarting, tries again with backoff for up to ``wait`` seconds
  (``WIREMAP_STORE_WAIT``, default 60), then raises ``StoreError`` with one line.
- **Reading never creates or changes a store.** ``open_store(create=False)`` refuses a store
  that is not there, and opens a SQLite file it may not write read-only.
- **Idempotent on ``id``.** The id comes from the brief's own words, so the same page ingested
  twice adds nothing. When the same brief is seen again later its age marker is larger
  ("2 uur geleden" then "5 uur geleden"); it is the same event. Its time is taken from the
  observation with the *smallest age* (``captured_at - published_at``): age markers lose
  precision as they grow ("3 dagen geleden" is only good to a day), so the youngest sighting is
  the most precise. A known time always beats an unknown one; ties keep what is stored. A
  location is replaced only when the stored one is unresolved and the new one is resolved.
- **Stories are linked, never merged** (``pipeline.stories``). ``story_id`` is the id of the
  story's first stored event.
- **Writers take turns.** SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-scoped
  advisory lock. Readers never wait: SQLite runs in WAL mode, PostgreSQL has MVCC.
- **``version()`` changes whenever data changes**, so the dashboard can cache reads on it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import json
import os
import re
import sqlite3
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection, Engine

from parsing.errors import WiremapError
from parsing.settings import get_settings
from pipeline.record import FIELDS, LOCATION_FIELDS, TIME_FIELDS, event_id
from pipeline.rows import (
    JSON_FIELDS,
    LIST_FIELDS,
    NUMBER_FIELDS,
    OBJECT_FIELDS,
    SHORT_LISTS,
    SQLITE_COLUMNS,
    TEXT_FIELDS,
    TIMES,
    to_records,
)
from pipeline.storeurl import default_url, normalize_url  # noqa: F401 (the store's URL)
from pipeline.stories import (  # noqa: F401 (re-exported: the store's story rules)
    STORY_THRESHOLD,
    STORY_WINDOW,
    PlaceLinker,
    Telling,
    body_of,
    place_key,
    similarity,
    telling,
    words,
)
from pipeline.textfold import query_words, search_text, word_pattern

# Search: the words the full-text index holds are the runs of letters and digits of the folded
# text (ASCII), on both backends; PostgreSQL indexes them as the column ``search_words``
# (migration 0009), written with the event.
SEARCH_TOKEN = re.compile(r"[a-z0-9]+")
WAL_LIMIT = 8_000  # pages of SQLite WAL (32 MB) past which a writer waits for its checkpoint
PREFETCH = 256  # pages a PostgreSQL search asks of the disk ahead (``Store.search``)
MAX_LEXEME = 2046  # bytes: PostgreSQL's longest tsvector word (``to_tsvector`` skips longer ones)
WORD_CACHE = 100_000  # event ids whose word sets are kept for story linking
LINK_CACHE = 200_000  # stored neighbours a writer keeps for story linking across transactions
PG_WRITER_LOCK = 0x77697265  # "wire": the advisory lock id every wiremap writer takes
_CHUNK = 500  # ids per IN (...) lookup: well under every backend's parameter limit
_PLACES_PER_QUERY = 500  # places per neighbour lookup
# Rows per write transaction: about half a second of lock at the writer's speed. Fewer,
# larger transactions cost less an event (index pages written to the WAL once per
# transaction, one neighbour read per place, one FTS5 segment): 2,000 -> 6,000 took the
# SQLite writer's CPU from 124-153 to 94-128 us an event in alternating runs; 5,000 keeps the
# lock held near half a second (benchmarks/RESULTS.md, the writer's sixth round).
BATCH_ROWS = 5_000
STAGE_TTL = timedelta(days=1)  # staged rows of a writer that died are dropped after this
WAIT_ENV = "WIREMAP_STORE_WAIT"
DEFAULT_WAIT = 60.0  # seconds a writer waits for the lock or for the server
RETRY_FIRST, RETRY_MAX = 0.05, 5.0  # backoff between tries: doubling, capped

T = TypeVar("T")


class StoreError(WiremapError):
    """The store cannot be opened or used; the message (one line) says what to fix.

    ``unavailable`` is set when the store could not be reached or locked for the whole wait:
    trying the next source at once would only wait again.
    """

    def __init__(self, message: str, *, unavailable: bool = False) -> None:
        super().__init__(message)
        self.unavailable = unavailable


class UTCDateTime(sa.types.TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on both backends.

    SQLite has no time zones: SQLAlchemy would silently drop the offset, so times are turned
    into UTC before they are stored (and sort correctly as text).
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):
            value = parse_time(value)
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = sa.MetaData()
events_table = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("dateline", sa.Text),
    sa.Column("place", sa.Text),
    sa.Column("places", sa.Text),
    sa.Column("qualifier", sa.Text),
    sa.Column("agencies", sa.Text),
    sa.Column("lang", sa.String(16)),
    sa.Column("published_at", UTCDateTime),
    sa.Column("time_basis", sa.String(32)),
    sa.Column("time_text", sa.Text),
    sa.Column("captured_at", UTCDateTime),
    sa.Column("captured_at_basis", sa.String(32)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country_code", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("location_name", sa.Text),
    sa.Column("precision", sa.String(16)),
    sa.Column("confidence", sa.Float),
    sa.Column("location_source", sa.String(32)),
    sa.Column("location_reason", sa.Text),
    sa.Column("home", sa.Text),  # the source's home given by the user (migration 0011)
    sa.Column("mentions", sa.Text),
    sa.Column("focus", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("story_id", sa.String(32), nullable=False),
    sa.Column("place_key", sa.Text),
    sa.Column("ref_time", UTCDateTime),
    sa.Column("first_seen", UTCDateTime, nullable=False),
    sa.Column("last_seen", UTCDateTime, nullable=False),
    sa.Column("seen_count", sa.Integer, nullable=False),
    sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),
    # The folded text the event is searched by (``pipeline.textfold.search_text``), written with
    # it; the full-text index covers it (SQLite FTS5 ``events_fts``, filled by the store in bulk:
    # ``Store._index_search``; PostgreSQL a GIN index over a tsvector).
    sa.Column("search_text", sa.Text),
    # PostgreSQL: the words of ``search_text`` as a tsvector (``search_words``), which its GIN
    # index covers (migration 0009); on SQLite always empty (FTS5 reads ``search_text``).
    sa.Column("search_words", sa.Text().with_variant(pg_dialect.TSVECTOR(), "postgresql")),
    # The ``version()`` an event's indexed fields (time, place, hidden) last changed at, so a
    # reader's index snapshot reads only what changed (``pipeline.snapshot``); None: never.
    sa.Column("touched", sa.BigInteger),
    # A window's rows come in ``events()`` order straight from the index (migration 0010).
    sa.Index("ix_events_published_at_seq", "published_at", "seq"),
    sa.Index("ix_events_seq", "seq"),
    sa.Index("ix_events_place_time", "place_key", "ref_time"),
    sa.Index("ix_events_story", "story_id"),
    # Only the events ever changed: most never are (migration 0008).
    sa.Index(
        "ix_events_touched",
        "touched",
        sqlite_where=sa.text("touched IS NOT NULL"),
        postgresql_where=sa.text("touched IS NOT NULL"),
    ),
)
meta_table = sa.Table(
    "store_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)
feeds_table = sa.Table(
    "feeds",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("content_sha", sa.String(64)),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("next_due", UTCDateTime),
    sa.Column("last_ok", UTCDateTime),
    sa.Column("last_error", sa.Text),
    # Which poller holds the feed, until when (``Store.claim_feed``): pollers sharing a store.
    sa.Column("lease_owner", sa.Text),
    sa.Column("lease_until", UTCDateTime),
)
FEED_STATE_FIELDS = ("etag", "last_modified", "content_sha", "failures", "next_due", "last_ok",
                     "last_error", "lease_owner", "lease_until")  # fmt: skip
# Rows of a large source, written in batches before they are moved into ``events`` at once.
# The same columns as ``events`` (without ``seq``, given at the move), plus the writer's token.
staged_table = sa.Table(
    "staged_events",
    metadata,
    sa.Column("token", sa.String(32), primary_key=True),
    sa.Column("ord", sa.BigInteger, nullable=False),
    sa.Column("staged_at", UTCDateTime, nullable=False),
    *(
        sa.Column(
            c.name,
            c.type,
            primary_key=c.name == "id",
            nullable=c.nullable,
            server_default=c.server_default.arg if c.server_default is not None else None,
        )
        for c in events_table.columns
        if c.name != "seq"
    ),
    sa.Index("ix_staged_events_staged_at", "staged_at"),
)
EVENT_COLUMNS = tuple(c.name for c in events_table.columns)
STAGED_COLUMNS = tuple(k for k in EVENT_COLUMNS if k != "seq")


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one ``Store.add`` did: new events, and events that were already stored."""

    added: int
    seen: int
    updated: int = 0  # of ``seen``: stored events whose time or place got better


@dataclass(frozen=True, slots=True)
class Prepared:
    """One source's rows, ready to store: one row per id, in page order (``prepare``)."""

    source: str | None
    rows: dict[str, dict]

    def __len__(self) -> int:
        return len(self.rows)


# --- times -----------------------------------------------------------------------------------


def _aware_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _sqlite_time(value: datetime | None) -> str | None:
    """A time as ``UTCDateTime`` stores it on SQLite: naive UTC text, microseconds always."""
    if value is None:
        return None
    if value.tzinfo is not UTC:  # records' times are UTC already: no conversion for those
        value = _aware_utc(value)
    # Not ``isoformat``, which goes through C's printf: 9,800 instructions a call, a tenth of
    # the SQLite writer's (callgrind); Python's own formatting writes the same text.
    return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 (the fastest here)
        value.year, value.month, value.day, value.hour, value.minute, value.second,
        value.microsecond,
    )  # fmt: skip


def parse_time(value: str | datetime | None) -> datetime | None:
    """An aware datetime from a record's ISO text (naive means UTC: records are UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# --- rows <-> records ------------------------------------------------------------------------


_to_json = json.JSONEncoder(ensure_ascii=False).encode


@functools.lru_cache(maxsize=8192)
def _short_json(values: tuple) -> str:
    # Agency and place lists repeat endlessly: encode each spelling once.
    return _to_json(list(values))


def search_words(text: str | None) -> str | None:
    """The words PostgreSQL's search index holds for a search text, as tsvector input: its runs
    of letters and digits, each once (what ``to_tsvector('simple', ...)`` makes of them)."""
    if text is None:
        return None
    found = dict.fromkeys(SEARCH_TOKEN.findall(text))
    if found and max(map(len, found)) > MAX_LEXEME:  # rare: checked once, not word by word
        found = dict.fromkeys(w for w in found if len(w) <= MAX_LEXEME)
    return " ".join(found)


def _to_row(record: dict) -> dict:
    row = {key: record.get(key) for key in FIELDS}
    if not row["text"]:
        raise ValueError("an event record needs its text")
    row["search_text"] = search_text(record)
    row["search_words"] = search_words(row["search_text"])
    row["id"] = row["id"] or event_id(row["text"])
    for key in LIST_FIELDS:
        value = row[key] or ()
        if key in SHORT_LISTS and all(isinstance(v, str) for v in value):
            row[key] = _short_json(tuple(value))
        else:
            row[key] = _to_json(list(value))
    for key in OBJECT_FIELDS:
        row[key] = None if row[key] is None else _to_json(row[key])
    for key in ("published_at", "captured_at"):
        row[key] = parse_time(row[key])
    row["place_key"] = place_key(record)
    row["ref_time"] = row["published_at"] or row["captured_at"]
    return row


def _packs_fields(dialect: str) -> bool:
    """Whether a read on ``dialect`` packs its short fields (``Store._read_select``), and so
    whether its rows are unpacked (``_to_records``): one answer for both."""
    return dialect == "sqlite"


def _to_records(rows: Sequence, dialect: str) -> list[dict]:
    """Stored rows (``Store._read_select`` on ``dialect``) as records (``rows.to_records``)."""
    return to_records(rows, _packs_fields(dialect))


_gc_lock = threading.Lock()
_gc_held = [0, False]  # sections running, whether the collector was on before the first


@contextlib.contextmanager
def _gc_paused(settle: bool = False) -> Iterator[None]:
    """No garbage collection while a day's records or a transaction's rows are made: they hold
    no cycles, and each collection on the way walks every object of the process (the
    gazetteer's among them) for nothing; a tenth of the time of either. Threads may nest.

    With ``settle`` (a window's read), what was made goes straight to the oldest generation at
    the end (``gc.freeze`` then ``unfreeze``: two list splices), not walked by the first young
    collection after the pause: for a day's 6,884 records that walk was 4-10 ms of the read.
    Not while something else holds objects frozen (``pipeline.parallel`` before it forks):
    unfreezing would let those go too. Writes do not settle: ``gc.get_freeze_count`` walks the
    whole frozen list, and once a transaction it cost the writer a tenth of its rate.
    """
    with _gc_lock:
        if _gc_held[0] == 0:
            _gc_held[1] = gc.isenabled()
            gc.disable()
        _gc_held[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_held[0] -= 1
            if _gc_held[0] == 0 and _gc_held[1]:
                if settle and gc.get_freeze_count() == 0:
                    gc.freeze()
                    gc.unfreeze()
                gc.enable()


def _pg_time(column):
    """PostgreSQL: a time as the record's ISO text, written by the server: UTC, "+00:00",
    microseconds only when there are any (as ``datetime.isoformat`` writes it). One
    ``to_char`` and one ``replace`` a value: the whole second's ".000000" is the only place the
    text can hold ".000000+". (SQLite sends its times as stored: ``rows._times``.)"""
    utc = sa.func.timezone("UTC", column)
    text = sa.func.to_char(utc, 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"', type_=sa.Text)
    return sa.type_coerce(sa.func.replace(text, ".000000+", "+", type_=sa.Text), sa.Text)


def _pg_json_bytes(column):
    """A JSON field's stored text as bytes (UTF-8, as stored): the driver copies it, where a
    ``str`` is decoded, and orjson reads it as it is, where a ``str`` is encoded again."""
    return sa.type_coerce(sa.func.convert_to(column, "UTF8"), sa.LargeBinary)


def _raw_rows(conn: Connection, query) -> list[tuple]:
    """Every row of ``query`` as the driver's own tuples: no result processing or ``Row`` per
    row (a fifth of a day's read). Only for reads that need none (``Store._read_select``,
    whose times come as text)."""
    result = conn.execute(query)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


READ_CHUNK = 1_000  # rows a PostgreSQL read hands over at a time (``_read_records``)


def _read_records(conn: Connection, query) -> list[dict]:
    """The records of a ``READ_COLUMNS`` query, read at once (a window, some ids, a story).

    PostgreSQL sends them in chunks (libpq's chunked rows), and each chunk is made into records
    while the server reads and sends the next: its work (the index scan, the times written
    out, the rows sent) overlaps ours instead of coming before it. The rows come in its binary
    format (numbers are not written out as text and parsed again). The query's parameters go
    to the driver as they are: only plain values (times, ids, a limit) that need no processing.
    """
    if conn.dialect.name != "postgresql":
        return _to_records(_raw_rows(conn, query), conn.dialect.name)
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    sql, params = str(compiled), compiled.params
    records: list[dict] = []
    try:
        with conn.connection.driver_connection.cursor(binary=True) as cursor:
            if not _chunked_rows():  # a libpq before 17: the rows all at once
                cursor.execute(sql, params)
                return _to_records(cursor.fetchall(), conn.dialect.name)
            rows = cursor.stream(sql, params, size=READ_CHUNK)
            while chunk := list(itertools.islice(rows, READ_CHUNK)):
                records += _to_records(chunk, conn.dialect.name)
    except conn.dialect.loaded_dbapi.Error as err:
        # Reported as SQLAlchemy reports a driver's error; a connection the server closed is
        # not given back to the pool.
        if conn.dialect.is_disconnect(err, conn.connection.dbapi_connection, None):
            conn.invalidate(err)
        raise sa.exc.DBAPIError.instance(sql, params, err, conn.dialect.loaded_dbapi.Error) from err
    return records


@functools.cache
def _chunked_rows() -> bool:
    import psycopg

    return psycopg.capabilities.has_stream_chunked()


def _age(row: dict) -> timedelta | None:
    if row.get("published_at") is None or row.get("captured_at") is None:
        return None
    return row["captured_at"] - row["published_at"]


def _better_time(new: dict, old: dict) -> bool:
    """Should ``new``'s time replace ``old``'s? (see the module docstring)"""
    if new.get("published_at") is None:
        return False
    if old.get("published_at") is None:
        return True
    new_age, old_age = _age(new), _age(old)
    return new_age is not None and old_age is not None and abs(new_age) < abs(old_age)


def _better_place(new: dict, old: dict) -> bool:
    return old.get("lat") is None and new.get("lat") is not None


def _improvement(new: dict, old: dict) -> dict:
    """The fields of ``old`` that ``new`` makes better (a younger sighting, a found place)."""
    change: dict = {}
    if _better_time(new, old):
        change.update({k: new[k] for k in TIME_FIELDS}, ref_time=new["ref_time"])
    if _better_place(new, old):
        change.update({k: new[k] for k in LOCATION_FIELDS}, search_text=new["search_text"],
                      search_words=new.get("search_words"))  # fmt: skip
    return change


def prepare(records: Iterable[dict], source: str | None = None) -> Prepared:
    """One source's records as store rows, one per id (``ValueError`` for a record with no text).

    ``source`` fills records that carry none. The same brief twice in one source is one row,
    timed by its youngest sighting.
    """
    rows: dict[str, dict] = {}
    for record in records:
        row = _to_row(record)
        if source and not row["source"]:
            row["source"] = source
        known = rows.get(row["id"])
        if known is None:
            rows[row["id"]] = row
        elif _better_time(row, known):
            known.update({k: row[k] for k in TIME_FIELDS}, ref_time=row["ref_time"])
    for row in rows.values():
        # The words stories are linked by, worked out here: with ``--jobs`` in the reading
        # processes, not in the one that writes (``pipeline.ingest``).
        row[TELLING] = telling(body_of(row))
    return Prepared(source, rows)


TELLING = "_telling"  # a prepared row's ``Telling`` (not a column: never written)


@dataclass(slots=True)
class _Known:
    """A place's story linker, holding every stored event of the place within ``lo``..``hi``
    (and the events linked since): what one writer carries from one transaction to the next."""

    linker: PlaceLinker
    lo: datetime
    hi: datetime


@dataclass(slots=True)
class _Merge:
    """Sources of one transaction merged against what is stored, in order (``_merge``)."""

    fresh: dict[str, dict]  # new rows by id, ``seen_count`` counted
    changes: dict[str, dict]  # stored id -> fields to improve
    seen: Counter  # stored id -> how many of these sources saw it again
    results: list[AddResult]


def _merge(sources: Sequence[Prepared], stored: dict[str, dict]) -> _Merge:
    """What storing ``sources`` one after another would do, worked out at once.

    ``stored`` (id -> id, lat and times of stored events) is updated as the sources improve it.
    """
    fresh: dict[str, dict] = {}
    changes: dict[str, dict] = {}
    seen: Counter = Counter()
    results = []
    for source in sources:
        added = again = updated = 0
        for key, new in source.rows.items():
            old = stored.get(key)
            if old is None and key not in fresh:
                fresh[key] = {**new, "seen_count": 1}
                added += 1
                continue
            again += 1
            if old is not None:
                seen[key] += 1
                change = _improvement(new, old)
                if change:
                    changes.setdefault(key, {}).update(change)
            else:
                old = fresh[key]
                old["seen_count"] += 1
                change = _improvement(new, old)
            old.update(change)
            updated += bool(change)
        results.append(AddResult(added=added, seen=again, updated=updated))
    return _Merge(fresh, changes, seen, results)


# --- opening ---------------------------------------------------------------------------------


def default_wait() -> float:
    """``WIREMAP_STORE_WAIT`` seconds, else ``DEFAULT_WAIT``."""
    value = get_settings().store_wait or ""
    if not value:
        return DEFAULT_WAIT
    try:
        wait = float(value)
    except ValueError:
        wait = -1.0
    if not wait >= 0:
        raise StoreError(f"{WAIT_ENV}={value!r} is not a number of seconds")
    return wait


def open_store(url: str | None = None, *, create: bool = True, wait: float | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    ``url`` None -> env ``WIREMAP_DB`` -> ``<user data dir>/events.sqlite``. SQLite runs in WAL
    mode so the dashboard reads while an ingest writes; PostgreSQL by ``postgresql+psycopg://``.
    ``create=False`` is for readers: a store that does not exist is a ``StoreError``, never an
    empty new one, and a SQLite file that cannot be written is opened read-only. ``wait``:
    seconds a writer waits for the lock or the server (``default_wait``).
    """
    url = normalize_url(url or default_url())
    wait = default_wait() if wait is None else wait
    engine = None
    try:
        engine = _engine(url, wait) if create else _reader_engine(url, wait)
        store = Store(engine, wait=wait, url=url)
        if create:
            store._checkpoint_aside()
            store.migrate()
        elif store.schema_revision() != _head():
            engine.dispose()
            _upgrade_for_reading(url, store.schema_revision(), wait)
            return open_store(url, create=False, wait=wait)
    except Exception as err:
        if engine is not None:
            engine.dispose()
        if isinstance(err, StoreError):
            raise
        if isinstance(err, sa.exc.ArgumentError):
            raise StoreError(f"not a database URL: {_safe(url)} ({err})") from None
        if isinstance(err, sa.exc.DBAPIError):
            raise StoreError(f"cannot open the store at {_safe(url)}: {_reason(err)}") from None
        if isinstance(err, ModuleNotFoundError):
            raise StoreError(f"no database driver for {_safe(url)}: {err}") from None
        raise
    return store


def _upgrade_for_reading(url: str, revision: str | None, wait: float) -> None:
    """A reader found no store, or one made by an older Wiremap: say so, or upgrade it once."""
    if revision is None:
        raise StoreError(
            f"no Wiremap store at {_safe(url)}: nothing has been ingested there "
            "(check --db or WIREMAP_DB)"
        )
    try:
        open_store(url, create=True, wait=wait).close()
    except StoreError as err:
        raise StoreError(
            f"the store at {_safe(url)} was made by an older Wiremap and must be upgraded "
            f"once by a user who may write it ({err})"
        ) from None


def _safe(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def _reason(err: BaseException) -> str:
    """A database error's own words, on one line."""
    orig = getattr(err, "orig", None)
    return " ".join(str(orig or err).split()) or type(err).__name__


@functools.cache
def _head() -> str:
    """The newest migration's revision, read from the files in ``migrations/versions``: a store
    that is current is opened without importing Alembic (measured: the page's first run sends
    its map 0.15 s sooner, more on a busy machine). ``tests/test_schema.py`` checks it against
    Alembic's own head."""
    revisions, parents = set(), set()
    for path in (Path(__file__).parent / "migrations" / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revisions.update(re.findall(r"^revision\b[^=]*=\s*[\"']([^\"']+)", text, re.M))
        for value in re.findall(r"^down_revision\b[^=]*=(.*)$", text, re.M):
            parents.update(re.findall(r"[\"']([^\"']+)[\"']", value))
    heads = revisions - parents
    if len(heads) != 1:
        raise StoreError(f"the store's migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def _revision(conn: Connection) -> str | None:
    """The store's revision (Alembic's ``alembic_version`` table), None for no schema."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.set_main_option("path_separator", "os")
    return config


# SQLite: how much of a store's file each connection reads through a memory map
# (``PRAGMA mmap_size``), on every connection the store opens. A mapped page is read where it
# lies in the OS's cache, with no ``pread`` into SQLite's own 2 MB cache: a 1M store's densest
# day, its rows scattered over the file (6,700 pages), in 69-79 ms of CPU against 80-96, and a
# scan of every row in 4.3 s against 10.0 (``benchmarks/RESULTS.md``, `store` 2026-12-04 18:00).
# - The size asks for the whole file: SQLite maps the file's size (remapped as it grows), never
#   more, and caps the request at its build's ``SQLITE_MAX_MMAP_SIZE`` (2 GiB less 64 KiB in
#   SQLite's default builds, Debian's among them). A store larger than that is mapped up to
#   there and read past it as without a map: its newest rows, in a store filled as news comes.
# - Not on a 32-bit Python: one 2 GiB map per pooled connection would take the address space.
# - An I/O error on a mapped page is a SIGBUS, not an error SQLite can report: the store is a
#   local file (WAL mode needs one already: its shared memory does not work over a network),
#   and nothing but SQLite shortens it (the store never runs VACUUM).
# - Writes are not made through the map (SQLite's default build), and the WAL is read as
#   before: a page committed but not yet checkpointed comes from the WAL file. Other processes'
#   writes reach a map through the OS's one page cache (Linux, macOS and Windows have one).
# - Mapped pages that were read count in the process's resident memory (``RssFile``): they are
#   the OS's cached pages of the file, shared and dropped under pressure, not memory of its own.
# - Not on the first read's short connections (``firstread._connect``), nor the checkpointer's,
#   which reads no table pages: a map pays off on a connection that is kept or reads much.
SQLITE_MMAP_SIZE = 2**40 if sys.maxsize > 2**32 else 0


def _sqlite_pragmas(dbapi_connection, *, wal: bool, wait: float) -> None:
    # Take transaction control from the sqlite3 module, which would otherwise commit before DDL
    # and begin lazily; BEGIN is emitted by the "begin" listener of each engine.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    if wal:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe in WAL: a crash loses no commit
    cursor.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_SIZE}")  # reads through a map (above)
    cursor.close()


def _no_autocheckpoint(dbapi_connection, _record) -> None:
    # See ``_Checkpointer``. A WAL started afresh is cut back to ``WAL_LIMIT`` pages (SQLite
    # reuses it at the size it grew to otherwise), so its file's size tells how far it has
    # grown since: ``_Checkpointer.soon`` reads it.
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")
    page = dbapi_connection.execute("PRAGMA page_size").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA journal_size_limit={WAL_LIMIT * int(page)}")


def _engine(url: str, wait: float = DEFAULT_WAIT) -> Engine:
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    database = parsed.database
    memory = not database or database == ":memory:"
    if not memory:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict = {"connect_args": {"timeout": wait, "check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = sa.pool.StaticPool
    engine = sa.create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        _sqlite_pragmas(dbapi_connection, wal=not memory, wait=wait)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        write = conn.get_execution_options().get("wiremap_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _reader_engine(url: str, wait: float) -> Engine:
    """An engine that can only read, on a store that must exist already (see ``open_store``)."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    database = parsed.database
    if not database or database == ":memory:":
        return _engine(url, wait)
    path = Path(database)
    if not path.is_file():
        raise StoreError(
            f"no Wiremap store at {path}: the file does not exist (check --db or WIREMAP_DB)"
        )
    target = f"file:{quote(str(path.resolve()))}"

    def connect() -> sqlite3.Connection:
        # Read-only first; a WAL store in a folder we may not write needs "immutable", since
        # read-only WAL wants its -shm file: then nobody can be writing it either.
        for mode in ("?mode=ro", "?immutable=1"):
            conn = sqlite3.connect(target + mode, uri=True, timeout=wait, check_same_thread=False)
            try:
                conn.execute("PRAGMA schema_version").fetchone()
                return conn
            except sqlite3.Error as err:
                conn.close()
                failure = err
        raise failure

    engine = sa.create_engine("sqlite://", creator=connect, poolclass=sa.pool.NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        _sqlite_pragmas(dbapi_connection, wal=False, wait=wait)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


# --- retries ---------------------------------------------------------------------------------

_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")
# PostgreSQL states worth another try: the server going away or starting, and conflicts.
_PG_AGAIN = {"57P01", "57P02", "57P03", "40001", "40P01"}
_PG_LOCK_TIMEOUT = "55P03"


def _retryable(err: sa.exc.DBAPIError, dialect: str) -> str | None:
    """ "locked" or "unavailable" when trying again later may work, else None."""
    orig = err.orig
    if dialect == "sqlite":
        text = str(orig).lower()
        return "locked" if any(m in text for m in _SQLITE_BUSY) else None
    state = getattr(orig, "sqlstate", None)
    if state == _PG_LOCK_TIMEOUT:
        return None  # our own lock_timeout: the whole wait is already spent
    if err.connection_invalidated or (state or "").startswith("08") or state in _PG_AGAIN:
        return "unavailable"
    if state is None and isinstance(err, sa.exc.OperationalError):
        return "unavailable"  # no connection at all: refused, reset, server gone
    return None


# --- the store -------------------------------------------------------------------------------


class _Checkpointer:
    """A SQLite writer's WAL written back into the database by a thread of its own.

    SQLite does it in the committing writer by default, whenever the WAL has grown past a
    thousand pages: with every batch of an ingest that was a sixth of the writer's time (11 of
    83 µs an event, measured), much of it waiting for the disk. Here the commit only wakes this
    thread, which runs a PASSIVE checkpoint on its own connection (it never waits for, nor
    blocks, a reader or a writer) while the writer goes on. Errors are left to the next try
    (or to SQLite itself: closing the last connection checkpoints, and a crash loses nothing).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.wal = f"{path}-wal"
        self.page = 4096  # bytes, SQLite's default; the database's own once connected
        self.wake, self.done = threading.Event(), threading.Event()
        self.done.set()  # no checkpoint running
        self.stopping = False
        self.thread: threading.Thread | None = None

    def soon(self, wait: float) -> None:
        """Checkpoint what was committed, unless a checkpoint is still running (the next commit
        starts the next one: the writer does not wait for the disk). When the WAL has grown past
        ``WAL_LIMIT`` wait (up to ``wait`` s) for a checkpoint of everything committed: SQLite
        starts the WAL afresh only when a transaction begins after a complete checkpoint, so a
        writer that never waited would let it grow without end. How far it has grown is the
        WAL file's size, which a fresh start cuts back to the limit (``_no_autocheckpoint``):
        known at once, where a checkpoint's own count is late when this thread is starved.
        """
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="wiremap-checkpoint",
                                           daemon=True)  # fmt: skip
            self.thread.start()
        if self._wal_pages() > WAL_LIMIT:
            self.done.wait(wait)  # the one running, which may have begun before this commit
            self.done.clear()
            self.wake.set()
            self.done.wait(wait)
        elif self.done.is_set():  # one checkpoint at a time
            self.done.clear()
            self.wake.set()

    def _wal_pages(self) -> float:
        """The WAL file's size in pages: 0 when absent."""
        try:
            return os.stat(self.wal).st_size / self.page
        except OSError:
            return 0

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        while True:
            self.wake.wait()
            self.wake.clear()
            if self.stopping:
                break
            try:
                if conn is None:
                    conn = sqlite3.connect(self.path, timeout=0, isolation_level=None)
                    self.page = conn.execute("PRAGMA page_size").fetchone()[0]
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            except sqlite3.Error:
                if conn is not None:
                    conn.close()
                conn = None
            self.done.set()
        if conn is not None:
            conn.close()

    def close(self) -> None:
        if self.thread is not None:
            self.stopping = True
            self.wake.set()
            self.thread.join(timeout=60)
            self.thread = None


class Store:
    """Events kept in a database; see the module docstring for the rules."""

    def __init__(
        self, engine: Engine, *, wait: float = DEFAULT_WAIT, url: str | None = None
    ) -> None:
        self.engine = engine
        # Where the store is, as opened: a read-only SQLite engine's own URL is "sqlite://".
        self.url = url or engine.url.render_as_string(hide_password=False)
        self.dialect = engine.dialect.name
        self.wait = wait
        self.batch_rows = BATCH_ROWS
        self._word_cache: dict[str, Telling] = {}
        # Story linkers by place, valid while the store's version is ``_link_version``: the
        # one this writer's last commit left (another writer's commit, or a failed one, makes
        # them stale). See ``_carried``.
        self._linkers: dict[str, _Known] = {}
        self._link_version: int | None = None
        self._link_next: int | None = None
        self._can_prefetch: bool | None = None  # PostgreSQL may read ahead (``_prefetch``)
        self._checkpointer: _Checkpointer | None = None

    # context manager and lifetime
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.close()
        self.engine.dispose()

    def _checkpoint_aside(self) -> None:
        """A SQLite file store that this process writes: its WAL is checkpointed by a thread
        of its own after each commit (``_Checkpointer``), not by the committing writer."""
        database = self.engine.url.database if self.dialect == "sqlite" else None
        if not database or database == ":memory:" or self._checkpointer is not None:
            return
        self._checkpointer = _Checkpointer(database)
        event.listen(self.engine, "connect", _no_autocheckpoint)
        self.engine.dispose()  # connections made before (the migration's) take it up too

    def _committed(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.soon(self.wait)

    def __repr__(self) -> str:
        return f"Store({_safe(str(self.engine.url))})"

    # transactions
    def _writing(self, *, lock: bool = True, durable: bool = True):
        """A connection in a write transaction that holds the writer lock (on PostgreSQL
        ``lock=False`` leaves it to row locks: feed leases must not queue behind an ingest;
        ``durable=False``: its commit does not wait for the disk, see ``write``)."""
        return _WriteTransaction(self, lock=lock, durable=durable)

    def _retrying(
        self, work: Callable[[Connection], T], *, lock: bool = True, durable: bool = True
    ) -> T:
        """``work`` in one write transaction, tried again while the lock is taken or the server
        is away, for up to ``wait`` seconds; every database failure ends as a ``StoreError``.

        ``work`` must be safe to run again: a failed try leaves nothing behind.
        """
        deadline = time.monotonic() + self.wait
        delay = RETRY_FIRST
        while True:
            try:
                with self._writing(lock=lock, durable=durable) as conn:
                    return work(conn)
            except sa.exc.DBAPIError as err:
                kind = _retryable(err, self.dialect)
                where = _safe(str(self.engine.url))
                if kind is None:
                    if getattr(err.orig, "sqlstate", None) == _PG_LOCK_TIMEOUT:
                        raise StoreError(
                            f"the store at {where} stayed locked by another writer for over "
                            f"{self.wait:g} s ({WAIT_ENV})",
                            unavailable=True,
                        ) from None
                    raise StoreError(f"the store at {where} failed: {_reason(err)}") from None
                if time.monotonic() + delay > deadline:
                    what = "locked by another writer" if kind == "locked" else "unavailable"
                    raise StoreError(
                        f"the store at {where} stayed {what} for over {self.wait:g} s "
                        f"({WAIT_ENV}): {_reason(err)}",
                        unavailable=True,
                    ) from None
            time.sleep(delay)
            delay = min(delay * 2, RETRY_MAX)

    def migrate(self) -> None:
        """Bring the schema to the newest revision, keeping the data (Alembic, in one lock)."""
        head = _head()
        with self.engine.connect() as conn:  # fast path: nothing to do, no lock, no Alembic
            current = _revision(conn) == head
            if current and self._fill_mark(conn) is None:
                return
        if not current:
            from alembic import command
            from alembic.runtime.migration import MigrationContext

            config = _alembic_config()
            with self._writing() as conn:
                if MigrationContext.configure(conn).get_current_revision() != head:
                    config.attributes["connection"] = conn
                    command.upgrade(config, "head")
        self.fill_search()

    @staticmethod
    def _fill_mark(conn: Connection) -> int | None:
        """How far ``fill_search`` got (the last ``seq`` filled), None when nothing is left."""
        query = sa.select(meta_table.c.value).where(meta_table.c.key == "search_fill")
        return conn.execute(query).scalar()

    def fill_search(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Fill the search text (and refold the place keys) of the events stored before
        migration 0007, and on PostgreSQL the search words of those stored before 0009, in
        short transactions of ``FILL_BATCH`` events, oldest first, and put them in the search
        index. Returns how many it filled.

        Each batch commits with the mark of how far it got (``store_meta.search_fill``): a fill
        that is interrupted (even by SIGKILL) leaves a store that works, whose not yet filled
        events are not found by a search, and the next writer to open it goes on from there.
        ``progress(done, total)`` is told after each batch (default: a line on stderr now and
        then, for a fill of more than one batch).
        """
        from pipeline import textfold  # looked up at each call: tests interrupt the fold

        c, m = events_table.c, meta_table.c
        postgres = self.dialect == "postgresql"
        # What is left to fill: PostgreSQL's words (0009) are missing wherever the text is.
        empty = c.search_words.is_(None) if postgres else c.search_text.is_(None)
        with self.engine.connect() as conn:
            mark = self._fill_mark(conn)
            if mark is None:
                return 0
            total = conn.execute(sa.select(sa.func.count()).where(c.seq > mark, empty)).scalar()
        report = progress or _FillReport(total)
        done = 0
        columns = (c.seq, c.title, c.text, c.dateline, c.place, c.location_name, c.focus,
                   c.geonameid, c.place_key, c.search_text)  # fmt: skip
        values = {"search_text": sa.bindparam("_text"), "place_key": sa.bindparam("_key")}
        if postgres:
            values["search_words"] = sa.bindparam("_words", type_=c.search_words.type)
        update = events_table.update().where(c.seq == sa.bindparam("_seq")).values(values)

        def batch(conn: Connection) -> int:
            mark = self._fill_mark(conn)
            if mark is None:
                return 0
            query = sa.select(*columns).where(c.seq > mark, empty).order_by(c.seq)
            rows = conn.execute(query.limit(FILL_BATCH)).mappings().all()
            if not rows:
                conn.execute(meta_table.delete().where(m.key == "search_fill"))
                self._bump_version(conn)  # readers search again, now finding every event
                return 0
            params = []
            for r in rows:
                text = r["search_text"] or textfold.search_text(r)
                params.append({"_seq": r["seq"], "_text": text, "_words": search_words(text),
                               "_key": place_key(r) or r["place_key"]})  # fmt: skip
            conn.execute(update, params)
            if self.dialect == "sqlite":  # in the index at once, in one statement (0008)
                conn.exec_driver_sql(
                    "INSERT INTO events_fts(rowid, search_text) SELECT seq, search_text"
                    " FROM events WHERE seq IN (SELECT value FROM json_each(?))",
                    (_to_json([p["_seq"] for p in params]),),
                )
            last = rows[-1]["seq"]
            conn.execute(meta_table.update().where(m.key == "search_fill").values(value=last))
            return len(rows)

        while got := self._retrying(batch):
            done += got
            report(done, total)
        return done

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _revision(conn)

    # writing
    def add(self, records: Iterable[dict], *, source: str | None = None) -> AddResult:
        """Store one source's records, whole or not at all; known ids are not added again.

        ``source`` fills records that carry none. Returns how many were new and how many were
        already stored (the same brief seen again). Raises ``StoreError`` (one line) when the
        store fails, ``ValueError`` for a record with no text.
        """
        return self.write([prepare(records, source)])[0]

    def write(self, sources: Sequence[Prepared], *, durable: bool = True) -> list[AddResult]:
        """Store several prepared sources (``prepare``), each whole, in as few transactions as
        ``batch_rows`` allows; the result is what adding them one by one would give.

        ``durable=False`` (PostgreSQL): the commits do not wait for the server's WAL to reach
        its disk (``synchronous_commit = off``; each source is still whole or absent). A server
        that crashes within about 0.6 s after such a commit (not a clean stop, not a client
        that dies) loses it; the next durable commit, or ``sync``, makes it and every earlier
        one durable. ``SourceWriter`` writes its batches so and syncs at the end of a run: the
        wait was 6-9 us an event, a tenth of PostgreSQL's writer. SQLite's commits never wait
        for its disk here (WAL with ``synchronous=NORMAL``).

        On a ``StoreError`` the sources of the failed transaction and every later one are not
        stored; the ones before are.
        """
        results: list[AddResult | None] = [None] * len(sources)
        group: list[int] = []
        size = 0

        def flush() -> None:
            nonlocal size
            if group:
                batch = [sources[i] for i in group]
                with _gc_paused():
                    got = self._retrying(lambda conn: self._write_group(conn, batch),
                                         durable=durable)  # fmt: skip
                self._link_version = self._link_next  # committed: the linkers are current
                for i, result in zip(group, got, strict=True):
                    results[i] = result
            group.clear()
            size = 0

        for i, source in enumerate(sources):
            if len(source) > self.batch_rows:
                flush()
                results[i] = self._write_staged(source)
                continue
            if group and size + len(source) > self.batch_rows:
                flush()
            group.append(i)
            size += len(source)
        flush()
        return [r if r is not None else AddResult(0, 0) for r in results]

    def _write_group(self, conn: Connection, sources: Sequence[Prepared]) -> list[AddResult]:
        """Whole sources in the caller's transaction (each row copied: a retry starts afresh)."""
        now = datetime.now(UTC)
        version = self._carried(conn)
        ids = list(dict.fromkeys(key for source in sources for key in source.rows))
        merged = _merge(sources, self._stored(conn, ids))
        fresh = list(merged.fresh.values())
        if fresh:
            self._link_stories(conn, fresh, self._linkers, carried=True)
            seq = conn.execute(sa.select(sa.func.max(events_table.c.seq))).scalar() or 0
            for n, row in enumerate(fresh, start=seq + 1):
                row.update(seq=n, first_seen=now, last_seen=now)
            self._insert(conn, events_table, fresh)
            self._index_search(conn, seq)
        self._update_seen(conn, merged, now)
        if any("ref_time" in change for change in merged.changes.values()):
            self._linkers.clear()  # a stored event moved in time: the linkers hold it where it was
        if fresh or merged.changes:
            self._bump_version(conn)
            version += 1
        self._link_next = version
        return merged.results

    def sync(self) -> None:
        """Make every commit before this one durable (see ``write``): on PostgreSQL one short
        synchronous transaction that writes a row (a transaction that writes nothing, even with
        an id, does not wait for the WAL), so its commit waits for the WAL up to it, which holds
        every earlier commit. The row is the store's id, rewritten as it is: no writer touches
        it. Nothing to do on SQLite."""

        def sync(conn: Connection) -> None:
            conn.exec_driver_sql("SET LOCAL synchronous_commit = on")  # whatever the server's
            conn.exec_driver_sql("UPDATE store_meta SET value = value WHERE key = 'store_id'")

        if self.dialect == "postgresql":
            self._retrying(sync, lock=False)

    def _carried(self, conn: Connection) -> int:
        """The store's version, read in the write transaction (under the writer lock); the
        carried story linkers are dropped unless this writer's last commit left that version.

        Until this transaction commits they count as stale (a failed try may have linked rows
        that were never stored)."""
        query = sa.select(meta_table.c.value).where(meta_table.c.key == "version")
        version = int(conn.execute(query).scalar() or 0)
        held = sum(len(k.linker.candidates) for k in self._linkers.values())
        if version != self._link_version or held > LINK_CACHE:
            self._linkers.clear()
        self._link_version = None
        return version

    def _write_staged(self, source: Prepared) -> AddResult:
        """A large source in batches through ``staged_events``, then moved in one transaction."""
        token = uuid.uuid4().hex
        rows = list(source.rows.values())
        linkers: dict[str, _Known] = {}  # by place, across the batches of this source
        staged = seen = updated = 0
        now = datetime.now(UTC)
        try:
            self._retrying(
                lambda conn: conn.execute(
                    staged_table.delete().where(staged_table.c.staged_at < now - STAGE_TTL)
                )
            )
            for start in range(0, len(rows), self.batch_rows):
                chunk = Prepared(
                    source.source, {r["id"]: r for r in rows[start : start + self.batch_rows]}
                )
                with _gc_paused():
                    merge = self._retrying(
                        lambda conn, chunk=chunk, first=staged: self._stage(
                            conn, token, chunk, first, linkers
                        )
                    )
                [result] = merge.results
                staged += result.added
                seen += result.seen
                updated += result.updated
            moved = self._retrying(lambda conn: self._move_staged(conn, token))
        finally:
            # Moved or not, the staged rows go; in a transaction of their own, so the move
            # holds the lock no longer than it must. One try, no waiting: when the store is
            # away they stay invisible and expire (STAGE_TTL).
            with contextlib.suppress(Exception), self._writing() as conn:
                conn.execute(staged_table.delete().where(staged_table.c.token == token))
        return AddResult(added=moved, seen=seen + staged - moved, updated=updated)

    def _stage(
        self, conn: Connection, token: str, chunk: Prepared, first: int, linkers: dict
    ) -> _Merge:
        """One batch of a large source: new rows to ``staged_events``, known ones updated."""
        now = datetime.now(UTC)
        merged = _merge([chunk], self._stored(conn, list(chunk.rows)))
        fresh = list(merged.fresh.values())
        if fresh:
            self._link_stories(conn, fresh, linkers)
            staged = [
                {**{k: row[k] for k in STAGED_COLUMNS if k in row}, "token": token,
                 "ord": first + n, "staged_at": now, "first_seen": now, "last_seen": now}
                for n, row in enumerate(fresh, start=1)
            ]  # fmt: skip
            self._insert(conn, staged_table, staged)
        self._update_seen(conn, merged, now)
        if merged.changes:
            self._bump_version(conn)
        return merged

    def _move_staged(self, conn: Connection, token: str) -> int:
        """Every staged row of ``token`` into ``events`` at once (those stored meanwhile by
        another writer excepted); returns how many moved. The staged rows are deleted after."""
        s, e = staged_table.c, events_table.c
        seq = conn.execute(sa.select(sa.func.max(e.seq))).scalar() or 0
        mine = sa.and_(s.token == token, ~sa.exists().where(e.id == s.id))
        # counted first: drivers do not all give a row count for INSERT ... SELECT
        moved = conn.execute(sa.select(sa.func.count()).select_from(staged_table).where(mine))
        moved = moved.scalar()
        query = sa.select(*(s[k] for k in STAGED_COLUMNS), (s.ord + seq).label("seq")).where(mine)
        conn.execute(events_table.insert().from_select([*STAGED_COLUMNS, "seq"], query))
        self._index_search(conn, seq)
        if moved:
            self._bump_version(conn)
        return moved

    def _insert(self, conn: Connection, table: sa.Table, rows: list[dict]) -> None:
        """``rows`` straight through the driver (executemany on SQLite, COPY on PostgreSQL): the
        store's busiest statement, where SQLAlchemy's per-value processing cost more than the
        database."""
        if not rows:
            return
        # A column the rows do not carry (``hidden``, ``touched``) takes the database's default
        # (NULL where it has none): a NULL not bound is one SQLite need not adapt (below);
        # SQLite leaves ``search_words`` empty (its FTS5 index reads ``search_text``).
        names = [c.name for c in table.columns if c.name in rows[0]]
        if self.dialect == "sqlite":
            if "search_words" in names:
                names.remove("search_words")
            _cheap_nulls()
        quote = conn.dialect.identifier_preparer.quote
        marks = ", ".join(["?" if self.dialect == "sqlite" else "%s"] * len(names))
        sql = f"INSERT INTO {table.name} ({', '.join(map(quote, names))}) VALUES ({marks})"
        times = [i for i, name in enumerate(names) if isinstance(table.c[name].type, UTCDateTime)]
        to_db = _sqlite_time if self.dialect == "sqlite" else _aware_utc
        converted: dict = {None: None}  # a page's rows share a few times: convert each once
        params = []
        for row in rows:
            values = list(map(row.get, names))
            for i in times:
                value = values[i]
                got = converted.get(value, converted)
                if got is converted:
                    got = converted[value] = to_db(value)
                values[i] = got
            params.append(tuple(values))
        if self.dialect == "postgresql":  # COPY: one stream, no statement per row
            columns = ", ".join(map(quote, names))
            # Binary: no value written out as text by us and parsed again by the server (the
            # client's part of a row 20 -> 5-7 us, measured on 20,000 rows).
            statement = f"COPY {table.name} ({columns}) FROM STDIN (FORMAT BINARY)"
            tsv = names.index("search_words") if "search_words" in names else None
            cursor = conn.connection.driver_connection.cursor()
            with cursor, cursor.copy(statement) as copy:
                # The columns' types said once: psycopg then dumps each value without looking
                # up a dumper by its Python type (half of COPY's time in Python).
                copy.set_types([_pg_type(table.c[name].type) for name in names])
                for values in params:
                    if tsv is not None:
                        values = (*values[:tsv], _tsvector_binary(values[tsv]),
                                  *values[tsv + 1 :])  # fmt: skip
                    copy.write_row(values)
            return
        conn.exec_driver_sql(sql, params)

    def _index_search(self, conn: Connection, after: int) -> None:
        """Put the events stored after ``seq`` ``after`` in SQLite's FTS5 index, in one statement.

        FTS5 writes its pending words out at every statement, so one statement for all of a
        transaction's rows is a single index segment where a trigger per row made one each (the
        insert trigger cost more than the insert; migration 0008). PostgreSQL's GIN index keeps
        itself current.
        """
        if self.dialect == "sqlite":
            conn.exec_driver_sql(
                "INSERT INTO events_fts(rowid, search_text) SELECT seq, search_text FROM events"
                " WHERE seq > ? AND search_text IS NOT NULL",
                (after,),
            )

    def _update_seen(self, conn: Connection, merged: _Merge, now: datetime) -> None:
        """Stored events seen again: ``last_seen``, ``seen_count`` and any better fields, with
        one statement per shape of change."""
        shapes: dict[tuple[str, ...], list[dict]] = {}
        for key, n in merged.seen.items():
            change = merged.changes.get(key, {})
            params = {"_id": key, "_n": n, "_now": now, **{f"_v_{k}": v for k, v in change.items()}}
            shapes.setdefault(tuple(sorted(change)), []).append(params)
        c = events_table.c
        for shape, params in shapes.items():
            values = {
                k: sa.bindparam(f"_v_{k}", type_=c[k].type)
                for k in shape
                if k != "search_words" or self.dialect == "postgresql"
            }
            if shape:  # the time or place changed: the readers' index snapshots must see it
                values["touched"] = _next_version()
            statement = (
                events_table.update()
                .where(c.id == sa.bindparam("_id"))
                .values(
                    last_seen=sa.bindparam("_now", type_=UTCDateTime),
                    seen_count=c.seen_count + sa.bindparam("_n", type_=sa.Integer),
                    **values,
                )
            )
            conn.execute(statement, params)

    def _bump_version(self, conn: Connection) -> None:
        conn.execute(
            meta_table.update()
            .where(meta_table.c.key == "version")
            .values(value=meta_table.c.value + 1)
        )

    def _stored(self, conn: Connection, ids: list[str]) -> dict[str, dict]:
        cols = [events_table.c[k] for k in ("id", "lat", *TIME_FIELDS)]
        found: dict[str, dict] = {}
        if self.dialect == "postgresql":  # one array parameter: no statement per 500 ids
            query = sa.select(*cols).where(
                events_table.c.id
                == sa.func.any(sa.bindparam("ids", type_=pg_dialect.ARRAY(sa.Text)))
            )
            for row in conn.execute(query, {"ids": ids}):
                found[row.id] = dict(row._mapping)
            return found
        # SQLite: the ids as one JSON parameter, one statement (no IN list of 500 per chunk to
        # render and bind); the times come as stored text.
        names = [c.name for c in cols]
        sql = (f"SELECT {', '.join(names)} FROM events"
               " WHERE id IN (SELECT value FROM json_each(?))")  # fmt: skip
        times = [i for i, name in enumerate(names) if name in ("published_at", "captured_at")]
        for values in conn.exec_driver_sql(sql, (_to_json(ids),)).all():
            row = dict(zip(names, values, strict=True))
            for i in times:
                row[names[i]] = _db_time(values[i])
            found[row["id"]] = row
        return found

    def _words_of(self, row: dict) -> Telling:
        """``telling`` of an event's body, remembered by id: neighbours are compared again and
        again as a place's news comes in, and an id's text never changes. A prepared row
        carries its own (``prepare``)."""
        key = row["id"]
        got = self._word_cache.get(key)
        if got is None:
            if len(self._word_cache) >= WORD_CACHE:
                self._word_cache.clear()
            got = row.get(TELLING) or telling(body_of(row))
            self._word_cache[key] = got
        return got

    def _nearby(
        self, conn: Connection, ranges: dict[str, tuple[datetime, datetime]]
    ) -> dict[str, list[tuple[dict, Telling]]]:
        """Stored events of each place within its time range, with their words.

        Texts are read only for events whose words this process has not seen yet.
        """
        found: list[dict] = []
        keys = list(ranges)
        for i in range(0, len(keys), _PLACES_PER_QUERY):
            part = keys[i : i + _PLACES_PER_QUERY]
            for key, story, when, place in self._nearby_rows(conn, part, ranges):
                found.append({"id": key, "story_id": story, "ref_time": _db_time(when),
                              "place_key": place})  # fmt: skip
        missing = [m["id"] for m in found if m["id"] not in self._word_cache]
        texts = {}
        c = events_table.c
        for i in range(0, len(missing), _CHUNK):
            query = sa.select(c.id, c.text, c.dateline).where(c.id.in_(missing[i : i + _CHUNK]))
            texts.update(
                (r.id, {"text": r.text, "dateline": r.dateline}) for r in conn.execute(query)
            )
        nearby: dict[str, list[tuple[dict, Telling]]] = {key: [] for key in ranges}
        for m in found:
            got = self._word_cache.get(m["id"])
            if got is None:
                got = self._words_of({**m, **texts.get(m["id"], {})})
            nearby[m["place_key"]].append((m, got))
        return nearby

    def _nearby_rows(self, conn: Connection, keys: list[str], ranges: dict) -> list[tuple]:
        """(id, story_id, ref_time, place_key) of stored events near ``keys``: one statement,
        the places passed as one JSON (SQLite) or array (PostgreSQL) parameter, so that the
        index on (place_key, ref_time) serves each place."""
        columns = "e.id, e.story_id, e.ref_time, e.place_key"
        if self.dialect == "sqlite":
            places = _to_json([[k, _sqlite_time(ranges[k][0]), _sqlite_time(ranges[k][1])]
                               for k in keys])  # fmt: skip
            sql = (
                f"SELECT {columns} FROM json_each(?) AS k JOIN events AS e"
                " ON e.place_key = json_extract(k.value, '$[0]')"
                " AND e.ref_time >= json_extract(k.value, '$[1]')"
                " AND e.ref_time <= json_extract(k.value, '$[2]')"
            )
            return conn.exec_driver_sql(sql, (places,)).all()
        sql = (
            f"SELECT {columns} FROM unnest(%s::text[], %s::timestamptz[], %s::timestamptz[])"
            " AS k(key, lo, hi) JOIN events AS e"
            " ON e.place_key = k.key AND e.ref_time >= k.lo AND e.ref_time <= k.hi"
        )
        lows = [ranges[k][0] for k in keys]
        highs = [ranges[k][1] for k in keys]
        return conn.exec_driver_sql(sql, (keys, lows, highs)).all()

    def _link_stories(
        self,
        conn: Connection,
        fresh: list[dict],
        linkers: dict[str, _Known],
        *,
        carried: bool = False,
    ) -> None:
        """Give each new event the story of its most similar neighbour, or a story of its own.

        Neighbours are stored events near in place and time, then the new events before it.
        ``linkers`` carries each place's neighbours from one batch to the next. ``carried``:
        they are the writer's own (``_carried``), valid across transactions, so only the
        stored events outside the time a place's linker already covers are read; otherwise
        (one large source's batches) each batch reads its places' whole range again.
        """
        by_place: dict[str, list[dict]] = {}
        for row in fresh:
            row["story_id"] = row["id"]
            if row["place_key"] and row["ref_time"]:
                by_place.setdefault(row["place_key"], []).append(row)
        ranges = {
            key: (
                min(r["ref_time"] for r in group) - STORY_WINDOW,
                max(r["ref_time"] for r in group) + STORY_WINDOW,
            )
            for key, group in by_place.items()
        }
        reads: list[dict[str, tuple[datetime, datetime]]] = [{}, {}]
        for key, (lo, hi) in ranges.items():
            known = linkers.get(key)
            if known is None or not carried:
                reads[0][key] = (lo, hi)
                continue
            if lo < known.lo:  # the time before what the linker holds
                reads[0][key] = (lo, known.lo)
            if hi > known.hi:  # and after: inclusive ends, an event read twice is skipped
                reads[1][key] = (known.hi, hi)
        for part in reads:
            for key, found in self._nearby(conn, part).items():
                known = linkers.get(key)
                lo, hi = ranges[key]
                if known is None:
                    linkers[key] = _Known(PlaceLinker(found), lo, hi)
                else:
                    known.linker.add_known(found)
                    known.lo, known.hi = min(known.lo, lo), max(known.hi, hi)
        for key, group in by_place.items():
            linker = linkers[key].linker
            for row in group:  # in page order
                linker.link(row, self._words_of(row))

    # reading
    def events(
        self,
        *,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        limit: int | None = None,
        include_undated: bool = True,
        newest_first: bool = False,
    ) -> list[dict]:
        """Stored events as records (``FIELDS`` plus ``story_id``), oldest first.

        ``since`` (inclusive) and ``until`` (exclusive) bound ``published_at``. Undated events
        cannot be placed in a window; ``include_undated`` keeps them (they come last).
        """
        query = self._events_query(since, until, limit, include_undated, newest_first)
        if limit is None and (since is None or until is None):  # unbounded: in batches
            return list(self._streamed(query))
        # A bounded window, such as a day, in one read (``_read_records``).
        with self.engine.connect() as conn, _gc_paused(settle=True):
            return _read_records(conn, query)

    def iter_events(
        self,
        *,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        limit: int | None = None,
        include_undated: bool = True,
        newest_first: bool = False,
    ) -> Iterator[dict]:
        """Like ``events`` but streamed, for exports of any size."""
        query = self._events_query(since, until, limit, include_undated, newest_first)
        return self._streamed(query)

    def _events_query(self, since, until, limit, include_undated, newest_first):
        c = events_table.c
        query = self._read_select()
        dated = []
        if since is not None:
            dated.append(c.published_at >= parse_time(since))
        if until is not None:
            dated.append(c.published_at < parse_time(until))
        if not include_undated:
            dated.append(c.published_at.is_not(None))
        if dated and include_undated:
            query = query.where(sa.or_(sa.and_(*dated), c.published_at.is_(None)))
        elif dated:
            query = query.where(*dated)
        when = c.published_at.desc() if newest_first else c.published_at.asc()
        seq = c.seq.desc() if newest_first else c.seq.asc()
        query = query.order_by(when.nulls_last(), seq)
        if limit is not None:
            query = query.limit(limit)
        return query

    def _streamed(self, query) -> Iterator[dict]:
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=2000).execute(query)
            while rows := result.fetchmany(2000):
                yield from _to_records(rows, self.dialect)

    def _read_select(self):
        """A select of the record's columns as ``_to_records`` takes them (``pipeline.rows``):
        on SQLite ``rows.SQLITE_COLUMNS`` (the short fields as one JSON array a row, the times
        as stored), on PostgreSQL each field (the times as the record's text, ``_pg_time``);
        the JSON fields as bytes."""
        if _packs_fields(self.dialect):
            columns = [sa.literal_column(sql) for sql in SQLITE_COLUMNS]
        else:
            c = events_table.c
            columns = [
                *(_pg_time(c[k]).label(k) if k in TIMES else c[k] for k in TEXT_FIELDS),
                *(c[k] for k in NUMBER_FIELDS),
                *(_pg_json_bytes(c[k]).label(k) for k in JSON_FIELDS),
            ]
        return sa.select(*columns).select_from(events_table)

    # Columnar reads for the dashboard's index (issue 8): the few columns the page filters on,
    # straight from the cursor (no record dicts, no JSON or time parsing per row here).
    def iter_columns(
        self,
        names: Iterable[str],
        *,
        batch: int = 20_000,
        changed_since: tuple[int, int] | None = None,
    ) -> Iterator[list[tuple]]:
        """Batches of raw row tuples of the ``events`` columns ``names``, in ``events()`` order.

        Times come as stored (text on SQLite, aware datetimes on PostgreSQL); lists and objects
        as their JSON text. The order is the one ``events(include_undated=True)`` gives.
        ``changed_since=(version, seq)``: only the events stored after ``seq`` or changed after
        ``version`` (see ``index_state``), in no particular order.
        """
        c = events_table.c
        names = list(names)
        cols = [
            sa.type_coerce(c[k], sa.Text).label(k)
            if self.dialect == "sqlite" and k in ("published_at", "captured_at")
            else c[k]
            for k in names
        ]
        query = sa.select(*cols).order_by(c.published_at.asc().nulls_last(), c.seq.asc())
        if changed_since is not None:
            # Two indexed lookups, not one OR (which SQLite answers by reading every row); the
            # rows come unordered, each once.
            version, seq = changed_since
            query = sa.union(
                sa.select(*cols).where(c.seq > seq), sa.select(*cols).where(c.touched > version)
            )
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(query)
            while rows := result.fetchmany(batch):
                yield [tuple(r) for r in rows]

    def columns(self, names: Iterable[str]) -> dict[str, list]:
        """The columns ``names`` as lists, in ``events()`` order (see ``iter_columns``)."""
        names = list(names)
        out: dict[str, list] = {k: [] for k in names}
        for rows in self.iter_columns(names):
            for k, values in zip(names, zip(*rows, strict=True), strict=True):
                out[k].extend(values)
        return out

    def records(self, ids: Iterable[str]) -> list[dict]:
        """Full records for ``ids``, in the order given (unknown ids are left out)."""
        ids = list(dict.fromkeys(ids))
        found: dict[str, dict] = {}
        c = events_table.c
        with self.engine.connect() as conn:
            for i in range(0, len(ids), _CHUNK):
                chunk = ids[i : i + _CHUNK]
                query = self._read_select().where(c.id.in_(chunk))
                for record in _read_records(conn, query):
                    found[record["id"]] = record
        return [found[i] for i in ids if i in found]

    def index_state(self) -> tuple[int, int, int, int]:
        """``(version(), highest seq, events deleted ever, store id)`` read together: what an
        index snapshot reflects. Read before the rows it goes with, so a write in between is
        read again, never lost. The deletions say when rows went that a snapshot still holds
        (no ``count()``, which reads a whole index: a tenth of a second at 1M); the store id
        tells a store made again at the same URL apart."""
        c, m = events_table.c, meta_table.c
        with self.engine.connect() as conn:
            meta = dict(conn.execute(sa.select(m.key, m.value).where(
                m.key.in_(("version", "store_id", "deleted")))).all())  # fmt: skip
            top = conn.execute(sa.select(sa.func.max(c.seq))).scalar()
        return (
            int(meta.get("version") or 0),
            int(top or 0),
            int(meta.get("deleted") or 0),
            int(meta.get("store_id") or 0),
        )

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(events_table)).scalar()

    def version(self) -> int:
        """A number that changes whenever the stored events change (cache key for readers)."""
        with self.engine.connect() as conn:
            query = sa.select(meta_table.c.value).where(meta_table.c.key == "version")
            return int(conn.execute(query).scalar() or 0)

    # the reader's actions from the page
    def hide(self, ids: Iterable[str], hidden: bool = True) -> int:
        """Hide events from the page (or show them again); they stay stored and exported."""
        return self._update(ids, hidden=hidden)

    def relocate(self, ids: Iterable[str], location: dict) -> int:
        """Give events a corrected location (``LOCATION_FIELDS``; see ``pipeline.actions``);
        their search text takes the new place name."""
        ids = list(dict.fromkeys(ids))
        values = {k: location.get(k) for k in LOCATION_FIELDS}
        c = events_table.c
        done = 0
        with self._writing() as conn:
            for i in range(0, len(ids), _CHUNK):
                chunk = ids[i : i + _CHUNK]
                read = sa.select(c.id, c.title, c.text, c.dateline, c.place, c.focus)
                for row in conn.execute(read.where(c.id.in_(chunk))).mappings().all():
                    text = search_text({**row, "location_name": values.get("location_name")})
                    query = events_table.update().where(c.id == row["id"])
                    if self.dialect == "postgresql":
                        query = query.values(search_words=search_words(text))
                    changed = query.values(**values, search_text=text, touched=_next_version())
                    done += conn.execute(changed).rowcount
            self._bump(conn, done)
        return done

    def delete(self, ids: Iterable[str]) -> int:
        """Remove events for good. The same brief ingested again comes back: hide to keep it off."""
        ids = list(dict.fromkeys(ids))
        done = 0
        with self._writing() as conn:
            for i in range(0, len(ids), _CHUNK):
                chunk = ids[i : i + _CHUNK]
                done += conn.execute(
                    events_table.delete().where(events_table.c.id.in_(chunk))
                ).rowcount
            self._bump(conn, done)
            if done:  # counted for the index snapshots (``index_state``)
                m = meta_table.c
                counted = conn.execute(
                    meta_table.update().where(m.key == "deleted").values(value=m.value + done)
                ).rowcount
                if not counted:
                    conn.execute(meta_table.insert().values(key="deleted", value=done))
        return done

    def _update(self, ids: Iterable[str], **values) -> int:
        ids = list(dict.fromkeys(ids))
        done = 0
        with self._writing() as conn:
            for i in range(0, len(ids), _CHUNK):
                query = events_table.update().where(events_table.c.id.in_(ids[i : i + _CHUNK]))
                done += conn.execute(query.values(**values, touched=_next_version())).rowcount
            self._bump(conn, done)
        return done

    @staticmethod
    def _bump(conn: Connection, changed: int) -> None:
        """A new ``version()`` when anything changed, so readers read again."""
        if changed:
            conn.execute(
                meta_table.update()
                .where(meta_table.c.key == "version")
                .values(value=meta_table.c.value + 1)
            )

    def story(self, story_id: str) -> list[dict]:
        """Every event of one story, oldest first: the same news from each source."""
        c = events_table.c
        query = (
            self._read_select()
            .where(c.story_id == story_id)
            .order_by(c.published_at.asc().nulls_last(), c.seq)
        )
        with self.engine.connect() as conn:
            return _read_records(conn, query)

    # search
    def search(self, query: str, *, limit: int | None = None, key: str = "id") -> list:
        """Ids (``key="seq"``: seqs) of the events found by every word of ``query``, newest
        stored first.

        The one search rule (``pipeline.textfold``), the same as for records in memory: a word
        is found where a word of the event's title, text, dateline or place names begins
        (``lod`` finds "Łódź", ``sundsbron`` does not find "Øresundsbron"), ignoring case and
        accents in every script, as typed, signs included (``12%``; a word that begins with a
        sign may occur anywhere). Quotes, ``*``, ``NEAR``, ``:`` or ``%`` are only ever looked
        for as text, never read as query syntax.

        The full-text index (SQLite FTS5, PostgreSQL tsvector GIN) finds the rows whose words
        begin with each letter and digit run of each word; for a word of letters and digits
        alone that is the rule itself. A word with signs is checked on ``search_text`` too
        (GLOB on SQLite, a regular expression on PostgreSQL), only within the index's rows.
        """
        terms = query_words(query)
        if not terms:
            return []
        if key not in ("id", "seq"):
            raise ValueError(f"search gives ids or seqs, not {key!r}")
        c = events_table.c
        conditions = [self._sign_check(w) for w in terms if not SEARCH_TOKEN.fullmatch(w)]
        tokens = list(dict.fromkeys(t for w in terms for t in SEARCH_TOKEN.findall(w)))
        if tokens and self.dialect == "sqlite":
            # Each token a quoted FTS5 prefix phrase: only letters and digits ever get here.
            match = " AND ".join(f'"{t}"*' for t in tokens)
            fts = "SELECT rowid FROM events_fts WHERE events_fts MATCH :q"
            if key == "seq" and not conditions and limit is None:  # the index alone answers
                with self.engine.connect() as conn:
                    got = conn.execute(sa.text(fts + " ORDER BY rowid DESC"), {"q": match})
                    return list(got.scalars())
            hits = sa.text(fts).bindparams(q=match).columns(sa.column("rowid"))
            conditions.append(c.seq.in_(hits))
        elif tokens:
            match = " & ".join(f"{t}:*" for t in tokens)
            conditions.append(
                sa.text("search_words @@ to_tsquery('simple', :q)").bindparams(q=match)
            )
        query_ = sa.select(c[key]).where(*conditions).order_by(c.seq.desc())
        if limit is not None:
            query_ = query_.limit(limit)
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                # No JIT: the hits are a bitmap heap scan, whose cost is reading pages, not
                # evaluating expressions; compiling it only delays the answer. (Parallel
                # workers stay: they read pages not in memory side by side; alone, 126k hits
                # at 1M took 15.6 s.)
                conn.exec_driver_sql("SET LOCAL jit = off")
                if self._prefetch(conn):
                    # Pages not in memory are asked of the disk many at once, not one by
                    # one: a first search at 1M (16,104 hits), cache emptied, went from 1.2-1.3
                    # s to 0.4-0.6 s; 5,200 hits from 0.44 s to 0.16-0.22 s.
                    conn.exec_driver_sql(f"SET LOCAL effective_io_concurrency = {PREFETCH}")
            return list(conn.execute(query_).scalars())

    def _prefetch(self, conn: Connection) -> bool:
        """May this server read ahead (``effective_io_concurrency``)? Not where the system lacks
        ``posix_fadvise``; asked once, in a savepoint, so a refusal costs nothing."""
        if self._can_prefetch is None:
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(f"SET LOCAL effective_io_concurrency = {PREFETCH}")
                self._can_prefetch = True
            except sa.exc.DBAPIError:
                self._can_prefetch = False
        return self._can_prefetch

    def _sign_check(self, word: str):
        """The search rule for a word with signs, on ``search_text``, as text (never syntax)."""
        c = events_table.c
        if self.dialect == "postgresql":
            return c.search_text.regexp_match(word_pattern(word))
        # GLOB: case-sensitive (the text is folded) and only "*", "?" and "[" are its syntax.
        glob = "".join(f"[{ch}]" if ch in "*?[" else ch for ch in word)
        if not word[:1].isalnum():
            return c.search_text.op("GLOB")(f"*{glob}*")
        return sa.or_(
            c.search_text.op("GLOB")(f"{glob}*"), c.search_text.op("GLOB")(f"*[^a-z0-9]{glob}*")
        )

    # watch state
    def feed_state(self, url: str) -> dict | None:
        """What ``wiremap watch`` remembers of a feed, or None when it never polled it."""
        query = sa.select(feeds_table).where(feeds_table.c.url == url)
        try:
            with self.engine.connect() as conn:
                row = conn.execute(query).first()
        except sa.exc.DBAPIError as err:
            where = _safe(str(self.engine.url))
            raise StoreError(f"the store at {where} cannot be read: {_reason(err)}",
                             unavailable=True) from None  # fmt: skip
        return dict(row._mapping) if row else None

    def save_feed_state(self, url: str, **state) -> None:
        unknown = set(state) - set(FEED_STATE_FIELDS)
        if unknown:
            raise ValueError(f"unknown feed state fields: {sorted(unknown)}")

        def save(conn: Connection) -> None:
            c = feeds_table.c
            if conn.execute(sa.select(c.url).where(c.url == url)).first():
                conn.execute(feeds_table.update().where(c.url == url).values(state))
            else:
                conn.execute(feeds_table.insert().values(url=url, **{"failures": 0, **state}))

        self._retrying(save)

    def claim_feed(
        self, url: str, owner: str, now: datetime, lease: timedelta, *, force: bool = False
    ) -> bool:
        """Lease the feed ``url`` to the poller ``owner`` until ``now + lease``, when it is due
        (or ``force``) and no other poller holds a lease on it that runs past ``now``.

        Several pollers share one list of feeds this way: on PostgreSQL the feed's row is taken
        with ``SELECT ... FOR UPDATE SKIP LOCKED`` (a feed another poller is claiming at this
        moment is simply not this one's), outside the writers' lock. A poller that dies keeps
        its lease until it expires; then another takes the feed over. ``save_feed_state`` with
        ``lease_owner=None`` gives it back. Raises ``StoreError`` when the store is away.
        """
        c = feeds_table.c

        def claim(conn: Connection) -> bool:
            insert = pg_dialect.insert if self.dialect == "postgresql" else sqlite_dialect.insert
            conn.execute(insert(feeds_table).values(url=url, failures=0).on_conflict_do_nothing())
            free = sa.or_(c.lease_owner.is_(None), c.lease_owner == owner, c.lease_until <= now)
            query = sa.select(c.url).where(c.url == url, free)
            if not force:
                query = query.where(sa.or_(c.next_due.is_(None), c.next_due <= now))
            if conn.execute(query.with_for_update(skip_locked=True)).first() is None:
                return False
            conn.execute(
                feeds_table.update()
                .where(c.url == url)
                .values(lease_owner=owner, lease_until=now + lease)
            )
            return True

        return self._retrying(claim, lock=False)


@functools.cache
def _cheap_nulls() -> None:
    """Bind None to SQLite through a registered adapter (None -> None, what it binds anyway).

    Python 3.11's ``sqlite3`` looks for an adapter for every value that is not an int, float,
    str or bytes, and for None it asks the protocol type for ``__adapt__``, which raises and
    clears an AttributeError with its message formatted: 3,300 instructions a None, 11% of the
    instructions of inserting an event row (3.9 NULLs a row in the bench; callgrind). With an
    adapter registered for None, the module finds it in its dict and calls ``dict.get`` (C)."""
    sqlite3.register_adapter(type(None), {}.get)


def _pg_type(kind: sa.types.TypeEngine) -> str:
    """The PostgreSQL type of a column as binary COPY sends it (``Store._insert``): exact, since
    binary values carry no type of their own (an ``int8`` sent to an ``int4`` is refused)."""
    if isinstance(kind, UTCDateTime):
        return "timestamptz"
    if isinstance(kind, pg_dialect.TSVECTOR) or isinstance(
        getattr(kind, "_variant_mapping", {}).get("postgresql"), pg_dialect.TSVECTOR
    ):
        return "bytea"  # bytes made by ``_tsvector_binary``, sent as they are
    if isinstance(kind, sa.Boolean):
        return "bool"
    if isinstance(kind, sa.Float):
        return "float8"
    if isinstance(kind, sa.BigInteger):
        return "int8"
    if isinstance(kind, sa.Integer):
        return "int4"
    return "text"


def _tsvector_binary(text: str | None) -> bytes | None:
    """``search_words`` (distinct words of letters and digits, one blank between them) as
    PostgreSQL's binary ``tsvector``: their number, then each word ended by a zero byte and
    followed by its count of positions (none). The server sorts the words itself."""
    if text is None:
        return None
    if not text:
        return b"\0\0\0\0"
    count = (text.count(" ") + 1).to_bytes(4, "big")
    return count + text.encode().replace(b" ", b"\0\0\0") + b"\0\0\0"


FILL_BATCH = 5_000  # events per transaction of ``Store.fill_search``: well under a second


class _FillReport:
    """``Store.fill_search``'s default progress: a line on stderr about every tenth."""

    def __init__(self, total: int) -> None:
        self.total, self.shown = total, 0

    def __call__(self, done: int, total: int) -> None:
        if total <= FILL_BATCH:
            return
        if done - self.shown >= total / 10 or done >= total:
            self.shown = done
            print(f"wiremap: upgrading the store: {done:,} of {total:,} stored events made "
                  "searchable", file=sys.stderr, flush=True)  # fmt: skip


def _next_version():
    """The ``version()`` the running write transaction commits (it bumps the version once)."""
    return sa.select(meta_table.c.value + 1).where(meta_table.c.key == "version").scalar_subquery()


def _db_time(value) -> datetime | None:
    """A time column read raw: SQLite's stored text or PostgreSQL's datetime, as aware UTC."""
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return _aware_utc(value)


class _WriteTransaction:
    """``with store._writing() as conn``: BEGIN IMMEDIATE on SQLite, advisory lock on PG.

    On PostgreSQL ``lock_timeout`` bounds the wait for the lock to the store's ``wait``.
    """

    def __init__(self, store: Store, *, lock: bool = True, durable: bool = True) -> None:
        self.store, self.lock, self.durable = store, lock, durable

    def __enter__(self) -> Connection:
        self.conn = self.store.engine.connect()
        try:
            self.conn.execution_options(wiremap_write=True)
            self.tx = self.conn.begin()
            if self.store.dialect == "postgresql" and not self.durable:
                self.conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            if self.store.dialect == "postgresql" and self.lock:
                wait_ms = max(1, int(self.store.wait * 1000))
                self.conn.exec_driver_sql(f"SET LOCAL lock_timeout = {wait_ms}")
                self.conn.execute(
                    sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITER_LOCK}
                )
        except BaseException:
            self.conn.close()
            raise
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.tx.commit()
                self.store._committed()
            else:
                self.tx.rollback()
        finally:
            self.conn.close()
