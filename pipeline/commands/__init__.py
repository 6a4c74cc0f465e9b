"""One module per ``wiremap`` subcommand; each defines ``add_parser(subparsers)``."""

from __future__ import annotations

import sys


def open_store_or_report(url: str | None):
    """The store at ``url`` (or the default), or None after one ``wiremap: ...`` line on stderr."""
    from pipeline.store import StoreError, open_store

    try:
        return open_store(url)
    except StoreError as err:
        print(f"wiremap: {err}", file=sys.stderr)
        return None
