"""The one compiled part of the build; everything else is in pyproject.toml.

The language model's walk and scoring in C (``parsing/_langwalk.c``), with the page's one-pass
helpers: the fold of blanks of the record's id and its NFKC table read (``fold_blanks``,
``all_in``), the repair gate (``any_in``), a page lowered (``lower``), where prose starts
(``prose_start``), the tokenizer (``tokens``, ``gap_words``) and the words' tuple type
(``Fields``): built when a C compiler is there, else skipped (``optional``) and each caller
uses its Python (or numpy) path, which gives the same answers.
No fused multiply-add (``-ffp-contract=off``): numpy rounds a product and a sum apart, and the
C code must too.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "parsing._langwalk",
            ["parsing/_langwalk.c"],
            optional=True,
            extra_compile_args=["-ffp-contract=off"],
            libraries=["m"],
        )
    ]
)
