"""A name that is a country's and a town's, written as the town's, is read as the town.

"Lebanon", "Jordan", "Brazil" and "Poland" are countries and American towns. A street address
names the town after the street ("508 Cumberland St., Lebanon") and a high school stands in a
town ("Brazil High School"): written so, the name is a town, read among the towns of that name
by what else the text says (its county, its state, its neighbours), or left unread where the
text says nothing of which. A country's people are not a cue ("a Mexico man", "the Jamaica
woman" are headlines' words for a country's people), and where the text's other places stand
for the country ("Jordan Primary School in Amman") the country stays. Briefs written for this.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# text, place as written, country, first-level region (None: unread)
TOWN = [
    (
        "Survivors include a sister, Shirley Stidd of Lebanon, and a brother of Myerstown. "
        "Services at the funeral home, 508 Cumberland St., Lebanon. She was born in Hershey.",
        "Lebanon",
        "US",
        "Pennsylvania",
    ),
    (
        "Brazil High School in Clay County, Indiana, held its graduation on Friday.",
        "Brazil",
        "US",
        "Indiana",
    ),
    (
        "The shop at 12 High Street, Poland, closed after the flood, Mahoning County officials "
        "said.",
        "Poland",
        "US",
        "Ohio",
    ),
    (
        "The Mexico Elementary School board in Audrain County voted to raise salaries.",
        "Mexico",
        "US",
        "Missouri",
    ),
]

# the country kept: no cue, a word for its people, or the text's places stand for it
COUNTRY = [
    # written as a town's at one mention, but no town of the name can be read (the towns need
    # their state named): the other mentions keep the country they say (review23)
    (
        "Israeli jets struck villages in southern Lebanon on Tuesday. The aid group's office "
        "at 14 Main Road, Lebanon, was hit.",
        "Lebanon",
        "LB",
    ),
    (
        "Send entries to the Malta Tourism Authority, 229 Merchants Street, Malta, by June 1.",
        "Malta",
        "MT",
    ),
    ("Lebanon's president met the French foreign minister in Beirut on Tuesday.", "Lebanon", "LB"),
    ("A Mexico man was detained at the border crossing in Nogales, Arizona.", "Mexico", "MX"),
    ("The Jamaica woman, 29, was sentenced at Southwark Crown Court in London.", "Jamaica", "JM"),
    ("Jordan Primary School in Amman reopened after repairs paid for by Japan.", "Jordan", "JO"),
    ("The office at 14 Hamra Street, Beirut, Lebanon, was damaged in the blast.", "Lebanon", "LB"),
    ("A Lebanon man was killed in a strike near Tyre, Beirut officials said.", "Lebanon", "LB"),
]


def _readings(resolver, text: str, place: str) -> list[tuple[str | None, str | None]]:
    return [
        (m.location.country_code, m.location.admin1)
        for m in find_mentions(text, "en", resolver=resolver)
        if m.place == place
    ]


@pytest.mark.parametrize(("text", "place", "cc", "a1"), TOWN)
def test_a_country_s_name_written_as_a_town_s_is_the_town(resolver, text, place, cc, a1):
    got = _readings(resolver, text, place)
    assert got, f"{place!r} not read in {text!r}"
    assert set(got) == {(cc, a1)}


@pytest.mark.parametrize(("text", "place", "cc"), COUNTRY)
def test_the_country_stays_without_a_town_s_cue(resolver, text, place, cc):
    got = _readings(resolver, text, place)
    assert got and {c for c, _ in got} == {cc}


def test_a_school_s_town_is_never_the_territory(resolver):
    """ "Norfolk High School" alone: a town's school, not Norfolk Island's (the territory, read
    as a country); of the towns named Norfolk the text says nothing, so the largest is read,
    as a town's name alone is."""
    text = "Janet Johnson, a counselor at Norfolk High School, helps juniors with college plans."
    assert _readings(resolver, text, "Norfolk") == [("US", "Virginia")]


def test_the_town_s_reason_says_what_placed_it(resolver):
    """The town's reading says how it was found, as any town's does: here its county."""
    text = "Brazil High School in Clay County, Indiana, held its graduation on Friday."
    m = next(m for m in find_mentions(text, "en", resolver=resolver) if m.place == "Brazil")
    assert m.location.reason.endswith("(the text names clay county)")
    assert m.location.precision == "city"


def test_the_mention_written_as_a_town_s_stays_unread(resolver):
    """Where no town of the name can be read, only the mention so written is left unread: the
    address says a town, not which; the mention before it says the country (review23)."""
    text = (
        "Police in Lebanon arrested 12 people. A bomb went off at 21 Hamra Street, Lebanon, "
        "killing two, the army said."
    )
    assert _readings(resolver, text, "Lebanon") == [("LB", None)]


def test_a_town_with_its_region_after_it_is_not_the_country(resolver):
    """ "Jordan, Utah": a town by its state written after it, though the gazetteer has none of
    that name there; it is not read as the kingdom when the school's mention finds no town."""
    text = "The Jordan Middle School in Jordan, Utah, and schools across Salt Lake County closed."
    assert ("JO", None) not in _readings(resolver, text, "Jordan")
