"""Where the event happened: ``choose_focus(mentions, dateline_location, text) -> Focus | None``.

A dateline says where the story was filed. Usually the event is there too, but not always: the
seed's Ford brief is filed in WASHINGTON and happens "in de Caribische Zee". The rule, in order:

1. **The lead decides.** Only mentions in the lead sentence (the first sentence after the
   dateline) can move the focus away from the dateline: later sentences give background
   ("the war that began in 2022 in ..."), and so does what a paper prints before the
   dateline, a headline, kicker or caption that sums the story up with its background
   ("After the floods in X, ministers promise help. LONDON - ...").
2. **A place in the lead that is not the dateline place and does not contain it wins, when it is
   introduced as a location** (a locative word before it: in, near, off, bij, op, im, bei, vor,
   à, dans, en, nel, a, ...; articles, "the city of", compass words and country adjectives may
   sit between: "in de Oekraïense stad Balakliya", "off the coast of Yemen"). The first such
   place wins, unless a later one lies inside it (a city in that country: more precise).
   Reason: ``lead: "in X" (outside the dateline ...)``, or ``(a part of its land ...)`` for a
   part of a land that holds the dateline (below). Verbs whose object is the place where
   things happen are locatives too: attacked, struck, crossed ("crossed the Bosphorus"), lashed,
   battered, azotó, traf, and "to" after a verb of spreading ("has spread to five provinces
   of Mozambique"); words for a part of a place may stand between ("on the territory of",
   "sulla vetta del"), and so may a place that says which ("in Russia's Volgograd region",
   "the West Bank city of Jenin"): the place after it is where (``_qualifier``). A place that
   owns what such a verb struck is where too ("struck Ukraine's capital", "hit Russia's oil
   refineries", "hit Russia's economy"): what a place owns lies in it.
   A compass part said as a noun ("le nord du Québec", "the north of Quebec", "het noorden
   van") says where by itself, with or without a locative, and wins even when the place
   contains the dateline (a part of it, under a MONTRÉAL dateline): the region's point, not
   the city's. A compass adjective ("in eastern India" under NEW DELHI) does not move the
   focus off a dateline inside the place: it is a loose half of it, and the dateline is the
   more precise. Demonyms ("Russian troops") say who, not where: they never become the focus.
   **A background place is not where**: a locative inside a phrase of cause, topic or
   circumstance ("amid fighting in Gaza", "wegen Bestechung in Nigeria", "the fate of
   hostages held in Iraq") or of an event still to come ("the upcoming summit in Lima", "la
   ceremonia que se celebrará en Estocolmo"), or one that says where a person or body is from
   ("based in", "born in", "mit Sitz in", "con sede a", "the X-based", "das in X ansässige"),
   or which ones of a plural after "for" ("tax breaks for firms in Ireland", "für Konzerne in
   Luxemburg"), describes who or what, not the event (``_background``; the words in
   ``mention_words.json``); so does one inside a relative clause ("the sister of a soldier
   who died in Houston spoke ...", "ein Gesetz, das in ... gilt": ``_relative``), and so
   does one in a clause the lead opens with that tells an earlier event, when its main clause
   places the event ("After two days of talks in Geneva, the ministers signed the treaty in
   Vienna": ``_past_opening``).
   **A joint dateline** ("TEL AVIV/BEIRUT") names every place the story was put together in;
   when no lead place is introduced as a location, the one of them the lead names wins; when
   the lead's place is a land that holds one of them ("VATIKANSTADT/QUITO - ... in Ecuador"),
   that one is the more precise place.
3. **A mention that contains the dateline yields to the dateline**: "Ecuador" in a QUITO brief,
   "regio Charkiv" in a BALAKLIYA brief, "Noord-Korea" in a PYONGYANG brief, a bare "the
   election in Chile" under SANTIAGO: the dateline is the more precise place. Mentions within
   25 km of the dateline are the dateline place. But a land the lead spreads the event across
   ("floods across Kenya" under NAIROBI, "in ganz Syrien", "in tutta Italia": ``_whole``), or
   that it counts across ("the statewide total", "landesweit": ``_counted_across``), is where
   it happened, unless the lead names the dateline's own place too; so is an unnamed spot of
   it ("in a wooded area of Dagestan" under MAKHACHKALA: ``_part``), and a land the lead
   tallies it in ("ten homicides were recorded in X": ``_tallied``).
4. **Otherwise the dateline.**
5. **No (resolved) dateline**: the lead is the first sentence, or, when that names no place (a
   headline, a quote), the first two (a headline read with its first sentence). Then the first
   lead mention introduced as a location (with another place of its country beside it, "in
   Kano and Kaduna in Nigeria", the country the lead names), else the first lead mention that
   does not act or own ("Moscow said", "Jordan's king": a name standing for
   its people or government), else the first mention, preferring the most precise place among
   those inside it (for a located one, a lead mention before it too, unless it acts or owns:
   "Pune is fast becoming a hub in western India" is Pune), unless the lead spreads or counts
   the event across a land that holds it ("Atlanta officials ... statewide": Georgia, as under a
   dateline; ``_spread_land``), or, when the lead places it in a country or state only and
   does not spread it across the land, the one place inside the land that the next sentence
   introduces as a location ("... in the UK. She died at a hospital in Paisley": Paisley;
   ``_placed_next``), or, for a state or province chosen so, the one town or county of it whose
   own service (police, sheriff, firefighters, prosecutors, court) acts in the headline, the
   lead or the next sentences ("... a soldier who died in Texas. The Killeen Police Department
   continues to investigate": Killeen; not when the lead names the land's government, nor for
   a country: ``_office_town``); its confidence is lowered
   (``NO_DATELINE_FACTOR``) because nothing vouches for it. A bare name in a local lead
   ("Chiefland man stabbed") is where it happened more often than a place a later sentence
   introduces (where someone was born, studied). A place named as an origin ("beef imports
   from the United States", "from as far as Texas": ``_origins``) is read past as a person's
   home is, and so is a US state named as a road ("extend Ohio 63 west": ``_route``) and a
   country opening a public body's name ("the U.S. Agency for International Development":
   ``_body``): a lead naming places only so is read with its next sentence, and on past
   sentences naming no place (``READ_ON``) until one does, since a body's, a road's or an
   origin's name says nowhere (a home does: it stays the guess); a place inside an origin's
   land read so tells the origin finer ("Imports from China fell. Exporters in Shenzhen said").
   A lead still naming a country only as a body's first word ("a U.S. District Judge") leaves
   where to the first place the text names otherwise after a locative, however far on ("The
   trial was held in Boston"), as a lead naming none does; not a seat and the list after it
   ("based in Dallas, Texas, and Chicago": ``_told``), nor a place named without a locative
   ("Senator Tom Hill of Ohio", "Sales to Mexico led the gain"): with none, the body's country
   stays.
   A country chosen so, that no locative introduces and that owns, speaks or plays ("India's
   richest woman", "Paraguay won 1 - 0") gives no focus: it is who the story is about, not where
   ("Bangladesh floods kill 20" and a town beside a score, a club at home, still do).
   A lead that tells an outbreak by its country's demonym ("the Haitian cholera outbreak")
   is the country's, not a town of it named otherwise than as where (``_outbreak_land``).
   A continent, when the caller reads continents (the pipeline does, for the focus only), is
   the focus only without a dateline, when the lead places the event in it and in no country
   or town ("across Europe", "in several countries in Africa": ``_continent_placed``).

Containment: a country contains places with its country code; a state (a first-order region)
those with its admin1; a county (a region that is not its country's first-order division) only
the towns the gazetteer puts in it (their admin2: "in Lamar County ... in Dallas" names two
places of Texas), and of a town the gazetteer gives no county for it is unknown, neither inside
nor a move off a dateline (``_holds``); a sea or area (``geo/data/areas.json``) those within its
``radius_km``. A county is smaller than its state: "in Michigan ... in Monroe County" is Monroe
County, as a town of the state would be (``_precision``).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from os.path import commonprefix
from typing import TYPE_CHECKING

from geo import geodata
from geo.distance import haversine_km
from geo.fold import fold
from geo.gazetteer import CITY, SUBREGION, Gazetteer
from geo.location import Location, PlaceQuery, rounded
from geo.mentions import (
    Mention,
    _lang_key,
    area_named,
    authority_nouns,
    by_language,
    index_in_use,
    locatives,
    lower_after,
    match_objects,
    words,
    words_as_written,
    written_by_language,
)
from geo.resolve import SAME_PLACE_KM, Resolver, joint_places

if TYPE_CHECKING:  # the home is given only by the user: not imported on the usual path
    from collections.abc import Callable

    from geo.home import Home
    from geo.mentions import MentionIndex

READ_ON = 1  # sentences read on past a lead and its next one that name places only as bodies,
# roads or origins (and past sentences naming none): "... indicted by the U.S. Department of
# Justice died. His lawyer called it a suicide. He was taken to a hospital in Frederick". One:
# a news lead places its event within its first sentences; further on a place is as often
# background ("... Both airlines are based in Dallas"; 3 moved one tune item and that)
NO_DATELINE_FACTOR = 0.6  # a focus read from the text alone, without a dateline to back it
MOVED_FACTOR = 0.9  # a lead mention that overrides the dateline
LOCATIVE_WINDOW = 5  # words looked back from a mention for its locative word
PHRASE_WINDOW = 10  # words looked back from a mention for the start of a phrase of cause or topic
IGNORED_KINDS = ("demonym",)  # "Russian troops": says who, not where
_SET_ASIDE = (*IGNORED_KINDS, "continent")  # a continent is read alone, without a dateline
_PRECISION = {"city": 3, "region": 2, "sea": 2, "area": 1, "country": 1, "continent": 0}
_COUNTY = 2.5  # a region inside a first-order one (a county in its state): between region and city
# a sentence ends at . ! ? after a word of 3+ letters (not "U.S.", "R.", "Ore."), before a capital
# (not a lower-case letter: "Western Mass. stargazers", "a Ga. pastor");
# the stop is matched first and the letters looked back at from after it (a scan then tests one
# character where most positions fail, not a look-behind of three); both ends of a sentence
# start with one character class, the stop or the line break, each branch then looking back at
# which it took: a pattern that opens with a class is searched by the engine's class scan,
# skipping the positions none starts at, where a first branch tried both at every character
_SENTENCE = re.compile(
    r"[.!?\n](?:(?<=[^\W\d_]{3}[.!?])[.!?]*[\"'”»)]*\s+(?=[\"'“«(]?[^\W\d_a-z])|(?<=\n)\s*\n)"
)
_LETTER = r"[^\W\d_]"  # a letter: a character of a word, no digit and no underscore
# letters, joined by single hyphens or apostrophes (possessive: a word ends where the letters and
# the joined letters do, as the greedy form ends it, with no state kept to give any back)
_ANY_WORDS = re.compile(rf"{_LETTER}++(?:[-'’]{_LETTER}++)*+")
# ASCII's letters and word joiners kept, any other byte a blank: ``bytes.translate``'s table
_ASCII_WORD_BYTES = bytes(
    c if re.fullmatch(_LETTER, chr(c)) or chr(c) in "-'" else 32 for c in range(256)
)
# the same for a text past ASCII, as UTF-8: ASCII's bytes as above, every byte of a character past
# ASCII (128 and up: none of them is an ASCII character's) kept, so the character stays whole
_UTF8_WORD_BYTES = _ASCII_WORD_BYTES[:128] + bytes(range(128, 256))


class _Words:
    """The words of a text (letters, joined by single hyphens or apostrophes) as the pattern
    ``_ANY_WORDS`` finds them. In ASCII (most windows read before or after a place), whose
    letters are ``_LETTER``'s there, the text's other characters made blanks and the text split
    at them: the same words, where the engine took some 2,500 instructions a word (a window of
    80 characters cost about 40,000); a piece holding a hyphen or an apostrophe is read by the
    pattern ("Paris-based", "Russia's", "a--b"). Past ASCII (most windows of copy in accented
    languages, where the pattern read every word), the text's ASCII characters that are no
    letter or joiner are made blanks the same way (in its UTF-8) and the text split at them and
    at its other blanks (none is a letter or a joiner, so no word spans one): a piece of letters
    only (``str.isalpha``: each a letter of the pattern's) is one word, and any other piece (a
    joiner, a mark, a sign past ASCII) is read by the pattern."""

    __slots__ = ("match", "search")

    def __init__(self) -> None:
        self.match = _ANY_WORDS.match
        self.search = _ANY_WORDS.search

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        # the pattern's bounds: a negative one is the text's start (a slice's counts from its end)
        part = text[pos:endpos] if pos >= 0 <= endpos else text[max(pos, 0) : max(endpos, 0)]
        if not part.isascii():
            data = part.encode("utf-8", "surrogatepass").translate(_UTF8_WORD_BYTES)
            pieces = data.decode("utf-8", "surrogatepass").split()
            if "".join(pieces).isalpha():
                # every piece letters only (most windows): each one word, as the loop below
                # reads them, with no Python step a piece (a split piece is never empty)
                return pieces
            got: list[str] = []
            for piece in pieces:
                if piece.isalpha():
                    got.append(piece)
                else:
                    got.extend(_ANY_WORDS.findall(piece))
            return got
        pieces = part.encode().translate(_ASCII_WORD_BYTES).decode().split()
        if "-" not in part and "'" not in part:
            return pieces
        out: list[str] = []
        for piece in pieces:
            if "-" in piece or "'" in piece:
                out.extend(_ANY_WORDS.findall(piece))
            else:
                out.append(piece)
        return out


_WORDS = _Words()


@dataclass(frozen=True, slots=True)
class Focus:
    """Where the event happened, why we think so, and the mention it came from (None when it is
    the dateline's own place)."""

    location: Location
    reason: str
    mention: Mention | None

    def to_dict(self) -> dict:
        return {
            "location": self.location.to_dict(),
            "reason": self.reason,
            "mention": self.mention.to_dict() if self.mention else None,
        }


def lead_end(text: str, start: int = 0) -> int:
    """End offset of the lead sentence that starts at ``start`` (the end of the dateline)."""
    if not isinstance(text, str):
        return 0
    m = _SENTENCE.search(text, max(0, start))
    return m.start() if m else len(text)


def choose_focus(
    mentions: list[Mention],
    dateline_location: Location | None,
    text: str,
    *,
    body_start: int | None = None,
    lang: str | None = None,
    resolver: Resolver | None = None,
    dateline_places: tuple[str, ...] | None = None,
    home: Home | None = None,
) -> Focus | None:
    """The event's place (see the module doc for the rule); None when nothing is known.

    ``body_start`` is where the body begins in ``text`` (after the dateline and its separator);
    by default, the end of the first mention-free prefix is not guessed: the lead is read from
    the start of ``text``, which holds for briefs whose dateline has no full stop in it.
    ``lang`` is the text's language ("pt", "en"): the locatives are its own (Portuguese "no",
    Slovene "v"; not the English article "a"); unknown, every language's are read.
    ``resolver`` reads the other places of a joint dateline, the one that read the mentions
    (default: the process-wide offline resolver, as for ``find_mentions``), with the source's
    ``home`` given by the user (``geo.home.Home``) as its weak prior.
    ``dateline_places`` are the dateline's places as the parser read them ("Tel Aviv",
    "Beirut"; ``Dateline.places``), the first the one ``dateline_location`` resolves: the
    parser reads a joint dateline ("TEL AVIV/BEIRUT", "GURUGRAM AND NEW DELHI") into its
    places and resolves the first alone. Not given, they are read from the resolved query's
    name ("TEL AVIV/BEIRUT", as a labelled dateline is asked).
    """
    try:
        locs = _locatives(lang if isinstance(lang, str) else None)
        ms = list(mentions or ())
        return _choose(
            ms, dateline_location, text or "", body_start, locs, resolver, dateline_places, home
        )
    except Exception as exc:  # noqa: BLE001 - never raise on bad input
        if isinstance(dateline_location, Location) and dateline_location.resolved:
            return Focus(dateline_location, f"dateline (focus failed: {type(exc).__name__})", None)
        return None


def _choose(
    mentions, dl, text, body_start, locs: _Locatives, resolver, places, home=None
) -> Focus | None:
    dl = dl if isinstance(dl, Location) and dl.resolved else None
    given = mentions  # every mention, demonyms and continents too (``_land_of_a_pair``, below)
    mentions = [
        m
        for m in mentions
        if isinstance(m, Mention)
        and m.location.resolved
        and m.kind not in _SET_ASIDE
        and not m.role  # a paper's or a university's town ("the Boston Globe"): named, not where
    ]
    if (
        dl is not None
        and not mentions
        and isinstance(text, str)
        # a start outside the text may fail the full way ("focus failed"): read it that way
        and (body_start is None or isinstance(body_start, int) and 0 <= body_start <= len(text))
        and not any(key in text for key in locs.capital_keys)
    ):
        # a dateline and no place read in the text (a quarter of briefs): nothing to weigh
        # against it, and no capital its adjective names (``_with_capitals``: none of its nouns
        # is in the text), so the lead need not be found; the joint dateline's parts are read
        # as below (they name no mention of an empty lead)
        _joint([], dl, _joint_parts(dl, places))
        return Focus(dl, "dateline", None)
    end = lead_end(text, body_start or 0)
    # under a dateline, the lead starts after it: a headline printed before it is not the lead
    start = (body_start or 0) if dl is not None else 0
    mentions = _with_capitals(text, mentions, start, end, locs)
    lead = [m for m in mentions if start <= m.start < end]
    lead = _past_opening(text, lead, start, end, locs)
    if dl is not None:
        parts = _joint_parts(dl, places)
        located = []
        across = None  # the lead puts the event across a land that holds the dateline
        named = False  # the lead names the dateline's own place
        counted = None  # the first land holding the dateline, for a lead that counts across it
        for m in lead:
            if _same(m, dl):
                named = True
                if _located(text, m, locs) and not located:  # read first: a bad one fails
                    break  # "a demonstration in Paris and Lyon" under PARIS: the lead agrees
                continue
            # elsewhere (known: a county that may hold the dateline's town is no move off
            # it), or a part of it ("in het noorden van Québec")
            if (_holds(m, dl) is False or _part(text, m, locs)) and _located(text, m, locs):
                located.append(m)
            elif across is None and m.kind in ("country", "region"):
                if _whole(text, m, locs) or _tallied(text, m, locs):
                    across = m  # "Kämpfe in ganz Syrien" under DAMASKUS
                elif counted is None:
                    counted = m  # "the statewide total", if the lead says so (below)
        if len(located) > 1:  # "in Sudan's Darfur region": Darfur, which Sudan qualifies
            located = [m for m in located if not any(_qualifier(text, m, n) for n in located)]
        if located:
            m = _most_precise(located[0], located[1:])
            part = _joint_inside(m, parts, text, resolver, home)
            if part is not None:  # "VATIKANSTADT/QUITO - ... in Ecuador": Quito
                return Focus(part, f'joint dateline: "{part.query}" in "{m.place}" of the lead', m)
            loc = _scaled(m.location, MOVED_FACTOR)
            where = dl.name or dl.query
            # a part or spot of a land that may hold the dateline ("in a wooded area of
            # Dagestan" under MAKHACHKALA) is not outside it: the reason says what was read
            side = "outside the dateline" if _holds(m, dl) is False else "a part of its land"
            return Focus(loc, f'lead: "{_said(text, m, locs)}" ({side}, {where})', m)
        if (
            across is None
            and counted is not None
            and _counted_across(text, start, end, counted.kind)
        ):
            across = counted
        if across is not None and not named:
            loc = _scaled(across.location, MOVED_FACTOR)
            why = f'lead: "{_before(text, across)}" (across the dateline\'s land)'
            return Focus(loc, why, across)
        joint = _joint(lead, dl, parts)
        if joint is not None:
            return Focus(joint.location, f'joint dateline: the lead names "{joint.place}"', joint)
        own = next((m for m in mentions if _same(m, dl)), None)
        inside = [m for m in lead if _contains(m, dl)]
        why = "dateline"
        if inside:
            why = f'dateline (more precise than "{inside[0].place}" in the text)'
        return Focus(dl, why, own)
    continents = [  # when the caller reads them
        m for m in given if isinstance(m, Mention) and m.kind == "continent" and m.location.resolved
    ]
    if continents:
        whole = _continent_placed(text, continents, lead, end, locs)
        if whole is not None:  # "polio has reemerged in several countries in Africa"
            why = f'no dateline: the lead places it in "{whole.place}"'
            return Focus(_unvouched(whole.location), why, whole)
    if not mentions:
        found = _authorities_land(text, given, start, end, locs)
        if found is None:
            return None
        land, named = found
        why = f'no dateline: the lead names "{named}", no other place'
        return Focus(_unvouched(land.location), why, land)

    # most texts name no origin: a few substring tests (``_origin_keys``)
    origin = _origins(text, mentions) if any(k in text for k in _origin_keys()) else None

    def modifier(m: Mention) -> bool:  # "beef imports from the United States": whence, not where
        return _modifier(text, m, locs) or origin is not None and origin(m)

    def nowhere(m: Mention) -> bool:  # whose body, which road, whence: no place of the event
        return _route(text, m) or _body(text, m) or origin is not None and origin(m)

    if end < len(text) and all(modifier(m) for m in lead):
        # "Budget talks stall. The council of Wichita Falls met ...": a first sentence that
        # names no place (a headline, a quote), or places only as modifiers ("Western Mass.
        # stargazers to celebrate"), is read with the next one, as a reader reads a headline
        # with its first sentence
        # a place inside a land the lead names as whence tells that origin finer, not where
        # ("Beef imports from Brazil were halted. ... Inspectors in Goiania found ...")
        whence = [m for m in lead if origin is not None and origin(m)]

        def told(start: int, stop: int) -> list[Mention]:
            return [
                m
                for m in mentions
                if start <= m.start < stop and not any(_contains(w, m.location) for w in whence)
            ]

        nxt = lead_end(text, end + 1)
        lead += told(end, nxt)
        end = nxt
        # places named only as whose body, which road or whence say nowhere: read on to the
        # sentence that names one otherwise (``READ_ON``)
        read = 0
        while lead and end < len(text) and read < READ_ON and all(nowhere(m) for m in lead):
            nxt = lead_end(text, end + 1)
            lead += told(end, nxt)
            end, read = nxt, read + 1
    # "Gregory Crolley, 42, of Swansea, ...": a person's home is where the lead places the
    # event only when it places it nowhere else
    lead = [m for m in lead if not modifier(m)] or lead
    if lead and all(_body(text, m) for m in lead):
        # "... an order from U.S. District Judge Buckwalter": a lead naming a country only as
        # the first word of a body's name says whose body acts, not where (as a country that
        # owns or speaks, below): the first place the text names otherwise as a place (after
        # a locative) is, as for a lead naming none; not a modifier (a home, a body), a seat
        # ("based in Dallas"), nor one named without a locative ("Senator Hill of Ohio")
        other = seat = None
        for m in mentions:
            if m.start < end or modifier(m):
                continue
            if seat is not None and _joined(text, seat, m) or not _told(text, m, locs):
                seat = m  # "based in Dallas, Texas, and Chicago": a seat, and the list after it
                continue
            if not _located(text, m, locs):
                continue  # "Senator Tom Hill of Ohio", "sales to Mexico": who, whither, not where
            # "in the Rice Lake area of Fulton County", read as Rice Lake, Wisconsin: the land
            other = _placed_elsewhere(text, m, mentions) or m
            break
        if other is not None:
            lead, mentions = [], mentions[mentions.index(other) :]
    located = [m for m in lead if _located(text, m, locs)]
    if not located:
        # "Moscow said", "Jordan's king": a name that acts or owns stands for its people or
        # government; a place named otherwise is the better guess
        lead = [m for m in lead if not _actor(text, m)] or lead
    if not lead:
        mentions = [m for m in mentions if not modifier(m)] or mentions
    first = located[0] if located else (lead[0] if lead else mentions[0])
    pool = (located or lead or mentions)[1:]
    if located:  # the subject before it, inside it, unless it acts: "Pune is ... in India"
        pool = [m for m in lead if m.start < first.start and not _actor(text, m)] + pool
    m = _most_precise(first, pool)
    how = "lead mention" if m in lead else "first mention"
    land = None if m in located else _spread_land(text, lead, m, locs, end)
    if land is not None:  # "2-1-1 ... for Georgia residents, statewide" with ATLANTA named
        how = f'land the lead spreads "{m.place}" across,'
        m = land
    if located and m is first:
        land = _land_of_a_pair(text, m, lead, given)
        if land is not None:  # "in Khartoum and Al Jazirah in Sudan": the country
            how = f'land of "{m.place}" and the place beside it,'
            m = land
    if land is None and m in located and end < len(text):
        inner = _placed_next(text, mentions, m, end, locs, modifier)
        if inner is not None:  # "Poisoned liquor killed 17 in Kenya. ... in Nairobi's Kibera"
            how = f'the next sentence places "{m.place}" in'
            m = inner
    if land is None and m not in located:
        whose = _outbreak_land(text, given, m, end)
        if whose is not None:  # "the Haitian cholera outbreak ... will spread to Port-au-Prince"
            how = f'land whose outbreak the lead tells, not "{m.place}":'
            m = whose
    if land is None:
        acting = _office_town(text, mentions, m, end, locs)
        if acting is not None:  # "... died in Texas. The Killeen Police Department investigates"
            town, said = acting
            how = f'a town in "{m.place}" whose own service acts ("{said}"),'
            m = town
    if not located and m.kind == "country" and (_actor(text, m) or _SCORE.match(text, m.end)):
        # "India's richest woman", "South Korea's spacecraft", "Paraguay won 1-0 against":
        # a country that owns, speaks or plays, named by no locative, is who, not where
        return None
    return Focus(_unvouched(m.location), f'no dateline: {how} "{m.place}"', m)


def _told(text: str, m: Mention, locs: _Locatives) -> bool:
    """Named as a place of the story: not as where a person or body is from (``_background``:
    "based in", "born in")."""
    return not _background(text, m, _locative_at(text, m.start, locs), locs)


def _placed_elsewhere(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The land the text puts ``m`` in when it does not hold the place read for it ("the Rice
    Lake area of Fulton County located in Illinois", read as Rice Lake, Wisconsin): the mention
    right after it, a region or a country, with only words that may stand between a place and
    its land (a comma, "area of": ``locative_skip``) between. The copy's own words say it is
    another place of that name: its pin is hundreds of km off, its land is where."""
    n = next((x for x in mentions if x.start >= m.end), None)
    if n is None or n.kind not in ("region", "country") or m.kind in ("region", "country"):
        return None
    between = [fold(x) for x in _WORDS.findall(text[m.end : n.start])]
    if "." in text[m.end : n.start] or not all(k in words()["locative_skip"] for k in between):
        return None
    return n if _holds(n, m.location) is False else None


CAPITAL_CONFIDENCE = 0.8  # a capital read from its country's adjective: no name written


def _with_capitals(
    text: str, mentions: list[Mention], start: int, end: int, locs: _Locatives
) -> list[Mention]:
    """The mentions with the capitals the lead names by their country's adjective ("in the
    Somali capital", "dans la capitale somalienne", "in der somalischen Hauptstadt": the
    country's capital, GeoNames'), in the place of any mention read inside those words
    ("Somali" read as Ethiopia's Somali Region). Most leads hold no capital noun: a few
    substring tests (``capital_nouns``) rule them out before any word is read."""
    found: dict[int, Mention] = {}
    for key in locs.capital_keys:
        i = text.find(key, start, end)
        while i >= 0:
            for noun, side, articles in locs.capitals:
                if text.startswith(noun, i):  # "capital's" too: _WORDS holds the "'s"
                    m = _capital_at(text, i, i + len(noun), side, articles, mentions)
                    if m is not None:
                        found.setdefault(m.start, m)
            i = text.find(key, i + len(key), end)
    if not found:
        return mentions
    got = list(found.values())
    kept = [m for m in mentions if not any(m.start < c.end and c.start < m.end for c in got)]
    return sorted(kept + got, key=lambda m: m.start)


def _capital_at(
    text: str, i: int, e: int, side: int, articles: frozenset[str], mentions: list[Mention]
) -> Mention | None:
    """The capital named by the noun at ``text[i:e]`` and the country adjective beside it
    (before it when ``side`` is -1, after it when +1), one of ``articles`` before the phrase
    when any are given ("la capitale", not "le capital": money); None when the noun is part of
    a longer word, no adjective of a country stands there, a name follows ("the Somali
    capital Mogadishu": the name says it), or one of ``capital_compounds`` follows the noun
    ("the German capital markets", "the Greek capital letters": money, a letter)."""
    if text[i - 1 : i].isalpha() or text[e : e + 1].isalpha():
        return None  # "capitals", "Capitale", "capitalism": not the noun alone
    if side < 0:
        head = _WORD_AFTER.match(text, e)
        if head is not None and fold(head.group(1)) in words()["capital_compounds"]:
            return None
        adj = _WORD_BEFORE.search(text, max(0, i - 40), i)
        if adj is None:
            return None
    else:
        adj = _WORD_AFTER.match(text, e)
        if adj is None:
            return None
    index = index_in_use()
    if index is None:
        return None
    a, b, cc = _nation_adjective(index, text, adj.start(1), adj.end(1), side)
    first, phrase_end = (a, e) if side < 0 else (i, b)
    if articles:
        art = _WORD_BEFORE.search(text, max(0, first - 20), first)
        if art is None or fold(art.group(1)) not in articles:
            return None
    cap = _capital_of(index.g, cc) if cc else None
    if cap is None or any(phrase_end < m.start <= phrase_end + 2 for m in mentions):
        return None
    phrase = text[min(a, i) : phrase_end]
    where = index.resolver.location(
        phrase, cap, CAPITAL_CONFIDENCE, f'"{phrase}": the capital of {cc} (GeoNames)'
    )
    return Mention(phrase, min(a, i), phrase_end, where, "city")


# the word joined to a country adjective's first or last word by a hyphen or a space: "South
# African", "Zuid-Afrikaanse", "sri-lankischen" before the noun, "sud-africaine" after it
_JOINED_BEFORE = re.compile(r"([^\W\d_]+)[- ]$")
_JOINED_AFTER = re.compile(r"-([^\W\d_]+)")


def _nation_adjective(
    index: MentionIndex, text: str, a: int, b: int, side: int
) -> tuple[int, int, str | None]:
    """The country adjective at ``text[a:b]`` beside a capital noun (before it when ``side`` is
    -1), with the word it is joined to when the two name a country ("the South African
    capital", "in de Zuid-Afrikaanse hoofdstad", "la capitale sud-africaine": one adjective of
    two words, read before the last word alone, which may name another or no land): its span
    and country, None when neither is a demonym (``demonyms`` of ``geo/data/places.json``)."""
    if side < 0:
        joined = _JOINED_BEFORE.search(text, max(0, a - 30), a)
        if joined is not None:
            cc = _compound_demonym(index, fold(text[joined.start(1) : b]))
            if cc is not None:
                return joined.start(1), b, cc
    else:
        joined = _JOINED_AFTER.match(text, b)
        if joined is not None:
            cc = _compound_demonym(index, fold(text[a : joined.end(1)]))
            if cc is not None:
                return a, joined.end(1), cc
    return a, b, index.demonym_word(fold(text[a:b]))


def _compound_demonym(index: MentionIndex, key: str) -> str | None:
    """The country of a folded two-word demonym ("south african", "zuid afrikaanse": a stem of
    two words and one of its endings), which ``MentionIndex.demonym_word`` leaves to the one
    words."""
    endings = geodata.DEMONYM_ENDINGS
    for stem in _demonym_stems().get(key[:4], ()):  # noqa: SIM110 - no generator a word
        if " " in stem and key.startswith(stem) and key[len(stem) :] in endings:
            return index.g.demonyms.get(stem)
    return None


_CAPITALS: dict[int, dict[str, int]] = {}  # id of a gazetteer -> country code -> its capital


def _capital_of(g: Gazetteer, cc: str) -> int | None:
    """The gazetteer's entry of a country's capital (the most populous of its capitals)."""
    caps = _CAPITALS.get(id(g))
    if caps is None:
        caps = {}
        for j in sorted(g.capital, key=lambda j: g.pop[j]):
            caps[g.cc[j]] = j
        _CAPITALS[id(g)] = caps
    return caps.get(cc)


def _past_opening(
    text: str, lead: list[Mention], start: int, end: int, locs: _Locatives
) -> list[Mention]:
    """The lead without the places of a clause it opens with that tells an earlier event
    ("After a week of talks in Geneva, the ministers signed the deal in Vienna", "Nachdem ...
    in Hamburg, ...", "Potem ko ... v Budimpešti ..., so bili ... na Malti"), when its main
    clause, after the comma, places the event itself: the opening clause is what came before,
    the main clause the news. A main clause that places nothing leaves it ("After a shooting
    in Leeds, police arrested three men": the arrests are most likely there)."""
    stop = min(end, start + 40)
    if _opening_head().match(text, start, stop) is None:
        return lead  # most leads: one match that fails at their first letter
    head = _WORDS.search(text, start, stop)  # the lead's first word
    if head is None or head.group().lower() not in _opening_words():
        return lead  # one word lowered, one look-up (``fold`` costs more)
    words = _WORDS.findall(text[start : min(end, start + 40)])[:2]
    openers = locs.opening
    if fold(words[0]) not in openers and " ".join(fold(x) for x in words) not in openers:
        return lead
    comma = text.find(",", start, end)
    if comma < 0:
        return lead
    main = [m for m in lead if m.start > comma]
    if not any(_located(text, m, locs) for m in main):
        return lead
    return main


@cache  # one fixed list of the data
def _opening_head() -> re.Pattern[str]:
    """Non-letters, then an opener's first word, in any case: a lead whose first word is an
    opener always matches (a superset of ``_opening_words``' test, which follows it), and most
    leads fail it at their first letter, with no word found, lowered or looked up."""
    words = sorted(_opening_words(), key=len, reverse=True)
    return re.compile(r"[\W\d_]*(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE)


@cache  # one fixed list of the data
def _opening_words() -> frozenset[str]:
    """The first words of ``earlier_openers`` as written, in lower case, every language's: the
    cheap test before ``_past_opening`` folds a lead's first words."""
    return frozenset(
        w.split()[0].lower() for ws in words_as_written()["earlier_openers"].values() for w in ws
    )


def _unvouched(loc: Location) -> Location:
    """A focus read from the text alone: no dateline vouches for it, so its confidence is lower."""
    return _scaled(loc, NO_DATELINE_FACTOR)


def _scaled(loc: Location, factor: float) -> Location:
    """``loc`` with its confidence times ``factor`` (three places): ``Location.with_confidence``,
    not ``dataclasses.replace``, which reads the fields' list and passes keywords (~29k
    instructions a call, against a few thousand)."""
    return loc.with_confidence(round(loc.confidence * factor, 3))


# how far before the lead's first mention and after its last the country of a pair may be
# named (in characters): a demonym in the phrase that opens the lead ("the Zimbabwean provinces
# of ..."), the country right after the pair ("... and Kaduna in Nigeria,")
PAIR_LAND_BEFORE = 80
PAIR_LAND_AFTER = 40
_PAIR_JOIN = re.compile(r" \w+ ")  # " and ", " y ": one word between two places


def _land_of_a_pair(text: str, m: Mention, lead: list[Mention], named: list[Mention]):
    """The country the lead names (or its demonym: "the Zimbabwean provinces of") when the
    first place it introduces comes with another of that country, neither inside the other
    ("in Khartoum and Al Jazirah", "of Mashonaland West and Midlands"): the event is in both,
    so in their country. None when the lead names no such country."""
    if m.kind not in ("city", "region"):
        return None
    after = [x for x in lead if x.start >= m.end]
    if not after or after[0].kind not in ("city", "region"):
        return None
    other = after[0]
    cc = m.location.country_code
    pair_joins = words()["pair_joins"]
    between = text[m.end : other.start]
    if (
        not (between == ", " or _PAIR_JOIN.fullmatch(between) and fold(between[1:-1]) in pair_joins)
        or other.location.country_code != cc
        or _same(other, m.location)
        or _contains(m, other.location)
        or _contains(other, m.location)
    ):
        return None
    lo, hi = lead[0].start, lead[-1].end
    return next(
        (
            x
            for x in named
            if isinstance(x, Mention)
            and x.kind in ("country", "demonym")
            and x.location.resolved
            and x.location.country_code == cc
            and lo - PAIR_LAND_BEFORE <= x.start <= hi + PAIR_LAND_AFTER
        ),
        None,
    )


def _continent_placed(
    text: str, continents: list[Mention], lead: list[Mention], end: int, locs: _Locatives
) -> Mention | None:
    """Without a dateline, the continent the lead places the event in ("across Europe", "in
    several countries in Africa") when it places it in no country or town ("in Africa" beside
    "in Kano" is Kano): the event is the continent's, as a land's that the lead names alone.
    A continent named otherwise ("WHO Africa director", "imports from Asia") says nothing."""
    placed = next((m for m in continents if m.start < end and _located(text, m, locs)), None)
    if placed is None or any(_located(text, m, locs) for m in lead):
        return None
    return placed


def _placed_next(
    text: str,
    mentions: list[Mention],
    land: Mention,
    end: int,
    locs: _Locatives,
    modifier: Callable[[Mention], bool],
) -> Mention | None:
    """Without a dateline, the one place inside the land (a country, a state or province) the
    lead places the event in that the next sentence introduces as a location: a lead written
    for readers far away names the land, the sentence after it the town ("... the first death
    in the UK. She died at a hospital in Paisley."). None when the lead spreads or counts the
    event across the land ("across Kenya", "nationwide": the land is the event's, a town one
    part), or the next sentence places it in no place of the land, or in several ("in Tustin
    and ... in Glendale", "in Newark, Trenton and Camden": the land is still the event's); a
    home, "based in", a place whose people speak ("officials in Nairobi said") or a place
    elsewhere does not count. A county is no such land: the next sentence's town inside it
    (by the gazetteer's admin2, ``_holds``) moved no tune item when tried (focus16)."""
    if (
        not (land.kind == "country" or land.kind == "region" and _first_order(land.location))
        or _whole(text, land, locs)
        or _counted_across(text, 0, end, land.kind)
    ):
        return None
    nxt = lead_end(text, end + 1)
    inside = [
        x
        for x in mentions
        if end <= x.start < nxt
        and _precision(x) > _precision(land)
        and _contains(land, x.location)
        and not modifier(x)
    ]
    # "officials in Nairobi said": where people speak, not where the event was
    placed = [x for x in inside if _located(text, x, locs) and not _actor(text, x)]
    if len(placed) != 1:
        return None
    x = placed[0]
    # a place of a list ("in New York City, Long Island and New Jersey") is one of several
    listed = any(
        y is not x and not _contains(y, x.location) and _joined(text, x, y) for y in inside
    )
    return None if listed else x


OFFICE_SENTENCES = 6  # sentences read for a town's own office (a headline, the lead and the next
# few: the paragraph or two where local copy says whose story it is; further on a town's police
# or mayor is as often background: "... as New York City Mayor Bloomberg said" in a national story


def _office_town(
    text: str, mentions: list[Mention], land: Mention, end: int, locs: _Locatives
) -> tuple[Mention, str] | None:
    """Without a dateline, the one town (or county) inside the land the focus fell on (a state or
    province) whose own service acts in the headline, the lead or the sentences after it
    (``OFFICE_SENTENCES``), with the words that name that service as written: its police, sheriff,
    firefighters, prosecutors or court ("The Killeen Police Department continues to investigate",
    "le parquet de Lyon", ``_office_said``). A town's services act in their town: the story is
    local, and a lead written for readers far away names the land ("a soldier who died in Texas").
    None when the land is not one (a country: its epidemic, strike, war or weather is told with one
    city's police or firefighters as one voice of it, "The Syrian war has killed thousands in Syria.
    Aleppo police said ...", as often as a town's crime is told by the country alone), or the lead
    spreads or counts the event across it ("across Montana", "statewide": the land is the event's, a
    town's police one voice of it) or names the land's own government (``land_government``: its law
    or measure is the event), or the services of two towns act (the land holds both), or none does.
    Not its mayor or council: they speak for their town on anything ("The Ohio legislature approved
    a budget. The mayor of Columbus called the cuts painful": Ohio's)."""
    if not (land.kind == "region" and _first_order(land.location)):
        return None
    inside = [
        x
        for x in mentions
        if (x.kind == "city" or x.kind == "region" and not _first_order(x.location))
        and _contains(land, x.location)
    ]
    if not inside:
        return None  # most lands: no town of theirs named, no sentence read
    stop = end
    for _ in range(OFFICE_SENTENCES - 1):
        stop = lead_end(text, stop + 1)
    found = None
    said = ""
    for x in inside:
        if x.start >= stop:
            break
        words_of = _office_said(text, x, locs)
        if not words_of:
            continue
        if found is not None and not _one_town(found.location, x.location):
            return None  # two towns' services, however near (Köln's and Bonn's): the land's
        if found is None:
            found, said = x, words_of
    if (
        found is None
        or _whole(text, land, locs)
        or _counted_across(text, 0, end, land.kind)
        or any(fold(w) in locs.government for w in _WORDS.findall(text, 0, end))
    ):
        return None  # "Utah lawmakers toughened ... Provo Police made 12 arrests": Utah's
    return found, said


def _one_town(a: Location, b: Location) -> bool:
    """Whether two locations are one town (or county) named twice: the same gazetteer entry,
    or, where one has none (a county), the same point. Not two towns near each other (Köln and
    Bonn, 24 km; Minneapolis and St. Paul): each has its own services."""
    if a.geonameid or b.geonameid:
        return a.geonameid == b.geonameid
    return (a.lat, a.lon) == (b.lat, b.lon)


def _office_said(text: str, m: Mention, locs: _Locatives) -> str:
    """The words that name a town's own service by the town, as written ("Killeen Police",
    "police de Toulouse"), or "": a word of ``acting_offices`` right after it ("Paris Police",
    "Alachua County Sheriff", one or two of ``civic_qualifiers`` between: "Killeen City
    Police"), or before it and a word of ``town_of`` or an elided "d'" ("la police de
    Toulouse", "le parquet d'Annecy", "die Feuerwehr von Dresden")."""
    w = words()
    offices = locs.offices
    at = m.end
    for _ in range(3):
        nxt = _WORD_AFTER.match(text, at)
        if nxt is None:
            break
        k = fold(nxt.group(1))
        if k in offices:
            return text[m.start : nxt.end(1)]
        if k not in w["civic_qualifiers"]:
            break
        at = nxt.end(1)
    before = _OFFICE_OF.search(text, max(0, m.start - 40), m.start)
    if before is None or fold(before.group(1)) not in offices:
        return ""
    of = before.group(2)  # None after an elided "d'"
    if of is None or fold(of) in w["town_of"]:
        return text[before.start(1) : m.end]
    return ""


# a word, then "of" and a space or an elided "d'", right before a name: "police de ", "parquet d'"
_OFFICE_OF = re.compile(r"([^\W\d_]+)[ \t]+(?:d['’]|([^\W\d_]+)[ \t]+)$")


def _joined(text: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand side by side in a list (", ", " and ", " or " between)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return text[first.end : second.start] in _LIST_JOINS


def _most_precise(first: Mention, others: list[Mention]) -> Mention:
    """``first``, or a later mention inside it that names a smaller place."""
    best = first
    for m in others:
        if _precision(m) > _precision(best) and _contains(best, m.location):
            best = m
    return best


def _precision(m: Mention) -> float:
    """How small the place is, by kind; a county (a region inside a first-order one: "Monroe
    County" in Michigan) is smaller than its state, so of the two the lead names it is where."""
    if m.kind == "region" and m.location.admin1 and not _first_order(m.location):
        return _COUNTY
    return _PRECISION.get(m.kind, 0)


def _first_order(loc: Location) -> bool:
    """A region that is its country's first-order division (a state, a province: its own
    ``admin1``), not a county or district inside one."""
    return fold(loc.name or "") == fold(loc.admin1 or "")


def _same(m: Mention, loc: Location) -> bool:
    a = m.location
    if a.geonameid and a.geonameid == loc.geonameid:
        return True
    if m.kind in ("sea", "area", "country") or a.precision != loc.precision:
        return False
    return haversine_km(a.lat, a.lon, loc.lat, loc.lon) <= SAME_PLACE_KM


def _contains(m: Mention, loc: Location) -> bool:
    """Whether the place of ``m`` is known to contain ``loc`` (so ``loc`` is the more precise
    of the two); a county that may hold it, unknown to the gazetteer, does not (``_holds``)."""
    return _holds(m, loc) is True


def _holds(m: Mention, loc: Location) -> bool | None:
    """Whether the place of ``m`` contains ``loc``: True, False, or None where a county's
    state holds ``loc`` but the gazetteer does not say which county a town is in."""
    a = m.location
    if not loc.resolved:
        return False
    if m.kind == "sea":
        return False  # a port on its shore is not in the sea: an event at sea is elsewhere
    if m.kind == "area":
        area = area_named(a.name)
        radius = area.radius_km if area else SAME_PLACE_KM
        if a.country_code and loc.country_code and a.country_code != loc.country_code:
            return False
        return haversine_km(a.lat, a.lon, loc.lat, loc.lon) <= radius
    if m.kind == "country":
        return (
            bool(a.country_code)
            and a.country_code == loc.country_code
            and loc.precision != "country"
        )
    if m.kind == "region":
        if a.country_code != loc.country_code or loc.precision == "country":
            return False
        if not a.admin1 or fold(a.admin1) != fold(loc.admin1 or ""):
            return False
        return _first_order(a) or _in_county(a, loc)
    return False


def _in_county(county: Location, loc: Location) -> bool | None:
    """Whether a county (a second-order region) holds ``loc``, a place of its state: a town
    whose second-order division (admin2) the gazetteer gives is in it when that is the county
    ("in Lamar County ... in Dallas" names two places of Texas, not one inside the other); a
    state or another county is not; a town the gazetteer gives no county for is unknown (None).
    """
    if loc.precision != "city":
        return False
    g = _gazetteer()
    i = g.by_gid.get(loc.geonameid) if loc.geonameid else None
    if i is None or g.kind[i] != CITY or not g.a2[i]:
        return None
    own = _county_index(g, county)
    if own is None:
        return None
    return g.a2[i] == g.a2[own] and g.a1[i] == g.a1[own]


def _county_index(g: Gazetteer, county: Location) -> int | None:
    """The gazetteer's entry of a county ``Location`` (its name at its point), or None."""
    name = county.name or ""
    for p in g.postings(fold(name)):
        i = p >> 1
        if (
            g.kind[i] == SUBREGION
            and g.name[i] == name
            and g.cc[i] == county.country_code
            and rounded(g.lat[i], 5) == county.lat
            and rounded(g.lon[i], 5) == county.lon
        ):
            return i
    return None


def _gazetteer() -> Gazetteer:
    """The gazetteer the mentions were read with (the process-wide name index's; the default
    resolver's before one is built): where it says which county a town is in."""
    index = index_in_use()
    if index is not None:
        return index.g
    from geo.service import get_resolver

    return get_resolver().resolver.g


@dataclass(frozen=True, slots=True)
class _Locatives:
    """A language's words that say how the lead places a name: its locatives, those of them
    that mark a match's object after its verb, its indefinite articles (``_spot``), its relative
    pronouns (``_relative``), and its words of spreading and striking (``_spread_to``,
    ``_struck_after``) and of a nation's authorities (``_with_authority``)."""

    words: frozenset[str]
    object_after_match: frozenset[str]
    indefinite: frozenset[str]
    relative: frozenset[str]  # relative pronouns that may stand anywhere in their clause
    relative_first: frozenset[str]  # those that are also articles: only first after a comma
    opening: frozenset[str]  # words opening a lead's clause of an earlier event ("after")
    pursuit: frozenset[str]  # verbs of arresting, hunting, rescuing someone ("arrested")
    spread_to: frozenset[str]  # a verb and the word after it that says where it reached or fell
    particles: frozenset[str]  # the last words of those ("to", "naar", "para", "su")
    that: frozenset[str]  # relative pronouns read only right before a verb ("that struck")
    authorities: tuple[frozenset[str], tuple[int, ...]]  # ``authority_nouns``: police, Polizei
    verbs: frozenset[str]  # ``locative_verbs`` and ``struck_verbs``: their object is the place
    struck_after: frozenset[str]  # their participles after the place ("Bayern ... getroffen")
    passive: frozenset[str]  # auxiliaries of a passive ("wurde", "è stata", "was")
    perfect: frozenset[str]  # auxiliaries of a perfect ("hat", "heeft", "ha")
    verb_last: bool  # a perfect's participle ends its clause ("hat Bayern getroffen")
    alone: bool  # a participle right after the place says it was struck ("la Sicilia colpita")
    struck_gate: re.Pattern[str] | None  # any of ``struck_after``, as written and folded
    struck_first: frozenset[str]  # a word that may follow a struck place, outside verb_last
    adverbs: tuple[str, ...]  # ``adverb_endings``: "ha colpito duramente la Puglia"
    # ``capital_nouns`` as written, each with the side its country adjective stands on (-1
    # before: "the Somali capital"; +1 after: "la capitale somalienne") and the words one of
    # which must stand before the phrase (``capital_articles``; none needed when empty)
    capitals: tuple[tuple[str, int, frozenset[str]], ...]
    capital_keys: tuple[str, ...]  # the fewest strings one of which each of those nouns holds
    offices: frozenset[str]  # ``acting_offices``: a town's police, firefighters (``_office_said``)
    government: frozenset[str]  # ``land_government``: a land's own government, lawmakers


@lru_cache(maxsize=64)
def _locatives(lang: str | None) -> _Locatives:
    """The words of ``lang`` (``_Locatives``): its locatives (``locatives`` with its
    ``locatives_add``, without its ``locatives_drop``, and its ``struck_verbs``), its words
    before a team beaten (``match_objects``) and the rest; every language's when it is not
    known, as ``geo.mentions`` reads them."""
    struck = by_language("struck_verbs", lang)
    spread = by_language("spread_to", lang)
    after = by_language("struck_after", lang)
    key = _lang_key(lang)
    return _Locatives(
        locatives(lang) | struck,
        match_objects(lang),
        by_language("indefinite_articles", lang),
        by_language("relative_pronouns", lang),
        by_language("relative_pronouns_first", lang),
        by_language("earlier_openers", lang),
        by_language("pursuit_verbs", lang),
        spread,
        frozenset(p.rpartition(" ")[2] for p in spread),
        by_language("relative_before_verb", lang),
        authority_nouns(lang),
        words()["locative_verbs"] | struck,
        after,
        by_language("struck_auxiliaries", lang),
        by_language("perfect_auxiliaries", lang),
        key in words()["verb_last"],
        key in words()["participle_alone"],
        _gate(key),
        _first_words(key),
        tuple(sorted(words()["adverb_endings"])),
        *_capital_nouns(key),
        by_language("acting_offices", lang),
        by_language("land_government", lang),
    )


def _capital_nouns(
    key: str,
) -> tuple[tuple[tuple[str, int, frozenset[str]], ...], tuple[str, ...]]:
    """``_Locatives.capitals`` and ``capital_keys`` of the language ``key`` (every language's
    when it is not known): a language's nouns share their first letters ("prestolnic"), and
    "capital" is in "capitale", so a text is searched a few times, not once a noun."""
    raw = words_as_written()
    after = words()["adjective_after_noun"]
    arts = raw["capital_articles"]
    langs = [(lang, ns) for lang, ns in raw["capital_nouns"].items() if not key or lang == key]
    nouns = tuple(
        (noun, 1 if lang in after else -1, frozenset(fold(a) for a in arts.get(lang, ())))
        for lang, ns in langs
        for noun in ns
    )
    keys: list[str] = []
    for k in sorted({commonprefix(ns) for _, ns in langs}, key=len):
        if not any(x in k for x in keys):
            keys.append(k)
    return nouns, tuple(keys)


def _first_words(key: str) -> frozenset[str]:
    """The words that may stand right after a place a participle says was struck, outside the
    languages of ``verb_last``: an auxiliary of a passive or a perfect, or the participle
    itself ("Japan was hit", "la Sicilia colpita"), in lower case as written and folded: a
    place followed by any other word (most) is read no further."""
    lists = ("struck_after", "struck_auxiliaries", "perfect_auxiliaries")
    got = {w.lower() for name in lists for w in written_by_language(name, key)}
    return frozenset(got | {fold(w) for w in got})


def _gate(key: str) -> re.Pattern[str] | None:
    """One pattern that finds any participle of ``struck_after`` in a text as written (with its
    accents, or without them as ``fold`` writes it): the cheap test before words are taken
    apart after a place (``_struck_after``); None for a language with none."""
    written = set(written_by_language("struck_after", key))
    alts = sorted(written | {fold(w) for w in written}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alts))) if alts else None


def _locative_at(text: str, start: int, locs: _Locatives) -> str | None:
    """Whether a locative word stands shortly before ``start``, with only articles, "city
    of", compass words or country adjectives between ("in de Oekraïense stad", "off the coast
    of"): None when not, else the (folded) word before the locative ("" at the start).
    A place that owns the next ("in Russia's Volgograd region") or names the next's place noun
    ("the West Bank city of", "the Somali capital") stands between too: it says which place,
    the one after it is where (``_qualifier``). English "to" is a locative after a verb of
    spreading ("has spread to five provinces of"): where the event reached."""
    # most places are read within a few words: the last LOCATIVE_NEAR characters first, the
    # whole window only where its words do not decide (``_locative_in``: the same answer)
    near = start - LOCATIVE_NEAR
    if near > 0:
        got = _locative_in(_WORDS.findall(text[near:start]), 1, locs)
        if got is not _MORE:
            return got
    return _locative_in(_WORDS.findall(text[max(0, start - LOCATIVE_CHARS) : start]), 0, locs)


LOCATIVE_CHARS = 80  # characters before a place whose words ``_locative_at`` reads
LOCATIVE_NEAR = 32  # the characters it reads first: most places' locative is there
_MORE = object()  # ``_locative_in``: the words given do not decide; read the whole window


def _locative_in(before: list[str], floor: int, locs: _Locatives) -> str | None | object:
    """``_locative_at``'s reading of the words ``before`` a place. ``floor``: 1 where the first
    word may be cut by the window's start (its words are the last ones of the whole window's,
    but for that one): an answer that would read it, or a word before it, is ``_MORE``, never a
    guess; 0 for the whole window, whose answer is the one."""
    w = words()
    skip = w["locative_skip"]
    named = False  # the word after this one is a place noun: a name may qualify it
    free = w["whole_before"]  # articles and "of": not counted in the window
    counted = 0
    for i in range(len(before) - 1, -1, -1):
        if i < floor:
            return _MORE
        word = before[i]
        k = fold(word)
        if k not in free:
            counted += 1
            if counted > LOCATIVE_WINDOW:
                return None
        # the word before a locative, or the three before a particle ``_spread_to`` reads,
        # may be cut (or lie before the near window)
        if floor and (i - 1 < floor if k in locs.words else k in locs.particles and i - 3 < floor):
            return _MORE
        if k in locs.words or k in locs.particles and _spread_to(before, i, locs):
            prev = fold(before[i - 1]) if i > 0 else ""
            if k in locs.object_after_match and prev in w["match_verbs"]:
                return None  # "venció 2-0 a Perú": the team beaten, not where
            if (
                i + 1 < len(before)
                and fold(before[i + 1]) in w["qualified_nouns"]
                and k in locs.verbs
            ):
                return None  # "the earthquake ravaged capital": a participle, no verb
            return prev
        if k in skip or _adjective(k):
            named = k in w["qualified_nouns"]
            continue
        if k.endswith(locs.adverbs):
            continue  # "ha colpito duramente la Puglia"
        if word[0].isupper() and (named or word.endswith(_OWNS)):
            continue  # "the West Bank city of", "Russia's": which place, not where
        return None
    return _MORE if floor else None


_OWNS = ("'s", "’s")  # a possessive as ``_WORDS`` reads it: "Russia's"


def _spread_to(before: list[str], i: int, locs: _Locatives) -> bool:
    """``before[i]``, "to", follows a verb of spreading ("has spread to", "spreading to",
    "verspreid naar", "espalhou-se para") or of falling ("si è abbattuto su"): the place after it
    is where the event reached (``spread_to``); not after a word that says it has not, or not
    yet ("fears it will spread to", "threatens to spread to", "has not spread to", "não se
    espalhou para": a reflexive pronoun may stand between)."""
    if i < 1 or f"{fold(before[i - 1])} {fold(before[i])}" not in locs.spread_to:
        return False
    w = words()
    k = fold(before[i - 2]) if i >= 2 else ""
    if k in w["reflexives"] and i >= 3:
        k = fold(before[i - 3])
    return k not in w["spread_unreal"]


STRUCK_WINDOW = 8  # words read after a place for the participle that says it was struck


def _struck_after(text: str, m: Mention, locs: _Locatives) -> bool:
    """The place is what a verb of striking struck, said after it: the subject of a passive
    ("Bayern wurde von einem Unwetter getroffen", "Limburg is getroffen door", "la Sicilia è
    stata colpita", "Japan was hit by"), the object before a perfect's participle that ends the
    clause ("Ein Unwetter hat Bayern getroffen", "Zware regen heeft Limburg zwaar getroffen":
    ``verb_last``, a perfect auxiliary before the place in its clause, only words in lower case
    or of the calendar between), a place a participle of its own follows ("la Sicilia colpita
    dal maltempo": ``participle_alone``, where a participle is no finite verb), or, in Slovene,
    the object put first ("Maribor je v nedeljo prizadelo neurje"). Not a place that acts ("Japan
    has hit back", "Russland bombardiert"), nor a passive not (yet) done ("could be hit",
    "wurde nicht getroffen"), nor one in a clause of its own (a comma after the place)."""
    gate = locs.struck_gate
    if gate is None:
        return False
    if not locs.verb_last:  # most copy: the word after the place tells, one look-up
        nxt = _WORD_AFTER.match(text, m.end)
        if nxt is None or nxt.group(1).lower() not in locs.struck_first:
            return False
    clause = text[m.end : m.end + 120]
    stop = _CLAUSE_END.search(clause)
    if stop is not None:
        clause = clause[: stop.start()]
    if gate.search(clause) is None:
        return False  # most places: one search of the words after them
    if _governed(text, m):
        return False  # "hat den Präsidenten von Bayern getroffen": whom, not what was struck
    written = _WORDS.findall(clause)[:STRUCK_WINDOW]
    after = [fold(x) for x in written]
    i, passive = 0, False
    while i < len(after) and (after[i] in locs.passive or after[i] in locs.perfect):
        passive = passive or after[i] in locs.passive
        i += 1
    if passive:  # "wurde ... getroffen", "è stata colpita", "has been hit"
        unreal = words()["spread_unreal"]
        # the participle ends a verb-last clause; elsewhere it follows, an adverb at most
        # between ("was badly hit"; not "was accused of having bombed")
        for k in after[i : None if locs.verb_last else i + 2]:
            if k in locs.struck_after:
                return True
            if k in unreal:
                return False
        return False
    if i or not after:
        return False  # "Japan has hit back": the place acts
    if after[0] in locs.struck_after and locs.alone:
        return True  # "la Sicilia colpita dal maltempo"
    if not locs.verb_last:
        return False
    w = words()
    calendar, times = w["calendar"], _time_nouns()
    for word, k in zip(written, after, strict=True):
        if k in locs.struck_after:
            return _perfect_before(text, m, locs)
        if k in locs.passive or k in locs.perfect:
            return False  # a verb: the place is its subject
        if word[0].isupper() and k not in calendar and not k.endswith(times):
            return False  # a noun: the object ("hat Bayern eine Entscheidung getroffen")
    return False


@cache  # fixed data
def _time_nouns() -> tuple[str, ...]:
    """``time_nouns`` as a tuple, for one ``str.endswith`` a word ("sonntagabend")."""
    return tuple(sorted(words()["time_nouns"]))


def _governed(text: str, m: Mention) -> bool:
    """A preposition of whose, whence, for or against whom stands right before the place,
    articles aside ("den Präsidenten von Bayern", "Vertreter aus Sachsen", "aiuti per la
    Sicilia", "hat gegen Freiburg getroffen", "heeft met Limburg een regeling getroffen"): the
    place is no subject or object of the clause's verb. A place noun or a part's before "of"
    is no whose: "la provincia de Valencia fue arrasada", "the coast of Yemen was hit" say
    what was struck, the place it names (``_place_noun``)."""
    w = words()
    before = _WORDS.findall(text[max(0, m.start - 50) : m.start])
    i = len(before) - 1
    while i >= 0:
        k = fold(before[i])
        if k in w["part_of"] and not before[i][0].isupper():  # "De kust van": an article
            if i > 0 and _place_noun(fold(before[i - 1])):
                i -= 2  # "la provincia de": read on before the noun ("el alcalde de la ...")
                continue
            return True
        if k not in w["whole_before"]:
            return (
                k in w["home_before"] or k in w["background_for"] or k in w["object_prepositions"]
            )
        i -= 1
    return False


def _place_noun(k: str) -> bool:
    """A folded noun for a place or a part of one that may stand between a locative and a
    place (``locative_skip``: province, provincia, Provinz, coast, capital, region), not one of
    the articles, prepositions or numbers that may stand there too: "Deux de Lyon ont été
    frappés", "three of Boston were hit" count people of a place (``count_words``)."""
    w = words()
    return (
        k in w["locative_skip"]
        and k not in w["whole_before"]
        and k not in w["part_of"]
        and k not in w["count_words"]
        and len(k) > 3
        and not k.endswith(tuple(w["compass"]))
    )


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")  # the word right after a place or demonym
_CLAUSE_END = re.compile(r"[,;:.!?()\n]")


def _perfect_before(text: str, m: Mention, locs: _Locatives) -> bool:
    """A perfect's auxiliary among the few words before the place in its clause ("Ein Unwetter
    hat am Sonntag Bayern"): the clause is a main one, its participle last; a relative or
    subordinate clause puts its auxiliary after it ("das Unwetter, das Bayern getroffen hat").
    Not when the place stands right after the auxiliary (articles aside) and an adverbial holds
    the clause's first place ("Am Samstag hat Bremen zweimal getroffen", "Maandag heeft
    Groningen maatregelen getroffen"): a main clause then puts its subject right after its verb,
    and the place is that subject (it scored, it took measures), not what was struck."""
    window = text[max(0, m.start - 80) : m.start]
    parts = _CLAUSE_END.split(window)
    said = _WORDS.findall(parts[-1])
    lo = max(0, len(said) - STRUCK_WINDOW)
    at = next((i for i in range(len(said) - 1, lo - 1, -1) if fold(said[i]) in locs.perfect), None)
    if at is None:
        return False
    between = said[at + 1 :]
    whole = words()["whole_before"]
    if any(fold(x) not in whole for x in between) or (len(parts) < 2 and m.start > 80):
        return True  # a subject between ("hat ein Sturm Bayern getroffen"), or no start read
    return not (at and _adverbial(fold(said[0]), locs))


def _adverbial(first: str, locs: _Locatives) -> bool:
    """``first``, the first word of a clause, opens an adverbial (a preposition, a day, a time:
    "Am Samstag", "In de slotminuut", "Gestern", "Maandag"), not the clause's subject."""
    w = words()
    return (
        first in locs.words
        or first in w["clause_adverbials"]
        or first in w["calendar"]
        or first.endswith(_time_nouns())
    )


def _qualifier(text: str, m: Mention, n: Mention) -> bool:
    """``m`` only says which place ``n`` is: it owns it ("Sudan's Darfur region") or names its
    place noun ("the West Bank city of Jenin", "the Somali capital Mogadishu"), with only words
    that may stand between a locative and a place after it (``_locative_at``). The place named
    after it is where; ``m`` is where that place lies."""
    if n.start <= m.end:
        return False
    between = text[m.end : n.start]
    owns = between.startswith(_OWNS)
    rest = [fold(x) for x in _WORDS.findall(between[2:] if owns else between)]
    w = words()
    if not all(k in w["locative_skip"] for k in rest):
        return False
    return owns or any(k in w["qualified_nouns"] for k in rest)


def _located(text: str, m: Mention, locs: _Locatives) -> bool:
    """Introduced as a place: after a locative, or as a part of one ("le nord du Québec"); not
    as where a person or body is from (``_background``)."""
    prev = _locative_at(text, m.start, locs)
    if prev is None and not _part(text, m, locs) and not _struck_after(text, m, locs):
        return False
    return not _background(text, m, prev, locs)


_AFTER = re.compile(r"[-\s]+([^\W\d_]+)")


# what ends a clause before a locative, for ``_struck``, ``_background`` and ``_relative``:
# compiled once (``re.split`` with a pattern's text looks it up in ``re``'s cache each call)
_CLAUSE_END = re.compile(r"[,;:()]")


def _background(text: str, m: Mention, prev: str | None, locs: _Locatives) -> bool:
    """The locative says who or what, not where it happened: a word right before it ("based
    in", "born in", "gevestigd in", "mit Sitz in", "basé à", "con sede a", "nacido en"),
    right after the place ("Paris-based", "das in Berlin ansässige", "het in Amsterdam
    gevestigde"), or one that opens a phrase of cause, topic or circumstance shortly before
    it in the same clause ("amid fighting in", "wegen Bestechung in", "en raison des
    violences en", "the fate of hostages held in") or of an event still to come ("the upcoming
    summit in", "que se celebrará en")."""
    w = words()
    after = _AFTER.match(text, m.end)
    if after is not None and fold(after.group(1)) in w["background_after"]:
        return True
    if prev in w["background_before"]:
        return True
    if _for_a_noun(text, m, locs):
        return True
    window = text[max(0, m.start - 120) : m.start]
    clause = _CLAUSE_END.split(window)[-1]
    near = [fold(x) for x in _WORDS.findall(clause)[-PHRASE_WINDOW:]]
    return any(k in w["background_phrase"] for k in near) or _relative(window, clause, near, locs)


RELATIVE_WINDOW = 6  # words looked back from a locative for the relative pronoun of its clause
_LOWER = re.compile(r"\b[^\W\d_A-Z]*[a-z]")  # a word in lower case (the dateline's are not)


PURSUED_WINDOW = 4  # words before the pronoun: the verb, then its object ("arrested a young man")


def _deed_of_the_pursued(before: list[str], locs: _Locatives) -> bool:
    """The main clause arrests, hunts or rescues the one the relative clause identifies by a
    deed ("Police arrested a man who set fire to a mosque in Birmingham", "Die Polizei hat
    einen Mann festgenommen, der in Köln ...", "Les secours ont sauvé un enfant qui était tombé
    dans un puits près de Nice"): a verb of ``pursuit_verbs`` among the last words of
    ``before``, the main clause's words before the pronoun, so that the pronoun's noun is its
    object, not a noun further on ("hunting the killer of a teenager who grew up in Jamaica").
    An arrest, a hunt, a rescue of the doer or the victim of a deed happens where the deed did,
    so that place is the event's. A judgment is not one: it is given at the court, the
    dateline's place ("a judge jailed a man who attacked a driver in Bolton")."""
    return any(fold(w) in locs.pursuit for w in before[-PURSUED_WINDOW:])


def _new_subject(before: list[str], locs: _Locatives) -> bool:
    """The relative clause identifies the lead's subject, new to the reader, by what happened
    ("A man who was shot in Leeds has died", "Ein Mann, der in Hamburg ... verletzt hatte,
    wurde festgenommen"): ``before``, the words of the clause before the pronoun (as written),
    end with an indefinite article and at most two words after it, and only the dateline
    stands before the article. The news follows from that deed, so its place is the event's."""
    tail = range(len(before) - 1, max(-1, len(before) - 4), -1)
    art = next((i for i in tail if fold(before[i]) in locs.indefinite), None)
    return art is not None and not any(_LOWER.match(w) for w in before[:art])


def _relative(window: str, clause: str, near: list[str], locs: _Locatives) -> bool:
    """The locative sits in a relative clause: a relative pronoun of the text's language a few
    words before it, in its clause ("the girlfriend of the drug dealer who hanged himself in a
    Georgia jail agreed to a plea deal", "ein Gesetz, das in einem Gebiet von Deutschland
    gilt", "le club a recruté un attaquant qui a joué en Italie"). The clause describes a noun
    of the lead by what it did or what holds of it; the lead's event is its main clause's; not
    when it identifies a new subject (``_new_subject``) or one the main clause arrests, hunts or
    rescues (``_deed_of_the_pursued``). German
    and Dutch pronouns are also articles and set their clause off by a comma: they count only
    as its first word. English "that" is left out: after a verb it opens what was said ("said
    that 20 died in X"), the event itself, but right before a verb whose object is the place
    it is the verb's subject ("the hurricane that struck Japan", "la dana que azotó Valencia"):
    a relative clause (``relative_before_verb``)."""
    if (
        locs.relative.isdisjoint(near)
        and (not near or near[0] not in locs.relative_first)
        and locs.that.isdisjoint(near)
    ):
        return False  # most clauses: no relative pronoun among its last words (one set test)
    at = next((i for i in range(len(near) - 1, -1, -1) if near[i] in locs.words), None)
    if at is None:  # "a wooded area of X": no locative read before the place in the window
        return False
    lo = max(0, at - RELATIVE_WINDOW)
    pronoun = next((i for i in range(at - 1, lo - 1, -1) if near[i] in locs.relative), None)
    # "the hurricane that struck", "il ciclone che ha colpito": a perfect's auxiliary between
    that = at - 2 if at > 1 and near[at - 1] in locs.perfect else at - 1
    if pronoun is None and that >= 0 and near[that] in locs.that:
        pronoun = that if near[at] in locs.verbs else None
    if pronoun is not None:
        written = _WORDS.findall(clause)  # ``near`` is its last words
        before = written[: len(written) - len(near) + pronoun]
        return not (_new_subject(before, locs) or _deed_of_the_pursued(before, locs))
    if near[0] not in locs.relative_first or len(near) >= PHRASE_WINDOW or at > RELATIVE_WINDOW:
        return False
    if len(clause) >= len(window) or window[-len(clause) - 1] != ",":
        return False
    before = _WORDS.findall(_CLAUSE_END.split(window)[-2])
    return not (_new_subject(before, locs) or _deed_of_the_pursued(before, locs))


# a name, its age between commas if given, a comma and the word before the place
_HOME = re.compile(r"\b([^\W\d_][\w.'’-]*),(?: \(?\d{1,3}\)?,)? ([^\W\d_]+) $")


def _home(text: str, m: Mention) -> bool:
    """The place is where a person named right before it lives, set off by commas ("Gregory
    Crolley, 42, of Swansea,", "Tim Grendell, from Chesterland,", "Juan Pérez, de Sevilla,"):
    a capitalised word (not a weekday or month), a comma, an age if given, the language's word
    for a home (``home_before``), and the place, closed by a comma or the sentence's end."""
    if text[m.end : m.end + 1] not in (",", ".", ";"):
        return False
    before = _HOME.search(text, max(0, m.start - 60), m.start)
    if before is None or before.end() != m.start:
        return False
    name, word = before.group(1), before.group(2)
    w = words()
    return name[0].isupper() and fold(word) in w["home_before"] and fold(name) not in w["calendar"]


def _modifier(text: str, m: Mention, locs: _Locatives) -> bool:
    """A place that says who or what rather than where: a person's home, a part of a
    hyphenated word, a road's name (``_route``), a country opening a public body's name
    (``_body``), or a US state's abbreviation before a noun and after no locative ("a Ga.
    pastor", "Western Mass. stargazers": whose, not where, as "Russian troops")."""
    return (
        _home(text, m)
        or _in_compound(text, m)
        or _route(text, m)
        or _body(text, m)
        or (
            m.place in geodata.US_STATE_ABBREVIATIONS
            and lower_after(text, m.end)
            and _locative_at(text, m.start, locs) is None
        )
    )


# a route's number after a state's name: "Ohio 63", "W.Va. 61", "Texas 121" (not a year, a
# number going on, "Ohio 2009", "Texas 1,200", a range or score, "Ohio 6-3", nor a share or a
# count of points, "rose in Ohio 22 percent", "Texas 8%": no road is numbered so)
_ROUTE = re.compile(
    r" \d{1,3}(?![\d,.:/–-]\d)(?!\d)(?![ \xa0]?%|[ \xa0](?:percent|per cent|points?)\b)"
)


# the capitalised word right after a name ("Department" in "United States Department of ...")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def _body(text: str, m: Mention) -> bool:
    """A country named as the first word of a public body's name ("the United States Department
    of Justice", "a U.S. District Judge", "the U.S. Agency for International Development"):
    whose body acts, not where the event is (a town's own body, "Boston City Council", sits in
    the town: not read so; nor is a service, a building or an area that stands in the country,
    "Singapore Police", "Hong Kong Airport"). A word in lower case after it ("U.S. officials")
    is no name."""
    if m.kind != "country":
        return False
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None:
        return False
    w = words()
    k = fold(nxt.group(1))
    return k in w["institution_of"] or (k in w["civic_after"] and k not in w["seated_after"])


def _route(text: str, m: Mention) -> bool:
    """A US state named with a number is a state road ("extend Ohio 63 west", "closure of W.Va.
    61"): which road, not where the event is; the road's own place is said elsewhere."""
    return (
        m.kind == "region"
        and m.location.country_code == "US"
        and _first_order(m.location)
        and _ROUTE.match(text, m.end) is not None
    )


_ORIGIN_SKIP = frozenset(("the", "either", "both"))  # "imported from either the US or Canada"
_LIST_JOINS = (", ", " and ", " or ", ", and ", ", or ")


def _origins(text: str, mentions: list[Mention]) -> Callable[[Mention], bool]:
    """Whether a place is named as where goods or people came from ("beef imports from the
    United States", "imported from either the United States or Canada", "people from as far as
    Texas and Washington"): an origin, not where the event happened, as a person's home is not
    (``_modifier``); a place listed right after one is an origin too. Each place's answer is
    kept, and the place listed before it found by where it ends, so a list of n places costs n
    looks, not n cubed (a tariff table of 250 countries took 10 s)."""
    before: dict[int, Mention] = {}  # where a mention ends -> the first mention ending there
    for x in mentions:
        before.setdefault(x.end, x)
    known: dict[int, bool] = {}  # id of a mention -> whether it is an origin

    def origin(m: Mention) -> bool:
        chain: list[Mention] = []
        got = False
        while (seen := known.get(id(m))) is None:
            chain.append(m)
            if _after_origin(text, m):
                got = True
                break
            prev = next(
                (
                    x
                    for join in _LIST_JOINS
                    if text.endswith(join, 0, m.start)
                    and (x := before.get(m.start - len(join))) is not None
                ),
                None,
            )
            if prev is None:
                break  # most places: no list before them
            m = prev
        else:
            got = seen
        for x in chain:
            known[id(x)] = got
        return got

    return origin


def _after_origin(text: str, m: Mention) -> bool:
    """One of the phrases of an origin (``origin_before``) right before the place, with only
    articles between ("imports from the")."""
    before = [fold(x) for x in _WORDS.findall(text[max(0, m.start - 50) : m.start])]
    phrases, skip = words()["origin_before"], words()["whole_before"] | _ORIGIN_SKIP
    while before:
        tail = " ".join(before[-4:])  # "as far as": "as" is an article too (Portuguese)
        if any(tail == p or tail.endswith(" " + p) for p in phrases):
            return True
        if before[-1] not in skip:
            return False
        before.pop()
    return False


@cache  # fixed data
def _origin_keys() -> tuple[str, ...]:
    """A few letters of each phrase of an origin after its first (in any case at a sentence's
    start: "Imports from", "mport"): a text holding none of them names no origin, found by a
    few substring tests a text instead of reading the words before each place."""
    return tuple(sorted({p[1:6] for p in _as_written("origin_before")}))


def _in_compound(text: str, m: Mention) -> bool:
    """The place is one part of a hyphenated word ("a Denver-based firm", "Rep. Lee,
    D-Oakland", "Egypt-US relations"): a modifier saying who or what, not where it happened
    (``geo.mentions`` reads such parts in English)."""
    e, s = m.end, m.start
    return (text[e : e + 1] == "-" and text[e + 1 : e + 2].isalpha()) or (
        s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha()
    )


_POSSESSIVE = re.compile(r"['’]s?\b")
# a score shortly after a name ("Paraguay won 1 - 0", "Noorwegen, dat IJsland met 24 - 6"): a team
_SCORE = re.compile(r"[^.;:!?\d]{0,40}?\b\d{1,3} ?[-–:] ?\d{1,3}\b(?![-–:/.]?\d)")


def _actor(text: str, m: Mention) -> bool:
    """The name owns something ("Jordan's king") or speaks ("Moscow warned")."""
    if _POSSESSIVE.match(text, m.end):
        return True
    after = _WORDS.match(text, m.end + 1) if text[m.end : m.end + 1] == " " else None
    return after is not None and fold(after.group()) in words()["actor_verbs"]


_PLURAL_ENDINGS = ("s", "en", "e", "i")  # firms, bedrijven, Konzerne, imprese, cittadini


def _for_a_noun(text: str, m: Mention, locs: _Locatives) -> bool:
    """The locative says which ones of a plural noun after "for" ("tax breaks for firms in
    Ireland", "für Konzerne in Luxemburg", "pour les entreprises en France"): whom something
    is for, not where it happened. Only that noun (and its article) between "for" and the
    locative; a singular one is often what a verb is for ("queued for food in Gaza")."""
    window = text[max(0, m.start - 80) : m.start]
    if not any(f" {word} " in window for word in _as_written("background_for")):
        return False  # most locatives: a few substring tests, no words taken apart
    w = words()
    before = [fold(x) for x in _WORDS.findall(window)[-6:]]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in locs.words:
            rest = [k for k in before[:i] if k not in w["whole_before"]]
            return (
                len(rest) >= 2
                and rest[-2] in w["background_for"]
                and rest[-1].endswith(_PLURAL_ENDINGS)
            )
        if before[i] not in w["whole_before"]:
            return False
    return False


def _whole(text: str, m: Mention, locs: _Locatives) -> bool:
    """A land the lead spreads the event across: a locative that says so ("across",
    "throughout") or a word for all of it after one ("in ganz Syrien", "in all of Syria", "in
    tutta l'Italia"), only articles between, no compass word, part or adjective ("in eastern
    India" is a loose half of it), not background. A bare "in X" ("the election in Chile"
    under SANTIAGO) leaves the dateline: the labels keep it, the capital reports its land."""
    window = text[max(0, m.start - 60) : m.start]
    low = window.lower()
    if not any(word in low for word in _as_written("spread_words")):
        return False  # most places: a few substring tests, no words taken apart
    w = words()
    whole, spread = w["whole_before"], w["spread_words"]
    before = _WORDS.findall(window)
    said = False  # a word that spreads it: across, throughout, ganz, tutto
    for i in range(len(before) - 1, max(-1, len(before) - 1 - LOCATIVE_WINDOW), -1):
        k = fold(before[i])
        said = said or k in spread
        if k in locs.words:
            prev = fold(before[i - 1]) if i > 0 else ""
            return said and not _background(text, m, prev, locs)
        if k not in whole and k not in spread:
            return False
    return False


def _tallied(text: str, m: Mention, locs: _Locatives) -> bool:
    """A land the lead tallies the event in: a passive of recording right before its locative
    ("ten homicides were recorded in Espírito Santo", "foram registrados no", "ont été
    recensés en"): the count is of the whole land, its towns each one part, as "statewide"
    says (``_counted_across``). A participle without its auxiliary describes a noun ("voters
    registered in Texas", "revenue reported in the U.S.", "casi registrati in Italia"): the
    lead's event may be elsewhere, so it does not count; nor does a place owning what follows
    ("losses reported in Canada's banks"), nor an English present passive, which says what holds
    as a rule ("companies are registered in Delaware"), nor English "registered in" a land, a
    registration with it ("the sale was registered in Washington state")."""
    near = text[max(0, m.start - 40) : m.start].lower().split()[-4:]
    if _tally_written().isdisjoint(near):
        return False  # most leads: four words split off, none folded
    prev = _locative_at(text, m.start, locs)
    w = words()
    if not prev or prev not in w["tally_participles"] or _POSSESSIVE.match(text, m.end):
        return False
    before = [fold(x) for x in _WORDS.findall(text[max(0, m.start - 80) : m.start])]
    at = len(before) - 1 - before[::-1].index(prev)
    return at > 0 and before[at - 1] in w["passive_auxiliaries"]


@cache  # one fixed list of the data
def _tally_written() -> frozenset[str]:
    """``tally_participles`` as written, in lower case: the cheap test before ``_tallied``
    takes words apart."""
    return frozenset(w.lower() for w in _as_written("tally_participles"))


def _spread_land(
    text: str, lead: list[Mention], m: Mention, locs: _Locatives, end: int
) -> Mention | None:
    """Without a dateline, the land (a country or region) holding ``m`` that the lead spreads
    the event across ("floods across Georgia", "in all of Kenya") or counts across ("statewide",
    "nationwide"): the event is the whole land's, and a town of it the lead names is one part
    (as ``_whole`` and ``_counted_across`` read it under a dateline). None when there is none."""
    lands = [
        x
        for x in lead
        if x is not m and x.kind in ("country", "region") and _contains(x, m.location)
    ]
    if not lands:
        return None
    return next(
        (x for x in lands if _counted_across(text, 0, end, x.kind) or _whole(text, x, locs)),
        None,
    )


OUTBREAK_WORDS = 3  # words read on either side of a demonym for a word of an outbreak


def _outbreak_land(text: str, named: list, m: Mention, end: int) -> Mention | None:
    """Without a dateline, the demonym the lead tells an outbreak by ("the Haitian cholera
    outbreak", "de Haïtiaanse cholera-uitbraak": a word of ``outbreak_nouns`` within
    ``OUTBREAK_WORDS`` words of it, no punctuation between; a demonym the mention index reads,
    so not a Romance language's in lower case, "el brote de cólera haitiano") when
    ``m``, the place chosen, is a smaller place of that country that no locative introduces:
    the outbreak is the whole country's, a town named otherwise one part of it ("fears that it
    will spread to Port-au-Prince"). A town the lead introduces as where ("killed 20 in
    Saint-Marc") stays. None otherwise."""
    if m.kind == "country":
        return None
    nouns = words()["outbreak_nouns"]
    for x in named:
        if not (
            isinstance(x, Mention)
            and x.kind == "demonym"
            and x.start < end
            and x.location.resolved
            and x.location.country_code == m.location.country_code
        ):
            continue
        after = re.split(r"[^\w\s'’-]", text[x.end : x.end + 60], maxsplit=1)[0]
        before = re.split(r"[^\w\s'’-]", text[max(0, x.start - 60) : x.start])[-1]
        near = _WORDS.findall(before)[-OUTBREAK_WORDS:] + _WORDS.findall(after)[:OUTBREAK_WORDS]
        if any(fold(w).endswith(n) for w in near for n in nouns):
            return x
    return None


def _authorities_land(
    text: str, given: list, start: int, end: int, locs: _Locatives
) -> tuple[Mention, str] | None:
    """The nation whose own authorities act in the lead ("French police arrested three men",
    "die französische Polizei", "la policía francesa": a demonym right beside a word of
    ``authority_nouns``), for a text that names no other place: a nation's police, government,
    courts act within its borders, so the event is there, at country precision. None when no
    such demonym stands in the lead, or those there are of two nations ("French police handed
    him to Belgian authorities": the text does not say whose land). With the demonym, the words
    it stands in ("French police"), for the reason."""
    found = None
    for x in given:
        if (
            isinstance(x, Mention)
            and x.kind == "demonym"
            and start <= x.start < end
            and x.location.resolved
            and (named := _with_authority(text, x, locs))
        ):
            if found is not None and found[0].location.country_code != x.location.country_code:
                return None
            found = found or (x, named)
    return found


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _with_authority(text: str, m: Mention, locs: _Locatives) -> str:
    """The demonym with the authority noun beside it ("French police", "police française"),
    or "" when no such noun stands right beside it (the side its language writes)."""
    nouns, sides = locs.authorities
    for side in sides:
        if side > 0:
            w = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
            if w is not None and fold(w.group(1)) in nouns:
                return text[w.start(1) : m.end]
        else:
            w = _WORD_AFTER.match(text, m.end)
            if w is not None and fold(w.group(1)) in nouns:
                return text[m.start : w.end(1)]
    return ""


def _counted_across(text: str, start: int, end: int, kind: str) -> bool:
    """The lead counts across a land of ``kind`` ("the statewide total", "landesweit",
    "nationwide"; in lower case: "Nationwide Children's Hospital" is a name). A region is not
    counted across by a word for the whole nation ("Columbus police ... as Ohio officials
    reported a nationwide rise": the nation's count, not Ohio's)."""
    spread, pattern = _counting_words(kind)
    lead = text[start:end]
    if not any(word in lead for word in spread):
        return False  # most leads: one substring test a word, no words taken apart
    return _any_word(pattern, text, start, end)


@cache  # two kinds of land
def _counting_words(kind: str) -> tuple[tuple[str, ...], re.Pattern]:
    """The words that count across a land of ``kind`` (``spread_adjectives``; for a region not
    those of ``nation_adjectives``) and their pattern (``_word_pattern``)."""
    nation = frozenset(_as_written("nation_adjectives")) if kind != "country" else frozenset()
    spread = tuple(w for w in _as_written("spread_adjectives") if w not in nation)
    return spread, _word_pattern(spread)


def _any_word(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether one of the pattern's words stands whole in ``text[start:end]`` (the pattern
    starts with the words themselves, so the search skips ahead on their first letters; the
    letter before a match is looked at here)."""
    for hit in pattern.finditer(text, start, end):
        at = hit.start()
        if at == 0 or not text[at - 1].isalpha():
            return True
    return False


@cache  # a few fixed keys of the data
def _as_written(key: str) -> tuple[str, ...]:
    """A list of ``mention_words.json`` as written (not folded)."""
    return tuple(words_as_written()[key])


@cache  # a few fixed keys of the data
def _written(key: str) -> re.Pattern:
    """The words of a list of ``mention_words.json`` as written, not followed by a letter
    (``_any_word`` checks the one before): one search over a stretch of text instead of
    folding each of its words."""
    return _word_pattern(_as_written(key))


def _word_pattern(written: tuple[str, ...]) -> re.Pattern:
    """Words as written, the longest first, not followed by a letter (``_written``)."""
    alts = "|".join(map(re.escape, sorted(written, key=len, reverse=True)))
    return re.compile(r"(?:" + alts + r")(?![^\W\d_])")


def _joint_parts(dl: Location, given) -> tuple[str, ...]:
    """The places of the dateline, the first its own (see ``choose_focus``): those the parser
    read when given (more than one: a joint dateline), else those of the resolved name."""
    if isinstance(given, (tuple, list)) and given:
        return tuple(given)
    return joint_places(dl.query or "")


def _joint_inside(
    m: Mention, parts: tuple[str, ...], text: str, resolver, home=None
) -> Location | None:
    """The place of a joint dateline ("VATIKANSTADT/QUITO") inside the lead's land ("in
    Ecuador"): the story was put together there, the more precise of the two."""
    if len(parts) < 2 or m.kind not in ("country", "region"):
        return None
    if resolver is None:  # the default resolver itself, not a mention index built for it
        from geo.service import get_resolver

        resolver = get_resolver().resolver
    for name in parts[1:]:
        q = PlaceQuery(name, None, text)
        loc = resolver.resolve(q) if home is None else resolver.resolve(q, home)
        if loc is not None and loc.resolved and _contains(m, loc):
            return replace(loc, query=name)
    return None


def _joint(lead: list[Mention], dl: Location, parts: tuple[str, ...]) -> Mention | None:
    """A joint dateline ("Tel Aviv/Beirut") names every place the story was put together in;
    the one of them the lead names is where the event is."""
    if len(parts) < 2:
        return None
    others = {fold(p) for p in parts} - {fold(dl.name or "")}
    for m in lead:
        if not _same(m, dl) and (fold(m.place) in others or fold(m.location.name or "") in others):
            return m
    return None


def _part(text: str, m: Mention, locs: _Locatives) -> bool:
    """A compass part of a place, said as a noun ("le nord du Québec", "the north of Quebec",
    "het noorden van", "im Norden Afghanistans"), or an unnamed spot of it ("a wooded area of
    Dagestan", "una zona de": an indefinite article before the noun, somewhere in it that is
    no town named; "the area of Texas hit hardest" may be the dateline's own): it says where by
    itself, with or without a locative before it. An adjective ("Southern California") is left
    to the locative: it is often part of a name. Not a place that owns what follows ("an area
    of Afghanistan's Helmand province": the province's)."""
    w = words()
    seen_of = False
    for word in reversed(_WORDS.findall(text[max(0, m.start - 40) : m.start])[-4:]):
        k = fold(word)
        if k in w["part_of"]:
            seen_of = True
        elif k in w["compass_nouns"]:
            # a noun that takes its place in the genitive: "im Norden Afghanistans"
            return not _POSSESSIVE.match(text, m.end)
        elif k in w["compass"]:
            return seen_of and not _POSSESSIVE.match(text, m.end)  # "the north of Quebec"
        elif k in w["part_nouns"]:  # "a wooded area of", "een bosrijk gebied van"
            return seen_of and _spot(text, m, word, locs)
        elif k not in w["locative_skip"]:
            return False
    return False


def _spot(text: str, m: Mention, noun: str, locs: _Locatives) -> bool:
    """Whether the part noun before ``m`` is an unnamed spot: an indefinite article of the
    text's language at most one word before it ("a wooded area of", "una zona de"), and ``m``
    owns nothing after it. English "a" is the Portuguese article "the" ("a área de Santa
    Catarina mais atingida") and a Spanish or French preposition ("a la zona de", "à la
    zone de"): the area named there is a definite one, which may be the dateline's own."""
    before = _WORDS.findall(text[max(0, m.start - 60) : m.start])
    if noun not in before:
        return False  # ``_part``'s shorter window cut a word ("o|zone of"): no noun there
    at = len(before) - 1 - before[::-1].index(noun)
    spot = before[max(0, at - 2) : at]
    return not _POSSESSIVE.match(text, m.end) and any(fold(x) in locs.indefinite for x in spot)


@lru_cache(maxsize=1)
def _demonym_stems() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for stems in geodata.DEMONYMS.values():
        for s in stems:
            f = fold(s)
            out.setdefault(f[:4], []).append(f)
    return {k: tuple(v) for k, v in out.items()}


def _adjective(key: str) -> bool:
    """A country adjective ("oekraiense", "russian"): it may stand between "in" and a place.
    A loop over the stems of its first four letters (most words: none), not ``any`` over a
    generator, which is made at every word read before a place."""
    for stem in _demonym_stems().get(key[:4], ()):  # noqa: SIM110 - no generator a word
        if key.startswith(stem):
            return True
    return False


def _said(text: str, m: Mention, locs: _Locatives) -> str:
    """How the lead places ``m``: the words before it (``_before``), or, when a participle after
    it says it was struck ("Bayern wurde von einem Unwetter getroffen"), the words after it."""
    if _locative_at(text, m.start, locs) is not None or not _struck_after(text, m, locs):
        return _before(text, m)
    stop = _CLAUSE_END.search(text, m.end, m.end + 60)
    return " ".join([m.place, *text[m.end : stop.start() if stop else m.end + 60].split()[:4]])


def _before(text: str, m: Mention) -> str:
    """The mention with the few words before it, for a reason a reader can check."""
    head = text[max(0, m.start - 30) : m.start].split()
    return " ".join(head[-3:] + [m.place])
