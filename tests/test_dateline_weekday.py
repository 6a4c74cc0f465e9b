"""A weekday in small letters between a dateline's place and its date, end to end (read23).

The fact: in French, Spanish, Italian, Portuguese, Dutch and Slovenian (as in most languages
but English and German) a weekday's name is written in small letters, and papers and regional
agencies in them date copy with the weekday before the date ("Roma, sabato 5 dicembre 2026 -",
"Málaga, sábado, 5 de diciembre de 2026 -", "Ljubljana, sobota, 5. decembra (STA) -"), as
English and German papers do with a capital ("LONDON, Saturday, Dec. 5 -", read as a
qualifier's slot). Such a weekday is read past only with a comma before it and a date after it:
no date, no weekday.

Written for this test from how papers print datelines, not taken from any item. The
look-alikes (committed before the reader took the weekday) are lines that name a weekday and a
date after a comma and a name that is no place filed from: venues' listings, a greeting, an
update stamp's words. None of them fired on main.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from papers_read import first_dated

from parsing.timeparse import resolve_dateline_date

# A page captured at 16:00 Central European time on Saturday 5 December 2026.
CAPTURED = datetime(2026, 12, 5, 16, 0, tzinfo=timezone(timedelta(hours=1)))

LOOKALIKES = [
    "Teatro alla Scala, sabato 5 dicembre – Prima del Don Carlo con il coro.",
    "Museo del Prado, sábado 5 de diciembre – Entrada libre para todos los visitantes.",
    "Salle Pleyel, samedi 5 décembre – Concert de l'orchestre de chambre.",
    "Coliseu dos Recreios, sábado, 5 de dezembro – Concerto de Natal da orquestra.",
    "Concertgebouw, zaterdag 5 december – Kerstconcert van het orkest.",
    "Cankarjev dom, sobota, 5. decembra – Koncert simfoničnega orkestra.",
    "Buongiorno, sabato 5 dicembre – Ecco le notizie principali del giorno.",
    "Buenos días, sábado 5 de diciembre: estas son las noticias del día.",
    "Bom dia, sábado, 5 de dezembro – Estas são as notícias do dia.",
    "Mis à jour, samedi 5 décembre 2026 – Le gouvernement a présenté son budget.",
    "Ultimo aggiornamento, sabato 5 dicembre 2026 – Il governo ha approvato il decreto.",
    "Goedemorgen, zaterdag 5 december – Dit is het nieuws van vandaag.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_weekday_after_a_name_that_is_no_place_opens_no_dateline(text):
    """A listing's venue, a greeting or a stamp's words before a weekday and a date is no
    dateline: the weekday makes no place of the name before it."""
    brief = first_dated(text, CAPTURED)
    assert brief is None or brief.dateline is None or brief.dateline.place is None


# text, place, credit(s), the date as written, the day it names
WEEKDAY_DATELINES = [
    ("Roma, sabato 5 dicembre 2026 – Il governo ha approvato il nuovo decreto.", "Roma", (),
     "5 dicembre 2026", "2026-12-05"),
    ("Milano, sabato 5 dicembre (askanews) - La Borsa ha chiuso in rialzo.", "Milano",
     ("askanews",), "5 dicembre", "2026-12-05"),
    ("Madrid, sábado 5 de diciembre de 2026. El Gobierno ha aprobado hoy una ley.", "Madrid",
     (), "5 de diciembre de 2026", "2026-12-05"),
    ("Málaga, sábado, 5 de diciembre de 2026 – La ciudad recibe a miles de turistas.",
     "Málaga", (), "5 de diciembre de 2026", "2026-12-05"),
    ("Paris, samedi 5 décembre 2026 – Le gouvernement a présenté un nouveau projet.", "Paris",
     (), "5 décembre 2026", "2026-12-05"),
    ("Lisboa, sábado, 5 de dezembro (Lusa) - O Governo aprovou hoje o orçamento.", "Lisboa",
     ("Lusa",), "5 de dezembro", "2026-12-05"),
    ("Faro, sexta-feira, 4 de dezembro de 2026 – A região recebeu milhares de turistas.",
     "Faro", (), "4 de dezembro de 2026", "2026-12-04"),
    ("Ljubljana, sobota, 5. decembra 2026 – Vlada je danes sprejela nov zakon.", "Ljubljana",
     (), "5. decembra 2026", "2026-12-05"),
    ("Amsterdam, zaterdag 5 december 2026 – Het kabinet heeft nieuwe regels aangekondigd.",
     "Amsterdam", (), "5 december 2026", "2026-12-05"),
    ("Gent, vrijdag 4 december (Belga) - Het stadsbestuur heeft een nieuw plan voorgesteld.",
     "Gent", ("Belga",), "4 december", "2026-12-04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "agencies", "date", "day"), WEEKDAY_DATELINES)
def test_a_weekday_in_small_letters_before_the_date_is_read_past(text, place, agencies, date, day):
    """The place, the credit and the date of a dateline with a weekday before its date; the
    weekday is no part of the date's text, and the date names its day."""
    brief = first_dated(text, CAPTURED)
    assert brief is not None
    dl = brief.dateline
    assert (dl.place, dl.agencies, dl.date_text) == (place, agencies, date)
    when = resolve_dateline_date(date, brief.lang, CAPTURED)
    assert when is not None and when.date().isoformat() == day


@pytest.mark.parametrize(
    "text",
    [
        "Roma, sabato – Il governo ha approvato il nuovo decreto.",
        "Madrid, sábado y domingo. El Gobierno ha aprobado hoy una ley.",
    ],
)
def test_a_weekday_with_no_date_after_it_is_not_read_as_a_date(text):
    """No date, no weekday: the weekday alone after a place dates nothing."""
    brief = first_dated(text, CAPTURED)
    assert brief is None or brief.dateline.date_text is None
