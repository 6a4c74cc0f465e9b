"""What the pipeline calls: ``geo.geocode(PlaceQuery) -> Location`` and ``get_resolver()``.

Order of authority: the user's overrides, then the offline gazetteer, then (only when enabled and
the offline answer is missing or weak) Nominatim through the persistent cache. The gazetteer
index is loaded once per process, on first use.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geo.cache import GeoCache, Overrides
from geo.errors import GeoCacheError
from geo.location import Location, PlaceQuery
from geo.nominatim import NominatimConfig, NominatimFallback
from geo.resolve import Resolver

if TYPE_CHECKING:  # the home is given only by the user: not imported on the usual path
    from geo.home import Home

log = logging.getLogger(__name__)

ONLINE_BELOW = 0.5  # ask Nominatim only when the offline confidence is below this


@dataclass
class GeoService:
    """Overrides + offline resolver + optional online fallback, behind one ``geocode``."""

    resolver: Resolver
    overrides: Overrides = field(default_factory=Overrides)
    cache: GeoCache | None = None
    online: NominatimFallback | None = None

    def geocode(self, query: PlaceQuery, home: Home | None = None) -> Location:
        """The best answer for ``query``; never raises on bad input. ``home`` is the source's
        home given by the user (``geo.home``), the offline resolver's weak prior: a correction
        and an online answer do not depend on it."""
        fix = self.overrides.lookup(query)
        if fix is not None:
            return fix
        loc = self.resolver.resolve(query, home)
        if self.online is not None and (not loc.resolved or loc.confidence < ONLINE_BELOW):
            found = self.online.lookup(query)
            if found is not None:
                return found
        return loc

    __call__ = geocode


_default: GeoService | None = None
_lock = threading.Lock()


def make_service(
    *,
    online: NominatimConfig | None = None,
    cache_path: Path | str | None = None,
    overrides_path: Path | str | None = None,
    resolver: Resolver | None = None,
) -> GeoService:
    """A service with explicit settings (tests, the CLI's flags)."""
    online = online if online is not None else NominatimConfig.from_env()
    cache = None
    if online.enabled:
        try:
            cache = GeoCache(cache_path)
        except GeoCacheError as exc:
            log.warning("%s; online answers will not be kept", exc)
    # No ``gc.freeze`` here (speed30 had one; review37 took it out): this is a library call,
    # made by tests and callers many times. A freeze takes every object then in the collector's
    # generations, cyclic garbage still waiting for a full collection too, which is then never
    # freed; and while anything is frozen a window's read (``pipeline.store._gc_paused``) cannot
    # settle its records and walks the frozen list. A long run that wants the index out of the
    # collector's way freezes where it starts, after a ``gc.collect`` (``pipeline.parallel``).
    return GeoService(
        resolver=resolver if resolver is not None else Resolver(),
        overrides=Overrides(overrides_path),
        cache=cache,
        online=NominatimFallback(online, cache) if online.enabled else None,
    )


def get_resolver() -> GeoService:
    """The process-wide default service (offline unless ``WIREMAP_ONLINE=1``)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = make_service()
    return _default


def set_default(service: GeoService | None) -> None:
    """Replace (or with None, forget) the process-wide service: for the CLI's flags and tests."""
    global _default
    _default = service


def geocode(query: PlaceQuery, home: Home | None = None) -> Location:
    """Resolve one dateline place with the default service (``home``: see ``GeoService``)."""
    return get_resolver().geocode(query, home)
