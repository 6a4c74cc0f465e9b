"""A place segment's opening look-aheads and the optional parts written as branches (speed45):
every pattern built from them matches as the patterns written the former way, with the same
spans and groups, on the dateline tables' rows and look-alikes, generated briefs, briefs written
here and random text made of the characters and words the grammar reads."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import dateline as dl
from tests.test_exact_cuts import GENERATED, TABLE_TEXTS, WRITTEN
from tests.test_exact_cuts_placed import ALPHABET, PIECES, PLACED_WRITTEN

# The parts as they were written: a segment's three forms with no look-ahead before them, and
# each optional part as "(?:PART)?" (its "|)" end put back).
OLD_SEG = rf"(?:{dl._USEG}|{dl._TSEG}|{dl._LSEG})"
OPTIONAL = (dl._PQ, dl._CQ, dl._DPART)


def _former(pattern: str) -> str:
    text = pattern.replace(dl._SEG, OLD_SEG)
    for part in OPTIONAL:
        text = text.replace(part, part[:-2] + ")?")
    return text


BUILT = {
    name: (re.compile(_former(p.pattern), p.flags), p)
    for name, p in vars(dl).items()
    if isinstance(p, re.Pattern) and (dl._SEG in p.pattern or any(q in p.pattern for q in OPTIONAL))
}

SEG_WRITTEN = [
    "A CORUÑA (EFE) - La Xunta aprobó el plan.",
    "O Porriño, 5 dic (EFE).- El concello aprobó.",
    "'s-HERTOGENBOSCH (ANP) - De gemeente besloot.",
    "‘ABASĀN (AFP) - Troops moved in.",
    "DAR‘Ā, Syria (Reuters) - Shelling hit the town.",
    "PETAH̱ TIQVA (AP) - Police said.",
    "WINSTON-SALEM, N.C. (AP) - The council voted.",
    "Aix-en-Provence (AFP) - La mairie a annoncé.",
    "Novo mesto, 5. decembra (STA) - Občina je sprejela.",
    "eThekwini - The city said.",
    "McALLEN, Texas (AP) - Border agents said.",
    "A. B. Smith said on Monday.",
    "O'Neill - The player signed.",
    "TREINTA Y TRES (EFE) - El intendente dijo.",
    "Paris, mardi - La police a interpellé un homme.",
    "Paris, mardi – jeudi : les grèves continuent.",
    "Lyon, samedi - Marseille, dimanche : les matchs.",
    "Lille, le 3 décembre 2026 - La police a annoncé.",
    "Odense, lørdag den 3. januar - Byrådet har vedtaget.",
    "Girona, 3 d'abril de 2026 - L'ajuntament ha aprovat.",
    "Bilbao, 1º de octubre - El alcalde inauguró.",
]


def _read(rx: re.Pattern[str], text: str, pos: int):
    m = rx.match(text, pos, min(len(text), pos + dl.MAX_DATELINE_LEN))
    return None if m is None else (m.regs, m.groups())


def _same_reading(text: str) -> None:
    for name, (former, now) in BUILT.items():
        for pos in range(len(text) + 1):
            assert _read(now, text, pos) == _read(former, text, pos), (name, text, pos)


def test_the_former_patterns_are_rebuilt():
    assert {"_RE_PLACED", "_RE_CREDIT_FIRST", "_RE_DOTTED", "_RE_PLACE_ONLY"} <= set(BUILT)
    for part in OPTIONAL:
        assert part.startswith("(?:") and part.endswith("|)")
    for former, now in BUILT.values():
        assert former.pattern != now.pattern
        assert former.groupindex == now.groupindex
        assert dl._USEG_OPENS not in former.pattern and dl._TSEG_OPENS not in former.pattern


@pytest.mark.parametrize("text", TABLE_TEXTS + GENERATED + WRITTEN + PLACED_WRITTEN + SEG_WRITTEN)
def test_a_place_reads_as_the_former_patterns_read_it(text):
    _same_reading(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "'‘ʻ\u0301ÑĀ", max_size=80))
def test_a_place_reads_as_before_on_random_text(text):
    _same_reading(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=16).map("".join))
def test_a_place_reads_as_before_on_random_pieces(text):
    _same_reading(text)
