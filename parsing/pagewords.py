"""Page chrome: lines on news pages that are neither headlines nor briefs.

Kept as data so a new site's furniture is one line here, not a code change. Each entry is a
folded (lower-case) line prefix; a short line that starts with one is chrome.
"""

CHROME_PREFIXES: tuple[str, ...] = (
    # nl
    "meer uit ",
    "meer over ",
    "lees ook",
    "lees meer",
    "lees verder",
    "advertentie",
    "gerelateerd",
    "deel dit",
    "delen",
    "net binnen",
    "meest gelezen",
    # en
    "more from ",
    "more in ",
    "read more",
    "related",
    "advertisement",
    "share this",
    "most read",
    "latest news",
    # de
    "mehr aus ",
    "mehr zum thema",
    "lesen sie auch",
    "anzeige",
    "weitere meldungen",
    "weitere nachrichten",
    # fr
    "plus de ",
    "plus dans ",
    "plus d'actualités",
    "plus d’actualités",
    "lire aussi",
    "a lire aussi",
    "à lire aussi",
    "publicité",
    # es
    "más de ",
    "más noticias",
    "más en ",
    "leer más",
    "lea también",
    "publicidad",
    # it
    "altro da ",
    "altre notizie",
    "leggi anche",
    "pubblicità",
)

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
