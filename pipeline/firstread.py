"""The page's first read of a SQLite store, without importing SQLAlchemy.

A browser's first run of the page (``dashboard.py``, ``LEAN``) needs the events' index and a few
dozen full records (the markers' headlines, the feed's first stories). Through the store that
meant importing ``pipeline.store``, SQLAlchemy above all: 0.3-0.6 s of CPU before the map could
go out, on a cold server process. Here the same comes from what is already on disk:

- the index from the store's snapshot (``pipeline.snapshot``, the file ``Store`` keeps), used
  only when it reflects the store as it is now (its version, highest ``seq``, deletions and
  store id, read with Python's ``sqlite3``);
- records by id with ``sqlite3``, made into records by the store's own decoder
  (``pipeline.rows.to_records``) from the columns the store reads (``rows.SQLITE_COLUMNS``;
  ``tests/test_firstread.py`` compares the two).

Anything else (a PostgreSQL store, no snapshot or an old one, a file that cannot be opened
read-only, columns that are not there) gives ``None``: the page then opens the store as always.
Read-only: it never creates, migrates, seeds or writes a store, nor its snapshot.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from pipeline import snapshot
from pipeline.rows import SQLITE_COLUMNS, to_records
from pipeline.storeurl import default_url, normalize_url

SQLITE = "sqlite:///"
CHUNK = 500  # ids per ``IN (...)``: under SQLite's parameter limit
RECORDS_SQL = f"SELECT {', '.join(SQLITE_COLUMNS)} FROM events WHERE id IN "


@dataclass(frozen=True)
class _Named:
    """What ``snapshot.path_for`` asks of a store: its URL."""

    url: str


class FirstRead:
    """A current snapshot's index and the records behind it, read with ``sqlite3`` only."""

    def __init__(self, path: str, url: str, snap: snapshot.Snapshot) -> None:
        self.path, self.url, self.snapshot = path, url, snap
        self.version = str(snap.version)  # what ``StoreSource.version`` gives for this state

    def records(self, ids: Iterable[str]) -> list[dict]:
        """Full records for ``ids``, in the order given (unknown ids are left out)."""
        ids = list(dict.fromkeys(ids))
        rows: list[tuple] = []
        with _connect(self.path) as conn:
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i : i + CHUNK]
                query = RECORDS_SQL + "(" + ",".join("?" * len(chunk)) + ")"
                rows += conn.execute(query, chunk).fetchall()
        found = {record["id"]: record for record in to_records(rows, packed=True)}
        return [found[i] for i in ids if i in found]


@contextmanager
def _connect(path: str) -> Iterator[sqlite3.Connection]:
    """A read-only connection, closed when done (``sqlite3``'s own ``with`` only ends a
    transaction and leaves the file open until the collector finds the connection).

    Not memory-mapped, unlike the store's connections (``store.SQLITE_MMAP_SIZE``): a map pays
    off on a connection that reads many pages or is kept, and this one reads a few dozen rows
    and is closed. Measured on the scattered 1M store, 60 records by id: 2.1-2.4 ms a call with
    a map (its faults and its unmapping) against 1.2-1.6 without, 3.2-3.7 against 2.3-4.4 in a
    fresh process."""
    conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=1.0)
    try:
        conn.execute("PRAGMA query_only = ON")
        yield conn
    finally:
        conn.close()


def _state(conn: sqlite3.Connection) -> tuple[int, int, int, int]:
    """``Store.index_state``: (version, highest seq, deletions, store id)."""
    meta = dict(conn.execute(
        "SELECT key, value FROM store_meta WHERE key IN ('version', 'store_id', 'deleted')"
    ).fetchall())  # fmt: skip
    top = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
    return (
        int(meta.get("version") or 0),
        int(top or 0),
        int(meta.get("deleted") or 0),
        int(meta.get("store_id") or 0),
    )


def store_loaded() -> bool:
    """Is the store's module (and SQLAlchemy) imported already? Then its read costs no more."""
    return "pipeline.store" in sys.modules


def first_read(url: str | None = None) -> FirstRead | None:
    """The store's index and records for a first run, or None when they cannot be had cheaply
    and surely (see the module docstring): the caller then opens the store."""
    url = normalize_url(url or default_url())
    if not url.startswith(SQLITE) or "?" in url or url == SQLITE:
        return None
    path = url[len(SQLITE) :]
    if path == ":memory:" or not Path(path).is_file():
        return None
    snap = snapshot.load(snapshot.path_for(_Named(url)))
    if snap is None:
        return None
    try:
        with _connect(path) as conn:
            state = _state(conn)
            conn.execute(RECORDS_SQL + "(NULL)").fetchall()  # the columns are all there
    except sqlite3.Error:
        return None
    if (snap.version, snap.max_seq, snap.deleted, snap.store_id) != state:
        return None
    return FirstRead(path, url, snap)
