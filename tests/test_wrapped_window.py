"""``_wrapped`` reads a hard-wrapped dateline in a stretch of the text around its line, not in a
copy of the whole text for each line (issue 15: 1 MB of short capital lines took 40 s): the
same datelines as the whole text's copy, on generated pages and random text."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import briefs
from parsing import dateline as dl


def _whole_copy(text: str, pos: int, mode: dl.Trust, ctx: dl._Ctx) -> dl.Dateline | None:
    """``_wrapped`` as read14 wrote it: the whole text copied with the line break made a blank."""
    nl = dl._wrap_at(text, pos)
    if nl == -1:
        return None
    joined = f"{text[:nl]} {text[nl + 1 :]}"
    got = dl._placed(joined, pos, mode, ctx, False)
    if got is None or got.place is None or got.sep_end <= nl:
        return None
    kind = ctx.kind_of(got.places)
    if kind is None or (kind == "country" and text[pos:nl].rstrip() == got.place):
        return None  # (the topic label's rule, added to both after the cut)
    return dl._make(
        text, got.start, got.end, got.sep_end, got.place, got.qualifier, got.agencies,
        got.date_text, got.places,
    )  # fmt: skip


KNOWN = {"KUALA LUMPUR", "WASHINGTON", "NEW YORK", "SAN FRANCISCO", "LONDON", "PARIS", "LAGOS"}


def _known(name: str, lang: str | None) -> str | None:
    """A gazetteer that knows the pieces' places and about half of all other names: those of
    an even count of letters."""
    return "city" if name in KNOWN or sum(map(str.isalpha, name)) % 2 == 0 else None


# Lines a page cut by hard wraps holds: wrapped datelines, their look-alikes, bodies that a
# dateline's checks read (a phone, a caption's date, a market's figure, a headline, prose).
PIECES = [
    "WASHINGTON, Dec 5\n(Reuters) - The Senate voted on Tuesday.",
    "NEW YORK, Dec. 5, 2026\n/PRNewswire/ -- Acme Corp. today announced a deal.",
    "KUALA\nLUMPUR (Reuters) - Malaysia's central bank held rates.",
    "KUALA\nLUMPUR (Reuters) -",
    "EXCLUSIVE\nLONDON (Reuters) - A kicker, then the dateline.",
    "PARIS\n(AFP) - Le gouvernement a annoncé un plan.",
    "ROMA\n(ANSA) -\n",
    "BERLIN\n(dpa) - Tel. 030 1234567\n",
    "LONDON, ENGLAND\n- DECEMBER 05: Shoppers walk past.",
    "MADRID\n(IBEX 35) – 11.842,3 puntos, +0,4 %",
    "GENT\nAALST - Nieuws uit de stad\n",
    "TOKYO\nOSAKA -\nNext line.",
    "SAN\nFRANCISCO (AP) — A body of prose that runs on for a while.",
    "ABC DEF\nGHI JKL\nMNO\n",
    "LAGOS\n(Reuters) - " + "word " * 150 + "LAGOS again.\n",
    "ATHENS\n/ANA/ - 0030 210 123 456\r\n",
    "ZAGREB\n(Hina) - " + "7" * 3000 + "\n",
    "HANOI\n(VNA) –",
    "QUITO\n(ANP) – text\r\nmore",
]


def _page(rng: random.Random, n: int) -> str:
    parts = [rng.choice(PIECES) for _ in range(n)]
    return rng.choice(["\n", "\n\n", " ", ""]).join(parts)


def _compare(text: str) -> None:
    for mode in (dl.PRIMARY, dl.BOUNDARY):
        ctx = dl._Ctx(_known, None, {})
        for pos in range(len(text)):
            if text[pos].isupper() and (pos == 0 or text[pos - 1] in "\n "):
                assert dl._wrapped(text, pos, mode, ctx) == _whole_copy(text, pos, mode, ctx)


def test_wrapped_reads_its_pieces_as_the_whole_copy_does():
    found = 0
    for piece in PIECES:
        _compare(piece)
        ctx = dl._Ctx(_known, None, {})
        found += dl._wrapped(piece, 0, dl.BOUNDARY, ctx) is not None
    assert found >= 8  # the wrapped datelines are read, not all refused alike


def test_wrapped_on_generated_pages_longer_than_its_stretch():
    rng = random.Random(11)
    for _ in range(12):
        page = _page(rng, 60)
        assert len(page) > 2 * dl._WRAP_AHEAD
        _compare(page)


def test_wrapped_on_the_dateline_tables_joined_into_pages():
    from test_exact_cuts import TABLE_TEXTS

    assert TABLE_TEXTS
    for i in range(0, len(TABLE_TEXTS), 40):
        _compare("\n".join(TABLE_TEXTS[i : i + 40]))


def test_wrapped_on_generated_briefs_joined_into_pages():
    texts = list(briefs(200, 15))
    for i in range(0, len(texts), 20):
        _compare("\n".join(texts[i : i + 20]))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ABKLNOPRS (/)-–:.,0159\n\r \t", max_size=120))
def test_wrapped_on_random_text(text):
    _compare(text)


def test_a_wrapped_dateline_deep_in_a_long_page_keeps_its_offsets():
    text = "FILLER LINE\n" * 500 + "KUALA\nLUMPUR (Reuters) - The bank held rates.\n" + "x" * 5000
    pos = text.index("KUALA")
    got = dl._wrapped(text, pos, dl.BOUNDARY, dl._Ctx(_known, None, {}))
    assert got is not None and (got.start, got.place) == (pos, "KUALA LUMPUR")
    assert text[got.start : got.end] == "KUALA\nLUMPUR (Reuters)"
    assert got == _whole_copy(text, pos, dl.BOUNDARY, dl._Ctx(_known, None, {}))
