/* The language model's walk, counting and scoring in C (parsing/lang.py, ``Model``).

Why: on an 80-character sample the numpy path is about twenty numpy calls on arrays of 80 and
49 items, and their fixed cost per call is most of the dateline path's language stage. Here the
same steps run in one call, with the same float32 arithmetic in the same order, so every answer
(code and probability) is py3langid's to the last bit:

- the walk: the feature output at each byte is that of the 8 bytes ending there, read as one
  little-endian integer, looked up in the sorted ``starts`` (the first start above it, as
  numpy's ``searchsorted(..., "right")``); a table of the first start for each value of the
  top 16 bits narrows the search, which gives the same index;
- counting in the order features are first met (the order of py3langid's ``Counter``);
- the weights (``log1p`` of the counts), the scores (``weights @ rows``) and ``exp`` are
  numpy's own float32 loops, called through their ufuncs' loop tables: numpy picks its
  ``exp`` and ``log1p`` by CPU (its own SIMD, SVML or libm) and ``@`` calls BLAS ``sgemv``,
  whose order of sums is the BLAS kernel's; calling the very loops keeps all of it the same;
- the rest is IEEE float32 arithmetic written out in numpy's order: the prior, the length
  scaling (the scale rounded to float32 first, as numpy does with a Python float), the max
  subtracted, the pairwise sum of ``np.add.reduce``, the divide, the alias pairs, argmax.

Also ``fold_blanks``: the record id's case fold and fold of blanks (pipeline/record.py), one
pass where Python made six; ``all_in``: whether the id's text is its own NFKC, by a table;
``any_in``: whether a page holds a character its repair starts at (parsing/repair.py), or a
text a letter ``geo.fold.fold_text`` replaces;
``lead_candidates``: where a brief's lead may hold its dateline, as ``parsing.dateline``'s
``_RE_LEAD_CAND`` finds the starts (``find_dateline``); ``placed_gate``: where a line's shape
rules ``parsing.dateline._RE_PLACED`` out, before the pattern is tried (``_placed``);
``prose_start``: where the language model's sample starts, as ``parsing.lang._PROSE`` finds it;
``lower``: ``str.lower`` of a page that is not ASCII, its ASCII read from a table (timeparse.py);
``tokens``: ``geo.mentions.tokenize``'s words, in one pass (``gap_words``: the words with the
gaps before them, as its regular expression finds them); and ``Fields``, the words' tuple type
whose fields read by name in C.

Built by the project's install when a C compiler is there (setup.py, an optional extension);
``parsing.lang`` checks it against the numpy path at load and uses numpy's otherwise. Compiled with -ffp-contract=off: a fused multiply-add would round once where numpy
rounds twice.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* numpy's inner loop signature (npy_intp is the size of a pointer) */
typedef void (*loop_fn)(char **args, const Py_intptr_t *dims, const Py_intptr_t *steps,
                        void *data);

/* The head of numpy's PyUFuncObject (numpy/ufuncobject.h), unchanged since numpy 1.0; read
   only after its counts are checked against the ufunc's Python attributes. */
typedef struct {
    PyObject_HEAD
    int nin, nout, nargs;
    int identity;
    loop_fn *functions;
    void **data;
    int ntypes;
    int reserved1;
    const char *name;
    const char *types;
} ufunc_head;

#define NPY_FLOAT_NUM 11 /* NPY_FLOAT in numpy's type numbers */
#define BUCKETS 65536    /* the top 16 bits of a window */
#define ROWS_KEPT 4096   /* rows gathered for more features than this are let go after the call */

typedef struct {
    loop_fn fn;
    void *data;
} loop;

typedef struct {
    PyObject_HEAD
    Py_buffer starts_buf, outputs_buf, ptc_buf, pc_buf;
    int held;  /* how many of the four buffers are held */
    int ready; /* init went to its end: the tables are checked and the scratch is there */
    const uint64_t *starts;
    Py_ssize_t n_starts;
    const int32_t *outputs; /* n_starts + 1 */
    const float *ptc;       /* (n_feat, n_cls) */
    Py_ssize_t n_feat, n_cls;
    const float *pc;
    Py_ssize_t *pairs; /* (first, dupe) column pairs */
    Py_ssize_t n_pairs;
    uint32_t *bucket; /* BUCKETS + 1 */
    int64_t *counts;  /* n_feat, zero between calls */
    int32_t *order;   /* n_feat */
    float *counted;   /* n_feat */
    float *weights;   /* n_feat */
    float *rows;      /* rows_cap * n_cls */
    Py_ssize_t rows_cap;
    float *scores; /* n_cls */
    loop exp_loop, log1p_loop, matmul_loop;
    float weight_of_one; /* log1p(1) by the same loop: the weight of a feature met once */
} Scorer;

/* The first loop of ``ufunc`` whose arguments are all float32 (the one numpy picks for them). */
static int
float_loop(PyObject *ufunc, int nargs, loop *out)
{
    if (strcmp(Py_TYPE(ufunc)->tp_name, "numpy.ufunc") != 0) {
        PyErr_Format(PyExc_TypeError, "not a numpy ufunc: %R", ufunc);
        return -1;
    }
    const char *attrs[3] = {"nin", "nout", "ntypes"};
    long want[3];
    for (int k = 0; k < 3; k++) {
        PyObject *v = PyObject_GetAttrString(ufunc, attrs[k]);
        if (v == NULL) {
            return -1;
        }
        want[k] = PyLong_AsLong(v);
        Py_DECREF(v);
        if (want[k] == -1 && PyErr_Occurred()) {
            return -1;
        }
    }
    const ufunc_head *u = (const ufunc_head *)ufunc;
    if (u->nin != want[0] || u->nout != want[1] || u->ntypes != want[2] ||
        u->nargs != u->nin + u->nout || u->nargs != nargs || u->functions == NULL ||
        u->types == NULL) {
        PyErr_Format(PyExc_TypeError, "numpy's ufunc %R is not laid out as expected", ufunc);
        return -1;
    }
    for (int i = 0; i < u->ntypes; i++) {
        int all = 1;
        for (int k = 0; k < nargs; k++) {
            all &= u->types[i * nargs + k] == NPY_FLOAT_NUM;
        }
        if (all && u->functions[i] != NULL) {
            out->fn = u->functions[i];
            out->data = u->data == NULL ? NULL : u->data[i];
            return 0;
        }
    }
    PyErr_Format(PyExc_TypeError, "numpy's ufunc %R has no float32 loop", ufunc);
    return -1;
}

/* A buffer of ``ndim`` dimensions of items of ``size`` bytes whose format is one of ``codes``. */
static int
get_buffer(PyObject *obj, Py_buffer *view, int ndim, Py_ssize_t size, const char *codes,
           const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        return -1;
    }
    const char *fmt = view->format == NULL ? "B" : view->format;
    if (*fmt == '<' || *fmt == '=' || *fmt == '@') {
        fmt++;
    }
    if (view->ndim != ndim || view->itemsize != size || fmt[0] == '\0' || fmt[1] != '\0' ||
        strchr(codes, fmt[0]) == NULL) {
        PyErr_Format(PyExc_ValueError, "%s: want %d dimension(s) of %zd-byte items", what, ndim,
                     size);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static void
Scorer_dealloc(Scorer *self)
{
    Py_buffer *bufs[4] = {&self->starts_buf, &self->outputs_buf, &self->ptc_buf, &self->pc_buf};
    for (int k = 0; k < self->held; k++) {
        PyBuffer_Release(bufs[k]);
    }
    PyMem_Free(self->pairs);
    PyMem_Free(self->bucket);
    PyMem_Free(self->counts);
    PyMem_Free(self->order);
    PyMem_Free(self->counted);
    PyMem_Free(self->weights);
    PyMem_Free(self->rows);
    PyMem_Free(self->scores);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
Scorer_init(Scorer *self, PyObject *args, PyObject *kwds)
{
    static char *names[] = {"starts", "outputs", "nb_ptc", "nb_pc", "alias_pairs",
                            "exp",    "log1p",   "matmul", NULL};
    PyObject *starts, *outputs, *ptc, *pc, *pairs, *exp_u, *log1p_u, *matmul_u;
    if (self->held) {
        PyErr_SetString(PyExc_RuntimeError, "a Scorer is built once");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOOOOOO", names, &starts, &outputs, &ptc,
                                     &pc, &pairs, &exp_u, &log1p_u, &matmul_u)) {
        return -1;
    }
    if (float_loop(exp_u, 2, &self->exp_loop) < 0 ||
        float_loop(log1p_u, 2, &self->log1p_loop) < 0 ||
        float_loop(matmul_u, 3, &self->matmul_loop) < 0) {
        return -1;
    }
    const char *u64 = sizeof(long) == 8 ? "QL" : "Q";
    const char *i32 = sizeof(long) == 4 ? "il" : "i";
    if (get_buffer(starts, &self->starts_buf, 1, 8, u64, "starts") < 0) {
        return -1;
    }
    self->held = 1;
    if (get_buffer(outputs, &self->outputs_buf, 1, 4, i32, "outputs") < 0) {
        return -1;
    }
    self->held = 2;
    if (get_buffer(ptc, &self->ptc_buf, 2, 4, "f", "nb_ptc") < 0) {
        return -1;
    }
    self->held = 3;
    if (get_buffer(pc, &self->pc_buf, 1, 4, "f", "nb_pc") < 0) {
        return -1;
    }
    self->held = 4;
    self->starts = self->starts_buf.buf;
    self->n_starts = self->starts_buf.shape[0];
    self->outputs = self->outputs_buf.buf;
    self->ptc = self->ptc_buf.buf;
    self->n_feat = self->ptc_buf.shape[0];
    self->n_cls = self->ptc_buf.shape[1];
    self->pc = self->pc_buf.buf;
    if (self->outputs_buf.shape[0] != self->n_starts + 1 || self->pc_buf.shape[0] != self->n_cls ||
        self->n_cls < 1 || self->n_starts < 1 || self->n_feat > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "the model's tables do not fit together");
        return -1;
    }
    for (Py_ssize_t k = 1; k < self->n_starts; k++) {
        if (self->starts[k] <= self->starts[k - 1]) {
            PyErr_SetString(PyExc_ValueError, "starts: not increasing");
            return -1;
        }
    }
    for (Py_ssize_t k = 0; k <= self->n_starts; k++) {
        if (self->outputs[k] < -1 || self->outputs[k] >= self->n_feat) {
            PyErr_SetString(PyExc_ValueError, "outputs: a feature the table has not");
            return -1;
        }
    }
    PyObject *seq = PySequence_Fast(pairs, "alias_pairs: a sequence of (first, dupe)");
    if (seq == NULL) {
        return -1;
    }
    self->n_pairs = PySequence_Fast_GET_SIZE(seq);
    self->pairs = PyMem_Calloc(2 * self->n_pairs + 1, sizeof(Py_ssize_t));
    if (self->pairs == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < self->n_pairs; k++) {
        Py_ssize_t i, j;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, k), "nn", &i, &j)) {
            Py_DECREF(seq);
            return -1;
        }
        if (i < 0 || j < 0 || i >= self->n_cls || j >= self->n_cls) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "alias_pairs: a class the table has not");
            return -1;
        }
        self->pairs[2 * k] = i;
        self->pairs[2 * k + 1] = j;
    }
    Py_DECREF(seq);
    Py_ssize_t nf = self->n_feat ? self->n_feat : 1;
    self->bucket = PyMem_Malloc((BUCKETS + 1) * sizeof(uint32_t));
    self->counts = PyMem_Calloc(nf, sizeof(int64_t));
    self->order = PyMem_Malloc(nf * sizeof(int32_t));
    self->counted = PyMem_Malloc(nf * sizeof(float));
    self->weights = PyMem_Malloc(nf * sizeof(float));
    self->scores = PyMem_Malloc(self->n_cls * sizeof(float));
    if (!self->bucket || !self->counts || !self->order || !self->counted || !self->weights ||
        !self->scores || self->n_starts > UINT32_MAX) {
        PyErr_NoMemory();
        return -1;
    }
    /* bucket[p]: the index of the first start at or above p << 48 */
    Py_ssize_t k = 0;
    for (uint64_t p = 0; p < BUCKETS; p++) {
        while (k < self->n_starts && self->starts[k] < (p << 48)) {
            k++;
        }
        self->bucket[p] = (uint32_t)k;
    }
    self->bucket[BUCKETS] = (uint32_t)self->n_starts;
    {
        float one = 1.0f;
        char *args1[2] = {(char *)&one, (char *)&self->weight_of_one};
        Py_intptr_t dims1[1] = {1}, steps1[2] = {sizeof(float), sizeof(float)};
        self->log1p_loop.fn(args1, dims1, steps1, self->log1p_loop.data);
    }
    self->ready = 1;
    return 0;
}

/* numpy's pairwise sum of float32 (``np.add.reduce``: 8 accumulators in blocks of 128). */
static float
pairwise_sum(const float *a, Py_ssize_t n)
{
    if (n < 8) {
        float res = 0.0f;
        for (Py_ssize_t i = 0; i < n; i++) {
            res += a[i];
        }
        return res;
    }
    if (n <= 128) {
        float r[8];
        Py_ssize_t i;
        for (int j = 0; j < 8; j++) {
            r[j] = a[j];
        }
        for (i = 8; i < n - (n % 8); i += 8) {
            for (int j = 0; j < 8; j++) {
                r[j] += a[i + j];
            }
        }
        float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) {
            res += a[i];
        }
        return res;
    }
    Py_ssize_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(a, n2) + pairwise_sum(a + n2, n - n2);
}

/* ``np.add.reduce`` of float32: the identity, 0, plus the pairwise sum, as numpy reduces. */
static float
reduce_add(const float *a, Py_ssize_t n)
{
    return 0.0f + pairwise_sum(a, n);
}

/* The feature counts of ``data``, in first-met order: how many features were met. */
static Py_ssize_t
walk(Scorer *self, const unsigned char *data, Py_ssize_t n)
{
    const uint64_t *starts = self->starts;
    const uint32_t *bucket = self->bucket;
    const int32_t *outputs = self->outputs;
    int64_t *counts = self->counts;
    int32_t *order = self->order;
    const uint32_t n_feat = (uint32_t)self->n_feat; /* at most INT32_MAX (init) */
    Py_ssize_t met = 0;
    uint64_t window = 0; /* the 8 bytes ending here, the latest highest; zeros before the text */
    for (Py_ssize_t i = 0; i < n; i++) {
        window = (window >> 8) | ((uint64_t)data[i] << 56);
        size_t top = (size_t)(window >> 48);
        size_t lo = bucket[top], hi = bucket[top + 1];
        while (lo < hi) { /* the first start above the window */
            size_t mid = lo + (hi - lo) / 2;
            if (starts[mid] <= window) {
                lo = mid + 1;
            }
            else {
                hi = mid;
            }
        }
        /* the tables are held, not copied: an output past the table (written into the outputs
           after init) counts nothing rather than writing outside ``counts``; -1, no feature, is
           past it too as unsigned, so this is the one compare the walk needs anyway */
        uint32_t feature = (uint32_t)outputs[lo];
        if (feature < n_feat && counts[feature]++ == 0) {
            order[met++] = (int32_t)feature;
        }
    }
    for (Py_ssize_t j = 0; j < met; j++) {
        self->counted[j] = (float)counts[order[j]];
        counts[order[j]] = 0;
    }
    return met;
}

static PyObject *
Scorer_classify(Scorer *self, PyObject *arg)
{
    Py_buffer text;
    if (!self->ready) { /* made by Scorer.__new__ alone, or its init failed: no tables */
        PyErr_SetString(PyExc_RuntimeError, "the Scorer's tables were not given (init)");
        return NULL;
    }
    if (PyObject_GetBuffer(arg, &text, PyBUF_SIMPLE) < 0) {
        return NULL;
    }
    const Py_ssize_t n_cls = self->n_cls, n = text.len;
    float *scores = self->scores;
    Py_ssize_t met = walk(self, text.buf, n);
    PyBuffer_Release(&text);
    if (met > self->rows_cap) {
        float *rows = PyMem_Realloc(self->rows, (size_t)met * n_cls * sizeof(float));
        if (rows == NULL) {
            return PyErr_NoMemory();
        }
        self->rows = rows;
        self->rows_cap = met;
    }
    memset(scores, 0, n_cls * sizeof(float));
    if (met) {
        /* weights = log1p(counts); scores = weights @ rows + prior. Most features are met
           once, and their weight is the loop's log1p(1), kept at init (as numpy's path keeps
           it, ``WEIGHTS_OF_ONE``): the loop is called on the other counts alone, gathered at
           the front of ``counted`` (an element's log1p is its own, wherever it stands). */
        Py_ssize_t more = 0;
        for (Py_ssize_t j = 0; j < met; j++) {
            if (self->counted[j] == 1.0f) {
                self->weights[j] = self->weight_of_one;
            }
            else { /* a count of two or more: its weight is above zero, never the mark -1 */
                self->weights[j] = -1.0f;
                self->counted[more++] = self->counted[j];
            }
        }
        if (more) {
            char *log_args[2] = {(char *)self->counted, (char *)self->counted};
            Py_intptr_t log_dims[1] = {more}, log_steps[2] = {sizeof(float), sizeof(float)};
            self->log1p_loop.fn(log_args, log_dims, log_steps, self->log1p_loop.data);
            for (Py_ssize_t j = 0, k = 0; j < met; j++) {
                if (self->weights[j] == -1.0f) {
                    self->weights[j] = self->counted[k++];
                }
            }
        }
        for (Py_ssize_t j = 0; j < met; j++) {
            memcpy(self->rows + j * n_cls, self->ptc + (Py_ssize_t)self->order[j] * n_cls,
                   n_cls * sizeof(float));
        }
        /* the gufunc (n?,k),(k,m?)->(n?,m?) with a 1-d first operand, as numpy calls it: one
           outer step; n missing (1, stride 0); k = met; m = n_cls */
        char *mm_args[3] = {(char *)self->weights, (char *)self->rows, (char *)scores};
        Py_intptr_t mm_dims[4] = {1, 1, met, n_cls};
        Py_intptr_t mm_steps[9] = {0, 0, 0, 0, sizeof(float), n_cls * sizeof(float),
                                   sizeof(float), 0, sizeof(float)};
        self->matmul_loop.fn(mm_args, mm_dims, mm_steps, self->matmul_loop.data);
        for (Py_ssize_t c = 0; c < n_cls; c++) {
            scores[c] = scores[c] + self->pc[c];
        }
    }
    const float scale = (float)(1.0 / sqrt((double)(n ? n : 1)));
    for (Py_ssize_t c = 0; c < n_cls; c++) {
        scores[c] = scores[c] * scale;
    }
    float top = scores[0]; /* np.maximum.reduce: NaN if there is one */
    for (Py_ssize_t c = 1; c < n_cls && top == top; c++) {
        if (!(scores[c] <= top)) {
            top = scores[c];
        }
    }
    for (Py_ssize_t c = 0; c < n_cls; c++) {
        scores[c] = scores[c] - top;
    }
    char *exp_args[2] = {(char *)scores, (char *)scores};
    Py_intptr_t exp_dims[1] = {n_cls}, exp_steps[2] = {sizeof(float), sizeof(float)};
    self->exp_loop.fn(exp_args, exp_dims, exp_steps, self->exp_loop.data);
    const float total = reduce_add(scores, n_cls);
    for (Py_ssize_t c = 0; c < n_cls; c++) {
        scores[c] = scores[c] / total;
    }
    for (Py_ssize_t k = 0; k < self->n_pairs; k++) {
        Py_ssize_t i = self->pairs[2 * k], j = self->pairs[2 * k + 1];
        scores[i] = scores[i] + scores[j];
        scores[j] = 0.0f;
    }
    Py_ssize_t best = 0; /* numpy's argmax: the first NaN, else the first largest */
    float most = scores[0];
    for (Py_ssize_t c = 1; c < n_cls && most == most; c++) {
        if (!(scores[c] <= most)) {
            best = c;
            most = scores[c];
        }
    }
    feclearexcept(FE_ALL_EXCEPT); /* numpy's loops leave flags its own callers clear */
    if (self->rows_cap > ROWS_KEPT) { /* a long text's rows: not kept for the next sample */
        PyMem_Free(self->rows);
        self->rows = NULL;
        self->rows_cap = 0;
    }
    PyObject *index = PyLong_FromSsize_t(best), *prob = PyFloat_FromDouble((double)most);
    PyObject *answer = index && prob ? PyTuple_Pack(2, index, prob) : NULL;
    Py_XDECREF(index);
    Py_XDECREF(prob);
    return answer;
}

static PyMethodDef Scorer_methods[] = {
    {"classify", (PyCFunction)Scorer_classify, METH_O,
     "classify(data: bytes) -> (class index, probability): py3langid's answer on the bytes."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScorerType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "parsing._langwalk.Scorer",
    .tp_basicsize = sizeof(Scorer),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Scorer(starts, outputs, nb_ptc, nb_pc, alias_pairs, exp, log1p, matmul): the "
              "restricted model's tables, held (not copied), and numpy's float32 loops.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Scorer_init,
    .tp_dealloc = (destructor)Scorer_dealloc,
    .tp_methods = Scorer_methods,
};

/* The sum of the scores is the one step written out here that numpy could change (its loops
   are called, not copied): parsing.lang compares this with ``np.add.reduce`` at load. */
static PyObject *
langwalk_add_reduce(PyObject *module, PyObject *arg)
{
    (void)module;
    Py_buffer view;
    if (get_buffer(arg, &view, 1, 4, "f", "values") < 0) {
        return NULL;
    }
    const float total = reduce_add(view.buf, view.shape[0]);
    PyBuffer_Release(&view);
    return PyFloat_FromDouble((double)total);
}

/* fold_blanks' tables for ASCII, filled at import: a blank is what ``str.split`` cuts at
   (Py_UNICODE_ISSPACE), and an ASCII letter folds to its lower case (A-Z's alone); and the
   word scanner's (``gw_...``): a letter or digit (Py_UNICODE_ISALNUM). */
static Py_UCS1 ascii_blank[128], ascii_fold[128], gw_ascii_alnum[128];

static void
fill_fold_tables(void)
{
    for (int c = 0; c < 128; c++) {
        ascii_blank[c] = Py_UNICODE_ISSPACE((Py_UCS4)c) ? 1 : 0;
        ascii_fold[c] = (Py_UCS1)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        gw_ascii_alnum[c] = Py_UNICODE_ISALNUM((Py_UCS4)c) ? 1 : 0;
    }
}

/* ``" ".join(text.casefold().split())``: the fold of pipeline.record's ``event_id`` in one
   pass over the text, where Python makes one for ``casefold`` (or ``lower``), one a
   ``replace`` of a line break or a tab, one a halving of runs of spaces, a ``strip`` and an
   ``isprintable`` check. A character folds as ``casefold`` folds it
   (``_PyUnicode_ToFoldedFull``, its own function; ASCII by table, A-Z to a-z), and a blank is
   what ``str.split`` cuts at (``Py_UNICODE_ISSPACE``): no blank folds, and nothing folds to
   one, so blanks are found before the fold as after it. The result is built by
   ``PyUnicode_FromKindAndData``: the canonical string, of the narrowest kind. */
static PyObject *
langwalk_fold_blanks(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "fold_blanks(text: str)");
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t m = 0;
    int blank = 0;
    PyObject *result;
    if (PyUnicode_IS_ASCII(text)) { /* most copy: a byte a character, read from tables */
        const Py_UCS1 *in = data;
        Py_UCS1 *out = PyMem_Malloc((size_t)(n > 0 ? n : 1));
        if (out == NULL) {
            return PyErr_NoMemory();
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            const Py_UCS1 ch = in[i];
            if (ascii_blank[ch]) {
                blank = m > 0;
                continue;
            }
            if (blank) {
                out[m++] = ' ';
                blank = 0;
            }
            out[m++] = ascii_fold[ch];
        }
        result = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, out, m);
        PyMem_Free(out);
        return result;
    }
#if PY_VERSION_HEX >= 0x030D0000 || defined(WIREMAP_FOLD_BY_METHOD)
    /* 3.13 made the fold of one character internal (no longer exported): the str's own
       casefold, then its blanks, as Python writes it */
    (void)kind;
    (void)data;
    (void)blank;
    PyObject *cased = PyObject_CallMethod(text, "casefold", NULL);
    if (cased == NULL) {
        return NULL;
    }
    PyObject *words = PyUnicode_Split(cased, NULL, -1);
    Py_DECREF(cased);
    if (words == NULL) {
        return NULL;
    }
    PyObject *space = PyUnicode_FromOrdinal(' ');
    if (space == NULL) {
        Py_DECREF(words);
        return NULL;
    }
    result = PyUnicode_Join(space, words);
    Py_DECREF(space);
    Py_DECREF(words);
    return result;
#else
    /* casefold writes at most three characters for one ("ﬃ": "ffi") */
    Py_UCS4 *out = PyMem_Malloc((size_t)(n > 0 ? n : 1) * 3 * sizeof(Py_UCS4));
    if (out == NULL) {
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < 128 ? ascii_blank[ch] : Py_UNICODE_ISSPACE(ch)) {
            blank = m > 0;
            continue;
        }
        if (blank) {
            out[m++] = ' ';
            blank = 0;
        }
        if (ch < 128) {
            out[m++] = ascii_fold[ch];
            continue;
        }
        Py_UCS4 folded[3];
        const int k = _PyUnicode_ToFoldedFull(ch, folded);
        for (int j = 0; j < k; j++) {
            out[m++] = folded[j];
        }
    }
    result = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m);
    PyMem_Free(out);
    return result;
#endif
}

/* ``lower(text)``: ``text.lower()``, for a text that is not ASCII in one pass that reads its ASCII
   characters from a table (``ascii_fold``: A-Z to a-z, as ``lower`` maps them) and maps each other
   character by ``_PyUnicode_ToLowerFull``, the function ``lower`` calls for every character of
   such a text. The one mapping that reads its neighbours, a capital sigma's (final or not), and
   an ASCII text (which ``lower`` reads at a byte's cost) are ``lower``'s own. The time parser
   lowers each page once to find its age words (parsing/timeparse.py, ``ages_in``). */
static PyObject *
langwalk_lower(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "lower(text: str)");
        return NULL;
    }
#if PY_VERSION_HEX >= 0x030D0000 || defined(WIREMAP_FOLD_BY_METHOD)
    /* 3.13 made the mapping of one character internal (no longer exported) */
    return PyObject_CallMethod(text, "lower", NULL);
#else
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_IS_ASCII(text) || (kind != PyUnicode_1BYTE_KIND &&
                                     PyUnicode_FindChar(text, 0x3A3, 0, n, 1) != -1)) {
        return PyObject_CallMethod(text, "lower", NULL);
    }
    /* a character lowers to at most three ("İ": "i̇") */
    Py_UCS4 *out = PyMem_Malloc((size_t)(n > 0 ? n : 1) * 3 * sizeof(Py_UCS4));
    if (out == NULL) {
        return PyErr_NoMemory();
    }
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < 128) {
            out[m++] = ascii_fold[ch];
            continue;
        }
        Py_UCS4 mapped[3];
        const int k = _PyUnicode_ToLowerFull(ch, mapped);
        for (int j = 0; j < k; j++) {
            out[m++] = mapped[j];
        }
    }
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m);
    PyMem_Free(out);
    return result;
#endif
}

/* Whether some character of ``text`` is marked ``mark`` (1) or unmarked (0) in ``table``: a byte
   a code point from U+0000, a code point past its end unmarked. A loop a width, so that none
   reads the width again a character, and each stops at the first character it looks for. */
static int
some_char(PyObject *text, const unsigned char *table, Py_UCS4 size, int mark)
{
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (kind == PyUnicode_1BYTE_KIND && size >= 256) {
        const Py_UCS1 *in = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            if ((table[in[i]] != 0) == mark) {
                return 1;
            }
        }
    }
    else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *in = data;
        for (Py_ssize_t i = 0; i < n; i++) {
            if ((in[i] < size && table[in[i]]) == mark) {
                return 1;
            }
        }
    }
    else {
        for (Py_ssize_t i = 0; i < n; i++) {
            const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if ((ch < size && table[ch]) == mark) {
                return 1;
            }
        }
    }
    return 0;
}

/* ``some_char`` for ``name(text: str, table: bytes)``: 1 or 0, or -1 with an error set. */
static int
some_char_of(PyObject *const *args, Py_ssize_t nargs, const char *name, int mark)
{
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyBytes_Check(args[1])) {
        PyErr_Format(PyExc_TypeError, "%s(text: str, table: bytes)", name);
        return -1;
    }
    const unsigned char *table = (const unsigned char *)PyBytes_AS_STRING(args[1]);
    return some_char(args[0], table, (Py_UCS4)PyBytes_GET_SIZE(args[1]), mark);
}

/* ``all_in(text, table)``: whether every character of ``text`` is marked in ``table``. The
   record's id asks it whether a text holds only characters that NFKC leaves as they are
   wherever they stand (pipeline.record): such a text is its own NFKC, and its normalisation (a
   quick check of every character against Unicode's tables, most of the id's cost) is skipped. */
static PyObject *
langwalk_all_in(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    const int unmarked = some_char_of(args, nargs, "all_in", 0);
    return unmarked < 0 ? NULL : PyBool_FromLong(!unmarked);
}

/* ``any_in(text, table)``: whether some character of ``text`` is marked in ``table``. The repair
   of a pasted page asks it once whether the page holds any character a repair starts at
   (parsing.repair), where Python searched the page once for each of some thirty characters. */
static PyObject *
langwalk_any_in(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    const int marked = some_char_of(args, nargs, "any_in", 1);
    return marked < 0 ? NULL : PyBool_FromLong(marked);
}

/* ``fold_by_table(text, codes, entries)``: geo.fold's ``fold_text`` of ``text`` in one pass, or
   None where a code point lies past the tables (the caller folds it in Python then). A
   character ``c`` folds to its table entry, made by Python from Unicode's own data (geo/fold.py,
   ``_fold_table``): its special letter's spelling, its NFKD's ASCII characters, lower case,
   apostrophes dropped, anything else a space. ``codes[c]`` is that entry when it is one byte, 0
   when it is empty, 255 when it is longer: ``entries[c]`` then (bytes). NFKD decomposes each
   character alone and only moves marks (never ASCII, whose combining class is 0), so the ASCII
   of a text's NFKD is the ASCII of its characters' NFKD, one after the other: the text's fold
   is its characters' entries, one after the other, with runs of spaces made one and the ends
   stripped. */
typedef struct {
    Py_UCS1 *out;
    Py_ssize_t m, cap;
    int blank;
} fbt_out;

/* One byte of an entry: a space opens a run of blanks (none at the start), anything else is
   written after the one space its run left. 0 on success, -1 (an error set) on a byte that is
   not ASCII or no memory. */
static inline int
fbt_put(fbt_out *o, unsigned char b)
{
    if (b == ' ') {
        o->blank = o->m > 0;
        return 0;
    }
    if (b >= 128) {
        PyErr_SetString(PyExc_ValueError, "fold_by_table: an entry is not ASCII");
        return -1;
    }
    if (o->m + 2 > o->cap) {
        const Py_ssize_t cap = o->cap * 2 + 16;
        Py_UCS1 *grown = PyMem_Realloc(o->out, (size_t)cap);
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        o->out = grown;
        o->cap = cap;
    }
    if (o->blank) {
        o->out[o->m++] = ' ';
        o->blank = 0;
    }
    o->out[o->m++] = b;
    return 0;
}

static PyObject *
langwalk_fold_by_table(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyBytes_Check(args[1]) ||
        !PyTuple_Check(args[2]) || PyTuple_GET_SIZE(args[2]) != PyBytes_GET_SIZE(args[1])) {
        PyErr_SetString(PyExc_TypeError,
                        "fold_by_table(text: str, codes: bytes, entries: tuple) of one size");
        return NULL;
    }
    PyObject *text = args[0], *entries = args[2];
    const unsigned char *codes = (const unsigned char *)PyBytes_AS_STRING(args[1]);
    const Py_ssize_t size = PyBytes_GET_SIZE(args[1]);
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    fbt_out o = {NULL, 0, n + 16, 0};
    o.out = PyMem_Malloc((size_t)o.cap);
    if (o.out == NULL) {
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 ch = kind == PyUnicode_1BYTE_KIND ? ((const Py_UCS1 *)data)[i]
                           : kind == PyUnicode_2BYTE_KIND ? ((const Py_UCS2 *)data)[i]
                                                          : ((const Py_UCS4 *)data)[i];
        if ((Py_ssize_t)ch >= size) {
            PyMem_Free(o.out);
            Py_RETURN_NONE;
        }
        const unsigned char c = codes[ch];
        if (c == 0) {
            continue;
        }
        if (c != 255) {
            if (fbt_put(&o, c) < 0) {
                PyMem_Free(o.out);
                return NULL;
            }
            continue;
        }
        PyObject *entry = PyTuple_GET_ITEM(entries, ch);
        if (!PyBytes_Check(entry)) {
            PyMem_Free(o.out);
            PyErr_SetString(PyExc_TypeError, "fold_by_table: an entry is not bytes");
            return NULL;
        }
        const unsigned char *bytes = (const unsigned char *)PyBytes_AS_STRING(entry);
        for (Py_ssize_t j = 0, k = PyBytes_GET_SIZE(entry); j < k; j++) {
            if (fbt_put(&o, bytes[j]) < 0) {
                PyMem_Free(o.out);
                return NULL;
            }
        }
    }
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, o.out, o.m);
    PyMem_Free(o.out);
    return result;
}

/* ``capitalised(text)``: ``geo.resolve._CAPITALISED.findall(text)``, the capitalised words of a
   brief, alone or two after one space ("Atlanta", "Red Bank"), in one pass where the engine
   tried its class at every character and then the word's at each of its letters. The pattern
   is ``[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]*)?``: a match opens at the first capital (the
   run after it may be empty), its run is as long as it goes (a space is none of it, so giving
   back never lets the second word match), and the second word is taken whenever a space and a
   capital follow; the next search starts at its end. ``\w`` is the engine's for a str pattern:
   ``Py_UNICODE_ISALNUM`` or "_". */
#define CAP_OPENS(c) \
    (((c) >= 'A' && (c) <= 'Z') || ((c) >= 0xC0 && (c) <= 0xDE && (c) != 0xD7))
#define CAP_GOES_ON(c) \
    ((c) == '\'' || (c) == 0x2019 || (c) == '-' || (c) == '_' || Py_UNICODE_ISALNUM(c))

static PyObject *
langwalk_capitalised(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "capitalised(text: str)");
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (!CAP_OPENS(c)) {
            i++;
            continue;
        }
        const Py_ssize_t start = i++;
        while (i < n && CAP_GOES_ON(PyUnicode_READ(kind, data, i))) {
            i++;
        }
        if (i + 1 < n && PyUnicode_READ(kind, data, i) == ' ' &&
            CAP_OPENS(PyUnicode_READ(kind, data, i + 1))) {
            i += 2;
            while (i < n && CAP_GOES_ON(PyUnicode_READ(kind, data, i))) {
                i++;
            }
        }
        PyObject *word = PyUnicode_Substring(text, start, i);
        if (word == NULL || PyList_Append(out, word) < 0) {
            Py_XDECREF(word);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(word);
    }
    return out;
}

/* ``first_last_in(text, table)``: (the first, the last) index of a character of ``text`` marked in
   ``table`` (a byte a code point from U+0000, a code point past its end unmarked), or (-1, -1)
   where none is. parsing.dateline's ``_stretch`` asks it where a page's first and last credit
   opener ("(", "/") or dash stand, where Python searched the page from each end once for each. */
static PyObject *
langwalk_first_last_in(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyBytes_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "first_last_in(text: str, table: bytes)");
        return NULL;
    }
    PyObject *text = args[0];
    const unsigned char *table = (const unsigned char *)PyBytes_AS_STRING(args[1]);
    const Py_UCS4 size = (Py_UCS4)PyBytes_GET_SIZE(args[1]);
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
#define FL_MARKED(i) \
    ((ch = PyUnicode_READ(kind, data, (i))) < size && table[ch])
    Py_UCS4 ch;
    Py_ssize_t first = 0, last = n - 1;
    while (first < n && !FL_MARKED(first)) {
        first++;
    }
    if (first == n) {
        return Py_BuildValue("(nn)", (Py_ssize_t)-1, (Py_ssize_t)-1);
    }
    while (last > first && !FL_MARKED(last)) {
        last--;
    }
#undef FL_MARKED
    return Py_BuildValue("(nn)", first, last);
}

/* ``prose_start(text, pos, endpos)``: where ``parsing.lang._PROSE.match(text, pos, endpos)``
   ends, the start of prose, or ``pos`` itself where it does not match. The pattern is
   ``[^\n]{0,80}?(?=\b[A-Z]*+[^\W\d_A-Z][^\W\d_]*+\s++[^\W\d_]*[a-zß-ÿ])``: the engine tries its
   lookahead at each of up to 81 starts, through its general machinery; here each start costs a
   few compares. The classes are the engine's own for a str pattern: a word character is
   ``Py_UNICODE_ISALNUM`` or "_", ``\d`` is ``Py_UNICODE_ISDECIMAL``, ``\s`` is
   ``Py_UNICODE_ISSPACE``; ``\b`` reads the character before ``pos`` too (the engine's
   beginning is the string's), and the end is ``endpos``, where there is no word character. */
#define PS_CH(i) PyUnicode_READ(kind, data, (i)) /* with ``kind`` and ``data`` in scope */
#define PS_WORD(c) ((c) == '_' || Py_UNICODE_ISALNUM(c))
#define PS_LETTER(c) ((c) != '_' && Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c))
#define PS_CAPITAL(c) ((c) >= 'A' && (c) <= 'Z')
#define PS_SMALL(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 0xDF && (c) <= 0xFF))
#define PS_REACH 80 /* ``[^\n]{0,80}?`` */

/* The lookahead at ``p``: a word's start, its capitals, a letter of another kind, the rest of
   its letters, blanks, then letters up to one of [a-zß-ÿ] (or that character at once). */
static int
ps_opens_prose(int kind, const void *data, Py_ssize_t p, Py_ssize_t end)
{
    if (end == 0) {
        return 0; /* the engine's \b in an empty string */
    }
    const int before = p > 0 && PS_WORD(PS_CH(p - 1));
    const int here = p < end && PS_WORD(PS_CH(p));
    if (before == here) {
        return 0;
    }
    Py_ssize_t i = p;
    while (i < end && PS_CAPITAL(PS_CH(i))) {
        i++;
    }
    if (i >= end) {
        return 0;
    }
    Py_UCS4 c = PS_CH(i);
    if (PS_CAPITAL(c) || !PS_LETTER(c)) {
        return 0;
    }
    i++;
    while (i < end && PS_LETTER(PS_CH(i))) {
        i++;
    }
    if (i >= end || !Py_UNICODE_ISSPACE(PS_CH(i))) {
        return 0;
    }
    while (i < end && Py_UNICODE_ISSPACE(PS_CH(i))) {
        i++;
    }
    /* ``[^\W\d_]*[a-zß-ÿ]``: some character of the run of letters is one of the set, or the
       character after the run is (the set's one other character, "÷") */
    for (; i < end; i++) {
        c = PS_CH(i);
        if (PS_SMALL(c)) {
            return 1;
        }
        if (!PS_LETTER(c)) {
            return 0;
        }
    }
    return 0;
}

/* A bound as the engine reads it: any integer (``__index__``), OverflowError past a size; an
   int read at once (the callers' own). */
static Py_ssize_t
ps_bound(PyObject *bound)
{
    return PyLong_CheckExact(bound) ? PyLong_AsSsize_t(bound)
                                    : PyNumber_AsSsize_t(bound, PyExc_OverflowError);
}

static PyObject *
langwalk_prose_start(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "prose_start(text: str, pos: int, endpos: int)");
        return NULL;
    }
    PyObject *text = args[0];
    const Py_ssize_t given = ps_bound(args[1]);
    if (given == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t end = ps_bound(args[2]);
    if (end == -1 && PyErr_Occurred()) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    /* the engine's bounds: each clamped to the string */
    Py_ssize_t p = given < 0 ? 0 : (given > n ? n : given);
    end = end < 0 ? 0 : (end > n ? n : end);
    if (p <= end) {
        for (int k = 0;; k++, p++) {
            if (ps_opens_prose(kind, data, p, end)) {
                return PyLong_FromSsize_t(p);
            }
            if (k == PS_REACH || p >= end || PS_CH(p) == '\n') {
                break;
            }
        }
    }
    Py_INCREF(args[1]); /* ``pos`` as given, as ``m.end() if m else pos`` gives it */
    return args[1];
}

#undef PS_CH
#undef PS_WORD
#undef PS_LETTER
#undef PS_CAPITAL
#undef PS_SMALL
#undef PS_REACH

/* ``geo.mentions``' words, read by offsets (``gw_...``): what ``_GAP_WORD.findall(text, 0, stop)``
   finds, ``stop`` the end of the text's last letter or digit, each word with the gap before
   it, the run of other characters since the word before. One pass over the text, where the
   regular expression engine tries its pattern's branches and repeats at every character (most
   of ``tokenize``'s cost). The classes are the engine's own for a str pattern: ``[^\W_]`` a
   letter or digit (``Py_UNICODE_ISALNUM``), ``[^\W\d_]`` one that is no decimal digit (``\d``
   is ``Py_UNICODE_ISDECIMAL``), ``[\W_]`` any other character. A word is an abbreviation of
   two or more such letters each with its full stop ("U.S."), else a run of letters and digits
   joined by single hyphens and apostrophes ("Nieuw-Delhi", "Be'er"); nothing past ``stop`` is
   read, as the engine reads nothing past its end. */
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t stop; /* the end of the last letter or digit */
    Py_ssize_t pos;  /* where the last word found ended */
} gw_text;

#define GW_CH(i) PyUnicode_READ(kind, data, (i)) /* with ``kind`` and ``data`` in scope */
#define GW_ALNUM(c) ((c) < 128 ? gw_ascii_alnum[(c)] : Py_UNICODE_ISALNUM(c))
#define GW_LETTER(c) (GW_ALNUM(c) && !Py_UNICODE_ISDECIMAL(c))
#define GW_QUOTE(c) ((c) == '\'' || (c) == 0x2019) /* an apostrophe, straight or curly */

static gw_text
gw_open(PyObject *text)
{
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t stop = PyUnicode_GET_LENGTH(text);
    while (stop > 0 && !GW_ALNUM(GW_CH(stop - 1))) {
        stop--;
    }
    return (gw_text){kind, data, stop, 0};
}

/* The next word (there is one while ``t->pos < t->stop``): its start in ``*start``, its end in
   ``t->pos``. Gives whether an apostrophe joins it, the one way a word holds one. */
static int
gw_next(gw_text *t, Py_ssize_t *start)
{
    const int kind = t->kind;
    const void *data = t->data;
    const Py_ssize_t n = t->stop;
    Py_ssize_t k = t->pos;
    while (!GW_ALNUM(GW_CH(k))) { /* the character before ``stop`` is a letter or digit */
        k++;
    }
    *start = k;
    int reps = 0;
    while (k + 1 < n && GW_LETTER(GW_CH(k)) && GW_CH(k + 1) == '.') {
        k += 2;
        reps++;
    }
    if (reps >= 2) {
        t->pos = k;
        return 0;
    }
    int quoted = 0;
    k = *start + 1;
    for (;;) {
        while (k < n && GW_ALNUM(GW_CH(k))) {
            k++;
        }
        if (k + 1 < n) {
            const Py_UCS4 c = GW_CH(k);
            if ((c == '-' || GW_QUOTE(c)) && GW_ALNUM(GW_CH(k + 1))) {
                quoted |= c != '-';
                k += 2;
                continue;
            }
        }
        break;
    }
    t->pos = k;
    return quoted;
}

/* ``gap_words(text)``: the list of (gap, word), as ``geo.mentions._py_gap_words`` gives it. */
static PyObject *
langwalk_gap_words(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "gap_words(text: str)");
        return NULL;
    }
    gw_text t = gw_open(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    while (t.pos < t.stop) {
        const Py_ssize_t gap = t.pos;
        Py_ssize_t start;
        gw_next(&t, &start);
        PyObject *g = PyUnicode_Substring(text, gap, start);
        PyObject *w = g == NULL ? NULL : PyUnicode_Substring(text, start, t.pos);
        PyObject *pair = w == NULL ? NULL : PyTuple_Pack(2, g, w);
        Py_XDECREF(g);
        Py_XDECREF(w);
        if (pair == NULL || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(pair);
    }
    return out;
}

/* ``_SENTENCE_END``: a gap with one of these ends a sentence */
static int
gw_sentence_end(Py_UCS4 c)
{
    switch (c) {
    case '.': case '!': case '?': case ':': case ';': case '\n': case '"': case 0x201C:
    case 0x201D: case 0xAB: case 0xBB: case '(': case ')': case '[': case ']':
        return 1;
    default:
        return 0;
    }
}

/* ``geo.mentions.tokenize`` (its Python path, ``_py_tokenize``, is the reference): the words
   ``gw_next`` finds as ``Token`` tuples (start, end, key, cap, upper, sentence, joined), the
   gap before each read by offsets where ``_py_tokenize`` makes strings. ``info`` is the memo
   word -> (key, cap, upper), ``word_info(word)`` fills it for a word not in it;
   ``elided(word)`` is how many characters of a word with an apostrophe are an elided article
   ("l'", "dell'") before a capital. */
static PyObject *
langwalk_tokens(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 5 || !PyUnicode_Check(args[0]) || !PyType_Check(args[1]) ||
        !PyType_IsSubtype((PyTypeObject *)args[1], &PyTuple_Type) || !PyDict_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError,
                        "tokens(text: str, token: tuple type, info: dict, word_info, elided)");
        return NULL;
    }
    PyObject *text = args[0], *info = args[2], *word_info = args[3], *elided = args[4];
    PyTypeObject *token = (PyTypeObject *)args[1];
    gw_text t = gw_open(text);
    const int kind = t.kind;
    const void *data = t.data;
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t carry = 0; /* a possessive's characters cut off the previous word */
    int have_last = 0, last_cap = 0;
    Py_ssize_t last_key_len = 0;
    /* the word's memo entry, held, not borrowed: Python code runs while it is read (the cap's
       truth, a collection in the token's allocation) and may clear the memo */
    PyObject *got = NULL;
    while (t.pos < t.stop) {
        const Py_ssize_t g = t.pos - carry; /* the gap: text[g:s] */
        Py_ssize_t s;
        const int quoted = gw_next(&t, &s);
        Py_ssize_t e = t.pos;
        carry = 0;
        if (quoted && e - s > 3 && GW_QUOTE(GW_CH(e - 2))) {
            const Py_UCS4 last = GW_CH(e - 1);
            if (last == 's' || last == 'S') { /* "Jordan's": the possessive goes to the gap */
                e -= 2;
                carry = 2;
            }
        }
        PyObject *w = PyUnicode_Substring(text, s, e);
        if (w == NULL) {
            goto fail;
        }
        if (quoted) {
            PyObject *k_obj = PyObject_CallOneArg(elided, w);
            const Py_ssize_t k = k_obj == NULL ? -1 : PyLong_AsSsize_t(k_obj);
            Py_XDECREF(k_obj);
            if (k == -1 && PyErr_Occurred()) {
                Py_DECREF(w);
                goto fail;
            }
            if (k > 0) {
                s += k;
                Py_SETREF(w, PyUnicode_Substring(text, s, e));
                if (w == NULL) {
                    goto fail;
                }
            }
        }
        got = PyDict_GetItemWithError(info, w);
        if (got != NULL) {
            Py_INCREF(got);
        }
        else if (!PyErr_Occurred()) {
            got = PyObject_CallOneArg(word_info, w);
        }
        Py_DECREF(w);
        if (got == NULL) {
            goto fail;
        }
        if (!PyTuple_Check(got) || PyTuple_GET_SIZE(got) != 3) {
            PyErr_SetString(PyExc_TypeError, "word_info gives (key, cap, upper)");
            goto fail;
        }
        PyObject *key = PyTuple_GET_ITEM(got, 0), *cap = PyTuple_GET_ITEM(got, 1);
        PyObject *upper = PyTuple_GET_ITEM(got, 2);
        int sent, joined;
        if (!have_last) {
            sent = 1;
            joined = 0;
        }
        else if (s - g == 1 && GW_CH(g) == ' ') {
            sent = 0;
            joined = 1;
        }
        else {
            sent = 0;
            for (Py_ssize_t i = g; i < s; i++) {
                sent |= gw_sentence_end(GW_CH(i));
            }
            Py_ssize_t a = g, b = s; /* gap.strip(" \t") */
            while (a < b && (GW_CH(a) == ' ' || GW_CH(a) == '\t')) {
                a++;
            }
            while (b > a && (GW_CH(b - 1) == ' ' || GW_CH(b - 1) == '\t')) {
                b--;
            }
            const int initial = b - a == 1 && GW_CH(a) == '.' && last_cap;
            /* spaces and tabs alone (a line break stays after the strip), or "St. " after an
               initial (its full stop is in the gap, so the gap is not empty) */
            joined = a == b || (initial && last_key_len <= 3 && GW_CH(s - 1) == ' ');
            if (initial && last_key_len <= 2) {
                sent = 0;
            }
        }
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "word_info gives a str key");
            goto fail;
        }
        if (PyUnicode_GET_LENGTH(key) > 0) {
            const int cap_true = PyObject_IsTrue(cap);
            if (cap_true < 0) {
                goto fail;
            }
            PyObject *tok = token->tp_alloc(token, 7);
            if (tok == NULL) {
                goto fail;
            }
            PyObject *start = PyLong_FromSsize_t(s);
            PyObject *end = start == NULL ? NULL : PyLong_FromSsize_t(e); /* not on an error */
            PyTuple_SET_ITEM(tok, 0, start); /* NULL where it failed: the tuple lets go of it */
            PyTuple_SET_ITEM(tok, 1, end);
            PyTuple_SET_ITEM(tok, 2, Py_NewRef(key));
            PyTuple_SET_ITEM(tok, 3, Py_NewRef(cap));
            PyTuple_SET_ITEM(tok, 4, Py_NewRef(upper));
            PyTuple_SET_ITEM(tok, 5, Py_NewRef(sent ? Py_True : Py_False));
            PyTuple_SET_ITEM(tok, 6, Py_NewRef(joined ? Py_True : Py_False));
            if (start == NULL || end == NULL || PyList_Append(out, tok) < 0) {
                Py_DECREF(tok);
                goto fail;
            }
            Py_DECREF(tok);
            have_last = 1;
            last_cap = cap_true;
            last_key_len = PyUnicode_GET_LENGTH(key);
        }
        Py_CLEAR(got);
    }
    return out;
fail:
    Py_XDECREF(got);
    Py_DECREF(out);
    return NULL;
}

#undef GW_CH
#undef GW_ALNUM
#undef GW_LETTER
#undef GW_QUOTE

/* ``Fields``: the base type of ``geo.mentions.Token`` (a tuple of 7), whose fields are read by
   name without the attribute machinery. A read ``t.cap`` in the compiled scan is the type's
   attribute slot: Python's generic one looks the name up through the type's bases and calls the
   field's descriptor (about 140 instructions); here the name is compared, as a pointer, with the
   interned names of the fields, most read first, and the item is handed over (a name spelt
   otherwise, or any other attribute, goes the generic way: the same answer, as Token's own
   fields are the data descriptors ``itemgetter`` of these very items). */
static const char *const FIELD_NAMES[] = {"start", "end", "key", "cap", "upper", "sentence",
                                          "joined"};
#define N_FIELDS 7
static const int FIELD_ORDER[N_FIELDS] = {2, 3, 6, 0, 1, 4, 5}; /* key, cap, joined, ... */
static PyObject *field_names[N_FIELDS]; /* interned, in FIELD_ORDER */
static PyTypeObject FieldsType;

static PyObject *
fields_getattro(PyObject *self, PyObject *name)
{
    /* Fields itself or a class made on it (Token, whose fields are these items): a class made on
       that one may name an attribute of its own so, and reads the generic way */
    PyTypeObject *type = Py_TYPE(self);
    if ((type == &FieldsType || type->tp_base == &FieldsType) &&
        PyTuple_GET_SIZE(self) == N_FIELDS) {
        for (int k = 0; k < N_FIELDS; k++) {
            if (name == field_names[k]) {
                return Py_NewRef(PyTuple_GET_ITEM(self, FIELD_ORDER[k]));
            }
        }
    }
    return PyObject_GenericGetAttr(self, name);
}

static PyTypeObject FieldsType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "parsing._langwalk.Fields",
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS,
    .tp_doc = "A tuple whose items 0-6 read by name in C (FIELDS: start, end, key, cap, upper, "
              "sentence, joined): the base of geo.mentions.Token.",
    .tp_getattro = fields_getattro,
};

static int
fields_ready(PyObject *m)
{
    FieldsType.tp_base = &PyTuple_Type;
    if (PyType_Ready(&FieldsType) < 0) {
        return -1;
    }
    PyObject *names = PyTuple_New(N_FIELDS);
    if (names == NULL) {
        return -1;
    }
    for (int k = 0; k < N_FIELDS; k++) {
        PyObject *s = PyUnicode_InternFromString(FIELD_NAMES[k]);
        if (s == NULL) {
            Py_DECREF(names);
            return -1;
        }
        PyTuple_SET_ITEM(names, k, s);
    }
    for (int k = 0; k < N_FIELDS; k++) {
        field_names[k] = Py_NewRef(PyTuple_GET_ITEM(names, FIELD_ORDER[k]));
    }
    if (PyModule_AddObject(m, "FIELDS", names) < 0) {
        Py_DECREF(names);
        return -1;
    }
    Py_INCREF(&FieldsType);
    if (PyModule_AddObject(m, "Fields", (PyObject *)&FieldsType) < 0) {
        Py_DECREF(&FieldsType);
        return -1;
    }
    return 0;
}

/* ``lead_candidates(text, start, limit, classes)``: what ``parsing.dateline._RE_LEAD_CAND``'s
   ``finditer(text, start, limit)`` finds, as [(kind, candidate), ...]: the group that matched
   ("line", "gap", "glue", "gluep", "sent", "inner") and where the candidate starts (the end of
   a line's blanks, the gap's word, else the character found). The engine tries every
   alternative of the pattern at every blank and capital of a brief's lead; here each position
   costs a few compares. ``classes`` is a byte a code point (1: the pattern's capitals, 2: its
   small letters, 4: its letters), built from the pattern's own classes; ``\d`` and ``\s`` are
   the engine's (``Py_UNICODE_ISDECIMAL``, ``Py_UNICODE_ISSPACE``). Look-behinds read before
   ``start`` (the engine's beginning is the string's), look-aheads stop at ``limit``. */
static PyObject *lc_kinds[6];

#define LC_CH(i) PyUnicode_READ(kind, data, (i)) /* with ``kind`` and ``data`` in scope */
#define LC_IN(c, bit) ((c) < size && (table[(c)] & (bit)))
#define LC_UP(c) LC_IN(c, 1)
#define LC_LO(c) LC_IN(c, 2)
#define LC_LET(c) LC_IN(c, 4)
#define LC_BLANK(c) ((c) == ' ' || (c) == '\t' || (c) == 0xA0)
#define LC_STOP(c) ((c) == '.' || (c) == '!' || (c) == '?' || (c) == 0x2026)

static int
lc_glue_mark(Py_UCS4 c) /* ``[.!?:;"”’»)\]|]`` */
{
    switch (c) {
    case '.': case '!': case '?': case ':': case ';': case '"': case ')': case ']': case '|':
    case 0x201D: case 0x2019: case 0xBB:
        return 1;
    default:
        return 0;
    }
}

static int
lc_closer(Py_UCS4 c) /* ``["”“’‘»)]`` */
{
    switch (c) {
    case '"': case ')': case 0x201D: case 0x201C: case 0x2019: case 0x2018: case 0xBB:
        return 1;
    default:
        return 0;
    }
}

static PyObject *
langwalk_lead_candidates(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 4 || !PyUnicode_Check(args[0]) || !PyBytes_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError,
                        "lead_candidates(text: str, start: int, limit: int, classes: bytes)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t i = ps_bound(args[1]);
    if (i == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t limit = ps_bound(args[2]);
    if (limit == -1 && PyErr_Occurred()) {
        return NULL;
    }
    const unsigned char *table = (const unsigned char *)PyBytes_AS_STRING(args[3]);
    const Py_UCS4 size = (Py_UCS4)PyBytes_GET_SIZE(args[3]);
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    /* the engine's bounds: each clamped to the string */
    i = i < 0 ? 0 : (i > n ? n : i);
    limit = limit < 0 ? 0 : (limit > n ? n : limit);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    while (i < limit) {
        const Py_UCS4 c = LC_CH(i);
        int k = -1;
        Py_ssize_t cand = i, next = i + 1;
        if (c == '\n') { /* (?<=\n)(?=(?P<line>[ \t\xa0\r]{0,20})[^\s]) */
            Py_ssize_t p = i + 1;
            while (p - i - 1 < 20 && p < limit && (LC_BLANK(LC_CH(p)) || LC_CH(p) == '\r')) {
                p++;
            }
            if (p < limit && !Py_UNICODE_ISSPACE(LC_CH(p))) {
                k = 0;
                cand = p;
            }
        }
        else if (LC_BLANK(c)) { /* (?P<gap>(?<=[ \t\xa0]{2})[^\s]) */
            if (i >= 1 && LC_BLANK(LC_CH(i - 1)) && i + 1 < limit
                && !Py_UNICODE_ISSPACE(LC_CH(i + 1))) {
                k = 1;
                cand = i + 1;
                next = i + 2;
            }
        }
        else if (c == '(' || LC_UP(c)) {
            const Py_UCS4 b1 = i >= 1 ? LC_CH(i - 1) : 0x110000; /* no character */
            const int up = c != '(';
            if (up && i >= 1 && (LC_LO(b1) || Py_UNICODE_ISDECIMAL(b1)) && i + 1 < limit
                && LC_UP(LC_CH(i + 1))) {
                k = 2; /* glue */
            }
            else if (i >= 1 && lc_glue_mark(b1)) {
                k = 3; /* gluep */
            }
            else if (up && i >= 4 && LC_BLANK(b1) && LC_STOP(LC_CH(i - 2))
                     && (LC_LET(LC_CH(i - 3)) || Py_UNICODE_ISDECIMAL(LC_CH(i - 3)))
                     && (LC_LET(LC_CH(i - 4)) || Py_UNICODE_ISDECIMAL(LC_CH(i - 4)))
                     && !(i >= 5 && !Py_UNICODE_ISDECIMAL(LC_CH(i - 5))
                          && Py_UNICODE_ISDECIMAL(LC_CH(i - 4))
                          && Py_UNICODE_ISDECIMAL(LC_CH(i - 3)))) {
                k = 4; /* sent: a stop after two letters or figures, not after a day's two */
            }
            else if (up && i >= 3 && LC_BLANK(b1) && lc_closer(LC_CH(i - 2))
                     && LC_STOP(LC_CH(i - 3))) {
                k = 4; /* sent: a stop, then a closing quote or bracket */
            }
            else if (i >= 1 && LC_BLANK(b1)) {
                k = 5; /* inner */
            }
        }
        if (k < 0) {
            i++;
            continue;
        }
        PyObject *at = PyLong_FromSsize_t(cand);
        PyObject *pair = at ? PyTuple_Pack(2, lc_kinds[k], at) : NULL;
        Py_XDECREF(at);
        if (pair == NULL || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(pair);
        i = next;
    }
    return out;
}

static int
lc_kinds_ready(void)
{
    static const char *names[6] = {"line", "gap", "glue", "gluep", "sent", "inner"};
    for (int k = 0; k < 6; k++) {
        if (lc_kinds[k] == NULL && (lc_kinds[k] = PyUnicode_InternFromString(names[k])) == NULL) {
            return -1;
        }
    }
    return 0;
}

#undef LC_CH
#undef LC_IN
#undef LC_UP
#undef LC_LO
#undef LC_LET
#undef LC_BLANK
#undef LC_STOP

/* ``placed_gate(text, pos, end)``: False where ``parsing.dateline._RE_PLACED.match(text, pos,
   end)`` cannot match, read from the line's shape in one pass (``_py_placed_gate`` is the
   reference, step for step). The pattern's place is words joined by single blanks (capitals,
   or up to three small words), then a credit, a separator or a date's or region's opening must
   follow one of the words' ends: a word that cannot go on with the place, or an end that
   nothing may follow, ends the walk with False. Every test is looser than the pattern's (True
   where unsure). Its tables are given once, by ``placed_gate_tables(classes, heads2, heads3,
   cont, post)``: ``classes`` as in ``lead_candidates``; ``heads2``/``heads3`` the first two/
   three characters that may open a bare credit, a month, a weekday or "le"; ``cont`` the small
   words that go on with a place (joiners, a place's last word); ``post`` the ASCII letters a
   post word may open with. The word sets are kept as sorted keys (``pg_key``): a look-up is a
   binary search, no string is made. */
#define PG_CH(i) PyUnicode_READ(kind, data, (i))
#define PG_IN(c, bit) ((c) < pg_size && (pg_table[(c)] & (bit)))
#define PG_UP(c) PG_IN(c, 1)
#define PG_LO(c) PG_IN(c, 2)
#define PG_LET(c) PG_IN(c, 4)
#define PG_BLANK(c) ((c) == ' ' || (c) == '\t' || (c) == 0xA0)
#define PG_ELIDE(c) ((c) == '\'' || (c) == 0x2019 || (c) == 0x2018 || (c) == 0x02BB)
#define PG_WORD(c)                                                                             \
    (PG_LET(c) || ((c) >= 0x300 && (c) <= 0x36F) || PG_ELIDE(c) || (c) == '.' || (c) == '-'   \
     || Py_UNICODE_ISDECIMAL(c))
#define PG_MAX_WORD 5    /* the longest word a set holds */
#define PG_POINTS 0x1000 /* every character of the sets' words is below this */
#define PG_REACH 25      /* characters into a word: its repeat ({1,30}) has not run out */

static PyObject *pg_classes;       /* the bytes ``pg_table`` points into, kept alive */
static const unsigned char *pg_table;
static Py_UCS4 pg_size;
static unsigned char pg_post[128]; /* the ASCII letters a post word may open with */
static uint64_t *pg_sets[3];       /* heads2, heads3, cont: sorted keys */
static Py_ssize_t pg_counts[3];

/* a word of up to PG_MAX_WORD characters below PG_POINTS as one number (its length, then 12
   bits a character), or 0: no such word is in any set */
static uint64_t
pg_key(int kind, const void *data, Py_ssize_t a, Py_ssize_t b)
{
    if (b - a < 1 || b - a > PG_MAX_WORD) {
        return 0;
    }
    uint64_t key = (uint64_t)(b - a) << 60;
    for (Py_ssize_t i = a; i < b; i++) {
        const Py_UCS4 c = PG_CH(i);
        if (c >= PG_POINTS) {
            return 0;
        }
        key |= (uint64_t)c << (12 * (i - a));
    }
    return key;
}

static int
pg_in(int set, int kind, const void *data, Py_ssize_t a, Py_ssize_t b)
{
    const uint64_t key = pg_key(kind, data, a, b);
    if (key == 0) {
        return 0;
    }
    const uint64_t *keys = pg_sets[set];
    Py_ssize_t lo = 0, hi = pg_counts[set];
    while (lo < hi) {
        const Py_ssize_t mid = lo + (hi - lo) / 2;
        if (keys[mid] < key) {
            lo = mid + 1;
        }
        else {
            hi = mid;
        }
    }
    return lo < pg_counts[set] && keys[lo] == key;
}

static int
pg_key_cmp(const void *a, const void *b)
{
    const uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static PyObject *
langwalk_placed_gate_tables(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 5 || !PyBytes_Check(args[0]) || !PyAnySet_Check(args[1])
        || !PyAnySet_Check(args[2]) || !PyAnySet_Check(args[3]) || !PyBytes_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError, "placed_gate_tables(classes: bytes, heads2: frozenset, "
                                         "heads3: frozenset, cont: frozenset, post: bytes)");
        return NULL;
    }
    uint64_t *sets[3] = {NULL, NULL, NULL};
    Py_ssize_t counts[3] = {0, 0, 0};
    for (int k = 0; k < 3; k++) {
        PyObject *set = args[1 + k], *word;
        const Py_ssize_t size = PySet_GET_SIZE(set);
        sets[k] = PyMem_Malloc(sizeof(uint64_t) * (size_t)(size + 1));
        PyObject *words = sets[k] != NULL ? PyObject_GetIter(set) : NULL;
        if (words == NULL) {
            if (sets[k] == NULL) {
                PyErr_NoMemory();
            }
            goto fail;
        }
        while (counts[k] < size && (word = PyIter_Next(words)) != NULL) {
            const uint64_t key = PyUnicode_Check(word)
                                     ? pg_key(PyUnicode_KIND(word), PyUnicode_DATA(word), 0,
                                              PyUnicode_GET_LENGTH(word))
                                     : 0;
            Py_DECREF(word);
            if (key == 0) {
                Py_DECREF(words);
                PyErr_SetString(PyExc_ValueError,
                                "placed_gate_tables: a set's word is no str of 1 to 5 "
                                "characters below U+1000");
                goto fail;
            }
            sets[k][counts[k]++] = key;
        }
        Py_DECREF(words);
        if (PyErr_Occurred()) {
            goto fail;
        }
        qsort(sets[k], (size_t)counts[k], sizeof(uint64_t), pg_key_cmp);
    }
    memset(pg_post, 0, sizeof pg_post);
    const char *post = PyBytes_AS_STRING(args[4]);
    for (Py_ssize_t i = 0; i < PyBytes_GET_SIZE(args[4]); i++) {
        pg_post[(unsigned char)post[i] & 0x7F] = 1;
    }
    for (int k = 0; k < 3; k++) {
        PyMem_Free(pg_sets[k]);
        pg_sets[k] = sets[k];
        pg_counts[k] = counts[k];
    }
    Py_INCREF(args[0]);
    Py_XSETREF(pg_classes, args[0]);
    pg_table = (const unsigned char *)PyBytes_AS_STRING(pg_classes);
    pg_size = (Py_UCS4)PyBytes_GET_SIZE(pg_classes);
    Py_RETURN_NONE;
fail:
    for (int k = 0; k < 3; k++) {
        PyMem_Free(sets[k]);
    }
    return NULL;
}

static int
pg_opens(Py_UCS4 c) /* ``_OPENS``: ``[.(\[/\-–—―_:|■•]`` */
{
    switch (c) {
    case '.': case '(': case '[': case '/': case '-': case 0x2013: case 0x2014: case 0x2015:
    case '_': case ':': case '|': case 0x25A0: case 0x2022:
        return 1;
    default:
        return 0;
    }
}

/* Whether a word may stop before the hyphen at j (so the place may end there), read j - i
   characters into a word (fewer than PG_REACH: the words' repeats all reach farther), not
   after a stop: before no letter every word stops; a small word (``_LWORD``) goes on only to a
   small letter; a word of capitals (``_UWORD``, no small letter read yet) only to a capital;
   a title-case word (``_TWORD``, a small letter read) to any letter. */
static int
pg_dash_ends(int kind, const void *data, Py_ssize_t n, Py_ssize_t j, int lower, int small)
{
    if (j + 1 >= n) {
        return 1;
    }
    const Py_UCS4 after = PG_CH(j + 1);
    if (!PG_LET(after)) {
        return 1;
    }
    if (lower) {
        return !PG_LO(after);
    }
    return !PG_UP(after) && !small;
}

/* Whether the small word at ``start`` goes on with a place (``_GATE_CONT``, the cont set): 0
   when its letters are such a word ("de"), the end of the run to the next blank when that run
   is ("&"), -1 when neither is (``parsing.dateline._gate_cont``). */
static Py_ssize_t
pg_cont(int kind, const void *data, Py_ssize_t start, Py_ssize_t n)
{
    Py_ssize_t k = start, b = start;
    while (k < n && PG_WORD(PG_CH(k))) {
        k++;
    }
    if (pg_in(2, kind, data, start, k)) {
        return 0;
    }
    while (b < n && !PG_BLANK(PG_CH(b))) {
        b++;
    }
    return pg_in(2, kind, data, start, b) ? b : -1;
}

/* text[a:a+2] or text[a:a+3] may open a credit, a month, a weekday or "le" */
#define PG_HEADS(a) (pg_in(0, kind, data, (a), (a) + 2) || pg_in(1, kind, data, (a), (a) + 3))

static PyObject *
langwalk_placed_gate(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "placed_gate(text: str, pos: int, end: int)");
        return NULL;
    }
    if (pg_table == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "placed_gate: no tables (placed_gate_tables)");
        return NULL;
    }
    PyObject *text = args[0];
    const Py_ssize_t pos = ps_bound(args[1]);
    if (pos == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t n = ps_bound(args[2]);
    if (n == -1 && PyErr_Occurred()) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    n = n < 0 ? 0 : (n > len ? len : n);
    if (pos < 0 || pos >= n) {
        Py_RETURN_FALSE;
    }
    const Py_UCS4 c = PG_CH(pos);
    int lower;
    if (PG_UP(c) || PG_ELIDE(c)) {
        lower = 0;
    }
    else if (PG_LO(c)) {
        lower = 1;
    }
    else {
        Py_RETURN_FALSE;
    }
    Py_ssize_t i = pos;
    int words = 0, region = 0, blank_run = 0;
    for (;;) {
        /* a word from i: the pattern's letters, marks, apostrophes, stops, hyphens, figures.
           Its words hold a stop and a hyphen that joins letters ("St.", "Co-Vorsitzenden"):
           the place may end at one only where a word stops before it: a hyphen as
           ``pg_dash_ends`` says, a stop after a stop (a state's "W.Va." ends with its own) */
        Py_ssize_t j = i;
        int small = 0; /* a small letter read in this word */
        while (j < n) {
            const Py_UCS4 w = PG_CH(j);
            if ((w == '.' || w == '-') && j > pos
                && (blank_run || j - i >= PG_REACH || PG_CH(j - 1) == '.'
                    || (w == '-' && pg_dash_ends(kind, data, n, j, lower && !region, small)))) {
                Py_RETURN_TRUE;
            }
            if (!PG_WORD(w) && (!blank_run || PG_BLANK(w))) {
                break;
            }
            /* the "s" of an elided article ("'s-HERTOGENBOSCH") is no small letter of the
               word's: a word of capitals after it still stops before "-stad" */
            small |= PG_LO(w) && !(j == i + 1 && (PG_CH(i) == '\'' || PG_CH(i) == 0x2019));
            j++;
        }
        if (j == i) {
            Py_RETURN_FALSE;
        }
        words++;
        const Py_ssize_t e = j;
        if (e >= n) {
            Py_RETURN_FALSE;
        }
        const Py_UCS4 x = PG_CH(e);
        if (pg_opens(x)) {
            Py_RETURN_TRUE;
        }
        if (x == ',') {
            if (e + 5 > n) {
                Py_RETURN_TRUE;
            }
            if (!PG_BLANK(PG_CH(e + 1))) {
                Py_RETURN_FALSE;
            }
            const Py_UCS4 y = PG_CH(e + 2);
            if (PG_BLANK(y) || y == '(' || Py_UNICODE_ISDECIMAL(y) || PG_HEADS(e + 2)) {
                Py_RETURN_TRUE;
            }
            if (region) {
                Py_RETURN_FALSE;
            }
            if (y >= 0x80 || pg_post[y]) {
                Py_RETURN_TRUE;
            }
            if (!(PG_UP(y) || PG_ELIDE(y))) {
                Py_RETURN_FALSE;
            }
            region = 1; /* a region's words after the place's comma */
            blank_run = 0;
            i = e + 2;
            continue;
        }
        if (!PG_BLANK(x)) {
            Py_RETURN_FALSE;
        }
        if (e + 4 > n) {
            Py_RETURN_TRUE;
        }
        const Py_UCS4 y = PG_CH(e + 1);
        if (PG_BLANK(y) || pg_opens(y) || Py_UNICODE_ISDECIMAL(y) || PG_HEADS(e + 1)) {
            Py_RETURN_TRUE;
        }
        /* does the next word go on with the place (or the region)? */
        blank_run = 0;
        if (lower && !region) {
            if (words >= 3 || !PG_LO(y)) {
                Py_RETURN_FALSE;
            }
        }
        else if (!(PG_UP(y) || PG_ELIDE(y)
                   || ((y == 'd' || y == 'l' || y == 'D' || y == 'L') && PG_ELIDE(PG_CH(e + 2))))) {
            const Py_ssize_t cont = pg_cont(kind, data, e + 1, n);
            if (cont == -1) {
                Py_RETURN_FALSE;
            }
            blank_run = cont > 0; /* "&": the word runs to the next blank */
        }
        i = e + 1;
    }
}

/* ``line_gates(text, pos)``: which of the readers ``parsing.dateline._at_uncached`` tries after
   ``_placed`` at a line start may find a dateline there, a bit each (``_py_line_gates`` is the
   reference, step for step; 63 where unsure): 1 ``_wrapped``, 2 ``_place_under_credit``, 4
   ``_place_after_credit``, 8 ``_after_slug``, 16 ``_glued_credit``, 32 ``_dotted``. A clear
   bit is a proof that the reader gives None. Read with ``placed_gate``'s tables. */
#define LG_WRAP 1
#define LG_UNDER 2
#define LG_CREDIT_LINE 4
#define LG_SLUG 8
#define LG_GLUED_CREDIT 16
#define LG_DOTTED 32
#define LG_ALL 63
#define LG_WRAP_REACH 40 /* ``_WRAP_REACH`` */
#define LG_DATELINE 200  /* ``MAX_DATELINE_LEN`` */
#define LG_DEC(c) Py_UNICODE_ISDECIMAL(c)

static int
lg_dash(Py_UCS4 c) /* ``_RE_SLUG``'s dash */
{
    return c == '-' || c == 0x2013 || c == 0x2014;
}

static int
lg_bar(Py_UCS4 c) /* ``[|–—/·•]`` after a blank in ``_RE_CREDIT_LINE_SEP`` */
{
    return c == '|' || c == 0x2013 || c == 0x2014 || c == '/' || c == 0xB7 || c == 0x2022;
}

static int
lg_slug(int kind, const void *data, Py_ssize_t pos, Py_ssize_t end)
{
    for (Py_ssize_t j = pos; j < end; j++) {
        const Py_UCS4 c = PG_CH(j);
        if (lg_dash(c) && j > pos && PG_BLANK(PG_CH(j - 1))) {
            return LG_SLUG;
        }
        if (PG_UP(c) || PG_BLANK(c) || c == '.' || c == '-' || PG_ELIDE(c)) {
            continue;
        }
        if ((c >= 0x300 && c <= 0x36F) || LG_DEC(c)) {
            continue;
        }
        if (PG_LET(c)
            && ((j > pos && LG_DEC(PG_CH(j - 1)))
                || (j > pos + 1 && PG_LET(PG_CH(j - 1)) && LG_DEC(PG_CH(j - 2)))
                || (c == 's' && j > pos && (PG_CH(j - 1) == '\'' || PG_CH(j - 1) == 0x2019)))) {
            continue;
        }
        return 0;
    }
    return 0;
}

static int
lg_glued_credit(int kind, const void *data, Py_ssize_t pos, Py_ssize_t end)
{
    Py_ssize_t glued = -1;
    for (Py_ssize_t j = pos; j < end; j++) {
        const Py_UCS4 c = PG_CH(j);
        if (glued == -1) {
            if (c == '\n') {
                return 0;
            }
            if (j > 0 && PG_UP(c) && PG_LO(PG_CH(j - 1))) {
                glued = j;
            }
        }
        else if (lg_dash(c) || c == 0x2015) {
            return LG_GLUED_CREDIT;
        }
    }
    return 0;
}

static int
lg_dotted(int kind, const void *data, Py_ssize_t pos, Py_ssize_t end)
{
    if (!PG_UP(PG_CH(pos))) {
        return LG_DOTTED;
    }
    Py_ssize_t free_to = pos; /* up to here: a joiner's word of any characters ("&") */
    for (Py_ssize_t j = pos; j < end; j++) {
        const Py_UCS4 c = PG_CH(j);
        if (c == '/') {
            return LG_DOTTED;
        }
        if (c == '.') {
            if (j > pos && PG_LET(PG_CH(j - 1))) {
                if (j + 1 >= end) {
                    return LG_DOTTED;
                }
                const Py_UCS4 x = PG_CH(j + 1);
                if (PG_BLANK(x) || x == '\r' || x == '\n') {
                    return LG_DOTTED;
                }
            }
        }
        else if (PG_BLANK(c)) {
            if (j + 1 >= end) {
                return 0;
            }
            const Py_UCS4 y = PG_CH(j + 1);
            if (PG_BLANK(y)) {
                return 0;
            }
            if (!(PG_UP(y) || PG_ELIDE(y) || LG_DEC(y) || y == '/'
                  || ((y == 'd' || y == 'l' || y == 'D' || y == 'L') && j + 2 < end
                      && (PG_CH(j + 2) == '\'' || PG_CH(j + 2) == 0x2019)))) {
                const Py_ssize_t cont = pg_cont(kind, data, j + 1, end);
                if (cont == -1) {
                    return 0;
                }
                if (cont > free_to) {
                    free_to = cont;
                }
            }
        }
        else if (j >= free_to && !PG_WORD(c)) {
            return 0;
        }
    }
    return 0;
}

static PyObject *
langwalk_line_gates(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "line_gates(text: str, pos: int)");
        return NULL;
    }
    if (pg_table == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "line_gates: no tables (placed_gate_tables)");
        return NULL;
    }
    PyObject *text = args[0];
    const Py_ssize_t pos = ps_bound(args[1]);
    if (pos == -1 && PyErr_Occurred()) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (pos < 0 || pos >= n) {
        return PyLong_FromLong(LG_ALL);
    }
    long bits = 0;
    const Py_ssize_t reach = pos + 100 < n ? pos + 100 : n;
    Py_ssize_t nl = -1;
    for (Py_ssize_t j = pos; j < reach; j++) {
        if (PG_CH(j) == '\n') {
            nl = j;
            break;
        }
    }
    if (nl > pos && nl < pos + LG_WRAP_REACH && nl + 1 < n) {
        const Py_UCS4 after = PG_CH(nl + 1);
        if (after == '(' || after == '/' || Py_UNICODE_ISUPPER(after)) {
            bits |= LG_WRAP;
        }
    }
    if (nl != -1 && nl < pos + 60 && (pos == 0 || PG_CH(pos - 1) == '\n')) {
        bits |= LG_UNDER;
    }
    if (nl != -1) {
        for (Py_ssize_t j = pos; j < nl; j++) {
            const Py_UCS4 c = PG_CH(j);
            if (c == ',' || (PG_BLANK(c) && j + 1 < nl && lg_bar(PG_CH(j + 1)))) {
                bits |= LG_CREDIT_LINE;
                break;
            }
        }
    }
    bits |= lg_slug(kind, data, pos, pos + 80 < n ? pos + 80 : n);
    bits |= lg_glued_credit(kind, data, pos, pos + 70 < n ? pos + 70 : n);
    bits |= lg_dotted(kind, data, pos, pos + LG_DATELINE < n ? pos + LG_DATELINE : n);
    return PyLong_FromLong(bits);
}

#undef LG_WRAP
#undef LG_UNDER
#undef LG_CREDIT_LINE
#undef LG_SLUG
#undef LG_GLUED_CREDIT
#undef LG_DOTTED
#undef LG_ALL
#undef LG_WRAP_REACH
#undef LG_DATELINE
#undef LG_DEC

#undef PG_CH
#undef PG_IN
#undef PG_UP
#undef PG_LO
#undef PG_LET
#undef PG_BLANK
#undef PG_ELIDE
#undef PG_WORD
#undef PG_HEADS
#undef PG_MAX_WORD
#undef PG_POINTS
#undef PG_REACH

static PyMethodDef langwalk_functions[] = {
    {"add_reduce", (PyCFunction)langwalk_add_reduce, METH_O,
     "add_reduce(values: float32 array) -> float: np.add.reduce as classify sums its scores."},
    {"fold_blanks", (PyCFunction)langwalk_fold_blanks, METH_O,
     "fold_blanks(text: str) -> str: ' '.join(text.casefold().split())."},
    {"all_in", (PyCFunction)(void (*)(void))langwalk_all_in, METH_FASTCALL,
     "all_in(text: str, table: bytes) -> bool: every character's code point marked in table."},
    {"lower", (PyCFunction)langwalk_lower, METH_O,
     "lower(text: str) -> str: text.lower(), in one pass that reads ASCII from a table."},
    {"any_in", (PyCFunction)(void (*)(void))langwalk_any_in, METH_FASTCALL,
     "any_in(text: str, table: bytes) -> bool: some character's code point marked in table."},
    {"fold_by_table", (PyCFunction)(void (*)(void))langwalk_fold_by_table, METH_FASTCALL,
     "fold_by_table(text, codes, entries) -> str | None: geo.fold's fold_text by its tables."},
    {"capitalised", (PyCFunction)langwalk_capitalised, METH_O,
     "capitalised(text: str) -> list[str]: geo.resolve's _CAPITALISED.findall(text)."},
    {"first_last_in", (PyCFunction)(void (*)(void))langwalk_first_last_in, METH_FASTCALL,
     "first_last_in(text: str, table: bytes) -> (int, int): first and last marked, or -1s."},
    {"prose_start", (PyCFunction)(void (*)(void))langwalk_prose_start, METH_FASTCALL,
     "prose_start(text, pos, endpos) -> int: where parsing.lang's _PROSE.match ends, or pos."},
    {"lead_candidates", (PyCFunction)(void (*)(void))langwalk_lead_candidates, METH_FASTCALL,
     "lead_candidates(text, start, limit, classes) -> list: parsing.dateline's lead starts."},
    {"placed_gate", (PyCFunction)(void (*)(void))langwalk_placed_gate, METH_FASTCALL,
     "placed_gate(text, pos, end) -> bool: False where parsing.dateline's _RE_PLACED cannot "
     "match."},
    {"line_gates", (PyCFunction)(void (*)(void))langwalk_line_gates, METH_FASTCALL,
     "line_gates(text, pos) -> int: the readers parsing.dateline's _at_uncached may find a "
     "dateline with at pos, a bit each."},
    {"placed_gate_tables", (PyCFunction)(void (*)(void))langwalk_placed_gate_tables,
     METH_FASTCALL,
     "placed_gate_tables(classes, heads2, heads3, cont, post) -> None: placed_gate's tables."},
    {"gap_words", (PyCFunction)langwalk_gap_words, METH_O,
     "gap_words(text: str) -> list[tuple[str, str]]: geo.mentions' (gap, word) pairs."},
    {"tokens", (PyCFunction)(void (*)(void))langwalk_tokens, METH_FASTCALL,
     "tokens(text, token, info, word_info, elided) -> list: geo.mentions.tokenize's words."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef langwalk_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "parsing._langwalk",
    .m_doc = "The language model's walk, counting and scoring, compiled (parsing.lang); "
              "event_id's fold of blanks (pipeline.record); the words of geo.mentions' tokenize.",
    .m_size = -1,
    .m_methods = langwalk_functions,
};

PyMODINIT_FUNC
PyInit__langwalk(void)
{
    if (PyType_Ready(&ScorerType) < 0) {
        return NULL;
    }
    fill_fold_tables();
    if (lc_kinds_ready() < 0) {
        return NULL;
    }
    PyObject *m = PyModule_Create(&langwalk_module);
    if (m == NULL) {
        return NULL;
    }
    Py_INCREF(&ScorerType);
    if (PyModule_AddObject(m, "Scorer", (PyObject *)&ScorerType) < 0) {
        Py_DECREF(&ScorerType);
        Py_DECREF(m);
        return NULL;
    }
    if (fields_ready(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
