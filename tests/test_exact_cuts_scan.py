"""The dateline reader's scan of a page, cut exactly (speed50): a weekday's or a stamp word's
test at a line's start looks up the few words the line's folded head may open with
(``parsing.dateline._by_head``) instead of trying every word in turn. Held to the long way (the
whole tuple given to ``str.startswith``, kept here as the reference) on every weekday and stamp
word in each case and cut short, on prose, on random and hostile text, and on generated briefs."""

from __future__ import annotations

import random

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
