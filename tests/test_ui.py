"""The dashboard's pure parts: frames and filters, times, URL state, map, strings, safety."""

from __future__ import annotations

import io
import json
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

from pipeline.formats import write_csv, write_geojson
from ui.deck import LINE_COLORS, TOOLTIP, build_deck, marker_radius, view_for
from ui.focus import (
    MOVED_KM,
    as_list,
    as_object,
    distance_km,
    focus_lines,
    places_named,
)
from ui.frames import (
    Filters,
    age_bucket,
    apply_filters,
    briefs_at,
    events_frame,
    facet_counts,
    fold,
    headline,
    hexbins,
    places,
    time_bounds,
    timeline,
    to_records,
    with_mode,
)
from ui.i18n import STRINGS, language, t
from ui.safe import plain_markdown, safe_url
from ui.source import RecordsFile
from ui.state import View, decode, encode, map_pick
from ui.timefmt import (
    absolute,
    ceil_to,
    floor_to,
    from_local_naive,
    parse_instant,
    preset_window,
    relative,
    step_for,
    to_local_naive,
    zone,
    zone_name,
)

WASHINGTON = "38.8951,-77.0364"


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    return events_frame(records())


def test_frame_keeps_unknowns_unknown(df):
    assert len(df) == 9
    assert df["published"].isna().sum() == 1
    assert df["key"].isna().sum() == 1  # the brief without a dateline stays unlocated
    assert time_bounds(df) == (CAPTURED - timedelta(hours=30), CAPTURED - timedelta(hours=0.5))


def test_empty_frame_has_every_column():
    empty = events_frame([])
    assert empty.empty and {"published", "key", "headline", "_fold"} <= set(empty.columns)
    assert time_bounds(empty) is None
    assert places(empty).empty


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Kop", "Tekst. Meer.", "Kop"),
        (None, "Eerste zin. Tweede zin.", "Eerste zin."),
        ("  ", "Zonder punt", "Zonder punt"),
        (None, None, ""),
        (None, "x" * 200, "x" * 160 + "…"),
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
def test_apply_filters(df, filters, expected):
    assert len(apply_filters(df, filters)) == expected


def test_facet_counts_ignore_their_own_choice_and_keep_every_value(df):
    chosen = Filters(agencies=("AFP",), countries=("US",))
    agencies = facet_counts(df, chosen, "agencies")
    assert agencies == {"AFP": 1, "ANP": 3, "RTR": 1}  # within the US, whatever the agency
    countries = facet_counts(df, chosen, "countries")
    assert countries["US"] == 1 and countries["NG"] == 1 and countries["NL"] == 0


@pytest.mark.parametrize(
    ("text", "expected"), [("São Paulo", "sao paulo"), ("ÉCHO", "echo"), ("Groß", "gross")]
)
def test_fold(text, expected):
    assert fold(text) == expected


def test_places_group_count_newest_first_and_age_colour(df):
    rows = places(df, reference=CAPTURED).set_index("key")
    assert rows.loc[WASHINGTON, "count"] == 3
    assert rows.loc[WASHINGTON, "headline"].startswith("In Washington stemde")  # newest, 3 h
    assert rows.loc[WASHINGTON, "age"] == "age_6h"
    assert rows.loc["-23.5475,-46.6361", "age"] == "age_1h"
    assert rows.loc["53.2192,6.5667", "age"] == "age_7d"
    assert rows.loc["39.0338,125.7543", "age"] == "age_unknown"
    assert [b[:20] for b in briefs_at(df, WASHINGTON)["text"]] == [
        "In Washington stemde",
        "De Senaat in Washing",
        "Een vliegdekschip vo",
    ]


@pytest.mark.parametrize(
    ("age", "key"),
    [
        (None, "age_unknown"),
        (timedelta(0), "age_1h"),
        (timedelta(minutes=59), "age_1h"),
        (timedelta(hours=1), "age_6h"),
        (timedelta(hours=23), "age_24h"),
        (timedelta(days=3), "age_7d"),
        (timedelta(days=30), "age_old"),
    ],
)
def test_age_buckets(age, key):
    assert age_bucket(age)[0] == key


def test_timeline_marks_the_window(df):
    bounds = time_bounds(df)
    step = timedelta(hours=1)
    bins = timeline(df, bounds, step, (CAPTURED - timedelta(hours=3), CAPTURED))
    assert bins["events"].sum() == 8
    inside = bins[bins["in_window"]]
    assert inside["events"].sum() == 4


def test_hexbins_count_every_located_event(df):
    cells = hexbins(df, 500_000.0)
    assert cells["count"].sum() == 8
    assert cells["count"].max() == 3  # Washington
    for ring, box in zip(cells["polygon"], cells["bbox"], strict=True):
        assert len(ring) == 6
        south, west, north, east = box
        assert south < north and west < east


def test_hexbins_of_nothing():
    assert hexbins(events_frame([]), 1000.0).empty


def test_downloads_round_trip_the_records(df):
    shown = apply_filters(df, Filters(countries=("US",)))
    out = io.StringIO()
    assert write_csv(to_records(shown), out) == 3
    assert out.getvalue().count("\n") == 4
    out = io.StringIO()
    write_geojson(to_records(df), out)
    collection = json.loads(out.getvalue())
    assert len(collection["features"]) == 8  # located events only
    assert all(r["lat"] is None for r in to_records(df) if r["country_code"] is None)


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
        ({"events": [{"key": WASHINGTON}]}, ("place", WASHINGTON)),
        ({"hexagons": [{"hex": "1:2"}]}, ("area", (1.0, 2.0, 3.0, 4.0))),
        ({"hexagons": [{"hex": "9:9"}]}, ("none", None)),
        ({}, ("none", None)),
        (None, ("none", None)),
    ],
)
def test_map_pick(objects, expected):
    assert map_pick(objects, {"1:2": (1.0, 2.0, 3.0, 4.0)}, "events", "hexagons") == expected


# --- map -------------------------------------------------------------------------------------


def test_deck_is_offline_with_plain_text_tooltip(df):
    deck = json.loads(build_deck(places(df), selected_key=WASHINGTON).to_json())
    assert [layer["id"] for layer in deck["layers"]] == [
        "basemap-ocean",
        "basemap",
        "events",
        "selected",
    ]
    assert "mapProvider" not in deck or deck["mapProvider"] is None
    assert TOOLTIP == {"text": "{place}\n{headline}"}
    online = json.loads(build_deck(places(df), online=True).to_json())
    assert online["mapProvider"] == "carto"
    assert all(not layer["id"].startswith("basemap") for layer in online["layers"])


def test_marker_radius_grows_gently():
    assert marker_radius(1) == 6.0
    assert 6.0 < marker_radius(3) < marker_radius(100) < 50


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


def test_t_falls_back_to_english():
    assert t("nl", "metric_shown") == "Getoonde berichten"
    assert t("zz", "metric_shown") == "Events shown"
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


@pytest.fixture(scope="module")
def happened(df) -> pd.DataFrame:
    return with_mode(df, "happened")


def test_where_it_happened_moves_markers_to_the_focus(df, happened):
    filed = places(df, reference=CAPTURED).set_index("key")
    there = places(happened, reference=CAPTURED).set_index("key")
    assert CARIBBEAN_KEY not in filed.index and filed.loc[WASHINGTON, "count"] == 3
    assert there.loc[CARIBBEAN_KEY, "place"] == "Caribbean Sea"
    assert there.loc[CARIBBEAN_KEY, "headline"].startswith("Een vliegdekschip")
    assert there.loc[WASHINGTON, "count"] == 2
    # Events without a focus elsewhere stay put; the unlocated brief stays unlocated.
    assert there.loc["-23.5475,-46.6361", "place"] == "São Paulo"
    assert happened["key"].isna().sum() == 1
    assert len(briefs_at(happened, CARIBBEAN_KEY)) == 1


def test_where_it_happened_drives_area_country_and_hexagons(df, happened):
    caribbean = Filters(area=(10.0, -80.0, 20.0, -70.0))
    assert len(apply_filters(df, caribbean)) == 0
    assert list(apply_filters(happened, caribbean)["headline"].str[:16]) == ["Een vliegdekschi"]
    # The Caribbean Sea is in no country: the US count drops from 3 to 2 there.
    assert facet_counts(df, Filters(), "countries")["US"] == 3
    assert facet_counts(happened, Filters(), "countries")["US"] == 2
    cells = hexbins(happened, 50_000.0)
    assert cells["count"].sum() == 8 and cells["count"].max() == 2  # Washington keeps two
    at_sea = [
        n
        for n, (south, west, north, east) in zip(cells["count"], cells["bbox"], strict=True)
        if south <= CARIBBEAN[0] <= north and west <= CARIBBEAN[1] <= east
    ]
    assert at_sea == [1]
    assert not any(
        south <= CARIBBEAN[0] <= north and west <= CARIBBEAN[1] <= east
        for south, west, north, east in hexbins(df, 50_000.0)["bbox"]
    )


def test_downloads_keep_the_record_shape_in_either_mode(df, happened):
    assert to_records(happened) == to_records(df)
    washington = next(r for r in to_records(happened) if r["focus"] == CARIBBEAN_FOCUS)
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
    frame = events_frame([_moved(km, focus)])
    data = focus_lines(frame)
    assert len(data) == lines
    if lines:
        assert data.iloc[0]["from"] == [-77.0364, 38.8951]
        assert data.iloc[0]["to"][0] == -77.0364 and data.iloc[0]["count"] == 1


def test_focus_lines_of_the_fixtures_and_of_nothing(df):
    data = focus_lines(df)  # Groningen's focus is 13 km off: no line
    assert [(r["from"], r["to"], r["count"]) for _, r in data.iterrows()] == [
        ([-77.0364, 38.8951], [-75.0, 15.0], 1)
    ]
    assert focus_lines(events_frame([])).empty
    assert focus_lines(df.iloc[0:0]).empty
    unlocated = record("Geen plaats.", place=None, agencies=[], hours_ago=1)
    unlocated["focus"] = CARIBBEAN_FOCUS  # a focus but no dateline location: nothing to join
    assert focus_lines(events_frame([unlocated])).empty
    at_focus = with_mode(events_frame([unlocated]), "happened")
    assert list(at_focus["key"]) == [CARIBBEAN_KEY]


def test_distance_km():
    assert distance_km(52.37, 4.89, 52.37, 4.89) == 0
    assert 355 < distance_km(52.37, 4.89, 48.85, 2.35) < 435  # Amsterdam to Paris


def test_line_layer_is_quiet_unpickable_and_under_the_markers(df):
    rows = places(df)
    deck = json.loads(build_deck(rows, lines=focus_lines(df), theme="dark").to_json())
    ids = [layer["id"] for layer in deck["layers"]]
    assert ids == ["basemap-ocean", "basemap", "focus-lines", "events"]
    line = deck["layers"][2]
    assert line["@@type"] == "LineLayer" and line["pickable"] is False
    assert line["getColor"] == LINE_COLORS["dark"] and len(line["data"]) == 1
    assert LINE_COLORS["light"] != LINE_COLORS["dark"]
    plain = json.loads(build_deck(rows, lines=focus_lines(df.iloc[0:0])).to_json())
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


# --- the index path (pipeline.query.EventIndex behind ui.events) matches the frame path -------


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


FILTER_CASES = [
    {},
    {"agencies": ("ANP",)},
    {"agencies": ("AFP", "RTR"), "countries": ("US", "AU")},
    {"langs": ("en",), "include_undated": False},
    {"hours": 6},
    {"hours": 24, "include_undated": False, "agencies": ("ANP",)},
    {"area": (-20.0, -50.0, 40.0, 60.0)},
]


@pytest.mark.parametrize("where", ["filed", "happened"])
@pytest.mark.parametrize("case", FILTER_CASES)
def test_index_masks_and_counts_match_the_frame(where, case):
    from pipeline.query import EventIndex
    from ui.events import FrameEvents, IndexEvents

    items = _many_records()
    framed = FrameEvents(events_frame(items)).placed(where)
    indexed = IndexEvents(EventIndex.from_records(items), None, where)
    case = dict(case)
    hours = case.pop("hours", None)
    end = framed.bounds()[1]
    if hours:
        case.update(start=end - timedelta(hours=hours), end=end)
    f = Filters(**case)
    for facet in ("agencies", "countries", "langs"):
        assert indexed.facet_counts(f, facet) == framed.facet_counts(f, facet)
    a, b = framed.select(f), indexed.select(f)
    assert (a.n, a.n_located, a.n_loose) == (b.n, b.n_located, b.n_loose)
    assert list(a.shown["id"]) == indexed.index.id_list(np.flatnonzero(b.mask))
    assert indexed.bounds() == framed.bounds()
    assert indexed.undated_total() == framed.undated_total()
    step = timedelta(hours=1)
    bounds = framed.bounds()
    pd.testing.assert_frame_equal(
        indexed.timeline(f, bounds, step, (end - step * 5, end)),
        framed.timeline(f, bounds, step, (end - step * 5, end)),
    )

    def cells(frame):
        return set(zip(frame["hex"], frame["count"], strict=True))

    assert cells(b.hexbins(500_000.0)) == cells(a.hexbins(500_000.0))
    assert cells(b.hexbins(90_000.0)) == cells(a.hexbins(90_000.0))
    assert b.lines().to_dict("list") == a.lines().to_dict("list")
    rows, counts = indexed.index.groups(b.mask, where)
    places_a = a.places(end)
    assert indexed.index.id_list(rows) == list(
        a.located.sort_values("published", ascending=False, na_position="last", kind="stable")
        .groupby("key", sort=False)
        .head(1)["id"]
    )
    assert list(counts) == list(places_a["count"])


def test_index_from_the_store_matches_its_records(store):  # noqa: F811 (fixture)
    """The columnar read (SQLite text times, PostgreSQL datetimes) gives the records' index."""
    from pipeline.query import EventIndex

    store.add(_many_records()[:60], source="test")
    stored = store.events()
    built, expected = EventIndex.from_store(store, batch=7), EventIndex.from_records(stored)
    assert built.n == expected.n == len(stored)
    for name in ("ids", "time", "dated", "lat", "lon", "focus_lat", "focus_moved"):
        np.testing.assert_array_equal(getattr(built, name), getattr(expected, name))
    f = Filters(agencies=("ANP",), countries=("US", "AU"))
    for facet in ("agencies", "countries", "langs"):
        assert built.facet_counts(f, facet, "happened") == expected.facet_counts(
            f, facet, "happened"
        )
    ids = [r["id"] for r in stored[::-5]]
    assert [r["id"] for r in store.records([*ids, "no-such-id"])] == ids
    assert store.records(ids[:1]) == [r for r in stored if r["id"] == ids[0]]
