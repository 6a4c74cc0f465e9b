"""Dateline shapes left by read25 (read26), end to end, in the languages the parser reads.

Written for this test, not taken from any item: an abbreviated weekday of CLDR's before the date
before the dateline ("Sa., 5. Dezember 2026 – LEIPZIG –", "sam. 5 déc. 2026 - LYON -", "za 5 dec
2026 – UTRECHT –"), read as the place before; a date alone on the line above a dateline, the
brief's date ("Saturday, Dec. 5, 2026" / "HOUSTON (AP) —"); and a city-state's own full name
before a bar, which CLDR's zones name otherwise ("Vatican City |": its zone's city is "Vatican").
Their look-alikes: towns named as an abbreviated weekday with a credit ("MAR (AFP) -", "TOR, 5
dec (TT) -"), a date line above a headline, a date under the last sentence of the brief above,
and two briefs on a page each under its own date.

Rows as the ninth table's: text, language, place (as written), country, agencies as written,
and the time the text gives for a page captured at ``CAPTURED``. The blind probes behind each
rule (every abbreviated weekday of 25 languages before twelve towns, with and without its stop;
a date line above a dateline in 25 languages) are counted in the branch's report.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from papers_read import assert_row_read, assert_table_sized, first_dated

from parsing.languages import LANGUAGES
from parsing.timewords import ALL_WEEKDAYS, WEEKDAY_ABBRS
from pipeline.extract import extract_text

# A page captured at 16:00 Central European time (15:00 UTC) on Saturday 5 December 2026.
CAPTURED = datetime(2026, 12, 5, 16, 0, tzinfo=timezone(timedelta(hours=1)))
D5 = "2026-12-05"
D4 = "2026-12-04"

# text, language, place, country, agencies as written, time (or None)
STYLES = [
    # --- an abbreviated weekday before the date before the dateline: the date with its weekday
    ("Sa., 5. Dezember 2026 – LEIPZIG – Die Polizei hat einen Mann festgenommen.", "de",
     "LEIPZIG", "DE", (), D5),
    ("Sa 5. Dezember 2026 – DRESDEN – Die Polizei hat einen Mann festgenommen.", "de",
     "DRESDEN", "DE", (), D5),
    ("Sáb. 5 de diciembre de 2026. MADRID. La policía detuvo a un hombre tras un accidente.",
     "es", "MADRID", "ES", (), D5),
    ("sam. 5 déc. 2026 - LYON - La police a arrêté un homme après un accident.", "fr", "LYON",
     "FR", (), D5),
    ("za 5 dec 2026 – UTRECHT – De politie heeft een man aangehouden na een ongeluk.", "nl",
     "UTRECHT", "NL", (), D5),
    ("sab 5 dic 2026 - MILANO - La polizia ha arrestato un uomo dopo un incidente.", "it",
     "MILANO", "IT", (), D5),
    ("Sáb., 5 de dezembro de 2026 - FARO - A polícia prendeu um homem após um acidente.", "pt",
     "FARO", "PT", (), D5),
    ("Sob., 5. decembra 2026 - CELJE - Policija je prijela moškega po nesreči.", "sl", "CELJE",
     "SI", (), D5),
    ("Sob. 5 grudnia 2026 - KRAKÓW - Policja zatrzymała mężczyznę po wypadku.", "pl", "KRAKÓW",
     "PL", (), D5),
    ("Lör 5 december 2026 – UPPSALA – Polisen grep en man efter en olycka.", "sv", "UPPSALA",
     "SE", (), D5),
    ("Sub., 5. prosinca 2026. - ZAGREB - Policija je uhitila muškarca nakon nesreće.", "hr",
     "ZAGREB", "HR", (), D5),
    ("So 5. prosince 2026 - BRNO - Policie zadržela muže po nehodě.", "cs", "BRNO", "CZ", (), D5),
    ("Cmt, 5 Aralık 2026 - ANKARA - Polis bir adamı gözaltına aldı.", "tr", "ANKARA", "TR", (),
     D5),
    ("Сб, 5 декабря 2026 - МОСКВА - Полиция задержала мужчину после аварии.", "ru", "МОСКВА",
     "RU", (), D5),
    # --- a date alone on the line above the dateline: the brief's date
    ("Saturday, Dec. 5, 2026\nHOUSTON (AP) — Police said a man was arrested after a crash.",
     "en", "HOUSTON", "US", ("AP",), D5),
    ("Dec. 5, 2026\nDENVER (AP) — Police said a man was arrested after a crash.", "en",
     "DENVER", "US", ("AP",), D5),
    ("Man held after crash\nSat., December 5, 2026\nBOSTON (AP) — Police said a man was "
     "arrested.", "en", "BOSTON", "US", ("AP",), D5),
    ("Sa., 5. Dezember 2026\nLEIPZIG (dpa) - Die Polizei hat einen Mann festgenommen.", "de",
     "LEIPZIG", "DE", ("dpa",), D5),
    ("Sábado, 5 de diciembre de 2026\nSEVILLA (EFE) - La policía detuvo a un hombre.", "es",
     "SEVILLA", "ES", ("EFE",), D5),
    ("vendredi 4 décembre 2026\nRENNES (AFP) - La police a arrêté un homme.", "fr", "RENNES",
     "FR", ("AFP",), D4),
    ("4 dicembre 2026\nNAPOLI (ANSA) - La polizia ha arrestato un uomo.", "it", "NAPOLI", "IT",
     ("ANSA",), D4),
    # --- a city-state's own full name before a bar: the city
    ("Vatican City | Pope Leo XIV said on Friday that peace talks must resume.", "en",
     "Vatican City", "VA", (), None),
    ("San Marino | The government approved the new budget on Friday.", "en", "San Marino", "SM",
     (), None),
    ("Monaco | The government approved the new budget on Friday.", "en", "Monaco", "MC", (),
     None),
]  # fmt: skip

# a town the gazetteer knows by an abbreviated weekday's name, with a credit: the place
TOWNS_SO_NAMED = [
    ("MAR (AFP) - La police a arrêté un homme après un accident.", "MAR"),
    ("MAR, 5 dic (EFE).- La policía detuvo a un hombre tras un accidente.", "MAR"),
    ("Mar, 5 dic (EFE).- La policía detuvo a un hombre tras un accidente.", "Mar"),
    ("Tor, 5 december (TT) – Polisen grep en man efter en olycka.", "Tor"),
    ("LUN (AFP) - La police a arrêté un homme après un accident.", "LUN"),
    ("Sam, 5 décembre (AFP) - La police a arrêté un homme après un accident.", "Sam"),
    ("PON, 5 grudnia (PAP) - Policja zatrzymała mężczyznę po wypadku.", "PON"),
]


# text, language: no dateline in any of them
LOOK_ALIKES = [
    # an abbreviated weekday, a date and no dateline after it
    ("Sa., 5. Dezember 2026 – Bayern 2, Dortmund 1", "de"),
    ("sam. 5 déc. 2026 - Toulouse et Lyon sous la neige", "fr"),
    ("za 5 dec 2026 – De regering heeft de nieuwe begroting goedgekeurd.", "nl"),
    ("Sáb. 5 de diciembre de 2026 - La policía detuvo a un hombre tras un accidente.", "es"),
    ("Sob. 5. decembra 2026 - Vlada je sprejela nov proračun.", "sl"),
    # a date line above a headline, no dateline under it
    ("Saturday, Dec. 5, 2026\nMan held after crash in Houston\nPolice said a man was arrested.",
     "en"),
    ("Samstag, 5. Dezember 2026\nMann nach Unfall festgenommen\nDie Polizei hat einen Mann "
     "festgenommen.", "de"),
    # a country's name before a bar: a page's section
    ("Vatican | The Pope met the bishops on Friday.", "en"),
    ("Malta | The government approved the new budget on Friday.", "en"),
    ("Costa Rica | El gobierno aprobó el nuevo presupuesto.", "es"),
    ("France | The government approved the new budget on Friday.", "en"),
    ("Brazil | The government approved the new budget on Friday.", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "place", "cc", "agencies", "when"), STYLES)
def test_read26_dateline(resolver, text, lang, place, cc, agencies, when):
    assert_row_read(resolver, (text, lang, place, cc, agencies, when), CAPTURED)


@pytest.mark.parametrize(("text", "place"), TOWNS_SO_NAMED)
def test_read26_town_named_as_an_abbreviated_weekday_with_a_credit(text, place):
    brief = first_dated(text, CAPTURED)
    assert brief is not None and brief.dateline.place == place, brief and brief.dateline


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_read26_look_alike_is_no_dateline(text, lang):
    brief = first_dated(text, CAPTURED)
    assert brief is None, brief.dateline


def test_the_table_is_as_large_as_its_brief():
    """At least 24 datelines and 12 look-alikes, each text once."""
    assert_table_sized(STYLES, LOOK_ALIKES, 24, 12)


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # two briefs, each under its own date after a blank line: each its own
        ("Saturday, Dec. 5, 2026\nHOUSTON (AP) — Police said a man was arrested.\n\n"
         "Friday, Dec. 4, 2026\nDALLAS (AP) — Police said two men were arrested.", [D5, D4]),
        ("Sa., 5. Dezember 2026\nLEIPZIG (dpa) - Die Polizei hat einen Mann festgenommen.\n\n"
         "Fr., 4. Dezember 2026\nBERLIN (dpa) - Die Polizei hat zwei Männer festgenommen.",
         [D5, D4]),
        # a date right under the brief above's last sentence may close it: not the next one's
        ("HOUSTON (AP) — Police said a man was arrested.\nFriday, Dec. 4, 2026\n"
         "DALLAS (AP) — Police said two men were arrested.", [None, None]),
        ("HOUSTON (AP) — Police said a man was arrested.\nDec. 4, 2026\n"
         "DALLAS (AP) — Police said two men were arrested.", [None, None]),
        # ... or under its sign-off (review42)
        ("HOUSTON (Reuters) - Police said a man was arrested.\n(Reporting by Jane Doe; Editing "
         "by Tom Roe)\nDec. 4, 2026\nDALLAS (Reuters) - Police said two men were arrested.",
         [None, None]),
    ],
)  # fmt: skip
def test_a_date_line_above_a_dateline_on_a_page_of_briefs(page, dates):
    records = extract_text(page)
    assert [(r["published_at"] or "")[:10] or None for r in records] == dates


# A date line above a dateline after the day the page was captured (and the next): an event's
# date, a kicker, never the brief's time (review42). The page is captured on 5 December 2026.
EVENT_DATES = [
    "Dec. 24, 2026\nBETHLEHEM, West Bank (AP) — Christmas Eve services will be held there.",
    "Thursday, Dec. 31, 2026\nNEW YORK (AP) — The ball will drop in Times Square at midnight.",
    "Jan. 20, 2027\nWASHINGTON (AP) — The inauguration committee said tickets are sold out.",
    "Do., 24. Dezember 2026\nBETHLEHEM (dpa) - Die Christmette wird auf dem Platz gefeiert.",
    "jeu. 31 déc. 2026\nPARIS (AFP) - Le feu d'artifice sera tiré à minuit.",
    "Sáb., 2 de enero de 2027\nMADRID (EFE) - La cabalgata saldrá a las seis de la tarde.",
]
# ... while the capture's day and the next (a zone ahead of the page's) stay the brief's
NEAR_DATES = [
    ("Saturday, Dec. 5, 2026\nHOUSTON (AP) — Police said a man was arrested.", D5),
    ("Sun., Dec. 6, 2026\nSYDNEY (AP) — Police said a man was arrested.", "2026-12-06"),
    ("Fr., 4. Dezember 2026\nKÖLN (dpa) - Die Polizei hat zwei Männer festgenommen.", D4),
]


@pytest.mark.parametrize("text", EVENT_DATES)
def test_a_date_line_after_the_capture_is_no_briefs_time(text):
    (record,) = extract_text(text, captured_at=CAPTURED, mentions=False)
    assert record["place"] is not None and record["published_at"] is None, record["time_text"]


@pytest.mark.parametrize(("text", "when"), NEAR_DATES)
def test_a_date_line_near_the_capture_is_the_briefs_time(text, when):
    (record,) = extract_text(text, captured_at=CAPTURED, mentions=False)
    assert (record["published_at"] or "")[:10] == when and record["time_basis"] == "meta"


def test_a_date_line_above_is_the_page_stamps_basis():
    (record,) = extract_text("Saturday, Dec. 5, 2026\nHOUSTON (AP) — Police said a man was hurt.")
    assert (record["time_basis"], record["time_text"]) == ("meta", "Saturday, Dec. 5, 2026")


@pytest.mark.parametrize(
    ("code", "words"),
    [("de", {"sa", "so", "mo"}), ("es", {"sáb", "sab", "mié", "mie"}), ("fr", {"sam", "dim"}),
     ("nl", {"za", "zo"}), ("it", {"sab", "gio"}), ("pt", {"sáb", "seg"}), ("sl", {"sob"})],
)  # fmt: skip
def test_cldr_abbreviated_weekdays_are_read_with_their_accent_free_twins(code, words):
    abbrs = set(LANGUAGES[code].time["weekday_abbrs"])
    assert words <= abbrs and words <= WEEKDAY_ABBRS


def test_no_abbreviated_weekday_is_one_letter_or_a_wide_name():
    assert all(len(w) > 1 for w in WEEKDAY_ABBRS)
    assert not WEEKDAY_ABBRS & ALL_WEEKDAYS
