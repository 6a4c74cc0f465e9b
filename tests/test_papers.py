"""Newspaper datelines read end to end: the dateline, its place and the place's country.

Briefs written for these tests in the styles of the newspaper set (title case after a lead,
"Madrid, 4 dic (EFE).-", "ROMA -", "Berlin (dpa) -", Portuguese, Slovene, Dutch caps), with the
traps of reading a place as papers write it: a famous city that a small town elsewhere also
names, a local paper's bare town, a state or a land against a country or a town, a name in the
paper's own transliteration, and look-alikes that are not datelines. Each goes through
``read_briefs`` (the gazetteer's place check) and ``locate`` with the offline resolver, as
``wiremap extract`` reads a text.
"""

from __future__ import annotations

import pytest

from geo.location import PlaceQuery
from geo.resolve import Resolver
from geo.service import get_resolver
from pipeline.extract import locate, read_briefs


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return get_resolver().resolver


def _read(text: str, lang: str, resolver: Resolver):
    briefs = [b for b in read_briefs(text) if b.dateline is not None]
    if not briefs:
        return None, None
    brief = briefs[0]
    brief.lang = lang
    return brief, locate(brief, resolver.resolve, text)


# text, language, place as written, country
PAPERS = [
    # title case after a lead (derStandard style)
    (
        "Die Koalition ringt um das Budget. Wien – Die Regierung hat am Dienstag den Entwurf "
        "vorgelegt.",
        "de",
        "Wien",
        "AT",
    ),
    (
        "Madrid, 4 dic (EFE).- El Gobierno aprobó hoy el plan de vivienda.",
        "es",
        "Madrid",
        "ES",
    ),
    ("ROMA - Il governo ha approvato ieri sera il decreto sulle bollette.", "it", "ROMA", "IT"),
    ("Berlin (dpa) - Die Bundesregierung will die Bahn schneller sanieren.", "de", "Berlin", "DE"),
    (
        "BRASÍLIA – O governo federal anunciou nesta terça um pacote.",
        "pt",
        "BRASÍLIA",
        "BR",
    ),
    ("Lisboa – O Governo aprovou esta quinta-feira o orçamento da saúde.", "pt", "Lisboa", "PT"),
    ("LJUBLJANA - Vlada je včeraj sprejela predlog zakona o gradnji.", "sl", "LJUBLJANA", "SI"),
    (
        "AMSTERDAM - De gemeenteraad heeft gisteren het plan voor de grachten goedgekeurd.",
        "nl",
        "AMSTERDAM",
        "NL",
    ),
    # a famous city is still itself, though small towns of the paper's countries share the name
    (
        "London – Die britische Premierministerin schließt Neuwahlen aus.",
        "de",
        "London",
        "GB",
    ),
    (
        "PARIS (Reuters) - French officials said on Monday the strike would go on.",
        "en",
        "PARIS",
        "FR",
    ),
    # a local paper's bare town is the town of its own country (Novi di Modena, not Novi, MI)
    ("NOVI. Un ciclista è stato investito ieri sera lungo la provinciale.", "it", "NOVI", "IT"),
    # ... and its town's everyday name, without the qualifier (San Cesario sul Panaro)
    (
        "SAN CESARIO. Un incendio è scoppiato nella notte in un capannone.",
        "it",
        "SAN CESARIO",
        "IT",
    ),
    # a US state as a dateline when the text is about the US; the country when it is not
    (
        "Georgia.- El gobernador del estado anunció en Atlanta un nuevo plan de empleo.",
        "es",
        "Georgia",
        "US",
    ),
    (
        "Georgia.- El primer ministro georgiano anunció un nuevo plan de empleo.",
        "es",
        "Georgia",
        "GE",
    ),
    # a land, not the same-named town elsewhere
    (
        "Sinai – Bei einem Anschlag im Norden der ägyptischen Halbinsel starben drei Menschen.",
        "de",
        "Sinai",
        "EG",
    ),
    # the paper's own transliteration of a Russian name
    (
        "Nischnij Tagil – Die Skispringerin gewann am Samstag das erste Springen.",
        "de",
        "Nischnij Tagil",
        "RU",
    ),
    ("NIZJNI TAGIL - De Oostenrijkse schansspringster won zaterdag.", "nl", "NIZJNI TAGIL", "RU"),
]


@pytest.mark.parametrize(("text", "lang", "place", "cc"), PAPERS)
def test_paper_dateline_and_country(resolver, text, lang, place, cc):
    brief, loc = _read(text, lang, resolver)
    assert brief is not None, f"no dateline in {text!r}"
    assert brief.dateline.place == place
    assert loc is not None and loc.country_code == cc, loc.reason


# look-alikes: a headline's colon, a section slug, a person with a birthplace, a score
NOT_DATELINES = [
    ("Holanda: el Gobierno anuncia elecciones anticipadas para marzo.", "es"),
    ("SCIENCE - A new study finds that bees can count to four.", "en"),
    ("Pedro Sánchez (Madrid, 1972) es economista y político.", "es"),
    ("Real Madrid - Ajax was een wedstrijd om nooit te vergeten.", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_DATELINES)
def test_look_alikes_are_not_datelines(resolver, text, lang):
    brief, _ = _read(text, lang, resolver)
    assert brief is None, brief.dateline


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
    # a famous town abroad stays itself: English is written by papers the world over, and a
    # city of 100,000 is named bare abroad (US towns of these names are small)
    ("Nazareth", "en", "", "IL", "Nazareth"),
    ("Florence", "en", "", "IT", "Florence"),
    ("Nice", "en", "", "FR", "Nice"),
    ("Bergen", "de", "", "NO", "Bergen"),
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
