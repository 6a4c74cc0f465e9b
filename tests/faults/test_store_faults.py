"""A store that fills up, goes away, is locked, read-only or not there at all.

Every case ends in bounded time with one line, the other sources still stored, and no stored
event lost or duplicated.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_fixtures import fake_geocode, store, store_url  # noqa: F401 (fixtures)

from pipeline.ingest import ingest
from pipeline.store import StoreError, open_store

ROOT = Path(__file__).resolve().parents[2]


def page(folder: Path, name: str, n: int = 2, place: str = "KYIV") -> Path:
    """A page of ``n`` briefs written for these tests, all different."""
    path = folder / name
    path.write_text(
        "".join(
            f"{place} (ANP) - Bericht {i} van {name} over de stroomvoorziening in de regio, "
            f"nummer {i} van {n}.\n"
            for i in range(n)
        ),
        encoding="utf-8",
    )
    return path


def limit_pages(target, pages: int | None) -> None:
    """Make the SQLite store "full" at ``pages`` pages (None: no limit), on every connection."""

    def connect(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages or 1073741823}")

    sa.event.listen(target.engine, "connect", connect)
    target.engine.dispose()


def sources_whole(target, sizes: dict[str, int]) -> None:
    """Every stored source is stored whole, once."""
    per_source: dict[str, int] = {}
    events = target.events()
    assert len({e["id"] for e in events}) == len(events)
    for event in events:
        per_source[event["source"]] = per_source.get(event["source"], 0) + 1
    for source, n in per_source.items():
        assert n == sizes[source], source


# --- not there, read-only --------------------------------------------------------------------


def test_export_of_a_store_that_is_not_there_creates_nothing(tmp_path, wiremap):
    typo = tmp_path / "no" / "typo.sqlite"
    run = wiremap("export", "--db", typo)
    assert run.code == 1
    assert run.err == [f"wiremap: no Wiremap store at {typo}: the file does not exist "
                       "(check --db or WIREMAP_DB)"]  # fmt: skip
    assert not typo.exists() and not typo.parent.exists()


def test_export_of_an_empty_postgres_database_creates_no_tables(wiremap):
    from store_fixtures import pg_schema

    with pg_schema() as (url, schema, admin):
        run = wiremap("export", "--db", url)
        assert run.code == 1 and len(run.err) == 1 and "no Wiremap store" in run.err[0]
        with admin.connect() as conn:
            assert not sa.inspect(conn).get_table_names(schema=schema)


def _as_reader(folder: Path) -> list[str] | None:
    """A command prefix that runs a program unable to write ``folder``, or None.

    A user who is not root: the folder's own permissions do it. Root ignores permissions, so the
    folder is mounted read-only in a mount namespace of the program's own, or the program runs
    as ``nobody`` (where the virtualenv's Python is one ``nobody`` may run).
    """
    if os.geteuid() != 0:
        return []
    mounted = ["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$1" "$1" && shift && exec "$@"',
               "sh", str(folder)]  # fmt: skip
    nobody = ["runuser", "-u", "nobody", "--"]  # where root may not make mount namespaces
    python = str(ROOT / ".venv" / "bin" / "python")
    for prefix in (mounted, nobody):
        if (
            shutil.which(prefix[0])
            and subprocess.run([*prefix, python, "-c", "pass"], capture_output=True).returncode == 0
        ):
            return prefix
    return None


def test_a_read_only_store_can_be_exported():
    """The store's file and folder cannot be written by the reader: export still works."""
    folder = Path(tempfile.mkdtemp(prefix="wiremap-ro-"))
    try:
        db = folder / "events.sqlite"
        with open_store(str(db)) as s:
            s.add([{"text": "KYIV (ANP) - Een bericht om te lezen, niet om te schrijven."}])
        assert not Path(str(db) + "-wal").exists()  # closed cleanly: nothing but the file
        db.chmod(0o444)
        folder.chmod(0o555)
        prefix = _as_reader(folder)
        if prefix is None:
            pytest.skip("root without mount namespaces: the test cannot take the right to write")
        wiremap = str(ROOT / ".venv" / "bin" / "wiremap")
        denied = subprocess.run([*prefix, "touch", str(folder / "x")], capture_output=True)
        assert denied.returncode != 0  # the reader really cannot write there
        run = subprocess.run([*prefix, wiremap, "export", "--db", str(db)],
                             capture_output=True, text=True, timeout=60)  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert "Een bericht om te lezen" in run.stdout
    finally:
        folder.chmod(stat.S_IRWXU)
        shutil.rmtree(folder)


# --- full ------------------------------------------------------------------------------------


def test_a_full_store_fails_sources_in_one_line_and_keeps_whole_ones(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    sizes = {}
    for i in range(6):
        n = 400 if i == 3 else 3  # the fourth does not fit
        sizes[str(page(folder, f"p{i}.txt", n))] = n
    db = str(tmp_path / "db.sqlite")
    with open_store(db) as s:
        with s.engine.connect() as conn:
            used = conn.exec_driver_sql("PRAGMA page_count").scalar()
        limit_pages(s, used + 12)
        s.batch_rows = 10  # each page its own transaction here, the big one staged
        report = ingest(s, [folder], geocode=fake_geocode)
        assert report.failed, "the store should have filled up"
        for failed in report.failed:
            assert "database or disk is full" in failed.error and "\n" not in failed.error
        assert str(folder / "p3.txt") in {r.name for r in report.failed}
        sources_whole(s, sizes)
        stored = s.count()
        limit_pages(s, None)  # room again: a rerun completes the rest
        again = ingest(s, [folder], geocode=fake_geocode)
        assert not again.failed
        assert s.count() == sum(sizes.values()) and again.added == sum(sizes.values()) - stored
        sources_whole(s, sizes)
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


# --- locked ----------------------------------------------------------------------------------


def _hold_lock(url: str, seconds: float, held: threading.Event) -> None:
    """Another writer holding the store's write lock for ``seconds``."""
    with open_store(url) as other, other._writing():
        held.set()
        time.sleep(seconds)


def test_a_writer_waits_for_the_lock_then_gives_up_in_one_line(store_url):  # noqa: F811
    record = {"text": "KYIV (ANP) - Een bericht dat op zijn beurt wacht."}
    with open_store(store_url, wait=0.3) as impatient, open_store(store_url, wait=20) as patient:
        held = threading.Event()
        holder = threading.Thread(target=_hold_lock, args=(store_url, 1.5, held))
        holder.start()
        assert held.wait(10)
        start = time.monotonic()
        with pytest.raises(StoreError) as info:
            impatient.add([record])
        assert time.monotonic() - start < 1.3
        assert info.value.unavailable and "stayed locked by another writer" in str(info.value)
        assert patient.add([record]).added == 1  # waits for the holder, then writes
        holder.join()
        assert patient.count() == 1


def test_store_wait_is_a_setting(tmp_path, settings):
    settings(store_wait="2.5")
    with open_store(str(tmp_path / "db.sqlite")) as s:
        assert s.wait == 2.5
    settings(store_wait="soon")
    with pytest.raises(StoreError, match="WIREMAP_STORE_WAIT='soon' is not a number"):
        open_store(str(tmp_path / "db.sqlite"))


# --- a large source --------------------------------------------------------------------------


def big_source(n: int, tag: str = "") -> list[dict]:
    return [
        {"text": f"KYIV (ANP) - Groot bericht {i}{tag} over de stroomvoorziening, nummer {i}.",
         "place": "KYIV", "published_at": "2025-11-17T06:00:00+00:00",
         "captured_at": "2025-11-17T08:00:00+00:00"}
        for i in range(n)
    ]  # fmt: skip


def test_a_large_source_goes_in_short_batches_and_is_seen_whole(store_url):  # noqa: F811
    with open_store(store_url) as writer, open_store(store_url) as reader:
        writer.add(big_source(3, " (eerder)"))
        writer.batch_rows = 50
        snapshots: list[tuple[int, int]] = []  # (events, staged rows) a reader sees

        def commit(conn):  # just before each of the writer's commits
            snapshots.append((reader.count(), staged(reader)))

        sa.event.listen(writer.engine, "commit", commit)
        result = writer.add(big_source(500) + big_source(3, " (eerder)"))
        sa.event.remove(writer.engine, "commit", commit)
        snapshots.append((reader.count(), staged(reader)))
        assert (result.added, result.seen) == (500, 3)
        assert len(snapshots) >= 12
        seen = [events for events, _ in snapshots]
        assert set(seen) == {3, 503} and seen == sorted(seen)  # none of it, then all of it
        growth = [b - a for (_, a), (_, b) in zip(snapshots, snapshots[1:], strict=False)]
        assert max(growth) <= 50  # no transaction staged more than a batch
        assert reader.count() == 503 == len({e["id"] for e in reader.events()})
        assert staged(reader) == 0


def staged(target) -> int:
    with target.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM staged_events").scalar()


KILL_STAGING = """
import sys, time
import sqlalchemy as sa
sys.path.insert(0, sys.argv[3])
from faults.test_store_faults import big_source
from pipeline.store import open_store
store = open_store(sys.argv[1])
store.batch_rows = 40
commits = 0

@sa.event.listens_for(store.engine, "commit")
def commit(conn):
    global commits
    commits += 1
    if commits == int(sys.argv[2]):
        print("staged", flush=True)
        time.sleep(60)

store.add(big_source(400))
print("done", flush=True)
"""


def test_a_killed_large_source_leaves_nothing_visible_and_a_rerun_stores_it(store_url):  # noqa: F811
    import signal
    import sys

    with open_store(store_url):
        pass
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    tests = str(ROOT / "tests")
    cmd = [sys.executable, "-c", KILL_STAGING, store_url]
    proc = subprocess.Popen([*cmd, "5", tests], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "staged"  # 4 batches in, one more committing
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    with open_store(store_url) as s:
        assert s.count() == 0
        assert staged(s) == 120  # three batches of 40 committed, the fourth was not
    rerun = subprocess.run([*cmd, "0", tests], capture_output=True, text=True, env=env, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(store_url) as s:
        assert s.count() == 400 == len({e["id"] for e in s.events()})


def test_staged_rows_of_a_dead_writer_expire(store, monkeypatch):  # noqa: F811
    import pipeline.store as module

    store.batch_rows = 10
    token_rows = [{"token": "dead", "ord": i, "staged_at": "2025-01-01T00:00:00+00:00",
                   "id": f"x{i}", "text": "orphan", "story_id": f"x{i}",
                   "first_seen": "2025-01-01T00:00:00+00:00",
                   "last_seen": "2025-01-01T00:00:00+00:00", "seen_count": 1}
                  for i in range(3)]  # fmt: skip
    with store.engine.begin() as conn:
        conn.execute(module.staged_table.insert(), token_rows)
    store.add(big_source(30))
    assert staged(store) == 0
    assert store.count() == 30


# --- concurrent writers ----------------------------------------------------------------------


def test_concurrent_writers_lose_and_duplicate_nothing(store_url, tmp_path):  # noqa: F811
    """Four writers (threads, each with its own store connection) on overlapping pages."""
    folders = []
    for w in range(4):
        folder = tmp_path / f"w{w}"
        folder.mkdir()
        for i in range(20):  # each writer shares half of its pages with the next one
            page(folder, f"p{(i + 10 * w) % 50:03d}.txt", n=3)
        page(folder, f"big{w}.txt", n=120)  # and one larger page of its own, staged
        folders.append(folder)
    with open_store(store_url):
        pass
    reports, errors = [], []

    def write(folder: Path) -> None:
        try:
            with open_store(store_url, wait=60) as s:
                s.batch_rows = 50
                reports.append(ingest(s, [folder], geocode=fake_geocode))
        except Exception as err:  # noqa: BLE001 (reported by the assertion below)
            errors.append(err)

    threads = [threading.Thread(target=write, args=(f,)) for f in folders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors and all(not r.failed for r in reports) and len(reports) == 4
    names = {p.name for f in folders for p in f.iterdir()}
    expected = sum(120 if n.startswith("big") else 3 for n in names)
    with open_store(store_url) as s:
        events = s.events()
        assert len(events) == len({e["id"] for e in events}) == expected
        # the same page name in two folders is the same text: added once, seen by the other
        assert sum(r.added for r in reports) == expected
        assert sum(r.added + r.seen for r in reports) == sum(
            120 if p.name.startswith("big") else 3 for f in folders for p in f.iterdir()
        )
