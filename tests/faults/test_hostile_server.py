"""The hostile server against ``ingest`` and ``watch``: bounded time, one line each, the rest read.

Before the total deadline, a server sending its headers one byte at a time kept ``ingest``
running for 400 s and ``watch --once`` for 180 s, and the inputs after it were never read.
"""

from __future__ import annotations

import time

import pytest
from store_fixtures import store, store_url  # noqa: F401 (fixtures)

from faults.hostile import HOSTILE, STOP, hostile_server

TIMEOUT, DEADLINE = 0.5, 2.0
# Every hostile URL ends within its deadline (plus the server's own pace); all of them together
# take far less than one stalled fetch used to.
BOUND = len(HOSTILE) * (DEADLINE + 1)


@pytest.fixture(scope="module")
def server():
    with hostile_server() as s:
        yield s
        STOP.set()


def test_ingest_reports_every_hostile_url_and_stores_the_rest(server, store, good):  # noqa: F811
    from store_fixtures import fake_geocode

    from pipeline.ingest import FetchOptions, ingest

    urls = [server.url(path) for path in HOSTILE]
    options = FetchOptions(timeout=TIMEOUT, deadline=DEADLINE, max_bytes=1 << 20, retries=0)
    start = time.monotonic()
    report = ingest(store, [*urls, good, server.url("/good.rss")], geocode=fake_geocode,
                    fetch_options=options)  # fmt: skip
    elapsed = time.monotonic() - start
    assert elapsed < BOUND, f"took {elapsed:.0f} s"
    failures = {r.name: r.error for r in report.failed}
    assert set(failures) == set(urls)
    for url, (path, (_, reason)) in zip(urls, HOSTILE.items(), strict=True):
        assert reason in failures[url] and "\n" not in failures[url], (path, failures[url])
    assert sorted(e["place"] for e in store.events()) == ["KYIV", "NAIROBI"]


def test_the_cli_ingest_of_a_slow_header_url_ends_and_reads_the_file(
    server, tmp_path, good, wiremap
):
    db = tmp_path / "db.sqlite"
    start = time.monotonic()
    run = wiremap("ingest", server.url("/slow-headers"), good, "--db", db,
                  "--timeout", TIMEOUT, "--deadline", DEADLINE)  # fmt: skip
    assert time.monotonic() - start < 3 * (DEADLINE + 1)  # three tries at most
    assert run.code == 1
    assert len(run.err) == 2 and "slow-headers: too slow" in run.err[0]
    assert run.err[1].endswith("1 source read, 1 event: 1 new, 0 already stored; 1 failed")
    assert [r["place"] for r in wiremap("export", "--db", db).records] == ["KYIV"]


def test_one_slow_header_costs_one_deadline(server):
    from pipeline.fetch import FetchError, fetch

    start = time.monotonic()
    with pytest.raises(FetchError, match="too slow"):
        fetch(server.url("/slow-headers"), timeout=TIMEOUT, deadline=1.0)
    assert time.monotonic() - start < 1.0 + 1.0  # the deadline, and a little to let go


def test_watch_once_polls_every_feed_in_bounded_time(server, tmp_path, wiremap):
    paths = [*HOSTILE, "/good.rss"]
    toml = tmp_path / "feeds.toml"
    toml.write_text(
        f"timeout = {TIMEOUT}\ndeadline = {DEADLINE}\nmax_bytes = 1000000\n"
        + "".join(f'[[feed]]\nurl = "{server.url(p)}"\n' for p in paths),
        encoding="utf-8",
    )
    db = tmp_path / "db.sqlite"
    start = time.monotonic()
    run = wiremap("watch", toml, "--db", db, "--once")
    assert time.monotonic() - start < BOUND
    assert run.code == 1
    assert len(run.err) == len(paths)
    for line, (_, reason) in zip(run.err, HOSTILE.values(), strict=False):
        assert "failed (attempt 1, retry in 30 s)" in line and reason in line, line
    assert run.err[-1].endswith("good.rss: 1 new, 0 already stored")
