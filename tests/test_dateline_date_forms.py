"""The date a paper writes after its place in a title-case dateline, in its own style, read.

Written for this test, in the styles of the papers of each language (never from an item): the
article or preposition before the date ("Lille, le 3 décembre 2026 -", "Berlin, den 3. Dezember
-", "Odense, lørdag den 3. januar -"), a weekday alone ("Paris, mardi -"), a day's ordinal mark
("1er janvier", "1º de enero") and Catalan's links ("3 d'abril", "3 de gener del 2026"). Each
row: the text, its language, the place as written, its country, and the date read into
``published_at`` for a text captured at ``CAPTURED`` (the year inferred where the dateline gives
none; a weekday alone gives none). The look-alikes hold a town and a date with no dateline: a
sentence with no dash, a person's name before the article's date or a weekday, a weekday and a
date with no place.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from papers_read import assert_row_read, first_dated

# A page captured at 16:00 Central European time (15:00 UTC) on Monday 7 December 2026.
CAPTURED = datetime(2026, 12, 7, 16, 0, tzinfo=timezone(timedelta(hours=1)))

# text, language, place as written, country, agencies, date
FORMS = [
    # a weekday alone names no date: the place is read, the time stays unknown
    ("Paris, mardi - La police a interpellé un homme.", "fr", "Paris", "FR", (), None),
    ("Milano, martedì - La polizia ha fermato un uomo.", "it", "Milano", "IT", (), None),
    ("Sevilla, viernes - La policía detuvo a un hombre.", "es", "Sevilla", "ES", (), None),
    (
        "Lille, le 3 décembre 2026 - La police a interpellé un homme.",
        "fr",
        "Lille",
        "FR",
        (),
        "2026-12-03",
    ),
    (
        "Toulouse, le 14 mars - Le conseil municipal a voté le budget.",
        "fr",
        "Toulouse",
        "FR",
        (),
        "2026-03-14",
    ),
    (
        "Nantes, 1er juillet - Les pompiers sont intervenus dans la nuit.",
        "fr",
        "Nantes",
        "FR",
        (),
        "2026-07-01",
    ),
    (
        "Sevilla, el 9 de mayo de 2026 - La policía detuvo a un hombre en el centro.",
        "es",
        "Sevilla",
        "ES",
        (),
        "2026-05-09",
    ),
    (
        "Bilbao, 1º de octubre - El ayuntamiento aprobó las cuentas.",
        "es",
        "Bilbao",
        "ES",
        (),
        "2026-10-01",
    ),
    (
        "Torino, il 21 novembre 2026 - La polizia ha fermato un uomo.",
        "it",
        "Torino",
        "IT",
        (),
        "2026-11-21",
    ),
    (
        "Bologna, 1º agosto - Il sindaco ha firmato l'ordinanza.",
        "it",
        "Bologna",
        "IT",
        (),
        "2026-08-01",
    ),
    (
        "Recife, 1º de junho - A polícia deteve um homem no centro.",
        "pt",
        "Recife",
        "BR",
        (),
        "2026-06-01",
    ),
    (
        "Dresden, den 3. Dezember 2026 - Die Polizei hat einen Mann festgenommen.",
        "de",
        "Dresden",
        "DE",
        (),
        "2026-12-03",
    ),
    (
        "Leipzig, am 12. Oktober - Der Stadtrat hat den Haushalt beschlossen.",
        "de",
        "Leipzig",
        "DE",
        (),
        "2026-10-12",
    ),
    (
        "Odense, lørdag den 3. januar - Politiet anholdt en mand ved stationen.",
        "da",
        "Odense",
        "DK",
        (),
        "2026-01-03",
    ),
    (
        "Malmö, den 5 februari - Polisen grep en man i centrum.",
        "sv",
        "Malmö",
        "SE",
        (),
        "2026-02-05",
    ),
    ("Girona, 3 d'abril - La policia ha detingut un home.", "ca", "Girona", "ES", (), "2026-04-03"),
    # a weekday alone, and another weekday later in the brief: still the dateline's
    ("Lyon, samedi - Marseille a battu Nice dimanche dernier.", "fr", "Lyon", "FR", (), None),
    ("Madrid, lunes - El Gobierno aprobó el decreto el viernes.", "es", "Madrid", "ES", (), None),
    (
        "Lleida, dimarts, 3 de febrer del 2026 - L'ajuntament ha aprovat el pressupost.",
        "ca",
        "Lleida",
        "ES",
        (),
        "2026-02-03",
    ),
]


@pytest.mark.parametrize(("text", "lang", "place", "cc", "agencies", "when"), FORMS)
def test_date_form_read(resolver, text, lang, place, cc, agencies, when):
    assert_row_read(resolver, (text, lang, place, cc, agencies, when), CAPTURED)


# text, language: no dateline in any of them
LOOK_ALIKES = [
    ("Rossi, martedì - Il sindaco ha firmato l'ordinanza.", "it"),
    ("Paris, mardi, la police a interpellé un homme.", "fr"),
    ("Paris, le 3 décembre, a vu la police interpeller un homme.", "fr"),
    ("Madrid, el 3 de diciembre, la policía detuvo a un hombre.", "es"),
    ("Roma, il 3 dicembre, la polizia ha fermato un uomo.", "it"),
    ("Merkel, am 3. Dezember - Die Kanzlerin hat den Haushalt verteidigt.", "de"),
    ("Merkel, am Montag - Die Kanzlerin hat den Haushalt verteidigt.", "de"),
    ("Montag, 3. Dezember - Die Polizei hat einen Mann festgenommen.", "de"),
    ("Mardi 3 décembre - La police a interpellé un homme.", "fr"),
    ("Lyon, le 5 décembre 2026\nMadame, Monsieur,", "fr"),
    ("« Paris, le 3 décembre - La police a interpellé un homme. »", "fr"),
    # a weekday alone, then a second one: a span of days or a list of fixtures, no dateline
    ("Paris, mardi – jeudi : les grèves continuent dans les transports.", "fr"),
    ("Lyon, samedi - Marseille, dimanche : les deux clubs jouent à domicile.", "fr"),
    ("Madrid, lunes - viernes de 9 a 14 horas, atención al público.", "es"),
    ("Roma, sabato - Napoli, domenica - Bari, lunedì: il tour del cantante.", "it"),
    ("Milano, martedì – giovedì: sciopero dei mezzi pubblici.", "it"),
    ("Rotterdam, zaterdag - Den Haag, zondag: de wedstrijden van het weekend.", "nl"),
    ("Ljubljana, ponedeljek - petek od 8. do 16. ure.", "sl"),
    ("Barcelona, dilluns - divendres: horari d'atenció.", "ca"),
    # an article before a figure that is no date
    ("Madrid, el 3% de los hogares - según el instituto - no tiene calefacción.", "es"),
    ("Marseille, le 2-1 face à Lyon - une victoire importante.", "fr"),
    ("Berlin, den 3. Platz - ein Erfolg für die Mannschaft.", "de"),
    ("Paris, le 3e arrondissement - un quartier qui change.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_date_form_look_alike_is_no_dateline(text, lang):
    brief = first_dated(text, CAPTURED)
    assert brief is None, brief.dateline
