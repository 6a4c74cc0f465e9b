"""The readers' gates of a line start (``parsing.dateline._line_gates``): a clear bit says the
reader finds nothing there, held to each reader (with a gazetteer that knows every name, so
that only the grammar can refuse) on lines written here, on every position of generated
briefs and on random and hostile text (NUL bytes, other scripts, characters past the Basic
Plane, elided articles, very long lines). The C walk (``parsing._langwalk``) and the Python
reference give the same bits everywhere, and where the install built no C the reference
answers."""

from __future__ import annotations

import itertools
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
GATES = [dl._py_line_gates] + ([dl._c_line_gates] if dl._c_line_gates else [])


def _every_kind(name: str, lang: str | None) -> str:
    return "city"  # every name a known city: a reader refuses only by its grammar


def _ctx() -> dl._Ctx:
    return dl._Ctx(_every_kind, None, {})


# each bit and its reader, called as ``_at_uncached`` calls it
READERS = [
    (dl._G_WRAP, lambda t, p: dl._wrapped(t, p, dl.BOUNDARY, _ctx())),
    (dl._G_UNDER, lambda t, p: dl._place_under_credit(t, p, _ctx())),
    (dl._G_CREDIT_LINE, lambda t, p: dl._place_after_credit(t, p, _ctx())),
    (dl._G_SLUG, lambda t, p: dl._after_slug(t, p, _ctx())),
    (dl._G_GLUED_CREDIT, lambda t, p: dl._glued_credit(t, p, _ctx())),
    (dl._G_DOTTED, lambda t, p: dl._dotted(t, p, dl.BOUNDARY, _ctx(), False)),
]

# (text, the bits the readers find a dateline with at 0): a set bit where one does, the line's
# other readers' bits clear where its shape rules them out
LINES = [
    ("MODENA. Oltre cinquemila euro di bottino.", dl._G_DOTTED),
    ("Tel Aviv. El ministro habló el jueves.", dl._G_DOTTED),
    ("WASHINGTON D.C. The city council met.", dl._G_DOTTED),
    ("Cortina d'Ampezzo. Neve in arrivo per il fine settimana.", dl._G_DOTTED),
    ("Santa Cruz de Tenerife. El cabildo aprobó el presupuesto.", dl._G_DOTTED),
    ("CORONAVIRUS SANIDAD -Manises (Valencia)- El hospital abrió.", dl._G_SLUG),
    ("PARIS 13E - Lyon (AFP) - La ville a voté.", dl._G_SLUG),
    ("Gurugram and New DelhiCNN\n — \nSeparate outbreaks of violence were seen.", 0),
    ("Staff Correspondent, Rajshahi\nThe city council met on Friday.", 0),
    ("KUALA\nLUMPUR (Reuters) - Malaysia said on Friday it would act.", 0),
    ("Enschede\n5 december 2026\nDe gemeente heeft besloten.", 0),
]
PROSE = [
    "The president said on Tuesday that the bill would pass in the spring.",
    "Die Polizei sucht Zeugen des Unfalls in der Innenstadt.",
    "Il presidente ha detto che la legge passerà entro l'estate.",
    "Liberación de Mireles evidencia que el gobierno actuó de manera tardía.",
    "Vlada je sprejela proračun za prihodnje leto.",
    "Firme y seguro de principio a fin, incluso ante un par de rivales.",
]


@pytest.mark.parametrize("gate", GATES)
@pytest.mark.parametrize(("line", "bit"), LINES)
def test_a_line_keeps_the_bit_of_the_reader_that_reads_it(gate, line, bit):
    if bit:
        assert gate(line, 0) & bit
    for each, read in READERS:
        if read(line, 0) is not None:
            assert gate(line, 0) & each, (line, each)


@pytest.mark.parametrize("gate", GATES)
@pytest.mark.parametrize("line", PROSE)
def test_a_prose_line_rules_out_every_reader_of_a_place_line(gate, line):
    assert gate(line, 0) & (dl._G_SLUG | dl._G_DOTTED | dl._G_WRAP | dl._G_UNDER) == 0
    assert gate(line, 0) & dl._G_CREDIT_LINE == 0  # no line break within its reach


def _check_every_position(text: str) -> None:
    for pos in range(len(text) + 1):
        got = {gate(text, pos) for gate in GATES}
        assert len(got) == 1, (text, pos, got)
        bits = got.pop()
        for each, read in READERS:
            if not bits & each and pos < len(text):
                assert read(text, pos) is None, (text, pos, each)


def test_the_gates_hold_on_generated_briefs():
    for text in briefs(150, seed=37):
        _check_every_position(text[:400])


# fmt: off
WORDS = [
    "WASHINGTON", "New", "York", "de", "la", "&", "d'Ampezzo", "l’Aquila", "'s-Hertogenbosch",
    "‘Abasan", "ʻAla", "'s-GRAVENHAGE", "’s-HERTOGENBOSCH", "-zuid", "Novo", "mesto", "upon",
    "Calif.", "W.Va.", "MODENA.", "D.C.", "St.", "Dec.", "5", "13E", "13e", "2026", "(AP)",
    "/dpa/", "AP", "CNN", "DelhiCNN", "NewsAP", "-", "--", "–", "—", "―", ":", "|", "·", "•",
    "/", ".", ",", "said", "The", "of", "A", "CORUÑA", "é", "\u0301", "Ω", "МОСКВА", "москва",
    "\u4e2d\u56fd", "\x00", "\U0001f600", "\r", "Ǆ", "ǅ", "Ա",
]
# fmt: on
GAPS = [" ", " ", " ", "", ", ", ",", "  ", " - ", "\n", "\n(", "\t", "\xa0", "\r\n"]


def test_the_gates_hold_on_dateline_like_random_text():
    rnd = random.Random(37)
    for _ in range(1200):
        parts = []
        for _ in range(rnd.randint(1, 10)):
            parts += [rnd.choice(WORDS), rnd.choice(GAPS)]
        _check_every_position("".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AZaz '’.-–—,/(|:\n\r\t\xa0\x00ÜžΩЖ中\U0001f600\u03015s", max_size=80))
def test_the_gates_hold_on_random_text(text):
    _check_every_position(text)


@pytest.mark.parametrize("gate", GATES)
def test_each_gate_reads_long_lines_and_odd_bounds(gate):
    line = "AA " * 5000 + "- Body"  # capitals past every reach: no reader's dash in reach
    assert gate(line, 0) & (dl._G_SLUG | dl._G_GLUED_CREDIT) == 0
    assert gate("BERLIN -", -1) == dl._G_ALL  # bounds outside the text: unsure
    assert gate("BERLIN -", 8) == dl._G_ALL
    assert gate("BERLIN - Text", 0) & dl._G_SLUG


def test_the_c_gates_are_used_where_they_are_built():
    assert dl._line_gates is (dl._c_line_gates or dl._py_line_gates)
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert dl._c_line_gates is not None
    if dl._c_line_gates is not None:
        from parsing import _langwalk

        with pytest.raises(TypeError):
            _langwalk.line_gates("text")


def test_without_the_c_build_the_reference_reads_the_same(tmp_path):
    """With the C module's import refused (as where the install had no compiler), the
    reference answers and the page reads as before."""
    script = (
        "import sys\n"
        "sys.modules['parsing._langwalk'] = None\n"
        "from parsing import dateline as dl\n"
        "assert dl._c_line_gates is None and dl._line_gates is dl._py_line_gates\n"
        "line = 'MODENA. Oltre cinquemila euro di bottino.'\n"
        "assert dl._line_gates(line, 0) & dl._G_DOTTED\n"
        "assert dl.find_datelines('WASHINGTON (AP) - The Senate voted.')[0].place == "
        "'WASHINGTON'\n"
    )
    env = {**os.environ, "WIREMAP_COMPILED": "0"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_line_with_no_byline_words_head_has_no_byline():
    """``_at_uncached`` calls ``_byline`` only where the line opens with a byline word's first
    two characters: each word has two or more, so a byline word there always shows them."""
    assert all(len(w) >= 2 for w in dl.BYLINE_WORDS)
    ctx = _ctx()
    bylines = ("By Ann Roy\nNEWARK -- The city met.", "BY ABBEY ROY NEWARK -- The city met.")
    for line in bylines:
        assert dl._byline(line, 0, ctx) is not None
        assert line[:2] in dl._BYLINE_HEADS
    for line in PROSE:  # "Die Polizei ...": a head ("Di"), and no byline
        assert dl._byline(line, 0, ctx) is None
    assert "Th" not in dl._BYLINE_HEADS and "Il" not in dl._BYLINE_HEADS


# Each reader's window edge (``_WRAP_REACH`` 40, a line of its own 60, a glued credit's 70, a
# slug's 80, a credit line's 100, ``MAX_DATELINE_LEN``), one short of it, at it and one past it,
# then a line's end of every kind (CRLF, "\r" alone, U+2028, U+0085, the text's end) and what
# may follow it.
EDGE_HEADS = ["KUALA", "Staff Correspondent, Rajshahi", "CORONAVIRUS SANIDAD", "MODENA", "Gurugram"]
EDGE_ENDS = ["\n", "\r\n", "\r", "\u2028", "\x85", "", " -", "CNN -", ".", ".\n", " | x"]
EDGE_WIDTHS = [w + d for w in (40, 60, 70, 80, 100, dl.MAX_DATELINE_LEN) for d in (-1, 0, 1)]
EDGE_TAILS = ["", "LUMPUR (Reuters) - Malaysia said on Friday.", "Manises (Valencia)- El hospital."]


def test_the_gates_hold_at_each_readers_window_edge():
    found = 0  # readers that find a dateline with their bit set: the table reaches them
    for head, width in itertools.product(EDGE_HEADS, EDGE_WIDTHS):
        for line in (head + " KUALAKUALA" * 20)[:width], head.rjust(width, "X"):
            for end in EDGE_ENDS:
                for tail in EDGE_TAILS:
                    for above in ("", "x\n"):  # the text's first line, and a line under one
                        text, pos = above + line + end + tail, len(above)
                        got = {gate(text, pos) for gate in GATES}
                        assert len(got) == 1, (text, got)
                        bits = got.pop()
                        for each, read in READERS:
                            if read(text, pos) is not None:
                                assert bits & each, (text, each)
                                found += 1
    assert found
