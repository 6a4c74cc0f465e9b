"""The reader's view as URL query parameters and as the page's session state, from one table.

``PARAMS`` lists every part of the view once: its URL name, its session key, and how it is read
from and written to the URL. ``decode``/``encode`` turn the URL into a ``View`` and back;
``to_session``/``from_session`` put a ``View`` into the controls' keys and read it back. Pure
functions on plain mappings (key -> list of values, as ``st.query_params.get_all`` gives), so
the round trips are tested without a browser. Defaults are left out of the URL to keep it short.
Anything malformed in a hand-edited URL is ignored, never an error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime

from ui.focus import DEFAULT_MODE, mode
from ui.i18n import language
from ui.timefmt import PRESETS, format_instant, parse_instant, zone_name


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
    live: bool = True  # the window is anchored at now and moves with time
    view: tuple[float, float, float] | None = None  # the map's latitude, longitude, zoom


DEFAULTS = View()


def _first(values: Sequence[str]) -> str | None:
    return values[0] if values else None


def _area(values: Sequence[str]) -> tuple[float, float, float, float] | None:
    try:
        south, west, north, east = (float(v) for v in (_first(values) or "").split(","))
    except ValueError:
        return None
    if -90 <= south < north <= 90 and -180 <= west < east <= 180:
        return south, west, north, east
    return None


def _place(values: Sequence[str]) -> str | None:
    try:
        lat, lon = (float(v) for v in (_first(values) or "").split(","))
    except ValueError:
        return None
    return f"{lat:.4f},{lon:.4f}"


def _map_view(values: Sequence[str]) -> tuple[float, float, float] | None:
    try:
        lat, lon, zoom = (float(v) for v in (_first(values) or "").split(","))
    except ValueError:
        return None
    if -85 <= lat <= 85 and -180 <= lon <= 180 and 0 <= zoom <= 20:
        return round(lat, 4), round(lon, 4), round(zoom, 2)
    return None


def _many(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v.strip()))


def _flag(off: str) -> Callable[[Sequence[str]], bool]:
    return lambda values: _first(values) != off


@dataclass(frozen=True)
class Param:
    """One part of the view: ``View`` field, URL name, session key, and its URL spelling."""

    field: str
    url: str
    session: str
    read: Callable[[Sequence[str]], object]  # URL values -> value (the default when malformed)
    write: Callable[[object], str | list[str]]


# The view, written once. The time window (``from``/``to``, or a preset) is the one part that
# is not a plain control: ``decode``/``encode`` handle it, the page keeps it in ``_window_utc``.
PARAMS: tuple[Param, ...] = (
    Param("lang", "lang", "ui_lang", lambda v: language(_first(v)), str),
    Param("tz", "tz", "tz", lambda v: zone_name(_first(v)) if _first(v) else None, str),
    Param("agency", "agency", "agency", _many, list),
    Param("country", "country", "country", _many, list),
    Param("langs", "langs", "langs", _many, list),
    Param("q", "q", "q", lambda v: (_first(v) or "")[:200], str),
    Param("place", "place", "place", _place, str),
    Param("undated", "undated", "undated", _flag("0"), lambda on: "1" if on else "0"),
    Param(
        "online",
        "tiles",
        "online",
        lambda v: _first(v) == "online",
        lambda on: "online" if on else "offline",
    ),  # fmt: skip
    Param("area", "area", "area", _area, lambda a: ",".join(f"{x:.4f}" for x in a)),
    Param("where", "where", "where", lambda v: mode(_first(v)), str),
    Param("live", "live", "live", _flag("0"), lambda on: "1" if on else "0"),
    Param("view", "map", "view", _map_view, lambda v: f"{v[0]:.4f},{v[1]:.4f},{v[2]:.2f}"),
)
WINDOW_KEY = "_window_utc"  # session key of a fixed window (start, end) in UTC


def decode(params: Mapping[str, Sequence[str]]) -> View:
    """The view a URL asks for; unknown or malformed values fall back to the defaults."""
    values = {p.field: p.read(params.get(p.url) or []) for p in PARAMS}
    preset = _first(params.get("preset") or [])
    start = parse_instant(_first(params.get("from") or []))
    end = parse_instant(_first(params.get("to") or []))
    if start and end and start > end:
        start, end = end, start
    if preset not in PRESETS:
        preset = None if start and end else DEFAULTS.preset
    return replace(DEFAULTS, **values, preset=preset, start=start, end=end)


def encode(view: View) -> dict[str, str | list[str]]:
    """Query parameters for ``view``, leaving out whatever is at its default."""
    out: dict[str, str | list[str]] = {}
    for p in PARAMS:
        value = getattr(view, p.field)
        if value != getattr(DEFAULTS, p.field) and value not in (None, "", ()):
            out[p.url] = p.write(value)
    if view.preset:
        if view.preset != DEFAULTS.preset:
            out["preset"] = view.preset
    elif view.start and view.end:
        out["from"] = format_instant(view.start)
        out["to"] = format_instant(view.end)
    return out


def to_session(view: View, state: MutableMapping) -> None:
    """Put ``view`` into the controls' session keys (a session's first run)."""
    for p in PARAMS:
        value = getattr(view, p.field)
        state[p.session] = list(value) if isinstance(value, tuple) and p.write is list else value
    state["preset"] = view.preset
    state[WINDOW_KEY] = (view.start, view.end) if view.preset is None else None


def from_session(state: Mapping, window: tuple[datetime, datetime] | None) -> View:
    """The view the controls show now; ``window`` is the time window in UTC."""
    values = {}
    for p in PARAMS:
        value = state.get(p.session, getattr(DEFAULTS, p.field))
        default = getattr(DEFAULTS, p.field)
        if isinstance(default, tuple):
            value = tuple(value or ())
        elif value is None and default is not None:
            value = default
        values[p.field] = value
    return replace(
        DEFAULTS,
        **values,
        preset=state.get("preset"),
        start=window[0] if window else None,
        end=window[1] if window else None,
    )


def view_fields() -> tuple[str, ...]:
    """Every field of ``View`` (the table plus the window), for checks that none is missed."""
    return tuple(f.name for f in fields(View))


def map_pick(
    objects: Mapping[str, Sequence[Mapping]] | None,
    hexes: Mapping[str, tuple[float, float, float, float]],
    clusters: Mapping[str, tuple[float, float, float, float]] | None = None,
) -> tuple[str, object]:
    """What a click on the map means: ``('place', key)``, ``('area', bbox)`` (a hexagon: narrow
    the filters to it), ``('zoom', bbox)`` (a cluster: zoom the map to it) or ``('none', None)``.

    ``objects`` is pydeck's selection: layer id (``kind@signature``, see ``ui.deck.layer_id``)
    -> picked rows.
    """
    for layer, picked in (objects or {}).items():
        if not picked:
            continue
        kind, item = layer.split("@", 1)[0], picked[0]
        if kind == "events" and item.get("key"):
            return "place", str(item["key"])
        if kind == "hexagons" and hexes.get(str(item.get("hex"))):
            return "area", tuple(hexes[str(item.get("hex"))])
        if kind == "clusters" and (clusters or {}).get(str(item.get("cluster"))):
            return "zoom", tuple(clusters[str(item.get("cluster"))])
    return "none", None
