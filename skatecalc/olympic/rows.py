"""The rows of a selection order: a row code (``"1000#2"``, ``"MS"``, ``"?"``) and what it means.

A row is "OKT place k on distance d" (``"1000#2"``), the mass-start row the selection
committee fills (``"MS"``), or, in a partial order, a row no source gives (``"?"``)::

    >>> Row.parse(8, "500#1")
    Row(number=8, kind='okt', distance=500, place=1, status=None)
    >>> str(Row.parse(6, "MS")), Row.parse(4, "?").code
    ('mass start', '?')

Source: the row codes follow the KNSB selection procedures (the "matrix" of start places,
one row per OKT result) for PyeongChang 2018, Beijing 2022 and Milano Cortina 2026.
"""

from __future__ import annotations

import re
from typing import Literal, TypeAlias

from .. import _record
from ..errors import InvalidDistanceError, InvalidRuleError, SelectionError
from ..limits import shown
from ..messages import Enumeration, Message
from ..notation import Gender
from ..rules import RuleStatus, rule_status

__all__ = [
    "MASS_START",
    "MAX_PLACES",
    "Gender",
    "Row",
    "RowKind",
    "UnknownGroup",
    "check_count",
    "distance_label",
]

MASS_START = "MS"
"""The code of the mass-start row (filled by the selection committee, not skated at the OKT)."""

RowKind: TypeAlias = Literal["okt", "mass_start", "unknown"]

_ROW = re.compile(r"\s*(\d+)\s*#\s*(\d+)\s*")


MAX_PLACES = 1000
"""The most tickets, discretionary places or quota places a count accepts (a team or an
event has a few dozen)."""


def check_count(
    value: object, what: str, minimum: int, error: type[SelectionError] = SelectionError
) -> int:
    """``value`` as a whole number of places from ``minimum`` to `MAX_PLACES`, or ``error``
    naming ``what``.

    >>> check_count(9, "tickets", 1)
    9
    >>> check_count(10**5000, "tickets", 1)
    Traceback (most recent call last):
    ...
    skatecalc.errors.SelectionError: tickets must be a whole number of at least 1 and at most ...
    """
    if type(value) is not int or not minimum <= value <= MAX_PLACES:
        raise error(
            f"{what} must be a whole number of at least {minimum} and at most {MAX_PLACES},"
            f" not {shown(value)}"
        )
    return value


def _status(status: object, where: str) -> RuleStatus:
    try:
        return rule_status(status)
    except InvalidRuleError as exc:
        raise SelectionError(f"{where}: {exc.message}") from None


def distance_label(distance: int) -> str:
    """``"1500 m"``.

    >>> distance_label(10000)
    '10000 m'
    """
    return f"{distance} m"


@_record.frozen
class Row:
    """One row of a selection order: its number and what fills it.

    >>> Row.parse(8, "500#1")
    Row(number=8, kind='okt', distance=500, place=1, status=None)
    >>> str(Row.parse(6, "MS")), Row.parse(4, "?").code
    ('mass start', '?')
    """

    number: int
    kind: RowKind
    distance: int | None = None
    place: int | None = None
    status: RuleStatus | None = None
    """The row's own status where it differs from the order's (e.g. ``"derived"``)."""

    @classmethod
    def parse(cls, number: int, code: str, status: RuleStatus | None = None) -> Row:
        """A row from its code: ``"1000#2"`` (OKT place 2 on the 1000 m), ``"MS"``, ``"?"``.

        >>> Row.parse(1, "1000 # 2").code
        '1000#2'
        >>> Row.parse(1, "1000-2")
        Traceback (most recent call last):
        ...
        skatecalc.errors.SelectionError: row 1: '1000-2' is not a row code: ...
        """
        if status is not None:
            _status(status, f"row {number}")
        if not isinstance(code, str):
            raise SelectionError(f"row {number}: {shown(code)} is not a row code")
        text = code.strip()
        if text.upper() in (MASS_START, "MASS START", "MASS_START"):
            return cls(number, "mass_start", status=status)
        if text == "?":
            return cls(number, "unknown", status=status)
        m = _ROW.fullmatch(text)
        if not m:
            raise SelectionError(
                f"row {number}: {shown(code)} is not a row code: use 'distance#place' (e.g. "
                "'1000#2'), 'MS' for the mass start or '?' for an unknown row"
            )
        distance, place = int(m.group(1)), int(m.group(2))
        if distance <= 0:
            raise InvalidDistanceError(f"row {number}: distance {distance} must be positive")
        if place <= 0:
            raise SelectionError(f"row {number}: OKT place {place} must be 1 or more")
        return cls(number, "okt", distance, place, status)

    @property
    def code(self) -> str:
        """The row code: ``"1000#2"``, ``"MS"`` or ``"?"``."""
        if self.kind == "okt":
            return f"{self.distance}#{self.place}"
        return MASS_START if self.kind == "mass_start" else "?"

    @property
    def message(self) -> Message:
        """The row named as a place held (``the 500 m #3``) for messages."""
        if self.kind == "okt":
            return Message("olympic.held_okt", distance=self.distance, place=self.place)
        return Message(
            "olympic.held_mass_start" if self.kind == "mass_start" else "olympic.held_unknown"
        )

    @property
    def name(self) -> str:
        """The row's name in its order (``"500 m #1"``, ``"mass start"``): `str` of it."""
        return str(self)

    def __str__(self) -> str:
        if self.kind == "okt":
            return Message("olympic.row_okt", distance=self.distance, place=self.place)
        return Message(
            "olympic.row_mass_start" if self.kind == "mass_start" else "olympic.row_unknown"
        )


@_record.frozen
class UnknownGroup:
    """Unknown rows known to hold given places, in an order no source gives.

    >>> g = UnknownGroup((11, 12, 13), ("500#3", "1000#3", "MS"))
    >>> str(g)
    'rows 11, 12, 13 hold the 500 m #3, the 1000 m #3 and the mass start in an unknown order'
    """

    rows: tuple[int, ...]
    holds: tuple[str, ...]

    @property
    def message(self) -> Message:
        """The group as a [`Message`][skatecalc.messages.Message] (``olympic.group``)."""
        held = tuple(Row.parse(0, c).message for c in self.holds)
        return Message("olympic.group", rows=self.rows, held=Enumeration(held))

    def __str__(self) -> str:
        return str(self.message)
