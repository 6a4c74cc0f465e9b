"""``wiremap extract PATH...``: print one record per event, in page order."""

from __future__ import annotations

import argparse
import sys

from pipeline.formats import FORMATS, write


def add_parser(subparsers) -> None:
    from pipeline.cli import capture_time

    p = subparsers.add_parser(
        "extract",
        help="read files or folders and print their events",
        description=(
            "Read text, HTML and RSS/Atom files (folders recursively) and print one record per "
            "event, in page order. Nothing is stored."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    p.add_argument(
        "--captured-at",
        type=capture_time,
        help="when the pages were captured (ISO 8601 with offset); ages count back from it. "
        "Default: the file's .meta.json sidecar, else its modification time",
    )
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.commands import say
    from pipeline.extract import extract_paths

    failed: list[str] = []

    def report(message: str) -> None:
        failed.append(message)
        say(message)

    records = extract_paths(args.paths, captured_at=args.captured_at, on_error=report)
    write(records, sys.stdout, args.format)
    sys.stdout.flush()
    return 1 if failed else 0
