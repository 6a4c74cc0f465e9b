"""The hot pure-Python modules, compiled by Cython where the install could, and never stale.

Why: a brief's cost is the interpreter's fixed price per call and per bytecode across a few
hundred calls in rule-heavy modules (benchmarks/RESULTS.md, speed4-speed6). Cython compiles
those modules unchanged, with Python's semantics (``annotation_typing=False``: a hint never
becomes a C type), and the interpreter's share falls.

Why not beside the sources: a compiled module next to its ``.py`` shadows it, so an edited source
would silently run the old code. Here the builds live in a folder of their own
(``<venv>/wiremap-compiled``, off ``sys.path``), each listed in ``manifest.json`` with the sha256
of the source it was built from (with the augmenting ``.pxd`` beside it, where there is one:
``geo/mentions.pxd``, ``geo/resolve.pxd`` and ``geo/disambiguate.pxd`` make the mention index,
the resolver and a text's votes classes of C fields, ``parsing/dateline.pxd`` and
``parsing/page.pxd`` make their modules' helpers C functions). ``install()`` (run by
``parsing``, ``geo`` and ``pipeline`` on import) puts a finder first on ``sys.meta_path`` that
takes a compiled module only when that hash is the one of the ``.py`` (and ``.pxd``) on disk
now; else Python imports the ``.py`` and a warning names the stale module and the command that
rebuilds it. A module never built is imported from its ``.py``
without a word. ``WIREMAP_COMPILED=0`` turns the compiled modules off (a comma list of module
names uses only those).

``tools/build_compiled.py`` builds what is missing or stale (the Makefile's install runs it;
Cython and a C compiler are needed, and without them it says so and everything runs from the
``.py`` files, with the same answers). This module knows nothing of any layer: it only imports.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import sys
import warnings
from dataclasses import fields
from pathlib import Path

from parsing.settings import get_settings

__all__ = ["HOT", "build_dir", "compiled_modules", "install", "slot_setters", "status"]

# The modules a brief's path spends its time in and that pay for their build (benchmarks/RESULTS.md,
# speed8: each one's gain; pipeline.record, 420 instructions a brief, gained nothing measurable).
HOT: tuple[str, ...] = (
    "parsing.dateline",
    "parsing.page",
    "parsing.segment",
    "parsing.timeparse",
    "geo.resolve",
    "geo.mentions",
    "geo.disambiguate",
    "geo.focus",
    "pipeline.extract",
    # the interpreted rest of every brief's path (benchmarks/RESULTS.md, speed30): the
    # language's sample, the text's repair, agency names, the record's id, the service, names'
    # folding and kinds
    "parsing.lang",
    "parsing.repair",
    "parsing.agencies",
    "pipeline.record",
    "geo.service",
    "geo.known",
    "geo.fold",
    "geo.cache",
    # the text's variety, read on the mentions path where namesakes weigh it (``geo.mentions``'s
    # ``_choose``): its marks' loops were the path's largest interpreted share (speed35)
    "parsing.variety",
    # the records every brief builds (``Brief``, ``Dateline``) and the geo layer's question and
    # answer (``PlaceQuery``, ``Location``): their ``__init__`` compiled, not run as Python
    # bytecode (speed47)
    "parsing.records",
    "geo.location",
)


def slot_setters(cls: type) -> tuple:
    """Each field's slot setter of the slotted dataclass ``cls``, in field order: the hot
    records' own ``__init__``s write with them (compiled with their module), where a frozen
    dataclass's ``__init__`` runs as bytecode through ``object.__setattr__``."""
    return tuple(cls.__dict__[f.name].__set__ for f in fields(cls))


# Python's semantics only: no hint is read as a C type, names are bound as Python binds them.
DIRECTIVES: dict[str, object] = {
    "language_level": 3,
    "annotation_typing": False,
    "binding": True,
}
# Debug info off: the same machine code, a smaller file and a quicker build.
CFLAGS: tuple[str, ...] = ("-g0",)
REBUILD = "make .venv/.compiled (or: python tools/build_compiled.py)"
ROOT = Path(__file__).resolve().parents[1]
MANIFEST = "manifest.json"
# This Python's own tag (".cpython-311-x86_64-linux-gnu.so"), the one a build is named with; the
# bare ".so" the import also accepts would take a build for another Python.
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def build_dir() -> Path:
    """Where the builds live: the environment's own folder, never beside the sources."""
    return Path(sys.prefix) / "wiremap-compiled"


def sources(py: Path) -> tuple[bytes, bytes | None]:
    """A module's ``.py`` and the augmenting ``.pxd`` beside it, if any: Cython reads that one
    with the ``.py`` (its ``cdef class`` declarations make the build), so both make a build."""
    pxd = py.with_suffix(".pxd")
    return py.read_bytes(), pxd.read_bytes() if pxd.is_file() else None


def digest(py: bytes, pxd: bytes | None) -> str:
    """The hash a build is listed with: the ``.py``'s sha256 alone when no ``.pxd`` augments it
    (as ever), else of both texts: an edited ``.pxd`` makes the build stale as an edited ``.py``."""
    h = hashlib.sha256(py)
    if pxd is not None:
        h.update(b"\0.pxd\0")
        h.update(pxd)
    return h.hexdigest()


def sha256(path: Path) -> str:
    return digest(*sources(path))


def build_key() -> dict[str, object]:
    """What besides the source makes a build: a change here rebuilds every module."""
    try:
        from Cython import __version__ as cython
    except ImportError:
        cython = None
    return {
        "cython": cython,
        "abi": SUFFIX,
        "directives": DIRECTIVES,
        "cflags": list(CFLAGS),
    }


def read_manifest(folder: Path) -> dict:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _built(folder: Path, entry: dict) -> Path | None:
    """The build a manifest entry names, if this Python can load it: a build for another Python
    (a venv remade in place) is as good as none, and its .py runs."""
    built = folder / entry.get("file", "")
    return built if built.is_file() and built.name.endswith(SUFFIX) else None


def _wanted(name: str, switch: str | None) -> bool:
    """``WIREMAP_COMPILED``: unset or ``1`` all, ``0`` none, else a comma list of the ones to use
    (one module's gain is measured, or a suspect one ruled out, without a rebuild)."""
    if switch is None or switch == "1":
        return True
    return name in {part.strip() for part in switch.split(",")}


class _CompiledLoader(importlib.machinery.ExtensionFileLoader):
    """Loads the compiled module with ``__file__`` its ``.py``: data is found beside the source."""

    def __init__(self, name: str, path: str, source: str) -> None:
        super().__init__(name, path)
        self.source = source

    def create_module(self, spec):
        module = super().create_module(spec)
        module.__file__ = self.source
        return module

    def get_source(self, fullname: str) -> str:
        return Path(self.source).read_text(encoding="utf-8")


class CompiledFinder:
    """A ``sys.meta_path`` finder: the compiled module when its source's hash is current."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.modules: dict[str, dict] = read_manifest(folder).get("modules", {})
        self.warned: set[str] = set()

    def find_spec(self, fullname: str, path=None, target=None):
        entry = self.modules.get(fullname)
        if entry is None or not _wanted(fullname, get_settings().compiled):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            return None
        built = _built(self.folder, entry)
        if built is None:
            return None
        if sha256(Path(spec.origin)) != entry.get("sha256"):
            if fullname not in self.warned:
                self.warned.add(fullname)
                warnings.warn(
                    f"{fullname}: the compiled build was made from another text of "
                    f"{spec.origin}; running the .py instead (rebuild: {REBUILD})",
                    RuntimeWarning,
                    stacklevel=2,
                )
            return None
        loader = _CompiledLoader(fullname, str(built), spec.origin)
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(built))


def install() -> None:
    """Put the finder first on ``sys.meta_path`` once per process (each package calls it)."""
    if any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, CompiledFinder(build_dir()))


def compiled_modules() -> list[str]:
    """The imported modules that run compiled now (for tests and ``status``)."""
    return sorted(
        name
        for name, module in sys.modules.items()
        if isinstance(getattr(module, "__loader__", None), _CompiledLoader)
    )


def status(folder: Path | None = None) -> dict[str, str]:
    """Each hot module's state: ``current``, ``stale`` or ``missing`` (not built)."""
    folder = build_dir() if folder is None else folder
    modules = read_manifest(folder).get("modules", {})
    result = {}
    for name in HOT:
        entry = modules.get(name)
        source = ROOT / (name.replace(".", "/") + ".py")
        if entry is None or _built(folder, entry) is None:
            result[name] = "missing"
        else:
            result[name] = "current" if sha256(source) == entry.get("sha256") else "stale"
    return result
