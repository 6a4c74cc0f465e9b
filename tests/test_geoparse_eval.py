"""The geoparsing corpus evaluation (geo.geoparse_eval): scoring rules on articles written here,
then a small slice of the shared corpora (LGL, GeoVirus) end to end.

The shared corpora are read, never copied: without ``../shared`` the slice test skips with a
message, and under ``CI=true`` it fails.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from needs import absent

from geo import geoparse_eval as ge
from pipeline.cli import main as cli_main

SHARED = ge.SHARED_DIR


def test_split_rule_is_the_projects():
    ids = [f"lgl-{n}" for n in range(300)]
    held = [i for i in ids if ge.part_of(i) == "held"]
    assert 70 < len(held) < 130  # about a third
    assert ge.part_of("geovirus-0") == ge.part_of("geovirus-0")


def test_overlap_matching_is_one_to_one_largest_first():
    gold = [(0, 16), (20, 25)]  # "Helmand Province", "Kabul"
    found = [(0, 7), (0, 16), (21, 24)]
    assert ge.match_overlap(gold, found) == {0: 1, 1: 2}
    assert ge.match_overlap([(0, 5)], [(6, 9)]) == {}


def test_auc_is_zero_for_perfect_and_one_for_antipodes():
    assert ge.auc([0.0, 0.0, 0.0]) == 0.0
    assert ge.auc([20039.0, 20039.0]) == pytest.approx(1.0, rel=1e-4)
    assert ge.auc([0.0, 20039.0]) == pytest.approx(0.5, rel=1e-4)
    assert ge.auc([]) is None
    assert math.isclose(ge.auc([100.0]), math.log1p(100.0) / math.log(20039.0))


def _article(text: str, spans: list[tuple[str, float | None, float | None]], aid: str) -> dict:
    tops = []
    for name, lat, lon in spans:
        s = text.index(name)
        tops.append({"start": s, "end": s + len(name), "name": name, "lat": lat, "lon": lon})
    return {"id": aid, "text": text, "toponyms": tops}


def test_score_article_counts_each_variant():
    text = "Flooding hit Helmand Province and Kabul, and the Acme Valley."
    rec = _article(
        text,
        [("Helmand Province", 31.0, 64.0), ("Kabul", 34.53, 69.17), ("Acme Valley", None, None)],
        "t-1",
    )
    found = [
        ge.Found(text.index("Helmand"), text.index("Helmand") + 7, 31.5, 64.2, "region", "H"),
        ge.Found(text.index("Kabul"), text.index("Kabul") + 5, 34.53, 69.17, "city", "Kabul"),
        ge.Found(text.index("Acme"), text.index("Acme") + 4, 10.0, 10.0, "city", "Acme"),
        ge.Found(0, 8, 1.0, 1.0, "city", "Flooding"),
    ]
    errors: list[str] = []
    c = ge.score_article(rec, found, errors)
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)  # "Acme" sits on coordinate-less gold: not counted
    assert (c.exact_tp, c.exact_fp, c.exact_fn) == (1, 2, 1)  # "Helmand" is not the whole span
    assert (c.all_tp, c.all_fp, c.all_fn) == (3, 1, 0)
    assert len(c.errors_km) == 2 and c.errors_km[1] == 0.0
    assert any("FP 'Flooding'" in e for e in errors)
    s = c.summary()
    assert s["acc161"] == 1.0 and s["precision"] == pytest.approx(2 / 3, abs=1e-3)


def test_cli_reads_a_corpus_file(tmp_path, capsys):
    text = "Voters in Texas and in Paris, France, went to the polls."
    rec = _article(text, [("Texas", 31.0, -100.0), ("Paris", 48.85, 2.35), ("France", 46, 2)], "x")
    path = tmp_path / "mini.jsonl"
    path.write_text(json.dumps(rec) + "\n", "utf-8")
    assert ge.looks_like_corpus(path) and ge.looks_like_corpus(tmp_path)
    assert cli_main(["eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "### mini" in out and "Wiremap, whole" in out
    assert cli_main(["eval", str(tmp_path), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res[0]["all"]["recall"] == 1.0 and res[0]["all"]["acc161"] == 1.0


def test_halves_score_the_tune_part_in_two(tmp_path, capsys):
    """``--halves``: tune A and tune B add up to the tune part; the held part is left as it is."""
    ids = [f"own-{k}" for k in range(24)]
    text = "Voters in Texas went to the polls."
    recs = [_article(text, [("Texas", 31.0, -100.0)], i) for i in ids]
    path = tmp_path / "mini.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    res = ge.evaluate_corpus(path)
    n = {h: sum(1 for i in ids if ge.half_of(i) == h) for h in ("held", "tune A", "tune B")}
    assert min(n.values()) > 0
    for h in n:
        assert res[h]["articles"] == n[h] and res[h]["gold"] == n[h]
    assert res["tune"]["articles"] == n["tune A"] + n["tune B"]
    assert ge.main([str(path), "--halves"]) == 0
    out = capsys.readouterr().out
    assert "Wiremap, tune half A" in out and "Wiremap, tune half B" in out
    assert ge.main([str(path)]) == 0
    assert "tune half A" not in capsys.readouterr().out


def test_a_broken_corpus_is_reported_in_one_line(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x", "toponyms": []}\nnot json\n', "utf-8")
    assert ge.main([str(path)]) == 2
    assert "bad.jsonl:2: not JSON" in capsys.readouterr().err


def test_shared_corpora_slice():
    """A few articles of each shared corpus, end to end: the report has every part and figure."""
    files = ge.corpus_files(SHARED) if SHARED.is_dir() else []
    if not files:
        absent(ge.shared_missing_message(SHARED))
    names = {f.stem for f in files}
    assert {"lgl", "geovirus"} <= names
    results = [ge.evaluate_corpus(f, limit=12) for f in files]
    for res in results:
        assert set(ge.PARTS) <= set(res)
        whole = res["all"]
        assert whole["articles"] == 12
        assert whole["gold"] > 0 and 0.0 <= whole["f1"] <= 1.0
        assert whole["located"] > 0 and 0.0 <= whole["acc161"] <= 1.0
        assert res["tune"]["articles"] + res["held"]["articles"] == 12
    report = ge.format_report(results)
    assert "CamCoder (published)" in report and "held part" in report


def test_missing_corpora_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ge, "SHARED_DIR", tmp_path / "nowhere")
    monkeypatch.setenv("CI", "")
    assert ge.main([]) == 0
    assert "skipped" in capsys.readouterr().out
    monkeypatch.setenv("CI", "true")
    assert ge.main([]) == 2


def test_readme_states_how_points_are_made():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    assert "geoparse" in readme and "country_points" in readme


@pytest.mark.parametrize(("ci", "outcome"), [("true", "fail"), ("TRUE", "fail"), ("", "skip")])
def test_absent_shared_data_skips_but_fails_under_ci(monkeypatch, ci, outcome):
    monkeypatch.setenv("CI", ci)
    exc = pytest.fail.Exception if outcome == "fail" else pytest.skip.Exception
    with pytest.raises(exc, match="no corpora here"):
        absent("no corpora here")
