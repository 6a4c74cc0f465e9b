"""One module per ``wiremap`` subcommand; each defines ``add_parser(subparsers)``."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from pipeline.messages import printable


def say(message: str, stream: TextIO | None = None) -> None:
    """One ``wiremap: ...`` line on stderr, control characters shown as escapes."""
    print(f"wiremap: {printable(message)}", file=stream or sys.stderr, flush=True)


def open_store_or_report(url: str | None, *, create: bool = True):
    """The store at ``url`` (or the default), or None after one ``wiremap: ...`` line on stderr.

    ``create=False`` is for commands that only read: they never create a store that is not there.
    """
    from pipeline.store import StoreError, open_store

    try:
        return open_store(url, create=create)
    except StoreError as err:
        say(str(err))
        return None


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``: how many processes read the sources (default: every core)."""
    from pipeline.parallel import default_jobs

    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive_int,
        default=None,
        metavar="N",
        help=f"processes that read the sources at once (default: all cores, here "
        f"{default_jobs()}); the output keeps the sources' order",
    )


def add_home_option(parser: argparse.ArgumentParser) -> None:
    """``--home REGION``: where the sources' paper is, a weak prior for namesakes."""
    parser.add_argument(
        "--home",
        type=home_region,
        default=None,
        metavar="REGION",
        help="where the sources' paper is: an ISO 3166-1 country (US, GB) or a country and its "
        "first-level region (US-OH, US-Ohio). A weak prior for places its copy does not tell "
        "apart (a bare MANSFIELD in an Ohio paper), never stronger than what the text names",
    )


def home_region(value: str):
    """``--home``'s value as a ``geo.home.Home``; an unknown one is argparse's error."""
    from geo.home import HomeError, parse_home

    try:
        return parse_home(value)
    except HomeError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def jobs_for(args: argparse.Namespace) -> int:
    """The number of processes to use: ``--jobs``, else every core; one when online.

    Online geocoding asks Nominatim at most once a second (its usage policy) and keeps a cache
    file, which only one process can honour; so with ``WIREMAP_ONLINE=1`` the work stays here.
    """
    from geo.nominatim import NominatimConfig
    from pipeline.parallel import default_jobs

    jobs = args.jobs or default_jobs()
    if jobs > 1 and NominatimConfig.from_env().enabled:
        if args.jobs:
            print(
                "wiremap: online geocoding (WIREMAP_ONLINE=1) runs in one process; "
                f"--jobs {args.jobs} ignored",
                file=sys.stderr,
            )
        return 1
    return jobs


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more: {value!r}")
    return number
