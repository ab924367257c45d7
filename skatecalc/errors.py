"""Errors raised by skatecalc.

Every error derives from :class:`SkatecalcError`, which is a :class:`ValueError`, names the
offending value and, when the value came from a file, the file and the line::

    >>> from skatecalc import RaceTime
    >>> RaceTime.parse("1:7x.10")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidTimeError: '1:7x.10' is not a race time: ...
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "DuplicateError",
    "FileFormatError",
    "GoalError",
    "InvalidDistanceError",
    "InvalidRuleError",
    "InvalidTimeError",
    "LimitError",
    "PositionError",
    "ResultsError",
    "SkatecalcError",
    "TableError",
    "UnknownCombinationError",
    "UnknownNameError",
    "UnknownStatusError",
    "UnknownValueError",
    "closest_names",
]


class SkatecalcError(ValueError):
    """Base class of every skatecalc error.

    ``where`` (e.g. ``"line 4 of results.csv"``) is appended to the message when the
    offending value came from a file; :meth:`at` returns a copy located there.
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{message} ({where})" if where else message)

    def at(self, where: str) -> SkatecalcError:
        """Return the same error, located at ``where`` (kept if already located)."""
        if self.where is not None:
            return self
        located = self.__class__.__new__(self.__class__)
        located.__dict__.update(self.__dict__)
        SkatecalcError.__init__(located, self.message, where=where)
        return located


class InvalidTimeError(SkatecalcError):
    """A text, number or value is not a race time."""


class UnknownStatusError(SkatecalcError):
    """A result is neither a time nor one of the statuses DQ, DNF, DNS, WDR."""


class InvalidDistanceError(SkatecalcError):
    """A distance is not positive, or is not part of the combination or rule set."""


class UnknownCombinationError(SkatecalcError):
    """No combination is registered under that name."""


class InvalidRuleError(SkatecalcError):
    """A rule parameter is not valid (a qualification size, the index of a distance, an
    argument of the wrong type)."""


class ResultsError(SkatecalcError):
    """Results do not fit the combination (too many, missing, inconsistent)."""


class DuplicateError(SkatecalcError):
    """A skater (or race, or row) appears twice where it may appear once."""


class UnknownNameError(SkatecalcError, KeyError):
    """A skater's name is not in the table; the message lists the closest known names."""

    def __init__(self, name: str, known: Iterable[str], *, what: str = "skater") -> None:
        self.name = name
        self.suggestions = closest_names(name, known)
        hint = (
            "; closest known: " + ", ".join(repr(n) for n in self.suggestions)
            if self.suggestions
            else ""
        )
        SkatecalcError.__init__(self, f"unknown {what} {name!r}{hint}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return ValueError.__str__(self)


class PositionError(SkatecalcError, IndexError):
    """A position (0-based index) beyond a table's length, or an index that is not a number."""


class UnknownValueError(SkatecalcError):
    """A rule value is not known from any source; supply it yourself (the message says how)."""


class GoalError(SkatecalcError):
    """A goal for a required time is already reached, impossible, or ill-posed."""


class FileFormatError(SkatecalcError):
    """A file does not have the documented format (missing column, ragged row, bad JSON)."""


class LimitError(FileFormatError):
    """Input exceeds a documented resource bound (see :mod:`skatecalc.limits`); the message
    names the bound."""


class TableError(SkatecalcError, TypeError):
    """A table-like type breaks the table contract of :mod:`skatecalc.tabular`: no text or
    HTML renderer is registered for it, its rows are not a tuple, a row has cells of the
    wrong number or type (a float, say)."""


def closest_names(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """The up to ``n`` known names closest to ``name`` (case-insensitive), best first.

    >>> closest_names("Femke Kook", ["Miho Takagi", "Femke Kok", "Jutta Leerdam"])
    ['Femke Kok']
    """
    known_list = list(known)
    by_lower: dict[str, str] = {}
    for k in known_list:
        by_lower.setdefault(k.casefold(), k)
    matches = difflib.get_close_matches(name.casefold(), list(by_lower), n=n, cutoff=0.5)
    if not matches:
        # fall back to surname / token overlap so "Kok" still finds "Femke Kok"
        tokens = set(name.casefold().split())
        matches = [k for k in by_lower if tokens & set(k.split())][:n]
    return [by_lower[m] for m in matches]
