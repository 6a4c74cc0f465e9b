"""Source files to texts: plain text in any common encoding, HTML pages and saved RSS/Atom feeds.

Why here: the parser works on text; every other shape a user hands us (a saved page, a feed, a
Latin-1 export, a UTF-16 file from a Windows tool) is turned into ``SourceDoc`` texts first, so
the rest of the pipeline never sees bytes. Bad files raise ``InputError`` with one line that
names the file; nothing else is raised for bad content.

Decisions:

* Empty files (no bytes, or only blanks) raise ``InputError("... is empty")``: an empty list
  would hide the mistake. A well-formed feed with no items gives an empty list.
* One file is capped at ``DEFAULT_MAX_BYTES`` (50 MiB, ``max_bytes=`` to change, None to lift);
  larger plain text streams through ``iter_text_chunks`` in bounded memory. One line is capped at
  ``MAX_LINE_CHARS``: no news copy has a line of megabytes, and one brief that long would cost
  minutes to read.
* Any NUL byte (outside UTF-16/32 text) or a known binary signature means binary data.
* Line ends are normalised to ``\\n`` (the same in ``read_*`` and ``iter_text_chunks``), so
  offsets in briefs refer to ``SourceDoc.text`` as returned here.
* Published times come only from the document's own metadata: basis "meta" for an instant,
  "meta-date" for a date without a time (midnight UTC, day precision). A time without a UTC
  offset is left unknown. ``<time datetime>`` counts only when the page has exactly one, since
  a list page's times belong to its items, not to the page.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from parsing.errors import WiremapError
from parsing.timeparse import parse_meta_time_precise

__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputError",
    "SourceDoc",
    "captured_at_for",
    "capture_time_problem",
    "check_captured_at",
    "decode_bytes",
    "iter_paths",
    "iter_text_chunks",
    "page_url",
    "read_bytes",
    "read_path",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_CHUNK_CHARS = 1_000_000
SIDECAR_SUFFIX = ".meta.json"

_HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
_FEED_EXTS = {".rss", ".atom", ".rdf", ".xml"}

# Signatures of common binary formats (checked before any decoding).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x89PNG", "PNG"),
    (b"GIF8", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf", "7z"),
    (b"\x7fELF", "ELF"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\xd0\xcf\x11\xe0", "OLE/Office"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE_BYTES = 256 * 1024
# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


class InputError(WiremapError):
    """A source file that cannot be read as text; the message is one line naming the file."""


@dataclass(slots=True)
class SourceDoc:
    """One text to parse, with what its file said about it."""

    text: str
    source: str
    kind: str  # "text" | "html" | "feed"
    title: str | None = None
    published_at: datetime | None = None  # timezone-aware (UTC) or None
    published_basis: str | None = None  # "meta" (instant) | "meta-date" (day only) | None
    url: str | None = None  # the document's own http(s) address (``page_url``), if it names one
    encoding: str | None = None


# --- decoding ------------------------------------------------------------------------------


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs in every other byte for Latin text."""
    n = len(sample) // 2 * 2
    if n < 8:
        return None
    even = sample[0:n:2].count(0) / (n / 2)
    odd = sample[1:n:2].count(0) / (n / 2)
    if odd > 0.7 and even < 0.05:
        return "utf-16-le"
    if even > 0.7 and odd < 0.05:
        return "utf-16-be"
    return None


def _sniff_encoding(sample: bytes, name: str) -> str:
    """The encoding of ``sample`` (the start of a file); InputError when it is not text."""
    kind = _binary_kind(sample)
    if kind is not None:
        raise InputError(f"{name} is not text (binary data: {kind})")
    for bom, enc in _BOMS:
        if sample.startswith(bom):
            return enc
    if b"\x00" in sample:
        enc = _bomless_utf16(sample)
        if enc is not None:
            return enc
        raise InputError(f"{name} is not text (binary data: NUL bytes)")
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A cut multi-byte character at the end of the sample is still UTF-8.
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    if _utf8_lines(sample):
        return "utf-8"  # UTF-8 with some lines in another code: decode_bytes goes by line
    return _legacy_encoding(sample, name)


_WESTERN = ("English", "Dutch", "German", "French", "Spanish", "Italian", "Portuguese", "Danish",
            "Unknown")  # fmt: skip


def _utf8_lines(sample: bytes) -> bool:
    """Does ``sample`` hold lines that are UTF-8 beyond ASCII (so it is not a legacy file)?"""
    for line in sample.split(b"\n")[:-1]:  # the last line may be cut by the sample's end
        if not line.isascii():
            try:
                line.decode("utf-8")
                return True
            except UnicodeDecodeError:
                continue
    return False


def _legacy_encoding(sample: bytes, name: str) -> str:
    """The code page of ``sample``, bytes that are not UTF-8; InputError when none fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise InputError(f"{name} is not text (binary data: no text encoding fits)")
    enc = best.encoding
    # Western single-byte text is far more often cp1252 than the exotic code pages that fit
    # a short sample just as well; prefer it when it decodes cleanly.
    if enc not in ("utf_8", "cp1252", "latin_1", "iso8859_15") and best.language in _WESTERN:
        try:
            sample.decode("cp1252")
            enc = "cp1252"
        except UnicodeDecodeError:
            pass
    return enc


def _check_text(text: str, name: str) -> None:
    sample = text[:_SAMPLE_BYTES]
    if not sample:
        return
    controls = len(_CONTROL_RE.findall(sample))
    bad = sample.count("\ufffd")
    if controls > max(2, len(sample) // 100) or bad > max(8, len(sample) // 50):
        raise InputError(f"{name} is not text (binary data: control characters)")


def _normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# ASCII-based single-byte encodings: a line that is not UTF-8 is decoded with one of these.
_SINGLE_BYTE_RE = re.compile(r"^(?:cp12\d\d|iso8859-\d+|latin-1|koi8-[ru]|mac-\w+|cp437|cp8\d\d)$")
MIXED_FALLBACK = "cp1252"  # the usual other half of a file that mixes UTF-8 with a legacy code
# The legacy code pages that mixed files really hold (Western, Central European, Cyrillic,
# Greek, Turkish, Hebrew, Arabic, Baltic); others are chance fits of a few short lines.
_COMMON_LEGACY = frozenset(
    [f"cp{n}" for n in range(1250, 1258)]
    + ["iso8859-1", "iso8859-2", "iso8859-5", "iso8859-7", "iso8859-9", "iso8859-15"]
    + ["koi8-r", "koi8-u"]
)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Text and encoding name of ``data``; InputError if it is binary.

    A file that is not UTF-8 as a whole may still be UTF-8 line by line, with other lines in a
    legacy code page (two exports pasted together). Such a file is decoded a line at a time,
    UTF-8 where a line is UTF-8, else the single-byte encoding found for it (or cp1252); its
    encoding reads ``utf-8+cp1252``.
    """
    enc = _sniff_encoding(data[:_SAMPLE_BYTES], name)
    try:
        codec = codecs.lookup(enc).name
    except LookupError:
        raise InputError(f"{name} is not text (unknown encoding {enc})") from None
    if codec == "utf-8" or _SINGLE_BYTE_RE.match(codec):
        text, enc = _decode_by_line(data, codec if codec != "utf-8" else None)
    else:
        text = data.decode(enc, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_text(text, name)
    return _normalise_newlines(text), enc


def _decode_by_line(data: bytes, other: str | None) -> tuple[str, str]:
    """UTF-8 when the whole is; else each line as UTF-8 when it is, in ``other`` when not
    (None: the code page that fits the lines that are not UTF-8, if single-byte, else cp1252).
    """
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines: list[bytes | str] = data.split(b"\n")
    bad, utf8 = [], 0
    for i, line in enumerate(lines):
        try:
            lines[i] = line.decode("utf-8")
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            bad.append(i)
    if other is None:
        sample = b"\n".join(lines[i] for i in bad[:2000])
        try:
            other = codecs.lookup(_legacy_encoding(sample, "")).name
        except InputError:
            other = MIXED_FALLBACK
        if other not in _COMMON_LEGACY:  # a few short lines fit exotic code pages by chance
            other = MIXED_FALLBACK
    for i in bad:
        lines[i] = lines[i].decode(other, errors="replace")
    return "\n".join(lines), f"utf-8+{other}" if utf8 else other


# --- addresses ------------------------------------------------------------------------------

_URL_MAX = 2048
_URL_BAD = re.compile(r"[\x00-\x20\x7f<>\"'`\\]")


def page_url(value: object) -> str | None:
    """A page's or feed item's own address when it is a plain http(s) URL with a host, else None.

    Pages are untrusted: ``javascript:``, ``data:``, relative links, or text that could break
    out of a link are dropped, never kept as the page's address.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _URL_MAX or _URL_BAD.search(text):
        return None
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() not in ("http", "https"):
        return None
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1]
    return text if host.split(":", 1)[0] else None


# --- kinds ---------------------------------------------------------------------------------

_FEED_ROOT_RE = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_ROOT_RE = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_TAG_RE = re.compile(r"<(?:p|div|span|a|br|h[1-6]|article|section|table|ul|li)[\s/>]", re.I)


def _sniff_kind(head: str, suffix: str) -> str:
    """ "feed", "html" or "text", from the content first and the extension second."""
    start = head.lstrip()[:4096]
    if _FEED_ROOT_RE.search(start) and not _HTML_ROOT_RE.search(start[:512]):
        return "feed"
    if start.startswith("<") and _HTML_ROOT_RE.search(start):
        return "html"
    if start.startswith("<?xml"):
        return "feed" if suffix in _FEED_EXTS else "html"
    if suffix in _HTML_EXTS and _TAG_RE.search(start):
        return "html"
    return "text"


# --- HTML ----------------------------------------------------------------------------------

_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "article", "section", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption",
    "hr", "main", "aside", "nav",
)  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head")
_BLANKS_RE = re.compile(r"[ \t\u00a0\u202f\f\v]+")
_MANY_NL_RE = re.compile(r"\n{3,}")
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
)


def _tidy(text: str) -> str:
    """One blank between words, no blank line runs, no blanks at line ends."""
    text = _BLANKS_RE.sub(" ", _normalise_newlines(text))
    lines = [line.strip() for line in text.split("\n")]
    return _MANY_NL_RE.sub("\n\n", "\n".join(lines)).strip()


def _parse_html(html: str):  # -> lxml.html.HtmlElement | None
    import lxml.etree
    import lxml.html

    try:
        parser = lxml.html.HTMLParser(
            encoding="utf-8", recover=True, remove_comments=True, huge_tree=False
        )
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None


def _html_to_text(root) -> str:
    """Text of an lxml tree with a line break after each block; iterative, so deep trees pass."""
    for el in list(root.iter(*_DROP_TAGS)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    try:
        return _tidy(root.text_content())
    except (ValueError, RecursionError):
        return ""


_ANY_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")


_RAW_OPEN_RE = re.compile(r"<(script|style)\b", re.IGNORECASE)
_RAW_CLOSE_RE = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}


def _drop_raw_blocks(markup: str) -> str:
    """Remove script and style blocks; one forward pass, so linear even when left open."""
    out, pos = [], 0
    while True:
        m = _RAW_OPEN_RE.search(markup, pos)
        if m is None:
            out.append(markup[pos:])
            return "".join(out)
        out.append(markup[pos : m.start()])
        close = _RAW_CLOSE_RE[m.group(1).lower()].search(markup, m.end())
        if close is None:
            return "".join(out)
        pos = close.end()


_BLOCK_TAG_RE = re.compile(
    r"<\s*/?\s*(?:" + "|".join(_BLOCK_TAGS) + r")\b[^<>]{0,2000}>", re.IGNORECASE
)


def _strip_tags(markup: str) -> str:
    """Words of markup with no usable tree (linear: every tag match is bounded).

    Block tags (``<p>``, ``<br>``, ``<div>``...) end a line, as they do in a tree, so the briefs
    of a page too deeply nested for the parsers still start on lines of their own.
    """
    import html

    text = _BLOCK_TAG_RE.sub("\n", _drop_raw_blocks(markup))
    text = _ANY_TAG_RE.sub(" ", text)
    return _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text)


def _fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment from a feed item (tags dropped, blocks on their lines)."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    root = _parse_html(f"<html><body><div>{fragment}</div></body></html>")
    if root is None:
        return _tidy(_strip_tags(fragment))
    return _html_to_text(root)


def _meta(root, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in wanted:
            content = (el.get("content") or "").strip()
            if content:
                return content
    return None


def _jsonld_published(root) -> str | None:
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 1000:
            seen += 1
            item = stack.pop()
            if isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and value.strip():
                    return value.strip()
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
            elif isinstance(item, list):
                stack.extend(item)
    return None


def _html_published(root) -> tuple[datetime | None, str | None]:
    candidates: list[str | None] = [_meta(root, *_PUBLISHED_META), _jsonld_published(root)]
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("itemprop") == "datePublished" and el.tag != "meta":
            candidates.append(el.get("datetime") or el.get("content"))
    times = [el.get("datetime") for el in root.iter("time") if el.get("datetime")]
    if len(times) == 1:
        candidates.append(times[0])
    for value in candidates:
        if value:
            got = parse_meta_time_precise(value)
            if got is not None:
                return got[0], "meta" if got[1] == "instant" else "meta-date"
    return None, None


def _read_html(text: str, name: str, encoding: str) -> list[SourceDoc]:
    root = _parse_html(text)
    title = url = None
    published, basis = None, None
    if root is not None:
        title = _meta(root, "og:title", "twitter:title")
        if title is None:
            t = root.find(".//title")
            if t is not None and t.text_content().strip():
                title = _tidy(_strip_tags(t.text_content())).split("\n", 1)[0][:300] or None
        url = _meta(root, "og:url")
        if url is None:
            for link in root.iter("link"):
                if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                    url = link.get("href")
                    break
        published, basis = _html_published(root)
    body = _extract_main_text(text)
    if body and root is not None:
        body = _headings_on_own_lines(body, _headings(root))
    if not body and root is not None:
        body = _html_to_text(root)
    if not body:
        body = _tidy(_strip_tags(text))  # markup too broken for a tree: keep its words
    if not body:
        raise InputError(f"{name} is an HTML page with no readable text")
    return [
        SourceDoc(
            text=body,
            source=name,
            kind="html",
            title=title,
            published_at=published,
            published_basis=basis,
            url=page_url(url),
            encoding=encoding,
        )
    ]


_HEADING_TAGS = ("h1", "h2", "h3", "h4")
MAX_HEADINGS = 2000  # a page with more is not a list of briefs; the rest keep their lines
_BULLETS = frozenset(("", "-", "*", "•", "·"))


def _headings(root) -> list[str]:
    """The text of each heading, in document order (a brief's headline on a listing page)."""
    out: list[str] = []
    for el in root.iter(*_HEADING_TAGS):
        try:
            words = " ".join(el.text_content().split())
        except (ValueError, RecursionError):
            continue
        if len(words) >= 3:
            out.append(words)
        if len(out) >= MAX_HEADINGS:
            break
    return out


def _headings_on_own_lines(body: str, headings: list[str]) -> str:
    """Each heading on a line of its own, as the page shows it.

    Main-text extraction may run a list item's headline, dateline and age into one line
    ("- Drie doden bij aanval BALAKLIYA (ANP) - ..."); the page splitter finds a brief's
    headline on the line above its dateline, so every heading must stand alone there (a bullet
    before it is dropped). Headings are found in order, so the pass is linear.
    """
    out: list[str] = []
    pos = 0
    for heading in headings:
        at = body.find(heading, pos)
        if at == -1:
            continue
        before = body[pos:at]
        head = before[before.rfind("\n") + 1 :]
        if head.strip() in _BULLETS:
            before = before[: len(before) - len(head)]
        else:
            before = before.rstrip(" ") + "\n"
        out.append(before)
        out.append(heading)
        pos = at + len(heading)
        rest = body[pos : pos + 1]
        if rest and rest != "\n":
            out.append("\n")
            while pos < len(body) and body[pos] == " ":
                pos += 1
    out.append(body[pos:])
    return "".join(out)


def _extract_main_text(html: str) -> str:
    """Main text via trafilatura, keeping paragraph and line breaks; "" when it finds none."""
    try:
        import trafilatura

        got = trafilatura.extract(
            html,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            deduplicate=False,
            with_metadata=False,
        )
    except Exception:  # trafilatura and lxml raise many kinds on broken pages: fall back
        return ""
    return _tidy(got) if got else ""


# --- feeds ---------------------------------------------------------------------------------


_XML_ENCODING_RE = re.compile(r"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")


def _feed_bytes(data: bytes, text: str, encoding: str) -> bytes:
    """The feed as the XML parser should get it.

    The file's own bytes, unless it is UTF-16/32 or mixed: then the text as decoded here, in
    UTF-8, its XML declaration saying so (the parser refuses UTF-16 without a declaration, and
    a declaration may name an encoding the bytes are not in).
    """
    if not encoding.startswith(("utf-16", "utf-32", "utf-8+")):
        return data
    return _XML_ENCODING_RE.sub(r"\1\2utf-8\2", text, count=1).encode("utf-8")


def _read_feed(data: bytes, name: str) -> list[SourceDoc] | None:
    """One SourceDoc per item; None when ``data`` is not a readable feed at all."""
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    except Exception:  # feedparser wraps most errors in bozo; anything else is "not a feed"
        return None
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not entries and not version:
        return None
    docs = []
    for entry in entries:
        body = ""
        contents = entry.get("content") or []
        values = [c.get("value") or "" for c in contents if isinstance(c, dict)]
        values.append(entry.get("summary") or "")
        raw = max(values, key=len)
        if raw:
            body = _fragment_to_text(raw)
        title = _tidy(entry.get("title") or "") or None
        published, basis = None, None
        for key in ("published", "updated", "created"):
            value = entry.get(key)
            got = parse_meta_time_precise(value) if isinstance(value, str) else None
            if got is not None:
                published = got[0]
                basis = "meta" if got[1] == "instant" else "meta-date"
                break
        if not body and not title:
            continue
        docs.append(
            SourceDoc(
                text=body or title or "",
                source=name,
                kind="feed",
                title=title,
                published_at=published,
                published_basis=basis,
                url=page_url(entry.get("link")),
                encoding=parsed.get("encoding") or None,
            )
        )
    return docs


# --- entry points --------------------------------------------------------------------------


def read_bytes(
    data: bytes, name: str, *, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> list[SourceDoc]:
    """The texts in one file's bytes (``name`` is its file name, for kind and messages)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InputError(f"{name} is not bytes")
    data = bytes(data)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            f"{name} is {len(data):,} bytes, over the {max_bytes:,}-byte limit for one file;"
            " split it into smaller files"
        )
    if not data.strip():
        raise InputError(f"{name} is empty")
    text, encoding = decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty")
    kind = _sniff_kind(text[:8192], Path(name).suffix.lower())
    docs = None
    if kind == "feed":
        docs = _read_feed(_feed_bytes(data, text, encoding), name)
        if docs is None and Path(name).suffix.lower() in (".rss", ".atom", ".rdf"):
            raise InputError(f"{name} is not a readable RSS/Atom feed")
        kind = "html"  # other XML: keep its text
    if docs is None and kind == "html":
        docs = _read_html(text, name, encoding)
    if docs is None:
        docs = [SourceDoc(text=text, source=name, kind="text", encoding=encoding)]
    for doc in docs:
        _check_lines(doc.text, name)
    return docs


MAX_LINE_CHARS = 1_000_000


def _check_lines(text: str, name: str, limit: int = MAX_LINE_CHARS) -> None:
    """InputError for a line longer than any news copy has: one brief of megabytes would cost
    minutes and gigabytes to read, for nothing a reader could use.

    Linear: each step jumps to the last line end within ``limit`` characters.
    """
    pos, end = 0, len(text)
    while end - pos > limit:
        cut = text.rfind("\n", pos, pos + limit + 1)
        if cut < 0:
            raise InputError(
                f"{name} has a line of over {limit:,} characters; news copy has no lines that "
                "long: break it into lines"
            )
        pos = cut + 1


def read_path(path: str | Path, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> list[SourceDoc]:
    """The texts in one file: plain text, an HTML page or a feed (one SourceDoc per item)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(f"{p} is not a file")
        if max_bytes is not None and size > max_bytes:
            raise InputError(
                f"{p} is {size:,} bytes, over the {max_bytes:,}-byte limit for one file;"
                " split it into smaller files"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p} does not exist") from None
    except PermissionError:
        raise InputError(f"{p} cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InputError(f"{p} is not a file") from None
    except OSError as exc:
        raise InputError(f"{p} cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, str(p), max_bytes=max_bytes)


def iter_text_chunks(
    path: str | Path, chunk_chars: int = DEFAULT_CHUNK_CHARS, *, encoding: str | None = None
) -> Iterator[str]:
    """A plain-text file as chunks of about ``chunk_chars`` characters, in bounded memory.

    Chunks end at a line end where one falls within the chunk (else at a blank, else anywhere);
    their concatenation is the whole decoded text, with line ends normalised to ``\\n``.
    Memory stays within about two chunks whatever the file size; no size cap applies.
    """
    p = Path(path)
    chunk_chars = max(1, int(chunk_chars))
    try:
        with p.open("rb") as fh:
            sample = fh.read(_SAMPLE_BYTES)
    except FileNotFoundError:
        raise InputError(f"{p} does not exist") from None
    except OSError as exc:
        raise InputError(f"{p} cannot be read ({exc.strerror or exc})") from None
    if not sample.strip():
        raise InputError(f"{p} is empty")
    enc = encoding or _sniff_encoding(sample, str(p))
    with p.open("r", encoding=enc, errors="replace", newline=None) as fh:
        carry = ""
        first = True
        while True:
            block = fh.read(chunk_chars)
            if first:
                first = False
                if block.startswith("\ufeff"):
                    block = block[1:]
                _check_text(block, str(p))
            if not block:
                break
            buf = carry + block
            cut = buf.rfind("\n") + 1
            if cut == 0 and len(buf) >= chunk_chars:
                cut = max(buf.rfind(" "), buf.rfind("\t")) + 1 or len(buf)
            if cut:
                yield buf[:cut]
                carry = buf[cut:]
            else:
                carry = buf
        if carry:
            yield carry


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def iter_paths(paths: str | Path | Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted).

    Hidden files and folders and ``*.meta.json`` sidecars under a folder are skipped; a file
    named directly is always yielded. A missing path raises InputError.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    for item in paths:
        p = Path(item)
        if p.is_dir():
            found: list[Path] = []
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for fn in filenames:
                    if fn.startswith(".") or fn.endswith(SIDECAR_SUFFIX):
                        continue
                    fp = Path(dirpath) / fn
                    if fp.is_file() and not _hidden(fp.relative_to(p)):
                        found.append(fp)
            yield from sorted(found, key=lambda f: f.relative_to(p).as_posix())
        elif p.exists():
            yield p
        else:
            raise InputError(f"{p} does not exist")


EARLIEST_CAPTURE = datetime(1900, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)  # clocks disagree a little; a capture time never lies ahead
SIDECAR_MAX_BYTES = 1024 * 1024  # a sidecar holds a few fields, never megabytes


def capture_time_problem(when: datetime) -> str | None:
    """Why ``when`` cannot be the moment a page was captured, or None when it can.

    A time that cannot even be put in UTC (``0001-01-01T00:30:00+14:00``), one before 1900 or
    one in the future would make every age count back from a moment that never was.
    """
    try:
        utc = when.astimezone(UTC)
    except (OverflowError, ValueError):
        return "is out of range"
    if utc < EARLIEST_CAPTURE:
        return "is before 1900; no page was captured then"
    if utc > datetime.now(UTC) + FUTURE_SLACK:
        return "is in the future"
    return None


def check_captured_at(when: datetime, what: str) -> datetime:
    """``when`` when it can be a capture time (``capture_time_problem``), else InputError."""
    problem = capture_time_problem(when)
    if problem:
        raise InputError(f"{what} {when.isoformat()} {problem}")
    return when


def captured_at_for(
    path: str | Path, override: datetime | None = None
) -> tuple[datetime | None, str | None]:
    """When the file's text was captured, and how we know: "option", "sidecar" or "mtime".

    The option wins (a naive option is read as this machine's local time, as a user typing it
    means). Then ``<file>.meta.json`` with {"captured_at": ISO 8601 with offset}; a sidecar
    that is unreadable, or whose time has no offset or cannot be a capture time
    (``check_captured_at``), raises InputError rather than being skipped. Then the file's
    modification time, when it is a plausible one. Never a silent "now": no usable time gives
    (None, None).
    """
    if override is not None:
        if override.utcoffset() is None:
            override = override.astimezone()
        return check_captured_at(override, "--captured-at"), "option"
    p = Path(path)
    sidecar = p.with_name(p.name + SIDECAR_SUFFIX)
    if sidecar.is_file():
        when = _sidecar_time(sidecar)
        if when is not None:
            return when, "sidecar"
    try:
        when = datetime.fromtimestamp(p.stat().st_mtime, tz=UTC)
        return check_captured_at(when, "mtime"), "mtime"
    except (OSError, OverflowError, ValueError, InputError):
        return None, None


def _sidecar_time(sidecar: Path) -> datetime | None:
    """The sidecar's ``captured_at``, None when it has none; InputError when it is bad."""
    try:
        if sidecar.stat().st_size > SIDECAR_MAX_BYTES:
            raise InputError(f"{sidecar} is over {SIDECAR_MAX_BYTES:,} bytes; not a sidecar")
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{sidecar} is not readable JSON ({exc})") from None
    except RecursionError:
        raise InputError(f"{sidecar} is not readable JSON (nested too deeply)") from None
    value = meta.get("captured_at") if isinstance(meta, dict) else None
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{sidecar}: captured_at {value!r} is not an ISO 8601 text")
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{sidecar}: captured_at {value!r} is not ISO 8601") from None
    if when.utcoffset() is None:
        raise InputError(f"{sidecar}: captured_at {value!r} has no UTC offset")
    return check_captured_at(when, f"{sidecar}: captured_at")
