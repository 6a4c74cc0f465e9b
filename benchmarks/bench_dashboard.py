"""Dashboard speed: first paint in a real browser, and the server's rerun after a filter change.

- First paint: the page's server started as ``make run`` starts it (``streamlit run
  dashboard.py``) as a child process on a store already holding the seed (as on every
  ``make run`` after the first), Debian's Chromium opening the page; measured from the child's
  start to (a) the title painted and (b) the map drawn with its markers and the event count
  shown: the end of the first frame after which the events' map (key ``map``) shows land and
  markers (or clusters), judged by the canvas's pixels (``MAP_DRAWN_JS``). Median of 3 cold
  starts. Target (b) <= 3 s, on the seed and on a store of 10,000 generated events (the page
  looking back at all of them).
  Since 2026-12-04 (b) is what a reader sees, not how it was drawn: after each frame on the
  map the canvas is copied and its pixels counted by colour (the land's, and the markers' and
  clusters' fills, from ``ui``), and the frame counts when both are there. From 2026-12-03
  15:00 to 2026-12-04 it was the first frame whose draws used both the land's program and the
  markers' (``scatterplot-layer``); that measure is still in the note ("map drawn by program")
  for one round. The two differ where a frame drew with both programs and showed no marker (the
  first frame drawn on the canvas's default 300 x 150 pixels, before deck.gl sizes it: the
  middle of the world, no marker in it, in 9 of 20 seed cold starts on 2026-12-04 until the page
  sized its canvas itself, ``ui.firstframe.SIZE_MAP_CANVAS_JS``) or where the markers are
  drawn by the land's program (a browser's first frame since 2026-12-04,
  ``ui.deck.first_discs``). Before 2026-12-03 15:00 it was the map's first frame of any layer
  (also in the note), which the empty deck sent ahead of the data cannot draw (it has no
  layer), but a page drawing the land ahead of the markers could.
  Until 2026-12-03 (b) was taken when Playwright saw the deck's canvas. In software WebGL the
  canvas comes 1-2 s before its first frame, and the page's main thread is blocked for most of
  that time (the frame is read back synchronously), so that figure was either the canvas or the
  frame depending on when Playwright's check ran: the "bimodal" first paint. The canvas time is
  still given in the note.
  Headless Chromium has no GPU here: WebGL runs in software (SwiftShader), where what the deck
  draws weighs as much as what the server does (the countries' borders as a PathLayer cost 3-5 s
  of it; each kind of layer in the first frame ~0.2 s of shader compiling); see ``ui.basemap``
  and ``ui.deck``.
- Rerun: 10,000 generated events, a search typed into the page (AppTest: the whole script, as
  the server runs it) and, for comparison, the pure work alone (filters, places, deck JSON).
  Target <= 300 ms.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import ROOT, peak_rss_mb, row, status_mb
from parsing.settings import use_settings
from ui.firstframe import MAP_SELECTOR

sys.path.insert(0, str(ROOT / "tests"))  # the app launcher shared with the browser tests

PLACES = [
    ("Amsterdam", 52.37403, 4.88969, "NL"),
    ("Washington", 38.89511, -77.03637, "US"),
    ("Santiago", -33.45694, -70.64827, "CL"),
    ("Kyiv", 50.45466, 30.5238, "UA"),
    ("Lagos", 6.45407, 3.39467, "NG"),
    ("Tokio", 35.6895, 139.69171, "JP"),
    ("Nairobi", -1.28333, 36.81667, "KE"),
    ("Lima", -12.04318, -77.02824, "PE"),
]
SUBJECTS = ["de regering", "het parlement", "de burgemeester", "de politie", "boeren", "artsen"]
VERBS = ["kondigde aan", "protesteerde tegen", "besprak", "stemde over", "onderzocht"]
OBJECTS = ["nieuwe regels", "de begroting", "een akkoord", "de verkiezingen", "een staking"]


def generated_events(n: int, seed: int = 7) -> list[dict]:
    """``n`` event records in our own words: 8 cities jittered to ~2,000 places, 7 days."""
    from pipeline.record import FIELDS

    rng = random.Random(seed)
    newest = datetime(2025, 11, 17, 7, tzinfo=UTC)
    out = []
    for i in range(n):
        name, lat, lon, country = rng.choice(PLACES)
        spot = rng.randrange(250)
        text = (
            f"{name.upper()} (ANP) - In {name} {rng.choice(VERBS)} {rng.choice(SUBJECTS)} "
            f"{rng.choice(OBJECTS)}. Bericht nummer {i}."
        )
        record = dict.fromkeys(FIELDS)
        record.update(
            id=f"bench{i:07d}",
            source="bench",
            text=text,
            dateline=f"{name.upper()} (ANP)",
            place=name.upper(),
            agencies=rng.choice([["ANP"], ["ANP", "AFP"], ["ANP", "RTR"], ["ANP", "DPA"]]),
            lang="nl" if rng.random() < 0.8 else "en",
            published_at=None
            if rng.random() < 0.02
            else (newest - timedelta(minutes=rng.randrange(7 * 24 * 60))).isoformat(),
            lat=round(lat + (spot % 50) * 0.02, 5),
            lon=round(lon + (spot // 50) * 0.02, 5),
            country_code=country,
            location_name=name,
            location_reason="bench",
        )
        out.append(record)
    return out


# What "map drawn" is judged by: the canvas's pixels, read after each frame on the map.
DRAWN_TOLERANCE = 3  # channel units a pixel may be off a colour (rounding, blending)
LAND_MIN_PX = 500  # pixels of the land's colours: the land is drawn
DISCS_MIN_PX = 12  # pixels of a marker's or cluster's fill: one of the smallest is ~50


def drawn_colours() -> dict[str, list[list[int]]]:
    """The colours a frame's pixels are judged by, from ``ui``: the land's shades (both themes:
    the sea is the chart's background, not on the canvas), and the markers' and clusters' fills
    (every age's colour and the clusters') as they come out on the canvas: over the sea, where
    the canvas is transparent, their own colour (read back unpremultiplied); over land, blended
    with each shade as deck.gl blends (source alpha). Their white outlines, the rings and the
    anti-aliased edges are in neither list, so they count for nothing."""
    from ui.ages import AGE_BUCKETS, UNKNOWN_AGE
    from ui.basemap import THEMES
    from ui.deck import CLUSTER_COLOR

    land = [list(shade[:3]) for theme in THEMES.values() for shade in theme["land"]]
    fills = [color for *_, color in AGE_BUCKETS] + [UNKNOWN_AGE[1], CLUSTER_COLOR]
    discs = []
    for *rgb, alpha in fills:
        a = alpha / 255
        discs.append(list(rgb))
        for shade in land:
            discs.append([round(c * a + g * (1 - a)) for c, g in zip(rgb, shade, strict=True)])
    return {"land": land, "discs": discs}


# Runs in the page before its own scripts. Times in ms since the epoch; each is the end of a
# frame's task on the events' map (a canvas under ``MAP_SELECTOR``). A frame's draw calls and its
# hand-over to the compositor (in software WebGL: a synchronous read-back of the canvas) run in
# one task of the main thread; a message posted from the frame's first draw is handled right
# after that task, so its time is when the frame reaches the screen.
# - ``__wmMapDrawn`` (the measure since 2026-12-04): the first frame after which the canvas shows
#   land and markers (or clusters), judged by its pixels: copied onto a 2D canvas in that
#   message's handler, counted by colour (``drawn_colours``, a 6-bit-per-channel table); at
#   least ``LAND_MIN_PX`` of land and ``DISCS_MIN_PX`` of markers' or clusters' fill. The copy
#   is the frame just handed on: Streamlit's deck.gl chart makes its context with
#   ``preserveDrawingBuffer: true`` (``getContextAttributes()`` on the page). (With ``false``,
#   a copy after an animation frame's hand-over came back empty on a test page: the map would
#   then never be drawn, a failure, not a wrong time.) The time is taken before the copy, so
#   its cost (9-49 ms at 854 x 600) is not in it; the copy runs only until the map is drawn.
#   ``__wmFrames`` lists every frame checked: [time, land px, fill px, ms the check took,
#   canvas width, height].
# - ``__wmMapDrawnByProgram`` (the measure from 2026-12-03 15:00 to 2026-12-04): the first frame
#   whose draws used both the land's program (deck.gl's ``solid-polygon-layer``) and the
#   markers' (``scatterplot-layer``), told apart by the ``SHADER_NAME`` deck.gl writes into each
#   shader's source. It misses markers drawn by another program (as polygons, say).
# - ``__wmFirstFrame``: the first frame that drew anything there (the measure until 2026-12-03).
MAP_DRAWN_JS = """
(() => {
  const { COLOURS, TOLERANCE, LAND_MIN, DISCS_MIN, MAP } = SETTINGS;
  const table = new Uint8Array(1 << 18);  // rgb >> 2 -> 1 land, 2 a fill, 3 both (counts neither)
  const lo = (v) => Math.max(0, v - TOLERANCE) >> 2;
  const hi = (v) => Math.min(255, v + TOLERANCE) >> 2;
  const mark = ([r, g, b], kind) => {
    for (let i = lo(r); i <= hi(r); i++) for (let j = lo(g); j <= hi(g); j++)
      for (let k = lo(b); k <= hi(b); k++) table[(i << 12) | (j << 6) | k] |= kind;
  };
  COLOURS.land.forEach((c) => mark(c, 1));
  COLOURS.discs.forEach((c) => mark(c, 2));
  const scratch = document.createElement('canvas');
  const seen = (canvas) => {  // [land px, fill px] on the canvas as it was last handed on
    scratch.width = canvas.width;
    scratch.height = canvas.height;
    const ctx = scratch.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(canvas, 0, 0);
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let land = 0, discs = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] < 128) continue;
      const kind = table[((px[i] >> 2) << 12) | ((px[i + 1] >> 2) << 6) | (px[i + 2] >> 2)];
      if (kind === 1) land += 1;
      else if (kind === 2) discs += 1;
    }
    return [land, discs];
  };
  window.__wmFrames = [];
  const inMap = (gl) => !!(gl.canvas && gl.canvas.closest && gl.canvas.closest(MAP));
  const shaderNames = new WeakMap();
  const programNames = new WeakMap();
  let frame = null;
  const stamp = () => performance.timeOrigin + performance.now();
  const watching = () => window.__wmMapDrawn === undefined
    || window.__wmMapDrawnByProgram === undefined;
  const frameEnd = () => {
    const at = stamp();  // first: what follows is ours, not the page's
    const drew = [...frame.programs].join(' ');
    const canvas = frame.canvas;
    frame = null;
    if (window.__wmFirstFrame === undefined) window.__wmFirstFrame = at;
    if (window.__wmMapDrawnByProgram === undefined && drew.includes('solid-polygon-layer')
        && drew.includes('scatterplot-layer')) {
      window.__wmMapDrawnByProgram = at;
    }
    if (window.__wmMapDrawn === undefined) {
      const [land, discs] = seen(canvas);
      window.__wmFrames.push([at, land, discs, stamp() - at, canvas.width, canvas.height]);
      if (land >= LAND_MIN && discs >= DISCS_MIN) window.__wmMapDrawn = at;
    }
  };
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const source = proto.shaderSource;
    proto.shaderSource = function (shader, text) {
      const m = /SHADER_NAME\\s+([\\w-]+)/.exec(text || '');
      if (m) shaderNames.set(shader, m[1]);
      return source.call(this, shader, text);
    };
    const attach = proto.attachShader;
    proto.attachShader = function (program, shader) {
      const names = programNames.get(program) || [];
      names.push(shaderNames.get(shader) || '');
      programNames.set(program, names);
      return attach.call(this, program, shader);
    };
    const use = proto.useProgram;
    proto.useProgram = function (program) {
      this.__wmProgram = program;
      return use.call(this, program);
    };
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced',
                        'drawElementsInstanced', 'drawRangeElements']) {
      const orig = proto[name];
      if (!orig) continue;
      proto[name] = function (...args) {
        if (watching() && inMap(this)) {
          if (frame === null) {
            frame = { programs: new Set(), canvas: this.canvas };
            const channel = new MessageChannel();
            channel.port1.onmessage = frameEnd;
            channel.port2.postMessage(0);
          }
          for (const n of programNames.get(this.__wmProgram) || []) frame.programs.add(n);
        }
        return orig.apply(this, args);
      };
    }
  }
})();
""".replace(
    "SETTINGS",
    json.dumps(
        {
            "COLOURS": drawn_colours(),
            "TOLERANCE": DRAWN_TOLERANCE,
            "LAND_MIN": LAND_MIN_PX,
            "DISCS_MIN": DISCS_MIN_PX,
            "MAP": MAP_SELECTOR,
        }
    ),
    1,
)


@dataclass
class FirstPaint:
    """Cold starts of the page, seconds from the server process's start, one value per run."""

    titles: list[float] = field(default_factory=list)  # the title painted
    maps: list[float] = field(default_factory=list)  # map drawn: land and markers on screen
    by_program: list[float] = field(default_factory=list)  # the same by the programs drawn with
    first_frames: list[float] = field(default_factory=list)  # the map's first frame, any layer
    checked: list[list] = field(default_factory=list)  # each run's frames checked (``__wmFrames``)
    canvases: list[float] = field(default_factory=list)  # the map's canvas seen (oldest measure)
    # CPU seconds until the map was drawn: the server process's own (from its start), and all
    # of Chromium's processes' (from the page's opening): on a shared machine these move far
    # less with others' load than the wall times do.
    server_cpu: list[float] = field(default_factory=list)
    browser_cpu: list[float] = field(default_factory=list)
    server_rss: float | None = None  # the server's peak RSS, MB
    why: str | None = None  # why nothing was measured


PROJECT_PACKAGES = ("parsing", "geo", "pipeline", "ui")


def compiled(root: Path) -> None:
    """The project's modules compiled to bytecode (``__pycache__``), as any run of ``make run``
    leaves them for the next. Where ``PYTHONDONTWRITEBYTECODE`` is set (it is on the machines
    these figures come from), the server never writes them, and every cold start compiled the
    page's modules from source: 0.19 -> 0.43 s at load 4, a cost no reader's second start has.
    (Streamlit compiles ``dashboard.py`` itself on every start, whatever the setting.)"""
    import compileall

    for package in PROJECT_PACKAGES:
        compileall.compile_dir(str(root / package), quiet=2)


def bench_store(tmp: Path, n: int | None = None, seed_too: bool = False) -> str:
    """A SQLite store in ``tmp`` holding the seed, or ``n`` generated events (and the seed
    after them: ``seed_too``), with its index snapshot left as the page's first run on a store
    leaves it; its URL."""
    from browser.app import leave_snapshot

    from pipeline.sample import sample_records
    from pipeline.store import open_store

    url = f"sqlite:///{tmp / 'events.sqlite'}"
    with open_store(url) as store:
        if n is not None:
            store.add(generated_events(n), source="seed")
        if n is None or seed_too:
            store.add(sample_records(), source="seed")
        leave_snapshot(store, tmp)  # as the page's first run on a store does
    return url


def cold_browsers(playwright, runs: int, fresh: bool = False):
    """``(i, browser)`` for each of ``runs`` cold starts: one Chromium for all (the bench's),
    or a new one each (``fresh``); each started and a first page opened and closed, so the
    browser's own start is not the app's."""
    from browser.app import CHROMIUM, CHROMIUM_ARGS

    browser = None
    for i in range(runs):
        if browser is None or fresh:
            if browser is not None:
                browser.close()
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            browser.new_page().close()
        yield i, browser
    if browser is not None:
        browser.close()


def first_paint(runs: int, n: int | None = None) -> FirstPaint:
    """Cold starts: the title painted, the map drawn (``MAP_DRAWN_JS``), and the three earlier
    measures beside it (the map drawn by program; the map's first frame of any layer; its
    canvas seen); the server's peak RSS.

    The store holds the seed, or ``n`` generated events (then the page looks back, ``live=0``,
    so the map draws all of them: the generated copy is from November 2025)."""
    import browser.app as launcher
    from browser.app import CHROMIUM, start_app

    got = FirstPaint()
    if not Path(CHROMIUM).exists():
        got.why = f"no Chromium at {CHROMIUM}"
        return got
    compiled(launcher.ROOT)
    from playwright.sync_api import sync_playwright

    rss = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        url = bench_store(tmp, n)
        with sync_playwright() as playwright:
            chromium = None
            for _, browser in cold_browsers(playwright, runs):
                chromium = chromium or browser_pid(browser)  # one browser for all the runs
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.add_init_script(MAP_DRAWN_JS)
                app = start_app(tmp, {"WIREMAP_DB": url, "WIREMAP_RECORDS": ""}, wait=False)
                wall_started = time.time() - (time.perf_counter() - app.started)
                browser_cpu = tree_cpu(chromium)
                try:
                    _wait_and_open(page, app, "" if n is None else "?live=0")
                    page.locator(".wm-title").first.wait_for(timeout=60_000)  # painted first
                    got.titles.append(time.perf_counter() - app.started)
                    page.locator(".wm-status").wait_for(timeout=60_000)  # the counts line
                    page.locator(f"{MAP_SELECTOR} canvas").wait_for(timeout=60_000)
                    got.canvases.append(time.perf_counter() - app.started)
                    drawn = page.wait_for_function("window.__wmMapDrawn", timeout=60_000)
                    got.maps.append(drawn.json_value() / 1000 - wall_started)
                    got.server_cpu.append(tree_cpu(app.process.pid))
                    got.browser_cpu.append(tree_cpu(chromium) - browser_cpu)
                    by_program = page.wait_for_function(
                        "window.__wmMapDrawnByProgram", timeout=60_000
                    )
                    got.by_program.append(by_program.json_value() / 1000 - wall_started)
                    first = page.evaluate("window.__wmFirstFrame")
                    got.checked.append(page.evaluate("window.__wmFrames"))
                    got.first_frames.append(first / 1000 - wall_started)
                    rss.append(status_mb("VmHWM", app.process.pid) or 0.0)
                finally:
                    app.stop()
                    page.close()
    got.server_rss = max(rss) if rss else None
    return got


def _spread(got: FirstPaint) -> str:
    """Each run's map drawn and, for comparison, the three earlier measures."""
    if not got.maps:
        return ""

    def times(values: list[float]) -> str:
        return ", ".join(f"{x:.2f}" for x in values)

    return (
        f"map drawn {times(got.maps)} s; map drawn by program {times(got.by_program)} s; "
        f"first frame of any layer {times(got.first_frames)} s; "
        f"deck canvas seen {times(got.canvases)} s"
    )


def _processes() -> dict[int, tuple[int, float, bytes]]:
    """Every process (Linux ``/proc``): pid -> (parent pid, CPU seconds, command line). The
    CPU is user + system, with the reaped children's."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmd = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        cpu = sum(int(x) for x in fields[11:15]) / ticks
        found[int(entry.name)] = (int(fields[1]), cpu, cmd)
    return found


def tree_pids(root_pid: int, processes: dict[int, tuple[int, float, bytes]]) -> list[int]:
    """``root_pid`` and every process under it in ``processes`` (a ``_processes()`` table)."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in processes.items():
        children.setdefault(ppid, []).append(pid)
    out, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def tree_cpu(root_pid: int) -> float:
    """CPU seconds of ``root_pid`` and every process under it (the server; all of Chromium)."""
    processes = _processes()
    return sum(processes[pid][1] for pid in tree_pids(root_pid, processes) if pid in processes)


def browser_pid(browser) -> int:
    """The Chromium main process Playwright started (under this process, via its driver)."""
    me, processes = os.getpid(), _processes()
    for pid, (_, _, cmd) in processes.items():
        if b"chromium" not in cmd or b"--type=" in cmd:
            continue
        up = pid
        while up > 1:
            up = processes[up][0] if up in processes else 1
            if up == me:
                return pid
    raise RuntimeError("no Chromium child found")


def wait_answering(app) -> None:
    """Until the server answers its health check (every 50 ms, 60 s at the most)."""
    import urllib.request

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(app.url + "/_stcore/health", timeout=1):
                break
        except OSError:
            time.sleep(0.05)


def _wait_and_open(page, app, query: str = "") -> None:
    """Open the page as soon as the server answers (what a reader's reload would do)."""
    wait_answering(app)
    page.goto(app.url + query)


def rerun_ms(n: int, repeat: int) -> tuple[float, float, float]:
    """Median ms of a search-box rerun (whole script, AppTest), of the pure work, and RSS."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from pipeline.query import MemoryRecords
    from ui.deck import build_deck
    from ui.engine import Engine, Filters

    events = generated_events(n)
    with tempfile.TemporaryDirectory() as tmp_name:
        path = Path(tmp_name) / "events.jsonl"
        path.write_text("\n".join(json.dumps(e) for e in events) + "\n", encoding="utf-8")
        os.environ["WIREMAP_RECORDS"] = str(path)
        use_settings(None)  # read the environment just set
        st.cache_resource.clear()
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
        at.query_params["live"] = "0"  # the generated copy is from Nov 2025: look back at it
        at.run()
        words = ["amsterdam", "begroting", "kyiv", "", "staking", "lima"]
        times = []
        for i in range(repeat):
            at.text_input(key="q").input(words[i % len(words)])
            start = time.perf_counter()
            at.run()
            times.append((time.perf_counter() - start) * 1000)
        assert not at.exception, [e.message for e in at.exception]
        os.environ.pop("WIREMAP_RECORDS", None)
        use_settings(None)

    engine = Engine.of(MemoryRecords(events))
    engine.load_search()
    pure = []
    for i in range(repeat):
        start = time.perf_counter()
        shown = engine.select(Filters(query=["amsterdam", "kyiv", "lima", "staking"][i % 4]))
        build_deck(shown.places(None)).to_json()
        pure.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), statistics.median(pure), peak_rss_mb()


def run(smoke: bool = False) -> list[dict]:
    rows = []
    got = first_paint(runs=1 if smoke else 3)
    note = got.why or f"median of {len(got.maps)} cold starts; store holds the seed"
    rows.append(
        row(
            "dashboard first paint (title)",
            size="seed, 1280x800",
            value=statistics.median(got.titles) if got.titles else None,
            unit="s",
            peak_rss_mb=got.server_rss,
            note=note,
            smoke=smoke,
        )
    )
    rows.append(
        row(
            "dashboard first paint (map drawn)",
            size="seed, 1280x800",
            value=statistics.median(got.maps) if got.maps else None,
            unit="s",
            target="<= 3",
            peak_rss_mb=got.server_rss,
            note=note
            + "; from the server process's start (`streamlit run`, as `make run`), "
            + "in Chromium; "
            + _spread(got),
            smoke=smoke,
        )
    )
    n = 500 if smoke else 10_000
    got = first_paint(runs=1 if smoke else 3, n=n)
    rows.append(
        row(
            "dashboard first paint (map drawn)",
            size=f"{n:,} events, 1280x800",
            value=statistics.median(got.maps) if got.maps else None,
            unit="s",
            target="<= 3",
            peak_rss_mb=got.server_rss,
            note=(got.why or f"median of {len(got.maps)} cold starts")
            + "; ?live=0, every event in the window; from the server process's start; "
            + _spread(got)
            + f"; load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}",
            smoke=smoke,
        )
    )
    whole, pure, rss = rerun_ms(n, repeat=3 if smoke else 9)
    rows.append(
        row(
            "dashboard rerun after a search",
            size=f"{n:,} events",
            value=whole,
            unit="ms",
            baseline="pure work (filters + places + deck JSON)",
            baseline_value=pure,
            target="<= 300",
            peak_rss_mb=rss,
            note="AppTest run of the whole script (median); includes AppTest's own overhead",
            smoke=smoke,
        )
    )
    return rows


if __name__ == "__main__":
    for item in run(smoke="--smoke" in sys.argv):
        print(item)
