"""Shared helpers for the store, ingest, fetch and watch tests.

- ``store_url``: a fresh database for one test, on SQLite and on PostgreSQL (its own schema,
  dropped afterwards). Without ``WIREMAP_TEST_PG_URL`` the PostgreSQL variants skip, except
  under ``CI=true``, where a missing database is a failure, not a skip.
- ``LocalServer``: an http.server on 127.0.0.1 in a thread with programmable routes; no test
  here touches any other address.
- ``fake_geocode``: a tiny gazetteer, so these tests do not depend on the geo layer's data.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from needs import absent

PG_ENV = "WIREMAP_TEST_PG_URL"
BACKENDS = ("sqlite", pytest.param("postgresql", marks=pytest.mark.postgres))


def pg_base_url() -> str:
    """The PostgreSQL test URL, or skip (fail under CI=true) with the reason."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    reason = (
        f"{PG_ENV} is not set: no PostgreSQL server to test against "
        "(bash .ci/postgres-start starts one; see .ci/run)"
    )
    absent(reason)


def with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A URL to an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'events.sqlite'}"
        return
    with pg_schema() as (url, _schema, _admin):
        yield url


@contextlib.contextmanager
def pg_schema():
    """(URL, schema name, admin engine) of a fresh PostgreSQL schema, dropped afterwards."""
    import sqlalchemy as sa

    base = pg_base_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield with_search_path(base, schema), schema, admin
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def store(store_url):
    from pipeline.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


# --- a tiny gazetteer ------------------------------------------------------------------------

PLACES = {
    "KYIV": ("Kyiv", 50.45466, 30.5238, "UA", 703448),
    "KIEV": ("Kyiv", 50.45466, 30.5238, "UA", 703448),
    "QUITO": ("Quito", -0.22985, -78.52495, "EC", 3652462),
    "PYONGYANG": ("Pyongyang", 39.03385, 125.75432, "KP", 1871859),
    "BALAKLIYA": ("Balakliia", 49.46271, 36.85883, "UA", 712424),
    "WASHINGTON": ("Washington", 38.89511, -77.03637, "US", 4140963),
    "NAIROBI": ("Nairobi", -1.28333, 36.81667, "KE", 184745),
}


def fake_geocode(query):
    """Resolve a handful of names; everything else stays unresolved, with a reason."""
    from geo import Location

    hit = PLACES.get(query.name.upper())
    if hit is None:
        return Location.unresolved(query.name, f"{query.name}: not in the test gazetteer")
    name, lat, lon, cc, gid = hit
    return Location(
        query=query.name,
        name=name,
        lat=lat,
        lon=lon,
        country_code=cc,
        geonameid=gid,
        precision="city",
        confidence=0.9,
        reason=f"{query.name} -> {name}, {cc} (test gazetteer)",
    )


class Clock:
    """A watcher's clock that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = datetime(2025, 11, 17, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


# --- a local http server ---------------------------------------------------------------------

Route = Callable[[BaseHTTPRequestHandler], None]


class LocalServer:
    """``ThreadingHTTPServer`` on 127.0.0.1 with a route table that tests may change live."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's naming)
                path = self.path.split("?")[0]
                server.hits[path] = server.hits.get(path, 0) + 1
                server.requests.append({"path": path, "headers": dict(self.headers)})
                route = server.routes.get(path)
                if route is None:
                    send(self, 404, b"not here", "text/plain")
                    return
                route(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        # A client that hangs up early (timeouts, size caps) is what these tests do on purpose.
        self.httpd.handle_error = lambda request, client_address: None
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(handler, status: int, body: bytes, ctype: str | None, headers: dict | None = None):
    handler.send_response(status)
    if ctype:
        handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def body(data: bytes, ctype: str = "text/plain; charset=utf-8", **headers) -> Route:
    return lambda h: send(h, 200, data, ctype, headers)


def conditional(data: bytes, ctype: str, etag: str, last_modified: str) -> Route:
    """Serve ``data`` with validators; answer 304 when the client already has it."""

    def route(h):
        if h.headers.get("If-None-Match") == etag or (
            h.headers.get("If-Modified-Since") == last_modified and "If-None-Match" not in h.headers
        ):
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        send(h, 200, data, ctype, {"ETag": etag, "Last-Modified": last_modified})

    return route


def slow(seconds: float) -> Route:
    def route(h):
        time.sleep(seconds)
        with contextlib.suppress(OSError):
            send(h, 200, b"late", "text/plain")

    return route


def truncated(h) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    h.wfile.write(b"KYIV (AP) - only the first hundred bytes arrive" + b"." * 50)
    h.wfile.flush()
    h.close_connection = True
    h.connection.shutdown(socket.SHUT_RDWR)


def endless(h) -> None:
    """A body with no declared length that never ends (until the client gives up)."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"x" * 65536
    try:
        for _ in range(2000):
            h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except OSError:
        pass
    h.close_connection = True


def declared_huge(h) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", str(50 * 1024 * 1024))
    h.end_headers()
    h.close_connection = True


def redirect(location: str, status: int = 302) -> Route:
    def route(h):
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return route


def status(code: int) -> Route:
    return lambda h: send(h, code, b"error", "text/plain")


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connections are refused at once."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


# --- briefs written for these tests ----------------------------------------------------------


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, description, pubDate) items."""
    from xml.sax.saxutils import escape

    parts = [
        f"<item><title>{escape(t)}</title><description>{escape(d)}</description>"
        f"<pubDate>{p}</pubDate><link>http://127.0.0.1/{i}</link></item>"
        for i, (t, d, p) in enumerate(items)
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Test wire</title><link>http://127.0.0.1/</link><description>t</description>"
        + "".join(parts)
        + "</channel></rss>"
    ).encode()
