"""Errors of the Olympic-qualification package; all derive from
:class:`~skatecalc.errors.SkatecalcError`.

    >>> from skatecalc import olympic
    >>> olympic.selection_order("NED", 1998, "men")
    Traceback (most recent call last):
    ...
    skatecalc.olympic.errors.UnknownOrderError: no selection order 'NED-1998-men'; known: ...
"""

from __future__ import annotations

from ..errors import ResultsError, SkatecalcError, UnknownValueError

__all__ = ["DiscretionaryError", "SelectionError", "UnknownOrderError", "UnknownRowError"]


class UnknownOrderError(SkatecalcError, LookupError):
    """No selection order is registered under that key; the message lists the known ones.

    >>> issubclass(UnknownOrderError, SkatecalcError)
    True
    """

    def __str__(self) -> str:  # LookupError must not repr() the message
        return ValueError.__str__(self)


class UnknownRowError(UnknownValueError):
    """The walk reached a row of the selection order that no source gives.

    >>> issubclass(UnknownRowError, UnknownValueError)
    True
    """


class DiscretionaryError(SkatecalcError):
    """More designations than discretionary places, or a designation that cannot apply.

    >>> issubclass(DiscretionaryError, SkatecalcError)
    True
    """


class SelectionError(ResultsError):
    """Trial results or choices do not fit the selection order (e.g. no mass-start skater).

    >>> issubclass(SelectionError, ResultsError)
    True
    """
