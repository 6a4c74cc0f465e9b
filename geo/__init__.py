"""A place name plus context in, a location out.

Gazetteer, disambiguation, persistent cache and an optional online geocoder behind one
interface. This layer knows nothing of pages, storage or Streamlit.
"""

from geo.location import Location, PlaceQuery

__all__ = ["Location", "PlaceQuery"]
