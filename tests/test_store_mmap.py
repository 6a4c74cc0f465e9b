"""SQLite stores read through a memory map (``pipeline.store.SQLITE_MMAP_SIZE``): the setting is
in force on every connection the store opens, the data read is the same with and without it
(also past the end of a map smaller than the file), and a mapped reader keeps reading whole
sources while a writer in another process grows the file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import pipeline.store as store_module
from pipeline.record import FIELDS, event_id
from pipeline.store import SQLITE_MMAP_SIZE, open_store

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SOURCE = 100  # records a source, in the writer of another process


def granted(request: int) -> int:
    """What this SQLite maps for ``request``: capped at its build's ``SQLITE_MAX_MMAP_SIZE``."""
    conn = sqlite3.connect(":memory:")
    options = [row[0] for row in conn.execute("PRAGMA compile_options")]
    conn.close()
    cap = [int(o.split("=")[1], 0) for o in options if o.startswith("MAX_MMAP_SIZE=")]
    return min(request, cap[0] if cap else 0x7FFF0000)


def brief(n: int) -> dict:
    text = f"LIMA (AP) - Brief number {n} on the day's events in Perú, officials said. " * 3
    record = dict.fromkeys(FIELDS)
    record.update(id=event_id(text), text=text, place="Lima", agencies=["AP"], lang="en",
                  places=["Lima"], source=f"test:{n // SOURCE}", lat=-12.04, lon=-77.03,
                  country_code="PE", geonameid=3936456, confidence=0.9,
                  mentions=[{"place": "Perú", "start": 60, "end": 64, "n": n}],
                  focus={"name": "Lima", "n": n},
                  published_at=(T0 + timedelta(seconds=n, microseconds=n)).isoformat(),
                  captured_at=(T0 + timedelta(days=1)).isoformat())  # fmt: skip
    return record


def every_read(store) -> dict[str, list[str]]:
    """The store's reads of everything, as ``repr`` of each record (values, key order, types)."""
    day = {"since": T0, "until": T0 + timedelta(days=2), "include_undated": False}
    ids = [e["id"] for e in store.events()]
    return {
        "window": list(map(repr, store.events(**day))),
        "streamed": list(map(repr, store.iter_events())),
        "records": list(map(repr, store.records(ids[::-7]))),
    }


def mapped(conn) -> int:
    return conn.exec_driver_sql("PRAGMA mmap_size").scalar()


def maps_of_this_process() -> str:
    return Path("/proc/self/maps").read_text()


@pytest.fixture
def filled(tmp_path):
    """A SQLite store of 3,000 briefs (a few MB), and its path."""
    path = tmp_path / "events.sqlite"
    with open_store(f"sqlite:///{path}") as store:
        for start in range(0, 3000, 500):
            store.add([brief(n) for n in range(start, start + 500)], source=f"s{start}")
    return path


def test_every_connection_the_store_opens_reads_through_a_map(filled):
    want = granted(SQLITE_MMAP_SIZE)
    assert want > 0 if sys.maxsize > 2**32 else want == 0  # 2 GiB less 64 KiB here (Debian's)
    url = f"sqlite:///{filled}"
    with open_store(url) as store, store.engine.connect() as one, store.engine.connect() as two:
        assert mapped(one) == mapped(two) == want  # the writer's engine: pooled connections
        assert len(store.events()) == 3000
    with open_store(url, create=False) as reader, reader.engine.connect() as conn:
        assert mapped(conn) == want  # a reader's engine: read-only connections
        assert conn.exec_driver_sql("SELECT count(*) FROM events").scalar() == 3000
        # The file is mapped while the connection is open, and read from there.
        assert str(filled) in maps_of_this_process()


def test_the_data_read_is_the_same_with_and_without_a_map(filled, monkeypatch):
    """With the map, without one, and with a map smaller than the file (pages past its end are
    read as without one): every read gives the same records."""
    url = f"sqlite:///{filled}"
    reads = {}
    for size in (SQLITE_MMAP_SIZE, 0, 256 * 1024):
        monkeypatch.setattr(store_module, "SQLITE_MMAP_SIZE", size)
        with open_store(url) as store:
            with store.engine.connect() as conn:
                assert mapped(conn) == granted(size)
            reads[size] = every_read(store)
    assert os.path.getsize(filled) > 8 * 256 * 1024  # most of the file past the small map
    assert len(reads[0]["window"]) == 3000 and len(reads[0]["records"]) == 429
    assert reads[SQLITE_MMAP_SIZE] == reads[0] == reads[256 * 1024]


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[3])
    from test_store_mmap import brief, SOURCE
    from pipeline.store import open_store
    url, sources = sys.argv[1], int(sys.argv[2])
    with open_store(url) as store:
        for s in range(sources):
            store.add([brief(n) for n in range(s * SOURCE, (s + 1) * SOURCE)], source=f"s{s}")
            print("committed", s, flush=True)
    """
)


def test_a_mapped_reader_reads_whole_sources_while_another_process_writes(tmp_path, monkeypatch):
    """A writer in another process adds 24 sources (the file grows past its size when the
    reader mapped it; its checkpoints write pages the reader has mapped) while the reader
    reads the whole window again and again: each read holds whole sources, never fewer than
    the read before, and the last equals what a reader without a map reads."""
    path = tmp_path / "events.sqlite"
    url = f"sqlite:///{path}"
    sources = 24
    with open_store(url) as reader:
        reader.add([brief(n) for n in range(-SOURCE, 0)], source="first")
        with reader.engine.connect() as conn:
            assert mapped(conn) == granted(SQLITE_MMAP_SIZE)
        before = os.path.getsize(path)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        cmd = [sys.executable, "-c", WRITER, url, str(sources), str(Path(__file__).parent)]
        writer = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        counts: list[int] = []
        seen: set[str] = set()
        window = {"since": T0 - timedelta(hours=1), "until": T0 + timedelta(days=2)}
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            running = writer.poll() is None
            got = reader.events(**window, include_undated=False)
            ids = {e["id"] for e in got}
            assert len(ids) == len(got) and len(got) % SOURCE == 0  # whole sources, once each
            assert ids >= seen  # nothing read before is gone
            seen = ids
            counts.append(len(got))
            if not running:
                break
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err.decode()
        assert out.decode().split("\n")[-2] == f"committed {sources - 1}"
        assert counts[-1] == (sources + 1) * SOURCE
        assert len(set(counts)) > 2  # the reader saw the store between its writes
        assert os.path.getsize(path) > 2 * before
        last = every_read(reader)
    monkeypatch.setattr(store_module, "SQLITE_MMAP_SIZE", 0)
    with open_store(url) as plain:
        with plain.engine.connect() as conn:
            assert mapped(conn) == 0
        assert every_read(plain) == last
