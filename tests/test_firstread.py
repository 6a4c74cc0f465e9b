"""The page's first read (``pipeline.firstread``): the store's records and index without
SQLAlchemy, exactly as the store gives them, or nothing when it cannot be sure."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from parsing.settings import get_settings, use_settings
from pipeline import firstread, snapshot
from pipeline.record import FIELDS, event_id
from pipeline.store import open_store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def brief(n: int, **extra) -> dict:
    text = f"LIMA (AP) - Brief number {n} on the day's events in Perú, officials said."
    record = dict.fromkeys(FIELDS)
    record.update(id=event_id(text), text=text, place="Lima", agencies=["AP", "AFP"], lang="en",
                  places=["Lima"], source=f"test:{n}", dateline="LIMA (AP)", lat=-12.04,
                  lon=-77.03, country_code="PE", location_name="Lima", confidence=0.9,
                  geonameid=3936456, location_reason="dateline: Lima",
                  published_at=(T0 + timedelta(hours=n, microseconds=n * 7)).isoformat(),
                  captured_at=(T0 + timedelta(days=2)).isoformat())  # fmt: skip
    record.update(extra)
    return record


RECORDS = [
    brief(0),
    brief(1, published_at=None, lat=None, lon=None, agencies=[], places=[]),
    brief(
        2,
        mentions=[{"text": "Perú", "start": 40, "end": 44, "lat": -10.0, "lon": -76.0}],
        focus={
            "name": "Peru",
            "lat": -10.0,
            "lon": -76.0,
            "country_code": "PE",
            "reason": "named twice",
        },
    ),  # fmt: skip
    brief(3, title="A headline, with “quotes”", url="https://example.org/a"),
]


@pytest.fixture
def stored(tmp_path):
    """A SQLite store holding ``RECORDS``, its snapshot written as the page leaves it."""
    before = get_settings()
    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    use_settings(dataclasses.replace(before, index_cache=str(tmp_path / "index"), db=url))
    snapshot._memo.clear()
    with open_store(url) as store:
        store.add(RECORDS, source="test")
        snapshot.current(store)
        snapshot.flush()
        yield store, url
    snapshot._memo.clear()
    use_settings(before)


def test_the_first_read_gives_the_stores_records_and_index(stored):
    store, url = stored
    first = firstread.first_read()  # the URL from the settings, as the page finds it
    assert first is not None and first.url == url
    ids = [r["id"] for r in RECORDS][::-1] + ["no-such-id"]
    assert first.records(ids) == store.records(ids)
    assert [r["id"] for r in first.records(ids)] == ids[:-1]
    assert first.version == str(store.version())
    index = snapshot.current(store)
    assert first.snapshot.index.ids.tolist() == index.ids.tolist()
    assert np.array_equal(first.snapshot.seq, snapshot.current_snapshot(store).seq)


def test_no_first_read_when_the_snapshot_is_behind_or_missing(stored, tmp_path):
    store, url = stored
    store.add([brief(9)], source="test")  # stored after the snapshot was written
    assert firstread.first_read(url) is None
    snapshot.current(store)
    snapshot.flush()
    assert firstread.first_read(url) is not None
    store.delete([RECORDS[0]["id"]])
    assert firstread.first_read(url) is None
    for path in (tmp_path / "index").iterdir():
        path.unlink()
    assert firstread.first_read(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://wiremap@127.0.0.1/none",
        "sqlite:///:memory:",
        "sqlite:////no/such/store.sqlite",
        "sqlite:///x.sqlite?mode=ro",
    ],
)
def test_no_first_read_of_another_kind_of_store(url):
    assert firstread.first_read(url) is None


def test_no_first_read_of_a_file_that_is_no_store(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert firstread.first_read(f"sqlite:///{path}") is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert firstread.first_read(f"sqlite:///{tmp_path / 'text.sqlite'}") is None
