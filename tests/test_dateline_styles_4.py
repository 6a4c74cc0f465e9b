"""Datelines of papers and agencies of regions the other style tables do not reach, read end to end.

Written for this test before the parser read it, from what is known of each house's own style,
not taken from any item: English-language papers and agencies of India (ANI's "New Delhi
[India], December 5 (ANI):", UNI, the Tribune's place and date on their own line, "New Delhi |
Updated: ... IST", The Hindu's "Published - ... - CHENNAI", Deccan Herald's "Mysuru, DHNS:"),
Pakistan (APP with a colon, "Web Desk", "Our Correspondent"), Bangladesh (BSS, UNB, "Staff
Correspondent, Rajshahi"), Nigeria (NAN, "By Dennis Agbo, Enugu", "From ..., Abuja"), Kenya
(Capital FM's "NAIROBI, Kenya, Dec 5 –", the Kenya News Agency), South Africa (ANA, renamed
towns), the Philippines ("MANILA, Philippines —", a town with its province), Malaysia and
Singapore ("PETALING JAYA:", Malay Mail's "KOTA BHARU, Dec 5 —"), Ireland ("Ennis, Co Clare –"),
New Zealand, the Caribbean (CMC's "PORT OF SPAIN, Trinidad, Dec 5, CMC –"), Ghana's GNA; Latin
American and Iberian papers (La Nación's "SAN PABLO.-", Proceso's "(apro)", El País's "Bogotá -
05 dic 2026 - 08:32 COT", "— Agencias", Servimedia's day alone, Folha's "DE BRASÍLIA", g1's "Por
g1 PE — Recife", O Globo's "RIO —"); Italian and German regional papers and agencies (Italpress,
Dire, dts, dpa-AFX, SID, Keystone-SDA, "Halle (Saale)", a kicker or a section before the place,
a wire's "/FREE/" tag). And the look-alikes such pages hold: a kicker that is a topic, a section
name that is a place word, a byline whose paper names a city, a person or a club named after a
place, a photo credit, a stamp with nothing after it.

Each row: the text, its language, the place as written (None for a credit alone), its country,
the agencies as written, and the time the text gives for a text captured at ``CAPTURED``, as
``test_dateline_styles_3`` writes it: a date (the dateline's or a stamp's) is that day at midnight
UTC; a stamp's clock with its zone written ("10:32 IST") is the instant in UTC; a clock with no
zone gives only its date; a day word with a clock ("Today at 06:30") is an instant, the clock read
in the capture time's zone. Read by ``read_briefs`` and ``locate`` as ``wiremap extract`` reads a
text.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import partial

import pytest
from papers_read import assert_row_read, first_dated, row_starting, when_text, xfail_cases

from pipeline.extract import locate

# A page captured at 16:00 Central European time (15:00 UTC) on Saturday 5 December 2026.
CAPTURED = datetime(2026, 12, 5, 16, 0, tzinfo=timezone(timedelta(hours=1)))
D5 = "2026-12-05"
D4 = "2026-12-04"

# text, language, place as written (or None), country, agencies as written, time (or None)
STYLES = [
    # --- India and Sri Lanka: ANI, UNI, the Tribune, the Express, The Hindu, the Times, DH, HT
    (
        "New Delhi [India], December 5 (ANI): The Union Cabinet on Friday approved a new scheme "
        "for farmers.",
        "en",
        "New Delhi",
        "IN",
        ("ANI",),
        D5,
    ),
    (
        "Srinagar, Dec 5 (UNI) Heavy snowfall cut off the Mughal Road for a second day on Friday.",
        "en",
        "Srinagar",
        "IN",
        ("UNI",),
        D5,
    ),
    (
        "Tribune News Service\nChandigarh, December 5\nThe Punjab Cabinet on Friday approved the "
        "new excise policy.",
        "en",
        "Chandigarh",
        "IN",
        (),
        D5,
    ),
    (
        "Written by Priya Sharma\nNew Delhi | Updated: December 5, 2026 10:32 IST\nThe Supreme "
        "Court on Friday stayed the demolition order.",
        "en",
        "New Delhi",
        "IN",
        (),
        "2026-12-05T05:02",
    ),
    (
        "Written by Express News Service\nAhmedabad | December 5, 2026 10:32 IST\nThe Gujarat "
        "government has announced a new industrial policy.",
        "en",
        "Ahmedabad",
        "IN",
        (),
        "2026-12-05T05:02",
    ),
    (
        "Published - December 05, 2026 10:32 am IST - CHENNAI\nThe Greater Chennai Corporation "
        "has begun desilting storm water drains.",
        "en",
        "CHENNAI",
        "IN",
        (),
        "2026-12-05T05:02",
    ),
    (
        "Calcutta: The state government on Friday announced a relief package for jute mill "
        "workers.",
        "en",
        "Calcutta",
        "IN",
        (),
        None,
    ),
    (
        "TNN | Updated: Dec 5, 2026, 09:14 IST\nBENGALURU: The civic body has begun a drive "
        "against illegal hoardings.",
        "en",
        "BENGALURU",
        "IN",
        (),
        "2026-12-05T03:44",
    ),
    (
        "Press Trust of India | Updated: December 05, 2026 10:32 am IST\nLucknow: The Uttar "
        "Pradesh government has ordered an inquiry into the fire.",
        "en",
        "Lucknow",
        "IN",
        (),
        "2026-12-05T05:02",
    ),
    (
        "Mysuru, DHNS: The district administration has banned the sale of firecrackers.",
        "en",
        "Mysuru",
        "IN",
        ("DHNS",),
        None,
    ),
    (
        "Express News Service\nKochi: The Kerala High Court on Friday quashed the order.",
        "en",
        "Kochi",
        "IN",
        (),
        None,
    ),
    (
        "Bhopal/Indore: Cold wave conditions gripped the state for a third day on Friday.",
        "en",
        "Bhopal",
        "IN",
        (),
        None,
    ),
    (
        "HT Correspondent\nNew Delhi\nThe Delhi government on Friday launched a scheme for "
        "street vendors.",
        "en",
        "New Delhi",
        "IN",
        (),
        None,
    ),
    (
        "Puducherry: The Union Territory government has declared a holiday for schools on Monday.",
        "en",
        "Puducherry",
        "IN",
        (),
        None,
    ),
    (
        "PANAJI: The Goa government has approved a new tourism policy for the coastal belt.",
        "en",
        "PANAJI",
        "IN",
        (),
        None,
    ),
    (
        "COLOMBO: The Cabinet has approved a proposal to raise the price of electricity.",
        "en",
        "COLOMBO",
        "LK",
        (),
        None,
    ),
    # --- Pakistan: APP with a colon, a desk or a correspondent, a stamp above
    (
        "QUETTA, Dec 5 (APP): The provincial government announced a development package for "
        "the province.",
        "en",
        "QUETTA",
        "PK",
        ("APP",),
        D5,
    ),
    (
        "Our Correspondent\nPESHAWAR: The Khyber Pakhtunkhwa Assembly passed the budget on Friday.",
        "en",
        "PESHAWAR",
        "PK",
        (),
        None,
    ),
    (
        "Published December 5, 2026\nMULTAN: Dense fog disrupted traffic on the motorway.",
        "en",
        "MULTAN",
        "PK",
        (),
        D5,
    ),
    (
        "Web Desk\nLAHORE: The provincial government has extended winter holidays for schools.",
        "en",
        "LAHORE",
        "PK",
        (),
        None,
    ),
    (
        "SUKKUR: The level of the Indus river rose sharply at the barrage on Friday.",
        "en",
        "SUKKUR",
        "PK",
        (),
        None,
    ),
    (
        "GILGIT: A landslide blocked the Karakoram Highway near the town on Friday.",
        "en",
        "GILGIT",
        "PK",
        (),
        None,
    ),
    (
        "MUZAFFARABAD: Heavy snowfall has cut off the Neelum valley from the rest of the region.",
        "en",
        "MUZAFFARABAD",
        "PK",
        (),
        None,
    ),
    # --- Bangladesh: BSS, UNB, a correspondent's post with the place after a comma
    (
        "DHAKA, Dec 5, 2026 (BSS) - The cabinet approved the draft of a new labour law.",
        "en",
        "DHAKA",
        "BD",
        ("BSS",),
        D5,
    ),
    (
        "Dhaka, Dec 5 (UNB) - Bangladesh's foreign exchange reserves rose to $25 billion.",
        "en",
        "Dhaka",
        "BD",
        ("UNB",),
        D5,
    ),
    (
        "Staff Correspondent, Rajshahi\nFarmers in the district have begun harvesting Aman paddy.",
        "en",
        "Rajshahi",
        "BD",
        (),
        None,
    ),
    (
        "Our Correspondent, Sylhet\nFlash floods have inundated low-lying areas of the district.",
        "en",
        "Sylhet",
        "BD",
        (),
        None,
    ),
    (
        "UNB, Dhaka\nThe government has raised the price of fertiliser by five taka a kilogram.",
        "en",
        "Dhaka",
        "BD",
        ("UNB",),
        None,
    ),
    (
        "COX'S BAZAR, Dec 5 (UNB) - A fire destroyed hundreds of shelters in a refugee camp.",
        "en",
        "COX'S BAZAR",
        "BD",
        ("UNB",),
        D5,
    ),
    # --- Nigeria: NAN, a byline with the place after a comma or "in", a dash
    (
        "Abuja, Dec. 5, 2026 (NAN) The Federal Government has approved a new minimum wage.",
        "en",
        "Abuja",
        "NG",
        ("NAN",),
        D5,
    ),
    (
        "By Dennis Agbo, Enugu\nThe Enugu State Government has begun work on a new flyover.",
        "en",
        "Enugu",
        "NG",
        (),
        None,
    ),
    (
        "From Kanayo Umeh, Abuja\nThe electoral commission has fixed dates for the by-elections.",
        "en",
        "Abuja",
        "NG",
        (),
        None,
    ),
    (
        "Chuks Okocha in Abuja\nThe ruling party has fixed a date for its national convention.",
        "en",
        "Abuja",
        "NG",
        (),
        None,
    ),
    (
        "Port Harcourt — The Rivers State House of Assembly passed the budget on Friday.",
        "en",
        "Port Harcourt",
        "NG",
        (),
        None,
    ),
    (
        "By Aisha Bello\nLagos | Updated: Dec 5, 2026, 10:32 WAT\nThe state government has "
        "banned street trading on major roads.",
        "en",
        "Lagos",
        "NG",
        (),
        "2026-12-05T09:32",
    ),
    # --- East Africa: Capital FM, the Kenya News Agency, a kicker, Tanzania's stop
    (
        "KISUMU, Kenya, Dec 5 – The county government has opened a new market on the lake shore.",
        "en",
        "KISUMU",
        "KE",
        (),
        D5,
    ),
    (
        "Nyeri, Dec. 5 (KNA) – The county government has distributed seedlings to 3,000 farmers.",
        "en",
        "Nyeri",
        "KE",
        ("KNA",),
        D5,
    ),
    (
        "ELECTIONS 2026\nNAIROBI, Kenya, Dec 5 – The electoral commission has published the final "
        "voter register.",
        "en",
        "NAIROBI",
        "KE",
        (),
        D5,
    ),
    (
        "Dar es Salaam. The Government has announced new fares for the commuter rail service.",
        "en",
        "Dar es Salaam",
        "TZ",
        (),
        None,
    ),
    # --- southern Africa: ANA with a date, a credit at the end, renamed towns, a bureau
    (
        "CAPE TOWN, December 5 (ANA) - The provincial government has announced new water "
        "restrictions.",
        "en",
        "CAPE TOWN",
        "ZA",
        ("ANA",),
        D5,
    ),
    (
        "Durban - The municipality has approved a new water tariff. - African News Agency (ANA)",
        "en",
        "Durban",
        "ZA",
        (),
        None,
    ),
    (
        "Gqeberha - Police in Nelson Mandela Bay have arrested three suspects after a shooting.",
        "en",
        "Gqeberha",
        "ZA",
        (),
        None,
    ),
    (
        "Mbombela – The provincial health department has opened a new clinic.",
        "en",
        "Mbombela",
        "ZA",
        (),
        None,
    ),
    (
        "Bulawayo Bureau\nBULAWAYO – The city council has introduced water rationing.",
        "en",
        "BULAWAYO",
        "ZW",
        (),
        None,
    ),
    # --- Ghana, Nepal, Fiji
    (
        "Accra, Dec. 5, GNA – The Ghana Health Service has launched a vaccination campaign.",
        "en",
        "Accra",
        "GH",
        ("GNA",),
        D5,
    ),
    (
        "KATHMANDU, DECEMBER 5\nThe government has decided to raise the minimum wage of workers.",
        "en",
        "KATHMANDU",
        "NP",
        (),
        D5,
    ),
    (
        "Jane Doe • December 5, 2026\nSuva, Fiji – The government has tabled a new climate bill.",
        "en",
        "Suva",
        "FJ",
        (),
        D5,
    ),
    # --- the Philippines: "MANILA, Philippines —", a town with its province, an update note
    (
        "MANILA, Philippines — The Senate approved on third reading the proposed national budget.",
        "en",
        "MANILA",
        "PH",
        (),
        None,
    ),
    (
        "CEBU CITY, Philippines — The provincial government suspended classes due to the storm.",
        "en",
        "CEBU CITY",
        "PH",
        (),
        None,
    ),
    (
        "TACLOBAN CITY, Leyte — Residents began returning to their homes after the typhoon.",
        "en",
        "TACLOBAN CITY",
        "PH",
        (),
        None,
    ),
    (
        "LEGAZPI CITY, Albay — Mayon Volcano's alert level was raised on Friday.",
        "en",
        "LEGAZPI CITY",
        "PH",
        (),
        None,
    ),
    (
        "By: Jane Cruz - Reporter / @jcruzINQ\nPhilippine Daily Inquirer / 05:10 AM December 05, "
        "2026\nBAGUIO CITY — The city council approved a ban on single-use plastics.",
        "en",
        "BAGUIO CITY",
        "PH",
        (),
        D5,
    ),
    (
        "MANILA, Philippines – (Updated 2:30 p.m.) The central bank kept its key rate unchanged "
        "on Thursday.",
        "en",
        "MANILA",
        "PH",
        (),
        None,
    ),
    # --- Malaysia and Singapore: a colon, Malay Mail's date and dash, stamps above
    (
        "PETALING JAYA: The Health Ministry has recorded a rise in dengue cases this week.",
        "en",
        "PETALING JAYA",
        "MY",
        (),
        None,
    ),
    (
        "KOTA BHARU, Dec 5 — Floods have displaced more than 5,000 people in Kelantan.",
        "en",
        "KOTA BHARU",
        "MY",
        (),
        D5,
    ),
    (
        "JOHOR BARU: The state government will build a new bus terminal near the causeway.",
        "en",
        "JOHOR BARU",
        "MY",
        (),
        None,
    ),
    (
        "IPOH: The state government has approved a new industrial park in Kinta.",
        "en",
        "IPOH",
        "MY",
        (),
        None,
    ),
    (
        "SHAH ALAM: Selangor will spend RM200 million on flood mitigation next year.",
        "en",
        "SHAH ALAM",
        "MY",
        (),
        None,
    ),
    (
        "KUALA TERENGGANU: Kerajaan negeri akan membina lebih banyak rumah mampu milik tahun "
        "depan.",
        "ms",
        "KUALA TERENGGANU",
        "MY",
        (),
        None,
    ),
    (
        "SINGAPORE: The Ministry of Health will roll out a new screening programme next year.",
        "en",
        "SINGAPORE",
        "SG",
        (),
        None,
    ),
    (
        "JOHOR BAHRU: Malaysian police have arrested five men over a cross-border scam.",
        "en",
        "JOHOR BAHRU",
        "MY",
        (),
        None,
    ),
    (
        "Updated Dec 05, 2026, 10:32 AM\nSINGAPORE – More HDB flats will be launched in February.",
        "en",
        "SINGAPORE",
        "SG",
        (),
        D5,
    ),
    (
        "Published Dec 05, 2026, 06:00 AM\nWASHINGTON – The US Senate passed a stopgap funding "
        "bill.",
        "en",
        "WASHINGTON",
        "US",
        (),
        D5,
    ),
    # --- Ireland: a county after the place, a stop, a day word and a clock above
    (
        "Today at 06:30\nDublin – The Government will publish the housing plan on Tuesday.",
        "en",
        "Dublin",
        "IE",
        (),
        "2026-12-05T05:30",
    ),
    (
        "Kilkenny – The county council has approved a new cycle route along the river.",
        "en",
        "Kilkenny",
        "IE",
        (),
        None,
    ),
    (
        "Letterkenny. Gardaí in Donegal are investigating a fire at a derelict building.",
        "en",
        "Letterkenny",
        "IE",
        (),
        None,
    ),
    (
        "Ennis, Co Clare – The local authority has approved a new bypass for the town.",
        "en",
        "Ennis",
        "IE",
        (),
        None,
    ),
    (
        "Portlaoise, Co. Laois — Gardaí have arrested two men after a burglary.",
        "en",
        "Portlaoise",
        "IE",
        (),
        None,
    ),
    (
        "Derry – Police have closed a road in the city after a security alert.",
        "en",
        "Derry",
        "GB",
        (),
        None,
    ),
    # --- New Zealand: a dash, a macron, a stamp in NZ daylight time
    (
        "Christchurch – A fire has destroyed a heritage church in the city's east.",
        "en",
        "Christchurch",
        "NZ",
        (),
        None,
    ),
    (
        "Palmerston North – The city council has voted to close the central library.",
        "en",
        "Palmerston North",
        "NZ",
        (),
        None,
    ),
    (
        "Whangārei – The regional council has issued a drought warning for Northland.",
        "en",
        "Whangārei",
        "NZ",
        (),
        None,
    ),
    (
        "Updated 5 Dec 2026 10:32am NZDT\nWellington – The Reserve Bank has cut the official "
        "cash rate.",
        "en",
        "Wellington",
        "NZ",
        (),
        "2026-12-04T21:32",
    ),
    # --- the Caribbean: CMC with the island after the place, the Gleaner's bureau, "Jamaica —"
    (
        "KINGSTON, Jamaica — The Government has announced a new minimum wage from April.",
        "en",
        "KINGSTON",
        "JM",
        (),
        None,
    ),
    (
        "WESTERN BUREAU:\nMONTEGO BAY, St James — Police have launched an investigation into a "
        "shooting.",
        "en",
        "MONTEGO BAY",
        "JM",
        (),
        None,
    ),
    (
        "PORT OF SPAIN, Trinidad, Dec 5, CMC – The government has presented a new budget.",
        "en",
        "PORT OF SPAIN",
        "TT",
        ("CMC",),
        D5,
    ),
    (
        "BRIDGETOWN, Barbados, Dec 5, CMC – The Barbados Government has raised the bus fare.",
        "en",
        "BRIDGETOWN",
        "BB",
        ("CMC",),
        D5,
    ),
    (
        "ST JOHN'S, Antigua, Dec 5, CMC – Parliament has approved a new citizenship law.",
        "en",
        "ST JOHN'S",
        "AG",
        ("CMC",),
        D5,
    ),
    (
        "CASTRIES, St Lucia, Dec. 5, CMC – The Government has declared a state of emergency.",
        "en",
        "CASTRIES",
        "LC",
        ("CMC",),
        D5,
    ),
    (
        "GEORGETOWN, Guyana, Dec 5, CMC – Guyana's oil output rose to a record in November.",
        "en",
        "GEORGETOWN",
        "GY",
        ("CMC",),
        D5,
    ),
    (
        "NASSAU, Bahamas — The government has tabled a bill to regulate short-term rentals.",
        "en",
        "NASSAU",
        "BS",
        (),
        None,
    ),
    (
        "BASSETERRE, St Kitts – The National Assembly has approved the budget.",
        "en",
        "BASSETERRE",
        "KN",
        (),
        None,
    ),
    (
        "Observer staff reporter\nMANDEVILLE, Manchester — Police have charged a man with murder.",
        "en",
        "MANDEVILLE",
        "JM",
        (),
        None,
    ),
    # --- Spanish America: La Nación, Proceso, El País, "Agencias", a country's code, a post
    (
        "SAN PABLO.- El gobierno brasileño anunció un nuevo plan de inversiones en "
        "infraestructura.",
        "es",
        "SAN PABLO",
        "BR",
        (),
        None,
    ),
    (
        "Corresponsal en Madrid\nMADRID.- El Gobierno español aprobó el anteproyecto de "
        "presupuestos.",
        "es",
        "MADRID",
        "ES",
        (),
        None,
    ),
    (
        "ROSARIO (Corresponsal).- La cosecha de soja superó las previsiones de la Bolsa de "
        "Comercio.",
        "es",
        "ROSARIO",
        "AR",
        (),
        None,
    ),
    (
        "CIUDAD DE MÉXICO (apro).- La Suprema Corte invalidó la reforma a la ley de seguridad.",
        "es",
        "CIUDAD DE MÉXICO",
        "MX",
        ("apro",),
        None,
    ),
    (
        "Culiacán, Sin.- Enfrentamientos armados obligaron a suspender las clases en la ciudad.",
        "es",
        "Culiacán",
        "MX",
        (),
        None,
    ),
    (
        "Cali, Valle del Cauca – La Alcaldía anunció un nuevo sistema de buses eléctricos.",
        "es",
        "Cali",
        "CO",
        (),
        None,
    ),
    (
        "Bogotá - 05 dic 2026 - 08:32 COT\nEl presidente colombiano anunció una reforma "
        "tributaria.",
        "es",
        "Bogotá",
        "CO",
        (),
        "2026-12-05T13:32",
    ),
    (
        "Quito (Agencias).- El Gobierno ecuatoriano decretó el estado de excepción en tres "
        "provincias.",
        "es",
        "Quito",
        "EC",
        ("Agencias",),
        None,
    ),
    (
        "Caracas — Agencias\nEl gobierno venezolano anunció un aumento del salario mínimo.",
        "es",
        "Caracas",
        "VE",
        ("Agencias",),
        None,
    ),
    (
        "San Salvador / AFP\nEl Gobierno salvadoreño prorrogó el régimen de excepción.",
        "es",
        "San Salvador",
        "SV",
        ("AFP",),
        None,
    ),
    (
        "Tegucigalpa, Honduras.- El Congreso Nacional aprobó el presupuesto general.",
        "es",
        "Tegucigalpa",
        "HN",
        (),
        None,
    ),
    (
        "SANTO DOMINGO, RD.- El Gobierno anunció un plan de asfaltado en todo el país.",
        "es",
        "SANTO DOMINGO",
        "DO",
        (),
        None,
    ),
    (
        "LA HABANA, 5 dic (ACN) – El Consejo de Ministros aprobó el plan de la economía.",
        "es",
        "LA HABANA",
        "CU",
        ("ACN",),
        D5,
    ),
    (
        "SANTIAGO.- El Gobierno chileno ingresó al Congreso un proyecto de ley de pensiones.",
        "es",
        "SANTIAGO",
        "CL",
        (),
        None,
    ),
    (
        "Oaxaca de Juárez, Oax.- El Congreso local aprobó la ley de ingresos para 2027.",
        "es",
        "Oaxaca de Juárez",
        "MX",
        (),
        None,
    ),
    (
        "AREQUIPA | El Gobierno Regional declaró en emergencia tres provincias por la sequía.",
        "es",
        "AREQUIPA",
        "PE",
        (),
        None,
    ),
    # --- Spain: Servimedia's day alone, a newsroom before a pipe, ACN in Catalan
    (
        "MADRID, 5 (SERVIMEDIA) – El Consejo de Ministros aprobó el real decreto de becas.",
        "es",
        "MADRID",
        "ES",
        ("SERVIMEDIA",),
        D5,
    ),
    (
        "Redacción | Bilbao\nEl Ayuntamiento aprobó ayer el plan de movilidad para 2027.",
        "es",
        "Bilbao",
        "ES",
        (),
        None,
    ),
    (
        "Barcelona (ACN).- El Govern ha aprovat el decret de mesures contra la sequera.",
        "ca",
        "Barcelona",
        "ES",
        ("ACN",),
        None,
    ),
    (
        "PAMPLONA, 5 (EUROPA PRESS) – El Parlamento de Navarra aprobó los presupuestos.",
        "es",
        "PAMPLONA",
        "ES",
        ("EUROPA PRESS",),
        D5,
    ),
    # --- Brazil and Portugal: Folha's "DE", an envoy, g1, O Globo's "RIO", Estadão's day alone
    (
        "MARIANA CARNEIRO\nDE BRASÍLIA\nO governo federal anunciou um corte de R$ 15 bilhões no "
        "Orçamento.",
        "pt",
        "BRASÍLIA",
        "BR",
        (),
        None,
    ),
    (
        "ENVIADO ESPECIAL A BUENOS AIRES\nO presidente argentino anunciou um novo pacote de "
        "medidas.",
        "pt",
        "BUENOS AIRES",
        "AR",
        (),
        None,
    ),
    (
        "Pedro Rafael - Repórter da Agência Brasil - Brasília\nO Ministério da Saúde ampliou a "
        "vacinação.",
        "pt",
        "Brasília",
        "BR",
        (),
        None,
    ),
    (
        "Por g1 PE — Recife\n05/12/2026 10h32\nA chuva deixou vários bairros alagados na capital.",
        "pt",
        "Recife",
        "BR",
        (),
        D5,
    ),
    (
        "RIO — O governo do estado anunciou um reforço no policiamento para o réveillon.",
        "pt",
        "RIO",
        "BR",
        (),
        None,
    ),
    (
        "SÃO PAULO, 5 (Estadão Conteúdo) - O Ibovespa fechou em alta pelo terceiro dia.",
        "pt",
        "SÃO PAULO",
        "BR",
        ("Estadão Conteúdo",),
        D5,
    ),
    (
        "5 de dezembro de 2026, 10:32\nViseu – A Câmara Municipal aprovou o orçamento para 2027.",
        "pt",
        "Viseu",
        "PT",
        (),
        D5,
    ),
    # --- Italy: Italpress, Dire, a kicker that is a topic, ANSA's site, an apostrophe
    (
        "PALERMO (ITALPRESS) - La Regione ha approvato il piano per i rifiuti.",
        "it",
        "PALERMO",
        "IT",
        ("ITALPRESS",),
        None,
    ),
    (
        "Roma, 5 dic. (Dire) - Il Consiglio dei ministri ha approvato il decreto flussi.",
        "it",
        "Roma",
        "IT",
        ("Dire",),
        D5,
    ),
    (
        "IL CASO\nTREVISO - Un uomo è stato multato per aver dato da mangiare ai piccioni.",
        "it",
        "TREVISO",
        "IT",
        (),
        None,
    ),
    (
        "Redazione ANSA\nMILANO\n05 dicembre 2026, 10:32\nLa Borsa di Milano ha chiuso in rialzo.",
        "it",
        "MILANO",
        "IT",
        (),
        D5,
    ),
    (
        "Sant'Antioco – Un peschereccio è affondato al largo dell'isola, salvi i marinai.",
        "it",
        "Sant'Antioco",
        "IT",
        (),
        None,
    ),
    (
        "COSENZA – I carabinieri hanno arrestato due persone per estorsione.",
        "it",
        "COSENZA",
        "IT",
        (),
        None,
    ),
    # --- Germany, Switzerland: a river after the place, regional names, dts, dpa-AFX, SID
    (
        "Halle (Saale) – Die Stadt hat den Haushalt für das kommende Jahr beschlossen.",
        "de",
        "Halle",
        "DE",
        (),
        None,
    ),
    (
        "Frankfurt (Oder) – Die Europa-Universität baut ein neues Hörsaalgebäude.",
        "de",
        "Frankfurt",
        "DE",
        (),
        None,
    ),
    (
        "Mülheim an der Ruhr. Die Stadt schließt zwei Schwimmbäder über den Winter.",
        "de",
        "Mülheim an der Ruhr",
        "DE",
        (),
        None,
    ),
    (
        "Rothenburg ob der Tauber – Der Weihnachtsmarkt zählt so viele Besucher wie nie.",
        "de",
        "Rothenburg ob der Tauber",
        "DE",
        (),
        None,
    ),
    (
        "Von Hans Müller\nWeiden in der Oberpfalz – Das Klinikum baut eine neue Notaufnahme.",
        "de",
        "Weiden in der Oberpfalz",
        "DE",
        (),
        None,
    ),
    (
        "Berlin (dts Nachrichtenagentur) - Die Bundesregierung will die Stromsteuer senken.",
        "de",
        "Berlin",
        "DE",
        ("dts Nachrichtenagentur",),
        None,
    ),
    (
        "FRANKFURT (dpa-AFX) - Der Dax hat am Freitag deutlich zugelegt.",
        "de",
        "FRANKFURT",
        "DE",
        ("dpa-AFX",),
        None,
    ),
    (
        "Köln (SID) - Der 1. FC Köln hat sich von seinem Trainer getrennt.",
        "de",
        "Köln",
        "DE",
        ("SID",),
        None,
    ),
    (
        "Bern (Keystone-SDA) - Der Bundesrat hat die Vorlage zur AHV verabschiedet.",
        "de",
        "Bern",
        "CH",
        ("Keystone-SDA",),
        None,
    ),
    (
        "Bundesbank senkt Wachstumsprognose /FREE/\nFrankfurt (Reuters) - Die Bundesbank "
        "rechnet mit einem schwächeren Wachstum.",
        "de",
        "Frankfurt",
        "DE",
        ("Reuters",),
        None,
    ),
    (
        "Verkehr\nDüsseldorf (dpa/lnw) - Auf der A3 hat sich ein schwerer Unfall ereignet.",
        "de",
        "Düsseldorf",
        "DE",
        ("dpa", "lnw"),
        None,
    ),
    (
        "Lokales\nPassau. Der Stadtrat hat den neuen Busfahrplan beschlossen.",
        "de",
        "Passau",
        "DE",
        (),
        None,
    ),
    (
        "Neustadt an der Weinstraße (dpa/lrs) – Die Weinlese ist in diesem Jahr klein ausgefallen.",
        "de",
        "Neustadt an der Weinstraße",
        "DE",
        ("dpa", "lrs"),
        None,
    ),
    (
        "Von dpa\nMagdeburg – Der Landtag hat den Doppelhaushalt verabschiedet.",
        "de",
        "Magdeburg",
        "DE",
        (),
        None,
    ),
]


# The rows still read wrong, and why (each must still fail: a fix shows as an unexpected pass).
_row = partial(row_starting, STYLES)  # the text of the one row that starts so


MISSED: dict[str, str] = {
    _row("Tribune News Service"): (
        "a place alone on its line (with its date, the Tribune's style) is read under a credit "
        "line, and a paper's 'News Service' is no credit head the rule knows"
    ),
    _row("Chuks Okocha in Abuja"): (
        "a name, 'in' and a place alone on a line reads like a headline ('Floods in Lagos')"
    ),
    _row("Pedro Rafael - Repórter"): (
        "name, post and house joined by hyphens before the place: the post is not the last "
        "word before it, and a hyphen is no separator there"
    ),
    _row("Dar es Salaam."): (
        "'es' is no place joiner (it is Spanish 'is'), so a title-case 'Dar es Salaam' with a "
        "stop and no credit is not read"
    ),
    _row("MANILA, Philippines – (Updated"): (
        "the body opens with an editor's note in brackets; after a dateline with no credit the "
        "grammar wants a capital, a figure or a quote"
    ),
    _row("JOHOR BARU:"): (
        "the gazetteer knows Johor Bahru, not the Malaysian papers' 'Johor Baru': the known "
        "head 'JOHOR' (the state) is read"
    ),
    _row("WESTERN BUREAU:"): (
        "'St James' (a Jamaican parish) is no region the gazetteer's qualifiers know: it is "
        "read as a place in Vietnam, where there is no Montego Bay"
    ),
    _row("PORT OF SPAIN, Trinidad"): (
        "'Trinidad', the country's short name, is no country alias (towns in Cuba and Bolivia "
        "bear it): read as La Trinidad, PH"
    ),
    _row("ST JOHN'S, Antigua"): (
        "'Antigua', the country's short name, is no country alias (a Spanish word, and "
        "Antigua Guatemala): read as Guatemala's"
    ),
    _row("SAN PABLO.-"): (
        "La Nación's Spanish name for São Paulo is not among the gazetteer's names: the "
        "largest San Pablo (PH) is read"
    ),
    _row("Bogotá - 05 dic 2026"): (
        "El País's place, date and clock line: a dash then a date is no separator the grammar reads"
    ),
    _row("MARIANA CARNEIRO"): "Folha's 'DE' (from) before the place on its own line: not read",
    _row("ENVIADO ESPECIAL A"): (
        "an envoy's line naming the place, with no dateline after it: not read as one"
    ),
    _row("Von Hans Müller\nWeiden in der Oberpfalz"): (
        "the gazetteer knows the town as 'Weiden' only; a place of four words with no credit "
        "must be known whole"
    ),
}


STYLE_CASES = xfail_cases(STYLES, MISSED)


def _first_dated(text: str):
    return first_dated(text, CAPTURED)


@pytest.mark.parametrize(("text", "lang", "place", "cc", "agencies", "when"), STYLE_CASES)
def test_regional_dateline(resolver, text, lang, place, cc, agencies, when):
    assert_row_read(resolver, (text, lang, place, cc, agencies, when), CAPTURED)


# text, language: no dateline in any of them (a section name, some of them place words; a
# kicker that is a topic; a byline whose paper or whose author's name is a place's; a club, a
# firm, a person or an event named after a place; a photo credit; a stamp with nothing after it)
LOOK_ALIKES = [
    # section names, some of them place words
    ("Metro – Commuters faced long delays on Friday after a signal failure.", "en"),
    ("Nation | The opposition walked out of the House on Friday.", "en"),
    ("Provinces – Floods displaced thousands of families in the south.", "en"),
    ("Africa – The continent's economies will grow by 4% next year, the bank said.", "en"),
    ("Home / India\nThe Supreme Court on Friday stayed the demolition order.", "en"),
    ("Mundo | El presidente francés disolvió la Asamblea Nacional.", "es"),
    ("Internacional – La ONU pidió un alto el fuego inmediato.", "es"),
    ("América Latina – La región crecerá un 2% en 2027, según la Cepal.", "es"),
    ("Ciudades – El metro funcionará toda la noche del sábado.", "es"),
    ("Nacional | El Congreso aprobó la reforma judicial.", "es"),
    ("Cronaca – Un incendio è divampato nella notte in un capannone.", "it"),
    ("Europa | La Commissione ha proposto nuove regole sui migranti.", "it"),
    ("Lokales – Der Stadtrat tagt am Montag öffentlich.", "de"),
    ("Inland – Die Koalition streitet weiter über die Rente.", "de"),
    ("Ausland – Die Lage im Nahen Osten bleibt angespannt.", "de"),
    ("País – O Governo aprovou o orçamento do Estado.", "pt"),
    # added with the rule for section names: one that is a place word, alone before a separator
    ("Europe – Leaders will meet in Brussels next week to agree the budget.", "en"),
    ("Afrika – Die Dürre bedroht Millionen Menschen im Osten des Kontinents.", "de"),
    ("Asia | Los mercados cerraron con pérdidas en Tokio y Seúl.", "es"),
    ("Mundo – O presidente francês dissolveu a Assembleia.", "pt"),
    # kickers that are topics
    ("IL CASO\nUn uomo è stato multato per aver dato da mangiare ai piccioni.", "it"),
    ("LA POLÉMICA\nEl Gobierno defendió su plan de vivienda ante las críticas.", "es"),
    ("EXCLUSIVE\nThe minister has resigned, three sources said on Friday.", "en"),
    ("ELECTIONS 2026 – The commission has published the final register.", "en"),
    ("WATCH: Crowds gather as the cruise ship docks.", "en"),
    # bylines: a paper named after a city, an author named like a place
    ("By Sarah Jones, The Washington Post\nThe Senate passed the bill on Friday.", "en"),
    ("By Ahmed Ali | Dawn.com\nThe government has raised fuel prices again.", "en"),
    ("Jane Cruz | Manila Bulletin\nThe Senate approved the budget on Friday.", "en"),
    ("Von Anna Schmidt, Kölner Stadt-Anzeiger\nDie Stadt plant eine neue Brücke.", "de"),
    ("di Marco Rossi, Corriere di Bologna\nIl Comune ha approvato il bilancio.", "it"),
    ("By Paris Lees\nThe writer argues that the law needs to change.", "en"),
    ("By Victoria Derbyshire\nThe broadcaster said she would return in January.", "en"),
    # added with the rule for a place after a byline: a desk, a title or a paper after the comma
    ("By Jane Doe, Staff Writer\nThe council voted to close the library.", "en"),
    ("Staff Correspondent, Politics\nThe opposition walked out of the House.", "en"),
    ("Por Ana Ruiz | El Heraldo de Barranquilla\nLa Alcaldía anunció un plan.", "es"),
    ("By Tom Walsh, Limerick Leader\nThe council approved the new bypass.", "en"),
    # added with the rule for a place then a credit alone on a line: a club, a desk, a paper
    ("Real Madrid / EFE\nEl club anunció la renovación de su capitán.", "es"),
    ("Economía / EFE\nEl Gobierno aprobó el plan de vivienda.", "es"),
    ("Washington Post / AP\nThe Senate passed the bill on Friday.", "en"),
    # clubs, firms, people and events named after a place
    ("Kaizer Chiefs – The Soweto giants have sacked their coach.", "en"),
    ("Lahore Qalandars – The franchise has retained its captain.", "en"),
    ("Karachi Kings – The team has named a new head coach.", "en"),
    ("Bombay Stock Exchange – Shares hit a record high on Friday.", "en"),
    ("Calcutta Cup – England beat Scotland at Twickenham.", "en"),
    ("Manila Water – The firm will raise its tariff in January.", "en"),
    ("Kingston Wharves – The terminal handled a record volume of cargo.", "en"),
    ("Auckland Council – Councillors voted to sell the airport shares.", "en"),
    ("Washington Sundar – The all-rounder took four wickets on Friday.", "en"),
    ("Nelson Chamisa – The opposition leader has called for fresh protests.", "en"),
    ("Victoria Azarenka – The former world number one has retired.", "en"),
    ("Lagos Fashion Week – Designers showed their new collections.", "en"),
    ("Delhi Metro – Services on the Blue Line were hit by a signal fault.", "en"),
    ("Santiago Peña – El presidente paraguayo viajó a Brasilia.", "es"),
    ("Independiente Medellín – El equipo despidió a su entrenador.", "es"),
    ("Carnaval de Barranquilla – La fiesta espera a un millón de visitantes.", "es"),
    ("Sport Recife – O clube anunciou um novo treinador.", "pt"),
    ("Fortuna Düsseldorf – Der Verein hat den Trainer entlassen.", "de"),
    ("Rot-Weiss Essen – Der Verein verpflichtet einen Stürmer.", "de"),
    ("Palio di Siena – La corsa è stata rinviata per la pioggia.", "it"),
    # photo credits and stamps with nothing after them
    ("Photo: PTI", "en"),
    ("(Photo credit: Inquirer/Richard A. Reyes)", "en"),
    ("FILE PHOTO: A view of the central bank's headquarters in Abuja, Nigeria.", "en"),
    ("Picture: Gallo Images", "en"),
    ("Foto: Agência Brasil", "pt"),
    ("Foto: ANSA/CIRO FUSCO", "it"),
    ("Foto: EFE/Mauricio Dueñas Castañeda", "es"),
    ("Bild: dpa/Bernd Weißbrod", "de"),
    ("Published - December 05, 2026 10:32 am IST", "en"),
    ("Updated Dec 05, 2026, 10:32 AM", "en"),
    ("05 dicembre 2026, 10:32", "it"),
    # added with the rule for a place, a bar and a stamp on one line: a headline, a section or
    # a caption that is a place alone or with a bar, a section path, a year that is no stamp
    ("Paris\nThe city has banned cars from the banks of the Seine.", "en"),
    ("Berlin\nDie Stadt plant eine neue Brücke über die Spree.", "de"),
    ("Mumbai\nPhoto: PTI\nCommuters wait for a train at a flooded station.", "en"),
    ("Lagos | 2026 budget\nThe state assembly passed the budget on Friday.", "en"),
    ("Berlin | Politik | 05.12.2026, 10:32 Uhr\nDie Koalition streitet über den Haushalt.", "de"),
    ("Berlin | Politik\nDie Koalition streitet über den Haushalt.", "de"),
    ("Paris | Photo: Reuters\nThe Eiffel Tower was closed on Friday.", "en"),
    ("Kaizer Chiefs | December 5, 2026\nThe Soweto giants have sacked their coach.", "en"),
    ("Delhi Metro | Updated: December 5, 2026 10:32 IST\nServices were hit on Friday.", "en"),
    ("By Aisha Bello | December 5, 2026 10:32 WAT\nThe state has banned street trading.", "en"),
    ("Home | News | December 5, 2026\nThe state has banned street trading.", "en"),
    # added with the rule for a stamp, a dash and a place: what ends a stamp line is no place
    ("Published - December 05, 2026 10:32 am IST - Business\nShares rose on Friday.", "en"),
    ("Updated - December 05, 2026 - Paris Hilton\nThe heiress opened a new hotel.", "en"),
    ("December 5, 2026 - Floods in Chennai\nThe city has been hit by rain.", "en"),
    ("Published - December 05, 2026 10:32 am IST - CHENNAI", "en"),
]


# The look-alikes still read as datelines, and why.
FIRING: dict[str, str] = {}
LOOK_ALIKE_CASES = xfail_cases(LOOK_ALIKES, FIRING)


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKE_CASES)
def test_regional_look_alike_is_no_dateline(text, lang):
    brief = _first_dated(text)
    assert brief is None, brief.dateline


@pytest.mark.parametrize(
    ("day", "when"),
    [
        ("5", D5),
        ("6", "2026-12-06"),  # the capture day + 1, at most
        ("7", "2026-11-07"),  # a later day is last month's
        ("31", "2026-10-31"),  # November has no 31st
        ("0", None),
        ("32", None),
    ],
)
def test_a_lone_day_before_a_credit_is_this_month(day, when):
    """ "MADRID, 5 (EUROPA PRESS) -", "SÃO PAULO, 5 (Estadão Conteúdo) -": the day of the
    capture's month, or of the month before when that day is still to come."""
    from parsing.timeparse import resolve_dateline_date

    assert when_text(resolve_dateline_date(day, "es", CAPTURED)) == when
    assert resolve_dateline_date(day, "es") is None  # no capture time: no month


def test_a_lone_figure_on_a_stamp_is_no_date():
    from parsing.timeparse import resolve_stamp

    assert resolve_stamp("Updated: 5", "en", CAPTURED) is None


@pytest.mark.parametrize(
    "text",
    [
        "ROSARIO (Corresponsal).- La cosecha de soja superó las previsiones.",
        "Rosario (Corresponsal) – La cosecha de soja superó las previsiones.",
        "PORTO (correspondente) – A Câmara aprovou o plano de mobilidade.",
        "KIEV (dal nostro inviato) – Le sirene hanno suonato tutta la notte.",
    ],
)
def test_a_post_in_brackets_is_no_credit_and_no_region(text):
    """The reporter's post in the brackets where a credit or a region would stand."""
    dl = _first_dated(text).dateline
    assert (dl.place, dl.qualifier, dl.agencies) == (text.split(" (")[0], None, ())


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Culiacán, Sin.- Enfrentamientos armados obligaron a cerrar las escuelas.", "Culiacán"),
        ("Guadalajara, Jal.- El gobierno estatal presentó un plan de movilidad.", "Guadalajara"),
        ("Navojoa, Son.- Un incendio consumió varios locales del mercado.", "Navojoa"),
        ("Toluca, Méx.- El Congreso mexiquense aprobó el presupuesto.", "Toluca"),
        ("Chetumal, Q. Roo.- El gobierno estatal declaró la alerta por el huracán.", "Chetumal"),
    ],
)
def test_a_mexican_state_as_its_press_abbreviates_it(resolver, text, town):
    """ "Sin.", "Jal.", "Méx.": Mexico's states as its papers write them after the town, read
    as the state (once "Sin." read as Singapore, "Jal." as Xalapa's Veracruz)."""
    brief = _first_dated(text)
    brief.lang = "es"
    loc = locate(brief, resolver.resolve, text)
    assert loc.resolved and loc.country_code == "MX" and loc.name == town, loc.reason
    assert "qualifier" in loc.reason


@pytest.mark.parametrize(
    ("text", "place", "agencies", "when"),
    [
        (
            "NEW DELHI | December 5, 2026 10:32 IST\nThe ministry said on Friday it would review "
            "the rules.",
            "NEW DELHI",
            (),
            "2026-12-05T05:02",
        ),
        (
            "PTI | New Delhi | Updated: December 5, 2026 10:32 IST\nThe ministry said on Friday "
            "it would review the rules.",
            None,
            ("PTI",),
            "2026-12-05T05:02",
        ),
        (
            "NEW DELHI | The ministry said on Friday it would review the rules.",
            "NEW DELHI",
            (),
            None,
        ),
    ],
)
def test_a_stamp_beside_a_dateline_whichever_reader_found_it(text, place, agencies, when):
    """The page reads its time from a stamp beside the dateline on its line (across a bar)
    also when the dateline was read by a reader other than the stamp readers: a place in
    capitals, an agency; words that are no stamp give no time."""
    brief = _first_dated(text)
    assert (brief.dateline.place, brief.dateline.agencies) == (place, agencies)
    assert when_text(brief.published_at) == when
    assert brief.time_basis == ("meta" if when else None)


@pytest.mark.parametrize(
    ("line", "lang", "when"),
    [
        ("TNN | Updated: Dec 5, 2026, 09:14 IST", "en", "2026-12-05T03:44"),
        (
            "Press Trust of India | Updated: December 05, 2026 10:32 am IST",
            "en",
            "2026-12-05T05:02",
        ),
        ("Jane Doe • December 5, 2026", "en", D5),
        ("Philippine Daily Inquirer / 05:10 AM December 05, 2026", "en", D5),
        ("5 de dezembro de 2026, 10:32", "pt", D5),
        ("04.12.2026, 18:05 Uhr", "de", D4),
        ("Updated 5 Dec 2026 10:32am NZDT", "en", "2026-12-04T21:32"),
        ("Published: 5 Dec 2026 10:32 WAT", "en", "2026-12-05T09:32"),
        ("Roma, 5 dicembre 2026", "it", None),  # a letter's place and date: no stamp
        ("AP Photo / Evan Vucci", "en", None),
        ("Jane Doe • Sport", "en", None),
        ("5 things to know about the 2026 budget", "en", None),
        ("1600 Pennsylvania Avenue NW, Washington, DC 20500", "en", None),
    ],
)
def test_a_stamp_after_a_credit_or_alone(line, lang, when):
    """A stamp after a credit's bar, bullet or slash; a date with its year alone on its line;
    the zones of the regions' papers (IST, WAT, NZDT)."""
    from parsing.timeparse import resolve_stamp

    assert when_text(resolve_stamp(line, lang, CAPTURED)) == when


@pytest.mark.parametrize(
    ("text", "lang", "cc"),
    [
        ("Morelia, Mich.- El gobierno estatal presentó un plan de seguridad.", "es", "MX"),
        ("Uruapan, Mich.- Un incendio consumió varios locales del mercado.", "es", "MX"),
        ("LANSING, Mich. (AP) — Lawmakers approved the state budget on Friday.", "en", "US"),
    ],
)
def test_mich_is_michoacan_or_michigan_by_the_place(resolver, text, lang, cc):
    """ "Mich." is AP's Michigan and Mexico's Michoacán: a code two countries use, the place's
    own readings decide (as for Brazil's "SC")."""
    brief = _first_dated(text)
    brief.lang = lang
    loc = locate(brief, resolver.resolve, text)
    assert loc.resolved and loc.country_code == cc, loc.reason
