"""The dateline grammar: find ``PLACE (AGENCY) -`` and its many cousins in wire and web copy.

A dateline is a short, fixed-shape phrase: one or more places as written, perhaps a region or
country, perhaps a date, perhaps an agency credit, then a separator. Agencies and languages
vary the pieces, not the shape, so the grammar is a handful of precompiled regular expressions
(one per shape) plus a few plain rules that decide whether a match is trustworthy:

* ``PLACE [(QUAL)] [, QUAL] [, DATE] [CREDIT] [SEP]`` -- ANP, AP, Reuters, AFP, dpa, EFE...
* ``(CREDIT) - PLACE [, DATE] -`` -- ANSA and other "credit first" houses.
* ``(CREDIT) [SEP]``, ``DATE (CREDIT) SEP``, ``AGENCY SEP`` -- credits with no place.
* ``PLACEBody`` -- an all-caps place glued to the body ("NEW YORKFewer..."), brief start only.
* newspaper and web forms: ``Place.`` / ``PLACE.`` ("Roma.", "MODENA."), ``PLACE Body`` with the
  separator lost ("NEW YORK U.S. stocks ..."), ``(Place)`` ("(Québec) « ..."), a byline or a
  topic slug before the dateline, and ``Place –`` after a lead on the same line.

The trust rules. A *strong* dateline has an agency credit, or is in capitals with a real
separator, or carries a date, and sits where a brief starts (text start, line start, after a
wide gap or an age marker); it is read on its shape alone. Anywhere else a credit is required,
and inside running text only a *known* agency credit will do. Every other dateline is *weak*
(title case, a full stop for a separator, no separator, a sentence start inside a line): it
counts only when the caller's ``is_place`` (a gazetteer; ``parsing`` imports none) knows the
place, and a strong dateline with no credit must then name a known place too (or one the body
names again), so "TEMPERATUUR -" is a section slug. Either way the place looks like a place
(few words, no kicker words, no bare acronym) and a sentence follows: a capital, a digit or a
quote (not "PSV 2-1", not a breadcrumb, not a headline's rest: "Röszke: Gewaltausbruch ..."
then a line break; a lower-case word only after a large city, "Roma - il governo ..."). That
keeps "NUEVA YORK se mantiene...", headlines, kickers and bylines out.

Every quantifier is bounded and every search window is bounded, so hostile input (10 MB on one
line, NUL bytes, endless whitespace) costs linear time; the gazetteer is asked once per
candidate place, never per character.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from parsing.agencies import (
    BARE_SPELLINGS,
    BYLINE_LINKS,
    BYLINE_WORDS,
    CREDIT_LINKS,
    KICKER_WORDS,
    LEAD_PREPOSITIONS,
    LETTER_OPENINGS,
    LINE_BYLINE_WORDS,
    NAME_PARTICLES,
    NEWSROOM_WORDS,
    NOT_NAME_WORDS,
    PLACE_CONJUNCTIONS,
    PLACE_JOINERS,
    PLACE_PARTICLES,
    PLACE_WORDS,
    POST_WORDS,
    SECTION_WORDS,
    canonical_agency,
    is_dpa_regional,
)
from parsing.languages import LANGUAGES
from parsing.pagewords import CHROME_BY_FIRST, STAMP_WORDS
from parsing.records import Dateline
from parsing.repair import marks_table
from parsing.timeparse import STAMP_FIRST, ZONE_WORDS, resolve_stamp
from parsing.timewords import (
    ALL_DAY_ORDINALS,
    ALL_WEEKDAYS,
    CLOCK_LINKS,
    CLOCK_TAILS,
    DATE_ARTICLES,
    DATE_LINKS,
    DAY_MARKS,
    MONTHS,
    WEEKDAY_ABBRS,
    YEAR_MARKS,
)

__all__ = ["find_dateline", "find_datelines", "MAX_DATELINE_LEN", "PlaceCheck"]

# A dateline never runs longer than this; it bounds every match window.
MAX_DATELINE_LEN = 200


def _char_class(pred: Callable[[str], bool]) -> str:
    """A regex character class body for the Latin, Greek and Cyrillic letters matching pred.

    ``re`` has no ``\\p{Lu}``; building the class once from ``str.isupper`` keeps accented
    capitals (Ü, Ç, Ž, Ш) working without a third-party regex engine.
    """
    blocks = ((0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF))
    points = [c for lo, hi in blocks for c in range(lo, hi + 1) if pred(chr(c))]
    parts: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        a, b = chr(points[i]), chr(points[j])
        parts.append(re.escape(a) if i == j else f"{re.escape(a)}-{re.escape(b)}")
        i = j + 1
    return "".join(parts)


# A branch point of a trie with this many next characters or more is guarded by a look-ahead
# for them: ``re`` tries a branch's alternatives in turn, one test each, while a character
# class is one test (the month names open with 110 different characters).
_TRIE_GUARD = 8


def _trie(words: list[str]) -> str:
    """A regex matching exactly the given words, built as a trie so that ``re`` tests one
    character per branch point instead of trying hundreds of alternatives in turn."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if len(branches) >= _TRIE_GUARD:  # the same words: a branch needs one of them next
            body = "(?=[" + "".join(re.escape(ch) for ch in sorted(node) if ch) + "])" + body
        if end:
            return f"(?:{body})?"
        return body

    return "(?:" + emit(root) + ")"


UP = _char_class(lambda c: c.isalpha() and c.isupper())
LO = _char_class(lambda c: c.isalpha() and c.islower())
LET = _char_class(str.isalpha)

_SP = r"[ \t\xa0]"
# Words are matched possessively ("{m,n}+"): a word never needs to give back letters, and
# not backtracking into it keeps failed attempts cheap.
# A word is first read as one run of its class (one step of ``re``, not one per character), up
# to 30 (a longer run stops there, as the units did); only a run a hyphen follows ("WINSTON-",
# or a hyphen right after the 30th) is read again unit by unit as before: the same units either
# way (tests/test_exact_patterns.py).
# Dutch "'s-HERTOGENBOSCH", "'s-Gravenhage" open with an elided article.
# Romanised names carry an ayin or okina ("DAR‘Ā", "Qo‘qon", "‘ABASĀN") and combining marks
# ("PETAH̱ TIQVA"): they belong to the word, as do its apostrophes.
_ELIDED = r"(?:['’][sS]-|[‘ʻ](?=[^\W\d_]))?"
_MARK = "\u0300-\u036f"
# A hyphen joins the parts of a word ("WINSTON-SALEM"), never a stop and what follows it: in
# "SUECIA.-Su" the ".-" is the separator.
_UWORD = (
    rf"{_ELIDED}[{UP}]"
    rf"(?>[{UP}{_MARK}'’‘ʻ.]{{1,30}}+(?!-)|(?:[{UP}{_MARK}'’‘ʻ.]|(?<!\.)-(?=[{UP}])){{1,30}}+)"
)
_TWORD = (
    rf"{_ELIDED}[{UP}](?:['’‘ʻ][{UP}])?[{LO}]"
    rf"(?>[{LET}{_MARK}'’‘ʻ.]{{0,30}}+(?!-)|(?:[{LET}{_MARK}'’‘ʻ.]|(?<!\.)-(?=[{LET}])){{0,30}}+)"
)
_LWORD = rf"[{LO}](?>[{LO}{_MARK}'’‘ʻ.]{{1,30}}+(?!-)|(?:[{LO}{_MARK}'’‘ʻ.]|-(?=[{LO}])){{1,30}}+)"
# A district number inside a credited place ("LYON 05", "PARIS 13E ARRONDISSEMENT", "SECTOR 5").
_NUM = rf"\d{{1,2}}(?:[{LET}]{{1,2}})?(?![\d{LET}.:])"
# A one-letter word inside an all-caps place ("TSEUNG KWAN O", "TREINTA Y TRES"), not first.
_UONE = rf"[{UP}](?![{LET}{_MARK}'’‘.\-])"
# A one-letter article opening a place ("A CORUÑA", "O Porriño"): the particles of one letter.
_ARTS = "".join(sorted(w.upper() for w in PLACE_PARTICLES if len(w) == 1))
_ART = rf"(?:[{_ARTS}]{_SP}(?=[{UP}]))?"
_JOIN = _trie(list(PLACE_JOINERS))
_TLINK = rf"{_SP}(?:{_JOIN}{_SP}){{0,3}}(?:[dlDL]['’])?"
_USEG = rf"{_ART}{_UWORD}(?:{_SP}(?:{_UWORD}|{_NUM}|{_UONE})){{0,6}}"
# A small word that ends a place in its language's spelling ("Novo mesto"), after a Title word.
_TEND = rf"(?:{_SP}(?:{_trie(list(PLACE_WORDS))})(?![{LET}{_MARK}'’‘.\-]))?" if PLACE_WORDS else ""
_TSEG = rf"{_ART}{_TWORD}(?:{_TLINK}(?:{_TWORD}|{_NUM})){{0,4}}{_TEND}"
_LSEG = rf"{_LWORD}(?:{_SP}{_LWORD}){{0,2}}"
# Which of a segment's three forms can open at a place's start is in its first two characters:
# a capital then another, a mark, a stop, a hyphen or a blank ("NEW", "A CORUÑA") for one in
# capitals, a capital then a small letter, an apostrophe or a blank ("Rio", "O Porriño") for one
# in title case, an elided article ("'s-", "‘A") for either. Each look-ahead is what its form
# opens with, read before the form's optional article and elision are entered: a form that cannot
# open fails on one test (speed45; the same matches: tests/test_exact_cuts_seg.py).
_USEG_OPENS = rf"(?=[{UP}][{UP}{_MARK}'’‘ʻ.\- \t\xa0]|['’‘ʻ])"
_TSEG_OPENS = rf"(?=[{UP}][{LO}'’‘ʻ \t\xa0]|['’‘ʻ])"
_SEG = rf"(?:{_USEG_OPENS}{_USEG}|{_TSEG_OPENS}{_TSEG}|{_LSEG})"
_PLACE = rf"(?P<place>{_SEG}(?:{_SP}?/{_SP}?{_SEG}){{0,5}})"

_MONTH_WORDS = sorted({m for names in MONTHS.values() for m in names}, key=len, reverse=True)
# Each name as the copy writes it (small, Title, capitals), matched case-sensitively: a trie of
# literals is much cheaper to test than one read case-insensitively.
_MONTH_SPELLINGS = sorted(
    {v for m in _MONTH_WORDS for v in (m, m.capitalize(), m.title(), m.upper())}
)
_MONTH = _trie(_MONTH_SPELLINGS) + rf"(?![{LET}])"
# A day may be followed by its language's "day" ("gruodžio 5 d.").
_DAY_MARK = rf"(?:{_SP}{_trie(sorted({w for ws in DAY_MARKS.values() for w in ws}))}(?![{LET}]))?"
_DATE_EN = rf"{_MONTH}\.?{_SP}\d{{1,2}}(?:st|nd|rd|th)?(?!\d){_DAY_MARK}(?:,?{_SP}\d{{4}}(?!\d))?"
# A year may be followed by its language's "of the year" ("5 grudnia 2026 r.", "3.12.2026 r.",
# "3.12.2026 г."; CLDR's Bulgarian pattern puts a narrow no-break space before it), only after a
# year's four figures (a date in figures may have none).
_YEAR_MARK_WORDS = sorted({w for ws in YEAR_MARKS.values() for w in ws})
_YEAR_MARK = rf"(?:(?<=\d\d\d\d)[ \t\xa0\u202f]?{_trie(_YEAR_MARK_WORDS)}(?![{LET}]))?"
# The words between day, month and year ("17 de noviembre del 2025"), and those a month's vowel
# elides ("3 d'abril", Catalan), from the language files; a day's ordinal mark ("1er janvier",
# "1º de enero", each language's ``time.day_ordinals``) as ``timeparse`` reads it.
_LINK_WORDS = sorted({w for ws in DATE_LINKS.values() for w in ws if w[-1:] not in "'’"})
_LINK_ELIDED = sorted({w for ws in DATE_LINKS.values() for w in ws if w[-1:] in "'’"})
_DLINK = rf"{_trie(_LINK_WORDS)}{_SP}"
_ORDINAL = _trie(list(ALL_DAY_ORDINALS))
_DATE_EU = (
    rf"\d{{1,2}}(?:{_ORDINAL})?\.?{_SP}(?:{_DLINK}|{_trie(_LINK_ELIDED)})?{_MONTH}\.?"
    rf"(?:,?{_SP}(?:{_DLINK})?\d{{4}}(?!\d){_YEAR_MARK})?"
)
# A date in figures, only after the place's comma: day and month each with a stop
# ("Ljubljana, 4. 12. (STA) -", "Berlin, 4.12.2025 -"; not "Stand 4.12.2025:"), or day, month and
# year with slashes ("Brasília, 05/12/2026 -": a year, so that "24/7" is no date). Day and month
# in either order ("Budapest, 12. 13. (MTI)", "WASHINGTON, 12/13/2026"): which is which is the
# language's (``timeparse.resolve_dateline_date``), the grammar only needs one of them a month.
_DAY, _MON = r"(?:[0-2]?\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_DOT = rf"\.{_SP}?"
_DATE_NUM = (
    rf"(?:(?:{_DAY}{_DOT}{_MON}|{_MON}{_DOT}{_DAY})\.(?:{_SP}?(?:19|20)\d\d)?"
    rf"|(?:{_DAY}/{_MON}|{_MON}/{_DAY})/(?:19|20)\d\d)(?![\d{LET}])"
)
# The other dates in figures papers print after the place (place50), each as its language's
# locale writes it (CLDR's short and medium date patterns): day, month and year with hyphens
# ("Amsterdam, 3-12-2026 -", Dutch), the year first with hyphens (ISO, "Stockholm 2026-12-03
# –", Nordic papers, even after a blank), day and month with a slash and no year ("Lille, 03/12
# -": the month in two figures, so a fraction or "24/7" is none) or with a hyphen and a leading
# zero ("03-12": a score's "3-1" or "3-12" is none), and a year's mark after the year ("Warszawa,
# 3.12.2026 r."). Which figure is the day is the language's, as for ``_DATE_NUM``. One figure
# over ten ("3/10") may be a review's mark: ``_mark_out_of_ten`` decides after the match.
_YEAR = r"(?:19|20)\d\d(?!\d)"
_MON2, _DAY2 = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
_DATE_ISO = rf"{_YEAR}-{_MON2}-{_DAY2}(?![\d{LET}])"
_DATE_FIG = (
    rf"(?:(?:{_DAY}-{_MON}|{_MON}-{_DAY})-{_YEAR}"
    rf"|{_DAY}/{_MON2}|{_MON}/{_DAY2}"
    rf"|0[1-9]-{_DAY2}|(?:[12]\d|3[01])-0[1-9]"
    rf"|{_DATE_ISO}|{_YEAR}\.{_SP}?{_MON}\.{_SP}?{_DAY}\.)(?![\d{LET}/\-.:,]\d)(?![\d{LET}])"
)
# The clock a paper prints after its date in figures, as its language's CLDR date-time pattern
# joins them ("{1} {0}", "{1}, {0}": "Stockholm 2026-12-03 10:15 -", "Amsterdam, 3-12-2026,
# 14.32 uur -"), with the language's clock word before it ("godz. 10:15", "om 10:15"), its tail
# and a zone after it ("Uhr", "10:15 CET"): the date's text, read by
# ``timeparse.resolve_dateline_when`` (a clock with no zone gives the date only).
_CLOCK_LINK_WORDS = sorted({w for ws in CLOCK_LINKS.values() for w in ws if w[-1:] not in "'’"})
_CLOCK_TAIL_WORDS = sorted({v for ws in CLOCK_TAILS.values() for w in ws for v in (w, w.title())})
_HOUR_MIN = r"(?:[01]?\d|2[0-3])[:.hH][0-5]\d"
# (no clock that opens a range, "10:15 – 11:00 Uhr": an event's hours, not the brief's time)
_CLOCK = (
    rf"(?:\.?,?{_SP}(?:{_trie(_CLOCK_LINK_WORDS)}{_SP})?{_HOUR_MIN}"
    rf"(?![\d{LET}]|[.:]\d)(?:{_SP}?[AaPp]\.?[Mm]\.?)?(?:{_SP}{_trie(_CLOCK_TAIL_WORDS)})?"
    rf"(?:{_SP}(?:{_trie(list(ZONE_WORDS))}|[+-]\d{{4}}))?(?![\d{LET}])"
    rf"(?!{_SP}*[-\u2010-\u2015]{_SP}*{_HOUR_MIN}))?"
)
# The year first, as Hungarian writes it, perhaps with the weekday after ("Budapest, 2026.
# december 5., péntek (MTI) –"): only before a credit.
_DATE_YMD = (
    rf"(?:19|20)\d\d\.{_SP}{_MONTH}\.?{_SP}\d{{1,2}}\."
    rf"(?:,{_SP}[{LO}]{{3,12}})?(?={_SP}{{0,3}}[(/])"
)
_DATE = rf"(?P<date>{_DATE_EN}|{_DATE_EU}|{_DATE_YMD})"

# A state's abbreviation of an initial and a syllable ("W.Va.", "N.Dak."), as AP style writes it.
_QWORD = rf"(?:{_UWORD}|{_TWORD}|[{UP}]\.[{UP}][{LO}]{{1,4}}\.)"
# A region in parentheses ("Tripoli (Libanon)") or, as ANI writes it, in brackets
# ("New Delhi [India], June 1 (ANI):").
# This part, the region after a comma (``_CQ``) and the date (``_DPART``) may each be absent: each
# is written "(?:PART|)", PART or nothing, not "(?:PART)?": the same tries in the same order (none
# can match the empty text), but ``re`` enters a branch where it sets up a repeat for "?", at every
# place end tried (speed45; the same matches: tests/test_exact_cuts_seg.py).
_PQ = rf"(?:{_SP}{{0,2}}(?:\((?P<pq>[^()\n]{{1,40}})\)|\[(?P<bq>[^\[\]\n]{{1,40}})\])|)"
# ", Ore.", ", New Mexico", and a country's other name in parentheses before a credit
# ("TAUNGOO, Myanmar (Burma) (AP)").
_POST = "(?i:" + _trie(sorted(POST_WORDS)) + rf")(?![{LET}])"
_BARE = _trie(list(BARE_SPELLINGS)) + rf"(?![{LET}\d])"
_SEPC = rf"{_SP}{{0,3}}(?:\.?-{{1,3}}|\.?[–—―]{{1,2}}|_|:|\||■|•|\.(?=\s|$))"
# A known agency's name after the place's comma, a separator after it, is its credit, not its
# region ("Tehran, IRNA --", "Damascus, SANA –", "Mysuru, DHNS:"). Two letters there are a
# region's code ("VIJAYAWADA, AP —" is Andhra Pradesh, "PITTSBURGH, PA —"), not AP's bare credit.
_NAMED_AFTER_COMMA = _trie([s for s in BARE_SPELLINGS if len(s) > 2]) + rf"(?![{LET}\d])"
_CQ = (
    rf"(?:,{_SP}{_POST}|,{_SP}(?!{_DATE_EN}|{_DATE_EU}|{_NAMED_AFTER_COMMA}{_SEPC})"
    rf"(?P<cq>{_QWORD}(?:{_SP}(?:{_JOIN}{_SP})?{_QWORD}){{0,3}})"
    rf"(?:{_SP}{{0,2}}\([^()\n]{{1,40}}\)(?={_SP}{{0,3}}\())?|)"
)
# French "le" before the date, only when a credit follows the date ("Genève, le 5 décembre
# 2026 (ATS) -"), even with no comma before it; after the comma it is a date's article
# (``_DART``), read as papers write it ("Lille, le 3 décembre 2026 -").
_LE_DATE = rf"(?:le{_SP}(?=[^()\n\-–—]{{3,30}}\())?"
# The article or preposition a paper puts before its date, after the place's comma ("Lille, le
# 3 décembre 2026 -", "Berlin, den 3. Dezember -", "Odense, lørdag den 3. januar -"), from the
# language files: only before a day's figure, and with no credit only after a place the
# gazetteer knows (``_article_dated``).
_DART_WORDS = sorted({w for ws in DATE_ARTICLES.values() for w in ws})
_DART = rf"{_trie(_DART_WORDS)}{_SP}(?=\d)"
# A weekday in small letters before the date, after a comma: the languages that write weekdays
# small date copy so ("Roma, sabato 5 dicembre 2026 -", "Málaga, sábado, 5 de diciembre de 2026
# -", "Ljubljana, sobota, 5. decembra (STA) -"); a capital one is a qualifier's slot ("LONDON,
# Saturday, Dec. 5 -"). Before a date, and with no credit only after a place the gazetteer
# knows: listings and greetings put a weekday there too. Alone right before the separator
# (``lwday``: "Paris, mardi -", "Milano, martedì -") it names no date (the time stays unknown),
# and with no credit only a city, a region or a country takes it.
_WDAY = _trie(sorted(w for w in ALL_WEEKDAYS if w.islower())) + rf"(?![{LET}])"
# Before a date in figures the weekday may be capitalised as well ("Berlin, Donnerstag, 3.12.2026
# -", "Istanbul, Perşembe 3.12.2026 -"): figures are no region's words, so no qualifier is lost.
_WDAY_ANY_WORDS = sorted({v for w in ALL_WEEKDAYS if w.islower() for v in (w, w.capitalize())})
_WDAY_ANY = _trie(_WDAY_ANY_WORDS) + rf"(?![{LET}])"
# A lone day is a date only right before a credit ("MADRID, 5 (EUROPA PRESS) -").
# An empty date slot, the date lost on the way ("LIMA,  (AFP) -"), is a comma before a credit.
_DPART = (
    rf"(?:(?:,{_SP}(?P<wday>{_WDAY}),?{_SP}(?:{_DART})?|,?{_SP}{_LE_DATE}|,{_SP}{_DART}){_DATE}\.?"
    rf"|(?:,{_SP}(?:{_WDAY_ANY},?{_SP})?|{_SP}(?={_DATE_ISO}))"
    rf"(?P<ndate>(?:{_DATE_NUM}|{_DATE_FIG}){_YEAR_MARK}{_CLOCK})\.?"
    rf"|(?:,{_SP}(?:(?P<day>\d{{1,2}})(?={_SP}{{0,2}}\()))"
    rf"|,(?={_SP}{{1,3}}\()"
    rf"|,{_SP}(?P<lwday>{_WDAY})(?={_SEPC}|{_SP}{{0,2}}\()|)"
)
# What may follow a place, and what may follow its region, in a dateline: the first characters
# of each part that can come next, looked at before any part is tried. A place's words are read
# greedily and given back one by one when what follows fails, as are a region's, and after most
# of them a word follows ("Partap Singh Bajwa, Leader of Opposition in Punjab, speaking ..."):
# this one test fails there, instead of each part's own. It only passes over ends where no part
# could match (the same matches, spans and groups: tests/test_exact_cuts_placed.py). A region in
# parentheses or brackets, a credit and a separator open with one of ``_OPENS``, blanks first or
# not; after a blank, a date opens with a day, a month or French "le", and a bare credit with an
# agency's name; after a comma and a blank, a date also with a small weekday or a date's article
# ("den", ``_DART``), a bare credit with an agency's name, an empty date slot with a parenthesis
# after more blanks, and (after a place) a region with a capital, an elided article or a post
# word.
_OPENS = r"[.(\[/\-–—―_:|■•]"
_BLANK_OPENS = rf"{_SP}(?:{_SP}{{0,2}}{_OPENS}|\d|le{_SP}|{_MONTH}|{_BARE})"
_ARTICLE_OPENS = _trie(sorted({"le", *_DART_WORDS}))  # French "le" and a date's article
_COMMA_OPENS = rf"{_SP}{{0,2}}\(|\d|{_ARTICLE_OPENS}{_SP}|{_WDAY_ANY}|{_MONTH}|{_BARE}"
_AFTER_PLACE = rf"(?={_OPENS}|{_BLANK_OPENS}|,{_SP}(?:{_COMMA_OPENS}|[{UP}'’‘ʻ]|{_POST}))"
_AFTER_REGION = rf"(?={_OPENS}|{_BLANK_OPENS}|,{_SP}(?:{_COMMA_OPENS}))"
# A credit: "(AFP)" (also glued by a dash of any kind: "Ver.-(apro)", Business Wire's
# "LONDON--(BUSINESS WIRE)--", which a page's typography may make "–" or space), "/dpa/", a bare
# "AP", or a paper's code glued by a slash before the separator ("Halle (Saale)/MZ -"), or a
# known agency's name after a comma or a stop with a separator after it ("Riyadh, Dec 5, 2026,
# SPA --", "RĪGA, 5. decembris, LETA.", "ASTANA. KAZINFORM –").
# The parenthesis is written out in each way to it: an optional dash before it is a general
# repeat in ``re``, tried at every place's end, where a branch whose ways each open with a literal
# character is passed over at a glance (the same matches: tests/test_exact_cuts.py).
_CREDIT = (
    rf"(?:{_SP}{{0,3}}(?:\(|--?\(|[–—]\()(?P<cred>[^()\n]{{1,40}})\)"
    rf"|/(?P<gcred>[{UP}]{{2,6}})(?={_SP}{{0,2}}[-–—])"
    rf"|{_SP}{{0,2}}/(?P<scred>[^/\s][^/\n]{{0,30}})/"
    rf"|{_SP}(?P<bcred>{_BARE})"
    rf"|[,.]{_SP}(?P<pcred>{_BARE})(?={_SEPC}))"
)

# PLACE [(QUAL)] [, QUAL] [, DATE] then a credit (separator optional) or a separator.
_RE_PLACED = re.compile(
    rf"{_PLACE}{_AFTER_PLACE}{_PQ}{_CQ}{_AFTER_REGION}{_DPART}"
    rf"(?:{_CREDIT}(?P<sep>{_SEPC})?|(?P<sep2>{_SEPC}))"
)
# (CREDIT) - PLACE [(QUAL)] [, QUAL] [, DATE] SEP   (ANSA and friends)
_RE_CREDIT_FIRST = re.compile(
    rf"\((?P<acred>[^()\n]{{1,40}})\){_SP}{{0,3}}(?:-{{1,2}}|[–—―]){_SP}{{0,3}}"
    rf"{_PLACE}{_AFTER_PLACE}{_PQ}{_CQ}{_AFTER_REGION}{_DPART}(?P<sep>{_SEPC})"
)
# (CREDIT) [SEP]
_RE_PAREN_ONLY = re.compile(rf"\((?P<cred>[^()\n]{{1,40}})\)(?P<sep>{_SEPC})?")
# DATE (CREDIT) [SEP]
_RE_DATE_CREDIT = re.compile(rf"{_DATE}\.?{_CREDIT}(?P<sep>{_SEPC})?")
# AGENCY SEP
_RE_BARE_ONLY = re.compile(rf"(?P<bcred>{_BARE})(?P<sep>{_SEPC})")
# PLACEBody: an all-caps place whose separator was lost ("SAN FRANCISCOSun Microsystems").
_RE_GLUED = re.compile(
    rf"(?P<place>[{UP}](?:[{UP}'’\-]|{_SP}(?=[{UP}])){{2,40}}[{UP}])(?=[{UP}][{LO}]{{2}})"
)

# Cheap pre-filters: the first three letters of any month, and the first two characters of
# any bare agency spelling, so most positions skip the regexes that cannot match there.
_MONTH_PREFIXES = frozenset(m[:3].casefold() for m in _MONTH_WORDS)
_BARE_PREFIXES = frozenset(s[:2] for s in BARE_SPELLINGS)
# The lists as sets, for the membership tests: a word looked up in the tuple of 218 spellings
# was compared with each in turn (~3,500 instructions a look-up), in the set it is hashed once.
_BARE_SET = frozenset(BARE_SPELLINGS)
_SMALL_BARE_PREFIXES = frozenset(p for p in _BARE_PREFIXES if p[:1].islower())  # "dp", "ep"
# The first three characters of a month as ``_MONTH`` matches it (case-sensitive, every one at
# least three long): with a digit, every way ``_DATE`` can open.
_MONTH_HEADS = frozenset(m[:3] for m in _MONTH_SPELLINGS)
# A weekday, small ("samstag", "mon"): with a month or a figure, what a date before a dateline
# may open with ("Samstag, 05.12.2026, Leipzig -"); its first three letters as the copy writes
# them, the look-up that spares the full test of most lines ("Die Polizei ...").
_WEEKDAY_WORDS = tuple(sorted({w.casefold() for w in ALL_WEEKDAYS}))
_WEEKDAY_HEADS = frozenset(v[:3] for w in _WEEKDAY_WORDS for v in (w, w.capitalize(), w.upper()))
# CLDR's abbreviated weekdays ("Sa.", "sáb.", "za", "sam."): their first two letters as the copy
# writes them, the look-up before the word is read whole.
_ABBR_HEADS = frozenset(v[:2] for w in WEEKDAY_ABBRS for v in (w, w.capitalize(), w.upper()))
_ABBR_ENDS = frozenset(". ,\t\xa0")  # what ends one: its stop, its comma, a blank

# Shapes of credits we do not know by name.
_RE_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")
_RE_CALLSIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$")
# A station's brand: letters and its channel number ("LEX 18", "KOIN 6", "NBC4").
_RE_STATION = re.compile(r"^[A-Z]{2,5}[ -]?\d{1,2}$")
_RE_LOWER_CODE = re.compile(rf"^[{LO}][{LO}\-]{{2,7}}$")
_RE_MIXED = re.compile(rf"^[{UP}][^ ]*[{LO}][^ ]*[{UP}]|^[{UP}]{{2,}}[{LO}]")
# A word of a place with no credit: all capitals, or a capital then small letters, with
# capitals again only after a hyphen or apostrophe or in Mc/Mac ("Aix-En-Provence", "McAllen").
# An elided article may open a word inside a place ("Cortina d'Ampezzo", "Coeur d'Alene").
# a caps name's own small letters after a prefix ("DeKALB", "McALLEN", "LaPORTE")
_CAPS_PREFIX = "(?:Mc|Mac|De|Di|La|Le|Du)"
_RE_CLEAN_WORD = re.compile(
    rf"^{_ELIDED}(?:[dl]['’](?=[{UP}]))?"
    rf"(?:[{UP}'’.\-]+|{_CAPS_PREFIX}[{UP}]{{3,}}"
    rf"|(?:Mc|Mac|[{UP}]['’])?[{UP}][{LO}.]*(?:[\-'’][{LET}][{LO}.]*)*)$"
)
# An agency's name in capitals, up to a word's length ("OPTA", "FOLHAPRESS", "EUROPAPRESS").
_RE_ALLCAPS = re.compile(rf"^[{UP}][{UP}\d\-]{{1,15}}$")
_RE_TITLE_WORD = re.compile(rf"^[{UP}][{LO}]{{2,20}}$")
# What may stand inside a credit or a region in parentheses: words, not punctuation soup.
_RE_CREDIT_TEXT = re.compile(rf"^[{LET}\d](?:[{LET}\d.&'’+\-/]| (?=[{LET}\d])){{0,39}}$")
# What may open a body after a dateline without a credit.
_BODY_OPENERS = frozenset("\"'“”„‘’«»‹›(¿¡[")


# Away from where a brief starts (GLUE and beyond) a dateline needs a credit ("(AFP)", "/dpa/",
# or a bare "AP" with a separator) or a dash-like separator: a stop alone never does there.
# None of these characters within a dateline's reach: no dateline starts there.
_RE_CREDIT_OR_DASH = re.compile(r"[(/\-–—―_:|■•]")


class Trust(IntEnum):
    """How far a candidate's position vouches for a dateline, from most to least trusting:
    the less it vouches, the more the dateline itself must (a credit, a known place, a dash)."""

    PRIMARY = 0  # where the brief's text starts
    BOUNDARY = 1  # a line start, a wide gap, an age's end: where a brief may start
    GLUE = 2  # glued to the word before it ("geledenQUITO (ANP) -")
    INNER = 3  # inside a line: a known credit is needed
    SENTENCE = 4  # a sentence start inside a line (a lead, then "Wien – ..."): a known place
    LEAD = 5  # a word in the first brief's lead with no stop before it: a large city and a dash


PRIMARY, BOUNDARY, GLUE, INNER, SENTENCE, LEAD = Trust
# How far into a text the first brief's lead may run before its dateline.
MAX_LEAD = 400
# Separators a dateline inside a line may end with.
_DASHES = frozenset(("-", "--", "---", ".-", ".--", "–", "—", ".–", ".—", "––", "——"))

# The caller's "is this a known place?": name and language in; a true value when the gazetteer
# knows the name as a place, at best its kind: "city" (a large one), "town" (a bare name that
# may also be a word), "region", "country". True reads as "town".
PlaceCheck = Callable[[str, str | None], object]


@dataclass(slots=True)
class _Ctx:
    """What the caller knows that the grammar does not: which names are places, the language.

    Made twice per text and never changed: not frozen, whose constructor costs a call per
    field."""

    is_place: PlaceCheck | None
    lang: str | None
    # ``_at``'s answers for one text, by (position, trust, flags): a page's scans and a
    # brief's lead meet the same starts more than once
    memo: dict

    def __init__(self, is_place: PlaceCheck | None, lang: str | None, memo: dict) -> None:
        """The dataclass's own ``__init__`` (same arguments and fields), written here so that
        the compiled module compiles it: the one ``dataclass`` makes runs as Python bytecode."""
        self.is_place = is_place
        self.lang = lang
        self.memo = memo

    def kind(self, name: str) -> str | None:
        """The kind of place ``name`` is ("city", "town", "region", "country"), or None."""
        if self.is_place is None or not name:
            return None
        try:
            got = self.is_place(name, self.lang)
        except Exception:  # a failing predicate must not lose the page: the name is unknown
            return None
        if not got:
            return None
        return got if isinstance(got, str) else "town"

    def kind_of(self, places: Sequence[str]) -> str | None:
        """The kind of the first of several places ("Gaza/Jerusalem"): it leads the dateline."""
        return self.kind(places[0]) if places else None


_MIXED_CAPS = re.compile(rf"{_CAPS_PREFIX}[{UP}]{{3,}}(?:[ -][{UP}]+)*\Z")


def _case_of(place: str) -> str:
    """'upper', 'title' or 'lower': the case style a place is written in."""
    if place[:1] in "'’":
        place = place[3:]  # "'s-HERTOGENBOSCH"
    if place.isupper() or _MIXED_CAPS.match(place):
        return "upper"  # "DeKALB", "McALLEN": a name's own small letters in a caps dateline
    if place[:1].islower():
        return "lower"
    return "title"


def _part_is_credit(part: str, place_case: str | None) -> bool:
    """Whether one credit part ("dpa", "WTVD", "Variety.com") reads as an agency.

    Known names always do. Unknown ones do by shape: a domain, a US call sign, a lower-case
    service code, a CamelCase brand. An unknown all-caps word counts only where no place is
    written or after the place's region or date ("Jan 3 (OPTA) -", "SÃO PAULO, SP (FOLHAPRESS)
    -"): right after a place it is a ticker, party or province ("(AAPL)", "(PG)"). A single
    unknown Title word counts only after an all-caps place ("SAN DIEGO (Newsday)"); after a
    title-case place it is a region ("Villorba (Treviso)").
    """
    if not part:
        return False
    if canonical_agency(part) is not None:
        return True
    if _plain(part) in POST_WORDS:
        return False  # "ROSARIO (Corresponsal).-": the reporter's post, not a house
    if _strong_shape(part) or _RE_LOWER_CODE.match(part):
        return True
    if " " not in part and _RE_MIXED.search(part):
        return True
    first = part.split()[0]
    if " " in part and canonical_agency(first) is not None and first[0].isupper():
        return True  # "CNN Business", "Reuters Breakingviews"
    if "-" in part and all(_part_is_credit(p, place_case) for p in part.split("-") if p):
        return True
    if _RE_ALLCAPS.match(part):
        return place_case is None
    if _RE_TITLE_WORD.match(part):
        return place_case in (None, "upper")
    return False


def _strong_shape(part: str) -> bool:
    """A credit shaped like no place or region: a domain, a call sign, a station's brand."""
    return bool(_RE_DOMAIN.match(part) or _RE_CALLSIGN.match(part) or _RE_STATION.match(part))


def _split_credit(content: str) -> tuple[str, ...]:
    """Agencies as written: split on "/" (ANP/AFP) or, when every word is known, on spaces."""
    content = content.strip()
    if "/" in content:
        return tuple(p.strip() for p in content.split("/") if p.strip())
    words = content.split()
    if (
        len(words) > 1
        and canonical_agency(content) is None
        and all(canonical_agency(w) is not None for w in words)
    ):
        return tuple(words)
    return (content,) if content else ()


@lru_cache(maxsize=4096)
def _read_credit(content: str, place_case: str | None) -> tuple[tuple[str, ...], bool, bool]:
    """(agencies, is_credit, is_known) for the inside of "(...)" or "/.../"."""
    parts = _split_credit(content)
    if not parts or not _RE_CREDIT_TEXT.match(content.strip()):
        return (), False, False
    has_dpa = any(canonical_agency(p) == "dpa" and not is_dpa_regional(p) for p in parts)
    known = any(
        canonical_agency(p) is not None and (has_dpa or not is_dpa_regional(p)) for p in parts
    )
    credit = all(_part_is_credit(p, place_case) for p in parts)
    return parts, credit, credit and known


def _next_char(text: str, pos: int) -> str:
    """The first non-blank character at or after pos (bounded look), or ''."""
    end = min(len(text), pos + 12)
    while pos < end and text[pos].isspace():
        pos += 1
    return text[pos] if pos < end else ""


def _body_ok(text: str, sep_end: int) -> bool:
    """A body after a dateline does not start with a lower-case letter."""
    ch = _next_char(text, sep_end)
    return not (ch and ch.isalpha() and ch.islower())


def _body_opens(text: str, sep_end: int) -> bool:
    """After a dateline with no credit the body opens like a sentence: a capital, a digit or an
    opening quote -- not punctuation, not a lower-case word."""
    ch = _next_char(text, sep_end)
    if not ch:
        return True
    if ch.isalpha():
        return not ch.islower()
    return ch.isdigit() or ch in _BODY_OPENERS


def _body_after(text: str, sep_end: int, vouched: object) -> bool:
    """The body after a dateline opens as it must: only not in lower case where a known credit
    or a date vouches for the dateline (``_body_ok``), else like a sentence (``_body_opens``)."""
    return _body_ok(text, sep_end) if vouched else _body_opens(text, sep_end)


def _prose_follows(text: str, sep_end: int, sep: str) -> bool:
    """After a dateline with no credit comes a sentence, not "PSV 2-1" (a results table) or
    "News | World" (a breadcrumb): at least three words on the line, or a line break."""
    end = text.find("\n", sep_end, min(len(text), sep_end + 200))
    rest = text[sep_end : end if end != -1 else min(len(text), sep_end + 200)]
    if not rest.strip():
        return True
    if sep in ("|", "•", "·") and sep in rest:
        return False
    return len(rest.split(None, 3)) >= 3


# How a headline ends: with no full stop before its line break, and it is short (a lede that
# runs to its line break is longer). A sentence ends otherwise.
_SENTENCE_ENDS = frozenset(".!?…:;\"'”»)’")
MAX_HEADLINE = 100


def _headline_follows(text: str, sep_end: int, colon: bool = False) -> bool:
    """The rest of the line is a headline ("Röszke: Gewaltausbruch an der Grenze" then a line
    break), so what stands before the colon or dash is its topic, not a dateline. After a
    colon the text's end closes a headline too ("Galway: Council approves new ring road"): a
    brief's body ends with a full stop, and a dash's body may be a text cut short."""
    end = text.find("\n", sep_end, min(len(text), sep_end + MAX_HEADLINE))
    if end == -1:
        if not colon or len(text) - sep_end >= MAX_HEADLINE:
            return False
        end = len(text)
    rest = text[sep_end:end].strip()
    return bool(rest) and rest[-1] not in _SENTENCE_ENDS


# One or two words, then a score: "Inter 2-1", "Real Madrid 3 - 0".
# Each word is read to its end at once: only a whole word can stand before the blank, so giving
# letters back (twice over, as two words may split one) never found another match.
_RE_SCORE = re.compile(
    r"[ \t\xa0]*+[^\s\d]\S*+(?:[ \t\xa0]*+[^\s\d]\S*+)?"
    r"[ \t\xa0]+\d{1,3}[ \t\xa0]?[-–:][ \t\xa0]?\d{1,3}(?!\d)"
)


def _score_follows(text: str, sep_end: int) -> bool:
    """ "Bologna - Inter 2-1, ...": a fixture and its score, not a dateline and a body."""
    return _RE_SCORE.match(text, sep_end, min(len(text), sep_end + 60)) is not None


# What follows a place and a dash on a line that is no story's: a phone number alone (a contact
# line's "..., Hamburg - Tel. 040 123456"), a photo caption's date and colon (Getty's "LONDON,
# ENGLAND - DECEMBER 05: Shoppers ..."), a market line's figure and its signed change ("Madrid
# (IBEX 35) – 11.842,3 puntos, +0,4 %").
_RE_NO_BODY = re.compile(
    rf"{_SP}*+(?:(?:[{LET}]{{2,4}}+\.?{_SP}?:?{_SP}*+)?"
    rf"\+?[\d(][\d ()./\-]{{5,}}\d{_SP}*+(?:\r?\n|$)"
    rf"|{_MONTH}\.?{_SP}\d{{1,2}}:"
    rf"|\d[\d., ]*(?:{_SP}[^\d\n]{{1,12}})?,?{_SP}[+\-−]\d+(?:[.,]\d+)?{_SP}?%)"
)
# An index, its figure and its change closing the line: "DAX 18.512 Punkte (+0,5 %)" (tried only
# where a per cent sign stands close ahead).
_RE_INDEX_LINE = re.compile(
    rf"{_SP}*[^\d\n]{{2,20}}+\d(?:[\d.,]|[ \xa0](?=\d))*+(?:{_SP}[^\d\n(]{{1,12}})?"
    rf"{_SP}\([+\-−]\d+(?:[.,]\d+)?{_SP}?%\){_SP}*(?:\r?\n|$)"
)
_INDEX_REACH = 60


def _no_body(text: str, sep_end: int) -> bool:
    """The text after a dateline's separator is a contact's phone, a caption's date or a market
    line's figures (``_RE_NO_BODY``, ``_RE_INDEX_LINE``), not a story's opening."""
    return _RE_NO_BODY.match(text, sep_end) is not None or (
        text.find("%", sep_end, sep_end + _INDEX_REACH) != -1
        and _RE_INDEX_LINE.match(text, sep_end) is not None
    )


def _places(place: str) -> tuple[str, ...]:
    if "/" not in place:
        return (place.strip(),)
    return tuple([p.strip() for p in place.split("/") if p.strip()])


# The words a place with no credit may have, beside joiners; one more ("Castel San Pietro
# Terme") when the gazetteer knows the whole name.
MAX_PLACE_WORDS = 3


_PLACE_WORDS = frozenset(PLACE_WORDS)
_JOINERS = frozenset(PLACE_JOINERS)  # as _BARE_SET: a set for the look-ups, a word each


def _words(place: str) -> int:
    return sum([w not in _JOINERS for w in place.split()])


def _has_kicker(words: list[str]) -> bool:
    """A word of the place is a kicker's ("Update", "Correction", "Sport"): words of an
    editor's label, no place's name, with a date after them or none."""
    # a loop, no generator (ruff's SIM110 would make it one): compiled, a C function (dateline.pxd)
    for w in words:  # noqa: SIM110
        if w.casefold().strip(".:") in KICKER_WORDS:
            return True
    return False


@lru_cache(maxsize=4096)
def _kicker_place(place: str) -> bool:
    """``_has_kicker`` of a place's words, once a place (as ``_plain`` is once a word): the same
    places come back brief after brief."""
    return _has_kicker(place.split())


def _looks_like_place(
    places: tuple[str, ...], max_words: int = MAX_PLACE_WORDS, short_first: bool = False
) -> bool:
    """Plain rules for a place with no credit to vouch for it. ``short_first``: a first word of
    three capitals or fewer may be a place's (the caller knows the whole name)."""
    for i, seg in enumerate(places):
        words = seg.split()
        # len(words) first: it bounds _words(seg) and spares counting for almost every place
        if not words or len(words) > max_words and _words(seg) > max_words:
            return False
        for w in words[:-1]:  # loops, no generators: compiled, a C function (``dateline.pxd``)
            if w.endswith(".") and len(w) > 4:
                return False  # "Petersburg. Paris": a sentence ends inside; "St. Pölten" is one
        if _has_kicker(words):
            return False
        # a small word may end a place in its language's spelling ("Novo mesto"), after a word
        clean = words[:-1] if len(words) > 1 and words[-1] in _PLACE_WORDS else words
        for w in clean:
            if not (_RE_CLEAN_WORD.match(w) or w in _JOINERS):
                return False
        first = words[0]
        if i == 0 and len(words) == 1 and sum(map(str.isalpha, first)) < 3:
            return False
        if len(places) == 1 and len(words) <= 2 and _plain(seg) in SECTION_WORDS:
            return False  # "Metro –", "Nacional |", "Middle East |": a section's head
        if (
            i == 0
            and not short_first
            and first.isupper()
            and len(first.strip(".")) <= 3
            and first.casefold() not in PLACE_PARTICLES
            and _RE_VIET.search(seg) is None
        ):
            return False
    return True


def _short_headed(places: tuple[str, ...], ctx: _Ctx) -> bool:
    """A place in capitals whose first word is short, as an acronym's is, and whose whole name
    the gazetteer knows: places open with short words that are none ("ANN ARBOR —", "HCM CITY
    —", "EDE –" alone is one word), where a kicker's acronym heads a name it does not know
    ("ATP GENEVE -", "NBA FINALS —")."""
    head = places[0]
    first, _, rest = head.partition(" ")
    return (
        bool(rest)
        and len(first) <= 3
        and first.isupper()
        and _looks_like_place(places, MAX_PLACE_WORDS + 1, short_first=True)
        and ctx.kind_of(places) is not None
    )


# A letter only Vietnamese spelling has (its stacked marks, Đ, Ơ, Ư): a place so written is
# made of syllables, short words that are no acronym ("HÀ NỘI —", "ĐÀ NẴNG —", "HUẾ —").
_RE_VIET = re.compile("[\u1ea0-\u1ef9\u0110\u0111\u01a0\u01a1\u01af\u01b0]")


def _qualifier_ok(qualifier: str, place_case: str) -> bool:
    """A region in parentheses with no credit to vouch for it: Title words, the place's own
    case, or a two-letter province code ("Villorba (TV)") -- not a ticker ("Apple (AAPL)")."""
    q = qualifier.strip()
    if not q or any(ch.isdigit() for ch in q) or not _RE_CREDIT_TEXT.match(q):
        return False
    if q.isupper():
        return place_case == "upper" or len(q) <= 2
    return q[0].isupper()


def _split_joined(places: tuple[str, ...], ctx: _Ctx) -> tuple[str, ...]:
    """ "PIEDADE E RIO" -> ("PIEDADE", "RIO") when the whole is no known place and its parts
    are; "TREINTA Y TRES" stays whole."""
    out: list[str] = []
    for seg in places:
        words = seg.split()
        cut = [i for i, w in enumerate(words) if 0 < i < len(words) - 1]
        cut = [i for i in cut if words[i].casefold() in PLACE_CONJUNCTIONS]
        if not cut or ctx.kind(seg) is not None:
            out.append(seg)
            continue
        parts, last = [], 0
        for i in cut:
            parts.append(" ".join(words[last:i]))
            last = i + 1
        parts.append(" ".join(words[last:]))
        if ctx.kind(parts[0]) is None:
            out.append(seg)
        else:
            out.extend(parts)
    return tuple(out)


_TOWN_KINDS = frozenset(("city", "town"))


def _split_pair(places: tuple[str, ...], ctx: _Ctx) -> tuple[str, ...]:
    """ "MINNEAPOLIS-ST. PAUL" -> ("MINNEAPOLIS", "ST. PAUL"): one hyphen joining two towns the
    gazetteer knows, where it knows no place of the whole name, is a pair of twin cities or a
    metro area ("DALLAS-FORT WORTH", "RALEIGH-DURHAM"), filed from the first; a hyphenated
    name it knows stays whole ("Garmisch-Partenkirchen", "Winston-Salem", "Halle-Neustadt").
    Asked only where a credit or a date vouches for the dateline: with neither, such a pair is
    a race's, a route's or a match's ("Paris-Roubaix –", "Lyon-Turin –"), no dateline."""
    out: list[str] = []
    for seg in places:
        out.extend(_pair(seg, ctx) if "-" in seg else (seg,))
    return tuple(out)


def _pair(seg: str, ctx: _Ctx) -> tuple[str, ...]:
    """``seg`` cut at the first of its hyphens (at most three) that parts two known towns
    ("NANTES-SAINT-NAZAIRE", "Ulm-Neu-Ulm"), when the whole is no known place; else whole."""
    cuts = [i for i, ch in enumerate(seg) if ch == "-"][:3]
    if ctx.kind(seg) is not None:
        return (seg,)
    for i in cuts:
        head, tail = seg[:i], seg[i + 1 :]
        if not (head[-1:].isalpha() and tail[:1].isalpha()):
            continue
        if ctx.kind(head) in _TOWN_KINDS and ctx.kind(tail) in _TOWN_KINDS:
            return head, tail
    return (seg,)


def _make(
    text: str,
    start: int,
    end: int,
    sep_end: int,
    place: str | None,
    qualifier: str | None,
    agencies: tuple[str, ...],
    date_text: str | None,
    places: tuple[str, ...] | None = None,
    byline: bool = False,
) -> Dateline:
    """A dateline of ``text[start:end]``: every reading of one is built here, with every field
    (a reading rebuilt from another passes on what it does not change, ``byline`` too)."""
    if places is None:
        places = _places(place) if place else ()
    date = date_text.strip().rstrip(".,").strip() if date_text else None
    # by position, in the fields' order (raw, start, end, sep_end, place, places, qualifier,
    # agencies, date_text, byline): a class's call hands keywords to ``__init__`` in a dict
    # made for the call, positions in the tuple alone (~3,000 instructions a dateline less)
    return Dateline(
        text[start:end],
        start,
        end,
        sep_end,
        places[0] if places else None,
        places,
        qualifier.strip() if qualifier else None,
        agencies,
        date or None,
        byline,
    )


def _sep_span(m: re.Match[str], name: str = "sep") -> tuple[int, int] | None:
    if m.group(name) is None:
        return None
    return m.start(name), m.end(name)


def _sep_text(m: re.Match[str], name: str) -> str:
    return (m.group(name) or "").strip(" \t\xa0")


# ``_RE_PLACED``'s groups in their order, as ``_placed`` unpacks them (a test checks the pattern)
_PLACED_GROUPS = ("place", "pq", "bq", "cq", "wday", "date", "ndate", "day", "lwday", "cred")
_PLACED_GROUPS += ("gcred",)
_PLACED_GROUPS += ("scred", "bcred", "pcred", "sep", "sep2")


# What a lone weekday's dateline cannot go on with: a second weekday, alone ("Paris, mardi –
# jeudi :", a span of days) or after a name and its comma ("Lyon, samedi - Marseille, dimanche":
# a list of fixtures or stops), read right after the separator.
_RE_DAY_LIST = re.compile(
    rf"{_SP}{{0,3}}(?:[{UP}][{LET}'’.\-]*(?:{_SP}[{UP}][{LET}'’.\-]*){{0,2}},{_SP})?{_WDAY}"
)

_RE_ARTICLE_TAIL = re.compile(rf"(?<![{LET}])(?:{_trie(_DART_WORDS)}){_SP}\Z")


def _article_dated(m: re.Match[str]) -> bool:
    """Whether an article stands before the dateline's date ("Lille, le 3 décembre -")."""
    start = m.start("date")
    return _RE_ARTICLE_TAIL.search(m.string, max(0, start - 5), start) is not None


def _placed(
    text: str,
    pos: int,
    mode: Trust,
    ctx: _Ctx,
    glued_after_word: bool,
    after_age: bool = False,
) -> Dateline | None:
    """PLACE [(QUAL)] [, QUAL] [, DATE] [CREDIT] [SEP] at pos.

    ``after_age``: pos is where a page's age marker ends ("vor 2 StundenSimmering (dpa) -").
    The age vouches for a brief start, as a line start does; with no credit the place must
    still be all capitals there, since a title-case word after an age may open a headline.
    """
    end = min(len(text), pos + MAX_DATELINE_LEN)
    if not _placed_gate(text, pos, end):
        return None  # the line's shape rules the pattern out (``_py_placed_gate``)
    m = _RE_PLACED.match(text, pos, end)
    if m is None:
        return None
    # the groups in the pattern's order (``_PLACED_GROUPS``): a tuple, not a 15-key dict
    (
        place,
        pq,
        g_bq,
        cq,
        g_wday,
        g_date,
        g_ndate,
        g_day,
        g_lwday,
        g_cred,
        g_gcred,
        g_scred,
        g_bcred,
        g_pcred,
        g_sep,
        g_sep2,
    ) = m.groups()
    bare = g_bcred or g_pcred
    date = g_date or g_ndate or g_day
    if g_date is not None:
        place = _without_stop(place)  # "MOSCOW. Dec 5 (Interfax) -"
    if canonical_agency(place) is not None and _plain(place) not in NEWSROOM_WORDS:
        return None  # "Associated Press (AP) -" names the agency twice, no place
    if place.casefold() in POST_WORDS:
        return None  # "Corresponsal, 5 dic. -": a reporter's post, no place
    place_case = _case_of(place)
    sep_name = "sep" if g_sep is not None else "sep2"
    sep_raw = g_sep if g_sep is not None else g_sep2
    sep = sep_raw.strip(" \t\xa0") if sep_raw is not None else ""
    credit_content = g_cred or g_scred or g_gcred
    agencies: tuple[str, ...] = ()
    has_credit = known = False
    paren = g_cred is not None  # the credit stands in parentheses
    qualifier = cq if cq is not None else g_bq
    raw_end = m.start(sep_name) if sep_raw is not None else m.end()

    if credit_content is not None:
        # After a date or a region the parentheses can only be a credit ("KARACHI, Jan 5
        # (APP):"); right after the place they may be a region, so the place's case decides.
        structural = date is not None or cq is not None or pq is not None
        agencies, has_credit, known = _read_credit(
            credit_content, None if structural else place_case
        )
        if not has_credit:
            return None
        if pq is not None:
            qualifier = pq
    elif bare is not None:
        agencies, has_credit, known = (bare,), True, True
        if pq is not None:
            qualifier = pq
    elif pq is not None:
        pagencies, p_credit, p_known = _read_credit(pq, place_case)
        # a known agency in the brackets, then the date with no comma between, is a known
        # place's credit and date ("PARIS (AFP) 5 décembre 2026 -"), no region ("Tripoli
        # (Libanon), 5. Dezember"); a word the gazetteer lacks there is a heading's
        if p_credit and cq is None and (date is None or (p_known and _date_follows(m, ctx))):
            agencies, has_credit, known, paren = pagencies, True, p_known, True
        elif _plain(pq) not in POST_WORDS:  # "ROSARIO (Corresponsal).-": a post, no region
            qualifier = pq
    elif " " in place.strip() and date is None and cq is None:
        # "BRÜSSEL DPA ■": an all-caps bare credit swallowed as the place's last word.
        head, _, last = place.rstrip().rpartition(" ")
        if last in _BARE_SET and "/" not in last:
            place = _without_stop(head)  # "ASTANA. KAZINFORM –"
            agencies, has_credit, known = (last,), True, True

    sep_end = m.end(sep_name) if sep_raw is not None else raw_end
    # one blank, then the first two letters of an agency written in small letters: upper-case
    # credits after a dash are read once the dateline is (_credit_or_date_after)
    if not has_credit and text[sep_end + 1 : sep_end + 3] in _SMALL_BARE_PREFIXES:
        dashed = _dashed_credit(text, sep_end) if sep in _DASHES else None
        # "BERLIN, 5. Dezember – dpa – Die ...": the credit between dashes, after a place in
        # capitals or a city, region or country the gazetteer knows ("Kultur, 5. Dezember – dpa
        # –" is a topic's)
        if dashed is not None and (
            place_case == "upper" or ctx.kind_of(_places(place)) not in _WORDLIKE
        ):
            bare = dashed["bcred"]
            agencies, has_credit, known = (bare,), True, True
            raw_end, sep_end, sep = dashed.end("bcred"), dashed.end("sep"), dashed["sep"]
    if g_ndate is not None and _mark_out_of_ten(g_ndate, ctx.lang):
        if not has_credit:
            return None  # "Paris, 3/10 -": a review's mark, no dateline
        date = None  # "Paris, 3/10 (AFP) -": the credit vouches for the place, not the mark
    if g_ndate is not None and not has_credit and ctx.kind_of(_places(place)) is None:
        return None  # a date in figures vouches for no place ("Stand, 4.12.2025 -")
    if g_wday is not None and not has_credit and ctx.kind_of(_places(place)) is None:
        return None  # a weekday dates listings and greetings too ("Concertgebouw, zaterdag 5 -")
    if (
        (g_lwday is not None or (g_date is not None and _article_dated(m)))
        and (not has_credit or g_lwday is not None)
        and ctx.kind_of(_places(place)) in _WORDLIKE
    ):
        # a name's or a greeting's date or day ("Merkel, am 3. Dezember -", "Grüße, montag -"),
        # a lone weekday even before a credit ("Merkel, mardi (dpa) -": a credit vouches for a
        # date's place, and a weekday alone is no date):
        return None  # a city, a region or a country only
    if g_lwday is not None and _RE_DAY_LIST.match(text, sep_end) is not None:
        return None  # "Paris, mardi – jeudi :", "Lyon, samedi - Marseille, dimanche": days listed
    if date is not None and _kicker_place(place):
        return None  # "Correction, Dec 5, 2026 -", "Update, Dec 5 (Reuters) -": a label's date
    if (
        date is not None
        and qualifier is None
        and (_plain(place) in SECTION_WORDS or _dated_word(place, has_credit, ctx))
    ):
        # "Wetter, 5. Dezember (dpa) –": a section's name and the page's date: no place; its
        # date and credit are the brief's, as after a desk's name ("Redacción Internacional");
        # so too a weekday or a stamp word before the date ("Saturday, Dec. 5, 2026 — HOUSTON
        # —"): with no credit the place after the date is read (``_after_stamp``)
        if not has_credit or mode > BOUNDARY or not sep or not _body_opens(text, sep_end):
            return None
        return _make(text, pos, raw_end, sep_end, None, None, agencies, date)
    if sep == "." and has_credit and not (g_scred or g_pcred) and not (known and paren):
        return None  # "(AAPL)." ends a sentence; "(dpa)." and "/dpa/." end a dateline
    glued_stop = sep_raw is not None and sep_raw[:1] == "-" and text[raw_end - 1] == "."
    if glued_stop and credit_content is None and bare is None:
        # "MADRID.- El ...": the full stop belongs to the separator, as in "(EFE).-".
        raw_end -= 1
        sep = "." + sep
        if place.endswith(".") and date is None and qualifier is None:
            place = place[:-1]
        elif qualifier is cq and cq is not None and date is None and len(cq.split()[-1]) > 6:
            qualifier = cq[:-1]  # "Guadalajara, Jalisco.-": a word, not an abbreviation

    if has_credit:
        newsroom = paren and mode <= BOUNDARY and _newsroom(place)
        if paren and mode <= BOUNDARY and (newsroom or place.split()[0] in BYLINE_WORDS):
            if newsroom and date is not None:
                # "Redacción Internacional, 5 dic (EFE).-": a desk, its date and the credit
                return _make(text, pos, raw_end, sep_end, None, None, agencies, date)
            # "Por Juan Pérez (EFE).-", "Redacción (EFE).-": a byline, then the credit alone
            opening = m.start("cred" if g_cred is not None else "pq") - 1
            return _paren_only(text, opening, BOUNDARY, ctx)
        if bare is not None and place.split()[0] in BYLINE_WORDS:
            return None  # "Von dpa | Aktualisiert ...": a byline naming the agency, no place
        if sep and not known and _no_body(text, sep_end):
            return None
        if bare is not None and mode <= BOUNDARY and _plain(place) in NEWSROOM_WORDS:
            if sep and _body_opens(text, sep_end):  # "Agencia EFE.-": the credit names no place
                return _make(text, pos, raw_end, sep_end, None, None, agencies, None)
            return None
        if place_case == "title" and ctx.is_place is not None and " " in place.strip():
            later = _known_tail(text, pos, place, ctx)
            if later is not None:  # "Cantabria Barcelona, 23 may (EFE)": a word before it
                return _placed(text, later, mode, ctx, glued_after_word, after_age)
        if mode >= SENTENCE:
            mode = INNER  # a credit inside a line is trusted as anywhere inside a line
        if not sep:
            strong = _strong_shape(agencies[0]) and (cq is not None or date is not None)
            if not (known or strong) or not _body_ok(text, raw_end) or bare is not None:
                return None
            if not known and (place_case != "upper" or not _body_opens(text, raw_end)):
                return None
        elif (not known or mode >= GLUE) and not _body_opens(text, sep_end) and sep != ".":
            return None
        if sep == "." and not _body_opens(text, sep_end):
            return None
        if mode == INNER and not known:
            return None
        if mode == INNER and place_case != "upper" and pos >= 2 and text[pos - 2].islower():
            return None  # "... confirmed by Associated Press (AP) -": running prose
        if place_case == "lower" and not known:
            return None
        if mode == GLUE and glued_after_word and place_case != "upper":
            return None
        pair = _split_pair(_places(place), ctx) if "-" in place and ctx.is_place else None
        return _make(text, pos, raw_end, sep_end, place, qualifier, agencies, date, pair)
    return _uncredited(
        text, pos, raw_end, sep_end, sep, mode, ctx, place, place_case, qualifier, pq, cq, date,
        after_age,
    )  # fmt: skip


# A weekday's name or a page's stamp word of one word, folded ("saturday", "sábado", "sat",
# "actualizado", "aktualisiert"): read as the place before a date it is the date's weekday or
# the stamp's word ("Saturday, Dec. 5, 2026 — HOUSTON —", "Actualizado 5 de diciembre de 2026.
# Zaragoza."), never the place.
_DATED_WORDS = frozenset(
    (*(w.casefold() for w in ALL_WEEKDAYS), *(w.casefold() for w in STAMP_WORDS if " " not in w))
)


def _dated_word(place: str, has_credit: bool, ctx: _Ctx) -> bool:
    """The place read before a date is a weekday or a stamp word (``_DATED_WORDS``). With a
    credit a town the gazetteer knows by a weekday's name, written in capitals as a wire's
    place is, stays a place ("PAZAR, 5 Aralık (AA) -", a town in Rize: Turkish "Sunday"); in
    small letters it is the weekday ("Lundi 5 décembre (AFP) -", "Sat, Dec 5 (Reuters) -",
    though towns are named so); with no credit the date opens the line and the dateline, if
    any, follows it. An abbreviated weekday of CLDR's (``WEEKDAY_ABBRS``: "Sa.", "Sáb.",
    "za") is a word of two or three letters that many towns bear ("Mar", "Sol", "Lun"): with a
    credit such a town stays the place in any case ("Mar, 5 dic (EFE) -"), unless the word
    carries the stop that makes it an abbreviation ("Sáb., 5 dic (EFE) -")."""
    word = place.casefold().rstrip(".")
    if word in _DATED_WORDS:
        return not has_credit or not place.isupper() or ctx.kind(place) is None
    if word in WEEKDAY_ABBRS:
        return not has_credit or place[-1:] == "." or ctx.kind(place) is None
    return False


# What the gazetteer's kind says of a title-case name that may be a word ("Kultur", "Wetter" are
# nouns and towns): German capitalises every noun, so such a name before a dashed credit is no
# place's evidence.
_WORDLIKE = frozenset((None, "town", True))

# A known agency's name, spelled as it is, between two spaced dashes after a place or its date
# ("BERLIN, 5. Dezember – dpa –", "Bonn – epd –"): German papers set a credit so where others
# bracket it. A blank on each side of the second dash: "dpa-Korrespondentin", "dpa–Grafik" are
# compounds, no credit.
_RE_DASH_CREDIT = re.compile(
    rf"{_SP}(?P<bcred>{_BARE}){_SP}{{1,3}}(?P<sep>-{{1,2}}|[–—]{{1,2}})(?={_SP})"
)


def _dashed_credit(text: str, sep_end: int) -> re.Match[str] | None:
    """The credit between a dateline's dash and a second one, when a body opens after it, or
    None."""
    m = _RE_DASH_CREDIT.match(text, sep_end, min(len(text), sep_end + 40))
    if m is None or not _body_opens(text, m.end("sep")):
        return None
    return m


def _date_follows(m: re.Match[str], ctx: _Ctx) -> bool:
    """The placed match's date stands right after its bracket, no comma between, and its place
    is one the gazetteer knows."""
    return (
        m["date"] is not None
        and "," not in m.string[m.end("pq") : m.start("date")]
        and ctx.kind_of(_places(m["place"])) is not None
    )


def _without_stop(place: str) -> str:
    """The place without a stop that ends its last word, as Interfax and Kazinform set one
    between the place and the date or the credit ("MOSCOW. Dec 5 (Interfax) -", "ASTANA.
    KAZINFORM –"); an abbreviation keeps its own ("ST.", "Sin.")."""
    return place[:-1] if place.endswith(".") and len(place.split()[-1]) > 4 else place


def _newsroom(place: str) -> bool:
    """ "Redacción", or a desk of it ("Redacción Internacional", "Redazione Esteri"): a
    newsroom word and at most one word after it, where a place would be."""
    words = place.split()
    return 0 < len(words) <= 2 and _plain(words[0]) in NEWSROOM_WORDS


@lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    """Lower case without accents: "Redacción" -> "redaccion"."""
    decomposed = unicodedata.normalize("NFKD", word.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _known_tail(text: str, pos: int, place: str, ctx: _Ctx) -> int | None:
    """Where a known place starts inside a title-case run the gazetteer does not know as a
    whole ("Cantabria Barcelona": a section word, then Barcelona), or None."""
    if "/" in place or ctx.kind(place.strip()) is not None:
        return None
    for m in _RE_WORD.finditer(place, 1):
        word = m.group()
        if word in _JOINERS or not word[:1].isupper():
            continue
        if ctx.kind(place[m.start() :].strip()) is not None:
            return pos + m.start()
    return None


def _uncredited(
    text: str,
    pos: int,
    raw_end: int,
    sep_end: int,
    sep: str,
    mode: Trust,
    ctx: _Ctx,
    place: str,
    place_case: str,
    qualifier: str | None,
    pq: str | None,
    cq: str | None,
    date: str | None,
    after_age: bool,
) -> Dateline | None:
    """A dateline with no credit to vouch for it: the grammar and the gazetteer must.

    Strong: all capitals and a real separator ("DEN HAAG -", "NIJMEGEN, KARLSRUHE -") or a
    date ("Hyderabad, May 18:"), where a brief starts; found without a gazetteer, and with one
    the place must be known (a section slug "TEMPERATUUR -" is not). Weak: title case
    ("Wien –", "Kiew:", "Roma."), a full stop ("MODENA."), or a sentence start inside a line
    after a lead; only a place the caller's gazetteer knows opens a brief there.
    """
    titled = mode >= GLUE and pos <= MAX_TITLE + 4 and _after_title(text, pos)
    spoken = titled and sep == ":" and date is None and not _region_given(qualifier)
    if titled:
        mode = BOUNDARY  # the title's end is where its story starts, as a line start is
    elif mode == GLUE:
        return None
    if mode == INNER and (place_case != "title" or sep not in (".-", ".--", ".–", ".—")):
        return None  # inside a line only "Managua.-" (a stop glued to a dash) may stand
    if not sep or sep == "_" or place_case == "lower":
        return None
    if mode >= GLUE and sep not in _DASHES:
        return None
    if after_age and place_case != "upper":
        return None
    places = _places(place)
    if ctx.is_place is not None and date is None:
        places = _split_joined(places, ctx)
    if date is not None and ctx.is_place is not None and "-" in place:
        places = _split_pair(places, ctx)  # with no credit only a dated one: "Paris-Roubaix –"
    strong = mode <= BOUNDARY and (
        date is not None or (place_case == "upper" and sep != "." and not after_age)
    )
    if after_age:
        strong = True
    asked = ctx.is_place is not None and date is None  # the gazetteer must know the place
    if (
        date is None
        and not _looks_like_place(places, MAX_PLACE_WORDS + asked)
        and not (asked and _short_headed(places, ctx))
    ):
        return None  # cheap checks first: the gazetteer is asked only about likely places
    if qualifier is not None and qualifier is pq and not _qualifier_ok(pq, place_case):
        return None
    kind: str | None = None
    if asked:
        kind = ctx.kind_of(places)
        # the first test bounds the second
        if len(place.split()) > MAX_PLACE_WORDS and _long_unknown(places, ctx):
            return None
        # a place the gazetteer lacks may still open a brief when the body names it again:
        # in capitals where a brief starts ("MOŠČANCI - ... v Moščancih"), or as a name of
        # several words after a lead ("... Jahren. Nischnij Tagil – ... in Nischnij Tagil")
        vouched = (strong and qualifier is not None) or (
            (strong or ((mode == SENTENCE or titled) and " " in places[0] and sep in _DASHES))
            and _named_again(text, sep_end, places[0])
        )
        if kind is None and not vouched:
            return None
        if spoken and not _a_city(places, ctx):
            # after a headline, a small town's name and a colon is as often a speaker's, a
            # side's or a party's ("Transcript follows. OBAMA: Thank you.", "Die Reaktionen im
            # Überblick. MERKEL: Wir schaffen das.", "Tonight's starting line-ups. CHELSEA:
            # Sanchez; ...", "Court news. PATEL, R.:"): a large city ("BEIRUT:",
            # "MIEH MIEH/BEIRUT:", "NAGPUR:"), a date or a region after the name ("SALINA,
            # Kan.:") vouches for it
            return None
    elif not strong:
        return None
    sep_at = raw_end
    while sep_at < sep_end and text[sep_at] in " \t\xa0":
        sep_at += 1
    glued_left = sep_at == raw_end and sep_at < sep_end
    glued_right = sep_end < len(text) and not text[sep_end].isspace()
    # a doubled hyphen is a typed dash, no compound's: Asahi's "KYOTO--A fire ..."
    hyphen = sep[0] == "-" and (sep[:2] != "--" or place_case != "upper")
    if glued_left and glued_right and sep[0] != "." and (hyphen or place_case != "upper"):
        return None  # "BERLIN-based", "Jy–Oz": a compound, not a dateline ("SUECIA.-Su" is)
    # "Roma - il governo ...": a large city may open a sentence that lost its capital; a town
    # may be a word ("Calcio - nell'ambito ...": a kicker)
    if mode == LEAD and kind != "city":
        return None
    lower_ok = kind == "city" and mode <= BOUNDARY and sep in _DASHES
    opens = _body_after(text, sep_end, date)
    if not opens and not lower_ok:
        return None
    if date is None and not _prose_follows(text, sep_end, sep):
        return None
    # a line ending with no stop at the text's end is a headline after a colon, and after a dash
    # when its words open in lower case too: a list's last line ("Utrecht – de Dom na de
    # restauratie, blz. 16"), not a brief that lost its capital and was cut short
    closed = sep == ":" or not opens
    if date is None and (not strong or closed) and _headline_follows(text, sep_end, closed):
        return None  # "Röszke: Gewaltausbruch an der Grenze" on a line of its own: a headline
    if sep == ":" and (kind == "country" or kind == "town" and place_case == "title"):
        # "Itália: ...": a country before a colon is a topic; a small town's name in title
        # case is as often a person's, whom a headline quotes ("Obama: Economy is turning")
        return None
    if date is None and (_score_follows(text, sep_end) or _no_body(text, sep_end)):
        return None
    if ctx.is_place is not None and date is None:
        two = qualifier is cq and cq is not None and place_case == "upper" and cq.isupper()
        if two and len(cq) > 3 and "." not in cq and ctx.kind(cq) not in ("region", "country"):
            places, qualifier = (*places, cq), None  # "JERUZALEM, KFAR SJOEBA -": two places
    return _make(text, pos, raw_end, sep_end, place, qualifier, (), date, places)


def _long_unknown(places: tuple[str, ...], ctx: _Ctx) -> bool:
    """Whether a place of more words than a place with no credit may have is one the gazetteer
    does not know (a loop, no generator: compiled, a C function, as its caller)."""
    for p in places:  # noqa: SIM110
        if _words(p) > MAX_PLACE_WORDS and ctx.kind(p) is None:
            return True
    return False


def _a_city(places: tuple[str, ...], ctx: _Ctx) -> bool:
    """Whether the gazetteer knows one of the places as a large city (as ``_long_unknown``)."""
    for p in places:  # noqa: SIM110
        if ctx.kind(p) == "city":
            return True
    return False


# How long a headline run into its story may be ("Ice storm knocks out power. TULSA, Okla. (AP)
# - ..."): a lead's first sentence is longer.
MAX_TITLE = 120
_TITLE_STOPS = frozenset(".!?…")
_TITLE_CLOSERS = frozenset("\"'”’»")


def _after_title(text: str, pos: int, words: int = 2) -> bool:
    """Whether all the text before ``pos`` is one headline: the text's first line, ``words``
    words or more, ending with a sentence's stop (a blank before it or none after it, as pages
    join a title to its story) or with its line. A dateline there opens the story, as at a line
    start ("Library levy fails again. ZANESVILLE, Ohio --", "Barn fire\nBOWERSTON —")."""
    before = text[:pos]
    head = before.strip()
    if not head or len(head) > MAX_TITLE or "\n" in head or not head[0].isupper():
        return False
    last = head[-1]
    if last in _TITLE_CLOSERS:
        last = head[-2:-1]
    if last not in _TITLE_STOPS and before.rstrip(" \t\xa0")[-1:] != "\n":
        return False
    return len(head.split(None, words)) >= words


def _region_given(qualifier: str | None) -> bool:
    """A region written after the place ("Kan.", "W.Va.", "Ont."), not a person's initial
    ("PATEL, R.:"): no region is written as one letter."""
    return qualifier is not None and sum(map(str.isalpha, qualifier)) > 1


def _named_again(text: str, sep_end: int, place: str) -> bool:
    """The body names the place again, as a name ("MOŠČANCI - ... v Moščancih"): a village the
    gazetteer lacks, not a section slug ("TEMPERATUUR - ...")."""
    stem = place.lower()
    stem = stem[:-2] if len(stem) > 6 else stem
    body = text[sep_end : sep_end + 600]
    lowered = body.lower()
    if len(stem) < 5 or len(lowered) != len(body):
        return False
    at = lowered.find(stem)
    while at != -1:
        if body[at].isupper() and (at == 0 or not body[at - 1].isalpha()):
            return True
        at = lowered.find(stem, at + 1)
    return False


# A place whose separator is a full stop ("MODENA. Oltre", "Buenos Aires. La", "Roma."): the
# place's own words may end in a stop ("St."), so the stop is found by looking back.
_RE_DOTTED = re.compile(
    rf"(?P<place>{_SEG}(?:{_SP}?/{_SP}?{_SEG}){{0,5}})(?<=[{LET}]\.)(?=[ \t\xa0\r\n]|$)"
)


def _dotted(text: str, pos: int, mode: Trust, ctx: _Ctx, after_age: bool) -> Dateline | None:
    """PLACE. then the body: a weak dateline, for a known place only."""
    end = min(len(text), pos + MAX_DATELINE_LEN)
    stop = text.find(".", pos, end)
    if stop == -1 or text.find("\n", pos, stop) != -1:
        return None  # the place ends with a stop on its own line: none there (most lines)
    m = _RE_DOTTED.match(text, pos, end)
    if m is None:
        return None
    place = m.group("place")[:-1]
    if " " not in place and sum(map(str.isalpha, place)) < 4:
        return None  # "Gen.", "Dr.": abbreviations, not places
    if text[m.end() + 1 : m.end() + 2].isdigit() and place.casefold() in WEEKDAY_ABBRS:
        return None  # a weekday's short form and its stop before a date ("Tors. 3.12.2026")
    case = _case_of(place)
    return _uncredited(
        text, pos, m.end() - 1, m.end(), ".", mode, ctx, place, case, None, None, None, None,
        after_age,
    )  # fmt: skip


# A caps place with its separator lost ("MODENA La Squadra", "NEW YORK U.S. stocks",
# "LONDON, March 11 Britain's", "SEOUL,  North Korea"): only where a brief starts. Or alone on
# the text's first line, the body on the next ("ANKARA\nTürkiye's central bank ...").
_RE_NOSEP = re.compile(
    rf"(?P<place>{_USEG})(?:,{_SP}(?P<date>{_DATE_EN}|{_DATE_EU}))?(?P<comma>,)?"
    rf"(?={_SP}{{1,3}}[{UP}\d\"“«]|(?P<nl>{_SP}{{0,3}}\r?\n)[{UP}\d\"“«])"
)
_RE_WORD = re.compile(r"\S+")


def _nosep(text: str, pos: int, ctx: _Ctx, mode: Trust) -> Dateline | None:
    """An all-caps known place, then the body with no separator at all; or the place alone on
    the text's first line (PRIMARY), the line break its separator."""
    m = _RE_NOSEP.match(text, pos, min(len(text), pos + MAX_DATELINE_LEN))
    if m is None:
        return None
    date, comma, alone = m.group("date"), m.group("comma"), m.group("nl") is not None
    if alone and (mode != PRIMARY or comma or date and _RE_YEAR.search(date)):
        return None  # "LONDON, 5 DECEMBER 2026" heads a letter; "KATHMANDU, DECEMBER 5" a story
    words = list(_RE_WORD.finditer(text, pos, m.end("place")))
    # with a date or a comma the place is whole (so is a line's); else the longest known run
    # of the caps words ("NEW YORK U.S. stocks": "NEW YORK", then the body)
    for n in [len(words)] if date or comma or alone else range(len(words), 0, -1):
        end = words[n - 1].end()
        place = text[pos:end]
        if place.endswith(".") or not _looks_like_place((place,)) or ctx.kind(place) is None:
            continue
        raw_end = m.end("date") if date else end
        sep_end = m.end("comma") if comma else m.end("nl") if alone else raw_end
        if comma and "(" in text[sep_end : sep_end + 40].split("\n", 1)[0]:
            return None  # "TAUNGOO, Myanmar (Burma) (AP)": a qualifier and a credit follow
        if not _body_reads_on(text, sep_end):
            return None
        return _make(text, pos, raw_end, sep_end, place, None, (), date)
    return None


_RE_YEAR = re.compile(r"\d{4}")


# A place alone on its line, perhaps with its date (no year: a letter's has one), under a credit
# line ("HT Correspondent\nNew Delhi\n", "Tribune News Service\nChandigarh, December 5\n").
_RE_PLACE_LINE = re.compile(
    rf"(?P<place>{_TSEG}|{_USEG})(?:,{_SP}(?P<date>{_DATE_EN}|{_DATE_EU}))?{_SP}*(?=\r?\n)"
)


def _place_under_credit(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """A known place alone on its line, the line above a credit's ("HT Correspondent", "Our
    Correspondent", an agency: ``_credit_head``) and a sentence on the line below; or the line
    below the page's stamp, with its year, and the sentence under it ("Enschede\n5 december
    2026\n", "Valladolid\nSábado, 5 de diciembre 2026, 10:32\n"), as regional sites head a
    story. A place alone with neither is a headline's ("Paris\nThe city has banned cars ...")."""
    if (pos and text[pos - 1] != "\n") or (nl := text.find("\n", pos, pos + 60)) == -1:
        return None  # not a short line of its own: spare the regex
    if pos < 3 and not (nl - pos <= 40 and text[nl + 1 : nl + 2] in _STAMP_OPENS):
        return None  # no credit above it: only a stamp below may make it a dateline
    m = _RE_PLACE_LINE.match(text, pos, min(len(text), pos + 60))
    if m is None or (m["date"] and _RE_YEAR.search(m["date"])):
        return None
    sep_end = text.index("\n", m.end()) + 1
    if not m["date"]:
        below = _stamp_line_end(text, sep_end, ctx.lang)
        if below != -1:
            place = m["place"]
            if not _looks_like_place((place,)) or ctx.kind(place) is None:
                return None
            if not _body_reads_on(text, below):
                return None
            return _make(text, pos, m.end("place"), below, place, None, (), None)
    if pos < 3:
        return None
    above_at = text.rfind("\n", max(0, pos - 62), pos - 1) + 1
    if above_at == 0 and pos > 62:
        return None  # the line above is longer than a credit (not the text before it, sliced)
    above = text[above_at : pos - 1].strip()
    place = m["place"]
    if not above or not _credit_head(above) or not _looks_like_place((place,)):
        return None
    if ctx.kind(place) is None:
        return None
    if not _body_reads_on(text, sep_end):
        return None
    return _make(text, pos, m.end("date") if m["date"] else m.end("place"), sep_end, place, None,
                 (), m["date"])  # fmt: skip


# What the page's stamp may open with (a stamp word's or a day word's letter, a figure).
_STAMP_OPENS = STAMP_FIRST | frozenset("0123456789")


def _stamp_line_end(text: str, pos: int, lang: str | None) -> int:
    """Where the line at ``pos`` ends (past its line break) when it is the page's stamp with a
    date ("5 december 2026", "Actualizado: 05/12/2026 10:32h"), else -1."""
    end = text.find("\n", pos, pos + 80)
    if end == -1 or not text[pos : pos + 1].strip():
        return -1
    return end + 1 if resolve_stamp(text[pos:end], lang) is not None else -1


def _body_reads_on(text: str, pos: int) -> bool:
    """A sentence follows: a capital, then small letters within its first two words and at
    least three words on the line (not a caps headline "GOBIERNO IMPIDE LABOR")."""
    line_end = text.find("\n", pos, min(len(text), pos + 200))
    rest = text[pos : line_end if line_end != -1 else min(len(text), pos + 200)]
    words = _RE_WORD.findall(rest, 0, 80)
    if len(words) < 3 or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    if _RE_GLUED_WORD.match(words[0]):
        return False  # "SAN FRANCISCOSun": the place ran on into the body, it did not end
    return any(ch.islower() for ch in "".join(words[:2]))


_RE_GLUED_WORD = re.compile(rf"[{UP}]{{3,}}[{LO}]")


# A place in parentheses opening the body ("(Québec) « ...", "(Léon, Haïti) Toute la nuit").
_RE_PAREN_PLACE = re.compile(
    rf"\((?P<place>{_TSEG}|{_USEG})(?:,{_SP}(?P<q>{_QWORD}(?:{_SP}{_QWORD}){{0,2}}))?\)"
    rf"(?={_SP}{{1,2}}[{UP}«\"“])"
)


def _paren_place(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """(PLACE[, REGION]) then the body: La Presse's style; the place must be known."""
    m = _RE_PAREN_PLACE.match(text, pos, min(len(text), pos + 80))
    if m is None or ctx.kind(m.group("place")) is None:
        return None
    if canonical_agency(m.group("place")) is not None:
        return None
    return _make(text, pos, m.end(), m.end(), m.group("place"), m.group("q"), (), None)


# What a byline may hold between the writer's name and the dateline, on one line or several: the
# writer's title and paper (title case or capitals), an address and the paper's date
# ("BY ABBEY ROY Advocate Reporter March 30, 2009 NEWARK --", "4 december 2026"); a word in small
# letters that is none of these nor a name's particle ("Jan de Vries") ends it (a sentence).
BYLINE_REACH = 12  # words after the byline word
_RE_BYLINE_FILLER = re.compile(r"\d{1,4}[,.]?|\S+@\S+\.\w+|[|/·•]")


# The first two characters of every byline word (each has two or more, tests/test_line_gates.py):
# where a line opens with none of them, ``_byline`` finds no byline word there, and
# ``_at_uncached`` does not call it.
_BYLINE_HEADS = frozenset(w[:2] for w in BYLINE_WORDS)


def _byline(text: str, pos: int, ctx: _Ctx, mode: Trust = BOUNDARY) -> Dateline | None:
    """ "Di Corrado Rossi Roma - ...": a byline word and a name of two capitalised words or
    more, then the dateline; between them, what ``_RE_BYLINE_FILLER`` and capitalised words
    hold."""
    m = _RE_WORD.match(text, pos)
    if m is None or m.group() not in BYLINE_WORDS:
        return None
    cursor, names, number = m.end(), 0, False
    for _ in range(BYLINE_REACH):
        m = _RE_WORD.match(text, _skip_blank(text, cursor, min(len(text), cursor + 3)))
        if m is None:
            return None
        word = m.group()
        if word[:1].isupper():
            if names >= 2:
                dl = _at(text, m.start(), mode, ctx, allow_follow=False)
                if dl is not None:
                    return dl
            names += 1
        elif not (
            word in NAME_PARTICLES
            or (names >= 2 and _RE_BYLINE_FILLER.fullmatch(word) is not None)
            or (number and word[:3].casefold() in _MONTH_PREFIXES)  # "4 december 2026"
        ):
            return None
        number = word[:1].isdigit() or (number and word in NAME_PARTICLES)  # "5 de dezembro"
        cursor = m.end()
    return None


# A credit line that ends with where the story was filed, the body on the next line ("Staff
# Correspondent, Rajshahi", "UNB, Dhaka", "Redacción | Bilbao"): the head is a reporter's post,
# a newsroom, an agency or a person's byline, and the place after its comma, bar or dash must be
# a known place. A byline's place is where the correspondent filed from, as papers set it
# ("Von Hans Müller, Berlin", "By Dennis Agbo, Enugu", "di Paolo Neri | Parma", "Por g1 —
# Recife"): the copy's dateline, marked as read from the byline.
_LINKS = list(dict.fromkeys((*CREDIT_LINKS, *BYLINE_LINKS)))
_CREDIT_LINK_SET = frozenset(CREDIT_LINKS)
_RE_CREDIT_PLACE = re.compile(
    rf"(?P<head>[^\n,|–—]{{2,60}}?)(?:,|{_SP}+[|–—]){_SP}*"
    + rf"(?:(?P<link>{_trie(_LINKS) if _LINKS else '(?!)'}){_SP}+)?"
    + rf"(?P<place>{_TSEG}|{_USEG}){_SP}*(?=\n)"
)


# The place first, then the credit, alone on the line ("Caracas — Agencias", "San Salvador /
# AFP"), as Latin American papers head a wire story.
_RE_PLACE_CREDIT = re.compile(
    rf"(?P<place>{_TSEG}|{_USEG}){_SP}+[|–—/]{_SP}+(?P<cred>[^\n|–—/]{{2,30}}?){_SP}*(?=\n)"
)


# The place, a bar (or a dash or a middle dot) and the page's stamp on one line, the body on
# the next ("New Delhi | Updated: December 5, 2026 10:32 IST", "Lagos | Dec 5, 2026, 10:32
# WAT", "Erfurt — aktualisiert am 05.12.2026", "Potsdam · 05.12.2026"), as sites of Indian,
# Nigerian and European regional papers head a story: the line reads as a stamp with its year
# (a section path's "Berlin | Politik" does not, nor does a headline's "Lagos | 2026 budget",
# and a second bar makes it a path). The place is in title case: a caps word there is a
# credit's ("TNN | Updated: ..." above "BENGALURU:"). The page reads its time
# (``parsing.page``).
_RE_PLACE_STAMP = re.compile(
    rf"(?P<place>{_TSEG}){_SP}+[|·•–—]{_SP}+(?P<stamp>[^\n|]{{6,60}}?){_SP}*(?=\n)"
)
_RE_STAMP_MARK = re.compile("[|·•–—]")
# The place and the page's stamp in figures after a blank, the clock after a bar ("Vigo
# 05·12·26 | 10:32", "Alicante 05·12·26 | 10:32"), as Prensa Ibérica's sites print the line
# below the writer's name, or after a comma with the clock last ("Ljubljana, 05. 12. 2026
# 10.32", as Slovene portals do; a letter's "Ljubljana, 5. 12. 2026" has no clock): the stamp
# must read as a date with its year.
_RE_PLACE_FIGURES = re.compile(
    rf"(?P<place>{_TSEG})(?P<comma>,)?{_SP}+(?P<stamp>\d[^\n]{{5,40}}?){_SP}*(?=\n)"
)
_RE_FIGURES_AHEAD = re.compile(rf"[^\d\n.;:!?()]{{2,45}}?{_SP}\d")  # a cheap look first
_RE_CLOCK_LAST = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.hH][0-5]\d(?:[ \t\xa0]*(?:Uhr|h))?$")

# The page's stamp, a dash and the place, the body on the next line ("Published - December 05,
# 2026 10:32 am IST - CHENNAI"), as The Hindu's site ends its stamp line: the part before the
# last dash reads as a stamp, and the place after it is a known one.
_RE_STAMP_PLACE = re.compile(
    rf"(?P<stamp>[^\n]{{10,80}}?){_SP}+[-–—]{_SP}+(?P<place>{_USEG}|{_TSEG}){_SP}*(?=\n)"
)


def _place_beside_stamp(text: str, pos: int, end: int, lang: str | None) -> re.Match[str] | None:
    """The line's place beside the page's stamp (``_RE_PLACE_STAMP``, ``_RE_PLACE_FIGURES``,
    ``_RE_STAMP_PLACE``), or None. Each is tried only on a line that could hold it: a bar in
    it, a figure after the place, or a line that opens as a stamp does (a stamp word, a day
    word or a figure) with a spaced dash in it."""
    mark = _RE_STAMP_MARK.search(text, pos, min(end, pos + 50))
    if mark is not None and end - mark.end() <= 62:  # a place, then a stamp to the line's end
        m = _RE_PLACE_STAMP.match(text, pos, end + 1)
        if m is not None and resolve_stamp(m.group(), lang) is not None:
            return m
    m = _RE_FIGURES_AHEAD.match(text, pos, end) and _RE_PLACE_FIGURES.match(text, pos, end + 1)
    if (
        m is not None
        and (not m["comma"] or _RE_CLOCK_LAST.search(m["stamp"]) is not None)
        and resolve_stamp(m["stamp"], lang) is not None
    ):
        return m
    first = text[pos]
    if (first in STAMP_FIRST or first.isdigit()) and _RE_SPACED_DASH.search(text, pos, end):
        m = _RE_STAMP_PLACE.match(text, pos, end + 1)
        if m is not None and resolve_stamp(m["stamp"]) is not None:
            return m
    return None


_RE_SPACED_DASH = re.compile(rf"{_SP}[-–—]{_SP}")
_RE_CREDIT_LINE_SEP = re.compile(r",|[ \t\xa0][|–—/·•]")


def _credit_head(head: str) -> bool:
    """A head that names no person: a reporter's post at its end ("Staff Correspondent", "Our
    Correspondent"), a newsroom ("Redacción"), or a known agency ("UNB")."""
    words = head.split()
    if not words or words[0] in BYLINE_WORDS:
        return False
    return _plain(words[-1]) in POST_WORDS or _newsroom(head) or canonical_agency(head) is not None


def _byline_head(text: str, m: re.Match[str], ctx: _Ctx) -> bool:
    """A credit line's head is a person's byline: a byline word ("By", "VON", Italian "di" in
    small letters too), then the writer's name in capitalised words, a name's particles ("Jan
    de Vries") and a site's name with a figure ("Por g1 PE"); after a bar, any name ("Von dpa |
    Rostock"). A word in small letters is a title's or a sentence's ("By Jane Doe, senior")."""
    words = m["head"].split()
    if not words:
        return False
    if words[0] not in BYLINE_WORDS and words[0].capitalize() not in BYLINE_WORDS:
        return words[0] in LINE_BYLINE_WORDS and _line_byline(text, m, words[1:], ctx)
    if "|" in text[m.end("head") : m.start("place")]:
        return True
    return writer_words(words[1:])


def writer_words(words: list[str], joins: frozenset[str] = frozenset()) -> bool:
    """The words after a byline word name its writers: capitalised words, a name's particles
    ("Jan de Vries"), figures and marks, and the words in ``joins`` ("Jane Doe and John Roe");
    a word in small letters is a title's or a sentence's ("By the time police came")."""
    return bool(words) and all(
        w[:1].isupper() or w in NAME_PARTICLES or w in joins or not w.isalpha() for w in words
    )


# Prepositions that are no name's particle ("With", "Of"; not "de", "van"), articles and number
# words ("The Archives", "Page One"): a title's words.
_NAME_BREAKERS = (LEAD_PREPOSITIONS - NAME_PARTICLES) | NOT_NAME_WORDS


def _line_byline(text: str, m: re.Match[str], name: list[str], ctx: _Ctx) -> bool:
    """ "From Kanayo Umeh, Abuja": a word that opens sentences too ("From Monday, Lagos ...")
    opens a byline before a person's name: two to four capitalised words of letters (no
    weekday alone, no "January 1", no preposition), after a comma, not a place the gazetteer
    knows ("From Port Harcourt, Warri"), and no letter's salutation on the next line ("Sir,
    ..."): a letter's writer names a home, no place filed from."""
    if not 2 <= len(name) <= 4 or text[m.end("head")] != ",":
        return False
    if not all(w[:1].isupper() and w.isalpha() or w in NAME_PARTICLES for w in name):
        return False
    if any(w.casefold() in _NAME_BREAKERS for w in name):
        return False  # "From Russia With Love, London": a title's words, no person's name
    if text.startswith(LETTER_OPENINGS, m.end() + 1):
        return False
    return ctx.kind(" ".join(name)) is None


def _small_byline_word(text: str, pos: int) -> bool:
    """A byline word in small letters opens the line ("di Paolo Neri", as Italian papers set
    it)."""
    blank = text.find(" ", pos, pos + 5)
    return blank != -1 and text[pos:blank].capitalize() in BYLINE_WORDS


def _place_after_credit(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """The place a credit line ends with (after "em" too: "Do UOL, em São Paulo"), opens
    before an agency's name, or stands beside the page's stamp on, when the gazetteer knows it
    and a body follows (below the page's stamp, after a credit line)."""
    end = text.find("\n", pos, pos + 100)
    if end == -1 or _RE_CREDIT_LINE_SEP.search(text, pos, end) is None:
        return None  # prose, or a short line with no comma, bar or dash: spare the regexes
    m = _RE_CREDIT_PLACE.match(text, pos, min(len(text), pos + 100))
    # after a credit link any head ("Do UOL, em"); after a byline's link a byline's
    link = m["link"] if m is not None else None
    byline = m is not None and link not in _CREDIT_LINK_SET and _byline_head(text, m, ctx)
    if m is not None and (link in _CREDIT_LINK_SET or byline or _credit_head(m["head"])):
        head = m["head"].strip()
    else:
        m = _RE_PLACE_CREDIT.match(text, pos, min(len(text), pos + 100))
        if m is not None and canonical_agency(m["cred"]) is not None:
            head = m["cred"].strip()
        else:
            m = _place_beside_stamp(text, pos, end, ctx.lang)
            if m is None:
                return None
            head = ""
    place = m["place"]
    if ctx.kind(place) is None:
        return None
    sep_end = m.end() + 1
    if m.re is _RE_CREDIT_PLACE:  # the page's stamp may stand between the credit and the body
        stop = text.find("\n", sep_end, sep_end + 80)
        line = text[sep_end : stop if stop != -1 else sep_end + 80]
        if line[:1].strip() and resolve_stamp(line, ctx.lang) is not None:
            if stop == -1:
                return None  # "Do UOL, em São Paulo\n05/12/2026 10h32": a stamp, no body
            sep_end = stop + 1
    if not _body_opens(text, sep_end):
        return None
    if m.re is _RE_CREDIT_PLACE and m["link"] and not _body_reads_on(text, sep_end):
        return None  # any head may stand before "em": a sentence must follow
    agencies = (head,) if head and canonical_agency(head) is not None else ()
    return _make(
        text, m.start("place"), m.end("place"), sep_end, place, None, agencies, None, None, byline
    )


# A topic slug in capitals and a dash before the dateline ("CORONAVIRUS SANIDAD -Manises
# (Valencia)- El ..."), on the line where a brief starts.
_RE_SLUG = re.compile(rf"{_USEG}{_SP}{{1,2}}[-–—]{_SP}{{0,2}}(?=[{UP}][{LO}])")


def _after_slug(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """The dateline right after a capitals slug and its dash, when the slug is no place."""
    m = _RE_SLUG.match(text, pos, min(len(text), pos + 80))
    if m is None:
        return None
    return _at(text, m.end(), BOUNDARY, ctx, allow_follow=False)


# Before a dateline where a brief starts: an update's clock time and a bar ("14:32 | Wien –"),
# or an author's sign in small letters and a stop ("löw. BERLIN, 5. Dezember.").
_RE_TIME_MARK = re.compile(rf"(?:[01]?\d|2[0-3])[:.][0-5]\d{_SP}{{0,2}}[|•·]{_SP}{{0,2}}(?=[{UP}])")
_RE_AUTHOR_SIGN = re.compile(rf"[{LO}]{{2,5}}\.{_SP}{{1,2}}(?=[{UP}]{{2}})")


def _after_mark(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """The dateline after a clock time and a bar, or after an author's sign when it carries a
    date or a credit (a sign then a title-case word is a sentence: "löw. Die ...")."""
    m = _RE_TIME_MARK.match(text, pos, min(len(text), pos + 16))
    if m is not None:
        return _at(text, m.end(), BOUNDARY, ctx, allow_follow=False)
    m = _RE_AUTHOR_SIGN.match(text, pos, min(len(text), pos + 12))
    if m is not None:
        dl = _at(text, m.end(), BOUNDARY, ctx, allow_follow=False)
        if dl is not None and (dl.date_text or dl.agencies):
            return dl
    return None


# Before a dateline on its line, a date or a page's stamp and a comma, a stop or a dash, then a
# capital ("05.12.2026, Leipzig -", "Dec. 5, 2026 — HOUSTON —", "Aktualisiert am 05.12.2026,
# 10:32 Uhr. Leipzig. Die ...", "Mis à jour le 05/12/2026 à 10h32. TOULOUSE -"): where the date
# or the stamp may end. A date has a figure within a few words of the line's start (the gate).
_RE_STAMP_SPLIT = re.compile(rf"(?:[,.]|{_SP}[-–—|]){_SP}{{1,2}}(?=[{UP}])")
_RE_DATE_ALONE = re.compile(rf"(?:{_DATE_EN}|{_DATE_EU}|{_DATE_NUM})\.?")
_RE_FIGURE = re.compile(r"\d")
_STAMP_REACH = 90  # a stamp and its clock: "Aktualisiert am Samstag, 05.12.2026, 10:32 Uhr"


# The first three (or two: "le") letters of a stamp word, small: a look-up before the full test.
_STAMP_HEADS = frozenset(w[:3] for w in STAMP_WORDS)


def _by_head(words: Iterable[str], size: int) -> dict[str, tuple[str, ...]]:
    """``words`` by their first ``size`` characters, each at least that long: a folded text's
    head picks the few it may open with, where ``str.startswith`` tried all of them in turn
    (170 weekdays: ~4,000 instructions a line that opens with "Die", "Mar" or "Son"). A text
    that opens with a word opens with that word's head, so the answer is the same."""
    out: dict[str, list[str]] = {}
    for w in words:
        if len(w) < size:
            raise ValueError(f"{w!r} is shorter than its head ({size})")
        out.setdefault(w[:size], []).append(w)
    return {head: tuple(ws) for head, ws in out.items()}


_WEEKDAYS_BY_HEAD = _by_head(_WEEKDAY_WORDS, 3)  # every weekday's name has three letters or more
_STAMPS_BY_HEAD = _by_head(STAMP_WORDS, 2)  # "le" has two


def _opens(text: str, pos: int, head: str) -> bool:
    """Whether a weekday ("Samstag, 05.12.2026") or a page's stamp word ("Aktualisiert am")
    opens the text at ``pos`` (``head``: its next three characters), in any case."""
    if head in _WEEKDAY_HEADS:
        low = text[pos : pos + 16].casefold()
        words = _WEEKDAYS_BY_HEAD.get(low[:3])
        if words is not None and low.startswith(words):
            return True
    if head[:2] in _ABBR_HEADS:  # "Sa., 5. Dezember 2026", "za 5 dec 2026": a whole word
        end = pos + 2
        while end < pos + 6 and text[end : end + 1].isalpha():
            end += 1
        if text[end : end + 1] in _ABBR_ENDS and text[pos:end].casefold() in WEEKDAY_ABBRS:
            return True
    if head[:1] not in STAMP_FIRST:
        return False
    fold = head.casefold()  # three characters, or more for one that folds to two ("ß")
    if fold[:3] not in _STAMP_HEADS and fold[:2] not in _STAMP_HEADS:
        return False
    low = text[pos : pos + 24].casefold()
    words = _STAMPS_BY_HEAD.get(low[:2])
    return words is not None and low.startswith(words)


def _after_stamp(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """The dateline after a date or a page's stamp on its line (``_RE_STAMP_SPLIT``): the
    words before the split read as a date alone or as a stamp (``resolve_stamp``), the words
    after it as a dateline where a brief starts. The page reads the date as the brief's
    (``parsing.page``); a headline's date ("5 dicembre 2026, Roma e Milano in piazza") has no
    dateline after it."""
    ch = text[pos]
    head = text[pos : pos + 3]
    if not (ch.isdigit() or head in _MONTH_HEADS or _opens(text, pos, head)):
        return None  # no date, no weekday, no stamp word: most lines, at a slice and look-ups
    figure = _RE_FIGURE.search(text, pos, pos + 40)
    if figure is None:
        return None
    first = figure.start()  # the first figure: a split before it ends no date
    if not ch.isdigit() and _day_stop_month(text, pos):
        # "5. decembra 2026 - CELJE -", "5. Dezember 2026, Leipzig -": the day and its stop were
        # passed over as a list's number
        pos = text.rfind(".", 0, pos) - 1
        while pos > 0 and text[pos - 1].isdigit():
            pos -= 1
        first = _RE_FIGURE.search(text, pos, first + 1).start()  # the day's, or the one found
    stop = text.find("\n", pos, pos + _STAMP_REACH)
    for m in _RE_STAMP_SPLIT.finditer(text, pos, len(text) if stop == -1 else stop):
        if m.start() <= first:
            continue  # a date has a figure before its split
        head = text[pos : m.start()]
        if (
            _RE_DATE_ALONE.fullmatch(head)
            or resolve_stamp(head, ctx.lang) is not None
            or _weekday_date(head)
        ):
            dl = _at(text, m.end(), BOUNDARY, ctx, allow_follow=False)
            return dl if dl is not None and dl.place is not None else None
    return None


# A weekday's name opening a line, its stop or comma and a blank ("Saturday, ", "Sat. ", "Sa.,
# ", "za ").
_RE_WEEKDAY_LEAD = re.compile(rf"(?P<w>[{LET}]{{2,15}})\.?,?{_SP}{{1,2}}")


def _weekday_date(head: str) -> bool:
    """A weekday, then a date alone ("Saturday, Dec. 5, 2026", "Sat. December 5", "Sa., 5.
    Dezember 2026", "sam. 5 déc. 2026"): the date with its weekday, as a stamp reads one with
    figures after it ("Samstag, 05.12.2026")."""
    if head[:3] not in _WEEKDAY_HEADS and head[:2] not in _ABBR_HEADS:
        return False
    m = _RE_WEEKDAY_LEAD.match(head)
    if m is None:
        return False
    word = m["w"].casefold()
    if word not in _DATED_WORDS:
        if word not in WEEKDAY_ABBRS:
            return False
        # A bare short form (no stop, no comma: "za", "Sa", "Do") is the weekday only before a
        # day's figure: the languages that write so put the day first ("za 5 dec 2026", "Sa
        # 5.12."), and before a month's name it is a word of prose ("On Dec. 5, 2026, ...").
        bare = len(word) == 2 and "." not in m[0] and "," not in m[0]
        if bare and not head[m.end() : m.end() + 1].isdigit():
            return False
    return _RE_DATE_ALONE.fullmatch(head, m.end()) is not None


# A title-case place with a caps credit glued to it, as scraped web pages run a "Place CNN —"
# line together ("Gurugram and New DelhiCNN" then the dash, perhaps on the next line).
_GLUED_CREDITS = sorted(
    {s for s in BARE_SPELLINGS if s.isupper() and s.isalpha() and len(s) >= 3},
    key=len,
    reverse=True,
)
_RE_GLUED_CREDIT = re.compile(
    rf"(?<=[{LO}])(?P<cred>{_trie(_GLUED_CREDITS)})(?![{LET}])(?P<sep>\s{{0,6}}[-–—―]{{1,2}})"
)
_RE_PLACE_ONLY = re.compile(rf"{_PLACE}")
_RE_ANY_DASH = re.compile("[-–—―]")  # the dashes ``_RE_GLUED_CREDIT``'s separator is made of


def _glued_credit(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """PlaceCREDIT then a dash: a known title-case place whose credit lost its blank."""
    if ctx.is_place is None:
        return None
    end = min(len(text), pos + 70)
    if _RE_ANY_DASH.search(text, pos, end) is None:
        return None  # its separator is a dash inside the window: no dash, no longer search
    m = _RE_GLUED_CREDIT.search(text, pos, end)
    if m is None or "\n" in text[pos : m.start()]:
        return None
    place = text[pos : m.start()]
    if _case_of(place) != "title" or not _RE_PLACE_ONLY.fullmatch(place):
        return None
    places = _split_joined(_places(place), ctx)
    if not _looks_like_place(places) or ctx.kind_of(places) is None:
        return None
    if not _body_opens(text, m.end("sep")):
        return None
    return _make(
        text, pos, m.end("cred"), m.end("sep"), place, None, (m.group("cred"),), None, places
    )


def _credit_first(text: str, pos: int, mode: Trust) -> Dateline | None:
    """(CREDIT) - PLACE [, DATE] SEP, as ANSA writes it."""
    m = _RE_CREDIT_FIRST.match(text, pos, min(len(text), pos + MAX_DATELINE_LEN))
    if m is None:
        return None
    agencies, is_credit, known = _read_credit(m.group("acred"), None)
    if not is_credit or (mode >= INNER and not known):
        return None
    place = m.group("place")
    sep_end = m.end("sep")
    if _case_of(place) == "lower" or not _body_after(text, sep_end, known):
        return None
    if _sep_text(m, "sep") in ("_", "."):
        return None
    qualifier = m.group("pq") or m.group("bq") or m.group("cq")
    return _make(
        text, pos, m.start("sep"), m.end("sep"), place, qualifier, agencies, m.group("date")
    )


def _paren_only(text: str, pos: int, mode: Trust, ctx: _Ctx) -> Dateline | None:
    """(CNN) -  or  (CNN)Body: a credit with no place."""
    m = _RE_PAREN_ONLY.match(text, pos, min(len(text), pos + MAX_DATELINE_LEN))
    if m is None:
        return None
    agencies, is_credit, known = _read_credit(m.group("cred"), None)
    if not is_credit or (not known and ctx.kind(m.group("cred").split(",")[0]) is not None):
        return None  # "(Québec)" names a place, not a paper
    span = _sep_span(m)
    raw_end = span[0] if span else m.end()
    sep_end = span[1] if span else raw_end
    sep = _sep_text(m, "sep")
    if sep == "." or (not sep and not known) or (mode >= INNER and not (known and sep)):
        return None
    if mode >= INNER and pos >= 2 and text[pos - 2].isalnum():
        return None  # "... spoke to Reuters (RTR) -": a credit inside running text
    if not _body_after(text, sep_end, known):
        return None
    return _make(text, pos, raw_end, sep_end, None, None, agencies, None)


def _date_credit(text: str, pos: int, mode: Trust) -> Dateline | None:
    """Jan 6 (Reuters) - : a dated credit with no place."""
    m = _RE_DATE_CREDIT.match(text, pos, min(len(text), pos + MAX_DATELINE_LEN))
    if m is None:
        return None
    if m.group("bcred") is not None:
        agencies, is_credit, known = (m.group("bcred"),), True, True
        if m.group("sep") is None:
            return None
    elif m.group("gcred") is not None:
        return None
    else:
        agencies, is_credit, known = _read_credit(m.group("cred") or m.group("scred"), None)
    if not is_credit:
        return None
    span = _sep_span(m)
    raw_end = span[0] if span else m.end()
    sep_end = span[1] if span else raw_end
    sep = _sep_text(m, "sep")
    if (sep == "." and m.group("scred") is None) or (not sep and not known):
        return None
    if (mode >= INNER and not known) or not _body_after(text, sep_end, known):
        return None
    return _make(text, pos, raw_end, sep_end, None, None, agencies, m.group("date"))


def _bare_only(text: str, pos: int, mode: Trust) -> Dateline | None:
    """AP - : a bare agency name as the source prefix, where a brief starts."""
    if mode > BOUNDARY:
        return None
    m = _RE_BARE_ONLY.match(text, pos, min(len(text), pos + MAX_DATELINE_LEN))
    if m is None or _sep_text(m, "sep") in (".", "_", ":"):
        return None
    sep_end = m.end("sep")
    if not _body_ok(text, sep_end):
        return None
    if (
        text[sep_end - 1] == "-"
        and m.end("bcred") == sep_end - 1
        and text[sep_end : sep_end + 1].isalpha()
    ):
        return None  # "dpa-Kanal", "AFP-Meldung": one word, the agency's name in a compound
    if _sep_text(m, "sep") in _DASHES and _headline_follows(text, sep_end):
        return None  # "Lusa - Agência de Notícias" on its own line: a channel's name, no brief
    return _make(text, pos, m.start("sep"), m.end("sep"), None, None, (m.group("bcred"),), None)


def _glued(text: str, pos: int) -> Dateline | None:
    """NEW YORKFewer...: an all-caps place glued to a capitalised body (brief start only)."""
    m = _RE_GLUED.match(text, pos, min(len(text), pos + MAX_DATELINE_LEN))
    if m is None:
        return None
    place = m.group("place")
    if sum(map(str.isalpha, place)) < 4 or not _looks_like_place(_places(place)):
        return None
    return _make(text, pos, m.end(), m.end(), place, None, (), None)


# A wire's credit and its date in the other order than "PLACE, DATE (CREDIT) -": the credit after
# the date's separator ("TOKYO, Dec 5, 2026 - (JCN Newswire) -", "МОСКВА, 5 дек — РИА
# Новости."), the date after the credit ("AUSTIN, Texas (PRWEB) December 05, 2026 --",
# "SINGAPORE - Media OutReach - 5 December 2026 -"). Each has a separator after it.
_RE_CREDIT_AFTER = re.compile(
    rf"{_SP}{{0,3}}(?:\((?P<cred>[^()\n]{{1,40}})\)|(?P<bcred>{_BARE}))(?P<sep>{_SEPC})"
)
_RE_DATE_AFTER = re.compile(rf"{_SP}{{0,3}}{_DATE}\.?(?P<sep>{_SEPC})")


def _credit_or_date_after(text: str, dl: Dateline) -> Dateline:
    """The dateline with the credit or the date it lacks when they follow it: a wire's credit
    and its date are both parts of its dateline, set in either order. A credit after the
    dateline's separator counts only when the agency is known (after a dash a bracket may hold
    an editor's note, "(Updated 2:30 p.m.)"); a date only after a credit, so that a place, a
    dash and a date is left as it was read."""
    agencies, date, end, sep_end = dl.agencies, dl.date_text, dl.end, dl.sep_end
    # each regex opens with up to three blanks, then a bracket or an agency's spelling, or a
    # date (a digit or a month): a look at those characters spares it almost every dateline
    ahead = text[sep_end : sep_end + 6].lstrip(" \t\xa0")
    if not agencies and sep_end > end and (ahead[:1] == "(" or ahead[:2] in _BARE_PREFIXES):
        m = _RE_CREDIT_AFTER.match(text, sep_end, min(len(text), sep_end + 60))
        if m is not None:
            if m["bcred"] is not None:
                agencies = (m["bcred"],)
            else:
                parts, _, known = _read_credit(m["cred"], None)
                agencies = parts if known else ()
            if agencies:
                end, sep_end = m.start("sep"), m.end("sep")
                ahead = text[sep_end : sep_end + 6].lstrip(" \t\xa0")
    if agencies and date is None and (ahead[:1].isdigit() or ahead[:3] in _MONTH_HEADS):
        m = _RE_DATE_AFTER.match(text, sep_end, min(len(text), sep_end + 40))
        if m is not None:
            date, end, sep_end = m["date"], m.start("sep"), m.end("sep")
    if end == dl.end:
        return dl
    return _make(
        text, dl.start, end, sep_end, dl.place, dl.qualifier, agencies, date, dl.places, dl.byline
    )  # fmt: skip


def _follow(text: str, dl: Dateline, ctx: _Ctx) -> Dateline:
    """A placeless credit followed by a full dateline ("Canadian Press - CAIRNS, Australia (AP)
    -") is a source label; the dateline proper is the one that follows."""
    if dl.place is not None or dl.sep_end == dl.end:
        return dl
    pos = _skip_blank(text, dl.sep_end, min(len(text), dl.sep_end + 4))
    nxt = _at(text, pos, BOUNDARY, ctx, allow_follow=False)
    if nxt is not None and nxt.place is not None and nxt.agencies:
        return nxt
    return dl


def _at(
    text: str,
    pos: int,
    mode: Trust,
    ctx: _Ctx,
    allow_follow: bool = True,
    glued_after_word: bool = False,
    after_age: bool = False,
) -> Dateline | None:
    """The dateline starting exactly at pos, under the given trust mode, or None. (Its flags
    are no keyword-only arguments: compiled, ``parsing/dateline.pxd`` makes it a C function, and
    a C function's signature has no ``*``; every caller names them.)"""
    memo = ctx.memo
    key = (pos, mode, allow_follow, glued_after_word, after_age)
    hit = memo.get(key, False)
    if hit is False:
        if mode == PRIMARY and memo.get((pos, BOUNDARY, *key[2:]), False) is None:
            # PRIMARY trust reads what BOUNDARY does, a place glued to its body and one alone
            # on its line too: where BOUNDARY found nothing only those shapes are left to try
            hit = memo[key] = _glued_at(text, pos, ctx)
        else:
            hit = memo[key] = _at_uncached(
                text, pos, mode, ctx, allow_follow, glued_after_word, after_age
            )
    return hit


def _glued_at(text: str, pos: int, ctx: _Ctx) -> Dateline | None:
    """What ``_at_uncached`` gives at PRIMARY trust where it gives nothing at BOUNDARY: a place
    glued to its body, or (with a gazetteer) one alone on its line."""
    ch = text[pos] if pos < len(text) else ""
    if not (ch.isalpha() and ch.isupper()):
        return None
    dl = _glued(text, pos)
    if dl is None and ctx.is_place is not None and text[pos + 1 : pos + 2].isupper():
        dl = _nosep(text, pos, ctx, PRIMARY)
    return dl


# How far a line may run before a hard wrap that cut its dateline in two.
_WRAP_REACH = 40
# The stretch of text the wrapped line is read in, not a copy of the whole text for each line
# (1 MB of short capital lines took 40 s): ``_placed`` and what it calls look back at most two
# characters and ahead at most two datelines' length and a body's 600 (``_named_again``), or to
# the end of a line (``_no_body``); a check of an offset against the start (``pos < 3``) or the
# end (``len(text) - sep_end >= MAX_HEADLINE``) reads the same in the stretch.
_WRAP_BEHIND = 64
_WRAP_AHEAD = 2048


def _wrap_at(text: str, pos: int) -> int:
    """The line break of a line at pos that may be a dateline cut by a hard wrap: a short line
    whose next line opens with a credit, or a line of capitals alone that the next goes on; or
    -1."""
    nl = text.find("\n", pos, pos + _WRAP_REACH)
    if nl <= pos or nl + 1 >= len(text):
        return -1
    after = text[nl + 1]
    line = text[pos:nl]
    if after not in "(/" and not (
        after.isupper() and line.isupper() and line.replace(" ", "").isalpha()
    ):
        return -1
    return nl


def _wrapped(text: str, pos: int, mode: Trust, ctx: _Ctx) -> Dateline | None:
    """A dateline an e-mail's or a PDF's hard wrap cut in two ("WASHINGTON, Dec 5\n(Reuters) -",
    "NEW YORK, Dec. 5, 2026\n/PRNewswire/ --", "KUALA\nLUMPUR (Reuters) -"), read as one line:
    only where the next line opens with its credit or goes on with a line of capitals alone, and
    only for a place the gazetteer knows ("EXCLUSIVE\nLONDON (Reuters)" stays a kicker), and
    not for a country named alone above its credit: that is a page's topic label."""
    nl = _wrap_at(text, pos)
    if nl == -1:
        return None
    # one for one, every offset less ``start``; the stretch ends with a line's end, so a read
    # to the end of a line ends where it ends in the text (with "\n", not a "$" in its place)
    start = max(0, pos - _WRAP_BEHIND)
    end = text.find("\n", nl + 1 + _WRAP_AHEAD) + 1 or len(text)
    joined = f"{text[start:nl]} {text[nl + 1 : end]}"
    dl = _placed(joined, pos - start, mode, ctx, False)
    if dl is None or dl.place is None or dl.sep_end <= nl - start:
        return None
    kind = ctx.kind_of(dl.places)
    if kind is None or (kind == "country" and text[pos:nl].rstrip() == dl.place):
        # a country alone on the line above a credit is a page's label over its story
        # ("UKRAINE\n(CNN) —"); a dateline a wrap cuts there names a town ("FRANKFURT\n(dpa-AFX)")
        return None
    return _make(
        text, dl.start + start, dl.end + start, dl.sep_end + start, dl.place, dl.qualifier,
        dl.agencies, dl.date_text, dl.places, dl.byline,
    )  # fmt: skip


def _at_uncached(
    text: str,
    pos: int,
    mode: Trust,
    ctx: _Ctx,
    allow_follow: bool,
    glued_after_word: bool,
    after_age: bool,
) -> Dateline | None:
    if pos >= len(text):
        return None
    if mode >= GLUE and _RE_CREDIT_OR_DASH.search(text, pos, pos + MAX_DATELINE_LEN) is None:
        return None  # away from a brief's start only a credit or a dash makes a dateline
    ch = text[pos]
    dl: Dateline | None = None
    if ch == "(":
        dl = _credit_first(text, pos, mode) or _paren_only(text, pos, mode, ctx)
        if dl is None and mode <= BOUNDARY and ctx.is_place is not None:
            dl = _paren_place(text, pos, ctx)
    elif ch in "'’":
        if text[pos + 1 : pos + 3] in ("s-", "S-"):
            dl = _placed(text, pos, mode, ctx, glued_after_word, after_age)
    elif ch in "‘ʻ":
        if text[pos + 1 : pos + 2].isalpha():
            dl = _placed(text, pos, mode, ctx, glued_after_word, after_age)
    elif ch.isalnum():
        if ch.isdigit() or text[pos : pos + 3].casefold() in _MONTH_PREFIXES:
            dl = _date_credit(text, pos, mode)
        if dl is None and ch.isalpha():
            if text[pos : pos + 2] in _BARE_PREFIXES:
                dl = _bare_only(text, pos, mode)
            if dl is None:
                dl = _placed(text, pos, mode, ctx, glued_after_word, after_age)
            gates = 0  # the readers below that may find one here (``_line_gates``)
            if dl is None and mode <= BOUNDARY and ctx.is_place is not None and ch.isupper():
                gates = _line_gates(text, pos)
                if gates & _G_WRAP:
                    dl = _wrapped(text, pos, mode, ctx)
            if dl is None and mode == PRIMARY and ch.isupper():
                dl = _glued(text, pos)
            if dl is None and mode <= BOUNDARY and ctx.is_place is not None and ch.isupper():
                if gates & _G_DOTTED:
                    dl = _dotted(text, pos, mode, ctx, after_age)
                if dl is None and text[pos + 1 : pos + 2].isupper():
                    dl = _nosep(text, pos, ctx, mode)
                if dl is None and allow_follow:
                    if text[pos : pos + 2] in _BYLINE_HEADS:
                        dl = _byline(text, pos, ctx)
                    if dl is None and gates & _G_CREDIT_LINE:
                        dl = _place_after_credit(text, pos, ctx)
                    if dl is None and gates & _G_SLUG:
                        dl = _after_slug(text, pos, ctx)
                    if dl is None and gates & _G_UNDER:
                        dl = _place_under_credit(text, pos, ctx)
                if dl is None and gates & _G_GLUED_CREDIT:
                    dl = _glued_credit(text, pos, ctx)
            elif dl is None and mode == SENTENCE and allow_follow and ch.isupper():
                dl = _byline(text, pos, ctx, SENTENCE)  # "... a headline. By Ann Roy NEWARK --"
        # a clock time ("14:32 |") or an author's sign ("löw.") first, not a capital: its
        # colon or stop is within a few characters
        if dl is None and mode <= BOUNDARY and not ch.isupper() and allow_follow:
            near = text[pos + 1 : pos + 6]
            if ("." in near or ":" in near) and ctx.is_place is not None:
                dl = _after_mark(text, pos, ctx)
            elif ctx.is_place is not None and _small_byline_word(text, pos):
                dl = _place_after_credit(text, pos, ctx)  # "di Paolo Neri | Parma"
        if dl is None and mode <= BOUNDARY and allow_follow and ctx.is_place is not None:
            dl = _after_stamp(text, pos, ctx)  # "05.12.2026, Leipzig -", "Updated ... CHICAGO —"
    if dl is not None and allow_follow and dl.place is None and dl.sep_end > dl.end:
        dl = _follow(text, dl, ctx)
    elif dl is not None and (not dl.agencies or dl.date_text is None) and dl.place is not None:
        dl = _credit_or_date_after(text, dl)
        if mode <= BOUNDARY and _country_section(text, dl, ctx):
            # the section's name is no place filed from: a dateline may follow it on its line
            # ("Brasil | SÃO PAULO (Reuters) –"), else the line has none
            after = _skip_blank(text, dl.sep_end, min(len(text), dl.sep_end + 4))
            return _at(text, after, BOUNDARY, ctx, allow_follow=False)
    return dl


def _country_section(text: str, dl: Dateline, ctx: _Ctx) -> bool:
    """A country's name alone before a bar, with no credit, date or region, where a line
    starts: a page's section ("Slovenija | Vlada je sprejela ..."), no dateline. Before a dash
    it stays a dateline ("Chile – Rescuers reached the miners on Friday.": a labelled
    geoparsing corpus reads a country so), as a country with a credit ("BRASIL (Reuters) -")
    or a date is; a city-state is a city to the gazetteer."""
    if dl.agencies or dl.date_text is not None or dl.qualifier is not None or len(dl.places) != 1:
        return False
    if "|" not in text[dl.end : dl.sep_end]:
        return False
    kind = ctx.kind(dl.place)
    # the gazetteer's best kind: a country's name that is also a town's ("Italy", Texas) is
    # a country in CLDR's names of its language; a large city's too unless it is the city's
    # own (``_named_as_country``)
    return kind == "country" or (
        kind in _SECTION_KINDS and _named_as_country(_plain(dl.place), kind, ctx.lang)
    )


_SMALL_KINDS = frozenset(("town", "region"))
_SECTION_KINDS = _SMALL_KINDS | {"city"}


def _named_as_country(name: str, kind: str, lang: str | None) -> bool:
    """``name`` (plain) is a country's in CLDR's names of ``lang``, and for a large city
    (``kind``) not the name CLDR's time zones give a city ("Singapore", "Kuwait", "Panamá",
    "Túnez": a city-state's, or a capital's that bears its country's name), so that "México |"
    is the country's section where the gazetteer's "México" is its capital (Ciudad de México)."""
    if name not in _country_names(lang):
        return False
    return kind != "city" or name not in _zone_cities(lang)


_RE_OUT_OF_TEN = re.compile(r"\d/10")


def _mark_out_of_ten(ndate: str, lang: str | None) -> bool:
    """Whether a year-less "3/10" after a place is a review's mark, not a date: one figure over
    ten, the one scale a month's figure can be, in a language whose CLDR year-less day and
    month (Babel's ``Md`` skeleton) is no slashed pair with a one-figure field (French
    "dd/MM"). Where it is ("d/M": Spanish, Catalan, Greek, Swedish, Turkish; English "M/d",
    10 March) the paper writes its date so, and it is one."""
    return _RE_OUT_OF_TEN.fullmatch(ndate.strip()) is not None and not _slash_short_pair(lang)


@lru_cache(maxsize=64)
def _slash_short_pair(lang: str | None) -> bool:
    """Whether ``lang``'s CLDR locales write a year-less day and month as a slashed pair with
    a one-figure field ("d/M", "M/d"), so "3/10" is a date there."""
    for locale in _locales(lang):
        pattern = str(locale.datetime_skeletons.get("Md", ""))
        if re.fullmatch(r"(?:d/M|M/d)", pattern.strip("'")) is not None:
            return True
    return False


def _locales(lang: str | None) -> list:
    """``lang``'s CLDR locales (Babel), each once: its own code's, then its file's others."""
    language = LANGUAGES.get(lang) if lang else None
    if language is None:
        return []
    from babel import Locale, UnknownLocaleError

    locales = []
    for code in language.locales:
        try:
            locales.append(Locale.parse(code))
        except (ValueError, UnknownLocaleError):
            continue
    return locales


@lru_cache(maxsize=64)
def _zone_cities(lang: str | None) -> frozenset[str]:
    """The cities CLDR's time zones are named after in ``lang``'s CLDR locales (Babel's
    exemplar cities: the locale's own name, else the zone's), plain (``_plain``); and the
    name of a country of one zone that holds its zone's city as a word, the city-state's own
    full name ("Vatican City", "Cité du Vatican", "Cidade do Vaticano" beside the zone's
    "Vatican"), which the gazetteer reads as a city (``_named_as_country`` asks only then)."""
    from babel.core import get_global

    zones = get_global("zone_territories")
    count = Counter(zones.values())
    names: set[str] = set()
    for locale in _locales(lang):
        own = locale.time_zones
        for zone, territory in zones.items():
            city = own[zone].get("city") if zone in own else None
            city = _plain(city or zone.rpartition("/")[2].replace("_", " "))
            names.add(city)
            country = locale.territories.get(territory) if count[territory] == 1 else None
            if country and city in _plain(country).split():
                names.add(_plain(country))
    return frozenset(names)


@lru_cache(maxsize=64)
def _country_names(lang: str | None) -> frozenset[str]:
    """The world's countries' names in ``lang``'s CLDR locales (Babel), plain (``_plain``)."""
    return frozenset(
        _plain(n)
        for locale in _locales(lang)
        for c, n in locale.territories.items()
        if len(c) == 2 and c.isalpha()
    )


# a name of up to five capitalised words (a short connector between: "Rio de Janeiro") then the
# comma of a date or the bracket of a credit ("SAO PAULO, Dec 5", "KYIV (AP)"): the one shape a
# dateline after a place kicker may have, tested before the grammar is asked
_WORD_ON = r"(?:[^\W\d_]|['’.\-])"  # a name's letters after its first (ʻ, é), ' and -
_RE_NAME_THEN_CREDIT = re.compile(
    rf"[{UP}]{_WORD_ON}*(?: +(?:[{LO}]{{1,3}} +)?[{UP}]{_WORD_ON}*){{0,4}} ?[,(]"
)


def _dash_inside(text: str, dl: Dateline, ctx: _Ctx) -> Dateline:
    """The dateline with the name before it on its line and their dash as its one place, when
    the gazetteer knows that whole name dash and all ("SANTA ANITA - LOS FICUS, Dec 5
    (Reuters)", a colonia; "Castrop - Rauxel", "Kuliʻouʻou - Kalani Iki"): a place's name may
    hold a dash, and a kicker and a place together are no name ("BRAZIL - SAO PAULO" stays SAO
    PAULO). A blank before the dateline and a dash on its line before it are looked for first."""
    at = dl.start
    if at < 3 or text[at - 1] not in " \t\xa0" or dl.place is None or len(dl.places) != 1:
        return dl
    line = text.rfind("\n", 0, at) + 1
    while line < at and text[line] in " \t\xa0":
        line += 1
    head = text[line:at]
    # a page's scan may start the dateline at the name's last word ("KALANI IKI" -> "IKI")
    if at - line > 60 or not head[:1].isupper() or _RE_SPACED_DASH.search(head) is None:
        return dl
    if not text.startswith(dl.place, at) or len(head.split()) > 2 * MAX_PLACE_WORDS:
        return dl
    whole = text[line : at + len(dl.place)]
    if ctx.kind(whole) is None:
        return dl
    return _make(
        text,
        line,
        dl.end,
        dl.sep_end,
        whole,
        dl.qualifier,
        dl.agencies,
        dl.date_text,
        places=None,  # named, though the default: the call skips no argument (a C call, compiled)
        byline=dl.byline,
    )


def _prefer_next_line(text: str, dl: Dateline, mode: Trust, ctx: _Ctx) -> Dateline:
    """A no-credit, undated "dateline" right before a dateline with a credit or a date was a
    kicker or a headline: on the same line ("BRAZIL - SAO PAULO, Dec 5 (Reuters) -"), or
    opening a short line that reads like a headline (no closing full stop) with the credited
    dateline on the next ("Ukraine – Russland: Gespräche in Genf"): take the second."""
    if dl.agencies or dl.date_text is not None:
        return dl
    # the same on one line: a place with no credit or date, its dash, then a dateline with a
    # credit or a date ("BRAZIL - SAO PAULO, Dec 5 (Reuters) -"): a dateline is said once, and
    # the one that says when or by whom is it; the first was the story's kicker
    pos = dl.sep_end
    while pos < len(text) and text[pos] in " \t\xa0":
        pos += 1
    if pos < len(text) and text[pos].isupper() and _RE_NAME_THEN_CREDIT.match(text, pos):
        nxt = _at(text, pos, BOUNDARY, ctx)
        if nxt is not None and nxt.place is not None and (nxt.agencies or nxt.date_text):
            return nxt
    nl = text.find("\n", dl.sep_end, min(len(text), dl.sep_end + 120))
    if nl == -1:
        return dl
    rest = text[dl.sep_end : nl].rstrip()
    if rest[-1:] in (".", "!", "?", '"', "”", "»", ")", ":", ";", ","):
        return dl
    pos = nl + 1
    end = min(len(text), pos + 40)
    while pos < end and text[pos].isspace():
        pos += 1
    nxt = _at(text, pos, BOUNDARY, ctx)
    if nxt is not None and nxt.agencies and nxt.place is not None:
        return nxt
    return dl


# A sentence end inside a line, then a capital: where a lead ends and a dateline may start.
# A stop after a word or a number ("... bis 2016. Wien –", "... der EU. Brüssel –"), not after
# a day or an ordinal ("am 16. Mai") and not after an initial ("Thomas D. Trummer").
# The stop is matched first and the letters before it looked back at from after it, so that a
# scan looks for a stop (a rare character) instead of trying the look-behinds everywhere.
_STOP = (
    rf"[.!?…](?:(?<=[{LET}\d][{LET}\d\"”’»)][.!?…])|(?<=\d[:–-]\d[.!?…]))"
    r"(?<![^\d]\d\d[.!?…])"
)
_CLOSER = '["”“’‘»)]'

# Candidate starts inside a brief's lead. Group names give the trust mode. Each kind but a line
# start consumes the character it starts at and looks back from after it, so that a position
# fails on one character test instead of a look-behind per kind ("line" consumes its "\n").
_RE_LEAD_CAND = re.compile(
    rf"[\n \t\xa0{UP}(]"
    rf"(?:(?<=\n)(?=(?P<line>[ \t\xa0\r]{{0,20}})[^\s])"
    rf"|(?P<gap>(?<=[ \t\xa0]{{2}})[^\s])"
    rf"|(?<=[{UP}(])(?:(?P<glue>(?<=[{LO}\d][{UP}])(?=[{UP}]))"
    rf"|(?P<gluep>(?<=[.!?:;\"”’»)\]|][{UP}(]))"
    rf"|(?P<sent>(?:(?<=[{LET}\d][{LET}\d][.!?…][ \t\xa0][{UP}])"
    rf"(?<![^\d]\d\d[.!?…][ \t\xa0][{UP}])|(?<=[.!?…]{_CLOSER}[ \t\xa0][{UP}])))"
    rf"|(?P<inner>(?<=[ \t\xa0][{UP}(]))))"
)
# How it reads: every kind opens with the one character it is found at (a line's newline, the
# blank before a word after a gap, a capital, a parenthesis), so that ``re`` skips every other
# character in C, and the kinds tell themselves apart by looking back. Each group spans the
# candidate: the start of a line's first word, the word after a gap, or (empty) the character
# just read. A line's blanks are not consumed, so a word after "\n  " is also a gap's, as when
# the kinds were tried at each character.
# The four kinds after a gap's need the capital or the parenthesis they read, looked back at once
# before any of them: a blank (most of the characters read) fails that one test, not four.


def _py_lead_candidates(text: str, start: int, limit: int) -> list[tuple[str, int]]:
    """(kind, candidate) for each match of ``_RE_LEAD_CAND`` from ``start`` up to ``limit``: the
    group that matched and where the candidate starts (a line's first word, the gap's word,
    else the character read). The reference of the C scan (``parsing/_langwalk.c``,
    ``lead_candidates``), and the way where the install built no C."""
    out = []
    for m in _RE_LEAD_CAND.finditer(text, start, limit):
        kind = m.lastgroup or "inner"
        out.append(
            (kind, m.end(kind) if kind == "line" else m.start(kind) if kind == "gap" else m.start())
        )
    return out


try:  # the lead's scan in one pass in C, built by the install when it could
    from parsing._langwalk import lead_candidates as _c_lead_scan
except ImportError:  # no C compiler at install: the pattern's own scan
    _c_lead_scan = None
# The pattern's classes, a byte a code point (1: a capital, 2: a small letter, 4: a letter), read
# from the classes themselves for every point they draw from (``_char_class``'s blocks)
_LEAD_CLASSES = bytes(
    (re.match(f"[{UP}]", ch) is not None)
    | (re.match(f"[{LO}]", ch) is not None) << 1
    | (re.match(f"[{LET}]", ch) is not None) << 2
    for ch in map(chr, range(0x1F00))
)


def _c_lead_candidates(text: str, start: int, limit: int) -> list[tuple[str, int]]:
    """``_py_lead_candidates`` by the C scan: each position a few compares, where the engine
    tried the pattern's alternatives at every blank and capital of the lead."""
    return _c_lead_scan(text, start, limit, _LEAD_CLASSES)


_lead_candidates: Callable[[str, int, int], list[tuple[str, int]]] = (
    _py_lead_candidates if _c_lead_scan is None else _c_lead_candidates
)

# ``_placed``'s first test: where ``_RE_PLACED`` cannot match, read from the line's shape in one
# pass, before the pattern tries its words' every split (most line starts are prose: "Partap
# Singh Bajwa, Leader of Opposition in Punjab, speaking ..." cost the engine thousands of steps
# to fail). The place is words joined by single blanks (capitals and their joiners, or up to three
# small words); after one of its words' ends a credit, a separator, a date or a region must open
# (``_AFTER_PLACE``), and after a region's, a credit, a separator or a date (``_AFTER_REGION``).
# The walk goes on while the next word may go on with the place; each test is looser than the
# pattern's, so a False is exact and a True only lets the pattern try (tests/test_placed_gate.py
# holds it to the pattern on every position of generated and hostile text).
_GATE_OPENS = frozenset(".([/-–—―_:|■•")  # ``_OPENS``
_GATE_BLANKS = frozenset(" \t\xa0")  # ``_SP``
_GATE_ELIDES = frozenset("'’‘ʻ")  # what an elided article or a romanised name opens with
# the first two characters of a bare credit, of French "le" or of a date's article ("den"), and
# the first three of a month or a weekday (small, or capitalised before figures): what may open
# a date or a credit after a blank or a comma
_GATE_HEADS2 = frozenset(_BARE_PREFIXES | {"le"} | {w[:2] for w in _DART_WORDS})
_GATE_HEADS3 = frozenset(_MONTH_HEADS | {w[:3] for w in _WDAY_ANY_WORDS})
# the small words a place goes on with: its joiners' words ("Stratford upon Avon", "Bosnia &
# Herzegovina") and a place's last word ("Novo mesto")
_GATE_CONT = frozenset({w for j in PLACE_JOINERS for w in j.split()} | set(PLACE_WORDS))
# the ASCII letters a post word may open with (``_POST`` ignores case; any other letter is let by)
_GATE_POST = "".join(sorted({c for w in POST_WORDS for c in (w[:1].lower(), w[:1].upper())}))
_GATE_POST_BYTES = _GATE_POST.encode("ascii")


def _gate_class(ch: str, bit: int) -> bool:
    code = ord(ch)
    return code < len(_LEAD_CLASSES) and bool(_LEAD_CLASSES[code] & bit)


def _gate_word(ch: str) -> bool:
    """A character of a word of the pattern's: a letter, a mark, an apostrophe, a stop, a hyphen,
    a figure."""
    return (
        _gate_class(ch, 4)
        or "\u0300" <= ch <= "\u036f"
        or ch in _GATE_ELIDES
        or ch in ".-"
        or ch.isdecimal()
    )


# characters into a word: the words' repeats ({1,30}) have not run out, so a word holds its stops
_GATE_REACH = 25


def _gate_dash_ends(text: str, n: int, j: int, lower: bool, small: bool) -> bool:
    """Whether a word may stop before the hyphen at j (not after a stop), so that the place may
    end there: before no letter every word stops; a small word (``_LWORD``) goes on only to a
    small letter; a word of capitals (``_UWORD``, no small letter read yet) only to a capital; a
    title-case word (``_TWORD``, a small letter read) to any letter."""
    if j + 1 >= n or not _gate_class(text[j + 1], 4):
        return True
    if lower:
        return not _gate_class(text[j + 1], 2)
    return not _gate_class(text[j + 1], 1) and not small


def _gate_cont(text: str, start: int, n: int) -> int:
    """Whether the small word at ``start`` goes on with a place (``_GATE_CONT``): 0 when its
    letters are such a word ("de", "mesto,"), the end of the run to the next blank when that run
    is ("&"), and -1 when neither is."""
    k = b = start
    while k < n and _gate_word(text[k]):
        k += 1
    if text[start:k] in _GATE_CONT:
        return 0
    while b < n and text[b] not in _GATE_BLANKS:
        b += 1
    return b if text[start:b] in _GATE_CONT else -1


def _py_placed_gate(text: str, pos: int, end: int) -> bool:
    """False where ``_RE_PLACED.match(text, pos, end)`` cannot match: the reference of the C walk
    (``parsing/_langwalk.c``, ``placed_gate``), step for step, and the way where the install
    built no C."""
    n = max(0, min(end, len(text)))
    if pos < 0 or pos >= n:
        return False
    c = text[pos]
    if _gate_class(c, 1) or c in _GATE_ELIDES:
        lower = False
    elif _gate_class(c, 2):
        lower = True
    else:
        return False
    i, words, region, blank_run = pos, 0, False, False
    while True:
        j, small = i, False
        while j < n:
            w = text[j]
            if (
                w in ".-"
                and j > pos
                and (
                    blank_run
                    or j - i >= _GATE_REACH
                    or text[j - 1] == "."  # "W.Va..": a state's abbreviation ends with its stop
                    or (w == "-" and _gate_dash_ends(text, n, j, lower and not region, small))
                )
            ):
                return True  # the place may end at a stop or a hyphen a word stops before
            if not _gate_word(w) and (not blank_run or w in _GATE_BLANKS):
                break
            # the "s" of an elided article ("'s-HERTOGENBOSCH") is no small letter of the word's
            small = small or (_gate_class(w, 2) and not (j == i + 1 and text[i] in "'’"))
            j += 1
        if j == i:
            return False
        words += 1
        e = j
        if e >= n:
            return False
        x = text[e]
        if x in _GATE_OPENS:
            return True
        if x == ",":
            if e + 5 > n:
                return True
            if text[e + 1] not in _GATE_BLANKS:
                return False
            y = text[e + 2]
            if y in _GATE_BLANKS or y == "(" or y.isdecimal():
                return True
            if text[e + 2 : e + 4] in _GATE_HEADS2 or text[e + 2 : e + 5] in _GATE_HEADS3:
                return True
            if region:
                return False
            if y >= "\x80" or y in _GATE_POST:
                return True
            if not (_gate_class(y, 1) or y in _GATE_ELIDES):
                return False
            region, blank_run, i = True, False, e + 2  # a region's words after the comma
            continue
        if x not in _GATE_BLANKS:
            return False
        if e + 4 > n:
            return True
        y = text[e + 1]
        if y in _GATE_BLANKS or y in _GATE_OPENS or y.isdecimal():
            return True
        if text[e + 1 : e + 3] in _GATE_HEADS2 or text[e + 1 : e + 4] in _GATE_HEADS3:
            return True
        blank_run = False
        if lower and not region:
            if words >= 3 or not _gate_class(y, 2):
                return False
        elif not (
            _gate_class(y, 1) or y in _GATE_ELIDES or (y in "dlDL" and text[e + 2] in _GATE_ELIDES)
        ):
            cont = _gate_cont(text, e + 1, n)
            if cont == -1:
                return False
            blank_run = cont > 0  # "&": the word runs to the next blank
        i = e + 1


try:  # the walk in C, built by the install when it could, given its tables once
    from parsing._langwalk import placed_gate as _c_placed_gate
    from parsing._langwalk import placed_gate_tables as _c_gate_tables

    _c_gate_tables(_LEAD_CLASSES, _GATE_HEADS2, _GATE_HEADS3, _GATE_CONT, _GATE_POST_BYTES)
except ImportError:  # no C compiler at install: the reference
    _c_placed_gate = None
except ValueError:  # a language's word the C keys cannot hold (over 5 characters, or a
    _c_placed_gate = None  # character from U+1000 up): the reference, which reads any word

_placed_gate: Callable[[str, int, int], bool] = _c_placed_gate or _py_placed_gate

# The readers ``_at_uncached`` tries after ``_placed`` at a line start of capitals that finds
# nothing, and most find nothing (speed37: about 1,800 line starts a 2,196 briefs, each reader a
# call, a slice, a search): one walk of the line's start says, for each, whether its own first
# tests or its pattern can pass there (a bit each, ``_line_gates``). A clear bit is a proof that
# the reader gives None; a set bit only lets it try (tests/test_line_gates.py holds each bit to
# its reader on every position of generated and hostile text).
_G_WRAP = 1  # ``_wrapped``: a line break within ``_WRAP_REACH``, then "(", "/" or a capital
_G_UNDER = 2  # ``_place_under_credit``: a line of its own, its break within 60 characters
_G_CREDIT_LINE = 4  # ``_place_after_credit``: a comma or a spaced bar or dash before the break
_G_SLUG = 8  # ``_after_slug``: the slug's capitals (``_USEG``), blanks, then a dash
_G_GLUED_CREDIT = 16  # ``_glued_credit``: a small letter, a capital, then a dash
_G_DOTTED = 32  # ``_dotted``: the place's words (``_PLACE``) up to a letter's stop and a blank
_G_ALL = 63
_GATE_DASHES = frozenset("-–—")  # ``_RE_SLUG``'s dash
_GATE_ANY_DASHES = frozenset("-–—―")  # ``_RE_ANY_DASH``
_GATE_BARS = frozenset("|–—/·•")  # what follows a blank in ``_RE_CREDIT_LINE_SEP``
_GATE_STOP_AFTER = frozenset(" \t\xa0\r\n")  # ``_RE_DOTTED``'s look-ahead after the stop
# ``_glued_credit``'s credits open with a capital of ``UP``: the walk looks for one after a small
# letter (were one to open otherwise, the bit would always be set)
_GLUED_OPEN_UP = all(_gate_class(s[0], 1) for s in _GLUED_CREDITS)


def _py_line_gates(text: str, pos: int) -> int:
    """The readers that may find a dateline at ``pos`` (``_G_*`` bits; ``_G_ALL`` when unsure):
    the reference of the C walk (``parsing/_langwalk.c``, ``line_gates``), step for step, and
    the way where the install built no C."""
    n = len(text)
    if pos < 0 or pos >= n:
        return _G_ALL
    bits = 0
    # the line's break: ``_wrap_at``, ``_place_under_credit`` and ``_place_after_credit``'s
    # first finds, and the comma or spaced bar before it
    nl = text.find("\n", pos, pos + 100)
    if pos < nl < pos + _WRAP_REACH and nl + 1 < n:
        after = text[nl + 1]
        if after in "(/" or after.isupper():
            bits |= _G_WRAP
    if nl != -1 and nl < pos + 60 and (pos == 0 or text[pos - 1] == "\n"):
        bits |= _G_UNDER
    if nl != -1:
        for j in range(pos, nl):
            c = text[j]
            if c == "," or (c in _GATE_BLANKS and j + 1 < nl and text[j + 1] in _GATE_BARS):
                bits |= _G_CREDIT_LINE
                break
    bits |= _py_slug_gate(text, pos, min(n, pos + 80))
    bits |= _py_glued_credit_gate(text, pos, min(n, pos + 70))
    bits |= _py_dotted_gate(text, pos, min(n, pos + MAX_DATELINE_LEN))
    return bits


def _py_slug_gate(text: str, pos: int, end: int) -> int:
    """``_G_SLUG`` unless no dash after blanks ends a run of a slug's characters: capitals,
    marks, apostrophes, stops, hyphens, figures and blanks, a small letter only after a figure
    (a district's "13e") or as an elided article's "s"."""
    for j in range(pos, end):
        c = text[j]
        if c in _GATE_DASHES and j > pos and text[j - 1] in _GATE_BLANKS:
            return _G_SLUG
        if _gate_class(c, 1) or c in _GATE_BLANKS or c in ".-" or c in _GATE_ELIDES:
            continue
        if "\u0300" <= c <= "\u036f" or c.isdecimal():
            continue
        if _gate_class(c, 4) and (
            (j > pos and text[j - 1].isdecimal())
            or (j > pos + 1 and _gate_class(text[j - 1], 4) and text[j - 2].isdecimal())
            or (c == "s" and j > pos and text[j - 1] in "'’")
        ):
            continue
        return 0
    return 0


def _py_glued_credit_gate(text: str, pos: int, end: int) -> int:
    """``_G_GLUED_CREDIT`` unless no capital follows a small letter on the line's first line
    with a dash after it, within the reader's reach."""
    if not _GLUED_OPEN_UP:
        return _G_GLUED_CREDIT
    glued = -1
    for j in range(pos, end):
        c = text[j]
        if glued == -1:
            if c == "\n":
                return 0
            if j > 0 and _gate_class(c, 1) and _gate_class(text[j - 1], 2):
                glued = j
        elif c in _GATE_ANY_DASHES:
            return _G_GLUED_CREDIT
    return 0


def _py_dotted_gate(text: str, pos: int, end: int) -> int:
    """``_G_DOTTED`` unless the place's words end before a letter's stop and a blank: a word
    of a place opens with a capital, a figure, an elided article or "d'"/"l'", or is a joiner
    or a place's last word (``_GATE_CONT``); single blanks between them; after a slash anything
    (another place may open in small letters)."""
    if not _gate_class(text[pos], 1):
        return _G_DOTTED  # ``_dotted`` reads capitals' lines only: no walk for the rest
    j, free_to = pos, pos  # up to ``free_to``: a joiner's word of any characters ("&")
    while j < end:
        c = text[j]
        if c == "/":
            return _G_DOTTED
        if c == ".":
            if (
                j > pos
                and _gate_class(text[j - 1], 4)
                and (j + 1 >= end or text[j + 1] in _GATE_STOP_AFTER)
            ):
                return _G_DOTTED
        elif c in _GATE_BLANKS:
            if j + 1 >= end:
                return 0
            y = text[j + 1]
            if y in _GATE_BLANKS:
                return 0  # the place's words are one blank apart
            if not (
                _gate_class(y, 1)
                or y in _GATE_ELIDES
                or y.isdecimal()
                or y == "/"
                or (y in "dlDL" and j + 2 < end and text[j + 2] in "'’")
            ):
                cont = _gate_cont(text, j + 1, end)
                if cont == -1:
                    return 0
                free_to = max(free_to, cont)
        elif j >= free_to and not _gate_word(c):
            return 0
        j += 1
    return 0


try:  # the walk in C with ``placed_gate``'s tables, where the install built it and they hold
    from parsing._langwalk import line_gates as _c_line_gates
except ImportError:  # no C compiler at install: the reference
    _c_line_gates = None
if _c_placed_gate is None or not _GLUED_OPEN_UP:
    _c_line_gates = None

_line_gates: Callable[[str, int], int] = _c_line_gates or _py_line_gates

# Candidate starts on a page of many briefs, one pattern per kind so that each scan starts
# with a literal or a character set (fast in ``re``). Away from line starts a credit must be
# close ahead; the look-ahead only crosses place-like characters, so hostile input stays
# linear. The stretch after a comma is possessive: it cannot hold "(" or "/", so giving back
# characters never finds a credit, and prose with commas would otherwise retry it 60 times.
_CLOSED = r"(?:\([^()\n]{1,40}+\)|/[^/\s][^/\n]{0,30}+/)"
# The caps credit-ahead after its first capital (the glue scan consumes that one).
_CAPS_AHEAD_REST = (
    rf"[{UP}][{UP} '’.\-/]{{0,40}}(?:,[^\n(/]{{1,60}}+)?[ \t\xa0]{{0,2}}(?:--)?{_CLOSED}"
)
_CREDIT_AHEAD_ANY = (
    rf"{_CLOSED}|[{UP}](?:[\w '’\-/]|\.(?=\S)){{0,40}}(?:,[^\n(/]{{1,60}}+)?[ \t\xa0]{{0,2}}"
    rf"(?:--)?{_CLOSED}"
)
# A line's list or quote marks before its first word, as a paste of a list or of a reply brings
# them: a bullet and its blank ("• ", "▪ ", "* "), an e-mail's quote marks (">", "> > "). A line's
# candidate starts past them.
_BULLETS = "•▪◦‣∙*"
# A digest's number before its brief ("2 - GENÈVE (AFP)", "2.- LIMA, 6 dic (EFE).-", "3) ..."):
# one or two figures, a stop, a parenthesis or a dash, and a blank.
_NUMBER_MARK = r"\d{1,2}(?:\.-|[.)]|[ \t\xa0]?[-–])[ \t\xa0]+"
_LINE_MARKS_RE = (
    rf"(?:(?:[{re.escape(_BULLETS)}][ \t\xa0]+|>[ \t\xa0>]*|{_NUMBER_MARK}(?=[^\d\s]))+)?"
)
_LINE_MARKS = frozenset(_BULLETS + ">0123456789")  # what a line's marks open with
_RE_LINE_MARKS = re.compile(_LINE_MARKS_RE)


def _past_marks(text: str, pos: int) -> int:
    """Where a line's first word starts, past its list or quote marks (``_LINE_MARKS_RE``)."""
    if pos >= len(text) or text[pos] not in _LINE_MARKS:
        return pos
    return _RE_LINE_MARKS.match(text, pos).end()


_RE_PAGE_LINE = re.compile(
    rf"\n[ \t\xa0\r]{{0,20}}{_LINE_MARKS_RE}(?=[^\s])(?=[^\n]{{0,160}}?[-–—―_:|■•(/])"
)
# Scans for a capital (rarer than a small letter), then looks back for the glue.
# The same scan finds a caps place after a word and one blank, with a credit ahead: a headline
# run into its dateline where the page lost its line breaks ("... Caribische Zee WASHINGTON
# (ANP) -"); the group ``spaced`` tells it from a glued one.
_RE_PAGE_GLUE = re.compile(
    rf"[{UP}](?=[{UP}])(?:(?<=[{LO}\d].)|(?<=[{LET}][ \t\xa0].)(?P<spaced>))(?={_CAPS_AHEAD_REST})"
)
# How far those scans' look-aheads reach: a candidate starts at most _CREDIT_REACH characters
# before the "(" or "/" of its credit (3 consumed, a capital and 40 more, a comma and 60 more,
# 2 blanks, "--"), and a closed credit spans at most _CLOSED_SPAN characters ("(" 40 ")").
_CREDIT_REACH = 110
_CLOSED_SPAN = 42
_RE_PAGE_GLUEP = re.compile(rf"[.!?:;\"”’»)\]|](?={_CREDIT_AHEAD_ANY})")
_RE_PAGE_INNER = re.compile(
    rf"[.!? \t\xa0](?:(?<=[.!?])[\"”’»)]?[ \t\xa0]|(?<=[ \t\xa0])[ \t\xa0])"
    rf"(?=[{UP}(])(?={_CREDIT_AHEAD_ANY})"
)
# With a gazetteer to confirm them, weak datelines too: every line start ("MODENA La ...",
# "Roma. ..."), a sentence start followed by a dash on its line ("... Jahren. Wien – Der ..."),
# and a place glued to ".-" after a headline on its line ("... en Nicaragua Managua.- El ...").
_RE_PAGE_ANYLINE = re.compile(rf"\n[ \t\xa0\r]{{0,20}}{_LINE_MARKS_RE}(?=[^\s])")
# A byline after a sentence (a headline's stop) may hold the writer's title and the paper's date
# before the dateline's dash: that start looks farther ahead (``_byline``).
_BYLINE_OPEN = _trie(sorted(BYLINE_WORDS))
_RE_PAGE_SENT = re.compile(
    rf"{_STOP}{_CLOSER}?[ \t\xa0]{{1,3}}(?=[{UP}])"
    rf"(?=[^\n]{{1,60}}?(?:[ \t\xa0][-–—]|\.-|[–—])"
    rf"|(?:{_BYLINE_OPEN})[ \t\xa0][^\n]{{1,120}}?[ \t\xa0][-–—])"
)
# A sentence start's dash stands at most _SENT_REACH characters after where its match starts
# (a stop, a closer, 3 blanks, then 61 characters at most; after a byline word, 121).
_SENT_REACH = 140
# Each of these opens with the blank it needs (a character class the scan can look for), not
# with a look-behind that would be tried at every position.
_RE_PAGE_LEAD_WORD = re.compile(rf"[ \t\xa0](?<=[^\s][ \t\xa0])[ \t\xa0]{{0,2}}(?=[{UP}])")
# A lead word's dash follows it on its line: a blank and a dash that start at most this many
# characters after the word's first letter (looked up among the lead's blanks and dashes, not
# read character by character after every capital).
_LEAD_DASH_REACH = 60
_RE_PAGE_DOTDASH = re.compile(
    rf"[ \t\xa0](?=[{UP}][{LO}]+(?:[ \t\xa0](?:{_JOIN}[ \t\xa0])?[{UP}][{LO}]+){{0,3}}\.-)"
)

_MODES = {
    "line": BOUNDARY,
    "gap": BOUNDARY,
    "glue": GLUE,
    "gluep": GLUE,
    "sent": SENTENCE,
    "inner": INNER,
}


# A place to try a dateline at: (position, trust, glued after a word, after an age).
# Candidates sort by position, then by trust. Plain tuples: a NamedTuple's constructor is a
# Python call per candidate.
_Cand = tuple[int, Trust, bool, bool]


def _page_candidates(
    text: str, anchors: Sequence[int], ctx: _Ctx, found: Sequence[Dateline] = ()
) -> Iterator[_Cand]:
    """Every candidate start, in order (``_Cand``).

    An anchor (where an age marker ends) sorts before any other candidate at the same position:
    it is tried with BOUNDARY trust first.

    ``found`` is the caller's list of datelines found so far. A LEAD candidate (a word in the
    first brief's lead) counts only while it is empty, so the lead's words are looked for
    lazily, merged in order, and not at all once a dateline is found (most briefs open with
    theirs).
    """

    n = len(text)
    first = _past_marks(text, _skip_blank(text, 0, min(n, 21)))
    cands = [(first, BOUNDARY, False, False)] if first < n else []
    # an anchor sorts first at its position (PRIMARY < BOUNDARY) and is tried as a BOUNDARY
    cands.extend({(a, PRIMARY, False, True) for a in anchors if 0 <= a < n})
    # the glued and inner scans look ahead for a credit in "(...)" or "/.../": none without one,
    # and none farther than its reach from one (only that stretch is scanned)
    lo, hi = _stretch(text, "(/", _CREDIT_REACH, _CLOSED_SPAN)
    if lo < hi:
        for m in _RE_PAGE_GLUE.finditer(text, lo, hi):
            if m.group("spaced") is None:
                cands.append((m.start(), GLUE, True, False))
            else:
                cands.append((m.start(), INNER, False, False))
        glued = _RE_PAGE_GLUEP.finditer(text, lo, hi)
        cands.extend([(m.end(), GLUE, False, False) for m in glued])
        inner = _RE_PAGE_INNER.finditer(text, lo, hi)
        cands.extend(
            [
                (m.end(), INNER, False, False)
                for m in inner
                if text[m.start() - 1 : m.start()] not in _DIGITS
                or not _day_stop_month(text, m.end())
            ]
        )
    if ctx.is_place is None:
        cands.extend([(m.end(), BOUNDARY, False, False) for m in _RE_PAGE_LINE.finditer(text)])
    else:
        lines = _RE_PAGE_ANYLINE.finditer(text)
        cands.extend([(m.end(), BOUNDARY, False, False) for m in lines])
        lo, hi = _stretch(text, "-–—", _SENT_REACH, 1)  # a sentence start needs a dash ahead
        if lo < hi:
            sents = _RE_PAGE_SENT.finditer(text, lo, hi)
            cands.extend([(m.end(), SENTENCE, False, False) for m in sents])
        for lo, hi in _dotdash_lines(text):
            dotdash = _RE_PAGE_DOTDASH.finditer(text, lo, hi)
            cands.extend([(m.end(), INNER, False, False) for m in dotdash])
        cands.sort()
        return _with_lead_words(text, cands, found, first)
    cands.sort()
    return iter(cands)


def _stretch(text: str, chars: str, reach: int, span: int) -> tuple[int, int]:
    """The part of ``text`` a scan for candidates that need one of ``chars`` ahead has to read:
    from ``reach`` characters before the first of them to ``span`` characters from the last
    (``span`` covers what the look-ahead reads from there); (0, 0) when none stands in the text.

    A scan's matches and look-aheads stay inside this stretch, so scanning only it finds the
    same candidates (``re`` looks behind ``pos`` as it would from the text's start)."""
    table = _STRETCH_TABLES.get(chars) if _c_first_last_in is not None else None
    first, last = _py_first_last(text, chars) if table is None else _c_first_last_in(text, table)
    if first == -1:
        return 0, 0
    return max(0, first - reach), min(len(text), last + span)


def _py_first_last(text: str, chars: str) -> tuple[int, int]:
    """Where the first and the last of ``chars`` stand in ``text``, or (-1, -1)."""
    first, last = -1, -1
    for ch in chars:
        at = text.find(ch)
        if at != -1:
            first = at if first == -1 else min(first, at)
            last = max(last, text.rfind(ch))
    return first, last


try:  # one pass from each end in C, built by the install when it could
    from parsing._langwalk import first_last_in as _c_first_last_in
except ImportError:  # no C compiler at install: a search from each end for each character
    _c_first_last_in = None
# The characters ``_stretch`` is asked for, each set a byte a code point (``first_last_in``); a
# set not here is searched for in Python
_STRETCH_TABLES = {chars: marks_table(chars) for chars in ("(/", "-–—")}


def _dotdash_lines(text: str) -> list[tuple[int, int]]:
    """The lines that hold a ".-", each up to its last one and the two characters of it: where
    ``_RE_PAGE_DOTDASH`` can match. Its match and look-ahead read blanks, letters and joiners, so
    they stay on the line of the ".-" they end at."""
    out: list[tuple[int, int]] = []
    at = text.find(".-")
    while at != -1:
        lo = text.rfind("\n", 0, at) + 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], at + 2)
        else:
            out.append((lo, at + 2))
        at = text.find(".-", at + 1)
    return out


def _with_lead_words(
    text: str, cands: list[_Cand], found: Sequence[Dateline], first: int
) -> Iterator[_Cand]:
    """``cands`` with the lead's LEAD candidates merged in order, looked for only while
    ``found`` is empty (the same order as one sorted list: a LEAD sorts last at its position).
    A lead word follows a blank after the text's first word, so it starts after ``first``:
    the text's first start is tried before the lead is read."""
    leads: Iterator[_Cand] | None = _lead_words(text)
    pending: _Cand | None = None
    for cand in cands:
        while not found and leads is not None and cand[0] > first:
            if pending is None:
                pending = next(leads, None)
                if pending is None:
                    leads = None
                    break
            if not pending < cand:
                break
            yield pending
            pending = None
        yield cand
    while not found and leads is not None:
        if pending is None:
            pending = next(leads, None)
            if pending is None:
                return
        yield pending
        pending = None


def _lead_words(text: str) -> Iterator[_Cand]:
    """Words in the first brief's lead that a dash follows on their line (lazily: nothing is
    searched until the first is asked for).

    A lead word's dash is at most 61 characters after it, and its blanks (at most three) follow
    a word: only the stretch from 64 characters before the first blank and dash to the last is
    read (a search that starts inside a run of blanks finds no word there, as before)."""
    end = min(len(text), MAX_LEAD)
    dashes = _blank_dash_starts(text, end)
    if not dashes:
        return
    last = dashes[-1]
    for m in _RE_PAGE_LEAD_WORD.finditer(text, max(0, dashes[0] - 64), end):
        pos = m.end()
        if pos >= last:
            return  # its dash would have to lie after the last one
        dash = dashes[bisect.bisect_right(dashes, pos)]  # the first after the word's letter
        if dash - pos <= _LEAD_DASH_REACH and text.find("\n", pos, dash) == -1:
            yield (pos, LEAD, False, False)


def _blank_dash_starts(text: str, end: int) -> list[int]:
    """Where each blank followed by a dash (what a lead word needs after it) starts in
    ``text[:end]``, in order: found with ``str.find``, not by a regex tried at every blank."""
    starts = []
    for dash in "-–—":
        at = text.find(dash, 1, end)
        while at != -1:
            if text[at - 1] in " \t\xa0":
                starts.append(at - 1)
            at = text.find(dash, at + 1, end)
    starts.sort()
    return starts


_DIGITS = frozenset("0123456789")
_RE_MONTH_AT = re.compile(rf"{_MONTH}(?![{LET}])")


def _day_stop_month(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is a month's name after a day's number of one or two digits
    and its stop ("5. Dezember", "24. september", "5. joulukuuta"): an ordinal date, as German,
    the Nordic and Slavic languages write it, where the stop ends no sentence (a stop after a
    number before any other word may: "dies at 74. CHARLESTON")."""
    i = pos - 1
    while i > 0 and text[i] in " \t\xa0":
        i -= 1
    if i < 1 or text[i] != "." or not text[i - 1].isdigit():
        return False
    k = i - 1
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    return i - k <= 2 and _RE_MONTH_AT.match(text, pos) is not None


def _lead_word_ok(text: str, pos: int) -> bool:
    """A word in a lead with no full stop before it may open a dateline when a lead of three
    words or more precedes it on its line ("Real Madrid - Ajax" has one) and the word before
    it does not put it inside a phrase ("Gespräche in Genf – ...", "Lula da Silva e ..."), an
    address ("Friedrichstraße 43, 10117 Berlin –") or a longer name ("... New York –"), and
    the line is no page furniture ("Mehr zum Thema:", "Te puede interesar:")."""
    start = max(text.rfind("\n", max(0, pos - MAX_LEAD), pos) + 1, pos - MAX_LEAD, 0)
    words = text[start:pos].rsplit(None, 2)  # three words or more, and the last one
    if len(words) < 3:
        return False
    last = words[-1].strip("\"'„“”«»‹›()")
    low = last.casefold()
    if low in LEAD_PREPOSITIONS or last[-1:] == ",":
        return False  # after a comma a word is a place's region ("BUCKLIN, Kan. --"), no start
    # a postcode's town ("10117 Berlin –"), a name's end ("New York –")
    if (low in PLACE_PARTICLES and last[:1].isupper()) or last.rstrip(",").isdigit():
        return False
    if last[-1:] == "." and len(last) <= 3 and _day_stop_month(text, pos):
        return False  # "Beirut, 5. Dezember": the day's stop, then its month
    # "Mehr zum Thema: Ulm – ...": a link to another story, no lead
    head = text[start : start + 40].casefold()
    chrome = CHROME_BY_FIRST.get(head[:1])
    return chrome is None or not head.startswith(chrome)


def _skip_blank(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def find_dateline(
    text: str,
    start: int = 0,
    *,
    max_lead: int = 400,
    is_place: PlaceCheck | None = None,
    lang: str | None = None,
    memo: dict | None = None,
) -> Dateline | None:
    """The dateline of the one brief whose text starts at ``start``, or None.

    The dateline may open the brief or follow a byline, headline, lead, age marker or wire id
    within ``max_lead`` characters. Offsets are offsets into ``text``.

    ``is_place(name, lang)`` says whether a name is a known place (see ``PlaceCheck``). With it,
    weak datelines count too ("Wien –" after a lead, "Roma.", "MODENA La ...") and all-caps
    ones without a credit must name a known place; without it only strong datelines are read.

    ``memo`` holds what the grammar worked out at each start of this same ``text`` (with the
    same ``is_place`` and ``lang``) in an earlier call, as ``parse_page`` shares it with
    ``find_datelines``; by default the call keeps its own.
    """
    if not isinstance(text, str) or start < 0 or start >= len(text):
        return None
    ctx = _Ctx(is_place, lang, {} if memo is None else memo)
    limit = min(len(text), start + max(0, max_lead))
    pos = _past_marks(text, _skip_blank(text, start, limit))
    if pos < len(text):
        dl = _at(text, pos, PRIMARY, ctx)
        if dl is not None:
            return _dash_inside(text, _prefer_next_line(text, dl, PRIMARY, ctx), ctx)
    ahead = -1  # the first credit or dash at or after the last candidate that needed one
    # no lead word starts past the limit and a line's blanks: the search for a credit or a dash
    # stops a dateline's reach past that, not at the text's end
    reach = limit + _LINE_REACH + MAX_DATELINE_LEN
    for kind, cand in _lead_candidates(text, pos + 1, limit):
        glued_after_word = kind == "glue"
        mode = _MODES[kind]
        if mode >= GLUE:
            # ``_at`` finds nothing here with no credit or dash within reach (its first test):
            # look that up once per stretch, before the lead's words are weighed
            if ahead < cand:
                stop = min(len(text), max(reach, cand + MAX_DATELINE_LEN))
                hit = _RE_CREDIT_OR_DASH.search(text, cand, stop)
                ahead = hit.start() if hit is not None else stop  # none before ``stop``
            if ahead >= min(cand + MAX_DATELINE_LEN, len(text)):
                continue
            if mode <= INNER and _placed_only_fails(text, cand):
                continue  # nothing to read at either trust: the lead's words need no weighing
        if kind == "inner" and text[cand - 2 : cand - 1] == "." and _day_stop_month(text, cand):
            continue  # "Sport, 5. Dezember (SID) –": a day's date's month, no place
        if mode == INNER and ctx.is_place is not None and _lead_word_ok(text, cand):
            mode = LEAD  # a lead need not end with a stop: a large city and a dash may open
        dl = _at(text, cand, mode, ctx, allow_follow=True, glued_after_word=glued_after_word)
        if dl is not None:
            return _dash_inside(text, _prefer_next_line(text, dl, _MODES[kind], ctx), ctx)
    return None


# How far past the lead's limit a candidate may start: a line's first word after its blanks
# (``_RE_LEAD_CAND``'s ``line`` group reads up to 20 of them).
_LINE_REACH = 21


def _placed_only_fails(text: str, pos: int) -> bool:
    """Whether ``_at`` finds nothing at ``pos`` at GLUE, INNER or LEAD trust, known without it:
    inside a line a letter that opens no month and no bare credit is read by ``_placed`` alone,
    and the line's shape rules its pattern out (``_placed_gate``). ``find_dateline`` skips such
    a lead word before weighing whether it may open a lead (``_lead_word_ok``)."""
    if not text[pos : pos + 1].isalpha():
        return False
    if text[pos : pos + 3].casefold() in _MONTH_PREFIXES or text[pos : pos + 2] in _BARE_PREFIXES:
        return False
    return not _placed_gate(text, pos, min(len(text), pos + MAX_DATELINE_LEN))


def _spans_anchor(anchors: list[int], start: int, end: int) -> bool:
    """Whether an anchor (an age's end) lies strictly inside ``text[start:end]``."""
    i = bisect.bisect_right(anchors, start)
    return i < len(anchors) and anchors[i] < end


def find_datelines(
    text: str,
    anchors: Sequence[int] = (),
    *,
    is_place: PlaceCheck | None = None,
    lang: str | None = None,
    memo: dict | None = None,
) -> list[Dateline]:
    """Every dateline that starts a brief on a page of several briefs, in order.

    Datelines are looked for at line starts, glued to what precedes them ("2 uur
    geledenQUITO (ANP) -") and after a sentence end when the page lost its line breaks;
    away from a line start an agency credit is required, or (with ``is_place``, as in
    ``find_dateline``) a known place and a dash.

    ``anchors`` are offsets where a page's age markers end (``timeparse.ages_in``). A page
    glues each age to the next brief's dateline in whatever case the agency writes it
    ("vor 2 StundenSimmering (dpa/lby) -", "ieri(ANSA) - MILANO, 16 NOV -"), so a dateline
    starting exactly there is trusted as if it opened a line. Ordinary-sentence guards stay.

    ``memo``: as in ``find_dateline``.
    """
    if not isinstance(text, str) or not text:
        return []
    ctx = _Ctx(is_place, lang, {} if memo is None else memo)
    anchor_list = sorted(anchors)
    found: list[Dateline] = []
    last_end = 0
    for cand, rank, glued, after_age in _page_candidates(text, anchor_list, ctx, found):
        if cand < last_end:
            continue
        if rank == LEAD and (found or not _lead_word_ok(text, cand)):
            continue  # only the first brief's lead runs on without a stop
        mode = BOUNDARY if after_age else rank
        dl = _at(
            text, cand, mode, ctx, allow_follow=True, glued_after_word=glued, after_age=after_age
        )
        if dl is None or dl.start < last_end:
            continue
        if anchor_list and _spans_anchor(anchor_list, dl.start, dl.end):
            continue  # "ieri(ANSA) - MILANO": an age is no part of a place; it ends before one
        if mode == BOUNDARY:
            dl = _prefer_next_line(text, dl, BOUNDARY, ctx)
            if dl.start < last_end:
                continue
        whole = _dash_inside(text, dl, ctx)
        if whole.start >= last_end:
            dl = whole
        found.append(dl)
        last_end = dl.sep_end
    return found
