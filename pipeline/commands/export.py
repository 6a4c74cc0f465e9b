"""``wiremap export``: print the stored events, in the same record shape as ``extract``."""

from __future__ import annotations

import argparse
import sys

from pipeline.formats import FORMATS, write


def add_parser(subparsers) -> None:
    from pipeline.cli import iso_datetime
    from pipeline.commands.ingest import add_db_option

    p = subparsers.add_parser(
        "export",
        help="print the stored events (JSON lines, CSV or GeoJSON)",
        description=(
            "Print the stored events, oldest first, in the same record shape as `extract`. "
            "--since/--until bound the publication time; undated events are included unless "
            "a bound is given."
        ),
    )
    add_db_option(p)
    p.add_argument("--since", type=iso_datetime, help="published at or after (ISO 8601)")
    p.add_argument("--until", type=iso_datetime, help="published before (ISO 8601)")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    p.add_argument(
        "--story", action="store_true", help="add each event's story_id (jsonl and geojson)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.commands import open_store_or_report
    from pipeline.record import FIELDS

    store = open_store_or_report(args.db, create=False)  # reading never creates a store
    if store is None:
        return 1
    keys = (*FIELDS, "story_id") if args.story else FIELDS
    bounded = args.since is not None or args.until is not None
    with store:
        records = store.iter_events(since=args.since, until=args.until, include_undated=not bounded)
        write(({k: r[k] for k in keys} for r in records), sys.stdout, args.format)
    sys.stdout.flush()
    return 0
