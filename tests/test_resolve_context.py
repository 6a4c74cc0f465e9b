"""What the resolver reads in a brief's text for an ambiguous dateline, in the style of a US
local paper's wire copy: an in-state town with no state after it ("LEBANON (AP) —"), the state
named only in the story. Written for this test (not taken from any item), other towns first:
a state of four letters ("Ohio", "Iowa", "Utah"), a state named with a compass point ("South
Carolina", "North Carolina"), and a road or a county named after another town ("Red Bank Road",
"Berkeley County"), which is no evidence for that town."""

from __future__ import annotations

import pytest

from geo.location import PlaceQuery


def _where(resolver, name, text, agencies=()):
    loc = resolver.resolve(PlaceQuery(name=name, context=text, lang="en", agencies=agencies))
    assert loc.resolved, loc.reason
    return loc.country_code, loc.admin1, loc.reason


# dateline, text, agencies, country, first-level region, the word the reason cites
ROWS = [
    (
        "SPRINGFIELD",
        "SPRINGFIELD (AP) — Ohio lawmakers approved the budget on Friday.",
        ("AP",),
        "US",
        "Ohio",
        "Ohio",
    ),
    (
        "CAMBRIDGE",
        "CAMBRIDGE — An Ohio man was arrested after a chase, deputies said.",
        (),
        "US",
        "Ohio",
        "Ohio",
    ),
    (
        "POLAND",
        "POLAND (AP) — Ohio police said Friday a school bus driver was cited after a crash.",
        ("AP",),
        "US",
        "Ohio",
        "Ohio",
    ),
    (
        "LEBANON",
        "LEBANON (AP) — A jury in the trial of an Ohio man accused of arson heard from "
        "a fire investigator on Friday.",
        ("AP",),
        "US",
        "Ohio",
        "Ohio",
    ),
    (
        "GREENVILLE",
        "GREENVILLE — The South Carolina House passed the state budget on Thursday.",
        (),
        "US",
        "South Carolina",
        "South Carolina",
    ),
    (
        "JACKSONVILLE",
        "JACKSONVILLE — The North Carolina Highway Patrol closed the road after a crash.",
        (),
        "US",
        "North Carolina",
        "North Carolina",
    ),
    (
        # a country named first whose code starts with the letter of a region's key ("RU")
        "SPRINGFIELD",
        "SPRINGFIELD (AP) — Russian diplomats met Ohio lawmakers on Friday.",
        ("AP",),
        "US",
        "Ohio",
        "Ohio",
    ),
    (
        "GOOSE CREEK",
        "GOOSE CREEK — A man was struck by a car on Red Bank Road early Sunday, deputies said.",
        (),
        "US",
        "South Carolina",
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "agencies", "cc", "admin1", "word"), ROWS)
def test_an_in_state_dateline_reads_its_state_from_the_text(
    resolver, name, text, agencies, cc, admin1, word
):
    got_cc, got_admin1, reason = _where(resolver, name, text, agencies)
    assert (got_cc, got_admin1) == (cc, admin1), reason
    if word is not None:
        assert f'"{word}" in text' in reason


def test_a_short_region_counts_only_as_a_capitalised_word(resolver):
    """ "Ohio" in title case is the state; "OHIO" in capitals (a heading) and "ohio" are not read
    (a short name in lower case is a word too often: "chin", "para")."""
    regions = resolver._scan("An Ohio man was charged.", "en").regions
    assert [resolver.g.a1[r] for r in regions] == ["US.OH"]
    assert not resolver._scan("OHIO NEWS: a man was charged.", "en").regions
    assert not resolver._scan("He raised his chin and smiled.", "en").regions


def test_a_town_before_a_road_or_as_a_county_is_no_evidence(resolver):
    """ "Red Bank" of "Red Bank Road" (or "Roads") and "Berkeley" of "Berkeley County" name no
    town; "Red Bank" alone does, and so does "Atlanta" before a word that is none ("Driver")."""
    assert resolver._scan("He was struck on Red Bank Road.", "en").places == ()
    assert resolver._scan("He was struck on Red Bank Roads.", "en").places == ()
    assert resolver._scan("Berkeley County deputies said.", "en").places == ()
    names = [resolver.g.name[j] for j in resolver._scan("He lives in Red Bank now.", "en").places]
    assert "Red Bank" in names
    # a word that only starts like one ("Driver", "Roadster") is none
    places = resolver._scan("An Atlanta Driver was cited.", "en").places
    assert [resolver.g.name[j] for j in places] == ["Atlanta"]


@pytest.mark.parametrize(
    ("name", "lang", "cc"),
    [
        ("София", "bg", "BG"),
        ("Пловдив", "bg", "BG"),
        ("Київ", "uk", "UA"),
        ("Харків", "uk", "UA"),
        ("Београд", "sr", "RS"),
        ("Скопје", "mk", "MK"),
        ("Новосибирск", "ru", "RU"),
    ],
)
def test_a_cyrillic_dateline_is_read_in_its_languages_romanisation(resolver, name, lang, cc):
    """The gazetteer's names are Latin: a Cyrillic place is looked up as its language spells it
    in English-style letters (the language's ``transliteration`` data), "София" as "Sofiya"."""
    loc = resolver.resolve(PlaceQuery(name=name, context="", lang=lang))
    assert loc.resolved and loc.country_code == cc, loc.reason


@pytest.mark.parametrize(
    ("text", "folded", "written"),
    [
        # the first word whose fold starts with the name's first word, as written
        ("Talks in Georgia ended; GEORGIA wins.", "georgia", "Georgia"),
        ("Unrest in Côte d'Ivoire spread.", "cote", "Côte"),
        ("Talks in Den Haag, then Delft.", "den haag", "Den Haag"),
        ("Visitors from Ísland and Iceland.", "island", "Ísland"),
        ("Flights to Nieuw-Delhi resumed.", "nieuw", "Nieuw-Delhi"),
        ("Støre spoke in Østfold.", "ostfold", "Østfold"),
        # no word starts with it: a letter inside a word is no start (Macon's 'con')
        ("Macon and Bacon met in 2024.", "con", "con"),
        ("The so_Texas tag and Texas.", "texas", "Texas"),
        # a run led by punctuation starts where its first letter is
        ("Teams met at ...Paris, then Lyon.", "paris", "Paris"),
        ("Fans chanted '99 Ohio.", "99", "99"),
        ("", "texas", "texas"),
    ],
)
def test_original_finds_the_words_as_written(text: str, folded: str, written: str) -> None:
    from geo.resolve import _original

    assert _original(text, folded) == written


@pytest.mark.parametrize("lead", ["a", "x", "z", "0", "9"])
def test_word_starts_finds_the_lead_or_any_non_ascii_after_no_letter(lead: str) -> None:
    from geo.resolve import _word_starts

    text = (
        f"{lead}ab {lead.upper()}cd x{lead} _{lead} é{lead} {lead}é Ünd ßa \u0301b 中文 😀! "
        f"-{lead} .é 9{lead} \x7f{lead} \x80q\n{lead}"
    )
    # the reference: a character that is the lead in either case or beyond ASCII, with no
    # letter or digit before it (an underscore may stand there)
    want = [
        i
        for i, ch in enumerate(text)
        if (ch in (lead.lower(), lead.upper()) or ord(ch) > 127)
        and not (i and text[i - 1].isalnum())
    ]
    got = [m.start() for m in _word_starts(lead).finditer(text)]
    assert got == want and want
