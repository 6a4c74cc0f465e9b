"""AppTest of the page: every control, on records written for these tests (incl. hostile text).

The page reads a records file (``WIREMAP_RECORDS``) so these tests need neither the store nor the
parsing pipeline; the add-copy test swaps the extractor for a stub.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest
import streamlit as st
from browser.fixtures import (
    CAPTURED,
    HOSTILE_MENTION,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    record,
    records,
    write_jsonl,
)
from streamlit.testing.v1 import AppTest

from pipeline.textfold import fold
from ui.deck import layer_rows

DASHBOARD = "../dashboard.py"
WASHINGTON = "38.8951,-77.0364"
CARIBBEAN = "15.0000,-75.0000"
LAGOS = "6.4541,3.3947"
TOTAL = len(records())


@pytest.fixture
def records_file(tmp_path, settings):
    path = write_jsonl(tmp_path / "events.jsonl")
    settings(records=str(path))
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()


def app(**params: str | list[str]) -> AppTest:
    """The page at ``?params``; not live unless asked, since the fixtures' copy is from 2025."""
    params.setdefault("live", "0")
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [(e.message, e.stack_trace) for e in at.exception]
    return at


def status(at: AppTest) -> str:
    """The header's line: '9 of 9 events · 1 without a known time'."""
    return next(m.value for m in at.markdown if "wm-status" in m.value)


def shown(at: AppTest) -> int:
    return int(re.search(r"wm-status'>([\d,]+) ", status(at)).group(1).replace(",", ""))


def params(at: AppTest) -> dict[str, list[str]]:
    """The URL's query parameters, each as a list (repeated keys for multi-selections)."""
    return {k: v if isinstance(v, list) else [v] for k, v in at.query_params.items()}


def escaped(body: str) -> bool:
    """Every character that Markdown or HTML could act on is backslash-escaped."""
    return all(body[i - 1] == "\\" for i, c in enumerate(body) if c in "<>[]&*`" and i > 0) and (
        not body or body[0] not in "<>[]&`"
    )


def deck(at: AppTest) -> dict:
    return json.loads(at.get("deck_gl_json_chart")[0].proto.json)


def layer(at: AppTest, kind: str) -> dict | None:
    """The deck's layer of that kind (its id is ``kind`` or ``kind@signature``)."""
    return next((lay for lay in deck(at)["layers"] if lay["id"].split("@")[0] == kind), None)


def unescape(text: str) -> str:
    """Markdown-escaped text as the reader sees it."""
    return re.sub(r"\\(.)", r"\1", text)


def captions(at: AppTest) -> list[str]:
    return [unescape(c.value) for c in at.caption]


def test_page_shows_every_event_with_markers_and_legend(records_file):
    at = ok(app())
    assert shown(at) == TOTAL
    events = layer(at, "events")
    # Six located places: Washington's three briefs share one marker, sized by count.
    assert len(events["data"]) == 6
    washington = next(p for p in events["data"] if p["key"] == WASHINGTON)
    others = [p["radius"] for p in events["data"] if p["key"] != WASHINGTON]
    assert washington["count"] == 3 and washington["radius"] > max(others)
    # Age colours: São Paulo (30 min before the window's end) is freshest, Pyongyang unknown.
    colors = {p["key"].split(",")[0][:5]: p["color"] for p in events["data"]}
    assert colors["-23.5"] != colors["53.21"]
    assert colors["39.03"] == [150, 150, 150, 200]
    assert deck(at)["layers"][0]["id"] == "basemap"  # offline basemap below the events
    assert "mapProvider" not in deck(at) or deck(at)["mapProvider"] is None
    legend = next(m.value for m in at.markdown if "wm-legend" in m.value)
    assert "&lt; 1 h" in legend and "time unknown" in legend


def test_tooltip_is_plain_text_template(records_file):
    at = ok(app())
    tooltip = deck(at).get("tooltip") or json.loads(at.get("deck_gl_json_chart")[0].proto.tooltip)
    assert "text" in tooltip and "html" not in tooltip


def test_place_in_url_lists_all_its_briefs_newest_first_and_highlights_it(records_file):
    at = ok(app(place=WASHINGTON))
    assert any("Washington: 3 briefs" in unescape(s.value) for s in at.subheader)
    bodies = [m.value for m in at.markdown if "Washington" in m.value and m.value.startswith("**")]
    assert [b.split()[1] for b in bodies] == ["Washington", "Senaat", "vliegdekschip"]
    selected = layer(at, "selected")
    assert selected and len(selected["data"]) == 1
    # The table follows the selection.
    assert at.dataframe[0].value.shape[0] == 3
    # Relative and absolute time in the pane (UTC here), and the https source is linked.
    seen = captions(at)
    assert any(c.startswith("17 Nov 2025 04:00 · ") and " ago · " in c for c in seen), seen
    assert any(c.startswith("16 Nov 2025 16:00 · ") and "(ANP/AFP)" in c for c in seen)
    assert any("Located: dateline place Washington" in c for c in seen)
    assert any("](<https://example.org/news/senaat>)" in m.value for m in at.markdown)


def test_close_button_clears_the_selection(records_file):
    at = ok(app(place=WASHINGTON))
    at.button(key="close").click().run()
    ok(at)
    assert layer(at, "selected") is None
    assert "place" not in at.query_params
    assert at.dataframe[0].value.shape[0] == TOTAL


def test_presets_filter_the_window(records_file):
    at = ok(app())
    counts = {}
    for preset in ("1h", "6h", "24h", "7d", "all"):
        at.button_group(key="preset").set_value(preset).run()
        ok(at)
        counts[preset] = shown(at)
    # Dated events at 0.5, 1, 2, 3, 6, 12, 15, 30 hours before the newest; plus one undated.
    assert counts == {"1h": 3, "6h": 6, "24h": 8, "7d": 9, "all": 9}
    at.button_group(key="preset").set_value("6h").run()
    assert at.query_params["preset"] == "6h"


def test_slider_filters_and_is_written_to_the_url(records_file):
    at = ok(app())
    slider = at.slider(key="window")
    low, high = slider.value
    # "all": from the oldest to the newest brief, not rounded out to whole hours (issue 14).
    assert (low, high) == (datetime(2025, 11, 16, 1, 0), datetime(2025, 11, 17, 6, 30))
    slider.set_value((high - timedelta(hours=3), high)).run()
    ok(at)
    # 0.5 h, 1 h (unlocated), 2 h, 3 h, plus the undated one.
    assert shown(at) == 5
    assert at.query_params["to"].startswith("2025-11-17T06:30")
    assert "preset" not in at.query_params
    assert at.button_group(key="preset").value is None


def test_step_moves_the_window_by_its_length(records_file):
    at = ok(app(preset="1h"))
    before = at.slider(key="window").value
    at.button(key="step").click().run()
    ok(at)
    after = at.slider(key="window").value
    assert after[0] > before[0] and after[1] - after[0] == before[1] - before[0]
    assert after[1] == datetime(2025, 11, 17, 7, 0)  # up to the end of the slider
    at.button(key="step").click().run()
    wrapped = at.slider(key="window").value  # past the newest copy it wraps to the oldest
    assert wrapped == (datetime(2025, 11, 16, 1, 0), datetime(2025, 11, 16, 2, 0))
    assert at.toggle(key="live").value is False


def test_play_toggle_runs(records_file):
    at = ok(app())
    at.toggle(key="play").set_value(True).run()
    ok(at)
    assert at.toggle(key="play").value is True


def test_undated_toggle_hides_and_lists_apart(records_file):
    at = ok(app())
    assert any("unknown time (1)" in s.value for s in at.subheader)
    at.toggle(key="undated").set_value(False).run()
    ok(at)
    assert shown(at) == TOTAL - 1
    assert not any("unknown time" in s.value for s in at.subheader)
    assert "0 without a known time" in status(at)
    assert at.query_params["undated"] == "0"


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("agency", ["AFP"], 2),
        ("agency", ["RTR", "AFP"], 4),
        ("country", ["US"], 3),
        ("country", ["NL", "BR"], 2),
        ("langs", ["en"], 2),
    ],
)
def test_facet_filters_with_counts(records_file, key, value, expected):
    at = ok(app())
    select = at.multiselect(key=key)
    assert all(label.endswith(")") and " (" in label for label in select.options)
    select.set_value(value).run()
    ok(at)
    assert shown(at) == expected
    assert params(at)[key] == value


def test_agency_counts_follow_the_other_filters(records_file):
    at = ok(app())
    at.multiselect(key="country").set_value(["US"]).run()
    select = at.multiselect(key="agency")
    labels = {o.split()[0]: o for o in select.options}
    # Within the US: ANP on all three, AFP and RTR on one each; Lagos' AFP is not counted.
    assert labels == {"AFP": "AFP (1)", "ANP": "ANP (3)", "RTR": "RTR (1)"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("sao paulo", 1), ("SÃO", 1), ("senaat", 1), ("washington", 3), ("nergens", 0)],
)
def test_search_is_case_and_accent_insensitive(records_file, query, expected):
    at = ok(app())
    at.text_input(key="q").input(query).run()
    ok(at)
    assert shown(at) == expected
    assert at.query_params["q"] == query


def test_clear_filters(records_file):
    at = ok(app(q="washington", agency="ANP"))
    assert shown(at) == 3
    at.button(key="clear").click().run()
    ok(at)
    assert shown(at) == TOTAL
    assert "q" not in at.query_params and "agency" not in at.query_params


def test_timezone_changes_times_and_labels(records_file):
    at = ok(app(place=WASHINGTON))
    at.selectbox(key="tz").set_value("Europe/Amsterdam").run()
    ok(at)
    assert "Europe/Amsterdam" in at.slider(key="window").label
    assert any(c.startswith("17 Nov 2025 05:00 · ") for c in captions(at))
    assert at.query_params["tz"] == "Europe/Amsterdam"


@pytest.fixture
def tile_server(settings):
    """A stand-in for the tile provider on 127.0.0.1 (the probe's URL points at it)."""
    import http.server
    import threading

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings(tiles_probe=f"http://127.0.0.1:{server.server_port}/style.json")
    yield server
    server.shutdown()


def test_online_tiles_is_an_opt_in(records_file, tile_server):
    at = ok(app())
    assert deck(at).get("mapProvider") in (None, "")
    at.toggle(key="online").set_value(True).run()
    ok(at)
    assert deck(at)["mapProvider"] == "carto"
    assert at.query_params["tiles"] == "online"
    assert not at.warning


def test_online_tiles_without_a_network_fall_back_to_the_bundled_map(records_file, settings):
    import socket

    with socket.socket() as sock:  # a port nobody listens on: the provider cannot be reached
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings(tiles_probe=f"http://127.0.0.1:{port}/style.json")
    at = ok(app(tiles="online"))
    assert deck(at).get("mapProvider") in (None, "")
    assert layer(at, "basemap") is not None and layer(at, "cities") is not None
    assert any("cannot be reached" in w.value for w in at.warning)
    assert at.query_params["tiles"] == "online"  # the reader's choice is kept for later


def test_interface_in_dutch_by_control_and_url(records_file):
    at = ok(app())
    at.button_group(key="ui_lang").set_value("nl").run()
    ok(at)
    assert "9 van 9 berichten" in status(at)
    assert at.query_params["lang"] == "nl"
    at2 = ok(app(lang="nl", place=WASHINGTON))
    assert any("Washington: 3 berichten" in unescape(s.value) for s in at2.subheader)
    assert any(c.startswith("17 nov 2025 04:00 · ") and "geleden" in c for c in captions(at2))


def test_shared_url_round_trips(records_file):
    at = ok(app())
    at.text_input(key="q").input("washington")
    at.multiselect(key="agency").set_value(["ANP"])
    at.selectbox(key="tz").set_value("America/New_York")
    at.run()
    high = at.slider(key="window").value[1]
    at.slider(key="window").set_value((high - timedelta(hours=13), high)).run()
    at.session_state["place"] = WASHINGTON
    at.run()
    ok(at)
    shared = params(at)
    again = ok(app(**shared))
    assert params(again) == shared
    assert shown(again) == shown(at) == 2
    assert again.slider(key="window").value == at.slider(key="window").value
    assert again.text_input(key="q").value == "washington"
    assert layer(again, "selected") is not None


def test_malformed_url_falls_back_to_defaults(records_file):
    at = ok(app(**{"from": "gisteren", "to": "??", "place": "x", "tz": "Mars/Base", "lang": "xx"}))
    assert shown(at) == TOTAL
    assert "9 of 9 events" in status(at)


def test_hostile_text_is_escaped_in_pane_and_kept_as_data_in_table(records_file):
    at = ok(app(place="6.4541,3.3947"))
    hostile = [m.value for m in at.markdown if "script" in m.value or "onerror" in m.value]
    assert hostile, "the hostile brief should be in the pane"
    for body in hostile:
        core = body.removeprefix("**").removesuffix("**")
        assert escaped(core), body
    # javascript: source is shown as text, never linked.
    assert not any("javascript:" in m.value and "](" in m.value for m in at.markdown)
    table = at.dataframe[0].value
    assert HOSTILE_TITLE in set(table.iloc[:, 3])  # the table holds the text itself, as data
    assert not any(HOSTILE_TEXT in m.value for m in at.markdown)


def test_downloads_are_offered(records_file):
    at = ok(app())
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download GeoJSON"]


def test_new_data_shows_without_restart(records_file):
    at = ok(app())
    extra = record(
        "In Nairobi begon een klimaattop. Duizenden deelnemers kwamen.",
        place="Nairobi",
        agencies=["ANP"],
        hours_ago=1,
        lat=-1.28333,
        lon=36.81667,
        country="KE",
    )
    with records_file.open("a", encoding="utf-8") as out:
        out.write(json.dumps(extra) + "\n")
    at.run()
    ok(at)
    assert shown(at) == TOTAL + 1
    at.toggle(key="auto_refresh").set_value(False).run()
    ok(at)


def test_add_copy_by_paste(records_file, monkeypatch):
    import ui.add

    seen = {}

    def fake(text, captured_at, source="pasted"):
        seen["text"], seen["captured_at"] = text, captured_at
        return [
            record(
                "In Lima opende een nieuwe brug. Verkeer rijdt weer.",
                place="Lima",
                agencies=["ANP"],
                hours_ago=0.2,
                lat=-12.04318,
                lon=-77.02824,
                country="PE",
            )
        ]

    monkeypatch.setattr(ui.add, "records_from_text", fake)
    at = ok(app())
    at.text_area(key="add_text").input("LIMA (ANP) - In Lima opende een nieuwe brug.")
    at.datetime_input(key="add_captured").set_value(datetime(2025, 11, 17, 8, 0))
    next(b for b in at.button if b.label == "Add").click().run()
    ok(at)
    assert seen["text"].startswith("LIMA")
    assert seen["captured_at"] == datetime(2025, 11, 17, 8, 0, tzinfo=CAPTURED.tzinfo)
    assert shown(at) == TOTAL + 1
    assert any("Added 1 new event." in unescape(s.value) for s in at.success)


def test_aggregates_above_20000_and_returns_to_markers_when_filtered(tmp_path, settings):
    many = []
    base = record("x", place="Bulk", agencies=["ANP"], hours_ago=1, lat=0.0, lon=0.0)
    for i in range(20_050):
        item = dict(base)
        item.update(
            id=f"bulk{i}",
            text=f"Bulk brief {i}.",
            lat=(i % 120) - 60.0,
            lon=(i % 340) - 170.0,
            agencies=["ANP"] if i >= 100 else ["AFP"],
            country_code="ZZ",
        )
        many.append(item)
    settings(records=str(write_jsonl(tmp_path / "many.jsonl", many)))
    st.cache_resource.clear()
    at = ok(app())
    assert layer(at, "hexagons") is not None and layer(at, "events") is None
    cells = layer(at, "hexagons")["data"]
    assert sum(c["count"] for c in cells) == 20_050
    assert any("hexagons" in i.value for i in at.info)
    at.multiselect(key="agency").set_value(["AFP"]).run()
    ok(at)
    assert layer(at, "events") is not None and layer(at, "hexagons") is None
    st.cache_resource.clear()


def test_clicking_a_hexagon_narrows_the_map_to_it(tmp_path, settings):
    base = record("x", place="Bulk", agencies=["ANP"], hours_ago=1, lat=0.0, lon=0.0)
    many = [
        dict(base, id=f"bulk{i}", text=f"Bulk brief {i}.", lat=(i % 120) - 60.0,
             lon=(i % 340) - 170.0)
        for i in range(20_050)
    ]  # fmt: skip
    settings(records=str(write_jsonl(tmp_path / "many.jsonl", many)))
    st.cache_resource.clear()
    at = ok(app())
    cells = layer(at, "hexagons")["data"]
    busiest = max(cells, key=lambda c: c["count"])
    # What the chart reports when the reader clicks that hexagon.
    hexagons = layer(at, "hexagons")["id"]
    at.session_state["map"] = {
        "selection": {"indices": {hexagons: [cells.index(busiest)]},
                      "objects": {hexagons: [busiest]}}
    }  # fmt: skip
    at.run()
    ok(at)
    # The area is the hexagon's bounding box: its events, and a few of its neighbours' corners.
    assert busiest["count"] <= shown(at) < 2 * busiest["count"]
    area = [float(v) for v in at.query_params["area"].split(",")]
    assert area[0] < area[2] and area[1] < area[3]
    assert layer(at, "events") is not None  # few enough for markers again
    at.button(key="area_clear").click().run()
    assert shown(ok(at)) == 20_050 and "area" not in at.query_params
    st.cache_resource.clear()


def test_clicking_a_table_row_selects_its_place(records_file):
    at = ok(app())
    table = at.dataframe[0].value
    row = list(table["Place"]).index("Lagos")
    at.session_state["table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    ok(at)
    assert at.query_params["place"] == LAGOS
    assert any("Lagos: 1 brief" in unescape(s.value) for s in at.subheader)
    assert layer(at, "selected")["data"][0]["lat"] == pytest.approx(6.45407)
    assert at.dataframe[0].value.shape[0] == 1  # the table follows the selection
    # The same selection seen again on the next run is not a new click.
    at.button(key="close").click().run()
    assert "place" not in ok(at).query_params


def test_folding_matches_page_search():
    assert fold("São PAULO") == "sao paulo"


@pytest.fixture
def empty_store(tmp_path, settings):
    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    settings(records=None, db=url)
    st.cache_resource.clear()
    yield url
    st.cache_resource.clear()


def test_empty_store_gets_the_seed_and_keeps_added_copy(empty_store):
    from pipeline.store import open_store

    at = ok(app())
    assert shown(at) == 8  # the bundled seed page, ingested into the empty store
    at.text_area(key="add_text").input(
        "LIMA (ANP) - In Lima is een nieuwe brug geopend. Het verkeer rijdt weer.\n2 uur geleden"
    )
    at.datetime_input(key="add_captured").set_value(datetime(2025, 11, 17, 8, 0))
    next(b for b in at.button if b.label == "Add").click().run()
    ok(at)
    assert shown(at) == 9
    at.file_uploader(key="add_files").upload(
        "page.html",
        b"<html><body><p>QUITO (ANP) - Een nieuwe president werd beedigd in Quito.</p>"
        b"</body></html>",
        "text/html",
    )
    next(b for b in at.button if b.label == "Add").click().run()
    ok(at)
    assert shown(at) == 10
    with open_store(empty_store) as store:
        assert store.count() == 10  # kept in the store, not only in this session
    lima = next(e for e in open_store(empty_store).events() if e["place"] == "LIMA")
    assert lima["captured_at_basis"] == "entered on the page"
    assert lima["published_at"].startswith("2025-11-17T06:00")


# --- where filed / where it happened ---------------------------------------------------------


def marker_keys(at: AppTest) -> dict[str, int]:
    return {p["key"]: p["count"] for p in layer(at, "events")["data"]}


def test_where_it_happened_moves_the_marker_and_keeps_the_line(records_file):
    at = ok(app())
    assert at.button_group(key="where").value == "filed"
    assert marker_keys(at)[WASHINGTON] == 3 and CARIBBEAN not in marker_keys(at)
    lines = layer(at, "focus-lines")
    assert layer_rows(lines["data"]) == [
        {"from": [-77.0364, 38.8951], "to": [-75.0, 15.0], "count": 1}
    ]
    assert lines["pickable"] is False
    assert "Line: from the dateline" in next(m.value for m in at.markdown if "wm-legend" in m.value)
    at.button_group(key="where").set_value("happened").run()
    ok(at)
    assert marker_keys(at)[WASHINGTON] == 2 and marker_keys(at)[CARIBBEAN] == 1
    assert layer_rows(layer(at, "focus-lines")["data"]) == layer_rows(lines["data"])
    assert at.query_params["where"] == "happened"
    assert shown(at) == TOTAL  # the same events, placed elsewhere
    at.button_group(key="where").set_value("filed").run()
    assert "where" not in at.query_params


def test_where_it_happened_round_trips_through_the_url(records_file):
    at = ok(app(where="happened", place=CARIBBEAN, lang="nl"))
    assert at.button_group(key="where").value == "happened"
    assert any("Caribbean Sea: 1 bericht" in unescape(s.value) for s in at.subheader)
    assert layer(at, "selected")["data"][0]["lat"] == 15.0
    # The table follows the place picked at sea, with its place as where it happened.
    table = at.dataframe[0].value
    assert table.shape[0] == 1 and table["Plaats"].iloc[0] == "Caribbean Sea"
    shared = params(at)
    assert shared["where"] == ["happened"]
    again = ok(app(**shared))
    assert params(again) == shared
    assert marker_keys(again) == marker_keys(at)
    assert any("Waar het gebeurde: Caribbean Sea" in c for c in captions(again))
    ok(app(where="elsewhere"))  # unknown value: the default, no error
    assert ok(app(where="elsewhere")).button_group(key="where").value == "filed"


def test_pane_lists_the_places_named_and_where_it_happened(records_file):
    at = ok(app(place=WASHINGTON))
    seen = captions(at)
    assert "Places named: Washington (US · United States); Caribische Zee (sea)" in seen
    assert "Places named: Washington (US · United States)" in seen
    assert "No places named in the text." in seen  # the Senate brief names nothing more
    happened = [c for c in seen if c.startswith("Where it happened:")]
    assert happened == [
        'Where it happened: Caribbean Sea (lead: "naar de Caribische Zee" '
        "(outside the dateline, Washington))"
    ]
    # Groningen's focus is 13 km from its dateline: places named, but no "where it happened".
    groningen = captions(ok(app(place="53.2192,6.5667")))
    assert "Places named: Groningen (NL · Netherlands)" in groningen
    assert not any(c.startswith("Where it happened") for c in groningen)


def test_places_named_are_escaped(records_file):
    at = ok(app(place=LAGOS))
    named = [c.value for c in at.caption if "Places named" in c.value]
    assert len(named) == 1 and HOSTILE_MENTION not in named[0]
    assert escaped(named[0]) and unescape(named[0]).startswith(f"Places named: {HOSTILE_MENTION}")


def test_seed_ford_brief_is_at_the_caribbean_sea(empty_store):
    at = ok(app())
    assert marker_keys(at)[WASHINGTON] == 3
    at.button_group(key="where").set_value("happened").run()
    ok(at)
    keys = marker_keys(at)
    assert keys[WASHINGTON] == 2 and keys[CARIBBEAN] == 1
    at.session_state["place"] = CARIBBEAN
    at.run()
    ok(at)
    assert any("Caribbean Sea: 1 brief" in unescape(s.value) for s in at.subheader)
    seen = captions(at)
    assert any(c.startswith("Where it happened: Caribbean Sea (lead:") for c in seen), seen
    named = next(c for c in seen if c.startswith("Places named:"))
    assert "Caribische Zee (sea)" in named and "Britse Maagdeneilanden (VG · " in named


# --- a store: the same engine, records read for what is shown ----------------------------------


@pytest.fixture
def filled_store(tmp_path, settings):
    from pipeline.store import open_store

    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    with open_store(url) as store:
        store.add(records(), source="test")
    settings(records=None, db=url)
    st.cache_resource.clear()
    yield url
    st.cache_resource.clear()


def test_a_store_that_cannot_be_imported_is_an_error_not_the_sample(empty_store, monkeypatch):
    """No silent fallback: the page says why it has no events instead of showing the seed."""
    import sys

    monkeypatch.setitem(sys.modules, "pipeline.store", None)  # the import fails
    at = ok(app())
    assert shown(at) == 0
    assert any("pipeline.store" in unescape(e.value) for e in at.error)


def test_one_bad_upload_among_good_ones_adds_the_good_ones(empty_store):
    at = ok(app())
    before = shown(at)
    uploader = at.file_uploader(key="add_files")
    uploader.upload(
        "lima.txt", b"LIMA (ANP) - In Lima is een nieuwe brug geopend.\n2 uur geleden", "text/plain"
    )
    uploader.upload("broken.txt", b"\x00\x01\x02\xff" * 400, "text/plain")
    uploader.upload(
        "quito.html",
        b"<html><body><p>QUITO (ANP) - In Quito werd een president beedigd.</p></body></html>",
        "text/html",
    )
    at.datetime_input(key="add_captured").set_value(datetime(2025, 11, 17, 8, 0))
    next(b for b in at.button if b.label == "Add").click().run()
    ok(at)
    assert shown(at) == before + 2
    assert any("broken.txt" in unescape(e.value) for e in at.error)
    assert not any(name in unescape(e.value) for e in at.error for name in ("lima", "quito"))


def test_downloads_from_a_large_store_hold_every_event(tmp_path, settings):
    """More events than one fetch (5,000 ids) reads: every one reaches the download."""
    import io

    from pipeline.formats import write_csv
    from pipeline.store import open_store
    from ui.engine import Engine, Filters

    n = 6_000
    base = record("x", place="Lima", agencies=["ANP"], hours_ago=1, lat=-12.0, lon=-77.0)
    url = f"sqlite:///{tmp_path / 'large.sqlite'}"
    with open_store(url) as store:
        for start in range(0, n, 3_000):
            store.add(
                [dict(base, id=f"l{i:05d}", text=f"Brief {i} uit Lima.", lon=-77.0 + i / 1e4,
                      place=f"LIMA {i}")  # one place each: no story to link, a quick add
                 for i in range(start, start + 3_000)],
                source=f"part{start}",
            )  # fmt: skip
        engine = Engine.of(store)
        records = engine.select(Filters()).records()
        assert sorted(r["id"] for r in records) == [f"l{i:05d}" for i in range(n)]
        out = io.StringIO()
        assert write_csv(records, out) == n
    settings(records=None, db=url)
    st.cache_resource.clear()
    at = ok(app())
    assert shown(at) == n
    assert [b.proto.label for b in at.get("download_button")] == [
        "Download CSV",
        "Download GeoJSON",
    ]
    st.cache_resource.clear()


def test_store_page_filters_by_controls_and_offers_downloads(filled_store):
    at = ok(app(place=WASHINGTON))
    assert any("Washington: 3 briefs" in unescape(s.value) for s in at.subheader)
    assert at.dataframe[0].value.shape[0] == 3
    at.multiselect(key="agency").set_value(["ANP"]).run()
    at.session_state["preset"] = "6h"
    at.run()
    ok(at)
    assert shown(at) == 3  # ANP within 6 h of the newest: Washington 3 h, Santiago 6 h; undated
    assert len(at.get("download_button")) == 2


# --- issue 14: a dashboard an analyst keeps open all day ----------------------------------------


def fresh_records(now: datetime) -> list[dict]:
    """Copy from today: 2 minutes, 3 hours and 30 hours old, plus one from 13 months ago."""

    def at(text, place, lat, lon, minutes, **extra):
        item = record(text, place=place, agencies=["ANP"], hours_ago=1, lat=lat, lon=lon)
        item["published_at"] = (now - timedelta(minutes=minutes)).isoformat()
        item.update(extra)
        return item

    return [
        at("In Lima opende een brug. Het verkeer rijdt.", "Lima", -12.04, -77.03, 2),
        at("In Quito werd gestemd. De uitslag volgt.", "Quito", -0.23, -78.52, 180),
        at("In Nairobi begon een top. Velen kwamen.", "Nairobi", -1.28, 36.82, 30 * 60),
        at("In Kyiv klonk luchtalarm. Niemand raakte gewond.", "Kyiv", 50.45, 30.52, 396 * 1440),
    ]


@pytest.fixture
def fresh_file(tmp_path, settings):
    from datetime import UTC

    path = write_jsonl(tmp_path / "fresh.jsonl", fresh_records(datetime.now(UTC)))
    settings(records=str(path))
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()


def marker_color(at: AppTest, place: str) -> list[int]:
    return next(p["color"] for p in layer(at, "events")["data"] if p["place"] == place)


def test_live_presets_end_now_and_ages_count_from_now(fresh_file):
    """Bug 1: presets anchored on the data's last day, rounded up; a 2-minute-old brief
    coloured 6-24 h."""
    from ui.ages import age_bucket

    at = ok(app(live="1", preset="1h"))
    assert at.toggle(key="live").value is True and shown(at) == 1  # Lima, 2 minutes old
    assert marker_color(at, "Lima") == age_bucket(timedelta(minutes=2))[1]
    at.button_group(key="preset").set_value("6h").run()
    assert shown(ok(at)) == 2  # and Quito, 3 hours old
    assert "live" in status(at)
    assert "live" not in at.query_params  # live is the default: not written
    low, high = at.slider(key="window").value
    assert high - low == timedelta(hours=6)


def test_slider_shows_the_year_when_the_window_spans_years(fresh_file):
    """Bug 3: '16 Nov 00:00 - 3 Dec 00:00' hid that the span is 13 months."""
    at = ok(app(live="1"))
    assert at.slider(key="window").proto.format == "D MMM YYYY HH:mm"


def test_selection_stays_when_the_window_changes(records_file):
    """Bug 2: Santiago selected, then 1 h, then 6 h: the pane showed Pyongyang."""
    santiago = "-33.4569,-70.6483"
    at = ok(app())
    events = layer(at, "events")
    row = next(i for i, p in enumerate(events["data"]) if p["key"] == santiago)
    at.session_state["map"] = {
        "selection": {
            "indices": {events["id"]: [row]},
            "objects": {events["id"]: [events["data"][row]]},
        }
    }
    at.run()
    assert ok(at).query_params["place"] == santiago
    at.button_group(key="preset").set_value("1h").run()
    # The chart keeps the old selection by index: the object now at that index is another place.
    other = next(p for p in layer(at, "events")["data"] if p["key"] != santiago)
    at.session_state["map"] = {
        "selection": {"indices": {events["id"]: [row]}, "objects": {events["id"]: [other]}}
    }
    at.button_group(key="preset").set_value("6h").run()
    ok(at)
    assert at.query_params["place"] == santiago
    assert any("Santiago: 1 brief" in unescape(s.value) for s in at.subheader)


def test_markers_are_in_pixels_with_zoom_and_fit_buttons_kept_in_the_url(records_file):
    """Bug 4: markers sized in metres, no zoom or reset buttons on the offline map."""
    at = ok(app())
    events = layer(at, "events")
    assert events["radiusUnits"] == "pixels" and events["radiusMaxPixels"] <= 30
    start = deck(at)["initialViewState"]["zoom"]
    at.button(key="zoom_in").click().run()
    zoomed = deck(ok(at))["initialViewState"]["zoom"]
    assert zoomed == pytest.approx(start + 1, abs=0.01)
    assert at.query_params["map"].endswith(f",{zoomed:.2f}")
    again = ok(app(map=at.query_params["map"]))
    assert deck(again)["initialViewState"]["zoom"] == pytest.approx(zoomed)
    at.button(key="fit_all").click().run()
    assert deck(ok(at))["initialViewState"]["zoom"] == pytest.approx(start)
    assert "map" not in at.query_params


def test_zoomed_all_the_way_in_the_map_and_its_panel_stay(records_file):
    """Bug 4: zoomed further, the panel turned blank. The zoom stops at the map's maximum;
    the feed and a selected place's briefs are still there."""
    at = ok(app(place=WASHINGTON))
    for _ in range(15):
        at.button(key="zoom_in").click().run()
    assert deck(ok(at))["initialViewState"]["zoom"] == 12 == float(at.query_params["map"][-5:])
    assert any("Washington: 3 briefs" in unescape(s.value) for s in at.subheader)
    assert layer(at, "events")["data"] and layer(at, "selected")["data"]
    at.button(key="close").click().run()
    assert any(m.value.startswith("**Latest: ") for m in ok(at).markdown)


def test_pydeck_chart_reports_no_view():
    """Why a reader's drag or wheel zoom is not in the link: ``st.pydeck_chart`` (Streamlit
    1.67) sends back a selection and nothing else. Should a later Streamlit report the view,
    this fails: then write it into ``map=`` (``ui.state``) as the buttons' view is."""
    import inspect

    params = set(inspect.signature(st.pydeck_chart).parameters)
    assert params == {"pydeck_obj", "width", "use_container_width", "height",
                      "selection_mode", "on_select", "key", "alt"}  # fmt: skip


def test_clusters_when_zoomed_out_and_a_click_zooms_in(tmp_path, settings):
    near = [
        record(f"Bericht {i} uit de Randstad.", place=f"Plaats{i}", agencies=["ANP"],
               hours_ago=i + 1, lat=52.0 + i * 0.05, lon=4.5 + i * 0.05, country="NL")
        for i in range(4)
    ]  # fmt: skip
    settings(records=str(write_jsonl(tmp_path / "near.jsonl", near)))
    st.cache_resource.clear()
    at = ok(app(map="30,0,1"))
    clusters = layer(at, "clusters")
    assert clusters and clusters["data"][0]["count"] == 4 and layer(at, "events")["data"] == []
    at.session_state["map"] = {
        "selection": {
            "indices": {clusters["id"]: [0]},
            "objects": {clusters["id"]: clusters["data"]},
        }
    }
    at.run()
    assert deck(ok(at))["initialViewState"]["zoom"] > 2.5
    assert len(layer(at, "events")["data"]) == 4 and layer(at, "clusters") is None
    st.cache_resource.clear()


def test_counts_follow_the_filters_and_an_empty_search_says_so(records_file):
    """Bug 5: '1 without a known time' over 'Events with unknown time (0)'; an empty map with
    'Click a marker'."""
    at = ok(app())
    at.text_input(key="q").input("nergens").run()
    ok(at)
    assert "0 of 9 events" in status(at) and "0 without a known time" in status(at)
    assert any("No event matches" in i.value for i in at.info)
    assert any("Nothing in this window matches" in i.value for i in at.info)
    at.text_input(key="q").input("washington").run()
    assert "3 of 9 events · 0 without a known time" in status(ok(at))


def test_cosmetics_timeline_axis_table_blanks_and_words(records_file):
    """Bug 10: '0.000000' axis, 'None' cells, a 12-hour clock, untranslated reasons, '1 events'."""
    at = ok(app(place=WASHINGTON, lang="nl"))
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["encoding"]["y"]["axis"]["format"] == "d"
    assert spec["encoding"]["x"]["axis"]["format"] == "%d %b %H:%M"
    at = ok(app())
    table = at.dataframe[0].value
    assert "None" not in set(table.astype(str).to_numpy().ravel())
    assert "—" in set(table.iloc[:, 1])  # the brief without a place
    at = ok(app(place=WASHINGTON, lang="nl"))  # the fixtures' reasons are our own words
    assert any("Gelokaliseerd: dateline place Washington" in c for c in captions(at))


def test_location_reasons_read_in_dutch(tmp_path, settings):
    quito = record(
        "Een bericht uit Quito. Meer volgt.",
        place="Quito",
        agencies=["ANP"],
        hours_ago=1,
        lat=-0.23,
        lon=-78.52,
        reason="QUITO → Quito, EC (only match)",
    )
    settings(records=str(write_jsonl(tmp_path / "q.jsonl", [quito])))
    st.cache_resource.clear()
    at = ok(app(place="-0.2300,-78.5200", lang="nl"))
    assert any(c.endswith("QUITO → Quito, EC (enige treffer)") for c in captions(at)), captions(at)
    assert any(unescape(s.value) == "Quito: 1 bericht" for s in at.subheader)
    st.cache_resource.clear()


def test_feed_lists_the_window_newest_first_with_a_story_together(tmp_path, settings):
    items = records()
    story = record("Ook AFP meldt de stemming in Washington over de begroting.",
                   place="Washington", agencies=["AFP"], hours_ago=2.5, lat=38.89511,
                   lon=-77.03637, country="US")  # fmt: skip
    story["story_id"] = items[0]["story_id"] = items[0]["id"]
    settings(records=str(write_jsonl(tmp_path / "s.jsonl", [*items, story])))
    st.cache_resource.clear()
    at = ok(app())
    heads = [
        unescape(m.value)
        for m in at.markdown
        if m.value.startswith("**") and not m.value.startswith("**Latest")
    ]
    assert heads[0].startswith("**The mayor of São Paulo")  # 0.5 h: the newest first
    assert heads[1].startswith("**Een bericht zonder dateline")  # 1 h
    # The AFP brief (2.5 h) leads its story; ANP's telling of it (3 h) is listed with it.
    ford = heads.index("**Ook AFP meldt de stemming in Washington over de begroting.**")
    assert not any(h.startswith("**In Washington stemde") for h in heads[ford : ford + 2])
    assert any(c.startswith("Also from 1 more source: ANP: In Washington stemde")
               for c in captions(at))  # fmt: skip
    st.cache_resource.clear()


def test_feed_item_click_selects_its_place_and_flies_there(records_file):
    at = ok(app())
    lagos = next(b for b in at.button if b.key and b.key.startswith("fly-") and "Lagos" in b.label)
    lagos.click().run()
    ok(at)
    assert at.query_params["place"] == LAGOS
    lat, lon, zoom = (float(v) for v in at.query_params["map"].split(","))
    assert (lat, lon) == pytest.approx((6.4541, 3.3947), abs=1e-3) and zoom >= 5
    assert deck(at)["initialViewState"]["latitude"] == pytest.approx(6.4541, abs=1e-3)
    assert any("Lagos: 1 brief" in unescape(s.value) for s in at.subheader)


def test_events_new_since_the_last_look_are_counted_and_marked(records_file):
    at = ok(app())
    assert not [b for b in at.button if b.key == "mark_seen"]
    extra = record("In Nairobi begon een klimaattop. Duizenden kwamen.", place="Nairobi",
                   agencies=["ANP"], hours_ago=1, lat=-1.28333, lon=36.81667)  # fmt: skip
    with records_file.open("a", encoding="utf-8") as out:
        out.write(json.dumps(extra) + "\n")
    at.run()
    ok(at)
    button = next(b for b in at.button if b.key == "mark_seen")
    assert button.label == "1 new: mark as seen"
    assert layer(at, "fresh")["data"][0]["lat"] == pytest.approx(-1.28333)
    assert any(c.startswith("NEW · ") for c in captions(at))
    button.click().run()
    assert not [b for b in ok(at).button if b.key == "mark_seen"] and layer(at, "fresh") is None


def test_hide_an_event_from_the_page_and_show_it_again(records_file):
    at = ok(app(place=LAGOS))
    next(b for b in at.button if b.key.startswith("hide-")).click().run()
    ok(at)
    assert shown(at) == TOTAL - 1 and LAGOS not in marker_keys(at)
    at.toggle(key="show_hidden").set_value(True).run()
    assert shown(ok(at)) == TOTAL


def test_add_copy_says_what_is_new_and_keeps_no_placeless_note(empty_store):
    """Bug 6: the same brief twice said 'Added 1 events'; a note without a place was stored."""
    at = ok(app())
    before = shown(at)
    brief = (
        "LIMA (ANP) - In Lima is een nieuwe brug geopend. Het verkeer rijdt weer.\n2 uur geleden"
    )
    for expected in ("Added 1 new event.", "1 brief was already stored: nothing new."):
        at.text_area(key="add_text").input(brief)
        next(b for b in at.button if b.label == "Add").click().run()
        ok(at)
        assert any(expected in unescape(m.value) for m in [*at.success, *at.info])
    assert shown(at) == before + 1
    at.text_area(key="add_text").input("Niet vergeten: morgen de verslaggever terugbellen.")
    next(b for b in at.button if b.label == "Add").click().run()
    ok(at)
    assert any("no dateline and names no place" in unescape(w.value) for w in at.warning)
    assert shown(at) == before + 1


def test_delete_and_correct_a_location_from_the_page(empty_store, tmp_path, settings):
    from pipeline.store import open_store

    overrides = tmp_path / "overrides.json"
    settings(geo_overrides=str(overrides))
    from geo import service

    service.set_default(None)
    at = ok(app(place="-33.4569,-70.6483"))  # the seed's Santiago (Chile)
    total = shown(at)
    fix = next(t for t in at.text_input if t.label.startswith("Correct the location"))
    fix.input("42.88,-8.54")
    next(t for t in at.text_input if t.label.startswith("Country")).input("ES")
    next(b for b in at.button if b.label == "Correct").click().run()
    ok(at)
    assert any("1 stored events moved" in unescape(s.value) for s in at.success), at.success
    assert "SANTIAGO" in overrides.read_text(encoding="utf-8")
    with open_store(empty_store) as store:
        santiago = next(e for e in store.events() if e["place"] == "SANTIAGO")
    assert (santiago["lat"], santiago["country_code"]) == (42.88, "ES")
    assert santiago["location_source"] == "override"
    at = ok(app(place="42.8800,-8.5400"))
    next(b for b in at.button if b.key.startswith("delete-")).click().run()
    assert shown(ok(at)) == total - 1
    service.set_default(None)


def test_a_location_corrected_on_the_page_applies_to_later_copy(empty_store, tmp_path, settings):
    """Issue 14: a correction made on the page is kept as an override, so copy that comes
    later from the same dateline place lands there too: copy added on the same page, and copy
    read by another process (a fresh geocoder reading the overrides file, as ``ingest`` does)."""
    from geo import service
    from pipeline.extract import extract_text
    from pipeline.store import open_store

    settings(geo_overrides=str(tmp_path / "overrides.json"))
    service.set_default(None)
    later = "SANTIAGO (ANP) - Pelgrims vulden de kathedraal voor de mis van middag.\n1 uur geleden"
    try:
        assert extract_text(later)[0]["country_code"] == "CL"  # before: the Chilean capital
        at = ok(app(place="-33.4569,-70.6483"))  # the seed's Santiago (Chile)
        next(t for t in at.text_input if t.label.startswith("Correct the location")).input(
            "42.88,-8.54"
        )
        next(t for t in at.text_input if t.label.startswith("Country")).input("ES")
        next(b for b in at.button if b.label == "Correct").click().run()
        ok(at)
        at.text_area(key="add_text").input(later)
        next(b for b in at.button if b.label == "Add").click().run()
        assert any("Added 1 new event." in unescape(s.value) for s in ok(at).success)
        with open_store(empty_store) as store:
            added = next(e for e in store.events() if "Pelgrims" in e["text"])
        service.set_default(None)  # another process: the override comes from the file
        elsewhere = extract_text(later.replace("middag", "de avond"))[0]
    finally:
        service.set_default(None)
    for copy in (added, elsewhere):
        assert (copy["lat"], copy["lon"], copy["country_code"]) == (42.88, -8.54, "ES")
        assert copy["location_source"] == "override"
        assert "user correction" in copy["location_reason"]


def _page_summary(at: AppTest) -> dict:
    """What a reader finds on the page: every control with its value, the texts, the tables."""
    return {
        "widgets": [
            (kind, w.key, repr(w.value))
            for kind in ("text_input", "multiselect", "slider", "toggle", "selectbox")
            for w in getattr(at, kind)
        ],
        "markdown": [m.value for m in at.markdown],
        "subheaders": [s.value for s in at.subheader],
        "tables": [len(d.value) for d in at.dataframe],
        "buttons": [b.key for b in at.button],
        "url": {k: at.query_params[k] for k in at.query_params},
    }


def test_a_browsers_lean_first_run_loses_nothing(records_file, monkeypatch):
    """A browser's first run sends the header, the map and the feed, and the rerun the page
    asks for once its map is drawn sends the rest (``ui.style.lean_first_run``,
    ``ui.firstframe``; AppTest has no browser, so the lean run is forced on here and the
    page's signal is played by a second run): the page it ends with is the page a full first
    run gives, URL, controls and all."""
    import ui.style

    full = _page_summary(ok(app(q="washington", lang="nl", preset="all")))
    runs = []
    monkeypatch.setattr(
        ui.style, "lean_first_run", lambda first, agent: runs.append(first) or first
    )
    first = ok(app(q="washington", lang="nl", preset="all"))
    # The map ahead of its data in a run of its own, then the lean run, which ends at once.
    assert runs == [True, True]
    assert not first.dataframe and not first.text_input  # nothing under the map, no sidebar
    lean = _page_summary(ok(first.run()))  # the page's signal: its map is drawn
    assert runs == [True, True, False]
    assert lean == full
    assert any(
        kind == "text_input" and value == "'washington'" for kind, _, value in lean["widgets"]
    )
    assert lean["tables"]


def test_the_page_needs_no_magic():
    """Streamlit's magic is off (``.streamlit/config.toml``: its rewrite of the page cost about
    50 ms of CPU before a session's first run could send anything), and turning it off changes
    nothing: magic finds no bare expression in the page to write."""
    import ast
    import tomllib
    from pathlib import Path

    from streamlit.runtime.scriptrunner.magic import add_magic

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False
    page = root / "dashboard.py"
    rewritten = ast.unparse(add_magic(page.read_text(encoding="utf-8"), str(page)))
    assert "__streamlitmagic__" in rewritten  # the import magic adds: the rewrite did run
    assert "__streamlitmagic__." not in rewritten  # and wrote nothing


def test_streamlit_collects_no_garbage_after_a_run_and_python_still_does(records_file):
    """Streamlit's full collection after every run is off (``.streamlit/config.toml``: it walked
    every object the page's imports hold, 30-60 ms a run, twice before a browser's first map is
    drawn), so Python's own collector must be left on: the page's runs (the store pauses it
    while it reads) end with it enabled, and a cycle made in a run is collected by it."""
    import gc
    import tomllib
    import weakref
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["postScriptGC"] is False
    at = ok(app())
    at.text_input(key="q").input("Washington")
    ok(at.run())
    assert gc.isenabled()

    class Node:
        pass

    cycle = Node()
    cycle.me = cycle
    gone = weakref.ref(cycle)
    del cycle
    kept = [[] for _ in range(20_000)]  # enough new objects for the young collections
    assert kept and gone() is None


def test_a_lean_run_reads_a_sqlite_store_without_opening_it(tmp_path, settings, monkeypatch):
    """A server's first lean run reads the events from the store's snapshot with ``sqlite3``
    (``pipeline.firstread``; AppTest's process has the store imported already, so that is
    played here): the lean page is the one the store gives, and the rest follows as always."""
    import ui.style
    from pipeline import firstread, snapshot
    from pipeline.store import open_store

    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    settings(records=None, db=url, index_cache=str(tmp_path / "index"))
    with open_store(url) as store:
        store.add(records(), source="test")
        snapshot.current(store)
        snapshot.flush()
    st.cache_resource.clear()
    full = _page_summary(ok(app(lang="nl", preset="all", place=WASHINGTON)))
    monkeypatch.setattr(ui.style, "lean_first_run", lambda first, agent: first)

    def lean_page(first_read: bool) -> tuple[dict, list, AppTest]:
        monkeypatch.setattr(firstread, "store_loaded", lambda: not first_read)
        read = []
        real = firstread.first_read
        monkeypatch.setattr(firstread, "first_read", lambda db: read.append(db) or real(db))
        at = ok(app(lang="nl", preset="all", place=WASHINGTON))
        assert bool(read) == first_read and (not read or read[0] == url)
        deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
        return _page_summary(at), deck, at

    from_store, deck_store, _ = lean_page(first_read=False)
    from_first, deck_first, at = lean_page(first_read=True)
    assert from_first == from_store and deck_first == deck_store
    assert any("Washington" in m for m in from_first["markdown"])
    assert _page_summary(ok(at.run())) == full  # the page's signal: the rest, from the store
