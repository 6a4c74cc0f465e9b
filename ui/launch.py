"""``python -m ui.launch [options]``: ``streamlit run dashboard.py [options]``, with the page's
heavy imports done while the browser loads Streamlit's own bundle.

Why: on a cold process the page's first run spent about a second importing numpy, pandas,
pydeck, babel and the store (SQLAlchemy) before it could send the map, while in the second
before it the server sat idle: the browser was loading and starting Streamlit's bundle (about
0.75 s of the browser's own work). So once the server listens, a thread imports what the page
will import (``warm_modules``); the page's first run then finds them loaded (or, if it comes
sooner, waits on Python's import lock for the one being loaded: nothing is done twice).

It must not starve the server, which serves that bundle from the same process. The GIL goes
to a waiting thread only after the switch interval (5 ms by default), and every chunk of a
static file passes between threads (Starlette reads files in a worker thread); an attempt
that imported at the default interval, from the process's start, made the title 1.6 s later.
So the thread starts only once the server listens (Streamlit's own start is not slowed), and
the interval is cut to ``WARM_SWITCH_S`` while it imports: the server gets the GIL back
within that whenever a request needs it, and has it whenever it waits for nothing.
"""

from __future__ import annotations

import ast
import importlib
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "dashboard.py"
WARM_SWITCH_S = 0.0002
# Imported by the page's first run, but not at the top of ``dashboard.py``: the store (opened
# by ``ui.source``) and what Streamlit's table and chart elements import (pyarrow).
ALSO = ("pipeline.store", "pipeline.query", "pyarrow", "streamlit.elements.arrow")


def warm_modules(path: Path = DASHBOARD) -> list[str]:
    """The modules ``path`` imports at its top level, in order, then ``ALSO``: what the page's
    first run imports (read from the file, so the list cannot fall behind it)."""
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
            package = ROOT.joinpath(*node.module.split("."))  # ``from ui import add``
            names.extend(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if (package / f"{alias.name}.py").exists()
            )
    names.extend(ALSO)
    return [n for i, n in enumerate(names) if n not in names[:i] and n != "__future__"]


def warm(names: list[str]) -> None:
    """Import ``names`` with a short switch interval (see the module docstring); a module that
    fails to import is left for the page to report, as it would without the launcher."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(WARM_SWITCH_S)
    try:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the page's own import says what is wrong
                continue
    finally:
        sys.setswitchinterval(before)


def main(argv: list[str] | None = None) -> None:
    """Streamlit's ``run`` on ``dashboard.py`` with ``argv`` as its options, warming once the
    server listens."""
    from streamlit.web import bootstrap, cli

    # Streamlit calls it right after the server listens. It is Streamlit's own, not a public
    # hook: a version without it runs the page as ``streamlit run`` would, only not warmed.
    started = getattr(bootstrap, "_on_server_start", None)
    if callable(started):

        def on_server_start(server) -> None:
            started(server)
            threading.Thread(
                target=warm, args=(warm_modules(),), name="wiremap-warm", daemon=True
            ).start()

        bootstrap._on_server_start = on_server_start
    args = sys.argv[1:] if argv is None else argv
    cli.main(["run", str(DASHBOARD), *args], prog_name="streamlit")


if __name__ == "__main__":
    main()
