"""Wiremap against geotext on the same briefs, in the same process (issue 15).

geotext (``GeoText(text).cities``) only spots city names; Wiremap reads each brief's dateline,
language and time, geocodes the place with context and builds the record. The issue asks for a
fixed share of geotext's speed per core: >= 0.25 on the dateline path
(``extract_text(..., mentions=False)``) and >= 0.12 with mentions and focus (the default).

Both readers get the same texts, one brief per call, in rounds that alternate between them, so
a neighbour slowing the machine slows both sides of a round alike: the ratio (the median of the
rounds' ratios) is the figure that counts on a shared machine; the rates beside it are the best
round's. The briefs are the shared real sets (``../shared/data/wire/*.jsonl``: 549 briefs in
eight languages) repeated to the size, when present; else generated briefs
(``benchmarks.corpus``), and the row says which. Wiremap reads each repetition as new copy: the
language model's answers, which ``parsing.lang`` keeps per sample for polled feeds, are
forgotten each time a text comes round again (``runs_of_new_copy``); name memos stay, as names
recur in real copy.

``python -m benchmarks --only ratio --profile`` prints where a brief's time goes by stage
(``benchmarks.stages``), and the functions that cost most.
"""

from __future__ import annotations

import json
import statistics
import time
from itertools import zip_longest
from typing import Any

from benchmarks import ROOT, geo_env, isolated, row
from benchmarks.corpus import NOW, briefs

SHARED = ROOT.parent / "shared" / "data" / "wire"
FULL_BRIEFS = 20_000
SMOKE_BRIEFS = 60
PROFILE_BRIEFS = 4_000
ROUNDS = 3
SEED = 15
# (name, mentions, target on the ratio)
MODES: tuple[tuple[str, bool, str], ...] = (
    ("datelines", False, ">= 0.25"),
    ("with mentions and focus", True, ">= 0.12"),
)


def corpus(n: int, seed: int = SEED) -> tuple[list[str], str]:
    """``n`` brief texts and where they come from: the shared real sets, else generated."""
    files = sorted(SHARED.glob("*.jsonl"))
    sets = []
    for path in files:
        with path.open(encoding="utf-8") as fh:
            sets.append([t for line in fh if line.strip() and (t := json.loads(line).get("text"))])
    # the sets interleaved, so that a small sample has some of each
    texts = [t for group in zip_longest(*sets) for t in group if t is not None]
    if texts:
        distinct = len(texts)
        names = ", ".join(p.name for p in files)
        out = [texts[i % distinct] for i in range(n)]
        return out, f"real briefs ({names}: {distinct} distinct, repeated)"
    return list(briefs(n, seed)), "generated briefs (benchmarks.corpus; no shared sets here)"


def _clear_memos(mentions: bool) -> None:
    """Forget name readings learnt in a previous round (the resolver's context-free answers and
    its answers for a text that favours no reading, the mention index's memos), so each round
    starts alike. Names recur in real copy, so within a round these memos stay; the language
    model's answers per sample are ``pipeline_pass``'s to forget, at each run of new copy."""
    from geo.service import get_resolver

    get_resolver().resolver.clear_cache()
    if not mentions:
        return  # the dateline path never builds the mention index
    try:
        from geo.mentions import get_index

        get_index().clear_cache()
    except Exception:  # an index not built yet has nothing to forget
        pass


def runs_of_new_copy(texts: list[str]) -> list[list[str]]:
    """The corpus cut where a text comes round again, for passes that forget the language
    model's answers between runs (``pipeline_pass``). Why: ``parsing.lang`` keeps its answer per
    sample, for polled feeds that repeat their items; on a corpus that repeats 549 texts that
    memo would answer 35 of every 36 briefs from memory, while real copy is read as new."""
    runs: list[list[str]] = []
    seen: set[str] = set()
    for text in texts:
        if not runs or text in seen:
            runs.append([])
            seen = set()
        runs[-1].append(text)
        seen.add(text)
    return runs


def pipeline_pass(runs: list[list[str]], mentions: bool) -> tuple[int, int, int]:
    """``extract_text`` on every brief, the language memo forgotten at each run's start (a
    ``dict`` clear per few hundred briefs); (records, located, places named)."""
    from parsing.lang import clear_cache as clear_lang_cache
    from pipeline.extract import extract_text

    records = located = named = 0
    for run in runs:
        clear_lang_cache()
        for text in run:
            for record in extract_text(
                text, captured_at=NOW, captured_at_basis="given", mentions=mentions
            ):
                records += 1
                located += record["lat"] is not None
                named += len(record["mentions"])
    return records, located, named


def _warm(texts: list[str], mentions: bool) -> float:
    """Load the gazetteer (and the mention index) and warm lazy tables; seconds it took."""
    from geotext import GeoText

    start = time.perf_counter()
    GeoText("Warm up in Paris.")
    pipeline_pass(runs_of_new_copy(texts[:200]), mentions)
    return time.perf_counter() - start


def compare(n: int, mentions: bool, rounds: int, smoke: bool) -> dict[str, Any]:
    """Interleaved rounds of geotext and Wiremap over the same ``n`` briefs; rates and ratio."""
    geo_env(smoke)
    from geotext import GeoText

    texts, what = corpus(n)
    runs = runs_of_new_copy(texts)
    ready = _warm(texts, mentions)
    ours: list[float] = []
    theirs: list[float] = []
    records = located = named = 0
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            GeoText(text).cities  # noqa: B018 - the lookup is the work being timed
        theirs.append(len(texts) / (time.perf_counter() - start))
        _clear_memos(mentions)
        start = time.perf_counter()
        records, located, named = pipeline_pass(runs, mentions)
        ours.append(len(texts) / (time.perf_counter() - start))
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    return {
        "ours": max(ours),
        "theirs": max(theirs),
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "records": records,
        "located": located,
        "named": named,
        "corpus": what,
        "ready_s": ready,
    }


def run(smoke: bool = False) -> list[dict]:
    n = SMOKE_BRIEFS if smoke else FULL_BRIEFS
    rounds = 1 if smoke else ROUNDS
    size = f"{n:,} briefs"
    rows: list[dict] = []
    for name, mentions, target in MODES:
        call = "extract_text()" if mentions else "extract_text(mentions=False)"
        try:
            got, rss = isolated(compare, n, mentions, rounds, smoke)
        except Exception as exc:  # one failing measurement must not hide the others
            message = f"ERROR: {type(exc).__name__}: {exc}"[:300]
            rows.append(row(f"{name}: ratio to geotext", size=size, target=target, note=message))
            continue
        rows.append(
            row(
                f"{name}: {call}",
                size=size,
                value=got["ours"],
                unit="briefs/s",
                baseline="geotext (GeoText(text).cities)",
                baseline_value=got["theirs"],
                peak_rss_mb=rss,
                note=f"{got['corpus']}; one brief per call; best of {rounds} interleaved rounds; "
                f"{got['records']:,} records, {got['located']:,} located"
                + (f", {got['named']:,} places named" if mentions else "")
                + f"; index load and warm-up {got['ready_s']:.2f} s not counted",
                smoke=smoke,
            )
        )
        spread = ", ".join(f"{r:.3f}" for r in got["ratios"])
        rows.append(
            row(
                f"{name}: ratio to geotext",
                size=size,
                value=got["ratio"],
                unit="× geotext",
                target=target,
                peak_rss_mb=rss,
                note=f"median of {rounds} rounds ({spread}); per core; the figure that counts "
                "on a shared machine",
                smoke=smoke,
            )
        )
    return rows


def profile(smoke: bool = False, top: int = 25) -> str:
    """Where a brief's time goes, by stage, on both paths; then the costliest functions."""
    import cProfile
    import io
    import pstats

    from benchmarks import stages

    geo_env(smoke)

    n = SMOKE_BRIEFS if smoke else PROFILE_BRIEFS
    passes = 1 if smoke else 3
    texts, what = corpus(n)
    runs = runs_of_new_copy(texts)
    out = [f"Stage profile: {n:,} briefs, {what}; one brief per call, one core.", ""]
    for name, mentions, _ in MODES:
        _warm(texts, mentions)

        def one_pass(mentions: bool = mentions) -> float:
            _clear_memos(mentions)
            start = time.perf_counter()
            pipeline_pass(runs, mentions)
            return time.perf_counter() - start

        plain = min(one_pass() for _ in range(passes))
        with stages.instrument() as times:
            wrapped = min(times.passes(one_pass, passes))
        out.append(
            f"### {name} (mentions={mentions}): {n / plain:,.0f} briefs/s, "
            f"{plain / n * 1e6:,.0f} µs a brief ({n / wrapped:,.0f} briefs/s while instrumented); "
            f"best of {passes} passes, each stage's own best pass below"
        )
        out.append("")
        out.append(stages.table(times, n))
        out.append("")

    out.append(f"### costliest functions (cProfile, with mentions and focus, top {top}, self time)")
    out.append("")
    prof = cProfile.Profile()
    _clear_memos(True)
    prof.enable()
    pipeline_pass(runs, True)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    out.append("```")
    out.append(_trim_pstats(buf.getvalue()))
    out.append("```")
    return "\n".join(out)


def _trim_pstats(text: str) -> str:
    """pstats' table without its preamble, paths shortened to the project."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    root = str(ROOT) + "/"
    return "\n".join(line.replace(root, "") for line in lines[start:] if line.strip())


def counted_pass(n: int, mentions: bool, *, control: str = "callgrind_control") -> int:
    """One pass over ``n`` briefs with callgrind's instrumentation on, and only that pass: the
    A/B that a busy machine does not disturb (instructions, not seconds). Run under
    ``valgrind --tool=callgrind --instr-atstart=no``; valgrind prints the count ("Collected").

    The pass starts as a round of ``compare`` does: after the warm-up and one untimed pass over
    the distinct texts, with the memos cleared. Without valgrind the switch fails quietly and
    the pass just runs. Returns the number of records.
    """
    import contextlib
    import os
    import subprocess

    geo_env(True)
    texts, _ = corpus(n)
    _warm(texts, mentions)
    pipeline_pass([list(dict.fromkeys(texts))], mentions)
    _clear_memos(mentions)

    def switch(state: str) -> None:
        with contextlib.suppress(OSError):  # no valgrind here: the pass runs all the same
            subprocess.run([control, "-i", state, str(os.getpid())], capture_output=True)

    runs = runs_of_new_copy(texts)
    switch("on")
    records, _, _ = pipeline_pass(runs, mentions)
    switch("off")
    return records


if __name__ == "__main__":
    # valgrind --tool=callgrind --instr-atstart=no .venv/bin/python -m benchmarks.bench_ratio
    #     {datelines|mentions} N    ->  "Collected : I" on stderr: I / N instructions a brief
    import sys

    mode, size = sys.argv[1], int(sys.argv[2])
    print(counted_pass(size, mode == "mentions"), "records")
