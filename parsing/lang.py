"""Which language a text is written in: py3langid (a maintained langid.py), used with care.

Why a library: counting stop words told Danish from Norwegian, Spanish from Catalan and
Portuguese from Romanian badly, and gave a short headline no language at all. py3langid's
byte n-gram model knows 97 languages and reads a headline. It is used so:

- restricted to the languages news copy comes in (``CANDIDATES``, data below): a model asked to
  choose among every language it knows calls short German "Luxembourgish" and short English
  "Nigerian Pidgin";
- on ``SAMPLE_CHARS`` characters of prose only: the model's cost grows with the sample's
  bytes (py3langid's own walk is a Python step a byte; ``Model``'s, which gives the same
  answers to the last bit, is one table search for them all). The sample starts where prose
  starts, after a dateline in capitals ("WASHINGTON (ANP/AFP) - "), which says nothing of the
  language: on the shared sets 80 characters of prose tell as many languages right as 300
  from the top;
- with a floor on its confidence (``MIN_CONFIDENCE``, a probability): below it the sample is
  read again at ``SURE_CHARS`` when the text has that much prose, and still below it the
  language is unknown (None), never a guess;
- Norwegian Bokmål and Nynorsk are both "no", the code the time parser's tables use;
- a long text (a page of briefs, a chunk of a big file) is asked at its start, middle and end:
  a page of one language says so three times, and a text whose parts disagree has no single
  language (None), so its ages and dates are read in every language.

The model loads once per process, on the first call: unpacking py3langid's file and building
the walk's table takes one to two seconds, so the model is kept in the cache folder
(``parsing.diskcache``, 22 MB) and read back in a few hundredths of a second.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from unicodedata import normalize

from parsing.diskcache import load_tables, save_tables, tables_key

# Languages a text may be detected as (CANDIDATES: ISO 639-1, as py3langid names them), and the
# codes the model gives that the rest of Wiremap writes otherwise (ALIASES: "nn" is "no"): each
# language file's "detect" codes (parsing/data/languages/). Add a language's file when copy in
# it comes in. Galician has none on purpose: on a sentence or two it takes Spanish and
# Portuguese copy for its own.
from parsing.languages import DETECT_ALIASES as ALIASES
from parsing.languages import DETECTED as CANDIDATES

log = logging.getLogger(__name__)

try:  # the walk and scoring in C, built by the install when a C compiler is there
    from parsing import _langwalk
except ImportError as exc:
    _langwalk = None
    _NOT_BUILT = str(exc)

SAMPLE_CHARS = 80
# an answer under MIN_CONFIDENCE on SAMPLE_CHARS is asked again on this much prose, when the text
# has it: 80 characters of a lead with names and numbers ("El representante o "comisionado" del
# lehendakari, José Mari Muñoa") can leave the model unsure of a language 300 make plain (on the
# shared sets: 11 of 549 texts unsure, 5 of them sure and right on 300, none wrong)
SURE_CHARS = 300
# Where prose starts: two words with small letters, within the first 80 characters. A word
# with a letter other than A-Z, then one with a small letter (or a sign of [a-zß-ÿ] after its
# letters); the first word's letters are taken at once (possessive), capitals first, so a word
# in capitals fails at its first other letter instead of giving back its letters one by one.
_PROSE = re.compile(r"[^\n]{0,80}?(?=\b[A-Z]*+[^\W\d_A-Z][^\W\d_]*+\s++[^\W\d_]*[a-zß-ÿ])")
PROSE_REACH = 200  # the characters ``_PROSE`` reads from its start (its last word's included)


def _py_prose_start(text: str, pos: int, endpos: int) -> int:
    """Where ``_PROSE`` matched at ``pos`` (``endpos`` its end) ends, else ``pos``: where the
    sample starts. The C one (``_langwalk.prose_start``) gives the same offsets."""
    m = _PROSE.match(text, pos, endpos)
    return m.end() if m else pos


# where prose starts, ``_PROSE``'s match read in C (a few compares a start, where the regular
# expression engine's lazy repeat and lookahead cost most of the sample's finding)
_prose_start: Callable[[str, int, int], int] = (
    getattr(_langwalk, "prose_start", None) or _py_prose_start
)


MIN_CONFIDENCE = 0.5

_identifier = None
_lock = threading.Lock()


def _model():
    """The restricted model, read the fast way (loaded once: from the cache folder when it is
    there, ``parsing.diskcache``)."""
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


class Model:
    """py3langid's model restricted to ``CANDIDATES``, with the same answers to the last bit
    (code and probability) as its own ``classify``, at less cost.

    py3langid walks the sample's UTF-8 bytes through a byte automaton in a Python loop (a
    step a byte, in a 39 MB transition table) and counts the feature each state outputs. That
    automaton is the Aho-Corasick automaton of its nodes (``_walk_table`` checks it, every
    transition): its state after a byte is the node spelling the longest suffix of the bytes
    read, and the nodes are at most 8 bytes long. So the feature output at a byte is a function
    of the last 8 bytes alone, read here for every byte at once: the 8 bytes ending at each
    byte as one integer (the latest byte highest), and one ``searchsorted`` in the sorted starts
    of the ranges of such integers that share an output (``walk``: 181,439 ranges, 2.2 MB).
    The features are then counted in the order they were first met, by the C routine that
    py3langid's ``Counter`` uses (its float32 sums depend on that order), and scored with its
    arithmetic, step for step. Where the install built ``parsing/_langwalk.c``, the walk,
    counting and scoring run there in one call (numpy's own loops for ``exp``, ``log1p`` and
    ``@``, the rest written out in numpy's order): the same answers at a sixth of the cost.
    When the automaton is not the one described (a future py3langid), ``_build_model`` keeps
    py3langid's own identifier instead.
    """

    __slots__ = ("nb_classes", "nb_ptc", "nb_pc", "alias_pairs", "walk", "_run")
    _STATE = ("nb_classes", "nb_ptc", "nb_pc", "alias_pairs", "walk")

    def __init__(self, nb_classes, nb_ptc, nb_pc, alias_pairs, walk):
        self.nb_classes = nb_classes
        self.nb_ptc = nb_ptc  # float32 (features, classes): half-precision costs a conversion
        self.nb_pc = nb_pc
        self.alias_pairs = alias_pairs
        self.walk = walk  # (starts, outputs)
        self._run = None

    def __getstate__(self) -> dict:
        return {name: getattr(self, name) for name in self._STATE}

    def __setstate__(self, state: dict) -> None:
        for name in self._STATE:
            setattr(self, name, state[name])
        self._run = None

    def classify(self, text: str | bytes) -> tuple[str, float]:
        """(code, probability): py3langid's ``classify`` with ``norm_probs``, exactly."""
        run = self._run
        if run is None:
            run = self._run = _classifier(self)
        return run(text)


WEIGHTS_OF_ONE = 4096  # features met once: their weight log1p(1), kept for this many


def _classifier(model: Model) -> Callable[[str | bytes], tuple[str, float]]:
    """``model.classify``: the compiled walk and scoring (``parsing/_langwalk.c``) when it is
    built and answers as numpy's path does, else numpy's; chosen once, with a log line."""
    numpy_run = _numpy_classifier(model)
    if _langwalk is None:
        log.info("language model: numpy's walk (the compiled one is not built: %s)", _NOT_BUILT)
        return numpy_run
    why = None  # why the compiled walk is not used
    try:
        run = _compiled_classifier(model)
        if not _sums_as_numpy(len(model.nb_classes)):
            why = "its sum of the scores is not numpy's add.reduce"
        elif not all(run(text) == numpy_run(text) for text in _CHECKS):
            why = "it answers otherwise than numpy's path on a check text"
    except (AttributeError, TypeError, ValueError, MemoryError) as exc:  # AttributeError: a
        why = str(exc)  # build older than this file (no compiler to rebuild it)
    if why is not None:
        log.warning("language model: numpy's walk (the compiled one is not used: %s)", why)
        return numpy_run
    log.info("language model: the compiled walk (parsing._langwalk)")
    return run


# texts both paths read at load (a changed numpy could make the compiled one answer otherwise):
# scripts and lengths of every kind, one with a feature met several times, one with none
_CHECKS = (
    "De minister zei dat het kabinet volgende week een besluit neemt over de regels.",
    "Police said two people were injured in the fire, which broke out after midnight.",
    "Le ministre a déclaré que le gouvernement prendra une décision la semaine prochaine.",
    "Правительство одобрило сегодня новый закон о жилье, сообщил министр.",
    "東京都は本日、新しい住宅法を承認したと発表した。",
    "ΑΘΗΝΑ aaaa aaaa aaaa",
    "a",
    "",
)


def _as_utf8(text: str) -> bytes:
    """py3langid's ``LanguageIdentifier._encode`` of a ``str``, step for step: a text all in
    capitals lower-cased, then NFC, then UTF-8 (lone surrogates passed through)."""
    if text.isupper():
        text = text.lower()
    return normalize("NFC", text).encode("utf8", "surrogatepass")


# texts whose bytes ``_as_utf8`` and py3langid's ``_encode`` must agree on for the first to
# stand for the second: the check texts, capitals, decomposed accents, a lone surrogate
_ENCODE_CHECKS = (*_CHECKS, "WASHINGTON (AP) —", "ÉTÉ À PARIS", "Cafe\u0301 ÅRHUS", "x\ud800y", "ǅ")


def _sums_as_numpy(classes: int) -> bool:
    """Whether the compiled sum of the scores (numpy's pairwise order, written out in C) is
    still ``np.add.reduce``'s, bit for bit, on random float32 vectors of every length up to the
    classes'. The check texts cannot show it: one class's score outweighs the rest there, so
    another order of the sum changes a probability only on a rare text."""
    import numpy as np

    lengths = [*range(1, classes + 1), *[classes] * 31]
    # one draw for all (a call a vector would cost more than the check itself)
    rows = np.exp(np.random.default_rng(15).normal(-10.0, 3.0, (len(lengths), classes)))
    rows = rows.astype(np.float32)
    add_reduce, reduce = _langwalk.add_reduce, np.add.reduce
    return all(
        add_reduce(row[:n]) == float(reduce(row[:n])) for row, n in zip(rows, lengths, strict=True)
    )


def _compiled_classifier(model: Model) -> Callable[[str | bytes], tuple[str, float]]:
    """``model.classify`` by ``parsing._langwalk``: one C call a text, given the model's tables
    once (held, not copied) and numpy's float32 loops for ``exp``, ``log1p`` and ``@``."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    encode = LanguageIdentifier._encode
    starts, outputs = model.walk
    scorer = _langwalk.Scorer(
        starts, outputs, model.nb_ptc, model.nb_pc, model.alias_pairs, np.exp, np.log1p, np.matmul
    )
    score, classes = scorer.classify, model.nb_classes
    # a text's bytes as py3langid's ``_encode`` gives them, by ``_as_utf8`` compiled (not an
    # interpreted frame a sample) while its steps are still py3langid's (a future py3langid's
    # other steps: its own)
    inline = all(_as_utf8(t) == encode(t) for t in _ENCODE_CHECKS)

    def run(text: str | bytes) -> tuple[str, float]:
        i, prob = score(_as_utf8(text) if inline and type(text) is str else encode(text))
        return classes[i], prob

    run.engine = "compiled"  # type: ignore[attr-defined]
    return run


def _numpy_classifier(model: Model) -> Callable[[str | bytes], tuple[str, float]]:
    """``model.classify`` in numpy, its names bound once (a call costs a few microseconds of
    lookups otherwise): the path where the compiled one is not built."""
    from collections import _count_elements  # the C loop of ``Counter``

    import numpy as np
    from py3langid.langid import LanguageIdentifier

    encode = LanguageIdentifier._encode
    f32, intp = np.float32, np.intp
    log1p, add, multiply, subtract, exp, divide = (
        np.log1p,
        np.add,
        np.multiply,
        np.subtract,
        np.exp,
        np.divide,
    )
    largest, total, fromiter, full, ndarray = (
        np.maximum.reduce,
        np.add.reduce,
        np.fromiter,
        np.full,
        np.ndarray,
    )
    rows, prior, classes, pairs, sqrt = (
        model.nb_ptc.take,
        model.nb_pc,
        model.nb_classes,
        model.alias_pairs,
        math.sqrt,
    )
    # py3langid's weight of a feature met once, from the same ufunc (libm's log1pf)
    ones = log1p(np.ones(WEIGHTS_OF_ONE, dtype=f32))
    search, outputs = model.walk[0].searchsorted, model.walk[1].take

    def visits(data: bytes):
        """(features as met first, their weights), or (None, None) when there are none."""
        met = outputs(search(ndarray((len(data),), "<u8", _PAD + data, 0, (1,)), "right"))
        met = met[met >= 0]
        n = met.size
        if not n:
            return None, None
        counted: dict[int, int] = {}
        _count_elements(counted, met.tolist())
        if len(counted) == n and n <= WEIGHTS_OF_ONE:  # each met once, in that order
            return met, ones[:n]
        idx = fromiter(counted.keys(), dtype=intp, count=len(counted))
        return idx, log1p(fromiter(counted.values(), dtype=f32, count=len(counted)))

    def run(text: str | bytes) -> tuple[str, float]:
        data = encode(text)
        idx, weights = visits(data)
        if idx is None:  # no feature: py3langid's flat scores
            scores = full(len(classes), 0.0, dtype=f32)
        else:
            scores = weights @ rows(idx, axis=0)
            add(scores, prior, out=scores)
        multiply(scores, 1.0 / sqrt(len(data) or 1), out=scores)
        subtract(scores, largest(scores), out=scores)
        exp(scores, out=scores)
        divide(scores, total(scores), out=scores)
        for i, j in pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        i = int(scores.argmax())
        return classes[i], float(scores[i])

    run.engine = "numpy"  # type: ignore[attr-defined]
    return run


# the walk's window: the 8 bytes ending at each byte, read as one little-endian uint64 (the
# "<u8" view in ``visits``, the 64-bit ranges of ``_walk_table``), so a node is at most 8 long
MAX_NODE = 8
# before the first byte: a byte no node has (zero), so no node reaches into the padding
_PAD = bytes(MAX_NODE - 1)


def _build_model():
    """The restricted model from py3langid's packed file (about a second: the file is
    LZMA-compressed), with the walk table (``_walk_table``); py3langid's own identifier where
    the table cannot be built. Either has ``classify`` and ``nb_classes``."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(CANDIDATES)
    walk = _walk_table(model.tk_nextmove, model.tk_row, model.tk_output)
    if walk is None:  # its own classify: the same answers, at its own cost
        log.warning("py3langid's automaton is not the one expected: its own walk is used")
        return model
    return Model(
        list(model.nb_classes),
        # the restricted table as one float32 block: scoring a text gathers a row per feature
        np.ascontiguousarray(model.nb_ptc, dtype=np.float32),
        np.asarray(model.nb_pc, dtype=np.float32),
        tuple(model._alias_pairs),
        walk,
    )


def _walk_table(nextmove, row, output):
    """(starts, outputs) such that the feature py3langid's automaton outputs after a byte is
    ``outputs[starts.searchsorted(w, "right")]``, where ``w`` is the little-endian integer of
    the 8 bytes ending at that byte (zero bytes before the text); None when the automaton is
    not the Aho-Corasick automaton of its nodes, or has a node longer than 8 bytes or with a
    zero byte.

    The automaton is checked, every transition: its states are found level by level (a node
    of depth d+1 is reached from exactly one node of depth d, its parent), and each state's
    row must be its children's, and elsewhere the row of its failure state (the node of its
    longest proper suffix), which makes the state after any bytes the node of their longest
    suffix that is a node. Each node then owns the range of 64-bit windows whose latest bytes
    spell it (most recent byte highest); nested ranges are flattened into ``starts``, each
    range's output that of the deepest node covering it.
    """
    import numpy as np

    table = np.asarray(nextmove).reshape(-1, 256)
    row = np.asarray(row, dtype=np.intp)
    out = np.asarray(output, dtype=np.int64)
    states = len(row)
    if len(out) != states or not states:
        return None
    depth = np.full(states, -1, dtype=np.int64)
    code = np.zeros(states, dtype=np.uint64)  # the node's bytes, latest highest
    fail = np.zeros(states, dtype=np.intp)
    byte = np.arange(256, dtype=np.uint64)
    depth[0] = 0
    level, d = np.zeros(1, dtype=np.intp), 0
    while level.size:
        moves = table[row[level]].astype(np.intp)  # (states of depth d, 256)
        new = depth[moves] < 0
        kids = moves[new]
        if np.unique(kids).size != kids.size or (kids.size and d >= MAX_NODE):
            return None
        parents = np.broadcast_to(level[:, None], moves.shape)[new]
        last = np.broadcast_to(byte, moves.shape)[new]
        if kids.size and not last.all():  # a node with a zero byte
            return None
        depth[kids] = d + 1
        code[kids] = (last << np.uint64(56)) | (code[parents] >> np.uint64(8))
        if d:
            fail[kids] = table[row[fail[parents]], last.astype(np.intp)]
            expected = table[row[fail[level]]].astype(np.intp)
            expected[new] = kids
            if not np.array_equal(moves, expected):
                return None
        level, d = kids, d + 1
    if (depth < 0).any():
        return None
    # each node's range of windows [code, code + 2**(64 - 8 * depth)), the root's all of them;
    # sorted by start, outer ranges first
    order = np.lexsort((depth, code))
    starts: list[int] = [0]
    values: list[int] = [-1]
    stack: list[tuple[int, int]] = [(1 << 64, -1)]  # (end, output) of the open ranges

    def emit(at: int, value: int) -> None:
        if at >= 1 << 64:
            return
        if starts[-1] == at:
            values[-1] = value
        else:
            starts.append(at)
            values.append(value)

    for lo, dep, value in zip(
        code[order].tolist(), depth[order].tolist(), out[order].tolist(), strict=True
    ):
        if not dep:
            continue  # the root: the stack's floor
        while stack[-1][0] <= lo:
            end, _ = stack.pop()
            emit(end, stack[-1][1])
        emit(lo, value)
        stack.append((lo + (1 << (64 - 8 * dep)), value))
    while len(stack) > 1:
        end, _ = stack.pop()
        emit(end, stack[-1][1])
    keep = [0] + [k for k in range(1, len(values)) if values[k] != values[k - 1]]
    return (
        np.array([starts[k] for k in keep], dtype=np.uint64),
        # shifted by one: searchsorted(..., "right") is the index of the range after the one
        np.array([-1] + [values[k] for k in keep], dtype=np.int32),
    )


def _is_model(model: object) -> bool:
    """A model restricted to the candidates (a file of the right name holding anything else
    is reported and replaced)."""
    from py3langid.langid import LanguageIdentifier

    if model is None:
        return False
    ok = isinstance(model, Model | LanguageIdentifier) and set(model.nb_classes) <= set(CANDIDATES)
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
    if text[:1].isspace():  # else ``lstrip`` gives the text itself: no call for most texts
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
    begin = _prose_start(text, start, start + PROSE_REACH)
    sample = text[begin : begin + SAMPLE_CHARS]
    if next(filter(str.isalpha, sample), None) is None:  # no letter (a C loop, no generator)
        return None, 0.0
    code, prob = _classify(sample)
    if prob < MIN_CONFIDENCE and len(text) > begin + SAMPLE_CHARS:
        return _classify(text[begin : begin + SURE_CHARS])
    return code, prob


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
