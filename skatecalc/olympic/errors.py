"""Deprecated import path: the errors of the Olympic qualification live in
[skatecalc.errors][] with every other error.

``from skatecalc.olympic.errors import SelectionError`` still works for one release, with a
``DeprecationWarning``; the class is the same (also importable from ``skatecalc.olympic``).
"""

from __future__ import annotations

from .._deprecated import moved

_NAMES = (
    "DiscretionaryError",
    "QuotaError",
    "SelectionError",
    "UnknownOrderError",
    "UnknownRowError",
)
__all__ = list(_NAMES)
__getattr__ = moved(__name__, dict.fromkeys(__all__, "skatecalc.errors"))
