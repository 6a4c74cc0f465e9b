"""Places named in a brief's text: ``find_mentions(text, lang) -> list[Mention]``.

A dateline says where a story was filed; the body says where it happened ("aangekomen in de
Caribische Zee"). This finds cities, regions, countries, seas and well-known regions named in
running text, in nl/en/de/fr/es/it, and resolves each with the same offline gazetteer and
resolver as the datelines (the text itself is the context for disambiguation).

How, and why so:

- The text is tokenised once into words (a hyphenated compound is one word, so "Gaza-oorlog"
  never yields "Gaza": no match inside a word). Runs of 1-5 words are looked up, longest
  first, in one prebuilt dict of folded names (built once per gazetteer, lazily): no regular
  expression per place name, so a brief costs microseconds.
- Only capitalised words start or end a gazetteer name (lower-case connectors such as "de",
  "van", "of" may sit inside). Reviewed seas and areas (``geo/data/areas.json``) may start lower
  case ("mer des Caraïbes") but their capitalised words must be capitalised in the text.
- Precision first: a bare single word must be a country, a first-level region or a city above
  ``CITY_POP`` (alternate/exonym names: ``ALT_POP``); common words that are also places are
  stoplisted (``geo/data/mention_words.json``); a name next to a title, a first name, an
  initial, a ship prefix or an organisation word is a person or a thing, not a place
  (Paris Hilton, Gerald R. Ford, USS Gerald R. Ford, the Washington Post, Real Madrid).
- Country adjectives (Oekraïense, Chileense) are not mentions: they are only hints, used by
  the resolver as context.
- Throughput (issue 7, and issue 8's pipeline): words are plain tuples, only words that can
  start a name are looked up, and the readings of names the resolver reads without looking at
  the text (one candidate within reach: "Parijs", "Kharkiv") are memoised per process, keyed by
  (place, key, language, region cue, supported countries). They are asked without the text, so
  a memoised answer never depends on which brief asked first. Ambiguous names ("Paris",
  "Cambridge") still go to the resolver with the text each time.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo import geodata
from geo.fold import fold
from geo.gazetteer import ALT, CITY, COUNTRY, KIND_NAMES, REGION, SUBREGION, Gazetteer
from geo.location import Location, PlaceQuery
from geo.resolve import MAX_BOOST, MAX_NAME, Resolver, _clean, _strip_generic

log = logging.getLogger(__name__)
DATA = Path(__file__).parent / "data"
CITY_POP = 10_000  # a bare single-word town must be this big, and its country named in the text
BIG_CITY_POP = 100_000  # a bare single-word city this big needs no support from the text
CITY_POP_MULTI = 5_000  # "Den Helder", "Bad Ems": several words are rarely a common phrase
ALT_POP = 100_000  # a city found by an alternate name (exonym: Parijs, Keulen) must be this big
ALT_POP_SMALL = 30_000  # ... or this big with its country named in the text (Venezia)
REGION_POP = 100_000  # first-level regions, by the population of their cities
MAX_WORDS = 5
RESOLVER_BONUS = 1.5  # the resolver's own pick, in log10-population units
MAX_TEXT = 200_000  # longer texts are cut: briefs are short, this bounds hostile input
CACHE_SIZE = 50_000  # readings kept per process (the same names recur constantly), then cleared

KINDS = ("city", "region", "country", "sea", "area")
THING = object()  # "part of a person's or a thing's name": no shorter place inside it either


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in the text: ``text[start:end] == place``."""

    place: str  # as written: "Caribische Zee", "Balakliya"
    start: int
    end: int
    location: Location
    kind: str  # "city" | "region" | "country" | "sea" | "area"

    def to_dict(self) -> dict:
        return {
            "place": self.place,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "location": self.location.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Area:
    """A sea, strait, passage or well-known region from the reviewed table."""

    name: str
    kind: str  # "sea" | "area"
    lat: float
    lon: float
    radius_km: float
    cc: str | None
    after: tuple[str, ...] = ()  # folded words one of which must come just before the name


# --- language data ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``geo/data/mention_words.json``, folded (ship prefixes kept as written)."""
    raw = json.loads((DATA / "mention_words.json").read_text("utf-8"))
    out: dict[str, frozenset[str]] = {}
    for k, v in raw.items():
        if k.startswith("_"):
            continue
        out[k] = frozenset(v) if k == "ship_prefixes" else frozenset(fold(w) for w in v)
    return out


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


def area_named(name: str | None) -> Area | None:
    """The reviewed area whose English name is ``name`` (focus uses its radius)."""
    if not name:
        return None
    for area, _ in areas():
        if area.name == name:
            return area
    return None


# --- tokenising ---------------------------------------------------------------------------------
# A word: an abbreviation with dots (U.S., D.C.), or letters/digits joined by hyphens and
# apostrophes (Nieuw-Delhi, Be'er, d'Anegada). French/Italian elision is split off below.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*")
_ELISION = re.compile(r"(?i)^(?:l|d|qu|j|n|s|c|m|t|dell|dall|nell|sull|all|dell|degl|un|quell)['’]")
_SENTENCE_END = frozenset('.!?:;\n"“”«»()[]')


# A word is a plain tuple (a brief has dozens of words: building them is the hot path of
# ``find_mentions``): (start, end, folded key, capitalised, all upper case, first word of a
# sentence, joined to the word before). Word k may form one name with word k + 1 when
# ``toks[k + 1][_JP]`` (only spaces between, or "St. ").
_S, _E, _K, _CAP, _UP, _SENT, _JP = range(7)
_Tok = tuple


def tokenize(text: str) -> list[_Tok]:
    """Words of ``text`` with their spans, folded keys and what is around them.

    The common case (a word after one space, no apostrophe) takes no further test.
    """
    toks: list[_Tok] = []
    append = toks.append
    no_sentence_end = _SENTENCE_END.isdisjoint
    prev_end = 0
    last: _Tok | None = None
    for m in _WORD.finditer(text):
        s, e = m.span()
        w = m.group()
        if "'" in w or "’" in w:
            if len(w) > 3 and w[-2] in "'’" and w[-1] in "sS":  # "Jordan's": the possessive goes
                e -= 2
                w = w[:-2]
            el = _ELISION.match(w)
            if el and el.end() < len(w) and w[el.end()].isupper():
                s += el.end()
                w = w[el.end() :]
        if last is None:
            sent = jp = False
            sent = True
        elif s == prev_end + 1 and text[prev_end] == " ":
            sent = False
            jp = True
        else:
            gap = text[prev_end:s]
            sent = not no_sentence_end(gap)
            stripped = gap.strip(" \t")
            initial = stripped == "." and last[_CAP]
            jp = (stripped == "" and "\n" not in gap) or (
                initial and len(last[_K]) <= 3 and gap.endswith(" ")
            )
            if initial and len(last[_K]) <= 2:
                sent = False  # "R. Ford", "St. Louis": an initial, not a sentence end
        key = fold(w)
        prev_end = e
        if not key:
            continue
        last = (s, e, key, w[0].isupper(), w.isupper(), sent, jp)
        append(last)
    return toks


# --- the name index ------------------------------------------------------------------------------
@dataclass(slots=True)
class _Entry:
    big: tuple[int, ...] = ()  # gazetteer places this name means in running text, always
    small: tuple[int, ...] = ()  # towns of CITY_POP..BIG_CITY_POP: only with their country in text
    short_country: int = -1  # "VS", "UK": the country, only when written in capitals
    area: Area | None = None
    caps: tuple[bool, ...] = ()  # which words of the area name must be capitalised

    @property
    def gaz(self) -> bool:
        return bool(self.big or self.small or self.short_country >= 0)


def _alt_ok(key: str, primary: str, pop: int) -> bool:
    """An alternate name fit for running text: an exonym of a big city (Parijs, Keulen, Rom),
    not a fragment ("Casa" of Casablanca, "Gold" of Gold Coast) or a rare transliteration."""
    p = fold(primary)
    if p.startswith(key + " ") and p[len(key) + 1 :].split(" ", 1)[0] in _NAME_LINKS:
        pass  # "Acapulco" of "Acapulco de Juárez": the name itself, without its tail
    elif p.startswith(key) or key in p.split():
        return False
    n = len(key)
    return (
        (n >= 5 and pop >= ALT_POP)
        or (n == 4 and pop >= 500_000)
        or key in words()["short_exonyms"]
    )


_NAME_LINKS = frozenset(["de", "del", "di", "da", "do", "am", "an", "upon", "sur", "en", "la"])


class MentionIndex:
    """Folded names fit for running text -> what they are; built once per gazetteer."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        g: Gazetteer = resolver.g
        self.g = g
        w = words()
        self.w = w
        entries: dict[str, _Entry] = {}
        context_regions = g.context_regions
        exonyms = {fold(n): g.by_gid.get(gid) for n, gid in geodata.EXONYMS.items()}
        exonyms = {k: v for k, v in exonyms.items() if v is not None}
        for key, v in g.names.items():
            if not key.isascii() or key.isdigit():
                continue
            postings = (v,) if isinstance(v, int) else v
            multi = " " in key
            big: list[int] = []
            small: list[int] = []
            short = -1
            for p in postings:
                i, alt = p >> 1, p & ALT
                k = g.kind[i]
                if k == COUNTRY:
                    if len(key) <= 3:
                        short = i
                    else:
                        big.append(i)
                elif k == REGION:
                    if g.pop[i] >= REGION_POP and (
                        multi
                        or key in context_regions
                        or (len(key) >= 4 and key not in geodata.CONTEXT_REGION_STOPWORDS)
                    ):
                        big.append(i)
                elif k == CITY:
                    pop = g.pop[i]
                    if alt:
                        if _alt_ok(key, g.name[i], pop) or (multi and pop >= ALT_POP):
                            big.append(i)
                        elif _alt_ok(key, g.name[i], pop * ALT_POP // ALT_POP_SMALL):
                            small.append(i)
                    elif multi and pop >= CITY_POP_MULTI or pop >= BIG_CITY_POP:
                        big.append(i)
                    elif pop >= CITY_POP:
                        small.append(i)
            pref = g.preferred.get(key) if key in g.preferred else exonyms.get(key)
            if pref is not None and pref not in big:
                big.append(pref)
            if big or small or short >= 0:
                entries[key] = _Entry(big=tuple(big), small=tuple(small), short_country=short)
        for key in list(entries):
            if key in w["stop_always"]:
                del entries[key]
        for area, name in areas():
            toks = tokenize(name)
            key = " ".join(t[_K] for t in toks)
            if not key:
                continue
            caps = tuple(t[_CAP] for t in toks)
            e = entries.get(key)
            if e is None or e.area is None:
                entries[key] = _Entry(area=area, caps=caps)
        self.entries = entries
        self.lower_starts = frozenset(k.split(" ", 1)[0] for k, e in entries.items() if e.area)
        self.max_words = {}
        for k in entries:
            first, n = k.split(" ", 1)[0], k.count(" ") + 1
            if n > self.max_words.get(first, 0):
                self.max_words[first] = n
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
        # names the resolver reads without looking at the text (one candidate in reach), and
        # their readings: (place, key, lang, region cue, supported countries) -> result
        self._free: dict[str, bool] = {}
        self._demonyms: dict[str, str | None] = {}  # word -> country of its adjective stem
        self._cache: dict[tuple, tuple[Location, str] | None] = {}

    def clear_cache(self) -> None:
        """Forget the memoised readings (benchmarks time a pass that starts cold)."""
        self._free.clear()
        self._cache.clear()
        self._demonyms.clear()

    def demonym(self, key: str) -> str | None:
        """The country of a word that starts with a country adjective stem ("oekraiense")."""
        got = self._demonyms.get(key, THING)
        if got is THING:
            got = None
            for stem in self._demonym_pre.get(key[:4], ()):
                if key.startswith(stem):
                    got = self.g.demonyms[stem]
                    break
            if len(self._demonyms) >= CACHE_SIZE:
                self._demonyms.clear()
            self._demonyms[key] = got
        return got

    # --- scanning ----------------------------------------------------------------------------
    def find(self, text: str, lang: str | None, exclude: tuple[tuple[int, int], ...]) -> list:
        toks = tokenize(text)
        n = len(toks)
        entries = self.entries
        max_words = self.max_words
        lower_starts = self.lower_starts
        hits: list[tuple[int, int, _Entry, str]] = []  # first word, end word, entry, key
        genitive = (lang or "").lower() == "de"
        pos = 0  # words before ``pos`` are taken (by a place, or a person's or thing's name)
        # only a capitalised word, or the first word of a reviewed area, can start a name
        starts = [
            i for i, t in enumerate(toks) if t[_CAP] or t[_K].partition(" ")[0] in lower_starts
        ]
        for i in starts:
            if i < pos:
                continue
            t = toks[i]
            first = t[_K].partition(" ")[0]
            longest = min(max_words.get(first, 0), MAX_WORDS)
            if (
                not longest
                and genitive
                and t[_CAP]
                and first.endswith("s")
                and first[:-1] in entries
            ):
                longest = 1  # "Russlands"
            if not longest:
                continue
            keys = [t[_K]]
            nw = t[_K].count(" ") + 1
            j = i
            while j + 1 < n and toks[j + 1][_JP] and len(keys) < MAX_WORDS:
                nxt = toks[j + 1][_K]
                nw += nxt.count(" ") + 1
                if nw > longest:
                    break
                j += 1
                keys.append(keys[-1] + " " + nxt)
            hit = None
            skip = 1
            for m in range(len(keys), 0, -1):
                e = entries.get(keys[m - 1])
                if e is None and m == 1 and genitive and t[_CAP] and t[_K].endswith("s"):
                    e = entries.get(t[_K][:-1])  # "Russlands", "Beiruts": German genitive
                    if e is not None and not e.big:
                        e = None
                if e is None:
                    continue
                fit = self._fits(toks, i, i + m, e, lang)
                if fit is THING:  # "Los Angeles Times": no shorter place inside it either
                    skip = m
                    break
                if fit:
                    key = keys[m - 1] if keys[m - 1] in entries else t[_K][:-1]
                    hit = (i, i + m, e, key)
                    break
            if hit is None:
                pos = i + skip
                continue
            s, end = toks[i][_S], toks[hit[1] - 1][_E]
            if not any(s < b and a < end for a, b in exclude):
                hits.append(hit)
            pos = hit[1]
        if not hits:
            return []
        support = self._support(toks, hits, lang)
        out: list[Mention] = []
        resolved: dict[tuple[str, bool], tuple[Location, str] | None] = {}
        for i, j, e, key in hits:
            s, end = toks[i][_S], toks[j - 1][_E]
            place = text[s:end]
            if not e.gaz:
                out.append(Mention(place, s, end, _area_location(e.area, place), e.area.kind))
                continue
            cue = self._region_cue(toks, i, j)
            rk = (key, cue)
            if rk not in resolved:
                resolved[rk] = self._resolve(place, key, e, text, lang, cue, support)
            got = resolved[rk]
            if got is None:
                continue
            loc, kind = got
            if loc.query != place:
                loc = Location(**{**loc.to_dict(), "query": place})
            out.append(Mention(place, s, end, loc, kind))
        return out

    def _support(self, toks: list[_Tok], hits, lang: str | None) -> frozenset[str]:
        """Countries the text vouches for: named, or as adjectives, or (not for English, the
        language of the whole world's press) the countries of the text's language."""
        g = self.g
        ccs: set[str] = set()
        if lang and lang.lower() != "en":
            ccs.update(geodata.LANGUAGE_COUNTRIES.get(lang.lower(), ()))
        known, demonym = self._demonyms, self.demonym
        for k in {t[_K] for t in toks}:
            if len(k) >= 4:
                cc = known.get(k, THING)
                if cc is THING:
                    cc = demonym(k)
                if cc:
                    ccs.add(cc)
        for _, _, e, _ in hits:
            if e.short_country >= 0:
                ccs.add(g.cc[e.short_country])
            if e.big:
                top = max(e.big, key=lambda i: (g.kind[i] == COUNTRY, g.pop[i]))
                ccs.add(g.cc[top])
        return frozenset(ccs)

    def _fits(self, toks: list[_Tok], i: int, j: int, e: _Entry, lang) -> bool | object:
        """Whether words ``i..j`` name a place here (case, stoplists, people and things)."""
        w = self.w
        first, last = toks[i], toks[j - 1]
        if e.area is not None and not e.gaz:
            for k, must in enumerate(e.caps):
                if must and not toks[i + k][_CAP]:
                    return False
            if e.area.after:
                prev = [toks[k][_K] for k in range(max(0, i - 2), i)]
                one = prev[-1] if prev else ""
                two = " ".join(prev[-2:]) if len(prev) == 2 else ""
                if one not in e.area.after and two not in e.area.after:
                    return False
            return THING if self._person_or_thing(toks, i, j, lang, area=True) else True
        if not first[_CAP] or not last[_CAP]:
            return False
        for k in range(i + 1, j - 1):
            if not toks[k][_CAP] and toks[k][_K] not in w["connectors"]:
                return False
        if not (e.big or e.small) and not all(toks[k][_UP] for k in range(i, j)):
            return False
        if j - i == 1:
            key = first[_K]
            if first[_SENT] and key in w["stop_sentence_start"]:
                return False
            if first[_UP] and len(key) <= 3 and e.short_country < 0:
                return False  # "AP", "EU", "NOS": acronyms, not towns
            if (
                (lang or "").lower() == "de"
                and i > 0
                and toks[i - 1][_K] in w["german_articles"]
                and all(self.g.kind[k] == CITY for k in e.big)
            ):
                return False  # "das Essen", "in der Halle": a noun; towns take no article
        return THING if self._person_or_thing(toks, i, j, lang) else True

    def _person_or_thing(self, toks, i: int, j: int, lang, area: bool = False) -> bool:
        """A title, a first name, an initial, a ship prefix or an organisation word around the
        name: then it is part of a person's or a thing's name."""
        w = self.w
        text_prev = toks[i - 1] if i > 0 and toks[i][_JP] else None
        if text_prev is not None:
            pk = text_prev[_K]
            if text_prev[_CAP] and len(pk) == 1:
                return True  # "Gerald R. Ford"
            if pk in w["titles"] and not area:
                return True  # "president Jordan", "Herr Paris", "M. Nancy"
            if text_prev[_CAP] and pk in w["first_names"]:
                return True  # "Gerald Ford", "Paris Jackson"
            if text_prev[_CAP] and pk in w["org_before"]:
                return True  # "Real Madrid", "Air France"
            if (
                text_prev[_CAP]
                and not text_prev[_SENT]
                and not area
                and (lang or "").lower() != "de"
                and pk not in w["connectors"]
                and pk not in w["calendar"]
                and pk.split(" ", 1)[0] not in self.max_words
                and not self.demonym(pk.rsplit(" ", 1)[-1])
            ):
                return True  # "Russell Westbrook", "Básquet Inca": a name, not a place
        for k in (i - 1, i - 2, i - 3):
            if k >= 0 and self._ship(toks, k, i):
                return True
        if (
            i >= 2
            and toks[i - 1][_JP]
            and toks[i - 1][_K] in ("of", "de", "van", "di", "von")
            and toks[i - 2][_K] in w["org_before_of"]
        ):
            return True  # "University of Chicago", "Bank of England"
        if (
            i >= 3
            and toks[i - 1][_K] == "the"
            and toks[i - 2][_K] == "of"
            and toks[i - 3][_K] in w["org_before_of"]
        ):
            return True
        nxt = toks[j] if j < len(toks) and toks[j][_JP] else None
        if nxt is not None and nxt[_CAP]:
            nk = nxt[_K]
            if nk in w["org_after"]:
                return True  # "Washington Post", "Paris Hilton", "New York Times"
            if area:
                return False
            if nk in w["calendar"] or nk in w["titles"] or nk in w["region_cues"]:
                return False
            if nk in self.entries or self.demonym(nk):
                return False  # another place or an adjective follows: a list, not a name
            single = toks[i][_K] if j - i == 1 else ""
            if single in w["firstname_places"]:
                return True  # "Jordan Bardella", "Georgia Meloni"
            if (lang or "").lower() != "de" and (not single or COUNTRY not in self._kinds(single)):
                return True  # "Houston Rockets", "San Diego Chargers": a name
        return False

    def _ship(self, toks, k: int, i: int) -> bool:
        """A ship prefix (USS, HMS) right before, with only capitalised words in between."""
        prefixes = self.w["ship_prefixes"]
        t = toks[k]
        if not t[_UP] or not any(t[_K] == fold(p) for p in prefixes):
            return False
        return all(toks[q + 1][_JP] and toks[q + 1][_CAP] for q in range(k, i))

    def _kinds(self, key: str) -> set[int]:
        g = self.g
        return {g.kind[p >> 1] for p in g.postings(key)}

    def _region_cue(self, toks, i: int, j: int) -> bool:
        """ "regio Charkiv", "Kharkiv region", "province of Idlib": the region, not the city."""
        cues = self.w["region_cues"]
        if i >= 1 and toks[i - 1][_K] in cues:
            return True
        if (
            i >= 2
            and toks[i - 1][_K] in ("of", "de", "di", "del", "van")
            and toks[i - 2][_K] in cues
        ):
            return True
        return j < len(toks) and toks[j][_JP] and toks[j][_K] in cues

    def _resolve(
        self, place, key, e: _Entry, text, lang, cue, support
    ) -> tuple[Location, str] | None:
        """The resolver's reading when it is one this name may mean in running text, else the
        best such reading (a country or region beats a hamlet of the same name)."""
        g = self.g
        allowed = e.big + tuple(i for i in e.small if g.cc[i] in support)
        if not allowed:
            if e.short_country < 0:
                return None
            allowed = (e.short_country,)
        free = self._free.get(place)
        if free is None:
            if len(self._free) >= CACHE_SIZE:
                self._free.clear()
            free = self._free[place] = self.context_free(place)
        if not free:
            return self._pick(place, key, allowed, text, lang, cue, support)
        # the reading depends on nothing else: the resolver is asked without the text, so the
        # cached answer is the same whichever brief asked first
        ck = (place, key, lang, cue, support)
        got = self._cache.get(ck, THING)
        if got is THING:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            got = self._cache[ck] = self._pick(place, key, allowed, None, lang, cue, support)
        return got

    def context_free(self, place: str) -> bool:
        """Whether the resolver reads ``place`` without looking at the text: it scans the
        context only when the candidates within reach of the best lie in several countries or
        regions (mirrors ``Resolver._resolve``; ``tests/test_mentions.py`` checks the two agree).
        """
        r, g = self.resolver, self.g
        if len(place) > MAX_NAME:
            return True
        clean = _clean(place)
        if "/" in clean:
            return False
        key = fold(clean)
        if not key:
            return True
        abbr = g.abbreviations.get(key)
        if abbr is not None and ("." in clean or len(key) <= 2 and clean.isupper()):
            return True
        base = r._base_for(key)
        if not base:
            stripped = _strip_generic(key)
            base = r._base_for(stripped) if stripped else ()
        if len(base) < 2:
            return True
        limit = base[0][0] - MAX_BOOST
        n = 1
        while n < len(base) and base[n][0] >= limit:
            n += 1
        pool = base[:n]
        return not (
            len(pool) > 1
            and (
                len({g.cc[i] for _, i, _ in pool[:12]}) > 1
                or len({g.a1[i] for _, i, _ in pool[:8]}) > 1
            )
        )

    def _pick(self, place, key, allowed, text, lang, cue, support) -> tuple[Location, str] | None:
        g = self.g
        loc = self.resolver.resolve(PlaceQuery(name=place, context=text, lang=lang))
        chosen = None
        if loc.resolved:
            for i in allowed:
                near = abs(g.lat[i] - loc.lat) < 1e-4 and abs(g.lon[i] - loc.lon) < 1e-4
                if near and KIND_NAMES[g.kind[i]] == loc.precision:
                    chosen = i
                    break
        # the resolver reads datelines (cities first); in running text a state or a country
        # named in the text weighs more: its pick keeps a head start, not the last word
        pick = max(
            allowed, key=lambda i: _score(g, i, support) + (RESOLVER_BONUS if i == chosen else 0)
        )
        if pick != chosen:
            why = "the text's country" if g.cc[pick] in support else "the largest such place"
            loc = self.resolver.location(
                place, pick, 0.6, f"{place} → {self.resolver.label(pick)} ({why})"
            )
        if cue and g.kind[pick] == CITY:
            r = self._region_of.get((key, g.cc[pick]))
            if r is not None:
                why = f"{place} + region word in text → {self.resolver.label(r)}"
                return self.resolver.location(place, r, loc.confidence, why), "region"
        return loc, KIND_NAMES[g.kind[pick]]


def _score(g: Gazetteer, i: int, support: frozenset[str]) -> float:
    k = g.kind[i]
    s = 5.5 if k == COUNTRY else math.log10(g.pop[i] + 10) - (1.0 if k != CITY else 0.0)
    return s + (2.2 if g.cc[i] in support else 0.0)


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
_indexes: dict[int, MentionIndex] = {}
_lock = threading.Lock()


def get_index(resolver: Resolver | None = None) -> MentionIndex:
    """The name index for ``resolver`` (default: the process-wide offline resolver), built once."""
    if resolver is None:
        from geo.service import get_resolver

        resolver = get_resolver().resolver
    idx = _indexes.get(id(resolver))
    if idx is None or idx.resolver is not resolver:
        with _lock:
            idx = _indexes.get(id(resolver))
            if idx is None or idx.resolver is not resolver:
                idx = MentionIndex(resolver)
                _indexes.clear()
                _indexes[id(resolver)] = idx
    return idx


def find_mentions(
    text: str,
    lang: str | None = None,
    *,
    exclude: tuple[tuple[int, int], ...] = (),
    resolver: Resolver | None = None,
) -> list[Mention]:
    """Places named in ``text`` in text order; never raises (bad input gives ``[]``).

    ``exclude`` holds spans to skip (the dateline, which the dateline geocoder already read).
    ``text[m.start:m.end] == m.place`` for every mention.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        ex = tuple((int(a), int(b)) for a, b in exclude or ())
    except (TypeError, ValueError):
        ex = ()
    index = get_index(resolver)  # a broken install raises the geo layer's own error here
    try:
        return index.find(text[:MAX_TEXT], lang if isinstance(lang, str) else None, ex)
    except Exception:  # noqa: BLE001 - the contract is "never raise on bad input"
        log.exception("find_mentions failed on a %d-character text", len(text))
        return []
