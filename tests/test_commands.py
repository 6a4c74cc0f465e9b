"""``wiremap geocode`` and ``wiremap eval``: the decision, its reason, corrections, scores."""

from __future__ import annotations

import json

from pipeline.cli import main


def test_geocode_prints_the_decision_and_why(capsys):
    code = main(
        [
            "geocode",
            "SANTIAGO",
            "--context",
            "De presidentsverkiezingen in Chili gaan naar een tweede ronde.",
            "--lang",
            "nl",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "CL" in out.splitlines()[0]
    assert out.splitlines()[-1].startswith("why: ")


def test_geocode_splits_a_written_qualifier(capsys):
    assert main(["geocode", "LONDON, Ky.", "--json"]) == 0
    loc = json.loads(capsys.readouterr().out)
    assert loc["country_code"] == "US"
    assert 36.9 < loc["lat"] < 37.3 and -84.2 < loc["lon"] < -83.9  # London, Kentucky


def test_unknown_place_is_unresolved_not_invented(capsys):
    assert main(["geocode", "Xqzzyville"]) == 1
    assert capsys.readouterr().out.startswith("unresolved: ")


def test_a_fix_wins_over_the_gazetteer(capsys):
    assert main(["geocode", "Springfield", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    code = main(
        ["geocode", "Springfield", "--fix", "39.80,-89.65", "--label", "Springfield, IL"]
        + ["--country", "US"]
    )
    assert code == 0
    assert "saved" in capsys.readouterr().out
    assert main(["geocode", "SPRINGFIELD", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert (after["lat"], after["lon"]) == (39.80, -89.65)
    assert after["source"] == "override"
    assert before["source"] != "override"


def test_a_bad_fix_is_refused(capsys):
    assert main(["geocode", "Quito", "--fix", "north"]) == 2
    assert "LAT,LON" in capsys.readouterr().err


def test_eval_scores_a_gold_file(tmp_path, capsys):
    text = "QUITO (ANP) - Kiezers in Ecuador stemden zondag in een referendum over bases."
    gold = tmp_path / "gold.jsonl"
    items = [
        {
            "id": "own-1",
            "lang": "nl",
            "text": text,
            "dateline_raw": "QUITO (ANP) -",
            "dateline_start": 0,
            "dateline_end": 13,
            "city": "QUITO",
            "agency": ["ANP"],
            "city_country": "EC",
        },
        {
            "id": "own-2",
            "lang": "en",
            "text": "Shares rose on Monday after the central bank held its rates.",
            "dateline_raw": None,
            "city": None,
            "agency": [],
            "city_country": None,
        },
    ]
    gold.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    assert main(["eval", str(gold), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    overall = report["parsing"]["all"]["overall"]
    assert (overall["f1"], overall["country_items"], overall["right_country"]) == (1.0, 1, 1.0)
    assert set(report["parsing"]) >= {"all", "tune", "held", "failures"}
    assert main(["eval", str(gold), "--no-geo"]) == 0
    out = capsys.readouterr().out
    assert "Failures in the tune part (0" in out
    assert "no geocoding" in out


def test_eval_reports_a_missing_gold_file(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl" in capsys.readouterr().err


def test_a_store_that_cannot_open_is_one_line_and_exit_1(tmp_path, capsys):
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_bytes(b"this is not a database file at all" * 100)
    for argv in (["export", "--db", str(not_a_db)], ["ingest", "--db", str(not_a_db), "x.txt"]):
        assert main(argv) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("wiremap: "), err
        assert "Traceback" not in err[0]


def test_export_takes_a_time_ago_and_a_date_without_offset_as_utc(tmp_path, capsys):
    """``--since 24h`` counts back from now; a date without an offset is UTC, and it says so."""
    from datetime import UTC, datetime, timedelta

    from pipeline.record import FIELDS
    from pipeline.store import open_store

    now = datetime.now(UTC)
    db = str(tmp_path / "db.sqlite")

    def brief(text: str, hours: float) -> dict:
        item = dict.fromkeys(FIELDS)
        item.update(id=text[:8], text=text, published_at=(now - timedelta(hours=hours)).isoformat())
        return item

    with open_store(db) as store:
        store.add([brief("today one", 2), brief("yesterday", 30), brief("last week", 24 * 8)])

    def export(*extra: str) -> list[str]:
        capsys.readouterr()
        assert main(["export", "--db", db, *extra]) == 0
        return [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]

    assert export("--since", "24h") == ["today one"]
    assert export("--since", "2d") == ["yesterday", "today one"]
    assert export("--since", "7d", "--until", "24h") == ["yesterday"]
    day = (now - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    assert export("--since", day) == ["yesterday", "today one"]
    capsys.readouterr()
    main(["export", "--db", db, "--since", day])
    assert f"--since {day} has no UTC offset: taken as UTC" in capsys.readouterr().err
    assert main(["export", "--db", db, "--since", "gisteren"]) == 2
    assert "not a time: 'gisteren'" in capsys.readouterr().err
