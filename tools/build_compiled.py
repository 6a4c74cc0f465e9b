"""Build the hot modules' compiled copies (``parsing.compiled``) where missing or stale.

Run by the Makefile's install (``make .venv/.compiled``). Cython and a C compiler are needed;
without them this says so and exits 0: everything then runs from the ``.py`` files, with the
same answers. The builds go to ``<venv>/wiremap-compiled``, never beside the sources.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from parsing.compiled import (
    CFLAGS,
    DIRECTIVES,
    HOT,
    MANIFEST,
    ROOT,
    build_dir,
    build_key,
    digest,
    read_manifest,
    sources,
    status,
)


def build(
    modules: tuple[str, ...] = HOT, folder: Path | None = None, root: Path = ROOT, jobs: int = 2
) -> list[str]:
    """Compile each module of ``modules`` whose build is missing or stale; return those built.

    The source's bytes (and its augmenting ``.pxd``'s, if any) are read once, hashed and
    compiled from a copy, so the hash in the manifest is the one of the very text compiled.
    Raises ``ImportError`` without Cython.
    """
    folder = build_dir() if folder is None else folder
    with _one_build_at_a_time(folder):
        return _build(modules, folder, root, jobs)


@contextlib.contextmanager
def _one_build_at_a_time(folder: Path) -> Iterator[None]:
    """Two builds into one folder (two ``make`` runs, a test and a ``make run``) take turns: the
    second reads the manifest the first wrote and builds only what is still missing, where at
    once each would write its own manifest over the other's."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, the last manifest written wins
        yield
        return
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _build(modules: tuple[str, ...], folder: Path, root: Path, jobs: int) -> list[str]:
    manifest = read_manifest(folder)
    listed = manifest.get("modules", {}) if manifest.get("build") == build_key() else {}
    known = {name: entry for name, entry in listed.items() if name in modules}
    todo: dict[str, tuple[bytes, bytes | None]] = {}
    for name in modules:
        texts = sources(root / (name.replace(".", "/") + ".py"))
        entry = known.get(name)
        current = entry and (folder / entry["file"]).is_file()
        if not current or entry["sha256"] != digest(*texts):
            todo[name] = texts
    if not todo:
        if known != listed:  # a module taken off the list is no longer used
            _write_manifest(folder, known)
        return []
    from Cython.Build import cythonize
    from setuptools import Extension

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        work = Path(tmp)
        # A C file of one line first: without a working compiler this fails in a fifth of a
        # second, not after the minute cythonize takes (``make`` asks on every run).
        probe = work / "probe" / "wiremap_probe.c"
        probe.parent.mkdir(parents=True)
        probe.write_text("int wiremap_probe(void) { return 0; }\n", encoding="utf-8")
        _build_ext([Extension("wiremap_probe", [str(probe)])], work / "probe", 1)
        extensions = []
        for name, (text, pxd) in todo.items():
            source = work / "src" / (name.replace(".", "/") + ".py")
            source.parent.mkdir(parents=True, exist_ok=True)
            (source.parent / "__init__.py").touch()
            source.write_bytes(text)
            if pxd is not None:  # Cython finds it beside the source
                source.with_suffix(".pxd").write_bytes(pxd)
            extensions.append(Extension(name, [str(source)], extra_compile_args=list(CFLAGS)))
        # From the copy's root, so a traceback names "parsing/page.py", the path beside the
        # package, not the temporary copy deleted below.
        with contextlib.chdir(work / "src"):
            extensions = cythonize(
                extensions,
                build_dir=str(work / "c"),
                compiler_directives=DIRECTIVES,
                nthreads=jobs,
                quiet=True,
            )
        command = _build_ext(extensions, work, jobs)
        entries = {}
        for ext in extensions:
            relative = command.get_ext_filename(ext.name)
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(work / "lib" / relative, target)
            entries[ext.name] = {
                "file": relative,
                "sha256": digest(*todo[ext.name]),
            }
        shutil.rmtree(work / "c", ignore_errors=True)
    _write_manifest(folder, {**known, **entries})
    return sorted(todo)


def _build_ext(extensions: list, work: Path, jobs: int):
    """Compile and link ``extensions`` into ``work/lib`` (temporaries in ``work/tmp``)."""
    from setuptools import Distribution

    dist = Distribution({"name": "wiremap-compiled", "ext_modules": extensions})
    command = dist.get_command_obj("build_ext")
    command.build_lib = str(work / "lib")
    command.build_temp = str(work / "tmp")
    command.parallel = jobs
    dist.run_command("build_ext")
    return command


def _write_manifest(folder: Path, modules: dict[str, dict]) -> None:
    """Write the manifest whole (a reader sees the old one or the new one, never a part)."""
    data = {"build": build_key(), "modules": dict(sorted(modules.items()))}
    partial = folder / (MANIFEST + ".tmp")
    partial.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    os.replace(partial, folder / MANIFEST)


def main() -> int:
    """Build what is missing or stale; without Cython or a compiler, say so and run from .py."""
    try:
        built = build()
    except ImportError as exc:
        print(f"compiled modules not built ({exc}): everything runs from the .py files")
        return 0
    except Exception as exc:  # a compiler missing or failing: the .py files still answer
        print(f"compiled modules not built ({type(exc).__name__}: {exc}): running from .py")
        return 0
    state = status()
    print(
        f"compiled modules: {len(built)} built, "
        f"{sum(s == 'current' for s in state.values())}/{len(state)} current in {build_dir()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
