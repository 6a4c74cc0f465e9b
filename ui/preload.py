"""The map's browser code asked for at the start of a browser's first run, not when the map comes.

Streamlit's frontend loads the code of a pydeck chart (``DeckGlJsonChart.<hash>.js``, 3 MB, and
the modules it imports) only when a chart element arrives, and deck.gl's WebGL device
(``webgl-device.<hash>.js``) only when the chart makes its context. On a browser's first run
the page sends an empty map ahead of its data (``dashboard.py``, ``AHEAD``), but only after
``st.pydeck_chart`` has imported pandas (and the page numpy and pydeck): 0.3-0.4 s of the
server's CPU after the run starts. In the probe (``tools/probe_first_paint.py``) the chart
then mounted, made its context and drew 0.4-0.6 s after the events' map had arrived: the
browser was still fetching and evaluating that code when the data was there.

``PRELOAD_JS`` imports both modules from the page itself, right after the title, with the
chart's stylesheet: the same URLs the frontend resolves them to (next to its own
``index.<hash>.js``), so the frontend's own import later finds them loaded (one module map per
page). The names are read from the installed Streamlit's static folder: where they are not
found (another build), nothing is sent and the page loads them as before.

Our own script, no news text; its element is hidden (``ui.style.PAGE_CSS``, ``.st-key-preload``)
and sent on a browser's first run only.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ui.firstframe import SIZE_MAP_CANVAS_JS

KEY = "preload"  # the container's class is ``st-key-preload`` (hidden by the page's CSS)
CHUNKS = ("DeckGlJsonChart", "webgl-device")  # in the order they are asked for

PRELOAD_JS = """<script>
(() => {
  const files = %s;
  const index = document.querySelector('script[src*="/static/js/index."]');
  if (!index) return;
  for (const css of files.css) {
    const href = new URL(css, index.src).href;
    if (document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.appendChild(link);
  }
  for (const js of files.js) import(new URL(js, index.src).href).catch(() => {});
})();
%s</script>"""


def static_js_folder() -> Path:
    """Where the installed Streamlit keeps its frontend's scripts."""
    import streamlit

    return Path(streamlit.__file__).resolve().parent / "static" / "static" / "js"


def chunk_files(folder: Path | None = None) -> dict[str, list[str]] | None:
    """``{"js": [...], "css": [...]}``: the map's modules and the chart's stylesheet as named in
    ``folder``'s build, or None unless each of ``CHUNKS`` is there exactly once."""
    folder = folder or static_js_folder()
    js = []
    for stem in CHUNKS:
        found = sorted(p.name for p in folder.glob(f"{stem}.*.js"))
        if len(found) != 1:
            return None
        js.append(found[0])
    css = sorted((folder.parent / "css").glob(f"{CHUNKS[0]}.*.css"))
    return {"js": [f"./{name}" for name in js], "css": [f"../css/{p.name}" for p in css[:1]]}


def preload_html(folder: Path | None = None) -> str | None:
    """The hidden script that asks for the map's code (``PRELOAD_JS``), or None; the
    installed Streamlit's is worked out once per process."""
    if folder is None:
        return _installed_html()
    files = chunk_files(folder)
    # File names only, from Streamlit's own folder; "<" escaped all the same, so nothing in
    # them can end the script element.
    return (
        None
        if files is None
        else PRELOAD_JS % (json.dumps(files).replace("<", "\\u003c"), SIZE_MAP_CANVAS_JS)
    )


@lru_cache(maxsize=1)
def _installed_html() -> str | None:
    return preload_html(static_js_folder())
