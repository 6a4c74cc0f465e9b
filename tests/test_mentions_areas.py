"""Islands, rivers, ranges, lakes and regions named in running text (``geo/data/areas.json``).

Briefs written for this project, both ways: the place is read where the text names it, and a
look-alike (a language, a firm, a band, a car, a person) stays unread; a name that is "New" and
a country's, or a small namesake town's, reads as the area.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo import gazetteer
from geo.distance import haversine_km
from geo.fold import fold
from geo.mentions import find_mentions, get_index
from geo.resolve import Resolver

AREAS = Path(__file__).resolve().parents[1] / "geo" / "data" / "areas.json"


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    r = Resolver(gazetteer.load())
    get_index(r)
    return r


def read(resolver, text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [
        (m.place, m.location.country_code, m.kind)
        for m in find_mentions(text, lang, resolver=resolver)
    ]


# lang, text, (place as written, country) that must be read
FOUND = [
    ("en", "Thousands of tourists were stranded on Majorca and Tenerife.", ("Majorca", "ES")),
    ("en", "Thousands of tourists were stranded on Majorca and Tenerife.", ("Tenerife", "ES")),
    ("de", "Waldbrände auf Teneriffa zwingen Urlauber zur Flucht.", ("Teneriffa", "ES")),
    ("it", "Un turista tedesco è morto a Maiorca.", ("Maiorca", "ES")),
    ("en", "An earthquake shook Bali and Lombok on Sunday.", ("Bali", "ID")),
    ("en", "An earthquake shook Bali and Lombok on Sunday.", ("Lombok", "ID")),
    ("en", "Flooding was reported across New England after the storm.", ("New England", "US")),
    ("fr", "Une tempête de neige frappe la Nouvelle-Angleterre.", ("Nouvelle-Angleterre", "US")),
    ("en", "Gold was found in the highlands of New Guinea.", ("New Guinea", None)),
    ("en", "Hikers went missing in the Black Forest near Freiburg.", ("Black Forest", "DE")),
    ("en", "A ferry to Orkney was cancelled because of the gale.", ("Orkney", "GB")),
    ("de", "Ein Schiff sank auf dem Genfersee.", ("Genfersee", None)),
    ("en", "Cruise ships on the Nile were halted at Aswan.", ("Nile", None)),
    ("nl", "De waterstand van de Rijn en de Donau daalt.", ("Rijn", None)),
    ("nl", "De waterstand van de Rijn en de Donau daalt.", ("Donau", None)),
    ("es", "Tres alpinistas murieron en los Pirineos.", ("Pirineos", None)),
    ("en", "Snow closed roads in the Andes between Chile and Argentina.", ("Andes", None)),
    ("en", "Mount Etna erupted again, closing Catania airport.", ("Mount Etna", "IT")),
    ("en", "Layoffs hit Silicon Valley as startups ran out of cash.", ("Silicon Valley", "US")),
    ("en", "A heat wave is spreading across the Midwest this week.", ("Midwest", "US")),
    ("en", "Wildfires raced through Provence and the Riviera.", ("Riviera", "FR")),
    ("en", "Tourists flocked to Java and Sumatra.", ("Java", "ID")),
    ("pt", "Um navio naufragou no Mediterrâneo.", ("Mediterrâneo", None)),
    ("en", "Rangers closed roads in Yellowstone after the quake.", ("Yellowstone", "US")),
    ("en", "Travellers were warned about the Arctic Circle's early snow.", ("Arctic Circle", None)),
    # the sea, not the island: "Sea" after the gated "Java" made one thing's name, read as none
    ("en", "A ferry sank in the Java Sea on Saturday, officials said.", ("Java Sea", None)),
    ("de", "Eine Fähre ist in der Javasee gesunken.", ("Javasee", None)),
    # the Jordan in the languages that do not write it in English ("le Jourdain" after an article)
    ("fr", "Des pèlerins se sont baignés dans le Jourdain dimanche.", ("Jourdain", None)),
    ("es", "Cientos de peregrinos visitaron el río Jordán el domingo.", ("río Jordán", None)),
    ("it", "I pellegrini si sono immersi nel fiume Giordano.", ("fiume Giordano", None)),
]


@pytest.mark.parametrize(("lang", "text", "want"), FOUND)
def test_area_read(resolver, lang, text, want):
    got = read(resolver, text, lang)
    assert want in [(p, cc) for p, cc, _ in got], got


# lang, text, the name that must stay unread (a language, a firm, a band, a car, a person)
UNREAD = [
    ("en", "She writes Java code for a bank in London.", "Java"),
    ("en", "The startup ported its app to Java Virtual Machine bytecode.", "Java"),
    ("en", "Nile Rodgers played a concert in Manchester.", "Nile"),
    ("en", "The Arctic Monkeys played two nights in Sheffield.", "Arctic"),
    ("en", "He drove a Buick Riviera to the party in Detroit.", "Riviera"),
    ("en", "Ursula Andes told reporters in Madrid that she would sing.", "Andes"),
    ("en", "Midwest Airlines cut flights from Milwaukee.", "Midwest"),
    ("en", "Skye Smith scored twice for Leeds.", "Skye"),
    ("en", "Thames Water was fined for spills near Oxford.", "Thames"),
    ("de", "Er fährt oder fliegt nach Berlin.", "oder"),
    # blind probes that fired wrongly before the names were gated (now main's readings)
    ("en", "The Colorado Rockies beat the Giants; the Rockies have now won four straight.", "Rock"),
    ("en", "Apple shipped macOS Yosemite patches in Cupertino.", "Yosemite"),
    ("en", "General Motors recalled Lada Volga sedans, the company said in Detroit.", "Volga"),
    ("en", "Baikal Mining Corp said output rose in Irkutsk.", "Baikal"),
    ("en", "Indus Towers shares fell in Mumbai.", "Indus"),
    # the Jordan's names as a person's: a surname, the Molière character
    ("fr", "Molière fait de Monsieur Jourdain un bourgeois de Paris.", "Jourdain"),
    ("it", "Umberto Giordano compose un'opera a Milano.", "Giordano"),
]


@pytest.mark.parametrize(("lang", "text", "name"), UNREAD)
def test_look_alike_unread(resolver, lang, text, name):
    got = read(resolver, text, lang)
    assert all(name not in p for p, _, _ in got), got


# the wrong readings of main: a namesake town or the country inside a "New X"
WRONG = [
    ("en", "Surfers headed to Bali for the holidays.", "Bali", "IN"),
    ("en", "Flooding was reported across New England after the storm.", "England", "GB"),
    ("en", "Gold was found in the highlands of New Guinea.", "Guinea", "GN"),
    ("en", "Hikers went missing in the Black Forest near Freiburg.", "Black Forest", "US"),
    ("fr", "Un bateau a chaviré sur le lac Victoria.", "Victoria", "HK"),
]


@pytest.mark.parametrize(("lang", "text", "name", "cc"), WRONG)
def test_wrong_reading_gone(resolver, lang, text, name, cc):
    assert (name, cc) not in [(p, c) for p, c, _ in read(resolver, text, lang)]


def test_entries_are_sane():
    """Every entry has a point on the globe, a radius, and names in known languages; an island's
    point lies near its main town (checked against the gazetteer for a few)."""
    raw = json.loads(AREAS.read_text("utf-8"))["areas"]
    langs = {"en", "nl", "de", "fr", "es", "it", "pt", "sl"}
    for a in raw:
        assert -90 <= a["lat"] <= 90 and -180 <= a["lon"] <= 180, a["name"]
        assert 0 < a["radius_km"] <= 7000, a["name"]
        assert set(a["names"]) <= langs and all(a["names"].values()), a["name"]
    g = gazetteer.load()
    by = {a["name"]: a for a in raw}
    for area, town, cc in [
        ("Mallorca", "Palma", "ES"),
        ("Tenerife", "Santa Cruz de Tenerife", "ES"),
        ("Maui", "Kahului", "US"),
        ("Santorini", "Fira", "GR"),
    ]:
        a = by[area]
        near = [
            haversine_km(a["lat"], a["lon"], g.lat[i], g.lon[i])
            for i in (p >> 1 for p in g.postings(fold(town)))
            if g.cc[i] == cc
        ]
        assert near and min(near) <= a["radius_km"], (area, town, near)


# area, town, country, whether the town lies within the area's radius (what geo/focus.py reads
# as "inside": a dateline town inside an area named in the text is the more precise of the two)
INSIDE = [
    ("Florida Keys", "Key West", "US", True),  # the chain's far end, ~81 km from its point
    ("Florida Keys", "Key Largo", "US", True),
    ("Florida Keys", "Miami", "US", False),  # the mainland: ~144 km, inside at a 150 km radius
    ("Florida Keys", "Homestead", "US", False),
    ("Mallorca", "Palma", "ES", True),
    ("Mount Etna", "Catania", "IT", False),  # the town at its foot is not the volcano
]


@pytest.mark.parametrize(("area", "town", "cc", "inside"), INSIDE)
def test_area_radius_holds_its_towns_only(area, town, cc, inside):
    by = {a["name"]: a for a in json.loads(AREAS.read_text("utf-8"))["areas"]}
    a, g = by[area], gazetteer.load()
    km = min(
        haversine_km(a["lat"], a["lon"], g.lat[i], g.lon[i])
        for i in (p >> 1 for p in g.postings(fold(town)))
        if g.cc[i] == cc
    )
    assert (km <= a["radius_km"]) is inside, (area, town, km)
