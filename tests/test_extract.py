"""The pipeline's record for briefs the skeleton's seed does not cover."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsing.page import parse_page
from pipeline.extract import extract_text

CAPTURED = datetime.fromisoformat("2025-11-17T08:00:00+01:00")


def test_a_brief_without_a_dateline_is_placed_at_its_focus():
    text = "The storm made landfall in Florida on Sunday night, cutting power to many homes.\n"
    (event,) = extract_text(text, source="feed-item", captured_at=CAPTURED)
    assert event["dateline"] is None and event["place"] is None
    assert event["location_source"] == "mention"
    assert event["country_code"] == "US"
    assert event["location_reason"].startswith("no dateline")
    assert event["confidence"] < 0.5  # nothing vouches for it but the text
    assert event["published_at"] is None  # no age, no meta: unknown, never "now"


def test_a_brief_with_no_place_at_all_stays_unresolved():
    (event,) = extract_text("Shares rose on Monday after the results.", captured_at=CAPTURED)
    assert event["lat"] is None and event["lon"] is None
    assert event["location_source"] is None
    assert event["location_reason"] == "no dateline found"


def test_mentions_can_be_skipped_for_the_fastest_path():
    text = "KIEW (ANP) - In de regio Charkiv zijn drie mensen gedood bij aanvallen."
    (fast,) = extract_text(text, captured_at=CAPTURED, mentions=False)
    (full,) = extract_text(text, captured_at=CAPTURED)
    assert fast["mentions"] == [] and fast["focus"] is None
    assert [m["place"] for m in full["mentions"]] == ["Charkiv"]
    assert fast["lat"] == full["lat"]


def test_an_agency_only_credit_has_no_place():
    text = "(CNN) - Lawmakers returned on Monday to a crowded agenda after the recess."
    (event,) = extract_text(text, captured_at=CAPTURED)
    assert event["agencies"] == ["CNN"]
    assert event["place"] is None
    assert event["lat"] is None


def test_an_unknown_dateline_place_stays_unresolved_not_at_a_place_in_the_text():
    text = (
        "SCHIPHOL (ANP) - Op de luchthaven zijn tientallen vluchten geschrapt. In Libanon en "
        "Syrië was het ook onrustig."
    )
    (event,) = extract_text(text, captured_at=CAPTURED)
    assert event["place"] == "SCHIPHOL" and event["agencies"] == ["ANP"]
    assert event["lat"] is None and event["country_code"] is None
    assert event["location_source"] == "dateline"
    assert "not in the gazetteer" in event["location_reason"]
    assert "focus" in event["location_reason"]
    assert event["focus"] is not None and event["focus"]["country_code"] == "LB"  # kept apart


def test_a_known_qualifier_places_an_unknown_dateline_place_at_its_region():
    text = "PLEASANT HOLLOWVILLE, Ore. (AP) — A barn fire spread to two houses, firefighters said."
    (event,) = extract_text(text, captured_at=CAPTURED)
    assert (event["place"], event["qualifier"]) == ("PLEASANT HOLLOWVILLE", "Ore.")
    assert (event["country_code"], event["precision"]) == ("US", "region")
    assert event["location_source"] == "dateline"
    assert 'qualifier "Ore."' in event["location_reason"]


def test_weak_datelines_are_confirmed_by_the_gazetteer():
    lead = "Die Koalition streitet über das Budget. "
    (event,) = extract_text(lead + "Wien – Die Regierung hat sich geeinigt.", captured_at=CAPTURED)
    assert (event["dateline"], event["country_code"]) == ("Wien", "AT")
    (event,) = extract_text("TEMPERATUUR - Nu de zomers warmer worden, moet het anders.")
    assert event["dateline"] is None  # a section slug, not a place


def test_a_custom_place_check_replaces_the_gazetteer():
    text = "Graz – Die Stadt feiert ihr Jubiläum."
    (event,) = extract_text(text, captured_at=CAPTURED, is_place=lambda name, lang: None)
    assert event["dateline"] is None


# "Santa Clara" alone, in German, is the Cuban city; the story's own headline or standfirst,
# printed before the dateline, says which one is meant
SANTA_CLARA_BODY = "Santa Clara – Der Trainer lobte ihn am Montag vor der Presse."


@pytest.mark.parametrize(
    "before",
    [
        "Der Quarterback wechselt an die Elite-Uni Stanford. ",  # a standfirst on the same line
        "Stanford holt einen Quarterback\n\n",  # a headline: the brief's title
    ],
)
def test_what_the_page_prints_before_its_first_brief_decides_its_dateline(before):
    assert [r["country_code"] for r in extract_text(SANTA_CLARA_BODY, mentions=False)] == ["CU"]
    got = extract_text(before + SANTA_CLARA_BODY, mentions=False)
    assert [(r["place"], r["country_code"]) for r in got] == [("Santa Clara", "US")]


def test_a_later_brief_is_not_read_against_the_story_before_it():
    first = "SANTA CLARA (dpa) - Die Elite-Uni Stanford holt einen Quarterback, sagte der Trainer."
    second = "SANTA CLARA (dpa) - Der Minister besuchte am Montag die Tabakfabrik der Stadt."
    got = extract_text(first + "\n\n" + second, mentions=False)
    assert [r["country_code"] for r in got] == ["US", "CU"]
    assert [r["country_code"] for r in extract_text(second, mentions=False)] == ["CU"]


def test_a_continent_is_read_for_the_focus_and_left_out_of_the_records_places():
    """As users get it: the focus is the continent, the record's places name none."""
    rec = extract_text("Farmers across Europe must keep their hens indoors this winter.")[0]
    assert rec["focus"]["name"] == "Europe"
    assert all(m["kind"] != "continent" for m in rec["mentions"])


# The places named in a pasted text are read as the page showed them: each damage of a paste
# (``parsing.repair``) in the body, the same story clean beside it.
CLEAN = "PARIS (AFP) - Police in Lyon and in New York arrested two men from Bogotá on Monday."


@pytest.mark.parametrize(
    "damaged",
    [
        CLEAN.replace(" ", "\xa0"),  # no-break spaces
        CLEAN.replace("New York", "New&nbsp;York").replace(" - ", " &ndash; "),  # entities
        CLEAN.replace("Bogotá", "Bogotá".encode().decode("cp1252")),  # UTF-8 read as cp1252
        CLEAN.replace("arrested", "ar\u00adrested").replace("Lyon ", "Lyon\u200b "),  # invisible
        CLEAN.replace("Police", "&#8203;Police").replace("Bogotá", "Bogot&aacute;"),
    ],
)
def test_places_in_a_damaged_text_are_read_as_the_page_showed_them(damaged):
    (clean,) = extract_text(CLEAN, captured_at=CAPTURED)
    (event,) = extract_text(damaged, captured_at=CAPTURED)
    assert (
        [(m["name"], m["country_code"]) for m in event["mentions"]]
        == [(m["name"], m["country_code"]) for m in clean["mentions"]]
        == [("Lyon", "FR"), ("New York", "US"), ("Bogotá", "CO")]
    )
    # each place as written in the text as given, at its offsets there
    for m in event["mentions"]:
        assert damaged[m["start"] : m["end"]] == m["place"]
    assert event["focus"]["name"] == clean["focus"]["name"]
    assert event["place"] == "PARIS"


def test_a_focus_named_only_in_damaged_text_keeps_its_place_as_written():
    text = "Police&nbsp;in&nbsp;Rotterdam arrested two men on Monday."
    (event,) = extract_text(text, captured_at=CAPTURED)
    assert event["focus"]["name"] == "Rotterdam" and event["focus"]["place"] == "Rotterdam"
    (m,) = event["mentions"]
    assert text[m["start"] : m["end"]] == "Rotterdam"
    text = "Police in New&nbsp;York arrested two men on Monday."
    (event,) = extract_text(text, captured_at=CAPTURED)
    assert event["focus"]["place"] == "New&nbsp;York"


@pytest.mark.parametrize(
    "after",
    ["\u200b", "\u00ad", "\ufeff", "\u2060", "\u200b\u200b"],  # each invisible one, and two
)
def test_an_invisible_character_after_a_place_is_not_part_of_it(after):
    # the repair removes it, so the name's end in the repaired text is the next character's
    # offset: the place as given ends before the invisible character, not after it
    text = f"Police in Lyon{after} and in Marseille arrested two men on Monday."
    (event,) = extract_text(text, captured_at=CAPTURED)
    assert [(m["place"], m["name"]) for m in event["mentions"]][:1] == [("Lyon", "Lyon")]
    for m in event["mentions"]:
        assert text[m["start"] : m["end"]] == m["place"]
    assert event["focus"]["place"] in ("Lyon", "Marseille")


@pytest.mark.parametrize("mentions", [True, False])
@pytest.mark.parametrize(
    "text, place",
    [
        ("PARIS (AFP) - La police a arr\ud800té un homme à Lyon.", "PARIS"),
        ("BERLIN (dpa) - Die Polizei \udfff nahm einen Mann fest.", "BERLIN"),
        ("\ud83d Shares rose on Monday after the results.", None),
    ],
    ids=["high-surrogate", "low-surrogate", "surrogate-first"],
)
def test_a_lone_surrogate_from_a_library_caller_is_read_as_a_replacement_character(
    text, place, mentions
):
    # A str a caller built by hand can hold a lone surrogate, which no UTF-8 store or hash
    # takes: the brief is still read, the surrogate as U+FFFD, one character for one.
    (event,) = extract_text(text, captured_at=CAPTURED, mentions=mentions)
    assert event["place"] == place
    assert "\ufffd" in event["text"]
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in event["text"])
    event["text"].encode("utf-8")  # storable as it is
    clean = text.replace(text[[0xD800 <= ord(c) <= 0xDFFF for c in text].index(True)], "\ufffd")
    assert event == extract_text(clean, captured_at=CAPTURED, mentions=mentions)[0]


# (text, extract_text's arguments): a page's texts of every shape the read starts from
_READS = [
    ("", {}),
    ("   \n\t ", {}),
    ("PARIS (AFP) - Le gouvernement a annoncé mardi un nouveau plan.", {"source": "feed"}),
    (
        "AMSTERDAM (ANP) - Een brief.\n\nROTTERDAM (ANP) - Nog een brief.",
        {"captured_at": CAPTURED, "captured_at_basis": "given", "title": "Kop"},
    ),
    ("Wien – Die Stadt plant neue Linien.", {"published_at": CAPTURED, "published_basis": "meta"}),
    ("NEWARK \x97 The trustees meet on Tuesday.", {"is_place": lambda name, lang: None}),
    ("x" * 20_000 + "\x00\u200b", {"source": "huge"}),
]


@pytest.mark.parametrize(("text", "given"), _READS)
def test_extract_text_reads_a_text_as_read_briefs_does(text, given, monkeypatch):
    # ``extract_text`` writes ``read_briefs``'s call out (its ``**page`` cost a dictionary and
    # a merge a text): the same ``parse_page`` call, argument for argument, default place
    # check included, so ``wiremap eval`` still scores what users get
    import pipeline.extract as extract

    calls = []

    def spy(*args, **kwargs):
        calls.append((args, kwargs))
        return parse_page(*args, **kwargs)

    monkeypatch.setattr(extract, "parse_page", spy)
    page = {k: v for k, v in given.items() if k != "is_place"}
    extract.extract_text(text, mentions=False, is_place=given.get("is_place"), **page)
    # every keyword ``extract_text`` has for the page, as it passed them to ``read_briefs``
    every = dict.fromkeys(
        ("captured_at", "captured_at_basis", "published_at", "published_basis", "title")
    )
    extract.read_briefs(text, is_place=given.get("is_place"), **{"source": "", **every, **page})
    assert len(calls) == 2
    (args, kwargs), (args_rb, kwargs_rb) = calls
    assert args == args_rb and kwargs == kwargs_rb
