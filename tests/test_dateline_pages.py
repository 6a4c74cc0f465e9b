"""Pages that hold many briefs, end to end: each page split into its briefs, in order, each with
its own place, agencies and time.

Written for this test before the parser read it, from how each kind of page is known to lay out
its briefs, not taken from any item: agencies' digests and round-ups (with and without blank
lines, rules, bullets, numbers, "***", "+++" or dashes between briefs, or only a caps dateline
opening each paragraph, or all on one line), the "News in brief" / "Kurz gemeldet" / "En bref" /
"Breves" / "In breve" / "Kort nieuws" / "Na kratko" columns; live blogs and tickers whose entries
each open with a clock ("14:32", "14.32 Uhr", "14h32", "Há 5 minutos"), newest or oldest first,
some entries with a dateline and some without; portals' "latest news" lists (a headline, an age,
a teaser with or without a dateline); agency posts pasted from a social feed or a channel (with
hashtags and links), newsletters' briefs with "Read more" links and a radio bulletin's script.
And look-alike pages that must yield no dateline at all: a table of contents with places, a TV
guide, sports results, a weather table by city, a list of bureau addresses, a markets page.

Each page: a name, its language, its text, and the briefs it must yield in page order, each as
(place as written or None, agencies as written, time). The time is the one the page gives for a
page captured at ``CAPTURED``, written as the style tables write it (a date alone for a date or
a clock without a zone, the minute in UTC for an age or a clock with its zone), None when the
page gives none. A brief with no dateline of its own has no place and no agency: never its
neighbour's. Read by ``read_briefs`` as ``wiremap extract`` reads a pasted text.

``python tests/test_dateline_pages.py`` prints the tally: pages and briefs read right, briefs
lost, merged, split wrongly, places leaked and look-alike pages yielding datelines.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from papers_read import when_text, xfail_cases

from pipeline.extract import read_briefs

# A page captured at 18:00 Central European time (17:00 UTC) on Sunday 6 December 2026.
CAPTURED = datetime(2026, 12, 6, 18, 0, tzinfo=timezone(timedelta(hours=1)))
D6 = "2026-12-06"
D5 = "2026-12-05"

AFP = ("AFP",)
AP = ("AP",)
RTR = ("Reuters",)
DPA = ("dpa",)
EFE = ("EFE",)
ANSA = ("ANSA",)
ANP = ("ANP",)
STA = ("STA",)
LUSA = ("Lusa",)
NONE: tuple[str, ...] = ()


def ago(hours: float) -> str:
    """The minute an age of ``hours`` before the capture names, as the tables write it."""
    return when_text(CAPTURED - timedelta(hours=hours))


# name, language, text, briefs: (place or None, agencies, time or None)
PAGES = [
    # --- agencies' digests and round-ups
    (
        "en-afp-digest-blank-lines",
        "en",
        "PARIS (AFP) - French rail workers began a two-day strike on Sunday, cancelling half of "
        "all high-speed trains.\n\n"
        "BERLIN (AFP) - Germany's coalition agreed on a new budget after weeks of talks, "
        "officials said.\n\n"
        "MADRID (AFP) - Spanish police arrested twelve people suspected of smuggling hashish "
        "across the Strait of Gibraltar.\n\n"
        "ROME (AFP) - Heavy rain flooded parts of the Italian capital, closing two metro "
        "stations.",
        [("PARIS", AFP, None), ("BERLIN", AFP, None), ("MADRID", AFP, None), ("ROME", AFP, None)],
    ),
    (
        "en-afp-digest-no-blank-lines",
        "en",
        "World round-up\n"
        "NAIROBI (AFP) - Kenya's parliament passed a bill raising taxes on mobile money "
        "transfers.\n"
        "LAGOS (AFP) - A fire at a market in Nigeria's largest city destroyed hundreds of "
        "stalls overnight.\n"
        "ACCRA (AFP) - Ghana's central bank held its main interest rate at 27 percent.\n"
        "DAKAR (AFP) - Senegal opened a new port terminal built with Chinese loans.",
        [("NAIROBI", AFP, None), ("LAGOS", AFP, None), ("ACCRA", AFP, None), ("DAKAR", AFP, None)],
    ),
    (
        "en-news-in-brief-stars",
        "en",
        "News in brief\n\n"
        "LONDON (Reuters) - British retail sales fell for a second month in November, figures "
        "showed.\n"
        "***\n"
        "DUBLIN (Reuters) - Ireland's government said it would build 50,000 homes next year.\n"
        "***\n"
        "EDINBURGH (Reuters) - Scotland's first minister announced a review of ferry contracts.",
        [("LONDON", RTR, None), ("DUBLIN", RTR, None), ("EDINBURGH", RTR, None)],
    ),
    (
        "en-bullets-ap",
        "en",
        "Around the nation\n"
        "• WASHINGTON (AP) — The Senate approved a stopgap spending bill late Saturday.\n"
        "• CHICAGO (AP) — A commuter train derailed on the city's South Side, injuring four.\n"
        "• DENVER (AP) — Snow closed the main interstate west of the city for six hours.\n"
        "• MIAMI (AP) — The Coast Guard rescued nine people from a capsized boat.",
        [
            ("WASHINGTON", AP, None),
            ("CHICAGO", AP, None),
            ("DENVER", AP, None),
            ("MIAMI", AP, None),
        ],
    ),
    (
        "en-one-line-run-on",
        "en",
        "TOKYO (Reuters) - Japan's exports rose 4 percent in November. SEOUL (Reuters) - South "
        "Korea's president named a new prime minister. MANILA (Reuters) - A typhoon forced "
        "thousands to leave their homes in the northern Philippines.",
        [("TOKYO", RTR, None), ("SEOUL", RTR, None), ("MANILA", RTR, None)],
    ),
    (
        "de-kurz-gemeldet",
        "de",
        "Kurz gemeldet\n\n"
        "Hamburg (dpa) - Im Hamburger Hafen ist am Samstag ein Containerschiff auf Grund "
        "gelaufen.\n\n"
        "München (dpa/lby) - Die Stadt München will im kommenden Jahr 300 neue Busse kaufen.\n\n"
        "Dresden (dpa/lsn) - Der Landtag hat den Doppelhaushalt für Sachsen beschlossen.\n\n"
        "Kiel (dpa/lno) - Ein Sturm hat an der Ostseeküste mehrere Bäume umgeworfen.",
        [
            ("Hamburg", DPA, None),
            ("München", ("dpa", "lby"), None),
            ("Dresden", ("dpa", "lsn"), None),
            ("Kiel", ("dpa", "lno"), None),
        ],
    ),
    (
        "de-plus-signs",
        "de",
        "+++ Nachrichten am Sonntag +++\n"
        "+++\n"
        "Stuttgart (dpa) - Bei einem Brand in einer Lagerhalle ist ein Schaden in Millionenhöhe "
        "entstanden.\n"
        "+++\n"
        "Erfurt (dpa) - Thüringen bekommt einen neuen Innenminister.\n"
        "+++\n"
        "Rostock (dpa) - Die Fähre nach Dänemark fällt wegen Sturms aus.",
        [("Stuttgart", DPA, None), ("Erfurt", DPA, None), ("Rostock", DPA, None)],
    ),
    (
        "de-numbered",
        "de",
        "Die Meldungen des Tages\n"
        "1. BERLIN (dpa) - Der Bundestag hat das Rentenpaket verabschiedet.\n"
        "2. WIEN (APA) - Österreichs Regierung plant eine Reform der Pflege.\n"
        "3. ZÜRICH (sda) - Die Schweizer Nationalbank senkt den Leitzins.\n"
        "4. BRÜSSEL (dpa) - Die EU-Kommission legt neue Regeln für Plattformen vor.",
        [
            ("BERLIN", DPA, None),
            ("WIEN", ("APA",), None),
            ("ZÜRICH", ("sda",), None),
            ("BRÜSSEL", DPA, None),
        ],
    ),
    (
        "de-rules-between",
        "de",
        "Aus aller Welt\n"
        "Paris (dpa) - Der Louvre bleibt wegen eines Streiks am Montag geschlossen.\n"
        "—\n"
        "Rom (dpa) - In Italien hat es in der Nacht ein leichtes Erdbeben gegeben.\n"
        "—\n"
        "Madrid (dpa) - Spanien verlängert die Hilfen für Landwirte.",
        [("Paris", DPA, None), ("Rom", DPA, None), ("Madrid", DPA, None)],
    ),
    (
        "fr-en-bref-dashes",
        "fr",
        "En bref\n\n"
        "PARIS (AFP) - Le gouvernement a présenté dimanche un plan contre la fraude sociale.\n"
        "—\n"
        "LYON (AFP) - Un incendie a détruit un entrepôt dans la banlieue lyonnaise.\n"
        "—\n"
        "MARSEILLE (AFP) - Deux hommes ont été interpellés après une fusillade dans un quartier "
        "nord.\n"
        "—\n"
        "BORDEAUX (AFP) - Le tramway sera gratuit pendant les fêtes.",
        [
            ("PARIS", AFP, None),
            ("LYON", AFP, None),
            ("MARSEILLE", AFP, None),
            ("BORDEAUX", AFP, None),
        ],
    ),
    (
        "fr-monde-numbers",
        "fr",
        "Le monde en bref\n"
        "1 - BRUXELLES (AFP) - Les Vingt-Sept ont trouvé un accord sur le budget agricole.\n"
        "2 - GENÈVE (AFP) - L'ONU a lancé un appel de fonds pour le Soudan.\n"
        "3 - DAKAR (AFP) - Le Sénégal a inauguré un nouveau train régional.",
        [("BRUXELLES", AFP, None), ("GENÈVE", AFP, None), ("DAKAR", AFP, None)],
    ),
    (
        "es-breves-efe",
        "es",
        "Breves\n\n"
        "MADRID (EFE).- El Gobierno aprobó este domingo una subida del salario mínimo.\n\n"
        "SEVILLA (EFE).- La Junta de Andalucía anunció la contratación de 2.000 sanitarios.\n\n"
        "BILBAO (EFE).- La Ertzaintza detuvo a tres personas por un robo en una joyería.\n\n"
        "VALENCIA (EFE).- El puerto batió su récord de contenedores en noviembre.",
        [
            ("MADRID", EFE, None),
            ("SEVILLA", EFE, None),
            ("BILBAO", EFE, None),
            ("VALENCIA", EFE, None),
        ],
    ),
    (
        "es-efe-dated-numbered",
        "es",
        "Resumen de la jornada\n"
        "1.- BOGOTÁ, 6 dic (EFE).- El Gobierno colombiano y la guerrilla reanudaron el diálogo.\n"
        "2.- LIMA, 6 dic (EFE).- El Congreso peruano aprobó una reforma electoral.\n"
        "3.- QUITO, 6 dic (EFE).- Un sismo de magnitud 5 sacudió el sur de Ecuador.",
        [("BOGOTÁ", EFE, D6), ("LIMA", EFE, D6), ("QUITO", EFE, D6)],
    ),
    (
        "it-in-breve-ansa",
        "it",
        "In breve\n\n"
        "ROMA (ANSA) - Il Consiglio dei ministri ha approvato il decreto sulle bollette.\n\n"
        "MILANO (ANSA) - La Borsa ha chiuso la settimana in rialzo dell'1 per cento.\n\n"
        "NAPOLI (ANSA) - Un crollo ha chiuso una strada del centro storico.",
        [("ROMA", ANSA, None), ("MILANO", ANSA, None), ("NAPOLI", ANSA, None)],
    ),
    (
        "it-ansa-credit-first",
        "it",
        "Notizie dalle regioni\n"
        "(ANSA) - TORINO, 6 DIC - La neve ha bloccato per ore l'autostrada verso la Francia.\n"
        "(ANSA) - BARI, 6 DIC - Sequestrate due tonnellate di pesce non tracciato al porto.\n"
        "(ANSA) - PALERMO, 6 DIC - Riaperto dopo due anni il teatro comunale.",
        [("TORINO", ANSA, D6), ("BARI", ANSA, D6), ("PALERMO", ANSA, D6)],
    ),
    (
        "it-caps-paragraphs-no-agency",
        "it",
        "Cronaca\n\n"
        "FIRENZE – Un turista è stato soccorso dopo una caduta nel centro della città.\n\n"
        "BOLOGNA – Il Comune ha approvato il nuovo piano per la mobilità.\n\n"
        "GENOVA – Riapre domani la funivia dopo i lavori di manutenzione.",
        [("FIRENZE", NONE, None), ("BOLOGNA", NONE, None), ("GENOVA", NONE, None)],
    ),
    (
        "nl-kort-nieuws-anp",
        "nl",
        "Kort nieuws\n\n"
        "DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor de bouw van woningen.\n\n"
        "UTRECHT (ANP) - Door een storing reden er zondagochtend minder treinen.\n\n"
        "GRONINGEN (ANP) - De gemeente wil de binnenstad autoluw maken.\n\n"
        "ROTTERDAM (ANP) - In de haven is een grote partij cocaïne onderschept.",
        [
            ("DEN HAAG", ANP, None),
            ("UTRECHT", ANP, None),
            ("GRONINGEN", ANP, None),
            ("ROTTERDAM", ANP, None),
        ],
    ),
    (
        "nl-buitenland-rules",
        "nl",
        "Buitenland in het kort\n"
        "BRUSSEL (ANP/Belga) - De Belgische regering is het eens over de pensioenen.\n"
        "---\n"
        "BERLIJN (ANP/DPA) - Duitsland voert een tol in voor vrachtwagens op alle wegen.\n"
        "---\n"
        "PARIJS (ANP/AFP) - De Franse premier overleefde een motie van wantrouwen.",
        [
            ("BRUSSEL", ("ANP", "Belga"), None),
            ("BERLIJN", ("ANP", "DPA"), None),
            ("PARIJS", ("ANP", "AFP"), None),
        ],
    ),
    (
        "sl-na-kratko-sta",
        "sl",
        "Na kratko\n\n"
        "Ljubljana, 6. decembra (STA) - Vlada je na seji sprejela predlog novega zakona o "
        "pokojninah.\n\n"
        "Maribor, 6. decembra (STA) - V mestnem središču so odprli novo tržnico.\n\n"
        "Koper, 6. decembra (STA) - Luka Koper je v novembru pretovorila rekordno količino "
        "blaga.",
        [("Ljubljana", STA, D6), ("Maribor", STA, D6), ("Koper", STA, D6)],
    ),
    (
        "sl-title-case-paragraphs",
        "sl",
        "Novice iz regij\n\n"
        "Celje – Policisti so v soboto zvečer prijeli dva osumljenca tatvine.\n\n"
        "Kranj – Občina bo prihodnje leto obnovila glavni most čez Savo.\n\n"
        "Novo mesto – V bolnišnici so odprli nov oddelek za otroke.",
        [("Celje", NONE, None), ("Kranj", NONE, None), ("Novo mesto", NONE, None)],
    ),
    (
        "pt-breves-lusa",
        "pt",
        "Breves\n\n"
        "Lisboa, 06 dez 2026 (Lusa) - O Governo aprovou hoje o aumento do salário mínimo.\n\n"
        "Porto, 06 dez 2026 (Lusa) - A câmara municipal anunciou obras no mercado do Bolhão.\n\n"
        "Coimbra, 06 dez 2026 (Lusa) - A universidade vai abrir um novo centro de "
        "investigação.",
        [("Lisboa", LUSA, D6), ("Porto", LUSA, D6), ("Coimbra", LUSA, D6)],
    ),
    (
        "pt-stars-reuters",
        "pt",
        "Resumo do dia\n"
        "BRASÍLIA (Reuters) - O Senado aprovou a reforma tributária em segundo turno.\n"
        "***\n"
        "SÃO PAULO (Reuters) - O Ibovespa fechou em alta de 1,2 por cento.\n"
        "***\n"
        "RIO DE JANEIRO (Reuters) - A prefeitura decretou estado de atenção por causa das "
        "chuvas.",
        [("BRASÍLIA", RTR, None), ("SÃO PAULO", RTR, None), ("RIO DE JANEIRO", RTR, None)],
    ),
    (
        "fr-one-line-afp",
        "fr",
        "ALGER (AFP) - L'Algérie a rouvert un poste-frontière avec la Tunisie. TUNIS (AFP) - Le "
        "président tunisien a limogé son ministre de l'Intérieur. RABAT (AFP) - Le Maroc a "
        "annoncé un plan de 2 milliards d'euros contre la sécheresse.",
        [("ALGER", AFP, None), ("TUNIS", AFP, None), ("RABAT", AFP, None)],
    ),
    (
        "sl-sta-bullets",
        "sl",
        "Iz tujine\n"
        "• Bruselj, 6. decembra (STA) - Evropska komisija je predlagala nova pravila za banke.\n"
        "• Zagreb, 6. decembra (STA) - Hrvaška vlada je znižala cene goriv.\n"
        "• Dunaj, 6. decembra (STA) - Avstrijski parlament je potrdil proračun.\n"
        "• Rim, 6. decembra (STA) - Italijanski senat je sprejel pokojninsko reformo.",
        [("Bruselj", STA, D6), ("Zagreb", STA, D6), ("Dunaj", STA, D6), ("Rim", STA, D6)],
    ),
    (
        "es-efe-dash-rules",
        "es",
        "Internacional en breve\n"
        "BUENOS AIRES (EFE).- El Banco Central argentino bajó las tasas de interés.\n"
        "—\n"
        "SANTIAGO DE CHILE (EFE).- Un incendio forestal obligó a evacuar a 500 personas.\n"
        "—\n"
        "MONTEVIDEO (EFE).- Uruguay firmó un acuerdo comercial con Canadá.\n"
        "—\n"
        "ASUNCIÓN (EFE).- El Senado paraguayo aprobó el presupuesto de 2027.",
        [
            ("BUENOS AIRES", EFE, None),
            ("SANTIAGO DE CHILE", EFE, None),
            ("MONTEVIDEO", EFE, None),
            ("ASUNCIÓN", EFE, None),
        ],
    ),
    (
        "nl-anp-bullets",
        "nl",
        "Regio\n"
        "• EINDHOVEN (ANP) - Het bedrijf breidt de fabriek uit met 800 banen.\n"
        "• MAASTRICHT (ANP) - De kerstmarkt trekt meer bezoekers dan vorig jaar.\n"
        "• ZWOLLE (ANP) - Een vrachtwagen is op de A28 gekanteld.\n"
        "• LEEUWARDEN (ANP) - De Elfstedentocht gaat ook dit jaar niet door.",
        [
            ("EINDHOVEN", ANP, None),
            ("MAASTRICHT", ANP, None),
            ("ZWOLLE", ANP, None),
            ("LEEUWARDEN", ANP, None),
        ],
    ),
    (
        "pt-lusa-channel-posts",
        "pt",
        "Lusa - Agência de Notícias\n\n"
        "Faro, 06 dez 2026 (Lusa) - O aeroporto registou um recorde de passageiros. #Algarve\n"
        "🔗 lusa.example/faro\n\n"
        "Funchal, 06 dez 2026 (Lusa) - O temporal provocou quedas de árvores na ilha. "
        "#Madeira\n"
        "🔗 lusa.example/funchal\n\n"
        "Évora, 06 dez 2026 (Lusa) - A câmara aprovou o orçamento para 2027. #Alentejo\n"
        "🔗 lusa.example/evora",
        [("Faro", LUSA, D6), ("Funchal", LUSA, D6), ("Évora", LUSA, D6)],
    ),
    # --- live blogs and tickers
    (
        "it-diretta-ansa-clock-lines",
        "it",
        "LIVE - Manovra, il voto al Senato\n\n"
        "17:30\n"
        "(ANSA) - ROMA, 6 DIC - Il governo ha posto la fiducia sulla manovra.\n\n"
        "17:05\n"
        "Le opposizioni hanno abbandonato l'aula per protesta.\n\n"
        "16:40\n"
        "(ANSA) - BRUXELLES, 6 DIC - La Commissione europea segue da vicino il voto.",
        [("ROMA", ANSA, D6), (None, NONE, D6), ("BRUXELLES", ANSA, D6)],
    ),
    (
        "fr-portail-il-y-a-min",
        "fr",
        "Fil info\n\n"
        "Un train régional déraille près de Dijon\n"
        "il y a 25 min\n"
        "DIJON (AFP) - Aucun blessé n'est à déplorer, selon la préfecture.\n\n"
        "Les prix de l'électricité baisseront en février\n"
        "il y a 1 h\n"
        "La Commission de régulation de l'énergie l'a annoncé dimanche.\n\n"
        "Neige : des routes fermées dans les Alpes\n"
        "il y a 2 h\n"
        "GRENOBLE (AFP) - Plusieurs cols sont fermés à la circulation.",
        [("DIJON", AFP, ago(25 / 60)), (None, NONE, ago(1)), ("GRENOBLE", AFP, ago(2))],
    ),
    (
        "en-live-oldest-first-gmt",
        "en",
        "Ukraine war live\n\n"
        "08:15 GMT\n"
        "KYIV (Reuters) - Air raid sirens sounded across Ukraine early on Sunday.\n\n"
        "09:02 GMT\n"
        "Russia's defence ministry said its forces had shot down 40 drones overnight.\n\n"
        "10:30 GMT\n"
        "BRUSSELS (Reuters) - NATO foreign ministers will meet on Tuesday to discuss air "
        "defence.",
        [
            ("KYIV", RTR, "2026-12-06T08:15"),
            (None, NONE, "2026-12-06T09:02"),
            ("BRUSSELS", RTR, "2026-12-06T10:30"),
        ],
    ),
    (
        "en-live-newest-first-clock-dash",
        "en",
        "Live: storm hits the north\n"
        "16:40 - Power has been restored to 20,000 homes, the grid operator says.\n"
        "16:05 - MANCHESTER (PA) - A tree fell on a bus in the city centre, injuring two.\n"
        "15:20 - The Met Office has extended its amber warning until Monday morning.\n"
        "14:55 - LEEDS (PA) - Trains between Leeds and York have been cancelled.",
        [
            (None, NONE, D6),
            ("MANCHESTER", ("PA",), D6),
            (None, NONE, D6),
            ("LEEDS", ("PA",), D6),
        ],
    ),
    (
        "de-liveticker-uhr",
        "de",
        "Liveticker: Bundestag debattiert Haushalt\n\n"
        "16.45 Uhr: Die Abstimmung soll gegen 18 Uhr beginnen, teilte die Bundestagsverwaltung "
        "mit.\n\n"
        "16.20 Uhr: Berlin (dpa) - Die Opposition wirft der Regierung vor, die Schuldenbremse "
        "zu umgehen.\n\n"
        "15.58 Uhr: Der Finanzminister verteidigt die geplanten Investitionen.\n\n"
        "15.30 Uhr: Brüssel (dpa) - Die EU-Kommission begrüßt den Entwurf.",
        [
            (None, NONE, D6),
            ("Berlin", DPA, D6),
            (None, NONE, D6),
            ("Brüssel", DPA, D6),
        ],
    ),
    (
        "de-ticker-clock-lines",
        "de",
        "Newsticker\n"
        "14:32\n"
        "Frankfurt (dpa-AFX) - Der Dax hat am Nachmittag leicht zugelegt.\n"
        "14:10\n"
        "Wolfsburg (dpa-AFX) - Volkswagen ruft weltweit 80.000 Autos zurück.\n"
        "13:47\n"
        "Die Ölpreise sind am Nachmittag gestiegen.\n"
        "13:15\n"
        "München (dpa-AFX) - Siemens kauft einen US-Softwareanbieter.",
        [
            ("Frankfurt", ("dpa-AFX",), D6),
            ("Wolfsburg", ("dpa-AFX",), D6),
            (None, NONE, D6),
            ("München", ("dpa-AFX",), D6),
        ],
    ),
    (
        "fr-direct-14h32",
        "fr",
        "EN DIRECT - Tempête dans l'Ouest\n"
        "16h05 – NANTES (AFP) – Plus de 30 000 foyers sont privés d'électricité.\n"
        "15h40 – Météo-France maintient la vigilance orange pour quatre départements.\n"
        "15h12 – BREST (AFP) – Les liaisons maritimes vers les îles sont suspendues.\n"
        "14h32 – La SNCF annonce des retards sur les lignes de Bretagne.",
        [
            ("NANTES", AFP, D6),
            (None, NONE, D6),
            ("BREST", AFP, D6),
            (None, NONE, D6),
        ],
    ),
    (
        "pt-ao-vivo-ages",
        "pt",
        "Ao vivo: chuvas no Sul\n\n"
        "Há 5 minutos\n"
        "PORTO ALEGRE – A Defesa Civil pediu que moradores deixem as áreas de risco.\n\n"
        "Há 40 minutos\n"
        "O governo federal anunciou ajuda de emergência aos municípios atingidos.\n\n"
        "Há 2 horas\n"
        "CANOAS – O nível do rio subiu mais um metro durante a madrugada.",
        [
            ("PORTO ALEGRE", NONE, ago(5 / 60)),
            (None, NONE, ago(40 / 60)),
            ("CANOAS", NONE, ago(2)),
        ],
    ),
    (
        "es-directo-efe-clock",
        "es",
        "Directo | Elecciones en Extremadura\n\n"
        "17:45\n"
        "MÉRIDA, 6 dic (EFE).- La participación a las 14:00 era del 40 por ciento.\n\n"
        "17:20\n"
        "Los colegios electorales abrieron con normalidad, según la Junta Electoral.\n\n"
        "16:50\n"
        "BADAJOZ, 6 dic (EFE).- El candidato socialista votó a primera hora.",
        [("MÉRIDA", EFE, D6), (None, NONE, D6), ("BADAJOZ", EFE, D6)],
    ),
    (
        "it-diretta-ore",
        "it",
        "Diretta maltempo\n"
        "Ore 16.20 - GENOVA - Chiuse le scuole in tutta la città per domani.\n"
        "Ore 15.45 - La Protezione civile ha diramato l'allerta rossa per la Liguria.\n"
        "Ore 15.10 - SAVONA - Una frana ha interrotto la via Aurelia.",
        [("GENOVA", NONE, D6), (None, NONE, D6), ("SAVONA", NONE, D6)],
    ),
    (
        "nl-liveblog-clock-lines",
        "nl",
        "Liveblog: formatie\n\n"
        "16:45\n"
        "DEN HAAG (ANP) - De informateur praat maandag opnieuw met de fractievoorzitters.\n\n"
        "16:20\n"
        "De partijen willen voor de kerst een akkoord op hoofdlijnen.\n\n"
        "15:55\n"
        "BRUSSEL (ANP) - Ook in België wordt nog altijd onderhandeld over een regering.",
        [("DEN HAAG", ANP, D6), (None, NONE, D6), ("BRUSSEL", ANP, D6)],
    ),
    (
        "sl-v-zivo",
        "sl",
        "V živo: neurje\n\n"
        "16.30\n"
        "Ljubljana – Gasilci so posredovali na več kot 50 intervencijah.\n\n"
        "16.05\n"
        "Agencija za okolje je izdala rdeče opozorilo za severovzhod.\n\n"
        "15.40\n"
        "Celje – Zaradi poplav je zaprta glavna cesta proti Mariboru.",
        [("Ljubljana", NONE, D6), (None, NONE, D6), ("Celje", NONE, D6)],
    ),
    # --- portals' "latest news" lists
    (
        "de-neueste-meldungen",
        "de",
        "Neueste Meldungen\n\n"
        "Bahn streicht Fernzüge nach Sturm\n"
        "vor 2 Std.\n"
        "Hannover (dpa) - Nach dem Sturm fallen in Niedersachsen zahlreiche Fernzüge aus.\n\n"
        "Preise für Heizöl steigen wieder\n"
        "vor 3 Std.\n"
        "Verbraucher müssen für Heizöl wieder mehr bezahlen als im Vormonat.\n\n"
        "Neuer Tunnel unter der Elbe eröffnet\n"
        "vor 5 Std.\n"
        "Hamburg (dpa/lno) - Nach sechs Jahren Bauzeit ist der Tunnel für den Verkehr frei.",
        [
            ("Hannover", DPA, ago(2)),
            (None, NONE, ago(3)),
            ("Hamburg", ("dpa", "lno"), ago(5)),
        ],
    ),
    (
        "fr-a-la-une-il-y-a",
        "fr",
        "Dernières infos\n\n"
        "Grève à la SNCF : trafic perturbé lundi\n"
        "il y a 3 h\n"
        "PARIS (AFP) - Les syndicats de cheminots maintiennent leur appel à la grève.\n\n"
        "Un séisme ressenti en Alsace\n"
        "il y a 4 h\n"
        "STRASBOURG (AFP) - Une secousse de magnitude 3,8 a été ressentie dans la nuit.",
        [("PARIS", AFP, ago(3)), ("STRASBOURG", AFP, ago(4))],
    ),
    (
        "es-ultimas-noticias-hace",
        "es",
        "Últimas noticias\n\n"
        "El Gobierno aprueba la subida de las pensiones\n"
        "hace 2 horas\n"
        "MADRID (EFE).- El Consejo de Ministros aprobó la revalorización de las pensiones.\n\n"
        "Cortes de tráfico por la nieve en el norte\n"
        "hace 4 horas\n"
        "La DGT recomienda no viajar sin cadenas por los puertos de montaña.\n\n"
        "Detenido un hombre por un incendio forestal\n"
        "hace 6 horas\n"
        "OURENSE (EFE).- La Guardia Civil detuvo a un vecino de la comarca.",
        [("MADRID", EFE, ago(2)), (None, NONE, ago(4)), ("OURENSE", EFE, ago(6))],
    ),
    (
        "it-ultime-notizie-ore-fa",
        "it",
        "Ultime notizie\n\n"
        "Sciopero dei treni, le fasce garantite\n"
        "2 ore fa\n"
        "ROMA (ANSA) - Lo sciopero nazionale dei treni inizierà alle 21 di domenica.\n\n"
        "Neve sulle Alpi, chiuso un passo\n"
        "3 ore fa\n"
        "AOSTA (ANSA) - La strada per il Gran San Bernardo è chiusa per valanghe.",
        [("ROMA", ANSA, ago(2)), ("AOSTA", ANSA, ago(3))],
    ),
    (
        "nl-laatste-nieuws-geleden",
        "nl",
        "Laatste nieuws\n\n"
        "Storing bij betaalterminals opgelost\n"
        "1 uur geleden\n"
        "AMSTERDAM (ANP) - Klanten konden in de ochtend niet pinnen in winkels.\n\n"
        "Brand in leegstaande boerderij\n"
        "3 uur geleden\n"
        "Bij de brand raakte niemand gewond, meldt de veiligheidsregio.",
        [("AMSTERDAM", ANP, ago(1)), (None, NONE, ago(3))],
    ),
    (
        "pt-ultimas-ha-horas",
        "pt",
        "Últimas\n\n"
        "Greve dos médicos adiada\n"
        "há 2 horas\n"
        "LISBOA (Lusa) - Os sindicatos adiaram a greve para janeiro.\n\n"
        "Incêndio em fábrica no Norte\n"
        "há 5 horas\n"
        "BRAGA (Lusa) - Os bombeiros combateram as chamas durante quatro horas.",
        [("LISBOA", LUSA, ago(2)), ("BRAGA", LUSA, ago(5))],
    ),
    # --- agency posts from a feed or a channel, newsletters and a bulletin
    (
        "en-reuters-feed-posts",
        "en",
        "Reuters @Reuters\n"
        "KYIV, Dec 6 (Reuters) - Ukraine said it had restored power to most of Kharkiv after "
        "an overnight attack. #Ukraine\n"
        "reuters.example/world/kharkiv-power\n\n"
        "Reuters @Reuters\n"
        "GAZA, Dec 6 (Reuters) - Aid trucks entered the enclave through a second crossing. "
        "#Gaza\n"
        "reuters.example/world/gaza-aid\n\n"
        "Reuters @Reuters\n"
        "NEW DELHI, Dec 6 (Reuters) - India's central bank kept rates on hold. #India\n"
        "reuters.example/markets/india-rates",
        [("KYIV", RTR, D6), ("GAZA", RTR, D6), ("NEW DELHI", RTR, D6)],
    ),
    (
        "de-dpa-channel-posts",
        "de",
        "dpa-Kanal\n\n"
        "Berlin (dpa) - Die Bundesregierung will die Stromsteuer senken. #Energie\n"
        "👁 12.400\n\n"
        "Potsdam (dpa) - In Brandenburg wurde ein neuer Landrat gewählt. #Brandenburg\n"
        "👁 8.100\n\n"
        "Leipzig (dpa) - Die Buchmesse stellt ihr Programm vor. #Leipzig\n"
        "👁 5.300",
        [("Berlin", DPA, None), ("Potsdam", DPA, None), ("Leipzig", DPA, None)],
    ),
    (
        "es-efe-posts-hashtags",
        "es",
        "EFE Noticias @EFEnoticias\n"
        "MADRID, 6 dic (EFE).- El Congreso debate este lunes la ley de vivienda. #Congreso\n\n"
        "EFE Noticias @EFEnoticias\n"
        "BARCELONA, 6 dic (EFE).- El aeropuerto cerró noviembre con récord de pasajeros. "
        "#Aeropuerto\n\n"
        "EFE Noticias @EFEnoticias\n"
        "ZARAGOZA, 6 dic (EFE).- Una avería deja sin agua a tres barrios. #Zaragoza",
        [("MADRID", EFE, D6), ("BARCELONA", EFE, D6), ("ZARAGOZA", EFE, D6)],
    ),
    (
        "en-newsletter-read-more",
        "en",
        "THE MORNING BRIEFING\n\n"
        "In brief\n\n"
        "LONDON (Reuters) - The Bank of England is expected to hold rates this week. Read more\n\n"
        "PARIS (Reuters) - France's parliament approved the social security budget. Read more »"
        "\n\n"
        "BEIJING (Reuters) - China's exports grew faster than expected in November. Read more",
        [("LONDON", RTR, None), ("PARIS", RTR, None), ("BEIJING", RTR, None)],
    ),
    (
        "de-newsletter-weiterlesen",
        "de",
        "Ihr Morgen-Briefing\n\n"
        "Mainz (dpa) - Rheinland-Pfalz stellt mehr Lehrer ein. Weiterlesen\n\n"
        "Saarbrücken (dpa) - Im Saarland schließt ein Stahlwerk. Weiterlesen\n\n"
        "Wiesbaden (dpa) - Hessen plant ein neues Polizeigesetz. Weiterlesen",
        [("Mainz", DPA, None), ("Saarbrücken", DPA, None), ("Wiesbaden", DPA, None)],
    ),
    (
        "en-bulletin-script-caps",
        "en",
        "NEWS BULLETIN, 1700\n\n"
        "LONDON: The Prime Minister has promised new money for hospitals in England.\n\n"
        "BRUSSELS: European ministers have agreed to extend sanctions for six months.\n\n"
        "WASHINGTON: The Senate has passed a bill to keep the government funded.",
        [("LONDON", NONE, None), ("BRUSSELS", NONE, None), ("WASHINGTON", NONE, None)],
    ),
]

# Pages that hold no brief with a dateline: none of them may yield one.
LOOK_ALIKE_PAGES = [
    (
        "en-table-of-contents",
        "en",
        "Contents\n"
        "1. Berlin: the capital reinvents itself ... 4\n"
        "2. Paris - a city of light and strikes ... 12\n"
        "3. Rome: the eternal city's new metro ... 20\n"
        "4. Madrid - where the night never ends ... 28",
    ),
    (
        "de-tv-programm",
        "de",
        "TV-Programm heute\n"
        "20:15 ARD – Tatort: Münster\n"
        "20:15 ZDF – Ein Fall für zwei\n"
        "21:45 ARD – Tagesthemen\n"
        "22:15 ZDF – heute journal",
    ),
    (
        "de-bundesliga-ergebnisse",
        "de",
        "Bundesliga, 13. Spieltag\n"
        "Bayern München - Borussia Dortmund 2:1\n"
        "Hamburger SV - Werder Bremen 0:0\n"
        "VfB Stuttgart - SC Freiburg 3:2\n"
        "Union Berlin - 1. FC Köln 1:1",
    ),
    (
        "de-wetter-staedte",
        "de",
        "Das Wetter in Deutschland\n"
        "Berlin: 4 Grad, Regen\n"
        "Hamburg: 3 Grad, bewölkt\n"
        "München: -1 Grad, Schnee\n"
        "Köln: 6 Grad, sonnig",
    ),
    (
        "en-bureau-addresses",
        "en",
        "Our bureaux\n\n"
        "LONDON\n10 Fleet Street, London EC4Y 1AA\nTel. +44 20 7000 0000\n\n"
        "PARIS\n12 rue de Rivoli, 75004 Paris\nTél. +33 1 00 00 00 00\n\n"
        "BERLIN\nFriedrichstraße 100, 10117 Berlin\nTel. +49 30 000000",
    ),
    (
        "de-boersen",
        "de",
        "Märkte am Mittag\n"
        "Frankfurt: DAX 18.512 Punkte (+0,5 %)\n"
        "London: FTSE 100 8.120 Punkte (-0,2 %)\n"
        "Tokio: Nikkei 39.120 Punkte (+0,8 %)\n"
        "New York: Dow Jones 44.210 Punkte (+0,1 %)",
    ),
    (
        "fr-meteo-villes",
        "fr",
        "Météo de dimanche\n"
        "Paris : 8 °C, averses\n"
        "Lyon : 6 °C, nuageux\n"
        "Marseille : 13 °C, ensoleillé\n"
        "Lille : 5 °C, pluie",
    ),
    (
        "es-resultados-liga",
        "es",
        "Resultados de la jornada\n"
        "Real Madrid - Getafe: 3-0\n"
        "Sevilla - Betis: 1-1\n"
        "Valencia - Villarreal: 0-2\n"
        "Athletic - Osasuna: 2-1",
    ),
    (
        "it-guida-tv",
        "it",
        "Stasera in TV\n"
        "21.20 Rai 1 - Il commissario Montalbano\n"
        "21.20 Canale 5 - Milano - Inter, Serie A\n"
        "21.30 Rai 3 - Report",
    ),
    (
        "nl-inhoud",
        "nl",
        "Inhoud\n"
        "Amsterdam – de grachten in de winter, blz. 4\n"
        "Rotterdam – een haven in verandering, blz. 10\n"
        "Utrecht – de Dom na de restauratie, blz. 16",
    ),
    (
        "pt-tempo-cidades",
        "pt",
        "Previsão do tempo\n"
        "Lisboa: 15 °C, céu nublado\n"
        "Porto: 12 °C, chuva\n"
        "Faro: 18 °C, sol\n"
        "Braga: 11 °C, aguaceiros",
    ),
    (
        "sl-rezultati",
        "sl",
        "Rezultati 15. kroga\n"
        "Olimpija - Maribor 2:0\n"
        "Celje - Koper 1:1\n"
        "Mura - Domžale 3:1\n"
        "Bravo - Radomlje 0:1",
    ),
]


def read(text: str) -> list[tuple]:
    """The page's briefs as the table writes them: (place, agencies, time) in page order."""
    out = []
    for brief in read_briefs(text, captured_at=CAPTURED):
        dl = brief.dateline
        place, agencies = (dl.place, tuple(dl.agencies)) if dl is not None else (None, NONE)
        out.append((place, agencies, when_text(brief.published_at)))
    return out


# The pages no general rule reads yet, and why.
MISSED: dict[str, str] = {}

PAGE_CASES = xfail_cases(PAGES, MISSED)


@pytest.mark.parametrize(("name", "lang", "text", "briefs"), PAGE_CASES)
def test_page_yields_its_briefs(name, lang, text, briefs):
    assert read(text) == briefs


@pytest.mark.parametrize(("name", "lang", "text"), LOOK_ALIKE_PAGES)
def test_look_alike_page_yields_no_dateline(name, lang, text):
    assert [b for b in read(text) if b[0] is not None or b[1]] == []


def test_the_table_is_as_large_as_its_brief():
    """At least 40 pages and 150 briefs in the web set's eight languages, each text once."""
    assert len(PAGES) >= 40 and sum(len(page[3]) for page in PAGES) >= 150
    assert {page[1] for page in PAGES} == {"de", "en", "es", "it", "pt", "fr", "nl", "sl"}
    texts = [page[2] for page in PAGES + LOOK_ALIKE_PAGES]
    names = [page[0] for page in PAGES + LOOK_ALIKE_PAGES]
    assert len(set(texts)) == len(texts) and len(set(names)) == len(names)


def tally() -> dict[str, int]:
    """How the pages are read: pages and briefs right, and how the rest went wrong."""
    counts = dict.fromkeys(
        ("pages", "pages_right", "briefs", "briefs_right", "lost", "merged", "split", "leaked"),
        0,
    )
    for _name, _lang, text, want in PAGES:
        got = read(text)
        counts["pages"] += 1
        counts["pages_right"] += got == want
        counts["briefs"] += len(want)
        counts["briefs_right"] += sum(1 for brief in want if brief in got)
        wanted_places = [b[0] for b in want]
        got_places = [b[0] for b in got]
        for place in wanted_places:
            if place is not None and place not in got_places:
                counts["lost"] += 1
        counts["merged"] += max(0, len(want) - len(got))
        counts["split"] += max(0, len(got) - len(want))
        # a place on a brief the page gives none, or one place read for more briefs than written
        counts["leaked"] += sum(
            max(0, got_places.count(p) - wanted_places.count(p)) for p in set(got_places) if p
        )
    counts["look_alike_pages"] = len(LOOK_ALIKE_PAGES)
    counts["look_alikes_firing"] = sum(
        any(b[0] is not None or b[1] for b in read(page[2])) for page in LOOK_ALIKE_PAGES
    )
    return counts


if __name__ == "__main__":
    for key, value in tally().items():
        print(f"{key}: {value}")


# --- the rules these pages needed, each on briefs of its own (written after the mends)

# A digest's numbers before its briefs: each brief's dateline is read past its number.
NUMBERED = [
    (
        "Kurz\n1 - LYON (AFP) - Une grève touche les transports.\n"
        "2 - NICE (AFP) - Un séisme a été ressenti.",
        ["LYON", "NICE"],
    ),
    (
        "Breves\n1.- CÁDIZ, 6 dic (EFE).- El puerto cerró.\n2.- VIGO, 6 dic (EFE).- Llueve.",
        ["CÁDIZ", "VIGO"],
    ),
    ("Notizie\n1) BARI (ANSA) - Il porto chiude.\n2) LECCE (ANSA) - Piove.", ["BARI", "LECCE"]),
]


@pytest.mark.parametrize(("text", "places"), NUMBERED)
def test_numbered_digest_briefs_are_each_read(text, places):
    assert [b.dateline and b.dateline.place for b in read_briefs(text)] == places


# An agency's name in a compound or as a channel's name on its own line is no credit; a line of
# figures, a list's last line and a results line are no datelines.
NO_DATELINE = [
    "dpa-Kanal",
    "AFP-Meldungen im Überblick",
    "Reuters - World News\n\nThe feed is updated every hour",
    "EFE - Agencia de noticias\nNoticias de última hora en español",
    "Zürich: SMI 11.912 Punkte (+0,3 %)",
    "Paris : CAC 40 7 412 points (-0,4 %)",
    "Inhoud\nGouda – de kaasmarkt, blz. 3\nDelft – de oude kerk, blz. 9",
    "Contents\n1. Lisbon - a city on seven hills ... 5\n2. Porto - the river and its bridges ... 9",
]


@pytest.mark.parametrize("text", NO_DATELINE)
def test_page_furniture_is_no_dateline(text):
    assert [b.dateline for b in read_briefs(text) if b.dateline is not None] == []


# The same shapes as briefs keep their datelines.
STILL_DATELINES = [
    ("AFP - Le gouvernement a présenté un plan contre la fraude.", (None, ("AFP",))),
    ("Zürich (dpa-AFX) - Der SMI stieg um 0,3 Prozent.", ("Zürich", ("dpa-AFX",))),
    ("Roma – il governo ha approvato il decreto sulle bollette.", ("Roma", ())),
]


@pytest.mark.parametrize(("text", "read"), STILL_DATELINES)
def test_brief_shapes_keep_their_datelines(text, read):
    (brief,) = read_briefs(text)
    assert (brief.dateline.place, tuple(brief.dateline.agencies)) == read
