"""Selection: walk the selection order, count unique names, apply the designations.

The rows are filled with the OKT finishers (and the committee's mass-start skater) and
walked in order (`skatecalc.olympic.walk`). A skater who appears again keeps that start
place without using another ticket; the first ``tickets`` unique names qualify::

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

Freed start places are refilled by a replaceable policy (`skatecalc.olympic.refill`).

Sources: the KNSB selection criteria for the Olympic Games (the walk, the two kinds of
designation, at most 3 discretionary places; NOS, 28 December 2021), verified against the
team selected after the OKT of December 2021; the refill policy is derived from the teams
announced in 2018, 2022 and 2026 (no rule text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from .. import _record
from ..errors import DiscretionaryError, SelectionError
from ..limits import shown
from ..messages import Message
from ..notation import printable
from ..tabular import Column, Tabular
from .okt import press_names
from .orders import (
    Row,
    SelectionOrder,
    selection_order,  # noqa: F401 (the doctests use it)
)
from .refill import (
    Refill,
    RefillPolicy,
    StartPlaces,
    Vacancy,
    leave_empty,
    next_team_finisher,
    refill_row,
)
from .walk import (
    MAX_PLACES,
    OktResults,
    UniqueName,
    check_designations,
    check_limits,
    check_results,
    fill_rows,
    walk,
    walk_reason,
)

__all__ = [
    "MAX_PLACES",
    "OktResults",
    "Refill",
    "RefillPolicy",
    "RowOutcome",
    "Selection",
    "SelectionEntry",
    "UniqueName",
    "Vacancy",
    "check_limits",
    "check_results",
    "fill_rows",
    "leave_empty",
    "next_team_finisher",
    "select",
    "walk",
]


@_record.frozen
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


@_record.frozen
class SelectionEntry:
    """One skater of a selection: a row of the [Selection][skatecalc.olympic.Selection] table.

    ``number`` and ``first_row`` are the unique-name number and the row of first appearance
    (``None`` for a designee the walk does not reach); ``status`` is ``"ticket"`` (within
    the tickets and on the team), ``"designated"`` (on the team by a designation),
    ``"dropped"`` (within the tickets, pushed off by the discretionary places) or ``"out"``
    (beyond the tickets); ``designation`` is ``"person"``, a distance such as ``"1500 m"``,
    or ``None``; ``distances`` the distances where the skater holds a start place.

    >>> SelectionEntry("Ann", 1, 1, "ticket", True, None, (500,), False).team
    True
    """

    name: str
    number: int | None
    first_row: int | None
    status: str
    team: bool
    designation: str | None
    distances: tuple[int, ...]
    mass_start: bool


def _holds(distance: int) -> Callable[[SelectionEntry], bool]:
    return lambda entry: distance in entry.distances


@_record.frozen(repr=False)
class Selection(Tabular[SelectionEntry]):
    """The outcome of [`select`][skatecalc.olympic.select]: the walk, the team, the start places,
    and why.

    >>> order = SelectionOrder.build("demo", ["500#1", "1000#1", "500#2", "1000#2"], tickets=2)
    >>> sel = select(order, {500: ["Ann", "Bea"], 1000: ["Cor", "Ann", "Bea"]})
    >>> [str(u) for u in sel.names], sel.team, sel.start_places
    (['Ann (1)', 'Cor (2)', 'Bea (3)'], ('Ann', 'Cor'), {500: ('Ann',), 1000: ('Cor', 'Ann')})

    A selection is a table ([`Tabular`][skatecalc.tabular.Tabular]) with one
    `SelectionEntry` per skater: the unique names of the walk in walk order, then any
    designee the walk does not reach. ``len(sel)``, ``sel[0]``, ``sel["Cor"]``, ``"Cor" in
    sel``, ``sel.get(name)``, ``sel.to_rows()`` (typed values); ``str(sel)`` prints it as the
    press does (``render_text(sel, "nl")`` in Dutch). Unlike the other tables,
    ``sel.names`` gives the walk's [`UniqueName`][skatecalc.olympic.UniqueName] entries (each with
    ``.name``, ``.number`` and ``.row``), as it always has; ``sel.skaters`` gives every name as
    text.

    >>> sel["Cor"].status, sel["Bea"].status, "Dot" in sel, sel.skaters, sel
    ('ticket', 'out', False, ('Ann', 'Cor', 'Bea'), <Selection: 3 rows, first Ann>)
    >>> sel.to_rows()[2]
    {'name': 'Bea', 'number': 3, 'first_row': 3, 'status': 'out', 'team': False,
     'designation': None, '500 m': False, '1000 m': False}
    """

    order: SelectionOrder
    tickets: int
    names: tuple[UniqueName, ...]  # type: ignore[assignment]
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
    entries: tuple[SelectionEntry, ...] = _record.field(init=False, eq=False)
    """The table's rows: one per skater, walked names first (built from the fields above)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "entries", self._entries())

    def _entries(self) -> tuple[SelectionEntry, ...]:
        designation: dict[str, str] = {n: "person" for n in self.added}
        designation.update((n, f"{d} m") for d, n in self.assigned)
        holding: dict[str, list[int]] = {}
        for d, skaters in self.start_places.items():
            for n in skaters:
                holding.setdefault(n, []).append(d)
        ms_row = self.order.mass_start_row
        ms = self.rows[ms_row - 1].holder if ms_row is not None else None
        team = set(self.team)
        walked = {u.name: u for u in self.names}
        people = [*walked, *(n for n in self.team if n not in walked)]
        out = []
        for name in people:
            u = walked.get(name)
            if name in designation:
                status = "designated"
            elif u is not None and u.number <= self.tickets:
                status = "ticket" if name in team else "dropped"
            else:
                status = "out"
            out.append(
                SelectionEntry(
                    name,
                    u.number if u else None,
                    u.row if u else None,
                    status,
                    name in team,
                    designation.get(name),
                    tuple(holding.get(name, ())),
                    ms is not None and ms == name,
                )
            )
        return tuple(out)

    def _table_rows(self) -> tuple[SelectionEntry, ...]:
        return self.entries

    @property
    def skaters(self) -> tuple[str, ...]:
        """Every skater of the table as text: the walk's unique names, then designees the
        walk does not reach."""
        return self._index().names

    def status(self, name: str) -> str:
        """What the walk and the designations made of ``name`` (see
        `SelectionEntry`): ``"ticket"``, ``"designated"``, ``"dropped"`` or ``"out"``.

        >>> order = SelectionOrder.build("demo", ["500#1", "500#2", "500#3"], tickets=1)
        >>> sel = select(order, {500: ["Ann", "Bea", "Cor"]}, added=["Cor"])
        >>> [sel.status(n) for n in sel.skaters]
        ['dropped', 'out', 'designated']
        """
        return self[name].status

    def _columns(self) -> tuple[Column, ...]:
        """``to_rows()``: name, number, first_row, status, team, designation (see
        `SelectionEntry`), a bool per distance (``"500 m"``) and ``"mass start"``."""
        has_ms = self.order.mass_start_row is not None
        return (
            Column("name", str, "the skater", get=lambda e: e.name),
            Column(
                "number", int, "the place in the walk; None: not reached", get=lambda e: e.number
            ),
            Column("first_row", int, "the first row naming the skater", get=lambda e: e.first_row),
            Column("status", str, "see SelectionEntry", get=lambda e: e.status),
            Column("team", bool, "whether the skater is in the team", get=lambda e: e.team),
            Column("designation", str, "person, a distance or None", get=lambda e: e.designation),
            *(
                Column(f"{d} m", bool, f"a start place on the {d} m", get=_holds(d))
                for d in self.order.distances
            ),
            *(
                (Column("mass start", bool, "a mass-start place", get=lambda e: e.mass_start),)
                if has_ms
                else ()
            ),
        )

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

        The mass start is not included: see `mass_start`.
        """
        place: dict[int, dict[str, int]] = {}  # distance -> name -> OKT place (0-based)
        out: dict[int, list[tuple[int, int, str]]] = {}
        finishing = dict(self.results)
        for outcome in self.rows:
            d = outcome.row.distance
            if d is None or outcome.holder is None:
                continue
            if d not in place:
                names = finishing.get(d, ())
                place[d] = {n: i for i, n in reversed(list(enumerate(names)))}
            rank = place[d].get(outcome.holder, len(finishing.get(d, ())))
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


# --- select ---------------------------------------------------------------------------------


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
      distance of the order must be there (use `outlook` while the OKT is running).
    * ``tickets``: how many skaters go (default: the order's, 9 in 2022).
    * ``mass_start``: the committee's skater for the mass-start row (required when the order
      has one). ``designated={"MS": name}`` is accepted too; its distance keys (metres)
      are distance designations like ``assigned``.
    * ``added``: person designations; ``assigned``: distance -> skater, distance
      designations. Together at most ``discretionary`` (default: the order's, 3).
    * ``skaters``: further eligible skaters who skated no OKT distance, so that they may be
      designated; every other designated name must appear in the results.
    * ``refill``: the policy for freed start places
      ([`next_team_finisher`][skatecalc.olympic.next_team_finisher]).

    Cost: O(n log n) in rows and finishers, whatever the number of tickets: the walk, the
    designations and the start places are linear, and each freed start place costs O(log n)
    amortised with the default policy. A policy gets a [`Vacancy`][skatecalc.olympic.Vacancy]
    whose ``team`` and ``finishing`` are shared tuples and whose ``holding`` and
    ``starting`` are read-only set views made in O(1) (unchanged by later refills);
    [`next_team_finisher`][skatecalc.olympic.next_team_finisher] walks the finishing order
    with skip lists per distance. A policy of your own costs what it does with the vacancy
    (``benchmarks/bench_scaling.py`` measures ten tickets and tickets growing with rows).

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
    skatecalc.errors.UnknownNameError: unknown skater (designated for the mass start) 'Anne'; ...
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
    chosen = check_designations(
        order,
        results,
        tickets=n_tickets,
        limit=limit,
        mass_start=mass_start,
        added=added,
        assigned=assigned,
        designated=designated,
        skaters=skaters,
    )
    mass_start, added_t, assigned_map = chosen.mass_start, chosen.added, dict(chosen.assigned)
    designees = list(chosen.designees)

    occupants = fill_rows(order, results, mass_start)
    earned = list(occupants)
    notes: dict[int, Message] = {}
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
        takes = was and was != name  # the designated skater takes the row from another
        key = "olympic.walk_designation_takes" if takes else "olympic.walk_designation"
        notes[low.number] = Message(key, name=name, distance=d, was=was)

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
    places = StartPlaces(order, holders, results, team)
    outcomes: list[RowOutcome] = []
    added_set = frozenset(added_t)
    for r, occ in zip(order.rows, occupants, strict=True):
        i = r.number - 1
        reason = walk_reason(r, occ, position, n_tickets, team_set, added_set, notes)
        if occ is not None and occ not in team_set:
            vacancy_reason = refill_row(r, occ, places, refill)
            if isinstance(vacancy_reason, tuple):
                who, why = vacancy_reason
                places.give(i, who)
                reason = Message("olympic.refill_given", reason=reason, name=who, why=why)
            else:
                reason = Message("olympic.refill_empty", reason=reason, why=vacancy_reason)
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
