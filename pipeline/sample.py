"""The bundled sample: the seed page of ANP wire copy, with its capture time beside it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_PAGE = SAMPLE_DIR / "anp-buitenland.txt"


def sample_records() -> list[dict]:
    """The sample's events, through the same path as every other source."""
    from pipeline.extract import extract_paths

    return list(extract_paths([SAMPLE_PAGE]))
