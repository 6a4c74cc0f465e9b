"""The one great-circle distance (haversine) Wiremap uses, on plain numbers or numpy arrays.

The resolver and the evaluations call it on one pair of points in a loop (plain ``math``, no
numpy overhead); the page calls it on the columns of thousands of events at once (numpy). One
formula serves both: it runs on whichever namespace of functions fits the arguments.
"""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

__all__ = ["EARTH_RADIUS_KM", "haversine_km"]

EARTH_RADIUS_KM = 6371.0

_SCALAR = SimpleNamespace(
    radians=math.radians, sin=math.sin, cos=math.cos, sqrt=math.sqrt, asin=math.asin, min=min
)
_ARRAY: SimpleNamespace | None = None


def _array_ops() -> SimpleNamespace:
    global _ARRAY
    if _ARRAY is None:
        import numpy as np

        _ARRAY = SimpleNamespace(
            radians=np.radians,
            sin=np.sin,
            cos=np.cos,
            sqrt=np.sqrt,
            asin=np.arcsin,
            min=np.minimum,
        )
    return _ARRAY


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    """Great-circle distance in km between (lat1, lon1) and (lat2, lon2), in degrees.

    Plain numbers give a float; numpy arrays (or a mix of arrays and numbers) give an array.
    """
    plain = (float, int)
    if (
        isinstance(lat1, plain)
        and isinstance(lat2, plain)
        and isinstance(lon1, plain)
        and (isinstance(lon2, plain))
    ):
        m = _SCALAR
    else:
        import numpy as np

        m = _array_ops()
        lon1, lon2 = np.asarray(lon1), np.asarray(lon2)
    p1, p2 = m.radians(lat1), m.radians(lat2)
    dp, dl = p2 - p1, m.radians(lon2 - lon1)
    a = m.sin(dp / 2) ** 2 + m.cos(p1) * m.cos(p2) * m.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * m.asin(m.min(1.0, m.sqrt(a)))
