"""Designations: the committee's mass-start skater and the discretionary places, checked.

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

from collections.abc import Iterable, Mapping

import attrs

from ..errors import (
    DiscretionaryError,
    DuplicateError,
    InvalidDistanceError,
    SelectionError,
    UnknownNameError,
)
from ..limits import shown
from ..names import name_key
from .orders import (
    MASS_START,
    SelectionOrder,
    selection_order,  # noqa: F401 (the doctests use it)
)
from .walk import _iterable, no_mass_start_row

__all__ = ["Designations", "check_designations"]


@attrs.frozen
class Designations:
    """The checked choices of the committee: the mass-start skater, person designations,
    distance designations (sorted by distance) and the designated skaters (no name twice).
    """

    mass_start: str | None
    added: tuple[str, ...]
    assigned: tuple[tuple[int, str], ...]
    designees: tuple[str, ...]


def _key(name: str) -> str:
    """A name under the identity rule of `skatecalc.names` (a non-text value unchanged)."""
    return name_key(name) if isinstance(name, str) else name


def _known(name: str, known: Mapping[str, None], what: str) -> str:
    if not isinstance(name, str):
        raise SelectionError(f"{what}: {shown(name)} is not a name")
    if name not in known:
        raise UnknownNameError.unknown(name, list(known), what=f"skater (as {what})")
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
        _known(mass_start, known, "mass_start")

    added_t = tuple(
        map(_key, _iterable(added, "added") if not isinstance(added, str) else (added,))
    )
    for name in added_t:
        _known(name, known, "added")
    if len(set(added_t)) != len(added_t):
        twice = next(n for i, n in enumerate(added_t) if n in added_t[:i])
        raise DuplicateError(f"{twice!r} is designated twice in added")
    for d, name in assigned_map.items():
        if type(d) is not int:
            raise InvalidDistanceError(f"assigned: {shown(d)} is not a distance in metres")
        order.check_distance(d)
        _known(name, known, f"assigned to the {d} m")
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
