"""The other dates in figures a title-case dateline carries (place50), in every language.

Papers print the date after the place as their locale writes it: CLDR's short and medium date
patterns give each language's order and separator ("3-12-2026" in Dutch, "2026-12-03" in
Swedish, "3.12.2026 r." in Polish, "03/12" with no year in French), often with the weekday
before it, in small letters or capitalised, and an agency after it. Each form gives the place
and the date (day and month in the language's ``time.figure_order``), a year-less one the year
that puts it nearest before the capture; look-alikes (scores, clock times, fractions, ranges,
phone numbers, a person's name, a sentence, a headline) give no date, and a weekday alone gives
the place and no time. The briefs were written for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from babel.dates import format_date, get_date_format

from parsing.dateline import find_dateline
from parsing.languages import LANGUAGES
from parsing.timeparse import resolve_dateline_date
from pipeline.extract import default_place_check, extract_text

CAPTURED = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
DEC3 = date(2026, 12, 3)

# A sentence of each language's own, so that detection names it.
BODY = {
    "nl": "De regering heeft vandaag een nieuw plan voor de woningbouw gepresenteerd.",
    "sv": "Regeringen presenterade i dag en ny plan för bostadsbyggandet i hela landet.",
    "pl": "Rząd przedstawił dziś nowy plan budowy mieszkań w całym kraju.",
    "fr": "Le gouvernement a présenté aujourd'hui un nouveau plan pour le logement.",
    "ca": "El govern ha presentat avui un nou pla per a l'habitatge a tot el país.",
    "de": "Die Regierung hat heute einen neuen Plan für den Wohnungsbau vorgestellt.",
    "hu": "A kormány ma új lakásépítési tervet mutatott be az egész ország számára.",
    "it": "Il governo ha presentato oggi un nuovo piano per la casa in tutto il paese.",
    "es": "El gobierno ha presentado hoy un nuevo plan de vivienda para todo el país.",
    "cs": "Vláda dnes představila nový plán výstavby bytů v celé zemi.",
    "da": "Regeringen fremlagde i dag en ny plan for boligbyggeriet i hele landet.",
    "tr": "Hükümet bugün ülke genelinde konut yapımı için yeni bir plan açıkladı.",
    "bg": "Правителството представи днес нов план за жилищно строителство в цялата страна.",
    "en": "The government unveiled a new plan for housing across the whole country on Thursday.",
}


def _read(text: str) -> dict:
    records = extract_text(text, captured_at=CAPTURED, captured_at_basis="given", mentions=False)
    return records[0]


def _day(d: date) -> str:
    return datetime.combine(d, datetime.min.time(), UTC).isoformat()


# (dateline as the paper prints it, language, the place, the date it gives or None)
FORMS = [
    ("Amsterdam, 3-12-2026 -", "nl", "Amsterdam", DEC3),
    ("Rotterdam, donderdag 03-12-2026 -", "nl", "Rotterdam", DEC3),
    ("Utrecht, 03-12 (ANP) -", "nl", "Utrecht", DEC3),
    ("Stockholm 2026-12-03 –", "sv", "Stockholm", DEC3),
    ("Göteborg, 2026-12-03 (TT) –", "sv", "Göteborg", DEC3),
    ("Warszawa, 3.12.2026 r. -", "pl", "Warszawa", DEC3),
    ("Kraków, czwartek 3.12.2026 r. (PAP) -", "pl", "Kraków", DEC3),
    ("Lille, 03/12 -", "fr", "Lille", DEC3),
    ("Lyon, jeudi 03/12/2026 -", "fr", "Lyon", DEC3),
    ("Nantes, 28/12 (AFP) -", "fr", "Nantes", date(2025, 12, 28)),
    ("Barcelona, 1r de desembre (EFE).-", "ca", "Barcelona", date(2026, 12, 1)),
    ("Girona, 3/12/2026 -", "ca", "Girona", DEC3),
    ("Berlin, Donnerstag, 03.12.2026 -", "de", "Berlin", DEC3),
    ("Hamburg, Donnerstag 3.12. (dpa) -", "de", "Hamburg", DEC3),
    ("Budapest, 2026. 12. 03. (MTI) –", "hu", "Budapest", DEC3),
    ("Roma, giovedì 03/12/2026 -", "it", "Roma", DEC3),
    ("Sevilla, jueves 3/12 (EFE).-", "es", "Sevilla", DEC3),
    ("Brno, čtvrtek 3. 12. 2026 -", "cs", "Brno", DEC3),
    ("Aarhus, torsdag 03.12.2026 -", "da", "Aarhus", DEC3),
    ("Ankara, Perşembe 3.12.2026 -", "tr", "Ankara", DEC3),
    ("Пловдив, 3.12.2026 г. -", "bg", "Пловдив", DEC3),
    # the order of day and month is the language's: never 3 December in US English copy
    ("Chicago, 12/13/2026 -", "en", "Chicago", date(2026, 12, 13)),
    ("Chicago, 12/3/2026 -", "en", "Chicago", None),
    # an impossible date is no date; the place is still read
    ("Lille, 31/02 -", "fr", "Lille", None),
    ("Amsterdam, 31-02-2026 -", "nl", "Amsterdam", None),
    # a weekday alone gives the place and no time, with an agency after it too
    ("Genève, mardi (ATS) -", "fr", "Genève", None),
    ("Lyon, jeudi -", "fr", "Lyon", None),
]


@pytest.mark.parametrize(("dateline", "lang", "place", "day"), FORMS)
def test_figure_form_gives_place_and_date(
    dateline: str, lang: str, place: str, day: date | None
) -> None:
    record = _read(f"{dateline} {BODY[lang]}")
    assert record["place"] == place
    if day is None:
        assert record["published_at"] is None and record["time_basis"] is None
    else:
        assert record["published_at"] == _day(day)
        assert record["time_basis"] == "dateline"


# Text that must give no date: (text, language, the place it may give or None)
LOOK_ALIKES = [
    ("Lille, 3-1 -", "fr", None),
    ("Ajax - PSV 3-1 -", "nl", None),
    ("Amsterdam, 3-12 -", "nl", None),
    ("Paris, 12.30 -", "fr", None),
    ("Paris, 12:30 -", "fr", None),
    ("Lyon, 3/4 -", "fr", None),
    ("Lyon, 24/7 -", "fr", None),
    ("Madrid, 3-12 diciembre -", "es", None),
    ("Utrecht, 06-12345678 -", "nl", None),
    ("Utrecht, 030 1234 567 -", "nl", None),
    ("Jan Janssen, 03.12.2026 -", "nl", None),
    ("03.12.2026 -", "de", None),
    ("2026-12-03 -", "sv", None),
    ("Het plan werd op 03-12-2026 in Utrecht - zo meldt", "nl", None),
    ("Inflatie in Amsterdam stijgt naar 3.12 procent - analisten", "nl", None),
    ("Stockholm vinner 2026-27 budgetomröstning -", "sv", None),
    # a lone weekday before a credit names no date, so the credit vouches for no name before it
    ("Merkel, mardi (dpa) -", "fr", None),
    ("Jan Janssen, dinsdag (ANP) -", "nl", None),
    ("Sport, samedi (AFP) -", "fr", None),
]


@pytest.mark.parametrize(("text", "lang", "place"), LOOK_ALIKES)
def test_look_alike_gives_no_date(text: str, lang: str, place: str | None) -> None:
    record = _read(f"{text} {BODY[lang]}")
    assert record["published_at"] is None
    assert record["place"] == place


def _without_year(pattern: str) -> str | None:
    """A date pattern's day and month alone ("d.M." of "d.M.yy", "dd/MM" of "dd/MM/y")."""
    if pattern.startswith("y"):
        return None  # the year first (ISO): no paper drops it
    head = pattern[: pattern.index("y")].rstrip()
    return head if head.endswith(".") else head.rstrip("/-")


def _probes() -> list[tuple[str, str, str]]:
    """Each language's own numeric date patterns (CLDR short and medium), with the year and
    without, before a town of its country, with and without its weekday and a credit."""
    towns = {"nl": "Utrecht", "de": "Köln", "fr": "Bordeaux", "it": "Torino", "es": "Valencia"}
    towns |= {"pl": "Gdańsk", "cs": "Ostrava", "da": "Odense", "no": "Bergen", "fi": "Tampere"}
    towns |= {"sv": "Uppsala", "ro": "Cluj-Napoca", "hr": "Split", "pt": "Porto", "sk": "Košice"}
    out = []
    for lang, town in towns.items():
        locale = LANGUAGES[lang].cldr[0]
        wday = format_date(DEC3, "EEEE", locale=locale)
        for width in ("short", "medium"):
            pattern = get_date_format(width, locale=locale).pattern
            if "MMM" in pattern:
                continue
            pattern = pattern.replace("yyyy", "y").replace("yy", "y")
            short = _without_year(pattern)
            forms = {pattern} if short is None else {pattern, short}
            for written in (format_date(DEC3, form, locale=locale) for form in sorted(forms)):
                for head in (f"{town}, {written}", f"{town}, {wday} {written}"):
                    out += [(f"{head} -", lang, town), (f"{head} (AFP) -", lang, town)]
    return out


@pytest.mark.parametrize(("dateline", "lang", "town"), _probes())
def test_locale_pattern_is_read(dateline: str, lang: str, town: str) -> None:
    text = f"{dateline} Body text of the brief follows here."
    dl = find_dateline(text, is_place=default_place_check(), lang=lang)
    assert dl is not None and dl.place == town
    got = resolve_dateline_date(dl.date_text or "", lang, CAPTURED)
    assert got is not None and got.date() == DEC3


# A language's own ordinal mark is no mark where a letter follows it: the "n" of Catalan "2n"
# must not eat the "n" of a month glued to its day ("2nov", "5Nov", as stamps and datelines
# write it), which read before place50 did. (date text, language, the date or None)
GLUED = [
    ("2nov", "en", date(2026, 11, 2)),
    ("5Nov", "en", date(2026, 11, 5)),
    ("21nov", "fr", date(2026, 11, 21)),
    ("3nov.", "de", date(2026, 11, 3)),
    ("30nov 2025", "en", date(2025, 11, 30)),
    ("2nov.", "it", date(2026, 11, 2)),
    ("1r de desembre", "ca", date(2026, 12, 1)),
    ("2n de desembre", "ca", date(2026, 12, 2)),
    ("4t de desembre", "ca", date(2026, 12, 4)),
    ("1r desembre", "ca", date(2026, 12, 1)),
]


@pytest.mark.parametrize(("text", "lang", "day"), GLUED)
def test_ordinal_mark_leaves_a_glued_month(text: str, lang: str, day: date) -> None:
    got = resolve_dateline_date(text, lang, CAPTURED)
    assert got is not None and got.date() == day
