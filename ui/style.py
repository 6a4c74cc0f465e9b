"""The page's own CSS: a compact header, a map that fills the screen, tooltips that fit.

Only our own rules, never news text. Streamlit's test ids (``data-testid``) are its public
hooks for styling; the rules degrade to Streamlit's defaults if one of them changes.
"""

from ui.basemap import ocean_color

MAP_HEIGHT = 600  # the map's height in pixels beside the feed
PHONE_MAP_HEIGHT = 420  # on a phone the feed comes under the map: leave it room on screen


def page_css(theme: str = "light") -> str:
    """The page's CSS; the map's background is the sea, so no page shows past the world's edge."""
    r, g, b, _ = ocean_color(theme)
    return PAGE_CSS + (f"[data-testid='stDeckGlJsonChart'] {{ background: rgb({r},{g},{b}); }}\n")


PHONE_WORDS = ("Mobile", "Android", "iPhone")


def is_phone(user_agent: str) -> bool:
    """A phone, by its browser's own word: the first view must fit a map ~360 px wide."""
    return any(word in user_agent for word in PHONE_WORDS)


def lean_first_run(first_run: bool, user_agent: str) -> bool:
    """Does this run send only the header, the map and the feed (the rest a moment later)?

    A browser's first run: in software WebGL (no GPU) the deck's first frame costs the
    browser's main thread a second or more, and everything the page sends with it (the
    sidebar's widgets, the timeline and table with their own scripts, the form) is rendered
    first, so the map waited for parts of the page that are out of sight (below it, or in the
    collapsed sidebar). Not without a browser (``AppTest``: no ``User-Agent``): nothing draws
    there, and nothing would ask for the rest.
    """
    return first_run and bool(user_agent)


def map_height(phone: bool) -> int:
    return PHONE_MAP_HEIGHT if phone else MAP_HEIGHT


PAGE_CSS = """
[data-testid="stMainBlockContainer"] {
  padding: 3.4rem 1.5rem 2rem 1.5rem; max-width: none;
}
[data-testid="stHeader"] { height: 3rem; }
[data-testid="stSidebarContent"] [data-testid="stSidebarUserContent"] { padding-top: 1rem; }
.st-key-head { gap: 0.3rem; }
/* The page's first-frame signal (ui.firstframe): a script, nothing to see. */
.st-key-first_frame { display: none; }
/* The map's code asked for on a browser's first run (ui.preload): a script, nothing to see. */
.st-key-preload { display: none; }
.wm-title { font-weight: 700; font-size: 1.35rem; margin-right: 0.6rem; }
.wm-status { color: rgba(49, 51, 63, 0.75); font-size: 0.9rem; }
.wm-legend { font-size: 0.8rem; line-height: 1.5; }
/* The map's tooltip may reach past the map's edge instead of being cut there. */
[data-testid="stDeckGlJsonChart"], [data-testid="stDeckGlJsonChart"] > div { overflow: visible; }
.deck-tooltip { z-index: 1000; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25); border-radius: 4px; }
.st-key-feed [data-testid="stVerticalBlockBorderWrapper"] { padding: 0.5rem 0.7rem; }
.st-key-feed button p { text-align: left; }
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding-left: 0.6rem; padding-right: 0.6rem; }
  .wm-title { font-size: 1.15rem; }
}
"""
