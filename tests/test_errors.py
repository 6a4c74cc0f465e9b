"""One error family (as geopy's ``exc``), the one-way layers, and failures that are loud.

Every error Wiremap raises on purpose derives from ``parsing.errors.WiremapError``; the layers
import only the layers before them; a missing part of the install stops with an error instead
of quietly offering less (a command line without a command, the bundled sample instead of the
store).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from parsing.errors import WiremapError

ROOT = Path(__file__).resolve().parents[1]


def _family() -> list[type]:
    from geo.errors import GazetteerDataError, GeoCacheError, GeoError, OverridesError
    from geo.geoparse_eval import CorpusError
    from parsing.inputs import InputError
    from pipeline.actions import CorrectionError
    from pipeline.commands.export import WhenError
    from pipeline.evaluate import EvaluationError
    from pipeline.fetch import FetchError
    from pipeline.parallel import ParallelError
    from pipeline.store import StoreError
    from pipeline.watch import WatchConfigError

    return [
        InputError,
        GeoError,
        GazetteerDataError,
        GeoCacheError,
        OverridesError,
        CorpusError,
        FetchError,
        StoreError,
        WatchConfigError,
        EvaluationError,
        ParallelError,
        CorrectionError,
        WhenError,
    ]


@pytest.mark.parametrize("error", _family(), ids=lambda e: e.__name__)
def test_every_error_derives_from_wiremap_error(error):
    assert issubclass(error, WiremapError)
    assert error is not WiremapError


def test_errors_keep_the_builtin_bases_callers_catch():
    """Joining the family takes nothing away: a caller catching ValueError still catches."""
    from pipeline.actions import CorrectionError
    from pipeline.commands.export import WhenError
    from pipeline.parallel import ParallelError

    assert issubclass(CorrectionError, ValueError) and issubclass(WhenError, ValueError)
    assert issubclass(ParallelError, RuntimeError)


def test_no_other_exception_class_stands_outside_the_family():
    """A new ``class ...Error(Exception)`` (or ``(ValueError)``) must join the family."""
    classes = {}
    for package in ("parsing", "geo", "pipeline", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                    where = f"{path.relative_to(ROOT)}:{node.name}"
                    classes[node.name] = (where, [ast.unparse(b) for b in node.bases])
    del classes["WiremapError"]
    outside = [
        f"{where}{bases}"
        for where, bases in classes.values()
        if not any(b == "WiremapError" or b in classes for b in bases)
    ]
    assert len(classes) >= 13 and outside == []


# Which top-level packages each layer may import (data flows source -> parsing -> geo -> pipeline
# -> ui/dashboard). ``parsing.errors`` (the family's root), ``parsing.settings``,
# ``parsing.languages`` (the language data), ``parsing.scoring`` (precision and recall) and
# ``parsing.diskcache`` (built tables kept in the cache folder) know nothing of any layer, so
# every layer may use them; so does ``parsing.variety`` (the country a text's words are
# written in), which geo reads as a paper's country, and ``parsing.compiled`` (which build of a
# module is imported).
ALLOWED = {
    "parsing": {"parsing"},
    "geo": {
        "geo",
        "parsing.errors",
        "parsing.settings",
        "parsing.languages",
        "parsing.scoring",
        "parsing.diskcache",
        "parsing.variety",
        "parsing.compiled",
        "parsing._langwalk",  # C for text alone (geo.mentions' words), no layer's knowledge
    },
    "pipeline": {"pipeline", "parsing", "geo"},
    "ui": {"ui", "pipeline", "parsing.errors", "parsing.settings"},
}


def _project_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.split(".")[0] in ALLOWED}


def _files(layer: str) -> list[Path]:
    files = sorted((ROOT / layer).rglob("*.py"))
    return files + [ROOT / "dashboard.py"] if layer == "ui" else files


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_the_layers_before_them(layer):
    allowed = ALLOWED[layer]
    wrong = sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in _files(layer)
        for name in _project_imports(path)
        if not any(name == a or name.startswith(a + ".") for a in allowed)
    )
    assert wrong == []


def test_a_missing_command_module_stops_the_command_line(monkeypatch):
    from pipeline import cli

    monkeypatch.setattr(cli, "SUBCOMMANDS", (*cli.SUBCOMMANDS, "pipeline.commands.nosuch"))
    with pytest.raises(ModuleNotFoundError, match="pipeline.commands.nosuch"):
        cli.build_parser()


def test_an_error_no_command_reported_is_still_one_line(monkeypatch, capsys):
    from pipeline import cli
    from pipeline.store import StoreError

    def fails(args):
        raise StoreError("events.sqlite: the disk is full")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser.set_defaults(func=fails)
    assert cli.main([]) == 1
    assert capsys.readouterr().err == "wiremap: events.sqlite: the disk is full\n"


def test_the_page_source_does_not_fall_back_when_the_store_cannot_be_imported(
    tmp_path, monkeypatch, settings
):
    from ui import source

    settings(records=None, db=f"sqlite:///{tmp_path / 'events.sqlite'}")
    monkeypatch.setitem(sys.modules, "pipeline.store", None)  # import fails
    with pytest.raises(ImportError, match="pipeline.store"):
        source.open_source()
