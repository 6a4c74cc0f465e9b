"""Regenerate parsing/data/months.json, the month names datelines and times read, from Babel.

Why a file: the dateline grammar compiles every month name into one regular expression when it
is imported, and asking Babel for two dozen locales at every start costs far more than reading a
small JSON file. The file is CLDR's data (through Babel), reshaped; ``tests/test_timeparse.py``
checks that it still holds every name the installed Babel gives.

How to run (from the repository root): ``.venv/bin/python tools/make_month_table.py``

What it writes: ``{"_about": ..., "months": {lang: {name: month_number}}}`` with, per language,
the wide and abbreviated names in both CLDR contexts ("format": "16 listopada", "stand-alone":
"listopad"), lower case, without the abbreviation's full stop and without the Catalan article
("de gener" -> "gener"), plus the same names without accents ("fevrier", "aout") as wire copy
often drops them. A language may draw on several locales (de_AT gives "jänner").
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "parsing" / "data" / "months.json"

# Language -> the CLDR locales whose month names it uses. Keep in step with
# parsing.timewords.LANGS (a test checks that every language there has names here).
LOCALES: dict[str, tuple[str, ...]] = {
    "nl": ("nl",),
    "en": ("en",),
    "de": ("de", "de_AT"),
    "fr": ("fr", "fr_CA"),
    "es": ("es", "es_PE"),
    "it": ("it",),
    "pt": ("pt", "pt_PT"),
    "da": ("da",),
    "no": ("nb", "nn"),
    "sv": ("sv",),
    "fi": ("fi",),
    "pl": ("pl",),
    "cs": ("cs",),
    "sk": ("sk",),
    "sl": ("sl",),
    "hr": ("hr",),
    "sr": ("sr_Latn", "sr"),
    "ro": ("ro",),
    "hu": ("hu",),
    "ca": ("ca",),
    "ru": ("ru",),
    "uk": ("uk",),
    "bg": ("bg",),
    "tr": ("tr",),
    "el": ("el",),
}

_ARTICLES = ("de ", "d’", "d'")


def _clean(name: str) -> str:
    name = name.strip().lower().rstrip(".").strip()
    for article in _ARTICLES:
        if name.startswith(article):
            name = name[len(article) :]
    return name


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def month_names(lang: str) -> dict[str, int]:
    """Every CLDR month name of ``lang``'s locales, cleaned, with accent-free twins."""
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for locale in LOCALES[lang]:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=locale).items():
                    clean = _clean(name)
                    plain = _plain(clean)
                    for form in (clean, plain) if plain.isascii() else (clean,):
                        if form and len(form) >= 3:
                            out.setdefault(form, int(number))
    return dict(sorted(out.items()))


def build() -> dict:
    return {
        "_about": (
            "Month names per language from CLDR via Babel (tools/make_month_table.py); "
            "regenerate, do not edit by hand. Forms CLDR lacks live in parsing/timewords.py."
        ),
        "months": {lang: month_names(lang) for lang in LOCALES},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = build()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", "utf-8")
    n = sum(len(v) for v in table["months"].values())
    print(f"wrote {args.output} ({len(table['months'])} languages, {n} names)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
