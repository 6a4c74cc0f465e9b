"""``wiremap ingest`` and ``wiremap export``: files, folders and URLs into the store and out."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from store_fixtures import (  # noqa: F401 (fixtures)
    LocalServer,
    body,
    closed_port,
    fake_geocode,
    rss,
    store,
    store_url,
)

from pipeline import extract
from pipeline.cli import main
from pipeline.ingest import FetchOptions, Progress, ingest
from pipeline.record import FIELDS
from pipeline.sample import SAMPLE_PAGE
from pipeline.store import open_store

FAST = FetchOptions(timeout=0.5, deadline=3.0, retries=1, retry_delay=0.01)
CAPTURED = datetime(2025, 11, 17, 7, 0, tzinfo=UTC)

PAGE = """Drones raken energiecentrale
{age_kyiv} uur geledenKYIV (ANP/RTR) - Russische drones hebben vannacht een energiecentrale in \
de regio Kyiv geraakt, meldt de gouverneur van de regio.
Stemming in Quito
{age_quito} uur geledenQUITO (ANP) - Kiezers in Ecuador hebben zondag gestemd over de terugkeer \
van buitenlandse militaire bases in het land.
"""


@pytest.fixture
def fake_geo(monkeypatch):
    """The CLI's default geocoder replaced by the test gazetteer."""
    monkeypatch.setattr(extract, "default_geocoder", lambda: fake_geocode)


def page(tmp_path, name: str, age_kyiv: int = 2, age_quito: int = 5):
    path = tmp_path / name
    path.write_text(PAGE.format(age_kyiv=age_kyiv, age_quito=age_quito), encoding="utf-8")
    return path


def cli(*args: str) -> int:
    return main(list(args))


def exported(capsys, db: str, *extra: str) -> list[dict]:
    capsys.readouterr()
    assert cli("export", "--db", db, *extra) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_sample_twice_then_export_gives_the_8_seed_events_once(store_url, capsys, fake_geo):  # noqa: F811
    """The issue's done-when check, on both databases."""
    assert cli("ingest", str(SAMPLE_PAGE), "--db", store_url) == 0
    assert "8 events: 8 new, 0 already stored" in capsys.readouterr().err
    assert cli("ingest", str(SAMPLE_PAGE), "--db", store_url) == 0
    assert "8 events: 0 new, 8 already stored" in capsys.readouterr().err
    records = exported(capsys, store_url)
    expected = list(extract.extract_paths([SAMPLE_PAGE], geocode=fake_geocode))
    assert len(records) == 8 == len({r["id"] for r in records})
    assert all(list(r) == list(FIELDS) for r in records)  # the record shape of `extract`
    by_id = {r["id"]: r for r in records}
    assert [by_id[e["id"]] for e in expected] == expected


def test_export_formats_and_window(tmp_path, capsys, fake_geo):
    db = str(tmp_path / "db.sqlite")
    assert cli("ingest", str(SAMPLE_PAGE), "--db", db) == 0
    window = exported(capsys, db, "--since", "2025-11-17T00:00:00Z", "--until", "2025-11-17T06:00Z")
    assert [r["place"] for r in window] == ["SANTIAGO", "QUITO", "WASHINGTON", "BALAKLIYA"]
    capsys.readouterr()
    assert cli("export", "--db", db, "--format", "csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == FIELDS and len(rows) == 9
    assert cli("export", "--db", db, "--format", "geojson") == 0
    collection = json.loads(capsys.readouterr().out)
    assert collection["type"] == "FeatureCollection" and collection["features"]
    with_story = exported(capsys, db, "--story")
    assert all(r["story_id"] for r in with_story)


def test_the_same_page_seen_later_adds_nothing(store, tmp_path):  # noqa: F811
    """Three hours later the ages have grown by three: the same two events."""
    first = page(tmp_path, "early.txt", age_kyiv=2, age_quito=5)
    later = page(tmp_path, "late.txt", age_kyiv=5, age_quito=8)
    report = ingest(store, [first], captured_at=CAPTURED, geocode=fake_geocode)
    assert (report.added, report.seen) == (2, 0)
    report = ingest(store, [later], captured_at=CAPTURED + timedelta(hours=3), geocode=fake_geocode)
    assert (report.added, report.seen) == (0, 2)
    times = {e["place"]: e["published_at"] for e in store.events()}
    assert times == {"KYIV": "2025-11-17T05:00:00+00:00", "QUITO": "2025-11-17T02:00:00+00:00"}


def test_a_bad_source_is_reported_and_the_others_go_on(tmp_path, capsys, fake_geo):
    folder = tmp_path / "wire"
    folder.mkdir()
    page(folder, "a.txt")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (folder / "c.txt").write_text("", encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    code = cli("ingest", str(folder), str(tmp_path / "missing.txt"), "--db", db,
               "--captured-at", "2025-11-17T08:00:00+01:00")  # fmt: skip
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert len(err) == 4 and all(line.startswith("wiremap: ") for line in err)
    for name in ("b.txt", "c.txt", "missing.txt"):
        assert sum(name in line for line in err) == 1
    assert err[-1].endswith("1 source read, 2 events: 2 new, 0 already stored; 3 failed")
    with open_store(db) as s:
        assert s.count() == 2


def test_urls_pages_and_feeds(store, capsys):  # noqa: F811
    text = PAGE.format(age_kyiv=2, age_quito=5).encode()
    feed = rss(
        [
            ("Storm in Nairobi", "NAIROBI (AP) - Heavy rain flooded roads in the capital on "
             "Monday, police said.", "Mon, 17 Nov 2025 06:30:00 GMT"),
        ]
    )  # fmt: skip
    with LocalServer() as server:
        server.routes["/wire"] = body(text, "text/plain; charset=utf-8")
        server.routes["/feed.rss"] = body(feed, "application/rss+xml")
        server.routes["/logo"] = body(b"\x89PNG....", "image/png")
        down = f"http://127.0.0.1:{closed_port()}/wire"
        before = datetime.now(UTC)
        report = ingest(
            store,
            [server.url("/wire"), down, server.url("/logo"), server.url("/feed.rss")],
            geocode=fake_geocode,
            fetch_options=FAST,
        )
    assert [r.ok for r in report.results] == [True, False, False, True]
    assert "cannot connect" in report.results[1].error and down in report.results[1].error
    assert "image/png" in report.results[2].error
    events = {e["place"]: e for e in store.events()}
    assert set(events) == {"KYIV", "QUITO", "NAIROBI"}
    kyiv = events["KYIV"]
    assert kyiv["captured_at_basis"] == "fetched" and kyiv["source"] == server.url("/wire")
    fetched = datetime.fromisoformat(kyiv["captured_at"])
    assert before <= fetched <= datetime.now(UTC)
    assert fetched - datetime.fromisoformat(kyiv["published_at"]) == timedelta(hours=2)
    assert events["NAIROBI"]["published_at"] == "2025-11-17T06:30:00+00:00"
    assert events["NAIROBI"]["lat"] is not None


def test_ftp_and_file_urls_are_refused(store):  # noqa: F811
    report = ingest(store, ["ftp://127.0.0.1/wire.txt"], geocode=fake_geocode)
    assert not report.results[0].ok and "only http and https" in report.results[0].error


def test_progress_bar_on_request(tmp_path, capsys, fake_geo):
    folder = tmp_path / "wire"
    folder.mkdir()
    for i in range(3):
        page(folder, f"p{i}.txt", age_kyiv=2 + i, age_quito=5 + i)
    db = str(tmp_path / "db.sqlite")
    assert cli("ingest", str(folder), "--db", db, "--progress") == 0
    err = capsys.readouterr().err
    assert "3/3 sources" in err and "[" + "#" * 24 + "]" in err
    assert cli("ingest", str(folder), "--db", db) == 0
    assert "sources," not in capsys.readouterr().err  # not a terminal: no bar


def test_progress_prints_messages_above_the_bar():
    out = io.StringIO()
    bar = Progress(out, width=4)
    bar.start(2)
    bar.message("wiremap: x.txt: broken")
    bar.finish()
    assert "wiremap: x.txt: broken\n" in out.getvalue()


def test_done_when_on_the_real_pipeline(tmp_path, capsys):
    """The real parsing and geo layers, end to end: ingest twice, export, 8 events once each."""
    db = str(tmp_path / "db.sqlite")
    assert cli("ingest", str(SAMPLE_PAGE), "--db", db) == 0
    assert cli("ingest", str(SAMPLE_PAGE), "--db", db) == 0
    records = exported(capsys, db)
    assert len(records) == 8 == len({r["id"] for r in records})
    assert cli("extract", str(SAMPLE_PAGE)) == 0
    extracted = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(records, key=lambda r: r["id"]) == sorted(extracted, key=lambda r: r["id"])


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux ``/proc``; none elsewhere)."""
    from pathlib import Path

    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_a_killed_cli_ingest_leaves_whole_sources_and_a_rerun_completes(tmp_path):
    """SIGKILL ``wiremap ingest`` while it writes: every stored source is whole; rerun finishes.

    Small sources share transactions (up to the store's batch), so there are enough of them
    for several transactions, and the kill lands between two.
    """
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    folder = tmp_path / "wire"
    folder.mkdir()
    for i in range(1500):
        (folder / f"p{i:04d}.txt").write_text(
            f"KYIV (ANP) - Bericht {i} over de stroomvoorziening in de regio, nummer {i}.\n"
            f"QUITO (ANP) - Bericht {i} over de verkiezingen in Ecuador, nummer {i}.\n",
            encoding="utf-8",
        )
    db = str(tmp_path / "db.sqlite")
    root = Path(__file__).resolve().parent.parent
    program = (  # the real CLI, with the test gazetteer so no geo data has to load
        "import os, sys, time; sys.path.insert(0, sys.argv.pop(1)); from store_fixtures import "
        "fake_geocode; import pipeline.extract as e; e.default_geocoder = lambda: fake_geocode;"
        " import pipeline.store as st; done = st.Store._committed; st.BATCH_ROWS = 1000\n"
        # Batches of 1,000 rows (or a second's), so 3,000 events take several transactions
        # however fast the machine. HOLD: after its first transaction with events the ingest
        # says so and waits, so the kill lands between two however busy the machine is (a
        # starved test process could miss a gap of a second).
        "def held(store):\n"
        "    done(store)\n"
        "    if os.environ.get('HOLD') and store.count():\n"
        "        print('committed', flush=True); time.sleep(60)\n"
        "st.Store._committed = held\n"
        "from pipeline.cli import main; sys.exit(main())"
    )
    tests = str(Path(__file__).resolve().parent)
    cmd = [sys.executable, "-c", program, tests, "ingest", str(folder), "--db", db]
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen(
        cmd, env={**env, "HOLD": "1"}, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert proc.stdout.readline() == b"committed\n"  # within the ingest (its workers running)
    workers = _children(proc.pid)  # the reading processes (--jobs: every core)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(10) == -signal.SIGKILL  # killed mid-way, not finished
    proc.stdout.close()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()]  # they end with it
    with open_store(db) as s:
        assert 0 < s.count() < 3000
        per_source: dict[str, int] = {}
        for event in s.events():
            per_source[event["source"]] = per_source.get(event["source"], 0) + 1
        assert set(per_source.values()) <= {2}  # no source half stored
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db) as s:
        assert s.count() == 3000
