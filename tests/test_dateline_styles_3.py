"""Datelines of newspapers and news sites in the web set's eight languages, read end to end.

Written for this test, in batches each committed before the parser read them, from how papers
and news sites in German, English, Spanish, Italian, Portuguese, French, Dutch and Slovene (and
their regional papers) open a story, not taken from any item: title case and mixed datelines
("Rom (dpa) -", "Lisboa, 5 de dezembro (Lusa) -"), two places with a slash
("Brüssel/Straßburg"), a place with its region or country ("Belo Horizonte (MG) -", "Córdoba
(Argentina), 5 dic (EFE).-"), a byline, an age or the page's furniture ("Stand: 05.12.2026 14:32
Uhr", "Publié le 5 déc. 2026 à 14h32") before the dateline, a title line before it, a place then
a full stop ("Berlin. Der Bundestag ...").

Each row: the text, its language, the place as written (None for a credit alone), its country,
the agencies as written, and the time the text gives, as the time reader gives it, for a text
captured at ``CAPTURED``: a date (a dateline's or the furniture's) is that day ("2026-12-05", day
precision, midnight UTC); an age or a day word with a clock ("vor 2 Stunden", "gestern, 18:40
Uhr") is an instant in UTC ("2026-12-05T13:00"), a clock read in the capture time's zone; a
furniture clock with no zone written gives only its date, and one with a zone ("10:32 GMT") the
instant; a clock with no date or day word ("Aggiornato alle 14:32") gives nothing. None: the text
gives no time. Read by ``read_briefs`` and ``locate`` as ``wiremap extract`` reads a text.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import partial

import pytest
from papers_read import assert_row_read, first_dated, row_starting, when_text, xfail_cases

# A page captured at 16:00 Central European time (15:00 UTC) on Saturday 5 December 2026.
CAPTURED = datetime(2026, 12, 5, 16, 0, tzinfo=timezone(timedelta(hours=1)))
D5 = "2026-12-05"
D4 = "2026-12-04"

# text, language, place as written (or None), country, agencies as written, time (or None)
STYLES = [
    # --- German: title case, a credit, a slash pair, a stop, furniture and ages before it
    (
        "Rom (dpa) - Papst Leo XIV. hat die Bischöfe zu einer Synode geladen.",
        "de",
        "Rom",
        "IT",
        ("dpa",),
        None,
    ),
    (
        "Brüssel/Straßburg (dpa) - Das EU-Parlament hat dem Haushalt zugestimmt.",
        "de",
        "Brüssel",
        "BE",
        ("dpa",),
        None,
    ),
    (
        "Stand: 05.12.2026 14:32 Uhr\nHamburg - Der Senat hat den Hafenvertrag gebilligt.",
        "de",
        "Hamburg",
        "DE",
        (),
        D5,
    ),
    (
        "Berlin. Der Bundestag hat am Donnerstag das Rentenpaket beschlossen.",
        "de",
        "Berlin",
        "DE",
        (),
        None,
    ),
    (
        "Von Anna Schmidt\nDresden - Die Landesregierung will zwei Kliniken schließen.",
        "de",
        "Dresden",
        "DE",
        (),
        None,
    ),
    (
        "Streik legt Nahverkehr lahm\nLeipzig (dpa/lsn) - Ein Warnstreik stoppt Busse.",
        "de",
        "Leipzig",
        "DE",
        ("dpa", "lsn"),
        None,
    ),
    (
        "Wien, 5. Dezember (APA) - Die Regierung hat das Budget vorgelegt.",
        "de",
        "Wien",
        "AT",
        ("APA",),
        D5,
    ),
    (
        "Zürich (sda) - Die Zürcher Kantonalbank hat ihren Chef entlassen.",
        "de",
        "Zürich",
        "CH",
        ("sda",),
        None,
    ),
    (
        "Veröffentlicht am 04.12.2026\nMünster – Die Polizei hat einen Verdächtigen festgenommen.",
        "de",
        "Münster",
        "DE",
        (),
        D4,
    ),
    (
        "Frankfurt am Main (dpa) - Der Dax hat am Freitag zugelegt.",
        "de",
        "Frankfurt am Main",
        "DE",
        ("dpa",),
        None,
    ),
    (
        "Halle. Die Stadtverwaltung hat den Haushalt für 2027 vorgelegt.",
        "de",
        "Halle",
        "DE",
        (),
        None,
    ),
    (
        "Graz – Die steirische Landesregierung hat ein Sparpaket beschlossen.",
        "de",
        "Graz",
        "AT",
        (),
        None,
    ),
    (
        "Innsbruck (APA) – Bei einem Lawinenabgang sind zwei Skitourengeher verletzt worden.",
        "de",
        "Innsbruck",
        "AT",
        ("APA",),
        None,
    ),
    (
        "Zuletzt aktualisiert: 04.12.2026 – 18:05 Uhr\nKarlsruhe (dpa/lsw) – Klage abgewiesen.",
        "de",
        "Karlsruhe",
        "DE",
        ("dpa", "lsw"),
        D4,
    ),
    (
        "vor 2 Stunden\nKassel – Die Polizei sucht nach einem Unfall nach Zeugen.",
        "de",
        "Kassel",
        "DE",
        (),
        "2026-12-05T13:00",
    ),
    (
        "gestern, 18:40 Uhr\nBremen – Der Senat hat die Schuldenbremse verteidigt.",
        "de",
        "Bremen",
        "DE",
        (),
        "2026-12-04T17:40",
    ),
    (
        "Luxemburg (dpa) – Der Europäische Gerichtshof hat das Urteil gekippt.",
        "de",
        "Luxemburg",
        "LU",
        ("dpa",),
        None,
    ),
    (
        "Den Haag (dpa) - Der Internationale Strafgerichtshof hat Haftbefehl erlassen.",
        "de",
        "Den Haag",
        "NL",
        ("dpa",),
        None,
    ),
    (
        "Tel Aviv/Gaza (dpa) - Israels Armee hat erneut Ziele angegriffen.",
        "de",
        "Tel Aviv",
        "IL",
        ("dpa",),
        None,
    ),
    ("Basel – Der Pharmakonzern Roche streicht Stellen.", "de", "Basel", "CH", (), None),
    (
        "Bad Homburg (dpa) – Der Medizinkonzern Fresenius hebt seine Prognose an.",
        "de",
        "Bad Homburg",
        "DE",
        ("dpa",),
        None,
    ),
    (
        "St. Pölten, 5. Dezember 2026 (APA) - Der Landtag hat das Budget beschlossen.",
        "de",
        "St. Pölten",
        "AT",
        ("APA",),
        D5,
    ),
    (
        "Saarbrücken/Paris (dpa) – Die Grenzregion will enger zusammenarbeiten.",
        "de",
        "Saarbrücken",
        "DE",
        ("dpa",),
        None,
    ),
    (
        "Bild: Keystone\nBern (sda) – Der Bundesrat hat die Vorlage verabschiedet.",
        "de",
        "Bern",
        "CH",
        ("sda",),
        None,
    ),
    # --- English: papers' and sites' title case, a byline, a stamp with its zone, ages
    (
        "By Sarah Jones\nBelfast – Police in Northern Ireland have arrested two men.",
        "en",
        "Belfast",
        "GB",
        (),
        None,
    ),
    (
        "Updated: 5 December 2026, 10:32 GMT\nEdinburgh - The budget is out.",
        "en",
        "Edinburgh",
        "GB",
        (),
        "2026-12-05T10:32",
    ),
    (
        "Cork – Gardaí are investigating a fire at a warehouse in the city.",
        "en",
        "Cork",
        "IE",
        (),
        None,
    ),
    (
        "Nairobi, Kenya — Kenyan police fired tear gas at protesters on Friday.",
        "en",
        "Nairobi",
        "KE",
        (),
        None,
    ),
    (
        "Published 4 December 2026\nGlasgow – A man has been charged after a stabbing.",
        "en",
        "Glasgow",
        "GB",
        (),
        D4,
    ),
    (
        "The Hague – The International Court of Justice will rule next week.",
        "en",
        "The Hague",
        "NL",
        (),
        None,
    ),
    (
        "Johannesburg - South Africa's power utility has announced new blackouts.",
        "en",
        "Johannesburg",
        "ZA",
        (),
        None,
    ),
    (
        "Lagos — Nigeria's central bank raised its key rate on Friday.",
        "en",
        "Lagos",
        "NG",
        (),
        None,
    ),
    (
        "Brussels/Luxembourg – EU finance ministers failed to agree on the new rules.",
        "en",
        "Brussels",
        "BE",
        (),
        None,
    ),
    (
        "Mumbai: The Bombay High Court on Friday stayed the demolition order.",
        "en",
        "Mumbai",
        "IN",
        (),
        None,
    ),
    (
        "Karachi, Dec 5: Sindh's government announced a holiday for Monday.",
        "en",
        "Karachi",
        "PK",
        (),
        D5,
    ),
    (
        "2 hours ago\nSingapore - The Monetary Authority of Singapore kept its policy unchanged.",
        "en",
        "Singapore",
        "SG",
        (),
        "2026-12-05T13:00",
    ),
    (
        "Auckland, New Zealand – A cyclone has cut power to thousands of homes.",
        "en",
        "Auckland",
        "NZ",
        (),
        None,
    ),
    (
        "Toronto — Ontario's premier announced a new transit plan on Friday.",
        "en",
        "Toronto",
        "CA",
        (),
        None,
    ),
    (
        "Kampala, Uganda | Police have arrested an opposition leader.",
        "en",
        "Kampala",
        "UG",
        (),
        None,
    ),
    (
        "Strasbourg, December 4, 2026 – The European Parliament approved the budget.",
        "en",
        "Strasbourg",
        "FR",
        (),
        D4,
    ),
    (
        "Yesterday at 18:40\nLeeds – Police have closed a road after a crash.",
        "en",
        "Leeds",
        "GB",
        (),
        "2026-12-04T17:40",
    ),
    (
        "Story by Tom Walsh\nGalway – The county council has approved a new bypass.",
        "en",
        "Galway",
        "IE",
        (),
        None,
    ),
    # --- Spanish: EFE's title case with a date, a region or country after the place
    (
        "Santiago de Chile, 5 dic (EFE).- El Gobierno chileno presentó su plan de seguridad.",
        "es",
        "Santiago de Chile",
        "CL",
        ("EFE",),
        D5,
    ),
    (
        "Córdoba (Argentina), 5 dic (EFE).- Un incendio forestal arrasó 3.000 hectáreas.",
        "es",
        "Córdoba",
        "AR",
        ("EFE",),
        D5,
    ),
    (
        "Redacción Internacional, 5 dic (EFE).- Los mercados cerraron en alza.",
        "es",
        None,
        None,
        ("EFE",),
        D5,
    ),
    (
        "Publicado el 04/12/2026 a las 18:05\nValencia - El Consell aprobó las cuentas.",
        "es",
        "Valencia",
        "ES",
        (),
        D4,
    ),
    (
        "Bilbao. El Gobierno vasco aprobó ayer el nuevo plan de empleo.",
        "es",
        "Bilbao",
        "ES",
        (),
        None,
    ),
    (
        "Por María López\nZaragoza – El Ayuntamiento aprobó la nueva ordenanza.",
        "es",
        "Zaragoza",
        "ES",
        (),
        None,
    ),
    (
        "Ciudad de México, 5 de diciembre (EFE).- La presidenta anunció un plan de vivienda.",
        "es",
        "Ciudad de México",
        "MX",
        ("EFE",),
        D5,
    ),
    (
        "Montevideo, 5 dic (EFE).- El Parlamento uruguayo aprobó la reforma.",
        "es",
        "Montevideo",
        "UY",
        ("EFE",),
        D5,
    ),
    ("Lima.- El Congreso peruano rechazó la moción de vacancia.", "es", "Lima", "PE", (), None),
    (
        "Bogotá, D.C. – La Alcaldía anunció el cierre de varias vías.",
        "es",
        "Bogotá",
        "CO",
        (),
        None,
    ),
    (
        "Santa Cruz de Tenerife, 5 dic (EFE).- El Cabildo declaró la alerta por lluvias.",
        "es",
        "Santa Cruz de Tenerife",
        "ES",
        ("EFE",),
        D5,
    ),
    (
        "Actualizado 05/12/2026 - 14:32 CET\nBarcelona – Los Mossos detuvieron a tres personas.",
        "es",
        "Barcelona",
        "ES",
        (),
        "2026-12-05T13:32",
    ),
    (
        "hace 3 horas\nSevilla – La Junta de Andalucía anunció nuevas ayudas.",
        "es",
        "Sevilla",
        "ES",
        (),
        "2026-12-05T12:00",
    ),
    (
        "Las Palmas de Gran Canaria – El Cabildo aprobó el presupuesto.",
        "es",
        "Las Palmas de Gran Canaria",
        "ES",
        (),
        None,
    ),
    (
        "Guadalajara, Jalisco – La Fiscalía investiga la desaparición de tres jóvenes.",
        "es",
        "Guadalajara",
        "MX",
        (),
        None,
    ),
    (
        "San Juan, Puerto Rico – La gobernadora firmó la ley de permisos.",
        "es",
        "San Juan",
        "PR",
        (),
        None,
    ),
    (
        "Oviedo (Europa Press) – El Principado licitará la nueva autovía.",
        "es",
        "Oviedo",
        "ES",
        ("Europa Press",),
        None,
    ),
    (
        "Quito, 5 de diciembre de 2026 – El presidente decretó el estado de excepción.",
        "es",
        "Quito",
        "EC",
        (),
        D5,
    ),
    (
        "Málaga, 4 dic (EFE).- La Policía Nacional desarticuló una red de narcotráfico.",
        "es",
        "Málaga",
        "ES",
        ("EFE",),
        D4,
    ),
    (
        "Palma – El Govern balear aprobó el decreto de alquiler turístico.",
        "es",
        "Palma",
        "ES",
        (),
        None,
    ),
    # --- Italian: title case, a date with the credit, furniture, ages
    (
        "Aggiornato il 5 dicembre 2026 alle 14:32\nTorino – La procura ha aperto un'inchiesta.",
        "it",
        "Torino",
        "IT",
        (),
        D5,
    ),
    (
        "Pubblicato il 04/12/2026\nBari – La Regione ha approvato il piano sanitario.",
        "it",
        "Bari",
        "IT",
        (),
        D4,
    ),
    (
        "Roma, 5 dic. (Adnkronos) – Il governo ha approvato la manovra.",
        "it",
        "Roma",
        "IT",
        ("Adnkronos",),
        D5,
    ),
    ("Milano. Il Comune ha chiuso tre scuole per un guasto.", "it", "Milano", "IT", (), None),
    (
        "di Marco Bianchi\nFirenze – Il sindaco ha firmato l'ordinanza.",
        "it",
        "Firenze",
        "IT",
        (),
        None,
    ),
    (
        "Palermo, 5 dicembre 2026 – La polizia ha arrestato un latitante.",
        "it",
        "Palermo",
        "IT",
        (),
        D5,
    ),
    (
        "Bruxelles (askanews) - La Commissione ha aperto una procedura d'infrazione.",
        "it",
        "Bruxelles",
        "BE",
        ("askanews",),
        None,
    ),
    ("Genova – Il porto ha registrato un traffico record.", "it", "Genova", "IT", (), None),
    (
        "Trieste, 5 dic. (ANSA) - La Regione ha stanziato nuovi fondi.",
        "it",
        "Trieste",
        "IT",
        ("ANSA",),
        D5,
    ),
    (
        "Reggio Emilia – I carabinieri hanno sequestrato un capannone.",
        "it",
        "Reggio Emilia",
        "IT",
        (),
        None,
    ),
    (
        "Città del Vaticano – Papa Leone ha ricevuto il presidente ucraino.",
        "it",
        "Città del Vaticano",
        "VA",
        (),
        None,
    ),
    ("Napoli. La polizia ha sgomberato un palazzo occupato.", "it", "Napoli", "IT", (), None),
    (
        "2 ore fa\nVerona – Un incidente ha bloccato l'autostrada.",
        "it",
        "Verona",
        "IT",
        (),
        "2026-12-05T13:00",
    ),
    ("New York – Le borse americane hanno chiuso in rialzo.", "it", "New York", "US", (), None),
    (
        "Parigi, 5 dic. (LaPresse) – Il governo francese ha superato la sfiducia.",
        "it",
        "Parigi",
        "FR",
        ("LaPresse",),
        D5,
    ),
    ("Bologna/Modena – Il maltempo ha allagato diverse strade.", "it", "Bologna", "IT", (), None),
    ("Cagliari – La Regione Sardegna ha approvato il bilancio.", "it", "Cagliari", "IT", (), None),
    (
        "ieri, 18:40\nPadova – Un uomo è stato arrestato per rapina.",
        "it",
        "Padova",
        "IT",
        (),
        "2026-12-04T17:40",
    ),
    # --- Portuguese: Lusa's and Brazilian sites' datelines, a state after the place
    (
        "Lisboa, 5 de dezembro (Lusa) - O Governo aprovou o Orçamento.",
        "pt",
        "Lisboa",
        "PT",
        ("Lusa",),
        D5,
    ),
    (
        "Belo Horizonte (MG) – O governo de Minas anunciou novas obras.",
        "pt",
        "Belo Horizonte",
        "BR",
        (),
        None,
    ),
    (
        "Publicado em 05/12/2026 às 14h32\nSão Paulo – A Prefeitura ampliou o rodízio.",
        "pt",
        "São Paulo",
        "BR",
        (),
        D5,
    ),
    (
        "Atualizado há 2 horas\nRio de Janeiro – A chuva deixou bairros alagados.",
        "pt",
        "Rio de Janeiro",
        "BR",
        (),
        "2026-12-05T13:00",
    ),
    (
        "Por João Silva\nCoimbra – A universidade abriu novas vagas.",
        "pt",
        "Coimbra",
        "PT",
        (),
        None,
    ),
    ("Braga. A Câmara Municipal aprovou o plano de mobilidade.", "pt", "Braga", "PT", (), None),
    (
        "Brasília, 5 de dezembro de 2026 – O Senado aprovou a reforma.",
        "pt",
        "Brasília",
        "BR",
        (),
        D5,
    ),
    ("Salvador (BA) – A Polícia Militar prendeu dois suspeitos.", "pt", "Salvador", "BR", (), None),
    (
        "Funchal – O Governo Regional anunciou apoios aos agricultores.",
        "pt",
        "Funchal",
        "PT",
        (),
        None,
    ),
    (
        "Ponta Delgada, Açores, 05 dez (Lusa) – O parlamento regional aprovou o plano.",
        "pt",
        "Ponta Delgada",
        "PT",
        ("Lusa",),
        D5,
    ),
    (
        "Fortaleza, 5 de dezembro de 2026 – O estado decretou emergência.",
        "pt",
        "Fortaleza",
        "BR",
        (),
        D5,
    ),
    (
        "Florianópolis (SC) – A Defesa Civil emitiu um alerta de temporal.",
        "pt",
        "Florianópolis",
        "BR",
        (),
        None,
    ),
    (
        "Bruxelas, 5 dez (Lusa) – A Comissão Europeia aprovou o plano português.",
        "pt",
        "Bruxelas",
        "BE",
        ("Lusa",),
        D5,
    ),
    ("Da Redação\nGoiânia – A Polícia Civil prendeu o suspeito.", "pt", "Goiânia", "BR", (), None),
    ("Faro – A Câmara aprovou o orçamento para 2027.", "pt", "Faro", "PT", (), None),
    (
        "ontem às 18:40\nSetúbal – O porto retomou a atividade.",
        "pt",
        "Setúbal",
        "PT",
        (),
        "2026-12-04T17:40",
    ),
    (
        "Genebra (Lusa) – A OMS alertou para uma nova vaga de gripe.",
        "pt",
        "Genebra",
        "CH",
        ("Lusa",),
        None,
    ),
    (
        "Nova Iorque, 5 dez (Lusa) – O Conselho de Segurança reuniu-se de urgência.",
        "pt",
        "Nova Iorque",
        "US",
        ("Lusa",),
        D5,
    ),
    ("Maceió/AL – A prefeitura interditou três imóveis.", "pt", "Maceió", "BR", (), None),
    ("Évora – A universidade inaugurou um novo laboratório.", "pt", "Évora", "PT", (), None),
    # --- French: Belga, ATS and regional papers, furniture before the dateline
    (
        "Publié le 5 déc. 2026 à 14h32\nLyon – La métropole a voté son budget.",
        "fr",
        "Lyon",
        "FR",
        (),
        D5,
    ),
    (
        "Liège (Belga) – Le tribunal a condamné trois prévenus.",
        "fr",
        "Liège",
        "BE",
        ("Belga",),
        None,
    ),
    (
        "Marseille. Le tribunal a condamné un trafiquant à dix ans de prison.",
        "fr",
        "Marseille",
        "FR",
        (),
        None,
    ),
    (
        "Par Jean Dupont\nBordeaux – Le maire a présenté son plan vélo.",
        "fr",
        "Bordeaux",
        "FR",
        (),
        None,
    ),
    (
        "Mis à jour le 4 décembre 2026 à 18h05\nToulouse – Airbus a livré un avion record.",
        "fr",
        "Toulouse",
        "FR",
        (),
        D4,
    ),
    (
        "Lausanne (ATS) – Le Conseil d'Etat vaudois a présenté son budget.",
        "fr",
        "Lausanne",
        "CH",
        ("ATS",),
        None,
    ),
    (
        "Québec – Le gouvernement a déposé un projet de loi sur la laïcité.",
        "fr",
        "Québec",
        "CA",
        (),
        None,
    ),
    (
        "Montréal, 5 décembre 2026 – La Ville a déclenché une opération de déneigement.",
        "fr",
        "Montréal",
        "CA",
        (),
        D5,
    ),
    (
        "Abidjan – Le gouvernement ivoirien a annoncé un remaniement.",
        "fr",
        "Abidjan",
        "CI",
        (),
        None,
    ),
    (
        "Il y a 2 heures\nNantes – Le tribunal administratif a suspendu l'arrêté.",
        "fr",
        "Nantes",
        "FR",
        (),
        "2026-12-05T13:00",
    ),
    (
        "Strasbourg/Bruxelles – Le Parlement européen a adopté le texte.",
        "fr",
        "Strasbourg",
        "FR",
        (),
        None,
    ),
    ("Ajaccio – L'Assemblée de Corse a voté une motion.", "fr", "Ajaccio", "FR", (), None),
    (
        "Pointe-à-Pitre (Guadeloupe) – Une panne a privé l'île d'électricité.",
        "fr",
        "Pointe-à-Pitre",
        "GP",
        (),
        None,
    ),
    (
        "Luxembourg – Le gouvernement luxembourgeois a présenté son budget.",
        "fr",
        "Luxembourg",
        "LU",
        (),
        None,
    ),
    (
        "Namur, le 5 décembre 2026 (Belga) – Le gouvernement wallon a adopté le plan.",
        "fr",
        "Namur",
        "BE",
        ("Belga",),
        D5,
    ),
    (
        "Hier à 18h40\nLille – Un incendie a détruit un entrepôt.",
        "fr",
        "Lille",
        "FR",
        (),
        "2026-12-04T17:40",
    ),
    (
        "Rabat, 5 déc. 2026 (MAP) – Le Parlement a adopté la loi de finances.",
        "fr",
        "Rabat",
        "MA",
        ("MAP",),
        D5,
    ),
    ("Fribourg – Le Grand Conseil a accepté le budget.", "fr", "Fribourg", "CH", (), None),
    ("Tunis, 5 décembre – Le président a limogé le ministre.", "fr", "Tunis", "TN", (), D5),
    (
        "Saint-Étienne – Le club de hockey a été placé en redressement.",
        "fr",
        "Saint-Étienne",
        "FR",
        (),
        None,
    ),
    # --- Dutch: ANP and Belga with a date or not, furniture, ages, exonyms
    (
        "Den Haag, 5 december (ANP) - Het kabinet wil de huurtoeslag verhogen.",
        "nl",
        "Den Haag",
        "NL",
        ("ANP",),
        D5,
    ),
    (
        "Gepubliceerd op 04-12-2026 om 18:05\nUtrecht - De gemeente sluit twee scholen.",
        "nl",
        "Utrecht",
        "NL",
        (),
        D4,
    ),
    (
        "Amsterdam. De gemeenteraad heeft ingestemd met het autoluwe centrum.",
        "nl",
        "Amsterdam",
        "NL",
        (),
        None,
    ),
    (
        "Door Jan de Vries\nRotterdam - De haven sloeg dit jaar minder containers over.",
        "nl",
        "Rotterdam",
        "NL",
        (),
        None,
    ),
    (
        "Brussel (Belga) - De federale regering heeft een akkoord over de pensioenen.",
        "nl",
        "Brussel",
        "BE",
        ("Belga",),
        None,
    ),
    ("Antwerpen – De politie heeft drie verdachten opgepakt.", "nl", "Antwerpen", "BE", (), None),
    ("Gent - Het stadsbestuur voert een nieuw parkeerplan in.", "nl", "Gent", "BE", (), None),
    (
        "Maastricht/Luik – De grensregio krijgt een nieuwe treinverbinding.",
        "nl",
        "Maastricht",
        "NL",
        (),
        None,
    ),
    (
        "Vandaag, 14:32\nEindhoven – De luchthaven heeft alle vluchten geschrapt.",
        "nl",
        "Eindhoven",
        "NL",
        (),
        "2026-12-05T13:32",
    ),
    (
        "Groningen (ANP) - De gaswinning wordt definitief beëindigd.",
        "nl",
        "Groningen",
        "NL",
        ("ANP",),
        None,
    ),
    (
        "Leeuwarden – De provincie trekt extra geld uit voor de wegen.",
        "nl",
        "Leeuwarden",
        "NL",
        (),
        None,
    ),
    (
        "Keulen (ANP/DPA) – De Duitse politie heeft een verdachte aangehouden.",
        "nl",
        "Keulen",
        "DE",
        ("ANP", "DPA"),
        None,
    ),
    (
        "Paramaribo – De regering heeft de noodtoestand afgekondigd.",
        "nl",
        "Paramaribo",
        "SR",
        (),
        None,
    ),
    (
        "Willemstad – De Staten van Curaçao hebben de begroting aangenomen.",
        "nl",
        "Willemstad",
        "CW",
        (),
        None,
    ),
    (
        "Arnhem, 5 december 2026 – De rechtbank heeft de man vrijgesproken.",
        "nl",
        "Arnhem",
        "NL",
        (),
        D5,
    ),
    (
        "3 uur geleden\nNijmegen – De brand in het centrum is onder controle.",
        "nl",
        "Nijmegen",
        "NL",
        (),
        "2026-12-05T12:00",
    ),
    # --- Slovene: STA with a date, furniture, ages, exonyms
    (
        "Ljubljana, 5. decembra (STA) - Vlada je sprejela proračun.",
        "sl",
        "Ljubljana",
        "SI",
        ("STA",),
        D5,
    ),
    (
        "Objavljeno: 04. 12. 2026, 18:05\nMaribor – Mestni svet je potrdil proračun.",
        "sl",
        "Maribor",
        "SI",
        (),
        D4,
    ),
    ("Celje. Mestni svet je sprejel nov prostorski načrt.", "sl", "Celje", "SI", (), None),
    (
        "Piše: Janez Novak\nKranj – Policisti so prijeli dva osumljenca.",
        "sl",
        "Kranj",
        "SI",
        (),
        None,
    ),
    (
        "Nova Gorica (STA) – Občina je predstavila načrt za leto 2027.",
        "sl",
        "Nova Gorica",
        "SI",
        ("STA",),
        None,
    ),
    ("Novo mesto – V tovarni je zagorelo, poškodovanih ni.", "sl", "Novo mesto", "SI", (), None),
    (
        "Bruselj, 5. decembra (STA) - Evropska komisija je odobrila načrt.",
        "sl",
        "Bruselj",
        "BE",
        ("STA",),
        D5,
    ),
    ("Zagreb (STA) – Hrvaška vlada je sprejela nov zakon.", "sl", "Zagreb", "HR", ("STA",), None),
    (
        "pred 2 urama\nVelenje – Premogovnik bo zaprl še en rov.",
        "sl",
        "Velenje",
        "SI",
        (),
        "2026-12-05T13:00",
    ),
    ("Murska Sobota – Reka Mura je prestopila bregove.", "sl", "Murska Sobota", "SI", (), None),
    ("Gorica – Italijanska policija je zaprla mejni prehod.", "sl", "Gorica", "IT", (), None),
    ("Slovenj Gradec – Bolnišnica je dobila nov oddelek.", "sl", "Slovenj Gradec", "SI", (), None),
    (
        "včeraj ob 18.40\nLjubljana – Na obvoznici je prišlo do nesreče.",
        "sl",
        "Ljubljana",
        "SI",
        (),
        "2026-12-04T17:40",
    ),
    (
        "Washington (STA) – Ameriški kongres je sprejel proračun.",
        "sl",
        "Washington",
        "US",
        ("STA",),
        None,
    ),
    (
        "Beograd, 5. decembra (STA) – Srbska vlada je odstopila.",
        "sl",
        "Beograd",
        "RS",
        ("STA",),
        D5,
    ),
    ("Izola – Občina je zaprla plažo zaradi onesnaženja.", "sl", "Izola", "SI", (), None),
]


# The rows still read wrong, and why (each must still fail: a fix shows as an unexpected pass).
_row = partial(row_starting, STYLES)  # the text of the one row that starts so


MISSED: dict[str, str] = {
    _row("Publicado el 04/12/2026"): (
        "Valencia, Spain against Valencia, Venezuela (larger): the text names nothing of either "
        '("El Consell" is no place) and both are in Spanish\'s press countries'
    ),
}


STYLE_CASES = xfail_cases(STYLES, MISSED)


def _first_dated(text: str):
    return first_dated(text, CAPTURED)


@pytest.mark.parametrize(("text", "lang", "place", "cc", "agencies", "when"), STYLE_CASES)
def test_paper_dateline(resolver, text, lang, place, cc, agencies, when):
    assert_row_read(resolver, (text, lang, place, cc, agencies, when), CAPTURED)


# text, language: no dateline in any of them (a person, a club, a firm, a street, a landmark or
# an event named after a place; a place that is the sentence's subject; a score; a letter's
# date; furniture with nothing after it)
LOOK_ALIKES = [
    ("Berlin ist pleite, sagt der Finanzsenator seit Jahren.", "de"),
    ("Deutsche Bahn: Neue Fahrpläne gelten ab Sonntag.", "de"),
    ("Paris Saint-Germain – Der Klub hat seinen Trainer entlassen.", "de"),
    ("Hamburger SV – Der HSV verliert erneut zu Hause.", "de"),
    ("Köln Bonn Airport – Der Flughafen meldet einen Passagierrekord.", "de"),
    ("Dresdner Straße 12 – Die Polizei sucht Zeugen eines Einbruchs.", "de"),
    ("Frankfurt am Main, den 5. Dezember 2026\nSehr geehrte Damen und Herren,", "de"),
    ("Stand: 05.12.2026 14:32 Uhr", "de"),
    ("Wiener Linien – Die U-Bahn fährt am Sonntag länger.", "de"),
    (
        "Jordan Henderson (Liverpool) - The midfielder has retired from international football.",
        "en",
    ),
    ("Chelsea Manning - The former soldier has published a memoir.", "en"),
    ("London Stock Exchange - Shares fell sharply on Friday.", "en"),
    ("Sydney Sweeney – The actress will star in a new series.", "en"),
    ("Oxford Street – Shoppers returned in large numbers on Friday.", "en"),
    ("Manchester United - The club has sacked its manager.", "en"),
    ("Boston Red Sox - The team signed a new pitcher.", "en"),
    ("Dakota Johnson – The actress has joined the cast.", "en"),
    ("Santiago Abascal, líder de Vox, pidió elecciones anticipadas.", "es"),
    ("Real Madrid – El club blanco anunció la renovación de su capitán.", "es"),
    ("Atlético de Madrid – El equipo rojiblanco ganó en casa.", "es"),
    ("Calle Mayor, 5 – La tienda cierra por vacaciones.", "es"),
    ("Valencia CF – El club destituyó a su entrenador.", "es"),
    ("Victoria Federica – La sobrina del Rey reapareció en Madrid.", "es"),
    ("Paseo de Gracia – Las tiendas abren el domingo.", "es"),
    ("Mercedes Milá – La periodista vuelve a la televisión.", "es"),
    ("Roma, 5 dicembre 2026\nGentile direttore, le scrivo per segnalarle", "it"),
    ("Milano Finanza – La rivista compie quarant'anni.", "it"),
    ("Via Roma, 12 – Il negozio chiude per ferie.", "it"),
    ("Napoli – Juventus 2-1: decide un gol nel finale.", "it"),
    ("Lazio – Il club biancoceleste ha esonerato l'allenatore.", "it"),
    ("Venezia 2026 – La Biennale presenta il programma.", "it"),
    ("Aggiornato alle 14:32", "it"),
    ("Firenze Fiera – Il salone apre domani.", "it"),
    ("Sporting – Benfica 1-1: o dérbi terminou empatado.", "pt"),
    ("Rua Augusta – As lojas abrem no domingo.", "pt"),
    ("Flamengo – O clube anunciou um novo técnico.", "pt"),
    ("Vasco da Gama – O clube foi rebaixado.", "pt"),
    ("Porto Editora – A editora lançou um novo dicionário.", "pt"),
    ("Santos FC – O Peixe contratou um atacante.", "pt"),
    ("Publicado em 05/12/2026 às 14h32", "pt"),
    ("Paris Saint-Germain – Le club a prolongé son entraîneur.", "fr"),
    ("Marseille-Cassis – La course a réuni 15 000 coureurs.", "fr"),
    ("Rue de Rivoli – Les commerçants ouvrent dimanche.", "fr"),
    ("Olympique Lyonnais – Le club a été rétrogradé.", "fr"),
    ("Nancy Pelosi – L'ancienne présidente de la Chambre prend sa retraite.", "fr"),
    ("Lyon, le 5 décembre 2026\nMadame, Monsieur,", "fr"),
    ("Publié le 5 déc. 2026 à 14h32", "fr"),
    ("Orléans Loiret Basket – L'équipe a gagné à domicile.", "fr"),
    ("Ajax – PSV 2-1: De Amsterdammers winnen de topper.", "nl"),
    ("Den Haag Centraal – De treinen rijden weer.", "nl"),
    ("Kalverstraat – De winkels zijn zondag open.", "nl"),
    ("Amsterdam Dance Event – Het festival trok 400.000 bezoekers.", "nl"),
    ("Gent-Wevelgem – De wielerklassieker krijgt een nieuw parcours.", "nl"),
    ("Holland Casino – Het bedrijf sluit twee vestigingen.", "nl"),
    ("Bijgewerkt: 5 december 2026, 14:32", "nl"),
    ("Olimpija – Maribor 2:1. Ljubljančani so zmagali v derbiju.", "sl"),
    ("Slovenska cesta – Promet bo zaprt do nedelje.", "sl"),
    ("Luka Koper – Pristanišče je pretovorilo rekordno količino tovora.", "sl"),
    ("Krka – Farmacevtska družba je povečala dobiček.", "sl"),
    ("Triglav – Zavarovalnica je objavila rezultate.", "sl"),
    ("Posodobljeno: 5. 12. 2026 ob 14:32", "sl"),
    ("Celje – Olimpija 0:0. Tekma je bila dolgočasna.", "sl"),
]


# The look-alikes still read as datelines, and why.
FIRING: dict[str, str] = {
    "Lazio – Il club biancoceleste ha esonerato l'allenatore.": (
        "Lazio is a region the gazetteer knows, and a title-case region before a dash is read "
        "as a dateline; only the club's sense tells them apart"
    ),
    "Vasco da Gama – O clube foi rebaixado.": (
        "Vasco da Gama is a city of 100,000 in Goa the gazetteer knows; only the club's sense "
        "tells them apart"
    ),
}
LOOK_ALIKE_CASES = xfail_cases(LOOK_ALIKES, FIRING)


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKE_CASES)
def test_paper_look_alike_is_no_dateline(text, lang):
    brief = _first_dated(text)
    assert brief is None, brief.dateline


@pytest.mark.parametrize(
    ("line", "lang", "when"),
    [
        ("Stand: 05.12.2026 14:32 Uhr", "de", D5),
        ("Zuletzt aktualisiert am 04.12.2026", "de", D4),
        ("Updated 9:14 PM EST, Fri December 4, 2026", "en", "2026-12-05T02:14"),
        ("Published: 4 Dec 2026 23:10 +0100", "en", "2026-12-04T22:10"),
        ("Last updated : 05 December 2026, 04:12 IST", "en", "2026-12-04T22:42"),
        ("Gepubliceerd op 2026-12-04 om 18:05", "nl", D4),
        ("Aggiornato alle 14:32", "it", None),
        ("Publié par la rédaction", "fr", None),
        ("Standard – Die Zeitung", "de", None),
        ("Stand: 31.02.2026", "de", None),
        ("Updated: 12/05/2026", "en", None),
        ("Posted: 25/11/2026 10:00 GMT", "en", "2026-11-25T10:00"),
        ("Objavljeno: 5. 12. ob 14.32", "sl", D5),
        ("Updated 10:32 GMT", "en", None),  # a zone and no date
        ("Stand: 06.12.2026 09:00 Uhr", "de", "2026-12-06"),  # the capture day + 1, at most
        ("Stand: 07.12.2026", "de", None),  # after the page was read: not its stamp
        ("Updated: 5 December 2030, 10:32 GMT", "en", None),
        ("Published: 4 Dec 2026 23:10 +0199", "en", D4),  # no offset: the date alone
    ],
)
def test_a_stamp_line_gives_its_time(line, lang, when):
    """A stamp's date at day precision; an instant only with a zone written; nothing without a
    date, for an impossible one, one after the capture day + 1, or for figures whose order the
    language leaves open."""
    from parsing.timeparse import resolve_stamp

    assert when_text(resolve_stamp(line, lang, CAPTURED)) == when


def test_what_the_brief_gives_comes_before_a_stamp():
    """An age, then the dateline's own date, then a stamp above the dateline; "today" gives a
    time only with a clock."""
    stamp = "Stand: 03.12.2026\n"
    age = _first_dated("vor 2 Stunden\n" + stamp + "Kassel – Die Polizei sucht Zeugen.")
    assert (when_text(age.published_at), age.time_basis) == ("2026-12-05T13:00", "age")
    dated = _first_dated(stamp + "Wien, 4. Dezember (APA) - Die Regierung tagt.")
    assert (when_text(dated.published_at), dated.time_basis) == (D4, "dateline")
    stamped = _first_dated(stamp + "Kassel – Die Polizei sucht Zeugen.")
    assert (when_text(stamped.published_at), stamped.time_basis) == ("2026-12-03", "meta")
    assert stamped.time_text == "Stand: 03.12.2026"
    assert _first_dated("Heute\nKassel – Die Polizei sucht Zeugen.").published_at is None
    far = _first_dated(stamp + "Titel\n\nUnterzeile\n\nFoto: dpa\nKassel – Die Polizei sucht.")
    assert far.published_at is None  # more than four lines above: another part of the page
