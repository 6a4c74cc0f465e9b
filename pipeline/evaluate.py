"""Score Wiremap on labelled briefs: ``wiremap eval GOLD.jsonl`` (``python -m pipeline.evaluate``).

Each gold line is one brief (``text``) with its dateline as labelled by hand (``dateline_raw``
with its trailing separator, ``dateline_start``/``dateline_end``, ``city``, ``cities``,
``agency``, ``city_country``...; see ``../shared/data/wire/README.md``).

**What is scored is what users get.** Each text goes through ``pipeline.extract.read_briefs``,
the very call ``wiremap extract`` makes (``parse_page`` with the gazetteer's place check), and
its first dateline is compared with gold; the place is geocoded with ``pipeline.extract.locate``
and the default geocoder, as the record's location is.

Scoring rules (decided here, stated once):

* **Dateline span.** A predicted dateline is *correct* when it starts where gold starts and
  ends, separator included, where gold ends (both ends compared after dropping trailing blanks
  from the gold string). A prediction on a brief without a gold dateline is a false positive;
  a missing prediction is a false negative; a prediction with the wrong span counts as both.
  Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean. Further
  datelines found inside one item are counted apart (``extra``): a digest has them rightly.
* **Place as written.** Over gold briefs with a dateline: the predicted ``place`` equals gold
  ``city`` exactly (``None`` for agency-only credits); where gold lists several ``cities``,
  the predicted ``places`` equal them, in order.
* **Agencies.** Over gold briefs with a dateline: the predicted agencies equal gold ``agency``
  exactly, as written and in order.
* **Right country.** Over gold briefs with a place and a ``city_country``: the country of the
  location the pipeline gives the first dateline equals ``city_country``.

**Tuned is not measured.** Items are split by one fixed rule: an item is in the *held* part
when ``sha256(id) % 3 == 0`` (``held_out``), else in the *tune* part. Every score is given for
the whole set, the tune part and the held part, overall, per language and per style (the
``style`` field, or the gold agency where a set has none). Failures are listed for the tune
part only, so that nobody tunes on the held part by reading them.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from parsing.agencies import canonical_agency
from parsing.dateline import PlaceCheck
from parsing.errors import WiremapError
from parsing.records import Brief, Dateline
from parsing.scoring import part_of, prf

__all__ = [
    "EvaluationError",
    "PARTS",
    "evaluate",
    "format_report",
    "held_out",
    "main",
    "read_item",
    "score",
]

PARTS = ("all", "tune", "held")
Locator = Callable[[Brief, str], str | None]  # a brief and its text in, its country code out


class EvaluationError(WiremapError):
    """The gold file is missing or unreadable; the message says which and why."""


def held_out(item_id: str) -> bool:
    """The project's fixed split: True for the held part (a third), False for the tune part."""
    return part_of(item_id) == "held"


def load_items(gold_path: str | Path) -> list[dict]:
    """The items of a JSON-lines file, each an object with a ``text`` string (blank lines
    skipped); an ``EvaluationError`` that names the file and line otherwise."""
    path = Path(gold_path)
    if not path.is_file():
        raise EvaluationError(f"gold file not found: {path}")
    items: list[dict] = []
    try:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise EvaluationError(f"{path}:{lineno}: item without a 'text' string")
                items.append(item)
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}") from exc
    return items


def _gold_span(item: dict) -> tuple[int, int] | None:
    raw = item.get("dateline_raw")
    start = item.get("dateline_start")
    if not raw or start is None:
        return None
    end = item.get("dateline_end")
    if end is None:
        end = start + len(raw)
    end -= len(raw) - len(raw.rstrip())
    return int(start), int(end)


def _format_of(item: dict) -> str:
    if _gold_span(item) is None:
        return "no dateline"
    agencies = item.get("agency") or []
    if not agencies:
        return "no agency"
    return canonical_agency(str(agencies[0])) or "other agency"


def _style_of(item: dict) -> str:
    """The set's own ``style`` label; for a set without one, the gold agency's format."""
    return str(item.get("style") or _format_of(item))


@dataclass(frozen=True, slots=True)
class Reading:
    """What the pipeline made of one item: its first dateline (offsets into the item's text),
    the brief carrying it, and how many more datelines it found in the item."""

    dateline: Dateline | None
    brief: Brief | None
    extra: int


def read_item(text: str, is_place: PlaceCheck | None = None) -> Reading:
    """Read one item as ``wiremap extract`` reads a text."""
    from pipeline.extract import read_briefs

    found = [b for b in read_briefs(text, is_place=is_place) if b.dateline is not None]
    if not found:
        return Reading(None, None, 0)
    brief = found[0]
    dl = brief.dateline
    assert dl is not None
    shift = brief.offset
    page_dl = dl.shifted(-shift)
    return Reading(page_dl, brief, len(found) - 1)


def default_locator() -> Locator:
    """The country the pipeline's default geocoder gives a brief's dateline."""
    from pipeline.extract import default_geocoder, locate

    geocode = default_geocoder()

    def country(brief: Brief, text: str) -> str | None:
        loc = locate(brief, geocode, text)
        return loc.country_code if loc is not None and loc.resolved else None

    return country


class _Tally:
    """Counts for one group of items."""

    def __init__(self) -> None:
        self.n = self.tp = self.fp = self.fn = self.extra = 0
        self.gold = self.place_ok = self.agency_ok = 0
        self.country_n = self.country_ok = 0

    def add(self, r: _Result) -> None:
        self.n += 1
        self.extra += r.extra
        if r.country_ok is not None:
            self.country_n += 1
            self.country_ok += r.country_ok
        if r.span_ok is None:  # no gold dateline
            self.fp += r.predicted
            return
        self.gold += 1
        self.place_ok += r.place_ok
        self.agency_ok += r.agency_ok
        if r.span_ok:
            self.tp += 1
        else:
            self.fn += 1
            self.fp += r.predicted

    def scores(self) -> dict:
        # a part with no datelines to find, or none found, has missed none: 1
        p, r, f1 = prf(self.tp, self.fp, self.fn, empty=1.0)

        def rate(ok: int, n: int) -> float | None:
            return round(ok / n, 4) if n else None

        return {
            "items": self.n,
            "with_dateline": self.gold,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "extra": self.extra,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "place_accuracy": rate(self.place_ok, self.gold),
            "agency_accuracy": rate(self.agency_ok, self.gold),
            "country_items": self.country_n,
            "right_country": rate(self.country_ok, self.country_n),
        }


@dataclass(slots=True)
class _Result:
    span_ok: bool | None  # None: no gold dateline
    predicted: bool
    place_ok: bool
    agency_ok: bool
    country_ok: bool | None  # None: not scored (no geocoder, no gold country)
    country: str | None
    extra: int


def _judge(item: dict, reading: Reading, locator: Locator | None) -> _Result:
    dl = reading.dateline
    span = _gold_span(item)
    if span is None:
        span_ok: bool | None = None
        place_ok = agency_ok = False
    else:
        span_ok = dl is not None and (dl.start, dl.sep_end) == span
        if item.get("cities"):
            place_ok = dl is not None and list(dl.places) == list(item["cities"])
        else:
            place_ok = dl is not None and dl.place == item.get("city")
        agency_ok = dl is not None and list(dl.agencies) == list(item.get("agency") or [])
    country_ok: bool | None = None
    country = None
    want = item.get("city_country")
    if locator is not None and span is not None and item.get("city") and want:
        if reading.brief is not None:
            country = locator(reading.brief, item["text"])
        country_ok = country == want
    return _Result(span_ok, dl is not None, place_ok, agency_ok, country_ok, country, reading.extra)


def _failure(item: dict, reading: Reading, r: _Result) -> dict | None:
    problems = []
    dl = reading.dateline
    if r.span_ok is None and dl is not None:
        problems.append("dateline where gold has none")
    elif r.span_ok is False:
        problems.append("no dateline found" if dl is None else "span differs")
    if r.span_ok is not None and dl is not None:
        if not r.place_ok:
            problems.append("place differs")
        if not r.agency_ok:
            problems.append("agencies differ")
    if r.country_ok is False:
        problems.append(f"country {r.country or 'unresolved'}, gold {item.get('city_country')}")
    if not problems:
        return None
    span = _gold_span(item)
    return {
        "id": item.get("id"),
        "lang": item.get("lang"),
        "style": item.get("style"),
        "problem": "; ".join(problems),
        "expected": None
        if span is None
        else {
            "raw": item.get("dateline_raw"),
            "start": span[0],
            "end": span[1],
            "place": item.get("city"),
            "places": item.get("cities"),
            "agencies": item.get("agency") or [],
            "country": item.get("city_country"),
        },
        "got": None
        if dl is None
        else {
            "raw": dl.raw,
            "start": dl.start,
            "sep_end": dl.sep_end,
            "place": dl.place,
            "places": list(dl.places),
            "qualifier": dl.qualifier,
            "agencies": list(dl.agencies),
            "date_text": dl.date_text,
            "country": r.country,
        },
    }


def score(
    items: Iterable[dict],
    *,
    locator: Locator | None = None,
    is_place: PlaceCheck | None = None,
) -> dict:
    """Score already loaded gold items (see the module docstring); ``locator`` adds the right
    country, ``is_place`` replaces the gazetteer's place check (for tests)."""
    tallies: dict[str, dict[str, dict[str, _Tally]]] = {
        part: {"overall": defaultdict(_Tally), "language": defaultdict(_Tally)} for part in PARTS
    }
    for part in PARTS:
        tallies[part]["style"] = defaultdict(_Tally)
    failures: list[dict] = []
    held_failures = 0
    for item in items:
        text = item["text"]
        try:
            reading = read_item(text, is_place)
        except Exception as exc:  # the pipeline must never raise; report it as a failure
            reading = Reading(None, None, 0)
            failures.append({"id": item.get("id"), "problem": f"raised {exc!r}"})
        result = _judge(item, reading, locator)
        part = "held" if held_out(str(item.get("id", ""))) else "tune"
        for p in ("all", part):
            tallies[p]["overall"][""].add(result)
            tallies[p]["language"][item.get("lang") or "?"].add(result)
            tallies[p]["style"][_style_of(item)].add(result)
        failure = _failure(item, reading, result)
        if failure is not None:
            if part == "tune":
                failures.append(failure)
            else:
                held_failures += 1
    report: dict = {"split": "held part: sha256(id) % 3 == 0; failures listed for the tune part"}
    for part in PARTS:
        t = tallies[part]
        report[part] = {
            "overall": t["overall"][""].scores(),
            "by_language": {k: v.scores() for k, v in sorted(t["language"].items())},
            "by_style": {k: v.scores() for k, v in sorted(t["style"].items())},
        }
    report["geo"] = locator is not None
    report["failures"] = failures
    report["held_failures"] = held_failures
    return report


def evaluate(gold_path: str | Path, *, geo: bool = True) -> dict:
    """Score the pipeline on a gold JSONL file (see the module docstring)."""
    items = load_items(gold_path)
    report = score(items, locator=default_locator() if geo else None)
    report["gold"] = str(gold_path)
    return report


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


_HEADER = (
    f"  {'':<30} {'items':>5} {'gold':>5} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6}"
    f" {'F1':>6} {'place':>6} {'agency':>6} {'country':>7} {'extra':>5}"
)


def _row(label: str, s: dict) -> str:
    return (
        f"  {label[:30]:<30} {s['items']:>5} {s['with_dateline']:>5} {s['tp']:>4} {s['fp']:>4}"
        f" {s['fn']:>4} {_fmt(s['precision']):>6} {_fmt(s['recall']):>6} {_fmt(s['f1']):>6}"
        f" {_fmt(s['place_accuracy']):>6} {_fmt(s['agency_accuracy']):>6}"
        f" {_fmt(s['right_country']):>7} {s['extra']:>5}"
    )


def _grouped(title: str, report: dict, key: str) -> list[str]:
    out = [title, _HEADER]
    for name in report["all"][key]:
        for part in PARTS:
            s = report[part][key].get(name)
            if s is not None:
                out.append(_row(f"{name} · {part}", s))
    return out


def format_report(report: dict) -> str:
    """The report as plain text: the three parts, per language and style, tune failures."""
    lines = [
        f"Dateline evaluation{(' on ' + report['gold']) if report.get('gold') else ''}",
        "  read as `wiremap extract` reads a text (parse_page + the gazetteer's place check);",
        f"  {report['split']}",
        "" if report.get("geo") else "  (no geocoding: the country column is empty)",
        "Overall",
        _HEADER,
    ]
    for part in PARTS:
        lines.append(_row(part, report[part]["overall"]))
    lines.append("")
    lines += _grouped("By language", report, "by_language") + [""]
    lines += _grouped("By style", report, "by_style") + [""]
    failures = report.get("failures", [])
    lines.append(
        f"Failures in the tune part ({len(failures)}; the held part's "
        f"{report.get('held_failures', 0)} are not shown)"
    )
    for f in failures:
        exp, got = f.get("expected"), f.get("got")
        lines.append(f"  {f.get('id')} [{f.get('style') or f.get('lang')}]: {f.get('problem')}")
        if exp is not None:
            lines.append(
                f"      expected {exp['raw']!r} [{exp['start']}:{exp['end']}]"
                f" place={exp['place']!r} agencies={exp['agencies']} country={exp['country']}"
            )
        elif "problem" in f and "raised" not in f["problem"]:
            lines.append("      expected no dateline")
        if got is not None:
            lines.append(
                f"      got      {got['raw']!r} [{got['start']}:{got['sep_end']}]"
                f" place={got['place']!r} agencies={got['agencies']} country={got['country']}"
            )
        elif "raised" not in f.get("problem", ""):
            lines.append("      got      nothing")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.evaluate GOLD.jsonl [--json] [--no-geo]``; exit 2 when the gold file
    is bad."""
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    geo = "--no-geo" not in args
    args = [a for a in args if a not in ("--json", "--no-geo")]
    if len(args) != 1:
        print("usage: python -m pipeline.evaluate GOLD.jsonl [--json] [--no-geo]", file=sys.stderr)
        return 2
    try:
        report = evaluate(args[0], geo=geo)
    except EvaluationError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
