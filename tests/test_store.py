"""The store on SQLite and on PostgreSQL: idempotence, stories, windows, migrations, crashes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_fixtures import pg_base_url, store, store_url  # noqa: F401 (fixtures)

from pipeline.record import FIELDS, event_id
from pipeline.store import (
    AddResult,
    StoreError,
    body_of,
    events_table,
    open_store,
    similarity,
    words,
)

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2025, 11, 17, 7, 0, tzinfo=UTC)
HEAD = "0011"
# The columns revision 0001 made (the record has grown since; a migration adds the rest).
FIELDS_0001 = FIELDS[: FIELDS.index("location_reason") + 1]


def brief(text: str, *, place="KYIV", agency="AP", published=T0, captured=None, **extra):
    """A record as extract makes it, for a brief written here."""
    dateline = f"{place} ({agency})"
    full = f"{dateline} - {text}"
    record = dict.fromkeys(FIELDS)
    record.update(
        id=event_id(full),
        source=f"test:{agency}",
        text=full,
        dateline=dateline,
        place=place,
        places=[place],
        agencies=[agency],
        lang="en",
        published_at=published.isoformat() if published else None,
        time_basis="age" if published else None,
        captured_at=(captured or T0 + timedelta(hours=1)).isoformat(),
        captured_at_basis="option",
    )
    if "mentions" in FIELDS:
        record["mentions"] = []
    record.update(extra)
    return record


DRONES_AP = (
    "Russian drones struck an energy facility in the Kyiv region overnight, cutting power "
    "to about 40,000 homes, regional governor Mykola Kalashnyk said on Monday."
)
DRONES_RTR = (
    "Russian drones hit an energy facility in the Kyiv region overnight and cut power to "
    "some 40,000 homes, regional governor Mykola Kalashnyk said on Monday."
)
SUBWAY = (
    "The city council approved a plan to extend the metro line to the left bank, with "
    "construction of three stations scheduled to start next spring."
)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- opening and migrations ------------------------------------------------------------------


def test_open_creates_the_schema_and_reopens(store_url):  # noqa: F811
    with open_store(store_url) as s:
        assert s.schema_revision() == HEAD
        assert s.count() == 0 and s.version() == 0
        s.add([brief(DRONES_AP)])
    with open_store(store_url) as s:
        assert s.count() == 1


def test_every_record_field_has_a_column(store):  # noqa: F811
    """A field added to pipeline.record needs a migration, or the store would drop it."""
    with store.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("events")}
    assert set(FIELDS) <= columns
    assert set(FIELDS) <= set(events_table.c.keys())


def test_sqlite_is_in_wal_mode(tmp_path):
    with open_store(str(tmp_path / "db.sqlite")) as s, s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_default_location_and_env(tmp_path, monkeypatch, settings):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    settings(db=None)
    with open_store() as s:
        assert s.engine.url.database == str(tmp_path / "xdg" / "wiremap" / "events.sqlite")
    settings(db=f"sqlite:///{tmp_path / 'env.sqlite'}")
    with open_store() as s:
        assert s.engine.url.database == str(tmp_path / "env.sqlite")


def test_unusable_url_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open"):
        open_store("postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(StoreError) as info:
        open_store("postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    assert "secret" not in str(info.value)


def test_upgrade_keeps_the_data(store_url):  # noqa: F811
    """A store made by revision 0001 is upgraded on open, its events untouched."""
    from alembic import command
    from alembic.config import Config

    from pipeline.store import _engine

    engine = _engine(store_url)
    config = Config()
    config.set_main_option("script_location", str(ROOT / "pipeline" / "migrations"))
    config.set_main_option("path_separator", "os")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    record = brief(DRONES_AP)
    with engine.begin() as conn:
        assert not sa.inspect(conn).has_table("feeds")
        conn.execute(
            events_table.insert(),
            [
                {
                    **{k: record[k] for k in FIELDS_0001 if k not in ("places", "agencies")},
                    "places": '["KYIV"]',
                    "agencies": '["AP"]',
                    "published_at": T0,
                    "captured_at": T0 + timedelta(hours=1),
                    "seq": 1,
                    "story_id": record["id"],
                    "first_seen": T0,
                    "last_seen": T0,
                    "seen_count": 1,
                }
            ],
        )
    engine.dispose()
    with open_store(store_url) as s:
        assert s.schema_revision() == HEAD
        [got] = s.events()
        assert {k: got[k] for k in FIELDS} == record
        s.save_feed_state("http://127.0.0.1/feed", etag='"x"')
        assert s.feed_state("http://127.0.0.1/feed")["etag"] == '"x"'


@contextlib.contextmanager
def _set_back(url: str, revision: str):
    """The store migrated down to an older ``revision`` (as an older Wiremap left it); yields a
    connection to look at it, then lets it go, so the next ``open_store`` upgrades it."""
    from alembic import command

    from pipeline.store import _alembic_config, _engine

    engine = _engine(url)
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def test_upgrade_to_the_window_index_keeps_the_data_and_its_order(store_url):  # noqa: F811
    """0009 -> 0010: the time index becomes (published_at, seq); a store holding events keeps
    them, and a window comes in ``events()`` order (time, then insertion) straight from it."""
    with open_store(store_url) as s:  # events stored by the current code, then the store set back
        same = [brief(f"Strike number {n} on the grid.", published=T0) for n in range(3)]
        s.add([brief("An earlier brief.", published=T0 - timedelta(hours=2)), *same])
        s.add([brief("An undated brief.", published=None)])
        before = s.events()
    with _set_back(store_url, "0009") as conn:
        assert "ix_events_published_at_seq" not in _index_names(conn)
    with open_store(store_url) as s:
        assert s.schema_revision() == HEAD
        assert s.events() == before
        day = s.events(since=T0 - timedelta(hours=3), until=T0 + timedelta(hours=1),
                       include_undated=False)  # fmt: skip
        assert [r["id"] for r in day] == [r["id"] for r in before[:4]]
        with s.engine.connect() as conn:
            names = _index_names(conn)
            assert "ix_events_published_at_seq" in names and "ix_events_published_at" not in names
            if s.dialect == "sqlite":  # the window's rows need no sort after the index
                plan = conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT id FROM events WHERE published_at >= '2025'"
                    " AND published_at < '2026' ORDER BY published_at, seq"
                ).all()
                assert not any("TEMP B-TREE" in str(step) for step in plan)


def test_a_window_reads_the_same_in_chunks_or_at_once(store, monkeypatch):  # noqa: F811
    """PostgreSQL hands a window's rows over in chunks (``_read_records``), or all at once with
    a libpq that cannot: the same records either way, across chunk boundaries."""
    import pipeline.store as store_module

    store.add([brief(f"Brief {n} of the day.", published=T0 + timedelta(minutes=n))
               for n in range(7)])  # fmt: skip
    store.add([brief("An undated brief.", published=None)])
    window = {"since": T0, "until": T0 + timedelta(hours=1)}
    whole = store.events(**window)
    assert len(whole) == 8 and whole[-1]["published_at"] is None
    monkeypatch.setattr(store_module, "READ_CHUNK", 3)
    assert store.events(**window) == whole
    assert store.records([r["id"] for r in whole]) == whole
    monkeypatch.setattr(store_module, "_chunked_rows", lambda: False)
    assert store.events(**window) == whole
    assert store.records([r["id"] for r in whole]) == whole


def test_mention_lists_read_back_whatever_json_holds(store):  # noqa: F811
    """The mention lists are read back by orjson where it can (``_loads``); what only
    ``json`` reads (NaN, an integer past 64 bits) still comes back, in a window of others."""
    import math

    odd = brief(
        "A brief with odd mentions.",
        mentions=[{"name": "Nowhere", "lat": float("nan"), "start": 2**70, "end": 3}],
    )
    plain = brief(
        "A plain brief with one mention.",
        published=T0 + timedelta(minutes=1),
        mentions=[{"name": "Kyiv", "lat": 50.45466, "lon": 30.5238, "start": 0}],
    )
    store.add([odd, plain])  # fmt: skip
    got = {r["id"]: r for r in store.events(since=T0, until=T0 + timedelta(hours=1))}
    [mention] = got[odd["id"]]["mentions"]
    assert math.isnan(mention["lat"]) and mention["start"] == 2**70 and mention["end"] == 3
    assert got[plain["id"]]["mentions"] == plain["mentions"]


def test_a_failed_window_read_is_sqlalchemys_error_and_the_store_reads_again(store):  # noqa: F811
    """A window read goes to the driver directly on PostgreSQL (``_read_records``): what fails
    there is reported as every other store error is, and the store reads again after."""
    store.add([brief("A brief of the day.")])
    window = {"since": T0, "until": T0 + timedelta(hours=1)}
    [record] = store.events(**window)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE events RENAME TO events_away")
    with pytest.raises(sa.exc.DBAPIError):
        store.events(**window)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE events_away RENAME TO events")
    assert store.events(**window) == [record]


def test_what_is_made_under_the_collector_pause_skips_the_young_collections(monkeypatch):
    """``_gc_paused(settle=True)`` (a window's read): the collector is off inside and back on
    after; what was made inside went to the oldest generation (no young collection walks it),
    unless objects were frozen by someone else, who keep them frozen. A write's pause does not
    settle (it would walk the frozen list once a transaction)."""
    import gc

    from pipeline.store import _gc_paused

    assert gc.isenabled()
    with _gc_paused(settle=True):
        assert not gc.isenabled()
        made = [[n] for n in range(5_000)]
    assert gc.isenabled()
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in made[:3])  # tracked, in the oldest generation already
    walks = []
    monkeypatch.setattr(gc, "get_freeze_count", lambda: walks.append(1) or 0)
    with _gc_paused():
        pass
    assert walks == [] and gc.isenabled()  # a write's pause leaves the frozen list alone
    monkeypatch.undo()
    held = [[n] for n in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with _gc_paused(settle=True):
            more = [[n] for n in range(100)]
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()
    assert held and more


def _index_names(conn) -> set[str]:
    return {ix["name"] for ix in sa.inspect(conn).get_indexes("events")}


# --- idempotence -----------------------------------------------------------------------------


def test_records_round_trip_exactly(store):  # noqa: F811
    record = brief(
        DRONES_AP,
        lat=50.45466,
        lon=30.5238,
        country_code="UA",
        admin1="Kyiv City",
        geonameid=703448,
        location_name="Kyiv",
        precision="city",
        confidence=0.93,
        location_source="dateline",
        location_reason="KYIV -> Kyiv, UA",
        title="Drones hit power plant",
    )
    if "mentions" in FIELDS:
        record["mentions"] = [
            {
                "place": "Kyiv",
                "start": 60,
                "end": 64,
                "kind": "city",
                "name": "Kyiv",
                "lat": 50.45,
                "lon": 30.52,
                "country_code": "UA",
            }
        ]
        record["focus"] = {
            "name": "Kyiv",
            "lat": 50.45,
            "lon": 30.52,
            "country_code": "UA",
            "precision": "city",
            "confidence": 0.8,
            "reason": "r",
            "place": "Kyiv",
        }
    undated = brief(SUBWAY, place="NAIROBI", published=None)
    precise = brief(DRONES_RTR, agency="RTR", published=T0 + timedelta(microseconds=280402),
                    captured=datetime(2025, 11, 17, 9, 30, 5, 1, tzinfo=UTC))  # fmt: skip
    assert precise["published_at"] == "2025-11-17T07:00:00.280402+00:00"
    assert store.add([record, undated, precise]) == AddResult(added=3, seen=0)
    got = store.events()
    assert [{k: g[k] for k in FIELDS} for g in got] == [record, precise, undated]
    assert all(list(g) == [*FIELDS, "story_id"] for g in got)


def test_the_same_source_twice_adds_nothing(store):  # noqa: F811
    page = [brief(DRONES_AP), brief(SUBWAY, published=T0 - timedelta(hours=3))]
    assert store.add(page, source="page") == AddResult(added=2, seen=0)
    version = store.version()
    assert store.add(page, source="page") == AddResult(added=0, seen=2)
    assert store.count() == 2
    assert store.version() == version  # nothing changed, so cached reads stay valid


def test_version_changes_when_data_changes(store):  # noqa: F811
    v0 = store.version()
    store.add([brief(DRONES_AP)])
    v1 = store.version()
    store.add([brief(SUBWAY)])
    assert v0 != v1 != store.version()


@pytest.mark.parametrize("youngest_first", [True, False])
def test_a_brief_seen_later_is_the_same_event_timed_by_its_smallest_age(store, youngest_first):  # noqa: F811
    """Seen at 08:00 as "2 hours ago" and at 13:00 as "7 hours ago" (rounded): one event."""
    young = brief(DRONES_AP, published=utc("2025-11-17T06:00:00+00:00"),
                  captured=utc("2025-11-17T08:00:00+00:00"), time_text="2 uur geleden")  # fmt: skip
    old = brief(DRONES_AP, published=utc("2025-11-17T05:00:00+00:00"),
                captured=utc("2025-11-17T13:00:00+00:00"), time_text="8 uur geleden")  # fmt: skip
    assert young["id"] == old["id"]
    first, second = (young, old) if youngest_first else (old, young)
    store.add([first])
    result = store.add([second])
    assert (result.added, result.seen) == (0, 1)
    assert result.updated == (0 if youngest_first else 1)
    [got] = store.events()
    assert got["published_at"] == "2025-11-17T06:00:00+00:00"
    assert got["time_text"] == "2 uur geleden"
    assert got["captured_at"] == "2025-11-17T08:00:00+00:00"


def test_a_known_time_beats_none_and_never_the_reverse(store):  # noqa: F811
    store.add([brief(DRONES_AP, published=None)])
    store.add([brief(DRONES_AP)])
    assert store.events()[0]["published_at"] == T0.isoformat()
    store.add([brief(DRONES_AP, published=None)])
    assert store.events()[0]["published_at"] == T0.isoformat()


def test_a_resolved_place_replaces_an_unresolved_one(store):  # noqa: F811
    store.add([brief(DRONES_AP, location_reason="KYIV: not found")])
    located = brief(DRONES_AP, lat=50.45, lon=30.52, country_code="UA", location_reason="ok")
    assert store.add([located]).updated == 1
    got = store.events()[0]
    assert (got["lat"], got["country_code"], got["location_reason"]) == (50.45, "UA", "ok")
    assert store.add([brief(DRONES_AP, location_reason="KYIV: not found")]).updated == 0
    assert store.events()[0]["lat"] == 50.45


def test_the_same_brief_twice_in_one_source_is_one_event(store):  # noqa: F811
    assert store.add([brief(DRONES_AP), brief(DRONES_AP)]) == AddResult(added=1, seen=0)


# --- stories ---------------------------------------------------------------------------------


def test_the_same_story_from_two_agencies_is_linked_not_merged(store):  # noqa: F811
    ap = brief(DRONES_AP, agency="AP")
    rtr = brief(DRONES_RTR, agency="RTR", published=T0 + timedelta(minutes=40))
    other = brief(SUBWAY, agency="AP")  # same place, same hour, another story
    store.add([ap, other], source="ap")
    store.add([rtr], source="rtr")
    got = {e["id"]: e for e in store.events()}
    assert len(got) == 3
    assert got[ap["id"]]["story_id"] == got[rtr["id"]]["story_id"] == ap["id"]
    assert got[other["id"]]["story_id"] == other["id"]
    assert {e["source"] for e in store.story(ap["id"])} == {"test:AP", "test:RTR"}


def test_stories_need_the_same_place_and_a_near_time(store):  # noqa: F811
    ap = brief(DRONES_AP)
    elsewhere = brief(DRONES_RTR, place="QUITO", agency="RTR")
    later = brief(DRONES_RTR + " Repairs continue.", agency="AFP", published=T0 + timedelta(days=5))
    store.add([ap])
    store.add([elsewhere])
    store.add([later])
    assert len({e["story_id"] for e in store.events()}) == 3


def _story_briefs() -> list[dict]:
    """Briefs of a few places over four days: each story told three times, hours apart."""
    import random

    rng = random.Random(5)
    out = []
    for k in range(24):
        place, start = f"P{k % 4}", T0 + timedelta(hours=rng.randrange(96))
        base = [f"{w}{k}x" for w in ("harbour", "council", "strike", "ferry", "budget", "storm")]
        for v in range(3):
            text = " ".join(base + [f"version{v}w{k}"]) + "."
            out.append(brief(text, place=place, agency=f"A{v}",
                             published=start + timedelta(hours=rng.randrange(30))))  # fmt: skip
    rng.shuffle(out)
    return out


def test_a_writer_carries_its_story_linkers_across_transactions(store_url):  # noqa: F811
    """Links made with the linkers carried from one transaction to the next (only the time a
    place's linker does not cover yet is read) are the links of a writer that reads every
    neighbour again each time. Half the briefs were stored before, by another writer."""
    briefs = _story_briefs()
    before, pages = briefs[::2], [briefs[1::2][i : i + 3] for i in range(0, len(briefs) // 2, 3)]
    links = []
    for carry in (True, False):
        with open_store(store_url) as other:
            other.add(before)
        with open_store(store_url) as writer:
            writer.batch_rows = 4  # a transaction or two per page
            for page in pages:
                if not carry:
                    writer._link_version = None  # as a fresh writer: every neighbour read again
                writer.add(page)
            links.append({e["id"]: e["story_id"] for e in writer.events()})
            writer.delete(list(links[-1]))
    assert len(set(links[0].values())) < len(links[0])  # stories were linked
    assert links[0] == links[1]


def test_a_writer_reads_what_another_writer_stored_meanwhile(store_url):  # noqa: F811
    first = brief(DRONES_AP, agency="AP")
    other = brief(SUBWAY, agency="AFP", published=T0 + timedelta(hours=1))
    again = brief(SUBWAY + " Tenders open in May.", agency="RTR", published=T0 + timedelta(hours=2))
    with open_store(store_url) as a, open_store(store_url) as b:
        a.add([first])  # a's linker for Kyiv now holds its own brief
        b.add([other])  # another writer's brief, of another story, at the same place
        a.add([again])  # a sees that its linkers are stale and reads the place again
        got = {e["id"]: e["story_id"] for e in a.events()}
    assert got[again["id"]] == got[other["id"]] == other["id"]


def test_similarity_reads_words_not_datelines():
    a = {"text": "KYIV (AP) - " + DRONES_AP, "dateline": "KYIV (AP)"}
    b = {"text": "KYIV (RTR) - " + DRONES_RTR, "dateline": "KYIV (RTR)"}
    c = {"text": "KYIV (AP) - " + SUBWAY, "dateline": "KYIV (AP)"}
    assert body_of(a).startswith("Russian")
    assert similarity(words(body_of(a)), words(body_of(b))) > 0.5
    assert similarity(words(body_of(a)), words(body_of(c))) < 0.1


# --- reading ---------------------------------------------------------------------------------


def test_time_window_limit_and_order(store):  # noqa: F811
    texts = [f"Brief number {i} about something else entirely, item {i * 7919}." for i in range(6)]
    records = [
        brief(t, place=f"P{i}", published=T0 + timedelta(hours=i)) for i, t in enumerate(texts)
    ]
    records.append(brief("No time is known for this one.", place="P9", published=None))
    store.add(records)
    window = store.events(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=4),
                          include_undated=False)  # fmt: skip
    assert [e["place"] for e in window] == ["P1", "P2", "P3"]
    with_undated = store.events(since=(T0 + timedelta(hours=4)).isoformat())
    assert [e["place"] for e in with_undated] == ["P4", "P5", "P9"]
    assert [e["place"] for e in store.events(limit=2, newest_first=True)] == ["P5", "P4"]
    assert store.count() == 7


# --- transactions and crashes ----------------------------------------------------------------


def test_a_sqlite_writer_checkpoints_aside_and_keeps_its_wal_bounded(tmp_path, monkeypatch):
    """The WAL is written back into the database by the writer's checkpoint thread, and a
    writer waits for it once the WAL has grown past the limit, so the WAL does not grow with
    the ingest (without checkpoints it would hold all of it)."""
    import pipeline.store

    monkeypatch.setattr(pipeline.store, "WAL_LIMIT", 200)  # pages
    path = tmp_path / "events.sqlite"
    with open_store(str(path)) as s:
        s.batch_rows = 50
        for i in range(80):
            s.add([brief(f"Brief {i}-{n}: words of its own, number {i * 1000 + n}. " * 8,
                         place=f"P{n % 7}") for n in range(50)])  # fmt: skip
        assert s._checkpointer is not None and s._checkpointer.thread is not None
        wal, db = (path.parent / "events.sqlite-wal").stat().st_size, path.stat().st_size
        assert s.count() == 4000
    assert wal < 3 << 20 < 4 << 20 < db  # the rows are in the database file, not the WAL
    with open_store(str(path), create=False) as s:
        assert s.count() == 4000


def test_a_failing_add_leaves_nothing_behind(store):  # noqa: F811
    store.add([brief(SUBWAY)])

    def fail_late(conn, cursor, statement, *args):
        if statement.startswith("UPDATE store_meta"):
            raise RuntimeError("the disk is full")

    sa.event.listen(store.engine, "before_cursor_execute", fail_late)
    with pytest.raises(RuntimeError):
        store.add([brief(DRONES_AP), brief(DRONES_RTR, agency="RTR")])
    sa.event.remove(store.engine, "before_cursor_execute", fail_late)
    assert store.count() == 1
    assert store.add([brief(DRONES_AP)]).added == 1


KILL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    import sqlalchemy as sa
    from pipeline.store import open_store
    url, hang_at = sys.argv[1], int(sys.argv[2])
    store = open_store(url)
    source = 0

    @sa.event.listens_for(store.engine, "commit")
    def before_commit(conn):
        if source == hang_at:
            print("in-transaction", flush=True)
            time.sleep(60)

    for source in range(5):
        records = [
            {"text": f"BRIEF {source}-{i} (AP) - Event {i} of source {source}.",
             "place": f"P{i}", "published_at": "2025-11-17T06:00:00+00:00"}
            for i in range(200)
        ]
        store.add(records, source=f"s{source}")
        print("committed", source, flush=True)
    """
)


def test_sigkill_mid_ingest_leaves_the_store_consistent_and_a_rerun_completes(store_url):  # noqa: F811
    with open_store(store_url):
        pass  # schema ready before the race starts
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-c", KILL_SCRIPT, store_url]
    proc = subprocess.Popen([*cmd, "2"], stdout=subprocess.PIPE, text=True, env=env)
    lines = []
    for line in proc.stdout:
        lines.append(line.strip())
        if line.strip() == "in-transaction":
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    assert lines == ["committed 0", "committed 1", "in-transaction"]
    with open_store(store_url) as s:
        assert s.count() == 400  # sources 0 and 1 whole, nothing of source 2
        if s.dialect == "sqlite":
            with s.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    rerun = subprocess.run([*cmd, "-1"], capture_output=True, text=True, env=env, timeout=60)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(store_url) as s:
        assert s.count() == 1000
        assert len({e["id"] for e in s.events()}) == 1000


def test_readers_are_not_blocked_by_a_writer(store_url):  # noqa: F811
    """The dashboard reads while an ingest holds its write transaction open."""
    writer = open_store(store_url)
    reader = open_store(store_url)
    writer.add([brief(SUBWAY)])
    inside, release = threading.Event(), threading.Event()

    def hold(conn, *args):
        inside.set()
        release.wait(10)

    sa.event.listen(writer.engine, "commit", hold)
    thread = threading.Thread(target=writer.add, args=([brief(DRONES_AP)],))
    thread.start()
    try:
        assert inside.wait(10)
        start = time.monotonic()
        assert reader.count() == 1  # the committed state, at once
        assert [e["place"] for e in reader.events()] == ["KYIV"]
        version = reader.version()
        assert time.monotonic() - start < 2
    finally:
        release.set()
        thread.join(10)
    sa.event.remove(writer.engine, "commit", hold)
    assert reader.count() == 2 and reader.version() != version
    writer.close()
    reader.close()


def test_postgres_is_required_under_ci(monkeypatch):
    monkeypatch.delenv("WIREMAP_TEST_PG_URL", raising=False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        pg_base_url()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="WIREMAP_TEST_PG_URL is not set"):
        pg_base_url()


@pytest.mark.parametrize(
    "value",
    [
        datetime(2025, 11, 17, 8, 3, 4, 123456, tzinfo=UTC),
        datetime(999, 1, 2, tzinfo=UTC),
        datetime(2025, 1, 1, 23, 59, 59, tzinfo=timezone(timedelta(hours=2))),
        datetime(2025, 3, 1),  # naive: UTC
    ],
)
def test_the_writer_writes_a_time_as_sqlalchemy_stores_it_on_sqlite(value):
    """``_sqlite_time`` (the writer's own formatting) gives the text ``UTCDateTime`` stores."""
    from sqlalchemy.dialects import sqlite

    from pipeline.store import UTCDateTime, _sqlite_time

    stored = UTCDateTime().process_bind_param(value, sqlite.dialect())
    assert _sqlite_time(value) == stored.isoformat(" ", "microseconds")


def test_records_read_as_the_stored_json_says_each_their_own(store):  # noqa: F811
    """A read gives what decoding each stored column by itself gives (``json.loads``), in any
    script, with empty and absent values; records that share a focus or a list share no
    object (changing one changes no other, nor a later read)."""
    import json

    nul = "\x00" if store.dialect == "sqlite" else "\x02"  # PostgreSQL's text holds no NUL
    focus = {"name": "Łódź", "lat": 51.75, "lon": 19.46667, "country_code": "PL", "reason": "r"}
    records = [
        brief("Pierwszy komunikat z Łodzi.", place="ŁÓDŹ", focus=focus, title="Ł"),
        brief("Drugi komunikat z Łodzi.", place="ŁÓDŹ", published=T0 + timedelta(minutes=1),
              focus=dict(focus), agencies=["PAP", "AFP"], places=["ŁÓDŹ", "WARSZAWA"]),
        brief("東京で地震があった。", place="東京", published=T0 + timedelta(minutes=2),
              mentions=[{"name": "東京", "start": 0, "end": 2, "lat": 35.6895}]),
        brief("No focus and no lists.", published=T0 + timedelta(minutes=3), places=[],
              agencies=[], url="https://example.org/a"),
        brief("An undated brief.", published=None, places=[1, None, "X"]),
        brief(f'Signs: "quoted" \\ back{nul}slash\x1f\u2028 😀.', place='Q"\\\x01😀',
              published=T0 + timedelta(minutes=4), title=f'"\\{nul}\n😀', url="\t 2\u2029",
              location_reason="\x7f → ←"),
    ]  # fmt: skip
    store.add(records)
    got = store.events()
    columns = [c for c in events_table.c if c.name in got[0]]
    with store.engine.connect() as conn:
        stored = {
            r.id: r._mapping for r in conn.execute(sa.select(*columns).order_by(events_table.c.seq))
        }
    for record in got:
        row = stored[record["id"]]
        for key in ("places", "agencies", "mentions"):
            assert record[key] == json.loads(row[key] or "[]"), key
        assert record["focus"] == (json.loads(row["focus"]) if row["focus"] else None)
        assert {k: record[k] for k in ("text", "title", "url", "story_id", "lat")} == {
            k: row[k] for k in ("text", "title", "url", "story_id", "lat")
        }
    assert [{k: g[k] for k in FIELDS} for g in got] == [*records[:4], records[5], records[4]]
    got[0]["focus"]["name"] = "changed"
    got[0]["places"].append("changed")
    got[0]["agencies"].append("changed")
    assert got[1]["focus"]["name"] == "Łódź" and got[1]["places"] == ["ŁÓDŹ", "WARSZAWA"]
    again = store.events()
    assert again[0]["focus"]["name"] == "Łódź" and again[0]["places"] == ["ŁÓDŹ"]
    assert again[0]["agencies"] == ["AP"]


def test_the_row_decoders_numbers_are_the_tables_numeric_columns():
    """``pipeline.rows`` names the numeric columns itself (it reads rows without SQLAlchemy):
    they must be the events table's ``Float`` and ``BigInteger`` columns, in read order."""
    from pipeline import rows
    from pipeline.store import events_table

    numeric = (sa.Float, sa.BigInteger)
    read = tuple(k for k in rows.READ_COLUMNS if isinstance(events_table.c[k].type, numeric))
    assert read == rows.NUMBER_FIELDS


def test_the_home_is_kept_with_the_location(store):  # noqa: F811
    """A source's home (``--home``) is stored with the event, through a large source's staged
    rows too; a later sighting that brings the place where there was none brings its home."""
    placed = {"lat": 40.76, "lon": -82.52, "country_code": "US", "location_name": "Mansfield"}
    small = brief("A man was hurt on Main Street.", place="MANSFIELD", home="US-OH", **placed)
    unplaced = brief("A barn burned overnight.", place="WOOSTER")
    store.add([small, unplaced])
    store.batch_rows = 2  # a source larger than a batch goes through staged_events
    big = [brief(f"Bridge work number {n}.", place="MANSFIELD", home="US-OH", **placed)
           for n in range(5)]  # fmt: skip
    store.add(big)
    store.add([{**unplaced, "home": "US-OH", **placed}])
    got = {r["id"]: r for r in store.events()}
    assert got[small["id"]]["home"] == "US-OH"
    assert all(got[r["id"]]["home"] == "US-OH" for r in big)
    assert (got[unplaced["id"]]["home"], got[unplaced["id"]]["lat"]) == ("US-OH", 40.76)


def test_upgrade_to_the_home_column_keeps_the_events(store_url):  # noqa: F811
    """0010 -> 0011: ``home`` is added to events and staged_events; stored events read as before,
    with no home (none was given when they were read)."""
    with open_store(store_url) as s:
        s.add([brief(f"Brief number {n} of the day.") for n in range(3)])
        before = s.events()
    assert all(r["home"] is None for r in before)
    with _set_back(store_url, "0010") as conn:
        for table in ("events", "staged_events"):
            assert "home" not in {c["name"] for c in sa.inspect(conn).get_columns(table)}
    with open_store(store_url) as s:
        assert s.schema_revision() == HEAD
        assert s.events() == before
        s.add([brief("A brief after the upgrade.", home="US-OH")])
        assert [r["home"] for r in s.events()][-1] == "US-OH"
