"""The event record: one flat dict per brief, the shape of every output and of the store.

``extract``, ``export``, the store and the dashboard all speak this one shape, so a record
written by one can be read by any other. Unknown values are ``None``, never guessed.
"""

from __future__ import annotations

import hashlib
import unicodedata

# Every JSONL record carries all of these keys, in this order. ``mentions`` is a list of the places
# named in the text ({place, start, end, kind, name, lat, lon, country_code}, offsets into
# ``text``); ``focus`` is where the event happened ({name, lat, lon, country_code, precision,
# confidence, reason, place}), beside the dateline's location in ``lat``/``lon``.
FIELDS: tuple[str, ...] = (
    "id",
    "source",
    "title",
    "text",
    "dateline",
    "place",
    "places",
    "qualifier",
    "agencies",
    "lang",
    "published_at",
    "time_basis",
    "time_text",
    "captured_at",
    "captured_at_basis",
    "lat",
    "lon",
    "country_code",
    "admin1",
    "geonameid",
    "location_name",
    "precision",
    "confidence",
    "location_source",
    "location_reason",
    "mentions",
    "focus",
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def event_id(text: str) -> str:
    """A stable id from the brief's own words.

    The age marker and the capture time are not part of the brief's text, so the same brief seen
    again later, its age now larger, keeps its id; so does the same page ingested twice.
    """
    return hashlib.sha1(_fold(text).encode("utf-8")).hexdigest()[:16]
