"""Wire vocabulary as data: agency credits, month names and the small words datelines use.

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

# Month names and abbreviations per language (lower case; matched case-insensitively and with
# an optional trailing "."). Only used to *capture* a date written in a dateline.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": _words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    "fr": _words(
        "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
        "décembre decembre janv févr fevr avr juil sept oct nov déc dec"
    ),
    "es": _words(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
        "diciembre ene feb mar abr may jun jul ago sep set oct nov dic"
    ),
    "it": _words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre gen feb mar apr mag giu lug ago set ott nov dic"
    ),
    "de": _words(
        "januar jänner februar märz april mai juni juli august september oktober november "
        "dezember jan feb mär mrz apr jun jul aug sep sept okt nov dez"
    ),
    "nl": _words(
        "januari februari maart april mei juni juli augustus september oktober november "
        "december jan feb mrt apr jun jul aug sep sept okt nov dec"
    ),
    "pt": _words(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro jan fev mar abr mai jun jul ago set out nov dez"
    ),
    "da": _words(
        "januar februar marts april maj juni juli august september oktober november december "
        "jan feb mar apr jun jul aug sep okt nov dec"
    ),
    "sv": _words(
        "januari februari mars april maj juni juli augusti september oktober november december "
        "jan feb mar apr jun jul aug sep sept okt nov dec"
    ),
    "no": _words(
        "januar februar mars april mai juni juli august september oktober november desember "
        "jan feb mar apr jun jul aug sep okt nov des"
    ),
    "ro": _words(
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
        "decembrie ian feb mar apr iun iul aug sep oct noi dec"
    ),
    "pl": _words(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia"
    ),
    "cs": _words(
        "ledna února března dubna května června července srpna září října listopadu prosince"
    ),
    "hr": _words(
        "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
        "studenoga prosinca"
    ),
    "sl": _words(
        "januarja februarja marca aprila maja junija julija avgusta septembra oktobra "
        "novembra decembra januara februara avgusta septembra"
    ),
    "ru": _words(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
        "янв фев мар апр июн июл авг сен окт ноя дек"
    ),
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
