"""How soon a running process sees the user's corrections (``geo.cache.Overrides``).

The promise: a fix written by this process (``add_fix``, the page's correction) is used by the
next lookup, whichever ``Overrides`` reads the file; one written by another process (``wiremap
geocode --fix`` while the dashboard runs, a hand edit) within ``CHECK_EVERY`` seconds. Between
two looks at the file a lookup makes no system call.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo import cache as geo_cache
from geo.cache import CHECK_EVERY, Overrides, add_fix
from geo.location import PlaceQuery

ROOT = Path(__file__).resolve().parent.parent


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = _Clock()
    monkeypatch.setattr(geo_cache, "_clock", fake)
    return fake


def _fix(name: str, lat: float, lon: float) -> dict:
    location = {"query": name, "name": name, "lat": lat, "lon": lon, "source": "override"}
    return {"name": name, "qualifier": None, "location": location}


def _write_elsewhere(path: Path, *fixes: dict) -> None:
    """The file as another process writes it: no ``add`` in this one."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"fixes": list(fixes)}), "utf-8")
    os.replace(tmp, path)


def test_another_process_fix_is_seen_within_check_every(tmp_path, clock):
    path = tmp_path / "fixes.json"
    fixes = Overrides(path)
    assert fixes.lookup(PlaceQuery("Tripoli")) is None  # no file: looked at now
    _write_elsewhere(path, _fix("Tripoli", 34.43, 35.84))
    clock.now += CHECK_EVERY / 2
    assert fixes.lookup(PlaceQuery("Tripoli")) is None  # not looked at again yet
    clock.now += CHECK_EVERY / 2
    assert fixes.lookup(PlaceQuery("TRIPOLI")).lat == 34.43  # CHECK_EVERY after the last look
    # an edit of the file and its removal are seen the same way
    _write_elsewhere(path, _fix("Tripoli", 32.89, 13.19))
    assert fixes.lookup(PlaceQuery("Tripoli")).lat == 34.43
    clock.now += CHECK_EVERY
    assert fixes.lookup(PlaceQuery("Tripoli")).lat == 32.89
    path.unlink()
    clock.now += CHECK_EVERY
    assert fixes.lookup(PlaceQuery("Tripoli")) is None


def test_a_fix_written_here_is_seen_at_once(tmp_path, clock):
    path = tmp_path / "fixes.json"
    service_side = Overrides(path)  # as the geocoding service holds it
    assert service_side.lookup(PlaceQuery("Springfield")) is None
    add_fix("Springfield", lat=39.80, lon=-89.65, country_code="us", path=path)  # the page
    found = service_side.lookup(PlaceQuery("SPRINGFIELD"))  # the clock has not moved
    assert (found.lat, found.source) == (39.80, "override")


def test_no_system_call_between_looks(tmp_path, clock, monkeypatch):
    path = tmp_path / "fixes.json"
    _write_elsewhere(path, _fix("Tripoli", 34.43, 35.84))
    fixes = Overrides(path)
    assert fixes.lookup(PlaceQuery("Tripoli")).lat == 34.43
    calls = []
    for name in ("access", "stat"):
        real = getattr(os, name)
        monkeypatch.setattr(
            os, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k)
        )
    for _ in range(5):
        assert fixes.lookup(PlaceQuery("Tripoli")).lat == 34.43
        assert fixes.lookup(PlaceQuery("Paris")) is None
    assert calls == []
    clock.now += CHECK_EVERY
    assert fixes.lookup(PlaceQuery("Tripoli")).lat == 34.43
    assert calls == ["stat"]  # the file looked at again, unchanged: not read again


def test_a_broken_file_gives_no_fix_until_mended(tmp_path, clock):
    path = tmp_path / "fixes.json"
    path.write_text("{not json", "utf-8")
    fixes = Overrides(path)
    assert fixes.lookup(PlaceQuery("Tripoli")) is None
    _write_elsewhere(path, _fix("Tripoli", 34.43, 35.84))
    # a broken file is looked at again on every lookup (as before): the mended one at once
    assert fixes.lookup(PlaceQuery("Tripoli")).lat == 34.43


def test_a_fix_from_another_process_in_real_time(tmp_path):
    """The promise with the real clock and a real second process (``wiremap geocode --fix``'s
    own call)."""
    path = tmp_path / "fixes.json"
    fixes = Overrides(path)
    assert fixes.lookup(PlaceQuery("Tripoli")) is None
    code = (
        "from geo.cache import add_fix; "
        f"add_fix('Tripoli', lat=34.43, lon=35.84, country_code='lb', path={str(path)!r})"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
    time.sleep(CHECK_EVERY)
    assert fixes.lookup(PlaceQuery("Tripoli")).country_code == "LB"
