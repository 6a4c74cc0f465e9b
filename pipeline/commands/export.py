"""``wiremap export``: print the stored events, in the same record shape as ``extract``."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime, timedelta

from parsing.errors import WiremapError
from pipeline.formats import FORMATS, write

_AGO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
WHEN_HELP = "an ISO 8601 time (UTC when it has no offset) or a time ago: 90m, 24h, 7d, 2w"


class WhenError(WiremapError, ValueError):
    """A --since/--until that is neither a time nor a time ago."""


def parse_when(text: str, now: datetime) -> tuple[datetime, str | None]:
    """``(instant, note)`` for ``--since``/``--until``: ``24h`` is 24 hours before ``now``; an
    ISO time without an offset is taken as UTC, and ``note`` says so (None otherwise)."""
    ago = _AGO.match(text)
    if ago:
        return now - timedelta(**{_UNITS[ago.group(2).lower()]: float(ago.group(1))}), None
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise WhenError(f"not a time: {text!r} ({WHEN_HELP})") from None
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC), f"{text} has no UTC offset: taken as UTC"
    return when, None


def add_parser(subparsers) -> None:
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
    p.add_argument("--since", help=f"published at or after: {WHEN_HELP}")
    p.add_argument("--until", help=f"published before: {WHEN_HELP}")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    p.add_argument(
        "--story", action="store_true", help="add each event's story_id (jsonl and geojson)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.commands import open_store_or_report
    from pipeline.record import FIELDS

    now = datetime.now(UTC)
    bounds = {}
    for name in ("since", "until"):
        text = getattr(args, name)
        if text is None:
            continue
        try:
            bounds[name], note = parse_when(text, now)
        except WhenError as err:
            print(f"wiremap export: --{name}: {err}", file=sys.stderr)
            return 2
        if note:
            print(f"wiremap export: --{name} {note}", file=sys.stderr)
    store = open_store_or_report(args.db, create=False)  # reading never creates a store
    if store is None:
        return 1
    keys = (*FIELDS, "story_id") if args.story else FIELDS
    with store:
        records = store.iter_events(**bounds, include_undated=not bounds)
        write(({k: r[k] for k in keys} for r in records), sys.stdout, args.format)
    sys.stdout.flush()
    return 0
