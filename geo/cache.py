"""Persistent geocoding cache (SQLite) and the user's corrections (a JSON overrides file).

The cache is shared by the CLI and the dashboard: both open the same file (WAL mode, so a
reader never blocks the writer). It keeps answers that are expensive or impossible to recompute
(online geocoder results, kept for good) keyed by the folded name plus the hints that changed
the answer. Corrections live apart, in the user config dir, so that clearing the cache or
upgrading Wiremap never loses them; they win over everything.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from geo.errors import GeoCacheError, OverridesError
from geo.fold import fold
from geo.location import Location, PlaceQuery
from parsing.settings import get_settings

_FIELDS = set(Location.__dataclass_fields__)

# How often a lookup looks at the overrides file, in seconds: a fix written by another process
# (``wiremap geocode --fix`` while the dashboard runs, a hand edit) is seen within this time; one
# written in this process (``Overrides.add``, ``add_fix``) at the next lookup. Looking on every
# lookup cost a system call for each geocoded brief.
CHECK_EVERY = 1.0
_clock = time.monotonic
_writes = [0]  # fixes written by this process (every ``Overrides.add``): a lookup after one looks


def cache_path() -> Path:
    """``$WIREMAP_GEOCACHE`` or ``<user data dir>/wiremap/geocache.sqlite``."""
    env = get_settings().geocache
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("wiremap")) / "geocache.sqlite"


def overrides_path() -> Path:
    """``$WIREMAP_GEO_OVERRIDES`` or ``<user config dir>/wiremap/geo-overrides.json``."""
    env = get_settings().geo_overrides
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("wiremap")) / "geo-overrides.json"


def query_key(query: PlaceQuery, *, with_context: bool = False) -> str:
    """Folded name plus the hints that can change the answer: qualifier and language (and the
    folded context when asked; the online geocoder ignores it, so its key leaves it out)."""
    name = fold(query.name) if isinstance(query.name, str) else ""
    qual = fold(query.qualifier) if isinstance(query.qualifier, str) else ""
    parts = [name, qual, (query.lang or "").lower() if isinstance(query.lang, str) else ""]
    if with_context and query.context:
        import hashlib

        parts.append(hashlib.sha1(fold(query.context[:4000]).encode()).hexdigest()[:16])
    return "|".join(parts)


def _to_location(payload: str) -> Location | None:
    try:
        d = json.loads(payload)
        return Location(**{k: v for k, v in d.items() if k in _FIELDS})
    except (ValueError, TypeError):
        return None


class GeoCache:
    """A small key -> Location store in SQLite. Safe to share between threads and processes."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else cache_path()
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS geocode (key TEXT PRIMARY KEY, source TEXT NOT NULL,"
                " payload TEXT NOT NULL, created REAL NOT NULL)"
            )
            self._db.commit()
        except (sqlite3.Error, OSError) as exc:
            raise GeoCacheError(f"cannot open geocoding cache {self.path}: {exc}") from exc

    def get(self, key: str, source: str | None = None) -> Location | None:
        """The stored answer, or None. ``source`` filters ("nominatim", ...)."""
        with self._lock:
            try:
                row = self._db.execute(
                    "SELECT source, payload FROM geocode WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error:
                return None
        if row is None or (source is not None and row[0] != source):
            return None
        return _to_location(row[1])

    def put(self, key: str, location: Location, source: str | None = None) -> None:
        """Store (or replace) an answer. A failing disk costs a future lookup, never a crash."""
        payload = json.dumps(location.to_dict(), ensure_ascii=False)
        with self._lock:
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO geocode (key, source, payload, created)"
                    " VALUES (?, ?, ?, ?)",
                    (key, source or location.source, payload, time.time()),
                )
                self._db.commit()
            except sqlite3.Error:
                pass

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM geocode").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


class Overrides:
    """User corrections: ``{"fixes": [{"name": ..., "qualifier": ..., "location": {...}}]}``.

    A fix with a qualifier applies only to that qualifier; one without applies to the name
    whatever the qualifier. The file is re-read when it changes, so the dashboard sees a fix
    made from the CLI: lookups look at the file at most every ``CHECK_EVERY`` seconds, and at
    once after a fix written by this process.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else overrides_path()
        self._fspath = os.fspath(self.path)  # ``os.stat`` on a str: ``Path.stat`` costs more
        self._mtime: float | None = None
        self._table: dict[tuple[str, str], Location] = {}
        self._lock = threading.Lock()
        self._looked = float("-inf")  # ``_clock()`` when a lookup last looked at the file
        self._writes = -1  # ``_writes[0]`` then

    def _load(self) -> dict[tuple[str, str], Location]:
        if self._mtime is None and not os.access(self._fspath, os.F_OK):
            # no file, as before (the usual case): asked without a failed stat's exception
            self._table = {}
            return self._table
        try:
            mtime = os.stat(self._fspath).st_mtime_ns
        except OSError:
            self._mtime, self._table = None, {}
            return self._table
        if mtime == self._mtime:
            return self._table
        try:
            data = json.loads(self.path.read_text("utf-8"))
            table: dict[tuple[str, str], Location] = {}
            for fix in data.get("fixes", []):
                loc = Location(**{k: v for k, v in fix["location"].items() if k in _FIELDS})
                table[(fold(fix["name"]), fold(fix.get("qualifier") or ""))] = loc
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise OverridesError(f"cannot read geo overrides {self.path}: {exc}") from exc
        self._mtime, self._table = mtime, table
        return table

    def lookup(self, query: PlaceQuery) -> Location | None:
        """The user's fix for this name (and qualifier), marked ``source="override"``."""
        if not isinstance(query.name, str):
            return None
        now = _clock()
        if now - self._looked < CHECK_EVERY and self._writes == _writes[0]:
            table = self._table  # looked at lately, and no fix written here since
        else:
            with self._lock:
                writes = _writes[0]
                try:
                    table = self._load()
                except OverridesError:
                    return None  # a broken file is reported by add()/check(), not by every lookup
                self._looked, self._writes = now, writes
        if not table:
            return None
        name = fold(query.name)
        qual = fold(query.qualifier) if isinstance(query.qualifier, str) else ""
        loc = table.get((name, qual)) or table.get((name, ""))
        if loc is None:
            return None
        return Location(**{**loc.to_dict(), "query": query.name, "source": "override"})

    def check(self) -> int:
        """Number of fixes; raises ``OverridesError`` when the file is broken."""
        with self._lock:
            return len(self._load())

    def add(self, name: str, location: Location, qualifier: str | None = None) -> None:
        """Record a fix (replacing an earlier one for the same name and qualifier)."""
        with self._lock:
            try:
                data = json.loads(self.path.read_text("utf-8")) if self.path.exists() else {}
            except (OSError, ValueError) as exc:
                raise OverridesError(f"cannot read geo overrides {self.path}: {exc}") from exc
            fixes = [
                f
                for f in data.get("fixes", [])
                if (fold(f.get("name", "")), fold(f.get("qualifier") or ""))
                != (fold(name), fold(qualifier or ""))
            ]
            loc = {**location.to_dict(), "source": "override"}
            if not loc.get("reason"):
                loc["reason"] = f"{name} → {location.name}: user correction"
            fixes.append({"name": name, "qualifier": qualifier, "location": loc})
            data["fixes"] = fixes
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(data, fh, ensure_ascii=False, indent=1)
                os.replace(tmp, self.path)
            except OSError as exc:
                raise OverridesError(f"cannot write geo overrides {self.path}: {exc}") from exc
            self._mtime = None
            _writes[0] += 1


def add_fix(
    name: str,
    *,
    lat: float,
    lon: float,
    label: str | None = None,
    country_code: str | None = None,
    admin1: str | None = None,
    geonameid: int | None = None,
    precision: str = "city",
    qualifier: str | None = None,
    path: Path | str | None = None,
) -> Location:
    """Record the user's correction (``wiremap geocode --fix``); it wins over every resolver."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise OverridesError(f"coordinates out of range: {lat}, {lon}")
    loc = Location(
        query=name,
        name=label or name,
        lat=float(lat),
        lon=float(lon),
        country_code=country_code.upper() if country_code else None,
        admin1=admin1,
        geonameid=geonameid,
        precision=precision,
        confidence=1.0,
        reason=f"{name} → {label or name}: user correction",
        source="override",
    )
    Overrides(path).add(name, loc, qualifier)
    return loc
