"""A place inside the name of an institution that stands there: a mention, weak for the focus.

"the Boston Globe", "Cambridge University", "the University of Kentucky": the paper's, the
university's town is named (local papers' benchmarks count it), so it is a mention, with role
``NAMED_IN`` and a reason that says so (``org_seated`` of ``org_after`` and ``org_before_of``,
``geo.mentions.MentionIndex._person_or_thing``). It says where the institution stands, not where
the event is: the focus sets it aside ("the Boston Globe reported that a fire in Lowell ..." is
about Lowell). Firms, teams, banks and people named like places stay no mention ("Houston
Rockets", "American Airlines", "Bank of America", "Jackson Browne"). The briefs are written for
this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import NAMED_IN, find_mentions
from pipeline.extract import extract_text

# (text, the place as written): read, role NAMED_IN
NAMED_IN_AN_INSTITUTION = [
    ("She studied law at the University of Kentucky before moving away.", "Kentucky"),
    ("He taught chemistry at the University of New Mexico for ten years.", "New Mexico"),
    ("The University of Iowa said the lab would reopen in June.", "Iowa"),
    ("A reporter for the Knoxville Gazette covered the council meeting.", "Knoxville"),
    ("The Boston Globe ran the story on its front page.", "Boston"),
    ("The Moscow Times said the minister had resigned.", "Moscow"),
    ("He wrote for the Kansas City Star for twenty years.", "Kansas City"),
    ("She is a professor of mathematics at Cambridge University.", "Cambridge"),
    ("A reporter for the Winnipeg Chronicle covered the hearing.", "Winnipeg"),
    ("A reporter for the Limerick Gazette covered the hearing.", "Limerick"),
    ("The Brisbane Times reported the result late on Sunday.", "Brisbane"),
    ("He studied at Wyoming University and then at the University of Utah.", "Utah"),
    ("The Washington Post quoted the mayor on Monday.", "Washington"),
    ("The Houston Chronicle reported it first.", "Houston"),
    ("Interest in Maryville College rose after the report.", "Maryville"),
    # a first name's place with "the" before: the paper's, not a person's
    ("The Denver Post said the mayor would resign.", "Denver"),
    ("A reporter for the Austin Star asked about the budget.", "Austin"),
    ("She spoke to the Charlotte Observer on Monday.", "Charlotte"),
]

# (text, the event's place): the focus stays off the institution's town
FOCUS_NOT_ON_THE_INSTITUTION = [
    ("The Boston Globe reported that a fire in Lowell destroyed two homes on Tuesday.", "Lowell"),
    ("A fire destroyed two homes in Akron on Tuesday, the Hartford Courier reported.", "Akron"),
    ("Researchers at the University of Oregon said a tornado struck Tulsa on Monday.", "Tulsa"),
    ("The Calgary Star reported that a flood in Brisbane closed three roads.", "Brisbane"),
    ("The Dayton Examiner reported on Tuesday that two homes burned overnight.", None),
    ("Scientists at the University of Vermont found a new species of frog.", None),
]

# (text, a word that must not open a mention): firms, teams, banks, people
NOT_A_PLACE = [
    ("The Houston Rockets beat the Dallas Mavericks 101-99 on Sunday.", "Houston"),
    ("The Houston Rockets beat the Dallas Mavericks 101-99 on Sunday.", "Dallas"),
    ("American Airlines cancelled 300 flights because of the storm.", "American"),
    ("Bank of America posted a loss in the fourth quarter.", "America"),
    ("The Denver Broncos signed a new quarterback on Friday.", "Denver"),
    ("Jackson Browne played two sold-out shows last week.", "Jackson"),
    ("Boston Scientific recalled a heart device on Monday.", "Boston"),
    ("The Bank of England raised interest rates on Thursday.", "England"),
    ("Paris Hilton attended the opening on Friday night.", "Paris"),
    # a paper's word as a person's surname after a first name, no "the": a person
    ("Sydney Post, a spokeswoman for the firm, said the plant would close.", "Sydney"),
    ("Austin Star, a spokesman for the firm, said the plant would close.", "Austin"),
    ("Florence Herald, a lawyer for the family, declined to comment.", "Florence"),
    ("Madison Daily, a spokeswoman for the council, said talks would resume.", "Madison"),
    ("Dallas Review, the coach, praised the defence.", "Dallas"),
    # a title-case headline: a paper's word there is a common noun
    ("Ohio News Outlets Report Plant Closure", "Ohio"),
    ("Texas College Students Protest Tuition Rise", "Texas"),
    ("Chicago Post Office Closes Early", "Chicago"),
    ("Iowa Press Corps Gathers For Debate", "Iowa"),
    ("Denver Sun Shines On Record Crowd", "Denver"),
]


@pytest.mark.parametrize(("text", "place"), NAMED_IN_AN_INSTITUTION)
def test_a_place_in_an_institutions_name_is_a_mention_named_in(text, place):
    got = {m.place: m for m in find_mentions(text, "en")}
    assert place in got, text
    assert got[place].role == NAMED_IN
    assert got[place].location.reason.endswith(f"{NAMED_IN}'s name")


@pytest.mark.parametrize(("text", "place"), FOCUS_NOT_ON_THE_INSTITUTION)
def test_the_focus_sets_an_institutions_town_aside(text, place):
    (rec,) = extract_text(text)
    roles = {m["place"]: m.get("role") for m in rec["mentions"]}
    assert NAMED_IN in roles.values(), roles
    focus = rec["focus"]
    assert (focus["place"] if focus else None) == place


@pytest.mark.parametrize(("text", "word"), NOT_A_PLACE)
def test_firms_teams_and_people_named_like_places_are_no_mention(text, word):
    assert not [m for m in find_mentions(text, "en") if m.place.startswith(word)]


def test_a_mention_named_in_an_institution_says_so_in_its_dict():
    (m,) = find_mentions("The Boston Globe ran the story.", "en")
    assert m.to_dict()["role"] == NAMED_IN
    (plain,) = find_mentions("A fire broke out in Lowell.", "en")
    assert "role" not in plain.to_dict()
