"""Test-wide setup: the suite never reads or writes the user's own store, cache or settings.

User data (the event store, the geocoding cache, corrections) and settings go to a fresh folder
per test session. The gazetteer's index cache is derived from packaged data only, so it is
shared with the user's cache folder: rebuilding it in every session would only cost time.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace

import pytest

from parsing.settings import Settings, get_settings, use_settings

_session_home = tempfile.mkdtemp(prefix="wiremap-tests-")
_session_pid = os.getpid()


@atexit.register
def _remove_session_home() -> None:
    """Each process (every xdist worker too) removes its own folder when it ends, so a run
    leaves no stores, caches or settings in the temp folder; a forked child that exits through
    atexit must not remove its parent's folder."""
    if os.getpid() == _session_pid:
        shutil.rmtree(_session_home, ignore_errors=True)


os.environ["XDG_DATA_HOME"] = os.path.join(_session_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_session_home, "config")
os.environ["WIREMAP_INDEX_CACHE"] = os.path.join(_session_home, "event-index")
os.environ.pop("WIREMAP_DB", None)
os.environ.pop("WIREMAP_GEOCACHE", None)
os.environ.pop("WIREMAP_ONLINE", None)


@pytest.fixture(autouse=True)
def _settings_from_the_environment():
    """Each test starts from the environment's settings (read once per process otherwise)."""
    use_settings(None)
    yield
    use_settings(None)


@pytest.fixture
def settings() -> Callable[..., Settings]:
    """``settings(db=..., records=...)`` injects those values over the environment's."""

    def use(**changes: object) -> Settings:
        chosen = replace(get_settings(), **changes)
        use_settings(chosen)
        return chosen

    return use


@pytest.fixture(scope="module")
def resolver():
    """The process's own resolver (``geo.service``), as ``wiremap extract`` locates with it. A
    test file that needs another (its own index, the mention index built) defines its own."""
    from geo.service import get_resolver

    return get_resolver().resolver
