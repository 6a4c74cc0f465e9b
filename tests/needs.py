"""What a test needs from outside the repository, and what happens when it is absent.

The shared evaluation data (``../shared``) and similar resources may be missing on a
developer's machine: the test then skips with the reason. Under ``CI=true`` everything must be
there, so the same absence is a failure, never a silent skip.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def absent(reason: str) -> NoReturn:
    """Skip for ``reason``, or fail under ``CI=true``."""
    if in_ci():
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)
