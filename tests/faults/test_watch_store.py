"""``watch`` when the store fails: a full disk, a store that goes away and comes back.

Before, a stopped PostgreSQL gave a traceback from ``Watcher.due`` and exit 1, and a full SQLite
disk one from ``save_feed_state`` inside the error handler.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from store_fixtures import Clock, LocalServer, body, fake_geocode, rss

from faults.test_store_faults import limit_pages
from pipeline.store import StoreError, open_store
from pipeline.watch import Feed, WatchConfig, Watcher

LONG = " Officials gave more details later in the day." * 150  # needs pages of its own
FEED = rss(
    [
        ("Vote", "QUITO (AFP) - Voters in Ecuador rejected foreign military bases in a "
         "referendum on Sunday, early results showed." + LONG, "Mon, 17 Nov 2025 04:10:00 GMT"),
        ("Storm", "NAIROBI (AP) - Heavy rain flooded roads in the capital on Monday, police "
         "said." + LONG, "Mon, 17 Nov 2025 06:30:00 GMT"),
    ]
)  # fmt: skip


class Outage:
    """A store that goes away while ``down`` is set: every call fails as a lost server does."""

    def __init__(self, store) -> None:
        self.store, self.down, self.calls = store, False, 0

    def __getattr__(self, name):
        method = getattr(self.store, name)

        def call(*args, **kwargs):
            self.calls += 1
            if self.down:
                raise StoreError("the store at test-db is unavailable: server closed the "
                                 "connection unexpectedly", unavailable=True)  # fmt: skip
            return method(*args, **kwargs)

        return call


@pytest.fixture
def feeds():
    with LocalServer() as server:
        server.routes["/a.rss"] = body(FEED, "application/rss+xml")
        server.routes["/b.rss"] = body(
            FEED.replace(b"Heavy rain", b"Strong wind"), "application/rss+xml"
        )
        yield server


def watcher(feeds, store, clock, lines) -> Watcher:
    config = WatchConfig(
        feeds=tuple(Feed(feeds.url(p), p, 300.0) for p in ("/a.rss", "/b.rss")),
        timeout=0.5, deadline=3.0, retry=30.0,
    )  # fmt: skip
    return Watcher(config, store, geocode=fake_geocode, clock=clock, report=lines.append)


@pytest.fixture
def short_tmp():
    """A folder whose path has the same length in every run: the store's error lines (kept
    with the feed's state) name its file, so a longer folder (pytest-xdist's ``popen-gwN/``)
    would take the room the test means to leave for the feeds' own rows."""
    folder = tempfile.mkdtemp(prefix="wm-full-")
    yield Path(folder)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_full_store_is_a_failed_poll_and_the_backoff_is_kept(feeds, short_tmp):
    clock, lines = Clock(), []
    with open_store(str(short_tmp / "db.sqlite")) as store:
        with store.engine.connect() as conn:
            used = conn.exec_driver_sql("PRAGMA page_count").scalar()
        limit_pages(store, used)  # not one page more
        for i in range(10_000):  # and no room left on them: the feed table is full as well
            try:
                store.save_feed_state(f"http://127.0.0.1/filler/{i}", last_error="x" * 500)
            except StoreError:
                break
        w = watcher(feeds, store, clock, lines)
        results = w.round()
        assert [r.status for r in results] == ["failed", "failed"]
        assert all("database or disk is full" in line for line in lines)
        assert w.unsaved and w.round() == []  # backing off, though the store kept nothing
        limit_pages(store, None)
        clock.advance(31)
        assert [(r.status, r.added) for r in w.round()] == [("new", 2), ("new", 1)]
        assert not w.unsaved and store.count() == 3
        assert store.feed_state(feeds.url("/a.rss"))["failures"] == 0


def test_a_store_that_goes_away_is_reported_and_watch_resumes(feeds, tmp_path):
    clock, lines = Clock(), []
    with open_store(str(tmp_path / "db.sqlite")) as real:
        store = Outage(real)
        w = watcher(feeds, store, clock, lines)
        store.down = True
        assert w.round() == []
        assert w.store_error and len(lines) == 1
        assert lines[0].startswith("wiremap: watch: the store at test-db is unavailable")
        assert lines[0].endswith("trying again in 30 s")
        assert w.next_wait() == 30.0
        store.down = False
        assert [r.added for r in w.round()] == [2, 1]
        assert w.store_error is None and real.count() == 3


def test_run_keeps_going_through_an_outage(feeds, tmp_path):
    lines: list[str] = []
    polled = threading.Event()

    def report(line: str) -> None:
        lines.append(line)
        if "new" in line:
            polled.set()

    with open_store(str(tmp_path / "db.sqlite")) as real:
        store = Outage(real)
        store.down = True
        config = WatchConfig(feeds=(Feed(feeds.url("/a.rss"), "a", 300.0),), timeout=0.5,
                             deadline=3.0, retry=1.0)  # fmt: skip
        w = Watcher(config, store, geocode=fake_geocode, report=report)
        stop = threading.Event()
        thread = threading.Thread(target=w.run, args=(stop,))
        thread.start()
        try:
            threading.Event().wait(1.5)
            assert thread.is_alive() and lines and "unavailable" in lines[0]
            store.down = False
            assert polled.wait(10)
        finally:
            stop.set()
            thread.join(10)
        assert not thread.is_alive() and real.count() == 2
