"""``wiremap extract PATH...``: print one record per event, in page order."""

from __future__ import annotations

import argparse
import sys

from pipeline.formats import FORMATS, LINES, write, write_lines


def add_parser(subparsers) -> None:
    from pipeline.cli import capture_time
    from pipeline.commands import add_home_option, add_jobs_option

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
    add_home_option(p)
    add_jobs_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.commands import jobs_for, say
    from pipeline.extract import extract_paths
    from pipeline.parallel import ParallelError

    failed: list[str] = []

    def report(message: str) -> None:
        failed.append(message)
        say(message)

    # Line formats are rendered where each record is made: with --jobs, in the workers.
    render = LINES.get(args.format)
    records = extract_paths(
        args.paths,
        captured_at=args.captured_at,
        on_error=report,
        jobs=jobs_for(args),
        render=render,
        home=args.home,
    )
    try:
        if render is None:
            write(records, sys.stdout, args.format)
        else:
            write_lines(records, sys.stdout, args.format)
    except ParallelError as err:
        report(str(err))
    sys.stdout.flush()
    return 1 if failed else 0
