"""A place name plus context in, a location out.

Gazetteer, disambiguation, persistent cache and an optional online geocoder behind one
interface. This layer knows nothing of pages, storage or Streamlit.

The pipeline calls ``geo.geocode(PlaceQuery(...)) -> Location`` (or keeps
``geo.get_resolver()`` and calls its ``geocode``). Nothing heavy is loaded at import time.
"""

from parsing.compiled import install

install()  # before any hot module is imported: its current compiled build, else its .py

from geo.location import Location, PlaceQuery  # noqa: E402

__all__ = ["Location", "PlaceQuery", "geocode", "get_resolver"]


def geocode(query: PlaceQuery) -> Location:
    """Resolve one place with the process-wide service (overrides, gazetteer, optional online)."""
    from geo.service import geocode as _geocode

    return _geocode(query)


def get_resolver():
    """The process-wide ``geo.service.GeoService`` (its ``.geocode``; ``.resolver`` is offline)."""
    from geo.service import get_resolver as _get

    return _get()
