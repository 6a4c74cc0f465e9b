"""Copy the store refused, laid over the store's engine (``ui.overlay``): shown, searched and
read back beside the stored events, and the store is never read whole for it."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from benchmarks.bench_dashboard import generated_events
from pipeline.query import MemoryRecords
from pipeline.sample import sample_records
from pipeline.store import open_store
from ui.add import records_from_text
from ui.engine import Engine, Filters
from ui.overlay import Overlay, overlay

CAPTURED = datetime(2025, 11, 17, 7, 0, tzinfo=UTC)
PASTED = (
    "LIMA (ANP) - In Lima is een nieuwe hangbrug over de rivier Rímac geopend.\n2 uur geleden\n\n"
    "QUITO (ANP) - De regering van Ecuador kondigde een avondklok aan in Quito.\n3 uur geleden\n"
)


class WatchedStore:
    """The store, counting what the page reads of it; reading it whole is a failure."""

    def __init__(self, store) -> None:
        self.store, self.asked = store, []

    def records(self, ids):
        ids = list(ids)
        self.asked.append(len(ids))
        return self.store.records(ids)

    def search(self, query, **kwargs):
        return self.store.search(query, **kwargs)

    def iter_columns(self, *args, **kwargs):
        raise AssertionError("the overlay read every stored event")

    def events(self, *args, **kwargs):
        raise AssertionError("the overlay read every stored event")


@pytest.fixture
def stored(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'events.sqlite'}") as store:
        store.add(sample_records(), source="seed")
        store.add(generated_events(300), source="generated")
        base = Engine.of(store)  # from the index snapshot, as the page opens a store
        assert base.seq is not None
        watched = WatchedStore(store)
        base.provider = watched
        yield base, watched


def test_refused_copy_is_shown_searched_and_read_beside_the_store(stored):
    base, watched = stored
    pasted = records_from_text(PASTED, CAPTURED)
    assert len(pasted) == 2
    engine = overlay(base, pasted)
    assert isinstance(engine.provider, Overlay)
    assert engine.total == base.total + 2
    shown = engine.select(Filters())
    places = shown.places(None, headlines=False)
    assert {"Lima", "Quito"} <= set(places["place"])
    assert set(places["place"]) >= set(base.select(Filters()).places(None, False)["place"])
    # Search: the held copy by a scan, the stored events by the store's own index.
    assert engine.select(Filters(query="hangbrug")).n == 1
    assert engine.select(Filters(query="rimac")).n == 1  # folded, as every search is
    washington = base.select(Filters(query="washington")).n
    assert washington >= 1 and engine.select(Filters(query="washington")).n == washington
    assert engine.select(Filters(query="hangbrug washington")).n == 0
    # Full records of both kinds, in the order asked.
    briefs, total = shown.table(None, limit=20)
    assert total == base.total + 2 == 310 and len(briefs) == 20
    ids = [pasted[1]["id"], briefs[-1]["id"], pasted[0]["id"]]
    assert [r["id"] for r in engine.provider.records(ids)] == ids
    assert max(watched.asked) <= 20  # only what is shown was read from the store


def test_copy_the_store_holds_already_is_not_counted_twice(stored):
    base, _ = stored
    again = [sample_records()[0]]
    assert overlay(base, again) is base
    pasted = records_from_text(PASTED, CAPTURED)
    assert overlay(base, [*again, *pasted]).total == base.total + 2


def test_store_rows_stored_after_the_engine_are_not_taken_for_held_copy(stored):
    base, _ = stored
    engine = overlay(base, records_from_text(PASTED, CAPTURED))
    top = int(base.seq.max())
    held = engine.provider.seqs
    assert held.min() == top + 1 and np.all(np.isin(held, engine.seq))

    class Later:  # a store that has since stored rows numbered like the held copy
        def search(self, query, **kwargs):
            return [top + 1, top + 2] if kwargs.get("key") == "seq" else []

    engine.provider.store = Later()
    assert engine.provider.search("zzz", key="seq") == []


def test_a_source_held_in_memory_is_extended_in_memory():
    base = Engine.of(MemoryRecords(sample_records()))
    engine = overlay(base, records_from_text(PASTED, CAPTURED))
    assert isinstance(engine.provider, MemoryRecords)
    assert engine.total == base.total + 2
    assert engine.select(Filters(query="hangbrug")).n == 1
