"""Rewritten dateline patterns against their old text: the same spans and groups everywhere.

Each pattern here was rewritten for speed only (possessive repeats, an atomic fast path): the old
pattern text is kept below, and the old and new patterns must give the same match, spans and
groups on a table of edge cases and on generated strings mixing letters of several scripts,
capitals, digits, punctuation, dashes, apostrophes, blanks and NUL.
"""

from __future__ import annotations

import random
import re

from parsing import dateline as dl

_SP, UP, LO, LET, _MARK, _ELIDED = dl._SP, dl.UP, dl.LO, dl.LET, dl._MARK, dl._ELIDED

OLD_UWORD = rf"{_ELIDED}[{UP}](?:[{UP}{_MARK}'’‘ʻ.]|(?<!\.)-(?=[{UP}])){{1,30}}+"
OLD_TWORD = (
    rf"{_ELIDED}[{UP}](?:['’‘ʻ][{UP}])?[{LO}](?:[{LET}{_MARK}'’‘ʻ.]|(?<!\.)-(?=[{LET}])){{0,30}}+"
)
OLD_LWORD = rf"[{LO}](?:[{LO}{_MARK}'’‘ʻ.]|-(?=[{LO}])){{1,30}}+"
OLD_SCORE = r"(?:[ \t\xa0]*[^\s\d]\S*){1,2}[ \t\xa0]+\d{1,3}[ \t\xa0]?[-–:][ \t\xa0]?\d{1,3}(?!\d)"
OLD_NO_BODY = re.compile(
    rf"{_SP}*(?:(?:[{LET}]{{2,4}}\.?{_SP}?:?{_SP}*)?\+?[\d(][\d ()./\-]{{5,}}\d{_SP}*(?:\r?\n|$)"
    rf"|{dl._MONTH}\.?{_SP}\d{{1,2}}:"
    rf"|\d[\d., ]*(?:{_SP}[^\d\n]{{1,12}})?,?{_SP}[+\-−]\d+(?:[.,]\d+)?{_SP}?%)"
)

# The words in a context that gives back: each word, then what may follow a place's word.
_TAIL = rf"(?:{_SP}|,|\.|-|$)"
PAIRS = [
    (re.compile(f"(?P<w>{OLD_UWORD}){_TAIL}"), re.compile(f"(?P<w>{dl._UWORD}){_TAIL}")),
    (re.compile(f"(?P<w>{OLD_TWORD}){_TAIL}"), re.compile(f"(?P<w>{dl._TWORD}){_TAIL}")),
    (re.compile(f"(?P<w>{OLD_LWORD}){_TAIL}"), re.compile(f"(?P<w>{dl._LWORD}){_TAIL}")),
    (re.compile(f"(?P<w>{OLD_UWORD})"), re.compile(f"(?P<w>{dl._UWORD})")),
    (re.compile(f"(?P<w>{OLD_TWORD})"), re.compile(f"(?P<w>{dl._TWORD})")),
    (re.compile(f"(?P<w>{OLD_LWORD})"), re.compile(f"(?P<w>{dl._LWORD})")),
    (re.compile(OLD_SCORE), dl._RE_SCORE),
    (OLD_NO_BODY, dl._RE_NO_BODY),
]

EDGES = [
    "WINSTON-SALEM, N.C. (AP) -",
    "SUECIA.-Su",
    "'s-HERTOGENBOSCH -",
    "Aix-En-Provence -",
    "Coeur d'Alene, Idaho -",
    "novo mesto-",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ -",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD-EFG -",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDE-F",
    "Abcdefghijklmnopqrstuvwxyzabcde-fgh",
    "abcdefghijklmnopqrstuvwxyzabcd-efg",
    "DAR‘Ā –",
    "PETAH̱ TIQVA —",
    "A.-B",
    "A-b",
    "Ab-C-d-",
    "ab--cd",
    "Inter 2-1",
    "Real Madrid 3 - 0, ...",
    " Bologna-Inter 2:1",
    "Inter\n2-1",
    "Tel. 040 123456\n",
    " Tel.: +49 (0)40 123 456  \r\n",
    " DECEMBER 05: Shoppers",
    " 11.842,3 puntos, +0,4 %",
    "",
    "-",
    "\x00A-\x00",
]

_ALPHABET = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "ÀÉÎÕÜßàéîõüŁłŠšČčĞğ"  # Latin with marks
    "ΑΒΓαβγДЖЯджя"  # Greek, Cyrillic
    "0123456789"
    " \t\xa0\n\r.,;:-–—―'’‘ʻ()[]/|%+−\u0301\x00"
    "中文ئب"  # other scripts
)


def _spans(m: re.Match[str] | None) -> object:
    if m is None:
        return None
    return m.span(), m.groups(), [m.span(g) for g in range(1, m.re.groups + 1)]


def _agree(old: re.Pattern[str], new: re.Pattern[str], text: str) -> None:
    for pos in range(len(text) + 1):
        for end in (len(text), min(len(text), pos + 12)):
            assert _spans(old.match(text, pos, end)) == _spans(new.match(text, pos, end)), (
                old.pattern[:40],
                text,
                pos,
                end,
            )


def test_rewritten_patterns_agree_on_edge_cases() -> None:
    for old, new in PAIRS:
        for text in EDGES:
            _agree(old, new, text)


def test_rewritten_patterns_agree_on_generated_strings() -> None:
    rng = random.Random(40)
    runs = ["WORD", "Word", "word", "-", "12", " ", "-A", ".-", "’s", "a-b"]
    for _ in range(600):
        parts = [
            rng.choice(runs) if rng.random() < 0.4 else rng.choice(_ALPHABET)
            for _ in range(rng.randint(1, 40))
        ]
        text = "".join(parts)
        for old, new in PAIRS:
            _agree(old, new, text)


def test_long_words_agree_at_the_thirty_unit_limit() -> None:
    for n in range(26, 36):
        for cut in ("-", "-A", "-a", ".-A", " ", ""):
            for text in ("A" * n + cut + "B", "A" + "b" * n + cut + "c", "a" * n + cut + "b"):
                for old, new in PAIRS[:6]:
                    _agree(old, new, text)
