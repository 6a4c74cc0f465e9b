"""The countries a text may be from, where its English names no one (parsing/variety.py
``text_countries``, geo/resolve.py ``TextHomes``, geo/disambiguate.py ``choose``'s
``home_group``).

"colour", "towards" and "footpath" are written by British, Irish, Australian, New Zealand and
Indian papers, none American; "a.m.", "organizers" and "downtown" by American and Canadian
ones. Such a text names no one country, but it leaves some out: between namesakes, a reading
in the countries left in weighs as a paper's country does. Never against what the text says
(a state, a body only one country writes), never against a country, a capital or a city of
500,000 abroad, and it never reads a name as a place by itself. Every brief here is written
for this test.
"""

from __future__ import annotations

import pytest

from geo import gazetteer
from geo.mentions import find_mentions, get_index
from geo.resolve import Resolver, TextHomes, text_homes
from parsing.variety import text_countries, text_country

# the Commonwealth's spelling and words, with "towards" (not Canada's): no one country
COMMONWEALTH = (
    "Police in {} are appealing for witnesses after a man in a grey jacket was seen walking "
    "towards the railway footpath. The neighbourhood centre was closed."
)
# America's and Canada's: a.m., organizers, high school, downtown
NORTH_AMERICA = (
    "{} residents can drop off yard waste at the city garage from 9 a.m. to 1 p.m. on "
    "Saturday, organizers said. The high school will host a meeting downtown next week."
)
# Commonwealth spelling with a Westminster office: every Commonwealth country bar Ireland, so
# Canada too
COUNCILLOR = (
    "A councillor in {} said the colour of the new signs had drawn complaints, and the theatre "
    "will reopen next month."
)
NOTE = "namesake in the text's countries"


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    r = Resolver(gazetteer.load())
    get_index(r)
    return r


@pytest.mark.parametrize(
    "text, ccs",
    [
        (COMMONWEALTH.format("Lancaster"), ("AU", "GB", "IE", "IN", "NZ")),
        (NORTH_AMERICA.format("Bedford"), ("CA", "US")),
        ("Sheriff's deputies said the color of the car was gray, 40 percent darker.", ("US",)),
        ("The council met on Monday and voted to fund the repairs.", ()),
    ],
    ids=["commonwealth", "north-america", "one-country", "no-marks"],
)
def test_the_countries_a_texts_marks_lead_with(text, ccs):
    assert text_countries(text, "en") == ccs
    assert text_country(text, "en") == (ccs[0] if len(ccs) == 1 else None)
    got = text_homes(text, "en")
    assert (got.ccs if got is not None else frozenset()) == (
        frozenset(ccs) if len(ccs) > 1 else frozenset()
    )


def test_a_group_of_every_country_says_nothing():
    # "colour" and "licence" alone: every Commonwealth country, but only with the US left out
    # is it a group; a language with no marks gives none
    assert text_homes(COMMONWEALTH.format("Lancaster"), "es") is None
    # a language of local papers: its papers' countries lean so already
    assert text_homes("As equipas usaram autocarros, e os ônibus e o trem chegaram.", "pt") is None
    assert text_homes("", "en") is None
    homes = TextHomes(frozenset({"US", "CA"}), "en")
    assert homes.note == "namesake in the text's countries (CA/US English)"


# name, the text's style, country expected, whether the text's countries decided
ROWS = [
    # the largest namesake abroad, the text's countries' one read
    ("Lancaster", COMMONWEALTH, "GB", True),
    ("Lincoln", COMMONWEALTH, "GB", True),
    ("Durham", COMMONWEALTH, "GB", True),
    ("Worcester", COMMONWEALTH, "GB", True),
    ("Gloucester", COMMONWEALTH, "GB", True),
    ("Bedford", NORTH_AMERICA, "US", True),
    ("Plymouth", NORTH_AMERICA, "US", True),
    ("Mansfield", NORTH_AMERICA, "US", True),
    ("Brighton", NORTH_AMERICA, "US", True),
    # "towards" leaves Canada out: England's Halifax over Nova Scotia's
    ("Halifax", COMMONWEALTH, "GB", True),
    # America's and Canada's words hold Canada: Ontario's Peterborough over England's
    ("Peterborough", NORTH_AMERICA, "CA", True),
    # the group says nothing between its members: with Canada in it, British Columbia's
    # Richmond (the largest in it) over Virginia's, whichever member's copy it is
    ("Richmond", COUNCILLOR, "CA", True),
    # look-alikes: the text's state wins, and places named the world over stay
    ("Lancaster, Pennsylvania,", COMMONWEALTH, "US", False),
    ("Springfield, Illinois,", COMMONWEALTH, "US", False),
    ("Paris", COMMONWEALTH, "FR", False),
    ("Moscow", COMMONWEALTH, "RU", False),
    ("Alexandria", NORTH_AMERICA, "EG", False),
    ("London", NORTH_AMERICA, "GB", False),
    ("Perth", NORTH_AMERICA, "AU", False),
    ("Birmingham", NORTH_AMERICA, "GB", False),
    ("Kingston", NORTH_AMERICA, "JM", False),
    ("Kingston", COUNCILLOR, "JM", False),
    # the largest namesake already in the group: nothing to decide
    ("Halifax", COUNCILLOR, "CA", False),
]


@pytest.mark.parametrize(
    "name, style, cc, decided", ROWS, ids=[r[0] + str(i) for i, r in enumerate(ROWS)]
)
def test_a_namesake_in_the_texts_countries(resolver, name, style, cc, decided):
    text = style.format(name)
    head = name.split(",")[0]
    got = [m for m in find_mentions(text, "en", resolver=resolver) if m.place == head]
    assert got, name
    loc = got[0].location
    assert loc.country_code == cc, (name, loc.reason)
    assert (NOTE in loc.reason) == decided, loc.reason


@pytest.mark.parametrize("name", ["Chatham", "Newmarket", "Pembroke"])
def test_the_texts_countries_never_read_a_name_alone(resolver, name):
    # every reading a town that needs its country named: the text's countries admit none
    text = NORTH_AMERICA.format(name)
    assert not [m for m in find_mentions(text, "en", resolver=resolver) if m.place == name]


@pytest.mark.parametrize(
    "dateline, cc",
    [("RICHMOND, June 3 -- ", "US"), ("KINGSTON (Reuters) - ", "JM"), ("PERTH, May 2 - ", "AU")],
)
@pytest.mark.parametrize("style", [COUNCILLOR, NORTH_AMERICA], ids=["councillor", "north-america"])
def test_the_texts_countries_leave_the_dateline_alone(dateline, cc, style):
    # only the names of the text weigh them (``geo.mentions``): a dateline's namesakes are
    # read as before, with or without the mentions
    from pipeline.extract import extract_text

    text = dateline + style.format("the town")
    for mentions in (False, True):
        got = extract_text(text, mentions=mentions)[0]
        assert got["country_code"] == cc, (text, got["location_reason"])
        assert NOTE not in got["location_reason"]
