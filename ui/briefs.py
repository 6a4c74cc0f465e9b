"""One brief as the page shows it: headline, time, where it is placed, and why.

Pure functions on a record (the ``pipeline.record`` shape): the page's pane, feed and table all
read the same ``brief_view``, so they never disagree about a headline or a place name.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime

import pandas as pd

from pipeline.query import coords
from ui.focus import HAPPENED, MOVED_KM, as_object

DATELINE_DASHES = "-–—"


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def strip_dateline(text: object, dateline: object) -> str | None:
    """The brief's words after its dateline ('WASHINGTON (ANP) - '), for a readable headline."""
    if not isinstance(text, str):
        return None
    if isinstance(dateline, str) and dateline and text.startswith(dateline):
        rest = text[len(dateline) :].lstrip()
        if rest[:1] and rest[0] in DATELINE_DASHES:
            rest = rest[1:]
        return rest.lstrip() or text
    return text


def headline(title: str | None, text: str | None) -> str:
    """The brief's headline, or its first sentence when it has none."""
    if isinstance(title, str) and title.strip():
        return title.strip()
    text = (text if isinstance(text, str) else "").strip()
    stop = _SENTENCE_STOP.search(text, 1, 200)
    if stop is not None:
        return text[: stop.end()]
    return text[:160] + ("…" if len(text) > 160 else "")


# A full stop then a blank ends the first sentence, unless it follows an initial ("USS Gerald
# R. Ford") or a short abbreviation ("St. Louis", "Dr. Smith"): a headline is not cut there.
_SENTENCE_STOP = re.compile(
    r"(?<!\b[A-ZÀ-ÞĀ-Ž])(?<!\b(?:St|Dr|Mr|Ms|Mt|Ft|Jr|Sr|Co|Nr|No|Sp))"
    r"(?<!\b(?:Mrs|Gen|Sen|Gov|Rep|Col|Sgt|Inc|Ltd|Ste))\.(?=\s)"
)


def record_headline(record: dict) -> str:
    return headline(record.get("title"), strip_dateline(record.get("text"), record.get("dateline")))


def place_key(lat: float | None, lon: float | None) -> str | None:
    """The page's key of a place: its coordinates rounded to 4 decimals (None when unlocated).

    Rounded as ``np.round(x, 4)`` rounds (times 10^4, to the nearest even, divided back, the
    sign of zero kept; ``tests/test_ui.py`` compares them), in plain Python: ``np.round`` on
    one float costs ~13 us, and a rerun keys every row of the table (about 1,000 at 10,000
    events: ~25 ms of the rerun).
    """
    if lat is None or lon is None:
        return None
    return f"{_round4(float(lat)):.4f},{_round4(float(lon)):.4f}"


def _round4(x: float) -> float:
    return math.copysign(round(x * 10000.0) / 10000.0, x)


def published(record: dict) -> datetime | None:
    """The record's time as an aware UTC datetime (the fast path for the usual ISO text)."""
    value = record.get("published_at")
    if isinstance(value, str):
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            when = None
        if when is not None:
            return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    when = pd.to_datetime(value, utc=True, errors="coerce", format="ISO8601")
    return None if pd.isna(when) else when.to_pydatetime()


def brief_view(record: dict, where: str, moved: bool | None = None) -> dict:
    """What the page shows of one record, placed by ``where`` (see ``ui.focus``).

    ``place_name``, ``key`` and ``map_country`` follow ``where``; the record's own fields stay
    as they are. ``focus_moved`` says whether where it happened lies ``MOVED_KM`` or more from
    its dateline (then the pane names it); the engine passes it in, already computed.
    """
    point = coords(record)
    focus = as_object(record.get("focus"))
    at = coords(focus)
    focus_name = (_text(focus.get("name")) or _text(focus.get("place"))) if focus and at else ""
    filed_name = _text(record.get("location_name")) or _text(record.get("place"))
    if moved is None:
        moved = False
        if point and at:
            from pipeline.query import distance_km

            moved = float(distance_km(point[0], point[1], at[0], at[1])) > MOVED_KM
    if where == HAPPENED and at:
        spot, name = at, focus_name or filed_name
        country = (_text(focus.get("country_code")) or None) if focus else None
    else:
        spot, name, country = point, filed_name, record.get("country_code")
    agencies = record.get("agencies")
    return {
        "id": record.get("id"),
        "story_id": record.get("story_id") or record.get("id"),
        "headline": record_headline(record),
        "published": published(record),
        "agencies": [a for a in agencies if isinstance(a, str)]
        if isinstance(agencies, list | tuple)
        else [],
        "dateline": record.get("dateline") if isinstance(record.get("dateline"), str) else None,
        "text": record.get("text") if isinstance(record.get("text"), str) else "",
        "lang": record.get("lang"),
        "source": record.get("source") if isinstance(record.get("source"), str) else "",
        "location_reason": _text(record.get("location_reason")) or None,
        "located": point is not None,
        "key": place_key(*spot) if spot else None,
        "map_lat": spot[0] if spot else None,
        "map_lon": spot[1] if spot else None,
        "place_name": name,
        "map_country": country,
        "focus_moved": moved,
        "focus_name": focus_name,
        "focus_reason": (_text(focus.get("reason")) if focus else ""),
        "mentions": record.get("mentions"),
    }
