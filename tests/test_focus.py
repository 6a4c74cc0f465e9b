"""Where the event happened (``geo.focus.choose_focus``): the rules that read how news copy is
written, each on briefs written for these tests, and a regression table of briefs whose event is
neither at the dateline nor at the first place named."""

from __future__ import annotations

import pytest

from geo import gazetteer
from geo.focus import _contains, _holds, choose_focus, lead_end
from geo.fold import fold
from geo.location import Location, PlaceQuery
from geo.mentions import find_mentions, get_index
from geo.resolve import Resolver


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    r = Resolver(gazetteer.load())
    get_index(r)
    return r


def focus_of(resolver, text, lang, dateline=None):
    """The focus of a brief as the pipeline reads it: the dateline (when given) is the text
    before the first " - " and is left out of the mentions."""
    if dateline is None:
        ms = find_mentions(text, lang, resolver=resolver)
        return choose_focus(ms, None, text, lang=lang), ms
    end = text.index(" - ") + 3
    dl = resolver.resolve(PlaceQuery(dateline, None, text, lang))
    ms = find_mentions(text, lang, exclude=((0, end),), resolver=resolver, dateline=dl)
    return choose_focus(ms, dl, text, body_start=end, lang=lang, resolver=resolver), ms


# --- the regression table: dateline, lang, text, the focus's place name ------------------------
# In every row the event is neither at the dateline nor at the first place the body names.
ELSEWHERE = [
    (
        "LONDON",
        "en",
        "LONDON (Reuters) - Britain said on Monday that a cargo ship had sunk off the coast of "
        "Yemen after a drone attack.",
        "Yemen",
    ),
    (
        "DEN HAAG",
        "nl",
        "DEN HAAG (ANP) - Nederland rouwt om twee militairen die bij een oefening in Litouwen "
        "zijn omgekomen.",
        "Lithuania",
    ),
    (
        "BERLIN",
        "de",
        "BERLIN (dpa) - Österreich und Deutschland schicken Hunderte Helfer in die Türkei.",
        "Turkey",
    ),
    (
        "PARIS",
        "fr",
        "PARIS (AFP) - La France a condamné mardi une attaque contre un convoi humanitaire "
        "près de Khartoum.",
        "Khartoum",
    ),
    (
        "ROMA",
        "it",
        "ROMA (ANSA) - L'Italia invierà aiuti dopo il terremoto che ha colpito il nord del "
        "Marocco.",
        "Morocco",
    ),
    (
        "MADRID",
        "es",
        "MADRID (EFE) - España condenó el jueves el ataque contra una escuela en Jartum.",
        "Khartoum",
    ),
    # a joint dateline: the lead names which of its places the event is at
    (
        "TEL AVIV/BEIRUT",
        "de",
        "TEL AVIV/BEIRUT (dpa) - Israelische Kampfjets haben am Sonntag die libanesische "
        "Hauptstadt Beirut angegriffen.",
        "Beirut",
    ),
    (
        "KATHMANDU",
        "en",
        "KATHMANDU (AP) - Nepal and China will limit climbers at the summit of Mount Everest "
        "this spring.",
        "Mount Everest",
    ),
]


@pytest.mark.parametrize(("dateline", "lang", "text", "name"), ELSEWHERE)
def test_the_event_is_neither_the_dateline_nor_the_first_place(
    resolver, dateline, lang, text, name
):
    focus, ms = focus_of(resolver, text, lang, dateline)
    assert focus is not None
    assert focus.location.name == name, focus.reason
    assert focus.mention is not None and ms[0].location.name != name, "not a row of this table"


# --- a part of a place, said as a noun, says where by itself --------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "MONTRÉAL (AFP) - Des feux de forêt ravagent le nord du Québec depuis lundi."),
        ("en", "MONTREAL (Reuters) - Wildfires are ravaging the north of Quebec since Monday."),
        ("nl", "MONTREAL (ANP) - Bosbranden teisteren sinds maandag het noorden van Quebec."),
        ("it", "MONTREAL (ANSA) - Gli incendi devastano da lunedì il nord del Québec."),
        ("es", "MONTREAL (EFE) - Los incendios arrasan desde el lunes el norte de Quebec."),
    ],
)
def test_a_compass_part_said_as_a_noun_moves_the_focus_to_the_region(resolver, lang, text):
    focus, _ = focus_of(resolver, text, lang, text.split(" (")[0])
    # the focus leaves the dateline for the named place (which of Quebec's readings, province
    # or city, is the mentions' choice, not the focus's)
    assert focus.mention is not None and fold(focus.mention.place) == "quebec", focus.reason
    assert focus.reason.startswith("lead:") and focus.location.country_code == "CA"


def test_a_compass_adjective_on_the_datelines_own_country_keeps_the_dateline(resolver):
    # "eastern India" under NEW DELHI: a loose half of the country, the city is more precise
    text = "NEW DELHI (AP) - Floods swept through eastern India on Tuesday, officials said."
    focus, _ = focus_of(resolver, text, "en", "NEW DELHI")
    assert focus.location.name == "Delhi" and focus.mention is None
    # the same adjective on a place elsewhere still moves it: it is a locative phrase
    text = "NEW DELHI (AP) - Floods swept through eastern Nepal on Tuesday, officials said."
    focus, _ = focus_of(resolver, text, "en", "NEW DELHI")
    assert focus.location.country_code == "NP"


def test_an_adjective_compass_in_a_name_is_not_a_locative(resolver):
    # "a Southern California native": a compass adjective in a name, not where the event is
    text = (
        "LOS ANGELES (AP) - The mayor, a Southern California native, signed the city's budget "
        "on Monday."
    )
    focus, _ = focus_of(resolver, text, "en", "LOS ANGELES")
    assert focus.location.name == "Los Angeles"


# --- a word for a part of a place may stand between the locative and the place -----------------
@pytest.mark.parametrize(
    ("lang", "text", "cc"),
    [
        ("en", "MOSCOW (Reuters) - Drones fell in the territory of Belarus overnight.", "BY"),
        ("it", "MOSCA (ANSA) - Droni sono caduti sul territorio della Bielorussia.", "BY"),
        ("fr", "MOSCOU (AFP) - Des drones sont tombés sur le territoire de la Biélorussie.", "BY"),
        ("fr", "PÉKIN (AFP) - Deux alpinistes sont morts au sommet du mont Everest.", None),
        ("it", "PECHINO (ANSA) - Due alpinisti sono morti sulla vetta del Monte Everest.", None),
    ],
)
def test_territory_and_summit_stand_between_locative_and_place(resolver, lang, text, cc):
    focus, _ = focus_of(resolver, text, lang, text.split(" (")[0])
    assert focus.mention is not None, focus.reason
    assert focus.location.country_code == cc
    assert focus.reason.startswith("lead:")


# --- crossing a place is being there ----------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ISTANBUL (Reuters) - Two Russian warships crossed the Bosphorus on Sunday."),
        ("it", "ISTANBUL (ANSA) - Due navi russe hanno attraversato il Bosforo domenica."),
        ("de", "ISTANBUL (dpa) - Zwei Kriegsschiffe durchquerten den Bosporus am Sonntag."),
        ("fr", "ISTANBUL (AFP) - Deux navires russes ont traversé le Bosphore dimanche."),
        ("es", "ESTAMBUL (EFE) - Dos buques rusos cruzaron el Bósforo el domingo."),
    ],
)
def test_a_crossed_strait_is_where_it_happened(resolver, lang, text):
    focus, _ = focus_of(resolver, text, lang, text.split(" (")[0])
    assert focus.location.name == "Bosporus", focus.reason


# --- a joint dateline -------------------------------------------------------------------------
def test_a_joint_dateline_takes_the_place_its_lead_names(resolver):
    text = (
        "JERUSALEM/BEIRUT (Reuters) - Israeli jets struck Beirut's southern suburbs again "
        "on Sunday, Lebanese media said."
    )
    focus, _ = focus_of(resolver, text, "en", "JERUSALEM/BEIRUT")
    assert focus.location.name == "Beirut" and focus.location.country_code == "LB"
    # a lead that names neither keeps the first place of the dateline
    text = "JERUSALEM/BEIRUT (Reuters) - Talks on a ceasefire resumed on Sunday."
    focus, _ = focus_of(resolver, text, "en", "JERUSALEM/BEIRUT")
    assert focus.location.name == "Jerusalem" and focus.reason == "dateline"


# --- no dateline: a name that acts is not where, a place introduced as one is ----------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Moscow said on Tuesday that floods had cut off Orenburg."),
        ("nl", "Moskou zei dinsdag dat overstromingen Orenburg hebben afgesneden."),
        ("de", "Moskau sagte am Dienstag, Überschwemmungen hätten Orenburg abgeschnitten."),
    ],
)
def test_without_a_dateline_a_speaking_capital_is_not_the_place(resolver, lang, text):
    focus, _ = focus_of(resolver, text, lang)
    assert focus.location.name == "Orenburg", focus.reason


def test_without_a_dateline_a_possessive_name_is_not_the_place(resolver):
    text = "Russia's navy shelled Odesa overnight, officials said."
    focus, _ = focus_of(resolver, text, "en")
    assert focus.location.name in ("Odesa", "Odessa"), focus.reason


# A bare name in a title or lead is where local copy happened ("a Chiefland man"): a place a
# later sentence introduces with a locative is background (where someone was born, studied).
# And a bare name in the lead before the place the lead introduces with a locative, and inside
# it, is the more precise place ("Pune is ... in western India"), as a located one inside it after
# it already was; a name after it is not ("Flooding hit northern Queensland; Brisbane sent help",
# tests/test_mentions.py).
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Brandon woman hurt in kitchen fire. A 44-year-old woman was taken to hospital on "
            "Monday after a pan caught fire. She moved here in 1990 after growing up in Dublin.",
            "Brandon",
        ),
        (
            "nl",
            "Tilburg: snackbar uitgebrand. Een snackbar is zondagnacht uitgebrand. De eigenaar "
            "begon zijn zaak na een opleiding in Gent.",
            "Tilburg",
        ),
        # a bare lead name inside the place the lead locates is the more precise place
        (
            "en",
            "Pune is fast becoming one of the largest car-making hubs in western India, a report "
            "found.",
            "Pune",
        ),
        (
            "de",
            "Der Stadtrat von Ulm hat am Montag als erster in Deutschland ein Verbot von "
            "Laubbläsern beschlossen.",
            "Ulm",
        ),
        (
            "nl",
            "De gemeenteraad van Utrecht heeft maandag als eerste in Nederland een verbod op "
            "bladblazers ingesteld.",
            "Utrecht",
        ),
        (
            "fr",
            "Le conseil municipal de Grenoble a voté lundi la première interdiction de ce type en "
            "France.",
            "Grenoble",
        ),
        (
            "it",
            "Il consiglio comunale di Bergamo ha approvato lunedì il primo divieto del genere in "
            "Italia.",
            "Bergamo",
        ),
        (
            "es",
            "El ayuntamiento de Bilbao aprobó el lunes la primera prohibición de este tipo en "
            "España.",
            "Bilbao",
        ),
    ],
)
def test_without_a_dateline_a_bare_lead_name_beats_a_place_introduced_later(
    resolver, lang, text, name
):
    focus, _ = focus_of(resolver, text, lang)
    assert focus.location.name == name, focus.reason


# --- a locative that says who or what, not where it happened ------------------------------------
# A place in a phrase of cause, topic or circumstance (amid, because of, the fate of, wegen,
# vanwege, en raison de, a causa di, debido a) is what the event is about; the event is at the
# dateline. The dateline is the text before " (".
BACKGROUND_CAUSE = [
    ("en", "GENEVA (Reuters) - Aid agencies appealed for funds amid severe drought in Somalia."),
    ("nl", "DEN HAAG (ANP) - Het kabinet stelt een reis uit vanwege de onrust in Senegal."),
    ("de", "BERLIN (dpa) - Ein Manager muss wegen Bestechung in Angola vor Gericht."),
    ("fr", "PARIS (AFP) - Le ministre a annulé sa visite en raison des violences en Haïti."),
    ("it", "ROMA (ANSA) - Il governo ha convocato una riunione a causa della crisi in Libia."),
    ("es", "MADRID (EFE) - El Gobierno suspendió el viaje debido a los disturbios en Bolivia."),
]
# A locative right after a word that makes it say where a person or body is from (based in,
# born in, gevestigd in, mit Sitz in, basé à, con sede a, nacido en), or a place right before
# such a word (das in X ansässige, het in X gevestigde), describes who, not where.
BACKGROUND_WHO = [
    ("en", "LONDON (Reuters) - A charity based in Kenya opened its first shop on Monday."),
    ("nl", "AMSTERDAM (ANP) - Een in Polen geboren kunstenaar opent zaterdag een expositie."),
    ("nl", "AMSTERDAM (ANP) - Het in Zweden gevestigde bedrijf opent dinsdag een kantoor."),
    ("de", "HAMBURG (dpa) - Eine Reederei mit Sitz in Dänemark hat Insolvenz angemeldet."),
    ("de", "HAMBURG (dpa) - Die in Norwegen ansässige Reederei hat Insolvenz angemeldet."),
    ("fr", "LYON (AFP) - Un artiste né à Dakar expose ses toiles depuis samedi."),
    ("it", "MILANO (ANSA) - Una società con sede a Vienna ha aperto lunedì un negozio."),
    ("es", "SEVILLA (EFE) - Un pintor nacido en Lima inauguró el sábado una exposición."),
    # a birth a few words before the locative ("born into a farming family in"): a life's
    # background, as "born in"
    ("en", "DENVER (AP) - The painter, born into a farming family in Ireland, died on Friday."),
    ("fr", "LYON (AFP) - Le peintre, né dans une famille paysanne en Irlande, est mort samedi."),
    ("it", "MILANO (ANSA) - Il pittore, nato in una famiglia di contadini in Irlanda, è morto."),
]

# A locative in a phrase about a coming event (the upcoming summit in, que se celebrará en, che
# si terrà a, qui se tiendra à, den bevorstehenden Gipfel in, de aanstaande top in) names where that
# will happen, not where the reported event did.
BACKGROUND_COMING = [
    ("en", "CHICAGO (AP) - The city unveiled its security plan for the upcoming summit in Lima."),
    ("nl", "UTRECHT (ANP) - De gemeente presenteerde plannen voor de aanstaande top in Parijs."),
    ("de", "HAMBURG (dpa) - Die Stadt zeigte ihr Programm für den bevorstehenden Gipfel in Rom."),
    ("fr", "LYON (AFP) - La ville a dévoilé son programme pour le sommet qui se tiendra à Berlin."),
    (
        "it",
        "NAPOLI (ANSA) - La squadra ha presentato la maglia per il torneo che si terrà a Parigi.",
    ),
    (
        "es",
        "MONTERREY (EFE) - Una alumna ganó una beca para el congreso que se celebrará en Madrid.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BACKGROUND_CAUSE + BACKGROUND_WHO + BACKGROUND_COMING)
def test_a_background_place_in_the_lead_leaves_the_dateline(resolver, lang, text):
    focus, ms = focus_of(resolver, text, lang, text.split(" (")[0])
    assert ms, "the background place is found as a mention"
    assert focus.reason == "dateline", focus.reason


# the same places said as where it happened still move the focus
@pytest.mark.parametrize(
    ("lang", "text", "cc"),
    [
        ("en", "LONDON (Reuters) - A charity opened a shop in Kenya on Monday.", "KE"),
        ("en", "CHICAGO (AP) - Thousands marched on Monday at the summit in Lima.", "PE"),
        ("de", "HAMBURG (dpa) - Eine Reederei hat in Dänemark Insolvenz angemeldet.", "DK"),
        ("fr", "LYON (AFP) - Un artiste expose ses toiles à Dakar depuis samedi.", "SN"),
        # "next" is no mark of a coming event's background, in any language: it is the news
        ("en", "CHICAGO (AP) - The ministers will hold their next meeting in Lima.", "PE"),
        ("fr", "LYON (AFP) - Les ministres tiendront leur prochaine réunion à Dakar.", "SN"),
        ("es", "MONTERREY (EFE) - Los ministros harán su próxima reunión en Lima.", "PE"),
        ("de", "HAMBURG (dpa) - Die Minister treffen sich am kommenden Montag in Dänemark.", "DK"),
    ],
)
def test_the_same_places_said_as_where_it_happened_still_move(resolver, lang, text, cc):
    focus, _ = focus_of(resolver, text, lang, text.split(" (")[0])
    assert focus.location.country_code == cc, focus.reason


# --- a German compass noun takes its place in the genitive, without "von" ------------------------
@pytest.mark.parametrize(
    ("dateline", "text", "cc"),
    [
        (
            "KABUL",
            "KABUL (dpa) - Bei Kämpfen im Norden Afghanistans sind zwölf Menschen getötet worden.",
            "AF",
        ),
        ("KIEW", "KIEW (dpa) - Im Osten der Ukraine ist ein Damm gebrochen.", "UA"),
    ],
)
def test_a_german_compass_noun_in_the_genitive_is_a_part_of_the_place(resolver, dateline, text, cc):
    focus, _ = focus_of(resolver, text, "de", dateline)
    assert focus.reason.startswith("lead:") and focus.location.country_code == cc, focus.reason
    assert focus.location.precision == "country"


# --- newspaper copy: a headline, kicker or caption before the dateline ------------------------
def focus_after_headline(resolver, text, lang, dateline):
    """The focus of a brief whose dateline (``dateline`` + " - ") follows a headline, as
    newspapers print it; the dateline is left out of the mentions, the body starts after it."""
    start = text.index(dateline + " - ")
    end = start + len(dateline) + 3
    dl = resolver.resolve(PlaceQuery(dateline, None, text, lang))
    ms = find_mentions(text, lang, exclude=((start, end),), resolver=resolver, dateline=dl)
    return choose_focus(ms, dl, text, body_start=end, lang=lang)


# The headline sums up, often with the story's background ("after the floods in X"); the lead is
# the sentence after the dateline. A place the headline introduces does not move the focus.
@pytest.mark.parametrize(
    ("lang", "text", "dateline", "name"),
    [
        (
            "en",
            "After the floods in Spain, ministers promise help. LONDON - The government "
            "announced an emergency fund on Tuesday.",
            "LONDON",
            "London",
        ),
        (
            "de",
            "Nach dem Sturm in Bayern: Minister fordert mehr Hilfe. Berlin - Der Innenminister "
            "hat am Montag mehr Geld für den Katastrophenschutz gefordert.",
            "Berlin",
            "Berlin",
        ),
        (
            "nl",
            "Na de brand in Antwerpen wil het havenbedrijf strengere regels. ROTTERDAM - Het "
            "havenbedrijf wil de regels voor de opslag van chemicaliën aanscherpen.",
            "ROTTERDAM",
            "Rotterdam",
        ),
        (
            "fr",
            "Après les inondations en Belgique, le gouvernement promet des aides. PARIS - Le "
            "Premier ministre a annoncé mardi un fonds d'urgence.",
            "PARIS",
            "Paris",
        ),
        (
            "it",
            "Dopo il terremoto in Grecia, il governo invia soccorsi. ROMA - Il governo ha deciso "
            "giovedì di inviare due squadre di vigili del fuoco.",
            "ROMA",
            "Rome",
        ),
        (
            "es",
            "Tras el incendio en Valencia, el Gobierno anuncia ayudas. MADRID - El Consejo de "
            "Ministros aprobó el martes un paquete de ayudas.",
            "MADRID",
            "Madrid",
        ),
        (
            "pt",
            "Depois da visita a Portugal, presidente assina acordos. BRASÍLIA - O presidente "
            "assinou nesta terça-feira três acordos de cooperação.",
            "BRASÍLIA",
            "Brasília",
        ),
    ],
)
def test_a_place_in_the_headline_before_the_dateline_leaves_the_dateline(
    resolver, lang, text, dateline, name
):
    focus = focus_after_headline(resolver, text, lang, dateline)
    assert focus.location.name == name, focus.reason


def test_after_a_headline_the_lead_still_moves_the_focus(resolver):
    text = (
        "Helfer für die Erdbebenopfer. Berlin - Die Bundesregierung schickt am Montag 200 "
        "Helfer in die Türkei."
    )
    focus = focus_after_headline(resolver, text, "de", "Berlin")
    assert focus.location.country_code == "TR", focus.reason


def test_without_a_dateline_a_speaking_name_inside_the_located_place_is_not_taken(resolver):
    text = "Moscow said on Monday that drones had struck an oil depot in Russia."
    focus, _ = focus_of(resolver, text, "en")
    assert focus.location.name == "Russia", focus.reason


# --- a land the lead spreads the event across, and a joint dateline's place inside the lead's --
@pytest.mark.parametrize(
    ("dateline", "lang", "text", "cc"),
    [
        (
            "NAIROBI",
            "en",
            "NAIROBI (Reuters) - Floods across Kenya have killed 40 people this week.",
            "KE",
        ),
        (
            "DAMASKUS",
            "de",
            "DAMASKUS - Bei Kämpfen in ganz Syrien sind am Wochenende Dutzende gestorben.",
            "SY",
        ),
        (
            "DEN HAAG",
            "nl",
            "DEN HAAG - In heel Nederland vielen zondag stroomstoringen voor.",
            "NL",
        ),
        (
            "PARIS",
            "fr",
            "PARIS - Des grèves dans toute la France ont paralysé les trains jeudi.",
            "FR",
        ),
        ("ROMA", "it", "ROMA - Scioperi in tutta Italia hanno fermato i treni venerdì.", "IT"),
        (
            "MADRID",
            "es",
            "MADRID - Las tormentas en toda España dejaron tres muertos el lunes.",
            "ES",
        ),
    ],
)
def test_a_land_the_lead_spreads_the_event_across_is_where(resolver, dateline, lang, text, cc):
    """Under a dateline inside it, a country the lead spreads the event across ("across",
    "throughout", "in ganz", "in tutta", "en toda") is where it happened, not its capital."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus.location.precision == "country" and focus.location.country_code == cc, focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        (
            "SANTIAGO",
            "es",
            "SANTIAGO - Las elecciones presidenciales en Chile se celebran el domingo.",
            "Santiago",
        ),
        (
            "NAIROBI",
            "en",
            "NAIROBI (Reuters) - Inflation in Kenya rose to 7 percent in May, the bureau said.",
            "Nairobi",
        ),
        (
            "BERLIN",
            "de",
            "BERLIN - In Berlin und ganz Deutschland demonstrierten Tausende.",
            "Berlin",
        ),
    ],
)
def test_a_land_named_bare_or_with_the_dateline_keeps_the_dateline(
    resolver, dateline, lang, text, name
):
    """A bare "in X" on the dateline's land (an election, a count reported at the capital) and
    a lead that names the dateline's own place keep the dateline."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus.location.name == name and focus.reason.startswith("dateline"), focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        (
            "VATIKANSTADT/QUITO",
            "de",
            "VATIKANSTADT/QUITO - Der Papst ist in Ecuador eingetroffen.",
            "Quito",
        ),
        (
            "WASHINGTON/KYIV",
            "en",
            "WASHINGTON/KYIV (Reuters) - Drones struck a power plant in Ukraine overnight.",
            "Kyiv",
        ),
        (
            "ROMA/MADRID",
            "it",
            "ROMA/MADRID - Il vertice si è aperto in Spagna con un minuto di silenzio.",
            "Madrid",
        ),
    ],
)
def test_a_joint_datelines_place_inside_the_leads_land_is_where(
    resolver, dateline, lang, text, name
):
    """A joint dateline names each place the story was put together in: the one inside the
    country the lead puts the event in is the more precise place."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus.location.name == name and focus.reason.startswith("joint dateline"), focus


def test_a_joint_datelines_other_places_are_read_by_the_resolver_given(resolver):
    """The joint dateline's other places are read by the resolver that read the mentions, not
    by a process-wide one fetched behind the caller's back."""
    asked = []

    class Asking:
        def resolve(self, query):
            asked.append(query.name)
            return resolver.resolve(query)

    text = "VATIKANSTADT/QUITO - Der Papst ist in Ecuador eingetroffen."
    end = text.index(" - ") + 3
    dl = resolver.resolve(PlaceQuery("VATIKANSTADT/QUITO", None, text, "de"))
    ms = find_mentions(text, "de", exclude=((0, end),), resolver=resolver, dateline=dl)
    focus = choose_focus(ms, dl, text, body_start=end, lang="de", resolver=Asking())
    assert focus.location.name == "Quito" and asked == ["QUITO"], (focus, asked)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "VATIKANSTADT/QUITO (dpa) - Der Papst ist am Sonntag in Ecuador eingetroffen.",
            "Quito",
            "EC",
        ),
        (
            "MADRID/LISBOA (EFE) - Un incendio forestal ha obligado a evacuar tres aldeas en "
            "Portugal.",
            "Lisbon",
            "PT",
        ),
        (
            "TEL AVIV/BEIRUT (dpa) - Die südlichen Vororte der libanesischen Hauptstadt Beirut "
            "sind erneut bombardiert worden.",
            "Beirut",
            "LB",
        ),
        # a lead that names none of its places nor their lands keeps the dateline's first
        ("JERUSALEM/BEIRUT (Reuters) - Talks on a ceasefire resumed on Sunday.", "Jerusalem", "IL"),
    ],
)
def test_a_joint_dateline_as_the_parser_reads_it(text, name, country):
    """As users get it (``extract_text``): the parser reads a joint dateline into its places
    and resolves the first alone; the focus is given the others (``dateline_places``)."""
    from pipeline.extract import extract_text

    focus = extract_text(text)[0]["focus"]
    assert (focus["name"], focus["country_code"]) == (name, country), focus


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("LONDON, Ont. (CP) — Police in this city said a man was arrested on Tuesday.", "London",
         "Ontario"),
        ("DELTA, B.C. (CP) — A fire destroyed a barn on Monday.", "Delta", "British Columbia"),
        ("PERTH, WA (AAP) - A storm cut power to homes on Monday.", "Perth", "Western Australia"),
    ],
)  # fmt: skip
def test_a_dateline_qualified_by_another_countrys_region_abbreviation(text, name, admin1):
    """As users get it: "LONDON, Ont." is London, Ontario; "DELTA, B.C." no Delta State."""
    from pipeline.extract import extract_text

    record = extract_text(text)[0]
    assert (record["location_name"], record["admin1"]) == (name, admin1), record
    focus = record["focus"]
    assert (focus["name"], focus["lat"]) == (name, record["lat"]), focus


def test_a_joint_datelines_places_given_apart_from_the_resolved_one(resolver):
    """``dateline_places`` are read where the resolved query names one place only."""
    text = "VATIKANSTADT/QUITO - Der Papst ist in Ecuador eingetroffen."
    end = text.index(" - ") + 3
    dl = resolver.resolve(PlaceQuery("VATIKANSTADT", None, text, "de"))
    ms = find_mentions(text, "de", exclude=((0, end),), resolver=resolver, dateline=dl)
    alone = choose_focus(ms, dl, text, body_start=end, lang="de", resolver=resolver)
    assert alone.location.name == "Ecuador", alone  # one place: the lead's land
    given = ("VATIKANSTADT", "QUITO")
    focus = choose_focus(
        ms, dl, text, body_start=end, lang="de", resolver=resolver, dateline_places=given
    )
    assert focus.location.name == "Quito" and focus.reason.startswith("joint dateline"), focus


def test_a_joint_dateline_leaves_a_lead_land_holding_none_of_its_places(resolver):
    text = "PARIS/BERLIN (dpa) - Ein Erdbeben in Japan hat am Montag Tausende obdachlos gemacht."
    focus, _ = focus_of(resolver, text, "de", "PARIS/BERLIN")
    assert focus.location.country_code == "JP" and focus.location.precision == "country"


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        (
            "BRUSSELS",
            "en",
            "BRUSSELS (Reuters) - Ministers attacked tax breaks for firms in Ireland on Tuesday.",
            "Brussels",
        ),
        (
            "STRASSBURG",
            "de",
            "STRASSBURG - Im Streit um Steuervorteile für Konzerne in Irland hat sich die "
            "Kommission verteidigt.",
            "Strasbourg",
        ),
        (
            "PARIS",
            "fr",
            "PARIS - Le gouvernement a présenté des aides pour les entreprises en Irlande.",
            "Paris",
        ),
        (
            "MADRID",
            "es",
            "MADRID - El Gobierno aprobó ayudas para empresas en Marruecos este martes.",
            "Madrid",
        ),
        (
            "DEN HAAG",
            "nl",
            "DEN HAAG - Het kabinet schrapt subsidies voor bedrijven in Duitsland.",
            "The Hague",
        ),
        (
            "ROMA",
            "it",
            "ROMA - Il governo ha approvato un fondo per le imprese in Albania.",
            "Rome",
        ),
    ],
)
def test_a_place_saying_which_ones_of_a_plural_after_for_is_background(
    resolver, dateline, lang, text, name
):
    """ "tax breaks for firms in Ireland": the locative says which firms, not where it
    happened; the dateline stays."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus.location.name == name and focus.reason == "dateline", focus


def test_a_singular_after_for_leaves_the_locative_where_it_happened(resolver):
    text = "GENEVA (Reuters) - Hundreds of people queued for food in Gaza on Monday."
    focus, _ = focus_of(resolver, text, "en", "GENEVA")
    assert focus.location.name == "Gaza", focus


# --- without a dateline, a country that owns, speaks or plays is who, not where ---------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mexico's richest man has sold his stake in a telecoms group, filings show."),
        ("en", "Brazil beat Chile 3-1 in the opening match of the qualifying round."),
        ("nl", "België won met 2 - 1 van Kroatië door een doelpunt in de laatste minuut."),
        ("de", "Norwegen, das Schweden mit 27 - 25 schlug, spielt nun um Bronze."),
        ("es", "Uruguay ganó 2-0 ante Perú con dos goles en la segunda parte."),
        ("fr", "La Belgique a battu l'Italie 3-1 samedi soir."),
    ],
)
def test_without_a_dateline_a_country_that_owns_or_plays_is_no_place(resolver, lang, text):
    """No dateline, no locative: a country named as an owner ("Mexico's richest man") or a
    team beside a score says who the story is about; no focus is better than the country."""
    focus, ms = focus_of(resolver, text, lang)
    assert ms and focus is None, (focus, ms)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Bangladesh floods kill 20 as rivers burst their banks.", "Bangladesh"),
        ("fr", "Nice a battu Marseille 2-1 samedi. À Nice, on a fêté.", "Nice"),
        ("en", "Japan's parliament met in Tokyo on Friday to pass the budget.", "Tokyo"),
    ],
)
def test_without_a_dateline_a_bare_country_a_town_or_a_located_place_stays(
    resolver, lang, text, name
):
    """The guards: a country neither owning nor playing, a town beside a score (a club at home),
    and a place a locative introduces still give the focus."""
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None and focus.location.name == name, focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        (
            "DENVER",
            "en",
            "DENVER (AP) - Colorado health officials reported 300 new cases on Friday, bringing "
            "the statewide total to 9,000.",
            "Colorado",
        ),
        (
            "MÜNCHEN",
            "de",
            "MÜNCHEN - In Bayern sind landesweit 40 Schulen wegen des Sturms geschlossen worden.",
            "Bavaria",
        ),
        (
            "DEN HAAG",
            "nl",
            "DEN HAAG - Nederland telde zondag landelijk 300 nieuwe besmettingen.",
            "The Netherlands",
        ),
    ],
)
def test_a_lead_counting_across_the_datelines_land_is_that_land(
    resolver, dateline, lang, text, name
):
    """ "the statewide total", "landesweit", "landelijk": the count is the land's, not the
    capital's where it is reported."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus.location.name == name, focus


def test_a_word_for_the_whole_nation_counts_no_region_across(resolver):
    """ "nationwide" counts across a country, not the state the lead names beside the dateline
    ("landelijk" still counts across the Netherlands, "statewide" across Colorado: above)."""
    text = (
        "COLUMBUS (AP) - Police arrested three men on Friday, as Ohio officials reported a "
        "nationwide rise in thefts."
    )
    focus, _ = focus_of(resolver, text, "en", "COLUMBUS")
    assert focus.location.name == "Columbus" and focus.reason.startswith("dateline"), focus


def test_a_name_that_starts_with_nationwide_counts_nothing(resolver):
    text = (
        "COLUMBUS (AP) - Nationwide Insurance said it would cut 500 jobs, the Ohio labor "
        "department said."
    )
    focus, _ = focus_of(resolver, text, "en", "COLUMBUS")
    assert focus.location.name == "Columbus" and focus.reason.startswith("dateline"), focus


# --- the brief's language: locatives that are its own, and words that are locatives elsewhere ---
@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        (
            "LISBOA",
            "pt",
            "LISBOA - Um incêndio destruiu três casas no Porto na madrugada de sábado.",
            "Porto",
        ),
        (
            "BRASÍLIA",
            "pt",
            "BRASÍLIA - Uma forte chuva deixou cinco mortos em Recife nesta segunda-feira.",
            "Recife",
        ),
        (
            "LISBOA",
            "pt",
            "LISBOA - Um barco com 40 migrantes naufragou na Madeira durante a noite.",
            "Madeira",
        ),
        (
            "AMSTERDAM",
            "nl",
            "AMSTERDAM - De schrijver is zondag te Rotterdam overleden.",
            "Rotterdam",
        ),
        ("MILANO", "it", "MILANO - Il vertice dei ministri si è tenuto ad Atene.", "Athens"),
        (
            "LJUBLJANA",
            "sl",
            "LJUBLJANA - Požar je v Mariboru uničil tri hiše.",
            "Maribor",
        ),
        (
            "LJUBLJANA",
            "sl",
            "LJUBLJANA - Najboljši slovenski metalci so bili minuli konec tedna aktivni na Malti.",
            "Malta",
        ),
    ],
)
def test_the_languages_own_locatives_move_the_focus(resolver, dateline, lang, text, name):
    """Portuguese "no/na/em", Slovene "v/na" introduce where it happened, as "in" does."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus.location.name == name and focus.reason.startswith("lead"), focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text"),
    [
        # English "v" is "versus", the articles "a", "an" introduce who, not where
        ("CARDIFF", "en", "CARDIFF - Fans queued all night for England v Scotland tickets."),
        ("SEVIERVILLE", "en", "SEVIERVILLE - Police say an Ohio man drowned in a resort pool."),
        # Dutch "na" is "after", "en" is "and"
        ("AMSTERDAM", "nl", "AMSTERDAM - Na Parijs wil ook Berlijn de auto uit het centrum weren."),
        ("BRUSSEL", "nl", "BRUSSEL - Frankrijk en Duitsland blokkeerden het voorstel."),
        # Portuguese "a" is also the article ("a Hungria"), Slovene "in" is "and"
        ("BRUXELAS", "pt", "BRUXELAS - A Hungria bloqueou nesta quinta-feira o pacote de ajuda."),
        ("KOPER", "sl", "KOPER - Ljubljana in Maribor bosta gostila evropsko prvenstvo."),
        # Spanish "a" after a match won marks the team beaten
        ("BUENOS AIRES", "es", "BUENOS AIRES - Argentina venció 2-0 a Perú en el Monumental."),
        ("BUENOS AIRES", "es", "BUENOS AIRES - Argentina derrotó a Chile por la noche."),
    ],
)
def test_a_word_that_is_a_locative_only_elsewhere_keeps_the_dateline(
    resolver, dateline, lang, text
):
    focus, ms = focus_of(resolver, text, lang, dateline)
    assert len(ms) >= 1 and focus.reason.startswith("dateline"), (focus, ms)


def test_the_common_locatives_hold_when_the_language_is_unknown_or_another(resolver):
    """Unknown language: every language's common locatives (Portuguese "a" too); a locative
    added for one language is not one in another (Dutch "na")."""
    text = "BRUXELAS - A Hungria bloqueou nesta quinta-feira o pacote de ajuda."
    assert focus_of(resolver, text, None, "BRUXELAS")[0].location.name == "Hungary"
    nl = "AMSTERDAM - Na Parijs wil ook Berlijn de auto uit het centrum weren."
    assert focus_of(resolver, nl, "pt", "AMSTERDAM")[0].location.name == "Paris"
    es = "PUEBLA - Un fuerte sismo sacudió a Oaxaca este martes."
    assert focus_of(resolver, es, "es", "PUEBLA")[0].location.name == "Oaxaca"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Schools close early. Officials across Ohio sent pupils home as the storm arrived. "
            "In Columbus, buses stopped at noon.",
            "Ohio",
        ),
        (
            "A record season. Visitors from Nairobi flocked to the festival in Dar es Salaam "
            "this week.",
            "Dar es Salaam",
        ),
    ],
)
def test_without_a_dateline_a_headline_naming_no_place_is_read_with_the_next_sentence(
    resolver, text, name
):
    """A first sentence that names no place (a headline, a quote) is read with the one after
    it, as a reader reads a headline with its first sentence: the place that sentence
    introduces as a location, not the first place named, nor a more precise place a later
    sentence names inside it ("Columbus" in Ohio)."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


def test_without_a_dateline_a_headline_naming_a_place_is_still_the_lead(resolver):
    text = "Cleveland water advisory lifted. Crews from Columbus repaired the main on Monday."
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == "Cleveland", focus


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Today, in Kano and Kaduna in Nigeria, officials confirmed 40 cases.", "Nigeria"),
        ("Crowds marched in Paris and Lyon, across France, on Saturday.", "France"),
        ("Officials in Kano and Kaduna confirmed 40 cases of cholera on Monday.", "Kano"),
        ("Officials in Lagos and Accra confirmed cases in Nigeria and Ghana.", "Lagos"),
    ],
)  # fmt: skip
def test_without_a_dateline_two_places_of_a_land_the_lead_names_are_that_land(resolver, text, name):
    """The first place the lead introduces, with another of the same country beside it ("in
    Kano and Kaduna"), neither inside the other: the event is in both, so in the country the
    lead names. Without that country named, or with places of two countries, the first."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cholera killed 12 people in the Zimbabwean provinces of Mashonaland West and Midlands.",
         "Zimbabwe"),
        ("Floods hit the Pakistani provinces of Sindh and Balochistan on Monday.", "Pakistan"),
        ("Cholera killed 12 people in the provinces of Mashonaland West and Midlands.",
         "Mashonaland West"),
    ],
)  # fmt: skip
def test_a_pair_of_regions_named_by_their_plural_is_their_land(resolver, text, name):
    """ "in the Zimbabwean provinces of X and Y": the plural word for a land's regions may stand
    between the locative and the pair (``locative_skip``), so the pair is introduced as places
    and the country the lead names (its demonym or its name) is where; a lead that names no
    country keeps the first of the pair."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus
    if name == "Zimbabwe":
        assert "Mashonaland West" in focus.reason, focus.reason


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Heute wurden in Kano und Kaduna in Nigeria 40 Fälle bestätigt.", "Nigeria"),
        ("es", "Hoy, en Kano y Kaduna, en Nigeria, se confirmaron 40 casos.", "Nigeria"),
        ("fr", "Des foules ont défilé à Paris et Lyon, en France, samedi.", "France"),
        ("de", "Heute wurden in Kano oder Kaduna in Nigeria 40 Fälle bestätigt.", "Kano"),
    ],
)  # fmt: skip
def test_the_word_that_joins_a_pair_is_the_languages_and(resolver, lang, text, name):
    """The pair is joined by a comma or a language's word for "and" (``pair_joins``): "und",
    "y", "et" as "and"; "oder" (or) says one of them, so the first place."""
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None and focus.location.name == name, focus


# --- a person's home town, set off by commas after the name -------------------------------------
# "Sens. Tim Grendell, from Chesterland, ... introduced a resolution in the Ohio Senate": the
# home (the language's word before it, ``home_before``, an age between commas if given) says who,
# so a lead that places the event elsewhere is read for that place. The first two sentences name
# no place, so without the rule the first mention (the home) was the focus.
HOME_ELSEWHERE = [
    (
        "en",
        "Lawmakers want a new tax. The idea worries farmers. Senator Tim Walsh, from Swindon, "
        "defended it before the assembly in Cardiff on Monday.",
        "Cardiff",
    ),
    (
        "en",
        "A new tax is planned. Farmers are worried. Gregory Crolley, 42, of Swindon, spoke at "
        "a meeting in Cardiff on Monday.",
        "Cardiff",
    ),
    (
        "es",
        "El Gobierno prepara un impuesto. La idea preocupa a los agricultores. El senador Juan "
        "Pérez, de Sevilla, la defendió el lunes ante el Senado en Madrid.",
        "Madrid",
    ),
    (
        "fr",
        "Le gouvernement prépare une taxe. L'idée inquiète les agriculteurs. Le sénateur Jean "
        "Dupont, de Lyon, l'a défendue lundi devant le Sénat à Paris.",
        "Paris",
    ),
    (
        "it",
        "Il governo prepara una tassa. L'idea preoccupa gli agricoltori. Il senatore Mario "
        "Rossi, di Torino, l'ha difesa lunedì in Senato a Roma.",
        "Rome",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name"), HOME_ELSEWHERE)
def test_a_persons_home_is_not_where_the_lead_places_the_event(resolver, lang, text, name):
    focus, ms = focus_of(resolver, text, lang)
    home = text.split(", ")[-2].split()[-1]  # the place after "from"/"of"/"de"/"di"
    assert any(m.place == home for m in ms), "the home is found as a mention"
    assert focus is not None and focus.location.name == name, focus


# the guards: the home is the focus where the lead places the event nowhere else, and a weekday
# before the comma is no person ("On Monday, from Swindon, trucks drove to the Cardiff
# assembly": where they set out, the first place named)
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Man killed in crash. Louis Jensen, 87, of Swindon, was killed on Monday.",
            "Swindon",
        ),
        (
            "es",
            "Muere un hombre. Juan Pérez, de Sevilla, murió el lunes en un accidente.",
            "Sevilla",
        ),
        (
            "en",
            "Convoys are planned. More will follow. On Monday, from Swindon, trucks drove to the "
            "Cardiff assembly.",
            "Swindon",
        ),
    ],
)
def test_a_home_is_the_focus_where_the_lead_names_no_other_place(resolver, lang, text, name):
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None and focus.location.name == name, focus


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Denver-based chain will close its store in Pueblo, officials said.", "Pueblo"),
        ("Rep. Barbara Lee, D-Oakland, toured flood damage in Sacramento.", "Sacramento"),
    ],
)
def test_without_a_dateline_a_place_inside_a_hyphenated_word_is_not_the_place(resolver, text, name):
    """ "Denver-based", "D-Oakland": a modifier saying who, as a person's home is."""
    focus, ms = focus_of(resolver, text, "en")
    assert {"Denver", "Oakland"} & {m.place for m in ms}
    assert focus.location.name == name, focus.reason


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a headline that names a state only before a noun is read with the next sentence
        (
            "Western Mass. stargazers to celebrate Galileo. A teacher in Northampton is "
            "organizing the star party.",
            "Northampton",
        ),
        ("A Ga. pastor was buried in Macon on Saturday.", "Macon"),
        # alone, the state is the place; after a locative it is where
        ("Ga. lawmakers approve budget.", "Georgia"),
        ("Storms in western Mass. knocked out power on Friday.", "Massachusetts"),
    ],
)
def test_a_state_abbreviation_before_a_noun_is_whose_not_where(resolver, text, name):
    """ "a Ga. pastor", "Western Mass. stargazers": the state says whose, as "Russian troops";
    the lead's place is another one when the text names one."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


def test_a_sentence_starts_with_a_capital():
    """A stop before a lower-case word ("Mass. stargazers", "Ga. pastor") ends no sentence."""
    text = "Western Mass. stargazers meet. Then they go."
    assert lead_end(text) == text.index(". Then")


# --- without a dateline: a land the lead spreads or counts the event across ---------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Atlanta officials said a hotline for Georgia residents will expand statewide by the "
            "end of the year.",
            "Georgia",
        ),
        (
            "Hotline expands. Atlanta officials said the hotline for Georgia residents will grow "
            "statewide.",
            "Georgia",
        ),
        (
            "Fires burned throughout California on Sunday, and Los Angeles schools closed.",
            "California",
        ),
        # no word spreads it: the town the lead names
        ("Columbus police arrested a man on Monday, the Ohio attorney general said.", "Columbus"),
        ("Los Angeles schools closed on Sunday as fires burned in California.", "Los Angeles"),
        # a town the lead introduces as a location is where, even in a land spread across
        ("Flooding across Ohio closed roads, and a man drowned in Dayton.", "Dayton"),
        # "Nationwide" as a name counts nothing
        ("Nationwide Insurance said its Columbus office in Ohio would close.", "Columbus"),
        # a word for the whole nation counts no region of it: the town the lead names
        (
            "Columbus police arrested three men on Friday, as Ohio officials reported a "
            "nationwide rise in thefts.",
            "Columbus",
        ),
    ],
)
def test_without_a_dateline_a_land_the_lead_spreads_or_counts_across_is_where(resolver, text, name):
    """A lead that counts across a land ("statewide", "nationwide") or spreads the event across
    it ("throughout", "across") places it in the whole land, not in a town of it the lead names
    beside it; a town introduced as a location stays."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


# --- without a dateline: a place named as an origin (imports from, as far as) is not where -----
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Protesters clashed with police over beef imports from the United States. Thousands "
            "marched to the plaza in front of City Hall in Seoul on Saturday.",
            "Seoul",
        ),
        (
            "en",
            "Diners came from as far as Texas and Virginia for the opening. The owner opened the "
            "restaurant in Rock Hill last week.",
            "Rock Hill",
        ),
        (
            "en",
            "The strain may have been imported from either the United States or Canada. It broke "
            "out at a hospital in Aylesbury last year.",
            "Aylesbury",
        ),
        (
            "es",
            "La carne importada de Brasil fue retirada de las tiendas. Los inspectores la "
            "encontraron en Sevilla el lunes.",
            "Sevilla",
        ),
        (
            "fr",
            "Le bœuf importé de Brésil a été retiré des rayons. Les inspecteurs l'ont trouvé à "
            "Lyon lundi.",
            "Lyon",
        ),
        # the article joined to the preposition, as each language writes it
        (
            "fr",
            "Le bœuf importé du Brésil a été retiré des rayons. Les inspecteurs l'ont trouvé à "
            "Lyon lundi.",
            "Lyon",
        ),
        (
            "es",
            "La carne importada del Perú fue retirada de las tiendas. Los inspectores la "
            "encontraron en Sevilla el lunes.",
            "Sevilla",
        ),
        (
            "it",
            "La carne importata dalla Francia è stata ritirata dai negozi. Gli ispettori "
            "l'hanno trovata a Bologna lunedì.",
            "Bologna",
        ),
        (
            "pt",
            "A carne importada do Brasil foi retirada das lojas. Os inspetores encontraram-na "
            "em Lisboa na segunda-feira.",
            "Lisbon",
        ),
        # an origin the lead names alone is still the place
        (
            "en",
            "Beef imports from the United States will resume next month, officials said.",
            "United States",
        ),
        ("en", "Exports from Japan fell in May, the ministry said.", "Japan"),
        # "from" alone is no origin phrase: the lead's place stays
        (
            "en",
            "Beef from Brazil was seized by inspectors. The shipment was found in Rotterdam.",
            "Brazil",
        ),
        (
            "en",
            "Residents from Texas and Virginia were evacuated. The storm hit Rock Hill on Monday.",
            "Texas",
        ),
    ],
)
def test_without_a_dateline_a_place_named_as_an_origin_is_not_where(resolver, lang, text, name):
    """A place named as where goods or people came from ("imports from", "imported from
    either ... or", "from as far as", "importada de") is an origin, not where the event
    happened: a lead naming places only so is read with its next sentence, as for a person's
    home; alone, the origin is still the lead's place."""
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None and focus.location.name == name, focus


def test_a_long_list_after_an_origin_is_read_once_a_place(resolver, monkeypatch):
    """Each place of a list after an origin is looked at once (its answer kept, the place before
    it found by where it ends): a tariff table of 250 countries took 10 s when every place walked
    the list back to its head."""
    import geo.focus as focus_module

    looks = []
    real = focus_module._after_origin

    def counted(text, m):
        looks.append(m.start)
        return real(text, m)

    monkeypatch.setattr(focus_module, "_after_origin", counted)
    countries = ["Argentina", "Brazil", "Chile", "Peru", "Mexico", "Canada", "Japan", "India"]
    listed = ", ".join(countries * 5)
    text = f"Tariffs on imports from {listed} rose. Officials in Seoul said prices fell."
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == "Seoul", focus
    assert 0 < len(looks) == len(set(looks)) <= len(countries) * 5 + 1


# --- without a dateline: the lead's land, the place the next sentence puts the event in -------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the lead names the land for readers far away, the next sentence the town
        (
            "The first death from the new flu in Kenya was confirmed on Monday. The woman died "
            "at a clinic in Kisumu after a week in hospital.",
            "Kisumu",
        ),
        (
            "Rare birds have been found dead on a lake in Ohio, officials said. The birds were "
            "picked up near Dayton by two anglers on Sunday.",
            "Dayton",
        ),
        (
            "Hundreds of sheep have died of a fever in the north of Australia. Farmers near "
            "Mareeba, Queensland, found the first of them in a dry creek.",
            "Mareeba",
        ),
        # a home set off by commas is no place of the event: the place after it is
        (
            "A man has died of rabies in the United Kingdom. John Smith, 52, of Leeds, died at "
            "a hospital in Paisley on Friday.",
            "Paisley",
        ),
        # the lead spreads or counts the event across the land: the land stays
        (
            "Floods across Kenya have killed 20 people this week. Rescuers found two bodies in "
            "Kisumu on Monday.",
            "Kenya",
        ),
        (
            "Flu cases rose nationwide in Kenya this month. A clinic in Kisumu reported 40 of "
            "them.",
            "Kenya",
        ),
        # the next sentence names several places of the land: the land stays
        (
            "Dozens fell ill after eating spinach in the United States. Cases were reported in "
            "Dallas, Denver and Boston.",
            "United States",
        ),
        (
            "Envelopes of white powder were sent to churches in California. Police closed a "
            "street in Tustin and cleared a hall in Glendale.",
            "California",
        ),
        # the next sentence names no place of the land as where: a home, a place abroad
        (
            "A new case of bird flu was found in Kenya on Monday. The farmer comes from Kisumu, "
            "officials said.",
            "Kenya",
        ),
        (
            "The first case of bird flu in Iraq was confirmed today. Samples went to a laboratory "
            "in Cairo for a second test.",
            "Iraq",
        ),
        # a place whose people speak is where they speak, not where the event was
        (
            "Cholera has killed 30 people in Kenya this month. Health officials in Nairobi said "
            "the toll may rise.",
            "Kenya",
        ),
        # a land the lead does not place the event in ("U.S. officials said"): no narrowing
        (
            "U.S. officials said the department will spend $1 million on new offices. The work "
            "will begin in Boston next month.",
            "United States",
        ),
        # a county is no land to narrow: its state cannot say which towns are in it
        (
            "Tickets are free for the meeting in Orange County. Guests may park at a lot in "
            "Anaheim.",
            "Orange County",
        ),
    ],
)
def test_without_a_dateline_the_next_sentence_places_the_leads_land(resolver, text, name):
    """A lead that places the event in a country or state only is made precise by the next
    sentence when that introduces one place inside the land as a location; not when the lead
    spreads or counts the event across the land, the next sentence names several places of it
    or none as where, or the land is a county."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


# --- without a dateline: a continent the lead places the event in ------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the lead places the event in the continent and in nothing smaller
        (
            "Farmers across Europe must keep their hens indoors this winter. Tests found the "
            "virus in swans in Greece and Italy.",
            "Europe",
        ),
        (
            "Measles has returned in several countries in Africa, doctors said on Monday. The "
            "first cases were seen in Kenya.",
            "Africa",
        ),
        # a country or town the lead introduces as a location is the more precise place
        (
            "Measles has returned in Africa, with 40 cases in Kenya this week.",
            "Kenya",
        ),
        # a continent named otherwise says nothing of where: the place the lead names
        (
            "The WHO Africa director spoke at a conference in Nairobi on Monday.",
            "Nairobi",
        ),
        (
            "Imports from Asia fell in Kenya this year, traders said.",
            "Kenya",
        ),
    ],
)
def test_without_a_dateline_a_continent_the_lead_places_the_event_in_is_where(resolver, text, name):
    """A lead that places the event in a continent ("across Europe", "in several countries in
    Africa") and in no country or town of it places it in the continent; continents are read
    only when the caller asks for them (``find_mentions(..., continents=True)``)."""
    ms = find_mentions(text, "en", resolver=resolver, continents=True)
    focus = choose_focus(ms, None, text, lang="en")
    assert focus is not None and focus.location.name == name, focus


def test_a_continent_under_a_dateline_leaves_the_dateline(resolver):
    """Under a dateline, continents do not move the focus (the dateline's place is the filed
    one; no rule reads a continent there)."""
    text = "NAIROBI - Measles has returned in several countries in Africa, doctors said."
    end = text.index(" - ") + 3
    dl = resolver.resolve(PlaceQuery("NAIROBI", None, text, "en"))
    ms = find_mentions(
        text, "en", exclude=((0, end),), resolver=resolver, dateline=dl, continents=True
    )
    focus = choose_focus(ms, dl, text, body_start=end, lang="en")
    assert focus is not None and focus.location.name == "Nairobi", focus


# --- a county is inside its state: the more precise of the two -----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the lead names the state and a county of it: the county
        (
            "Bird flu was found in wild swans in Michigan near a game area in Monroe County.",
            "Monroe County",
        ),
        (
            "Texas transportation officials met Lamar County commissioners on Monday.",
            "Lamar County",
        ),
        # the next sentence places the state's event in one county of it
        (
            "Heavy rain flooded roads in Texas on Monday. Crews closed a bridge in Lamar County.",
            "Lamar County",
        ),
        # a county of another state is not inside it: the state the lead places it in
        (
            "Bird flu was found in wild swans in Michigan, weeks after a case in Crawford "
            "County, Pennsylvania.",
            "Michigan",
        ),
        # two states: neither is inside the other, the first stays
        ("Storms knocked out power in Michigan and in Ohio on Monday.", "Michigan"),
        # two counties of the state in the next sentence: one of several, the state stays
        (
            "Heavy rain flooded roads in Texas on Monday. Crews closed bridges in Lamar County "
            "and in Fannin County.",
            "Texas",
        ),
    ],
)
def test_a_county_is_more_precise_than_its_state(resolver, text, name):
    """A county (a region that is not its country's first-order division) lies inside its
    state: of the state and a county of it, the county is where it happened, as a town is."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


# --- a county holds the towns the gazetteer puts in it, not every town of its state -------------
@pytest.mark.parametrize(
    ("dateline", "text", "name"),
    [
        # a town of the state outside the county is no more precise place inside it
        (
            None,
            "A truck overturned in Lamar County on Monday and a second crashed in Dallas.",
            "Lamar County",
        ),
        # under a dateline of the state outside the county, the county is elsewhere
        ("DALLAS", "DALLAS - A truck overturned in Lamar County on Monday.", "Lamar County"),
        # a town inside the county is still the more precise place
        (None, "A truck overturned in Lamar County on Monday near Paris.", "Paris"),
        # a dateline inside the county named in the lead stays
        ("DALLAS", "DALLAS - A truck overturned in Dallas County on Monday.", "Dallas"),
        # two counties of one state: neither holds the other, the first named is where,
        # in either order, with a dateline of the state or without one
        (
            None,
            "A fire burned a barn in Fannin County and a house in Lamar County on Monday.",
            "Fannin County",
        ),
        (
            None,
            "A fire burned a barn in Lamar County and a house in Fannin County on Monday.",
            "Lamar County",
        ),
        (
            "AUSTIN",
            "AUSTIN - A fire burned a barn in Fannin County and a house in Lamar County on Monday.",
            "Fannin County",
        ),
        (
            "AUSTIN",
            "AUSTIN - A fire burned a barn in Lamar County and a house in Fannin County on Monday.",
            "Lamar County",
        ),
    ],
)
def test_a_county_holds_only_its_own_towns(resolver, dateline, text, name):
    """A county contains a town only where the gazetteer puts the town in it (its admin2), not
    every town of its state: "in Lamar County ... in Dallas" names two places of Texas."""
    focus, _ = focus_of(resolver, text, "en", dateline)
    assert focus is not None and focus.location.name == name, focus


def test_a_town_of_no_known_county_is_not_moved_off(resolver):
    """Where the gazetteer gives no county for the dateline's town (here a town it does not
    hold), whether a county of its state holds it is unknown: not inside (no more precise
    place), and no move off the dateline either."""
    text = "SMALLVILLE - A truck overturned in Lamar County on Monday."
    end = text.index(" - ") + 3
    town = Location(
        query="SMALLVILLE",
        name="Smallville",
        lat=33.5,
        lon=-95.7,
        country_code="US",
        admin1="Texas",
        precision="city",
        confidence=0.8,
    )
    ms = find_mentions(text, "en", exclude=((0, end),), resolver=resolver, dateline=town)
    county = next(m for m in ms if m.place == "Lamar County")
    assert _holds(county, town) is None and not _contains(county, town)
    focus = choose_focus(ms, town, text, body_start=end, lang="en", resolver=resolver)
    assert focus is not None and focus.location.name == "Smallville", focus


# --- a US state with a number is a road: which road, not where ----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lead that names a state only as its road's name is read with its next sentence
        (
            "Crews will close Texas 121 for repairs. Lamar County officials said the work "
            "starts Monday.",
            "Lamar County",
        ),
        (
            "A mudslide closed W.Va. 61 on Monday. Kanawha County crews cleared the road.",
            "Kanawha County",
        ),
        # a year, a number going on or a range after the state is no road's number
        (
            "Lawmakers passed the Ohio 2009 budget on Monday. Butler County officials praised it.",
            "Ohio",
        ),
        ("Storms cut power to Texas 1,200 homes. Lamar County crews worked all night.", "Texas"),
        ("Ohio 24-21 was the final score. Butler County fans cheered.", "Ohio"),
        # a share or points after the state is no road's number either
        ("Turnout rose in Ohio 22 percent on Tuesday. Butler County officials counted.", "Ohio"),
        ("Sales fell in Texas 8% in March. Lamar County stores closed early.", "Texas"),
    ],
)
def test_a_state_with_a_number_is_a_road(resolver, text, name):
    """US state roads are named by the state and a number ("Ohio 63", "W.Va. 61"): the state
    so named says which road, not where the event is, as a state's abbreviation before a noun
    says whose; a year, a figure going on ("1,200") or a range or score is no road."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


# --- a country opening a public body's name: whose body, not where ------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lead that names a country only as its body's is read with its next sentence
        (
            "Nearly 200 people have died of cholera, according to the U.S. Agency for "
            "International Development. Officials said the toll in Haiti may rise.",
            "Haiti",
        ),
        (
            "A U.S. District Judge sentenced two men on Monday. The trial was held in Boston.",
            "Boston",
        ),
        # a country named otherwise, or a word in lower case after it, is no body's name
        ("Floods hit the United States on Monday.", "United States"),
        ("Floods in Kenya Monday killed 20 people.", "Kenya"),
        (
            "U.S. officials said the department will spend $1 million. The work will begin in "
            "Boston next month.",
            "United States",
        ),
        # a town's own body sits in the town: where
        ("The Boston City Council met on Monday.", "Boston"),
        # a service, a building or an area standing in a country (a city-state's above all) is
        # where, not whose body acts
        (
            "Hong Kong Airport cancelled 200 flights on Monday. A typhoon is expected to hit "
            "Guangdong.",
            "Hong Kong",
        ),
        (
            "Singapore Police arrested three men on Monday. A fourth is believed to have fled "
            "to Johor.",
            "Singapore",
        ),
        (
            "The Singapore Zoo welcomed twin tigers on Sunday. The zoo bought their parents "
            "from a park in Thailand.",
            "Singapore",
        ),
    ],
)
def test_a_country_opening_a_bodys_name_is_whose(resolver, text, name):
    """A country named as the first word of a public body's name ("the U.S. Agency for
    International Development", "a U.S. District Judge") says whose body acts, not where the
    event is: a lead naming it only so is read with its next sentence."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


# --- a lead naming places only as bodies, roads or origins is read on ---------------------------
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # the sentence after the lead names no place: the one after it is read
        (
            "en",
            "A man about to be charged by the U.S. Department of Justice died on Tuesday. His "
            "lawyer called the death a suicide. He was taken to a hospital in Frederick, "
            "Maryland, where he died.",
            "Frederick",
        ),
        (
            "en",
            "Crews will close Texas 121 for repairs. The work starts Monday and lasts a week. "
            "Lamar County officials said detours are marked.",
            "Lamar County",
        ),
        (
            "es",
            "La carne importada de Brasil fue retirada de las tiendas. Nadie enfermó. Los "
            "inspectores la encontraron en Sevilla el lunes.",
            "Sevilla",
        ),
        (
            "fr",
            "Le bœuf importé du Brésil a été retiré des rayons. Personne n'est tombé malade. "
            "Les inspecteurs l'ont trouvé à Lyon lundi.",
            "Lyon",
        ),
        # a place inside the land the goods came from tells that origin finer, not where
        # (review17's blind probes; a place outside it, Sevilla or Lyon above, is where)
        (
            "en",
            "Beef imports from Brazil were halted on Monday. The ban follows a scandal. "
            "Inspectors in Goiania found spoiled meat last year.",
            "Brazil",
        ),
        (
            "en",
            "Imports from China fell 12 percent in November. Exporters in Shenzhen said orders "
            "were weak.",
            "China",
        ),
        (
            "es",
            "La carne importada de Brasil fue retirada de las tiendas. Nadie enfermó. Los "
            "inspectores la habían hallado en Goiânia el año pasado.",
            "Brazil",
        ),
        (
            "fr",
            "Le bœuf importé du Brésil a été retiré des rayons. Personne n'est tombé malade. Des "
            "inspecteurs l'avaient trouvé à Goiânia l'an dernier.",
            "Brazil",
        ),
        (
            "en",
            "Beef imports from Brazil were halted on Monday. Inspectors in Rotterdam found "
            "spoiled meat in a container.",
            "Rotterdam",
        ),
        # a home says where: a lead naming one is not read on
        (
            "en",
            "Gregory Crolley, 42, of Swansea, was charged on Monday. He pleaded not guilty. "
            "His lawyer spoke to reporters in Boston.",
            "Swansea",
        ),
        # reading stops at the first sentence that names a place
        (
            "en",
            "A U.S. District Judge sentenced two men on Monday. They were arrested in Chicago "
            "last year. The trial was held in Boston.",
            "Chicago",
        ),
        # and a few sentences on: a place far after the lead is no longer its (a firm's seat
        # given as background three sentences past the lead)
        (
            "en",
            "The U.S. Department of Justice sued two airlines on Tuesday over fees. The complaint "
            "says the carriers hid charges from buyers. Officials declined to comment further. "
            "Both airlines are based in Dallas, Texas, and Chicago.",
            "United States",
        ),
    ],
)
def test_a_lead_naming_places_only_as_bodies_roads_or_origins_is_read_on(
    resolver, lang, text, name
):
    """A body's, a road's or an origin's name says nowhere: a lead naming places only so is
    read on, past sentences naming no place, to the first that names one (``READ_ON`` of
    them at most), but for a place inside the origin's land, which tells the origin finer; a
    person's home says where, and stays the guess."""
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None and focus.location.name == name, focus


# --- a country named only as a body's first word is whose body: the place named otherwise is where
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the body's country is all the lead and the next sentences name: the first place the
        # text names otherwise, however far on, is where (a court's trial, a farm's herd)
        (
            "A U.S. District Judge sentenced two men on Monday. One wept. The other smiled. "
            "Their lawyers left. Reporters waited outside. The trial was held in Boston.",
            "Boston",
        ),
        (
            "Two brothers were sentenced to prison on Tuesday. The sentences were handed down by "
            "U.S. District Judge Mark Reyes. Both men pleaded guilty in March. They had sold "
            "stolen cars from a lot in Toledo for three years.",
            "Toledo",
        ),
        (
            "The United States Department of Agriculture has confirmed a second case of bovine "
            "tuberculosis this year. Officials did not say how the animal was infected. Tests "
            "are continuing. The cow came from a dairy herd near Rice Lake, where the farm has "
            "been quarantined.",
            "Rice Lake",
        ),
        # a place the text itself puts in a land that does not hold the one read for it is not
        # taken (its pin would be another place of that name, hundreds of km off): its land is
        (
            "The United States Department of Agriculture said on Tuesday that wild ducks had "
            "tested positive for a mild strain of bird flu. The strain poses no threat to "
            "humans, it said. Tests continue. The ducks were found in the Rice Lake area of "
            "Fulton County located in Illinois.",
            "Fulton County",
        ),
        (
            "The United States Department of Agriculture said on Tuesday that wild ducks had "
            "tested positive for a mild strain of bird flu. The strain poses no threat to "
            "humans, it said. Tests continue. The ducks were found near Rice Lake, Wisconsin.",
            "Rice Lake",
        ),
        # look-alikes: the body's country stays when the text names no place otherwise, only
        # a seat and the list after it, or a compound's; a lead placing it says where
        (
            "The U.S. Department of Justice sued two airlines on Tuesday over fees. The complaint "
            "says the carriers hid charges from buyers. Officials declined to comment further. "
            "Both airlines are based in Dallas, Texas, and Chicago.",
            "United States",
        ),
        # ... or names places further on only without a locative: a senator's state, a market
        (
            "The U.S. Senate passed a bill on Wednesday that would cap insulin prices. Supporters "
            "said it would help millions. Critics called it a gimmick. Senator Tom Hill of Ohio "
            "called it a good first step.",
            "United States",
        ),
        (
            "The U.S. Department of Commerce said on Tuesday that exports rose in May. Economists "
            "had expected a fall. The gap narrowed. Sales to Mexico led the gain.",
            "United States",
        ),
        (
            "The U.S. Department of Labor said on Friday that jobless claims fell. Economists had "
            "expected a rise. The figures cover the week to May 2.",
            "United States",
        ),
        (
            "The U.S. Food and Drug Administration recalled a brand of peanut butter. It was sold "
            "in 12 states. The maker, a Georgia-based firm, said it was cooperating.",
            "United States",
        ),
        (
            "The U.S. Coast Guard rescued two fishermen off Cape Cod on Sunday. Their boat sank "
            "in heavy seas. Both men were taken to a hospital in Boston.",
            "Cape Cod",
        ),
        (
            "The U.S. Department of Energy will fund a new battery plant. The grant was announced "
            "on Monday. Company officials said the money will go to a site in Lansing, Michigan, "
            "next year.",
            "Lansing",
        ),
    ],
)
def test_a_country_named_only_as_a_bodys_first_word_leaves_where_to_the_text(resolver, text, name):
    """Without a dateline, a lead (read on as above) naming a country only as the first word of a
    public body's name ("U.S. District Judge", "the United States Department of Agriculture")
    says whose body acts, not where: the first place the text names otherwise after a locative
    is the better guess, as for a lead naming none; a place named as a seat ("based in Dallas,
    Texas, and Chicago") or without a locative ("Senator Tom Hill of Ohio") is not one, and
    without any the body's country stays."""
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.location.name == name, focus


# --- an outbreak told by its country's demonym is the country's ---------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "At least 259 people have died in the Haitian cholera outbreak. Officials fear it "
            "will reach Port-au-Prince.",
            "Haiti",
        ),
        (
            "en",
            "The Haitian cholera outbreak has killed 292 people, although the earthquake ravaged "
            "capital, Port-au-Prince, reports no new cases.",
            "Haiti",
        ),
        (
            "nl",
            "De Haïtiaanse choleraepidemie heeft 292 doden geëist. Men vreest dat ze "
            "Port-au-Prince bereikt.",
            "Haiti",
        ),
        pytest.param(
            "es",
            "El brote de cólera haitiano ha causado 292 muertos. Se teme que alcance Puerto "
            "Príncipe.",
            "Haiti",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a Romance language's demonym in lower case ('haitiano') is no mention: "
                "the rule reads only demonyms the mention index knows",
            ),
        ),
        # a town the lead introduces as where stays
        (
            "en",
            "The Haitian cholera outbreak killed 20 people in Saint-Marc on Monday.",
            "Saint-Marc",
        ),
        # no outbreak word beside the demonym, or the demonym of another country
        ("en", "Haitian officials visited Port-au-Prince hospitals on Monday.", "Port-au-Prince"),
        (
            "en",
            "The cholera outbreak has killed 292 people, the Haitian government said. "
            "Port-au-Prince has no new cases.",
            "Port-au-Prince",
        ),
        (
            "en",
            "The Dominican cholera outbreak has killed 20 people, while Port-au-Prince reports "
            "no new cases.",
            "Port-au-Prince",
        ),
    ],
)
def test_without_a_dateline_an_outbreak_told_by_its_countrys_demonym_is_the_countrys(
    resolver, lang, text, name
):
    """ "the Haitian cholera outbreak", "de Haïtiaanse choleraepidemie": the outbreak of the
    whole country; a town of it the lead names otherwise than as where (where it may spread,
    where no cases are) is one part of it, not where it happened; the reason names the town
    set aside."""
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None and focus.location.name == name, focus
    if "outbreak the lead tells" in focus.reason:
        town = "Puerto Príncipe" if lang == "es" else "Port-au-Prince"
        assert f'not "{town}"' in focus.reason, focus.reason


# --- "far" before a compass word: the compass phrase still follows its locative ------------------
@pytest.mark.parametrize(
    ("dateline", "text", "name"),
    [
        # "in far north Queensland" introduces Queensland as where; the next sentence's town
        (
            None,
            "Areas in far north Queensland remain without power after a cyclone. The state "
            "declared an emergency in Innisfail.",
            "Innisfail",
        ),
        # under a dateline outside it, the land is where
        ("SYDNEY", "SYDNEY - Bushfires burned in far western Victoria on Monday.", "Victoria"),
        # under a dateline inside it, a compass adjective is a loose half: the dateline
        (
            "BRISBANE",
            "BRISBANE - Power is out in far north Queensland after a cyclone.",
            "Brisbane",
        ),
        # "as far as" names an origin, not where
        (
            None,
            "Diners from as far as Texas queued at a diner in Ohio on Sunday.",
            "Ohio",
        ),
    ],
)
def test_far_before_a_compass_word_stands_between_the_locative_and_the_place(
    resolver, dateline, text, name
):
    """ "far" sharpens a compass word ("in far north Queensland", "in far western Victoria"): it
    may stand between a locative and the place as the compass word does (``locative_skip``)."""
    focus, _ = focus_of(resolver, text, "en", dateline)
    assert focus is not None and focus.location.name == name, focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        # an unnamed spot of the land that holds the dateline: somewhere in it, not the city
        (
            "DENVER",
            "en",
            "DENVER - Firefighters battled a wildfire in a rugged area of Colorado on Monday.",
            "Colorado",
        ),
        (
            "MEDELLÍN",
            "es",
            "MEDELLÍN - El Ejército combatió a un grupo armado en una zona de Antioquia el lunes.",
            "Antioquia",
        ),
        (
            "ARNHEM",
            "nl",
            "ARNHEM - Brandweerlieden bestreden een natuurbrand in een bosrijk gebied van "
            "Gelderland.",
            "Gelderland",
        ),
        # must not: the land owns what follows ("Afghanistan's Helmand province")
        (
            "KABUL",
            "en",
            "KABUL - A bomb killed five soldiers in a remote area of Afghanistan's Helmand "
            "province on Sunday.",
            "Kabul",
        ),
        # must not: parts of the land may hold the dateline's town (a loose part, as a compass
        # adjective: the dateline is the more precise)
        (
            "SALT LAKE CITY",
            "en",
            "SALT LAKE CITY - A small earthquake shook parts of Utah early Tuesday.",
            "Salt Lake City",
        ),
        # must not: "the area of" (definite, said of one area) may be the dateline's own
        (
            "HOUSTON",
            "en",
            "HOUSTON - The Astros beat the Rangers 4-2 on Sunday before a crowd in the area of "
            "Texas hit hardest by the storm.",
            "Houston",
        ),
        # must not: an article or preposition of another language read as English "a":
        # Portuguese "a" is "the", Spanish and French "a", "à" stand before "la zona de"
        (
            "FLORIANÓPOLIS",
            "pt",
            "FLORIANÓPOLIS - A Defesa Civil isolou a área de Santa Catarina mais atingida pelas "
            "chuvas nesta segunda-feira.",
            "Florianópolis",
        ),
        (
            "MEDELLÍN",
            "es",
            "MEDELLÍN - Los soldados llegaron a la zona de Antioquia más golpeada por la "
            "violencia, informó el Ejército.",
            "Medellín",
        ),
        (
            "LYON",
            "fr",
            "LYON - Les pompiers sont arrivés à la zone de France la plus touchée par les "
            "incendies.",
            "Lyon",
        ),
        # must not: an area of the dateline's own place
        (
            "CHICAGO",
            "en",
            "CHICAGO - A man was shot in an area of Chicago known for gang violence.",
            "Chicago",
        ),
    ],
)
def test_an_area_of_the_datelines_land_is_where(resolver, dateline, lang, text, name):
    """An unnamed spot of a land said as a noun ("a wooded area of X", "una zona de X", "een
    gebied van X": ``part_nouns`` after ``indefinite_articles``) is somewhere in the land that
    is no town named: under a dateline the land holds, the event is the land's, not the city's
    it was filed from."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.location.name == name, focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        # a passive of recording before the land that holds the dateline: the land's count
        (
            "JOHANNESBURG",
            "en",
            "JOHANNESBURG - Health officials said 1,200 new cases were confirmed in South "
            "Africa on Sunday.",
            "South Africa",
        ),
        (
            "PORTO ALEGRE",
            "pt",
            "PORTO ALEGRE - Foram registrados no Rio Grande do Sul 40 casos de dengue nesta "
            "semana.",
            "Rio Grande do Sul",
        ),
        (
            "LYON",
            "fr",
            "LYON - Trois cents cas de rougeole ont été recensés en France depuis janvier.",
            "France",
        ),
        # must not: a participle without its auxiliary describes a noun
        (
            "DALLAS",
            "en",
            "DALLAS - A federal judge blocked a Texas law on voters registered in Texas.",
            "Dallas",
        ),
        (
            "ROMA",
            "it",
            "ROMA - Sono 120 i casi registrati in Italia nelle ultime 24 ore.",
            "Rome",
        ),
        # the perfect tells the count as the past does
        (
            "HOUSTON",
            "en",
            "HOUSTON - More than 40 cases of measles have been reported in Texas this year.",
            "Texas",
        ),
        # must not: an English present passive says what holds as a rule, not the event's count
        (
            "WILMINGTON",
            "en",
            "WILMINGTON, Del. - More than a million companies are registered in Delaware, a "
            "judge noted on Monday as the trial opened.",
            "Wilmington",
        ),
        (
            "DALLAS",
            "en",
            "DALLAS - A federal judge on Monday heard arguments over a law that affects the 3 "
            "million voters who are registered in Texas.",
            "Dallas",
        ),
        # must not: English "registered in" a land is a registration with it, not a recording
        (
            "SEATTLE",
            "en",
            "SEATTLE - The sale was registered in Washington state, the company said in a filing.",
            "Seattle",
        ),
        # must not: the land owns what follows
        (
            "TORONTO",
            "en",
            "TORONTO - Shares fell on Tuesday as losses were reported in Canada's largest banks.",
            "Toronto",
        ),
    ],
)
def test_a_count_recorded_in_the_datelines_land_is_the_lands(resolver, dateline, lang, text, name):
    """A lead that tallies the event in a land ("were confirmed in South Africa", "foram
    registrados em", "ont été recensés en": ``tally_participles`` after a
    ``passive_auxiliaries`` word) counts it across the land, as "statewide" does: under a
    dateline the land holds, the land is where."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.location.name == name, focus


@pytest.mark.parametrize(
    ("dateline", "text", "name", "side"),
    [
        # a spot of the land that holds the dateline: a part of it, not outside it
        (
            "DENVER",
            "DENVER - A wildfire burned in a remote area of Colorado on Monday.",
            "Colorado",
            "(a part of its land, Denver)",
        ),
        # a compass part of it, the same
        (
            "DENVER",
            "DENVER - Snow closed roads in the north of Colorado on Monday.",
            "Colorado",
            "(a part of its land, Denver)",
        ),
        # a spot of another land is outside the dateline
        (
            "KABUL",
            "KABUL - Gunmen killed six people in a remote area of Pakistan on Sunday.",
            "Pakistan",
            "(outside the dateline, Kabul)",
        ),
    ],
)
def test_a_part_of_the_datelines_land_is_not_said_to_be_outside_it(
    resolver, dateline, text, name, side
):
    """The focus's reason says what was read: a part of a land that holds the dateline is in
    it, not "outside the dateline"; the land's own point and precision, never the city's."""
    focus, _ = focus_of(resolver, text, "en", dateline)
    assert focus is not None and focus.location.name == name, focus
    assert focus.reason.endswith(side), focus.reason
    assert focus.location.precision in ("region", "country"), focus.location


@pytest.mark.parametrize("pad", range(28, 40))
def test_a_word_cut_at_the_windows_edge_is_no_part_noun(resolver, pad):
    """``_part`` reads 40 characters back, ``_spot`` 60: spaces that put the window's edge inside
    a word ("o|zone of") gave a part noun that ``_spot`` could not find, and the focus failed
    (a ValueError, caught: "dateline (focus failed ...)")."""
    text = "DENVER - Officials measured the ozone of" + " " * pad + "Colorado on Monday."
    focus, _ = focus_of(resolver, text, "en", "DENVER")
    assert focus is not None and "failed" not in focus.reason, focus
    assert focus.location.name == "Denver", focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        # a relative clause on another noun of the lead: its deed, not the lead's event
        (
            "DAYTON",
            "en",
            "DAYTON - The sister of a soldier who died in Houston last year spoke to the city "
            "council on Tuesday.",
            "Dayton",
        ),
        (
            "PORTLAND",
            "en",
            "PORTLAND - A judge sentenced a man who robbed three banks in Seattle to ten years "
            "in prison on Friday.",
            "Portland",
        ),
        (
            "BERLIN",
            "de",
            "BERLIN - Der Bundestag hat ein Gesetz verabschiedet, das in einem Gebiet von "
            "Sachsen gilt.",
            "Berlin",
        ),
        (
            "LYON",
            "fr",
            "LYON - Le club a recruté un attaquant qui a joué deux saisons en Italie.",
            "Lyon",
        ),
        # must not: a new subject identified by its deed ("A man who ..."): the news follows
        # from it, in its place
        (
            "LONDON",
            "en",
            "LONDON - A man who was shot in Bradford on Sunday has died, police said.",
            "Bradford",
        ),
        (
            "BERLIN",
            "de",
            "BERLIN - Ein Mann, der in Hamburg drei Menschen verletzt hatte, ist tot.",
            "Hamburg",
        ),
        # must not: the main clause arrests, hunts or rescues the one its relative clause
        # identifies by a deed: that happens where the deed did (``pursuit_verbs``)
        (
            "LONDON",
            "en",
            "LONDON - Police have arrested a woman who set fire to a school in Coventry.",
            "Coventry",
        ),
        (
            "LONDON",
            "en",
            "LONDON - Detectives are hunting a gunman who shot a taxi driver in Sheffield.",
            "Sheffield",
        ),
        (
            "BERLIN",
            "de",
            "BERLIN - Die Polizei hat einen Jugendlichen festgenommen, der in Leipzig einen "
            "Busfahrer angegriffen haben soll.",
            "Leipzig",
        ),
        (
            "PARIS",
            "fr",
            "PARIS - Les pompiers ont secouru deux enfants qui étaient tombés dans un étang à "
            "Orléans.",
            "Orléans",
        ),
        (
            "AMSTERDAM",
            "nl",
            "AMSTERDAM - De politie heeft een jongen aangehouden, die in Utrecht een fietser "
            "heeft beroofd.",
            "Utrecht",
        ),
        # still moved: a judgment is given at the court, the dateline's place; a club seeks a
        # player too (no verb of seeking counts); the verb's object is not the pronoun's noun
        (
            "BRISTOL",
            "en",
            "BRISTOL - A judge jailed a man who robbed a post office in Swindon.",
            "Bristol",
        ),
        (
            "LYON",
            "fr",
            "LYON - L'OL recherche un défenseur qui a joué trois saisons en Allemagne.",
            "Lyon",
        ),
        (
            "LONDON",
            "en",
            "LONDON - Detectives hunting the killer of a student who grew up in Ghana "
            "appealed for help.",
            "London",
        ),
        # must not: the main clause's own locative moves it
        (
            "DAYTON",
            "en",
            "DAYTON - The man who was arrested on Monday appeared in court in Cincinnati.",
            "Cincinnati",
        ),
        (
            "PORTLAND",
            "en",
            "PORTLAND - Police said two hikers were rescued in Idaho on Sunday.",
            "Idaho",
        ),
        # must not: a German article opening no clause
        (
            "BERLIN",
            "de",
            "BERLIN - Die Polizei hat zwei Männer, die Autos stahlen, in Sachsen gefasst.",
            "Saxony",
        ),
        # must not: English "that" after a verb opens what was said, the event itself
        (
            "LYON",
            "en",
            "LYON - Officials said that a storm killed two people in Italy on Sunday.",
            "Italy",
        ),
    ],
)
def test_a_place_in_a_relative_clause_leaves_the_dateline(resolver, dateline, lang, text, name):
    """A relative clause describes a noun of the lead by what it did or what holds of it ("a
    soldier who died in Houston", "ein Gesetz, das in ... gilt"): the lead's event is its
    main clause's, so a place it introduces does not move the focus off the dateline
    (``relative_pronouns``; German and Dutch ones, also articles, only first after a comma);
    unless it identifies the lead's subject, new to the reader ("A man who was shot in X has
    died"), or the one the main clause arrests, hunts or rescues ("Police arrested a man who
    set fire to a mosque in X"): the news follows from that deed, in its place."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.location.name == name, focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        # the main clause places the event: the opening clause's earlier event is background
        (
            "LONDON",
            "en",
            "LONDON - After two days of talks in Geneva, the ministers signed the treaty in "
            "Vienna on Friday.",
            "Vienna",
        ),
        (
            "PARIS",
            "fr",
            "PARIS - Après une semaine de grève à Lyon, les cheminots ont repris le travail à "
            "Marseille.",
            "Marseille",
        ),
        (
            "MADRID",
            "es",
            "MADRID - Tras el terremoto en Murcia, el Gobierno aprobó ayudas en Madrid.",
            "Madrid",
        ),
        # must not: a main clause that places nothing leaves the opening clause's place
        (
            "LONDON",
            "en",
            "LONDON - After a shooting in Leeds, police arrested three men on Sunday.",
            "Leeds",
        ),
        (
            "MADRID",
            "es",
            "MADRID - Tras el terremoto en Murcia, miles de vecinos durmieron en la calle.",
            "Murcia",
        ),
        # must not: "after" inside the sentence opens no clause of the lead
        (
            "LONDON",
            "en",
            "LONDON - Police arrested three men in Leeds after a shooting in Bradford.",
            "Leeds",
        ),
    ],
)
def test_a_lead_opening_with_an_earlier_event_is_read_from_its_main_clause(
    resolver, dateline, lang, text, name
):
    """A lead that opens with a clause of an earlier event ("After two days of talks in
    Geneva, ...", "Tras el terremoto en Murcia, ...": ``earlier_openers``) and places the event
    itself after the comma is read from that main clause; the opening clause is what came
    before. A main clause that places nothing leaves the opening clause's place."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.location.name == name, focus


# --- copy filed from a hub about an event elsewhere: the verb's object, the owner, "the X city of"
@pytest.mark.parametrize(
    ("dateline", "lang", "text", "name"),
    [
        # a verb whose object is the place where it happens
        (
            "LONDON",
            "en",
            "LONDON - A cyclone lashed Madagascar on Monday, killing nine.",
            "Madagascar",
        ),
        ("ROME", "en", "ROME - Heavy snow battered Serbia on Friday.", "Serbia"),
        ("DELHI", "en", "DELHI - Floods pounded central Nepal overnight, police said.", "Nepal"),
        ("LIMA", "en", "LIMA - A quake rattled northern Chile on Sunday.", "Chile"),
        ("BERLIN", "de", "BERLIN (dpa) - Ein Orkan traf die Niederlande am Abend.", "Netherlands"),
        ("MADRID", "es", "MADRID (EFE) - Una tormenta azotó Portugal el lunes.", "Portugal"),
        # English "to" after a verb of spreading; a count of parts between
        ("LONDON", "en", "LONDON - Measles has spread to four districts of Zambia.", "Zambia"),
        (
            "MADRID",
            "es",
            "MADRID - La gripe se ha extendido a seis provincias de Bolivia.",
            "Bolivia",
        ),
        # a possessive land before its region: the region
        ("MOSCOW", "en", "MOSCOW - Drones struck a depot in Russia's Kursk region.", "Kursk"),
        ("SYDNEY", "en", "SYDNEY - A quake struck Indonesia's Bali island on Monday.", "Bali"),
        # review27: a land owning what was struck is where: what it owns lies in it
        ("LONDON", "en", "LONDON - Missiles struck Ukraine's capital overnight.", "Ukraine"),
        ("LONDON", "en", "LONDON - Drones hit Russia's oil refineries on Sunday.", "Russia"),
        ("ISTANBUL", "en", "ISTANBUL - Strikes hit Lebanon's border villages.", "Lebanon"),
        ("LONDON", "en", "LONDON - Tariffs hit Canada's car industry hard.", "Canada"),
        # "the X city of Y", "the X capital Y": Y
        ("PARIS", "en", "PARIS - Troops raided the West Bank city of Nablus on Monday.", "Nablus"),
        (
            "NAIROBI",
            "en",
            "NAIROBI - Gunmen stormed a hotel in the Somali capital Mogadishu.",
            "Mogadishu",
        ),
    ],
)
def test_a_hub_filed_lead_places_the_event_where_its_verb_or_qualifier_says(
    resolver, dateline, lang, text, name
):
    """Wire desks file world news from hubs: a verb whose object is the place ("lashed",
    "battered", "azotó", "traf"), "spread to", a possessive land before its region ("Russia's
    Kursk region") and "the West Bank city of Nablus" name where the event is, not the hub."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.reason.startswith("lead:"), focus
    assert fold(name) in fold(focus.location.name or ""), focus


@pytest.mark.parametrize(
    ("dateline", "lang", "text"),
    [
        # the verb in a relative clause whose subject is "that"/"que": what the noun did
        (
            "LONDON",
            "en",
            "LONDON - Storms like the one that battered Spain are rising, experts said.",
        ),
        ("MADRID", "es", "MADRID - El Gobierno aprobó ayudas por la tormenta que azotó Murcia."),
        # not yet, or not: "could spread to", "has not spread to"
        ("GENEVA", "en", "GENEVA - The WHO said cholera could spread to Zambia within weeks."),
        ("GENEVA", "en", "GENEVA - The outbreak has not spread to Angola, the WHO said."),
        # a possessive before a firm or person, a land that holds the dateline
        ("TOKYO", "en", "TOKYO - Japan's Sony said on Tuesday it would cut jobs."),
        ("BRUSSELS", "en", "BRUSSELS - EU ministers struck a deal with Turkey's president."),
    ],
)
def test_a_hub_filed_look_alike_keeps_the_dateline(resolver, dateline, lang, text):
    """A relative clause's verb, a spreading not (yet) done and a possessive before a firm or
    person say nothing of where the lead's event is."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.reason.startswith("dateline"), focus


# --- hub-filed copy in every language: the verb of striking as each language writes it ---------
STRUCK = [
    # a verb before its object, in the simple past or the perfect
    ("LONDON", "en", "LONDON (Reuters) - A strong quake rocked Crete early on Sunday.", "Crete"),
    ("LONDON", "en", "LONDON (Reuters) - A powerful storm slammed into Cuba overnight.", "Cuba"),
    ("LONDON", "en", "LONDON (Reuters) - Okinawa was slammed by a typhoon on Monday.", "Okinawa"),
    ("WIEN", "de", "WIEN (APA) - Waldbrände verwüsteten Griechenland am Wochenende.", "Greece"),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - Noodweer teisterde Friesland in de nacht.", "Friesland"),
    ("PARIS", "fr", "PARIS (AFP) - Un séisme a touché le Maroc dimanche.", "Morocco"),
    (
        "PARIS",
        "fr",
        "PARIS (AFP) - Des incendies ravagent le Portugal depuis dimanche.",
        "Portugal",
    ),
    ("MADRID", "es", "MADRID (EFE) - Un huracán devastó Haití el lunes.", "Haiti"),
    ("ROMA", "it", "ROMA (ANSA) - Il ciclone ha colpito duramente la Calabria.", "Calabria"),
    ("ROMA", "it", "ROMA (ANSA) - Un nubifragio si è abbattuto su Genova nella notte.", "Genoa"),
    ("LISBOA", "pt", "LISBOA (Lusa) - Um sismo atingiu os Açores esta manhã.", "Azores"),
    (
        "LJUBLJANA",
        "sl",
        "LJUBLJANA (STA) - Potres je v nedeljo stresel Zagreb, kjer so poškodovane hiše.",
        "Zagreb",
    ),
    # a perfect's participle after its object, at the clause's end
    ("BERLIN", "de", "BERLIN (dpa) - Ein schweres Unwetter hat Bayern getroffen.", "Bavaria"),
    (
        "BERLIN",
        "de",
        "BERLIN (dpa) - Hochwasser hat Sachsen am Wochenende schwer getroffen.",
        "Saxony",
    ),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - Zware regen heeft Limburg getroffen.", "Limburg"),
    # an adverbial first, the subject right after the auxiliary and before the place
    ("BERLIN", "de", "BERLIN (dpa) - Am Samstag hat ein Unwetter Bayern getroffen.", "Bavaria"),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - Zondag heeft een storm Friesland getroffen.", "Friesland"),
    # the place the subject of a passive (or, in Slovene, the object put first)
    ("LONDON", "en", "LONDON (Reuters) - Florida was badly hit by a hurricane.", "Florida"),
    (
        "BERLIN",
        "de",
        "BERLIN (dpa) - Sizilien wurde am Montag von schweren Unwettern heimgesucht.",
        "Sicily",
    ),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - Zeeland is getroffen door zware regen.", "Zeeland"),
    ("PARIS", "fr", "PARIS (AFP) - La Corse a été frappée par une violente tempête.", "Corsica"),
    ("MADRID", "es", "MADRID (EFE) - Galicia fue azotada por un fuerte temporal.", "Galicia"),
    ("ROMA", "it", "ROMA (ANSA) - La Sicilia è stata colpita dal maltempo.", "Sicily"),
    (
        "LISBOA",
        "pt",
        "LISBOA (Lusa) - A Madeira foi fustigada por uma forte tempestade.",
        "Madeira",
    ),
    (
        "LJUBLJANA",
        "sl",
        "LJUBLJANA (STA) - Maribor je v nedeljo zvečer zajelo močno neurje, ki je poplavilo hiše.",
        "Maribor",
    ),
    # "has spread to" as each language says it
    (
        "DEN HAAG",
        "nl",
        "DEN HAAG (ANP) - De griep heeft zich verspreid naar Groningen.",
        "Groningen",
    ),
    ("LISBOA", "pt", "LISBOA (Lusa) - A gripe espalhou-se para o Algarve.", "Algarve"),
]


@pytest.mark.parametrize(("dateline", "lang", "text", "name"), STRUCK)
def test_a_verb_of_striking_places_the_event_in_every_language(
    resolver, dateline, lang, text, name
):
    """A hub's copy says what a storm, quake or fire struck with the verbs of its own language:
    before the object ("atingiu os Açores", "a touché le Maroc"), a perfect's participle after
    it ("hat Bayern getroffen", "heeft Limburg getroffen"), a passive ("Bayern wurde von ...
    heimgesucht", "la Sicilia è stata colpita", "Florida was badly hit"), and "has spread to"
    ("verspreid naar", "espalhou-se para"): the event is there, not at the hub."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.reason.startswith("lead:"), focus
    assert fold(name) in fold(focus.location.name or ""), focus


STRUCK_LOOK_ALIKES = [
    # a relative clause: what the noun did, not the lead's event
    ("BERLIN", "de", "BERLIN (dpa) - Das Unwetter, das Bayern getroffen hat, war das schwerste."),
    (
        "LJUBLJANA",
        "sl",
        "LJUBLJANA (STA) - Vlada je sprejela pomoč za neurje, ki je prizadelo Maribor, je dejal.",
    ),
    # a person met, the place only says whose; an object that is no place
    ("BERLIN", "de", "BERLIN (dpa) - Der Außenminister hat den Präsidenten von Marokko getroffen."),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - De minister heeft de president van Turkije getroffen."),
    ("BERLIN", "de", "BERLIN (dpa) - Sachsen hat am Montag eine Entscheidung getroffen."),
    # an adverbial first: the place right after the auxiliary is the subject (it scored, it
    # took measures); a place after "gegen", "tegen", "met" is no object of the verb
    ("BERLIN", "de", "BERLIN (dpa) - In der Nachspielzeit hat Leipzig noch getroffen."),
    ("WIEN", "de", "WIEN (APA) - Am Samstag hat Salzburg zweimal getroffen."),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - Zaterdag heeft Groningen twee keer getroffen."),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - Gisteren heeft Zwolle voorzorgsmaatregelen getroffen."),
    ("BERLIN", "de", "BERLIN (dpa) - Der Stürmer hat gegen Mainz doppelt getroffen."),
    ("DEN HAAG", "nl", "DEN HAAG (ANP) - Het Rijk heeft met Friesland een akkoord getroffen."),
    # English "slammed" before a bare name says words, not a blow; a storm slams into a place
    ("WASHINGTON", "en", "WASHINGTON (AP) - The president slammed China over its trade policy."),
    ("BRUSSELS", "en", "BRUSSELS (Reuters) - EU leaders slammed Hungary for blocking the deal."),
    # the place acts; a subordinate clause of an earlier event
    ("PARIS", "fr", "PARIS (AFP) - Le Maroc a touché deux milliards d'euros d'aide."),
    ("LONDON", "en", "LONDON (Reuters) - Japan has hit back at critics of its new budget."),
    (
        "DEN HAAG",
        "nl",
        "DEN HAAG (ANP) - Nadat een storm Zeeland had getroffen, zamelde de regering geld in.",
    ),
    # not (yet), or not
    ("BERLIN", "de", "BERLIN (dpa) - Sachsen wurde nicht von dem Sturm getroffen."),
    (
        "MADRID",
        "es",
        "MADRID (EFE) - Galicia no fue azotada por la tormenta, según las autoridades.",
    ),
    ("LONDON", "en", "LONDON (Reuters) - Forecasters said Haiti could be hit by the storm."),
    (
        "LISBOA",
        "pt",
        "LISBOA (Lusa) - A gripe não se espalhou para o Algarve, segundo o ministério.",
    ),
]


@pytest.mark.parametrize(("dateline", "lang", "text"), STRUCK_LOOK_ALIKES)
def test_a_verb_of_striking_look_alike_keeps_the_dateline(resolver, dateline, lang, text):
    """The verb in a relative or subordinate clause, with a person or no place as its object,
    with the place as its subject, or negated or still to come, says nothing of where the
    lead's event is."""
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.reason.startswith("dateline"), focus


# --- a nation's own authorities place the event in it -------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "cc"),
    [
        ("en", "Belgian police detained four suspects after the raid on Monday.", "BE"),
        ("en", "The Greek government approved the budget late on Thursday.", "GR"),
        ("de", "Die österreichische Regierung will die Grenzkontrollen verschärfen.", "AT"),
        ("de", "Die spanischen Behörden haben zwei Tonnen Kokain beschlagnahmt.", "ES"),
        ("nl", "Het Belgische gerecht heeft de man veroordeeld.", "BE"),
        ("fr", "La police belge a interpellé quatre suspects.", "BE"),
        ("fr", "Les autorités espagnoles ont saisi deux tonnes de cocaïne.", "ES"),
        ("es", "La fiscalía italiana abrió una investigación sobre el accidente.", "IT"),
        ("it", "Il governo greco ha approvato il bilancio.", "GR"),
        ("pt", "A polícia brasileira matou oito suspeitos numa operação.", "BR"),
        # another place says where: it wins
        ("en", "Dutch police detained a suspect in Antwerp.", "BE"),
        ("fr", "La police française a arrêté trois hommes à Bruxelles.", "BE"),
        ("pt", "As autoridades portuguesas detiveram o suspeito em Madrid.", "ES"),
        # no authority beside the adjective, or of two nations: no focus
        ("en", "Swiss cheese prices rose by 4 percent on Monday.", None),
        ("en", "The French language is spoken by 300 million people.", None),
        ("fr", "Il préfère la cuisine italienne et le fromage suisse.", None),
        ("es", "La lengua francesa es hablada por millones.", None),
        ("en", "French police handed the man to Belgian authorities.", None),
        # troops and embassies act abroad: not the nation's own ground
        ("en", "Russian troops advanced on Monday.", None),
    ],
)
def test_without_a_dateline_a_nations_own_authorities_place_the_event_in_it(
    resolver, lang, text, cc
):
    """ "French police arrested three men", "die französische Polizei", "la policía
    francesa": a nation's police, government and courts act within its borders, so a text
    that names no other place happened there, at country precision and below a dateline's
    confidence; a place the text names wins, and a lower-case adjective away from such a noun
    (a style, a language) is no place."""
    focus, _ = focus_of(resolver, text, lang)
    if cc is None:
        assert focus is None, focus
        return
    assert focus is not None and focus.location.country_code == cc, focus
    if focus.mention.kind == "demonym":
        assert focus.location.precision == "country"
        assert "no other place" in focus.reason
        assert focus.location.confidence < focus.mention.location.confidence


def test_a_dateline_keeps_the_event_where_a_nations_authorities_are_named(resolver):
    """Under a dateline the dateline is where: "French police" in a LONDON brief (a
    cross-border arrest) leaves it there."""
    text = "LONDON - French police arrested three men on Monday."
    focus, _ = focus_of(resolver, text, "en", dateline="LONDON")
    assert focus is not None and focus.location.country_code == "GB", focus


# --- a capital named by its country's adjective is that country's capital -------------------------
CAPITAL_BY_ADJECTIVE = [
    ("en", "NAIROBI - Gunmen stormed a hotel in the Afghan capital late on Sunday.", "AF"),
    ("en", "AMMAN - Heavy shelling was reported in the Syrian capital overnight.", "SY"),
    ("de", "NAIROBI - Ein Feuer zerstörte einen Markt in der libanesischen Hauptstadt.", "LB"),
    ("de", "WIEN - In der ukrainischen Hauptstadt heulten am Morgen die Sirenen.", "UA"),
    ("nl", "NAIROBI - In de Somalische hoofdstad is maandag een autobom ontploft.", "SO"),
    ("fr", "DAKAR - Des combats ont éclaté dans la capitale libyenne mardi.", "LY"),
    ("es", "BOGOTÁ - Miles de personas protestaron en la capital venezolana.", "VE"),
    ("it", "ATENE - Un attentato ha colpito la capitale turca nella notte.", "TR"),
    ("pt", "NAIROBI - Um incêndio destruiu um mercado na capital libanesa.", "LB"),
    ("sl", "DUNAJ - V italijanski prestolnici je zagorelo skladišče.", "IT"),
    ("en", "NAIROBI - Floods hit the Somali capital's main market on Monday.", "SO"),
    # an adjective of two words, joined by a space or a hyphen, or one of the lands added
    ("en", "NAIROBI - A bomb went off near a bus station in the South African capital.", "ZA"),
    ("en", "SEOUL - Troops paraded through the North Korean capital on Monday.", "KP"),
    ("en", "NAIROBI - A fire gutted a market in the Sri Lankan capital overnight.", "LK"),
    ("nl", "NAIROBI - In de Zuid-Afrikaanse hoofdstad is dinsdag een bank overvallen.", "ZA"),
    ("de", "TOKIO - In der südkoreanischen Hauptstadt gingen Tausende auf die Straße.", "KR"),
    ("de", "NEU-DELHI - In der sri-lankischen Hauptstadt explodierte eine Bombe.", "LK"),
    ("fr", "DAKAR - Une bombe a explosé dans la capitale sud-africaine mardi.", "ZA"),
    ("fr", "DAKAR - Des heurts ont éclaté dans la capitale nigérienne dimanche.", "NE"),
    ("fr", "DAKAR - Un incendie a ravagé un marché dans la capitale ivoirienne.", "CI"),
    ("es", "BOGOTÁ - Miles de personas marcharon por la capital surcoreana.", "KR"),
    ("it", "ATENE - Un incendio ha distrutto un mercato nella capitale nordcoreana.", "KP"),
    ("pt", "LUANDA - Um incêndio destruiu um mercado na capital sul-africana.", "ZA"),
    ("en", "NAIROBI - Protesters marched through the Malian capital on Friday.", "ML"),
]
# the noun as money, a capital not said whose, or a part of a longer word: the dateline stays
CAPITAL_LOOK_ALIKES = [
    ("en", "NAIROBI - Chinese capital has poured into African mines this year."),
    ("en", "NAIROBI - Ministers met in the capital to discuss the budget."),
    ("de", "NAIROBI - Die Landeshauptstadt will mehr Geld für Schulen."),
    ("nl", "NAIROBI - De provinciehoofdstad krijgt een nieuw station."),
    ("fr", "NAIROBI - Le capital chinois afflue dans les mines africaines."),
    ("es", "NAIROBI - El capital chino llega a las minas africanas."),
    ("it", "NAIROBI - Il capitale cinese arriva nelle miniere africane."),
    ("pt", "NAIROBI - O capital chinês chega às minas africanas."),
    # capital before a noun it qualifies: money or a letter, not the city
    ("en", "NAIROBI - Losses mounted in the German capital markets on Monday."),
    ("en", "NAIROBI - Write the name in the Greek capital letters on the form."),
    # a capital that was or is to be: no article before the adjective
    ("de", "NAIROBI - Die ehemalige nigerianische Hauptstadt wurde überflutet."),
    ("de", "NAIROBI - Die neue indonesische Hauptstadt wurde von Fluten getroffen."),
    ("nl", "NAIROBI - De voormalige Nigeriaanse hoofdstad is door een storm getroffen."),
    # an adjective of several lands (two Congos, three Guineas, two Koreas): no capital chosen
    ("en", "NAIROBI - Gunmen stormed a hotel in the Congolese capital on Tuesday."),
    ("fr", "NAIROBI - Des combats ont éclaté dans la capitale congolaise mardi."),
    ("de", "NAIROBI - In der kongolesischen Hauptstadt kam es zu Kämpfen."),
    ("en", "NAIROBI - Floods hit the Guinean capital on Monday."),
    ("fr", "NAIROBI - Des inondations ont frappé la capitale guinéenne lundi."),
    ("en", "NAIROBI - Troops paraded through the Korean capital on Monday."),
    # two words that name no land, or a land's name: no adjective read
    ("en", "NAIROBI - Markets fell in the South American capital cities on Monday."),
]


@pytest.mark.parametrize(("lang", "text", "cc"), CAPITAL_BY_ADJECTIVE)
def test_a_capital_named_by_its_countrys_adjective_is_that_capital(resolver, lang, text, cc):
    focus, _ = focus_of(resolver, text, lang, text.split(" - ")[0])
    assert focus is not None and focus.mention is not None, focus
    assert focus.location.country_code == cc, focus.reason
    assert focus.location.precision == "city", focus.location
    assert focus.location.geonameid in {
        resolver.g.gid[i] for i in resolver.g.capital if resolver.g.cc[i] == cc
    }


@pytest.mark.parametrize(("lang", "text"), CAPITAL_LOOK_ALIKES)
def test_capital_as_money_or_unqualified_names_no_capital(resolver, lang, text):
    focus, _ = focus_of(resolver, text, lang, "NAIROBI")
    assert focus is not None
    assert focus.reason == "dateline", focus.reason
    assert focus.location.country_code == "KE"


# --- a place noun before "of" names what was struck, not whose -----------------------------------
STRUCK_PLACE_OF = [
    ("en", "LONDON (Reuters) - The coast of Sicily was battered by a storm overnight.", "IT"),
    ("en", "LONDON (Reuters) - The region of Murcia was struck by an earthquake.", "ES"),
    ("es", "MADRID (EFE) - La provincia de Valencia fue arrasada por la dana el martes.", "ES"),
    ("es", "MADRID (EFE) - La capital de Somalia fue sacudida por explosiones.", "SO"),
    ("it", "ROMA (ANSA) - La provincia di Foggia è stata colpita dal maltempo.", "IT"),
    ("fr", "PARIS (AFP) - La ville de Derna a été dévastée par la crue.", "LY"),
    ("pt", "LISBOA (Lusa) - A província de Valência foi atingida por cheias.", "ES"),
    ("de", "BERLIN (dpa) - Die Küste von Sizilien wurde von einem Sturm getroffen.", "IT"),
    ("nl", "DEN HAAG (ANP) - De kust van Sicilië is getroffen door een storm.", "IT"),
]
# a person's or a body's noun before "of", or a place noun with no verb of striking: whose
STRUCK_PLACE_OF_LOOK_ALIKES = [
    ("en", "LONDON (Reuters) - The mayor of Valencia was hit by a car on Tuesday."),
    ("es", "MADRID (EFE) - El alcalde de Valencia fue atacado por la oposición."),
    ("es", "MADRID (EFE) - La provincia de Valencia anunció nuevas normas."),
    ("it", "ROMA (ANSA) - Il sindaco di Foggia è stato attaccato dall'opposizione."),
    ("fr", "PARIS (AFP) - Le président de la région de Murcie a été frappé par un manifestant."),
    ("de", "BERLIN (dpa) - Der Bürgermeister von Valencia wurde angegriffen."),
    ("nl", "DEN HAAG (ANP) - De burgemeester van Valencia werd aangevallen."),
    # a count before "of" counts people of the place (``count_words``), no part of it
    ("fr", "PARIS (AFP) - Deux de Lyon ont été frappés par la foudre dimanche."),
    ("fr", "PARIS (AFP) - Plusieurs de Nantes ont été frappés pendant la manifestation."),
    ("en", "LONDON (Reuters) - Three of Boston were hit by the car on Sunday."),
    ("en", "LONDON (Reuters) - Several of Leeds were hit by the storm, police said."),
    ("de", "BERLIN (dpa) - Sieben von Dresden wurden von Steinen getroffen."),
    ("de", "BERLIN (dpa) - Mehrere von München wurden am Abend getroffen."),
]


@pytest.mark.parametrize(("lang", "text", "cc"), STRUCK_PLACE_OF)
def test_a_place_noun_before_of_names_the_place_struck(resolver, lang, text, cc):
    dateline = text.split(" (")[0]
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None and focus.mention is not None, focus
    assert focus.location.country_code == cc, focus.reason
    assert focus.reason.startswith("lead:"), focus.reason


@pytest.mark.parametrize(("lang", "text"), STRUCK_PLACE_OF_LOOK_ALIKES)
def test_a_persons_noun_before_of_leaves_the_dateline(resolver, lang, text):
    dateline = text.split(" (")[0]
    focus, _ = focus_of(resolver, text, lang, dateline)
    assert focus is not None
    assert focus.reason.startswith("dateline"), focus.reason


# --- a town's own service acting in a story whose lead names only its land ----------------------
# (lang, text, the focus's place): the town's police, firefighters, prosecutors or court act in
# it, so without a dateline the story is the town's, not the land's the lead names
TOWN_SERVICE = [
    (
        "en",
        "A 24-year-old man was found dead Sunday at a home in Texas. Killeen Police said the "
        "death is under investigation.",
        "Killeen",
    ),
    (
        "en",
        "A barn burned to the ground overnight in rural Kentucky. The Bowling Green Fire "
        "Department said no animals were hurt.",
        "Bowling Green",
    ),
    (
        "en",
        "A man accused of stealing copper wire was arrested in Florida. Alachua County Sheriff "
        "deputies found the wire in his truck.",
        "Alachua County",
    ),
    (
        "fr",
        "Un adolescent a disparu en Bretagne depuis lundi. Le parquet de Rennes a ouvert une "
        "information judiciaire.",
        "Rennes",
    ),
    (
        "de",
        "Ein Lagerhaus ist in der Nacht in Sachsen abgebrannt. Die Feuerwehr von Dresden "
        "löschte den Brand.",
        "Dresden",
    ),
    (
        "es",
        "Un hombre fue hallado muerto el domingo en una vivienda en Andalucía. La policía de "
        "Sevilla investiga el caso.",
        "Sevilla",
    ),
    (
        "it",
        "Una donna è stata aggredita su un autobus in Puglia. I carabinieri di Bari hanno "
        "arrestato l'aggressore.",
        "Bari",
    ),
    (
        "nl",
        "Een vrouw is in een bus in Gelderland aangevallen. De rechtbank van Arnhem veroordeelde "
        "de dader.",
        "Arnhem",
    ),
    (
        "pt",
        "Um incêndio destruiu um armazém em Minas Gerais durante a noite. Os bombeiros de "
        "Uberlândia apagaram o fogo.",
        "Uberlândia",
    ),
    # one town's (or county's) services named twice are still one town's
    (
        "en",
        "A woman was stabbed in Oregon. Eugene Police arrested a suspect and Eugene prosecutors "
        "charged him.",
        "Eugene",
    ),
    (
        "en",
        "A boy drowned in a lake in Florida. Marion County Sheriff deputies and Marion County "
        "Fire Rescue searched for hours.",
        "Marion County",
    ),
    (
        "it",
        "Un uomo è stato ucciso in Sicilia. La polizia di Palermo e la procura di Palermo "
        "indagano.",
        "Palermo",
    ),
]

# the land's own event: its government acts, the lead spreads it across the land, two towns'
# services act, a town's mayor or residents speak (no service), or the service is of a town
# outside the land: the land the lead names stays the focus
LAND_NOT_TOWN = [
    (
        "en",
        "Utah lawmakers toughened drunk-driving penalties this week. Provo Police made 12 "
        "arrests on Saturday.",
        "Utah",
    ),
    (
        "en",
        "Wildfires burned across Montana on Tuesday. Billings firefighters were sent north.",
        "Montana",
    ),
    (
        "en",
        "Storms knocked out power to thousands in Ohio. Dayton Police and Toledo Police directed "
        "traffic at dark intersections.",
        "Ohio",
    ),
    (
        "en",
        "The Ohio legislature approved a new state budget on Tuesday. The mayor of Columbus "
        "called the cuts painful.",
        "Ohio",
    ),
    (
        "en",
        "A man was arrested for fraud in Florida. Dallas Police said he had fled Texas last year.",
        "Florida",
    ),
    (
        "fr",
        "Le gouvernement a durci la loi sur les stupéfiants en France. La police de Marseille a "
        "saisi deux tonnes de cannabis.",
        "France",
    ),
    (
        "de",
        "Die Arbeitslosigkeit ist in Deutschland gesunken. Die Einwohner von Leipzig sind "
        "dennoch besorgt.",
        "Deutschland",
    ),
    (
        "es",
        "Las tormentas azotaron España. Los bomberos de Sevilla y los bomberos de Córdoba "
        "intervinieron.",
        "España",
    ),
    (
        "it",
        "Il governo ha presentato una riforma delle pensioni in Italia. Il sindaco di Napoli ha "
        "criticato il progetto.",
        "Italia",
    ),
    (
        "nl",
        "Een man is in Nederland opgepakt voor drugshandel. De politie van Antwerpen had hem "
        "gesignaleerd.",
        "Nederland",
    ),
    # a country's own event (its war, strike, epidemic, drought) told with one city's service
    (
        "en",
        "The Syrian war has killed thousands in Syria this year. Aleppo police said 40 died in "
        "May.",
        "Syria",
    ),
    (
        "fr",
        "La grève des transports paralyse la France. La police de Lyon a dispersé un cortège.",
        "France",
    ),
    (
        "es",
        "La sequía afecta a España desde hace meses. Los bomberos de Valencia piden más medios.",
        "España",
    ),
    (
        "it",
        "L'influenza ha colpito l'Italia. La polizia di Roma ha chiuso una scuola.",
        "Italia",
    ),
    (
        "pt",
        "A seca atinge o Brasil há meses. Os bombeiros de Manaus combatem queimadas.",
        "Brasil",
    ),
    # two towns' services however near each other (24 km, 15 km, 9 km): two towns
    (
        "de",
        "Ein Unwetter hat in Deutschland Schäden angerichtet. Die Polizei von Köln und die "
        "Polizei von Bonn sperrten Straßen.",
        "Deutschland",
    ),
    (
        "en",
        "Storms hit Minnesota on Monday. Minneapolis Police and St. Paul Police closed roads.",
        "Minnesota",
    ),
    (
        "nl",
        "Een storm trof Nederland. De brandweer van Rotterdam en de brandweer van Schiedam "
        "rukten uit.",
        "Nederland",
    ),
    (
        "fr",
        "Une tempête a frappé la France. Les pompiers de Lyon et les pompiers de Villeurbanne "
        "sont intervenus.",
        "France",
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), TOWN_SERVICE)
def test_without_a_dateline_a_towns_own_service_makes_the_story_the_towns(
    resolver, lang, text, place
):
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None
    assert focus.mention is not None and focus.mention.place == place
    assert "own service acts" in focus.reason


@pytest.mark.parametrize(("lang", "text", "place"), LAND_NOT_TOWN)
def test_without_a_dateline_the_lands_own_event_keeps_the_land(resolver, lang, text, place):
    focus, _ = focus_of(resolver, text, lang)
    assert focus is not None
    assert focus.mention is not None and focus.mention.place == place
    assert focus.location.precision in ("country", "region")


@pytest.mark.parametrize(
    ("before", "place"),
    [
        ("", "Burlington"),
        ("Schools closed. Roads were icy. Plows ran all night. Many stayed home. ", "Vermont"),
    ],
)
def test_a_towns_service_past_the_first_six_sentences_is_background(resolver, before, place):
    text = f"Snow fell in Vermont on Monday. Stores sold out of salt. {before}Burlington Police "
    text += "reported 20 crashes."
    focus, _ = focus_of(resolver, text, "en")
    assert focus is not None and focus.mention is not None
    assert focus.mention.place == place
