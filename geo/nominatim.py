"""Optional online fallback: OpenStreetMap's Nominatim through geopy. Off by default.

Used only when the offline answer is missing or weak. The public server's policy is one request
per second and an identifying user agent, so both are enforced here (geopy's ``RateLimiter``);
answers are kept for good in the SQLite cache, so one name costs at most one request ever.
An outage, a refusal (403/429) or garbage is logged and answered with the offline result.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass

from geo.cache import GeoCache, query_key
from geo.location import Location, PlaceQuery
from parsing.settings import get_settings

log = logging.getLogger(__name__)

DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
MIN_DELAY_PUBLIC = 1.0  # seconds between requests: the usage policy's ceiling of 1 request/s


@dataclass(frozen=True, slots=True)
class NominatimConfig:
    """How to reach Nominatim. ``enabled`` defaults to ``$WIREMAP_ONLINE == "1"`` (off)."""

    enabled: bool = False
    user_agent: str = "wiremap (news map; set WIREMAP_NOMINATIM_UA to your contact)"
    domain: str = DEFAULT_DOMAIN
    scheme: str = "https"
    timeout: float = 5.0
    min_delay: float = MIN_DELAY_PUBLIC

    @classmethod
    def from_env(cls) -> NominatimConfig:
        s = get_settings()
        return cls(
            enabled=s.online,
            user_agent=s.nominatim_ua or cls.user_agent,
            domain=s.nominatim_domain or DEFAULT_DOMAIN,
            scheme=s.nominatim_scheme or "https",
        )

    @property
    def local(self) -> bool:
        """A server on this machine (tests): no politeness delay needed."""
        return is_loopback_host(self.domain.rsplit(":", 1)[0].strip("[]"))


def is_loopback_host(host: str) -> bool:
    """This machine (``localhost``, 127.0.0.0/8, ``::1``): the one loopback check Wiremap uses
    (here, no politeness delay; in ``pipeline.fetch``, no proxy from the environment)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NominatimFallback:
    """``lookup(query) -> Location | None``; never raises."""

    def __init__(self, config: NominatimConfig, cache: GeoCache | None = None) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self.config = config
        self.cache = cache
        self._geocoder = Nominatim(
            user_agent=config.user_agent,
            domain=config.domain,
            scheme=config.scheme,
            timeout=config.timeout,
            proxies={} if config.local else None,
        )
        delay = config.min_delay if config.local else max(MIN_DELAY_PUBLIC, config.min_delay)
        self._call = RateLimiter(
            self._geocoder.geocode, min_delay_seconds=delay, max_retries=0, swallow_exceptions=False
        )
        self.failures = 0

    def lookup(self, query: PlaceQuery) -> Location | None:
        """The online answer (from the cache when asked before), or None on any failure."""
        if not isinstance(query.name, str) or not query.name.strip() or len(query.name) > 200:
            return None
        key = "nominatim|" + query_key(query)
        if self.cache is not None:
            hit = self.cache.get(key, source="nominatim")
            if hit is not None:
                return hit if hit.resolved else None
        text = query.name.strip()
        if query.qualifier:
            text = f"{text}, {query.qualifier.strip()}"
        try:
            found = self._call(
                text, exactly_one=True, addressdetails=True, language=query.lang or "en"
            )
        except Exception as exc:  # noqa: BLE001 - geopy/adapter errors of every kind
            self.failures += 1
            log.warning("Nominatim failed for %r: %s", text, exc)
            return None
        if found is None:
            loc = Location.unresolved(query.name, f"{query.name}: Nominatim found nothing")
            loc = Location(**{**loc.to_dict(), "source": "nominatim"})
        else:
            loc = _to_location(query.name, text, found)
            if loc is None:
                self.failures += 1
                return None
        if self.cache is not None:
            self.cache.put(key, loc, source="nominatim")  # an answer, even "nothing", is kept
        return loc if loc.resolved else None


def _to_location(shown: str, text: str, found) -> Location | None:
    raw = getattr(found, "raw", None) or {}
    try:
        lat, lon = float(found.latitude), float(found.longitude)
    except (TypeError, ValueError, AttributeError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    addr = raw.get("address") or {}
    cc = addr.get("country_code")
    kind = raw.get("addresstype") or raw.get("type") or ""
    precision = (
        "country" if kind == "country" else "region" if kind in ("state", "province") else "city"
    )
    label = raw.get("name") or (found.address or "").split(",")[0] or shown
    try:
        osm = int(raw["osm_id"]) if raw.get("osm_id") is not None else None
    except (TypeError, ValueError):
        osm = None
    return Location(
        query=shown,
        name=str(label)[:200],
        lat=lat,
        lon=lon,
        country_code=cc.upper() if isinstance(cc, str) else None,
        admin1=addr.get("state"),
        geonameid=None,
        precision=precision,
        confidence=0.6,
        reason=f'{shown}: not offline; Nominatim "{text}" → {label}'
        + (f", {cc.upper()}" if isinstance(cc, str) else "")
        + (f" (osm {osm})" if osm else ""),
        source="nominatim",
    )
