"""Countries named as each language's papers name them (``geo/data/places.json``, CLDR via Babel).

Written from the languages' grammar, not from any item: Slovene country names in the cases
running text puts them in ("v Nemčiji", "na Poljskem", "v Katarju", "v Jemnu"), multi-word names
in the locative and genitive, CLDR's names with words in lower case ("Arabie saoudite"), the
European Portuguese forms beside the Brazilian ones, German datives and "die USA". And the
look-alikes: a CLDR name that is a word or a town elsewhere stays what it was there.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions


def _countries(resolver, text: str, lang: str) -> list[tuple[str, str]]:
    ms = find_mentions(text, lang, resolver=resolver)
    return [(m.place, m.location.country_code) for m in ms if m.kind == "country"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Slovene: nominative, locative, genitive, the "-ju" of a stem in r, a fleeting e
        (
            "sl",
            "Nemčija in Francija sta podpisali pogodbo.",
            [("Nemčija", "DE"), ("Francija", "FR")],
        ),
        ("sl", "Volitve v Italiji so se končale brez zmagovalca.", [("Italiji", "IT")]),
        ("sl", "Cene plina na Poljskem so znova zrasle.", [("Poljskem", "PL")]),
        ("sl", "Stavka na Madžarskem se nadaljuje.", [("Madžarskem", "HU")]),
        ("sl", "Delavci iz Hrvaške čakajo na dovoljenja.", [("Hrvaške", "HR")]),
        ("sl", "Nogometaši so prispeli v Katar.", [("Katar", "QA")]),
        ("sl", "Prvenstvo v Katarju se začne novembra.", [("Katarju", "QA")]),
        ("sl", "Humanitarna pomoč v Jemnu ne zadošča.", [("Jemnu", "YE")]),
        ("sl", "Potres v Iraku je zahteval več žrtev.", [("Iraku", "IQ")]),
        ("sl", "Banke v Luksemburgu so zaprte.", [("Luksemburgu", "LU")]),
        ("sl", "Predsednik ZDA bo obiskal Evropo.", [("ZDA", "US")]),
        ("sl", "Volitve v Veliki Britaniji bodo julija.", [("Veliki Britaniji", "GB")]),
        ("sl", "Turisti iz Južne Koreje so obiskali Bled.", [("Južne Koreje", "KR")]),
        ("sl", "Združene države Amerike so uvedle carine.", [("Združene države Amerike", "US")]),
        ("sl", "Veleposlanik v Združenih državah je odstopil.", [("Združenih državah", "US")]),
        # CLDR's names with their later words in lower case, in their language's copy
        ("fr", "Le prince héritier d'Arabie saoudite est arrivé.", [("Arabie saoudite", "SA")]),
        (
            "fr",
            "Les Émirats arabes unis ont rappelé leur ambassadeur.",
            [("Émirats arabes unis", "AE")],
        ),
        # the long form still in use; European Portuguese
        ("it", "Il presidente della Repubblica Ceca è arrivato.", [("Repubblica Ceca", "CZ")]),
        ("pt", "O ministro viajou para o Irão na segunda-feira.", [("Irão", "IR")]),
        ("pt", "A embaixada no Vietname foi encerrada.", [("Vietname", "VN")]),
        # German: the dative plural, and a short name with its article
        ("de", "Die Wahl in den Niederlanden ist entschieden.", [("Niederlanden", "NL")]),
        (
            "de",
            "Der Botschafter in den Vereinigten Staaten trat zurück.",
            [("Vereinigten Staaten", "US")],
        ),
        ("de", "Die USA verhängen neue Zölle.", [("USA", "US")]),
        ("en", "Fighting resumed in Bosnia on Sunday.", [("Bosnia", "BA")]),
    ],
)
def test_a_country_as_its_papers_name_it(resolver, lang, text, expected):
    assert _countries(resolver, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Engineers drew the bridge in CAD software."),  # Slovene "Čad" is not read
        ("en", "The loonie traded at CAD 1.35."),
        ("sl", "Dominika Novak je zmagala na prvenstvu."),  # a first name, not Dominica
        ("sl", "Sveta Lucija je zavetnica slepih."),  # the saint, not Saint Lucia
        ("de", "Die IRA bekannte sich zu dem Anschlag."),  # an acronym after its article
        ("fr", "Le pilote Filipini a gagné la course."),  # Slovene "Filipini", bound to Slovene
        ("sl", "Z Markom sta odpotovala na morje."),  # a man's name in the instrumental
        ("sl", "Mavricij Kovač je predaval v Ljubljani."),  # a first name, not Mauritius
        ("es", "Un incendio destruyó dos casas en Granada."),  # the city, not Grenada
        ("pt", "A polícia prendeu dois homens em Salvador."),  # Bahia's city: bound to fr, sl
        ("en", "Police in Salvador arrested two men."),
    ],
)
def test_a_look_alike_is_no_country(resolver, lang, text):
    assert _countries(resolver, text, lang) == []


def test_a_name_bound_to_slovene_is_the_town_elsewhere(resolver):
    """Slovene "Andora" is Andorra in Slovene copy; in Italian copy the Ligurian town's name
    reads as it did without Slovene's CLDR names, never Andorra."""
    sl = find_mentions("Andora je sprejela nov zakon.", "sl", resolver=resolver)
    it = find_mentions(
        "Un incendio è scoppiato ad Andora, vicino a Savona.", "it", resolver=resolver
    )
    assert ("Andora", "AD") in [(m.place, m.location.country_code) for m in sl]
    assert "AD" not in [m.location.country_code for m in it]  # as before: Savona's alone


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La police a arrêté deux hommes au Salvador."),
        ("sl", "Salvador je sprejel nov zakon."),
    ],
)
def test_a_name_bound_to_french_and_slovene_is_their_country(resolver, lang, text):
    """French and Slovene "Salvador" is El Salvador in their copy (bound, as "Andora"); in
    English and Portuguese copy it is Bahia's city (the look-alikes above)."""
    assert ("Salvador", "SV") in _countries(resolver, text, lang)
