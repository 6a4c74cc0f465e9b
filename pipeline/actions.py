"""What a reader does to stored events from the page: correct a location, hide, delete.

The page (``ui``) never talks to ``geo`` itself: it asks here. A correction is recorded as the
user's override (``geo.cache.add_fix``, the same as ``wiremap geocode --fix``), so later copy
from that dateline place is placed right too, and the stored events with the same dateline
place and the same (wrong) reading are moved at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsing.errors import WiremapError
from pipeline.textfold import fold

_POINT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*[,; ]\s*(-?\d+(?:\.\d+)?)\s*$")


class CorrectionError(WiremapError, ValueError):
    """The correction cannot be made; the message says why, in one line."""


@dataclass(frozen=True)
class Correction:
    """A correction made: the override's name and the location every such event now has."""

    place: str
    qualifier: str | None
    location: dict  # the record's LOCATION_FIELDS
    moved: int  # stored events moved


def resolve_target(target: str, country: str | None = None):
    """``target`` as a ``geo.Location``: ``LAT,LON``, or a place name the gazetteer knows."""
    from geo import PlaceQuery
    from geo.location import Location
    from geo.service import get_resolver

    target = (target or "").strip()
    point = _POINT.match(target)
    if point:
        lat, lon = float(point.group(1)), float(point.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise CorrectionError(f"coordinates out of range: {lat}, {lon}")
        return Location(query=target, name=None, lat=lat, lon=lon, country_code=country,
                        precision="city", confidence=1.0)  # fmt: skip
    if not target:
        raise CorrectionError("give a place name or LAT,LON")
    found = get_resolver().geocode(PlaceQuery(name=target, qualifier=country))
    if not found.resolved:
        raise CorrectionError(f"{target}: {found.reason}")
    return found


def correct_location(
    record: dict, target: str, *, country: str | None = None, store=None, path=None
) -> Correction:
    """Place ``record``'s dateline place at ``target`` from now on, and move the stored events
    that were read the same way (same place, qualifier and location as ``record``)."""
    from geo.cache import add_fix
    from geo.errors import GeoError

    place = record.get("place") or record.get("location_name")
    if not place:
        raise CorrectionError("this brief has no dateline place to correct")
    qualifier = record.get("qualifier")
    found = resolve_target(target, country)
    try:
        fix = add_fix(
            place,
            lat=found.lat,
            lon=found.lon,
            label=found.name or place.title(),
            country_code=country or found.country_code,
            admin1=found.admin1,
            geonameid=found.geonameid,
            precision=found.precision or "city",
            qualifier=qualifier,
            path=path,
        )
    except GeoError as err:
        raise CorrectionError(str(err)) from None
    location = {
        "lat": round(fix.lat, 5),
        "lon": round(fix.lon, 5),
        "country_code": fix.country_code,
        "admin1": fix.admin1,
        "geonameid": fix.geonameid,
        "location_name": fix.name,
        "precision": fix.precision,
        "confidence": fix.confidence,
        "location_source": "override",
        "location_reason": fix.reason,
    }
    moved = 0
    if store is not None:
        moved = store.relocate(same_reading(store, record), location)
    return Correction(place, qualifier, location, moved)


def same_reading(store, record: dict) -> list[str]:
    """Ids of stored events with ``record``'s dateline place, qualifier and location."""
    key = (fold(record.get("place") or ""), fold(record.get("qualifier") or ""))
    point = (record.get("lat"), record.get("lon"))
    ids = [record["id"]]
    for batch in store.iter_columns(("id", "place", "qualifier", "lat", "lon")):
        for id_, place, qualifier, lat, lon in batch:
            if (fold(place or ""), fold(qualifier or "")) == key and (lat, lon) == point:
                ids.append(id_)
    return list(dict.fromkeys(ids))
