"""A page never decides a record's ``source``; its own address is ``url``, and only http(s)."""

from __future__ import annotations

import pytest

from parsing.inputs import page_url

BODY = (
    "<p>KYIV (ANP) - Russische drones hebben vannacht een energiecentrale in de regio Kyiv "
    "geraakt, meldt de gouverneur van de regio.</p>"
)


def html_page(head: str) -> str:
    return f"<!doctype html><html><head><title>Wire</title>{head}</head><body>{BODY}</body></html>"


def feed(link: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        "<link>http://127.0.0.1/</link><description>d</description><item><title>Drones</title>"
        f"<description>{BODY.replace('<', '&lt;')}</description><link>{link}</link></item>"
        "</channel></rss>"
    )


HOSTILE = [
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "/relative/path",
    'https://evil.test/x"><script>alert(1)</script>',
    "http://",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("claim", HOSTILE)
@pytest.mark.parametrize("how", ["og:url", "canonical", "feed link"])
def test_a_hostile_page_address_is_dropped_and_source_is_the_file(tmp_path, wiremap, claim, how):
    import html

    if how == "feed link":
        path, text = tmp_path / "wire.rss", feed(html.escape(claim))
    elif how == "og:url":
        path = tmp_path / "wire.html"
        text = html_page(f'<meta property="og:url" content="{html.escape(claim)}">')
    else:
        path = tmp_path / "wire.html"
        text = html_page(f'<link rel="canonical" href="{html.escape(claim)}">')
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "db.sqlite"
    assert wiremap("ingest", path, "--db", db).code == 0
    for run in (wiremap("extract", path), wiremap("export", "--db", db)):
        [record] = run.records
        assert record["source"] == str(path)
        assert record["url"] is None


@pytest.mark.parametrize("how", ["og:url", "feed link"])
def test_a_page_s_own_http_address_is_kept_apart_from_source(tmp_path, wiremap, how):
    own = "https://example.org/nieuws/drones?id=7"
    if how == "feed link":
        path, text = tmp_path / "wire.rss", feed(own.replace("&", "&amp;"))
    else:
        path, text = tmp_path / "wire.html", html_page(f'<meta property="og:url" content="{own}">')
    path.write_text(text, encoding="utf-8")
    [record] = wiremap("extract", path).records
    assert (record["source"], record["url"]) == (str(path), own)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("  HTTP://Example.org  ", "HTTP://Example.org"),
        ("https://user@example.org:8443/x#y", "https://user@example.org:8443/x#y"),
        ("https://:80/x", None),
        ("https://example.org/a b", None),
        ("https://example.org/\x1b[31m", None),
        ("mailto:a@example.org", None),
        ("x" * 3000, None),
        (None, None),
        (42, None),
    ],
)
def test_page_url(value, expected):
    assert page_url(value) == expected
