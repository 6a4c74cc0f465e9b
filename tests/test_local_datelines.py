"""A US local paper's datelines, in the layout LGL's copy uses: "Title. DATELINE — lead"
(the headline, a stop, then the dateline on its line), a town named after a county
the story names ("the Butler County Sheriff's Office" under OXFORD), and a dateline that is a county
("WARREN COUNTY —"). Written for this test with other towns than any labelled item, not taken
from any text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from geo.location import PlaceQuery
from pipeline.extract import locate, read_briefs

CAPTURED = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

# a headline sentence, then the dateline on its line, in caps that keep a name's own small
# letters ("DeLAND", "McALLEN"), or plain caps (a guard: read so before): text, the place as
# written, country, first-level region
HEADLINE_FIRST = [
    (
        "Festival returns to downtown streets. DeLAND – The city will close Woodland "
        "Boulevard on Saturday for the annual art festival, officials said.",
        "DeLAND",
        "US",
        "Florida",
    ),
    (
        "Bridge to close for repairs. McALLEN — The city's commissioners voted Monday to "
        "close the 10th Street bridge for six weeks of repairs.",
        "McALLEN",
        "US",
        "Texas",
    ),
    (
        "School board weighs later start. GREENSBURG — The school board heard from parents "
        "on Tuesday about a plan to start classes later, in Westmoreland County.",
        "GREENSBURG",
        "US",
        "Pennsylvania",
    ),
]


@pytest.mark.parametrize(("text", "place", "cc", "admin1"), HEADLINE_FIRST)
def test_a_dateline_after_a_headline_on_its_line(resolver, text, place, cc, admin1):
    briefs = [b for b in read_briefs(text, captured_at=CAPTURED) if b.dateline is not None]
    assert briefs, f"no dateline in {text!r}"
    brief = briefs[0]
    assert brief.dateline.place == place
    brief.lang = "en"
    loc = locate(brief, resolver.resolve, text)
    assert loc is not None and loc.resolved, loc and loc.reason
    assert (loc.country_code, loc.admin1) == (cc, admin1), loc.reason


# a town the story places by its county: dateline, text, country, first-level region, the
# county the reason cites
COUNTY_NAMED = [
    (
        "OXFORD",
        "OXFORD — A student was hurt in a fall on Friday, the Butler County Sheriff's Office said.",
        "US",
        "Ohio",
        "butler county",
    ),
    (
        "TROY",
        "TROY — Miami County commissioners approved next year's budget on Tuesday.",
        "US",
        "Ohio",
        "miami county",
    ),
    (
        "FRANKLIN",
        "FRANKLIN — Williamson County schools will open two hours late on Friday because of ice.",
        "US",
        "Tennessee",
        "williamson county",
    ),
    (
        "LEBANON",
        "LEBANON — A Warren County jury found a man guilty of arson on Thursday.",
        "US",
        "Ohio",
        "warren county",
    ),
    (
        # the county in the possessive ("butler countys" once folded)
        "OXFORD",
        "OXFORD — Butler County's sheriff said a student was hurt in a fall on Friday.",
        "US",
        "Ohio",
        "butler county",
    ),
]


@pytest.mark.parametrize(("name", "text", "cc", "admin1", "county"), COUNTY_NAMED)
def test_a_county_the_story_names_places_the_town(resolver, name, text, cc, admin1, county):
    loc = resolver.resolve(PlaceQuery(name=name, context=text, lang="en"))
    assert loc.resolved, loc.reason
    assert (loc.country_code, loc.admin1, loc.precision) == (cc, admin1, "city"), loc.reason
    assert county in loc.reason.casefold()


def test_a_county_of_no_reading_changes_nothing(resolver):
    """A county none of the name's readings lies in is no evidence: the answer is the one
    without the text."""
    text = "OXFORD — The Cuyahoga County executive spoke at the college on Friday."
    alone = resolver.resolve(PlaceQuery(name="OXFORD", lang="en"))
    loc = resolver.resolve(PlaceQuery(name="OXFORD", context=text, lang="en"))
    got = (loc.name, loc.country_code, loc.admin1)
    assert got == (alone.name, alone.country_code, alone.admin1)


# a dateline that names a county: the county itself (region precision, its own point), never
# a town of the same name
COUNTY_DATELINES = [
    (
        "WARREN COUNTY",
        "WARREN COUNTY — Ohio's transportation department will repave part of the road.",
        "US",
        "Ohio",
    ),
    (
        "MONTGOMERY COUNTY",
        "MONTGOMERY COUNTY — The Maryland county's council passed its budget Tuesday.",
        "US",
        "Maryland",
    ),
]


@pytest.mark.parametrize(("name", "text", "cc", "admin1"), COUNTY_DATELINES)
def test_a_county_dateline_is_the_county(resolver, name, text, cc, admin1):
    loc = resolver.resolve(PlaceQuery(name=name, context=text, lang="en"))
    assert loc.resolved, loc.reason
    assert (loc.country_code, loc.admin1, loc.precision) == (cc, admin1, "region"), loc.reason
    assert loc.name.casefold() == name.casefold()


# a month next to a day's figure is a date, not the town of that name (March, Cambridgeshire):
# the dateline's answer is the one without the date; the town named as a town still counts
MONTH_DATES = [
    ("NEWARK", "NEWARK — The city council met on March 30 to discuss the school budget."),
    ("NEWARK", "NEWARK — The board will vote on 30 March, its chairman said on Monday."),
    ("TOLEDO", "TOLEDO — Die Stadtverwaltung tagte am 5. Mai über den Haushalt der Schulen."),
    ("GRANADA", "GRANADA — El pleno se reunió el 5 de mayo para votar el presupuesto."),
]


@pytest.mark.parametrize(("name", "text"), MONTH_DATES)
def test_a_month_beside_a_day_is_no_town(resolver, name, text):
    alone = resolver.resolve(PlaceQuery(name=name, lang="en"))
    loc = resolver.resolve(PlaceQuery(name=name, context=text, lang="en"))
    assert (loc.name, loc.country_code, loc.admin1) == (
        alone.name,
        alone.country_code,
        alone.admin1,
    )
    assert "march" not in loc.reason.casefold() and "mai" not in loc.reason.casefold()


def test_a_month_named_as_a_town_still_counts(resolver):
    text = "NEWARK — Officials from March and Peterborough met on Monday about the bypass."
    loc = resolver.resolve(PlaceQuery(name="NEWARK", context=text, lang="en"))
    assert (loc.country_code, loc.admin1) == ("GB", "England"), loc.reason


@pytest.mark.parametrize(
    ("text", "month", "date"),
    [
        ("met on March 30 in the hall", "march", True),
        ("met on 30 March in the hall", "march", True),
        ("am 30. März in Berlin", "marz", True),
        ("no dia 30 de março em Recife", "marco", True),  # the link between: "de"
        ("el 5 de mayo en Granada", "mayo", True),
        ("el 5 del mayo pasado", "mayo", True),
        ("officials from March and Peterborough met", "march", False),
        ("in March 2 trains ran late", "march", True),  # a figure after it reads as a date
        ("", "march", False),
    ],
)
def test_a_month_beside_a_day_figure(text, month, date):
    from geo.resolve import _in_a_date

    assert _in_a_date(text, month) is date


def test_a_month_is_looked_up_once_per_text(resolver, monkeypatch):
    # the month rule folds the whole text for each month it looks up: once per month, however
    # often the lede names it (a hostile text repeats it)
    import geo.resolve as resolve_module

    calls: list[str] = []
    real = resolve_module._in_a_date

    def counted(text: str, month: str) -> bool:
        calls.append(month)
        return real(text, month)

    monkeypatch.setattr(resolve_module, "_in_a_date", counted)
    text = "NEWARK — " + "Officials from March and Peterborough met. " * 30
    loc = resolver.resolve(PlaceQuery(name="NEWARK", context=text, lang="en"))
    assert calls == ["march"]
    assert (loc.country_code, loc.admin1) == ("GB", "England"), loc.reason
