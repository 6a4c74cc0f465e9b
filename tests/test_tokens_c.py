"""``geo.mentions.tokenize`` in C (``parsing._langwalk.tokens`` and ``gap_words``) and its Python
path (``_py_tokenize``, the regular expression ``_GAP_WORD``): the same tokens, bit for bit, on
a table, on every character, on generated briefs and on any text."""

from __future__ import annotations

import copy
import os
import pickle
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geo.mentions as mentions
from benchmarks.corpus import briefs

C_BUILT = mentions._c_tokens is not None
needs_c = pytest.mark.skipif(not C_BUILT, reason="parsing._langwalk is not built here")

# (text, [(word as written, cap, sentence, joined)]): briefs in the styles of the copy
TABLE = [
    ("", []),
    ("--- |||", []),
    ("Paris ---|||...", [("Paris", True, True, False)]),
    ("WASHINGTON (AP) — The U.S. Senate met.", [
        ("WASHINGTON", True, True, False), ("AP", True, True, False),
        ("The", True, True, False), ("U.S.", True, False, True),
        ("Senate", True, False, True), ("met", False, False, True),
    ]),
    ("Gerald R. Ford and St. Louis, Mo., on Monday", [
        ("Gerald", True, True, False), ("R", True, False, True), ("Ford", True, False, True),
        ("and", False, False, True), ("St", True, False, True), ("Louis", True, False, True),
        ("Mo", True, False, False), ("on", False, True, False), ("Monday", True, False, True),
    ]),
    ("Jordan's king in l'Italia, dell’Emilia and d'Anegada", [  # the possessive in the gap
        ("Jordan", True, True, False), ("king", False, False, False),
        ("in", False, False, True), ("Italia", True, False, False),
        ("Emilia", True, False, False), ("and", False, False, True),
        ("Anegada", True, False, False),
    ]),
    ("Nieuw-Delhi\n\nBe'er-Sheva\tKÖLN «Zürich» 2026.", [
        ("Nieuw-Delhi", True, True, False), ("Be'er-Sheva", True, True, False),
        ("KÖLN", True, False, True), ("Zürich", True, True, False),
        ("2026", False, True, False),
    ]),
    ("U.S.A. W.Va.-based 12.5 x.y.z", [
        ("U.S.A.", True, True, False), ("W", True, False, True), ("Va", True, False, False),
        ("based", False, True, False), ("12", False, False, True), ("5", False, True, False),
        ("x.y.", False, False, True), ("z", False, False, True),
    ]),
]  # fmt: skip

PATHS = [mentions._py_tokenize] + ([mentions.tokenize] if C_BUILT else [])


@pytest.mark.parametrize("tokenize", PATHS)
@pytest.mark.parametrize("text,words", TABLE)
def test_both_paths_give_the_table(tokenize, text, words):
    toks = tokenize(text)
    assert [(text[t.start : t.end], t.cap, t.sentence, t.joined) for t in toks] == words
    assert all(type(t) is mentions.Token for t in toks)


def test_the_c_path_is_used_where_it_is_built():
    assert (mentions._c_tokens is not None) == hasattr(mentions._langwalk, "tokens")
    if os.environ.get("CI") == "true":  # CI measures what users run: make builds the C
        assert C_BUILT


def _same(text: str) -> None:
    c = mentions.tokenize(text)
    assert c == mentions._py_tokenize(text)
    assert [type(t) for t in c] == [mentions.Token] * len(c)
    assert mentions._langwalk.gap_words(text) == mentions._py_gap_words(text)


@needs_c
def test_every_character_reads_as_the_regex_reads_it():
    # each character as a word, inside one, after an initial's stop, after a hyphen and an
    # apostrophe, and as a gap: the engine's classes (letter, digit, other) are the C's
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for k in range(0, len(chars), 512):
        block = chars[k : k + 512]
        text = " ".join(f"{c}.{c}.x{c}-{c}'{c} A{c}{c}" for c in block)
        assert mentions._langwalk.gap_words(text) == mentions._py_gap_words(text)
        _same("".join(block) + "a")


@needs_c
def test_generated_briefs_read_alike():
    for text in briefs(400, 3):
        _same(text)


@needs_c
def test_the_word_memo_cleared_or_full_gives_the_same_tokens(monkeypatch):
    text = "Jordan's KÖLN l'Italia, St. Louis and U.S. troops"
    mentions._WORD_INFO.clear()
    _same(text)
    monkeypatch.setattr(mentions, "CACHE_SIZE", 2)  # the memo cleared at nearly every word
    mentions._WORD_INFO.clear()
    _same(text)
    _same(text)


_PIECES = st.sampled_from(
    ["a", "Z", "é", "1", "²", "_", " ", ".", "-", "'", "’", "\n", "\t", ",", "(", "U.S.",
     "St. ", "R. ", "l'I", "dell’E", "Jordan's", "X'S", "\u0301", "ǅ", "İ", "«", '"', "\U0001f600",
     "ſ", "qu'A", "\xa0", ":", "  .  "]
)  # fmt: skip


@needs_c
@settings(max_examples=1000)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_the_c_path_is_the_python_path_for_copy_like_text(text):
    _same(text)


@needs_c
@settings(max_examples=500)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_the_c_path_is_the_python_path_for_any_text(text):
    _same(text)


@needs_c
def test_a_memo_entry_is_held_while_python_code_clears_the_memo():
    # the memo's entry for "Paris" is its only holder; reading the cap's truth clears the memo:
    # the C path must hold the entry, not borrow it (a freed key read after, under a borrow)
    info: dict = {}

    class Clearing:
        def __bool__(self):
            info.clear()
            return True

    for _ in range(3):
        info["Paris"] = ("".join(["pa", "ris"]), Clearing(), False)
        toks = mentions._langwalk.tokens("Paris", mentions.Token, info, None, mentions._elided)
        assert [(t.start, t.end, t.key, t.upper) for t in toks] == [(0, 5, "paris", False)]
        assert type(toks[0].cap).__name__ == "Clearing"
        assert info == {}


@needs_c
@pytest.mark.parametrize("token", [int, dict, str])
def test_the_token_type_must_be_a_tuple(token):
    with pytest.raises(TypeError):
        mentions._langwalk.tokens("Paris", token, {}, mentions._word_info, mentions._elided)


# --- Token's fields read by name in C (``parsing._langwalk.Fields``, Token's base) ---------------
FIELD_TABLE = [
    "WASHINGTON (AP) — The U.S. Senate met.",
    "Gerald R. Ford and St. Louis, Mo., on Monday",
    "Jordan's king in l'Italia, dell’Emilia and d'Anegada",
    "Nieuw-Delhi\n\nBe'er-Sheva\tKÖLN «Zürich» 2026.",
    "LJUBLJANA, 7. decembra (STA) - V Novem mestu so v ponedeljek odprli most.",
]


def test_token_is_the_fields_tuple_where_c_is_built():
    assert mentions._PyToken.__bases__ == (tuple,)
    if mentions._Fields is None:  # no C: the plain named tuple
        assert mentions.Token is mentions._PyToken
        return
    assert mentions._langwalk.FIELDS == mentions._PyToken._fields == mentions.Token._fields
    assert mentions.Token.__mro__[1:] == (mentions._Fields, tuple, object)
    if os.environ.get("CI") == "true":
        assert mentions.Token is not mentions._PyToken


@pytest.mark.parametrize("text", FIELD_TABLE + list(briefs(60, 5)))
def test_every_field_reads_as_the_plain_named_tuple_reads_it(text):
    fields = mentions._PyToken._fields
    for t in mentions.tokenize(text) + mentions._py_tokenize(text):
        plain = mentions._PyToken(*t)
        assert [getattr(t, f) for f in fields] == [getattr(plain, f) for f in fields] == list(t)
        assert (t.start, t.end, t.key, t.cap, t.upper, t.sentence, t.joined) == tuple(plain)
        # a name built at run time (not the interned one) and the class's other attributes
        assert getattr(t, "".join(["ca", "p"])) is plain.cap
        assert t._asdict() == plain._asdict()
        assert repr(t) == repr(plain)
        assert t._replace(cap=not t.cap) == plain._replace(cap=not plain.cap)
        assert t.count(t.key) == plain.count(plain.key) and t.index(t.end) == plain.index(plain.end)


def test_a_token_keeps_the_named_tuple_s_manners():
    t = mentions.Token(0, 5, "paris", True, False, True, False)
    assert (t.key, t.cap, t.joined) == ("paris", True, False)
    assert mentions.Token._make(list(t)) == t == (0, 5, "paris", True, False, True, False)
    assert not hasattr(t, "__dict__")
    with pytest.raises(AttributeError):
        t.cap = False
    with pytest.raises(AttributeError):
        t.no_such_field  # noqa: B018
    import pickle

    back = pickle.loads(pickle.dumps(t))
    assert back == t and type(back) is mentions.Token


@needs_c
def test_a_fields_tuple_of_another_length_reads_the_generic_way():
    short = mentions._Fields((1, 2))
    assert short == (1, 2) and short.count(1) == 1
    with pytest.raises(AttributeError):
        short.key  # noqa: B018
    full = mentions._Fields(range(7))  # the base alone: its fields by position
    assert [getattr(full, f) for f in mentions._langwalk.FIELDS] == list(range(7))


def test_mentions_are_the_same_with_the_plain_named_tuple(monkeypatch):
    from geo.mentions import find_mentions

    texts = FIELD_TABLE + list(briefs(40, 9))
    got = [find_mentions(t, "en") for t in texts]
    monkeypatch.setattr(mentions, "Token", mentions._PyToken)
    monkeypatch.setattr(mentions, "_c_tokens", None)  # the fallback: Python's tokens, plain tuple
    toks = mentions.tokenize(texts[0])
    assert toks and [type(t) for t in toks] == [mentions._PyToken] * len(toks)
    assert [find_mentions(t, "en") for t in texts] == got


# --- review40: pickle at every protocol, classes made on Token, names of every kind ---------------
ARGS = (3, 9, "ljubljana", True, False, False, True)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_token_pickles_at_every_protocol_as_a_token(protocol):
    t = mentions.Token(*ARGS)
    back = pickle.loads(pickle.dumps(t, protocol))
    assert type(back) is mentions.Token and back == t and back.joined is True
    if mentions._Fields is not None:  # the base alone pickles as itself
        f = mentions._Fields(ARGS)
        back = pickle.loads(pickle.dumps(f, protocol))
        assert type(back) is mentions._Fields and back == f and back.key == "ljubljana"


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy])
def test_a_token_copies_as_a_token(clone):
    t = mentions.Token(*ARGS)
    assert type(clone(t)) is mentions.Token and clone(t) == t


def _made_on(base):
    class Own(base):  # a class made on Token that names attributes as Token's fields
        __slots__ = ()
        key = "own key"

        @property
        def cap(self):
            return "own cap"

    class Plain(base):
        __slots__ = ()

    return Own, Plain


# (attribute, what Own reads, what Plain reads): both as the plain named tuple's classes read them
MADE_ON_TABLE = [
    ("key", "own key", "ljubljana"),
    ("cap", "own cap", True),
    ("joined", True, True),
    ("start", 3, 3),
    ("sentence", False, False),
]


@pytest.mark.parametrize(("name", "own", "plain"), MADE_ON_TABLE)
def test_a_class_made_on_token_reads_its_own_attributes(name, own, plain):
    for base in (mentions.Token, mentions._PyToken):
        Own, Plain = _made_on(base)
        assert getattr(Own(*ARGS), name) == own
        assert getattr(Plain(*ARGS), name) == plain


class _Name(str):
    pass


# names of every kind: built at run time (equal, not the interned one), a str subclass, not a str
NAME_TABLE = [
    ("".join(["ke", "y"]), "ljubljana"),
    ("c" + "ap", True),
    (_Name("joined"), True),
    (_Name("end"), 9),
    ("".join(["up", "per"]), False),
    ("cap ", AttributeError),
    ("Cap", AttributeError),
    (_Name("nothing"), AttributeError),
    (b"cap", TypeError),
    (3, TypeError),
]


@pytest.mark.parametrize(("name", "want"), NAME_TABLE)
def test_every_kind_of_name_reads_as_the_plain_named_tuple(name, want):
    for t in (mentions.Token(*ARGS), mentions._PyToken(*ARGS)):
        if isinstance(want, type) and issubclass(want, Exception):
            with pytest.raises(want):
                getattr(t, name)
        else:
            assert getattr(t, name) == want
