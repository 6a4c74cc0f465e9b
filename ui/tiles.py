"""Can the reader's online map tiles be reached? Without a network the page falls back to the
bundled basemap and says so, instead of drawing a blank map.

The server asks the tile provider's style URL (``WIREMAP_TILES_PROBE`` overrides it; tests point
it at 127.0.0.1), with a short timeout, and remembers the answer for a minute. The browser
loads the tiles itself; a server that cannot reach them is the best sign the page has that the
reader is offline too (the usual case: a laptop on a train runs both).
"""

from __future__ import annotations

import threading
import time

from parsing.settings import get_settings

DEFAULT_PROBE = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json"
TIMEOUT_S = 2.0
REMEMBER_S = 60.0

_lock = threading.Lock()
_answers: dict[str, tuple[float, bool]] = {}


def probe_url() -> str:
    return get_settings().tiles_probe or DEFAULT_PROBE


def tiles_reachable(url: str | None = None) -> bool:
    """True when the tile provider answers (any HTTP status below 500) within the timeout."""
    import httpx

    url = url or probe_url()
    now = time.monotonic()
    with _lock:
        known = _answers.get(url)
    if known is not None and now - known[0] < REMEMBER_S:
        return known[1]
    try:
        with httpx.Client(timeout=TIMEOUT_S, follow_redirects=False) as client:
            ok = client.head(url).status_code < 500
    except httpx.HTTPError:
        ok = False
    with _lock:
        _answers[url] = (now, ok)
    return ok
