"""The event store: SQLite by default, PostgreSQL when a team shares it, one interface over both.

Records go in and come out in the flat shape of ``pipeline.record`` (plus ``story_id``), so
``extract``, ``export`` and the dashboard stay interchangeable.

Rules the store keeps, and why:

- **One call, one transaction.** ``Store.add`` is called once per source; a crash (even SIGKILL)
  leaves either all of that source or none of it, and a rerun completes the rest.
- **Idempotent on ``id``.** The id comes from the brief's own words, so the same page ingested
  twice adds nothing. When the same brief is seen again later its age marker is larger
  ("2 uur geleden" then "5 uur geleden"); it is the same event. Its time is taken from the
  observation with the *smallest age* (``captured_at - published_at``): age markers lose
  precision as they grow ("3 dagen geleden" is only good to a day), so the youngest sighting is
  the most precise. A known time always beats an unknown one; ties keep what is stored. A
  location is replaced only when the stored one is unresolved and the new one is resolved.
- **Stories are linked, never merged.** The same story told by several agencies (different
  words, so different ids) is kept as several events that share a ``story_id``: same place
  (geonameid, else the folded place name), reference times within ``STORY_WINDOW``, and
  similar words (``similarity`` >= ``STORY_THRESHOLD``). ``story_id`` is the id of the story's
  first stored event.
- **Writers take turns.** SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-scoped
  advisory lock. Readers never wait: SQLite runs in WAL mode, PostgreSQL has MVCC.
- **``version()`` changes whenever data changes**, so the dashboard can cache reads on it.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from pipeline.record import FIELDS, LOCATION_FIELDS, TIME_FIELDS, event_id
from pipeline.textfold import fold

STORY_WINDOW = timedelta(hours=36)
STORY_THRESHOLD = 0.3
WORD_CACHE = 100_000  # event ids whose word sets are kept for story linking
PG_WRITER_LOCK = 0x77697265  # "wire": the advisory lock id every wiremap writer takes
# Fields kept as JSON text: lists (read back as [] when empty) and objects (None when absent).
LIST_FIELDS = tuple(k for k in ("places", "agencies", "mentions") if k in FIELDS)
OBJECT_FIELDS = tuple(k for k in ("focus",) if k in FIELDS)
SHORT_LISTS = ("places", "agencies")  # few distinct spellings: parsed once each
_CHUNK = 500  # ids per IN (...) lookup: well under every backend's parameter limit


class StoreError(Exception):
    """The store cannot be opened or used; the message says what to fix."""


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
    sa.Column("mentions", sa.Text),
    sa.Column("focus", sa.Text),
    sa.Column("story_id", sa.String(32), nullable=False),
    sa.Column("place_key", sa.Text),
    sa.Column("ref_time", UTCDateTime),
    sa.Column("first_seen", UTCDateTime, nullable=False),
    sa.Column("last_seen", UTCDateTime, nullable=False),
    sa.Column("seen_count", sa.Integer, nullable=False),
    sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),
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
)
FEED_STATE_FIELDS = ("etag", "last_modified", "content_sha", "failures", "next_due", "last_ok",
                     "last_error")  # fmt: skip


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one ``Store.add`` did: new events, and events that were already stored."""

    added: int
    seen: int
    updated: int = 0  # of ``seen``: stored events whose time or place got better


# --- times -----------------------------------------------------------------------------------


def parse_time(value: str | datetime | None) -> datetime | None:
    """An aware datetime from a record's ISO text (naive means UTC: records are UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# --- stories ---------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def words(text: str) -> frozenset[str]:
    """The brief's telling words: 4+ letters (short function words say little), and numbers."""
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) >= 4 or w.isdigit())


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two word sets, 0..1."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def body_of(record: dict) -> str:
    """The brief's text without its dateline, which would make every brief from a place alike."""
    text = record.get("text") or ""
    dateline = record.get("dateline")
    if dateline and text.startswith(dateline):
        text = text[len(dateline) :].lstrip(" -–—:.")
    return text


def place_key(record: dict) -> str | None:
    """Where a brief happened, for story linking: the gazetteer id, else the folded place name."""
    if record.get("geonameid") is not None:
        return f"g:{record['geonameid']}"
    if record.get("place"):
        return "p:" + " ".join(fold(record["place"]).split())
    return None


# --- rows <-> records ------------------------------------------------------------------------


def _to_row(record: dict) -> dict:
    row = {key: record.get(key) for key in FIELDS}
    if not row["text"]:
        raise ValueError("an event record needs its text")
    row["id"] = row["id"] or event_id(row["text"])
    for key in LIST_FIELDS:
        row[key] = json.dumps(list(row[key] or []), ensure_ascii=False)
    for key in OBJECT_FIELDS:
        row[key] = None if row[key] is None else json.dumps(row[key], ensure_ascii=False)
    for key in ("published_at", "captured_at"):
        row[key] = parse_time(row[key])
    row["place_key"] = place_key(record)
    row["ref_time"] = row["published_at"] or row["captured_at"]
    return row


READ_COLUMNS = (*FIELDS, "story_id")
_SHORT_AT = tuple(READ_COLUMNS.index(k) for k in LIST_FIELDS if k in SHORT_LISTS)
_LIST_AT = tuple(READ_COLUMNS.index(k) for k in LIST_FIELDS if k not in SHORT_LISTS)
_OBJECT_AT = tuple(READ_COLUMNS.index(k) for k in OBJECT_FIELDS)
_TIME_AT = tuple(READ_COLUMNS.index(k) for k in ("published_at", "captured_at"))


@functools.lru_cache(maxsize=8192)
def _json_list(text: str | None) -> tuple:
    # Agency and place lists repeat endlessly ('["ANP", "AFP"]'): parse each spelling once.
    return tuple(json.loads(text)) if text else ()


def _time_text(value) -> str | None:
    """A stored time as the record's ISO text (UTC, "+00:00"), without a datetime round trip.

    SQLite hands back SQLAlchemy's own text, always "YYYY-MM-DD HH:MM:SS.ffffff" in UTC;
    PostgreSQL hands back an aware datetime.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " " and value[19] == ".":
            head = value[:10] + "T" + value[11:19]
            return head + ("+00:00" if value[20:] == "000000" else value[19:] + "+00:00")
        value = parse_time(value)
    return value.astimezone(UTC).isoformat()


def _to_record(row) -> dict:
    """A stored row (``READ_COLUMNS`` order) as a record: the read path of every query."""
    values = list(row)
    for i in _SHORT_AT:
        values[i] = list(_json_list(values[i]))
    for i in _LIST_AT:
        values[i] = json.loads(values[i]) if values[i] else []
    for i in _OBJECT_AT:
        values[i] = json.loads(values[i]) if values[i] else None
    for i in _TIME_AT:
        values[i] = _time_text(values[i])
    return dict(zip(READ_COLUMNS, values, strict=True))


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


# --- opening ---------------------------------------------------------------------------------


def default_url() -> str:
    """``WIREMAP_DB``, else a SQLite file in the user's data directory."""
    env = os.environ.get("WIREMAP_DB")
    if env:
        return env
    import platformdirs

    return "sqlite:///" + str(Path(platformdirs.user_data_dir("wiremap")) / "events.sqlite")


def normalize_url(url: str) -> str:
    """A database URL; a plain file path means a SQLite file there."""
    if "://" in url:
        if url.startswith(("postgres://", "postgresql://")):
            # the psycopg 3 driver is the one we ship; plain URLs would ask for psycopg2
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    return "sqlite:///" + str(Path(url).expanduser().resolve())


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    ``url`` None -> env ``WIREMAP_DB`` -> ``<user data dir>/events.sqlite``. SQLite runs in WAL
    mode so the dashboard reads while an ingest writes; PostgreSQL by ``postgresql+psycopg://``.
    """
    url = normalize_url(url or default_url())
    engine = None
    try:
        engine = _engine(url)
        store = Store(engine)
        store.migrate()
    except Exception as err:
        if engine is not None:
            engine.dispose()
        if isinstance(err, sa.exc.ArgumentError):
            raise StoreError(f"not a database URL: {_safe(url)} ({err})") from None
        if isinstance(err, sa.exc.DBAPIError):
            reason = " ".join(str(err.orig or err).split())
            raise StoreError(f"cannot open the store at {_safe(url)}: {reason}") from None
        if isinstance(err, ModuleNotFoundError):
            raise StoreError(f"no database driver for {_safe(url)}: {err}") from None
        raise
    return store


def _safe(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def _engine(url: str) -> Engine:
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    database = parsed.database
    memory = not database or database == ":memory:"
    if not memory:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict = {"connect_args": {"timeout": 60, "check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = sa.pool.StaticPool
    engine = sa.create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        # Take transaction control from the sqlite3 module, which would otherwise commit
        # before DDL and begin lazily; we emit BEGIN ourselves below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe in WAL: a crash loses no commit
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        write = conn.get_execution_options().get("wiremap_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


# --- the store -------------------------------------------------------------------------------


class Store:
    """Events kept in a database; see the module docstring for the rules."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._word_cache: dict[str, frozenset[str]] = {}

    # context manager and lifetime
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({_safe(str(self.engine.url))})"

    # transactions
    def _writing(self):
        """A connection in a write transaction that holds the writer lock."""
        return _WriteTransaction(self)

    def migrate(self) -> None:
        """Bring the schema to the newest revision, keeping the data (Alembic, in one lock)."""
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        config.set_main_option("path_separator", "os")
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.connect() as conn:  # fast path: nothing to do, no lock taken
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with self._writing() as conn:
            if MigrationContext.configure(conn).get_current_revision() != head:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")

    def schema_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # writing
    def add(self, records: Iterable[dict], *, source: str | None = None) -> AddResult:
        """Store one source's records in one transaction; known ids are not added again.

        ``source`` fills records that carry none. Returns how many were new and how many were
        already stored (the same brief seen again).
        """
        now = datetime.now(UTC)
        rows: dict[str, dict] = {}
        for record in records:
            row = _to_row(record)
            if source and not row["source"]:
                row["source"] = source
            known = rows.get(row["id"])
            if known is None:
                rows[row["id"]] = row
            elif _better_time(row, known):  # the same brief twice in one source
                known.update({k: row[k] for k in TIME_FIELDS}, ref_time=row["ref_time"])
        if not rows:
            return AddResult(0, 0)
        with self._writing() as conn:
            stored = self._stored(conn, list(rows))
            fresh = [row for key, row in rows.items() if key not in stored]
            updates = []
            for key, old in stored.items():
                new, change = rows[key], {}
                if _better_time(new, old):
                    change.update({k: new[k] for k in TIME_FIELDS}, ref_time=new["ref_time"])
                if _better_place(new, old):
                    change.update({k: new[k] for k in LOCATION_FIELDS})
                updates.append((key, change, bool(change)))
            if fresh:
                self._link_stories(conn, fresh)
                seq = conn.execute(sa.select(sa.func.max(events_table.c.seq))).scalar() or 0
                for n, row in enumerate(fresh, start=seq + 1):
                    row.update(seq=n, first_seen=now, last_seen=now, seen_count=1)
                conn.execute(events_table.insert(), fresh)
            for key, change, _ in updates:
                conn.execute(
                    events_table.update()
                    .where(events_table.c.id == key)
                    .values(last_seen=now, seen_count=events_table.c.seen_count + 1, **change)
                )
            changed = sum(1 for *_, did in updates if did)
            if fresh or changed:
                conn.execute(
                    meta_table.update()
                    .where(meta_table.c.key == "version")
                    .values(value=meta_table.c.value + 1)
                )
        return AddResult(added=len(fresh), seen=len(stored), updated=changed)

    def _stored(self, conn: Connection, ids: list[str]) -> dict[str, dict]:
        cols = [events_table.c[k] for k in ("id", "lat", *TIME_FIELDS)]
        found: dict[str, dict] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            for row in conn.execute(sa.select(*cols).where(events_table.c.id.in_(chunk))):
                found[row.id] = dict(row._mapping)
        return found

    def _words_of(self, row: dict) -> frozenset[str]:
        """``words`` of an event's body, remembered by id: neighbours are compared again and
        again as a place's news comes in, and an id's text never changes."""
        key = row["id"]
        got = self._word_cache.get(key)
        if got is None:
            if len(self._word_cache) >= WORD_CACHE:
                self._word_cache.clear()
            got = self._word_cache[key] = words(body_of(row))
        return got

    def _link_stories(self, conn: Connection, fresh: list[dict]) -> None:
        """Give each new event the story of its most similar neighbour, or a story of its own."""
        by_place: dict[str, list[dict]] = {}
        for row in fresh:
            row["story_id"] = row["id"]
            if row["place_key"] and row["ref_time"]:
                by_place.setdefault(row["place_key"], []).append(row)
        c = events_table.c
        ranges = {
            key: (
                min(r["ref_time"] for r in group) - STORY_WINDOW,
                max(r["ref_time"] for r in group) + STORY_WINDOW,
            )
            for key, group in by_place.items()
        }
        nearby: dict[str, list[tuple[dict, frozenset[str]]]] = {key: [] for key in by_place}
        keys = list(ranges)
        for i in range(0, len(keys), 100):  # one round trip per 100 places, not one per place
            clauses = [
                sa.and_(c.place_key == key, c.ref_time >= ranges[key][0],
                        c.ref_time <= ranges[key][1])
                for key in keys[i : i + 100]
            ]  # fmt: skip
            query = sa.select(c.id, c.story_id, c.text, c.dateline, c.ref_time, c.place_key)
            for r in conn.execute(query.where(sa.or_(*clauses))):
                m = dict(r._mapping)
                nearby[m["place_key"]].append((m, self._words_of(m)))
        for key, group in by_place.items():
            candidates = nearby[key]
            for row in group:  # in page order, so later rows may join earlier new ones
                mine = self._words_of(row)
                best, best_score = None, STORY_THRESHOLD
                for other, theirs in candidates:
                    if abs(other["ref_time"] - row["ref_time"]) > STORY_WINDOW:
                        continue
                    score = similarity(mine, theirs)
                    if score >= best_score:
                        best, best_score = other, score
                if best is not None:
                    row["story_id"] = best["story_id"]
                candidates.append((row, mine))

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
        return list(self.iter_events(since=since, until=until, limit=limit,
                                     include_undated=include_undated,
                                     newest_first=newest_first))  # fmt: skip

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
        c = events_table.c
        query = sa.select(*self._read_columns())
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
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=2000).execute(query)
            for row in result:
                yield _to_record(row)

    def _read_columns(self) -> list:
        """The record's columns; on SQLite times come as their stored text (see _time_text)."""
        c = events_table.c
        if self.dialect != "sqlite":
            return [c[k] for k in READ_COLUMNS]
        return [
            sa.type_coerce(c[k], sa.Text).label(k) if k in ("published_at", "captured_at") else c[k]
            for k in READ_COLUMNS
        ]

    # Columnar reads for the dashboard's index (issue 8): the few columns the page filters on,
    # straight from the cursor (no record dicts, no JSON or time parsing per row here).
    def iter_columns(self, names: Iterable[str], *, batch: int = 20_000) -> Iterator[list[tuple]]:
        """Batches of raw row tuples of the ``events`` columns ``names``, in ``events()`` order.

        Times come as stored (text on SQLite, aware datetimes on PostgreSQL); lists and objects
        as their JSON text. The order is the one ``events(include_undated=True)`` gives.
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
                query = sa.select(*self._read_columns()).where(c.id.in_(chunk))
                for row in conn.execute(query):
                    record = _to_record(row)
                    found[record["id"]] = record
        return [found[i] for i in ids if i in found]

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(events_table)).scalar()

    def version(self) -> int:
        """A number that changes whenever the stored events change (cache key for readers)."""
        with self.engine.connect() as conn:
            query = sa.select(meta_table.c.value).where(meta_table.c.key == "version")
            return int(conn.execute(query).scalar() or 0)

    def window_counts(
        self, since: datetime | str, until: datetime | str, step: timedelta = timedelta(hours=1)
    ) -> list[tuple[datetime, int]]:
        """How many dated events fall in each ``step`` from ``since`` to ``until``."""
        start, end = parse_time(since), parse_time(until)
        n = max(0, -(-(end - start) // step))
        counts = [0] * n
        c = events_table.c
        query = sa.select(c.published_at).where(c.published_at >= start, c.published_at < end)
        with self.engine.connect() as conn:
            for (when,) in conn.execute(query):
                counts[int((when - start) // step)] += 1
        return [(start + i * step, counts[i]) for i in range(n)]

    # the reader's actions from the page
    def hide(self, ids: Iterable[str], hidden: bool = True) -> int:
        """Hide events from the page (or show them again); they stay stored and exported."""
        return self._update(ids, hidden=hidden)

    def relocate(self, ids: Iterable[str], location: dict) -> int:
        """Give events a corrected location (``LOCATION_FIELDS``; see ``pipeline.actions``)."""
        return self._update(ids, **{k: location.get(k) for k in LOCATION_FIELDS})

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
        return done

    def _update(self, ids: Iterable[str], **values) -> int:
        ids = list(dict.fromkeys(ids))
        done = 0
        with self._writing() as conn:
            for i in range(0, len(ids), _CHUNK):
                query = events_table.update().where(events_table.c.id.in_(ids[i : i + _CHUNK]))
                done += conn.execute(query.values(**values)).rowcount
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
            sa.select(*self._read_columns())
            .where(c.story_id == story_id)
            .order_by(c.published_at.asc().nulls_last(), c.seq)
        )
        with self.engine.connect() as conn:
            return [_to_record(row) for row in conn.execute(query)]

    # watch state
    def feed_state(self, url: str) -> dict | None:
        """What ``wiremap watch`` remembers of a feed, or None when it never polled it."""
        query = sa.select(feeds_table).where(feeds_table.c.url == url)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return dict(row._mapping) if row else None

    def save_feed_state(self, url: str, **state) -> None:
        unknown = set(state) - set(FEED_STATE_FIELDS)
        if unknown:
            raise ValueError(f"unknown feed state fields: {sorted(unknown)}")
        with self._writing() as conn:
            exists = conn.execute(
                sa.select(feeds_table.c.url).where(feeds_table.c.url == url)
            ).first()
            if exists:
                conn.execute(feeds_table.update().where(feeds_table.c.url == url).values(state))
            else:
                conn.execute(feeds_table.insert().values(url=url, **{"failures": 0, **state}))


class _WriteTransaction:
    """``with store._writing() as conn``: BEGIN IMMEDIATE on SQLite, advisory lock on PG."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Connection:
        self.conn = self.store.engine.connect()
        self.conn.execution_options(wiremap_write=True)
        self.tx = self.conn.begin()
        try:
            if self.store.dialect == "postgresql":
                self.conn.execute(
                    sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITER_LOCK}
                )
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.tx.commit()
            else:
                self.tx.rollback()
        finally:
            self.conn.close()
