"""The ``wiremap`` command: one entry point, one subcommand per job.

Subcommands live beside the code they drive; each module offers ``add_parser(subparsers)``
and sets ``func`` on its parser, so this file stays a table of contents.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from parsing.errors import WiremapError

# Every module here defines add_parser(subparsers); one that fails to import stops the command.
SUBCOMMANDS: tuple[str, ...] = (
    "pipeline.commands.extract",
    "pipeline.commands.eval",
    "pipeline.commands.geocode",
    "pipeline.commands.ingest",
    "pipeline.commands.export",
    "pipeline.commands.watch",
)


def iso_datetime(value: str) -> datetime:
    """argparse type for ``--captured-at``: ISO 8601 with an offset, never a naive time."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 time: {value!r} (e.g. 2025-11-17T08:00:00+01:00)"
        ) from None
    if when.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} has no UTC offset; add one, e.g. {value}+01:00 or {value}Z"
        )
    try:
        when.astimezone(UTC)
    except (OverflowError, ValueError):
        raise argparse.ArgumentTypeError(f"{value!r} is out of range") from None
    return when


def capture_time(value: str) -> datetime:
    """argparse type for ``--captured-at``: an ISO time that can be a capture time."""
    from parsing.inputs import capture_time_problem

    when = iso_datetime(value)
    problem = capture_time_problem(when)
    if problem:
        raise argparse.ArgumentTypeError(f"{value!r} {problem}")
    return when


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wiremap",
        description="Turn news-wire text into a map of world events.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        # A module that is missing or broken is an install error: fail here, loudly, rather
        # than offer a command line without the command.
        importlib.import_module(name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("wiremap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except WiremapError as err:  # one a command did not report itself: still one line
        print(f"wiremap: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
