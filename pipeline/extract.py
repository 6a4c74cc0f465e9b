"""Sources through parsing and geo into event records (no storage here).

``extract_text`` is the one path every source takes: the CLI's ``extract`` and ``ingest``, the
dashboard's paste box and the benchmarks all call it, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from geo import Location, PlaceQuery
from geo.focus import Focus, choose_focus
from geo.mentions import Mention, find_mentions
from parsing.dateline import PlaceCheck
from parsing.inputs import (
    InputError,
    SourceDoc,
    captured_at_for,
    iter_paths,
    read_bytes,
    read_path,
)
from parsing.page import parse_page
from parsing.records import Brief
from pipeline.messages import one_line
from pipeline.record import FIELDS, event_id

__all__ = [
    "InputError",
    "extract_bytes",
    "extract_doc",
    "extract_file",
    "extract_paths",
    "extract_text",
    "read_briefs",
]

Geocoder = Callable[[PlaceQuery], Location]


def iso_utc(when: datetime | None) -> str | None:
    """ISO 8601 in UTC with its offset, or None when the time is unknown."""
    if when is None:
        return None
    return when.astimezone(UTC).isoformat()


def default_geocoder() -> Geocoder:
    """The offline gazetteer with its persistent cache, built once per process."""
    from geo import geocode

    return geocode


def default_place_check() -> PlaceCheck:
    """The gazetteer's "is this a known place?" for the dateline parser (one lookup per name)."""
    from geo.known import known_places

    return known_places().kind


def read_briefs(text: str, *, is_place: PlaceCheck | None = None, **page: Any) -> list[Brief]:
    """The briefs of one text as every source gets them: ``parse_page`` (``page`` are its
    arguments) with the gazetteer confirming weak datelines. ``wiremap eval`` scores this."""
    return parse_page(text, is_place=is_place or default_place_check(), **page)


def locate(brief: Brief, geocode: Geocoder) -> Location | None:
    """The location of a brief's dateline place, or None when the dateline names no place."""
    dateline = brief.dateline
    if dateline is None or not dateline.place:
        return None
    query = PlaceQuery(
        name=dateline.place,
        qualifier=dateline.qualifier,
        context=brief.text,
        lang=brief.lang,
        agencies=tuple(dateline.agencies),
    )
    return geocode(query)


def _mention_dict(mention: Mention) -> dict:
    loc = mention.location
    return {
        "place": mention.place,
        "start": mention.start,
        "end": mention.end,
        "kind": mention.kind,
        "name": loc.name,
        "lat": _round(loc.lat),
        "lon": _round(loc.lon),
        "country_code": loc.country_code,
    }


def _focus_dict(focus: Focus) -> dict:
    loc = focus.location
    return {
        "name": loc.name,
        "lat": _round(loc.lat),
        "lon": _round(loc.lon),
        "country_code": loc.country_code,
        "precision": loc.precision,
        "confidence": round(loc.confidence, 3),
        "reason": focus.reason,
        "place": focus.mention.place if focus.mention else None,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 5)


def where_it_happened(
    brief: Brief, location: Location | None
) -> tuple[list[Mention], Focus | None]:
    """The places named in the brief and the one where the event happened."""
    dateline = brief.dateline
    exclude = ((dateline.start, dateline.sep_end),) if dateline else ()
    dateline_location = location if location is not None and location.resolved else None
    mentions = find_mentions(brief.text, brief.lang, exclude=exclude, dateline=dateline_location)
    focus = choose_focus(
        mentions,
        dateline_location,
        brief.text,
        body_start=dateline.sep_end if dateline else None,
    )
    return mentions, focus


def to_record(
    brief: Brief,
    location: Location | None,
    mentions: list[Mention] | None = None,
    focus: Focus | None = None,
) -> dict:
    """Flatten a brief and its locations into the event record (see ``pipeline.record``).

    ``location`` is the dateline's. When the dateline names a place the gazetteer does not
    know, the record keeps the place and says the location is unresolved (or, when the
    dateline's qualifier is known, uses that region or country at its precision): a place
    named somewhere in the text is no stand-in for where the brief was filed ("SCHIPHOL (ANP)
    -" is not in the Middle East). Only a brief whose dateline names no place, or that has
    none, is placed at its ``focus``, with ``location_source`` "mention" and the focus's lower
    confidence. The focus is always kept apart, in ``focus``.
    """
    dateline = brief.dateline
    record: dict = dict.fromkeys(FIELDS)
    record.update(
        id=event_id(brief.text),
        source=brief.source,
        title=brief.title,
        text=brief.text,
        dateline=dateline.raw if dateline else None,
        place=dateline.place if dateline else None,
        places=list(dateline.places) if dateline and dateline.places else [],
        qualifier=dateline.qualifier if dateline else None,
        agencies=list(dateline.agencies) if dateline else [],
        lang=brief.lang,
        published_at=iso_utc(brief.published_at),
        time_basis=brief.time_basis,
        time_text=brief.time_text,
        captured_at=iso_utc(brief.captured_at),
        captured_at_basis=brief.captured_at_basis,
        mentions=[_mention_dict(m) for m in mentions or ()],
        focus=_focus_dict(focus) if focus is not None else None,
    )
    source, reason = "dateline", location.reason if location is not None else ""
    if location is None and focus is not None:
        source = "mention"
        reason = (
            focus.reason if dateline is None else f"the dateline names no place; {focus.reason}"
        )
        location = focus.location
    elif location is not None and not location.resolved and focus is not None:
        reason += f"; not placed at {focus.location.name or 'a place'} named in the text (focus)"
    if location is None:
        record["location_reason"] = (
            "no dateline found" if dateline is None else "the dateline names no place"
        )
        return record
    record.update(location_source=source, location_reason=reason)
    if location.resolved:
        record.update(
            lat=round(location.lat, 5),
            lon=round(location.lon, 5),
            country_code=location.country_code,
            admin1=location.admin1,
            geonameid=location.geonameid,
            location_name=location.name,
            precision=location.precision,
            confidence=round(location.confidence, 3),
        )
    return record


def extract_text(
    text: str,
    *,
    source: str = "",
    captured_at: datetime | None = None,
    captured_at_basis: str | None = None,
    published_at: datetime | None = None,
    published_basis: str | None = None,
    title: str | None = None,
    geocode: Geocoder | None = None,
    mentions: bool = True,
    is_place: PlaceCheck | None = None,
) -> list[dict]:
    """Every event in one text, in page order.

    With ``mentions`` False the places named in the body are not looked for (``mentions`` is
    empty and ``focus`` None): the dateline-only path, for callers that must be fastest.
    ``is_place`` replaces the gazetteer's place check (``read_briefs``).
    """
    geocode = geocode or default_geocoder()
    briefs = read_briefs(
        text,
        is_place=is_place,
        source=source,
        captured_at=captured_at,
        captured_at_basis=captured_at_basis,
        published_at=published_at,
        published_basis=published_basis,
        title=title,
    )
    records = []
    for brief in briefs:
        location = locate(brief, geocode)
        named, focus = where_it_happened(brief, location) if mentions else ([], None)
        records.append(to_record(brief, location, named, focus))
    return records


def extract_doc(
    doc: SourceDoc,
    captured_at: datetime | None,
    captured_at_basis: str | None,
    geocode: Geocoder | None = None,
) -> list[dict]:
    """Every event in one source document (a text file, an HTML page or one feed item).

    ``source`` is where the text was read (the file's path, the URL fetched); the page's own
    http(s) address, when it gives one, is ``url``: a page never decides its own ``source``.
    """
    records = extract_text(
        doc.text,
        source=doc.source,
        captured_at=captured_at,
        captured_at_basis=captured_at_basis,
        published_at=doc.published_at,
        published_basis=doc.published_basis,
        title=doc.title,
        geocode=geocode,
    )
    for record in records:
        record["url"] = doc.url
    return records


def extract_bytes(
    data: bytes,
    name: str,
    *,
    captured_at: datetime | None,
    captured_at_basis: str | None,
    geocode: Geocoder | None = None,
) -> list[dict]:
    """Every event in an uploaded file's bytes (text in any encoding, HTML or a feed).

    Raises ``InputError`` with a one-line message naming the file when it is not readable text.
    """
    records: list[dict] = []
    for doc in read_bytes(data, name):
        records.extend(extract_doc(doc, captured_at, captured_at_basis, geocode))
    return records


def extract_file(
    path: Path, captured_at: datetime | None = None, geocode: Geocoder | None = None
) -> list[dict]:
    """Every event in one file, all or nothing (``InputError`` when it cannot be read)."""
    docs = read_path(path)
    when, basis = captured_at_for(path, captured_at)
    return [record for doc in docs for record in extract_doc(doc, when, basis, geocode)]


def extract_paths(
    paths: Iterable[str | Path],
    *,
    captured_at: datetime | None = None,
    on_error: Callable[[str], None] = lambda message: None,
    geocode: Geocoder | None = None,
) -> Iterator[dict]:
    """Every event in files and folders, in order; unreadable inputs go to ``on_error``.

    One bad file never stops the others: its message is reported and the walk goes on. A file's
    records are yielded only once the whole file is read, so a file is never half printed.
    """
    geocode = geocode or default_geocoder()
    for path in _existing(paths, on_error):
        try:
            records = extract_file(path, captured_at, geocode)
        except InputError as err:
            on_error(str(err))
            continue
        except Exception as err:  # whatever one file's content trips, the next file is read
            on_error(one_line(str(path), err))
            continue
        yield from records


def _existing(paths: Iterable[str | Path], on_error: Callable[[str], None]) -> Iterator[Path]:
    for path in map(Path, paths):
        if not path.exists():
            on_error(f"{path}: no such file or folder")
            continue
        yield from iter_paths([path])
