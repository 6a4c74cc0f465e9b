"""The synthetic corpus's own words: agencies, datelines, body sentences, ages, per language.

Written for the benchmarks, not copied from any wire: the formats follow the agencies' public
dateline styles, the sentences are generic news phrasing. Kept as data so a reader can check
what the generator says without reading its code.
"""

from __future__ import annotations

LANGS: tuple[str, ...] = ("nl", "en", "de", "fr", "es", "it")

# Agency desks: the language they file in, their dateline formats (one is picked at random),
# the case of the place as written, partner credits, home countries (a share of datelines
# comes from there), and a share of all briefs. Slots: {place} {region} {mon} {d} {yyyy}
# {credit}.
AGENCIES: dict[str, dict] = {
    "ANP": {
        "lang": "nl",
        "formats": ["{place} ({credit}) - "],
        "credits": [
            "ANP",
            "ANP",
            "ANP",
            "ANP/AFP",
            "ANP/RTR",
            "ANP/DPA",
            "ANP/BLOOMBERG",
            "ANP/AP",
        ],
        "case": "upper",
        "home": ["NL", "BE"],
        "share": 0.28,
    },
    "AP": {
        "lang": "en",
        "formats": ["{place}, {region} (AP) — ", "{place} (AP) — "],
        "credits": ["AP"],
        "case": "upper",
        "home": ["US"],
        "share": 0.15,
    },
    "Reuters": {
        "lang": "en",
        "formats": ["{place}, {mon} {d} (Reuters) - "],
        "credits": ["Reuters"],
        "case": "upper",
        "home": ["US", "GB"],
        "share": 0.14,
    },
    "AFP-en": {
        "lang": "en",
        "formats": ["{place} (AFP) - "],
        "credits": ["AFP"],
        "case": "upper",
        "home": ["FR"],
        "share": 0.05,
    },
    "AFP-fr": {
        "lang": "fr",
        "formats": ["{place} ({region}), {d} {mon} {yyyy} (AFP) - ", "{place} (AFP) - "],
        "credits": ["AFP"],
        "case": "upper",
        "home": ["FR", "BE", "CH", "SN", "CI", "CD", "ML"],
        "share": 0.07,
    },
    "dpa": {
        "lang": "de",
        "formats": ["{place} ({credit}) - "],
        "credits": ["dpa", "dpa", "dpa", "dpa/lni", "dpa/lby", "dpa/lnw", "dpa/lhe"],
        "case": "title",
        "home": ["DE", "AT", "CH"],
        "share": 0.12,
    },
    "EFE": {
        "lang": "es",
        "formats": ["{place}, {d} {mon} (EFE).- "],
        "credits": ["EFE"],
        "case": "title",
        "home": ["ES", "MX", "AR", "CO", "CL", "PE", "VE", "CU"],
        "share": 0.10,
    },
    "ANSA": {
        "lang": "it",
        "formats": ["(ANSA) - {place}, {d} {mon} - "],
        "credits": ["ANSA"],
        "case": "upper",
        "home": ["IT"],
        "share": 0.09,
    },
}

# Month names as each desk writes them in a dateline.
MONTHS: dict[str, list[str]] = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],  # fmt: skip
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "it": ["GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
}

# How a listing page says how old a brief is. Keys: minutes, hour (one), hours, yesterday, days.
AGES: dict[str, dict[str, str]] = {
    "nl": {"minutes": "{n} minuten geleden", "hour": "1 uur geleden",
           "hours": "{n} uur geleden", "yesterday": "gisteren", "days": "{n} dagen geleden"},
    "en": {"minutes": "{n} minutes ago", "hour": "1 hour ago",
           "hours": "{n} hours ago", "yesterday": "yesterday", "days": "{n} days ago"},
    "de": {"minutes": "vor {n} Minuten", "hour": "vor 1 Stunde",
           "hours": "vor {n} Stunden", "yesterday": "gestern", "days": "vor {n} Tagen"},
    "fr": {"minutes": "il y a {n} minutes", "hour": "il y a 1 heure",
           "hours": "il y a {n} heures", "yesterday": "hier", "days": "il y a {n} jours"},
    "es": {"minutes": "hace {n} minutos", "hour": "hace 1 hora",
           "hours": "hace {n} horas", "yesterday": "ayer", "days": "hace {n} días"},
    "it": {"minutes": "{n} minuti fa", "hour": "1 ora fa",
           "hours": "{n} ore fa", "yesterday": "ieri", "days": "{n} giorni fa"},
}  # fmt: skip

# The header between a page's lead story and the rest of its listing.
SECTIONS: dict[str, str] = {
    "nl": "Meer uit Buitenland",
    "en": "More from World",
    "de": "Mehr aus Ausland",
    "fr": "Plus dans Monde",
    "es": "Más de Internacional",
    "it": "Altro da Esteri",
}

# Fillers per language. {country} is the brief's country in the brief's language (from Babel).
WORDS: dict[str, dict[str, list[str]]] = {
    "nl": {
        "event": ["een aardbeving", "zware overstromingen", "een bosbrand", "een explosie",
                  "een busongeluk", "een luchtaanval", "hevige regenval", "een storm"],
        "issue": ["de hoge energieprijzen", "de nieuwe pensioenwet", "corruptie",
                  "de bezuinigingen", "de verkiezingsuitslag", "de woningnood"],
        "who": ["de premier", "de president", "de minister van Buitenlandse Zaken",
                "de burgemeester", "de oppositieleider", "het parlement"],
        "day": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                "zondag", "vannacht", "vanochtend"],
        "source": ["het staatspersbureau", "de politie", "de lokale media",
                   "het ministerie van Defensie", "een woordvoerder van de regering"],
    },
    "en": {
        "event": ["an earthquake", "severe flooding", "a wildfire", "an explosion",
                  "a bus crash", "an air strike", "heavy rain", "a storm"],
        "issue": ["rising energy prices", "the new pension law", "corruption",
                  "spending cuts", "the election result", "the housing shortage"],
        "who": ["the prime minister", "the president", "the foreign minister",
                "the mayor", "the opposition leader", "parliament"],
        "day": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
                "on Saturday", "on Sunday", "overnight", "this morning"],
        "source": ["state media", "police", "local media", "the defence ministry",
                   "a government spokesperson"],
    },
    "de": {
        "event": ["ein Erdbeben", "schwere Überschwemmungen", "einen Waldbrand", "eine Explosion",
                  "ein Busunglück", "einen Luftangriff", "Starkregen", "einen Sturm"],
        "issue": ["die hohen Energiepreise", "das neue Rentengesetz", "Korruption",
                  "die Sparpläne", "das Wahlergebnis", "die Wohnungsnot"],
        "who": ["der Regierungschef", "der Präsident", "die Außenministerin",
                "der Bürgermeister", "die Opposition", "das Parlament"],
        "day": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag",
                "am Samstag", "am Sonntag", "in der Nacht", "am Morgen"],
        "source": ["die Polizei", "die Staatsagentur", "örtliche Medien",
                   "das Verteidigungsministerium", "ein Regierungssprecher"],
    },
    "fr": {
        "event": ["un séisme", "de graves inondations", "un incendie de forêt", "une explosion",
                  "un accident de car", "une frappe aérienne", "de fortes pluies", "une tempête"],
        "issue": ["la hausse des prix de l'énergie", "la réforme des retraites", "la corruption",
                  "les coupes budgétaires", "le résultat des élections", "la crise du logement"],
        "who": ["le Premier ministre", "le président", "la ministre des Affaires étrangères",
                "le maire", "le chef de l'opposition", "le Parlement"],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                "dans la nuit", "ce matin"],
        "source": ["les médias d'État", "la police", "la presse locale",
                   "le ministère de la Défense", "un porte-parole du gouvernement"],
    },
    "es": {
        "event": ["un terremoto", "graves inundaciones", "un incendio forestal", "una explosión",
                  "un accidente de autobús", "un ataque aéreo", "lluvias torrenciales",
                  "una tormenta"],
        "issue": ["la subida de la energía", "la nueva ley de pensiones", "la corrupción",
                  "los recortes", "el resultado electoral", "la falta de vivienda"],
        "who": ["el presidente del Gobierno", "el presidente", "la ministra de Exteriores",
                "el alcalde", "el líder de la oposición", "el Parlamento"],
        "day": ["este lunes", "este martes", "este miércoles", "este jueves", "este viernes",
                "este sábado", "este domingo", "durante la noche", "esta mañana"],
        "source": ["los medios estatales", "la policía", "la prensa local",
                   "el Ministerio de Defensa", "un portavoz del Gobierno"],
    },
    "it": {
        "event": ["un terremoto", "gravi alluvioni", "un incendio boschivo", "un'esplosione",
                  "un incidente stradale", "un raid aereo", "piogge torrenziali", "una tempesta"],
        "issue": ["il caro energia", "la riforma delle pensioni", "la corruzione",
                  "i tagli alla spesa", "l'esito del voto", "l'emergenza casa"],
        "who": ["il premier", "il presidente", "la ministra degli Esteri", "il sindaco",
                "il leader dell'opposizione", "il Parlamento"],
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
                "nella notte", "stamattina"],
        "source": ["i media statali", "la polizia", "la stampa locale",
                   "il ministero della Difesa", "un portavoce del governo"],
    },
}  # fmt: skip

# First sentences (they name the place) and follow-up sentences, per language.
LEADS: dict[str, list[str]] = {
    "nl": [
        "In {city} zijn {day} zeker {n} mensen om het leven gekomen door {event}.",
        "Duizenden mensen zijn {day} in {city} de straat op gegaan uit protest tegen {issue}.",
        "De politie in {city} heeft {day} {n} verdachten aangehouden na onrust in het centrum.",
        "De regering van {country} heeft {day} in {city} maatregelen aangekondigd tegen {issue}.",
        "Bij {event} in de regio rond {city} zijn {day} {n} mensen gewond geraakt.",
    ],
    "en": [
        "At least {n} people were killed {day} by {event} in {city}.",
        "Thousands of people took to the streets of {city} {day} to protest against {issue}.",
        "Police in {city} arrested {n} suspects {day} after unrest in the city centre.",
        "The government of {country} announced measures against {issue} in {city} {day}.",
        "{N} people were injured {day} by {event} in the region around {city}.",
    ],
    "de": [
        "In {city} sind {day} mindestens {n} Menschen durch {event} ums Leben gekommen.",
        "Tausende Menschen haben {day} in {city} gegen {issue} demonstriert.",
        "Die Polizei in {city} hat {day} {n} Verdächtige nach Unruhen festgenommen.",
        "Die Regierung von {country} hat {day} in {city} Maßnahmen gegen {issue} angekündigt.",
        "Durch {event} in der Region um {city} sind {day} {n} Menschen verletzt worden.",
    ],
    "fr": [
        "Au moins {n} personnes ont été tuées {day} par {event} à {city}.",
        "Des milliers de personnes ont manifesté {day} à {city} contre {issue}.",
        "La police de {city} a arrêté {day} {n} suspects après des troubles dans le centre.",
        "{Who} a annoncé {day} à {city} de nouvelles mesures contre {issue}.",
        "{N} personnes ont été blessées {day} par {event} dans la région de {city}.",
    ],
    "es": [
        "Al menos {n} personas murieron {day} por {event} en {city}.",
        "Miles de personas salieron {day} a las calles de {city} para protestar contra {issue}.",
        "La policía de {city} detuvo {day} a {n} sospechosos tras los disturbios en el centro.",
        "El Gobierno de {country} anunció {day} en {city} nuevas medidas contra {issue}.",
        "{N} personas resultaron heridas {day} por {event} en la región de {city}.",
    ],
    "it": [
        "Almeno {n} persone sono morte {day} a {city} a causa di {event}.",
        "Migliaia di persone sono scese in piazza {day} a {city} contro {issue}.",
        "La polizia di {city} ha arrestato {day} {n} sospetti dopo i disordini in centro.",
        "Il governo di {country} ha annunciato {day} a {city} nuove misure contro {issue}.",
        "{N} persone sono rimaste ferite {day} a causa di {event} nella zona di {city}.",
    ],
}

FOLLOWS: dict[str, list[str]] = {
    "nl": [
        "Dat meldt {source}.",
        "Volgens {source} is de situatie inmiddels onder controle.",
        "Het is nog onduidelijk hoe het incident kon gebeuren.",
        "Hulpdiensten zijn nog volop bezig in het getroffen gebied.",
        "De oppositie eist opheldering van de regering in {country}.",
        "Het dodental kan volgens {source} nog oplopen.",
        "{Who} wordt later vandaag ter plaatse verwacht.",
    ],
    "en": [
        "That was reported by {source}.",
        "According to {source}, the situation is now under control.",
        "It is still unclear how the incident happened.",
        "Emergency services are still working in the affected area.",
        "The opposition is demanding answers from the government of {country}.",
        "The death toll could still rise, {source} said.",
        "{Who} is expected to visit the area later today.",
    ],
    "de": [
        "Das berichtet {source}.",
        "Nach Angaben von {source} ist die Lage inzwischen unter Kontrolle.",
        "Wie es zu dem Vorfall kam, ist noch unklar.",
        "Die Rettungskräfte sind weiter im betroffenen Gebiet im Einsatz.",
        "Die Opposition fordert Aufklärung von der Regierung in {country}.",
        "Die Zahl der Toten könnte nach Angaben von {source} noch steigen.",
        "{Who} wird im Laufe des Tages vor Ort erwartet.",
    ],
    "fr": [
        "C'est ce qu'ont rapporté {source}.",
        "Selon {source}, la situation est désormais sous contrôle.",
        "Les circonstances de l'incident restent floues.",
        "Les secours sont toujours à pied d'œuvre dans la zone touchée.",
        "L'opposition réclame des explications au gouvernement ({country}).",
        "Le bilan pourrait encore s'alourdir, selon {source}.",
        "{Who} est attendu sur place dans la journée.",
    ],
    "es": [
        "Así lo informaron {source}.",
        "Según {source}, la situación ya está bajo control.",
        "Aún no está claro cómo se produjo el incidente.",
        "Los servicios de emergencia siguen trabajando en la zona afectada.",
        "La oposición exige explicaciones al Gobierno de {country}.",
        "El número de víctimas podría aumentar, según {source}.",
        "{Who} visitará la zona a lo largo del día.",
    ],
    "it": [
        "Lo riferiscono {source}.",
        "Secondo {source}, la situazione è ora sotto controllo.",
        "Non è ancora chiaro come sia avvenuto l'incidente.",
        "I soccorsi sono ancora al lavoro nella zona colpita.",
        "L'opposizione chiede chiarimenti al governo di {country}.",
        "Il bilancio potrebbe aggravarsi, secondo {source}.",
        "{Who} è atteso sul posto in giornata.",
    ],
}

# Headline templates (a share of briefs carries a headline line above its dateline).
TITLES: dict[str, list[str]] = {
    "nl": ["Doden door {event} in {city}", "Protest in {city} tegen {issue}",
           "Aanhoudingen na onrust in {city}"],
    "en": ["Deaths as {event} hits {city}", "Protest in {city} against {issue}",
           "Arrests after unrest in {city}"],
    "de": ["Tote durch {event} in {city}", "Protest in {city} gegen {issue}",
           "Festnahmen nach Unruhen in {city}"],
    "fr": ["Des morts après {event} à {city}", "Manifestation à {city} contre {issue}",
           "Arrestations après des troubles à {city}"],
    "es": ["Muertos por {event} en {city}", "Protesta en {city} contra {issue}",
           "Detenciones tras disturbios en {city}"],
    "it": ["Morti per {event} a {city}", "Protesta a {city} contro {issue}",
           "Arresti dopo i disordini a {city}"],
}  # fmt: skip

# Exonyms the desks write for well-known cities, keyed by (GeoNames name, country code).
# Only where a desk's usual name differs from the GeoNames one.
EXONYMS: dict[tuple[str, str], dict[str, str]] = {
    ("London", "GB"): {"nl": "Londen", "fr": "Londres", "es": "Londres", "it": "Londra"},
    ("Paris", "FR"): {"nl": "Parijs", "es": "París", "it": "Parigi"},
    ("Moscow", "RU"): {"nl": "Moskou", "de": "Moskau", "fr": "Moscou", "es": "Moscú",
                       "it": "Mosca"},
    ("Beijing", "CN"): {"nl": "Peking", "de": "Peking", "fr": "Pékin", "es": "Pekín",
                        "it": "Pechino"},
    ("Brussels", "BE"): {"nl": "Brussel", "de": "Brüssel", "fr": "Bruxelles",
                         "es": "Bruselas", "it": "Bruxelles"},
    ("The Hague", "NL"): {"nl": "Den Haag", "de": "Den Haag", "fr": "La Haye",
                          "es": "La Haya", "it": "L'Aia"},
    ("Kyiv", "UA"): {"nl": "Kiev", "de": "Kiew", "fr": "Kiev", "es": "Kiev", "it": "Kiev"},
    ("Rome", "IT"): {"nl": "Rome", "de": "Rom", "es": "Roma", "it": "Roma"},
    ("Vienna", "AT"): {"nl": "Wenen", "de": "Wien", "fr": "Vienne", "es": "Viena",
                       "it": "Vienna"},
    ("Warsaw", "PL"): {"nl": "Warschau", "de": "Warschau", "fr": "Varsovie",
                       "es": "Varsovia", "it": "Varsavia"},
    ("Prague", "CZ"): {"nl": "Praag", "de": "Prag", "es": "Praga", "it": "Praga"},
    ("Lisbon", "PT"): {"nl": "Lissabon", "de": "Lissabon", "fr": "Lisbonne", "es": "Lisboa",
                       "it": "Lisbona"},
    ("Athens", "GR"): {"nl": "Athene", "de": "Athen", "fr": "Athènes", "es": "Atenas",
                       "it": "Atene"},
    ("Cairo", "EG"): {"nl": "Caïro", "de": "Kairo", "fr": "Le Caire", "es": "El Cairo",
                      "it": "Il Cairo"},
    ("New York City", "US"): {"nl": "New York", "en": "New York", "de": "New York",
                              "fr": "New York", "es": "Nueva York", "it": "New York"},
    ("Washington", "US"): {"fr": "Washington", "es": "Washington"},
    ("Munich", "DE"): {"nl": "München", "de": "München", "fr": "Munich", "es": "Múnich",
                       "it": "Monaco di Baviera"},
    ("Cologne", "DE"): {"nl": "Keulen", "de": "Köln", "es": "Colonia", "it": "Colonia"},
    ("Geneva", "CH"): {"nl": "Genève", "de": "Genf", "fr": "Genève", "es": "Ginebra",
                       "it": "Ginevra"},
    ("Copenhagen", "DK"): {"nl": "Kopenhagen", "de": "Kopenhagen", "fr": "Copenhague",
                           "es": "Copenhague", "it": "Copenaghen"},
    ("Havana", "CU"): {"nl": "Havana", "de": "Havanna", "fr": "La Havane",
                       "es": "La Habana", "it": "L'Avana"},
    ("New Delhi", "IN"): {"nl": "New Delhi", "de": "Neu-Delhi", "fr": "New Delhi",
                          "es": "Nueva Delhi", "it": "Nuova Delhi"},
    ("Cape Town", "ZA"): {"nl": "Kaapstad", "de": "Kapstadt", "fr": "Le Cap",
                          "es": "Ciudad del Cabo", "it": "Città del Capo"},
    ("Mexico City", "MX"): {"nl": "Mexico-Stad", "de": "Mexiko-Stadt", "fr": "Mexico",
                            "es": "Ciudad de México", "it": "Città del Messico"},
    ("Milan", "IT"): {"nl": "Milaan", "de": "Mailand", "es": "Milán", "it": "Milano"},
    ("Naples", "IT"): {"nl": "Napels", "de": "Neapel", "es": "Nápoles", "it": "Napoli"},
    ("Venice", "IT"): {"nl": "Venetië", "de": "Venedig", "fr": "Venise", "es": "Venecia",
                       "it": "Venezia"},
    ("Jerusalem", "IL"): {"nl": "Jeruzalem", "fr": "Jérusalem", "es": "Jerusalén",
                          "it": "Gerusalemme"},
}  # fmt: skip

# AP style abbreviations of US states in datelines; states not listed are spelled out.
AP_STATES: dict[str, str] = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.",
    "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
    "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.", "NH": "N.H.",
    "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
    "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}  # fmt: skip

# Relative weight of each UTC hour of the day: the wires are busiest in Europe's daytime.
HOURLY: tuple[float, ...] = (
    0.30, 0.25, 0.22, 0.22, 0.28, 0.45, 0.70, 0.90, 1.00, 1.00, 0.98, 0.95,
    0.95, 0.97, 1.00, 0.98, 0.92, 0.85, 0.75, 0.65, 0.55, 0.48, 0.40, 0.35,
)  # fmt: skip
