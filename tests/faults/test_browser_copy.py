"""Hostile copy in Chromium: no script runs, no link appears, and no pasted text is lost.

The real app (``streamlit run``) on a store of its own. Copy with URLs, ``www.``, e-mail
addresses and script is stored beforehand and pasted on the page; undated briefs are listed
under the map, so no marker has to be found. Then the store is locked by another writer while
copy is pasted: the page says so in one line and the text stays in the box.
"""

from __future__ import annotations

import sqlite3

import pytest
from browser.app import launched_chromium, need_chromium, start_app

pytestmark = pytest.mark.browser

STORED = (
    "LAGOS (AFP) - Officials said <script>window.__pwned=1</script> details were at "
    "http://evil.test/a, <https://evil.test/b>, www.evil.test/c and tips@evil.test."
)
PASTED = (
    "ACCRA (AFP) - Ministers said <img src=x onerror=window.__pwned=2> more at "
    "https://evil.test/d and www.evil.test/e, or write to press@evil.test."
)
LOCKED_OUT = "KUMASI (AFP) - Traders said the market stayed open through the night."


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    need_chromium()
    from pipeline.sample import SAMPLE_PAGE, sample_records
    from pipeline.store import open_store

    tmp = tmp_path_factory.mktemp("copy-app")
    db = tmp / "events.sqlite"
    with open_store(str(db)) as store:
        store.add(sample_records(), source=str(SAMPLE_PAGE))
        store.add([{"text": STORED, "dateline": "LAGOS (AFP)", "place": "LAGOS",
                    "agencies": ["AFP"]}], source="hostile")  # fmt: skip
    env = {
        "WIREMAP_DB": f"sqlite:///{db}",
        "WIREMAP_RECORDS": "",
        "WIREMAP_STORE_WAIT": "1",  # a locked store is reported after a second
        "WIREMAP_GEOCACHE": str(tmp / "geocache.sqlite"),
        "WIREMAP_GEO_OVERRIDES": str(tmp / "overrides.json"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
    }
    app = start_app(tmp, env)
    yield {"app": app, "db": db}
    app.stop()


@pytest.fixture(scope="module")
def page(served):
    dialogs: list[str] = []
    with launched_chromium() as chromium:
        page = chromium.new_page(viewport={"width": 1280, "height": 1600})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(served["app"].url)
        page.locator(".wm-status").first.wait_for(timeout=60_000)
        # A browser's first run is lean (header, map, feed): the form comes with the rest.
        page.get_by_test_id("stExpander").filter(has_text="Add copy").wait_for(timeout=120_000)
        page.dialogs = dialogs
        yield page


def settle(page) -> None:
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )
    page.wait_for_timeout(300)


def links_to_evil(page) -> list[str]:
    return page.eval_on_selector_all(
        "a", "els => els.map(a => a.href + ' ' + a.textContent).filter(t => t.includes('evil'))"
    )


def assert_harmless(page) -> None:
    assert links_to_evil(page) == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.dialogs == []


def paste(page, text: str) -> None:
    expander = page.get_by_test_id("stExpander").filter(has_text="Add copy")
    if not expander.get_by_test_id("stTextArea").is_visible():
        expander.get_by_text("Add copy").click()
    box = expander.get_by_test_id("stTextArea").locator("textarea")
    box.fill(text)
    expander.get_by_role("button", name="Add").click()
    settle(page)


def brief(page, words: str):
    """The brief pane's (or undated list's) Markdown block that holds ``words``."""
    found = page.get_by_test_id("stMarkdown").filter(has_text=words).first
    found.wait_for(timeout=60_000)
    return found


def test_stored_copy_with_urls_and_script_is_plain_text(page):
    settle(page)
    shown = brief(page, "Officials said").inner_text()
    assert "<script>window.__pwned=1</script>" in shown
    assert "http://evil.test/a" in shown.replace("\u2060", "")
    assert "tips@evil.test" in shown.replace("\u2060", "")
    assert_harmless(page)


def test_pasted_copy_with_urls_and_script_is_plain_text(page):
    paste(page, PASTED)
    page.get_by_text("Added 1 new event", exact=False).first.wait_for(timeout=90_000)
    shown = brief(page, "Ministers said").inner_text()
    assert "<img src=x onerror=window.__pwned=2>" in shown
    assert_harmless(page)


def test_a_locked_store_keeps_the_pasted_text_in_the_box(page, served):
    holder = sqlite3.connect(served["db"], timeout=1)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock for longer than the wait
    try:
        paste(page, LOCKED_OUT)
        error = page.get_by_text("Could not store the new events", exact=False).first
        error.wait_for(timeout=90_000)
        assert "locked by another writer" in error.inner_text().replace("\u2060", "")
        assert "Traceback" not in page.content()
        box = page.get_by_test_id("stTextArea").locator("textarea")
        assert box.input_value() == LOCKED_OUT
    finally:
        holder.rollback()
        holder.close()
    expander = page.get_by_test_id("stExpander").filter(has_text="Add copy")
    expander.get_by_role("button", name="Add").click()  # the store is free again: Add
    settle(page)
    page.get_by_text("Added 1 new event", exact=False).first.wait_for(timeout=90_000)
    from pipeline.store import open_store

    with open_store(str(served["db"]), create=False) as store:
        assert any(e["place"] == "KUMASI" for e in store.events())
