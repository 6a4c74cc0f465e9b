"""Places the copy names in a short or an introducing form that the reader used to drop.

- English "America" alone is the United States ("emigrated to America"): a country alias bound
  to English copy (``country_names_by_language``), so Spanish "América" (the Americas) and copy
  of no known language keep their reading; "Voice of America", "Future Farmers of America"
  are bodies' names, and "Bank of America", "Reserve America" stay things as before.
- A name written short ("St. Marc" for Saint-Marc, "Ste. Genevieve", "St. Kitts and Nevis";
  ``name_abbreviations``) is the place's own name where GeoNames lists no place under that form.
- Names CLDR has changed that copy still writes: Macedonia, Swaziland, East Timor.
- A town the copy names as one ("the village of Bieżuń", "a town called Låsby";
  ``town_named``) is the gazetteer's only place of the name, however small.

Look-alikes: the same shapes with a person, a firm, a team or a common word stay no place.
The briefs are written for this test in the styles of local US papers and WikiNews.
"""

from __future__ import annotations

import pytest

from geo.gazetteer import written_short
from geo.mentions import find_mentions

# (text, the place as written, its country)
FOUND = [
    ("Russian painters who emigrated to America are shown at the museum.", "America", "US"),
    ("Swap parties first started in America a few years ago.", "America", "US"),
    ("Goods moved among West Africa, the Caribbean and America.", "America", "US"),
    ("Crowds are flooding the main clinic in St. Marc, aid workers said.", "St. Marc", "HT"),
    (
        "A cargo ship under the flag of St. Kitts and Nevis sank on Monday.",
        "St. Kitts and Nevis",
        "KN",
    ),
    ("The river crested Tuesday at Ste. Genevieve, Mo., the Corps said.", "Ste. Genevieve", "US"),
    ("Bird flu cases were reported in Russia, Romania and Macedonia.", "Macedonia", "MK"),
    ("Drought has left a third of Swaziland short of food.", "Swaziland", "SZ"),
    ("Peacekeepers left East Timor in 2012.", "East Timor", "TL"),
    ("Dead swans were found in the village of Bieżuń, officials said.", "Bieżuń", "PL"),
    ("Frogs are dying in a town called Låsby, local vets said.", "Låsby", "DK"),
]

# (text, a word that must open no mention)
NOT_A_PLACE = [
    ("He told the Voice of America that the camps were full.", "America"),
    ("He is treasurer of the Future Farmers of America chapter.", "America"),
    ("Corrections Corporation of America runs the new prison.", "America"),
    ("Bank of America said it would cut 300 jobs.", "America"),
    ("Campsites can be booked through Reserve America.", "America"),
    ("Good Morning America aired the interview.", "America"),
    ("Drought in South America cut the soy crop.", "America"),  # a continent, not asked for
    ("Michelin North America has its head office in Greer.", "America"),
    ("Parking is free on St. Patrick's Day downtown.", "St. Patrick"),
    ("She was taken to St. Mary's Hospital with minor injuries.", "St. Mary"),
    ("Services will be at St. John's Union Cemetery on Friday.", "St. John"),
    ("He met a man called Bieżuń at the market.", "Bieżuń"),
    ("She lost all hope in the village of her birth.", "hope"),
]


@pytest.mark.parametrize(("text", "place", "cc"), FOUND)
def test_a_place_named_so_is_read(resolver, text, place, cc):
    got = {m.place: m.location.country_code for m in find_mentions(text, "en", resolver=resolver)}
    assert got.get(place) == cc, got


@pytest.mark.parametrize(("text", "word"), NOT_A_PLACE)
def test_the_same_shape_with_a_name_or_a_word_stays_no_place(resolver, text, word):
    places = [m.place for m in find_mentions(text, "en", resolver=resolver)]
    assert not any(p.startswith(word) for p in places), places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los pintores rusos que emigraron a América llegaron en barco."),
        (None, "Russian painters who emigrated to America are shown at the museum."),
    ],
)
def test_america_is_the_united_states_in_english_copy_only(resolver, lang, text):
    got = [m.location.country_code for m in find_mentions(text, lang, resolver=resolver)]
    assert "US" not in got, got


@pytest.mark.parametrize(
    ("key", "short"),
    [
        ("saint marc", "st marc"),
        ("sainte genevieve", "ste genevieve"),
        ("saint kitts and nevis", "st kitts and nevis"),
        ("mount vernon", "mt vernon"),
        ("fort myers", "ft myers"),
        ("paris", ""),
        ("saintes", ""),
    ],
)
def test_written_short(key, short):
    assert written_short(key) == short


def test_a_short_form_geonames_lists_as_an_alternate_stays_so(resolver):
    # "Mt. Vernon" is an alternate name of one Mount Vernon (Illinois): the other Mount
    # Vernons are not put under it as their own names, which would outrank it
    g = resolver.g
    assert [g.cc[p >> 1] + ":" + g.a1[p >> 1] for p in g.postings("mt vernon")] == ["US:US.IL"]


def test_a_continent_asked_for_is_still_read_whole(resolver):
    # the words of a continent not asked for name nothing ("South America": no US inside it);
    # asked for, it is the continent
    text = "Drought in South America cut the soy crop."
    got = [(m.place, m.kind) for m in find_mentions(text, "en", resolver=resolver, continents=True)]
    assert got == [("South America", "continent")], got
