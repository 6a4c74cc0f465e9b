"""The languages Wiremap reads: one data file each, and the one list every part derives from.

Why files, as dateparser keeps them: a language is added by adding its data, not by editing
code in four modules. Each language has

- ``data/languages/<code>.json``, written and reviewed by hand: its name, the codes language
  detection gives for it, the CLDR locales its names come from, whether its ages are read, and
  the words CLDR lacks (time words, dateline words, geo words, page furniture; see
  ``SECTIONS``);
- ``data/cldr/<code>.json`` when it has CLDR locales: month names, and for a language whose ages
  are read, relative-time words, day words and weekdays, generated from Babel by
  ``tools/make_cldr_tables.py`` (never edited by hand).

Both are read once, at import (a few milliseconds), and merged: CLDR's words first, then the
file's own. Other modules build their tables from ``LANGUAGES`` (``parsing.timewords``,
``parsing.agencies``, ``parsing.pagewords``, ``parsing.lang``, ``geo.geodata``). This module
knows nothing of any layer, so every layer may use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from parsing.errors import WiremapError

DATA = Path(__file__).parent / "data"
LANGUAGE_DIR = DATA / "languages"
CLDR_DIR = DATA / "cldr"

# The keys every language file has, with their types.
REQUIRED: dict[str, type] = {
    "name": str,  # in English
    "detect": list,  # the codes py3langid gives for it ([] = never detected)
    "cldr": list,  # CLDR locales its generated words come from ([] = none)
    "ages": bool,  # are its ages ("2 uur geleden") and day words ("gisteren") read?
    "time": dict,
    "dateline": dict,
    "geo": dict,
    "page": dict,
}
# What each section may hold (all optional), with types. "beside CLDR's": the generated file
# gives that key too (``CLDR_KEYS``), and the file adds what CLDR lacks.
SECTIONS: dict[str, dict[str, type]] = {
    "time": {
        "age_units": dict,  # word -> unit ("uren": "hours"), beside CLDR's
        "age_templates": list,  # "{n} {u} atrás", beside CLDR's
        "one_words": list,  # words for the amount 1 ("een", "an")
        "bare_one": bool,  # a unit's singular alone is one ("godzinę temu"): CLDR's one_units
        "day_words": dict,  # word -> days back ("igår": 1), beside CLDR's
        "clock_links": list,  # between a day word and a clock time ("om")
        "clock_tails": list,  # after a clock time ("uur", "uhr")
        "months": dict,  # wire forms CLDR lacks ("sept": 9), beside CLDR's
        "date_links": list,  # between day, month and year ("17 de noviembre de 2025", "3 d'abril")
        # the article or preposition a dateline puts before its date ("Lille, le 3 décembre -",
        # "Odense, lørdag den 3. januar -")
        "date_articles": list,
        "year_marks": list,  # stand after a year ("5 grudnia 2026 r.", "5 декабря 2026 г.")
        "day_marks": list,  # stand after a day ("gruodžio 5 d.": Lithuanian "diena")
        # a day's ordinal mark glued to its figure, beyond those every language's dates share
        # (st, nd, rd, th, er, º, °): Catalan "1r de desembre", "2n", "4t"
        "day_ordinals": list,
        "weekdays": list,  # beside CLDR's wide names ("tues")
        # the order of day and month in a date in figures ("4. 12.", "05/12/2026"): "dm" (most
        # of Europe, Latin America) or "md" (Hungarian "12. 4.", Filipino); none where the
        # language's copy writes both (English: US "12/5", British "5/12"), so only a date whose
        # order its figures decide is read (a part > 12, or day = month)
        "figure_order": str,
    },
    "dateline": {
        "lead_prepositions": list,  # a word after one is not where a dateline starts
        "byline_words": list,  # open a byline ("Door Jan Janssen"), title case
        # open a byline only on a line of a name, a comma and a known place ("From Kanayo Umeh,
        # Abuja"): the word opens sentences too ("From Monday, ..."), title case
        "line_byline_words": list,
        "letter_openings": list,  # a letter's salutation ("Sir, ..."): its writer filed nothing
        # words no person's name holds (an article, a number word): "From The Archives, London",
        # "From Page One, Abuja" are a heading's words, no byline (folded)
        "not_name_words": list,
        "newsroom_words": list,  # "the newsroom" where a place would be (folded)
        "kicker_words": list,  # labels where a dateline would be ("EILMELDUNG -")
        # a page's section names that are also places ("Metro", "Nacional", "Africa"): alone,
        # with no credit, a section head, not a dateline (folded)
        "section_words": list,
        "conjunctions": list,  # join two places in one dateline ("PIEDADE E RIO")
        "post_words": list,  # a reporter's post after the place ("Kiev, envoyé spécial –")
        "credit_links": list,  # "in" between a credit line's comma and its place ("Do UOL, em")
        "byline_links": list,  # "in" between a byline's comma and its place ("By Jo Roy, in")
        # small words that end a title-case place in the language's spelling ("Novo mesto",
        # "Nova vas": Slovene writes only a name's first word and proper names capitalised)
        "place_words": list,
    },
    "geo": {
        "press_countries": list,  # where it is the language of the press (a weak prior)
        "country_names": bool,  # match Babel's country names in this language
        "generic_place_words": list,  # "refugee camp", "stad": tried off an unknown name
        "region_stopwords": list,  # region names that are ordinary words ("north", "noord")
        "feature_words": list,  # after a name, make it a road's or a county's ("Red Bank Road")
        "local_press": bool,  # its papers are those of its press_countries (not English's)
        "name_links": list,  # join a town's name to its qualifier ("Novi di Modena"): folded
        "compass_words": list,  # open a region's name ("South Sinai", "Nord-Pas"): folded
        "transliteration": list,  # [spelling, [English-style spellings]] of Cyrillic names
        # a town's adjective from its name ("Köln" -> "Kölner", "Utrecht" -> "Utrechtse"):
        # "endings", [name's end, adjective's end] pairs; "irregular", adjective -> town's name
        "town_adjectives": dict,
    },
    "page": {
        "chrome_prefixes": list,  # a short line starting so is page furniture ("lees ook")
        # open a line that gives the page's time ("Stand: 05.12.2026 14:32 Uhr", "Publié le
        # 5 déc. 2026"): lower case, with the link word after them ("aktualisiert am")
        "stamp_words": list,
    },
}
# What a generated file (data/cldr/<code>.json) holds, with types.
CLDR_KEYS: dict[str, type] = {
    "months": dict,
    "age_templates": list,
    "age_units": dict,
    "one_units": list,
    "day_words": dict,
    "weekdays": list,
    "weekday_abbrs": list,
}


class LanguageDataError(WiremapError):
    """A language data file is missing, unreadable or malformed (a broken install or edit)."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language's data, CLDR's and the file's merged."""

    code: str
    name: str
    detect: tuple[str, ...]
    cldr: tuple[str, ...]
    ages: bool
    time: MappingProxyType
    own_time: MappingProxyType  # the file's own time words, without CLDR's
    dateline: MappingProxyType
    geo: MappingProxyType
    page: MappingProxyType

    @property
    def locales(self) -> tuple[str, ...]:
        """The CLDR locale codes the language reads names from: its own code's first, then its
        file's others (European beside Brazilian Portuguese), each once."""
        return tuple(dict.fromkeys((self.code, *self.cldr)))


def cldr_problems(code: str, doc: Any) -> list[str]:
    """What is wrong with one generated file (empty when nothing)."""
    if not isinstance(doc, dict) or "months" not in doc:
        return [f"{code}: the generated file has no months"]
    out = []
    for key, value in doc.items():
        if key == "_about":
            continue
        if key not in CLDR_KEYS:
            out.append(f"{code}: unknown generated key {key!r}")
        elif not isinstance(value, CLDR_KEYS[key]):
            out.append(f"{code}: generated {key!r} is not a {CLDR_KEYS[key].__name__}")
    return out


def problems(code: str, doc: Any) -> list[str]:
    """What is wrong with one language file (empty when nothing): for the tests and the loader."""
    if not isinstance(doc, dict):
        return [f"{code}: not a JSON object"]
    out = []
    for key, kind in REQUIRED.items():
        if key not in doc:
            out.append(f"{code}: missing key {key!r}")
        elif not isinstance(doc[key], kind):
            out.append(f"{code}: {key!r} is not a {kind.__name__}")
    extra = set(doc) - set(REQUIRED) - {"_about"}
    out += [f"{code}: unknown key {key!r}" for key in sorted(extra)]
    for section, keys in SECTIONS.items():
        part = doc.get(section)
        if not isinstance(part, dict):
            continue
        for key, value in part.items():
            if key not in keys:
                out.append(f"{code}: unknown key {section}.{key}")
            elif not isinstance(value, keys[key]):
                out.append(f"{code}: {section}.{key} is not a {keys[key].__name__}")
    order = doc.get("time", {}).get("figure_order") if isinstance(doc.get("time"), dict) else None
    if order is not None and order not in ("dm", "md"):
        out.append(f"{code}: time.figure_order is {order!r}, not 'dm' or 'md'")
    return out


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise LanguageDataError(f"cannot read language data {path}: {exc}") from None


def _merge_time(own: dict, cldr: dict) -> dict:
    """CLDR's words first, then the file's own (a form in both keeps CLDR's place)."""
    time = dict(own)
    for key in ("age_templates", "weekdays", "weekday_abbrs", "one_units"):
        time[key] = list(dict.fromkeys([*cldr.get(key, ()), *own.get(key, ())]))
    for key in ("months", "age_units", "day_words"):
        time[key] = {**cldr.get(key, {}), **own.get(key, {})}
    return time


def _load() -> dict[str, Language]:
    paths = sorted(LANGUAGE_DIR.glob("*.json"))
    if not paths:
        raise LanguageDataError(f"no language data in {LANGUAGE_DIR}")
    out: dict[str, Language] = {}
    for path in paths:
        code, doc = path.stem, _read(path)
        wrong = problems(code, doc)
        if wrong:
            raise LanguageDataError(f"language data {path}: {'; '.join(wrong)}")
        cldr = _read(CLDR_DIR / f"{code}.json") if doc["cldr"] else {}
        wrong = cldr_problems(code, cldr) if doc["cldr"] else []
        if wrong:
            raise LanguageDataError(f"generated language data of {code}: {'; '.join(wrong)}")
        out[code] = Language(
            code=code,
            name=doc["name"],
            detect=tuple(doc["detect"]),
            cldr=tuple(doc["cldr"]),
            ages=doc["ages"],
            time=MappingProxyType(_merge_time(doc["time"], cldr)),
            own_time=MappingProxyType(dict(doc["time"])),
            dateline=MappingProxyType(dict(doc["dateline"])),
            geo=MappingProxyType(dict(doc["geo"])),
            page=MappingProxyType(dict(doc["page"])),
        )
    return out


# Every language Wiremap knows, by ISO 639-1 code, in code order: the one list.
LANGUAGES: MappingProxyType[str, Language] = MappingProxyType(_load())
CODES: tuple[str, ...] = tuple(LANGUAGES)
# The codes language detection may give, and those it gives that Wiremap writes otherwise.
DETECTED: tuple[str, ...] = tuple(c for lang in LANGUAGES.values() for c in lang.detect)
DETECT_ALIASES: dict[str, str] = {
    c: lang.code for lang in LANGUAGES.values() for c in lang.detect if c != lang.code
}


def with_data(section: str, key: str | None = None) -> tuple[Language, ...]:
    """The languages whose ``section`` holds ``key`` (non-empty; any key when None), in code
    order."""
    return tuple(
        lang
        for lang in LANGUAGES.values()
        if (getattr(lang, section).get(key) if key else getattr(lang, section))
    )


def union(section: str, key: str) -> list:
    """Every language's ``section.key`` words in one list, in code order, without repeats."""
    words = (w for lang in with_data(section, key) for w in getattr(lang, section)[key])
    return list(dict.fromkeys(words))
