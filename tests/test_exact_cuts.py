"""Cheaper ways to the same answers (issue 15): each cut is compared with the way it replaces on
the dateline tables' rows and look-alikes, generated briefs, briefs written here and random text
made of the characters the rules look at."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import briefs
from parsing import repair as repair_mod

TABLES = [f"test_dateline_styles{n}" for n in ("", "_2", "_3", "_4", "_5", "_6", "_7")]


def _table_texts() -> list[str]:
    texts = []
    for name in TABLES:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        for rows in (getattr(mod, "STYLES", []), getattr(mod, "LOOK_ALIKES", [])):
            texts.extend(row[0] for row in rows if isinstance(row[0], str))
    return texts


TABLE_TEXTS = _table_texts()
GENERATED = list(briefs(300, 15))


SPACED = [
    "BERLIN\u00a0(dpa) -\u202fDie Regierung tagte.",
    "PARIS,\u20095\u00a0déc.\u3000(AFP) — Le gouvernement\u2007a annoncé 12\u202f000 postes.",
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000\u00a0\u202f",
    "no wide space here, but a zero\u200bwidth one and a soft\u00adhyphen",
]


@pytest.mark.parametrize("text", TABLE_TEXTS + GENERATED + SPACED)
def test_spaces_are_made_as_the_table_made_them(text):
    table = str.maketrans(dict.fromkeys(repair_mod._WIDE, " "))
    assert repair_mod._as_spaces(text) == text.translate(table)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=repair_mod._WIDE + "Aé \u200b\u2028-", max_size=40))
def test_spaces_are_made_as_the_table_made_them_on_random_text(text):
    table = str.maketrans(dict.fromkeys(repair_mod._WIDE, " "))
    assert repair_mod._as_spaces(text) == text.translate(table)
