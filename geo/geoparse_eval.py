"""Places named in the text, scored on the public geoparsing corpora (LGL, GeoVirus).

Reads ``../shared/data/geoparse/*.jsonl`` (one article a line, gold toponyms with character spans
and points; see that folder's README), runs ``geo.mentions.find_mentions`` on each article's text
and scores what it finds the way the published figures are computed:

- **Recognition** (precision, recall, F1 of place spans). The main figure uses *overlap*
  matching: a found span and a gold span that share characters may pair, one to one, the
  largest overlap first. Its gold is the toponyms with coordinates (as Gritta et al. score LGL);
  a find that overlaps a gold toponym *without* coordinates is left out of the count (neither
  right nor wrong). Beside it: *exact* spans (same start and end), and *all gold* (every
  toponym, with or without coordinates, overlap matching).
- **Resolution**, over the gold toponyms with coordinates that were found (overlap) and located:
  accuracy at 161 km (100 miles), mean and median error in km, and AUC (Jurgens et al. 2015 as
  used by Gritta et al.: ``e = ln(1 + km)`` sorted, trapezoid area over ``ln(20039) (n - 1)``;
  lower is better).

Corpora differ in what they annotate: LGL marks country adjectives ("Russian") as toponyms,
GeoVirus does not, so demonym mentions (``kind == "demonym"``) are scored on LGL and left out on
GeoVirus (as a system configured for that corpus would). Both annotate continents, which
``find_mentions`` reports only when asked (``continents=True``; wire labels leave them out).
LGL marks a place inside the name of an institution that stands there ("the Boston Globe",
"the University of Georgia"); GeoVirus does not: those mentions (role ``NAMED_IN``) are
scored on LGL and left out on GeoVirus.

Every corpus is scored on its **tune part**, its **held part** and the whole. The split is the
project's fixed rule by article id (``held`` when ``sha256(id) % 3 == 0``). ``--errors`` lists
failures of the tune part only: the held part is for measuring, not for reading.

``--halves`` also reports the tune part's two halves apart, ``tune A`` (``sha256(id) % 3 == 1``)
and ``tune B`` (``== 2``): a rule developed on A is measured once on B before the held part.

Run: ``python -m geo.geoparse_eval [FILES...] [--errors] [--halves] [--limit N] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geo.distance import haversine_km
from parsing.errors import WiremapError
from parsing.scoring import HALVES, half_of, part_of, prf

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparse"
ACC_KM = 161.0
EARTH_HALF_CIRCUMFERENCE_KM = 20039.0
PARTS = ("tune", "held", "all")
PART_LABEL = {
    "tune": "tune part",
    "tune A": "tune half A",
    "tune B": "tune half B",
    "held": "held part",
    "all": "whole",
}

# Corpus conventions: whether country adjectives ("Russian") and continents are annotated, and
# places inside the name of an institution that stands there ("the Boston Globe", "the
# University of Georgia": ``geo.mentions.NAMED_IN``)
DEMONYMS_ANNOTATED = {"lgl": True, "geovirus": False}
CONTINENTS_ANNOTATED = {"lgl": True, "geovirus": True}
NAMED_IN_ANNOTATED = {"lgl": True, "geovirus": False}

# Published anchors (see the corpus README for the sources): system -> (a@161, AUC, mean km,
# recognition P, R, F1); None where not reported.
PUBLISHED: dict[str, list[tuple[str, float | None, float | None, float | None, tuple | None]]] = {
    "lgl": [
        ("CamCoder", 0.76, 0.22, 700, None),
        ("Edinburgh Geoparser", 0.76, 0.25, 800, (0.71, 0.55, 0.62)),
        ("Yahoo! Placemaker", 0.72, 0.34, 600, (0.64, 0.55, 0.59)),
        ("GeoNames population baseline", 0.70, 0.27, 1200, None),
        ("CLAVIN", 0.71, 0.26, 1300, (0.81, 0.44, 0.57)),
        ("GeoTxt (Stanford NER)", 0.68, 0.29, 1400, (0.80, 0.59, 0.68)),
        ("Topocluster", 0.63, 0.38, 1200, (0.81, 0.64, 0.71)),
        ("Palladian (ML)", 0.78, 0.205, 890, (0.75, 0.58, 0.66)),
        ("Mordecai 3 (gold spans)", 0.827, None, 304, None),
    ],
    "geovirus": [
        ("CamCoder", 0.82, 0.31, 300, None),
        ("Edinburgh Geoparser", 0.78, 0.33, 500, None),
        ("Yahoo! Placemaker", 0.70, 0.40, 300, None),
        ("GeoNames population baseline", 0.80, 0.32, 500, None),
        ("CLAVIN", 0.79, 0.32, 600, None),
        ("GeoTxt (Stanford NER)", 0.79, 0.33, 600, None),
    ],
}


class CorpusError(WiremapError):
    """A corpus file is missing or not in the expected format; the message names it."""


def is_corpus_record(rec: object) -> bool:
    """Whether a JSON line looks like a geoparsing corpus article (text plus toponym spans)."""
    return isinstance(rec, dict) and isinstance(rec.get("text"), str) and "toponyms" in rec


def load_corpus(path: Path) -> list[dict]:
    """The articles of one corpus file, checked: every toponym span must be inside its text."""
    try:
        lines = path.read_text("utf-8").split("\n")  # not splitlines: texts hold U+0085
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"cannot read {path}: {exc}") from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        if not is_corpus_record(rec) or "id" not in rec:
            raise CorpusError(f"{path}:{n}: not a corpus article (id, text, toponyms)")
        out.append(rec)
    return out


def corpus_files(directory: Path | None = None) -> list[Path]:
    """The corpus files of a folder (default: the shared geoparse folder), by name."""
    directory = SHARED_DIR if directory is None else directory
    return sorted(directory.glob("*.jsonl")) if directory.is_dir() else []


def looks_like_corpus(path: Path) -> bool:
    """Whether ``path`` is a geoparsing corpus file (its first article has toponym spans), or
    a folder of them: how ``wiremap eval`` tells these from labelled wire briefs."""
    files = corpus_files(path) if path.is_dir() else [path]
    for f in files:
        try:
            with f.open(encoding="utf-8") as fh:
                first = fh.readline()
            if is_corpus_record(json.loads(first)):
                return True
        except (OSError, UnicodeDecodeError, ValueError):
            continue
    return False


def match_overlap(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one pairs gold index -> found index, the largest overlap first."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for fi, (fs, fe) in enumerate(found):
            ov = min(ge, fe) - max(gs, fs)
            if ov > 0:
                pairs.append((-ov, gi, fi))
    pairs.sort()
    used_g: dict[int, int] = {}
    used_f: set[int] = set()
    for _, gi, fi in pairs:
        if gi not in used_g and fi not in used_f:
            used_g[gi] = fi
            used_f.add(fi)
    return used_g


def auc(errors_km: Iterable[float]) -> float | None:
    """Area under the sorted ln(1 + error) curve, scaled to 0..1 (lower is better)."""
    e = sorted(math.log1p(max(0.0, x)) for x in errors_km)
    if len(e) < 2:
        return None if not e else e[0] / math.log(EARTH_HALF_CIRCUMFERENCE_KM)
    area = sum((e[i] + e[i + 1]) / 2 for i in range(len(e) - 1))
    return area / (math.log(EARTH_HALF_CIRCUMFERENCE_KM) * (len(e) - 1))


@dataclass
class Counts:
    """Counts for one part of one corpus; the metrics are properties."""

    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact_tp: int = 0
    exact_fp: int = 0
    exact_fn: int = 0
    all_tp: int = 0
    all_fp: int = 0
    all_fn: int = 0
    errors_km: list[float] = field(default_factory=list)
    unlocated: int = 0  # found but given no point

    def add(self, other: Counts) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def summary(self) -> dict:
        # nothing found or nothing to find scores 0, as the published tables count it
        p, r, f = prf(self.tp, self.fp, self.fn, empty=0.0)
        ep, er, ef = prf(self.exact_tp, self.exact_fp, self.exact_fn, empty=0.0)
        ap, ar, af = prf(self.all_tp, self.all_fp, self.all_fn, empty=0.0)
        errs = self.errors_km
        n = len(errs)
        return {
            "articles": self.articles,
            "gold": self.tp + self.fn,
            "found": self.tp + self.fp,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "exact_f1": round(ef, 4),
            "exact_precision": round(ep, 4),
            "exact_recall": round(er, 4),
            "all_gold_f1": round(af, 4),
            "all_gold_precision": round(ap, 4),
            "all_gold_recall": round(ar, 4),
            "located": n,
            "unlocated": self.unlocated,
            "acc161": round(sum(x < ACC_KM for x in errs) / n, 4) if n else None,
            "mean_km": round(statistics.fmean(errs), 1) if n else None,
            "median_km": round(statistics.median(errs), 1) if n else None,
            "auc": round(auc(errs), 4) if n else None,
        }


@dataclass
class Found:
    """One place the system found: span, point (None when unlocated), what it took it for."""

    start: int
    end: int
    lat: float | None
    lon: float | None
    kind: str
    name: str


def find_places(
    text: str, demonyms: bool, continents: bool, resolver=None, named_in: bool = True
) -> list[Found]:
    """What Wiremap reports for one article: its mentions, English, no dateline given (without
    ``named_in``, not those inside an institution's name: ``NAMED_IN_ANNOTATED``)."""
    from geo.mentions import find_mentions

    out = []
    for m in find_mentions(text, "en", resolver=resolver, continents=continents):
        if (m.kind == "demonym" and not demonyms) or (m.role and not named_in):
            continue
        loc = m.location
        out.append(Found(m.start, m.end, loc.lat, loc.lon, m.kind, loc.name or ""))
    return out


def score_article(rec: dict, found: list[Found], errors: list[str] | None = None) -> Counts:
    """The counts of one article (and, when ``errors`` is a list, its failures as lines)."""
    text = rec["text"]
    gold = rec["toponyms"]
    c = Counts(articles=1)
    spans = [(f.start, f.end) for f in found]
    with_pt = [g for g in gold if g.get("lat") is not None and g.get("lon") is not None]
    no_pt = [(g["start"], g["end"]) for g in gold if g.get("lat") is None or g.get("lon") is None]

    # main: overlap, gold with coordinates; finds on coordinate-less gold are not counted
    pairs = match_overlap([(g["start"], g["end"]) for g in with_pt], spans)
    matched_f = set(pairs.values())
    neutral = {
        fi
        for fi, (fs, fe) in enumerate(spans)
        if fi not in matched_f and any(min(e, fe) - max(s, fs) > 0 for s, e in no_pt)
    }
    c.tp = len(pairs)
    c.fn = len(with_pt) - c.tp
    c.fp = len(found) - c.tp - len(neutral)
    # exact spans
    exact_gold = {(g["start"], g["end"]) for g in with_pt}
    exact_found = set(spans)
    c.exact_tp = len(exact_gold & exact_found)
    c.exact_fn = len(exact_gold) - c.exact_tp
    c.exact_fp = sum(
        1
        for fs, fe in exact_found - exact_gold
        if not any(min(e, fe) - max(s, fs) > 0 for s, e in no_pt)
    )
    # all gold, overlap
    all_pairs = match_overlap([(g["start"], g["end"]) for g in gold], spans)
    c.all_tp = len(all_pairs)
    c.all_fn = len(gold) - c.all_tp
    c.all_fp = len(found) - c.all_tp

    for gi, g in enumerate(with_pt):
        fi = pairs.get(gi)
        if fi is None:
            if errors is not None:
                extra = f" [{g['fcode']}]" if g.get("fcode") else ""
                errors.append(f"{rec['id']}: FN {g['name']!r}{extra} | {_around(text, g)}")
            continue
        f = found[fi]
        if f.lat is None or f.lon is None:
            c.unlocated += 1
            continue
        km = haversine_km(f.lat, f.lon, g["lat"], g["lon"])
        c.errors_km.append(km)
        if km >= ACC_KM and errors is not None:
            extra = f" [{g['fcode']}]" if g.get("fcode") else ""
            errors.append(
                f"{rec['id']}: FAR {km:.0f} km {g['name']!r}{extra} gold {g['lat']:.2f},"
                f"{g['lon']:.2f} got {f.name} ({f.kind}) {f.lat:.2f},{f.lon:.2f} | "
                f"{_around(text, g)}"
            )
    if errors is not None:
        for fi, f in enumerate(found):
            if fi not in matched_f and fi not in neutral:
                errors.append(
                    f"{rec['id']}: FP {text[f.start : f.end]!r} -> {f.name} ({f.kind}) | "
                    f"{_around(text, {'start': f.start, 'end': f.end})}"
                )
    return c


def _around(text: str, g: dict, width: int = 50) -> str:
    s, e = g["start"], g["end"]
    left = text[max(0, s - width) : s].replace("\n", " ")
    right = text[e : e + width].replace("\n", " ")
    return f"...{left}[{text[s:e]}]{right}..."


def corpus_name(path: Path) -> str:
    return path.stem.lower()


def evaluate_corpus(
    path: Path,
    *,
    limit: int | None = None,
    errors: list[str] | None = None,
    resolver=None,
    progress: bool = False,
) -> dict:
    """Scores of one corpus file: {"tune": {...}, "held": {...}, "all": {...}, ...}."""
    name = corpus_name(path)
    articles = load_corpus(path)
    if limit is not None:
        articles = articles[:limit]
    demonyms = DEMONYMS_ANNOTATED.get(name, True)
    continents = CONTINENTS_ANNOTATED.get(name, True)
    named_in = NAMED_IN_ANNOTATED.get(name, True)
    counts = {p: Counts() for p in (*PARTS, *HALVES)}
    for k, rec in enumerate(articles, 1):
        part = part_of(rec["id"])
        found = find_places(rec["text"], demonyms, continents, resolver, named_in)
        c = score_article(rec, found, errors if part == "tune" else None)
        counts[part].add(c)
        counts["all"].add(c)
        if part == "tune":
            counts[half_of(rec["id"])].add(c)
        if progress and k % 100 == 0:
            print(f"  {name}: {k}/{len(articles)} articles", file=sys.stderr)
    return {
        "corpus": name,
        "path": str(path),
        "demonyms_scored": demonyms,
        "named_in_scored": named_in,
        **{p: counts[p].summary() for p in (*PARTS, *HALVES)},
    }


def _fmt(v, digits: int = 3) -> str:
    if v is None:
        return "—"
    if isinstance(v, float) and digits:
        return f"{v:.{digits}f}"
    return f"{v:,.0f}" if isinstance(v, float) else str(v)


def format_report(results: list[dict], halves: bool = False) -> str:
    """Markdown tables, one per corpus: the three parts (with ``halves``, the tune part's two
    halves after it), then the published anchors."""
    lines = []
    for res in results:
        name = res["corpus"]
        lines.append("")
        lines.append(
            f"### {name} ({res['all']['articles']} articles; "
            f"demonyms {'scored' if res['demonyms_scored'] else 'not annotated, left out'}"
            f"{'' if res['named_in_scored'] else '; places in institutions names left out'})"
        )
        lines.append("")
        lines.append(
            "| system / part | gold | P | R | F1 | exact F1 | all-gold F1 | located n "
            "| a@161 | mean km | median km | AUC |"
        )
        lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for p in ("tune", *HALVES, "held", "all") if halves else PARTS:
            s = res[p]
            lines.append(
                f"| Wiremap, {PART_LABEL[p]} | {s['gold']} | {_fmt(s['precision'])} | "
                f"{_fmt(s['recall'])} | {_fmt(s['f1'])} | {_fmt(s['exact_f1'])} | "
                f"{_fmt(s['all_gold_f1'])} | {s['located']} | {_fmt(s['acc161'])} | "
                f"{_fmt(s['mean_km'], 0)} | {_fmt(s['median_km'], 0)} | {_fmt(s['auc'])} |"
            )
        for system, acc, au, mean, published in PUBLISHED.get(name, ()):
            p, r, f = published if published else (None, None, None)
            lines.append(
                f"| {system} (published) | | {_fmt(p, 2)} | {_fmt(r, 2)} | {_fmt(f, 2)} | | | "
                f"| {_fmt(acc, 2)} | {_fmt(float(mean), 0) if mean else '—'} | | "
                f"{_fmt(au, 3)} |"
            )
    lines.append("")
    lines.append(
        "P/R/F1: overlap matching, one to one, largest overlap first, over the gold toponyms "
        "with coordinates (finds on coordinate-less gold not counted); exact F1: same spans; "
        "all-gold F1: every gold toponym. a@161, mean/median km and AUC (lower is better) over "
        "the gold toponyms found and located. Parts: the fixed split by article id "
        "(held = sha256(id) % 3 == 0)."
    )
    return "\n".join(lines)


def shared_missing_message(directory: Path | None = None) -> str:
    directory = SHARED_DIR if directory is None else directory
    return f"geoparsing corpora not found in {directory} (see the shared data README)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m geo.geoparse_eval",
        description="Score place recognition and resolution on the public geoparsing corpora.",
    )
    ap.add_argument(
        "files",
        nargs="*",
        type=Path,
        help=f"corpus JSONL files or folders of them (default: {SHARED_DIR})",
    )
    ap.add_argument("--limit", type=int, help="only the first N articles of each corpus")
    ap.add_argument("--errors", action="store_true", help="list the tune part's failures")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument(
        "--halves", action="store_true", help="also report the tune part's halves A and B apart"
    )
    args = ap.parse_args(argv)
    files = [f for p in args.files for f in (corpus_files(p) if p.is_dir() else [p])]
    files = files if args.files else corpus_files()
    if not files:
        msg = shared_missing_message()
        if os.environ.get("CI", "").lower() == "true":
            print(f"geoparse eval: {msg}", file=sys.stderr)
            return 2
        print(f"geoparse eval skipped: {msg}")
        return 0
    results = []
    errors: list[str] = []
    for path in files:
        try:
            results.append(
                evaluate_corpus(
                    path, limit=args.limit, errors=errors if args.errors else None, progress=True
                )
            )
        except CorpusError as exc:
            print(f"geoparse eval: {exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print(format_report(results, halves=args.halves))
    if args.errors:
        print("\nFailures in the tune parts (the held parts are not listed):")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
