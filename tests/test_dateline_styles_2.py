"""Datelines of agencies and papers the other tables do not hold, read end to end.

Written for this test, before the parser read them, from what is known of each house's own
style, not taken from any item: Asian, Arab, African, Latin American and European national
agencies in English and in their own languages (Kyodo, Yonhap, Xinhua, PTI, IANS, Anadolu, WAM,
QNA, SPA, MENA, APS, MAP, Antara, Bernama, PNA, VNA, Kazinform, Télam, Notimex, Prensa Latina,
ANA-MPA, ČTK, TASR, MTI, BTA, HINA, Tanjug, LETA, ELTA, NTB, STT, TT, Belga, Lusa, Agerpres,
ANSA Latina, ABI), and papers' ways around a dateline: a by-line or a kicker before it, a date or
an update line above it, a photo credit first, "(Reuters) -" with no place in a reprint, the
place alone on its line, South Asian and Gulf papers' "NEW DELHI:". Each row: the text, its
language, the place as written (None for an agency-only credit), its country, the agencies as
written, and the day the dateline names (None when it names none). Read by ``read_briefs`` and
``locate`` as ``wiremap extract`` reads a text captured at ``CAPTURED``.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from papers_read import assert_located, first_dated

CAPTURED = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
D5 = "2026-12-05"
D4 = "2026-12-04"

# text, language, place as written (or None), country, agencies as written, the day (UTC) of
# the time the text gives: the dateline's date, or a stamp's above it (None when it gives none)
STYLES = [
    # --- Kyodo, Yonhap, Xinhua in English: a date after the place, the agency in brackets or not
    (
        "TOKYO, Dec. 5 (Kyodo) -- Japan's cabinet on Friday approved an extra budget of 13.9 "
        "trillion yen.",
        "en",
        "TOKYO",
        "JP",
        ("Kyodo",),
        D5,
    ),
    (
        "NAGOYA, Japan, Dec. 5 Kyodo - Toyota Motor Corp. said Friday it will recall 120,000 "
        "vehicles.",
        "en",
        "NAGOYA",
        "JP",
        ("Kyodo",),
        D5,
    ),
    (
        "SAPPORO - A magnitude 5.8 earthquake jolted Hokkaido on Friday, the weather agency said. "
        "==Kyodo",
        "en",
        "SAPPORO",
        "JP",
        (),
        None,
    ),
    (
        "FUKUOKA, Dec. 5 (Kyodo) -- A court ordered the state to pay damages to former leprosy "
        "patients.",
        "en",
        "FUKUOKA",
        "JP",
        ("Kyodo",),
        D5,
    ),
    (
        "INCHEON, Dec. 5 (Yonhap) -- Incheon airport handled a record 7 million passengers last "
        "month.",
        "en",
        "INCHEON",
        "KR",
        ("Yonhap",),
        D5,
    ),
    (
        "GWANGJU, Dec. 5 (Yonhap) -- A fire broke out at a tire factory early Friday, officials "
        "said.",
        "en",
        "GWANGJU",
        "KR",
        ("Yonhap",),
        D5,
    ),
    (
        "WASHINGTON, Dec. 4 (Yonhap) -- The United States remains committed to the alliance, a "
        "State Department spokesperson said.",
        "en",
        "WASHINGTON",
        "US",
        ("Yonhap",),
        D4,
    ),
    (
        "DAEJEON, Dec. 5 (Yonhap) -- The state-run research institute unveiled a new battery.",
        "en",
        "DAEJEON",
        "KR",
        ("Yonhap",),
        D5,
    ),
    (
        "BEIJING, Dec. 5 (Xinhua) -- China's foreign exchange reserves rose in November, official "
        "data showed.",
        "en",
        "BEIJING",
        "CN",
        ("Xinhua",),
        D5,
    ),
    (
        "URUMQI, Dec. 5 (Xinhua) -- A new railway linking the region's north and south opened on "
        "Friday.",
        "en",
        "URUMQI",
        "CN",
        ("Xinhua",),
        D5,
    ),
    (
        "NAIROBI, Dec. 5 (Xinhua) -- Kenya's central bank cut its benchmark lending rate on "
        "Thursday.",
        "en",
        "NAIROBI",
        "KE",
        ("Xinhua",),
        D5,
    ),
    (
        "HARARE, Dec. 5 (Xinhua) -- Zimbabwe's tobacco exports rose by 12 percent this year.",
        "en",
        "HARARE",
        "ZW",
        ("Xinhua",),
        D5,
    ),
    (
        "UNITED NATIONS, Dec. 4 (Xinhua) -- The Security Council extended the mission's mandate "
        "for a year.",
        "en",
        "UNITED NATIONS",
        "US",
        ("Xinhua",),
        D4,
    ),
    (
        "KATHMANDU, Dec. 5 (Xinhua) -- Nepal's government on Friday endorsed a new tourism policy.",
        "en",
        "KATHMANDU",
        "NP",
        ("Xinhua",),
        D5,
    ),
    # --- PTI and IANS: a date and the agency, then no separator at all
    (
        "NEW DELHI, Dec 5 (PTI) The Union Cabinet on Friday approved a scheme to boost "
        "electronics manufacturing.",
        "en",
        "NEW DELHI",
        "IN",
        ("PTI",),
        D5,
    ),
    (
        "Mumbai, Dec 5 (PTI) Equity benchmark Sensex climbed 400 points in early trade on Friday.",
        "en",
        "Mumbai",
        "IN",
        ("PTI",),
        D5,
    ),
    (
        "Thiruvananthapuram, Dec 5 (PTI) The Kerala government on Friday announced relief for "
        "fishermen.",
        "en",
        "Thiruvananthapuram",
        "IN",
        ("PTI",),
        D5,
    ),
    (
        "Kolkata, Dec 5 (PTI) West Bengal recorded its coldest morning of the season on Friday.",
        "en",
        "Kolkata",
        "IN",
        ("PTI",),
        D5,
    ),
    (
        "New Delhi, Dec 5 (IANS) The Supreme Court on Friday sought the Centre's response on the "
        "plea.",
        "en",
        "New Delhi",
        "IN",
        ("IANS",),
        D5,
    ),
    (
        "Guwahati, Dec 5 (IANS) Assam Chief Minister on Friday inaugurated a bridge over the "
        "Brahmaputra.",
        "en",
        "Guwahati",
        "IN",
        ("IANS",),
        D5,
    ),
    (
        "Hyderabad, Dec 5 (IANS) Telangana police arrested three men in a cyber fraud case.",
        "en",
        "Hyderabad",
        "IN",
        ("IANS",),
        D5,
    ),
    # --- Anadolu: "ANKARA (AA) -", in Turkish too; its English site's place alone on its line
    (
        "ANKARA (AA) - Turkish Foreign Minister met his Iraqi counterpart on Friday.",
        "en",
        "ANKARA",
        "TR",
        ("AA",),
        None,
    ),
    (
        "Ankara (AA) - Dışişleri Bakanı, Iraklı mevkidaşıyla bir araya geldi.",
        "tr",
        "Ankara",
        "TR",
        ("AA",),
        None,
    ),
    (
        "İSTANBUL (AA) - İstanbul'da etkili olan sağanak nedeniyle bazı yollar ulaşıma kapandı.",
        "tr",
        "İSTANBUL",
        "TR",
        ("AA",),
        None,
    ),
    ("İZMİR (AA) - Kentte deprem tatbikatı düzenlendi.", "tr", "İZMİR", "TR", ("AA",), None),
    (
        "ANKARA\nTürkiye's central bank kept its policy rate unchanged on Thursday, it said in a "
        "statement.",
        "en",
        "ANKARA",
        "TR",
        (),
        None,
    ),
    (
        "ISTANBUL\nTurkish authorities detained 25 suspects in an operation against a smuggling "
        "ring.",
        "en",
        "ISTANBUL",
        "TR",
        (),
        None,
    ),
    # --- Gulf and Arab agencies in English
    (
        "ABU DHABI, 5th December, 2026 (WAM) -- The UAE Cabinet approved the federal budget for "
        "2027.",
        "en",
        "ABU DHABI",
        "AE",
        ("WAM",),
        D5,
    ),
    (
        "DUBAI, 5th December, 2026 (WAM) -- Dubai Electricity and Water Authority opened a new "
        "solar plant.",
        "en",
        "DUBAI",
        "AE",
        ("WAM",),
        D5,
    ),
    (
        "Doha, December 05 (QNA) - The Amir received a phone call from the President of France.",
        "en",
        "Doha",
        "QA",
        ("QNA",),
        D5,
    ),
    (
        "Washington, December 04 (QNA) - Qatar's ambassador met members of the Senate.",
        "en",
        "Washington",
        "US",
        ("QNA",),
        D4,
    ),
    (
        "Riyadh, Dec 5, 2026, SPA -- The Council of Ministers approved the general budget.",
        "en",
        "Riyadh",
        "SA",
        ("SPA",),
        D5,
    ),
    (
        "Jeddah, Dec 5, 2026, SPA -- The Islamic Development Bank signed financing agreements.",
        "en",
        "Jeddah",
        "SA",
        ("SPA",),
        D5,
    ),
    (
        "CAIRO, Dec 5 (MENA) - Egypt's foreign minister received his Sudanese counterpart on "
        "Friday.",
        "en",
        "CAIRO",
        "EG",
        ("MENA",),
        D5,
    ),
    (
        "Alexandria, Dec 5 (MENA) - The governorate raised its readiness for heavy rain.",
        "en",
        "Alexandria",
        "EG",
        ("MENA",),
        D5,
    ),
    (
        "MUSCAT, Dec 5 (ONA) - The Council of Ministers reviewed the draft state budget.",
        "en",
        "MUSCAT",
        "OM",
        ("ONA",),
        D5,
    ),
    (
        "MANAMA, Dec. 5 (BNA) - His Majesty the King received the Prime Minister of Greece.",
        "en",
        "MANAMA",
        "BH",
        ("BNA",),
        D5,
    ),
    (
        "Amman, Dec. 5 (Petra) -- Jordan's exports rose by 8 percent in ten months.",
        "en",
        "Amman",
        "JO",
        ("Petra",),
        D5,
    ),
    (
        "KUWAIT, Dec 5 (KUNA) -- Kuwait's Cabinet approved a draft law on public debt.",
        "en",
        "KUWAIT",
        "KW",
        ("KUNA",),
        D5,
    ),
    # --- Maghreb: APS and MAP, in English and French
    (
        "ALGIERS - The President of the Republic received on Thursday the Italian Foreign "
        "Minister.",
        "en",
        "ALGIERS",
        "DZ",
        (),
        None,
    ),
    (
        "ALGER - Le président de la République a reçu jeudi le ministre italien des Affaires "
        "étrangères.",
        "fr",
        "ALGER",
        "DZ",
        (),
        None,
    ),
    (
        "ORAN- Une nouvelle unité de dessalement d'eau de mer a été mise en service jeudi.",
        "fr",
        "ORAN",
        "DZ",
        (),
        None,
    ),
    (
        "Rabat, 05/12/2026 (MAP) - Le Chef du gouvernement a présidé jeudi une réunion sur l'eau.",
        "fr",
        "Rabat",
        "MA",
        ("MAP",),
        D5,
    ),
    (
        "Casablanca, 05/12/2026 (MAP) - Le port a enregistré un trafic record en novembre.",
        "fr",
        "Casablanca",
        "MA",
        ("MAP",),
        D5,
    ),
    (
        "Rabat - Morocco's Head of Government chaired on Thursday a meeting on water. (MAP)",
        "en",
        "Rabat",
        "MA",
        (),
        None,
    ),
    (
        "TUNIS (TAP) - Le gouvernement a adopté le projet de loi de finances.",
        "fr",
        "TUNIS",
        "TN",
        ("TAP",),
        None,
    ),
    (
        "Dakar, 5 déc (APS) - Le président de la République a reçu les élus locaux.",
        "fr",
        "Dakar",
        "SN",
        ("APS",),
        D5,
    ),
    # --- Antara, Bernama, PNA, VNA, Kazinform
    (
        "Jakarta (ANTARA) - Presiden meresmikan bendungan baru di Jawa Barat pada Jumat.",
        "id",
        "Jakarta",
        "ID",
        ("ANTARA",),
        None,
    ),
    (
        "Jakarta (ANTARA) - Indonesia's trade surplus widened in October, the statistics agency "
        "said.",
        "en",
        "Jakarta",
        "ID",
        ("ANTARA",),
        None,
    ),
    (
        "Surabaya, Jawa Timur (ANTARA) - Pemerintah kota menyiapkan posko banjir di setiap "
        "kecamatan.",
        "id",
        "Surabaya",
        "ID",
        ("ANTARA",),
        None,
    ),
    (
        "Makassar (ANTARA) - Bandara melayani lonjakan penumpang menjelang libur akhir tahun.",
        "id",
        "Makassar",
        "ID",
        ("ANTARA",),
        None,
    ),
    (
        "KUALA LUMPUR, Dec 5 (Bernama) -- Bank Negara Malaysia kept the overnight policy rate at "
        "3 percent.",
        "en",
        "KUALA LUMPUR",
        "MY",
        ("Bernama",),
        D5,
    ),
    (
        "KOTA KINABALU, Dec 5 (Bernama) -- Floods displaced more than 2,000 people in Sabah on "
        "Friday.",
        "en",
        "KOTA KINABALU",
        "MY",
        ("Bernama",),
        D5,
    ),
    (
        "KUALA LUMPUR, 5 Dis (Bernama) -- Kerajaan akan memperkenalkan skim bantuan baharu tahun "
        "depan.",
        "ms",
        "KUALA LUMPUR",
        "MY",
        ("Bernama",),
        D5,
    ),
    (
        "GEORGE TOWN, Dec 5 (Bernama) -- The state government will build two more flood retention "
        "ponds.",
        "en",
        "GEORGE TOWN",
        "MY",
        ("Bernama",),
        D5,
    ),
    (
        "MANILA – Malacañang on Friday welcomed the passage of the national budget.",
        "en",
        "MANILA",
        "PH",
        (),
        None,
    ),
    (
        "CEBU CITY – The provincial government suspended classes due to the typhoon.",
        "en",
        "CEBU CITY",
        "PH",
        (),
        None,
    ),
    (
        "DAVAO CITY – Police seized illegal drugs worth PHP 3 million in a buy-bust operation.",
        "en",
        "DAVAO CITY",
        "PH",
        (),
        None,
    ),
    (
        "Hanoi (VNA) - Prime Minister chaired a meeting on public investment disbursement on "
        "Friday.",
        "en",
        "Hanoi",
        "VN",
        ("VNA",),
        None,
    ),
    (
        "Ho Chi Minh City (VNA) - The city's exports rose 10 percent in eleven months.",
        "en",
        "Ho Chi Minh City",
        "VN",
        ("VNA",),
        None,
    ),
    (
        "Hà Nội (TTXVN) - Thủ tướng chủ trì cuộc họp về giải ngân vốn đầu tư công.",
        "vi",
        "Hà Nội",
        "VN",
        ("TTXVN",),
        None,
    ),
    (
        "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev received the Foreign Minister of "
        "Japan.",
        "en",
        "ASTANA",
        "KZ",
        ("KAZINFORM",),
        None,
    ),
    (
        "ALMATY. KAZINFORM – Heavy snowfall closed mountain roads on Friday.",
        "en",
        "ALMATY",
        "KZ",
        ("KAZINFORM",),
        None,
    ),
    # --- South Asian and Gulf papers: "NEW DELHI:", a date line above it, a photo credit first
    (
        "NEW DELHI: The Centre on Friday notified new rules for online gaming platforms.",
        "en",
        "NEW DELHI",
        "IN",
        (),
        None,
    ),
    (
        "MUMBAI: A fire broke out in a commercial building in Andheri on Friday morning.",
        "en",
        "MUMBAI",
        "IN",
        (),
        None,
    ),
    (
        "ISLAMABAD: Prime Minister on Friday chaired a meeting on the energy crisis.",
        "en",
        "ISLAMABAD",
        "PK",
        (),
        None,
    ),
    (
        "KARACHI: The Sindh government announced a holiday on Monday.",
        "en",
        "KARACHI",
        "PK",
        (),
        None,
    ),
    (
        "LAHORE: Smog forced the closure of schools across Punjab for a week.",
        "en",
        "LAHORE",
        "PK",
        (),
        None,
    ),
    (
        "DHAKA: Bangladesh's interim government on Friday set a date for the election.",
        "en",
        "DHAKA",
        "BD",
        (),
        None,
    ),
    (
        "RIYADH: Saudi Arabia's non-oil exports rose 12 percent in the third quarter.",
        "en",
        "RIYADH",
        "SA",
        (),
        None,
    ),
    (
        "Dubai: The Roads and Transport Authority announced new bus routes from Monday.",
        "en",
        "Dubai",
        "AE",
        (),
        None,
    ),
    (
        "Bengaluru: The city recorded its heaviest December rain in a decade.",
        "en",
        "Bengaluru",
        "IN",
        (),
        None,
    ),
    (
        "Published: 05 Dec 2026, 09:14 IST\nCHENNAI: Heavy rain lashed the city and its suburbs "
        "on Friday.",
        "en",
        "CHENNAI",
        "IN",
        (),
        D5,  # the stamp's time, in UTC
    ),
    (
        "Last Updated : 05 December 2026, 04:12 IST\nBengaluru: The state cabinet approved the "
        "new transport policy.",
        "en",
        "Bengaluru",
        "IN",
        (),
        D4,  # the stamp's time, in UTC
    ),
    (
        "(Photo: AFP)\nDHAKA: Garment workers blocked a highway demanding unpaid wages.",
        "en",
        "DHAKA",
        "BD",
        (),
        None,
    ),
    (
        "Photo: Reuters\nHANOI - Vietnam's economy grew 7.4 percent in the third quarter.",
        "en",
        "HANOI",
        "VN",
        (),
        None,
    ),
    # --- Straits Times, Japan Times, Bangkok Post: "CITY -" with no agency
    (
        "SINGAPORE - The Government will give households more utility rebates from January.",
        "en",
        "SINGAPORE",
        "SG",
        (),
        None,
    ),
    (
        "JAKARTA - Indonesia's parliament passed a revised military law on Thursday.",
        "en",
        "JAKARTA",
        "ID",
        (),
        None,
    ),
    (
        "OSAKA – The prefecture will set up a casino regulator next year.",
        "en",
        "OSAKA",
        "JP",
        (),
        None,
    ),
    (
        "CHIANG MAI - Air pollution reached hazardous levels for a third day.",
        "en",
        "CHIANG MAI",
        "TH",
        (),
        None,
    ),
    # --- English papers: a by-line before the dateline, "(Reuters) -" with no place, a kicker
    (
        "By Jane Smith\nBANGKOK (AP) — Thailand's parliament voted on Friday to dissolve itself.",
        "en",
        "BANGKOK",
        "TH",
        ("AP",),
        None,
    ),
    (
        "By JOHN MWANGI Associated Press\nNAIROBI, Kenya (AP) — Kenyan police fired tear gas at "
        "protesters.",
        "en",
        "NAIROBI",
        "KE",
        ("AP",),
        None,
    ),
    (
        "By Ana Rivera, Reuters\nMEXICO CITY (Reuters) - Mexico's central bank cut its key rate "
        "by a quarter point.",
        "en",
        "MEXICO CITY",
        "MX",
        ("Reuters",),
        None,
    ),
    (
        "(Reuters) - Oil prices rose on Friday after OPEC+ agreed to extend output cuts.",
        "en",
        None,
        None,
        ("Reuters",),
        None,
    ),
    (
        "(AP) — A powerful storm knocked out power to thousands of homes overnight.",
        "en",
        None,
        None,
        ("AP",),
        None,
    ),
    (
        "SYDNEY (Reuters) - Australia's central bank held rates steady on Friday.",
        "en",
        "SYDNEY",
        "AU",
        ("Reuters",),
        None,
    ),
    (
        "Exclusive\nKYIV (Reuters) - Ukraine is in talks to buy more air defence systems, sources "
        "said.",
        "en",
        "KYIV",
        "UA",
        ("Reuters",),
        None,
    ),
    (
        "WORLD NEWS\nMANILA (AP) — A ferry carrying 200 people caught fire off the central "
        "Philippines.",
        "en",
        "MANILA",
        "PH",
        ("AP",),
        None,
    ),
    (  # the date alone on the line above the dateline is the brief's (read26)
        "Friday, December 5, 2026\nACCRA, Ghana (AP) — Ghana's parliament approved the budget.",
        "en",
        "ACCRA",
        "GH",
        ("AP",),
        D5,
    ),
    (
        "Dec 5, 2026 | 9:14 AM\nLAGOS (Reuters) - Nigeria's naira weakened to a record low.",
        "en",
        "LAGOS",
        "NG",
        ("Reuters",),
        None,
    ),
    (
        "ANALYSIS\nBRUSSELS (Reuters) - European Union leaders face a tough choice on frozen "
        "assets.",
        "en",
        "BRUSSELS",
        "BE",
        ("Reuters",),
        None,
    ),
    (
        "From our correspondent\nADDIS ABABA – Ethiopia's parliament approved a new cabinet.",
        "en",
        "ADDIS ABABA",
        "ET",
        (),
        None,
    ),
    (
        "Staff Reporter\nKAMPALA – Uganda's electoral commission set a date for the polls.",
        "en",
        "KAMPALA",
        "UG",
        (),
        None,
    ),
    (
        "JOHANNESBURG – Eskom announced a fresh round of load shedding from Friday evening.",
        "en",
        "JOHANNESBURG",
        "ZA",
        (),
        None,
    ),
    (
        "WELLINGTON, Dec 5 (AAP) - New Zealand's government will raise the pension age.",
        "en",
        "WELLINGTON",
        "NZ",
        ("AAP",),
        D5,
    ),
    (
        "OTTAWA (CP) — The federal government tabled its fall economic statement on Friday.",
        "en",
        "OTTAWA",
        "CA",
        ("CP",),
        None,
    ),
    (
        "HALIFAX — Nova Scotia will spend $50 million on new housing, the premier said Friday.",
        "en",
        "HALIFAX",
        "CA",
        (),
        None,
    ),
    # --- Latin America: Télam, Notimex, Prensa Latina, ABI, ANSA Latina, EFE in English
    (
        "Buenos Aires, 5 de diciembre (Télam).- El Gobierno nacional anunció un aumento de las "
        "jubilaciones.",
        "es",
        "Buenos Aires",
        "AR",
        ("Télam",),
        D5,
    ),
    (
        "Rosario, 5 de diciembre (Télam).- La cosecha de trigo superó las previsiones en la "
        "provincia.",
        "es",
        "Rosario",
        "AR",
        ("Télam",),
        D5,
    ),
    (
        "Ciudad de México, 5 Dic (Notimex).- La Secretaría de Salud informó un aumento de casos "
        "de influenza.",
        "es",
        "Ciudad de México",
        "MX",
        ("Notimex",),
        D5,
    ),
    (
        "Guadalajara, Jal., 5 Dic (Notimex).- El gobierno estatal presentó un plan de movilidad.",
        "es",
        "Guadalajara",
        "MX",
        ("Notimex",),
        D5,
    ),
    (
        "La Habana, 5 dic (Prensa Latina) El presidente cubano recibió al canciller de Vietnam.",
        "es",
        "La Habana",
        "CU",
        ("Prensa Latina",),
        D5,
    ),
    (
        "Caracas, 5 dic (Prensa Latina) La Asamblea Nacional aprobó en primera discusión la ley "
        "de presupuesto.",
        "es",
        "Caracas",
        "VE",
        ("Prensa Latina",),
        D5,
    ),
    (
        "Managua, 5 dic (Prensa Latina) Nicaragua inauguró un nuevo hospital en el norte del país.",
        "es",
        "Managua",
        "NI",
        ("Prensa Latina",),
        D5,
    ),
    (
        "La Paz, 5 dic (ABI).- El Gobierno aprobó un decreto para garantizar el abastecimiento de "
        "combustible.",
        "es",
        "La Paz",
        "BO",
        ("ABI",),
        D5,
    ),
    (
        "(ANSA) - BUENOS AIRES, 5 DIC - El gobierno argentino anunció un nuevo recorte del gasto "
        "público.",
        "es",
        "BUENOS AIRES",
        "AR",
        ("ANSA",),
        D5,
    ),
    (
        "(ANSA) - SANTIAGO, 5 DIC - El Congreso chileno aprobó la reforma de pensiones.",
        "es",
        "SANTIAGO",
        "CL",
        ("ANSA",),
        D5,
    ),
    (
        "Madrid, Dec 5 (EFE).- Spain's unemployment fell by 20,000 people in November.",
        "en",
        "Madrid",
        "ES",
        ("EFE",),
        D5,
    ),
    (
        "Caracas, Venezuela | AFP | La oposición venezolana convocó a una marcha para el sábado.",
        "es",
        "Caracas",
        "VE",
        ("AFP",),
        None,
    ),
    (
        "Asunción, 5 dic (EFE).- El Senado paraguayo aprobó el presupuesto general.",
        "es",
        "Asunción",
        "PY",
        ("EFE",),
        D5,
    ),
    (
        "SAN JOSÉ, Costa Rica (AP) — El gobierno decretó alerta roja por las lluvias.",
        "es",
        "SAN JOSÉ",
        "CR",
        ("AP",),
        None,
    ),
    (
        "Montevideo, 5 dic (Xinhua) -- El Parlamento uruguayo aprobó la rendición de cuentas.",
        "es",
        "Montevideo",
        "UY",
        ("Xinhua",),
        D5,
    ),
    # --- Greece, Central and Eastern Europe: ANA-MPA, ČTK, TASR, MTI, BTA, HINA, Tanjug
    (
        "ATHENS (ANA-MPA) - Greece's parliament approved the 2027 state budget late on Thursday.",
        "en",
        "ATHENS",
        "GR",
        ("ANA-MPA",),
        None,
    ),
    (
        "THESSALONIKI (ANA-MPA) - The city's metro carried a million passengers in its first "
        "month.",
        "en",
        "THESSALONIKI",
        "GR",
        ("ANA-MPA",),
        None,
    ),
    (
        "Praha 5. prosince (ČTK) - Vláda dnes schválila návrh zákona o státním rozpočtu.",
        "cs",
        "Praha",
        "CZ",
        ("ČTK",),
        D5,
    ),
    (
        "Brno 5. prosince (ČTK) - Krajský soud dnes potrestal bývalého starostu.",
        "cs",
        "Brno",
        "CZ",
        ("ČTK",),
        D5,
    ),
    (
        "Ostrava 5. prosince (ČTK) - Hutní podnik propustí do konce roku 500 zaměstnanců.",
        "cs",
        "Ostrava",
        "CZ",
        ("ČTK",),
        D5,
    ),
    (
        "Bratislava 5. decembra (TASR) - Vláda v piatok schválila konsolidačný balík.",
        "sk",
        "Bratislava",
        "SK",
        ("TASR",),
        D5,
    ),
    (
        "Košice 5. decembra (TASR) - Mesto pripravuje rekonštrukciu hlavnej ulice.",
        "sk",
        "Košice",
        "SK",
        ("TASR",),
        D5,
    ),
    (
        "Budapest, 2026. december 5., péntek (MTI) – A kormány elfogadta a jövő évi költségvetést.",
        "hu",
        "Budapest",
        "HU",
        ("MTI",),
        D5,
    ),
    (
        "Debrecen, 2026. december 5. (MTI) – Új gyár épül a város déli ipari parkjában.",
        "hu",
        "Debrecen",
        "HU",
        ("MTI",),
        D5,
    ),
    (
        "Sofia, December 5 (BTA) - The National Assembly adopted the state budget at first "
        "reading.",
        "en",
        "Sofia",
        "BG",
        ("BTA",),
        D5,
    ),
    (
        "София, 5 декември /БТА/ - Народното събрание прие бюджета на първо четене.",
        "bg",
        "София",
        "BG",
        ("БТА",),
        D5,
    ),
    (
        "Пловдив, 5 декември /БТА/ - Общината обяви конкурс за нов мост.",
        "bg",
        "Пловдив",
        "BG",
        ("БТА",),
        D5,
    ),
    (
        "ZAGREB, 5. prosinca 2026. (Hina) - Vlada je u petak prihvatila prijedlog proračuna.",
        "hr",
        "ZAGREB",
        "HR",
        ("Hina",),
        D5,
    ),
    (
        "SPLIT, 5. prosinca (Hina) - Lučka uprava najavila je obnovu gata.",
        "hr",
        "SPLIT",
        "HR",
        ("Hina",),
        D5,
    ),
    (
        "BEOGRAD, 5. decembra (Tanjug) - Vlada Srbije usvojila je predlog budžeta za narednu "
        "godinu.",
        "sr",
        "BEOGRAD",
        "RS",
        ("Tanjug",),
        D5,
    ),
    (
        "NOVI SAD, 5. decembra (Tanjug) - Gradsko veće usvojilo je plan izgradnje novog mosta.",
        "sr",
        "NOVI SAD",
        "RS",
        ("Tanjug",),
        D5,
    ),
    (
        "Bukurešť 5. decembra (TASR) - Rumunská vláda schválila rozpočet.",
        "sk",
        "Bukurešť",
        "RO",
        ("TASR",),
        D5,
    ),
    (
        "Varšava 5. prosince (ČTK) - Polský Sejm dnes schválil rozpočet.",
        "cs",
        "Varšava",
        "PL",
        ("ČTK",),
        D5,
    ),
    # --- the Baltics and the North: LETA, ELTA, NTB, STT, TT, Belga
    (
        "RĪGA, 5. decembris, LETA. Saeima ceturtdien galīgajā lasījumā pieņēma valsts budžetu.",
        "lv",
        "RĪGA",
        "LV",
        ("LETA",),
        D5,
    ),
    (
        "Vilnius, gruodžio 5 d. (ELTA). Seimas penktadienį priėmė valstybės biudžetą.",
        "lt",
        "Vilnius",
        "LT",
        ("ELTA",),
        D5,
    ),
    (
        "Kaunas, gruodžio 5 d. (ELTA). Miesto taryba patvirtino naują transporto planą.",
        "lt",
        "Kaunas",
        "LT",
        ("ELTA",),
        D5,
    ),
    (
        "TALLINN, 5. detsember, BNS - Riigikogu võttis vastu järgmise aasta eelarve.",
        "et",
        "TALLINN",
        "EE",
        ("BNS",),
        D5,
    ),
    (
        "OSLO (NTB): Regjeringen legger fram et nytt forslag om strømstøtte.",
        "no",
        "OSLO",
        "NO",
        ("NTB",),
        None,
    ),
    (
        "Bergen (NTB): Flere veier er stengt etter uværet natt til fredag.",
        "no",
        "Bergen",
        "NO",
        ("NTB",),
        None,
    ),
    (
        "HELSINKI (STT) – Hallitus esittää eduskunnalle uutta lakia sähkön hinnasta.",
        "fi",
        "HELSINKI",
        "FI",
        ("STT",),
        None,
    ),
    (
        "Tampere (STT) – Kaupunki rakentaa uuden raitiotien Hervantaan.",
        "fi",
        "Tampere",
        "FI",
        ("STT",),
        None,
    ),
    (
        "MALMÖ (TT) Polisen grep i natt tre män efter en skottlossning.",
        "sv",
        "MALMÖ",
        "SE",
        ("TT",),
        None,
    ),
    ("Umeå (TT) – Regionen inför besöksförbud på sjukhusen.", "sv", "Umeå", "SE", ("TT",), None),
    (
        "BRUSSEL (Belga) - De federale regering bereikte een akkoord over de begroting.",
        "nl",
        "BRUSSEL",
        "BE",
        ("Belga",),
        None,
    ),
    (
        "Antwerpen (Belga) - De haven sloeg in november een record aan containers over.",
        "nl",
        "Antwerpen",
        "BE",
        ("Belga",),
        None,
    ),
    (
        "LIÈGE (Belga) - La ville a inauguré vendredi son nouveau tram.",
        "fr",
        "LIÈGE",
        "BE",
        ("Belga",),
        None,
    ),
    (
        "Aarhus (Ritzau) - Byrådet har vedtaget en ny plan for letbanen.",
        "da",
        "Aarhus",
        "DK",
        ("Ritzau",),
        None,
    ),
    (
        "REYKJAVÍK (RÚV) - Eldgos hófst á Reykjanesskaga í nótt.",
        "is",
        "REYKJAVÍK",
        "IS",
        ("RÚV",),
        None,
    ),
    # --- Lusa abroad, Agerpres, Ukrinform, PAP in its own way
    (
        "Luanda, 05 dez 2026 (Lusa) - O Presidente angolano exonerou o ministro das Finanças.",
        "pt",
        "Luanda",
        "AO",
        ("Lusa",),
        D5,
    ),
    (
        "Bissau, 05 dez 2026 (Lusa) - O parlamento guineense aprovou o orçamento.",
        "pt",
        "Bissau",
        "GW",
        ("Lusa",),
        D5,
    ),
    (
        "Díli, 05 dez 2026 (Lusa) - O Governo timorense aprovou um plano de investimento.",
        "pt",
        "Díli",
        "TL",
        ("Lusa",),
        D5,
    ),
    (
        "São Tomé, 05 dez 2026 (Lusa) - A Assembleia Nacional aprovou o Orçamento Geral do Estado.",
        "pt",
        "São Tomé",
        "ST",
        ("Lusa",),
        D5,
    ),
    (
        "Bucureşti, 5 dec /Agerpres/ - Guvernul a aprobat vineri proiectul bugetului pe anul "
        "viitor.",
        "ro",
        "Bucureşti",
        "RO",
        ("Agerpres",),
        D5,
    ),
    (
        "Cluj-Napoca, 5 dec /Agerpres/ - Primăria a lansat licitația pentru noul metrou.",
        "ro",
        "Cluj-Napoca",
        "RO",
        ("Agerpres",),
        D5,
    ),
    (
        "Iaşi, 5 dec /Agerpres/ - Spitalul judeţean a primit echipamente noi.",
        "ro",
        "Iaşi",
        "RO",
        ("Agerpres",),
        D5,
    ),
    (
        "Chişinău, 5 dec /MOLDPRES/ - Parlamentul a adoptat bugetul de stat.",
        "ro",
        "Chişinău",
        "MD",
        ("MOLDPRES",),
        D5,
    ),
    (
        "Київ, 5 грудня (Укрінформ) - Уряд ухвалив рішення про додаткове фінансування.",
        "uk",
        "Київ",
        "UA",
        ("Укрінформ",),
        D5,
    ),
    (
        "Warszawa, 5 grudnia (PAP) - Sejm uchwalił w piątek ustawę budżetową.",
        "pl",
        "Warszawa",
        "PL",
        ("PAP",),
        D5,
    ),
    (
        "Wilno, 5 grudnia (PAP) - Litewski Sejm przyjął budżet na przyszły rok.",
        "pl",
        "Wilno",
        "LT",
        ("PAP",),
        D5,
    ),
    (
        "Ljubljana, 5. decembra (STA) - Vlada je sprejela predlog proračuna.",
        "sl",
        "Ljubljana",
        "SI",
        ("STA",),
        D5,
    ),
    (
        "SKOPJE, 5 December (MIA) - The government adopted the draft budget for 2027.",
        "en",
        "SKOPJE",
        "MK",
        ("MIA",),
        D5,
    ),
    (
        "TIRANA, Dec. 5 (ATA) - Parliament approved the state budget for next year.",
        "en",
        "TIRANA",
        "AL",
        ("ATA",),
        D5,
    ),
    (
        "Sarajevo, 5. decembra (FENA) - Vijeće ministara usvojilo je budžet institucija.",
        "bs",
        "Sarajevo",
        "BA",
        ("FENA",),
        D5,
    ),
    # --- US local papers' AP copy: an in-state town, all caps, no state (the LGL style)
    (
        "MEXICO (AP) — A Missouri man was charged Friday after police say he set fire to a home "
        "in Audrain County.",
        "en",
        "MEXICO",
        "US",
        ("AP",),
        None,
    ),
    (
        "PERU (AP) — An Indiana man died Friday when his pickup truck left a Miami County road, "
        "sheriff's deputies said.",
        "en",
        "PERU",
        "US",
        ("AP",),
        None,
    ),
    (
        "POLAND (AP) — Ohio police said Friday a school bus driver was cited after a crash in "
        "Mahoning County.",
        "en",
        "POLAND",
        "US",
        ("AP",),
        None,
    ),
    (
        "CHINA (AP) — The Maine town's selectmen voted Friday to close the Kennebec County "
        "landfill.",
        "en",
        "CHINA",
        "US",
        ("AP",),
        None,
    ),
    (
        "CANTON (AP) — Ohio State Highway Patrol troopers closed Interstate 77 in Stark County "
        "after a crash.",
        "en",
        "CANTON",
        "US",
        ("AP",),
        None,
    ),
    (
        "SUMMERVILLE — Dorchester County deputies arrested a man after a chase, the sheriff's "
        "office said.",
        "en",
        "SUMMERVILLE",
        "US",
        (),
        None,
    ),
    (
        "MONCKS CORNER — Berkeley County Council voted Thursday to raise the property tax in "
        "South Carolina.",
        "en",
        "MONCKS CORNER",
        "US",
        (),
        None,
    ),
    (
        "LAKEWOOD — Ocean County prosecutors charged a man with arson, New Jersey State Police "
        "said.",
        "en",
        "LAKEWOOD",
        "US",
        (),
        None,
    ),
    (
        "MARION, Ohio (AP) — A county jail inmate escaped on Friday, the sheriff said.",
        "en",
        "MARION",
        "US",
        ("AP",),
        None,
    ),
    (
        "Staff Writer\nLITITZ — Borough council approved a new parking plan for Lancaster "
        "County's downtown, Pennsylvania.",
        "en",
        "LITITZ",
        "US",
        (),
        None,
    ),
]


# The rows still read wrong, and why (each must still fail: a fix shows as an unexpected pass).
def _row(start: str) -> int:
    """The index of the one row whose text starts so."""
    (i,) = [i for i, row in enumerate(STYLES) if row[0].startswith(start)]
    return i


MISSED: dict[str, str] = {
    STYLES[i][0]: why
    for i, why in (
        (
            _row("Casablanca, 05/12/2026 (MAP)"),
            "a text this short gets no language (detect_lang), and a date in figures needs "
            "its language's order of day and month: 05/12/2026 is left undated",
        ),
        (
            _row("Caracas, Venezuela | AFP |"),
            "a credit between pipes with no brackets (AFP's Spanish site's layout): no "
            "general rule tells it from a section path",
        ),
    )
}
STYLE_CASES = [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=MISSED[row[0]]))
    if row[0] in MISSED
    else row
    for row in STYLES
]


def _first_dated(text: str):
    return first_dated(text, CAPTURED)


@pytest.mark.parametrize(("text", "lang", "place", "cc", "agencies", "day"), STYLE_CASES)
def test_dateline_style(resolver, text, lang, place, cc, agencies, day):
    brief = _first_dated(text)
    assert brief is not None, f"no dateline in {text!r}"
    dl = brief.dateline
    assert (dl.place, dl.agencies) == (place, agencies), dl
    when = brief.published_at.date().isoformat() if brief.published_at else None
    assert when == day, (dl.date_text, brief.published_at)
    if place is None:
        return
    assert_located(resolver, brief, lang, text, cc)


# text, language: no dateline in any of them (a by-line, a section head, a caption, a ticker's
# "BREAKING:", a score, a title, an address, an agency's boilerplate, a club or a person named
# after a place, an update line or a photo credit with nothing after it)
LOOK_ALIKES = [
    (
        "By Kim Tong-hyung | The Associated Press\nNorth Korea's leader inspected a new destroyer.",
        "en",
    ),
    ("Reporting by David Stanway; Editing by Jacqueline Wong", "en"),
    ("By Staff Reporter\nThe council has approved the new budget after a long debate.", "en"),
    ("Written by: Nguyen Thu Trang | Edited by: Tran Minh", "en"),
    ("WORLD | ASIA\nThe summit ended without a joint statement.", "en"),
    ("NATION - The opposition walked out of the assembly on Friday.", "en"),
    ("BUSINESS - Markets rallied after the rate decision.", "en"),
    ("Sports: Cricket - India beat Australia by six wickets.", "en"),
    ("ASIA PACIFIC\nThe typhoon weakened before landfall.", "en"),
    ("BREAKING: Japan's Nikkei surges 3% after the election.", "en"),
    ("BREAKING NEWS - Earthquake of magnitude 6.1 strikes off the coast.", "en"),
    ("JUST IN: Parliament passes the budget.", "en"),
    ("LIVERPOOL 2 EVERTON 1: Salah scores twice in the derby.", "en"),
    ("Dallas 112, Boston 104 - Luka Doncic scored 40 points.", "en"),
    ("Chennai Super Kings 180/4 - Mumbai Indians 175/8: CSK won by five runs.", "en"),
    ("LONDON CALLING - The Clash's album turns 47 this month.", "en"),
    ("Sleepless in Seattle – The film returns to cinemas for its anniversary.", "en"),
    ("Escape from New York – John Carpenter's film gets a remake.", "en"),
    ("10 Downing Street, London SW1A 2AA", "en"),
    ("1600 Pennsylvania Avenue NW, Washington, DC 20500", "en"),
    ("Friedrichstraße 43, 10117 Berlin – Tel. 030 1234567", "de"),
    ("Calle de Alcalá 45, 28014 Madrid - Teléfono 91 123 45 67", "es"),
    ("Copyright (c) 2026 Kyodo News. All rights reserved.", "en"),
    ("Xinhua News Agency – Editor: Li Jing", "en"),
    ("Source: Yonhap", "en"),
    ("ANTARA News Agency - Indonesian News Agency", "en"),
    ("Tokyo Olympics - The Games left a debt of billions of yen.", "en"),
    ("Doha Round – WTO talks stall again.", "en"),
    ("Abu Dhabi Grand Prix - Verstappen wins from pole.", "en"),
    ("Bank of Korea – The central bank held its rate at 2.5%.", "en"),
    ("Seoul National University - Applications rose for a third year.", "en"),
    ("Delhi Capitals – The franchise signed a new captain.", "en"),
    ("Qatar Airways - The carrier ordered 20 more jets.", "en"),
    ("Kyiv Post – The newspaper marked its 30th anniversary.", "en"),
    ("Bangkok Post - Editorial: The budget needs scrutiny.", "en"),
    ("Jordan Peterson - The author cancelled his tour.", "en"),
    ("Chad Smith – The drummer announced a solo album.", "en"),
    ("Brooklyn Beckham – The chef opened a restaurant.", "en"),
    ("Updated 09:14 IST, Dec 5, 2026", "en"),
    ("Last Updated : 05 Dec 2026, 09:14 IST", "en"),
    ("Photo: Xinhua", "en"),
    ("(Photo: ANTARA/Hafidz Mubarak A)", "en"),
    ("REUTERS/Kim Kyung-Hoon", "en"),
    ("AFP PHOTO / Philippe Lopez", "en"),
    ("Opinion: Seoul must act on its birth rate.", "en"),
    ("Galatasaray - Fenerbahçe: 2-1. Derbi Galatasaray'ın oldu.", "tr"),
    ("Slavia Praha – Sparta Praha 2:1. Derby ovládli sešívaní.", "cs"),
    ("Dinamo Zagreb – Hajduk Split 1:1. Derbi je završio neriješeno.", "hr"),
    ("Crvena zvezda – Partizan 2:0. Večiti derbi pripao je zvezdi.", "sr"),
    ("Ferencváros – Újpest 3:0. A derbit a Fradi nyerte.", "hu"),
    ("Boca Juniors – River Plate 1:1. El superclásico terminó igualado.", "es"),
    ("Foto: Antara/Hafidz Mubarak", "id"),
    ("Jakarta Fair - Pameran dibuka Jumat malam.", "id"),
    ("Budapest Airport – Rekordot döntött az utasforgalom.", "hu"),
    ("Rīgas Satiksme - Uzņēmums paaugstina biļešu cenas.", "lv"),
    ("Nord Stream – The pipeline remains shut.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_style_look_alike_is_no_dateline(text, lang):
    brief = _first_dated(text)
    assert brief is None, brief.dateline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("5 December", "en"),
        ("05 dez 2026", "pt"),
        ("5 dec", "ro"),
        ("5. decembra", "sk"),
        ("5th December, 2026", "en"),
        ("2026. december 5., péntek", "hu"),
        ("gruodžio 5 d.", "lt"),
        ("5 Dis", "ms"),
        ("5. decembris", "lv"),
    ],
)
def test_a_dateline_date_is_read(text, lang):
    """ "de" links "5 de diciembre"; the "De" of "December" or "dez" is the month's own. An
    ordinal day, the year first with the weekday after, a day's mark, months as data."""
    from parsing.timeparse import resolve_dateline_date

    assert resolve_dateline_date(text, lang, CAPTURED).date().isoformat() == D5
    assert resolve_dateline_date("5 de diciembre", "es", CAPTURED).date().isoformat() == D5
    assert resolve_dateline_date("2026. december 5., foo", "hu", CAPTURED) is None
