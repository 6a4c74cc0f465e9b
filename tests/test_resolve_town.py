"""``_favoured_by`` and ``_near_place`` test a text's place for a town once (``_town``), then its
distance to each city reading (``_near``): the same answers as the one test of both that
``_town_near`` made for every pair (kept here as it was)."""

from __future__ import annotations

import pytest

from geo import resolve as R
from geo.gazetteer import CITY


def _town_near(g, j: int, i: int) -> bool:
    """``geo.resolve._town_near`` as it was: a town within ``NEAR_KM`` of city ``i``."""
    return g.pop[j] < R.PROMINENT_POP and j not in g.capital and R._near(g, j, i)


@pytest.fixture(scope="module")
def pools(resolver):
    g = resolver.g
    names = ["springfield", "portland", "hamilton", "santa clara", "paris", "london", "victoria"]
    out = {n: resolver._pool(resolver._base_for(n)) for n in names}
    assert all(out.values())
    return g, out


def test_town_and_near_are_town_near(pools):
    g, out = pools
    places = [i for pool in out.values() for _, i, _ in pool]
    pairs = 0
    for j in places:
        for i in places:
            if g.kind[i] == CITY:
                assert _town_near(g, j, i) == (R._town(g, j) and R._near(g, j, i))
                pairs += 1
    assert pairs > 100
    # both kinds of answer are met: capitals and big cities are no towns, some towns are near
    assert any(not R._town(g, j) for j in places) and any(R._town(g, j) for j in places)


def test_favoured_by_a_named_town_as_before(pools, resolver):
    g, out = pools
    counties = resolver._counties()
    places = tuple(i for pool in out.values() for _, i, _ in pool if g.kind[i] == CITY)
    seen = set()
    for name, pool in out.items():
        fav = R._Favoured.of(g, pool, name, counties)
        for j in places:
            ctx = R._Context({}, {}, {}, (j,), "")
            before = (
                g.cc[j] in fav.named
                or g.a1[j] in fav.region_a1s
                or g.cc[j] in fav.countries
                and any(_town_near(g, j, i) for i in fav.cities)
            )
            got = R._favoured_by(fav, ctx, g)
            assert got == before, (name, g.name[j])
            seen.add(got)
    assert seen == {True, False}


def test_favoured_by_a_named_country_as_before(pools, resolver):
    g, out = pools
    counties = resolver._counties()
    ccs = sorted({g.cc[i] for pool in out.values() for _, i, _ in pool} | {"ZZ"})
    seen = set()
    for name, pool in out.items():
        fav = R._Favoured.of(g, pool, name, counties)
        for named in ([], *([cc] for cc in ccs), ccs[:3]):
            ctx = R._Context(dict.fromkeys(named, 1), {}, {}, (), "")
            got = R._favoured_by(fav, ctx, g)
            assert got == any(cc in fav.countries for cc in named), (name, named)
            seen.add(got)
    assert seen == {True, False}
