"""The geo layer: folding, gazetteer, disambiguation, cache, overrides, online fallback, adapter.

The gazetteer index is built once per session into a temporary cache dir (a few seconds).
"""

from __future__ import annotations

import http.server
import json
import os
import socket
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from needs import absent

from geo import cache as geo_cache
from geo import gazetteer
from geo.cache import GeoCache, Overrides, add_fix, query_key
from geo.distance import haversine_km
from geo.fold import fold
from geo.location import Location, PlaceQuery
from geo.mentions import Mention, _NamedIn
from geo.nominatim import NominatimConfig
from geo.resolve import Resolver
from geo.service import make_service

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "sample" / "anp-buitenland.txt"


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("geo-index")


@pytest.fixture(scope="session")
def resolver(index_dir) -> Resolver:
    return Resolver(gazetteer.load(directory=index_dir))


def Q(name, qualifier=None, context="", lang=None, agencies=()):  # noqa: N802 - table shorthand
    return PlaceQuery(name, qualifier, context, lang, tuple(agencies))


# --- folding ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Caïro", "cairo"),
        ("CAÏRO", "cairo"),
        ("N.Y.", "n y"),
        ("Nieuw-Delhi", "nieuw delhi"),
        ("São Paulo", "sao paulo"),
        ("Straße", "strasse"),
        ("København", "kobenhavn"),
        ("Łódź", "lodz"),
        ("Be'er Sheva", "beer sheva"),
        ("  Den   Haag ", "den haag"),
        ("", ""),
    ],
)
def test_fold(raw, folded):
    assert fold(raw) == folded


# --- disambiguation -----------------------------------------------------------------------------
CASES = [
    # name, qualifier, context, lang, agencies -> country, admin1 (or None = any)
    (Q("SANTIAGO", context="De Chileense president sprak in Chili.", lang="nl"), "CL", None),
    (Q("Santiago de Compostela"), "ES", "Galicia"),
    (Q("Santiago de Chile", agencies=["EFE"]), "CL", None),
    (Q("Tripoli"), "LY", None),
    (Q("Tripoli", qualifier="Libanon"), "LB", None),
    (Q("TRIPOLI", context="Het Libanese leger greep in.", lang="nl"), "LB", None),
    (Q("SAN JOSE", qualifier="Costa Rica"), "CR", None),
    (Q("SAN JOSE", context="El gobierno costarricense anunció", lang="es"), "CR", None),
    (Q("SAN JOSE", qualifier="Calif."), "US", "California"),
    (Q("KINGSTON"), "JM", None),
    (Q("KINGSTON", qualifier="Ontario"), "CA", "Ontario"),
    (Q("GEORGETOWN"), "GY", None),
    (Q("GEORGETOWN", qualifier="Del."), "US", "Delaware"),
    (Q("CORDOBA", qualifier="Argentina"), "AR", None),
    (Q("Córdoba", lang="es", agencies=["EFE"]), "ES", None),
    (Q("Valencia", lang="es", agencies=["EFE"]), "ES", None),
    (Q("VALENCIA", context="The Venezuelan opposition", lang="en"), "VE", None),
    (Q("HYDERABAD"), "IN", None),
    (Q("HYDERABAD", context="Pakistani police in Sindh province", lang="en"), "PK", None),
    (Q("SION"), "CH", None),
    (Q("Sion", context="Le FC Sion et les supporters valaisans", lang="fr"), "CH", None),
    (Q("LONDON"), "GB", None),
    (Q("LONDON", qualifier="Ky."), "US", "Kentucky"),
    (Q("ATHENS"), "GR", None),
    (Q("ATHENS", qualifier="Ga."), "US", "Georgia"),
    (Q("WASHINGTON"), "US", "District of Columbia"),
    (Q("Washington", agencies=["dpa"], lang="de"), "US", "District of Columbia"),
    (Q("PORTLAND", qualifier="Ore."), "US", "Oregon"),
    (Q("PORTLAND", qualifier="Maine"), "US", "Maine"),
    (Q("Talavera de la Reina", qualifier="Toledo"), "ES", None),
    (Q("Celrá", qualifier="Gerona"), "ES", "Catalonia"),
    (Q("Inca", qualifier="Mallorca"), "ES", None),
    (Q("GUBBIO", qualifier="PERUGIA"), "IT", None),
    (Q("MULTAN", qualifier="Pakistan"), "PK", None),
    (Q("JABALYA REFUGEE CAMP", qualifier="Gaza Strip"), "PS", None),
    (Q("DUBAI/PARIS"), "AE", None),
]


@pytest.mark.parametrize(("query", "cc", "admin1"), CASES, ids=lambda x: getattr(x, "name", None))
def test_disambiguation(resolver, query, cc, admin1):
    loc = resolver.resolve(query)
    assert loc.resolved, loc.reason
    assert loc.country_code == cc, loc.reason
    if admin1:
        assert loc.admin1 == admin1, loc.reason
    assert loc.precision == "city"
    assert 0 < loc.confidence <= 1
    assert "→" in loc.reason


@pytest.mark.parametrize(
    ("name", "cc"),
    [
        ("Den Haag", "NL"),
        ("Londen", "GB"),
        ("Peking", "CN"),
        ("Pekín", "CN"),
        ("Moskau", "RU"),
        ("Nueva York", "US"),
        ("La Habana", "CU"),
        ("Nieuw-Delhi", "IN"),
        ("Kaapstad", "ZA"),
        ("Kiew", "UA"),
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("Balakliya", "UA"),
        ("Balakliia", "UA"),
        ("PECHINO", "CN"),
        ("MOSCA", "RU"),
        ("LONDRES", "GB"),
        ("BRUXELLES", "BE"),
        ("BRÜSSEL", "BE"),
        ("Genf", "CH"),
        ("Ginebra", "CH"),
        ("Athen", "GR"),
        ("København", "DK"),
        ("SANTIAGO DEL CILE", "CL"),
        ("NAPOLI", "IT"),
        ("Caïro", "EG"),
        ("Nouvelle-Delhi", "IN"),
        # a dateline at the UN's headquarters, in New York, as each language writes it
        ("UNITED NATIONS", "US"),
        ("NAÇÕES UNIDAS", "US"),
        ("Naciones Unidas", "US"),
        ("NAZIONI UNITE", "US"),
        ("Nations unies", "US"),
        ("VEREINTE NATIONEN", "US"),
        ("VERENIGDE NATIES", "US"),
    ],
)
def test_exonyms(resolver, name, cc):
    loc = resolver.resolve(Q(name))
    assert loc.country_code == cc, loc.reason
    assert loc.precision == "city"


@pytest.mark.parametrize(
    ("name", "cc", "precision", "admin1"),
    [
        ("Ore.", "US", "region", "Oregon"),
        ("N.Y.", "US", "region", "New York"),
        ("Ky.", "US", "region", "Kentucky"),
        ("Calif.", "US", "region", "California"),
        ("Wash.", "US", "region", "Washington"),
        ("Ga.", "US", "region", "Georgia"),
        ("ESTADOS UNIDOS", "US", "country", None),
        ("Verenigde Staten", "US", "country", None),
        ("Chili", "CL", "country", None),
        ("NOVA JERSEY", "US", "region", "New Jersey"),
        ("Nueva Jersey", "US", "region", "New Jersey"),
    ],
)
def test_regions_and_countries(resolver, name, cc, precision, admin1):
    loc = resolver.resolve(Q(name))
    assert (loc.country_code, loc.precision, loc.admin1) == (cc, precision, admin1), loc.reason


def test_never_inside_a_word(resolver):
    # "Rome" is in "Romeo", "Lima" in "Limassol": neither may leak into a match
    assert resolver.resolve(Q("Romeo")).name != "Rome"
    assert resolver.resolve(Q("Limassol")).country_code == "CY"


@pytest.mark.parametrize(
    "name,cc,qualifier,admin1",
    [
        ("London", "US", "Ky.", "Kentucky"),  # the qualifier's region picks the town
        ("Springfield", "US", "Illinois", "Illinois"),
        ("London", "GB", None, "England"),
    ],
)
def test_city_in_country(resolver, name, cc, qualifier, admin1):
    i = resolver.city_in_country(name, cc, qualifier)
    assert i is not None and resolver.g.cc[i] == cc and resolver.g.admin1_name(i) == admin1


def test_city_in_country_none_there(resolver):
    assert resolver.city_in_country("Quito", "NO") is None


def test_qualifier_region_without_the_town(resolver):
    loc = resolver.resolve(Q("Nowheresville", qualifier="South Dakota"))
    assert loc.precision == "region" and loc.admin1 == "South Dakota"
    assert "not in the gazetteer" in loc.reason


# --- the seed page's places, within 25 km of the real city -------------------------------------
SEED_PLACES = [
    ("PYONGYANG", "", "KP", 39.03, 125.75),
    ("BALAKLIYA", "", "UA", 49.46, 36.86),
    ("QUITO", "", "EC", -0.22, -78.51),
    ("WASHINGTON", "", "US", 38.90, -77.04),
    (
        "SANTIAGO",
        "In Chili gaat de kandidaat voorop, zegt de Chileense president.",
        "CL",
        -33.45,
        -70.66,
    ),
    ("NEUSS", "", "DE", 51.20, 6.69),
]


@pytest.mark.parametrize(("name", "text", "cc", "lat", "lon"), SEED_PLACES)
def test_seed_places(resolver, name, text, cc, lat, lon):
    loc = resolver.resolve(Q(name, context=text, lang="nl", agencies=["ANP"]))
    assert loc.country_code == cc
    assert haversine_km(loc.lat, loc.lon, lat, lon) <= 25, loc


def test_seed_page_santiago_reason(resolver):
    if not SEED.exists():
        pytest.skip(f"{SEED} absent")
    text = SEED.read_text("utf-8")
    start = text.index("SANTIAGO (ANP)")
    brief = text[start : text.index("\n", start)]
    loc = resolver.resolve(Q("SANTIAGO", context=brief, lang="nl", agencies=["ANP"]))
    assert loc.reason == 'SANTIAGO + "Chili" in text → Santiago, CL'


# --- bad input ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "query",
    [
        Q(""),
        Q("   "),
        Q("x" * 10_240),
        Q("\x00\x01\x02"),
        Q("Xyzzyqworp"),
        Q("...---..."),
        Q(None),
        Q(12345),
        Q("PARIS", qualifier="\x00" * 5000),
        Q("Nowhere", qualifier="y" * 10_000),
    ],
)
def test_bad_input_never_raises(resolver, query):
    loc = resolver.resolve(query)
    assert isinstance(loc, Location)
    assert loc.reason
    if not isinstance(query.name, str) or not fold(query.name) or len(query.name) > 200:
        assert not loc.resolved


def test_control_characters_inside_a_name(resolver):
    assert resolver.resolve(Q("Par\x00is")).country_code == "FR"


def test_huge_context_is_fine(resolver):
    loc = resolver.resolve(Q("TRIPOLI", context="Libanese " * 100_000, lang="nl"))
    assert loc.country_code == "LB"


# --- the on-disk index --------------------------------------------------------------------------
def test_index_loads_from_disk_without_building(index_dir, resolver, monkeypatch):
    def no_build(*a, **k):
        raise AssertionError("rebuilt although the index is on disk")

    monkeypatch.setattr(gazetteer, "build", no_build)
    g = gazetteer.load(directory=index_dir)
    assert len(g) == len(resolver.g)
    assert list(index_dir.glob("gazetteer-*.pickle"))


# --- cache and overrides ------------------------------------------------------------------------
def test_cache_persists_across_instances(tmp_path):
    path = tmp_path / "geo.sqlite"
    q = Q("Tripoli", qualifier="Libanon", lang="nl")
    loc = Location(query="Tripoli", name="Tripoli", lat=34.43, lon=35.84, country_code="LB")
    GeoCache(path).put(query_key(q), loc, source="nominatim")
    again = GeoCache(path)
    assert again.get(query_key(q)) == loc
    assert again.get(query_key(q), source="gazetteer") is None
    assert query_key(Q("TRIPOLI", "libanon", lang="nl")) == query_key(q)
    assert query_key(Q("Tripoli")) != query_key(q)


def test_overrides_win(tmp_path, resolver):
    path = tmp_path / "overrides.json"
    service = make_service(online=NominatimConfig(), overrides_path=path, resolver=resolver)
    assert service.geocode(Q("LONDON")).country_code == "GB"
    add_fix("London", lat=42.98, lon=-81.25, label="London", country_code="ca", path=path)
    loc = service.geocode(Q("LONDON", context="anything"))
    assert (loc.country_code, loc.source, loc.confidence) == ("CA", "override", 1.0)
    assert Overrides(path).lookup(Q("london")).lat == 42.98  # a new process sees it too
    # a fix bound to a qualifier applies to that qualifier only
    add_fix("Athens", qualifier="Ohio", lat=39.33, lon=-82.10, country_code="US", path=path)
    assert service.geocode(Q("ATHENS", qualifier="Ohio")).source == "override"
    assert service.geocode(Q("ATHENS")).country_code == "GR"


def test_a_service_made_leaves_the_collector_alone(tmp_path, resolver):
    """``make_service`` is a library call: it freezes nothing. Cyclic garbage waiting in the
    oldest generation when a service is made is still freed by the next full collection, and
    nothing is left frozen for a window's read to walk (``pipeline.store._gc_paused``)."""
    import gc
    import weakref

    class Node:
        pass

    gc.unfreeze()  # only what this test makes counts
    node = Node()
    node.me = node
    gone = weakref.ref(node)
    gc.collect()  # alive: now in the oldest generation
    del node  # cyclic garbage, waiting for the next full collection
    service = make_service(
        online=NominatimConfig(), overrides_path=tmp_path / "none.json", resolver=resolver
    )
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert gone() is None
    assert service.geocode(Q("LONDON")).country_code == "GB"


def test_overrides_file_that_comes_and_goes(tmp_path, monkeypatch):
    path = tmp_path / "overrides.json"
    fixes = Overrides(path)
    assert fixes.lookup(Q("London")) is None  # no file yet
    add_fix("London", lat=42.98, lon=-81.25, country_code="ca", path=path)
    assert fixes.lookup(Q("London")).lat == 42.98  # made after the first look: seen
    path.unlink()
    later = geo_cache._clock() + geo_cache.CHECK_EVERY  # a removal is seen when lookups look
    monkeypatch.setattr(geo_cache, "_clock", lambda: later)
    assert fixes.lookup(Q("London")) is None  # removed: forgotten
    add_fix("London", lat=51.51, lon=-0.13, country_code="gb", path=path)
    assert fixes.lookup(Q("London")).lat == 51.51  # and back again


def test_broken_overrides_file_does_not_break_lookups(tmp_path, resolver):
    path = tmp_path / "overrides.json"
    path.write_text("{not json", "utf-8")
    service = make_service(online=NominatimConfig(), overrides_path=path, resolver=resolver)
    assert service.geocode(Q("QUITO")).country_code == "EC"


# --- online fallback against a fake Nominatim on 127.0.0.1 -------------------------------------
class _FakeNominatim(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []
    status = 200

    def do_GET(self):  # noqa: N802 - http.server's name
        type(self).hits.append(self.path)
        if type(self).status != 200:
            self.send_response(type(self).status)
            self.end_headers()
            return
        body = json.dumps(
            [
                {
                    "lat": "43.70",
                    "lon": "7.27",
                    "name": "Nowherevillage",
                    "display_name": "Nowherevillage, Alpes-Maritimes, France",
                    "osm_id": 42,
                    "addresstype": "village",
                    "address": {"country_code": "fr", "state": "Provence"},
                }
            ]
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_nominatim():
    _FakeNominatim.hits = []
    _FakeNominatim.status = 200
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _online(server_port: int, tmp_path, resolver, timeout=2.0):
    cfg = NominatimConfig(
        enabled=True,
        user_agent="wiremap-tests",
        domain=f"127.0.0.1:{server_port}",
        scheme="http",
        timeout=timeout,
        min_delay=0.0,
    )
    return make_service(
        online=cfg,
        cache_path=tmp_path / "geo.sqlite",
        overrides_path=tmp_path / "none.json",
        resolver=resolver,
    )


def test_nominatim_fallback_and_cache(fake_nominatim, tmp_path, resolver):
    service = _online(fake_nominatim.server_port, tmp_path, resolver)
    assert service.geocode(Q("PARIS")).source == "gazetteer"  # confident offline: no request
    assert _FakeNominatim.hits == []
    loc = service.geocode(Q("Nowherevillage"))
    assert (loc.source, loc.country_code, loc.lat) == ("nominatim", "FR", 43.70)
    assert len(_FakeNominatim.hits) == 1 and "Nowherevillage" in _FakeNominatim.hits[0]
    # kept for good: a new service on the same cache asks nothing
    again = _online(fake_nominatim.server_port, tmp_path, resolver)
    assert again.geocode(Q("Nowherevillage")).lat == 43.70
    assert len(_FakeNominatim.hits) == 1


def test_nominatim_refusal_gives_offline_answer(fake_nominatim, tmp_path, resolver):
    _FakeNominatim.status = 403
    service = _online(fake_nominatim.server_port, tmp_path, resolver)
    loc = service.geocode(Q("Xyzzyqworp"))
    assert not loc.resolved and "not in the gazetteer" in loc.reason
    assert service.online.failures == 1


def test_nominatim_outage_gives_offline_answer(tmp_path, resolver):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    service = _online(port, tmp_path, resolver, timeout=0.5)
    loc = service.geocode(Q("Xyzzyqworp"))
    assert not loc.resolved and loc.source == "gazetteer"
    weak = service.geocode(Q("Córdoba"))  # weak offline answer, online down: offline stands
    assert weak.resolved and weak.source == "gazetteer"


# --- geopy adapter -----------------------------------------------------------------------------
def test_geopy_adapter(resolver):
    from geopy.geocoders.base import Geocoder

    from geo.geopy_adapter import OfflineGazetteer

    geocoder = OfflineGazetteer(resolver)
    assert isinstance(geocoder, Geocoder)
    hit = geocoder.geocode("Tripoli, Libanon")
    assert haversine_km(hit.latitude, hit.longitude, 34.44, 35.85) < 25
    assert hit.raw["country_code"] == "LB" and "Libanon" in hit.raw["reason"]
    assert geocoder.geocode("Xyzzyqworp") is None
    assert geocoder.geocode("Quito", exactly_one=False)[0].raw["country_code"] == "EC"


# --- evaluation ---------------------------------------------------------------------------------
def test_evaluation_own_cases_meet_targets(resolver):
    from geo.evaluation import evaluate_own

    report = evaluate_own(resolver)
    ours = report["resolver"]
    assert ours["right_country"] >= 0.98 and ours["within_25km"] >= 0.97, ours["misses"]
    assert report["baseline_most_populous"]["right_country"] < ours["right_country"]
    assert report["baseline_geotext"]["n"] == ours["n"]


def test_evaluation_wire(resolver):
    from geo.evaluation import WIRE_DEFAULT, evaluate_wire

    if not WIRE_DEFAULT.exists():
        absent(f"wire samples absent at {WIRE_DEFAULT}")
    ours = evaluate_wire(WIRE_DEFAULT, resolver)["resolver"]
    assert ours["right_country"] >= 0.98 and ours["within_25km"] >= 0.97, ours["misses"]


@pytest.mark.parametrize(
    ("context", "lang", "countries", "phrase"),
    [
        # the longest phrase at a word wins; a demonym stem reads the whole word it starts
        ("Troepen in Noord-Korea en Zuid-Korea", "nl", {"KP": 1, "KR": 1}, ("KP", "noord korea")),
        ("De Chileense president sprak in Chili.", "nl", {"CL": 2}, ("CL", "chileense")),
        ("Rusland en de Russische troepen", "nl", {"RU": 2}, ("RU", "rusland")),
        # a stem matches only at the start of a word ("prussian" is not "russian")
        ("A Prussian count and a Venezuelan.", "en", {"VE": 1}, ("VE", "venezuelan")),
        ("", "en", {}, None),
    ],
)
def test_context_scan_reads_words_whole(resolver, context, lang, countries, phrase):
    ctx = resolver._scan(context, lang)
    assert ctx.countries == countries
    if phrase:
        assert ctx.words[phrase[0]] == phrase[1]


def test_context_free_answers_are_kept_and_ambiguous_ones_read_the_text(resolver):
    assert not resolver.needs_context("Kharkiv") and resolver.needs_context("Valencia")
    resolver.clear_cache()
    a = resolver.resolve(Q("KHARKIV", context="Oekraïne", lang="nl"))
    b = resolver.resolve(Q("KHARKIV", context="iets anders", lang="nl"))
    assert a is b  # one reading within reach: the text is not read, the answer is kept
    ve = resolver.resolve(Q("VALENCIA", context="The Venezuelan opposition", lang="en"))
    es = resolver.resolve(Q("VALENCIA", context="The Spanish government", lang="en"))
    assert (ve.country_code, es.country_code) == ("VE", "ES")


def test_an_ambiguous_name_asked_without_text_does_not_decide_it_for_later_texts(resolver):
    resolver.clear_cache()
    bare = resolver.resolve(Q("VALENCIA", context="", lang="en"))
    ve = resolver.resolve(Q("VALENCIA", context="The Venezuelan opposition", lang="en"))
    es = resolver.resolve(Q("VALENCIA", context="The Spanish government", lang="en"))
    assert bare.resolved and (ve.country_code, es.country_code) == ("VE", "ES")


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Zürich-Ost, 3 mei", "zurich ost 3 mei"),
        ("Łódź  en  Gdańsk", "lodz en gdansk"),
        ("Be'er Sheva’s HOSPITAL", "beer shevas hospital"),
        ("ÆRØ: Straße ħ ı", "aero strasse h i"),
        ("Москва and Kyiv", "and kyiv"),  # letters of other scripts are dropped
        ("", ""),
        ("...!", ""),
    ],
)
def test_fold_text(text, folded):
    from geo.fold import fold_text

    assert fold_text(text) == folded


def fold_text_before(text: str) -> str:
    """``fold_text`` as it was written first: the reference its shortcuts keep to."""
    import unicodedata

    from geo.fold import _ASCII_FOLD, _SPECIAL

    if not text:
        return ""
    data = unicodedata.normalize("NFKD", text.translate(_SPECIAL)).encode("ascii", "ignore")
    return " ".join(data.translate(_ASCII_FOLD, b"'`").decode("ascii").split())


_FOLD_ALPHABET = "aZ09 \t\n\xa0\u2003'`’´ßẞøØæœłđðþıħŀʻʼʿʾéÉe\u0301\u0308ñ…ﬁ²½Москва-.,"


@settings(max_examples=2000)
@given(st.text(alphabet=st.sampled_from(_FOLD_ALPHABET), max_size=60))
def test_fold_text_is_its_first_definition(text):
    from geo.fold import fold_text

    assert fold_text(text) == fold_text_before(text)


def test_fold_text_is_its_first_definition_on_the_tests_texts():
    import ast

    from geo.fold import fold_text

    texts = {
        node.value
        for path in sorted(Path(__file__).parent.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert len(texts) > 5000
    assert all(fold_text(t) == fold_text_before(t) for t in texts)


def _fold_texts():
    """``fold_text``'s ways: the Python one always, the one with its scans in C where the
    install built ``parsing._langwalk``: each is held to the first definition below."""
    from geo import fold

    ways = [fold._py_fold_text]
    if fold._c_any_in is not None:
        ways.append(fold._c_fold_text)
    if fold._c_fold_by_table is not None:
        ways.append(fold._c_table_fold_text)
    return ways


def test_fold_text_is_the_c_one_where_it_is_built():
    from geo import fold

    built = fold._c_any_in is not None and fold._c_fold_blanks is not None
    table = built and fold._c_fold_by_table is not None
    assert fold.fold_text is (
        fold._c_table_fold_text if table else fold._c_fold_text if built else fold._py_fold_text
    )
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert fold.fold_text is fold._c_table_fold_text


def test_the_fold_table_holds_each_characters_fold_alone():
    """``_fold_table``: a code point's entry is the fold of the character alone, without the
    blanks' folding (a space stays one entry byte); the C pass reads one byte where the entry
    is one byte, 0 for none and 255 for more (then the entry itself)."""
    from geo import fold

    codes, entries = fold._fold_table()
    assert len(codes) == len(entries) == fold._TABLE_REACH
    for ch, entry in [("A", b"a"), ("é", b"e"), ("ß", b"ss"), ("’", b""), ("½", b"12")]:
        assert entries[ord(ch)] == entry
        assert codes[ord(ch)] == (entry[0] if len(entry) == 1 else 255 if entry else 0)
    assert entries[ord("-")] == b" " and entries[ord("'")] == b"" and entries[0x301] == b""


@pytest.mark.skipif(
    __import__("geo.fold").fold._c_fold_by_table is None, reason="parsing._langwalk not built"
)
def test_the_table_fold_leaves_a_character_past_its_table_to_python():
    from geo import fold

    codes, entries = fold._fold_table()
    assert fold._c_fold_by_table("x 𝐀", codes, entries) is None  # past the table
    assert fold._c_table_fold_text("x 𝐀") == fold._py_fold_text("x 𝐀") == "x a"
    assert fold._c_fold_by_table("  Ab  c ", codes, entries) == "ab c"
    with pytest.raises(TypeError):
        fold._c_fold_by_table("x", codes, entries[:-1])  # tables of two sizes
    with pytest.raises(ValueError):
        fold._c_fold_by_table("x", b"\xe9" * 128, (b"",) * 128)  # an entry that is not ASCII


@pytest.mark.parametrize("way", range(2))
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Zürich-Ost,  3 mei\n\n  (ANP) — De  Straße",
        "ÆRØ: Straße ħ ı ʻOkina ʼ ʿayn ʾ ’s-Hertogenbosch",
        "\u2003Łódź\xa0\xa0en\tGdańsk…\n",
        "Москва ‒ Київ – Kyiv — \U0001f600 ﬁnale ½ ²",
        "e\u0301te\u0301 a\u0308 \ud800 lone",
    ],
)
def test_each_way_of_fold_text_is_its_first_definition(way, text):
    fold_text = _fold_texts()[min(way, len(_fold_texts()) - 1)]
    assert fold_text(text) == fold_text_before(text)


def test_each_way_of_fold_text_folds_every_character_as_first_defined():
    for fold_text in _fold_texts():
        for k in range(0x3000):  # Latin, its marks, Greek, Cyrillic and punctuation
            text = f"A{chr(k)}b  {chr(k)}"
            assert fold_text(text) == fold_text_before(text), hex(k)


@pytest.mark.parametrize(
    "text",
    [
        "a" + " " * 70000 + "b",  # a run of blanks longer than any halving's reach
        "\t\n\r\x0b\x0c\x1c\x1f \xa0\u2003\u3000" * 500,  # blanks of every kind, alone
        "ß Æ ø ł đ ı ħ ŧ þ ð œ" * 200,
        "\x00A\x00\x00b\x00",  # NUL bytes
        "'`'` ' x`y'z",  # only apostrophes around
        "\U0001d400\U0001d7ce \uff21\uff41 \u01c5 \u0130 \ufeff\u200d",  # folded by NFKD or dropped
        "\ud800\udfff x",  # lone surrogates
    ],
)
def test_each_way_of_fold_text_on_hard_texts(text):
    for fold_text in _fold_texts():
        assert fold_text(text) == fold_text_before(text)


def test_each_way_of_fold_text_on_only_the_letters_it_replaces():
    from geo.fold import _SPECIAL_CHARS

    for text in ("".join(_SPECIAL_CHARS), " ".join(_SPECIAL_CHARS) * 50):
        for fold_text in _fold_texts():
            assert fold_text(text) == fold_text_before(text)


def test_each_way_of_fold_text_is_its_first_definition_on_generated_briefs():
    from benchmarks.corpus import briefs

    texts = list(briefs(300))
    for fold_text in _fold_texts():
        assert all(fold_text(t) == fold_text_before(t) for t in texts)


def test_the_default_service_is_injectable(tmp_path):
    """``set_default`` swaps the process-wide service that ``geocode`` uses; None forgets it."""
    from geo import service

    before = service._default
    add_fix("Zzyzxopolis", lat=10.0, lon=20.0, path=tmp_path / "fixes.json")
    mine = make_service(overrides_path=tmp_path / "fixes.json")
    try:
        service.set_default(mine)
        assert service.get_resolver() is mine
        loc = service.geocode(PlaceQuery("Zzyzxopolis"))
        assert (loc.lat, loc.lon) == (10.0, 20.0)
        service.set_default(None)
        fresh = service.get_resolver()
        assert fresh is not mine
        assert fresh.geocode(PlaceQuery("Zzyzxopolis")).source != "override"
    finally:
        service.set_default(before)


_LOCATION_VALUES = ("Q", "N", 1.25, -2.5, "NL", "Utrecht", 7, "city", 0.75, "why", "cache")


@pytest.mark.parametrize(
    "cls, values",
    [
        (Location, _LOCATION_VALUES),
        (Mention, ("Utrecht", 3, 10, Location(*_LOCATION_VALUES), "city")),
        (_NamedIn, ("Utrecht", 3, 10, Location(*_LOCATION_VALUES), "city")),
    ],
)
def test_init_is_the_dataclass_one(cls, values) -> None:
    """Location and Mention write their slots themselves (cheaper than a frozen dataclass's
    ``__init__``): the same arguments in the same order with the same defaults, every field
    set, still frozen."""
    import dataclasses
    import inspect

    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        assert p.default == (
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        )
    made = cls(*values)
    assert tuple(getattr(made, f.name) for f in fields) == values
    assert made == cls(**dict(zip([f.name for f in fields], values, strict=True)))
    first = fields[0].name
    assert getattr(dataclasses.replace(made, **{first: "other"}), first) == "other"
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, first, "x")
