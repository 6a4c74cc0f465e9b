"""Where an English text is written, read from its own words (parsing/variety.py).

Every brief here is written for this test: a local brief in each variety naming a town that
stands in several countries, mixed and too-short texts that must give None, hostile input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo import gazetteer, geodata
from geo.mentions import find_mentions, get_index
from geo.resolve import Resolver, TextHome, text_home
from parsing.variety import READERS, text_country

DATA = Path(__file__).resolve().parents[1] / "parsing" / "data" / "varieties.json"

US = (
    "Sheriff's deputies arrested a Paris man on Tuesday after a chase that ended near the "
    "county jail. County commissioners said the jail's center will get $40,000 in repairs, "
    "and the district attorney's office has filed felony charges."
)
GB = (
    "Councillors in Lancaster have agreed to freeze council tax for a second year. The city "
    "council's leader said the £2m savings would protect the town centre and the neighbourhood "
    "police teams, and that the Crown Court building would stay open."
)
CA = (
    "RCMP officers were called to a home in London on Saturday after a neighbour reported a "
    "fire. The local MPP said the Crown attorney's office would review the case, and the "
    "regional municipality set aside C$1 million for the centre."
)
AU = (
    "Firefighters battled a bushfire near Richmond on Sunday as the shire council opened an "
    "evacuation centre. The minister said A$5 million in relief would reach residents, and TAFE "
    "students helped organise supplies."
)
IE = (
    "Gardaí in Ennis are investigating a burglary on Main Street. Two TDs said the county "
    "council's cheque for the community centre was delayed, and the Taoiseach was told."
)
NZ = (
    "The regional council in Richmond will meet local iwi at the marae next week. Waka Kotahi "
    "said NZ$3 million would go to the town centre's roads."
)
IN = (
    "The district collector of Aurangabad said Rs 40 lakh had been set aside for the panchayat "
    "roads. The local MLA told PTI the programme would start next month."
)


@pytest.mark.parametrize(
    "text, cc",
    [(US, "US"), (GB, "GB"), (CA, "CA"), (AU, "AU"), (IE, "IE"), (NZ, "NZ"), (IN, "IN")],
    ids=["us", "gb", "ca", "au", "ie", "nz", "in"],
)
def test_each_variety_is_read_from_its_local_brief(text, cc):
    assert text_country(text, "en") == cc
    assert text_country(text, "EN") == cc  # the language code's case does not matter


@pytest.mark.parametrize(
    "text",
    [
        "The color of the sky.",  # one mark decides nothing
        "The color of the car, the color of the house, and the color of the sea.",  # once
        "Police said the colour of the car was grey.",  # Commonwealth, but which country?
        "Fire at the center.",
        "Paris police arrested a man on Monday.",  # no marks at all
        # mixed: as many American marks as British ones
        "The color of the centre was grey at the theater; a neighbour said the percent was low.",
        # an American and a British institution, one each: no clear lead
        "Sheriff's deputies and the constabulary met on Monday.",
        "",
        "   ",
    ],
)
def test_too_few_or_mixed_marks_give_none(text):
    assert text_country(text, "en") is None


def test_marks_are_whole_words_and_capitals_count_where_written():
    # "Colorado", "epicenter", "victory", "champion": no "color", "center", "Tory", "MP"
    text = "Colorado officials said the epicenter of the victory parade was the champion's town."
    assert READERS["en"].marks(text) == []
    # a capitalised mark matches only as written: "mp" and "rcmp" are not "MP" and "RCMP"
    assert READERS["en"].marks("the mp3 player of the rcmp fan") == []
    # an ending is one of the known endings only: "coloured" is "colour", "colourless" not
    assert [m.word for m in READERS["en"].marks("coloured glass")] == ["colour"]
    assert READERS["en"].marks("colourless glass") == []
    # "Mr Smith" (no full stop) is a British and Australian mark; "Mr. Smith" is not
    assert [m.word for m in READERS["en"].marks("Mr Smith said")] == ["mr "]
    assert READERS["en"].marks("Mr. Smith said") == []


# text, the marks read: an acronym hyphenated to another capital is part of another name
HYPHENATED = [
    ("The AFL-CIO endorsed the mayor.", []),  # an American union, not Australian football
    ("The TV-AFL deal was signed.", []),  # joined on its left
    ("The AFL season opens on Thursday.", ["AFL"]),  # the mark alone
    ("An NHS-funded clinic opened.", ["NHS"]),  # joined to a word in lower case: still the NHS
    ("A BJP-led coalition won.", ["BJP"]),
]


@pytest.mark.parametrize(("text", "marks"), HYPHENATED)
def test_an_acronym_hyphenated_to_another_is_no_mark(text, marks):
    assert [m.word for m in READERS["en"].marks(text)] == marks


def test_an_american_union_does_not_make_australian_english():
    text = "Flights at LGA were delayed; the AFL-CIO president spoke at the rally downtown."
    assert text_country(text, "en") != "AU"


def test_a_mark_counts_once_and_the_longest_reading_wins():
    marks = READERS["en"].marks("the sheriff's office and the sheriff's office again")
    assert [m.word for m in marks] == ["sheriff's office"]
    # curly apostrophes and line breaks read as straight ones and spaces
    marks = READERS["en"].marks("the Sheriff\u2019s\nOffice said")
    assert [m.word for m in marks] == ["sheriff's office"]
    # written with its capital and then in lower case it is still one mark, not two
    text = "The Chief Minister opened the road; the chief minister said more would follow."
    assert [m.word for m in READERS["en"].marks(text)] == ["chief minister"]
    assert text_country(text, "en") is None


# words an Australian paper writes that American copy writes too, for something else
AMERICAN_TOO = [
    "Flights at LGA were delayed by the storm.",  # LaGuardia's code, not a local government area
    "The crowd sang of one nation under God.",
    "They recited One Nation Under God at the rally.",  # not the Australian party
]


@pytest.mark.parametrize("text", AMERICAN_TOO)
def test_words_american_copy_writes_too_are_no_australian_marks(text):
    assert READERS["en"].marks(text) == []


def test_names_of_people_and_places_are_no_marks():
    # a first name, a surname, a people, a region: not a variety's words ("bobby", "ute",
    # "reeve", "Ulster" as marks would read "Bobby" and "Ulster County, N.Y." as British)
    text = "Bobby Reeve, an Ute elder, drove to Ulster with the school Superintendent."
    assert READERS["en"].marks(text) == []


def test_other_languages_and_bad_input_give_none():
    assert text_country(GB, "es") is None  # no marks for Spanish here
    assert text_country(GB, None) is None
    assert text_country(None, "en") is None
    assert text_country(12345, "en") is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "İ" * 50 + " council tax, £5, colour, centre",  # lower-casing grows "İ": offsets hold
        "\x00\x01\x02 sheriff's\x00office",
        "<script>alert('council tax')</script>" * 200,
        "£" * 10_000,
        "per cent " * 5_000,
        "\ud800 color center",  # a lone surrogate
        "a" * 200_000,
    ],
    ids=["dotted-i", "controls", "markup", "pounds", "repeated", "surrogate", "long"],
)
def test_hostile_text_never_raises(text):
    got = text_country(text, "en")
    assert got is None or got in {"US", "GB", "CA", "AU", "IE", "NZ", "IN"}


def test_dotted_capital_i_keeps_the_marks_in_place():
    # "İ" lower-cases to two characters; the marks after it must still be found where written
    text = "İİİ Councillors froze council tax at £5; the town centre's colour is grey."
    assert text_country(text, "en") == "GB"


def test_the_data_says_why_and_names_known_countries():
    data = json.loads(DATA.read_text("utf-8"))
    for lang, spec in data.items():
        if lang.startswith("_"):
            continue
        assert spec["min_marks"] >= 2 and spec["margin"] > 0 and spec["min_score"] > 0
        for group in spec["marks"]:
            assert group["why"].strip()
            assert group["weight"] > 0
            ccs = group["countries"]
            assert ccs and all(len(c) == 2 and c.isupper() for c in ccs)
            assert len(set(group["words"])) == len(group["words"]), group["why"]
            assert all(w and not w[0].isspace() for w in group["words"])
        # a lower-case mark matches its capitalised form already: both would count it twice
        lower = {w for group in spec["marks"] for w in group["words"] if w == w.lower()}
        twins = [w for group in spec["marks"] for w in group["words"] if w.lower() in lower]
        assert sorted(twins) == sorted(lower), set(twins) - lower


def test_the_texts_home_is_its_variety():
    assert geodata.paper_countries("en") == frozenset()
    assert text_home(GB, "en") == TextHome("GB", "en")
    assert text_home(GB, "EN") == TextHome("GB", "en")
    assert text_home("Paris police said.", "en") is None
    # a language of local papers has its own countries, and its variety names one of them
    # (tests/test_paper_country.py); English words in it are none of its marks
    assert geodata.paper_countries("es") and text_home(GB, "es") is None
    spain = "La Guardia Civil detuvo a dos jóvenes que conducían un coche robado."
    assert text_home(spain, "es") == TextHome("ES", "es")
    assert text_home(None, "en") is None and text_home(GB, None) is None


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    r = Resolver(gazetteer.load())
    get_index(r)
    return r


def _where(resolver, text, place):
    got = {m.place: m.location for m in find_mentions(text, "en", resolver=resolver)}
    return got[place]


def test_a_british_brief_reads_its_bare_town_in_britain(resolver):
    # Lancaster, California is the largest Lancaster: a text with no marks keeps it
    plain = "Officials in Lancaster have agreed a plan for the town. The leader said it would help."
    assert _where(resolver, plain, "Lancaster").country_code == "US"
    loc = _where(resolver, GB, "Lancaster")
    assert loc.country_code == "GB", loc.reason


def test_the_variety_opens_no_bare_small_town(resolver):
    # an American text's surnames stay people: the variety weighs between namesakes only
    text = US + " Deputy Parker and Sgt. Walker said the arrest followed a tip."
    assert text_country(text, "en") == "US"
    places = {m.place for m in find_mentions(text, "en", resolver=resolver)}
    assert not {"Parker", "Walker"} & places, places


def test_the_reader_measure_lists_no_held_item(tmp_path, capsys):
    """``python -m parsing.variety``: the tune part's misses are listed, never the held part's
    (what we fit to must not be what we measure on)."""
    from parsing.variety import _held, _measure

    ids = [f"item-{n}" for n in range(12)]
    held = next(i for i in ids if _held(i))
    tune = next(i for i in ids if not _held(i))
    text = "Sheriff's deputies said the county commissioners met; it cost 5 percent more."
    rows = [{"id": i, "text": text, "city_country": "GB"} for i in (held, tune)]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    _measure([str(path)], verbose=True)
    out = capsys.readouterr().out
    assert "set tune: 1 items" in out and "set held: 1 items" in out
    assert f"{tune}:US/GB" in out
    assert held not in out


def test_texts_read_at_once_from_threads_get_their_own_answers():
    """The last texts' answers are kept (``_SEEN``) and cleared when full, from any thread: a
    text read while another thread clears them is read again, never an error."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Item {n}: sheriff's deputies said it cost {n} percent more." for n in range(300)]
    texts += [f"Item {n}: the council tax rose by {n} per cent." for n in range(300)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: text_country(t, "en"), texts * 3))
    assert got == [READERS["en"].country(t) for t in texts * 3]
    assert set(got) == {"US", "GB"}
