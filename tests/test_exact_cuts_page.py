"""The page's work outside the dateline reader, cut exactly (speed44): the language model's
bytes without py3langid's Python call (``parsing.lang._as_utf8``), a page's ages in one list
built by loops (``parsing.timeparse.ages_in``), the year a dateline's date is inferred in
(``_infer_year``), the bar a stamp may stand after (``parsing.page._BAR_STARTS``) and a page of
blanks told without a copy. Each gives what the code it replaced gave (kept here as the
reference), on a table, on every character where a character decides, and on generated briefs
and pages."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from benchmarks.corpus import briefs, pages
from parsing import lang, page, timeparse
from parsing.page import parse_page
from parsing.timeparse import AGE_LANGS, ages_in, iter_ages

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

    for text in briefs(300, seed=44):
        for sample in (text, text[:80], text.upper()):
            assert lang._as_utf8(sample) == LanguageIdentifier._encode(sample)


# --- a page's ages --------------------------------------------------------------------------


def _former_iter_ages(text, lang_=None, *, strict=False):
    """``iter_ages`` as it was: a generator a language, consumed by ``list.extend``."""
    if not isinstance(text, str) or not text:
        return
    langs = (lang_,) if lang_ in timeparse._AGE_RES else AGE_LANGS
    lowered = timeparse._lower(text)
    if len(lowered) != len(text):
        lowered = None
    found = []

    def one(lg, spans=None, first=0):
        n = len(text)
        for k, (_, anchor, rx, kind, before, after) in enumerate(timeparse._PLANS[lg]):
            if lowered is None:
                windows = ((0, n),)
            elif spans is None:
                windows = (
                    (max(0, m.start() - before), min(n, m.end() + after))
                    for m in anchor.finditer(lowered)
                )
            else:
                got = spans.get(first + k)
                if got is None:
                    continue
                windows = [(max(0, s - before), min(n, e + after)) for s, e in got]
            for lo, hi in windows:
                for m in rx.finditer(text, lo, hi):
                    am = timeparse._match_for(m, lg, kind, text)
                    if am is not None and (kind == "relative" or am.standalone):
                        yield am

    if lowered is not None and len(langs) > 1:
        auto, first = timeparse._anchors(langs)
        spans = timeparse._anchor_spans(lowered, auto)
        for lg in langs:
            found.extend(one(lg, spans, first[lg]))
    else:
        for lg in langs:
            if lowered is not None and not any(w in lowered for w in timeparse._NEEDLES[lg]):
                continue
            found.extend(one(lg))
    if not found:
        return
    if strict:
        found = [m for m in found if m.standalone]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    last_end = -1
    for m in found:
        if m.start >= last_end:
            last_end = m.end
            yield m


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
    want = list(_former_iter_ages(text, lang_, strict=strict))
    assert ages_in(text, lang_, strict=strict) == want
    assert list(iter_ages(text, lang_, strict=strict)) == want


def test_ages_in_is_the_former_iter_ages_on_generated_pages():
    texts = [p.text for p in pages(120, seed=44)] + list(briefs(200, seed=44))
    for text in texts:
        for lang_ in ("en", "nl", "de", "it", None):
            assert ages_in(text, lang_) == list(_former_iter_ages(text, lang_))


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
