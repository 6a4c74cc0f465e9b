"""The store's ``EventIndex`` kept on disk as columns, and brought up to date from what changed.

Building the index of a million stored events reads every row (about 12 s); opening the page
must not. So the index is saved as plain arrays (one ``.npz``, no pickles) in the cache folder
(``folder()``), one file per store, with the
store's ``version()`` and highest ``seq`` it holds. The next open reads the file and asks the
store only for what changed since: rows with a higher ``seq`` (new events) or a higher
``touched`` (events whose time, place or visibility changed, marked by the store's writes).
Those are merged into the arrays (changed rows replaced, new ones put in the store's order by
binary search); the result is saved again for the next process. The page's engine of the new
version reuses the old one's work for the rows it already had (``Snapshot.grown``).

A snapshot is only ever a cache: when it is missing, unreadable, from another format, or events
were deleted since (the store counts its deletions), the index is built from the store.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from parsing.diskcache import cache_dir
from parsing.settings import get_settings
from pipeline.query import INDEX_COLUMNS, EventIndex

FORMAT = 1
TABLES = ("names", "countries", "langs", "agencies")
_memo: dict[str, Snapshot] = {}  # the latest snapshot of each store, in this process
_lock = threading.Lock()
# Files are written by one thread, in order, while the page goes on with the index in memory.
_saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wiremap-snapshot")


def flush() -> None:
    """Wait until every snapshot asked for is written (tests, benchmarks, a process ending)."""
    _saver.submit(lambda: None).result()


@dataclass(frozen=True, eq=False)
class Snapshot:
    """An index, the ``seq`` of each of its rows, and the store state it reflects."""

    index: EventIndex
    seq: np.ndarray  # int64, row by row
    version: int
    max_seq: int
    store_id: int = 0  # the store's own id (``Store.index_state``)
    deleted: int = -1  # the store's deletions it reflects; -1: unknown (an older file)
    grown: Grown | None = None  # how it was made from the snapshot before (this process only)


@dataclass(frozen=True, eq=False)
class Grown:
    """How a snapshot's rows came from its base's: kept rows in order, plus new ones.

    ``keep`` (base rows kept; the others were changed and came again), ``old_to`` (the result
    row of each kept base row, in order) and ``new_to`` (the result row of each row read from
    the store, ``rows``). The page's engine carries its own work over this way.
    """

    base: weakref.ref  # the base's ``EventIndex`` (not kept alive by this)
    keep: np.ndarray
    old_to: np.ndarray
    new_to: np.ndarray


def folder() -> Path:
    """``WIREMAP_INDEX_CACHE``, else ``event-index/`` in ``WIREMAP_CACHE_DIR`` or the user
    cache folder."""
    settings = get_settings()
    if settings.index_cache:
        return Path(settings.index_cache)
    return cache_dir() / "event-index"


def path_for(store) -> Path:
    """One file per store: its URL as opened, for writing or for reading alike (a schema is
    part of it; the file name is a hash, so the password is not kept)."""
    url = getattr(store, "url", None) or store.engine.url.render_as_string(hide_password=False)
    return folder() / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".npz")


def current(store) -> EventIndex:
    """The store's index now: the snapshot (this process's, else the file) plus what changed."""
    return current_snapshot(store).index


def current_snapshot(store) -> Snapshot:
    """``current``, with each row's ``seq`` (the page finds search hits by it)."""
    target = path_for(store)
    with _lock:
        base = _memo.get(str(target))
    version, max_seq, deleted, store_id = store.index_state()
    if base is None:
        base = load(target)
    if base is not None and base.store_id != store_id:
        base = None  # another store, made again at the same URL
    if base is not None and base.deleted == -1 and base.index.n == store.count():
        base = dataclasses.replace(base, deleted=deleted)  # an older file, checked once
    if base is not None and base.deleted != deleted:
        base = None  # events were deleted: the arrays cannot say which
    if base is not None and base.version == version and base.max_seq == max_seq:
        snap = base  # (with how it grew, if it did: every engine of it may carry work over)
    else:
        snap = update(base, store, version, max_seq) if base is not None else None
        if snap is None:
            snap = build(store, version, max_seq)
        snap = dataclasses.replace(snap, store_id=store_id, deleted=deleted)
        _saver.submit(save, snap, target)
    with _lock:
        _memo[str(target)] = snap
    return snap


def _split(batches, seqs: list[np.ndarray]):
    """Rows of ``INDEX_COLUMNS`` + ``seq``: the index's rows, the seqs collected apart."""
    for rows in batches:
        if rows:
            seqs.append(np.fromiter((r[-1] for r in rows), dtype=np.int64, count=len(rows)))
            yield [r[:-1] for r in rows]


def build(store, version: int, max_seq: int) -> Snapshot:
    seqs: list[np.ndarray] = []
    index = EventIndex.from_batches(_split(store.iter_columns((*INDEX_COLUMNS, "seq")), seqs))
    seq = np.concatenate(seqs) if seqs else np.array([], dtype=np.int64)
    return Snapshot(index, seq, version, max_seq)


def update(base: Snapshot, store, version: int, max_seq: int) -> Snapshot | None:
    """``base`` with the rows the store changed or added since, in the store's order."""
    seqs: list[np.ndarray] = []
    batches = store.iter_columns((*INDEX_COLUMNS, "seq"), changed_since=(base.version,
                                                                         base.max_seq))  # fmt: skip
    delta = EventIndex.from_batches(_split(batches, seqs))
    if delta.n == 0:
        return Snapshot(base.index, base.seq, version, max_seq)
    index, seq, (keep, old_to, new_to) = merge(base.index, base.seq, delta, np.concatenate(seqs))
    grown = Grown(weakref.ref(base.index), keep, old_to, new_to)
    return Snapshot(index, seq, version, max_seq, grown=grown)


def _remap(codes: np.ndarray, table: dict[str, int], values: tuple[str, ...]) -> np.ndarray:
    """``codes`` into ``values`` as codes into ``table`` (which grows); -1 stays -1."""
    lookup = np.array([table.setdefault(v, len(table)) for v in values] + [-1], dtype=np.int32)
    return lookup[codes]  # code -1 picks the last entry, -1


INSERT_UP_TO = 20_000  # delta rows put in place one by one; a larger delta is sorted in whole
_LAST = np.iinfo(np.int64).max  # the sort key of an undated event: after every time


def _key(index: EventIndex) -> np.ndarray:
    return np.where(index.dated, index.time, _LAST)


_tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # index -> its code tables


def _tables_of(index: EventIndex) -> dict[str, dict[str, int]]:
    """Value -> code of each of ``index``'s tables, kept with the index: a merge extends the
    previous merge's (building them anew for a million rows' names took a twentieth of a
    second at every update)."""
    got = _tables.pop(index, None)  # taken, not shared: the merge extends it in place
    if got is None:
        got = {name: {v: i for i, v in enumerate(getattr(index, name))} for name in TABLES}
    return got


def merge(
    base: EventIndex, base_seq: np.ndarray, delta: EventIndex, delta_seq: np.ndarray
) -> tuple[EventIndex, np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Rows of ``delta`` replace those of ``base`` with the same ``seq`` (the same event), or
    join them; the result is in the store's order (time ascending, undated last, then seq).

    Returns the index, its seqs and ``(keep, old_to, new_to)`` (see ``Grown``). ``base`` is in
    that order already, so a small ``delta`` is put in place by binary search and every column
    copied once, instead of sorting a million rows again.
    """
    keep = ~np.isin(base_seq, delta_seq) if delta.n else np.ones(base.n, dtype=bool)
    tables = _tables_of(base)
    coded = {"filed_name": "names", "focus_name": "names", "filed_country": "countries",
             "focus_country": "countries", "lang": "langs"}  # fmt: skip
    skip = {"pair_event", "pair_agency", *TABLES}
    names = [f.name for f in fields(EventIndex) if f.name not in skip]
    every = keep.all()
    old = {k: getattr(base, k) if every else getattr(base, k)[keep] for k in names}
    old_seq = base_seq if every else base_seq[keep]
    new = {}
    for k in names:
        theirs = getattr(delta, k)
        if k in coded:
            theirs = _remap(theirs, tables[coded[k]], getattr(delta, coded[k]))
        new[k] = theirs
    n_old = len(old_seq)
    if delta.n <= INSERT_UP_TO:
        key = np.where(old["dated"], old["time"], _LAST)
        theirs = _key(delta)
        low = np.searchsorted(key, theirs, side="left")
        high = np.searchsorted(key, theirs, side="right")
        at = np.array([lo + np.searchsorted(old_seq[lo:hi], s) for lo, hi, s in
                       zip(low, high, delta_seq, strict=True)], dtype=np.int64)  # fmt: skip
        order = np.lexsort((delta_seq, theirs, at))  # delta rows in the order they go in
        at = at[order]
        new_to = np.empty(delta.n, dtype=np.int64)
        new_to[order] = at + np.arange(delta.n)  # row of ``delta`` -> row in the result
        # Every column copied once, in slices between the new rows (a memcpy each).
        columns = {k: _spliced(old[k], new[k][order], at) for k in names}
        seq = _spliced(old_seq, delta_seq[order], at)
        # row of ``old`` -> row in the result: moved on by the new rows put before it
        old_to = np.arange(n_old) + np.searchsorted(at, np.arange(n_old), side="right")
    else:
        both = {k: np.concatenate([old[k], new[k]]) for k in names}
        seq = np.concatenate([old_seq, delta_seq])
        order = np.lexsort((seq, np.where(both["dated"], both["time"], _LAST)))
        columns = {k: v[order] for k, v in both.items()}
        seq = seq[order]
        where = np.empty(len(order), dtype=np.int64)
        where[order] = np.arange(len(order))
        old_to, new_to = where[:n_old], where[n_old:]
    agencies = _remap(delta.pair_agency, tables["agencies"], delta.agencies)
    if every:  # no base row replaced: every pair kept, base row = row of ``old``
        kept_pairs, kept_agency = old_to[base.pair_event], base.pair_agency
    else:
        kept_at = np.cumsum(keep) - 1  # base row -> row of ``old`` (when kept)
        base_pairs = keep[base.pair_event]
        kept_pairs = old_to[kept_at[base.pair_event[base_pairs]]]
        kept_agency = base.pair_agency[base_pairs]
    pair_event = np.concatenate([kept_pairs, new_to[delta.pair_event]]).astype(np.int32)
    pair_agency = np.concatenate([kept_agency, agencies]).astype(np.int32)
    index = EventIndex(
        **columns,
        pair_event=pair_event,
        pair_agency=pair_agency,
        **{name: tuple(tables[name]) for name in TABLES},
    )
    _tables[index] = tables
    return index, seq, (keep, old_to, new_to)


def _spliced(old: np.ndarray, new: np.ndarray, at: np.ndarray) -> np.ndarray:
    """``np.insert(old, at, new)`` (``at`` ascending) as one concatenation of slices."""
    pieces, start = [], 0
    for i, position in enumerate(at.tolist()):
        pieces += [old[start:position], new[i : i + 1]]
        start = position
    pieces.append(old[start:])
    return np.concatenate(pieces).astype(np.result_type(old, new), copy=False)


def save(snap: Snapshot, target: Path) -> None:
    """Write the snapshot whole (a temporary file, then renamed), or not at all: a cache that
    cannot be written is only a slower next open."""
    arrays = {k: v for k, v in snap.index.arrays().items() if k not in TABLES}
    meta = {"format": FORMAT, "version": snap.version, "max_seq": snap.max_seq,
            "store_id": snap.store_id, "deleted": snap.deleted,
            **{name: list(getattr(snap.index, name)) for name in TABLES}}  # fmt: skip
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(out, seq=snap.seq, meta=np.array(json.dumps(meta)), **arrays)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def load(target: Path) -> Snapshot | None:
    """The snapshot in ``target``, or None when there is none that this code can read."""
    try:
        with np.load(target, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != FORMAT:
                return None
            arrays = {f.name: data[f.name] for f in fields(EventIndex) if f.name not in TABLES}
            seq = data["seq"]
    except (OSError, ValueError, KeyError):
        return None
    index = EventIndex(**arrays, **{name: tuple(meta[name]) for name in TABLES})
    if len(seq) != index.n or (index.n and index.time.dtype != np.int64):
        return None
    return Snapshot(index, seq, int(meta["version"]), int(meta["max_seq"]),
                    int(meta.get("store_id", -1)), int(meta.get("deleted", -1)))  # fmt: skip
