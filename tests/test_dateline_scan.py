"""The dateline scans read only the stretch of a text where a candidate can start, and the
lead's candidates are weighed only where a credit or a dash is within reach: the same answers,
found with less reading. Checked against scans of the whole text, on briefs written here and on
random text made of the characters the scans look at."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import dateline as dl
from parsing.dateline import find_dateline, find_datelines

# (scan, the characters its look-ahead needs, how far before the first it may start, how far
# past the last it reads): as ``_page_candidates`` runs them
WINDOWED = [
    (dl._RE_PAGE_GLUE, "(/", dl._CREDIT_REACH, dl._CLOSED_SPAN),
    (dl._RE_PAGE_GLUEP, "(/", dl._CREDIT_REACH, dl._CLOSED_SPAN),
    (dl._RE_PAGE_INNER, "(/", dl._CREDIT_REACH, dl._CLOSED_SPAN),
    (dl._RE_PAGE_SENT, "-–—", dl._SENT_REACH, 1),
]

BRIEFS = [
    "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.",
    "Canadian Press - CAIRNS, Australia (AP) - A man was rescued from the jaws of a shark.",
    "2 uur geledenQUITO (ANP) - De president van Ecuador heeft de noodtoestand afgekondigd.",
    "Die Regierung tagte bis spät. Wien – Der Kanzler sprach von einem Erfolg (APA).",
    "Officials said so in a statement. More at https://example.org/news/item (page 2).",
    "Staatsschulden bei 72 Mrd. Dollar. New York/San Juan – Das Territorium bemüht sich.",
    "Een kop zonder punt\nDEN HAAG (ANP) - Het kabinet komt vrijdag bijeen.",
    "MADRID, 5 (EUROPA PRESS) - El Gobierno aprobó hoy el decreto. "
    + "Lorem ipsum dolor sit amet. " * 12
    + "ROMA (ANSA) - Il governo ha approvato il decreto.",
    "no capitals here (just a note) and a dash - then more words / and a slash.",
]

# the characters the scans test: capitals, small letters, stops, closers, blanks, dashes,
# parentheses, slashes, digits
ALPHABET = 'AÉQZabéz.!?:;"”’»)(][/ \t\xa0\n-–—,019'


def _spans(rx, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if endpos is None else endpos
    return [m.span() for m in rx.finditer(text, pos, end)]


def _windowed(text: str) -> list[tuple[list, list]]:
    out = []
    for rx, chars, reach, span in WINDOWED:
        lo, hi = dl._stretch(text, chars, reach, span)
        out.append((_spans(rx, text), _spans(rx, text, lo, hi) if lo < hi else []))
    return out


@pytest.mark.parametrize("text", BRIEFS)
def test_windowed_scans_find_what_whole_scans_find(text):
    for whole, window in _windowed(text):
        assert window == whole


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_windowed_scans_on_random_text(text):
    for whole, window in _windowed(text):
        assert window == whole


# the farthest a credit can stand from where a candidate starts: a stop, a closer and a blank,
# a capital and 40 more, a comma and 60 more, two blanks and "--", then the credit
FAR = "x.) A" + "b" * 40 + "," + "c" * 60 + "  --(AP) Body"


def test_candidate_at_the_edge_of_the_credit_reach():
    opening = FAR.index("(")
    whole = _spans(dl._RE_PAGE_INNER, FAR)
    assert whole and opening - whole[0][0] == dl._CREDIT_REACH - 1  # the bound is tight
    lo, hi = dl._stretch(FAR, "(/", dl._CREDIT_REACH, dl._CLOSED_SPAN)
    assert _spans(dl._RE_PAGE_INNER, FAR, lo, hi) == whole
    assert _spans(dl._RE_PAGE_INNER, FAR, whole[0][0] + 1, hi) == []  # one later: missed


@pytest.mark.parametrize(
    ("text", "chars", "reach", "span", "expected"),
    [
        ("no such character", "(/", 110, 42, (0, 0)),
        ("x" * 200 + "(AP)", "(/", 110, 42, (90, 204)),
        ("(AP)" + "x" * 100, "(/", 110, 42, (0, 42)),
        ("a/b" + "x" * 300 + "(c)", "(/", 110, 42, (0, 306)),
        ("one - two", "-–—", 70, 1, (0, 5)),
    ],
)
def test_stretch(text, chars, reach, span, expected):
    assert dl._stretch(text, chars, reach, span) == expected


def test_page_candidates_in_a_long_text_are_found_where_the_credit_is():
    prose = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20
    text = prose + "ROMA (ANSA) - Il governo ha approvato il decreto."
    found = find_datelines(text, is_place=lambda name, lang: "city" if name == "ROMA" else None)
    assert [(d.raw, d.start) for d in found] == [("ROMA (ANSA)", len(prose))]


KNOWN = {"Wien": "city", "Roma": "city"}

# A lead, then the dateline; with the credit or the dash far from most of the lead's words
LEADS = [
    ("A long lead " + "with many words " * 20 + "ends here. Wien – Der Kanzler sprach.", "Wien"),
    ("Nothing here\n" + "word " * 60 + "end. Roma (ANSA) - Il governo decide.", "Roma (ANSA)"),
    ("Il presidente parla a lungo di economia e di lavoro Roma - Il governo decide.", "Roma"),
    ("Il presidente parla a lungo di economia e di lavoro Roma - il governo decide.", None),
    ("A lead with no dateline at all and no dash, only words and a stop.", None),
    ("A lead " + "x" * 250 + " (AFP) note: the end.", None),
]


@pytest.mark.parametrize(("text", "raw"), LEADS)
def test_lead_candidates_far_from_any_credit_or_dash(text, raw):
    got = find_dateline(text, max_lead=len(text), is_place=lambda name, lang: KNOWN.get(name))
    assert (got.raw if got else None) == raw


BLANK_DASH = re.compile(r"[ \t\xa0][-–—]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no dash at all", []),
        ("a 38-year-old man", []),
        ("Wien – Der Kanzler", [4]),
        ("-leading dash then x - y and z — w", [20, 30]),
        ("tab\t-x and nbsp\xa0—y", [3, 15]),
        ("a - b — c - d", [1, 5, 9]),
    ],
)
def test_blank_dash_starts(text, expected):
    assert dl._blank_dash_starts(text, len(text)) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \t\xa0-–—ab\n", max_size=120), st.integers(0, 130))
def test_blank_dash_starts_as_a_regex_finds_them(text, end):
    end = min(end, len(text))
    starts = [m.start() for m in BLANK_DASH.finditer(text, 0, end)]
    assert dl._blank_dash_starts(text, end) == starts


# The lead's words as they were found before: a regex whose look-ahead read up to 60 characters
# after every capital for a blank and a dash on its line.
LEAD_WORD_READ_AHEAD = re.compile(
    rf"[ \t\xa0](?<=[^\s][ \t\xa0])[ \t\xa0]{{0,2}}(?=[{dl.UP}])(?=[^\n]{{1,60}}?[ \t\xa0][-–—])"
)


def _lead_words_read_ahead(text: str) -> list[int]:
    end = min(len(text), dl.MAX_LEAD)
    return [m.end() for m in LEAD_WORD_READ_AHEAD.finditer(text, 0, end)]


@pytest.mark.parametrize(
    "text",
    [
        *BRIEFS,
        *(lead for lead, _ in LEADS),
        "Gespräche in Genf – Der Kanzler Wien – Die",
        "Ein Satz ohne Ende\nWien – Der Kanzler",  # the dash on the next line: no lead word
        "Drei Wörter hier Berlin" + " x" * 27 + " – Der",  # its dash 60 characters after it
        "Drei Wörter hier Berlin" + " x" * 28 + " – Der",  # 62: too far
    ],
)
def test_lead_words_are_those_the_read_ahead_found(text):
    assert [c[0] for c in dl._lead_words(text)] == _lead_words_read_ahead(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AÉQZabéz. \t\xa0\n-–—,", max_size=450))
def test_lead_words_on_random_text(text):
    assert [c[0] for c in dl._lead_words(text)] == _lead_words_read_ahead(text)


def _dotted_needs_a_stop_on_its_line(text: str) -> None:
    # ``_dotted`` looks for its place only where a full stop follows on the same line within
    # reach: wherever the place pattern matches, that stop is there
    for pos in range(len(text)):
        end = min(len(text), pos + dl.MAX_DATELINE_LEN)
        if dl._RE_DOTTED.match(text, pos, end) is not None:
            stop = text.find(".", pos, end)
            assert stop != -1 and text.find("\n", pos, stop) == -1, (text, pos)


@pytest.mark.parametrize(
    "text",
    [
        *BRIEFS,
        "MODENA. Oltre cento persone\nRoma. Il governo",
        "Buenos Aires. La ciudad\nSt. Pölten. Die Stadt",
        "Een kop\nDEN HAAG. Het kabinet",
    ],
)
def test_a_dotted_place_has_its_stop_on_its_line(text):
    _dotted_needs_a_stop_on_its_line(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AÉQZabéz. \t\xa0\n\r-/’", max_size=120))
def test_a_dotted_place_has_its_stop_on_its_line_in_random_text(text):
    _dotted_needs_a_stop_on_its_line(text)


# A trie's branch point of many next characters is guarded by a look-ahead for them: the same
# words are matched, the longest first, with or without the guard.
MONTHS_ALL = sorted({v for m in dl._MONTH_WORDS for v in (m, m.capitalize(), m.upper())})
TRIE_WORDS = [
    MONTHS_ALL,
    sorted(dl.BARE_SPELLINGS),
    ["ab", "abc", "b", "ba", "c", "d", "e", "f", "g", "h", "é", "–x"],  # eleven first characters
    ["a", "ab", "abc"],  # too few to guard
]


def _longest_prefix(words: set[str], text: str) -> str | None:
    return max((w for w in words if text.startswith(w)), key=len, default=None)


@pytest.mark.parametrize("words", TRIE_WORDS, ids=["months", "bare", "eleven", "three"])
def test_trie_matches_its_words_and_no_other(words):
    rx = re.compile(dl._trie(words))
    wanted = set(words)
    for word in words:
        assert rx.fullmatch(word) is not None
        for suffix in ("", " x", "zz", "."):
            m = rx.match(word + suffix)
            assert m is not None and m.group() == _longest_prefix(wanted, word + suffix)
    for word in words:
        for shorter in (word[:-1], word[1:], word.swapcase()):
            assert (rx.fullmatch(shorter) is not None) == (shorter in wanted)


def test_trie_guards_a_branch_point_of_many_characters():
    assert dl._trie(TRIE_WORDS[2]).startswith("(?:(?=[")
    assert "(?=[" not in dl._trie(TRIE_WORDS[3])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeghé–xJjUuNn ", max_size=12))
def test_trie_on_random_text_matches_the_longest_word(text):
    words = TRIE_WORDS[2] + ["Jun", "June", "Juni", "jun", "nu"]
    rx = re.compile(dl._trie(words))
    m = rx.match(text)
    assert (m.group() if m else None) == _longest_prefix(set(words), text)


# ``_RE_LEAD_CAND`` as written before its four capital kinds were put behind one look-back at
# the character read: each kind tried in turn at every character it starts at.
UP, LO, LET = dl.UP, dl.LO, dl.LET
LEAD_CAND_EACH_KIND = re.compile(
    rf"[\n \t\xa0{UP}(]"
    rf"(?:(?<=\n)(?=(?P<line>[ \t\xa0\r]{{0,20}})[^\s])"
    rf"|(?P<gap>(?<=[ \t\xa0]{{2}})[^\s])"
    rf"|(?P<glue>(?<=[{LO}\d][{UP}])(?=[{UP}]))"
    rf"|(?P<gluep>(?<=[.!?:;\"”’»)\]|][{UP}(]))"
    rf"|(?P<sent>(?:(?<=[{LET}\d][{LET}\d][.!?…][ \t\xa0][{UP}])"
    rf"(?<![^\d]\d\d[.!?…][ \t\xa0][{UP}])|(?<=[.!?…]{dl._CLOSER}[ \t\xa0][{UP}])))"
    rf"|(?P<inner>(?<=[ \t\xa0][{UP}(])))"
)


def _kinds(rx, text: str) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.regs) for m in rx.finditer(text)]


@pytest.mark.parametrize("text", [*BRIEFS, *(lead for lead, _ in LEADS)])
def test_lead_candidates_are_those_of_each_kind_tried_in_turn(text):
    assert _kinds(dl._RE_LEAD_CAND, text) == _kinds(LEAD_CAND_EACH_KIND, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "A1", max_size=200))
def test_lead_candidates_on_random_text(text):
    assert _kinds(dl._RE_LEAD_CAND, text) == _kinds(LEAD_CAND_EACH_KIND, text)


# The lead's scan in C (``parsing._langwalk.lead_candidates``) and the pattern's own: the Python
# way always, the C one where the install built it; each held to the pattern's matches.
_LEAD_SCANS = [dl._py_lead_candidates] + ([dl._c_lead_candidates] if dl._c_lead_scan else [])


def _lead_reference(text: str, start: int, limit: int) -> list[tuple[str, int]]:
    out = []
    for m in LEAD_CAND_EACH_KIND.finditer(text, start, limit):
        kind = m.lastgroup
        out.append(
            (kind, m.end(kind) if kind == "line" else m.start(kind) if kind == "gap" else m.start())
        )
    return out


def test_the_c_lead_scan_is_used_where_it_is_built():
    assert dl._lead_candidates is (
        dl._c_lead_candidates if dl._c_lead_scan else dl._py_lead_candidates
    )
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert dl._c_lead_scan is not None


@pytest.mark.parametrize("scan", _LEAD_SCANS)
@pytest.mark.parametrize(
    ("text", "start", "limit"),
    [
        *((text, 1, 400) for text in BRIEFS),
        *((lead, 1, 400) for lead, _ in LEADS),
        ("Kop\n   \r  BERLIN (dpa) - Tekst", 1, 400),  # a line's blanks, the \r among them
        ("Kop\n" + " " * 21 + "X", 1, 400),  # more blanks than a line's reach
        ("Kop\n  X", 1, 6),  # the limit before the line's word
        ("a  B", 2, 3),  # a gap whose word lies past the limit
        ("De 12. Mai beginnt es. Am 13. Juni. Nein", 1, 400),  # a day's figures before the stop
        ("Er ging.\u201d Dann Sie.) Und? «Nein!» Ja", 1, 400),  # stops and closing quotes
        ("aBC 1DE x(F ;(G wordÉH ŽУ", 1, 400),  # glued capitals, a bracket after a mark
        ("Σ. Ω\u2003Ψ\u00a0\u00a0Φ", 0, 400),  # Greek, a wide blank (no gap), no-break blanks
        ("  X", -5, 99),  # bounds outside the text, clamped as the engine clamps them
        ("", 0, 0),
    ],
)
def test_each_lead_scan_finds_the_patterns_candidates(scan, text, start, limit):
    assert scan(text, start, limit) == _lead_reference(text, start, limit)


@pytest.mark.parametrize("scan", _LEAD_SCANS)
def test_each_lead_scan_reads_every_character_as_the_pattern(scan):
    for k in range(0x3000):  # past the pattern's letters (to U+1EFF), its marks and blanks
        c = chr(k)
        for text in (
            f"ab. {c}",
            f"{c}B",
            f"x{c}Ab",
            f"\n{c}x",
            f"  {c}",
            f"12{c} B",
            f"{c}\u201d B",
        ):
            assert scan(text, 0, 20) == _lead_reference(text, 0, 20), hex(k)


# The characters where the C scan's own tests could part from the engine's: past its byte table
# (the figures of other scripts and outside the BMP are ``\d``; the wide letters are no capital),
# the blanks the pattern does not name (``\s`` all the same), marks, joiners, titlecase and the
# dotted I, a lone surrogate and NUL; each in the places the kinds look back at.
EDGE_CHARS = [
    "\u0663",  # Arabic-Indic three
    "\uff13",  # fullwidth three
    "\U0001d7d1",  # mathematical bold three (outside the BMP)
    "\U000104a3",  # Osmanya three
    "\uff21",  # fullwidth capital A: no capital of the pattern
    "\U00010400",  # Deseret capital: none either
    "\u01c5",  # titlecase Dž
    "\u0130",  # capital I with its dot
    "\u0131",  # dotless i
    "\u0301",  # a combining acute
    "\u200d",  # zero-width joiner
    "\u200c",  # zero-width non-joiner
    "\u00a0",  # no-break space (a blank of the pattern)
    "\u2028",  # line separator: \s, not a line of the pattern
    "\u3000",  # ideographic space: \s, not a blank of the pattern
    "\ufeff",  # byte order mark: no \s
    "\x85",  # next line: \s
    "\ud800",  # a lone surrogate
    "\x00",
    "\U0001f600",
]


@pytest.mark.parametrize("scan", _LEAD_SCANS)
@pytest.mark.parametrize("c", EDGE_CHARS)
def test_each_lead_scan_on_the_characters_past_its_table(scan, c):
    for text in (
        f"x{c}AB",  # glue after a figure or a letter
        f"{c}{c}AB x",
        f"ab{c}. X",  # a sentence's stop after a figure or a letter
        f"1{c}. X",
        f"a{c}{c}. X",
        f"ab. {c}",
        f"  {c}x",  # a gap's word
        f"a {c} B",
        f"\n{c}x",  # a line's first word
        f"\n {c}X",
        f"{c}\u201d B",
        f".{c}X",
    ):
        for start, limit in ((0, 40), (1, 40), (2, len(text) - 1), (len(text), 40)):
            assert scan(text, start, limit) == _lead_reference(text, start, limit), (text, start)


@pytest.mark.parametrize("scan", _LEAD_SCANS)
def test_each_lead_scan_on_generated_briefs(scan):
    from benchmarks.corpus import briefs

    for text in briefs(300):
        assert scan(text, 1, 400) == _lead_reference(text, 1, 400)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=ALPHABET + "A1\r\u2003Σσ…“‘", max_size=60),
    st.integers(-2, 70),
    st.integers(-2, 70),
)
def test_each_lead_scan_on_random_text(text, start, limit):
    for scan in _LEAD_SCANS:
        assert scan(text, start, limit) == _lead_reference(text, start, limit)


# A place glued to ".-" after a headline on its line: the scan reads only the lines that hold a
# ".-", each up to its last one, and finds what a scan of the whole text finds.
DOTDASH = [
    *BRIEFS,
    "Cae la lluvia en Nicaragua Managua.- El gobierno informó hoy.",
    "Titular sin nada\nOtro titular en Costa Rica San José.- La presidenta dijo.\nY más.",
    "Uno.- Dos.-\nTres Cuatro.- Cinco\n\n de la Paz.-.- Final.-",
    "Sin guion punto aquí. Nada - más — nada.",
    ".-",
    "\n.-\n",
]


def _dotdash_windowed(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for lo, hi in dl._dotdash_lines(text)
        for m in dl._RE_PAGE_DOTDASH.finditer(text, lo, hi)
    ]


@pytest.mark.parametrize("text", DOTDASH)
def test_dotdash_lines_find_what_a_whole_scan_finds(text):
    assert _dotdash_windowed(text) == _spans(dl._RE_PAGE_DOTDASH, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no dot dash", []),
        ("Managua.- El", [(0, 9)]),
        ("kop\nRoma.- Il\nx", [(4, 10)]),
        ("a.- b.-\nc", [(0, 7)]),
        ("a.-\nb.-", [(0, 3), (4, 7)]),
    ],
)
def test_dotdash_lines(text, expected):
    assert dl._dotdash_lines(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AÉMZabéz.-– \t\xa0\n", max_size=300))
def test_dotdash_lines_on_random_text(text):
    assert _dotdash_windowed(text) == _spans(dl._RE_PAGE_DOTDASH, text)


# Where ``_stretch`` finds the first and the last of its characters: the C pass
# (``_langwalk.first_last_in``, one scan from each end) and the Python searches give the same
@pytest.mark.parametrize("chars", sorted(dl._STRETCH_TABLES))
@pytest.mark.parametrize(
    "text",
    [
        "",
        "no credit, no dash",
        "(",
        "a/b",
        "WASHINGTON (AP) — The Senate voted (again) on 2/3 of it",
        "Wien – Der Kanzler — sagte - ja –",
        "ZAGREB, 5. prosinca (Hina) - Vlada je",
        "only at the end -",
        "\u2013\u2014\U0001f600 (x) \ud800 /",
    ],
)
def test_first_and_last_of_a_stretchs_characters(chars, text):
    at = [i for i, ch in enumerate(text) if ch in chars]
    want = (at[0], at[-1]) if at else (-1, -1)
    assert dl._py_first_last(text, chars) == want
    if dl._c_first_last_in is not None:
        assert dl._c_first_last_in(text, dl._STRETCH_TABLES[chars]) == want


@pytest.mark.skipif(dl._c_first_last_in is None, reason="parsing._langwalk is not built here")
def test_first_and_last_on_every_code_point_and_generated_text():
    import random

    for chars, table in dl._STRETCH_TABLES.items():
        for k in range(0x3000):
            text = f"a{chr(k)}b {chr(k)}"
            assert dl._c_first_last_in(text, table) == dl._py_first_last(text, chars), hex(k)
        rnd = random.Random(34)
        pool = list("ab (/)-–—\n") + ["\U0001f600", "\u2015"]
        for _ in range(5000):
            text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30)))
            assert dl._c_first_last_in(text, table) == dl._py_first_last(text, chars), text


def test_stretch_is_the_same_either_way(monkeypatch):
    texts = [*BRIEFS, "", "x" * 300 + " (AP) - " + "y" * 300]
    got = [dl._stretch(t, c, 110, 42) for t in texts for c in dl._STRETCH_TABLES]
    monkeypatch.setattr(dl, "_c_first_last_in", None)
    assert got == [dl._stretch(t, c, 110, 42) for t in texts for c in dl._STRETCH_TABLES]
