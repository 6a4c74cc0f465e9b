"""``streamlit`` with a timeline of its cold start: ``tools/timeline_first_paint.py``'s launcher.

``python tools/trace_server.py TRACE.jsonl run dashboard.py [streamlit's options]`` runs
Streamlit's own command line (as ``.venv/bin/streamlit`` does) after wrapping a few of its
functions to write one JSON line per event into TRACE.jsonl: ``[name, wall time (time.time()),
the process's CPU seconds, detail]``. The page's code is not touched, and nothing here runs
under ``make run``: the probe starts the server through this file instead of ``streamlit``.

Events: ``interpreter`` (this file's first line: Python is up, ``site`` imported),
``streamlit imported``, ``bootstrap`` (the server about to be made), ``listening`` (its start
returned: the socket is bound), each HTTP response (``http``: path, start to end), the
websocket accepted (``ws accept``), each script run (``run start``/``run end``), the first import
of a module of interest in the script's thread (``import``), each message to the browser
(``msg queued``: its type; ``msg sent``: its size, in the order queued), and the threads' CPU at
the end of each run (``threads``).
"""

from __future__ import annotations

import time

T0 = time.time()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

OUT = open(sys.argv[1], "a", buffering=1)  # noqa: SIM115 (open for the process's life)
del sys.argv[1]
_lock = threading.Lock()


def cpu() -> float:
    t = os.times()
    return round(t.user + t.system, 3)


def event(name: str, detail=None, at: float | None = None) -> None:
    with _lock:
        OUT.write(json.dumps([name, at or time.time(), cpu(), detail]) + "\n")


event("interpreter", at=T0)

# The modules whose first import (in any thread, after the server is up) marks a phase.
WATCH = {
    "ui.style",
    "ui.preload",
    "ui.firstframe",
    "ui.deck",
    "numpy",
    "pandas",
    "pydeck",
    "babel",
    "pipeline.firstread",
    "pipeline.snapshot",
    "ui.engine",
    "pipeline.store",
    "sqlalchemy",
    "ui.source",
    "ui.i18n",
    "ui.timefmt",
    "altair",
    "pyarrow",
    "streamlit.elements.deck_gl_json_chart",
}
_seen: set[str] = set()


def _audit(what: str, args) -> None:
    if what == "import" and args and args[0] in WATCH and args[0] not in _seen:
        _seen.add(args[0])
        event("import", [args[0], threading.current_thread().name])


sys.addaudithook(_audit)

from streamlit.web import cli  # noqa: E402

event("streamlit imported")


def _patch() -> None:
    import starlette.responses as responses
    import starlette.websockets as websockets
    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.web import bootstrap
    from streamlit.web.server import server
    from streamlit.web.server.starlette import starlette_websocket

    run = bootstrap.run

    def traced_run(*a, **k):
        event("bootstrap")
        return run(*a, **k)

    bootstrap.run = traced_run

    start = server.Server.start

    async def traced_start(self):
        out = await start(self)
        event("listening")
        return out

    server.Server.start = traced_start

    for cls in (responses.Response, responses.FileResponse):
        orig = cls.__dict__.get("__call__")
        if orig is None:
            continue

        def wrap(orig):
            async def call(self, scope, receive, send):
                began = time.time()
                try:
                    return await orig(self, scope, receive, send)
                finally:
                    event("http", [scope.get("path"), began])

            return call

        cls.__call__ = wrap(orig)

    accept = websockets.WebSocket.accept

    async def traced_accept(self, *a, **k):
        event("ws accept")
        return await accept(self, *a, **k)

    websockets.WebSocket.accept = traced_accept

    send_bytes = websockets.WebSocket.send_bytes

    async def traced_send(self, data):
        out = await send_bytes(self, data)
        event("msg sent", len(data))
        return out

    websockets.WebSocket.send_bytes = traced_send

    write = starlette_websocket.StarletteSessionClient.write_forward_msg

    def traced_write(self, msg):
        kind = msg.WhichOneof("type")
        detail = kind
        if kind == "delta":
            detail = "delta " + (msg.delta.WhichOneof("type") or "")
            if msg.delta.WhichOneof("type") == "new_element":
                detail += " " + (msg.delta.new_element.WhichOneof("type") or "")
        event("msg queued", detail)
        return write(self, msg)

    starlette_websocket.StarletteSessionClient.write_forward_msg = traced_write

    run_script = script_runner.ScriptRunner._run_script

    profile = os.environ.get("WIREMAP_TRACE_PROFILE")  # cProfile of the first run, to this file

    def traced_run_script(self, rerun_data):
        nonlocal profile
        event("run start")
        try:
            if profile:
                import cProfile

                path, profile = profile, None
                with cProfile.Profile() as prof:
                    out = run_script(self, rerun_data)
                prof.dump_stats(path)
                return out
            return run_script(self, rerun_data)
        finally:
            event("run end")

    script_runner.ScriptRunner._run_script = traced_run_script


_patch()

if __name__ == "__main__":
    sys.argv[0] = "streamlit"
    sys.exit(cli.main())
