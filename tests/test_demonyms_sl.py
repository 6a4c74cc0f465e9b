"""Slovenian demonyms (``geo/data/places.json``): the people and their countries' adjectives.

Written from Slovenian grammar, not from any item: the adjective's case forms ("Slovenska vlada",
"Avstrijskemu kanclerju") and the people's plural ("Hrvati", "Madžari"), at a sentence's start,
where running text capitalises them. And what must stay no demonym.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions


def _demonyms(resolver, text: str, lang: str) -> list[tuple[str, str]]:
    ms = find_mentions(text, lang, resolver=resolver)
    return [(m.place, m.location.country_code) for m in ms if m.kind == "demonym"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovenska vlada je sprejela proračun.", ("Slovenska", "SI")),
        ("Slovenci so volili v nedeljo.", ("Slovenci", "SI")),
        ("Hrvati so zaprli mejni prehod.", ("Hrvati", "HR")),
        ("Hrvaškega premierja so sprejeli na letališču.", ("Hrvaškega", "HR")),
        ("Avstrijskemu kanclerju so izrekli nezaupnico.", ("Avstrijskemu", "AT")),
        ("Italijani so zmagali v finalu.", ("Italijani", "IT")),
        ("Madžari so protestirali pred parlamentom.", ("Madžari", "HU")),
        ("Nemški minister je odstopil.", ("Nemški", "DE")),
        ("Srbski predsednik je obiskal Bruselj.", ("Srbski", "RS")),
        ("Srbin Petrović je zadel dvakrat.", ("Srbin", "RS")),  # "srbi" and the ending "n"
        ("Ameriški predsednik je podpisal zakon.", ("Ameriški", "US")),
        ("Ruska vojska je napadla Harkov.", ("Ruska", "RU")),
        ("Ukrajinski minister je prispel na pogovore.", ("Ukrajinski", "UA")),
        ("Francoski diplomati so zapustili državo.", ("Francoski", "FR")),
    ],
)
def test_slovenian_demonyms(resolver, text, expected):
    assert _demonyms(resolver, text, "sl")[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ruskin wrote about the Alps and Venice.", "en"),  # "ruski" is left out for him
        ("Nemec je zadel v zadnji minuti.", "sl"),  # a surname; the people's singular is out
    ],
)
def test_what_stays_no_slovenian_demonym(resolver, text, lang):
    assert _demonyms(resolver, text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avstrijska država je zaprla mejo.", ("Avstrijska", "AT")),  # a noun of state
        ("Italijanska ministrica je odstopila.", ("Italijanska", "IT")),  # of office
        ("Kanadskega veleposlanika so poklicali na zagovor.", ("Kanadskega", "CA")),
        ("Izraelski vojaki so se umaknili.", ("Izraelski", "IL")),  # of the army
        ("Ukrajinske sile so zavzele vas.", ("Ukrajinske", "UA")),
        ("Češki državljani so zapustili državo.", ("Češki", "CZ")),  # of its people
        ("Nemški zunanji minister je odstopil.", ("Nemški", "DE")),  # an agreeing adjective
        ("Hrvaškega zunanjega ministra so sprejeli.", ("Hrvaškega", "HR")),
        ("Nemška zvezna vlada je sprejela zakon.", ("Nemška", "DE")),
    ],
)
def test_a_capitalised_adjective_before_a_noun_of_its_nation_is_the_nation(
    resolver, text, expected
):
    """Capitalised at a sentence's start, a country's adjective before a noun of the nation's
    state, offices, army or people (``nation_nouns``), an adjective agreeing with it between
    or not, names the nation."""
    assert _demonyms(resolver, text, "sl")[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Nemški ovčar je lajal na dvorišču.",  # a breed
        "Švedska solata je okusna.",
        "Francoski jezik je težak.",  # a language
        "Angleški zajtrk je bil obilen.",
        "Italijanska kuhinja je znana po testeninah.",
        "Turška kava predsednika ni navdušila.",  # a noun between, no agreeing adjective
        "Španska vas je bila polna turistov.",
        "Ameriški sen je za mnoge mrtev.",  # an idea
        "Nemška banka je zvišala obrestne mere.",  # a company's name
        "Slovenske železnice so odpovedale vlake.",
        "Srbska pravoslavna cerkev je izdala sporočilo.",  # agreeing, then no noun of it
        "Ruska ruleta je nevarna igra.",
        "Francoski poljub je znan po vsem svetu.",
    ],
)
def test_a_capitalised_adjective_before_a_thing_stays_no_demonym(resolver, text):
    """The nouns of ``nation_nouns`` alone lift the rule that a capitalised adjective before a
    common noun is a style or a thing's name: a breed, a dish, a language stay no place."""
    assert _demonyms(resolver, text, "sl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Švedski stol u hotelu bio je bogat i raznolik.", []),  # a buffet
        ("Kanadski javor raste u parku pokraj rijeke.", []),
        ("Irski pub u centru grada otvoren je do kasno.", []),
        ("Danski kolač s jabukama prodaje se u pekari.", []),
        ("Bosanski lonac kuhao se cijelo popodne.", []),
        ("Iranski tepih prodan je na aukciji.", []),
        ("Slovenska policija zatvorila je granični prijelaz.", [("Slovenska", "SI")]),
    ],
)
def test_a_kin_language_meets_the_slovene_adjectives_as_slovene_does(resolver, text, expected):
    """Croatian copy writes many Slovene country adjectives as they are ("Irski", "Danski"):
    capitalised before a thing's noun they stay no place there too; before a noun of the
    nation's authorities they name it."""
    assert _demonyms(resolver, text, "hr") == expected
