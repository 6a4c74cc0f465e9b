"""pipeline.fetch against local servers on 127.0.0.1: every way a feed can go wrong."""

from __future__ import annotations

import time

import pytest
from store_fixtures import (
    LocalServer,
    body,
    closed_port,
    conditional,
    declared_huge,
    endless,
    redirect,
    slow,
    status,
    truncated,
)

from pipeline.fetch import USER_AGENT, FetchError, fetch, is_url

FAST = {"timeout": 0.5, "deadline": 3.0, "retry_delay": 0.01}


@pytest.fixture(scope="module")
def server():
    with LocalServer() as s:
        s.routes.update(
            {
                "/page.txt": body(b"KYIV (AP) - A test brief."),
                "/feed.xml": conditional(
                    b"<rss version='2.0'><channel></channel></rss>",
                    "application/rss+xml; charset=utf-8",
                    etag='"v1"',
                    last_modified="Mon, 17 Nov 2025 07:00:00 GMT",
                ),
                "/slow": slow(2.0),
                "/truncated": truncated,
                "/endless": endless,
                "/declared-huge": declared_huge,
                "/image": body(b"\x89PNG\r\n\x1a\n....", "image/png"),
                "/loop-a": redirect("/loop-b"),
                "/loop-b": redirect("/loop-a"),
                "/chain-0": redirect("/chain-1"),
                "/chain-1": redirect("/chain-2", 301),
                "/chain-2": redirect("/page.txt", 307),
                "/to-file": redirect("file:///etc/passwd"),
                "/to-ftp": redirect("ftp://127.0.0.1/x"),
                "/gone": status(404),
                "/broken": status(503),
            }
        )
        for i in range(12):
            s.routes[f"/long-{i}"] = redirect(f"/long-{i + 1}")
        yield s


def test_fetches_a_page_with_a_clear_user_agent(server):
    got = fetch(server.url("/page.txt"), **FAST)
    assert got.status == 200
    assert got.content == b"KYIV (AP) - A test brief."
    assert got.content_type == "text/plain" and got.charset == "utf-8"
    assert got.fetched_at.tzinfo is not None
    assert server.requests[-1]["headers"]["User-Agent"] == USER_AGENT == "wiremap/0.1 (+local)"


@pytest.mark.parametrize(
    "ctype", ["application/x-rss+xml", "application/x-atom+xml", "application/rdf+xml"]
)
def test_feeds_under_older_xml_types_are_read(server, ctype):
    """``python -m http.server`` serves ``.rss`` as ``application/x-rss+xml`` (issue 14)."""
    rss = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
    server.routes["/feed.rss"] = body(rss, ctype)
    got = fetch(server.url("/feed.rss"), **FAST)
    assert got.content == rss and got.content_type == ctype


def test_conditional_request_gets_not_modified(server):
    first = fetch(server.url("/feed.xml"), **FAST)
    assert first.etag == '"v1"' and first.last_modified and first.content
    again = fetch(server.url("/feed.xml"), etag=first.etag, **FAST)
    assert again.not_modified and again.content == b""
    assert server.requests[-1]["headers"]["If-None-Match"] == '"v1"'
    by_date = fetch(server.url("/feed.xml"), last_modified=first.last_modified, **FAST)
    assert by_date.not_modified


def test_follows_a_few_redirects(server):
    got = fetch(server.url("/chain-0"), **FAST)
    assert got.final_url.endswith("/page.txt") and got.content.startswith(b"KYIV")


@pytest.mark.parametrize(
    ("path", "reason", "transient"),
    [
        ("/slow", "timed out", True),
        ("/truncated", "truncated", True),
        ("/declared-huge", "too large", False),
        ("/endless", "too large", False),
        ("/image", "content type image/png", False),
        ("/loop-a", "redirect loop", False),
        ("/long-0", "too many redirects", False),
        ("/to-file", "file: URL", False),
        ("/to-ftp", "ftp: URL", False),
        ("/gone", "HTTP 404", False),
        ("/broken", "HTTP 503", True),
    ],
)
def test_failures_are_one_clear_line(server, path, reason, transient):
    with pytest.raises(FetchError) as info:
        fetch(server.url(path), max_bytes=1024 * 1024, **FAST)
    err = info.value
    assert reason in str(err) and str(err).startswith(server.url(path))
    assert "\n" not in str(err)
    assert err.transient is transient


def test_down_server_is_reported_and_transient():
    url = f"http://127.0.0.1:{closed_port()}/feed"
    with pytest.raises(FetchError, match="cannot connect") as info:
        fetch(url, **FAST)
    assert info.value.transient


def test_transient_failures_are_retried(server):
    server.hits.pop("/broken", None)
    with pytest.raises(FetchError):
        fetch(server.url("/broken"), retries=2, **FAST)
    assert server.hits["/broken"] == 3
    server.hits.pop("/gone", None)
    with pytest.raises(FetchError):
        fetch(server.url("/gone"), retries=2, **FAST)
    assert server.hits["/gone"] == 1  # a 404 will not get better by asking again


def test_a_slow_trickle_hits_the_total_deadline(server):
    def trickle(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        try:
            for _ in range(50):
                h.wfile.write(b"1\r\nx\r\n")
                h.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass
        h.close_connection = True

    server.routes["/trickle"] = trickle
    start = time.monotonic()
    with pytest.raises(FetchError, match="too slow"):
        fetch(server.url("/trickle"), timeout=0.5, deadline=0.6)
    assert time.monotonic() - start < 3


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "http://"]
)
def test_only_http_and_https(url):
    with pytest.raises(FetchError):
        fetch(url)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.org/feed", True),
        ("http://127.0.0.1:8000/x", True),
        ("ftp://host/x", True),
        ("data/sample/anp-buitenland.txt", False),
        ("C:\\wire\\page.txt", False),
        ("notes:today.txt", False),
    ],
)
def test_is_url(text, expected):
    assert is_url(text) is expected
