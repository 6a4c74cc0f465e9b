"""``--jobs``: sources read by several processes give what one process gives, in the same order."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import parallel_work
import pytest
from store_fixtures import fake_geocode

from pipeline import extract
from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.parallel import ParallelError, chunk_size, default_jobs, ordered_map
from pipeline.sample import SAMPLE_PAGE
from pipeline.store import open_store

CAPTURED = "2025-11-17T08:00:00+01:00"

# Short pages in the ANP layout, each with its own place, so that order is visible.
PLACES = ("KIEW", "OSLO", "QUITO", "LIMA", "MADRID", "BERLIJN", "ROME", "WENEN", "PRAAG", "BERN")


def _page(place: str, n: int) -> str:
    return (
        f"{place} (ANP) - Bericht {n} uit {place.title()}: de regering heeft maandag een "
        f"nieuw plan gepresenteerd voor de begroting van het komende jaar.\n"
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """24 readable pages in nested folders, one binary file and one bad sidecar among them."""
    root = tmp_path / "pages"
    for n in range(24):
        sub = root / f"d{n // 8}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"p{n:02d}.txt").write_text(_page(PLACES[n % len(PLACES)], n), encoding="utf-8")
    (root / "d1" / "p09b.txt").write_bytes(b"\x00\x01\x02 not text")
    (root / "d2" / "p17.txt.meta.json").write_text("{bad", encoding="utf-8")
    return root


# --- ordered_map ---------------------------------------------------------------------------


def _square_slowly(context, item: int) -> tuple[int, int, str]:
    time.sleep(0.01 * (item % 3))  # later items may finish first; order must not change
    return item * item, os.getpid(), context


def _fail_on_seven(context, item: int) -> int:
    if item == 7:
        raise ValueError("seven")
    return item


def _die_on_five(context, item: int) -> int:
    if item == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return item


def test_ordered_map_keeps_the_order_and_uses_several_processes():
    got = list(ordered_map(_square_slowly, range(40), jobs=2, context="ctx", chunksize=1))
    assert [square for square, _, _ in got] == [i * i for i in range(40)]
    assert {context for _, _, context in got} == {"ctx"}
    pids = {pid for _, pid, _ in got}
    assert os.getpid() not in pids and len(pids) == 2


def test_without_fork_each_worker_prepares_itself(monkeypatch):
    """Where fork is missing (macOS, Windows) the workers start fresh and load what they need."""
    from pipeline import parallel

    monkeypatch.setattr(parallel.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    work = parallel_work.prepared_here
    got = list(ordered_map(work, range(6), jobs=2, prepare=parallel_work.prepare, chunksize=1))
    assert got == [(i, True) for i in range(6)]
    assert os.getpid() not in parallel_work.prepared  # not here: in the workers


def test_ordered_map_with_one_job_runs_here():
    got = list(ordered_map(_square_slowly, range(5), jobs=1, context="ctx"))
    assert [square for square, _, _ in got] == [0, 1, 4, 9, 16]
    assert {pid for _, pid, _ in got} == {os.getpid()}


def test_an_error_in_a_worker_is_raised_here():
    with pytest.raises(ValueError, match="seven"):
        list(ordered_map(_fail_on_seven, range(20), jobs=2))


def test_a_worker_that_dies_is_one_error_not_a_hang():
    start = time.monotonic()
    with pytest.raises(ParallelError, match="--jobs 1"):
        list(ordered_map(_die_on_five, range(20), jobs=2, chunksize=1))
    assert time.monotonic() - start < 30


@pytest.mark.parametrize(("count", "jobs", "size"), [(10, 2, 1), (160, 2, 10), (10_000, 2, 16)])
def test_chunk_size(count, jobs, size):
    assert chunk_size(count, jobs) == size


def test_default_jobs_is_every_core_this_process_may_use():
    assert 1 <= default_jobs() <= (os.cpu_count() or 1)


# --- extract --jobs ------------------------------------------------------------------------


def run_extract(capsys, *args: str) -> tuple[int, list[dict], list[str]]:
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err.splitlines()


def test_extract_with_jobs_gives_what_one_process_gives(capsys, folder, tmp_path):
    missing = str(tmp_path / "nope.txt")
    one = run_extract(capsys, str(folder), missing, str(SAMPLE_PAGE), "--jobs", "1")
    two = run_extract(capsys, str(folder), missing, str(SAMPLE_PAGE), "--jobs", "2")
    assert one == two
    code, records, errors = two
    assert code == 1
    assert len(records) == 23 + 8  # the page beside the bad sidecar is reported, not read
    assert [r["place"] for r in records[:3]] == ["KIEW", "OSLO", "QUITO"]
    assert records[-8]["place"] == "PYONGYANG"  # the seed page comes after the folder
    assert len(errors) == 3 and all(line.startswith("wiremap: ") for line in errors)
    assert "p09b.txt is not text" in errors[0]
    assert "p17.txt.meta.json is not readable JSON" in errors[1]
    assert "nope.txt: no such file or folder" in errors[2]


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_every_format_is_the_same_with_jobs(capsys, folder, fmt):
    outs = []
    for jobs in ("1", "2"):
        main(["extract", str(folder), str(SAMPLE_PAGE), "--format", fmt, "--jobs", jobs])
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]
    assert "PYONGYANG (ANP" in outs[0] and "BERN (ANP)" in outs[0]


def test_a_rendered_file_comes_as_one_string_of_its_lines(tmp_path):
    from pipeline.formats import jsonl_line

    records = extract.extract_paths([SAMPLE_PAGE], geocode=fake_geocode)
    lines = [jsonl_line(r) for r in records]
    got = extract.file_events(fake_geocode, SAMPLE_PAGE, render=jsonl_line)
    assert got == (["".join(lines)], None) and len(lines) == 8
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    lines, error = extract.file_events(fake_geocode, binary, render=jsonl_line)
    assert lines == [] and "binary.txt is not text" in error


def test_extract_paths_jobs_with_a_given_geocoder():
    got = list(extract.extract_paths([SAMPLE_PAGE, SAMPLE_PAGE], geocode=fake_geocode, jobs=2))
    assert got == list(extract.extract_paths([SAMPLE_PAGE] * 2, geocode=fake_geocode))
    assert len(got) == 16


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SAMPLE_PAGE), "--jobs", value])
    assert exc.value.code == 2
    assert "number of processes" in capsys.readouterr().err


def test_online_geocoding_stays_in_one_process(capsys, folder, settings):
    from pipeline.commands import jobs_for

    settings(online=True)

    class Args:
        jobs = 2

    assert jobs_for(Args()) == 1
    assert "--jobs 2 ignored" in capsys.readouterr().err
    Args.jobs = None
    assert jobs_for(Args()) == 1
    assert capsys.readouterr().err == ""  # the default is quietly one process


# --- ingest --jobs -------------------------------------------------------------------------


def test_ingest_with_jobs_stores_what_one_process_stores(tmp_path, folder):
    stored = []
    for jobs in (1, 2):
        with open_store(str(tmp_path / f"jobs{jobs}.sqlite")) as store:
            report = ingest(store, [folder, SAMPLE_PAGE], geocode=fake_geocode, jobs=jobs)
            events = sorted(store.events(), key=lambda r: r["id"])
        outcome = [(r.name, r.events, r.added, r.error) for r in report.results]
        stored.append((outcome, events))
    assert stored[0] == stored[1]
    outcome, events = stored[1]
    assert [name for name, *_ in outcome][-1] == str(SAMPLE_PAGE)
    assert sum(1 for *_, error in outcome if error) == 2
    assert len(events) == 23 + 8
