"""The reader's view as URL query parameters, and back: a copied link reopens the same view.

Pure functions on plain mappings (key -> list of values, as ``st.query_params.get_all`` gives),
so the round trip is tested without a browser. Defaults are left out of the URL to keep it short.
Anything malformed in a hand-edited URL is ignored, never an error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from ui.focus import DEFAULT_MODE, mode
from ui.i18n import language
from ui.timefmt import PRESETS, format_instant, parse_instant, zone_name

MULTI = ("agency", "country", "langs")


@dataclass(frozen=True)
class View:
    """Everything a link carries."""

    lang: str = "en"
    tz: str | None = None  # None: the browser's zone (or UTC)
    start: datetime | None = None
    end: datetime | None = None
    preset: str | None = "all"  # a preset follows new copy; a fixed window (None) does not
    agency: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    q: str = ""
    place: str | None = None
    undated: bool = True
    online: bool = False
    area: tuple[float, float, float, float] | None = None
    where: str = DEFAULT_MODE  # the map places events where filed (dateline) or where they happened


def _first(params: Mapping[str, Sequence[str]], key: str) -> str | None:
    values = params.get(key) or []
    return values[0] if values else None


def _area(text: str | None) -> tuple[float, float, float, float] | None:
    try:
        south, west, north, east = (float(v) for v in (text or "").split(","))
    except ValueError:
        return None
    if -90 <= south < north <= 90 and -180 <= west < east <= 180:
        return south, west, north, east
    return None


def _place(text: str | None) -> str | None:
    try:
        lat, lon = (float(v) for v in (text or "").split(","))
    except ValueError:
        return None
    return f"{lat:.4f},{lon:.4f}"


def decode(params: Mapping[str, Sequence[str]]) -> View:
    """The view a URL asks for; unknown or malformed values fall back to the defaults."""
    view = View(lang=language(_first(params, "lang")))
    tz = _first(params, "tz")
    preset = _first(params, "preset")
    start, end = parse_instant(_first(params, "from")), parse_instant(_first(params, "to"))
    if start and end and start > end:
        start, end = end, start
    multi = {
        key: tuple(dict.fromkeys(v.strip() for v in params.get(key) or [] if v.strip()))
        for key in MULTI
    }
    return replace(
        view,
        tz=zone_name(tz) if tz else None,
        preset=preset if preset in PRESETS else (None if start and end else "all"),
        start=start,
        end=end,
        q=(_first(params, "q") or "")[:200],
        place=_place(_first(params, "place")),
        undated=_first(params, "undated") != "0",
        online=_first(params, "tiles") == "online",
        area=_area(_first(params, "area")),
        where=mode(_first(params, "where")),
        **multi,
    )


def encode(view: View) -> dict[str, str | list[str]]:
    """Query parameters for ``view``, leaving out whatever is at its default."""
    out: dict[str, str | list[str]] = {}
    if view.lang != "en":
        out["lang"] = view.lang
    if view.tz:
        out["tz"] = view.tz
    if view.preset:
        if view.preset != "all":
            out["preset"] = view.preset
    elif view.start and view.end:
        out["from"] = format_instant(view.start)
        out["to"] = format_instant(view.end)
    for key in MULTI:
        values = getattr(view, key)
        if values:
            out[key] = list(values)
    if view.q:
        out["q"] = view.q
    if view.place:
        out["place"] = view.place
    if not view.undated:
        out["undated"] = "0"
    if view.online:
        out["tiles"] = "online"
    if view.area:
        out["area"] = ",".join(f"{v:.4f}" for v in view.area)
    if view.where != DEFAULT_MODE:
        out["where"] = view.where
    return out


def map_pick(
    objects: Mapping[str, Sequence[Mapping]] | None,
    hexes: Mapping[str, tuple[float, float, float, float]],
    markers_layer: str,
    hex_layer: str,
) -> tuple[str, object]:
    """What a click on the map means: ('place', key), ('area', bbox) or ('none', None).

    ``objects`` is pydeck's selection (layer id -> picked rows); a click on empty map picks
    nothing, which closes the selected place.
    """
    objects = objects or {}
    markers = objects.get(markers_layer) or []
    cells = objects.get(hex_layer) or []
    if markers and markers[0].get("key"):
        return "place", str(markers[0]["key"])
    if cells:
        bbox = hexes.get(str(cells[0].get("hex")))
        if bbox:
            return "area", tuple(bbox)
    return "none", None
