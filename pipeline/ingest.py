"""Files, folders and http(s) URLs into the store, each source whole or not at all.

A source is one file or one URL (a feed with many items is still one source). Its events are
all extracted first and then stored whole (``Store.write``: a few small sources share one
transaction, a large one goes through the store's staging), so a source is either wholly stored
or not at all, and an interrupted run is completed by running it again (ids make the rerun add
only what is missing). A failing source is reported and the others go on.

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
from typing import TYPE_CHECKING, TextIO

from pipeline.fetch import FetchError, fetch, is_url
from pipeline.messages import one_line
from pipeline.store import Prepared, StoreError, prepare

if TYPE_CHECKING:  # the home is given only by the user: not imported on the usual path
    from geo.home import Home

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
    stopped: str | None = None  # why the run stopped early: the store stayed unavailable
    unread: int = 0  # sources not read because of that

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
            f"{ok} source{'s' * (ok != 1)} read, {self.events} event{'s' * (self.events != 1)}: "
            f"{self.added} new, {self.seen} already stored"
        )
        if self.failed:
            text += f"; {len(self.failed)} failed"
        if self.stopped:
            text += (
                f"; stopped with {self.unread} source{'s' * (self.unread != 1)} not read, "
                "as the store stayed unavailable: run the same command again to finish"
            )
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


def records_from_url(
    url: str, captured_at: datetime | None, geocode, options: FetchOptions, home: Home | None = None
) -> list[dict]:
    got = fetch(
        url,
        timeout=options.timeout,
        deadline=options.deadline,
        max_bytes=options.max_bytes,
        retries=options.retries,
        retry_delay=options.retry_delay,
    )
    from pipeline.extract import extract_bytes

    when, basis = (captured_at, "option") if captured_at else (got.fetched_at, FETCHED)
    return extract_bytes(
        got.content,
        got.final_url,
        captured_at=when,
        captured_at_basis=basis,
        geocode=geocode,
        home=home,
    )


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
    home: Home | None = None,
) -> IngestReport:
    """Read every item (file, folder, URL) and store its events, each source whole.

    Any failure of one source (unreadable file, network, parsing) is recorded in its result and
    the next source is read. With ``jobs`` > 1 the sources are read (fetched, parsed,
    geocoded) by that many processes; they are stored here, by one writer, in order. Sources
    are stored a few at a time (``SourceWriter``); when the store itself is gone for longer
    than it waits, the run stops (``IngestReport.stopped``): a rerun completes it. ``home``
    (``geo.home.Home``) is the sources' home given by the user, a weak prior for namesakes.
    """
    from pipeline.extract import default_geocoder
    from pipeline.parallel import ordered_map, warm_up

    geocode = geocode or default_geocoder()
    fetch_options = fetch_options or FetchOptions()
    sources = list(expand(items))
    report = IngestReport()
    if progress:
        progress.start(len(sources))

    def done(result: SourceResult) -> None:
        report.results.append(result)
        if on_result:
            on_result(result)
        if progress:
            progress.step(result)

    writer = SourceWriter(store, done)
    step = partial(read_prepared, captured_at=captured_at, fetch_options=fetch_options, home=home)
    read = ordered_map(step, sources, jobs=jobs, context=geocode, prepare=warm_up)
    try:
        for i, ((name, _, _), (events, rows, error)) in enumerate(zip(sources, read, strict=False)):
            result = SourceResult(name, events=events, error=error)
            writer.add_prepared(result, rows)
            if writer.stopped:
                report.stopped, report.unread = writer.stopped, len(sources) - i - 1
                break
    finally:
        read.close()  # an early stop: the workers' queued reading is dropped
        writer.flush()
    if writer.stopped and not report.stopped:
        report.stopped = writer.stopped
    if progress:
        progress.finish()
    return report


def read_source(
    geocode,
    source: tuple[str, str | Path | None, str | None],
    captured_at: datetime | None = None,
    fetch_options: FetchOptions | None = None,
    home: Home | None = None,
) -> tuple[list[dict], str | None]:
    """One source's events, or its one-line error; ``source`` is a row of ``expand``.

    The geocoder comes first so that a process pool can hand it to every call (see
    ``pipeline.parallel.ordered_map``).
    """
    name, target, error = source
    if error is not None:
        return [], error
    if isinstance(target, Path):  # the same per-file guard as ``wiremap extract``
        from pipeline.extract import file_events

        return file_events(geocode, target, captured_at, home=home)
    try:
        options = fetch_options or FetchOptions()
        return records_from_url(str(target), captured_at, geocode, options, home), None
    except FetchError as err:
        return [], str(err)
    except Exception as err:  # one bad source never stops the run
        return [], one_line(name, err)


def read_prepared(
    geocode,
    source: tuple[str, str | Path | None, str | None],
    captured_at: datetime | None = None,
    fetch_options: FetchOptions | None = None,
    home: Home | None = None,
) -> tuple[int, Prepared | None, str | None]:
    """``read_source``, then its records made store rows (``pipeline.store.prepare``): how many
    events, the rows, or the one-line error. With ``--jobs`` this runs in the reading
    processes, so the one process that writes only merges, links and inserts."""
    records, error = read_source(geocode, source, captured_at, fetch_options, home)
    if error is not None:
        return 0, None, error
    try:
        return len(records), prepare(records, source=source[0]), None
    except ValueError as err:
        return 0, None, one_line(source[0], err)


class SourceWriter:
    """Sources read but not stored yet, stored together in one transaction (``Store.write``).

    They are written when they hold ``store.batch_rows`` rows or have waited ``seconds``, so a
    folder of small pages does not pay a transaction per page, and nothing waits long unsaved.
    A failed write is retried source by source, so one source the database refuses never takes
    the others with it. When the store stays unavailable, ``stopped`` says why.

    The batches written on the way commit without waiting for PostgreSQL's disk
    (``Store.write(durable=False)``); ``flush``, at the end of a run, makes them all durable.
    """

    def __init__(self, store, done: Callable[[SourceResult], None], seconds: float = 1.0) -> None:
        self.store, self.done, self.seconds = store, done, seconds
        self.pending: list[tuple[SourceResult, Prepared | None]] = []
        self.rows = 0
        self.since = 0.0
        self.stopped: str | None = None
        self.unsynced = False  # batches committed since the last durable commit

    def add_prepared(self, result: SourceResult, prepared: Prepared | None) -> None:
        """One source's rows as ``prepare`` gives them (None: it failed, or has no rows)."""
        if self.stopped is not None:
            prepared = None
        if prepared is not None and self.rows + len(prepared) > self.store.batch_rows:
            self._flush(durable=False)
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((result, prepared))
        self.rows += len(prepared) if prepared is not None else 0
        if self.rows >= self.store.batch_rows or time.monotonic() - self.since >= self.seconds:
            self._flush(durable=False)

    def flush(self) -> None:
        """Store what is pending, and make every batch stored so far durable."""
        self._flush(durable=True)
        if self.unsynced and self.stopped is None:
            try:
                self.store.sync()
                self.unsynced = False
            except StoreError as err:
                self.stopped = str(err)

    def _flush(self, durable: bool) -> None:
        ready = [(r, p) for r, p in self.pending if p is not None and r.error is None]
        if ready:
            try:
                self._store(ready, durable)
            except Exception:  # one source the database refuses: store them one by one
                for one in ready:
                    try:
                        self._store([one], durable)
                    except Exception as err:
                        self._fail(one[0], err)
        for result, _ in self.pending:
            self.done(result)
        self.pending, self.rows = [], 0

    def _store(self, ready: list[tuple[SourceResult, Prepared]], durable: bool) -> None:
        if self.stopped:
            raise StoreError(self.stopped, unavailable=True)
        try:
            outcomes = self.store.write([p for _, p in ready], durable=durable)
        except StoreError as err:
            if err.unavailable:
                self.stopped = str(err)
                for result, _ in ready:
                    self._fail(result, err)
                return
            raise
        self.unsynced = not durable
        for (result, _), outcome in zip(ready, outcomes, strict=True):
            result.added, result.seen = outcome.added, outcome.seen

    @staticmethod
    def _fail(result: SourceResult, err: Exception) -> None:
        result.error = result.error or one_line(result.name, err)
        result.events = result.added = result.seen = 0


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
            f"\r\x1b[2K[{bar}] {self.done}/{self.total} sources, "
            f"{self.events} event{'s' * (self.events != 1)}, "
            f"{elapsed:.0f} s"
        )
        self.stream.flush()
        self.drawn = True
