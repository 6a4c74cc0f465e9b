"""Places named in the text (geo.mentions) and the event's place (geo.focus).

Table-driven on briefs written for this project (every language, the traps: people and
organisations named like places), the seed page's briefs, and properties (never raises, spans
inside the input). The gazetteer index is the shared on-disk one (see tests/conftest.py); the
mention index is built once per session.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import gazetteer
from geo.distance import haversine_km
from geo.focus import choose_focus, lead_end
from geo.fold import fold
from geo.location import Location, PlaceQuery
from geo.mentions import KINDS, Mention, areas, find_mentions, get_index
from geo.mentions_eval import GOLD, WEB_GOLD, evaluate, load_gold, load_web_gold, report_focus
from geo.resolve import Resolver
from parsing.page import parse_page
from parsing.scoring import part_of

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "sample" / "anp-buitenland.txt"


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    r = Resolver(gazetteer.load())
    get_index(r)  # build the mention index once
    return r


def found(resolver, text, lang=None, exclude=()):
    return find_mentions(text, lang, exclude=exclude, resolver=resolver)


# --- what is found, and what is not -------------------------------------------------------------
# lang, text, expected (place as written, country or None), places that must NOT be found
CASES = [
    (
        "nl",
        "Het vliegdekschip is aangekomen in de Caribische Zee, via de Anegada-passage.",
        [("Caribische Zee", None), ("Anegada-passage", None)],
        [],
    ),
    (
        "nl",
        "Bij een aanval in de Gazastrook vielen doden. Ook in de Westelijke Jordaanoever.",
        [("Gazastrook", "PS"), ("Westelijke Jordaanoever", "PS")],
        [],
    ),
    (
        "nl",
        "Russische troepen rukken op in de Donbas en op de Krim.",
        [("Donbas", "UA"), ("Krim", "UA")],
        [],
    ),
    (
        "nl",
        "In de Oekraïense stad Balakliya in de regio Charkiv vielen drie doden.",
        [("Balakliya", "UA"), ("Charkiv", "UA")],
        [],
    ),
    (
        "nl",
        "Paris Hilton was in Parijs en daarna in Keulen.",
        [("Parijs", "FR"), ("Keulen", "DE")],
        ["Paris"],
    ),
    (
        "nl",
        "Jordan Bardella sprak met koning Abdullah van Jordanië.",
        [("Jordanië", "JO")],
        ["Jordan"],
    ),
    (
        "nl",
        "In Chili gaat Jara voorop, gevolgd door José Antonio Kast. Kast wil winnen.",
        [("Chili", "CL")],
        ["Kast"],
    ),
    (
        "nl",
        "Het Amerikaanse vliegdekschip USS Gerald R. Ford voer naar de Noordzee.",
        [("Noordzee", None)],
        ["Ford", "Gerald"],
    ),
    (
        "nl",
        "De Washington Post meldt dat de gesprekken in Doha plaatsvinden.",
        [("Doha", "QA")],
        ["Washington"],
    ),
    (
        "nl",
        "Kim Jong-un ontving Sjojgoe in Noord-Korea; Zuid-Korea protesteerde.",
        [("Noord-Korea", "KP"), ("Zuid-Korea", "KR")],
        ["Kim"],
    ),
    (
        "en",
        "The carrier arrived in the Caribbean Sea after crossing the Anegada Passage.",
        [("Caribbean Sea", None), ("Anegada Passage", None)],
        [],
    ),
    (
        "en",
        "Paris Hilton and Jordan Peterson attended a dinner in London on Friday.",
        [("London", "GB")],
        ["Paris", "Jordan"],
    ),
    (
        "en",
        "The Washington Post and The New York Times reported talks in Washington.",
        [("Washington", "US")],
        ["New York"],
    ),
    (
        "en",
        "President Trump met Jordan's King Abdullah to discuss aid to Gaza.",
        [("Jordan", "JO"), ("Gaza", "PS")],
        [],
    ),
    (
        "en",
        "Reading is good for children, a study at the University of Oxford found.",
        [],
        ["Reading", "Oxford"],
    ),
    (
        "en",
        "Houston Rockets guard Fred VanVleet will miss the season. Phoenix Suns fans wait.",
        [],
        ["Houston", "Phoenix"],
    ),
    (
        "en",
        "Chad Smith said the outbreak in Sudan had spread to Chad.",
        [("Sudan", "SD"), ("Chad", "TD")],
        [],
    ),
    (
        "en",
        "Mobile phones were seized. Mr. Lincoln said sales in Germany recovered.",
        [("Germany", "DE")],
        ["Mobile", "Lincoln"],
    ),
    (
        "en",
        "Houthi fighters attacked a ship in the Red Sea off the coast of Yemen.",
        [("Red Sea", None), ("Yemen", "YE")],
        [],
    ),
    (
        "en",
        "Bushfires burned across New South Wales as the Strait of Hormuz stayed open.",
        [("New South Wales", "AU"), ("Strait of Hormuz", None)],
        ["Wales"],
    ),
    (
        "de",
        "Der Flugzeugträger ist in der Karibik eingetroffen, nahe dem Gazastreifen nicht.",
        [("Karibik", None), ("Gazastreifen", "PS")],
        [],
    ),
    (
        "de",
        "Herr Paris sagte, in Essen sei der Strom wieder da. Das Essen bleibt kalt.",
        [("Essen", "DE")],
        ["Paris"],
    ),
    (
        "de",
        "Frau Jordan von der Universität Hamburg warnt vor Hitze in den Alpen.",
        [("Alpen", None)],
        ["Jordan", "Hamburg"],
    ),
    (
        "de",
        "Der FC Bayern München schlug Borussia Dortmund. Russlands Krieg geht weiter.",
        [("Russlands", "RU")],
        ["München", "Dortmund"],
    ),
    (
        "fr",
        "Le porte-avions est arrivé dans la mer des Caraïbes, près de la bande de Gaza.",
        [("mer des Caraïbes", None), ("bande de Gaza", "PS")],
        [],
    ),
    (
        "fr",
        "M. Nancy a indiqué qu'une manifestation avait eu lieu à Paris et à Lyon.",
        [("Paris", "FR"), ("Lyon", "FR")],
        ["Nancy"],
    ),
    (
        "fr",
        "Des drones ont frappé la région d'Odessa, dans le sud de l'Ukraine.",
        [("Odessa", "UA"), ("Ukraine", "UA")],
        [],
    ),
    (
        "es",
        "El portaaviones llegó al mar Caribe. Kast viajará a Buenos Aires.",
        [("mar Caribe", None), ("Buenos Aires", "AR")],
        ["Kast"],
    ),
    (
        "es",
        "Como cada año, miles de peregrinos llegaron a Santiago de Compostela, en Galicia.",
        [("Santiago de Compostela", "ES"), ("Galicia", "ES")],
        ["Como"],
    ),
    (
        "es",
        "El Real Madrid venció al Atlético de Madrid. En la Franja de Gaza hubo ataques.",
        [("Franja de Gaza", "PS")],
        ["Madrid"],
    ),
    (
        "it",
        "La portaerei è arrivata nel mar dei Caraibi. Raid nella Striscia di Gaza.",
        [("mar dei Caraibi", None), ("Striscia di Gaza", "PS")],
        [],
    ),
    (
        "it",
        "Oltre 500 migranti sono sbarcati a Lampedusa, partiti dalla Tunisia.",
        [("Lampedusa", "IT"), ("Tunisia", "TN")],
        [],
    ),
    (
        "it",
        "L'AC Milan giocherà a Napoli sabato, ha detto l'allenatore.",
        [("Napoli", "IT")],
        ["Milan"],
    ),
    # the UN's name is a dateline's place (its headquarters), not a place named in the text
    (
        "pt",
        "As Nações Unidas pediram uma trégua em Gaza nesta segunda-feira.",
        [("Gaza", "PS")],
        ["Nações Unidas"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "forbidden"), CASES)
def test_mentions_table(resolver, lang, text, expected, forbidden):
    ms = found(resolver, text, lang)
    got = [(m.place, m.location.country_code) for m in ms]
    for want in expected:
        assert want in got, (want, got)
    # a place inside a paper's or a university's name is named there, not a place of the text's
    # own (role NAMED_IN: tests/test_mentions_seated.py)
    places = [m.place for m in ms if not m.role]
    for bad in forbidden:
        assert bad not in places, (bad, got)
    for m in ms:
        assert text[m.start : m.end] == m.place
        assert m.kind in KINDS
        assert m.location.resolved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De Parijsstraat en de Londenweg liggen in het centrum.", "Parijs"),  # inside a word
        ("De Gaza-oorlog en de London-Reisen gingen door.", "Gaza"),  # a hyphenated compound
        ("Romanesque churches", "Roma"),  # "Roma" inside a word
        ("the ukrainian army and the chilean navy", "Chili"),  # lower case
    ],
)
def test_no_match_inside_a_word(resolver, text, name):
    assert found(resolver, text, "nl") == []
    # The name alone is found: the empty answer above is the rule, not a blind finder.
    assert [m.place for m in found(resolver, f"Het gebeurde in {name}.", "nl")] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "De Oekraïense, Chileense en Amerikaanse delegaties spraken.", ["UA", "CL", "US"]),
        (
            "en",
            "Romanesque and Romanian churches; Russians and a Kenyan runner.",
            ["RO", "RU", "KE"],
        ),
        ("en", "Russell Crowe and Mr. French met Turcotte and a Kenyan.", ["KE"]),
        ("de", "Die Russen und die Amerikaner verhandeln.", ["RU", "US"]),
        # the Baltic states: "Lets" (Dutch) is left out, an English sentence's "Lets" too
        ("en", "Three Latvian climbers, two Estonians and a Lithuanian.", ["LV", "EE", "LT"]),
        ("en", "The Latvians met Lithuanians.", ["LV", "LT"]),
        ("en", "Lets be clear: Estonian voters spoke.", ["EE"]),
    ],
)
def test_demonyms_are_their_own_kind(resolver, lang, text, expected):
    ms = found(resolver, text, lang)
    assert [m.location.country_code for m in ms if m.kind == "demonym"] == expected
    assert all(m.kind == "demonym" for m in ms)
    for m in ms:
        assert m.location.precision == "country"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die französische Polizei hat drei Männer festgenommen.", ["französische"]),
        (
            "de",
            "Die deutsche Bundesregierung und die spanischen Behörden.",
            ["deutsche", "spanischen"],
        ),
        ("fr", "La police française et le gouvernement allemand.", ["française", "allemand"]),
        ("es", "La policía francesa y las autoridades mexicanas.", ["francesa", "mexicanas"]),
        ("it", "La polizia francese e il governo tedesco.", ["francese", "tedesco"]),
        ("pt", "A polícia francesa e o governo alemão.", ["francesa", "alemão"]),
        # elsewhere a lower-case adjective is a style or a language, no place
        ("de", "Er mag französischen Wein und die englische Sprache.", []),
        ("fr", "La cuisine française et la langue allemande.", []),
        # the side the language writes it on: not the noun's next word in Germanic copy
        ("de", "Die Polizei französische Kollegen.", []),
        ("fr", "La française police.", []),
    ],
)
def test_a_lower_case_demonym_is_read_beside_a_word_for_a_nations_authorities(
    resolver, lang, text, expected
):
    """ "die französische Polizei", "la police française": the adjective of a nation's
    police, government or courts names it (a demonym at its country's point); a lower-case
    adjective anywhere else names nothing."""
    ms = found(resolver, text, lang)
    assert [m.place for m in ms] == expected
    assert all(m.kind == "demonym" and m.location.precision == "country" for m in ms)


def test_kinds(resolver):
    ms = found(resolver, "Schepen in de Zwarte Zee, troepen in de Donbas, een zaak in Texas.", "nl")
    assert {m.place: m.kind for m in ms} == {
        "Zwarte Zee": "sea",
        "Donbas": "area",
        "Texas": "region",
    }


def test_exclude_skips_the_dateline(resolver):
    text = "QUITO (ANP) - Kiezers in Ecuador stemden tegen."
    assert [m.place for m in found(resolver, text, "nl", exclude=((0, 14),))] == ["Ecuador"]
    assert [m.place for m in found(resolver, text, "nl")] == ["QUITO", "Ecuador"]


def test_bad_input_gives_nothing(resolver):
    assert find_mentions(None) == []  # type: ignore[arg-type]
    assert found(resolver, "", "nl") == []
    assert found(resolver, "In Parijs.", 42, exclude=(("x", None),)) == found(
        resolver, "In Parijs."
    )


def test_area_table_names_every_language():
    names: dict[str, set[str]] = {}
    for area, _ in areas():
        names.setdefault(area.name, set())
    assert {"Caribbean Sea", "Gaza Strip", "Donbas", "Anegada Passage", "Crimea"} <= set(names)
    raw = json.loads((ROOT / "geo" / "data" / "areas.json").read_text("utf-8"))
    langs: dict[str, set[str]] = {}
    for a in raw["areas"]:
        assert -90 <= a["lat"] <= 90 and -180 <= a["lon"] <= 180, a["name"]
        assert a["kind"] in ("sea", "area", "continent") and a["radius_km"] > 0, a["name"]
        langs.setdefault(a["name"], set()).update(a["names"])
    for name, have in langs.items():
        assert {"nl", "en", "de", "fr", "es", "it"} <= have, name


# --- focus --------------------------------------------------------------------------------------
def _seed_brief(place: str):
    for b in parse_page(SEED.read_text("utf-8")):
        if b.dateline and b.dateline.place == place and (place != "WASHINGTON" or "Ford" in b.text):
            return b
    raise AssertionError(place)


def _focus_of(resolver, brief):
    d = brief.dateline
    dl = resolver.resolve(PlaceQuery(d.place, d.qualifier, brief.text, brief.lang, d.agencies))
    ms = found(resolver, brief.text, brief.lang, exclude=((d.start, d.sep_end),))
    return choose_focus(ms, dl, brief.text, body_start=d.sep_end, lang=brief.lang), dl


def test_seed_ford_brief_happens_in_the_caribbean_sea(resolver):
    focus, dl = _focus_of(resolver, _seed_brief("WASHINGTON"))
    assert dl.name == "Washington"
    assert focus.location.name == "Caribbean Sea"
    assert focus.mention is not None and focus.mention.place == "Caribische Zee"
    assert "Caribische Zee" in focus.reason


@pytest.mark.parametrize(
    ("place", "name"),
    [
        ("BALAKLIYA", "Balakliya"),
        ("QUITO", "Quito"),
        ("PYONGYANG", "Pyongyang"),
        ("SANTIAGO", "Santiago"),
    ],
)
def test_seed_briefs_stay_at_their_more_precise_dateline(resolver, place, name):
    focus, dl = _focus_of(resolver, _seed_brief(place))
    assert focus.location == dl
    assert focus.location.name == name
    assert focus.reason.startswith("dateline")


def test_no_dateline_uses_the_best_mention_with_lower_confidence(resolver):
    text = (
        "Bij een aardbeving in het oosten van Turkije vielen doden. Het epicentrum lag bij Malatya."
    )
    ms = found(resolver, text, "nl")
    focus = choose_focus(ms, None, text)
    assert focus.location.country_code == "TR"
    assert focus.location.confidence < ms[0].location.confidence
    assert focus.reason.startswith("no dateline")


def test_a_lead_place_elsewhere_wins_but_background_does_not(resolver):
    dl = resolver.resolve(PlaceQuery("KYIV"))
    lead = "KYIV (AP) - Russian drones struck the city of Odesa overnight. The war began in Crimea."
    focus = choose_focus(found(resolver, lead, "en", exclude=((0, 13),)), dl, lead, body_start=13)
    assert focus.location.name in ("Odesa", "Odessa")
    later = "KYIV (AP) - Officials met on Monday. Earlier, drones struck the city of Odesa."
    focus = choose_focus(found(resolver, later, "en", exclude=((0, 13),)), dl, later, body_start=13)
    assert focus.location == dl


def test_no_place_no_focus():
    assert choose_focus([], None, "Nothing here.") is None
    assert choose_focus(None, None, None) is None  # type: ignore[arg-type]
    dl = Location(query="X", name="X", lat=1.0, lon=2.0, country_code="FR", precision="city")
    assert choose_focus([], dl, "").location == dl


def test_lead_end():
    text = "WASHINGTON (AP) - The U.S. and Mr. Smith met. Then they left."
    assert text[: lead_end(text)].endswith("met")


# --- properties ---------------------------------------------------------------------------------
_words = st.sampled_from(
    [
        "Parijs",
        "Paris",
        "Hilton",
        "in",
        "de",
        "Caribische",
        "Zee",
        "Gaza-",
        "strook",
        "U.S.",
        "Jordan's",
        "Kast",
        "R.",
        "Ford",
        "USS",
        "l'",
        "Ukraine",
        "New",
        "York",
        "Times",
        "mer",
        "des",
        "Caraïbes",
        "ß",
        "İ",
        "\u200b",
        "-",
        ".",
        "\n",
        "  ",
        "Nice",
        "Chili",
        "Bøe",
    ]
)
_texts = st.one_of(st.text(max_size=300), st.lists(_words, max_size=40).map(" ".join))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_texts, lang=st.sampled_from([None, "nl", "en", "de", "fr", "es", "it", "xx"]))
def test_never_raises_and_spans_are_inside(resolver, text, lang):
    ms = found(resolver, text, lang)
    last = -1
    for m in ms:
        assert isinstance(m, Mention)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.place
        assert m.start >= last  # text order, no overlaps
        last = m.end
    f = choose_focus(ms, None, text)
    assert f is None or f.location.resolved


# --- the labelled set -----------------------------------------------------------------------------
def test_gold_labels_are_consistent_and_copy_no_wire_text():
    gold = load_gold(GOLD)
    assert len(gold) >= 150
    ids = [r["id"] for r in gold]
    assert len(ids) == len(set(ids))
    for r in gold:
        if r["source"] == "wire":
            assert "text" not in r  # wire items are referenced by id only
        else:
            for m in r["mentions"]:
                assert r["text"][m["start"] : m["end"]] == m["place"]
        if r["focus"]:
            assert {"place", "country", "lat", "lon"} <= set(r["focus"])
    assert {r["lang"] for r in gold if r["source"] == "own"} >= {"nl", "en", "de", "fr", "es", "it"}


def test_web_focus_labels_cover_both_parts_by_id_only():
    """The tune part's labels first, then the held third's (labelled blind, measured, never tuned
    on): ids unique, by id only, every focus a named point with a country code or none."""
    gold = load_web_gold(WEB_GOLD)
    ids = [r["id"] for r in gold]
    assert len(ids) == len(set(ids))
    parts = [part_of(i) for i in ids]
    assert parts.count("tune") >= 200 and parts.count("held") >= 100
    assert parts == sorted(parts, key=lambda p: p == "held")  # tune labels, then held ones
    for r in gold:
        assert r["id"].startswith("web-") and set(r) == {"id", "focus", "note", "source"}
        assert isinstance(r["note"], str)
        if r["focus"] is not None:
            f = r["focus"]
            assert set(f) == {"place", "country", "lat", "lon"} and f["place"]
            assert f["country"] is None or (len(f["country"]) == 2 and f["country"].isupper())
            assert -90 <= f["lat"] <= 90 and -180 <= f["lon"] <= 180
    for part in ("tune", "held"):
        placed = [r for r in gold if part_of(r["id"]) == part and r["focus"] is not None]
        assert len(placed) >= 80


def test_web_focus_is_scored_without_mention_labels(resolver, tmp_path):
    """Items written for this test in the web file's layout: the focus is scored from the item's
    own dateline fields, no mention is counted, and a "no event place" item is counted apart."""
    items = [
        {
            "id": "web-t-1",
            "lang": "de",
            "text": "Kiew – Bei einer Kundgebung in Kiew wurden zehn Menschen festgenommen.",
            "dateline_raw": "Kiew –",
            "dateline_start": 0,
            "dateline_end": 6,
            "city": "Kiew",
            "agency": [],
        },
        {
            "id": "web-t-2",
            "lang": "en",
            "text": "Madrid – Police said a fire broke out in Lyon on Monday.",
            "dateline_raw": "Madrid –",
            "dateline_start": 0,
            "dateline_end": 8,
            "city": "Madrid",
            "agency": [],
        },
        {
            "id": "web-t-3",
            "lang": "en",
            "text": "A new app was released on Monday.",
            "dateline_raw": None,
            "city": None,
        },
    ]
    web = tmp_path / "web.jsonl"
    web.write_text("\n".join(json.dumps(x) for x in items), "utf-8")
    gold = [
        {
            "id": "web-t-1",
            "source": "web",
            "focus": {"place": "Kyiv", "country": "UA", "lat": 50.4547, "lon": 30.5238},
            "note": "",
        },
        {
            "id": "web-t-2",
            "source": "web",
            "focus": {"place": "Madrid", "country": "ES", "lat": 40.4165, "lon": -3.7026},
            "note": "a wrong label on purpose: Lyon is chosen",
        },
        {"id": "web-t-3", "source": "web", "focus": None, "note": ""},
    ]
    res = evaluate(gold, resolver=resolver, sources=("web",), web_path=web)
    t = res.total
    assert (t.items, t.focus_n, t.focus_ok, t.no_event, t.no_event_given) == (3, 2, 1, 1, 0)
    assert (t.tp, t.fp, t.fn) == (0, 0, 0)
    assert res.by_group["web/de"].focus_ok == 1
    assert "| **all** | 3 | 0.500 | 2 | 1 | 0 |" in report_focus(res)
    missing = evaluate(gold, resolver=resolver, sources=("web",), web_path=tmp_path / "no.jsonl")
    assert missing.total.items == 0 and "web items skipped" in missing.skipped


def test_own_briefs_meet_the_precision_target(resolver):
    res = evaluate(load_gold(GOLD), resolver=resolver, sources=("own",))
    assert res.total.items >= 100
    assert res.total.precision >= 0.9, res.errors
    # Precision is 1.0 when nothing is found at all: recall keeps an empty finder from passing.
    assert res.total.tp >= 100 and res.total.recall >= 0.9, res.errors


# --- reading a name from the whole text ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "cc", "admin1"),
    [
        # a town named with its county, region or state resolves there, not to the famous one
        (
            "Alexandria woman charged. Rapides Parish deputies said she lives in Alexandria.",
            "Alexandria",
            "US",
            "Louisiana",
        ),
        ("Amy Booth, of Fowlerville, Mich., will attend.", "Fowlerville", "US", "Michigan"),
        # other countries' region abbreviations qualify a town as a US state's do
        ("Police in London, Ont., said a man was arrested.", "London", "CA", "Ontario"),
        ("Two men from London (Ont.) were hurt.", "London", "CA", "Ontario"),
        ("A fire in Delta, B.C., destroyed a barn.", "Delta", "CA", "British Columbia"),
        ("The plant in Albany, WA, closed on Friday.", "Albany", "AU", "Western Australia"),
        ("Crews in Hobart, Tas., and Darwin, NT, left.", "Darwin", "AU", "Northern Territory"),
        ("The mayor of Moncton, N.B., spoke.", "Moncton", "CA", "New Brunswick"),
        (
            "Voters in Georgia went to the polls in Atlanta and Savannah.",
            "Georgia",
            "US",
            "Georgia",
        ),
        ("Tbilisi and Batumi: Georgia votes on Sunday.", "Georgia", "GE", None),
        ("The Paris City Council met in Lamar County, Texas.", "Paris", "US", "Texas"),
        ("Protesters marched in Paris and Lyon.", "Paris", "FR", None),
        # a list of countries: "China, Japan" is not the town of China in Japan
        ("Cases were reported in Mexico, China, Japan and Brazil.", "China", "CN", None),
        ("Flu cases rose in Canada, Japan, China and Peru.", "Japan", "JP", None),
    ],
)
def test_names_are_read_from_the_whole_text(resolver, text, place, cc, admin1):
    got = {m.place: m.location for m in found(resolver, text, "en")}
    assert got[place].country_code == cc, got[place].reason
    if admin1:
        assert got[place].admin1 == admin1, got[place].reason


@pytest.mark.parametrize(
    "text",
    [
        "The temple was built around 500 B.C. near Rome.",
        "B.C. Hydro raised its rates in Vancouver.",
        "Johannesburg, SA, was hit by power cuts.",
        "Flights from Seattle, WA, to Vancouver were cancelled.",
        "The SA team and the ACT party met in Sydney.",
        "Man. United lost in Madrid.",
    ],
)
def test_other_countries_region_abbreviations_are_no_region_elsewhere(resolver, text):
    """ "B.C." is also "before Christ", "SA" South Africa, "Man." a word: outside a qualifier
    (right after "Place, " or in parentheses, and then only after a place of that country) no
    such abbreviation is read as a region."""
    ms = found(resolver, text, "en")
    regions = {m.location.name for m in ms if m.location.country_code in ("CA", "AU")}
    regions -= {"Vancouver", "Sydney"}
    assert not regions, regions
    assert ms, text  # each names a real place too


def test_the_texts_language_weighs_between_namesakes(resolver):
    # Toledo, Ohio is larger; a Spanish text means Toledo, Spain
    got = {m.place: m.location for m in found(resolver, "El alcalde habló en Toledo.", "es")}
    assert got["Toledo"].country_code == "ES", got["Toledo"].reason


def test_the_dateline_place_disambiguates(resolver):
    dl = resolver.resolve(PlaceQuery("SPRINGFIELD", "Ill."))
    text = "The mayor of Springfield met officials from Chatham on Monday."
    ms = find_mentions(text, "en", resolver=resolver, dateline=dl)
    assert {m.place: m.location.admin1 for m in ms}["Springfield"] == "Illinois"


@pytest.mark.parametrize(
    ("text", "want", "not_found"),
    [
        # state abbreviations with their dot, counties and parishes, attributive states
        ("A man from Beckley, W.Va., and a woman from Ky. were hurt.", ["W.Va.", "Ky."], []),
        (
            "Kanawha County and Rapides Parish deputies searched.",
            ["Kanawha County", "Rapides Parish"],
            [],
        ),
        ("The Ohio governor and the Texas Department of Health agreed.", ["Ohio", "Texas"], []),
        ("Ohio Lawmakers Approve Budget After Long Night", ["Ohio"], []),
        # surnames that are also towns, people, streets
        # (each text names a real place too, so a finder that finds nothing fails)
        ("Desmond Clark, 22, pleaded guilty in Denver. Clark said he was sorry.", ["Denver"],
         ["Clark"]),
        ("Moore said the vote in Ohio was close, Bell added.", ["Ohio"], ["Moore", "Bell"]),
        # ... but after "in", "near", where the name ends the phrase, it is the town
        ("Generation Charleston paid. Crews cleaned the river in Charleston, W.Va., on Friday.",
         ["Charleston"], []),
        ("Desmond Clark, 22, pleaded guilty in Denver. In Clark's view the plea was fair.",
         ["Denver"], ["Clark"]),
        ("Desmond Clark, 22, pleaded guilty in Denver. Lawyers met in Clark hearing on Monday.",
         ["Denver"], ["Clark"]),
        ("Jordan Henderson and Paris Hilton flew to London.", ["London"], ["Jordan", "Paris"]),
        (
            "He lived in Madrid on calle California and later rue de Lyon.",
            ["Madrid"],
            ["California", "Lyon"],
        ),
        (
            "United Russia won in Moscow; TV Asahi and El Sol de Acapulco reported it.",
            ["Moscow"],
            ["Russia", "Asahi", "Acapulco"],
        ),
        # an institution's field after "of" is no town; a land there is still a place
        ("Officials of the Department of Justice met in Atlanta.", ["Atlanta"], ["Justice"]),
        # a US state's abbreviation that is also a word or a title ("Mass.", "Ga.", "Ind.",
        # "Miss.") is the state alone where a lower-case word follows its stop (no sentence
        # ends there); not where a sentence or a name may follow
        ("A Ga. pastor and Western Mass. stargazers met in Boston.", ["Ga.", "Mass.", "Boston"],
         []),
        ("Boaters avoiding Ind. tax crossed into Chicago.", ["Ind.", "Chicago"], []),
        ("She went to Mass. She then drove to Boston.", ["Boston"], ["Mass."]),
        ("Miss. Ellen Cole sang in Boston.", ["Boston"], ["Miss."]),
        ("A promoter from Mass. Bought the Hartford theatre.", ["Hartford"], ["Mass."]),
        ("The Prime Minister of Israel met the Secretary of Energy.", ["Israel"], ["Energy"]),
        # English writes two places, or a place and what it says of someone, as one hyphenated
        # word: its parts are read when the whole is no name (a pair of places, a "-based" or
        # "-area" tail, a prefix or a US party's letter before the place); one place beside a
        # word that is none is a person's or a thing's double name
        ("The river will crest in Fargo-Moorhead on Friday.", ["Fargo", "Moorhead"], []),
        ("A Russian-American crew flew on Egyptian-US terms.", ["Russian", "American", "US"], []),
        ("A Denver-based firm and a Sligo-born mother spoke.", ["Denver", "Sligo"], []),
        ("Calls from the Atlanta-area suburbs rose.", ["Atlanta"], []),
        ("Rep. Barbara Lee, D-Oakland, and two others voted no.", ["Oakland"], []),
        ("At least three non-Russians died in the raid.", ["Russians"], []),
        ("Winston-Salem and Wilkes-Barre agreed.", ["Winston-Salem", "Wilkes-Barre"], []),
        ("Helena Bowes-Lyon drove her battered truck to Leeds.", ["Leeds"], ["Lyon", "Bowes"]),
        ("A Mercedes-Benz plant opened near Stuttgart.", ["Stuttgart"], ["Mercedes"]),
        ("Flooding Hits Fargo-Moorhead Area Homes", ["Fargo", "Moorhead"], []),
        ("The Fargo-Moorhead area was flooded.", ["Fargo", "Moorhead"], []),
        ("Jean-Pierre Raffarin met the press in Lille.", ["Lille"], ["Pierre", "Jean"]),
    ],
)  # fmt: skip
def test_recognition_rules(resolver, text, want, not_found):
    _finds_only(resolver, text, want, not_found)


def _finds_only(resolver, text, want, not_found):
    """English ``text`` names every place of ``want`` and none of ``not_found`` (but inside an
    institution's name that stands there, role NAMED_IN: "The Washington Post")."""
    ms = found(resolver, text, "en")
    places = [m.place for m in ms]
    for p in want:
        assert p in places, (p, places)
    places = [m.place for m in ms if not m.role]
    for p in not_found:
        assert p not in places, (p, places)


@pytest.mark.parametrize(
    ("lang", "text", "want", "not_found"),
    [
        (
            "de",
            "Bayern München verlor gegen Köln. Urlaub in Bayern.",
            ["Köln", "Bayern"],
            ["München"],
        ),
        ("nl", "Ajax won in Eindhoven van PSV.", ["Eindhoven"], ["Ajax"]),
        (
            "it",
            "La Juventus batte il Napoli; il sindaco di Roma vive in via Milano.",
            ["Roma"],
            ["Napoli", "Milano"],
        ),
        (
            "es",
            "Vivía en la calle California de Lima; el Real Madrid ganó en Sevilla.",
            ["Lima", "Sevilla"],
            ["California", "Madrid"],
        ),
        (
            "fr",
            "Le PSG a battu l'Olympique de Marseille au Parc des Princes à Paris.",
            ["Paris"],
            ["Marseille"],
        ),
        # a state's name that speaks is a person; a country's is its government
        ("en", "Victoria said the vote changed Ukraine.", ["Ukraine"], ["Victoria"]),
        ("en", "Boskovich Farms of Oxnard, California said it would recall.", ["California"], []),
    ],
)
def test_traps_in_other_languages(resolver, lang, text, want, not_found):
    places = [m.place for m in found(resolver, text, lang)]
    for p in want:
        assert p in places, (p, places)
    for p in not_found:
        assert p not in places, (p, places)


def test_countries_and_regions_sit_at_their_own_point(resolver):
    ms = {m.place: m.location for m in found(resolver, "Texas and the United States.", "en")}
    us = ms["United States"]
    assert us.precision == "country" and abs(us.lat - 39.8) < 1.5 and abs(us.lon + 98.6) < 2.5
    tx = ms["Texas"]
    assert tx.precision == "region" and abs(tx.lat - 31.2) < 1.5 and abs(tx.lon + 99.5) < 2.5
    # the conventional country point (the Factbook's, as GeoNames and Wikipedia use it)
    ca = {m.place: m.location for m in found(resolver, "Snow fell across Canada.", "en")}
    assert (ca["Canada"].lat, ca["Canada"].lon) == (60.0, -95.0)
    # a big region at the centre of its land, not among its coastal towns (Brisbane 153.0 E)
    q = {m.place: m.location for m in found(resolver, "Floods hit Queensland.", "en")}
    assert q["Queensland"].precision == "region"
    assert haversine_km(q["Queensland"].lat, q["Queensland"].lon, -22.5, 144.5) < 160


def test_continents_only_when_asked(resolver):
    text = "Cases rose in Africa and Europe."
    assert found(resolver, text, "en") == []
    ms = find_mentions(text, "en", resolver=resolver, continents=True)
    assert [(m.place, m.kind) for m in ms] == [("Africa", "continent"), ("Europe", "continent")]


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name", "precision"),
    [
        # the dateline is elsewhere: the lead's place wins, a region at the region's point
        (
            "KYIV",
            "en",
            "KYIV (AP) - Russian drones struck the Odesa region overnight.",
            "Odessa",
            "region",
        ),
        (
            "MONTRÉAL",
            "fr",
            "MONTRÉAL (AFP) - Des feux de forêt brûlent dans le nord du Québec.",
            "Quebec",
            "region",
        ),
        # the dateline is where it happened
        (
            "QUITO",
            "es",
            "QUITO (EFE) - Miles de personas marcharon en Quito contra el Gobierno.",
            "Quito",
            "city",
        ),
    ],
)
def test_focus_cases(resolver, dateline, lang, text, name, precision):
    dl = resolver.resolve(PlaceQuery(dateline, None, text, lang))
    end = text.index("-") + 1
    ms = find_mentions(text, lang, exclude=((0, end),), resolver=resolver, dateline=dl)
    focus = choose_focus(ms, dl, text, body_start=end)
    assert focus.location.name == name, focus.reason
    assert focus.location.precision == precision
    if precision == "region":  # the region's own point, not its capital's
        assert (focus.location.lat, focus.location.lon) != (dl.lat, dl.lon)


def test_no_dateline_focus_is_the_lead_place(resolver):
    text = "Flooding hit northern Queensland on Monday; Brisbane sent help."
    focus = choose_focus(found(resolver, text, "en"), None, text)
    assert focus.location.name == "Queensland" and focus.location.precision == "region"
    assert focus.reason.startswith("no dateline")


def test_the_index_is_injectable_and_replaceable(resolver):
    from geo.mentions import MentionIndex, get_index, set_index

    own = MentionIndex(resolver)
    got = find_mentions("Floods in Bangladesh.", "en", index=own)
    assert [m.location.country_code for m in got] == ["BD"]
    set_index(own)
    try:
        assert get_index(resolver) is own
    finally:
        set_index(None)
    assert get_index(resolver) is not own  # forgotten: a fresh one is built on demand


# (text, words as (text[start:end], capitalised, sentence start, joined to the word before))
TOKENS = [
    ("Floods hit Rapides Parish.", [
        ("Floods", True, True, False), ("hit", False, False, True),
        ("Rapides", True, False, True), ("Parish", True, False, True),
    ]),
    # a possessive goes, and the word after it is not joined; an elided article is split off
    ("Jordan's Amman and l'Italia", [
        ("Jordan", True, True, False), ("Amman", True, False, False),
        ("and", False, False, True), ("Italia", True, False, False),
    ]),
    # an initial or "St." does not end a sentence and joins; a full stop after a word does
    ("Gerald R. Ford in St. Louis. Then Paris", [
        ("Gerald", True, True, False), ("R", True, False, True), ("Ford", True, False, True),
        ("in", False, False, True), ("St", True, False, True), ("Louis", True, False, True),
        ("Then", True, True, False), ("Paris", True, False, True),
    ]),
    ("U.S. troops\nNew  York", [
        ("U.S.", True, True, False), ("troops", False, False, True),
        ("New", True, True, False), ("York", True, False, True),
    ]),
    ("", []),
    # no word after the last letter or digit: nothing is read from the trailing run
    ("Paris ---|||...", [("Paris", True, True, False)]),
    ("--- |||", []),
]  # fmt: skip


@pytest.mark.parametrize("text,words", TOKENS)
def test_tokenize_spans_and_joins(text, words):
    from geo.mentions import tokenize

    toks = tokenize(text)
    assert [(text[t.start : t.end], t.cap, t.sentence, t.joined) for t in toks] == words


@pytest.mark.parametrize("text,words", TOKENS)
def test_possessive_words_are_the_words_of_plain_quantifiers(text, words):
    # nothing follows a word in the pattern, so a possessive quantifier gives up nothing a
    # plain one would: the same words and gaps, on the table's texts and on hard cases
    import re

    import geo.mentions as mentions

    plain = re.compile(r"([\W_]*+)((?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*)")
    for t in (text, "U.S.A. and D.C.'s W.Va.-based co-op", "l'Italia d’Anegada Be'er-Sheva"):
        assert mentions._GAP_WORD.findall(t) == plain.findall(t)
    assert len(mentions._GAP_WORD.findall(text)) >= len(words)


def test_tokenize_reads_no_trailing_run_of_non_words(monkeypatch):
    # From each character of a trailing run with no word after it the gap regex read to the
    # text's end: 100,000 hyphens alone took 100 s (quadratic). The scan now ends at the last
    # letter or digit (every word starts with one): checked by where it is told to stop, not
    # by a clock, and the tokens are the same.
    import geo.mentions as mentions

    real = mentions._GAP_WORD
    stops: list[int] = []

    class Watched:
        def findall(self, text, pos=0, endpos=None):
            stops.append(len(text) if endpos is None else endpos)
            return real.findall(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(mentions, "_GAP_WORD", Watched())
    for text, words in (
        ("-" * 40_000, []),
        ("Paris " + "|" * 40_000, ["Paris"]),
        ("Paris" + " ." * 20_000, ["Paris"]),
        ("Paris 2026 --- Lyon", ["Paris", "2026", "Lyon"]),
    ):
        stops.clear()
        toks = mentions._py_tokenize(text)  # the Python path (the C one never asks the regex)
        assert [text[t.start : t.end] for t in toks] == words
        assert stops == [len(text.rstrip("-|. "))]
        assert mentions.tokenize(text) == toks  # the C path, where built: one pass, same words


def test_words_that_start_nothing_are_skipped_with_the_same_answers(resolver, monkeypatch):
    # The scan skips a capitalised word it knows starts no name and no demonym
    # (``MentionIndex._starts_nothing``, kept per word): the mentions must be those the full
    # tests give, in every language, with German genitives and abbreviations about.
    texts = [(item["text"], item.get("lang")) for item in load_gold(GOLD) if "text" in item]
    texts += [
        ("Proteste in Russlands Hauptstadt, Berlins Polizei und Kiews Bürgermeister.", "de"),
        # genitives whose word and base start nothing, and ones a possessive is near
        ("Laut Müllers Angaben und Schmidts Bericht stieg Hamburgs Umsatz in Bayerns Süden.", "de"),
        (
            "Nach Peters Aussage lag Müllers King's Lynn vorn, Schmidts Queen Anne's County nicht.",
            "de",
        ),
        ("A man from Fowlerville, Mich., drove to Chapin, S.C., and W.Va. on Monday.", "en"),
        ("The Biden White House said New York and Meadow Grove, Neb., were hit.", "en"),
        ("Russians and Ukrainians met in Istanbul; French officials flew to Geneva.", "en"),
    ]
    index = get_index(resolver)

    def answers() -> list:
        return [[m.to_dict() for m in found(resolver, text, lang)] for text, lang in texts]

    index.clear_cache()
    fast = answers()
    assert any(index._dead.values()), "no word was found to start nothing"
    index.clear_cache()
    # every word asked in full: the memo answers "may start something" and keeps nothing (the
    # memo, not the method, is stubbed: compiled, ``MentionIndex`` is a class of C fields)
    monkeypatch.setattr(index, "_dead", _NothingDead())
    assert answers() == fast
    assert not index._dead  # the stub keeps nothing


class _NothingDead(dict):
    """A ``_dead`` memo that knows no word starting nothing: ``_scan`` tests each word in full."""

    def get(self, key, default=None):
        return False


def test_a_list_of_counties_names_counties(resolver):
    # "Becker, Clay and Douglas counties": each name of the list is read as a county; without
    # the plural (which the scan looks for in one pass before reading the list) they are not
    text = "Deputies from Becker, Clay and Douglas counties searched the lake."
    got = {m.place: (m.location.name, m.location.admin1) for m in found(resolver, text, "en")}
    assert got["Clay"] == ("Clay County", "Minnesota")
    assert got["Douglas"] == ("Douglas County", "Minnesota")
    plain = "Deputies from Clay and Douglas searched the lake in Fargo."
    names = {m.place: m.location.name for m in found(resolver, plain, "en")}
    assert names.get("Clay") != "Clay County" and names.get("Douglas") != "Douglas County"


# --- a county named bare before its offices, in a text that names it in full -----------------
@pytest.mark.parametrize(
    ("text", "place", "county"),
    [
        # read: the bare name before police, sheriff, deputies, a circuit court, a jail
        (
            "Henrico police seek a missing woman. Henrico County police said she is 34.",
            "Henrico",
            "Henrico County",
        ),
        (
            "DuPage Sheriff John Zaruba said speeding on DuPage County roads is up.",
            "DuPage",
            "DuPage County",
        ),
        (
            "Judge Mary Grace O'Brien of Prince William Circuit Court ruled. He lives in "
            "Prince William County.",
            "Prince William",
            "Prince William County",
        ),
        (
            "Weld County Sheriff's Office and Weld deputies searched the fields.",
            "Weld",
            "Weld County",
        ),
        (
            "Avoyelles Parish officials said the Avoyelles jail is full.",
            "Avoyelles",
            "Avoyelles Parish",
        ),
        # not read: no full name in the text (a surname's shape), another word after it,
        # a person of that name, a town's name, a stopword
        ("Henrico police seek a missing woman.", "Henrico", None),
        (
            "Sanders police reform plan draws fire from unions, Bernie Sanders said.",
            "Sanders",
            None,
        ),
        (
            "Gwinnett County schools opened; Gwinnett officials said buses ran late.",
            "Gwinnett",
            None,
        ),
        (
            "Polk County voters approved the levy; James Polk jail records were auctioned.",
            "Polk",
            None,
        ),
        ("Madison County deputies and Madison police met.", "Madison", "Madison"),
        ("Essex County Council said Essex Police would attend.", "Essex", None),
    ],
)
def test_a_county_named_bare_before_its_offices(resolver, text, place, county):
    got = {m.place: m.location.name for m in found(resolver, text, "en") if m.place == place}
    assert got.get(place) == county


# --- a paper's own country's towns, named bare; a town's name given a club's article ----------
@pytest.mark.parametrize(
    ("lang", "text", "place", "cc"),
    [
        ("nl", "Nieuwe plannen voor het station Harderwijk stuiten op verzet.", "Harderwijk", "NL"),
        ("de", "Bautzen: Stadtrat streitet über eine neue Unterkunft.", "Bautzen", "DE"),
        ("es", "Utrera: el ayuntamiento aprueba el nuevo plan de tráfico.", "Utrera", "ES"),
        ("fr", "Vierzon: la mairie ferme la piscine pour travaux.", "Vierzon", "FR"),
        ("pt", "Tomar: câmara aprova novo plano para o centro histórico.", "Tomar", "PT"),
        ("it", "Sassuolo: il consiglio comunale approva il bilancio.", "Sassuolo", "IT"),
    ],
)  # fmt: skip
def test_a_papers_own_country_town_needs_no_cue(resolver, lang, text, place, cc):
    """A town of 10,000 or more in the country of the paper's language is found bare (a
    headline's "X:", "station X"), where elsewhere a locative or a word such as "man" must
    introduce it."""
    got = {m.place: m.location.country_code for m in found(resolver, text, lang)}
    assert got.get(place) == cc, got


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Harderwijk: Stadtrat streitet über eine neue Unterkunft.", "Harderwijk"),
        ("en", "Taunton council approves a new shelter for refugees.", "Taunton"),
        ("en", "Vierzon: the mayor closes the pool for repairs.", "Vierzon"),
    ],
)
def test_a_bare_town_of_another_country_still_needs_a_cue(resolver, lang, text, place):
    """Not in the paper's language's country (English has none: it is written everywhere),
    a bare town of that size stays out; introduced as a town ("Taunton council"), it still
    needs its country when towns of that name lie in two (England and Massachusetts)."""
    assert place not in [m.place for m in found(resolver, text, lang)]


@pytest.mark.parametrize(
    ("text", "place", "cc"),
    [
        ("Roswell police arrested a man on Friday after a chase.", "Roswell", "US"),
        ("A man was shot in Ozark on Monday night.", "Ozark", "US"),
        ("Decatur city officials met on Monday to discuss the budget.", "Decatur", "US"),
        ("A fire destroyed a barn in Parkers Prairie on Tuesday.", "Parkers Prairie", "US"),
        ("Bautzen council approves a new shelter for refugees.", "Bautzen", "DE"),
        ("Fire crews left. ROSWELL - A man was hurt on Friday.", "ROSWELL", "US"),
        ("The pool in the city of Ozark closed on Monday.", "Ozark", "US"),
        ("She is a resident of Decatur, her lawyer said.", "Decatur", "US"),
    ],
)  # fmt: skip
def test_a_town_introduced_as_one_whose_towns_lie_in_one_country_is_found(
    resolver, text, place, cc
):
    """A local paper never names its own country. A town of 5,000 to 100,000 people that the
    text introduces as a town (a locative before it, a word for its people or offices after
    it, a word for a town or its people before "of", a dateline in capitals) is found without
    its country when every place of that name lies in one country: the name then says which."""
    got = {m.place: m.location.country_code for m in found(resolver, text, "en")}
    assert got.get(place) == cc, got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He spoke in Brentwood on Sunday.", "Brentwood"),  # towns in the US and England
        ("She wrote a history of Decatur and its founders.", "Decatur"),  # "of": no town cue
        ("Two men from Ozark were fined.", "Ozark"),  # "from" says where someone is from
    ],
)
def test_a_one_country_town_still_needs_a_town_cue(resolver, text, place):
    """The name alone vouches for its country only where the text introduces it as a town:
    not after "of" or "from", and not when towns of that name lie in two countries."""
    assert place not in [m.place for m in found(resolver, text, "en")]


@pytest.mark.parametrize(
    ("lang", "text", "place", "cc"),
    [
        ("en", "Police in Lawrence arrested three men on Monday.", "Lawrence", "US"),
        ("en", "Fans in Lens celebrated late into the night after the win.", "Lens", "FR"),
        ("en", "He spoke in Maryville on Sunday.", "Maryville", "US"),
        ("en", "The council in Montebello approved the budget. Montebello police agreed.",
         "Montebello", "US"),
        ("de", "Die Polizei in Lens nahm am Montag zwei Männer fest.", "Lens", "FR"),
        ("nl", "De brandweer in Lawrence rukte maandag uit voor een brand.", "Lawrence", "US"),
        ("es", "La policía en Montebello detuvo a dos hombres el lunes.", "Montebello", "US"),
    ],
)  # fmt: skip
def test_a_hamlet_abroad_is_no_rival_to_a_town_after_a_locative(resolver, lang, text, place, cc):
    """ "Police in Lawrence": the towns of 10,000 people or more of that name lie in one
    country; a hamlet abroad (a Lawrence of 1,000 in Australia) is read only with its region
    named, so it cannot be the town meant, and makes no second country."""
    got = [(m.place, m.location.country_code) for m in found(resolver, text, lang)]
    assert (place, cc) in got, got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Lawrence's view, the board acted too fast.", "Lawrence"),  # a possessive: whose
        ("Lawrence said the plan would cost too much.", "Lawrence"),
        ("Investors in Lens Technology lost money on Monday.", "Lens"),
        ("The role went to Jennifer Lawrence in the end.", "Lawrence"),
        ("Interest in Maryville College rose after the report.", "Maryville"),
        ("Montebello said on Tuesday that he would not resign.", "Montebello"),
        ("Volunteers cleaned the New Concord Reservoir area on Saturday.", "Reservoir"),
        ("Profits rose at Chile's Ripley department store chain.", "Ripley"),
        ("The mayor of Munsha‘at Abū ‘Umar spoke.", "Abū"),  # no "at" inside a word
    ],
)
def test_a_hamlet_abroad_still_rivals_where_no_locative_places_the_town(resolver, text, place):
    """Only a locative right before the name places it so: not a possessive after it ("in
    Lawrence's view": whose), a person or a thing named after the town, nor a word after the
    name (a reservoir's or a store's name)."""
    got = [m.place for m in found(resolver, text, "en") if not m.role]  # "Maryville College"
    assert place not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Russian artists who emigrated to America were shown.",
        "Clothes swapping first started in America years ago.",
    ],
)
def test_america_after_a_locative_is_the_land_not_the_town(resolver, text):
    """A word that continents' names are made of ("in America") is the land, not América,
    Argentina: in English copy the United States (place52)."""
    got = [(m.place, m.location.country_code) for m in found(resolver, text, "en")]
    assert [cc for p, cc in got if p == "America"] == ["US"], got


@pytest.mark.parametrize(
    "text",
    [
        "Police in Decatur's downtown arrested two men on Monday.",
        "A fire in Decatur's old mill was put out on Monday.",
    ],
)
def test_a_town_s_possessive_after_a_locative_is_still_introduced(resolver, text):
    """A possessive keeps the locative from placing a name over a hamlet abroad
    (``Name.placed``), not from introducing it as a town as any locative does: "in Decatur's
    downtown" is the town's, read as before place28."""
    got = [(m.place, m.location.country_code) for m in found(resolver, text, "en")]
    assert ("Decatur", "US") in got, got


@pytest.mark.parametrize(
    ("lang", "text", "club", "town_last"),
    [
        (
            "it",
            "Sassuolo in festa. Il Sassuolo ha battuto la Lazio; la festa a Sassuolo è durata.",
            "Sassuolo",
            True,
        ),
        (
            "es",
            "América, a la final. El América venció al Toluca; la fiesta siguió en Toluca.",
            "América",
            False,
        ),
    ],
)
def test_a_name_given_a_clubs_article_is_the_club_where_it_stands_bare(
    resolver, lang, text, club, town_last
):
    """ "il Sassuolo", "el América": the club; so is the bare name elsewhere in the text (a
    headline's "Sassuolo in festa"), but not after a locative ("a Sassuolo", the town)."""
    at = [m.start for m in found(resolver, text, lang) if m.place == club]
    assert at == ([text.rindex(club)] if town_last else []), at


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Volunteers filled sandbags in Fargo, said Fargo City Commissioner Tim Mahoney.", "Fargo"),
        ("Water reached homes in Gresham, said Gresham Police Chief Robin Sells.", "Gresham"),
    ],
)  # fmt: skip
def test_a_towns_institution_after_a_speech_verb_is_the_town(resolver, text, town):
    """ "said Parker" is a person, whose surname is then a person wherever it stands; "said
    Fargo City Commissioner X" names the town's commissioner, so the town stays a place."""
    places = [m.place for m in found(resolver, text, "en")]
    assert places.count(town) == 2, places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Roads repaved. CHILLICOTHE — The council voted, Ohio officials said.", "CHILLICOTHE"),
        ("Plant to close. MARIETTA (AP) -- Workers in Ohio were told on Friday.", "MARIETTA"),
    ],
)  # fmt: skip
def test_a_dateline_in_capitals_opening_the_story_is_a_place(resolver, text, town):
    """A bare town needs a word introducing it as a place; the dateline that opens the story,
    in capitals before a dash, is one."""
    assert town in [m.place for m in found(resolver, text, "en")]


def test_a_capitalised_word_before_a_dash_is_not_a_dateline_unless_in_capitals(resolver):
    text = "Roads to be repaved. Chillicothe — the council voted Monday, Ohio officials said."
    assert "Chillicothe" not in [m.place for m in found(resolver, text, "en")]
    # in capitals but with no separator after it, the dateline parser reads no dateline there
    bare = "Roads to be repaved. CHILLICOTHE The council voted Monday, Ohio officials said."
    assert "CHILLICOTHE" not in [m.place for m in found(resolver, bare, "en")]


@pytest.mark.parametrize(
    ("lang", "text", "team", "town_last"),
    [
        ("fr", "Nice a battu Marseille 2-1 samedi. La fête a duré.", "Marseille", False),
        ("es", "El Getafe venció a Leganés por 2-0; en Leganés hubo protestas.", "Leganés", True),
        ("it", "Il Sassuolo batte Empoli 3-1. A Empoli i tifosi hanno protestato.", "Empoli", True),
        ("de", "Freiburg schlägt Augsburg 2:0. In Augsburg blieb es ruhig.", "Augsburg", True),
        ("nl", "Heerenveen versloeg Zwolle met 3-1. In Zwolle bleef het rustig.", "Zwolle", True),
        ("pt", "O Flamengo venceu Fortaleza por 2-0 no domingo.", "Fortaleza", False),
        ("en", "Chicago beat Boston 3-1 on Sunday; fans in Boston were quiet.", "Boston", True),
    ],
)  # fmt: skip
def test_a_town_beside_a_match_verb_is_a_team(resolver, lang, text, team, town_last):
    """ "Nice a battu Marseille", "venció a Leganés": teams, and the bare name elsewhere too;
    after a locative it is the town ("In Augsburg blieb es ruhig")."""
    at = [m.start for m in found(resolver, text, lang) if m.place == team]
    assert at == ([text.rindex(team)] if town_last else []), at


@pytest.mark.parametrize(
    ("lang", "text", "found_there"),
    [
        ("es", "El Getafe venció a Chapecó por 2-0.", False),  # the personal "a": the team
        ("pt", "O Flamengo venceu a Chapecó por 2-0.", False),  # the article: the team
        (None, "O Flamengo venceu a Chapecó por 2-0.", False),  # unknown: every language's
        ("it", "La Juventus ha battuto a Bergamo il Milan per 2-0.", True),  # "a": where
    ],
)
def test_the_word_between_a_match_verb_and_the_team_is_the_languages(
    resolver, lang, text, found_there
):
    """Spanish "venció a X" and Portuguese "venceu a X" name the team beaten (the language's
    ``object_after_match``); in Italian "ha battuto a Bergamo" says where the match was."""
    name = "Bergamo" if lang == "it" else "Chapecó"
    assert (name in [m.place for m in found(resolver, text, lang)]) is found_there


def test_a_team_word_after_the_name_keeps_an_english_town_a_place(resolver):
    """ "beat London goalie Trevor Cann": the name says whose goalie; the town stays."""
    text = "Sarnia native Brandon Biggers beat London goalie Trevor Cann on Friday."
    assert "London" in [m.place for m in found(resolver, text, "en")]


@pytest.mark.parametrize(
    ("text", "cc", "name"),
    [
        ("Vlak iz Zagreba je prispel z eno uro zamude.", "HR", "zagreb"),
        ("Na Malti so včeraj odprli novo pristanišče.", "MT", "malta"),
        ("Avtobus iz Ljubljane je zamujal dve uri.", "SI", "ljubljana"),
        ("Razstavo bodo jutri odprli v Celju.", "SI", "celje"),
        ("Gasilci so v Krškem pogasili požar v skladišču.", "SI", "krsko"),
        ("Delegacija je prispela v Zagreb, nato pa odpotovala proti Beogradu.", "RS", "belgrade"),
        # at a sentence's start: the big city, not a name of it ("Mariboro") that needs more
        ("Iz Maribora so poročali o nesreči na avtocesti.", "SI", "maribor"),
        ("Od Maribora do Ptuja je nastal zastoj.", "SI", "maribor"),
        ("Včeraj so iz Maribora poročali o nesreči.", "SI", "maribor"),
    ],
)
def test_a_slovene_place_declined_after_its_preposition_is_found(resolver, text, cc, name):
    """Slovene declines place names ("v Ljubljani", "iz Maribora", "v Krškem"): after a
    preposition that governs the case, the word is read in its nominative."""
    ms = found(resolver, text, "sl")
    got = {fold(m.location.name or ""): m.location.country_code for m in ms}
    assert got.get(name) == cc, got


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        # several words, each declined: the adjective and the noun, or the first word only
        ("Policija je včeraj v Novem mestu prijela voznika.", "Novem mestu", "novo mesto"),
        ("Avtobus iz Murske Sobote je zamujal.", "Murske Sobote", "murska sobota"),
        ("Sodelujejo z Mursko Soboto.", "Mursko Soboto", "murska sobota"),
        ("Kolona je šla proti Slovenski Bistrici.", "Slovenski Bistrici", "slovenska bistrica"),
        ("Požar je izbruhnil v Škofji Loki.", "Škofji Loki", "skofja loka"),
        ("Vlak je obstal na Ravnah na Koroškem.", "Ravnah na Koroškem", "ravne na koroskem"),
        ("Shod je bil v Zagorju ob Savi.", "Zagorju ob Savi", "zagorje ob savi"),
        ("Otvoritev je bila v Slovenj Gradcu.", "Slovenj Gradcu", "slovenj gradec"),
        ("Novo mesto je dobilo novega župana.", "Novo mesto", "novo mesto"),
        # the instrumental, the dative and the plural; a fleeting e put back
        ("Minister je govoril s Celjem in Kranjem.", "Celjem", "celje"),
        ("Kolona je šla proti Krškemu.", "Krškemu", "krsko"),
        ("Nesreča se je zgodila v Trbovljah.", "Trbovljah", "trbovlje"),
        ("Otvoritev je bila v Logatcu.", "Logatcu", "logatec"),
        ("Požar je izbruhnil v Mengšu.", "Mengšu", "menges"),
        # a small town introduced by a preposition that places it
        ("Policija je v Postojni prijela voznika.", "Postojni", "postojna"),
        ("Avtobus s Ptuja je zamujal.", "Ptuja", "ptuj"),
        ("Zjutraj so na Bledu odprli razstavo.", "Bledu", "bled"),
    ],
)  # fmt: skip
def test_a_slovene_town_in_any_case_after_its_preposition_is_found(resolver, text, place, name):
    """Slovene towns of several words decline word by word ("v Novem mestu", "z Mursko
    Soboto", "na Ravnah na Koroškem": only the first); the instrumental, dative and plural
    endings are read back too, and a small town after a preposition that places it ("v
    Postojni", "s Ptuja": from) is read as a town of the copy's country. Slovene capitalises
    a town's first word alone ("Novo mesto")."""
    got = {
        m.place: (fold(m.location.name or ""), m.location.country_code)
        for m in found(resolver, text, "sl")
    }
    assert got.get(place) == (name, "SI"), got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("O Luciji in Nadi so pisali vsi časopisi.", "Luciji"),  # "about": a woman
        ("Z Marijo in Tino sta se dogovorila za sestanek.", "Marijo"),  # "with"
        ("Pri Maji Kranjc so praznovali.", "Kranjc"),  # a surname
        ("Za Primorske novice je pisal znani novinar.", "Primorske"),  # a paper, not the region
        ("V Slovenskih železnicah so sporočili, da vlaki zamujajo.", "železnicah"),
    ],
)
def test_a_slovene_name_declined_after_a_preposition_that_does_not_place_is_no_place(
    resolver, text, word
):
    """ "o" (about) and "z" before the instrumental (with) introduce people, "za" a paper: no
    town or region is read from the word after them."""
    ms = [m for m in found(resolver, text, "sl") if m.kind != "demonym"]
    assert not [m for m in ms if word in m.place], ms


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        ("Grška policija je prijela dva moška.", "Grška", "GR"),
        ("Poljske oblasti preiskujejo nesrečo.", "Poljske", "PL"),
        ("Vlada je sporočila, da je belgijska vlada odgovorila.", "belgijska", "BE"),
        ("Pismo so poslali kanadskim oblastem.", "kanadskim", "CA"),
        ("Romunski policisti so prijeli voznika.", "Romunski", "RO"),
        ("Bosanska policija je prijela voznika.", "Bosanska", "BA"),
        ("Izraelske oblasti so zanikale obtožbe.", "Izraelske", "IL"),
        ("Nizozemski policisti so prijeli voznika.", "Nizozemski", "NL"),
    ],
)
def test_a_slovene_demonym_of_any_country_is_read_in_its_cases(resolver, text, word, cc):
    """Slovene adjectives of countries come from CLDR: the language's name ("grščina" ->
    "grški", "romunščina" -> "romunski", not Romani's "romščina"), else the country's
    ("Belgija" -> "belgijski", "Kanada" -> "kanadski"), in every case ("kanadskim
    oblastem")."""
    got = {m.place: m.location.country_code for m in found(resolver, text, "sl")}
    assert got.get(word) == cc, got


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("sl", "Turška kava je močna in sladka.", "Turška"),
        ("sl", "Kitajski zid je dolg več tisoč kilometrov.", "Kitajski"),
        ("sl", "Grški jogurt je gost.", "Grški"),
        ("sl", "Japonski vrt so odprli za obiskovalce.", "Japonski"),
        ("sl", "Obiskovalci so si ogledali Kitajski zid in templje.", "Kitajski"),
        ("sl", "Nemški avtomobili so dragi.", "Nemški"),
        (None, "Turška kava je dobra.", "Turška"),  # a short text: the language not known
        ("sl", "Gorenjska banka je lani poslovala z dobičkom.", "Gorenjska"),
        ("sl", "Poročal je, da je Primorska univerza odprla nov oddelek.", "Primorska"),
        ("sl", "Štajerska vina so dobila nagrade.", "Štajerska"),
    ],
)
def test_a_slovene_capitalised_adjective_before_a_common_noun_is_no_place(
    resolver, lang, text, word
):
    """A country's adjective capitalised at a sentence's start or in a name, before a common
    noun, is read as the lower-case one is (beside an authority noun only), and a region named
    by an adjective is read only after a preposition: "Turška kava", "Kitajski zid", "Gorenjska
    banka" are a style, a thing's name, a bank."""
    assert not [m for m in found(resolver, text, lang) if m.place == word]


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        ("Turška policija je prijela voznika.", "Turška", "TR"),
        ("Kitajske oblasti so zanikale obtožbe.", "Kitajske", "CN"),
        ("Japonska vlada je sprejela ukrep.", "Japonska", "JP"),
        ("Grško sodišče je razsodilo.", "Grško", "GR"),
        ("Slovenci so zmagali na tekmi.", "Slovenci", "SI"),
        ("Neurje je na Gorenjskem podrlo drevesa.", "Gorenjskem", "SI"),
        ("Gasilci iz Primorske so pomagali.", "Primorske", "SI"),
    ],
)
def test_a_slovene_capitalised_adjective_beside_an_authority_is_still_read(
    resolver, text, word, cc
):
    """The rows above do not stop a capitalised adjective before an authority noun, a people's
    noun, or a region after its preposition."""
    got = {m.place: m.location.country_code for m in found(resolver, text, "sl")}
    assert got.get(word) == cc, got


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        ("Neurje je na Štajerskem podrlo drevesa.", "Štajerskem", "Styria (Slovenia)"),
        ("Avtobus z Gorenjske je zamujal.", "Gorenjske", "Upper Carniola"),
        ("Policija je v Prekmurju prijela voznika.", "Prekmurju", "Prekmurje"),
        ("Toča je v Beli krajini uničila pridelek.", "Beli krajini", "White Carniola"),
    ],
)
def test_a_slovene_region_is_read_in_its_cases(resolver, text, place, area):
    """Slovenia's traditional regions (``areas.json``) in the cases a preposition puts them in."""
    got = {m.place: m.location.name for m in found(resolver, text, "sl")}
    assert got.get(place) == area, got


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Američani podpirajo zamisel o mednarodnem sodišču.", "sl", "Američani"),
        ("The singer Malti performed in a small club.", "en", "Malti"),
    ],
)
def test_a_declined_form_without_its_preposition_or_language_is_not_read(
    resolver, text, lang, word
):
    """Not at a sentence's start without a preposition ("Američani", Americans, is no form of
    the Brazilian town Americana: it is the demonym, US), nor in another language's copy."""
    read = [m for m in found(resolver, text, lang) if m.place == word]
    assert all(m.kind == "demonym" and m.location.country_code == "US" for m in read), read


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("pt", "Obama fará o último discurso à frente da Casa Branca nesta terça.", "Casa Branca"),
        ("es", "Trump recibió al rey en la Casa Blanca el martes.", "Casa Blanca"),
        ("fr", "Le président a reçu le roi à la Maison Blanche mardi.", "Maison Blanche"),
    ],
)
def test_the_white_house_in_each_language_is_no_town(resolver, lang, text, name):
    """As "the White House" in English: not Casablanca (Portuguese "Casa Branca"), nor the
    towns named Casa Blanca or Maison Blanche."""
    assert name not in [m.place for m in found(resolver, text, lang)]


def test_casablanca_is_still_casablanca(resolver):
    got = {
        m.place: m.location.country_code for m in found(resolver, "O rei visitou Casablanca.", "pt")
    }
    assert got.get("Casablanca") == "MA", got


@pytest.mark.parametrize(
    ("text", "town", "n"),
    [
        ("A charity of Metropolitan Atlanta opened. Police in Atlanta said so.", "Atlanta", 2),
        # one name, one place: "in Ozark" introduces the town for the church's name too
        ("Members of First Baptist Church Ozark met while police in Ozark searched.", "Ozark", 2),
        ("Members of First Baptist Church Ozark met on Sunday.", "Ozark", 0),
    ],
)  # fmt: skip
def test_an_institutions_word_before_a_town_is_no_first_name(resolver, text, town, n):
    """ "Russell Westbrook": a capitalised word before a town's name makes it a person's, and
    the town a surname wherever it stands. A word for an institution or a town's area
    ("Metropolitan", "Church", "Council") is no first name: the town stays a place (a bare
    small town still needs its cue: "Church Ozark" is found where "in Ozark" introduces the
    town elsewhere in the text, not alone)."""
    places = [m.place for m in found(resolver, text, "en")]
    assert places.count(town) == n, places


@pytest.mark.parametrize(
    ("text", "place", "n"),
    [
        # found only as another town's alternate name: after a first word, a surname
        ("Petry said the site was clean. Kathy Cosco, spokeswoman for the department, "
         "said tests continue.", "Cosco", 0),
        ("The club met on Monday. Alex Cheng, an eighth-grader, won the title. Cheng went "
         "undefeated in five rounds.", "Cheng", 0),
        ("The deal was signed. Frank Madras, a lawyer for the buyer, declined to comment.",
         "Madras", 0),
        # the same alternate names where no first word stands before them: the city
        ("Tourists flock to Cosco every summer.", "Cosco", 1),
        ("Rains hit the coast. Madras was flooded on Monday.", "Madras", 1),
        # a day's word opens the sentence: no first name ("Yesterday", "Today")
        ("The storm passed. Yesterday Bombay reported heavy rain.", "Bombay", 1),
        ("Heavy snow closed roads. Today Peking and Tianjin issued warnings.", "Peking", 1),
        # a city under its own name keeps the older rule: a word before it opens the sentence
        ("Strikes spread. Greater Bombay was shut down on Tuesday.", "Bombay", 1),
        ("Markets slid. Seoul shares fell as Tokyo rose.", "Seoul", 1),
    ],
)  # fmt: skip
def test_a_first_word_before_an_alternate_name_makes_a_surname(resolver, text, place, n):
    """A capitalised word opening the sentence before a town's name makes a person of a small
    town's name ("Alex Harper"), not of a big city's ("Greater Bombay"). A name that reaches a
    big city only as its alternate name ("Cosco" of Cusco, "Cheng" of Zhengzhou, "Madras" of
    Chennai) claims no more than a small town's name does, so it is a surname there too,
    and the person wherever it stands alone. A word for a day ("Yesterday") is no first
    name."""
    places = [m.place for m in found(resolver, text, "en")]
    assert places.count(place) == n, places


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("He was taken to Hamilton Medical Center in Dalton, Georgia, where he died.",
         "Hamilton", "Dalton"),
        ("Staff at the Bush Regional Office in Cairo said claims were processed.",
         "Bush", "Cairo"),
        ("Evacuees sheltered at Lafayette High School in Lexington, Kentucky.",
         "Lafayette", "Lexington"),
        # the institution stands in the town it is named after: the town
        ("She was flown to Frederick Memorial Hospital in Frederick on Monday.",
         None, "Frederick"),
        # a county's institution stands in its seat: the county stays
        ("The suspect was held at Jackson County Jail in Kansas City overnight.",
         None, "Jackson County"),
        # a county, a state or a land after "in" says where the town lies: the town stays
        ("Surgery was cancelled at Warrington Hospital in Lancashire after a fire.",
         None, "Warrington"),
        ("Nurses at Lancaster General Hospital in Pennsylvania went on strike.",
         None, "Lancaster"),
        ("She was flown to Frederick Memorial Hospital in Maryland on Monday.",
         None, "Frederick"),
        # no other town after it: the older reading (a town's hospital names the town)
        ("He was treated at Cookeville Regional Medical Center and released.",
         None, "Cookeville"),
    ],
)  # fmt: skip
def test_an_institution_placed_in_another_town_is_named_after_a_person(resolver, text, gone, kept):
    """A town's own hospital, court or office needs no "in" to say where it stands: a town's
    name opening an institution's name that the text places "in" another town is a person's
    ("Hamilton Medical Center in Dalton"), not Hamilton, Ohio."""
    places = [m.place for m in found(resolver, text, "en")]
    assert kept in places, places
    assert gone is None or gone not in places, places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The UN appealed for US$2.8 million to help refugees in Kenya.", ["Kenya"]),
        ("The deal is worth HK$3 billion.", []),
        ("Fonterra paid NZ$8.90 a kilo to farmers in New Zealand.", ["New Zealand"]),
        # the country itself, written before a space or a word: the place
        ("The US economy grew as the US$ rose in Frankfurt.", ["US", "Frankfurt"]),
        ("The deal is worth $3 billion to Hong Kong.", ["Hong Kong"]),
    ],
)  # fmt: skip
def test_a_name_right_before_a_dollar_sign_is_a_currency(resolver, text, places):
    """ "US$", "HK$", "NZ$": letters glued to a dollar sign say whose dollar an amount is in,
    not a place the text speaks of."""
    assert [m.place for m in found(resolver, text, "en")] == places


def test_a_town_that_speaks_is_still_a_town_where_the_text_introduces_it_as_one(resolver):
    """ "Gainesville says" reads as a person who speaks, and the name then as that person
    wherever it stands alone; where the text introduces it as a town ("Gainesville
    residents") it is the town."""
    text = "Gainesville says it will fix the roads. Gainesville residents have waited years."
    starts = [m.start for m in found(resolver, text, "en") if m.place == "Gainesville"]
    assert starts == [text.rindex("Gainesville")], starts


def test_a_towns_name_given_a_first_name_stays_the_person_even_where_cued(resolver):
    """A surname the text gives a first name ("Tom Ozark") is the person wherever it stands,
    "an Ozark man" too: a person's name decides more than a cue."""
    text = "Coach Tom Ozark spoke on Friday. An Ozark man was hurt."
    assert "Ozark" not in [m.place for m in found(resolver, text, "en")]


@pytest.mark.parametrize(
    ("lang", "text", "place", "is_found"),
    [
        ("en", "She hired an Ozark teacher on Monday.", "Ozark", False),  # "an": an article
        (None, "She hired an Ozark teacher on Monday.", "Ozark", True),  # unknown: every list
        ("en", "She hired an Ozark man on Monday.", "Ozark", True),  # "man" introduces it
        ("pt", "O presidente caminhou no Palácio do Jaburu.", "Palácio", False),
    ],
)
def test_the_words_that_cue_a_small_town_are_the_languages(resolver, lang, text, place, is_found):
    """A bare small town needs a word that introduces it: a locative of the text's language
    (the common list without its ``locatives_drop``: English "an" is an article), not the
    words only that language adds (Portuguese "no Palácio" is a palace, not a town)."""
    assert (place in [m.place for m in found(resolver, text, lang)]) is is_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Huntsville High School students must register by Tuesday.", "Huntsville"),
        ("Ozark Middle School pupils planted trees on Friday.", "Ozark"),
    ],
)
def test_a_towns_school_names_the_town(resolver, text, place):
    """ "Huntsville High School": the town's school, as "Paris Police" is its police (not a
    name such as "Houston Rockets" that hides the town)."""
    assert place in [m.place for m in found(resolver, text, "en")]


def test_a_high_court_is_no_towns_school(resolver):
    text = "A judge at the London High Court struck out the claim."
    assert "London" not in [m.place for m in found(resolver, text, "en")]


def test_hyphenated_words_stay_whole_in_other_languages(resolver):
    """German and Dutch capitalise or join the nouns of a compound ("Ukraine-Krieg",
    "Gaza-oorlog"): a place inside one is not read."""
    assert found(resolver, "Der Ukraine-Krieg und die Berlin-Reise.", "de") == []
    assert "Fargo" in [m.place for m in found(resolver, "In Fargo-Moorhead.", "en")]


# texts whose names all have one reading, and texts with a namesake, in English (whose variety
# is read) and in a local-press language
SETTLED_TEXTS = [
    ("en", "The ministers met French diplomats in Germany."),
    ("en", "German and French officials met in Belgium on Tuesday."),
    ("en", "The colour of the council's buses in Springfield and Chatham was debated."),
    ("en", "Flooding hit Kanawha County, W.Va., and the Ohio River rose."),
    ("nl", "De Russische president sprak in Moskou met Oekraïense diplomaten."),
    ("es", "El alcalde habló en Toledo con vecinos de Córdoba."),
]


@pytest.mark.parametrize(("lang", "text"), SETTLED_TEXTS)
def test_names_with_one_reading_are_not_voted_on(resolver, monkeypatch, lang, text):
    """A text whose names each have one fixed or unsupported-free reading skips the vote and
    the variety: its mentions are what the full choice gives."""
    import geo.mentions as gm

    quick = found(resolver, text, lang)
    monkeypatch.setattr(gm, "settled", lambda nm: None)  # every name through ``choose``
    assert found(resolver, text, lang) == quick
    assert quick


def test_a_text_of_settled_names_reads_no_variety(resolver, monkeypatch):
    import geo.mentions as gm

    def no_variety(text, lang):
        raise AssertionError("the variety was read")

    monkeypatch.setattr(gm, "text_home", no_variety)
    got = found(resolver, "The ministers met French diplomats in Germany.", "en")
    assert [m.place for m in got] == ["French", "Germany"]
    assert [m.location.reason.endswith("(only reading)") for m in got] == [False, True]


class _CountedToken:
    """A word for ``_in_title_case`` that counts how often its sentence mark is read."""

    reads = 0

    def __init__(self, key: str, sentence: bool) -> None:
        self.key, self.cap, self._sentence = key, key[:1].isupper(), sentence

    @property
    def sentence(self) -> bool:
        _CountedToken.reads += 1
        return self._sentence


def test_title_case_reads_each_sentence_once_however_long():
    """A text with no sentence break (a hostile page of one repeated line) is read in time
    linear in its words: each word asked about does not walk back to the sentence's start."""
    from geo.mentions import _in_title_case

    n = 3000
    toks = [_CountedToken("São" if k % 2 else "paulo", k == 0) for k in range(n)]
    toks += [_CountedToken("Berlin", True), _CountedToken("Hamburg", False)]
    toks += [_CountedToken("Munich", False), _CountedToken("Leipzig", False)]
    _CountedToken.reads = 0
    memo: dict[int, bool] = {}
    answers = [_in_title_case(toks, i, memo) for i in range(len(toks))]
    assert _CountedToken.reads < 4 * len(toks)
    assert answers[:n] == [False] * n  # its long words in small letters: no title case
    assert answers[n:] == [True] * 4  # "Berlin Hamburg Munich Leipzig": title case


def test_a_name_repeated_votes_one_point_and_is_read_as_once():
    """A text naming one town thousands of times (a hostile page) votes its point once: the
    nearness walk is over distinct points, so the vote is not quadratic in the mentions, and
    the reading is the one the name gets when named a few times."""
    from geo.disambiguate import _Votes

    g = gazetteer.load()
    i = next(p >> 1 for p in g.postings("hamburg") if g.kind[p >> 1] == gazetteer.CITY)
    votes = _Votes()
    for _ in range(5000):
        votes.add(g, "hamburg", i, g.cc[i], 1.0)
    votes.add(g, "kiel", i, g.cc[i], 1.0)
    assert len(votes.points) == 2
    assert votes.near(g, i, "hamburg") == votes.near(g, i, "hamburg")  # the same answer, kept

    few = "Police in Hamburg said. Hamburg and Kiel agreed."
    many = "Police in Hamburg said. " + "Hamburg and Kiel agreed. " * 400
    place = {m.place: m.location for m in find_mentions(few)}
    assert {m.place: m.location for m in find_mentions(many)} == place
    assert place["Hamburg"].country_code == "DE"


def test_many_points_are_walked_by_the_grid_with_the_answers_of_the_whole_walk():
    """A page listing thousands of towns: each reading walks only the grid's cells around it
    (the walk over every point was quadratic: 4,000 towns took 6.5 s), with the same nearest
    point and bonus as the whole walk, ties and the date line and the poles included."""
    import math
    import random

    from geo.disambiguate import GRID_FROM, NEAR_ZERO_KM, _near, _Votes

    g = gazetteer.load()
    rng = random.Random(15)
    cities = [i for i in range(len(g.kind)) if g.kind[i] == gazetteer.CITY]
    edge = [i for i in cities if abs(g.lat[i]) > 66 or abs(g.lon[i]) > 175]
    readings = rng.sample(cities, 300) + edge[:300]
    votes = _Votes()
    for j, i in enumerate(rng.sample(cities, 3000) + edge):
        votes.points.append((g.lat[i], g.lon[i], f"k{j % 2000}"))
    for j, i in enumerate(readings):  # close points, two at the same distance: a tie
        d = rng.choice((0.01, 0.5, 2.6, 2.75))
        votes.points.append((g.lat[i] + d, g.lon[i], f"n{j}"))
        votes.points.append((g.lat[i] - d, g.lon[i], f"s{j}"))
        east = rng.choice((120.0, 250.0, 299.0)) / (math.cos(math.radians(g.lat[i])) * 111.2)
        votes.points.append((g.lat[i], (g.lon[i] + east + 180.0) % 360.0 - 180.0, f"e{j}"))
    votes.points.append((float("nan"), 0.0, "nan"))
    assert len(votes.points) >= GRID_FROM and len(edge) > 50
    for i in readings:
        for own in ("k1", f"n{readings.index(i)}", "none"):
            assert votes.near(g, i, own) == _near(g, i, votes.points, own)
        # the cells hold every point the walk could find nearer than NEAR_ZERO_KM
        kx = math.cos(math.radians(g.lat[i])) * 111.2
        reach = set(votes._within_reach(g.lat[i], g.lon[i]))
        for la, lo, key in votes.points:
            dl = abs(lo - g.lon[i])
            d = math.hypot(min(dl, 360.0 - dl) * kx, (la - g.lat[i]) * 111.2)
            assert not d < NEAR_ZERO_KM or (la, lo, key) in reach  # NaN is never nearer


def test_a_point_with_no_finite_place_is_left_out_of_the_grid_as_the_walk_leaves_it():
    """A point at an infinite or NaN latitude or longitude (a dateline's place from elsewhere
    with no usable coordinates) is never the nearest in the whole walk; the grid has no cell
    for it and leaves it out, rather than failing on the page."""
    from types import SimpleNamespace

    from geo.disambiguate import GRID_FROM, _near, _Votes

    votes = _Votes()
    for k in range(GRID_FROM):
        votes.points.append((10.0 + k * 0.01, 10.0, f"k{k}"))
    for bad in ((float("inf"), 0.0), (0.0, float("-inf")), (float("nan"), 10.0)):
        votes.points.append((*bad, "bad"))
    g = SimpleNamespace(lat=[10.0, 45.0], lon=[10.5, -120.0])
    for i in (0, 1):
        assert votes.near(g, i, "x") == _near(g, i, votes.points, "x")
    assert votes.near(g, 0, "x")[1] == "k0"


# --- a town named by its people or offices, in copy of one country ------------------------------
# (text, place as written, country, first-level region or None, the text's variety read): a
# paper names its own town's people and offices bare ("a Paris man", "Athens City Council"); a
# capital abroad it names with its country, its people or a qualifier, which keep it abroad
OWN_TOWN = [
    (
        "A Paris man was charged Tuesday with burglary after deputies found stolen jewelry in "
        "his pickup, and neighbors in his neighborhood said the break-ins had stopped.",
        "Paris",
        "US",
        None,
        "US",
    ),
    (
        "The Athens City Council voted 4-1 Tuesday to raise water rates 3 percent, and the "
        "neighborhood center will close at 6 p.m. on weekdays.",
        "Athens",
        "US",
        None,
        "US",
    ),
    (
        "Berea residents are on alert for a man who robbed a convenience store in a quiet "
        "neighborhood; the clerk said he wore a gray hooded jacket and fled toward the center "
        "of town. Officers searched Berea until dawn.",
        "Berea",
        "US",
        None,
        "US",
    ),
    # "Dublin City" is another name of Dublin, Ireland: "Dublin City Council" is the town's
    (
        "Dublin City Council voted Monday to rename a street in the Elm Park neighborhood, and "
        "the city engineer said 80 percent of residents favored the change.",
        "Dublin",
        "US",
        None,
        "US",
    ),
    (
        "Athens City Hall will close at noon Friday for the holiday, and the neighborhood "
        "center will open at 9 a.m. with a 10 percent discount.",
        "Athens",
        "US",
        None,
        "US",
    ),
    # a city whose name ends in "City" keeps it
    (
        "Kansas City Council members voted Thursday to raise the sales tax 1 percent, and "
        "neighbors of the new center spoke against it.",
        "Kansas City",
        "US",
        "Missouri",
        "US",
    ),
    # the story's other places say which state, the rule or none
    (
        "A Paris man was arrested Tuesday after a chase that began in Lexington and ended in "
        "Bourbon County, and neighbors said the gray pickup had circled the neighborhood.",
        "Paris",
        "US",
        "Kentucky",
        "US",
    ),
    (
        "A chase that began in Lexington ended in Paris on Tuesday, and neighbors said the gray "
        "pickup had circled the neighborhood for days before deputies stopped it in Bourbon "
        "County.",
        "Paris",
        "US",
        "Kentucky",
        "US",
    ),
    # abroad: the text backs the reading abroad, or says nothing of its own country
    # a city's police are named so by any paper, of a capital abroad as of its own town
    (
        "Paris police said the suspect, armed with a knife, was arrested near the Eiffel Tower "
        "on Tuesday; the neighborhood center reopened and prices rose 3 percent.",
        "Paris",
        "FR",
        None,
        "US",
    ),
    (
        "Athens police fired tear gas at protesters outside parliament on Tuesday, and the "
        "neighborhood center was closed; the color of the banners was gray, 5 percent said.",
        "Athens",
        "GR",
        None,
        "US",
    ),
    (
        "The governor held talks in Paris with French officials on Tuesday about trade, and "
        "said exports of aluminum would rise 5 percent, a favorite theme of his neighbors.",
        "Paris",
        "FR",
        None,
        "US",
    ),
    (
        "A Paris man was arrested Tuesday after French police found explosives in his "
        "apartment, neighbors said; the gray building stands in a quiet neighborhood.",
        "Paris",
        "FR",
        None,
        "US",
    ),
    (
        "Flights from Dublin to London were canceled Tuesday, and travelers waited in the gray "
        "terminal as the airline said 40 percent of its routes were affected.",
        "Dublin",
        "IE",
        None,
        "US",
    ),
    (
        "A Paris, France, man was arrested Tuesday at the airport with stolen jewelry, and "
        "neighbors in his neighborhood said he had traveled often.",
        "Paris",
        "FR",
        None,
        "US",
    ),
    (
        "A London man was arrested at Heathrow Airport on Tuesday, British police said, and "
        "neighbors said he had traveled with gray luggage, 20 percent heavier than allowed.",
        "London",
        "GB",
        None,
        "US",
    ),
    (
        "Dublin City Council has organised a public consultation on the new cycle lanes, and a "
        "spokesperson said the colour of the kerbs would change.",
        "Dublin",
        "IE",
        None,
        None,
    ),
    (
        "A Paris man was charged Tuesday with burglary after officers found stolen jewelry in "
        "his car, the prosecutor said.",
        "Paris",
        "FR",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "place", "cc", "a1", "variety"), OWN_TOWN)
def test_a_town_named_by_its_people_or_offices_is_the_home_countrys(
    resolver, text, place, cc, a1, variety
):
    from geo.resolve import text_home

    home = text_home(text, "en")
    assert (home.cc if home else None) == variety
    got = [m for m in found(resolver, text, "en") if m.place == place]
    assert got and {m.location.country_code for m in got} == {cc}
    if a1:
        assert {m.location.admin1 for m in got} == {a1}


def test_the_reason_says_the_people_or_offices_decided(resolver):
    text = OWN_TOWN[0][0]
    (m,) = [m for m in found(resolver, text, "en") if m.place == "Paris"]
    assert m.location.reason.endswith(
        "(its people or offices named, namesake in the text's country (US English))"
    )


def test_a_user_given_home_is_the_home_for_a_towns_people_too(resolver):
    """The home the user gives for the source weighs as the text's variety does."""
    from geo.home import parse_home

    text = "A Paris man was charged Tuesday with burglary, the prosecutor said."
    got = find_mentions(text, "en", resolver=resolver, home=parse_home("US"))
    assert [m.location.country_code for m in got] == ["US"]
    got = find_mentions(text, "en", resolver=resolver, home=parse_home("GB"))
    assert [m.location.country_code for m in got] == ["FR"]  # no Paris in Britain


@pytest.mark.parametrize(
    ("text", "lang", "reads"),
    [
        ("Officials in Kharkiv and Lviv said talks in Kyiv would resume.", "en", False),
        (
            "Die Polizei in Tripolis und Bengasi meldete Kämpfe, sagte ein Sprecher in Kairo.",
            "de",
            False,
        ),
        ("Le maire de Tripoli et Benghazi a parlé au Caire.", "fr", False),
        ("Officials in Tripoli and Benghazi said talks in Cairo would resume.", "en", True),
        # a settled name in the variety's countries (Saskatoon) weighs no home: not read
        ("Officials in Kharkiv, Saskatoon and Lviv said talks in Kyiv would resume.", "en", False),
        ("Sheriff's deputies in Athens said the color of the truck was gray.", "en", True),
    ],
)
def test_the_variety_is_read_only_where_a_name_reads_in_its_countries(
    resolver, monkeypatch, text, lang, reads
):
    """The text's own country weighs only a reading in it, and is always one its language's
    variety may name: a text none of whose names reads in one of those is not read for it,
    and its places are those the full read gives."""
    import geo.mentions as gm

    read: list[str] = []
    real = gm.text_home

    def counted(text, lang):
        read.append(lang)
        return real(text, lang)

    monkeypatch.setattr(gm, "text_home", counted)
    got = found(resolver, text, lang)
    assert bool(read) == reads
    monkeypatch.setattr(gm, "_variety_weighs", lambda g, names, lang: True)  # always read
    assert found(resolver, text, lang) == got
    assert got


# --- one name, one place: a town introduced once is the town at its other bare mentions --------
# text, the name, how many of its mentions are places
ONE_NAME = [
    # "in" introduces the town; the sentence's first word and "Torrington firefighters" then name
    # it too (a bare town of 35,000 needs a cue, and firefighters is none)
    ("A fire broke out in Torrington on Monday. Torrington firefighters called for help.",
     "Torrington", 2),
    ("Crews worked near Torrington all night. By noon Torrington crews went home.",
     "Torrington", 2),
    ("A Torrington man was hurt. Torrington firefighters said the house was lost.",
     "Torrington", 2),
    # no introduction anywhere: none is read
    ("Torrington firefighters called for help. Torrington crews went home.", "Torrington", 0),
    # "from" or "at" introduces firms and venues too: no other mention follows them
    ("Consultants from McPherson met the board. McPherson representatives spoke.",
     "McPherson", 0),
    # an office after the name is said of a field as well ("the Justice Department"):
    # it introduces nothing for "the Department of Justice"
    ("He was charged by the Justice Department. The Department of Justice said so.",
     "Justice", 1),
    # a name that speaks ("Gainesville says") is a person where it stands alone, unless the
    # text introduces it as a town: then it is the town at its bare mentions too
    ("Police in Gainesville marched. Gainesville says no. It is about protecting Gainesville.",
     "Gainesville", 2),
    ("Gainesville says no. It is about protecting Gainesville.", "Gainesville", 0),
    # a locative that ends the sentence before ("to strike.") does not undo the speech verb
    ("Workers in Hershey voted to strike. Hershey said it would keep talking.", "Hershey", 1),
    # a name described after a comma as a person is (an article, "who", an age) is read by its
    # own cues alone: the town introduced elsewhere says nothing of it
    ("Roads closed near Ferguson overnight. Ferguson, the county's emergency manager, said so.",
     "Ferguson", 1),
    ("A tornado touched down in Bowie on Monday. Bowie, who lives nearby, filmed it.", "Bowie", 1),
    ("Mourners filled a church in Marshall. Marshall, 84, taught there for years.", "Marshall", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "n"), ONE_NAME)
def test_a_town_introduced_once_is_the_town_at_its_other_mentions(resolver, text, place, n):
    got = [m for m in found(resolver, text, "en") if m.place == place]
    assert len(got) == n, got
    assert len({(m.location.lat, m.location.lon) for m in got}) <= 1


# --- one name, one place: a name pinned once by its region or country is that place throughout -
# text, the name, where each of its mentions is read, in order (country, first-level region or
# None where the country says it)
PINNED = [
    # the lead's blind probe: Cairo, Egypt is far larger, but the text has said which Cairo
    ("Police in Cairo, Illinois, arrested two men. Cairo is a small town at the tip of the state.",
     "Cairo", [("US", "Illinois"), ("US", "Illinois")]),
    ("Alexandria, La., officials met. The storm left Alexandria without power.",
     "Alexandria", [("US", "Louisiana"), ("US", "Louisiana")]),
    ("Paris, Texas, has a new mayor. Paris voters chose him on Tuesday.",
     "Paris", [("US", "Texas"), ("US", "Texas")]),
    ("The fair opened in Victoria, British Columbia. Victoria officials said crowds were large.",
     "Victoria", [("CA", "British Columbia"), ("CA", "British Columbia")]),
    # a small town pinned once is read at its bare mentions, which nothing else introduces
    ("Officers at Chapin, S.C., found the car on Tuesday. Chapin has about 1,500 people.",
     "Chapin", [("US", "South Carolina"), ("US", "South Carolina")]),
    # pinned to two places: each mention where it is pinned
    ("He flew from Paris, France, to Paris, Texas, on Friday.",
     "Paris", [("FR", None), ("US", "Texas")]),
    # a country's name alone is the country, whatever town of that name the text pinned
    ("Jordan, Minnesota, is home to its plant; it also sells in Jordan and Egypt.",
     "Jordan", [("US", "Minnesota"), ("JO", None)]),
    # a longer place that holds the name: the bare one is not pinned to the other
    ("Santiago, Chile, hosted them. Santiago de Compostela awaits them; Santiago is ready.",
     "Santiago", [("CL", None), ("ES", None)]),
    # a person of the name is no place, pinned or not
    ("Victoria Beckham flew to Victoria, British Columbia. Victoria said she was glad.",
     "Victoria", [("CA", "British Columbia")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "want"), PINNED)
def test_a_name_pinned_once_by_its_region_is_that_place_throughout(resolver, text, place, want):
    got = [m.location for m in found(resolver, text, "en") if m.place == place]
    assert len(got) == len(want), [loc.reason for loc in got]
    for loc, (cc, a1) in zip(got, want, strict=True):
        assert (loc.country_code, loc.admin1 if a1 else None) == (cc, a1), loc.reason


def test_the_reason_says_the_region_was_named_at_another_mention(resolver):
    text = PINNED[0][0]
    first, second = [m.location for m in found(resolver, text, "en") if m.place == "Cairo"]
    assert first.reason.endswith("(qualifier)")
    assert second.reason.endswith("(its region named with it in the text)")


# --- a town inside its court's, hall's or hospital's name -------------------------------------
# text, names that must be found, names that must not
CIVIC_NAMES = [
    ("She was due in Bridgeport Superior Court today.", ["Bridgeport"], []),
    ("Los Angeles Superior Court Judge Ann Ruiz sentenced both men.", ["Los Angeles"], []),
    ("He appeared at Oxford Crown Court on Monday.", ["Oxford"], []),
    ("She was treated at Cookeville Regional Medical Center.", ["Cookeville"], []),
    # a small town's court introduces it as a place, as "Torrington police" does
    ("The case went to Torrington Superior Court.", ["Torrington"], []),
    # a court's own words alone make no office; a newspaper and a person stay no place
    ("The Washington Post and the Houston Chronicle reported it.", [], ["Washington", "Houston"]),
    ("The Torrington Superior team won again.", [], ["Torrington"]),
    ("Jordan Peterson spoke at Harvard Law School.", [], ["Jordan", "Harvard"]),
    # a memorial is named after a person as often as after a town
    ("He was flown to Jackson Memorial Hospital in Miami.", ["Miami"], ["Jackson"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want", "not_found"), CIVIC_NAMES)
def test_a_town_inside_its_courts_or_halls_name_is_found(resolver, text, want, not_found):
    _finds_only(resolver, text, want, not_found)


# --- a town or a state opening its public service's or officer's name -----------------------
# text, names that must be found, names that must not
SERVICE_NAMES = [
    # a state's patrol and bureau (a highway's or the state's word between)
    ("A trooper with the Florida Highway Patrol said the crash closed the road.", ["Florida"], []),
    ("A spokesman for the Minnesota State Patrol said two lanes were shut.", ["Minnesota"], []),
    ("Agents of the Tennessee Bureau of Investigation searched the house.", ["Tennessee"], []),
    # a town's elected officers, its volunteer firemen, its chamber, its emergency services
    ("Tuscaloosa Mayor Jane Smith said the budget was tight.", ["Tuscaloosa"], []),
    ("Torrington Selectman Bob Lee voted against the budget.", ["Torrington"], []),
    ("Kamloops City Councilwoman Ann Ortiz proposed the ban.", ["Kamloops"], []),
    ("Guelph City Manager Tom Reed said the road would reopen.", ["Guelph"], []),
    ("The Killeen Volunteer Fire Department put out the blaze.", ["Killeen"], []),
    ("The Ballarat Chamber of Commerce held its annual banquet.", ["Ballarat"], []),
    ("Chief Sam Cole of Lethbridge Emergency Services said she was hurt.", ["Lethbridge"], []),
    ("The Bendigo Superintendent decided not to take a raise.", ["Bendigo"], []),
    # a road, a club, a firm, a paper, an orchestra: no service follows, no place is read
    ("He lives off Florida Highway 20 near the lake.", [], ["Florida"]),
    ("The Boston Celtics and Boston Scientific gave to the fund.", [], ["Boston"]),
    ("The Victoria Chamber Orchestra played Bach.", [], ["Victoria"]),
    ("Madison Bureau chief Anne Cole filed the report.", [], ["Madison"]),
    ("Tyler Patrol Services hired guards.", [], ["Tyler"]),
    ("The Washington Post quoted Vice Mayor Ray Melton.", [], ["Washington", "Vice"]),
    # a firm's suffix closes the name: the firm's, not the town's service
    ("Phoenix Emergency Services Inc. won the ambulance contract.", [], ["Phoenix"]),
    ("Hudson International Services Ltd. hired 40 guards.", [], ["Hudson"]),
    ("Kingston Emergency Services, LLC, filed for bankruptcy.", [], ["Kingston"]),
    ("The Lubbock Emergency Services Co-ordinator said the road was shut.", ["Lubbock"], []),
    # a title's first word before an office is no town's name; the town so named is read where
    # the text places it
    ("Flooding in Peru worried Vice Mayor Ray Melton.", ["Peru"], ["Vice"]),
    ("Vice Councilwoman Ann Cole of Ocala voted no.", [], ["Vice"]),
    ("Vice News reported the raid.", [], ["Vice"]),
    ("Fishermen in Vice, Peru, lost their boats to the floods.", ["Vice", "Peru"], []),
    ("Police in Vice said the road to Sechura was cut off.", ["Vice"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want", "not_found"), SERVICE_NAMES)
def test_a_place_opening_its_services_name_is_found(resolver, text, want, not_found):
    _finds_only(resolver, text, want, not_found)


@pytest.mark.parametrize(
    "text",
    [
        "The Washington Supreme Court struck down the law on Thursday.",
        "Lawyers said the Jackson Supreme Court case would take years.",
    ],
)
def test_a_supreme_court_is_no_towns(resolver, text):
    """A supreme court is a state's or a country's, never a town's: the name before it is not
    read as a town for its court (``civic_qualifiers`` holds no "supreme")."""
    got = found(resolver, text, "en")
    assert not [m for m in got if m.kind == "city"], got


@pytest.mark.parametrize(
    ("text", "lang", "place", "cc"),
    [
        # "in" and a town word, at one mention or at two: the small town, its region unnamed
        ("Five men appeared before Tipperary District Court on charges of violence on Main "
         "Street in Tipperary town.", "en", "Tipperary", "IE"),
        ("Donors met at Whitestown Town Hall. The grant replaces water lines in Whitestown.",
         "en", "Whitestown", "US"),
        ("Officials in Kirby said the storm cut power. Kirby police closed two roads.",
         "en", "Kirby", "US"),
        # a dateline in capitals introduces it as "in" does
        ("SETTLE - Settle Town Council said the bridge would open next spring.",
         "en", "Settle", "GB"),
        # a possessive, a capitalised word or a noun after "in X": a person's, a hall's
        ("Police said the shot came from near Becker's home. The Becker family asked for "
         "privacy.", "en", "Becker", None),
        ("The papers go on show in Truman Hall. Truman Library staff chose them.",
         "en", "Truman", None),
        ("The players were in Prentiss's thoughts. Prentiss High School holds a vigil.",
         "en", "Prentiss", None),
        # a person described after "near X,", a hamlet's name (104 people) that a firm bears
        ("The senator sat near Bland, who chairs the panel. Bland family members watched.",
         "en", "Bland", None),
        ("Zhang said the partnership in Garvin was strong, and Garvin officials agreed.",
         "en", "Garvin", None),
        # one way only: "in" without a town word
        ("He spent the summer in Kirby and wrote a novel.", "en", "Kirby", None),
        # a lower-case word for its bodies the name modifies introduces it alone, "in" or not
        # (``_modified_town``: "Kirby police", as "a Salina man"); not as a sentence's first
        # word alone, capitalised by its place ("Chase officials said": a bank's too)
        ("On Monday, Kirby police closed two roads after the storm.", "en", "Kirby", "US"),
        ("Kirby police closed two roads after the storm.", "en", "Kirby", None),
        # several small towns of the name: which one is still unsaid
        ("Homes were burgled in Hopkinton this week, Hopkinton police said.",
         "en", "Hopkinton", None),
        # a state of the town's country named, not the town's: a town the gazetteer lacks
        # (Dewey, Oklahoma is its only Dewey; Kirby, Texas its only Kirby)
        ("Gov. Bill Haslam spoke in Dewey on Monday about broadband in Tennessee. Dewey "
         "residents asked about speeds.", "en", "Dewey", None),
        ("Officials in Kirby said the storm cut power across Ohio. Kirby police closed two "
         "roads.", "en", "Kirby", None),
        # "New York" is its state or a city in it: a state named either way
        ("Gov. Kathy Hochul spoke in Dewey on Monday. Dewey residents cheered. New York will "
         "fund the road.", "en", "Dewey", None),
        # ... but a name that may be a country or a state says no state: still read
        ("Officials in Kirby said the storm cut power. Kirby police thanked crews from "
         "Georgia.", "en", "Kirby", "US"),
        # in German copy "in" alone introduces it, as a bigger town (town_prepositions)
        ("Die Feuerwehr wurde in Pizzo gerufen; die Bewohner von Pizzo waren erschrocken.",
         "de", "Pizzo", "IT"),
    ],
)  # fmt: skip
def test_a_small_town_introduced_both_ways_is_read_without_its_region(
    resolver, text, lang, place, cc
):
    """A writer introduces a town too small for the reader to know as a town: "in" before it
    (the phrase ending there) and a word for a town, its people or its offices after it. Said
    both ways, a name the gazetteer knows as one small town is that town, though the text never
    names its region; a person's possessive or a hall's name after "in" is no such word."""
    got = [(m.place, m.location.country_code) for m in found(resolver, text, lang)]
    if cc is None:
        assert all(p != place for p, _ in got), got
    else:
        assert (place, cc) in got, got


@pytest.mark.parametrize(
    ("text", "place", "reason", "confidence"),
    [
        # admitted only as the text introduces it: the reason says so, not "only reading",
        # and it is as sure as an only reading was
        ("Officials in Kirby said the storm cut power. Kirby police closed two roads.",
         "Kirby", "(introduced as a town)", 0.8),
        # several readings in one country: the size chose among them, the cue admitted them
        ("Roswell police said the man was held. He was arrested in Roswell.",
         "Roswell", "(largest such place, introduced as a town)", 0.6),
        # its state named: the text supports it, no cue needed
        ("Officials in Kirby said the storm cut power. Kirby police asked Texas for help.",
         "Kirby", "(the text names texas)", 0.6),
    ],
)  # fmt: skip
def test_a_town_read_as_the_text_introduces_it_says_so(resolver, text, place, reason, confidence):
    """A town whose country the text never names, read because the text introduces it as a
    town ("in X", "X police"), says how it was found, and how precisely."""
    got = [m.location for m in found(resolver, text, "en") if m.place == place]
    assert got and all(loc.reason.endswith(reason) for loc in got), got
    assert all(loc.precision == "city" and loc.confidence == confidence for loc in got), got
