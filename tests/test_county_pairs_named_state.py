"""A state the text names by its own name decides between namesakes that lend each other one.

"Princeton" and "Mercer County" pair in New Jersey (the larger) and in West Virginia; a story
that names West Virginia means West Virginia's pair. Two county names that both exist in two
states ("Madison County and Wilson County": Tennessee's are larger, Texas has both too) are
read in the state the text names, not in the one they lend each other. The state written out
weighs only between towns of one country and only against support other ambiguous names
lend: the largest of a name and a town a sure neighbour places are kept, and a place abroad
never moves. Briefs written for this test (blind probes of the class, see the report).
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# text, place as written, the first-level region it must be read in
NAMED_STATE = [
    (
        "Flood waters rose across West Virginia overnight. Princeton police and the Mercer "
        "County emergency office asked drivers to stay home.",
        "Princeton",
        "West Virginia",
    ),
    (
        "Flood waters rose across West Virginia overnight. Princeton police and the Mercer "
        "County emergency office asked drivers to stay home.",
        "Mercer County",
        "West Virginia",
    ),
    (
        "Officials in Illinois said schools in Shelbyville will open late; the Shelby County "
        "clerk confirmed the order.",
        "Shelbyville",
        "Illinois",
    ),
    (
        "Officials in South Carolina said schools in York will open late; the York County "
        "clerk confirmed the order.",
        "York County",
        "South Carolina",
    ),
    (
        "Officials in Michigan said schools in Midland will open late; the Midland County "
        "clerk confirmed the order.",
        "Midland",
        "Michigan",
    ),
    (
        "Growth in Texas slowed last year, but Madison County and Wilson County each added "
        "residents, the state demographer said.",
        "Wilson County",
        "Texas",
    ),
    (
        "Growth in Ohio slowed last year, but Carroll County and Morgan County each added "
        "residents, the state demographer said.",
        "Morgan County",
        "Ohio",
    ),
    (
        "Growth in Indiana slowed last year, but Crawford County and Scott County each added "
        "residents, the state demographer said.",
        "Crawford County",
        "Indiana",
    ),
]

# look-alikes: the state named is not where the pair is, or the place meant is the largest of
# its name, a town a sure neighbour places, or a city abroad: read as without the rule
KEPT = [
    (
        "Flood waters rose across Oregon overnight. Princeton police and the Mercer County "
        "emergency office asked drivers to stay home.",
        "Mercer County",
        "New Jersey",
    ),
    (
        "She left Ohio in 1990 and moved to Phoenix, where she opened a bakery.",
        "Phoenix",
        "Arizona",
    ),
    (
        "The Alabama delegation toured Decatur and Redan on Monday.",
        "Decatur",
        "Georgia",
    ),
]

ABROAD = [
    ("The Texas governor flew to Europe and met French ministers in Paris.", "Paris", "FR"),
    ("The Georgia delegation met Greek officials in Athens on Monday.", "Athens", "GR"),
]


def _reading(resolver, text: str, place: str):
    got = [m for m in find_mentions(text, "en", resolver=resolver) if m.place == place]
    assert got, f"{place!r} not found in {text!r}"
    return got[0].location


@pytest.mark.parametrize(("text", "place", "a1"), NAMED_STATE + KEPT)
def test_the_state_written_out_decides_between_namesakes(resolver, text, place, a1):
    loc = _reading(resolver, text, place)
    assert (loc.country_code, loc.admin1) == ("US", a1)


@pytest.mark.parametrize(("text", "place", "cc"), ABROAD)
def test_a_place_abroad_is_never_moved_home(resolver, text, place, cc):
    assert _reading(resolver, text, place).country_code == cc


def test_the_reason_names_the_state():
    """The reading says how it was found: by the state the text names."""
    text = NAMED_STATE[0][0]
    loc = _reading(None, text, "Princeton")
    assert "west virginia" in loc.reason
