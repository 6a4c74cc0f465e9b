"""Probe the dates (and clocks) a dateline carries in every language with a file, and look-alikes.

Why: a date read where a paper wrote a mark, a score or a fraction is an invented time, and a
date the paper wrote but the grammar drops (a clock after it) is a time lost. This builds, from
Babel/CLDR and the gazetteer only (no shared copy), for each language in
``parsing/data/languages``:

- ``probe``: each of its territory's four largest towns, then a date of 3 December 2026 as the
  locale's short and medium date patterns write it, its year-less day-and-month skeleton
  (``Md``/``MMdd``), and its short date-time pattern (a date with the short clock time in the
  locale's own order), each with and without an agency's credit, and with and without a dash;
- ``alike``: (look-alikes, no date may be read) the same towns with a rating ("3/10"), a score
  ("3-1", "21-17"), a fraction ("3/4"), a range ("10-12"), a clock alone ("10:15", "10.15"),
  a phone number, an impossible date ("31/02", "32.12.2026", "2026-13-03"), a version
  ("3.10", "2.4.1") or a person's name after the town's comma.

Each is read as the pipeline reads a dateline: ``find_dateline`` with the gazetteer's place
check and the language, then ``resolve_dateline_when`` on its date. It counts found (a
dateline), place right, date right, time right (the clock's date at day precision: a clock with
no zone names no instant) and wrong date (any date other than the written one, any date on a
look-alike). ``--dump F`` writes every probe's reading; ``--diff A B`` lists those that differ.

Run from the repository root: ``PYTHONPATH=$PWD .venv/bin/python tools/probe_dateline_dates.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, format_datetime, format_skeleton

from geo.gazetteer import CITY
from geo.gazetteer import load as load_gazetteer
from parsing.dateline import find_dateline
from parsing.languages import LANGUAGES
from parsing.timeparse import resolve_dateline_date

try:  # the tree's reading of a dateline's date and clock; before place55, its date only
    from parsing.timeparse import resolve_dateline_when
except ImportError:  # pragma: no cover - the probe of a tree before it
    resolve_dateline_when = resolve_dateline_date
from pipeline.extract import default_place_check

CAPTURED = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
WHEN = datetime(2026, 12, 3, 10, 15)
DAY = date(2026, 12, 3)
AT = WHEN.replace(tzinfo=UTC).isoformat()  # a clock with its zone names the instant
# a body that opens as a brief does: a capital word, then prose
BODY = "Officials said on Thursday that the new plan would be presented to parliament soon."
ALIKES = (
    "3/10", "8/10", "3-1", "21-17", "3/4", "1/2", "10-12", "1990-2000", "10:15", "10.15",
    "555-1234", "020 7946 0958", "31/02", "32.12.2026", "2026-13-03", "3.10", "2.4.1",
    "Jean Martin",
)  # fmt: skip


def _locale(code: str) -> Locale:
    cldr = LANGUAGES[code].cldr
    return Locale.parse(cldr[0] if cldr else code)


def _towns(code: str, gaz) -> list[str]:
    """The four largest towns of the language's territory (its CLDR locale's likely one)."""
    loc = _locale(code)
    cc = loc.territory or get_global("likely_subtags")[loc.language].rsplit("_", 1)[-1]
    towns = sorted(
        (i for i in range(len(gaz)) if gaz.cc[i] == cc and gaz.kind[i] == CITY),
        key=lambda i: -gaz.pop[i],
    )
    return [gaz.name[i] for i in towns[:4]]


def _dates(code: str) -> list[tuple[str, str]]:
    """(form, written date) of the language's CLDR patterns for 3 December 2026 (10:15)."""
    loc = _locale(code)
    out = [
        ("short", format_date(DAY, "short", locale=loc)),
        ("medium", format_date(DAY, "medium", locale=loc)),
        ("dt-short", format_datetime(WHEN, "short", locale=loc, tzinfo=UTC)),
        ("dt-zone", format_datetime(WHEN, "short", locale=loc, tzinfo=UTC) + " UTC"),
    ]
    for skel in ("MMdd", "Md"):
        if skel in loc.datetime_skeletons or skel in loc.datetime_formats:
            out.append((f"yearless-{skel}", format_skeleton(skel, DAY, locale=loc)))
    return out


def _frames(town: str, written: str) -> list[tuple[str, str]]:
    """(frame, dateline text) with and without a credit and a dash."""
    return [
        ("dash", f"{town}, {written} - {BODY}"),
        ("credit-dash", f"{town}, {written} (AFP) - {BODY}"),
        ("credit", f"{town}, {written} (AFP) {BODY}"),
    ]


def _read(text: str, code: str, check) -> dict:
    dl = find_dateline(text, is_place=check, lang=code)
    if dl is None:
        return {"found": False}
    when = resolve_dateline_when(dl.date_text, code, CAPTURED) if dl.date_text else None
    return {
        "found": True,
        "place": dl.place,
        "date_text": dl.date_text,
        "when": when.isoformat() if when is not None else None,
    }


def run(langs: list[str]) -> dict[str, dict]:
    gaz = load_gazetteer()
    check = default_place_check()
    out: dict[str, dict] = {}
    for code in langs:
        towns = _towns(code, gaz)
        for town in towns:
            for form, written in _dates(code):
                for frame, text in _frames(town, written):
                    key = f"probe|{code}|{town}|{form}|{frame}"
                    out[key] = {"kind": "probe", "town": town, **_read(text, code, check)}
            for alike in ALIKES:
                for frame, text in _frames(town, alike):
                    key = f"alike|{code}|{town}|{alike}|{frame}"
                    out[key] = {"kind": "alike", "town": town, **_read(text, code, check)}
    return out


def table(results: dict[str, dict]) -> str:
    """found / place right / date right / time right / wrong date, per kind and per form."""
    counts: dict[str, Counter] = {}
    day0 = datetime.combine(DAY, datetime.min.time(), UTC).isoformat()
    for key, r in results.items():
        kind, _, _, form, _ = key.split("|")
        row = kind if kind == "alike" else f"probe {form}"
        c = counts.setdefault(row, Counter())
        c["n"] += 1
        if not r["found"]:
            continue
        c["found"] += 1
        c["place"] += r["place"] == r["town"]
        if kind == "probe":
            c["date"] += r["when"] is not None and r["when"][:10] == day0[:10]
            c["time"] += r["when"] == (AT if form == "dt-zone" else day0)
            c["wrong"] += r["when"] is not None and r["when"][:10] != day0[:10]
        else:
            c["wrong"] += r["when"] is not None
    lines = ["| set | n | found | place right | date right | time right | wrong date |"]
    lines.append("|---|---|---|---|---|---|---|")
    for row in sorted(counts):
        c = counts[row]
        lines.append(
            f"| {row} | {c['n']} | {c['found']} | {c['place']} | {c['date']} | {c['time']} "
            f"| {c['wrong']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--langs", default="")
    ap.add_argument("--dump")
    ap.add_argument("--diff", nargs=2)
    args = ap.parse_args(argv)
    if args.diff:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.diff)
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                print(key, a.get(key), "->", b.get(key))
        return 0
    langs = args.langs.split(",") if args.langs else sorted(LANGUAGES)
    results = run(langs)
    if args.dump:
        with Path(args.dump).open("w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=0, sort_keys=True)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
