"""A dateline's date in figures as the brief's time ("Ljubljana, 4. 12. (STA) -").

The rows were written from the agencies' own styles before the resolver read figures: day and
month in the order each language writes them (``time.figure_order`` in its language file), the
year from the capture time when absent, and no time where the order is not decided or the date
does not exist.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing.languages import LANGUAGES, problems
from parsing.page import parse_page
from parsing.timeparse import parse_age, parse_meta_time, resolve_dateline_date
from parsing.timewords import FIGURE_ORDER, LANGS
from pipeline.extract import extract_text

CAPTURED = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)


def _day(d: date) -> datetime:
    return datetime.combine(d, datetime.min.time(), UTC)


# (brief, language, the date its dateline gives)
ROWS = [
    (
        "Ljubljana, 4. 12. (STA) - Vlada je na seji sprejela predlog zakona o plačah.",
        "sl",
        date(2026, 12, 4),
    ),
    (
        "Maribor, 28. 11. (STA) - Mestni svet je potrdil proračun za prihodnje leto.",
        "sl",
        date(2026, 11, 28),
    ),
    (
        "Zagreb, 4. 12. 2025. (Hina) - Vlada je na sjednici usvojila prijedlog proračuna.",
        "hr",
        date(2025, 12, 4),
    ),
    (
        "Split, 3. 12. (Hina) - Lučka uprava objavila je novi red plovidbe trajekata.",
        "hr",
        date(2026, 12, 3),
    ),
    (
        "Berlin, 4.12.2025 (dpa) - Die Bundesregierung hat am Donnerstag ein Gesetz beschlossen.",
        "de",
        date(2025, 12, 4),
    ),
    (
        "Praha, 2. 12. (ČTK) - Vláda ve středu schválila návrh rozpočtu na příští rok.",
        "cs",
        date(2026, 12, 2),
    ),
    (
        "Lisboa, 05/12/2026 (Lusa) - O Governo anunciou nesta sexta-feira novas medidas fiscais.",
        "pt",
        date(2026, 12, 5),
    ),
    (
        "Madrid, 01/12/2026 (EFE) - El Gobierno aprobó este martes el proyecto de presupuestos.",
        "es",
        date(2026, 12, 1),
    ),
    (
        "Budapest, 12. 4. (MTI) - A kormány pénteken bejelentette az új intézkedéseket.",
        "hu",
        date(2026, 12, 4),
    ),  # Hungarian writes the month first
    (
        "Budapest, 11. 28. (MTI) - A kormány pénteken bejelentette az új intézkedéseket.",
        "hu",
        date(2026, 11, 28),
    ),  # a day above 12 in the second place: still the grammar's date
    (
        "WASHINGTON, 11/28/2026 (AP) - The government said on Friday it would act soon.",
        "en",
        date(2026, 11, 28),
    ),  # US order, decided by the 28
    (
        "LONDON, 25/11/2026 (Reuters) - The government said on Friday it would act soon.",
        "en",
        date(2026, 11, 25),
    ),  # a part above 12 is the day, in English too
    (
        "LONDON, 05/05/2026 (Reuters) - The government said on Friday it would act soon.",
        "en",
        date(2026, 5, 5),
    ),  # day = month: the same either way
]
# (brief, language): a date the grammar takes, but no time from it
NO_TIME = [
    # English writes both orders (US 12/5, British 5/12): not decided by its figures
    ("LONDON, 12/05/2026 (Reuters) - The government said on Friday it would act soon.", "en"),
    ("Ljubljana, 31. 2. (STA) - Vlada je na seji sprejela predlog zakona o plačah.", "sl"),
    # month-first figures in a day-first language: no such date
    ("Ljubljana, 11. 28. (STA) - Vlada je na seji sprejela predlog zakona o plačah.", "sl"),
    ("Zagreb, 30. 2. 2025. (Hina) - Vlada je na sjednici usvojila prijedlog proračuna.", "hr"),
    (
        "Berlin, 0.12.2025 (dpa) - Die Bundesregierung hat am Donnerstag ein Gesetz beschlossen.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_a_date_in_figures_is_the_briefs_time(text, lang, expected):
    (brief,) = parse_page(text, captured_at=CAPTURED, lang=lang)
    assert brief.dateline is not None and brief.dateline.date_text
    assert brief.published_at == _day(expected)
    assert brief.time_basis == "dateline"
    assert brief.time_text == brief.dateline.date_text


@pytest.mark.parametrize(("text", "lang"), NO_TIME)
def test_figures_that_are_no_date_give_no_time(text, lang):
    (brief,) = parse_page(text, captured_at=CAPTURED, lang=lang)
    assert brief.dateline is not None and brief.dateline.date_text  # the dateline is read
    assert brief.published_at is None and brief.time_basis is None


def test_a_page_time_stands_where_the_figures_give_none():
    text, lang = NO_TIME[0]
    meta = datetime(2026, 12, 5, 7, 0, tzinfo=UTC)
    (brief,) = parse_page(text, captured_at=CAPTURED, lang=lang, published_at=meta)
    assert brief.published_at == meta and brief.time_basis == "meta"


def test_a_known_place_without_a_credit():
    text = "Brasília, 05/12/2026 - O governo anunciou nesta sexta-feira novas medidas econômicas."
    (brief,) = parse_page(
        text, captured_at=CAPTURED, lang="pt", is_place=lambda name, lang: name == "Brasília"
    )
    assert brief.dateline.place == "Brasília"
    assert (brief.published_at, brief.time_basis) == (_day(date(2026, 12, 5)), "dateline")


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_end_to_end_through_the_pipeline(text, lang, expected):
    """The language is detected here, not given: its order decides the date."""
    (event,) = extract_text(text, captured_at=CAPTURED, mentions=False)
    assert event["lang"] == lang
    assert event["published_at"] == _day(expected).isoformat()
    assert event["time_basis"] == "dateline" and event["time_text"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("4. 12", "sl", date(2026, 12, 4)),
        ("6. 12", "sl", date(2026, 12, 6)),  # the capture day + 1: wire dates lag, never lead
        ("7. 12", "sl", date(2025, 12, 7)),  # later than that: last year, as with "7 grudnia"
        ("29. 2", "de", date(2024, 2, 29)),  # the latest leap year
        ("4.12.2025", "de", date(2025, 12, 4)),
        ("4. 12. 2030", "de", date(2030, 12, 4)),  # a written year is the year, as with names
        ("Montag, 4.12", "de", date(2026, 12, 4)),
        ("12. 4", "hu", date(2026, 12, 4)),
        ("4. 12", "hu", date(2026, 4, 12)),
        ("05/12/2026", "pt", date(2026, 12, 5)),
        ("05/12/2026", "fr", date(2026, 12, 5)),
        ("12/25/2026", "en", date(2026, 12, 25)),  # US order, decided by the 25
        ("25/12/2026", "en", date(2026, 12, 25)),  # British order, decided by the 25
        ("25/12/2026", None, date(2026, 12, 25)),
        ("05/05/2026", None, date(2026, 5, 5)),
    ],
)
def test_resolve_figures(text, lang, expected):
    assert resolve_dateline_date(text, lang, CAPTURED) == _day(expected)


@pytest.mark.parametrize(
    ("text", "lang", "captured"),
    [
        ("12/05/2026", "en", CAPTURED),  # US 5 December or British 12 May: not guessed
        ("05/12/2026", "en", CAPTURED),
        ("4. 12", None, CAPTURED),  # no language: not decided
        ("4. 12", "ja", CAPTURED),  # a language whose file gives no order
        ("31. 2", "sl", CAPTURED),
        ("31/04/2026", "es", CAPTURED),
        ("13/13/2026", "en", CAPTURED),
        ("0. 0", "de", CAPTURED),
        ("24/7", "en", CAPTURED),  # slashes without a year: no date
        ("4. 12", "sl", None),  # no year, no capture time
        ("4. 12", "sl", datetime(2026, 12, 5, 9, 30)),  # naive capture time
        ("4. 12. 5", "sl", CAPTURED),
        ("123. 12", "sl", CAPTURED),
        ("4 12", "sl", CAPTURED),
    ],
)
def test_resolve_figures_none(text, lang, captured):
    assert resolve_dateline_date(text, lang, captured) is None


def test_the_order_is_data_for_every_language_that_gives_one():
    assert {"sl", "hr", "de", "pt", "es", "fr"} <= {c for c, o in FIGURE_ORDER.items() if o == "dm"}
    assert FIGURE_ORDER["hu"] == "md"
    assert "en" not in FIGURE_ORDER  # English writes both
    assert set(FIGURE_ORDER) <= set(LANGUAGES)
    doc = {
        "name": "X",
        "detect": [],
        "cldr": [],
        "ages": False,
        "time": {"figure_order": "ymd"},
        "dateline": {},
        "geo": {},
        "page": {},
    }
    assert problems("xx", doc) == ["xx: time.figure_order is 'ymd', not 'dm' or 'md'"]


# Text made of what a date in figures is made of ("4. 12.", "05/12/2026"); its hostile runs
# are in tests/test_timeparse.py's HOSTILE.
FIGURE_PARTS = ["4", "12", "31", "2026", "0", "99", ".", ". ", "/", " ", "\u00a0", "Mon, "]
FIGURE_PARTS += ["٤", "x"]  # a figure of another script, a letter


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(FIGURE_PARTS), max_size=12),
    st.sampled_from([None, "xx", *LANGS, *FIGURE_ORDER]),
)
def test_figure_soup_never_raises(parts, lang):
    text = "".join(parts)
    got = resolve_dateline_date(text, lang, CAPTURED)
    assert got is None or (got.tzinfo == UTC and got.time() == datetime.min.time())
    parse_age(text, lang)
    parse_meta_time(text)


def test_blanks_around_a_date_are_only_blanks():
    text = "\u00a0" * 500_000 + "4. 12"
    assert resolve_dateline_date(text, "sl", CAPTURED) == resolve_dateline_date(
        "4. 12", "sl", CAPTURED
    )
