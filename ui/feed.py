"""The feed's order: briefs newest first, the briefs of one story (``story_id``) together.

The same story told by several agencies is kept as several events sharing a ``story_id``
(see ``pipeline.store``); the feed shows them as one item, placed where the story's newest
brief falls, with the others under it.
"""

from __future__ import annotations


def stories(briefs: list[dict]) -> list[list[dict]]:
    """``briefs`` (newest first) grouped by story, in the order of each story's newest brief."""
    groups: dict[object, list[dict]] = {}
    for brief in briefs:
        groups.setdefault(brief.get("story_id") or brief.get("id"), []).append(brief)
    return list(groups.values())
