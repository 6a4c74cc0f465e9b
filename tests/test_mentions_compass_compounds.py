"""A compass word joined to a country's name in one word, as German and Dutch papers write it
("Südindien", "Nordostsyrien", "Noord-Syrië"), is read as that country (``geo.mentions``'
``compass_compounds``): a part of it, at the country's point.

Not where the whole word is a place of its own ("Nordkorea", "Noord-Holland", "Nordirland"),
where the compass word and the country together name another country or region in GeoNames'
English names ("Ost-Aserbaidschan", East Azerbaijan, is a province of Iran), where the rest is
no country ("Osteuropa", "Ostende", "Westfalen"), nor in a language that writes no such words.
The briefs are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (language, text, the word as written, its country, kind)
COMPOUNDS = [
    ("de", "Bei einem Busunglück in Südindien starben zwölf Pilger.", "Südindien", "IN", "country"),
    ("de", "Die Kämpfe in Nordsyrien dauern an.", "Nordsyrien", "SY", "country"),
    ("de", "In der Ostukraine wurde wieder geschossen.", "Ostukraine", "UA", "country"),
    ("de", "Waldbrände wüten in Südfrankreich.", "Südfrankreich", "FR", "country"),
    ("de", "Kurdische Milizen halten Nordostsyrien.", "Nordostsyrien", "SY", "country"),
    ("de", "Das Hochwasser in Süd-Indien steigt.", "Süd-Indien", "IN", "country"),
    ("nl", "De gevechten in Noord-Syrië gaan door.", "Noord-Syrië", "SY", "country"),
    ("nl", "Bosbranden in Zuid-Frankrijk bedreigen dorpen.", "Zuid-Frankrijk", "FR", "country"),
    ("nl", "Beschietingen in Oost-Oekraïne eisen slachtoffers.", "Oost-Oekraïne", "UA", "country"),
    # a place of its own stays that place
    ("de", "Nordkorea hat wieder eine Rakete getestet.", "Nordkorea", "KP", "country"),
    ("de", "Unruhen in Nordirland am Wochenende.", "Nordirland", "GB", "region"),
    ("nl", "Het weer in Noord-Holland wordt slecht.", "Noord-Holland", "NL", "region"),
    # a gate on words, not substrings: "Westen", "Ostern" beside a compound leave it read
    (
        "de",
        "Im Westen nichts Neues, doch zu Ostern Regen in Südindien.",
        "Südindien",
        "IN",
        "country",
    ),
    ("de", "Von Osten her zogen Truppen nach Nord-Syrien.", "Nord-Syrien", "SY", "country"),
]

# (language, text, a word, the country it must not be read as: None, no place at all)
NOT_COMPOUNDS = [
    ("de", "Die Provinz Ost-Aserbaidschan liegt im Iran.", "Ost-Aserbaidschan", "AZ"),
    ("de", "Die Bahn fährt durch Westfalen und Ostfriesland.", "Westfalen", None),
    ("de", "Investoren aus Osteuropa und Südamerika.", "Südamerika", None),
    ("nl", "De toestand in Noord-Ierland blijft gespannen.", "Noord-Ierland", "IE"),
    ("fr", "Des combats dans le Nord-Mali ont fait des morts.", "Nord-Mali", "ML"),
    ("en", "Fighting in Northsyria went on.", "Northsyria", "SY"),
    # a region of its own, the Indies (areas.json), is no part of India
    ("de", "Die Schiffe segelten nach Westindien.", "Westindien", "IN"),
    ("de", "Der Handel mit Ostindien brachte Gewürze.", "Ostindien", "IN"),
    ("nl", "De schepen voeren naar Oost-Indië.", "Oost-Indië", "IN"),
    # a compass word alone, or its season's look-alike, names no country
    ("de", "Im Westen und im Osten blieb es zu Ostern ruhig.", "Westen", None),
    ("de", "Im Westen und im Osten blieb es zu Ostern ruhig.", "Ostern", None),
]


@pytest.mark.parametrize(("lang", "text", "word", "cc", "kind"), COMPOUNDS)
def test_compass_word_and_country(lang, text, word, cc, kind):
    got = [(m.place, m.location.country_code, m.kind) for m in find_mentions(text, lang)]
    assert (word, cc, kind) in got, got


@pytest.mark.parametrize(("lang", "text", "word", "cc"), NOT_COMPOUNDS)
def test_no_country_from_a_compass_word_elsewhere(lang, text, word, cc):
    got = [(m.place, m.location.country_code) for m in find_mentions(text, lang)]
    if cc is None:  # the rest names no country: the word reads no place
        assert word not in [p for p, _ in got], got
    else:
        assert (word, cc) not in got, got
