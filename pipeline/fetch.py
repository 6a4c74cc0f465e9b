"""Fetch one page or feed over http(s), defensively: the network is the least trusted input.

Every fetch has timeouts (per operation and in total), a size cap, http/https only (also after
a redirect), a bounded number of redirects, and says who it is (``USER_AGENT``). Conditional
requests (ETag / Last-Modified) let ``watch`` ask "anything new?" cheaply. Every failure is a
``FetchError`` with one readable line; ``transient`` says whether trying again may help.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from geo.nominatim import is_loopback_host
from parsing.errors import WiremapError

USER_AGENT = "wiremap/0.1 (+local)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, text/html;q=0.9, application/xhtml+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, text/plain;q=0.7"
)
# Content types that can carry news copy; anything else (images, PDFs, binaries) is refused.
TEXT_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "application/xhtml+xml",
)
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = 20.0  # seconds for each connect / read / write
DEADLINE = 60.0  # seconds for each try as a whole (connect, headers, body, redirects)
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(WiremapError):
    """A URL could not be fetched; ``str()`` is one line naming the URL and the reason."""

    def __init__(self, url: str, reason: str, *, transient: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched body, or ``not_modified`` (HTTP 304) with no body."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content: bytes
    content_type: str | None  # media type only, lower case: "application/rss+xml"
    charset: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: datetime  # aware UTC: when the response arrived (a real observation)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(text: str) -> bool:
    """Does ``text`` look like a URL (any scheme) rather than a file path?"""
    head, sep, _ = str(text).partition("://")
    return bool(sep) and head.isascii() and head.replace("+", "").isalpha() and len(head) > 1


def check_url(url: str) -> httpx.URL:
    """The parsed URL, or FetchError when it is not http(s) with a host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as err:
        raise FetchError(url, f"not a valid URL ({err})") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError(url, f"only http and https URLs are fetched, not {parsed.scheme}:")
    if not parsed.host:
        raise FetchError(url, "the URL names no host")
    return parsed


def _media_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    kind, *params = (part.strip() for part in value.split(";"))
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip('"') or None
    return kind.lower() or None, charset


def _acceptable(media_type: str | None) -> bool:
    # No type at all is allowed: the reader sniffs the bytes, as it does for files. Any XML
    # application type passes, old spellings included: ``python -m http.server`` serves
    # ``.rss`` as ``application/x-rss+xml``.
    if media_type is None or media_type.startswith("text/") or media_type in TEXT_TYPES:
        return True
    return media_type.startswith("application/") and media_type.endswith("+xml")


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    retries: int = 0,
    retry_delay: float = 1.0,
) -> FetchResult:
    """Fetch ``url``; with ``etag``/``last_modified`` a 304 comes back as ``not_modified``.

    Transient failures (network errors, timeouts, truncated bodies, 5xx, 429) are retried
    ``retries`` times, waiting ``retry_delay`` then twice as long each time.
    """
    attempt = 0
    while True:
        try:
            return _fetch_once(url, etag, last_modified, timeout, deadline, max_bytes,
                               max_redirects)  # fmt: skip
        except httpx.TimeoutException:
            err = FetchError(url, f"timed out (no answer within {timeout:g} s)", transient=True)
        except httpx.RemoteProtocolError as exc:
            err = FetchError(url, f"truncated or malformed response ({exc})", transient=True)
        except httpx.TransportError as exc:
            reason = f"cannot connect ({exc or type(exc).__name__})"
            err = FetchError(url, reason, transient=True)
        except httpx.HTTPError as exc:  # a body that cannot be decoded, and the like
            err = FetchError(url, f"bad response ({exc or type(exc).__name__})")
        except FetchError as exc:
            err = exc
        if not err.transient or attempt >= retries:
            raise err from None
        time.sleep(retry_delay * 2**attempt)
        attempt += 1


class _Deadline:
    """The whole fetch's deadline, enforced even while a read is blocked.

    A server that sends its status line and headers one byte a second never trips a read
    timeout (each byte resets it). So the sockets the client opens are noted (httpx's ``trace``
    extension) and, when the deadline passes, a timer shuts them down: the blocked read ends at
    once and the fetch reports "too slow".
    """

    def __init__(self, seconds: float) -> None:
        self.stop = time.monotonic() + seconds
        self.expired = False
        self._sockets: list = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        return self.stop - time.monotonic()

    def trace(self, name: str, info: dict) -> None:
        if name.endswith((".connect_tcp.complete", ".start_tls.complete")):
            sock = info["return_value"].get_extra_info("socket")
            with self._lock:
                self._sockets.append(sock)
                if self.expired:
                    _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock) -> None:
    with contextlib.suppress(OSError, AttributeError):
        sock.shutdown(socket.SHUT_RDWR)


def _fetch_once(
    url: str,
    etag: str | None,
    last_modified: str | None,
    timeout: float,
    deadline: float,
    max_bytes: int,
    max_redirects: int,
) -> FetchResult:
    target = check_url(url)
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    seen: set[str] = set()
    too_slow = FetchError(url, f"too slow (no complete answer within {deadline:g} s)")
    # Proxies from the environment are honoured, except for this machine's own addresses.
    with (
        _Deadline(deadline) as guard,
        httpx.Client(
            follow_redirects=False,
            trust_env=not is_loopback_host(target.host),
            headers=headers,
        ) as client,
    ):
        for _hop in range(max_redirects + 1):
            seen.add(str(target))
            left = guard.remaining()
            if left <= 0:
                raise too_slow
            try:
                with client.stream(
                    "GET",
                    target,
                    timeout=httpx.Timeout(min(timeout, left)),
                    extensions={"trace": guard.trace},
                ) as response:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        target = _next_hop(url, target, response, seen)
                        continue
                    return _read(url, target, response, max_bytes, guard, too_slow)
            except (httpx.TransportError, FetchError):
                if guard.expired:
                    raise too_slow from None
                raise
        raise FetchError(url, f"too many redirects (more than {max_redirects})")


def _next_hop(url: str, current: httpx.URL, response: httpx.Response, seen: set[str]) -> httpx.URL:
    location = response.headers["location"]
    try:
        nxt = current.join(location)
    except (httpx.InvalidURL, ValueError):
        raise FetchError(url, f"redirected to an invalid URL: {location!r}") from None
    if nxt.scheme not in ("http", "https"):
        raise FetchError(url, f"redirected to a {nxt.scheme}: URL, which is not fetched")
    if str(nxt) in seen:
        raise FetchError(url, f"redirect loop (back to {nxt})")
    return nxt


def _read(
    url: str,
    final: httpx.URL,
    response: httpx.Response,
    max_bytes: int,
    guard: _Deadline,
    too_slow: FetchError,
) -> FetchResult:
    status = response.status_code
    media_type, charset = _media_type(response.headers.get("content-type"))
    result = dict(
        url=url,
        final_url=str(final),
        status=status,
        content_type=media_type,
        charset=charset,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
    )
    if status == 304:
        return FetchResult(content=b"", fetched_at=datetime.now(UTC), **result)
    if status >= 400 or status < 200 or status in REDIRECTS:
        transient = status >= 500 or status in (408, 429)
        raise FetchError(url, f"HTTP {status} {response.reason_phrase}".rstrip(),
                         transient=transient)  # fmt: skip
    if not _acceptable(media_type):
        raise FetchError(url, f"not a page or feed (content type {media_type})")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"too large ({int(declared):,} bytes; the cap is {max_bytes:,})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"too large (more than {max_bytes:,} bytes)")
        if guard.remaining() < 0:
            raise too_slow
        chunks.append(chunk)
    return FetchResult(content=b"".join(chunks), fetched_at=datetime.now(UTC), **result)
