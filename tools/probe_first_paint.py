"""Diagnose the dashboard's first paint in headless Chromium, cold start by cold start.

Run from the project root (``.venv/bin/python tools/probe_first_paint.py --runs 6``; ``--n
10000`` for a store of generated events, ``--seed-too`` with the seed as well). For each cold
start (the bench's own set-up: ``streamlit run`` on a store holding the seed, Debian's Chromium
with the bench's flags) it prints, in seconds from the server process's start:

- ``title``: the page's title painted;
- ``empty``: the WebGL context of the deck the page sends ahead of its data (0: none made);
- ``canvas``: when Playwright saw the events' deck's canvas (``js``: when the page made it);
- ``draw``: the first WebGL draw call on that canvas; ``frame_end``: the end of that frame's
  task (the bench's measure until 2026-12-03); ``drawn``: the bench's map drawn (the end of the
  first frame that shows land and markers on the canvas, ``bench_dashboard.MAP_DRAWN_JS``);
  ``gap``: drawn minus canvas made;
- ``gl ms``: time spent inside WebGL calls on the main thread; ``links``: shader programs linked;
- long tasks (> 100 ms) of the page's main thread, the websocket's large messages, when the
  deck's script was fetched;
- ``cpu``: CPU seconds of all Chromium processes during the run (the browser side).

``--trace DIR`` writes a Chromium performance trace per run (devtools timeline, V8 CPU
profile, GPU), with marks ``wm-big-msg``, ``wm-map-context``, ``wm-first-draw`` and
``wm-frame-end``. ``--perf DIR`` records the GPU process with ``perf`` and splits its CPU time
(SwiftShader on its main thread, its JIT-compiled code, the display compositor, the kernel).
``--variants "a;b"`` alternates values of ``WM_EXP`` in the app's environment, for a tree
patched to read it; ``--fresh`` starts a new browser for each cold start.
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

from ui.firstframe import MAP_SELECTOR  # noqa: E402 - the project on the path first

INIT_JS = r"""
(() => {
  const t0 = performance.timeOrigin;
  const probe = (window.__probe = {
    canvases: [], gl: {}, firstDraw: null,
  });
  const now = () => t0 + performance.now();
  const isMap = (c) => !!(c && c.closest && c.closest(MAP_SELECTOR));
  const origGetContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    if (kind && kind.startsWith('webgl')) {
      probe.canvases.push({ at: now(), kind, map: isMap(this), connected: this.isConnected });
      performance.mark(isMap(this) ? 'wm-map-context' : 'wm-other-context');
    }
    return origGetContext.call(this, kind, ...rest);
  };
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, name);
      if (!desc || typeof desc.value !== 'function') continue;
      const orig = desc.value;
      proto[name] = function (...args) {
        const start = performance.now();
        const out = orig.apply(this, args);
        const spent = performance.now() - start;
        const key = (isMap(this.canvas) ? 'map.' : 'other.') + name;
        const slot = probe.gl[key] || (probe.gl[key] = [0, 0]);
        slot[0] += spent; slot[1] += 1;
        if (name === 'linkProgram' && isMap(this.canvas)) {
          (probe.links = probe.links || []).push(now());
        }
        if (name.startsWith('draw') && isMap(this.canvas) && probe.firstDraw === null) {
          probe.firstDraw = now();
          performance.mark('wm-first-draw');
          const ch = new MessageChannel();
          ch.port1.onmessage = () => { probe.frameEnd = now(); performance.mark('wm-frame-end'); };
          ch.port2.postMessage(0);
        }
        return out;
      };
    }
  }
  probe.mounts = [];  // when a chart (or the map's slot) entered the page: a remount shows twice
  const CHART = MAP_SELECTOR + ', [data-testid=stDeckGlJsonChart]';
  new MutationObserver((muts) => {
    for (const m of muts) for (const n of m.addedNodes) {
      if (n.nodeType !== 1) continue;
      const hit = n.matches && n.matches(CHART) ? n : n.querySelector && n.querySelector(CHART);
      const what = hit && (hit.getAttribute('data-testid') || hit.className.slice(0, 30));
      if (hit) probe.mounts.push([now(), what]);
    }
  }).observe(document, { childList: true, subtree: true });
})();
""".replace("MAP_SELECTOR", json.dumps(MAP_SELECTOR))

# Runs in the page before its own scripts (here and in ``tools/timeline_first_paint.py``): the
# websocket's life in ``__wmWire.ws`` (['new' | 'open' | 'msg', ms since the epoch, bytes]; a
# message over 50 kB marks ``wm-big-msg`` in a trace) and the page's long tasks in
# ``__wmWire.tasks`` ([start, ms]).
WIRE_JS = r"""
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const wire = (window.__wmWire = { ws: [], tasks: [] });
  const OrigWS = window.WebSocket;
  window.WebSocket = function (...a) {
    const ws = new OrigWS(...a);
    wire.ws.push(['new', now(), 0]);
    ws.addEventListener('open', () => wire.ws.push(['open', now(), 0]));
    ws.addEventListener('message', (m) => {
      const size = (m.data && (m.data.byteLength || m.data.size || m.data.length)) || 0;
      wire.ws.push(['msg', now(), size]);
      if (size > 50000) performance.mark('wm-big-msg');
    });
    return ws;
  };
  window.WebSocket.prototype = OrigWS.prototype;
  Object.assign(window.WebSocket, OrigWS);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        wire.tasks.push([performance.timeOrigin + e.startTime, e.duration]);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();
"""

PERF_DIR: Path | None = None


def perf_summary(path: Path) -> dict:
    """Seconds of GPU-process CPU by thread kind and library (perf samples at 1999 Hz)."""
    import subprocess

    text = subprocess.run(
        ["perf", "report", "-i", str(path), "--stdio", "--sort", "comm,dso", "-n"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0].endswith("%") and not line.startswith("#"):
            comm, dso = parts[2], parts[3]
            key = {
                ("chromium", "libvk_swiftshader.so"): "main_swiftshader",
                ("chromium", "[kernel.kallsyms]"): "main_kernel",
            }.get((comm, dso))
            if key is None:
                key = (
                    "jit"
                    if dso.startswith("memfd:swiftshader_jit")
                    else ("viz" if comm.startswith("VizComp") else "other")
                )
            out[key] = out.get(key, 0.0) + int(parts[1]) / 1999
    return {k: round(v, 2) for k, v in out.items()}


TRACE_CATEGORIES = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "disabled-by-default-devtools.timeline.frame",
    "v8",
    "v8.execute",
    "disabled-by-default-v8.cpu_profiler",
    "blink.user_timing",
    "toplevel",
    "gpu",
    "gpu.angle",
    "loading",
    "latencyInfo",
]


def one_run(browser, tmp: Path, url: str, query: str, trace: Path | None, env=None) -> dict:
    from browser.app import start_app

    from benchmarks.bench_dashboard import (
        MAP_DRAWN_JS,
        _processes,
        browser_pid,
        tree_cpu,
        tree_pids,
    )
    from benchmarks.bench_dashboard import _wait_and_open as wait_and_open

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(INIT_JS)
    context.add_init_script(WIRE_JS)
    context.add_init_script(MAP_DRAWN_JS)
    page = context.new_page()
    cpu_pid = browser_pid(browser)
    cpu0 = tree_cpu(cpu_pid)
    if trace is not None:
        browser.start_tracing(page=page, path=str(trace), categories=TRACE_CATEGORIES)
    perf = None
    if PERF_DIR is not None:
        import subprocess

        processes = _processes()
        gpu = [
            p
            for p in tree_pids(cpu_pid, processes)
            if b"--type=gpu-process" in processes.get(p, (0, 0.0, b""))[2]
        ]
        PERF_DIR.mkdir(parents=True, exist_ok=True)
        perf_out = PERF_DIR / f"gpu{len(list(PERF_DIR.iterdir()))}.data"
        perf = subprocess.Popen(
            [
                "perf",
                "record",
                "-q",
                "-e",
                "cpu-clock",
                "-F",
                "1999",
                "-p",
                str(gpu[0]),
                "-o",
                str(perf_out),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.3)
    wall0 = time.time()
    app = start_app(tmp, {"WIREMAP_DB": url, "WIREMAP_RECORDS": "", **(env or {})}, wait=False)
    out: dict = {}
    try:
        wait_and_open(page, app, query)
        page.locator(".wm-title").first.wait_for(timeout=60_000)
        out["title"] = time.perf_counter() - app.started
        page.locator(f"{MAP_SELECTOR} canvas").wait_for(timeout=60_000)
        out["canvas"] = time.perf_counter() - app.started
        drawn = page.wait_for_function("window.__wmMapDrawn", timeout=60_000).json_value()
        out["drawn_seen"] = time.perf_counter() - app.started
        probe = page.evaluate("window.__probe")
        wire = page.evaluate("window.__wmWire")
        # Map browser epoch ms onto the process clock: wall0 ~ app.started
        base = wall0 * 1000
        out["empty"] = next(
            ((c["at"] - base) / 1000 for c in probe["canvases"] if not c["map"]), None
        )
        maps = [c for c in probe["canvases"] if c["map"]]
        out["canvas_js"] = (maps[0]["at"] - base) / 1000 if maps else None
        out["mounts"] = [(round((m[0] - base) / 1000, 2), m[1]) for m in probe["mounts"]]
        out["ctxs"] = [round((c["at"] - base) / 1000, 2) for c in probe["canvases"]]
        out["draw"] = (probe["firstDraw"] - base) / 1000 if probe["firstDraw"] else None
        out["drawn"] = (drawn - base) / 1000
        out["contexts"] = len(probe["canvases"])
        gl = {k: v for k, v in probe["gl"].items()}
        out["gl_ms"] = sum(v[0] for v in gl.values())
        out["top"] = sorted(((v[0], k, v[1]) for k, v in gl.items()), reverse=True)[:6]
        out["frame_end"] = (probe["frameEnd"] - base) / 1000 if probe.get("frameEnd") else None
        out["links"] = [round((x - base) / 1000, 2) for x in probe.get("links") or []]
        res = page.evaluate(
            "performance.getEntriesByType('resource').map(e => [e.name.split('/').pop(),"
            " performance.timeOrigin + e.startTime, performance.timeOrigin + e.responseEnd])"
        )
        nav = page.evaluate("performance.timeOrigin")
        out["nav"] = (nav - base) / 1000
        out["deck_js"] = [
            (round((a - base) / 1000, 2), round((b - base) / 1000, 2))
            for n, a, b in res
            if n.startswith(("DeckGlJsonChart", "webgl-device", "dist."))
        ]
        out["ws"] = [(w[0], round((w[1] - base) / 1000, 2), *(w[2:] or [])) for w in wire["ws"]]
        out["longtasks"] = [
            (round((s - base) / 1000, 2), round(d)) for s, d in wire["tasks"] if d > 100
        ]
    finally:
        if trace is not None:
            browser.stop_tracing()
        if perf is not None:
            perf.send_signal(2)
            perf.wait()
            out["gpu"] = perf_summary(perf_out)
        out["cpu"] = tree_cpu(cpu_pid) - cpu0
        app.stop()
        marks = [
            line.split()[1:]
            for line in app.log.read_text(errors="replace").splitlines()
            if line.startswith("WM ")
        ]
        if marks:
            out["server"] = [
                (" ".join(m[:-2]), round(float(m[-2]) - wall0, 2), m[-1]) for m in marks
            ]
        context.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--n", type=int, default=0, help="generated events (0: the seed)")
    parser.add_argument(
        "--seed-too",
        action="store_true",
        help="the seed as well as --n generated events (a first frame with clusters and markers)",
    )
    parser.add_argument("--trace", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--perf", type=Path, default=None, help="perf record the GPU process")
    parser.add_argument("--variants", default="", help="WM_EXP values to alternate, ';'-separated")
    parser.add_argument("--fresh", action="store_true", help="a new browser per cold start")
    args = parser.parse_args()
    global PERF_DIR
    PERF_DIR = args.perf
    from playwright.sync_api import sync_playwright

    from benchmarks.bench_dashboard import bench_store, cold_browsers

    results = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        url = bench_store(tmp, args.n or None, args.seed_too)
        variants = args.variants.split(";") if args.variants else [None]
        with sync_playwright() as playwright:
            for i, browser in cold_browsers(playwright, args.runs, args.fresh):
                variant = variants[i % len(variants)]
                trace = None
                if args.trace:
                    args.trace.mkdir(parents=True, exist_ok=True)
                    trace = args.trace / f"run{i}.json"
                load = os.getloadavg()[0]
                env = {"WM_EXP": variant} if variant is not None else {}
                r = one_run(browser, tmp, url, "?live=0" if args.n else "", trace, env)
                r["load"], r["variant"] = load, variant
                results.append(r)
                print(
                    f"run {i} [{variant}]: load {load:.1f} title {r['title']:.2f} empty "
                    f"{r['empty'] or 0:.2f} canvas {r['canvas']:.2f} (js {r['canvas_js'] or 0:.2f})"
                    f" draw {r['draw'] or 0:.2f} drawn {r['drawn']:.2f} "
                    f"gap {r['drawn'] - (r['canvas_js'] or r['canvas']):.2f} "
                    f"gl {r['gl_ms']:.0f} ms cpu {r['cpu']:.2f} s ctx {r['contexts']} "
                    f"gpu {r.get('gpu')} links {r['links']} ctxs {r['ctxs']} mounts {r['mounts']}",
                    flush=True,
                )
                if r.get("server"):
                    print("   server:", r["server"], flush=True)
                if not args.variants:
                    print("   top gl:", [(round(ms), k, n) for ms, k, n in r["top"]], flush=True)
                print("   long tasks >100ms:", r["longtasks"], flush=True)
                print(
                    f"   nav {r['nav']:.2f} deck.js {r['deck_js']} frame_end {r['frame_end']}"
                    f" ws {[w for w in r['ws'] if w[0] != 'msg' or w[2] > 3000]}",
                    flush=True,
                )
        for variant in variants:
            mine = [r for r in results if r["variant"] == variant]
            gaps = [r["drawn"] - (r["canvas_js"] or r["canvas"]) for r in mine]
            print(
                f"[{variant}] gap median {statistics.median(gaps):.2f} "
                f"drawn median {statistics.median(r['drawn'] for r in mine):.2f} "
                f"cpu median {statistics.median(r['cpu'] for r in mine):.2f} "
                f"title median {statistics.median(r['title'] for r in mine):.2f} "
                f"frame_end median "
                f"{statistics.median(r['frame_end'] or 0 for r in mine):.2f} "
                + "["
                + ", ".join(f"{r['frame_end'] or 0:.2f}" for r in mine)
                + "]"
                + (
                    " gpu main_swiftshader median "
                    f"{statistics.median(r['gpu'].get('main_swiftshader', 0) for r in mine):.2f}"
                    if mine and "gpu" in mine[0]
                    else ""
                )
            )
    for key in ("title", "canvas", "drawn", "cpu"):
        vals = [r[key] for r in results]
        print(
            f"{key}: median {statistics.median(vals):.2f} min {min(vals):.2f} max {max(vals):.2f}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
