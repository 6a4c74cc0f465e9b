"""Extraction throughput (issues 3, 7 and 8): parse only, parse + geocode, and a 500 MB stream.

Parse + geocode has two rows: the dateline path (``extract_text(..., mentions=False)``), which
issue 8's ">= 10,000 briefs/s" is about, and the default path, which also finds the places
named in each brief and chooses where it happened (issue 7 asks >= 1,000 briefs/s for it).

All on one core: each measurement runs in one fresh process, in a single thread. The corpus is
generated from the project's own templates (``benchmarks.corpus``) before the clock starts, and
the baseline, geotext, reads the very same texts in the same process.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks import geo_env, isolated, peak_rss_mb, row
from benchmarks.corpus import NOW, briefs, pages, pages_file

FULL_BRIEFS = 100_000
SMOKE_BRIEFS = 300
STREAM_MB = 500
SMOKE_STREAM_MB = 1
SEED = 8
PARSE_TARGET = ">= 20000"
GEOCODE_TARGET = ">= 10000"  # issue 8, datelines
MENTIONS_TARGET = ">= 1000"  # issue 7, with mentions and focus


def _geotext_rate(texts: list[str], briefs_in_texts: int) -> float:
    """Briefs per second for geotext finding the cities in the same texts (the baseline)."""
    from geotext import GeoText

    GeoText("Warm up in Paris.")  # its tables load on first use; not part of the rate
    start = time.perf_counter()
    for text in texts:
        GeoText(text).cities  # noqa: B018 - the lookup is the work being timed
    return briefs_in_texts / (time.perf_counter() - start)


def parse_pages(n: int, seed: int) -> dict[str, Any]:
    """parse_page over listing pages holding ``n`` briefs; the page is the unit a user pastes."""
    from parsing.page import parse_page

    corpus = list(pages(n, seed))
    for page in corpus[:20]:  # warm the parser's lazy tables
        parse_page(page.text, captured_at=page.captured_at, captured_at_basis="given")
    start = time.perf_counter()
    found = dated = with_place = 0
    for page in corpus:
        for brief in parse_page(page.text, captured_at=page.captured_at, captured_at_basis="given"):
            found += 1
            dated += brief.published_at is not None
            with_place += bool(brief.dateline and brief.dateline.place)
    seconds = time.perf_counter() - start
    baseline = _geotext_rate([p.text for p in corpus], n)
    return {
        "rate": n / seconds,
        "found": found,
        "dated": dated,
        "with_place": with_place,
        "baseline": baseline,
    }


def parse_single(n: int, seed: int) -> dict[str, Any]:
    """parse_page called once per brief: the cost when every brief comes on its own (feeds)."""
    from parsing.page import parse_page

    corpus = list(briefs(n, seed))
    for text in corpus[:200]:
        parse_page(text, captured_at=NOW)
    start = time.perf_counter()
    found = with_place = 0
    for text in corpus:
        for brief in parse_page(text, captured_at=NOW):
            found += 1
            with_place += bool(brief.dateline and brief.dateline.place)
    seconds = time.perf_counter() - start
    return {"rate": n / seconds, "found": found, "with_place": with_place}


def parse_geocode(n: int, seed: int, smoke: bool, mentions: bool = False) -> dict[str, Any]:
    """extract_text (parse, geocode with the real offline gazetteer, build records); with
    ``mentions`` also the places named in the text and the focus (the default path)."""
    geo_env(smoke)
    from pipeline.extract import default_geocoder, extract_text

    corpus = list(pages(n, seed))
    start = time.perf_counter()
    geocode = default_geocoder()
    for page in corpus[:20]:  # loads the index and warms the resolver
        extract_text(page.text, captured_at=page.captured_at, geocode=geocode, mentions=mentions)
    ready = time.perf_counter() - start
    start = time.perf_counter()
    found = located = named = focused = 0
    for page in corpus:
        for record in extract_text(
            page.text,
            captured_at=page.captured_at,
            captured_at_basis="given",
            geocode=geocode,
            mentions=mentions,
        ):
            found += 1
            located += record["lat"] is not None
            named += len(record["mentions"] or ())
            focused += record["focus"] is not None
    seconds = time.perf_counter() - start
    baseline = _geotext_rate([p.text for p in corpus], n)
    return {
        "rate": n / seconds,
        "found": found,
        "located": located,
        "named": named,
        "focused": focused,
        "ready_s": ready,
        "baseline": baseline,
    }


def stream(megabytes: float, seed: int) -> dict[str, Any]:
    """A big plain-text file through iter_text_chunks and parse_page, never whole in memory."""
    from parsing.inputs import iter_text_chunks
    from parsing.page import parse_page

    path = pages_file(megabytes, seed)
    size_mb = path.stat().st_size / (1024 * 1024)
    before = peak_rss_mb()
    start = time.perf_counter()
    found = 0
    for chunk in iter_text_chunks(path):
        found += len(parse_page(chunk, captured_at=NOW, captured_at_basis="given"))
    seconds = time.perf_counter() - start
    return {"size_mb": size_mb, "found": found, "seconds": seconds, "rss_before": before}


def _failed(benchmark: str, size: str, exc: BaseException, target: str | None) -> dict:
    message = f"ERROR: {type(exc).__name__}: {exc}"[:300]
    return row(benchmark, size=size, target=target, note=message)


def run(smoke: bool = False) -> list[dict]:
    n = SMOKE_BRIEFS if smoke else FULL_BRIEFS
    size = f"{n:,} briefs"
    rows: list[dict] = []

    try:
        got, rss = isolated(parse_pages, n, SEED)
        rows.append(
            row(
                "parse only (pages)",
                size=size,
                value=got["rate"],
                unit="briefs/s",
                baseline="geotext",
                baseline_value=got["baseline"],
                target=PARSE_TARGET,
                peak_rss_mb=rss,
                note=f"{got['found']:,} briefs found, {got['with_place']:,} with a dateline "
                f"place, {got['dated']:,} timed; RSS includes the corpus in memory",
                smoke=smoke,
            )
        )
    except Exception as exc:  # one failing measurement must not hide the others
        rows.append(_failed("parse only (pages)", size, exc, PARSE_TARGET))

    try:
        got, rss = isolated(parse_single, n, SEED)
        rows.append(
            row(
                "parse only (one brief per call)",
                size=size,
                value=got["rate"],
                unit="briefs/s",
                peak_rss_mb=rss,
                note=f"{got['found']:,} briefs found, {got['with_place']:,} with a dateline place",
                smoke=smoke,
            )
        )
    except Exception as exc:
        rows.append(_failed("parse only (one brief per call)", size, exc, None))

    for name, mentions, target in (
        ("parse + geocode (datelines)", False, GEOCODE_TARGET),
        ("parse + geocode + mentions and focus", True, MENTIONS_TARGET),
    ):
        try:
            got, rss = isolated(parse_geocode, n, SEED, smoke, mentions)
            what = (
                f"{got['named']:,} places named, {got['focused']:,} with a focus; "
                if mentions
                else "extract_text(mentions=False); "
            )
            rows.append(
                row(
                    name,
                    size=size,
                    value=got["rate"],
                    unit="briefs/s",
                    baseline="geotext",
                    baseline_value=got["baseline"],
                    target=target,
                    peak_rss_mb=rss,
                    note=f"{got['found']:,} records, {got['located']:,} located; {what}"
                    f"index load and warm-up {got['ready_s']:.2f} s not counted",
                    smoke=smoke,
                )
            )
        except Exception as exc:
            rows.append(_failed(name, size, exc, target))

    megabytes = SMOKE_STREAM_MB if smoke else STREAM_MB
    try:
        got, rss = isolated(stream, megabytes, SEED)
        rows.append(
            row(
                "stream a big text file (parse only)",
                size=f"{got['size_mb']:.0f} MB",
                value=got["found"] / got["seconds"],
                unit="briefs/s",
                peak_rss_mb=rss,
                note=f"{got['found']:,} briefs in {got['seconds']:.1f} s via iter_text_chunks; "
                f"RSS {got['rss_before']:.0f} MB before the stream",
                smoke=smoke,
            )
        )
    except Exception as exc:
        rows.append(_failed("stream a big text file (parse only)", f"{megabytes} MB", exc, None))
    return rows
