# Read by Cython beside mentions.py when it compiles it (parsing.compiled, which hashes both):
# compiled, MentionIndex is a class of C fields (an attribute is a slot read, no dictionary; an
# attribute not declared here cannot be set) and the methods declared ``cpdef`` are called from
# the compiled module without Python's method look-up: the brief's scan asks a few dozen a
# brief (tests/test_compiled_pxd.py checks that every attribute the class sets is here). A
# method with a closure (a generator expression, a nested function) cannot be
# ``cpdef`` (Cython). Without a build, mentions.py's own class runs, with the same answers.
cimport cython

cdef class MentionIndex:
    cdef public object resolver, g, w, loaded, entries, lower_starts, max_words
    cdef public object _abbr_bare, _abbr_foreign, _abbr_keys, _abbr_only_qualifier
    cdef public object _abbr_region, _area_starts, _bound, _cases, _compass
    cdef public object _continent_words, _continents, _dead, _demonym_pre, _demonyms
    cdef public object _lazy, _lazy_starts, _nouns, _pinned, _prefixes, _region_of
    cdef public object _ship_keys, _stop, _streets, _town_after
    # set by place36's town adjectives (``_build``, ``_take``: one of the tables on disk)
    cdef public object _adjectives
    # weak references to the index, as to the .py's class (a cache keyed by the index)
    cdef object __weakref__
    cpdef _longest(self, first, cap)
    cpdef _country_demonym(self, key)
    cpdef demonym_word(self, key)
    @cython.locals(i=Py_ssize_t, j=Py_ssize_t)
    cpdef _said(self, toks, i, j, lang)
    @cython.locals(i=Py_ssize_t, j=Py_ssize_t, n=Py_ssize_t)
    cpdef _in_a_match(self, toks, i, j, lang)
    cpdef entry(self, key, lang=*)
    cpdef _starts_nothing(self, key)
    cpdef _mention(self, text, toks, h, nm, ch)
    cpdef _placeish(self, key, starts=*)
    @cython.locals(j=Py_ssize_t, k=Py_ssize_t, w=dict)
    cpdef _civic(self, toks, j)
    cpdef demonym(self, key)
    cpdef _choose(self, text, lang, lang_cc, names, dateline, home, region_bodies=*)
    cpdef _name_goes_on(self, toks, n, titles)
    cpdef _town_despite_person(self, text, toks, h)
    cpdef _nominatives(self, key, cases)
    cpdef _demonym_in_name(self, toks, i)
    cpdef _small_towns(self, text, toks, hits)
    cpdef _own_town(self, toks, j)
    cpdef _introduced(self, text, toks, h)
    cpdef _office_of(self, text, toks, i, offices)
    cpdef _described(self, text, toks, h)
    cpdef _local(self, text, toks, h, locs, offices=*)
    cpdef _anchor(self, loc)
    @cython.locals(i=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, n=Py_ssize_t)
    cpdef _housed_elsewhere(self, toks, i, j)
    cpdef _named_after(self, toks, j)
    @cython.locals(i=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, w=dict)
    cpdef _fits(self, toks, i, j, e, lang, titles)
    @cython.locals(k=Py_ssize_t, i=Py_ssize_t, j=Py_ssize_t, w=dict)
    cpdef _cued(self, text, toks, hits, k, lang_cc, locs, offices=*)
    @cython.locals(i=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, w=dict)
    cpdef _person_or_thing(self, toks, i, j, lang, e, titles, area=*)
    @cython.locals(k=Py_ssize_t, i=Py_ssize_t, q=Py_ssize_t)
    cpdef _ship(self, toks, k, i)
    cpdef _qualifier(self, text, toks, hits, k)
    cpdef _abbreviations(self, text, toks, starts=*)
    # the brief's scan, once a brief: its word positions are ints and its tables dicts (C
    # compares, C loops, C dictionary reads)
    @cython.locals(n=Py_ssize_t, i=Py_ssize_t, j=Py_ssize_t, m=Py_ssize_t, pos=Py_ssize_t,
                   skip=Py_ssize_t, nw=Py_ssize_t, longest=Py_ssize_t, toks=list,
                   entries=dict, lazy=dict, titles=dict, persons=set, said=set, clubs=set)
    cpdef _scan(self, text, toks, lang, exclude, continents, lang_cc, locs, offices, text_keys)

# module functions the compiled methods call as C functions (loops that replace a closure)
cpdef _all_cities(kind, cands)
cpdef _all_below(pop, cands, limit)
cpdef _needs_one_of(cc, cands, ccs)
cpdef _free_land(g, cands)
cpdef _all_upper(toks, i, j)
cpdef _written_in(text, words)
cpdef _overlaps(spans, s, end)
cpdef _qualifies(text, toks, s, i)
# the module's small helpers the scan calls a few dozen times a brief
cpdef _lang_key(lang)
cpdef _remember(memo, key, value)
@cython.locals(i=Py_ssize_t, j=Py_ssize_t)
cpdef _region_cue(w, toks, i, j)
cpdef _opens_as_dateline(text, toks, i, j)
@cython.locals(i=Py_ssize_t, start=Py_ssize_t, end=Py_ssize_t, n=Py_ssize_t)
cpdef _in_title_case(toks, i, memo)
cpdef lower_after(text, end)
