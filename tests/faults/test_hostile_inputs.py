"""Hostile files: deep HTML, mixed encodings, UTF-16 feeds, huge lines, escapes in names.

Each case ends in one line at most, and the good file passed beside it is still read.
"""

from __future__ import annotations

import codecs
import time

import pytest
from store_fixtures import rss

BRIEFS = [
    "KYIV (ANP) - Russische drones hebben vannacht een energiecentrale geraakt, meldt de "
    "gouverneur.",
    "QUITO (ANP) - Kiezers in Ecuador hebben zondag gestemd over buitenlandse militaire bases.",
    "NAIROBI (AP) - Heavy rain flooded roads in the capital on Monday, police said.",
]


@pytest.mark.parametrize("depth", [10, 250, 260, 2_000])
def test_deeply_nested_html_keeps_its_briefs_apart(tmp_path, good, wiremap, depth):
    """Past the parsers' depth limit the tag-stripping fallback used to glue briefs together."""
    html = (
        "<html><head><title>Wire</title></head><body>" + "<div>" * depth
        + "<p>" + "<br>".join(BRIEFS) + "</p>" + "</div>" * depth + "</body></html>"
    )  # fmt: skip
    page = tmp_path / "deep.html"
    page.write_text(html, encoding="utf-8")
    run = wiremap("extract", page, good)
    assert run.code == 0 and run.err == []
    assert [r["place"] for r in run.records] == ["KYIV", "QUITO", "NAIROBI", "KYIV"]
    assert [r["text"] for r in run.records[:3]] == BRIEFS


def test_a_file_mixing_utf8_and_latin1_is_decoded_line_by_line(tmp_path, wiremap):
    utf8 = "KYIV (ANP) - Eén bron meldt dat de centrale weer werkt, zegt de gouverneur.\n"
    latin1 = "QUITO (ANP) - Volgens één andere bron is de uitslag pas dinsdag bekend.\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(utf8.encode("utf-8") + latin1.encode("latin-1") + utf8.replace(
        "KYIV", "NAIROBI").replace("werkt", "draait").encode("utf-8"))  # fmt: skip
    run = wiremap("extract", path)
    assert run.code == 0
    texts = [r["text"] for r in run.records]
    assert texts[:2] == [utf8.strip(), latin1.strip()]
    assert all("\ufffd" not in t and "Ã" not in t for t in texts)


@pytest.mark.parametrize("declaration", ["", '<?xml version="1.0"?>',
                                         '<?xml version="1.0" encoding="utf-8"?>'])  # fmt: skip
@pytest.mark.parametrize("bom", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("suffix", [".rss", ".xml"])
def test_a_utf16_feed_with_a_bom_is_read(tmp_path, wiremap, declaration, bom, suffix):
    text = rss([("Storm", BRIEFS[2], "Mon, 17 Nov 2025 06:30:00 GMT")]).decode("utf-8")
    text = text.replace('<?xml version="1.0" encoding="utf-8"?>', declaration)
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    path = tmp_path / f"feed{suffix}"
    path.write_bytes(boms[bom] + text.encode(bom))
    run = wiremap("extract", path)
    assert run.code == 0, run.err
    [record] = run.records
    assert (record["title"], record["text"], record["place"]) == ("Storm", BRIEFS[2], "NAIROBI")


def test_a_50_mb_line_is_refused_at_once(tmp_path, good, wiremap):
    path = tmp_path / "line.txt"
    path.write_text("KYIV (ANP) - " + "woord " * 8_300_000 + "\n", encoding="utf-8")
    assert path.stat().st_size > 49_000_000
    start = time.monotonic()
    run = wiremap("extract", path, good)
    assert time.monotonic() - start < 30  # was 71 s and 855 MB
    assert run.code == 1
    assert run.err == [f"wiremap: {path} has a line of over 1,000,000 characters; news copy "
                       "has no lines that long: break it into lines"]  # fmt: skip
    assert [r["place"] for r in run.records] == ["KYIV"]


def test_the_size_cap_speaks_to_a_cli_user(tmp_path, good, wiremap):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: costs no disk
    run = wiremap("extract", path, good)
    assert run.code == 1
    assert run.err == [f"wiremap: {path} is 53,477,376 bytes, over the 52,428,800-byte limit "
                       "for one file; split it into smaller files"]  # fmt: skip


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_escapes_in_a_file_name_are_shown_not_obeyed(tmp_path, good, wiremap, command):
    hostile = tmp_path / "\x1b[2J\x1b[31mred\x1b[0m\rfake: ok.txt"
    hostile.write_bytes(b"\x00\x01binary\x00" * 20)
    db = ["--db", tmp_path / "db.sqlite"] if command == "ingest" else []
    run = wiremap(command, hostile, good, *db)
    assert run.code == 1
    assert not any("\x1b" in line or "\r" in line for line in run.err)
    [line] = [line for line in run.err if "binary" in line]
    assert "\\x1b[2J\\x1b[31mred\\x1b[0m\\x0dfake: ok.txt" in line


def test_a_body_ending_in_an_ideographic_full_stop_stays_with_its_brief(tmp_path, wiremap):
    path = tmp_path / "xinhua.txt"
    path.write_text(
        "BEIJING (Xinhua) - China said on Monday it would widen its trade talks.\n"
        "官员表示，谈判将在下周继续。\n"
        "SHANGHAI (Xinhua) - Shares rose on Monday after the central bank held its rates.\n",
        encoding="utf-8",
    )
    first, second = wiremap("extract", path).records
    assert first["text"].endswith("谈判将在下周继续。")
    assert second["title"] is None and second["text"].startswith("SHANGHAI")
