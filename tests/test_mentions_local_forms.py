"""Places in English local copy read by their local forms (``geo.mentions``).

- A name with a possessive inside is read whole ("Queen Anne's County", "King's Lynn"): the
  tokenizer cuts the "'s" off its word, GeoNames folds it into the word ("queen annes county")
  and writes counties' "St." in full ("Saint Mary's County"); not "Queen Anne", "Prince George"
  (Canada) or "Mary" (Turkmenistan) with the rest left over.
- A word set before places' names ("Metro", "Downtown", "Greater": ``place_prefixes``) is no
  place of its own before a capitalised word ("Metro Vancouver": not Metro, Indonesia).
- A one-word place right after "St." whose two words name no place the text supports is a
  saint's name in an institution's ("St. Mary's High School"), or the town GeoNames writes with
  "Saint" in full ("St. Paris": Saint Paris, Ohio, not Paris, Illinois).
- A country's name between a determiner and a word for people of a place ("a Jordan woman",
  ``resident_nouns``) is read as a town or a state of that name where the text supports one:
  copy that means the country names its people by their demonym ("a Jordanian woman").
- A first name (``first_names``) before a surname is no place ("Elizabeth Warren").

The briefs are written for this test, in the styles of local copy.
"""

from __future__ import annotations

import pytest

from geo.mentions import _possessives, find_mentions, tokenize

# (text, the name as written, its kind, its country)
READ = [
    (
        "Ducks located in Queen Anne's County in Maryland were tested.",
        "Queen Anne's County",
        "region",
        "US",
    ),
    (
        "Police in Prince George's County said two men were arrested.",
        "Prince George's County",
        "region",
        "US",
    ),
    ("Prince George’s County officials met on Tuesday.", "Prince George’s County", "region", "US"),
    ("St. Mary's County deputies arrested a man on Friday.", "St. Mary's County", "region", "US"),
    ("Police in King's Lynn said two men were arrested.", "King's Lynn", "city", "GB"),
    ("A fire broke out in Bishop's Stortford on Monday.", "Bishop's Stortford", "city", "GB"),
    ("Lee's Summit officials met on Tuesday to discuss the budget.", "Lee's Summit", "city", "US"),
    ("According to Metro Vancouver, the plan was approved.", "Vancouver", "city", "CA"),
    ("Downtown Nashville was flooded on Monday.", "Nashville", "city", "US"),
    ("ST. PARIS — A fire killed four children in St. Paris, Ohio.", "St. Paris", "city", "US"),
    ("A Jordan woman was charged on Monday, Minnesota State Police said.", "Jordan", "city", "US"),
    ("Police said a 33-year-old Brazil man was arrested in Indiana.", "Brazil", "city", "US"),
    ("A Georgia woman was charged on Monday with theft.", "Georgia", "region", "US"),
]

# (text, a word that must not be read as a place, nor be part of one)
NOT_READ = [
    ("According to Metro Nashville officials, the plan was approved.", "Metro"),
    ("According to Downtown Denver officials, the plan was approved.", "Downtown"),
    ("The Louisville Metro Council voted 22-0 on Monday.", "Metro"),
    ("She was taken to St. Mary's Hospital on Monday.", "Mary"),
    ("Students at St. Mary School raised money on Friday.", "Mary"),
    ("She was taken to St. Rose's Hospital on Monday.", "Rose"),
    ("Elizabeth Warren spoke to reporters on Monday.", "Elizabeth"),
    ("The award went to Elizabeth Holmes on Friday.", "Elizabeth"),
    ("Prayers to St. Jordan were said on Sunday.", "Jordan"),
    ("Central Bank officials met on Monday.", "Central"),
    ("Greater Anglia trains were cancelled on Monday.", "Greater"),
]

# look-alikes: (text, the name as written, its kind, its country), read as before
UNCHANGED = [
    ("Jordan's King Abdullah met the envoy on Monday.", "Jordan", "country", "JO"),
    ("Texas's governor signed the bill on Monday.", "Texas", "region", "US"),
    ("A Jordan man was killed in Amman on Monday.", "Jordan", "country", "JO"),
    ("A Lebanon man was arrested in Beirut on Monday.", "Lebanon", "country", "LB"),
    ("A Jamaica woman was jailed in Birmingham on Monday.", "Jamaica", "country", "JM"),
    ("A New Zealand man was charged on Monday.", "New Zealand", "country", "NZ"),
    # a town of the name needs its state in the text, not only its country's support
    ("A Mexico man was held at the crossing in Nogales, Arizona.", "Mexico", "country", "MX"),
    ("A Poland man was hurt in a crash in Lyon, police said.", "Poland", "country", "PL"),
    ("Officials in Metro Manila said.", "Metro Manila", "region", "PH"),
    ("He moved to Greater Sudbury in 1990.", "Greater Sudbury", "city", "CA"),
    ("The Central African Republic held talks.", "Central African Republic", "country", "CF"),
    ("Police in St. Louis said two men were arrested.", "St. Louis", "city", "US"),
    ("Police in St. Albans said two men were arrested.", "St. Albans", "city", "GB"),
    ("Elizabeth police said on Monday that a man was arrested.", "Elizabeth", "city", "US"),
    # a first name that opens a place's name, a saint's town, a prefix inside a name: read whole
    ("Flooding closed roads in Elizabeth City on Monday.", "Elizabeth City", "city", "US"),
    ("Deputies in Marion County arrested two men.", "Marion County", "region", "US"),
    ("A cruise ship docked in Charlotte Amalie on Friday.", "Charlotte Amalie", "city", "VI"),
    ("Tourists returned to Victoria Falls on Sunday.", "Victoria Falls", "city", "ZW"),
    ("The council met in St. Paul on Monday.", "St. Paul", "city", "US"),
    ("Skiers arrived in St. Moritz on Friday.", "St. Moritz", "city", "CH"),
    ("Banks in St. Gallen reopened on Monday.", "St. Gallen", "city", "CH"),
    ("Fans gathered in Saint-Étienne on Saturday.", "Saint-Étienne", "city", "FR"),
    ("Talks were held in Central Java on Monday.", "Central Java", "region", "ID"),
    ("Rain fell in Inner Mongolia on Monday.", "Inner Mongolia", "region", "CN"),
    ("Traffic in Downtown Los Angeles was halted.", "Los Angeles", "city", "US"),
    # a big city's or a country's people where the text names that country: kept
    ("A Paris man was jailed at Southwark Crown Court on Monday.", "Paris", "city", "FR"),
    ("A Georgia man was detained in Tbilisi on Monday.", "Georgia", "country", "GE"),
    ("A Mexico man was arrested in Tijuana on Monday.", "Mexico", "country", "MX"),
]


def _found(text: str, name: str):
    start = text.index(name)
    return [m for m in find_mentions(text, "en") if m.start < start + len(name) and start < m.end]


@pytest.mark.parametrize(("text", "name", "kind", "cc"), READ + UNCHANGED)
def test_read_whole_as_the_place(text, name, kind, cc):
    found = _found(text, name)
    assert [(text[m.start : m.end], m.kind, m.location.country_code) for m in found] == [
        (name, kind, cc)
    ]


@pytest.mark.parametrize(("text", "word"), NOT_READ)
def test_not_a_place(text, word):
    assert _found(text, word) == []


def test_native_keeps_the_country():
    # born or served abroad: "native", "veteran" are no words for a town's people here
    for text, name, cc in [
        ("A Jordan native, she moved to Ohio in 1990.", "Jordan", "JO"),
        ("An Iraq veteran spoke in Ohio on Monday.", "Iraq", "IQ"),
    ]:
        assert [m.location.country_code for m in _found(text, name)] == [cc]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no possessive here",
        "Queen Anne's County and Prince George’s County met.",
        "King's Lynn's mayor's office",
        "Winston-Salem's mayor spoke.",
        "'s at the start, 's  twice, x's",
        "北京's 東京’s É's ",
    ],
)
def test_possessives_are_the_words_one_follows(text):
    # found by each possessive's place; the same words as a test at every word's end
    toks = tokenize(text)
    assert _possessives(text, toks) == {
        k for k, t in enumerate(toks) if text.startswith(("'s ", "’s "), t.end)
    }
