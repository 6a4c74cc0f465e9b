"""Cheaper ways to the same answers in ``geo.focus`` (issue 15): each cut is compared with the
way it replaces, on briefs written here in the styles of the copy and generated briefs."""

from __future__ import annotations

import dataclasses

import pytest

from benchmarks.corpus import briefs
from geo.focus import Focus, _choose, _locatives
from geo.location import Location

GENERATED = list(briefs(80, 46))


# a dateline and no place read in the text: ``_choose`` answers before it finds the lead, unless
# a capital noun is in the text (``_with_capitals`` may read a capital there)
_NO_MENTION_BRIEFS = [
    "NAIROBI (Reuters) - The central bank held its key rate on Tuesday, citing inflation.",
    "BERLIN (dpa) - Die Regierung hat am Montag ein neues Gesetz beschlossen.",
    "PARIS (AFP) - Le gouvernement a présenté mardi son projet de budget.",
    "MADRID (EFE) - El Gobierno aprobó este martes la reforma de las pensiones.",
    "ROMA (ANSA) - Il governo ha approvato oggi il decreto sulle bollette.",
    "LJUBLJANA - Vlada je v četrtek sprejela nov zakon o davkih.",
    "NAIROBI - Gunmen stormed a hotel in the Somali capital late on Sunday.",
    "WIEN - In der ukrainischen Hauptstadt heulten am Morgen die Sirenen.",
    "NAIROBI - Chinese capital has poured into mines this year.",
    "",
]


@pytest.mark.parametrize("lang", [None, "en", "de", "fr"])
def test_a_dateline_and_no_mention_answer_as_the_full_path(lang):
    """With no mention, ``_choose`` answers as it does when it reads the lead: a key of a space
    (in every brief here, never in a capital noun) turns the shortcut off and reads the lead
    the full way, where a capital noun may add a capital read from its adjective."""
    dl = Location(
        "NAIROBI", "Nairobi", -1.28333, 36.81667, "KE", "05", 184745, "city", 0.9, "dateline"
    )
    locs = _locatives(lang)
    full = dataclasses.replace(locs, capital_keys=(*locs.capital_keys, " "))
    shortcut = 0
    for text in _NO_MENTION_BRIEFS + GENERATED:
        body = text.find(" - ") + 3 if " - " in text else 0
        for places in (None, ("NAIROBI", "MOGADISHU")):
            got = _choose([], dl, text, body, locs, None, places)
            assert got == _choose([], dl, text, body, full, None, places), text
            if not any(k in text for k in locs.capital_keys):
                shortcut += 1
                assert got == Focus(dl, "dateline", None)
    assert shortcut > 100
