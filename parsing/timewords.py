"""Time words per language, as the time parser and the dateline grammar read them.

The words are data (``parsing/data/languages/<code>.json``, CLDR's through
``parsing/data/cldr/<code>.json``; see ``parsing.languages``): this module only shapes them into
the tables ``timeparse`` and ``dateline`` compile into regular expressions once, at import. All
words are lower case; matching is case-insensitive. Languages are ISO 639-1 codes.
"""

from __future__ import annotations

from parsing.languages import LANGUAGES

# Calendar units an age can be written in. "months"/"years" need a calendar to resolve.
UNITS: tuple[str, ...] = ("seconds", "minutes", "hours", "days", "weeks", "months", "years")

# The languages whose ages ("2 uur geleden") and day words ("gisteren") are read.
AGE_LANGS: tuple[str, ...] = tuple(code for code, lang in LANGUAGES.items() if lang.ages)


def _per_age_lang(key: str) -> dict[str, tuple[str, ...]]:
    return {code: tuple(LANGUAGES[code].time.get(key, ())) for code in AGE_LANGS}


# Word -> unit, per language. Abbreviations may carry a trailing dot in the text ("Min.").
AGE_UNITS: dict[str, dict[str, str]] = {
    code: dict(LANGUAGES[code].time["age_units"]) for code in AGE_LANGS
}
# How an age is written: ``{n}`` is the amount, ``{u}`` the unit; a space is any short run of
# blanks. Only these words are literal; order matters (first listed is tried first).
AGE_TEMPLATES: dict[str, tuple[str, ...]] = _per_age_lang("age_templates")
# Words that stand for the amount 1 ("an hour ago", "vor einer Stunde", "il y a une heure").
# Larger number words are left out on purpose: "zeventig jaar geleden" is prose, not an age.
ONE_WORDS: dict[str, tuple[str, ...]] = _per_age_lang("one_words")
# Unit words that stand for one with no amount ("godzinę temu", "před hodinou", "минуту назад"),
# in the languages whose file says their copy writes them so; CLDR's singular forms.
ONE_UNITS: dict[str, tuple[str, ...]] = {
    code: tuple(LANGUAGES[code].time.get("one_units", ()))
    for code in AGE_LANGS
    if LANGUAGES[code].time.get("bare_one")
}
# Single words that name a past day: word -> days back from the capture day. They count as an
# age marker only where they stand alone (own line, or glued to an upper-case dateline).
DAY_WORDS: dict[str, dict[str, int]] = {
    code: dict(LANGUAGES[code].time["day_words"]) for code in AGE_LANGS
}
# Words that may stand between a day word and a clock time: "gisteren om 14:32",
# "gestern, 14:30 Uhr", "hier à 14h32". A bare comma or blank is always allowed.
CLOCK_LINKS: dict[str, tuple[str, ...]] = _per_age_lang("clock_links")
# Words that may follow a clock time: "14:30 Uhr", "14.30 uur".
CLOCK_TAILS: dict[str, tuple[str, ...]] = _per_age_lang("clock_tails")
# Weekday names that may open a dated dateline ("Monday, Feb 26"); they are skipped.
WEEKDAYS: dict[str, tuple[str, ...]] = _per_age_lang("weekdays")
# Every language's weekday names in one set: a weekday read whatever the text's language.
ALL_WEEKDAYS: frozenset[str] = frozenset(w for ws in WEEKDAYS.values() for w in ws)
# CLDR's abbreviated and short day names ("sa", "sáb", "sam", "za", "sab"), in every language
# with CLDR locales, less the weekdays above: many are words, towns or months elsewhere ("do",
# "mar", "Sol"), so they are read only as a weekday before a date (``parsing.dateline``).
WEEKDAY_ABBRS: frozenset[str] = (
    frozenset(w for lang in LANGUAGES.values() for w in lang.time.get("weekday_abbrs", ()))
    - ALL_WEEKDAYS
)
# A weekday's word before a date, whole or abbreviated: what a date's lead word is tested against.
WEEKDAY_WORDS: frozenset[str] = ALL_WEEKDAYS | WEEKDAY_ABBRS

# Month names per language -> month number: CLDR's (wide and abbreviated, "format" and
# "stand-alone": "16 listopada", "listopad"), plus the wire forms CLDR lacks (``MONTH_EXTRAS``,
# from the language files). One table for datelines ("WARSZAWA, 16 listopada (PAP)") and for
# times. Matched case-insensitively; a trailing dot is allowed in the text ("Feb.", "janv.").
# A name may mean different months in two languages ("listopad": November in Polish, October
# in Croatian): look it up with the text's language.
MONTHS: dict[str, dict[str, int]] = {
    code: dict(lang.time["months"]) for code, lang in LANGUAGES.items() if lang.time.get("months")
}
MONTH_EXTRAS: dict[str, dict[str, int]] = {
    code: dict(lang.own_time["months"])
    for code, lang in LANGUAGES.items()
    if lang.own_time.get("months")
}
# Words that may stand between day and month or month and year: "17 de noviembre de 2025".
DATE_LINKS: dict[str, tuple[str, ...]] = {
    code: tuple(lang.time["date_links"])
    for code, lang in LANGUAGES.items()
    if lang.time.get("date_links")
}
# The article or preposition before a dateline's date: "le 3 décembre", "den 3. Dezember".
DATE_ARTICLES: dict[str, tuple[str, ...]] = {
    code: tuple(lang.time["date_articles"])
    for code, lang in LANGUAGES.items()
    if lang.time.get("date_articles")
}
# What may stand after a year, "of the year": "5 grudnia 2026 r.", "5 декабря 2026 г.".
YEAR_MARKS: dict[str, tuple[str, ...]] = {
    code: tuple(lang.time["year_marks"])
    for code, lang in LANGUAGES.items()
    if lang.time.get("year_marks")
}
# A day's ordinal mark of one language: "1r de desembre" (Catalan).
DAY_ORDINALS: dict[str, tuple[str, ...]] = {
    code: tuple(lang.time["day_ordinals"])
    for code, lang in LANGUAGES.items()
    if lang.time.get("day_ordinals")
}
# Every language's day marks in one set ("1st", "1er", "1º", "1r"): a date's day is read with
# any of them whatever the text's language, as a dateline's language is often not known.
ALL_DAY_ORDINALS: tuple[str, ...] = tuple(sorted({w for ws in DAY_ORDINALS.values() for w in ws}))
# What may stand after a day, "day": "gruodžio 5 d." (Lithuanian).
DAY_MARKS: dict[str, tuple[str, ...]] = {
    code: tuple(lang.time["day_marks"])
    for code, lang in LANGUAGES.items()
    if lang.time.get("day_marks")
}

# The order of day and month in a date in figures, per language: "dm" or "md"; a language not
# here writes both, and only a date whose figures decide the order is read.
FIGURE_ORDER: dict[str, str] = {
    code: lang.time["figure_order"]
    for code, lang in LANGUAGES.items()
    if lang.time.get("figure_order")
}

# The languages the time parser reads: dates ("16 listopada", "Feb 26") in every language with
# month names, ages ("2 uur geleden") and day words in ``AGE_LANGS``. Language detection
# (parsing/lang.py) may name others; their times are then read as in no particular language.
LANGS: tuple[str, ...] = tuple(MONTHS)
