"""Files, folders and http(s) URLs into the store: one source, one transaction.

A source is one file or one URL (a feed with many items is still one source). Its events are
all extracted first and then stored with a single ``Store.add``, so a source is either wholly
stored or not at all, and an interrupted run is completed by running it again (ids make the
rerun add only what is missing). A failing source is reported and the others go on.

Capture times: a file's come from ``--captured-at``, its ``.meta.json`` sidecar or its mtime
(``parsing.inputs.captured_at_for``); a URL's is the moment it was fetched (basis "fetched"),
which is a real observation of the page, unless ``--captured-at`` says otherwise.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TextIO

from pipeline.fetch import FetchError, fetch, is_url

FETCHED = "fetched"


@dataclass(slots=True)
class SourceResult:
    """What happened to one source."""

    name: str
    events: int = 0
    added: int = 0
    seen: int = 0
    error: str | None = None  # one line, starting with the source's name

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class IngestReport:
    results: list[SourceResult] = field(default_factory=list)

    @property
    def failed(self) -> list[SourceResult]:
        return [r for r in self.results if not r.ok]

    @property
    def added(self) -> int:
        return sum(r.added for r in self.results)

    @property
    def seen(self) -> int:
        return sum(r.seen for r in self.results)

    @property
    def events(self) -> int:
        return sum(r.events for r in self.results)

    def summary(self) -> str:
        ok = len(self.results) - len(self.failed)
        text = (
            f"{ok} source{'s' * (ok != 1)} read, {self.events} events: "
            f"{self.added} new, {self.seen} already stored"
        )
        if self.failed:
            text += f"; {len(self.failed)} failed"
        return text


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched (see ``pipeline.fetch``)."""

    timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    retry_delay: float = 1.0


def expand(items: Iterable[str | Path]) -> Iterator[tuple[str, str | Path | None, str | None]]:
    """Each item as (name, file path or URL, error): folders become their files, in order."""
    from parsing.inputs import InputError, iter_paths

    for item in items:
        text = str(item)
        if is_url(text):
            yield text, text, None
            continue
        try:
            for path in iter_paths([Path(text)]):
                yield str(path), path, None
        except InputError as err:
            yield text, None, str(err)


def records_from_file(path: Path, captured_at: datetime | None, geocode) -> list[dict]:
    from parsing.inputs import captured_at_for, read_path
    from pipeline.extract import extract_doc

    docs = read_path(path)
    when, basis = captured_at_for(path, captured_at)
    return [record for doc in docs for record in extract_doc(doc, when, basis, geocode)]


def records_from_bytes(
    data: bytes, name: str, captured_at: datetime | None, basis: str | None, geocode
) -> list[dict]:
    """Events in a fetched body; ``name`` is its URL (its suffix hints at the kind)."""
    from parsing.inputs import read_bytes
    from pipeline.extract import extract_doc

    docs = read_bytes(data, name)
    for doc in docs:  # a plain page is its URL; a feed item keeps its own link
        doc.url = doc.url or name
    return [record for doc in docs for record in extract_doc(doc, captured_at, basis, geocode)]


def records_from_url(
    url: str, captured_at: datetime | None, geocode, options: FetchOptions
) -> list[dict]:
    got = fetch(
        url,
        timeout=options.timeout,
        deadline=options.deadline,
        max_bytes=options.max_bytes,
        retries=options.retries,
        retry_delay=options.retry_delay,
    )
    when, basis = (captured_at, "option") if captured_at else (got.fetched_at, FETCHED)
    return records_from_bytes(got.content, got.final_url, when, basis, geocode)


def ingest(
    store,
    items: Iterable[str | Path],
    *,
    captured_at: datetime | None = None,
    geocode=None,
    fetch_options: FetchOptions | None = None,
    on_result: Callable[[SourceResult], None] | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Read every item (file, folder, URL) and store its events, one transaction per source.

    Any failure of one source (unreadable file, network, parsing, database) is recorded in its
    result and the next source is read. With ``jobs`` > 1 the sources are read (fetched,
    parsed, geocoded) by that many processes; they are stored here, one writer, in order.
    """
    from pipeline.extract import default_geocoder
    from pipeline.parallel import ordered_map, warm_up

    geocode = geocode or default_geocoder()
    fetch_options = fetch_options or FetchOptions()
    sources = list(expand(items))
    report = IngestReport()
    if progress:
        progress.start(len(sources))
    step = partial(read_source, captured_at=captured_at, fetch_options=fetch_options)
    read = ordered_map(step, sources, jobs=jobs, context=geocode, prepare=warm_up)
    for (name, _, _), (records, error) in zip(sources, read, strict=True):
        result = SourceResult(name, error=error)
        if error is None:
            try:
                added = store.add(records, source=name)
                result.events, result.added, result.seen = len(records), added.added, added.seen
            except Exception as err:  # one bad source never stops the run
                result.error = _one_line(name, err)
        report.results.append(result)
        if on_result:
            on_result(result)
        if progress:
            progress.step(result)
    if progress:
        progress.finish()
    return report


def read_source(
    geocode,
    source: tuple[str, str | Path | None, str | None],
    captured_at: datetime | None = None,
    fetch_options: FetchOptions | None = None,
) -> tuple[list[dict], str | None]:
    """One source's events, or its one-line error; ``source`` is a row of ``expand``.

    The geocoder comes first so that a process pool can hand it to every call (see
    ``pipeline.parallel.ordered_map``).
    """
    name, target, error = source
    if error is not None:
        return [], error
    try:
        if isinstance(target, Path):
            return records_from_file(target, captured_at, geocode), None
        options = fetch_options or FetchOptions()
        return records_from_url(str(target), captured_at, geocode, options), None
    except FetchError as err:
        return [], str(err)
    except Exception as err:  # one bad source never stops the run
        return [], _one_line(name, err)


def _one_line(name: str, err: Exception) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text if text.startswith(name) else f"{name}: {text}"


class Progress:
    """A one-line progress bar on a stream (stderr), redrawn in place; no dependency needed."""

    def __init__(self, stream: TextIO | None = None, width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.total = self.done = self.events = 0
        self.started = 0.0
        self.drawn = False

    def start(self, total: int) -> None:
        self.total, self.started = total, time.monotonic()
        self._draw()

    def step(self, result: SourceResult) -> None:
        self.done += 1
        self.events += result.events
        self._draw()

    def message(self, text: str) -> None:
        """Print a line above the bar (e.g. a failed source) without breaking it."""
        self._clear()
        print(text, file=self.stream)
        self._draw()

    def finish(self) -> None:
        self._clear()

    def _clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[2K")
            self.drawn = False

    def _draw(self) -> None:
        if not self.total:
            return
        filled = self.width * self.done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        elapsed = time.monotonic() - self.started
        self.stream.write(
            f"\r\x1b[2K[{bar}] {self.done}/{self.total} sources, {self.events} events, "
            f"{elapsed:.0f} s"
        )
        self.stream.flush()
        self.drawn = True
