"""PostgreSQL restarted in the middle of an ingest: the writer waits, then every source is stored.

Before, a 10 s outage failed 1,236 sources in 2.5 s. Runs against a cluster of its own
(``pg_cluster``); skipped where no PostgreSQL server programs are installed, except under
``CI=true``, where that is a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from needs import absent

from faults.pg_cluster import Cluster, server_bin
from pipeline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
WRITER = (  # the real CLI, with the test gazetteer so no geo data has to load
    "import sys; sys.path.insert(0, sys.argv.pop(1)); from store_fixtures import "
    "fake_geocode; import pipeline.extract as e; e.default_geocoder = lambda: fake_geocode;"
    " from pipeline.cli import main; sys.exit(main())"
)
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def cluster():
    if server_bin() is None:
        absent("no PostgreSQL server programs (apt-get install postgresql; .ci/run does)")
    with Cluster() as pg:
        yield pg


def test_a_restart_mid_ingest_loses_and_duplicates_nothing(cluster, tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    n_sources = 600
    for i in range(n_sources):
        (folder / f"p{i:04d}.txt").write_text(
            f"KYIV (ANP) - Bericht {i} over de stroomvoorziening in de regio, nummer {i}.\n"
            f"QUITO (ANP) - Bericht {i} over de verkiezingen in Ecuador, nummer {i}.\n",
            encoding="utf-8",
        )
    with open_store(cluster.url):
        pass  # the schema, before the race
    env = dict(os.environ, PYTHONPATH=str(ROOT), WIREMAP_STORE_WAIT="60")
    cmd = [sys.executable, "-c", WRITER, str(ROOT / "tests"), "ingest", str(folder),
           "--db", cluster.url]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    with open_store(cluster.url) as s:
        while s.count() == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    assert proc.poll() is None, "the ingest ended before the restart; make it longer"
    cluster.stop("fast")  # in the middle of the ingest
    time.sleep(2)
    cluster.start()
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert (
        err.strip()
        .splitlines()[-1]
        .endswith(
            f"{n_sources} sources read, {2 * n_sources} events: {2 * n_sources} new, "
            "0 already stored"
        )
    )
    with open_store(cluster.url) as s:
        events = s.events()
        assert len(events) == 2 * n_sources == len({e["id"] for e in events})


def test_pollers_report_a_server_gone_mid_round_and_resume_when_it_is_back(cluster):
    """The feeds' leases live in PostgreSQL too: a server that goes away ends the round with
    one line, and the next round, once it is back, polls what is due."""
    sys.path.insert(0, str(ROOT / "tests"))
    from store_fixtures import Clock, LocalServer, body, fake_geocode, rss

    from pipeline.watch import Feed, WatchConfig, Watcher

    item = "NAIROBI (AP) - Heavy rain flooded roads in the capital on {}, police said."
    with LocalServer() as server:
        for day in ("monday", "tuesday"):
            feed = rss([("Storm", item.format(day), "Mon, 17 Nov 2025 06:30:00 GMT")])
            server.routes[f"/{day}.rss"] = body(feed, "application/rss+xml")
        config = WatchConfig(feeds=(Feed(server.url("/monday.rss"), "monday", 300.0),),
                             timeout=2.0, deadline=5.0, retry=1.0)  # fmt: skip
        lines: list[str] = []
        with open_store(cluster.url, wait=1.0) as store:
            before = store.count()  # the cluster is the module's: other tests stored there too
            watcher = Watcher(config, store, geocode=fake_geocode, clock=Clock(),
                              report=lines.append)  # fmt: skip
            assert [r.added for r in watcher.round()] == [1]
            cluster.stop("fast")
            try:
                later = WatchConfig(feeds=(*config.feeds, Feed(server.url("/tuesday.rss"),
                                           "tuesday", 300.0)), timeout=2.0, deadline=5.0,
                                    retry=1.0)  # fmt: skip
                watcher.config = later
                assert watcher.round() == [] and watcher.store_error
                assert "trying again in 1 s" in lines[-1] and len(lines) == 2
            finally:
                cluster.start()
            assert [r.feed.name for r in watcher.round()] == ["tuesday"]  # monday: not due
            assert watcher.store_error is None and store.count() == before + 2


def test_batches_an_ingest_stored_survive_a_crash_right_after_it(cluster):
    """``SourceWriter`` commits its batches without waiting for the server's disk and makes
    them durable at the end (``Store.sync``): a server that crashes (``immediate``: no
    checkpoint, the WAL not yet written is lost; this cluster commits asynchronously itself)
    the moment the run has ended still has every event."""
    from pipeline.ingest import SourceResult, SourceWriter
    from pipeline.record import FIELDS, event_id
    from pipeline.store import prepare

    def brief(text: str) -> dict:
        return {**dict.fromkeys(FIELDS), "id": event_id(text), "text": text, "place": "Kyiv",
                "published_at": "2026-03-02T09:00:00+00:00"}  # fmt: skip

    pages = [[brief(f"KYIV (ANP) - Bericht {i} deel {k} over de stroom.") for k in range(5)]
             for i in range(12)]  # fmt: skip
    with open_store(cluster.url) as s:
        s.batch_rows = 10  # a batch every two sources; the last one fills a batch exactly
        before = s.count()
        writer = SourceWriter(s, lambda result: None)
        for i, page in enumerate(pages):
            writer.add_prepared(SourceResult(f"p{i}", events=5), prepare(page, f"p{i}"))
        assert not writer.pending and writer.unsynced  # all written, none yet durable
        writer.flush()
        assert not writer.unsynced and writer.stopped is None
    cluster.stop("immediate")
    cluster.start()
    with open_store(cluster.url) as s:
        assert s.count() - before == 60
