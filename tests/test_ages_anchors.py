"""``ages_in`` with no language finds every language's anchors by one automaton pass
(``timeparse._anchor_spans``) and gives exactly what one ``finditer`` per anchor's pattern gave:
the same markers, in the same order, on every text the tests write, each language's own forms
with every blank ``_BL`` allows, generated briefs, the seed page, the shared sets and random
texts, with the language given (one ``finditer`` per anchor, as before) and without."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import timeparse as tp

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "sample" / "anp-buitenland.txt"
SHARED = ROOT.parent / "shared" / "data"


def reference(text: str, lang: str | None = None, strict: bool = False) -> list[tp.AgeMatch]:
    """``iter_ages`` as it was: each plan's anchor found by its own pattern's ``finditer``."""
    langs = (lang,) if lang in tp._AGE_RES else tp.AGE_LANGS
    lowered: str | None = text.lower()
    if len(lowered) != len(text):
        lowered = None
    n = len(text)
    found: list[tp.AgeMatch] = []
    for lg in langs:
        for word, _, rx, kind, before, after in tp._PLANS[lg]:
            if lowered is None:
                windows = [(0, n)]
            else:
                anchor = re.compile(re.escape(word).replace(r"\ ", tp._BL))
                windows = [
                    (max(0, m.start() - before), min(n, m.end() + after))
                    for m in anchor.finditer(lowered)
                ]
            for lo, hi in windows:
                for m in rx.finditer(text, lo, hi):
                    am = tp._match_for(m, lg, kind, text)
                    if am is not None and (kind == "relative" or am.standalone):
                        found.append(am)
    if strict:
        found = [m for m in found if m.standalone]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out, last_end = [], -1
    for m in found:
        if m.start >= last_end:
            last_end = m.end
            out.append(m)
    return out


def same(text: str, langs: tuple[str | None, ...] = (None,)) -> int:
    """Assert both ways agree on ``text`` for each language asked; how many markers they found."""
    n = 0
    for lang in langs:
        for strict in (False, True):
            got = tp.ages_in(text, lang, strict=strict)
            assert got == reference(text, lang, strict), (text[:80], lang, strict)
            n += len(got)
    return n


def test_anchor_words_hold_no_blank_but_the_space():
    # the text's other blanks are made spaces before the pass: a word holding one would be missed
    for lang, plans in tp._PLANS.items():
        for word, *_ in plans:
            assert word and word == word.strip(), (lang, word)
            assert not any(b in word for b in tp._OTHER_BLANKS), (lang, word)
            assert word == word.lower(), (lang, word)


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("ago", ["ago"]),
        ("i går", ["i går", "i  går", "i   går"]),
        ("il y a", [f"il{' ' * a}y{' ' * b}a" for a in (1, 2, 3) for b in (1, 2, 3)]),
    ],
)
def test_anchor_forms_are_the_blanks_bl_allows(word, forms):
    assert tp._anchor_forms(word) == forms
    rx = re.compile(re.escape(word).replace(r"\ ", tp._BL))
    assert all(rx.fullmatch(f) for f in forms)
    assert (" " in word) != bool(rx.fullmatch(word.replace(" ", "    ")))


def lang_texts(lang: str) -> list[str]:
    """Each language's own forms, in prose and on their own line, with every blank ``_BL``
    allows and some it does not, glued to a capital, repeated, overlapping."""
    out: list[str] = []
    units = list(tp.AGE_UNITS[lang])
    days = list(tp.DAY_WORDS[lang])
    for tpl in tp.AGE_TEMPLATES[lang]:
        for unit in units:
            marker = tpl.replace("{n}", "3").replace("{u}", unit)
            bare = tpl.replace("{n} ", "").replace("{n}", "").replace("{u}", unit)
            for m in (marker, bare):
                for blank in (" ", "  ", "   ", "    ", "\t", "\u00a0", "\u202f", " \t"):
                    spaced = m.replace(" ", blank)
                    out.append(f"{spaced}\nQUITO (ANP) - Tekst.")
                    out.append(f"Iets {spaced} gebeurd, en {spaced.upper()}LONDEN")
    for day in days:
        for blank in (" ", "  ", "\t", "\u00a0", "    "):
            spaced = day.replace(" ", blank)
            out.append(f"{spaced} 14:32\nROMA - Testo.")
            out.append(f"{spaced.upper()}\n{spaced} {spaced}, {spaced}")
    out.append(" ".join(out[:40]))
    return out


@pytest.mark.parametrize("lang", tp.AGE_LANGS)
def test_each_languages_forms_as_before(lang):
    found = sum(same(text, (lang, None)) for text in lang_texts(lang))
    assert found > 10  # the forms are read, not only agreed on as absent


def test_texts_the_tests_write_as_before():
    texts: set[str] = set()
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.add(node.value)
    assert len(texts) > 5000
    found = sum(same(text) for text in sorted(texts))
    assert found > 100


def test_seed_page_and_generated_briefs_as_before():
    from benchmarks.corpus import briefs

    texts = [SEED.read_text(encoding="utf-8"), *briefs(600, seed=15)]
    found = sum(same(text, (None, "nl", "en")) for text in texts)
    assert found > 20


def test_shared_sets_as_before():
    files = [
        *sorted((SHARED / "wire").glob("*.jsonl")),
        *sorted((SHARED / "geoparse").glob("*.jsonl")),
    ]
    if not files:
        pytest.skip("the shared sets are not beside this repository")
    items = [json.loads(line) for path in files for line in path.open(encoding="utf-8")]
    texts = [(item["text"], item.get("lang")) for item in items if item.get("text")]
    assert len(texts) > 500
    for text, lang in texts:
        same(text, (None, lang) if lang else (None,))


_LETTERS = sorted({c for plans in tp._PLANS.values() for word, *_ in plans for c in word})


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(
            [w for plans in tp._PLANS.values() for w, *_ in plans]
            + ["3", "12", " ", "  ", "\t", "\u00a0", "\n", "İ", "QUITO", "a", ",", "-"]
            + _LETTERS
        ),
        max_size=30,
    )
)
def test_random_texts_of_anchor_words_and_blanks_as_before(parts):
    same("".join(parts), (None, "en", "da", "fr"))


def finditer_spans(text: str, langs: tuple[str, ...]) -> dict[int, list[tuple[int, int]]]:
    """Plan id -> the spans each anchor's own pattern finds (what ``_anchor_spans`` replaces)."""
    out: dict[int, list[tuple[int, int]]] = {}
    n = 0
    for lg in langs:
        for word, *_ in tp._PLANS[lg]:
            anchor = re.compile(re.escape(word).replace(r"\ ", tp._BL))
            spans = [m.span() for m in anchor.finditer(text)]
            if spans:
                out[n] = spans
            n += 1
    return out


@pytest.mark.parametrize(
    "text",
    [
        "ierieri",
        "ieri ierieri",
        "i går  i går i\tgåri går",
        "il y  a il\u00a0y\u202fa",
        "forgårsgårs",
    ],
)
def test_anchor_spans_are_finditers_own(text):
    # an anchor that overlaps itself ("ierieri") is found where finditer finds it, once
    auto, _ = tp._anchors(tp.AGE_LANGS)
    assert tp._anchor_spans(text, auto) == finditer_spans(text, tp.AGE_LANGS)


@given(st.lists(st.sampled_from(["ieri", "i", "er", "går", " ", "  ", "\t", "il", "y", "a"])))
def test_anchor_spans_are_finditers_own_for_random_texts(parts):
    text = "".join(parts)
    auto, _ = tp._anchors(tp.AGE_LANGS)
    assert tp._anchor_spans(text, auto) == finditer_spans(text, tp.AGE_LANGS)


def test_every_anchor_holds_one_of_its_languages_needles():
    # ``ages_in`` skips a language none of whose needles the lower-cased text holds: sound
    # only if each anchor (so each match of its pattern) holds one of them
    for lang, plans in tp._PLANS.items():
        for word, *_ in plans:
            assert any(needle in word for needle in tp._NEEDLES[lang]), (lang, word)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("vor 2 Stunden", "de"),
        ("Vorstand VOR 3 Std.", "de"),
        ("gestern", "de"),
        ("Der Bus fährt.", "de"),
        ("i  går\n", "sv"),
        ("igår\nSTOCKHOLM", "sv"),
        ("il\u00a0y a 2 heures", "fr"),
        ("2 hours ago", "en"),
        ("YESTERDAY\nLONDON (Reuters) -", "en"),
        ("", "en"),
    ],
)
def test_a_language_without_its_needles_finds_what_it_found(text, lang):
    same(text, (lang,))
