"""``wiremap eval GOLD.jsonl``: how well Wiremap reads and places labelled wire copy.

One run gives the parser's scores (datelines, places as written, agencies; by language, format
and source, with the failures) and the geocoder's: right country and within 25 km, beside two
baselines measured on the same items (the most populous place of that name, and geotext).
The geo scores are given twice: from the gold place names, and end to end from the places the
parser itself found.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score parsing and geocoding on labelled wire copy",
        description=(
            "Score the dateline parser and the geocoder on a labelled JSONL file, such as "
            "../shared/data/wire/wire_samples.jsonl."
        ),
    )
    p.add_argument(
        "gold",
        metavar="GOLD.jsonl",
        help="labelled briefs (see the wire README), or a geoparsing corpus file or folder "
        "(../shared/data/geoparse): places named in the text, scored per corpus",
    )
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.add_argument("--no-geo", action="store_true", help="score the parser only")
    p.set_defaults(func=run)


def end_to_end(gold_path: Path) -> dict:
    """Geocode the place the parser found (not the gold one) and compare the country."""
    from geo import PlaceQuery
    from geo.service import get_resolver
    from parsing.dateline import find_dateline
    from parsing.lang import detect_lang

    service = get_resolver()
    n = right = 0
    misses: list[str] = []
    for line in gold_path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        want = item.get("city_country")
        if not item.get("city") or not want:
            continue
        n += 1
        text = item.get("text") or ""
        dateline = find_dateline(text)
        got = None
        if dateline is not None and dateline.place:
            loc = service.geocode(
                PlaceQuery(
                    name=dateline.place,
                    qualifier=dateline.qualifier,
                    context=text,
                    lang=detect_lang(text) or item.get("lang"),
                    agencies=tuple(dateline.agencies),
                )
            )
            got = loc.country_code
        if got == want:
            right += 1
        else:
            place = dateline.place if dateline else None
            misses.append(f"{item.get('id')}: parsed {place!r} → {got} want {want}")
    return {"n": n, "right_country": round(right / n, 4) if n else None, "misses": misses}


def geo_report(gold_path: Path) -> dict:
    from geo.evaluation import evaluate_own, evaluate_wire
    from geo.resolve import Resolver

    resolver = Resolver()
    return {
        "gold_names": evaluate_wire(gold_path, resolver),
        "own_cases": evaluate_own(resolver),
        "end_to_end": end_to_end(gold_path),
    }


def _rate(value) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def format_geo(report: dict) -> str:
    lines = ["", "Geocoding (right country / within 25 km)"]
    lines.append(f"  {'set':<22}{'method':<24}{'n':>5}  country   25 km")
    for label, key in (("wire, gold names", "gold_names"), ("own cases", "own_cases")):
        section = report[key]
        if "skipped" in section:
            lines.append(f"  {label:<22}skipped: {section['skipped']}")
            continue
        for method, name in (
            ("resolver", "wiremap"),
            ("baseline_most_populous", "most populous of name"),
            ("baseline_geotext", "geotext"),
        ):
            row = section[method]
            lines.append(
                f"  {label:<22}{name:<24}{row['n']:>5}  {_rate(row['right_country'])}"
                f"  {_rate(row['within_25km'])}"
            )
    e2e = report["end_to_end"]
    lines.append(
        f"  {'wire, parsed places':<22}{'wiremap end to end':<24}{e2e['n']:>5}"
        f"  {_rate(e2e['right_country'])}"
    )
    misses = report["gold_names"].get("resolver", {}).get("misses", []) + e2e["misses"]
    if misses:
        lines.append("")
        lines.append(f"Geocoding misses ({len(misses)})")
        lines.extend(f"  {m}" for m in misses)
    lines.append("")
    lines.append(
        "Note: the wire set has countries but no coordinates; its 25 km reference is the "
        "gazetteer's place of the gold name in the gold country. The own cases carry real "
        "coordinates."
    )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from geo.geoparse_eval import looks_like_corpus
    from geo.geoparse_eval import main as geoparse_main
    from pipeline.evaluate import EvaluationError, evaluate, format_report

    gold = Path(args.gold)
    if looks_like_corpus(gold):  # a geoparsing corpus (LGL, GeoVirus) or a folder of them
        return geoparse_main([str(gold)] + (["--json"] if args.json else []))
    try:
        report = evaluate(gold)
    except EvaluationError as err:
        print(f"wiremap: {err}", file=sys.stderr)
        return 2
    geo = None if args.no_geo else geo_report(gold)
    if args.json:
        print(json.dumps({"parsing": report, "geo": geo}, ensure_ascii=False, indent=1))
        return 0
    print(format_report(report))
    if geo is not None:
        print(format_geo(geo))
    return 0
