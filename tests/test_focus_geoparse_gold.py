"""The blind focus labels on the geoparsing corpora (tests/data/focus_geoparse_gold.jsonl).

The file is checked on its own (sample rule, shapes, both parts of the split in both corpora) and
against the shared corpora when they are there: every sampled article labelled, and
``pipeline.focus_check score`` reading it, whole, per part and per corpus. The corpora are read,
never copied: without ``../shared`` that part skips with the reason (and fails under ``CI=true``).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from needs import absent

from geo import geoparse_eval as ge
from geo.mentions_eval import load_gold
from parsing.scoring import part_of
from pipeline import focus_check

GOLD = Path(__file__).parent / "data" / "focus_geoparse_gold.jsonl"
CORPORA = ("lgl", "geovirus")


def sampled(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % 4 == 0


def corpus_of(item_id: str) -> str:
    return item_id.split("-")[0]


def labels() -> list[dict]:
    return load_gold(GOLD)


def test_about_line_states_the_rule_and_the_blindness():
    first = json.loads(GOLD.read_text("utf-8").splitlines()[0])
    assert set(first) == {"_about"}
    about = first["_about"]
    for words in ("% 4 == 0", "% 3 == 0", "held", "blind", "before any system output", "By id"):
        assert words in about, words


def test_ids_unique_in_the_sample_and_both_parts_of_both_corpora():
    recs = labels()
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    assert all(sampled(i) for i in ids), [i for i in ids if not sampled(i)]
    assert {corpus_of(i) for i in ids} == set(CORPORA)
    for corpus in CORPORA:
        parts = {part_of(i) for i in ids if corpus_of(i) == corpus}
        assert parts == {"tune", "held"}, (corpus, parts)
    # the held part is listed after the tune part
    order = [part_of(i) for i in ids]
    assert order == sorted(order, key=lambda p: p == "held")


def test_label_shapes():
    recs = labels()
    for r in recs:
        assert set(r) == {"id", "focus", "note"}, r
        assert isinstance(r["note"], str) and r["note"].strip(), r["id"]
        f = r["focus"]
        if f is None:
            continue
        assert set(f) == {"place", "country", "lat", "lon"}, r["id"]
        assert isinstance(f["place"], str) and f["place"].strip(), r["id"]
        assert f["country"] is None or re.fullmatch(r"[A-Z]{2}", f["country"]), r["id"]
        assert -90 <= f["lat"] <= 90 and -180 <= f["lon"] <= 180, r["id"]
    with_place = [r for r in recs if r["focus"] is not None]
    # most articles place their event; null is the exception (opinion, listings, worldwide)
    assert len(with_place) > 0.9 * len(recs)
    # a country code is missing only for a continent or a region across countries
    assert sum(r["focus"]["country"] is None for r in with_place) < 10


def shared_files() -> dict[str, Path]:
    files = {f.stem: f for f in ge.corpus_files(ge.SHARED_DIR)} if ge.SHARED_DIR.is_dir() else {}
    if not set(CORPORA) <= set(files):
        absent(ge.shared_missing_message(ge.SHARED_DIR))
    return files


def test_every_sampled_article_is_labelled():
    files = shared_files()
    want = set()
    for corpus in CORPORA:
        with files[corpus].open(encoding="utf-8") as fh:
            want |= {json.loads(line)["id"] for line in fh if line.strip()}
    sample = {i for i in want if sampled(i)}
    assert 150 < len(sample) < 250
    assert {r["id"] for r in labels()} == sample


def test_score_reads_the_labels_whole_per_part_and_per_corpus(tmp_path, capsys):
    """A dump that gives each labelled article its labelled place scores 1.0 everywhere; one
    that gives the point elsewhere in the same country scores 0 (the scorer's rows, not the
    system: no text is run here, so the corpora are not needed)."""
    recs = labels()

    def dumped(move: float) -> list[dict]:
        out = []
        for r in recs:
            f = r["focus"]
            focus = None
            if f is not None:
                focus = {
                    "name": f["place"] if not move else "Elsewhere",
                    "place": None,
                    "country_code": f["country"],
                    "lat": max(-90.0, min(90.0, f["lat"] + move)),
                    "lon": f["lon"],
                    "reason": "test",
                }
            out.append(
                {
                    "id": r["id"],
                    "set": corpus_of(r["id"]),
                    "part": part_of(r["id"]),
                    "focus": [focus],
                }
            )
        return out

    placed = [r for r in recs if r["focus"] is not None]
    assert focus_check.score(dumped(0.0), recs) == (len(placed), len(placed))
    held = sum(part_of(r["id"]) == "held" for r in placed)
    assert focus_check.score(dumped(5.0), recs, "held") == (0, held)
    lgl = sum(corpus_of(r["id"]) == "lgl" for r in placed)
    assert focus_check.score(dumped(0.0), recs, None, "lgl") == (lgl, lgl)

    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dumped(0.0)), "utf-8")
    assert focus_check.main(["score", str(path), "--gold", str(GOLD)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 9  # whole, tune, held; then the same for each corpus
    assert all(line.startswith("focus accuracy") and " 1.000 (" in line for line in out)
    assert any(line.startswith("focus accuracy (geovirus, held part)") for line in out)
    assert any(f"({lgl} of {lgl} labelled items)" in line for line in out)
