"""What follows a dateline's separator that is no story's body (``parsing.dateline._no_body``):
a contact's phone, a caption's date and colon, a market line's figures. A credit a wire is known
by vouches for the dateline whatever its body opens with."""

from __future__ import annotations

import pytest

from parsing.dateline import find_dateline

# text, the place read (None: no dateline)
ROWS = [
    # a known agency's credit: a story, whatever figure or date its first words give
    ("WASHINGTON (AP) - Dec. 5: the day the vote was held, senators met again.", "WASHINGTON"),
    ("FRANKFURT (dpa-AFX) - 18.512,3 Punkte, +0,5 % - so schloss der Dax am Freitag.", "FRANKFURT"),
    ("MADRID (EFE) - 112 personas murieron en accidentes de tráfico en noviembre.", "MADRID"),
    # no credit, or one no wire is known by: a caption, a market line, a contact line
    ("LONDON, ENGLAND - DECEMBER 05: Shoppers walk along Oxford Street.", None),
    ("Madrid (IBEX 35) – 11.842,3 puntos, +0,4 %", None),
]


@pytest.mark.parametrize(("text", "place"), ROWS)
def test_a_known_credit_vouches_for_its_body(text, place):
    dl = find_dateline(text)
    assert (dl.place if dl is not None else None) == place
