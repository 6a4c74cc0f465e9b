"""Source files to texts: encodings, HTML, feeds, folders, capture times and bad files."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsing.inputs import (
    InputError,
    SourceDoc,
    captured_at_for,
    iter_paths,
    iter_text_chunks,
    read_bytes,
    read_path,
)

DATA = Path(__file__).resolve().parent / "data" / "inputs"
SEED = Path(__file__).resolve().parent.parent / "data" / "sample" / "anp-buitenland.txt"
BRIEF = "GENÈVE (ANP) - De Zwitserse regering heeft maandag in Genève nieuwe regels gepresenteerd."


# --- plain text in any common encoding ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "expected"),
    [
        ("latin1.txt", "cp1252", "Le gouvernement français a annoncé lundi"),
        ("utf8-bom.txt", "utf-8-sig", "El Gobierno español aprobó hoy"),
        ("utf16.txt", "utf-16", "über neue Maßnahmen beraten"),
        ("page.txt", "utf-8", "2 uur geledenDEN HAAG (ANP) - Het KNMI"),
    ],
)
def test_fixture_texts_decode(name, encoding, expected):
    (doc,) = read_path(DATA / name)
    assert doc.kind == "text" and doc.encoding == encoding
    assert expected in doc.text
    assert not doc.text.startswith("\ufeff")
    assert doc.source == str(DATA / name)


@pytest.mark.parametrize(
    ("codec", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),  # no BOM: found from the NUL pattern
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("latin-1", b""),
        ("cp1252", b""),
    ],
)
def test_encodings_round_trip(codec, prefix):
    text = f"{BRIEF}\nDe minister zei dat het kabinet volgende week een besluit neemt.\n"
    (doc,) = read_bytes(prefix + text.encode(codec), "brief.txt")
    assert doc.text == text


def test_cp1252_punctuation():
    text = "PARIS (AFP) – «\u00a0Nous sommes prêts\u00a0», a déclaré le ministre … lundi.\n"
    (doc,) = read_bytes(text.encode("cp1252"), "fr.txt")
    assert doc.text == text


def test_line_ends_are_normalised():
    (doc,) = read_bytes(b"Kop\r\nQUITO (ANP) - Tekst.\rMeer\n", "crlf.txt")
    assert doc.text == "Kop\nQUITO (ANP) - Tekst.\nMeer\n"


def test_seed_page_reads_as_text():
    (doc,) = read_path(SEED)
    assert doc.kind == "text" and doc.text == SEED.read_text(encoding="utf-8")


# --- bad files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"abc\x00def\x00" * 100, "is not text (binary data"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8, "binary data"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary data: PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "binary data: ZIP"),
        (bytes(range(1, 32)) * 40, "is not text"),
    ],
)
def test_bad_files_raise_input_error_naming_the_file(data, message):
    with pytest.raises(InputError) as err:
        read_bytes(data, "upload/bad-file.txt")
    assert message in str(err.value)
    assert "upload/bad-file.txt" in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(("name", "message"), [("binary.bin", "binary"), ("empty.txt", "empty")])
def test_bad_fixture_files(name, message):
    with pytest.raises(InputError, match=message):
        read_path(DATA / name)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="not a file"):
        read_path(tmp_path)


def test_size_cap(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"QUITO (ANP) - Tekst.\n" * 1000)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        read_path(big, max_bytes=1000)
    with pytest.raises(InputError, match="limit"):
        read_bytes(big.read_bytes(), "big.txt", max_bytes=1000)
    assert len(read_path(big, max_bytes=None)) == 1


# --- HTML ---------------------------------------------------------------------------------------


def test_html_article_main_text_title_and_meta_time():
    (doc,) = read_path(DATA / "article.html")
    assert doc.kind == "html"
    assert doc.title == "Flooding closes roads in the north"
    assert doc.url == "https://news.example.org/2025/11/17/flooding"
    assert doc.published_at == datetime(2025, 11, 17, 5, 30, tzinfo=UTC)
    assert doc.published_basis == "meta"
    assert "LEEDS (Example Wire) - Heavy rain closed several roads" in doc.text
    # paragraphs stay on their own lines; scripts, styles and chrome are gone
    lines = doc.text.splitlines()
    assert any(line.startswith("Emergency services evacuated") for line in lines)
    assert "tracking" not in doc.text and "color: black" not in doc.text


def _page(head: str = "", body: str = "") -> bytes:
    para = "<p>BERN (Example Wire) - The Swiss government presented new rules on Monday.</p>" * 3
    return f"<!DOCTYPE html><html><head>{head}</head><body>{para}{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("head", "body", "expected", "basis"),
    [
        (
            '<meta property="article:published_time" content="2025-11-17T06:30:00Z">',
            "",
            datetime(2025, 11, 17, 6, 30, tzinfo=UTC),
            "meta",
        ),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
            ' "datePublished": "2025-11-16T21:00:00-05:00"}]}</script>',
            "",
            datetime(2025, 11, 17, 2, 0, tzinfo=UTC),
            "meta",
        ),
        (
            "",
            '<time datetime="2025-11-17T09:15:00+01:00">9:15</time>',
            datetime(2025, 11, 17, 8, 15, tzinfo=UTC),
            "meta",
        ),
        (
            '<meta itemprop="datePublished" content="2025-11-17">',
            "",
            datetime(2025, 11, 17, tzinfo=UTC),
            "meta-date",
        ),
        # several <time> elements belong to list items, not to the page
        ("", '<time datetime="2025-11-17T09:15Z"></time>' * 2, None, None),
        # a time without offset is not guessed
        ('<meta property="article:published_time" content="2025-11-17T06:30:00">', "", None, None),
    ],
)  # fmt: skip
def test_html_published_time(head, body, expected, basis):
    (doc,) = read_bytes(_page(head, body), "page.html")
    assert (doc.published_at, doc.published_basis) == (expected, basis)


def test_html_charset_from_meta():
    html = '<html><head><meta charset="windows-1252"><title>Genève</title></head><body>'
    html += f"<p>{BRIEF}</p><p>{BRIEF}</p></body></html>"
    (doc,) = read_bytes(html.encode("cp1252"), "ch.html")
    assert "GENÈVE (ANP)" in doc.text and doc.title == "Genève"


def test_html_sniffed_from_content_not_extension():
    (doc,) = read_bytes(_page(), "saved-page.txt")
    assert doc.kind == "html" and "<p>" not in doc.text


def test_broken_html_falls_back_to_its_words():
    (doc,) = read_path(DATA / "broken.html")
    assert doc.kind == "html"
    assert "KYIV (Example Wire) - The text of a page" in doc.text
    assert "<" not in doc.text and "<" not in (doc.title or "")


def test_html_without_text_is_reported():
    with pytest.raises(InputError, match="no readable text"):
        read_bytes(b"<html><head><script>x=1</script></head><body></body></html>", "e.html")


def test_deeply_nested_html_finishes():
    html = "<html><body>" + "<div>" * 100_000 + "DEEP (Wire) - text" + "</div>" * 100_000
    started = time.perf_counter()
    try:
        docs = read_bytes(html.encode(), "deep.html")
    except InputError:
        docs = []
    assert time.perf_counter() - started < 60
    assert all(isinstance(d, SourceDoc) for d in docs)


# --- feeds --------------------------------------------------------------------------------------


def test_rss_items_with_dates():
    docs = read_path(DATA / "feed.rss")
    assert [d.title for d in docs] == [
        "Quake shakes coastal towns",
        "Talks resume in Geneva",
        "Undated item",
    ]
    assert all(d.kind == "feed" for d in docs)
    assert docs[0].text == (
        "LIMA (Example Wire) - An earthquake shook coastal towns in Peru on Monday.\n"
        "No damage was reported."
    )
    assert docs[0].url == "https://wire.example.org/world/1"
    assert docs[0].published_at == datetime(2025, 11, 17, 5, 15, tzinfo=UTC)
    assert docs[1].published_at == datetime(2025, 11, 16, 22, 40, tzinfo=UTC)
    assert [d.published_basis for d in docs] == ["meta", "meta", None]
    assert docs[2].published_at is None


def test_atom_entries_prefer_published_then_updated():
    docs = read_path(DATA / "feed.atom")
    assert [d.title for d in docs] == ["Sturm über Norddeutschland", "Wahl in Sachsen"]
    assert docs[0].published_at == datetime(2025, 11, 17, 5, 45, tzinfo=UTC)  # updated
    assert docs[1].published_at == datetime(2025, 11, 16, 18, 0, tzinfo=UTC)  # published
    assert docs[1].text == "Dresden (dpa) - Die Stimmen werden ausgezählt."
    assert docs[0].url == "https://nachrichten.example.de/1"


def test_broken_feed_keeps_what_it_can():
    docs = read_path(DATA / "broken.rss")
    assert [d.title for d in docs] == ["Half an item"]


def test_feed_with_no_items_is_an_empty_list():
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert read_bytes(data, "empty.rss") == []


def test_garbage_with_a_feed_extension_is_reported():
    with pytest.raises(InputError):
        read_bytes(b"<?xml version='1.0'?><notafeed><<<", "garbage.rss")


# --- folders and capture times -------------------------------------------------------------------


def test_iter_paths_sorted_recursive_skipping_hidden_and_sidecars(tmp_path):
    for rel in ["b.txt", "a.txt", "a.txt.meta.json", ".secret.txt", "sub/c.html", ".git/x.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_paths(tmp_path)]
    assert got == ["a.txt", "b.txt", "sub/c.html"]
    # a file named directly is always read, and a single path may be a string
    assert list(iter_paths(str(tmp_path / ".secret.txt"))) == [tmp_path / ".secret.txt"]
    with pytest.raises(InputError, match="does not exist"):
        list(iter_paths([tmp_path / "missing"]))


def test_iter_paths_on_fixture_folder():
    names = [p.name for p in iter_paths([DATA])]
    assert names == sorted(names)
    assert ".hidden.txt" not in names and "page.txt.meta.json" not in names
    assert "feed.rss" in names


def test_captured_at_option_sidecar_mtime(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(BRIEF, encoding="utf-8")
    os.utime(page, (1_700_000_000, 1_700_000_000))
    assert captured_at_for(page, None) == (datetime.fromtimestamp(1_700_000_000, UTC), "mtime")
    side = tmp_path / "page.txt.meta.json"
    side.write_text(json.dumps({"captured_at": "2025-11-17T08:00:00+01:00"}), encoding="utf-8")
    when, basis = captured_at_for(page, None)
    assert basis == "sidecar" and when == datetime(2025, 11, 17, 7, 0, tzinfo=UTC)
    option = datetime(2025, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=2)))
    assert captured_at_for(page, option) == (option, "option")


def test_seed_sidecar():
    when, basis = captured_at_for(SEED)
    assert basis == "sidecar"
    assert when.isoformat() == "2025-11-17T08:00:00+01:00"


def test_naive_option_is_local_time_made_explicit(tmp_path):
    when, basis = captured_at_for(tmp_path / "x.txt", datetime(2025, 11, 17, 8, 0))
    assert basis == "option" and when.utcoffset() is not None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not readable JSON"),
        ('{"captured_at": "last monday"}', "not ISO 8601"),
        ('{"captured_at": "2025-11-17T08:00:00"}', "no UTC offset"),
    ],
)
def test_bad_sidecar_is_reported(tmp_path, content, message):
    page = tmp_path / "page.txt"
    page.write_text(BRIEF, encoding="utf-8")
    (tmp_path / "page.txt.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        captured_at_for(page)


def test_sidecar_without_captured_at_falls_back_to_mtime(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(BRIEF, encoding="utf-8")
    (tmp_path / "page.txt.meta.json").write_text('{"note": "x"}', encoding="utf-8")
    assert captured_at_for(page)[1] == "mtime"


def test_missing_file_has_no_capture_time(tmp_path):
    assert captured_at_for(tmp_path / "gone.txt") == (None, None)


# --- streaming ---------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_chunks_rebuild_the_text_at_line_ends(tmp_path, codec):
    lines = [f"{i} uur geleden\n{BRIEF} Regel {i}.\n" for i in range(2000)]
    text = "".join(lines)
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode(codec))
    chunks = list(iter_text_chunks(path, chunk_chars=10_000))
    assert "".join(chunks) == text
    assert len(chunks) > 10
    assert all(c.endswith("\n") for c in chunks)
    assert all(len(c) <= 20_000 for c in chunks)


def test_chunks_of_one_huge_line_are_bounded(tmp_path):
    path = tmp_path / "line.txt"
    text = "word " * 2_000_000  # 10 MB, no line end
    path.write_text(text, encoding="utf-8")
    chunks = list(iter_text_chunks(path, chunk_chars=100_000))
    assert "".join(chunks) == text
    assert max(len(c) for c in chunks) <= 200_000


def test_chunks_reject_binary_and_empty(tmp_path):
    (tmp_path / "bin").write_bytes(b"\x00\x01" * 1000)
    (tmp_path / "empty").write_bytes(b"")
    with pytest.raises(InputError, match="binary"):
        list(iter_text_chunks(tmp_path / "bin"))
    with pytest.raises(InputError, match="empty"):
        list(iter_text_chunks(tmp_path / "empty"))


# --- hostile bytes -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.html", "x.rss", "x.xml", "x"]))
def test_read_bytes_never_raises_anything_but_input_error(data, name):
    try:
        docs = read_bytes(data, name)
    except InputError as err:
        assert name in str(err)
        return
    for doc in docs:
        assert isinstance(doc.text, str) and doc.kind in ("text", "html", "feed")
        assert doc.published_at is None or doc.published_at.tzinfo is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            ["<html>", "<body>", "<p>", "</p>", "<div>", "<title>", "<rss>", "<item>", "<?xml",
             "<![CDATA[", "]]>", "&amp;", "&#0;", "<script>", "QUITO (ANP) - ", "é", "\x00",
             "<meta property='article:published_time' content='2025-11-17T06:30:00Z'>"]
        ),
        max_size=40,
    ),
    st.sampled_from(["x.html", "x.rss", "x.txt"]),
)  # fmt: skip
def test_markup_soup_never_crashes(parts, name):
    with contextlib.suppress(InputError):
        read_bytes("".join(parts).encode("utf-8"), name)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (("QUITO (ANP) - " + "x" * 10_000_000).encode(), "line.txt"),
        ((" \t\u00a0" * 2_000_000 + "QUITO").encode(), "blanks.txt"),
        (b"<p>" + b" \t\n" * 2_000_000 + b"</p>", "blanks.html"),
        (b"<" * 2_000_000, "lt.html"),
    ],
)
def test_hostile_bytes_finish_in_bounded_time(data, name):
    started = time.perf_counter()
    with contextlib.suppress(InputError):
        read_bytes(data, name)
    assert time.perf_counter() - started < 60
