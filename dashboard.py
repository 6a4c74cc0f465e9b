"""Wiremap's page: a map that fills the screen, the live feed beside it, filters and sharing.

Only presentation lives here: the data comes from ``ui.source`` (store, records file or sample)
and the view logic from the pure modules in ``ui``. Run it with ``make run``.

Layout: a one-line header (counts, live state, what is new), then the map with the feed beside
it (on a phone the feed comes below the map), then the timeline, the table, downloads, briefs
without a time and the form to add copy. The sidebar holds time, filters and settings.

First paint: a browser's first run (``LEAN``, ``ui.style.lean_first_run``) sends the header,
the map (land, markers, clusters) and the feed's first stories; the page itself asks for the
whole page (``ui.firstframe``) once the map's first frame (costly in software WebGL) is on
screen, so the browser draws that frame before the rest of the page. The run's first lines ask
the browser for the map's own code (``ui.preload``), which Streamlit would fetch only once a
map arrives, so the map sent ahead of the data finds it loaded. A server's first lean
run reads a SQLite store's events from its index snapshot with ``sqlite3``
(``pipeline.firstread``, ``first_events``): the store's module and SQLAlchemy load with the
rest. (A launcher that imported this page's modules while the browser loaded Streamlit's
bundle was dropped: on a quiet machine it made the title 1.6 s later and the map 0.5 s
later, ``benchmarks/RESULTS.md``.)

Size: one engine at every size (``ui.engine``): the events' columns in an ``EventIndex``, built
once per data version, and full records read only for what is shown.

State: every control has a ``key``; the first run of a session reads the URL's query parameters
into those keys (``ui.state.decode`` and ``to_session``), and every run writes them back
(``from_session`` and ``encode``), so a copied address reopens the same view.

Live: the window is anchored at now (``ui.timefmt.preset_window``) and a fragment reruns the page
when new copy is stored or a minute has passed. Events first seen after the reader's last look
are counted in the header, ringed on the map and marked in the feed.

Map: markers in pixels, clustered while zoomed out (``ui.clusters``), hexagons above 20,000
events. pydeck does not report the reader's own pan and zoom back to Python: the view the page
sets (zoom buttons, fit all, a feed item, a cluster) is what the clusters and the URL follow.

Where: the map places each event where it was filed (its dateline, the default) or where it
happened (its ``focus``), see ``ui.engine.placings``; downloads keep the record as it is.
"""

from __future__ import annotations

import streamlit as st

# Paint the frame first, then import the rest: pandas, pydeck, babel and the store take a second
# or more on a cold process, and the reader should see the page arrive meanwhile. The icon is
# set at the end of the run (``PAGE_ICON``): Streamlit checks an emoji against its whole emoji
# table, an import of 60 ms that need not come before the map.
st.set_page_config(page_title="Wiremap", layout="wide", initial_sidebar_state="collapsed")
from ui.style import is_phone, lean_first_run, map_height, page_css  # noqa: E402


def _user_agent() -> str:
    return (getattr(st.context, "headers", None) or {}).get("User-Agent", "")


def narrow_screen() -> bool:
    """A phone (``ui.style.is_phone``): the map and the feed stack."""
    return is_phone(_user_agent())


def show_map(deck) -> None:
    """The events' map in its slot: one place for its key and options, so the empty deck sent
    ahead of the data and the events' deck are one chart to Streamlit (the same key and
    options): the browser keeps it, and its WebGL context, when the events' deck comes."""
    MAP_SLOT.pydeck_chart(
        deck,
        on_select="rerun",
        selection_mode="single-object",
        key="map",
        height=map_height(narrow_screen()),
        width="stretch",
    )


_theme = getattr(getattr(st.context, "theme", None), "type", None) or "light"
st.html(f"<style>{page_css(_theme)}</style>")
# The page's frame: main() fills these. On a browser's first run an empty deck (the sea, no
# layer) goes out at once, so the browser loads its map code while the server reads the
# events; the events' map then takes its place (``ui.deck.empty_deck`` says why it is empty).
HEAD = st.container(key="head")
TITLE, TIME_COLUMN, NEWS = HEAD.columns([9, 9, 4], vertical_alignment="center")
# Live and the presets in one row that wraps only when it must: on a phone too, where columns
# would stack them.
TIME_BAR = TIME_COLUMN.container(horizontal=True, vertical_alignment="center", key="time_bar")
TITLE = TITLE.empty()  # the title now; the title with the counts once the events are read
TITLE.markdown("<span class='wm-title'>Wiremap</span>", unsafe_allow_html=True)
MAP_COLUMN, FEED_COLUMN = st.columns([7, 3], gap="small")
with MAP_COLUMN:
    MAP_NOTE, MAP_SLOT = st.empty(), st.empty()
FIRST_RUN = not st.session_state.get("_init")
# A browser's first run sends the header, the map and the feed only; the rest (the sidebar's
# controls, everything under the map) follows on the rerun the page asks for once the map's
# first frame is drawn (``ask_for_the_rest``).
LEAN = lean_first_run(FIRST_RUN, _user_agent())
AHEAD = LEAN and not st.session_state.get("_map_ahead")
if AHEAD:
    # The map ahead of its data (``ui.deck.empty_deck``), in a run of its own: the same chart
    # as the events' map (key, selection), which cannot be twice in one run. The browser then
    # keeps it when the events' map comes: one WebGL context, not two (an empty deck of its
    # own made a second context whenever it mounted before the events' map; in the probe, at
    # load 3-6, 3 of 4 such cold starts took 2.2-3.4 s from the map's first draw to its frame
    # on screen, about 1 s with one context). The run then goes on with the page's imports and
    # reads the events (cached for every run), while the server sends the empty map, and reruns
    # at the end of the script (``AHEAD`` there): a rerun drops what is not yet sent, so it
    # used to wait 50 ms for nothing but that.
    from ui.preload import KEY as _PRELOAD_KEY
    from ui.preload import preload_html as _preload_html

    # The map's browser code asked for now, while the server imports and reads (``ui.preload``).
    if (_preload := _preload_html()) is not None:
        st.container(key=_PRELOAD_KEY).html(_preload, unsafe_allow_javascript=True)
    from ui.deck import empty_deck as _empty_deck

    st.session_state["_map_ahead"] = True
    show_map(_empty_deck())

import hashlib  # noqa: E402
import html  # noqa: E402
import io  # noqa: E402
from dataclasses import replace  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from babel import Locale  # noqa: E402

from parsing.settings import get_settings  # noqa: E402
from ui import add as adding  # noqa: E402
from ui.ages import AGE_BUCKETS, UNKNOWN_AGE  # noqa: E402
from ui.clusters import cluster_places  # noqa: E402
from ui.deck import (  # noqa: E402
    AGGREGATE_ABOVE,
    LINE_COLORS,
    MAP_HEIGHT,
    MAX_ZOOM,
    build_deck,
    home_view,
    view_for,
)
from ui.engine import PLACE_COLUMNS, Engine, Filters  # noqa: E402
from ui.feed import stories  # noqa: E402
from ui.focus import DEFAULT_MODE, MODES, places_named  # noqa: E402
from ui.hexes import hex_size_for  # noqa: E402
from ui.i18n import LANGUAGES, reason_text, t, tn  # noqa: E402
from ui.safe import plain_markdown, safe_url  # noqa: E402
from ui.source import open_source  # noqa: E402
from ui.state import decode, encode, from_session, map_pick, to_session  # noqa: E402
from ui.tiles import tiles_reachable  # noqa: E402
from ui.timefmt import (  # noqa: E402
    PRESETS,
    brief_time,
    ceil_to,
    floor_to,
    from_local_naive,
    live_every,
    preset_window,
    slider_format,
    step_for,
    timezone_names,
    to_local_naive,
    zone,
    zone_name,
)

PAGE_ICON = "🗺️"
MAX_BRIEFS_IN_PANE = 100
FEED_ITEMS = 25  # stories listed in the feed (each is a few elements: the rerun's main cost)
FEED_FIRST = 8  # in a lean first run: more than a screenful beside the map (4-5 stories)
PLAY_EVERY = timedelta(seconds=2)
# Live: the window moves on at least every LIVE_STEP (a setting, so a test need not wait a
# minute); the store's version is polled every REFRESH_EVERY.
LIVE_STEP, LIVE_STEP_ERROR = live_every(get_settings().live_every)
REFRESH_EVERY = min(timedelta(seconds=10), LIVE_STEP)
FLY_ZOOM = 5.0  # the zoom a feed item flies the map to (unless the map is closer already)


# --- Data ------------------------------------------------------------------------------------


@st.cache_resource(show_spinner="Opening the events…")
def get_source():
    """One source per server process (see ``ui.source`` for how it is chosen)."""
    return open_source()


@st.cache_resource(show_spinner="Indexing the events…", max_entries=2)
def engine_for(version: str) -> Engine:
    """The source's events as one ``Engine``, built once per data version, shared by sessions."""
    return Engine.of(get_source().provider())


@st.cache_resource(show_spinner=False, max_entries=8)
def engine_with(version: str, added: str, _records: tuple[dict, ...]) -> Engine:
    """The source's events plus copy added in a session (when no store keeps it, or the store
    failed to take it), laid over the source's engine (``ui.overlay``): the store is not read."""
    from ui.overlay import overlay

    return overlay(engine_for(version), _records)


def first_events() -> Engine | None:
    """A lean run's events read without opening the store (``pipeline.firstread``: its index
    snapshot and ``sqlite3``; importing the store, SQLAlchemy above all, cost 0.3-0.6 s before
    the map could go out), for the first session of a server process only: once the store is
    open its own read costs nothing more. None where that read does not apply (a records file,
    a search in the link, no current snapshot): the store is opened as always. Kept in the
    session for its lean runs (the map ahead, then the lean run); the full run drops it."""
    ss = st.session_state
    if "_first" in ss:
        return ss["_first"]
    engine = None
    settings = get_settings()
    if not settings.records and not st.query_params.get("q"):
        from pipeline import firstread

        try:
            first = None if firstread.store_loaded() else firstread.first_read(settings.db)
        except Exception:  # a cache that cannot be read: the store is opened as always
            first = None
        if first is not None:
            engine = Engine(first.snapshot.index, first, first.snapshot.seq)
            ss["_version"] = first.version
    ss["_first"] = engine
    return engine


def load_events() -> tuple[Engine, str | None]:
    """The events plus this session's added copy (when no store keeps it), or an error text."""
    if LEAN and (first := first_events()) is not None:
        return first, None
    st.session_state.pop("_first", None)
    try:
        version = get_source().version()
        engine = engine_for(version)
    except Exception as err:  # a broken source must not take the page down
        from pipeline.query import MemoryRecords

        return Engine.of(MemoryRecords([])), f"{type(err).__name__}: {err}"
    st.session_state["_version"] = version
    extra = tuple(st.session_state.get("_added") or ())
    if extra:
        ids = hashlib.sha1("\n".join(str(r.get("id")) for r in extra).encode()).hexdigest()
        engine = engine_with(version, ids, extra)
    return engine, None


# --- State from and to the URL --------------------------------------------------------------


def init_from_url() -> None:
    """On a session's first run, put the URL's view into the controls' keys."""
    ss = st.session_state
    if ss.get("_init"):
        return
    ss["_init"] = True
    view = decode({k: st.query_params.get_all(k) for k in st.query_params})
    to_session(view, ss)
    ss["_tz_default"] = zone_name(getattr(st.context, "timezone", None))
    ss["tz"] = view.tz or ss["_tz_default"]
    ss["_last_look"] = datetime.now(UTC)


def write_url(window: tuple[datetime, datetime] | None) -> None:
    """Mirror the view into the URL (only when it changed, so history stays clean)."""
    ss = st.session_state
    view = from_session(ss, None if ss.get("preset") else window)
    if view.tz == ss.get("_tz_default"):
        view = replace(view, tz=None)
    wanted = encode(view)
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


# --- Time window -----------------------------------------------------------------------------


def window_control(bounds, lang: str, tz, now: datetime) -> tuple[datetime, datetime] | None:
    """Live, presets, the range slider, step and play; returns the window as UTC instants."""
    ss = st.session_state
    sidebar = st.sidebar if not LEAN else _Skip()
    sidebar.subheader(t(lang, "time"))
    TIME_BAR.toggle(t(lang, "live"), key="live", help=t(lang, "live_help"), on_change=_go_live)
    if bounds is None:
        sidebar.info(t(lang, "no_times"))
        return None
    live = ss.get("live", True)
    top = max(bounds[1], now) if live else bounds[1]
    step, _ = step_for(top - bounds[0])
    low, high = floor_to(bounds[0], step), ceil_to(top, step)
    if high == low:
        high = low + step
    ss["_bounds"] = (low, high)
    ss["_step"] = step

    def clamp(window):
        start, end = window
        start = min(max(start or low, low), high)
        end = min(max(end or high, start), high)
        return start, end

    # Where the window comes from this run: a preset ends now (live) or at the newest copy; a
    # moved slider or a shared from/to stays put; play and step move it.
    if ss.get("preset"):
        window = preset_window(ss["preset"], bounds, now if live else None)
    elif ss.get("_window_utc"):
        window = clamp(ss["_window_utc"])
    else:
        window = (low, high)
    if ss.pop("_advance", False):
        window = advance(window, (low, high))
        ss["preset"] = None
    window = clamp(window)
    ss["_window_utc"] = window
    ss["window"] = tuple(to_local_naive(w, tz) for w in window)

    TIME_BAR.pills(
        t(lang, "presets"),
        list(PRESETS),
        label_visibility="collapsed",
        format_func=lambda p: t(lang, "preset_all") if p == "all" else p,
        key="preset",
        on_change=_preset_changed,
    )
    sidebar.slider(
        t(lang, "window", tz=ss["tz"]),
        min_value=to_local_naive(low, tz),
        max_value=to_local_naive(high, tz),
        step=step,
        format=slider_format(low, high, tz, now),
        key="window",
        on_change=_slider_moved,
        args=(tz,),
    )
    sidebar.button(t(lang, "step"), key="step", on_click=_step, help=t(lang, "play_help"))
    sidebar.toggle(t(lang, "play"), key="play", help=t(lang, "play_help"))
    if ss.get("play"):
        _player()
    return window


class _Skip:
    """Stands for the sidebar in a lean first run: its widgets come on the rerun after."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: None


def ask_for_the_rest() -> None:
    """End a lean first run with the page's signal (``ui.firstframe``): a hidden script that
    reruns the page once its map's first frame is drawn. Last in the run, so its own script
    loads after the map's, not before the title."""
    from ui import firstframe

    st.components.v2.component(firstframe.COMPONENT, js=firstframe.FIRST_FRAME_JS)(
        key=firstframe.KEY,
        data=firstframe.signal_data(),
        on_drawn_change=lambda: None,  # the rerun is what is asked for
    )


def advance(window: tuple[datetime, datetime], bounds: tuple[datetime, datetime]):
    """The next window of the same length; past the newest copy it starts again at the oldest."""
    start, end = window
    length = max(end - start, st.session_state.get("_step", timedelta(hours=1)))
    if end >= bounds[1]:
        return bounds[0], min(bounds[0] + length, bounds[1])
    new_end = min(end + length, bounds[1])
    return new_end - length, new_end


def _go_live() -> None:
    ss = st.session_state
    if ss.get("live") and not ss.get("preset"):
        ss["preset"] = "24h"
    ss["play"] = False


def _preset_changed() -> None:
    st.session_state["_window_utc"] = None


def _slider_moved(tz) -> None:
    ss = st.session_state
    ss["preset"], ss["live"] = None, False
    ss["_window_utc"] = tuple(from_local_naive(w, tz) for w in ss["window"])


def _step() -> None:
    st.session_state["_advance"] = True
    st.session_state["live"] = False


@st.fragment(run_every=PLAY_EVERY)
def _player() -> None:
    """While Play is on: move the window every tick (the whole page redraws)."""
    if st.session_state.get("play"):
        if st.session_state.pop("_played_once", False):
            _step()
            st.rerun()
        st.session_state["_played_once"] = True


@st.fragment(run_every=REFRESH_EVERY)
def _refresher() -> None:
    """Redraw the page when new copy is stored, and (live) when the window has moved on."""
    ss = st.session_state
    try:
        version = get_source().version()
    except Exception:
        return
    moved = ss.get("live", True) and datetime.now(UTC) - ss.get("_drawn", datetime.now(UTC)) >= (
        LIVE_STEP
    )
    if version != ss.get("_version") or moved:
        st.rerun()


# --- Filters ---------------------------------------------------------------------------------


def country_label(code: str, lang: str) -> str:
    try:
        name = Locale.parse(lang).territories.get(code)
    except (ValueError, TypeError):
        name = None
    return f"{code} · {name}" if name else code


def filter_controls(events: Engine, base: Filters, where: str, lang: str) -> None:
    """Agency, country and language pickers with counts, and the search box."""
    st.sidebar.subheader(t(lang, "filters"))
    st.sidebar.text_input(t(lang, "search"), key="q", help=t(lang, "search_help"))
    labels = {
        "agency": ("agencies", t(lang, "agency"), str),
        "country": ("countries", t(lang, "country"), lambda c: country_label(c, lang)),
        "langs": ("langs", t(lang, "lang_filter"), str),
    }
    for key, (facet, label, name) in labels.items():
        counts = events.facet_counts(base, facet, where)
        chosen = [v for v in st.session_state.get(key) or [] if v in counts]
        st.session_state[key] = chosen
        st.sidebar.multiselect(
            label,
            list(counts),
            key=key,
            placeholder=t(lang, "choose"),
            format_func=lambda v, c=counts, n=name: f"{n(v)} ({c.get(v, 0)})",
        )
    st.sidebar.button(t(lang, "clear"), key="clear", on_click=_clear_filters)


def _clear_filters() -> None:
    ss = st.session_state
    ss["agency"], ss["country"], ss["langs"], ss["q"] = [], [], [], ""
    ss["area"] = None
    ss["place"] = None


def current_filters(window, include_undated: bool) -> Filters:
    ss = st.session_state
    return Filters(
        start=window[0] if window else None,
        end=window[1] if window else None,
        agencies=tuple(ss.get("agency") or ()),
        countries=tuple(ss.get("country") or ()),
        langs=tuple(ss.get("langs") or ()),
        query=ss.get("q") or "",
        include_undated=include_undated,
        area=ss.get("area"),
        show_hidden=bool(ss.get("show_hidden")),
        hide=frozenset(ss.get("_hidden_ids") or ()),
    )


# --- Map and selection -----------------------------------------------------------------------


def handle_picks() -> None:
    """Apply a click on the map or a row picked in the table, once per new pick.

    Read at the start of a run from the widgets' state (not in a callback), so a pick is seen
    however it arrived, and compared with the last one handled: a selection the chart keeps
    after its data changed is not a new click. An empty pick (the chart dropping a selection
    it no longer holds, or a second click on the same marker) changes nothing: the panel's ✕
    closes a place.
    """
    ss = st.session_state
    drawn = set(ss.get("_layer_ids") or ())
    objects = {
        layer: picked
        for layer, picked in (_selection(ss.get("map")).get("objects") or {}).items()
        if layer in drawn  # a layer of the map as last drawn, not a selection kept from before
    }
    if objects and objects != ss.get("_map_seen"):
        ss["_map_seen"] = objects
        kind, value = map_pick(objects, ss.get("_hexes") or {}, ss.get("_clusters") or {})
        if kind == "area":
            ss["area"], ss["place"] = value, None
            set_view(view_for(value))
        elif kind == "zoom":
            current = (ss.get("view") or ss.get("_home_view") or (0, 0, 0))[2]
            target = view_for(value)
            set_view({**target, "zoom": max(target["zoom"], current + 1.5)})
        elif kind == "place":
            ss["place"] = value
    rows = _selection(ss.get("table")).get("rows") or []
    if rows and rows != ss.get("_table_seen"):
        ss["_table_seen"] = rows
        keys = ss.get("_table_keys") or []
        if rows[0] < len(keys) and keys[rows[0]]:
            ss["place"] = keys[rows[0]]


def _selection(state) -> dict:
    """The ``selection`` part of a chart's or table's widget state, as a plain dict."""
    if not state:
        return {}
    selection = state.get("selection") if hasattr(state, "get") else None
    if selection is None:
        selection = getattr(state, "selection", None)
    return dict(selection or {})


def set_view(view: dict | None) -> None:
    """Move the map (``None``: back to every event in sight); kept in the URL as ``map=``.

    A tiny nudge makes each move differ from the last: the chart applies a new initial view
    only where it changed, so "fit all" twice must still count as a move.
    """
    ss = st.session_state
    if view is None:
        ss["view"] = None
        ss["_fit"] = ss.get("_fit", 0) + 1
        return
    view = {**view, "zoom": min(max(float(view["zoom"]), 0.0), MAX_ZOOM)}
    ss["view"] = (round(view["latitude"], 4), round(view["longitude"], 4), round(view["zoom"], 2))


def _zoom(by: float) -> None:
    ss = st.session_state
    lat, lon, zoom = ss.get("view") or ss.get("_home_view") or (25.0, 10.0, 0.8)
    set_view({"latitude": lat, "longitude": lon, "zoom": zoom + by})


def _fit_all() -> None:
    set_view(None)


def fly_to(key: str, lat: float, lon: float) -> None:
    """A feed item: select its place and bring the map there."""
    ss = st.session_state
    ss["place"] = key
    zoom = (ss.get("view") or ss.get("_home_view") or (0, 0, 0))[2]
    set_view({"latitude": lat, "longitude": lon, "zoom": max(zoom, FLY_ZOOM)})


def legend(lang: str, lines: bool = False, live: bool = False) -> None:
    """Marker colours by age, what the size means, and the focus line when one is drawn.

    Our own words and colours only (escaped), never news text.
    """
    items = [(t(lang, key), color) for _, key, color in AGE_BUCKETS]
    items.append((t(lang, UNKNOWN_AGE[0]), UNKNOWN_AGE[1]))
    swatches = " ".join(
        f"<span style='white-space:nowrap;margin-right:.7em'>"
        f"<span style='display:inline-block;width:.8em;height:.8em;border-radius:50%;"
        f"background:rgba({r},{g},{b},{a / 255:.2f});margin-right:.3em'></span>"
        f"{html.escape(label)}</span>"
        for label, (r, g, b, a) in items
    )
    line = ""
    if lines:
        r, g, b, a = LINE_COLORS.get(theme_type(), LINE_COLORS["light"])
        line = (
            f" <span style='display:inline-block;width:1.6em;height:0;vertical-align:middle;"
            f"border-top:2px solid rgba({r},{g},{b},{a / 255:.2f});margin:0 .3em'></span>"
            f"{html.escape(t(lang, 'legend_line'))}"
        )
    st.markdown(
        f"<div class='wm-legend'>{html.escape(t(lang, 'legend_live' if live else 'legend'))}: "
        f"{swatches}<br>{html.escape(t(lang, 'legend_size'))}{line}</div>",
        unsafe_allow_html=True,
    )


def theme_type() -> str:
    theme = getattr(st.context, "theme", None)
    kind = getattr(theme, "type", None) if theme is not None else None
    return kind if kind in ("light", "dark") else "light"


def draw_map(
    shown, events: Engine, fresh: np.ndarray, reference, live: bool, lang: str
) -> pd.DataFrame:
    """The deck (markers and clusters, or hexagons) and its tools; returns the places drawn."""
    ss = st.session_state
    area = ss.get("area")
    home = home_view(*shown.home_points(), width_px=330 if narrow_screen() else 620)
    if "_home_view" not in ss or ss.get("_home_fit") != ss.get("_fit", 0):
        ss["_home_view"] = (home["latitude"], home["longitude"], home["zoom"])
        ss["_home_fit"] = ss.get("_fit", 0)
    lat, lon, zoom = ss.get("view") or ss["_home_view"]
    view = {"latitude": lat, "longitude": lon, "zoom": zoom}
    online = ss.get("online", False)
    if online and not tiles_reachable():
        MAP_NOTE.warning(t(lang, "tiles_offline"))
        online = False
    lines = None
    if shown.n_located > AGGREGATE_ABOVE:
        cells = shown.hexbins(hex_size_for(area))
        ss["_hexes"] = dict(zip(cells["hex"], cells["bbox"], strict=True))
        MAP_NOTE.info(t(lang, "aggregated", n=f"{shown.n_located:,}"))
        deck = build_deck(
            hexagons=cells,
            hex_label=t(lang, "hex_tooltip", count="{count}"),
            theme=theme_type(),
            view=view,
            online=online,
        )
        rows = pd.DataFrame(columns=PLACE_COLUMNS)
    else:
        rows = shown.places(reference, headlines=False)  # a cluster shows no headline
        lines = shown.lines()
        selected = ss.get("place")
        keep = rows[rows["key"] == selected] if selected else rows.iloc[0:0]
        markers, clusters = cluster_places(
            rows[rows["key"] != selected] if selected else rows,
            zoom,
            label=t(lang, "cluster_tooltip"),
        )
        markers, keep = shown.with_headlines(markers), shown.with_headlines(keep)
        ss["_clusters"] = dict(zip(clusters["cluster"], clusters["bbox"], strict=True))
        fresh_keys = set(shown.placing.keys[k] for k in shown.placing.key[fresh] if k >= 0)
        deck = build_deck(
            pd.concat([markers, keep]) if len(keep) else markers,
            clusters=clusters,
            theme=theme_type(),
            selected_key=selected,
            fresh_keys=fresh_keys,
            view=view,
            online=online,
            lines=lines,
            extras=not LEAN,  # names, counts and lines with the rest: see ``build_deck``
        )
        if shown.n == 0:
            MAP_NOTE.info(t(lang, "nothing_matches"))
    ss["_layer_ids"] = [layer.id for layer in deck.layers]
    show_map(deck)
    # One row of buttons, on a phone too (columns would stack them), then the legend.
    tools = st.container(horizontal=True, vertical_alignment="center", gap="small")
    tools.button(
        "", icon=":material/add:", key="zoom_in", on_click=_zoom, args=(1.0,),
        help=t(lang, "zoom_in"),
    )  # fmt: skip
    tools.button(
        "", icon=":material/remove:", key="zoom_out", on_click=_zoom, args=(-1.0,),
        help=t(lang, "zoom_out"),
    )  # fmt: skip
    tools.button(t(lang, "fit_all"), key="fit_all", on_click=_fit_all)
    if area:
        tools.button(t(lang, "area_clear"), key="area_clear", on_click=_clear_area)
    legend(lang, lines=lines is not None and len(lines) > 0, live=live)
    return rows


def _clear_area() -> None:
    st.session_state["area"] = None
    set_view(None)


# --- Briefs: the feed and the selected place -------------------------------------------------


def show_brief(brief: dict, lang: str, tz, now: datetime, new: bool = False) -> None:
    """One brief (``ui.briefs.brief_view``), as plain text: news copy is never rendered as HTML
    or Markdown."""
    badge = f"{t(lang, 'new_badge')} · " if new else ""
    st.markdown("**" + plain_markdown(brief["headline"]) + "**")
    stamp = brief_time(brief["published"], tz, lang, now) or t(lang, "time_unknown")
    agencies = ", ".join(brief["agencies"]) or t(lang, "no_agency")
    dateline = brief["dateline"] or t(lang, "no_dateline")
    st.caption(badge + plain_markdown(f"{stamp} · {dateline} · {agencies}"))
    st.markdown(plain_markdown(brief["text"]))
    reason = reason_text(lang, brief["location_reason"] or "?")
    where = brief["place_name"] or ""
    note = t(lang, "located" if brief["located"] else "not_located", reason=reason)
    st.caption(plain_markdown(f"{where} — {note}" if brief["located"] and where else note))
    focus_notes(brief, lang)
    source = brief["source"]
    url = safe_url(source)
    if url:
        st.markdown(f"{t(lang, 'source')}: [{plain_markdown(url)}](<{url}>)")
    elif source:
        st.caption(plain_markdown(f"{t(lang, 'source')}: {source}"))


def focus_notes(row: dict, lang: str) -> None:
    """The places the brief names, and where it happened when that is not its dateline.

    Both come from the news text (untrusted), so they are shown escaped, as plain text.
    """
    if bool(row.get("focus_moved")):
        reason = row["focus_reason"] or "?"
        st.caption(plain_markdown(t(lang, "happened_at", place=row["focus_name"], reason=reason)))
    named = places_named(row.get("mentions"))
    if not named:
        st.caption(plain_markdown(t(lang, "no_places_named")))
        return
    labels = []
    for written, code, kind in named:
        extra = country_label(code, lang) if code else ""
        if not extra and kind in ("sea", "area"):
            extra = t(lang, f"kind_{kind}")
        labels.append(f"{written} ({extra})" if extra else written)
    st.caption(plain_markdown(t(lang, "places_named", places="; ".join(labels))))


def place_panel(shown, events: Engine, rows, new_ids, lang, tz, now) -> None:
    """The selected place's briefs, newest first, a story's briefs together, with actions."""
    ss = st.session_state
    key = ss["place"]
    briefs, total = shown.briefs_at(key, MAX_BRIEFS_IN_PANE)
    named = rows.loc[rows["key"] == key, "place"]
    place = (named.iloc[0] if len(named) else "") or (briefs[0]["place_name"] if briefs else key)
    head, close = st.columns([6, 1], vertical_alignment="center")
    head.subheader(plain_markdown(tn(lang, "place_briefs", total, place=place)))
    close.button("✕", key="close", on_click=_unselect, help=t(lang, "unselect"))
    if not briefs:
        st.info(t(lang, "place_outside"))
        return
    for story in stories(briefs):
        with st.container(border=True):
            for i, brief in enumerate(story):
                if i:
                    st.divider()
                show_brief(brief, lang, tz, now, new=brief["id"] in new_ids)
                actions(brief, events, lang)


def feed(shown, lang: str, tz, now: datetime, new_ids: set[str], items: int = FEED_ITEMS) -> None:
    """The briefs in the window, newest first, a story's briefs together; a click flies there.

    ``items`` stories at most (a lean first run sends the first screenful, ``FEED_FIRST``)."""
    briefs, total = shown.table(None, limit=items * 2)
    st.markdown(f"**{tn(lang, 'feed_title', total)}**")
    if not briefs:
        st.info(t(lang, "feed_empty"))
        st.button(t(lang, "clear"), key="feed_clear", on_click=_clear_filters)
        return
    for story in stories(briefs)[:items]:
        lead = story[0]
        with st.container(border=True):
            fresh = any(b["id"] in new_ids for b in story)
            stamp = brief_time(lead["published"], tz, lang, now) or t(lang, "time_unknown")
            badge = f"{t(lang, 'new_badge')} · " if fresh else ""
            agencies = ", ".join(sorted({a for b in story for a in b["agencies"]}))
            st.caption(badge + plain_markdown(f"{stamp} · {agencies or t(lang, 'no_agency')}"))
            st.markdown("**" + plain_markdown(lead["headline"]) + "**")
            if len(story) > 1:
                others = "; ".join(
                    f"{', '.join(b['agencies']) or '?'}: {b['headline']}" for b in story[1:]
                )
                st.caption(plain_markdown(tn(lang, "story_more", len(story) - 1) + " " + others))
            if lead["key"]:
                st.button(
                    plain_markdown(lead["place_name"] or lead["key"]),
                    icon=":material/location_on:",
                    key=f"fly-{lead['id']}",
                    on_click=fly_to,
                    args=(lead["key"], lead["map_lat"], lead["map_lon"]),
                    help=t(lang, "fly_help"),
                )


def _unselect() -> None:
    st.session_state["place"] = None


# --- Acting on events ------------------------------------------------------------------------


def actions(brief: dict, events: Engine, lang: str) -> None:
    """Hide, delete, or correct the location of one event (kept as a geocoding override)."""
    persistent = getattr(get_source(), "persistent", False)
    with st.popover(t(lang, "actions"), use_container_width=False):
        hide, delete = st.columns(2)
        hide.button(t(lang, "hide"), key=f"hide-{brief['id']}", on_click=_hide, args=(brief,))
        if persistent:
            delete.button(
                t(lang, "delete"), key=f"delete-{brief['id']}", on_click=_delete, args=(brief,)
            )
        with st.form(f"fix-{brief['id']}", border=False):
            target = st.text_input(t(lang, "fix_target"), help=t(lang, "fix_help"))
            country = st.text_input(t(lang, "fix_country"), max_chars=2)
            if st.form_submit_button(t(lang, "fix_button")):
                record = events.provider.records([brief["id"]])
                _correct(record[0] if record else {}, target, country)
                st.rerun()


def _hide(brief: dict) -> None:
    ss = st.session_state
    source = get_source()
    if getattr(source, "persistent", False):
        source.store.hide([brief["id"]])
    else:
        ss["_hidden_ids"] = [*(ss.get("_hidden_ids") or []), brief["id"]]
    ss["_notice"] = ("success", "hidden", {"headline": brief["headline"]})


def _delete(brief: dict) -> None:
    get_source().store.delete([brief["id"]])
    st.session_state["place"] = None
    st.session_state["_notice"] = ("success", "deleted", {"headline": brief["headline"]})


def _correct(record: dict, target: str, country: str) -> None:
    """Record the correction as an override (later copy) and move the stored events now."""
    from pipeline.actions import CorrectionError, correct_location

    source = get_source()
    store = source.store if getattr(source, "persistent", False) else None
    try:
        done = correct_location(record, target, country=country.upper() or None, store=store)
    except CorrectionError as err:
        st.session_state["_notice"] = ("error", "fix_failed", {"error": str(err)})
        return
    where = f"{done.location['location_name']} ({done.location['lat']}, {done.location['lon']})"
    notice = "fixed" if store is not None else "fixed_later"
    st.session_state["_notice"] = ("success", notice, {"place": done.place, "where": where,
                                                       "n": done.moved})  # fmt: skip
    if store is not None:
        st.session_state["place"] = None


# --- Timeline, table, downloads, undated, add ----------------------------------------------


def timeline_chart(events: Engine, unwindowed: Filters, where: str, window, lang: str) -> None:
    bounds = st.session_state.get("_bounds")
    step = st.session_state.get("_step")
    if not bounds or not step:
        return
    _, unit = step_for(bounds[1] - bounds[0])
    data = events.timeline(unwindowed, where, bounds, step, window)
    tz = st.session_state["tz"]
    data["time"] = data["time"].dt.tz_convert(zone(tz)).dt.tz_localize(None)
    data["where"] = [t(lang, "in_window" if w else "outside") for w in data["in_window"]]
    data["time"] = data["time"].dt.strftime("%Y-%m-%dT%H:%M:%S")
    inside, outside = t(lang, "in_window"), t(lang, "outside")
    spec = {
        "height": 110,
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {
                "field": "time",
                "type": "temporal",
                "title": None,
                "axis": {"format": "%d %b %H:%M", "labelOverlap": True},
            },
            "y": {
                "field": "events",
                "type": "quantitative",
                "title": t(lang, "timeline", unit=t(lang, unit)),
                "axis": {"format": "d", "tickMinStep": 1},
                "scale": {"domainMin": 0, "nice": True},
            },
            "color": {
                "field": "where",
                "type": "nominal",
                "scale": {"domain": [inside, outside], "range": ["#d62728", "#c7c7c7"]},
                "legend": {"orient": "top", "title": None},
            },
        },
    }
    # A plain Vega-Lite spec: same chart as Altair would build, without importing Altair.
    st.vega_lite_chart(data[["time", "events", "where"]], spec, width="stretch")


def events_table(shown, rows: pd.DataFrame, lang: str, tz) -> None:
    key = st.session_state.get("place")
    if key:
        named = rows.loc[rows["key"] == key, "place"]
        place = named.iloc[0] if len(named) else key
        st.subheader(plain_markdown(t(lang, "table_place", place=place)))
        table, total = shown.table(key)
    else:
        st.subheader(t(lang, "table"))
        table, total = shown.table(None)
    if total > len(table):
        st.caption(t(lang, "table_newest", n=f"{len(table):,}", total=f"{total:,}"))
    st.session_state["_table_keys"] = [b["key"] for b in table]
    times = pd.to_datetime(pd.Series([b["published"] for b in table], dtype=object), utc=True)
    dash = "—"
    view = pd.DataFrame(
        {
            t(lang, "col_time"): times.dt.tz_convert(tz).dt.tz_localize(None),
            t(lang, "col_place"): [b["place_name"] or dash for b in table],
            t(lang, "col_dateline"): [b["dateline"] or dash for b in table],
            t(lang, "col_headline"): [b["headline"] for b in table],
            t(lang, "col_country"): [b["map_country"] or dash for b in table],
            t(lang, "col_agencies"): [", ".join(b["agencies"]) or dash for b in table],
            t(lang, "col_lang"): [b["lang"] or dash for b in table],
        }
    )
    st.dataframe(
        view,
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * max(len(view), 1), 400),
        key="table",
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            t(lang, "col_time"): st.column_config.DatetimeColumn(format="D MMM YYYY HH:mm"),
        },
    )


def downloads(shown, lang: str) -> None:
    from pipeline.formats import write_csv, write_geojson

    def render(writer) -> str:
        out = io.StringIO()
        writer(shown.records(), out)
        return out.getvalue()

    left, right = st.columns(2)
    left.download_button(
        t(lang, "download_csv"),
        data=lambda: render(write_csv),
        file_name="wiremap-events.csv",
        mime="text/csv",
        key="dl_csv",
        on_click="ignore",
    )
    right.download_button(
        t(lang, "download_geojson"),
        data=lambda: render(write_geojson),
        file_name="wiremap-events.geojson",
        mime="application/geo+json",
        key="dl_geojson",
        on_click="ignore",
    )


def undated_section(shown, lang: str, tz, now: datetime) -> None:
    if not st.session_state.get("undated", True) or not shown.n_loose:
        return
    st.subheader(t(lang, "undated_title", n=shown.n_loose))
    for brief in shown.loose(MAX_BRIEFS_IN_PANE):
        with st.container(border=True):
            show_brief(brief, lang, tz, now)


def add_copy(lang: str, tz) -> None:
    """Paste text or upload files, with their capture time; new events show at once."""
    ss = st.session_state
    if ss.pop("_add_done", False):  # the copy is kept: an empty box for the next
        ss["add_text"] = ""
        ss.pop("add_files", None)
    if ss.get("_add_messages"):  # news for the reader (added, or why not) must not hide
        ss["add_open"] = True
    with st.expander(t(lang, "add"), key="add_open", on_change="rerun"):
        # Cleared only once the copy is kept: text the store failed to take stays in the box.
        with st.form("add_form", clear_on_submit=False):
            text = st.text_area(t(lang, "add_text"), key="add_text", height=160)
            files = st.file_uploader(
                t(lang, "add_files"),
                type=adding.UPLOAD_TYPES,
                accept_multiple_files=True,
                key="add_files",
            )
            now_local = datetime.now(tz).replace(second=0, microsecond=0, tzinfo=None)
            captured = st.datetime_input(
                t(lang, "captured", tz=ss["tz"]),
                value=now_local,
                key="add_captured",
                help=t(lang, "captured_help"),
                step=timedelta(minutes=1),
            )
            keep_loose = st.checkbox(t(lang, "keep_unplaced"), key="add_keep_unplaced")
            submitted = st.form_submit_button(t(lang, "add_button"))
        if submitted:
            ingest(text, files or [], from_local_naive(captured, tz), keep_loose, lang)
        for kind, message in ss.pop("_add_messages", []):
            getattr(st, kind)(plain_markdown(message))


def ingest(text: str, files: list, captured_at: datetime, keep_loose: bool, lang: str) -> None:
    """Parse the copy; keep it in the store when there is one, else for this session.

    Says what really happened: how many briefs were new, how many were already stored, and
    which were left out because they name no place at all (unless asked to keep those).
    """
    ss = st.session_state
    messages: list[tuple[str, str]] = []
    records: list[dict] = []
    if text.strip():
        records.extend(adding.records_from_text(text, captured_at))
    for upload in files:
        try:
            records.extend(adding.records_from_upload(upload.name, upload.getvalue(), captured_at))
        except Exception as err:  # one unreadable file must not lose the others
            messages.append(("error", t(lang, "add_failed", name=upload.name, error=err)))
    placed, loose = adding.split_unplaced(records)
    if loose and not keep_loose:
        messages.append(("warning", tn(lang, "add_unplaced", len(loose))))
        records = placed
    if not text.strip() and not files:
        messages.append(("warning", t(lang, "add_empty")))
    elif not records:
        if not loose:
            messages.append(("warning", t(lang, "added_none")))
    else:
        source = get_source()
        failed = None
        if source.persistent:
            result, failed = adding.store_copy(
                records, lambda new: source.add(new, source="dashboard")
            )
        if failed:
            ss["_added"] = [*(ss.get("_added") or []), *records]
            ss["_add_messages"] = [("error", t(lang, "store_failed", error=failed)), *messages]
            st.rerun()
        ss["_add_done"] = True
        if source.persistent:
            added, seen = int(result.added), int(result.seen)
        else:
            known = {r.get("id") for r in ss.get("_added") or []}
            fresh = [r for r in records if r.get("id") not in known]
            ss["_added"] = [*(ss.get("_added") or []), *fresh]
            added, seen = len(fresh), len(records) - len(fresh)
            messages.append(("caption", t(lang, "kept_session")))
        if added:
            messages.insert(0, ("success", tn(lang, "added", added)))
        if seen:
            messages.insert(0 if not added else 1, ("info", tn(lang, "already_stored", seen)))
    ss["_add_messages"] = messages
    if records:
        st.rerun()  # read the data again so the new events show at once


# --- Page ------------------------------------------------------------------------------------


def header(shown, events: Engine, new_count: int, live: bool, error, lang: str) -> None:
    """One line: what is shown, what is new, whether the window is live."""
    ss = st.session_state
    left, right = TITLE, NEWS
    parts = [tn(lang, "shown_of", shown.n, total=f"{events.total:,}")]
    parts.append(tn(lang, "undated_count", shown.n_loose))
    if live:
        parts.append(t(lang, "live_on", time=datetime.now(zone(ss["tz"])).strftime("%H:%M")))
    left.markdown(
        "<span class='wm-title'>Wiremap</span> "
        f"<span class='wm-status'>{html.escape(' · '.join(parts))}</span>",
        unsafe_allow_html=True,
    )
    with right:
        if new_count:
            st.button(
                tn(lang, "new_count", new_count),
                key="mark_seen",
                on_click=_mark_seen,
                help=t(lang, "mark_seen"),
                type="primary",
            )
    if error:
        HEAD.error(plain_markdown(t(lang, "load_failed", error=error)))
    if LIVE_STEP_ERROR:
        HEAD.warning(plain_markdown(LIVE_STEP_ERROR))
    if not events.total and not error:
        HEAD.info(t(lang, "no_data"))
    notice = ss.pop("_notice", None)
    if notice:
        kind, key, values = notice
        getattr(HEAD, kind)(plain_markdown(t(lang, key, **values)))


def _mark_seen() -> None:
    st.session_state["_last_look"] = datetime.now(UTC)


def main() -> None:
    events, error = load_events()
    init_from_url()
    handle_picks()
    ss = st.session_state
    now = datetime.now(UTC)
    ss["_drawn"] = now
    if not LEAN:
        st.sidebar.segmented_control(
            "Language · Taal",
            list(LANGUAGES),
            format_func=LANGUAGES.get,
            key="ui_lang",
            required=True,
        )
    lang = ss.get("ui_lang") or next(iter(LANGUAGES))
    tz = zone(ss["tz"])
    window = window_control(events.bounds(), lang, tz, now)
    live = bool(ss.get("live", True)) and bool(ss.get("preset"))
    undated_total = events.undated_total()
    if not LEAN:
        st.sidebar.toggle(tn(lang, "undated_toggle", undated_total), key="undated")
    include_undated = ss.get("undated", True)
    base = current_filters(window, include_undated)
    if base.words() and not events.search_ready():
        with st.spinner(t(lang, "search_loading")):
            events.load_search()
    if not LEAN:
        filter_controls(events, base, ss.get("where") or DEFAULT_MODE, lang)
        st.sidebar.segmented_control(
            t(lang, "where"),
            list(MODES),
            format_func=lambda m: t(lang, f"where_{m}"),
            key="where",
            required=True,
            help=t(lang, "where_help"),
        )
    where = ss.get("where") or DEFAULT_MODE
    filters = current_filters(window, include_undated)
    shown = events.select(filters, where)
    if not LEAN:
        with st.sidebar.expander(t(lang, "settings")):
            st.selectbox(t(lang, "timezone"), timezone_names(), key="tz")
            st.toggle(t(lang, "online_tiles"), key="online")
            st.toggle(t(lang, "auto_refresh"), key="auto_refresh", value=True)
            st.toggle(t(lang, "show_hidden"), key="show_hidden")
    if ss.get("auto_refresh", True) and not LEAN:  # it polls the store: the full run starts it
        _refresher()

    fresh = events.arrived_after(shown.mask, ss["_last_look"])
    new_ids = set(events.index.id_list(np.flatnonzero(fresh)[:5_000]))
    header(shown, events, int(fresh.sum()), live, error, lang)
    # Age colours count from now while live; from the window's end when looking back.
    reference = now if live else (window[1] if window else None)
    with MAP_COLUMN:
        rows = draw_map(shown, events, fresh, reference, live, lang)
    # Beside the map the panel scrolls on its own; under it, on a phone, the page scrolls.
    panel = "content" if narrow_screen() else MAP_HEIGHT
    with FEED_COLUMN, st.container(height=panel, border=False, key="feed"):
        if ss.get("place"):
            place_panel(shown, events, rows, new_ids, lang, tz, now)
        else:
            feed(shown, lang, tz, now, new_ids, FEED_FIRST if LEAN else FEED_ITEMS)

    if LEAN:
        write_url(window)
        ask_for_the_rest()
        return
    unwindowed = replace(filters, start=None, end=None, include_undated=False)
    timeline_chart(events, unwindowed, where, window, lang)
    events_table(shown, rows, lang, tz)
    downloads(shown, lang)
    st.caption(t(lang, "share"))
    undated_section(shown, lang, tz, now)
    add_copy(lang, tz)
    write_url(window)
    st.set_page_config(page_icon=PAGE_ICON)  # after the map: see the top of the page


if AHEAD:
    load_events()  # the store opened and its index built (cached) while the empty map went out
    st.rerun()
main()
