"""Where the page's events come from: the store, a records file, or the bundled sample.

Chosen once per process, in this order:

1. ``WIREMAP_RECORDS=path.jsonl``: event records as written by ``wiremap extract`` (read-only;
   copy added on the page is kept for the session). Handy for looking at an extract, and for tests.
2. The store (``pipeline.store.open_store``, URL from ``WIREMAP_DB`` or its default). When it is
   empty the bundled sample is ingested first, so a first ``make run`` shows the seed.
The bundled sample itself (``Sample``) is a source too, for tests and tools.

Every source has ``version()``, which changes whenever its data changes: the page builds its
engine (``ui.engine``) once per version and the auto-refresh polls it; and ``provider()``, what
the engine reads: the store itself, or the records in memory (``pipeline.query.MemoryRecords``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from parsing.settings import get_settings


class Source(Protocol):
    name: str
    persistent: bool  # does ``add`` keep records beyond this session?

    def version(self) -> str: ...

    def events(self) -> list[dict]: ...

    def provider(self): ...

    def add(self, records: list[dict], source: str): ...


class RecordsFile:
    """A JSONL file of event records; blank or broken lines are skipped, never fatal."""

    persistent = False

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = f"records file {self.path.name}"
        self._first_seen: dict[str, str] = {}  # id -> when this process first read it

    def version(self) -> str:
        try:
            stat = self.path.stat()
        except OSError:
            return "missing"
        return f"{stat.st_mtime_ns}:{stat.st_size}"

    def events(self) -> list[dict]:
        records = []
        with self.path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(record, dict):
                    records.append(record)
        return records

    def provider(self):
        """The records, each with the time this process first read it (``first_seen``): what
        the store keeps for its events, so the page can tell what arrived since a last look."""
        from pipeline.query import MemoryRecords
        from pipeline.record import event_id

        now = datetime.now(UTC).isoformat()
        records = []
        for record in self.events():
            key = record.get("id") or event_id(str(record.get("text") or ""))
            records.append({**record, "first_seen": self._first_seen.setdefault(key, now)})
        return MemoryRecords(records)

    def add(self, records: list[dict], source: str) -> int:
        return 0


class Sample:
    """The bundled seed page, through the same extract path as any other source."""

    persistent = False
    name = "bundled sample"

    def version(self) -> str:
        return "sample"

    def events(self) -> list[dict]:
        from pipeline.sample import sample_records

        return sample_records()

    def provider(self):
        from pipeline.query import MemoryRecords

        return MemoryRecords(self.events())

    def add(self, records: list[dict], source: str) -> int:
        return 0


class StoreSource:
    """The project's store; the page reads it and adds pasted copy to it."""

    persistent = True

    def __init__(self, store) -> None:
        self.store = store
        self.name = "store"

    def version(self) -> str:
        return str(self.store.version())

    def events(self) -> list[dict]:
        return list(self.store.events(include_undated=True))

    def provider(self):
        return self.store

    def add(self, records: list[dict], source: str):
        """The store's ``AddResult``: how many were new, how many were already stored."""
        return self.store.add(records, source=source)


def _open_store():
    from pipeline.store import open_store

    return open_store(get_settings().db)


def seed_if_empty(store) -> None:
    """An empty store gets the bundled sample, so the first page is never blank."""
    if store.count() == 0:
        from pipeline.sample import SAMPLE_PAGE, sample_records

        store.add(sample_records(), source=str(SAMPLE_PAGE))


def open_source() -> Source:
    """The page's source, by the order in the module docstring."""
    path = get_settings().records
    if path:
        return RecordsFile(path)
    store = _open_store()
    seed_if_empty(store)
    return StoreSource(store)
