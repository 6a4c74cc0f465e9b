"""End to end in Debian's Chromium: the real app (``streamlit run``) on a test store.

One app process and one browser for the whole module. The store holds the bundled seed page
(three briefs from WASHINGTON) plus briefs with hostile text. Markers are clicked at their
projected pixel position (``ui.deck.project`` with the page's first view), and every request the
browser makes is logged: none may leave 127.0.0.1. Pages open with ``live=0`` (the seed is
from 2025) unless a test asks for the live page.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser.app import ROOT, launched_chromium, leave_snapshot, need_chromium, start_app
from browser.fixtures import HOSTILE_TITLE, record
from ui.deck import home_view, project

pytestmark = pytest.mark.browser

SHOTS = ROOT / "artifacts" / "screenshots"
HOSTILE_PLACE = ("Lagos", 6.45407, 3.39467)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app on a fresh store holding the seed page and a hostile brief."""
    need_chromium()
    from pipeline.sample import SAMPLE_PAGE, sample_records
    from pipeline.store import open_store

    tmp = tmp_path_factory.mktemp("app")
    url = f"sqlite:///{tmp / 'events.sqlite'}"
    seed = sample_records()
    hostile = record(
        "<script>window.__pwned=1</script> Officials said <img src=x onerror=window.__pwned=2> "
        "that [click here](javascript:alert(2)) &amp; &lt;b&gt;nothing&lt;/b&gt; happened.",
        title=HOSTILE_TITLE,
        place=HOSTILE_PLACE[0],
        agencies=["AFP"],
        hours_ago=None,
        lat=HOSTILE_PLACE[1],
        lon=HOSTILE_PLACE[2],
        country="NG",
        lang="en",
        source="javascript:alert(3)",
    )
    # Dated an hour before the seed's newest brief, so presets keep it in view.
    hostile["published_at"] = "2025-11-17T04:00:00+00:00"
    store = open_store(url)
    store.add(seed, source=str(SAMPLE_PAGE))
    store.add([hostile], source="hostile")
    events = store.events()
    leave_snapshot(store, tmp)  # the server's first session reads it (``pipeline.firstread``)
    store.close()
    env = {
        "WIREMAP_DB": url,
        "WIREMAP_GEOCACHE": str(tmp / "geocache.sqlite"),
        "WIREMAP_GEO_OVERRIDES": str(tmp / "overrides.json"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
    }
    os.environ.pop("WIREMAP_RECORDS", None)
    app = start_app(tmp, {**env, "WIREMAP_RECORDS": ""})
    # The page's first view holds both ends of every event: dateline and focus.
    located = [e for e in events if e.get("lat") is not None]
    ends = [(e["lat"], e["lon"]) for e in located]
    ends += [(e["focus"]["lat"], e["focus"]["lon"]) for e in located if e.get("focus")]
    lats, lons = [lat for lat, _ in ends], [lon for _, lon in ends]
    view = home_view(lats, lons)
    yield {"app": app, "events": events, "view": view, "phone": home_view(lats, lons, 330)}
    app.stop()


@pytest.fixture(scope="module")
def browser(served):
    with launched_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def requests_seen() -> list[str]:
    return []


PHONE_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0 Mobile Safari/537.36"
)


@pytest.fixture
def page_at(browser, served, requests_seen):
    """Open the app (optionally with a query string) in a fresh page of the given size."""
    pages = []

    def open_page(query: str = "", width: int = 1280, height: int = 800, phone: bool = False):
        extra = {"user_agent": PHONE_UA, "is_mobile": True, "has_touch": True} if phone else {}
        page = browser.new_page(viewport={"width": width, "height": height}, **extra)
        page.on("request", lambda request: requests_seen.append(request.url))
        page.on(
            "dialog",
            lambda dialog: (requests_seen.append("dialog:" + dialog.message), dialog.dismiss()),
        )
        if "live=" not in query:
            query = ("?" if not query else query + "&") + "live=0"
        page.goto(served["app"].url + "/" + query)
        page.locator(".wm-status").wait_for(timeout=180_000)  # a cold start on a busy machine
        # The events' map (key "map"), not the empty basemap sent ahead on a first run.
        page.locator(".st-key-map canvas").wait_for(timeout=120_000)
        # A browser's first run is lean (header, map, feed): the sidebar comes with the rest.
        page.get_by_test_id("stExpandSidebarButton").wait_for(state="attached", timeout=120_000)
        settle(page)
        page.wait_for_timeout(2_500)  # deck.gl draws a frame after the canvas appears
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()


def pill(page, label: str):
    """A pill or segmented-control option by its label."""
    return page.get_by_test_id("stButtonGroup").get_by_text(label, exact=True)


def open_sidebar(page) -> None:
    """The sidebar starts collapsed, so the map has the page's width: open it for its controls."""
    expand = page.get_by_test_id("stExpandSidebarButton")
    if expand.count() and expand.first.is_visible():
        expand.first.click()
        page.get_by_test_id("stSidebarContent").wait_for()
        page.wait_for_timeout(500)


def search_box(page, label: str):
    open_sidebar(page)
    return page.get_by_test_id("stTextInputField").and_(page.get_by_label(label, exact=True))


def map_canvas(page):
    return page.locator(".st-key-map canvas").first


def shown(page) -> int:
    return int(page.locator(".wm-status").first.inner_text().split()[0].replace(",", ""))


def wait_shown(page, expected: int, timeout_s: float = 30) -> None:
    from playwright.sync_api import expect

    status = page.locator(".wm-status").first
    expect(status).to_contain_text(f"{expected} of", timeout=timeout_s * 1000)


def point(page, served, lat: float, lon: float, view: str = "view") -> tuple[float, float]:
    box = map_canvas(page).bounding_box()
    x, y = project(lat, lon, served[view], box["width"], box["height"])
    return box["x"] + x, box["y"] + y


def hover_tooltip(page, served, lat: float, lon: float, tries: int = 3) -> str | None:
    """The tooltip's text when the mouse rests on (lat, lon), or None when nothing is there.

    Tried a few times: a chart that was just redrawn may not pick on the first move.
    """
    return tooltip_at(page, *point(page, served, lat, lon), tries=tries)


def tooltip_at(page, x: float, y: float, tries: int = 3) -> str | None:
    """The tooltip's text when the mouse rests at page pixel (x, y), or None."""
    tip = page.locator(".deck-tooltip")
    for _ in range(tries):
        page.mouse.move(1, 1)
        page.wait_for_timeout(300)
        page.mouse.move(x, y)
        try:
            tip.first.wait_for(state="visible", timeout=5000)
            return tip.first.inner_text()
        except Exception:
            continue
    return None


def settle(page) -> None:
    """Wait until the script run is over (Streamlit shows its status widget while running)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_timeout(400)


def click_place(page, served, lat: float, lon: float, heading: str) -> None:
    """Click the marker at (lat, lon) until its briefs' heading shows (deck.gl may miss a
    click that lands while the chart is still being redrawn)."""
    target = page.get_by_role("heading", name=heading)
    for _ in range(4):
        settle(page)
        x, y = point(page, served, lat, lon)
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.mouse.down()
        page.mouse.up()
        try:
            target.wait_for(timeout=10_000)
            return
        except Exception:
            continue
    target.wait_for(timeout=1_000)


def seed_place(served, name: str) -> tuple[float, float]:
    event = next(e for e in served["events"] if e.get("place") == name and e.get("lat"))
    return event["lat"], event["lon"]


def feed(page):
    """The panel beside the map: the feed, or the selected place's briefs."""
    return page.locator(".st-key-feed")


def test_marker_click_opens_its_brief(page_at, served):
    page = page_at()
    lat, lon = seed_place(served, "SANTIAGO")
    assert "Santiago" in (hover_tooltip(page, served, lat, lon) or "")
    click_place(page, served, lat, lon, "Santiago: 1 brief")
    assert feed(page).get_by_text("exitpoll", exact=False).first.is_visible()
    assert "place=" in page.url


def test_place_with_several_briefs_lists_them_all_newest_first(page_at, served):
    page = page_at()
    click_place(page, served, *seed_place(served, "WASHINGTON"), "Washington: 3 briefs")
    texts = [
        t
        for t in feed(page).get_by_test_id("stMarkdown").all_inner_texts()
        if t.startswith("WASHINGTON (")
    ]
    assert len(texts) == 3
    order = [("Truth Social" in t, "afdwingen" in t, "vliegdekschip" in t) for t in texts]
    assert [o.index(True) for o in order] == [0, 1, 2]  # newest (3 h) first, 14 h, 15 h


def test_selection_stays_on_its_place_when_the_window_changes(page_at, served):
    """Issue 14, bug 2: Santiago, then 1 h, then 6 h showed Pyongyang's brief."""
    page = page_at()
    click_place(page, served, *seed_place(served, "SANTIAGO"), "Santiago: 1 brief")
    place = re.search(r"place=([^&]+)", page.url).group(1)
    for preset in ("1h", "6h"):
        pill(page, preset).click()
        page.wait_for_url(re.compile(f"preset={preset}"))
        settle(page)
    assert re.search(r"place=([^&]+)", page.url).group(1) == place
    assert feed(page).get_by_role("heading", name=re.compile(r"^Santiago")).is_visible()
    assert not feed(page).get_by_text("Pyongyang", exact=False).count()


def _patch_color(page, x: float, y: float, size: int = 7) -> tuple[int, int, int]:
    """The commonest colour of a small square of the page around (x, y): a border, a label or
    an anti-aliased edge inside it does not move the answer."""
    from io import BytesIO

    from PIL import Image

    clip = {"x": x - size // 2, "y": y - size // 2, "width": size, "height": size}
    shot = Image.open(BytesIO(page.screenshot(clip=clip))).convert("RGB")
    return max(shot.getcolors(size * size), key=lambda item: item[0])[1]


def _gap(color: tuple[int, int, int], wanted: list[int]) -> int:
    """The largest channel gap between two colours."""
    return max(abs(c - w) for c, w in zip(color, wanted[:3], strict=True))


def _wait_for_color(page, x: float, y: float, wanted: list[int], timeout_s: float):
    """The colour at (x, y) once it is ``wanted`` (within ``LAND_TOLERANCE``), or the last
    colour seen when the time is up: a real condition, not a fixed sleep."""
    deadline = time.monotonic() + timeout_s
    while True:
        color = _patch_color(page, x, y)
        if _gap(color, wanted) <= LAND_TOLERANCE or time.monotonic() > deadline:
            return color
        page.wait_for_timeout(500)


# Channel units. Streamlit greys out what a selection leaves (opacity 102 of 255 over the sea):
# this country's land then comes out 16 units off its own colour.
LAND_TOLERANCE = 5


def test_selecting_a_marker_keeps_the_basemap_and_tooltips_fit(page_at, served):
    """Bug 7: a selection greyed out the whole basemap; the tooltip was cut at the map's edge.

    The land is checked against its own colour on the basemap (not against a pixel read while
    the map may still be drawing): the page waits until it shows, and after the click until it
    shows again, as the chart drops its own selection once the rerun's map arrives. A greyed-out
    basemap never shows it, however long one waits.
    """
    from ui.basemap import shaded_countries

    [country] = [
        f for f in shaded_countries("light")["features"]
        if f["properties"]["name"] == "Central African Rep."
    ]  # fmt: skip
    wanted = country["properties"]["fill"]
    page = page_at()
    land = point(page, served, 6.6, 20.9)  # the middle of the Central African Republic
    before = _wait_for_color(page, *land, wanted, timeout_s=60)
    assert _gap(before, wanted) <= LAND_TOLERANCE, (before, wanted)  # the map is drawn
    click_place(page, served, *seed_place(served, "SANTIAGO"), "Santiago: 1 brief")
    page.mouse.move(1, 1)
    settle(page)
    after = _wait_for_color(page, *land, wanted, timeout_s=60)
    assert _gap(after, wanted) <= LAND_TOLERANCE, (before, after, wanted)
    east = seed_place(served, "PYONGYANG")
    assert hover_tooltip(page, served, *east)
    tip = page.locator(".deck-tooltip").first.bounding_box()
    assert tip["x"] + tip["width"] <= page.viewport_size["width"]
    overflow = page.evaluate(
        "() => getComputedStyle(document.querySelector('[data-testid=stDeckGlJsonChart]')).overflow"
    )
    assert overflow == "visible"


def test_presets_and_slider_filter_the_map(page_at, served):
    page = page_at()
    total = shown(page)
    washington = seed_place(served, "WASHINGTON")
    pill(page, "1h").click()
    page.wait_for_url(re.compile(r"preset=1h"))
    settle(page)
    assert shown(page) < total
    assert hover_tooltip(page, served, *washington)  # filed 1 h before the newest copy
    page.mouse.move(1, 1)  # off the map: its hover toolbar covers the presets' last pill
    pill(page, "all").click()
    wait_shown(page, total)
    open_sidebar(page)
    thumb = page.get_by_role("slider").first  # the start thumb to the end
    thumb.focus()
    thumb.press("End")
    page.wait_for_url(re.compile(r"from="), timeout=30_000)
    settle(page)
    assert shown(page) < total
    assert hover_tooltip(page, served, *washington, tries=1) is None


def test_search_narrows_the_events(page_at, served):
    page = page_at()
    box = search_box(page, "Search")
    box.fill("ECUADOR")
    box.press("Enter")
    wait_shown(page, 1)  # Quito; undated PYONGYANG stays listed apart only when it matches
    page.wait_for_url(re.compile(r"q=ECUADOR"))
    settle(page)
    quito = seed_place(served, "QUITO")
    assert "Quito" in (hover_tooltip(page, served, *quito) or "")


def test_feed_item_flies_the_map_to_its_place(page_at, served):
    page = page_at()
    feed(page).get_by_role("button", name="Quito").first.click()
    feed(page).get_by_role("heading", name="Quito: 1 brief").wait_for(timeout=30_000)
    page.wait_for_url(re.compile(r"map=-0\.2"), timeout=30_000)
    assert "place=" in page.url


# Runs in the page before its own scripts: when the rest of the page (the sidebar's expand
# button) first shows (ms since epoch). With ``MAP_DRAWN_JS`` (the bench's measure): when the
# events' map first reached the screen showing its land and markers (its canvas's pixels).
ORDER_JS = """
(() => {
  window.__wmOrder = {};
  new MutationObserver(() => {
    if (!window.__wmOrder.rest && document.querySelector('[data-testid=stExpandSidebarButton]')) {
      window.__wmOrder.rest = Date.now();
    }
  }).observe(document, { childList: true, subtree: true });
})();
"""


def open_first_run(browser, served, query: str = "?live=0"):
    """A new page at its session's first (lean) run, with ``ORDER_JS`` in place."""
    from benchmarks.bench_dashboard import MAP_DRAWN_JS

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.add_init_script(MAP_DRAWN_JS)
    page.add_init_script(ORDER_JS)
    page.goto(served["app"].url + "/" + query)
    return page


def test_the_rest_of_the_page_follows_the_maps_first_frame(browser, served):
    """A browser's first run sends the header, the map and the feed; the page asks for the
    rest (``ui.firstframe``) once the events' map has drawn, and the rest comes by itself."""
    page = open_first_run(browser, served)
    try:
        page.wait_for_function("window.__wmOrder.rest", timeout=120_000)
        order = page.evaluate("window.__wmOrder")
        drawn = page.evaluate("window.__wmMapDrawn")
        assert drawn and order["rest"] >= drawn, (order, drawn)
        page.get_by_test_id("stDataFrame").first.wait_for(timeout=60_000)  # under the map
        settle(page)
        assert page.locator(".st-key-first_frame").count() == 0  # the signal is gone
        assert page.locator(".st-key-preload").count() == 0  # and the map's code preload
    finally:
        page.close()


def test_the_maps_code_is_asked_for_at_once_and_fetched_once(browser, served):
    """A browser's first run asks for the map's code before the map comes (``ui.preload``),
    by the URLs the frontend resolves itself: each file is fetched once (the frontend's own
    import finds it loaded), the map draws, and the rest of the page follows."""
    from ui.preload import chunk_files

    files = chunk_files()
    assert files is not None  # the installed Streamlit's build has them
    page = open_first_run(browser, served)
    try:
        page.wait_for_function("window.__wmOrder.rest", timeout=120_000)
        fetched = page.evaluate(
            "performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
        )
        for name in [*files["js"], *files["css"]]:
            wanted = "/" + name.rsplit("/", 1)[-1]
            assert sum(path.endswith(wanted) for path in fetched) == 1, (name, fetched)
        # The map draws. The pixel check that sets the flag reads the canvas after a frame, so
        # on a loaded machine it may report a moment after the page's own signal brought the
        # rest: wait for it rather than read it at once (the order is the test above's).
        page.wait_for_function("window.__wmMapDrawn", timeout=60_000)
    finally:
        page.close()


def test_a_click_before_the_rest_comes_is_not_lost(browser, served):
    """A feed item clicked during the lean first run (the page's signal held back: its
    component's script is not served until after the click) selects its place, and the page
    ends whole: the place's briefs, the URL, the sidebar and what is under the map."""
    held = []
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.route("**/BidiComponent*.js", lambda route: held.append(route))
        page.goto(served["app"].url + "/?live=0")
        quito = feed(page).get_by_role("button", name="Quito").first
        quito.wait_for(timeout=120_000)
        assert page.get_by_test_id("stExpandSidebarButton").count() == 0  # still lean
        quito.click()
        feed(page).get_by_role("heading", name="Quito: 1 brief").wait_for(timeout=60_000)
        for route in held:
            route.continue_()
        page.unroute("**/BidiComponent*.js")
        page.get_by_test_id("stExpandSidebarButton").wait_for(state="attached", timeout=60_000)
        page.get_by_test_id("stDataFrame").first.wait_for(timeout=60_000)
        settle(page)
        page.wait_for_timeout(1_000)
        settle(page)
        assert feed(page).get_by_role("heading", name="Quito: 1 brief").count() == 1
        assert "place=" in page.url and "map=-0.2" in page.url
    finally:
        page.close()


def test_zoom_buttons_move_the_map_and_the_url(page_at, served):
    page = page_at()
    page.locator(".st-key-zoom_in button").first.click()
    page.wait_for_url(re.compile(r"map=[-0-9.]+(,|%2C)[-0-9.]+(,|%2C)[0-9.]+"), timeout=30_000)
    zoom = float(re.search(r"map=[-0-9.]+(?:,|%2C)[-0-9.]+(?:,|%2C)([0-9.]+)", page.url).group(1))
    assert zoom == pytest.approx(served["view"]["zoom"] + 1, abs=0.05)
    page.locator(".st-key-fit_all button").first.click()
    page.wait_for_url(lambda url: "map=" not in url, timeout=30_000)


def test_a_readers_drag_stays_on_screen_through_reruns_but_not_in_the_url(page_at, served):
    """The map's view in the URL: Streamlit's pydeck chart reports clicks (selections) back to
    the page, never the reader's own drag or wheel zoom, so those cannot reach the link (see
    ``test_pydeck_chart_reports_no_view`` in tests/test_dashboard.py). What is kept: the view
    the page sets (buttons, fit all, a feed item, a cluster) is in the link, and a reader's
    own drag stays on screen while filters and presets rerun the page."""
    page = page_at()
    quito = seed_place(served, "QUITO")
    x, y = point(page, served, *quito)
    box = map_canvas(page).bounding_box()
    start = (box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.9)  # the open sea
    dx, dy = 160, -70
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(start[0] + dx, start[1] + dy, steps=12)
    page.mouse.up()
    settle(page)
    # deck.gl pans by a little less than the mouse moved (its first step starts the pan):
    # look for Quito's marker near where the drag took it.
    found = next(
        (
            (x + dx + ex, y + dy + ey)
            for ex in (0, -8, -16, 8)
            for ey in (0, 4, 8, -4)
            if "Quito" in (tooltip_at(page, x + dx + ex, y + dy + ey, tries=1) or "")
        ),
        None,
    )
    assert found is not None  # the drag moved the map, Quito with it
    pill(page, "7d").click()  # a rerun that does not move the map
    page.wait_for_url(re.compile(r"preset=7d"))
    settle(page)
    assert "map=" not in page.url  # the drag is not in the link
    assert "Quito" in (tooltip_at(page, *found) or "")  # but it is still on screen


def test_shared_url_round_trips(page_at, served):
    from playwright.sync_api import expect

    page = page_at()
    search_box(page, "Search").fill("epstein")
    search_box(page, "Search").press("Enter")
    wait_shown(page, 2)
    click_place(page, served, *seed_place(served, "WASHINGTON"), "Washington: 2 briefs")
    pill(page, "Nederlands").click()
    page.get_by_role("heading", name="Washington: 2 berichten").wait_for()
    page.wait_for_url(re.compile(r"lang=nl"))
    shared = page.url
    assert "lang=nl" in shared and "q=epstein" in shared and "place=" in shared
    again = page_at("?" + urlsplit(shared).query)
    assert again.url == shared
    assert shown(again) == 2
    expect(search_box(again, "Zoeken")).to_have_value("epstein")
    assert again.get_by_role("heading", name="Washington: 2 berichten").is_visible()


def test_where_it_happened_moves_the_ford_brief_to_the_caribbean(page_at, served):
    page = page_at()
    ford = next(
        e for e in served["events"] if (e.get("focus") or {}).get("name") == "Caribbean Sea"
    )
    sea = (ford["focus"]["lat"], ford["focus"]["lon"])
    assert hover_tooltip(page, served, *sea, tries=1) is None  # only the unpickable line is there
    open_sidebar(page)
    pill(page, "Where it happened").click()
    page.wait_for_url(re.compile(r"where=happened"))
    settle(page)
    assert "Caribbean Sea" in (hover_tooltip(page, served, *sea) or "")
    click_place(page, served, *sea, "Caribbean Sea: 1 brief")
    assert page.get_by_text("Where it happened: Caribbean Sea", exact=False).first.is_visible()
    assert page.get_by_text("Places named: Caribische Zee (sea)", exact=False).first.is_visible()


def test_hostile_text_is_plain_text_in_tooltip_pane_and_table(page_at, served, requests_seen):
    page = page_at()
    _, lat, lon = HOSTILE_PLACE
    tip = hover_tooltip(page, served, lat, lon)
    assert tip and "<img src=x onerror=alert(1)>" in tip and "<b>Breaking</b>" in tip
    click_place(page, served, lat, lon, "Lagos: 1 brief")
    assert page.get_by_text("<script>window.__pwned=1</script>", exact=False).first.is_visible()
    assert page.get_by_text("[click here](javascript:alert(2))", exact=False).first.is_visible()
    assert page.get_by_text("&amp; &lt;b&gt;nothing&lt;/b&gt;", exact=False).first.is_visible()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    cells = page.get_by_test_id("stDataFrame").locator("[role=gridcell]").all_text_contents()
    assert any(HOSTILE_TITLE in cell for cell in cells), cells
    assert not [r for r in requests_seen if r.startswith("dialog:")]


def test_phone_width_map_first_feed_below_nothing_cut_off(page_at, served):
    page = page_at(width=390, height=844, phone=True)
    canvas = map_canvas(page).bounding_box()
    panel = feed(page).bounding_box()
    assert canvas["y"] < panel["y"] and canvas["width"] > 340  # the map first, the feed below
    for event in served["events"]:
        if event.get("lat") is None:
            continue
        x, y = point(page, served, event["lat"], event["lon"], view="phone")
        assert canvas["x"] + 8 <= x <= canvas["x"] + canvas["width"] - 8, event["place"]
        assert canvas["y"] <= y <= canvas["y"] + canvas["height"], event["place"]
    wide = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollWidth")
    assert wide <= 390
    live, presets = (page.locator(f".st-key-{key}").bounding_box() for key in ("live", "preset"))
    middle = [box["y"] + box["height"] / 2 for box in (live, presets)]
    assert abs(middle[0] - middle[1]) < 8 and presets["x"] >= live["x"] + live["width"]  # 1 row
    assert presets["x"] + presets["width"] <= 390


# Text cut off by its box: an element with text whose content is wider than the box that
# hides it (overflow hidden or clipped, an ellipsis), in the header or the sidebar.
CUT_OFF = """(root) => [...document.querySelectorAll(root)]
  .flatMap(box => [box, ...box.querySelectorAll('*')])
  .filter(e => e.offsetParent !== null && e.textContent.trim())
  .filter(e => {
    const style = getComputedStyle(e);
    const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    return hides && e.scrollWidth > e.clientWidth + 1;
  })
  .map(e => e.textContent.trim().slice(0, 40))"""


@pytest.mark.parametrize(("width", "height", "phone"), [(1280, 800, False), (390, 844, True)])
def test_dutch_labels_are_whole_afspelen_too(page_at, width, height, phone):
    """Bug 10: "Afspel…" was cut off. In Dutch (the longest labels) every label of the header
    and the sidebar shows whole, on a laptop and on a phone."""
    page = page_at("?lang=nl", width, height, phone=phone)
    open_sidebar(page)
    sidebar = page.get_by_test_id("stSidebarContent")
    play = sidebar.get_by_text("Afspelen", exact=True)
    play.wait_for()
    box, side = play.bounding_box(), sidebar.bounding_box()
    assert play.evaluate("e => e.scrollWidth <= e.clientWidth")
    assert box["x"] >= side["x"] and box["x"] + box["width"] <= side["x"] + side["width"]
    assert box["x"] + box["width"] <= width
    cut = page.evaluate(CUT_OFF, ".st-key-head, [data-testid=stSidebarContent]")
    assert cut == [], cut


def test_the_live_window_moves_on_by_itself(browser, tmp_path):
    """Live, the page reruns on its own and its window moves with the clock: a brief near the
    far end of the last hour drops out of "1h" with no click. The page moves every
    ``WIREMAP_LIVE_EVERY`` seconds (a minute by default; 2 s here, so the test need not wait)."""
    from datetime import UTC, datetime, timedelta

    from pipeline.store import open_store

    url = f"sqlite:///{tmp_path / 'events.sqlite'}"

    def brief(text: str, ago: timedelta) -> dict:
        out = record(text, place="Kyiv", agencies=["ANP"], hours_ago=0, lat=50.45466,
                     lon=30.5238, country="UA")  # fmt: skip
        out["published_at"] = (datetime.now(UTC) - ago).isoformat()
        return out

    with open_store(url) as store:  # an older brief: the window may start an hour ago
        store.add([brief("In Kyiv ging het stroomnet urenlang plat.", timedelta(hours=3))])
    app = start_app(tmp_path, {"WIREMAP_DB": url, "WIREMAP_RECORDS": "", "WIREMAP_LIVE_EVERY": "2"})
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(app.url + "/?preset=1h")
        wait_shown(page, 0, timeout_s=180)  # a cold start on a busy machine
        fresh = brief("In Kyiv vielen opnieuw drones aan.", timedelta(minutes=59, seconds=40))
        with open_store(url) as store:  # new copy, 20 s from leaving the last hour
            store.add([fresh])
        wait_shown(page, 1)  # the page reran for the new copy
        started = time.monotonic()
        # ... and again, on its own, once the window moved on (a minute's step would be late)
        wait_shown(page, 0, timeout_s=45)
        assert time.monotonic() - started > 5  # not at once: when the brief left the hour
        assert "preset=1h" in page.url and "from=" not in page.url  # still live, still "1h"
    finally:
        page.close()
        app.stop()


def _screenshot(page, name: str) -> Path:
    page.mouse.move(1, 1)
    settle(page)
    page.wait_for_timeout(2_000)  # let the faded "stale" look of the rerun clear
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / name
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    return shot


def test_readme_screenshots(page_at, served):
    """The README's views: Washington's three briefs beside the map at 1280x800, and the
    feed under the map at 390x844. Saved as test artifacts on every run; copied to
    docs/screenshot.png and docs/screenshot-phone.png only on request
    (WIREMAP_UPDATE_SCREENSHOT=1). Every seed brief carries ANP and the hostile one does not.
    """
    page = page_at("?agency=ANP")
    assert shown(page) == 8
    canvas, panel = map_canvas(page).bounding_box(), feed(page).bounding_box()
    assert canvas["width"] >= 0.6 * 1280 and canvas["height"] >= 0.7 * 800  # the map fills it
    assert canvas["y"] < 0.15 * 800  # no large blank header above it
    assert panel["x"] >= canvas["x"] + canvas["width"] - 1  # the feed beside it
    click_place(page, served, *seed_place(served, "WASHINGTON"), "Washington: 3 briefs")
    wide = _screenshot(page, "dashboard-readme-1280x800.png")
    on_phone = page_at("?agency=ANP&place=38.8951,-77.0364", 390, 844, phone=True)
    assert feed(on_phone).get_by_role("heading", name="Washington: 3 briefs").count() == 1
    phone = _screenshot(on_phone, "dashboard-390x844.png")  # the top: header, map, briefs
    if os.environ.get("WIREMAP_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(wide, ROOT / "docs" / "screenshot.png")
        shutil.copyfile(phone, ROOT / "docs" / "screenshot-phone.png")


def test_no_request_leaves_the_machine(requests_seen):
    """Runs last in this module: every request of every page above went to 127.0.0.1."""
    need_chromium()
    assert requests_seen, "the browser made no request at all?"
    hosts = {urlsplit(url).hostname for url in requests_seen if not url.startswith("dialog:")}
    outside = {h for h in hosts if h not in ("127.0.0.1", None)}
    schemes = {urlsplit(u).scheme for u in requests_seen if not u.startswith("dialog:")}
    assert not outside, f"requests left the machine: {sorted(outside)}"
    assert schemes <= {"http", "ws", "data", "blob"}, schemes
