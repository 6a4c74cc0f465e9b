"""A town right before a speech verb that is the speaker's home, not the speaker.

"Parker said" is a person; but "a resident of Lubbock told reporters", "Jane Miller, 44, from
Fargo, said" and "Tom Reyes, of Akron, told the council" name where the speaker lives: the copy
introduces the town (``background_before`` then "of"; or ``home_before`` between commas),
so the name is a place (``geo.mentions.MentionIndex._home_of_speaker``). Look-alikes: the same
words before a person, a firm or a team stay no place. The briefs are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (text, the town as written, its country)
HOME_TOWNS = [
    ("A former resident of Lubbock told reporters the water was brown.", "Lubbock", "US"),
    ("Boud, a resident of Toruń, told Wikinews he had seen the dead swans.", "Toruń", "PL"),
    ("Jane Miller, 44, from Dayton, said the line was long.", "Dayton", "US"),
    ("Tom Reyes, of Akron, told the council he would appeal.", "Akron", "US"),
    ("Natives of Toledo said the mill had closed for good.", "Toledo", "US"),
]

# (text, a word that must open no mention): a person, a firm, a team
NOT_A_PLACE = [
    ("A letter from Parker said the plan would fail.", "Parker"),
    ("A letter from Austin said the plan would fail.", "Austin"),
    ("The lawyer of Parker said the case was over.", "Parker"),
    ("A spokesman for Lincoln told reporters the deal was off.", "Lincoln"),
    ("The son of Chester said nothing at the hearing.", "Chester"),
    ("An email from Johnson, said to be genuine, was read aloud.", "Johnson"),
    # a town's name for the speaker (a firm, a person): "of" after no word for a home, and
    # "from" with no comma before it, introduce no home town
    ("The chairman of Toyota said sales would fall.", "Toyota"),
    ("A friend of Akron said the deal was off.", "Akron"),
    ("An email from Toyota, said to be genuine, was read aloud.", "Toyota"),
]


@pytest.mark.parametrize(("text", "town", "cc"), HOME_TOWNS)
def test_a_speakers_home_town_is_a_place(resolver, text, town, cc):
    got = {m.place: m.location.country_code for m in find_mentions(text, "en", resolver=resolver)}
    assert got.get(town) == cc, got


@pytest.mark.parametrize(("text", "word"), NOT_A_PLACE)
def test_a_speaker_after_the_same_words_stays_a_person(resolver, text, word):
    assert word not in [m.place for m in find_mentions(text, "en", resolver=resolver)]
