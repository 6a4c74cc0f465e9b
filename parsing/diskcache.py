"""Tables built once and kept on disk in the cache folder, beside the gazetteer's index.

The mention index's tables (``geo.mentions``) take seconds to build and the language model
(``parsing.lang``) a second to unpack; each takes a fraction of that to read back, and every
process needs them (each ``--jobs`` worker, the parent that warms up before forking, a page).
It sits in the first layer so that ``parsing/`` and ``geo/`` both keep their tables here.
A file is named by what it holds, the gazetteer's floor and a key that changes whenever
anything the tables are made from changes (the caller's own code and data): a stale file is
never read, only a current one. A current file that cannot be read (cut short, corrupt, the
wrong shape) is reported in one line and built again; a cache folder that cannot be written
costs speed, never correctness.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from parsing.settings import get_settings

log = logging.getLogger(__name__)

FORMAT = 1  # the file's own layout: (FORMAT, key, tables)
KEEP = (
    3  # versions kept of each table: two checkouts (or an upgrade and back) never evict each other
)


def cache_dir() -> Path:
    """Where built tables live: ``$WIREMAP_CACHE_DIR`` or the user cache folder."""
    env = get_settings().cache_dir
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("wiremap"))


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No collection while many small acyclic objects are made (a table read back or rebuilt):
    each collection on the way would walk them all for nothing."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def tables_key(*parts: str, files: Iterable[Path] = ()) -> str:
    """A short key over ``parts`` (versions, the gazetteer's key) and the bytes of ``files``."""
    h = hashlib.sha256(f"{FORMAT}:".encode())
    for part in parts:
        h.update(part.encode("utf-8") + b"\0")
    for path in files:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _evict(files: Iterable[Path], written: Path) -> None:
    """Remove all but the ``KEEP`` most recently used files; the one just written stays."""
    others = []
    for file in files:
        if file != written:
            with contextlib.suppress(OSError):
                others.append((file.stat().st_mtime_ns, file.name, file))
    for _, _, old in sorted(others, reverse=True)[KEEP - 1 :]:
        old.unlink(missing_ok=True)


def _drop_abandoned(files: Iterable[Path], older_than: float = 3600.0) -> None:
    """Remove half-written files a killed process left (a live writer's file is seconds old)."""
    for file in files:
        with contextlib.suppress(OSError):
            if file.stat().st_mtime < time.time() - older_than:
                file.unlink()


def table_path(what: str, floor: int, key: str, directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / f"{what}-{floor}-{key}.pickle"


def load_tables(what: str, floor: int, key: str, directory: Path | None = None) -> object | None:
    """The tables kept for ``key``, or None when there are none (or they cannot be read: then
    a one-line warning says so, and the caller builds them again)."""
    path = table_path(what, floor, key, directory)
    try:
        fh = path.open("rb")
    except OSError:
        log.info("no %s index at %s: building it (once)", what, path)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # in use: the last to be evicted (``save_tables`` keeps the newest)
    try:
        with fh, gc_paused():  # many small objects: the collector would slow it severalfold
            got = pickle.load(fh)
    except Exception as exc:  # noqa: BLE001 - any damage means "build it again"
        log.warning(
            "the %s index %s cannot be read (%s: %s); building it again",
            what,
            path,
            type(exc).__name__,
            exc,
        )
        return None
    if not (isinstance(got, tuple) and len(got) == 3 and got[0] == FORMAT and got[1] == key):
        log.warning("the %s index %s is not this version's; building it again", what, path)
        return None
    return got[2]


def save_tables(
    what: str, floor: int, key: str, tables: object, directory: Path | None = None
) -> None:
    """Write ``tables`` for ``key`` atomically, and keep only the ``KEEP`` most recently used
    versions (another checkout's current tables stay; old versions do not pile up)."""
    directory = directory or cache_dir()
    path = table_path(what, floor, key, directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmpname = tempfile.mkstemp(dir=directory, prefix=f".{what}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((FORMAT, key, tables), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmpname, path)
        except BaseException:
            Path(tmpname).unlink(missing_ok=True)
            raise
        _evict(directory.glob(f"{what}-{floor}-*.pickle"), path)
        _drop_abandoned(directory.glob(f".{what}-*.tmp"))
    except OSError as exc:  # a read-only cache folder costs speed, not correctness
        log.warning("cannot write the %s index to %s: %s", what, directory, exc)
