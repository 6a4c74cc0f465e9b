"""Stored rows as records: how a read's columns come from the database and become the record.

Apart from the store (``pipeline.store``) and free of SQLAlchemy, so that the page's first read
(``pipeline.firstread``, plain ``sqlite3``) builds its records with the same code as every
store read: one decoder, one answer.

A read's row comes in one of two layouts (``to_records``'s ``packed``):

- **PostgreSQL** (unpacked): ``TEXT_FIELDS``, ``NUMBER_FIELDS``, then ``JSON_FIELDS`` as bytes
  (UTF-8 as stored: no decoding to ``str`` by the driver, no encoding back by orjson);
- **SQLite** (packed, ``SQLITE_COLUMNS``): one JSON array a row (in bytes) holding the
  ``PACKED`` fields, then the ``LOOSE`` fields. Python's sqlite3 (3.11) gives up and takes back
  the interpreter's lock, and SQLite its connection's mutex three times, for every value of
  every row (about 1,300 instructions a value); SQLite writes a short text into JSON for a few
  hundred, and orjson reads all of a read's arrays at once.

PostgreSQL writes the times out as the record's text itself (on the server); SQLite sends them
as stored (``"YYYY-MM-DD HH:MM:SS.ffffff"``, UTC; ``""`` when absent) and they are written out
here, all of a read's at once (``_times``).
"""

from __future__ import annotations

import functools
import itertools
import json
import operator
from collections.abc import Callable, Sequence
from operator import itemgetter

import orjson  # reads stored JSON back in a third of json's time (``_loads``)

from pipeline.record import FIELDS

# Fields kept as JSON text: lists (read back as [] when empty) and objects (None when absent).
LIST_FIELDS = tuple(k for k in ("places", "agencies", "mentions") if k in FIELDS)
OBJECT_FIELDS = tuple(k for k in ("focus",) if k in FIELDS)
SHORT_LISTS = ("places", "agencies")  # few distinct spellings: parsed once each
READ_COLUMNS = (*FIELDS, "story_id")
JSON_FIELDS = (*LIST_FIELDS, *OBJECT_FIELDS)
# The numeric columns (``Float``, ``BigInteger`` in ``pipeline.store.events_table``; a test
# holds the two together): named here so that reading rows needs no SQLAlchemy.
NUMBER_FIELDS = ("lat", "lon", "geonameid", "confidence")
TEXT_FIELDS = tuple(k for k in READ_COLUMNS if k not in JSON_FIELDS + NUMBER_FIELDS)
TIMES = ("published_at", "captured_at")  # stored as "YYYY-MM-DD HH:MM:SS.ffffff", in UTC

# SQLite: what a row's JSON array holds. Not the long text (SQLite's JSON escaping costs about
# 17 instructions a byte, more than the driver's work on one value), not the floats (SQLite
# writes a REAL into JSON with 15 digits, not 17), not the JSON fields (escaped into a string,
# the short lists took fewer instructions but more CPU time: 76 against 70 ms a day's read).
LONG_TEXTS = ("text",)
PACKED = (
    *(k for k in TEXT_FIELDS if k not in LONG_TEXTS),
    *(k for k in NUMBER_FIELDS if k == "geonameid"),  # a whole number: exact in JSON
)
LOOSE = tuple(k for k in READ_COLUMNS if k not in PACKED)
UNPACKED = (*TEXT_FIELDS, *NUMBER_FIELDS, *JSON_FIELDS)


def _sqlite_value(name: str) -> str:
    if name in TIMES:
        return f"ifnull({name}, '')"
    if name in JSON_FIELDS:
        return f"CAST({name} AS BLOB)"
    return name


# The SQLite read's columns (the store's and the first read's), in ``to_records``'s layout.
SQLITE_COLUMNS = (
    f"CAST(json_array({', '.join(map(_sqlite_value, PACKED))}) AS BLOB)",
    *map(_sqlite_value, LOOSE),
)


def _loads(text: bytes | str):
    """orjson where it can; what it refuses and ``json`` reads (``NaN``, integers past 64 bits)
    goes to ``json``, which gives the same values."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _list_column(values: list) -> list:
    """The rows' lists of one field (stored JSON texts; NULL or empty: ``[]``) parsed together:
    each was written by the store, so joined they are one array."""
    return _loads(b"[" + b",".join([v or b"[]" for v in values]) + b"]")


@functools.lru_cache(maxsize=8192)
def _json_list(text: bytes | str | None) -> tuple:
    # Agency and place lists repeat endlessly ('["ANP", "AFP"]'): parse each spelling once.
    return tuple(_loads(text)) if text else ()


def _short_lists(values: list) -> list:
    return list(map(list, map(_json_list, values)))


@functools.lru_cache(maxsize=8192)
def _object_copier(text: bytes | None) -> Callable:
    """What gives a record its own copy of a stored object (a focus: flat, its values
    immutable), parsed once per spelling: ``dict.copy`` clones the table whatever its size,
    where ``dict(value)`` inserts key by key into a dict that grows (orjson's dicts are not
    the size ``dict()`` can clone): 4,200 instructions a focus against a few hundred."""
    value = _loads(text) if text else None
    if isinstance(value, dict | list):
        return value.copy
    return itertools.repeat(value).__next__  # the value itself (None, a number, a string)


def _objects(values: list) -> list:
    return list(map(operator.call, map(_object_copier, values)))


_NO_TIME = {"+00:00": None}


def _times(values: list) -> list:
    """Stored times (``"YYYY-MM-DD HH:MM:SS.ffffff"``, ``""`` when absent) as the record's ISO
    text: "T", "+00:00", microseconds only when there are any (as ``datetime.isoformat`` writes
    them). All of a read's at once, by two passes over one string and a split: SQLite's
    ``replace`` a value (four a row) was a sixteenth of a day's read."""
    text = "+00:00\n".join(values) + "+00:00\n"
    written = text.replace(".000000+", "+").replace(" ", "T").split("\n")
    written.pop()
    if "" in values:
        return list(map(_NO_TIME.get, written, written))
    return written


# How each field is read column by column (all rows at once); the others go in as they come.
_READERS = {
    **{k: _short_lists if k in SHORT_LISTS else _list_column for k in LIST_FIELDS},
    **dict.fromkeys(OBJECT_FIELDS, _objects),
}


def _layout(packed: bool) -> tuple[Callable, list[tuple[Callable, bool, int]]]:
    """``(make, columns)`` for one layout: ``columns`` says, for each field read column by
    column, its reader, whether it is in the JSON array, and where; ``make(texts, row,
    *columns)`` gives a row's record from its array (``texts``; the row itself when not packed),
    the row and those columns.

    Written out as code (as ``collections.namedtuple`` writes its classes): a copy of a record
    of ``None`` (a dict's table cloned at its size, keys in ``READ_COLUMNS`` order), each field
    then set. ``dict(zip(...))`` grew each record four times and a dict display of 29 keys is
    compiled as two dicts merged: 19 k and 20 k instructions a record against 14 k
    (callgrind), 12.5 against 8 ms of CPU for a day's 6,884 records.
    """
    in_row = ("_packed", *LOOSE) if packed else UNPACKED
    at = {k: ("row", i) for i, k in enumerate(in_row)}
    at.update({k: ("texts", i) for i, k in enumerate(PACKED)} if packed else {})
    readers = {**_READERS, **(dict.fromkeys(TIMES, _times) if packed else {})}
    read = [k for k in READ_COLUMNS if k in readers]
    columns = [(readers[k], at[k][0] == "texts", at[k][1]) for k in read]
    value = {k: k if k in readers else f"{at[k][0]}[{at[k][1]}]" for k in READ_COLUMNS}
    names = ", ".join(read)
    lines = [f"def make(texts, row, {names}):", "    record = empty.copy()"]
    lines += [f"    record[{k!r}] = {value[k]}" for k in READ_COLUMNS]
    lines.append("    return record")
    namespace: dict = {"empty": dict.fromkeys(READ_COLUMNS)}
    exec("\n".join(lines), namespace)  # noqa: S102 (the code is ours, from our own names)
    return namespace["make"], columns


_LAYOUTS = {packed: _layout(packed) for packed in (False, True)}


def to_records(rows: Sequence, packed: bool) -> list[dict]:
    """Stored rows (in the layout described above) as records: the read path of every query.
    Each field that needs reading is read for all rows at once: SQLite's times written out,
    lists of mentions parsed together, foci and short lists once per spelling, the JSON arrays
    of a packed read parsed together."""
    if not rows:
        return []
    make, columns = _LAYOUTS[packed]
    texts = _list_column(list(map(itemgetter(0), rows))) if packed else rows
    read = [
        reader(list(map(itemgetter(i), texts if in_texts else rows)))
        for reader, in_texts, i in columns
    ]
    return list(map(make, texts, rows, *read))
