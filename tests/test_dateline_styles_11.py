"""Dateline shapes left by read26 (read27), end to end, in the languages the parser reads.

Written for this test, not taken from any item: a weekday's short form with its stop before a
date and the place ("Tors. 3.12.2026 | København |", "Čet. 3.12.2026, Celje -"), which the
reader of "PLACE. body" took for a town ("Tors" for Tours); a date alone and a spaced bar before
the place ("So 6.12.2026 | Wien | ..."), read as the brief's date as before a comma or a dash;
and a date before the place after the day the page was captured (and the next), an event's date
and never the brief's, as above a dateline (review42). Their look-alikes: a town and its stop
before a body that opens with a figure ("Tours. 3 personnes ..."), a section, a clock or an
issue's number before a bar ("Sport | Wien |", "14:32 | Wien |"), and dates up to the day after
the capture, which stay the brief's.

The blind probes behind each rule (every abbreviated weekday of twelve languages with its stop,
before a bar and a comma; 24 dates of ten languages before a bar; 14 dates after the capture and
12 before it, before a dash and a comma) are counted in the branch's report.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.extract import extract_text

# A page captured at 08:00 UTC on Monday 7 December 2026.
CAPTURED = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def _read(text: str) -> tuple[str | None, str | None]:
    (record,) = extract_text(text, captured_at=CAPTURED, mentions=False)
    return record["place"], (record["published_at"] or "")[:10] or None


# A weekday's short form, capitalised, with its stop, then a date and the place: the place after
# the date, the date the brief's.
WEEKDAY_STOPS = [
    ("Tors. 3.12.2026 | København | Politiet anholdt en mand i nat.", "København", "2026-12-03"),
    ("Tors. 3.12.2026, København - Politiet anholdt en mand i nat.", "København", "2026-12-03"),
    ("Tor. 3.12.2026 | Oslo | Politiet pågrep en mann i natt.", "Oslo", "2026-12-03"),
    ("Do. 3.12.2026 | Leipzig | Die Polizei nahm einen Mann fest.", "Leipzig", "2026-12-03"),
    ("Jeu. 3.12.2026 | Toulouse | La police a interpellé un homme.", "Toulouse", "2026-12-03"),
    ("Jue. 3.12.2026 | Zaragoza | La policía detuvo a un hombre.", "Zaragoza", "2026-12-03"),
    ("Gio. 3.12.2026 | Parma | La polizia ha arrestato un uomo.", "Parma", "2026-12-03"),
    ("Qui. 3.12.2026 | Coimbra | A polícia deteve um homem.", "Coimbra", "2026-12-03"),
    ("Čet. 3.12.2026 | Celje | Policisti so prijeli moškega.", "Celje", "2026-12-03"),
    ("Czw. 3.12.2026 | Kraków | Policja zatrzymała mężczyznę.", "Kraków", "2026-12-03"),
]
# A date alone and a spaced bar before the place: the brief's date, as before a comma.
D6 = "2026-12-06"
BAR_DATES = [
    ("So 6.12.2026 | Wien | Die Polizei nahm einen Mann fest.", "Wien", D6),
    ("Sonntag, 6. Dezember 2026 | Leipzig | Die Polizei nahm einen Mann fest.", "Leipzig", D6),
    ("zo 6 december 2026 | Utrecht | De politie heeft een man opgepakt.", "Utrecht", D6),
    ("dim. 6 déc. 2026 | Toulouse | La police a interpellé un homme.", "Toulouse", D6),
    ("6 de diciembre de 2026 | Zaragoza | La policía detuvo a un hombre.", "Zaragoza", D6),
    ("Sunday, Dec. 6, 2026 | Denver | Police arrested a man overnight.", "Denver", D6),
    ("6. decembra 2026 | Celje | Policisti so prijeli moškega.", "Celje", D6),
]
# A date before the place after the capture's day and the next: no time; up to it: the brief's.
BEFORE_PLACE_DATES = [
    ("Dec. 24, 2026 — BETHLEHEM — Christmas Eve services will be held there.", "BETHLEHEM", None),
    ("24.12.2026, Leipzig - Die Christmette wird im Dom gefeiert.", "Leipzig", None),
    ("Jan. 5, 2027, Denver - Police said the trial will open then.", "Denver", None),
    ("24 dicembre 2026 — PARMA — La messa sarà celebrata in piazza.", "PARMA", None),
    ("Dec. 9, 2026 — DENVER — Police said the trial will open then.", "DENVER", None),
    ("Dec. 8, 2026 — DENVER — Police arrested a man overnight.", "DENVER", "2026-12-08"),
    ("05.12.2026, Leipzig - Die Polizei nahm einen Mann fest.", "Leipzig", "2026-12-05"),
    ("5 décembre 2026 — TOULOUSE — La police a interpellé un homme.", "TOULOUSE", "2026-12-05"),
    ("Nov. 30, 2026, Denver - Police arrested a man overnight.", "Denver", "2026-11-30"),
]
# Look-alikes: a town and its stop before a figure stays the town; what stands before a bar and
# is no date gives no time.
LOOK_ALIKES = [
    ("Tours. 3 personnes ont été blessées samedi.", "Tours", None),
    ("Torino. 5 persone sono rimaste ferite nella notte.", "Torino", None),
    ("Bremen. 3 Menschen wurden bei dem Unfall verletzt.", "Bremen", None),
    ("Sport | Wien | Die Polizei nahm einen Mann fest.", None, None),
    ("14:32 | Wien | Die Polizei nahm einen Mann fest.", "Wien", None),
    ("Ausgabe 12 | Leipzig | Die Polizei nahm einen Mann fest.", None, None),
    ("Jane Doe | Denver | Police arrested a man overnight.", None, None),
]


@pytest.mark.parametrize(
    ("text", "place", "when"), WEEKDAY_STOPS + BAR_DATES + BEFORE_PLACE_DATES + LOOK_ALIKES
)
def test_place_and_date_around_a_weekday_a_bar_or_a_later_date(text, place, when):
    assert _read(text) == (place, when)


def test_a_date_before_the_place_after_the_capture_keeps_the_place_only():
    (record,) = extract_text(
        "Dec. 24, 2026 — BETHLEHEM — Christmas Eve services will be held there.",
        captured_at=CAPTURED,
        mentions=False,
    )
    assert (record["time_basis"], record["time_text"]) == (None, None)
    assert record["location_source"] == "dateline"


def test_a_date_before_a_bar_is_the_datelines_date():
    (record,) = extract_text(
        "So 6.12.2026 | Wien | Die Polizei nahm einen Mann fest.",
        captured_at=CAPTURED,
        mentions=False,
    )
    assert (record["time_basis"], record["time_text"]) == ("dateline", "So 6.12.2026")
    assert record["country_code"] == "AT"


# A date alone under a byline, a blank line before the dateline: the byline opens the brief
# below, so the date is that brief's, on a page of briefs too; a later date is none.
BYLINE_DATES = [
    ("By Jane Doe\nDec. 5, 2026\n\nDENVER (AP) — A man was hurt in a crash.", ["2026-12-05"]),
    (
        "OTHER (AP) — Earlier copy ends here.\n\nBy JANE DOE\nSaturday, Dec. 5, 2026\n\n"
        "BOISE, Idaho (AP) — A fire broke out overnight.",
        [None, "2026-12-05"],
    ),
    (
        "Von Anna Muster\nSa., 5. Dezember 2026\n\nLeipzig – Ein Mann wurde verletzt.",
        ["2026-12-05"],
    ),
    ("By Jane Doe\nDec. 24, 2026\n\nBETHLEHEM (AP) — Services will be held.", [None]),
    # no byline above the date: the brief above may close with it
    (
        "OTHER (AP) — Earlier copy ends here.\nDec. 5, 2026\n\nDENVER (AP) — A man was hurt.",
        [None, None],
    ),
    ("Fire in the old town\nDec. 5, 2026\n\nDENVER (AP) — A man was hurt in a crash.", [None]),
    # writers joined by a conjunction are a byline still
    ("By Jane Doe and John Roe\nDec. 5, 2026\n\nDENVER (AP) — A man was hurt.", ["2026-12-05"]),
    # a byline word opening a sentence is no byline (review43)
    ("By the time police came\nDec. 5, 2026\n\nDENVER (AP) — A man was hurt.", [None]),
    ("By 2030 the city plans more\nDec. 5, 2026\n\nDENVER (AP) — A man was hurt.", [None]),
    (
        "OTHER (AP) — Copy ends here.\nBy Friday the road was open.\nDec. 4, 2026\n\n"
        "DENVER (AP) — A man was hurt.",
        [None, None],
    ),
    # a byline right under the brief above's last sentence is its sign-off (review43)
    (
        "OTHER (AP) — Copy ends here.\nBy Jane Doe\nDec. 4, 2026\n\nDENVER (AP) — A man was hurt.",
        [None, None],
    ),
    # the line above the date is the brief above's dateline, not the page's first line (review43)
    (
        "By Jane Doe\nOTHER (AP) — Copy ends here\nDec. 4, 2026\n\nDENVER (AP) — A man was hurt.",
        [None, None],
    ),
]


@pytest.mark.parametrize(("page", "dates"), BYLINE_DATES)
def test_a_date_under_a_byline_is_the_next_briefs(page, dates):
    records = extract_text(page, captured_at=CAPTURED, mentions=False)
    assert [(r["published_at"] or "")[:10] or None for r in records] == dates
