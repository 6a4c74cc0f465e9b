"""Pick the place the agency meant: ``Resolver.resolve(PlaceQuery) -> Location``.

Every candidate of the folded name gets a score in "log10 population" units, so that each piece
of evidence reads as "worth a factor of ten in size":

- the dateline qualifier (``LONDON, Ky.``, ``Tripoli (Libanon)``, ``(Toledo)``): +6 (region or
  nearby city) / +5 (country); strongest, it is the agency's own disambiguation;
- country names and demonyms in the brief's text, in its language (``Chili``, ``Chileense``):
  +2.2 for the first mention, +0.5 for each further one (at most +3.2);
  US/CA/AU region names likewise;
- another place the text names near a reading ("Stanford" by Santa Clara, California;
  "Atlanta" inside Georgia, the state): +2.2, like a country name;
- the agency's home country and the text's language: weak priors (+0.3 .. +0.8);
- the source's home, when the user gives one (``resolve``'s ``home``, ``geo.home``): the size of
  an agency's home, +1 for a reading in the home country and +1 more in the home region, and
  only among readings that nothing else above tells apart (no qualifier, no country, region,
  county or nearby town named in the text, no agency's home): it never outweighs the text;
- with no home given, the text's own country, read from its variety of a language several
  countries' papers write ("sheriff's deputies", "council tax"; "autocarro", "Guardia Civil",
  "Kantonspolizei": ``parsing.variety``), as a home country (``TextHome``), under the same
  conditions and one more: no reading abroad is a country, a capital or a city of
  PROMINENT_POP people (abroad: for a language of local papers, outside its papers'
  countries). Those are named bare by papers everywhere ("PARIS (AP)" in an American paper),
  while a paper's own town of a name shared with a town abroad is the one it writes bare
  ("MANSFIELD --" in an American paper is not Mansfield, England; "VALENCIA --" in a Spanish
  paper is not Venezuela's);
- a bare dateline's readings in a country abroad (outside the countries whose press writes
  the text's language, for a language written by their papers alone: not English) where the
  name is only small towns (none a capital, a city of KNOWN_ABROAD_POP people, or of
  KNOWN_ABROAD_SMALL_POP where the town at home is a village under HOME_NAMESAKE_POP:
  "BERGEN (dpa)" is Norway's; a city named by an exonym: a language has its own name only for
  a place its readers know, "Ginebra"; nor a region, unless named like a town of its own, or
  the country), when the name is also a
  town at home under its own name or short form, unless the text names the country, a region
  or a place of the reading: -2. Papers qualify a small foreign place
  ("Novi, Michigan", or in the text: "Het Libanese leger"); a bare "NOVI." in an Italian local
  paper is Italian, while a German paper's "London –" is still London;
- likewise, a bare dateline's city abroad met only under an alternate name (a historic name,
  an exonym) that is the own name of a town of HOME_TOWN_POP people at home: -1 more ("Olbia"
  in Italian copy is Sardinia's, not Antalya; a paper qualifies "Alessandria d'Egitto");
- a town abroad met only under an alternate name (or under its own name with its accents
  folded away: "FRANÇA" is not Franca, Brazil) where the word is the copy's own language's CLDR
  name of a country among the readings: -2, unless the text names the town's country, a region
  or a place of it ("RUANDA (dpa)" is Rwanda, as "in Ruanda" in the text is; "Ruanda" in Dutch
  copy, where Rwanda is "Rwanda", keeps Luanda's reading);
- then population (log10), a capital bonus (+1), and a penalty for a match on a mere alternate
  name (-1) or a region rather than a city (-2.5): datelines name cities.

A reviewed table (``geodata.PREFERRED``) pins the few readings where population misleads (Sion).

Beside the gazetteer's names a dateline is read, as a paper writes it, under two short forms
(an alternate name's score): a town's name without its qualifier in the paper's own countries
("NOVI." for Novi di Modena, ``Gazetteer.heads``) and a land named by regions with a compass
point ("Sinai" for South Sinai, ``Gazetteer.cores``). A name the gazetteer does not know at all
is tried once more in the English-style spelling of its language's transliteration
("Nischnij Tagil" -> "Nizhny Tagil", ``geodata.TRANSLITERATION``).
"""

from __future__ import annotations

import math
import operator
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import ahocorasick

from geo import geodata
from geo.distance import EARTH_RADIUS_KM, haversine_km
from geo.fold import fold, fold_text
from geo.gazetteer import (
    ALT,
    CITY,
    COUNTRY,
    DEFAULT_FLOOR,
    KIND_NAMES,
    REGION,
    SUBREGION,
    Gazetteer,
    load,
)
from geo.location import Location, PlaceQuery, rounded
from parsing.languages import LANGUAGES, union
from parsing.variety import COUNTRIES as VARIETY_COUNTRIES
from parsing.variety import text_countries, text_country

if TYPE_CHECKING:  # the home is given only by the user: not imported on the usual path
    from geo.home import Home

MAX_NAME = 200  # longer "names" are garbage from the parser, not places
MAX_CONTEXT = 2000  # the lede carries the country; the rest costs time
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\ufeff]+")
_SPACES = re.compile(r"[\s\u2028\u2029]+")

W_QUAL_REGION = 6.0
W_QUAL_COUNTRY = 5.0
W_QUAL_NEAR = 5.0
W_CONTEXT_FIRST = 2.2
W_CONTEXT_MORE = 0.5
W_CONTEXT_MAX = 3.2
W_CAPITAL = 1.0
W_ALT = -1.0
W_REGION = -2.5
W_PREFERRED = 3.0
W_NEAR_TEXT = W_CONTEXT_FIRST
W_FOREIGN_SMALL = -2.0
# a town abroad that a dateline's word reaches only by an alternate name (or by its own name
# with the accents folded away), where the word is the copy's own language's name of a country
# of the name's readings ("RUANDA" in Spanish, German, Portuguese copy: Rwanda, not Luanda):
# as much as a small town abroad (``_country_named``)
W_COUNTRY_NAMED = W_FOREIGN_SMALL
W_HOME = 1.0  # the source's home country, given by the user: an agency home's size
W_HOME_REGION = 1.0  # and its first-level region, on top: the region's reading, then the country's
# what the text (or the dateline's qualifier, or the agency) says of a reading: where any
# reading has one of these, the home given by the user does not count
_DECIDED_BY = frozenset(("qualifier", "context", "region", "county", "near", "agency"))
PROMINENT_POP = 500_000  # a big city: named in stories from far around it
SHORT = 2  # a reading's mark (beside 0 and ALT) for a town met under its short form
# a city papers abroad name bare, as they do a capital: a big city ("Barcelona", "Munich"); a
# smaller one abroad that shares its name with a town of the paper's own countries is qualified
# or placed by the text ("Toledo, Ohio", "Bergen in Norwegen"), and a district of a city abroad
# is named by its city ("Latina" in an Italian paper is Lazio's, not a district of Madrid)
KNOWN_ABROAD_POP = PROMINENT_POP
# ... but only where the namesake at home is a town its readers know (a middle-sized town):
# against a village, a city abroad of 100,000 is the one a paper writes bare ("BERGEN (dpa)"
# is Norway's, not Bergen in Lower Saxony; "Nantes" in Portuguese copy is France's, not a
# village of Sao Paulo state)
KNOWN_ABROAD_SMALL_POP = 100_000
HOME_NAMESAKE_POP = 20_000
# a territory named only by the first words of its name yields the name to a town of it this
# many times its size (``named_in_part``), and scores as a place this many times smaller
PART_NAME_RATIO = 10
TEXT_PLACE_POP = 10_000  # a capitalised word is read as a smaller place too often by chance
EXONYM_POP = 100_000  # GeoNames' alternate names of smaller places are often not exonyms
# a town of the paper's own countries this large is known to its readers by its name
# (``_renamed_abroad``)
HOME_TOWN_POP = 50_000
MAX_VARIANTS = 32  # transliterated spellings tried for one unknown name
# words after a name that make it a street's or an administrative unit's, not a town's
# ("Red Bank Road", "Berkeley County"), in every language's data (folded)
_FEATURE_WORDS = frozenset(fold(w) for w in union("geo", "feature_words"))
# every language's month names ("March", "Mai"): one next to a day's figure is a date, not the
# town of that name ("met on March 30" names no March, Cambridgeshire)
_MONTHS = frozenset(fold(w) for w in union("time", "months"))
_DATE_LINKS = "|".join(re.escape(fold(w)) for w in union("time", "date_links"))
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]*)?")
# ``_CAPITALISED.findall`` in one C pass where the install built ``parsing._langwalk``
# (``capitalised``): the engine tried its class at every character of the text
try:
    from parsing._langwalk import capitalised as _c_capitalised
except ImportError:  # no C compiler at install: the pattern's own scan, the same words
    _c_capitalised = None
_capitalised: Callable[[str], list[str]] = _c_capitalised or _CAPITALISED.findall
COUNTRY_BASE = 5.5
NEAR_KM = 100.0
SAME_PLACE_KM = 25.0
# a name needs the brief's text when its close readings lie in more than one country (among the
# first CONTEXT_COUNTRIES) or more than one first-level region (among the first CONTEXT_REGIONS)
CONTEXT_COUNTRIES = 12
CONTEXT_REGIONS = 8
MEMO_SIZE = 50_000  # context-free answers kept per process (datelines recur), then cleared
MAX_BOOST = W_CONTEXT_MAX * 2 + 1.0 + geodata.LANGUAGE_PRIOR  # what non-qualifier evidence adds


def joint_places(name: str) -> tuple[str, ...]:
    """The places of a joint dateline's name ("DUBAI/PARIS": the story was put together in
    each; the first is the dateline's own, the one resolved), as written, one per "/"."""
    return tuple(part.strip() for part in name.split("/"))


@dataclass(frozen=True, slots=True)
class TextHome:
    """The text's own country, read from its variety of the language (``parsing.variety``):
    a home the text gives, weighed as a home country given by the user (``geo.home.Home``),
    and never against a world place abroad (``_home_prior``)."""

    cc: str
    lang: str

    @property
    def a1(self) -> str:
        return ""  # a variety says a country, never a region

    @property
    def note(self) -> str:
        """What a reason says where it decided: "namesake in the text's country (US English)"."""
        lang = LANGUAGES.get(self.lang)
        return f"namesake in the text's country ({self.cc} {lang.name if lang else self.lang})"


def text_home(text: object, lang: object) -> TextHome | None:
    """The text's own country as a home (``TextHome``), when its variety of the language says
    one (``parsing.variety``, read once per text); else None."""
    if not (text and isinstance(text, str) and isinstance(lang, str)):
        return None
    lang = lang.lower()
    cc = text_country(text, lang)
    return TextHome(cc, lang) if cc else None


@dataclass(frozen=True, slots=True)
class TextHomes:
    """The countries the text may be from, read from its variety's marks where they lead with
    several and leave out some of the language's (``parsing.variety.text_countries``:
    "colour", "towards" and "footpath" are the Commonwealth's, none America's; "a.m." and
    "organize" America's and Canada's): a weaker home than one country (``TextHome``), weighed
    in ``geo.disambiguate.choose`` between namesakes only (``home_group``)."""

    ccs: frozenset[str]
    lang: str

    @property
    def note(self) -> str:
        """What a reason says where it decided: "namesake in the text's countries (CA/US
        English)"."""
        lang = LANGUAGES.get(self.lang)
        where = "/".join(sorted(self.ccs))
        return f"namesake in the text's countries ({where} {lang.name if lang else self.lang})"


def text_homes(text: object, lang: object) -> TextHomes | None:
    """The countries the text may be from (``TextHomes``), where its variety's marks lead with
    more than one and not every country the language's marks name; else None. Only in a
    language no country's papers own (English): in one of local papers its papers' countries
    lean so already (``geodata.paper_countries``)."""
    if not (text and isinstance(text, str) and isinstance(lang, str)):
        return None
    lang = lang.lower()
    if geodata.paper_countries(lang):
        return None
    ccs = frozenset(text_countries(text, lang))
    if len(ccs) < 2 or ccs >= VARIETY_COUNTRIES.get(lang, ccs):
        return None
    return TextHomes(ccs, lang)


@dataclass(slots=True)
class _Qualifier:
    raw: str
    countries: frozenset[str]
    regions: tuple[int, ...]  # REGION / SUBREGION indexes
    near: tuple[int, ...]  # CITY indexes
    # the regions an unknown place gets (``_qualifier_only``) when a code names regions of
    # several countries ("SC"): those the text's language or agency chooses, else the code's
    # regions before (maybe none: "RS" in English); None: the largest of ``regions``
    unknown_place: tuple[int, ...] | None = None

    @property
    def known(self) -> bool:
        return bool(self.countries or self.regions or self.near)


@dataclass(slots=True)
class _Context:
    countries: dict[str, int]  # cc -> mentions
    regions: dict[int, int]  # region index -> mentions
    words: dict[str | int, str]  # a country code or a region index -> first phrase (folded)
    places: tuple[int, ...] = ()  # cities the text names (capitalised, not the place's own)
    folded: str = ""  # the text as scanned (folded), where a county's full name is looked for


@dataclass(frozen=True, slots=True)
class _Favoured:
    """What a text must name for a query's pool of readings to score otherwise than without
    it: the folded name, the readings' countries, their cities' and counties' and their
    regions' first-level regions, the countries among them, and their cities' counties."""

    folded: str
    countries: frozenset[str]
    # the regions of the name's city and county readings: a place the text names there does
    # not favour the region's reading over the city's ("NEW YORK" with "Liberty" in text), and
    # the region named does favour them ("Ohio" for WARREN COUNTY's Ohio reading)
    local_a1s: frozenset[str]
    # countries the name names too ("México", "Luxembourg"): a city of theirs that the name
    # reads as is the same place to a reader, and takes the evidence for the country
    named: frozenset[str]
    region_a1s: frozenset[str]
    cities: tuple[int, ...]  # the city readings, for a town the text names near one
    # the full names of the city readings' counties ("butler county"), folded: one the text
    # names says which namesake it is ("HAMILTON" with "the Butler County Coroner's Office")
    counties: frozenset[str]
    # their words that their bare names lack ("county"): looked for first, as a cheap test
    county_words: frozenset[str]

    @classmethod
    def of(
        cls, g, pool: tuple[tuple[float, int, int], ...], folded: str, counties: dict
    ) -> _Favoured:
        kind, cc, a1, a2, get = g.kind, g.cc, g.a1, g.a2, counties.get
        # one pass over the pool for the five sets (a generator a set cost ~600 instructions a
        # reading, on pools of up to some hundred readings)
        cities: list[int] = []
        ccs: set[str] = set()
        local: set[str] = set()
        named: set[str] = set()
        region_a1s: set[str] = set()
        for _, i, _ in pool:
            k = kind[i]
            ccs.add(cc[i])
            if k == CITY:
                cities.append(i)
                local.add(a1[i])
            elif k == SUBREGION:
                local.add(a1[i])
            elif k == COUNTRY:
                named.add(cc[i])
            elif k == REGION:
                region_a1s.add(a1[i])
        # the cities' counties' full names and the words those add to their bare names, each
        # county's words split once a process (``_county_words``), not once a pool
        names: set[str] = set()
        words: set[str] = set()
        for i in cities:
            bare = a2[i]
            if bare and (c := get((cc[i], a1[i], bare))):
                names.add(c)
                words.update(_county_words(c, bare))
        return cls(
            folded,
            frozenset(ccs),
            frozenset(local),
            frozenset(named),
            frozenset(region_a1s),
            tuple(cities),
            frozenset(names),
            frozenset(words),
        )


# a county's full name and bare name -> the words of the full name the bare one lacks
# ("butler county", "butler" -> ("county",)): one entry a county of the gazetteer at most
_EXTRA_WORDS: dict[tuple[str, str], tuple[str, ...]] = {}


def _county_words(full: str, bare: str) -> tuple[str, ...]:
    """The words of a county's full name (folded) that its bare name lacks, kept per county."""
    key = (full, bare)
    got = _EXTRA_WORDS.get(key)
    if got is None:
        got = _EXTRA_WORDS[key] = tuple(set(full.split()) - set(bare.split()))
    return got


class Resolver:
    """Offline resolver over the gazetteer. Thread-safe for reads; cheap to share."""

    def __init__(self, gazetteer: Gazetteer | None = None, floor: int = DEFAULT_FLOOR) -> None:
        self.g = gazetteer if gazetteer is not None else load(floor)
        self._base: dict[str, tuple[tuple[float, int, int], ...]] = {}
        self._in_part: dict[str, tuple[tuple[int, int], ...]] = {}  # see _lands_in_part
        self._short: dict[tuple[str, str], tuple[tuple[float, int, int], ...]] = {}
        self._word_cities: dict[str, tuple[tuple[str, int], ...]] = {}  # see _cities_of
        self._lock = threading.Lock()
        g = self.g
        # one dict per language: phrase -> country code (str) or region index (int)
        self._ctx: dict[str, dict[str, str | int]] = {}
        for lang, names in g.context_names.items():
            table: dict[str, str | int] = dict(g.context_regions)
            table.update(names)
            self._ctx[lang] = table
        self._automata: dict[str, ahocorasick.Automaton] = {}  # per context table, when met
        # every country name the gazetteer reads in any language (``_country_named`` is asked
        # only of these, and of names of three letters: a country read by a short alias, whose
        # own name in some language's CLDR table is that alias: "USA" in Danish, Swedish)
        self._country_keys: dict[str, str] = g.context_names.get("*", {})
        # answers that did not read the brief's text, by (name, qualifier, agencies, language)
        self._memo: dict[tuple, Location] = {}
        # for names that need the text: by the same key, the answer when the text holds no
        # evidence for any reading, and the countries and city regions the text could favour
        self._plain: dict[tuple, Location] = {}
        self._favoured: dict[tuple, _Favoured] = {}
        self._county_names: dict[tuple[str, str, str], str] | None = None  # see _counties
        # place index -> what a ``Location`` of it always says (``location``): at most one
        # tuple a place of the gazetteer, so never cleared
        self._fields: dict[int, tuple] = {}
        # place index -> its ``label`` (a reason's "Santiago, CL"): as ``_fields``, one string a
        # place at most, never cleared (mentions label the same countries brief after brief)
        self._labels: dict[int, str] = {}
        # by query key, whether the text's variety may move the answer (``_movable``): only
        # then is it read (``text_home``), and the answers are kept apart by it
        self._variable: dict[tuple, bool] = {}

    # --- public ------------------------------------------------------------------------------
    def resolve(self, query: PlaceQuery, home: Home | None = None) -> Location:
        """The best reading of ``query``; unresolved (with a reason) rather than ever raising.
        ``home`` is the source's home given by the user (``geo.home``): a weak prior.

        An answer that did not depend on the brief's text (one country's reading within reach:
        "Parijs", "KYIV", "LONDON, Ky.") is kept and given again for the same name, qualifier,
        agencies and language, whatever the text.
        """
        try:
            key = _memo_key(query, home)
            if key is not None:
                hit = self._memo.get(key)
                if hit is not None:
                    return hit
                if home is None and self._variable.get(key):
                    # a name whose answer the text's own country may move: its answers are
                    # kept apart by that country, as by a home given
                    home = text_home(query.context, query.lang)
                    if home is not None:
                        key = _memo_key(query, home)
            ctx = None
            plain = self._plain.get(key) if key is not None else None
            fav = self._favoured.get(key) if plain is not None else None
            if fav is not None:
                # a name that needs the text, met before: read the text, and when it favours
                # no reading the answer is the one kept for a text without evidence
                text = query.context
                if not (text and isinstance(text, str)):
                    return plain
                ctx = self._scan(text, query.lang, fav.folded)
                if not _favoured_by(fav, ctx, self.g):
                    return plain
            read: list[bool] = []
            loc = self._resolve(query, read, key, ctx, home)
            if key is not None and not read:
                if len(self._memo) >= MEMO_SIZE:
                    self._memo.clear()
                self._memo[key] = loc
            return loc
        except Exception as exc:  # noqa: BLE001 - the contract is "never raise on bad input"
            raw = getattr(query, "name", "")
            return Location.unresolved(_show(raw), f"internal error: {type(exc).__name__}")

    def clear_cache(self) -> None:
        """Forget the kept answers (benchmarks time a pass that starts cold)."""
        self._memo.clear()
        self._plain.clear()
        self._favoured.clear()
        self._variable.clear()

    def needs_context(self, name: str) -> bool:
        """Whether the reading of ``name`` (with no qualifier) depends on the brief's text:
        its readings within reach of the best lie in several countries or regions."""
        return self._ambiguous(self._pool(self._base_for(fold(_clean(name)))))

    def _movable(
        self, key: tuple | None, pool: tuple[tuple[float, int, int], ...], lang: str
    ) -> bool:
        """Whether the text's own country (``TextHome``) could change the answer for a bare
        name's readings ``pool``, in a language written the world over: a reading in a country
        its variety may name, other than the one that leads with no evidence from the text,
        within the home's weight of it, and no world place abroad from it (``_world``). Only
        then is the variety read (a text's evidence stops the home anyway). Kept per key."""
        got = self._variable.get(key) if key is not None else None
        if got is not None:
            return got
        g = self.g
        ccs = VARIETY_COUNTRIES.get(lang)
        got = False
        if ccs and _countries(g, pool) > 1:
            # the scores the home would weigh against: the text's own evidence stops it
            ours = _PRESS_SETS.get(lang, frozenset())
            cc_of, prior = g.cc, geodata.LANGUAGE_PRIOR
            bare = [(s + prior * (cc_of[i] in ours), cc_of[i]) for s, i, _ in pool]
            top, first = max(bare)
            for s, cc in bare:  # a loop, not ``any`` over a generator: a few calls less a key
                if (
                    cc != first
                    and cc in ccs
                    and s + W_HOME >= top
                    and not _world_abroad(g, pool, cc, lang)
                ):
                    got = True
                    break
        if key is not None:
            with self._lock:
                if len(self._variable) >= MEMO_SIZE:
                    self._variable.clear()
                self._variable[key] = got
        return got

    def _ambiguous(self, pool: tuple[tuple[float, int, int], ...]) -> bool:
        g = self.g
        return len(pool) > 1 and (
            _countries(g, pool) > 1 or len({g.a1[i] for _, i, _ in pool[:CONTEXT_REGIONS]}) > 1
        )

    @staticmethod
    def _pool(base: tuple[tuple[float, int, int], ...]) -> tuple[tuple[float, int, int], ...]:
        """The readings that the text's evidence could still make win over the best."""
        if not base:
            return base
        limit = base[0][0] - MAX_BOOST
        n = 1
        while n < len(base) and base[n][0] >= limit:
            n += 1
        return base[:n]

    def candidates(self, name: str) -> list[int]:
        """Place indexes a name can mean (for diagnostics and the geopy adapter)."""
        return [i for _, i, _ in self._base_for(fold(name))]

    def city_in_country(self, name: str, cc: str, qualifier: str | None = None) -> int | None:
        """The gazetteer's city called ``name`` in country ``cc`` (its index), or None.

        With a ``qualifier`` that names a region ("Ky.", "Illinois") the city inside that
        region is preferred; among several, the best reading by the resolver's own context-free
        score (the best-named, then the most populous). Evaluation uses it to find the place a
        label means when the label gives only a name and a country.
        """
        g = self.g
        cands = [(s, i) for s, i, _ in self._base_for(fold(name)) if g.cc[i] == cc]
        cands = [(s, i) for s, i in cands if g.kind[i] == CITY]
        if not cands:
            return None
        qual = self._qualifier(qualifier)
        if qual is not None and qual.known:
            inside = [(s, i) for s, i in cands if self._qual_weight(qual, i) == W_QUAL_REGION]
            cands = inside or cands
        return max(cands)[1]

    # --- steps -------------------------------------------------------------------------------
    def _resolve(
        self,
        q: PlaceQuery,
        read: list[bool],
        key_memo: tuple | None = None,
        scanned: _Context | None = None,
        home: Home | TextHome | None = None,
    ) -> Location:
        """The answer; ``read`` gets an item when the brief's text was read for it.

        ``key_memo`` (``_memo_key``) keys what a text that favours no reading gets: the same
        answer as no text at all, computed once per key (``_plain``). ``scanned`` is the
        text's context when the caller has read it already.
        """
        raw = q.name if isinstance(q.name, str) else ""
        shown = _show(raw)
        if not isinstance(q.name, str) or not raw.strip():
            return Location.unresolved(shown, "empty place name")
        if len(raw) > MAX_NAME:
            return Location.unresolved(shown, f"not a place name ({len(raw)} characters)")
        clean = _clean(raw)
        if "/" in clean:  # "DUBAI/PARIS": the first place is the dateline's own
            clean = joint_places(clean)[0]
        key = fold(clean)
        if not key:
            return Location.unresolved(shown, "no letters in place name")

        note = ""
        base = ()
        lang = (q.lang or "").lower() if isinstance(q.lang, str) else ""
        abbr = self.g.abbreviations.get(key)
        if abbr is not None and ("." in clean or len(key) <= 2 and clean.isupper()):
            base = ((0.0, abbr, 0),)  # "Ore.", "N.Y.": an abbreviation says region
        if not base:
            base = self._bound_country(key, lang, clean)
        if not base:
            base = self._with_short_forms(key, lang, self._base_for(key))
        if not base:
            base = self._county_dateline(key)
        if not base:
            stripped = _strip_generic(key)
            if stripped:
                base = self._base_for(stripped)
                note = f' (read as "{stripped}")'
        if not base:
            spelled, base = self._transliterated(clean, lang)
            if base:
                note = f' (read as "{spelled}")'
        qual = self._qualifier(q.qualifier, lang, q.agencies)
        if not base:
            if qual is not None and qual.known:
                return self._qualifier_only(shown, qual, "not in the gazetteer")
            return Location.unresolved(shown, f"{shown}: not in the gazetteer")

        agency = _agency_prior(q.agencies)
        lang_cc = geodata.LANGUAGE_COUNTRIES.get(lang, ())
        g = self.g
        # with a known qualifier only the places it fits compete ("ROSCOE, South Dakota" with
        # no Roscoe there gives the region: a same-named town elsewhere would be a wrong pin);
        # without one, only candidates within reach of the best can still win
        qweights: dict[int, float] = {}
        if qual is not None and qual.known:
            for _, i, _ in base:
                w = self._qual_weight(qual, i)
                if w:
                    qweights[i] = w
            if not qweights and qual.unknown_place == () and not (qual.countries or qual.near):
                # a code only other countries' regions have, in copy not of theirs, that fits
                # no reading: unknown, as before ("Paris (RS)" in English)
                qual = _Qualifier(qual.raw, frozenset(), (), ())
            elif not qweights:
                return self._qualifier_only(shown, qual, f"no {shown} there")
        pool = tuple([t for t in base if t[1] in qweights]) if qweights else self._pool(base)
        ctx: _Context | None = None
        plain = False
        ambiguous = self._ambiguous(pool)
        if ambiguous:
            # the answer depends on the text, given or not: never kept as a text-free answer
            # ("Santa Clara" with no text is the Cuban city, with "Stanford" the Californian)
            read.append(True)
            if home is None and self._movable(key_memo, pool, lang):
                # the text's own country weighs as a home (its answers are kept apart by it)
                home = text_home(q.context, q.lang)
                if home is not None and key_memo is not None:
                    key_memo = _memo_key(q, home)
        if ambiguous and q.context and isinstance(q.context, str):
            ctx = scanned if scanned is not None else self._scan(q.context, q.lang, key)
            if key_memo is not None and not self._favours(key_memo, pool, ctx, key):
                # the text names no country or region of any reading: it changes no score, so
                # the answer (reason included) is the one without the text
                hit = self._plain.get(key_memo)
                if hit is not None:
                    return hit
                ctx, plain = None, True

        place_ccs: frozenset[str] = frozenset()
        fav: _Favoured | None = None  # what the pool's readings make of the text's places
        counties: dict[tuple[str, str, str], str] | None = None  # when the text may name one
        towns: frozenset[int] = frozenset()  # the text's places that are not prominent
        if ctx is not None:
            fav = self._favoured.get(key_memo) if key_memo is not None else None
            fav = fav or _Favoured.of(g, pool, key, self._counties())
            if ctx.places:
                place_ccs = frozenset({g.cc[j] for j in ctx.places})
                # each place tested once (``_town``), not once for each reading of its country
                towns = frozenset({j for j in ctx.places if _town(g, j)})
            if _county_hint(fav, ctx):
                counties = self._counties()
        obscure: frozenset[str] = frozenset()  # bare datelines: lands where the name is small towns
        renamed: frozenset[int] = frozenset()  # and cities abroad it is another name of
        papers = geodata.paper_countries(lang) if qual is None or not qual.known else None
        if papers and len(pool) > 1:  # a bare dateline of many readings, in a local press's copy
            obscure = self._obscure_abroad(pool, papers)
            renamed = self._renamed_abroad(pool, papers)
        named = _NO_TOWNS  # towns abroad a country's own name reaches (``_country_named``)
        if len(pool) > 1 and (len(key) <= 3 or key in self._country_keys):
            named = self._country_named(key, clean, lang, pool)
        near_of: dict[int, int] = {}  # reading -> the place the text names by it
        scored: list[tuple[float, int, dict[str, float]]] = []
        # the tables and the text's findings read for every reading, looked up once a call
        cc_of, kind_of, a1_of, a2_of = g.cc, g.kind, g.a1, g.a2
        prior = geodata.LANGUAGE_PRIOR
        if ctx is not None:
            in_text, regions_named, folded = ctx.countries, ctx.regions, ctx.folded
        for b, i, _ in pool:
            parts: dict[str, float] = {}
            s = b
            cc = cc_of[i]
            w = qweights.get(i)
            if w:
                parts["qualifier"] = w
                s += w
            if ctx is not None:
                n = in_text.get(cc, 0)
                if n:
                    w = min(W_CONTEXT_MAX, W_CONTEXT_FIRST + W_CONTEXT_MORE * (n - 1))
                    parts["context"] = w
                    s += w
                if regions_named and kind_of[i] in (CITY, SUBREGION):
                    for r, n in regions_named.items():
                        if a1_of[r] == a1_of[i]:
                            w = min(W_CONTEXT_MAX, W_CONTEXT_FIRST + W_CONTEXT_MORE * (n - 1))
                            parts["region"] = w
                            s += w
                            break
                if counties is not None and kind_of[i] == CITY and a2_of[i]:
                    n = _named_times(folded, counties.get(_county_key(g, i)))
                    if n:
                        w = min(W_CONTEXT_MAX, W_CONTEXT_FIRST + W_CONTEXT_MORE * (n - 1))
                        parts["county"] = w
                        s += w
                j = None
                if cc in place_ccs:
                    j = self._near_place(i, ctx.places, fav, towns)
                if j is not None:
                    parts["near"] = W_NEAR_TEXT
                    near_of[i] = j
                    s += W_NEAR_TEXT
            if agency and cc == agency[1]:
                parts["agency"] = agency[2]
                s += agency[2]
            if cc in lang_cc:
                parts["lang"] = prior
                s += prior
            elif cc in obscure and not parts:  # the text's evidence qualifies it
                parts["foreign"] = W_FOREIGN_SMALL
                s += W_FOREIGN_SMALL
            elif i in renamed and not parts:
                parts["foreign"] = W_ALT
                s += W_ALT
            if named and i in named and _DECIDED_BY.isdisjoint(parts):  # the text may back it
                parts["country_named"] = W_COUNTRY_NAMED
                s += W_COUNTRY_NAMED
            scored.append((s, i, parts))
        if home is not None:
            _home_prior(g, scored, home)
        _by_score(scored, g.pop)
        best_s, best, parts = scored[0]
        # confidence: the share of the evidence that points within 25 km of the answer
        lat_of, lon_of = g.lat, g.lon
        blat, blon = lat_of[best], lon_of[best]
        kx = math.cos(math.radians(blat)) * 111.2
        total = same = 0.0
        rivals: list[tuple[float, int, dict[str, float]]] = []
        for t in scored[:40]:
            s, i = t[0], t[1]
            w = 10.0 ** (s - best_s)
            total += w
            dy = (lat_of[i] - blat) * 111.2
            dlon = abs(lon_of[i] - blon)
            dx = min(dlon, 360.0 - dlon) * kx
            if dx * dx + dy * dy <= SAME_PLACE_KM * SAME_PLACE_KM:
                same += w
            else:
                rivals.append(t)
        conf = round(min(0.99, same / total) * (0.7 if note else 1.0), 3)
        reason = self._reason(
            shown, q, best, parts, scored, rivals, qual, ctx, agency, near_of, home, named
        )
        reason += note
        if rivals and g.kind[best] != COUNTRY:
            reason += self._in_part_note(key, rivals)
        loc = self.location(shown, best, conf, reason)
        if plain:
            with self._lock:
                if len(self._plain) >= MEMO_SIZE:
                    self._plain.clear()
                if key_memo in self._favoured:
                    self._plain[key_memo] = loc
        return loc

    def _in_part_note(self, key: str, rivals: list[tuple[float, int, dict[str, float]]]) -> str:
        """What the reason adds where a territory ``key`` names only in part lost to a town
        (``named_in_part``): "; not Norfolk Island, named so only in part"; else ""."""
        pairs = self._lands_in_part(key)
        if not pairs:  # nearly every name: no land is named by it only in part
            return ""
        return in_part_note(self.g, pairs, {t[1] for t in rivals})

    def _lands_in_part(self, key: str) -> tuple[tuple[int, int], ...]:
        """``named_in_part`` of ``key``, worked out once a name: it reads only the gazetteer."""
        pairs = self._in_part.get(key)
        if pairs is None:
            pairs = self._kept(self._in_part, key, named_in_part(self.g, key, self.g.postings(key)))
        return pairs

    def _counties(self) -> dict[tuple[str, str, str], str]:
        """(country, first-level region, folded admin2 name) -> the county's full name, folded,
        where it says more than the bare name ("butler county", "rapides parish"; not
        "oxfordshire"): built when first needed."""
        got = self._county_names
        if got is None:
            g = self.g
            got = {}
            for i, k in enumerate(g.kind):
                if k == SUBREGION:
                    full = fold(g.name[i])
                    if full != g.a2[i]:
                        got[(g.cc[i], g.a1[i], g.a2[i])] = full
            self._county_names = got
        return got

    def _county_dateline(self, key: str) -> tuple[tuple[float, int, int], ...]:
        """The counties a dateline names by their full name ("BUTLER COUNTY", "RAPIDES
        PARISH"), scored like places by their population: the county itself, never a town of
        the same name (``_base_for`` leaves counties out, as running text's names do)."""
        out: dict[int, tuple[float, int, int]] = {}
        g = self.g
        for p in g.postings(key):
            i = p >> 1
            if g.kind[i] == SUBREGION and fold(g.name[i]) == key and key != g.a2[i]:
                out[i] = (math.log10(g.pop[i] + 10), i, 0)
        return self._ranked(out)

    def _favours(
        self, key: tuple, pool: tuple[tuple[float, int, int], ...], ctx: _Context, folded: str = ""
    ) -> bool:
        """Whether the text's countries, regions or places may match a reading in ``pool`` (the
        scores then move); what that needs of the pool is kept per query key (``_Favoured``),
        with the folded name (``_scan`` leaves the place's own name out)."""
        got = self._favoured.get(key)
        if got is None:
            got = _Favoured.of(self.g, pool, folded, self._counties())
            with self._lock:
                if len(self._favoured) >= MEMO_SIZE:
                    self._favoured.clear()
                    self._plain.clear()
                self._favoured[key] = got
        return _favoured_by(got, ctx, self.g)

    def _base_for(self, key: str) -> tuple[tuple[float, int, int], ...]:
        """Candidates of a folded name with their context-free score, best first (cached)."""
        hit = self._base.get(key)
        if hit is not None:
            return hit
        g = self.g
        out: dict[int, tuple[float, int, int]] = {}
        pref = g.preferred.get(key)
        for p in g.postings(key):
            i, alt = p >> 1, p & ALT
            if g.kind[i] == SUBREGION:
                continue
            s = self._place_score(i, alt, pref)
            if i not in out or out[i][0] < s:
                out[i] = (s, i, alt)
        if out:
            self._part_named(key, out)
        return self._kept(self._base, key, self._ranked(out))

    def _part_named(self, key: str, out: dict[int, tuple[float, int, int]]) -> None:
        """A territory ``key`` names only in part (``named_in_part``) scores in ``out`` as a
        place ``PART_NAME_RATIO`` times smaller than the town that bears the name: the town's
        bare, the territory's where the text names it ("NORFOLK (Reuters) ... Norfolk Island")."""
        for i, town in self._lands_in_part(key):
            if i in out and town in out:
                out[i] = (out[town][0] - math.log10(PART_NAME_RATIO), i, out[i][2])

    def _kept(self, cache: dict, key, res: tuple) -> tuple:
        """``res``, kept in ``cache`` under ``key`` (cleared past 200,000 names)."""
        with self._lock:
            if len(cache) > 200_000:
                cache.clear()
            cache[key] = res
        return res

    def _place_score(self, i: int, alt: int, pref: int | None = None) -> float:
        """A reading's context-free score: log10 population (a country's base), a capital's
        bonus, the penalties of an alternate name and of a region."""
        g = self.g
        k = g.kind[i]
        if k == COUNTRY:
            s = COUNTRY_BASE
        else:
            s = math.log10(g.pop[i] + 10)
            if k == REGION:
                s += W_REGION
        if alt:
            s += W_ALT
        if i in g.capital:
            s += W_CAPITAL
        if i == pref:
            s += W_PREFERRED
        return s

    def _ranked(self, out: dict[int, tuple[float, int, int]]) -> tuple:
        g = self.g
        return tuple(sorted(out.values(), key=lambda t: (-t[0], -g.pop[t[1]])))

    def _bound_country(
        self, key: str, lang: str, written: str = ""
    ) -> tuple[tuple[float, int, int], ...]:
        """The country alone where ``key`` is a CLDR country name bound to ``lang``'s copy
        (``geodata.COUNTRY_NAMES_BY_LANGUAGE``: "KINA (TT)" is China, not Kinna): the name is
        not in the gazetteer's index, being a town or a word elsewhere, and the copy's mentions
        read it as the country only (``geo.mentions``), so the dateline says the same.

        Not where the name is the own name of a city named the world over
        (``named_the_world_over``: "SALVADOR (AFP)" in French copy is Salvador da Bahia,
        "TUNIS (Hina)" the capital): a dateline names the city the copy was filed from, and a
        paper writes a country's dateline at its capital ("SAN SALVADOR"), not the bare country.

        A short form of the country in ``lang``'s copy (``geodata.short_form``, ``written`` as
        the dateline writes it: "SAD (Hina)" is the USA, not Sad, India) is the country too.
        """
        g = self.g
        short = geodata.short_form(key, lang, written)
        if short is not None:
            i = g.country_index.get(short)
            return () if i is None else ((self._place_score(i, 0), i, 0),)
        if key not in geodata.COUNTRY_NAMES_BY_LANGUAGE.get(lang, ()):
            return ()
        if any(
            not alt and g.kind[i] == CITY and named_the_world_over(g, i)
            for _, i, alt in self._base_for(key)
        ):
            return ()
        i = g.country_index.get(g.context_names.get(lang, {}).get(key, ""))
        return () if i is None else ((self._place_score(i, 0), i, 0),)

    def _with_short_forms(self, key: str, lang: str, base: tuple) -> tuple:
        """``base`` with the readings of ``key`` as a short form (``Gazetteer.heads`` in the
        paper's language, ``Gazetteer.cores``), scored as alternate names (cached)."""
        ck = (key, lang)
        hit = self._short.get(ck)
        if hit is not None:
            return hit
        g = self.g
        heads = g.heads.get(lang, {}).get(key, ())
        cores = g.cores.get(key, ())
        res = base
        if heads or cores:
            out = {t[1]: t for t in base}
            for i in heads:  # scored as an alternate name, marked as the town's own short form
                if i not in out:
                    out[i] = (self._place_score(i, ALT), i, SHORT)
            for i in cores:
                if i not in out:
                    out[i] = (self._place_score(i, ALT), i, ALT)
            res = self._ranked(out)
        return self._kept(self._short, ck, res)

    def _transliterated(self, clean: str, lang: str) -> tuple[str, tuple]:
        """An unknown name in the English-style spelling of its language's transliteration
        ("Nischnij Tagil" -> "nizhniy tagil"): the first spelling the gazetteer knows and its
        readings, else ("", ())."""
        for v in spellings(clean, lang):
            base = self._base_for(v)
            if base:
                return v, base
        return "", ()

    def _qualifier(
        self, raw: str | None, lang: str = "", agencies: object = None
    ) -> _Qualifier | None:
        """What a qualifier names; ``lang`` and ``agencies`` choose among the countries whose
        regions share its code, for a place the gazetteer does not know."""
        if not raw or not isinstance(raw, str) or len(raw) > MAX_NAME:
            return None
        clean = _clean(raw)
        key = fold(clean)
        if not key:
            return None
        g = self.g
        countries: set[str] = set()
        regions: list[int] = []
        near: list[int] = []
        # two capitals are a region's or a country's code ("Porto Alegre (RS)", "Campinas, SP"),
        # never a city's (an airport code or a short alternate name: "RS" for Ar Rass)
        code = len(key) <= 2 and clean.isupper()
        abbr = g.abbreviations.get(key)
        if abbr is not None:
            regions.append(abbr)
        regions.extend(g.qualifier_regions.get(key, ()))
        for p in g.postings(key):
            i = p >> 1
            k = g.kind[i]
            if k == COUNTRY:
                countries.add(g.cc[i])
            elif k == REGION and i not in regions:
                regions.append(i)
            elif k == CITY and g.pop[i] >= 10_000 and not code:
                near.append(i)
        near.sort(key=lambda i: -g.pop[i])
        shared = [r for r in g.region_codes.get(key, ()) if r not in regions]
        unknown_place = None
        if shared:
            unknown_place = self._shared_code(regions, shared, lang, agencies)
        regions.extend(shared)
        return _Qualifier(
            clean, frozenset(countries), tuple(regions), tuple(near[:8]), unknown_place
        )

    def _shared_code(
        self, regions: list[int], shared: list[int], lang: str, agencies: object
    ) -> tuple[int, ...]:
        """The regions of a code several countries use (``regions`` as before, ``shared``
        the other countries') that a place the gazetteer does not know is put in: the ones of
        the text's language's press countries ("Unknownville, SC" in Portuguese: Santa
        Catarina; in English: South Carolina), else of the agency's home, else ``regions``
        (never the larger only because it is larger)."""
        g = self.g
        every = regions + shared
        agency = _agency_prior(agencies)
        for ccs in (
            geodata.LANGUAGE_COUNTRIES.get(lang, ()),
            (agency[1],) if agency else (),
        ):
            some = [r for r in every if g.cc[r] in ccs]
            if some and (len(some) < len(every) or not regions):
                return tuple(some)
        return tuple(regions)

    def _obscure_abroad(
        self, pool: tuple[tuple[float, int, int], ...], home: frozenset[str]
    ) -> frozenset[str]:
        """The countries abroad where a bare dateline's name is only small towns (``_obscure``),
        for a paper whose countries are ``home`` (``geodata.paper_countries``; asked only where
        it has some and the name more than one reading), and only against a reading at home
        under its own name or its short form. A first-level region named like a town of its
        own (Brest's voblast) is known abroad as that town is: its name is the town's. A city
        abroad is known from ``KNOWN_ABROAD_POP`` against a town of ``HOME_NAMESAKE_POP`` at
        home, from ``KNOWN_ABROAD_SMALL_POP`` against villages: a village does not make a paper
        qualify it."""
        g = self.g
        cc_of, kind_of, a1_of = g.cc, g.kind, g.a1  # looked up once, not once a reading
        at_home = [g.pop[i] for _, i, alt in pool if cc_of[i] in home and alt != ALT]
        if not at_home:
            return frozenset()
        known_pop = KNOWN_ABROAD_POP
        if max(at_home) < HOME_NAMESAKE_POP:
            known_pop = KNOWN_ABROAD_SMALL_POP
        abroad = {cc_of[i] for _, i, _ in pool}.difference(home)
        seats = {a1_of[i] for _, i, _ in pool if kind_of[i] == CITY and cc_of[i] in abroad}
        known = {
            cc_of[i]
            for _, i, alt in pool
            if cc_of[i] in abroad
            and not _obscure(g, i, alt, known_pop)
            and not (kind_of[i] == REGION and a1_of[i] in seats)
        }
        return frozenset(abroad - known)

    def _renamed_abroad(
        self, pool: tuple[tuple[float, int, int], ...], home: frozenset[str]
    ) -> frozenset[int]:
        """The cities abroad that a bare dateline's name reaches only as an alternate name (a
        historic name, an exonym) where it is the own name of a town of ``HOME_TOWN_POP``
        people in the paper's countries (``home``): they weigh an alternate name's penalty once
        more. A paper names its own town by its name; where its language's name for a city
        abroad is that name too, it qualifies the city abroad ("Alessandria d'Egitto"), and a
        historic name is no paper's ("Olbia" in Italian copy is Sardinia's, not Antalya)."""
        g = self.g
        for _, i, alt in pool:  # a loop, not ``any`` over a generator
            if not alt and g.cc[i] in home and g.kind[i] == CITY and g.pop[i] >= HOME_TOWN_POP:
                break
        else:
            return frozenset()
        return frozenset(
            {i for _, i, alt in pool if alt == ALT and g.kind[i] == CITY and g.cc[i] not in home}
        )

    def _country_named(
        self, key: str, clean: str, lang: str, pool: tuple[tuple[float, int, int], ...]
    ) -> frozenset[int]:
        """The towns abroad that ``key`` (as written: ``clean``) reaches only by an alternate
        name or with its accents folded away, where ``key`` is the copy's own language's CLDR
        name of a country among the readings (``Gazetteer.context_names``, else
        ``geodata.own_country_names``): they weigh
        ``W_COUNTRY_NAMED``. "Ruanda" is Rwanda in Spanish and one of Luanda's other names; a
        town whose own name is the word ("Armenia", Colombia) or one in that country (its
        capital: "MÉXICO") is not touched."""
        g = self.g
        # the language's country names as the gazetteer reads them (CLDR's, with the aliases),
        # else CLDR's, read when first needed for a language the gazetteer has no names of
        names = g.context_names.get(lang) if lang not in _NOT_LANGUAGES else None
        cc = (names if names is not None else geodata.own_country_names(lang)).get(key)
        if cc is None:
            return frozenset()
        country = g.country_index.get(cc)
        if country is None or all(i != country for _, i, _ in pool):
            return frozenset()
        written = _letters(clean)
        return frozenset(
            i
            for _, i, alt in pool
            if g.kind[i] == CITY and g.cc[i] != cc and (alt or _letters(g.name[i]) != written)
        )

    def _country_named_note(
        self,
        shown: str,
        lang: str | None,
        best_s: float,
        rivals: list[tuple[float, int, dict[str, float]]],
    ) -> str:
        """The reason's note where a town lost to the country by ``_country_named``'s weight
        alone (it would have won without): "the es name of the country; Luanda, AO only by
        another name"; else "" (the size's "largest" stands)."""
        lost = next(
            (i for s, i, parts in rivals if s - parts.get("country_named", 0.0) > best_s), None
        )
        if lost is None:
            return ""
        how = "without its accents" if fold(self.g.name[lost]) == fold(shown) else "by another name"
        return f"the {lang} name of the country; {self.label(lost)} only {how}"

    def _near_place(
        self, i: int, places: tuple[int, ...], fav: _Favoured, towns: frozenset[int]
    ) -> int | None:
        """The first place the text names by reading ``i``, if any: for a country, a city of it
        (and so for a city of a country the name also names: ``fav.named``); for a region, a
        city in it (unless the name reads as a city or a county there too: ``fav.local_a1s``);
        for a city, a town near it (``towns``: the places that pass ``_town``; ``_near``)."""
        g = self.g
        k, cc, a1 = g.kind[i], g.cc[i], g.a1[i]
        if k == REGION and a1 in fav.local_a1s:
            return None
        for j in places:
            if j == i or g.cc[j] != cc:
                continue
            if k == COUNTRY or (k == CITY and cc in fav.named):
                return j
            if k == REGION and a1 and g.a1[j] == a1:
                return j
            if k == CITY and j in towns and _near(g, j, i):
                return j
        return None

    def _places_in(
        self, text: str, own: str, regions: dict[int, int], words: dict[str | int, str]
    ) -> tuple[int, ...]:
        """The cities the text names in capitals, one word or two, other than the place's own
        name: each name's main reading when that is a city of ``TEXT_PLACE_POP`` people under
        its own (not an alternate) name ("Atlanta", "Stanford"): what a reading near them
        gains. Not a name a feature word follows ("Red Bank Road"). The short region names
        written so ("an Ohio man") are counted into ``regions`` (and ``words``)."""
        found: list[int] = []
        cities = self._word_cities
        known = cities.get  # bound once: a look-up a capitalised phrase
        kind = self.g.kind
        dated: dict[str, bool] = {}  # month name -> next to a day's figure: each read once
        for phrase in _capitalised(text[:MAX_CONTEXT]):
            hits = known(phrase)
            if hits is None:
                hits = self._kept(cities, phrase, self._cities_of(phrase))
            if not hits:
                continue
            road = None  # a feature word after the phrase: read only for a city's hit
            for k, j in hits:
                if k in _MONTHS:
                    if k not in dated:
                        dated[k] = _in_a_date(text, k)
                    if dated[k]:
                        continue
                if k != own and not own.startswith(k + " "):
                    if kind[j] == REGION:  # "Ohio State Highway Patrol" names Ohio
                        regions[j] = regions.get(j, 0) + 1
                        words.setdefault(j, k)
                    else:
                        if road is None:
                            road = _before_feature(text, phrase)
                        if not road:
                            found.append(j)
        return tuple(dict.fromkeys(found))

    def _cities_of(self, phrase: str) -> tuple[tuple[str, int], ...]:
        """The cities a capitalised phrase of a text names, with their folded names: the
        phrase's and its words' main readings when that is a city of ``TEXT_PLACE_POP`` people
        under its own name (kept per phrase in ``_word_cities``); none in a phrase that ends in
        a feature word ("Berkeley County"). With them the short regions (``short_regions``)
        its words name in title case ("Ohio", not "OHIO" or "chin")."""
        g = self.g
        key = fold(phrase)
        parts = key.split(" ")
        if len(parts) > 1 and _is_feature_word(parts[-1]):
            return ()
        out = []
        for k in (key, *parts) if len(parts) > 1 else (key,):
            base = self._base_for(k) if len(k) >= 4 else ()
            if base and not base[0][2]:
                j = base[0][1]
                if g.kind[j] == CITY and g.pop[j] >= TEXT_PLACE_POP:
                    out.append((k, j))
        if g.short_regions:
            for word in phrase.split(" "):
                r = g.short_regions.get(fold(word)) if word[1:].islower() else None
                if r is not None:
                    out.append((fold(word), r))
        return tuple(out)

    def _qual_weight(self, qual: _Qualifier, i: int) -> float:
        g = self.g
        cc = g.cc[i]
        for r in qual.regions:
            if g.cc[r] != cc:
                continue
            if g.kind[r] == REGION and g.a1[r] and g.a1[r] == g.a1[i]:
                return W_QUAL_REGION
            if g.kind[r] == SUBREGION and g.a2[i] and g.a2[r] == g.a2[i] and g.a1[r] == g.a1[i]:
                return W_QUAL_REGION
        for j in qual.near:
            # the distance only for another place of the country, and past ``_near``'s gate
            if j != i and g.cc[j] == cc and _near(g, j, i):
                return W_QUAL_NEAR
        if cc in qual.countries:
            return W_QUAL_COUNTRY
        return 0.0

    def _automaton(self, lang: str) -> ahocorasick.Automaton:
        """One automaton over a language's context phrases and every demonym stem (built when
        first met; a few thousand keys, milliseconds): a brief is then read in one pass."""
        auto = self._automata.get(lang)
        if auto is not None:
            return auto
        table = self._ctx.get(lang) or self._ctx["*"]
        auto = ahocorasick.Automaton()
        # phrase -> (its value or None, the demonym stem's order or -1, its country)
        found: dict[str, list] = {ph: [v, -1, None] for ph, v in table.items()}
        for order, (stem, cc) in enumerate(self.g.demonyms.items()):
            if len(stem) < 4 or " " in stem[:4]:
                continue  # a stem is looked up by a word's first four letters
            slot = found.setdefault(stem, [None, -1, None])
            if slot[1] < 0:
                slot[1], slot[2] = order, cc
        # each key after a space, and the text scanned after one: a match starts at a word's
        # start (no hit inside a word to drop), and the automaton stays at its root, which has
        # one child, through a word's other letters (about half the scan's cost)
        for ph, (v, order, cc) in found.items():
            auto.add_word(" " + ph, (len(ph), v, order, cc, " " in ph))
        auto.make_automaton()
        with self._lock:
            self._automata[lang] = auto
        return auto

    def _scan(self, text: str, lang: str | None, own: str = "") -> _Context:
        """Country names, demonyms and region names in the brief's own text (not the place's
        own name: "Valencia, 9 oct" must not vote for the region of Valencia).

        At each word: the longest context phrase that ends at a word's end, else the first
        demonym stem (in the gazetteer's order) that the words there start with. One pass of an
        Aho-Corasick automaton over the folded text (keys and text after a space: matches at
        a word's start only) finds every candidate at once.
        """
        folded = fold_text(text[:MAX_CONTEXT])
        lang = (lang or "").lower()
        auto = self._automaton(lang if lang in self._ctx else "*")
        size = len(folded)
        # word start -> (length, value) of the longest phrase; (order, country, length or -1
        # for "the whole word") of the first demonym stem
        phrase: dict[int, tuple[int, str | int]] = {}
        stem_at: dict[int, tuple[int, str, int]] = {}
        for end, (n, v, order, cc, multi) in auto.iter(" " + folded):
            # the scanned text has a space before it: ``end`` is the phrase's end in ``folded``
            start = end - n
            if v is not None and (end == size or folded[end] == " "):
                got = phrase.get(start)
                if got is None or got[0] < n:
                    phrase[start] = (n, v)
            if order >= 0:
                got = stem_at.get(start)
                if got is None or order < got[0]:
                    stem_at[start] = (order, cc, n if multi else -1)
        countries: dict[str, int] = {}
        regions: dict[int, int] = {}
        words: dict[str | int, str] = {}
        for start in sorted(phrase.keys() | stem_at.keys()):
            hit = phrase.get(start)
            if hit is not None:
                n, v = hit
                ph = folded[start : start + n]
            else:
                _, v, n = stem_at[start]
                if n < 0:  # a one-word stem: the phrase is the word it starts
                    n = folded.find(" ", start) - start
                    n = n if n >= 0 else size - start
                ph = folded[start : start + n]
            if isinstance(v, int):
                if ph != own:
                    regions[v] = regions.get(v, 0) + 1
                    words.setdefault(v, ph)
            elif ph != own:
                countries[v] = countries.get(v, 0) + 1
                words.setdefault(v, ph)
        places = self._places_in(text, own, regions, words)
        return _Context(countries, regions, words, places, folded)

    def _qualifier_only(self, shown: str, qual: _Qualifier, why: str) -> Location:
        """The qualifier's own region/country (coarser precision) when the place is unknown."""
        g = self.g
        pick = None
        regions = [
            r
            for r in (qual.regions if qual.unknown_place is None else qual.unknown_place)
            if g.kind[r] in (REGION, SUBREGION)
        ]
        if regions:
            pick = max(regions, key=lambda r: g.pop[r])
        elif qual.countries:
            pick = max(
                (g.country_index[c] for c in qual.countries if c in g.country_index),
                key=lambda r: g.pop[r],
                default=None,
            )
        if pick is None and qual.near:
            pick = qual.near[0]
        if pick is None:
            return Location.unresolved(shown, f"{shown}: {why}")
        reason = f'{shown}: {why}; qualifier "{qual.raw}" → {self.label(pick)}'
        loc = self.location(shown, pick, 0.5, reason)
        if g.kind[pick] == CITY:  # a province named after its capital: the point is the region's
            loc = Location(**{**loc.to_dict(), "precision": "region"})
        return loc

    # --- output ------------------------------------------------------------------------------
    def location(self, shown: str, i: int, conf: float, reason: str) -> Location:
        """Place ``i`` of the gazetteer as a ``Location`` (the one builder mentions use too).
        What depends on the place alone (``_place_fields``) is made once a place, not once a
        ``Location``: the same places are placed again and again (a text's mentions, a
        dateline's city)."""
        got = self._fields.get(i)
        if got is None:
            got = self._fields[i] = self._place_fields(i)
        name, lat, lon, cc, admin1, gid, precision = got
        return Location(shown, name, lat, lon, cc, admin1, gid, precision, conf, reason)

    def _place_fields(self, i: int) -> tuple:
        """A ``Location``'s fields that place ``i`` alone gives: its name, its point rounded,
        its country, first-level region, GeoNames id and precision."""
        g = self.g
        k = g.kind[i]
        if k == COUNTRY:
            admin1 = None
        elif k in (REGION, SUBREGION):
            admin1 = g.admin1_name(i) if k == SUBREGION else g.name[i]
        else:
            admin1 = g.admin1_name(i)
        lat, lon = rounded(g.lat[i], 5), rounded(g.lon[i], 5)
        return (g.name[i], lat, lon, g.cc[i], admin1, g.gid[i] or None, KIND_NAMES[k])

    def label(self, i: int) -> str:
        """ "Santiago, CL" / "London, US-KY": what a reader checks in the reason (made once a
        place: ``_label``)."""
        got = self._labels.get(i)
        if got is None:
            got = self._labels[i] = self._label(i)
        return got

    def _label(self, i: int) -> str:
        g = self.g
        if g.kind[i] == COUNTRY:
            return f"{g.name[i]} (country), {g.cc[i]}"
        code = g.a1[i].split(".", 1)[1] if g.cc[i] == "US" and g.a1[i] else ""
        where = f"{g.cc[i]}-{code}" if code else g.cc[i]
        if g.kind[i] in (REGION, SUBREGION):
            return f"{g.name[i]} (region), {where}"
        return f"{g.name[i]}, {where}"

    def _reason(
        self, shown, q, best, parts, scored, rivals, qual, ctx, agency, near_of, home=None, named=()
    ) -> str:
        g = self.g
        arrow = f"→ {self.label(best)}"
        bits: list[str] = []
        home_note = ""  # when the home given for the source decided
        best_s = scored[0][0]
        if "qualifier" in parts:
            bits.append(f'qualifier "{qual.raw}"')
        if "context" in parts and ctx is not None:
            bits.append(f'"{_original(q.context, ctx.words.get(g.cc[best], ""))}" in text')
        if "region" in parts and ctx is not None:
            a1 = g.a1[best]  # the word of the region that counted, not the text's first region
            word = next(
                (w for k, w in ctx.words.items() if isinstance(k, int) and g.a1[k] == a1), ""
            )
            bits.append(f'"{_original(q.context, word)}" in text')
        if "county" in parts:
            county = self._counties()[_county_key(g, best)]
            bits.append(f'"{_original(q.context, county)}" in text')
        if "near" in parts:
            bits.append(f'"{g.name[near_of[best]]}" in text')
        if rivals and not bits:
            r_s, _, r_parts = rivals[0]
            if "home" in parts and _home_decided(best_s - parts["home"], rivals):
                home_note = f"; {home.note}"
            elif "agency" in parts and "agency" not in r_parts and r_s > best_s - parts["agency"]:
                bits.append(f"agency {agency[0]}")
            elif "lang" in parts and "lang" not in r_parts and r_s > best_s - parts["lang"]:
                bits.append(f"language {q.lang}")
            else:
                home_note = self._home_namesake(q, parts, rivals, agency, best, bits)
        if qual is not None and not qual.known:
            bits.append(f'qualifier "{qual.raw}" unknown')
        if bits:
            return f"{shown} + {' + '.join(bits)} {arrow}{home_note}"
        if home_note:
            return f"{shown} {arrow}{home_note}"
        if not rivals:
            return f"{shown} {arrow} (only match)"
        if g.preferred.get(fold(shown)) == best:
            return f"{shown} {arrow} (reviewed reading)"
        note = self._country_named_note(shown, q.lang, best_s, rivals) if named else ""
        if note:
            return f"{shown} {arrow} ({note})"
        return f"{shown} {arrow} (largest of {len(rivals) + 1} places of that name)"

    def _home_namesake(self, q, parts, rivals, agency, best: int, bits: list[str]) -> str:
        """Where a larger place of the name lost to a namesake abroad's penalty (not named bare
        in this language), the note that says so, with the agency's and the language's priors
        that counted with it added to the reason's ``bits``; "" where none did (the size's
        "largest" stands)."""
        g = self.g
        abroad = next(
            (i for _, i, r_parts in rivals if "foreign" in r_parts and g.pop[i] > g.pop[best]),
            None,
        )
        if abroad is None:
            return ""
        if "agency" in parts:
            bits.append(f"agency {agency[0]}")
        if "lang" in parts:
            bits.append(f"language {q.lang}")
        lang = LANGUAGES.get(q.lang or "")
        press = f"the {lang.name} press's" if lang else "the paper's"
        return f"; {press} own town, not {self.label(abroad)}"


def spellings(name: str, lang: str | None) -> list[str]:
    """The folded English-style spellings of ``name`` under its language's transliteration
    (``geodata.TRANSLITERATION``, after ``SCHOLARLY_LETTERS``): "Nischnij Tagil" in German ->
    "nizhiy tagil", "nizhniy tagil", ...; none (or past ``MAX_VARIANTS``) when the rules change
    nothing. Tried only for a name the gazetteer does not know as written."""
    rules = geodata.TRANSLITERATION.get((lang or "").lower())
    lower = name.lower()
    spelled = "".join(geodata.SCHOLARLY_LETTERS.get(c, c) for c in lower)
    if not rules and spelled == lower:
        return []
    variants = [""]
    text = fold(spelled)
    pos = 0
    while pos < len(text) and len(variants) <= MAX_VARIANTS:
        for src, dst in rules or ():
            if text.startswith(src, pos):
                variants = [v + d for v in variants for d in dst]
                pos += len(src)
                break
        else:
            variants = [v + text[pos] for v in variants]
            pos += 1
    if pos < len(text):
        return []
    own = fold(name)
    return [v for v in variants if v != own]


def _in_a_date(text: str, month: str) -> bool:
    """Whether the month name ``month`` (folded) stands next to a day's figure in ``text``
    ("March 30", "30. März", "5 de mayo": the languages' date links between): a date, not a
    place."""
    word = re.escape(month)
    date = rf"\b{word}\s+\d|\d\s+(?:(?:{_DATE_LINKS})\s+)?{word}\b"  # "5 de mayo": the link's words
    return re.search(date, fold_text(text)) is not None


def _before_feature(text: str, phrase: str) -> bool:
    """Whether a feature word follows the phrase where the text first names it ("Red Bank
    Road"): looked up only for the rare phrase that names a place."""
    at = text.find(phrase) + len(phrase)
    if text[at : at + 1] != " ":
        return False
    word = text[at + 1 : at + 16].split(" ", 1)[0].rstrip(".,;:")
    return _is_feature_word(fold(word))


def _is_feature_word(word: str) -> bool:
    """Whether a folded word makes the name before it a road's or a county's, in the singular
    or the plural ("road", "streets": "Elm and Oak Streets"; not "driver")."""
    return word in _FEATURE_WORDS or word[-1:] == "s" and word[:-1] in _FEATURE_WORDS


def _favoured_by(got: _Favoured, ctx: _Context, g) -> bool:
    """Whether the text's countries, regions or places (``ctx``) may match a reading of the
    pool ``got`` describes (``Resolver._favoured``): every case where ``_near_place`` finds a
    place (a region's reading named by a city also of the name's city readings too)."""
    ccs = got.countries
    if not ccs.isdisjoint(ctx.countries):
        return True
    # loops, not ``any`` over generators: a generator made a test cost more than its work
    for j in ctx.places:
        cc = g.cc[j]
        if cc in got.named or g.a1[j] in got.region_a1s:
            return True
        if cc in ccs and _town(g, j):
            for i in got.cities:
                if _near(g, j, i):
                    return True
    a1s = got.local_a1s
    for r in ctx.regions:
        if g.a1[r] in a1s:
            return True
    if _county_hint(got, ctx):
        for c in got.counties:
            if _named_times(ctx.folded, c):
                return True
    return False


def _home_prior(
    g, scored: list[tuple[float, int, dict[str, float]]], home: Home | TextHome
) -> None:
    """Add the home's weight (``W_HOME``, ``W_HOME_REGION``) to the readings in ``home`` (a
    ``geo.home.Home``), in place, unless the text, the qualifier or the agency tells some
    reading apart already (``_DECIDED_BY``): the home is a weak prior, never a fact. The text's
    own country (``TextHome``), a guess from its words, also yields to any world place abroad
    (``_world``): papers everywhere name those bare."""
    if any(not _DECIDED_BY.isdisjoint(parts) for _, _, parts in scored):
        return
    cc, a1 = home.cc, home.a1
    if isinstance(home, TextHome) and _world_abroad(g, scored, cc, home.lang):
        return
    for n, (s, i, parts) in enumerate(scored):
        if g.cc[i] != cc:
            continue
        w = W_HOME + (W_HOME_REGION if a1 and g.a1[i] == a1 and g.kind[i] != COUNTRY else 0.0)
        parts["home"] = w
        scored[n] = (s + w, i, parts)


def named_in_part(g, key: str, postings: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """(land, town) for each country or territory that folded name ``key`` calls only by the
    first words of its name ("Norfolk", Dutch copy's name of Norfolk Island) where a town or
    first-level region abroad bears ``key`` as its own name, one papers name bare
    (``KNOWN_ABROAD_SMALL_POP``) with ``PART_NAME_RATIO`` times the land's people: the name is
    that town's ("Fire crews in Norfolk": Virginia's), the land's only where the text backs
    it (its whole name written, its country's dateline). ``postings``: ``key``'s."""
    out: list[tuple[int, int]] = []
    kind, pop, cc = g.kind, g.pop, g.cc
    for p in postings:
        i = p >> 1
        if kind[i] != COUNTRY or not fold(g.name[i]).startswith(key + " "):
            continue
        least = max(KNOWN_ABROAD_SMALL_POP, PART_NAME_RATIO * pop[i])
        towns = [
            q >> 1
            for q in postings
            if not q & ALT and kind[q >> 1] in (CITY, REGION) and cc[q >> 1] != cc[i]
        ]
        town = max(towns, key=pop.__getitem__, default=None)
        if town is not None and pop[town] >= least:
            out.append((i, town))
    return tuple(out)


def in_part_note(g, pairs: tuple[tuple[int, int], ...], lost: set[int]) -> str:
    """What a reason adds where a land of ``pairs`` (``named_in_part``) is among the readings
    that ``lost``: "; not Norfolk Island, named so only in part"; else "". The dateline's
    reason (``Resolver._in_part_note``) and a mention's (``geo.disambiguate``) say it alike."""
    for i, _ in pairs:
        if i in lost:
            return f"; not {g.name[i]}, named so only in part"
    return ""


def named_the_world_over(g, i: int) -> bool:
    """Whether reading ``i`` is a place papers the world over name bare: a country, a capital
    or a city of ``PROMINENT_POP`` people ("PARIS", "BIRMINGHAM", not "MANSFIELD"); also
    ``geo.disambiguate.famous_abroad``'s test."""
    k = g.kind[i]
    return k == COUNTRY or i in g.capital or k == CITY and g.pop[i] >= PROMINENT_POP


def _world_abroad(g, readings, cc: str, lang: str = "") -> bool:
    """Whether a reading outside country ``cc`` is a world place (``_world``): the text's own
    country, a guess from its words, never outweighs one (``_movable``, ``_home_prior``). In a
    language of local papers (``geodata.paper_countries``) only one outside its papers'
    countries counts: a paper qualifies a big city of another land of its own language
    ("Córdoba (Argentina)" in a Spanish paper), its readers' own being the one it names bare."""
    papers = geodata.paper_countries(lang)
    for _, i, _ in readings:  # a loop, not ``any`` over a generator
        c = g.cc[i]
        if c != cc and c not in papers and named_the_world_over(g, i):
            return True
    return False


# each language's press countries as a set (``geodata.LANGUAGE_COUNTRIES`` keeps their order):
# a reading's country is looked up in it once for every reading of a name (``_movable``)
_PRESS_SETS: dict[str, frozenset[str]] = {
    lang: frozenset(ccs) for lang, ccs in geodata.LANGUAGE_COUNTRIES.items()
}


# no readings: what ``_country_named`` gives nearly every name (one object, not one a call)
_NO_TOWNS: frozenset[int] = frozenset()
# the gazetteer's tables of country names that are not a language's (``Gazetteer.context_names``)
_NOT_LANGUAGES = frozenset(("*", "aliases"))


def _letters(name: str) -> str:
    """``name``'s letters and digits as written, accents kept (NFC, case folded): a town's own
    name is the word whatever its apostrophes, hyphens, dots and spaces ("SANT’ELENA" is
    Sant'Elena's, "ST. HELENA" St Helena's), not when its accents differ ("FRANÇA", Franca)."""
    return "".join(c for c in unicodedata.normalize("NFC", name).casefold() if c.isalnum())


_SCORE = operator.itemgetter(0)


def _by_score(scored: list[tuple[float, int, dict[str, float]]], pop) -> None:
    """Sort the scored readings in place, best first, as ``scored.sort(key=lambda t: (-t[0],
    -pop[t[1]]))`` did: by score alone (a C key, no tuple a reading), then each run of equal
    scores by population, largest first. Both sorts are stable (``reverse`` keeps equal items in
    their order), so readings equal in both keep the order they came in."""
    scored.sort(key=_SCORE, reverse=True)
    n, a = len(scored), 0
    while a < n - 1:
        s = scored[a][0]
        b = a + 1
        while b < n and scored[b][0] == s:
            b += 1
        if b - a > 1:  # a tie (villages of no recorded population: each 1.0)
            scored[a:b] = sorted(scored[a:b], key=lambda t: pop[t[1]], reverse=True)
        a = b


def _countries(g, pool: tuple[tuple[float, int, int], ...]) -> int:
    """How many countries the first ``CONTEXT_COUNTRIES`` readings of ``pool`` lie in."""
    return len({g.cc[i] for _, i, _ in pool[:CONTEXT_COUNTRIES]})


def _home_decided(own: float, rivals: list[tuple[float, int, dict[str, float]]]) -> bool:
    """Whether a rival would lead without the home's weight (``own``: the answer's score
    without it): the home decided."""
    return any(s - parts.get("home", 0.0) > own for s, _, parts in rivals)


def _county_hint(got: _Favoured, ctx: _Context) -> bool:
    """Whether the text may name a county of the pool's cities: a word of their full names
    ("county") stands in it (one ``str`` search for most pools, none for most texts)."""
    folded = ctx.folded
    for w in got.county_words:  # noqa: SIM110 - a loop, not ``any`` over a generator
        if w in folded:
            return True
    return False


def _county_key(g, i: int) -> tuple[str, str, str]:
    return (g.cc[i], g.a1[i], g.a2[i])


def _named_times(folded: str, phrase: str | None) -> int:
    """How often the folded text names ``phrase`` as whole words, or in the possessive (folding
    makes "Butler County's" "butler countys"); 0 for None."""
    if not phrase:
        return 0
    n, at = 0, folded.find(phrase)
    while at != -1:
        end = at + len(phrase)
        if folded[end : end + 1] == "s":
            end += 1
        if (at == 0 or folded[at - 1] == " ") and (end == len(folded) or folded[end] == " "):
            n += 1
        at = folded.find(phrase, end)
    return n


def _obscure(g, i: int, alt: int, known_pop: int) -> bool:
    """A town a paper abroad would not name bare: a city neither a capital nor of
    ``known_pop`` people, nor a city (``EXONYM_POP``) met under another name; not a
    region or a country (``Resolver._obscure_abroad``, for each reading of a pool)."""
    if g.kind[i] != CITY or i in g.capital or g.pop[i] >= known_pop:
        return False
    return not (alt and g.pop[i] >= EXONYM_POP)


def _town(g, j: int) -> bool:
    """Whether place ``j`` a text names is not prominent: neither a capital nor a city of
    ``PROMINENT_POP`` people. Only such a town near a city reading (``_near``) says the text is
    about that city: a capital or a big city is named in stories from far around it ("Berlin"
    says nothing for Frankfurt an der Oder). Tested once a place, not once a reading."""
    return g.pop[j] < PROMINENT_POP and j not in g.capital


def _near(g, j: int, i: int) -> bool:
    """Whether place ``j`` lies within ``NEAR_KM`` of place ``i`` in its country. Two places
    are at least their latitudes' difference apart (along a meridian): where that alone is
    beyond ``NEAR_KM`` (``_NEAR_LAT``, with a margin far above rounding) the haversine is not
    computed."""
    if g.cc[j] != g.cc[i]:
        return False
    lat_i, lat_j = g.lat[i], g.lat[j]
    if abs(lat_j - lat_i) > _NEAR_LAT:
        return False
    return haversine_km(lat_i, g.lon[i], lat_j, g.lon[j]) <= NEAR_KM


# the latitudes' difference (degrees) beyond which two places are farther apart than NEAR_KM:
# a great circle's length is at least the earth's radius times that difference in radians
_NEAR_LAT = math.degrees(NEAR_KM / EARTH_RADIUS_KM) * (1 + 1e-6)


def _memo_key(q: PlaceQuery, home: Home | TextHome | None = None) -> tuple | None:
    """What a context-free answer depends on; None for a query of unexpected types."""
    name, qual, lang, ag = q.name, q.qualifier, q.lang, q.agencies
    if not isinstance(name, str) or len(name) > MAX_NAME:
        return None
    if not (qual is None or isinstance(qual, str)) or not (lang is None or isinstance(lang, str)):
        return None
    if isinstance(ag, str):
        ag = (ag,)
    elif isinstance(ag, (tuple, list)) and all(isinstance(a, str) for a in ag):
        ag = tuple(ag)
    elif not ag:
        ag = ()
    else:
        return None
    return (name, qual, ag, lang) if home is None else (name, qual, ag, lang, home)


def _agency_prior(agencies) -> tuple[str, str, float] | None:
    if not agencies or isinstance(agencies, str):
        agencies = (agencies,) if isinstance(agencies, str) and agencies else ()
    for a in agencies:
        if isinstance(a, str):
            hit = geodata.AGENCY_HOME.get(a.strip().upper())
            if hit:
                return a.strip(), hit[0], hit[1]
    return None


def _strip_generic(key: str) -> str:
    """ "jabalya refugee camp" -> "jabalya": once, so "city" alone never becomes empty."""
    for w in geodata.GENERIC_PLACE_WORDS:
        if key.endswith(" " + w):
            return key[: -len(w) - 1]
        if key.startswith(w + " "):
            return key[len(w) + 1 :]
    return ""


def _clean(raw: str) -> str:
    """Drop invisible control characters (junk inside a word), turn line breaks into spaces.

    A printable name with no two spaces in a row (almost every one) only loses the spaces at
    its ends: every character the two patterns match but the space is not printable (controls,
    format characters, separators), so the regexes are not run for it."""
    if raw.isprintable() and "  " not in raw:
        return raw.strip()
    return _SPACES.sub(" ", _CONTROL.sub("", raw)).strip()


def _show(raw) -> str:
    """The query as it may be shown in a reason: one line, bounded."""
    if not isinstance(raw, str):
        return repr(raw)[:80]
    s = _clean(raw[:400])
    return s if len(s) <= 80 else s[:77] + "..."


def _original(text: str, folded: str) -> str:
    """The words of ``text`` that fold to ``folded`` (for a readable reason), else ``folded``.

    The first word whose fold starts with ``folded``'s first word is the one written. Folding
    every word of the text to find it cost ~80,000 instructions a call; a word that starts with
    an ASCII letter or digit folds to that character in lower case, so where ``folded`` starts
    with one, only the words that start with it (either case) or with a non-ASCII letter are
    folded, found by one search (``_word_starts``; in an all-ASCII text, ``_ascii_word_starts``,
    a search the regex engine runs as a scan for the two letters). Same word, same answer."""
    if not folded or not text:
        return folded
    first = folded.split()[0]
    head = text[:MAX_CONTEXT]
    starts = _word_starts(first[0])
    if starts is None:
        for m in _WORD.finditer(head):
            if fold(m.group()).startswith(first):
                return _written(text, m, folded)
        return folded
    if head.isascii():
        starts = _ascii_word_starts(first[0])
    # a loop, not a generator of the words found: the same words in the same order
    for s in starts.finditer(head):
        m = _word_at(head, s.start())
        if m and fold(m.group()).startswith(first):
            return _written(text, m, folded)
    return folded


def _written(text: str, m: re.Match[str], folded: str) -> str:
    """``_original``'s answer where the word ``m`` of ``text`` is the first one written."""
    n = len(folded.split())
    if n == 1:
        return m.group().rstrip(".")
    tail = text[m.start() : m.start() + len(folded) + 10]
    words = tail.split()[:n]
    return " ".join(words).rstrip(".,")


# ``_original``'s words: a letter or digit, then letters, digits, apostrophes, dots and hyphens
_WORD = re.compile(r"[^\W_][\w'’.-]*")
# what may stand between a word's run's start and its first letter or digit
_RUN_LEAD = frozenset("_'’.-")
_STARTS: dict[str, re.Pattern[str] | None] = {}


def _word_starts(lead: str) -> re.Pattern[str] | None:
    """A search for the characters a word whose fold starts with ``lead`` may start with (``lead``
    in either case, or any non-ASCII character) where no letter or digit stands before them;
    None where ``lead`` is no ASCII letter or digit (every word is then folded)."""
    try:
        return _STARTS[lead]
    except KeyError:
        pass
    found = None
    if lead.isascii() and lead.isalnum():
        chars = re.escape(lead.lower() + lead.upper())
        # the non-ASCII characters as a negated ASCII range: the same characters, where one class
        # of two letters and every code point above 127 took ~10 ms to compile (a lead each, in
        # every process), this ~0.2 ms
        found = re.compile(f"(?:[{chars}]|[^\x00-\x7f])(?<![^\\W_].)", re.S)
    _STARTS[lead] = found
    return found


_ASCII_STARTS: dict[str, re.Pattern[str]] = {}


def _ascii_word_starts(lead: str) -> re.Pattern[str]:
    """``_word_starts(lead)``'s search for a text of ASCII characters only (``lead`` an ASCII
    letter or digit): the lead in either case where no letter or digit stands before it. A
    pattern that starts with a class of two letters is searched by the regex engine as a scan for
    them (the other's alternative of every non-ASCII character was tried at each character)."""
    got = _ASCII_STARTS.get(lead)
    if got is None:
        chars = re.escape(lead.lower() + lead.upper())
        got = _ASCII_STARTS[lead] = re.compile(f"[{chars}](?<![^\\W_].)", re.S)
    return got


def _word_at(head: str, i: int) -> re.Match[str] | None:
    """``_WORD.finditer(head)``'s word starting at ``i``, if one does: the character there is a
    letter or digit and the run of word characters, apostrophes, dots and hyphens it is in has
    none before it (``_word_starts`` saw the character before it is none)."""
    j = i
    while j and head[j - 1] in _RUN_LEAD:
        j -= 1
    if j < i and j and _WORD.match(head, j - 1, j):
        return None
    return _WORD.match(head, i)
