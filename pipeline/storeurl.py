"""Which store: its URL from the settings, in the one spelling every reader of it uses.

Apart from ``pipeline.store`` so that a reader that must not import SQLAlchemy (the page's first
read, ``pipeline.firstread``) names the store, and its index snapshot, exactly as the store does.
"""

from __future__ import annotations

from pathlib import Path

from parsing.settings import get_settings


def default_url() -> str:
    """``WIREMAP_DB``, else a SQLite file in the user's data directory."""
    env = get_settings().db
    if env:
        return env
    import platformdirs

    return "sqlite:///" + str(Path(platformdirs.user_data_dir("wiremap")) / "events.sqlite")


def normalize_url(url: str) -> str:
    """A database URL; a plain file path means a SQLite file there."""
    if "://" in url:
        if url.startswith(("postgres://", "postgresql://")):
            # the psycopg 3 driver is the one we ship; plain URLs would ask for psycopg2
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    return "sqlite:///" + str(Path(url).expanduser().resolve())
