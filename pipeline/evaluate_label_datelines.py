"""Datelines as users get them, on the blind focus labels of LGL and GeoVirus.

A label whose ``note`` starts with "dateline" says the labeller read a dateline in the text and
took its place as the focus: local papers' copy from other sources than the project's sets. For
each such item this reads the text's first record (``extract_text``, as ``wiremap extract``
does) and counts whether a dateline is read and whether its place is the label's (the same
country and the same name, or within ``SAME_PLACE_KM``), per part of the split by id (held:
``sha256(id) % 3 == 0``). It also counts the datelines read on the other items (look-alikes,
or datelines the note did not name). Only the tune part's items are listed, with their start.
By default the four blind samples are read (``GOLD``: together, every article of both corpora).

    python -m pipeline.evaluate_label_datelines [GOLD.jsonl ...] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path

from geo.distance import haversine_km
from geo.resolve import SAME_PLACE_KM
from parsing.scoring import part_of
from pipeline.evaluate import load_items
from pipeline.extract import extract_text

GOLD = (
    "tests/data/focus_geoparse_gold.jsonl",
    "tests/data/focus_geoparse_gold_2.jsonl",
    "tests/data/focus_geoparse_gold_3.jsonl",
    "tests/data/focus_geoparse_gold_4.jsonl",
)
DATA = Path("../shared/data/geoparse")


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _same(rec: dict, focus: dict) -> bool:
    if rec.get("country_code") != focus.get("country"):
        return False
    if _fold(rec.get("location_name")) == _fold(focus.get("place")):
        return True
    if rec.get("lat") is None or focus.get("lat") is None:
        return False
    return haversine_km(rec["lat"], rec["lon"], focus["lat"], focus["lon"]) <= SAME_PLACE_KM


def measure(gold: list[Path], data: Path) -> tuple[Counter, list[str]]:
    texts = {}
    for name in ("lgl.jsonl", "geovirus.jsonl"):
        texts.update({it["id"]: it["text"] for it in load_items(data / name)})
    counts: Counter = Counter()
    shown: list[str] = []
    for path in gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            if "id" not in label or label["id"] not in texts:
                continue
            gid, part = label["id"], part_of(label["id"])
            recs = extract_text(texts[gid])
            rec = recs[0] if recs else {}
            read = bool(rec.get("dateline"))
            said = (label.get("note") or "").startswith("dateline")
            if said:
                got = "right" if read and _same(rec, label.get("focus") or {}) else "wrong"
                got = got if read else "not read"
                counts[("note says dateline", part, got)] += 1
                miss = got != "right"
            else:
                kind = f"other items ({gid.split('-')[0]})"
                counts[(kind, part, "read" if read else "none")] += 1
                miss = read
            if miss and part == "tune":
                focus = label.get("focus") or {}
                shown.append(
                    f"{gid}: label {focus.get('place')}, {focus.get('country')}; read "
                    f"{rec.get('dateline')!r} -> {rec.get('location_name')}, "
                    f"{rec.get('country_code')}\n    {texts[gid][:240]!r}"
                )
    return counts, shown


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", type=Path, default=[Path(p) for p in GOLD])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    counts, shown = measure(args.gold, args.data)
    for key in sorted(counts):
        print(" | ".join(key), counts[key])
    print("\nthe tune part's misses and look-alikes:")
    print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
