"""The dateline reader's scan of a page, cut exactly (speed50): a weekday's or a stamp word's
test at a line's start looks up the few words the line's folded head may open with
(``parsing.dateline._by_head``) instead of trying every word in turn. Held to the long way (the
whole tuple given to ``str.startswith``, kept here as the reference) on every weekday and stamp
word in each case and cut short, on prose, on random and hostile text, and on generated briefs."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from benchmarks.corpus import briefs
from parsing import dateline as dl


def _reference_opens(text: str, pos: int, head: str) -> bool:
    """``_opens`` as it was: the whole tuples of weekdays and stamp words tried in turn."""
    if head in dl._WEEKDAY_HEADS and text[pos : pos + 16].casefold().startswith(dl._WEEKDAY_WORDS):
        return True
    if head[:2] in dl._ABBR_HEADS:
        end = pos + 2
        while end < pos + 6 and text[end : end + 1].isalpha():
            end += 1
        if text[end : end + 1] in dl._ABBR_ENDS and text[pos:end].casefold() in dl.WEEKDAY_ABBRS:
            return True
    if head[:1] not in dl.STAMP_FIRST:
        return False
    fold = head.casefold()
    if fold[:3] not in dl._STAMP_HEADS and fold[:2] not in dl._STAMP_HEADS:
        return False
    return text[pos : pos + 24].casefold().startswith(dl.STAMP_WORDS)


def _lines() -> list[str]:
    words = [*dl._WEEKDAY_WORDS, *dl.STAMP_WORDS, *dl.WEEKDAY_ABBRS]
    forms = [f(w) for w in words for f in (str, str.upper, str.capitalize, str.title)]
    out = [f + tail for f in forms for tail in ("", ", 05.12.2026 -", ". 5. Dezember", "x", " ")]
    out += [f[:k] for f in forms for k in range(1, len(f))]  # cut short: no word, or a shorter
    out += ["Die Regierung hat entschieden.", "Marseille -", "Sonntag", "SAMSTAG, 5.", "Straße"]
    out += ["ẞamstag", "İstanbul", "ﬀ", "Maß", "le 5 décembre", "Le", "LE", "l", ""]
    rng = random.Random(50)
    alphabet = "aAdDeEiImMnNoOrRsStTuUß ,.-–0123456789\n\t\xa0ẞİﬀÉé中"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in briefs(200, seed=50):
        out += [line for line in text.splitlines() if line]
    return out


LINES = _lines()


@pytest.mark.parametrize("size", [2, 3])
def test_by_head_keeps_every_word_under_its_head(size):
    words = ["dienstag", "die", "mardi", "le", "lei"]
    words = [w for w in words if len(w) >= size]
    table = dl._by_head(words, size)
    assert sorted(w for ws in table.values() for w in ws) == sorted(words)
    assert all(w[:size] == head for head, ws in table.items() for w in ws)


def test_by_head_refuses_a_word_shorter_than_its_head():
    with pytest.raises(ValueError):
        dl._by_head(["le"], 3)


def test_opens_is_the_long_way_on_every_word_and_line():
    opened = 0
    for line in LINES:
        for pos in range(min(len(line), 4)):
            head = line[pos : pos + 3]
            got = dl._opens(line, pos, head)
            assert got is _reference_opens(line, pos, head), (line, pos)
            opened += got
    assert opened > 1000  # the words themselves open: the look-up finds them


# --- a dateline built by position (``_make``, ``Dateline.shifted``) ----------------------------


def _keyword_make(text, start, end, sep_end, place, qualifier, agencies, date_text, places=None):
    """``_make`` as it was: the same fields, each named."""
    if places is None:
        places = dl._places(place) if place else ()
    date = date_text.strip().rstrip(".,").strip() if date_text else None
    return dl.Dateline(
        raw=text[start:end],
        start=start,
        end=end,
        sep_end=sep_end,
        place=places[0] if places else None,
        places=places,
        qualifier=qualifier.strip() if qualifier else None,
        agencies=agencies,
        date_text=date or None,
        byline=False,
    )


def test_a_dateline_built_by_position_is_the_one_built_by_name():
    """Every dateline a page's scan reads, rebuilt by ``_make`` from its own fields, and moved
    by ``shifted``, is the one the fields named one by one build: the positions follow the
    fields' order."""
    built = 0
    for text in [*briefs(300, seed=51), "Roma, 5 dic (ANSA) - x", "Gaza/Jerusalem – x"]:
        for found in dl.find_datelines(text, is_place=lambda name, lang: "city", lang="en"):
            args = (text, found.start, found.end, found.sep_end, found.place, found.qualifier)
            args += (found.agencies, found.date_text)
            for places in (None, found.places):
                want = _keyword_make(*args, places)
                assert dl._make(*args, places) == want
                for name in ("raw", "start", "end", "place", "places", "qualifier", "date_text"):
                    assert getattr(dl._make(*args, places), name) == getattr(want, name)
            moved = found.shifted(found.start)
            start, end, sep_end = 0, found.end - found.start, found.sep_end - found.start
            assert moved == replace(found, start=start, end=end, sep_end=sep_end)
            built += 1
    assert built > 250
