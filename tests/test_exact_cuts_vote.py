"""The namesakes' vote's loops (``geo.disambiguate``) answer as main's generator forms did.

Why: ``_tally`` and ``_weight`` run once per reading of every ambiguous name, and their sums
and searches over generators cost some 3,000 instructions a call; the loops that replaced them
must give the same weight (the same float, summed in the same order from the same start), the
same first voter and the same runner for every input, not only for the shared briefs.
"""

from __future__ import annotations

import math
import random
from types import SimpleNamespace

import pytest

from geo import disambiguate
from geo.disambiguate import UNSURE, _tally, _weight
from geo.mentions import find_mentions


def _tally_as_main(votes, own, skip=()):
    if not votes:
        return 0.0, ""
    if skip:
        votes = {k: w for k, w in votes.items() if k not in skip}
        if not votes:
            return 0.0, ""
    return sum(w for k, w in votes.items() if k != own), next((k for k in votes if k != own), "")


def _weight_as_main(g, ranked):
    s0, i0 = ranked[0][0], ranked[0][1]
    runner = next((s for s, i, *_ in ranked[1:] if not disambiguate._same(g, i, i0)), None)
    return 1.0 if runner is None or s0 - runner >= 1.0 else UNSURE


_KEYS = ["paris", "lyon", "texas", "", "\0dateline", "georgia", "athens"]
_WEIGHTS = [1.0, 0.5, 0.0, -0.0, 0.1, 0.2, 0.7, 1e-17, 3.0, math.inf, 1 / 3]


def _same_kind(a, b):
    """Equal, and of one type (an int 0 from an empty ``sum`` is not the float 0.0)."""
    return a == b and type(a[0]) is type(b[0]) and math.copysign(1, a[0]) == math.copysign(1, b[0])


@pytest.mark.parametrize(
    ("votes", "own", "skip"),
    [
        (None, "paris", ()),
        ({}, "paris", ()),
        ({"paris": 1.0}, "paris", ()),  # only the name's own vote: an empty sum
        ({"paris": 1.0, "lyon": 0.5}, "paris", ()),
        ({"paris": 1.0, "lyon": 0.5}, "lyon", {"paris"}),  # the rest skipped: own alone
        ({"paris": 1.0}, "lyon", {"paris"}),  # every vote skipped
        ({"lyon": -0.0}, "paris", ()),  # a negative zero keeps its sign as sum keeps it
        ({"": 1.0, "lyon": 0.5}, "paris", ()),  # an empty key is the first voter
    ],
)
def test_the_tally_is_main_s_on_its_edges(votes, own, skip):
    assert _same_kind(_tally(votes, own, skip), _tally_as_main(votes, own, skip))


def test_the_tally_is_main_s_on_random_votes():
    rng = random.Random(48)
    for _ in range(5000):
        keys = rng.sample(_KEYS, rng.randint(0, len(_KEYS)))
        votes = {k: rng.choice(_WEIGHTS + [rng.random()]) for k in keys}
        own = rng.choice(_KEYS)
        skip = set(rng.sample(_KEYS, rng.randint(0, 3))) if rng.random() < 0.5 else ()
        got, old = _tally(votes, own, skip), _tally_as_main(votes, own, skip)
        assert _same_kind(got, old), (votes, own, skip)


def test_the_weight_is_main_s_on_random_rankings():
    rng = random.Random(4848)
    n = 12
    g = SimpleNamespace(  # readings in two countries, some a stone's throw from each other
        cc=[rng.choice("AB") for _ in range(n)],
        lat=[rng.choice([0.0, 0.1, 0.3, 10.0]) for _ in range(n)],
        lon=[rng.choice([0.0, 0.2, 0.26, 5.0]) for _ in range(n)],
    )
    for _ in range(5000):
        size = rng.randint(1, 6)
        scores = sorted(rng.choice([0.0, 0.5, 1.0, 1.5, rng.random() * 3]) for _ in range(size))
        ranked = [(s, rng.randrange(n), rng.randint(0, 2)) for s in reversed(scores)]
        assert _weight(g, ranked) == _weight_as_main(g, ranked), ranked
        # the vote's rankings carry their reason too: the weight reads score and reading only
        named = [(*r, "why") for r in ranked]
        assert _weight(g, named) == _weight_as_main(g, ranked), ranked


def test_a_fixed_name_s_choice_is_the_one_main_made():
    """``settled`` gives every fixed name one shared choice: equal to main's new one each time,
    and frozen, so no caller can change it for the next name."""
    nm = disambiguate.Name("russian", fixed_cc="RU")
    got = disambiguate.settled(nm)
    assert got == disambiguate.Choice(None, "fixed")
    assert (got.index, got.why) == (None, "fixed")
    with pytest.raises(AttributeError):
        got.why = "changed"  # type: ignore[misc]
    assert disambiguate.settled(nm) == disambiguate.Choice(None, "fixed")


def _shared_regions_as_main(g, names):
    by_region = {}
    for nm in names:
        if nm.fixed_cc is None and len(nm.cands) > 1 or any(t for _, _, t in nm.cands):
            for i, _, _ in nm.cands:
                if g.kind[i] != disambiguate.COUNTRY and g.a1[i]:
                    by_region.setdefault(g.a1[i], set()).add(nm.key)
        elif nm.cands and g.a1[nm.cands[0][0]] and g.kind[nm.cands[0][0]] != disambiguate.COUNTRY:
            by_region.setdefault(g.a1[nm.cands[0][0]], set()).add(nm.key)
    return {a1: keys for a1, keys in by_region.items() if len(keys) > 1}


def _add_as_main(votes, g, key, i, cc, w):
    if cc:
        d = votes.countries.setdefault(cc, {})
        d[key] = max(d.get(key, 0.0), w)
    if i is None:
        return
    k = g.kind[i]
    if k != disambiguate.COUNTRY and g.a1[i]:
        d = votes.regions.setdefault(g.a1[i], {})
        d[key] = max(d.get(key, 0.0), w)
    if k in (disambiguate.CITY, disambiguate.SUBREGION):
        point = (g.lat[i], g.lon[i], key)
        if point not in votes._pointset:
            votes._pointset.add(point)
            votes.points.append(point)


def _random_gazetteer(rng, n):
    kinds = [disambiguate.CITY, disambiguate.COUNTRY, disambiguate.REGION, disambiguate.SUBREGION]
    return SimpleNamespace(
        kind=bytearray(rng.choice(kinds) for _ in range(n)),
        a1=[rng.choice(["", "US.TX", "US.GA", "FR.11"]) for _ in range(n)],
        cc=[rng.choice(["US", "FR", ""]) for _ in range(n)],
        lat=[rng.choice([0.0, 1.5, math.nan]) for _ in range(n)],
        lon=[rng.choice([0.0, 2.5]) for _ in range(n)],
    )


def test_the_votes_added_are_main_s():
    rng = random.Random(480)
    for _ in range(500):
        g = _random_gazetteer(rng, 10)
        new, old = disambiguate._Votes(), disambiguate._Votes()
        for _ in range(rng.randint(0, 12)):
            key = rng.choice(_KEYS)
            i = rng.choice([None, *range(10)])
            cc = rng.choice([None, "", "US", "FR"])
            w = rng.choice(_WEIGHTS + [math.nan])
            new.add(g, key, i, cc, w)
            _add_as_main(old, g, key, i, cc, w)
        for a, b in ((new.countries, old.countries), (new.regions, old.regions)):
            assert repr(a) == repr(b)  # the same keys in the same order, the same weights
        assert new.points == old.points


def test_the_shared_regions_are_main_s():
    rng = random.Random(4800)
    for _ in range(2000):
        g = _random_gazetteer(rng, 10)
        names = [
            disambiguate.Name(
                rng.choice(_KEYS),
                tuple(
                    (rng.randrange(10), 1.0, rng.randint(0, 2)) for _ in range(rng.randint(0, 4))
                ),
                fixed_cc=rng.choice([None, None, "FR"]),
            )
            for _ in range(rng.randint(0, 5))
        ]
        got, old = disambiguate._shared_regions(g, names), _shared_regions_as_main(g, names)
        assert list(got.items()) == list(old.items())


# ``_voted`` reads a name's free area and country readings in one pass (main: two generators):
# a free first-level region ("Wales", the nation) sets aside a town of the name that needs its
# region named ("Wales", the South Yorkshire village), as a free country does
@pytest.mark.parametrize(
    "text",
    [
        "Researchers surveyed 3,000 families in England and Wales.",
        "Students from Scotland and Wales joined the march in London.",
    ],
)
def test_a_name_read_free_as_a_region_is_the_region(text):
    wales = next(m for m in find_mentions(text, "en") if m.place == "Wales")
    assert (wales.kind, wales.location.admin1, wales.location.country_code) == (
        "region",
        "Wales",
        "GB",
    )
