"""A small town a plain preposition of place introduces, in copy of a language with countries
of its own, is read as a bigger town so introduced is (``geo.mentions``' ``town_prepositions``).

A town of 2,000 to 10,000 people that the gazetteer knows once ("Cherasco", "Puderbach") was
read only with its region named or introduced both ways ("in Tipperary town"); a local paper
names it after "a", "bei", "en" or after a word for its offices and "of" ("i carabinieri di
..."). "Of" alone stands before surnames ("il governo di ...") and English "in" before every
kind of name: those read nothing new. The briefs are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (language, text, the town as written, its country)
TOWNS = [
    ("it", "Un incidente a Cherasco ieri sera ha ferito due persone.", "Cherasco", "IT"),
    ("it", "I carabinieri di Collecchio hanno arrestato un uomo.", "Collecchio", "IT"),
    ("it", "Una scossa di terremoto è stata avvertita in Stornara.", "Stornara", "IT"),
    ("de", "Die Polizei hat bei Puderbach einen Mann festgenommen.", "Puderbach", "DE"),
    ("de", "Ein Unfall in Uttenweiler forderte gestern zwei Verletzte.", "Uttenweiler", "DE"),
    ("de", "Der Bürgermeister von Gemmingen trat zurück.", "Gemmingen", "DE"),
    ("de", "Die ungarische Polizei setzte bei Zsámbok Tränengas ein.", "Zsámbok", "HU"),
    ("nl", "De politie heeft in Druten een man aangehouden.", "Druten", "NL"),
    ("nl", "Bij een ongeval bij Wommels raakten twee mensen gewond.", "Wommels", "NL"),
    ("es", "La policía detuvo a un hombre en Ribadavia ayer.", "Ribadavia", "ES"),
    ("es", "Los vecinos de Lanjarón protestaron por el cierre.", "Lanjarón", "ES"),
    ("fr", "La police a arrêté un homme à Louhans hier.", "Louhans", "FR"),
    ("fr", "Les habitants de Plougasnou ont manifesté.", "Plougasnou", "FR"),
    ("pt", "A polícia prendeu um homem em Ericeira ontem.", "Ericeira", "PT"),
    ("pt", "Os moradores de Samouco protestaram contra o fecho.", "Samouco", "PT"),
]

# (language, text, the word that must not be read as a place)
NOT_TOWNS = [
    ("it", "La moglie di Cherasco ha parlato ieri.", "Cherasco"),  # "of" alone: a surname
    ("es", "El gobierno de Ribadavia anunció medidas.", "Ribadavia"),
    ("pt", "O governo de Samouco anunciou medidas.", "Samouco"),
    ("en", "The deal was signed in Puderbach on Monday.", "Puderbach"),  # English "in": both ways
    ("it", "Il ministro Mario Cherasco ha parlato. Ha scritto a Cherasco ieri.", "Cherasco"),
    # a figure after the word: a numbered name ("Sector 3" of Bucharest), not a small town
    ("nl", "In Sector 3 zijn vanochtend zeker 69 mensen omgekomen.", "Sector"),
    ("it", "I passeggeri a Terminal 2 hanno atteso tre ore.", "Terminal"),
]


@pytest.mark.parametrize(("lang", "text", "town", "cc"), TOWNS)
def test_small_town_after_a_preposition(lang, text, town, cc):
    got = [(m.place, m.location.country_code, m.kind) for m in find_mentions(text, lang)]
    assert (town, cc, "city") in got, got


@pytest.mark.parametrize(("lang", "text", "word"), NOT_TOWNS)
def test_no_small_town_without_a_preposition_of_place(lang, text, word):
    got = [m.place for m in find_mentions(text, lang)]
    assert word not in got, got
