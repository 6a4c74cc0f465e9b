"""Copy added on the page (pasted text or uploaded files) to event records.

Goes through the same ``pipeline.extract`` path as the CLI, so the page cannot parse differently.
The capture time is the one the reader entered; its basis says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

CAPTURE_BASIS = "entered on the page"
UPLOAD_TYPES = ["txt", "html", "htm"]


def records_from_text(text: str, captured_at: datetime, source: str = "pasted") -> list[dict]:
    """Every brief in pasted text."""
    from pipeline.extract import extract_text

    if not text.strip():
        return []
    return extract_text(
        text, source=source, captured_at=captured_at, captured_at_basis=CAPTURE_BASIS
    )


def records_from_upload(name: str, data: bytes, captured_at: datetime) -> list[dict]:
    """Every brief in an uploaded .txt or .html file.

    Raises ``pipeline.extract.InputError`` with a readable message when the file is not text.
    """
    from pipeline.extract import extract_bytes

    return extract_bytes(data, name, captured_at=captured_at, captured_at_basis=CAPTURE_BASIS)


def split_unplaced(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """``(placed, unplaced)``: briefs with a dateline or a place, and those with neither.

    Pasted notes ("call me back") come out of the extractor as briefs without a dateline and
    without any place named: the page does not store them unless the reader asks to.
    """
    placed, unplaced = [], []
    for record in records:
        has_place = record.get("dateline") or record.get("lat") is not None or record.get("focus")
        (placed if has_place else unplaced).append(record)
    return placed, unplaced


def store_copy(
    records: list[dict], keep: Callable[[list[dict]], object]
) -> tuple[object | None, str | None]:
    """Keep the page's new records with ``keep`` (the store's add): ``(its result, None)`` when
    that worked, else ``(None, why not)`` in one line (a locked or unreachable store is the
    reader's news, not a traceback).

    The page then keeps the reader's text in the box and the records for the session, so
    nothing pasted is lost.
    """
    try:
        return keep(records), None
    except Exception as err:  # whatever the store raised, the reader gets one line
        return None, " ".join(str(err).split()) or type(err).__name__
