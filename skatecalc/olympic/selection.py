"""Selection: walk the selection order, count unique names, apply the designations.

The rows are filled with the OKT finishers (and the committee's mass-start skater) and
walked in order. A skater who appears again keeps that start place without using another
ticket; the first ``tickets`` unique names qualify::

    >>> order = selection_order("NED", 2022, "men")
    >>> okt = {
    ...     500: ["Merijn Scheperkamp", "Dai Dai N'tab", "Kai Verbij", "Thomas Krol"],
    ...     1000: ["Thomas Krol", "Kai Verbij", "Hein Otterspeer", "Kjeld Nuis"],
    ...     1500: ["Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest", "Marcel Bosker"],
    ...     5000: ["Patrick Roest", "Jorrit Bergsma", "Sven Kramer", "Marcel Bosker"],
    ...     10000: ["Jorrit Bergsma", "Patrick Roest", "Beau Snellink"],
    ... }
    >>> sel = select(order, okt, tickets=9, mass_start="Jorrit Bergsma")
    >>> sel.walk_line()
    "Krol (1), Roest (2), Nuis (3), Verbij (4), Bergsma (5), Scheperkamp (6), Otterspeer (7),
    Snel (8), N'tab (9) | Kramer (10)"

Discretionary places: a *person* designation (``added``) puts a skater on the team and
pushes the last unique name off; a *distance* designation (``assigned``) gives a skater the
lowest row of a distance and the order is walked again. Either kind uses one of the
discretionary places (at most 3 per gender)::

    >>> sel = select(order, okt, tickets=9, mass_start="Jorrit Bergsma",
    ...              added=["Sven Kramer", "Marcel Bosker"])
    >>> sel.dropped
    ('Tijmen Snel', "Dai Dai N'tab")
    >>> sel.start_places[500], sel.start_places[1500]
    (('Merijn Scheperkamp', 'Kai Verbij', 'Thomas Krol'),
     ('Kjeld Nuis', 'Thomas Krol', 'Marcel Bosker'))

Start places freed by a dropped skater are refilled by a replaceable policy
(:func:`next_team_finisher` by default, :func:`leave_empty` to keep them open).

Sources: the skatecalc rules digest, section 4 (the walk, the two kinds of designation, at
most 3 discretionary places: verified against the OKT 2021 outcome); the refill policy is
derived from the 2018, 2022 and 2026 outcomes (no rule text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

import attrs

from .._fields import shown
from .._text import printable
from ..errors import (
    DuplicateError,
    InvalidDistanceError,
    ResultsError,
    UnknownNameError,
)
from ._names import press_names
from .errors import DiscretionaryError, SelectionError, UnknownRowError
from .orders import (
    MASS_START,
    Row,
    SelectionOrder,
    ordinal,
    selection_order,  # noqa: F401 (the doctests use it)
)

__all__ = [
    "OktResults",
    "Refill",
    "RefillPolicy",
    "RowOutcome",
    "Selection",
    "UniqueName",
    "Vacancy",
    "leave_empty",
    "next_team_finisher",
    "select",
    "walk",
]

T = TypeVar("T")

MAX_PLACES = 1000
"""The most tickets or discretionary places a selection accepts (a team has a few dozen)."""

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


@attrs.frozen
class RowOutcome:
    """What became of one row: who earned it, who holds its start place, and why.

    >>> sel = select(SelectionOrder.build("x", ["500#1", "500#2"], tickets=1), {500: ["A", "B"]})
    >>> sel.rows[1].earned, sel.rows[1].holder, sel.rows[1].reason
    ('B', None, 'B: unique name 2, beyond the 1 tickets; the start place stays empty:
    no team member finished behind B on the 500 m')
    """

    row: Row
    earned: str | None
    """Who the OKT (or the committee, or a designation) put on the row."""
    holder: str | None
    """Who holds the start place after designations and refills (``None``: empty)."""
    reason: str


@attrs.frozen
class Vacancy:
    """A start place freed by a skater who is not on the team: the refill policy's input.

    >>> v = Vacancy(Row.parse(13, "500#2"), "Dai Dai N'tab", ("A", "Dai Dai N'tab", "B"),
    ...             ("A", "B"), frozenset({"A"}), frozenset({"A"}))
    >>> next_team_finisher(v).name
    'B'
    """

    row: Row
    freed_by: str
    finishing: tuple[str, ...]
    """The OKT finishing order of the row's distance."""
    team: tuple[str, ...]
    holding: frozenset[str]
    """Team members who already hold a start place on this distance."""
    starting: frozenset[str]
    """Team members who already hold any individual start place (a row)."""

    @property
    def distance(self) -> int:
        """The distance of the freed row."""
        assert self.row.distance is not None
        return self.row.distance


@attrs.frozen
class Refill:
    """A refill decision: who gets the freed place and why.

    >>> Refill("Thomas Krol", "next team finisher").name
    'Thomas Krol'
    """

    name: str
    reason: str


RefillPolicy = Callable[[Vacancy], Refill | None]
"""Decides who gets a freed start place (``None`` leaves it empty)."""


def next_team_finisher(vacancy: Vacancy) -> Refill | None:
    """The default refill policy: the next OKT finisher on the distance who is on the team.

    Among the finishers behind the dropped skater who are on the team and do not yet hold a
    start place on this distance, the first one *without any individual start place* is
    preferred; if every such finisher already has one, the first of them gets it.

    Status: derived. No rule text was found; this reproduces the announced teams of 2018
    (the freed places went to team members down the OKT result), 2022 (Krol on the 500 m,
    Bosker on the 1500 m, tests/test_olympic.py) and 2026. Replace it with your own policy
    through ``select(..., refill=...)``.

    >>> v = Vacancy(Row.parse(10, "1500#3"), "Tijmen Snel",
    ...             ("Kjeld Nuis", "Thomas Krol", "Tijmen Snel", "Patrick Roest", "Marcel Bosker"),
    ...             ("Kjeld Nuis", "Thomas Krol", "Patrick Roest", "Marcel Bosker"),
    ...             frozenset({"Kjeld Nuis", "Thomas Krol"}),
    ...             frozenset({"Kjeld Nuis", "Thomas Krol", "Patrick Roest"}))
    >>> next_team_finisher(v)
    Refill(name='Marcel Bosker',
           reason='next team finisher on the 1500 m (5th) without an individual start place')
    """
    if not isinstance(vacancy, Vacancy):
        raise SelectionError(f"{shown(vacancy)} is not a Vacancy")
    finishing = vacancy.finishing
    start = finishing.index(vacancy.freed_by) + 1 if vacancy.freed_by in finishing else 0
    team = set(vacancy.team)
    candidates = [n for n in finishing[start:] if n in team and n not in vacancy.holding]
    if not candidates:
        return None
    d = vacancy.distance
    for name in candidates:
        if name not in vacancy.starting:
            place = ordinal(finishing.index(name) + 1)
            return Refill(
                name, f"next team finisher on the {d} m ({place}) without an individual start place"
            )
    name = candidates[0]
    return Refill(name, f"next team finisher on the {d} m ({ordinal(finishing.index(name) + 1)})")


def leave_empty(vacancy: Vacancy) -> Refill | None:
    """A refill policy that leaves every freed start place empty.

    >>> leave_empty(Vacancy(Row.parse(1, "500#1"), "A", ("A", "B"), ("B",),
    ...                     frozenset(), frozenset())) is None
    True
    """
    return None


@attrs.frozen
class Selection:
    """The outcome of :func:`select`: the walk, the team, the start places, and why.

    >>> order = SelectionOrder.build("demo", ["500#1", "1000#1", "500#2", "1000#2"], tickets=2)
    >>> sel = select(order, {500: ["Ann", "Bea"], 1000: ["Cor", "Ann", "Bea"]})
    >>> [str(u) for u in sel.names], sel.team, sel.start_places
    (['Ann (1)', 'Cor (2)', 'Bea (3)'], ('Ann', 'Cor'), {500: ('Ann',), 1000: ('Cor', 'Ann')})
    """

    order: SelectionOrder
    tickets: int
    names: tuple[UniqueName, ...]
    """Unique names in row order, each with the row where it first appears."""
    team: tuple[str, ...]
    """The selected skaters after designations, in walk order (designees not walked last)."""
    added: tuple[str, ...]
    assigned: tuple[tuple[int, str], ...]
    dropped: tuple[str, ...]
    """Skaters within the tickets of the walk pushed off by discretionary places."""
    rows: tuple[RowOutcome, ...]
    results: tuple[tuple[int, tuple[str, ...]], ...]
    mass_start: str | None = None

    @property
    def discretionary_used(self) -> int:
        """How many discretionary places the designations use."""
        return len(self.added) + len(self.assigned)

    @property
    def qualified(self) -> tuple[str, ...]:
        """The first ``tickets`` unique names of the walk (before person designations)."""
        return tuple(u.name for u in self.names[: self.tickets])

    @property
    def start_places(self) -> dict[int, tuple[str, ...]]:
        """Distance -> the team members starting there, by OKT place (designees last).

        The mass start is not included: see :attr:`mass_start`.
        """
        finishing = dict(self.results)
        out: dict[int, list[tuple[int, int, str]]] = {}
        for outcome in self.rows:
            d = outcome.row.distance
            if d is None or outcome.holder is None:
                continue
            order = finishing.get(d, ())
            rank = order.index(outcome.holder) if outcome.holder in order else len(order)
            out.setdefault(d, []).append((rank, outcome.row.number, outcome.holder))
        return {d: tuple(n for _, _, n in sorted(v)) for d, v in sorted(out.items())}

    def row(self, number: int) -> RowOutcome:
        """The outcome of row ``number`` (1-based)."""
        if type(number) is not int or not 1 <= number <= len(self.rows):
            raise SelectionError(f"{self.order.name} has no row {shown(number)}")
        return self.rows[number - 1]

    def walk_line(self) -> str:
        """The walk as the press prints it: ``"Krol (1), …, N'tab (9) | Kramer (10)"``."""
        short = press_names(u.name for u in self.names)
        inside = ", ".join(f"{short[u.name]} ({u.number})" for u in self.names[: self.tickets])
        beyond = ", ".join(f"{short[u.name]} ({u.number})" for u in self.names[self.tickets :])
        return printable(inside + (f" | {beyond}" if beyond else ""))

    def __str__(self) -> str:
        lines = [f"{self.order.name}: {self.tickets} tickets", f"walk: {self.walk_line()}"]
        designations = [f"{n} (person)" for n in self.added] + [
            f"{n} ({d} m)" for d, n in self.assigned
        ]
        if designations:
            lines.append(
                f"discretionary places ({len(designations)} of {self.order.discretionary}): "
                + ", ".join(designations)
            )
            lines.append("dropped: " + (", ".join(self.dropped) or "nobody"))
        lines.append(f"team ({len(self.team)}): " + ", ".join(self.team))
        width = max(len(str(o.row)) for o in self.rows)
        for o in self.rows:
            lines.append(f"{o.row.number:>3}  {o.row!s:<{width}}  {o.reason}")
        lines.append("start places:")
        for d, skaters in self.start_places.items():
            lines.append(f"  {d} m: " + ", ".join(skaters))
        if self.order.mass_start_row is not None:
            ms = self.rows[self.order.mass_start_row - 1].holder
            lines.append(f"  mass start: {ms or '(empty)'}")
        return "\n".join(printable(line) for line in lines)  # control characters escaped


# --- select ---------------------------------------------------------------------------------


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
        for place, name in enumerate(names, start=1):
            if not isinstance(name, str) or not name.strip():
                raise ResultsError(f"the {distance} m, place {place}: {shown(name)} is not a name")
            if name in seen:
                raise DuplicateError(
                    f"{name!r} is twice on the {distance} m (places {seen[name]} and {place})"
                )
            seen[name] = place
        checked[distance] = tuple(names)
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

    Raises :class:`UnknownRowError` at the first row no source gives.

    >>> fill_rows(selection_order("NED", 2022, "men"), {500: ["A", "B"]}, "C")[5:9]
    ['C', None, 'A', None]
    """
    occupants: list[str | None] = []
    for r in order.rows:
        if r.kind == "unknown":
            raise UnknownRowError(
                f"the walk reached row {r.number} of {order.name}, which is unknown (rows "
                + ", ".join(str(n) for n in order.unknown_rows)
                + f" are not given by {order.source}); build the full order with "
                "SelectionOrder.build(...) if you know it"
            )
        if r.kind == "mass_start":
            occupants.append(mass_start)
            continue
        assert r.distance is not None and r.place is not None
        names = results.get(r.distance, ())
        occupants.append(names[r.place - 1] if r.place <= len(names) else None)
    return occupants


def _iterable(value: Iterable[T], what: str) -> Iterable[T]:
    """``value`` if it can be iterated, else a :class:`SelectionError` naming it."""
    if not isinstance(value, Iterable):
        raise SelectionError(f"{what} must be a list of names, not {shown(value)}")
    return value


def _known(name: str, known: Sequence[str], what: str) -> str:
    if not isinstance(name, str):
        raise SelectionError(f"{what}: {shown(name)} is not a name")
    if name not in known:
        raise UnknownNameError(name, known, what=f"skater (as {what})")
    return name


def select(
    order: SelectionOrder,
    okt_results: OktResults,
    *,
    tickets: int | None = None,
    mass_start: str | None = None,
    added: Iterable[str] = (),
    assigned: Mapping[int, str] | None = None,
    designated: Mapping[int | str, str] | None = None,
    discretionary: int | None = None,
    skaters: Iterable[str] = (),
    refill: RefillPolicy = next_team_finisher,
) -> Selection:
    """Select the team: walk the order, apply the designations, refill freed start places.

    * ``okt_results``: distance (metres) -> finishing order (names, first place first); every
      distance of the order must be there (use :func:`outlook` while the OKT is running).
    * ``tickets``: how many skaters go (default: the order's, 9 in 2022).
    * ``mass_start``: the committee's skater for the mass-start row (required when the order
      has one). ``designated={"MS": name}`` is accepted too; its distance keys (metres)
      are distance designations like ``assigned``.
    * ``added``: person designations; ``assigned``: distance -> skater, distance
      designations. Together at most ``discretionary`` (default: the order's, 3).
    * ``skaters``: further eligible skaters who skated no OKT distance, so that they may be
      designated; every other designated name must appear in the results.
    * ``refill``: the policy for freed start places (:func:`next_team_finisher`).

    >>> order = SelectionOrder.build("demo", ["500#1", "MS", "500#2", "500#3"], tickets=2)
    >>> select(order, {500: ["Ann", "Bea", "Cor"]}, mass_start="Dot",
    ...        added=["Eve", "Fay"], discretionary=1, skaters=["Dot", "Eve", "Fay"])
    Traceback (most recent call last):
    ...
    skatecalc...DiscretionaryError: 2 designations (Eve, Fay) but demo allows at
    most 1 discretionary place(s)
    >>> select(order, {500: ["Ann", "Bea", "Cor"]}, mass_start="Anne")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown skater (as mass_start) 'Anne'; closest known: 'Ann'
    """
    results = check_results(order, okt_results)
    missing = [d for d in order.distances if d not in results]
    if missing:
        raise SelectionError(
            "no results for the "
            + ", ".join(f"{d} m" for d in missing)
            + f" (rows of {order.name}); use outlook() while the OKT is still running"
        )
    n_tickets, limit = check_limits(order, tickets, discretionary)
    if not callable(refill):
        raise SelectionError(f"refill {shown(refill)} is not a refill policy (a function)")
    for label, mapping in (("assigned", assigned), ("designated", designated)):
        if mapping is not None and not isinstance(mapping, Mapping):
            raise SelectionError(f"{label} must map distances to names, not {shown(mapping)}")

    assigned_map: dict[int, str] = dict(assigned or {})
    if designated:
        for key, name in designated.items():
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

    known = list(dict.fromkeys([n for names in results.values() for n in names]))
    extra = list(_iterable(skaters, "skaters"))
    for s in extra:
        if not isinstance(s, str) or not s.strip():
            raise SelectionError(f"skaters: {shown(s)} is not a name")
    known += [s for s in extra if s not in known]

    ms_row = order.mass_start_row
    if ms_row is not None and mass_start is None:
        raise SelectionError(
            f"row {ms_row} of {order.name} is the mass-start row: pass mass_start= "
            "(the committee's choice)"
        )
    if ms_row is None and mass_start is not None:
        raise SelectionError(f"{order.name} has no mass-start row for {shown(mass_start)}")
    if mass_start is not None:
        _known(mass_start, known, "mass_start")

    added_t = tuple(_iterable(added, "added")) if not isinstance(added, str) else (added,)
    for name in added_t:
        _known(name, known, "added")
    if len(set(added_t)) != len(added_t):
        twice = next(n for n in added_t if added_t.count(n) > 1)
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

    occupants = fill_rows(order, results, mass_start)
    earned = list(occupants)
    notes: dict[int, str] = {}
    for d, name in sorted(assigned_map.items()):
        low = order.lowest_row(d)
        rows_of_d = order.rows_of(d)
        for r in rows_of_d:
            if occupants[r.number - 1] == name and r.number != low.number:
                raise DiscretionaryError(
                    f"{name!r} already has a row on the {d} m (row {r.number}); a distance "
                    "designation would take another"
                )
        was = occupants[low.number - 1]
        occupants[low.number - 1] = name
        earned[low.number - 1] = name
        notes[low.number] = f"distance designation: {name}" + (
            f" takes the lowest {d} m row from {was}" if was and was != name else ""
        )

    names = walk(occupants)
    position = {u.name: u for u in names}
    designated_set = set(designees)
    keep = n_tickets - len(designees)
    walked_team = [u.name for u in names if u.name not in designated_set][: max(keep, 0)]
    team_set = set(walked_team) | designated_set
    team = tuple(
        [u.name for u in names if u.name in team_set] + [n for n in designees if n not in position]
    )
    dropped = tuple(u.name for u in names[:n_tickets] if u.name not in team_set)

    # start places: keep the rows of team members, then refill the freed ones in row order
    holders: list[str | None] = [n if n in team_set else None for n in occupants]
    outcomes: list[RowOutcome] = []
    for r, occ in zip(order.rows, occupants, strict=True):
        i = r.number - 1
        reason = _walk_reason(r, occ, position, n_tickets, team_set, added_t, notes)
        if occ is not None and occ not in team_set:
            vacancy_reason = _vacancy(r, occ, results, team, holders, order, refill)
            if isinstance(vacancy_reason, tuple):
                holders[i] = vacancy_reason[0]
                reason += f"; freed place to {vacancy_reason[0]}: {vacancy_reason[1]}"
            else:
                reason += f"; the start place stays empty: {vacancy_reason}"
        outcomes.append(RowOutcome(r, earned[i], holders[i], reason))

    return Selection(
        order=order,
        tickets=n_tickets,
        names=names,
        team=team,
        added=added_t,
        assigned=tuple(sorted(assigned_map.items())),
        dropped=dropped,
        rows=tuple(outcomes),
        results=tuple(sorted(results.items())),
        mass_start=mass_start,
    )


def _walk_reason(
    r: Row,
    name: str | None,
    position: Mapping[str, UniqueName],
    tickets: int,
    team: set[str],
    added: Sequence[str],
    notes: Mapping[int, str],
) -> str:
    if name is None:
        if r.kind == "mass_start":
            return "no mass-start skater"
        return f"nobody: OKT place {r.place} on the {r.distance} m was not reported"
    who = f"{name}: " if r.number not in notes else f"{notes[r.number]}; "
    u = position[name]
    if u.row != r.number:
        text = f"{who}already on the list (row {u.row})"
    elif u.number <= tickets:
        text = f"{who}unique name {u.number}"
    else:
        text = f"{who}unique name {u.number}, beyond the {tickets} tickets"
    if r.kind == "mass_start" and r.number not in notes:
        text += " (the committee's mass-start choice)"
    if u.row == r.number:
        if name in added:
            text += "; on the team by a person designation"
        elif u.number <= tickets and name not in team:
            text += "; pushed off by the discretionary places"
    return text


def _vacancy(
    r: Row,
    name: str,
    results: Mapping[int, Sequence[str]],
    team: tuple[str, ...],
    holders: list[str | None],
    order: SelectionOrder,
    refill: RefillPolicy,
) -> tuple[str, str] | str:
    if r.kind != "okt" or r.distance is None:
        return f"{name} is not on the team; the committee names another mass-start skater"
    finishing = tuple(results.get(r.distance, ()))
    holding = frozenset(
        h for h, row in zip(holders, order.rows, strict=True) if h and row.distance == r.distance
    )
    starting = frozenset(h for h in holders if h)
    decision = refill(Vacancy(r, name, finishing, team, holding, starting))
    if decision is not None and not isinstance(decision, Refill):
        raise SelectionError(
            f"the refill policy gave {shown(decision)} for row {r.number}: return a Refill or None"
        )
    if decision is None:
        return f"no team member finished behind {name} on the {r.distance} m"
    if decision.name not in team:
        raise SelectionError(
            f"the refill policy gave row {r.number} to {decision.name!r}, who is not on the team"
        )
    if decision.name in holding:
        raise SelectionError(
            f"the refill policy gave row {r.number} to {decision.name!r}, who already starts "
            f"on the {r.distance} m"
        )
    return (decision.name, decision.reason)
