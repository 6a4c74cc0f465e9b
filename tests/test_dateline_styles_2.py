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

from pipeline.extract import locate, read_briefs

CAPTURED = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
D5 = "2026-12-05"
D4 = "2026-12-04"

# text, language, place as written (or None), country, agencies as written, day named (or None)
STYLES = [
    # --- Kyodo, Yonhap, Xinhua in English: a date after the place, the agency in brackets or not
    ("TOKYO, Dec. 5 (Kyodo) -- Japan's cabinet on Friday approved an extra budget of 13.9 trillion yen.", "en", "TOKYO", "JP", ("Kyodo",), D5),
    ("NAGOYA, Japan, Dec. 5 Kyodo - Toyota Motor Corp. said Friday it will recall 120,000 vehicles.", "en", "NAGOYA", "JP", ("Kyodo",), D5),
    ("SAPPORO - A magnitude 5.8 earthquake jolted Hokkaido on Friday, the weather agency said. ==Kyodo", "en", "SAPPORO", "JP", (), None),
    ("FUKUOKA, Dec. 5 (Kyodo) -- A court ordered the state to pay damages to former leprosy patients.", "en", "FUKUOKA", "JP", ("Kyodo",), D5),
    ("INCHEON, Dec. 5 (Yonhap) -- Incheon airport handled a record 7 million passengers last month.", "en", "INCHEON", "KR", ("Yonhap",), D5),
    ("GWANGJU, Dec. 5 (Yonhap) -- A fire broke out at a tire factory early Friday, officials said.", "en", "GWANGJU", "KR", ("Yonhap",), D5),
    ("WASHINGTON, Dec. 4 (Yonhap) -- The United States remains committed to the alliance, a State Department spokesperson said.", "en", "WASHINGTON", "US", ("Yonhap",), D4),
    ("DAEJEON, Dec. 5 (Yonhap) -- The state-run research institute unveiled a new battery.", "en", "DAEJEON", "KR", ("Yonhap",), D5),
    ("BEIJING, Dec. 5 (Xinhua) -- China's foreign exchange reserves rose in November, official data showed.", "en", "BEIJING", "CN", ("Xinhua",), D5),
    ("URUMQI, Dec. 5 (Xinhua) -- A new railway linking the region's north and south opened on Friday.", "en", "URUMQI", "CN", ("Xinhua",), D5),
    ("NAIROBI, Dec. 5 (Xinhua) -- Kenya's central bank cut its benchmark lending rate on Thursday.", "en", "NAIROBI", "KE", ("Xinhua",), D5),
    ("HARARE, Dec. 5 (Xinhua) -- Zimbabwe's tobacco exports rose by 12 percent this year.", "en", "HARARE", "ZW", ("Xinhua",), D5),
    ("UNITED NATIONS, Dec. 4 (Xinhua) -- The Security Council extended the mission's mandate for a year.", "en", "UNITED NATIONS", "US", ("Xinhua",), D4),
    ("KATHMANDU, Dec. 5 (Xinhua) -- Nepal's government on Friday endorsed a new tourism policy.", "en", "KATHMANDU", "NP", ("Xinhua",), D5),
    # --- PTI and IANS: a date and the agency, then no separator at all
    ("NEW DELHI, Dec 5 (PTI) The Union Cabinet on Friday approved a scheme to boost electronics manufacturing.", "en", "NEW DELHI", "IN", ("PTI",), D5),
    ("Mumbai, Dec 5 (PTI) Equity benchmark Sensex climbed 400 points in early trade on Friday.", "en", "Mumbai", "IN", ("PTI",), D5),
    ("Thiruvananthapuram, Dec 5 (PTI) The Kerala government on Friday announced relief for fishermen.", "en", "Thiruvananthapuram", "IN", ("PTI",), D5),
    ("Kolkata, Dec 5 (PTI) West Bengal recorded its coldest morning of the season on Friday.", "en", "Kolkata", "IN", ("PTI",), D5),
    ("New Delhi, Dec 5 (IANS) The Supreme Court on Friday sought the Centre's response on the plea.", "en", "New Delhi", "IN", ("IANS",), D5),
    ("Guwahati, Dec 5 (IANS) Assam Chief Minister on Friday inaugurated a bridge over the Brahmaputra.", "en", "Guwahati", "IN", ("IANS",), D5),
    ("Hyderabad, Dec 5 (IANS) Telangana police arrested three men in a cyber fraud case.", "en", "Hyderabad", "IN", ("IANS",), D5),
    # --- Anadolu: "ANKARA (AA) -", in Turkish too; its English site's place alone on its line
    ("ANKARA (AA) - Turkish Foreign Minister met his Iraqi counterpart on Friday.", "en", "ANKARA", "TR", ("AA",), None),
    ("Ankara (AA) - Dışişleri Bakanı, Iraklı mevkidaşıyla bir araya geldi.", "tr", "Ankara", "TR", ("AA",), None),
    ("İSTANBUL (AA) - İstanbul'da etkili olan sağanak nedeniyle bazı yollar ulaşıma kapandı.", "tr", "İSTANBUL", "TR", ("AA",), None),
    ("İZMİR (AA) - Kentte deprem tatbikatı düzenlendi.", "tr", "İZMİR", "TR", ("AA",), None),
    ("ANKARA\nTürkiye's central bank kept its policy rate unchanged on Thursday, it said in a statement.", "en", "ANKARA", "TR", (), None),
    ("ISTANBUL\nTurkish authorities detained 25 suspects in an operation against a smuggling ring.", "en", "ISTANBUL", "TR", (), None),
    # --- Gulf and Arab agencies in English
    ("ABU DHABI, 5th December, 2026 (WAM) -- The UAE Cabinet approved the federal budget for 2027.", "en", "ABU DHABI", "AE", ("WAM",), D5),
    ("DUBAI, 5th December, 2026 (WAM) -- Dubai Electricity and Water Authority opened a new solar plant.", "en", "DUBAI", "AE", ("WAM",), D5),
    ("Doha, December 05 (QNA) - The Amir received a phone call from the President of France.", "en", "Doha", "QA", ("QNA",), D5),
    ("Washington, December 04 (QNA) - Qatar's ambassador met members of the Senate.", "en", "Washington", "US", ("QNA",), D4),
    ("Riyadh, Dec 5, 2026, SPA -- The Council of Ministers approved the general budget.", "en", "Riyadh", "SA", ("SPA",), D5),
    ("Jeddah, Dec 5, 2026, SPA -- The Islamic Development Bank signed financing agreements.", "en", "Jeddah", "SA", ("SPA",), D5),
    ("CAIRO, Dec 5 (MENA) - Egypt's foreign minister received his Sudanese counterpart on Friday.", "en", "CAIRO", "EG", ("MENA",), D5),
    ("Alexandria, Dec 5 (MENA) - The governorate raised its readiness for heavy rain.", "en", "Alexandria", "EG", ("MENA",), D5),
    ("MUSCAT, Dec 5 (ONA) - The Council of Ministers reviewed the draft state budget.", "en", "MUSCAT", "OM", ("ONA",), D5),
    ("MANAMA, Dec. 5 (BNA) - His Majesty the King received the Prime Minister of Greece.", "en", "MANAMA", "BH", ("BNA",), D5),
    ("Amman, Dec. 5 (Petra) -- Jordan's exports rose by 8 percent in ten months.", "en", "Amman", "JO", ("Petra",), D5),
    ("KUWAIT, Dec 5 (KUNA) -- Kuwait's Cabinet approved a draft law on public debt.", "en", "KUWAIT", "KW", ("KUNA",), D5),
    # --- Maghreb: APS and MAP, in English and French
    ("ALGIERS - The President of the Republic received on Thursday the Italian Foreign Minister.", "en", "ALGIERS", "DZ", (), None),
    ("ALGER - Le président de la République a reçu jeudi le ministre italien des Affaires étrangères.", "fr", "ALGER", "DZ", (), None),
    ("ORAN- Une nouvelle unité de dessalement d'eau de mer a été mise en service jeudi.", "fr", "ORAN", "DZ", (), None),
    ("Rabat, 05/12/2026 (MAP) - Le Chef du gouvernement a présidé jeudi une réunion sur l'eau.", "fr", "Rabat", "MA", ("MAP",), D5),
    ("Casablanca, 05/12/2026 (MAP) - Le port a enregistré un trafic record en novembre.", "fr", "Casablanca", "MA", ("MAP",), D5),
    ("Rabat - Morocco's Head of Government chaired on Thursday a meeting on water. (MAP)", "en", "Rabat", "MA", (), None),
    ("TUNIS (TAP) - Le gouvernement a adopté le projet de loi de finances.", "fr", "TUNIS", "TN", ("TAP",), None),
    ("Dakar, 5 déc (APS) - Le président de la République a reçu les élus locaux.", "fr", "Dakar", "SN", ("APS",), D5),
    # --- Antara, Bernama, PNA, VNA, Kazinform
    ("Jakarta (ANTARA) - Presiden meresmikan bendungan baru di Jawa Barat pada Jumat.", "id", "Jakarta", "ID", ("ANTARA",), None),
    ("Jakarta (ANTARA) - Indonesia's trade surplus widened in October, the statistics agency said.", "en", "Jakarta", "ID", ("ANTARA",), None),
    ("Surabaya, Jawa Timur (ANTARA) - Pemerintah kota menyiapkan posko banjir di setiap kecamatan.", "id", "Surabaya", "ID", ("ANTARA",), None),
    ("Makassar (ANTARA) - Bandara melayani lonjakan penumpang menjelang libur akhir tahun.", "id", "Makassar", "ID", ("ANTARA",), None),
    ("KUALA LUMPUR, Dec 5 (Bernama) -- Bank Negara Malaysia kept the overnight policy rate at 3 percent.", "en", "KUALA LUMPUR", "MY", ("Bernama",), D5),
    ("KOTA KINABALU, Dec 5 (Bernama) -- Floods displaced more than 2,000 people in Sabah on Friday.", "en", "KOTA KINABALU", "MY", ("Bernama",), D5),
    ("KUALA LUMPUR, 5 Dis (Bernama) -- Kerajaan akan memperkenalkan skim bantuan baharu tahun depan.", "ms", "KUALA LUMPUR", "MY", ("Bernama",), D5),
    ("GEORGE TOWN, Dec 5 (Bernama) -- The state government will build two more flood retention ponds.", "en", "GEORGE TOWN", "MY", ("Bernama",), D5),
    ("MANILA – Malacañang on Friday welcomed the passage of the national budget.", "en", "MANILA", "PH", (), None),
    ("CEBU CITY – The provincial government suspended classes due to the typhoon.", "en", "CEBU CITY", "PH", (), None),
    ("DAVAO CITY – Police seized illegal drugs worth PHP 3 million in a buy-bust operation.", "en", "DAVAO CITY", "PH", (), None),
    ("Hanoi (VNA) - Prime Minister chaired a meeting on public investment disbursement on Friday.", "en", "Hanoi", "VN", ("VNA",), None),
    ("Ho Chi Minh City (VNA) - The city's exports rose 10 percent in eleven months.", "en", "Ho Chi Minh City", "VN", ("VNA",), None),
    ("Hà Nội (TTXVN) - Thủ tướng chủ trì cuộc họp về giải ngân vốn đầu tư công.", "vi", "Hà Nội", "VN", ("TTXVN",), None),
    ("ASTANA. KAZINFORM – President Kassym-Jomart Tokayev received the Foreign Minister of Japan.", "en", "ASTANA", "KZ", ("KAZINFORM",), None),
    ("ALMATY. KAZINFORM – Heavy snowfall closed mountain roads on Friday.", "en", "ALMATY", "KZ", ("KAZINFORM",), None),
    # --- South Asian and Gulf papers: "NEW DELHI:", a date line above it, a photo credit first
    ("NEW DELHI: The Centre on Friday notified new rules for online gaming platforms.", "en", "NEW DELHI", "IN", (), None),
    ("MUMBAI: A fire broke out in a commercial building in Andheri on Friday morning.", "en", "MUMBAI", "IN", (), None),
    ("ISLAMABAD: Prime Minister on Friday chaired a meeting on the energy crisis.", "en", "ISLAMABAD", "PK", (), None),
    ("KARACHI: The Sindh government announced a holiday on Monday.", "en", "KARACHI", "PK", (), None),
    ("LAHORE: Smog forced the closure of schools across Punjab for a week.", "en", "LAHORE", "PK", (), None),
    ("DHAKA: Bangladesh's interim government on Friday set a date for the election.", "en", "DHAKA", "BD", (), None),
    ("RIYADH: Saudi Arabia's non-oil exports rose 12 percent in the third quarter.", "en", "RIYADH", "SA", (), None),
    ("Dubai: The Roads and Transport Authority announced new bus routes from Monday.", "en", "Dubai", "AE", (), None),
    ("Bengaluru: The city recorded its heaviest December rain in a decade.", "en", "Bengaluru", "IN", (), None),
    ("Published: 05 Dec 2026, 09:14 IST\nCHENNAI: Heavy rain lashed the city and its suburbs on Friday.", "en", "CHENNAI", "IN", (), None),
    ("Last Updated : 05 December 2026, 04:12 IST\nBengaluru: The state cabinet approved the new transport policy.", "en", "Bengaluru", "IN", (), None),
    ("(Photo: AFP)\nDHAKA: Garment workers blocked a highway demanding unpaid wages.", "en", "DHAKA", "BD", (), None),
    ("Photo: Reuters\nHANOI - Vietnam's economy grew 7.4 percent in the third quarter.", "en", "HANOI", "VN", (), None),
    # --- Straits Times, Japan Times, Bangkok Post: "CITY -" with no agency
    ("SINGAPORE - The Government will give households more utility rebates from January.", "en", "SINGAPORE", "SG", (), None),
    ("JAKARTA - Indonesia's parliament passed a revised military law on Thursday.", "en", "JAKARTA", "ID", (), None),
    ("OSAKA – The prefecture will set up a casino regulator next year.", "en", "OSAKA", "JP", (), None),
    ("CHIANG MAI - Air pollution reached hazardous levels for a third day.", "en", "CHIANG MAI", "TH", (), None),
    # --- English papers: a by-line before the dateline, "(Reuters) -" with no place, a kicker
    ("By Jane Smith\nBANGKOK (AP) — Thailand's parliament voted on Friday to dissolve itself.", "en", "BANGKOK", "TH", ("AP",), None),
    ("By JOHN MWANGI Associated Press\nNAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters.", "en", "NAIROBI", "KE", ("AP",), None),
    ("By Ana Rivera, Reuters\nMEXICO CITY (Reuters) - Mexico's central bank cut its key rate by a quarter point.", "en", "MEXICO CITY", "MX", ("Reuters",), None),
    ("(Reuters) - Oil prices rose on Friday after OPEC+ agreed to extend output cuts.", "en", None, None, ("Reuters",), None),
    ("(AP) — A powerful storm knocked out power to thousands of homes overnight.", "en", None, None, ("AP",), None),
    ("SYDNEY (Reuters) - Australia's central bank held rates steady on Friday.", "en", "SYDNEY", "AU", ("Reuters",), None),
    ("Exclusive\nKYIV (Reuters) - Ukraine is in talks to buy more air defence systems, sources said.", "en", "KYIV", "UA", ("Reuters",), None),
    ("WORLD NEWS\nMANILA (AP) — A ferry carrying 200 people caught fire off the central Philippines.", "en", "MANILA", "PH", ("AP",), None),
    ("Friday, December 5, 2026\nACCRA, Ghana (AP) — Ghana's parliament approved the budget.", "en", "ACCRA", "GH", ("AP",), None),
    ("Dec 5, 2026 | 9:14 AM\nLAGOS (Reuters) - Nigeria's naira weakened to a record low.", "en", "LAGOS", "NG", ("Reuters",), None),
    ("ANALYSIS\nBRUSSELS (Reuters) - European Union leaders face a tough choice on frozen assets.", "en", "BRUSSELS", "BE", ("Reuters",), None),
    ("From our correspondent\nADDIS ABABA – Ethiopia's parliament approved a new cabinet.", "en", "ADDIS ABABA", "ET", (), None),
    ("Staff Reporter\nKAMPALA – Uganda's electoral commission set a date for the polls.", "en", "KAMPALA", "UG", (), None),
    ("JOHANNESBURG – Eskom announced a fresh round of load shedding from Friday evening.", "en", "JOHANNESBURG", "ZA", (), None),
    ("WELLINGTON, Dec 5 (AAP) - New Zealand's government will raise the pension age.", "en", "WELLINGTON", "NZ", ("AAP",), D5),
    ("OTTAWA (CP) — The federal government tabled its fall economic statement on Friday.", "en", "OTTAWA", "CA", ("CP",), None),
    ("HALIFAX — Nova Scotia will spend $50 million on new housing, the premier said Friday.", "en", "HALIFAX", "CA", (), None),
]
