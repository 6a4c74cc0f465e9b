"""Sources through parsing and geo into event records (no storage here).

``extract_text`` is the one path every source takes: the CLI's ``extract`` and ``ingest``, the
dashboard's paste box and the benchmarks all call it, so they cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timezone
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo import Location, PlaceQuery
from geo.focus import Focus, choose_focus
from geo.location import rounded
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
from parsing.repair import INVISIBLE
from pipeline.messages import one_line
from pipeline.record import FIELDS, event_id

if TYPE_CHECKING:  # the home is given only by the user: not imported on the usual path
    from geo.home import Home

__all__ = [
    "InputError",
    "extract_bytes",
    "extract_doc",
    "extract_file",
    "extract_paths",
    "extract_text",
    "file_events",
    "read_briefs",
]

# ``geocode(query)``, or ``geocode(query, home)`` where the user gave the source's home
Geocoder = Callable[..., Location]


# Every record starts as a copy of this: all keys, in order, unknown until filled.
_BLANK: dict = dict.fromkeys(FIELDS)


# As an escape, so that a compiled build holds no lone surrogate of its own.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def iso_utc(when: datetime | None) -> str | None:
    """ISO 8601 in UTC with its offset, or None when the time is unknown."""
    if when is None:
        return None
    if type(when.tzinfo) is timezone:  # a fixed offset: equal keys are the same instant
        return _iso_utc(when)
    return when.astimezone(UTC).isoformat()  # a zone's fold would make equal keys differ


@lru_cache(maxsize=1024)
def _iso_utc(when: datetime) -> str:
    # A page's briefs share their capture time and often their age: format each instant once.
    return when.astimezone(UTC).isoformat()


@cache
def default_geocoder() -> Geocoder:
    """The offline gazetteer with its persistent cache, built once per process: the function
    ``geo.geocode`` hands each query to (``geo.service.geocode``), found once rather than
    imported again on every call."""
    from geo.service import geocode

    return geocode


@cache
def default_place_check() -> PlaceCheck:
    """The gazetteer's "is this a known place?" for the dateline parser (one lookup per name);
    the process keeps one table (``geo.known.known_places``), so it is looked up once."""
    from geo.known import known_places

    return known_places().kind


def read_briefs(text: str, *, is_place: PlaceCheck | None = None, **page: Any) -> list[Brief]:
    """The briefs of one text as every source gets them: ``parse_page`` (``page`` are its
    arguments) with the gazetteer confirming weak datelines. ``wiremap eval`` scores this."""
    return parse_page(text, is_place=is_place or default_place_check(), **page)


# How much of what a page prints before its first brief is read as that brief's context.
PREAMBLE_CHARS = 1000


def dateline_context(brief: Brief, page: str | None = None) -> str:
    """The text a brief's dateline place is read against: the brief, its title, and for a
    page's first brief what the page prints right before it (a headline or standfirst of the
    same story: "... wechselt an die Elite-Uni Stanford ... Santa Clara –" is the Californian
    one). What comes before a later brief is another story's, and is not read."""
    parts = [brief.text]
    before = ""
    if page is not None and brief.index == 0 and brief.offset > 0:
        before = page[max(0, brief.offset - PREAMBLE_CHARS) : brief.offset].strip()
    if brief.title and brief.title not in before:
        parts.insert(0, brief.title)
    if before:
        parts.insert(0, before)
    return "\n".join(parts) if len(parts) > 1 else brief.text


def locate(
    brief: Brief, geocode: Geocoder, page: str | None = None, home: Home | None = None
) -> Location | None:
    """The location of a brief's dateline place, or None when the dateline names no place.
    ``page`` is the text the brief was read from (``dateline_context``); ``home`` the source's
    home given by the user (a weak prior, ``geo.home``)."""
    dateline = brief.dateline
    if dateline is None or not dateline.place:
        return None
    query = PlaceQuery(
        name=dateline.place,
        qualifier=dateline.qualifier,
        context=dateline_context(brief, page),
        lang=brief.lang,
        agencies=tuple(dateline.agencies),
    )
    return geocode(query) if home is None else geocode(query, home)


def _mention_dict(mention: Mention) -> dict:
    loc = mention.location
    out = {
        "place": mention.place,
        "start": mention.start,
        "end": mention.end,
        "kind": mention.kind,
        "name": loc.name,
        "lat": _round(loc.lat),
        "lon": _round(loc.lon),
        "country_code": loc.country_code,
    }
    if mention.role:  # "named in an institution": the Boston Globe's Boston (``geo.mentions``)
        out["role"] = mention.role
    return out


def _focus_dict(focus: Focus) -> dict:
    loc = focus.location
    return {
        "name": loc.name,
        "lat": _round(loc.lat),
        "lon": _round(loc.lon),
        "country_code": loc.country_code,
        "precision": loc.precision,
        "confidence": _rounded(loc.confidence, 3),
        "reason": focus.reason,
        "place": focus.mention.place if focus.mention else None,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else _rounded(value, 5)


# ``rounded``'s answers by grid and value: the same coordinates and confidences come back in
# record after record (a dateline's city, a text's places), and each call of the function costs
# more than a look-up. Keyed by the float only where that key is the value's own: a float other
# than zero (0.0 and -0.0 are one key but round apart; an int equal to a float is another type).
_ROUNDED: dict[int, dict[float, float]] = {3: {}, 5: {}}
ROUNDED_SIZE = 65_536  # values kept per grid, then forgotten


def _rounded(value: float, places: int) -> float:
    """``rounded(value, places)`` (``places`` 3 or 5), kept per value."""
    if type(value) is not float or not value:
        return rounded(value, places)
    memo = _ROUNDED[places]
    got = memo.get(value)
    if got is None:
        if len(memo) >= ROUNDED_SIZE:
            memo.clear()
        got = memo[value] = rounded(value, places)
    return got


def where_it_happened(
    brief: Brief, location: Location | None, home: Home | None = None
) -> tuple[list[Mention], Focus | None]:
    """The places named in the brief and the one where the event happened (``home``: the
    source's home given by the user, a weak prior for their namesakes). Continents are read
    for the focus only, and only where it reads them, without a (resolved) dateline ("polio
    has reemerged in several countries in Africa"): the record's places, as the wire labels,
    leave them out."""
    dateline = brief.dateline
    # the places are read in the text as the page showed it ("New&nbsp;York" is New York, not
    # York), their offsets taken back to the brief's text as given
    text = brief.repaired_text  # repaired once, with its page (``parse_page``)
    back, at = brief.repaired_offsets
    exclude = ((at(dateline.start), at(dateline.sep_end)),) if dateline else ()
    dateline_location = location if location is not None and location.resolved else None
    found = find_mentions(
        text,
        brief.lang,
        exclude=exclude,
        dateline=dateline_location,
        home=home,
        continents=dateline_location is None,
    )
    focus = choose_focus(
        found,
        dateline_location,
        text,
        body_start=at(dateline.sep_end) if dateline else None,
        lang=brief.lang,
        dateline_places=dateline.places if dateline else None,
        home=home,
    )
    if text is not brief.text:
        given = {id(m): _as_given(m, brief.text, back) for m in found}
        found = list(given.values())
        if focus is not None and focus.mention is not None:
            mention = given.get(id(focus.mention)) or _as_given(focus.mention, brief.text, back)
            focus = replace(focus, mention=mention)
    mentions = found if dateline_location else [m for m in found if m.kind != "continent"]
    return mentions, focus


def _as_given(mention: Mention, given: str, back: Callable[[int], int]) -> Mention:
    """A mention found in the repaired text, at its offsets in the text as given and as written
    there (``text[start:end] == place`` holds for the brief's own text). An end is taken back
    to the next character's offset, so an invisible character the repair removed right after
    the name ("Lyon\u200b and") is left out of it."""
    start, end = back(mention.start), back(mention.end)
    end = start + len(given[start:end].rstrip(INVISIBLE))
    return replace(mention, place=given[start:end], start=start, end=end)


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

    It runs once per brief, so it fills a copy of the blank record key by key (no keyword
    dicts, no repeated ``dict.fromkeys``).
    """
    dateline = brief.dateline
    record = _BLANK.copy()
    record["id"] = event_id(brief.text)
    record["source"] = brief.source
    record["title"] = brief.title
    record["text"] = brief.text
    if dateline is not None:
        record["dateline"] = dateline.raw
        record["place"] = dateline.place
        record["places"] = list(dateline.places)
        record["qualifier"] = dateline.qualifier
        record["agencies"] = list(dateline.agencies)
    else:
        record["places"] = []
        record["agencies"] = []
    record["lang"] = brief.lang
    record["published_at"] = iso_utc(brief.published_at)
    record["time_basis"] = brief.time_basis
    record["time_text"] = brief.time_text
    record["captured_at"] = iso_utc(brief.captured_at)
    record["captured_at_basis"] = brief.captured_at_basis
    record["mentions"] = [_mention_dict(m) for m in mentions] if mentions else []
    record["focus"] = _focus_dict(focus) if focus is not None else None
    source, reason = "dateline", location.reason if location is not None else ""
    if dateline is not None and location is not None:
        if dateline.byline:
            reason = f"read from the byline (where the copy was filed): {reason}"
        elif len(dateline.places) == 2 and (pair := "-".join(dateline.places)) in dateline.raw:
            # "DALLAS-FORT WORTH": two known towns joined by a hyphen (parsing.dateline)
            reason = f"the first of the pair {pair}: {reason}"
    if location is not None and location.source == "override":
        source = "override"  # the user's correction, as on the events it moved
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
    record["location_source"] = source
    record["location_reason"] = reason
    if location.resolved:
        record["lat"] = _round(location.lat)
        record["lon"] = _round(location.lon)
        record["country_code"] = location.country_code
        record["admin1"] = location.admin1
        record["geonameid"] = location.geonameid
        record["location_name"] = location.name
        record["precision"] = location.precision
        record["confidence"] = _rounded(location.confidence, 3)
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
    home: Home | None = None,
) -> list[dict]:
    """Every event in one text, in page order.

    With ``mentions`` False the places named in the body are not looked for (``mentions`` is
    empty and ``focus`` None): the dateline-only path, for callers that must be fastest.
    ``is_place`` replaces the gazetteer's place check (as ``read_briefs``'s). ``home`` is the
    source's home given by the user (``geo.home.parse_home``): a weak prior for namesakes the
    text does not tell apart; each record then ends with ``home``, its code.
    """
    geocode = geocode or default_geocoder()
    while True:  # once, unless the text must be read again (below)
        try:
            # ``read_briefs(text, is_place=is_place, ...)``, its call written out: compiled, its
            # ``**page`` gathered the keywords into a dictionary and merged that into another
            # for ``parse_page``, some 5,000 instructions a text (speed52)
            briefs = parse_page(
                text,
                source=source,
                captured_at=captured_at,
                captured_at_basis=captured_at_basis,
                published_at=published_at,
                published_basis=published_basis,
                title=title,
                is_place=is_place or default_place_check(),
            )
            records = []
            for brief in briefs:
                location = locate(brief, geocode, text, home)
                named, focus = where_it_happened(brief, location, home) if mentions else ([], None)
                records.append(to_record(brief, location, named, focus))
            break
        except UnicodeEncodeError:
            # A lone surrogate (only a library caller's str can hold one: files are decoded
            # strictly) cannot be hashed or stored: read again with U+FFFD for it, one character
            # for one, so every offset stands. Told only on failure: no scan of every text.
            replaced = _LONE_SURROGATE.sub("\ufffd", text)
            if replaced == text:
                raise
            text = replaced
    if home is not None:
        for record in records:
            if record["location_source"] != "override":  # the user's place, not read with it
                record["home"] = home.code
    return records


def extract_doc(
    doc: SourceDoc,
    captured_at: datetime | None,
    captured_at_basis: str | None,
    geocode: Geocoder | None = None,
    home: Home | None = None,
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
        home=home,
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
    home: Home | None = None,
) -> list[dict]:
    """Every event in an uploaded file's bytes (text in any encoding, HTML or a feed).

    Raises ``InputError`` with a one-line message naming the file when it is not readable text.
    """
    records: list[dict] = []
    for doc in read_bytes(data, name):
        records.extend(extract_doc(doc, captured_at, captured_at_basis, geocode, home))
    return records


def extract_file(
    path: Path,
    captured_at: datetime | None = None,
    geocode: Geocoder | None = None,
    home: Home | None = None,
) -> list[dict]:
    """Every event in one file, all or nothing (``InputError`` when it cannot be read)."""
    docs = read_path(path)
    when, basis = captured_at_for(path, captured_at)
    return [record for doc in docs for record in extract_doc(doc, when, basis, geocode, home)]


def extract_paths(
    paths: Iterable[str | Path],
    *,
    captured_at: datetime | None = None,
    on_error: Callable[[str], None] = lambda message: None,
    geocode: Geocoder | None = None,
    jobs: int = 1,
    render: Callable[[dict], Any] | None = None,
    home: Home | None = None,
) -> Iterator[Any]:
    """Every event in files and folders, in order; unreadable inputs go to ``on_error``.

    One bad file never stops the others: its message is reported and the walk goes on. A file's
    records are yielded only once the whole file is read, so a file is never half printed. With
    ``jobs`` > 1 the files are read by that many processes (``pipeline.parallel``); the records
    and the messages still come in the files' order. ``render`` (a module-level function, e.g.
    ``pipeline.formats.jsonl_line``) turns each record into its line, in the process that read
    it; a file's lines then come as one string (nothing for a file without events), so the main
    process receives one object a file and writes it with one call. ``home`` is the sources'
    home given by the user (``extract_text``).
    """
    from pipeline.parallel import ordered_map, warm_up

    step = partial(file_events, captured_at=captured_at, render=render, home=home)
    sources = _existing(paths)
    context = geocode or default_geocoder()
    for records, error in ordered_map(step, sources, jobs=jobs, context=context, prepare=warm_up):
        if error is not None:
            on_error(error)
        yield from records


def file_events(
    geocode: Geocoder,
    path: Path | str,
    captured_at: datetime | None = None,
    render: Callable[[dict], Any] | None = None,
    home: Home | None = None,
) -> tuple[list[Any], str | None]:
    """One file's events, or its one-line error (an unreadable file, a bad sidecar). With
    ``render``, the events' lines joined into one string: with ``--jobs`` a worker sends one
    string a file instead of a list of lines for the main process (the one process every
    worker feeds) to unpickle and write line by line.

    ``path`` given as a string is already an error message (a path that does not exist). The
    geocoder comes first so that a process pool can hand it to every call (see
    ``pipeline.parallel.ordered_map``).
    """
    if isinstance(path, str):
        return [], path
    try:
        records = extract_file(path, captured_at, geocode, home)
    except InputError as err:
        return [], str(err)
    except Exception as err:  # whatever one file's content trips, the next file is read
        return [], one_line(str(path), err)
    if render is None:
        return records, None
    return ["".join(map(render, records))] if records else [], None


def _existing(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """The files named and those under the folders named, in order; a message for a path that
    does not exist, in its place."""
    for path in map(Path, paths):
        if not path.exists():
            yield f"{path}: no such file or folder"
            continue
        yield from iter_paths([path])
