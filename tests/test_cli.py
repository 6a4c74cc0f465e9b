"""``wiremap extract``: formats, exit status, and bad input that loses nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.record import FIELDS
from pipeline.sample import SAMPLE_PAGE

CAPTURED = "2025-11-17T08:00:00+01:00"

LATIN1_BRIEF = (
    "Zürich en São Paulo in één bericht\n"
    "GENÈVE (ANP/AFP) - De Zwitserse regering heeft maandag in Genève een nieuw akkoord "
    "gepresenteerd over de financiering van het Rode Kruis. Critici noemen het plan te vaag.\n"
)


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_records_have_every_key(capsys):
    code, out, err = run_cli(capsys, str(SAMPLE_PAGE), "--captured-at", CAPTURED)
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 8
    for record in records:
        assert list(record) == list(FIELDS)


def test_csv_has_the_same_columns(capsys):
    code, out, _ = run_cli(capsys, str(SAMPLE_PAGE), "--captured-at", CAPTURED, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 8
    assert tuple(rows[0]) == FIELDS
    assert json.loads(rows[1]["agencies"]) == ["ANP", "AFP"]
    assert rows[0]["published_at"] == ""  # unknown stays empty, never "now"


def test_geojson_is_a_feature_collection_of_located_events(capsys):
    code, out, _ = run_cli(
        capsys, str(SAMPLE_PAGE), "--captured-at", CAPTURED, "--format", "geojson"
    )
    assert code == 0
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 8
    lon, lat = collection["features"][4]["geometry"]["coordinates"]
    assert -34 < lat < -33 and -71 < lon < -70  # Santiago de Chile
    assert collection["features"][4]["properties"]["country_code"] == "CL"


def test_naive_captured_at_is_refused(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SAMPLE_PAGE), "--captured-at", "2025-11-17T08:00:00"])
    assert exc.value.code == 2
    assert "no UTC offset" in capsys.readouterr().err


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    binary = tmp_path / "photo.jpg.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(LATIN1_BRIEF.encode("latin-1"))
    return {"binary": binary, "empty": empty, "latin1": latin1}


def test_bad_inputs_are_reported_and_lose_nothing(capsys, bad_inputs):
    code, out, err = run_cli(
        capsys,
        str(bad_inputs["binary"]),
        str(SAMPLE_PAGE),
        str(bad_inputs["empty"]),
        str(bad_inputs["latin1"]),
        "--captured-at",
        CAPTURED,
    )
    records = [json.loads(line) for line in out.splitlines()]
    places = [r["place"] for r in records]
    assert places[:8] == [
        "PYONGYANG",
        "BALAKLIYA",
        "QUITO",
        "WASHINGTON",
        "SANTIAGO",
        "NEUSS",
        "WASHINGTON",
        "WASHINGTON",
    ]
    geneva = records[8]
    assert geneva["place"] == "GENÈVE"  # decoded correctly from Latin-1
    assert "Zwitserse regering heeft maandag in Genève" in geneva["text"]
    assert geneva["country_code"] == "CH"
    assert code == 1
    lines = err.strip().splitlines()
    assert any("photo.jpg.txt" in line for line in lines)
    assert "Traceback" not in err
    assert all(line.startswith("wiremap: ") for line in lines)


def test_readable_inputs_exit_zero(capsys, bad_inputs):
    code, out, err = run_cli(capsys, str(bad_inputs["latin1"]), "--captured-at", CAPTURED)
    assert code == 0, err
    assert len(out.splitlines()) == 1


def test_missing_path_is_reported(capsys, tmp_path):
    code, out, err = run_cli(capsys, str(tmp_path / "nope.txt"), str(SAMPLE_PAGE))
    assert code == 1
    assert "nope.txt" in err and "no such file" in err
    assert len(out.splitlines()) == 8


def test_folders_are_read_recursively_in_order(capsys, tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("KIEW (ANP) - Een korte melding uit de Oekraïense hoofdstad.\n")
    (tmp_path / "b" / "deep" / "c.txt").write_text(
        "OSLO (ANP/NTB) - Een korte melding uit de Noorse hoofdstad over het weer.\n"
    )
    code, out, _ = run_cli(capsys, str(tmp_path), "--captured-at", CAPTURED)
    assert code == 0
    assert [json.loads(line)["place"] for line in out.splitlines()] == ["KIEW", "OSLO"]


def test_the_installed_command_runs(tmp_path):
    """The console script itself, as a user calls it."""
    exe = Path(sys.executable).with_name("wiremap")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [str(exe), "extract", str(SAMPLE_PAGE), "--captured-at", CAPTURED],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 8
