"""How the newspaper tables find a text's dateline: as ``wiremap extract`` does, through
``read_briefs`` (the gazetteer's place check), shared by the tables of shapes and styles so
that each reads its rows alike (the ``resolver`` they locate with is ``conftest``'s); and the
places a text names, as the tables of mentions read them (``places_read``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from geo.mentions import find_mentions
from pipeline.extract import locate, read_briefs


def first_dated(text: str, captured_at=None):
    """The text's first brief with a dateline, or None (``captured_at``: the page's)."""
    briefs = [b for b in read_briefs(text, captured_at=captured_at) if b.dateline is not None]
    return briefs[0] if briefs else None


def assert_located(resolver, brief, lang: str, text: str, cc: str) -> None:
    """The brief's dateline, read as ``lang``, resolves to a place in ``cc``."""
    brief.lang = lang
    loc = locate(brief, resolver.resolve, text)
    assert loc is not None and loc.resolved and loc.country_code == cc, loc and loc.reason


def row_starting(rows: list[tuple], start: str, col: int = 0) -> str:
    """The text (in column ``col``) of the one row of a table that starts so (a table's
    ``MISSED`` names its rows by their first words)."""
    (text,) = [row[col] for row in rows if row[col].startswith(start)]
    return text


def xfail_cases(rows: list[tuple], why: dict[str, str], col: int = 0) -> list:
    """The rows, each one in ``why`` (by its text, in column ``col``) as a strict xfail with
    its reason."""
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=why[row[col]]))
        if row[col] in why
        else row
        for row in rows
    ]


def when_text(at: datetime | None) -> str | None:
    """A time as the tables write it: a day at midnight UTC as its date, else the minute."""
    if at is None:
        return None
    at = at.astimezone(UTC)
    if (at.hour, at.minute, at.second) == (0, 0, 0):
        return at.date().isoformat()
    return at.strftime("%Y-%m-%dT%H:%M")


def assert_row_read(resolver, row: tuple, captured_at: datetime) -> None:
    """A style table's row (text, language, place, country, agencies, time) read as written:
    the dateline's place and agencies, the time the text gives, the place in its country."""
    text, lang, place, cc, agencies, when = row
    brief = first_dated(text, captured_at)
    assert brief is not None, f"no dateline in {text!r}"
    dl = brief.dateline
    assert (dl.place, dl.agencies) == (place, agencies), dl
    assert when_text(brief.published_at) == when, (brief.time_text, brief.time_basis)
    if place is not None:
        assert_located(resolver, brief, lang, text, cc)


def assert_table_sized(
    rows: list[tuple], look_alikes: list[tuple], least: int, fewest: int
) -> None:
    """A blind table holds at least ``least`` rows and ``fewest`` look-alikes, each text once."""
    assert len(rows) >= least and len(look_alikes) >= fewest
    texts = [row[0] for row in rows] + [row[0] for row in look_alikes]
    assert len(set(texts)) == len(texts)


def places_read(resolver, text: str, lang: str) -> list[tuple[str, str | None]]:
    """(place as written, country) of each place ``text`` names, in text order."""
    return [
        (m.place, m.location.country_code) for m in find_mentions(text, lang, resolver=resolver)
    ]
