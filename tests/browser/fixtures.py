"""Event records written for the dashboard's tests, in the FIELDS shape, plus hostile text.

The briefs are our own words. Times are fixed, relative to ``CAPTURED`` (17 Nov 2025 07:00 UTC),
so every window and preset has a known answer.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.record import FIELDS, event_id

CAPTURED = datetime(2025, 11, 17, 7, 0, tzinfo=UTC)

HOSTILE_TEXT = (
    "<script>window.__pwned=1</script> Officials said <img src=x onerror=alert(1)> "
    "that [click here](javascript:alert(2)) &amp; &lt;b&gt;nothing&lt;/b&gt; **bold** happened."
)
HOSTILE_TITLE = "<img src=x onerror=alert(1)> <b>Breaking</b> &amp; [link](http://evil.test)"


def record(
    text: str,
    *,
    place: str | None,
    agencies: list[str],
    hours_ago: float | None,
    lat: float | None = None,
    lon: float | None = None,
    country: str | None = None,
    lang: str = "nl",
    title: str | None = None,
    source: str = "fixtures/page.txt",
    reason: str | None = None,
    mentions: list[dict] | None = None,
    focus: dict | None = None,
) -> dict:
    """One event record; ``hours_ago=None`` leaves the time unknown, ``lat=None`` unlocated.

    ``mentions`` are given as (place, kind, name, lat, lon, country) dicts without offsets: the
    offsets are found in ``text``. ``focus`` defaults to the dateline's location, as the pipeline
    sets it for a brief that names nothing more precise.
    """
    out = dict.fromkeys(FIELDS)
    agency_text = "/".join(agencies)
    dateline = f"{place.upper()} ({agency_text})" if place else None
    published = None if hours_ago is None else CAPTURED - timedelta(hours=hours_ago)
    out.update(
        id=event_id(text),
        source=source,
        title=title,
        text=text,
        dateline=dateline,
        place=place.upper() if place else None,
        places=[place.upper()] if place else [],
        agencies=agencies,
        lang=lang,
        published_at=published.isoformat() if published else None,
        time_basis="age" if published else None,
        captured_at=CAPTURED.isoformat(),
        captured_at_basis="fixture",
        lat=lat,
        lon=lon,
        country_code=country,
        location_name=place if lat is not None else None,
        location_source="dateline" if place else None,
        location_reason=reason
        or (f"dateline place {place} matched the gazetteer" if lat is not None else "no place"),
        mentions=[mention(text, **m) for m in mentions or []],
        focus=focus
        if focus is not None or lat is None
        else {
            "name": place,
            "lat": lat,
            "lon": lon,
            "country_code": country,
            "precision": "city",
            "confidence": 0.99,
            "reason": "dateline",
            "place": None,
        },
    )
    return out


def mention(
    text: str, place: str, kind: str, name: str, lat: float, lon: float, country: str | None
) -> dict:
    """A mention record for the first ``place`` in ``text`` (offsets into the text)."""
    start = text.index(place)
    return {
        "place": place,
        "start": start,
        "end": start + len(place),
        "kind": kind,
        "name": name,
        "lat": lat,
        "lon": lon,
        "country_code": country,
    }


CARIBBEAN = (15.0, -75.0)
CARIBBEAN_FOCUS = {
    "name": "Caribbean Sea",
    "lat": CARIBBEAN[0],
    "lon": CARIBBEAN[1],
    "country_code": None,
    "precision": "region",
    "confidence": 0.81,
    "reason": 'lead: "naar de Caribische Zee" (outside the dateline, Washington)',
    "place": "Caribische Zee",
}
GRONINGEN_PROVINCE = (53.25, 6.75)  # about 13 km from the city: no line, no "happened" note
HOSTILE_MENTION = "<img src=x onerror=alert(1)>"


WASHINGTON_MENTION = {
    "kind": "city",
    "name": "Washington",
    "lat": 38.89511,
    "lon": -77.03637,
    "country": "US",
}


def records() -> list[dict]:
    """Nine events: three at Washington, a hostile one at Lagos, one undated, one unlocated."""
    return [
        record(
            "In Washington stemde het Huis over een nieuwe begroting. De stemming was krap.",
            place="Washington",
            agencies=["ANP"],
            hours_ago=3,
            lat=38.89511,
            lon=-77.03637,
            country="US",
            mentions=[dict(WASHINGTON_MENTION, place="Washington")],
        ),
        record(
            "De Senaat in Washington debatteerde over handelstarieven. Een besluit volgt later.",
            place="Washington",
            agencies=["ANP", "RTR"],
            hours_ago=12,
            lat=38.89511,
            lon=-77.03637,
            country="US",
            source="https://example.org/news/senaat",
        ),
        record(
            "Een vliegdekschip voer vanuit Washington naar de Caribische Zee. Het kwam laat.",
            place="Washington",
            agencies=["ANP", "AFP"],
            hours_ago=15,
            lat=38.89511,
            lon=-77.03637,
            country="US",
            mentions=[
                dict(WASHINGTON_MENTION, place="Washington"),
                {
                    "place": "Caribische Zee",
                    "kind": "sea",
                    "name": "Caribbean Sea",
                    "lat": CARIBBEAN[0],
                    "lon": CARIBBEAN[1],
                    "country": None,
                },
            ],
            focus=CARIBBEAN_FOCUS,
        ),
        record(
            "In Santiago gaat de linkse kandidaat voorop in de peilingen. Een tweede ronde volgt.",
            place="Santiago",
            agencies=["ANP"],
            hours_ago=6,
            lat=-33.45694,
            lon=-70.64827,
            country="CL",
        ),
        record(
            "The mayor of São Paulo opened a new metro line. Commuters cheered the opening.",
            place="São Paulo",
            agencies=["RTR"],
            hours_ago=0.5,
            lat=-23.5475,
            lon=-46.63611,
            country="BR",
            lang="en",
        ),
        record(
            "Boeren in Groningen protesteerden tegen nieuwe regels. Het bleef rustig.",
            place="Groningen",
            agencies=["ANP"],
            hours_ago=30,
            lat=53.21917,
            lon=6.56667,
            country="NL",
            mentions=[
                {
                    "place": "Groningen",
                    "kind": "region",
                    "name": "Groningen",
                    "lat": GRONINGEN_PROVINCE[0],
                    "lon": GRONINGEN_PROVINCE[1],
                    "country": "NL",
                }
            ],
            focus={
                "name": "Groningen",
                "lat": GRONINGEN_PROVINCE[0],
                "lon": GRONINGEN_PROVINCE[1],
                "country_code": "NL",
                "precision": "region",
                "confidence": 0.8,
                "reason": 'lead: "in Groningen"',
                "place": "Groningen",
            },
        ),
        record(
            HOSTILE_TEXT,
            title=HOSTILE_TITLE,
            place="Lagos",
            agencies=["AFP"],
            hours_ago=2,
            lat=6.45407,
            lon=3.39467,
            country="NG",
            lang="en",
            source="javascript:alert(3)",
            mentions=[
                {
                    "place": HOSTILE_MENTION,
                    "kind": "city",
                    "name": "Lagos",
                    "lat": 6.45407,
                    "lon": 3.39467,
                    "country": "NG",
                }
            ],
        ),
        record(
            "Pyongyang toonde nieuwe raketten tijdens een parade. Het tijdstip is niet bekend.",
            place="Pyongyang",
            agencies=["ANP"],
            hours_ago=None,
            lat=39.03385,
            lon=125.75432,
            country="KP",
        ),
        record(
            "Een bericht zonder dateline over een onbekende plaats. Niemand weet waar.",
            place=None,
            agencies=[],
            hours_ago=1,
            reason="no dateline found",
        ),
    ]


def write_jsonl(path: Path, items: list[dict] | None = None) -> Path:
    """The records as a JSONL file (for ``WIREMAP_RECORDS``)."""
    with path.open("w", encoding="utf-8") as out:
        for item in records() if items is None else items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path
