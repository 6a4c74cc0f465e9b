"""A place's name with an elided article inside ("Côte d'Ivoire", "Cortina d'Ampezzo",
"Reggio nell'Emilia"): read whole, as the gazetteer writes it.

The tokeniser cuts an elided article off the word it stands before ("l'Italia" is "Italia"), so
the two words of "Côte d'Ivoire" were never joined and the country was never read, in English
WikiNews-style copy as in French copy ("en Côte d'Ivoire"); "Val d'Isère" was read as "Val", a
Hungarian village. ``geo.mentions._elided_key`` folds the article back with its word where only
a space and the article stand between two words of a name. Look-alikes: the same shape in a
person's, a building's or a firm's name stays no place (or only the town it names). The briefs
are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (language, text, the name as written, its country)
READ_WHOLE = [
    (
        "en",
        "Health officials in Côte d'Ivoire confirmed two new cases on Monday.",
        "Côte d'Ivoire",
        "CI",
    ),
    (
        "en",
        "The strain spread to Ghana, Côte d'Ivoire and Liberia last year.",
        "Côte d'Ivoire",
        "CI",
    ),
    ("en", "Troops were flown to Côte d’Ivoire overnight.", "Côte d’Ivoire", "CI"),
    ("fr", "Deux soldats ont été blessés en Côte d'Ivoire jeudi.", "Côte d'Ivoire", "CI"),
    ("fr", "Une avalanche a emporté deux skieurs à Val d'Isère samedi.", "Val d'Isère", "FR"),
    ("it", "Il sindaco di Cortina d'Ampezzo ha chiuso le piste.", "Cortina d'Ampezzo", "IT"),
    ("it", "Un incendio è scoppiato a Reggio nell'Emilia nella notte.", "Reggio nell'Emilia", "IT"),
]

# (language, text, a word that must open no mention)
NOT_A_PLACE = [
    ("fr", "Valéry Giscard d'Estaing a parlé devant les députés.", "Giscard"),
    ("en", "Pierre d'Artagnan rode north with Athos.", "Pierre"),
    ("fr", "Le Château d'Yquem a vendu sa récolte.", "Château"),
    ("fr", "La statue de Jeanne d'Arc a été restaurée.", "Jeanne"),
]

# (language, text, the mentions as written): the town after the elided article, as before
TOWN_STAYS = [
    ("fr", "Le maire d'Avranches a démissionné.", ["Avranches"]),
    ("fr", "Les habitants d'Angers et d'Orléans ont voté.", ["Angers", "Orléans"]),
    ("it", "Il presidente dell'Inter è arrivato a Milano.", ["Milano"]),
]


@pytest.mark.parametrize(("lang", "text", "name", "cc"), READ_WHOLE)
def test_a_name_with_an_elided_article_is_read_whole(resolver, lang, text, name, cc):
    got = {m.place: m.location.country_code for m in find_mentions(text, lang, resolver=resolver)}
    assert got.get(name) == cc, got


@pytest.mark.parametrize(("lang", "text", "word"), NOT_A_PLACE)
def test_a_persons_or_buildings_name_stays_no_place(resolver, lang, text, word):
    got = [m.place for m in find_mentions(text, lang, resolver=resolver)]
    assert not any(p.startswith(word) for p in got), got


@pytest.mark.parametrize(("lang", "text", "places"), TOWN_STAYS)
def test_a_town_after_an_elided_article_stays_the_town(resolver, lang, text, places):
    assert [m.place for m in find_mentions(text, lang, resolver=resolver)] == places


def test_only_an_elided_article_joins():
    """Any other gap (a comma, a quote, a word) does not make one name of two words."""
    from geo.mentions import _elided_key, tokenize

    for text, key in [
        ("Côte d'Ivoire", "divoire"),
        ("Côte d’Ivoire", "divoire"),
        ("Reggio nell'Emilia", "nellemilia"),
        ("Côte, Ivoire", None),
        ("Côte 'Ivoire", None),
        ("Côte x'Ivoire", None),
        ("Côte  d'Ivoire", None),
        ("Côte.d'Ivoire", None),  # the article glued to a sentence's end: two sentences
        ("Côte\nd'Ivoire", None),  # a line break: no join, as for any two words (``joined``)
    ]:
        toks = tokenize(text)
        assert _elided_key(text, toks[0].end, toks[-1]) == key, text
