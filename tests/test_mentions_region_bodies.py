"""Public bodies' names that say where a town of a shared name lies.

A first-level region named only in one of its public bodies' names ("Florida Highway Patrol",
"Georgia Bureau of Investigation") is no mention, but says where a local paper's towns of a
shared name lie (``geo.mentions._regions_by_bodies``). Copy abroad that cites a state's court
keeps a capital or a big city abroad (Athens, Vancouver), and a state's name before any other
word ("Kansas City", "Georgia Avenue") says nothing.

A town's body that only one country's papers write after a town's name ("Toledo Police
Department", "Worcester Crown Court": ``town_bodies``) puts that country's readings first
(``geo.mentions._body_country``, ``geo.disambiguate.Name.body_cc``), at every mention of the
name; a town's police or council as any paper writes them ("Paris police") moves nothing, nor
does a body's name move a capital, a country or a big city abroad ("the Paris Fire Department",
``geo.disambiguate.famous_abroad``). The briefs are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (text, the name as written, its first-level region, its country)
READ_IN_THE_BODY_REGION = [
    (
        "A Williston man, 87, was killed Monday, the Florida Highway Patrol said.",
        "Williston",
        "Florida",
        "US",
    ),
    ("Georgia Bureau of Investigation agents arrested an Albany man.", "Albany", "Georgia", "US"),
    ("A Manhattan man, 34, was hurt, the Kansas Highway Patrol said.", "Manhattan", "Kansas", "US"),
    (
        "Missouri Highway Patrol officials searched a home in Columbia.",
        "Columbia",
        "Missouri",
        "US",
    ),
    ("A Burlington man was hurt, the Vermont State Police said.", "Burlington", "Vermont", "US"),
    (
        "Virginia Bureau of Investigation officials searched a home in Arlington.",
        "Arlington",
        "Virginia",
        "US",
    ),
    ("A Portland man was hurt in a crash, the Maine State Police said.", "Portland", "Maine", "US"),
]

# a famous reading abroad, or no body after the state's name: the reading is not moved to it
NOT_MOVED = [
    (
        "Ministers met in Athens on Monday; a Georgia Supreme Court ruling was cited.",
        "Athens",
        "GR",
    ),
    ("Talks opened in Vancouver; a Washington Supreme Court ruling was cited.", "Vancouver", "CA"),
]


def _reading(text: str, name: str):
    got = [m.location for m in find_mentions(text, "en") if m.place == name]
    assert got, f"{name!r} not found in {text!r}"
    return got[0]


@pytest.mark.parametrize(("text", "name", "region", "cc"), READ_IN_THE_BODY_REGION)
def test_a_body_of_the_region_places_the_town(text, name, region, cc):
    loc = _reading(text, name)
    assert (loc.admin1, loc.country_code) == (region, cc)
    assert "the text names" in loc.reason


@pytest.mark.parametrize(("text", "name", "cc"), NOT_MOVED)
def test_a_famous_reading_abroad_is_kept(text, name, cc):
    assert _reading(text, name).country_code == cc


def test_a_body_word_joined_to_more_says_nothing():
    # "Kansas Highway-based" is no body's name: only a whole word after the state's name is
    # read, as the tokens the gate of ``find`` tests read it
    plain = _reading("A Manhattan man, 34, was hurt on Monday.", "Manhattan")
    joined = _reading(
        "A Manhattan man, 34, was hurt, a Kansas Highway-based crew said.", "Manhattan"
    )
    assert (joined.admin1, joined.country_code) == (plain.admin1, plain.country_code)


def test_a_state_name_before_another_word_says_nothing():
    plain = _reading("A Manhattan man, 34, was hurt on Monday.", "Manhattan")
    street = _reading("A Manhattan man, 34, was hurt on Kansas Avenue on Monday.", "Manhattan")
    assert (street.admin1, street.country_code) == (plain.admin1, plain.country_code)
    assert street.admin1 != "Kansas"


# (text, the name as written, the country read)
TOWN_BODIES = [
    ("Officers from the Springfield Police Department arrested a man.", "Springfield", "US"),
    ("A Berea woman was robbed, the Berea Police Department said.", "Berea", "US"),
    ("The Lafayette School District closed schools on Tuesday.", "Lafayette", "US"),
    ("The Columbia Fire Department put out a blaze on Elm Street.", "Columbia", "US"),
    ("A man appeared at Worcester Crown Court on Monday.", "Worcester", "GB"),
    ("Two men appeared at Cambridge Crown Court on Monday.", "Cambridge", "GB"),
    ("Officers from the Toledo Police Department arrested a man.", "Toledo", "US"),
    # a big region abroad of the name is no city papers name bare
    # (``geo.resolve.named_the_world_over``): Santa Fe province, Canterbury in New Zealand
    ("Officers from the Santa Fe Police Department arrested a man.", "Santa Fe", "US"),
    ("A man appeared at Canterbury Crown Court on Monday.", "Canterbury", "GB"),
]

# any country's police or council, or the country named: the reading without the body
ANY_COUNTRY = [
    ("Paris police said on Monday a man was arrested.", "Paris", "FR"),
    ("The Moscow City Council met on Monday, officials said.", "Moscow", "RU"),
    ("Athens police detained protesters, Greek officials said.", "Athens", "GR"),
    ("Cairo police said a man was held.", "Cairo", "EG"),
    # a capital, a country or a city of PROMINENT_POP people abroad: copy abroad writes its police
    # or courts with the words of any country's ("geo.disambiguate.famous_abroad")
    ("The Paris Fire Department said the blaze was put out overnight.", "Paris", "FR"),
    ("The Moscow Police Department said two men were detained on Monday.", "Moscow", "RU"),
    ("Athens Police Department officers detained ten protesters on Monday.", "Athens", "GR"),
    ("Kingston Police Department officers arrested a man on Monday.", "Kingston", "JM"),
    ("The London Fire Department said crews fought a blaze on Monday.", "London", "GB"),
    (
        "The Vancouver Police Department said a man was held, Canadian officials said.",
        "Vancouver",
        "CA",
    ),
    ("A man appeared at Perth Magistrates Court on Monday.", "Perth", "AU"),
    # a Magistrates' Court is Australia's, New Zealand's, Jamaica's too: no country's alone
    ("A man appeared at Kingston Magistrates Court on Monday.", "Kingston", "JM"),
    ("Officers from the Alexandria Police Department arrested a man.", "Alexandria", "EG"),
]


@pytest.mark.parametrize(("text", "name", "cc"), TOWN_BODIES)
def test_a_body_one_country_writes_places_the_town(text, name, cc):
    got = [m.location for m in find_mentions(text, "en") if m.place == name]
    assert got
    assert {loc.country_code for loc in got} == {cc}


def test_the_reason_says_the_body_decided():
    loc = _reading("A man appeared at Worcester Crown Court on Monday.", "Worcester")
    assert loc.country_code == "GB"
    assert "a town's body as GB writes it" in loc.reason


@pytest.mark.parametrize(("text", "name", "cc"), ANY_COUNTRY)
def test_a_body_any_country_writes_moves_nothing(text, name, cc):
    assert _reading(text, name).country_code == cc
