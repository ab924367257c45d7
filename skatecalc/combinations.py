"""Deprecated import path: combinations and their registry live in
`skatecalc.championship.combinations` (and their public names in `skatecalc` itself).

``from skatecalc.combinations import SPRINT`` still works for one release, with a
``DeprecationWarning`` naming the new place; the object is the same.
"""

from __future__ import annotations

from ._deprecated import moved
from .championship import combinations as _moved

_NAMES = tuple(_moved.__all__)
__all__ = list(_NAMES)
_PRIVATE = {"MAX_DISTANCE", "RuleStatus", "check_combination_distance", "combinations_for"}

__getattr__ = moved(
    __name__,
    dict.fromkeys(_NAMES, "skatecalc.championship.combinations"),
    frozenset(_NAMES) - _PRIVATE,
)
