"""One module per ``wiremap`` subcommand; each defines ``add_parser(subparsers)``."""

from __future__ import annotations

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
