"""Which place each name in a text means, decided from the whole text at once.

A name alone is often ambiguous (Alexandria, Georgia, Paris, Columbus). A text that names
several places names places that lie together: the towns of one county, a state and its
towns, a country and its cities. So every name is read against everything else the text
says, in two passes:

1. each name gets its provisional reading from its own evidence: its prior (population,
   capital, country or region), a qualifier written right after it ("Fowlerville, Mich."),
   the dateline's place when the caller knows it, and a county the text names that the
   reading is a town of, or a town of the text that lies in that county ("Paris ... Henry
   County": Tennessee's pair, where neither is the largest of its name);
2. the provisional readings of the *other* names then vote: a reading in a country the text
   names (or whose places it names) gains, one in a first-level region the text names (or whose
   places it names) gains more, one near another named place gains by distance, and one near
   the dateline likewise. A name never votes for itself.

Scores are in "log10 population" units, as in ``geo.resolve``: each piece of evidence reads as
"worth a factor of ten in size". Some readings need the text's support to count at all (the
*tier* of a candidate): a town of 10,000 to 100,000 people found by a bare single word needs its
country in the text, a smaller town its first-level region (or a qualifier): the text itself
then says it is about that part of the world. A town the text introduces as a town ("in
Decatur", "Roswell police": ``Name.local``) whose every reading lies in one country needs no
more: the name says which country, as in a local paper that never names its own.

Nothing here reads the text: ``geo.mentions`` finds the names and hands them over.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from geo.fold import fold
from geo.gazetteer import CITY, COUNTRY, REGION, SUBREGION, Gazetteer
from geo.resolve import in_part_note, named_in_part, named_the_world_over

W_QUALIFIER = 6.0
W_COUNTRY_FIRST = 2.2
W_COUNTRY_MORE = 0.5
W_COUNTRY_MAX = 3.2
W_REGION_FIRST = 2.5
W_REGION_MORE = 0.5
W_REGION_MAX = 3.5
# a namesake in a first-level region the text names by its own name, over one of the same
# country whose region only other names' readings stand for (``_named_region_first``)
W_REGION_NAMED = 1.5
W_NEAR = 2.0
NEAR_FULL_KM = 50.0  # a named place this close gives the whole W_NEAR ...
NEAR_ZERO_KM = 300.0  # ... fading to nothing at this distance
W_DATELINE_COUNTRY = 1.5
W_DATELINE_REGION = 1.5
W_LANGUAGE = 0.8  # a text in Spanish naming Toledo means Spain (Toledo, Ohio is larger)
W_HOME_REGION = W_LANGUAGE  # the user's home region for the source, on top of its country
W_SHARED_REGION = 1.5  # first pass: another name of the text could lie in the same region
# a town and a county of the text that could be the town and its own county ("Paris" and
# "Henry County": Paris, Tennessee is Henry County's seat): each reading weighs the other's
W_SHARED_COUNTY = 2.0
UNSURE = 0.5  # the weight of a vote whose own reading won by less than 1.0
COUNTRY_PRIOR = 8.0  # a country named in running text is the country (Georgia, Mexico, Jordan)
REGION_PRIOR_SHIFT = -1.0
SUBREGION_PRIOR_SHIFT = -0.5
CAPITAL_BONUS = 1.0
ALT_PENALTY = -1.0
PREFERRED_BONUS = 3.0

# tiers: which support a candidate needs before it may be chosen at all
FREE, NEEDS_COUNTRY, NEEDS_REGION = 0, 1, 2


def prior(g: Gazetteer, i: int, alt: bool = False, preferred: bool = False) -> float:
    """How likely a reading is before the text is read: size, capital, country or region."""
    k = g.kind[i]
    if k == COUNTRY:
        return COUNTRY_PRIOR
    s = math.log10(g.pop[i] + 10)
    if k == REGION:
        s += REGION_PRIOR_SHIFT
    elif k == SUBREGION:
        s += SUBREGION_PRIOR_SHIFT
    elif i in g.capital:
        s += CAPITAL_BONUS
    if alt:
        s += ALT_PENALTY
    if preferred:
        s += PREFERRED_BONUS
    return s


@dataclass(slots=True)
class Name:
    """One name found in the text, and what it may mean.

    ``cands``: (gazetteer index, prior, tier), best prior first. ``qualifier``: gazetteer
    indexes of a region or country written right after it ("Alexandria, La."). A name with a
    fixed meaning (a demonym, a reviewed area) has ``fixed`` set: it votes, it is not chosen.
    """

    key: str
    cands: tuple[tuple[int, float, int], ...] = ()
    qualifier: tuple[int, ...] = ()
    fixed_cc: str | None = None  # the country of a demonym or an area: a vote, nothing to choose
    cue: bool = False  # a region word is next to it ("Nyanza Province", "regio Charkiv")
    local: bool = False  # introduced as a town ("in Decatur", "Roswell police", "Ozark man")
    # introduced so by a locative right before it ("Police in Lawrence") or by a lower-case
    # word for its people or bodies after it ("a Salina man", ``_modified_town``), at this
    # mention or another: a hamlet of another country is then no rival (``_one_country``)
    placed: bool = False
    # its people or offices named right after it ("Paris man", "Athens City Council"): a paper
    # names its own town's so, bare; a capital abroad's with its country ("French officials")
    own_town: bool = False
    # its qualifier is borrowed from another mention of the same name ("Cairo, Illinois ...
    # Cairo"): a name pinned once by its region is that place throughout the text
    region_elsewhere: bool = False
    # a country's name written as a town's, by its school after it or a street address before
    # it ("Jordan High School", "400 S. Locust St., Lebanon"): no street or high school stands
    # in a country but in one of its towns, so the name means one of its towns unless the
    # text's other places stand for the country (``geo.mentions.MentionIndex._as_town``)
    as_town: bool = False
    # this mention itself is so written ("400 S. Locust St., Lebanon"), not only another
    # mention of its name: where no town of the name can be read, only it is left unread
    town_written: bool = False
    # readings reached only by an alternate name that is a town's own name elsewhere
    # (``geo.mentions._Entry.renamed``): no rival country for a town the text introduces
    renamed: tuple[int, ...] = ()
    # a body of the town named after it that only one country's papers write ("Alexandria
    # Police Department": "US"): that country's readings first, as a paper's own town's
    body_cc: str = ""


@dataclass(frozen=True, slots=True)
class Choice:
    """The reading chosen for one name (``index`` None: no reading the text supports)."""

    index: int | None
    why: str = ""


@dataclass(frozen=True, slots=True)
class Anchor:
    """What the caller already knows about the text's place: the dateline's reading."""

    cc: str | None = None
    a1: str | None = None
    lat: float | None = None
    lon: float | None = None


def _near(g: Gazetteer, i: int, points: list[tuple[float, float, str]], own: str) -> tuple:
    """(bonus, key) for the closest other named place (equirectangular km; short ranges)."""
    if not points:
        return 0.0, ""
    la, lo = g.lat[i], g.lon[i]
    kx = math.cos(math.radians(la)) * 111.2
    best, who = NEAR_ZERO_KM, ""
    for pla, plo, key in points:
        if key == own:
            continue
        dy = (pla - la) * 111.2
        if abs(dy) > best * (1.0 + 1e-9):
            continue  # farther north or south than the best: never nearer (with room for rounding)
        dl = abs(plo - lo)
        dx = min(dl, 360.0 - dl) * kx
        d = math.sqrt(dx * dx + dy * dy)
        if d < best:
            best, who = d, key
    if not who:
        return 0.0, ""
    if best <= NEAR_FULL_KM:
        return W_NEAR, who
    return W_NEAR * (NEAR_ZERO_KM - best) / (NEAR_ZERO_KM - NEAR_FULL_KM), who


def _support(n: float, first: float, more: float, cap: float) -> float:
    return 0.0 if n <= 0 else min(cap, first + more * (n - 1))


class _Votes:
    """Countries, regions and points that the names of a text stand for, by name key."""

    def __init__(self) -> None:
        self.countries: dict[str, dict[str, float]] = {}  # cc -> key -> weight
        self.regions: dict[str, dict[str, float]] = {}  # a1 -> key -> weight
        # first-level regions the text names by their own name ("W.Va.", "Nebraska"): a1 ->
        # the name that does (``_named_regions``), and the names read in more than one
        # first-level region, whose support may move (``_loose``): set by ``choose``
        self.named: dict[str, str] = {}
        self.loose: set[str] = set()
        self.points: list[tuple[float, float, str]] = []
        # a name repeated in a text votes the same point each time: kept once, so the nearness
        # walk is over distinct points (a text naming one town 30,000 times was quadratic)
        self._pointset: set[tuple[float, float, str]] = set()
        self._near: dict[tuple[int, str], tuple] = {}  # (reading, own key) -> _near's answer
        # many points (a page listing a country's towns): a grid of them, so a reading walks
        # only the points within NEAR_ZERO_KM of it, not every point: cell -> point indices
        self._grid: dict[tuple[int, int], list[int]] | None = None
        # tallies asked again (a name's readings share countries and regions), once the votes
        # are all in: ("c" or "r", code, own key) -> (weight, voter)
        self._tallies: dict[tuple[str, str, str], tuple[float, str]] = {}
        # the phrases of the text's public bodies that vote for their regions, and the names
        # they do not vote for (``_body_votes``)
        self.bodies: set[str] = set()
        self.famous: set[str] = set()

    def add(self, g: Gazetteer, key: str, i: int | None, cc: str | None, w: float) -> None:
        # a name's strongest vote: ``max(old, w)`` (the old one unless ``w`` is greater), with
        # no dict made where the code has one already, nor a call to ``max``
        if cc:
            d = self.countries.get(cc)
            if d is None:
                d = self.countries[cc] = {}
            old = d.get(key, 0.0)
            d[key] = w if w > old else old
        if i is None:
            return
        k = g.kind[i]
        a1 = g.a1[i]
        if k != COUNTRY and a1:
            d = self.regions.get(a1)
            if d is None:
                d = self.regions[a1] = {}
            old = d.get(key, 0.0)
            d[key] = w if w > old else old
        if k in (CITY, SUBREGION):
            point = (g.lat[i], g.lon[i], key)
            if point not in self._pointset:  # the same point again never changes the nearest
                self._pointset.add(point)
                self.points.append(point)

    def near(self, g: Gazetteer, i: int, own: str) -> tuple:
        """``_near`` over the votes' points, once per reading and name: the points are all in
        before any name is chosen, so the answer cannot change within a round."""
        key = (i, own)
        got = self._near.get(key)
        if got is None:
            points = self.points
            if len(points) >= GRID_FROM:
                points = self._within_reach(g.lat[i], g.lon[i])
            got = self._near[key] = _near(g, i, points, own)
        return got

    def _within_reach(self, lat: float, lon: float) -> list[tuple[float, float, str]]:
        """The points of the grid's cells that hold every point less than NEAR_ZERO_KM (with a
        margin over the walk's rounding) north or south and east or west of (lat, lon), in the
        order they were voted: a point farther is never nearer than NEAR_ZERO_KM, and in that
        order a tie goes to the same point as in the walk over all of them."""
        if self._grid is None:
            self._grid = {}
            for j, (pla, plo, _) in enumerate(self.points):
                # a NaN or infinite point is never nearer in the walk (and has no cell)
                if math.isfinite(pla) and math.isfinite(plo):
                    self._grid.setdefault(_cell(pla, plo), []).append(j)
        if lat != lat or lon != lon:
            return []
        row, col = _cell(lat, lon)
        kx = math.cos(math.radians(lat)) * 111.2  # km a degree east, as the walk counts it
        span = _COLUMNS if kx * 180.0 <= _REACH_KM else math.ceil(_REACH_KM / kx / _CELL)
        cols = range(_COLUMNS) if 2 * span + 1 >= _COLUMNS else range(col - span, col + span + 1)
        found: list[int] = []
        for r in (row - 1, row, row + 1):
            for c in cols:
                found.extend(self._grid.get((r, c % _COLUMNS), ()))
        return [self.points[j] for j in sorted(found)]

    def country(self, cc: str, own: str) -> tuple[float, str]:
        """The weight of the votes for a country, but for name ``own``'s, and one voter."""
        key = ("c", cc, own)
        got = self._tallies.get(key)
        if got is None:
            got = self._tallies[key] = _tally(self.countries.get(cc), own)
        return got

    def region(self, a1: str, own: str) -> tuple[float, str]:
        """The weight of the votes for a first-level region, but for ``own``'s, and one voter."""
        key = ("r", a1, own)
        got = self._tallies.get(key)
        if got is None:
            skip = self.bodies if own in self.famous else ()
            got = self._tallies[key] = _tally(self.regions.get(a1), own, skip)
        return got


def _body_votes(g: Gazetteer, names: list[Name], votes: _Votes, bodies) -> None:
    """The regions the text names in its public bodies' names (``choose``'s ``bodies``) vote
    as names read there do, but not for a name one of whose free readings is a country, a
    capital or a city of PROMINENT_POP people in another country: copy abroad cites a state's
    court or police too ("Ministers met in Athens ...; a Georgia Supreme Court ruling")."""
    ccs = {a1.split(".", 1)[0] for a1, _ in bodies}
    for a1, phrase in bodies:
        votes.regions.setdefault(a1, {})[phrase] = 1.0
        votes.bodies.add(phrase)
    for nm in names:
        if famous_abroad(g, nm.cands, ccs):
            votes.famous.add(nm.key)


def famous_abroad(g: Gazetteer, cands, ccs, key: str = "") -> bool:
    """Whether a free reading of the name is a place papers name bare the world over
    (``geo.resolve.named_the_world_over``: a country, a capital or a city of PROMINENT_POP
    people) outside the countries ``ccs``: papers abroad name it bare, with the words of any
    country's copy ("the Paris Fire Department", "Athens Police Department"), so a body's
    name does not take it to a namesake in ``ccs`` (``_body_votes``,
    ``geo.mentions`` ``_names``' ``body_cc``). ``key``: the name, folded, where only a place
    of that name counts, not one the name reaches as an alternate (Aleppo, once Berea)."""
    return any(
        t == FREE
        and g.cc[i] not in ccs
        and (not key or fold(g.name[i]) == key)
        and named_the_world_over(g, i)
        for i, _, t in cands
    )


def _tally(votes: dict[str, float] | None, own: str, skip=()) -> tuple[float, str]:
    """The weight of the votes but ``own``'s (and ``skip``'s), and the first other voter: one
    loop, where a sum and a search over two generators cost some 3,000 instructions a tally
    (``sum`` of the same weights in the same order: the same float)."""
    if not votes:
        return 0.0, ""
    weights = []
    first = None
    kept = False
    for k, w in votes.items():
        if skip and k in skip:
            continue
        kept = True
        if k != own:
            weights.append(w)
            if first is None:
                first = k
    if not kept:
        return 0.0, ""
    return sum(weights), "" if first is None else first


def qualifies(g: Gazetteer, i: int, qual: tuple[int, ...]) -> bool:
    """Whether reading ``i`` lies inside one of the qualifier's places."""
    for q in qual:
        kq = g.kind[q]
        if g.cc[q] != g.cc[i]:
            continue
        if kq == COUNTRY:
            return g.kind[i] != COUNTRY
        if kq == REGION and g.a1[q] and g.a1[q] == g.a1[i] and g.kind[i] in (CITY, SUBREGION):
            return True
        if kq == SUBREGION and g.kind[i] == CITY and g.a2[i] == g.a2[q] and g.a1[i] == g.a1[q]:
            return True
    return False


def qualified(g: Gazetteer, nm: Name, i: int) -> bool:
    """Whether the qualifier written after the name places reading ``i``. A country after a
    country's name makes a list ("Mexico, China, Japan"), not a town of that country: a town
    named like a country is qualified only by its region ("China, Texas")."""
    qual = nm.qualifier
    if g.kind[i] == CITY and any(t == FREE and g.kind[c] == COUNTRY for c, _, t in nm.cands):
        qual = tuple(q for q in qual if g.kind[q] != COUNTRY)
    return bool(qual) and qualifies(g, i, qual)


def choose(
    g: Gazetteer,
    names: list[Name],
    anchor: Anchor | None = None,
    lang_countries: frozenset[str] = frozenset(),
    home_a1: str = "",
    home_note: str = "",
    home_cc: str = "",
    home_within: str = "",
    bodies: tuple[tuple[str, str], ...] = (),
    home_group: frozenset[str] = frozenset(),
) -> list[Choice]:
    """One choice per name (see the module doc). ``home_a1``: the first-level region of the
    source's home given by the user (``geo.home.Home.a1``), weighed as a paper's country is.
    ``home_note``: what a choice's ``why`` says where the home (one given, or the text's own
    country) decided ("namesake in the text's country (US English)"); ``home_cc``: the home's
    country among ``lang_countries`` when the paper's language does not put it there already.
    Only the home's own weight (``home_cc``, ``home_a1``) is said to decide: a reading the
    paper's language chose says nothing of it ("Santa Rosa" in a Spanish paper with home GB
    is not read in Argentina because of Britain). ``home_within``: the home's country where it
    is among ``lang_countries`` already (Spain in Spanish copy), weighed once more over the
    language's other countries, as a home outside them is over the rest of the world.
    ``bodies``: (first-level region, phrase) for each region the text names only in one of
    its public bodies' names ("Florida Highway Patrol"): the phrase votes for the region as a
    name read there does. ``home_group``: the countries the text's variety says it may be
    from where it names no one (``geo.resolve.TextHomes``): each reading in them weighs as a
    paper's country does, for a name none of whose free readings abroad is named the world
    over (``famous_abroad``), and admits a town there as the home's country does, but only
    beside a reading the text admits anyway: it chooses between namesakes, never reads a name
    as a place by itself."""
    anchor = anchor or Anchor()
    shared = _shared_regions(g, names)
    states = _named_regions(g, names)
    counties = _shared_counties(g, names, states)
    picks = [_own(g, nm, anchor, shared, counties, states) for nm in names]
    choices: list[Choice] = []

    def vote(nm: Name, votes: _Votes) -> tuple[Choice, float]:
        """``nm``'s reading under the text's votes (every round's, and a name read again)."""
        return _voted(
            g,
            nm,
            votes,
            anchor,
            lang_countries,
            home_a1,
            home_note,
            home_cc,
            home_within,
            counties,
            home_group,
        )

    loose = _loose(g, names, states) if states else set()
    for _ in range(ROUNDS):
        votes = _Votes()
        votes.named, votes.loose = states, loose
        for nm, (i, w) in zip(names, picks, strict=True):
            if nm.fixed_cc is not None:
                votes.add(g, nm.key, None, nm.fixed_cc, 1.0)
            elif i is not None:
                votes.add(g, nm.key, i, g.cc[i], w)
        if bodies:
            _body_votes(g, names, votes, bodies)
        if anchor.lat is not None and anchor.lon is not None:
            votes.points.append((anchor.lat, anchor.lon, DATELINE))
        before, choices, picks = picks, [], []
        for nm in names:
            ch, w = vote(nm, votes)
            choices.append(ch)
            picks.append((ch.index, w))
        if picks == before:
            break  # the same votes again: a further round would give the same choices
    # A name written as a town's at one mention ("14 Main Road, Lebanon") is a town at every
    # mention only where a town of it is read: where the text says nothing of which, none is,
    # and its other mentions ("in southern Lebanon", "Lebanon's central bank") are read as they
    # would be without that mention, not left unread for it; the one so written, or with its
    # region after it ("Jordan, Utah": a town the gazetteer lacks), stays unread.
    if any(nm.as_town for nm in names):
        read = {nm.key for nm, ch in zip(names, choices, strict=True) if ch.index is not None}
        for k, nm in enumerate(names):
            if nm.as_town and not (nm.town_written or nm.qualifier) and nm.key not in read:
                nm.as_town = False
                choices[k] = vote(nm, votes)[0]
    return choices


GRID_FROM = 64  # points from which the walk is kept to the grid's nearby cells (same answers)
_REACH_KM = NEAR_ZERO_KM * 1.01  # the grid's reach: a margin over the walk's own rounding
_COLUMNS = int(360.0 / (_REACH_KM / 111.2))  # a cell at least the reach north to south ...
_CELL = 360.0 / _COLUMNS  # ... and a whole number of them around the earth


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor((lat + 90.0) / _CELL), math.floor((lon + 180.0) / _CELL) % _COLUMNS


ROUNDS = 2  # the voting pass runs twice: votes from readings already corrected by the others
DATELINE = "\0dateline"


def _shared_regions(g: Gazetteer, names: list[Name]) -> dict[str, set[str]]:
    """First-level regions that readings of two or more different names share, with the names:
    "Athens" and "Henderson County" both have a reading in Texas."""
    by_region: dict[str, set[str]] = {}
    kind, a1 = g.kind, g.a1  # read once, not at every reading
    for nm in names:
        if nm.fixed_cc is None and len(nm.cands) > 1 or any(t for _, _, t in nm.cands):
            for i, _, _ in nm.cands:
                region = a1[i]
                if kind[i] != COUNTRY and region:
                    got = by_region.get(region)  # no empty set made at every reading
                    if got is None:
                        by_region[region] = {nm.key}
                    else:
                        got.add(nm.key)
        elif nm.cands and a1[nm.cands[0][0]] and kind[nm.cands[0][0]] != COUNTRY:
            by_region.setdefault(a1[nm.cands[0][0]], set()).add(nm.key)
    return {a1: keys for a1, keys in by_region.items() if len(keys) > 1}


def _shared_counties(
    g: Gazetteer, names: list[Name], states: dict[str, str]
) -> dict[tuple[str, str], set[str]]:
    """Counties (first-level region, county) of which one name of the text has a town reading
    and another a county reading, with those names: a text that names a town and a county it
    lies in names them together ("Paris ... Henry County": Tennessee's, not Texas's Paris)."""
    if not _names_a_county(g, names):
        return {}  # most texts: no county written as one, nothing to pair
    towns: dict[tuple[str, str], set[str]] = {}
    counties: dict[tuple[str, str], set[str]] = {}
    # countries the text names (a demonym, a country's name): a town with a reading in one of
    # them is read there, not paired abroad ("Greek protesters in Athens ... Henderson County")
    named = {nm.fixed_cc for nm in names if nm.fixed_cc}
    named.update(
        g.cc[i] for nm in names for i, _, t in nm.cands if t == FREE and g.kind[i] == COUNTRY
    )
    for nm in names:
        if nm.fixed_cc is not None:
            continue
        abroad = {g.cc[i] for i, _, _ in nm.cands} & named
        for i, _, tier in nm.cands:
            if abroad - {g.cc[i]}:
                continue
            if tier == NEEDS_REGION and g.kind[i] == CITY and g.a1[i] not in states:
                continue  # and a town read only with its region named pairs with no county
            k = g.kind[i]
            # a county written as one ("Henry County", "County Cork"): a bare "Washington" is
            # a county's name too, but read so it pairs with a town of every Washington County
            if g.a2[i] and g.a1[i] and (k == CITY or k == SUBREGION and nm.key != g.a2[i]):
                into = towns if k == CITY else counties
                into.setdefault((g.a1[i], g.a2[i]), set()).add(nm.key)
    if not counties:
        return {}
    out: dict[tuple[str, str], set[str]] = {}
    seen: dict[str, int] = {}  # name key -> the counties it pairs in
    for key, subs in counties.items():
        cities = towns.get(key)
        if cities and (len(cities) > 1 or cities != subs):
            out[key] = cities | subs
            for k in out[key]:
                seen[k] = seen.get(k, 0) + 1
    # a name that pairs in two counties ("Pottawatomie County" with Kansas's Wamego and with
    # Oklahoma's Shawnee) says nothing of which: none of its pairs counts, unless one pair
    # lies in a state the text names by its own name ("Princeton" and "Mercer County" pair in
    # New Jersey and in West Virginia; the text names West Virginia)
    kept = {key: ks for key, ks in out.items() if all(seen[k] == 1 for k in ks)}
    if states and len(kept) < len(out):
        inside: dict[str, int] = {}
        for key, ks in out.items():
            if key[0] in states:
                for k in ks:
                    inside[k] = inside.get(k, 0) + 1
        for key, ks in out.items():
            if key[0] in states and all(inside[k] == 1 for k in ks):
                kept[key] = ks
    return kept


def _loose(g: Gazetteer, names: list[Name], states: dict[str, str]) -> set[str]:
    """Names with readings in more than one first-level region that the text may choose (a
    hamlet read only with its region named counts where the text names that region)."""
    out = set()
    for nm in names:
        regions = {g.a1[i] for i, _, t in nm.cands if t != NEEDS_REGION or g.a1[i] in states}
        if len(regions) > 1:
            out.add(nm.key)
    return out


def _named_regions(g: Gazetteer, names: list[Name]) -> dict[str, str]:
    """First-level regions the text names by their own name: a name whose first reading is
    a region and whose every other reading needs the text's support ("W.Va.", "Nebraska";
    "Alabama" beside a hamlet of that name, not "Georgia" beside the country, nor "New York"
    beside the city): a1 -> that name's key."""
    out: dict[str, str] = {}
    for nm in names:
        if nm.fixed_cc is None and nm.cands:
            i, _, tier = nm.cands[0]
            if (
                tier == FREE
                and g.kind[i] == REGION
                and g.a1[i]
                and all(t != FREE for _, _, t in nm.cands[1:])
            ):
                out.setdefault(g.a1[i], nm.key)
    return out


def _score_down(ranked: tuple) -> float:
    """The sort key of a ranking, best first (one function, not a lambda made at every sort)."""
    return -ranked[0]


def _names_a_county(g: Gazetteer, names: list[Name]) -> bool:
    """Whether some name of the text reads as a county written as one ("Henry County")."""
    kind, a2 = g.kind, g.a2
    for nm in names:
        if nm.fixed_cc is None:
            for i, _, _ in nm.cands:
                if kind[i] == SUBREGION and a2[i] and nm.key != a2[i]:
                    return True
    return False


def _in_shared_county(
    g: Gazetteer, i: int, own: str, counties: dict[tuple[str, str], set[str]] | None
) -> bool:
    """Whether reading ``i`` is a town or county that another name of the text pairs with
    (``_shared_counties``): the county a town of the text lies in, or a town of a county."""
    if not counties or g.kind[i] not in (CITY, SUBREGION):
        return False
    keys = counties.get((g.a1[i], g.a2[i]))
    return bool(keys) and any(k != own for k in keys)


def _own(
    g: Gazetteer,
    nm: Name,
    anchor: Anchor,
    shared: dict[str, set[str]],
    counties: dict[tuple[str, str], set[str]],
    states: dict[str, str],
) -> tuple[int | None, float]:
    """The first reading of a name from its own evidence (and, for an ambiguous name, a region
    where another name has a reading too), and the weight of its vote."""
    if nm.fixed_cc is not None:
        return None, 0.0
    ranked = []
    as_town = nm.as_town
    kind_of, a1_of = g.kind, g.a1  # read once, not at every reading
    for i, p, tier in nm.cands:
        k, a1 = kind_of[i], a1_of[i]
        if as_town and k == COUNTRY:
            continue  # "400 S. Locust St., Lebanon": a town, not the country
        s = p
        if shared and a1 in shared and k != COUNTRY:
            s += W_SHARED_REGION
        paired = bool(counties) and _in_shared_county(g, i, nm.key, counties)
        if paired:
            s += W_SHARED_COUNTY
        if nm.qualifier and qualified(g, nm, i):
            s += W_QUALIFIER
        elif tier == NEEDS_REGION and a1 not in states:
            continue  # a hamlet is read only with its region named (the text's own, here)
        if anchor.cc and g.cc[i] == anchor.cc:
            s += W_DATELINE_COUNTRY
        if anchor.a1 and a1 == anchor.a1 and k != COUNTRY:
            s += W_DATELINE_REGION
        ranked.append((s, i, tier))
    if not ranked:
        return None, 0.0
    ranked.sort(key=_score_down)
    return ranked[0][1], _weight(g, ranked) * (UNSURE if ranked[0][2] else 1.0)


def _weight(g: Gazetteer, ranked: list[tuple]) -> float:
    """A vote counts fully when its reading won clearly (by 1.0 over another place): ``ranked``
    holds (score, reading, ...) best first."""
    s0, i0 = ranked[0][0], ranked[0][1]
    for k in range(1, len(ranked)):  # the first runner that is another place (no generator)
        s, i = ranked[k][0], ranked[k][1]
        if not _same(g, i, i0):
            return 1.0 if s0 - s >= 1.0 else UNSURE
    return 1.0


# a fixed name's choice, one for all: a frozen dataclass's ``__init__`` runs interpreted (some
# thousands of instructions), and each name is settled at every round and by ``geo.mentions``
_FIXED = Choice(None, "fixed")


def settled(nm: Name) -> Choice | None:
    """The choice of a name that no other name, no dateline and no home can change: a fixed
    meaning (a demonym, an area) or one reading that needs no support. None: the name is
    chosen by ``choose``. A text whose names are all settled needs no vote (``find``)."""
    if nm.fixed_cc is not None:
        return _FIXED
    if len(nm.cands) == 1 and not nm.cands[0][2]:
        return Choice(nm.cands[0][0], "only reading")
    return None


def _voted(
    g,
    nm: Name,
    votes: _Votes,
    anchor: Anchor,
    lang_countries,
    home_a1: str = "",
    note: str = "",
    home_cc: str = "",
    home_within: str = "",
    counties: dict[tuple[str, str], set[str]] | None = None,
    group: frozenset[str] = frozenset(),
) -> tuple[Choice, float]:
    """The reading of a name once the other names have voted, and the weight of its vote
    (``note``: the ``why`` where the home's weight decided, see ``choose``; ``counties``:
    ``_shared_counties``; ``group``: ``choose``'s ``home_group``)."""
    got = settled(nm)
    if got is not None:
        return got, 0.0 if nm.fixed_cc is not None else 1.0
    if group and famous_abroad(g, nm.cands, group):
        group = frozenset()  # "Alexandria" in American copy may be Egypt's: papers name it bare
    ranked: list[tuple[float, int, int, str]] = []
    papers: dict[int, float] = {}  # reading -> what the home (``home_cc``, ``home_a1``) gave it
    backed: set[int] = set()  # readings the text itself supports (country, region, dateline)
    cued: set[int] = set()  # readings only the text's introducing them as towns admits
    grouped: set[int] = set()  # readings only the text's countries (``group``) admit
    # whether the name reads as a country or first-level region without any support, and as
    # a country: one pass over its readings (no generators)
    named_area = named_country = False
    for i, _, t in nm.cands:
        if t == FREE:
            k = g.kind[i]
            if k == COUNTRY:
                named_area = named_country = True
            elif k == REGION:
                named_area = True
    # "Jordan High School": a town's, unless the other names of the text stand for the
    # country ("Jordan Primary School in Amman": a school of the country's capital)
    town_only = (
        nm.as_town
        and named_country
        and not any(
            votes.country(g.cc[i], nm.key)[0] for i, _, _ in nm.cands if g.kind[i] == COUNTRY
        )
    )
    if town_only:
        named_country = False
        named_area = any(t == FREE and g.kind[i] == REGION for i, _, t in nm.cands)
    regional = nm.cue and any(g.kind[i] in (REGION, SUBREGION) for i, _, _ in nm.cands)
    own_country = nm.local and _one_country(g, nm)
    body_cc = nm.body_cc  # read once, not at every reading
    kind_of, cc_of, a1_of = g.kind, g.cc, g.a1  # read once, not at every reading
    # the votes' tallies and nearness, bound once: not a method looked up and bound a reading
    country_votes, region_votes, near_votes = votes.country, votes.region, votes.near
    own = nm.key
    for i, p, tier in nm.cands:
        k = kind_of[i]
        if town_only and k == COUNTRY:
            continue
        qual = bool(nm.qualifier) and qualified(g, nm, i)
        if tier == NEEDS_REGION and named_area and not qual:
            continue  # "England and Wales": the nation, not a hamlet called Wales
        if regional and k not in (REGION, SUBREGION):
            continue  # "Nyanza Province", "Henan province": the region
        s = p
        why = ""
        cc, a1 = cc_of[i], a1_of[i]
        nc, who_c = country_votes(cc, own)
        nr, who_r = region_votes(a1, own) if k != COUNTRY else (0.0, "")
        if named_country and k != COUNTRY and not qual and not (nr if k == CITY else nc or nr):
            # a country's name means the country, unless the text names the other place's
            # region (a town called China) or, for a region, its country (Georgia, the state)
            continue
        # the town so named, not one renamed; or one of the country its bodies' names are of
        so_named = (own_country and i not in nm.renamed) or cc == body_cc
        supported_cc = nc > 0 or cc == anchor.cc or cc in lang_countries or so_named
        paired = bool(counties) and _in_shared_county(g, i, nm.key, counties)
        supported_a1 = nr > 0 or (anchor.a1 is not None and a1 == anchor.a1)
        if tier == NEEDS_COUNTRY and not (supported_cc or supported_a1 or qual):
            if cc not in group:
                continue
            grouped.add(i)  # a namesake of a reading read anyway, or none (below)
        # admitted only as the text introduces it as a town ("in Kirby ... Kirby police"):
        # its reason says so, not "only reading", which says nothing of why it was read
        introduced = (
            tier == NEEDS_COUNTRY
            and not (nc > 0 or cc == anchor.cc or cc in lang_countries or supported_a1 or qual)
            and i not in grouped
        )
        if tier == NEEDS_COUNTRY and (home_cc and cc == home_cc or cc in group):
            # admitted by the home's country alone, when nothing else supports it
            alone = not (nc > 0 or cc == anchor.cc or so_named or supported_a1 or qual)
            papers[i] = math.inf if alone else 0.0
        if tier == NEEDS_REGION and not (supported_a1 or qual):
            continue
        if nc > 0 or nr > 0 or qual or paired or (anchor.cc and cc == anchor.cc):
            backed.add(i)
        if qual:
            s += W_QUALIFIER
            why = "its region named with it in the text" if nm.region_elsewhere else "qualifier"
        if nc:
            s += _support(nc, W_COUNTRY_FIRST, W_COUNTRY_MORE, W_COUNTRY_MAX)
            why = why or f"the text names {who_c}"
        if nr:
            s += _support(nr, W_REGION_FIRST, W_REGION_MORE, W_REGION_MAX)
            if not why or why.startswith("the text"):
                why = f"the text names {who_r}"
        if paired:
            why = why or ("its county named" if k == CITY else "a town of it named")
        if anchor.cc and cc == anchor.cc:
            s += W_DATELINE_COUNTRY
            why = why or "the dateline's country"
        if anchor.a1 and a1 == anchor.a1 and k != COUNTRY:
            s += W_DATELINE_REGION
        if cc in lang_countries:
            s += W_LANGUAGE
            if cc == home_cc:
                papers[i] = papers.get(i, 0.0) + W_LANGUAGE
            elif cc == home_within:
                s += W_LANGUAGE
                papers[i] = papers.get(i, 0.0) + W_LANGUAGE
        if cc in group:
            s += W_LANGUAGE  # the text's countries' reading, one of them named by the variety
            papers[i] = papers.get(i, 0.0) + W_LANGUAGE
        if home_a1 and a1 == home_a1 and k != COUNTRY:
            s += W_HOME_REGION  # the home region's reading before the home country's
            papers[i] = papers.get(i, 0.0) + W_HOME_REGION
        if k in (CITY, SUBREGION):
            bonus, who = near_votes(g, i, own)
            if bonus:
                s += bonus
                if not why:
                    why = "near the dateline" if who == DATELINE else f"near {who}"
        if introduced:
            cued.add(i)
        ranked.append((s, i, tier, why))
    if grouped and all(i in grouped for _, i, _, _ in ranked):
        ranked = []  # the text's countries choose between namesakes, never read a name alone
    if not ranked:
        return Choice(None, "no reading the text supports"), 0.0
    ranked.sort(key=_score_down)
    if votes.named and len(ranked) > 1:
        ranked = _named_region_first(g, ranked, votes, nm.key)
    home = home_cc or home_within
    if nm.own_town and home and g.cc[ranked[0][1]] != home:
        ranked = _own_town(g, ranked, home, backed, note)
    elif nm.body_cc and g.cc[ranked[0][1]] != nm.body_cc:
        ranked = _own_town(
            g, ranked, nm.body_cc, backed, f"a town's body as {nm.body_cc} writes it"
        )
    s0, i0, tier0, why = ranked[0]
    w = _weight(g, ranked) * (UNSURE if tier0 else 1.0)  # reads each's score and reading only
    if note and not why and _decided(g, ranked, papers):
        why = note
    if not why:
        why = "only reading" if len(ranked) == 1 else "largest such place"
        if i0 in cued:
            why = "introduced as a town" if len(ranked) == 1 else f"{why}, introduced as a town"
        why += _in_part(g, nm, i0)
    return Choice(i0, why), w


def _in_part(g: Gazetteer, nm: Name, i0: int) -> str:
    """What the ``why`` of reading ``i0`` adds where a territory the name calls only in part
    (``geo.resolve.named_in_part``) lost to it ("; not Norfolk Island, named so only in
    part"), else "". Such a territory is among the readings as one that needs the text's
    support (``geo.mentions._demote_in_part``): only a name with one is asked."""
    if g.kind[i0] == COUNTRY:
        return ""
    for i, _, tier in nm.cands:
        if tier and g.kind[i] == COUNTRY:
            lost = {j for j, _, _ in nm.cands}
            return in_part_note(g, named_in_part(g, nm.key, g.postings(nm.key)), lost)
    return ""


def _in_named(g: Gazetteer, i: int, named: dict[str, str], own: str) -> str:
    """The name by which the text names reading ``i``'s first-level region itself, or ""."""
    if g.kind[i] not in (CITY, SUBREGION):
        return ""
    by = named.get(g.a1[i], "")
    return by if by != own else ""


def _named_region_first(
    g: Gazetteer, ranked: list[tuple[float, int, int, str]], votes: _Votes, own: str
) -> list[tuple[float, int, int, str]]:
    """Between namesakes of one country, the one in a first-level region the text names by
    its own name ("Texas") gains ``W_REGION_NAMED`` over a leader that only other ambiguous
    names lend their region or nearness ("Madison County and Wilson County" read together in
    Tennessee, in a text that names Texas): a state written out is surer than
    a state two ambiguous names lend each other. A leader no other name supports (the
    largest of its name), or one a name sure of its place supports ("Decatur and Redan":
    Georgia's), is kept, and so is its country: the rule weighs towns of one country, never
    a town at home against a place abroad."""
    named = votes.named
    s0, i0 = ranked[0][0], ranked[0][1]
    if _in_named(g, i0, named, own):
        return ranked
    lenders = [k for k in votes.regions.get(g.a1[i0], ()) if k != own]
    bonus, near = votes.near(g, i0, own)
    if bonus:
        lenders.append(near)
    if not lenders or not all(k in votes.loose for k in lenders):
        return ranked  # no other name's support, or a name sure of its place supports it
    cc = g.cc[i0]
    out = []
    moved = False
    for s, i, tier, why in ranked:
        if g.cc[i] == cc and s + W_REGION_NAMED > s0:
            by = _in_named(g, i, named, own)
            if by:
                s += W_REGION_NAMED
                why = f"the text names {by}"
                moved = True
        out.append((s, i, tier, why))
    if moved:
        out.sort(key=_score_down)
    return out


def _own_town(
    g: Gazetteer,
    ranked: list[tuple[float, int, int, str]],
    home: str,
    backed: set[int],
    note: str,
) -> list[tuple[float, int, int, str]]:
    """A name the text gives its people or offices ("Paris man", "Athens City Council") in
    copy of the home's country: the home's readings before any abroad that the text does not
    back (its country, region or dateline named, a qualifier): a local paper names its own
    town's people bare, and a foreign city's with its country ("talks in Paris with French
    officials" keeps Paris, France). Unchanged where the home has no reading left."""
    kept = [r for r in ranked if g.cc[r[1]] == home or r[1] in backed]
    if not kept or g.cc[kept[0][1]] != home:
        return ranked
    s, i, tier, why = kept[0]
    return [(s, i, tier, f"its people or offices named, {note or 'the home country'}"), *kept[1:]]


def _decided(g, ranked: list[tuple[float, int, int, str]], papers: dict[int, float]) -> bool:
    """Whether the home's weight (``papers``) made the first reading win: without
    it another place would lead, or it would not be read at all."""
    s0, i0 = ranked[0][0], ranked[0][1]
    own = s0 - papers.get(i0, 0.0)
    if own == -math.inf:
        return True
    return any(s - papers.get(i, 0.0) > own for s, i, _, _ in ranked[1:] if not _same(g, i, i0))


def _one_country(g: Gazetteer, nm: Name) -> bool:
    """Every reading of the name is a town of one country: a text that introduces it as a
    town ("in Decatur", "Roswell police") says which country by naming it, as a local paper
    that never names its own country does. Where a locative introduces it (``Name.placed``),
    a hamlet that is read only with its region named (``NEEDS_REGION``: a Lawrence of 1,000
    people in Australia) makes no second country: where the region is not named it cannot be
    the town meant ("Police in Lawrence"). A word after the name ("Reservoir area", "Ripley
    department store") introduces things' names too, and keeps every reading a rival. A city
    abroad that bears the name only as an alternate (``Name.renamed``: Rugby, an old name of
    East Flatbush) is no rival either: a text introducing the town means the town so named."""
    ccs = {
        g.cc[i]
        for i, _, t in nm.cands
        if (t != NEEDS_REGION or not nm.placed) and i not in nm.renamed
    }
    return len(ccs) == 1 and all(g.kind[i] == CITY for i, _, _ in nm.cands)


def _same(g: Gazetteer, i: int, j: int) -> bool:
    """Two readings that are one place for the purpose of a margin (a city and its twin entry)."""
    if g.cc[i] != g.cc[j]:
        return False
    return abs(g.lat[i] - g.lat[j]) < 0.25 and abs(g.lon[i] - g.lon[j]) < 0.25
