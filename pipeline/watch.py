"""Poll feeds and pages on an interval and keep their new events: ``wiremap watch FEEDS.toml``.

Each poll is a conditional request (If-None-Match / If-Modified-Since from the last answer);
a body identical to the last one is not parsed again. A feed that fails (down, slow, truncated,
too big, not a page, redirect loop...) is reported in one line and retried later with
exponential backoff (``retry`` seconds, doubling up to ``max_backoff``), while the other feeds go
on. Validators and backoff live in the store (table ``feeds``), so a restart keeps them.

FEEDS.toml::

    interval = 300        # seconds between polls of a feed (default 300)
    retry = 30            # first retry after a failure; doubles each time (default 30)
    max_backoff = 3600    # longest wait between retries (default 3600)
    timeout = 20          # seconds per network step (default 20)
    max_bytes = 10485760  # size cap per response (default 10 MiB)
    lease = 300           # seconds a poller holds a feed it polls (default 300; see below)
    home = "US"           # optional: where the feeds' papers are (see below)

    [[feed]]
    url = "https://example.org/world.rss"
    name = "World"        # optional, for messages
    interval = 600        # optional, this feed's own interval
    home = "US-OH"        # optional, this feed's own home

    [[page]]              # a page is polled the same way as a feed
    url = "https://example.org/wire"

``home`` is where a local paper is, as for ``wiremap ingest --home`` (``geo.home``): an ISO
3166-1 country code, or a country and its first-level region (``US-OH``, ``US-Ohio``). It is a
weak prior for namesakes its copy does not tell apart ("MANSFIELD —" in an Ohio paper), never a
fact; a feed's own ``home`` replaces the top-level one.

Several pollers (``wiremap watch`` on one machine or several) may share one list of feeds in
one store, PostgreSQL above all: before polling a feed a poller leases it in the store
(``Store.claim_feed``: ``SELECT ... FOR UPDATE SKIP LOCKED``), and gives it back with its new
state. A feed that is leased, or not due, is another poller's or polled already: no feed is
polled twice in a round, and the store keeps each event once. A poller that is killed keeps its
feeds' leases until they expire (``lease`` seconds; keep it above the longest poll, ``deadline``
plus the time to store a feed), then the others take those feeds over.
"""

from __future__ import annotations

import hashlib
import os
import socket
import threading
import tomllib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from geo.home import Home, HomeError, parse_home
from parsing.errors import WiremapError
from pipeline.extract import extract_bytes
from pipeline.fetch import FetchError, check_url, fetch
from pipeline.ingest import FETCHED
from pipeline.messages import printable
from pipeline.store import StoreError

DEFAULTS = {
    "interval": 300.0,
    "retry": 30.0,
    "max_backoff": 3600.0,
    "timeout": 20.0,
    "deadline": 60.0,
    "max_bytes": 10 * 1024 * 1024,
    "lease": 300.0,
}


class WatchConfigError(WiremapError):
    """FEEDS.toml cannot be used; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Feed:
    url: str
    name: str
    interval: float
    home: Home | None = None  # where the feed's paper is, given by the user


@dataclass(frozen=True, slots=True)
class WatchConfig:
    feeds: tuple[Feed, ...]
    interval: float = DEFAULTS["interval"]
    retry: float = DEFAULTS["retry"]
    max_backoff: float = DEFAULTS["max_backoff"]
    timeout: float = DEFAULTS["timeout"]
    deadline: float = DEFAULTS["deadline"]
    max_bytes: int = DEFAULTS["max_bytes"]
    lease: float = DEFAULTS["lease"]


@dataclass(slots=True)
class PollResult:
    feed: Feed
    status: str  # "new", "unchanged", "not modified", "failed"
    added: int = 0
    seen: int = 0
    error: str | None = None
    failures: int = 0
    next_due: datetime | None = None
    retry_in: float = 0.0  # seconds, after a failure

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def line(self) -> str:
        """One line for stderr."""
        if self.ok:
            what = (
                f"{self.added} new, {self.seen} already stored"
                if self.status == "new"
                else self.status
            )
            return printable(f"wiremap: watch: {self.feed.name}: {what}")
        return printable(
            f"wiremap: watch: {self.feed.name}: failed (attempt {self.failures}, "
            f"retry in {self.retry_in:.0f} s): {self.error}"
        )


def _number(table: dict, key: str, where: str, default: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise WatchConfigError(
            f"{where}: {key} must be a positive number of seconds, not {value!r}"
        )
    return float(value)


def _home(table: dict, where: str, default: Home | None = None) -> Home | None:
    value = table.get("home")
    if value is None:
        return default
    if not isinstance(value, str):
        raise WatchConfigError(f'{where}: home must be a string such as "US-OH", not {value!r}')
    try:
        return parse_home(value)
    except HomeError as err:
        raise WatchConfigError(f"{where}: {err}") from None


def load_config(path: str | Path) -> WatchConfig:
    """Read FEEDS.toml (see the module docstring); every problem is a WatchConfigError."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WatchConfigError(f"{p} does not exist") from None
    except (OSError, UnicodeDecodeError) as err:
        raise WatchConfigError(f"{p} cannot be read ({err})") from None
    except tomllib.TOMLDecodeError as err:
        raise WatchConfigError(f"{p} is not valid TOML ({err})") from None
    top = {k: _number(data, k, str(p), v) for k, v in DEFAULTS.items()}
    home = _home(data, str(p))
    feeds: list[Feed] = []
    seen: set[str] = set()
    for kind in ("feed", "page"):
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            raise WatchConfigError(f"{p}: write each {kind} as a [[{kind}]] table")
        for i, entry in enumerate(entries, start=1):
            where = f"{p}: [[{kind}]] number {i}"
            if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
                raise WatchConfigError(f"{where} has no url")
            url = entry["url"].strip()
            try:
                check_url(url)
            except FetchError as err:
                raise WatchConfigError(f"{where}: {err}") from None
            if url in seen:
                raise WatchConfigError(f"{where}: {url} is listed twice")
            seen.add(url)
            name = str(entry.get("name") or url)
            interval = _number(entry, "interval", where, top["interval"])
            feeds.append(Feed(url, name, interval, _home(entry, where, home)))
    if not feeds:
        raise WatchConfigError(f"{p} lists no feeds: add a [[feed]] table with a url")
    return WatchConfig(feeds=tuple(feeds), **{**top, "max_bytes": int(top["max_bytes"])})


def backoff(failures: int, retry: float, max_backoff: float) -> float:
    """Seconds to wait after the ``failures``-th failure in a row: retry, 2x, 4x... capped."""
    return min(max_backoff, retry * 2 ** max(0, failures - 1))


@dataclass
class Watcher:
    """Polls the feeds of one config into one store; ``clock`` is replaceable for tests.

    The store may fail too (a PostgreSQL restart, a full disk): that is reported in one line
    and the watcher goes on, keeping each feed's backoff in memory until the store can hold it
    again, and trying the store again after ``retry`` seconds.
    """

    config: WatchConfig
    store: object
    geocode: Callable | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    report: Callable[[str], None] = field(default=lambda line: None)
    # feed url -> the state the store could not save (failures, next_due), until it can
    unsaved: dict[str, dict] = field(default_factory=dict)
    store_error: str | None = None  # the last round's store failure, None when it worked
    # who this poller is, in the feeds' leases: host, process, and a random part
    owner: str = field(
        default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    )

    def __post_init__(self) -> None:
        if self.geocode is None:
            from pipeline.extract import default_geocoder

            self.geocode = default_geocoder()

    def state(self, feed: Feed) -> dict:
        """What is remembered of ``feed``: the store's state, overlaid with what it could not
        save yet. Raises ``StoreError`` when the store cannot be read."""
        return {**(self.store.feed_state(feed.url) or {}), **self.unsaved.get(feed.url, {})}

    def claim(self, feed: Feed, now: datetime, *, force: bool = False) -> bool:
        """Lease ``feed`` for this poller when it is due (or ``force``) and no other poller
        holds it; a backoff the store could not save yet is kept here. Raises ``StoreError``."""
        held = self.unsaved.get(feed.url, {}).get("next_due")
        if not force and held is not None and held > now:
            return False
        lease = timedelta(seconds=self.config.lease)
        return self.store.claim_feed(feed.url, self.owner, now, lease, force=force)

    def round(self, *, force: bool = False) -> list[PollResult]:
        """Poll every feed that is due (all of them with ``force``); one failing never stops.

        When the store cannot be read the round ends after one line (``store_error``); the
        feeds are polled again once it is back.
        """
        results = []
        self.store_error = None
        for feed in self.config.feeds:
            now = self.clock()
            try:
                if not self.claim(feed, now, force=force):
                    continue
                result = self.poll(feed)
            except StoreError as err:
                self.store_error = str(err)
                self.report(
                    f"wiremap: watch: {printable(str(err))}; trying again in "
                    f"{self.config.retry:.0f} s"
                )
                break
            self.report(result.line())
            results.append(result)
        return results

    def poll(self, feed: Feed) -> PollResult:
        """Fetch one feed, store its new events (whole), remember what it said.

        Raises ``StoreError`` only when the store cannot even be read; every other failure,
        the store's included, is this feed's result, retried with backoff.
        """
        state = self.state(feed)
        now = self.clock()
        try:
            got = fetch(
                feed.url,
                etag=state.get("etag"),
                last_modified=state.get("last_modified"),
                timeout=self.config.timeout,
                deadline=self.config.deadline,
                max_bytes=self.config.max_bytes,
            )
            sha = state.get("content_sha")
            result = PollResult(feed, "not modified")
            if not got.not_modified:
                sha = hashlib.sha256(got.content).hexdigest()
                result.status = "unchanged"
                if sha != state.get("content_sha"):
                    records = extract_bytes(
                        got.content,
                        got.final_url,
                        captured_at=got.fetched_at,
                        captured_at_basis=FETCHED,
                        geocode=self.geocode,
                        home=feed.home,
                    )
                    added = self.store.add(records, source=feed.url)
                    result.status, result.added, result.seen = "new", added.added, added.seen
            result.next_due = now + timedelta(seconds=feed.interval)
            self.store.save_feed_state(
                feed.url,
                etag=got.etag or state.get("etag"),
                last_modified=got.last_modified or state.get("last_modified"),
                content_sha=sha,
                failures=0,
                next_due=result.next_due,
                last_ok=now,
                last_error=None,
                lease_owner=None,
                lease_until=None,
            )
            self.unsaved.pop(feed.url, None)
            return result
        except Exception as err:  # any failure of one feed is its own, reported and retried
            return self._failed(feed, state, now, err)

    def _failed(self, feed: Feed, state: dict, now: datetime, err: Exception) -> PollResult:
        message = str(err) if isinstance(err, FetchError | StoreError) else f"{feed.url}: {err}"
        message = " ".join(message.split()) or type(err).__name__
        failures = int(state.get("failures") or 0) + 1
        wait = backoff(failures, self.config.retry, self.config.max_backoff)
        next_due = now + timedelta(seconds=wait)
        try:
            self.store.save_feed_state(
                feed.url, failures=failures, next_due=next_due, last_error=message,
                lease_owner=None, lease_until=None,
            )  # fmt: skip
            self.unsaved.pop(feed.url, None)
        except StoreError:  # the store is failing too: keep the backoff here until it is back
            self.unsaved[feed.url] = {"failures": failures, "next_due": next_due}
        return PollResult(
            feed, "failed", error=message, failures=failures, next_due=next_due, retry_in=wait
        )

    def next_wait(self) -> float:
        """Seconds until the next feed is due (``retry`` while the store cannot be read)."""
        now = self.clock()
        try:
            dues = [self.state(feed).get("next_due") or now for feed in self.config.feeds]
        except StoreError:
            return self.config.retry
        return (min(dues) - now).total_seconds()

    def run(self, stop: threading.Event | None = None) -> None:
        """Poll until ``stop`` is set (or Ctrl+C), sleeping until the next feed is due."""
        stop = stop or threading.Event()
        while not stop.is_set():
            self.round()
            wait = self.config.retry if self.store_error else self.next_wait()
            stop.wait(min(max(wait, 1.0), self.config.max_backoff))
