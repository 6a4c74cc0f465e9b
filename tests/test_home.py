"""The source's home given by the user (``--home``, ``home =`` in FEEDS.toml): a weak prior for
namesakes the text does not tell apart, never stronger than what the text names. The texts are
written for this test, in the style of a local paper's copy."""

from __future__ import annotations

import json

import pytest
from store_fixtures import LocalServer, body, rss, store, store_url  # noqa: F401 (fixtures)

from geo.focus import choose_focus
from geo.home import Home, HomeError, parse_home
from geo.location import Location, PlaceQuery
from geo.mentions import find_mentions
from pipeline.cli import main
from pipeline.extract import extract_text
from pipeline.watch import WatchConfig, Watcher, load_config

FORM = "US-OH, US-Ohio"  # what every error message shows as the valid form


def _same(a, b) -> bool:
    """The same answer: place and reason (the confidence, the share of the evidence near the
    answer, grows with a home that agrees with it)."""
    return (a.geonameid, a.precision, a.reason) == (b.geonameid, b.precision, b.reason)


def _at(resolver, name, home=None, text="", lang="en", agencies=()):
    q = PlaceQuery(name=name, context=text, lang=lang, agencies=agencies)
    loc = resolver.resolve(q, home)
    assert loc.resolved, loc.reason
    return loc


# --- reading the user's words ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("given", "code", "cc", "a1"),
    [
        ("US", "US", "US", ""),
        ("gb", "GB", "GB", ""),
        ("US-OH", "US-OH", "US", "US.OH"),
        ("us-ohio", "US-OH", "US", "US.OH"),  # the region's name, folded
        (" US-Ohio ", "US-OH", "US", "US.OH"),
        ("GB-ENG", "GB-ENG", "GB", "GB.ENG"),
        ("CA-Ontario", "CA-Ontario", "CA", "CA.08"),  # GeoNames' code is a number: the name shown
        ("DE-Bayern", "DE-Bavaria", "DE", "DE.02"),  # an alternate name of the region
        ("AU-NSW", "AU-New South Wales", "AU", "AU.02"),  # an abbreviation the gazetteer knows
    ],
)
def test_a_home_is_a_country_or_a_country_and_its_region(resolver, given, code, cc, a1):
    assert parse_home(given, resolver.g) == Home(code, cc, a1)


@pytest.mark.parametrize(
    ("given", "why"),
    [
        ("XX", "no country 'XX'"),
        ("USA", "no country 'USA'"),
        ("", "no country ''"),
        ("US-Narnia", "no first-level region 'Narnia' in US"),
        ("US-", "no first-level region '' in US"),
        ("FR-Ohio", "no first-level region 'Ohio' in FR"),
        ("US-" + "Ohio" * 5000, "too long"),  # hostile: the message does not echo it whole
        ("US-O\x00\nH", r"no first-level region 'O\x00\nH' in US"),
    ],
)
def test_an_unknown_home_names_the_valid_form(resolver, given, why):
    with pytest.raises(HomeError) as err:
        parse_home(given, resolver.g)
    assert why in str(err.value) and FORM in str(err.value)
    assert len(str(err.value)) < 400 and "\n" not in str(err.value)


# --- the dateline's namesakes ------------------------------------------------------------------
def test_windsor_with_home_in_canada_britain_or_none(resolver):
    g = resolver.g
    plain = _at(resolver, "WINDSOR")
    assert (plain.country_code, plain.admin1) == ("CA", "Ontario")
    ca = _at(resolver, "WINDSOR", parse_home("CA", g))
    # the home's reading was the answer already: the same place and reason, held more surely
    assert (ca.geonameid, ca.reason) == (plain.geonameid, plain.reason)
    assert ca.confidence > plain.confidence
    gb = _at(resolver, "WINDSOR", parse_home("GB", g))
    assert gb.country_code == "GB"
    assert gb.reason == "WINDSOR → Windsor, GB; home country GB given for the source"
    ct = _at(resolver, "WINDSOR", parse_home("US-CT", g))
    assert (ct.country_code, ct.admin1) == ("US", "Connecticut")
    assert ct.reason.endswith("; home region US-CT given for the source")


def test_the_home_region_before_the_home_country(resolver):
    g = resolver.g
    assert _at(resolver, "MANSFIELD").country_code == "GB"
    us = _at(resolver, "MANSFIELD", parse_home("US", g))
    assert (us.country_code, us.admin1) == ("US", "Texas")  # the largest US namesake
    assert us.reason.endswith("; home country US given for the source")
    oh = _at(resolver, "MANSFIELD", parse_home("US-Ohio", g))
    assert (oh.country_code, oh.admin1) == ("US", "Ohio")
    assert oh.reason == "MANSFIELD → Mansfield, US-OH; home region US-OH given for the source"


def test_paris_a_weak_prior_does_not_move_a_capital(resolver):
    """Paris, France (a capital of two million) against Paris, Texas (25,000): a home of the
    size of an agency's does not make a bare "PARIS" the Texan town. Where the text names a
    state the home is not counted at all: the answer is the text's alone."""
    g = resolver.g
    plain = _at(resolver, "PARIS")
    assert plain.country_code == "FR"
    for home in ("US", "US-TX"):
        assert _same(_at(resolver, "PARIS", parse_home(home, g)), plain)
    text = "PARIS — A Tennessee man was hurt when his truck hit a tree, deputies said."
    named = _at(resolver, "PARIS", parse_home("US-TX", g), text)
    assert named == _at(resolver, "PARIS", None, text)
    assert "home" not in named.reason


def test_santiago_with_home_in_chile_or_spain(resolver):
    g = resolver.g
    plain = _at(resolver, "SANTIAGO", lang="es")
    assert plain.country_code == "CL"
    assert _same(_at(resolver, "SANTIAGO", parse_home("CL", g), lang="es"), plain)
    # Spain has no Santiago near Santiago de Chile's size: the capital stays
    assert _same(_at(resolver, "SANTIAGO", parse_home("ES", g), lang="es"), plain)


def test_a_home_without_a_namesake_changes_nothing(resolver):
    g = resolver.g
    for name in ("WINDSOR", "MANSFIELD", "PARIS", "HAMILTON"):
        plain = _at(resolver, name)
        assert _at(resolver, name, parse_home("DE", g)) == plain
        assert _at(resolver, name, parse_home("JP", g)) == plain
    # a name the gazetteer does not know stays unknown, at home or not
    q = PlaceQuery(name="ZZYZXQUOR")
    assert not resolver.resolve(q, parse_home("US-OH", g)).resolved


def test_what_the_text_names_beats_the_home(resolver):
    g = resolver.g
    oh = parse_home("US-OH", g)
    state = _at(resolver, "MANSFIELD", oh, "MANSFIELD — The Texas man said the fair opens today.")
    assert (state.country_code, state.admin1) == ("US", "Texas")
    assert "home" not in state.reason
    gb = parse_home("GB", g)
    country = _at(resolver, "WINDSOR", gb, "WINDSOR — Auto workers in Canada voted on Friday.")
    assert country.country_code == "CA" and "home" not in country.reason
    qualified = resolver.resolve(PlaceQuery(name="WINDSOR", qualifier="Ontario"), gb)
    assert qualified.country_code == "CA"
    county = _at(
        resolver,
        "HAMILTON",
        parse_home("US-TX", g),
        "HAMILTON — The Butler County Coroner's Office named the driver on Friday.",
    )
    assert (county.country_code, county.admin1) == ("US", "Ohio")


def test_an_agency_home_keeps_its_own_prior(resolver):
    """A brief credited to an agency with a home among the readings ("WINDSOR (PA)") is the
    agency's copy: its prior decides, not the source's home; an agency with no reading at
    home ("(ANP)", the Netherlands) leaves the source's home to count."""
    g = resolver.g
    pa = _at(resolver, "WINDSOR", agencies=("PA",))
    assert pa.country_code == "GB"
    assert _at(resolver, "WINDSOR", parse_home("US", g), agencies=("PA",)) == pa
    assert _at(resolver, "WINDSOR", parse_home("US", g)).country_code == "US"
    anp = _at(resolver, "WINDSOR", parse_home("GB", g), agencies=("ANP",))
    assert anp.country_code == "GB" and "home country GB" in anp.reason


def test_the_home_is_part_of_the_kept_answer(resolver):
    """Answers are memoised per query: the same name with and without a home, in any order,
    gets each its own answer."""
    g = resolver.g
    oh = parse_home("US-OH", g)
    for _ in range(2):
        assert _at(resolver, "MANSFIELD", oh).admin1 == "Ohio"
        assert _at(resolver, "MANSFIELD").country_code == "GB"
        assert _at(resolver, "MANSFIELD", oh, "MANSFIELD — The fair opens.").admin1 == "Ohio"
        assert _at(resolver, "MANSFIELD", None, "MANSFIELD — The fair opens.").country_code == "GB"


# --- places named in the text ------------------------------------------------------------------
def test_mentions_take_the_home_region_then_the_country(resolver):
    g = resolver.g
    text = "The council met in Mansfield on Monday to discuss the budget."

    def where(home):
        ms = find_mentions(text, "en", home=parse_home(home, g) if home else None)
        assert [m.place for m in ms] == ["Mansfield"]
        return ms[0].location.country_code, ms[0].location.admin1

    assert where(None) == ("GB", "England")
    assert where("US") == ("US", "Texas")
    assert where("US-OH") == ("US", "Ohio")
    assert where("DE") == where(None)
    named = "The council met in Mansfield, Texas on Monday to discuss the budget."
    ms = find_mentions(named, "en", home=parse_home("US-OH", g))
    assert ms[0].location.admin1 == "Texas"


# a paper in a language of several countries, a home abroad from them: name, language, home,
# the reading's country, and whether the reason says the home decided
FOREIGN_PAPER = [
    # the language's own country is read, as with no home: the home decided nothing
    ("Santa Rosa", "es", "GB", "AR", False),
    ("Santa Cruz", "pt", "GB", "BR", False),
    # the home's namesake wins over the language's: the home decided, and says so
    ("Santa Rosa", "es", "US", "US", True),
    ("Santa Cruz", "pt", "US", "US", True),
]


@pytest.mark.parametrize("name, lang, home, cc, decided", FOREIGN_PAPER)
def test_a_mention_says_the_home_decided_only_where_it_did(resolver, name, lang, home, cc, decided):
    """A home given for a Spanish or Portuguese paper weighs beside the language's countries;
    a reading the language chose must not say the home chose it."""
    text = {
        "es": f"El alcalde de {name} dijo que la feria abre el lunes.",
        "pt": f"O prefeito de {name} disse que a feira abre segunda.",
    }[lang]
    (m,) = find_mentions(text, lang, home=parse_home(home, resolver.g))
    assert m.location.country_code == cc
    assert ("given for the source" in m.location.reason) is decided, m.location.reason


def test_the_focus_follows_the_home(resolver):
    g = resolver.g
    text = "Officials in Limerick said the road would close for a week."
    for home, cc in ((None, "IE"), ("US", "US"), ("GB", "IE")):
        h = parse_home(home, g) if home else None
        focus = choose_focus(find_mentions(text, "en", home=h), None, text, lang="en", home=h)
        assert focus is not None and focus.location.country_code == cc


def test_extract_text_says_which_home_was_given():
    text = "MANSFIELD — A man was hurt Tuesday when his car hit a tree on Main Street, police said."
    (plain,) = extract_text(text)
    assert plain["home"] is None and plain["country_code"] == "GB"
    (rec,) = extract_text(text, home=parse_home("US-OH"))
    assert rec["home"] == "US-OH"
    assert (rec["country_code"], rec["admin1"]) == ("US", "Ohio")
    assert rec["location_reason"].endswith("; home region US-OH given for the source")
    assert rec["focus"]["country_code"] == "US"


def test_a_corrected_place_has_no_home():
    """A dateline place the user corrected (``wiremap geocode --fix``, the page) was not read
    with the home: its record says none, as the store's correction of stored events does."""
    fixed = Location(
        query="MANSFIELD",
        name="Mansfield",
        lat=40.76,
        lon=-82.52,
        country_code="US",
        precision="city",
        confidence=1.0,
        reason="MANSFIELD → Mansfield, US-OH (override)",
        source="override",
    )
    (rec,) = extract_text(
        "MANSFIELD — A man was hurt Tuesday on Main Street.",
        geocode=lambda query, home=None: fixed,
        home=parse_home("GB"),
    )
    assert (rec["location_source"], rec["home"]) == ("override", None)
    assert (rec["lat"], rec["lon"]) == (40.76, -82.52)


# --- the command line and watch ----------------------------------------------------------------
MANSFIELD = "MANSFIELD — A man was hurt Tuesday when his car hit a tree on Main Street.\n"
WHEN = "2026-12-05T08:00:00+00:00"


def test_extract_and_ingest_take_home(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(MANSFIELD, encoding="utf-8")
    assert main(["extract", str(page), "--captured-at", WHEN, "--home", "US-Ohio", "-j", "1"]) == 0
    (rec,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (rec["admin1"], rec["home"]) == ("Ohio", "US-OH")
    db = str(tmp_path / "db.sqlite")
    args = ["ingest", str(page), "--db", db, "--captured-at", WHEN, "--home", "US-OH", "-j", "1"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["export", "--db", db]) == 0
    (stored,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (stored["admin1"], stored["home"]) == ("Ohio", "US-OH")
    assert stored["location_reason"].endswith("; home region US-OH given for the source")


def test_ingest_of_a_folder_reads_every_file_with_the_home(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(MANSFIELD, encoding="utf-8")
    other = MANSFIELD.replace("A man", "A woman")
    (folder / "sub" / "b.txt").write_text(other, encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    args = ["ingest", str(folder), "--db", db, "--captured-at", WHEN, "--home", "us-oh"]
    assert main([*args, "-j", "1"]) == 0
    capsys.readouterr()
    assert main(["export", "--db", db]) == 0
    stored = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["text"] for r in stored) == sorted([MANSFIELD.strip(), other.strip()])
    assert {(r["country_code"], r["admin1"]) for r in stored} == {("US", "Ohio")}


def test_geocode_takes_home(capsys):
    assert main(["geocode", "MANSFIELD", "--home", "US-OH"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Mansfield, Ohio, US")
    assert "why: MANSFIELD → Mansfield, US-OH; home region US-OH given for the source" in out


@pytest.mark.parametrize("command", ["extract", "ingest", "geocode"])
@pytest.mark.parametrize("home", ["XX", "US-Narnia"])
def test_an_unknown_home_on_the_command_line(tmp_path, capsys, command, home):
    page = tmp_path / "page.txt"
    page.write_text(MANSFIELD, encoding="utf-8")
    db = ["--db", str(tmp_path / "db.sqlite")] if command == "ingest" else []
    with pytest.raises(SystemExit) as stop:
        main([command, str(page), *db, "--home", home])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --home: unknown home '{home}'" in err and FORM in err
    assert "Traceback" not in err
    assert not (tmp_path / "db.sqlite").exists()


def test_watch_config_home_per_feed(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        'home = "US"\n'
        '[[feed]]\nurl = "https://example.org/a.rss"\nhome = "US-Ohio"\n'
        '[[feed]]\nurl = "https://example.org/b.rss"\n'
        '[[page]]\nurl = "https://example.org/wire"\nhome = "GB"\n',
        encoding="utf-8",
    )
    homes = [f.home and f.home.code for f in load_config(path).feeds]
    assert homes == ["US-OH", "US", "GB"]
    path.write_text('[[feed]]\nurl = "https://example.org/a.rss"\n', encoding="utf-8")
    assert [f.home for f in load_config(path).feeds] == [None]


def test_watch_reads_each_feed_with_its_home(tmp_path, store):  # noqa: F811
    ohio = rss([("Crash", MANSFIELD.strip(), "Mon, 17 Nov 2025 06:30:00 GMT")])
    other = MANSFIELD.strip().replace("A man", "A woman")
    plain = rss([("Crash", other, "Mon, 17 Nov 2025 06:30:00 GMT")])
    toml = tmp_path / "feeds.toml"
    with LocalServer() as server:
        server.routes["/ohio.rss"] = body(ohio, "application/rss+xml")
        server.routes["/plain.rss"] = body(plain, "application/rss+xml")
        toml.write_text(
            f'[[feed]]\nurl = "{server.url("/ohio.rss")}"\nhome = "US-OH"\n'
            f'[[feed]]\nurl = "{server.url("/plain.rss")}"\n',
            encoding="utf-8",
        )
        config = load_config(toml)
        watcher = Watcher(WatchConfig(config.feeds, timeout=0.5, deadline=3.0), store)
        assert [r.status for r in watcher.round()] == ["new", "new"]
    events = {e["text"]: e for e in store.events()}
    assert events[MANSFIELD.strip()]["admin1"] == "Ohio"
    assert events[MANSFIELD.strip()]["location_reason"].endswith(
        "; home region US-OH given for the source"
    )
    assert events[other]["country_code"] == "GB"  # the feed without a home
