"""Demonyms of ``geo/data/places.json`` beyond the first hundred lands: each stem with the
endings its languages write ("ivoirienne", "surcoreana", "Kameroense"), a demonym of one land
apart from its neighbour's ("nigérienne": Niger, "Nigerian": Nigeria; a lower-case adjective
of fr, es, it beside an authority noun, as ``geo.mentions`` reads it), and the adjectives of
several lands in no country's list (two Congos, three Guineas, two Koreas: no land chosen).
Sentences written for these tests, in the styles of the copy.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

DEMONYMS = [
    ("en", "Ivorian troops patrolled the border on Monday.", "CI"),
    ("fr", "La police ivoirienne a fermé la frontière lundi.", "CI"),
    ("fr", "La police nigérienne a fermé la frontière lundi.", "NE"),
    ("en", "Nigerian troops patrolled the border on Monday.", "NG"),
    ("es", "La policía surcoreana detuvo a dos hombres.", "KR"),
    ("it", "La polizia nordcoreana ha arrestato due uomini.", "KP"),
    ("en", "Malian soldiers patrolled the border on Monday.", "ML"),
    ("de", "Kamerunische Soldaten patrouillierten an der Grenze.", "CM"),
    ("nl", "Kameroense soldaten patrouilleerden aan de grens.", "CM"),
    ("en", "Uzbek officials met the delegation on Monday.", "UZ"),
    ("fr", "La police cambodgienne a fermé la frontière.", "KH"),
    ("en", "Cypriot officials met the delegation on Monday.", "CY"),
    ("es", "Las autoridades paraguayas cerraron la frontera.", "PY"),
    ("nl", "Boliviaanse boeren blokkeerden de weg.", "BO"),
    ("pt", "A polícia paraguaia fechou a fronteira na segunda-feira.", "PY"),
    ("pt", "Os Uruguaios votaram no domingo.", "UY"),
    ("it", "I Paraguaiani hanno votato domenica.", "PY"),
    ("pt", "Um Salvadorenho foi preso na segunda-feira.", "SV"),
    ("es", "Los Salvadoreños votaron el domingo.", "SV"),
    ("pt", "Um Panamenho foi preso na segunda-feira.", "PA"),
    ("de", "Die Kirgisen wählten am Sonntag.", "KG"),
    ("de", "Tadschikische Soldaten patrouillierten an der Grenze.", "TJ"),
    ("de", "Die maltesische Regierung hat am Montag reagiert.", "MT"),
    ("en", "Maltese officials met the delegation on Monday.", "MT"),
]
# words that start like an added stem with one of its endings but name no land: the German aid
# service and its people (Malteser, Maltese in German: maltesisch), sweets, a Brazilian city's
# people (salvadorense: Salvador, Bahia; El Salvador's are salvadorenhos)
NOT_A_LAND = [
    ("de", "Die Malteser waren mit zwei Rettungswagen im Einsatz.", "MT"),
    ("de", "Der Malteser Hilfsdienst versorgte die Verletzten.", "MT"),
    ("en", "Maltesers and other sweets were handed out.", "MT"),
    ("pt", "Salvadorenses lotaram as ruas no Carnaval.", "SV"),
    ("pt", "O prefeito disse que o Salvadorense votou cedo.", "SV"),
]
SEVERAL_LANDS = [
    ("en", "Congolese troops patrolled the border on Monday."),
    ("fr", "La police congolaise a fermé la frontière lundi."),
    ("en", "Guinean officials met the delegation on Monday."),
    ("fr", "La police guinéenne a fermé la frontière lundi."),
    ("en", "Korean officials met the delegation on Monday."),
]


def _demonyms(resolver, text: str, lang: str) -> list[str | None]:
    ms = find_mentions(text, lang, resolver=resolver)
    return [m.location.country_code for m in ms if m.kind == "demonym"]


@pytest.mark.parametrize(("lang", "text", "cc"), DEMONYMS)
def test_a_demonym_names_its_land(resolver, lang, text, cc):
    assert _demonyms(resolver, text, lang) == [cc]


@pytest.mark.parametrize(("lang", "text", "cc"), NOT_A_LAND)
def test_a_word_like_a_demonym_names_no_land(resolver, lang, text, cc):
    assert cc not in _demonyms(resolver, text, lang)


@pytest.mark.parametrize(("lang", "text"), SEVERAL_LANDS)
def test_an_adjective_of_several_lands_names_none(resolver, lang, text):
    assert _demonyms(resolver, text, lang) == []
