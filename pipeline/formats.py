"""Write event records as JSON lines, CSV or GeoJSON: one shape, three spellings."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TextIO

from pipeline.record import FIELDS

FORMATS = ("jsonl", "csv", "geojson")


# One encoder for every line: ``json.dumps`` with an option builds a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def jsonl_line(record: dict) -> str:
    """A record as its JSON line, newline included."""
    return _encode(record) + "\n"


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    n = 0
    for record in records:
        out.write(jsonl_line(record))
        n += 1
    return n


def _csv_value(value):
    if isinstance(value, list | dict):
        return _encode(value)
    return "" if value is None else value


def _csv_row(record: dict) -> list:
    return [_csv_value(record.get(key)) for key in FIELDS]


def csv_line(record: dict) -> str:
    """A record as its CSV row, newline included (the header is ``csv_line`` of ``FIELDS``)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(_csv_row(record))
    return buf.getvalue()


def write_csv(records: Iterable[dict], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    n = 0
    for record in records:
        writer.writerow(_csv_row(record))
        n += 1
    return n


def to_feature(record: dict) -> dict:
    properties = {k: v for k, v in record.items() if k not in ("lat", "lon")}
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": {"type": "Point", "coordinates": [record["lon"], record["lat"]]},
        "properties": properties,
    }


def geojson(records: Iterable[dict]) -> dict:
    """A FeatureCollection of the located events; unlocated ones have no geometry to show."""
    features = [to_feature(r) for r in records if r.get("lat") is not None]
    return {"type": "FeatureCollection", "features": features}


def write_geojson(records: Iterable[dict], out: TextIO) -> int:
    collection = geojson(records)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}


def write(records: Iterable[dict], out: TextIO, fmt: str = "jsonl") -> int:
    """Write ``records`` to ``out`` in ``fmt``; returns how many were written."""
    return WRITERS[fmt](records, out)


# Formats written one line per record: a record can be turned into its line where it is made
# (a worker process, see ``pipeline.parallel``) and the writer only copies lines.
LINES = {"jsonl": jsonl_line, "csv": csv_line}


def write_lines(lines: Iterable[str], out: TextIO, fmt: str) -> int:
    """Write lines made by ``LINES[fmt]`` (with the CSV header first); how many were written."""
    if fmt == "csv":
        csv.writer(out, lineterminator="\n").writerow(FIELDS)
    n = 0
    for line in lines:
        out.write(line)
        n += 1
    return n
