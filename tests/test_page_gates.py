"""A brief's cost outside the dateline reader, cut exactly (speed28): where prose starts for the
language model (``parsing._langwalk.prose_start``, the C reading of ``parsing.lang._PROSE``),
the one pass that tells a page has nothing to repair (``_langwalk.any_in``, ``parsing.repair``)
and the figure a stamp line needs (``parsing.timeparse.resolve_stamp``). Each gives what the
code it stands for gives, on a table, on every character, on random and generated texts."""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime

import pytest

import parsing.repair as repair_mod
from benchmarks.corpus import briefs, pages
from parsing import lang, timeparse

C_PROSE = getattr(lang._langwalk, "prose_start", None)
needs_c = pytest.mark.skipif(C_PROSE is None, reason="parsing._langwalk is not built here")
CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]

# (text, pos, where the sample starts): leads in the styles of the copy
PROSE_TABLE = [
    ("", 0, 0),
    ("De minister zei het", 0, 0),
    ("WASHINGTON (ANP/AFP) - De minister zei het", 0, 23),
    ("BERLIN (dpa) - Die Regierung hat", 0, 15),
    ("PARIS, 5 déc (AFP) - Le ministre a dit", 0, 21),
    ("MOŠČANCI - V Moščancih je bilo", 0, 13),  # "V" alone opens no prose
    ("ROMA\nIl governo ha deciso", 0, 0),  # the line break ends the reach: none found
    ("KÖLN ÜBER ALLES UND", 0, 0),  # capitals only: no prose
    ("3 ans après", 0, 2),
    ("  Leading blanks are read", 0, 2),
    ("x" * 90 + " ab cd", 0, 0),  # past the 80 characters
    ("USA: Trump ÷ said", 0, 5),  # the set's sign after a word of capitals and one letter
    ("Ab ab", 3, 3),
    ("Some words here and there", 5, 5),
    ("A1 b c", 0, 3),
    ("Être élu à Paris", 0, 0),
]  # fmt: skip

PROSE_PATHS = [lang._py_prose_start] + ([C_PROSE] if C_PROSE else [])


@pytest.mark.parametrize("start", PROSE_PATHS)
@pytest.mark.parametrize("text,pos,want", PROSE_TABLE)
def test_both_paths_find_where_prose_starts(start, text, pos, want):
    assert start(text, pos, pos + lang.PROSE_REACH) == want


def test_the_c_prose_start_is_used_where_it_is_built():
    assert lang._prose_start is (C_PROSE or lang._py_prose_start)
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert C_PROSE is not None


def _same_start(text: str, pos: int, end: int) -> None:
    assert C_PROSE(text, pos, end) == lang._py_prose_start(text, pos, end), (text, pos, end)


@needs_c
def test_every_character_reads_as_the_regex_reads_it():
    # each character in each part of the pattern: before a word, in the capitals, as the
    # letter of another kind, in the word, as the blank, in the next word, and at the end
    shapes = ("{c}ab cd", "A{c} b", "Ab{c}cd ef", "AB a{c}", "Ab {c}", "x{c}Ab cd", "AB{c}CD e")
    for k in range(0, len(CHARS), 512):
        block = CHARS[k : k + 512]
        for c in block[:: 1 if k < 0x3000 else 61]:  # past it: scripts of one class each
            for shape in shapes:
                text = shape.format(c=c)
                for pos in (0, 1):
                    _same_start(text, pos, pos + lang.PROSE_REACH)
                    _same_start(text, pos, len(text) - 1)


@needs_c
def test_random_texts_and_bounds_read_as_the_regex_reads_them():
    rng = random.Random(7)
    alphabet = "Aa ß÷_1\n\téZ.ÿ\xa0Ωω٣-'"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 100)))
        pos = rng.randint(-2, len(text) + 2)
        end = rng.choice([pos + lang.PROSE_REACH, rng.randint(-2, len(text) + 2)])
        _same_start(text, pos, end)


class _Index:
    """An integer by ``__index__`` alone, as the engine takes its bounds."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


def _bound_answer(start, text, pos, end):
    try:
        return start(text, pos, end)
    except (TypeError, OverflowError) as e:
        return type(e)


@needs_c
@pytest.mark.parametrize(
    "pos,end",
    [
        (_Index(0), 200),
        (0, _Index(200)),
        (True, 200),
        (_Index(3), _Index(5)),
        (2**70, 1),
        (0, -(2**70)),
        (1.0, 3),
        ("0", 3),
        (None, 200),
    ],
)
def test_bounds_of_every_type_read_as_the_engine_reads_them(pos, end):
    for text in ("DE Ab cd", "Ab cd", "ROMA\nIl governo"):
        want = _bound_answer(lang._py_prose_start, text, pos, end)
        assert _bound_answer(C_PROSE, text, pos, end) == want, (text, pos, end)


@needs_c
def test_generated_briefs_and_pages_read_alike():
    texts = list(briefs(300, 3)) + [p.text for p in pages(100, 3)]
    for text in texts:
        for pos in (0, len(text) // 2, max(0, len(text) - 280), *range(0, 200, 7)):
            _same_start(text, pos, pos + lang.PROSE_REACH)


# --- repair: a page with nothing to repair, told by one pass ---------------------------------

REPAIR_TABLE = [
    "Zürich – Die Regierung",  # nothing to repair
    "BERLIN&nbsp;(dpa) – Die",  # an entity in a text that is not ASCII
    "SÃƒO PAULO – O governo",  # UTF-8 read as Windows-1252
    "Genève\u00a0(ATS) – Le",  # a space of another width
    "Köln\u200b (dpa) – Die",  # an invisible character
    "Malmö\rStockholm – Det",  # a lone CR
    "Malmö\r\nStockholm – Det",  # a CRLF: nothing to repair
    "LEMPÄÄLÄ\xa0(STT) – Poliisi",
    "Praha\u2009– Vláda",
]


def _repair_both(text: str) -> None:
    got = repair_mod.repair(text)
    saved, repair_mod._c_any_in = repair_mod._c_any_in, None
    try:
        want = repair_mod.repair(text)
    finally:
        repair_mod._c_any_in = saved
    assert got[0] == want[0] and (got[0] is text) == (want[0] is text)
    assert (None if got[1] is None else list(got[1])) == (
        None if want[1] is None else list(want[1])
    )


@pytest.mark.parametrize("text", REPAIR_TABLE)
def test_the_one_pass_repairs_as_the_searches_do(text):
    _repair_both(text)


def test_every_character_a_repair_starts_at_is_in_the_table():
    for c in "\r&\xadÃÂâÄÅ" + repair_mod.INVISIBLE + repair_mod._WIDE:
        assert repair_mod._REPAIR_STARTS[ord(c)] == 1
    assert sum(repair_mod._REPAIR_STARTS) == len(
        set("\r&\xadÃÂâÄÅ" + repair_mod.INVISIBLE + repair_mod._WIDE)
    )


@pytest.mark.skipif(repair_mod._c_any_in is None, reason="parsing._langwalk is not built here")
def test_every_character_and_random_texts_repair_alike():
    for k in range(0, len(CHARS), 64):
        for c in CHARS[k : k + 64 : 1 if k < 0x10000 else 61]:  # the table ends below 0x10000
            for text in (f"é{c}", f"SÃ{c}O é", f"Berlin{c}(dpa)–", f"&amp{c};ü"):
                _repair_both(text)
    rng = random.Random(3)
    alphabet = "aé\r\n&;#x1Ã£Â©â€“\xa0\u200b\u2009Ä\xadÅ ’"
    for _ in range(20_000):
        _repair_both("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))))
    for text in list(briefs(300, 4)) + [p.text for p in pages(60, 4)]:
        _repair_both(text)


# --- a stamp line without a figure holds no time ---------------------------------------------

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
LANGS = (None, "en", "nl", "de", "fr", "es", "it", "pt", "sl")


def _lines_without_figures() -> list[str]:
    """Stamp words, day words, month and weekday names, alone and in stamp shapes."""
    words: list[str] = list(timeparse.STAMP_WORDS)
    for table in (timeparse.DAY_WORDS, timeparse.MONTHS):
        for by_lang in table.values():
            words.extend(by_lang)
    words.extend(timeparse.ALL_WEEKDAYS)
    lines = []
    for w in words:
        lines += [w, f"{w}:", f"{w} today", f"Updated {w}", f"TNN | {w}", f"{w} | Lesedauer"]
    return lines


def test_a_line_without_a_figure_reads_no_time_in_any_language():
    for line in _lines_without_figures():
        assert timeparse._A_FIGURE.search(line) is None
        for lg in LANGS:
            assert timeparse._read_stamp(line, lg, NOW) is None, (line, lg)
            assert timeparse.resolve_stamp(line, lg, NOW) is None


@pytest.mark.parametrize(
    "line,lang_code,want",
    [
        ("Stand: 05.12.2026 14:32 Uhr", "de", datetime(2026, 12, 5, tzinfo=UTC)),
        ("Updated December 5, 2026 10:32 GMT", "en", datetime(2026, 12, 5, 10, 32, tzinfo=UTC)),
        ("Vandaag, 14:32", "nl", datetime(2026, 12, 5, 14, 32, tzinfo=UTC)),
        ("Publicado em ٠٥/١٢/٢٠٢٦", "pt", datetime(2026, 12, 5, tzinfo=UTC)),  # other figures
        ("Updated yesterday", "en", None),
        ("Vandaag", "nl", None),
    ],
)
def test_stamps_with_figures_still_read(line, lang_code, want):
    assert timeparse.resolve_stamp(line, lang_code, NOW) == want
    assert timeparse._read_stamp(line, lang_code, NOW) == want


# --- a page lowered once for its age words, in one pass in C ---------------------------------

C_LOWER = getattr(lang._langwalk, "lower", None)


def test_the_c_lower_is_used_where_it_is_built():
    assert timeparse._lower is (C_LOWER or str.lower)
    if os.environ.get("CI") == "true":
        assert C_LOWER is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2 UUR GELEDEN",
        "Vor 2 Stunden – KÖLN (dpa)",
        "İSTANBUL – Türkiye'de",  # a character that lowers to two
        "ΑΘΗΝΑ – ΟΔΥΣΣΕΑΣ Σ ΑΣ.",  # capital sigmas, final and not
        "Il y a 2 heures – PARIS (AFP) – L’État",
        "ΣΑΣ 𝐀𝐁 Ⅻ ǅ",
    ],
)
def test_lower_is_str_lower(text):
    assert timeparse._lower(text) == text.lower()


@pytest.mark.skipif(C_LOWER is None, reason="parsing._langwalk is not built here")
def test_every_character_and_random_texts_lower_as_str_lower():
    for k in range(0, len(CHARS), 256):
        block = CHARS[k : k + 256]
        assert C_LOWER("".join(block)) == "".join(block).lower()
        for c in block:
            for text in (f"é{c}", f"{c}aÉ", f"ΑΣ{c}", c):
                assert C_LOWER(text) == text.lower()
    rng = random.Random(5)
    alphabet = "aAΣσςΑ .'\u0345İéÉ\xadxZ"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert C_LOWER(text) == text.lower()
    for text in list(briefs(200, 6)) + [p.text for p in pages(60, 6)]:
        assert C_LOWER(text) == text.lower()
