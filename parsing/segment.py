"""Split a page into briefs around its datelines.

A page is a run of briefs, each opened by a dateline. Between two briefs there may be an age
marker (ANP glues it to the next dateline: ``2 uur geledenQUITO (ANP) -``), a section header
(``Meer uit Buitenland``) and the next brief's headline. This module decides which is which:
the age closes the brief before it, chrome is dropped, the headline opens the brief after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parsing.pagewords import CHROME_PREFIXES, MAX_TITLE_CHARS, SENTENCE_ENDS
from parsing.records import Dateline
from parsing.timeparse import AgeMatch


@dataclass(frozen=True, slots=True)
class Segment:
    """One brief's place on the page: ``text[start:end]`` is the brief, title and age apart."""

    start: int
    end: int
    dateline: Dateline | None
    title: str | None = None
    age: AgeMatch | None = None


def is_chrome(line: str) -> bool:
    """True for section headers and page furniture such as ``Meer uit Buitenland``."""
    folded = line.strip().casefold()
    return 0 < len(folded) <= 60 and folded.startswith(CHROME_PREFIXES)


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


def _age_ending_at(ages: Sequence[AgeMatch], text: str, pos: int, floor: int) -> AgeMatch | None:
    """The age marker that ends at ``pos``, give or take whitespace."""
    for age in reversed(ages):
        if age.end > pos:
            continue
        if age.start < floor:
            return None
        return age if not text[age.end : pos].strip() else None
    return None


def _lead(text: str, dateline: Dateline, ages: Sequence[AgeMatch], floor: int) -> _Lead:
    pos = dateline.start
    line_start = text.rfind("\n", floor, pos) + 1 if pos > floor else floor
    line_start = max(line_start, floor)
    age = _age_ending_at(ages, text, pos, max(floor, line_start))
    if age is not None:
        # ANP layout: the age closes the previous brief and is glued to this dateline.
        return _Lead(start=age.start, title=None, age=age)
    before = text[line_start:pos]
    if before.strip():
        # A headline glued to its dateline on the same line.
        if looks_like_title(before):
            return _Lead(start=line_start, title=before.strip(), age=None)
        return _Lead(start=pos, title=None, age=None)
    # The dateline opens a line: look at the lines above it for a headline and chrome.
    start, title = line_start, None
    cursor = line_start
    for _ in range(3):
        if cursor <= floor:
            break
        prev_end = cursor - 1  # the newline before ``cursor``
        prev_start = text.rfind("\n", floor, prev_end) + 1
        prev_start = max(prev_start, floor)
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
            if not text[prev_start : line_age.start].strip():
                # An age on a line of its own ("2 hours ago", then the headline): it closes
                # the brief above, as a glued one does.
                return _Lead(start=line_age.start, title=title, age=line_age)
            break
        if title is None and looks_like_title(line):
            title, start, cursor = line.strip(), prev_start, prev_start
            continue
        break
    return _Lead(start=start, title=title, age=None)


def _trailing_age(text: str, ages: Sequence[AgeMatch], start: int, end: int) -> AgeMatch | None:
    """An age marker that ends the text of the last brief, with only chrome after it."""
    for age in reversed(ages):
        if age.start < start:
            return None
        if age.end > end:
            continue
        rest = text[age.end : end]
        if all(not line.strip() or is_chrome(line) for line in rest.splitlines()):
            return age
        return None
    return None


def segment(text: str, datelines: Sequence[Dateline], ages: Sequence[AgeMatch]) -> list[Segment]:
    """Cut ``text`` into one segment per dateline, in page order.

    ``datelines`` and ``ages`` are sorted by position and do not overlap. Text before the first
    dateline other than its headline (bylines, page chrome) is not a brief.
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
        else:
            age = last_age
            if age is not None:
                end = age.start
        while end > dateline.start and text[end - 1].isspace():
            end -= 1
        segments.append(
            Segment(start=dateline.start, end=end, dateline=dateline, title=leads[i].title, age=age)
        )
    return segments
