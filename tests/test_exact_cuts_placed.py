"""The dateline grammar's look-aheads after a place and after its region (issue 15): the same
matches, spans and groups as the grammar without them, on the dateline tables' rows and
look-alikes, generated briefs, briefs written here and random text made of the characters and
words the grammar reads."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import dateline as dl
from tests.test_exact_cuts import GENERATED, TABLE_TEXTS, WRITTEN

# The two patterns as they were written before the look-aheads, from the same parts.
FORMER = {
    "_RE_PLACED": re.compile(
        rf"{dl._PLACE}{dl._PQ}{dl._CQ}{dl._DPART}"
        rf"(?:{dl._CREDIT}(?P<sep>{dl._SEPC})?|(?P<sep2>{dl._SEPC}))"
    ),
    "_RE_CREDIT_FIRST": re.compile(
        rf"\((?P<acred>[^()\n]{{1,40}})\){dl._SP}{{0,3}}(?:-{{1,2}}|[–—―]){dl._SP}{{0,3}}"
        rf"{dl._PLACE}{dl._PQ}{dl._CQ}{dl._DPART}(?P<sep>{dl._SEPC})"
    ),
}

# datelines of each shape the look-aheads let through, and texts that stop just short of one
PLACED_WRITTEN = [
    "Partap Singh Bajwa, Leader of Opposition in Punjab, speaking in Mohali on Monday.",
    "PORTLAND, Ore., Dec 5 - Acme Inns said it filed a statement.",
    "Genève, le 5 décembre 2026 (ATS) - Le Conseil a siégé.",
    "Roma, sabato 5 dicembre 2026 - Il governo ha approvato il decreto.",
    "LIMA,  (AFP) - El Congreso votó.",
    "MADRID, 5 (EUROPA PRESS) - El Gobierno aprobó hoy el decreto.",
    "Tehran, IRNA -- Iran said on Saturday.",
    "ASTANA. KAZINFORM – The president said.",
    "LONDON AP The minister said on Friday.",
    "PARIS DEC 5, 2026 (AFP) - Le gouvernement a annoncé un plan.",
    "New Delhi [India], Dec 5 (ANI): The minister said.",
    "TAUNGOO, Myanmar (Burma) (AP) - Troops moved in.",
    "Halle (Saale)/MZ - Der Stadtrat tagte am Abend.",
    "New York/San Juan – Das hoch verschuldete Land.",
    "Ljubljana, 4. 12. (STA) - Vlada je sprejela.",
    "Budapest, 2026. december 5., péntek (MTI) – A kormány döntött.",
    "WASHINGTON, Dec. 5 /PRNewswire/ -- Acme Corp. today announced a deal.",
    "Riyadh, Dec 5, 2026, SPA -- The ministry said.",
    "Rio de Janeiro, 5 de dezembro de 2026 – O governo anunciou.",
    "'s-Hertogenbosch, 5 december (ANP) - De gemeente besloot.",
    "Mit Julian Nagelsmann wird ein frischer Wind beim FC Bayern wehen.",
    "QUE NO HACE NADA PARA LOS ADICTOS\nInternacional.- En el sitio.",
    "(ANSA) - ROMA, 5 DIC - Il governo ha approvato il decreto.",
    "(dpa) – Berlin, Gablitz und Mauerbach – Die Regierung tagte.",
]

ALPHABET = "AÉLNOSTÜabeéilnorsty.,:;/ \t\xa0\n-–—()[]0159'’‘ʻΑΩЖж_|"

# Pieces of datelines and of the words around them: blanks, punctuation, capitals and small
# words, and a sample of each word list a look-ahead reads
PIECES = st.sampled_from(
    [" ", "  ", "\t", "\xa0", "\n", ",", ", ", ".", ". ", "-", " - ", "–", "—", "/", "(", ")"]
    + ["[", "]", ":", "|", "_", "•", "'s-", "‘", "5", "12", "2026", "05/12/2026", "4. 12."]
    + ["PARIS", "NEW", "YORK", "Rio", "de", "Janeiro", "Ore.", "W.Va.", "le", "sabato", "DEC"]
    + ["Dec.", "Leader", "of", "in", "speaking", "Montag", "A", "CORUÑA", "ΑΘΗΝΑ", "Москва"]
    + sorted(dl.BARE_SPELLINGS)[::9]
    + dl._MONTH_SPELLINGS[::23]
    + sorted(dl.POST_WORDS)[::17]
)


def _read(rx: re.Pattern[str], text: str, pos: int):
    m = rx.match(text, pos, min(len(text), pos + dl.MAX_DATELINE_LEN))
    return None if m is None else (m.regs, m.groups())


def _same_reading(text: str) -> None:
    for name, former in FORMER.items():
        rx = getattr(dl, name)
        for pos in range(len(text) + 1):
            assert _read(rx, text, pos) == _read(former, text, pos), (name, text, pos)


def test_the_patterns_are_the_former_ones_with_the_look_aheads():
    for name, former in FORMER.items():
        now = getattr(dl, name).pattern
        assert now.count(dl._AFTER_PLACE) == 1 and now.count(dl._AFTER_REGION) == 1
        assert now.replace(dl._AFTER_PLACE, "").replace(dl._AFTER_REGION, "") == former.pattern
        assert getattr(dl, name).groupindex == former.groupindex


@pytest.mark.parametrize("text", TABLE_TEXTS + GENERATED + WRITTEN + PLACED_WRITTEN)
def test_a_place_reads_as_without_the_look_aheads(text):
    _same_reading(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_a_place_reads_as_without_the_look_aheads_on_random_text(text):
    _same_reading(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=16).map("".join))
def test_a_place_reads_as_without_the_look_aheads_on_random_pieces(text):
    _same_reading(text)


@pytest.mark.parametrize(
    ("text", "place", "fields"),
    [
        ("PORTLAND, Ore., Dec 5 - Acme said.", "PORTLAND", {"cq": "Ore.", "date": "Dec 5"}),
        ("LONDON AP The minister said.", "LONDON", {"bcred": "AP", "sep": None}),
        ("Riyadh, Dec 5, 2026, SPA -- The ministry said.", "Riyadh", {"pcred": "SPA"}),
        ("LIMA,  (AFP) - El Congreso votó.", "LIMA", {"cred": "AFP", "date": None}),
        ("Roma, sabato 5 dicembre 2026 - Il governo.", "Roma", {"wday": "sabato"}),
        ("TAUNGOO, Myanmar (Burma) (AP) - Troops.", "TAUNGOO", {"cq": "Myanmar", "cred": "AP"}),
        ("New Delhi [India], Dec 5 (ANI): The minister.", "New Delhi", {"bq": "India"}),
    ],
)
def test_each_part_after_a_place_still_reads(text, place, fields):
    m = dl._RE_PLACED.match(text)
    assert m is not None and m["place"] == place
    for name, value in fields.items():
        assert m[name] == value


@pytest.mark.parametrize(
    "text",
    [
        "Partap Singh Bajwa, Leader of Opposition in Punjab, speaking in Mohali.",
        "Mit Julian Nagelsmann wird ein frischer Wind beim FC Bayern wehen.",
        "sollte zeitnah folgen, ergänzte der Sprecher",
    ],
)
def test_a_place_and_words_after_it_read_nothing(text):
    assert dl._RE_PLACED.match(text) is None
