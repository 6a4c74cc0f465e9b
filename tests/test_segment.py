"""Page segmentation: pages of several briefs cut into briefs, each with its title and its age.

Every page here is written for these tests in the layouts agencies' sites use: a section
header, a headline before a brief, ages glued to the next brief's dateline in whatever case the
agency writes it (or on a line of their own), and a last age that ends the page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from parsing.dateline import find_datelines
from parsing.page import parse_page
from parsing.segment import entry_marks, is_chrome, looks_like_title
from parsing.timeparse import ages_in

CAPTURED = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
SEED = Path(__file__).resolve().parents[1] / "data" / "sample" / "anp-buitenland.txt"
SEED_CAPTURED = datetime(2025, 11, 17, 7, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=UTC)


# Each brief: (place, agencies, title, time_text, published_at, time_basis).
PAGES = {
    "nl-ANP": (
        "nl",
        "Storm legt treinverkeer in België stil\n"
        "BRUSSEL (ANP) - Een zware storm heeft maandag het treinverkeer in heel België "
        "stilgelegd. De spoorbeheerder verwacht pas dinsdag weer normaal te rijden.\n"
        "Reizigers wordt gevraagd thuis te blijven.\n"
        "Meer uit Buitenland\n"
        "OSLO (ANP/NTB) - De Noorse regering wil de bouw van windparken op zee versnellen. "
        "Een wetsvoorstel volgt in het voorjaar.\n"
        "1 uur geledenLIMA (ANP/AFP) - In het zuiden van Peru is een bus in een ravijn "
        "gestort. Daarbij kwamen zeker twaalf mensen om.\n"
        "5 uur geleden's-HERTOGENBOSCH (ANP) - De gemeente wil het centrum autovrij maken. "
        "Ondernemers reageren verdeeld.\n"
        "gisteren\n",
        [
            ("BRUSSEL", ("ANP",), "Storm legt treinverkeer in België stil", None, None, None),
            ("OSLO", ("ANP", "NTB"), None, "1 uur geleden", at(10, 11), "age"),
            ("LIMA", ("ANP", "AFP"), None, "5 uur geleden", at(10, 7), "age"),
            ("'s-HERTOGENBOSCH", ("ANP",), None, "gisteren", None, None),
        ],
    ),
    "de-dpa": (
        "de",
        "Mehr aus Politik\n"
        "Regierung legt Haushaltsentwurf vor\n"
        "Berlin (dpa) - Die Bundesregierung hat am Montag ihren Entwurf für den Haushalt des "
        "kommenden Jahres vorgelegt. Die Opposition kritisierte die Pläne.\n"
        "vor 2 StundenRosenheim (dpa/lby) - Auf der Autobahn bei Rosenheim sind am Morgen drei "
        "Lastwagen zusammengestoßen. Verletzt wurde niemand.\n"
        "vor 1 StundeBad Homburg (dpa/lhe) - Nach einem Wasserrohrbruch ist die Innenstadt ohne "
        "Wasser. Die Stadtwerke arbeiten an einer Lösung.\n"
        "vor 5 StundenBRÜSSEL (dpa) - Die EU-Kommission will die Regeln für Lieferketten "
        "lockern. Umweltverbände protestieren.\n"
        "gestern\n",
        [
            (
                "Berlin",
                ("dpa",),
                "Regierung legt Haushaltsentwurf vor",
                "vor 2 Stunden",
                at(10, 10),
                "age",
            ),
            ("Rosenheim", ("dpa", "lby"), None, "vor 1 Stunde", at(10, 11), "age"),
            ("Bad Homburg", ("dpa", "lhe"), None, "vor 5 Stunden", at(10, 7), "age"),
            ("BRÜSSEL", ("dpa",), None, "gestern", None, None),
        ],
    ),  # fmt: skip
    "es-EFE": (
        "es",
        "Más noticias\n"
        "Santa Marta, 10 mar (EFE).- Las autoridades decretaron este lunes la alerta roja por "
        "los incendios forestales en la Sierra Nevada.\n"
        "NUEVA YORK se mantiene como el destino más visitado por los turistas colombianos.\n"
        "hace 1 horaValparaíso, 10 mar (EFE).- Un sismo de magnitud 5,2 sacudió este lunes la "
        "costa central de Chile sin causar daños.\n"
        "hace 3 horasSAN JOSÉ, 9 mar (EFE).- El Gobierno de Costa Rica anunció nuevas medidas "
        "para reducir el precio de la electricidad.\n"
        "ayer\n",
        [
            ("Santa Marta", ("EFE",), None, "hace 1 hora", at(10, 11), "age"),
            ("Valparaíso", ("EFE",), None, "hace 3 horas", at(10, 9), "age"),
            ("SAN JOSÉ", ("EFE",), None, "9 mar", at(9, 0), "dateline"),
        ],
    ),
    "it-ANSA": (
        "it",
        "Altro da Cronaca\n"
        "Frana blocca la statale\n"
        "(ANSA) - SONDRIO, 10 MAR - Una frana ha bloccato nella notte la strada statale tra "
        "Sondrio e Tirano. Nessun ferito.\n"
        "2 ore fa(ANSA) - MILANO, 10 MAR - La giunta ha approvato il nuovo piano per il "
        "trasporto pubblico.\n"
        "ieri(ANSA) - NAPOLI, 7 MAR - Il porto ha registrato un nuovo record di passeggeri nel "
        "mese di febbraio.\n"
        "3 giorni fa\n",
        [
            ("SONDRIO", ("ANSA",), "Frana blocca la statale", "2 ore fa", at(10, 10), "age"),
            ("MILANO", ("ANSA",), None, "10 MAR", at(10, 0), "dateline"),
            ("NAPOLI", ("ANSA",), None, "3 giorni fa", at(7, 12), "age"),
        ],
    ),
    "fr-AFP": (
        "fr",
        "Plus d'actualités\n"
        "Grève dans les transports lyonnais\n"
        "Lyon (AFP) - Les conducteurs de bus et de tramway ont cessé le travail lundi pour "
        "réclamer des hausses de salaire.\n"
        "il y a 3 heuresBAMAKO (Mali), 10 mars 2025 (AFP) - Le gouvernement malien a annoncé "
        "lundi la réouverture des écoles fermées depuis janvier.\n"
        "il y a 5 heuresMarseille (AFP) - Un incendie a détruit un entrepôt du port dans la nuit. "
        "Samedi à Kinshasa, un entrepôt semblable avait brûlé.\n"
        "hier\n",
        [
            (
                "Lyon",
                ("AFP",),
                "Grève dans les transports lyonnais",
                "il y a 3 heures",
                at(10, 9),
                "age",
            ),
            ("BAMAKO", ("AFP",), None, "il y a 5 heures", at(10, 7), "age"),
            ("Marseille", ("AFP",), None, "hier", None, None),
        ],
    ),  # fmt: skip
    "en-Reuters": (
        "en",
        "More from World\n"
        "Markets slip as oil climbs\n"
        "LONDON, March 10 (Reuters) - European shares fell on Monday as oil prices rose for a "
        "third day.\n"
        "3 hours agoSingapore (Reuters) - Asian shipping rates rose for a second week, brokers "
        "said on Monday.\n"
        "7 hours agoNEW YORK, March 9 (Reuters) - Wall Street closed higher on Friday after "
        "jobs data beat forecasts.\n"
        "1 day ago\n",
        [
            ("LONDON", ("Reuters",), "Markets slip as oil climbs", "3 hours ago", at(10, 9), "age"),
            ("Singapore", ("Reuters",), None, "7 hours ago", at(10, 5), "age"),
            ("NEW YORK", ("Reuters",), None, "1 day ago", at(9, 12), "age"),
        ],
    ),  # fmt: skip
    "en-AFP": (
        "en",
        "Latest news\n"
        "AREQUIPA (AFP) - A magnitude 5.8 earthquake shook southern Peru on Monday, the "
        "geophysical institute said.\n"
        "45 minutes agoGeneva (AFP) - UN talks on plastic pollution resumed on Monday.\n"
        "2 hours agoNAIROBI (AFP) - Kenya's parliament approved a new budget on Monday.\n"
        "yesterday\n",
        [
            ("AREQUIPA", ("AFP",), None, "45 minutes ago", at(10, 11, 15), "age"),
            ("Geneva", ("AFP",), None, "2 hours ago", at(10, 10), "age"),
            ("NAIROBI", ("AFP",), None, "yesterday", None, None),
        ],
    ),
    "pl-PAP": (
        "pl",
        "Nowa ustawa o lasach\n"
        "WARSZAWA (PAP) - Sejm uchwalił w poniedziałek nową ustawę o ochronie lasów. "
        "Teraz zajmie się nią Senat.\n"
        "2 godziny temuKRAKÓW (PAP) - Na ulicach miasta pojawiły się nowe tramwaje. "
        "Pasażerowie mogą z nich korzystać od rana.\n"
        "5 godzin temuGDAŃSK (PAP) - W porcie rozładowano największy statek w historii miasta. "
        "Operacja trwała dwa dni.\n"
        "wczoraj\n",
        [
            ("WARSZAWA", ("PAP",), "Nowa ustawa o lasach", "2 godziny temu", at(10, 10), "age"),
            ("KRAKÓW", ("PAP",), None, "5 godzin temu", at(10, 7), "age"),
            ("GDAŃSK", ("PAP",), None, "wczoraj", None, None),
        ],
    ),
    "sv-TT": (
        "sv",
        "STOCKHOLM (TT) - Regeringen vill att fler tåg ska gå mellan de största städerna. "
        "Ett förslag väntas i vår.\n"
        "för 3 timmar sedan\n"
        "GÖTEBORG (TT) - En brand bröt ut i en lagerlokal i hamnen under natten. "
        "Ingen människa skadades.\n"
        "för 6 timmar sedan\n",
        [
            ("STOCKHOLM", ("TT",), None, "för 3 timmar sedan", at(10, 9), "age"),
            ("GÖTEBORG", ("TT",), None, "för 6 timmar sedan", at(10, 6), "age"),
        ],
    ),
    "sl-STA": (
        "sl",
        "LJUBLJANA (STA) - Vlada je na današnji seji sprejela predlog zakona o javnih financah. "
        "O njem bo odločal državni zbor.\n"
        "pred 2 urama\n"
        "MARIBOR (STA) - V mestnem parku so odprli nov otroški vrtec. "
        "Vanj se bo vpisalo sto otrok.\n"
        "pred 45 min.\n",
        [
            ("LJUBLJANA", ("STA",), None, "pred 2 urama", at(10, 10), "age"),
            ("MARIBOR", ("STA",), None, "pred 45 min.", at(10, 11, 15), "age"),
        ],
    ),
    "en-AP": (
        "en",
        "More in World\n"
        "Storm floods coastal towns\n"
        "PORTLAND, Ore. (AP) — Heavy rain flooded dozens of streets on Sunday, and officials "
        "closed schools for two days.\n"
        "2 hours ago\n"
        "Tanker blast kills nine\n"
        "LAGOS, Nigeria (AP) — A tanker truck exploded on a highway outside the city, police "
        "said.\n"
        "5 hours ago\n"
        "TOKYO (AP) — Japan's central bank kept interest rates unchanged on Monday.\n"
        "6 hours ago\n",
        [
            ("PORTLAND", ("AP",), "Storm floods coastal towns", "2 hours ago", at(10, 10), "age"),
            ("LAGOS", ("AP",), "Tanker blast kills nine", "5 hours ago", at(10, 7), "age"),
            ("TOKYO", ("AP",), None, "6 hours ago", at(10, 6), "age"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_is_split_into_its_briefs(name):
    lang, text, expected = PAGES[name]
    briefs = parse_page(text, captured_at=CAPTURED, lang=lang)
    got = [
        (
            b.dateline.place if b.dateline else None,
            b.dateline.agencies if b.dateline else (),
            b.title,
            b.time_text,
            b.published_at,
            b.time_basis,
        )
        for b in briefs
    ]
    assert got == expected


@pytest.mark.parametrize("name", sorted(PAGES))
def test_briefs_hold_no_chrome_no_age_and_no_next_headline(name):
    lang, text, expected = PAGES[name]
    briefs = parse_page(text, captured_at=CAPTURED, lang=lang)
    for brief, (_, _, title, _, _, _) in zip(briefs, expected, strict=True):
        assert text[brief.offset : brief.offset + len(brief.text)] == brief.text
        assert brief.text == brief.text.strip()
        assert brief.dateline is not None and brief.dateline.start == 0
        assert not any(is_chrome(line) for line in brief.text.splitlines())
        # The brief ends with its own sentence, not with the age or the next headline.
        assert brief.text.endswith(".")
        if title:
            assert title not in brief.text


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_language_detected_splits_the_same(name):
    lang, text, expected = PAGES[name]
    briefs = parse_page(text, captured_at=CAPTURED)
    assert [(b.dateline.place, b.time_text) for b in briefs] == [(e[0], e[3]) for e in expected]
    assert {b.lang for b in briefs} == {lang}


@pytest.mark.parametrize(
    ("lang", "age", "dateline", "place", "agencies"),
    [
        ("nl", "2 uur geleden", "QUITO (ANP) - ", "QUITO", ("ANP",)),
        ("de", "vor 2 Stunden", "Simmering (dpa/lby) - ", "Simmering", ("dpa", "lby")),
        ("es", "hace 1 hora", "Santa Marta, 16 nov (EFE).- ", "Santa Marta", ("EFE",)),
        ("es", "hace 1 hora", "SANTIAGO (EFE).- ", "SANTIAGO", ("EFE",)),
        ("it", "ieri", "(ANSA) - MILANO, 16 NOV - ", "MILANO", ("ANSA",)),
        ("fr", "il y a 3 heures", "Lyon (AFP) - ", "Lyon", ("AFP",)),
        ("en", "3 hours ago", "London (Reuters) - ", "London", ("Reuters",)),
        ("en", "1 hour ago", "WASHINGTON (AP) — ", "WASHINGTON", ("AP",)),
        ("nl", "gisteren", "'s-Gravenhage (ANP) - ", "'s-Gravenhage", ("ANP",)),
    ],
)
def test_dateline_glued_to_an_age_opens_the_next_brief(lang, age, dateline, place, agencies):
    text = (
        f"ROMA (ANSA) - Prima notizia del giorno.\n{age}{dateline}Seconda notizia, per il test.\n"
    )
    first, second = parse_page(text, captured_at=CAPTURED, lang=lang)
    assert first.text == "ROMA (ANSA) - Prima notizia del giorno."
    assert first.time_text == age
    assert (second.dateline.place, second.dateline.agencies) == (place, agencies)
    assert second.text.startswith(dateline.rstrip())


@pytest.mark.parametrize(
    "text",
    [
        "vor 2 StundenBerlin - Die Koalition ist am Ende, sagen Kritiker.",  # no credit, title
        "Het gebeurde 3 uur geleden in Den Haag - zei de politie.",  # age inside a sentence
        "hace 2 horas NUEVA YORK se mantiene como la ciudad más visitada.",
        "il y a 3 heures Samedi à Kinshasa, des manifestants ont défilé.",
        "2 hours ago\nFlooding hits the valley - what we know\n",  # a headline, not a dateline
    ],
)
def test_age_anchor_does_not_make_prose_a_dateline(text):
    anchors = [a.end for a in ages_in(text)]
    anchors += [a + 1 for a in anchors]
    assert anchors and find_datelines(text, anchors) == []
    assert all(b.dateline is None for b in parse_page(text, captured_at=CAPTURED))


def test_age_anchors_only_change_what_starts_there():
    text = "Eerste bericht.\nvor 2 StundenRosenheim (dpa/lby) - Ein Unfall.\n"
    assert find_datelines(text) == []
    (dl,) = find_datelines(text, [text.index("Rosenheim")])
    assert (dl.place, dl.agencies) == ("Rosenheim", ("dpa", "lby"))
    assert find_datelines(text, [-5, len(text) + 3, text.index("Ein")]) == []


def test_seed_page_each_brief_gets_the_age_after_it():
    text = SEED.read_text(encoding="utf-8")
    briefs = parse_page(text, captured_at=SEED_CAPTURED, lang="nl")
    got = [(b.dateline.place, b.time_text) for b in briefs]
    assert got == [
        ("PYONGYANG", None),
        ("BALAKLIYA", "2 uur geleden"),
        ("QUITO", "3 uur geleden"),
        ("WASHINGTON", "3 uur geleden"),
        ("SANTIAGO", "6 uur geleden"),
        ("NEUSS", "12 uur geleden"),
        ("WASHINGTON", "14 uur geleden"),
        ("WASHINGTON", "15 uur geleden"),
    ]
    assert briefs[0].title == "Kim Jong-un bespreekt militaire samenwerking met Sjojgoe"
    assert all(b.title is None for b in briefs[1:])
    assert briefs[1].published_at == datetime(2025, 11, 17, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "Meer uit Buitenland",
        "Mehr aus Politik",
        "Más noticias",
        "Más de Internacional",
        "Plus dans Monde",
        "Plus d'actualités",
        "More from World",
        "Altro da Esteri",
        "Altre notizie",
    ],
)
def test_section_headers_are_chrome_not_titles(line):
    assert is_chrome(line)
    assert not looks_like_title(line)


@pytest.mark.parametrize(
    "line",
    ["Frana blocca la statale", "Markets slip as oil climbs", "Regierung legt Entwurf vor"],
)
def test_headlines_are_titles(line):
    assert looks_like_title(line) and not is_chrome(line)


def test_briefs_datelines_are_relative_to_the_brief_with_every_field_kept():
    from dataclasses import fields, replace

    from parsing.page import _shift

    _, text, _ = PAGES["fr-AFP"]
    page_lines = find_datelines(text)
    shifted = _shift(page_lines[1], 100)
    expected = replace(page_lines[1], start=page_lines[1].start - 100)
    expected = replace(expected, end=expected.end - 100, sep_end=expected.sep_end - 100)
    assert all(getattr(shifted, f.name) == getattr(expected, f.name) for f in fields(expected))


# --- headlines between briefs (issue 14, bug 8) ---------------------------------------------

# (layout, page, [(title, brief text start, time_text)]): each headline opens the brief after
# it, never the end of the brief before it.
HEADLINES = [
    (
        "headline, then the age glued to the dateline",
        "ROTTERDAM (ANP) - De haven sloeg minder containers over dan vorig jaar.\n"
        "Bosbrand bedreigt Kaapstad\n"
        "1 uur geledenKAAPSTAD (ANP/AFP) - Een bosbrand rukt op naar de buitenwijken.\n"
        "3 uur geleden\n",
        [(None, "ROTTERDAM (ANP) -", "1 uur geleden"),
         ("Bosbrand bedreigt Kaapstad", "KAAPSTAD (ANP/AFP) -", "3 uur geleden")],
    ),
    (
        "an age, then the headline on its line",
        "ROTTERDAM (ANP) - De haven sloeg minder containers over dan vorig jaar.\n"
        "1 uur geledenBosbrand bedreigt Kaapstad\n"
        "KAAPSTAD (ANP/AFP) - Een bosbrand rukt op naar de buitenwijken.\n"
        "3 uur geleden\n",
        [(None, "ROTTERDAM (ANP) -", "1 uur geleden"),
         ("Bosbrand bedreigt Kaapstad", "KAAPSTAD (ANP/AFP) -", "3 uur geleden")],
    ),
    (
        "headline, then the age, then the dateline (ages first)",
        "Haven slaat minder over\n2 uur geleden\n"
        "ROTTERDAM (ANP) - De haven sloeg minder containers over dan vorig jaar.\n"
        "Bosbrand bedreigt Kaapstad\n5 uur geleden\n"
        "KAAPSTAD (ANP/AFP) - Een bosbrand rukt op naar de buitenwijken.\n",
        [("Haven slaat minder over", "ROTTERDAM (ANP) -", "2 uur geleden"),
         ("Bosbrand bedreigt Kaapstad", "KAAPSTAD (ANP/AFP) -", "5 uur geleden")],
    ),
    (
        "a kicker over the headline",
        "ROTTERDAM (ANP) - De haven sloeg minder containers over dan vorig jaar.\n"
        "Zuid-Afrika\n"
        "Bosbrand bedreigt Kaapstad\n"
        "KAAPSTAD (ANP/AFP) - Een bosbrand rukt op naar de buitenwijken.\n",
        [(None, "ROTTERDAM (ANP) -", None),
         ("Zuid-Afrika: Bosbrand bedreigt Kaapstad", "KAAPSTAD (ANP/AFP) -", None)],
    ),
    (
        "headline on the line of the brief before, with initials in it",
        "ROTTERDAM (ANP) - De haven sloeg minder containers over. USS John F. Kennedy "
        "vaart uit WASHINGTON (ANP/RTR) - Het vliegdekschip verliet de haven.\n",
        [(None, "ROTTERDAM (ANP) -", None),
         ("USS John F. Kennedy vaart uit", "WASHINGTON (ANP/RTR) -", None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("layout", "page", "want"), HEADLINES, ids=[h[0] for h in HEADLINES])
def test_a_headline_between_briefs_is_the_next_briefs_title(layout, page, want):
    briefs = parse_page(page, captured_at=CAPTURED, lang="nl")
    got = [(b.title, b.dateline.raw + b.text[b.dateline.end : b.dateline.sep_end], b.time_text)
           for b in briefs]  # fmt: skip
    assert got == want
    for brief, (title, _, _) in zip(briefs, want, strict=True):
        assert not brief.text.rstrip().endswith(title or "\0")  # not glued to the brief above
        assert "geleden" not in brief.text


HTML_LISTING = """<!doctype html><html><head><title>Buitenland</title></head><body><main>
<h1>Buitenland</h1><ul>
<li><a href="/1"><h2>Haven slaat minder containers over</h2>
<p>ROTTERDAM (ANP) - De haven sloeg dit jaar minder containers over dan vorig jaar.</p>
<span>1 uur geleden</span></a></li>
<li><a href="/2"><h2>Bosbrand bedreigt Kaapstad</h2>
<p>KAAPSTAD (ANP/AFP) - Een bosbrand rukt op naar de buitenwijken van de stad.</p>
<span>2 uur geleden</span></a></li>
<li><a href="/3"><h2>USS John F. Kennedy vaart uit</h2>
<p>WASHINGTON (ANP/RTR) - Het vliegdekschip verliet zondag de haven van Norfolk.</p>
<span>3 uur geleden</span></a></li>
</ul></main></body></html>"""


def test_every_h2_of_an_html_listing_titles_its_brief():
    from parsing.inputs import read_bytes

    (doc,) = read_bytes(HTML_LISTING.encode(), "buitenland.html")
    briefs = parse_page(doc.text, captured_at=CAPTURED, lang="nl", title=doc.title)
    assert [(b.title, b.dateline.place if b.dateline else None, b.time_text) for b in briefs] == [
        ("Haven slaat minder containers over", "ROTTERDAM", "1 uur geleden"),
        ("Bosbrand bedreigt Kaapstad", "KAAPSTAD", "2 uur geleden"),
        ("USS John F. Kennedy vaart uit", "WASHINGTON", "3 uur geleden"),
    ]
    assert all(b.text.endswith("stad.") or b.text.endswith("jaar.") or b.text.endswith("Norfolk.")
               for b in briefs)  # fmt: skip


def test_one_clock_on_a_page_opens_no_entry():
    """A brief that quotes a schedule line is one brief: a live page has two marks at least."""
    text = (
        "BERLIN (dpa) - Die Sitzung des Bundestags beginnt am Montag früh.\n"
        "09:00\n"
        "Als Erstes spricht die Kanzlerin, danach die Opposition."
    )
    assert entry_marks(text, ages_in(text, "de")) == []
    briefs = parse_page(text, captured_at=CAPTURED, lang="de")
    assert [b.dateline.place for b in briefs] == ["BERLIN"]
    assert briefs[0].text.endswith("Opposition.")


def test_ticker_entry_without_a_dateline_gets_no_place_and_its_own_clock():
    text = (
        "Ticker\n"
        "11:40\n"
        "BERLIN (dpa) - Der Bundestag hat das Gesetz beschlossen.\n"
        "11:10\n"
        "Die Opposition kündigt eine Klage an.\n"
    )
    briefs = parse_page(text, captured_at=CAPTURED, lang="de")
    assert [(b.dateline and b.dateline.place, b.time_text) for b in briefs] == [
        ("BERLIN", "11:40"),
        (None, "11:10"),
    ]
    assert briefs[0].text == "BERLIN (dpa) - Der Bundestag hat das Gesetz beschlossen."
    assert briefs[1].text == "Die Opposition kündigt eine Klage an."
    assert briefs[1].published_at == datetime(2025, 3, 10, tzinfo=UTC)


def test_ticker_entry_line_is_no_headline_of_the_entry_below():
    """A short entry after a blank line looks like a portal's headline over the next mark; it is
    an entry of its own, not the next one's title (read15 lost '16:40 - Power restored')."""
    text = (
        "Live: storm\n\n"
        "16:40 - Power restored to homes\n"
        "15:20 - Trains cancelled in the north\n"
        "14:05 - LEEDS (PA) - A tree fell on a bus.\n"
    )
    briefs = parse_page(text, captured_at=CAPTURED, lang="en")
    assert [(b.dateline and b.dateline.place, b.title, b.text) for b in briefs] == [
        (None, None, "Power restored to homes"),
        (None, None, "Trains cancelled in the north"),
        ("LEEDS", None, "LEEDS (PA) - A tree fell on a bus."),
    ]


def test_chrome_prefixes_by_first_character_are_all_of_them():
    """``CHROME_BY_FIRST``: every prefix under its first character, none empty (an empty one
    would make every short line chrome, and have no first character to be found by)."""
    from parsing.pagewords import CHROME_BY_FIRST, CHROME_PREFIXES

    assert all(CHROME_PREFIXES)
    assert sorted(p for group in CHROME_BY_FIRST.values() for p in group) == sorted(CHROME_PREFIXES)
    assert all(p[:1] == first for first, group in CHROME_BY_FIRST.items() for p in group)


def test_is_chrome_is_a_prefix_test_on_the_folded_line():
    from parsing.pagewords import CHROME_PREFIXES

    lines = ["", "   ", "ß", "STRASSE", "Wien – Der Bundeskanzler", "x" * 61]
    for p in CHROME_PREFIXES:
        lines += [p, p.upper() + " Ausland", "  " + p.title(), p[:-1], p + " " + "x" * 60]
    for line in lines:
        stripped = line.strip()
        before = 0 < len(stripped) <= 60 and stripped.casefold().startswith(CHROME_PREFIXES)
        assert is_chrome(line) == before, line
