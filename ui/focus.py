"""Where an event happened (its ``focus``) beside where it was filed, and the places it names.

Pure functions, no Streamlit. The record's ``lat``/``lon`` stay the dateline's location; the page
shows the focus instead only when the reader asks for "where it happened". ``mentions`` and
``focus`` come as lists/dicts from the pipeline and the store, but a records file or an older
store may hand them over as JSON text, or broken: everything here accepts any of those and treats
what it cannot read as absent, never as an error.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

FILED, HAPPENED = "filed", "happened"  # the map places events by dateline, or by focus
MODES: tuple[str, ...] = (FILED, HAPPENED)
DEFAULT_MODE = FILED
MOVED_KM = 25.0  # a focus nearer to the dateline than this is the same place on a world map
LINE_COLUMNS = ["from", "to", "count"]


def mode(value: object) -> str:
    """A known map mode for ``value`` (e.g. from ``?where=``), the default otherwise."""
    return value if value in MODES else DEFAULT_MODE


def as_object(value: object) -> dict | None:
    """A focus as a dict: a dict, or JSON text holding one; anything else is no focus."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, dict) else None


def as_list(value: object) -> list[dict]:
    """Mentions as a list of dicts: a list/tuple, or JSON text holding one; bad items dropped."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if not isinstance(value, list | tuple):
        return []
    return [item for item in value if isinstance(item, dict)]


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def focus_lines(df: pd.DataFrame) -> pd.DataFrame:
    """One line per distinct (dateline, focus) pair among ``df``'s events whose focus moved.

    Columns ``from`` and ``to`` are ``[lon, lat]`` (deck.gl's order), ``count`` the events
    sharing the line; events whose focus is within ``MOVED_KM`` of the dateline get none.
    """
    if df.empty or "focus_moved" not in df.columns:
        return pd.DataFrame(columns=LINE_COLUMNS)
    moved = df[df["focus_moved"].astype(bool)]
    if moved.empty:
        return pd.DataFrame(columns=LINE_COLUMNS)
    ends = pd.DataFrame(
        {
            "a": moved["lon"].round(4),
            "b": moved["lat"].round(4),
            "c": moved["focus_lon"].round(4),
            "d": moved["focus_lat"].round(4),
        }
    )
    counts = ends.value_counts(sort=False).reset_index(name="count")
    return pd.DataFrame(
        {
            "from": [[float(a), float(b)] for a, b in zip(counts["a"], counts["b"], strict=True)],
            "to": [[float(c), float(d)] for c, d in zip(counts["c"], counts["d"], strict=True)],
            "count": counts["count"].astype(int).to_numpy(),
        }
    )


def places_named(mentions: object) -> list[tuple[str, str | None, str]]:
    """The distinct places a brief names, in text order: ``(as written, country code, kind)``.

    A place named twice is listed once; the spelling is the text's own (untrusted: the caller
    escapes it). Demonyms ("Amerikaanse") say who, not where: they are not listed; nor is a place
    named inside an institution's name (a mention with a ``role``: "the Boston Globe"'s Boston),
    which says where the paper stands, not a place of the brief's. An older record has no role.
    """
    seen: set[tuple[str, str | None]] = set()
    out = []
    for item in as_list(mentions):
        written = _text(item.get("place")) or _text(item.get("name"))
        if not written or _text(item.get("kind")) == "demonym" or item.get("role"):
            continue
        code = _text(item.get("country_code")).upper() or None
        if (written.casefold(), code) in seen:
            continue
        seen.add((written.casefold(), code))
        out.append((written, code, _text(item.get("kind"))))
    return out
