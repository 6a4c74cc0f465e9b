"""The bundled seed page yields exactly the 8 events a reader expects, in page order."""

from __future__ import annotations

import math
from datetime import datetime

import pytest

from pipeline.extract import extract_paths
from pipeline.sample import SAMPLE_PAGE

CAPTURED = datetime.fromisoformat("2025-11-17T08:00:00+01:00")

# place, agencies, published_at (UTC), country, real coordinates of the city meant
EXPECTED = [
    ("PYONGYANG", ["ANP"], None, "KP", (39.0339, 125.7543)),
    ("BALAKLIYA", ["ANP", "AFP"], "2025-11-17T05:00:00+00:00", "UA", (49.4627, 36.8586)),
    ("QUITO", ["ANP"], "2025-11-17T04:00:00+00:00", "EC", (-0.2299, -78.5249)),
    ("WASHINGTON", ["ANP"], "2025-11-17T04:00:00+00:00", "US", (38.8951, -77.0364)),
    ("SANTIAGO", ["ANP"], "2025-11-17T01:00:00+00:00", "CL", (-33.4569, -70.6483)),
    ("NEUSS", ["ANP", "DPA"], "2025-11-16T19:00:00+00:00", "DE", (51.1981, 6.6850)),
    ("WASHINGTON", ["ANP", "BLOOMBERG"], "2025-11-16T17:00:00+00:00", "US", (38.8951, -77.0364)),
    ("WASHINGTON", ["ANP", "RTR"], "2025-11-16T16:00:00+00:00", "US", (38.8951, -77.0364)),
]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def seed_events() -> list[dict]:
    return list(extract_paths([SAMPLE_PAGE], captured_at=CAPTURED))


def test_seed_yields_eight_events_in_page_order(seed_events):
    assert [(e["place"], e["agencies"]) for e in seed_events] == [
        (place, agencies) for place, agencies, *_ in EXPECTED
    ]


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_seed_event_time_and_place(seed_events, index):
    place, _agencies, published, country, real = EXPECTED[index]
    event = seed_events[index]
    assert event["published_at"] == published
    assert event["time_basis"] == ("age" if published else None)
    assert event["captured_at"] == "2025-11-17T07:00:00+00:00"
    assert event["captured_at_basis"] == "option"
    assert event["country_code"] == country
    assert km((event["lat"], event["lon"]), real) < 25
    assert event["location_source"] == "dateline"
    assert event["location_reason"]
    assert event["dateline"].startswith(place + " (ANP")
    assert event["text"].startswith(event["dateline"])


def test_seed_titles_text_and_ids(seed_events):
    first = seed_events[0]
    assert first["title"] == "Kim Jong-un bespreekt militaire samenwerking met Sjojgoe"
    # The main article keeps all its paragraphs but not the section header after it.
    assert first["text"].endswith("weer hebben verlaten.")
    assert "Meer uit Buitenland" not in first["text"]
    # Ages are not part of any brief's text.
    assert not any("geleden" in e["text"][-20:] for e in seed_events)
    assert all(e["lang"] == "nl" for e in seed_events)
    assert len({e["id"] for e in seed_events}) == 8


def test_ids_are_stable_and_ignore_capture_time():
    later = datetime.fromisoformat("2025-11-17T11:00:00+01:00")
    first = [e["id"] for e in extract_paths([SAMPLE_PAGE], captured_at=CAPTURED)]
    second = [e["id"] for e in extract_paths([SAMPLE_PAGE], captured_at=later)]
    assert first == second


def test_sidecar_capture_time_is_used_without_the_option():
    events = list(extract_paths([SAMPLE_PAGE]))
    assert events[1]["captured_at"] == "2025-11-17T07:00:00+00:00"
    assert events[1]["captured_at_basis"] == "sidecar"
    assert events[1]["published_at"] == "2025-11-17T05:00:00+00:00"


def test_seed_ford_brief_happens_in_the_caribbean_sea(seed_events):
    ford = seed_events[7]
    assert ford["place"] == "WASHINGTON" and ford["country_code"] == "US"
    assert ford["focus"]["name"] == "Caribbean Sea"
    assert 10 < ford["focus"]["lat"] < 20 and -85 < ford["focus"]["lon"] < -60
    named = [m["place"] for m in ford["mentions"] if m["kind"] != "demonym"]  # "Amerikaanse"
    assert named[0] == "Caribische Zee"
    for mention in ford["mentions"]:
        assert ford["text"][mention["start"] : mention["end"]] == mention["place"]


def test_seed_focus_stays_at_the_dateline_when_the_text_names_its_country(seed_events):
    balakliya, quito = seed_events[1], seed_events[2]
    assert balakliya["focus"]["name"] == balakliya["location_name"]
    assert "Charkiv" in [m["place"] for m in balakliya["mentions"]]
    assert quito["focus"]["country_code"] == "EC"
    assert [m["place"] for m in quito["mentions"]] == ["Ecuador"]
