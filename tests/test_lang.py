"""Language detection (py3langid) on sentences written for these tests, and on the seed page."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import lang as lang_module
from parsing.lang import CANDIDATES, MIN_CONFIDENCE, SAMPLE_CHARS, detect_lang, lang_guess
from parsing.timewords import LANGS

SEED = Path(__file__).resolve().parent.parent / "data" / "sample" / "anp-buitenland.txt"

SENTENCES = [
    ("nl", "De minister zei dat het kabinet volgende week een besluit neemt over de regels."),
    (
        "nl",
        "Bij de brand in het centrum van de stad zijn volgens de politie geen gewonden gevallen.",
    ),
    ("en", "The minister said the government would decide next week on the new rules."),
    ("en", "Police said two people were injured in the fire, which broke out after midnight."),
    (
        "de",
        "Der Minister sagte, die Regierung werde nächste Woche über die Regeln entscheiden.",
    ),
    (
        "de",
        "Bei dem Brand in der Innenstadt wurden nach Angaben der Polizei zwei Menschen verletzt.",
    ),
    ("fr", "Le ministre a déclaré que le gouvernement prendra une décision la semaine prochaine."),
    (
        "fr",
        "Selon la police, deux personnes ont été blessées dans l'incendie qui a éclaté la nuit.",
    ),
    (
        "es",
        "El ministro dijo que el gobierno tomará una decisión la próxima semana sobre las normas.",
    ),
    (
        "es",
        "Según la policía, dos personas resultaron heridas en el incendio que se declaró anoche.",
    ),
    ("it", "Il ministro ha detto che il governo prenderà una decisione la prossima settimana."),
    (
        "it",
        "Secondo la polizia, due persone sono rimaste ferite nell'incendio scoppiato nella notte.",
    ),
    (
        "pt",
        "O ministro disse que o governo vai tomar uma decisão na próxima semana sobre as regras.",
    ),
    (
        "pt",
        "Segundo a polícia, duas pessoas ficaram feridas no incêndio que começou durante a noite.",
    ),
    ("da", "Ministeren sagde, at regeringen vil tage en beslutning i næste uge om de nye regler."),
    ("da", "Ifølge politiet blev to personer såret i branden, som brød ud efter midnat i byen."),
    # neighbours the stop-word counter confused: Norwegian (not Danish), Catalan (not
    # Spanish), Romanian (not Portuguese)
    ("no", "Regjeringen la i dag fram et nytt forslag om skatt, sier finansministeren til NTB."),
    ("no", "Politiet opplyser at to personer ble skadd i brannen som brøt ut i natt i sentrum."),
    ("ca", "El govern ha aprovat avui una nova llei sobre l'habitatge, segons ha informat."),
    ("ca", "Segons la policia, dues persones han resultat ferides en l'incendi d'aquesta nit."),
    ("ro", "Guvernul a aprobat astăzi o nouă lege privind locuințele, a anunțat ministrul."),
    ("ro", "Potrivit poliției, două persoane au fost rănite în incendiul izbucnit azi-noapte."),
    ("pl", "Rząd przyjął dziś nową ustawę o mieszkalnictwie, poinformował rzecznik ministerstwa."),
    ("sl", "Vlada je danes sprejela nov zakon o stanovanjih, je sporočil tiskovni predstavnik."),
]

# Short headlines: a language when the model is confident, none when it is not.
HEADLINES = [
    ("de", "Gewaltausbruch an der Grenze zu Serbien"),
    ("en", "Storm leaves thousands without power"),
    ("nl", "Kabinet wil strengere regels voor veetransport"),
    ("es", "La sequía obliga a cortar el agua en el sur"),
    ("fr", "Les agriculteurs bloquent encore les routes"),
    ("it", "Il governo approva la nuova legge sul lavoro"),
    ("pt", "Governo anuncia novas regras para os bancos"),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_detects_each_language(lang, text):
    assert detect_lang(text) == lang


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_dateline_and_agency_do_not_mislead(lang, text):
    assert detect_lang(f"WASHINGTON (ANP/AFP) - {text}") == lang


@pytest.mark.parametrize(("lang", "text"), HEADLINES)
def test_short_headlines_get_a_language(lang, text):
    assert detect_lang(text) == lang


def test_seed_page_is_dutch():
    assert detect_lang(SEED.read_text(encoding="utf-8")) == "nl"


@pytest.mark.parametrize(
    "text",
    ["", "QUITO", "WASHINGTON (AP) —", "12 34 56", "Hello", "Kim Jong-un Sergej Sjojgoe"],
)
def test_unsure_is_none(text):
    assert detect_lang(text) is None


# leads whose first 80 characters of prose are results, names and numbers: the model is unsure
# there (each under MIN_CONFIDENCE on 80) and sure on more of the same prose
NAMES_FIRST = [
    (
        "en",
        "MIAMI (AP) - Dolphins QB Tua Tagovailoa, WR Tyreek Hill, RB Raheem Mostert, LB Jaelan "
        "Phillips. The team said on Wednesday that all four players would miss the game against "
        "the Jets because of injuries sustained in practice.",
    ),
    (
        "es",
        "MADRID, 4 dic (EFE).- Real Madrid-Sevilla 3-0, FC Barcelona-Betis 2-2, "
        "Atlético-Villarreal 1-0, Girona-Osasuna 2-1. La jornada dejó al equipo blanco como líder "
        "en solitario después de que sus rivales perdieran puntos en casa.",
    ),
    (
        "it",
        "MILANO - Inter-Napoli 2-1, Juventus-Lazio 1-1, AS Roma-Atalanta 0-2, Fiorentina-Torino "
        "3-1. La squadra nerazzurra ha così allungato in testa alla classifica dopo una partita "
        "giocata con grande intensità.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NAMES_FIRST)
def test_an_unsure_sample_is_read_again_on_more_prose(lang, text):
    prose = lang_module._PROSE.match(text, 0, 200)
    begin = prose.end() if prose else 0
    first = lang_module._classify(text[begin : begin + SAMPLE_CHARS])
    assert first[1] < MIN_CONFIDENCE  # the first 80 characters alone leave the model unsure
    assert detect_lang(text) == lang


def test_a_long_text_is_sampled_in_a_few_places_only():
    dutch, english = SENTENCES[0][1] + " ", SENTENCES[2][1] + " "
    started = time.perf_counter()
    assert detect_lang(dutch * 3000) == "nl"
    assert detect_lang(dutch * 30 + english * 3000) is None  # its parts disagree
    assert time.perf_counter() - started < 1


def test_a_page_of_one_language_keeps_it():
    page = SEED.read_text(encoding="utf-8")
    assert len(page) > 2000 and detect_lang(page) == "nl"


def test_the_time_parser_languages_can_be_detected():
    assert set(LANGS) <= set(CANDIDATES) | {"no"}


def test_the_guess_says_how_sure_it_is():
    code, prob = lang_guess("Hello")
    assert code is not None and 0.0 <= prob < 0.5
    assert lang_guess("   ") == (None, 0.0)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text):
    assert detect_lang(text) in (None, "no", *CANDIDATES)


@pytest.mark.parametrize("value", [None, 3, b"de het een"])
def test_wrong_types_give_none(value):
    assert detect_lang(value) is None  # type: ignore[arg-type]


def test_clear_cache_forgets_the_samples_and_answers_alike():
    from parsing import lang

    text = "Het kabinet wil de belasting op arbeid verlagen, zo meldt de minister dinsdag."
    first = lang.detect_lang(text)
    assert lang._classify.cache_info().currsize > 0
    lang.clear_cache()
    assert lang._classify.cache_info().currsize == 0
    assert lang.detect_lang(text) == first == "nl"


# Where prose starts, as first written: the lazy scan with a lookahead that backtracks through
# a word's letters. ``_PROSE`` must find the same start (it takes a word's letters at once).
_PROSE_AS_WRITTEN = re.compile(
    r"[^\n]{0,80}?(?=\b[^\W\d_]*[^\W\d_A-Z][^\W\d_]*\s+[^\W\d_]*[a-zß-ÿ])"
)
# the characters the classes tell apart: capitals A-Z and others, small letters, ß-ÿ and the
# signs in that range, digits and other numbers, "_", marks, spaces and line ends
_PROSE_CHARS = "AZMaqzéÉßÿ÷×ΣσЖж²½1_\u0301 \t\n\u00a0,.-()'/"


def _prose_at(pattern: re.Pattern, text: str, start: int) -> int | None:
    m = pattern.match(text, start, start + 200)
    return m.end() if m else None


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_PROSE_CHARS, max_size=120), st.integers(0, 20))
def test_prose_starts_where_the_pattern_as_written_says(text, start):
    from parsing.lang import _PROSE

    assert _prose_at(_PROSE, text, start) == _prose_at(_PROSE_AS_WRITTEN, text, start)


def test_prose_starts_where_the_pattern_as_written_says_on_copy():
    from parsing.lang import _PROSE

    texts = [t for _, t in SENTENCES + HEADLINES] + SEED.read_text("utf-8").split("\n\n")
    texts += [
        "WASHINGTON (ANP/AFP) - De Amerikaanse president heeft dinsdag gezegd dat",
        "PARÍS, 3 dic (EFE).- El Gobierno francés anunció hoy",
        "ÉVORA ÉVORA Éstá aqui",
        "BERLIN\nDie Regierung will",
        "NEW YORK ÷ x ÷÷ and then some words",
    ]
    for text in texts:
        for start in range(0, min(len(text), 120)):
            assert _prose_at(_PROSE, text, start) == _prose_at(_PROSE_AS_WRITTEN, text, start)
    found = [_prose_at(_PROSE, t, 0) for t in texts[-5:]]
    assert found == [23, 21, 6, None, 11]  # "El Gobierno"; "ÉVORA" has a letter beyond A-Z
