"""Regenerate parsing/data/cldr/<code>.json, the language data Wiremap takes from CLDR (Babel).

Why files: the dateline grammar and the time parser compile every word into regular expressions
when they are imported, and asking Babel for two dozen locales at every start costs far more than
reading small JSON files. The files are CLDR's data, reshaped; ``tests/test_languages.py`` checks
that they still hold exactly what the installed Babel gives (regenerate when it fails).

How to run (from the repository root): ``.venv/bin/python tools/make_cldr_tables.py``

What it reads: the hand-written language files, ``parsing/data/languages/<code>.json``: their
``cldr`` locales (a language may draw on several: de_AT gives "jänner") and their ``ages`` flag.

What it writes, per language with locales:

- ``months``: the wide and abbreviated month names in both CLDR contexts ("format": "16
  listopada", "stand-alone": "listopad"), lower case, without the abbreviation's full stop and
  without the Catalan article ("de gener" -> "gener"), plus the same names without accents
  ("fevrier", "aout") as wire copy often drops them;
- for a language whose ages are read (``"ages": true``):
  ``age_templates`` and ``age_units`` from CLDR's relative times in the past, long and short
  ("{0} uur geleden", "vor {0} Std."; "{n} {u} geleden" and "uur" -> hours). One-letter
  units ("m", "a") are left out: alone they are metres and articles; a language file lists the
  ones its copy uses ("2 u geleden"). The narrow forms are left out for the same reason
  ("-{0} h" in French);
  ``one_units``: the unit words of the singular forms ("godzinę", "hodinou"), read alone as one
  where the language file says its copy writes them so (``bare_one``);
  ``day_words``: the names of yesterday and the day before ("gisteren", "eergisteren");
  ``weekdays``: the wide day names (the abbreviations are two-letter words or month names in
  several languages: "do", "mar");
- ``weekday_abbrs``, for every language: the abbreviated and short day names in both contexts
  ("sa", "sáb", "sam", "za"), lower case, without their full stop, with the same names without
  accents ("sab"), one letter left out ("h", "v": Hungarian initials), less any wide name. They
  are read only where a weekday's doubt is small: before a date ("Sa., 5. Dezember 2026 –
  LEIPZIG –").

Forms CLDR lacks ("uren", "2 hrs ago", "altroieri") live in the language files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGE_DIR = ROOT / "parsing" / "data" / "languages"
OUT_DIR = ROOT / "parsing" / "data" / "cldr"

# CLDR's date fields -> the units an age is written in (parsing.timewords.UNITS).
FIELDS: dict[str, str] = {
    "second": "seconds",
    "minute": "minutes",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
}
WIDTHS = ("", "-short")
_ARTICLES = ("de ", "d’", "d'")
_BLANKS = "[\\s\u00a0\u202f]"
# "{0} uur geleden", "il y a {0}\u00a0h": the amount, blanks, the unit, the rest
_PAST = re.compile(rf"(?P<pre>.*?)\{{0\}}{_BLANKS}*(?P<unit>[^\s\u00a0\u202f{{}}]+)(?P<post>.*)")


def declared() -> dict[str, dict]:
    """The hand-written language files, by code (the file's name)."""
    return {
        path.stem: json.loads(path.read_text("utf-8"))
        for path in sorted(LANGUAGE_DIR.glob("*.json"))
    }


def _clean(name: str) -> str:
    name = name.strip().lower().rstrip(".").strip()
    for article in _ARTICLES:
        if name.startswith(article):
            name = name[len(article) :]
    return name


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def month_names(locales: list[str]) -> dict[str, int]:
    """Every CLDR month name of the locales, cleaned, with accent-free twins."""
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for locale in locales:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=locale).items():
                    clean = _clean(name)
                    plain = _plain(clean)
                    for form in (clean, plain) if plain.isascii() else (clean,):
                        if form and len(form) >= 3:
                            out.setdefault(form, int(number))
    return dict(sorted(out.items()))


def _blanks(text: str) -> str:
    return re.sub(f"{_BLANKS}+", " ", text)


def ages(locale: str) -> tuple[list[str], dict[str, str]]:
    """(templates, unit word -> unit) from CLDR's relative times in the past.

    A word after the amount that CLDR writes for several units is a link, not a unit: Romanian
    "acum {0} de ore" gives the template "acum {n} de {u}" and the unit "ore". A template with no
    word of its own beside the amount and the unit (Hungarian "{0} napja") is left out, with its
    unit word: it would read any number before such a word ("5 perccel") as an age.
    """
    from babel import Locale

    # the patterns themselves have no public accessor; format_timedelta reads the same data
    fields = Locale.parse(locale)._data["date_fields"]
    found: list[tuple[str, str, str, str]] = []  # (before the amount, word after it, rest, unit)
    for field, unit in FIELDS.items():
        for width in WIDTHS:
            for pattern in fields[field + width]["past"].values():
                m = _PAST.fullmatch(pattern)
                if m is not None:  # else the unit before the amount: no such language yet
                    found.append((m["pre"], m["unit"], m["post"], unit))
    meaning: dict[str, set[str]] = {}
    for _, word, _, unit in found:
        meaning.setdefault(word.rstrip(".").lower(), set()).add(unit)
    templates: list[str] = []
    units: dict[str, str] = {}
    for pre, word, post, unit in found:
        link = ""
        if len(meaning[word.rstrip(".").lower()]) > 1:  # a link: the unit is the next word
            m = _PAST.fullmatch("{0}" + post)
            if m is None:
                continue
            link, word, post = f"{word} ", m["unit"], m["post"]
        template = _blanks(f"{pre}{{n}} {link}{{u}}{post}").strip().lower()
        if not template.replace("{n}", "").replace("{u}", "").strip():
            continue
        if template not in templates:
            templates.append(template)
        if len(word.rstrip(".")) > 1:
            units.setdefault(word.rstrip(".").lower(), unit)
    return templates, units


def one_units(locale: str) -> list[str]:
    """The unit words of CLDR's singular ("one") past forms: "{0} godzinę temu" -> "godzinę".
    A language file that says its copy writes them alone for one ("godzinę temu", "před
    hodinou") turns them on (``bare_one``)."""
    from babel import Locale

    fields = Locale.parse(locale)._data["date_fields"]
    out: list[str] = []
    for field in FIELDS:
        m = _PAST.fullmatch(fields[field]["past"].get("one", ""))
        word = m["unit"].rstrip(".").lower() if m is not None else ""
        if len(word) > 1 and word not in out:
            out.append(word)
    return out


def day_words(locale: str) -> dict[str, int]:
    """CLDR's words for yesterday (1) and the day before (2)."""
    from babel import Locale

    relative = Locale.parse(locale)._data["date_fields"]["day"]["relative"]
    return {_blanks(relative[-k]).lower(): k for k in (1, 2) if -k in relative}


def weekdays(locale: str) -> list[str]:
    """The wide day names, in both contexts."""
    from babel.dates import get_day_names

    out: list[str] = []
    for context in ("format", "stand-alone"):
        for name in get_day_names("wide", context=context, locale=locale).values():
            if name.lower() not in out:
                out.append(name.lower())
    return out


def weekday_abbrs(locale: str) -> list[str]:
    """The abbreviated and short day names, in both contexts, without their stop, with their
    accent-free twins ("sáb", "sab"): two letters at least, and none that is a wide name too."""
    from babel.dates import get_day_names

    wide = set(weekdays(locale))
    out: list[str] = []
    for width in ("abbreviated", "short"):
        for context in ("format", "stand-alone"):
            for name in get_day_names(width, context=context, locale=locale).values():
                word = name.lower().rstrip(".")
                for form in (word, _plain(word)):
                    if len(form) > 1 and form not in wide and form not in out:
                        out.append(form)
    return out


def build(lang: dict) -> dict:
    """The CLDR data of one language file."""
    locales = lang["cldr"]
    out: dict = {
        "_about": (
            "CLDR's data via Babel (tools/make_cldr_tables.py); regenerate, do not edit by "
            "hand. Forms CLDR lacks live in parsing/data/languages/."
        ),
        "months": month_names(locales),
        "weekday_abbrs": weekday_abbrs(locales[0]),
    }
    if lang["ages"]:
        templates, units = ages(locales[0])
        out["age_templates"] = templates
        out["age_units"] = units
        out["one_units"] = one_units(locales[0])
        out["day_words"] = day_words(locales[0])
        out["weekdays"] = weekdays(locales[0])
    return out


def dumps(obj: object, indent: int = 0, width: int = 100) -> str:
    """JSON that reads like a table: a list or object that fits is one line, a long list of
    words wraps, anything else has one entry a line."""
    flat = json.dumps(obj, ensure_ascii=False)
    pad, inner = " " * indent, " " * (indent + 1)
    if not isinstance(obj, dict | list) or len(flat) + indent <= width:
        return flat
    if isinstance(obj, dict):
        items = [
            f"{inner}{json.dumps(k, ensure_ascii=False)}: {dumps(v, indent + 1)}"
            for k, v in obj.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if all(not isinstance(v, dict | list) for v in obj):
        lines, line = [], ""
        for word in (json.dumps(v, ensure_ascii=False) for v in obj):
            if line and len(inner) + len(line) + len(word) + 2 > width:
                lines.append(inner + line + ",")
                line = ""
            line = f"{line}, {word}" if line else word
        lines.append(inner + line)
        return "[\n" + "\n".join(lines) + "\n" + pad + "]"
    return "[\n" + ",\n".join(inner + dumps(v, indent + 1) for v in obj) + "\n" + pad + "]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUT_DIR, help="folder to write into")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    written = set()
    for code, lang in declared().items():
        if lang["cldr"]:
            (args.output / f"{code}.json").write_text(dumps(build(lang)) + "\n", "utf-8")
            written.add(code)
    for old in args.output.glob("*.json"):  # a language gone, or without locales now
        if old.stem not in written:
            old.unlink()
    print(f"wrote {len(written)} languages into {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
