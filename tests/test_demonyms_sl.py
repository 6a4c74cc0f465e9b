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
