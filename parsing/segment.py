"""Split a page into briefs around its datelines.

A page is a run of briefs, each opened by a dateline. Between two briefs there may be an age
marker (ANP glues it to the next dateline: ``2 uur geledenQUITO (ANP) -``), a section header
(``Meer uit Buitenland``) and the next brief's headline. This module decides which is which:
the age closes the brief before it, chrome is dropped, the headline opens the brief after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from parsing.compiled import slot_setters
from parsing.pagewords import (
    CHROME_BY_FIRST,
    HEADLINE_ABBREVIATIONS,
    MAX_TITLE_CHARS,
    SENTENCE_ENDS,
    STAMP_WORDS,
)
from parsing.records import Dateline
from parsing.timeparse import AgeMatch, EntryClock, iter_entry_clocks


@dataclass(frozen=True, slots=True)
class Segment:
    """One brief's place on the page: ``text[start:end]`` is the brief, title and age apart."""

    start: int
    end: int
    dateline: Dateline | None
    title: str | None = None
    age: AgeMatch | None = None

    def __init__(
        self,
        start: int,
        end: int,
        dateline: Dateline | None,
        title: str | None = None,
        age: AgeMatch | None = None,
    ) -> None:
        """The dataclass's own ``__init__`` (same arguments, defaults and fields), compiled with
        the module, each field written by its slot's own setter (``parsing.records.Dateline``'s
        way): the frozen dataclass's runs as Python bytecode, through ``object.__setattr__``."""
        _set_start(self, start)
        _set_end(self, end)
        _set_dateline(self, dateline)
        _set_title(self, title)
        _set_age(self, age)


# the slots' setters ``Segment.__init__`` writes with (the slots exist once the class is made)
_set_start, _set_end, _set_dateline, _set_title, _set_age = slot_setters(Segment)


@dataclass(frozen=True, slots=True)
class EntrySegment(Segment):
    """A live page's entry, with the clock that opens it (a class of its own: the segments of
    other pages, most of them, are built without the field)."""

    clock: EntryClock | None = None


def is_chrome(line: str) -> bool:
    """True for section headers and page furniture such as ``Meer uit Buitenland``."""
    stripped = line.strip()
    if not 0 < len(stripped) <= 60:
        return False
    folded = stripped.casefold()
    chrome = CHROME_BY_FIRST.get(folded[:1])
    return chrome is not None and folded.startswith(chrome)


def looks_like_title(line: str) -> bool:
    """A headline: one short line that does not end like a sentence or a clause."""
    line = line.strip()
    return (
        0 < len(line) <= MAX_TITLE_CHARS and line[-1] not in SENTENCE_ENDS and not is_chrome(line)
    )


@dataclass(slots=True)
class _Lead:
    """What stands between the previous brief and a dateline."""

    start: int  # where the previous brief ends
    title: str | None
    age: AgeMatch | None  # an age glued to or just before the dateline

    def __init__(self, start: int, title: str | None, age: AgeMatch | None) -> None:
        """The dataclass's own ``__init__``, compiled with the module (``dataclass``'s runs as
        Python bytecode)."""
        self.start = start
        self.title = title
        self.age = age


def _age_ending_at(ages: Sequence[AgeMatch], text: str, pos: int, floor: int) -> AgeMatch | None:
    """The age marker that ends at ``pos``, give or take whitespace."""
    for age in reversed(ages):
        if age.end > pos:
            continue
        if age.start < floor:
            return None
        return age if not text[age.end : pos].strip() else None
    return None


_STAMP_WORDS = frozenset(STAMP_WORDS)


def _stamp_or_nothing(before: str) -> bool:
    """True when what stands before an age on its line is nothing or a stamp word: an age
    after "Atualizado" ("Atualizado há 2 horas") is the page's age as one on its own line."""
    words = before.strip().rstrip(":").rstrip()
    return not words or words.casefold() in _STAMP_WORDS


def page_age(text: str, ages: Sequence[AgeMatch], head: int) -> AgeMatch | None:
    """The age a text with no dateline was stamped with: the one standing as a page's age stands,
    alone on its line or after a stamp word ("Updated 2 hours ago", "Objavljeno pred 2 urama"),
    among the page's first ``head`` lines or on its last; None where none does, or several that
    differ (a list of items: which age is whose is unknown). An age inside a sentence ("were
    seen 2 hours ago") is when something happened, not when the text was written; one lower
    down with lines after it is an item's below the article (a comment's: "John\n2 hours ago\n
    Terrible news"), not the page's."""
    found = None
    for age in ages:
        line_end = text.find("\n", age.end)
        after = text[age.end : len(text) if line_end == -1 else line_end]
        if after.strip(" \t\xa0\r.,;|·•") or not _stamp_or_nothing(
            text[text.rfind("\n", 0, age.start) + 1 : age.start]
        ):
            continue
        if line_end != -1 and text[line_end:].strip() and _lines_above(text, age.start) >= head:
            continue
        if found is not None and found.text.casefold() != age.text.casefold():
            return None
        found = found or age
    return found


def _lines_above(text: str, pos: int) -> int:
    """The lines with words above ``pos``: a page that spaces its paragraphs with blank lines
    ("Title\n\nBy Jane Doe\n\nUpdated 2 hours ago") has its age as high as one that does not."""
    return sum(1 for line in text[: text.rfind("\n", 0, pos) + 1].split("\n") if line.strip())


def _lead(text: str, dateline: Dateline, ages: Sequence[AgeMatch], floor: int) -> _Lead:
    pos = dateline.start
    line_start = text.rfind("\n", floor, pos) + 1 if pos > floor else floor
    line_start = max(line_start, floor)
    age = _age_ending_at(ages, text, pos, max(floor, line_start))
    if age is not None:
        # ANP layout: the age closes the previous brief and is glued to this dateline. A
        # headline on the lines just above the age is this brief's, not the previous one's.
        if text[line_start : age.start].strip() or (
            line_start - 2 >= floor and text[line_start - 2] in SENTENCE_ENDS
        ):
            return _Lead(start=age.start, title=None, age=age)  # the line above is body text
        start, title = _titles_above(text, line_start, floor, ages)
        return _Lead(start=min(start, age.start), title=title, age=age)
    before = text[line_start:pos]
    if before.strip():
        # A headline glued to its dateline on the same line, perhaps after the previous
        # brief's last sentence ("... verlaten. USS Gerald R. Ford bereikt de Caribische Zee
        # WASHINGTON (ANP) -" when the page lost its line breaks).
        tail = _headline_tail(before)
        if tail is not None:
            return _Lead(start=line_start + tail[0], title=tail[1], age=None)
        if (line_start > floor or floor == 0) and looks_like_title(before):
            return _Lead(start=line_start, title=before.strip(), age=None)
        return _Lead(start=pos, title=None, age=None)
    # The dateline opens a line: look at the lines above it for a headline, chrome and an age.
    start, title = line_start, None
    cursor = line_start
    for _ in range(4):
        if cursor <= floor:
            break
        prev_end = cursor - 1  # the newline before ``cursor``
        prev_start = max(text.rfind("\n", floor, prev_end) + 1, floor)
        line = text[prev_start:prev_end]
        if not line.strip():
            cursor = prev_start
            if title is None and start == cursor + 1:
                start = prev_start
            continue
        if is_chrome(line):
            start = cursor = prev_start
            continue
        line_age = _age_ending_at(ages, text, prev_end, prev_start)
        if line_age is not None:
            if _stamp_or_nothing(text[prev_start : line_age.start]):
                # An age on a line of its own: it closes the brief above ("2 hours ago", then
                # the headline) or, on a page that puts ages first, opens this one after its
                # headline ("Headline", "2 hours ago", then the dateline).
                if title is None:
                    above, title = _titles_above(text, prev_start, floor, ages)
                    return _Lead(start=min(above, line_age.start), title=title, age=line_age)
                return _Lead(start=line_age.start, title=title, age=line_age)
            break
        if title is None and looks_like_title(line):
            glued = _age_opening(ages, text, prev_start, prev_end)
            if glued is not None and looks_like_title(text[glued.end : prev_end]):
                # "2 uur geledenDrie doden bij aanval": the age closes the brief above, the
                # rest of its line is this brief's headline
                return _Lead(start=glued.start, title=text[glued.end : prev_end].strip(), age=glued)
            title, start, cursor = line.strip(), prev_start, prev_start
            kicker = _kicker_above(text, prev_start, floor, ages)
            if kicker is not None:
                start, title = kicker[0], f"{kicker[1]}: {title}"
                cursor = start
            continue
        break
    return _Lead(start=start, title=title, age=None)


# A short line over a headline ("Oekraïne", "Kim Jong-un"): a kicker, part of the title.
MAX_KICKER_CHARS = 60


def _kicker_above(
    text: str, line_start: int, floor: int, ages: Sequence[AgeMatch]
) -> tuple[int, str] | None:
    """A short title-like line right above a headline, itself after a sentence's end, a blank
    line or the page's start: the headline's kicker, not the end of the brief above."""
    if line_start <= floor:
        return None
    prev_end = line_start - 1
    if text.rfind("\n", floor, prev_end) + 1 <= floor:
        return None  # nothing above it in this stretch: a page's or section's header
    prev_start = max(text.rfind("\n", floor, prev_end) + 1, floor)
    line = text[prev_start:prev_end].strip()
    if not line or len(line) > MAX_KICKER_CHARS or not looks_like_title(line):
        return None
    if _age_opening(ages, text, prev_start, prev_end + 1) is not None:
        return None  # "2 hours ago" closes the brief above
    if prev_start > floor:
        above_end = prev_start - 1
        above = text[max(text.rfind("\n", floor, above_end) + 1, floor) : above_end].strip()
        if above and above[-1] not in SENTENCE_ENDS and not is_chrome(above):
            return None  # three title-like lines in a row: a list, not a kicker
    return prev_start, line


def _ends_body_line(text: str, start: int, end: int) -> bool:
    """A long line that ends like a sentence: body text, checked without copying the line."""
    while end > start and text[end - 1] in " \t\r\xa0":
        end -= 1
    return end - start > 60 and text[end - 1] in SENTENCE_ENDS


def _titles_above(
    text: str, line_start: int, floor: int, ages: Sequence[AgeMatch]
) -> tuple[int, str | None]:
    """(where the lead starts, headline) for the lines above ``line_start`` (an age's line)."""
    cursor = line_start
    for _ in range(3):
        if cursor <= floor:
            break
        prev_end = cursor - 1
        prev_start = max(text.rfind("\n", floor, prev_end) + 1, floor)
        if _ends_body_line(text, prev_start, prev_end):
            break  # the body of the brief above: neither chrome nor a headline
        line = text[prev_start:prev_end]
        if not line.strip() or is_chrome(line):
            cursor = prev_start
            continue
        if looks_like_title(line):
            kicker = _kicker_above(text, prev_start, floor, ages)
            if kicker is not None:
                return kicker[0], f"{kicker[1]}: {line.strip()}"
            return prev_start, line.strip()
        break
    return line_start, None


def _age_opening(
    ages: Sequence[AgeMatch], text: str, line_start: int, line_end: int
) -> AgeMatch | None:
    """The first age on the line ``text[line_start:line_end]`` when only blanks precede it and
    more text follows it (ages are sorted, so one bisection finds it)."""
    i = bisect.bisect_left(ages, line_start, key=_start_of)
    if i == len(ages):
        return None
    age = ages[i]
    if age.start >= line_end or age.end >= line_end:
        return None
    return age if not text[line_start : age.start].strip() else None


def _start_of(age: AgeMatch) -> int:
    return age.start


def _headline_tail(before: str) -> tuple[int, str] | None:
    """(offset, headline) of a headline that ends a line after a sentence's end, or None.

    A full stop after an initial ("Gerald R. Ford") or an abbreviation ("St. Louis") ends no
    sentence, so the headline is not cut there.
    """
    cut = None
    for i in range(len(before) - 2, 0, -1):
        if before[i] not in ".!?" or not before[i + 1].isspace():
            continue
        j = i
        while j > 0 and before[j - 1].isalpha():
            j -= 1
        word = before[j:i]
        if len(word) == 1 and word.isupper() or word.casefold() in HEADLINE_ABBREVIATIONS:
            continue
        cut = i + 1
        break
    if cut is None:
        return None
    rest = before[cut:]
    title = rest.strip()
    if len(title.split()) < 3 or not looks_like_title(title) or not title[0].isupper():
        return None
    return cut + (len(rest) - len(rest.lstrip())), title


def _trailing_age(text: str, ages: Sequence[AgeMatch], start: int, end: int) -> AgeMatch | None:
    """An age marker that ends the text of a brief (``text[start:end]``), with only chrome
    after it: the last brief's, or any brief's on a page that runs the age onto the brief's
    last line ("... gevoerd. 1 uur geleden")."""
    if not ages:
        return None
    i = bisect.bisect_right(ages, end, key=_end_of) - 1
    if i < 0 or ages[i].start < start:
        return None
    age = ages[i]
    rest = text[age.end : end]
    if all(not line.strip() or is_chrome(line) for line in rest.splitlines()):
        return age
    return None


def _end_of(age: AgeMatch) -> int:
    return age.end


def segment(
    text: str,
    datelines: Sequence[Dateline],
    ages: Sequence[AgeMatch],
    marks: Sequence[Mark] = (),
) -> list[Segment]:
    """Cut ``text`` into one segment per dateline, in page order, and one per entry of a live
    page or a list that has none (``marks``, from ``entry_marks``).

    ``datelines`` and ``ages`` are sorted by position and do not overlap. Text before the first
    dateline or entry other than its headline (bylines, page chrome) is not a brief.
    """
    if not datelines:
        return []
    leads: list[_Lead] = []
    floor = 0
    for dateline in datelines:
        leads.append(_lead(text, dateline, ages, floor))
        floor = dateline.sep_end
    last_age = _trailing_age(text, ages, datelines[-1].sep_end, len(text))
    # Most pages put the age after its brief (ANP glues it to the next dateline); some put it
    # before. The page tells which: an age before the first brief and none after the last.
    ages_lead = leads[0].age is not None and last_age is None
    segments: list[Segment] = []
    for i, dateline in enumerate(datelines):
        end = leads[i + 1].start if i + 1 < len(datelines) else len(text)
        if ages_lead:
            age = leads[i].age
        elif i + 1 < len(datelines):
            age = leads[i + 1].age
            if age is None:
                age = _trailing_age(text, ages, dateline.sep_end, end)
                if age is not None:
                    end = age.start
        else:
            age = last_age
            if age is not None:
                end = age.start
        while end > dateline.start and text[end - 1].isspace():
            end -= 1
        segments.append(
            Segment(start=dateline.start, end=end, dateline=dateline, title=leads[i].title, age=age)
        )
    if marks:
        return _with_entries(text, segments, [lead.start for lead in leads], marks, ages_lead)
    return segments


@dataclass(frozen=True, slots=True)
class Mark:
    """What opens an entry of a live blog, a ticker or a portal's list: a clock or an age at the
    start of its line, alone on it or before a separator and the entry's words."""

    line: int  # where its line starts
    body: int  # where the entry's words start
    clock: EntryClock | None = None
    age: AgeMatch | None = None


_AGE_ENDS_LINE = re.compile(r"\.?[ \t\xa0]*(?:[-–—|:][ \t\xa0]+(?=\S)|(?=\r?\n|\Z))")


def entry_marks(text: str, ages: Sequence[AgeMatch]) -> list[Mark]:
    """The marks that open a live page's or a list's entries, in page order: none unless the
    page has two at least (one clock before a line is a schedule's or a sentence's)."""
    clocks = iter_entry_clocks(text)
    if not clocks and len(ages) < 2:
        return []
    marks = [Mark(c.line, c.body, clock=c) for c in clocks]
    for age in ages:
        line = text.rfind("\n", 0, age.start) + 1
        if text[line : age.start].strip():
            continue
        m = _AGE_ENDS_LINE.match(text, age.end)
        if m is not None:
            marks.append(Mark(line, m.end(), age=age))
    if len(marks) < 2:
        return []
    marks.sort(key=_line_of)
    return marks


def _line_of(mark: Mark) -> int:
    return mark.line


def _mark_words(text: str, mark: Mark) -> str:
    return text[mark.line : mark.body].strip(_MARK_EDGE)


_MARK_EDGE = " \t\xa0\r\n-–—|:"


def _opens_dateline(text: str, mark: Mark, dateline: Dateline) -> bool:
    """The mark stands over this dateline: only blanks or one headline line between them."""
    if mark.body > dateline.start:
        return False
    between = text[mark.body : dateline.start].strip()
    return not between or ("\n" not in between and looks_like_title(between))


def _headline_over(text: str, line: int, floor: int) -> tuple[int, str] | None:
    """(start, headline) of a lone headline line right above a mark's line, after a blank line
    or the page's start: a portal list's item ("Headline", "vor 3 Std.", its teaser)."""
    if line - 1 <= floor:
        return None
    start = text.rfind("\n", floor, line - 1) + 1
    if start <= floor:
        return None
    headline = text[start : line - 1].strip()
    if not headline or not looks_like_title(headline):
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    if text[above : start - 1].strip():
        return None
    return start, headline


def _with_entries(
    text: str,
    segments: list[Segment],
    cuts: list[int],
    marks: Sequence[Mark],
    ages_lead: bool,
) -> list[Segment]:
    """The dateline segments and, between them, an entry for each mark that opens no dateline:
    a live page's entry with no place of its own gets none, not its neighbour's. A mark over a
    dateline gives that brief its clock. Marks after a dateline no mark stands over are that
    story's own (its timeline's clocks) and open nothing. ``cuts`` are where each dateline's
    lead starts.

    An age opens an entry only on a page that puts ages before their briefs (the ANP layout's
    age closes the brief above it)."""
    starts = [seg.dateline.start for seg in segments]
    owned: dict[int, Mark] = {}
    mark_lines = {mark.line for mark in marks}
    items: list[tuple[int, int, Segment | None, Mark | None, str | None]] = []
    for mark in marks:
        if mark.age is not None and not ages_lead:
            continue
        i = bisect.bisect_left(starts, mark.body)
        if i < len(segments) and _opens_dateline(text, mark, segments[i].dateline):
            owned[i] = mark
            continue
        if i > 0 and i - 1 not in owned:
            # after a dateline no clock or age stands over, the clocks opening its paragraphs
            # are that story's own timeline ("14:32 Uhr: Die Feuerwehr ..."), not new entries
            continue
        floor = segments[i - 1].dateline.sep_end if i > 0 else 0
        if mark.line < floor:
            continue  # inside a dateline
        over = _headline_over(text, mark.line, floor)
        if over is not None and over[0] in mark_lines:
            over = None  # the line above is an entry of its own ("16:40 - Power restored")
        start, title = over if over is not None else (mark.line, None)
        items.append((start, 1, None, mark, title))
    if not items and not owned:
        return segments
    for i, seg in enumerate(segments):
        mark = owned.get(i)
        cut = cuts[i] if mark is None else min(cuts[i], mark.line)
        items.append((cut, 0, seg, mark, None))
    items.sort(key=_first_two)
    out: list[Segment] = []
    for k, (_cut, _, seg, mark, title) in enumerate(items):
        end = items[k + 1][0] if k + 1 < len(items) else len(text)
        if seg is not None:
            end = min(seg.end, end)
            if mark is not None:
                words = _mark_words(text, mark)
                if seg.title is not None and seg.title.strip(_MARK_EDGE) == words:
                    seg = replace(seg, title=None)  # the clock is no headline
                seg = EntrySegment(
                    start=seg.start,
                    end=seg.end,
                    dateline=seg.dateline,
                    title=seg.title,
                    age=seg.age or mark.age,
                    clock=mark.clock,
                )
        else:
            start = mark.body
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                continue  # a mark with no words after it
            seg = EntrySegment(
                start=start, end=end, dateline=None, title=title, age=mark.age, clock=mark.clock
            )
        while end > seg.start and text[end - 1].isspace():
            end -= 1
        out.append(seg if end == seg.end else replace(seg, end=end))
    return out


def _first_two(item: tuple) -> tuple[int, int]:
    return item[0], item[1]
