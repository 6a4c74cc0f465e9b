"""A source's home, given by the user: the country, or the country and its first-level region,
where a paper is (``--home US-OH``). A weak prior for namesakes the text does not tell apart
(``geo.resolve``, ``geo.mentions``), never a fact.

``parse_home("US-OH")`` reads the user's words against the gazetteer: an ISO 3166-1 country code
(``US``, ``GB``), or a country and one of its first-level regions, by the gazetteer's own code
(GeoNames' admin1 code: ``US-OH``, ``GB-ENG``, ``CH-ZH``), a postal abbreviation it knows
(``AU-NSW``) or the region's name, case and accents folded (``US-Ohio``, ``CA-Ontario``,
``ES-Galicia``). Anything else is a ``HomeError`` that names the valid form.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.errors import GeoError
from geo.fold import fold
from geo.gazetteer import REGION, Gazetteer

FORM = (
    "give an ISO 3166-1 country code (US, GB) or a country and its first-level region, "
    "by code or name (US-OH, US-Ohio)"
)

MAX_HOME = 120  # longer than any "CC-Region name" the gazetteer holds (59 characters)


class HomeError(GeoError, ValueError):
    """A home region the gazetteer does not know (the message names the valid form)."""


@dataclass(frozen=True, slots=True)
class Home:
    """Where a source's paper is: ``cc`` ("US"), and ``a1``, the gazetteer's key of a first-level
    region ("US.OH"), or "" for a whole country. ``code`` is how a reason shows it ("US-OH",
    "CA-Ontario")."""

    code: str
    cc: str
    a1: str = ""

    @property
    def what(self) -> str:
        """ "home region US-OH" / "home country US": what a reason says was given."""
        return f"home {'region' if self.a1 else 'country'} {self.code}"

    @property
    def note(self) -> str:
        """ "home region US-OH given for the source": what a reason says where the home
        decided (``geo.resolve.TextHome`` says it of the text's own country)."""
        return f"{self.what} given for the source"


def parse_home(text: str, g: Gazetteer | None = None) -> Home:
    """The home ``text`` names (see the module doc); ``HomeError`` when it names none.
    ``g`` defaults to the process-wide resolver's gazetteer."""
    if g is None:
        from geo.service import get_resolver

        g = get_resolver().resolver.g
    raw = text.strip() if isinstance(text, str) else ""
    if len(raw) > MAX_HOME:  # no region's name is this long: the message stays one line
        raise HomeError(f"unknown home {raw[:MAX_HOME]!r}...: too long; {FORM}")
    country, sep, part = raw.partition("-")
    cc = country.strip().upper()
    if len(cc) != 2 or not cc.isalpha() or cc not in g.country_index:
        raise HomeError(f"unknown home {raw!r}: no country {country.strip()!r}; {FORM}")
    part = part.strip()
    if not sep:
        return Home(cc, cc)
    a1 = _region(g, cc, part)
    if a1 is None:
        raise HomeError(f"unknown home {raw!r}: no first-level region {part!r} in {cc}; {FORM}")
    code = a1.split(".", 1)[1]
    shown = code if code.isalpha() else g.admin1_names.get(a1, part)
    return Home(f"{cc}-{shown}", cc, a1)


def _region(g: Gazetteer, cc: str, part: str) -> str | None:
    """The gazetteer's key of ``cc``'s first-level region that ``part`` names: its code, a
    postal abbreviation, else its name or an alternate name (folded); None when none does."""
    key = f"{cc}.{part.upper()}"
    if key in g.admin1_names:
        return key
    folded = fold(part)
    abbr = g.abbreviations.get(folded)
    if abbr is not None and g.cc[abbr] == cc and g.a1[abbr]:
        return g.a1[abbr]
    for k, name in g.admin1_names.items():
        if k.startswith(cc + ".") and fold(name) == folded:
            return k
    for p in g.postings(folded):
        i = p >> 1
        if g.kind[i] == REGION and g.cc[i] == cc and g.a1[i]:
            return g.a1[i]
    return None
