"""Which language a page is written in, by counting stopwords: fast and good enough per page.

Why stopwords: the parser needs the language once per page, to fix dateparser's language and
to pick age and month words. Function words separate the eight wire languages we read well on
a few sentences, in tens of microseconds, without a model. A word shared by several languages
("de", "en", "a") counts for each of them only in part, so shared words do not decide.
"""

from __future__ import annotations

import re


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Frequent function words per language (lower case). Data, not code: add a language here.
STOPWORDS: dict[str, frozenset[str]] = {
    "nl": _words(
        "de het een en van is dat op te zijn niet met voor ook aan er maar als bij om dan nog wel"
        " geen naar uit worden wordt heeft hebben werd deze door over tegen volgens zich hij zij"
        " wat onder tussen na meer dit die al was waren kan moet zal zou omdat"
    ),
    "en": _words(
        "the and of to is that was for on with as are by this from have has were be an at which"
        " said after would will not their they it its he she who been had but or more than"
        " about into over also"
    ),
    "de": _words(
        "der die das und ist nicht mit sich auf dem des den ein eine einer zu von im auch wird"
        " wurde sind bei nach für aus oder hat haben sie er es wie noch nur war waren werden"
        " seit gegen zum zur über"
    ),
    "fr": _words(
        "le la les et est une des du que qui dans pour pas sur au aux avec par ce il elle sont"
        " ont été selon cette mais plus ne se son sa ses leur été était être après contre"
    ),
    "es": _words(
        "el la los las y es que del en un una por con para se no al lo su como más pero sus fue"
        " ha han según este esta entre sobre también desde cuando muy hay ser"
    ),
    "it": _words(
        "il la le e è di che del della dei delle un una per con non si sono ha gli nel nella"
        " alla anche più ma come dalla dal questo questa stato stata essere dopo tra secondo"
        " hanno"
    ),
    "pt": _words(
        "o a os as e é que do da dos das em um uma para com não se no na ao pelo pela foi são"
        " mais também ele ela seu sua entre sobre após segundo ser está muito nos nas"
    ),
    "da": _words(
        "og i at det en er til på den af med for ikke som har de et var der blev fra efter"
        " han hun skal kan vil også eller men nu sig over under mod være været"
    ),
}

_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# How many words are looked at, and how sure the winner must be.
SAMPLE_CHARS = 2000
MIN_SCORE = 2.0  # weighted stopword hits
MIN_MARGIN = 1.5  # winner's score over the runner-up's

_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _WEIGHTS.setdefault(_w, {})
for _w, _d in _WEIGHTS.items():
    _owners = [lg for lg, ws in STOPWORDS.items() if _w in ws]
    for _lg in _owners:
        _d[_lg] = 1.0 / len(_owners)


def lang_scores(text: str, sample_chars: int = SAMPLE_CHARS) -> dict[str, float]:
    """Weighted stopword hits per language over the first ``sample_chars`` characters."""
    scores = dict.fromkeys(STOPWORDS, 0.0)
    if not isinstance(text, str):
        return scores
    for m in _WORD_RE.finditer(text[:sample_chars]):
        hit = _WEIGHTS.get(m.group(0).lower())
        if hit:
            for lg, w in hit.items():
                scores[lg] += w
    return scores


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language (nl, en, de, fr, es, it, pt, da), None if unsure."""
    try:
        scores = lang_scores(text)
    except Exception:  # never raise on a page; unknown is None
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_SCORE or top < second * MIN_MARGIN:
        return None
    return best
