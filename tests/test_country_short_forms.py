"""Countries' short forms and initialisms as each language's copy writes them ("SAD" Croatian and
Serbian, "EUA" Portuguese, "ZEA" Polish, "Usa" Italian), bound to that language
(``geo/data/places.json``: ``country_short_forms_by_language``).

The briefs are written for this test in the styles of each language's wire and papers: a form
as an agency's dateline in capitals and in a sentence, with and without the language's article
("la RDC", "die VAE"). The look-alikes: an initialism is read only in capitals ("Sad je ..." is
Croatian "now is ..."), and a form is not the country in other languages' copy, where it is a
word or a name ("a sad day", "Eau de Paris", "ARSENAL VS CHELSEA").
"""

from __future__ import annotations

import pytest

from geo.geodata import COUNTRY_SHORT_FORMS_BY_LANGUAGE, short_form
from geo.mentions import find_mentions
from pipeline.extract import extract_text

HR = "Vlada je u ponedjeljak predstavila novi prijedlog zakona, priopćilo je ministarstvo."
PL = "Rząd przedstawił w poniedziałek nowy projekt ustawy, poinformowało ministerstwo."
PT = "O Governo apresentou na segunda-feira uma nova proposta de lei, informou o ministério."
TR = "Hükümet pazartesi günü yeni bir yasa tasarısı sundu, bakanlık açıkladı."
RO = "Guvernul a prezentat luni un nou proiect de lege, a anunțat ministerul."
CS = "Vláda v pondělí představila nový návrh zákona, uvedlo ministerstvo."

# brief, the country its dateline gives (the country itself)
DATELINES = [
    (f"SAD (Hina) - {HR}", "US"),  # was Sad, India
    (f"BIH (Hina) - {HR}", "BA"),
    (f"ZEA (PAP) - {PL}", "AE"),
    (f"RPA (PAP) - {PL}", "ZA"),
    (f"EUA (Lusa) - {PT}", "US"),
    (f"RDC (Lusa) - {PT}", "CD"),
    (f"ABD (AA) - {TR}", "US"),
    (f"SUA (Agerpres) - {RO}", "US"),
    (f"JAR (ČTK) - {CS}", "ZA"),
]


@pytest.mark.parametrize(("text", "cc"), DATELINES)
def test_a_dateline_in_the_copys_short_form_of_a_country(text, cc):
    (rec,) = extract_text(text, mentions=False)
    assert (rec["country_code"], rec["precision"]) == (cc, "country"), rec["location_reason"]


# (language, sentence, the form as written, the country it names)
MENTIONS = [
    ("hr", "Ministar je u ponedjeljak otputovao u SAD na razgovore o trgovini.", "SAD", "US"),
    ("sr", "Ministar je u ponedeljak otputovao u SAD na razgovore o trgovini.", "SAD", "US"),
    ("hr", "Predsjednik BiH sastao se u ponedjeljak s ministrom.", "BiH", "BA"),
    ("sl", "Minister je v ponedeljek odpotoval v ZAE na pogovore o trgovini.", "ZAE", "AE"),
    ("pl", "Minister poleciał w poniedziałek do ZEA na rozmowy handlowe.", "ZEA", "AE"),
    ("pl", "Władze ChRL zapowiedziały w poniedziałek nowe cła.", "ChRL", "CN"),
    ("cs", "Ministr v pondělí odletěl do SAE na obchodní jednání.", "SAE", "AE"),
    ("sk", "Minister v pondelok odcestoval do SAE na obchodné rokovania.", "SAE", "AE"),
    ("pt", "O ministro viajou na segunda-feira para os EUA para negociações.", "EUA", "US"),
    ("fr", "Le ministre s'est rendu lundi dans la RDC voisine pour des négociations.", "RDC", "CD"),
    ("fr", "Selon le ministère, les EAU restent un partenaire commercial important.", "EAU", "AE"),
    ("es", "El ministro viajó el lunes a la RCA para unas negociaciones.", "RCA", "CF"),
    ("ca", "El ministre va viatjar dilluns als EUA per a unes negociacions.", "EUA", "US"),
    ("it", "Il ministro è volato lunedì negli Usa per colloqui commerciali.", "Usa", "US"),
    ("it", "Secondo il ministero, gli Eau restano un partner commerciale importante.", "Eau", "AE"),
    (
        "de",
        "Nach Angaben des Ministeriums bleiben die VAE ein wichtiger Handelspartner.",
        "VAE",
        "AE",
    ),
    ("nl", "De minister reisde maandag naar de VS voor handelsbesprekingen.", "VS", "US"),
    ("nl", "Volgens het ministerie blijft het VK een belangrijke handelspartner.", "VK", "GB"),
    ("tr", "Bakan pazartesi günü ABD ile ticaret görüşmeleri yaptı.", "ABD", "US"),
    # such an initialism in a sentence in lower case is the country
    ("hr", "SAD je u ponedjeljak objavio nove sankcije, priopćilo je ministarstvo.", "SAD", "US"),
    ("fr", "Selon le ministère, les EAU ont annoncé lundi de nouvelles mesures.", "EAU", "AE"),
    ("cs", "Ministr v pondělí odletěl do JAR na obchodní jednání.", "JAR", "ZA"),
    ("hu", "A miniszter hétfőn az EAE vezetőivel tárgyalt a kereskedelemről.", "EAE", "AE"),
    ("ro", "Ministrul a plecat luni în SUA pentru negocieri comerciale.", "SUA", "US"),
]


def read_at(text: str, lang: str, written: str) -> list[tuple[str | None, str]]:
    """(country, precision) of each mention that starts where ``written`` does."""
    at = text.index(written)
    return [
        (m.location.country_code, m.location.precision)
        for m in find_mentions(text, lang)
        if m.start == at
    ]


@pytest.mark.parametrize(("lang", "text", "form", "cc"), MENTIONS)
def test_a_short_form_in_its_languages_copy_is_the_country(lang, text, form, cc):
    assert read_at(text, lang, form) == [(cc, "country")]


# (language, text, the form as written): no mention of the form's country there
LOOKALIKES = [
    ("hr", "Sad je vrijeme za odluku, rekao je ministar u ponedjeljak.", "Sad"),  # "now"
    ("hr", "Ministar je rekao da je sad vrijeme za odluku o proračunu.", "sad"),
    ("sr", "Sad je vreme za odluku, rekao je ministar u ponedeljak.", "Sad"),
    ("en", "It was a sad day for the club, the coach said after the match.", "sad"),
    ("en", "Maria Sad, the club's coach, said the team would play on Sunday.", "Sad"),
    ("en", "ARSENAL VS CHELSEA: THE CLUB NAMES ITS TEAM FOR SUNDAY", "VS"),  # was the US
    ("de", "ARSENAL VS CHELSEA: DER VEREIN NENNT SEIN TEAM FÜR SONNTAG", "VS"),  # was the US
    ("fr", "Eau de Paris a annoncé lundi de nouveaux travaux dans le quartier.", "Eau"),
    ("fr", "Le prix de l'eau a augmenté lundi, a annoncé la mairie.", "eau"),
    ("pt", "Maria Zea, a treinadora do clube, disse que a equipa joga no domingo.", "Zea"),
    ("it", "Il prezzo della Rca auto è salito lunedì, ha detto l'associazione.", "Rca"),
    ("es", "La Abd Foundation anunció el lunes una donación al hospital.", "Abd"),
    # an initialism that spells a word of its own language, in a headline in capitals
    # (``country_short_forms_spelling_words``): the word, not the country
    ("fr", "L'EAU POTABLE MANQUE DANS LA VILLE APRÈS LES INONDATIONS", "EAU"),
    ("fr", "EAU : LES PRIX AUGMENTENT EN JANVIER, ANNONCE LA MAIRIE", "EAU"),
    ("hr", "SAD JE VRIJEME ZA ODLUKU, REKAO JE MINISTAR", "SAD"),
    ("sr", "SAD ILI NIKAD: VLADA PREDSTAVILA PLAN", "SAD"),
    ("cs", "JAR PŘIŠEL LETOS BRZY, UVEDLI METEOROLOGOVÉ", "JAR"),
]


@pytest.mark.parametrize(("lang", "text", "form"), LOOKALIKES)
def test_a_short_form_elsewhere_is_not_its_country(lang, text, form):
    bound = {cc for forms in COUNTRY_SHORT_FORMS_BY_LANGUAGE.values() for cc, _ in forms.values()}
    got = {cc for cc, _ in read_at(text, lang, form)}
    assert not got & bound, got


@pytest.mark.parametrize(
    ("key", "lang", "written", "cc"),
    [
        ("sad", "hr", "SAD", "US"),
        ("sad", "hr", "Sad", None),  # an initialism only in capitals
        ("sad", "en", "SAD", None),  # bound to the languages that write it
        ("usa", "it", "Usa", "US"),  # Italian writes it in title case
        ("usa", "it", "USA", "US"),
        ("bih", "hr", "BiH", "BA"),
    ],
)
def test_short_form_reads_the_casing_it_is_written_in(key, lang, written, cc):
    assert short_form(key, lang, written) == cc


def test_the_title_case_dateline_of_an_initialism_is_not_the_country():
    # "Sad" is Croatian "now": a paper's dateline never writes "SAD" so
    (rec,) = extract_text(f"Sad – {HR}", mentions=False)
    assert rec["country_code"] != "US"


# (language, sentence, the bound name as written, the country it names or None): a name bound
# to its language inside a longer name that its copy writes ("Kolumbia Brytyjska", British
# Columbia) is not the country; beside a word its sentence capitalises, or another place, it is
LONGER_NAMES = [
    (
        "pl",
        "Pożary lasów w prowincji Kolumbia Brytyjska zmusiły tysiące ludzi do ucieczki.",
        "Kolumbia",
        None,
    ),
    ("pl", "Kolumbia Brytyjska ogłosiła w poniedziałek stan wyjątkowy.", "Kolumbia", None),
    ("fi", "Kanadan Brittiläinen Kolumbia julisti maanantaina hätätilan.", "Kolumbia", None),
    (
        "sk",
        "Požiare v kanadskej provincii Britská Kolumbia prinútili tisíce ľudí utiecť.",
        "Kolumbia",
        None,
    ),
    (
        "ro",
        "Cercetătorii de la Universitatea Columbia au publicat luni un nou studiu.",
        "Columbia",
        None,
    ),
    ("pl", "Dziś Kolumbia ogłosiła stan wyjątkowy, poinformowało ministerstwo.", "Kolumbia", "CO"),
    ("pl", "Według ministerstwa Kolumbia i Peru to ważni partnerzy handlowi.", "Kolumbia", "CO"),
    ("hr", "Prema ministarstvu, Kina je važan trgovinski partner Hrvatske.", "Kina", "CN"),
    ("fi", "Ministeriön mukaan Kolumbia on tärkeä kauppakumppani.", "Kolumbia", "CO"),
    # a capitalised word after the name that is the country's office or body, or a place's
    # genitive, in the languages that write it so (``capitalised_after_country``)
    (
        "tr",
        "Bakanlığa göre Ermenistan Başbakanı pazartesi günü Ankara'ya geldi.",
        "Ermenistan",
        "AM",
    ),
    ("tr", "Bakanlığa göre Fas Kralı pazartesi günü Ankara'ya geldi.", "Fas", "MA"),
    ("tr", "Bakanlığa göre Karadağ Meclisi yeni yasayı kabul etti.", "Karadağ", "ME"),
    ("hu", "A minisztérium szerint Kína Kommunista Pártja hétfőn ülésezett.", "Kína", "CN"),
    ("no", "Ifølge departementet er Kina Norges viktigste handelspartner.", "Kina", "CN"),
    ("sv", "Enligt ministeriet är Kina Sveriges viktigaste handelspartner.", "Kina", "CN"),
]


@pytest.mark.parametrize(("lang", "text", "name", "cc"), LONGER_NAMES)
def test_a_bound_name_inside_a_longer_name_is_not_the_country(lang, text, name, cc):
    assert read_at(text, lang, name) == ([(cc, "country")] if cc else [])
