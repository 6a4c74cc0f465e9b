"""How well places named in the text are found, and the event's place chosen.

Gold labels: ``tests/data/mentions_gold.jsonl``. Briefs written for this project carry their
text; items of the shared wire data (``../shared/data/wire/wire_samples.jsonl``) are referenced
by id only and read from that file at run time (skipped, with a message, when it is absent).

Scores:

- **mention precision / recall**: a found mention is right when its span is exactly a labelled
  span *and* its country is the labelled one (no country for international waters and areas
  across borders). The span-only figures are printed beside them.
- **focus accuracy**: over the briefs whose label places the event, the chosen focus is right
  when it is in the labelled country and within 25 km of the labelled point, or is the labelled
  place itself (same folded name: "Caribbean Sea", "Darfur"). Briefs labelled "no event place"
  are counted apart (how often a focus is given anyway).

Rows are given per source and language, and per part of the project's fixed split by item id
(``held`` when ``sha256(id) % 3 == 0``); ``--errors`` lists the tune part's failures only.

``--web``: focus accuracy alone on newspaper and web copy, both parts of
``../shared/data/wire/web_samples.jsonl`` labelled for where the event happened
(``tests/data/focus_web_gold.jsonl``, by id; no mention labels; the held third labelled blind,
with its own row and its failures never listed). As for the wire items, the
dateline is the item's own labelled one, so the figure is the focus's, not the dateline parser's.

Run: ``python -m geo.mentions_eval [--errors] [--wire PATH] [--web [--web-path PATH]]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from geo.distance import haversine_km
from geo.evaluation import dateline_qualifier
from geo.focus import choose_focus
from geo.fold import fold
from geo.location import Location, PlaceQuery
from geo.mentions import find_mentions, get_index
from geo.resolve import SAME_PLACE_KM, Resolver
from parsing.scoring import part_of, ratio

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "mentions_gold.jsonl"
WEB_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "focus_web_gold.jsonl"
WIRE_DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "wire" / "wire_samples.jsonl"
)
WEB_DEFAULT = WIRE_DEFAULT.with_name("web_samples.jsonl")
RADIUS_KM = SAME_PLACE_KM  # the project's one distance for "the same place"
UNLABELLED_KINDS = ("demonym", "continent")  # the labels leave adjectives and continents out
TARGET_PRECISION = 0.9
TARGET_FOCUS = 0.85


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    span_tp: int = 0
    focus_ok: int = 0
    focus_n: int = 0
    no_event: int = 0
    no_event_given: int = 0
    items: int = 0

    # A group with nothing found or nothing to find has missed nothing: 1 (parsing.scoring).
    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp, empty=1.0)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn, empty=1.0)

    @property
    def span_precision(self) -> float:
        return ratio(self.span_tp, self.tp + self.fp, empty=1.0)

    @property
    def span_recall(self) -> float:
        return ratio(self.span_tp, self.tp + self.fn, empty=1.0)

    @property
    def focus_accuracy(self) -> float:
        return ratio(self.focus_ok, self.focus_n, empty=1.0)

    def add(self, other: Tally) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class Result:
    total: Tally = field(default_factory=Tally)
    by_group: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: list[str] = field(default_factory=list)
    skipped: str = ""


def load_gold(path: Path = GOLD) -> list[dict]:
    """The labelled items (the first line is a note about the labels)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "id" in rec:
                out.append(rec)
    return out


def load_wire(path: Path) -> dict[str, dict] | None:
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def load_web_gold(path: Path = WEB_GOLD) -> list[dict]:
    """The web items' focus labels as gold records of source "web" (no mention labels)."""
    return [dict(rec, source="web") for rec in load_gold(path)]


def _dateline(rec: dict, wire: dict | None) -> tuple[tuple[int, int] | None, PlaceQuery | None]:
    """The dateline span and its query, from the gold record or the wire item's own fields."""
    if rec["source"] == "own":
        d = rec.get("dateline")
        if not d:
            return None, None
        q = PlaceQuery(d["place"], d.get("qualifier"), rec["text"], rec["lang"])
        return (d["start"], d["end"]), q
    if not wire.get("dateline_raw"):
        return None, None
    span = (wire["dateline_start"], wire["dateline_end"])
    city = wire.get("city")
    if not city:
        return span, None
    qual = dateline_qualifier(wire, city)
    q = PlaceQuery(city, qual, wire["text"], wire.get("lang"), tuple(wire.get("agency") or ()))
    return span, q


def _focus_ok(focus, gold: dict) -> bool:
    if focus is None:
        return False
    loc = focus.location
    names = [loc.name, loc.query, focus.mention.place if focus.mention is not None else None]
    return focus_matches(gold, names, loc.country_code, loc.lat, loc.lon)


def focus_matches(
    gold: dict, names: list[str | None], cc: str | None, lat: float | None, lon: float | None
) -> bool:
    """Whether a focus (its names, country and point) is the labelled place: in the labelled
    country and the same folded name, or within ``RADIUS_KM`` of the labelled point."""
    want = gold.get("country")
    if want and cc and cc != want:
        return False
    if fold(gold["place"]) in {fold(n or "") for n in names}:
        return True
    if want and cc != want or lat is None or lon is None:
        return False
    return haversine_km(lat, lon, gold["lat"], gold["lon"]) <= RADIUS_KM


def evaluate(
    gold: list[dict] | None = None,
    wire_path: Path = WIRE_DEFAULT,
    resolver: Resolver | None = None,
    sources: tuple[str, ...] = ("own", "wire"),
    web_path: Path = WEB_DEFAULT,
) -> Result:
    """Score mentions and focus over the gold items (wire and web items only when their file
    exists; a record without mention labels, as the web ones, is scored for its focus alone)."""
    gold = gold if gold is not None else load_gold()
    shared = {
        "wire": load_wire(wire_path) if "wire" in sources else None,
        "web": load_wire(web_path) if "web" in sources else None,
    }
    resolver = resolver if resolver is not None else get_index().resolver
    res = Result()
    for name, path in (("wire", wire_path), ("web", web_path)):
        if name in sources and shared[name] is None:
            res.skipped = f"{name} items skipped: {path} not found"
    for rec in gold:
        if rec["source"] not in sources:
            continue
        if rec["source"] != "own":
            items = shared[rec["source"]]
            if items is None or rec["id"] not in items:
                continue
            item = items[rec["id"]]
            text = item["text"]
        else:
            item = None
            text = rec["text"]
        span, query = _dateline(rec, item)
        lang = rec.get("lang") or (item or {}).get("lang")
        dl: Location | None = resolver.resolve(query) if query is not None else None
        found = find_mentions(
            text, lang, exclude=(span,) if span else (), resolver=resolver, dateline=dl
        )
        body = span[1] if span else 0
        focus = choose_focus(found, dl, text, body_start=body, lang=lang, resolver=resolver)
        # nor places inside an institution's name ("The Washington Post"): the labels' convention
        found = [m for m in found if m.kind not in UNLABELLED_KINDS and not m.role]
        t = Tally(items=1)
        part = part_of(rec["id"])
        errors = res.errors if part == "tune" else []  # the held part is measured, not read
        want = {(m["start"], m["end"]): m for m in rec.get("mentions", ())}
        for m in found if "mentions" in rec else ():
            g = want.get((m.start, m.end))
            if g is not None:
                t.span_tp += 1
            if g is not None and g.get("country") == m.location.country_code:
                t.tp += 1
            else:
                t.fp += 1
                why = "wrong country" if g is not None else "not a labelled place"
                errors.append(
                    f"{rec['id']}: FP {m.place!r} -> {m.location.name}, "
                    f"{m.location.country_code} ({why})"
                )
        got = {(m.start, m.end): m for m in found}
        for key, g in want.items():
            m = got.get(key)
            if m is None or m.location.country_code != g.get("country"):
                t.fn += 1
                if m is None:
                    errors.append(f"{rec['id']}: FN {g['place']!r} ({g.get('country')})")
        gf = rec.get("focus")
        if gf is None:
            t.no_event = 1
            t.no_event_given = int(focus is not None)
        else:
            t.focus_n = 1
            if _focus_ok(focus, gf):
                t.focus_ok = 1
            else:
                shown = (
                    f"{focus.location.name}, {focus.location.country_code} ({focus.reason})"
                    if focus
                    else "none"
                )
                errors.append(f"{rec['id']}: FOCUS {shown}; labelled {gf['place']}")
        res.total.add(t)
        res.by_group[f"{rec['source']}/{lang}"].add(t)
        res.by_group[f"{part} part"].add(t)
    return res


def _cell(t: Tally, attr: str) -> str:
    v = getattr(t, attr)
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _table(res: Result, columns: dict[str, str]) -> list[str]:
    """Markdown rows: the totals, then one row per group; ``columns`` maps a header to the
    tally's attribute in its cells (ratios to three decimals)."""
    lines = [
        "| group | briefs | " + " | ".join(columns) + " |",
        "|---|---|" + "---|" * len(columns),
    ]
    groups = [("**all**", res.total)] + [(n, res.by_group[n]) for n in sorted(res.by_group)]
    for name, t in groups:
        lines.append(
            f"| {name} | {t.items} | " + " | ".join(_cell(t, a) for a in columns.values()) + " |"
        )
    return lines


def report(res: Result) -> str:
    """A Markdown table: totals and one row per source/language."""
    lines = _table(
        res,
        {
            "mentions P": "precision",
            "R": "recall",
            "span P": "span_precision",
            "span R": "span_recall",
            "focus acc": "focus_accuracy",
            "focus n": "focus_n",
        },
    )
    t = res.total
    lines.append("")
    lines.append(
        f"mentions: {t.tp} right, {t.fp} wrong, {t.fn} missed; "
        f"no event place labelled: {t.no_event} briefs, a focus given for {t.no_event_given}"
    )
    lines.append(
        f"targets: mention precision >= {TARGET_PRECISION} "
        f"({'met' if t.precision >= TARGET_PRECISION else 'NOT met'}), "
        f"focus accuracy >= {TARGET_FOCUS} "
        f"({'met' if t.focus_accuracy >= TARGET_FOCUS else 'NOT met'})"
    )
    if res.skipped:
        lines.append(res.skipped)
    return "\n".join(lines)


def report_focus(res: Result) -> str:
    """A Markdown table of focus accuracy alone (sets labelled for the focus, not mentions)."""
    lines = _table(
        res,
        {
            "focus acc": "focus_accuracy",
            "focus n": "focus_n",
            "no event place": "no_event",
            "a focus given": "no_event_given",
        },
    )
    if res.skipped:
        lines += ["", res.skipped]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo.mentions_eval", description=__doc__)
    ap.add_argument("--wire", type=Path, default=WIRE_DEFAULT, help="wire_samples.jsonl")
    ap.add_argument("--errors", action="store_true", help="list the tune part's misses")
    ap.add_argument(
        "--web", action="store_true", help="focus accuracy on the labelled web items instead"
    )
    ap.add_argument("--web-path", type=Path, default=WEB_DEFAULT, help="web_samples.jsonl")
    args = ap.parse_args(argv)
    if args.web:
        res = evaluate(load_web_gold(), sources=("web",), web_path=args.web_path)
        print(report_focus(res))
    else:
        res = evaluate(wire_path=args.wire)
        print(report(res))
    if args.errors:
        print()
        print("\n".join(res.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
