"""Times from wire copy: page ages ("2 uur geleden"), dated datelines ("Feb 26") and meta times.

Why a table first: ages on news pages come in a handful of forms per language, and a compiled
regular expression reads them in about a microsecond, where dateparser needs a quarter of a
millisecond even with the language fixed. dateparser is only the fallback of ``parse_age``.

Precision is never invented:

* An age ("2 uur geleden") resolves to an instant: capture time minus the age.
* A day word ("gisteren", "yesterday") names a *day*, not an instant: ``AgeMatch.resolve``
  returns None for it and ``AgeMatch.day`` gives the calendar day (in the capture time's zone).
  Only when a clock time is written with it ("gisteren 14:32") does it resolve to an instant.
* A dated dateline ("Feb 26") resolves to midnight UTC of that date: day precision, which the
  pipeline records as ``time_basis="dateline"``.
* A naive capture time (no UTC offset) resolves nothing: the offset would be a guess.

Nothing here raises on bad input; unknown is None.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

import ahocorasick

from parsing.pagewords import STAMP_WORDS
from parsing.timewords import (
    AGE_LANGS,
    AGE_TEMPLATES,
    AGE_UNITS,
    ALL_DAY_ORDINALS,
    ALL_WEEKDAYS,
    CLOCK_LINKS,
    CLOCK_TAILS,
    DATE_LINKS,
    DAY_MARKS,
    DAY_WORDS,
    FIGURE_ORDER,
    LANGS,
    MONTHS,
    ONE_UNITS,
    ONE_WORDS,
    WEEKDAY_WORDS,
    YEAR_MARKS,
)

try:  # ``str.lower`` of a page in one pass in C, built by the install when it could
    from parsing._langwalk import lower as _lower
except ImportError:  # no C compiler at install: the same string from ``str.lower``
    _lower = str.lower

__all__ = [
    "AgeMatch",
    "ages_in",
    "parse_age",
    "parse_meta_time",
    "parse_meta_time_precise",
    "resolve_dateline_date",
    "resolve_dateline_when",
    "resolve_stamp",
]

# A short run of blanks: real ages use one space; the bound keeps scans linear on junk.
_BL = r"[ \t\u00a0\u202f]{1,3}"
_BL0 = r"[ \t\u00a0\u202f]{0,3}"
# Upper-case letters an age may be glued to ("2 uur geledenQUITO"), generated, not typed.
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_LOWER = "".join(re.escape(c) for c in map(chr, range(0x61, 0x530)) if c.islower() and c.isalpha())
# Right edge of a marker: not followed by a lower-case letter, but an upper-case one is fine
# ("geledenQUITO", "StundenSimmering") -- unless the marker's own last letter is a capital after
# a small one: in "hace 1 horaSANTIAGO" the "S" opens the place, it does not make "horas".
_RIGHT = rf"(?:(?![^\W\d_])|(?=(?-i:[{_UPPER}]))(?<!(?-i:[{_LOWER}][{_UPPER}])))"
_LEFT = r"(?<!\w)"

_UNIT_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800}
_PRECISION = {
    "seconds": "second",
    "minutes": "minute",
    "hours": "hour",
    "days": "day",
    "weeks": "day",
    "months": "day",
    "years": "day",
}


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """An alternation that tries longer words first; blanks in words match any short blank."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _BL) for w in parts)


def _age_regex(lang: str) -> list[re.Pattern[str]]:
    units = AGE_UNITS[lang]
    unit = rf"(?P<u>{_alt(list(units))})\.?"
    ones = [w for w in ONE_WORDS.get(lang, ()) if not w.endswith("'")]
    elided = [w for w in ONE_WORDS.get(lang, ()) if w.endswith("'")]
    num_parts = [rf"(?P<n>\d{{1,4}}){_BL}"]
    if ones:
        num_parts.append(rf"(?P<one>{_alt(ones)}){_BL}")
    if elided:
        num_parts.append(rf"(?P<el>{_alt(elided)}){_BL0}")
    num = "(?:" + "|".join(num_parts) + ")"
    if lang in ONE_UNITS:  # "godzinę temu": no amount before a singular unit (see _match_for)
        num += "?"
    out = []
    for tpl in AGE_TEMPLATES[lang]:
        body = re.escape(tpl).replace(r"\{n\}\ ", "{n}").replace(r"\{u\}", "{u}")
        body = body.replace(r"\ ", _BL).replace("{n}", num).replace("{u}", unit)
        out.append(re.compile(_LEFT + body + _RIGHT, re.IGNORECASE))
    return out


def _clock_regex(lang: str) -> str:
    links = CLOCK_LINKS.get(lang, ())
    link = rf"(?:(?:{_alt(links)}){_BL})?" if links else ""
    tails = CLOCK_TAILS.get(lang, ())
    tail = rf"(?:{_BL}(?:{_alt(tails)})(?!\w))?" if tails else ""
    clock = r"(?P<hh>[01]?\d|2[0-3])[:.hH](?P<mm>[0-5]\d)(?!\d)(?:[:.][0-5]\d)?"
    return rf"(?:,?{_BL}{link}{clock}{tail})?"


def _day_regex(lang: str) -> re.Pattern[str]:
    words = DAY_WORDS[lang]
    return re.compile(
        rf"{_LEFT}(?P<day>{_alt(list(words))}){_clock_regex(lang)}{_RIGHT}", re.IGNORECASE
    )


_AGE_RES: dict[str, list[re.Pattern[str]]] = {lang: _age_regex(lang) for lang in AGE_LANGS}
_DAY_RES: dict[str, re.Pattern[str]] = {lang: _day_regex(lang) for lang in AGE_LANGS}


# Longest stretch a marker reaches before or after its anchor word, with room to spare.
_REACH = 40


def _anchor_plan(
    lang: str,
) -> list[tuple[str, re.Pattern[str], re.Pattern[str], str, int, int]]:
    """(anchor word, its pattern, the form's pattern, kind, reach before, reach after) for each
    marker form of ``lang``.

    Why: a scan of lower-cased text for literal words runs many times faster than the full
    patterns, which then only run in a small window around each hit. Every marker contains its
    anchor word (lower case; a space in it stands for a short blank, ``_BL``), so nothing is
    missed. An anchor at a form's edge needs no reach on that side (one character after it,
    for the right-edge check).
    """
    plan = []
    for tpl, rx in zip(AGE_TEMPLATES[lang], _AGE_RES[lang], strict=True):
        parts = [w.strip() for w in re.split(r"\{[nu]\}", tpl)]
        word = max(parts, key=len)
        before = 0 if parts[0] == word else _REACH
        after = 1 if parts[-1] == word else _REACH
        word = word.lower()
        plan.append((word, _anchor_rx(word), rx, "relative", before, after))
    # "today" is not looked for in the text: with a clock it is a stamp line's (resolve_stamp)
    days = {w.lower() for w, back in DAY_WORDS[lang].items() if back}
    days = {w for w in days if not any(o != w and o in w for o in days)}
    for word in sorted(days):
        plan.append((word, _anchor_rx(word), _DAY_RES[lang], "day", 12, _REACH))
    return plan


def _anchor_rx(word: str) -> re.Pattern[str]:
    """An anchor word's pattern: the word, each space in it a short blank (``_BL``)."""
    return re.compile(re.escape(word).replace(r"\ ", _BL))


# The blanks ``_BL`` matches besides the space: written as spaces in the text the anchors are
# looked for in (one character for one, so offsets stay), as the anchors' forms hold spaces.
_OTHER_BLANKS = ("\t", "\u00a0", "\u202f")


def _anchor_forms(word: str) -> list[str]:
    """The literal forms an anchor word takes in text whose blanks are spaces: each of its
    spaces one to three (``_BL``), "i går" -> "i går", "i  går", "i   går"."""
    parts = word.split(" ")
    forms = [parts[0]]
    for part in parts[1:]:
        forms = [f + " " * n + part for f in forms for n in (1, 2, 3)]
    return list(dict.fromkeys(forms))


_ONE_UNITS = {lang: frozenset(words) for lang, words in ONE_UNITS.items()}  # lower case (CLDR)
_UNIT_LOOKUP = {lang: {k.lower(): v for k, v in AGE_UNITS[lang].items()} for lang in AGE_LANGS}
_DAY_LOOKUP = {
    lang: {re.sub(r"\s+", " ", k.lower()): v for k, v in DAY_WORDS[lang].items()}
    for lang in AGE_LANGS
}
_PLANS = {lang: _anchor_plan(lang) for lang in AGE_LANGS}


def _needles(plans: list[tuple]) -> tuple[str, ...]:
    """A literal each plan's anchor holds (its longest word), less those holding another (where
    "går" is not, "igår" is not): where none is in the lower-cased text, no anchor is."""
    words = dict.fromkeys(max(word.split(" "), key=len) for word, *_ in plans)
    return tuple(w for w in words if not any(o != w and o in w for o in words))


# per language: most briefs hold none, and their scan is then a few ``in`` tests
_NEEDLES = {lang: _needles(plans) for lang, plans in _PLANS.items()}


@dataclass(frozen=True, slots=True)
class AgeMatch:
    """An age marker found in a text, with what is needed to turn it into a time.

    ``kind`` is "relative" ("2 uur geleden": ``amount`` of ``unit`` before capture) or "day"
    ("gisteren": ``days_back`` days before the capture day, with ``hour``/``minute`` when a
    clock time is written with it). ``standalone`` is True when the marker stands on its own
    line or is glued to an upper-case word (a dateline), the way page ages are laid out.
    """

    start: int
    end: int
    text: str
    lang: str
    kind: str  # "relative" | "day"
    amount: int = 0
    unit: str | None = None  # one of timewords.UNITS for kind "relative"
    days_back: int = 0
    hour: int | None = None
    minute: int | None = None
    standalone: bool = False

    @property
    def precision(self) -> str:
        """How fine the resolved time is: "second", "minute", "hour" or "day"."""
        if self.kind == "day":
            return "minute" if self.hour is not None else "day"
        return _PRECISION.get(self.unit or "", "day")

    @property
    def delta(self) -> timedelta | None:
        """The age as a fixed duration; None for day words and calendar units (months, years)."""
        if self.kind != "relative" or self.unit not in _UNIT_SECONDS:
            return None
        return timedelta(seconds=self.amount * _UNIT_SECONDS[self.unit])

    def resolve(self, captured_at: datetime) -> datetime | None:
        """The instant this marker names, in UTC; None when it names only a day (see module)."""
        try:
            if captured_at is None or captured_at.utcoffset() is None:
                return None
            if self.kind == "relative":
                delta = self.delta
                if delta is not None:
                    return (captured_at - delta).astimezone(UTC)
                from dateutil.relativedelta import relativedelta

                months = self.amount * (12 if self.unit == "years" else 1)
                return (captured_at - relativedelta(months=months)).astimezone(UTC)
            if self.hour is None or self.minute is None:
                return None
            day = captured_at.date() - timedelta(days=self.days_back)
            local = datetime.combine(day, time(self.hour, self.minute), captured_at.tzinfo)
            return local.astimezone(UTC)
        except (OverflowError, ValueError, TypeError, AttributeError):
            return None

    def day(self, captured_at: datetime) -> date | None:
        """The calendar day this marker names, in the capture time's own zone."""
        try:
            if captured_at is None or captured_at.utcoffset() is None:
                return None
            if self.kind == "day":
                return captured_at.date() - timedelta(days=self.days_back)
            instant = self.resolve(captured_at)
            return None if instant is None else instant.astimezone(captured_at.tzinfo).date()
        except (OverflowError, ValueError, TypeError, AttributeError):
            return None


def _standalone(text: str, start: int, end: int) -> bool:
    """Own line, or glued to an upper-case word; looks at a few characters only (linear)."""
    i = start - 1
    lo = max(0, start - 12)
    while i >= lo and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] not in "\r\n":
        return False
    if i < 0 and start > 12:
        return False
    if end >= len(text):
        return True
    ch = text[end]
    if ch.isalpha():
        return ch.isupper()
    if ch == "(":
        return True  # glued to a credit-first dateline: "ieri(ANSA) - MILANO, 16 NOV -"
    if ch in "'’‘ʻ":
        # Glued to a place that opens with an elision or an ayin: "gisteren's-Gravenhage",
        # "hier‘IRBĪN".
        nxt = text[end + 1 : end + 3]
        return nxt in ("s-", "S-") or nxt[:1].isupper()
    j = end
    hi = min(len(text), end + 12)
    while j < hi and text[j] in " \t\u00a0":
        j += 1
    return j >= len(text) or text[j] in "\r\n"


def _match_for(m: re.Match[str], lang: str, kind: str, text: str) -> AgeMatch | None:
    if kind == "relative":
        word = m.group("u").lower()
        unit = _UNIT_LOOKUP[lang].get(word)
        if unit is None:
            return None
        bare = lang in _ONE_UNITS and not any(m.groupdict().get(g) for g in ("n", "one", "el"))
        if bare and word not in _ONE_UNITS[lang]:
            return None  # "godzin temu" alone is "hours ago", no amount: not an age
        amount = int(m.group("n")) if m.group("n") is not None else 1
        return AgeMatch(
            start=m.start(),
            end=m.end(),
            text=m.group(0),
            lang=lang,
            kind="relative",
            amount=amount,
            unit=unit,
            standalone=_standalone(text, m.start(), m.end()),
        )
    word = re.sub(r"\s+", " ", m.group("day").lower())
    back = _DAY_LOOKUP[lang].get(word)
    if back is None:
        return None
    hh, mm = m.group("hh"), m.group("mm")
    if back == 0 and hh is None:
        return None  # "today" alone says nothing a page does not; with a clock it is a time
    return AgeMatch(
        start=m.start(),
        end=m.end(),
        text=m.group(0),
        lang=lang,
        kind="day",
        days_back=back,
        hour=int(hh) if hh is not None else None,
        minute=int(mm) if mm is not None else None,
        standalone=_standalone(text, m.start(), m.end()),
    )


def _anchors(langs: tuple[str, ...]) -> tuple[ahocorasick.Automaton, dict[str, int]]:
    """One automaton over the anchor forms of every plan of ``langs`` (built when first met),
    with the id of each language's first plan: a plan's id is its place in that order. A form
    maps to its length and the ids of the plans it anchors."""
    got = _ANCHORS.get(langs)
    if got is not None:
        return got
    first: dict[str, int] = {}
    ids: dict[str, list[int]] = {}
    n = 0
    for lang in langs:
        first[lang] = n
        for word, *_ in _PLANS[lang]:
            for form in _anchor_forms(word):
                ids.setdefault(form, []).append(n)
            n += 1
    auto = ahocorasick.Automaton()
    for form, plans in ids.items():
        auto.add_word(form, (len(form), tuple(plans)))
    auto.make_automaton()
    got = _ANCHORS[langs] = (auto, first)
    return got


_ANCHORS: dict[tuple[str, ...], tuple[ahocorasick.Automaton, dict[str, int]]] = {}


def _anchor_spans(lowered: str, auto: ahocorasick.Automaton) -> dict[int, list[tuple[int, int]]]:
    """Plan id -> where its anchor stands in ``lowered``: the spans ``finditer`` of the anchor's
    pattern gives (leftmost first, not overlapping; at one start the longest, as ``_BL`` is
    greedy), found for every plan by one pass of ``auto`` (``_anchors``)."""
    for blank in _OTHER_BLANKS:
        if blank in lowered:
            lowered = lowered.replace(blank, " ")
    spans: dict[int, list[tuple[int, int]]] = {}
    for end, (size, plans) in auto.iter(lowered):
        for plan in plans:
            got = spans.get(plan)
            if got is None:
                spans[plan] = [(end + 1 - size, end + 1)]
            else:
                got.append((end + 1 - size, end + 1))
    for plan, got in spans.items():
        if len(got) > 1:
            got.sort(key=lambda s: (s[0], -s[1]))
            kept, last = [], -1
            for start, end in got:
                if start >= last:
                    kept.append((start, end))
                    last = end
            spans[plan] = kept
    return spans


def _lang_ages(
    found: list[AgeMatch],
    text: str,
    lang: str,
    lowered: str | None,
    spans: dict[int, list[tuple[int, int]]] | None = None,
    first: int = 0,
) -> None:
    """The markers of ``lang`` added to ``found``, each form's pattern run around its anchor in
    ``lowered``: found by the anchor's own pattern, or given in ``spans`` (by plan id, the
    language's first plan's id ``first``; ``_anchor_spans``); over the whole text when
    ``lowered`` is None. Loops that fill one list (no generator a language and a plan)."""
    n = len(text)
    for k, (_, anchor, rx, kind, before, after) in enumerate(_PLANS[lang]):
        if lowered is None:  # lower-casing moved offsets (rare scripts): scan everything
            windows: list[tuple[int, int]] = [(0, n)]
        elif spans is None:
            windows = [
                (max(0, m.start() - before), min(n, m.end() + after))
                for m in anchor.finditer(lowered)
            ]
        else:
            got = spans.get(first + k)
            if got is None:
                continue
            windows = [(max(0, start - before), min(n, end + after)) for start, end in got]
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                am = _match_for(m, lang, kind, text)
                # A bare day word is prose unless it stands alone ("ieri" in a sentence).
                if am is not None and (kind == "relative" or am.standalone):
                    found.append(am)


def _age_key(m: AgeMatch) -> tuple[int, int]:
    return m.start, m.start - m.end


def ages_in(text: str, lang: str | None = None, *, strict: bool = False) -> list[AgeMatch]:
    """Age markers in ``text``, in order, not overlapping (a list built by loops: a page's
    reader takes them all).

    With ``lang`` None every known language is tried. Numeric ages count wherever they are
    whole tokens on their left; day words only where they stand alone. ``strict=True`` keeps
    only standalone markers of every kind (page ages, not "3 hours ago" inside a sentence).
    """
    if not isinstance(text, str) or not text:
        return []
    langs: tuple[str, ...] = (lang,) if lang in _AGE_RES else AGE_LANGS
    lowered: str | None = _lower(text)  # ``text.lower()``: ASCII by table in C, once a page
    if len(lowered) != len(text):
        lowered = None
    found: list[AgeMatch] = []
    if lowered is not None and len(langs) > 1:
        # every language's anchors (some sixty words) in one pass of an automaton, rather than
        # one ``finditer`` per word; a language's few words are found faster by ``finditer``
        auto, first = _anchors(langs)
        spans = _anchor_spans(lowered, auto)
        for lg in langs:
            _lang_ages(found, text, lg, lowered, spans, first[lg])
    else:
        for lg in langs:
            if lowered is not None:
                for w in _NEEDLES[lg]:
                    if w in lowered:
                        break
                else:
                    continue  # no anchor of the language's: ``_lang_ages`` would find nothing
            _lang_ages(found, text, lg, lowered)
    if not found:
        return found
    if strict:
        found = [m for m in found if m.standalone]
    # Earliest first; at one start the longest (a window edge may cut a match short: the
    # whole one, found from its own anchor's window, then wins).
    found.sort(key=_age_key)
    kept: list[AgeMatch] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            last_end = m.end
            kept.append(m)
    return kept


def _fullmatch_age(text: str, lang: str) -> AgeMatch | None:
    for rx in _AGE_RES[lang]:
        m = rx.fullmatch(text)
        if m is not None:
            return _match_for(m, lang, "relative", text)
    m = _DAY_RES[lang].fullmatch(text)
    if m is not None:
        return _match_for(m, lang, "day", text)
    return None


_FALLBACK_BASES = (datetime(2021, 6, 15, 12, 0, 0), datetime(2023, 2, 3, 7, 30, 0))


def _dateparser_age(text: str, lang: str | None) -> timedelta | None:
    """dateparser with the language fixed; accepted only if the result is truly relative."""
    if len(text) > 64:
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    langs = [lang] if lang in AGE_LANGS else list(AGE_LANGS)
    deltas = []
    for base in _FALLBACK_BASES:
        try:
            got = dateparser.parse(
                text,
                languages=langs,
                settings={
                    "RELATIVE_BASE": base,
                    "PREFER_DATES_FROM": "past",
                    "RETURN_AS_TIMEZONE_AWARE": False,
                    "STRICT_PARSING": False,
                },
            )
        except Exception:  # dateparser raises many kinds on odd input; unknown is None
            return None
        if got is None:
            return None
        if got.tzinfo is not None:
            got = got.replace(tzinfo=None)
        deltas.append(base - got)
    # An absolute date ("17 nov") gives different ages from different bases: not an age.
    if deltas[0] != deltas[1] or deltas[0] < timedelta(0):
        return None
    return deltas[0]


def parse_age(text: str, lang: str | None = None) -> timedelta | None:
    """The age written in ``text`` ("2 uur geleden" -> 2 h), or None.

    Fast path: the compiled table (about a microsecond). Fallback: dateparser with the
    language fixed, for forms the table lacks. Day words ("gisteren") and calendar units
    ("2 maanden geleden") return None here: they are not fixed durations; use ``ages_in``
    and ``AgeMatch.resolve``/``AgeMatch.day`` for them.
    """
    if not isinstance(text, str):
        return None
    s = text.strip()
    if not s or len(s) > 200:
        return None
    langs = (lang,) if lang in _AGE_RES else AGE_LANGS
    for lg in langs:
        m = _fullmatch_age(s, lg)
        if m is not None:
            return m.delta
    if any(_DAY_RES[lg].search(s) for lg in langs):
        return None  # a day word: names a day, never a duration
    return _dateparser_age(s, lang)


# --- dated datelines -----------------------------------------------------------------------


def _unambiguous_months() -> dict[str, int]:
    """Month names of every language, less those that name different months in two of them
    ("listopada": November in Polish, October in Croatian): for text of unknown language."""
    seen: dict[str, set[int]] = {}
    for lang in LANGS:
        for name, month in MONTHS.get(lang, {}).items():
            seen.setdefault(name, set()).add(month)
    return {name: months.pop() for name, months in seen.items() if len(months) == 1}


_ALL_MONTHS: dict[str, int] = _unambiguous_months()
_ALL_DATE_LINKS = {w for ws in DATE_LINKS.values() for w in ws}

_W = r"[^\W\d_]+"
_SP = r"[\s,]{0,4}"
# "day" after a day ("gruodžio 5 d."), its stop already stripped or matched after it.
_DAY_MARK = _alt(sorted({w.rstrip(".") for ws in DAY_MARKS.values() for w in ws}))
_MD_RE = re.compile(
    rf"(?P<mon>{_W})\.?\s{{0,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th|\s(?:{_DAY_MARK}))?\.?"
    rf"(?:{_SP}(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)
_LINK = rf"(?:{_alt(sorted(_ALL_DATE_LINKS))})"
# "of the year" after a year ("5 grudnia 2026 r."), read past, its stop already stripped.
_YEAR_MARK = _alt(sorted({w.rstrip(".") for ws in YEAR_MARKS.values() for w in ws}))
# A link elided before the month's vowel is glued to it ("3 d'abril", Catalan).
_ELIDED_LINK = _alt(sorted(w for w in _ALL_DATE_LINKS if w[-1:] in "'’")) or "(?!)"
# A day's ordinal mark, every language's (``time.day_ordinals``: "1st", "1er", "1º", "1r"); one
# of a single small letter only where no letter follows: Catalan's "n" is the first letter of a
# month glued to its day ("2nov") as often as it is a mark ("º" is a raised sign, no letter).
_ORDINAL_LETTER = _alt([w for w in ALL_DAY_ORDINALS if len(w) == 1 and w.isascii()])
_ORDINAL = _alt([w for w in ALL_DAY_ORDINALS if len(w) > 1 or not w.isascii()])
_DM_RE = re.compile(
    rf"(?P<d>\d{{1,2}})(?:\.|{_ORDINAL}|(?:{_ORDINAL_LETTER})(?![^\W\d_]))?"
    rf"(?:\s{{1,3}}(?:{_LINK}(?!{_W})|{_ELIDED_LINK}))?\s{{0,3}}(?P<mon>{_W})\.?"
    rf"(?:{_SP}(?:{_LINK}\s{{1,3}})?(?P<y>\d{{4}})(?:{_SP}(?:{_YEAR_MARK})\.?)?)?",
    re.IGNORECASE,
)
# The year first, then the month's name and the day ("2026. december 5", Hungarian), perhaps
# with the weekday after ("2026. december 5., péntek").
_YMD_RE = re.compile(
    rf"(?P<y>\d{{4}})\.\s{{0,3}}(?P<mon>{_W})\.?\s{{0,3}}(?P<d>\d{{1,2}})\.?(?:[\s,]{{1,4}}(?P<w>{_W}))?"
)
# A date in figures as the dateline grammar takes it, its last stop stripped: "4. 12",
# "4.12.2025", "4. 12. 2025", with slashes or hyphens and a year ("05/12/2026", "3-12-2026"),
# or a day and a month with a slash or a hyphen and no year, the second of two figures ("03/12",
# "03-12": "24/7" is no date).
_FIGURES_RE = re.compile(
    r"(?P<a>\d{1,2})\.\s{0,3}(?P<b>\d{1,2})(?:\.\s{0,3}(?P<y>\d{4}))?"
    r"|(?P<sa>\d{1,2})(?P<s>[/-])(?P<sb>\d{1,2})(?P=s)(?P<sy>\d{4})"
    r"|(?P<na>\d{1,2})[/-](?P<nb>\d\d)"
)
# The year first in figures: year, month, day in every language ("2026-12-03", ISO, as Nordic
# papers write it; "2026. 12. 03.", Hungarian).
_YMD_FIGURES_RE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d\d)-(?P<d>\d\d)|\.\s{0,2}(?P<dm>\d{1,2})\.\s{0,2}(?P<dd>\d{1,2}))"
)
# A year's mark after a date in figures ("3.12.2026 r.", its stop already stripped): read past.
_FIGURES_YEAR_MARK_RE = re.compile(rf"(?<=\d{{4}})[\s\u202f]{{0,2}}(?:{_YEAR_MARK})\Z")
_LEAD_WEEKDAY_RE = re.compile(rf"^(?P<w>{_W}(?:-{_W})?)\.?[\s,]{{1,4}}")


def _month(word: str, lang: str | None) -> int | None:
    """The month a name means in ``lang``; in any language when ``lang``'s table lacks it (a
    Spanish date in an English brief), unless the languages disagree."""
    w = word.lower()
    got = MONTHS[lang].get(w) if lang in MONTHS else None
    return got if got is not None else _ALL_MONTHS.get(w)


# a day, made once (a ``timedelta`` made a call costs more than the sum it is for)
_ONE_DAY = timedelta(days=1)


def _infer_year(month: int, day: int, captured_at: datetime) -> date | None:
    """The latest such date not after the capture day + 1 (wire dates lag, never lead)."""
    ref = captured_at.date() + _ONE_DAY
    top = ref.year
    if (month, day) > (ref.month, ref.day):
        top -= 1  # that date this year is after ``ref``, or no date (the loop's first ``continue``)
    for year in range(top, ref.year - 9, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue  # 29 Feb in a common year
        if d <= ref:
            return d
    return None


def _infer_month(day: int, captured_at: datetime) -> date | None:
    """The latest date on that day of a month not after the capture day + 1: a lone day
    ("MADRID, 5 (EUROPA PRESS) -") names the current month's, or a recent month's."""
    ref = captured_at.date() + _ONE_DAY
    year, month = ref.year, ref.month
    for _ in range(3):
        try:
            d = date(year, month, day)
        except ValueError:
            d = None  # the 31st of a 30-day month
        if d is not None and d <= ref:
            return d
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _figures(m: re.Match[str], lang: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a date in figures, or None where the order is not known.

    The language's ``FIGURE_ORDER`` decides ("4. 12." is 4 December in Slovenian, "12. 4." is
    4 December in Hungarian); in a language that writes both orders (English) or none known,
    only figures that decide it themselves are read: a part above 12 is the day, and day =
    month reads the same either way. "12/05/2026" in English is no date.
    """
    a, b = (m["a"], m["b"]) if m["a"] else (m["sa"], m["sb"]) if m["sa"] else (m["na"], m["nb"])
    a, b = int(a), int(b)
    year = m["y"] or m["sy"]
    order = FIGURE_ORDER.get(lang) if lang else None
    if order is None:
        if a == b or (a > 12 >= b):
            order = "dm"
        elif b > 12 >= a:
            order = "md"
        else:
            return None
    month, day = (b, a) if order == "dm" else (a, b)
    return month, day, int(year) if year else None


def _named(s: str, lang: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a date with its month's name, month first ("Feb 26"), day
    first ("17 nov 2025") or the year first ("2026. december 5."), or None."""
    for rx in (_MD_RE, _DM_RE):
        m = rx.fullmatch(s)
        month = _month(m["mon"], lang) if m is not None else None
        if month is not None:
            return month, int(m["d"]), int(m["y"]) if m["y"] else None
    m = _YMD_RE.fullmatch(s) if s[:1].isdigit() else None
    if m is not None and (m["w"] is None or m["w"].lower() in ALL_WEEKDAYS):
        month = _month(m["mon"], lang)
        if month is not None:
            return month, int(m["d"]), int(m["y"])
    return None


def _day_of(s: str, lang: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a date in figures or with its month's name, or None."""
    f = _FIGURES_RE.fullmatch(s) if s[:1].isdigit() else None
    return _figures(f, lang) if f is not None else _named(s, lang)


def resolve_dateline_date(
    date_text: str, lang: str | None = None, captured_at: datetime | None = None
) -> datetime | None:
    """The date a dateline names ("Feb 26", "17 nov", "25 mars 2013", "4. 12."), at midnight UTC.

    The result has *day* precision only (the pipeline marks it ``time_basis="dateline"``).
    Without a year the year is inferred from ``captured_at`` (the latest such date not after
    the capture day + 1), and for a lone day before a credit ("MADRID, 5 (EUROPA PRESS) -", as
    Europa Press, Servimedia and Agência Estado date their copy) the month too; with neither a
    year nor an aware capture time, None. A date in
    figures is read in the order of day and month its language writes (see ``_figures``).
    """
    try:
        if not isinstance(date_text, str):
            return None
        s = date_text.strip().strip(".,;:-–— \t")
        if not s or len(s) > 60:
            return None
        if s[-1:].isalpha() and s[:1].isdigit():
            s = _FIGURES_YEAR_MARK_RE.sub("", s)  # "3.12.2026 r."
        m = _YMD_FIGURES_RE.fullmatch(s) if s[:1].isdigit() else None
        if m is not None:
            d = date(int(m["y"]), int(m["m"] or m["dm"]), int(m["d"] or m["dd"]))
            return datetime.combine(d, time(0), UTC)
        if s.isdigit() and len(s) <= 2:
            if captured_at is None or captured_at.utcoffset() is None or not 1 <= int(s) <= 31:
                return None
            d = _infer_month(int(s), captured_at)
            return None if d is None else datetime.combine(d, time(0), UTC)
        wd = _LEAD_WEEKDAY_RE.match(s)
        word = wd["w"].lower() if wd is not None else None
        weekday = word in WEEKDAY_WORDS
        got = _day_of(s[wd.end() :], lang) if weekday else None
        if got is None and word not in ALL_WEEKDAYS:
            # an abbreviated weekday's word is a month's too ("Mar 5": March, Spanish "martes")
            got = _day_of(s, lang)
        if got is None:
            return None
        month, day, year = got
        if year is not None:
            return datetime.combine(date(year, month, day), time(0), UTC)
        if captured_at is None or captured_at.utcoffset() is None:
            return None
        d = _infer_year(month, day, captured_at)
        return None if d is None else datetime.combine(d, time(0), UTC)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


# --- meta times ----------------------------------------------------------------------------

# Zone names seen in feeds that RFC 822 parsing does not know (it knows UT/GMT/EST...PDT).
# Zone names seen in feed dates -> minutes east of UTC. RFC 822 parsing in the standard library
# reads an unknown or missing zone as UTC, so zones are checked here instead.
_ZONE_NAMES: dict[str, int] = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60,
    "MEZ": 60, "CEST": 120, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "JST": 540,
    "KST": 540, "AEST": 600, "AEDT": 660, "HKT": 480, "SGT": 480, "EST": -300, "EDT": -240,
    "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AST": -240, "ADT": -180,
    # the zones of the regions' own papers: West, East and South Africa, Pakistan, the
    # Philippines, Malaysia, New Zealand, Colombia, Argentina, Brazil
    "WAT": 60, "EAT": 180, "SAST": 120, "PKT": 300, "PHT": 480, "MYT": 480,
    "NZST": 720, "NZDT": 780, "COT": -300, "ART": -180, "BRT": -180,
}  # fmt: skip
# The zones' names a clock may carry, as the dateline grammar reads them after a date's clock.
ZONE_WORDS: tuple[str, ...] = tuple(sorted(_ZONE_NAMES))
_DATE_ONLY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRAILING_ZONE_RE = re.compile(r"^(?P<rest>.*?\S)\s*(?P<zone>[+-]\d{4}|(?<=\s)[A-Za-z]{1,5})$")


def parse_meta_time_precise(value: str) -> tuple[datetime, str] | None:
    """Like ``parse_meta_time`` but also says the precision: "instant" or "day".

    A date-only value ("2025-11-17") gives midnight UTC with precision "day"; a date-time
    without a UTC offset gives None (the offset would be a guess, up to a day off).
    """
    try:
        if not isinstance(value, str):
            return None
        s = value.strip()
        if not s or len(s) > 80:
            return None
        if _DATE_ONLY_RE.fullmatch(s):
            return datetime.fromisoformat(s).replace(tzinfo=UTC), "day"
        iso = s[:-1] + "+00:00" if s[-1:] in "zZ" and s[:4].isdigit() else s
        try:
            dt = datetime.fromisoformat(iso)
        except ValueError:
            dt = None
        if dt is not None:
            return (dt.astimezone(UTC), "instant") if dt.utcoffset() is not None else None
        z = _TRAILING_ZONE_RE.match(s)
        if z is None:
            return None  # no zone written: the offset would be a guess
        zone = z["zone"].upper()
        if zone[0] in "+-":
            tup = email.utils.parsedate_tz(s)
            offset = None if tup is None else tup[9]
        elif zone in _ZONE_NAMES:
            tup = email.utils.parsedate_tz(z["rest"] + " +0000")
            offset = _ZONE_NAMES[zone] * 60
        else:
            return None
        if tup is not None and offset is not None:
            naive = datetime(*tup[:6])
            tz = timezone(timedelta(seconds=offset))
            return naive.replace(tzinfo=tz).astimezone(UTC), "instant"
        return None
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def parse_meta_time(value: str) -> datetime | None:
    """An ISO 8601 or RFC 822 time from HTML meta or a feed, in UTC; None if unknown."""
    got = parse_meta_time_precise(value)
    return None if got is None else got[0]


# --- a page's time stamp ------------------------------------------------------------------

# A line that opens with a stamp word ("Stand:", "Publié le", "Objavljeno:"), then a date and
# perhaps a clock time, in either order ("Stand: 05.12.2026 14:32 Uhr", "Updated: 5 December
# 2026, 10:32 GMT", "Publicado em 05/12/2026 às 14h32").
_STAMP_RE = re.compile(
    rf"[ \t]*(?P<w>{_alt(list(STAMP_WORDS))})(?![^\W\d_])[ \t]*:?[ \t]*(?P<rest>[^\r\n]*)",
    re.IGNORECASE,
)
_ALL_CLOCK_TAILS = sorted({w for ws in CLOCK_TAILS.values() for w in ws})
_ALL_CLOCK_LINKS = sorted({w for ws in CLOCK_LINKS.values() for w in ws})
# A clock time that is not part of a date in figures ("05.12.2026" holds no "05.12"), with its
# tail ("Uhr", "h"), "am"/"pm" and a zone as written ("GMT", "CET", "+0100").
_STAMP_CLOCK = re.compile(
    r"(?<![\d./-])(?P<hh>[01]?\d|2[0-3])[:.hH](?P<mm>[0-5]\d)(?!\d|\.\d)(?:[:.][0-5]\d(?!\d))?"
    r"(?:[ \t]*(?P<ap>(?i:[ap]\.?m\.?))(?!\w))?"
    + (rf"(?:[ \t]*(?i:{_alt(_ALL_CLOCK_TAILS)})(?!\w))?" if _ALL_CLOCK_TAILS else "")
    + r"(?:[ \t]*\(?(?P<zone>[A-Z]{1,5}|[+-]\d{4})\)?(?!\w))?"
)
_EDGE_MARK = r"[\s,;|•·–—-]"
_STAMP_EDGE = re.compile(
    rf"^(?:{_EDGE_MARK}|(?i:{_alt(_ALL_CLOCK_LINKS)})(?!\w))+|(?:{_EDGE_MARK}|(?<!\w)(?i:{_alt(_ALL_CLOCK_LINKS)}))+$"
)
# What ``_STAMP_EDGE``'s runs open with and close with: a mark, or a clock word's first (last)
# letter, matched as the pattern matches it (``re``'s own case rules, a letter at a time). A
# stripped text whose first and last characters are neither holds no run, and the pattern's
# search (a try of every clock word at every offset, for its run that ends the text) is spared.
_EDGE_OPENS = re.compile(rf"{_EDGE_MARK}|(?i:{_alt(sorted({w[0] for w in _ALL_CLOCK_LINKS}))})")
_EDGE_CLOSES = re.compile(rf"{_EDGE_MARK}|(?i:{_alt(sorted({w[-1] for w in _ALL_CLOCK_LINKS}))})")
# What a line ``_STAMP_RE`` reads opens with: blanks and a stamp word's first letter, matched
# as the pattern matches it (``re``'s own case rules); one letter's test spares most lines the
# try of every stamp word.
_STAMP_OPENS = re.compile(rf"[ \t]*(?i:{_alt(sorted({w[0] for w in STAMP_WORDS}))})")
# The letters a stamp line can open with (a stamp word's, or "today"'s), in both cases: a line
# that opens with another is not read as a stamp.
STAMP_FIRST = frozenset(
    c
    for w in (*STAMP_WORDS, *(d for ws in DAY_WORDS.values() for d, back in ws.items() if not back))
    for c in (w[:1].lower(), w[:1].upper())
    if c
)
# A date in figures joined by hyphens or middle dots, its year in four figures or in two as
# pages stamp it ("05-12-26, 10:32", "05·12·26 | 10:32"): read as "05.12.2026".
_DASHED_RE = re.compile(r"(?<!\d)(\d{1,2})([-·])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")


def _dashed(text: str) -> bool:
    """Whether ``text`` holds a mark ``_DASHED_RE`` joins figures with (a search of its
    pattern, with its group referred back to, costs some hundred times a ``str.find``)."""
    return "-" in text or "·" in text


def _dotted(m: re.Match[str]) -> str:
    """A dashed date as figures with stops, a two-figure year in this century."""
    year = m[4] if len(m[4]) == 4 else "20" + m[4]
    return f"{m[1]}.{m[3]}.{year}"


def _today_at(line: str, lang: str | None, captured_at: datetime | None) -> datetime | None:
    """ "Vandaag, 14:32", "heute um 14:32 Uhr" alone on a line: today's clock time in the
    capture time's zone, as "gisteren 14:32" is yesterday's; "today" alone gives nothing."""
    if lang not in _DAY_RES or captured_at is None:
        return None
    m = _DAY_RES[lang].fullmatch(line)
    am = _match_for(m, lang, "day", line) if m is not None else None
    return am.resolve(captured_at) if am is not None and am.days_back == 0 else None


def _after_capture(day: datetime, captured_at: datetime | None) -> bool:
    """Whether ``day`` is after the capture day + 1 (as ``_infer_year`` allows a dateline)."""
    if captured_at is None or captured_at.utcoffset() is None:
        return False
    return day.date() > captured_at.date() + _ONE_DAY


def resolve_stamp(
    line: str, lang: str | None = None, captured_at: datetime | None = None
) -> datetime | None:
    """The time a page's stamp line gives ("Stand: 05.12.2026 14:32 Uhr"), in UTC, or None.

    The date is read as a dateline's date (``resolve_dateline_date``: its language's order of
    figures, a year inferred from ``captured_at`` where none is written): midnight UTC, day
    precision. A clock time with a zone written ("10:32 GMT", "14:32 CET") makes it that
    instant; a clock with no zone gives the date only (the zone would be a guess), and a clock
    with no date ("Aggiornato alle 14:32") gives nothing. "Today" and a clock alone on the line
    ("Vandaag, 14:32") is read as a day word with a clock, in the capture time's zone. A date
    after the capture day + 1 gives nothing: a page is not stamped after it was read.
    """
    if not isinstance(line, str) or len(line) > 120 or _A_FIGURE.search(line) is None:
        return None  # every time ``_read_stamp`` reads is a date or a clock in figures
    return _read_stamp(line, lang, captured_at)


def _read_stamp(line: str, lang: str | None, captured_at: datetime | None) -> datetime | None:
    """``resolve_stamp`` of a line of at most 120 characters with a figure in it."""
    try:
        m = _STAMP_RE.fullmatch(line.rstrip()) if _STAMP_OPENS.match(line) else None
        if m is None:
            return _today_at(line.strip(), lang, captured_at) or _credited_stamp(
                line, lang, captured_at
            )
        if len(m["w"]) <= 2 and _YEAR_RE.search(m["rest"]) is None:
            return None  # "Le 11 novembre" alone is a headline's date; "Le 05/12/2026" a stamp
        return _stamp_rest(_first_stamp(m["rest"]), lang, captured_at)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


# A figure (``\d``, as every date and clock pattern reads one): a line without one holds no time
# (``resolve_dateline_date`` and a clock read figures), and most lines tried hold none (a
# headline, a byline), so one search spares them the stamp patterns' alternations.
_A_FIGURE = re.compile(r"\d")


# A credit or a byline and a bar, bullet, slash or spaced dash before a stamp ("TNN | Updated:
# Dec 5, 2026, 09:14 IST", "Jane Doe • December 5, 2026", "Philippine Daily Inquirer / 05:10 AM
# December 05, 2026", "By JT - Dec 05,2026 - Last updated at Dec 05,2026"); a date with its year
# alone on its line ("5 de dezembro de 2026, 10:32").
_STAMP_CREDIT_RE = re.compile(r".*[ \t\xa0](?:[|•·]|/(?!\d)|[-–—])[ \t\xa0]+(?P<stamp>\S[^|•·]*)")
# A second stamp on the line ("Published : Dec. 5, 2026 - 10:32 Updated : Dec. 5, 2026 -
# 10:32", as the Korea Herald sets both): the first, when the page was published, is read. A
# stamp word of two letters is a date's article (French "Le 05/12/2026 à 10h32"), which opens a
# stamp line but stands everywhere in prose ("Le 3 décembre, le ministre ..."): mid-line it is
# no second stamp, else a sentence cut at its article would read as a stamp.
_LATER_STAMP = re.compile(
    rf"(?<![^\W\d_])(?:{_alt([w for w in STAMP_WORDS if len(w) > 2])})(?![^\W\d_])",
    re.IGNORECASE,
)


def _first_stamp(rest: str) -> str:
    """A stamp's rest up to a second stamp word on its line."""
    m = _LATER_STAMP.search(rest)
    return rest if m is None or m.start() == 0 else rest[: m.start()]


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SEPS = " \t\xa0|•·/-–—"  # what may stand between a stamp and a second one


def _credited_stamp(line: str, lang: str | None, captured_at: datetime | None) -> datetime | None:
    """The stamp after a credit's bar, or a dated line with no stamp word: its date has a year
    written and nothing else stands on the line but a clock. Of a byline's two stamps ("By JT -
    Dec 04,2026 - Last updated at Dec 05,2026") the first, when the page was published, as of a
    stamp word's two (``_first_stamp``): the last separator's, a stamp word first, is read only
    when no stamp stands before it ("TNN | Updated: Dec 5, 2026")."""
    m = _STAMP_CREDIT_RE.fullmatch(line.strip())
    if m is not None:
        stamp = m["stamp"]
        got = _STAMP_RE.fullmatch(stamp) if _STAMP_OPENS.match(stamp) else None
        if got is not None:  # a stamp word after the last separator: an earlier stamp first
            before = _STAMP_CREDIT_RE.fullmatch(line.strip()[: m.start("stamp")].rstrip(_SEPS))
            first = before and _stamp_rest(before["stamp"], lang, captured_at)
            if first is not None:
                return first
        after = _stamp_rest(got["rest"] if got is not None else stamp, lang, captured_at)
        if after is not None:
            return after
    if _dated_line(line):
        # the date first, then a clock or the page's other furniture after a bar ("05.12.2026,
        # 10:32 Uhr | Lesedauer: 3 Min.", "05/12/2026 - 10:32"): the whole line, else its
        # part before the first bar or bullet
        head = _FIRST_MARK.split(line, 1)[0]
        return _stamp_rest(line, lang, captured_at) or (
            _stamp_rest(head, lang, captured_at) if len(head) < len(line) else None
        )
    return None


_FIRST_MARK = re.compile("[|•]")


def _dated_line(line: str) -> bool:
    """A line that opens with a date, or a weekday and its date ("Zaterdag 5 december 2026,
    10:32", "Samstag, 05.12.2026"), with its year: four figures, or two in a dashed date."""
    s = line.lstrip()
    if not s[:1].isdigit():
        wd = _LEAD_WEEKDAY_RE.match(s)
        word = wd["w"].lower() if wd is not None else None
        if word not in WEEKDAY_WORDS or not s[wd.end() :][:1].isdigit():
            return False
    return _YEAR_RE.search(s) is not None or (_dashed(s) and _DASHED_RE.search(s) is not None)


def _stamp_rest(rest: str, lang: str | None, captured_at: datetime | None) -> datetime | None:
    """A stamp's date and clock after its word, in UTC (``resolve_stamp``)."""
    try:
        clocks = list(_STAMP_CLOCK.finditer(rest))
        clock = clocks[-1] if clocks else None
        if clock is not None:
            rest = rest[: clock.start()] + " " + rest[clock.end() :]
        day_text = rest.strip()
        if day_text and (
            _EDGE_OPENS.match(day_text) or _EDGE_CLOSES.match(day_text, len(day_text) - 1)
        ):
            day_text = _STAMP_EDGE.sub("", day_text)
        if _dashed(day_text):
            day_text = _DASHED_RE.sub(_dotted, day_text)
        if not day_text or day_text.isdigit():  # a lone figure on a stamp is no date
            return None
        day = resolve_dateline_date(day_text, lang, captured_at)
        if day is not None and _after_capture(day, captured_at):
            return None  # a page is not stamped after it was read: another date, or a typo
        if day is None or clock is None or clock["zone"] is None:
            return day
        zone = clock["zone"]
        if zone[0] in "+-":
            if int(zone[3:5]) > 59:
                return day  # "+0199" is no offset: the date alone, as for an unknown zone
            minutes = (int(zone[1:3]) * 60 + int(zone[3:5])) * (-1 if zone[0] == "-" else 1)
        elif zone in _ZONE_NAMES:
            minutes = _ZONE_NAMES[zone]
        else:
            return day
        hour = int(clock["hh"])
        if clock["ap"]:
            if hour > 12:
                return day
            hour = hour % 12 + (12 if clock["ap"][0] in "pP" else 0)
        tz = timezone(timedelta(minutes=minutes))
        local = datetime.combine(day.date(), time(hour, int(clock["mm"])), tz)
        return local.astimezone(UTC)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


def resolve_dateline_when(
    date_text: str, lang: str | None = None, captured_at: datetime | None = None
) -> datetime | None:
    """The time a dateline's date names, with the clock the paper wrote after it as its
    language's CLDR date-time pattern joins them ("2026-12-03 10:15", "3-12-2026, 14.32 uur",
    "3.12.2026, godz. 10:15"): the date as ``resolve_dateline_date`` reads it, and with a clock
    and its zone ("10:15 CET") that instant. A clock without a zone gives the date only, as a
    stamp's does (``resolve_stamp``): its zone would be a guess."""
    got = resolve_dateline_date(date_text, lang, captured_at)
    if got is not None or not isinstance(date_text, str) or len(date_text) > 80:
        return got
    if _STAMP_CLOCK.search(date_text) is None:
        return None
    return _stamp_rest(date_text, lang, captured_at)


# --- a live page's entry clocks -------------------------------------------------------------

# A clock that opens a line of a live blog or a ticker, and with it an entry: alone on its line
# ("14:32", "08:15 GMT", "16.30"), or before a dash, a bar or a colon and the entry's words
# ("16:05 - ...", "16.20 Uhr: ...", "16h05 – ...", "Ore 15.10 - ..."), after a language's clock
# word ("ore", "um"). After the clock stand only its tail ("Uhr"), a known zone and then the
# line's end or the separator, so a date ("05.12.2026") or a figure ("16.30 Euro") is none.
_ENTRY_CLOCK = (
    rf"[ \t\xa0]*(?:(?i:{_alt(_ALL_CLOCK_LINKS)})[ \t\xa0]+)?"
    r"(?P<hh>[01]?\d|2[0-3])[:.hH](?P<mm>[0-5]\d)"
    + (rf"(?:[ \t\xa0]*(?i:{_alt(_ALL_CLOCK_TAILS)})(?![^\W\d_]))?" if _ALL_CLOCK_TAILS else "")
    + rf"(?:[ \t\xa0]+(?P<zone>{_alt(list(_ZONE_NAMES))})(?![^\W\d_]))?"
    r"[ \t\xa0]*(?:[-–—|:][ \t\xa0]+(?=\S)|(?=\r?\n|\Z))"
)
# Tried at each line's start whose first word opens with a figure or a clock word's letter.
_ENTRY_FIRST = frozenset(
    "0123456789" + "".join(c for w in _ALL_CLOCK_LINKS for c in (w[:1].lower(), w[:1].upper()))
)
_RE_ENTRY_CLOCK = re.compile(_ENTRY_CLOCK)
# A later line whose first word opens so: one search of the page in C (the line break a literal
# first character, which ``re`` skips to at memchr's pace) finds the few lines the clock is
# tried at, where a walk of the lines paid a call or two in Python for each line of every page.
_RE_ENTRY_LINE = re.compile("\n[ \t\xa0]*[" + "".join(sorted(_ENTRY_FIRST)) + "]")
_DIGITS = frozenset("0123456789")
# the blanks ``iter_entry_clocks`` reads past before a page's first clock (a text opening with
# none, most, is not copied by ``lstrip`` to learn so)
_LEAD_BLANKS = frozenset(" \t\xa0")
# after a clock word, the blank that must follow it; "a la", "a las" hold one of their own
_LINK_BLANKS = frozenset(" \t\xa0\u202f")
_LINK_LEN = max(len(w) for w in _ALL_CLOCK_LINKS if " " not in w)


@dataclass(frozen=True, slots=True)
class EntryClock:
    """A clock that opens an entry of a live page (``iter_entry_clocks``)."""

    line: int  # where its line starts
    body: int  # where the entry's words start: past the separator, or the line's end
    text: str  # the clock as written ("16.20 Uhr", "08:15 GMT")
    hour: int
    minute: int
    zone: str | None

    def resolve(self, captured_at: datetime | None) -> datetime | None:
        """When the entry was posted, in UTC: the capture's day, or the day before when the
        clock is later than the capture's own; the instant where a zone is written, else the
        date alone (midnight UTC, day precision: the page's zone would be a guess)."""
        try:
            if captured_at is None or captured_at.utcoffset() is None:
                return None
            if self.zone is not None:
                tz = timezone(timedelta(minutes=_ZONE_NAMES[self.zone]))
                at = datetime.combine(
                    captured_at.astimezone(tz).date(), time(self.hour, self.minute), tz
                )
                return (at - _ONE_DAY if at > captured_at else at).astimezone(UTC)
            day = captured_at.date()
            if (self.hour, self.minute) > (captured_at.hour, captured_at.minute):
                day -= _ONE_DAY
            return datetime.combine(day, time(0, 0), UTC)
        except (ValueError, OverflowError, TypeError, KeyError):
            return None


def iter_entry_clocks(text: str) -> list[EntryClock]:
    """The clocks that open lines as a live blog's or a ticker's entries do, in page order."""
    found = []
    first = 0 if text[:1] not in _LEAD_BLANKS else len(text) - len(text.lstrip(" \t\xa0"))
    c = text[first : first + 1]  # ``_may_open`` written out: a call costs more than its test
    if c in _ENTRY_FIRST and (
        c in _DIGITS or not _LINK_BLANKS.isdisjoint(text[first + 1 : first + 1 + _LINK_LEN])
    ):
        m = _RE_ENTRY_CLOCK.match(text)
        if m is not None:
            found.append(_entry_clock(text, m))
    if "\n" in text:
        line = _RE_ENTRY_LINE.search(text)
        while line is not None:
            if _may_open(text, line.end() - 1):
                m = _RE_ENTRY_CLOCK.match(text, line.start() + 1)
                if m is not None:
                    found.append(_entry_clock(text, m))
            line = _RE_ENTRY_LINE.search(text, line.end())
    return found


def _may_open(text: str, first: int) -> bool:
    """Whether a clock may open the line whose first word starts at ``first``: a figure, or a
    clock word's letter with a blank within a clock word's length after it ("um 14:32", "a la
    1", "kl. 9"), as the clock word is always followed by one (most lines open with a word)."""
    c = text[first : first + 1]
    if c not in _ENTRY_FIRST:
        return False
    return c in _DIGITS or not _LINK_BLANKS.isdisjoint(text[first + 1 : first + 1 + _LINK_LEN])


def _entry_clock(text: str, m: re.Match[str]) -> EntryClock:
    return EntryClock(
        line=m.start(),
        body=m.end(),
        text=text[m.start("hh") : m.end()].rstrip(" \t\xa0-–—|:"),
        hour=int(m["hh"]),
        minute=int(m["mm"]),
        zone=m["zone"],
    )
