"""The index snapshot: saved, read back, and brought up to date equals an index built afresh."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from store_fixtures import store, store_url  # noqa: F401 (fixtures)

from parsing.settings import get_settings, use_settings
from pipeline import snapshot
from pipeline.query import EventIndex
from pipeline.record import FIELDS, event_id

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def brief(n: int, *, hours: float | None = 0, agency="AP", place="Lima", **extra) -> dict:
    text = f"{place.upper()} ({agency}) - Brief number {n} on the day's events, officials said."
    record = dict.fromkeys(FIELDS)
    record.update(id=event_id(text), text=text, place=place, agencies=[agency], lang="en",
                  places=[place], mentions=[], source=f"test:{n}",
                  published_at=None if hours is None else (T0 + timedelta(hours=hours)).isoformat(),
                  captured_at=(T0 + timedelta(days=2)).isoformat())  # fmt: skip
    record.update(extra)
    return record


def decoded(ix: EventIndex) -> dict:
    """Every column with codes turned into their values: two indexes of the same events built
    in different ways may number their tables differently."""
    names, countries = np.array([*ix.names, ""]), np.array([*ix.countries, ""])
    pairs = sorted(zip(ix.ids[ix.pair_event].tolist(), np.array(ix.agencies)[ix.pair_agency]
                       .tolist(), strict=True)) if len(ix.pair_event) else []  # fmt: skip
    return {
        **{k: getattr(ix, k).tolist() for k in ("ids", "time", "dated", "arrived", "hidden")},
        **{
            k: np.nan_to_num(getattr(ix, k), nan=999).tolist()
            for k in ("lat", "lon", "focus_lat", "focus_lon")
        },  # fmt: skip
        "filed_name": names[ix.filed_name].tolist(),
        "focus_name": names[ix.focus_name].tolist(),
        "filed_country": countries[ix.filed_country].tolist(),
        "focus_country": countries[ix.focus_country].tolist(),
        "lang": np.array([*ix.langs, ""])[ix.lang].tolist(),
        "pairs": pairs,
    }


@pytest.fixture
def cache(tmp_path):
    folder = tmp_path / "cache" / "event-index"
    before = get_settings()
    use_settings(dataclasses.replace(before, index_cache=str(folder)))
    snapshot._memo.clear()
    yield folder
    snapshot._memo.clear()
    use_settings(before)


def fresh(store) -> EventIndex:  # noqa: F811
    """The index as the next process finds it: from the file, this process's memo forgotten."""
    snapshot.flush()
    snapshot._memo.clear()
    return snapshot.current(store)


@pytest.mark.parametrize("insert_up_to", [snapshot.INSERT_UP_TO, 0])  # in place; sorted whole
def test_snapshot_follows_every_change_of_the_store(store, cache, monkeypatch, insert_up_to):  # noqa: F811
    monkeypatch.setattr(snapshot, "INSERT_UP_TO", insert_up_to)
    builds = []
    build = snapshot.build
    monkeypatch.setattr(snapshot, "build", lambda *a: builds.append(1) or build(*a))
    store.add([brief(n, hours=n, agency="AP" if n % 2 else "AFP") for n in range(6)])
    assert decoded(snapshot.current(store)) == decoded(EventIndex.from_store(store))
    snapshot.flush()
    assert len(list(cache.glob("*.npz"))) == 1
    steps = [
        # late copy with older times lands in the middle of the order; undated goes last
        lambda: store.add(
            [
                brief(10, hours=2.5, agency="RTR"),
                brief(11, hours=None),
                brief(12, hours=-3, place="Quito", country_code="EC"),
            ]
        ),  # fmt: skip
        lambda: store.hide([brief(1)["id"]]),
        lambda: store.relocate(
            [brief(2, hours=2)["id"]],
            {"lat": -12.05, "lon": -77.04, "location_name": "Lima", "country_code": "PE"},
        ),  # fmt: skip
        # the same brief seen again, younger: its time gets better
        lambda: store.add([brief(11, hours=5, captured_at=(T0 + timedelta(hours=6)).isoformat())]),
        lambda: store.add([brief(20 + n, hours=n / 10, agency=f"A{n}") for n in range(5)]),
    ]
    for step in steps:
        step()
        for got in (snapshot.current(store), fresh(store)):
            assert decoded(got) == decoded(EventIndex.from_store(store))
    assert len(builds) == 1  # built once; every change after merged into it


def test_a_deletion_or_a_broken_file_means_a_rebuild(store, cache):  # noqa: F811
    store.add([brief(n, hours=n) for n in range(4)])
    snapshot.current(store)
    store.delete([brief(0)["id"]])
    assert decoded(fresh(store)) == decoded(EventIndex.from_store(store))
    snapshot.flush()
    [path] = cache.glob("*.npz")
    path.write_bytes(b"not a snapshot")
    assert decoded(fresh(store)) == decoded(EventIndex.from_store(store))
    snapshot.flush()
    assert snapshot.load(path) is not None  # written again, whole


def test_the_page_opens_a_store_through_its_snapshot(store, cache):  # noqa: F811
    from ui.engine import Engine, Filters

    store.add([brief(n, hours=n) for n in range(3)])
    assert Engine.of(store).select(Filters()).n == 3
    store.add([brief(9, hours=1.5)])
    engine = Engine.of(store)
    assert engine.select(Filters()).n == 4
    assert engine.index.id_list([1, 2]) == [brief(1, hours=1)["id"], brief(9)["id"]]


def test_a_store_made_again_at_the_same_place_is_not_read_through_the_old_snapshot(tmp_path, cache):
    from pipeline.store import open_store

    url = f"sqlite:///{tmp_path / 'again.sqlite'}"
    with open_store(url) as first:
        first.add([brief(n, hours=n) for n in range(3)])
        snapshot.current(first)
    snapshot.flush()
    (tmp_path / "again.sqlite").unlink()
    with open_store(url) as second:  # the same version and seq, other events
        second.add([brief(n, hours=n, agency="RTR", place="Quito") for n in range(3)])
        assert decoded(fresh(second)) == decoded(EventIndex.from_store(second))


def _places(placing) -> list:
    return [placing.keys[k] if k >= 0 else None for k in placing.key.tolist()]


def test_the_next_engine_carries_the_placings_over(store, cache, monkeypatch):  # noqa: F811
    """Adding copy with the page open: the new engine places only the rows read again, and
    places every event where an engine built afresh does (filed and happened)."""
    from ui import engine as page
    from ui.engine import Engine, Filters

    focus = {"name": "Callao", "lat": -12.06, "lon": -77.15, "country_code": "PE"}
    store.add([brief(n, hours=n, lat=-12.05, lon=-77.04, focus=focus if n % 2 else None)
               for n in range(5)])  # fmt: skip
    engine = Engine.of(store)
    for where in ("filed", "happened"):
        engine.select(Filters(), where)
    real, afresh = page.placing, []
    monkeypatch.setattr(page, "placing", lambda *a: afresh.append(a[1]) or real(*a))
    steps = [
        # a new place between the known ones renumbers their codes; a known place; no place
        lambda: store.add([brief(10, hours=1.5, lat=-30.0, lon=-71.0),
                           brief(11, hours=9, lat=-12.05, lon=-77.04), brief(12, hours=None)]),
        lambda: store.relocate([brief(1, hours=1)["id"]], {"lat": 40.4, "lon": -3.7}),
    ]  # fmt: skip
    for step in steps:
        step()
        engine = Engine.of(store)
        for where in ("filed", "happened"):
            engine.select(Filters(), where)
            built = real(EventIndex.from_store(store), where)
            assert _places(engine.placings[where]) == _places(built)
            assert engine.placings[where].name.tolist() == built.name.tolist()
            assert engine.placings[where].country.tolist() == built.country.tolist()
    assert afresh == []  # every mode carried over, none placed afresh


def test_a_reader_and_a_writer_of_one_store_share_its_snapshot(tmp_path, cache):
    """The page opens the store to write, ``export`` and others to read: one file, not two
    (a read-only SQLite engine's own URL says nothing of the file)."""
    from pipeline.store import open_store

    url = f"sqlite:///{tmp_path / 'one.sqlite'}"
    with open_store(url) as writer, open_store(url, create=False) as reader:
        other = f"sqlite:///{tmp_path / 'other.sqlite'}"
        with open_store(other) as made:
            made.add([brief(1)])
        with open_store(other, create=False) as second_reader:
            assert snapshot.path_for(writer) == snapshot.path_for(reader)
            assert snapshot.path_for(reader) != snapshot.path_for(second_reader)
