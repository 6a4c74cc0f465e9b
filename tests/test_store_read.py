"""The store's reads (``pipeline.rows``: one decoder, two row layouts) against a plain reading of
the same rows: every field filled, odd values, every way a store hands out records."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from store_fixtures import pg_base_url, store, store_url  # noqa: F401 (fixtures)

from pipeline.record import FIELDS, event_id
from pipeline.rows import READ_COLUMNS, _times
from pipeline.store import events_table

T0 = datetime(2025, 11, 17, 7, 0, tzinfo=UTC)
NUL = "\x00"


def full(n: int, text: str, **extra) -> dict:
    """A record with every field filled."""
    record = {
        "id": event_id(text),
        "source": f"test:feed/{n}",
        "title": f"Headline {n}",
        "text": text,
        "dateline": f"ŁÓDŹ (PAP) {n}",
        "place": "ŁÓDŹ",
        "places": ["ŁÓDŹ", "Warszawa"],
        "qualifier": "near",
        "agencies": ["PAP", "AFP"],
        "lang": "pl",
        "published_at": (T0 + timedelta(minutes=n, microseconds=7 * n)).isoformat(),
        "time_basis": "age",
        "time_text": f"{n} min temu",
        "captured_at": (T0 + timedelta(hours=2, minutes=n)).isoformat(),
        "captured_at_basis": "given",
        "lat": 51.75,
        "lon": 19.46667,
        "country_code": "PL",
        "admin1": "74",
        "geonameid": 3093133,
        "location_name": "Łódź",
        "precision": "city",
        "confidence": 0.9,
        "location_source": "dateline",
        "location_reason": "ŁÓDŹ → Łódź, PL; home region PL-74 given for the source",
        "home": "PL-74",
        "mentions": [
            {"place": "Łodzi", "start": 3, "end": 8, "kind": "city", "name": "Łódź",
             "lat": 51.75, "lon": 19.46667, "country_code": "PL"},
            {"place": "Warszawie", "start": 20, "end": 29, "kind": "city", "name": None,
             "lat": None, "lon": None, "country_code": None},
        ],  # fmt: skip
        "focus": {"name": "Łódź", "lat": 51.75, "lon": 19.46667, "country_code": "PL",
                  "precision": "city", "confidence": 0.9, "reason": "r", "place": "ŁÓDŹ"},
        "url": f"https://example.org/{n}",
    }  # fmt: skip
    assert list(record) == list(FIELDS)
    record.update(extra)
    return record


def records(nul: str) -> list[dict]:
    odd = f'"quoted" \\ back{nul}slash\x1f\u2028 😀 \n\t'
    short = f'"\\{nul}\x1f😀'  # within the columns of a few characters (PostgreSQL's varchar)
    return [
        full(0, "Pierwszy komunikat z Łodzi, dziś rano."),
        # Whole seconds (no microseconds written) and the last microsecond.
        full(1, "Drugi komunikat.", published_at=(T0 + timedelta(seconds=59)).isoformat(),
             captured_at=(T0 + timedelta(hours=3, microseconds=999_999)).isoformat()),
        # Floats that 15 digits do not hold, numbers at their edges.
        full(2, "Trzeci komunikat.", lat=0.1 + 0.2, lon=-179.99999999999997,
             confidence=1 / 3, geonameid=2**62),
        # Every text field odd: quotes, backslashes, control and non-BMP characters.
        full(3, f"Czwarty {odd}", **{k: f"{k} {odd}" for k in (
            "source", "title", "dateline", "place", "qualifier", "time_text", "admin1",
            "location_name", "location_reason", "home", "url")}, **{k: short for k in (
            "lang", "time_basis", "captured_at_basis", "country_code", "precision",
            "location_source")},
             places=[odd, "B"], agencies=[odd], focus={"name": odd, "lat": 1e300}),
        # The same lists and focus as the first (parsed once, each record its own copy).
        full(4, "Piąty komunikat."),
        # Everything that may be absent, absent; a focus that is not an object.
        {**dict.fromkeys(FIELDS), "id": event_id("Szósty."), "text": "Szósty.",
         "published_at": (T0 + timedelta(minutes=9)).isoformat(), "places": [],
         "agencies": [], "mentions": [], "focus": ["not", "an", "object"]},
        # Undated.
        full(6, "Siódmy, bez daty.", published_at=None, focus=None, places=[1, None, "X"]),
    ]  # fmt: skip


def plain(opened) -> dict[str, dict]:
    """The stored rows read the plain way: SQLAlchemy's values, ``json.loads`` per JSON field,
    ``isoformat`` per time: what every read of the store must give."""
    columns = [events_table.c[k] for k in READ_COLUMNS]
    with opened.engine.connect() as conn:
        rows = conn.execute(sa.select(*columns).order_by(events_table.c.seq)).mappings().all()
    out = {}
    for row in rows:
        record = dict(row)
        for k in ("published_at", "captured_at"):
            record[k] = row[k].isoformat() if row[k] is not None else None
        for k in ("places", "agencies", "mentions"):
            record[k] = json.loads(row[k]) if row[k] else []
        record["focus"] = json.loads(row["focus"]) if row["focus"] else None
        out[record["id"]] = record
    return out


def test_every_read_gives_the_plain_reading_of_the_rows(store):  # noqa: F811
    """Windows (at once, and streamed), records by id and stories give exactly the plain
    reading: the same keys in the same order, the same values of the same types."""
    given = records(NUL if store.dialect == "sqlite" else "\x02")  # PostgreSQL's text: no NUL
    store.add(given)
    want = plain(store)
    assert len(want) == len(given)
    for record in given:  # and the plain reading is what was stored
        assert {k: want[record["id"]][k] for k in FIELDS} == record
    ids = [r["id"] for r in given]
    reads = {
        "window": store.events(since=T0, until=T0 + timedelta(days=1), include_undated=False),
        "streamed": store.events(),
        "iterated": list(store.iter_events(include_undated=True)),
        "records": store.records(ids),
        "story": [r for i in ids for r in store.story(want[i]["story_id"]) if r["id"] == i],
    }
    assert len(reads["window"]) == len(given) - 1 and len(reads["streamed"]) == len(given)
    for name, got in reads.items():
        assert got, name
        for record in got:
            assert repr(record) == repr(want[record["id"]]), name


def test_records_that_share_a_stored_value_share_no_object(store):  # noqa: F811
    """Lists and foci are parsed once per spelling; each record still gets its own, and a
    change to one changes no other record, nor a later read."""
    store.add(records("\x02"))
    alike = [r for r in store.events() if r["text"].startswith(("Pierwszy", "Piąty"))]
    first, fifth = alike
    for k in ("places", "agencies", "mentions", "focus"):
        assert first[k] == fifth[k] and first[k] is not fifth[k], k
    [listed] = [r for r in store.events() if r["focus"] == ["not", "an", "object"]]
    listed["focus"].append("changed")
    assert [r for r in store.events() if r["focus"] == ["not", "an", "object"]]


def test_stored_times_are_written_out_as_isoformat_writes_them():
    """SQLite's times come as stored and are written out for all rows at once
    (``rows._times``): as ``datetime.isoformat`` writes the same time, None when absent."""
    times = [
        datetime(2025, 11, 17, 7, 0, 0, 280402, tzinfo=UTC),
        datetime(2025, 11, 17, 7, 0, 0, tzinfo=UTC),
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2025, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    ]
    stored = [t.replace(tzinfo=None).isoformat(" ", "microseconds") for t in times]
    assert _times(stored) == [t.isoformat() for t in times]
    assert _times(["", stored[0], ""]) == [None, times[0].isoformat(), None]
    assert _times([stored[1]]) == [times[1].isoformat()]
