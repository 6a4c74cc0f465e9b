"""A town's name before a lower-case word for its people or public bodies is a place of the
story (``geo.mentions.MentionIndex._modified_town``): "a Salina man", "two Lawrence residents",
"Hopkinton police", "the Salina-based company". A local paper writes its towns so, small ones
too: a big city was read in that shape ("a Boston man"), a town of 46,000 with a hamlet of its
name abroad was not. Look-alikes stay unread: a headline in title case, a surname ("the
Lawrence family", "Coach Jack Dedham"), a possessive, a firm's name between the town and the
word, a word the text writes in lower case elsewhere, and a sentence's first word the text
writes capitalised nowhere within a sentence ("Chase officials said": a bank's, a common word's).
The briefs are written for this test; the towns were drawn from the gazetteer by population, not
from an eval set.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions
from pipeline.extract import extract_text

# (text, the town as written, its country)
TOWNS = [
    ("A Salina man was arrested on Tuesday after a chase.", "Salina", "US"),
    # a sentence's first word: the text writes it capitalised within a sentence too
    (
        "Salina police arrested a woman on Monday, the third arrest in Salina this week.",
        "Salina",
        "US",
    ),
    ("Lawrence residents voted on Tuesday. Turnout in Lawrence was high.", "Lawrence", "US"),
    ("On Monday, Kirby police closed two roads after the storm.", "Kirby", "US"),
    ("Police said two Lawrence residents were hurt in the crash.", "Lawrence", "US"),
    ("The Salina-based company cut 200 jobs this week.", "Salina", "US"),
    ("On Monday, Harvey police arrested a woman.", "Harvey", "US"),
    ("A Dedham man was arrested on Tuesday after a chase.", "Dedham", "US"),
    # towns of 2,000 to 10,000 people the gazetteer knows once: no region named
    ("A Decorah man was arrested on Tuesday after a chase.", "Decorah", "US"),
    ("Police said two Portmarnock residents were hurt in the crash.", "Portmarnock", "IE"),
    ("The Buntingford-based company cut 200 jobs this week.", "Buntingford", "GB"),
    ("On Monday, Cowra police arrested a woman.", "Cowra", "AU"),
    ("Two Lerwick officials declined to comment on Friday.", "Lerwick", "GB"),
    ("Many Salina officials declined to comment.", "Salina", "US"),
]

# (text, the word that must not be read as a place)
NOT_TOWNS = [
    ("Salina Man Arrested In Theft", "Salina"),  # a headline in title case
    ("The Lawrence family said he was kind.", "Lawrence"),  # a surname's family
    ("Coach Jack Dedham said the team was ready.", "Dedham"),
    ("Mr. Salina's family said on Tuesday he was fine.", "Salina"),
    ("Dedham Scientific officials said sales rose.", "Dedham"),  # a firm's name
    ("Apple officials said the phone sold well.", "Apple"),
    ("Highways officials need to decide. The highways are closed.", "Highways"),
    ("Mobile users complained about the outage.", "Mobile"),
    # a word the text writes in lower case elsewhere, within a sentence too
    ("Earlier, Forest officials said the forest had burned.", "Forest"),
    ("On Friday, Chase officials said the chase had ended.", "Chase"),
    # a sentence's first word written capitalised nowhere else: a common word, a surname or a
    # firm's as well as a town's (towns of the gazetteer all)
    ("Chase officials said on Tuesday that the plan was sound.", "Chase"),
    ("Forest residents voted on Tuesday.", "Forest"),
    ("Cook officials said on Tuesday that the plan was sound.", "Cook"),
    ("Taylor police said on Tuesday that the road was closed.", "Taylor"),
    ("Eden residents voted on Tuesday.", "Eden"),
    ("Willow police said the road was closed.", "Willow"),
    ("Kirby police closed two roads after the storm.", "Kirby"),
]


@pytest.mark.parametrize(("text", "town", "cc"), TOWNS)
def test_town_before_a_word_for_its_people_or_bodies(text, town, cc):
    got = [(m.place, m.location.country_code, m.kind) for m in find_mentions(text, "en")]
    assert (town, cc, "city") in got, got


@pytest.mark.parametrize(("text", "word"), NOT_TOWNS)
def test_look_alikes_stay_unread(text, word):
    got = [m.place for m in find_mentions(text, "en")]
    assert word not in got, got


def test_the_town_is_the_story_place():
    rec = extract_text("A Salina man was arrested on Tuesday after a chase.")[0]
    assert (rec["location_name"], rec["country_code"]) == ("Salina", "US")
    assert rec["location_source"] == "mention"
    assert rec["mentions"][0]["place"] == "Salina"
