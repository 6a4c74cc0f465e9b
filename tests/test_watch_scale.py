"""Several pollers on one store: feeds leased (SKIP LOCKED on PostgreSQL), taken over if killed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_fixtures import (  # noqa: F401 (fixtures)
    Clock,
    LocalServer,
    body,
    fake_geocode,
    pg_schema,
    rss,
    send,
    store,
    store_url,
)

from pipeline.watch import Feed, WatchConfig, Watcher

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
CITIES = ("NAIROBI", "QUITO", "LAGOS", "LIMA", "ACCRA", "DAKAR", "KAMPALA", "BOGOTA", "LUSAKA")


def feed_of(n: int) -> bytes:
    """Feed ``n``: three briefs of its own."""
    return rss(
        [
            (f"Item {n}.{i}", f"{CITIES[n]} (AP) - Report {i} of wire {n}: officials met on "
             f"Monday to discuss item {i}, a spokesman said.", "Mon, 17 Nov 2025 06:30:00 GMT")
            for i in range(3)
        ]
    )  # fmt: skip


def test_a_feed_is_leased_to_one_poller_until_it_gives_it_back_or_the_lease_expires(store):  # noqa: F811
    clock = Clock()
    url, lease = "http://127.0.0.1/a.rss", timedelta(seconds=60)
    assert store.claim_feed(url, "one", clock(), lease)
    assert not store.claim_feed(url, "two", clock(), lease)  # held by one
    assert store.claim_feed(url, "one", clock(), lease)  # one may renew its own
    clock.advance(61)
    assert store.claim_feed(url, "two", clock(), lease)  # one's lease expired: two takes over
    store.save_feed_state(url, next_due=clock.now + timedelta(seconds=300), lease_owner=None,
                          lease_until=None)  # fmt: skip
    assert not store.claim_feed(url, "one", clock(), lease)  # not due: polled this round
    assert store.claim_feed(url, "one", clock(), lease, force=True)
    assert store.feed_state(url)["lease_owner"] == "one"


def test_two_watchers_share_the_feeds_of_a_round(store):  # noqa: F811
    clock = Clock()
    with LocalServer() as server:
        for n in range(4):
            server.routes[f"/{n}.rss"] = body(feed_of(n), "application/rss+xml")
        config = WatchConfig(feeds=tuple(Feed(server.url(f"/{n}.rss"), str(n), 300.0)
                                         for n in range(4)), timeout=2.0, deadline=5.0)  # fmt: skip
        first = Watcher(config, store, geocode=fake_geocode, clock=clock)
        second = Watcher(config, store, geocode=fake_geocode, clock=clock)
        assert len(first.round()) == 4 and second.round() == []  # all polled, each once
        assert server.hits == {f"/{n}.rss": 1 for n in range(4)}
        clock.advance(301)
        assert len(second.round()) == 4  # due again: whoever comes first polls them
    assert store.count() == 12
    assert {store.feed_state(f.url)["lease_owner"] for f in config.feeds} == {None}


POLLER = """
import sys
sys.path.insert(0, {tests!r})
from store_fixtures import fake_geocode
from pipeline.store import open_store
from pipeline.watch import Feed, WatchConfig, Watcher
feeds = tuple(Feed(u, u.rsplit("/", 1)[-1], 3600.0) for u in {urls!r})
# The lease must outlast the longest poll (a loaded machine's first one, imports included: 8 s
# ran out twice under a load of 10, so a second poller fetched a leased feed).
config = WatchConfig(feeds=feeds, timeout=20.0, deadline=30.0, retry=0.5, lease=20.0)
with open_store({url!r}) as store:
    w = Watcher(config, store, geocode=fake_geocode,
                report=lambda line: print(line, file=sys.stderr, flush=True))
    print("owner", w.owner, flush=True)
    w.run()
"""


@pytest.mark.postgres
def test_three_pollers_one_killed_share_the_feeds_on_postgresql():
    """Three pollers, one list of nine feeds. The poller that takes the slow feed is killed in
    the middle of it; another takes it over once the lease expires. Every feed is polled to the
    end once, every event is stored once."""
    first_hit = []

    def slow_first(h) -> None:
        if not first_hit:
            first_hit.append(time.monotonic())
            time.sleep(6)  # the poller holding it is killed meanwhile
        with contextlib.suppress(OSError):
            send(h, 200, feed_of(0), "application/rss+xml")

    with pg_schema() as (url, _schema, _admin), LocalServer() as server:
        server.routes["/0.rss"] = slow_first
        for n in range(1, len(CITIES)):
            server.routes[f"/{n}.rss"] = body(feed_of(n), "application/rss+xml")
        urls = [server.url(f"/{n}.rss") for n in range(len(CITIES))]
        from pipeline.store import open_store

        open_store(url).close()  # the schema first, so three pollers do not race to make it
        script = textwrap.dedent(POLLER.format(tests=str(TESTS), urls=urls, url=url))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        procs = [
            subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(3)
        ]  # fmt: skip
        engine = sa.create_engine(url)
        try:
            owners = {p.stdout.readline().split()[1].split(":")[1]: p for p in procs}
            deadline = time.monotonic() + 240  # a bound for a loaded machine, not a timing
            holder = None
            while holder is None:
                assert time.monotonic() < deadline, "nobody leased the slow feed"
                with engine.connect() as conn:
                    holder = conn.execute(
                        sa.text("SELECT lease_owner FROM feeds WHERE url = :u"), {"u": urls[0]}
                    ).scalar()
                time.sleep(0.05)
            killed = owners[holder.split(":")[1]]
            os.kill(killed.pid, signal.SIGKILL)
            killed.wait(10)
            while True:  # the others go on: every feed polled and given back
                assert time.monotonic() < deadline, "the slow feed was not taken over"
                with engine.connect() as conn:
                    done = conn.execute(
                        sa.text(
                            "SELECT count(*) FROM feeds WHERE last_ok IS NOT NULL"
                            " AND lease_owner IS NULL"
                        )
                    ).scalar()
                if done == len(urls):
                    break
                time.sleep(0.1)
            with engine.connect() as conn:
                events = conn.execute(sa.text("SELECT count(*), count(DISTINCT id) FROM events"))
                assert tuple(events.one()) == (3 * len(urls), 3 * len(urls))
            # Each feed was fetched once, and the one the killed poller held once more by the
            # poller that took it over (on a loaded machine the kill may land on a later feed).
            assert set(server.hits) == {f"/{n}.rss" for n in range(len(urls))}
            assert sum(server.hits.values()) <= len(urls) + 1
        finally:
            engine.dispose()
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGINT)
            for p in procs:
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
