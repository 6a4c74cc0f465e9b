"""The evaluation: scoring rules on a small gold file written here, the fixed split, and the
shared sets (their targets)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from needs import absent

from pipeline import evaluate as ev
from pipeline.extract import extract_text

WIRE = Path(__file__).resolve().parents[2] / "shared" / "data" / "wire"


def _item(id_, lang, text, raw=None, city=None, agency=(), cities=None, country=None, style=None):
    start = text.find(raw) if raw else None
    return {
        "id": id_,
        "lang": lang,
        "text": text,
        "dateline_raw": raw,
        "dateline_start": start,
        "dateline_end": None if raw is None else start + len(raw),
        "city": city,
        "cities": cities,
        "agency": list(agency),
        "city_country": country,
        "style": style,
    }


def _id_in(part: str, prefix: str) -> str:
    """The first id "prefix-N" that the fixed rule puts in ``part``."""
    for n in range(100):
        candidate = f"{prefix}-{n}"
        if ev.held_out(candidate) == (part == "held"):
            return candidate
    raise AssertionError("no id found")


GOLD = [
    _item("nl-own-001", "nl", "GENT (ANP) - De stad telt.", "GENT (ANP) -", "GENT", ["ANP"],
          country="BE", style="caps_agency"),
    _item("en-own-001", "en", "RENO, Nev. (AP) — A casino closed.", "RENO, Nev. (AP) —", "RENO",
          ["AP"], country="US", style="caps_agency"),
    _item("en-own-002", "en", "DOHA/RIYADH (Reuters) - Talks resumed.",
          "DOHA/RIYADH (Reuters) -", "DOHA/RIYADH", ["Reuters"], cities=["DOHA", "RIYADH"],
          country="QA", style="caps_agency"),
    _item("en-own-003", "en", "(CNN)A study finds coffee helps.", "(CNN)", None, ["CNN"],
          style="agency_only"),
    _item("es-own-001", "es", "Lugo, 3 may (EFE).- La feria abre.", "Lugo, 3 may (EFE).-",
          "Lugo", ["EFE"], country="ES", style="title_agency"),
    # gold says "Teruel" but the text is labelled at a later offset: a span miss on purpose
    {
        **_item("es-own-002", "es", "AGRO Teruel, 3 may (EFE).- El campo.",
                "Teruel, 3 may (EFE).-", style="title_agency"),
        "city": "Teruel",
        "agency": ["EFE"],
        "dateline_start": 0,
    },
    # a weak dateline: found only because the gazetteer (here: the test's) knows Graz
    _item("de-own-002", "de", "Graz – Die Stadt feiert ihr Jubiläum.", "Graz –", "Graz",
          country="AT", style="title_case"),
    # negatives
    _item("en-own-004", "en", "The Federal Reserve (Fed) held rates.", style="neg_place_word"),
    _item("fr-own-001", "fr", "Samedi à Lille, la foule a défilé.", style="neg_place_word"),
    # a negative the parser gets wrong on purpose: it reads like a dateline
    _item("de-own-001", "de", "KASSEL - Die Stadt feiert.", style="neg_section_slug"),
]  # fmt: skip

KNOWN = {"GENT", "RENO", "DOHA", "Lugo", "Teruel", "Graz", "KASSEL"}
COUNTRIES = {"GENT": "BE", "RENO": "US", "DOHA": "QA", "Lugo": "ES", "Graz": "AT"}


def is_place(name, lang):
    return "city" if name in KNOWN else None


def locator(brief, text):
    return COUNTRIES.get(brief.dateline.place) if brief.dateline else None


def _score(items=GOLD, **kw):
    return ev.score(items, locator=kw.get("locator", locator), is_place=is_place)


def test_scores_follow_the_documented_rules():
    o = _score()["all"]["overall"]
    assert (o["items"], o["with_dateline"]) == (10, 7)
    # 6 exact spans; es-own-002 wrong span (FP+FN); de-own-001 a dateline where gold has none
    assert (o["tp"], o["fp"], o["fn"]) == (6, 2, 1)
    assert o["precision"] == round(6 / 8, 4)
    assert o["recall"] == round(6 / 7, 4)
    assert o["f1"] == round(2 * (6 / 8) * (6 / 7) / ((6 / 8) + (6 / 7)), 4)
    # place/agency accuracy over the 7 gold datelines: es-own-002 finds Teruel at 5 anyway
    assert o["place_accuracy"] == 1.0
    assert o["agency_accuracy"] == 1.0
    # right country over the 5 gold datelines with a place and a country
    assert (o["country_items"], o["right_country"]) == (5, 1.0)


def test_the_weak_dateline_needs_the_place_check():
    o = ev.score(GOLD, is_place=lambda name, lang: None)["all"]["overall"]
    assert o["tp"] == 5  # Graz – is not read without a gazetteer that knows it
    assert o["country_items"] == 0 and o["right_country"] is None  # no locator: no countries


def test_the_split_is_the_projects_fixed_rule():
    for item_id in ("web-de-10kgnad-001", "en-own-001", "x", "wire-17"):
        want = int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % 3 == 0
        assert ev.held_out(item_id) is want
    ids = [f"item-{n}" for n in range(3000)]
    share = sum(map(ev.held_out, ids)) / len(ids)
    assert 0.30 < share < 0.37


def test_parts_add_up_and_failures_are_listed_for_the_tune_part_only():
    wrong = "SPLIT (ANP) - Een brief zonder gouden dateline."
    items = [
        _item(_id_in("tune", "tune"), "nl", wrong, style="neg_kicker_dash"),
        _item(_id_in("held", "held"), "nl", wrong, style="neg_kicker_dash"),
        _item(_id_in("held", "held-ok"), "nl", "GENT (ANP) - Goed.", "GENT (ANP) -", "GENT",
              ["ANP"], style="caps_agency"),
    ]  # fmt: skip
    report = _score(items)
    assert [report[p]["overall"]["items"] for p in ("all", "tune", "held")] == [3, 1, 2]
    assert [report[p]["overall"]["fp"] for p in ("all", "tune", "held")] == [2, 1, 1]
    assert [f["id"] for f in report["failures"]] == [items[0]["id"]]
    assert report["held_failures"] == 1
    text = ev.format_report(report)
    assert items[0]["id"] in text and items[1]["id"] not in text
    assert "the held part's 1 are not shown" in text


def test_breakdowns_by_language_and_style():
    report = _score()
    assert set(report["all"]["by_language"]) == {"de", "en", "es", "fr", "nl"}
    assert report["all"]["by_style"]["neg_section_slug"]["fp"] == 1
    assert report["all"]["by_style"]["title_case"]["tp"] == 1
    tune_styles = set(report["tune"]["by_style"])
    held_styles = set(report["held"]["by_style"])
    assert tune_styles | held_styles == set(report["all"]["by_style"])
    # a set without a style field is broken down by the gold agency instead
    plain = [{k: v for k, v in item.items() if k != "style"} for item in GOLD]
    assert set(_score(plain)["all"]["by_style"]) >= {"ANP", "Reuters", "no agency"}


def test_failures_say_what_went_wrong():
    report = _score(locator=lambda brief, text: "XX")
    by_id = {f["id"]: f for f in report["failures"]}
    tune_ids = {item["id"] for item in GOLD if not ev.held_out(item["id"])}
    assert set(by_id) <= tune_ids
    if "es-own-002" in by_id:
        assert by_id["es-own-002"]["problem"].startswith("span differs")
        assert by_id["es-own-002"]["got"]["raw"] == "Teruel, 3 may (EFE)"
    if "de-own-001" in by_id:
        assert by_id["de-own-001"]["expected"] is None
    for f in by_id.values():
        if f["expected"] is not None and f["expected"]["country"]:
            assert "country XX" in f["problem"]


def test_the_evaluation_reads_what_extract_reads():
    text = "Die Koalition streitet. Wien – Die Regierung hat sich in der Nacht geeinigt."
    reading = ev.read_item(text)
    (record,) = extract_text(text, mentions=False)
    assert reading.dateline is not None and reading.dateline.raw == record["dateline"] == "Wien"
    assert text[reading.dateline.start : reading.dateline.end] == "Wien"
    assert record["country_code"] == "AT"


def test_format_report_is_readable():
    text = ev.format_report(_score())
    assert "Overall" in text and "By language" in text and "By style" in text
    assert "de · tune" in text or "de · held" in text
    assert "read as `wiremap extract` reads a text" in text


def test_main_prints_report_and_json(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD[0]) + "\n", "utf-8")
    assert ev.main([str(gold), "--no-geo"]) == 0
    assert "Dateline evaluation" in capsys.readouterr().out
    assert ev.main([str(gold), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["all"]["overall"]["tp"] == 1
    assert report["all"]["overall"]["right_country"] == 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "not found"), ("{not json\n", "not JSON"), ('{"id": 1}\n', "without a 'text'")],
)
def test_bad_gold_files_are_reported(tmp_path, capsys, content, message):
    path = tmp_path / "bad.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ev.EvaluationError, match=message):
        ev.evaluate(path)
    assert ev.main([str(path)]) == 2
    assert message in capsys.readouterr().err


def test_usage_error(capsys):
    assert ev.main([]) == 2
    assert "usage" in capsys.readouterr().err


def _shared(name: str) -> Path:
    path = WIRE / name
    if not path.is_file():
        absent(f"shared evaluation set not present at {path}")
    return path


def test_shared_wire_samples_meet_targets():
    report = ev.evaluate(_shared("wire_samples.jsonl"), geo=False)
    for part in ("all", "held"):
        o = report[part]["overall"]
        assert o["f1"] >= 0.99, part
        assert o["place_accuracy"] >= 0.98, part


def test_shared_web_samples_hold_their_level():
    """A floor under what was measured when issue 11 closed (F1 0.975 whole, 0.950 held; right
    country 0.909 on both): the issue's targets are 0.95 / 0.90 on both parts."""
    report = ev.evaluate(_shared("web_samples.jsonl"))
    for part in ("all", "held"):
        o = report[part]["overall"]
        assert o["f1"] >= 0.94, part
        assert o["precision"] >= 0.98, part
        assert o["place_accuracy"] >= 0.91, part
        assert o["right_country"] >= 0.90, part
