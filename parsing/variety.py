"""Where a text is written, read from its own words, in a language several countries' press
writes.

English is written the world over, so its language says nothing of a paper's country. Its
words do: an American paper writes "sheriff's deputies", "percent" and "color", a British one
"council tax", "per cent" and "colour", a Canadian one "RCMP", an Australian one "shire
council", an Indian one "lakh". So do the other languages of several countries' papers: a
Brazilian paper writes "ônibus", "trem" and "equipe", a Portuguese one "autocarro", "comboio"
and "equipa"; an Austrian one "Jänner" and "Landeshauptmann", a Swiss one "Strasse" and
"Kantonspolizei"; a Belgian one "bourgmestre" and "septante", a Flemish one "schepencollege"
and "politiezone"; a Mexican one "carpeta de investigación", a Chilean one "Carabineros".
``text_country`` reads those marks (``data/varieties.json``: per language, groups of words with
the countries that write them, a weight and a why, and the endings a word may take) in one
pass over the text (an Aho-Corasick automaton per language, built once, of the marks as written
in lower case, with a capital first, on every word or in capitals) and names the country whose
variety the text is written in, or None.

It never guesses: the winner needs ``min_marks`` distinct marks worth ``min_score`` and a lead
of ``margin`` over the next variety. A mark counts once however often it is written ("color"
five times is one mark), so a short or mixed text gives None. Marks shared by several varieties
(the Commonwealth's "colour") raise each of them and so decide nothing alone.

The answer is a country code; this module knows nothing of coordinates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

_DATA = json.loads((Path(__file__).parent / "data" / "varieties.json").read_text("utf-8"))

# what a word marked with "+" may add ("colour+": "colours", "coloured", "colourful"): English's;
# another language's data gives its own ("endings")
ENDINGS: frozenset[str] = frozenset(
    ["", "s", "es", "ed", "d", "ing", "ful", "er", "ers", "ist", "ists", "al", "ly", "ation"]
    + ["ations", "ings", "ment", "ments", "hood", "hoods"]
)
# line breaks and curly apostrophes read as spaces and straight ones (lengths kept)
_SPACES = (("\n", " "), ("\r", " "), ("\t", " "), ("\u00a0", " "), ("\u2019", "'"))


@dataclass(frozen=True)
class _Mark:
    word: str  # as written in the data, without its "+"
    exact: bool  # match case as written (a word with a capital)
    stem: bool  # may take an ending
    scores: tuple[tuple[str, float], ...]  # (country, weight)


@dataclass(frozen=True)
class Reader:
    """One language's marks, compiled: ``countries(text)`` and ``country(text)``."""

    automaton: ahocorasick.Automaton
    min_score: float
    min_marks: int
    margin: float
    endings: frozenset[str] = ENDINGS

    def marks(self, text: str) -> list[_Mark]:
        """The distinct marks written in the text, in order, longest first where they overlap."""
        for a, b in _SPACES:
            if a in text:  # a scan at C speed; str.translate walks in Python objects
                text = text.replace(a, b)
        found = [(end - k + 1, end, m) for end, ms in self.automaton.iter(text) for k, m in ms]
        found.sort(key=lambda f: (f[0], -f[1]))
        n = len(text)
        seen: set[str] = set()
        taken = -1  # end of the last mark kept: longest first, no overlaps
        kept: list[_Mark] = []
        for start, end, m in found:
            if start <= taken:
                continue
            if start > 0 and _wordy(text[start - 1]) and _wordy(m.word[0]):
                continue
            stop = end + 1
            if m.stem:
                while stop < n and text[stop].isalpha():
                    stop += 1
                if text[end + 1 : stop].lower() not in self.endings:
                    continue
            elif stop < n and _wordy(m.word[-1]) and _wordy(text[stop]):
                continue
            if m.word.isupper() and (_joined(text, start - 1, -1) or _joined(text, stop, 1)):
                continue  # "AFL-CIO", an American union, is not the "AFL" of Australian football
            taken = stop - 1  # a mark met again still takes its words
            if m.word not in seen:
                seen.add(m.word)
                kept.append(m)
        return kept

    def scores(self, text: str) -> dict[str, tuple[float, int]]:
        """Country -> (score, distinct marks) over the text's marks, each mark once."""
        out: dict[str, tuple[float, int]] = {}
        for m in self.marks(text):
            for cc, w in m.scores:
                s, k = out.get(cc, (0.0, 0))
                out[cc] = (s + w, k + 1)
        return out

    def country(self, text: str) -> str | None:
        """The country whose variety ``text`` is written in, or None when the marks do not
        decide (too few, or no clear lead)."""
        ccs = self.countries(text)
        return ccs[0] if len(ccs) == 1 else None

    def countries(self, text: str) -> tuple[str, ...]:
        """The countries whose varieties lead: the best and every one less than ``margin``
        behind it, when the best has enough marks (``min_marks``, ``min_score``); else ().
        One country is ``country``'s answer; several are what the marks share ("colour",
        "towards" and "footpath": the Commonwealth's, none of them America's)."""
        ranked = sorted(self.scores(text).items(), key=lambda kv: (-kv[1][0], kv[0]))
        if not ranked:
            return ()
        best, marks = ranked[0][1]
        if best < self.min_score or marks < self.min_marks:
            return ()
        return tuple(cc for cc, (s, _) in ranked if best - s < self.margin)


def _wordy(c: str) -> bool:
    return c.isalnum() or c == "_"


def _joined(text: str, hyphen: int, step: int) -> bool:
    """Whether ``text[hyphen]`` is a hyphen with a capital beyond it (``step``: the side away
    from the mark): an acronym hyphenated to another ("AFL-CIO") names something else."""
    beyond = hyphen + step
    if min(hyphen, beyond) < 0 or max(hyphen, beyond) >= len(text):
        return False
    return text[hyphen] == "-" and text[beyond].isupper()


def _forms(word: str, exact: bool, capitals: bool = True) -> set[str]:
    """How a mark may be written: as in the data for one with a capital ("MP"); else in lower
    case, with a capital first ("Colour"), on every word ("Council Tax") or, unless
    ``capitals`` is False, in capitals (Swiss "Strasse" is every German paper's "STRASSE")."""
    if exact:
        return {word}
    first = word[:1].upper() + word[1:]
    title = " ".join(w[:1].upper() + w[1:] for w in word.split(" "))
    caps = word.upper() if capitals else word
    return {f for f in (word, first, title, caps) if len(f) == len(word)}


def _reader(spec: dict) -> Reader:
    merged: dict[tuple[str, bool, bool, bool], dict[str, float]] = {}
    for group in spec["marks"]:
        capitals = bool(group.get("capitals", True))
        for raw in group["words"]:
            stem = raw.endswith("+")
            word = raw[:-1] if stem else raw
            exact = word != word.lower()
            scores = merged.setdefault((word, exact, stem, capitals), {})
            for cc in group["countries"]:
                scores[cc] = scores.get(cc, 0.0) + float(group["weight"])
    by_key: dict[str, list[tuple[int, _Mark]]] = {}
    for (word, exact, stem, capitals), scores in merged.items():
        mark = _Mark(word, exact, stem, tuple(sorted(scores.items())))
        for form in _forms(word, exact, capitals):
            by_key.setdefault(form, []).append((len(form), mark))
    a = ahocorasick.Automaton()
    for key, marks in by_key.items():
        a.add_word(key, tuple(marks))
    a.make_automaton()
    endings = frozenset(spec["endings"]) if "endings" in spec else ENDINGS
    return Reader(
        a, float(spec["min_score"]), int(spec["min_marks"]), float(spec["margin"]), endings
    )


READERS: dict[str, Reader] = {
    lang: _reader(spec) for lang, spec in _DATA.items() if not lang.startswith("_")
}
# the countries each language's reader may name: a text's variety says nothing of others
COUNTRIES: dict[str, frozenset[str]] = {
    lang: frozenset(cc for group in spec["marks"] for cc in group["countries"])
    for lang, spec in _DATA.items()
    if not lang.startswith("_")
}


# the answers for the last texts read: the dateline's resolver and the mentions of one brief
# ask about the same text, which is read once
_SEEN: dict[tuple[str, str], tuple[str, ...]] = {}
_SEEN_SIZE = 64
_UNREAD = ("?",)  # no countries' answer: a text not read yet


def text_country(text: str | None, lang: str | None) -> str | None:
    """The country (ISO 3166 alpha-2) whose variety of ``lang`` the text is written in, or
    None: a language with no marks here, or a text whose marks do not decide."""
    ccs = text_countries(text, lang)
    return ccs[0] if len(ccs) == 1 else None


def text_countries(text: str | None, lang: str | None) -> tuple[str, ...]:
    """The countries whose varieties of ``lang`` the text's marks lead with (``Reader.
    countries``, read once per text): one, the text's country; several, the countries it
    may be from; () where the marks say nothing, or the language has none here."""
    code = (lang or "").lower() if isinstance(lang, str) else ""
    reader = READERS.get(code)
    if reader is None or not text or not isinstance(text, str):
        return ()
    key = (code, text)
    got = _SEEN.get(key, _UNREAD)  # one look-up: another thread may clear it between two
    if got is not _UNREAD:
        return got
    got = reader.countries(text)
    if len(_SEEN) >= _SEEN_SIZE:
        _SEEN.clear()
    _SEEN[key] = got
    return got


# --- measuring the reader alone: ``python -m parsing.variety FILE.jsonl ...`` ---------------
# The country a set's items are at home in where the set says so: LGL is local US papers;
# wire and web items by their publisher or agency credit (a brief's home, not its event's).
_HOME_BY_SET = {"lgl": "US"}
_COUNTRY_NAMES = {"United States": "US", "United Kingdom": "GB", "Canada": "CA", "Ireland": "IE"}
_COUNTRY_NAMES |= {"Australia": "AU", "New Zealand": "NZ", "India": "IN"}
_HOME_BY_PUBLISHER = {"Ctvnews.ca": "CA", "Global News": "CA", "NDTV News": "IN"}
_HOME_BY_AGENCY = {"AAP": "AU", "PTI": "IN", "IANS": "IN", "CP": "CA"}


def _held(item_id: str) -> bool:
    import hashlib

    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 3 == 0


def _toponyms_country(row: dict) -> str | None:
    """A geoparse item's country: the one most of its gold toponyms lie in ("-" for one
    outside the varieties here)."""
    from collections import Counter

    named = Counter(t.get("country") for t in row.get("toponyms") or () if t.get("country"))
    if not named:
        return None
    return _COUNTRY_NAMES.get(named.most_common(1)[0][0], "-")


def _measure(paths: list[str], verbose: bool = False) -> None:
    from collections import Counter

    for path in paths:
        name = Path(path).stem
        rows = [json.loads(line) for line in Path(path).read_text("utf-8").split("\n") if line]
        rows = [r for r in rows if r.get("lang", "en") == "en"]
        for part in ("tune", "held"):
            sub = [r for r in rows if (_held(r["id"]) == (part == "held"))]
            said = Counter()
            right = wrong = home_right = home_wrong = 0
            misses = []
            for r in sub:
                got = text_country(r["text"], "en")
                said[got] += 1
                gold = r.get("city_country") or _toponyms_country(r)
                home = _HOME_BY_SET.get(name) or _HOME_BY_PUBLISHER.get(r.get("publisher") or "")
                for a in r.get("agency") or ():
                    home = home or _HOME_BY_AGENCY.get(a)
                if got and gold:
                    right += got == gold
                    wrong += got != gold
                    if part == "tune" and (got != gold or verbose):  # never list held items
                        words = ",".join(m.word for m in READERS["en"].marks(r["text"]))
                        misses.append(f"{r['id']}:{got}/{gold} [{words}]")
                if got and home:
                    home_right += got == home
                    home_wrong += got != home
            print(
                f"{name} {part}: {len(sub)} items, answered {len(sub) - said[None]}"
                f" ({(len(sub) - said[None]) / max(1, len(sub)):.0%}); vs gold place {right}/"
                f"{right + wrong}; vs home {home_right}/{home_right + home_wrong};"
                f" answers {dict(said.most_common())}"
            )
            for miss in misses:
                print("   ", miss)


if __name__ == "__main__":
    import sys

    _measure([a for a in sys.argv[1:] if a != "-v"], "-v" in sys.argv)
