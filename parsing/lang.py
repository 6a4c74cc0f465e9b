"""Which language a text is written in: py3langid (a maintained langid.py), used with care.

Why a library: counting stop words told Danish from Norwegian, Spanish from Catalan and
Portuguese from Romanian badly, and gave a short headline no language at all. py3langid's
byte n-gram model knows 97 languages and reads a headline. It is used so:

- restricted to the languages news copy comes in (``CANDIDATES``, data below): a model asked to
  choose among every language it knows calls short German "Luxembourgish" and short English
  "Nigerian Pidgin";
- on the first ``SAMPLE_CHARS`` characters only: the model walks the text byte by byte in
  Python, so the sample bounds the cost (a brief's lede names its language as well as the
  whole brief does);
- with a floor on its confidence (``MIN_CONFIDENCE``, a probability): below it the language is
  unknown (None), never a guess;
- Norwegian Bokmål and Nynorsk are both "no", the code the time parser's tables use.

The model loads once per process, on the first call (about half a second).
"""

from __future__ import annotations

import threading

# Languages a text may be detected as (ISO 639-1, as py3langid names them). Data, not code:
# add a language here when copy in it comes in. Galician is left out on purpose: on a
# sentence or two it takes Spanish and Portuguese copy for its own.
CANDIDATES: tuple[str, ...] = (
    "nl", "en", "de", "fr", "es", "it", "pt", "da", "no", "nn", "sv", "fi", "is", "pl", "cs",
    "sk", "sl", "hr", "sr", "ro", "hu", "ca", "eu", "ru", "uk", "bg", "mk", "el", "tr", "sq",
    "lt", "lv", "et", "ar", "he", "fa", "ur", "hi", "id", "ms", "tl", "sw", "zh", "ja", "ko",
    "vi", "th", "af",
)  # fmt: skip
# Codes the model gives that the rest of Wiremap writes otherwise.
ALIASES: dict[str, str] = {"nn": "no"}

SAMPLE_CHARS = 300
MIN_CONFIDENCE = 0.5

_identifier = None
_lock = threading.Lock()


def _model():
    """py3langid's identifier with probabilities, restricted to ``CANDIDATES`` (loaded once)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                model.set_languages(CANDIDATES)
                _identifier = model
    return _identifier


def lang_guess(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of the text's language, however unsure; (None, 0.0) for a
    text without letters."""
    if not isinstance(text, str):
        return None, 0.0
    sample = text.lstrip()[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    try:
        code, prob = _model().classify(sample)
    except Exception:  # never raise on a page; unknown is None
        return None, 0.0
    return ALIASES.get(code, code), float(prob)


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the model is not sure enough."""
    code, prob = lang_guess(text)
    return code if prob >= MIN_CONFIDENCE else None
