"""A hostile HTTP server on 127.0.0.1: every way a feed can stall, lie or flood.

Routes take their pace from ``BYTE_PAUSE``: slow enough that a read never times out, fast
enough that a client without a total deadline would hang for the whole test run.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import threading
import time

from store_fixtures import (
    LocalServer,
    body,
    declared_huge,
    endless,
    redirect,
    rss,
    status,
    truncated,
)

BYTE_PAUSE = 0.1  # seconds between two bytes of a trickle: under every read timeout used here
STOP = threading.Event()  # set when a test module ends: silent routes let go of their threads

FEED = rss(
    [
        ("Storm", "NAIROBI (AP) - Heavy rain flooded roads in the capital on Monday, police "
         "said.", "Mon, 17 Nov 2025 06:30:00 GMT"),
    ]
)  # fmt: skip


def _trickle(h, data: bytes) -> None:
    with contextlib.suppress(OSError):
        for i in range(len(data)):
            if STOP.is_set():
                return
            h.wfile.write(data[i : i + 1])
            h.wfile.flush()
            time.sleep(BYTE_PAUSE)
    h.close_connection = True


def slow_headers(h) -> None:
    """The status line and headers at one byte per pause: no read ever times out."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" + b"X-Padding: " + b"a" * 4000
    _trickle(h, head + b"\r\n\r\nKYIV (AP) - late.")


def slow_body(h) -> None:
    """Headers at once, then the body at one byte per pause."""
    text = b"NAIROBI (AP) - " + b"a slow brief " * 400
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", str(len(text)))
    h.end_headers()
    h.wfile.flush()
    _trickle(h, text)


def silent(h) -> None:
    """Accepts the request and never answers."""
    while not STOP.wait(0.05):
        pass
    h.close_connection = True


@functools.cache
def _bomb() -> bytes:
    return gzip.compress(b"\0" * (100 * 1024 * 1024), compresslevel=9)


def gzip_bomb(h) -> None:
    """100 MB of zeros in about 100 kB of gzip."""
    packed = _bomb()
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Encoding", "gzip")
    h.send_header("Content-Length", str(len(packed)))
    h.end_headers()
    with contextlib.suppress(OSError):
        h.wfile.write(packed)


# path -> (route, what the one-line message says)
HOSTILE = {
    "/slow-headers": (slow_headers, "too slow"),
    "/slow-body": (slow_body, "too slow"),
    "/silent": (silent, "timed out"),
    "/error-500": (status(500), "HTTP 500"),
    "/truncated": (truncated, "truncated"),
    "/loop": (redirect("/loop"), "redirect loop"),
    "/gzip-bomb": (gzip_bomb, "too large"),
    "/huge": (declared_huge, "too large"),
    "/endless": (endless, "too large"),
    "/logo.png": (body(b"\x89PNG\r\n\x1a\n....", "image/png"), "content type image/png"),
}


def hostile_server() -> LocalServer:
    """The server with every hostile route, plus a good feed at ``/good.rss``."""
    STOP.clear()
    _bomb()  # packed before the clock starts
    server = LocalServer()
    server.routes.update({path: route for path, (route, _) in HOSTILE.items()})
    server.routes["/good.rss"] = body(FEED, "application/rss+xml")
    return server
