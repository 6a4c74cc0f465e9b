"""Stored rows as records: how a read's columns come from the database and become the record.

Apart from the store (``pipeline.store``) and free of SQLAlchemy, so that the page's first read
(``pipeline.firstread``, plain ``sqlite3``) builds its records with the same code as every
store read: one decoder, one answer.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence

import orjson  # reads stored JSON back in a third of json's time (``_loads``)

from pipeline.record import FIELDS

# Fields kept as JSON text: lists (read back as [] when empty) and objects (None when absent).
LIST_FIELDS = tuple(k for k in ("places", "agencies", "mentions") if k in FIELDS)
OBJECT_FIELDS = tuple(k for k in ("focus",) if k in FIELDS)
SHORT_LISTS = ("places", "agencies")  # few distinct spellings: parsed once each
READ_COLUMNS = (*FIELDS, "story_id")
# How a read's rows come from the database (``pipeline.store.Store._read_columns``): the
# text fields, the numbers, then the JSON fields as bytes (no decoding to ``str`` by the
# driver, no encoding back to UTF-8 by orjson), each JSON column parsed at once
# (``to_records``). On SQLite the text fields come as one JSON array a row (the store's
# ``_texts_sql``).
JSON_FIELDS = (*LIST_FIELDS, *OBJECT_FIELDS)
# The numeric columns (``Float``, ``BigInteger`` in ``pipeline.store.events_table``; a test
# holds the two together): named here so that reading rows needs no SQLAlchemy.
NUMBER_FIELDS = ("lat", "lon", "geonameid", "confidence")
TEXT_FIELDS = tuple(k for k in READ_COLUMNS if k not in JSON_FIELDS + NUMBER_FIELDS)


# SQLite: which text fields come packed in one JSON array (``_texts_sql``): all but the long
# ones, whose escaping into JSON would cost SQLite more than the driver's work on a value.
LONG_TEXTS = ("text",)
PACKED_TEXTS = tuple(k for k in TEXT_FIELDS if k not in LONG_TEXTS)


def _record_maker(packed: bool) -> Callable:
    """``make(texts, row, *json)``: the record of a row (``Store._read_columns``), with its
    packed text fields parsed (``texts``; ``row`` itself where none are packed) and its JSON
    fields parsed (``JSON_FIELDS``).

    Written out as code (as ``collections.namedtuple`` writes its classes): a copy of a record
    of ``None`` (a dict's table cloned at its size, keys in ``READ_COLUMNS`` order), each field
    then set. ``dict(zip(...))`` grew each record four times and a dict display of 29 keys is
    compiled as two dicts merged: 19 k and 20 k instructions a record against 14 k
    (callgrind), 12.5 against 8 ms of CPU for a day's 6,884 records.
    """
    in_row = [*(LONG_TEXTS if packed else TEXT_FIELDS), *NUMBER_FIELDS]
    at = {k: f"row[{i}]" for i, k in enumerate(in_row, 1 if packed else 0)}
    at.update({k: f"texts[{i}]" for i, k in enumerate(PACKED_TEXTS)} if packed else {})
    at.update({k: k for k in JSON_FIELDS})
    lines = [f"def make(texts, row, {', '.join(JSON_FIELDS)}):", "    record = empty.copy()"]
    lines += [f"    record[{k!r}] = {at[k]}" for k in READ_COLUMNS]
    lines.append("    return record")
    namespace: dict = {"empty": dict.fromkeys(READ_COLUMNS)}
    exec("\n".join(lines), namespace)  # noqa: S102 (the code is ours, from our own names)
    return namespace["make"]


_make_record = _record_maker(packed=False)
_make_packed = _record_maker(packed=True)


def _loads(text: bytes):
    """orjson where it can; what it refuses and ``json`` reads (``NaN``, integers past 64 bits)
    goes to ``json``, which gives the same values."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


@functools.lru_cache(maxsize=8192)
def _json_list(text: bytes) -> tuple:
    # Agency and place lists repeat endlessly ('["ANP", "AFP"]'): parse each spelling once.
    return tuple(_loads(text))


@functools.lru_cache(maxsize=8192)
def _json_object(text: bytes):
    # Foci repeat (the same capital, the same sea): each spelling is parsed once, and every
    # record gets its own copy (a focus is flat: name, point, country, reason).
    return _loads(text)


def _short_lists(values: list) -> list:
    return [list(_json_list(v)) if v else [] for v in values]


def _list_column(values: list) -> list:
    """The rows' lists of one field (stored JSON texts; NULL or empty: ``[]``) parsed together:
    each was written by the store, so joined they are one array."""
    return _loads(b"[" + b",".join([v or b"[]" for v in values]) + b"]")


def _objects(values: list) -> list:
    found = []
    for v in values:
        value = None if not v or v == b"null" else _json_object(v)
        # ``dict.copy`` clones the table whatever its size; ``dict(value)`` inserts key by key
        # into a dict that grows, unless ``value`` has the size it would grow to (orjson's
        # dicts do not): 4,200 instructions a focus against a few hundred (callgrind).
        found.append(value.copy() if type(value) is dict else value)
    return found


_JSON_READERS = tuple(
    _short_lists if k in SHORT_LISTS else _list_column if k in LIST_FIELDS else _objects
    for k in JSON_FIELDS
)


def to_records(rows: Sequence, packed: bool) -> list[dict]:
    """Stored rows (``READ_COLUMNS`` as described above) as records: the read path of every
    query. The times come as the record's text; lists of mentions are parsed together, foci and
    short lists once per spelling; ``packed`` text fields (one JSON array, in bytes, a row) are
    parsed together."""
    if not rows:
        return []
    first = (1 + len(LONG_TEXTS) if packed else len(TEXT_FIELDS)) + len(NUMBER_FIELDS)
    parsed = [read([row[i] for row in rows]) for i, read in enumerate(_JSON_READERS, first)]
    if packed:
        texts = _list_column([row[0] for row in rows])
        return list(map(_make_packed, texts, rows, *parsed))
    return list(map(_make_record, rows, rows, *parsed))
