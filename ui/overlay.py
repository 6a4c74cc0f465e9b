"""A session's own records laid over the store's engine, without reading the store again.

Copy pasted on the page is held in the session when no store keeps it (a records file, the
sample) or when the store refused it (full, locked, gone). The page must still show it beside
the stored events. For a source held in memory that is simply a longer list of records; for a
store it must not mean reading every stored event into memory: ``overlay`` merges a small index
of the session's records into the store engine's index (``pipeline.snapshot.merge``, the same
merge that brings a snapshot up to date) under row numbers (``seq``) past the store's, and the
``Overlay`` provider answers for those rows itself and hands everything else to the store:
full records, and the search (the store's full-text index, plus a scan of the few records held).
"""

from __future__ import annotations

import numpy as np

from pipeline.query import EventIndex, MemoryRecords, search_mask, search_texts
from pipeline.snapshot import merge
from pipeline.textfold import fold
from ui.engine import Engine


class Overlay:
    """A store's events plus records held in memory, asked like a store (``records``,
    ``search``). The held records have ``seq`` numbers past ``top``, the highest of the store's
    rows in the engine beneath: a store row stored later is not in that engine, so its hits are
    left out, and can never be taken for a held record."""

    def __init__(self, store, held: MemoryRecords, index: EventIndex, top: int) -> None:
        self.store, self.held, self.top = store, held, top
        self._ids = index.id_list(range(index.n))
        self._seqs = np.arange(top + 1, top + 1 + index.n, dtype=np.int64)
        self._texts = search_texts(held, index)

    @property
    def seqs(self) -> np.ndarray:
        """The held records' ``seq`` numbers, in the held index's row order."""
        return self._seqs

    def records(self, ids) -> list[dict]:
        """Records for ``ids`` in the order given: held ones from memory, the rest from the
        store (unknown ids are left out)."""
        ids = list(dict.fromkeys(ids))
        held = {r["id"]: r for r in self.held.records(ids)}
        stored = {r["id"]: r for r in self.store.records([i for i in ids if i not in held])}
        return [found for i in ids if (found := held.get(i) or stored.get(i)) is not None]

    def search(self, query: str, *, limit: int | None = None, key: str = "id") -> list:
        """The store's hits (those in the engine beneath), then the held records' hits, by
        ``key`` (``id`` or ``seq``). Held records are scanned for each folded word."""
        hits = self.store.search(query, limit=limit, key=key)
        if key == "seq":
            hits = [s for s in hits if s <= self.top]
        words = fold(query).split()
        mine = np.flatnonzero(search_mask(self._texts, words)) if words else np.array([], int)
        if key == "seq":
            return [*hits, *self._seqs[mine].tolist()]
        return [*hits, *(self._ids[i] for i in mine)]


def overlay(base: Engine, records) -> Engine:
    """``base``'s events plus ``records`` (a record whose id ``base`` holds is left out).

    A base from a store's snapshot (it knows each row's ``seq``) gets an ``Overlay``; a base
    held in memory is extended in memory, which holds nothing more than it did.
    """
    if base.seq is None:
        provider = base.provider
        if not isinstance(provider, MemoryRecords):  # a provider with neither: read it whole
            provider = MemoryRecords(provider.records(base.index.id_list(range(base.index.n))))
        return Engine.of(provider.extended(records))
    given = MemoryRecords(records)  # an id for each record, as the store would give it
    ids = [row[0] for rows in given.iter_columns(["id"]) for row in rows]
    new = ~np.isin(np.array(ids, dtype="S32"), base.index.ids)  # no set of every stored id
    held = MemoryRecords(given.records([i for i, n in zip(ids, new, strict=True) if n]))
    if not held.count():
        return base
    index = EventIndex.from_store(held)
    top = int(base.seq.max(initial=0))
    provider = Overlay(base.provider, held, index, top)
    merged, seq = merge(base.index, base.seq, index, provider.seqs)
    return Engine(merged, provider, seq)
