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

Designations: the committee's mass-start skater and the discretionary places, checked.

A *person* designation (``added``) puts a skater on the team; a *distance* designation
(``assigned``, distance -> skater) gives a skater the lowest row of a distance. Together
they use at most the order's discretionary places (3 per gender); the mass-start row is
the committee's choice and uses none::

    >>> order = selection_order("NED", 2022, "men")
    >>> d = check_designations(order, {500: ("Ann", "Bea", "Cor")}, tickets=9, limit=3,
    ...                        mass_start=None, designated={"MS": "Ann", 1000: "Bea"})
    >>> d.mass_start, d.assigned, d.designees
    ('Ann', ((1000, 'Bea'),), ('Bea',))

Source: the KNSB selection criteria for the Olympic Games (at most 3 discretionary places
per gender, person and distance designations; NOS, 28 December 2021). Status: verified
against the team selected after the OKT of December 2021.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import NoReturn, TypeVar

from .. import _record
from ..errors import (
    DiscretionaryError,
    DuplicateError,
    InvalidDistanceError,
    ResultsError,
    SelectionError,
    UnknownNameError,
    UnknownRowError,
)
from ..limits import shown
from ..messages import Message
from ..notation import name_key, variant_key
from .orders import (
    MASS_START,
    Row,
    SelectionOrder,
    selection_order,  # noqa: F401 (the doctests use it)
)
from .rows import MAX_PLACES

__all__ = [
    "MAX_PLACES",
    "Designations",
    "OktResults",
    "UniqueName",
    "check_designations",
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


@_record.frozen
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
            name = name_key(given)  # the one identity rule (skatecalc.notation)
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


@_record.frozen
class Designations:
    """The checked choices of the committee: the mass-start skater, person designations,
    distance designations (sorted by distance) and the designated skaters (no name twice).
    """

    mass_start: str | None
    added: tuple[str, ...]
    assigned: tuple[tuple[int, str], ...]
    designees: tuple[str, ...]


def _key(name: str) -> str:
    """A name under the identity rule of `skatecalc.notation` (a non-text value unchanged)."""
    return name_key(name) if isinstance(name, str) else name


def _known(name: str, known: Mapping[str, None], what: str) -> str:
    if not isinstance(name, str):
        raise SelectionError(f"{what}: {shown(name)} is not a name")
    if name not in known:
        raise UnknownNameError.unknown(name, list(known), what=f"skater (designated {what})")
    return name


def check_designations(
    order: SelectionOrder,
    results: Mapping[int, tuple[str, ...]],
    *,
    tickets: int,
    limit: int,
    mass_start: str | None,
    added: Iterable[str] = (),
    assigned: Mapping[int, str] | None = None,
    designated: Mapping[int | str, str] | None = None,
    skaters: Iterable[str] = (),
) -> Designations:
    """Check the designations of [`select`][skatecalc.olympic.select] against the order and
    the results: every designee known (in the results or ``skaters``), nobody designated
    twice, at most ``limit`` designations and no more designees than ``tickets``.
    ``designated={"MS": name, 1000: name}`` is read as ``mass_start`` and ``assigned``.
    """
    n_tickets = tickets
    for label, mapping in (("assigned", assigned), ("designated", designated)):
        if mapping is not None and not isinstance(mapping, Mapping):
            raise SelectionError(f"{label} must map distances to names, not {shown(mapping)}")

    if mass_start is not None:
        mass_start = _key(mass_start)
    assigned_map: dict[int, str] = {d: _key(n) for d, n in (assigned or {}).items()}
    if designated:
        for key, given in designated.items():
            name = _key(given)
            if isinstance(key, str) and key.strip().upper() == MASS_START:
                if mass_start is not None and mass_start != name:
                    raise SelectionError(
                        f"two mass-start skaters: {mass_start!r} and {name!r} (designated)"
                    )
                mass_start = name
            elif type(key) is int:
                if key in assigned_map:
                    raise DuplicateError(f"two distance designations for the {key} m")
                assigned_map[key] = name
            else:
                raise InvalidDistanceError(
                    f"designated: {shown(key)} is neither a distance in metres nor 'MS'"
                )

    known = dict.fromkeys([n for names in results.values() for n in names])
    extra = [_key(s) for s in _iterable(skaters, "skaters")]
    for s in extra:
        if not isinstance(s, str) or not s.strip():
            raise SelectionError(f"skaters: {shown(s)} is not a name")
    known.update(dict.fromkeys(extra))

    ms_row = order.mass_start_row
    if ms_row is not None and mass_start is None:
        raise SelectionError(
            f"row {ms_row} of {order.name} is the mass-start row: pass mass_start= "
            "(the committee's choice)"
        )
    if ms_row is None and mass_start is not None:
        no_mass_start_row(order, mass_start)
    if mass_start is not None:
        _known(mass_start, known, "for the mass start")

    added_t = tuple(
        map(_key, _iterable(added, "added") if not isinstance(added, str) else (added,))
    )
    for name in added_t:
        _known(name, known, "as a person")
    if len(set(added_t)) != len(added_t):
        twice = next(n for i, n in enumerate(added_t) if n in added_t[:i])
        raise DuplicateError(f"{twice!r} is designated twice in added")
    for d, name in assigned_map.items():
        if type(d) is not int:
            raise InvalidDistanceError(f"assigned: {shown(d)} is not a distance in metres")
        order.check_distance(d)
        _known(name, known, f"for the {d} m")
        if name in added_t:
            raise DuplicateError(f"{name!r} is designated twice (added and the {d} m)")
    designees = list(dict.fromkeys([*added_t, *assigned_map.values()]))
    count = len(added_t) + len(assigned_map)
    if count > limit:
        every = [*added_t, *assigned_map.values()]
        raise DiscretionaryError(
            f"{count} designations ({', '.join(every)}) but {order.name} allows at most "
            f"{limit} discretionary place(s)"
        )

    if len(designees) > n_tickets:
        raise DiscretionaryError(
            f"{len(designees)} designated skaters but only {n_tickets} tickets"
        )
    return Designations(mass_start, added_t, tuple(sorted(assigned_map.items())), tuple(designees))
