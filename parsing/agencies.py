"""Wire vocabulary: agency credits and the small words datelines use, shaped from data.

The dateline grammar (``parsing/dateline.py``) reads these tables. The agencies and the words
of place names are in ``parsing/data/agencies.json``; the words of each language (prepositions,
bylines, kickers) in its language file (``parsing.languages``). Nothing here is code that
decides. Keep spellings *as they appear in credits* ("dpa", "RTR", "Europa Press"), because a
bare credit with no parentheses (``BRÜSSEL dpa ■``, ``BRISBANE, Oct 12 AAP -``) is only trusted
when it is spelled exactly like a known agency.
"""

from __future__ import annotations

import json
from pathlib import Path

from parsing.languages import union

_DATA = json.loads((Path(__file__).parent / "data" / "agencies.json").read_text("utf-8"))

# Canonical code -> spellings seen in credits. Spellings are matched exactly (case-sensitive)
# for bare credits and case-insensitively inside "(...)" and "/.../".
AGENCIES: dict[str, tuple[str, ...]] = {
    code: tuple(spellings) for code, spellings in _DATA["agencies"].items()
}

# dpa's regional services ("Peine (dpa/lni)"): service code -> region. They only ever appear
# next to "dpa", so they count as credits there and nowhere else.
DPA_REGIONAL: dict[str, str] = dict(_DATA["dpa_regional"])

# Short words that may open or join a multi-word place ("NEW YORK", "DEN HAAG", "Río de
# Janeiro", "Frankfurt am Main"). An all-caps place of several words whose first word is short
# must start with one of these, so that kickers such as "ATP GENEVE -" are not read as places.
PLACE_PARTICLES: frozenset[str] = frozenset(_DATA["place_particles"])

# Lower-case words allowed *inside* a title-case place or region ("Talavera de la Reina",
# "Bosnia and Herzegovina", "Newcastle upon Tyne").
PLACE_JOINERS: tuple[str, ...] = tuple(_DATA["place_joiners"])

# Lower-case words inside a person's name in a byline ("Door Jan de Vries Utrecht -").
NAME_PARTICLES: frozenset[str] = frozenset(_DATA["name_particles"])

# The words below are each language's (``dateline`` in parsing/data/languages/<code>.json),
# read together: a brief's language is not known when its dateline is read.

# Words that join two places in one dateline ("PIEDADE E RIO", "GURUGRAM AND NEW DELHI"). A
# place is split on them only where the whole is not itself a known place ("TREINTA Y TRES").
PLACE_CONJUNCTIONS: frozenset[str] = frozenset(union("dateline", "conjunctions"))

# Prepositions and articles that put a place inside a phrase ("Gespräche in Genf – ...", "Lula
# da Silva e ..."): a word right after one is not where a dateline starts in a lead with no
# full stop before it. Folded (lower case).
LEAD_PREPOSITIONS: frozenset[str] = frozenset(union("dateline", "lead_prepositions"))


def _title_and_caps(key: str) -> frozenset[str]:
    """The words of ``key`` as the files write them (title case) and in capitals."""
    return frozenset(form for word in union("dateline", key) for form in (word, word.upper()))


# Words that open a byline ("Di Corrado Rossi Roma - ..."): the dateline may follow the name.
# Written in title case in the files; the capitals ("DOOR") count too.
BYLINE_WORDS: frozenset[str] = _title_and_caps("byline_words")

# Words that open a byline only on a line of a name, a comma and a known place ("From Kanayo
# Umeh, Abuja"), as they open sentences too ("From Monday, ..."); title case and capitals.
LINE_BYLINE_WORDS: frozenset[str] = _title_and_caps("line_byline_words")
# A letter's salutation ("Sir, your report ..."): the line above names its writer, no dateline.
LETTER_OPENINGS: tuple[str, ...] = tuple(union("dateline", "letter_openings"))
# Words no person's name holds ("The", "One"): a heading's words ("From Page One, Abuja"). Folded.
NOT_NAME_WORDS: frozenset[str] = frozenset(union("dateline", "not_name_words"))

# Words for "the newsroom" that stand where a place would before a credit ("Redacción (EFE).-",
# "Agencias (AFP) -"): the credit then stands alone. Folded: lower case, no accents.
NEWSROOM_WORDS: frozenset[str] = frozenset(union("dateline", "newsroom_words"))

# Kicker and label words that stand where a dateline would ("BREAKING:", "EILMELDUNG -").
# A dateline without an agency credit is rejected when its "place" contains one of them.
KICKER_WORDS: frozenset[str] = frozenset(union("dateline", "kicker_words"))
# A page's section names that are also places ("Metro –", "Nacional |", "Africa –"): a place of
# those words alone, with no credit, is the section's head, not a dateline. Folded.
SECTION_WORDS: frozenset[str] = frozenset(union("dateline", "section_words"))
# A reporter's post written after the place's comma, in place of a region ("Kiev, envoyé
# spécial –", "Bruxelles, bureau européen –"): part of the dateline, no qualifier.
POST_WORDS: frozenset[str] = frozenset(union("dateline", "post_words"))
# "In" between a credit line's comma and the place it was filed in ("Do UOL, em São Paulo",
# "Colaboração para o UOL, em Porto Alegre"), as Brazilian portals credit a story.
CREDIT_LINKS: tuple[str, ...] = tuple(union("dateline", "credit_links"))
# "In" between a byline's comma and the town it was filed from ("By Jane Smith, in Cardiff",
# "Par Jeanne Martin, à Toulouse", "Di Marco Rossi, a Milano"): after a person's byline only,
# where "in" after any other head is a headline's ("Floods, in Cardiff").
BYLINE_LINKS: tuple[str, ...] = tuple(union("dateline", "byline_links"))

# Small words that end a title-case place in some language's spelling ("Novo mesto", "Nova
# vas"): after a capitalised word only, and the gazetteer must know the whole name.
PLACE_WORDS: tuple[str, ...] = tuple(union("dateline", "place_words"))


def _build_lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, spellings in AGENCIES.items():
        for spelling in (code, *spellings):
            table.setdefault(spelling.casefold(), code)
    return table


_LOOKUP: dict[str, str] = _build_lookup()
_REGIONAL: frozenset[str] = frozenset(DPA_REGIONAL)

# Exact spellings that may stand as a bare credit without parentheses, longest first so a
# regex alternation prefers "Europa Press" over a shorter prefix. Two-letter codes other than
# AP are too easily something else ("PA", "TT") to be trusted without parentheses.
BARE_SPELLINGS: tuple[str, ...] = tuple(
    sorted(
        {s for spellings in AGENCIES.values() for s in spellings if len(s) >= 3 or s == "AP"},
        key=lambda s: (-len(s), s),
    )
)


def canonical_agency(name: str) -> str | None:
    """The canonical code for an agency as written in a credit, or None if unknown."""
    key = name.strip().casefold()
    if key in _LOOKUP:
        return _LOOKUP[key]
    if name.strip() in _REGIONAL:
        return "dpa"
    return None


def is_known_agency(name: str) -> bool:
    """True when ``name`` is a known agency spelling (a dpa regional code counts)."""
    return canonical_agency(name) is not None


def is_dpa_regional(name: str) -> bool:
    """True for a dpa regional service code such as ``lni``."""
    return name.strip() in _REGIONAL
