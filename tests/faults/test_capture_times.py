"""Bad sidecars and extreme capture times: one line about the bad file, the good one still read."""

from __future__ import annotations

import pytest

from parsing.inputs import InputError, captured_at_for

DEEP = "[" * 200_000 + "]" * 200_000

BAD_SIDECARS = [
    ("{bad", "not readable JSON"),
    (DEEP, "nested too deeply"),
    ('{"captured_at": "2025-11-17T08:00:00"}', "has no UTC offset"),
    ('{"captured_at": 12345}', "not an ISO 8601 text"),
    ('{"captured_at": "12345"}', "not ISO 8601"),
    ('{"captured_at": "9999-12-31T23:59:59-14:00"}', "out of range"),
    ('{"captured_at": "2999-01-01T00:00:00+00:00"}', "in the future"),
    ('{"captured_at": "0001-01-01T00:30:00+14:00"}', "out of range"),
    ('{"captured_at": "1850-06-01T12:00:00+00:00"}', "before 1900"),
    ('{"captured_at": "2025-11-17T08:00:00+01:00"' + " " * 1_100_000 + "}", "not a sidecar"),
]


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize(("sidecar", "reason"), BAD_SIDECARS, ids=[r for _, r in BAD_SIDECARS])
def test_a_bad_sidecar_is_one_line_and_the_good_file_is_read(
    tmp_path, good, wiremap, command, sidecar, reason
):
    bad = tmp_path / "a.txt"
    bad.write_text(good.read_text(encoding="utf-8").replace("KYIV", "QUITO"), encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text(sidecar, encoding="utf-8")
    db = ["--db", tmp_path / "db.sqlite"] if command == "ingest" else []
    run = wiremap(command, bad, good, *db)
    assert run.code == 1
    [line] = [line for line in run.err if "a.txt.meta.json" in line]
    assert line.startswith("wiremap: ") and reason in line
    assert not any("Traceback" in line for line in run.err)
    if command == "extract":
        assert [r["place"] for r in run.records] == ["KYIV"]
    else:
        assert run.err[-1].endswith("1 source read, 1 event: 1 new, 0 already stored; 1 failed")


@pytest.mark.parametrize("sidecar", ["12345", "null", "[]", '"2025"', '{"other": 1}'])
def test_a_sidecar_without_a_capture_time_falls_back_to_the_mtime(tmp_path, good, wiremap, sidecar):
    (tmp_path / "good.txt.meta.json").write_text(sidecar, encoding="utf-8")
    run = wiremap("extract", good)
    assert run.code == 0 and run.err == []
    assert [r["captured_at_basis"] for r in run.records] == ["mtime"]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("0001-01-01T00:30:00+14:00", "out of range"),
        ("9999-12-31T23:59:59-14:00", "out of range"),
        ("2999-01-01T00:00:00+00:00", "in the future"),
        ("1066-10-14T09:00:00+00:00", "before 1900"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_impossible_captured_at_option_is_refused_up_front(
    good, wiremap, command, value, reason
):
    run = wiremap(command, good, "--captured-at", value)
    assert run.code == 2
    assert repr(value) in run.err[-1] and reason in run.err[-1]
    assert not any("Traceback" in line for line in run.err)


def test_an_mtime_in_the_far_future_is_unknown_not_used(tmp_path, good):
    import os

    os.utime(good, (4_000_000_000, 4_000_000_000))  # the year 2096
    assert captured_at_for(good) == (None, None)


def test_the_library_refuses_an_impossible_option_too(good):
    from datetime import UTC, datetime

    with pytest.raises(InputError, match="in the future"):
        captured_at_for(good, datetime(9999, 1, 1, tzinfo=UTC))
