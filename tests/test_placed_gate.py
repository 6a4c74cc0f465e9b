"""``_placed``'s first test (``parsing.dateline._placed_gate``) says False only where
``_RE_PLACED`` cannot match: held to the pattern on datelines and prose lines written here, on
every position of generated briefs, and on random and hostile text (NUL bytes, other scripts,
characters past the Basic Plane, very long lines). The C walk (``parsing._langwalk``) and the
Python reference give the same answer everywhere, and the answer where the install built no C
is the reference's."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import briefs
from parsing import dateline as dl

# The Python reference always, the C walk where the install built it.
GATES = [dl._py_placed_gate] + ([dl._c_placed_gate] if dl._c_placed_gate else [])

# (line, the gate's answer): where the pattern matches the gate must say True; a False here is
# a line start whose shape rules the pattern out
LINES = [
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", True),
    ("SAN JOSE, Calif., Feb 26 - Excelan Inc said it would sell shares.", True),
    ("Berlín, 23 may (EFE).- Resultados de la Copa del Mundo.", True),
    ("Vatikanstadt/Quito – Papst Franziskus ist in Ecuador gelandet.", True),
    ("Novo mesto, 5. decembra (STA) - Občina je sprejela proračun.", True),
    ("Stratford upon Avon (PA) - A theatre reopened.", True),
    ("Bosnia & Herzegovina, Dec 5 (Reuters) - Talks resumed.", True),
    ("'s-Hertogenbosch (ANP) - De gemeente heeft besloten.", True),
    ("Cortina d'Ampezzo (ANSA) - Neve in arrivo.", True),
    ("Charleston, W.Va.. Text", True),  # a state's abbreviation ends with its own stop
    ("GAZA-stadt - x", True),  # a word of capitals stops before a hyphen and a small letter
    # so does one after an elided article, whose "s" is no small letter of the word's
    ("'s-HERTOGENBOSCH-zuid meldt dat de raad vergaderde.", True),
    ("’s-GRAVENHAGE-centrum meldt dat de raad vergaderde.", True),
    ("Eindhoven, 's-HEERENBERG-oost meldt een brand.", True),
    ("Tilburg 's-GRAVENDEEL-noord meldt een brand.", True),
    ("London: Die Regierung hat entschieden.", True),
    ("roma, 5 dic - testo", True),
    # prose: a word the place cannot go on with, an end nothing may follow
    ("The president said on Tuesday that the bill would pass.", False),
    ("Partap Singh Bajwa, Leader of Opposition in Punjab, speaking in Chandigarh.", False),
    ("Die Polizei sucht Zeugen.", False),
    ("Il presidente ha detto che la legge passerà.", False),
    ("Co-Vorsitzenden wurden gewählt.", False),  # a title-case word holds its hyphen
    ("'s-Hertogenbosch-zuid meldt dat de raad vergaderde.", False),
    ("’S-GRAVENHAGE-Centrum meldt dat de raad vergaderde.", False),
    ("Eindhoven ’s-Heerenberg-oost meldt een brand.", False),
    ("Nieuwe plannen voor het vliegveld overtuigen niet.", False),
    ("sollte zeitnah folgen, sagte der Sprecher.", False),
    ("struck with Brussels.", False),
    ("42 people were hurt.", False),  # no place opens with a figure
    ("\u4e2d\u56fd (\u65b0\u534e\u793e) -", False),  # no letter of the pattern's scripts
    ("", False),
]


def _matches(text: str, pos: int, end: int) -> bool:
    return dl._RE_PLACED.match(text, pos, end) is not None


@pytest.mark.parametrize("gate", GATES)
@pytest.mark.parametrize(("line", "expected"), LINES)
def test_each_gate_reads_a_line_start_so(gate, line, expected):
    end = min(len(line), dl.MAX_DATELINE_LEN)
    assert gate(line, 0, end) is expected
    if _matches(line, 0, end):
        assert expected


def _check_every_position(text: str) -> int:
    """Every position of ``text``: the gates agree, and none says False where the pattern
    matches. Returns how many positions the gate ruled out."""
    ruled_out = 0
    for pos in range(len(text) + 1):
        end = min(len(text), pos + dl.MAX_DATELINE_LEN)
        answers = {gate(text, pos, end) for gate in GATES}
        assert len(answers) == 1, (text[pos : pos + 60], answers)
        (answer,) = answers
        if not answer:
            assert not _matches(text, pos, end), text[pos : pos + 60]
            ruled_out += 1
    return ruled_out


def test_the_gate_holds_on_every_position_of_generated_briefs():
    ruled_out = sum(_check_every_position(text) for text in briefs(120, 33))
    assert ruled_out > 0  # the gate spares the pattern somewhere


# words and marks the walk reads: places and their joiners, regions, credits, dates,
# separators, stops and hyphens inside words, blanks of each kind, other scripts
# fmt: off
WORDS = [
    "WASHINGTON", "New", "York", "de", "la", "&", "d'Ampezzo", "l’Aquila", "'s-Hertogenbosch",
    "‘Abasan", "ʻAla", "'s-GRAVENHAGE", "’s-HERTOGENBOSCH", "-zuid", "Novo", "mesto", "upon",
    "Calif.", "Ore.", "W.Va.", "W.Va..", "N.Dak.-",
    "Dec.", "Dec", "5", "2026", "le", "lundi", "sábado", "(AP)", "(dpa)", "/dpa/", "AP", "dpa",
    "EFE", "-", "--", "–", "—", ":", "|", "■", "•", "_", ".", ",", "(Libanon)", "[India]",
    "Corresponsal", "enviado", "St.", "Pölten", "Gaza-Stadt", "GAZA-stadt", "Ab-cd", "ab-Cd",
    "bei", "said", "The", "of", "McALLEN", "A", "CORUÑA", "é", "\u0301", "Ω", "МОСКВА", "москва",
    "\u4e2d\u56fd", "\x00", "\U0001f600", "4.12.2025", "05/12/2026", "13E", "jan", "JAN", "mai",
]
# fmt: on
GAPS = [" ", " ", " ", "", ", ", ",", "  ", " - ", "\n", "\t", "\xa0"]


def test_the_gate_holds_on_dateline_like_random_text():
    rnd = random.Random(33)
    for _ in range(1500):
        parts = []
        for _ in range(rnd.randint(1, 10)):
            parts += [rnd.choice(WORDS), rnd.choice(GAPS)]
        _check_every_position("".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AZaz '’.-,/(:\n\t\xa0\x00ÜžΩЖ中\U0001f600\u03015", max_size=80))
def test_the_gate_holds_on_random_text(text):
    _check_every_position(text)


@pytest.mark.parametrize("gate", GATES)
def test_each_gate_reads_long_lines_and_odd_bounds(gate):
    line = "Aa " * 5000 + "(AP) -"  # a very long line of words the place may go on with
    assert gate(line, 0, dl.MAX_DATELINE_LEN) is True
    prose = "Xx " * 3000 + "qqq qqq"  # capitals the place goes on with, then no end
    assert gate(prose, 0, len(prose)) is False
    assert gate("BERLIN (dpa) -", -1, 14) is False  # bounds outside the text
    assert gate("BERLIN (dpa) -", 0, 99) is True
    assert gate("BERLIN (dpa) -", 3, 2) is False


def test_the_c_gate_is_used_where_it_is_built():
    assert dl._placed_gate is (dl._c_placed_gate or dl._py_placed_gate)
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert dl._c_placed_gate is not None


def test_the_c_gate_refuses_tables_it_cannot_hold():
    if dl._c_placed_gate is None:  # no C build here: the reference answers
        assert dl._placed_gate is dl._py_placed_gate
        return
    from parsing import _langwalk

    with pytest.raises(ValueError):
        _langwalk.placed_gate_tables(b"", frozenset({"toolong"}), frozenset(), frozenset(), b"")
    with pytest.raises(TypeError):
        _langwalk.placed_gate("text", 0)
    assert _langwalk.placed_gate("BERLIN (dpa) -", 0, 14) is True  # its tables kept


def test_a_word_the_c_keys_cannot_hold_leaves_the_reference(tmp_path):
    """A language's word over the keys' five characters: the import keeps the reference (the C
    tables refuse it), and the gate still reads the place's last word."""
    script = (
        "import parsing.agencies as a\n"
        "a.PLACE_WORDS = a.PLACE_WORDS + ('miasto',)\n"
        "from parsing import dateline as dl\n"
        "assert dl._c_placed_gate is None and dl._placed_gate is dl._py_placed_gate\n"
        "line = 'Nowe miasto (PAP) - Radni przyj\u0119li bud\u017cet.'\n"
        "assert dl._RE_PLACED.match(line) and dl._placed_gate(line, 0, len(line))\n"
    )
    env = {**os.environ, "WIREMAP_COMPILED": "0"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
