"""A town and the county it lies in, named in one text, are read together.

A local paper names its town and its county without the state ("a Paris man ... the Henry
County Sheriff's Office"): of the many Parises and Henry Counties, the one pair where the town
lies in the county is the place (Paris, Tennessee is Henry County's seat), not the largest
Paris and the largest Henry County apart. The pair only weighs: where the text says otherwise
(the country of a world city named, the state named with the county) that wins, and a county
that pairs with towns of two states says nothing of which. Briefs written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# text, place as written, country, first-level region (None: the country decides)
PAIRED = [
    (
        "A Paris man was charged with burglary on Monday, the Henry County Sheriff's Office "
        "said. Deputies found the stolen tools in his truck.",
        "Paris",
        "US",
        "Tennessee",
    ),
    (
        "A Paris man was charged with burglary on Monday, the Henry County Sheriff's Office "
        "said. Deputies found the stolen tools in his truck.",
        "Henry County",
        "US",
        "Tennessee",
    ),
    (
        "The Laurens County school board met in Dublin on Tuesday night and approved the budget "
        "for next year.",
        "Dublin",
        "US",
        "Georgia",
    ),
    (
        "Madison County deputies said a Richmond man was arrested after the crash on the "
        "interstate early Sunday.",
        "Richmond",
        "US",
        "Kentucky",
    ),
    (
        "Walker County commissioners met in Huntsville on Tuesday to discuss the prison budget.",
        "Huntsville",
        "US",
        "Texas",
    ),
]

# the larger namesake kept: the text names its country, or no county pairs it
KEPT = [
    (
        "The European Central Bank met in Frankfurt as Greek protesters filled the streets of "
        "Athens; in Henderson County, officials reported record turnout.",
        "Athens",
        "GR",
        None,
    ),
    (
        "French officials met in Paris on Monday to discuss the budget, the minister said.",
        "Paris",
        "FR",
        None,
    ),
    (
        "Talks in Moscow ended without a deal on Friday, and Russian diplomats left for Geneva.",
        "Moscow",
        "RU",
        None,
    ),
    (
        "Greek lawmakers in Athens approved the austerity package after a night of protests.",
        "Athens",
        "GR",
        None,
    ),
    (
        "Delhi police and Mumbai officials said the monsoon was late; Delaware County in Ohio "
        "reported a dry spell.",
        "Delhi",
        "IN",
        None,
    ),
    (
        "Delhi police and Mumbai officials said the monsoon was late; Delaware County in Ohio "
        "reported a dry spell.",
        "Delaware County",
        "US",
        "Ohio",
    ),
]


def _reading(resolver, text: str, place: str) -> tuple[str | None, str | None]:
    got = [m for m in find_mentions(text, "en", resolver=resolver) if m.place == place]
    assert got, f"{place!r} not found in {text!r}"
    loc = got[0].location
    return loc.country_code, loc.admin1


@pytest.mark.parametrize(("text", "place", "cc", "a1"), PAIRED + KEPT)
def test_a_town_and_its_county_are_read_together(resolver, text, place, cc, a1):
    got_cc, got_a1 = _reading(resolver, text, place)
    assert got_cc == cc
    if a1 is not None:
        assert got_a1 == a1


def test_a_county_that_pairs_in_two_states_sways_neither(resolver):
    """Pottawatomie County is Kansas's (Wamego, St. Marys) and Oklahoma's (Shawnee): a text
    that names Shawnee and the county in a Kansas story keeps Kansas's, as the state named
    says; the pair alone would have read both in Oklahoma."""
    text = (
        "Pottawatomie County will gain most from the highway project, consultants told a "
        "meeting in Manhattan, Kansas, on Wednesday. Studies are also under way in Leavenworth "
        "and Shawnee counties, and in Topeka."
    )
    assert _reading(resolver, text, "Pottawatomie County") == ("US", "Kansas")


def test_a_bare_county_name_pairs_with_no_town(resolver):
    """A bare "Washington" is a county's name in thirty states: only a county written as one
    ("Washington County") pairs, so "Washington" and "Springfield" stay the capital and the
    largest Springfield."""
    text = "Lawmakers in Washington and Springfield argued over the budget on Monday."
    got = {m.place: m.location for m in find_mentions(text, "en", resolver=resolver)}
    assert got["Washington"].admin1 == "District of Columbia"
    assert got["Springfield"].admin1 != "Kentucky"  # Springfield, KY: Washington County's seat
