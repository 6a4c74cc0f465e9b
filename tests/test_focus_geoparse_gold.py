"""The blind focus labels on the geoparsing corpora: tests/data/focus_geoparse_gold.jsonl (the
sample ``sha256(id) % 4 == 0``), focus_geoparse_gold_2.jsonl (the second, ``% 4 == 1``),
focus_geoparse_gold_3.jsonl (the third, ``% 4 == 2``) and focus_geoparse_gold_4.jsonl (the
fourth, ``% 4 == 3``).

Each file is checked on its own (sample rule, shapes, both parts of the split in both corpora),
the files against each other (no id in two; together every article of both corpora once) and
against the shared corpora when they are there: every sampled article labelled, and
``pipeline.focus_check score`` reading one file or several, whole, per part and per corpus.
The corpora are read, never copied: without ``../shared`` that part skips with the reason (and
fails under ``CI=true``).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from needs import absent

from geo import geoparse_eval as ge
from geo.mentions_eval import load_gold
from parsing.scoring import part_of
from pipeline import focus_check

GOLD = Path(__file__).parent / "data" / "focus_geoparse_gold.jsonl"
GOLD_2 = Path(__file__).parent / "data" / "focus_geoparse_gold_2.jsonl"
GOLD_3 = Path(__file__).parent / "data" / "focus_geoparse_gold_3.jsonl"
GOLD_4 = Path(__file__).parent / "data" / "focus_geoparse_gold_4.jsonl"
RULES = {GOLD: 0, GOLD_2: 1, GOLD_3: 2, GOLD_4: 3}  # each file's sample: sha256(id) % 4 == rule
CORPORA = ("lgl", "geovirus")

each_file = pytest.mark.parametrize("gold", list(RULES), ids=lambda p: p.stem)


def sampled(item_id: str, rule: int = 0) -> bool:
    return int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % 4 == rule


def corpus_of(item_id: str) -> str:
    return item_id.split("-")[0]


def labels(gold: Path = GOLD) -> list[dict]:
    return load_gold(gold)


@each_file
def test_about_line_states_the_rule_and_the_blindness(gold):
    first = json.loads(gold.read_text("utf-8").splitlines()[0])
    assert set(first) == {"_about"}
    about = first["_about"]
    rule = f"% 4 == {RULES[gold]}"
    for words in (rule, "% 3 == 0", "held", "blind", "before any system output", "By id"):
        assert words in about, words


@each_file
def test_ids_unique_in_the_sample_and_both_parts_of_both_corpora(gold):
    recs = labels(gold)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    assert all(sampled(i, RULES[gold]) for i in ids), [
        i for i in ids if not sampled(i, RULES[gold])
    ]
    assert {corpus_of(i) for i in ids} == set(CORPORA)
    for corpus in CORPORA:
        parts = {part_of(i) for i in ids if corpus_of(i) == corpus}
        assert parts == {"tune", "held"}, (corpus, parts)
    # the held part is listed after the tune part
    order = [part_of(i) for i in ids]
    assert order == sorted(order, key=lambda p: p == "held")


def test_no_id_is_in_two_files():
    ids = [{r["id"] for r in labels(g)} for g in RULES]
    assert all(ids)
    for k, one in enumerate(ids):
        for other in ids[k + 1 :]:
            assert not one & other


@each_file
def test_label_shapes(gold):
    recs = labels(gold)
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


def corpus_ids() -> list[str]:
    """Every article id of both corpora, as the shared files list them."""
    files = shared_files()
    ids = []
    for corpus in CORPORA:
        with files[corpus].open(encoding="utf-8") as fh:
            ids += [json.loads(line)["id"] for line in fh if line.strip()]
    return ids


@each_file
def test_every_sampled_article_is_labelled(gold):
    sample = {i for i in corpus_ids() if sampled(i, RULES[gold])}
    assert 150 < len(sample) < 250
    assert {r["id"] for r in labels(gold)} == sample


def test_the_four_files_cover_every_article_once():
    """The four samples are the four remainders of one hash: together, each article of LGL
    and GeoVirus is labelled exactly once."""
    want = corpus_ids()
    got = [r["id"] for g in RULES for r in labels(g)]
    assert len(got) == len(set(got))
    assert sorted(got) == sorted(want)


def dumped(recs: list[dict], move: float) -> list[dict]:
    """A dump that gives each labelled article its labelled place (``move`` = 0) or a point
    ``move`` degrees north of it under another name."""
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
            {"id": r["id"], "set": corpus_of(r["id"]), "part": part_of(r["id"]), "focus": [focus]}
        )
    return out


@each_file
def test_score_reads_the_labels_whole_per_part_and_per_corpus(gold, tmp_path, capsys):
    """A dump that gives each labelled article its labelled place scores 1.0 everywhere; one
    that gives the point elsewhere in the same country scores 0 (the scorer's rows, not the
    system: no text is run here, so the corpora are not needed)."""
    recs = labels(gold)
    placed = [r for r in recs if r["focus"] is not None]
    assert focus_check.score(dumped(recs, 0.0), recs) == (len(placed), len(placed))
    held = sum(part_of(r["id"]) == "held" for r in placed)
    assert focus_check.score(dumped(recs, 5.0), recs, "held") == (0, held)
    lgl = sum(corpus_of(r["id"]) == "lgl" for r in placed)
    assert focus_check.score(dumped(recs, 0.0), recs, None, "lgl") == (lgl, lgl)

    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dumped(recs, 0.0)), "utf-8")
    assert focus_check.main(["score", str(path), "--gold", str(gold)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 9  # whole, tune, held; then the same for each corpus
    assert all(line.startswith("focus accuracy") and " 1.000 (" in line for line in out)
    assert any(line.startswith("focus accuracy (geovirus, held part)") for line in out)
    assert any(f"({lgl} of {lgl} labelled items)" in line for line in out)


@pytest.mark.parametrize(
    "files",
    [[GOLD, GOLD_2], [GOLD, GOLD_2, GOLD_3], list(RULES)],
    ids=["two", "three", "four"],
)
def test_score_takes_several_files_and_counts_their_union(files, tmp_path, capsys):
    """``--gold A --gold B [--gold C [--gold D]]`` scores the union: the first file's articles
    given their places and the others' moved away is right on the first's count only, per part
    and per corpus."""
    first, rest = labels(files[0]), [r for g in files[1:] for r in labels(g)]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dumped(first, 0.0) + dumped(rest, 5.0)), "utf-8")
    args = ["score", str(path)] + [a for g in files for a in ("--gold", str(g))]
    assert focus_check.main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 9

    def count(recs, part=None, corpus=None):
        return sum(
            r["focus"] is not None
            and part in (None, part_of(r["id"]))
            and corpus in (None, corpus_of(r["id"]))
            for r in recs
        )

    for part in (None, "tune", "held"):
        ok, n = count(first, part), count(first, part) + count(rest, part)
        label = f" ({part} part)" if part else ""
        assert any(
            line.startswith(f"focus accuracy{label} ") and f"({ok} of {n} labelled items)" in line
            for line in out
        ), (part, out)
    ok = count(first, "held", "geovirus")
    n = ok + count(rest, "held", "geovirus")
    held_geovirus = [line for line in out if line.startswith("focus accuracy (geovirus, held")]
    assert held_geovirus == [
        f"focus accuracy (geovirus, held part) {ok / n:.3f} ({ok} of {n} labelled items)"
    ]


def test_score_refuses_an_id_labelled_twice(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(dumped(labels(GOLD_2), 0.0)), "utf-8")
    with pytest.raises(SystemExit) as exc:
        focus_check.main(["score", str(path), "--gold", str(GOLD_2), "--gold", str(GOLD_2)])
    assert exc.value.code == 2
