"""Time words per language, kept as data so a language is added by editing tables, not code.

``timeparse`` compiles these tables into regular expressions once, at import. All words are
lower case; matching is case-insensitive. Languages are ISO 639-1 codes.
"""

from __future__ import annotations

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

# Month names and abbreviations per language -> month number. A trailing dot is allowed in
# the text ("Feb.", "janv."). Keys across languages never disagree (checked in the tests).
MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "nl": {
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3,
        "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
        "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
        "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "jan": 1, "jän": 1, "februar": 2, "feb": 2, "märz": 3,
        "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
        "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
        "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
        "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
        "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11,
        "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
    },
    "es": {
        "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4,
        "abr": 4, "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7,
        "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9,
        "set": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12,
        "dic": 12,
    },
    "it": {
        "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4,
        "apr": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7,
        "agosto": 8, "ago": 8, "settembre": 9, "set": 9, "sett": 9, "ottobre": 10,
        "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
    },
    "pt": {
        "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "mar": 3, "abril": 4,
        "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7,
        "agosto": 8, "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10,
        "novembro": 11, "nov": 11, "dezembro": 12, "dez": 12,
    },
    "da": {
        "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4,
        "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
}  # fmt: skip

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

LANGS: tuple[str, ...] = ("nl", "en", "de", "fr", "es", "it", "pt", "da")
