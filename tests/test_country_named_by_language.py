"""A dateline's word that is the copy's own language's name of a country (CLDR) and only an
alternate name of a town abroad is the country, as the same word in the text is: "Ruanda" is
Rwanda in Spanish, German, Italian, Portuguese and Slovene copy, and one of Luanda's other names
in GeoNames; "França" is France in Portuguese, and Franca, Brazil only with its accents folded.

What must not move: the word in copy of a language where it names no country (Dutch writes
"Rwanda"), a town whose own name is the word ("Armenia", Colombia; "Guadalupe", Mexico), a city
of the named country itself ("MÉXICO" is Mexico City), and a town the text supports ("Angola" or
"São Paulo" in the story). The briefs are written for this test in the styles of wire copy.
"""

from __future__ import annotations

import pytest

from geo.geodata import own_country_names
from geo.location import PlaceQuery
from pipeline.extract import extract_text

# brief, language its dateline is read in, country the dateline gives, a word of the reason
ROWS = [
    # the copy's own name of a country, an alternate name of a town abroad: the country
    ("RUANDA, 12 nov (EFE).- El presidente anunció hoy nuevas conversaciones.", "es", "RW", "es"),
    ("RUANDA (dpa) - Die Regierung hat am Montag neue Gespräche angekündigt.", "de", "RW", "de"),
    ("RUANDA, 3 dic (ANSA) - Il presidente ha annunciato oggi nuovi colloqui.", "it", "RW", "it"),
    ("RUANDA, 3 dez (Lusa) - O presidente anunciou hoje novas conversações.", "pt", "RW", "pt"),
    ("RUANDA, 3. decembra (STA) - Predsednik je danes napovedal nove pogovore.", "sl", "RW", "sl"),
    ("FRANÇA, 3 dez (Lusa) - O presidente anunciou hoje novas conversações.", "pt", "FR", "pt"),
    # the text supports the town: its reading stands
    ("RUANDA, 12 nov (EFE).- El presidente habló hoy en Angola.", "es", "AO", "Angola"),
    ("FRANÇA, 3 dez - A prefeitura anunciou obras em São Paulo.", "pt", "BR", "São Paulo"),
    # not this language's name of a country: as before
    ("RUANDA (ANP) - De president heeft maandag gezegd dat hij overlegt.", "nl", "AO", "largest"),
    # a town whose own name is the word, a city of the named country itself: as before
    ("ARMENIA, 3 dic (EFE).- El alcalde anunció hoy nuevas obras.", "es", "CO", "Armenia, CO"),
    ("MÉXICO, 3 dic (EFE).- El presidente anunció hoy nuevas conversaciones.", "es", "MX", ""),
    ("GUADALUPE, 3 dic (EFE).- El alcalde anunció hoy nuevas obras en la ciudad.", "es", "MX", ""),
    # English copy: as before
    ("LUANDA (Reuters) - The president said on Monday that talks would resume.", "en", "AO", ""),
    ("JAMAICA (Reuters) - Police said on Monday that two men were arrested.", "en", "US", ""),
    # a town abroad by another name that would not have won anyway: the reason is the size's
    ("JORDAN (Reuters) - The king said on Monday that talks would resume.", "en", "JO", "largest"),
    ("CHAD (Reuters) - The army said on Monday that it had retaken a town.", "en", "TD", "largest"),
    ("PANAMÁ, 3 dic (EFE).- El presidente anunció hoy nuevas medidas.", "es", "PA", "largest"),
]


@pytest.mark.parametrize(("text", "lang", "cc", "word"), ROWS)
def test_a_dateline_named_as_a_country_in_its_own_language(text, lang, cc, word):
    (rec,) = extract_text(text)
    assert rec["lang"] == lang
    assert rec["country_code"] == cc, rec["location_reason"]
    assert word in rec["location_reason"]


@pytest.mark.parametrize(
    ("text", "cc"),
    [
        ("RUANDA, 12 nov (EFE).- El presidente se reunió hoy con el ministro de Ruanda.", "RW"),
        ("RUANDA (dpa) - Der Präsident hat am Montag in Ruanda den Minister getroffen.", "RW"),
        ("FRANÇA, 3 dez (Lusa) - O presidente reuniu-se hoje em França com o ministro.", "FR"),
    ],
)
def test_the_dateline_and_the_mention_of_the_word_agree(text, cc):
    (rec,) = extract_text(text)
    assert rec["country_code"] == cc
    assert [m["country_code"] for m in rec["mentions"]] == [cc]


def test_the_reason_says_which_town_lost_and_how(resolver):
    loc = resolver.resolve(PlaceQuery(name="RUANDA", lang="es", agencies=("EFE",)))
    assert loc.country_code == "RW"
    assert "the es name of the country; Luanda, AO only by another name" in loc.reason
    loc = resolver.resolve(PlaceQuery(name="FRANÇA", lang="pt"))
    assert "Franca, BR only without its accents" in loc.reason


def test_own_country_names_come_from_each_languages_cldr_locales():
    assert own_country_names("es")["ruanda"] == "RW"
    assert own_country_names("de")["ruanda"] == "RW"
    assert own_country_names("tr")["ruanda"] == "RW"
    assert "ruanda" not in own_country_names("nl")
    assert own_country_names("nl")["rwanda"] == "RW"
    assert own_country_names("xx") == {}


# the languages whose country names come from CLDR alone (no gazetteer table of their own), and
# short datelines (aliases, towns of two or three letters) the rule must leave as they were
PROBES = [
    ("RUANDA (AA) - Cumhurbaşkanı pazartesi günü yeni görüşmeleri açıkladı.", "tr", "RW", True),
    (
        "RUANDA, 3. prosinca (Hina) - Predsjednik je u ponedjeljak najavio nove razgovore.",
        "hr",
        "RW",
        True,
    ),
    (
        "RUANDA, 3 de desembre (ACN) - El president ha anunciat dilluns noves converses.",
        "ca",
        "RW",
        True,
    ),
    ("RUANDA (MTI) - Az elnök hétfőn új tárgyalásokat jelentett be.", "hu", "RW", True),
    ("USA, 3 dic (EFE).- El presidente anunció hoy nuevas medidas económicas.", "es", "US", False),
    ("IRÃ, 3 dez (Lusa) - O Governo anunciou hoje novas medidas.", "pt", "IR", False),
    ("ULM (dpa) - Der Bürgermeister hat am Montag neue Pläne vorgestellt.", "de", "DE", False),
    ("EDE (ANP) - De burgemeester heeft maandag nieuwe plannen gepresenteerd.", "nl", "NL", False),
    ("ICA, 3 dic (EFE).- El alcalde anunció hoy nuevas obras.", "es", "PE", False),
    ("AYR (PA) - The council said on Monday it would build new homes.", "en", "GB", False),
    # a brief too short to tell its language: no language's name of a country, no weight (its
    # reading is the other rules', not asserted here)
    ("RUANDA (Reuters) - Kagame sagte.", None, None, False),
    ("FRANÇA (AP) - Macron disse.", None, None, False),
]


@pytest.mark.parametrize(("text", "lang", "cc", "weighed"), PROBES)
def test_cldr_only_languages_short_datelines_and_unknown_languages(text, lang, cc, weighed):
    (rec,) = extract_text(text)
    assert rec["lang"] == lang
    assert cc is None or rec["country_code"] == cc, rec["location_reason"]
    assert ("name of the country" in rec["location_reason"]) is weighed


@pytest.mark.parametrize(
    ("name", "lang", "home", "cc", "weighed"),
    [
        # a town's own name however its apostrophes, dots or hyphens are written: not weighed
        # (the paper's home region makes Sant'Elena, Veneto the reading, as before)
        ("SANT’ELENA", "it", "IT-Veneto", "IT", False),
        ("SANT'ELENA", "it", "IT-Veneto", "IT", False),
        # its accents are not its own: weighed, whatever the home
        ("FRANÇA", "pt", "BR", "FR", True),
        ("RUANDA", "es", "AO", "RW", True),
    ],
)
def test_a_towns_own_name_written_with_other_punctuation_is_its_own(
    resolver, name, lang, home, cc, weighed
):
    from geo.home import parse_home

    loc = resolver.resolve(PlaceQuery(name=name, lang=lang), home=parse_home(home, resolver.g))
    assert loc.country_code == cc, loc.reason
    assert ("name of the country" in loc.reason) is weighed


def test_the_answers_do_not_depend_on_the_order_of_languages(resolver):
    # one resolver, its kept answers shared by every language: each language's own reading
    want = {"nl": "AO", "es": "RW", "en": "AO", "tr": "RW", "pt": "RW"}
    order = ["nl", "es", "nl", "en", "tr", "es", "pt", "en"]
    for _ in range(2):
        got = [
            resolver.resolve(PlaceQuery(name="RUANDA", lang=lang)).country_code for lang in order
        ]
        assert got == [want[lang] for lang in order]
        resolver.clear_cache()
