"""Every core (issue 15): ``wiremap extract`` and ``ingest`` on a folder of 10,000 pages.

The command runs as a user runs it (a fresh process, the gazetteer from its on-disk index, the
JSON written to a file), once with ``--jobs 1`` and once with ``--jobs N`` for every core, in
alternating rounds; the speed-up is the best single-process time over the best parallel time,
and the target (>= 1.8 on 2 cores) is about a machine that is otherwise idle: the load average
is printed beside it, and a busy machine gives a figure that means little. Both runs must write
the same bytes (same records, same order), which the row checks.

Memory per worker is sampled from ``/proc`` while the parallel run goes: each worker's peak
resident set (which counts the pages it shares with the parent, the gazetteer above all) and its
proportional share (PSS: shared pages divided among the processes sharing them), which is what a
worker really adds.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from benchmarks import ROOT, build_dir, geo_env, row, status_mb
from benchmarks.corpus import pages

FULL_PAGES = 10_000
SMOKE_PAGES = 40  # enough work that the sampler sees the workers
PER_PAGE = 20  # briefs per page, on average: the corpus's listing page (benchmarks.corpus.pages)
SEED = 15
ROUNDS = 2
TARGET = ">= 1.8"  # on 2 cores


def folder(n: int, seed: int = SEED) -> tuple[Path, int]:
    """A folder of ``n`` page files with their capture-time sidecars (cached), and its briefs."""
    path = build_dir() / f"pages-{n}x{PER_PAGE}-s{seed}"
    done = path / ".complete.json"
    if done.exists():
        return path, json.loads(done.read_text())["briefs"]
    shutil.rmtree(path, ignore_errors=True)
    briefs = 0
    for i, page in enumerate(islice(pages(n * PER_PAGE * 2, seed, per_page=PER_PAGE), n)):
        sub = path / f"{i // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        name = sub / f"page-{i:05d}.txt"
        name.write_text(page.text, encoding="utf-8")
        meta = {"captured_at": page.captured_at.isoformat()}
        (sub / f"page-{i:05d}.txt.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        briefs += page.briefs
    done.write_text(json.dumps({"pages": n, "briefs": briefs}))
    return path, briefs


@dataclass
class Sample:
    """The peak memory seen per process of a command's tree, from ``/proc``."""

    hwm_mb: dict[int, float] = field(default_factory=dict)  # peak RSS per pid
    pss_mb: dict[int, float] = field(default_factory=dict)  # largest PSS seen per pid
    tree_pss_mb: float = 0.0  # largest sum of PSS over the tree at one moment
    cpu_s: dict[int, float] = field(default_factory=dict)  # CPU seconds per pid, last seen
    start_cpu_s: float | None = None  # the main process's CPU seconds when workers appeared


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return out


def _pss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# Reading ``smaps_rollup`` walks the process's page tables: 4-9 ms of kernel time for a process
# holding the gazetteer. Read for every process every 50 ms, it took 12-20% of a core during a
# --jobs 2 run (a third as much CPU as the two workers it was measuring, which it slowed); the
# CPU and peak-RSS counters (``stat``, ``status``) are cheap.
PSS_EVERY = 2.0


def _watch(root: int, sample: Sample, stop: threading.Event, every: float = 0.05) -> None:
    next_pss = 0.0
    while not stop.wait(every):
        tree = [root, *_children(root)]
        now = time.monotonic()
        with_pss = now >= next_pss
        if with_pss:
            next_pss = now + PSS_EVERY
        total = 0.0
        for pid in tree:
            cpu = _cpu_s(pid)
            if cpu is not None:
                sample.cpu_s[pid] = cpu
            hwm = status_mb("VmHWM", pid)
            if hwm is not None:
                sample.hwm_mb[pid] = max(hwm, sample.hwm_mb.get(pid, 0.0))
            # a process seen for the first time is read at once (a short run's workers too)
            pss = _pss_mb(pid) if with_pss or pid not in sample.pss_mb else None
            if pss is not None:
                sample.pss_mb[pid] = max(pss, sample.pss_mb.get(pid, 0.0))
                total += pss
        if with_pss:
            sample.tree_pss_mb = max(sample.tree_pss_mb, total)
        if len(tree) > 1 and sample.start_cpu_s is None:
            sample.start_cpu_s = sample.cpu_s.get(root)


def run_command(args: list[str], out: Path) -> dict[str, Any]:
    """Run ``wiremap ARGS`` with stdout to ``out``; wall seconds, exit status, memory."""
    cmd = [sys.executable, "-m", "pipeline.cli", *args]
    sample, stop = Sample(), threading.Event()
    start = time.perf_counter()
    with out.open("wb") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.PIPE)
        watcher = threading.Thread(target=_watch, args=(proc.pid, sample, stop), daemon=True)
        watcher.start()
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    watcher.join()
    workers = [pid for pid in sample.hwm_mb if pid != proc.pid]
    return {
        "seconds": seconds,
        "code": proc.returncode,
        "stderr": err.decode("utf-8", "replace").strip()[-300:],
        "parent_hwm": sample.hwm_mb.get(proc.pid),
        "worker_hwm": max((sample.hwm_mb[p] for p in workers), default=None),
        "worker_pss": max((sample.pss_mb.get(p, 0.0) for p in workers), default=None),
        "tree_pss": sample.tree_pss_mb,
        "workers": len(workers),
        "parent_cpu": sample.cpu_s.get(proc.pid, 0.0),
        "worker_cpu": [round(sample.cpu_s.get(p, 0.0), 1) for p in workers],
        "start_cpu": sample.start_cpu_s,
    }


def idle_model(one: dict[str, Any], many: dict[str, Any], cores: int) -> float | None:
    """The speed-up an idle machine would give, from CPU seconds (a model, not a timing).

    One process needs its CPU seconds of wall time. Several need the main process's start
    (imports, index) and then the longest of: the busiest worker, or all the work (workers and
    the main process's writing) shared by the cores. On a busy machine CPU seconds still count
    the work done, where wall time counts the neighbours too.
    """
    if not many["worker_cpu"] or many["start_cpu"] is None:
        return None
    after = many["parent_cpu"] - many["start_cpu"]
    shared = (sum(many["worker_cpu"]) + after) / cores
    wall = many["start_cpu"] + max(max(many["worker_cpu"]), shared)
    return one["parent_cpu"] / wall if wall > 0 else None


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _load() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def warm_up() -> None:
    """One small run first: the gazetteer index is built if missing, and the files are cached."""
    path, _ = folder(SMOKE_PAGES)
    got = run_command(["extract", str(path), "--jobs", "1"], build_dir() / "jobs-warm-up.out")
    if got["code"] != 0:
        raise RuntimeError(f"warm-up failed: {got['stderr']}")


def compare(command: str, n: int, jobs: int, rounds: int) -> dict[str, Any]:
    """Alternating rounds of ``wiremap COMMAND FOLDER --jobs 1`` and ``--jobs N``."""
    path, briefs = folder(n)
    work = build_dir() / "jobs"
    work.mkdir(exist_ok=True)
    load_before = _load()
    best: dict[int, dict[str, Any]] = {}
    digests: dict[int, str] = {}
    for _ in range(rounds):
        for j in (1, jobs):
            out = work / f"{command}-jobs{j}.out"
            args = [command, str(path), "--jobs", str(j)]
            if command == "ingest":
                db = work / f"ingest-jobs{j}.sqlite"
                db.unlink(missing_ok=True)
                args += ["--db", str(db), "--no-progress"]
            got = run_command(args, out)
            if got["code"] != 0:
                raise RuntimeError(f"{command} --jobs {j} exited {got['code']}: {got['stderr']}")
            digests[j] = _digest(out) if command == "extract" else got["stderr"]
            if j not in best or got["seconds"] < best[j]["seconds"]:
                best[j] = got
    return {
        "pages": n,
        "briefs": briefs,
        "one": best[1],
        "many": best[jobs],
        "same": digests[1] == digests[jobs],
        "load": f"{load_before} before, {_load()} after",
    }


def run(smoke: bool = False) -> list[dict]:
    geo_env(smoke)
    n = SMOKE_PAGES if smoke else FULL_PAGES
    rounds = 1 if smoke else ROUNDS
    jobs = max(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2)
    size = f"{n:,} pages"
    rows: list[dict] = []
    if not smoke:  # the smoke run reuses the user's index and checks only that extract runs
        warm_up()
    for command in ("extract",) if smoke else ("extract", "ingest"):
        name = f"wiremap {command} FOLDER --jobs {jobs}"
        target = TARGET if command == "extract" and jobs == 2 else None
        try:
            got = compare(command, n, jobs, rounds)
        except Exception as exc:  # one failing measurement must not hide the others
            message = f"ERROR: {type(exc).__name__}: {exc}"[:300]
            rows.append(row(name, size=size, target=target, note=message))
            continue
        one, many = got["one"], got["many"]
        speedup = one["seconds"] / many["seconds"]
        model = idle_model(one, many, cores=jobs)
        same = "same output as --jobs 1" if command == "extract" else "same summary as --jobs 1"
        rows.append(
            row(
                f"{name}: speed-up",
                size=size,
                value=speedup,
                unit="× --jobs 1",
                baseline=f"--jobs 1 ({got['briefs'] / one['seconds']:,.0f} briefs/s)",
                baseline_value=one["seconds"],
                target=target,
                peak_rss_mb=many["parent_hwm"],
                note=f"{many['seconds']:.1f} s vs {one['seconds']:.1f} s (best of {rounds}); "
                f"{got['briefs']:,} briefs, {got['briefs'] / many['seconds']:,.0f} briefs/s; "
                f"{same if got['same'] else 'OUTPUT DIFFERS from --jobs 1'}; CPU s: main "
                f"process {many['parent_cpu']:.1f}, workers {many['worker_cpu']} (--jobs 1: "
                f"{one['parent_cpu']:.1f}); "
                f"load average {got['load']}; a fresh process each, index load included "
                f"(main process start: {many['start_cpu'] or 0:.1f} CPU s); from CPU seconds, "
                f"an idle machine would give {model or 0:.2f}x",
                smoke=smoke,
            )
        )
        rows.append(
            row(
                f"{name}: memory per worker",
                size=size,
                value=many["worker_pss"],
                unit="MB (PSS)",
                peak_rss_mb=many["worker_hwm"],
                note=f"{many['workers']} workers; peak RSS per worker "
                f"{many['worker_hwm'] or 0:.0f} MB of which the rest is shared with the parent "
                f"(forked after the gazetteer loaded); parent peak {many['parent_hwm'] or 0:.0f} "
                f"MB; whole tree {many['tree_pss']:.0f} MB PSS; --jobs 1: "
                f"{one['parent_hwm'] or 0:.0f} MB",
                smoke=smoke,
            )
        )
    return rows
