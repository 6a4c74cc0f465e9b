"""A town's own name is that town's, not a city abroad's alternate name.

GeoNames lists old, foreign and local names of a place as its alternate names, with no language:
"Rugby" is an old name of East Flatbush (Brooklyn), "Pali" one of Paris, "Praya" one of Praia.
Where such a name is the own name of a town of 10,000 people or more, the city abroad is read
only where the text names its country ("the southern Lebanese city of Saida": Sidon), or where
it is ten times bigger than the town (an exonym papers write: "Medina"). Dutch "rond" and
"rondom" (around) introduce a place as English "around" does. Briefs written for this.
"""

from __future__ import annotations

import pytest
from papers_read import places_read as read

# text, language, place as written, (country, or None: unread)
CASES = [
    ("Police in Rugby said on Friday that two people were hurt.", "en", "Rugby", "GB"),
    ("Police in Pali said on Friday that two people were hurt.", "en", "Pali", "IN"),
    (
        "Die Polizei in Viborg teilte am Freitag mit, zwei Menschen seien verletzt.",
        "de",
        "Viborg",
        "DK",
    ),
    ("Floods hit homes in Kendal, police said.", "en", "Kendal", "GB"),
    ("Police in Falmouth said two fishermen were rescued.", "en", "Falmouth", "GB"),
    # the city abroad with its country named
    (
        "Troops clashed outside the southern coastal city of Saida, the Lebanese army said.",
        "en",
        "Saida",
        "LB",
    ),
    # an exonym of a city ten times bigger than the town
    ("Pilgrims gathered in Medina on Friday, Saudi officials said.", "en", "Medina", "SA"),
    # Dutch "rond" introduces a place
    (
        "KYIV (ANP) - Vooral rond Pokrovsk wordt hevig gevochten, meldt het leger.",
        "nl",
        "Pokrovsk",
        "UA",
    ),
    (
        "De rook was rondom Coesfeld nog urenlang te zien, meldt de brandweer.",
        "nl",
        "Coesfeld",
        "DE",
    ),
]


@pytest.mark.parametrize(("text", "lang", "place", "cc"), CASES)
def test_a_town_is_read_by_its_own_name(resolver, text, lang, place, cc):
    got = [c for p, c in read(resolver, text, lang) if p == place]
    assert got == [cc], f"{place!r} in {text!r}: {got}"


@pytest.mark.parametrize(
    "text",
    [
        "Er is een rond bedrag van 100 euro betaald door Rabobank.",
        "Het ging rond Kerstmis mis, zegt de woordvoerder.",
        "De discussie draait rond Europa niet, zegt hij.",
    ],
)
def test_rond_before_no_place_reads_none_but_places(resolver, text):
    got = {p for p, _ in read(resolver, text, "nl")}
    assert got <= {"Europa"}
