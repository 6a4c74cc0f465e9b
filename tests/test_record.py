"""The record's id and times: stable across versions, whatever shortcut computes them."""

from __future__ import annotations

import hashlib
import os
import sys
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import record
from pipeline.extract import iso_utc
from pipeline.record import _one_space, event_id


def reference_id(text: str) -> str:
    """The id's definition: SHA-1 of the NFKC-normalised, case-folded, space-collapsed text."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


# The case fold and fold of blanks in C (``parsing._langwalk.fold_blanks``) and its Python path
# give one string.
_FOLDS = [record._py_fold_blanks] + ([record._c_fold_blanks] if record._c_fold_blanks else [])


# Ids already kept in users' stores: a change of the id would store every brief again.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QUITO (ANP) - Kiezers in Ecuador hebben zondag gestemd.", "f24793537da01716"),
        ("GENÈVE (ANP/AFP) – De Zwitserse   regering\nheeft ﬁnanciën", "51957ec5073f73e4"),
        ("Ｔｅｓｔ İstanbul ΣΊΣΥΦΟΣ", "d0b87f02e2362d62"),
        # letters and their marks apart, and a no-break space: not in NFKC (composed, a space)
        ("GENE\u0300VE (ANP) – e\u0301te\u0301 a\u00a0Gene\u0300ve", "c1116dfe3e2efdba"),
    ],
)
@pytest.mark.parametrize("fold", _FOLDS)
def test_ids_do_not_change(monkeypatch, fold, text, expected):
    monkeypatch.setattr(record, "_fold_blanks", fold)
    assert event_id(text) == expected


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_id_follows_its_definition_for_any_text(text):
    assert event_id(text) == reference_id(text)


def test_id_follows_its_definition_on_generated_briefs():
    """The id's hex is its digest's first 8 bytes (``digest()[:8].hex()``), the hex digest's
    first 16 characters: the same ids on briefs of every language the corpus writes."""
    from benchmarks.corpus import briefs

    texts = list(briefs(300, seed=30))
    assert len(set(texts)) > 250
    assert [event_id(t) for t in texts] == [reference_id(t) for t in texts]


# The characters the id writes as their decomposition before NFKC, among those that make
# copy fail NFKC's quick check or compose with what stands around them.
_AROUND_THE_SHORTCUT = (
    "\u2026\xa0 .\u0301\u0300\u0308\u0327eEaoc\u00e9\ufb01\u2002\u202f"
    "\u1100\u1161\u11a8\u3099\u304b"
)


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(_AROUND_THE_SHORTCUT), max_size=40))
def test_id_follows_its_definition_around_ellipses_and_no_break_spaces(text):
    assert event_id(text) == reference_id(text)


@pytest.mark.parametrize(
    "text",
    [
        "ROME (ANSA) - Il governo\u2026 ha detto\xa0che\u2026",
        "\u2026\u0301 \xa0\u0308 e\u2026\u0301",
        "PARIJS (ANP) \u2013 \u00c9\u00e9n\u2026 a\xa0\ufb01n e\u0301",
    ],
)
def test_id_of_text_with_ellipses_and_no_break_spaces(text):
    assert event_id(text) == reference_id(text)


def _canonical_pair_seconds() -> set[int]:
    """Every character that is the second of a canonical pair: NFKC may join it to the
    character before (Unicode's quick check "maybe")."""
    seconds = set()
    for cp in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    return seconds


def test_the_nfkc_table_marks_only_characters_nfkc_leaves_wherever_they_stand():
    table = record._nfkc_plain()
    seconds = _canonical_pair_seconds()
    below = record._NFKC_PLAIN_BELOW
    assert {c for c in seconds if c < below and not unicodedata.combining(chr(c))} <= set(
        record._JOINS_BEFORE
    )
    marked = [chr(cp) for cp in range(below) if table[cp]]
    for ch in marked:
        assert unicodedata.normalize("NFKC", ch) == ch and unicodedata.is_normalized("NFKC", ch)
        assert unicodedata.combining(ch) == 0 and ord(ch) not in seconds
        assert not (0x1161 <= ord(ch) <= 0x1175 or 0x11A8 <= ord(ch) <= 0x11C2)  # join by rule
    assert len(marked) > 5000
    assert all(table[ord(c)] for c in "Aé’“”—–«»ЖΣאا\t\n")  # copy's letters and punctuation
    for ch in "\u00aa\u00b2\u0301\u0b3e\u1161\u11a8\u2011\u2026\u0378":  # never marked
        assert not table[ord(ch)]


# Characters marked in the table beside ones that join them or that NFKC changes: Oriya's
# e + aa sign (one letter in NFKC), Hangul's jamo, a letter and its mark, ª, ﬁ, past the table.
_BESIDE_THE_TABLE = "e\u0301E\u0b47\u0b3e\u1100\u1161\u11a8\u00e9\u00aa\ufb01\u2019\u2070\uac00 a"


@settings(max_examples=2000)
@given(st.text(alphabet=st.sampled_from(_BESIDE_THE_TABLE), max_size=30))
def test_id_follows_its_definition_beside_the_nfkc_table(text):
    assert event_id(text) == reference_id(text)


@pytest.mark.skipif(record._c_all_in is None, reason="parsing._langwalk is not built here")
@settings(max_examples=1000)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30), st.binary(max_size=300))
def test_all_in_reads_every_character_in_the_table(text, table):
    want = all(ord(c) < len(table) and table[ord(c)] for c in text)
    assert record._c_all_in(text, table) is want
    latin = text.encode("latin-1", "ignore").decode("latin-1")  # a byte a character: its own loop
    assert record._c_all_in(latin, b"\x01" * 256)
    wide = bytes(table) + bytes(256)
    assert record._c_all_in(latin, wide) is all(wide[ord(c)] for c in latin)


# Every character ``str.split`` cuts at, and what stands around them in copy.
_BLANKS = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())


def test_every_blank_but_the_space_is_not_printable():
    # what lets ``_one_space`` read a printable result as one with no other blank in it
    assert [c for c in _BLANKS if c.isprintable()] == [" "]
    assert len(_BLANKS) > 20


def test_ascii_folds_as_it_lowers():
    ascii_ = "".join(map(chr, range(128)))
    assert ascii_.casefold() == ascii_.lower()


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "quito (anp) - kiezers",
        "  twee  spaties ",
        "regels\nen\r\nalinea's\n\n\nen\ttabs\t",
        "\n\n een witte rand \t\n",
        "een\x0cformfeed en\u2028een regelscheiding",
        "een\x85volgende regel en\u3000ideografisch",
        "\u00adzacht afbreekteken",  # not printable, no blank: split's answer all the same
        " " * 9 + "a" + " " * 17 + "b" + "\n" * 5,
    ],
)
def test_one_space_is_split_and_join(text):
    assert _one_space(text) == " ".join(text.split())


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(_BLANKS + "ab\u00ad\u200b"), max_size=40))
def test_one_space_is_split_and_join_for_any_blanks(text):
    assert _one_space(text) == " ".join(text.split())


@given(st.text(alphabet=st.sampled_from("AbÉé ß\n\r\t\x0b\u2028İΣ.\u2026\xa0"), max_size=60))
def test_id_follows_its_definition_across_blanks_and_cases(text):
    assert event_id(text) == reference_id(text)


def test_the_c_fold_is_used_where_it_is_built():
    assert record._fold_blanks is (record._c_fold_blanks or record._py_fold_blanks)
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert record._c_fold_blanks is not None


def _reference_fold(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.mark.parametrize("fold", _FOLDS)
@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t",
        "  Twee  SPATIES ",
        "QUITO (ANP) - Kiezers  in\nEcuador\t",
        "\x1c@[`{AZaz\x1f\x0b",
        "Regels\nen\r\nalinea's\n\n\nen\ttabs\t",
        "een\x0cformfeed en\u2028een regelscheiding",
        "een\x85volgende regel en\u3000ideografisch",  # a wide blank, the widest character
        "\u3000\U0001f600\u2003\u00c9\xa0X",
        "\u00adzacht afbreekteken \u200b",
        "Straße ﬁnale İstanbul ΣΊΣΥΦΟΣ µ \u212a \u0345 ŉ ǰ ΐ ﬃ",  # casefold's special cases
    ],
)
def test_fold_blanks_is_casefold_split_and_join(fold, text):
    assert fold(text) == _reference_fold(text)


def test_no_blank_folds_and_nothing_folds_to_a_blank():
    # what lets the C fold find blanks before the fold, as ``split`` finds them after it
    for c in map(chr, range(sys.maxunicode + 1)):
        assert any(f.isspace() for f in c.casefold()) == c.isspace()
        assert c.isspace() <= (c.casefold() == c)


@pytest.mark.skipif(record._c_fold_blanks is None, reason="parsing._langwalk is not built here")
def test_the_c_fold_folds_every_character_as_casefold():
    c_fold = record._c_fold_blanks
    for c in map(chr, range(sys.maxunicode + 1)):
        assert c_fold(f"A{c}b {c}") == _reference_fold(f"A{c}b {c}")


@settings(max_examples=1000)
@given(
    st.text(alphabet=st.sampled_from(_BLANKS + "aZé\u00ad\u200bİß\ufb01\U0001f600"), max_size=40)
)
def test_the_c_fold_is_its_python_path_for_any_blanks(text):
    for fold in _FOLDS:
        assert fold(text) == _reference_fold(text)


@settings(max_examples=1000)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_the_c_fold_is_its_python_path_for_any_text(text):
    for fold in _FOLDS:
        assert fold(text) == _reference_fold(text)


def test_iso_utc_gives_the_instant_whatever_the_zone():
    amsterdam = ZoneInfo("Europe/Amsterdam")
    # 02:30 on 26 October 2025 happens twice in Amsterdam: first at +02:00, then at +01:00.
    first = datetime(2025, 10, 26, 2, 30, tzinfo=amsterdam)
    second = first.replace(fold=1)
    assert iso_utc(first) == "2025-10-26T00:30:00+00:00"
    assert iso_utc(second) == "2025-10-26T01:30:00+00:00"
    plus_one = datetime(2025, 11, 17, 8, tzinfo=timezone(timedelta(hours=1)))
    assert iso_utc(plus_one) == iso_utc(plus_one.astimezone(UTC)) == "2025-11-17T07:00:00+00:00"
    assert iso_utc(None) is None
