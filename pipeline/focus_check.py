"""Where a change to the focus rules fires on copy without focus labels.

A focus rule can be right on the labelled briefs and wrong on the copy around them: the check is
to run two trees over the same unlabelled texts and read the briefs whose focus changed. Each
tree dumps the focus of every record of every text (``pipeline.extract.extract_text``, as users
get it); ``compare`` lists the changes per file, per part of the project's split by id
(``held`` when ``sha256(id) % 3 == 0``) and per the new focus's reason, and shows the text of
the tune part's changes only: the held part is counted, not read.

Run, from each tree (an old one from ``git archive main | tar -x -C /tmp/base``, with
``PYTHONPATH`` set to it)::

    python -m pipeline.focus_check dump OUT.json FILE.jsonl [FILE.jsonl ...] [--home US]
    python -m pipeline.focus_check compare OLD.json NEW.json [--texts FILE.jsonl ...]
    python -m pipeline.focus_check score DUMP.json [--gold tests/data/focus_web_gold.jsonl ...]

``score --halves`` also scores the tune part's two halves apart, ``tune A`` (``sha256(id) % 3 ==
1``) and ``tune B`` (``== 2``): a rule developed on one half is measured once on the other before
the held part, so a rule fitted to the items it was built on shows as a gain on A alone.

``score`` is the focus accuracy of a dump on the items labelled for where the event happened
(``geo.mentions_eval --web``'s labels) as users get it: the text's first record, its dateline
read by the parser, where ``mentions_eval`` takes the labelled dateline.

Two focuses are the same place when they share name and country, or lie in one country within
``geo.resolve.SAME_PLACE_KM`` (25 km) of each other.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import zip_longest
from pathlib import Path

from geo.distance import haversine_km
from geo.mentions_eval import WEB_GOLD, focus_matches, load_gold
from geo.resolve import SAME_PLACE_KM
from parsing.scoring import HALVES, half_of, part_of
from pipeline.commands import add_home_option
from pipeline.evaluate import load_items
from pipeline.extract import extract_text

KEYS = ("name", "country_code", "lat", "lon", "reason", "place")


def _items(paths: list[Path]):
    for path in paths:
        for item in load_items(path):
            yield path.name.split(".")[0], item


def dump(paths: list[Path], home=None) -> list[dict]:
    """The focus of every record of every text (id, file, part, one focus per record); with
    ``home`` (``geo.home.Home``), every text read as from a paper there (``--home``)."""
    out = []
    for name, item in _items(paths):
        focuses = [r["focus"] for r in extract_text(item["text"], home=home)]
        out.append(
            {
                "id": item["id"],
                "set": name,
                "part": part_of(item["id"]),
                "focus": [None if f is None else {k: f.get(k) for k in KEYS} for f in focuses],
            }
        )
    return out


def same(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return a is b
    if a["country_code"] != b["country_code"]:
        return False
    if a["name"] == b["name"]:
        return True
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]):
        return False
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= SAME_PLACE_KM


def reason_kind(focus: dict | None) -> str:
    """The kind of a focus's reason: "lead", "dateline", "joint dateline", "no dateline"..."""
    if focus is None:
        return "none"
    return focus["reason"].split(":")[0].split("(")[0].strip()


def compare(old: list[dict], new: list[dict]) -> list[dict]:
    """The records whose focus changed between two dumps of the same texts."""
    before = {x["id"]: x for x in old}
    changes = []
    for x in new:
        y = before.get(x["id"])
        if y is None:
            continue
        # a record one tree has and the other lacks is a change too (None on the missing side)
        for k, (a, b) in enumerate(zip_longest(y["focus"], x["focus"])):
            if not same(a, b):
                changes.append(
                    {
                        "id": x["id"],
                        "set": x["set"],
                        "part": x["part"],
                        "record": k,
                        "old": a,
                        "new": b,
                    }
                )
    return changes


def report(changes: list[dict], texts: dict[str, str]) -> str:
    counts = Counter((c["set"], c["part"], reason_kind(c["new"])) for c in changes)
    lines = [f"{len(changes)} records whose focus changed", "", "| set | part | new reason | n |"]
    lines.append("|---|---|---|---|")
    lines += [f"| {s} | {p} | {r} | {n} |" for (s, p, r), n in sorted(counts.items())]
    for c in changes:
        if c["part"] != "tune":
            continue  # the held part is counted, not read
        old, new = c["old"] or {}, c["new"] or {}
        lines += [
            "",
            f"{c['id']} (record {c['record']})",
            f"  old: {old.get('name')}, {old.get('country_code')} ({old.get('reason')})",
            f"  new: {new.get('name')}, {new.get('country_code')} ({new.get('reason')})",
        ]
        if c["id"] in texts:
            lines.append("  " + " ".join(texts[c["id"]].split())[:600])
    return "\n".join(lines)


def score(
    dumped: list[dict], gold: list[dict], part: str | None = None, corpus: str | None = None
) -> tuple[int, int]:
    """Right and labelled: the first record's focus of each labelled item with an event place
    (only those of one part of the split, ``tune`` or ``held``, or of one half of the tune part,
    ``tune A`` or ``tune B`` (``half_of``), when ``part`` is given, and of one dumped file, e.g.
    ``lgl``, when ``corpus`` is)."""
    focus = {x["id"]: (x["focus"] or [None])[0] for x in dumped if corpus in (None, x.get("set"))}
    ok = n = 0
    for g in gold:
        if g["focus"] is None or g["id"] not in focus:
            continue
        if part and (half_of if part in HALVES else part_of)(g["id"]) != part:
            continue
        n += 1
        f = focus[g["id"]]
        if f is not None:
            names = [f["name"], f["place"]]
            ok += focus_matches(g["focus"], names, f["country_code"], f["lat"], f["lon"])
    return ok, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m pipeline.focus_check", description=__doc__.split("\n")[0]
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="the focus of every record of the texts")
    d.add_argument("out", type=Path)
    d.add_argument("files", type=Path, nargs="+")
    add_home_option(d)
    c = sub.add_parser("compare", help="the records whose focus changed between two dumps")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--texts", type=Path, nargs="*", default=[], help="the texts, to show them")
    s = sub.add_parser("score", help="focus accuracy of a dump on focus labels (--gold)")
    s.add_argument("dump", type=Path)
    s.add_argument(
        "--gold", type=Path, action="append", help="a label file; repeat it to score the union"
    )
    s.add_argument(
        "--halves", action="store_true", help="also score the tune part's halves A and B apart"
    )
    args = ap.parse_args(argv)
    if args.cmd == "score":
        dumped = json.loads(args.dump.read_text("utf-8"))
        gold = [g for path in args.gold or [WEB_GOLD] for g in load_gold(path)]
        if len({g["id"] for g in gold}) < len(gold):
            ap.error("an id is labelled twice across the --gold files")
        corpora = sorted({x["set"] for x in dumped if x.get("set")})
        for corpus in [None, *corpora] if len(corpora) > 1 else [None]:
            for part in (None, "tune", *(HALVES if args.halves else ()), "held"):
                ok, n = score(dumped, gold, part, corpus)
                label = ", ".join(x for x in (corpus, part and f"{part} part") if x)
                print(
                    f"focus accuracy{f' ({label})' if label else ''} {ok / n if n else 1.0:.3f} "
                    f"({ok} of {n} labelled items)"
                )
        return 0
    if args.cmd == "dump":
        dumped = dump(args.files, args.home)
        args.out.write_text(json.dumps(dumped, ensure_ascii=False), "utf-8")
        return 0
    old = json.loads(args.old.read_text("utf-8"))
    new = json.loads(args.new.read_text("utf-8"))
    texts = {item["id"]: item["text"] for _, item in _items(args.texts)}
    print(report(compare(old, new), texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
