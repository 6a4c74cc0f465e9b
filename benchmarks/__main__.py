"""``python -m benchmarks [--smoke] [--only NAME] [--profile]``: run the bench modules, one table.

Each ``benchmarks/bench_*.py`` runs in its own child process, so a crash, a hang or a memory
blow-up in one cannot take the others down, and each module's peak RSS is its own. A module
that fails gets one row with its error; the others go on. The table is printed as Markdown and
written to ``build/bench/results.md`` (and the rows to ``results.json``).

``--profile`` times nothing for the table: it asks each chosen module that has a ``profile``
function (``bench_ratio``: where a brief's time goes, stage by stage) to print its report.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import KEYS, ROOT, build_dir, peak_rss_mb

HERE = Path(__file__).resolve().parent
HEADERS = (
    "module",
    "benchmark",
    "size",
    "value",
    "unit",
    "baseline",
    "baseline value",
    "target",
    "met",
    "peak RSS MB",
    "note",
)
SMOKE_TIMEOUT_S = 300
FULL_TIMEOUT_S = 4 * 3600


def discover(only: list[str] | None = None) -> list[str]:
    """Module names ``bench_*`` in ``benchmarks/``, sorted; ``only`` matches ``parse`` or
    ``bench_parse``."""
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if not only:
        return names
    wanted = {n if n.startswith("bench_") else f"bench_{n}" for n in only}
    return [n for n in names if n in wanted]


def child(name: str, smoke: bool, out: str) -> int:
    """In the child: import one module, call its ``run``, write its rows as JSON to ``out``."""
    import importlib

    module = importlib.import_module(f"benchmarks.{name}")
    rows = module.run(smoke=smoke)
    payload = {"rows": list(rows), "peak_rss_mb": peak_rss_mb()}
    Path(out).write_text(json.dumps(payload, default=str), encoding="utf-8")
    return 0


def run_module(name: str, smoke: bool, timeout: float) -> tuple[list[dict[str, Any]], float]:
    """Rows of one module run in a child process, and its wall time; errors become a row."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wiremap-bench-") as tmp:
        out = os.path.join(tmp, "rows.json")
        cmd = [sys.executable, "-m", "benchmarks", "--child", name, "--out", out]
        if smoke:
            cmd.append("--smoke")
        env = dict(os.environ, PYTHONPATH=_pythonpath())
        try:
            proc = subprocess.run(
                cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return [_error_row(name, f"timed out after {timeout:.0f} s")], timeout
        elapsed = time.perf_counter() - start
        if proc.stdout.strip():
            sys.stderr.write(proc.stdout)
        if proc.returncode != 0 or not os.path.exists(out):
            return [_error_row(name, _last_error(proc.stderr, proc.returncode))], elapsed
        payload = json.loads(Path(out).read_text(encoding="utf-8"))
    rows = [_complete(name, r, payload.get("peak_rss_mb")) for r in payload["rows"]]
    if not rows:
        rows = [_error_row(name, "run() returned no rows")]
    return rows, elapsed


def _pythonpath() -> str:
    old = os.environ.get("PYTHONPATH")
    return str(ROOT) + (os.pathsep + old if old else "")


def _complete(name: str, raw: dict[str, Any], module_peak: float | None) -> dict[str, Any]:
    """Every key present; a row with no peak of its own gets the module process's peak."""
    out = {key: raw.get(key) for key in KEYS}
    if out["peak_rss_mb"] is None and out["value"] is not None and module_peak is not None:
        out["peak_rss_mb"] = round(module_peak, 1)
        out["note"] = _join(out["note"], "RSS: whole module")
    out["module"] = name
    return out


def _join(a: str | None, b: str) -> str:
    return f"{a}; {b}" if a else b


def _error_row(name: str, message: str) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(KEYS)
    out.update(module=name, benchmark="(failed)", note=f"ERROR: {message}")
    return out


def _last_error(stderr: str, code: int) -> str:
    """The exception line of a traceback, or the last non-empty line of stderr."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return (lines[-1] if lines else f"exit status {code}")[:300]


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "met":
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as one Markdown table."""
    keys = ("module", *KEYS)
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for r in rows:
        cells = [_cell(k, r.get(k)) for k in keys]
        cells[0] = cells[0].removeprefix("bench_")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    """One line naming the machine, so a figure is never read without its context."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def profile(names: list[str], smoke: bool) -> int:
    """Print the profile of each module that has one (in this process: nothing is tabled)."""
    import importlib

    found = 0
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        report = getattr(module, "profile", None)
        if report is None:
            print(f"{name}: no profile (only the table's figures)", file=sys.stderr)
            continue
        found += 1
        print(f"## {name.removeprefix('bench_')} (load average {_load()})\n")
        print(report(smoke=smoke), flush=True)
    return 0 if found else 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, no claims (CI)")
    parser.add_argument("--only", action="append", metavar="NAME", help="e.g. parse or bench_geo")
    parser.add_argument("--timeout", type=float, help="seconds per module")
    parser.add_argument("--sizes", help="store sizes for bench_scale, e.g. 1000000 or 10000,100000")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print the chosen modules' profiles (e.g. --only ratio: time per brief by stage)",
    )
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sizes:  # read by bench_scale in its child process
        os.environ["WIREMAP_BENCH_SIZES"] = args.sizes
    if args.child:
        return child(args.child, args.smoke, args.out)

    names = discover(args.only)
    if not names:
        print(f"no benchmark module matches {args.only}", file=sys.stderr)
        return 2
    if args.profile:
        return profile(names, args.smoke)
    timeout = args.timeout or (SMOKE_TIMEOUT_S if args.smoke else FULL_TIMEOUT_S)
    started = datetime.now(UTC)
    load_before = _load()
    rows: list[dict[str, Any]] = []
    for name in names:
        print(f"running {name}{' (smoke)' if args.smoke else ''} …", file=sys.stderr, flush=True)
        module_rows, elapsed = run_module(name, args.smoke, timeout)
        print(f"  {name}: {len(module_rows)} rows in {elapsed:.1f} s", file=sys.stderr)
        rows.extend(module_rows)

    command = "python -m benchmarks" + (" " + " ".join(argv if argv is not None else sys.argv[1:]))
    header = (
        f"Wiremap benchmarks{' (smoke: sizes tiny, nothing claimed)' if args.smoke else ''}\n\n"
        f"- command: `{command.strip()}`\n"
        f"- date: {started.strftime('%Y-%m-%d %H:%M UTC')}\n"
        f"- machine: {machine()}\n"
        f"- load average (1 min) before / after: {load_before} / {_load()}"
        " (the machine is shared; a high load slows every figure)\n"
    )
    text = header + "\n" + table(rows) + "\n"
    print(text)
    out_dir = build_dir()
    (out_dir / "results.md").write_text(text, encoding="utf-8")
    (out_dir / "results.json").write_text(
        json.dumps({"started": started.isoformat(), "rows": rows}, indent=1, default=str)
    )
    failed = [r for r in rows if r["benchmark"] == "(failed)"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
