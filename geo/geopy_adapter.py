"""The offline gazetteer behind geopy's ``Geocoder`` interface, so users can swap it with any
geopy geocoder (Nominatim, Photon, ...) without changing their code."""

from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location as GeopyLocation

from geo.location import PlaceQuery
from geo.resolve import Resolver


class OfflineGazetteer(Geocoder):
    """``geocode("Tripoli, Libanon")`` -> ``geopy.Location`` from GeoNames, without a network.

    A comma splits the name from its qualifier, as in a dateline. The geo layer's own
    ``Location`` (reason, confidence, country code) is in ``.raw``.
    """

    def __init__(self, resolver: Resolver | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._resolver = resolver

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            from geo.service import get_resolver

            self._resolver = get_resolver().resolver
        return self._resolver

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        context: str = "",
        lang: str | None = None,
        timeout=None,
    ):
        """geopy's signature; ``context``/``lang`` are the brief's text and language."""
        if not isinstance(query, str):
            return None
        name, _, qualifier = query.partition(",")
        loc = self.resolver.resolve(
            PlaceQuery(
                name=name.strip(), qualifier=qualifier.strip() or None, context=context, lang=lang
            )
        )
        if not loc.resolved:
            return None
        address = ", ".join(x for x in (loc.name, loc.admin1, loc.country_code) if x)
        result = GeopyLocation(address, (loc.lat, loc.lon), loc.to_dict())
        return result if exactly_one else [result]
