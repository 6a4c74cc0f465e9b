"""Newspaper and web datelines (issue 11), on briefs written for these tests.

Every style of the issue's table is read, and every kind of look-alike stays a non-dateline.
Weak datelines (title case, a full stop, no separator, a sentence start inside a line) count
only when the caller's gazetteer knows the place: here a small table stands in for it, so the
parser's rules are tested apart from the gazetteer's data (``tests/test_known.py`` tests that).
"""

from __future__ import annotations

import unicodedata

import pytest

from parsing.dateline import find_dateline, find_datelines
from parsing.page import parse_page

# folded name -> kind, as geo.known.KnownPlaces answers ("city": large; "town": small)
KNOWN = {
    "wien": "city",
    "roma": "city",
    "milano": "city",
    "palermo": "city",
    "nueva york": "city",
    "new york": "city",
    "washington": "city",
    "buenos aires": "city",
    "kiew": "city",
    "jerusalem": "city",
    "frankfurt": "city",
    "st petersburg": "city",
    "madrid": "city",
    "peshawar": "city",
    "new delhi": "city",
    "halle": "city",
    "hyderabad": "city",
    "noida": "city",
    "quebec": "city",
    "leon": "city",
    "london": "city",
    "seoul": "city",
    "modena": "city",
    "portland": "city",
    "lima": "city",
    "manises": "town",
    "calais": "town",
    "lyon": "city",
    "managua": "city",
    "kiev": "city",
    "moscou": "city",
    "berlin": "city",
    "graz": "city",
    "salzburg": "city",
    "linz": "city",
    "vignola": "town",
    "gaza": "city",
    "piedade": "town",
    "rio": "city",
    "ljubljana": "city",
    "maribor": "city",
    "sevilla": "city",
    "lucknow": "city",
    "casablanca": "city",
    "bologna": "city",
    "hoyerswerda": "town",
    "police": "town",
    "calcio": "town",
    "cuba": "country",
    "brasil": "country",
    "paraguay": "country",
    "schweden": "country",
    "suecia": "country",
    "mexico": "country",
    "tijuana": "city",
    "tel aviv": "city",
    "dar es salaam": "city",
    "kochi": "city",
    "stuttgart": "city",
    "zurich": "city",
    "cremona": "town",
    "guadalajara": "city",
    "brussel": "city",
    "san diego": "city",
    "bregenz": "town",
    "taungoo": "town",
    "gurgaon": "city",
    "cortina d'ampezzo": "town",
    "silva": "town",
    "moskau": "city",
}


def _fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").replace("-", " ").split())


def is_place(name: str, lang: str | None) -> str | None:
    return KNOWN.get(_fold(name))


# (style, text, raw, separator after raw, place, places, qualifier, agencies, date_text, weak)
# ``weak``: found only with a gazetteer; the others are found without one too (the gazetteer
# may still tell two places from a place and its region: "GRAZ, LINZ", "PIEDADE E RIO").
STYLES = [
    # title case + period, dash or colon
    ("title .", "Roma. Il consiglio comunale ha approvato il bilancio.", "Roma", ".",
     "Roma", None, None, (), None, True),
    ("title .-", "Nueva York.- La ciudad amaneció cubierta de nieve este lunes.", "Nueva York",
     ".-", "Nueva York", None, None, (), None, True),
    ("title .- glued", "Washington.-El Congreso aprobó el presupuesto anoche.", "Washington",
     ".-", "Washington", None, None, (), None, True),
    ("title . two words", "Buenos Aires. La inflación de marzo fue menor a la esperada.",
     "Buenos Aires", ".", "Buenos Aires", None, None, (), None, True),
    ("title :", "Kiew: Die Regierung hat neue Sanktionen angekündigt.", "Kiew", ":", "Kiew",
     None, None, (), None, True),
    ("title spaced :", "Jérusalem : Le gouvernement a annoncé de nouvelles mesures.",
     "Jérusalem", " :", "Jérusalem", None, None, (), None, True),
    ("title slash .", "Frankfurt/Main. Die Börse schloss mit leichten Gewinnen am Freitag.",
     "Frankfurt/Main", ".", "Frankfurt", ("Frankfurt", "Main"), None, (), None, True),
    ("title abbreviation .", "St. Petersburg. Die Stadt an der Newa feiert ein Jubiläum.",
     "St. Petersburg", ".", "St. Petersburg", None, None, (), None, True),
    ("title – after a lead", "Die Koalition streitet über das Budget. Wien – Die Regierung "
     "hat sich in der Nacht geeinigt.", "Wien", " –", "Wien", None, None, (), None, True),
    ("title – glued body", "Wien –Der Nationalrat tagte am Mittwoch bis spät in die Nacht.",
     "Wien", " –", "Wien", None, None, (), None, True),
    ("title - region", "Dar Es Salaam (Tanzania) - Heavy rain flooded the city on Friday.",
     "Dar Es Salaam (Tanzania)", " -", "Dar Es Salaam", None, "Tanzania", (), None, True),
    ("title . lower case after a city", "Palermo - il consiglio comunale si riunisce oggi.",
     "Palermo", " -", "Palermo", None, None, (), None, True),
    # title case + agency
    ("title (agency).", "Madrid (rtr). Die spanische Regierung kündigte neue Steuern an.",
     "Madrid (rtr)", ".", "Madrid", None, None, ("rtr",), None, False),
    ("title (dpa).", "Peshawar (dpa). Bei einem Anschlag wurden zwei Polizisten verletzt.",
     "Peshawar (dpa)", ".", "Peshawar", None, None, ("dpa",), None, False),
    ("title, date (agency) no separator", "New Delhi, Jul 27 (PTI) The government said it "
     "would widen the scheme.", "New Delhi, Jul 27 (PTI)", "", "New Delhi", None, None,
     ("PTI",), "Jul 27", False),
    ("paper code after a slash", "Halle (Saale)/MZ - Die Stadt hat einen neuen Bürgermeister.",
     "Halle (Saale)/MZ", " -", "Halle", None, "Saale", ("MZ",), None, False),
    ("paper code after a slash, region in brackets", "New Delhi [India], June 1 (ANI): The "
     "ministry reported new cases.", "New Delhi [India], June 1 (ANI)", ":", "New Delhi", None,
     "India", ("ANI",), "June 1", False),
    ("byline then a credit", "Por Juan Pérez (EFE).- El gobierno anunció nuevas medidas.",
     "(EFE)", ".-", None, (), None, ("EFE",), None, False),
    ("newsroom then a credit", "Redacción (EFE).- El gobierno anunció nuevas medidas.",
     "(EFE)", ".-", None, (), None, ("EFE",), None, False),
    # place + date + colon
    ("title, date :", "Hyderabad, May 18: The state government announced relief measures.",
     "Hyderabad, May 18", ":", "Hyderabad", None, None, (), "May 18", False),
    ("caps, date (agency):", "NOIDA, Aug 3 (PTI): Police arrested two men after a chase.",
     "NOIDA, Aug 3 (PTI)", ":", "NOIDA", None, None, ("PTI",), "Aug 3", False),
    # place in parentheses
    ("(place)", "(Québec) « Nous allons revoir le programme », a promis la ministre.",
     "(Québec)", "", "Québec", None, None, (), None, True),
    ("(place, country)", "(Léon, Haïti) Toute la nuit, les secouristes ont fouillé les ruines.",
     "(Léon, Haïti)", "", "Léon", None, "Haïti", (), None, True),
    # all caps with no separator or agency
    ("caps no separator", "NEW YORK U.S. stocks climbed on Tuesday as investors weighed data.",
     "NEW YORK", "", "NEW YORK", None, None, (), None, True),
    ("caps, date no separator", "LONDON, March 11 Britain's economy grew faster than expected.",
     "LONDON, March 11", "", "LONDON", None, None, (), "March 11", True),
    ("country and its other name", "TAUNGOO, Myanmar (Burma) (AP) — Floods cut the main road.",
     "TAUNGOO, Myanmar (Burma) (AP)", " —", "TAUNGOO", None, "Myanmar", ("AP",), None, False),
    ("caps, empty slot", "SEOUL,  North Korea fired two missiles into the sea on Sunday.",
     "SEOUL", ",", "SEOUL", None, None, (), None, True),
    ("caps then a sentence", "MODENA La polizia ha arrestato un uomo di 40 anni per furto.",
     "MODENA", "", "MODENA", None, None, (), None, True),
    ("caps .", "MODENA. Rubati due furgoni nella notte in via Emilia Est.", "MODENA", ".",
     "MODENA", None, None, (), None, True),
    ("caps .- glued", "SUECIA.-Las abuelas cobrarán por cuidar a sus nietos.", "SUECIA", ".-",
     "SUECIA", None, None, (), None, False),
    ("caps, caps: two places", "GRAZ, LINZ - Zwei Landeshauptstädte melden Rekorde.",
     "GRAZ, LINZ", " -", "GRAZ", ("GRAZ", "LINZ"), None, (), None, False),
    ("caps place, abbreviated state", "MÉXICO, D.F.- El gobierno anunció nuevas medidas.",
     "MÉXICO, D.F", ".-", "MÉXICO", None, "D.F.", (), None, False),
    ("title place, state, stop-dash", "Guadalajara, Jalisco.- El gobierno estatal anunció "
     "medidas.", "Guadalajara, Jalisco", ".-", "Guadalajara", None, "Jalisco", (), None, True),
    ("caps village named again", "GRIBLJE - Od petka bo na kopališču Griblje srečanje klubov.",
     "GRIBLJE", " -", "GRIBLJE", None, None, (), None, False),
    ("caps joined by a conjunction", "PIEDADE E RIO - Moradores relatam falta de água.",
     "PIEDADE E RIO", " -", "PIEDADE", ("PIEDADE", "RIO"), None, (), None, False),
    # US local TV and radio
    ("station with channel", "LONDON, Ky. (LEX 18) — A school bus slid off the road.",
     "LONDON, Ky. (LEX 18)", " —", "LONDON", None, "Ky.", ("LEX 18",), None, False),
    ("call sign, dash lost", "PORTLAND, Ore. (KOIN) Ahead of the holiday, police warned drivers.",
     "PORTLAND, Ore. (KOIN)", "", "PORTLAND", None, "Ore.", ("KOIN",), None, False),
    ("station brand", "SAN DIEGO (CBS 8) - Police are searching for a driver.",
     "SAN DIEGO (CBS 8)", " -", "SAN DIEGO", None, None, ("CBS 8",), None, False),
    ("neighbourhood, borough", "UPPER EAST SIDE, Manhattan (WABC) -- A fire broke out overnight.",
     "UPPER EAST SIDE, Manhattan (WABC)", " --", "UPPER EAST SIDE", None, "Manhattan",
     ("WABC",), None, False),
    # empty date slot
    ("empty date slot", "LIMA,  (AFP) – Le gouvernement péruvien a décrété l'urgence.",
     "LIMA,  (AFP)", " –", "LIMA", None, None, ("AFP",), None, False),
    # topic slug before the place
    ("topic slug", "CORONAVIRUS SANIDAD -Manises (Valencia)- El hospital activa su plan.",
     "Manises (Valencia)", "-", "Manises", None, "Valencia", (), None, True),
    # something before the dateline
    ("after a headline line", "Neue Brücke eröffnet\nGraz – Die Stadt feiert ihr neues "
     "Wahrzeichen.", "Graz", " –", "Graz", None, None, (), None, True),
    ("after a lead ending in a year", "Die Reform gilt bis 2016. Wien – Die Regierung will "
     "nachbessern.", "Wien", " –", "Wien", None, None, (), None, True),
    ("after a lead ending in a quote", "Er sagt: „Das ist nicht genug.“ Wien – Die Regierung "
     "will nachbessern.", "Wien", " –", "Wien", None, None, (), None, True),
    ("after a lead, not after an initial", "Ein Bericht von Thomas D. Trummer. Bregenz – Die "
     "Architektur ist das Fundament.", "Bregenz", " –", "Bregenz", None, None, (), None, True),
    ("unknown place named again after a lead", "Der Weltcup geht weiter. Nischnij Tagil – Die "
     "Springerin hat in Nischnij Tagil gewonnen.", "Nischnij Tagil", " –", "Nischnij Tagil",
     None, None, (), None, True),
    ("section word before a credited place", "Economía Sevilla, 12 jun (EFE).- La bolsa "
     "subió un uno por ciento.", "Sevilla, 12 jun (EFE)", ".-", "Sevilla", None, None, ("EFE",),
     "12 jun", True),
    ("after a byline", "Di Marco Rossi Roma - Il governo ha approvato il decreto nella notte.",
     "Roma", " -", "Roma", None, None, (), None, True),
    ("after a photo caption", "Farmers at a market. (Photo: staff)\nLucknow: The state opened "
     "new grain stores on Monday.", "Lucknow", ":", "Lucknow", None, None, (), None, True),
    ("after a timestamp", "Updated 10:32 GMT\nST. PETERSBURG, Fla. -- A sinkhole swallowed a "
     "road.", "ST. PETERSBURG, Fla.", " --", "ST. PETERSBURG", None, "Fla.", (), None, False),
    ("after an update marker", "UPDATE 2\nBERLIN - Die Regierung hat den Haushalt beschlossen.",
     "BERLIN", " -", "BERLIN", None, None, (), None, False),
    ("after a lead with no full stop", "Opposition kritisiert \"Chaos\" Wien – Die Regierung hat "
     "sich in der Nacht geeinigt.", "Wien", " –", "Wien", None, None, (), None, True),
    ("after a lead ending in a score", "Sturm gewinnt das Derby mit 3:1. Graz – Die Stadt feiert "
     "den Sieg.", "Graz", " –", "Graz", None, None, (), None, True),
    ("after a lead ending in an ellipsis", "Bilanz nach hundert Tagen … Berlin – Die Koalition "
     "zieht eine gemischte Bilanz.", "Berlin", " –", "Berlin", None, None, (), None, True),
    ("caps credit glued to the place", "Gurgaon and New DelhiCNN\n —\nOfficials said on Monday "
     "that the curfew would stay.", "Gurgaon and New DelhiCNN", "\n —", "Gurgaon",
     ("Gurgaon", "New Delhi"), None, ("CNN",), None, True),
    ("elided article inside a place", "Cortina d'Ampezzo – Le gare di sci sono state rinviate "
     "per il vento.", "Cortina d'Ampezzo", " –", "Cortina d'Ampezzo", None, None, (), None, True),
    ("newsroom word and a bare credit", "Agencia EFE.- El gobierno anunció nuevas medidas.",
     "Agencia EFE", ".-", None, (), None, ("EFE",), None, False),
    ("pooled agencies as the credit", "Agencias.- El gobierno anunció nuevas medidas.",
     "Agencias", ".-", None, (), None, ("Agencias",), None, False),
    ("mid-line after a headline", "Ortega anuncia nuevas medidas Managua.- El presidente "
     "anunció ayer un plan económico. (EFE)", "Managua", ".-", "Managua", None, None, (), None,
     True),
]  # fmt: skip


def _check(text, d, raw, sep, place, places, qualifier, agencies, date_text):
    assert d is not None, text
    assert (d.raw, text[d.start : d.end]) == (raw, raw)
    assert text[d.end : d.sep_end] == sep
    assert d.place == place
    assert d.places == (places if places is not None else (place,))
    assert (d.qualifier, d.agencies, d.date_text) == (qualifier, agencies, date_text)


@pytest.mark.parametrize(
    ("style", "text", "raw", "sep", "place", "places", "qualifier", "agencies", "date", "weak"),
    STYLES,
    ids=[row[0] for row in STYLES],
)
def test_every_web_style_is_read(
    style, text, raw, sep, place, places, qualifier, agencies, date, weak
):
    for d in (
        find_dateline(text, is_place=is_place),
        (find_datelines(text, is_place=is_place) or [None])[0],
    ):
        _check(text, d, raw, sep, place, places, qualifier, agencies, date)
    alone = find_dateline(text)
    if weak:
        assert alone is None or alone.raw != raw  # a weak dateline needs the gazetteer
    else:
        assert alone is not None and (alone.raw, text[alone.end : alone.sep_end]) == (raw, sep)


def test_a_dateline_after_a_lead_starts_the_brief_there():
    text = "Die Koalition streitet über das Budget. Wien – Die Regierung hat sich geeinigt."
    (brief,) = parse_page(text, is_place=is_place)
    assert brief.offset == text.index("Wien")
    assert brief.dateline is not None and brief.dateline.start == 0
    assert brief.text.startswith("Wien – Die Regierung")


def test_polish_and_russian_dates_are_read_and_resolved():
    from datetime import UTC, datetime

    captured = datetime(2025, 11, 17, 8, 0, tzinfo=UTC)
    for text, lang in (
        ("WARSZAWA, 16 listopada (PAP) - Rząd przyjął nowy budżet na przyszły rok.", "pl"),
        ("MOSKVA, 16 ноября (TASS) - Правительство утвердило новый бюджет.", "ru"),
    ):
        (brief,) = parse_page(text, captured_at=captured, lang=lang)
        assert brief.dateline is not None and brief.dateline.date_text is not None
        assert brief.published_at == datetime(2025, 11, 16, tzinfo=UTC)
        assert brief.time_basis == "dateline"


# --- digest pages: several briefs, each after its own headline ------------------------------

DIGESTS = [
    (
        "Kurzmeldungen",
        "Hafen wird ausgebaut\nCalais (dpa). Der Hafen soll bis 2030 deutlich wachsen.\n"
        "Zug entgleist\nLyon (dpa). Ein Güterzug ist in der Nacht entgleist.\n",
        ["Calais (dpa)", "Lyon (dpa)"],
    ),
    (
        "digest italiano",
        "Roma. Il sindaco ha presentato il piano per il traffico.\n"
        "Milano. Sciopero dei mezzi pubblici domani in tutta la città.\n",
        ["Roma", "Milano"],
    ),
    (
        "leads and datelines",
        "Graz feiert. Graz – Die Stadt hat ihre neue Brücke eröffnet.\n"
        "Salzburg rüstet auf. Salzburg – Die Festspiele bekommen mehr Geld.\n",
        ["Graz", "Salzburg"],
    ),
    (
        "AFP budget",
        "KIEV/MOSCOU - Les deux capitales ont échangé des prisonniers samedi.\n"
        "GAZA - Les frappes ont repris dans la nuit selon des témoins.\n",
        ["KIEV/MOSCOU", "GAZA"],
    ),
]


@pytest.mark.parametrize(("name", "page", "raws"), DIGESTS, ids=[d[0] for d in DIGESTS])
def test_digest_pages(name, page, raws):
    found = find_datelines(page, is_place=is_place)
    assert [d.raw for d in found] == raws
    briefs = parse_page(page, is_place=is_place)
    assert [b.dateline.raw for b in briefs if b.dateline] == raws


# --- look-alikes: every negative kind stays a non-dateline ----------------------------------

# (kind, text): all written for these tests; many name places the table above knows
NEGATIVES = [
    ("headline with a colon", "Hoyerswerda: Neues Zentrum für Geflüchtete eröffnet\n"
     "Die Stadt hat am Montag ein Begegnungszentrum eröffnet."),
    ("headline with a colon", "Cuba : des milliers de manifestants dans les rues\n"
     "La police a procédé à des arrestations."),
    ("headline with a colon", "Police: two men arrested after a chase on the bypass\n"
     "Officers stopped the car near the bridge."),
    ("country and a colon", "Brasil: Bons resultados na economia neste trimestre."),
    ("topic and a colon", "Pandemia de coronavirus: un año después\nEl episodio recuerda."),
    ("person and a colon", "MARKO HORVAT: Slovenija potrebuje več kolesarskih poti."),
    ("person with a stop-dash", "Marta Gil.- Ayer por la tarde presentó su nuevo libro."),
    ("person with birthplace", "Pedro Ruiz (Sevilla, 1980) es un actor y director español."),
    ("byline with a dash", "Par Julie Martin - Les jardins partagés se multiplient en ville."),
    ("place opens a sentence", "New Delhi is the capital of the largest democracy on earth."),
    ("place opens a sentence", "Milano, il sindaco presenta il piano per le periferie.\n"
     "Oggi si comincia."),
    ("place opens a sentence", "Casablanca, the 1942 film, returns to cinemas this month."),
    ("place in a name", "Lucknow Super Giants, for the second year, reached the playoffs."),
    ("section slug", "VERKEER - Op de snelweg stond vanochtend een lange file."),
    ("section slug", "Internacional.- En el sitio de financiamiento encontramos proyectos."),
    ("section slug", "EXKLUSIV: Die Regierung plant neue Steuern für Vielflieger."),
    ("section slug", "WISSENSCHAFT - Forscher haben ein neues Enzym entdeckt."),
    ("section slug named again", "VERKEER - Het verkeer op de A12 stond vanochtend stil."),
    ("kicker named again", "Oikocredit - De kredietverstrekker Oikocredit moet veranderen."),
    ("kicker", "Football - Le club a annoncé l'arrivée d'un nouvel entraîneur."),
    ("kicker", "Calcio - nell'ambito della presentazione del libro, il presidente parla."),
    ("kicker", "Lettres - Un pays en colère\nC'est un ministre qui l'a dit."),
    ("sports score", "Bologna - Inter 2-1, doppietta del centravanti nel finale."),
    ("sports score", "Real Madrid - Ajax was een wedstrijd om nooit te vergeten."),
    ("sports score", "Paraguay won met 1 - 0 van Chili, door een doelpunt in de slotfase."),
    ("boilerplate", "Comment on this story\nComment\nThe company said on Monday it would cut "
     "jobs."),
    ("boilerplate", "Edición: 5120\nPropietario: Medios del Sur S.A.\nDirector: Juan Gil"),
    ("no dateline", "La Semana Santa aleja el temor a un mal año\nLas reservas crecen en la "
     "costa de Sevilla."),
    ("place inside a phrase of a lead", "Gespräche in Wien – Lösung in Sicht, sagen die "
     "Parteien nach langer Nacht."),
    ("name with a particle in a lead", "Das Verfahren gegen Lula da Silva – Richter lehnen "
     "den Antrag der Verteidigung ab."),
    ("a town after a lead with no stop", "Die Bilanz der Saison fällt gemischt aus Bregenz – "
     "Die Festspiele melden weniger Gäste als im Vorjahr."),
    ("a city inside a club's name", "Lokomotive Moskau – Dynamo Kiew war ein Spiel, das lange "
     "in Erinnerung bleibt."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), NEGATIVES, ids=[f"{k}: {t[:24]}" for k, t in NEGATIVES])
def test_look_alikes_are_not_datelines(kind, text):
    assert find_dateline(text, is_place=is_place) is None
    assert find_datelines(text, is_place=is_place) == []


def test_a_failing_predicate_loses_nothing():
    def broken(name, lang):
        raise RuntimeError("gazetteer gone")

    assert find_dateline("Wien – Die Regierung tagt.", is_place=broken) is None
    d = find_dateline("BERLIN (dpa) - Die Regierung tagt.", is_place=broken)
    assert d is not None and d.place == "BERLIN"


def test_true_reads_as_a_town():
    d = find_dateline("Graz – Die Stadt feiert.", is_place=lambda name, lang: True)
    assert d is not None and d.place == "Graz"
    # a town (not a large city) does not open a sentence that starts in lower case
    assert find_dateline("Graz – la città festeggia.", is_place=lambda name, lang: True) is None


def test_the_language_reaches_the_predicate():
    asked: list[tuple[str, str | None]] = []

    def spy(name, lang):
        asked.append((name, lang))
        return "city"

    find_dateline("Kiew: Die Regierung tagt in der Nacht.", is_place=spy, lang="de")
    assert ("Kiew", "de") in asked
