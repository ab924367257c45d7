"""The walk: fill the rows of a selection order and count the unique names, row 1 first.

The rows are filled with the OKT finishers (and the committee's mass-start skater); a skater
who appears again keeps that start place without using another ticket::

    >>> [str(u) for u in walk(["Krol", "Roest", None, "Krol", "Nuis"])]
    ['Krol (1)', 'Roest (2)', 'Nuis (3)']
    >>> fill_rows(selection_order("NED", 2022, "men"), {500: ["A", "B"]}, "C")[5:9]
    ['C', None, 'A', None]

This module also checks the OKT finishing orders against the order
(`check_results`) and the number of tickets and discretionary places
(`check_limits`), for [`select`][skatecalc.olympic.select] and
`outlook` alike.

Source: the KNSB selection criteria for the Olympic Games (the rows are walked in order and
the first N unique names qualify: 9 in 2022 and 2026, 10 in 2018; NOS, 28 December 2021).
Status: verified against the team selected after the OKT of December 2021.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import NoReturn, TypeVar

import attrs

from ..errors import (
    DuplicateError,
    InvalidDistanceError,
    ResultsError,
    SelectionError,
    UnknownRowError,
)
from ..limits import shown
from ..messages import Message
from ..names import name_key, variant_key
from .orders import (
    MASS_START,
    Row,
    SelectionOrder,
    selection_order,  # noqa: F401 (the doctests use it)
)
from .rows import MAX_PLACES

__all__ = [
    "MAX_PLACES",
    "OktResults",
    "UniqueName",
    "check_limits",
    "check_results",
    "fill_rows",
    "no_mass_start_row",
    "walk",
    "walk_reason",
]

T = TypeVar("T")

OktResults = Mapping[int, Sequence[str]]
"""Finishing orders per distance (metres): the names, first place first."""


@attrs.frozen
class UniqueName:
    """A unique name of the walk: its number in the list and the row where it first appears.

    >>> u = UniqueName(9, "Dai Dai N'tab", 13)
    >>> str(u), u.name, u.row
    ("Dai Dai N'tab (9)", "Dai Dai N'tab", 13)
    """

    number: int
    name: str
    row: int

    def __str__(self) -> str:
        return f"{self.name} ({self.number})"


def walk(occupants: Iterable[str | None]) -> tuple[UniqueName, ...]:
    """The unique names of filled rows (row 1 first), with the row of first appearance.

    ``None`` is an empty row and counts for nobody.

    >>> [str(u) for u in walk(["Krol", "Roest", None, "Krol", "Nuis"])]
    ['Krol (1)', 'Roest (2)', 'Nuis (3)']
    >>> walk(["Krol", "Roest", None, "Krol", "Nuis"])[2].row
    5
    """
    seen: dict[str, UniqueName] = {}
    for number, name in enumerate(_iterable(occupants, "occupants"), start=1):
        if name is not None and not isinstance(name, str):
            raise SelectionError(f"row {number}: {shown(name)} is not a name")
        if name is not None and name not in seen:
            seen[name] = UniqueName(len(seen) + 1, name, number)
    return tuple(seen.values())


def check_results(order: SelectionOrder, okt_results: OktResults) -> dict[int, tuple[str, ...]]:
    """Validate finishing orders against ``order``: distances in the order, no name twice.

    >>> check_results(selection_order("NED", 2022, "men"), {3000: ["Patrick Roest"]})
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidDistanceError: NED-2022-men has no row for the distance 3000; its
    distances are 500, 1000, 1500, 5000, 10000
    >>> check_results(selection_order("NED", 2022, "men"), {500: ["Kai Verbij", "Kai Verbij"]})
    Traceback (most recent call last):
    ...
    skatecalc.errors.DuplicateError: 'Kai Verbij' is twice on the 500 m (places 1 and 2)
    """
    if not isinstance(order, SelectionOrder):
        raise SelectionError(f"{shown(order)} is not a SelectionOrder: use selection_order(...)")
    if not isinstance(okt_results, Mapping):
        raise ResultsError(f"{shown(okt_results)} is not a mapping of distance -> finishing order")
    checked: dict[int, tuple[str, ...]] = {}
    spelled: dict[str, str] = {}  # variant_key -> the first spelling, across distances
    for distance, names in okt_results.items():
        if type(distance) is not int:
            raise InvalidDistanceError(
                f"{shown(distance)} is not a distance: give whole metres, e.g. 500"
                + (
                    " (or pass mass_start= for the mass start)"
                    if str(distance).upper() == MASS_START
                    else ""
                )
            )
        order.check_distance(distance)
        if isinstance(names, str) or not isinstance(names, Sequence):
            raise ResultsError(
                f"the {distance} m: {shown(names)} is not a finishing order (a list of names)"
            )
        seen: dict[str, int] = {}
        keyed: list[str] = []
        for place, given in enumerate(names, start=1):
            if not isinstance(given, str) or not given.strip():
                raise ResultsError(f"the {distance} m, place {place}: {shown(given)} is not a name")
            name = name_key(given)  # the one identity rule (skatecalc.names)
            keyed.append(name)
            other = spelled.setdefault(variant_key(name), name)
            if other != name:
                raise DuplicateError(
                    f"{name!r} on the {distance} m is spelled {other!r} elsewhere: case and"
                    " accents count in names, use one spelling"
                )
            if name in seen:
                raise DuplicateError(
                    f"{name!r} is twice on the {distance} m (places {seen[name]} and {place})"
                )
            seen[name] = place
        checked[distance] = tuple(keyed)
    return checked


def check_limits(
    order: SelectionOrder, tickets: int | None, discretionary: int | None
) -> tuple[int, int]:
    """The number of tickets and of discretionary places: the order's unless given."""
    n_tickets = order.tickets if tickets is None else tickets
    if type(n_tickets) is not int or not 1 <= n_tickets <= MAX_PLACES:
        raise SelectionError(
            f"tickets must be a whole number from 1 to {MAX_PLACES}, not {shown(n_tickets)}"
        )
    limit = order.discretionary if discretionary is None else discretionary
    if type(limit) is not int or not 0 <= limit <= MAX_PLACES:
        raise SelectionError(
            f"discretionary must be a whole number from 0 to {MAX_PLACES}, not {shown(limit)}"
        )
    return n_tickets, limit


def fill_rows(
    order: SelectionOrder, results: Mapping[int, Sequence[str]], mass_start: str | None
) -> list[str | None]:
    """The occupant of every row (``None``: the place was not reported or not yet skated).

    Raises [`UnknownRowError`][skatecalc.errors.UnknownRowError] at the first row no source gives.

    >>> fill_rows(selection_order("NED", 2022, "men"), {500: ["A", "B"]}, "C")[5:9]
    ['C', None, 'A', None]
    """
    occupants: list[str | None] = []
    for r in order.rows:
        if r.kind == "unknown":
            why = order.describe_unknown(r.number).split(" is unknown: ", 1)[1]
            raise UnknownRowError(
                f"the walk reached row {r.number} of {order.name}, which is unknown: {why};"
                " no row is guessed: build the full order with SelectionOrder.build(...)"
                " if you know it"
            )
        if r.kind == "mass_start":
            occupants.append(mass_start)
            continue
        assert r.distance is not None and r.place is not None
        names = results.get(r.distance, ())
        occupants.append(names[r.place - 1] if r.place <= len(names) else None)
    return occupants


def _iterable(value: Iterable[T], what: str) -> Iterable[T]:
    """``value`` if it can be iterated, else a [`SelectionError`][skatecalc.errors.SelectionError]
    naming it."""
    if not isinstance(value, Iterable):
        raise SelectionError(f"{what} must be a list of names, not {shown(value)}")
    return value


def no_mass_start_row(order: SelectionOrder, mass_start: object) -> NoReturn:
    """Refuse a mass-start skater for ``order``, which has no known mass-start row: an
    [UnknownRowError][skatecalc.errors.UnknownRowError] when the row is one of the order's
    unknown rows (2018 men: rows 11-13), else a
    [SelectionError][skatecalc.errors.SelectionError].

    >>> no_mass_start_row(selection_order("NED", 2018, "men"), "Jorrit Bergsma")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownRowError: the mass-start row of NED-2018-men is unknown: rows 11,
    12, 13 hold the 500 m #3, the 1000 m #3 and the mass start in an unknown order (...); the
    mass-start skater 'Jorrit Bergsma' cannot be placed: build the full order with
    SelectionOrder.build(...) if you know it
    >>> no_mass_start_row(SelectionOrder.build("demo", ["500#1"], tickets=1), "Ann")
    Traceback (most recent call last):
    ...
    skatecalc.errors.SelectionError: demo has no mass-start row for 'Ann'
    """
    group = order.group_of(MASS_START)
    if group is not None or order.unknown_rows:
        where = (
            f"{group} ({order.source})"
            if group is not None
            else f"it may be one of the unknown rows {', '.join(map(str, order.unknown_rows))}"
            f" ({order.source})"
        )
        raise UnknownRowError(
            f"the mass-start row of {order.name} is unknown: {where}; the mass-start skater"
            f" {shown(mass_start)} cannot be placed: build the full order with"
            " SelectionOrder.build(...) if you know it"
        )
    raise SelectionError(f"{order.name} has no mass-start row for {shown(mass_start)}")


def walk_reason(
    r: Row,
    name: str | None,
    position: Mapping[str, UniqueName],
    tickets: int,
    team: Collection[str],
    added: Collection[str],
    notes: Mapping[int, str],
) -> Message:
    """Why row ``r`` holds ``name`` in the walk (or nobody), for
    [RowOutcome.reason][skatecalc.olympic.selection.RowOutcome]: a
    [`Message`][skatecalc.messages.Message] (``olympic.walk_*``)."""
    if name is None:
        if r.kind == "mass_start":
            return Message("olympic.walk_no_mass_start")
        return Message("olympic.walk_not_reported", place=r.place, distance=r.distance)
    who = (
        Message("olympic.walk_who", name=name)
        if r.number not in notes
        else Message("olympic.walk_noted", note=notes[r.number])
    )
    u = position[name]
    if u.row != r.number:
        text = Message("olympic.walk_listed", who=who, row=u.row)
    elif u.number <= tickets:
        text = Message("olympic.walk_unique", who=who, number=u.number)
    else:
        text = Message("olympic.walk_beyond", who=who, number=u.number, tickets=tickets)
    if r.kind == "mass_start" and r.number not in notes:
        text = Message("olympic.walk_committee", reason=text)
    if u.row == r.number:
        if name in added:
            text = Message("olympic.walk_person", reason=text)
        elif u.number <= tickets and name not in team:
            text = Message("olympic.walk_pushed", reason=text)
    return text
