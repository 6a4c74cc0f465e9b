"""Ages, dated datelines and meta times: every language and form, and hostile input."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing.timeparse import (
    AgeMatch,
    ages_in,
    iter_entry_clocks,
    parse_age,
    parse_meta_time,
    parse_meta_time_precise,
    resolve_dateline_date,
)
from parsing.timewords import AGE_LANGS, LANGS, MONTHS

SEED = Path(__file__).resolve().parent.parent / "data" / "sample" / "anp-buitenland.txt"
CAPTURED = datetime(2025, 11, 17, 8, 0, tzinfo=timezone(timedelta(hours=1)))
H = timedelta(hours=1)
M = timedelta(minutes=1)
D = timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2 uur geleden", "nl", 2 * H),
        ("1 minuut geleden", "nl", M),
        ("45 minuten geleden", "nl", 45 * M),
        ("een uur geleden", "nl", H),
        ("3 dagen geleden", "nl", 3 * D),
        ("2 u geleden", "nl", 2 * H),
        ("3 hours ago", "en", 3 * H),
        ("an hour ago", "en", H),
        ("5 mins ago", "en", 5 * M),
        ("1 day ago", "en", D),
        ("2 weeks ago", "en", 14 * D),
        ("vor 2 Stunden", "de", 2 * H),
        ("vor einer Stunde", "de", H),
        ("vor 5 Min.", "de", 5 * M),
        ("vor 3 Tagen", "de", 3 * D),
        ("il y a 3 heures", "fr", 3 * H),
        ("il y a une heure", "fr", H),
        ("il y a 10 min", "fr", 10 * M),
        ("il y a 2 jours", "fr", 2 * D),
        ("hace 2 horas", "es", 2 * H),
        ("hace una hora", "es", H),
        ("hace 20 minutos", "es", 20 * M),
        ("2 ore fa", "it", 2 * H),
        ("un'ora fa", "it", H),
        ("15 minuti fa", "it", 15 * M),
        ("há 2 horas", "pt", 2 * H),
        ("3 horas atrás", "pt", 3 * H),
        ("for 2 timer siden", "da", 2 * H),
        ("5 minutter siden", "da", 5 * M),
        ("2 UUR GELEDEN", "nl", 2 * H),
        # the languages whose ages come from CLDR alone (and their words for one)
        ("2 godziny temu", "pl", 2 * H),
        ("5 minut temu", "pl", 5 * M),
        ("för 2 timmar sedan", "sv", 2 * H),
        ("för en timme sedan", "sv", H),
        ("for 3 timer siden", "no", 3 * H),
        ("3 saat önce", "tr", 3 * H),
        ("bir saat önce", "tr", H),
        ("pred 2 urama", "sl", 2 * H),
        ("pred eno uro", "sl", H),
        ("pred 15 min.", "sl", 15 * M),
        ("2 tuntia sitten", "fi", 2 * H),
        ("před 3 hodinami", "cs", 3 * H),
        ("pred 2 hodinami", "sk", 2 * H),
        ("prije 2 sata", "hr", 2 * H),
        ("pre 5 minuta", "sr", 5 * M),
        ("acum 2 ore", "ro", 2 * H),
        ("acum 20 de minute", "ro", 20 * M),  # CLDR's link word "de" between amount and unit
        ("acum o oră", "ro", H),
        ("3 órával ezelőtt", "hu", 3 * H),
        ("fa 2 hores", "ca", 2 * H),
        ("2 часа назад", "ru", 2 * H),
        ("3 години тому", "uk", 3 * H),
        ("преди 2 часа", "bg", 2 * H),
        ("πριν από 2 ώρες", "el", 2 * H),
        # a singular unit alone is one where the language's copy writes it so (bare_one)
        ("godzinę temu", "pl", H),
        ("minutę temu", "pl", M),
        ("před hodinou", "cs", H),
        ("pred minútou", "sk", M),
        ("минуту назад", "ru", M),
        ("час назад", "ru", H),
        ("годину тому", "uk", H),
        ("pred uro", "sl", H),
        ("tunti sitten", "fi", H),
        ("преди час", "bg", H),
        ("  3 hours ago  ", None, 3 * H),
        ("vor 2 Stunden", None, 2 * H),
    ],
)
def test_parse_age_fast_path(text, lang, expected):
    assert parse_age(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("two hours ago", "en", 2 * H),  # number word: dateparser fallback
        ("vor zwei Stunden", "de", 2 * H),
        ("il y a deux jours", "fr", 2 * D),
    ],
)
def test_parse_age_falls_back_to_dateparser(text, lang, expected):
    assert parse_age(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("gisteren", "nl"),  # a day, not a duration
        ("yesterday", "en"),
        ("2 maanden geleden", "nl"),  # calendar unit: no fixed duration
        ("17 nov", "es"),  # an absolute date is not an age
        ("in 2 hours", "en"),  # future
        ("", None),
        ("no age here", "en"),
        ("x" * 500, None),
    ],
)
def test_parse_age_none(text, lang):
    assert parse_age(text, lang) is None


def test_seed_page_ages_resolve_to_utc():
    text = SEED.read_text(encoding="utf-8")
    ages = ages_in(text, "nl")
    assert [a.text for a in ages] == [
        "2 uur geleden",
        "3 uur geleden",
        "3 uur geleden",
        "6 uur geleden",
        "12 uur geleden",
        "14 uur geleden",
        "15 uur geleden",
    ]
    assert all(a.standalone and a.lang == "nl" for a in ages)
    assert ages[0].resolve(CAPTURED) == datetime(2025, 11, 17, 5, 0, tzinfo=UTC)
    assert ages[0].resolve(CAPTURED).tzinfo == UTC
    assert text[ages[0].end :].startswith("QUITO (ANP)")
    # "zeventig jaar geleden" in a sentence is prose: no number word that large.
    assert "zeventig jaar geleden" in text
    assert ages_in(text, None) == ages


@pytest.mark.parametrize(
    ("text", "lang", "found", "marker_lang"),
    [
        ("2 uur geledenQUITO (ANP) - Het", "nl", "2 uur geleden", "nl"),
        ("3 hours agoWASHINGTON (AP) —", None, "3 hours ago", "en"),
        ("vor 2 StundenBERLIN (dpa) -", None, "vor 2 Stunden", "de"),
        ("il y a 3 heuresPARIS (AFP) -", None, "il y a 3 heures", "fr"),
        ("hace 2 horasMADRID, 17 nov (EFE).-", None, "hace 2 horas", "es"),
        ("2 ore fa\n(ANSA) - ROMA, 11 MAR -", None, "2 ore fa", "it"),
        ("há 2 horas\nLISBOA (Lusa) -", None, "há 2 horas", "pt"),
        ("for 2 timer siden\nKØBENHAVN (Ritzau) -", None, "for 2 timer siden", "da"),
        ("gisterenDEN HAAG (ANP) -", None, "gisteren", "nl"),
        ("Storm\ngisteren\nDEN HAAG (ANP) -", None, "gisteren", "nl"),
        ("yesterday\nLONDON (Reuters) -", None, "yesterday", "en"),
        ("gesternBERLIN (dpa) -", None, "gestern", "de"),
        ("hier\nPARIS (AFP) -", "fr", "hier", "fr"),
        ("ayerMADRID (EFE).-", None, "ayer", "es"),
        ("ieriROMA (ANSA) -", None, "ieri", "it"),
        ("ontem\nLISBOA (Lusa) -", None, "ontem", "pt"),
        ("vor 2 StundenSimmering (dpa/lby) -", None, "vor 2 Stunden", "de"),
        ("hace 1 horaSanta Marta, 16 nov (EFE).-", None, "hace 1 hora", "es"),
        ("hace 1 horaSANTIAGO (EFE).-", "es", "hace 1 hora", "es"),
        ("il y a 1 heureSAINT-DENIS (AFP) -", "fr", "il y a 1 heure", "fr"),
        ("ieri(ANSA) - MILANO, 16 NOV -", None, "ieri", "it"),
        ("gisteren's-Gravenhage (ANP) -", "nl", "gisteren", "nl"),
        ("3 hours agoLondon (Reuters) -", None, "3 hours ago", "en"),
        ("2 godziny temuWARSZAWA (PAP) -", "pl", "2 godziny temu", "pl"),
        ("för 3 timmar sedan\nSTOCKHOLM (TT) -", None, "för 3 timmar sedan", "sv"),
        ("pred 2 urama\nLJUBLJANA (STA) -", "sl", "pred 2 urama", "sl"),
        ("2 saat önceANKARA (AA) -", "tr", "2 saat önce", "tr"),
        ("wczoraj\nKRAKÓW (PAP) -", "pl", "wczoraj", "pl"),
        ("i går\nOSLO (NTB) -", "no", "i går", "no"),
        ("včeraj\nMARIBOR (STA) -", "sl", "včeraj", "sl"),
    ],
)
def test_ages_in_finds_markers_glued_or_alone(text, lang, found, marker_lang):
    ages = ages_in(text, lang)
    assert [a.text for a in ages] == [found]
    assert ages[0].lang == marker_lang
    assert text[ages[0].start : ages[0].end] == found
    assert ages[0].standalone


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("x2 uur geleden", "nl"),  # inside a word on the left
        ("3 hours agony", "en"),  # glued to a lower-case word on the right
        ("Het kabinet besloot gisteren dat de regels blijven.", "nl"),
        ("Il est arrivé hier soir à Paris.", "fr"),
        ("El presidente dijo ayer que no habrá cambios.", "es"),
        ("Il governo ha detto ieri che", "it"),
        ("Yesterday the minister said", "en"),
        ("Ze zijn hier al twee weken.", None),  # Dutch "hier" (here) is no marker
        ("zeventig jaar geleden", "nl"),
        ("a few hours ago", "en"),
        ("Rząd wczoraj ogłosił nowe przepisy.", "pl"),  # a day word in a sentence
        ("Vlada je včeraj sprejela zakon.", "sl"),
        ("Regeringen sa i går att", "sv"),
        ("Dün akşam Ankara'da toplantı yapıldı.", "tr"),
        ("A vonat 5 perccel késett.", "hu"),  # "by 5 minutes": CLDR's bare "{0} napja" is left out
        ("3 napja", "hu"),
        ("kilka godzin temu", "pl"),  # "a few hours ago": a plural without its amount
        ("godzin temu", "pl"),
        ("несколько часов назад", "ru"),
        ("hour ago", "en"),  # English writes "an hour ago": no bare singular
    ],
)
def test_ages_in_ignores_prose(text, lang):
    assert ages_in(text, lang) == []


def test_numeric_age_in_sentence_is_found_but_not_standalone():
    text = "De brand woedde 3 uur geleden nog volop."
    (age,) = ages_in(text, "nl")
    assert age.text == "3 uur geleden" and not age.standalone
    assert ages_in(text, "nl", strict=True) == []


def test_day_word_gives_a_day_not_an_instant():
    (age,) = ages_in("gisteren\nDEN HAAG (ANP) - Tekst.", "nl")
    assert age.kind == "day" and age.precision == "day"
    assert age.resolve(CAPTURED) is None
    assert age.day(CAPTURED) == date(2025, 11, 16)
    # The day is the capture time's local day: 00:30 in Amsterdam is still the 17th there.
    early = datetime(2025, 11, 17, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert age.day(early) == date(2025, 11, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gisteren 14:32\nDEN HAAG (ANP) -", datetime(2025, 11, 16, 13, 32, tzinfo=UTC)),
        ("gisteren om 14.32 uur\nDEN HAAG (ANP) -", datetime(2025, 11, 16, 13, 32, tzinfo=UTC)),
        ("gestern, 09:15 Uhr\nBERLIN (dpa) -", datetime(2025, 11, 16, 8, 15, tzinfo=UTC)),
        ("hier à 18h05\nPARIS (AFP) -", datetime(2025, 11, 16, 17, 5, tzinfo=UTC)),
        ("yesterday at 10:00\nLONDON (Reuters) -", datetime(2025, 11, 16, 9, 0, tzinfo=UTC)),
    ],
)
def test_day_word_with_clock_resolves(text, expected):
    (age,) = ages_in(text)
    assert age.precision == "minute"
    assert age.resolve(CAPTURED) == expected


def test_resolve_needs_an_aware_capture_time():
    (age,) = ages_in("2 uur geleden", "nl")
    assert age.resolve(datetime(2025, 11, 17, 8, 0)) is None
    assert age.day(datetime(2025, 11, 17, 8, 0)) is None


def test_calendar_units_resolve_with_a_calendar():
    (age,) = ages_in("2 maanden geleden", "nl")
    assert age.delta is None and age.precision == "day"
    assert age.resolve(CAPTURED) == datetime(2025, 9, 17, 7, 0, tzinfo=UTC)
    assert age.day(CAPTURED) == date(2025, 9, 17)


def test_age_match_is_frozen():
    (age,) = ages_in("2 uur geleden", "nl")
    assert isinstance(age, AgeMatch)
    with pytest.raises(AttributeError):
        age.start = 3  # type: ignore[misc]


# --- dated datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Feb 26", "en", date(2025, 2, 26)),
        ("Jan 6", "en", date(2025, 1, 6)),
        ("Feb. 26, 2024", "en", date(2024, 2, 26)),
        ("Monday, Feb 26", "en", date(2025, 2, 26)),
        ("17 nov", "es", date(2025, 11, 17)),
        ("17 de noviembre de 2023", "es", date(2023, 11, 17)),
        ("25 mars 2013", "fr", date(2013, 3, 25)),
        ("20 mars 2017", "fr", date(2017, 3, 20)),
        ("1er mars", "fr", date(2025, 3, 1)),
        ("11 MAR", "it", date(2025, 3, 11)),
        ("3 gennaio", "it", date(2025, 1, 3)),
        ("26. Februar", "de", date(2025, 2, 26)),
        ("5 März 2020", "de", date(2020, 3, 5)),
        ("12 mei", "nl", date(2025, 5, 12)),
        ("3 okt", "nl", date(2025, 10, 3)),
        ("20 mars 2017", None, date(2017, 3, 20)),
        ("Jan 6", None, date(2025, 1, 6)),
        ("2024-05-01", None, date(2024, 5, 1)),
        # CLDR's names (Babel) in the languages of other agencies, in both grammatical forms
        ("16 listopada", "pl", date(2025, 11, 16)),
        ("16 listopada", "hr", date(2025, 10, 16)),
        ("16 ноября", "ru", date(2025, 11, 16)),
        ("16 ноября", None, date(2025, 11, 16)),
        ("3. února", "cs", date(2025, 2, 3)),
        ("12 octombrie", "ro", date(2025, 10, 12)),
        ("4 de gener", "ca", date(2025, 1, 4)),
        ("8. mars", "no", date(2025, 3, 8)),
        ("16. januarja", "sl", date(2025, 1, 16)),
        ("2 Jänner", "de", date(2025, 1, 2)),
        ("17 novembre", "nl", date(2025, 11, 17)),  # a French date in a Dutch brief is a date
    ],
)
def test_resolve_dateline_date(text, lang, expected):
    got = resolve_dateline_date(text, lang, CAPTURED)
    assert got == datetime.combine(expected, datetime.min.time(), UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 nov", date(2025, 11, 17)),  # the capture day
        ("18 nov", date(2025, 11, 18)),  # capture day + 1 (time zones)
        ("19 nov", date(2024, 11, 19)),  # later than that: last year
        ("Dec 31", date(2024, 12, 31)),
        ("Feb 29", date(2024, 2, 29)),  # the latest leap year
    ],
)
def test_year_is_inferred_from_capture_time(text, expected):
    got = resolve_dateline_date(text, None, CAPTURED)
    assert got is not None and got.date() == expected


@pytest.mark.parametrize(
    ("text", "lang", "captured"),
    [
        ("Feb 26", "en", None),  # no year, no capture time
        ("Feb 26", "en", datetime(2025, 11, 17, 8, 0)),  # naive capture time
        ("31 feb", None, CAPTURED),
        ("Flubber 3", None, CAPTURED),
        ("16 listopada", None, CAPTURED),  # November in Polish, October in Croatian
        ("", None, CAPTURED),
        ("NUEVA YORK se mantiene", "es", CAPTURED),
    ],
)
def test_resolve_dateline_date_none(text, lang, captured):
    assert resolve_dateline_date(text, lang, captured) is None


def test_one_month_table_for_every_language_the_time_parser_reads():
    assert set(LANGS) == set(MONTHS)
    assert {"nl", "en", "de", "fr", "es", "it", "pt", "pl", "ru", "no", "ca", "ro"} <= set(LANGS)
    assert set(AGE_LANGS) <= set(LANGS)
    for lang in LANGS:
        assert {month for month in MONTHS[lang].values()} == set(range(1, 13)), lang


# --- meta times -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("2025-11-17T08:00:00Z", datetime(2025, 11, 17, 8, 0, tzinfo=UTC), "instant"),
        ("2025-11-17T08:00:00+01:00", datetime(2025, 11, 17, 7, 0, tzinfo=UTC), "instant"),
        ("2025-11-17T08:00:00.123+01:00", datetime(2025, 11, 17, 7, 0, 0, 123000, UTC), "instant"),
        ("Mon, 17 Nov 2025 08:00:00 +0100", datetime(2025, 11, 17, 7, 0, tzinfo=UTC), "instant"),
        ("Mon, 17 Nov 2025 08:00:00 GMT", datetime(2025, 11, 17, 8, 0, tzinfo=UTC), "instant"),
        ("Mon, 17 Nov 2025 08:00:00 CET", datetime(2025, 11, 17, 7, 0, tzinfo=UTC), "instant"),
        ("17 Nov 2025 03:00 EST", datetime(2025, 11, 17, 8, 0, tzinfo=UTC), "instant"),
        ("2025-11-17", datetime(2025, 11, 17, tzinfo=UTC), "day"),
    ],
)
def test_parse_meta_time(value, expected, precision):
    assert parse_meta_time(value) == expected
    assert parse_meta_time_precise(value) == (expected, precision)


@pytest.mark.parametrize(
    "value",
    [
        "2025-11-17T08:00:00",  # no offset: unknown, not guessed
        "Mon, 17 Nov 2025 08:00:00",
        "Mon, 17 Nov 2025 08:00:00 XYZ",
        "yesterday",
        "",
        "2025-13-40T99:00:00Z",
        "x" * 1000,
    ],
)
def test_parse_meta_time_none(value):
    assert parse_meta_time(value) is None


# --- bad input ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, *LANGS, "xx"]))
def test_ages_in_never_raises_and_spans_lie_inside(text, lang):
    last = 0
    for age in ages_in(text, lang):
        assert 0 <= last <= age.start < age.end <= len(text)
        assert text[age.start : age.end] == age.text
        age.resolve(CAPTURED)
        age.day(CAPTURED)
        last = age.end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["2", "uur", "geleden", "hours", "ago", "vor", "Stunden", "il y a", "gisteren", "hier"]
            + ["QUITO", "\n", " ", "ieri", "hace", "horas", "x", "één", "un'", "ora", "fa", "14:32"]
        ),
        max_size=30,
    ),
    st.sampled_from([None, "nl", "en", "fr", "it"]),
)
def test_ages_in_on_marker_soup(parts, lang):
    text = "".join(parts)
    for age in ages_in(text, lang):
        assert text[age.start : age.end] == age.text
        assert age.resolve(CAPTURED) is None or age.resolve(CAPTURED).tzinfo == UTC


# text made of what a date in figures is made of: tests/test_dateline_figures.py's soup
@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.sampled_from([None, *LANGS]))
def test_parsers_never_raise(text, lang):
    parse_age(text, lang)
    resolve_dateline_date(text, lang, CAPTURED)
    parse_meta_time(text)


@pytest.mark.parametrize("value", [None, 3, b"2 uur geleden", object()])
def test_wrong_types_give_none(value):
    assert ages_in(value) == []  # type: ignore[arg-type]
    assert parse_age(value) is None  # type: ignore[arg-type]
    assert resolve_dateline_date(value, None, CAPTURED) is None  # type: ignore[arg-type]
    assert parse_meta_time(value) is None  # type: ignore[arg-type]


HOSTILE = {
    "10 MB single line of prose with markers": (
        "Het kabinet zei 3 uur geleden dat het hier blijft, vor 2 Stunden. " * 160_000
    )[:10_000_000],
    "pathological blanks": "2" + " \t\u00a0" * 700_000 + "uur geleden",
    "blank lines": "\n" * 2_000_000 + "2 uur geleden",
    "digit runs": "1 " * 1_000_000,
    "prefix runs": "il y a vor hace " * 200_000,
    "NUL characters": "\x00" * 1_000_000 + "2 uur geleden",
    "date figure runs": "4. 12. " * 300_000 + "05/12/2026",
    "day stop runs": "4. " * 100_000 + "12",
    "slash runs": "1/" * 200_000,
    "one long figure": "9" * 1_000_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_finishes_in_bounded_time(name):
    text = HOSTILE[name]
    started = time.perf_counter()
    ages = ages_in(text)
    for lang in (None, "sl", "en"):  # the dateline's date, in figures or names
        assert resolve_dateline_date(text, lang, CAPTURED) is None
    assert time.perf_counter() - started < 60  # linear scans take seconds at most
    assert all(0 <= a.start < a.end <= len(text) for a in ages)


# A live page captured at 18:00 Central European time (17:00 UTC) on 6 December 2026.
LIVE_CAPTURED = datetime(2026, 12, 6, 18, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "clock", "when"),
    [
        ("14:32\nBERLIN (dpa) - ...", "14:32", datetime(2026, 12, 6, tzinfo=UTC)),
        ("Live\n16.20 Uhr: Die Abstimmung ...", "16.20 Uhr", datetime(2026, 12, 6, tzinfo=UTC)),
        ("x\n16h05 – NANTES (AFP) – ...", "16h05", datetime(2026, 12, 6, tzinfo=UTC)),
        ("x\nOre 15.10 - SAVONA - ...", "15.10", datetime(2026, 12, 6, tzinfo=UTC)),
        (
            "x\n08:15 GMT\nKYIV (Reuters) - ...",
            "08:15 GMT",
            datetime(2026, 12, 6, 8, 15, tzinfo=UTC),
        ),
        # later than the capture's clock: the day before
        ("x\n23:40\nLa sesión terminó.", "23:40", datetime(2026, 12, 5, tzinfo=UTC)),
        (
            "x\n20:30 CET\nDie Sitzung endete.",
            "20:30 CET",
            datetime(2026, 12, 5, 19, 30, tzinfo=UTC),
        ),
    ],
)
def test_entry_clock_opens_a_line_and_resolves(text, clock, when):
    (found,) = iter_entry_clocks(text)
    assert found.text == clock
    assert text[found.line - 1 : found.line] in ("", "\n")
    assert found.resolve(LIVE_CAPTURED) == when
    assert found.resolve(None) is None


@pytest.mark.parametrize(
    "text",
    [
        "x\n16.30 Euro kostet das Ticket.",  # a figure, not a clock
        "x\n05.12.2026 Stand der Dinge",  # a date
        "x\nUm 14:32 Uhr begann die Sitzung.",  # a clock in a sentence
        "Die Sitzung begann um 14:32 - dann kam der Streit.",  # not at a line's start
    ],
)
def test_no_entry_clock(text):
    assert list(iter_entry_clocks(text)) == []


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("14:32 - Erster Eintrag\n14:40 - Zweiter", [0, 23]),  # the first line and the last
        ("  \t09:05\r\nTexto\r\n\xa0 09:10 - Más\r\n", [0, 17]),  # blanks before, CRLF lines
        ("Ticker\n\n10:00\n10:15 – a\n10:30 | b\n", [8, 14, 24]),  # a blank line, each after
        ("x\nkl. 14.00 - Møtet startet", [2]),  # a clock word before it
        ("x\n\u212al. 14.00 - Møtet startet", []),  # a Kelvin sign is no clock word's letter
        ("x\n14:32", [2]),  # the page's end closes the line
        ("x\n", []),
    ],
)
def test_entry_clocks_at_every_line_start(text, lines):
    assert [c.line for c in iter_entry_clocks(text)] == lines
