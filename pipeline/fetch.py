"""Fetch one page or feed over http(s), defensively: the network is the least trusted input.

Every fetch has timeouts (per operation and in total), a size cap, http/https only (also after
a redirect), a bounded number of redirects, and says who it is (``USER_AGENT``). Conditional
requests (ETag / Last-Modified) let ``watch`` ask "anything new?" cheaply. Every failure is a
``FetchError`` with one readable line; ``transient`` says whether trying again may help.
"""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

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
DEADLINE = 60.0  # seconds for the whole fetch, redirects included: a trickle cannot hang us
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(Exception):
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


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
        except FetchError as err:
            if not err.transient or attempt >= retries:
                raise
        time.sleep(retry_delay * 2**attempt)
        attempt += 1


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
    stop = time.monotonic() + deadline
    seen: set[str] = set()
    # Proxies from the environment are honoured, except for this machine's own addresses.
    with httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=not _loopback(target.host),
        headers=headers,
    ) as client:
        for _hop in range(max_redirects + 1):
            seen.add(str(target))
            try:
                with client.stream("GET", target) as response:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        target = _next_hop(url, target, response, seen)
                        continue
                    return _read(url, target, response, max_bytes, stop)
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out (no answer within {timeout:g} s)",
                                 transient=True) from None  # fmt: skip
            except httpx.RemoteProtocolError as err:
                raise FetchError(url, f"truncated or malformed response ({err})",
                                 transient=True) from None  # fmt: skip
            except httpx.TransportError as err:
                raise FetchError(url, f"cannot connect ({err or type(err).__name__})",
                                 transient=True) from None  # fmt: skip
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
    url: str, final: httpx.URL, response: httpx.Response, max_bytes: int, stop: float
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
        if time.monotonic() > stop:
            raise FetchError(url, "too slow (the whole fetch took over its deadline)",
                             transient=True)  # fmt: skip
        chunks.append(chunk)
    return FetchResult(content=b"".join(chunks), fetched_at=datetime.now(UTC), **result)
