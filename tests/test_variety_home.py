"""The text's own variety of English as a weak home (geo/resolve.py ``TextHome``, geo/mentions.py).

A bare name with readings in several countries is read in the country whose English the text
is written in, as with a home given by the user: weighed like ``--home``, never against what the
text says (a state, a qualifier, an agency's home), never against a country, a capital or a
city of 500,000 abroad, and never over a home the user gives. Every brief here is written for
this test, one per variety (US, GB, CA, AU), each naming a town that stands in several
countries.
"""

from __future__ import annotations

import pytest

from geo import gazetteer
from geo.home import parse_home
from geo.location import PlaceQuery
from geo.mentions import find_mentions, get_index
from geo.resolve import Resolver
from parsing.variety import text_country
from pipeline.extract import extract_text

BODY = {
    "US": (
        "The City Council voted 5-2 on Monday to fund a new sheriff's office substation, and "
        "county commissioners said the program would cost 12 percent more than planned."
    ),
    "GB": (
        "The borough council said council tax would rise by 3 per cent, and the town centre's "
        "neighbourhood police team would move to the old Crown Court building."
    ),
    "CA": (
        "RCMP officers were called to the scene on Tuesday, and the local MPP said the "
        "neighbourhood centre would reopen. The Mounties said the colour of the truck was unknown."
    ),
    "AU": (
        "The shire council said the local MP would open the new footpath, and officers from the "
        "Highway Patrol said the car was travelling at 120km/h. The colour of the car was white."
    ),
    # no marks: no variety, no prior
    "": "The council met on Monday and voted to fund the repairs. The work starts next week.",
}


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    r = Resolver(gazetteer.load())
    get_index(r)
    return r


def test_the_briefs_are_read_as_their_variety():
    for cc, text in BODY.items():
        assert text_country(text, "en") == (cc or None), cc


def _dateline(resolver, name, variety, agencies=(), extra="", home=None):
    text = BODY[variety] + extra
    query = PlaceQuery(name=name, context=text, lang="en", agencies=agencies)
    return resolver.resolve(query, home)


NOTE = "namesake in the text's country ({} English)"

# name, the text's variety, agencies, text added, country and region expected, whether the
# variety decided (the reason says so)
DATELINES = [
    # a town whose largest namesake is abroad: the text's own country's, each way
    ("MANSFIELD", "US", (), "", "US", "US.TX", True),
    ("MANSFIELD", "GB", (), "", "GB", "GB.ENG", False),
    ("MANSFIELD", "", (), "", "GB", "GB.ENG", False),
    ("CAMBRIDGE", "US", (), "", "US", "US.MA", True),
    ("CAMBRIDGE", "CA", (), "", "CA", "CA.08", True),
    ("CAMBRIDGE", "GB", (), "", "GB", "GB.ENG", False),
    ("PENRITH", "AU", (), "", "AU", "AU.02", True),
    ("PENRITH", "GB", (), "", "GB", "GB.ENG", False),
    # agency copy and world places abroad do not move: a capital, a city of 500,000
    ("PARIS", "US", ("AP",), "", "FR", "FR.11", False),
    ("PARIS", "US", (), "", "FR", "FR.11", False),
    ("LONDON", "US", ("Reuters",), "", "GB", "GB.ENG", False),
    ("LONDON", "GB", ("Reuters",), "", "GB", "GB.ENG", False),
    ("LONDON", "CA", (), "", "GB", "GB.ENG", False),
    ("BIRMINGHAM", "US", (), "", "GB", "GB.ENG", False),
    # ... unless the text names the home's region: then the text decides, not the variety
    ("BIRMINGHAM", "US", (), " Alabama officials agreed.", "US", "US.AL", False),
    # what the text says beats the variety: a state named, a qualifier's place
    ("MANSFIELD", "US", (), " Ohio officials agreed.", "US", "US.OH", False),
    ("MANSFIELD", "GB", (), " Texas officials agreed.", "US", "US.TX", False),
]


@pytest.mark.parametrize(("name", "variety", "agencies", "extra", "cc", "a1", "noted"), DATELINES)
def test_the_dateline_reads_the_texts_country(
    resolver, name, variety, agencies, extra, cc, a1, noted
):
    loc = _dateline(resolver, name, variety, agencies, extra)
    assert loc.country_code == cc, loc.reason
    i = resolver.g.by_gid[loc.geonameid]
    assert resolver.g.a1[i] == a1, loc.reason
    assert (NOTE.format(variety) in loc.reason) == noted, loc.reason
    assert "given for the source" not in loc.reason


def test_answers_for_one_name_are_kept_apart_by_the_variety(resolver):
    # the resolver keeps answers per name: a text of another variety gets its own
    for variety, cc in [("", "GB"), ("US", "US"), ("GB", "GB"), ("US", "US"), ("", "GB")] * 2:
        assert _dateline(resolver, "MANSFIELD", variety).country_code == cc, variety


# name, the text's variety, the home given, country expected, the reason's end
HOMES = [
    ("WINDSOR", "US", None, "US", NOTE.format("US")),
    ("WINDSOR", "US", "CA", "CA", ""),
    ("MANSFIELD", "US", "GB", "GB", ""),
    ("MANSFIELD", "GB", "US", "US", "home country US given for the source"),
    ("CAMBRIDGE", "CA", "US-Massachusetts", "US", "home region US-MA given for the source"),
]


@pytest.mark.parametrize(("name", "variety", "home", "cc", "end"), HOMES)
def test_a_home_given_beats_the_variety(resolver, name, variety, home, cc, end):
    given = parse_home(home, resolver.g) if home else None
    loc = _dateline(resolver, name, variety, home=given)
    assert loc.country_code == cc, loc.reason
    assert loc.reason.endswith(end), loc.reason
    if given is not None:
        assert "namesake in the text's country" not in loc.reason


def _mention(resolver, variety, sentence, place, home=None):
    text = sentence + " " + BODY[variety]
    got = {m.place: m.location for m in find_mentions(text, "en", resolver=resolver, home=home)}
    return got.get(place)


# the sentence, the place, the text's variety, the home given, country expected (None: not
# read as a place), whether the variety decided, the home's note expected
MENTIONS = [
    ("Police in Mansfield arrested a man.", "Mansfield", "US", None, "US", True),
    ("Police in Mansfield arrested a man.", "Mansfield", "GB", None, "GB", False),
    ("Police in Mansfield arrested a man.", "Mansfield", "", None, "GB", False),
    ("Police in Mansfield arrested a man.", "Mansfield", "US", "GB", "GB", False),
    ("Police in Cambridge arrested a man.", "Cambridge", "CA", None, "CA", True),
    ("Police in Cambridge arrested a man.", "Cambridge", "GB", None, "GB", False),
    ("Police in Cambridge arrested a man.", "Cambridge", "CA", "US", "US", False),
    ("Police in Penrith arrested a man.", "Penrith", "AU", None, "AU", True),
    ("Police in Paris arrested a man.", "Paris", "US", None, "FR", False),
    # unlike a dateline, a body mention of a city of 500,000 abroad may still be the text's
    # country's namesake (README): the variety weighs as a paper's language does
    ("Police in Birmingham arrested a man.", "Birmingham", "US", None, "US", True),
    ("Police in Birmingham arrested a man.", "Birmingham", "GB", None, "GB", False),
]


@pytest.mark.parametrize(("sentence", "place", "variety", "home", "cc", "noted"), MENTIONS)
def test_a_body_mention_reads_the_texts_country(
    resolver, sentence, place, variety, home, cc, noted
):
    given = parse_home(home, resolver.g) if home else None
    loc = _mention(resolver, variety, sentence, place, given)
    assert loc is not None and loc.country_code == cc, loc and loc.reason
    assert (NOTE.format(variety) in loc.reason) == noted, loc.reason
    if given is not None:
        assert "namesake in the text's country" not in loc.reason


def test_a_body_mention_says_when_the_home_given_decided(resolver):
    home = parse_home("US", resolver.g)
    loc = _mention(resolver, "GB", "Police in Mansfield arrested a man.", "Mansfield", home)
    assert loc.country_code == "US"
    assert loc.reason.endswith("(home country US given for the source)"), loc.reason


def test_a_record_says_the_variety_decided():
    (record,) = extract_text("MANSFIELD — " + BODY["US"])
    assert record["country_code"] == "US" and record["admin1"] == "Texas"
    assert record["location_reason"].endswith("; " + NOTE.format("US"))
    (record,) = extract_text("MANSFIELD — " + BODY[""])
    assert record["country_code"] == "GB"
    assert "namesake" not in record["location_reason"]
