"""Wiremap's settings: every ``WIREMAP_*`` environment variable, read once into one object.

The code asks ``get_settings()``; nothing else reads the environment for a ``WIREMAP_*`` name
(``tests/test_docs.py`` checks that, and that the README's settings table names exactly the
variables in ``VARIABLES``). The first call reads the environment; later calls return the same
object, so a process sees one consistent set of settings. Tests and tools inject their own
with ``use_settings(...)`` (``use_settings(None)`` forgets it: the next call reads the
environment again); a child process reads its own environment.

Values are kept as written (``None`` when unset or empty); the layer that uses a value parses
and checks it, so a bad ``WIREMAP_STORE_WAIT`` is the store's one-line error, raised where a
store is opened, not in every process that imports this module.

Why here: like ``parsing.errors``, this is needed by every layer (geo reads the gazetteer and
Nominatim settings, the pipeline the store's, the page the records file and tiles), and a layer
may import only the layers before it; ``parsing`` is the first. The module knows only names and
defaults, nothing of what they configure.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, fields

__all__ = ["VARIABLES", "Settings", "get_settings", "use_settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """One value per ``WIREMAP_*`` variable (see the README's settings table)."""

    db: str | None = None  # the store's URL or SQLite path
    records: str | None = None  # the page shows this JSONL file instead of the store
    online: bool = False  # "1": the geocoder may ask Nominatim
    nominatim_ua: str | None = None
    nominatim_domain: str | None = None
    nominatim_scheme: str | None = None  # "http" for a test server on 127.0.0.1
    tiles_probe: str | None = None  # the URL asked to tell whether online tiles answer
    live_every: str | None = None  # seconds between a live page's moves (parsed by the page)
    store_wait: str | None = None  # seconds a writer waits for the store (parsed by the store)
    cache_dir: str | None = None  # the gazetteer's index
    index_cache: str | None = None  # the page's event index snapshots (default: in cache_dir)
    geocache: str | None = None  # the geocoding cache file
    geo_overrides: str | None = None  # the user's geocoding corrections
    region_point: str = "extent"  # how a region's point is made (measuring the alternatives)
    region_trim: str = "0.01"  # the share of a region's places left out on each side
    compiled: str | None = None  # "0": every module from its .py; "a,b": only those compiled

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment (or ``env``) gives; unset and empty mean the default."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(VARIABLES[f.name], "").strip()
            if f.name == "online":
                values[f.name] = raw == "1"
            elif raw:
                values[f.name] = raw
        return cls(**values)  # type: ignore[arg-type]


# Field -> environment variable: the one table of every WIREMAP_* name the code reads.
VARIABLES: dict[str, str] = {f.name: f"WIREMAP_{f.name.upper()}" for f in fields(Settings)}

_lock = threading.Lock()
_current: Settings | None = None


def get_settings() -> Settings:
    """This process's settings: read from the environment on first use, then kept."""
    global _current
    current = _current
    if current is None:
        with _lock:
            if _current is None:
                _current = Settings.from_env()
            current = _current
    return current


def use_settings(settings: Settings | None) -> None:
    """Use ``settings`` from now on (tests, tools); ``None``: read the environment again."""
    global _current
    with _lock:
        _current = settings
