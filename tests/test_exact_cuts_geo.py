"""Cheaper ways to the same answers in ``geo`` (issue 15): each cut is compared with the way it
replaces, on briefs written here in the styles of the copy, generated briefs and random text."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from benchmarks.corpus import briefs
from geo import gazetteer, geodata
from geo.focus import _SENTENCE, _WORDS, lead_end
from geo.mentions import (
    BIG_REGION_POP,
    CITY,
    COUNTRY,
    FREE,
    NEEDS_COUNTRY,
    REGION,
    SUBREGION,
    _all_below,
    _all_cities,
    _all_upper,
    _free_land,
    _in_title_case,
    _lang_key,
    _needs_one_of,
    _overlaps,
    _qualifies,
    _written_in,
    area_named,
    areas,
    get_index,
    tokenize,
)
from geo.resolve import Resolver
from parsing.variety import COUNTRIES as VARIETY_COUNTRIES

GENERATED = list(briefs(300, 15))

# region abbreviations written every way the rules read them, and look-alikes that are none
WRITTEN = [
    "Amy Booth, of Fowlerville, Mich., will attend the hearing on Monday.",
    "A man from Fowlerville, Mich., drove to Chapin, S.C., and W.Va. on Monday.",
    "Police in London, Ont., said a man was arrested near the river.",
    "Two men from London (Ont.) were hurt when the roof fell.",
    "A fire in Delta, B.C., destroyed a barn; the owners were away.",
    "The plant in Albany, WA, closed on Friday after a strike.",
    "Crews in Hobart, Tas., and Darwin, NT, left for the coast.",
    "The mayor of Moncton, N.B., spoke to reporters on Tuesday.",
    "Western Mass. stargazers saw the comet; a Ga. pastor prayed.",
    "Miss. Smith and Ind. Jones met the Man. United squad.",
    "The temple was built around 500 B.C. near Rome.",
    "B.C. Hydro raised its rates in Vancouver.",
    "Johannesburg, SA, was hit by power cuts on Sunday.",
    "Flights from Seattle, WA, to Vancouver were cancelled.",
    "The SA team and the ACT party met in Sydney (NSW) on Friday.",
    "USA TODAY reported from WASHINGTON on the vote.",
    "Perth, WA. The state premier said the port would reopen.",
    "A GA. FIRE: crews in N.Y. and Conn. were sent north.",
    "He moved to Tulsa, Okla., then to Austin (Texas) and Reno, Nev.",
    "El alcalde de Monterrey, N.L., habló en la CDMX con el de Edomex.",
]


@pytest.fixture(scope="module")
def index():
    return get_index(Resolver(gazetteer.load()))


def _random_texts(n: int, seed: int = 27) -> list[str]:
    """Texts of the characters the abbreviation rules read: capitals, dots, commas, brackets,
    blanks, and pieces of real abbreviations."""
    rng = random.Random(seed)
    pieces = [
        "Mich.", "N.Y.", "W.Va.", "Ont.", "WA", "SA", "NT", "B.C.", "Ga.", "Mass.", "USA",
        "Perth", "London", "Seattle", "the", "a", ",", ", ", "(", ")", ".", " ", " ", " ",
        "Tas.", "ACT", "N.", "Va.", "Man.", "stargazers", "Smith", "2", "\n",
        "N.Y.C.", "W. Va.", "Jordan's", "l'", "U.S.", "Méx.", "D.C.", "B.C.S.", "St.", "-",
        "P.E.I.", "Ky", "La", "Del.", "Col.", "'s",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _abbreviation_words(index) -> set[str]:
    """What main's gate looked for anywhere in a text before reading its words: each
    abbreviation as written, another country's only after ", " or "("."""
    return {
        f"{before}{a}" if a in geodata.REGION_ABBREVIATIONS_QUALIFIER else a
        for a in index._abbr_region
        for before in (", ", "(")
    }


def _starts(index, toks) -> list[int]:
    """``_scan``'s starts: the capitalised words and the first words of lower-case areas."""
    return [i for i, t in enumerate(toks) if t.cap or t.key.partition(" ")[0] in index.lower_starts]


class _EveryWord:
    """A set that holds every word: ``_abbr_keys`` so, no word is passed over, as on main."""

    def __contains__(self, word: object) -> bool:
        return True


def test_abbreviations_at_the_starts_are_main_s_gated_reading(index, monkeypatch):
    """The abbreviations read at ``_scan``'s starts only, at the words that open one and with
    no search of the whole text first, are main's: those read at every word (none passed
    over for its key) once that search found one written, else none."""
    words = _abbreviation_words(index)
    texts = WRITTEN + GENERATED + _random_texts(3000)
    found = 0
    for text in texts:
        toks = tokenize(text)
        got = index._abbreviations(text, toks, _starts(index, toks))
        seen = any(w in text for w in words)
        with monkeypatch.context() as m:
            m.setattr(index, "_abbr_keys", _EveryWord())
            want = index._abbreviations(text, toks) if seen else {}
        assert got == want, text
        found += bool(got)
    assert found >= 40  # the table and the random texts do hold abbreviations


@pytest.mark.parametrize("before", ["", "Fargo, ", "Fargo (", "a ", "l'", "Fargo-", "\n"])
@pytest.mark.parametrize("after", ["", " ", ", ", ".", ") fire", " stargazers", "-based"])
def test_every_abbreviation_opens_at_a_word_of_its_keys(index, before, after):
    """What passing over a word by its key rests on: a word that begins where an abbreviation
    begins and ends within it, as written anywhere (hyphenated words cut into their parts
    too), is one of ``_abbr_keys`` (the abbreviation's first words, folded). A longer word
    ("Ont-based") is never read as one: the abbreviation read holds the whole word."""
    opened = 0
    for a in index._abbr_region:
        text = before + a + after
        toks = tokenize(text)
        for words in (toks, index._hyphen_parts(text, toks, {})):
            for t in words:
                if t.start == len(before) and t.end <= len(before) + len(a):
                    assert t.key in index._abbr_keys, text
                    opened += 1
    assert opened >= len(index._abbr_region)  # a word opens at each, at least once cut


def test_the_gate_s_two_kinds_of_abbreviation_do_not_overlap():
    """Why no search is needed: an abbreviation read only after ", " or "(" (another
    country's) is never one that a lower-case word after it admits (a US state's)."""
    assert not set(geodata.US_STATE_ABBREVIATIONS_AMBIGUOUS) & set(
        geodata.REGION_ABBREVIATIONS_QUALIFIER
    )


def test_area_named_is_the_first_area_of_that_name():
    names = [a.name for a, _ in areas()] + ["", None, "Nowhere", "atlantic ocean"]
    for name in names:
        want = next((a for a, _ in areas() if a.name == name), None) if name else None
        assert area_named(name) is want, name
    assert area_named("Atlantic Ocean") is not None


def _title_case_as_main(toks, i: int) -> bool:
    start = i
    while start > 0 and not toks[start].sentence:
        start -= 1
    end = i + 1
    while end < len(toks) and not toks[end].sentence:
        end += 1
    long = [t for t in toks[start:end] if len(t.key) >= 4]
    return len(long) >= 3 and sum(t.cap for t in long) >= 0.8 * len(long)


@pytest.mark.parametrize(
    ("text", "i", "titled"),
    [
        ("Freemason Bogdanov Joins Sochi Mayor Race", 2, True),
        ("Freemason Bogdanov joins the Sochi mayor race", 2, False),
        ("Fire In Paris. Police said two people were hurt in Lyon.", 5, False),
        ("Fire In Paris Kills Two. Police said it began early.", 1, True),
        ("Big Fire Here", 0, False),  # fewer than three words of four letters
        ("Paris, Lyon and the city of Nice", 0, False),
        ("Storm Hits Coastal Towns Near Brest", 3, True),
    ],
)
def test_title_case_is_read_as_before(text, i, titled):
    toks = tokenize(text)
    assert _in_title_case(toks, i, {}) is titled
    assert _title_case_as_main(toks, i) is titled


def test_title_case_counts_as_main_did_on_briefs():
    texts = WRITTEN + GENERATED + _random_texts(500, seed=5)
    for text in texts:
        toks = tokenize(text)
        memo: dict[int, bool] = {}
        for i in range(len(toks)):
            assert _in_title_case(toks, i, memo) == _title_case_as_main(toks, i), (text, i)


# the lead's end as main found it: a first branch at the stop, a second at the line break, which
# the engine tried at every character (``geo.focus._SENTENCE`` opens with one class instead)
_SENTENCE_AS_MAIN = re.compile(
    r"[.!?](?<=[^\W\d_]{3}[.!?])[.!?]*[\"'”»)]*\s+(?=[\"'“«(]?[^\W\d_a-z])|\n\s*\n"
)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Fire hit the plant. Police said two were hurt.", 18),
        ("Fire hit the U.S. plant on Monday. Police came.", 33),
        ("A Ga. pastor prayed in Western Mass. and left. Then rain.", 45),
        ("Storm hits coast!\n\nThe wind rose.", 16),
        ("Storm hits coast\n \t\nThe wind rose.", 16),
        ("Storm hits coast\nthe wind rose", 30),  # one line break alone ends nothing
        ('Was it here?! "Yes," he said.', 11),
        ("He left town.) Then the rain came.", 12),
        ("He left town. «Then» it rained.", 12),
        ("It rained in Nice. 2 died.", 26),  # a digit starts no sentence
        ("It rained in Nice. a man died.", 30),  # nor a lower-case letter
        ("Es regnete in Köln. Über die Stadt zog Sturm.", 18),
        ("Llovió en Cádiz... Él se fue.", 15),
        ("", 0),
    ],
)
def test_the_lead_ends_where_main_s_pattern_ended_it(text, end):
    assert lead_end(text) == end
    got = _SENTENCE_AS_MAIN.search(text)
    assert (got.start() if got else len(text)) == end


def _stop_texts(n: int, seed: int = 35) -> list[str]:
    """Texts of the characters the sentence pattern reads: stops, quotes, brackets, blanks of
    every kind, capitals, lower case, digits and accented letters."""
    rng = random.Random(seed)
    pieces = [
        "a", "b", "Abc", "abc", "Élan", "U.S.", ".", "!", "?", "...", "?!", "\n", "\n\n", " ",
        "  ", "\t", "\r", "\u2028", "\x0b", '"', "'", "”", "»", ")", "“", "«", "(", "1", "é",
        "É", "_", "-", "Ore.", "the", "The",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_the_sentence_pattern_matches_as_main_s_from_every_start():
    texts = WRITTEN + GENERATED + _stop_texts(3000)
    for text in texts:
        for start in range(len(text) + 1):
            new, old = _SENTENCE.search(text, start), _SENTENCE_AS_MAIN.search(text, start)
            assert (new and new.span()) == (old and old.span()), (text, start)


# speed35's module loops against the ``all``/``any`` forms they replace: empty readings, an
# iterator (consumed once), counts past a C integer's range
_KIND = {0: CITY, 1: COUNTRY, 2: REGION, 3: SUBREGION}
_POP = {0: 5, 1: 10**12, 2: BIG_REGION_POP, 3: 2**70}
_CC = {0: "US", 1: "NL", 2: "US", 3: "DE"}
_READINGS = [
    (),
    ((0, 0.5, FREE),),
    ((0, 0.5, FREE), (1, 0.1, NEEDS_COUNTRY)),
    ((2, 0.1, FREE),),
    ((3, 1.0, NEEDS_COUNTRY),),
]


@pytest.mark.parametrize("cands", _READINGS)
@pytest.mark.parametrize("as_iter", [False, True])
def test_the_readings_loops_answer_as_all_and_any(cands, as_iter):
    def given():
        return iter(cands) if as_iter else cands

    g = SimpleNamespace(kind=_KIND, pop=_POP)
    assert _all_cities(_KIND, given()) is all(_KIND[c] == CITY for c, _, _ in cands)
    for limit in (-1, 0, 6, 2**70, 2**71):
        assert _all_below(_POP, given(), limit) is all(_POP[c] < limit for c, _, _ in cands)
    for ccs in ((), ("US",), frozenset({"DE"})):
        want = any(t == NEEDS_COUNTRY and _CC[c] in ccs for c, _, t in cands)
        assert _needs_one_of(_CC, given(), ccs) is want
    want = any(
        t == FREE
        and (_KIND[c] in (COUNTRY, SUBREGION) or (_KIND[c] == REGION and _POP[c] >= BIG_REGION_POP))
        for c, _, t in cands
    )
    assert _free_land(g, given()) is want


@pytest.mark.parametrize("text", ["", "abc", "the Polizei said", "x\x00y"])
@pytest.mark.parametrize("words", [(), ("",), ("Polizei", "police"), ("zz",)])
def test_written_in_answers_as_any(text, words):
    assert _written_in(text, iter(words)) is any(w in text for w in words)


def test_all_upper_answers_as_all_on_every_span():
    toks = tokenize("USS Enterprise Sailed On, NEW YORK TIMES said the man.")
    for i in range(len(toks) + 1):
        for j in range(i, len(toks) + 1):
            assert _all_upper(toks, i, j) is all(toks[k].upper for k in range(i, j)), (i, j)


# the words before and after a place as main read them: one pattern, some 2,500 instructions a
# word (``geo.focus._WORDS`` splits a text at its blanks and its ASCII characters that are no
# letter or joiner, takes a piece of letters alone as a word, and reads any other piece with the
# pattern made possessive)
_WORDS_AS_MAIN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@pytest.mark.parametrize(
    "text",
    [
        "In the northern German city of Hamburg, police said",
        "Russia's Volgograd region and the well-known Paris-based firm",
        "in de Oekraïense stad Charkiv; l'Italia e dell'Emilia",
        "Maribor je v nedeljo prizadelo neurje, ki je v Ljubljani",
        "½ of ² the ³ town; ª µ º ¼ ¾ ¹ ß ÿ Ø × ÷ Ð þ",  # Latin-1's letters and look-alikes
        "Łódź, Kraków and Košice: ŁÓDŹ-ĘŚ, Řecko’s",  # past U+00FF: the Unicode pattern
        "COVID19 hit 3-2 A-1 a--b a'-b '’ -x x- _a_ a_b 2nd",
        "Москва и Київ, Αθήνα; 東京 and São Paulo’s",
        # past ASCII: blanks of their own, marks, signs, a lone surrogate, letters beside them
        "in Zürich\xa0und Genève\u2009—\u202fà Besançon « près de Nîmes », l’Aquila",
        "nella città di Reggio nell’Emilia-Romagna, 3ª giornata; ½ più² e i̇stanbul",
        "v Mariboru\u2028in Celju\ud800Koper\u0301é, São-Tomé’s x’y ‘quoted’ 𝐀b",
        "",
    ],
)
def test_the_words_are_main_s_words(text):
    assert _WORDS.findall(text) == _WORDS_AS_MAIN.findall(text)
    for pos in range(len(text) + 1):
        assert _WORDS.findall(text, pos) == _WORDS_AS_MAIN.findall(text, pos)
        assert _WORDS.findall(text, 0, pos) == _WORDS_AS_MAIN.findall(text, 0, pos)
        assert _WORDS.findall(text[pos:]) == _WORDS_AS_MAIN.findall(text[pos:])


def test_the_words_of_every_latin1_character_and_random_text_are_main_s():
    rng = random.Random(38)
    pieces = [chr(c) for c in range(256)] + ["’", "Ł", "ő", "Ж", "\u2028", "\U0001d400", "i̇"]
    texts = WRITTEN + GENERATED
    ascii_pieces = [chr(c) for c in range(128)] + ["-", "'", "-'", "a-b", "Ab's", " "] * 8
    for chars in (pieces, ascii_pieces):  # ASCII alone: the split's path; the rest: the pattern's
        texts += ["".join(rng.choices(chars, k=rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert _WORDS.findall(text) == _WORDS_AS_MAIN.findall(text), text
        cut = rng.randint(0, len(text))
        assert _WORDS.findall(text, 0, cut) == _WORDS_AS_MAIN.findall(text, 0, cut), text
        assert _WORDS.findall(text, cut) == _WORDS_AS_MAIN.findall(text, cut), text
    for text in WRITTEN:  # ``search`` and ``match`` are main's pattern's own
        at = rng.randint(0, len(text))
        for got, old in (
            (_WORDS.search(text, at), _WORDS_AS_MAIN.search(text, at)),
            (_WORDS.match(text, at), _WORDS_AS_MAIN.match(text, at)),
        ):
            assert (got and got.span()) == (old and old.span())


# the pattern's bounds past either end: a negative one is the text's start, as ``re`` reads it
# (not a slice's count from the end), one past the text its end
@pytest.mark.parametrize(
    "text",
    ["a-", "'a'", "Paris-based firm", "Russia's Volgograd", "in Łódź, B52s", "x_y 3rd", "", "a"],
)
def test_the_words_within_bounds_past_the_text_are_main_s(text):
    bounds = (-len(text) - 3, -2, -1, 0, 1, len(text) - 1, len(text), len(text) + 4)
    for pos in bounds:
        assert _WORDS.findall(text, pos) == _WORDS_AS_MAIN.findall(text, pos), pos
        for endpos in bounds:
            got = _WORDS.findall(text, pos, endpos)
            assert got == _WORDS_AS_MAIN.findall(text, pos, endpos), (pos, endpos)


_FIELD_VALUES = {
    "query": ["Paris", "SAN JOSÉ", ""],
    "name": [None, "Paris", "Ljubljana"],
    "lat": [None, 48.85341, -33.0, 0.0],
    "lon": [None, 2.3488, 151.20732, -0.0],
    "country_code": [None, "FR", "SI"],
    "admin1": [None, "11", "Ljubljana"],
    "geonameid": [None, 2988507, 3196359],
    "precision": [None, "city", "region", "country"],
    "confidence": [0.0, 0.9, 0.655, 1.0, 0.123456],
    "reason": ["", 'lead: "in Paris"', "dateline"],
    "source": ["gazetteer", "override", "cache"],
}


@pytest.mark.parametrize("factor", [0.9, 0.8, 0.75, 1.0])
def test_scaled_is_replace_of_the_confidence(factor):
    """``geo.focus._scaled`` (``Location.with_confidence``) builds the same ``Location`` as
    ``dataclasses.replace`` with the confidence scaled: every field equal, the same type, on
    many combinations of fields (every field of ``Location`` among them, each with a value
    other than its default)."""
    import dataclasses

    from geo.focus import MOVED_FACTOR, NO_DATELINE_FACTOR, _scaled
    from geo.location import Location

    # every field of Location has values here, so a field added later and forgotten in
    # ``Location.with_confidence`` (which would take its default there) fails this test
    names = [f.name for f in dataclasses.fields(Location)]
    assert sorted(_FIELD_VALUES) == sorted(names)
    for f in dataclasses.fields(Location):
        assert any(v != f.default for v in _FIELD_VALUES[f.name]), f.name
    rng = random.Random(39)
    factors = {factor, MOVED_FACTOR, NO_DATELINE_FACTOR}
    for _ in range(400):
        loc = Location(**{f: rng.choice(v) for f, v in _FIELD_VALUES.items()})
        for x in factors:
            want = dataclasses.replace(loc, confidence=round(loc.confidence * x, 3))
            got = _scaled(loc, x)
            assert type(got) is type(want)
            for f in dataclasses.fields(Location):
                assert getattr(got, f.name) == getattr(want, f.name), f.name
            assert got == want


def test_clause_end_splits_as_the_pattern_text():
    """``geo.focus._CLAUSE_END`` cuts a window where ``re.split`` with its text did."""
    from geo.focus import _CLAUSE_END

    rng = random.Random(39)
    texts = [t for t in briefs(60, 39)]
    texts += [
        "".join(rng.choice("ab ,;:()\n.") for _ in range(rng.randint(0, 80))) for _ in range(300)
    ]
    for text in texts:
        for start in range(0, len(text), 97):
            window = text[start : start + 120]
            assert _CLAUSE_END.split(window) == re.split(r"[,;:()]", window)


# --- speed43: the scan's and the choice's cuts -----------------------------------------------


def test_overlaps_answers_as_any_on_random_spans():
    """``_overlaps`` (a loop the compiled scan calls as a C function) is main's generator."""
    rng = random.Random(43)
    for _ in range(3000):
        spans = tuple(
            (a, a + rng.randint(0, 6))
            for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 4)))
        )
        s = rng.randint(0, 32)
        end = s + rng.randint(0, 6)
        want = any(s < b and a < end for a, b in spans)
        assert _overlaps(spans, s, end) is want, (spans, s, end)
        assert _overlaps(iter(spans), s, end) is want


@pytest.mark.parametrize(
    "lang", [None, "", "en", "EN", "en-US", "en_GB", "pt-BR", "sl", "zh-Hant-TW", "-", "x_"]
)
def test_lang_key_is_main_s_expression_asked_twice(lang):
    """``_lang_key`` keeps each tag's key: the first answer and the kept one are main's."""
    want = (lang or "").lower().replace("_", "-").split("-")[0]
    assert _lang_key(lang) == want
    assert _lang_key(lang) == want


def test_qualifies_is_main_s_nested_reading():
    """``_qualifies`` (``_abbreviations``' test, once a closure) on every word of the table."""
    for text in WRITTEN:
        toks = tokenize(text)
        for i, t in enumerate(toks):
            before = text[max(0, t.start - 2) : t.start]
            want = (before == ", " and i > 0 and toks[i - 1].cap) or before.endswith("(")
            assert _qualifies(text, toks, t.start, i) == want, (text, i)


def _variety_weighs_as_main(g, names, lang) -> bool:
    """main's gate on the text's variety: any reading of any name, settled or not."""
    ccs = VARIETY_COUNTRIES.get(lang)
    return bool(ccs) and any(g.cc[i] in ccs for nm in names for i, _, _ in nm.cands)


# settled names (one reading needing no support) in a variety's countries beside names that
# choose elsewhere, and texts the variety decides: the text is read only where a choice needs it
VARIETY_TEXTS = [
    ("Officials in Kharkiv, Saskatoon and Lviv said talks in Kyiv would resume.", "en"),
    ("Officials in Tripoli and Benghazi met envoys from Queensland on Monday.", "en"),
    ("Sheriff's deputies in Athens said the color of the truck was gray.", "en"),
    ("A Paris man was charged Tuesday; the colour of his car was grey, police in Kent said.", "en"),
    ("The mayor of Springfield met officials from Winnipeg and Toronto on Friday.", "en"),
    ("El alcalde de Córdoba se reunió en Santiago con el de Valencia.", "es"),
    ("O prefeito de Santa Maria falou em Lisboa e no Porto.", "pt"),
    ("Die Polizei in Tripolis und Bengasi meldete Kämpfe in Kairo.", "de"),
    # the variety decides a namesake (US Birmingham, Australia's Victoria), beside settled names
    (
        "The color of the neighborhood center was favored: police in Birmingham met officials"
        " from Saskatoon and Kharkiv on Monday.",
        "en",
    ),
    ("The color of the neighborhood center was favored, police in Cambridge said.", "en"),
    ("The arvo at the servo was heaps good, mate, police in Victoria said.", "en"),
]


def test_the_variety_gate_on_unsettled_names_gives_main_s_mentions(monkeypatch):
    """The text's variety is read only where a name ``choose`` weighs reads in its countries
    (a settled name is given as it is, home or none): the mentions are those main's gate,
    which read it for any name's reading there, gives."""
    import geo.mentions as gm
    from geo.mentions import find_mentions

    texts = VARIETY_TEXTS + [(t, "en") for t in GENERATED[:150]]
    fast = [[m.to_dict() for m in find_mentions(t, lang)] for t, lang in texts]
    monkeypatch.setattr(gm, "_variety_weighs", _variety_weighs_as_main)
    assert [[m.to_dict() for m in find_mentions(t, lang)] for t, lang in texts] == fast
    assert any(fast)
    # and the table has texts the variety decides: a gate never read gives other mentions
    monkeypatch.setattr(gm, "_variety_weighs", lambda g, names, lang: False)
    assert [[m.to_dict() for m in find_mentions(t, lang)] for t, lang in texts] != fast
