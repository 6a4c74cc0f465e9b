"""A paste's damage undone before a page is read (``parsing.repair``), and every offset the
reader finds taken back to the text as the user gave it (``parse_page``)."""

from __future__ import annotations

import pytest

from parsing import repair as repair_module
from parsing.page import parse_page
from parsing.repair import offset_maps, repair

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
        assert where == sorted(where)


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


def test_a_text_repaired_again_gives_the_same_answer_as_a_new_one():
    """The last text's answer is given again to the same text object (a brief that is its
    whole page), and never to another text, equal or not."""
    pages = [
        "BERLIN&nbsp;(dpa) - In K\u00f6ln\u200b.",
        "Z\u00dcRICH (sda) \u2013 Der Rat.",
        "Plain text.",
        "Titel\rNEW YORK (AP) - Stocks.",
    ]
    fresh = [repair("".join(list(p))) for p in pages]  # new objects, repaired once each
    for _ in range(2):
        for page, want in zip(pages, fresh, strict=True):
            assert repair(page) == want
            assert repair(page) == want  # the same object, straight after
            copy = "".join(list(page))
            assert copy is not page and repair(copy) == want


def test_a_long_text_is_not_kept_after_its_repair():
    """A text longer than the last-text memo keeps is not held (nor its map, an int object a
    character) once repaired: a 10 MB paste would stay alive until the next text."""
    long_text = "Caf\u00e9&nbsp;news. " * (repair_module._LAST_MAX // 10)
    short = "K\u00f6ln&nbsp;news."
    repair(short)
    assert repair_module._LAST[0] is short
    fixed, where = repair(long_text)
    assert where is not None and len(where) == len(fixed) + 1
    assert repair_module._LAST[0] is not long_text
    assert repair(long_text) == (fixed, where)  # still the same answer, repaired again
