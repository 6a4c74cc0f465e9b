"""``parsing.lang``'s model answers exactly as py3langid's own ``classify``: the same code and
the same float (``==``), on texts in every candidate language, hostile texts, random ones, the
seed page, generated briefs and the shared sets; and an automaton of another kind is noticed."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsing import lang

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "sample" / "anp-buitenland.txt"
SHARED = ROOT.parent / "shared" / "data"
# Babel's name for the candidates whose CLDR locale is named otherwise
LOCALES = {"no": "nb", "tl": "fil"}


@pytest.fixture(scope="module")
def reference():
    """py3langid's own identifier, restricted to the candidates, with probabilities."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(lang.CANDIDATES)
    return model


@pytest.fixture(scope="module")
def model():
    return lang._model()


def same(model, reference, text) -> None:
    want = reference.classify(text)
    got = model.classify(text)
    assert got == want, (text[:60], got, want)
    assert type(got[1]) is float and type(got[0]) is str


def cldr_texts(code: str) -> list[str]:
    """Text in the candidate's language from CLDR (Babel): months, weekdays, regions."""
    from babel import Locale

    locale = Locale.parse(LOCALES.get(code, code))
    months = " ".join(locale.months["format"]["wide"].values())
    days = " ".join(locale.days["format"]["wide"].values())
    regions = ", ".join(list(locale.territories.values())[:40])
    return [months, days, regions, f"{days} {months}"[:80], regions.upper()]


@pytest.mark.parametrize("code", lang.CANDIDATES + ("sr_Latn",))
def test_every_candidate_language_answers_as_py3langid(model, reference, code):
    for text in cldr_texts(code):
        same(model, reference, text)


HOSTILE = [
    "",
    " ",
    "1234567890",
    "a",
    "é",
    "\x00",
    "\x00\x00abc\x00",
    "ÉÉN TWEE DRIE",  # capitals: py3langid reads them in small letters
    "ŁÓDŹ",
    "\ud800",  # lone surrogates: py3langid encodes them as they are
    "abc \udfff def \ud83d",
    "Москва 東京 Paris القاهرة Αθήνα 서울 ทดสอบ",
    "e\u0301te\u0301",  # decomposed: NFC first
    "🙂" * 50,
    "\uffff\ufffe",
    "x" * 100_000,
    "De minister zei dat het kabinet volgende week een besluit neemt. " * 1600,  # 100 kB
    b"bytes: De minister zei het.",
    b"\xff\xfe invalid utf-8 \xc3",
    b"\xe2\x82",  # a cut-short character
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_texts_answer_as_py3langid(model, reference, text):
    same(model, reference, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_text_answers_as_py3langid(model, reference, text):
    same(model, reference, text)


def samples_of(texts) -> list[str]:
    """The samples ``parsing.lang`` hands the model for these texts (start, middle, end of a
    long one), as ``detect_lang`` takes them."""
    asked: list[str] = []
    original = lang._classify
    lang.clear_cache()
    try:
        lang._classify = lambda sample: asked.append(sample) or (None, 0.0)
        for text in texts:
            lang.lang_guess(text)
    finally:
        lang._classify = original
    return asked


def test_seed_page_and_generated_briefs_answer_as_py3langid(model, reference):
    from benchmarks.corpus import briefs

    texts = [SEED.read_text(encoding="utf-8"), *briefs(1000, seed=15)]
    samples = samples_of(texts)
    assert len(samples) >= 1000
    for sample in samples:
        same(model, reference, sample)


def test_shared_sets_answer_as_py3langid(model, reference):
    files = [
        *sorted((SHARED / "wire").glob("*.jsonl")),
        *sorted((SHARED / "geoparse").glob("*.jsonl")),
    ]
    if not files:
        pytest.skip("the shared sets are not beside this repository")
    texts = [
        t
        for path in files
        for line in path.open(encoding="utf-8")
        if (t := json.loads(line).get("text"))
    ]
    samples = samples_of(texts)
    assert len(samples) >= len(texts)
    for sample in samples:
        same(model, reference, sample)


def test_the_model_is_kept_and_read_back_whole(model):
    again = pickle.loads(pickle.dumps(model))
    assert again.classify("Le ministre a déclaré que le gouvernement décidera.") == model.classify(
        "Le ministre a déclaré que le gouvernement décidera."
    )
    starts, outputs = again.walk
    assert starts.dtype.name == "uint64" and outputs.dtype.name == "int32"
    assert len(outputs) == len(starts) + 1 and (starts[1:] > starts[:-1]).all()


def test_an_automaton_of_another_kind_is_noticed_and_its_walk_used(reference, monkeypatch):
    """The table is built only from an automaton that is the Aho-Corasick automaton of its
    nodes; one changed transition, and py3langid's own walk answers (the same answers)."""
    from array import array

    import numpy as np

    nextmove, row, output = reference.tk_nextmove, reference.tk_row, reference.tk_output
    assert lang._walk_table(nextmove, row, output) is not None
    table = np.asarray(nextmove).reshape(-1, 256)
    # a state's move on "e" sent elsewhere than where the longest suffix leads
    state = int(table[row[0], ord("t")])
    bent = np.array(table)
    target = int(bent[row[state], ord("e")])
    bent[row[state], ord("e")] = 0 if target else 1
    bent_moves = array(nextmove.typecode, bent.ravel().tobytes())
    assert lang._walk_table(bent_moves, row, output) is None
    # a node reached from the root on two bytes: no trie
    zero = np.array(table)
    zero[row[0], 0] = int(table[row[0], ord("a")])
    assert lang._walk_table(array(nextmove.typecode, zero.ravel().tobytes()), row, output) is None

    monkeypatch.setattr(lang, "_walk_table", lambda *tables: None)
    fallback = lang._build_model()
    assert not isinstance(fallback, lang.Model) and lang._is_model(fallback)
    for text in ["The minister said on Tuesday.", "", "1234", "Москва", "\ud800"]:
        same(fallback, reference, text)
