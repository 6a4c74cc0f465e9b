"""Datelines of regional and local papers and news sites in the web set's languages, end to end.

Written for this test before the parser read it, from how each kind of page is known to open a
story, not taken from any item: Dutch regional papers and omroepen (DPG's "05-12-26, 10:32"
stamp, "Laatste update:", a caps place and a hyphen), Flemish regional papers, German Lokalteil
and Regionalzeitungen (the police's "Dortmund (ots) -", a section or kicker line above the place,
"Lesedauer" stamps, "Erfurt — aktualisiert am ...", a place and a stop, a caps place with no
separator), Swiss and Austrian regional papers, French regional dailies (Ouest-France's "Quimper.",
La Presse's "(Montréal)" opening), Spanish regional papers (Prensa Ibérica's "Vigo 05·12·26 |
10:32", La Voz de Galicia's "Ourense / La Voz", Vocento's place above its date line), Mexican,
Argentine, Colombian and Chilean papers (a state's abbreviation, "Mendoza.-"), Italian local
papers and portals, Brazilian and Portuguese portals ("Colaboração para o UOL, em", Folha's "DE
BELO HORIZONTE", "Londrina (PR) –"), Slovene local pages, and English local papers in the US
(a state's abbreviation, a station's call letters, MediaNews' "PUBLISHED: ... | UPDATED:"), the
UK, Ireland, Australia, New Zealand, India (TOI's "TNN | ... IST"), Nigeria, Kenya, Ghana,
Zambia, Zimbabwe and South Africa. Forms of online pages: a place and a date each on its own line
above the body, a city after a byline's bar, "Von ..., Ort", a place then an update stamp. And
the look-alikes such pages hold: "Lees ook:" and its kin, a topic kicker, a section's name, a
byline whose paper names a city, a photo credit, an event's venue, a street, a sports score, a
weather line, a headline's place and colon, an event's "where", a source line.

Rows as the fifth table's: text, language, place as written (None for a credit alone), country,
agencies as written, and the time the text gives for a page captured at ``CAPTURED`` (a date at
midnight UTC, a clock with its zone as the instant, a clock without one as its date alone); read
by ``read_briefs`` and ``locate`` as ``wiremap extract`` reads a text (``papers_read``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import partial

import pytest
from papers_read import assert_row_read, first_dated, row_starting, when_text, xfail_cases

# A page captured at 16:00 Central European time (15:00 UTC) on Saturday 5 December 2026.
CAPTURED = datetime(2026, 12, 5, 16, 0, tzinfo=timezone(timedelta(hours=1)))
D5 = "2026-12-05"

# text, language, place as written (or None), country, agencies as written, time (or None)
STYLES = [
    # --- Dutch regional papers and omroepen, Flemish regional papers
    (
        "AMERSFOORT - De gemeente wil een nieuw zwembad bouwen aan de rand van de stad.",
        "nl",
        "AMERSFOORT",
        "NL",
        (),
        None,
    ),
    (
        "Door Eva de Boer\n05-12-26, 10:32\nAPELDOORN - De gemeente trekt extra geld uit voor de "
        "bibliotheek.",
        "nl",
        "APELDOORN",
        "NL",
        (),
        D5,
    ),
    (
        "Laatste update: 05-12-26, 11:05\nDEVENTER - Een vrachtwagen is zaterdagochtend op de A1 "
        "gekanteld.",
        "nl",
        "DEVENTER",
        "NL",
        (),
        D5,
    ),
    (
        "Venlo - De gemeenteraad heeft ingestemd met de bouw van vierhonderd woningen.",
        "nl",
        "Venlo",
        "NL",
        (),
        None,
    ),
    (
        "HASSELT - Het stadsbestuur investeert twee miljoen euro in nieuwe fietspaden.",
        "nl",
        "HASSELT",
        "BE",
        (),
        None,
    ),
    (
        "Mechelen - Een fietser is vrijdagavond zwaargewond geraakt bij een aanrijding.",
        "nl",
        "Mechelen",
        "BE",
        (),
        None,
    ),
    (
        "Kortrijk – De politie heeft een drugsbende opgerold die vanuit een garage werkte.",
        "nl",
        "Kortrijk",
        "BE",
        (),
        None,
    ),
    (
        "ALKMAAR (ANP) - De rechtbank heeft een 41-jarige man veroordeeld tot zes jaar cel.",
        "nl",
        "ALKMAAR",
        "NL",
        ("ANP",),
        None,
    ),
    (
        "Bewerkt: 5 december 2026 om 10:32\nHEERENVEEN - Bij een brand in een loods is veel schade "
        "ontstaan.",
        "nl",
        "HEERENVEEN",
        "NL",
        (),
        D5,
    ),
    (
        "Regio\nNIEUWEGEIN - Een supermarkt aan het Cityplein is zaterdagochtend overvallen.",
        "nl",
        "NIEUWEGEIN",
        "NL",
        (),
        None,
    ),
    (
        "Tilburg, 5 december - De rechtbank heeft de verdachte van brandstichting vrijgesproken.",
        "nl",
        "Tilburg",
        "NL",
        (),
        D5,
    ),
    (
        "Brugge – Het stadsbestuur wil de binnenstad tegen 2030 autoluw maken.",
        "nl",
        "Brugge",
        "BE",
        (),
        None,
    ),
    (
        "Foto: Omroep Flevoland\nLELYSTAD - Het vliegveld blijft nog zeker een jaar dicht.",
        "nl",
        "LELYSTAD",
        "NL",
        (),
        None,
    ),
    (
        "Zaterdag 5 december 2026, 10:32\nRoermond – Het outletcentrum blijft op zondag open.",
        "nl",
        "Roermond",
        "NL",
        (),
        D5,
    ),
    (
        "Sneek/Leeuwarden - De provincie wil de vaarweg langs de stad verbreden.",
        "nl",
        "Sneek",
        "NL",
        (),
        None,
    ),
    (
        "OOSTENDE - Een visser is vrijdagavond overboord geslagen voor de kust.",
        "nl",
        "OOSTENDE",
        "BE",
        (),
        None,
    ),
    (
        "Enschede\n5 december 2026\nDe gemeente sluit twee zwembaden om energie te besparen.",
        "nl",
        "Enschede",
        "NL",
        (),
        D5,
    ),
    (
        "Door Sanne Visser | Assen\nDe provincie trekt extra geld uit voor de N33.",
        "nl",
        "Assen",
        "NL",
        (),
        None,
    ),
    # --- German Lokalteil and Regionalzeitungen, police bulletins, Swiss and Austrian papers
    (
        "Heilbronn. Die Stadt hat den Haushalt für das kommende Jahr beschlossen.",
        "de",
        "Heilbronn",
        "DE",
        (),
        None,
    ),
    (
        "Von Petra Meier | 05.12.2026, 10:32 Uhr\nGöppingen – Die Kreissparkasse schließt vier "
        "Filialen.",
        "de",
        "Göppingen",
        "DE",
        (),
        D5,
    ),
    (
        "POL-DO: Einbruch in Einfamilienhaus\nDortmund (ots) - Unbekannte sind am Freitagabend in "
        "ein Haus eingebrochen.",
        "de",
        "Dortmund",
        "DE",
        ("ots",),
        None,
    ),
    (
        "Bochum (ots) - Die Polizei sucht Zeugen eines Unfalls auf der Castroper Straße.",
        "de",
        "Bochum",
        "DE",
        ("ots",),
        None,
    ),
    (
        "RAVENSBURG - Die Stadt will das Parkhaus am Bahnhof abreißen lassen.",
        "de",
        "RAVENSBURG",
        "DE",
        (),
        None,
    ),
    (
        "Konstanz – Die Fähre nach Meersburg fällt am Wochenende wegen Sturms aus.",
        "de",
        "Konstanz",
        "DE",
        (),
        None,
    ),
    (
        "Mannheim/Heidelberg. Die Verkehrsbetriebe erhöhen ab Januar die Preise.",
        "de",
        "Mannheim",
        "DE",
        (),
        None,
    ),
    (
        "Polizeibericht\nNeuss – Unbekannte haben in der Nacht zwei Autos aufgebrochen.",
        "de",
        "Neuss",
        "DE",
        (),
        None,
    ),
    (
        "Samstag, 05.12.2026, 10:32 Uhr\nAugsburg – Der Christkindlesmarkt bleibt bis Heiligabend "
        "geöffnet.",
        "de",
        "Augsburg",
        "DE",
        (),
        D5,
    ),
    (
        "05.12.2026, 10:32 Uhr | Lesedauer: 3 Min.\nWolfsburg – Volkswagen streicht weitere "
        "Stellen im Stammwerk.",
        "de",
        "Wolfsburg",
        "DE",
        (),
        D5,
    ),
    (
        "dpa\nSchwerin – Der Landtag hat den Doppelhaushalt mit knapper Mehrheit beschlossen.",
        "de",
        "Schwerin",
        "DE",
        (),
        None,
    ),
    (
        "Erfurt — aktualisiert am 05.12.2026, 10:32 Uhr\nDie Landesregierung will mehr Lehrer "
        "einstellen.",
        "de",
        "Erfurt",
        "DE",
        (),
        D5,
    ),
    (
        "St. Gallen – Die Kantonspolizei hat auf der Autobahn einen Raser gestoppt.",
        "de",
        "St. Gallen",
        "CH",
        (),
        None,
    ),
    (
        "Linz – Der oberösterreichische Landtag hat das Budget für 2027 beschlossen.",
        "de",
        "Linz",
        "AT",
        (),
        None,
    ),
    (
        "Bregenz (VN) – Die Landesregierung plant eine neue Brücke über den Rhein.",
        "de",
        "Bregenz",
        "AT",
        ("VN",),
        None,
    ),
    (
        "VON JOHANNES MEIER, BRÜSSEL\nDie EU-Kommission hat neue Regeln für Lieferketten "
        "vorgeschlagen.",
        "de",
        "BRÜSSEL",
        "BE",
        (),
        None,
    ),
    (
        "Kreis Steinfurt\nIbbenbüren – Die Stadtwerke erhöhen zum Jahreswechsel die Gaspreise.",
        "de",
        "Ibbenbüren",
        "DE",
        (),
        None,
    ),
    (
        "Villach (red) – Die Stadt baut einen neuen Radweg entlang der Drau.",
        "de",
        "Villach",
        "AT",
        ("red",),
        None,
    ),
    (
        "Kassel/Fulda – Die Bahn sperrt die Schnellfahrstrecke am Wochenende.",
        "de",
        "Kassel",
        "DE",
        (),
        None,
    ),
    (
        "OLDENBURG Der Stadtrat hat am Freitagabend den Haushalt für 2027 beschlossen.",
        "de",
        "OLDENBURG",
        "DE",
        (),
        None,
    ),
    (
        "Potsdam · 05.12.2026\nDer Landtag hat den Haushalt für die kommenden zwei Jahre "
        "beschlossen.",
        "de",
        "Potsdam",
        "DE",
        (),
        D5,
    ),
    (
        "Nürnberg, 5. Dezember 2026 – Die Messe meldet für den Christkindlesmarkt einen "
        "Besucherrekord.",
        "de",
        "Nürnberg",
        "DE",
        (),
        D5,
    ),
    (
        "Chur – Die Rhätische Bahn stellt im Frühjahr neue Züge in Betrieb.",
        "de",
        "Chur",
        "CH",
        (),
        None,
    ),
    (
        "Lüneburg\n05.12.2026\nDie Stadt hat den Haushalt für das kommende Jahr beschlossen.",
        "de",
        "Lüneburg",
        "DE",
        (),
        D5,
    ),
    (
        "Von Jan Becker | Rostock\nDie Werft hat zwei neue Aufträge für Fähren erhalten.",
        "de",
        "Rostock",
        "DE",
        (),
        None,
    ),
    (
        "Von Jan Becker, Rostock\nDie Werft hat zwei neue Aufträge erhalten.",
        "de",
        "Rostock",
        "DE",
        (),
        None,
    ),
    # --- French regional dailies, Quebec's La Presse, Belgian, Swiss and Ivorian papers
    (
        "Quimper. Le conseil municipal a adopté le budget primitif mardi soir.",
        "fr",
        "Quimper",
        "FR",
        (),
        None,
    ),
    (
        "Saint-Brieuc. Un incendie a ravagé un entrepôt dans la nuit de vendredi à samedi.",
        "fr",
        "Saint-Brieuc",
        "FR",
        (),
        None,
    ),
    (
        "(Montréal) Le Service de police a arrêté trois suspects après une fusillade.",
        "fr",
        "Montréal",
        "CA",
        (),
        None,
    ),
    (
        "(Sherbrooke) Le conseil municipal a adopté un budget en hausse de 4 %.",
        "fr",
        "Sherbrooke",
        "CA",
        (),
        None,
    ),
    (
        "(Ottawa) Le gouvernement fédéral déposera sa mise à jour économique lundi.",
        "fr",
        "Ottawa",
        "CA",
        (),
        None,
    ),
    (
        "Charleroi – Le bourgmestre a présenté son plan de propreté pour le centre-ville.",
        "fr",
        "Charleroi",
        "BE",
        (),
        None,
    ),
    (
        "Sion – Le Grand Conseil valaisan a accepté le budget après deux jours de débat.",
        "fr",
        "Sion",
        "CH",
        (),
        None,
    ),
    (
        "Publié le 05/12/2026 à 10h32, mis à jour à 11h05\nBesançon – La ville a inauguré une "
        "nouvelle ligne de tramway.",
        "fr",
        "Besançon",
        "FR",
        (),
        D5,
    ),
    (
        "Mulhouse. Un homme a été interpellé après un vol à main armée dans une bijouterie.",
        "fr",
        "Mulhouse",
        "FR",
        (),
        None,
    ),
    (
        "Par Claire Martin\nLe 05/12/2026 à 10h32\nPau – L'aéroport perd sa dernière ligne vers "
        "Paris.",
        "fr",
        "Pau",
        "FR",
        (),
        D5,
    ),
    (
        "LORIENT – Le port de pêche a débarqué un volume record de poisson cette année.",
        "fr",
        "LORIENT",
        "FR",
        (),
        None,
    ),
    (
        "Villeurbanne – La ville a voté la gratuité des cantines pour les familles modestes.",
        "fr",
        "Villeurbanne",
        "FR",
        (),
        None,
    ),
    (
        "Le Havre. Le port a enregistré une hausse de son trafic de conteneurs.",
        "fr",
        "Le Havre",
        "FR",
        (),
        None,
    ),
    (
        "Grenoble, 5 décembre 2026 – La métropole a voté la gratuité des transports pour les "
        "jeunes.",
        "fr",
        "Grenoble",
        "FR",
        (),
        D5,
    ),
    (
        "Trois-Rivières – La Ville a adopté son budget pour l'année prochaine.",
        "fr",
        "Trois-Rivières",
        "CA",
        (),
        None,
    ),
    (
        "Bouaké – Le marché de gros a rouvert ses portes samedi après les travaux.",
        "fr",
        "Bouaké",
        "CI",
        (),
        None,
    ),
    (
        "Limoges\n5 décembre 2026\nLe CHU a ouvert un nouveau service d'urgences pédiatriques.",
        "fr",
        "Limoges",
        "FR",
        (),
        D5,
    ),
    # --- Spanish regional papers; Mexican, Argentine, Colombian, Chilean and other papers
    (
        "María Pérez\nVigo 05·12·26 | 10:32\nEl Concello adjudicó la obra de la nueva estación de "
        "autobuses.",
        "es",
        "Vigo",
        "ES",
        (),
        D5,
    ),
    (
        "Redacción\nAlicante 05·12·26 | 10:32\nLa Policía Local detuvo a un conductor que "
        "triplicaba la tasa de alcohol.",
        "es",
        "Alicante",
        "ES",
        (),
        D5,
    ),
    (
        "Marta Cobas\nOurense / La Voz\n05/12/2026 10:32 h\nEl Concello aprobó los presupuestos "
        "para el año próximo.",
        "es",
        "Ourense",
        "ES",
        ("La Voz",),
        D5,
    ),
    (
        "Valladolid\nSábado, 5 de diciembre 2026, 10:32\nEl Ayuntamiento aprobó la nueva ordenanza "
        "de terrazas.",
        "es",
        "Valladolid",
        "ES",
        (),
        D5,
    ),
    (
        "Laura Gómez\nZaragoza\nActualizado: 05/12/2026 10:32h\nEl Gobierno de Aragón aprobó el "
        "plan de vivienda.",
        "es",
        "Zaragoza",
        "ES",
        (),
        D5,
    ),
    (
        "Mérida, Yucatán.- El gobierno estatal inauguró un nuevo hospital en el oriente de la "
        "ciudad.",
        "es",
        "Mérida",
        "MX",
        (),
        None,
    ),
    (
        "Hermosillo, Son.- La Fiscalía investiga el ataque a un negocio en la colonia Centro.",
        "es",
        "Hermosillo",
        "MX",
        (),
        None,
    ),
    (
        "Morelia, Mich.- Maestros bloquearon las vías del tren por tercer día consecutivo.",
        "es",
        "Morelia",
        "MX",
        (),
        None,
    ),
    (
        "Toluca, Estado de México / sábado 5 de diciembre de 2026\nEl gobierno estatal presentó su "
        "plan de seguridad.",
        "es",
        "Toluca",
        "MX",
        (),
        D5,
    ),
    (
        "Mendoza.- La Legislatura aprobó el presupuesto provincial para el año próximo.",
        "es",
        "Mendoza",
        "AR",
        (),
        None,
    ),
    (
        "Medellín – La Alcaldía anunció una nueva línea de metrocable para la comuna 8.",
        "es",
        "Medellín",
        "CO",
        (),
        None,
    ),
    (
        "Valparaíso.- El Congreso despachó la ley de presupuesto tras una larga sesión.",
        "es",
        "Valparaíso",
        "CL",
        (),
        None,
    ),
    (
        "León (EFE).- La Junta de Castilla y León aprobó el plan de empleo para 2027.",
        "es",
        "León",
        "ES",
        ("EFE",),
        None,
    ),
    (
        "Santander | El Gobierno de Cantabria aprobó los presupuestos regionales.",
        "es",
        "Santander",
        "ES",
        (),
        None,
    ),
    (
        "Por Redacción\n05 de diciembre de 2026 · 10:32\nGIJÓN.- El Ayuntamiento aprobó la "
        "ampliación del puerto deportivo.",
        "es",
        "GIJÓN",
        "ES",
        (),
        D5,
    ),
    (
        "Barranquilla, 5 de diciembre de 2026 – El Distrito anunció el cierre de la Vía 40.",
        "es",
        "Barranquilla",
        "CO",
        (),
        D5,
    ),
    (
        "Guayaquil.- El Municipio declaró la emergencia vial en el centro de la ciudad.",
        "es",
        "Guayaquil",
        "EC",
        (),
        None,
    ),
    (
        "SAN PEDRO SULA.- La Policía capturó a dos pandilleros en la colonia Rivera Hernández.",
        "es",
        "SAN PEDRO SULA",
        "HN",
        (),
        None,
    ),
    (
        "Badajoz, 5 dic (EFE).- La Junta de Extremadura licitó el último tramo de la autovía.",
        "es",
        "Badajoz",
        "ES",
        ("EFE",),
        D5,
    ),
    (
        "Murcia, 05/12/2026 - 10:32\nLa Comunidad aprobó el decreto de medidas contra la sequía.",
        "es",
        "Murcia",
        "ES",
        (),
        D5,
    ),
    (
        "Puebla, Pue.- El Congreso local aprobó la ley de ingresos del municipio.",
        "es",
        "Puebla",
        "MX",
        (),
        None,
    ),
    (
        "Salta.- El Gobierno provincial declaró la emergencia hídrica en tres departamentos.",
        "es",
        "Salta",
        "AR",
        (),
        None,
    ),
    (
        "Salamanca\n5 de diciembre de 2026\nLa Universidad inauguró un nuevo edificio de "
        "investigación.",
        "es",
        "Salamanca",
        "ES",
        (),
        D5,
    ),
    (
        "Por Ana Martín | Valencia\nEl Consell aprobó el decreto de vivienda asequible.",
        "es",
        "Valencia",
        "ES",
        (),
        None,
    ),
    (
        "Granada — Actualizado 05/12/2026 10:32\nEl Ayuntamiento aprobó la zona de bajas "
        "emisiones.",
        "es",
        "Granada",
        "ES",
        (),
        D5,
    ),
    # --- Italian local papers and portals, Ticino
    (
        "MONZA – I carabinieri hanno arrestato un uomo per furto in un supermercato.",
        "it",
        "MONZA",
        "IT",
        (),
        None,
    ),
    (
        "Lecce – La Provincia ha approvato il bilancio di previsione per il 2027.",
        "it",
        "Lecce",
        "IT",
        (),
        None,
    ),
    (
        "CRONACA\nBRESCIA – Un incendio ha distrutto un capannone nella zona industriale.",
        "it",
        "BRESCIA",
        "IT",
        (),
        None,
    ),
    (
        "di Luca Rossi\nSalerno, 5 dicembre 2026 - Il Comune ha chiuso le scuole per l'allerta "
        "meteo.",
        "it",
        "Salerno",
        "IT",
        (),
        D5,
    ),
    (
        "Ultimo aggiornamento: 05/12/2026 10:32\nAncona – La Regione ha stanziato fondi per le "
        "imprese.",
        "it",
        "Ancona",
        "IT",
        (),
        D5,
    ),
    (
        "Sassari. Un uomo è stato arrestato dopo una lite in un bar del centro storico.",
        "it",
        "Sassari",
        "IT",
        (),
        None,
    ),
    (
        "Olbia – L'aeroporto ha registrato un nuovo record di passeggeri in novembre.",
        "it",
        "Olbia",
        "IT",
        (),
        None,
    ),
    (
        "PERUGIA - La Procura ha aperto un'inchiesta sull'appalto del nuovo ospedale.",
        "it",
        "PERUGIA",
        "IT",
        (),
        None,
    ),
    (
        "Redazione\n05/12/2026 - 10:32\nPescara. Un incendio è divampato in un appartamento del "
        "centro.",
        "it",
        "Pescara",
        "IT",
        (),
        D5,
    ),
    (
        "Bolzano – La Provincia ha approvato il piano per la casa a prezzi calmierati.",
        "it",
        "Bolzano",
        "IT",
        (),
        None,
    ),
    (
        "Latina, 5 dicembre – La Prefettura ha convocato il comitato per l'ordine e la sicurezza.",
        "it",
        "Latina",
        "IT",
        (),
        D5,
    ),
    (
        "Catania – Una scossa di terremoto è stata avvertita all'alba in tutta la provincia.",
        "it",
        "Catania",
        "IT",
        (),
        None,
    ),
    (
        "Reggio Calabria – La Guardia di Finanza ha sequestrato beni per due milioni di euro.",
        "it",
        "Reggio Calabria",
        "IT",
        (),
        None,
    ),
    (
        "Novara. I vigili del fuoco sono intervenuti per un incendio in una cascina.",
        "it",
        "Novara",
        "IT",
        (),
        None,
    ),
    (
        "Pubblicato il: 05/12/2026 – 10:32\nUdine – La Regione ha stanziato nuovi fondi per la "
        "montagna.",
        "it",
        "Udine",
        "IT",
        (),
        D5,
    ),
    (
        "Bellinzona – Il Gran Consiglio ha approvato il preventivo del Cantone.",
        "it",
        "Bellinzona",
        "CH",
        (),
        None,
    ),
    (
        "La Spezia – Il porto ha registrato un calo dei container nel terzo trimestre.",
        "it",
        "La Spezia",
        "IT",
        (),
        None,
    ),
    (
        "Pisa\n5 dicembre 2026\nL'università ha aperto un nuovo polo didattico in città.",
        "it",
        "Pisa",
        "IT",
        (),
        D5,
    ),
    (
        "di Paolo Neri | Parma\nIl Comune ha approvato il bilancio di previsione.",
        "it",
        "Parma",
        "IT",
        (),
        None,
    ),
    # --- Brazilian and Portuguese portals and papers, Angola
    (
        "Colaboração para o UOL, em Porto Alegre\n05/12/2026 10h32\nA chuva deixou bairros "
        "alagados na zona norte.",
        "pt",
        "Porto Alegre",
        "BR",
        (),
        D5,
    ),
    (
        "DE BELO HORIZONTE\nA prefeitura anunciou um novo plano de obras contra enchentes.",
        "pt",
        "BELO HORIZONTE",
        "BR",
        (),
        None,
    ),
    (
        "Londrina (PR) – A prefeitura decretou situação de emergência por causa da chuva.",
        "pt",
        "Londrina",
        "BR",
        (),
        None,
    ),
    (
        "Campina Grande (PB) – A Polícia Civil prendeu dois suspeitos de assalto.",
        "pt",
        "Campina Grande",
        "BR",
        (),
        None,
    ),
    (
        "Juiz de Fora, MG – A Câmara aprovou o orçamento da cidade para 2027.",
        "pt",
        "Juiz de Fora",
        "BR",
        (),
        None,
    ),
    (
        "Cuiabá – O governo estadual anunciou a duplicação da rodovia até a capital.",
        "pt",
        "Cuiabá",
        "BR",
        (),
        None,
    ),
    (
        "Viana do Castelo, 05 dez 2026 (Lusa) – A câmara aprovou o orçamento municipal.",
        "pt",
        "Viana do Castelo",
        "PT",
        ("Lusa",),
        D5,
    ),
    (
        "Porto – A Câmara Municipal aprovou a nova linha de metro até Gondomar.",
        "pt",
        "Porto",
        "PT",
        (),
        None,
    ),
    (
        "Leiria. A câmara aprovou o orçamento municipal para o próximo ano.",
        "pt",
        "Leiria",
        "PT",
        (),
        None,
    ),
    (
        "Por Redação\n05/12/2026 às 10h32\nJOINVILLE – A Defesa Civil emitiu alerta de temporal.",
        "pt",
        "JOINVILLE",
        "BR",
        (),
        D5,
    ),
    (
        "Publicado em 05/12/2026 - 10:32 | Atualizado em 05/12/2026 - 11:05\nRibeirão Preto – A "
        "prefeitura suspendeu as aulas.",
        "pt",
        "Ribeirão Preto",
        "BR",
        (),
        D5,
    ),
    (
        "Natal/RN – O governo do estado decretou emergência na saúde pública.",
        "pt",
        "Natal",
        "BR",
        (),
        None,
    ),
    (
        "Santos (SP), 05/12/2026 – O porto bateu recorde de movimentação de cargas.",
        "pt",
        "Santos",
        "BR",
        (),
        D5,
    ),
    (
        "Da Redação, em Curitiba\nA prefeitura anunciou novas linhas de ônibus para o verão.",
        "pt",
        "Curitiba",
        "BR",
        (),
        None,
    ),
    (
        "Guimarães – A câmara aprovou o plano de mobilidade para o centro histórico.",
        "pt",
        "Guimarães",
        "PT",
        (),
        None,
    ),
    (
        "Huambo – O governo provincial anunciou a reabilitação de estradas secundárias.",
        "pt",
        "Huambo",
        "AO",
        (),
        None,
    ),
    (
        "Aveiro — Atualizado a 05/12/2026 10:32\nA câmara aprovou o orçamento para 2027.",
        "pt",
        "Aveiro",
        "PT",
        (),
        D5,
    ),
    # --- Slovene local pages
    (
        "Kamnik – Občinski svet je sprejel proračun za prihodnje leto.",
        "sl",
        "Kamnik",
        "SI",
        (),
        None,
    ),
    (
        "Škofja Loka – V požaru v stanovanjski hiši ni bilo poškodovanih.",
        "sl",
        "Škofja Loka",
        "SI",
        (),
        None,
    ),
    (
        "POSTOJNA – Policisti so prijeli voznika, ki je vozil pod vplivom alkohola.",
        "sl",
        "POSTOJNA",
        "SI",
        (),
        None,
    ),
    (
        "Jesenice, 5. decembra (STA) – Železarna bo do konca leta odpustila sto delavcev.",
        "sl",
        "Jesenice",
        "SI",
        ("STA",),
        D5,
    ),
    (
        "Lokalno\nTrbovlje – Občina bo prihodnje leto obnovila mestni bazen.",
        "sl",
        "Trbovlje",
        "SI",
        (),
        None,
    ),
    (
        "Koper. Pristanišče je letos pretovorilo rekordno količino avtomobilov.",
        "sl",
        "Koper",
        "SI",
        (),
        None,
    ),
    (
        "Domžale, 05. 12. 2026 – Občina je predstavila načrt za nov vrtec.",
        "sl",
        "Domžale",
        "SI",
        (),
        D5,
    ),
    (
        "Avtor: Maja Kos | 05. 12. 2026 ob 10:32\nSlovenska Bistrica – Občina je odprla nov vrtec.",
        "sl",
        "Slovenska Bistrica",
        "SI",
        (),
        D5,
    ),
    (
        "Piran – Občina bo s prihodnjim letom zvišala turistično takso.",
        "sl",
        "Piran",
        "SI",
        (),
        None,
    ),
    ("Kranjska Gora – Smučišče bo sezono odprlo v soboto.", "sl", "Kranjska Gora", "SI", (), None),
    (
        "Maribor\n5. 12. 2026\nMestni svet je sprejel proračun za prihodnji dve leti.",
        "sl",
        "Maribor",
        "SI",
        (),
        D5,
    ),
    # --- English local papers: the US (a state's abbreviation, a station's letters)
    (
        "COLUMBIA, Mo. — The University of Missouri Board of Curators approved a tuition increase "
        "Friday.",
        "en",
        "COLUMBIA",
        "US",
        (),
        None,
    ),
    (
        "Posted Dec 5, 2026 at 10:32 AM\nGREENVILLE, S.C. — The county council approved a new road "
        "tax.",
        "en",
        "GREENVILLE",
        "US",
        (),
        D5,
    ),
    (
        "By Jane Doe | jdoe@denverpost.com | The Denver Post\nPUBLISHED: December 5, 2026 at 10:32 "
        "a.m. | UPDATED: December 5, 2026 at 11:05 a.m.\nAURORA — The city council voted to ban "
        "camping in parks.",
        "en",
        "AURORA",
        "US",
        (),
        D5,
    ),
    (
        "RALEIGH, N.C. (WRAL) — State lawmakers returned to the capitol on Friday.",
        "en",
        "RALEIGH",
        "US",
        ("WRAL",),
        None,
    ),
    (
        "TULSA, Okla. — A fire destroyed a vacant warehouse near downtown on Friday.",
        "en",
        "TULSA",
        "US",
        (),
        None,
    ),
    (
        "Sheboygan — The city council voted Thursday to close two fire stations.",
        "en",
        "Sheboygan",
        "US",
        (),
        None,
    ),
    (
        "MONTGOMERY, Ala. — Alabama lawmakers approved a new prison plan on Friday.",
        "en",
        "MONTGOMERY",
        "US",
        (),
        None,
    ),
    (
        "By Sarah Jones\nThe Tennessean\nNASHVILLE, Tenn. — Metro Council approved the budget on "
        "Friday.",
        "en",
        "NASHVILLE",
        "US",
        (),
        None,
    ),
    (
        "Updated 10:32 AM EST Dec. 5, 2026\nBURLINGTON, Vt. — The city council voted to expand the "
        "bike path.",
        "en",
        "BURLINGTON",
        "US",
        (),
        "2026-12-05T15:32",
    ),
    (
        "ANN ARBOR — The University of Michigan Board of Regents approved a tuition increase "
        "Thursday.",
        "en",
        "ANN ARBOR",
        "US",
        (),
        None,
    ),
    (
        "Bakersfield, Calif. — Kern County supervisors approved a new jail budget on Friday.",
        "en",
        "Bakersfield",
        "US",
        (),
        None,
    ),
    (
        "EL PASO, Texas (KTSM) — A water main break flooded several streets on Friday.",
        "en",
        "EL PASO",
        "US",
        ("KTSM",),
        None,
    ),
    # --- the UK, Ireland, Australia, New Zealand, Canada
    (
        "Newry – Police have arrested two men after a robbery at a filling station.",
        "en",
        "Newry",
        "GB",
        (),
        None,
    ),
    (
        "Tralee, Co Kerry – The county council has approved a new greenway.",
        "en",
        "Tralee",
        "IE",
        (),
        None,
    ),
    (
        "Athlone — Gardaí are investigating a serious assault in the town centre.",
        "en",
        "Athlone",
        "IE",
        (),
        None,
    ),
    (
        "Inverness – Highland Council has approved a new school building programme.",
        "en",
        "Inverness",
        "GB",
        (),
        None,
    ),
    (
        "WAGGA WAGGA – Police have charged a man after a crash on the Sturt Highway.",
        "en",
        "WAGGA WAGGA",
        "AU",
        (),
        None,
    ),
    (
        "Townsville – A crocodile was removed from a popular beach on Friday.",
        "en",
        "Townsville",
        "AU",
        (),
        None,
    ),
    (
        "Dunedin – The city council has approved a new roof for the stadium.",
        "en",
        "Dunedin",
        "NZ",
        (),
        None,
    ),
    ("Moncton — The city council approved a new arena on Friday.", "en", "Moncton", "CA", (), None),
    (
        "Sligo — Updated 5 December 2026 10:32\nThe county council has approved the new ring road.",
        "en",
        "Sligo",
        "IE",
        (),
        D5,
    ),
    (
        "Jane Doe | Cardiff\nThe Welsh Government has announced new funding for rail services.",
        "en",
        "Cardiff",
        "GB",
        (),
        None,
    ),
    # --- India, Nigeria, Kenya, Zambia, Ghana, Zimbabwe, South Africa
    (
        "Vadodara: The civic body has begun a drive against stray cattle on city roads.",
        "en",
        "Vadodara",
        "IN",
        (),
        None,
    ),
    (
        "Nagpur, Dec 5: The winter session of the state legislature opened on Friday.",
        "en",
        "Nagpur",
        "IN",
        (),
        D5,
    ),
    (
        "TNN | Dec 5, 2026, 10.32 AM IST\nVARANASI: The district administration has banned boating "
        "on the Ganga.",
        "en",
        "VARANASI",
        "IN",
        (),
        "2026-12-05T05:02",
    ),
    (
        "Express News Service\nMangaluru: The district administration has declared a holiday for "
        "schools.",
        "en",
        "Mangaluru",
        "IN",
        (),
        None,
    ),
    (
        "PRAYAGRAJ: The Allahabad High Court on Friday granted bail to the accused.",
        "en",
        "PRAYAGRAJ",
        "IN",
        (),
        None,
    ),
    (
        "Kano — The state government has banned street begging in the city.",
        "en",
        "Kano",
        "NG",
        (),
        None,
    ),
    (
        "ELDORET, Kenya, Dec 5 – Farmers have begun harvesting maize in the region.",
        "en",
        "ELDORET",
        "KE",
        (),
        D5,
    ),
    (
        "Mombasa — The county government has closed two beaches over sewage pollution.",
        "en",
        "Mombasa",
        "KE",
        (),
        None,
    ),
    (
        "LUSAKA — The Zambian government has lifted the ban on maize exports.",
        "en",
        "LUSAKA",
        "ZM",
        (),
        None,
    ),
    (
        "Kumasi, Dec. 5, GNA – The Ashanti Regional Minister has inaugurated a new market.",
        "en",
        "Kumasi",
        "GH",
        ("GNA",),
        D5,
    ),
    (
        "By Staff Reporter\nMUTARE — The city council has approved a new water tariff.",
        "en",
        "MUTARE",
        "ZW",
        (),
        None,
    ),
    (
        "Pietermaritzburg – The municipality has been placed under administration.",
        "en",
        "Pietermaritzburg",
        "ZA",
        (),
        None,
    ),
]


_row = partial(row_starting, STYLES)  # the text of the one row that starts so

_BYLINE_BAR = (
    "a name, a bar and a known place on its own line: with no byline word the name may be a "
    "section's ('World News | London')"
)

# The rows still read wrong, and why (each must still fail: a fix shows as an unexpected pass).
MISSED: dict[str, str] = {
    _row("Toluca"): "a place, its state, a slash and the page's date: no form reads it",
    _row("Por Ana Martín"): (
        "read, but the gazetteer takes Venezuela's Valencia, the largest of the name, for "
        "Spanish copy"
    ),
    _row("Jane Doe | Cardiff"): _BYLINE_BAR,
    _row("DE BELO HORIZONTE"): "Folha's 'DE' before the place is no form the grammar reads",
    _row("Marta Cobas"): "the place, a slash and the paper's name ('/ La Voz'): no known agency",
    _row("Bregenz (VN)"): "two capitals in brackets read as a region's code, as Brazil's '(AM)'",
}

STYLE_CASES = xfail_cases(STYLES, MISSED)


@pytest.mark.parametrize(("text", "lang", "place", "cc", "agencies", "when"), STYLE_CASES)
def test_local_paper_dateline(resolver, text, lang, place, cc, agencies, when):
    assert_row_read(resolver, (text, lang, place, cc, agencies, when), CAPTURED)


# text, language: no dateline in any of them
LOOK_ALIKES = [
    # "Read also:" lines and their kin, a place first after the colon or bar
    ("Lees ook: Utrecht – Gemeente stopt met gratis parkeren", "nl"),
    ("Lees ook | Groningen: brand in studentenhuis", "nl"),
    ("Ook interessant: Zwolle krijgt een nieuw station", "nl"),
    ("Auch interessant: Köln – Stadt sperrt die Rheinbrücke", "de"),
    ("Mehr zum Thema: Ulm – Das Münster wird saniert", "de"),
    ("Leggi anche | Torino, chiude la storica libreria", "it"),
    ("Te puede interesar: Vigo – El Concello licita la obra", "es"),
    ("Veja também: Campinas – Prefeitura anuncia obras", "pt"),
    ("À lire aussi : Brest – Le port s'agrandit", "fr"),
    ("Preberite tudi: Maribor – Mestni svet je sprejel proračun", "sl"),
    ("Read more: Cork – Council approves new bus lanes", "en"),
    ("ALSO READ | Pune: Metro line to open next week", "en"),
    # kickers that are topics, some with a place
    ("HOCHWASSER IN DER PFALZ\nDie Pegel steigen weiter.", "de"),
    ("Brand in Moers – Die Feuerwehr war die ganze Nacht im Einsatz.", "de"),
    ("MALTEMPO IN LIGURIA\nScuole chiuse a Genova e Savona.", "it"),
    ("Incendio a Monza – Evacuate venti famiglie.", "it"),
    ("TEMPORAL EM SÃO PAULO\nA Defesa Civil emitiu alerta.", "pt"),
    ("Inundaciones en Valencia – Los vecinos limpian el barro.", "es"),
    ("Drama in Deventer – Man overleden na steekpartij.", "nl"),
    ("Grève à Marseille – Les éboueurs reprennent le travail.", "fr"),
    ("Poplave v Celju – Reka je prestopila bregove.", "sl"),
    ("Storm Éowyn – Thousands without power in Galway.", "en"),
    # sections' names, some a place word
    ("Regio – De gemeenteraad vergadert maandag over de begroting.", "nl"),
    ("Binnenland | Het kabinet presenteert nieuwe plannen.", "nl"),
    ("Region – Der Kreistag tagt am Montag.", "de"),
    ("Lokales Köln | Die Stadt plant eine neue Brücke.", "de"),
    ("Cronaca locale – Il sindaco ha firmato l'ordinanza.", "it"),
    ("Provincia | Il Consiglio provinciale approva il bilancio.", "it"),
    ("Comarcas – El Ayuntamiento aprobó las cuentas.", "es"),
    ("Região – A câmara aprovou o orçamento.", "pt"),
    ("Faits divers – Un homme a été interpellé samedi.", "fr"),
    ("Lokalno – Občina bo obnovila cesto.", "sl"),
    ("Slovenija | Vlada je sprejela proračun.", "sl"),
    ("Local News | The council voted to close the library.", "en"),
    # bylines whose paper or post names a city or a region
    ("By Tom Smith, Manchester Evening News\nThe council has approved a new tram line.", "en"),
    ("Por Ana López, El Correo de Andalucía\nLa Junta aprobó el plan.", "es"),
    ("Von Jan Meier, Hamburger Abendblatt\nDie Stadt plant eine neue Elbbrücke.", "de"),
    ("Door Piet de Vries, Leeuwarder Courant\nDe provincie trekt geld uit.", "nl"),
    ("di Paolo Neri, Il Mattino di Padova\nIl Comune ha approvato il bilancio.", "it"),
    ("Par Luc Martin, Nice-Matin\nLa mairie a voté son budget.", "fr"),
    ("Por João Silva, Diário de Pernambuco\nO governo anunciou obras.", "pt"),
    ("Jane Doe, Wales correspondent\nThe Welsh Government has announced new funding.", "en"),
    ("By Sean Murphy, Connacht Tribune\nThe county council approved the plan.", "en"),
    ("Avtor: Maja Kos, Primorske novice\nObčina je predstavila proračun.", "sl"),
    # photo credits, some a city's police or council
    ("Foto: Omroep Brabant", "nl"),
    ("Foto: ANP / Rob Engelaar", "nl"),
    ("Bild: Kantonspolizei St. Gallen", "de"),
    ("Foto: Polizei Bochum", "de"),
    ("Foto: Ayuntamiento de Vigo", "es"),
    ("Foto: Marcelo Camargo/Agência Brasil", "pt"),
    ("Foto: Prefeitura de Campinas/Divulgação", "pt"),
    ("Crédit photo : Ville de Brest", "fr"),
    ("Photo : Le Télégramme/Lionel Le Saux", "fr"),
    ("Foto: Comune di Bergamo", "it"),
    ("Foto: Tomaž Primožič/FPA", "sl"),
    ("Photo: Getty Images", "en"),
    ("Picture: Dublin Fire Brigade", "en"),
    # events' venues
    ("Ahoy Rotterdam – Het concert is uitverkocht.", "nl"),
    ("Olympiastadion Berlin – Das Konzert ist ausverkauft.", "de"),
    ("Messe Frankfurt – Die Buchmesse meldet einen Besucherrekord.", "de"),
    ("Arena di Verona – La stagione lirica si apre a giugno.", "it"),
    ("Estádio do Dragão – O jogo foi adiado.", "pt"),
    ("Palau Sant Jordi – El concierto se aplaza.", "es"),
    ("Zénith de Nantes – Le concert est reporté.", "fr"),
    ("Wembley Stadium – The final will kick off at 8pm.", "en"),
    ("Arena Stožice – Koncert je razprodan.", "sl"),
    # streets
    ("Coolsingel – De winterkermis trekt veel bezoekers.", "nl"),
    ("Königsallee – Die Geschäfte öffnen am Sonntag.", "de"),
    ("Via del Corso – I negozi restano aperti la domenica.", "it"),
    ("Gran Vía – El tráfico se corta el domingo.", "es"),
    ("Avenida Paulista – A via será fechada para carros no domingo.", "pt"),
    ("Cours Mirabeau – Le marché de Noël ouvre samedi.", "fr"),
    ("Grafton Street – Shoppers returned in large numbers.", "en"),
    ("Čopova ulica – Trgovine bodo odprte v nedeljo.", "sl"),
    # sports scores
    ("PSV – Feyenoord 3-2: De Eindhovenaren pakken de koppositie.", "nl"),
    ("Bayern München – Borussia Dortmund 2:1. Kane trifft doppelt.", "de"),
    ("Bologna – Fiorentina 1-1: pari al Dall'Ara.", "it"),
    ("Sevilla 2 Betis 1: el derbi es sevillista.", "es"),
    ("Grêmio 1 x 0 Internacional: o Gre-Nal foi tricolor.", "pt"),
    ("Marseille – Nice 1-0 : l'OM s'impose au Vélodrome.", "fr"),
    ("Cork 2-14 Kerry 1-18: the Kingdom march on.", "en"),
    ("Leeds 3 Sheffield Wednesday 0 - Leeds go top of the table.", "en"),
    ("Maribor – Koper 1:1. Derbi se je končal brez zmagovalca.", "sl"),
    # weather lines
    ("Amsterdam 8° – Zwaar bewolkt met kans op regen.", "nl"),
    ("Berlin: 4 Grad, Regen und Wind aus Südwest", "de"),
    ("Madrid 12 °C | Soleado con intervalos nubosos", "es"),
    ("Lisboa, 16°C – céu nublado", "pt"),
    ("Milano 6° / 11° – Nebbia in pianura", "it"),
    ("Lyon : 7 °C, averses en soirée", "fr"),
    ("Ljubljana: 3 °C, megla", "sl"),
    ("Dublin: 9C, showers clearing later", "en"),
    # headlines: a place and a colon
    ("Enschede: brandweer rukt uit voor brand in loods", "nl"),
    ("Göttingen: Radfahrer bei Unfall schwer verletzt", "de"),
    ("Bergamo: incendio in un capannone, nessun ferito", "it"),
    ("Alicante: la Policía detiene a un hombre por robo", "es"),
    ("Curitiba: prefeitura anuncia novas linhas de ônibus", "pt"),
    ("Limoges : un incendie ravage un entrepôt", "fr"),
    ("Galway: Council approves new ring road", "en"),
    ("Sheffield: Man charged after city centre stabbing", "en"),
    ("Celje: v požaru je zgorela hiša", "sl"),
    # an event's when and where, a source line, a press contact
    ("Wann: 12. Dezember, 19 Uhr – Wo: Kulturzentrum Lindenhof, Göppingen", "de"),
    ("Quando: sabato 12 dicembre, ore 21 – Dove: Teatro Verdi, Pisa", "it"),
    ("Bron: Gemeente Utrecht", "nl"),
    ("Quelle: Polizei Bochum", "de"),
    ("Fonte: Prefeitura de Campinas", "pt"),
    ("Fuente: Ayuntamiento de Zaragoza", "es"),
    ("Pressekontakt: Stadt Ulm, Marktplatz 1, 89073 Ulm", "de"),
    # added with the rule for a place alone on its line above the page's stamp: with no body
    # below, or no year in the stamp, it stays unread
    ("Lüneburg\n05.12.2026", "de"),
    ("Salamanca\nActualizado: 05/12/2026 10:32h", "es"),
    ("Enschede\nzaterdag 5 december\nDe gemeente sluit twee zwembaden.", "nl"),
    # added with the rule for a place, a dash or a dot and the page's stamp: a byline or a
    # headline before the dash, a stamp with no body below, stay unread
    ("Jan de Vries — 5 december 2026\nDe gemeente sluit twee zwembaden.", "nl"),
    ("Granada — Actualizado 05/12/2026 10:32", "es"),
    ("Hochwasser in Passau · 05.12.2026\nDie Pegel steigen weiter.", "de"),
    # added with the rule for a byline, a bar and a place: a paper or a section after the bar
    # stays unread (a comma there reads the place since read18: "Von Jan Becker, Rostock")
    ("Door Sanne Visser | Dagblad van het Noorden\nDe provincie trekt geld uit.", "nl"),
    ("By Tom Smith | Local News\nThe council has approved a new tram line.", "en"),
    # added with the rule for a place and a stamp in figures after a blank: a year alone, a
    # club's name, stay unread
    ("Vigo 2026 | Programa de fiestas\nEl Concello presentó el programa.", "es"),
    ("Real Madrid 05·12·26 | 10:32\nEl club anunció la renovación de su capitán.", "es"),
    # added with the rule for a credit line's "em" before its place: a stamp with no body
    # below, a place that is a street, stay unread
    ("Da Redação, em Curitiba\n05/12/2026 às 10h32", "pt"),
    ("Do UOL, em Avenida Paulista\nA via será fechada para carros no domingo.", "pt"),
    # added with the rule for a place, a comma, a date and a clock alone on a line: a letter's
    # place and date, with no clock, stays unread
    ("Maribor, 5. 12. 2026\nSpoštovani, pišem vam glede novega proračuna.", "sl"),
    ("Zwolle, 05-12-2026\nGeachte heer, mevrouw, hierbij mijn bezwaar.", "nl"),
    # read17, written before the rule for a caps place whose first word is short: an acronym or
    # a short word heading a league's, a firm's, a team's, a paper's or a party's name
    ("NBA FINALS — The Celtics took a 2-0 lead in the series on Thursday night.", "en"),
    ("BBC NEWS — The corporation will cut 500 jobs over the next two years.", "en"),
    ("USA TODAY — The paper will end its daily print edition in the spring.", "en"),
    ("MAN CITY — Pep Guardiola has signed a new two-year contract with the club.", "en"),
    ("AIR INDIA — The airline will order 100 new planes from Airbus and Boeing.", "en"),
    ("ATP FINALS — Sinner beat Alcaraz in straight sets to reach the final.", "en"),
    ("BIG APPLE — The mayor unveiled a budget that cuts spending on the police.", "en"),
    ("TOP GUN — The sequel broke box-office records on its opening weekend.", "en"),
    ("ONE NATION — Pauline Hanson's party lost its second seat in the Senate.", "en"),
    ("ALL BLACKS — The coach named five new caps in his squad for the tour.", "en"),
    ("RED BULL — The team unveiled its new car at a launch in Milton Keynes.", "en"),
    ("CDU SPITZE – Der Parteichef will die Führung neu aufstellen.", "de"),
    ("EU GIPFEL – Die Staats- und Regierungschefs einigten sich in der Nacht.", "de"),
    ("VTV NEWS — Đài truyền hình quốc gia sẽ mở kênh mới.", "vi"),
    ("ABC NEWS — The network named a new anchor for its evening bulletin.", "en"),
    ("OLD TRAFFORD — United will build a new stadium next to the old one.", "en"),
]

# The look-alikes still read as datelines, and why.
FIRING: dict[str, str] = {
    "Granada — Actualizado 05/12/2026 10:32": (
        "a place, a dash and a short line that ends the text: read as a dateline and its body "
        "(a dash's body may be a text cut short)"
    ),
    **dict.fromkeys(
        (
            "BIG APPLE — The mayor unveiled a budget that cuts spending on the police.",
            "OLD TRAFFORD — United will build a new stadium next to the old one.",
        ),
        "a nickname or a stadium the gazetteer knows as a place (a city's, a district's), "
        "opened by a word on the list of short words that open places ('BIG', 'OLD')",
    ),
}

LOOK_ALIKE_CASES = xfail_cases(LOOK_ALIKES, FIRING)


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKE_CASES)
def test_local_look_alike_is_no_dateline(text, lang):
    brief = first_dated(text, CAPTURED)
    assert brief is None, brief.dateline


@pytest.mark.parametrize(
    ("line", "lang", "when"),
    [
        # a date in figures with a two-digit year, as DPG's and Prensa Ibérica's sites stamp it
        ("05-12-26, 10:32", "nl", D5),
        ("Laatste update: 05-12-26, 11:05", "nl", D5),
        ("05·12·26 | 10:32", "es", D5),
        # a line that opens with the weekday, then the date with its year
        ("Zaterdag 5 december 2026, 10:32", "nl", D5),
        ("Samstag, 05.12.2026, 10:32 Uhr", "de", D5),
        ("Sábado, 5 de diciembre 2026, 10:32", "es", D5),
        # the date, then a clock or the page's furniture after a bar, a dot or a dash
        ("05.12.2026, 10:32 Uhr | Lesedauer: 3 Min.", "de", D5),
        ("05 de diciembre de 2026 · 10:32", "es", D5),
        ("05/12/2026 - 10:32", "it", D5),
        # the stamp words 'Bewerkt' and French 'Le' before the date
        ("Bewerkt: 5 december 2026 om 10:32", "nl", D5),
        ("Le 05/12/2026 à 10h32", "fr", D5),
        # no year, no date, or prose: no stamp
        ("Samstag, 5. Dezember", "de", None),
        ("Le gouvernement a voté le budget", "fr", None),
        # a sentence that opens with its date: 'le' further on is its article, no second stamp
        ("Le 3 décembre, le ministre avait promis des moyens nouveaux.", "fr", None),
        ("Le 3 décembre, le ministre avait promis des moyens nouveaux.", None, None),
        ("Publié le 5 décembre 2026, le conseil municipal a voté le budget.", "fr", None),
        # a date with its article alone and no year is a headline's ("Le 11 novembre"): the
        # article, unlike a stamp's word, does not say the date is the page's
        ("Le 11 novembre", "fr", None),
        ("Le 3 décembre à 10h32", "fr", None),
        ("Publié le 3 décembre à 10h32", "fr", "2026-12-03"),
        ("05.12.2026 – Die Bahn streicht zahlreiche Verbindungen", "de", None),
        ("12-05-26", "en", None),  # English writes both orders: the figures do not decide
    ],
)
def test_a_local_page_stamp(line, lang, when):
    """The stamps regional papers' sites print above the dateline, read as the page's time."""
    from parsing.timeparse import resolve_stamp

    assert when_text(resolve_stamp(line, lang, CAPTURED)) == when


def test_a_french_sentence_above_the_next_dateline_is_no_stamp():
    """The last line of one brief, a sentence that opens with a date ("Le 3 décembre, le
    ministre ..."), is not the page's stamp of the brief below it: its time stays unknown."""
    from parsing.page import parse_page

    text = (
        "PARIS (AFP) - Le gouvernement a annoncé samedi un plan pour les hôpitaux.\n"
        "Le 3 décembre, le ministre avait promis des moyens nouveaux.\n\n"
        "LYON (AFP) - Le conseil municipal a voté le budget samedi soir."
    )
    briefs = parse_page(text, captured_at=CAPTURED)
    assert [b.dateline.place for b in briefs] == ["PARIS", "LYON"]
    assert briefs[1].published_at is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KEY WEST — The city will close its beaches before the storm arrives on Friday.",
         "KEY WEST"),
        ("ELK GROVE — The city council approved a new park on Tuesday night.", "ELK GROVE"),
        ("HAT YAI — Floods cut the city off from Bangkok for a third day.", "HAT YAI"),
        ("NHA TRANG — Tourist arrivals rose by a fifth in November.", "NHA TRANG"),
        ("Ice storm hits town. OAK PARK — Crews worked through the night to restore power.",
         "OAK PARK"),
        # an acronym heading a name the gazetteer does not know stays a kicker
        ("ATP GENEVE - Le Suisse s'est qualifié pour les demi-finales.", None),
        ("ICE CREAM — Sales rose by a fifth over the summer months.", None),
    ],
)  # fmt: skip
def test_a_caps_place_whose_first_word_is_short(text, place):
    """A first word of three capitals or fewer opens a place the gazetteer knows whole (read17):
    places open with short words that are no acronym ("KEY WEST", "HAT YAI")."""
    brief = first_dated(text, CAPTURED)
    assert (brief.dateline.place if brief else None) == place
