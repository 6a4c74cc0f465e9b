# Read by Cython beside disambiguate.py when it compiles it (parsing.compiled, which hashes
# both): compiled, a text's votes (``_Votes``) are a class of C fields, its tables typed dicts,
# sets and a list (an attribute is a slot read, not a look-up in the instance's dictionary; a
# dictionary's ``get`` a C call), and its methods ``cpdef``: ``choose`` asks the tallies and
# the nearness a few times a reading of every name, twice a text (benchmarks/RESULTS.md,
# speed51). A field not declared here cannot be set (tests/test_compiled_pxd.py checks that
# every attribute the class sets is here). Without a build, disambiguate.py's own class runs,
# with the same answers.

cdef class _Votes:
    cdef public dict countries, regions, named, _near, _tallies
    cdef public set loose, _pointset, bodies, famous
    cdef public list points
    # None until a text's points are many (``_within_reach``), then cell -> point indices
    cdef public object _grid
    cpdef add(self, g, key, i, cc, w)
    cpdef near(self, g, i, own)
    cpdef country(self, cc, own)
    cpdef region(self, a1, own)
