# Read by Cython beside resolve.py when it compiles it (parsing.compiled, which hashes both):
# compiled, Resolver is a class of C fields (an attribute is a slot read, no dictionary; an
# attribute not declared here cannot be set) and the methods declared ``cpdef`` are called from
# the compiled module without Python's method look-up: a dateline's answer asks some dozens of
# them, and a brief whose name needs its text the scan's (tests/test_compiled_pxd.py checks that
# every attribute the class sets is here). A method with a closure (a generator expression, a
# lambda) cannot be ``cpdef`` (Cython). Without a build, resolve.py's own class runs, with the
# same answers.

cdef class Resolver:
    cdef public object g, _base, _in_part, _short, _word_cities, _lock, _ctx, _automata
    cdef public object _country_keys, _memo, _plain, _favoured, _county_names, _fields
    cdef public object _labels, _variable
    cpdef resolve(self, query, home=*)
    cpdef _movable(self, key, pool, lang)
    cpdef _ambiguous(self, pool)
    cpdef _resolve(self, q, read, key_memo=*, scanned=*, home=*)
    cpdef _in_part_note(self, key, rivals)
    cpdef _lands_in_part(self, key)
    cpdef _counties(self)
    cpdef _county_dateline(self, key)
    cpdef _favours(self, key, pool, ctx, folded=*)
    cpdef _base_for(self, key)
    cpdef _part_named(self, key, out)
    cpdef _kept(self, cache, key, res)
    cpdef _place_score(self, i, alt, pref=*)
    cpdef _with_short_forms(self, key, lang, base)
    cpdef _transliterated(self, clean, lang)
    cpdef _shared_code(self, regions, shared, lang, agencies)
    cpdef _obscure_abroad(self, pool, home)
    cpdef _renamed_abroad(self, pool, home)
    cpdef _near_place(self, i, places, fav, towns)
    cpdef _places_in(self, text, own, regions, words)
    cpdef _cities_of(self, phrase)
    cpdef _qual_weight(self, qual, i)
    cpdef _automaton(self, lang)
    cpdef _scan(self, text, lang, own=*)
    cpdef location(self, shown, i, conf, reason)
    cpdef _place_fields(self, i)
    cpdef label(self, i)
    cpdef _label(self, i)

# the module's helpers a dateline's answer and a text's scan call, as C functions from the
# compiled module (each still a Python function outside; none a test replaces)
cpdef _county_words(full, bare)
cpdef _before_feature(text, phrase)
cpdef _is_feature_word(word)
cpdef _favoured_by(got, ctx, g)
cpdef named_in_part(g, key, postings)
cpdef in_part_note(g, pairs, lost)
cpdef named_the_world_over(g, i)
cpdef _world_abroad(g, readings, cc, lang=*)
cpdef _countries(g, pool)
cpdef _county_hint(got, ctx)
cpdef _county_key(g, i)
cpdef _named_times(folded, phrase)
cpdef _obscure(g, i, alt, known_pop)
cpdef _town(g, j)
cpdef _near(g, j, i)
cpdef _agency_prior(agencies)
cpdef _strip_generic(key)
cpdef _clean(raw)
cpdef _show(raw)
cpdef _original(text, folded)
cpdef _written(text, m, folded)
cpdef _word_at(head, i)
