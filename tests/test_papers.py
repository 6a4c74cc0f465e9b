"""The resolver's rules for reading a place as papers write it, one by one: a famous city that
a small town elsewhere also names, a local paper's bare town, a state or a land against a country
or a town, a name in the paper's own transliteration; and the place check that reads those names
so. (Whole newspaper briefs, read end to end through ``read_briefs`` and ``locate``, are in
``test_paper_shapes.py``.)
"""

from __future__ import annotations

import pytest

from geo.location import PlaceQuery

# the resolver's rules one by one: name, language, text -> country and the reason's evidence
RULES = [
    # another place the text names by a reading: a town near a city, a city in a region
    ("Santa Clara", "de", "Der Quarterback aus Stanford träumt von der NFL.", "US", "Stanford"),
    ("Santa Clara", "de", "", "CU", "largest"),
    ("Georgia", "es", "Nathan habló ayer en Atlanta.", "US", "Atlanta"),
    # a capital or a big city the text names says nothing for a small town near it
    ("Frankfurt", "de", "Die Bundesregierung in Berlin kündigte an.", "DE", "Frankfurt am Main"),
    # the paper's countries, for a bare name whose readings abroad are only small towns
    ("NOVI", "it", "", "IT", "language it"),
    ("NOVI", "en", "", "US", "Novi, US-MI"),
    # a famous town abroad stays itself: English is written by papers the world over (US towns
    # of these names are small)
    ("Nazareth", "en", "", "IL", "Nazareth"),
    ("Florence", "en", "", "IT", "Florence"),
    ("Nice", "en", "", "FR", "Nice"),
    # a local press names a city abroad bare from 500,000 people where a town of 20,000 at home
    # shares its name, and from 100,000 where only villages do (Bergen in Lower Saxony has
    # 13,000 people; tests/test_namesakes_by_language.py)
    ("Bergen", "de", "", "NO", "Bergen"),
    ("Bergen", "nl", "", "NL", "Bergen"),
    ("Bergen", "de", "Der Hafen in Norwegen bleibt gesperrt.", "NO", "Norwegen"),
    # a language's own name for a foreign city (an exonym) says its readers know it
    ("Ginebra", "es", "", "CH", "Geneva"),
    # the text qualifies a small town abroad: no penalty then
    ("TRIPOLI", "nl", "Het Libanese leger greep in.", "LB", "Libanese"),
    # scholarly transliteration's letters, and a language's own transliteration
    ("Nižnij Tagil", "it", "", "RU", "read as"),
    ("Nischni Tagil", "de", "", "RU", "read as"),
]


@pytest.mark.parametrize(("name", "lang", "text", "cc", "why"), RULES)
def test_reading_rules(resolver, name, lang, text, cc, why):
    loc = resolver.resolve(PlaceQuery(name, None, text, lang))
    assert loc.country_code == cc, loc.reason
    assert why in loc.reason or why == loc.name, loc.reason


def test_own_name_is_not_evidence_for_its_country(resolver):
    """ "Georgia.-" does not vote for the country Georgia by being written in the text."""
    alone = resolver.resolve(PlaceQuery("Georgia", None, "Georgia.- Nathan habló.", "es"))
    assert "in text" not in alone.reason, alone.reason


def test_unknown_without_transliteration_stays_unknown(resolver):
    loc = resolver.resolve(PlaceQuery("Dolenje Mokro Polje", None, "", "sl"))
    assert not loc.resolved
    assert "not in the gazetteer" in loc.reason


def test_short_forms_do_not_reach_running_text(resolver):
    """The short forms are the resolver's, for datelines: the name index that mentions and the
    parser's place check read does not hold them."""
    g = resolver.g
    assert "novi" in g.heads["it"] and "sinai" in g.cores
    assert all(
        g.kind[p >> 1] != 0 or g.name[p >> 1] != "Novi di Modena" for p in g.postings("novi")
    )
    assert not any(g.cc[p >> 1] == "EG" for p in g.postings("sinai"))


@pytest.mark.parametrize(
    ("name", "lang", "kind"),
    [
        ("SAVIGNANO", "it", "town"),  # Savignano sul Panaro / sul Rubicone, in an Italian paper
        ("SAVIGNANO", "en", None),  # not a short form English papers write
        ("Nischnij Tagil", "de", "city"),  # German transliteration of Nizhny Tagil
        ("Nischnij Tagil", None, None),  # no language, no transliteration
        ("Oikocredit", "de", None),  # a word stays a word
    ],
)
def test_place_check_reads_names_as_papers_write_them(name, lang, kind):
    from geo.known import known_places

    assert known_places().kind(name, lang) == kind
