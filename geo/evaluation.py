"""How often the geo layer puts a dateline in the right place, next to two naive baselines.

``score(cases)`` reports, for the resolver and in the same run for "most populous city of that
name" and for geotext: the right-country rate and the within-25-km rate (over the cases that
carry coordinates). ``evaluate_wire(path)`` scores the shared wire samples; they carry a country
but no coordinates, so their 25 km reference is the gazetteer's place of the gold name inside the
gold country (and inside the dateline's region qualifier when there is one): a silver standard that
catches wrong-city-right-country picks. ``evaluate_own()`` scores hand-made cases with real
coordinates (geo/data/eval_cases.jsonl, written for this project).

Run: ``python -m geo.evaluation [wire_samples.jsonl]``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geo.distance import haversine_km
from geo.fold import fold
from geo.gazetteer import CITY
from geo.location import Location, PlaceQuery
from geo.resolve import Resolver

OWN_CASES = Path(__file__).parent / "data" / "eval_cases.jsonl"
WIRE_DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "wire" / "wire_samples.jsonl"
)
RADIUS_KM = 25.0

_MONTHS = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|"
    r"januar|februar|maart|mei|juni|juli|augustus|oktober|dezember|mai|mars|avril|juin|juillet|"
    r"aout|septembre|octobre|novembre|decembre)",
    re.I,
)


@dataclass
class Case:
    """One dateline place to judge: what the parser hands over, and the truth."""

    name: str
    country: str
    qualifier: str | None = None
    text: str = ""
    lang: str | None = None
    agencies: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    id: str = ""

    def query(self) -> PlaceQuery:
        return PlaceQuery(self.name, self.qualifier, self.text, self.lang, self.agencies)


@dataclass
class Tally:
    n: int = 0
    country_ok: int = 0
    with_point: int = 0
    near_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, case: Case, cc: str | None, lat: float | None, lon: float | None) -> None:
        self.n += 1
        ok_cc = cc == case.country
        self.country_ok += ok_cc
        ok_near = True
        if case.lat is not None and case.lon is not None:
            self.with_point += 1
            ok_near = lat is not None and haversine_km(lat, lon, case.lat, case.lon) <= RADIUS_KM
            self.near_ok += ok_near
        if not (ok_cc and ok_near):
            self.misses.append(
                f"{case.id or case.name}: {case.name!r} got {cc} want {case.country}"
            )

    def summary(self) -> dict:
        return {
            "n": self.n,
            "right_country": round(self.country_ok / self.n, 4) if self.n else None,
            "n_with_point": self.with_point,
            "within_25km": round(self.near_ok / self.with_point, 4) if self.with_point else None,
        }


def _most_populous(resolver: Resolver, name: str) -> int | None:
    g = resolver.g
    best = None
    for p in g.postings(fold(name)):
        i = p >> 1
        if g.kind[i] == CITY and (best is None or g.pop[i] > g.pop[best]):
            best = i
    return best


def score(cases: Iterable[Case], resolver: Resolver | None = None) -> dict:
    """Right-country and within-25-km rates for the resolver and both baselines, same cases."""
    from geotext import GeoText

    resolver = resolver or Resolver()
    g = resolver.g
    ours, pop, geot = Tally(), Tally(), Tally()
    for case in cases:
        loc: Location = resolver.resolve(case.query())
        ours.add(case, loc.country_code, loc.lat, loc.lon)
        i = _most_populous(resolver, case.name)
        pop.add(case, *((g.cc[i], g.lat[i], g.lon[i]) if i is not None else (None, None, None)))
        # geotext: its own city list and country per name; the point is the gazetteer's place of
        # that name in geotext's country (geotext has no coordinates).
        probe = case.name.title() + (f", {case.qualifier}" if case.qualifier else "")
        found = GeoText(probe).cities
        cc = GeoText.index.cities.get(found[0].lower()) if found else None
        j = resolver.city_in_country(found[0], cc) if cc else None
        geot.add(case, cc, *((g.lat[j], g.lon[j]) if j is not None else (None, None)))
    return {
        "resolver": {**ours.summary(), "misses": ours.misses},
        "baseline_most_populous": {**pop.summary(), "misses": len(pop.misses)},
        "baseline_geotext": {**geot.summary(), "misses": len(geot.misses)},
    }


def dateline_qualifier(row: dict, place: str) -> str | None:
    """The qualifier a dateline parser hands over: "(Zaragoza)", or ", Ore." after the place."""
    if row.get("region"):
        return row["region"]
    raw = row.get("dateline_raw") or ""
    k = raw.find(place)
    if k < 0:
        return None
    rest = raw[k + len(place) :]
    m = re.match(r"\s*,\s*([^,(\u2013\u2014-]+?)\s*(?:[,(\u2013\u2014]|\s-|$)", rest)
    if not m:
        return None
    q = m.group(1).strip()
    if not q or any(c.isdigit() for c in q) or _MONTHS.match(q) or q.startswith("/"):
        return None
    return q


def wire_cases(path: Path | str, resolver: Resolver) -> list[Case]:
    """Cases from the wire samples: items with a city and a country; the gold place names and
    the brief's text as context. The 25 km reference is the silver point (see module doc)."""
    out = []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if not row.get("city") or not row.get("city_country"):
            continue
        place = (row.get("cities") or [row["city"]])[0]
        qual = dateline_qualifier(row, place)
        ref = resolver.city_in_country(place, row["city_country"], qual)
        out.append(
            Case(
                name=place,
                country=row["city_country"],
                qualifier=qual,
                text=row.get("text") or "",
                lang=row.get("lang"),
                agencies=tuple(row.get("agency") or ()),
                lat=resolver.g.lat[ref] if ref is not None else None,
                lon=resolver.g.lon[ref] if ref is not None else None,
                id=row.get("id", ""),
            )
        )
    return out


def own_cases(path: Path | str = OWN_CASES) -> list[Case]:
    rows = [json.loads(x) for x in Path(path).read_text("utf-8").splitlines() if x.strip()]
    return [
        Case(
            name=r["name"],
            country=r["country"],
            qualifier=r.get("qualifier"),
            text=r.get("text", ""),
            lang=r.get("lang"),
            agencies=tuple(r.get("agencies", ())),
            lat=r.get("lat"),
            lon=r.get("lon"),
            id=f"own-{k}",
        )
        for k, r in enumerate(rows)
    ]


def evaluate_wire(path: Path | str = WIRE_DEFAULT, resolver: Resolver | None = None) -> dict:
    """Scores on the shared wire samples (``{"skipped": reason}`` when the file is absent)."""
    path = Path(path)
    if not path.exists():
        return {"skipped": f"{path} not found"}
    resolver = resolver or Resolver()
    return score(wire_cases(path, resolver), resolver)


def evaluate_own(resolver: Resolver | None = None) -> dict:
    """Scores on the hand-made cases with real coordinates."""
    return score(own_cases(), resolver)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    resolver = Resolver()
    report = {
        "wire": evaluate_wire(argv[0] if argv else WIRE_DEFAULT, resolver),
        "own": evaluate_own(resolver),
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
