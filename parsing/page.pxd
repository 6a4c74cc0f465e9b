# Read by Cython beside page.py when it compiles it (parsing.compiled, which hashes both): the
# helpers ``parse_page`` calls for each brief of a page, declared ``cpdef``, are called from the
# compiled module as C functions (as ``parsing/dateline.pxd``'s). Each is still a Python
# function outside. ``parse_page`` itself has keyword-only arguments and a closure, and stays a
# Python function; a name a test replaces (``repair``) is no function of this module. Without a
# build, page.py runs as it is, with the same answers.
cpdef _as_given(briefs, given, where)
cpdef _stamp_above(text, pos, floor, lang, when)
cpdef _date_under_byline(text, blank, floor, lang, when)
cpdef _date_line_above(text, start, end, floor, lang, when)
cpdef _under_sentence_end(text, start)
cpdef _after_day(got, when)
cpdef _date_alone(line)
cpdef _undated_time(brief, text, ages, lang, when, captured_at)
cpdef _stamp_beside(text, start, end, lang, when)
cpdef _stamp_below(text, end, sep_end, lang, when)
cpdef _stamp_on_line(text, start, end)
cpdef _age_anchors(text, ages)
cpdef _shift(dateline, offset)
