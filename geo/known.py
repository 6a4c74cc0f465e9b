"""Is this name a known place? A cheap yes/no (with the kind) for the dateline parser.

The parser (``parsing/``) cannot import the geo layer, yet a title-case word before a dash is a
dateline only when it names a place ("Wien –", "Kiew:"), not a section or a kicker
("Oikocredit -", "SCIENCE -"). The pipeline hands it ``KnownPlaces.kind`` as its ``is_place``
predicate. It runs on every candidate of every brief, so it is one folded-name lookup in the
gazetteer's index, memoised per name: no scoring, no context, no resolver.

What counts as known:

- a city under its own GeoNames name (the gazetteer keeps places of 1,000 people and more);
- a city under an alternate name (an exonym: "Kiew", "Riad", "Trient") when the city is large
  (``ALT_CITY_POP``) or the name has several words ("St. Pölten", "Nischni Nowgorod"): single
  alternate words are often junk or common words elsewhere;
- a first-level region or a country, under any name the gazetteer indexes (country names come
  from Babel in every language it reads).

The kind says how sure a bare name is: a "city" (``CITY_POP`` people or a capital) is rarely
anything else; a "town" may well be a word too ("Calcio" is a town and the Italian for
football); then come regions and countries.

GeoNames' alternate names carry no language, so ``lang`` does not narrow city names. It widens
them: a name unknown as written is looked up again in the English-style spelling of its
language's transliteration ("Nischnij Tagil" in German is Nizhny Tagil), as the resolver reads it
(``geo.resolve.spellings``).
"""

from __future__ import annotations

import threading

from geo.fold import fold
from geo.gazetteer import ALT, CITY, COUNTRY, REGION, Gazetteer
from geo.geodata import COUNTRY_NAMES_BY_LANGUAGE, short_form
from geo.resolve import spellings

ALT_CITY_POP = 15_000
CITY_POP = 100_000  # a "city"; smaller places are "towns" (a bare name is then often a word)
MAX_NAME = 80  # longer "names" are prose, not places
CACHE_SIZE = 100_000  # names remembered per process, then forgotten at once

_KINDS = {CITY: "town", REGION: "region", COUNTRY: "country"}
_RANK = {"city": 0, "town": 1, "region": 2, "country": 3}


class KnownPlaces:
    """``kind(name, lang)`` -> "city", "town", "region", "country" or None (the index's best)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        self._memo: dict[str, str | None] = {}
        self._spelled: dict[tuple[str, str], str | None] = {}  # unknown names, by language

    def kind(self, name: str, lang: str | None = None) -> str | None:
        """The best kind of place ``name`` is known as (a city before a town before a region
        before a country), or None when the gazetteer does not know it as a place."""
        if not isinstance(name, str) or not name or len(name) > MAX_NAME:
            return None
        memo = self._memo
        got = memo.get(name, "")
        if got == "":
            got = self._lookup(fold(name))
            if len(memo) >= CACHE_SIZE:
                memo.clear()
            memo[name] = got
        if got is None and lang:
            return self._as_written_there(name, lang)
        return got

    def _as_written_there(self, name: str, lang: str) -> str | None:
        """An unknown name as the language's papers write places: a country's name bound to
        the language (``geodata.COUNTRY_NAMES_BY_LANGUAGE``), a town of their countries
        without its qualifier ("SAVIGNANO." for Savignano sul Panaro, ``Gazetteer.heads``),
        else in the English-style spelling of their transliteration."""
        key = (name, lang)
        spelled = self._spelled
        if key not in spelled:
            if len(spelled) >= CACHE_SIZE:
                spelled.clear()
            folded, code = fold(name), lang.lower()
            got = (
                "country"  # a name bound to its language's copy ("Indie" in Polish, "ZEA")
                if folded in COUNTRY_NAMES_BY_LANGUAGE.get(code, ())
                or short_form(folded, code, name) is not None
                else "town"
                if folded in self.g.heads.get(code, {})
                else None
            )
            spelled[key] = got or next(
                (k for k in map(self._lookup, spellings(name, lang)) if k is not None), None
            )
        return spelled[key]

    __call__ = kind

    def _lookup(self, key: str) -> str | None:
        if not key:
            return None
        g = self.g
        best: str | None = None
        several_words = " " in key
        for p in g.postings(key):
            i, alt = p >> 1, p & ALT
            k = g.kind[i]
            if k == CITY and alt and not several_words and g.pop[i] < ALT_CITY_POP:
                continue
            kind = _KINDS.get(k)
            if kind == "town" and (g.pop[i] >= CITY_POP or i in g.capital):
                kind = "city"
            if kind is not None and (best is None or _RANK[kind] < _RANK[best]):
                best = kind
                if kind == "city":
                    break
        return best


_default: KnownPlaces | None = None
_lock = threading.Lock()


def known_places() -> KnownPlaces:
    """The process-wide table over the gazetteer the geocoder uses (loaded once, lazily)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                from geo.service import get_resolver

                _default = KnownPlaces(get_resolver().resolver.g)
    return _default
