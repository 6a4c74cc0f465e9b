"""``geo.resolve``'s capitalised words (``_places_in``): the C scan (``parsing._langwalk``,
``capitalised``) gives what the pattern's own ``findall`` gives, on a table of briefs written in
the copy's styles, on every code point in the places the pattern reads, and on generated text."""

from __future__ import annotations

import os
import random

import pytest

from geo import resolve

_WAYS = [resolve._CAPITALISED.findall] + (
    [resolve._c_capitalised] if resolve._c_capitalised is not None else []
)

# (text, the words expected)
CASES = [
    ("", []),
    ("no capital here at all", []),
    ("ATLANTA (AP) — Police in Atlanta said", ["ATLANTA", "AP", "Police", "Atlanta"]),
    ("near Red Bank Road in New Jersey", ["Red Bank", "Road", "New Jersey"]),
    ("Officials in São Paulo and Île-de-France", ["Officials", "São Paulo", "Île-de-France"]),
    ("O'Brien told Reuters’ desk", ["O'Brien", "Reuters’"]),
    ("ÉVORA, 3 mai (Lusa) - A Câmara", ["ÉVORA", "Lusa", "A Câmara"]),
    ("a×Bc and ×Z: the sign opens none", ["Bc", "Z"]),
    ("two  Spaces Apart", ["Spaces Apart"]),
    ("Wien\u00a0Mitte and Graz\nLinz", ["Wien", "Mitte", "Graz", "Linz"]),
    ("Under_score 12th Street", ["Under_score", "Street"]),
    ("iPhone maker McDonald’s", ["Phone", "McDonald’s"]),
]


def _way(k: int):
    return _WAYS[min(k, len(_WAYS) - 1)]


@pytest.mark.parametrize("way", range(2))
@pytest.mark.parametrize(("text", "words"), CASES)
def test_capitalised_words_on_a_table(way, text, words):
    assert _way(way)(text) == words


def test_the_scan_is_the_c_one_where_it_is_built():
    # ``==``: without the C, each ``_CAPITALISED.findall`` is a new bound method (``is`` fails)
    assert resolve._capitalised == (resolve._c_capitalised or resolve._CAPITALISED.findall)
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert resolve._capitalised is resolve._c_capitalised is not None


@pytest.mark.skipif(resolve._c_capitalised is None, reason="parsing._langwalk is not built here")
def test_the_c_scan_reads_every_code_point_as_the_pattern_does():
    c_scan, findall = resolve._c_capitalised, resolve._CAPITALISED.findall
    for k in range(0x3000):  # Latin, its marks, Greek, Cyrillic and punctuation
        ch = chr(k)
        for text in (f"A{ch}b {ch}", ch, f"x {ch}B{ch} C{ch}", f"Ab{ch} Cd"):
            assert c_scan(text) == findall(text), hex(k)
    for ch in ("\U0001d400", "\ud800", "\u4e00", "\uff21"):
        assert c_scan(f"A{ch} B{ch}") == findall(f"A{ch} B{ch}")


@pytest.mark.skipif(resolve._c_capitalised is None, reason="parsing._langwalk is not built here")
def test_the_c_scan_on_generated_text():
    rnd = random.Random(15)
    pool = list("AZaz09 _-'’\n\t.,ÀÖØÞ×ßàé") + ["\u0301", "\u0660", "\u4e00", "\U0001d400"]
    for _ in range(20_000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40)))
        assert resolve._c_capitalised(text) == resolve._CAPITALISED.findall(text), repr(text)
    with pytest.raises(TypeError):
        resolve._c_capitalised(b"Bytes")
