"""Wire vocabulary as data: agency credits and the small words datelines use.

The dateline grammar (``parsing/dateline.py``) reads these tables; nothing here is code that
decides. Keep spellings *as they appear in credits* ("dpa", "RTR", "Europa Press"), because a
bare credit with no parentheses (``BRÜSSEL dpa ■``, ``BRISBANE, Oct 12 AAP -``) is only trusted
when it is spelled exactly like a known agency.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list; tables stay readable and diff-friendly."""
    return tuple(text.split())


# Canonical code -> spellings seen in credits. Spellings are matched exactly (case-sensitive)
# for bare credits and case-insensitively inside "(...)" and "/.../".
AGENCIES: dict[str, tuple[str, ...]] = {
    "ANP": ("ANP", "anp"),
    "AFN": ("AFN",),  # ANP's financial news service
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "REUTERS", "Reuter", "RTR", "rtr"),
    "AFP": ("AFP", "afp", "Agence France-Presse", "Agence France Presse"),
    "dpa": ("dpa", "DPA", "Dpa", "dpa-AFX", "dpa-infocom", "dpa-Themendienst", "AFX"),
    "EFE": ("EFE", "Efe", "EFECOM", "EFEAGRO", "EFE-Dow Jones"),
    "ANSA": ("ANSA", "Ansa", "ansa", "ANSAmed"),
    "AGI": ("AGI", "Agi"),
    "Adnkronos": ("Adnkronos", "ADNKRONOS"),
    "Europa Press": ("Europa Press", "EUROPA PRESS"),
    "Xinhua": ("Xinhua", "XINHUA"),
    "Kyodo": ("Kyodo", "KYODO", "Kyodo News"),
    "Jiji": ("Jiji", "JIJI", "Jiji Press"),
    "TASS": ("TASS", "Tass", "ITAR-TASS", "ТАСС"),
    "RIA": ("RIA Novosti", "RIA", "РИА Новости", "RIA-Novosti"),
    "Interfax": ("Interfax", "INTERFAX", "Интерфакс"),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "UNIAN": ("UNIAN", "УНІАН"),
    "PTI": ("PTI",),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "Yonhap": ("Yonhap", "YONHAP"),
    "KCNA": ("KCNA",),
    "Belga": ("Belga", "BELGA", "belga"),
    "APA": ("APA", "APA-OTS"),
    "Ritzau": ("Ritzau", "ritzau", "RITZAU"),
    "AAP": ("AAP",),
    "NZPA": ("NZPA",),
    "Bloomberg": ("Bloomberg", "BLOOMBERG"),
    "CNN": ("CNN",),
    "BBC": ("BBC",),
    "NTB": ("NTB", "ntb"),
    "TT": ("TT", "tt"),
    "STT": ("STT", "STT-FNB"),
    "CP": ("CP", "Canadian Press", "The Canadian Press", "La Presse Canadienne", "PC"),
    "UPI": ("UPI",),
    "Anadolu": ("Anadolu", "AA", "Anadolu Agency", "Anadolu Ajansı"),
    "Bernama": ("Bernama", "BERNAMA"),
    "Antara": ("Antara", "ANTARA"),
    "PNA": ("PNA",),
    "VNA": ("VNA",),
    "Notimex": ("Notimex", "NTX"),
    "Prensa Latina": ("Prensa Latina", "PL"),
    "Télam": ("Télam", "Telam"),
    "Lusa": ("Lusa", "LUSA"),
    "Agerpres": ("Agerpres", "AGERPRES"),
    "ČTK": ("ČTK", "CTK"),
    "TASR": ("TASR",),
    "PAP": ("PAP",),
    "MTI": ("MTI",),
    "STA": ("STA",),
    "Hina": ("Hina", "HINA"),
    "Tanjug": ("Tanjug", "TANJUG"),
    "BTA": ("BTA",),
    "ANA-MPA": ("ANA-MPA", "AMNA", "ANA", "ΑΠΕ-ΜΠΕ", "ΑΠΕ"),
    "EPA": ("EPA",),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "SDA": ("SDA", "sda", "ATS", "ats", "Keystone-SDA", "Keystone-ATS", "SDA-ATS"),
    "LETA": ("LETA",),
    "ELTA": ("ELTA",),
    "BNS": ("BNS",),
    "IRNA": ("IRNA",),
    "WAFA": ("WAFA",),
    "MENA": ("MENA",),
    "SPA": ("SPA",),
    "QNA": ("QNA",),
    "WAM": ("WAM",),
    "KUNA": ("KUNA",),
    "APS": ("APS",),
    "MAP": ("MAP",),
    "TAP": ("TAP",),
    "SAPA": ("SAPA", "Sapa"),
    "PA": ("PA", "Press Association"),
    "APP": ("APP",),  # Associated Press of Pakistan
    "BSS": ("BSS",),
    "NAN": ("NAN",),
    "GNA": ("GNA",),
    "SANA": ("SANA",),
    "NNA": ("NNA",),
    "ISNA": ("ISNA",),
    "Mehr": ("Mehr", "MNA"),
    "Ticker": ("Ticker", "SportsTicker"),
    "PRNewswire": ("PRNewswire", "PR Newswire"),
    "Business Wire": ("Business Wire", "BUSINESS WIRE"),
    "GLOBE NEWSWIRE": ("GLOBE NEWSWIRE", "GlobeNewswire"),
    # "agencies": a paper's credit for copy pooled from several wires ("Agencias.-")
    "Agencias": ("Agencias", "AGENCIAS", "Agências", "AGÊNCIAS", "Agenzie", "AGENZIE"),
}

# dpa's regional services ("Peine (dpa/lni)"): service code -> region. They only ever appear
# next to "dpa", so they count as credits there and nowhere else.
DPA_REGIONAL: dict[str, str] = {
    "lni": "Niedersachsen/Bremen",
    "lno": "Nord (Hamburg, Schleswig-Holstein, Mecklenburg-Vorpommern)",
    "lnw": "Nordrhein-Westfalen",
    "lby": "Bayern",
    "lsw": "Baden-Württemberg",
    "lhe": "Hessen",
    "lrs": "Rheinland-Pfalz/Saarland",
    "lbn": "Berlin/Brandenburg",
    "lmv": "Mecklenburg-Vorpommern",
    "lsa": "Sachsen-Anhalt",
    "lsn": "Sachsen",
    "lth": "Thüringen",
    "tmn": "Themendienst",
}

# Short words that may open or join a multi-word place ("NEW YORK", "DEN HAAG", "Río de
# Janeiro", "Frankfurt am Main"). An all-caps place of several words whose first word is short
# must start with one of these, so that kickers such as "ATP GENEVE -" are not read as places.
PLACE_PARTICLES: frozenset[str] = frozenset(
    _words(
        "new san sao são st st. ste ste. ft ft. mt mt. fort port los las la le les el al "
        "den de da do dos das du des del della di bad bay ban tel abu dar rio río ho ha big "
        "old val gia lao"
    )
)

# Lower-case words allowed *inside* a title-case place or region ("Talavera de la Reina",
# "Bosnia and Herzegovina", "Newcastle upon Tyne").
PLACE_JOINERS: tuple[str, ...] = tuple(
    _words(
        "de del della dello dei degli di da do dos das du des la le les los las el al am an "
        "der den im in upon on sur sous en op aan bei ob y i e und and of the lès d' l' van von &"
    )
)

# Words that join two places in one dateline ("PIEDADE E RIO", "GURUGRAM AND NEW DELHI"). A
# place is split on them only where the whole is not itself a known place ("TREINTA Y TRES").
PLACE_CONJUNCTIONS: frozenset[str] = frozenset(_words("and e y und en et i og och és"))

# Prepositions and articles that put a place inside a phrase ("Gespräche in Genf – ...", "Lula
# da Silva e ..."): a word right after one is not where a dateline starts in a lead with no
# full stop before it. Folded (lower case).
LEAD_PREPOSITIONS: frozenset[str] = frozenset(
    _words(
        "in im am an auf aus bei nach von vom vor zu zum zur gegen über für mit "
        "at to from near of for into on by with "
        "à au aux dans de du des pour sur par vers chez en "
        "a al en desde hacia para por con de del la el los las "
        "da di del della dei nel nella nei a al con per su tra fra "
        "em no na nos nas do da dos das para por com "
        "naar uit bij te op van met voor over tot "
        "v na pri iz za pod nad od do s z"
    )
)

# Words that open a byline ("Di Corrado Rossi Roma - ..."): the dateline may follow the name.
BYLINE_WORDS: frozenset[str] = frozenset(
    _words("By BY Von VON Di DI Par PAR Por POR Door DOOR Av AV Af AF Od OD")
)

# Words for "the newsroom" that stand where a place would before a credit ("Redacción (EFE).-",
# "Agencias (AFP) -"): the credit then stands alone. Folded: lower case, no accents.
NEWSROOM_WORDS: frozenset[str] = frozenset(
    _words(
        "redaccion redacao redazione redaktion redactie newsroom staff agencias agencies "
        "agenzie agences agenturen agencia agencja"
    )
)

# Kicker and label words that stand where a dateline would ("BREAKING:", "EILMELDUNG -").
# A dateline without an agency credit is rejected when its "place" contains one of them.
KICKER_WORDS: frozenset[str] = frozenset(
    _words(
        "breaking news update updated exclusive exklusiv analysis analyse analisi análisis "
        "live video foto photo photos fotos watch opinion comment kommentar editorial "
        "interview eilmeldung eil urgent flash alert corrected correction refile wrapup "
        "factbox explainer preview review sport sports ultimora ultim'ora última hora "
        "liveblog nieuws nachrichten actualité actualite noticias notizie advisory"
    )
)


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
