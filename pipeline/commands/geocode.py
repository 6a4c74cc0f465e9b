"""``wiremap geocode NAME [--context TEXT]``: show the geo layer's decision and why.

``--fix LAT,LON`` records the reader's correction, which then wins over every resolver and
lives in the user's config folder, so it survives upgrades.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace


def add_parser(subparsers) -> None:
    from pipeline.commands import add_home_option

    p = subparsers.add_parser(
        "geocode",
        help="resolve a place name and say why; --fix records a correction",
        description="Resolve a dateline place as the pipeline would, and print the decision.",
    )
    p.add_argument("name", help="the place as written, e.g. SANTIAGO or 'LONDON, Ky.'")
    p.add_argument("--qualifier", help="region or country written with it, e.g. Ky. or Libanon")
    p.add_argument("--context", default="", help="the brief's text, for country names/demonyms")
    p.add_argument("--lang", help="the text's language (ISO 639-1), a weak prior")
    p.add_argument("--agency", action="append", default=[], help="agency code, e.g. ANP")
    add_home_option(p)
    p.add_argument("--online", action="store_true", help="allow the Nominatim fallback")
    p.add_argument("--json", action="store_true", help="print the whole location as JSON")
    p.add_argument(
        "--fix",
        metavar="LAT,LON",
        help="record a correction: NAME (with --qualifier) always resolves to this point",
    )
    p.add_argument("--label", help="with --fix: the place's name to show")
    p.add_argument("--country", help="with --fix: ISO 3166 alpha-2 country code")
    p.add_argument(
        "--precision", choices=("city", "region", "country"), default="city", help="with --fix"
    )
    p.set_defaults(func=run)


def _split_qualifier(name: str, qualifier: str | None) -> tuple[str, str | None]:
    """``'LONDON, Ky.'`` → (``LONDON``, ``Ky.``), as the dateline parser would split it."""
    if qualifier is None and "," in name:
        head, _, tail = name.partition(",")
        if head.strip() and tail.strip():
            return head.strip(), tail.strip()
    return name, qualifier


def run(args: argparse.Namespace) -> int:
    from geo import PlaceQuery
    from geo.errors import GeoError

    name, qualifier = _split_qualifier(args.name, args.qualifier)
    if args.fix:
        from geo.cache import add_fix

        try:
            lat, lon = (float(x) for x in args.fix.split(","))
        except ValueError:
            print(f"wiremap: --fix wants LAT,LON, e.g. 51.2,6.7; got {args.fix!r}", file=sys.stderr)
            return 2
        try:
            loc = add_fix(
                name,
                lat=lat,
                lon=lon,
                label=args.label,
                country_code=args.country,
                precision=args.precision,
                qualifier=qualifier,
            )
        except GeoError as err:
            print(f"wiremap: {err}", file=sys.stderr)
            return 2
        print(f"saved: {loc.reason} ({loc.lat:.4f}, {loc.lon:.4f})")
        return 0

    from geo.nominatim import NominatimConfig
    from geo.service import get_resolver, make_service, set_default

    if args.online:
        config = replace(NominatimConfig.from_env(), enabled=True)
        set_default(make_service(online=config))
    query = PlaceQuery(
        name=name,
        qualifier=qualifier,
        context=args.context,
        lang=args.lang,
        agencies=tuple(args.agency),
    )
    loc = get_resolver().geocode(query, args.home)
    if args.json:
        print(json.dumps(loc.to_dict(), ensure_ascii=False, indent=1))
    elif loc.resolved:
        where = ", ".join(x for x in (loc.name, loc.admin1, loc.country_code) if x)
        print(f"{where}  ({loc.lat:.4f}, {loc.lon:.4f})")
        print(f"precision {loc.precision}, confidence {loc.confidence:.2f}, from {loc.source}")
        print(f"why: {loc.reason}")
    else:
        print(f"unresolved: {loc.reason}")
        return 1
    return 0
