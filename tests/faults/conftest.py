"""Fixtures for the fault suite: the test gazetteer, a good page, and the CLI with its output."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from store_fixtures import fake_geocode

from pipeline import extract

GOOD_PAGE = (
    "Stroom uitgevallen\n"
    "2 uur geledenKYIV (ANP/RTR) - Russische drones hebben vannacht een energiecentrale in de "
    "regio Kyiv geraakt, meldt de gouverneur.\n"
)


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch):
    """The CLI's default geocoder replaced by the test gazetteer: fault cases stay fast."""
    monkeypatch.setattr(extract, "default_geocoder", lambda: fake_geocode)


@dataclass
class Run:
    code: int
    out: list[str]
    err: list[str]

    @property
    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.out]


@pytest.fixture
def wiremap(capsys):
    """Run the ``wiremap`` CLI in-process; stdout and stderr come back as lines."""
    from pipeline.cli import main

    def run(*args: str) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse refusing an option
            code = exit_.code
        got = capsys.readouterr()
        return Run(code, got.out.splitlines(), got.err.splitlines())

    return run


@pytest.fixture
def good(tmp_path):
    """A readable page with one brief from KYIV, beside the hostile inputs of a test."""
    path = tmp_path / "good.txt"
    path.write_text(GOOD_PAGE, encoding="utf-8")
    return path
