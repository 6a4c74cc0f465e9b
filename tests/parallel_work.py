"""Work for ``tests/test_parallel.py``'s spawned workers: a module that imports next to nothing.

A spawned worker imports the module of the function it runs; the test module itself would bring
the whole pipeline with it and cost seconds per worker.
"""

from __future__ import annotations

import os

prepared: list[int] = []


def prepare() -> None:
    prepared.append(os.getpid())


def prepared_here(context, item: int) -> tuple[int, bool]:
    return item, os.getpid() in prepared
