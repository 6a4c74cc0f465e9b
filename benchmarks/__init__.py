"""Wiremap's benchmarks: one table of figures, each beside a baseline measured in the same run.

Every ``benchmarks/bench_*.py`` module has ``run(smoke: bool = False) -> list[dict]``; the rows
follow the convention in ``benchmarks/README.md``. The helpers here keep the rows uniform and
measure peak memory per measurement, so one benchmark's garbage never inflates another's figure.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from parsing.settings import use_settings

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"

# Every row carries these keys, in this order (None where a key does not apply).
KEYS: tuple[str, ...] = (
    "benchmark",
    "size",
    "value",
    "unit",
    "baseline",
    "baseline_value",
    "target",
    "met",
    "peak_rss_mb",
    "note",
)

_TARGET = re.compile(r"^\s*(<=|>=|<|>)\s*([0-9][0-9_,.]*)")


def build_dir() -> Path:
    """``build/bench/``, created on first use: where big generated inputs are cached."""
    BUILD.mkdir(parents=True, exist_ok=True)
    return BUILD


def geo_env(smoke: bool = False) -> None:
    """Point the gazetteer index, the geocoding cache and the overrides at the bench's own files.

    The full run keeps its index under ``build/bench/cache`` (``bench_geo`` builds it cold); the
    smoke run reuses the user's index, built once by the tests or the CLI, because it only
    checks that the code runs. User corrections never apply: the figures must be reproducible.
    """
    bench = BUILD / "cache"
    if not smoke:
        os.environ["WIREMAP_CACHE_DIR"] = str(bench)
    os.environ["WIREMAP_GEOCACHE"] = str(
        bench / ("geocache-smoke.sqlite" if smoke else "geocache.sqlite")
    )
    os.environ["WIREMAP_GEO_OVERRIDES"] = str(bench / "no-overrides.json")
    use_settings(None)  # settings are read once: read these, not what was read before


def met(value: float | None, target: str | None) -> bool | None:
    """Whether ``value`` meets a target written as ``">= 20000"`` or ``"<= 100"``.

    None when there is no value or no target, so a smoke row never claims anything.
    """
    if value is None or not target:
        return None
    match = _TARGET.match(target)
    if match is None:
        return None
    op, number = match.groups()
    bound = float(number.replace("_", "").replace(",", ""))
    return {
        "<=": value <= bound,
        ">=": value >= bound,
        "<": value < bound,
        ">": value > bound,
    }[op]


def row(
    benchmark: str,
    *,
    size: str | None = None,
    value: float | None = None,
    unit: str | None = None,
    baseline: str | None = None,
    baseline_value: float | None = None,
    target: str | None = None,
    peak_rss_mb: float | None = None,
    note: str | None = None,
    smoke: bool = False,
) -> dict[str, Any]:
    """One table row with every key; ``met`` is computed from the target unless ``smoke``."""
    return {
        "benchmark": benchmark,
        "size": size,
        "value": _round(value),
        "unit": unit,
        "baseline": baseline,
        "baseline_value": _round(baseline_value),
        "target": target,
        "met": None if smoke else met(value, target),
        "peak_rss_mb": _round(peak_rss_mb),
        "note": note,
    }


def _round(value: float | None) -> float | None:
    """Three significant figures are all a timing on a shared machine can claim."""
    if value is None or isinstance(value, bool):
        return value
    if not math.isfinite(value) or value == 0:
        return float(value)
    digits = max(0, 2 - int(math.floor(math.log10(abs(value)))))
    return round(float(value), digits)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports kB)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / (1024 * 1024)


def status_mb(key: str, pid: int | str = "self") -> float | None:
    """A memory figure of a process from Linux's ``/proc/<pid>/status`` (``key`` as written
    there: ``"VmHWM"`` the peak resident memory, ``"RssFile"`` its mapped files), in MB; None
    where the system does not say."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(f"{key}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def rss_mb() -> float:
    """Current resident memory of this process, in MB."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except OSError:
        return peak_rss_mb()


def _call_and_measure(fn: Callable[..., Any], args: tuple, kwargs: dict) -> tuple[Any, float]:
    return fn(*args, **kwargs), peak_rss_mb()


def isolated(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """Run ``fn`` in a fresh interpreter; its result and that process's peak RSS in MB.

    A fresh (spawned, not forked) process starts from an empty heap, so the peak it reports
    belongs to this measurement alone. ``fn`` must be importable at module level.
    """
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(_call_and_measure, fn, args, kwargs).result()


def timed(fn: Callable[[], Any], *, repeat: int = 5, warmup: int = 1) -> tuple[float, Any]:
    """Median wall time of ``fn()`` in seconds over ``repeat`` runs, and its last result.

    The median, not the best, because a reader's rerun is a typical call, and the machine is
    shared: one run slowed by a neighbour should not decide the figure either way.
    """
    result = None
    for _ in range(warmup):
        result = fn()
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def timed_alone(fn: Callable[[], Any], *, repeat: int = 5) -> dict[str, Any]:
    """``fn()`` after a first call, ``repeat`` times, each call timed alone: medians of its wall
    and CPU ms, and of the ms taken to free the previous call's result, timed apart (``timed``
    counts that freeing in the next call: 14-21 ms for a 1M store's densest day of records,
    the caller letting go of the last answer, not this call's work). ``result``: the last."""
    result = fn()
    walls, cpus, frees = [], [], []
    for _ in range(max(1, repeat)):
        begin = time.perf_counter()
        result = None
        frees.append(time.perf_counter() - begin)
        begin, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - begin)
        cpus.append(time.process_time() - cpu)
    return {
        "ms": statistics.median(walls) * 1000,
        "cpu_ms": statistics.median(cpus) * 1000,
        "free_ms": statistics.median(frees) * 1000,
        "result": result,
    }
