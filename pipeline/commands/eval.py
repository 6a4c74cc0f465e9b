"""``wiremap eval GOLD.jsonl``: how well Wiremap reads and places labelled copy.

One run gives the pipeline's scores on the path ``wiremap extract`` takes (datelines, places as
written, agencies and the right country of the located dateline; for the whole set, its tune
part and its held part, per language and per style; the tune part's failures), then the
geocoder's on the gold names: right country and within 25 km, beside two baselines measured on
the same items (the most populous place of that name, and geotext).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score parsing and geocoding on labelled copy (tune and held parts)",
        description=(
            "Score the dateline parser and the geocoder on a labelled JSONL file, such as "
            "../shared/data/wire/wire_samples.jsonl or web_samples.jsonl."
        ),
    )
    p.add_argument(
        "gold",
        metavar="GOLD.jsonl",
        help="labelled briefs (see the wire README), or a geoparsing corpus file or folder "
        "(../shared/data/geoparse): places named in the text, scored per corpus",
    )
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.add_argument(
        "--no-geo",
        action="store_true",
        help="no geocoding: datelines, places and agencies only (no right-country scores)",
    )
    p.set_defaults(func=run)


def geo_report(gold_path: Path) -> dict:
    from geo.evaluation import evaluate_own, evaluate_wire
    from geo.resolve import Resolver

    resolver = Resolver()
    return {
        "gold_names": evaluate_wire(gold_path, resolver),
        "own_cases": evaluate_own(resolver),
    }


def _rate(value) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def format_geo(report: dict) -> str:
    from pipeline.evaluate import held_out

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
    misses = report["gold_names"].get("resolver", {}).get("misses", [])
    tune = [m for m in misses if not held_out(m.split(":", 1)[0])]
    if misses:
        lines.append("")
        lines.append(
            f"Geocoding misses on gold names in the tune part ({len(tune)}; the held part's "
            f"{len(misses) - len(tune)} are not shown)"
        )
        lines.extend(f"  {m}" for m in tune)
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
        report = evaluate(gold, geo=not args.no_geo)
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
