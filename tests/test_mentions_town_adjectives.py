"""A town named by its adjective before a noun of its own place or offices, as German and Dutch
papers write it ("die Kölner Polizei", "am Münchner Hauptbahnhof", "de Utrechtse politie", "het
Haagse stadhuis"), is read as that town (``geo.mentions``' ``town_adjective_table``: adjectives
made from GeoNames' names by the language file's ``town_adjectives``). Its reason says so.

Not before any other noun: a paper, a food, a team or an orchestra named after a town ("Berliner
Zeitung", "Wiener Würstchen", "Kölner Haie") is no event's place, nor is a surname or a word
that only looks like a town's adjective ("Frau Bremer", "der Sieger"). A dateline keeps the
focus over a town named so in its text. The briefs are written for this test.
"""

from __future__ import annotations

import pytest

from geo.gazetteer import CITY
from geo.mentions import TOWN_ADJECTIVE_POP, find_mentions, get_index, town_adjective_table
from pipeline.extract import extract_text

# (language, text, the adjective as written, the town's country, its latitude, its longitude)
READ = [
    ("de", "Die Kölner Polizei sucht Zeugen eines Überfalls.", "Kölner", "DE", 50.93, 6.95),
    ("de", "Am Münchner Hauptbahnhof wurde ein Mann festgenommen.", "Münchner", "DE", 48.14, 11.58),
    ("de", "Der Zürcher Stadtrat lehnte den Antrag ab.", "Zürcher", "CH", 47.37, 8.55),
    ("de", "Die Wiener Staatsanwaltschaft ermittelt.", "Wiener", "AT", 48.21, 16.37),
    ("de", "Im Berliner Stadtteil brannte ein Auto.", "Berliner", "DE", 52.52, 13.41),
    ("de", "Die Dresdner Feuerwehr rückte aus.", "Dresdner", "DE", 51.05, 13.74),
    ("de", "Der Bremer Bürgermeister besuchte den Hafen.", "Bremer", "DE", 53.08, 8.81),
    ("de", "Das Basler Rathaus bleibt geschlossen.", "Basler", "CH", 47.56, 7.57),
    ("de", "Die Darmstädter Polizei meldet einen Unfall.", "Darmstädter", "DE", 49.87, 8.65),
    ("de", "Der Karlsruher Gemeinderat tagt am Montag.", "Karlsruher", "DE", 49.01, 8.40),
    ("de", "Die Hannoveraner Polizei nahm zwei Männer fest.", "Hannoveraner", "DE", 52.37, 9.73),
    # a town named as its region, the region's biggest town: the town
    ("de", "Die Salzburger Stadtpolizei hielt einen Mann an.", "Salzburger", "AT", 47.80, 13.04),
    ("de", "Der Berner Stadtrat stimmte zu.", "Berner", "CH", 46.95, 7.45),
    ("nl", "De Utrechtse politie zoekt getuigen.", "Utrechtse", "NL", 52.09, 5.12),
    ("nl", "In de Rotterdamse wijk brak brand uit.", "Rotterdamse", "NL", 51.92, 4.48),
    ("nl", "Het Haagse stadhuis is ontruimd.", "Haagse", "NL", 52.08, 4.30),
    ("nl", "De Groningse gemeenteraad stemde in.", "Groningse", "NL", 53.22, 6.57),
    ("nl", "Op het Leidse station werd een man aangehouden.", "Leidse", "NL", 52.16, 4.49),
    ("nl", "De Antwerpse burgemeester reageerde verrast.", "Antwerpse", "BE", 51.22, 4.40),
    ("nl", "De Bossche brandweer had het vuur snel onder controle.", "Bossche", "NL", 51.70, 5.30),
    # the noun in capitals or title case, as a headline writes it (its key is folded)
    ("nl", "Utrechtse Politie Zoekt Getuigen Van Steekpartij", "Utrechtse", "NL", 52.09, 5.12),
    ("de", "Kölner POLIZEI sucht Zeugen", "Kölner", "DE", 50.93, 6.95),
]

# (language, text, a word that must be read as no place)
NOT_READ = [
    ("de", "Zum Frühstück gab es Berliner und Kaffee.", "Berliner"),
    ("de", "Der Imbiss verkauft Hamburger und Pommes.", "Hamburger"),
    ("de", "Auf dem Grill lagen Wiener Würstchen.", "Wiener"),
    ("de", "Es gab Kasseler mit Sauerkraut.", "Kasseler"),
    ("de", "Die Frankfurter Allgemeine berichtete darüber.", "Frankfurter"),
    ("de", "Wie die Berliner Zeitung schreibt, steigen die Preise.", "Berliner"),
    ("de", "Der Münchner Merkur zitierte einen Sprecher.", "Münchner"),
    ("de", "Die Kölner Haie gewannen das Spiel.", "Kölner"),
    ("de", "Die Polizei sprach mit Frau Bremer, einer Zeugin.", "Bremer"),
    ("de", "Der Sieger der Etappe kam aus Belgien.", "Sieger"),
    ("de", "Der Kölner Schauspieler ist gestorben.", "Kölner"),
    # a surname after a first name or a title, before a noun of offices
    ("de", "Wie Jan Esser Polizei und Presse sagte, ist niemand verletzt.", "Esser"),
    ("de", "Der Anwalt von Herr Bremer Polizei und Justiz warf Fehler vor.", "Bremer"),
    # a canton's or a Land's office, not the town's
    ("de", "Die Berner Kantonspolizei meldete einen Unfall in Thun.", "Berner"),
    ("de", "Die Luzerner Kantonspolizei sucht Zeugen.", "Luzerner"),
    ("de", "Die Grazer Landespolizeidirektion meldete einen Einsatz.", "Grazer"),
    # a town named as its land, whose adjective is the land's: Brandenburg (Potsdam the bigger
    # town), Luxemburg (the country)
    ("de", "Die Brandenburger Polizei sucht landesweit nach dem Mann.", "Brandenburger"),
    ("de", "Die Luxemburger Polizei meldete einen Unfall in Esch.", "Luxemburger"),
    ("nl", "Volgens de Haagsche Courant is het kabinet verdeeld.", "Haagsche"),
    ("nl", "De Haagse Hogeschool opent een opleiding.", "Haagse"),
    ("nl", "Bij de kaasboer koop je Goudse kaas.", "Goudse"),
    ("nl", "De Amsterdamse School is een bouwstijl.", "Amsterdamse"),
    # a town's adjective is read only in its own language's copy
    ("en", "The Kölner Polizei said nothing.", "Kölner"),
]


@pytest.mark.parametrize(("lang", "text", "word", "cc", "lat", "lon"), READ)
def test_town_adjective_before_its_noun(lang, text, word, cc, lat, lon):
    got = {m.place: m for m in find_mentions(text, lang)}
    assert word in got, list(got)
    loc = got[word].location
    assert (got[word].kind, loc.country_code) == ("city", cc)
    assert abs(loc.lat - lat) < 0.05 and abs(loc.lon - lon) < 0.05, (loc.lat, loc.lon)
    assert "(town adjective)" in loc.reason


@pytest.mark.parametrize(("lang", "text", "word"), NOT_READ)
def test_no_town_from_an_adjective_elsewhere(lang, text, word):
    assert word not in [m.place for m in find_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BERLIN (dpa) - Die Münchner Polizei hat einen Verdächtigen festgenommen.", "Berlin"),
        ("AMSTERDAM (ANP) - De Rotterdamse politie hield drie verdachten aan.", "Amsterdam"),
    ],
)
def test_dateline_keeps_the_focus(text, place):
    (rec,) = extract_text(text)
    assert rec["focus"]["name"] == place


def test_without_dateline_the_town_is_the_focus():
    (rec,) = extract_text("Die Münchner Polizei sucht nach einem Überfall am Sonntag einen Mann.")
    assert rec["focus"]["name"] == "Munich"


def test_table_holds_only_big_towns_of_the_language_area():
    g = get_index().g
    areas = {"de": {"DE", "AT", "CH", "LI", "LU"}, "nl": {"NL", "BE", "SR", "CW", "AW"}}
    for key, area in areas.items():
        table = town_adjective_table(g, key)
        assert len(table) > 50
        for i in table.values():
            assert g.kind[i] == CITY and g.cc[i] in area and g.pop[i] >= TOWN_ADJECTIVE_POP
    assert town_adjective_table(g, "fr") == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Bayern wurde ein Mann erstochen. Die Münchner Polizei sucht Zeugen.", "Munich"),
        ("In Noord-Holland is een man gedood. De Amsterdamse politie zoekt getuigen.", "Amsterdam"),
    ],
)
def test_the_town_whose_service_acts_in_its_land(text, place):
    (rec,) = extract_text(text)  # geo.focus' _office_town: the town's own police act
    assert rec["focus"]["name"] == place
    assert "own service acts" in rec["focus"]["reason"]
