"""The page's work outside the dateline reader, cut exactly (speed44): the language model's
bytes without py3langid's Python call (``parsing.lang._as_utf8``), a page's ages in one list
built by loops (``parsing.timeparse.ages_in``, against ``test_ages_anchors``' reference), the
year a dateline's date is inferred in (``_infer_year``), a stamp line's patterns spared where
one character rules them out, the bar a stamp may stand after (``parsing.page._BAR_STARTS``),
and leading blanks and a page of blanks told without a copy. Each gives what the code it
replaced gave (kept here as the reference), on a table, on every character where a character
decides, and on generated briefs and pages."""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from benchmarks.corpus import briefs, pages
from parsing import lang, page, timeparse
from parsing.page import parse_page
from parsing.timeparse import ages_in
from tests.test_ages_anchors import reference  # ``iter_ages`` as it was at first

CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


# --- the language model's bytes -------------------------------------------------------------

ENCODE_TABLE = [
    "",
    "a",
    "De minister zei dat het kabinet volgende week besluit.",
    "WASHINGTON (AP) — THE SENATE VOTED",  # all capitals: lower-cased first
    "Cafe\u0301 in A\u030arhus",  # decomposed accents: composed by NFC
    "ÉTÉ À PARIS, LE MINISTRE A DIT",
    "Правительство одобрило закон",
    "東京都は本日",
    "x\ud800y",  # a lone surrogate passed through
    "ǅUNGLA",  # a title-case letter: not upper, so not lower-cased
    "123 456",
]


@pytest.mark.parametrize("text", ENCODE_TABLE)
def test_the_models_bytes_are_py3langids(text):
    from py3langid.langid import LanguageIdentifier

    assert lang._as_utf8(text) == LanguageIdentifier._encode(text)


def test_the_models_bytes_are_py3langids_on_generated_briefs():
    from py3langid.langid import LanguageIdentifier

    for text in briefs(100, seed=44):
        for sample in (text, text[:80], text.upper()):
            assert lang._as_utf8(sample) == LanguageIdentifier._encode(sample)


@pytest.mark.skipif(lang._langwalk is None, reason="parsing._langwalk is not built here")
def test_a_failed_load_check_leaves_the_model_on_py3langids_bytes(monkeypatch):
    """``_as_utf8`` disagreeing with ``_encode`` on a check text at load: the classifier made
    then reads every text by ``_encode`` (never the disagreeing function), with the answers of
    one made while both agree."""
    model = lang._model()
    texts = ["De minister zei dat het kabinet besluit.", "ÉTÉ À PARIS", "x\ud800y", "", b"bytes"]
    agreeing = lang._compiled_classifier(model)
    want = [agreeing(t) for t in texts]
    real, called = lang._as_utf8, []

    def disagreeing(text):
        called.append(text)
        return real(text) + b"x"

    monkeypatch.setattr(lang, "_as_utf8", disagreeing)
    fallback = lang._compiled_classifier(model)
    at_load = len(called)
    assert at_load >= 1  # the check ran, and stopped at its first disagreement
    assert [fallback(t) for t in texts] == want
    assert len(called) == at_load  # no text of a run went through the disagreeing function


# --- a page's ages --------------------------------------------------------------------------


# (text, language): ages glued, alone, in prose, in several languages, none
AGES_TABLE = [
    ("", "nl"),
    ("2 uur geleden\nDEN HAAG (ANP) - Het kabinet besluit.", "nl"),
    ("vor 2 StundenSimmering (dpa/lby) - Ein Unfall.\nvor 3 Stunden\nWIEN (APA) - Text.", "de"),
    ("ieri(ANSA) - MILANO, 16 NOV - Il sindaco ha detto.", "it"),
    ("Two years ago the council said so. 3 hours ago\nLONDON (Reuters) - Text.", "en"),
    ("gisteren\nUTRECHT (ANP) - Tekst. gisteren zei hij iets.", "nl"),
    ("hace 2 horas\nMADRID (EFE) - El Gobierno aprobó.", "es"),
    ("il y a 3 heures\nPARIS (AFP) - Le ministre a dit.", "fr"),
    ("Updated 2 hours ago | LONDON — Text. vor 5 Minuten", None),
    ("İSTANBUL 2 saat önce (AA) - Metin.", None),  # lower-casing moves offsets: every language
    ("A brief with no age at all.", "en"),
    ("A brief with no age at all.", None),
]


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("text,lang_", AGES_TABLE)
def test_ages_in_is_the_former_iter_ages(text, lang_, strict):
    want = reference(text, lang_, strict)
    assert ages_in(text, lang_, strict=strict) == want


def test_ages_in_is_the_former_iter_ages_on_generated_pages():
    texts = [p.text for p in pages(120, seed=44)] + list(briefs(200, seed=44))
    for text in texts:
        for lang_ in ("en", "nl", "de", "it", None):
            assert ages_in(text, lang_) == reference(text, lang_)


# --- the year of a date without one ----------------------------------------------------------


def _former_infer_year(month, day, captured_at):
    ref = captured_at.date() + timedelta(days=1)
    for year in range(ref.year, ref.year - 9, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= ref:
            return d
    return None


def test_the_inferred_year_is_the_former_one_on_every_day_of_every_month():
    captures = [
        datetime(2026, 12, 5, 14, 0, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 0, tzinfo=UTC),  # the next day is in the next year
        datetime(2027, 2, 28, 12, 0, tzinfo=timezone(timedelta(hours=-5))),
        datetime(2028, 2, 28, 12, 0, tzinfo=UTC),  # the next day is a 29 February
        datetime(2026, 1, 1, 0, 0, tzinfo=UTC),
        datetime(3, 6, 1, tzinfo=UTC),  # years before the first: no date
    ]
    for captured_at in captures:
        for month in range(0, 14):  # 0 and 13: no month, as a bad table would give
            for day in range(0, 33):
                got = timeparse._infer_year(month, day, captured_at)
                assert got == _former_infer_year(month, day, captured_at), (month, day)


# --- a bar after the dateline, a page of blanks ----------------------------------------------


def test_a_bar_after_the_dateline_starts_with_a_character_the_gate_lets_through():
    for ch in CHARS:
        if page._BAR_AFTER.match(ch + " |") is not None:
            assert ch in page._BAR_STARTS, repr(ch)
    assert "" not in page._BAR_STARTS  # the text's end: no bar


@pytest.mark.parametrize(
    "text,start,end,want",
    [
        ("Jakarta   |   Sat, December 5, 2026\nText.", 0, 7, "Jakarta   |   Sat, December 5, 2026"),
        ("Jakarta|Sat, December 5, 2026", 0, 7, "Jakarta|Sat, December 5, 2026"),
        ("New Delhi\xa0| Updated: Dec 5", 0, 9, "New Delhi\xa0| Updated: Dec 5"),
        ("BERLIN (dpa) - Text.", 0, 6, None),
        ("BERLIN", 0, 6, None),  # the text's end
        ("BERLIN \t- Text | more", 0, 6, None),  # blanks, then no bar
    ],
)
def test_the_stamp_across_a_bar_is_read_as_before(text, start, end, want):
    assert page._stamp_on_line(text, start, end) == want


def test_a_page_of_blanks_is_told_as_strip_told_it():
    for ch in CHARS:
        assert ch.isspace() == (not ch.strip()), repr(ch)
    for text in ("", " ", "\n\t\xa0\u2009", "\u3000\r\n"):
        assert parse_page(text) == []
    assert parse_page(" \u00a0x") != []


# --- a stamp line's patterns, spared where one character rules them out ----------------------

# stamp lines and look-alikes in the styles of the copy, and characters ``re`` folds oddly
STAMP_LINES = [
    "",
    "Stand: 05.12.2026 14:32 Uhr",
    "  \tUpdated: 5 December 2026, 10:32 GMT",
    "Publicado em 05/12/2026 às 14h32",
    "Objavljeno: 5. 12. 2026 ob 10.32",
    "TNN | Updated: Dec 5, 2026, 09:14 IST",
    "Jane Doe • December 5, 2026",
    "05-12-26, 10:32",
    "05·12·26 | 10:32",
    "By JT - Dec 04,2026 - Last updated at Dec 05,2026",
    "Le 05/12/2026 à 10h32",
    "5 de dezembro de 2026, 10:32 -",
    "- 5 Dec 2026 um",
    "KL. 10:32 5.12.2026",
    "at 10:32 5 Dec 2026 at",
    "all' 5 dic 2026 alle 10.32",
    "ÀS 10:32 05/12/2026",
    "ſtand: 05.12.2026",  # a long s: "s" to ``re`` without case
    "\u212al. 10:32",  # the Kelvin sign: "k" to ``re`` without case
    "İn 5 Dec 2026",
    "The council met on 5 December.",
    "x",
]


def _lines_of_generated_pages():
    for p in pages(60, seed=45):
        yield from (line[:120] for line in p.text.splitlines())


@pytest.mark.parametrize("line", STAMP_LINES)
def test_a_line_no_stamp_word_opens_is_no_stamp_words_line(line):
    if timeparse._STAMP_OPENS.match(line) is None:
        assert timeparse._STAMP_RE.fullmatch(line.rstrip()) is None
    if not timeparse._dashed(line):
        assert timeparse._DASHED_RE.search(line) is None


def _edge_gate(s: str) -> bool:
    return bool(s) and bool(
        timeparse._EDGE_OPENS.match(s) or timeparse._EDGE_CLOSES.match(s, len(s) - 1)
    )


@pytest.mark.parametrize("line", STAMP_LINES)
def test_a_text_the_edge_gate_stops_has_no_edge_run(line):
    for s in (line.strip(), line.strip(" ,-"), line.strip() + " um", "am " + line.strip()):
        s = s.strip()
        if not _edge_gate(s):
            assert timeparse._STAMP_EDGE.sub("", s) == s


def _gate_characters() -> list[str]:
    """The characters a gate's letter or mark could match under ``re``'s case rules (any whose
    other cases share one with them: "ſ" for "s", the Kelvin sign for "k", "İ" for "i"), every
    blank, and a sample of the rest: the pattern's search on every character of Unicode would
    take minutes."""
    words = [*timeparse._ALL_CLOCK_LINKS, *timeparse.STAMP_WORDS]
    letters = {c for w in words for c in (w[0], w[-1])}
    letters |= {c.upper() for c in letters} | {c.lower() for c in letters} | set(",;|•·–—-")
    related = [
        ch
        for ch in CHARS
        if ch.isspace()
        or not letters.isdisjoint(ch.lower() + ch.upper() + ch.casefold() + ch.title())
    ]
    return related + random.Random(44).sample(CHARS, 3000)


def test_the_gates_hold_on_every_character_and_generated_lines():
    for ch in _gate_characters():
        for s in (ch, f"5 Dec{ch}", f"{ch}5 Dec", f"{ch}l 5", f"5 a{ch}"):
            s = s.strip()
            if not _edge_gate(s):
                assert timeparse._STAMP_EDGE.sub("", s) == s, repr(s)
            if timeparse._STAMP_OPENS.match(s) is None:
                assert timeparse._STAMP_RE.fullmatch(s.rstrip()) is None, repr(s)
    for line in _lines_of_generated_pages():
        s = line.strip()
        if not _edge_gate(s):
            assert timeparse._STAMP_EDGE.sub("", s) == s
        if timeparse._STAMP_OPENS.match(line) is None:
            assert timeparse._STAMP_RE.fullmatch(line.rstrip()) is None
        if not timeparse._dashed(line):
            assert timeparse._DASHED_RE.search(line) is None


@pytest.mark.parametrize(
    "line,lang_,want",
    [
        ("Stand: 05.12.2026 14:32 Uhr", "de", datetime(2026, 12, 5, tzinfo=UTC)),
        ("Updated: 5 December 2026, 10:32 GMT", "en", datetime(2026, 12, 5, 10, 32, tzinfo=UTC)),
        ("TNN | Updated: Dec 5, 2026, 09:14 IST", "en", datetime(2026, 12, 5, 3, 44, tzinfo=UTC)),
        ("05-12-26, 10:32", "nl", datetime(2026, 12, 5, tzinfo=UTC)),
        ("Jane Doe • December 5, 2026", "en", datetime(2026, 12, 5, tzinfo=UTC)),
        ("The council met on 5 December.", "en", None),
        ("Aggiornato alle 14:32", "it", None),
    ],
)
def test_stamp_lines_read_as_they_did(line, lang_, want):
    captured = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
    assert timeparse.resolve_stamp(line, lang_, captured) == want


# --- a page's first clock and the language sample, past leading blanks without a copy --------


@pytest.mark.parametrize(
    "text,want",
    [
        ("14:32 - Der Minister", [(0, 8, "14:32")]),
        (" \t14:32 - Der Minister", [(0, 10, "14:32")]),
        ("\xa016.20 Uhr: Text", [(0, 12, "16.20 Uhr")]),
        ("um 14:32 - Text\n15:00 - Mehr", [(0, 11, "14:32"), (16, 24, "15:00")]),
        ("", []),
        ("\u200914:32 - x", []),  # a thin space is no blank a clock's line opens with
        ("Text\n  08:15 GMT\nMore", [(5, 16, "08:15 GMT")]),
    ],
)
def test_entry_clocks_past_leading_blanks_as_before(text, want):
    assert [(c.line, c.body, c.text) for c in timeparse.iter_entry_clocks(text)] == want


@pytest.mark.parametrize("lead", ["", " ", "\n\t ", "\xa0", "\u3000"])
def test_the_language_guess_reads_past_leading_blanks_as_before(lead):
    text = "De minister zei dat het kabinet volgende week een besluit neemt."
    assert lang.lang_guess(lead + text) == lang.lang_guess(text)
