"""How old a place's newest brief is, as the legend's bucket and the marker's colour."""

from __future__ import annotations

from datetime import timedelta

# Age buckets for the marker colour: (upper bound, i18n key, RGBA). Fresh is hot, old is cool.
AGE_BUCKETS: tuple[tuple[timedelta | None, str, list[int]], ...] = (
    (timedelta(hours=1), "age_1h", [215, 38, 39, 225]),
    (timedelta(hours=6), "age_6h", [244, 109, 67, 220]),
    (timedelta(hours=24), "age_24h", [240, 180, 40, 215]),
    (timedelta(days=7), "age_7d", [102, 163, 210, 210]),
    (None, "age_old", [90, 100, 140, 200]),
)
UNKNOWN_AGE = ("age_unknown", [150, 150, 150, 200])


def age_bucket(age: timedelta | None) -> tuple[str, list[int]]:
    """The legend bucket (i18n key, colour) of an age; unknown age has its own grey."""
    if age is None:
        return UNKNOWN_AGE
    age = max(age, timedelta(0))
    for limit, key, color in AGE_BUCKETS:
        if limit is None or age < limit:
            return key, color
    raise AssertionError("the last bucket is open-ended")
