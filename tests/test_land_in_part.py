"""A territory a name calls only by the first words of its name ("Norfolk", Dutch copy's CLDR name
of Norfolk Island) where a town of that name has ten times its people (``geo.resolve.
named_in_part``): the bare name is the town's, in running text and in a dateline alike; the
territory's where the text writes its whole name ("Norfolk Island", "l'île Norfolk"). Each
choice says why. Look-alikes: a small land's own whole name (Jersey, Guernsey, Pitcairn,
Monaco), a country's common name (Georgia, Jamaica), a land whose namesake town is not ten
times bigger (Aland), and towns named after lands (Jersey City, New Jersey).

Briefs written for these tests in the styles of wire and local copy.
"""

from __future__ import annotations

import pytest

from geo.fold import fold
from geo.location import PlaceQuery
from geo.mentions import find_mentions
from geo.resolve import named_in_part


def _read(resolver, text: str, lang: str, place: str) -> str | None:
    """The country of the first mention written ``place`` (None: not read)."""
    ms = find_mentions(text, lang, resolver=resolver)
    return next((m.location.country_code for m in ms if m.place == place), None)


@pytest.mark.parametrize(
    ("lang", "text", "place", "expected"),
    [
        # the town: a bare "Norfolk" in copy of any language
        ("en", "Fire crews in Norfolk battled a blaze on Tuesday.", "Norfolk", "US"),
        ("en", "Norfolk police said two men were arrested after the chase.", "Norfolk", "US"),
        ("en", "The Navy ship returned to Norfolk after six months at sea.", "Norfolk", "US"),
        ("en", "Farmers in Norfolk, England, lost their wheat to the floods.", "Norfolk", "GB"),
        # British copy (its spelling and money): the county of the copy's country, not Virginia
        (
            "en",
            "A Norfolk farmer lost £20,000 of barley as the neighbourhood centre flooded.",
            "Norfolk",
            "GB",
        ),
        ("nl", "De brandweer in Norfolk bluste een grote brand.", "Norfolk", "US"),
        ("de", "Die Feuerwehr in Norfolk löschte einen Brand.", "Norfolk", "US"),
        # the territory: its whole name written, here or beside the bare name
        ("en", "Flights to Norfolk Island resumed on Monday.", "Norfolk Island", "NF"),
        ("en", "Officials on Norfolk Island said the ferry to Norfolk sailed.", "Norfolk", "NF"),
        ("fr", "Le conseil de l'île Norfolk s'est réuni.", "Norfolk", "NF"),
        ("de", "Die Verwaltung der Norfolkinsel tagte am Montag.", "Norfolkinsel", "NF"),
        # look-alikes: lands under their own whole names, and towns named after lands
        ("en", "Flights to Christmas Island were cancelled.", "Christmas Island", "CX"),
        ("en", "Police in Jersey City arrested two men.", "Jersey City", "US"),
        ("en", "The governor of New Jersey signed the bill.", "New Jersey", "US"),
        ("en", "The Isle of Man government raised taxes.", "Isle of Man", "IM"),
        ("en", "Voters in Guernsey backed the plan.", "Guernsey", "GG"),
        ("en", "A boat reached Pitcairn with supplies.", "Pitcairn", "PN"),
        ("en", "Ferries to Aland were delayed by ice.", "Aland", "AX"),
        ("en", "Protests spread across Georgia on Sunday.", "Georgia", "GE"),
        ("en", "Voters in Jamaica went to the polls.", "Jamaica", "JM"),
        ("en", "Police in Monaco detained a driver.", "Monaco", "MC"),
        ("en", "Officials in San Marino met on Monday.", "San Marino", "SM"),
    ],
)
def test_mentions(resolver, lang: str, text: str, place: str, expected: str) -> None:
    assert _read(resolver, text, lang, place) == expected


@pytest.mark.parametrize(
    ("name", "context", "lang", "expected"),
    [
        ("NORFOLK", "The city council voted to raise the parking fee.", "en", "US"),
        ("NORFOLK", "Les pompiers ont maîtrisé un incendie.", "fr", "US"),
        ("NORFOLK", "Officials on Norfolk Island said the airport would reopen.", "en", "NF"),
        ("NORFOLK ISLAND", "The island's council met.", "en", "NF"),
        ("JERSEY", "The chief minister resigned.", "en", "JE"),
        ("GEORGIA", "Protests spread on Sunday.", "en", "GE"),
    ],
)
def test_datelines(resolver, name: str, context: str, lang: str, expected: str) -> None:
    assert resolver.resolve(PlaceQuery(name, None, context, lang)).country_code == expected


def test_the_dateline_and_the_mention_agree(resolver) -> None:
    text = "Police in Norfolk said the shooting happened downtown."
    loc = resolver.resolve(PlaceQuery("NORFOLK", None, text, "en"))
    assert (loc.country_code, _read(resolver, text, "en", "Norfolk")) == ("US", "US")


def test_each_choice_says_why(resolver) -> None:
    loc = resolver.resolve(PlaceQuery("NORFOLK", None, "The council voted.", "en"))
    assert loc.reason.endswith("; not Norfolk Island, named so only in part")
    ms = find_mentions("Fire crews in Norfolk battled a blaze.", "en", resolver=resolver)
    assert "not Norfolk Island, named so only in part" in ms[0].location.reason


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Norfolk", [("Norfolk Island", "Norfolk", "US")]),
        ("Aland", []),  # Aland, India: not ten times the islands' people
        ("Pitcairn", []),  # Pitcairn, Pennsylvania: too small to be named bare
        ("Georgia", []),  # the country's own whole name
        ("Jersey", []),
        ("Jamaica", []),
    ],
)
def test_named_in_part(resolver, key: str, expected: list) -> None:
    g = resolver.g
    got = named_in_part(g, fold(key), g.postings(fold(key)))
    assert [(g.name[i], g.name[t], g.cc[t]) for i, t in got] == expected
