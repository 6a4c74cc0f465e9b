"""A cold start of the dashboard end to end, server and browser on one clock.

``.venv/bin/python tools/timeline_first_paint.py --runs 20 [--n 10000] [--fresh] [--json F]``
runs the bench's cold starts (``benchmarks.bench_dashboard.first_paint``'s set-up: a store with
the seed, or ``--n`` generated events looked back at with ``?live=0``; one Chromium, a new page
per start, or ``--fresh``: a new browser per start) with the server started through
``tools/trace_server.py`` (Streamlit's own command line with timestamps, the page's code
untouched), and prints for each start, in seconds from the server child's start (the bench's
zero):

- server: ``py`` interpreter up, ``st`` Streamlit imported, ``listen`` socket bound, ``health``
  the first health answer the client got, ``goto``, ``html`` the page served, ``idx`` the main
  bundle fetched, ``dcl`` the bundle run (DOMContentLoaded: module scripts have run), ``ws`` the
  websocket open, ``run0`` the first script run started, ``d1`` its first delta sent, ``pre``
  our preload's import, ``empty`` the empty map sent, ``run0e`` that run's end, ``run1`` the
  next run (the lean run) started, ``map`` its map sent, ``run1e`` its end;
- browser: ``title`` the title in the page, ``chunk`` the deck's chunk fetched, ``canvas`` the
  map's canvas inserted, ``gl`` its WebGL context, ``f1`` the map's first frame, ``drawn`` the
  bench's map drawn (``MAP_DRAWN_JS``), ``long`` the page's long tasks (> 50 ms) before drawn
  (seconds, summed);
- CPU seconds from the child's start to drawn: the server's, Chromium's, this client's
  (Python and Playwright's driver), and the rest of the machine's (``others``: /proc/stat's busy
  time minus those three), with the load average before the start.

Then the medians of each phase (the time from the previous mark) in the slow starts (drawn > 3
s) against the others.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))  # the probe's pieces (``probe_first_paint``)

from ui.firstframe import MAP_SELECTOR  # noqa: E402 - the project on the path first

TRACE = Path(__file__).with_name("trace_server.py")

# Runs in the page before its own scripts: when elements and the map's context came (the
# websocket's life and long tasks: the probe's ``WIRE_JS``). Light: no WebGL call is wrapped
# beyond ``getContext``.
INIT_JS = r"""
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const t = (window.__tl = { seen: {} });
  const get = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    if (kind && kind.startsWith('webgl') && this.closest && this.closest(MAP_SELECTOR)
        && t.gl === undefined) t.gl = now();
    return get.call(this, kind, ...rest);
  };
  const WANT = { title: '.wm-title', status: '.wm-status', canvas: MAP_SELECTOR + ' canvas' };
  new MutationObserver(() => {
    for (const [k, sel] of Object.entries(WANT)) {
      if (t.seen[k] === undefined && document.querySelector(sel)) t.seen[k] = now();
    }
  }).observe(document, { childList: true, subtree: true });
})();
""".replace("MAP_SELECTOR", json.dumps(MAP_SELECTOR))


def busy_seconds() -> float:
    """The machine's busy CPU seconds since boot (/proc/stat: all but idle and iowait)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def server_marks(path: Path, zero: float) -> dict:
    """The trace's events as times from ``zero``: the first of each, runs and messages kept."""
    out: dict = {"runs": [], "msgs": [], "http": [], "imports": {}}
    queued = []
    for line in path.read_text().splitlines():
        name, at, cpu, detail = json.loads(line)
        at -= zero
        if name == "run start":
            out["runs"].append([at, None, cpu])
        elif name == "run end":
            out["runs"][-1][1] = at
        elif name == "msg queued":
            queued.append([detail, at, None, None, len(out["runs"])])
        elif name == "msg sent":
            for q in queued:
                if q[2] is None:
                    q[2], q[3] = at, detail
                    break
        elif name == "http":
            out["http"].append([detail[0], detail[1] - zero, at])
        elif name == "import":
            out["imports"].setdefault(detail[0], at)
        else:
            out.setdefault(name, at)
            out.setdefault(name + " cpu", cpu)
    out["msgs"] = queued
    return out


def one_start(browser, tmp: Path, url: str, query: str, chromium: int) -> dict:
    from browser.app import start_app
    from probe_first_paint import WIRE_JS

    from benchmarks.bench_dashboard import MAP_DRAWN_JS, tree_cpu, wait_answering

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.add_init_script(INIT_JS)
    page.add_init_script(WIRE_JS)
    page.add_init_script(MAP_DRAWN_JS)
    trace = tmp / "trace.jsonl"
    trace.unlink(missing_ok=True)
    load = os.getloadavg()
    me = os.getpid()
    mine0, chromium0, busy0 = tree_cpu(me), tree_cpu(chromium), busy_seconds()
    app = start_app(
        tmp,
        {"WIREMAP_DB": url, "WIREMAP_RECORDS": ""},
        wait=False,
        launcher=[sys.executable, str(TRACE), str(trace)],
    )
    zero = time.time() - (time.perf_counter() - app.started)
    r: dict = {"load": load}
    try:
        wait_answering(app)  # the bench's wait (``_wait_and_open``), timed before the goto
        r["health"] = r["goto"] = time.time() - zero
        page.goto(app.url + query)
        drawn = page.wait_for_function("window.__wmMapDrawn", timeout=60_000).json_value()
        busy1 = busy_seconds()
        r["cpu server"] = tree_cpu(app.process.pid)
        r["cpu chromium"] = tree_cpu(chromium) - chromium0
        r["cpu client"] = tree_cpu(me) - mine0 - r["cpu chromium"] - r["cpu server"]
        r["cpu others"] = busy1 - busy0 - (tree_cpu(me) - mine0)
        got = page.evaluate(
            """() => {
              const nav = performance.getEntriesByType('navigation')[0];
              const o = performance.timeOrigin;
              return {
                origin: o, tl: window.__tl, wire: window.__wmWire, drawn: window.__wmMapDrawn,
                first: window.__wmFirstFrame, frames: window.__wmFrames,
                nav: nav && { req: o + nav.requestStart, resp: o + nav.responseEnd,
                              dcl: o + nav.domContentLoadedEventStart,
                              load: o + nav.loadEventStart },
                res: performance.getEntriesByType('resource').map(
                  (e) => [e.name.split('/').pop().split('?')[0], o + e.startTime,
                          o + e.responseEnd]),
              };
            }"""
        )
    finally:
        app.stop()
        page.close()
    ms = 1000.0
    sec = lambda v: None if v is None else v / ms - zero  # noqa: E731
    tl = got["tl"]
    r["nav"] = sec(got["origin"])
    r["html"] = sec(got["nav"]["resp"])
    r["dcl"] = sec(got["nav"]["dcl"])
    for name, a, b in got["res"]:
        for key, stem in (
            ("idx", "index."),
            ("chunk", "DeckGlJsonChart."),
            ("wgl", "webgl-device."),
        ):
            if name.startswith(stem) and name.endswith(".js") and key not in r:
                r[key], r[key + " start"] = sec(b), sec(a)
    ws = [(k, sec(at), size) for k, at, size in got["wire"]["ws"]]
    r["ws"] = next((at for k, at, _ in ws if k == "open"), None)
    r["ws msgs"] = [(round(at, 2), size) for k, at, size in ws if k == "msg"]
    for k, v in tl["seen"].items():
        r[k] = sec(v)
    r["gl"] = sec(tl.get("gl"))
    r["f1"] = sec(got["first"])
    r["drawn"] = sec(drawn)
    r["long"] = sum(d for s, d in got["wire"]["tasks"] if s <= drawn) / ms
    r["tasks"] = [(round(sec(s), 2), round(d)) for s, d in got["wire"]["tasks"] if d > 50]
    r["frames"] = [(round(sec(f[0]), 2), f[4], f[5], f[1], f[2]) for f in got["frames"]]
    s = server_marks(trace, zero)
    r["server"] = s
    r["py"], r["st"], r["listen"] = (
        s.get("interpreter"),
        s.get("streamlit imported"),
        s.get("listening"),
    )
    runs = s["runs"]
    r["runs"] = [(round(a, 2), round(b or 0, 2)) for a, b, _ in runs]
    if runs:
        r["run0"], r["run0e"] = runs[0][0], runs[0][1]
    if len(runs) > 1:
        r["run1"], r["run1e"] = runs[1][0], runs[1][1]
    deltas = [m for m in s["msgs"] if m[0].startswith("delta")]
    r["d1"] = deltas[0][2] if deltas else None
    charts = [m for m in s["msgs"] if "deck_gl_json_chart" in m[0]]
    r["empty"] = charts[0][2] if charts else None
    r["map"] = charts[1][2] if len(charts) > 1 else None
    r["pre"] = s["imports"].get("ui.preload")
    r["imports"] = {k: round(v, 2) for k, v in s["imports"].items()}
    return r


MARKS = [
    "py",
    "st",
    "listen",
    "health",
    "html",
    "idx",
    "dcl",
    "ws",
    "run0",
    "d1",
    "pre",
    "empty",
    "run0e",
    "title",
    "run1",
    "chunk",
    "canvas",
    "gl",
    "map",
    "run1e",
    "f1",
    "drawn",
]


def show(i: int, r: dict) -> str:
    marks = " ".join(f"{k} {r[k]:.2f}" if r.get(k) is not None else f"{k} -" for k in MARKS)
    cpu = " ".join(f"{k[4:]} {r[k]:.2f}" for k in r if k.startswith("cpu "))
    return f"start {i}: load {r['load'][0]:.1f} | {marks} | long {r['long']:.2f} | cpu {cpu}"


def phases(results: list[dict]) -> None:
    """Each mark's time from the one before it (in MARKS' order), slow starts against the rest."""
    slow = [r for r in results if r["drawn"] > 3]
    fast = [r for r in results if r["drawn"] <= 3]
    print(f"\n{len(slow)} of {len(results)} starts > 3 s")
    keys = [k for k in MARKS if all(r.get(k) is not None for r in results)]
    rows = [("mark", "typical at", "slow at", "typical step", "slow step")]
    prev = None
    for k in keys + ["long", "cpu server", "cpu chromium", "cpu client", "cpu others"]:

        def med(rs, key=k, prev=prev):
            vals = [r[key] - (r[prev] if prev and key in MARKS else 0) for r in rs]
            return f"{statistics.median(vals):.2f}" if vals else "-"

        at = lambda rs, key=k: f"{statistics.median(r[key] for r in rs):.2f}" if rs else "-"  # noqa: E731
        rows.append(
            (
                k,
                at(fast),
                at(slow),
                med(fast) if k in MARKS else "",
                med(slow) if k in MARKS else "",
            )
        )
        if k in MARKS:
            prev = k
    for row in rows:
        print("  ".join(f"{c:>13}" for c in row))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--n", type=int, default=0, help="generated events (0: the seed)")
    parser.add_argument("--fresh", action="store_true", help="a new browser per cold start")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--root", type=Path, default=None, help="another checkout's page")
    args = parser.parse_args()
    import browser.app as launcher
    from playwright.sync_api import sync_playwright

    from benchmarks.bench_dashboard import bench_store, browser_pid, cold_browsers, compiled

    if args.root:
        launcher.ROOT = args.root.resolve()
    compiled(launcher.ROOT)
    results = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        url = bench_store(tmp, args.n or None)
        with sync_playwright() as playwright:
            for i, browser in cold_browsers(playwright, args.runs, args.fresh):
                r = one_start(browser, tmp, url, "?live=0" if args.n else "", browser_pid(browser))
                results.append(r)
                print(show(i, r), flush=True)
                if args.json:
                    args.json.write_text(json.dumps(results, indent=1, default=str))
    phases(results)


if __name__ == "__main__":
    main()
