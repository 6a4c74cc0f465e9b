"""Places named in the text (issue 7): briefs per second with mentions, on one core.

The briefs come from the corpus generator (eight desks, six languages, real places), each
with its dateline excluded as the pipeline does. The name index is built once before timing
(its build time from a loaded gazetteer is its own row): the claim is the steady throughput of
``geo.mentions.find_mentions``, and of mentions plus ``geo.focus.choose_focus`` with the
dateline already resolved (the dateline geocoder has its own benchmark in ``bench_geo``).
Each timed pass starts with the mention index's memo (readings of names that need no context,
demonyms) emptied, so a pass never reuses what the previous pass over the same briefs learnt.
"""

from __future__ import annotations

import time

from benchmarks import geo_env, row, timed
from benchmarks.corpus import Writer

FULL_BRIEFS = 20_000
SMOKE_BRIEFS = 100
SEED = 7
TARGET = ">= 4000"


def _briefs(n: int) -> list[tuple]:
    """(text, lang, excluded dateline span, dateline query fields) for ``n`` generated briefs."""
    writer = Writer(SEED, span_days=7)
    out = []
    for _ in range(n):
        b = writer.brief()
        start = b.text.find(b.dateline) if b.dateline else -1
        span = ((start, start + len(b.dateline)),) if start >= 0 else ()
        out.append((b.text, b.lang, span, (b.place, b.qualifier, tuple(b.agencies))))
    return out


def run(smoke: bool = False) -> list[dict]:
    geo_env(smoke)
    from geo.focus import choose_focus
    from geo.location import PlaceQuery
    from geo.mentions import MentionIndex, find_mentions, get_index
    from geo.service import get_resolver

    n = SMOKE_BRIEFS if smoke else FULL_BRIEFS
    briefs = _briefs(n)
    resolver = get_resolver().resolver  # loads the gazetteer (not timed here: bench_geo's row)
    rows = []

    t0 = time.perf_counter()
    MentionIndex(resolver, cache=False)
    build_s = time.perf_counter() - t0
    rows.append(
        row(
            "mention index build",
            size="from the loaded gazetteer",
            value=build_s,
            unit="s",
            note="once per cache folder (and whenever its sources change)",
            smoke=smoke,
        )
    )
    MentionIndex(resolver)  # written to the cache folder if it is not there yet
    t0 = time.perf_counter()
    loaded = MentionIndex(resolver)
    load_s = time.perf_counter() - t0
    rows.append(
        row(
            "mention index load",
            size="from the cache folder",
            value=load_s if loaded.loaded else None,
            unit="s",
            note="once per process, lazily, on the first find_mentions"
            + ("" if loaded.loaded else "; the cache folder cannot be written here"),
            smoke=smoke,
        )
    )
    find_mentions("warm up in Parijs", "nl", resolver=resolver)

    index = get_index(resolver)

    def mentions_only():
        index.clear_cache()
        return sum(len(find_mentions(t, lang, exclude=ex)) for t, lang, ex, _ in briefs)

    secs, found = timed(mentions_only, repeat=1 if smoke else 3, warmup=0 if smoke else 1)
    rows.append(
        row(
            "find_mentions",
            size=f"{n} briefs",
            value=n / secs if secs else None,
            unit="briefs/s",
            target=TARGET,
            note=f"{found} mentions found; one core, dateline excluded; memo emptied per pass",
            smoke=smoke,
        )
    )

    located = []  # datelines resolved ahead: their cost is bench_geo's
    for t, lang, ex, (place, qual, agencies) in briefs:
        dl = resolver.resolve(PlaceQuery(place, qual, t, lang, agencies)) if place else None
        located.append((t, lang, ex, dl))

    def with_focus():
        index.clear_cache()
        k = 0
        for t, lang, ex, dl in located:
            ms = find_mentions(t, lang, exclude=ex, dateline=dl)
            if choose_focus(ms, dl, t, body_start=ex[0][1] if ex else 0, lang=lang) is not None:
                k += 1
        return k

    secs, focused = timed(with_focus, repeat=1 if smoke else 3, warmup=0)
    rows.append(
        row(
            "find_mentions + choose_focus",
            size=f"{n} briefs",
            value=n / secs if secs else None,
            unit="briefs/s",
            target=TARGET,
            note=f"{focused} briefs given a focus; dateline locations resolved before timing; "
            "memo emptied per pass",
            smoke=smoke,
        )
    )
    return rows
