"""Countries named in their own language in Polish, Czech, Slovak, Croatian, Serbian, Swedish,
Danish, Norwegian, Romanian, Turkish, Hungarian, Finnish and Catalan copy (CLDR's names, turned
on by each language file's ``"country_names"``), and the collisions decided for them
(``geo/data/places.json``: ``country_names_by_language``, ``country_names_skip``).

The briefs are written for this test in the styles of each language's wire and papers: a name
as an agency's dateline ("DANMARK (Ritzau) -"), a paper's ("Tyskland –") and in a sentence. The
look-alikes: a bound name in other copy stays the town or word it was there ("COLUMBIA
(Reuters)", "Indie labels", "Hellas Verona"), the pronoun "Man" is no Isle of Man, and a name
gives one place in one text, dateline and mention alike.
"""

from __future__ import annotations

import pytest

from geo.fold import fold
from geo.geodata import COUNTRY_ALIASES, COUNTRY_NAMES_BY_LANGUAGE, own_country_names
from geo.mentions import find_mentions
from pipeline.extract import extract_text

PL = "Rząd przedstawił w poniedziałek nowy projekt ustawy, poinformowało ministerstwo."
CS = "Vláda v pondělí představila nový návrh zákona, uvedlo ministerstvo."
SK = "Vláda v pondelok predstavila nový návrh zákona, uviedlo ministerstvo."
HR = "Vlada je u ponedjeljak predstavila novi prijedlog zakona, priopćilo je ministarstvo."
SR = "Vlada je u ponedeljak predstavila novi predlog zakona, saopštilo je ministarstvo."
SV = "Regeringen presenterade på måndagen ett nytt lagförslag, meddelade departementet."
DA = "Regeringen har mandag fremlagt et nyt lovforslag, oplyser ministeriet."
NO = "Regjeringen la mandag fram et nytt lovforslag, opplyser departementet."
RO = "Guvernul a prezentat luni un nou proiect de lege, a anunțat ministerul."
TR = "Hükümet pazartesi günü yeni bir yasa tasarısı sundu, bakanlık açıkladı."
HU = "A kormány hétfőn új törvényjavaslatot terjesztett elő, közölte a minisztérium."
FI = "Hallitus esitteli maanantaina uuden lakiesityksen, kertoi ministeriö."
CA = "El govern ha presentat aquest dilluns un nou projecte de llei, ha informat el ministeri."

# brief, the country its dateline gives (the country itself, not a town of it)
DATELINES = [
    (f"NIEMCY (PAP) - {PL}", "DE"),
    (f"KOLUMBIA (PAP) - {PL}", "CO"),  # was Columbia, South Carolina
    (f"WŁOCHY (PAP) - {PL}", "IT"),  # was the Warsaw district
    (f"Indie – {PL}", "IN"),
    (f"NĚMECKO (ČTK) - {CS}", "DE"),
    (f"Rusko – {CS}", "RU"),  # was Rusko, Finland
    (f"MAĎARSKO (TASR) - {SK}", "HU"),
    (f"KINA (Hina) - {HR}", "CN"),  # was Kinna, Sweden
    (f"Njemačka – {HR}", "DE"),
    (f"NEMAČKA (Tanjug) - {SR}", "DE"),
    (f"KINA (TT) - {SV}", "CN"),
    (f"Tyskland – {SV}", "DE"),
    (f"DANMARK (Ritzau) - {DA}", "DK"),  # was Denmark, South Carolina
    (f"Frankrig – {DA}", "FR"),
    (f"HELLAS (NTB) - {NO}", "GR"),
    (f"COLUMBIA (Agerpres) - {RO}", "CO"),
    (f"ALMANYA (AA) - {TR}", "DE"),
    (f"KARADAĞ (AA) - {TR}", "ME"),  # a Turkish village's name: Montenegro in Turkish copy
    (f"NÉMETORSZÁG (MTI) - {HU}", "DE"),
    (f"RUOTSI (STT) - {FI}", "SE"),
    (f"XINA (ACN) - {CA}", "CN"),
]


@pytest.mark.parametrize(("text", "cc"), DATELINES)
def test_a_dateline_in_the_copys_own_name_of_a_country(text, cc):
    (rec,) = extract_text(text, mentions=False)
    assert (rec["country_code"], rec["precision"]) == (cc, "country"), rec["location_reason"]


# the same names bound to their languages, in copy of other languages: the town they were
LOOKALIKE_DATELINES = [
    ("COLUMBIA (Reuters) - The mayor said on Monday that the city would raise taxes.", "US"),
    ("TUNIS (Reuters) - The mayor said on Monday that the city would raise taxes.", "TN"),
    ("CHINY (Belga) - Le bourgmestre a annoncé lundi de nouveaux travaux.", "BE"),
]


@pytest.mark.parametrize(("text", "cc"), LOOKALIKE_DATELINES)
def test_a_bound_name_in_other_copy_stays_the_town(text, cc):
    (rec,) = extract_text(text, mentions=False)
    assert rec["country_code"] == cc
    assert rec["precision"] != "country", rec["location_reason"]


# a bound name that is the own name of a city named the world over: a dateline names the city
BOUND_CITY_DATELINES = [
    ("SALVADOR (AFP) - Le gouvernement a présenté lundi un projet de loi.", "BR"),  # de Bahia
    ("SALVADOR (Brésil) (AFP) - Le gouvernement a présenté lundi un projet de loi.", "BR"),
    (f"TUNIS (Hina) - {HR}", "TN"),
    (f"BRASILIA (STT) - {FI}", "BR"),
]


@pytest.mark.parametrize(("text", "cc"), BOUND_CITY_DATELINES)
def test_a_bound_name_of_a_city_named_the_world_over_is_the_city_in_a_dateline(text, cc):
    (rec,) = extract_text(text, mentions=False)
    assert (rec["country_code"], rec["precision"]) == (cc, "city"), rec["location_reason"]


def _countries(text: str, lang: str) -> list[tuple[str, str]]:
    ms = find_mentions(text, lang)
    return [(m.place, m.location.country_code) for m in ms if m.kind == "country"]


MENTIONS = [
    ("pl", "Według ministerstwa Indie to ważny partner handlowy.", ("Indie", "IN")),
    ("pl", "Według ministerstwa Niemcy to ważny partner handlowy.", ("Niemcy", "DE")),
    ("cs", "Podle ministerstva je Rusko důležitým obchodním partnerem.", ("Rusko", "RU")),
    ("sk", "Podľa ministerstva je Rakúsko dôležitým obchodným partnerom.", ("Rakúsko", "AT")),
    ("hr", "Prema ministarstvu, Kina je važan trgovinski partner.", ("Kina", "CN")),
    ("sv", "Enligt departementet är Kina en viktig handelspartner.", ("Kina", "CN")),
    ("da", "Ifølge ministeriet er Tyskland en vigtig handelspartner.", ("Tyskland", "DE")),
    ("no", "Ifølge departementet er Hellas en viktig handelspartner.", ("Hellas", "GR")),
    ("ro", "Potrivit ministerului, Columbia este un partener important.", ("Columbia", "CO")),
    ("tr", "Bakanlığa göre Fas önemli bir ticaret ortağı.", ("Fas", "MA")),
    ("hu", "A minisztérium szerint Kína fontos kereskedelmi partner.", ("Kína", "CN")),
    ("fi", "Ministeriön mukaan Viro on tärkeä kauppakumppani.", ("Viro", "EE")),
    ("ca", "Segons el ministeri, Lao és un soci comercial important.", ("Lao", "LA")),
]


@pytest.mark.parametrize(("lang", "text", "found"), MENTIONS)
def test_a_mention_of_a_country_in_its_own_language(lang, text, found):
    assert found in _countries(text, lang)


# a bound or skipped name as a word or a name of other copy, or a word of the language itself
LOOKALIKE_MENTIONS = [
    ("en", "Indie labels are thriving, the report said on Monday."),
    ("en", "Columbia University said on Monday it would cut fees."),
    ("it", "Hellas Verona ha vinto ieri sera contro il Milan."),
    ("sv", "Man kan inte vänta längre, sade ministern."),
    ("no", "Man må vente, sier statsråden."),
    ("de", "Man kann nicht länger warten, sagte der Minister."),
    ("fi", "Hän sanoi, että saksa on vaikea kieli."),
    ("pl", "Czad zabił w nocy trzy osoby w Krakowie, poinformowała straż pożarna."),  # CO
    ("ca", "Reunió d'urgència del govern aquest dilluns a Barcelona, ha informat el ministeri."),
]


@pytest.mark.parametrize(("lang", "text"), LOOKALIKE_MENTIONS)
def test_a_name_that_is_a_word_elsewhere_is_no_country(lang, text):
    assert _countries(text, lang) == []


@pytest.mark.parametrize(
    ("text", "cc"),
    [
        (f"KINA (TT) - Kina och Japan har inlett samtal. {SV}", "CN"),
        (f"WŁOCHY (PAP) - Włochy to ważny partner handlowy. {PL}", "IT"),
        (f"COLUMBIA (Agerpres) - Columbia este un partener important. {RO}", "CO"),
    ],
)
def test_the_dateline_and_the_mention_agree(text, cc):
    (rec,) = extract_text(text)
    name = rec["place"].title()
    assert rec["country_code"] == cc
    said = [m["country_code"] for m in rec["mentions"] if m["place"] == name]
    assert said and set(said) == {cc}


def test_every_bound_name_is_its_languages_cldr_name():
    """A bound name that is not its language's CLDR name of a country, nor a country alias
    ("America", bound to English copy), would bind nothing."""
    aliases = {fold(a) for a in COUNTRY_ALIASES}
    for lang, names in COUNTRY_NAMES_BY_LANGUAGE.items():
        own = own_country_names(lang)
        assert sorted(n for n in names if fold(n) not in own and n not in aliases) == [], lang
