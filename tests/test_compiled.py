"""The compiled copies of the hot modules (``parsing.compiled``) are used only when current.

A build is taken only when the sha256 of the source it was made from is the one of the ``.py``
on disk now: an edited source runs as written, with a warning that names the module and the
rebuild command. A missing build falls back to the ``.py`` silently, ``WIREMAP_COMPILED=0``
turns every build off, and a compiled module sees a monkeypatched global as the ``.py`` does.
Under ``CI=true`` every hot module must be built, current and imported compiled, with the same
records as its ``.py``: CI measures what users run.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import traceback
import warnings
from pathlib import Path

import pytest

from parsing import compiled
from parsing.settings import Settings, use_settings

ROOT = Path(__file__).resolve().parents[1]
CI = os.environ.get("CI") == "true"
TOY = '''"""A module made for this test."""

VALUE = 1


def value() -> int:
    return VALUE


def fail() -> None:
    raise ValueError("from the toy")
'''


def _build():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from build_compiled import build
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return build


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    """A one-module package in a temp tree, compiled into a folder of its own by the real build."""
    if not CI:
        pytest.importorskip("Cython", reason="Cython is not installed (pip install '.[compiled]')")
    build = _build()
    root = tmp_path_factory.mktemp("toy")
    (root / "src" / "toypkg").mkdir(parents=True)
    (root / "src" / "toypkg" / "__init__.py").write_text("")
    (root / "src" / "toypkg" / "hot.py").write_text(TOY)
    folder = root / "build"
    with contextlib.chdir(root):  # as make runs it: the build folder below the working one
        assert build(("toypkg.hot",), folder=folder, root=root / "src", jobs=1) == ["toypkg.hot"]
    assert build(("toypkg.hot",), folder=folder, root=root / "src", jobs=1) == []  # current
    return root / "src" / "toypkg", folder


def _spec(toy_tree):
    package, folder = toy_tree
    return compiled.CompiledFinder(folder).find_spec("toypkg.hot", [str(package)])


def test_a_current_build_is_used_and_sees_its_globals_patched(toy, monkeypatch):
    spec = _spec(toy)
    assert spec is not None and isinstance(spec.loader, compiled._CompiledLoader)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert type(module.value).__name__ == "cython_function_or_method"
    assert module.__file__ == str(toy[0] / "hot.py")  # data beside the source is found
    assert module.value() == 1
    monkeypatch.setattr(module, "VALUE", 2)
    assert module.value() == 2
    sys.modules.pop("toypkg.hot", None)  # Cython's init registers it; the test leaves no trace


def test_a_traceback_names_the_source_beside_the_package(toy):
    """Not the build's temporary copy, deleted once built: an editor or a reader finds it."""
    spec = _spec(toy)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules.pop("toypkg.hot", None)
    with pytest.raises(ValueError) as raised:
        module.fail()
    frame = traceback.extract_tb(raised.value.__traceback__)[-1]
    assert frame.filename == "toypkg/hot.py" and frame.name == "toypkg.hot.fail"
    assert frame.line == 'raise ValueError("from the toy")'


def test_the_switch_turns_the_builds_off(toy):
    use_settings(Settings(compiled="0"))
    assert _spec(toy) is None
    use_settings(Settings(compiled="parsing.dateline, geo.focus"))
    assert _spec(toy) is None
    for switch in ("1", "geo.focus,toypkg.hot"):
        use_settings(Settings(compiled=switch))
        assert _spec(toy) is not None


def test_an_edited_source_runs_from_its_py_with_one_warning(toy, tmp_path):
    package, folder = toy
    edited = tmp_path / "toypkg"
    edited.mkdir()
    (edited / "hot.py").write_text(TOY.replace("VALUE = 1", "VALUE = 3"))
    finder = compiled.CompiledFinder(folder)
    with pytest.warns(
        RuntimeWarning, match=r"toypkg\.hot: .* another text of .*make \.venv/\.compiled"
    ):
        assert finder.find_spec("toypkg.hot", [str(edited)]) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert finder.find_spec("toypkg.hot", [str(edited)]) is None  # warned once


def test_a_pxd_beside_the_source_joins_its_hash(toy, tmp_path):
    """No ``.pxd``: the hash is the ``.py``'s alone (builds made before stay current); an added
    or edited ``.pxd`` makes the build stale, as an edited ``.py`` does."""
    package, folder = toy
    assert compiled.sha256(package / "hot.py") == hashlib.sha256(TOY.encode()).hexdigest()
    copy = tmp_path / "toypkg"
    shutil.copytree(package, copy)
    finder = compiled.CompiledFinder(folder)
    assert finder.find_spec("toypkg.hot", [str(copy)]) is not None
    (copy / "hot.pxd").write_text("cdef int unused\n")
    with pytest.warns(RuntimeWarning, match=r"toypkg\.hot: .* another text of"):
        assert finder.find_spec("toypkg.hot", [str(copy)]) is None


TOY_CLASS = '''"""A module with a class that a .pxd beside it makes a class of C fields."""


class Box:
    def __init__(self, value):
        self.value = value

    def twice(self):
        return 2 * self.value
'''


def test_a_class_augmented_by_its_pxd_is_built_with_its_fields(tmp_path):
    """The build passes the ``.pxd`` to Cython: the class has its fields and no ``__dict__``
    compiled, and answers as the ``.py``'s class does."""
    if not CI:
        pytest.importorskip("Cython", reason="Cython is not installed (pip install '.[compiled]')")
    package = tmp_path / "src" / "boxpkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "box.py").write_text(TOY_CLASS)
    (package / "box.pxd").write_text("cdef class Box:\n    cdef public object value\n")
    folder = tmp_path / "build"
    with contextlib.chdir(tmp_path):
        assert _build()(("boxpkg.box",), folder=folder, root=tmp_path / "src", jobs=1) == [
            "boxpkg.box"
        ]
    spec = compiled.CompiledFinder(folder).find_spec("boxpkg.box", [str(package)])
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules.pop("boxpkg.box", None)  # Cython's init registers it; the test leaves no trace
    box = module.Box(21)
    assert box.twice() == 42 and box.value == 21
    assert not hasattr(box, "__dict__")  # C fields: the .pxd was read


def test_a_missing_build_or_manifest_falls_back_silently(toy, tmp_path):
    package, _ = toy
    assert (
        compiled.CompiledFinder(tmp_path / "nothing").find_spec("toypkg.hot", [str(package)])
        is None
    )
    (tmp_path / "manifest.json").write_text(
        json.dumps({"modules": {"toypkg.hot": {"file": "gone.so", "sha256": "0"}}})
    )
    assert compiled.CompiledFinder(tmp_path).find_spec("toypkg.hot", [str(package)]) is None
    (tmp_path / "manifest.json").write_text("{not json")
    assert compiled.CompiledFinder(tmp_path).find_spec("toypkg.hot", [str(package)]) is None


def test_a_build_for_another_python_is_neither_used_nor_kept(toy, tmp_path):
    """A venv remade in place with another Python keeps the old builds: their ``.so`` names
    another ABI, so the import takes the ``.py`` and the build tool makes them again."""
    package, folder = toy
    shutil.copytree(folder, tmp_path / "build")
    manifest = compiled.read_manifest(tmp_path / "build")
    entry = manifest["modules"]["toypkg.hot"]
    built = tmp_path / "build" / entry["file"]
    other = built.with_name("hot.cpython-39-x86_64-linux-gnu.so")
    built.rename(other)
    entry["file"] = str(other.relative_to(tmp_path / "build"))
    manifest["build"]["abi"] = ".cpython-39-x86_64-linux-gnu.so"
    (tmp_path / "build" / "manifest.json").write_text(json.dumps(manifest))
    finder = compiled.CompiledFinder(tmp_path / "build")
    assert finder.find_spec("toypkg.hot", [str(package)]) is None
    rebuilt = _build()(("toypkg.hot",), folder=tmp_path / "build", root=package.parent, jobs=1)
    assert rebuilt == ["toypkg.hot"]
    assert compiled.CompiledFinder(tmp_path / "build").find_spec("toypkg.hot", [str(package)])


def test_a_module_taken_off_the_list_is_no_longer_used(toy, tmp_path):
    package, folder = toy
    shutil.copytree(folder, tmp_path / "build")
    assert _build()((), folder=tmp_path / "build") == []
    assert compiled.read_manifest(tmp_path / "build")["modules"] == {}
    assert (
        compiled.CompiledFinder(tmp_path / "build").find_spec("toypkg.hot", [str(package)]) is None
    )


_BUILD_TOY = """
import json, sys
sys.path.insert(0, sys.argv[1])
from build_compiled import build
from pathlib import Path
print(json.dumps(build(("toypkg.hot",), folder=Path(sys.argv[2]), root=Path(sys.argv[3]), jobs=1)))
"""


def test_two_builds_at_once_take_turns(toy, tmp_path):
    """Two ``make`` runs at once (a test run and ``make run``): one builds, the other then finds
    the build current, and the manifest lists it, where at once both would compile and each
    write its own manifest."""
    package, _ = toy
    folder = tmp_path / "build"
    args = [sys.executable, "-c", _BUILD_TOY, str(ROOT / "tools"), str(folder), str(package.parent)]
    runs = [subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, text=True) for _ in "ab"]
    built = sorted(json.loads(run.communicate()[0]) for run in runs)
    assert [run.returncode for run in runs] == [0, 0]
    assert built == [[], ["toypkg.hot"]]
    assert compiled.CompiledFinder(folder).find_spec("toypkg.hot", [str(package)]) is not None


def test_without_a_working_compiler_the_build_fails_before_cythonize(toy, tmp_path, monkeypatch):
    """``make`` asks the tool on every run: a machine with no compiler must not pay a minute's
    cythonize each time to learn it again."""
    import Cython.Build

    package, _ = toy
    monkeypatch.setenv("CC", "/bin/false")

    def cythonize(*args, **kwargs):
        raise AssertionError("cythonize ran before the compiler was tried")

    monkeypatch.setattr(Cython.Build, "cythonize", cythonize)
    with pytest.raises(Exception, match="/bin/false") as raised:
        _build()(("toypkg.hot",), folder=tmp_path / "build", root=package.parent, jobs=1)
    assert not isinstance(raised.value, AssertionError)


def test_the_finder_is_first_and_installed_once():
    compiled.install()
    finders = [f for f in sys.meta_path if isinstance(f, compiled.CompiledFinder)]
    assert len(finders) == 1 and sys.meta_path.index(finders[0]) == 0


def test_every_module_imported_compiled_is_current():
    """Whatever the environment, a compiled module in this process was built from its source."""
    # Every hot module, imported by name: the record's path imports some of them only when
    # first used (the geocoding service, its cache), so one import does not load them all.
    for name in compiled.HOT:
        importlib.import_module(name)

    state = compiled.status()
    assert all(state[name] == "current" for name in compiled.compiled_modules())
    if CI and os.environ.get("WIREMAP_COMPILED") != "0":
        assert state == {name: "current" for name in compiled.HOT}
        assert compiled.compiled_modules() == sorted(compiled.HOT)


_RECORDS = """
import json, sys
from benchmarks.corpus import NOW, briefs
from parsing.compiled import compiled_modules
from pipeline.extract import extract_text
texts = list(briefs(120, seed=8))
out = [extract_text(t, captured_at=NOW, mentions=m) for m in (False, True) for t in texts]
print(json.dumps({"compiled": compiled_modules(), "records": out}, default=str, sort_keys=True))
"""


def _json_of(script: str, switch: str) -> dict:
    """What ``script`` prints (JSON), run in a process of its own with the builds on ("1") or
    off ("0")."""
    env = {**os.environ, "WIREMAP_COMPILED": switch}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _records(switch: str) -> dict:
    return _json_of(_RECORDS, switch)


def test_the_compiled_modules_give_the_records_of_the_py_files():
    on, off = _records("1"), _records("0")
    assert off["compiled"] == []
    built = {name for name, state in compiled.status().items() if state == "current"}
    assert set(on["compiled"]) == built
    if CI:
        assert built == set(compiled.HOT)
    assert len(on["records"]) == 240 and on["records"] == off["records"]


_ANSWERS = """
import json, random
from benchmarks.corpus import briefs
from geo.location import PlaceQuery
from geo.resolve import Resolver
from parsing.compiled import compiled_modules

r = Resolver()
g = r.g
rng = random.Random(52)
texts = list(briefs(60, seed=52))
names = [g.name[i] for i in range(0, len(g.name), 1901)]
names += ["SANTIAGO", "Springfield", "San José", "PARIS", "London", "Hamilton", "Victoria"]
names += ["Santa Clara", "Córdoba", "Valencia", "Portland", "Georgetown", "WARREN COUNTY"]
names += ["DUBAI/PARIS", "N.Y.", "Ore.", "NY", "Jabalya refugee camp", "Parijs", "KYIV"]
quals = [None, "Ky.", "Texas", "Chili", "RS", "SC", "Ohio", "Costa Rica", "Toledo", "zz"]
langs = [None, "en", "es", "de", "nl", "pt", "fr", "EN", "xx"]
agencies = [(), ("AP",), ("ANP",), ("EFE", "AFP"), ("PTI",)]
extra = ["", "Texas and Ohio officials said.", "The Chilean government", "in Stanford, Calif.",
         "Butler County Coroner's Office", "Colour and towards the footpath, the council tax."]
queries = []
for name in names:
    for _ in range(3):
        text = rng.choice(texts) + " " + rng.choice(extra) + " " + rng.choice(names)
        queries.append((name if rng.random() < 0.7 else name.upper(), rng.choice(quals), text,
                        rng.choice(langs), rng.choice(agencies)))
hostile = ["", " ", "...", "\\x00\\x01", "A" * 500, "Paris\\u200b", "Pa\\nris", "123", "ÉÉ"]
for name in hostile:
    queries.append((name, None, "x" * 100_000, "en", ()))
    queries.append((name, "\\x00", "\\ud800 Chile", None, ("AP",)))
odd = [(None, None, "", None, ()), (123, None, "", "en", ()), ("Paris", 5, 7, 8, 9),
       ("Paris", None, None, None, "AFP"), ("Paris", None, b"bytes", "en", ["AP", 3])]
out = []
for q in [PlaceQuery(*a) for a in queries] + [PlaceQuery(*a) for a in odd]:
    for _ in range(2):  # again: the memo's answer
        loc = r.resolve(q)
        out.append([loc.query, loc.name, loc.lat, loc.lon, loc.country_code, loc.admin1,
                    loc.geonameid, loc.precision, loc.confidence, loc.reason, loc.source])
print(json.dumps({"compiled": "geo.resolve" in compiled_modules(), "answers": out}))
"""


def test_the_compiled_resolver_answers_as_the_py_class():
    # Compiled, ``Resolver`` is a class of C fields whose hot methods are ``cpdef``
    # (``geo/resolve.pxd``, speed52): its answers must be the ``.py`` class's for every query, not
    # only the shared briefs'. Both run in a process of their own (``WIREMAP_COMPILED`` on and off)
    # over the same queries: gazetteer names in their cases, joined and abbreviated, with
    # qualifiers, agencies, languages and texts that name countries, regions and towns, and hostile
    # ones (no name, no letters, a huge text, control characters, values of the wrong type). Each
    # answer is compared field by field, the reason included.
    on, off = _json_of(_ANSWERS, "1"), _json_of(_ANSWERS, "0")
    assert not off["compiled"]
    assert on["compiled"] == (compiled.status()["geo.resolve"] == "current")
    assert len(on["answers"]) == len(off["answers"]) > 600
    for got, want in zip(on["answers"], off["answers"], strict=True):
        assert got == want
    # the queries reach answers of every kind: placed, unresolved, and the error contract's
    reasons = [a[9] for a in off["answers"]]
    assert any(a[2] is not None for a in off["answers"])
    assert any("not in the gazetteer" in r for r in reasons)
    assert any("in text" in r for r in reasons)


_IMPORT_PAGE = """
import parsing.page
from parsing.compiled import compiled_modules
print(parsing.page.__file__, getattr(parsing.page, "EDITED", None), compiled_modules())
"""


def test_a_copy_of_the_tree_with_an_edited_source_runs_that_source(tmp_path):
    """The real build and a copy of ``parsing`` with ``page.py`` edited: the edit runs."""
    shutil.copytree(ROOT / "parsing", tmp_path / "parsing", ignore=shutil.ignore_patterns("*.pyc"))
    edited = tmp_path / "parsing" / "page.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nEDITED = 'yes'\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "WIREMAP_COMPILED": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_PAGE], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    file, mark, names = done.stdout.split(" ", 2)
    assert (file, mark) == (str(edited), "yes") and "parsing.page" not in names
    if compiled.status()["parsing.page"] == "current":  # built here: the copy's build is stale
        assert "parsing.page: the compiled build was made from another text of" in done.stderr
        assert "make .venv/.compiled" in done.stderr
        assert "parsing.dateline" in names  # the unedited copies still run compiled


def test_make_asks_the_build_tool_even_when_its_stamp_is_newer_than_every_source(tmp_path):
    """The stamp's date is no proof: a source saved during a build, or copied with an older date,
    is older than the stamp yet not what was built. ``make`` runs the tool, which checks hashes."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    sources = [name.replace(".", "/") + ".py" for name in compiled.HOT]
    sources += ["parsing/compiled.py", "tools/build_compiled.py", "pyproject.toml", "setup.py"]
    sources += ["parsing/_langwalk.c", ".venv/bin/python", ".venv/.installed", ".venv/.compiled"]
    for age, name in enumerate(reversed(sources)):  # the stamp newest, every source older
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        os.utime(path, (1_700_000_000 - age * 60, 1_700_000_000 - age * 60))
    done = subprocess.run(
        ["make", "-n", ".venv/.compiled"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert ".venv/bin/python tools/build_compiled.py" in done.stdout
