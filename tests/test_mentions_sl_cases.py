"""Slovene places in their cases where no preposition inside the sentence governs them
(``geo.mentions``): a town after a preposition that opens the text ("Iz Celja poročajo ..."),
whose capitalised preposition is no first name, and a country's genitive after a noun
("Delegacija Hrvaške"), read back to the country. A town's genitive after a noun stays unread
(it may be a person's: "Minister Janeza ..."), and so does a sentence's first word, which may be
an adjective ("Hrvaške oblasti": Croatian). The briefs are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (text, the name as written, the place read, its country, kind)
READ = [
    ("Iz Kopra poročajo o močnem neurju.", "Kopra", "Koper", "SI", "city"),
    ("Iz Velenja sporočajo, da je cesta zaprta.", "Velenja", "Velenje", "SI", "city"),
    ("V Kranju so odprli novo knjižnico.", "Kranju", "Kranj", "SI", "city"),
    ("Delegacija Avstrije je prispela včeraj.", "Avstrije", "Austria", "AT", "country"),
    ("Predsednik Madžarske je odpotoval.", "Madžarske", "Hungary", "HU", "country"),
    ("Sodelovanje Nemčije in Francije se krepi.", "Francije", "France", "FR", "country"),
    ("Vlada je sprejela stališče Irana do jedrskega sporazuma.", "Irana", "Iran", "IR", "country"),
]

# (text, a word that must not be read as a place of that kind)
NOT_READ = [
    ("Minister Janeza Novaka ni bilo na seji.", "Janeza"),
    ("Igralci Kopra so izgubili tekmo.", "Kopra"),  # a town's genitive after a noun
    ("Članek Dela je izšel v petek.", "Dela"),
    ("Iz Janezove hiše so odnesli vse.", "Janezove"),
]


@pytest.mark.parametrize(("text", "word", "name", "cc", "kind"), READ)
def test_slovene_case_read_back(text, word, name, cc, kind):
    got = [
        (m.place, m.location.name, m.location.country_code, m.kind)
        for m in find_mentions(text, "sl")
    ]
    assert (word, name, cc, kind) in got, got


@pytest.mark.parametrize(("text", "word"), NOT_READ)
def test_slovene_case_not_read(text, word):
    got = [m.place for m in find_mentions(text, "sl")]
    assert word not in got, got


def test_sentence_initial_adjective_is_no_country():
    got = [(m.place, m.kind) for m in find_mentions("Hrvaške oblasti so zaprle mejo.", "sl")]
    assert ("Hrvaške", "country") not in got, got
