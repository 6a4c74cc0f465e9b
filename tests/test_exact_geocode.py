"""The geocode stage's cheaper steps give what the steps they replace gave (issue 15, speed19).

Each cut keeps a reference (the former expression, written here once) and checks the new step
against it on written names and places of every kind, and on random text where a gate decides.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import resolve as rs
from geo.gazetteer import CITY, COUNTRY, KIND_NAMES, REGION, SUBREGION
from geo.location import Location, rounded


def _clean_by_patterns(raw: str) -> str:
    """``_clean`` as it was: both patterns on every name."""
    return rs._SPACES.sub(" ", rs._CONTROL.sub("", raw)).strip()


def test_no_printable_character_but_the_space_is_touched_by_the_patterns():
    """The fact ``_clean``'s gate rests on, over every code point."""
    touched = [
        c
        for c in map(chr, range(0x110000))
        if c != " "
        and c.isprintable()
        and (rs._SPACES.search(c) or rs._CONTROL.search(c) or c.strip() != c)
    ]
    assert touched == []


NAMES = [
    "LONDON",
    " Den Haag ",
    "São Paulo",
    "NEW  YORK",
    "Rio\nde Janeiro",
    "Zu\u200brich",
    "\ufeffKYIV",
    "Tripoli\t(Libanon)",
    "Ore.",
    "ЛЬВІВ",
    "\u00a0Paris",
    "Köln\u2028Bonn",
    "Santa\x85Clara",
    "",
    "   ",
    "DUBAI/PARIS",
]


@pytest.mark.parametrize("raw", NAMES)
def test_clean_reads_as_the_patterns_did(raw):
    assert rs._clean(raw) == _clean_by_patterns(raw)
    shown = _clean_by_patterns(raw[:400])
    assert rs._show(raw) == (shown if len(shown) <= 80 else shown[:77] + "...")


BLANKS = " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2028\u2029\u200b\u200e\ufeff\x00\x7f\x9f"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=BLANKS + "Aaé.-'Ł京", max_size=30))
def test_clean_reads_as_the_patterns_did_on_random_text(raw):
    assert rs._clean(raw) == _clean_by_patterns(raw)


def _location_as_built(r: rs.Resolver, shown: str, i: int, conf: float, reason: str) -> Location:
    """``Resolver.location`` as it was: every field read from the gazetteer for each call."""
    g = r.g
    k = g.kind[i]
    if k == COUNTRY:
        admin1 = None
    elif k in (REGION, SUBREGION):
        admin1 = g.admin1_name(i) if k == SUBREGION else g.name[i]
    else:
        admin1 = g.admin1_name(i)
    return Location(
        query=shown,
        name=g.name[i],
        lat=rounded(g.lat[i], 5),
        lon=rounded(g.lon[i], 5),
        country_code=g.cc[i],
        admin1=admin1,
        geonameid=g.gid[i] or None,
        precision=KIND_NAMES[k],
        confidence=conf,
        reason=reason,
        source="gazetteer",
    )


def test_a_place_is_built_as_before_whatever_its_kind(resolver):
    g = resolver.g
    picked: dict[int, list[int]] = {}
    for i, k in enumerate(g.kind):
        got = picked.setdefault(k, [])
        if len(got) < 200 and (i % 97 == 0 or len(got) < 20):
            got.append(i)
    assert set(picked) >= {CITY, COUNTRY, REGION, SUBREGION}
    for places in picked.values():
        for i in places:
            for conf, reason in ((0.5, "a"), (0.987, "LONDON → London, GB")):
                want = _location_as_built(resolver, "X", i, conf, reason)
                # twice: the second call reads what the first kept
                assert resolver.location("X", i, conf, reason) == want
                assert resolver.location("X", i, conf, reason) == want
                assert repr(resolver.location("X", i, conf, reason)) == repr(want)


def _favoured_as_built(g, pool, folded: str, counties: dict) -> tuple:
    """``_Favoured.of`` as it was: a generator a set over the pool."""
    cities = tuple(i for _, i, _ in pool if g.kind[i] == CITY)
    cc, a1, a2, get = g.cc, g.a1, g.a2, counties.get
    names = {(c, a2[i]) for i in cities if a2[i] and (c := get((cc[i], a1[i], a2[i])))}
    return (
        folded,
        frozenset(g.cc[i] for _, i, _ in pool),
        frozenset(g.a1[i] for _, i, _ in pool if g.kind[i] in (CITY, SUBREGION)),
        frozenset(g.cc[i] for _, i, _ in pool if g.kind[i] == COUNTRY),
        frozenset(g.a1[i] for _, i, _ in pool if g.kind[i] == REGION),
        cities,
        frozenset(c for c, _ in names),
        frozenset(w for c, bare in names for w in set(c.split()) - set(bare.split())),
    )


# names of many readings in several countries and regions, and of one
AMBIGUOUS = [
    "San Jose",
    "Springfield",
    "Santa Clara",
    "Paris",
    "Valencia",
    "London",
    "Georgia",
    "Victoria",
    "Córdoba",
    "Hamilton",
    "Washington",
    "Richmond",
    "Kingston",
    "Mexico",
    "Luxembourg",
    "Jackson",
    "Franklin",
    "Tripoli",
    "Frankfurt",
    "Zwolle",
]


def _sample_names(resolver) -> list[str]:
    g = resolver.g
    return AMBIGUOUS + [g.name[i] for i in range(0, len(g.name), max(1, len(g.name) // 400))]


def test_the_favoured_readings_are_read_as_before(resolver):
    from geo.fold import fold

    g, counties = resolver.g, resolver._counties()
    seen = 0
    for name in _sample_names(resolver):
        key = fold(name)
        for pool in (resolver._pool(resolver._base_for(key)), resolver._base_for(key)):
            if not pool:
                continue
            got = rs._Favoured.of(g, pool, key, counties)
            want = _favoured_as_built(g, pool, key, counties)
            assert tuple(getattr(got, f) for f in rs._Favoured.__slots__) == want
            seen += 1
    assert seen > 300


def _qual_weight_as_built(r, qual, i: int) -> float:
    """``Resolver._qual_weight`` as it was: the distance to every near place computed."""
    g = r.g
    cc = g.cc[i]
    for q in qual.regions:
        if g.cc[q] != cc:
            continue
        if g.kind[q] == REGION and g.a1[q] and g.a1[q] == g.a1[i]:
            return rs.W_QUAL_REGION
        if g.kind[q] == SUBREGION and g.a2[i] and g.a2[q] == g.a2[i] and g.a1[q] == g.a1[i]:
            return rs.W_QUAL_REGION
    for j in qual.near:
        near = rs.haversine_km(g.lat[i], g.lon[i], g.lat[j], g.lon[j]) <= rs.NEAR_KM
        if j != i and g.cc[j] == cc and near:
            return rs.W_QUAL_NEAR
    if cc in qual.countries:
        return rs.W_QUAL_COUNTRY
    return 0.0


QUALIFIERS = ["Ky.", "Texas", "Toledo", "Georgia", "Springfield", "Illinois", "Paris", "SP"]
QUALIFIERS += ["Libanon", "Costa Rica", "Ohio", "Manchester", "Cork", "Lyon", "Orange", "Bonn"]


def test_a_qualifier_weighs_every_reading_as_before(resolver):
    from geo.fold import fold

    seen = 0
    for raw in QUALIFIERS + AMBIGUOUS:
        qual = resolver._qualifier(raw, "en")
        if qual is None:
            continue
        for name in _sample_names(resolver)[:60]:
            for _, i, _ in resolver._base_for(fold(name)):
                got = resolver._qual_weight(qual, i)
                assert got == _qual_weight_as_built(resolver, qual, i), (raw, name, i)
                seen += got == rs.W_QUAL_NEAR
    assert seen > 0  # the near places' case is met


ROUNDING = [0.0, -0.0, 5, 5.0, -5.0, 1e9, 2e9, 48.85341, 48.853412, -122.41942, 0.1, 0.987654]
ROUNDING += [float("nan"), float("inf"), float("-inf"), True, 1e-7, -1e-7, 0.5, 0.0005]


@pytest.mark.parametrize("places", [3, 5])
def test_a_kept_rounding_is_the_rounding(places):
    from pipeline import extract

    for _ in range(2):  # the second time from the memo
        for value in ROUNDING + [-v for v in ROUNDING if isinstance(v, float)]:
            got, want = extract._rounded(value, places), rounded(value, places)
            assert repr(got) == repr(want) and type(got) is type(want), value


@settings(max_examples=400, deadline=None)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True) | st.integers(-200, 200)))
def test_a_kept_rounding_is_the_rounding_on_random_values(values):
    from pipeline import extract

    for value in values + values:
        for places in (3, 5):
            got, want = extract._rounded(value, places), rounded(value, places)
            assert repr(got) == repr(want) and type(got) is type(want), value


def _original_as_built(text: str, folded: str) -> str:
    """``_original`` as it was (speed42): one search with ``_word_starts`` for every text, its
    words through a generator."""
    if not folded or not text:
        return folded
    first = folded.split()[0]
    head = text[: rs.MAX_CONTEXT]
    starts = rs._word_starts(first[0])
    if starts is None:
        found = rs._WORD.finditer(head)
    else:
        found = (m for s in starts.finditer(head) if (m := rs._word_at(head, s.start())))
    for m in found:
        if rs.fold(m.group()).startswith(first):
            n = len(folded.split())
            if n == 1:
                return m.group().rstrip(".")
            tail = text[m.start() : m.start() + len(folded) + 10]
            return " ".join(tail.split()[:n]).rstrip(".,")
    return folded


# texts in ASCII and beyond, and the phrases looked for in them (a word of the text's, a word
# inside another, a phrase of two words, a lead that is no letter, one found nowhere)
ORIGINAL_TEXTS = [
    "Talks in Georgia ended; GEORGIA wins. Officials in Tbilisi said so.",
    "Police in Ohio (AP) said the Butler County's sheriff met x-ohio fans at 9:30 a.m.",
    "The so_Texas tag and Texas; ...Paris, then Lyon. Fans chanted '99 Ohio.",
    "Unrest in Côte d'Ivoire spread to Ísland, then Østfold and Nieuw-Delhi.",
    "Macon and Bacon met in 2024 at the Den Haag hall in den haag.",
    "",
]
ORIGINAL_PHRASES = [
    "georgia",
    "ohio",
    "butler county",
    "texas",
    "paris",
    "99",
    "cote",
    "island",
    "ostfold",
    "nieuw",
    "con",
    "den haag",
    "tbilisi",
    "zzz",
    "_x",
]


def test_the_written_words_are_found_as_before():
    for text in ORIGINAL_TEXTS:
        for phrase in ORIGINAL_PHRASES:
            assert rs._original(text, phrase) == _original_as_built(text, phrase), (text, phrase)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="aAbBcC0 .-'’_\nxé", max_size=60),
    st.sampled_from(["a", "ab", "b c", "c", "0", "x", "e", "a.b"]),
)
def test_the_written_words_are_found_as_before_on_random_text(text, phrase):
    assert rs._original(text, phrase) == _original_as_built(text, phrase)


@pytest.mark.parametrize("lead", ["a", "x", "z", "0", "9"])
def test_an_ascii_text_is_searched_for_the_same_word_starts(lead):
    text = f"{lead}ab {lead.upper()}cd x{lead} _{lead} -{lead} .{lead} 9{lead} \x7f{lead}\n{lead}"
    want = [m.start() for m in rs._word_starts(lead).finditer(text)]
    got = [m.start() for m in rs._ascii_word_starts(lead).finditer(text)]
    assert got == want and len(want) >= 7


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([1.0, 1.5, 2.25, 6.0, -0.5, 0.0, -0.0]), st.integers(0, 5)),
        max_size=40,
    )
)
def test_readings_are_ranked_as_before(items):
    """``_by_score`` orders readings as the sort by (-score, -population) did, ties included
    (each reading numbered: readings equal in both keys keep their order)."""
    pop = [0, 0, 10, 10, 5_000, 900_000]
    scored = [(s, i, {"n": n}) for n, (s, i) in enumerate(items)]
    want = sorted(scored, key=lambda t: (-t[0], -pop[t[1]]))
    rs._by_score(scored, pop)
    assert [t[2]["n"] for t in scored] == [t[2]["n"] for t in want]


def _label_as_built(g, i: int) -> str:
    """``Resolver.label`` as it was: the string made at each call."""
    if g.kind[i] == COUNTRY:
        return f"{g.name[i]} (country), {g.cc[i]}"
    code = g.a1[i].split(".", 1)[1] if g.cc[i] == "US" and g.a1[i] else ""
    where = f"{g.cc[i]}-{code}" if code else g.cc[i]
    if g.kind[i] in (REGION, SUBREGION):
        return f"{g.name[i]} (region), {where}"
    return f"{g.name[i]}, {where}"


def test_a_place_is_labelled_as_before_whatever_its_kind(resolver):
    g = resolver.g
    kinds = set()
    for i in range(0, len(g.name), max(1, len(g.name) // 3000)):
        # twice: the second call reads what the first kept
        assert resolver.label(i) == _label_as_built(g, i) == resolver.label(i)
        kinds.add(g.kind[i])
    assert kinds >= {CITY, COUNTRY, REGION, SUBREGION}


def _county_hint_as_built(got, ctx) -> bool:
    """``_county_hint`` as it was: ``any`` over a generator."""
    words = got.county_words
    return bool(words) and any(w in ctx.folded for w in words)


def _renamed_abroad_as_built(g, pool, home) -> frozenset[int]:
    """``Resolver._renamed_abroad`` as it was: ``any`` over a generator, then a generator set."""
    if not any(
        not alt and g.cc[i] in home and g.kind[i] == CITY and g.pop[i] >= rs.HOME_TOWN_POP
        for _, i, alt in pool
    ):
        return frozenset()
    return frozenset(
        i for _, i, alt in pool if alt == rs.ALT and g.kind[i] == CITY and g.cc[i] not in home
    )


def _world_abroad_as_built(g, readings, cc: str, lang: str) -> bool:
    """``_world_abroad`` as it was: ``any`` over a generator."""
    papers = rs.geodata.paper_countries(lang)
    return any(
        g.cc[i] != cc and g.cc[i] not in papers and rs.named_the_world_over(g, i)
        for _, i, _ in readings
    )


# folded texts that name a county, another county word, a county word inside a word, or none
COUNTY_TEXTS = [
    "",
    "the butler county sheriff said",
    "in hamilton county and warren county",
    "the parish council met",
    "a countywide alert",
    "police in the borough said",
    "no such word here",
]
# the homes a paper's language gives (several countries, one, none)
HOMES = [frozenset(), frozenset({"US"}), frozenset({"ES", "AR", "MX"}), frozenset({"IT"})]


def test_the_loops_answer_as_the_generators_did(resolver):
    """``_county_hint``, ``_renamed_abroad`` and ``_world_abroad`` (loops now) answer as the
    ``any`` over generators they replace, over the pools of many names, both answers met."""
    from geo.fold import fold

    g, counties = resolver.g, resolver._counties()
    seen: dict[str, set] = {"hint": set(), "renamed": set(), "world": set()}
    for name in _sample_names(resolver):
        key = fold(name)
        pool = resolver._pool(resolver._base_for(key))
        if not pool:
            continue
        fav = rs._Favoured.of(g, pool, key, counties)
        for text in COUNTY_TEXTS:
            ctx = rs._Context({}, {}, {}, (), text)
            got = rs._county_hint(fav, ctx)
            assert got == _county_hint_as_built(fav, ctx), (name, text)
            seen["hint"].add(got)
        for home in HOMES:
            got = resolver._renamed_abroad(pool, home)
            assert got == _renamed_abroad_as_built(g, pool, home), (name, home)
            seen["renamed"].add(bool(got))
        for cc, lang in (("US", "en"), ("ES", "es"), ("IT", "it"), ("NL", "nl"), ("ZZ", "")):
            got = rs._world_abroad(g, pool, cc, lang)
            assert got == _world_abroad_as_built(g, pool, cc, lang), (name, cc, lang)
            seen["world"].add(got)
    assert all(s == {True, False} for s in seen.values()), seen
