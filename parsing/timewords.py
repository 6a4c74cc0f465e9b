"""Time words per language, kept as data so a language is added by editing tables, not code.

``timeparse`` compiles these tables into regular expressions once, at import. All words are
lower case; matching is case-insensitive. Languages are ISO 639-1 codes.
"""

from __future__ import annotations

import json
from pathlib import Path

# Calendar units an age can be written in. "months"/"years" need a calendar to resolve.
UNITS: tuple[str, ...] = ("seconds", "minutes", "hours", "days", "weeks", "months", "years")

# Word -> unit, per language. Abbreviations may carry a trailing dot in the text ("Min.").
AGE_UNITS: dict[str, dict[str, str]] = {
    "nl": {
        "seconde": "seconds", "seconden": "seconds", "sec": "seconds",
        "minuut": "minutes", "minuten": "minutes", "min": "minutes",
        "uur": "hours", "uren": "hours", "u": "hours",
        "dag": "days", "dagen": "days",
        "week": "weeks", "weken": "weeks",
        "maand": "months", "maanden": "months",
        "jaar": "years", "jaren": "years",
    },
    "en": {
        "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
        "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
        "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
        "day": "days", "days": "days",
        "week": "weeks", "weeks": "weeks",
        "month": "months", "months": "months",
        "year": "years", "years": "years",
    },
    "de": {
        "sekunde": "seconds", "sekunden": "seconds", "sek": "seconds",
        "minute": "minutes", "minuten": "minutes", "min": "minutes",
        "stunde": "hours", "stunden": "hours", "std": "hours",
        "tag": "days", "tagen": "days",
        "woche": "weeks", "wochen": "weeks",
        "monat": "months", "monaten": "months",
        "jahr": "years", "jahren": "years",
    },
    "fr": {
        "seconde": "seconds", "secondes": "seconds", "s": "seconds",
        "minute": "minutes", "minutes": "minutes", "min": "minutes", "mn": "minutes",
        "heure": "hours", "heures": "hours", "h": "hours",
        "jour": "days", "jours": "days", "j": "days",
        "semaine": "weeks", "semaines": "weeks",
        "mois": "months",
        "an": "years", "ans": "years", "année": "years", "années": "years",
    },
    "es": {
        "segundo": "seconds", "segundos": "seconds", "seg": "seconds",
        "minuto": "minutes", "minutos": "minutes", "min": "minutes",
        "hora": "hours", "horas": "hours", "h": "hours",
        "día": "days", "días": "days", "dia": "days", "dias": "days",
        "semana": "weeks", "semanas": "weeks",
        "mes": "months", "meses": "months",
        "año": "years", "años": "years",
    },
    "it": {
        "secondo": "seconds", "secondi": "seconds", "sec": "seconds",
        "minuto": "minutes", "minuti": "minutes", "min": "minutes",
        "ora": "hours", "ore": "hours", "h": "hours",
        "giorno": "days", "giorni": "days",
        "settimana": "weeks", "settimane": "weeks",
        "mese": "months", "mesi": "months",
        "anno": "years", "anni": "years",
    },
    "pt": {
        "segundo": "seconds", "segundos": "seconds", "seg": "seconds",
        "minuto": "minutes", "minutos": "minutes", "min": "minutes",
        "hora": "hours", "horas": "hours", "h": "hours",
        "dia": "days", "dias": "days",
        "semana": "weeks", "semanas": "weeks",
        "mês": "months", "meses": "months",
        "ano": "years", "anos": "years",
    },
    "da": {
        "sekund": "seconds", "sekunder": "seconds", "sek": "seconds",
        "minut": "minutes", "minutter": "minutes", "min": "minutes",
        "time": "hours", "timer": "hours", "t": "hours",
        "dag": "days", "dage": "days",
        "uge": "weeks", "uger": "weeks",
        "måned": "months", "måneder": "months",
        "år": "years",
    },
}  # fmt: skip

# How an age is written: ``{n}`` is the amount, ``{u}`` the unit; a space is any short run of
# blanks. Only these words are literal; order matters (first listed is tried first).
AGE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "nl": ("{n} {u} geleden",),
    "en": ("{n} {u} ago",),
    "de": ("vor {n} {u}",),
    "fr": ("il y a {n} {u}",),
    "es": ("hace {n} {u}",),
    "it": ("{n} {u} fa",),
    "pt": ("há {n} {u}", "{n} {u} atrás"),
    "da": ("for {n} {u} siden", "{n} {u} siden"),
}

# Words that stand for the amount 1 ("an hour ago", "vor einer Stunde", "il y a une heure").
# Larger number words are left out on purpose: "zeventig jaar geleden" is prose, not an age.
ONE_WORDS: dict[str, tuple[str, ...]] = {
    "nl": ("een", "één"),
    "en": ("an", "a", "one"),
    "de": ("einer", "einem", "ein", "eine"),
    "fr": ("une", "un"),
    "es": ("una", "un", "uno"),
    "it": ("un'", "una", "uno", "un"),
    "pt": ("uma", "um"),
    "da": ("en", "et"),
}

# Single words that name a past day: word -> days back from the capture day. They count as an
# age marker only where they stand alone (own line, or glued to an upper-case dateline).
DAY_WORDS: dict[str, dict[str, int]] = {
    "nl": {"gisteren": 1, "eergisteren": 2},
    "en": {"yesterday": 1},
    "de": {"gestern": 1, "vorgestern": 2},
    "fr": {"hier": 1, "avant-hier": 2},
    "es": {"ayer": 1, "anteayer": 2},
    "it": {"ieri": 1, "l'altro ieri": 2, "altroieri": 2},
    "pt": {"ontem": 1, "anteontem": 2},
    "da": {"i går": 1, "igår": 1, "i forgårs": 2},
}

# Words that may stand between a day word and a clock time: "gisteren om 14:32",
# "gestern, 14:30 Uhr", "hier à 14h32". A bare comma or blank is always allowed.
CLOCK_LINKS: dict[str, tuple[str, ...]] = {
    "nl": ("om",),
    "en": ("at",),
    "de": ("um",),
    "fr": ("à", "a"),
    "es": ("a las", "a la"),
    "it": ("alle", "all'", "ore"),
    "pt": ("às", "as"),
    "da": ("kl.", "kl"),
}

# Words that may follow a clock time: "14:30 Uhr", "14.30 uur".
CLOCK_TAILS: dict[str, tuple[str, ...]] = {
    "nl": ("uur",),
    "de": ("uhr",),
    "fr": (),
    "en": (),
    "es": ("h", "horas"),
    "it": (),
    "pt": ("h",),
    "da": (),
}

# Month names per language -> month number: CLDR's names (wide and abbreviated, "format" and
# "stand-alone": "16 listopada", "listopad"), generated from Babel into data/months.json by
# tools/make_month_table.py, plus the wire forms CLDR lacks (below). One table for datelines
# ("WARSZAWA, 16 listopada (PAP)") and for times. Matched case-insensitively; a trailing dot
# is allowed in the text ("Feb.", "janv."). A name may mean different months in two languages
# ("listopad": November in Polish, October in Croatian): look it up with the text's language.
MONTH_EXTRAS: dict[str, dict[str, int]] = {
    "en": {"sept": 9},
    "nl": {"mar": 3, "sept": 9},
    "de": {"mrz": 3, "sept": 9},
    "fr": {"fév": 2, "fev": 2},
    "es": {"sep": 9},
    "it": {"sett": 9},
    "sv": {"mar": 3, "jun": 6, "jul": 7, "sept": 9},
    "ro": {"sep": 9, "noi": 11},
    "sl": {
        "januarja": 1, "februarja": 2, "marca": 3, "aprila": 4, "maja": 5, "junija": 6,
        "julija": 7, "avgusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11,
        "decembra": 12, "januara": 1, "februara": 2,
    },
    "ru": {"фев": 2, "сен": 9, "ноя": 11},
}  # fmt: skip


def _month_table() -> dict[str, dict[str, int]]:
    raw = json.loads((Path(__file__).parent / "data" / "months.json").read_text("utf-8"))
    table: dict[str, dict[str, int]] = {lang: dict(names) for lang, names in raw["months"].items()}
    for lang, names in MONTH_EXTRAS.items():
        table.setdefault(lang, {}).update(names)
    return table


MONTHS: dict[str, dict[str, int]] = _month_table()

# Words that may stand between day and month or month and year: "17 de noviembre de 2025".
DATE_LINKS: dict[str, tuple[str, ...]] = {
    "es": ("de", "del"),
    "pt": ("de",),
}

# Weekday names that may open a dated dateline ("Monday, Feb 26"); they are skipped.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}  # fmt: skip

# The one list of languages the time parser reads: dates ("16 listopada", "Feb 26") in every
# language with month names, ages ("2 uur geleden") and day words in those with age tables.
# Language detection (parsing/lang.py) may name others; their times are then read as in no
# particular language.
LANGS: tuple[str, ...] = tuple(MONTHS)
AGE_LANGS: tuple[str, ...] = tuple(AGE_UNITS)
