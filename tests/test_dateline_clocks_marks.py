"""Dates in datelines and stamps that were wrong or lost (place55), in each language's own forms.

A clock after a date in figures, as the languages' CLDR date-time patterns join them, keeps the
date (and with a zone gives the instant); a review's mark, a score, a fraction, a version or a
clock alone after a town gives no date; a page's year-less stamp ("Stand: 03/12 14:32") gives
its day in every language with stamp words; the day's ordinal marks are the languages' data.
The datelines and stamps were written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsing.dateline import find_dateline
from parsing.languages import LANGUAGES
from parsing.timeparse import resolve_dateline_when, resolve_stamp
from parsing.timewords import ALL_DAY_ORDINALS, FIGURE_ORDER
from pipeline.extract import default_place_check, extract_text

CAPTURED = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
DEC3 = "2026-12-03T00:00:00+00:00"
BODY = "Officials said on Thursday that the new plan would be presented to parliament soon."


def _when(dateline: str, lang: str) -> tuple[str | None, str | None]:
    dl = find_dateline(f"{dateline} {BODY}", is_place=default_place_check(), lang=lang)
    assert dl is not None
    when = resolve_dateline_when(dl.date_text, lang, CAPTURED) if dl.date_text else None
    return dl.place, when.isoformat() if when is not None else None


# (dateline, language, place, time it gives)
CLOCKED = [
    ("Stockholm 2026-12-03 10:15 –", "sv", "Stockholm", DEC3),
    ("Göteborg, 2026-12-03 10:15 (TT) –", "sv", "Göteborg", DEC3),
    ("Amsterdam, 3-12-2026, 14.32 uur -", "nl", "Amsterdam", DEC3),
    ("Utrecht, 03-12-2026 om 14:32 (ANP) -", "nl", "Utrecht", DEC3),
    ("Warszawa, 3.12.2026, godz. 10:15 -", "pl", "Warszawa", DEC3),
    ("Kraków, 3.12.2026 r., 10:15 (PAP) -", "pl", "Kraków", DEC3),
    ("Berlin, 03.12.2026, 10:15 Uhr -", "de", "Berlin", DEC3),
    ("Lyon, 03/12/2026 10h15 -", "fr", "Lyon", DEC3),
    ("Lille, 03/12 à 10h15 -", "fr", "Lille", DEC3),
    ("Helsinki, 3.12.2026 10.15 -", "fi", "Helsinki", DEC3),
    ("Budapest, 2026. 12. 03. 10:15 (MTI) –", "hu", "Budapest", DEC3),
    ("Ljubljana, 3. 12. 2026, 10:15 (STA) -", "sl", "Ljubljana", DEC3),
    # a clock with its zone names the instant; without one its zone would be a guess
    ("Berlin, 03.12.2026, 10:15 Uhr MEZ (dpa) -", "de", "Berlin", "2026-12-03T09:15:00+00:00"),
    ("Stockholm 2026-12-03 10:15 UTC –", "sv", "Stockholm", "2026-12-03T10:15:00+00:00"),
    # a date after the capture is no page's date, clock or none
    ("Stockholm 2026-12-24 10:15 –", "sv", "Stockholm", None),
]


@pytest.mark.parametrize(("dateline", "lang", "place", "when"), CLOCKED)
def test_clock_after_a_date_keeps_the_date(dateline: str, lang: str, place: str, when) -> None:
    assert _when(dateline, lang) == (place, when)


# look-alikes after a known town: no date, whatever the frame
ALIKES = [
    "3/10", "8/10", "3-1", "21-17", "3/4", "1/2", "10-12", "10:15", "10.15", "3.10", "2.4.1",
    "555-1234", "31/02", "32.12.2026", "2026-13-03",
]  # fmt: skip


@pytest.mark.parametrize(
    ("alike", "lang"),
    [
        (alike, lang)
        for alike in ALIKES
        for lang in ("fr", "es", "it", "de", "nl", "hu")
        # Spanish writes 3 October "3/10" (CLDR "d/M"): ``MARKS``
        if not (alike.endswith("/10") and lang == "es")
    ],
)
def test_look_alikes_give_no_date(alike: str, lang: str) -> None:
    for frame in (f"Paris, {alike} -", f"Paris, {alike} (AFP) -"):
        dl = find_dateline(f"{frame} {BODY}", is_place=default_place_check(), lang=lang)
        when = dl and dl.date_text and resolve_dateline_when(dl.date_text, lang, CAPTURED)
        assert not when, frame


# A review's mark "3/10" is no date where the language's CLDR year-less day and month has no
# one-figure field with a slash (fr/it "dd/MM", de "d.M."); a credit still vouches for the
# place. Where it has one (es/ca/el/sv/tr "d/M", en "M/d") the paper writes its date so.
MARKS = [
    ("Paris, 3/10 -", "fr", None, None),
    ("Roma, 8/10 -", "it", None, None),
    ("Berlin, 3/10 -", "de", None, None),
    ("Paris, 3/10 (AFP) -", "fr", "Paris", None),
    ("Roma, 8/10 (ANSA) -", "it", "Roma", None),
    ("Madrid, 3/10 (EFE).-", "es", "Madrid", "2026-10-03T00:00:00+00:00"),
    ("Sevilla, 3/10 -", "es", "Sevilla", "2026-10-03T00:00:00+00:00"),
    ("Barcelona, 3/10 (EFE).-", "ca", "Barcelona", "2026-10-03T00:00:00+00:00"),
    ("Stockholm, 3/10 (TT) -", "sv", "Stockholm", "2026-10-03T00:00:00+00:00"),
    # 10 March in English, whose figures decide no order: the place, no time
    ("CHICAGO, 3/10 (AP) -", "en", "CHICAGO", None),
    ("Chicago, 3/10 -", "en", "Chicago", None),
]


@pytest.mark.parametrize(("dateline", "lang", "place", "when"), MARKS)
def test_mark_out_of_ten_by_the_languages_own_day_and_month(
    dateline: str, lang: str, place: str | None, when: str | None
) -> None:
    dl = find_dateline(f"{dateline} {BODY}", is_place=default_place_check(), lang=lang)
    got = resolve_dateline_when(dl.date_text, lang, CAPTURED) if dl and dl.date_text else None
    assert (dl and dl.place, got.isoformat() if got else None) == (place, when)


@pytest.mark.parametrize(
    ("dateline", "lang", "when"),
    [
        # a date of October writes its day in two figures, or with its year
        ("Lille, 03/10 -", "fr", "2026-10-03T00:00:00+00:00"),
        ("Sevilla, 3/10/2026 (EFE).-", "es", "2026-10-03T00:00:00+00:00"),
        ("Sevilla, 3/12 (EFE).-", "es", DEC3),
    ],
)
def test_dates_beside_the_marks_still_read(dateline: str, lang: str, when: str) -> None:
    assert _when(dateline, lang)[1] == when


STAMP_FORMS = ["{w}: 03/12 14:32", "{w} 03/12, 10:15", "{w}: 03.12. 14:32", "{w} 03-12 10:15"]


def _stamps() -> list[tuple[str, str]]:
    """Each language's own stamp words (``page.stamp_words``) of more than two letters, with a
    year-less date in figures and a clock, in a language that writes the day first."""
    return [
        (code, form.format(w=w[:1].upper() + w[1:]))
        for code, lang in sorted(LANGUAGES.items())
        if FIGURE_ORDER.get(code) == "dm"
        for w in lang.page.get("stamp_words", ())
        if len(w) > 2
        for form in STAMP_FORMS
    ]


def test_stamp_forms_cover_the_languages() -> None:
    assert len({code for code, _ in _stamps()}) >= 6


@pytest.mark.parametrize(("lang", "line"), _stamps())
def test_yearless_stamp_gives_its_day(lang: str, line: str) -> None:
    got = resolve_stamp(line, lang, CAPTURED)
    assert got is not None and got.isoformat() == DEC3


@pytest.mark.parametrize(
    "line", ["Stand: 14:32", "Stand: 3/4", "Stand: 31/02 14:32", "Stand: 2.4.1"]
)
def test_stamp_look_alikes_give_nothing(line: str) -> None:
    assert resolve_stamp(line, "de", CAPTURED) is None


def test_ordinal_marks_are_language_data() -> None:
    marks = {w for lang in LANGUAGES.values() for w in lang.time.get("day_ordinals", ())}
    assert set(ALL_DAY_ORDINALS) == marks
    assert {"st", "nd", "rd", "th", "er", "º", "r"} <= marks


@pytest.mark.parametrize(
    ("dateline", "lang", "when"),
    [
        ("LONDON, Dec. 1st (Reuters) -", "en", "2026-12-01T00:00:00+00:00"),
        ("Lille, le 1er décembre -", "fr", "2026-12-01T00:00:00+00:00"),
        ("Madrid, 1º de diciembre (EFE).-", "es", "2026-12-01T00:00:00+00:00"),
        ("Barcelona, 1r de desembre (EFE).-", "ca", "2026-12-01T00:00:00+00:00"),
    ],
)
def test_ordinal_days_read(dateline: str, lang: str, when: str) -> None:
    assert _when(dateline, lang)[1] == when


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Berlin, 03.12.2026, 10:15 Uhr MEZ (dpa) - Die Regierung legte am Donnerstag einen "
            "neuen Plan vor, sagte ein Sprecher.",
            "2026-12-03T09:15:00+00:00",
        ),
        (
            "Stockholm 2026-12-03 10:15 – Regeringen presenterade på torsdagen en ny plan för "
            "riksdagen, sade en talesperson.",
            DEC3,
        ),
    ],
)
def test_page_reads_the_clocked_date(text: str, published: str) -> None:
    """The page (``parse_page``) reads a dateline's clocked date as the grammar keeps it."""
    (record,) = extract_text(text, captured_at=CAPTURED, captured_at_basis="given")
    assert record["published_at"] == published


@pytest.mark.parametrize(
    ("dateline", "lang"),
    [
        ("Berlin, 03.12.2026, 10:15 – 11:00 Uhr -", "de"),
        ("Amsterdam, 3-12-2026 10:15 - 11:00 uur -", "nl"),
        ("Amsterdam, 3-12-2026, 10.15 - 11.00 uur -", "nl"),
        ("Lyon, 03/12/2026 10h15 — 11h00 -", "fr"),
        ("Berlin, 03.12.2026, 10:15–11:00 Uhr -", "de"),
    ],
)
def test_clock_range_after_a_date_is_no_dateline(dateline: str, lang: str) -> None:
    """An event's hours after its date ("10:15 – 11:00 Uhr") are a listing's, not a brief's
    dateline: the first clock is no time the paper wrote the brief at."""
    assert find_dateline(f"{dateline} {BODY}", is_place=default_place_check(), lang=lang) is None
