"""Which language a text is written in: py3langid (a maintained langid.py), used with care.

Why a library: counting stop words told Danish from Norwegian, Spanish from Catalan and
Portuguese from Romanian badly, and gave a short headline no language at all. py3langid's
byte n-gram model knows 97 languages and reads a headline. It is used so:

- restricted to the languages news copy comes in (``CANDIDATES``, data below): a model asked to
  choose among every language it knows calls short German "Luxembourgish" and short English
  "Nigerian Pidgin";
- on ``SAMPLE_CHARS`` characters of prose only: the model walks the text byte by byte in
  Python, so the sample bounds the cost. The sample starts where prose starts, after a
  dateline in capitals ("WASHINGTON (ANP/AFP) - "), which says nothing of the language: on the
  shared sets 80 characters of prose tell as many languages right as 300 from the top;
- with a floor on its confidence (``MIN_CONFIDENCE``, a probability): below it the language is
  unknown (None), never a guess;
- Norwegian Bokmål and Nynorsk are both "no", the code the time parser's tables use;
- a long text (a page of briefs, a chunk of a big file) is asked at its start, middle and end:
  a page of one language says so three times, and a text whose parts disagree has no single
  language (None), so its ages and dates are read in every language.

The model loads once per process, on the first call: unpacking py3langid's file takes about a
second, so the unpacked model is kept in the cache folder (``parsing.diskcache``) and read
back in a fifth of that.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

from parsing.diskcache import load_tables, save_tables, tables_key

# Languages a text may be detected as (CANDIDATES: ISO 639-1, as py3langid names them), and the
# codes the model gives that the rest of Wiremap writes otherwise (ALIASES: "nn" is "no"): each
# language file's "detect" codes (parsing/data/languages/). Add a language's file when copy in
# it comes in. Galician has none on purpose: on a sentence or two it takes Spanish and
# Portuguese copy for its own.
from parsing.languages import DETECT_ALIASES as ALIASES
from parsing.languages import DETECTED as CANDIDATES

log = logging.getLogger(__name__)

SAMPLE_CHARS = 80
# Where prose starts: two words with small letters, within the first 80 characters. A word
# with a letter other than A-Z, then one with a small letter (or a sign of [a-zß-ÿ] after its
# letters); the first word's letters are taken at once (possessive), capitals first, so a word
# in capitals fails at its first other letter instead of giving back its letters one by one.
_PROSE = re.compile(r"[^\n]{0,80}?(?=\b[A-Z]*+[^\W\d_A-Z][^\W\d_]*+\s++[^\W\d_]*[a-zß-ÿ])")
MIN_CONFIDENCE = 0.5

_identifier = None
_lock = threading.Lock()


def _model():
    """py3langid's identifier with probabilities, restricted to ``CANDIDATES`` (loaded once:
    from the cache folder when it is there, ``parsing.diskcache``)."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                key = _model_key()
                model = None if key is None else load_tables("langid", 0, key)
                if not _is_model(model):
                    model = _build_model()
                    if key is not None:
                        save_tables("langid", 0, key, model)
                _identifier = model
    return _identifier


def _build_model():
    """The restricted identifier from py3langid's packed model (about a second: the file is
    LZMA-compressed)."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(CANDIDATES)
    # the restricted table as one float32 block: scoring a text gathers a row per
    # feature, and half-precision rows cost a conversion on every call
    model.nb_ptc = np.ascontiguousarray(model.nb_ptc, dtype=np.float32)
    # the full table only serves another ``set_languages``, which Wiremap never calls: the
    # copy kept on disk holds the restricted one alone
    model._full_model = (model.nb_ptc, model.nb_pc, model.nb_classes)
    return model


def _is_model(model: object) -> bool:
    """An identifier restricted to the candidates (a file of the right name holding anything
    else is reported and replaced)."""
    from py3langid.langid import LanguageIdentifier

    if model is None:
        return False
    ok = isinstance(model, LanguageIdentifier) and set(model.nb_classes) <= set(CANDIDATES)
    if not ok:
        log.warning("the cached language model is not one; building it again")
    return ok


def _model_key() -> str | None:
    """Changes with py3langid (its version and model file), the candidates and this file."""
    from importlib import metadata

    try:
        from py3langid.langid import MODEL_DIR, MODEL_FILE

        stat = (Path(MODEL_DIR) / MODEL_FILE).stat()
        version = metadata.version("py3langid")
    except (OSError, ImportError, metadata.PackageNotFoundError):
        return None
    return tables_key(
        version,
        f"{stat.st_size}:{stat.st_mtime_ns}",
        ",".join(CANDIDATES),
        files=(Path(__file__),),
    )


LONG_TEXT = 2000  # longer texts are sampled in three places


def lang_guess(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of the text's language, however unsure; (None, 0.0) for a
    text without letters. For a long text: its first part's, unless another part is surely in
    another language (then (None, 0.0))."""
    if not isinstance(text, str):
        return None, 0.0
    text = text.lstrip()
    first = _sample_at(text, 0)
    if len(text) <= LONG_TEXT:
        return first
    for start in (len(text) // 2, len(text) - SAMPLE_CHARS - 200):
        code, prob = _sample_at(text, start)
        if prob >= MIN_CONFIDENCE and code != first[0]:
            return None, 0.0
    return first


def _sample_at(text: str, start: int) -> tuple[str | None, float]:
    """The model's answer on ``SAMPLE_CHARS`` of prose from ``start`` on."""
    m = _PROSE.match(text, start, start + 200)
    begin = m.end() if m else start
    sample = text[begin : begin + SAMPLE_CHARS]
    if next(filter(str.isalpha, sample), None) is None:  # no letter (a C loop, no generator)
        return None, 0.0
    return _classify(sample)


@lru_cache(maxsize=4096)
def _classify(sample: str) -> tuple[str | None, float]:
    """The model's answer for one sample; remembered, as polled feeds repeat their items."""
    try:
        code, prob = _model().classify(sample)
    except Exception:  # never raise on a page; unknown is None
        return None, 0.0
    return ALIASES.get(code, code), float(prob)


def clear_cache() -> None:
    """Forget the answers remembered per sample (benchmarks time rounds that start alike)."""
    _classify.cache_clear()


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the model is not sure enough."""
    code, prob = lang_guess(text)
    return code if prob >= MIN_CONFIDENCE else None
