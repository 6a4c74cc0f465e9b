"""Place names in their cases in Slovene, Croatian, Polish, Czech and Slovak copy
(``geo.mentions``, the case tables of ``geo/data/mention_words.json``): a capitalised word after
a preposition that places it, read back through its language's endings to a town of the
gazetteer ("w Krakowie" -> Kraków, "v Brně" -> Brno, "u Zadru" -> Zadar, "iz Brežic" -> Brežice),
a town's genitive after the noun for its mayor ("burmistrz Krakowa"), and people's and
institutions' names in the same places that stay unread. The briefs are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (language, text, the name as written, the place read, its country)
READ = [
    ("pl", "Wczoraj w Krakowie otwarto nowy most na rzece.", "Krakowie", "Kraków", "PL"),
    ("pl", "Strażacy z Gdańska pomagali sąsiadom po burzy.", "Gdańska", "Gdańsk", "PL"),
    ("pl", "Wczoraj w Warszawie odbyło się spotkanie rządu.", "Warszawie", "Warsaw", "PL"),
    ("pl", "Pociąg z Katowic przyjechał wczoraj z opóźnieniem.", "Katowic", "Katowice", "PL"),
    ("pl", "Wczoraj w Poznaniu otwarto nową szkołę dla dzieci.", "Poznaniu", "Poznań", "PL"),
    ("pl", "Wczoraj burmistrz Krakowa przedstawił nowy budżet.", "Krakowa", "Kraków", "PL"),
    ("hr", "Jučer je u Zagrebu održan sastanak ministara.", "Zagrebu", "Zagreb", "HR"),
    ("hr", "Vatrogasci iz Zadra jučer su pomogli susjedima.", "Zadra", "Zadar", "HR"),
    ("hr", "Jučer je u Rijeci otvorena nova cesta prema luci.", "Rijeci", "Rijeka", "HR"),
    ("hr", "Jučer je u Karlovcu otvorena nova cesta.", "Karlovcu", "Karlovac", "HR"),
    ("hr", "Jučer je gradonačelnik Splita predstavio proračun.", "Splita", "Split", "HR"),
    ("cs", "Včera se v Brně konala velká demonstrace.", "Brně", "Brno", "CZ"),
    ("cs", "Hasiči z Ostravy včera pomáhali sousedům po bouřce.", "Ostravy", "Ostrava", "CZ"),
    ("cs", "Včera byla v Liberci otevřena nová silnice.", "Liberci", "Liberec", "CZ"),
    ("cs", "Vlak z Pardubic včera přijel se zpožděním.", "Pardubic", "Pardubice", "CZ"),
    ("cs", "Včera primátor Brna představil nový rozpočet.", "Brna", "Brno", "CZ"),
    ("cs", "Včera se v Táboře konala velká demonstrace.", "Táboře", "Tábor", "CZ"),
    ("cs", "Včera se v Kolíně konala velká demonstrace.", "Kolíně", "Kolín", "CZ"),
    ("cs", "Včera se v Plzni konala velká demonstrace.", "Plzni", "Pilsen", "CZ"),
    ("cs", "Včera se v Paříži konala velká demonstrace.", "Paříži", "Paris", "FR"),
    ("cs", "Včera se v Moskvě konala velká demonstrace.", "Moskvě", "Moscow", "RU"),
    ("pl", "Wczoraj w Moskwie odbyła się duża demonstracja.", "Moskwie", "Moscow", "RU"),
    ("hr", "Jučer je u Parizu održan veliki prosvjed.", "Parizu", "Paris", "FR"),
    ("sk", "Včera sa v Bratislave konala veľká demonštrácia.", "Bratislave", "Bratislava", "SK"),
    ("sk", "Včera sa v Košiciach otvorila nová nemocnica.", "Košiciach", "Košice", "SK"),
    ("sl", "Gasilci iz Brežic so včeraj pomagali sosedom.", "Brežic", "Brežice", "SI"),
    ("sl", "Gasilci z Jesenic so včeraj pomagali sosedom.", "Jesenic", "Jesenice", "SI"),
    ("sl", "Včeraj je župan Kranja predstavil nov proračun.", "Kranja", "Kranj", "SI"),
]

# (language, text, a word that must not be read as a place)
NOT_READ = [
    ("pl", "Wczoraj u Jana Kowalskiego ustalono szczegóły projektu.", "Jana"),
    ("pl", "Rozmowa z Anną Wiśniewską trwała dwie godziny.", "Anną"),
    ("pl", "Spotkanie odbyło się w Sejmie we wtorek rano.", "Sejmie"),
    ("pl", "Wczoraj burmistrz Jan Kowalski przedstawił budżet.", "Kowalski"),
    ("hr", "Jučer su se kod Ivana Horvata dogovorili o projektu.", "Ivana"),
    ("hr", "Sastanak je bio u Saboru u utorak ujutro.", "Saboru"),
    ("hr", "Razgovor s Anom Babić trajao je dva sata.", "Anom"),
    ("cs", "Včera se u Jana Nováka dohodli na projektu.", "Jana"),
    ("cs", "Schůzka byla v Senátu v úterý ráno.", "Senátu"),
    ("cs", "Rozhovor s Jiřím Němcem trval dvě hodiny.", "Němcem"),
    ("sl", "Včeraj so se pri Janezu Novaku dogovorili o projektu.", "Janezu"),
    ("sl", "Minister Janeza Novaka ni bilo na seji.", "Janeza"),
    ("pl", "Nagroda dla Lewandowskiego została przyznana w piątek.", "Lewandowskiego"),
    ("pl", "Rozmowa z Mazurem dotyczyła podatków i nowej ustawy.", "Mazurem"),
    ("hr", "Razgovarao je s Kovačićem dva sata o proračunu.", "Kovačićem"),
    ("cs", "Včera jsme mluvili s Novákem o rozpočtu města.", "Novákem"),
    ("cs", "Schůzka byla ve Sněmovně v úterý ráno.", "Sněmovně"),
    ("pl", "Ceny w Biedronce spadły w marcu, podała firma.", "Biedronce"),
    ("hr", "Promjene u Dinamu najavljene su jučer nakon utakmice.", "Dinamu"),
]


@pytest.mark.parametrize(("lang", "text", "word", "name", "cc"), READ)
def test_a_town_in_its_case_is_read_back(lang, text, word, name, cc):
    got = [(m.place, m.location.name, m.location.country_code) for m in find_mentions(text, lang)]
    assert (word, name, cc) in got, got


@pytest.mark.parametrize(("lang", "text", "word"), NOT_READ)
def test_a_person_or_institution_in_a_case_is_no_town(lang, text, word):
    got = [m.place for m in find_mentions(text, lang)]
    assert word not in got, got


def test_the_reason_says_the_name_was_read_back_from_its_case():
    got = find_mentions("Wczoraj w Krakowie otwarto nowy most na rzece.", "pl")
    assert [m.location.reason.endswith(", read back from its case)") for m in got] == [True]
