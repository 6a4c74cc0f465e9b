"""Times as the reader reads them: their timezone, their language, absolute and relative.

Pure functions (no Streamlit): the page passes the reader's zone and "now" in, so tests can too.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel.dates import format_datetime, format_timedelta

UTC_NAME = "UTC"

# Presets: label -> length of the window ending at the newest event; None means everything.
PRESETS: dict[str, timedelta | None] = {
    "1h": timedelta(hours=1),
    "6h": timedelta(hours=6),
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
    "all": None,
}

# Slider step and timeline bin by the span of the data: fine enough to pick an hour in a day's
# news, coarse enough that a month of news stays a slider, not a few thousand stops.
STEPS: tuple[tuple[timedelta, timedelta, str], ...] = (
    (timedelta(hours=12), timedelta(minutes=10), "unit_10min"),
    (timedelta(days=4), timedelta(hours=1), "unit_hour"),
    (timedelta(days=30), timedelta(hours=6), "unit_6h"),
)
LONG_STEP = (timedelta(days=1), "unit_day")
LIVE_EVERY = timedelta(minutes=1)  # a live page moves its window on at least this often
LIVE_EVERY_MIN = timedelta(seconds=1)


def live_every(value: str | None) -> tuple[timedelta, str | None]:
    """How often a live page moves its window: ``value`` seconds (``WIREMAP_LIVE_EVERY``), else
    ``LIVE_EVERY``; with a one-line reason when ``value`` is not a number of seconds >= 1."""
    if not value:
        return LIVE_EVERY, None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= LIVE_EVERY_MIN.total_seconds() or seconds == float("inf"):
        return LIVE_EVERY, f"WIREMAP_LIVE_EVERY={value!r} is not a number of seconds >= 1"
    return timedelta(seconds=seconds), None


@lru_cache(maxsize=1)
def timezone_names() -> list[str]:
    """Every IANA zone name, UTC first, for the reader's timezone picker."""
    names = sorted(n for n in available_timezones() if "/" in n and not n.startswith("Etc/"))
    return [UTC_NAME, *names]


def zone(name: str | None) -> ZoneInfo:
    """The zone called ``name``; UTC when it is empty or unknown (never an exception)."""
    try:
        return ZoneInfo(name) if name else ZoneInfo(UTC_NAME)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(UTC_NAME)


def zone_name(name: str | None) -> str:
    """A valid zone name for ``name`` (as given by the browser or the URL), else UTC."""
    return name if name and name in set(timezone_names()) else UTC_NAME


def step_for(span: timedelta) -> tuple[timedelta, str]:
    """The slider step and the timeline bin for data spanning ``span`` (and the i18n unit key)."""
    for limit, step, unit in STEPS:
        if span <= limit:
            return step, unit
    return LONG_STEP


def floor_to(when: datetime, step: timedelta) -> datetime:
    """``when`` rounded down to a multiple of ``step`` since the epoch (UTC)."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return epoch + ((when - epoch) // step) * step


def ceil_to(when: datetime, step: timedelta) -> datetime:
    """``when`` rounded up to a multiple of ``step`` (unchanged when already on one)."""
    low = floor_to(when, step)
    return low if low == when else low + step


def preset_window(
    preset: str, newest: tuple[datetime, datetime], now: datetime | None = None
) -> tuple[datetime, datetime]:
    """The window for a preset: the last 1 h/6 h/24 h/7 d (``all``: everything).

    Live (``now`` given), the window ends at ``now``, so today's copy is in the last hour and
    the window moves with the clock. Otherwise it ends at the newest event (``newest`` is the
    data's oldest and newest time, not rounded), so a page of old copy still shows its last
    hours. The window's start never lies before the oldest event.
    """
    low, high = newest
    end = max(now, high) if now is not None else high
    length = PRESETS.get(preset)
    if length is None:
        return low, end
    return min(max(low, end - length), end), end


def slider_format(low: datetime, high: datetime, tz: ZoneInfo, now: datetime) -> str:
    """The time window slider's format: with the year when the span is not all in this year."""
    years = {low.astimezone(tz).year, high.astimezone(tz).year}
    return "D MMM HH:mm" if years == {now.astimezone(tz).year} else "D MMM YYYY HH:mm"


def absolute(when: datetime, tz: ZoneInfo, lang: str) -> str:
    """'17 nov 06:00' in the reader's zone and language, with the year when it is not now's."""
    local = when.astimezone(tz)
    pattern = "d MMM HH:mm" if local.year == datetime.now(tz).year else "d MMM y HH:mm"
    return format_datetime(local, pattern, tzinfo=tz, locale=lang)


def relative(when: datetime, now: datetime, lang: str) -> str:
    """'2 uur geleden' / '2 hours ago' (or 'in 5 minutes' for a time ahead of ``now``)."""
    return format_timedelta(when - now, locale=lang, add_direction=True, threshold=1.0)


def brief_time(when: datetime | None, tz: ZoneInfo, lang: str, now: datetime) -> str | None:
    """Absolute and relative time together, or None when the time is unknown."""
    if when is None:
        return None
    return f"{absolute(when, tz, lang)} · {relative(when, now, lang)}"


def to_local_naive(when: datetime, tz: ZoneInfo) -> datetime:
    """A UTC instant as the wall-clock time the slider shows in the reader's zone."""
    return when.astimezone(tz).replace(tzinfo=None)


def from_local_naive(when: datetime, tz: ZoneInfo) -> datetime:
    """The slider's wall-clock time back to a UTC instant (a DST gap resolves forward)."""
    return when.replace(tzinfo=tz).astimezone(UTC)


def parse_instant(text: str | None) -> datetime | None:
    """An ISO 8601 instant from the URL, as UTC; None when absent or not a time."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.strip().replace(" ", "+"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def format_instant(when: datetime) -> str:
    """A compact ISO 8601 UTC instant for the URL, e.g. 2025-11-17T05:00Z."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")
