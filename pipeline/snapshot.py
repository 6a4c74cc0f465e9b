"""The store's ``EventIndex`` kept on disk as columns, and brought up to date from what changed.

Building the index of a million stored events reads every row (about 12 s); opening the page
must not. So the index is saved as plain arrays (one ``.npz``, no pickles) in the cache folder
(``$WIREMAP_CACHE_DIR`` or the user cache dir, ``event-index/``), one file per store, with the
store's ``version()`` and highest ``seq`` it holds. The next open reads the file and asks the
store only for what changed since: rows with a higher ``seq`` (new events) or a higher
``touched`` (events whose time, place or visibility changed, marked by the store's writes).
Those are merged into the arrays (changed rows replaced by id, then one stable sort into the
store's order); the result is saved again for the next process.

A snapshot is only ever a cache: when it is missing, unreadable, from another format, or does
not add up to the store's count (events were deleted), the index is built from the store.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.query import INDEX_COLUMNS, EventIndex

FORMAT = 1
TABLES = ("names", "countries", "langs", "agencies")
_memo: dict[str, Snapshot] = {}  # the latest snapshot of each store, in this process
_lock = threading.Lock()


@dataclass(frozen=True, eq=False)
class Snapshot:
    """An index, the ``seq`` of each of its rows, and the store state it reflects."""

    index: EventIndex
    seq: np.ndarray  # int64, row by row
    version: int
    max_seq: int


def folder() -> Path:
    env = os.environ.get("WIREMAP_CACHE_DIR")
    if env:
        base = Path(env)
    else:
        import platformdirs

        base = Path(platformdirs.user_cache_dir("wiremap"))
    return base / "event-index"


def path_for(store) -> Path:
    """One file per store: its URL (a schema is part of it; the password is not kept)."""
    url = store.engine.url.render_as_string(hide_password=False)
    return folder() / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".npz")


def current(store) -> EventIndex:
    """The store's index now: the snapshot (this process's, else the file) plus what changed."""
    target = path_for(store)
    with _lock:
        base = _memo.get(str(target))
    version, max_seq, count = store.index_state()
    if base is None:
        base = load(target)
    if base is not None and base.version == version and base.max_seq == max_seq:
        snap = base
    else:
        snap = None
        if base is not None:
            snap = update(base, store, version, max_seq)
            if snap is not None and snap.index.n != count:
                snap = None  # events were deleted: the arrays cannot say which
        if snap is None:
            snap = build(store, version, max_seq)
        save(snap, target)
    with _lock:
        _memo[str(target)] = snap
    return snap.index


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
    return Snapshot(*merge(base.index, base.seq, delta, np.concatenate(seqs)), version, max_seq)


def _remap(codes: np.ndarray, table: dict[str, int], values: tuple[str, ...]) -> np.ndarray:
    """``codes`` into ``values`` as codes into ``table`` (which grows); -1 stays -1."""
    lookup = np.array([table.setdefault(v, len(table)) for v in values] + [-1], dtype=np.int32)
    return lookup[codes]  # code -1 picks the last entry, -1


def merge(
    base: EventIndex, base_seq: np.ndarray, delta: EventIndex, delta_seq: np.ndarray
) -> tuple[EventIndex, np.ndarray]:
    """Rows of ``delta`` replace those of ``base`` with the same id, or join them; then all are
    put in the store's order (time ascending, undated last, then ``seq``)."""
    old = pd.Index(base.ids).get_indexer(delta.ids)
    keep = np.ones(base.n, dtype=bool)
    keep[old[old >= 0]] = False
    tables = {name: {v: i for i, v in enumerate(getattr(base, name))} for name in TABLES}
    coded = {
        "filed_name": "names",
        "focus_name": "names",
        "filed_country": "countries",
        "focus_country": "countries",
        "lang": "langs",
    }
    skip = {"pair_event", "pair_agency", *TABLES}
    columns = {}
    for f in fields(EventIndex):
        if f.name in skip:
            continue
        theirs = getattr(delta, f.name)
        if f.name in coded:
            name = coded[f.name]
            theirs = _remap(theirs, tables[name], getattr(delta, name))
        columns[f.name] = np.concatenate([getattr(base, f.name)[keep], theirs])
    seq = np.concatenate([base_seq[keep], delta_seq])
    dated = columns["dated"]
    order = np.lexsort((seq, np.where(dated, columns["time"], 0), ~dated))
    where = np.empty(len(order), dtype=np.int64)
    where[order] = np.arange(len(order))  # row in the concatenation -> row in the result
    kept_at = np.cumsum(keep) - 1  # base row -> row in the concatenation (when kept)
    base_pairs = keep[base.pair_event]
    agencies = _remap(delta.pair_agency, tables["agencies"], delta.agencies)
    pair_event = np.concatenate(
        [where[kept_at[base.pair_event[base_pairs]]], where[int(keep.sum()) + delta.pair_event]]
    ).astype(np.int32)
    pair_agency = np.concatenate([base.pair_agency[base_pairs], agencies]).astype(np.int32)
    index = EventIndex(
        **{k: v[order] for k, v in columns.items()},
        pair_event=pair_event,
        pair_agency=pair_agency,
        **{name: tuple(tables[name]) for name in TABLES},
    )
    return index, seq[order]


def save(snap: Snapshot, target: Path) -> None:
    """Write the snapshot whole (a temporary file, then renamed), or not at all: a cache that
    cannot be written is only a slower next open."""
    arrays = {k: v for k, v in snap.index.arrays().items() if k not in TABLES}
    meta = {"format": FORMAT, "version": snap.version, "max_seq": snap.max_seq,
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
    return Snapshot(index, seq, int(meta["version"]), int(meta["max_seq"]))
