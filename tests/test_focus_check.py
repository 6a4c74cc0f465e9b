"""The check of where focus rules fire on unlabelled copy (``pipeline.focus_check``): dump,
compare, and the held part counted but never shown."""

from __future__ import annotations

import json

from parsing.scoring import part_of
from pipeline import focus_check

# briefs written for this test; ids chosen so that one falls in each part of the split
BRIEFS = {
    "own-check-a": "LONDON (Reuters) - A charity opened a shop in Kenya on Monday.",
    "own-check-b": "MADRID (EFE) - El Gobierno suspendió el viaje por los disturbios en Bolivia.",
    "own-check-c": "BERLIN (dpa) - Die Regierung hat am Montag getagt.",
}


def test_dump_then_compare_counts_changes_and_shows_only_the_tune_part(tmp_path):
    texts = tmp_path / "briefs.jsonl"
    texts.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in BRIEFS.items()))
    parts = {i: part_of(i) for i in BRIEFS}
    assert set(parts.values()) == {"tune", "held"}, parts
    old = focus_check.dump([texts])
    assert [x["id"] for x in old] == list(BRIEFS)
    assert old[0]["focus"][0]["country_code"] == "KE"  # "in Kenya" moves it off LONDON
    assert old[2]["focus"][0]["name"] == "Berlin"
    # the same texts give no change
    assert focus_check.compare(old, focus_check.dump([texts])) == []
    # a focus moved elsewhere in every record is one change each, whatever the part
    new = json.loads(json.dumps(old))
    for x in new:
        x["focus"][0] = dict(x["focus"][0], name="Elsewhere", lat=0.0, lon=0.0, reason="lead: x")
    changes = focus_check.compare(old, new)
    assert [c["id"] for c in changes] == list(BRIEFS)
    # a move within 25 km in the same country is the same place
    near = json.loads(json.dumps(old))
    near[2]["focus"][0] = dict(near[2]["focus"][0], name="Berlin-Mitte", lat=52.53)
    assert focus_check.compare(old, near) == []
    # a record only one tree gives is a change (its focus None on the other side)
    more = json.loads(json.dumps(old))
    more[1]["focus"].append(more[1]["focus"][0])
    extra = focus_check.compare(old, more)
    assert [(c["id"], c["record"], c["old"]) for c in extra] == [(list(BRIEFS)[1], 1, None)]
    assert focus_check.compare(more, old)[0]["new"] is None
    out = focus_check.report(changes, BRIEFS)
    assert out.startswith("3 records whose focus changed")
    for i, text in BRIEFS.items():
        shown = " ".join(text.split())[:40] in out
        assert shown == (parts[i] == "tune"), (i, parts[i])


def test_score_counts_the_first_records_focus_on_labelled_items():
    gold = [
        {"id": "a", "focus": {"place": "Kyiv", "country": "UA", "lat": 50.45, "lon": 30.52}},
        {"id": "b", "focus": {"place": "Madrid", "country": "ES", "lat": 40.42, "lon": -3.70}},
        {"id": "c", "focus": None},  # no event place: not scored
        {"id": "d", "focus": {"place": "Quito", "country": "EC", "lat": -0.23, "lon": -78.52}},
        {"id": "e", "focus": {"place": "Lima", "country": "PE", "lat": -12.04, "lon": -77.03}},
    ]
    kyiv = {"name": "Kiev", "country_code": "UA", "lat": 50.46, "lon": 30.53, "place": "Kiew"}
    lyon = {"name": "Lyon", "country_code": "FR", "lat": 45.76, "lon": 4.83, "place": "Lyon"}
    dumped = [
        {"id": "a", "focus": [kyiv, lyon]},  # the first record counts: within 25 km
        {"id": "b", "focus": [lyon, None]},  # elsewhere
        {"id": "c", "focus": [lyon]},
        {"id": "d", "focus": []},  # no record: no focus
    ]  # "e" is not in the dump: not counted
    assert focus_check.score(dumped, gold) == (1, 3)


def test_score_reports_each_part_of_the_split_apart():
    kyiv = {"place": "Kyiv", "country": "UA", "lat": 50.45, "lon": 30.52}
    at_kyiv = {"name": "Kyiv", "country_code": "UA", "lat": 50.45, "lon": 30.52, "place": "Kiew"}
    gold = [{"id": i, "focus": kyiv} for i in ("a", "b", "g", "h")]  # g, h: held; a, b: tune
    dumped = [{"id": "a", "focus": [at_kyiv]}, {"id": "b", "focus": [None]}]
    dumped += [{"id": "g", "focus": [at_kyiv]}, {"id": "h", "focus": [at_kyiv]}]
    assert [focus_check.score(dumped, gold, p) for p in (None, "tune", "held")] == [
        (3, 4),
        (1, 2),
        (2, 2),
    ]


def test_halves_cut_the_tune_part_in_two_and_leave_the_held_part_as_it_is():
    ids = [f"own-half-{k}" for k in range(30)]
    halves = {i: focus_check.half_of(i) for i in ids}
    assert set(halves.values()) == {"held", "tune A", "tune B"}
    for i in ids:  # the held part is the project's; the tune part is cut, never grown
        assert (halves[i] == "held") == (part_of(i) == "held"), i
    kyiv = {"place": "Kyiv", "country": "UA", "lat": 50.45, "lon": 30.52}
    at_kyiv = {"name": "Kyiv", "country_code": "UA", "lat": 50.45, "lon": 30.52, "place": "Kiew"}
    gold = [{"id": i, "focus": kyiv} for i in ids]
    right = [i for i in ids if halves[i] == "tune A"]  # only half A's focus is right
    dumped = [{"id": i, "focus": [at_kyiv if i in right else None]} for i in ids]
    n = {h: sum(1 for i in ids if halves[i] == h) for h in ("held", "tune A", "tune B")}
    assert focus_check.score(dumped, gold, "tune A") == (n["tune A"], n["tune A"])
    assert focus_check.score(dumped, gold, "tune B") == (0, n["tune B"])
    assert focus_check.score(dumped, gold, "tune") == (n["tune A"], n["tune A"] + n["tune B"])
    assert focus_check.score(dumped, gold, "held") == (0, n["held"])
