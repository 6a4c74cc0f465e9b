"""Score the parser against gold wire briefs: ``python -m pipeline.evaluate GOLD.jsonl``.

Each gold line is one brief (``text``) with its dateline as labelled by hand
(``dateline_raw`` with its trailing separator, ``dateline_start``/``dateline_end``, ``city``,
``cities``, ``agency``...). The parser sees only ``text`` and is asked for the brief's dateline
with :func:`parsing.dateline.find_dateline`.

Scoring rules (decided here, stated once):

* **Dateline span.** A predicted dateline is *correct* when it starts where gold starts and
  ends, separator included, where gold ends: ``pred.start == dateline_start`` and
  ``pred.sep_end == dateline_end`` (both ends compared after dropping trailing blanks from the
  gold string). A prediction on a brief without a gold dateline is a false positive; a missing
  prediction is a false negative; a prediction with the wrong span counts as both, since it
  reports a dateline that is not there and misses the one that is.
  Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean.
* **Place as written.** Over gold briefs that have a dateline: correct when a dateline was
  predicted and its ``place`` equals gold ``city`` exactly (``None`` for agency-only credits).
  When gold lists several ``cities`` (its ``city`` is then the whole "DUBAI/PARIS"), the
  predicted ``places`` must equal ``cities``, in order.
* **Agencies.** Over gold briefs that have a dateline: the predicted ``agencies`` tuple equals
  gold ``agency`` exactly, as written and in order (an empty list when the dateline has no
  credit).

Breakdowns: by ``lang``; by format, i.e. the canonical agency of the gold credit ("Reuters",
"EFE"...), "no agency" for place-only datelines and "no dateline" for negatives; and by the
source collection (the middle part of the item id). Geo scores are added by the geo layer
through :func:`geo_section` when it has something to say.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from parsing.agencies import canonical_agency
from parsing.dateline import find_dateline
from parsing.records import Dateline

__all__ = ["evaluate", "format_report", "geo_section", "main", "EvaluationError"]


class EvaluationError(Exception):
    """The gold file is missing or unreadable; the message says which and why."""


def geo_section(items: list[dict], parsed: list[Dateline | None]) -> dict | None:
    """Hook for geocoding scores over the same gold items and parser output.

    The geo layer replaces this (or the report builder calls its version when present);
    until then there is nothing to add and the report has no ``geo`` section.
    """
    return None


def _load(gold_path: str | Path) -> list[dict]:
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
    first = str(agencies[0])
    return canonical_agency(first) or "other agency"


def _source_of(item: dict) -> str:
    parts = str(item.get("id", "")).split("-")
    return parts[1] if len(parts) >= 3 else "unknown"


class _Tally:
    """Counts for one group of items."""

    def __init__(self) -> None:
        self.n = self.tp = self.fp = self.fn = 0
        self.gold = self.place_ok = self.agency_ok = 0

    def add(self, span_ok: bool | None, pred: bool, place_ok: bool, agency_ok: bool) -> None:
        self.n += 1
        if span_ok is None:  # no gold dateline
            self.fp += pred
            return
        self.gold += 1
        self.place_ok += place_ok
        self.agency_ok += agency_ok
        if span_ok:
            self.tp += 1
        else:
            self.fn += 1
            self.fp += pred

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "items": self.n,
            "with_dateline": self.gold,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "place_accuracy": round(self.place_ok / self.gold, 4) if self.gold else None,
            "agency_accuracy": round(self.agency_ok / self.gold, 4) if self.gold else None,
        }


def _brief_view(dl: Dateline | None) -> dict | None:
    if dl is None:
        return None
    return {
        "raw": dl.raw,
        "start": dl.start,
        "sep_end": dl.sep_end,
        "place": dl.place,
        "places": list(dl.places),
        "qualifier": dl.qualifier,
        "agencies": list(dl.agencies),
        "date_text": dl.date_text,
    }


def score(items: Iterable[dict]) -> tuple[dict, list[Dateline | None]]:
    """Score already loaded gold items; returns the report and the parser's datelines."""
    items = list(items)
    overall = _Tally()
    groups: dict[str, dict[str, _Tally]] = {
        "by_language": defaultdict(_Tally),
        "by_format": defaultdict(_Tally),
        "by_source": defaultdict(_Tally),
    }
    failures: list[dict] = []
    parsed: list[Dateline | None] = []
    for item in items:
        text = item["text"]
        try:
            dl = find_dateline(text, 0)
        except Exception as exc:  # the parser must never raise; report it as a failure
            dl = None
            failures.append({"id": item.get("id"), "problem": f"raised {exc!r}"})
        parsed.append(dl)
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
        overall.add(span_ok, dl is not None, place_ok, agency_ok)
        for name, key in (
            ("by_language", item.get("lang") or "?"),
            ("by_format", _format_of(item)),
            ("by_source", _source_of(item)),
        ):
            groups[name][key].add(span_ok, dl is not None, place_ok, agency_ok)
        problems = []
        if span_ok is None and dl is not None:
            problems.append("dateline where gold has none")
        elif span_ok is False:
            problems.append("no dateline found" if dl is None else "span differs")
        if span_ok is not None and dl is not None:
            if not place_ok:
                problems.append("place differs")
            if not agency_ok:
                problems.append("agencies differ")
        if problems:
            failures.append(
                {
                    "id": item.get("id"),
                    "lang": item.get("lang"),
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
                    },
                    "got": _brief_view(dl),
                }
            )
    report: dict = {"overall": overall.scores()}
    for name, table in groups.items():
        report[name] = {k: t.scores() for k, t in sorted(table.items())}
    report["failures"] = failures
    return report, parsed


def evaluate(gold_path: str | Path) -> dict:
    """Score the dateline parser on a gold JSONL file (see the module docstring)."""
    items = _load(gold_path)
    report, parsed = score(items)
    report["gold"] = str(gold_path)
    geo = geo_section(items, parsed)
    if geo is not None:
        report["geo"] = geo
    return report


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def _table(title: str, rows: dict[str, dict]) -> list[str]:
    out = [
        title,
        f"  {'':<16} {'items':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"
        f" {'place':>6} {'agency':>6}",
    ]
    for key, s in rows.items():
        out.append(
            f"  {key[:16]:<16} {s['items']:>5} {s['with_dateline']:>5} {_fmt(s['precision']):>6}"
            f" {_fmt(s['recall']):>6} {_fmt(s['f1']):>6} {_fmt(s['place_accuracy']):>6}"
            f" {_fmt(s['agency_accuracy']):>6}"
        )
    return out


def format_report(report: dict) -> str:
    """The report as plain text: overall, per language/format/source, then the failures."""
    o = report["overall"]
    lines = [
        f"Dateline evaluation{(' on ' + report['gold']) if report.get('gold') else ''}",
        f"  items {o['items']}, with a dateline {o['with_dateline']}"
        f"  (TP {o['tp']}, FP {o['fp']}, FN {o['fn']})",
        f"  precision {o['precision']:.3f}  recall {o['recall']:.3f}  F1 {o['f1']:.3f}",
        f"  place accuracy {_fmt(o['place_accuracy'])}  agency accuracy "
        f"{_fmt(o['agency_accuracy'])}",
        "",
    ]
    lines += _table("By language", report.get("by_language", {})) + [""]
    lines += _table("By format (gold agency)", report.get("by_format", {})) + [""]
    lines += _table("By source", report.get("by_source", {})) + [""]
    if report.get("geo"):
        lines.append("Geo")
        for key, value in report["geo"].items():
            lines.append(f"  {key}: {value}")
        lines.append("")
    failures = report.get("failures", [])
    lines.append(f"Failures ({len(failures)})")
    for f in failures:
        exp, got = f.get("expected"), f.get("got")
        lines.append(f"  {f.get('id')}: {f.get('problem')}")
        if exp is not None:
            lines.append(
                f"      expected {exp['raw']!r} [{exp['start']}:{exp['end']}]"
                f" place={exp['place']!r} agencies={exp['agencies']}"
            )
        else:
            lines.append("      expected no dateline")
        if got is not None:
            lines.append(
                f"      got      {got['raw']!r} [{got['start']}:{got['sep_end']}]"
                f" place={got['place']!r} agencies={got['agencies']}"
            )
        else:
            lines.append("      got      nothing")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.evaluate GOLD.jsonl [--json]``; exit 2 when the gold file is bad."""
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    args = [a for a in args if a != "--json"]
    if len(args) != 1:
        print("usage: python -m pipeline.evaluate GOLD.jsonl [--json]", file=sys.stderr)
        return 2
    try:
        report = evaluate(args[0])
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
