"""A local paper's byline, with the writer's title, the paper and its date, before the dateline.

Written for this test (no item of any set): local papers print the byline, the writer's title,
the paper's name, an address and the date before the dateline, on one line after the headline
(scraped copy runs them together) or on lines of their own ("BY ANN ROY Advocate Reporter March
30, 2009 NEWARK -- ..."). Copy decoded as Latin-1 that was cp1252 keeps its dashes as C1
controls ("NEWARK \\x97 ..."). Read by ``read_briefs`` and ``locate`` as ``wiremap extract``
reads a text.
"""

from __future__ import annotations

import pytest

from pipeline.extract import locate, read_briefs

# text, place as written, country
BYLINES = [
    # English: one line after the headline, the writer's title and the paper's date between
    (
        "Council backs the new library. BY ANN ROY Advocate Reporter March 30, 2009 "
        "PITTSBURGH -- The city council voted 7-2 on Monday to fund a new branch library.",
        "PITTSBURGH",
        "US",
    ),
    (
        "Mayor names a police chaplain. By Tom Hale thale@example.com Gazette Staff "
        "April 2, 2009 SACRAMENTO -- The mayor picked a pastor to ride with patrol officers.",
        "SACRAMENTO",
        "US",
    ),
    (
        "Mayor names a police chaplain. By Mary Ellen Baker | Staff Writer | 2 April 2009 "
        "Leeds - The mayor picked a pastor to ride with patrol officers.",
        "Leeds",
        "GB",
    ),
    # the same on lines of their own
    (
        "Council backs the new library\nBY ANN ROY\nAdvocate Reporter\nMarch 30, 2009\n"
        "PITTSBURGH -- The city council voted 7-2 on Monday to fund a new branch library.",
        "PITTSBURGH",
        "US",
    ),
    # German, Dutch, Portuguese: a name's particle, a month in small letters
    (
        "Stadtrat beschließt den Haushalt. Von Anna von der Heide, Redakteurin, "
        "5. Dezember 2026 Kiel – Der Stadtrat hat den Haushalt für 2027 beschlossen.",
        "Kiel",
        "DE",
    ),
    (
        "Raad stemt in met de begroting. Door Jan de Vries 4 december 2026 Utrecht – De "
        "gemeenteraad heeft de begroting voor volgend jaar goedgekeurd.",
        "Utrecht",
        "NL",
    ),
    (
        "Câmara aprova o orçamento. Por Ana da Silva 5 de dezembro de 2026 Coimbra – A "
        "Câmara aprovou o orçamento para o próximo ano.",
        "Coimbra",
        "PT",
    ),
    # cp1252's em and en dash read as Latin-1 (C1 controls)
    (
        "Man cited after a crash. CINCINNATI \x97 A man was cited on Friday after his car "
        "hit a parked truck.",
        "CINCINNATI",
        "US",
    ),
    (
        "Schools to close early. PITTSBURGH \x96 Schools will close two hours early on Friday.",
        "PITTSBURGH",
        "US",
    ),
]

# no dateline: the byline runs into a sentence (a word in small letters ends it) or is no byline
LOOK_ALIKES = [
    "Council meets. By John Smith Staff Writer The mayor of Paris — said so on Monday.",
    "By Order of the Court. The sale of the house in Paris – bids by Friday.",
    "Council meets. By Ann Roy and the mayor of Leeds – a joint letter to residents.",
    "Prices rise. By 2030 London – and the rest of the country – will need more homes.",
]


def _first_dated(text: str):
    briefs = [b for b in read_briefs(text) if b.dateline is not None]
    return briefs[0] if briefs else None


@pytest.mark.parametrize(("text", "place", "cc"), BYLINES)
def test_dateline_after_a_byline(resolver, text, place, cc):
    brief = _first_dated(text)
    assert brief is not None, f"no dateline in {text!r}"
    assert brief.dateline.place == place, brief.dateline
    loc = locate(brief, resolver.resolve, text)
    assert loc is not None and loc.resolved and loc.country_code == cc, loc and loc.reason


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_byline_running_into_a_sentence_is_no_dateline(text):
    brief = _first_dated(text)
    assert brief is None, brief.dateline


def test_a_c1_dash_is_read_as_the_dash_cp1252_meant():
    (brief,) = read_briefs("CINCINNATI \x97 The trustees meet on Tuesday.")
    assert brief.dateline is not None and brief.dateline.place == "CINCINNATI"
    assert brief.text == "CINCINNATI — The trustees meet on Tuesday."


def test_a_stray_c1_dash_in_clean_utf8_keeps_offsets_and_the_rest():
    # one C1 dash in text otherwise clean UTF-8 (curly quotes, an em dash, an accent): the dash
    # is read as cp1252's, one character for one, so a brief's offset still points into the
    # text as given, and the UTF-8 characters are left as they are
    text = "Héllo “quoted” text \x96 a stray dash. CINCINNATI \x97 The “trustees” meet on Tuesday."
    (brief,) = [b for b in read_briefs(text) if b.dateline is not None]
    assert brief.dateline.place == "CINCINNATI"
    assert brief.text == "CINCINNATI — The “trustees” meet on Tuesday."
    assert text[brief.offset : brief.offset + len(brief.text)] == brief.text.replace("—", "\x97")
