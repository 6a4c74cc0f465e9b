"""``wiremap ingest PATH|URL...``: read sources and keep their events in the store."""

from __future__ import annotations

import argparse
import sys


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (sqlite:///file.sqlite, postgresql+psycopg://user:pw@host/db) or a "
        "SQLite file path. Default: $WIREMAP_DB, else events.sqlite in the user data folder",
    )


def add_parser(subparsers) -> None:
    from pipeline.cli import capture_time
    from pipeline.commands import add_home_option, add_jobs_option

    p = subparsers.add_parser(
        "ingest",
        help="read files, folders and URLs and keep their events in the store",
        description=(
            "Read text, HTML and RSS/Atom files (folders recursively) and http(s) URLs, and "
            "store their events. Each source is stored in one transaction; ingesting a source "
            "again adds nothing new. A failing source is reported and the others go on."
        ),
    )
    p.add_argument("sources", nargs="+", metavar="PATH|URL", help="files, folders or URLs")
    p.add_argument(
        "--captured-at",
        type=capture_time,
        help="when the pages were captured (ISO 8601 with offset). Default: a file's "
        ".meta.json sidecar, else its modification time; a URL's fetch time",
    )
    add_db_option(p)
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal and there "
        "is more than one source)",
    )
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per network step")
    p.add_argument(
        "--deadline",
        type=float,
        default=60.0,
        help="seconds one URL may take in all: connecting, headers, body and redirects",
    )
    p.add_argument("--retries", type=int, default=2, help="retries of a URL that failed briefly")
    add_home_option(p)
    add_jobs_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.commands import jobs_for, open_store_or_report
    from pipeline.ingest import FetchOptions, Progress, ingest
    from pipeline.messages import printable
    from pipeline.parallel import ParallelError

    store = open_store_or_report(args.db)
    if store is None:
        return 1
    show = args.progress
    if show is None:
        show = sys.stderr.isatty() and len(args.sources) > 1
    progress = Progress(sys.stderr) if show else None

    def report(result) -> None:
        if result.ok:
            return
        line = f"wiremap: {printable(result.error)}"
        if progress:
            progress.message(line)
        else:
            print(line, file=sys.stderr)

    with store:
        try:
            outcome = ingest(
                store,
                args.sources,
                captured_at=args.captured_at,
                fetch_options=FetchOptions(
                    timeout=args.timeout, deadline=args.deadline, retries=max(0, args.retries)
                ),
                on_result=report,
                progress=progress,
                jobs=jobs_for(args),
                home=args.home,
            )
        except ParallelError as err:  # what was stored stays stored; a rerun adds the rest
            if progress:
                progress.finish()
            print(f"wiremap: {err}", file=sys.stderr)
            return 1
    print(f"wiremap: {outcome.summary()}", file=sys.stderr)
    return 1 if outcome.failed else 0
