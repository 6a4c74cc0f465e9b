"""Page chrome: lines on news pages that are neither headlines nor briefs.

Kept as data so a new site's furniture is one line in its language's file
(``page.chrome_prefixes`` in parsing/data/languages/<code>.json), not a code change. Each entry
is a folded (lower-case) line prefix; a short line that starts with one is chrome, whatever the
page's language (it is not known yet when the page is cut into briefs).
"""

from parsing.languages import union

CHROME_PREFIXES: tuple[str, ...] = tuple(union("page", "chrome_prefixes"))
# The same prefixes by their first character: ``folded.startswith(CHROME_PREFIXES)`` is
# ``folded.startswith(CHROME_BY_FIRST[folded[:1]])`` where that key is, else False (no prefix is
# empty: tests/test_segment.py), a look-up and a few compares where ``startswith`` tried all.
CHROME_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(p for p in CHROME_PREFIXES if p[:1] == first)
    for first in dict.fromkeys(p[:1] for p in CHROME_PREFIXES)
}

# The words that open a page's time stamp, every language's ("Stand", "aktualisiert am",
# "publié le", "objavljeno"): the line that follows gives the time the page was published or
# updated ("Stand: 05.12.2026 14:32 Uhr"), or an age ("Atualizado há 2 horas").
STAMP_WORDS: tuple[str, ...] = tuple(union("page", "stamp_words"))

# A headline is a short line; anything longer is body text.
MAX_TITLE_CHARS = 200

# A line that ends with one of these ends a sentence or a clause: body text, not a headline.
# Latin, CJK full-width and half-width, Arabic and Urdu, Devanagari. A question mark is left
# out on purpose: headlines ask questions ("Wie betaalt de rekening?").
SENTENCE_ENDS = ".;!,…。．｡！；，、،؛۔।"

# Abbreviations whose full stop ends no sentence inside a headline ("St. Louis", "Dr. Who");
# folded. A single capital and a stop is an initial ("Gerald R. Ford") in any language.
HEADLINE_ABBREVIATIONS: frozenset[str] = frozenset(
    (
        "st", "ste", "dr", "mr", "mrs", "ms", "jr", "sr", "prof", "gen", "col", "lt", "sgt",
        "gov", "sen", "rep", "rev", "mt", "ft", "no", "nr", "vs", "ca", "inc", "ltd", "co",
        "corp", "sta", "sto", "hl", "dott", "avv", "ing", "mme", "mlle", "sra", "dra",
    )
)  # fmt: skip
