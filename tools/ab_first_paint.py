"""A/B of the dashboard's first paint: this tree against another checkout, alternating.

``.venv/bin/python tools/ab_first_paint.py OTHER_ROOT --rounds 4 [--n 10000]`` runs
``benchmarks.bench_dashboard.first_paint`` (one cold start per call, the bench's own set-up and
measure) on OTHER_ROOT's ``dashboard.py`` and on this tree's, in turn, and prints each cold
start (title, deck canvas seen, the map's first frame of any layer, the map drawn by program
(land's and markers' programs in one frame, the measure until 2026-12-04), map drawn with land
and markers on the canvas: ``bench_dashboard.MAP_DRAWN_JS``; seconds from process start), the
frames it checked (canvas size: land px / fill px), and the CPU seconds
until the map was drawn of the server and of Chromium (which others' load moves far less), the
medians and the load average. The other checkout runs with this tree's virtualenv (same
packages), its own modules first on the path.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", type=Path)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--n", type=int, default=None)
    args = parser.parse_args()
    import browser.app as launcher

    from benchmarks.bench_dashboard import first_paint

    roots = {"other": args.other.resolve(), "this": HERE}
    labels = ("title", "canvas", "first frame", "by program", "drawn", "server cpu", "browser cpu")
    got: dict[str, list[tuple[float, ...]]] = {k: [] for k in roots}
    for i in range(args.rounds):
        order = list(roots) if i % 2 == 0 else list(roots)[::-1]
        for name in order:
            launcher.ROOT = roots[name]
            load = os.getloadavg()[0]
            run = first_paint(runs=1, n=args.n)
            if run.why:
                raise SystemExit(run.why)
            values = (
                run.titles[0],
                run.canvases[0],
                run.first_frames[0],
                run.by_program[0],
                run.maps[0],
                run.server_cpu[0],
                run.browser_cpu[0],
            )
            got[name].append(values)
            shown = " ".join(f"{k} {v:.2f}" for k, v in zip(labels, values, strict=True))
            checked = " ".join(f"{f[4]}x{f[5]}:{f[1]}/{f[2]}" for f in run.checked[0])
            print(f"round {i} {name}: load {load:.1f} {shown} checked {checked}", flush=True)
    for name, rows in got.items():
        cols = list(zip(*rows, strict=True))
        print(
            name,
            " ".join(
                f"{label} median {statistics.median(c):.2f} [{min(c):.2f}-{max(c):.2f}]"
                for label, c in zip(labels, cols, strict=True)
            ),
        )
    print("load average now", " ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
