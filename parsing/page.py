"""A page of wire copy in, its briefs out, with datelines, language and time.

This is the parsing layer's front door: the pipeline hands it text and what is known about
when the text was captured; it hands back ``Brief`` records in page order.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from parsing.agencies import BYLINE_WORDS, PLACE_CONJUNCTIONS
from parsing.dateline import (
    _MONTH_HEADS,
    _RE_DATE_ALONE,
    PlaceCheck,
    _weekday_date,
    find_dateline,
    find_datelines,
    writer_words,
)
from parsing.lang import detect_lang
from parsing.records import Brief, Dateline
from parsing.repair import OffsetMap, offset_maps, repair
from parsing.segment import EntrySegment, entry_marks, page_age, segment
from parsing.timeparse import (
    STAMP_FIRST,
    AgeMatch,
    EntryClock,
    ages_in,
    resolve_dateline_date,
    resolve_dateline_when,
    resolve_stamp,
)

# Text decoded as Latin-1 that was cp1252 keeps cp1252's punctuation as C1 controls ("NEWARK \x97
# It was ..."): each is read as the character cp1252 meant (one for one, so offsets stay).
_C1_AS_CP1252 = {b: ch for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", "ignore"))}


def parse_page(
    text: str,
    *,
    source: str = "",
    captured_at: datetime | None = None,
    captured_at_basis: str | None = None,
    published_at: datetime | None = None,
    published_basis: str | None = None,
    title: str | None = None,
    lang: str | None = None,
    is_place: PlaceCheck | None = None,
) -> list[Brief]:
    """Split ``text`` into briefs and read each one's dateline and time.

    ``published_at`` is a time the source itself states for the whole text (an HTML
    ``article:published_time``, a feed item's ``pubDate``); it is used only where the brief
    states none of its own. A text with no dateline is one brief, if it has any words at all.

    ``is_place(name, lang)`` is the caller's gazetteer (``parsing.dateline.PlaceCheck``): with
    it, datelines that only a known place makes trustworthy are read too ("Wien –" after a
    lead, "Roma.", "MODENA La ..."). Without it only strong datelines are.
    """
    if not text or text.isspace():  # ``not text.strip()``, with no copy of the text
        return []
    if "\x97" in text or "\x96" in text:  # its dashes: what a dateline needs (a fast find)
        text = text.translate(_C1_AS_CP1252)
    given = text
    text, where = repair(text)
    lang = lang or detect_lang(text)
    ages = ages_in(text, lang)
    # the starts the page's scan tried are tried again for a text with no dateline found
    memo: dict = {}
    anchors = _age_anchors(text, ages)
    marks = entry_marks(text, ages)
    if marks:
        # a live page's entry may open with its dateline after its clock ("Ore 15.10 - SAVONA -")
        anchors.extend(
            m.body for m in marks if m.clock is not None and text[m.body : m.body + 1].strip()
        )
    datelines = find_datelines(text, anchors, is_place=is_place, lang=lang, memo=memo)
    if len(datelines) > 1:
        datelines = _opening_copy(text, datelines)
    segments = segment(text, datelines, ages, marks)
    briefs: list[Brief] = []
    clocks: list[EntryClock | None] = []
    if not segments:
        start = len(text) - len(text.lstrip())
        body = text.strip()
        shared = memo if len(body) == len(text) else None  # the same text, the same offsets
        dateline = find_dateline(body, is_place=is_place, lang=lang, memo=shared)
        brief = Brief(
            text=body, source=source, offset=start, title=title, dateline=dateline, lang=lang
        )
        if dateline is None and (ages or "\n" in body):
            _undated_time(brief, text, ages, lang, captured_at or published_at, captured_at)
        briefs.append(brief)
        clocks.append(None)
    else:
        for seg in segments:
            brief = Brief(
                text=text[seg.start : seg.end],
                source=source,
                index=len(briefs),
                offset=seg.start,
                title=seg.title or (title if len(segments) == 1 else None),
                dateline=_shift(seg.dateline, seg.start),
                lang=lang,
            )
            if seg.age is not None:
                brief.time_text = seg.age.text
                if captured_at is not None:
                    brief.published_at = seg.age.resolve(captured_at)
                    brief.time_basis = "age" if brief.published_at else None
            briefs.append(brief)
            clocks.append(seg.clock if type(seg) is EntrySegment else None)
    floor = 0
    for k, brief in enumerate(briefs):
        clock = clocks[k]
        brief.captured_at = captured_at
        brief.captured_at_basis = captured_at_basis if captured_at else None
        if brief.published_at is None and brief.dateline and brief.dateline.date_text:
            when = resolve_dateline_when(
                brief.dateline.date_text, lang, captured_at or published_at
            )
            if when is not None:
                brief.published_at, brief.time_basis = when, "dateline"
                brief.time_text = brief.dateline.date_text
        if brief.published_at is None and clock is not None:
            # a live page's clock over its entry: the page's own stamp for it
            when = clock.resolve(captured_at)
            if when is not None:
                brief.published_at, brief.time_basis, brief.time_text = when, "meta", clock.text
        if brief.dateline is not None:
            at = brief.offset + brief.dateline.start
            if brief.published_at is None:
                when = captured_at or published_at
                end = brief.offset + brief.dateline.end
                stamp = (
                    _stamp_above(text, at, floor, lang, when)
                    or _stamp_beside(text, at, end, lang, when)
                    or _stamp_below(text, end, brief.offset + brief.dateline.sep_end, lang, when)
                )
                if stamp is not None:
                    brief.published_at, brief.time_basis, brief.time_text = stamp
            floor = brief.offset + brief.dateline.end
        if brief.published_at is None and published_at is not None:
            brief.published_at, brief.time_basis = published_at, published_basis or "meta"
    if text is not given:
        _as_given(briefs, given, where)
    else:  # the page was shown as given, and so was each brief: none is repaired again
        for brief in briefs:
            brief.repaired = (brief.text, brief.text, None, 0, 0)
    return briefs


def _as_given(briefs: list[Brief], given: str, where: OffsetMap | None) -> None:
    """Each brief's text, offsets and dateline as written taken back to the text as given
    (``parsing.repair``); the places stay as the page showed them, the names a gazetteer knows.
    Each brief keeps its text as shown with its share of the page's map (``Brief.repaired``)."""
    back, _ = offset_maps(where)
    for brief in briefs:
        at = brief.offset
        shown = brief.text
        start, end = back(at), back(at + len(shown))
        brief.offset, brief.text = start, given[start:end]
        if len(brief.text) == len(shown) and brief.text == shown:  # nothing repaired in it
            brief.repaired = (brief.text, brief.text, None, 0, 0)
        else:
            brief.repaired = (brief.text, shown, where, at, start)
        dl = brief.dateline
        if dl is not None:
            ds, de = back(at + dl.start) - start, back(at + dl.end) - start
            dse = back(at + dl.sep_end) - start
            brief.dateline = replace(dl, raw=brief.text[ds:de], start=ds, end=de, sep_end=dse)


# How many lines above a dateline a page's time stamp is looked for (a headline, a byline or a
# photo credit may stand between them).
STAMP_LINES = 4
# The marks between a credit and its stamp on one line ("TNN | Updated: ...").
_STAMP_MARKS = re.compile("[|•·/]")


def _stamp_above(
    text: str, pos: int, floor: int, lang: str | None, when: datetime | None
) -> tuple[datetime, str, str] | None:
    """(time, "meta", the line) from a page's time stamp on the lines just above ``pos`` and
    below ``floor`` ("Stand: 05.12.2026 14:32 Uhr", then the dateline), or None."""
    cursor = text.rfind("\n", floor, pos) + 1
    for k in range(STAMP_LINES):
        if cursor <= floor:
            return None
        start = max(text.rfind("\n", floor, cursor - 1) + 1, floor)
        first = text[start : start + 1]  # one character: no new string for most letters
        if (
            first in STAMP_FIRST
            or first.isdigit()  # a date alone: "5 de dezembro de 2026, 10:32"
            or (first.isspace() and text[start : cursor - 1].lstrip()[:1] in STAMP_FIRST)
            or _STAMP_MARKS.search(text, start, cursor - 1)  # "TNN | Updated: ...", "Jane • ..."
        ):
            line = text[start : cursor - 1]
            got = resolve_stamp(line, lang, when)
            if got is not None:
                return got, "meta", line.strip()
        if k == 0 and (start > floor or text[start - 1 : start] in ("\n", "")):
            got = _date_line_above(text, start, cursor - 1, floor, lang, when)
            if got is not None:
                return got
            if start == cursor - 1 and start > floor:  # a blank line right above the dateline
                got = _date_under_byline(text, start, floor, lang, when)
                if got is not None:
                    return got
        cursor = start
    return None


def _date_under_byline(
    text: str, blank: int, floor: int, lang: str | None, when: datetime | None
) -> tuple[datetime, str, str] | None:
    """(date, "meta", the line) from a date alone under a byline, a blank line between it and
    the dateline ("By Jane Doe" / "Dec. 5, 2026" / "" / "DENVER (AP) —"): the byline opens the
    brief below it, so its date is that brief's, not the one above's; else None (a date alone
    after a blank line with no byline above it may close the brief above)."""
    start = text.rfind("\n", floor, blank - 1) + 1  # the line above the blank one
    if start <= floor or text[start : start + 1] == "\n":
        return None
    above = text.rfind("\n", floor, start - 1) + 1  # the line above that: the byline?
    if above == 0 and floor:
        return None  # that line holds the dateline of the brief above: no byline
    words = text[above:start].split()
    if not words or words[0] not in BYLINE_WORDS:
        return None
    if not writer_words(words[1:], PLACE_CONJUNCTIONS):
        return None  # a sentence, not a writer's name ("By the time police came")
    if floor and _under_sentence_end(text, above):
        return None  # a byline right under the brief above's last sentence: its sign-off
    return _date_line_above(text, start, blank - 1, 0, lang, when)


def _date_line_above(
    text: str, start: int, end: int, floor: int, lang: str | None, when: datetime | None
) -> tuple[datetime, str, str] | None:
    """(date, "meta", the line) from a date alone on the line just above a dateline, with or
    without its weekday ("Saturday, Dec. 5, 2026" / "HOUSTON (AP) —", "Sa., 5. Dezember 2026"
    / "LEIPZIG (dpa) -"), a line no stamp reads; else None. On a page of briefs a date right
    under a sentence's end may close the brief above it ("... said.\nDec. 5, 2026\nDALLAS —"):
    not this one's; after a blank line it opens this one. A date after the day the page was
    captured (and the next, for a zone ahead) is an event's, not the brief's ("Dec. 24, 2026"
    / "BETHLEHEM (AP) — Christmas Eve services will ...")."""
    if end - start > _DATE_LINE_REACH or not text[start : start + 1].isalnum():
        return None  # a date line is short ("Wednesday, September 30, 2026"), a figure or a word
    line = text[start:end].strip()
    if not _date_alone(line):
        return None
    if floor and _under_sentence_end(text, start):
        return None
    got = resolve_dateline_date(line, lang, when)
    if got is None or _after_day(got, when):
        return None  # a day after the page's capture is an event's ("Dec. 24, 2026" / "BETHLEHEM")
    return got, "meta", line


def _under_sentence_end(text: str, start: int) -> bool:
    """Whether the line above the one at ``start`` ends, past its blanks, as a brief's body or
    sign-off does (``_SENTENCE_ENDS``): "... said." / "Dec. 5, 2026"."""
    above = start - 1
    while above > 0 and text[above - 1] in " \t\r\xa0":
        above -= 1
    return text[above - 1 : above] in _SENTENCE_ENDS


def _after_day(got: datetime, when: datetime | None) -> bool:
    """Whether a date read above or before a dateline falls after the page's capture day and
    the next (a zone ahead): an event's date ("Dec. 24, 2026 — BETHLEHEM — Christmas Eve
    services will ..."), not the brief's."""
    return when is not None and got.date() > when.date() + _DAY


_DATE_LINE_REACH = 48
_DAY = timedelta(days=1)  # a page captured late on its day may carry the next day's briefs
# What ends the last line of a brief's body: a sentence's end, or a sign-off's ("(Reporting by
# Jane Doe; Editing by Tom Roe)").
_SENTENCE_ENDS = frozenset(".!?\"”»’')")


def _date_alone(line: str) -> bool:
    """A date alone ("Dec. 5, 2026", "05.12.2026"), or with its weekday ("Saturday, Dec. 5,
    2026", "Sa., 5. Dezember 2026")."""
    return (
        (line[:1].isdigit() or line[:3] in _MONTH_HEADS) and _RE_DATE_ALONE.fullmatch(line)
    ) or _weekday_date(line)


def _opening_copy(text: str, datelines: list[Dateline]) -> list[Dateline]:
    """The datelines that open copy: one whose next dateline follows it with no letter between
    them opens nothing ("By Jane Smith, Chicago Tribune. CHICAGO — ...": "Tribune." is the
    byline's paper, read as a town's dateline; a brief of its dateline alone is no brief)."""
    kept = [
        d
        for d, after in zip(datelines, datelines[1:], strict=False)
        if any(ch.isalpha() for ch in text[d.sep_end : after.start])
    ]
    kept.append(datelines[-1])
    return kept


def _undated_time(
    brief: Brief,
    text: str,
    ages: list[AgeMatch],
    lang: str | None,
    when: datetime | None,
    captured_at: datetime | None,
) -> None:
    """A text with no dateline still says when it was written where a page does: an age alone
    on its line or after a stamp word ("2 uur geleden", "Updated 2 hours ago"), read against the
    capture time; else a stamp line among its first lines, under the headline and the byline
    ("Stand: 05.12.2026 10:32 Uhr", "Published December 5, 2026"). Nothing else is guessed."""
    age = page_age(text, ages, STAMP_LINES + 1) if ages else None
    if age is not None:
        brief.time_text = age.text
        if captured_at is not None:
            brief.published_at = age.resolve(captured_at)
            brief.time_basis = "age" if brief.published_at else None
        return
    start = 0
    for _ in range(STAMP_LINES + 1):
        stop = text.find("\n", start)
        if stop == -1:
            return  # the last line is the body's, not a stamp above it
        line = text[start:stop].strip()
        first = line[:1]
        if (
            first in STAMP_FIRST
            or (first.isdigit() and _CLOCK.search(line))  # not an event's date: "25 aprile 1945"
            or _STAMP_MARKS.search(line)
        ):
            got = resolve_stamp(line, lang, when)
            if got is not None:
                brief.published_at, brief.time_basis, brief.time_text = got, "meta", line
                return
        start = stop + 1


# A clock ("10:32", "14h32"): a date alone under a headline is a stamp only with one, else it
# may be the date the article is about ("25 aprile 1945").
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")


def _stamp_beside(
    text: str, start: int, end: int, lang: str | None, when: datetime | None
) -> tuple[datetime, str, str] | None:
    """(time, "meta", the stamp) from the stamp beside the dateline (``start``..``end``) on its
    own line: before it and a dash, a comma or a stop ("Published - December 05, 2026 10:32 am
    IST - CHENNAI", "Updated Dec. 5, 2026 10:32 a.m. CHICAGO —"), or from it across a bar ("New
    Delhi | Updated: December 5, 2026 10:32 IST", "PTI | New Delhi | Updated: ..."), whichever
    reader found the dateline; a date alone before it gives (date, "dateline", the date), as a
    date after the place does; else None."""
    line = _stamp_on_line(text, start, end)
    if line is None:
        return None
    if _date_alone(line):
        # a date alone before the dateline ("Dec. 5, 2026 — HOUSTON —", "05.12.2026, Leipzig
        # -"), or with its weekday ("Saturday, Dec. 5, 2026 — HOUSTON —"), is the brief's
        # date, read as a date after the place is ("HOUSTON, Dec. 5, 2026"); a list's number
        # is none ("1. BERLIN (dpa) -")
        got = resolve_dateline_date(line, lang, when)
        if got is not None and not _after_day(got, when):
            return got, "dateline", line
    got = resolve_stamp(line, lang, when)
    if got is None and line[-1:] == ".":  # the stop before the dateline: "... à 10h32. TOULOUSE"
        line = line[:-1]
        got = resolve_stamp(line, lang, when)
    return None if got is None else (got, "meta", line)


def _stamp_below(
    text: str, end: int, sep_end: int, lang: str | None, when: datetime | None
) -> tuple[datetime, str, str] | None:
    """(time, "meta", the stamp) from the stamp between the dateline's place and its body when
    the body starts on a later line: after a dash or a dot on the place's line ("Erfurt —
    aktualisiert am 05.12.2026"), or on the line below it ("Enschede\n5 december 2026\n")."""
    if sep_end - end < 8 or text[sep_end - 1] != "\n":
        return None
    line = text[end:sep_end].strip(_STAMP_EDGE)
    got = resolve_stamp(line, lang, when) if "\n" not in line else None
    return None if got is None else (got, "meta", line)


_STAMP_EDGE = " \t\xa0\r\n|·•–—-,"
_DASH_OR_BLANK = frozenset("-–— \t\xa0")
_BLANKS = frozenset(" \t\xa0")
_COMMA_OR_STOP = frozenset(",.")
_FIGURE = re.compile(r"\d")
# a bar after the dateline, past any run of blanks ("Jakarta   |   Sat, December 5, 2026")
_BAR_AFTER = re.compile("[ \t\xa0]*\\|")
# what ``_BAR_AFTER`` can start with: a dateline followed by neither needs no match
_BAR_STARTS = frozenset(" \t\xa0|")


def _stamp_on_line(text: str, start: int, end: int) -> str | None:
    """The words where a page's stamp may stand beside a dateline on its line: before it and a
    spaced dash (or a comma or a stop, after words with a figure), or from it across a bar;
    None for a line of none of these shapes. Read for each brief
    still without a time (most briefs): the character before the dateline and one match at the
    dateline's end spare the slices on lines of neither shape."""
    before = text[start - 1] if start else "\n"  # a dash or a blank, else no dash before it
    if before in _DASH_OR_BLANK and text[start - 2 : start].strip(" \t\xa0") in ("-", "–", "—"):
        line_start = text.rfind("\n", 0, start) + 1
        return text[line_start:start].rstrip(" \t\xa0-–—").strip()
    if before in _BLANKS and text[start - 2 : start - 1] == "|":
        # a date alone and a bar before the place ("So 6.12.2026 | Wien | ..."), as before a
        # dash; a section's name or a clock before a bar ("Sport | Wien |", "14:32 | Wien -")
        # is no date
        line_start = text.rfind("\n", 0, start) + 1
        head = text[line_start : start - 2].strip()
        if _date_alone(head):
            return head
    if before in _BLANKS and text[start - 2 : start - 1] in _COMMA_OR_STOP:
        # a date or a stamp, then a comma or a stop ("05.12.2026, Leipzig -", "Aktualisiert am
        # 05.12.2026, 10:32 Uhr. Leipzig."): only a line with a figure before the place
        line_start = text.rfind("\n", 0, start) + 1
        head = text[line_start : start - 1].strip().rstrip(",")
        if _FIGURE.search(head) is not None:
            return head
    if text[end : end + 1] in _BAR_STARTS and _BAR_AFTER.match(text, end) is not None:
        stop = text.find("\n", end)
        return text[start : len(text) if stop == -1 else stop].strip()
    return None


def _age_anchors(text: str, ages: list[AgeMatch]) -> list[int]:
    """Where a brief may start right after an age marker: glued to it ("vor 2
    StundenSimmering (dpa) -"), or after a blank when the age opens its line."""
    anchors = []
    for age in ages:
        pos = age.end
        limit = min(len(text), pos + 3)
        while pos < limit and text[pos] in " \t\xa0":
            pos += 1
        if pos == age.end:
            anchors.append(pos)
        elif pos < len(text) and text[pos] not in "\r\n":
            line_start = text.rfind("\n", 0, age.start) + 1
            if not text[line_start : age.start].strip():
                anchors.append(pos)
    return anchors


def _shift(dateline: Dateline | None, offset: int) -> Dateline | None:
    """Offsets relative to the brief's own text rather than the page."""
    if dateline is None or offset == 0:
        return dateline
    return dateline.shifted(offset)
