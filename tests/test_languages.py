"""The language data: one file per language, the one list every part derives from, and the
words generated from CLDR still what the installed Babel gives."""

from __future__ import annotations

import json

import pytest

from geo import geodata
from parsing import agencies, lang, languages, pagewords, timewords
from parsing.languages import (
    CLDR_DIR,
    CODES,
    LANGUAGE_DIR,
    LANGUAGES,
    REQUIRED,
    LanguageDataError,
    cldr_problems,
    problems,
)
from tools import make_cldr_tables

FILES = sorted(LANGUAGE_DIR.glob("*.json"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_language_file_holds_the_required_keys(path):
    doc = json.loads(path.read_text("utf-8"))
    assert problems(path.stem, doc) == []
    assert set(REQUIRED) <= set(doc)
    assert path.stem == path.stem.lower() and len(path.stem) == 2  # ISO 639-1


@pytest.mark.parametrize(
    ("derived", "what"),
    [
        (timewords.LANGS, "month names"),
        (timewords.AGE_LANGS, "ages"),
        (tuple(timewords.DATE_LINKS), "date links"),
        (tuple(timewords.MONTH_EXTRAS), "month extras"),
        (geodata.LANGUAGES, "country names"),
        (tuple(geodata.LANGUAGE_COUNTRIES), "press countries"),
        (tuple(lang.ALIASES.values()), "detection aliases"),
        (tuple(lang.ALIASES.get(c, c) for c in lang.CANDIDATES), "detection"),
    ],
)
def test_every_list_of_languages_derives_from_the_files(derived, what):
    assert derived, what
    assert set(derived) <= set(CODES), what
    for code in derived:
        assert (LANGUAGE_DIR / f"{code}.json").is_file(), (what, code)


def test_the_detected_languages_are_the_files_detect_codes():
    assert tuple(c for code in CODES for c in LANGUAGES[code].detect) == lang.CANDIDATES
    assert len(set(lang.CANDIDATES)) == len(lang.CANDIDATES)
    assert {"nl", "en", "de", "fr", "es", "it", "pt", "nn"} <= set(lang.CANDIDATES)
    assert lang.ALIASES == {"nn": "no"}
    assert "gl" not in lang.CANDIDATES  # Galician takes short Spanish and Portuguese copy


def test_detect_codes_are_known_to_the_language_model():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    known = set(LanguageIdentifier.from_model_file(MODEL_FILE).nb_classes)
    assert set(lang.CANDIDATES) <= known


@pytest.mark.parametrize("code", [c for c in CODES if LANGUAGES[c].cldr], ids=str)
def test_a_language_with_locales_has_its_generated_file_and_every_month(code):
    assert (CLDR_DIR / f"{code}.json").is_file()
    assert set(timewords.MONTHS[code].values()) == set(range(1, 13))


@pytest.mark.parametrize("code", timewords.AGE_LANGS, ids=str)
def test_a_language_whose_ages_are_read_has_every_kind_of_word(code):
    assert LANGUAGES[code].cldr, "ages are read only with CLDR's relative times"
    assert set(timewords.AGE_UNITS[code].values()) == set(timewords.UNITS)
    assert timewords.AGE_TEMPLATES[code]
    assert all("{n}" in t and "{u}" in t for t in timewords.AGE_TEMPLATES[code])
    assert set(timewords.DAY_WORDS[code].values()) >= {1}
    assert timewords.ONE_WORDS[code]
    # CLDR gives the singular unit words; a language reads them alone only when its file says so
    assert set(LANGUAGES[code].time["one_units"]) <= set(timewords.AGE_UNITS[code])
    if code in timewords.ONE_UNITS:
        assert LANGUAGES[code].own_time["bare_one"] is True
        assert {timewords.AGE_UNITS[code][w] for w in timewords.ONE_UNITS[code]} >= {"hours"}
    assert len(timewords.WEEKDAYS[code]) >= 7


def test_no_file_is_generated_for_a_language_without_locales():
    generated = {p.stem for p in CLDR_DIR.glob("*.json")}
    assert generated == {c for c in CODES if LANGUAGES[c].cldr}


def test_the_generated_files_are_what_babel_gives(tmp_path, capsys):
    """parsing/data/cldr/ is CLDR's data through Babel: run tools/make_cldr_tables.py when
    this fails (a new Babel, or an edited language file)."""
    (tmp_path / "gone.json").write_text("{}", "utf-8")  # a language whose locales were removed
    (tmp_path / "sw.json").write_text("{}", "utf-8")
    assert make_cldr_tables.main(["--output", str(tmp_path)]) == 0
    assert "wrote 25 languages" in capsys.readouterr().err
    made = {p.name: p.read_text("utf-8") for p in tmp_path.glob("*.json")}
    stored = {p.name: p.read_text("utf-8") for p in CLDR_DIR.glob("*.json")}
    assert set(made) == set(stored)  # and nothing for a language without locales, or gone
    stale = sorted(name for name in stored if made[name] != stored[name])
    assert stale == [], "regenerate: .venv/bin/python tools/make_cldr_tables.py"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2 uur geleden", "nl", ("2 uur geleden", "hours")),  # CLDR
        ("3 uren geleden", "nl", ("3 uren geleden", "hours")),  # the file's own word
        ("vor 2 Std.", "de", ("vor 2 Std.", "hours")),  # CLDR's short form
        ("il y a 2 sem.", "fr", ("il y a 2 sem.", "weeks")),
        ("5 mins ago", "en", ("5 mins ago", "minutes")),
        ("há 4 horas", "pt", ("há 4 horas", "hours")),
        ("4 horas atrás", "pt", ("4 horas atrás", "hours")),  # the file's own template
    ],
)
def test_cldr_and_the_files_words_are_both_read(text, language, expected):
    from parsing.timeparse import ages_in

    (m,) = ages_in(text, language)
    assert (text[m.start : m.end], m.unit) == expected


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ([], "not a JSON object"),
        ({}, "missing key 'name'"),
        ({**dict.fromkeys(REQUIRED, None)}, "'name' is not a str"),
        (
            {"name": "X", "detect": [], "cldr": [], "ages": False, "time": {}, "dateline": {},
             "geo": {}, "extra": 1},
            "unknown key 'extra'",
        ),
        (
            {"name": "X", "detect": [], "cldr": [], "ages": False, "time": {"monts": {}},
             "dateline": {}, "geo": {}},
            "unknown key time.monts",
        ),
        (
            {"name": "X", "detect": [], "cldr": [], "ages": False, "time": {},
             "dateline": {"kicker_words": "breaking"}, "geo": {}},
            "dateline.kicker_words is not a list",
        ),
    ],
)  # fmt: skip
def test_a_malformed_file_is_named(doc, problem):
    assert any(problem in p for p in problems("xx", doc))


@pytest.mark.parametrize("code", [c for c in CODES if LANGUAGES[c].cldr], ids=str)
def test_every_generated_file_has_the_known_keys(code):
    assert cldr_problems(code, json.loads((CLDR_DIR / f"{code}.json").read_text("utf-8"))) == []


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ([], "has no months"),
        ({"age_units": {}}, "has no months"),
        ({"months": []}, "'months' is not a dict"),
        ({"months": {}, "weekday": []}, "unknown generated key 'weekday'"),
    ],
)
def test_a_malformed_generated_file_is_named(doc, problem):
    assert any(problem in p for p in cldr_problems("xx", doc))


def test_a_language_with_locales_but_no_generated_file_fails_loudly(tmp_path, monkeypatch):
    doc = {"name": "X", "detect": [], "cldr": ["nl"], "ages": False}
    doc |= {"time": {}, "dateline": {}, "geo": {}, "page": {}}
    (tmp_path / "xx.json").write_text(json.dumps(doc), "utf-8")
    monkeypatch.setattr(languages, "LANGUAGE_DIR", tmp_path)
    monkeypatch.setattr(languages, "CLDR_DIR", tmp_path / "cldr")
    with pytest.raises(LanguageDataError, match="cldr/xx.json"):
        languages._load()
    (tmp_path / "cldr").mkdir()
    (tmp_path / "cldr" / "xx.json").write_text('{"months": {}, "weekdays": {}}', "utf-8")
    with pytest.raises(LanguageDataError, match="'weekdays' is not a list"):
        languages._load()
    (tmp_path / "cldr" / "xx.json").write_text('{"months": {"mei": 5}}', "utf-8")
    assert languages._load()["xx"].time["months"] == {"mei": 5}


def test_a_language_whose_ages_are_read_is_data_only(tmp_path, monkeypatch):
    """Adding a language, as docs/CONTRIBUTING.md says: its file, then the tool, then it loads
    with CLDR's words beside its own."""
    lang_dir, cldr_dir = tmp_path / "languages", tmp_path / "cldr"
    lang_dir.mkdir()
    doc = {"name": "Swedish", "detect": ["sv"], "cldr": ["sv"], "ages": True}
    doc |= {"time": {"one_words": ["en", "ett"]}, "dateline": {}, "geo": {}, "page": {}}
    (lang_dir / "sv.json").write_text(json.dumps(doc), "utf-8")
    monkeypatch.setattr(make_cldr_tables, "LANGUAGE_DIR", lang_dir)
    assert make_cldr_tables.main(["--output", str(cldr_dir)]) == 0
    monkeypatch.setattr(languages, "LANGUAGE_DIR", lang_dir)
    monkeypatch.setattr(languages, "CLDR_DIR", cldr_dir)
    sv = languages._load()["sv"]
    assert sv.time["age_units"]["timmar"] == "hours" and sv.time["age_units"]["år"] == "years"
    assert sv.time["age_templates"][0] == "för {n} {u} sedan"
    assert sv.time["day_words"]["i går"] == 1 and "måndag" in sv.time["weekdays"]
    assert sv.time["months"]["januari"] == 1 and sv.time["one_words"] == ["en", "ett"]


def test_loading_a_broken_file_fails_loudly(tmp_path, monkeypatch):
    (tmp_path / "xx.json").write_text('{"name": "X"', "utf-8")
    monkeypatch.setattr(languages, "LANGUAGE_DIR", tmp_path)
    with pytest.raises(LanguageDataError, match="xx.json"):
        languages._load()
    (tmp_path / "xx.json").write_text('{"name": "X"}', "utf-8")
    with pytest.raises(LanguageDataError, match="missing key 'detect'"):
        languages._load()
    monkeypatch.setattr(languages, "LANGUAGE_DIR", tmp_path / "none")
    with pytest.raises(LanguageDataError, match="no language data"):
        languages._load()


def test_words_of_every_language_are_read_together():
    assert {"naar", "über", "pour"} <= agencies.LEAD_PREPOSITIONS  # nl, de, fr
    assert {"Door", "DOOR", "Von", "VON"} <= agencies.BYLINE_WORDS
    assert {"stad", "ciudad"} <= set(geodata.GENERIC_PLACE_WORDS)
    assert geodata.GENERIC_PLACE_WORDS[0] == "refugee camp"  # before "camp"
    assert {"noord", "norte", "lima"} <= geodata.CONTEXT_REGION_STOPWORDS
    assert {"lees ook", "read more", "leggi anche"} <= set(pagewords.CHROME_PREFIXES)


def test_the_gazetteer_index_depends_on_the_geo_words_only():
    names = {p.name for p in geodata.SOURCES}
    assert {"geodata.py", "places.json", "nl.json", "en.json"} <= names
    assert "et.json" not in names and "sw.json" not in names  # no geo words: no rebuild
    assert all(p.is_file() for p in geodata.SOURCES)
