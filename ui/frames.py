"""Event records as pandas frames, and the queries the page asks of them.

Pure functions: no Streamlit here, so every filter the reader can set is testable on its own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import datetime

import pandas as pd

COLUMNS = (
    "id",
    "title",
    "text",
    "dateline",
    "place",
    "agencies",
    "lang",
    "published_at",
    "time_basis",
    "lat",
    "lon",
    "country_code",
    "location_name",
    "precision",
    "location_reason",
    "source",
)


def events_frame(records: Iterable[dict]) -> pd.DataFrame:
    """Records to a frame with a UTC ``published`` column (NaT where the time is unknown)."""
    df = pd.DataFrame(list(records))
    for column in COLUMNS:
        if column not in df.columns:
            df[column] = None
    df["published"] = pd.to_datetime(df["published_at"], utc=True, errors="coerce")
    df["headline"] = [headline(t, x) for t, x in zip(df["title"], df["text"], strict=True)]
    df["agencies"] = [list(a) if isinstance(a, list | tuple) else [] for a in df["agencies"]]
    return df.reset_index(drop=True)


def headline(title: str | None, text: str | None) -> str:
    """The brief's headline, or its first sentence when it has none."""
    if isinstance(title, str) and title.strip():
        return title.strip()
    text = (text or "").strip()
    for stop in (". ", ".\n"):
        cut = text.find(stop)
        if 0 < cut < 200:
            return text[: cut + 1]
    return text[:160] + ("…" if len(text) > 160 else "")


def dated(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["published"].notna()]


def undated(df: pd.DataFrame) -> pd.DataFrame:
    """Events whose time is unknown: shown apart, never dropped."""
    return df[df["published"].isna()]


def time_bounds(df: pd.DataFrame) -> tuple[datetime, datetime] | None:
    """The earliest and latest known times, or None when no event has a time."""
    times = df["published"].dropna()
    if times.empty:
        return None
    return times.min().to_pydatetime(), times.max().to_pydatetime()


def events_in_window(df: pd.DataFrame, start: datetime, end: datetime) -> pd.DataFrame:
    """The dated events with ``start <= published <= end`` (both ends inclusive)."""
    times = df["published"]
    return df[times.notna() & (times >= pd.Timestamp(start)) & (times <= pd.Timestamp(end))]


def hourly_counts(df: pd.DataFrame, start: datetime, end: datetime) -> pd.DataFrame:
    """Events per hour over ``[start, end]``, with zero for the empty hours (for the timeline)."""
    hours = pd.date_range(
        pd.Timestamp(start).floor("h"), pd.Timestamp(end).floor("h"), freq="h", tz="UTC"
    )
    counts = dated(df)["published"].dt.floor("h").value_counts()
    return pd.DataFrame({"hour": hours, "events": [int(counts.get(h, 0)) for h in hours]})


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def places(df: pd.DataFrame) -> pd.DataFrame:
    """One row per located place: where, how many briefs, the newest headline, the event ids."""
    located = df[df["lat"].notna() & df["lon"].notna()].copy()
    if located.empty:
        return pd.DataFrame(
            columns=["key", "lat", "lon", "place", "count", "headline", "ids", "newest"]
        )
    located["key"] = [f"{lat:.4f},{lon:.4f}" for lat, lon in zip(located["lat"], located["lon"])]
    located["order"] = located["published"].fillna(pd.Timestamp.min.tz_localize("UTC"))
    located = located.sort_values("order", ascending=False, kind="stable")
    rows = []
    for key, group in located.groupby("key", sort=False):
        first = group.iloc[0]
        newest = first["published"]
        rows.append(
            {
                "key": key,
                "lat": float(first["lat"]),
                "lon": float(first["lon"]),
                "place": first["location_name"] or first["place"],
                "count": len(group),
                "headline": first["headline"],
                "ids": list(group["id"]),
                "newest": None if pd.isna(newest) else newest.timestamp(),
            }
        )
    return pd.DataFrame(rows)
