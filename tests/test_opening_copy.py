"""A dateline opens copy: one that the next dateline follows with no word between them opens
nothing (a byline's paper, "Chicago Tribune.", read as a town's dateline), and is dropped; a
dateline with a body of its own, however short, stays."""

from __future__ import annotations

import pytest

from pipeline.extract import read_briefs

BODY = "The city council approved the budget on Thursday after a long debate."

ROWS = [
    # (text, the places of the briefs read, in order)
    (f"By Jane Smith, Chicago Tribune. CHICAGO — {BODY}", ["CHICAGO"]),
    (f"By Jane Smith, Tribune. CHICAGO — {BODY}", ["CHICAGO"]),
    (f"Jane Smith, Chicago Tribune.\nCHICAGO — {BODY}", ["CHICAGO"]),
    # briefs with bodies of their own, one line each, stay whole
    (
        "AMSTERDAM (ANP) - De politie heeft drie mannen aangehouden. "
        "ROTTERDAM (ANP) - De haven meldt recordcijfers.",
        ["AMSTERDAM", "ROTTERDAM"],
    ),
    (
        "PARIS (AFP) - Strike. LONDON (Reuters) - Rain.",
        ["PARIS", "LONDON"],
    ),
    (f"CHICAGO — {BODY}", ["CHICAGO"]),
]


@pytest.mark.parametrize(("text", "places"), ROWS)
def test_a_dateline_opens_copy(text, places):
    briefs = read_briefs(text)
    assert [b.dateline.place if b.dateline else None for b in briefs] == places
    assert all(b.text.split(None, 1)[1:] for b in briefs)  # each brief has words past its place
