"""The dashboard's pure parts: the engine, times, URL state, map, strings, safety."""

from __future__ import annotations

import io
import json
import math
from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from browser.fixtures import (
    CAPTURED,
    CARIBBEAN,
    CARIBBEAN_FOCUS,
    HOSTILE_TEXT,
    record,
    records,
)
from store_fixtures import pg_base_url, store, store_url  # noqa: F401 (fixtures)

from geo.mentions import NAMED_IN
from pipeline.formats import write_csv, write_geojson
from pipeline.query import EventIndex, MemoryRecords, distance_km
from pipeline.textfold import fold
from ui.ages import age_bucket
from ui.briefs import headline
from ui.clusters import cluster_places
from ui.deck import (
    CLUSTER_COLOR,
    CLUSTER_OUTLINE,
    FIRST_DISCS_LAYER,
    LINE_COLORS,
    MARKER_MAX_PX,
    MARKER_MIN_PX,
    MARKER_OUTLINE,
    WORLD_VIEW,
    build_deck,
    cluster_radius,
    home_view,
    large_cities,
    layer_id,
    layer_rows,
    marker_radius,
    project,
    view_for,
)
from ui.engine import Engine, Filters
from ui.focus import MOVED_KM, as_list, as_object, places_named
from ui.i18n import STRINGS, language, reason_text, t, tn
from ui.safe import plain_markdown, safe_url
from ui.source import RecordsFile
from ui.state import (
    PARAMS,
    WINDOW_KEY,
    View,
    decode,
    encode,
    from_session,
    map_pick,
    to_session,
    view_fields,
)
from ui.timefmt import (
    absolute,
    ceil_to,
    floor_to,
    from_local_naive,
    live_every,
    parse_instant,
    preset_window,
    relative,
    step_for,
    to_local_naive,
    zone,
    zone_name,
)

WASHINGTON = "38.8951,-77.0364"


def engine_of(items: list[dict]) -> Engine:
    return Engine.of(MemoryRecords(items))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return engine_of(records())


def everything(engine: Engine, where: str = "filed"):
    return engine.select(Filters(), where)


def markers_and_a_cluster(shown):
    """The places shown, and one more beside the first: markers, and a cluster at zoom 0.5."""
    rows = shown.places(None)
    near = rows.iloc[:1].assign(key="near", lat=rows["lat"].iloc[0] + 0.1)
    return cluster_places(pd.concat([rows, near]), zoom=0.5, label="{count}")


def texts(briefs: list[dict]) -> list[str]:
    return [b["text"][:20] for b in briefs]


def test_engine_keeps_unknowns_unknown(engine):
    assert engine.total == 9 and engine.undated_total() == 1
    shown = everything(engine)
    assert (shown.n, shown.n_located, shown.n_loose) == (9, 8, 1)  # no dateline: unlocated
    assert engine.bounds() == (CAPTURED - timedelta(hours=30), CAPTURED - timedelta(hours=0.5))


def test_empty_engine_answers_every_question():
    empty = engine_of([])
    assert empty.total == 0 and empty.bounds() is None
    shown = everything(empty)
    assert shown.n == 0 and shown.places(None).empty and shown.hexbins(1000.0).empty
    assert shown.table(None) == ([], 0) and shown.records() == []
    assert empty.facet_counts(Filters(), "agencies") == {}


def test_memory_records_keep_the_store_order_and_one_record_per_id():
    late = record("Laat bericht.", place="Lima", agencies=["ANP"], hours_ago=1)
    early = record("Vroeg bericht.", place="Lima", agencies=["ANP"], hours_ago=5)
    undated = record("Zonder tijd.", place="Lima", agencies=["ANP"], hours_ago=None)
    again = dict(late, text="changed")  # the same id seen again: the first one stays
    memory = MemoryRecords([undated, late, early, again])
    assert memory.count() == 3
    rows = [r for batch in memory.iter_columns(["id", "text"], batch=2) for r in batch]
    assert [text for _, text in rows] == ["Vroeg bericht.", "Laat bericht.", "Zonder tijd."]
    assert [r["text"] for r in memory.records([late["id"], "nope", early["id"]])] == [
        "Laat bericht.",
        "Vroeg bericht.",
    ]
    assert memory.extended([record("Nieuw.", place=None, agencies=[], hours_ago=2)]).count() == 4


def test_the_shared_index_cannot_be_written_to(engine):
    """Sessions share one index: caches live in the engine, never on the index object."""
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        engine.index._search_cache = {}  # type: ignore[misc]
    engine.select(Filters(query="washington"), "happened").hexbins(500_000.0)
    assert set(vars(engine.index)) == {f.name for f in dataclasses.fields(EventIndex)}
    assert EventIndex(**engine.index.arrays()).n == engine.total  # a snapshot rebuilds it


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Kop", "Tekst. Meer.", "Kop"),
        (None, "Eerste zin. Tweede zin.", "Eerste zin."),
        ("  ", "Zonder punt", "Zonder punt"),
        (None, None, ""),
        (None, "x" * 200, "x" * 160 + "…"),
        # not cut at an initial or an abbreviation
        (
            None,
            "Vliegdekschip USS Gerald R. Ford bereikt de Zee. Meer.",
            "Vliegdekschip USS Gerald R. Ford bereikt de Zee.",
        ),
        (None, "Storm nears St. Louis tonight. More.", "Storm nears St. Louis tonight."),
    ],
)
def test_headline(title, text, expected):
    assert headline(title, text) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), 9),
        (Filters(include_undated=False), 8),
        (Filters(start=CAPTURED - timedelta(hours=3), end=CAPTURED), 5),
        (Filters(start=CAPTURED - timedelta(hours=3), end=CAPTURED, include_undated=False), 4),
        (Filters(agencies=("AFP",)), 2),
        (Filters(countries=("US", "CL")), 4),
        (Filters(langs=("en",)), 2),
        (Filters(query="SAO paulo"), 1),
        (Filters(query="washington senaat"), 1),
        (Filters(query="<script>"), 1),
        (Filters(area=(30.0, -80.0, 45.0, -70.0)), 3),
        (Filters(agencies=("ANP",), countries=("US",), query="vliegdekschip"), 1),
    ],
)
def test_filters(engine, filters, expected):
    assert engine.select(filters).n == expected


def test_facet_counts_ignore_their_own_choice_and_keep_every_value(engine):
    chosen = Filters(agencies=("AFP",), countries=("US",))
    agencies = engine.facet_counts(chosen, "agencies")
    assert agencies == {"AFP": 1, "ANP": 3, "RTR": 1}  # within the US, whatever the agency
    countries = engine.facet_counts(chosen, "countries")
    assert countries["US"] == 1 and countries["NG"] == 1 and countries["NL"] == 0


@pytest.mark.parametrize(
    ("text", "expected"), [("São Paulo", "sao paulo"), ("ÉCHO", "echo"), ("Groß", "gross")]
)
def test_fold(text, expected):
    assert fold(text) == expected


def test_places_group_count_newest_first_and_age_colour(engine):
    shown = everything(engine)
    rows = shown.places(CAPTURED).set_index("key")
    assert rows.loc[WASHINGTON, "count"] == 3
    assert rows.loc[WASHINGTON, "headline"].startswith("In Washington stemde")  # newest, 3 h
    assert rows.loc[WASHINGTON, "age"] == "age_6h"
    assert rows.loc["-23.5475,-46.6361", "age"] == "age_1h"
    assert rows.loc["53.2192,6.5667", "age"] == "age_7d"
    assert rows.loc["39.0338,125.7543", "age"] == "age_unknown"
    assert list(rows.index[:2]) == ["-23.5475,-46.6361", "6.4541,3.3947"]  # newest place first
    briefs, total = shown.briefs_at(WASHINGTON, 2)
    assert total == 3 and texts(briefs) == ["In Washington stemde", "De Senaat in Washing"]
    assert texts(shown.briefs_at(WASHINGTON, 10)[0])[2] == "Een vliegdekschip vo"


@pytest.mark.parametrize(
    ("age", "key"),
    [
        (None, "age_unknown"),
        (timedelta(0), "age_1h"),
        (timedelta(minutes=-5), "age_1h"),  # a clock a little ahead is still fresh
        (timedelta(minutes=59), "age_1h"),
        (timedelta(hours=1), "age_6h"),
        (timedelta(hours=23), "age_24h"),
        (timedelta(days=3), "age_7d"),
        (timedelta(days=30), "age_old"),
    ],
)
def test_age_buckets(age, key):
    assert age_bucket(age)[0] == key


def test_timeline_marks_the_window(engine):
    bounds = engine.bounds()
    step = timedelta(hours=1)
    window = (CAPTURED - timedelta(hours=3), CAPTURED)
    bins = engine.timeline(Filters(include_undated=False), "filed", bounds, step, window)
    assert bins["events"].sum() == 8
    inside = bins[bins["in_window"]]
    assert inside["events"].sum() == 4  # 3 h, 2 h, 1 h and 0.5 h before the capture


def test_hexbins_count_every_located_event(engine):
    cells = everything(engine).hexbins(500_000.0)
    assert cells["count"].sum() == 8
    assert cells["count"].max() == 3  # Washington
    for ring, box in zip(cells["polygon"], cells["bbox"], strict=True):
        assert len(ring) == 6
        south, west, north, east = box
        assert south < north and west < east


def test_table_is_newest_first_and_knows_its_total(engine):
    briefs, total = everything(engine).table(None, limit=3)
    assert total == 9 and len(briefs) == 3
    assert [b["place_name"] for b in briefs] == ["São Paulo", "", "Lagos"]
    assert [b["text"][:20] for b in everything(engine).loose(5)] == ["Pyongyang toonde nie"]


def test_downloads_round_trip_the_records(engine):
    shown = engine.select(Filters(countries=("US",)))
    out = io.StringIO()
    assert write_csv(shown.records(), out) == 3
    assert out.getvalue().count("\n") == 4
    out = io.StringIO()
    every = everything(engine).records()
    write_geojson(every, out)
    collection = json.loads(out.getvalue())
    assert len(collection["features"]) == 8  # located events only
    assert all(r["lat"] is None for r in every if r["country_code"] is None)


# --- time ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "step"),
    [
        (timedelta(hours=2), timedelta(minutes=10)),
        (timedelta(days=1), timedelta(hours=1)),
        (timedelta(days=10), timedelta(hours=6)),
        (timedelta(days=400), timedelta(days=1)),
    ],
)
def test_step_for(span, step):
    assert step_for(span)[0] == step


def test_floor_and_ceil():
    when = datetime(2025, 11, 17, 6, 25, tzinfo=UTC)
    assert floor_to(when, timedelta(hours=1)) == datetime(2025, 11, 17, 6, tzinfo=UTC)
    assert ceil_to(when, timedelta(hours=1)) == datetime(2025, 11, 17, 7, tzinfo=UTC)
    assert ceil_to(floor_to(when, timedelta(hours=1)), timedelta(hours=1)).minute == 0


@pytest.mark.parametrize(
    ("preset", "hours"), [("1h", 1), ("6h", 6), ("24h", 24), ("7d", 48), ("all", 48)]
)
def test_preset_window_ends_at_newest_and_stays_in_bounds(preset, hours):
    bounds = (CAPTURED - timedelta(hours=48), CAPTURED)
    start, end = preset_window(preset, bounds)
    assert end == CAPTURED and end - start == timedelta(hours=hours)


def test_a_live_window_ends_now_and_moves_with_the_clock():
    """Live mode: the window is anchored at now, not at the newest copy, and moves on."""
    bounds = (CAPTURED - timedelta(hours=48), CAPTURED)
    later = CAPTURED + timedelta(days=2)
    assert preset_window("1h", bounds, later) == (later - timedelta(hours=1), later)
    moved = later + timedelta(minutes=10)
    assert preset_window("1h", bounds, moved) == (moved - timedelta(hours=1), moved)
    assert preset_window("all", bounds, moved) == (bounds[0], moved)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "17 nov 2025 06:00 · 2 uur geleden"), ("en", "17 Nov 2025 06:00 · 2 hours ago")],
)
def test_absolute_and_relative_in_the_readers_zone(lang, expected):
    when = datetime(2025, 11, 17, 5, 0, tzinfo=UTC)
    now = when + timedelta(hours=2)
    amsterdam = zone("Europe/Amsterdam")
    assert f"{absolute(when, amsterdam, lang)} · {relative(when, now, lang)}" == expected


def test_local_naive_round_trip_across_dst():
    amsterdam = zone("Europe/Amsterdam")
    for when in (datetime(2025, 3, 30, 0, 30, tzinfo=UTC), datetime(2025, 7, 1, 12, tzinfo=UTC)):
        assert from_local_naive(to_local_naive(when, amsterdam), amsterdam) == when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-11-17T05:00Z", datetime(2025, 11, 17, 5, tzinfo=UTC)),
        ("2025-11-17T06:00 01:00", datetime(2025, 11, 17, 5, tzinfo=UTC)),  # '+' from a URL
        ("2025-11-17T05:00", datetime(2025, 11, 17, 5, tzinfo=UTC)),
        ("gisteren", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_instant(text, expected):
    assert parse_instant(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Europe/Amsterdam", "Europe/Amsterdam"), ("Mars/Base", "UTC"), (None, "UTC"), ("", "UTC")],
)
def test_zone_name(name, expected):
    assert zone_name(name) == expected


# --- URL state -------------------------------------------------------------------------------


def test_url_round_trip():
    view = View(
        lang="nl",
        tz="Europe/Amsterdam",
        preset=None,
        start=datetime(2025, 11, 16, 20, tzinfo=UTC),
        end=datetime(2025, 11, 17, 7, tzinfo=UTC),
        agency=("ANP", "AFP"),
        country=("US",),
        langs=("nl",),
        q="São Paulo & <b>",
        place=WASHINGTON,
        undated=False,
        online=True,
        area=(30.0, -80.0, 45.0, -70.0),
        where="happened",
    )
    params = {k: v if isinstance(v, list) else [v] for k, v in encode(view).items()}
    assert params["where"] == ["happened"]
    assert decode(params) == view


def test_session_state_round_trip_covers_every_view_field():
    """The URL <-> session mapping is one table: every View field is in it (or the window)."""
    view = decode(
        {
            "lang": ["nl"],
            "tz": ["Europe/Amsterdam"],
            "from": ["2025-11-16T20:00Z"],
            "to": ["2025-11-17T07:00Z"],
            "agency": ["ANP", "AFP"],
            "country": ["US"],
            "langs": ["nl"],
            "q": ["São Paulo"],
            "place": [WASHINGTON],
            "undated": ["0"],
            "tiles": ["online"],
            "area": ["30,-80,45,-70"],
            "where": ["happened"],
            "live": ["0"],
            "map": ["52.37,4.89,5.5"],
        }
    )
    assert all(getattr(view, f) != getattr(View(), f) for f in view_fields())
    state: dict = {}
    to_session(view, state)
    assert state["agency"] == ["ANP", "AFP"] and state[WINDOW_KEY] == (view.start, view.end)
    assert from_session(state, (view.start, view.end)) == view
    assert {p.field for p in PARAMS} | {"start", "end", "preset"} == set(view_fields())
    assert len({p.url for p in PARAMS}) == len({p.session for p in PARAMS}) == len(PARAMS)


def test_defaults_make_an_empty_url():
    assert encode(View()) == {}
    assert decode({}) == View()


def test_preset_wins_over_from_to_in_the_url():
    view = decode({"preset": ["6h"], "from": ["2025-11-17T01:00Z"], "to": ["2025-11-17T07:00Z"]})
    assert view.preset == "6h" and encode(view) == {"preset": "6h"}


@pytest.mark.parametrize(
    "params",
    [
        {"from": ["x"], "to": ["y"]},
        {"place": ["here"]},
        {"area": ["1,2,3"]},
        {"area": ["100,0,0,10"]},
        {"lang": ["zz"]},
        {"preset": ["3w"]},
        {"where": ["nowhere"]},
        {"where": ["filed"]},
    ],
)
def test_malformed_params_fall_back_to_defaults(params):
    assert decode(params) == View()


def test_swapped_window_is_put_right():
    view = decode({"from": ["2025-11-17T07:00Z"], "to": ["2025-11-17T01:00Z"]})
    assert view.start < view.end and view.preset is None


@pytest.mark.parametrize(
    ("objects", "expected"),
    [
        ({"events@ab12": [{"key": WASHINGTON}]}, ("place", WASHINGTON)),
        ({"events": [{"key": WASHINGTON}]}, ("place", WASHINGTON)),
        ({"hexagons@x": [{"hex": "1:2"}]}, ("area", (1.0, 2.0, 3.0, 4.0))),
        ({"hexagons@x": [{"hex": "9:9"}]}, ("none", None)),
        ({"clusters@y": [{"cluster": "c7"}]}, ("zoom", (5.0, 6.0, 7.0, 8.0))),
        ({"events@old": [], "clusters@y": [{"cluster": "c8"}]}, ("none", None)),
        ({}, ("none", None)),
        (None, ("none", None)),
    ],
)
def test_map_pick(objects, expected):
    hexes, clusters = {"1:2": (1.0, 2.0, 3.0, 4.0)}, {"c7": (5.0, 6.0, 7.0, 8.0)}
    assert map_pick(objects, hexes, clusters) == expected


# --- map -------------------------------------------------------------------------------------


def test_deck_is_offline_with_plain_text_tooltip(engine):
    rows = everything(engine).places(None)
    built = build_deck(rows, selected_key=WASHINGTON)
    deck = json.loads(built.to_json())
    assert [layer["id"].split("@")[0] for layer in deck["layers"]] == [
        "basemap",
        "cities",
        "events",
        "selected",
    ]
    assert "mapProvider" not in deck or deck["mapProvider"] is None
    assert built._tooltip["text"] == "{place}\n{headline}" and "html" not in built._tooltip
    online = json.loads(build_deck(rows, online=True).to_json())
    assert online["mapProvider"] == "carto"
    assert all(not layer["id"].startswith("basemap") for layer in online["layers"])


def test_marker_radius_grows_gently_within_its_pixel_bounds():
    assert marker_radius(1) == 6.0
    assert 6.0 < marker_radius(3) < marker_radius(20) < marker_radius(30)
    assert marker_radius(10_000) == MARKER_MAX_PX and marker_radius(0) >= MARKER_MIN_PX


def test_markers_are_sized_in_pixels_and_the_view_is_bounded(engine):
    deck = json.loads(build_deck(everything(engine).places(None), view={"zoom": 30}).to_json())
    events = next(lay for lay in deck["layers"] if lay["id"].startswith("events@"))
    assert events["radiusUnits"] == "pixels"
    assert (events["radiusMinPixels"], events["radiusMaxPixels"]) == (MARKER_MIN_PX, MARKER_MAX_PX)
    assert deck["initialViewState"]["zoom"] == deck["initialViewState"]["maxZoom"] == 12
    basemap = next(lay for lay in deck["layers"] if lay["id"] == "basemap")
    # Borders never thicken when zoomed in: they are no strokes, but neighbours' shades.
    assert basemap["stroked"] is False and basemap["getFillColor"] == "@@=properties.fill"


def test_city_names_never_touch_and_more_show_closer_in():
    cities = large_cities()
    counts = []
    for zoom in (0.5, 1.5, 3.0, 5.0):
        layer = json.loads(build_deck(view={"latitude": 20, "longitude": 0, "zoom": zoom})
                           .to_json())["layers"][1]  # fmt: skip
        assert layer["id"] == "cities" and "extensions" not in layer
        names = [c["name"] for c in layer_rows(layer["data"])]
        assert names[0] == cities[0]["name"]  # the most populous always
        boxes = []
        for c in layer_rows(layer["data"]):  # each name's box on screen, as the page draws it
            x, y = project(c["lat"], c["lon"], {"latitude": 0, "longitude": 0, "zoom": zoom}, 0, 0)
            half = len(c["name"]) * 6.6 / 2
            boxes.append((x - half, y + 10, x + half, y + 21))
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)
        counts.append(len(names))
    assert counts == sorted(counts) and counts[0] < 40 < counts[-1] <= len(cities)


def test_layer_ids_change_with_what_they_hold():
    assert layer_id("events", ["a", "b"]) == layer_id("events", ["a", "b"])
    assert layer_id("events", ["a", "b"]) != layer_id("events", ["b", "a"])
    assert layer_id("events", []).startswith("events@")


def test_cluster_places_groups_neighbours_when_zoomed_out():
    places = pd.DataFrame(
        {
            "key": ["a", "b", "c"],
            "lat": [52.37, 52.09, -33.45],  # Amsterdam and Utrecht, 35 km apart; Santiago
            "lon": [4.89, 5.12, -70.65],
            "count": [3, 1, 2],
        }
    )
    markers, clusters = cluster_places(places, zoom=1.0)
    assert list(markers["key"]) == ["c"]
    assert list(clusters[["count", "places"]].itertuples(index=False, name=None)) == [(4, 2)]
    south, west, north, east = clusters["bbox"][0]
    assert (south, north, west, east) == (52.09, 52.37, 4.89, 5.12)
    assert 52.09 < clusters["lat"][0] < 52.37
    markers, clusters = cluster_places(places, zoom=8.0)  # close in: every place apart
    assert len(markers) == 3 and clusters.empty


def test_the_home_view_fits_every_point_from_arrays_lists_or_an_iterator():
    lats, lons = [52.37, -33.45, 39.02, -0.18], [4.9, -70.67, 125.75, -78.47]
    view = home_view(lats, lons)
    assert home_view(np.array(lats), np.array(lons)) == view
    assert home_view(iter(lats), (v for v in lons)) == view
    assert home_view(pd.Series(lats), pd.Series(lons)) == view
    # padded bounds: the south-west and north-east points both in sight, centred between them
    assert -33.45 < view["latitude"] < 52.37 and -78.47 < view["longitude"] < 125.75
    assert view_for(None)["zoom"] < 3 and home_view([], []) == view_for(None)
    assert home_view(np.array([]), np.array([])) == view_for(None)


def test_view_for_area_zooms_in():
    assert view_for(None)["zoom"] < view_for((52.0, 4.0, 53.0, 5.0))["zoom"]


# --- strings and safety ----------------------------------------------------------------------


def test_dutch_has_every_english_string():
    assert set(STRINGS["nl"]) == set(STRINGS["en"])
    for key, text in STRINGS["en"].items():
        assert sorted(_fields(text)) == sorted(_fields(STRINGS["nl"][key])), key


def _fields(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def test_t_falls_back_to_english_and_counts_in_the_singular_for_one():
    assert t("nl", "fit_all") == "Alles tonen"
    assert t("zz", "fit_all") == "Fit all"
    assert tn("en", "added", 1) == "Added 1 new event."
    assert tn("en", "added", 1200) == "Added 1,200 new events."
    assert tn("nl", "place_briefs", 3, place="Lima") == "Lima: 3 berichten"


@pytest.mark.parametrize(
    ("lang", "reason", "expected"),
    [
        ("nl", "QUITO → Quito, EC (only match)", "QUITO → Quito, EC (enige treffer)"),
        ("nl", "X → X, US (largest of 12 places of that name)", "X → X, US (grootste van 12 "
         "plaatsen met die naam)"),
        ("en", "QUITO → Quito, EC (only match)", "QUITO → Quito, EC (only match)"),
    ],
)  # fmt: skip
def test_location_reasons_are_translated(lang, reason, expected):
    assert reason_text(lang, reason) == expected
    assert language("NL-be") == "nl" and language(None) == "en"


def test_plain_markdown_escapes_hostile_text():
    escaped = plain_markdown(HOSTILE_TEXT)
    for i, c in enumerate(escaped):
        if c in "<>[]()&*`!":
            assert escaped[i - 1] == "\\", escaped[max(0, i - 10) : i + 10]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://127.0.0.1:8000/x", "http://127.0.0.1:8000/x"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT://example.org/%0aalert(1)", None),
        ("data:text/html,<script>", None),
        ("https://example.org/a)](javascript:alert(1)", None),
        ("fixtures/page.txt", None),
        ("https://", None),
        (None, None),
    ],
)
def test_safe_url(value, expected):
    assert safe_url(value) == expected


def test_records_file_skips_broken_lines(tmp_path):
    path = tmp_path / "events.jsonl"
    good = record("Een bericht.", place="Lima", agencies=["ANP"], hours_ago=1)
    path.write_text(json.dumps(good) + "\nnot json\n[1, 2]\n\n", encoding="utf-8")
    source = RecordsFile(path)
    assert [r["id"] for r in source.events()] == [good["id"]]
    before = source.version()
    path.write_text("", encoding="utf-8")
    assert source.events() == [] and source.version() != before
    assert RecordsFile(tmp_path / "missing.jsonl").version() == "missing"


# --- where it happened (focus) and places named -------------------------------------------------

CARIBBEAN_KEY = "15.0000,-75.0000"


def test_where_it_happened_moves_markers_to_the_focus(engine):
    filed = everything(engine).places(CAPTURED).set_index("key")
    happened = everything(engine, "happened")
    there = happened.places(CAPTURED).set_index("key")
    assert CARIBBEAN_KEY not in filed.index and filed.loc[WASHINGTON, "count"] == 3
    assert there.loc[CARIBBEAN_KEY, "place"] == "Caribbean Sea"
    assert there.loc[CARIBBEAN_KEY, "headline"].startswith("Een vliegdekschip")
    assert there.loc[WASHINGTON, "count"] == 2
    # Events without a focus elsewhere stay put; the unlocated brief stays unlocated.
    assert there.loc["-23.5475,-46.6361", "place"] == "São Paulo"
    assert happened.n - happened.n_located == 1
    briefs, total = happened.briefs_at(CARIBBEAN_KEY, 10)
    assert total == 1 and briefs[0]["place_name"] == "Caribbean Sea" and briefs[0]["focus_moved"]


def test_where_it_happened_drives_area_country_and_hexagons(engine):
    caribbean = Filters(area=(10.0, -80.0, 20.0, -70.0))
    assert engine.select(caribbean).n == 0
    at_sea = engine.select(caribbean, "happened")
    assert [b["headline"][:16] for b in at_sea.table(None)[0]] == ["Een vliegdekschi"]
    # The Caribbean Sea is in no country: the US count drops from 3 to 2 there.
    assert engine.facet_counts(Filters(), "countries")["US"] == 3
    assert engine.facet_counts(Filters(), "countries", "happened")["US"] == 2
    cells = everything(engine, "happened").hexbins(50_000.0)
    assert cells["count"].sum() == 8 and cells["count"].max() == 2  # Washington keeps two
    at_sea = [
        n
        for n, (south, west, north, east) in zip(cells["count"], cells["bbox"], strict=True)
        if south <= CARIBBEAN[0] <= north and west <= CARIBBEAN[1] <= east
    ]
    assert at_sea == [1]
    assert not any(
        south <= CARIBBEAN[0] <= north and west <= CARIBBEAN[1] <= east
        for south, west, north, east in everything(engine).hexbins(50_000.0)["bbox"]
    )


def test_downloads_keep_the_record_shape_in_either_mode(engine):
    there = everything(engine, "happened").records()
    assert there == everything(engine).records()
    washington = next(r for r in there if r["focus"] == CARIBBEAN_FOCUS)
    assert (washington["lat"], washington["lon"]) == (38.89511, -77.03637)


def _moved(km: float, focus: object) -> dict:
    """A Washington brief whose focus lies ``km`` due north of the dateline."""
    item = record(
        f"Een bericht {km}.",
        place="Washington",
        agencies=["ANP"],
        hours_ago=1,
        lat=38.89511,
        lon=-77.03637,
        country="US",
    )
    lat = 38.89511 + km / 111.195
    item["focus"] = focus(lat) if callable(focus) else focus
    return item


def _focus(lat: float) -> dict:
    return {"name": "North", "lat": lat, "lon": -77.03637, "country_code": "US", "reason": "r"}


@pytest.mark.parametrize(
    ("km", "focus", "lines"),
    [
        (0.0, _focus, 0),
        (20.0, _focus, 0),
        (MOVED_KM - 1, _focus, 0),
        (MOVED_KM + 1, _focus, 1),
        (500.0, _focus, 1),
        (500.0, lambda lat: json.dumps(_focus(lat)), 1),  # the store's JSON text
        (500.0, None, 0),
        (500.0, "not json", 0),
        (500.0, {"name": "X", "lat": None, "lon": 3.0}, 0),
        (500.0, {"name": "X", "lat": "91", "lon": 3.0}, 0),
        (500.0, ["a", "list"], 0),
    ],
)
def test_focus_line_only_where_the_focus_moved_over_25_km(km, focus, lines):
    data = everything(engine_of([_moved(km, focus)])).lines()
    assert len(data) == lines
    if lines:
        assert data.iloc[0]["from"] == [-77.0364, 38.8951]
        assert data.iloc[0]["to"][0] == -77.0364 and data.iloc[0]["count"] == 1


def test_focus_lines_of_the_fixtures_and_of_nothing(engine):
    data = everything(engine).lines()  # Groningen's focus is 13 km off: no line
    assert [(r["from"], r["to"], r["count"]) for _, r in data.iterrows()] == [
        ([-77.0364, 38.8951], [-75.0, 15.0], 1)
    ]
    assert everything(engine_of([])).lines().empty
    assert engine.select(Filters(countries=("ZZ",))).lines().empty
    unlocated = record("Geen plaats.", place=None, agencies=[], hours_ago=1)
    unlocated["focus"] = CARIBBEAN_FOCUS  # a focus but no dateline location: nothing to join
    alone = engine_of([unlocated])
    assert everything(alone).lines().empty
    assert list(everything(alone, "happened").places(None)["key"]) == [CARIBBEAN_KEY]


def test_distance_km():
    assert distance_km(52.37, 4.89, 52.37, 4.89) == 0
    assert 355 < distance_km(52.37, 4.89, 48.85, 2.35) < 435  # Amsterdam to Paris


def test_line_layer_is_quiet_unpickable_and_under_the_markers(engine):
    shown = everything(engine)
    rows = shown.places(None)
    deck = json.loads(build_deck(rows, lines=shown.lines(), theme="dark").to_json())
    ids = [layer["id"].split("@")[0] for layer in deck["layers"]]
    assert ids == ["basemap", "cities", "focus-lines", "events"]
    line = deck["layers"][2]
    assert line["@@type"] == "LineLayer" and line["pickable"] is False
    assert line["getColor"] == LINE_COLORS["dark"] and len(layer_rows(line["data"])) == 1
    light = json.loads(build_deck(rows, lines=shown.lines(), theme="light").to_json())
    light_line = next(lay for lay in light["layers"] if lay["id"].startswith("focus-lines"))
    assert light_line["getColor"] == LINE_COLORS["light"] != line["getColor"]  # each theme's own
    nothing = engine.select(Filters(countries=("ZZ",))).lines()
    plain = json.loads(build_deck(rows, lines=nothing).to_json())
    assert "focus-lines" not in [layer["id"] for layer in plain["layers"]]


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        (None, []),
        ("", []),
        ("not json", []),
        ('{"place": "Lima"}', []),
        ([1, "x", None], []),
        (
            '[{"place": "Lima", "country_code": "pe", "kind": "city"}]',
            [("Lima", "PE", "city")],
        ),
        (  # a demonym says who, not where
            '[{"place": "Amerikaanse", "country_code": "US", "kind": "demonym"}]',
            [],
        ),
        (  # a place inside a paper's name says where the paper stands: not listed
            [
                {"place": "Boston", "country_code": "US", "kind": "city", "role": NAMED_IN},
                {"place": "Lowell", "country_code": "US", "kind": "city"},
                {"place": "Lowell", "country_code": "US", "kind": "city", "role": ""},
            ],
            [("Lowell", "US", "city")],
        ),
        (
            [
                {"place": "Noord-Korea", "country_code": "KP", "kind": "country"},
                {"place": "Zuid-Korea", "country_code": "KR", "kind": "country"},
                {"place": "noord-korea", "country_code": "KP", "kind": "country"},
                {"place": "Caribische Zee", "country_code": None, "kind": "sea"},
                {"place": "", "name": "Donbas", "kind": "area"},
            ],
            [
                ("Noord-Korea", "KP", "country"),
                ("Zuid-Korea", "KR", "country"),
                ("Caribische Zee", None, "sea"),
                ("Donbas", None, "area"),
            ],
        ),
    ],
)
def test_places_named_are_distinct_in_text_order(mentions, expected):
    assert places_named(mentions) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"lat": 1}, {"lat": 1}),
        ('{"lat": 1}', {"lat": 1}),
        ("[1]", None),
        ("{broken", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_as_object(value, expected):
    assert as_object(value) == expected


def test_as_list_reads_lists_tuples_and_json():
    item = {"place": "Lima"}
    assert as_list([item]) == as_list((item,)) == as_list(json.dumps([item])) == [item]
    assert as_list(float("nan")) == [] and as_list("{}") == []


# --- the index built from the store matches the index built from its records ------------------


def _many_records() -> list[dict]:
    """The fixture records plus a spread of generated ones (times, places, agencies, foci)."""
    from browser.fixtures import record as make_record
    from browser.fixtures import records as fixture_records

    out = list(fixture_records())
    for i in range(400):
        focus = {
            "lat": -30 + i % 50,
            "lon": 100 - i % 70,
            "name": f"F{i % 9}",
            "country_code": "AU",
        }
        item = make_record(
            f"Bericht {i} over {'Sao Paulo' if i % 7 else 'São Paulo'} en meer.",
            place=f"Stad{i % 13}",
            agencies=[["ANP"], ["AFP", "ANP"], ["RTR"], []][i % 4],
            hours_ago=None if i % 17 == 0 else (i * 0.37) % 72,
            lat=None if i % 23 == 0 else (i * 7.3) % 140 - 70,
            lon=None if i % 23 == 0 else (i * 13.1) % 340 - 170,
        )
        item["country_code"] = ["US", "NL", "BR", None][i % 4]
        item["lang"] = ["nl", "en", "de"][i % 3]
        item["focus"] = focus if i % 3 == 0 else None
        out.append(item)
    return out


def test_index_from_the_store_matches_its_records(store):  # noqa: F811 (fixture)
    """The columnar read (SQLite text times, PostgreSQL datetimes) gives the records' index."""
    store.add(_many_records()[:60], source="test")
    stored = store.events()
    built, expected = EventIndex.from_store(store, batch=7), EventIndex.from_records(stored)
    assert built.n == expected.n == len(stored)
    for name in ("ids", "time", "dated", "lat", "lon", "focus_lat", "pair_event"):
        np.testing.assert_array_equal(getattr(built, name), getattr(expected, name))
    for codes, table in (("filed_name", "names"), ("focus_name", "names"), ("lang", "langs")):
        decoded = [[getattr(ix, table)[c] for c in getattr(ix, codes)] for ix in (built, expected)]
        assert decoded[0] == decoded[1]  # codes are numbered batch by batch; the values agree
    f = Filters(agencies=("ANP",), countries=("US", "AU"))
    a, b = Engine(built, store), Engine(expected, MemoryRecords(stored))
    for facet in ("agencies", "countries", "langs"):
        assert a.facet_counts(f, facet, "happened") == b.facet_counts(f, facet, "happened")
    assert a.select(f, "happened").table(None)[0] == b.select(f, "happened").table(None)[0]
    ids = [r["id"] for r in stored[::-5]]
    assert [r["id"] for r in store.records([*ids, "no-such-id"])] == ids
    assert store.records(ids[:1]) == [r for r in stored if r["id"] == ids[0]]


@pytest.mark.parametrize(
    ("value", "seconds", "error"),
    [
        (None, 60, False),  # unset: a minute
        ("", 60, False),
        ("2", 2, False),
        ("0.5", 60, True),  # below a second: the default, and why
        ("soon", 60, True),
        ("nan", 60, True),
        ("inf", 60, True),
    ],
)
def test_live_every_is_seconds_with_a_default_and_a_reason(value, seconds, error):
    step, why = live_every(value)
    assert step == timedelta(seconds=seconds) and bool(why) is error
    assert not why or "WIREMAP_LIVE_EVERY" in why


@pytest.mark.parametrize(
    ("first_run", "user_agent", "lean"),
    [
        (True, "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0", True),
        (True, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148", True),
        (False, "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0", False),
        (True, "", False),  # AppTest: no browser draws, nothing would ask for the rest
    ],
)
def test_only_a_browsers_first_run_is_lean(first_run, user_agent, lean):
    from ui.style import lean_first_run

    assert lean_first_run(first_run, user_agent) is lean


def test_a_lean_first_runs_map_is_land_markers_and_clusters_only(engine):
    """``extras=False`` (a browser's first run): the layers that would compile text and line
    shaders in the first frame come with the rest of the page, and the markers and clusters
    are the land's kind of layer, laid out as it is (one program for the first frame to
    compile), never picked: the full map that follows brings the real ones (and the full
    outlines of the land, drawn simplified for the world zoom in the first frame)."""
    shown = everything(engine)
    markers, clusters = markers_and_a_cluster(shown)
    assert len(clusters) and len(markers)
    full = json.loads(build_deck(markers, clusters=clusters, lines=shown.lines()).to_json())
    lean = json.loads(
        build_deck(markers, clusters=clusters, lines=shown.lines(), extras=False).to_json()
    )
    kinds = [layer["id"].split("@")[0] for layer in full["layers"]]
    assert {"cities", "focus-lines", "cluster-counts", "clusters", "events"} <= set(kinds)
    assert [layer["id"] for layer in lean["layers"]] == ["basemap", FIRST_DISCS_LAYER]
    land, discs = lean["layers"]
    assert {**land, "id": None, "data": None} == {**discs, "id": None, "data": None}
    assert discs["pickable"] is False and discs["getFillColor"] == "@@=properties.fill"
    assert {**full["layers"][0], "data": None} == {**land, "data": None}
    assert len(land["data"]["features"]) == len(full["layers"][0]["data"]["features"])
    # an outline and a fill for each cluster, then each marker, in the order the layers draw
    assert len(discs["data"]["features"]) == 2 * (len(clusters) + len(markers))


def test_a_first_frames_discs_measure_the_markers_at_its_zoom():
    """The first frame's polygons draw as the markers' and clusters' discs at that view's
    zoom: the same centre, radius in pixels, fill colour by row, and outline (straddling the
    radius, as deck.gl's ScatterplotLayer strokes it)."""
    places = pd.DataFrame(
        {
            "key": ["a", "b", "c"],
            "lat": [52.37, -0.22, 64.1],
            "lon": [4.89, -78.51, -21.9],
            "place": ["A", "B", "C"],
            "count": [1, 4, 300],
            "headline": ["", "", ""],
            "color": [[215, 38, 39, 225], [240, 180, 40, 215], [90, 100, 140, 200]],
        }
    )
    clusters = pd.DataFrame({"lat": [30.0], "lon": [31.2], "count": [40]})
    for view in ({"latitude": 25.0, "longitude": 10.0, "zoom": 0.8}, dict(WORLD_VIEW, zoom=6.5)):
        deck = json.loads(build_deck(places, clusters=clusters, view=view, extras=False).to_json())
        features = deck["layers"][-1]["data"]["features"]
        expected = [
            (30.0, 31.2, cluster_radius(40), CLUSTER_COLOR, *CLUSTER_OUTLINE),
            *(
                (la, lo, marker_radius(n), c, *MARKER_OUTLINE)
                for la, lo, n, c in zip(
                    places["lat"], places["lon"], places["count"], places["color"], strict=True
                )
            ),
        ]
        assert len(features) == 2 * len(expected)
        for (lat, lon, radius, fill, line, width), ring, disc in zip(
            expected, features[::2], features[1::2], strict=True
        ):
            assert ring["properties"]["fill"] == line and disc["properties"]["fill"] == list(fill)
            centre = project(lat, lon, view, 0, 0)

            def distances(points, centre=centre, view=view):
                return [math.dist(project(la, lo, view, 0, 0), centre) for lo, la in points]

            outer, inner = ring["geometry"]["coordinates"]
            assert ring["geometry"]["type"] == disc["geometry"]["type"] == "Polygon"
            assert disc["geometry"]["coordinates"] == [inner[::-1]]
            for points, r in ((outer, radius + width / 2), (inner, radius - width / 2)):
                assert points[0] == points[-1] and len(points) >= 13
                assert all(abs(d - r) < 0.05 for d in distances(points)), (r, distances(points))
                # the sides (straight on screen) stay within 0.2 px of the circle
                xy = [project(la, lo, view, 0, 0) for lo, la in points]
                mids = [
                    ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in zip(xy, xy[1:], strict=False)
                ]
                assert all(math.dist(m, centre) > r - 0.2 for m in mids)


def test_markers_and_clusters_are_discs_with_one_layout_of_their_inputs(engine):
    """In software WebGL a program is compiled for the layout of its inputs at its first draw;
    the markers and the clusters give each input alike (from the rows, or one value for the
    layer: the fill colour from the rows in both), so a first frame with both compiles once.
    The clusters' colour is still theirs, on every row."""
    markers, clusters = markers_and_a_cluster(everything(engine))
    full = json.loads(build_deck(markers, clusters=clusters).to_json())
    discs = [layer for layer in full["layers"] if layer["@@type"] == "ScatterplotLayer"]
    assert [layer["id"].split("@")[0] for layer in discs] == ["clusters", "events"]

    def layout(layer: dict) -> dict:
        inputs = {k: str(v).startswith("@@=") for k, v in layer.items() if k.startswith("get")}
        same = ("radiusUnits", "lineWidthUnits", "stroked", "filled")
        return {**inputs, **{k: layer.get(k) for k in same}}

    assert layout(discs[0]) == layout(discs[1])
    assert layout(discs[0])["getFillColor"] is True and discs[0]["getFillColor"] == "@@=color"
    assert {tuple(row["color"]) for row in layer_rows(discs[0]["data"])} == {(60, 90, 160, 200)}
    assert len(layer_rows(discs[0]["data"])) == len(clusters)


@pytest.mark.parametrize("seed", [1, 2])
def test_place_keys_round_as_numpy_does(seed):
    """``ui.briefs.place_key`` rounds in plain Python exactly as ``np.round(x, 4)`` does, halves
    (to even) and negative zero included, so the keys match those made before and elsewhere."""
    import random

    from ui.briefs import place_key

    rng = random.Random(seed)
    values = [rng.uniform(-180, 180) for _ in range(20_000)]
    values += [k / 1e4 + 0.00005 for k in range(-1_800_000, 1_800_000, 997 + seed)]
    values += [round(v, 5) for v in values[:5_000]]
    values += [0.0, -0.0, 0.00005, -0.00005, -0.00004, 1.00005, 179.99995, -179.99995]
    for value in values:
        want = f"{np.round(value, 4):.4f}"
        assert place_key(value, value) == f"{want},{want}", value
    assert place_key(None, 1.0) is None
