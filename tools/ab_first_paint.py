"""A/B of the dashboard's first paint: this tree against another checkout, alternating.

``.venv/bin/python tools/ab_first_paint.py OTHER_ROOT --rounds 4 [--n 10000]`` runs
``benchmarks.bench_dashboard.first_paint`` (one cold start per call, the bench's own set-up and
measure) on OTHER_ROOT's ``dashboard.py`` and on this tree's, in turn, and prints each cold
start (title, deck canvas seen, first frame drawn; seconds from process start), the medians and
the load average. The other checkout runs with this tree's virtualenv (same packages), its own
modules first on the path.
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
    got: dict[str, list[tuple[float, float, float]]] = {k: [] for k in roots}
    for i in range(args.rounds):
        order = list(roots) if i % 2 == 0 else list(roots)[::-1]
        for name in order:
            launcher.ROOT = roots[name]
            load = os.getloadavg()[0]
            titles, maps, _, why, canvases = first_paint(runs=1, n=args.n)
            if why:
                raise SystemExit(why)
            got[name].append((titles[0], canvases[0], maps[0]))
            print(
                f"round {i} {name}: load {load:.1f} title {titles[0]:.2f} "
                f"canvas {canvases[0]:.2f} drawn {maps[0]:.2f}",
                flush=True,
            )
    for name, rows in got.items():
        cols = list(zip(*rows, strict=True))
        print(
            name,
            " ".join(
                f"{label} median {statistics.median(c):.2f} [{min(c):.2f}-{max(c):.2f}]"
                for label, c in zip(("title", "canvas", "drawn"), cols, strict=True)
            ),
        )
    print("load average now", " ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
