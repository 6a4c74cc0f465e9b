"""``find_dateline``'s read of a lead takes two shortcuts (``parsing.dateline``): its search
for a credit or a dash stops a dateline's reach past the lead, and a lead word that only
``_placed`` could read, on a line whose shape rules its pattern out
(``_placed_only_fails``), is skipped before ``_lead_word_ok`` weighs it. Both are held to the
long way (every candidate read by ``_at``, the search run to the text's end) on generated
briefs, on texts whose credit or dash lies far past the lead, and on random and hostile text,
with a gazetteer that knows every name as a large city, one that knows none, and none."""

from __future__ import annotations

import random

import pytest

from benchmarks.corpus import briefs
from parsing import dateline as dl


def _long_way(text: str, is_place, lang: str | None = "en") -> dl.Dateline | None:
    """``find_dateline`` with no shortcut: each lead candidate that needs one has a credit or a
    dash looked for to the text's end, and each is read by ``_at``."""
    ctx = dl._Ctx(is_place, lang, {})
    limit = min(len(text), 400)
    pos = dl._past_marks(text, dl._skip_blank(text, 0, limit))
    if pos < len(text):
        got = dl._at(text, pos, dl.PRIMARY, ctx)
        if got is not None:
            return dl._dash_inside(text, dl._prefer_next_line(text, got, dl.PRIMARY, ctx), ctx)
    for kind, cand in dl._lead_candidates(text, pos + 1, limit):
        mode = dl._MODES[kind]
        if mode >= dl.GLUE:
            hit = dl._RE_CREDIT_OR_DASH.search(text, cand)
            if hit is None or hit.start() >= min(cand + dl.MAX_DATELINE_LEN, len(text)):
                continue
        if kind == "inner" and text[cand - 2 : cand - 1] == "." and dl._day_stop_month(text, cand):
            continue
        if mode == dl.INNER and is_place is not None and dl._lead_word_ok(text, cand):
            mode = dl.LEAD
        got = dl._at(text, cand, mode, ctx, True, kind == "glue")
        if got is not None:
            return dl._dash_inside(text, dl._prefer_next_line(text, got, dl._MODES[kind], ctx), ctx)
    return None


def _every_city(name: str, lang: str | None) -> object:
    return "city"


def _none_known(name: str, lang: str | None) -> object:
    return None


PLACES = [_every_city, _none_known, None]

_WORDS = [
    "Roma", "WIEN", "Kiew", "New York", "Managua", "Dec.", "5", "2026", "(AP)", "(dpa)",
    "/PRNewswire/", "Reuters", "dpa", "EFE", "said", "the", "di", "Mehr zum Thema:", "By",
    "Jane", "Doe", "May", "Saturday,", "5.", "Dezember", "Sport", "Update", "Partap", "Singh",
    "Bajwa,", "la", "ANSA",
]  # fmt: skip
_MARKS = [" ", " ", " ", "  ", "\n", " - ", " – ", " — ", ".- ", ". ", ", ", ": ", " | ", "("]


def _lead_text(rng: random.Random, far: int) -> str:
    """A lead of names, words, marks and figures, then ``far`` characters of prose with no
    credit or dash, then a dateline's credit and dash: the search runs past the lead."""
    lead = "".join(rng.choice(_WORDS) + rng.choice(_MARKS) for _ in range(rng.randint(1, 60)))
    tail = " ".join("word" for _ in range(far // 5))
    return f"{lead}{tail} BERLIN (dpa) - Die Regierung hat entschieden."


def _hostile(rng: random.Random) -> str:
    alphabet = "AaBZzÉé (/)-–—_:|■•.,!?\n\t\xa0'’0123456789\x00中"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 700)))


def _texts() -> list[str]:
    rng = random.Random(47)
    out = [b for b in briefs(120, 47)]
    out += [_lead_text(rng, far) for far in (0, 10, 150, 400, 700, 3000) for _ in range(12)]
    out += [_hostile(rng) for _ in range(150)]
    out += ["", " ", "\n\n", "Roma - " * 2000, "A" * 5000 + " - x", "x " * 3000 + "(AP) -"]
    return out


TEXTS = _texts()


@pytest.mark.parametrize("is_place", PLACES)
def test_find_dateline_reads_the_lead_as_the_long_way(is_place):
    for text in TEXTS:
        if not text:
            assert dl.find_dateline(text, is_place=is_place) is None
            continue
        assert dl.find_dateline(text, is_place=is_place, lang="en") == _long_way(text, is_place)


@pytest.mark.parametrize("is_place", PLACES)
def test_a_lead_word_only_placed_could_read_is_read_by_none(is_place):
    """Where ``_placed_only_fails`` says so, ``_at`` finds nothing at GLUE, INNER or LEAD trust;
    and it does say so at many starts (the shortcut is taken)."""
    skipped = 0
    for text in TEXTS:
        for pos in range(len(text)):
            if not dl._placed_only_fails(text, pos):
                continue
            skipped += 1
            ctx = dl._Ctx(is_place, "en", {})
            for mode in (dl.GLUE, dl.INNER, dl.LEAD):
                for glued in (False, True):
                    assert dl._at(text, pos, mode, ctx, True, glued) is None, (text, pos, mode)
    assert skipped > 1000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON (AP) — x", False),  # the pattern may match
        ("(AP) — x", False),  # a parenthesis: read by the credit's readers
        ("December 5 (AP) - x", False),  # a month: read as a date
        ("dpa - Die Regierung", False),  # a bare credit's first letters
        ("said the president on Tuesday", True),
        ("5 people", False),  # no letter
        ("", False),
    ],
)
def test_placed_only_fails_on_lines(text, expected):
    assert dl._placed_only_fails(text, 0) is expected
