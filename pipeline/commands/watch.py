"""``wiremap watch FEEDS.toml``: poll feeds and pages on an interval into the store."""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> None:
    from pipeline.commands.ingest import add_db_option

    p = subparsers.add_parser(
        "watch",
        help="poll feeds and pages on an interval and keep their new events",
        description=(
            "Poll the feeds and pages listed in FEEDS.toml ([[feed]] tables with a url; see "
            "pipeline/watch.py) with conditional requests, store their new events, and retry "
            "failing feeds with backoff while the others go on. Ctrl+C stops."
        ),
    )
    p.add_argument("config", metavar="FEEDS.toml", help="the feeds to poll")
    add_db_option(p)
    p.add_argument(
        "--once",
        action="store_true",
        help="poll every feed once and exit (status 1 if any failed)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.commands import open_store_or_report
    from pipeline.watch import WatchConfigError, Watcher, load_config

    try:
        config = load_config(args.config)
    except WatchConfigError as err:
        print(f"wiremap: {err}", file=sys.stderr)
        return 1
    store = open_store_or_report(args.db)
    if store is None:
        return 1

    def report(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    with store:
        watcher = Watcher(config, store, report=report)
        if args.once:
            results = watcher.round(force=True)
            return 1 if watcher.store_error or any(not r.ok for r in results) else 0
        print(
            f"wiremap: watching {len(config.feeds)} feed(s) into {store!r}; Ctrl+C stops",
            file=sys.stderr,
        )
        watcher.run()
    return 0
