"""Wiremap's page: a map of the events, their briefs, a timeline, filters and sharing.

Only presentation lives here: the data comes from ``ui.source`` (store, records file or sample)
and the view logic from the pure modules in ``ui``. Run it with ``make run``.

Size: up to ``ui.events.INDEX_ABOVE`` stored events the page holds a frame of every record; a
larger store is answered by its columnar index (``pipeline.query.EventIndex``), and full records
are fetched only for what is shown (see ``ui.events``). The table then lists the newest 1,000.

State: every control has a ``key``; the first run of a session reads the URL's query parameters
into those keys (``ui.state.decode``), and every run writes them back (``ui.state.encode``), so a
copied address reopens the same view.

Map zoom: pydeck does not report the reader's zoom back to Python, so the page cannot react to
it. Above 20,000 visible events it draws hexagons with counts; clicking a hexagon narrows the
map to that cell's area (and zooms there), where markers return once 20,000 or fewer events
remain. Narrowing by time, agency, country, language or search brings the markers back too.

Where: the map places each event where it was filed (its dateline, the default) or where it
happened (its ``focus``; events without one stay at their dateline), see ``ui.frames.with_mode``.
Markers, place selection, area, country, table and hexagons follow that choice; downloads keep
the record as it is (dateline in ``lat``/``lon``, the focus in ``focus``). A thin unpickable line
joins dateline and focus where they lie more than 25 km apart (not drawn over hexagons).
"""

from __future__ import annotations

import streamlit as st

# Paint the frame first, then import the rest: pandas, pydeck, babel and the store take a second
# or more on a cold process, and the reader should see the page arrive meanwhile.
st.set_page_config(page_title="Wiremap", page_icon="🗺️", layout="wide")
st.title("Wiremap")
# The page's frame: main() fills these. On a session's first run the empty world map goes out
# at once, so the browser sets its map up while the server loads pandas and opens the store;
# the events' map then takes the same place.
HEAD = st.container()
LEFT, RIGHT = st.columns([3, 2])
with LEFT:
    MAP_NOTE, MAP_SLOT = st.empty(), st.empty()
if not st.session_state.get("_init"):
    from ui.deck import MAP_HEIGHT as _HEIGHT
    from ui.deck import build_deck as _basemap

    MAP_SLOT.pydeck_chart(_basemap(), height=_HEIGHT)

import html  # noqa: E402
import io  # noqa: E402
from dataclasses import replace  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

import pandas as pd  # noqa: E402
from babel import Locale  # noqa: E402

from ui import add as adding  # noqa: E402
from ui.deck import (  # noqa: E402
    AGGREGATE_ABOVE,
    EVENTS_LAYER,
    HEX_LAYER,
    LINE_COLORS,
    MAP_HEIGHT,
    build_deck,
    home_view,
    view_for,
)
from ui.events import FrameEvents, IndexEvents, index_above  # noqa: E402
from ui.focus import DEFAULT_MODE, MODES, places_named  # noqa: E402
from ui.frames import (  # noqa: E402
    AGE_BUCKETS,
    PLACE_COLUMNS,
    UNKNOWN_AGE,
    Filters,
    events_frame,
    hex_size_for,
)
from ui.i18n import LANGUAGES, t  # noqa: E402
from ui.safe import plain_markdown, safe_url  # noqa: E402
from ui.source import open_source  # noqa: E402
from ui.state import View, decode, encode, map_pick  # noqa: E402
from ui.timefmt import (  # noqa: E402
    PRESETS,
    brief_time,
    ceil_to,
    floor_to,
    from_local_naive,
    preset_window,
    step_for,
    timezone_names,
    to_local_naive,
    zone,
    zone_name,
)

MAX_BRIEFS_IN_PANE = 100
PLAY_EVERY = timedelta(seconds=2)
REFRESH_EVERY = timedelta(seconds=10)


# --- Data ------------------------------------------------------------------------------------


@st.cache_resource(show_spinner="Opening the events…")
def get_source():
    """One source per server process (see ``ui.source`` for how it is chosen)."""
    return open_source()


@st.cache_resource(show_spinner=False, max_entries=2)
def frame_for(version: str) -> pd.DataFrame:
    """The events as a frame, built once per data version and shared read-only by sessions."""
    return events_frame(get_source().events())


@st.cache_resource(show_spinner=False, max_entries=2)
def indexed(version: str) -> bool:
    """Is the source a store too large for a frame of every record? (see ``ui.events``)"""
    store = getattr(get_source(), "store", None)
    return store is not None and store.count() > index_above()


@st.cache_resource(show_spinner="Indexing the events…", max_entries=1)
def index_for(version: str):
    """The store's columns as an ``EventIndex``, built once per data version."""
    from pipeline.query import EventIndex

    return EventIndex.from_store(get_source().store)


@st.cache_resource(show_spinner=False, max_entries=1)
def search_texts_for(version: str):
    """Every event's folded text, read only once a reader searches a large store."""
    from pipeline.query import search_texts

    with st.spinner(t(st.session_state.get("ui_lang", "en"), "search_loading")):
        return search_texts(get_source().store, index_for(version))


def load_events() -> tuple[FrameEvents | IndexEvents, str | None]:
    """The events plus this session's added copy (when no store keeps it), or an error text."""
    try:
        source = get_source()
        version = source.version()
        if indexed(version):
            events = IndexEvents(
                index_for(version),
                source.store,
                DEFAULT_MODE,
                texts=lambda: search_texts_for(version),
            )
            st.session_state["_version"] = version
            return events, None
        df = frame_for(version)
    except Exception as err:  # a broken source must not take the page down
        return FrameEvents(events_frame([])), f"{type(err).__name__}: {err}"
    st.session_state["_version"] = version
    extra = st.session_state.get("_added") or []
    if extra:
        df = pd.concat([df, events_frame(extra)], ignore_index=True)
        df = df.drop_duplicates("id", keep="first").reset_index(drop=True)
    return FrameEvents(df), None


# --- State from and to the URL --------------------------------------------------------------


def init_from_url() -> None:
    """On a session's first run, put the URL's view into the controls' keys."""
    if st.session_state.get("_init"):
        return
    st.session_state["_init"] = True
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    view = decode(params)
    ss = st.session_state
    ss["ui_lang"] = view.lang
    ss["_tz_default"] = zone_name(getattr(st.context, "timezone", None))
    ss["tz"] = view.tz or ss["_tz_default"]
    ss["preset"] = view.preset
    ss["_window_utc"] = (view.start, view.end) if view.preset is None else None
    ss["agency"] = list(view.agency)
    ss["country"] = list(view.country)
    ss["langs"] = list(view.langs)
    ss["q"] = view.q
    ss["place"] = view.place
    ss["undated"] = view.undated
    ss["online"] = view.online
    ss["area"] = view.area
    ss["where"] = view.where


def write_url(window: tuple[datetime, datetime] | None) -> None:
    """Mirror the view into the URL (only when it changed, so history stays clean)."""
    ss = st.session_state
    view = View(
        lang=ss["ui_lang"],
        tz=None if ss["tz"] == ss.get("_tz_default") else ss["tz"],
        preset=ss.get("preset"),
        start=window[0] if window else None,
        end=window[1] if window else None,
        agency=tuple(ss.get("agency") or ()),
        country=tuple(ss.get("country") or ()),
        langs=tuple(ss.get("langs") or ()),
        q=ss.get("q") or "",
        place=ss.get("place"),
        undated=ss.get("undated", True),
        online=ss.get("online", False),
        area=ss.get("area"),
        where=ss.get("where") or DEFAULT_MODE,
    )
    wanted = encode(view)
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


# --- Time window -----------------------------------------------------------------------------


def window_control(bounds, lang: str, tz) -> tuple[datetime, datetime] | None:
    """Presets, the range slider, step and play; returns the window as UTC instants."""
    ss = st.session_state
    st.sidebar.subheader(t(lang, "time"))
    if bounds is None:
        st.sidebar.info(t(lang, "no_times"))
        return None
    step, unit = step_for(bounds[1] - bounds[0])
    low, high = floor_to(bounds[0], step), ceil_to(bounds[1], step)
    if high == low:
        high = low + step
    ss["_bounds"] = (low, high)
    ss["_step"] = step

    def clamp(window):
        start, end = window
        start = min(max(start or low, low), high)
        end = min(max(end or high, start), high)
        return start, end

    # Where the window comes from this run: a preset follows the newest copy; a moved slider
    # or a shared from/to stays put; play and step move it.
    if ss.get("preset"):
        window = preset_window(ss["preset"], (low, high))
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

    st.sidebar.pills(
        t(lang, "presets"),
        list(PRESETS),
        format_func=lambda p: t(lang, "preset_all") if p == "all" else p,
        key="preset",
        on_change=_preset_changed,
    )
    st.sidebar.slider(
        t(lang, "window", tz=ss["tz"]),
        min_value=to_local_naive(low, tz),
        max_value=to_local_naive(high, tz),
        step=step,
        format="D MMM HH:mm",
        key="window",
        on_change=_slider_moved,
        args=(tz,),
    )
    left, right = st.sidebar.columns(2)
    left.button(t(lang, "step"), key="step", on_click=_step, help=t(lang, "play_help"))
    right.toggle(t(lang, "play"), key="play", help=t(lang, "play_help"))
    if ss.get("play"):
        _player()
    return window


def advance(window: tuple[datetime, datetime], bounds: tuple[datetime, datetime]):
    """The next window of the same length; past the newest copy it starts again at the oldest."""
    start, end = window
    length = max(end - start, st.session_state.get("_step", timedelta(hours=1)))
    if end >= bounds[1]:
        return bounds[0], min(bounds[0] + length, bounds[1])
    new_end = min(end + length, bounds[1])
    return new_end - length, new_end


def _preset_changed() -> None:
    st.session_state["_window_utc"] = None


def _slider_moved(tz) -> None:
    ss = st.session_state
    ss["preset"] = None
    ss["_window_utc"] = tuple(from_local_naive(w, tz) for w in ss["window"])


def _step() -> None:
    st.session_state["_advance"] = True


@st.fragment(run_every=PLAY_EVERY)
def _player() -> None:
    """While Play is on: move the window every tick (the whole page redraws)."""
    if st.session_state.get("play"):
        if st.session_state.pop("_played_once", False):
            st.session_state["_advance"] = True
            st.rerun()
        st.session_state["_played_once"] = True


@st.fragment(run_every=REFRESH_EVERY)
def _refresher() -> None:
    """While auto-refresh is on: redraw the page when the source's data version changed."""
    try:
        version = get_source().version()
    except Exception:
        return
    if version != st.session_state.get("_version"):
        st.rerun()


# --- Filters ---------------------------------------------------------------------------------


def country_label(code: str, lang: str) -> str:
    try:
        name = Locale.parse(lang).territories.get(code)
    except (ValueError, TypeError):
        name = None
    return f"{code} · {name}" if name else code


def filter_controls(events, base: Filters, lang: str) -> None:
    """Agency, country and language pickers with counts, and the search box."""
    st.sidebar.subheader(t(lang, "filters"))
    st.sidebar.text_input(t(lang, "search"), key="q", help=t(lang, "search_help"))
    labels = {
        "agency": ("agencies", t(lang, "agency"), str),
        "country": ("countries", t(lang, "country"), lambda c: country_label(c, lang)),
        "langs": ("langs", t(lang, "lang_filter"), str),
    }
    for key, (facet, label, name) in labels.items():
        counts = events.facet_counts(base, facet)
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
    )


# --- Map and selection -----------------------------------------------------------------------


def _map_selected() -> None:
    """A click on the map: a marker selects its place, a hexagon narrows to its area."""
    ss = st.session_state
    objects = _selection(ss.get("map")).get("objects") or {}
    kind, value = map_pick(objects, ss.get("_hexes") or {}, EVENTS_LAYER, HEX_LAYER)
    if kind == "area":
        ss["area"] = value
    ss["place"] = value if kind == "place" else None


def _selection(state) -> dict:
    """The ``selection`` part of a chart's or table's widget state, as a plain dict."""
    if not state:
        return {}
    selection = state.get("selection") if hasattr(state, "get") else None
    if selection is None:
        selection = getattr(state, "selection", None)
    return dict(selection or {})


def _table_selected() -> None:
    """A row picked in the table selects that event's place on the map."""
    ss = st.session_state
    keys = ss.get("_table_keys") or []
    rows = _selection(ss.get("table")).get("rows") or []
    if rows and rows[0] < len(keys) and keys[rows[0]]:
        ss["place"] = keys[rows[0]]


def legend(lang: str, lines: bool = False) -> None:
    """Marker colours by age, what the size means, and the focus line when one is drawn.

    Our own words only, escaped, so this HTML is safe.
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
        f"<div class='wm-legend' style='font-size:.85em'>{html.escape(t(lang, 'legend'))}: "
        f"{swatches}<br>{html.escape(t(lang, 'legend_size'))}{line}</div>",
        unsafe_allow_html=True,
    )


def theme_type() -> str:
    theme = getattr(st.context, "theme", None)
    kind = getattr(theme, "type", None) if theme is not None else None
    return kind if kind in ("light", "dark") else "light"


def draw_map(shown, window, lang: str) -> pd.DataFrame:
    """The deck (markers or hexagons); returns the places drawn."""
    ss = st.session_state
    reference = window[1] if window else None
    area = ss.get("area")
    if "_home" not in ss:
        # Both ends of every event, so switching "where" never moves a marker out of sight.
        ss["_home"] = home_view(*shown.home_points())
    view = view_for(area) if area else ss["_home"]
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
            online=ss.get("online", False),
        )
        rows = pd.DataFrame(columns=PLACE_COLUMNS)
    else:
        rows = shown.places(reference)
        lines = shown.lines()
        deck = build_deck(
            rows,
            theme=theme_type(),
            selected_key=ss.get("place"),
            view=view,
            online=ss.get("online", False),
            lines=lines,
        )
    MAP_SLOT.pydeck_chart(
        deck,
        on_select=_map_selected,
        selection_mode="single-object",
        key="map",
        height=MAP_HEIGHT,
    )
    if area:
        st.button(t(lang, "area_clear"), key="area_clear", on_click=_clear_area)
    legend(lang, lines=lines is not None and len(lines) > 0)
    return rows


def _clear_area() -> None:
    st.session_state["area"] = None


# --- Briefs ----------------------------------------------------------------------------------


def show_brief(row: pd.Series, lang: str, tz, now: datetime) -> None:
    """One brief, as plain text: news copy is never rendered as HTML or Markdown."""
    st.markdown("**" + plain_markdown(row["headline"]) + "**")
    when = None if pd.isna(row["published"]) else row["published"].to_pydatetime()
    stamp = brief_time(when, tz, lang, now) or t(lang, "time_unknown")
    agencies = ", ".join(row["agencies"]) or t(lang, "no_agency")
    dateline = row["dateline"] if isinstance(row["dateline"], str) else t(lang, "no_dateline")
    st.caption(plain_markdown(f"{stamp} · {dateline} · {agencies}"))
    st.markdown(plain_markdown(row["text"] if isinstance(row["text"], str) else ""))
    reason = row["location_reason"] if isinstance(row["location_reason"], str) else "?"
    located = pd.notna(row["lat"])
    where = row["place_name"] or ""
    note = t(lang, "located" if located else "not_located", reason=reason)
    st.caption(plain_markdown(f"{where} — {note}" if located and where else note))
    focus_notes(row, lang)
    source = row["source"] if isinstance(row["source"], str) else ""
    url = safe_url(source)
    if url:
        st.markdown(f"{t(lang, 'source')}: [{plain_markdown(url)}](<{url}>)")
    elif source:
        st.caption(plain_markdown(f"{t(lang, 'source')}: {source}"))


def focus_notes(row: pd.Series, lang: str) -> None:
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


def brief_pane(shown, rows: pd.DataFrame, lang: str, tz, now: datetime) -> None:
    """All briefs at the selected place, newest first."""
    key = st.session_state.get("place")
    if not key or key not in set(rows["key"]):
        st.info(t(lang, "click_hint"))
        return
    briefs, total = shown.briefs_at(key, MAX_BRIEFS_IN_PANE)
    place = rows.loc[rows["key"] == key, "place"].iloc[0] or key
    title = "place_brief" if total == 1 else "place_briefs"
    head, close = st.columns([5, 1])
    head.subheader(plain_markdown(t(lang, title, place=place, n=total)))
    close.button("✕", key="close", on_click=_unselect, help=t(lang, "unselect"))
    with st.container(height=620 if total > 3 else "content", border=False):
        for _, row in briefs.head(MAX_BRIEFS_IN_PANE).iterrows():
            with st.container(border=True):
                show_brief(row, lang, tz, now)


def _unselect() -> None:
    st.session_state["place"] = None


# --- Timeline, table, downloads, undated, add ----------------------------------------------


def timeline_chart(events, unwindowed: Filters, window, lang: str) -> None:
    bounds = st.session_state.get("_bounds")
    step = st.session_state.get("_step")
    if not bounds or not step:
        return
    _, unit = step_for(bounds[1] - bounds[0])
    data = events.timeline(unwindowed, bounds, step, window)
    tz = st.session_state["tz"]
    data["time"] = data["time"].dt.tz_convert(zone(tz)).dt.tz_localize(None)
    data["where"] = [t(lang, "in_window" if w else "outside") for w in data["in_window"]]
    data["time"] = data["time"].dt.strftime("%Y-%m-%dT%H:%M:%S")
    inside, outside = t(lang, "in_window"), t(lang, "outside")
    spec = {
        "height": 130,
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "time", "type": "temporal", "title": None},
            "y": {
                "field": "events",
                "type": "quantitative",
                "title": t(lang, "timeline", unit=t(lang, unit)),
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
    if key and key in set(rows["key"]):
        place = rows.loc[rows["key"] == key, "place"].iloc[0]
        st.subheader(plain_markdown(t(lang, "table_place", place=place)))
        table, total = shown.table(key)
    else:
        st.subheader(t(lang, "table"))
        table, total = shown.table(None)
    if total > len(table):
        st.caption(t(lang, "table_newest", n=f"{len(table):,}", total=f"{total:,}"))
    st.session_state["_table_keys"] = list(table["key"])
    view = pd.DataFrame(
        {
            t(lang, "col_time"): table["published"].dt.tz_convert(tz).dt.tz_localize(None),
            t(lang, "col_place"): table["place_name"],
            t(lang, "col_dateline"): table["dateline"],
            t(lang, "col_headline"): table["headline"],
            t(lang, "col_country"): table["map_country"],
            t(lang, "col_agencies"): [", ".join(a) for a in table["agencies"]],
            t(lang, "col_lang"): table["lang"],
        }
    )
    st.dataframe(
        view,
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * max(len(view), 1), 400),
        key="table",
        on_select=_table_selected,
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
    if not st.session_state.get("undated", True):
        return
    st.subheader(t(lang, "undated_title", n=shown.n_loose))
    for _, row in shown.loose(MAX_BRIEFS_IN_PANE).iterrows():
        with st.container(border=True):
            show_brief(row, lang, tz, now)


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
            submitted = st.form_submit_button(t(lang, "add_button"))
        if submitted:
            ingest(text, files or [], from_local_naive(captured, tz), lang)
        for kind, message in ss.pop("_add_messages", []):
            getattr(st, kind)(plain_markdown(message))


def ingest(text: str, files: list, captured_at: datetime, lang: str) -> None:
    """Parse the copy; keep it in the store when there is one, else for this session."""
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
    if not text.strip() and not files:
        messages.append(("warning", t(lang, "add_empty")))
    elif not records:
        messages.append(("warning", t(lang, "added_none")))
    else:
        source = get_source()
        failed = None
        if source.persistent:
            failed = adding.store_copy(records, lambda new: source.add(new, source="dashboard"))
        if failed:
            ss["_added"] = [*(ss.get("_added") or []), *records]
            ss["_add_messages"] = [("error", t(lang, "store_failed", error=failed)), *messages]
            st.rerun()
        ss["_add_done"] = True
        if not source.persistent:
            ss["_added"] = [*(ss.get("_added") or []), *records]
            messages.append(("caption", t(lang, "kept_session")))
        messages.insert(0, ("success", t(lang, "added", n=len(records))))
    ss["_add_messages"] = messages
    if records:
        st.rerun()  # read the data again so the new events show at once


# --- Page ------------------------------------------------------------------------------------


def main() -> None:
    events, error = load_events()
    init_from_url()
    ss = st.session_state
    st.sidebar.segmented_control(
        "Language · Taal", list(LANGUAGES), format_func=LANGUAGES.get, key="ui_lang", required=True
    )
    lang = ss["ui_lang"]
    st.sidebar.segmented_control(
        t(lang, "where"),
        list(MODES),
        format_func=lambda m: t(lang, f"where_{m}"),
        key="where",
        required=True,
        help=t(lang, "where_help"),
    )
    events = events.placed(ss.get("where") or DEFAULT_MODE)
    tz = zone(ss["tz"])
    now = datetime.now(UTC)

    head = HEAD
    head.caption(t(lang, "tagline"))
    if error:
        head.error(plain_markdown(t(lang, "load_failed", error=error)))

    window = window_control(events.bounds(), lang, tz)
    undated_total = events.undated_total()
    st.sidebar.toggle(t(lang, "undated_toggle", n=undated_total), key="undated")
    include_undated = ss.get("undated", True)
    base = current_filters(window, include_undated)
    filter_controls(events, base, lang)
    filters = current_filters(window, include_undated)
    shown = events.select(filters)
    with st.sidebar.expander(t(lang, "settings")):
        st.selectbox(t(lang, "timezone"), timezone_names(), key="tz")
        st.toggle(t(lang, "online_tiles"), key="online")
        st.toggle(t(lang, "auto_refresh"), key="auto_refresh", value=True)
    if ss.get("auto_refresh", True):
        _refresher()

    if not events.total and not error:
        head.info(t(lang, "no_data"))
    head.metric(t(lang, "metric_shown"), shown.n)
    head.caption(
        t(lang, "shown_of", shown=shown.n, total=events.total, undated=undated_total)
        + ("" if include_undated else " " + t(lang, "undated_hidden", n=undated_total))
    )

    with LEFT:
        rows = draw_map(shown, window, lang)
        unwindowed = replace(filters, start=None, end=None, include_undated=False)
        timeline_chart(events, unwindowed, window, lang)
    with RIGHT:
        brief_pane(shown, rows, lang, tz, now)

    events_table(shown, rows, lang, tz)
    downloads(shown, lang)
    st.caption(t(lang, "share"))
    undated_section(shown, lang, tz, now)
    add_copy(lang, tz)
    write_url(window)


main()
