"""``pipeline.evaluate_label_datelines`` on a small set written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from parsing.scoring import part_of
from pipeline.evaluate_label_datelines import GOLD, measure

ROOT = Path(__file__).resolve().parents[1]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_counts_datelines_against_the_labels(tmp_path):
    texts = {
        "lgl-1": "Council backs library. BY ANN ROY Advocate Reporter March 30, 2009 PITTSBURGH "
        "-- The council voted on Monday.",
        "lgl-2": "Council backs library. The council of Pittsburgh voted on Monday to fund it.",
        "lgl-3": "Schools close early. SACRAMENTO -- Schools will close early on Friday.",
        "lgl-4": "Flood warning issued. SACRAMENTO -- The river rose overnight, officials said.",
    }
    _write(tmp_path / "lgl.jsonl", [{"id": k, "text": v} for k, v in texts.items()])
    _write(tmp_path / "geovirus.jsonl", [])
    pgh = {"place": "Pittsburgh", "country": "US", "lat": 40.44, "lon": -79.996}
    _write(
        tmp_path / "gold.jsonl",
        [
            {"_about": "a header line is skipped"},
            {"id": "lgl-1", "focus": pgh, "note": "dateline; the vote"},
            {"id": "lgl-2", "focus": pgh, "note": "dateline; none written"},
            {"id": "lgl-3", "focus": None, "note": "a listing"},
            {"id": "lgl-4", "focus": pgh, "note": "dateline; another place read"},
        ],
    )
    counts, shown = measure([tmp_path / "gold.jsonl"], tmp_path)
    said = "note says dateline"
    assert counts[(said, part_of("lgl-1"), "right")] == 1
    assert counts[(said, part_of("lgl-2"), "not read")] == 1
    assert counts[("other items (lgl)", part_of("lgl-3"), "read")] == 1
    assert counts[(said, part_of("lgl-4"), "wrong")] == 1  # a dateline read, not the label's
    assert sum(counts.values()) == 4
    # the tune part's misses and look-alikes are listed, the held part's only counted
    listed = {line.split(":")[0] for line in shown}
    assert listed == {k for k in ("lgl-2", "lgl-3", "lgl-4") if part_of(k) == "tune"}


def test_reads_every_blind_label_file_by_default():
    """The default is every focus label file of the geoparsing corpora, the fourth included."""
    files = sorted(
        p.relative_to(ROOT).as_posix() for p in ROOT.glob("tests/data/focus_geoparse_gold*.jsonl")
    )
    assert len(files) == 4
    assert sorted(GOLD) == files
