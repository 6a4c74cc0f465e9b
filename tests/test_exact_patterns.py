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


# The words are written verbatim into every pattern built from them, so putting the old words
# back into a pattern's text gives that pattern as it was before the rewrite: the patterns the
# module matches with (``_RE_PLACED``, ``_RE_NOSEP``, ``_RE_SLUG``, ...) are checked whole, in the
# contexts around their words, not only the words alone.
_NEW_TO_OLD = ((dl._TWORD, OLD_TWORD), (dl._UWORD, OLD_UWORD), (dl._LWORD, OLD_LWORD))


def _with_old_words(pattern: re.Pattern[str]) -> re.Pattern[str]:
    text = pattern.pattern
    for new, old in _NEW_TO_OLD:
        text = text.replace(new, old)
    return re.compile(text, pattern.flags)


BUILT = {
    name: (_with_old_words(p), p)
    for name, p in vars(dl).items()
    if isinstance(p, re.Pattern) and any(new in p.pattern for new, _ in _NEW_TO_OLD)
}

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÜŁŠČĞΑΓДЯİǅ"
_LOWER = "abcdefghijklmnopqrstuvwxyzàéüłščğαγдяßıªº"
_ODD = ("ª", "º", "ß", "ı", "İ", "ǅ", "\u0301", "\x00", "ʼ", "'", "’", "‘", "ʻ", ".", "-", "‐", "–")
_JOINS = (" ", ", ", " - ", " – ", " — ", ".-", " (AP) - ", " (AFP) — ", ": ", "\n", " 05 ", "/")


def _cap_word(rng: random.Random) -> str:
    """A word of one case, title case or mixed, often 28 to 33 letters long (the cap is 30), with
    now and then an odd letter, and a hyphen (or a look-alike) put near or at the cap."""
    n = rng.choice((1, 2, 5, 28, 29, 30, 31, 32, 33))
    pool = rng.choice((_UPPER, _LOWER, None, _UPPER + _LOWER))
    chars = [
        rng.choice(_ODD)
        if rng.random() < 0.05
        else rng.choice(_LOWER if pool is None and i else _UPPER if pool is None else pool)
        for i in range(n)
    ]
    if rng.random() < 0.3:
        at = rng.choice((n, n - 1, 29, 30, 31, rng.randint(0, n)))
        chars.insert(at, rng.choice(("-", "-", ".-", "‐", "–", "--")))
    return "".join(chars)


def test_patterns_built_from_the_words_are_all_checked() -> None:
    assert {"_RE_PLACED", "_RE_NOSEP", "_RE_PLACE_CREDIT", "_RE_PLACE_LINE", "_RE_SLUG"} <= set(
        BUILT
    )
    assert "_RE_CREDIT_FIRST" in BUILT
    for old, new in BUILT.values():
        assert old.pattern != new.pattern
        for word in (dl._UWORD, dl._TWORD, dl._LWORD):
            assert word not in old.pattern


def test_patterns_built_from_the_words_agree_whole_at_the_cap() -> None:
    rng = random.Random(65)
    for _ in range(60):
        parts = [_cap_word(rng) + rng.choice(_JOINS) for _ in range(rng.randint(1, 5))]
        text = "".join(parts) + rng.choice(("The", "the", "", "Dec. 5 (AP) - The"))
        for old, new in BUILT.values():
            for pos in range(len(text) + 1):
                assert _spans(old.match(text, pos)) == _spans(new.match(text, pos)), (
                    new.pattern[:40],
                    text,
                    pos,
                )
            assert _spans(old.search(text)) == _spans(new.search(text)), text
            assert _spans(old.fullmatch(text)) == _spans(new.fullmatch(text)), text
