"""A paste's damage undone before a page is read (``parsing.repair``), and every offset the
reader finds taken back to the text as the user gave it (``parse_page``)."""

from __future__ import annotations

from array import array

import pytest

from parsing import repair as repair_module
from parsing.page import parse_page
from parsing.repair import OffsetMap, offset_maps, repair

# text as pasted, the text as the page showed it
REPAIRS = [
    ("BERLIN\xa0(dpa)\u2009–\u202fDie", "BERLIN (dpa) – Die"),
    ("\ufeffMADRID", "MADRID"),
    ("LON\u200bDON\u2060", "LONDON"),
    ("Mönchen\xadgladbach", "Mönchengladbach"),
    ("a\r\nb\rc\r\r", "a\r\nb\nc\n\n"),
    # a CR written as an entity: a line end alone, nothing before an LF (as itself or written)
    ("MADRID&#13;(EFE)&#13;&#10;Texto&#x0D;\nfin&#13;", "MADRID\n(EFE)\nTexto\nfin\n"),
    ("BERLIN&nbsp;(dpa) &#8212; AT&amp;T &mdash; &#x2013;", "BERLIN (dpa) — AT&T — –"),
    (
        "SÃƒO PAULO, MÃ¼nchen, BogotÃ¡, GENÃˆVE, BrasÃ\xadlia",
        "SÃO PAULO, München, Bogotá, GENÈVE, Brasília",
    ),
    ("BERLIN (dpa) â€“ Die â€”", "BERLIN (dpa) – Die —"),
    # no damage after all: an unknown entity, a word of Latin-1 letters, figures and a bare &
    ("R&D; Procter & Gamble", "R&D; Procter & Gamble"),
    ("&copyright; &ampxyz; &notin;", "&copyright; &ampxyz; ∉"),  # a name known only whole
    ("Ãgua, Gruß», café«»", "Ãgua, Gruß», café«»"),
    ("Ã©t", "ét"),
    ("ÄŒESKÃ‰ BUDÄšJOVICE, Å\xa0koda", "ČESKÉ BUDĚJOVICE, Škoda"),
    # a capital Ä, Å, Ã or Â before a letter of its own: the text was read right, and the same
    # capital ending a word before a no-break space or a dash is no lead of damage
    ("LEMPÄÄLÄ\xa0(STT) – Kunta", "LEMPÄÄLÄ (STT) – Kunta"),
    ("SÄKYLÄ– Kunta", "SÄKYLÄ– Kunta"),
    ("SÃO PAULO: A IRMÃ\xa0DELA E A MANHÃ”", "SÃO PAULO: A IRMÃ DELA E A MANHÃ”"),
]


@pytest.mark.parametrize(("given", "shown"), REPAIRS)
def test_repair_undoes_a_paste(given, shown):
    text, where = repair(given)
    assert text == shown
    if where is None:  # one for one: every character stands where it stood
        assert len(text) == len(given)
    else:
        assert len(where) == len(text) + 1 and where[-1] == len(given)
        assert list(where) == sorted(where)


@pytest.mark.parametrize(("given", "shown"), REPAIRS)
def test_a_long_texts_map_is_machine_integers_with_the_same_offsets(monkeypatch, given, shown):
    """Past ``_LONG`` characters the map is an array of machine integers (a 10 MB paste's map
    holds no int object a character), with the offsets a list gives, both ways."""
    short, short_where = repair(given)
    monkeypatch.setattr(repair_module, "_LONG", 0)
    text, where = repair(given)
    assert text == short == shown
    if short_where is None:
        assert where is None
        return
    assert isinstance(where, array) and where.itemsize == 4
    assert list(where) == list(short_where)
    back, ahead = offset_maps(where)
    short_back, short_ahead = offset_maps(short_where)
    assert [back(i) for i in range(len(text) + 1)] == [short_back(i) for i in range(len(text) + 1)]
    assert [ahead(j) for j in range(len(given) + 1)] == [
        short_ahead(j) for j in range(len(given) + 1)
    ]


def test_clean_text_is_left_as_it_is():
    text = "BERLIN (dpa) - Die Bundesregierung hat neue Regeln beschlossen."
    assert repair(text) == (text, None)


@pytest.mark.parametrize(
    ("given", "place", "raw"),
    [
        ("Titel\r\n\r\nNEW\xa0YORK (Reuters) - Stocks rose.", "NEW YORK", "NEW\xa0YORK (Reuters)"),
        ("\ufeffSÃƒO PAULO (Reuters) - Stocks rose.", "SÃO PAULO", "SÃƒO PAULO (Reuters)"),
        ("Mönchen\xadgladbach (dpa) - Die Stadt.", "Mönchengladbach", "Mönchen\xadgladbach (dpa)"),
        ("BERLIN&nbsp;(dpa)&nbsp;- Die Regierung.", "BERLIN", "BERLIN&nbsp;(dpa)"),
        ("LEMPÄÄLÄ\xa0(STT) – Kunta päätti.", "LEMPÄÄLÄ", "LEMPÄÄLÄ\xa0(STT)"),
        ("Titular&#13;&#13;QUITO (EFE).- El Gobierno.", "QUITO", "QUITO (EFE)"),
    ],
)
def test_a_brief_keeps_the_text_as_given(given, place, raw):
    """The place is the one the page showed; the brief's text, its offset and the dateline as
    written are the source's, so that every span traces back to the input."""
    (brief,) = [b for b in parse_page(given) if b.dateline is not None]
    dl = brief.dateline
    assert dl.place == place
    assert dl.raw == raw
    assert given[brief.offset : brief.offset + len(brief.text)] == brief.text
    assert brief.text[dl.start : dl.end] == raw
    assert brief.text[dl.sep_end :].strip()[:1].isupper()


def test_offset_maps_take_offsets_both_ways_between_the_texts():
    given = "BERLIN&nbsp;(dpa) - In Bogot\u00c3\u00a1 und\u200b K\u00f6ln."
    fixed, where = repair(given)
    back, ahead = offset_maps(where)
    for word in ("BERLIN", "(dpa)", "Bogot\u00e1", "K\u00f6ln"):
        at = fixed.index(word)
        start, end = back(at), back(at + len(word))
        assert repair(given[start:end])[0] == word
        assert ahead(start) == at
    assert offset_maps(None) == (int, int)  # no map: every offset stays


# Pages of several briefs with damage here and there, and one clean: each brief carries its share
# of its page's repair, so nothing downstream repairs it again.
PAGES = [
    "BERLIN&nbsp;(dpa) - In K\u00f6ln\u200b regnet es.",
    "Z\u00dcRICH (sda) \u2013 Der Rat tagt.\n\nBERN (sda) \u2013 Die Regierung&nbsp;tagt.",
    "PARIS (AFP) - Police in Lyon.\r\rMADRID (EFE) - En Bogot\u00c3\u00a1 y\u00a0Quito.\r"
    "LONDON (Reuters) - Stocks rose.",
    "Titular&#13;&#13;QUITO (EFE).- El Gobierno.&#13;&#10;LIMA (EFE).- La\u00adpolic\u00eda.",
    "NEW YORK (AP) - Stocks rose.\n\nCHICAGO (AP) - Snow fell.",
]


@pytest.mark.parametrize("page", PAGES)
def test_each_brief_carries_its_share_of_the_pages_repair(page):
    shown, where = repair(page)
    _, ahead = offset_maps(where)
    briefs = parse_page(page)
    assert len(briefs) >= 1
    for brief in briefs:
        text = brief.repaired_text
        at = ahead(brief.offset)
        assert text == shown[at : at + len(text)]  # the page as shown, cut where the brief is
        assert (text is brief.text) == (text == brief.text)  # the same object where unchanged
        own, own_where = repair(brief.text)
        if own != text:  # a line end the page wrote across two briefs ("&#13;" | "&#10;")
            assert own.rstrip() == text.rstrip()
            continue
        # both ways between the brief's own texts, as a repair of it alone maps them
        back, fwd = brief.repaired_offsets
        own_back, own_fwd = offset_maps(own_where)
        assert [back(i) for i in range(len(text) + 1)] == [
            own_back(i) for i in range(len(text) + 1)
        ]
        assert [fwd(j) for j in range(len(brief.text) + 1)] == [
            own_fwd(j) for j in range(len(brief.text) + 1)
        ]


def test_a_line_end_written_across_two_briefs_is_read_as_the_page_wrote_it():
    """A CR written as an entity before the next brief's LF is one line end of the page, none
    of the brief's: cut from the page's repair, the brief has no stray line end (alone, the CR
    would read as one)."""
    page = "QUITO (EFE).- El Gobierno.&#13;&#10;LIMA (EFE).- La polic\u00eda."
    first, second = parse_page(page)
    assert first.text == "QUITO (EFE).- El Gobierno.&#13;"
    assert first.repaired_text == "QUITO (EFE).- El Gobierno."
    assert repair(first.text)[0] == "QUITO (EFE).- El Gobierno.\n"
    assert second.repaired_text is second.text


def test_extracting_a_page_repairs_it_once(monkeypatch):
    """A brief is repaired once, with its page: reading its places does not repair it again."""
    from parsing import page as page_module
    from parsing import records
    from pipeline.extract import extract_text

    calls: list[str] = []

    def counted(text: str) -> tuple[str, OffsetMap | None]:
        calls.append(text)
        return repair(text)

    monkeypatch.setattr(page_module, "repair", counted)
    monkeypatch.setattr(records, "repair", counted)
    named = 0
    for page in PAGES:
        calls.clear()
        events = extract_text(page)
        assert len(events) >= 1
        assert len(calls) == 1
        named += sum(len(e["mentions"]) for e in events)
    assert named >= 3  # Köln, Lyon, Bogotá, Quito: places were read


def test_a_brief_made_or_changed_elsewhere_is_repaired_once(monkeypatch):
    from parsing import records
    from parsing.records import Brief

    calls: list[str] = []
    monkeypatch.setattr(records, "repair", lambda t: calls.append(t) or repair(t))
    brief = Brief(text="Police in New&nbsp;York.")
    assert brief.repaired_text == "Police in New York."
    back, fwd = brief.repaired_offsets
    assert (back(10), back(14), fwd(19)) == (10, 19, 14)  # "New", "York" as given
    assert len(calls) == 1
    brief.text = "Police in K\u00c3\u00b6ln."  # its text replaced: repaired again, once
    assert brief.repaired_text == "Police in K\u00f6ln."
    assert brief.repaired_offsets[0](14) == 15
    assert len(calls) == 2
