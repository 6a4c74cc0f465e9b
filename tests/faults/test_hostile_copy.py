"""Copy on the page: news text never becomes a link, and a failing store loses no pasted text.

The browser half (no script runs, no link appears, in Chromium) is in ``test_browser_copy``.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from streamlit.testing.v1 import AppTest
from test_dashboard import (
    empty_store,  # noqa: F401 (fixture: the page on a new store)
    shown,
)

from ui.safe import WORD_JOINER, no_autolinks, plain_markdown

DASHBOARD = "../../dashboard.py"
LINKY = [
    ("http://evil.test/x", "http"),
    ("see <https://evil.test/a?b=1>", "https"),
    ("HTTPS://EVIL.TEST", "HTTPS"),
    ("ftp://evil.test/file", "ftp"),
    ("www.example.org/x", "www"),
    ("mail tips@example.org now", "@"),
    ("mailto:tips@example.org", "@"),
]


@pytest.mark.parametrize(("text", "broken_after"), LINKY)
def test_every_would_be_link_is_broken_invisibly(text, broken_after):
    out = no_autolinks(text)
    assert broken_after + WORD_JOINER in out
    assert out.replace(WORD_JOINER, "") == text  # a reader sees (and copies) the same words
    escaped = plain_markdown(text)
    assert "://" not in escaped and "www." not in escaped.lower() and "@" + "b" not in escaped


def test_plain_words_are_left_alone():
    text = "Wwwoord en httpd en @ alleen: niets te breken behalve het apenstaartje"
    assert no_autolinks("Geen link hier: 10:30, a.b, http en www") == (
        "Geen link hier: 10:30, a.b, http en www"
    )
    assert no_autolinks(text).replace(WORD_JOINER, "") == text


# --- a store that fails while copy is added ---------------------------------------------------

LOCKED = (
    "the store at sqlite:///events.sqlite stayed locked by another writer for over 60 s "
    "(WIREMAP_STORE_WAIT): database is locked"
)
PASTED = "LIMA (ANP) - In Lima is een nieuwe brug geopend. Het verkeer rijdt weer.\n2 uur geleden"


def add(at: AppTest, text: str | None = None) -> AppTest:
    if text is not None:
        at.text_area(key="add_text").input(text)
    at.datetime_input(key="add_captured").set_value(datetime(2025, 11, 17, 8, 0))
    next(b for b in at.button if b.label == "Add").click().run()
    assert not at.exception, [(e.message, e.stack_trace) for e in at.exception]
    return at


def test_a_failing_store_keeps_the_pasted_text_and_says_why_in_one_line(
    empty_store,  # noqa: F811 (fixture)
    monkeypatch,
):
    import ui.source
    from pipeline.store import StoreError, open_store

    def locked(self, records, source):
        raise StoreError(LOCKED, unavailable=True)

    real = ui.source.StoreSource.add
    monkeypatch.setattr(ui.source.StoreSource, "add", locked)
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert shown(at) == 8  # the seed
    add(at, PASTED)
    [error] = at.error
    message = error.value.replace("\\", "").replace(WORD_JOINER, "")  # as the reader sees it
    assert message.startswith("Could not store the new events: the store at sqlite:///")
    assert "database is locked" in message and "\n" not in message
    assert at.text_area(key="add_text").value == PASTED  # the reader's text is still there
    assert shown(at) == 9  # and the brief is shown for this session
    with open_store(empty_store) as s:
        assert s.count() == 8
    monkeypatch.setattr(ui.source.StoreSource, "add", real)  # the store is back
    add(at, at.text_area(key="add_text").value)  # Add again, with what the box shows
    assert any("Added 1 new event" in s.value for s in at.success)
    assert at.text_area(key="add_text").value == ""  # kept: the box is empty for the next copy
    with open_store(empty_store) as s:
        assert s.count() == 9
    assert shown(at) == 9  # once, not twice
