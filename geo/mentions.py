"""Places named in a brief's text: ``find_mentions(text, lang) -> list[Mention]``.

A dateline says where a story was filed; the body says where it happened ("aangekomen in de
Caribische Zee"). This finds cities, regions, countries, seas and well-known regions named in
running text, in nl/en/de/fr/es/it, and resolves each with the same offline gazetteer and
resolver as the datelines (the text itself is the context for disambiguation).

How, and why so:

- The text is tokenised once into words (a hyphenated compound is one word, so "Gaza-oorlog"
  never yields "Gaza": no match inside a word). Runs of 1-5 words are looked up, longest
  first, in one prebuilt dict of folded names (built once per gazetteer and kept in the
  cache folder beside its index, ``parsing.diskcache``; read back lazily): no regular
  expression per place name, so a brief costs microseconds.
- Only capitalised words start or end a gazetteer name (lower-case connectors such as "de",
  "van", "of" may sit inside). Reviewed seas and areas (``geo/data/areas.json``) may start lower
  case ("mer des Caraïbes") but their capitalised words must be capitalised in the text.
- Precision first: a bare single word must be a country, a first-level region or a city above
  ``CITY_POP`` (alternate/exonym names: ``ALT_POP``); common words that are also places are
  stoplisted (``geo/data/mention_words.json``); a name next to a title, a first name, an
  initial, a ship prefix or an organisation word is a person or a thing, not a place
  (Paris Hilton, Gerald R. Ford, USS Gerald R. Ford, the Washington Post, Real Madrid). A
  bare town below ``BIG_CITY_POP`` needs a word that introduces it as a place ("in", "from",
  "man"), unless it has ``CITY_POP`` people and lies in the country of the paper's language
  (a Dutch paper's "vliegveld Lelystad", a German headline's "Hoyerswerda: ..."). A town's name
  given a club's article ("il Sassuolo", "el América") is the club wherever it stands bare.
- Country adjectives (Oekraïense, Chileense) are not mentions: they are only hints, used by
  the resolver as context.
- A town's adjective before a noun of its own place or offices is the town, in German and
  Dutch copy ("die Kölner Polizei", "de Utrechtse politie": ``town_adjective_table``); before
  any other noun it is a paper's, a food's or a team's name ("Berliner Zeitung").
- Throughput (issue 7, and issue 8's pipeline): words are tuples (``Token``) read with one
  ``findall`` (each word's folding and case memoised), only words that can start a name are
  looked up, a run of words grows only while it begins some name, and the readings of names
  the resolver reads without looking at the text (one candidate within reach: "Parijs",
  "Kharkiv") are memoised per process, keyed by (place, key, language, region cue, supported
  countries). They are asked without the text, so
  a memoised answer never depends on which brief asked first. Ambiguous names ("Paris",
  "Cambridge") still go to the resolver with the text each time.
"""

from __future__ import annotations

import copyreg
import json
import logging
import re
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import chain, compress, count
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from geo import geodata
from geo.disambiguate import (
    FREE,
    NEEDS_COUNTRY,
    NEEDS_REGION,
    Anchor,
    Choice,
    Name,
    choose,
    famous_abroad,
    prior,
    qualified,
    qualifies,
    settled,
)
from geo.fold import fold
from geo.gazetteer import ALT, CITY, COUNTRY, KIND_NAMES, REGION, SUBREGION, Gazetteer
from geo.location import Location
from geo.resolve import Resolver, named_in_part, text_home, text_homes
from parsing.compiled import slot_setters
from parsing.diskcache import gc_paused, load_tables, save_tables, tables_key
from parsing.languages import LANGUAGES, with_data
from parsing.variety import COUNTRIES as VARIETY_COUNTRIES

try:
    import parsing._langwalk as _langwalk
except ImportError:  # no C compiler at install: ``_py_tokenize`` gives the same words
    _langwalk = None

if TYPE_CHECKING:  # the home is given only by the user: not imported on the usual path
    from geo.home import Home
    from geo.service import GeoService

log = logging.getLogger(__name__)
DATA = Path(__file__).parent / "data"
TOWN_ADJECTIVES = DATA / "town_adjectives.json"  # made by tools/make_town_adjectives.py
CITY_POP = 10_000  # a bare single-word town must be this big, and its country named in the text
BIG_CITY_POP = 100_000  # a bare single-word city this big needs no support from the text
# a town below CITY_POP, the gazetteer's only one of its name, that the text introduces both ways
# ("in Tipperary town") is read without its region: not a hamlet this small (Garvín, 104: a
# hamlet's name is as often a person's, and shared with hamlets the gazetteer does not list)
SMALL_TOWN_POP = 2_000
CITY_POP_MULTI = 5_000  # "Den Helder", "Bad Ems": several words are rarely a common phrase
ALT_POP = 100_000  # a city found by an alternate name (exonym: Parijs, Keulen) must be this big
ALT_POP_SMALL = 30_000  # ... or this big with its country named in the text (Venezia)
# ... and ten times bigger than a town of 10,000+ whose own name it is (``_make_entry``)
OWN_NAME_RATIO = 10
REGION_POP = 100_000  # first-level regions, by the population of their cities
BIG_REGION_POP = 1_000_000  # a region this big names an institution ("Ohio Senate")
CLUB_TOWN_POP = 1_000_000  # a club's name ("Ajax") is a town below this only after "in"
# a town named by its adjective ("die Kölner Polizei", "de Utrechtse politie") must be this big:
# a big town's adjective is how papers across its land name it (and a form made from a smaller
# one's name meets surnames and words: "Hager", "Sieger")
TOWN_ADJECTIVE_POP = 50_000
MAX_WORDS = 5
LAZY_WORDS = 3  # small towns' names read lazily have at most this many words ("Tega Cay")
MAX_CANDIDATES = 12  # readings of one name kept for the choice from the whole text
MAX_TEXT = 200_000  # longer texts are cut: briefs are short, this bounds hostile input
CACHE_SIZE = 50_000  # readings kept per process (the same names recur constantly), then cleared

KINDS = ("city", "region", "country", "sea", "area", "continent", "demonym")
THING = object()  # "part of a person's or a thing's name": no shorter place inside it either
# a mention's confidence by its choice's ``why`` (``_mention``; any other: 0.6)
_CONFIDENCE = {"qualifier": 0.9, "only reading": 0.8, "introduced as a town": 0.8}
NAMED_IN = "named in an institution"  # a ``Mention.role``: see ``MentionIndex._person_or_thing``


def _postings(v: int | tuple[int, ...] | None) -> tuple[int, ...]:
    """A gazetteer name's postings as a tuple (``Gazetteer.names`` keeps a lone one bare)."""
    return () if v is None else (v,) if isinstance(v, int) else v


def _remember(memo: dict, key, value):
    """``memo[key] = value``, the memo cleared first when full (``CACHE_SIZE``): the word
    memos' one bound. Gives ``value``."""
    if len(memo) >= CACHE_SIZE:
        memo.clear()
    memo[key] = value
    return value


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in the text: ``text[start:end] == place``."""

    place: str  # as written: "Caribische Zee", "Balakliya"
    start: int
    end: int
    location: Location
    kind: str  # one of KINDS
    # NAMED_IN when the place opens or closes the name of an institution that stands there
    # ("the Boston Globe", "the University of Kentucky"): named, but no evidence of the event's
    # place (``geo/focus.py`` sets it aside); "" else. A class's, not a field: ``_NamedIn``
    role = ""

    def __init__(self, place: str, start: int, end: int, location: Location, kind: str) -> None:
        """The dataclass's own ``__init__`` (same arguments and fields), each field written by
        its slot's own setter, as ``Location``'s: a frozen dataclass writes through
        ``object.__setattr__``, which looks the name up on the class each time."""
        _set_place(self, place)
        _set_start(self, start)
        _set_end(self, end)
        _set_location(self, location)
        _set_kind(self, kind)

    def to_dict(self) -> dict:
        out = {
            "place": self.place,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "location": self.location.to_dict(),
        }
        if self.role:
            out["role"] = self.role
        return out


# the slots' setters ``Mention.__init__`` writes with (the slots exist once the class is made)
_set_place, _set_start, _set_end, _set_location, _set_kind = slot_setters(Mention)


@dataclass(frozen=True, slots=True)
class Area:
    """A sea, strait, passage or well-known region from the reviewed table."""

    name: str
    kind: str  # "sea" | "area" | "continent"
    lat: float
    lon: float
    radius_km: float
    cc: str | None
    after: tuple[str, ...] = ()  # folded words one of which must come just before the name


# --- language data ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def words_as_written() -> dict:
    """``geo/data/mention_words.json`` as written (not folded): read once for ``words``, and for
    the few lists that are searched for in the text as they stand (``geo/focus.py``)."""
    return json.loads((DATA / "mention_words.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists of ``geo/data/mention_words.json``, folded (ship prefixes kept as written)."""
    raw = words_as_written()
    out: dict[str, frozenset[str]] = {}
    for k, v in raw.items():
        if k.startswith("_"):
            continue
        if isinstance(v, dict):  # by language: {"it": [...]}
            out[k] = {lang: frozenset(fold(w) for w in ws) for lang, ws in v.items()}
        else:
            out[k] = frozenset(v) if k == "ship_prefixes" else frozenset(fold(w) for w in v)
    return out


_VOWELS = frozenset("aeiouy")  # of a folded word (``_uninflected``'s fleeting e)


_LANG_KEYS: dict[str | None, str] = {}  # a language tag -> its key: a few tags a process


def _lang_key(lang: str | None) -> str:
    got = _LANG_KEYS.get(lang)
    if got is None:
        got = (lang or "").lower().replace("_", "-").split("-")[0]
        _remember(_LANG_KEYS, lang, got)
    return got


@lru_cache(maxsize=64)
def _demonym_adjectives(key: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple]:
    """``geodata.DEMONYM_ADJECTIVES`` of the language ``key``, their case endings (longest
    first), the nouns a capitalised one names its nation before (``authority_nouns`` and
    ``nation_nouns``) and the stems' ends of an adjective that may agree with it between
    (``agreeing_stems``); every language's when it is not known (as ``authority_nouns``)."""
    keys = [key] if key else list(geodata.DEMONYM_ADJECTIVES)
    forms = frozenset().union(*(geodata.DEMONYM_ADJECTIVES.get(k, ()) for k in keys))
    ends = {e for k in keys for e in geodata.DEMONYM_CASE_ENDINGS.get(k, ())}
    nouns = authority_nouns(key)[0] | by_language("nation_nouns", key)
    stems = tuple(by_language("agreeing_stems", key))
    return forms, tuple(sorted(ends, key=len, reverse=True)), nouns, stems


def _adjective_before_noun(toks, i: int, lang: str | None) -> bool:
    """Whether word ``i``, a capitalised country adjective of a language that writes them in
    lower case (``_demonym_adjectives``), stands before a lower-case word that is no noun of
    its nation: capitalised at a sentence's start or in a name ("Turška kava", "Kitajski zid",
    "Japonski vrt"), it is a style or a thing's name; before an authority noun or a noun of
    the nation's state, offices, army or people (``nation_nouns``: "Grška policija", "Nemški
    minister", "Ruska vojska", "Francoski diplomati"), an adjective that agrees with it (its
    case ending) between or not ("Nemški zunanji minister"), it is the nation. In a language
    without such a table (Croatian, Serbian, Czech copy, which writes many of the same forms)
    every language's tables and nouns stand: "Slovenska policija", not "Kanadski javor"."""
    key = _lang_key(lang)
    if key not in geodata.DEMONYM_ADJECTIVES:
        key = ""  # Croatian "Švedski stol", "Irski pub": a kin language meets them as written
    adjectives, ends, nouns, stems = _demonym_adjectives(key)
    if not adjectives or toks[i].key not in adjectives or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if not nxt.joined or nxt.cap or nxt.key in nouns:
        return False
    if i + 2 < len(toks) and toks[i + 2].joined and toks[i + 2].key in nouns:
        end = next((e for e in ends if toks[i].key.endswith(e)), None)
        stem = nxt.key[: len(nxt.key) - len(end)] if end and nxt.key.endswith(end) else ""
        if len(stem) > 2 and stem.endswith(stems):
            return False  # "Hrvaškega zunanjega ministra": the two agree; not "kava"
    return True


@lru_cache(maxsize=64)
def locatives(lang: str | None, *, own: bool = True) -> frozenset[str]:
    """The words that introduce a place as a location in ``lang``: ``locatives`` without the
    language's ``locatives_drop`` (not English "a", the article; not Dutch "en", and) and, with
    ``own``, with its ``locatives_add`` (Portuguese "em", "no"; Slovene "v"); every language's
    when it is not known."""
    w = words()
    key = _lang_key(lang)
    if not key:
        return w["locatives"]
    add = w["locatives_add"].get(key, frozenset()) if own else frozenset()
    return (w["locatives"] | add) - w["locatives_drop"].get(key, frozenset())


@lru_cache(maxsize=64)
def cue_locatives(lang: str | None) -> frozenset[str]:
    """The locatives that introduce a small town's bare name as a place (``_cued``): the
    language's drops apply, its additions only where ``cue_locatives_add`` keeps them
    (Portuguese "em": "feridos em Potenza"). Portuguese "no Palácio", "na Câmara" and Slovene
    "v Beli krajini" are a palace, a chamber and a region's first word, not the towns Palacio,
    Smara or Beli: those words stand before common nouns and names of all kinds, and a town
    they introduce is still found with the other cues."""
    add = words()["cue_locatives_add"].get(_lang_key(lang))
    base = locatives(lang, own=False)
    return base | add if add else base


_Heads = tuple[tuple[str, tuple[str, ...]], ...]  # (folded compass word, its English words)


@lru_cache(maxsize=64)
def compass_heads(lang: str | None) -> tuple[tuple[str, ...], re.Pattern | None, _Heads]:
    """The compass words ``lang``'s papers join to a country's name in one word
    (``compass_compounds``: "Südindien", "Noord-Syrië"): as written (a substring test gates the
    rest), as a pattern of one at a word's start with more of the word after it (its matches
    are the only words tried: a text with "Osten" in it tries that word, not each of its
    words), and folded, longest first, with those of two directions ("nordost", "nord est"),
    each with the English words that say it before a name ("south", "southern"; en.json's
    ``compass_words``, whose first four are north, south, east, west and the next four their
    adjectives). Empty for a language that writes none so."""
    written = words_as_written()["compass_compounds"].get(_lang_key(lang))
    if not written:
        return (), None, ()
    en = LANGUAGES["en"].geo["compass_words"]
    english = [(en[k], en[k + 4]) for k in range(4)]
    folded = [fold(w) for w in written]
    heads = dict(zip(folded, english, strict=True))
    for a, ea in zip(folded[:2], english[:2], strict=True):
        for b, eb in zip(folded[2:], english[2:], strict=True):
            heads[a + b] = heads[a + " " + b] = (ea[0] + eb[0],)  # "nordost": northeast
    starts = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, written)) + r")[-'’]?[^\W_]")
    return tuple(written), starts, tuple(sorted(heads.items(), key=lambda h: -len(h[0])))


@lru_cache(maxsize=64)
def town_offices(lang: str | None) -> frozenset[str]:
    """A language's words for a town's own offices and people (``town_offices``: the mayor,
    the police, the residents) that introduce the name after "of" as a town ("the mayor of
    Coesfeld", "la police de Coesfeld", ``MentionIndex._office_of``); every language's when
    ``lang`` is not known."""
    return by_language("town_offices", lang)


@lru_cache(maxsize=64)
def match_objects(lang: str | None) -> frozenset[str]:
    """The words that stand between a verb of a match won and the team beaten in ``lang``
    (``object_after_match``: Spanish "venció a Perú", Portuguese "venceu a Alemanha"); every
    language's when it is not known."""
    return by_language("object_after_match", lang)


def by_language(name: str, lang: str | None) -> frozenset[str]:
    """The words a list of ``mention_words.json`` kept by language gives ``lang``: none when it
    has none there; every language's when ``lang`` is not known."""
    by_lang = words()[name]
    key = _lang_key(lang)
    if not key:
        return frozenset().union(*by_lang.values())
    return by_lang.get(key, frozenset())


def written_by_language(name: str, key: str) -> list[str]:
    """A list of ``mention_words.json`` kept by language, as written (not folded), for the
    language ``key`` (``_lang_key``'s); every language's when it is not known, as
    ``by_language`` reads it."""
    return [w for k, ws in words_as_written()[name].items() if not key or k == key for w in ws]


@lru_cache(maxsize=64)
def language_words(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The closed-class words of ``lang`` (``language_words``): folded (the cheap test a word's
    key passes first) and as written, in lower case with their accents ("para", not "pará");
    none when the language is not known or has none listed: "Como" is the town in English."""
    key = _lang_key(lang)
    if not key:
        return frozenset(), frozenset()
    written = written_by_language("language_words", key)
    return frozenset(fold(w) for w in written), frozenset(w.casefold() for w in written)


@lru_cache(maxsize=64)
def authority_nouns(lang: str | None) -> tuple[frozenset[str], tuple[int, ...]]:
    """A language's words for a nation's own authorities (``authority_nouns``: police,
    Regierung, autorités) and where its nation adjective stands from such a noun: before it
    (-1: "French police", "die französische Polizei") or after it (+1, the languages of
    ``adjective_after_noun``: "la police française"); both, and every language's nouns, when
    ``lang`` is not known."""
    key = _lang_key(lang)
    if not key:
        sides: tuple[int, ...] = (-1, 1)
    else:
        sides = (1,) if key in words()["adjective_after_noun"] else (-1,)
    return by_language("authority_nouns", lang), sides


@lru_cache(maxsize=64)
def authority_written(lang: str | None) -> tuple[str, ...]:
    """``authority_nouns`` of ``lang`` as written (every language's when it is not known; none
    for a language of ``adjective_capitalised``): a text that holds none of them as a
    substring has no noun to read a lower-case demonym beside, and a substring test a noun is
    cheaper than a look at every word."""
    key = _lang_key(lang)
    if key in words_as_written()["adjective_capitalised"]:
        return ()  # "French police": the capitalised adjective is read as any demonym is
    return tuple(written_by_language("authority_nouns", key))


@lru_cache(maxsize=64)
def town_adjective_nouns(lang: str | None) -> frozenset[str]:
    """The nouns a town's adjective names its own place before in ``lang`` (``town_offices``
    and ``town_adjective_nouns``: "die Kölner Polizei", "de Rotterdamse wijk"), folded; none
    for a language whose file gives no ``town_adjectives`` (and when ``lang`` is not known: a
    town's adjective is read only in its own language's copy)."""
    key = _lang_key(lang)
    if not key or key not in LANGUAGES or not LANGUAGES[key].geo.get("town_adjectives"):
        return frozenset()
    written = [*written_by_language("town_offices", key)]
    written += written_by_language("town_adjective_nouns", key)
    return frozenset(fold(w) for w in written)


def _positions(toks, table) -> list[int]:
    """The indices of the words of ``toks`` whose key ``table`` holds, in order: its keys met
    with the words' in one C-level set operation, then each found word's places by
    ``list.index`` (no Python step per word of the text)."""
    keys = list(map(_token_key, toks))
    out = []
    for key in table.keys() & keys:
        k = keys.index(key)
        while True:
            out.append(k)
            try:
                k = keys.index(key, k + 1)
            except ValueError:
                break
    return sorted(out)


def _noun_next(t, nouns: frozenset[str]) -> bool:
    """Whether the word ``t`` right after a capitalised town adjective is one of ``nouns``."""
    return t.joined and t.key in nouns


def _short_town_name(name: str, links: frozenset[str]) -> str | None:
    """A town's name as its adjective is made from it: the name of one word, or its first word
    before a link word or a bracket ("Frankfurt am Main", "Halle (Saale)"); None for a name of
    several words ("Bergisch Gladbach", "Den Haag": its adjective, if any, is data)."""
    parts = name.split()
    if len(parts) == 1 or parts[1][:1] == "(" or fold(parts[1]) in links:
        return fold(parts[0])
    return None


def town_adjective_table(g: Gazetteer, key: str) -> dict[str, int]:
    """Folded town adjective -> gazetteer index of its town, for the language ``key`` (its
    file's ``town_adjectives``): made from the names of the towns of its press countries with
    ``TOWN_ADJECTIVE_POP`` people by its "endings" (Köln -> Kölner, Dresden -> Dresdner,
    Bremen -> Bremer, Basel -> Basler, Darmstadt -> Darmstädter; Utrecht -> Utrechtse,
    Groningen -> Groningse), also from the names it gives towns GeoNames names otherwise
    ("names": München, Wien), plus its "irregular" ones (Zürcher, Haagse); each the biggest town
    that forms it."""
    spec = LANGUAGES[key].geo.get("town_adjectives") if key in LANGUAGES else None
    if not spec:
        return {}
    if "suffixes" in spec:  # fr, it, es, pt: made by tools/make_town_adjectives.py
        return generated_town_adjectives(g, key)
    geo = LANGUAGES[key].geo
    area = frozenset(geo["press_countries"])
    links = frozenset(geo.get("name_links", ()))
    endings = [(fold(a), fold(b)) for a, b in spec.get("endings", ())]
    out: dict[str, int] = {}

    def put(adjective: str, i: int) -> None:
        if adjective not in out or g.pop[i] > g.pop[out[adjective]]:
            out[adjective] = i

    pop, kind, cc = g.pop, g.kind, g.cc
    big = compress(count(), map(TOWN_ADJECTIVE_POP.__le__, pop))  # in C: a few thousand of all
    towns = {i for i in big if kind[i] == CITY and cc[i] in area}

    def town(name: str) -> int | None:
        found = [p >> 1 for p in g.postings(fold(name)) if p >> 1 in towns]
        return max(found, key=pop.__getitem__) if found else None

    def land_named(name: str, i: int) -> bool:
        return town_names_land(g, name, i, towns)

    # by its gazetteer name, and by the name the language gives it where that is another
    # (GeoNames' "Munich" is "München" in German copy: the file's "names")
    named = [(g.name[i], i) for i in towns]
    named += [(w, i) for w in spec.get("names", ()) if (i := town(w)) is not None]
    for written, i in named:
        name = _short_town_name(written, links)
        if name is None or land_named(name, i):
            continue
        for end, tail in endings:
            if name.endswith(end) and len(name) - len(end) >= 3:
                put(name[: len(name) - len(end)] + tail, i)
    for adjective, name in spec.get("irregular", {}).items():
        if (i := town(name)) is not None and not land_named(fold(name), i):
            out[fold(adjective)] = i
    return out


def generated_town_adjectives(g: Gazetteer, key: str) -> dict[str, int]:
    """Folded town adjective -> gazetteer index of its town, for a language that writes them in
    lower case after the noun ("la police lyonnaise", "la polizia milanese"): the forms that
    ``tools/make_town_adjectives.py`` derived from its towns' names by the file's ``stems`` and
    ``suffixes`` and found written, and rarer than the name, in the language
    (``geo/data/town_adjectives.json``: adjective -> geonameid)."""
    table = json.loads(TOWN_ADJECTIVES.read_text("utf-8")).get(key, {})
    by_gid = g.by_gid
    return {a: by_gid[gid] for a, gid in table.items() if gid in by_gid}


def town_names_land(g: Gazetteer, name: str, i: int, towns) -> bool:
    """Whether town ``i``'s (folded) ``name`` is also its country's ("Luxemburg", "México") or
    that of a region of its country with a bigger town among ``towns`` ("Brandenburg": Potsdam;
    "Bahia": Salvador): the adjective names the land there ("die Brandenburger Polizei", "la
    policía mexicana"). Not a region whose biggest town is this one ("Bremer", "Zürcher",
    "Utrechtse")."""
    cc, kind, a1, pop = g.cc, g.kind, g.a1, g.pop
    for p in g.postings(name):
        r = p >> 1
        if cc[r] != cc[i] or kind[r] == CITY:
            continue
        if kind[r] == COUNTRY:
            return True
        if kind[r] == REGION and any(a1[t] == a1[r] and pop[t] > pop[i] for t in towns):
            return True
    return False


@lru_cache(maxsize=1)
def areas() -> tuple[tuple[Area, str], ...]:
    """(area, name as written) for every name of every area in ``geo/data/areas.json``."""
    raw = json.loads((DATA / "areas.json").read_text("utf-8"))
    out = []
    for a in raw["areas"]:
        area = Area(
            name=a["name"],
            kind=a["kind"],
            lat=float(a["lat"]),
            lon=float(a["lon"]),
            radius_km=float(a["radius_km"]),
            cc=a.get("cc"),
            after=tuple(fold(w) for w in a.get("after", ())),
        )
        for names in a["names"].values():
            for n in names:
                out.append((area, n))
    return tuple(out)


@lru_cache(maxsize=1)
def region_names() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(country, the region's gazetteer name, name as written, languages) for every name of
    ``geo/data/regions.json``: the languages a bound name is read in (a word or a person
    elsewhere: French "Saxe", Spanish "Gales"), none for a name read in any copy."""
    raw = json.loads((DATA / "regions.json").read_text("utf-8"))
    out = []
    for r in raw["regions"]:
        bound = frozenset(r.get("bound", ()))
        for lang, names in r["names"].items():
            for n in names:
                out.append((r["cc"], r["region"], n, (lang,) if n in bound else ()))
    return tuple(out)


def _region_at(g: Gazetteer, cc: str, name: str) -> int | None:
    """The gazetteer's first-level region of country ``cc`` named ``name`` (its own name)."""
    for p in g.postings(fold(name)):
        i = p >> 1
        if g.kind[i] == REGION and g.cc[i] == cc and not p & ALT:
            return i
    return None


def _with_region(g: Gazetteer, e: _Entry | None, r: int) -> _Entry:
    """``e`` (None: nothing) read also as the region ``r``, a reading that needs no support;
    its other readings keep their turn by prior and by the text ("Flandes, Tolima")."""
    if e is None:
        return _Entry(cands=((r, prior(g, r), FREE),))
    cands = sorted(((r, prior(g, r), FREE), *e.cands), key=lambda c: (-c[1], c[0]))
    return e._replace(cands=tuple(cands[:MAX_CANDIDATES]))


def area_named(name: str | None) -> Area | None:
    """The reviewed area whose English name is ``name`` (focus uses its radius)."""
    if not name:
        return None
    return _areas_by_name().get(name)


@lru_cache(maxsize=1)
def _areas_by_name() -> dict[str, Area]:
    """English name -> the first area of ``areas()`` so named: ``area_named`` in one look-up,
    not a walk over every name of every area (some hundred thousand instructions a call)."""
    out: dict[str, Area] = {}
    for area, _ in areas():
        out.setdefault(area.name, area)
    return out


# --- tokenising ---------------------------------------------------------------------------------
# A word: an abbreviation with dots (U.S., D.C.), or letters/digits joined by hyphens and
# apostrophes (Nieuw-Delhi, Be'er, d'Anegada). French/Italian elision is split off below.
# Nothing follows a word in the pattern, so no run is ever given back: the quantifiers are
# possessive, which spares the engine its backtracking marks (the same words, found faster).
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}+|[^\W_]++(?:[-'’][^\W_]++)*+")
_ELIDED_OF = (" d'", " d’")  # "le maire d'Avranches": "de" elided before a vowel
_ELISION = re.compile(r"(?i)^(?:l|d|qu|j|n|s|c|m|t|dell|dall|nell|sull|all|dell|degl|un|quell)['’]")
_SENTENCE_END = frozenset('.!?:;\n"“”«»()[]')


class Token(NamedTuple):
    """A word of the text (a brief has dozens: building them is the hot path of
    ``find_mentions``, so a word is a tuple, made by ``tuple.__new__``). Word k may form one
    name with word k + 1 when ``toks[k + 1].joined``."""

    start: int
    end: int
    key: str  # folded
    cap: bool  # capitalised
    upper: bool  # all upper case
    sentence: bool  # first word of a sentence
    joined: bool  # joined to the word before: only spaces between, or "St. "


# where the C module is built, Token's base is ``_langwalk.Fields``: a tuple whose fields read
# by name in C (``t.cap`` in the compiled scan compares the name with the fields' and hands
# over the item, where Python's look-up through the type's bases and the field's descriptor
# took about 140 instructions, a few hundred times a brief). The same class otherwise (its
# fields, methods, repr and pickle): the same answers, with the C or without it.
_PyToken = Token  # the class without the C (the fallback's, and the tests' reference)
_Fields = getattr(_langwalk, "Fields", None)
if _Fields is not None and Token._fields == _langwalk.FIELDS:
    Token = type("Token", (_Fields,), dict(Token.__dict__))  # type: ignore[misc]
    # pickle's protocols 0 and 1 keep a tuple subtype's items as its first base that is not a
    # class of Python's (``copyreg._reduce_ex``): here ``Fields``, which pickles as itself
    copyreg.pickle(_Fields, lambda fields: (_Fields, (tuple(fields),)))

_new_token = tuple.__new__
_token_key = itemgetter(2)  # ``Token.key``, read in C
# A word with the text before it since the previous word (``findall`` hands both over as
# strings, so no match object is made per word; offsets are running sums of their lengths).
# A word matches wherever a letter or digit stands, so the gap is the run of other characters
# before it (taken whole, never given back): the words ``_WORD.finditer`` finds.
_GAP_WORD = re.compile(r"([\W_]*+)(" + _WORD.pattern + ")")
_WORD_INFO: dict[str, tuple[str, bool, bool]] = {}  # word -> (folded, capitalised, all caps)


def _py_gap_words(text: str) -> list[tuple[str, str]]:
    """(gap, word) for each word of ``text``, the gap the characters before it since the word
    before: ``_GAP_WORD.findall``, cut after the last letter or digit (a word starts with one),
    else from each character of a trailing run of others its gap is read to the text's end and
    no word found (100,000 hyphens alone took 100 s)."""
    stop = len(text)
    while stop and not text[stop - 1].isalnum():
        stop -= 1
    return _GAP_WORD.findall(text, 0, stop)


def _word_info(w: str) -> tuple[str, bool, bool]:
    """A word's folded key, whether it is capitalised and whether all in capitals, kept in
    ``_WORD_INFO`` (asked once a word a process: words recur)."""
    return _remember(_WORD_INFO, w, (fold(w), w[0].isupper(), w.isupper()))


def _elided(w: str) -> int:
    """How many characters of a word with an apostrophe are an elided article before a
    capital ("l'Italia", "dell'Emilia"): 0 for none."""
    el = _ELISION.match(w)
    return el.end() if el and el.end() < len(w) and w[el.end()].isupper() else 0


def _elided_key(text: str, end: int, t: Token) -> str | None:
    """The key word ``t`` has inside a name when only a space and an elided article stand
    between it and the word before, which ends at ``end`` ("Côte d'Ivoire", "Cortina d'Ampezzo",
    "Reggio nell'Emilia"): the article is folded with the word, as the gazetteer folds the
    whole name ("cote divoire"); ``tokenize`` cut it off the word ("l'Italia" alone is
    "Italia"). None for any other gap."""
    if t.start - end < 3 or text[end] != " " or not _ELISION.fullmatch(text[end + 1 : t.start]):
        return None
    return fold(text[end + 1 : t.end])


# the words in one pass in C (``parsing/_langwalk.c``, built by the install where a C compiler
# is there): the regular expression engine tries the pattern's branches at every character, and
# a word's tuple made in Python costs a few thousand instructions, most of ``tokenize``'s cost
_c_tokens: Callable | None = getattr(_langwalk, "tokens", None)


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with their spans, folded keys and what is around them: in C where the
    install built it (``parsing._langwalk.tokens``), else ``_py_tokenize``, the same tokens."""
    if _c_tokens is not None:
        return _c_tokens(text, Token, _WORD_INFO, _word_info, _elided)
    return _py_tokenize(text)


def _py_tokenize(text: str) -> list[Token]:
    """``tokenize`` in Python (the C path's reference).

    The common case (a word after one space, no apostrophe) takes no further test; a word's
    folded key and case are looked up once per process (``_WORD_INFO``; words recur).
    """
    toks: list[Token] = []
    append = toks.append
    no_sentence_end = _SENTENCE_END.isdisjoint
    info = _WORD_INFO
    pos = 0  # where the previous match ended
    carry = ""  # a possessive cut off the previous word: it belongs to the gap after it
    last: Token | None = None
    quotes = "'" in text or "’" in text  # else no word has one: one test per text, not per word
    for gap, w in _py_gap_words(text):
        s = pos + len(gap)
        e = pos = s + len(w)
        if carry:
            gap = carry + gap
            carry = ""
        if quotes and ("'" in w or "’" in w):
            if len(w) > 3 and w[-2] in "'’" and w[-1] in "sS":  # "Jordan's": the possessive goes
                e -= 2
                carry = w[-2:]
                w = w[:-2]
            k = _elided(w)
            if k:
                s += k
                gap += w[:k]
                w = w[k:]
        got = info.get(w)
        if got is None:
            got = _word_info(w)
        key, cap, upper = got
        if last is None:
            sent = True
            jp = False
        elif gap == " ":
            sent = False
            jp = True
        else:
            sent = not no_sentence_end(gap)
            stripped = gap.strip(" \t")
            initial = stripped == "." and last.cap
            # spaces and tabs alone (a line break stays after the strip), or "St. " after an initial
            jp = stripped == "" or (initial and len(last.key) <= 3 and gap.endswith(" "))
            if initial and len(last.key) <= 2:
                sent = False  # "R. Ford", "St. Louis": an initial, not a sentence end
        if not key:
            continue
        last = _new_token(Token, (s, e, key, cap, upper, sent, jp))
        append(last)
    return toks


# --- the name index ------------------------------------------------------------------------------
class _CaseTable(NamedTuple):
    """A language's case table (``_case_endings``), from the ``case_*`` words of
    ``geo/data/mention_words.json``."""

    pairs: tuple[tuple[str, str], ...]  # (ending, nominative's ending), longest first
    endings: tuple[str, ...]  # the endings alone
    governing: frozenset[str]  # the prepositions that govern those cases (``case_before``)
    fleeting: frozenset[str]  # endings after which a stem lost a vowel (``case_fleeting``)
    placing: frozenset[str]  # prepositions that place (``case_place_before``)
    from_before: frozenset[str]  # ... but not before the instrumental (``case_from_before``)
    instrumental: tuple[str, ...]  # the instrumental's endings (``case_instrumental``)
    fleeting_vowel: str  # the vowel a fleeting ending took (``case_fleeting_vowel``, else e)
    readings: dict[str, tuple[str, ...]]  # a memo of ``_nominatives``: word -> its readings
    town_heads: frozenset[str]  # nouns a town's genitive follows (``case_town_heads``)
    bare: tuple[str, ...]  # the nominative endings a bare genitive lacks (``case_bare``)


class _Entry(NamedTuple):
    """What a folded name may mean in running text.

    ``cands``: (gazetteer index, prior, tier) readings, best prior first (see
    ``geo.disambiguate`` for tiers). ``short_country``: "VS", "UK", the country only when written
    in capitals. ``area``: a reviewed sea or area. ``abbr``: a region abbreviation ("NSW").
    A tuple, so that the on-disk index keeps each as a plain tuple (``_entries_from``): a
    hundred and sixty thousand of them read back in a fraction of the time objects take.
    """

    cands: tuple[tuple[int, float, int], ...] = ()
    short_country: int = -1
    area: Area | None = None
    caps: tuple[bool, ...] = ()  # which words of the area name must be capitalised
    abbr: bool = False
    # cities abroad the name reaches only as an alternate name where it is a town's own name:
    # read with their country named, and no rival where the text introduces the town
    renamed: tuple[int, ...] = ()

    @property
    def gaz(self) -> bool:
        return bool(self.cands or self.short_country >= 0)

    @property
    def free(self) -> bool:
        """Some reading needs no support from the text (a country, a big city, a region)."""
        return any(t == FREE for _, _, t in self.cands)

    def has_kind(self, g: Gazetteer, *kinds: int) -> bool:
        return any(g.kind[i] in kinds for i, _, _ in self.cands)

    def names_area(self, g: Gazetteer) -> bool:
        """A country or a first-level region without support ("Georgia", "Texas")."""
        return self.short_country >= 0 or any(
            t == FREE and g.kind[i] in (COUNTRY, REGION) for i, _, t in self.cands
        )


def _alt_ok(key: str, primary: str, pop: int) -> bool:
    """An alternate name fit for running text: an exonym of a big city (Parijs, Keulen), not a
    fragment ("Casa" of Casablanca, "Gold" of Gold Coast) or a rare transliteration. A short or
    clipped-looking exonym ("Rom", "Prag", "Brussel") is pinned (``geodata.EXONYMS``) instead."""
    p = fold(primary)
    if p.startswith(key + " ") and p[len(key) + 1 :].split(" ", 1)[0] in _NAME_LINKS:
        pass  # "Acapulco" of "Acapulco de Juárez": the name itself, without its tail
    elif p.startswith(key) or key in p.split():
        return False
    n = len(key)
    return (n >= 5 and pop >= ALT_POP) or (n == 4 and pop >= 500_000)


# what stands between two places of a list; "-" only between the parts of an English hyphenated
# word (``MentionIndex._hyphen_parts``)
_LIST_GAPS = frozenset(
    (", ", ",", " and ", ", and ", " or ", " y ", " et ", " en ", " und ", " e ", "-")
)
_NAME_LINKS = frozenset(["de", "del", "di", "da", "do", "am", "an", "upon", "sur", "en", "la"])


def _tier(g: Gazetteer, i: int, alt: bool, key: str, multi: bool, regions_ok: bool) -> int | None:
    """The support a reading needs in running text (None: never read this way)."""
    k = g.kind[i]
    if k == COUNTRY:
        return FREE
    if k == REGION:
        if g.pop[i] >= REGION_POP and regions_ok:
            return FREE
        return NEEDS_COUNTRY if g.pop[i] >= REGION_POP // 10 and regions_ok else None
    if k == SUBREGION:
        if key.rsplit(" ", 1)[-1] in words()["subregion_words"]:
            return FREE  # "Rapides Parish", "Kanawha County"
        return NEEDS_COUNTRY if len(key) >= 5 else None  # "Surrey", "Gironde"
    pop = g.pop[i]
    if alt:
        if _alt_ok(key, g.name[i], pop) or (multi and pop >= ALT_POP):
            return FREE
        if _alt_ok(key, g.name[i], pop * ALT_POP // ALT_POP_SMALL):
            return NEEDS_COUNTRY
        return None
    if (multi and pop >= CITY_POP_MULTI) or pop >= BIG_CITY_POP:
        return FREE
    if pop >= CITY_POP or (multi and pop >= CITY_POP_MULTI // 5):
        return NEEDS_COUNTRY
    return NEEDS_REGION


def _demote_in_part(g: Gazetteer, key: str, postings, cands: dict[int, tuple]) -> None:
    """A territory ``key`` names only in part, that a town of the name outnumbers
    (``geo.resolve.named_in_part``: "Norfolk", Norfolk Island), is demoted in ``cands`` to
    ``NEEDS_COUNTRY``: read where the text backs it (its whole name, its country's dateline),
    no longer a country's name that shuts out the town ("Fire crews in Norfolk": Virginia's)."""
    for i, _ in named_in_part(g, key, postings):
        if i in cands:
            cands[i] = (i, cands[i][1], NEEDS_COUNTRY)


# The index's tables that are built from the gazetteer and kept on disk (``parsing.diskcache``).
_TABLES = (
    "entries",
    "lower_starts",
    "_area_starts",
    "max_words",
    "_prefixes",
    "_region_of",
    "_demonym_pre",
    "_lazy_starts",
    "_pinned",
    "_abbr_region",
    "_adjectives",
)
TABLES_VERSION = "2"  # bump when the tables' meaning changes without a change to these files
_TABLE_SOURCES = (
    Path(__file__),
    Path(__file__).with_name("disambiguate.py"),
    Path(__file__).with_name("resolve.py"),  # its ``named_in_part``
    Path(__file__).with_name("fold.py"),
    Path(__file__).with_name("geodata.py"),
    DATA / "mention_words.json",
    DATA / "areas.json",
    DATA / "regions.json",
    TOWN_ADJECTIVES,
    *geodata.SOURCES,  # the language files: their ``town_adjectives``
)


def _entries_from(plain: dict[str, tuple]) -> dict[str, _Entry]:
    """The entries of the on-disk tables (plain tuples) as ``_Entry``, in one C-level pass
    (without the collector, which would walk the whole heap several times on the way)."""
    with gc_paused():
        return dict(zip(plain, map(partial(tuple.__new__, _Entry), plain.values()), strict=True))


def _tables_key(g: Gazetteer) -> str | None:
    """The key of ``g``'s mention tables on disk: the gazetteer's own key (its data and code)
    and the files the tables are made from; None for a gazetteer not read from the on-disk
    index (built in memory: its tables are too)."""
    if not g.source_key:
        return None
    try:
        return tables_key(TABLES_VERSION, g.source_key, files=_TABLE_SOURCES)
    except OSError:
        return None


def _variety_weighs(g: Gazetteer, names: list[Name], lang: str) -> bool:
    """Whether the text's own country (``text_home``) could weigh in ``choose``: it is one its
    language's variety names (``parsing.variety.COUNTRIES``), and ``choose`` weighs it only for
    a reading in it (its weight, its ``why``, a town whose people are named put first), so a
    text none of whose names reads there is not read for it (a scan of the whole text). Only a
    name ``choose`` weighs counts: a settled one (``settled``: a fixed meaning, or one reading
    that needs no support) is given as it is, home or none (``_voted``), and its vote (``_own``)
    never asks the home."""
    ccs = VARIETY_COUNTRIES.get(lang)
    if not ccs:
        return False  # no variety read in this language: ``text_home`` gives None
    cc = g.cc
    for nm in names:
        cands = nm.cands
        if nm.fixed_cc is not None or (len(cands) == 1 and not cands[0][2]):
            continue  # settled (``settled``'s test, without its ``Choice``): no home moves it
        for i, _, _ in cands:
            if cc[i] in ccs:
                return True
    return False


@lru_cache(maxsize=1)
def _town_bodies() -> tuple[frozenset[str], dict[tuple[str, ...], str]]:
    """``town_bodies`` of ``geo/data/mention_words.json`` as (their first words, folded words ->
    country): ``_body_country``'s gate and table."""
    table = {
        tuple(fold(w) for w in phrase.replace("'", " ").split()): cc
        for cc, phrases in words_as_written()["town_bodies"].items()
        for phrase in phrases
    }
    return frozenset(k[0] for k in table), table


def _body_country(toks, j: int) -> str:
    """The country whose papers alone write the town's body named by the words from ``j`` on,
    joined to the name ("Alexandria Police Department": US; "Kingston Crown Court": GB), or
    "" (``town_bodies``: a town's police or council, any country's)."""
    table = _town_bodies()[1]
    words: list[str] = []
    for k in range(j, min(j + 3, len(toks))):
        if not toks[k].joined:
            break
        words.append(toks[k].key)
        cc = table.get(tuple(words))
        if cc:
            return cc
    return ""


# a whole word (as ``tokenize`` reads it: no letter, digit or hyphen joined after it), so
# that ``find``'s gate, one set test of the tokens' keys, rules out every text it would not match
_NEXT_WORD = re.compile(r"[ ]+([A-Z][A-Za-z]*)(?![\w-])")


def _regions_by_bodies(
    g: Gazetteer, text: str, names: list[Name], bodies: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """First-level regions of the names' readings that the text names as the first word(s) of
    one of their public bodies (``bodies``: "Florida Highway Patrol", "Georgia Bureau of
    Investigation", "Kansas State University"): such a phrase is no mention (a body, not a
    place), but says the region a local paper's towns lie in, as the region's name does
    ("Williston" beside the Florida Highway Patrol is Florida's). ``(a1, phrase)`` each, for
    ``geo.disambiguate.choose``. Only the regions the readings lie in are looked for, each by
    a substring test before any word is read."""
    a1_of, region_names = g.a1, g.admin1_names
    seen: set[str] = set()
    keys = {nm.key for nm in names}  # a region the text names as a name is voted by it already
    out: list[tuple[str, str]] = []
    read: set[str] = set()  # a name's every mention has the same readings: looked at once
    for nm in names:
        if not nm.cands or nm.key in read or (len(nm.cands) == 1 and nm.cands[0][2] == FREE):
            continue  # a reading that needs no support: nothing to move or admit
        read.add(nm.key)
        for i, _, _ in nm.cands:
            a1 = a1_of[i]
            if not a1 or a1 in seen:
                continue
            seen.add(a1)
            name = region_names.get(a1)
            if not name or name not in text or fold(name) in keys:
                continue
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                m = _NEXT_WORD.match(text, end)
                if (at == 0 or not text[at - 1].isalnum()) and m and fold(m[1]) in bodies:
                    out.append((a1, fold(f"{name} {m[1]}")))
                    break
                at = text.find(name, end)
    return tuple(out)


def _read_backs(key: str, cases, least: int = 3) -> Iterator[str]:
    """The nominatives a declined word may be read back to, in the order ``_uninflected``
    tries them (``cases``: ``_case_endings``): each case ending's (ending, nominative's
    ending), leaving ``least`` letters or more; then, after a fleeting ending, the stem with
    the vowel its last syllable lost ("kopru" -> "koper", "bruslju" -> "bruselj"; Croatian
    "zadru" -> "zadar"); then the word with a bare genitive's nominative ending ("jesenic" ->
    "jesenice", "z Pardubic": a plural name's genitive has no ending)."""
    for end, base in cases.pairs:
        if key.endswith(end) and len(key) - len(end) >= least:
            yield key[: len(key) - len(end)] + base
    for end in cases.fleeting:
        if key.endswith(end):
            got = _fleeting_back(key[: len(key) - len(end)], cases.fleeting_vowel)
            if got is not None:
                yield got
    if len(key) >= 3:
        for base in cases.bare:
            yield key + base


def _fleeting_back(stem: str, vowel: str) -> str | None:
    """A stem with the vowel its last syllable lost put back between its last two consonants
    ("kopr" -> "koper", "bruslj" -> "bruselj", "zadr" -> "zadar"), or None where none fits."""
    cut = len(stem) - (2 if stem.endswith(("lj", "nj")) else 1)
    if cut >= 2 and stem[cut - 1] not in _VOWELS and stem[cut] not in _VOWELS:
        return stem[:cut] + vowel + stem[cut:]
    return None


_POSSESSIVES = ("'s ", "’s ")
_token_end = attrgetter("end")
_NO_WORDS: frozenset[int] = frozenset()


def _possessives(text: str, toks) -> frozenset[int]:
    """The words a possessive and a space follow ("Anne" in "Queen Anne's County"): the
    tokenizer cuts the "'s" off its word, so a name with one inside is never one run of joined
    words. Found from each possessive's place (the word ending there, by bisection), not by a
    pass over the words; ``_scan`` calls it only for a text with an apostrophe."""
    found = []  # each possessive's place, then the word that ends there (words end in order)
    for mark in _POSSESSIVES:
        at = text.find(mark)
        while at >= 0:
            k = bisect_left(toks, at, key=_token_end)
            if k < len(toks) and toks[k].end == at:
                found.append(k)
            at = text.find(mark, at + 3)
    return frozenset(found)


# Tests on a name's readings (``cands``: (gazetteer index, prior, tier)) and words that the scan
# asks of a few names a brief, as loops (ruff's SIM110 would make them ``all``/``any`` of a
# generator): a generator expression is a closure, and a method holding one cannot be ``cpdef``
# (Cython; ``geo/mentions.pxd``, which makes these ``cpdef`` too). The same answers.
def _qualifies(text: str, toks, s: int, i: int) -> bool:
    """The abbreviation at character ``s`` (word ``i``) is written as a qualifier: after
    "Place, " or "(" (``MentionIndex._abbreviations``)."""
    before = text[max(0, s - 2) : s]
    return (before == ", " and i > 0 and toks[i - 1].cap) or before.endswith("(")


def _overlaps(spans, s: int, end: int) -> bool:
    """Whether the characters ``s..end`` overlap one of ``spans`` ((start, end) pairs): a loop,
    no generator (the scan asks it for each name it finds)."""
    for a, b in spans:  # noqa: SIM110
        if s < b and a < end:
            return True
    return False


def _all_cities(kind, cands) -> bool:
    """Every reading is a town (``all(kind[c] == CITY ...)``)."""
    for c, _, _ in cands:  # noqa: SIM110
        if kind[c] != CITY:
            return False
    return True


def _all_below(pop, cands, limit: int) -> bool:
    """Every reading has fewer people than ``limit``."""
    for c, _, _ in cands:  # noqa: SIM110
        if not pop[c] < limit:
            return False
    return True


def _needs_one_of(cc, cands, ccs) -> bool:
    """Some reading needs its country named and is in one of ``ccs``."""
    for c, _, t in cands:  # noqa: SIM110
        if t == NEEDS_COUNTRY and cc[c] in ccs:
            return True
    return False


def _free_land(g: Gazetteer, cands) -> bool:
    """Some reading needs no support and is a country, a subregion or a big region ("Texas
    Department of Health", "Ohio Senate")."""
    kind, pop = g.kind, g.pop
    for c, _, t in cands:
        if t == FREE and (
            kind[c] in (COUNTRY, SUBREGION) or (kind[c] == REGION and pop[c] >= BIG_REGION_POP)
        ):
            return True
    return False


def _all_upper(toks, i: int, j: int) -> bool:
    """Words ``i..j`` are all in capitals."""
    for k in range(i, j):  # noqa: SIM110
        if not toks[k].upper:
            return False
    return True


def _beside_capitals(toks, i: int, j: int) -> bool:
    """A word of two letters or more in capitals is right before or after words ``i..j``: they
    stand in a headline in capitals, where an initialism cannot be told from a word."""
    for k in (i - 1, j):  # noqa: SIM110 (a loop: the compiled build takes no generator here)
        if 0 <= k < len(toks) and toks[k].upper and len(toks[k].key) > 1:
            return True
    return False


def _written_in(text: str, words) -> bool:
    """Some of ``words`` is written in ``text`` (a substring test each)."""
    for w in words:  # noqa: SIM110
        if w in text:
            return True
    return False


class MentionIndex:
    """Folded names fit for running text -> what they are; built once per gazetteer, kept on
    disk beside its index and read back by every later process."""

    def __init__(self, resolver: Resolver, *, cache: bool = True) -> None:
        """``cache``: load the built tables from the on-disk cache beside the gazetteer's index
        (``parsing.diskcache``), building and writing them when missing, stale or unreadable;
        False builds them in memory (seconds)."""
        self.resolver = resolver
        g: Gazetteer = resolver.g
        self.g = g
        w = words()
        self.w = w
        self._ship_keys = frozenset(fold(p) for p in w["ship_prefixes"])
        # words right after a name that make it a place: "Chapin residents", "Sligo-born"
        self._town_after = w["place_after"] | w["civic_after"] | w["hyphen_tails"]
        # street words before a name, by language (the general ones and the language's own)
        self._streets: dict[str, frozenset[str]] = {}
        self._cases: dict[str, _CaseTable] = {}  # language -> its case table (_case_endings)
        self._stop = w["stop_always"]
        self._lazy: dict[str, _Entry | None] = {}  # small towns' names, read when met
        self._compass: dict[tuple[str, str], tuple[str, _Entry] | None] = {}  # "Südindien"
        self._demonyms: dict[str, str | None] = {}  # word -> country of its adjective stem
        self._nouns: dict[str, str | None] = {}  # word -> country, when the word is a demonym
        self._dead: dict[str, bool] = {}  # capitalised word -> it starts nothing (_starts_nothing)
        self._continents = _continent_names()
        self._continent_words = _continent_words()
        key = _tables_key(g) if cache else None
        tables = None if key is None else load_tables("mentions", g.floor, key)
        self.loaded = tables is not None and self._take(tables)  # read from disk, not built
        if not self.loaded:
            tables = self._build()
            if key is not None:
                save_tables("mentions", g.floor, key, tables)
        # the folded words an abbreviation's first word may be, its one word or its first
        # words ("mich", "n y" of "N.Y.", "w" and "w va" of "W.Va."): a word that is none of
        # them opens none (``_abbreviations``), whatever follows it
        self._abbr_keys = frozenset(
            " ".join(parts[:k])
            for a in self._abbr_region
            if (parts := fold(a).split())
            for k in range(1, len(parts) + 1)
        )
        self._abbr_foreign = frozenset(
            r for a, r in self._abbr_region.items() if a in geodata.REGION_ABBREVIATIONS_QUALIFIER
        )
        self._abbr_bare = frozenset(
            a
            for a in self._abbr_region
            if a in geodata.REGION_ABBREVIATIONS_QUALIFIER and "." not in a
        )
        self._abbr_only_qualifier = geodata.US_STATE_ABBREVIATIONS_AMBIGUOUS | frozenset(
            geodata.REGION_ABBREVIATIONS_QUALIFIER
        )
        # names that are a big city only in some languages' copy ("Gent" nl, "Rim" sl): out of
        # the shared tables, read by ``entry`` with the text's language (a check on a hit only)
        self._bound = self._bound_entries()

    def _take(self, tables: object) -> bool:
        """Adopt tables read from the cache; False (so they are rebuilt) when their shape is
        not this version's."""
        if not (isinstance(tables, dict) and tables.keys() == set(_TABLES)):
            log.warning("the mention index on disk has other tables; building it again")
            return False
        for name in _TABLES:
            setattr(self, name, tables[name])
        self.entries = _entries_from(self.entries)
        return True

    def _build(self) -> dict:
        """The name tables from the gazetteer (seconds: the cache keeps them)."""
        g = self.g
        entries: dict[str, _Entry] = {}
        exonyms = {fold(n): g.by_gid.get(gid) for n, gid in geodata.EXONYMS.items()}
        self._pinned = {k: v for k, v in exonyms.items() if v is not None}
        self._pinned.update(g.preferred)
        kind, pop = g.kind, g.pop
        for key, v in g.names.items():
            # a name that only small towns bear is read lazily (``entry``): most of the
            # gazetteer's names, rarely met in running text
            postings = (v,) if isinstance(v, int) else v
            if key not in self._pinned and all(
                kind[p >> 1] == CITY
                and pop[p >> 1] < (CITY_POP_MULTI if " " in key else CITY_POP)
                and not (p & ALT and pop[p >> 1] >= ALT_POP_SMALL)
                for p in postings
            ):
                continue
            e = self._make_entry(key, v)
            if e is not None:
                entries[key] = e
        for abbr in geodata.REGION_ABBREVIATIONS:
            r = g.abbreviations.get(fold(abbr))
            if r is not None:
                entries[fold(abbr)] = _Entry(cands=((r, prior(g, r), FREE),), abbr=True)
        # first-level regions as each language writes them ("Beieren", "Floride"); bound
        # names are read by ``_bound_entries``, with the text's language
        for cc, region, name, langs in region_names():
            r = None if langs else _region_at(g, cc, region)
            key = " ".join(t.key for t in tokenize(name))
            if r is None or not key:
                continue
            e = entries.get(key) or self._make_entry(key, g.names.get(key))
            if e is None or all(i != r for i, _, _ in e.cands):
                entries[key] = _with_region(g, e, r)
        for area, name in areas():
            toks = tokenize(name)
            key = " ".join(t.key for t in toks)
            if not key:
                continue
            caps = tuple(t.cap for t in toks)
            e = entries.get(key)
            if e is None or e.area is None:
                entries[key] = _Entry(area=area, caps=caps)
        self.entries = entries
        self.lower_starts = frozenset(k.split(" ", 1)[0] for k, e in entries.items() if e.area)
        self._area_starts = frozenset(
            k.split(" ", 1)[0]
            for k, e in entries.items()
            if e.area or (" " in k and e.names_area(g))
        )
        self.max_words = {}
        for k in entries:
            first, n = k.split(" ", 1)[0], k.count(" ") + 1
            if n > self.max_words.get(first, 0):
                self.max_words[first] = n
        # the first words of every name that has more ("new", "new york" of "new york mills"):
        # a run of words is extended only while it can still grow into a name
        prefixes: set[str] = set()
        for k in chain(g.names, entries):
            at = k.find(" ")
            while at != -1:
                prefixes.add(k[:at])
                at = k.find(" ", at + 1)
        self._prefixes = frozenset(prefixes)
        self._region_of: dict[tuple[str, str], int] = {}
        for key, regs in g.qualifier_regions.items():
            for r in regs:
                if g.kind[r] in (REGION, SUBREGION):
                    cur = self._region_of.get((key, g.cc[r]))
                    if cur is None or (g.kind[r], -g.pop[r]) < (g.kind[cur], -g.pop[cur]):
                        self._region_of[(key, g.cc[r])] = r
        self._demonym_pre: dict[str, list[str]] = {}
        for stem in g.demonyms:
            self._demonym_pre.setdefault(stem[:4], []).append(stem)
        self._lazy_starts = frozenset(
            k.partition(" ")[0] for k in g.names if " " in k and k not in entries
        )
        # US state abbreviations as written ("W.Va.", "Ore.")
        self._abbr_region = {
            a: g.abbreviations[fold(a)]
            for a in geodata.US_STATE_ABBREVIATIONS
            if fold(a) in g.abbreviations
        }
        # other countries' ("Ont.", "B.C.", "WA"): qualifiers only, see ``_abbreviations``
        for a, (cc, _) in geodata.REGION_ABBREVIATIONS_QUALIFIER.items():
            for r in g.qualifier_regions.get(fold(a), ()):
                if g.cc[r] == cc and g.kind[r] == REGION:
                    self._abbr_region[a] = r
        # language -> its towns' adjectives as a set (the test every text of the language
        # passes: a frozenset's is cheaper than a dict's keys') and by their adjectives
        # (``town_adjective_table``)
        self._adjectives = {
            lang.code: (frozenset(table), table)
            for lang in with_data("geo", "town_adjectives")
            for table in (town_adjective_table(g, lang.code),)
        }
        tables = {name: getattr(self, name) for name in _TABLES}
        tables["entries"] = {k: tuple(e) for k, e in entries.items()}  # see ``_Entry``
        return tables

    def _make_entry(self, key: str, v: int | tuple[int, ...] | None) -> _Entry | None:
        """What a folded name may mean in running text (None: nothing)."""
        if v is None or not key.isascii() or key.isdigit() or key in self._stop:
            return None
        g = self.g
        postings = (v,) if isinstance(v, int) else v
        multi = " " in key
        regions_ok = (
            multi
            or key in g.context_regions
            or (len(key) >= 4 and key not in geodata.CONTEXT_REGION_STOPWORDS)
        )
        pref = self._pinned.get(key)
        cands: dict[int, tuple[int, float, int]] = {}
        short = -1
        for p in postings:
            i, alt = p >> 1, bool(p & ALT)
            if g.kind[i] == COUNTRY and len(key) <= 3:
                short = i
                continue
            tier = FREE if i == pref else _tier(g, i, alt, key, multi, regions_ok)
            if tier is None:
                continue
            c = (i, prior(g, i, alt, i == pref), tier)
            if i not in cands or (c[2], -c[1]) < (cands[i][2], -cands[i][1]):
                cands[i] = c
        renamed = self._demote_renamed(postings, cands, pref)
        _demote_in_part(g, key, postings, cands)
        if pref is not None and pref not in cands:
            cands[pref] = (pref, prior(g, pref, False, True), FREE)
        # a region named like its own country ("Mexico" the state) or a county named like a
        # town of its country (the province of Roma) is read only with a region word: drop it
        countries = {g.cc[i] for i, _, t in cands.values() if g.kind[i] == COUNTRY and t == FREE}
        towns = {g.cc[i] for i in cands if g.kind[i] == CITY}
        for i in [i for i in cands if g.kind[i] in (REGION, SUBREGION)]:
            if g.cc[i] in countries or (g.kind[i] == SUBREGION and g.cc[i] in towns):
                del cands[i]
        if not cands and short < 0:
            return None
        ranked = sorted(cands.values(), key=lambda c: (-c[1], c[0]))[:MAX_CANDIDATES]
        kept = tuple(c[0] for c in ranked if c[0] in renamed)
        return _Entry(cands=tuple(ranked), short_country=short, renamed=kept)

    def _demote_renamed(
        self, postings: tuple[int, ...], cands: dict[int, tuple[int, float, int]], pref
    ) -> frozenset[int]:
        """A town's own name is that town's, not a city abroad's alternate name ("Rugby", an
        old name of East Flatbush; "Pali", of Paris): where a town of ``CITY_POP`` bears the
        name as its own, such a city (not ten times bigger: an exonym a paper writes,
        "Medina", "Smyrna") is demoted in ``cands`` to ``NEEDS_COUNTRY``, read where the text
        names its country ("the Lebanese city of Saida": Sidon). Returns the demoted."""
        g = self.g
        own_named = {p >> 1 for p in postings if not p & ALT}
        towns = [i for i in own_named if g.kind[i] == CITY]
        own = max((g.pop[i] for i in towns), default=0)
        if own < CITY_POP:
            return frozenset()
        own_cc = {g.cc[i] for i in towns if g.pop[i] >= CITY_POP}
        out = []
        for i, (_, p, tier) in list(cands.items()):
            if (
                i not in own_named
                and i != pref
                and g.kind[i] == CITY
                and g.cc[i] not in own_cc
                and g.pop[i] < OWN_NAME_RATIO * own
                and tier != NEEDS_REGION
            ):
                cands[i] = (i, p, NEEDS_COUNTRY)
                out.append(i)
        return frozenset(out)

    def _bound_entries(self) -> dict[str, dict[str, _Entry | None]]:
        """The names of ``geodata.EXONYMS_BY_LANGUAGE``, the bound names of
        ``geo/data/regions.json``, ``geodata.COUNTRY_NAMES_BY_LANGUAGE`` and
        ``geodata.COUNTRY_SHORT_FORMS_BY_LANGUAGE``: folded name ->
        language -> its pinned city, its region or its country,
        and "" -> what the name reads in any other language's copy or copy of no known
        language (as without the tables: nothing for a stopped word, else its own places)."""
        g = self.g
        bound: dict[str, dict[str, _Entry | None]] = {}

        def by_language(key: str) -> dict[str, _Entry | None]:
            by = bound.get(key)
            if by is None:
                other = self.entries.pop(key, None) or self._make_entry(key, g.names.get(key))
                by = bound[key] = {"": other}
            return by

        for lang, names in geodata.EXONYMS_BY_LANGUAGE.items():
            for name, gid in names.items():
                i = g.by_gid.get(gid)
                if i is not None:
                    by_language(fold(name))[lang] = _Entry(
                        cands=((i, prior(g, i, False, True), FREE),)
                    )
        # regions' names bound to the languages that write them so (French "Saxe"): the
        # region beside what the name reads in any other copy
        for cc, region, name, langs in region_names():
            r = _region_at(g, cc, region) if langs else None
            if r is not None:
                by = by_language(fold(name))
                for lang in langs:
                    by[lang] = _with_region(g, by[""], r)
        for lang, keys in geodata.COUNTRY_NAMES_BY_LANGUAGE.items():  # "Andora" sl, Andorra
            for key in keys:
                i = g.country_index.get(g.context_names.get(lang, {}).get(key, ""))
                if i is not None:
                    by_language(key)[lang] = _Entry(cands=((i, prior(g, i), FREE),))
        # a short form of the language's copy ("SAD" hr, "Usa" it): an initialism only in
        # capitals (``short_country``), another form as a name
        for lang, forms in geodata.COUNTRY_SHORT_FORMS_BY_LANGUAGE.items():
            for key, (cc, caps) in forms.items():
                i = g.country_index.get(cc)
                if i is not None:
                    by_language(key)[lang] = (
                        _Entry(short_country=i) if caps else _Entry(cands=((i, prior(g, i), FREE),))
                    )
        return bound

    def entry(self, key: str, lang: str | None = None) -> _Entry | None:
        """The entry of a folded name: prebuilt, or made now for a small town's name; a name
        bound to languages (``_bound``) by ``lang``, the text's, and never remembered."""
        e = self.entries.get(key)
        if e is not None:
            return e
        got = self._lazy.get(key, THING)
        if got is THING:
            by = self._bound.get(key)
            if by is not None:
                return by.get(_lang_key(lang), by[""])
            v = self.g.names.get(key)
            got = None if v is None else self._make_entry(key, v)  # a miss is kept too
            _remember(self._lazy, key, got)
        return got

    def _starts_nothing(self, key: str) -> bool:
        """Whether a capitalised word with folded ``key`` (not an abbreviation; a German
        genitive where its base too starts nothing) can start nothing in ``_scan``, whatever
        the words around it: no name
        of more words can start with it, it names nothing alone and it is no demonym. Kept per
        key (``_dead``): most capitalised words of a brief are no place ("The", "Biden")."""
        longest = self._longest(key.partition(" ")[0], cap=True)
        got = (
            (key not in self._prefixes or key.count(" ") + 2 > longest)
            and self.entry(key) is None
            and key not in self._bound
            and self._country_demonym(key) is None
        )
        return _remember(self._dead, key, got)

    def _longest(self, first: str, cap: bool) -> int:
        """How many words a name starting with the folded word ``first`` can have (0: none
        starts with it); a capitalised word may also start a small town's name ("Meadow
        Grove"), read lazily."""
        longest = min(self.max_words.get(first, 0), MAX_WORDS)
        if cap and longest < LAZY_WORDS:
            longest = LAZY_WORDS if first in self._lazy_starts else max(longest, 1)
        return longest

    def _country_demonym(self, key: str) -> str | None:
        """The country of a one-word demonym of 4 letters or more ("russians"), when the
        gazetteer has that country: what a capitalised word alone can name besides a place."""
        if len(key) < 4 or " " in key:
            return None
        cc = self.demonym_word(key)
        return cc if cc and cc in self.g.country_index else None

    def clear_cache(self) -> None:
        """Forget the memoised word readings (benchmarks time a pass that starts cold)."""
        self._dead.clear()
        for cases in self._cases.values():
            cases.readings.clear()
        self._demonyms.clear()
        self._nouns.clear()
        self._lazy.clear()
        self._compass.clear()
        _WORD_INFO.clear()

    def demonym(self, key: str) -> str | None:
        """The country of a word that starts with a country adjective stem ("oekraiense")."""
        got = self._demonyms.get(key, THING)
        if got is THING:
            got = None
            for stem in self._demonym_pre.get(key[:4], ()):
                if key.startswith(stem):
                    got = self.g.demonyms[stem]
                    break
            _remember(self._demonyms, key, got)
        return got

    def demonym_word(self, key: str) -> str | None:
        """The country of a word that *is* a demonym: a stem plus one of its endings
        ("russians", "oekraiense"), not just any word that starts like one ("russell")."""
        got = self._nouns.get(key, THING)
        if got is THING:
            got = None
            endings = geodata.DEMONYM_ENDINGS
            for stem in self._demonym_pre.get(key[:4], ()):
                if key.startswith(stem) and key[len(stem) :] in endings and " " not in stem:
                    got = self.g.demonyms[stem]
                    break
            _remember(self._nouns, key, got)
        return got

    # --- scanning ----------------------------------------------------------------------------
    def find(
        self,
        text: str,
        lang: str | None,
        exclude: tuple[tuple[int, int], ...],
        dateline: Location | None = None,
        continents: bool = False,
        home: Home | None = None,
    ) -> list[Mention]:
        toks = tokenize(text)
        lang = (lang or "").lower()
        lang_cc = geodata.paper_countries(lang)
        locs = cue_locatives(lang)
        offices = town_offices(lang)
        pairs: dict[int, tuple[int, ...]] = {}
        if "-" in text and _lang_key(lang) == "en":
            toks = self._hyphen_parts(text, toks, pairs)
        # the text's words' keys as a set, made once: each table below that only a text with
        # one of its words needs is met with it in one set test, which walks the smaller of the
        # two, not the text's words again. A set display reads each word's key by its name (in
        # C, ``_langwalk.Fields``), where ``frozenset(map(itemgetter))`` called the getter per
        # word; the tests below only read it
        text_keys = {t.key for t in toks}
        hits = self._scan(text, toks, lang, exclude, continents, lang_cc, locs, offices, text_keys)
        if _written_in(text, authority_written(lang)):  # most texts: a few substring tests
            nouns, sides = authority_nouns(lang)
            hits = self._authority_demonyms(toks, hits, nouns, sides, exclude)
        written, starts, heads = compass_heads(lang)
        if written and _written_in(text, written):  # most texts: a few substring tests
            hits = self._compass_compounds(text, toks, hits, lang, starts, heads, exclude)
        adjectives = self._adjectives.get(_lang_key(lang))  # de, nl, fr, it, es, pt
        if adjectives and not adjectives[0].isdisjoint(text_keys):
            # most texts: one set test in C, no word is a town's adjective; then one of nouns
            nouns = town_adjective_nouns(lang)
            if not nouns.isdisjoint(text_keys):
                after = _lang_key(lang) in words()["adjective_after_noun"]
                hits = self._town_adjectives(toks, hits, adjectives[1], nouns, exclude, after)
        if not hits:
            return []
        hits = self._city_offices(toks, hits)
        names = self._names(toks, hits, text, locs, offices, lang)
        choices = [settled(nm) for nm in names]
        if any(ch is None for ch in choices):
            # a region's body ("Florida Highway Patrol") only where a word of the text is one of
            # ``region_bodies``: one set test in C; most texts have none
            bodied = self.w["region_bodies"]
            if bodied.isdisjoint(text_keys):
                bodied = frozenset()
            choices = self._choose(text, lang, lang_cc, names, dateline, home, bodied)
        out: list[Mention] = []
        kept: list[_Hit] = []
        for h, nm, ch in zip(hits, names, choices, strict=True):
            m = self._mention(text, toks, h, nm, ch)
            if m is not None:
                out.append(_named_in(m) if type(h) is _Seated else m)
                kept.append(h)
        return _paired(out, kept, pairs) if pairs else out

    def _choose(
        self,
        text: str,
        lang: str,
        lang_cc: frozenset[str],
        names: list[Name],
        dateline: Location | None,
        home: Home | None,
        region_bodies: frozenset[str] = frozenset(),
    ) -> list[Choice]:
        """The reading of each name, where some name has several (``choose``): only then is
        the text's variety read, as only a namesake weighs it. ``region_bodies``: the words of
        ``region_bodies`` the text may name a region's body with (none: it names none)."""
        # the text's variety weighs between namesakes as a local paper's language does (in a
        # language of several countries' papers, its own country over the others'); it opens
        # no bare small town above (``_cued``): US towns are surnames too. The
        # home given for the source weighs the same way, its region once more, and in the
        # variety's place: what the user says of the source wins over a guess from its words.
        got = home
        homes = None  # where the variety names no one country: the countries it may be from
        if got is None and _variety_weighs(self.g, names, lang):
            got = text_home(text, lang)
            homes = text_homes(text, lang) if got is None else None
        # the home's country where the language does not put it among the papers' already:
        # only its weight (and its region's) is said to decide ("home country US given ...");
        # one among them (Spain's in Spanish copy) is weighed once more over the others
        home_cc = got.cc if got is not None and got.cc not in lang_cc else ""
        within = got.cc if got is not None and got.cc in lang_cc else ""
        return choose(
            self.g,
            names,
            self._anchor(dateline),
            lang_cc | {home_cc} if home_cc else lang_cc,
            got.a1 if got is not None else "",
            got.note if got is not None else homes.note if homes is not None else "",
            home_cc,
            within,
            _regions_by_bodies(self.g, text, names, region_bodies) if region_bodies else (),
            homes.ccs if homes is not None else frozenset(),
        )

    def _hyphen_parts(self, text: str, toks: list[Token], pairs: dict) -> list[Token]:
        """English hyphenated words that are no name as a whole, as their parts, where the
        parts say a place is named: a tail ("Denver-based", "Atlanta-area"), a prefix or a US
        party's letter ("non-Russians", "pro-Moscow", "D-Oakland") before a capitalised part,
        or capitalised parts only ("Fargo-Moorhead", "Russian-American", "Egyptian-US").
        Those last each need a neighbouring part that is a place too (``pairs``: part -> its
        neighbours, read by ``_paired``): "Bowes-Lyon" and "Mercedes-Benz" are names of one
        thing. A tail is joined to the part before it, as "Denver based" would be, so that
        the words that cue a small town's name ("Sligo-based") cue it here too."""
        w = self.w
        out: list[Token] = []
        titles: dict[int, bool] = {}
        for n, t in enumerate(toks):
            if " " not in t.key:  # one word: no hyphen in it (most words; nothing to cut)
                out.append(t)
                continue
            written = text[t.start : t.end]
            if "-" not in written or t.key in self._prefixes or self.entry(t.key) is not None:
                out.append(t)
                continue
            parts = written.split("-")
            if not all(p[:1].isalpha() for p in parts):
                out.append(t)
                continue
            caps = [p[0].isupper() for p in parts]
            tail = not caps[-1] and fold(parts[-1]) in w["hyphen_tails"] and all(caps[:-1])
            prefix = fold(parts[0]) in w["hyphen_prefixes"] and all(caps[1:])
            if not (tail or prefix or (all(caps) and not self._name_goes_on(toks, n, titles))):
                out.append(t)
                continue
            first = len(out)
            at = t.start
            for k, p in enumerate(parts):
                key = fold(p)
                if key:
                    joined = t.joined if k == 0 else tail and k == len(parts) - 1
                    sent = t.sentence if k == 0 else False
                    out.append(
                        _new_token(
                            Token, (at, at + len(p), key, caps[k], p.isupper(), sent, joined)
                        )
                    )
                at += len(p) + 1
            if not (tail or prefix):
                n = len(out)
                for k in range(first, n):
                    pairs[k] = tuple(x for x in (k - 1, k + 1) if first <= x < n)
        return out

    def _name_goes_on(self, toks: list[Token], n: int, titles: dict[int, bool]) -> bool:
        """Word ``n`` continues a capitalised name begun before it ("Helena Bowes-Lyon",
        "Catherine Zeta-Jones"): the word before it is joined to it, capitalised, no
        acronym and no place or demonym, and the sentence is not in title case."""
        prev = toks[n - 1] if n > 0 and toks[n].joined else None
        return (
            prev is not None
            and prev.cap
            and not prev.upper
            and prev.key not in self.w["locatives"]  # "In Fargo-Moorhead"
            and prev.key not in self.w["stop_sentence_start"]
            and prev.key not in self.w["connectors"]  # "The Fargo-Moorhead area"
            and prev.key not in self.w["function_words"]
            and not self._placeish(prev.key)
            and not self.demonym_word(prev.key)
            and not _in_title_case(toks, n, titles)
        )

    def _scan(
        self,
        text,
        toks,
        lang: str,
        exclude,
        continents: bool,
        lang_cc: frozenset[str],
        locs,
        offices: frozenset[str],
        text_keys: set[str],
    ) -> list[_Hit]:
        """Names in the text, longest first, left to right, with no overlaps (``lang_cc``: the
        countries of the text's language, see ``_cued``; ``locs``: its cue locatives;
        ``offices``: its ``town_offices``; ``text_keys``: the keys of ``toks``, made once by
        ``find``)."""
        n = len(toks)
        entries = self.entries
        lower_starts = self.lower_starts
        lazy = self._lazy
        prefixes = self._prefixes
        hits: list[_Hit] = []
        genitive = lang == "de"
        cases = self._case_endings(lang)  # "v Ljubljani", "iz Maribora": Slovene case endings
        titles: dict[int, bool] = {}  # sentence start -> written in title case, when needed
        persons: set[str] = set()
        said: set[str] = set()  # names read as a person only as one who speaks: "Parker said"
        clubs: set[str] = set()
        pos = 0  # words before ``pos`` are taken (by a place, or a person's or thing's name)
        # only a capitalised word, or the first word of a reviewed area, can start a name
        starts = [
            i
            for i, t in enumerate(toks)
            if t.cap or (t.key.partition(" ")[0] if " " in t.key else t.key) in lower_starts
        ]
        abbr = self._abbreviations(text, toks, starts)
        dead = self._dead
        county_offices = self.w["county_offices"]
        own_words = language_words(lang)
        # words a possessive follows ("Queen Anne's County"): most texts have no apostrophe (a
        # one-character search, the cheapest test), and so no possessive
        quotes = "'" in text or "’" in text
        poss = _possessives(text, toks) if quotes else _NO_WORDS
        prefix_words = self.w["place_prefixes"]  # "Metro Vancouver": ``_prefix_word``'s gate
        saint_words = self.w["saint_words"]  # "St. Mary's High School": ``_after_saint``'s gate
        for i in starts:
            if i < pos:
                continue
            t = toks[i]
            if (
                t.cap
                and i not in abbr
                and not (
                    cases
                    and (
                        t.key.endswith(cases.endings)
                        or (cases.bare and i and toks[i - 1].key in cases.governing)
                    )
                )  # a word in its case: "v Ljubljani", "iz Brežic" (no ending)
            ):
                key = t.key
                d = dead.get(key)
                if d is None:
                    d = self._starts_nothing(key)
                if d and genitive and key.endswith("s"):
                    # a German genitive ("Russlands") is read as its base too (below): it
                    # starts nothing where its base starts nothing either (so names nothing
                    # alone, not even a county's office) and no possessive is near
                    d = len(key) > 1 and not (
                        poss and (i in poss or i + 1 in poss or i + 2 in poss)
                    )
                    if d:
                        d = dead.get(key[:-1])
                        if d is None:
                            d = self._starts_nothing(key[:-1])
                if d:
                    pos = i + 1  # no name, no demonym: what the full tests below would find
                    continue
            hit = None
            skip = 1
            longest = self._longest(t.key.partition(" ")[0], t.cap)
            declined = False  # read back from its case after a preposition that places it
            if (
                cases
                and t.cap
                and i > 0
                and i + 1 < n
                and toks[i + 1].joined
                and toks[i - 1].key in cases.governing
                and (several := self._declined_name(toks, i, lang, cases, lang_cc))
            ):  # "v Novem mestu", "na Ravnah na Koroškem": a name of several words declined
                m, key, e = several
                if self._fits(toks, i, i + m, e, lang, titles) is True:
                    placed = self._placed(toks[i - 1].key, toks[i].key, cases)
                    hit = _Hit(i, i + m, e, key, None, declined=placed)
            if poss and hit is None and t.cap and (i in poss or i + 1 in poss or i + 2 in poss):
                hit = self._possessive_name(text, toks, i, lang, titles, poss)
            if hit is not None:
                pass
            elif i in abbr and self._abbr_fits(hits, i, abbr[i][1]):
                j, r, end = abbr[i]
                hit = _Hit(i, j, _Entry(cands=((r, 0.0, FREE),)), t.key, "region", end=end)
            elif longest:
                keys = [t.key]
                nw = t.key.count(" ") + 1
                j = i
                while j + 1 < n and len(keys) < MAX_WORDS:
                    if keys[-1] not in prefixes:
                        break  # no name goes on from here
                    nt = toks[j + 1]
                    if nt.joined:
                        nxt = nt.key
                    elif not quotes or (nxt := _elided_key(text, toks[j].end, nt)) is None:
                        break
                    nw += nxt.count(" ") + 1
                    if nw > longest:
                        break
                    j += 1
                    keys.append(keys[-1] + " " + nxt)
                for m in range(len(keys), 0, -1):
                    key = keys[m - 1]
                    e = entries.get(key)
                    if e is None:
                        e = lazy.get(key, THING)
                        if e is THING:
                            e = self.entry(key, lang)
                    if e is None and m == 1 and genitive and t.cap and t.key.endswith("s"):
                        key = t.key[:-1]  # "Russlands", "Beiruts": German genitive
                        e = entries.get(key)
                        if e is not None and not e.free:
                            e = None
                    if cases and m == 1 and t.cap:  # copy of a language with cases only
                        if (
                            (e is None or not e.free)
                            and i > 0
                            and toks[i - 1].key in cases.governing
                            and " " not in t.key
                        ):  # declined after the preposition that governs it: "v Krškem"; a
                            # small place's name that is the case of a country's or a big
                            # city's ("v Iraku", "v Luksemburgu") is read in the nominative
                            base, got = self._uninflected(t.key, lang, cases)
                            placed = self._placed(toks[i - 1].key, t.key, cases)
                            if got is not None and (e is None or got.free) and (placed or got.gaz):
                                key, e = base, got  # not "za Primorske novice": a paper
                                declined = placed
                        elif e is None and not t.sentence:
                            land = self._country_in_case(t.key, lang, cases)
                            if land is None and toks[i - 1].key in cases.town_heads:
                                land = self._town_of_head(t.key, lang, cases)
                            if land is not None:
                                key, e = land  # "Delegacija Hrvaške": a country's genitive
                                declined = toks[i - 1].key in cases.town_heads  # "župan Kranja"
                    if (
                        e is None
                        and i + m < n
                        and toks[i + m].key in county_offices
                        and toks[i + m].joined
                        and t.cap
                    ):
                        e = self._county_by_office(key, toks)  # "Henrico police"
                    if e is None:
                        continue
                    if not continents and e.area is not None and e.area.kind == "continent":
                        skip = m  # "South America" unasked: no "America" (the US) inside it
                        break
                    if text.startswith("$", toks[i + m - 1].end):
                        skip = m  # "US$2 million", "HK$", "NZ$": a currency's sign, no place
                        break
                    if (
                        m == 1
                        and key in own_words[0]
                        and self._language_word(text, toks, i, lang, titles)
                    ):
                        continue  # "Para el analista", "NO HACE NADA": the language's word
                    fit = self._fits(toks, i, i + m, e, lang, titles)
                    if fit is THING:  # "Los Angeles Times": no shorter place inside it either
                        skip = m
                        break
                    if fit is PERSON or fit is SAID:
                        (persons if fit is PERSON else said).add(toks[i + m - 1].key)
                        skip = m
                        break
                    if fit is CLUB:
                        clubs.add(key)
                        skip = m
                        break
                    if fit:
                        hit = (_Seated if fit is SEATED else _Hit)(
                            i, i + m, e, key, None, declined=declined
                        )
                        break
            if (
                hit is None
                and t.cap
                and (cc := self._country_demonym(t.key))
                and not self._demonym_in_name(toks, i)
                and not (i > 0 and toks[i - 1].key in self.w["language_before"])
                and not _adjective_before_noun(toks, i, lang)
            ):  # not "spoke only French", "in English": the language
                hit = _Hit(i, i + 1, _Entry(), t.key, "demonym", cc)
            if hit is not None and hit.j == i + 1:  # the gates: a one-word place (every hit
                # here starts at i), its key a prefix's or the word before it a saint's
                if hit.key in prefix_words and self._prefix_word(toks, hit):
                    hit = None  # "Metro Vancouver", "Downtown Nashville": the place is the next
                elif i and toks[i - 1].key in saint_words and self._after_saint(toks, hit):
                    hit = self._saints_town(text, toks, hit, lang, titles)  # "St. Mary's"
            if hit is None:
                pos = i + skip
                continue
            hit.cue = _region_cue(self.w, toks, hit.i, hit.j) or (
                lang in ("fr", "it", "es")
                and hit.i > 0
                and toks[hit.i - 1].key in self.w["city_articles"]
            )  # "du Québec", "del Lazio": towns take no article, regions do
            if (
                hit.end < 0
                and hit.j < n
                and toks[hit.j].joined
                and toks[hit.j].cap
                and toks[hit.j].key in self.w["region_suffixes"]
            ):
                hit.j += 1  # "Nyanza Province", "Idlib Governorate": the word is part of the name
            s, end = toks[hit.i].start, (hit.end if hit.end >= 0 else toks[hit.j - 1].end)
            if not _overlaps(exclude, s, end):
                hits.append(hit)
            pos = hit.j
        if persons or said or clubs:
            # "Clark", "Bell": a town's name that the text also uses as a person's surname is the
            # person wherever it stands alone but after "in", "near" ("Generation Charleston ...
            # in Charleston", ``_town_despite_person``); one that only speaks ("Gainesville
            # says") is a person where it stands alone but where the text introduces it as a
            # town ("Gainesville residents"); one it gives a club's article ("el América") is
            # the club wherever it stands bare, but after a locative ("a Roma", the town); a
            # name is one place in a text: one that speaks and that the text introduces as a
            # town once ("in Gainesville") is the town at its other bare mentions too
            towns = {h.key for h in hits if h.key in said and self._introduced(text, toks, h)}
            hits = [
                h
                for h in hits
                if not (
                    h.j - h.i == 1
                    and h.kind is None
                    and (
                        (
                            (
                                h.key in persons
                                and not self._town_despite_person(text, toks, h)
                                or h.key in said
                                and h.key not in towns
                                and not self._local(text, toks, h, locs, offices)
                            )
                            and not h.entry.names_area(self.g)
                        )
                        or (h.key in clubs and not (h.i > 0 and toks[h.i - 1].key in locs))
                    )
                )
            ]
        hits = self._county_lists(toks, hits, exclude, text_keys)
        cued = [self._cued(text, toks, hits, k, lang_cc, locs, offices) for k in range(len(hits))]
        if all(cued):
            return hits
        # one name, one place: a small town the text introduces as a place once ("a fire in
        # Torrington") is that town at its bare mentions too ("Torrington firefighters"); a
        # club's word keeps its own rule ("in Bayern", "Bayern lost")
        towns = {
            h.key
            for k, (h, c) in enumerate(zip(hits, cued, strict=True))
            if c
            and h.kind is None
            and (self._introduced(text, toks, h) or self._with_region(text, toks, hits, k))
        }
        clubs_w = self.w["org_before"]
        return [
            h
            for h, c in zip(hits, cued, strict=True)
            if c
            or (
                h.kind is None
                and h.key in towns
                and h.key not in clubs_w
                and not self._described(text, toks, h)
            )
        ]

    def _compass_compounds(
        self,
        text: str,
        toks,
        hits: list[_Hit],
        lang: str,
        starts: re.Pattern,
        heads: _Heads,
        exclude,
    ) -> list[_Hit]:
        """The hits with the words that join a compass word to a country's name
        (``compass_heads``: "Südindien", "Nordostsyrien", "Noord-Syrië"), each
        read as that country: a part of it, at the country's point. Only capitalised words,
        written with the compass word at their start (``starts``: the only words tried), no
        name was read in and that name nothing themselves ("Nordkorea", "Noord-Holland",
        "Nordirland", "Westindien" are their own places)."""
        new: list[_Hit] = []
        folded = tuple(h for h, _ in heads)
        taken: set[int] | None = None
        for mt in starts.finditer(text):
            i = bisect_left(toks, mt.start(), key=itemgetter(0))
            if i == len(toks) or toks[i].start != mt.start():
                continue
            t = toks[i]
            if not t.cap or not t.key.startswith(folded):
                continue
            if taken is None:
                taken = {k for h in hits for k in range(h.i, h.j)}
            if i in taken:
                continue
            got = self._compass_country(t.key, lang, heads)
            if got is not None and not any(t.start < b and a < t.end for a, b in exclude):
                new.append(_Hit(i, i + 1, got[1], got[0], None))
        return sorted(hits + new, key=attrgetter("i")) if new else hits

    def _compass_country(self, key: str, lang: str, heads: _Heads) -> tuple[str, _Entry] | None:
        """The country's folded name and its one reading in a word that is a compass word and
        a country's name ("sudindien": "indien", India), or None: where the word names a place
        itself, the rest is no country's name, or the compass word and the country together
        are another country or region in GeoNames' English names ("Ost-Aserbaidschan": East
        Azerbaijan, a province of Iran; "Nord-Irland": Northern Ireland)."""
        memo = self._compass
        got = memo.get((key, lang), THING)
        if got is not THING:
            return got
        got = None
        g = self.g
        if self.entry(key, lang) is None and self.demonym_word(key) is None:
            for head, english in heads:
                rest = key[len(head) :].lstrip(" ") if key.startswith(head) else ""
                e = self.entry(rest, lang) if rest else None
                if e is None:
                    continue
                lands = [c for c in e.cands if c[2] == FREE and g.kind[c[0]] == COUNTRY]
                if len(lands) != 1:
                    break
                i = lands[0][0]
                name = fold(g.name[i])
                if not any(
                    g.kind[p >> 1] in (COUNTRY, REGION) and g.cc[p >> 1] != g.cc[i]
                    for en in english
                    for p in _postings(g.names.get(f"{en} {name}"))
                ):
                    got = (rest, _Entry(cands=(lands[0],)))
                break
        return _remember(memo, (key, lang), got)

    def _county_by_office(self, key: str, toks) -> _Entry | None:
        """The county a bare name stands for before one of its offices ("Henrico police",
        "DuPage Sheriff", "Prince William Circuit Court") in a text that names that county in
        full too ("Henrico County"): a name is one place in a text, and US local copy names its
        county bare after once naming it whole. Only a name the gazetteer knows with "County",
        "Parish" or "Borough" and that reads nothing alone (a town's name reads the town:
        "Jackson police"; a stopword none: "Essex Police"), and only the county's reading: the
        gazetteer's own place, none made up. Without the full name nothing tells a county from
        a surname ("Sanders police reform plan")."""
        if key in self._stop:
            return None
        g = self.g
        words = None
        for word in self.w["subregion_words"]:
            e = self.entry(key + " " + word)
            if e is None or not all(g.kind[c] == SUBREGION for c, _, _ in e.cands):
                continue
            if words is None:
                words = " " + " ".join(t.key for t in toks) + " "
            if " " + key + " " + word + " " in words:
                return e
        return None

    def _town_despite_person(self, text: str, toks, h: _Hit) -> bool:
        """A name the text also gives a person is the town where a word that takes only
        places stands right before it ("in Charleston", ``town_before``) and the name ends
        the phrase: no possessive ("in Clark's view") and no noun it qualifies after it ("in
        Ravenel cocaine case", "in Fairfield hearing": the person's case). Or where it opens
        the story as a dateline."""
        w = self.w
        i, j = h.i, h.j
        if i > 0 and toks[i].joined and toks[i - 1].key in w["town_before"]:
            end = toks[j - 1].end
            nxt = toks[j] if j < len(toks) and toks[j].joined else None
            return text[end : end + 1] not in ("'", "’") and (
                nxt is None or nxt.cap or nxt.key in w["function_words"]
            )
        return _opens_as_dateline(text, toks, i, j)

    def _case_endings(self, lang: str) -> _CaseTable | tuple[()]:
        """The language's case table (``_CaseTable``), built once; empty for a language
        without case endings."""
        got = self._cases.get(lang)
        if got is None:
            pairs = sorted(
                (tuple((p.split(" ", 1) + [""])[:2]) for p in self.w["case_endings"].get(lang, ())),
                key=lambda p: (-len(p[0]), not p[1], p),  # "em o" before "em": "krskem"
            )
            before = self.w["case_before"].get(lang, frozenset())
            fleeting = self.w["case_fleeting"].get(lang, frozenset())
            places = self.w["case_place_before"].get(lang, frozenset())
            froms = self.w["case_from_before"].get(lang, frozenset())
            with_ = tuple(self.w["case_instrumental"].get(lang, ()))
            vowel = words_as_written()["case_fleeting_vowel"].get(lang, "e")
            got = _CaseTable(
                tuple(pairs),
                tuple(dict.fromkeys(a for a, _ in pairs)),
                before,
                fleeting,
                places,
                froms,
                with_,
                vowel,
                {},
                self.w["case_town_heads"].get(lang, frozenset()),
                tuple(words_as_written()["case_bare"].get(lang, ())),
            )
            self._cases[lang] = got
        return got if got.pairs else ()

    def _uninflected(self, key: str, lang: str, cases) -> tuple[str, _Entry | None]:
        """A capitalised word read in its nominative ("ljubljani" -> "ljubljana", "krskem" ->
        "krsko"): the first ending's reading the index has, leaving three letters or more;
        then, after an ending of ``fleeting``, the stem with the e its last syllable lost
        ("kopru" -> "koper", "bruslju" -> "bruselj", ``case_fleeting``). A free reading (a
        country's, a big city's, an exonym's) goes before an earlier one that needs more and
        lies outside the language's countries (``geodata.paper_countries``): "v Rimu" is Rome,
        not a hamlet "Rimo" in Indonesia; "v Luksemburgu" the land; "v Krškem" the Slovene
        town Krško, not a reading of Krasnoyarsk; in them, a free reading goes before an earlier
        one that needs more ("iz Maribora" is Maribor, not a name "Mariboro" that needs a
        region, at a sentence's start too). A later reading that is a town of the language's
        countries with ``CITY_POP`` people goes before a free one outside them ("v Táboře" is
        Tábor, not "Tabora" in Tanzania; "v Kolíně" Kolín, not Colina in Chile)."""
        first: tuple[str, _Entry] | None = None
        own: tuple[str, _Entry] | None = None  # the first in the language's countries
        far: tuple[str, _Entry] | None = None  # a free reading outside them, found first
        home = geodata.paper_countries(lang)
        g = self.g
        cc = g.cc
        for k in _read_backs(key, cases):
            e = self.entry(k, lang)
            if e is not None:
                ours = any(cc[c] in home for c, _, _ in e.cands)
                if far is not None:  # only a town the copy reads bare goes before it
                    if ours and (
                        e.free
                        or any(
                            cc[c] in home and g.kind[c] == CITY and g.pop[c] >= CITY_POP
                            for c, _, _ in e.cands
                        )
                    ):
                        return k, e  # "v Táboře": Tábor, not "Tabora" in Tanzania
                    continue
                if e.free and (ours or own is None):
                    if ours:
                        return k, e
                    far = (k, e)
                    continue
                if ours:
                    own = own or (k, e)
                first = first or (k, e)
        return far or own or first or (key, None)

    def _declined_name(
        self, toks, i: int, lang: str, cases, lang_cc: frozenset[str]
    ) -> tuple[int, str, _Entry] | None:
        """A name of several words from word ``i`` on, declined after the preposition before
        it ("v Novem mestu" -> "novo mesto", "na Ravnah na Koroškem" -> "ravne na koroskem",
        "z Mursko Soboto"): each word as written or read back through the case endings
        (``_nominatives``), a longer reading only where some name starts so; the longest
        reading the index has (one in the countries of the language, ``lang_cc``, first), as
        (words, key, entry)."""
        n = len(toks)
        prefixes = self._prefixes
        heads = [k for k in self._nominatives(toks[i].key, cases) if k in prefixes]
        best = None
        j = i + 1
        while heads and j < n and toks[j].joined and j - i < MAX_WORDS:
            keys = [h + " " + k for h in heads for k in self._nominatives(toks[j].key, cases)]
            j += 1
            found = [(k, e) for k in keys if (e := self.entry(k, lang)) is not None]
            if found:  # "v Novem mestu": Novo mesto in Slovene copy, not Nové Město
                g = self.g
                key, e = next(
                    (f for f in found if any(g.cc[c] in lang_cc for c, _, _ in f[1].cands)),
                    found[0],
                )
                best = (j - i, key, e)
            heads = [k for k in keys if k in prefixes]
        return best

    def _country_in_case(self, key: str, lang: str, cases) -> tuple[str, _Entry] | None:
        """A capitalised word inside a sentence, with no preposition before it, that its case
        endings read back to a country's name only ("Delegacija Hrvaške", "vlada Avstrije",
        "meja Madžarske"): that country, as (its folded name, its entry). A town's or a
        region's case stays unread without its preposition ("Janeza", "Kranja" after a noun
        may be a person's); a sentence's first word may be an adjective ("Hrvaške oblasti"),
        and a form of no genitive ending (``case_genitive``) is one before its noun more often
        than a country's dative ("ogledali Kitajski zid")."""
        got = self._genitive_reading(key, lang, cases)
        if got is None:
            return None
        kind = self.g.kind
        if all(t == FREE and kind[c] == COUNTRY for c, _, t in got[1].cands):
            return got
        return None

    def _town_of_head(self, key: str, lang: str, cases) -> tuple[str, _Entry] | None:
        """A capitalised word after a noun only a town governs (``case_town_heads``: "župan
        Kranja", "burmistrz Krakowa", "primátor Brna") that a genitive ending
        (``case_genitive``) reads back to a town of the language's countries: that town, as
        (its folded name, its entry)."""
        got = self._genitive_reading(key, lang, cases)
        if got is None:
            return None
        home = geodata.paper_countries(lang)
        g = self.g
        if any(g.cc[c] in home and g.kind[c] == CITY for c, _, _ in got[1].cands):
            return got
        return None

    def _genitive_reading(
        self, key: str, lang: str, cases: _CaseTable
    ) -> tuple[str, _Entry] | None:
        """A word with a genitive ending (``case_genitive``) read back to a name the index
        has, with readings, as (its folded name, its entry); None where it has no such ending
        or reads back to nothing (``_country_in_case``'s and ``_town_of_head``'s first step)."""
        ends = self.w["case_genitive"].get(lang)
        if not ends or not key.endswith(tuple(ends)):
            return None
        base, got = self._uninflected(key, lang, cases)
        if got is None or not got.cands or base == key:
            return None
        return base, got

    @staticmethod
    def _placed(prep: str, key: str, cases) -> bool:
        """Whether the preposition ``prep`` places the declined word ``key`` after it: "v
        Postojni", "na Štajerskem", "s Ptuja" (from), not "o Luciji" (about), "s Ptujem",
        "z Marijo" (with) (``_case_endings``)."""
        return prep in cases.placing or (
            prep in cases.from_before and not key.endswith(cases.instrumental)
        )

    def _nominatives(self, key: str, cases) -> tuple[str, ...]:
        """A word as written and as each case ending of ``cases`` reads it back, with the e a
        fleeting ending took put back (``_uninflected``'s readings, unchecked)."""
        noms = cases.readings  # the language's own memo: a word reads back per language
        got = noms.get(key)
        if got is None:
            out = [key, *_read_backs(key, cases, 2)]
            got = _remember(noms, key, tuple(dict.fromkeys(out)))
        return got

    def _county_lists(self, toks, hits: list[_Hit], exclude, text_keys: set[str]) -> list[_Hit]:
        """ "Becker, Clay and Douglas counties": each name of the list is a county ("Clay
        County"), whatever else it could be (``text_keys``: the keys of ``toks``)."""
        plural = self.w["subregion_plurals"]
        if plural.isdisjoint(text_keys):
            return hits  # no "counties" in the text (most briefs): one set test in C
        found: list[_Hit] = []
        for k in [k for k, t in enumerate(toks) if t.key in plural]:
            t = toks[k]
            if not t.joined or k == 0:
                continue
            word = t.key[:-3] + "y" if t.key.endswith("ies") else t.key[:-2]  # county, parish
            end = k  # the name before ends at end - 1
            while end > 0 and toks[end - 1].cap:
                start = end - 1
                while start > 0 and toks[start].joined and toks[start - 1].cap:
                    if end - start >= LAZY_WORDS:
                        break
                    start -= 1
                for first in range(start, end):  # "Small Hitchcock": the longest name that is one
                    key = " ".join(x.key for x in toks[first:end]) + " " + word
                    e = self.entry(key)
                    if e is not None and any(self.g.kind[c] == SUBREGION for c, _, _ in e.cands):
                        a0, b0 = toks[first].start, toks[end - 1].end
                        if not _overlaps(exclude, a0, b0):
                            found.append(_Hit(first, end, e, key, None))
                        break
                if toks[start].sentence or start == 0:
                    break
                if toks[start - 1].key in ("and", "or", "&"):
                    end = start - 1
                    if end > 0 and not toks[end].joined and toks[end].sentence:
                        break
                elif not toks[start].joined:
                    end = start  # "Clay, Douglas": a comma between
                else:
                    break
        if not found:
            return hits
        spans = [(h.i, h.j) for h in found]
        keep = [h for h in hits if not any(a < h.j and h.i < b for a, b in spans)]
        return sorted(keep + found, key=lambda h: h.i)

    def _cued(
        self,
        text: str,
        toks,
        hits: list[_Hit],
        k: int,
        lang_cc: frozenset[str],
        locs,
        offices: frozenset[str] = frozenset(),
    ) -> bool:
        """A bare single word that is only a small town ("Chapin", "Bell", "Justice") counts
        only where the text introduces it as a place: after a locative or "of"/"from" ("a man
        from Chapin"), before a word such as "man", "police", "County" ("Chapin man", "Berea
        Police"), with its region after it ("Chapin, S.C."), in a list with other places, or
        written in capitals as the dateline that opens a story ("TORRINGTON — A fire ...").
        A town of ``CITY_POP`` or more in the country of the paper's language (``lang_cc``:
        none for English, written the world over) needs no such word: a paper names its own
        country's towns bare ("vliegveld Lelystad", a headline's "Hoyerswerda: ...")."""
        h = hits[k]
        e = h.entry
        w = self.w
        i, j = h.i, h.j
        if (
            h.kind is None
            and j - i == 1
            and h.key in w["org_before"]
            and not e.names_area(self.g)
            and _all_below(self.g.pop, e.cands, CLUB_TOWN_POP)
        ):
            # "Ajax won", "Bayern lost": a word that names clubs is a place only after a
            # locative ("in Bayern")
            return i > 0 and toks[i - 1].key in locs
        if (
            h.kind is not None
            or h.j - h.i > 1
            or not e.gaz
            or e.free
            or e.short_country >= 0
            or h.declined  # "v Postojni": its case, read back, is governed by the preposition
        ):
            return True
        if (
            i > 0
            and (toks[i - 1].key in locs or toks[i - 1].key in w["place_before"])
            and not (i > 1 and toks[i - 1].key == "of" and toks[i - 2].key in w["institution_of"])
        ):
            return True  # "a man from Chapin"; not "Department of Justice": its field
        if i > 1 and self._named_town(toks, i, ""):
            return True  # "a town called Låsby"
        if self._office_town(text, toks, h, offices):
            return True  # "le maire d'Avranches": its office, the "of" elided
        if lang_cc and _needs_one_of(self.g.cc, e.cands, lang_cc):
            return True
        if _opens_as_dateline(text, toks, i, j):
            return True  # "TORRINGTON — A fire destroyed ...": a dateline opening the story
        if j < len(toks) and toks[j].joined and self._office_after(toks, j):
            return True  # "Roswell police", "Kanawha Circuit Court": the town's court
        for other in (hits[k - 1] if k > 0 else None, hits[k + 1] if k + 1 < len(hits) else None):
            if other is None or other.kind == "demonym" or not other.entry.gaz:
                continue
            a, b = (other, h) if other.j <= h.i else (h, other)
            gap = text[toks[a.j - 1].end : toks[b.i].start]
            if gap in _LIST_GAPS:
                return True  # "Chapin, S.C.", "Bantam, Litchfield and Winsted", "Fargo-Moorhead"
        return False

    def _abbreviations(
        self, text: str, toks, starts: Iterable[int] | None = None
    ) -> dict[int, tuple[int, int, int]]:
        """Region abbreviations as written ("Fowlerville, Mich.", "W.Va.", "London, Ont."):
        first word -> (end word, region, end offset). Those that are also words or other
        things ("Miss.", "Ind.", "Man.", "500 B.C.", "SA") count only after "Place, " or "(".
        ``starts``: the words to try, in order, among them every capitalised one (``_scan``'s
        starts; None: every word). An abbreviation opens with a capital, so only those are
        read: a dozen words a brief, cheaper than a search of the whole text for any of them.
        """
        out: dict[int, tuple[int, int, int]] = {}
        regions = self._abbr_region
        only_qualifier = self._abbr_only_qualifier
        bare = self._abbr_bare
        # a US state's abbreviation that is also a word or a title ("Mass.", "Ga.", "Ill.")
        # is the state alone too where a lower-case word follows its full stop ("Western
        # Mass. stargazers", "a Ga. pastor"): that stop ends no sentence, so it is an
        # abbreviation's, and a title ("Miss. Smith") is followed by a name
        in_phrase = geodata.US_STATE_ABBREVIATIONS_AMBIGUOUS
        n, size = len(toks), len(text)
        keys = self._abbr_keys
        for i in range(n) if starts is None else starts:
            t = toks[i]
            if t.key not in keys:
                continue  # no abbreviation's words start with this word (most words)
            s, e = t.start, t.end
            if not t.cap or e - s > 6:
                continue
            if (  # another country's, written without a dot: "Perth, WA", "London (Ont)"
                text[e - 1] != "."
                and text[s:e] in bare
                and not (e < size and (text[e].isalnum() or text[e] == "."))
                and _qualifies(text, toks, s, i)
            ):
                out[i] = (i + 1, regions[text[s:e]], e)
                continue
            after = toks[i + 1].end if i + 1 < n else -1
            if text[e - 1] != "." and text[e : e + 1] != "." and text[after : after + 1] != ".":
                continue  # no full stop at the word's end, after it or after the next word
            # "Ore." (a word and its dot), "N.Y." (one word with dots), "W.Va." (two words)
            for j, end in (
                (i + 1, e + 1),
                (i + 1, e),
                (i + 2, toks[i + 1].end + 1 if i + 1 < n else 0),
            ):
                if end > size or end <= e - 1 or text[end - 1] != ".":
                    continue
                a = text[s:end]
                r = regions.get(a)
                if r is None or (end < size and (text[end].isalnum() or text[end] == ".")):
                    continue
                if a in only_qualifier and not (
                    _qualifies(text, toks, s, i) or (a in in_phrase and lower_after(text, end))
                ):
                    continue
                out[i] = (j, r, end)
                break
        return out

    def _abbr_fits(self, hits: list[_Hit], i: int, r: int) -> bool:
        """Another country's abbreviation ("Ont.", "SA") qualifies the place just before it
        only when that place may lie in the region: "Perth, WA" is Western Australia,
        "Johannesburg, SA" no South Australia, "Seattle, WA" (a US postal code) nothing."""
        if r not in self._abbr_foreign:
            return True
        if not hits or hits[-1].j != i or hits[-1].kind == "demonym":
            return False
        a1, region = self.g.a1, self.g.a1[r]
        return any(a1[c] == region for c, _, _ in hits[-1].entry.cands)

    def _authority_demonyms(
        self, toks, hits: list[_Hit], nouns: frozenset[str], sides: tuple[int, ...], exclude
    ) -> list[_Hit]:
        """``hits`` with the lower-case country adjectives that stand right beside a word for a
        nation's authorities (``authority_nouns``, on the side ``sides`` gives: "die
        französische Polizei", "la police française", "la policía francesa"): the nation whose
        police or government acts. Elsewhere a lower-case adjective is no demonym read ("la
        cuisine française", "französische Küche": a style, not a place), as a capitalised one
        is (the scan)."""
        taken = {k for h in hits for k in range(h.i, h.j)}
        n = len(toks)
        new: list[_Hit] = []
        for k, t in enumerate(toks):
            if t.key not in nouns:
                continue
            for side in sides:
                a = k + side
                if not 0 <= a < n or a in taken or toks[a].cap or not toks[max(a, k)].joined:
                    continue
                cc = self._country_demonym(toks[a].key)
                s, e = toks[a].start, toks[a].end
                if cc and not any(s < b and x < e for x, b in exclude):
                    new.append(_Hit(a, a + 1, _Entry(), toks[a].key, "demonym", cc))
                    taken.add(a)
                    break
        return sorted(hits + new, key=attrgetter("i")) if new else hits

    def _town_adjectives(
        self,
        toks,
        hits: list[_Hit],
        table: dict[str, int],
        nouns: frozenset[str],
        exclude,
        after: bool = False,
    ) -> list[_Hit]:
        """``hits`` with the capitalised town adjectives (``table``, the language's
        ``town_adjective_table``) right before a noun of the town's own place or offices
        (``nouns``, ``town_adjective_nouns``: "die Kölner Polizei", "am Münchner
        Hauptbahnhof", "de Utrechtse politie"): the town. Before any other noun the adjective
        is a paper's, a food's or a team's name ("Berliner Zeitung", "Wiener Würstchen",
        "Kölner Haie") or a person's origin: not read; nor a surname, after a title or a first
        name ("Frau Bremer", "Klaus Esser Polizei und Presse"). The caller has found an
        adjective and a noun among the words. With ``after`` (a language that writes its
        adjectives in lower case after the noun: fr, it, es, pt) the adjective is read right
        after such a noun instead ("la police lyonnaise", "il sindaco milanese", "la policía
        madrileña", "a prefeitura curitibana"); after any other it is a dish's or a song's ("une
        sauce bolognaise", "la Marseillaise")."""
        titles, first_names = self.w["titles"], self.w["first_names"]
        taken = {k for h in hits for k in range(h.i, h.j)}
        new: list[_Hit] = []
        last = len(toks) - 1
        for k in _positions(toks, table):  # the few words that are adjectives, found in C
            key = toks[k].key
            if k in taken:
                continue
            a = toks[k]
            if after:  # "la police lyonnaise", "il sindaco milanese": lower case, after it
                if not k or a.cap or not a.joined or toks[k - 1].key not in nouns:
                    continue
            elif not a.cap or a.upper or k == last or not _noun_next(toks[k + 1], nouns):
                continue
            if k and a.joined and not after:
                before = toks[k - 1]
                if before.key in titles or before.cap and before.key in first_names:
                    continue  # "Frau Bremer", "Klaus Esser": a surname
            i = table[key]
            if any(a.start < b and x < a.end for x, b in exclude):
                continue
            entry = _Entry(((i, prior(self.g, i), FREE),))
            new.append(_Hit(k, k + 1, entry, key, "town adjective"))
        return sorted(hits + new, key=attrgetter("i")) if new else hits

    def _demonym_in_name(self, toks, i: int) -> bool:
        """ "Russell Crowe"-like names are caught by the endings; this catches a demonym that
        is part of a longer capitalised name or a title ("American Airlines", "Mr. French")."""
        w = self.w
        prev = toks[i - 1] if i > 0 and toks[i].joined else None
        if prev is not None and prev.key in w["titles"]:
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].joined else None
        return nxt is not None and nxt.cap and nxt.key in w["org_after"]

    def _names(
        self,
        toks,
        hits: list[_Hit],
        text: str,
        locs: frozenset[str],
        offices: frozenset[str] = frozenset(),
        lang: str = "",
    ) -> list[Name]:
        """The hits as names for ``geo.disambiguate``, with qualifiers ("Alexandria, La.")."""
        g = self.g
        names: list[Name] = []
        own: set[str] = set()  # keys the text names by their people or offices (``_own_town``)
        small: set[str] | None = None  # ``_small_towns``, read when a name needs it
        raised: dict[int, tuple] = {}  # names ``_small_towns`` read, with their own readings
        towns: set[str] | None = None  # a country's name written as a town's (``_as_town``)
        any_local = False  # some name is introduced as a town (most texts: none)
        bodies: dict[str, str] | None = (
            None  # key -> country of its body's name (``_body_country``)
        )
        residents = self.w["resident_nouns"].get(lang, ())  # ``_resident_town``'s gate
        heads = _modifier_heads(lang)  # ``_modified_town``'s gate
        body_words = _town_bodies()[0]  # ``_body_country``'s gate
        for k, h in enumerate(hits):
            if h.kind == "demonym":
                names.append(Name(h.key, fixed_cc=h.cc))
                continue
            if h.kind == "town adjective":  # one town, its own: nothing to choose
                names.append(Name(h.key, h.entry.cands, local=True))
                continue
            e = h.entry
            if not e.gaz:
                names.append(Name(h.key, fixed_cc=e.area.cc if e.area else None))
                continue
            cands = e.cands
            if e.short_country >= 0 and (not cands or all(toks[q].upper for q in range(h.i, h.j))):
                cands = ((e.short_country, prior(g, e.short_country), FREE),)
            elif cands and cands[0][2] and g.kind[cands[0][0]] == COUNTRY:
                cands = self._land_named_whole(text, toks, h, cands)
            qual = self._qualifier(text, toks, hits, k)
            modified = (  # "a Salina man", "Kirby police": the word after it first
                h.j < len(toks)
                and toks[h.j].key in heads
                and self._modified_town(text, toks, h, heads, lang)
            )
            if (
                len(cands) == 1
                and cands[0][2] == NEEDS_REGION
                and not qual
                and h.i > 1
                and self._named_town(toks, h.i, lang)
            ):  # "the village of Bieżuń", "a town called Låsby": a town, whatever its size
                raised[len(names)] = cands
                cands = ((cands[0][0], cands[0][1], NEEDS_COUNTRY),)
            elif (
                len(cands) == 1
                and cands[0][2] == NEEDS_REGION
                and not qual
                and g.pop[cands[0][0]] >= SMALL_TOWN_POP
            ):
                if h.declined or self._town_by_preposition(text, toks, h, lang, offices):
                    # "v Postojni", "iz Idrije": the case read back after its preposition
                    # introduces the town as "in Tipperary town" does, for its country's copy;
                    # so does a plain preposition in copy of a language with countries of its
                    # own ("i carabinieri di Medolla", "bei Röszke")
                    cands = ((cands[0][0], cands[0][1], NEEDS_COUNTRY),)
                else:
                    if small is None and not modified:
                        small = self._small_towns(text, toks, hits)
                    # "in Tipperary town", "a Salina man": a town, and the one of that name
                    if modified or h.key in small:
                        raised[len(names)] = cands
                        cands = ((cands[0][0], cands[0][1], NEEDS_COUNTRY),)
            local = (
                any(t == NEEDS_COUNTRY for _, _, t in cands)
                and (modified or self._local(text, toks, h, locs, offices))
                and h.key not in self._continent_words  # "in America": the land, no town
                and not _addressed(toks, h.i, lang)  # "ha scritto a Ferrara": a person
            )
            names.append(
                Name(h.key, cands, qual, cue=h.cue, local=local, renamed=e.renamed, placed=modified)
            )
            any_local = any_local or local
            if len(cands) > 1:
                if self._own_town(toks, h.j):
                    own.add(h.key)
                if h.j < len(toks) and toks[h.j].key in body_words:
                    cc = _body_country(toks, h.j)
                    # not the Paris Fire Department: a capital or a big city abroad stays
                    if cc and not famous_abroad(g, cands, (cc,), _written(toks, h)):
                        bodies = {h.key: cc} if bodies is None else {**bodies, h.key: cc}
                if g.kind[cands[0][0]] == COUNTRY and self._as_town(text, toks, h):
                    towns = {h.key} if towns is None else towns | {h.key}
                    names[-1].town_written = True
                elif (
                    residents
                    and h.j < len(toks)
                    and toks[h.j].key in residents
                    and g.kind[cands[0][0]] == COUNTRY
                    and self._resident_town(toks, h, hits, lang)
                ):  # "a Jordan woman": the word after the name first (a set look-up)
                    towns = {h.key} if towns is None else towns | {h.key}
        if raised:
            self._unraise_elsewhere(names, raised)
        if towns:  # "508 Cumberland St., Lebanon ... of Lebanon": the town at every mention
            for nm in names:
                nm.as_town = nm.key in towns
        if own:  # a name is one town throughout the text: "Berea residents" says which Berea
            for nm in names:
                nm.own_town = nm.key in own
        if bodies:  # and "the Berea Police Department" in which country, at every mention
            for nm in names:
                nm.body_cc = bodies.get(nm.key, "")
        if any_local:
            self._spread_local(names, hits, text, toks, locs)
        # the readings each name's qualifiers place, and a qualifier that places them
        pins: dict[str, dict[frozenset[int], tuple[int, ...]]] = {}
        for nm in names:
            if nm.qualifier:
                read = frozenset(i for i, _, _ in nm.cands if qualified(g, nm, i))
                if read:
                    pins.setdefault(nm.key, {})[read] = nm.qualifier
        if pins:  # "Cairo, Illinois ... Cairo": pinned once by its region, that place throughout
            # not where the text pins it to two places ("Paris, France", "Paris, Texas") or names
            # a longer place that holds it ("Santiago de Compostela"), nor a country's name
            # alone ("Jordan, Minnesota ... sells in Jordan and Egypt": the country)
            longer = {k for nm in names for k in pins if nm.key.startswith(k + " ")}
            for nm in names:
                got = pins.get(nm.key)
                if (
                    not nm.qualifier
                    and got is not None
                    and len(got) == 1
                    and nm.key not in longer
                    and not any(t == FREE and g.kind[i] == COUNTRY for i, _, t in nm.cands)
                ):
                    nm.qualifier = next(iter(got.values()))
                    nm.region_elsewhere = True
        return names

    def _named_town(self, toks, i: int, lang: str) -> bool:
        """Word ``i`` follows a lower-case word for a town and the word that names it
        (``town_named``: "the village of Bieżuń", "a town called Låsby"): the writer introduces
        a town too small for the reader to know, as no person, firm or team is written; so the
        gazetteer's only place of the name is read without its region named, below
        ``SMALL_TOWN_POP`` too ("the City of Hope", capitalised, is a name). ``lang`` "": the
        phrases of every language."""
        named = _town_named(lang)
        a, b = toks[i - 2], toks[i - 1]
        return toks[i].joined and b.joined and not a.cap and f"{a.key} {b.key}" in named

    def _land_named_whole(self, text: str, toks, h: _Hit, cands: tuple) -> tuple:
        """``cands`` with the territory a name calls only in part (``_demote_in_part``: first,
        by its country's prior) read freely again where the word before or after the name
        makes with it one of the territory's names ("l'île Norfolk", "Norfolk island")."""
        land = cands[0][0]
        names = []
        if h.i > 0:
            w = text[toks[h.i - 1].start : toks[h.i - 1].end]
            el = _ELISION.match(w)
            names.append(f"{fold(w[el.end() :] if el else w)} {h.key}")
        if h.j < len(toks):
            names.append(f"{h.key} {toks[h.j].key}")
        postings = self.g.postings
        if any(p >> 1 == land for k in names for p in postings(k)):
            return ((land, cands[0][1], FREE), *cands[1:])
        return cands

    def _town_by_preposition(
        self, text: str, toks, h: _Hit, lang: str, offices: frozenset[str]
    ) -> bool:
        """A plain preposition of place of the text's language (``town_prepositions``) stands
        right before the name ("a Maranello", "bei Röszke"), or a word for a town's offices and
        "of" ("i carabinieri di Medolla", ``_office_of``). In copy of a language with countries
        of its own, a small town so introduced, the gazetteer's only one of its name, is read as
        a bigger town so introduced is; English keeps ``_small_towns``' test both ways, its "in"
        standing before every kind of name. Not "of" alone ("il governo di Meloni"): it stands
        before surnames; nor the verbs of striking, which take persons too. Nor a name a figure
        follows ("in Sector 3", "a Terminal 2"): the word opens a numbered name, not a town's."""
        preps = self.w["town_prepositions"].get(_lang_key(lang))
        if preps is None:
            return False
        end = toks[h.j - 1].end
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit():
            return False
        i = h.i
        if i > 0 and toks[i].joined and toks[i - 1].key in preps:
            return not _addressed(toks, i, lang)  # not "una lettera a Bianco"
        return self._office_of(text, toks, i, offices)

    def _spread_local(self, names: list[Name], hits: list[_Hit], text: str, toks, locs) -> None:
        """A name is one place in a text: "in Torrington" introduces the town for "Torrington
        firefighters" too, and "in Lawrence" at one mention places it at all (``Name.placed``), but
        not "in Lawrence's view" (``_owns``)."""
        local: set[str] = set()
        placed: set[str] = set()
        for nm, h in zip(names, hits, strict=True):
            if nm.local:
                if self._introduced(text, toks, h):
                    local.add(nm.key)
                if nm.placed or (
                    h.i > 0
                    and toks[h.i - 1].key in locs
                    and self._a_word(toks, h.i - 1)
                    and not _owns(text, toks[h.j - 1].end)
                ):
                    placed.add(nm.key)
        if local or placed:
            for nm in names:
                if nm.key in local:
                    nm.local = True
                if nm.key in placed:
                    nm.placed = True

    @staticmethod
    def _a_word(toks, k: int) -> bool:
        """Word ``k`` stands on its own: a sentence's first or after a space, not the tail of a
        word an apostrophe the tokenizer does not join splits ("Munsha‘at": no "at")."""
        t = toks[k]
        return k == 0 or t.sentence or t.joined

    def _as_town(self, text: str, toks, h: _Hit) -> bool:
        """A name that reads as a country is written as a town's (``Name.as_town``): its school
        after it ("Jordan High School") or a street address before it ("400 S. Locust St.,
        Lebanon"): no high school stands in a country but in one of its towns, and an address
        names the town after the street, the country after the town. Not a word for its people
        ("a Mexico man", "the Jamaica woman"): headlines name a country's people so too; those
        are read by ``_resident_town``, a town only where the text supports one."""
        w = self.w
        i, j = h.i, h.j
        if (
            j + 1 < len(toks)
            and toks[j].joined
            and toks[j].key in w["school_grades"]
            and toks[j + 1].joined
            and toks[j + 1].key in w["schools"]
        ):
            return True
        if i < 2 or text[toks[i - 1].end : toks[i].start] not in (", ", "., "):
            return False
        return toks[i - 1].key in w["street_after"] and any(
            toks[k].key.isdigit() for k in range(max(0, i - 5), i - 1)
        )

    def _resident_town(self, toks, h: _Hit, hits: list[_Hit], lang: str) -> bool:
        """A name that reads as a country set between a determiner and a word for people of a
        place (``resident_determiners``, ``resident_nouns``: "a Lebanon woman", "an Albany man",
        "the Jordan couple", "a 33-year-old Mexico resident"): copy that means the country names
        its people by their demonym ("a Lebanese woman"), so the name is read as a town or a
        state of it (``Name.as_town``) where one is read and the text's other places do not
        stand for the country; else the country, as before. Not where a big city bears the name
        (it needs no support, so it would win wherever the text is). Not "native" or "veteran":
        born or served abroad. Where the text names a state of the town's land, the town must lie
        in it ("A Jordan woman was charged, Minnesota State Police said"; "A Mexico man was
        detained in Nogales, Arizona" is no town: no Mexico in Arizona), as ``_unraise_elsewhere``
        asks of a small town. The caller (``_names``) has found the word for people after it."""
        w = self.w
        i, j = h.i, h.j
        if not toks[j].joined:
            return False
        k = i - 1
        if k >= 1 and toks[k].key.endswith(" old") and toks[k].joined:
            k -= 1  # "a 33-year-old Lebanon man"
        if (
            k < 0
            or not toks[k + 1].joined
            or toks[k].key not in w["resident_determiners"].get(lang, ())
        ):
            return False
        # a big city of the name stands on its own ("a Jamaica woman jailed in Birmingham" is
        # no New Yorker): only towns that need the text's support, or a state, are read for it
        g = self.g
        cands = h.entry.cands
        if any(g.kind[c] == CITY and t == FREE for c, _, t in cands):
            return False
        if any(g.kind[c] == REGION for c, _, _ in cands):
            return True  # "a Georgia woman": the state
        states = {(g.cc[c], g.a1[c]) for c, _, _ in cands if g.kind[c] != COUNTRY}
        lands = {cc for cc, _ in states}
        named = False  # the text names a state of a land where a town of the name lies
        for o in hits:
            e = o.entry
            if o is not h and e is not None and e.gaz:
                for c, _, _ in e.cands:
                    if g.kind[c] == REGION and g.cc[c] in lands:
                        if (g.cc[c], g.a1[c]) in states:
                            return True
                        named = True
        return not named

    def _modified_town(self, text: str, toks, h: _Hit, heads: frozenset[str], lang: str) -> bool:
        """The name modifies a lower-case word for the people or public bodies of a town
        (``heads``, ``_modifier_heads``): "a Salina man", "two Lawrence residents", "Kirby
        police", "two Lerwick officials", "the Salina-based firm". A local paper writes its towns
        so, small ones too: the name is read as a town the text introduces (``Name.placed``: a
        hamlet of its name abroad is no rival; a lone small town needs no region named). Not a
        capitalised word after it (a headline in title case, "Lawrence Police Department" is
        read by ``_civic``), not a possessive ("Lawrence's family"), not a word the text
        writes in lower case elsewhere ("Highways officials ... the highways"), not a
        sentence's first word the text writes capitalised nowhere else within a sentence
        ("Chase officials said": a common word or a firm's as well), not after a capitalised
        word that is no sentence's first ("Mike Lawrence family": a surname), and not a surname
        with "the" before a word that follows surnames too ("the Lawrence family")."""
        j = h.j
        if j >= len(toks):
            return False
        t = toks[j]
        if t.key not in heads or t.cap or not t.joined or _owns(text, toks[j - 1].end):
            return False
        i = h.i
        if j - i == 1:
            key = toks[i].key
            if key in text and any(o.key == key and not o.cap for o in toks):
                # "Highways officials need ...", "Earlier, Forest officials ... the forest": a
                # word the text writes in lower case elsewhere is that word of the language
                return False
            if (i == 0 or toks[i].sentence) and not any(
                o.key == key and o.cap and k and not o.sentence for k, o in enumerate(toks)
            ):
                # "Chase officials said", "Cook officials said": a sentence's first word is
                # capitalised by its place, a common word or a firm's as well as a town's; the
                # text must write it capitalised within a sentence too ("Lawrence residents
                # voted ... polls in Lawrence")
                return False
        if i == 0 or not toks[i].joined:
            return True
        prev = toks[i - 1]
        if prev.cap and not (i == 1 or prev.sentence):  # the text's first word has no flag
            return False
        return not (prev.key == "the" and t.key in self.w["surname_heads"].get(lang, ()))

    def _unraise_elsewhere(self, names: list[Name], raised: dict[int, tuple]) -> None:
        """Put back the region a town read by ``_small_towns`` needs where the text names a
        first-level region of the town's country, and none is the town's: "Gov. Bill Haslam
        spoke in Dewey ... Dewey residents ... Tennessee" is a Tennessee town the gazetteer
        does not list, not its only Dewey, in Oklahoma. A name read only as a region counts
        ("Tennessee", and "New York", its state or a city in it; not "Georgia" or "Washington",
        which may be a country or a town elsewhere)."""
        g = self.g
        regions: set[tuple[str, str]] = set()
        for nm in names:
            if any(g.kind[i] == REGION for i, _, _ in nm.cands):
                within = {(g.cc[i], g.a1[i]) for i, _, _ in nm.cands}
                if len(within) == 1:
                    regions |= within
        for at, cands in raised.items():
            i = cands[0][0]
            same_country = {a1 for cc, a1 in regions if cc == g.cc[i]}
            if same_country and g.a1[i] not in same_country:
                names[at].cands, names[at].local = cands, False

    def _small_towns(self, text: str, toks, hits: list[_Hit]) -> set[str]:
        """Names the text introduces as a town both ways: "in", "near" before one mention that
        ends the phrase there or with a word for a town (not "in Truman's hand", "in Truman
        Hall", "in Fairfield hearing"; or a dateline in capitals), and a word for a town, its
        people or its offices after one ("in Tipperary town", "in Whitestown ... Whitestown Town
        Hall"). A writer says so of a town too small for the reader to know; a person, a firm or
        a team is not "in"-ed and "town"-ed at once. Such a small town (``SMALL_TOWN_POP`` to
        ``CITY_POP``) that the gazetteer knows once is read without its region named, as a
        bigger town introduced once is read without its country (``geo.disambiguate``'s
        ``local``)."""
        w = self.w
        before: set[str] = set()
        after: set[str] = set()
        n = len(toks)
        for h in hits:
            i, j = h.i, h.j
            if h.kind is not None or j - i != 1:
                continue
            nxt = toks[j] if j < n and toks[j].joined else None
            if (
                i > 0
                and toks[i].joined
                and toks[i - 1].key in w["town_before"]
                and text[toks[i].end : toks[i].end + 1] not in ("'", "’")
                and (nxt is None or nxt.key in w["function_words"] or nxt.key in w["place_after"])
                and not self._described(text, toks, h)  # "near Bland, who chairs ..."
            ) or _opens_as_dateline(text, toks, i, j):
                before.add(h.key)
            if nxt is not None and self._office_after(toks, j):
                after.add(h.key)
        return before & after

    def _city_offices(self, toks, hits: list[_Hit]) -> list[_Hit]:
        """ "Dublin City Council", "Athens City Hall": a town's name, then "City" and an office,
        is that town's office where "Dublin City" names no place that "Dublin" does not (one
        of its towns by another name): the town's name is read, all its readings, and its
        office says it is the paper's own (``_own_town``). "Kansas City Council" keeps its
        city, which "Kansas" does not name."""
        out = hits
        for k, h in enumerate(hits):
            if not h.key.endswith(" city") or h.j - h.i != 2 or h.kind is not None:
                continue
            if not self._own_town(toks, h.j - 1):
                continue
            town = self.entry(toks[h.i].key)
            if town is None or len(town.cands) < 2:
                continue  # one reading: nothing for the office to decide
            readings = {c for c, _, _ in town.cands}
            if any(c not in readings for c, _, _ in h.entry.cands):
                continue  # "Kansas City", "Mexico City": a city of that name, not the town's
            if out is hits:
                out = list(hits)
            out[k] = _Hit(h.i, h.i + 1, town, toks[h.i].key, None, cue=h.cue)
        return out

    def _own_town(self, toks, j: int) -> bool:
        """A word for a town's people or offices follows the name ("Paris man", "Berea
        residents", "Athens City Council"; "city" only before an office): as a paper names its
        own town's (``geo.disambiguate.Name.own_town``)."""
        # the words are read from ``self.w`` here, not kept on the index: one more attribute
        # on it makes every attribute look-up of the index dearer (its instance dict's layout)
        if j >= len(toks) or not toks[j].joined:
            return False
        key = toks[j].key
        if key == "city":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            return nxt is not None and nxt.joined and nxt.key in self.w["own_town_offices"]
        return key in self.w["own_town_after"]

    def _with_region(self, text: str, toks, hits: list[_Hit], k: int) -> bool:
        """The name is written with its region or country right after it ("Cairo, Illinois",
        "Chapin, S.C.", "Kingston (Ontario)"), one that holds one of its readings: that names
        the place beyond doubt, so its bare mentions are that place too."""
        qual = self._qualifier(text, toks, hits, k)
        return bool(qual) and any(qualifies(self.g, i, qual) for i, _, _ in hits[k].entry.cands)

    def _qualifier(self, text: str, toks, hits: list[_Hit], k: int) -> tuple[int, ...]:
        """The regions and countries written right after hit ``k`` ("Alexandria, La.")."""
        if k + 1 >= len(hits):
            return ()
        h, nxt = hits[k], hits[k + 1]
        if nxt.kind == "demonym" or not nxt.entry.gaz:
            return ()
        if text[toks[h.j - 1].end : toks[nxt.i].start] not in (", ", " (", ","):
            return ()
        kind = self.g.kind
        qual = tuple([c for c, _, _ in nxt.entry.cands if kind[c] in (COUNTRY, REGION, SUBREGION)])
        if nxt.entry.short_country >= 0:
            qual += (nxt.entry.short_country,)
        return qual

    def _introduced(self, text: str, toks, h: _Hit) -> bool:
        """The text introduces the name as a town beyond doubt: "in", "near" before it
        (``town_before``), a word for its people or its kind after it ("Torrington man",
        "Torrington residents", ``place_after``), or it opens the story as a dateline. Not "at",
        "from" or an office after it ("at City Park", "from McPherson & Jacobsen", "the Justice
        Department"): those introduce venues, firms and fields too. A name is one place in a
        text: so introduced once, it is the town at its other bare mentions too."""
        i, j = h.i, h.j
        w = self.w
        if i > 0 and toks[i].joined and toks[i - 1].key in w["town_before"]:
            return True
        if j < len(toks) and toks[j].joined and toks[j].key in w["place_after"]:
            return True
        return _opens_as_dateline(text, toks, i, j)

    def _office_of(self, text: str, toks, i: int, offices: frozenset[str]) -> bool:
        """Word ``i`` follows "of" (``town_of``: "of", "de", "di", "von", "van", or an elided
        "d'") after a word for a town's offices or people (``offices``: the language's
        ``town_offices``): "the mayor of Coesfeld", "la police de Coesfeld", "le maire
        d'Avranches", "der Bürgermeister von Coesfeld". A town's name takes no article, so
        "du", "del" do not join them ("le maire du Havre")."""
        if i < 1 or not offices:
            return False
        prev = toks[i - 1]
        if prev.key in offices:  # "le maire d'Avranches": the tokenizer put "d'" in the gap
            return text[prev.end : toks[i].start] in _ELIDED_OF
        return (
            i > 1
            and toks[i].joined
            and prev.joined
            and prev.key in self.w["town_of"]
            and toks[i - 2].key in offices
        )

    def _office_town(self, text: str, toks, h: _Hit, offices: frozenset[str]) -> bool:
        """An office introduces the name as a town (``_office_of``) by the town's own name, not
        only another's alternate spelling: a person's or a month's name after an office reaches
        a town only so ("il sindaco di Maggio": Mojo)."""
        g = self.g
        return self._office_of(text, toks, h.i, offices) and any(
            fold(g.name[c]) == h.key for c, _, _ in h.entry.cands
        )

    def _described(self, text: str, toks, h: _Hit) -> bool:
        """A comma and a description right after the name (``described_after``: an article,
        "who", an age), as a person is described ("Ferguson, the county's emergency manager,
        said", "Bowie, who lives nearby", "Marshall, 84, taught"): a town is described so too
        ("Torrington, a city of 35,000"), so the town introduced elsewhere in the text says
        nothing of which one this is; it is read by its own cues alone."""
        j = h.j
        if j >= len(toks) or text[toks[j - 1].end : toks[j].start].strip() != ",":
            return False
        key = toks[j].key
        return key in self.w["described_after"] or (key.isdigit() and len(key) <= 3)

    def _local(
        self, text: str, toks, h: _Hit, locs: frozenset[str], offices: frozenset[str] = frozenset()
    ) -> bool:
        """The text introduces the name as a town: a locative before it ("in Decatur"), a word
        for its people or its offices after it ("Ozark man", "Roswell police", "Decatur city
        officials"), a word for a town or its people before "of" ("the town of Torun", "a
        resident of Decatur"), one of the language's ``offices`` before "of" ("the mayor of
        Coesfeld", "la police de Coesfeld", ``_office_town``), or it opens the story in capitals
        as a dateline ("ROSWELL - A man"). Not "of" or "from" alone ("A Brief History Of
        Time"): they name things and people too."""
        w = self.w
        i, j = h.i, h.j
        if i > 0 and toks[i - 1].key in locs and toks[i].joined:
            return True
        if (
            i > 1
            and toks[i].joined
            and toks[i - 1].joined
            and toks[i - 1].key in w["part_of"]
            and toks[i - 2].key in w["place_before"]
            and toks[i - 2].key not in w["region_cues"]  # "the region of X": not a town
        ):
            return True  # "the town of Torun", "a resident of Decatur"
        if i > 1 and self._named_town(toks, i, ""):
            return True  # "a town called Låsby"
        if self._office_town(text, toks, h, offices):
            return True  # "the mayor of Coesfeld", "la police de Coesfeld"
        if j < len(toks) and toks[j].joined and self._office_after(toks, j):
            return True  # "Roswell police", "Torrington Superior Court"
        return _opens_as_dateline(text, toks, i, j)

    def _anchor(self, loc: Location | None) -> Anchor | None:
        """The dateline's place as votes: its country, first-level region and point."""
        if loc is None or not isinstance(loc, Location) or not loc.resolved:
            return None
        g = self.g
        a1 = None
        i = g.by_gid.get(loc.geonameid) if loc.geonameid else None
        if i is not None and g.kind[i] == CITY:
            a1 = g.a1[i] or None
        point = loc.precision == "city"
        return Anchor(loc.country_code, a1, loc.lat if point else None, loc.lon if point else None)

    def _mention(self, text, toks, h: _Hit, nm: Name, ch: Choice) -> Mention | None:
        g, r = self.g, self.resolver
        s, end = toks[h.i].start, (h.end if h.end >= 0 else toks[h.j - 1].end)
        place = text[s:end]
        if h.kind == "demonym":
            i = g.country_index[h.cc]
            why = f"{place} → {r.label(i)} (demonym)"
            return Mention(place, s, end, r.location(place, i, 0.8, why), "demonym")
        if h.kind == "town adjective":
            i = h.entry.cands[0][0]
            why = f"{place} → {r.label(i)} (town adjective)"
            return Mention(place, s, end, r.location(place, i, 0.8, why), "city")
        e = h.entry
        if not e.gaz:
            kind = e.area.kind
            return Mention(place, s, end, _area_location(e.area, place), kind)
        i = ch.index
        if i is None:
            return None
        # a town the text introduces, its gazetteer's only one of the name: as sure as any
        conf = _CONFIDENCE.get(ch.why, 0.6)
        kind = KIND_NAMES[g.kind[i]]
        if nm.cue and g.kind[i] == CITY:
            reg = self._region_of.get((h.key, g.cc[i]))
            if reg is not None and g.a1[reg] == g.a1[i]:  # its own region ("Kharkiv oblast")
                why = f"{place} + region word in text → {r.label(reg)}"
                return Mention(place, s, end, r.location(place, reg, conf, why), "region")
        case = ", read back from its case" if h.declined else ""  # "v Mariboru", "w Krakowie"
        why = f"{place} → {r.label(i)} ({ch.why}{case})"
        return Mention(place, s, end, r.location(place, i, conf, why), kind)

    def _fits(self, toks, i: int, j: int, e: _Entry, lang: str, titles: dict[int, bool]):
        """Whether words ``i..j`` name a place here (case, stoplists, people and things):
        True, False, THING (part of a thing's name), PERSON (a person's name) or SAID (a
        person who speaks).
        ``titles`` is ``_in_title_case``'s memo: whether the sentence is in title case is read
        only when a rule needs it."""
        w = self.w
        first, last = toks[i], toks[j - 1]
        if e.area is not None and not e.gaz:
            for k, must in enumerate(e.caps):
                if must and not toks[i + k].cap:
                    return False
            if e.area.after:
                prev = [toks[k].key for k in range(max(0, i - 2), i)]
                one = prev[-1] if prev else ""
                two = " ".join(prev[-2:]) if len(prev) == 2 else ""
                if one not in e.area.after and two not in e.area.after:
                    return False
                if lang != "de" and self._named_after(toks, j):
                    return THING  # "the Arctic Monkeys", "in Java Virtual Machine": a name
            return self._person_or_thing(toks, i, j, lang, e, titles, area=True) or True
        # a country's name as its language writes it, words after the first in lower case
        # ("Arabie saoudite", "Združene države Amerike"), reads in that language's copy
        own = None  # the words are a country's name in ``lang``: asked once, where needed
        if j - i > 1 and first.cap and not last.cap and lang in w["first_cap_names"] and e.gaz:
            own = True  # "Novo mesto", "Črna gora": the language capitalises the first word
        elif not first.cap or not last.cap:
            own = first.cap and j - i > 1 and self._own_country_name(toks, i, j, lang)
            if not own:
                return False
        for k in range(i + 1, j - 1):
            if not toks[k].cap and toks[k].key not in w["connectors"]:
                if own is None:
                    own = self._own_country_name(toks, i, j, lang)
                if own:
                    break
                return False
        if not e.cands and not _all_upper(toks, i, j):
            return False
        if j - i == 1:
            key = first.key
            if first.sentence and key in w["stop_sentence_start"]:
                return False
            if key in geodata.COUNTRY_NAMES_BY_LANGUAGE.get(lang, ()) and self._in_longer_name(
                toks, i, j, lang
            ):
                return THING  # "Kolumbia Brytyjska", "Universitatea Columbia": not the country
            if first.upper and len(key) <= 3 and e.short_country < 0 and not e.abbr:
                return False  # "AP", "EU", "NOS": acronyms, not towns
            if key in geodata.COUNTRY_SHORT_FORMS_SPELLING_WORDS.get(lang, ()) and _beside_capitals(
                toks, i, j
            ):
                return False  # "L'EAU POTABLE", "SAD JE VRIJEME": the word, in a headline
            if (
                lang == "de"
                and i > 0
                and toks[i - 1].key in w["german_articles"]
                and not (e.short_country >= 0 and key in geodata.SHORT_COUNTRY_ALIASES)
                # "die USA", "in den USA": a country's short name takes its article
                and e.cands  # "die VAE": a short form with no town to read is no noun
                and _all_cities(self.g.kind, e.cands)
            ):
                return False  # "das Essen", "in der Halle": a noun; towns take no article
            if (
                self._said(toks, i, j, lang)
                and not self._civic(toks, j)  # "said Fargo City Commissioner X": the town's
                and not self._seated_of(toks, i)  # "the University of Iowa said": it speaks
                and (
                    not e.names_area(self.g)
                    or (
                        not self._names_country(e)
                        and j < len(toks)
                        and toks[j].joined
                        and toks[j].key in w["speech_verbs"]
                        and (toks[i].joined or toks[i].sentence)
                    )
                )
            ):
                return SAID  # "Parker said", "dijo Denton", "Victoria said": a person
            if (
                lang in ("it", "es", "fr", "nl")
                and i > 0
                and toks[i].joined
                and toks[i - 1].key in w["city_articles"]
                and e.cands  # "la RDC", "gli Usa": a country's short form, no town's club
                and _all_cities(self.g.kind, e.cands)
            ):
                return CLUB  # "il Milan", "la Roma", "el Madrid": a club; towns take no article
            if (
                self._in_a_match(toks, i, j, lang)
                and e.cands
                and e.short_country < 0
                and _all_cities(self.g.kind, e.cands)
            ):
                return CLUB  # "Nice a battu Marseille", "Ajax versloeg Utrecht": teams
            if (
                lang == "en"
                and i > 0
                and toks[i].joined
                and toks[i - 1].key == "the"
                and e.cands
                and e.short_country < 0
                and _all_cities(self.g.kind, e.cands)
                and not self._civic(toks, j)
                and not self._seated_after(toks, j)  # "the Boston Globe": the town's paper
                and not (j < len(toks) and toks[j].start == last.end + 1 and not toks[j].joined)
                and not (
                    j < len(toks)
                    and toks[j].joined
                    and (
                        toks[j].key in ("and", "or")
                        or (not toks[j].cap and toks[j].key not in w["function_words"])
                        or self.demonym_word(toks[j].key)
                    )
                )
            ):
                # "the Duma", "the Metro": a thing; "the Paris attacks" and the first part of a
                # hyphenated word ("the Fargo-Moorhead area", ``_hyphen_parts``) stay
                return THING
        return self._person_or_thing(toks, i, j, lang, e, titles) or True

    def _language_word(self, text: str, toks, i: int, lang: str, titles: dict[int, bool]) -> bool:
        """Word ``i``, whose key is one of the language's closed-class words
        (``language_words``), is written as that word ("Para", "NADA"; not "Pará") where its
        capital says nothing (a sentence's first word, after markup or a colon, capitals, a
        title-case headline) and nothing makes it a place: a locative before it ("em Para", "in
        Waren"), a region word and "of" ("the state of Para") or a country or region right after
        it ("Para, Brasil"). Then it is the word, not the place the gazetteer names so. Not a
        capitalised word inside a sentence ("el lago de Como", "der Bürgermeister von Waren",
        "die Seine"): the word would be in lower case there. Not a word of three letters or
        fewer in capitals: an abbreviation ("US", "OR")."""
        t = toks[i]
        if t.upper and len(t.key) <= 3:
            return False  # "US", "OR", "ME": an abbreviation, not the word
        if t.joined and not (t.sentence or t.upper or _in_title_case(toks, i, titles)):
            return False  # "el gobernador de Para": a name inside a sentence
        if text[t.start : t.end].casefold() not in language_words(lang)[1]:
            return False
        if i > 0 and t.joined:
            prev = toks[i - 1].key
            if prev in locatives(lang):
                return False
            if i > 1 and prev in self.w["connectors"] and toks[i - 2].key in self.w["region_cues"]:
                return False
        n = len(toks)
        if i + 1 < n and toks[i + 1].cap and text[t.end : toks[i + 1].start] in (", ", " ("):
            e = self.entry(toks[i + 1].key, lang)
            if e is not None and e.names_area(self.g):
                return False
        return True

    def _own_country_name(self, toks, i: int, j: int, lang: str) -> bool:
        """Words ``i..j`` are a country's name in ``lang`` (CLDR's or an alias,
        ``Gazetteer.context_names``), however its words are capitalised."""
        names = self.g.context_names.get(_lang_key(lang))
        return bool(names) and " ".join(t.key for t in toks[i:j]) in names

    def _in_a_match(self, toks, i: int, j: int, lang: str) -> bool:
        """A match verb right after the name (an auxiliary between: "Nice a battu") or right
        before it ("battu Marseille", "beat Chicago", "venció a Leganés": the language's
        ``object_after_match`` word between): the name is a team's (``match_verbs``,
        ``match_aux``)."""
        verbs = self.w["match_verbs"]
        n = len(toks)
        before = toks[i - 1].key if i > 0 and toks[i].joined else ""
        if before in match_objects(lang) and i > 1 and toks[i - 1].joined:
            before = toks[i - 2].key  # "venció a Leganés", "venceu a Alemanha"
        if before in verbs:
            nxt = toks[j] if j < n and toks[j].joined else None
            # not "beat London goalie Trevor Cann": in English the name may say whose goalie
            return (
                lang != "en"
                or nxt is None
                or nxt.cap
                or not nxt.key.isalpha()
                or (nxt.key in self.w["function_words"])
            )
        if j < n and toks[j].joined:
            if toks[j].key in verbs:
                return True
            return (
                toks[j].key in self.w["match_aux"]
                and j + 1 < n
                and toks[j + 1].joined
                and toks[j + 1].key in verbs
            )
        return False

    def _names_country(self, e: _Entry) -> bool:
        """A country's name: "Ukraine said" is its government, while a state's name that says
        something right after it is a person ("Victoria said"; not "Oxnard, California, said")."""
        g = self.g
        return e.short_country >= 0 or any(
            t == FREE and g.kind[i] == COUNTRY for i, _, t in e.cands
        )

    def _said(self, toks, i: int, j: int, lang: str) -> bool:
        """A speech verb right after the name ("Parker said"; not "officials in Erbil said" nor
        "the mayor of Coesfeld said", ``_office_of``, but a locative ending the sentence before
        says nothing: "voted to strike. Hershey said"), or right before it ("said Clark")."""
        verbs = self.w["speech_verbs"]
        if j < len(toks) and toks[j].key in verbs and not toks[j].cap:
            return not (
                i > 0
                and toks[i].joined
                and (
                    toks[i - 1].key in self.w["locatives"]
                    or self._office_of("", toks, i, town_offices(lang))
                    or self._home_of_speaker(toks, i, j)
                )
            )
        return i > 0 and toks[i - 1].key in verbs and not toks[i].sentence

    def _home_of_speaker(self, toks, i: int, j: int) -> bool:
        """The name before a speech verb is where the speaker lives, not the speaker: "a
        resident of Lubbock told" (``background_before``, then "of"), or between commas after
        the word that introduces a home town ("Matthews, 17, from Cowley, said";
        ``home_before``). "A letter from Parker said" (no commas) stays a person."""
        w = self.w
        prev = toks[i - 1].key
        if i >= 2 and prev in w["town_of"] and toks[i - 1].joined:
            return toks[i - 2].key in w["background_before"]
        return i >= 2 and prev in w["home_before"] and not toks[i - 1].joined and not toks[j].joined

    def _in_longer_name(self, toks, i: int, j: int, lang: str) -> bool:
        """Whether a word joined to words ``i..j``, capitalised where its sentence does not ask
        for it and no place's name, makes them part of a longer name: British Columbia in
        Polish, Finnish and Slovak copy ("Kolumbia Brytyjska", "Brittiläinen Kolumbia"), a
        university in Romanian ("Universitatea Columbia"), which the gazetteer knows, if at
        all, only by its English name. For a name bound to its language (a country's name
        there, ``geodata.COUNTRY_NAMES_BY_LANGUAGE``), whose language writes its adjectives
        and nouns in lower case: not in ``capitalised_after_country``'s, where a capitalised word
        after a country's name is its office or a place's genitive ("Fas Kralı", "Kina Norges")."""
        w = self.w
        if lang in w["capitalised_after_country"]:
            return False
        for k in (i - 1, j):
            if k < 0 or k >= len(toks) or not toks[max(k, i)].joined:
                continue
            t = toks[k]
            if (
                t.cap
                and not t.upper
                and not t.sentence
                and t.key not in w["connectors"]
                and t.key not in w["calendar"]
                and t.key not in w["day_words"]
                and self.entry(t.key, lang) is None
            ):
                return True
        return False

    def _person_or_thing(
        self, toks, i: int, j: int, lang, e: _Entry, titles: dict[int, bool], area=False
    ):
        """A title, a first name, an initial, a ship prefix or an organisation word around the
        name: then it is part of a person's (PERSON) or a thing's name (THING); else None."""
        w = self.w
        g = self.g
        text_prev = toks[i - 1] if i > 0 and toks[i].joined else None
        if text_prev is not None:
            pk = text_prev.key
            if text_prev.cap and len(pk) == 1 and toks[i].start - text_prev.end >= 2:
                return PERSON  # "Gerald R. Ford" (an initial has its dot; "À Nice" has none)
            if pk in w["titles"] and not area:
                return PERSON  # "president Jordan", "Herr Paris", "M. Nancy"
            if text_prev.cap and pk in w["first_names"]:
                return PERSON  # "Gerald Ford", "Paris Jackson"
            if text_prev.cap and pk in w["org_before"]:
                return THING  # "Real Madrid", "Air France"
            if (
                text_prev.cap
                and not text_prev.upper  # "CDC Atlanta", "UN Geneva": an acronym, not a name
                and (
                    not text_prev.sentence
                    or (i >= 2 and toks[i - 2].key in w["titles"])
                    or (
                        (not e.free or not self._free_by_own_name(e, toks, i, j))
                        and e.cands
                        and not e.names_area(g)
                        and pk not in w["stop_sentence_start"]
                    )
                )
                and not area
                and lang != "de"
                and pk not in w["connectors"]
                and pk not in w["calendar"]
                and pk not in w["day_words"]
                and pk not in w["civic_before"]
                and pk not in w["civic_after"]  # "Metropolitan Atlanta", "Church Maryville"
                and not self._placeish(pk, starts=True)
                and pk not in w["locatives"]
                and pk not in w["case_before"].get(lang, ())  # "Iz Celja": its preposition
                and not self.demonym_word(pk.rsplit(" ", 1)[-1])
                and not _in_title_case(toks, i, titles)
            ):
                return PERSON  # "Russell Westbrook", "Básquet Inca": a name, not a place
        for k in (i - 1, i - 2, i - 3):
            if k >= 0 and self._ship(toks, k, i):
                return THING
        if (
            i >= 2
            and toks[i - 1].joined
            and toks[i - 1].key in _ORG_OF
            and toks[i - 2].key in w["org_before_of"]
        ):  # "University of Chicago" stands there, "Bank of America" need not
            return SEATED if toks[i - 2].key in w["org_seated"] else THING
        if (
            j == i + 1
            and i >= 2
            and toks[i - 1].key == "of"
            and toks[i - 2].cap
            and toks[i].key in self._continent_words
        ):  # "Voice of America", "Future Farmers of America": a body's name, for the land
            return THING
        if (
            i >= 3
            and toks[i - 1].key == "the"
            and toks[i - 2].key == "of"
            and toks[i - 3].key in w["org_before_of"]
        ):
            return THING
        nxt = toks[j] if j < len(toks) and toks[j].joined else None
        streets = self._streets.get(lang)
        if streets is None:
            streets = w["street_before"] | w["street_before_by_lang"].get(lang, frozenset())
            self._streets[lang] = streets
        if i >= 1 and (
            toks[i - 1].key in streets
            or (
                i >= 2
                and toks[i - 1].key in ("de", "del", "di", "della", "du", "des", "van", "von")
                and toks[i - 2].key in streets
            )
        ):
            return THING  # "rue de Lyon", "calle California", "piazza San Marco"
        if (
            nxt is not None
            and nxt.cap
            and nxt.key in w["street_after"]
            and not self._civic(toks, j)  # "Florida Highway Patrol": a state's service
        ):
            return THING  # "Memphis Street", "Orchard St."
        if nxt is not None and nxt.cap:
            nk = nxt.key
            if (
                not area
                and e.cands
                and _all_cities(g.kind, e.cands)
                and self._housed_elsewhere(toks, i, j)
            ):
                return THING  # "Hamilton Medical Center in Dalton": a person's name, no town
            if nk in w["org_after"] and not self._civic(toks, j):
                # "Washington Post", "Cambridge University" stand there; "Houston Rockets",
                # "American Airlines" are no evidence of it
                seated = nk in w["org_seated"] and not self._seated_unsure(toks, i, j, lang, titles)
                return SEATED if seated else THING
            if area:
                return None
            if nk in w["calendar"] or nk in w["titles"] or nk in w["region_cues"]:
                return None
            single = toks[i].key if j - i == 1 else ""
            if self._civic(toks, j):
                return None  # "Paris Police Department", "Athens City Council"
            if single in w["org_before"] and e.short_country < 0 and not e.has_kind(g, COUNTRY):
                return THING  # "Bayern München", "Ajax Amsterdam": a club's name
            if single in w["firstname_places"] or single in w["first_names"]:
                return THING  # "Jordan Bardella", "Elizabeth Warren": a first name
            if self._placeish(nk) or self.demonym_word(nk):
                return None  # another place or an adjective follows: a list, not a name
            if e.short_country >= 0 or _free_land(g, e.cands):
                return None  # "Texas Department of Health", "Ohio Senate", "U.S. Attorney"
            if lang != "de" and not _in_title_case(toks, i, titles):
                return THING  # "Houston Rockets", "San Diego Chargers": a name
        return None

    def _possessive_name(
        self, text: str, toks, i: int, lang, titles: dict[int, bool], poss: frozenset[int]
    ) -> _Hit | None:
        """A name with a possessive inside that starts at word ``i`` ("Queen Anne's County",
        "King's Lynn", "Prince George's County", "St. Mary's County"), read whole: GeoNames folds
        the possessive into its word ("queen annes county"), and writes counties' "St." in full
        ("Saint Mary's County"). Else None, and the words are read as before: a name needs the
        word after the possessive ("St. Mary's Hospital" names no place "St. Mary's")."""
        n = len(toks)
        k = i
        while k not in poss:  # the possessive is on word i, i + 1 or i + 2 (the caller's test)
            k += 1
            if k >= n or not toks[k].joined:
                return None
        nxt = k + 1
        if nxt >= n or not toks[nxt].cap or toks[nxt].start != toks[k].end + 3:
            return None
        base = " ".join(t.key for t in toks[i : k + 1]) + "s"
        bases = (base, "saint" + base[2:]) if toks[i].key == "st" else (base,)
        for r in (2, 1):  # words after the possessive, the longer name first
            j = nxt + r
            if j > n or (r == 2 and not (toks[nxt + 1].joined and toks[nxt + 1].cap)):
                continue
            tail = " ".join(t.key for t in toks[nxt:j])
            for b in bases:
                key = f"{b} {tail}"
                e = self.entry(key, lang)
                if e is not None and self._fits(toks, i, j, e, lang, titles) is True:
                    return _Hit(i, j, e, key, None)
        return None

    def _prefix_word(self, toks, h: _Hit) -> bool:
        """A one-word place that is a word set before places' names (``place_prefixes``:
        "Metro", "Downtown", "Greater"; the caller, ``_scan``, has tested both) with a
        capitalised word right after it ("Metro Vancouver", "Downtown Nashville"): it says which
        part of that place, or the area around it, and is no place of its own there (not Metro,
        Indonesia)."""
        j = h.j
        return j < len(toks) and toks[j].joined and toks[j].cap

    def _after_saint(self, toks, h: _Hit) -> bool:
        """A one-word place right after a word for a saint (``saint_words``: "St. Mary's High
        School", "St. Paris"; the caller, ``_scan``, has tested both): the two words together
        are no name the scan could read (else it had read the longer name). Not after a
        street's name ("Locust St. Lebanon")."""
        i = h.i
        if h.kind is not None or not toks[i].joined:
            return False
        st = toks[i - 1]
        return st.cap and not (i >= 2 and st.joined and toks[i - 2].cap)

    def _saints_town(self, text: str, toks, h: _Hit, lang, titles: dict[int, bool]) -> _Hit | None:
        """The place a saint's word and the name after it name (``_after_saint``), with the
        saint's word written in full as GeoNames writes towns ("St. Paris": Saint Paris, Ohio,
        where "St. Paris" is only an alternate name, never read for a small town), where it
        fits and neither a capitalised word nor a possessive follows; else None: the name is
        the saint's in an institution's ("St. Mary's High School", "St. Rose Dominican
        Hospital"), not Mary in Turkmenistan, nor Paris, Illinois for St. Paris."""
        i, j = h.i - 1, h.j
        if (j < len(toks) and toks[j].joined and toks[j].cap) or text.startswith(
            _POSSESSIVES, toks[i + 1].end
        ):
            return None  # "St. Rose Dominican Hospital", "St. Rose's": the saint's
        key = "saint " + h.key
        e = self.entry(key, lang)
        if e is not None and self._fits(toks, i, j, e, lang, titles) is True:
            return _Hit(i, h.j, e, key, None)
        return None

    def _housed_elsewhere(self, toks, i: int, j: int) -> bool:
        """Whether the name opens an institution's name that the text then places in another
        town ("Hamilton Medical Center in Dalton", "the Bush Regional Office in Cairo"): a town's
        own hospital, court or office needs no "in" to say where it stands, so a town's name there
        is a person's the institution bears. Read for names that are only towns: a county's
        institution stands in its seat ("Jackson County Jail in Kansas City"). Not where the two
        names are one ("Frederick Memorial Hospital in Frederick"), nor where the name after "in"
        may be a region's ("Lancaster General Hospital in Pennsylvania", "Warrington Hospital
        in Lancashire"): a county or a state after "in" says where the town lies, not that the
        institution stands in another town."""
        heads = self.w["institution_heads"]
        n = len(toks)
        k = j
        while k < n and k < j + 4 and toks[k].joined and toks[k].cap:
            if toks[k].key in heads and k + 2 < n:
                after, town = toks[k + 1], toks[k + 2]
                if after.key == "in" and after.joined and town.joined and town.cap:
                    name = [t.key for t in toks[i:j]]
                    there = toks[k + 2 : k + 2 + j - i]
                    return [t.key for t in there] != name and not self._a_region(toks, k + 2)
            k += 1
        return False

    def _a_region(self, toks, i: int) -> bool:
        """Whether a name of the capitalised words from ``i`` (at most three, the first alone
        or with those after it, or one of them alone: "Greater Manchester") has a reading as a
        region, a county or a land under its own name."""
        g = self.g
        run = [toks[i]]
        while len(run) < 3 and i + len(run) < len(toks):
            t = toks[i + len(run)]
            if not (t.joined and t.cap):
                break
            run.append(t)
        keys = {t.key for t in run} | {
            " ".join(t.key for t in run[:m]) for m in range(2, len(run) + 1)
        }
        return any(
            not p & ALT and g.kind[p >> 1] in (REGION, SUBREGION, COUNTRY)
            for key in keys
            for p in g.postings(key)
        )

    def _free_by_own_name(self, e: _Entry, toks, i: int, j: int) -> bool:
        """Whether a reading that needs no support is read under the place's own name. One
        found only as an alternate name ("Cosco" of Cusco, "Cheng" of Zhengzhou, "Woodrow" of
        Anchorage) claims no more than a small town's name does: after a capitalised word that
        opens the sentence it is a surname ("Kathy Cosco"), as "Alex Harper" is."""
        g = self.g
        key = " ".join(toks[k].key for k in range(i, j))
        own = {p >> 1 for p in g.postings(key) if not p & ALT}
        return any(t == FREE and c in own for c, _, t in e.cands)

    def _named_after(self, toks, j: int) -> bool:
        """A capitalised word goes on from an area's name that is also a common word or a
        thing's ("the Arctic Monkeys", "the Nile Rodgers tour", "in Java Virtual Machine"): the
        two are one name, not the place. Not a day, a place, a people or a region's word ("the
        Arctic Tuesday", "the Mediterranean France shares", "the Andes Mountains" is listed).
        German capitalises every noun: the caller leaves it out."""
        if j >= len(toks) or not toks[j].joined or not toks[j].cap:
            return False
        w, k = self.w, toks[j].key
        return not (
            k in w["calendar"]
            or k in w["day_words"]
            or k in w["region_suffixes"]
            or self._placeish(k)
            or self.demonym_word(k)
        )

    def _placeish(self, key: str, starts: bool = False) -> bool:
        """Whether a word is read as a place without support (a country, a region, a big town,
        a reviewed area; with ``starts``, also the first word of such a longer name): next to a
        name, it makes a list of places, not a person's name."""
        e = self.entries.get(key)
        if e is not None and (e.free or e.short_country >= 0 or e.area is not None):
            return True
        return starts and key in self._area_starts

    def _office_after(self, toks, j: int) -> bool:
        """Word ``j`` opens a word for a town's people, area or offices ("Roswell police",
        "Ozark man", "Athens City Council"), not after a title's first word ("Vice Mayor")."""
        return (
            toks[j].key in self._town_after and toks[j - 1].key not in self.w["title_prefixes"]
        ) or self._civic(toks, j)

    def _civic(self, toks, j: int) -> bool:
        """A town's own institution follows ("Paris Police", "Athens City Council"): the town is
        named as the place it serves. Not after a title's first word ("Vice Mayor", "Deputy
        Superintendent"): the office is a person's."""
        w = self.w
        if j > 0 and toks[j - 1].key in w["title_prefixes"]:
            return False
        civic = w["civic_after"]
        for k in (j, j + 1):
            if k < len(toks) and (k == j or toks[k].joined) and toks[k].key in civic:
                return True
            if k >= len(toks) or toks[k].key not in _CIVIC_UNITS:
                break
        if j < len(toks) and toks[j].key in w["civic_of"] and _of_next(toks, j):
            return True  # "the Ozark Chamber of Commerce", "the Georgia Bureau of Investigation"
        # "Bridgeport Superior Court", "Kanawha Circuit Judge", "Cookeville Regional Medical
        # Center": one or two of a court's or a hall's own words, then its office
        k = j
        quals = w["civic_qualifiers"]
        while (
            k < len(toks) and k < j + 2 and toks[k].joined and toks[k].cap and toks[k].key in quals
        ):
            k += 1
        if (
            (k > j or (j > 0 and toks[j - 1].key in _CIVIC_UNITS))  # "Boise City Manager"
            and k < len(toks)
            and toks[k].joined
            and toks[k].cap
            and (toks[k].key in civic or toks[k].key in w["civic_heads"])
            # not a firm's name: "Phoenix Emergency Services Inc.", "Hudson International
            # Services Ltd."
            and not (k + 1 < len(toks) and toks[k + 1].key in w["firm_suffixes"])
        ):
            return True
        # "Huntsville High School", "Cambridge High Schooler": the town's school (``school_grades``
        # then ``schools``; not "London High Court": a court's name)
        return (
            j + 1 < len(toks)
            and toks[j].key in w["school_grades"]
            and toks[j + 1].joined
            and toks[j + 1].key in w["schools"]
        )

    def _seated_of(self, toks, i: int) -> bool:
        """The name at word ``i`` closes an institution's name that stands there ("the
        University of Iowa", ``org_seated`` of ``org_before_of``)."""
        return (
            i >= 2
            and toks[i - 1].joined
            and toks[i - 1].key in _ORG_OF
            and toks[i - 2].key in self.w["org_seated"]
            and toks[i - 2].key in self.w["org_before_of"]
        )

    def _seated_unsure(self, toks, i: int, j: int, lang, titles: dict[int, bool]) -> bool:
        """Whether the name at words ``i``..``j`` before an ``org_seated`` word may open no
        institution's name: in a title-case line a capital says nothing ("Ohio News Outlets
        Report ...", "Texas College Students Protest ..."), and a one-word first name with no
        "the" before may be a person's ("Sydney Post, a spokeswoman"; "the Denver Post" is the
        paper's). Such a name stays a thing's, no mention, as before ``org_seated``."""
        if lang != "de" and _in_title_case(toks, i, titles):
            return True
        if j - i != 1 or (i >= 1 and toks[i - 1].key == "the"):
            return False
        k = toks[i].key
        return k in self.w["first_names"] or k in self.w["firstname_places"]

    def _seated_after(self, toks, j: int) -> bool:
        """Word ``j`` is a capitalised word of an institution that stands in the place before it
        (``org_seated`` of ``org_after``: "the Boston Globe", "the Cambridge University Press")."""
        if j >= len(toks) or not toks[j].joined or not toks[j].cap:
            return False
        k = toks[j].key
        return k in self.w["org_seated"] and k in self.w["org_after"]

    def _ship(self, toks, k: int, i: int) -> bool:
        """A ship prefix (USS, HMS) right before, with only capitalised words in between."""
        t = toks[k]
        if not t.upper or t.key not in self._ship_keys:
            return False
        for q in range(k + 1, i + 1):  # a loop, no closure: the method is ``cpdef``
            t = toks[q]
            if not (t.joined and t.cap):
                return False
        return True


# a town's, county's or state's word that a civic office may follow ("Athens City Council",
# "Boise City Manager", "Minnesota State Patrol")
_CIVIC_UNITS = frozenset(("city", "county", "town", "state"))


def _of_next(toks, j: int) -> bool:
    """Word ``j + 1`` is "of", joined to word ``j`` ("Chamber of Commerce")."""
    return j + 1 < len(toks) and toks[j + 1].joined and toks[j + 1].key == "of"


# after a dateline's place in capitals: an agency in brackets, then a dash ("XENIA —",
# "MANASSAS --", "HAMMOND (AP) -")
_DATELINE_DASH = re.compile(r" ?(?:\([A-Za-z]+\) ?)?(?:--|[—–-]) ")


def _opens_as_dateline(text: str, toks, i: int, j: int) -> bool:
    """Words ``i..j`` open a sentence in capitals before a dash: a dateline ("TORRINGTON —")."""
    return bool(
        (i == 0 or toks[i].sentence)
        and toks[i].upper
        and _DATELINE_DASH.match(text, toks[j - 1].end)
    )


SAID = object()  # a person who speaks ("Parker said"): a person too, but see ``_scan``
PERSON = object()  # "part of a person's name": the word, standing alone later, is the person
CLUB = object()  # a town's name with a club's article ("el América"): bare elsewhere, the club
_ORG_OF = ("of", "de", "van", "di", "von")  # "University of X", "Banco de X": X closes its name
SEATED = object()  # opens or closes the name of an institution that stands there: a mention,
# NAMED_IN ("the Boston Globe", "the University of Kentucky"; ``org_seated``)


@dataclass(slots=True)
class _Hit:
    i: int  # first word
    j: int  # one past the last word
    entry: _Entry
    key: str
    kind: str | None  # "demonym", "region" (an abbreviation), "town adjective" or None
    cc: str | None = None  # a demonym's country
    end: int = -1  # where the name ends when not at its last word's end ("W.Va." keeps its dot)
    cue: bool = False  # a region word next to it
    declined: bool = False  # read back from its case after a preposition that places ("v Postojni")


class _Seated(_Hit):
    """A hit inside an institution's name that stands there (``SEATED``): its mention is
    ``_NamedIn``. A class of its own, so the other hits carry no field for it."""

    __slots__ = ()


class _NamedIn(Mention):
    """A mention of a place named inside an institution's name that stands there: role
    NAMED_IN."""

    __slots__ = ()
    role = NAMED_IN


def _named_in(m: Mention) -> Mention:
    """The mention of a place named inside an institution's name that stands there (``SEATED``):
    role NAMED_IN, and its reason says so."""
    loc = replace(m.location, reason=f"{m.location.reason}; {NAMED_IN}'s name")
    return _NamedIn(m.place, m.start, m.end, loc, m.kind)


def _written(toks: list[Token], h: _Hit) -> str:
    """The hit's words as written, folded ("new york"), as the gazetteer's own names fold."""
    return " ".join(t.key for t in toks[h.i : h.j])


def _paired(out: list[Mention], hits: list[_Hit], pairs: dict[int, tuple[int, ...]]):
    """The mentions (of ``hits``) without a part of a capitalised hyphenated word ("Lyon" of
    "Bowes-Lyon") whose neighbouring parts name no place (``MentionIndex._hyphen_parts``)."""
    covered = {k for h in hits for k in range(h.i, h.j)}
    return [
        m
        for m, h in zip(out, hits, strict=True)
        if h.i not in pairs or any(x in covered for x in pairs[h.i] if not h.i <= x < h.j)
    ]


def lower_after(text: str, end: int) -> bool:
    """Whether a lower-case word follows ``end`` after one space ("Mass. stargazers")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].islower()


def _region_cue(w, toks, i: int, j: int) -> bool:
    """ "regio Charkiv", "Kharkiv region", "province of Idlib": the region, not the city."""
    cues = w["region_cues"]
    if i >= 1 and toks[i - 1].key in cues:
        return True
    if i >= 2 and toks[i - 1].key in ("of", "de", "di", "del", "van") and toks[i - 2].key in cues:
        return True
    return j < len(toks) and toks[j].joined and toks[j].key in cues


def _in_title_case(toks, i: int, memo: dict[int, bool]) -> bool:
    """Whether word ``i`` stands in a sentence written in title case ("Freemason Bogdanov Joins
    Sochi Mayor Race"), where a capital says nothing about a name. Only the sentences of the
    words asked about are read (``memo``: word -> its sentence's answer, for every word of a
    sentence read, so that a text with no sentence break is not walked back once per word)."""
    got = memo.get(i)
    if got is None:
        start = i
        while start > 0 and not toks[start].sentence:
            start -= 1
        end, n = i + 1, len(toks)
        while end < n and not toks[end].sentence:
            end += 1
        long = [t for t in toks[start:end] if len(t.key) >= 4]
        caps = 0  # ``sum`` of the capitals in a loop: no closure, the function is ``cpdef``
        for t in long:
            caps += t.cap
        got = len(long) >= 3 and caps >= 0.8 * len(long)
        memo.update(dict.fromkeys(range(start, end), got))
    return got


def _addressed(toks, i: int, lang: str) -> bool:
    """The preposition before word ``i`` ("a", "à", "bei", "bij", "en") follows a word that
    makes its object the one addressed (``addressed_before``: "una lettera a Bianco", "ha
    scritto a Ferrara", "bedankte sich bei Hahn", "confía en Ortega"): a person, or a town
    standing for its people, and no place where something happens; the preposition does not
    introduce a town there."""
    if i < 2 or not toks[i].joined or not toks[i - 1].joined:
        return False
    if toks[i - 1].key not in by_language("addressed_prepositions", lang):
        return False  # "ereignete sich in Puderbach", "dijo en Ortega": where, not to whom
    words = by_language("addressed_before", lang)
    if toks[i - 2].key in words:
        return True
    # "bedankte sich bei Hahn": a verb and its reflexive pronoun ("befindet sich bei": where)
    return i > 2 and toks[i - 2].joined and f"{toks[i - 3].key} {toks[i - 2].key}" in words


@lru_cache(maxsize=16)
def _town_named(lang: str | None) -> frozenset[str]:
    """``town_named`` of the language (``MentionIndex._named_town``); "" or None: of all."""
    by = words()["town_named"]
    key = _lang_key(lang)
    return by.get(key, frozenset()) if key else frozenset().union(*by.values())


@lru_cache(maxsize=1)
def _continent_names() -> frozenset[str]:
    return frozenset(a.name for a, _ in areas() if a.kind == "continent")


def _owns(text: str, end: int) -> bool:
    """The name ending at ``end`` takes a possessive ("in Lawrence's view"): what stands "in"
    is the noun after it, and the name its owner, a person as often as a town; so the locative
    places it no more than any other cue ("in Decatur's downtown" stays a town as before)."""
    return text[end : end + 1] in ("'", "’")


@lru_cache(maxsize=16)
def _modifier_heads(lang: str | None) -> frozenset[str]:
    """The words for a town's people and public bodies a town's name modifies in the language
    (``MentionIndex._modified_town``): its ``resident_nouns`` and ``town_people``, and the
    town's offices and hyphen tails ("Kirby police", "Salina-based"). English only: the
    offices and tails are English words."""
    w = words()
    key = _lang_key(lang)
    if key != "en":
        return frozenset()
    return (
        w["resident_nouns"].get(key, frozenset())
        | w["town_people"].get(key, frozenset())
        | w["own_town_offices"]
        | w["hyphen_tails"]
    )


def _continent_words() -> frozenset[str]:
    """The words continents' names of several words are made of, but their compass words
    ("america" of "North America", "amerique" of "Amérique du Sud"): alone, such a word names
    that land ("emigrated to America"), not a town that bears it (América, Argentina)."""
    w = words()
    skip = w["compass"] | w["connectors"]
    got: set[str] = set()
    for area, name in areas():
        keys = [t.key for t in tokenize(name)]
        if area.kind == "continent" and len(keys) > 1:
            got.update(k for k in keys if k not in skip)
    return frozenset(got)


def _area_location(area: Area, place: str) -> Location:
    return Location(
        query=place,
        name=area.name,
        lat=area.lat,
        lon=area.lon,
        country_code=area.cc,
        admin1=None,
        geonameid=None,
        precision="region",
        confidence=0.9,
        reason=f"{place} → {area.name} ({area.kind}, reviewed area table)",
        source="areas",
    )


# --- public --------------------------------------------------------------------------------------
# The process-wide index: one at a time, for the resolver it was built on (``set_index``
# replaces or forgets it; ``find_mentions(index=...)`` bypasses it). Its memos live on it.
_index: MentionIndex | None = None
_lock = threading.Lock()


@cache
def _default_service() -> Callable[[], GeoService]:
    """``geo.service.get_resolver``, found once rather than imported again on every call (each
    brief asks ``get_index``): the service is loaded only when a default is first asked."""
    from geo.service import get_resolver

    return get_resolver


def get_index(resolver: Resolver | None = None) -> MentionIndex:
    """The name index for ``resolver`` (default: the process-wide offline resolver), built once
    and kept until another resolver asks."""
    global _index
    if resolver is None:
        resolver = _default_service()().resolver
    idx = _index
    if idx is None or idx.resolver is not resolver:
        with _lock:
            idx = _index
            if idx is None or idx.resolver is not resolver:
                idx = _index = MentionIndex(resolver)
    return idx


def index_in_use() -> MentionIndex | None:
    """The process-wide index as it stands (None before one is built), built by no call: the
    gazetteer the mentions were read with, for the focus's question of which county a town
    is in (``geo.focus``)."""
    return _index


def set_index(index: MentionIndex | None) -> None:
    """Replace (or with None, forget) the process-wide index: for tests and embedders that
    build their own resolver and index."""
    global _index
    with _lock:
        _index = index


def find_mentions(
    text: str,
    lang: str | None = None,
    *,
    exclude: tuple[tuple[int, int], ...] = (),
    resolver: Resolver | None = None,
    dateline: Location | None = None,
    continents: bool = False,
    index: MentionIndex | None = None,
    home: Home | None = None,
) -> list[Mention]:
    """Places named in ``text`` in text order; never raises (bad input gives ``[]``).

    ``exclude`` holds spans to skip (the dateline, which the dateline geocoder already read);
    ``dateline`` is the dateline's location, when known: names near it, or in its country or
    region, are read that way. Country adjectives and nouns ("Russian", "Amerikaanse") come as
    ``kind == "demonym"`` at their country's point. Continents ("Africa", "Europa") are found only
    with ``continents=True`` (an annotation choice of some corpora; wire labels leave them out).
    ``index`` is the name index to use (default: ``get_index(resolver)``, the process-wide one).
    ``home`` (``geo.home.Home``), the source's home given by the user, is a weak prior for
    namesakes, as the countries of the paper's language are.
    ``text[m.start:m.end] == m.place`` for every mention.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        ex = tuple((int(a), int(b)) for a, b in exclude or ())
    except (TypeError, ValueError):
        ex = ()
    if index is None:
        index = get_index(resolver)  # a broken install raises the geo layer's own error here
    try:
        return index.find(
            text[:MAX_TEXT],
            lang if isinstance(lang, str) else None,
            ex,
            dateline if isinstance(dateline, Location) else None,
            bool(continents),
            home,
        )
    except Exception:  # noqa: BLE001 - the contract is "never raise on bad input"
        log.exception("find_mentions failed on a %d-character text", len(text))
        return []
