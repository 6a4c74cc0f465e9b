"""Dateline shapes newspapers still lost (read24), end to end, in the web set's languages.

Written for this test before the parser read them, from how papers set a story's first line, not
taken from any item: a date before the dateline on its line ("Dec. 5, 2026 — HOUSTON —",
"05.12.2026, Leipzig -", "5 dicembre 2026, MILANO -"), a page's update stamp there ("Aktualisiert
am 05.12.2026, 10:32 Uhr. Leipzig.", "Mis à jour le 05/12/2026 à 10h32. TOULOUSE -"), twin cities
and metro areas joined by a hyphen ("MINNEAPOLIS-ST. PAUL (AP) —"), a byline with a preposition
before its town on its own line ("By Jane Smith, in Cardiff"), and their look-alikes: a
country's name before a bar as a page's section ("Slovenija | Vlada ..."; before a dash it
stays a dateline), a headline that opens with a date, "updated" in prose, a byline with no
town, a real hyphenated town ("Garmisch-Partenkirchen").

Rows as the seventh table's: text, language, place (as written), country, agencies as written,
and the time the text gives for a page captured at ``CAPTURED``; read as ``wiremap extract``
reads a text (``papers_read``). The blind probes behind each rule (every country's name in
eight languages, twelve towns a language for each shape) are counted in the branch's report.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from papers_read import assert_row_read, assert_table_sized, first_dated

from pipeline.extract import extract_text

# A page captured at 16:00 Central European time (15:00 UTC) on Saturday 5 December 2026.
CAPTURED = datetime(2026, 12, 5, 16, 0, tzinfo=timezone(timedelta(hours=1)))
D5 = "2026-12-05"

# text, language, place, country, agencies as written, time (or None)
STYLES = [
    # --- a date before the dateline on its line: the brief's date
    ("Dec. 5, 2026 — HOUSTON — Police said a man was arrested after a crash on Friday.", "en",
     "HOUSTON", "US", (), D5),
    ("December 5, 2026, Seattle — The city council approved a new budget on Friday.", "en",
     "Seattle", "US", (), D5),
    ("05.12.2026, Leipzig - Die Polizei hat am Freitag einen Mann festgenommen.", "de",
     "Leipzig", "DE", (), D5),
    ("5. Dezember 2026 – DRESDEN – Die Stadt plant eine neue Elbbrücke.", "de", "DRESDEN", "DE",
     (), D5),
    ("5 décembre 2026 - TOULOUSE - La police a arrêté un homme vendredi soir.", "fr",
     "TOULOUSE", "FR", (), D5),
    ("05/12/2026, Lyon – La mairie a voté son budget vendredi.", "fr", "Lyon", "FR", (), D5),
    ("5 dicembre 2026, MILANO - La polizia ha arrestato un uomo venerdì sera.", "it", "MILANO",
     "IT", (), D5),
    ("5 de diciembre de 2026, BILBAO.- La policía detuvo a un hombre el viernes.", "es",
     "BILBAO", "ES", (), D5),
    ("5 de dezembro de 2026 – RECIFE – A polícia prendeu um homem na sexta-feira.", "pt",
     "RECIFE", "BR", (), D5),
    ("05-12-2026 - Utrecht - De politie heeft vrijdag een man aangehouden.", "nl", "Utrecht",
     "NL", (), D5),
    ("5. decembra 2026 - CELJE - Policisti so v petek prijeli moškega.", "sl", "CELJE", "SI",
     (), D5),
    ("5. 12. 2026, MARIBOR - Policisti so v petek prijeli moškega.", "sl", "MARIBOR", "SI", (),
     D5),
    # a day's stop and a month in capitals (German nouns), a weekday before the date (review31)
    ("5. Dezember 2026, Leipzig - Die Polizei hat am Freitag einen Mann festgenommen.", "de",
     "Leipzig", "DE", (), D5),
    ("Samstag, 05.12.2026, Leipzig - Die Polizei hat am Freitag einen Mann festgenommen.", "de",
     "Leipzig", "DE", (), D5),
    ("Sabato 5 dicembre 2026, Torino - La polizia ha arrestato un uomo venerdì.", "it",
     "Torino", "IT", (), D5),
    ("Sobota, 5. 12. 2026 — KRANJ — Policisti so v petek prijeli moškega.", "sl", "KRANJ",
     "SI", (), D5),
    ("Zaterdag 5 december 2026, Utrecht - De politie heeft vrijdag een man aangehouden.", "nl",
     "Utrecht", "NL", (), D5),
    ("Jeudi 3 décembre 2026, Lyon - La police a arrêté un homme jeudi soir.", "fr", "Lyon",
     "FR", (), "2026-12-03"),
    ("Quinta-feira, 3 de dezembro de 2026, Recife - A polícia prendeu um homem.", "pt",
     "Recife", "BR", (), "2026-12-03"),
    # --- a page's update stamp before the dateline on its line: the stamp is the time
    ("Updated Dec. 5, 2026 10:32 a.m. CHICAGO — Police said a man was arrested on Friday.",
     "en", "CHICAGO", "US", (), D5),
    ("Aktualisiert am 05.12.2026, 10:32 Uhr. Leipzig. Die Polizei hat einen Mann "
     "festgenommen.", "de", "Leipzig", "DE", (), D5),
    ("Mis à jour le 05/12/2026 à 10h32. TOULOUSE - La police a arrêté un homme.", "fr",
     "TOULOUSE", "FR", (), D5),
    ("Aggiornato il 5 dicembre 2026 alle 10:32. TORINO - La polizia ha arrestato un uomo.",
     "it", "TORINO", "IT", (), D5),
    ("Actualizado el 5 de diciembre de 2026, 10:32. SEVILLA.- La policía detuvo a un hombre.",
     "es", "SEVILLA", "ES", (), D5),
    ("Atualizado em 05/12/2026 às 10h32. CURITIBA - A polícia prendeu um homem.", "pt",
     "CURITIBA", "BR", (), D5),
    ("Bijgewerkt op 5 december 2026, 10:32. ZWOLLE - De politie heeft een man aangehouden.",
     "nl", "ZWOLLE", "NL", (), D5),
    ("Posodobljeno: 5. 12. 2026, 10.32. KRANJ - Policisti so v petek prijeli moškega.", "sl",
     "KRANJ", "SI", (), D5),
    # --- twin cities and metro areas: the first of two known towns, the whole unknown
    ("MINNEAPOLIS-ST. PAUL (AP) — Police said a man was arrested on Friday.", "en",
     "MINNEAPOLIS", "US", ("AP",), None),
    ("DALLAS-FORT WORTH (AP) — Storms knocked out power to thousands of homes.", "en",
     "DALLAS", "US", ("AP",), None),
    ("RALEIGH-DURHAM (AP) — The airport reopened on Friday after the storm.", "en", "RALEIGH",
     "US", ("AP",), None),
    ("MANNHEIM-LUDWIGSHAFEN (dpa) - Die Polizei hat am Freitag einen Mann festgenommen.", "de",
     "MANNHEIM", "DE", ("dpa",), None),
    ("NANTES-SAINT-NAZAIRE (AFP) - La police a arrêté un homme vendredi.", "fr", "NANTES",
     "FR", ("AFP",), None),
    ("ARNHEM-NIJMEGEN (ANP) - De politie heeft vrijdag een man aangehouden.", "nl", "ARNHEM",
     "NL", ("ANP",), None),
    # --- a real hyphenated town stays itself
    ("GARMISCH-PARTENKIRCHEN (dpa) - Die Polizei hat am Freitag einen Mann festgenommen.",
     "de", "GARMISCH-PARTENKIRCHEN", "DE", ("dpa",), None),
    ("WINSTON-SALEM, N.C. (AP) — Police said a man was arrested on Friday.", "en",
     "WINSTON-SALEM", "US", ("AP",), None),
    ("STRATFORD-UPON-AVON (PA) - Police said a man was arrested on Friday.", "en",
     "STRATFORD-UPON-AVON", "GB", ("PA",), None),
    ("SAINT-ÉTIENNE (AFP) - La police a arrêté un homme vendredi.", "fr", "SAINT-ÉTIENNE",
     "FR", ("AFP",), None),
    ("BADEN-BADEN (dpa) - Die Polizei hat am Freitag einen Mann festgenommen.", "de",
     "BADEN-BADEN", "DE", ("dpa",), None),
    # --- a byline, a preposition and the town on its own line, the body below
    ("By Jane Smith, in Cardiff\nPolice said a man was arrested on Friday.", "en", "Cardiff",
     "GB", (), None),
    ("Von Hans Meier, in Leipzig\nDie Polizei hat am Freitag einen Mann festgenommen.", "de",
     "Leipzig", "DE", (), None),
    ("Par Jeanne Martin, à Toulouse\nLa police a arrêté un homme vendredi.", "fr", "Toulouse",
     "FR", (), None),
    ("Di Marco Rossi, a Milano\nLa polizia ha arrestato un uomo venerdì.", "it", "Milano", "IT",
     (), None),
    ("di Giulia Bianchi, a Bologna\nLa polizia ha arrestato un uomo venerdì.", "it", "Bologna",
     "IT", (), None),
    ("Por Ana López, en Sevilla\nLa policía detuvo a un hombre el viernes.", "es", "Sevilla",
     "ES", (), None),
    ("Door Sanne Visser, in Groningen\nDe politie heeft vrijdag een man aangehouden.", "nl",
     "Groningen", "NL", (), None),
    # --- a country with a credit, a date, or in capitals before a stop-dash is a dateline
    ("BRASIL (Reuters) - O governo anunciou nesta sexta-feira um novo programa.", "pt",
     "BRASIL", "BR", ("Reuters",), None),
    ("SUECIA.- El Gobierno presentó el viernes su plan de pensiones.", "es", "SUECIA", "SE", (),
     None),
    ("Brasil – SÃO PAULO (Reuters) – O governo anunciou um novo programa.", "pt", "SÃO PAULO",
     "BR", ("Reuters",), None),
    ("Singapur – Die Regierung hat am Freitag den Haushalt beschlossen.", "de", "Singapur",
     "SG", (), None),
    # a country's name before a dash stays a dateline, as a labelled corpus reads one
    ("Brasil – O governo anunciou um novo programa de habitação.", "pt", "Brasil", "BR", (),
     None),
    ("Deutschland – Die Regierung hat den neuen Haushalt beschlossen.", "de", "Deutschland",
     "DE", (), None),
    ("Marruecos – El Gobierno aprobó el nuevo presupuesto.", "es", "Marruecos", "MA", (), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "place", "cc", "agencies", "when"), STYLES)
def test_read24_dateline(resolver, text, lang, place, cc, agencies, when):
    assert_row_read(resolver, (text, lang, place, cc, agencies, when), CAPTURED)


# text, language: no dateline in any of them
LOOK_ALIKES = [
    # a country's name before a bar where a line starts: a page's section
    ("Slovenija | Vlada je v petek sprejela nov proračun.", "sl"),
    ("Italy | The government approved the new budget on Friday.", "en"),
    ("Francia | Il governo ha approvato il nuovo bilancio.", "it"),
    ("Pologne | Le gouvernement a adopté le nouveau budget.", "fr"),
    ("Hrvaška | Vlada je sprejela nov proračun.", "sl"),
    ("ARGENTINA | El Gobierno aprobó el nuevo presupuesto.", "es"),
    # a headline that opens with a date: no dateline after it
    ("Dec. 5, 2026, Houston and Dallas brace for the storm as schools close early", "en"),
    ("05.12.2026, Leipzig feiert den Advent mit einem großen Markt", "de"),
    ("5 dicembre 2026, Roma e Milano in piazza contro la manovra", "it"),
    ("5 décembre 2026, Toulouse et Lyon sous la neige : les écoles ferment", "fr"),
    ("5 de diciembre de 2026, Sevilla y Málaga bajo la lluvia", "es"),
    ("5 december 2026, Utrecht en Rotterdam onder de sneeuw", "nl"),
    ("5 dicembre 2026, Milan - Inter 2-1 a San Siro", "it"),
    ("Samstag, 05.12.2026, Leipzig feiert den Advent mit einem großen Markt", "de"),
    ("5. Dezember 2026 – Bayern 2, Dortmund 1", "de"),
    ("5 December 2026 — LEEDS 2 BURNLEY 1", "en"),
    ("Italia | Serie A", "it"),
    ("SLOVENIJA | Vlada je v petek sprejela nov proračun.", "sl"),
    # "updated" in prose, a stamp over no dateline
    ("The city updated its rules on Dec. 5, 2026. Chicago officials said buses would run.", "en"),
    ("Aktualisiert am 05.12.2026, 10:32 Uhr. Die Polizei in Leipzig sucht Zeugen.", "de"),
    ("Mis à jour le 05/12/2026 à 10h32. La police de Toulouse cherche des témoins.", "fr"),
    ("On Dec. 5, 2026, Denver - the state capital - saw its first snow of the season.", "en"),
    # a byline and a preposition with no town, a headline with one
    ("By Jane Smith, in an interview\nThe mayor said the budget would pass.", "en"),
    ("Floods, in Cardiff\nPolice said a man was arrested on Friday.", "en"),
    ("Von Hans Meier, in Zusammenarbeit mit Anna Schulz\nDie Stadt plant eine Brücke.", "de"),
    ("Par Jeanne Martin, à la une\nLa mairie a voté son budget.", "fr"),
    ("Di Marco Rossi, a cura di Giulia Bianchi\nIl Comune ha approvato il bilancio.", "it"),
    ("Grève, à Toulouse\nLa police a arrêté un homme vendredi.", "fr"),
    ("Paniek, in Utrecht\nDe politie heeft vrijdag een man aangehouden.", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_read24_look_alike_is_no_dateline(text, lang):
    brief = first_dated(text, CAPTURED)
    assert brief is None, brief.dateline


def test_the_table_is_as_large_as_its_brief():
    """At least 40 datelines and 25 look-alikes, each text once."""
    assert_table_sized(STYLES, LOOK_ALIKES, 40, 25)


@pytest.mark.parametrize(
    ("text", "basis", "time_text"),
    [
        # a date alone before the dateline is the brief's date, as one after the place is
        ("Dec. 5, 2026 — HOUSTON — Police said a man was arrested.", "dateline", "Dec. 5, 2026"),
        ("05.12.2026, Leipzig - Die Polizei hat einen Mann festgenommen.", "dateline",
         "05.12.2026"),
        # a stamp with its clock is the page's (a clock with no zone gives its date alone)
        ("Updated Dec. 5, 2026 10:32 a.m. CHICAGO — Police said a man was arrested.", "meta",
         "Updated Dec. 5, 2026 10:32 a.m."),
        ("Aktualisiert am 05.12.2026, 10:32 Uhr. Leipzig. Die Polizei hat einen Mann "
         "festgenommen.", "meta", "Aktualisiert am 05.12.2026, 10:32 Uhr."),
    ],
)  # fmt: skip
def test_the_date_or_stamp_before_the_dateline_says_how_it_was_read(text, basis, time_text):
    (record,) = extract_text(text, captured_at=CAPTURED)
    assert (record["time_basis"], record["time_text"]) == (basis, time_text)


def test_a_date_with_no_year_before_the_dateline_needs_the_capture_time():
    """ "Dec. 5 — HOUSTON —" is a date of the capture's year, as after the place; with no capture
    time it gives no time (none is invented)."""
    text = "Dec. 5 — HOUSTON — Police said a man was arrested on Friday."
    (dated,) = extract_text(text, captured_at=CAPTURED)
    (undated,) = extract_text(text)
    assert (dated["place"], dated["published_at"][:10]) == ("HOUSTON", D5)
    assert (undated["place"], undated["published_at"]) == ("HOUSTON", None)


def test_a_pair_of_towns_names_both_and_says_why_the_first():
    (record,) = extract_text("DALLAS-FORT WORTH (AP) — Storms knocked out power to thousands.")
    assert record["places"] == ["DALLAS", "FORT WORTH"]
    assert record["location_name"] == "Dallas" and record["country_code"] == "US"
    assert record["location_reason"].startswith("the first of the pair DALLAS-FORT WORTH: ")


def test_a_bylines_town_after_its_preposition_is_read_from_the_byline():
    (record,) = extract_text("By Jane Smith, in Cardiff\nPolice said a man was arrested.")
    assert record["location_name"] == "Cardiff"
    assert record["location_reason"].startswith("read from the byline")
