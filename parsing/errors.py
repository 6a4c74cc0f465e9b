"""The root of Wiremap's one error family, in the spirit of ``geopy.exc``.

Every error Wiremap raises on purpose (``InputError``, ``GeoError`` and its kinds,
``FetchError``, ``StoreError``, ``WatchConfigError``, ``EvaluationError``, ``ParallelError``,
...) derives from ``WiremapError``, so a caller can catch "anything Wiremap refused" in one
clause and still tell the kinds apart. Each error is defined beside the code that raises it;
only the root lives here.

Why here: data flows one way (source -> ``parsing`` -> ``geo`` -> ``pipeline`` -> ``ui``) and a
layer may import only the layers before it. ``parsing`` is the first layer, so this is the one
place every layer may import from without an upward import and without a new top-level
package. The module imports nothing, so importing it costs nothing.
"""

from __future__ import annotations

__all__ = ["WiremapError"]


class WiremapError(Exception):
    """Base class of every error Wiremap raises on purpose; its message is one line."""
