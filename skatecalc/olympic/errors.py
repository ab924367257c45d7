"""Errors of the Olympic-qualification package, kept importable from here.

The classes live in [skatecalc.errors][] with every other error; this module re-exports them
so that ``from skatecalc.olympic.errors import SelectionError`` keeps working.

    >>> from skatecalc import olympic
    >>> olympic.selection_order("NED", 1998, "men")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownOrderError: no selection order 'NED-1998-men'; known: ...
"""

from __future__ import annotations

from ..errors import (
    DiscretionaryError,
    QuotaError,
    SelectionError,
    UnknownOrderError,
    UnknownRowError,
)

__all__ = [
    "DiscretionaryError",
    "QuotaError",
    "SelectionError",
    "UnknownOrderError",
    "UnknownRowError",
]
