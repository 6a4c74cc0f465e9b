"""``parsing.lang``'s model answers exactly as py3langid's own ``classify``: the same code and
the same float, bit for bit, on both of its paths (the compiled walk, ``parsing/_langwalk.c``,
and numpy's), on texts in every candidate language, every text the tests write, the language
files' words, hostile texts, random ones, the seed page, generated briefs and the shared sets;
and an automaton of another kind is noticed."""

from __future__ import annotations

import ast
import json
import logging
import os
import pickle
import random
import struct
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


@pytest.fixture(scope="module")
def paths(model):
    """Every way the model answers: the one chosen at load, numpy's, and the compiled one
    where it is built (``test_the_compiled_walk_is_chosen_where_it_is_built`` says where)."""
    runs = {"chosen": model.classify, "numpy": lang._numpy_classifier(model)}
    if lang._langwalk is not None:
        runs["compiled"] = lang._compiled_classifier(model)
    return runs


def bits(prob: float) -> bytes:
    return struct.pack("<d", prob)


def same(paths, reference, text) -> None:
    want = reference.classify(text)
    for name, run in paths.items():
        got = run(text)
        assert got[0] == want[0] and bits(got[1]) == bits(want[1]), (name, text[:60], got, want)
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
def test_every_candidate_language_answers_as_py3langid(paths, reference, code):
    for text in cldr_texts(code):
        same(paths, reference, text)


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
    b"",
    b"a",
    b"\x00",
    b"\x00" * 64,
    b"\xc3(\xa0\xa1 \xf0\x28\x8c\x28 \xed\xa0\x80",  # invalid UTF-8 in the middle
    # 1 MB: prose in three languages, and bytes of every value (features counted thousands of
    # times, weights far past those of a sample)
    (
        "Het kabinet neemt een besluit. Le gouvernement décidera. Die Regierung entscheidet. "
        * 12_500
    )[:1_000_000],
    random.Random(15).randbytes(1_000_000),
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_texts_answer_as_py3langid(paths, reference, text):
    same(paths, reference, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_text_answers_as_py3langid(paths, reference, text):
    same(paths, reference, text)


def test_texts_the_tests_write_answer_as_py3langid(paths, reference):
    """Every string the test files hold (the briefs written for them, in every language they
    test) and each language file's words, one by one and together."""
    texts: set[str] = set()
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.add(node.value)
    files = [*(ROOT / "parsing" / "data" / "languages").glob("*.json")]
    files += [*(ROOT / "parsing" / "data" / "cldr").glob("*.json")]
    for path in sorted(files):
        words = list(strings_in(json.loads(path.read_text(encoding="utf-8"))))
        texts.update(words)
        texts.add(" ".join(words))
    assert len(texts) > 5000
    for text in sorted(texts):
        same(paths, reference, text)


def strings_in(data: object):
    """The strings of a language file, keys and values, in the file's order."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)


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


def test_seed_page_and_generated_briefs_answer_as_py3langid(paths, reference):
    from benchmarks.corpus import briefs

    texts = [SEED.read_text(encoding="utf-8"), *briefs(1000, seed=15)]
    samples = samples_of(texts)
    assert len(samples) >= 1000
    for sample in samples:
        same(paths, reference, sample)


def test_shared_sets_answer_as_py3langid(paths, reference):
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
        same(paths, reference, sample)


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
        same({"py3langid's own": fallback.classify}, reference, text)


def test_the_compiled_walk_is_chosen_where_it_is_built(model):
    """Where the extension is built the model answers by it; under CI it must be built, as CI
    measures what users run (``make`` builds it when a C compiler is there)."""
    model.classify("Le ministre a déclaré.")
    built = lang._langwalk is not None
    assert model._run.engine == ("compiled" if built else "numpy")
    if os.environ.get("CI") == "true":
        assert built, f"parsing._langwalk is not built: {lang._NOT_BUILT}"


def test_without_the_compiled_walk_numpy_answers_and_says_so(model, monkeypatch, caplog):
    monkeypatch.setattr(lang, "_langwalk", None)
    monkeypatch.setattr(lang, "_NOT_BUILT", "No module named 'parsing._langwalk'", raising=False)
    with caplog.at_level(logging.INFO, logger="parsing.lang"):
        run = lang._classifier(model)
    assert run.engine == "numpy"
    assert "numpy's walk" in caplog.text and "not built" in caplog.text
    assert run("Le ministre a déclaré.")[0] == "fr"


def falls_back(model, caplog, why: str) -> None:
    """The load chooses numpy's path, warns why, and numpy's path answers."""
    with caplog.at_level(logging.INFO, logger="parsing.lang"):
        run = lang._classifier(model)
    assert run.engine == "numpy"
    assert "the compiled one is not used" in caplog.text and why in caplog.text
    assert run("Le ministre a déclaré.")[0] == "fr"


@pytest.mark.skipif(lang._langwalk is None, reason="parsing._langwalk is not built here")
def test_a_compiled_walk_that_answers_otherwise_is_not_used(model, monkeypatch, caplog):
    """The load's check: a compiled path that disagrees with numpy's on a check text (as a
    changed numpy could make it) is dropped, with a warning."""
    compiled = lang._compiled_classifier

    def bent(model):
        run = compiled(model)
        return lambda text: (run(text)[0], run(text)[1] + 1e-9) if text else run(text)

    monkeypatch.setattr(lang, "_compiled_classifier", bent)
    falls_back(model, caplog, "answers otherwise")


@pytest.mark.skipif(lang._langwalk is None, reason="parsing._langwalk is not built here")
def test_a_compiled_sum_in_another_order_is_noticed_at_load(model, monkeypatch, caplog):
    """The sum of the scores is written out in C in numpy's pairwise order; were numpy to sum
    otherwise, the check texts would rarely show it (one class outweighs the rest), so the load
    compares the sum itself with ``np.add.reduce``: a sum left to right is caught."""
    import numpy as np

    assert lang._sums_as_numpy(len(model.nb_classes))

    def left_to_right(values) -> float:
        total = np.float32(0.0)
        for value in np.asarray(values, dtype=np.float32):
            total = np.float32(total + value)
        return float(total)

    monkeypatch.setattr(lang._langwalk, "add_reduce", left_to_right)
    assert not lang._sums_as_numpy(len(model.nb_classes))
    falls_back(model, caplog, "add.reduce")


@pytest.mark.skipif(lang._langwalk is None, reason="parsing._langwalk is not built here")
def test_a_build_older_than_the_python_side_is_not_used(model, monkeypatch, caplog):
    """A stale build (the C changed, no compiler to rebuild it) that lacks a function the load
    calls falls back to numpy's path, with a warning, instead of failing every text."""
    monkeypatch.delattr(lang._langwalk, "add_reduce")
    falls_back(model, caplog, "add_reduce")


@pytest.mark.skipif(lang._langwalk is None, reason="parsing._langwalk is not built here")
def test_the_compiled_walk_refuses_tables_that_do_not_fit(model):
    """Tables that would send the walk outside them are refused when the scorer is made (an
    error, never a read out of bounds)."""
    import numpy as np

    starts, outputs = model.walk
    ptc, pc, pairs = model.nb_ptc, model.nb_pc, model.alias_pairs
    loops = (np.exp, np.log1p, np.matmul)
    beyond = outputs.copy()
    beyond[-1] = len(ptc)
    unsorted = starts.copy()
    unsorted[[1, 2]] = unsorted[[2, 1]]
    wrong = [
        (starts, beyond, ptc, pc, pairs, *loops),  # a feature past the table
        (unsorted, outputs, ptc, pc, pairs, *loops),  # starts out of order
        (starts, outputs[:-1], ptc, pc, pairs, *loops),  # one output short
        (starts, outputs, ptc, pc[:-1], pairs, *loops),  # a prior short
        (starts, outputs, ptc.astype(np.float64), pc, pairs, *loops),  # not float32
        (starts, outputs, ptc[:, ::2], pc, pairs, *loops),  # not contiguous
        (starts, outputs, ptc, pc, ((0, len(pc)),), *loops),  # an alias past the classes
        (starts, outputs, ptc, pc, pairs, np.exp, np.log1p, len),  # not a ufunc
        (starts, outputs, ptc, pc, pairs, np.exp, np.log1p, np.isnat),  # no float32 loop
    ]
    for args in wrong:
        with pytest.raises((TypeError, ValueError, BufferError)):
            lang._langwalk.Scorer(*args)
    scorer = lang._langwalk.Scorer(starts, outputs, ptc, pc, pairs, *loops)
    with pytest.raises(TypeError):
        scorer.classify("a str, not bytes")


@pytest.mark.skipif(lang._langwalk is None, reason="parsing._langwalk is not built here")
def test_the_compiled_walk_never_reads_or_writes_outside_its_tables(model):
    """A scorer never given its tables (``Scorer.__new__`` alone, or an init that failed) raises
    rather than reading through null pointers; tables written into after the scorer was made
    (it holds them, not copies) cannot send the walk outside its counts: an output past the
    table counts nothing, as a byte that starts no feature."""
    import numpy as np

    scorer_type = lang._langwalk.Scorer
    bare = scorer_type.__new__(scorer_type)
    with pytest.raises(RuntimeError):
        bare.classify(b"Le ministre a declare.")
    failed = scorer_type.__new__(scorer_type)
    starts, outputs = model.walk
    with pytest.raises(ValueError):
        failed.__init__(
            starts, outputs[:-1], model.nb_ptc, model.nb_pc, (), np.exp, np.log1p, np.matmul
        )
    with pytest.raises(RuntimeError):
        failed.classify(b"Le ministre a declare.")

    loops = (np.exp, np.log1p, np.matmul)
    kept = outputs.copy()
    scorer = scorer_type(starts, kept, model.nb_ptc, model.nb_pc, model.alias_pairs, *loops)
    featureless = scorer.classify(b"\x00\x00\x00")  # no node has a zero byte
    assert scorer.classify(b"Le ministre a declare.") != featureless
    kept[kept >= 0] = len(model.nb_ptc) + 1_000_000
    assert scorer.classify(b"Le ministre a declare.") == featureless
