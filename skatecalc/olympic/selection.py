"""Selection: walk the selection order, count unique names, apply the designations.

The rows are filled with the OKT finishers (and the committee's mass-start skater) and
walked in order (:mod:`skatecalc.olympic.walk`). A skater who appears again keeps that start
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

Start places freed by a dropped skater are refilled by a replaceable policy
(:mod:`skatecalc.olympic.refill`: :func:`next_team_finisher` by default, :func:`leave_empty`
to keep them open).

Sources: the KNSB selection criteria for the Olympic Games (the walk, the two kinds of
designation, at most 3 discretionary places; NOS, 28 December 2021), verified against the
team selected after the OKT of December 2021; the refill policy is derived from the teams
announced in 2018, 2022 and 2026 (no rule text).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from .._fields import shown
from .._text import printable
from ..errors import (
    DuplicateError,
    InvalidDistanceError,
    UnknownNameError,
)
from ..tabular import RowValue, Tabular
from ._names import press_names
from .errors import DiscretionaryError, SelectionError
from .orders import (
    MASS_START,
    Row,
    SelectionOrder,
    selection_order,  # noqa: F401 (the doctests use it)
)
from .refill import Refill, RefillPolicy, Vacancy, leave_empty, next_team_finisher
from .walk import (
    MAX_PLACES,
    OktResults,
    UniqueName,
    _iterable,
    check_limits,
    check_results,
    fill_rows,
    no_mass_start_row,
    walk,
)

__all__ = [
    "MAX_PLACES",
    "OktResults",
    "Refill",
    "RefillPolicy",
    "RowOutcome",
    "Selection",
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


@attrs.frozen(repr=False)
class Selection(Tabular[UniqueName]):
    """The outcome of :func:`select`: the walk, the team, the start places, and why.

    >>> order = SelectionOrder.build("demo", ["500#1", "1000#1", "500#2", "1000#2"], tickets=2)
    >>> sel = select(order, {500: ["Ann", "Bea"], 1000: ["Cor", "Ann", "Bea"]})
    >>> [str(u) for u in sel.names], sel.team, sel.start_places
    (['Ann (1)', 'Cor (2)', 'Bea (3)'], ('Ann', 'Cor'), {500: ('Ann',), 1000: ('Cor', 'Ann')})

    A selection is a table (:class:`~skatecalc.tabular.Tabular`) whose rows are the unique
    names of the walk, in walk order: ``len(sel)``, ``sel[0]``, ``sel["Cor"]`` (its
    :class:`UniqueName`), ``"Cor" in sel`` (walked), ``sel.get(name)``. Unlike the other
    tables, ``sel.names`` gives those rows (:class:`UniqueName`, each with ``.name``), as it
    always has; ``sel.skaters`` gives the names as text. ``str(sel)`` prints it as the press
    does (``render_text(sel, "nl")`` in Dutch), ``sel.to_rows()`` as typed values:

    >>> sel["Cor"], "Dot" in sel, sel.skaters, sel
    (UniqueName(number=2, name='Cor', row=2), False, ('Ann', 'Cor', 'Bea'),
     <Selection: 3 rows, first Ann>)
    >>> sel.to_rows()[2]
    {'number': 3, 'name': 'Bea', 'first_row': 3, 'status': 'out', 'team': False,
     'designation': None, '500 m': False, '1000 m': False}
    """

    _lead_label = "first"

    order: SelectionOrder
    tickets: int
    names: tuple[UniqueName, ...]  # type: ignore[assignment]
    """Unique names in row order, each with the row where it first appears (the rows)."""
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

    def _table_rows(self) -> tuple[UniqueName, ...]:
        return self.names

    @property
    def skaters(self) -> tuple[str, ...]:
        """The walk's unique names as text, in walk order (``[u.name for u in sel.names]``)."""
        return self._index().names

    def status(self, name: str) -> str:
        """What the walk and the designations made of ``name`` (a walked skater):

        * ``"ticket"``: within the tickets of the walk and on the team;
        * ``"designated"``: on the team by a person or a distance designation;
        * ``"dropped"``: within the tickets of the walk but pushed off by the discretionary
          places;
        * ``"out"``: beyond the tickets and not designated.

        >>> order = SelectionOrder.build("demo", ["500#1", "500#2", "500#3"], tickets=1)
        >>> sel = select(order, {500: ["Ann", "Bea", "Cor"]}, added=["Cor"])
        >>> [sel.status(n) for n in sel.skaters]
        ['dropped', 'out', 'designated']
        """
        u = self[name]
        if u.name in self.added or any(n == u.name for _, n in self.assigned):
            return "designated"
        if u.number <= self.tickets:
            return "ticket" if u.name in self.team else "dropped"
        return "out"

    def to_rows(self) -> list[dict[str, RowValue]]:
        """One dict per walked skater, in walk order (see :mod:`skatecalc.tabular`):
        ``number`` (int, the unique-name number), ``name``, ``first_row`` (int),
        ``status`` (text, see :meth:`status`), ``team`` (bool), ``designation``
        (``"person"``, the distance such as ``"500 m"``, or ``None``), then one bool column
        per distance (``"500 m"``: holds a start place there) and ``"mass start"`` when the
        order has a mass-start row.
        """
        places = self.start_places
        designation: dict[str, str] = {n: "person" for n in self.added}
        designation.update((n, f"{d} m") for d, n in self.assigned)
        ms_row = self.order.mass_start_row
        ms = self.rows[ms_row - 1].holder if ms_row is not None else None
        holding = {d: set(v) for d, v in places.items()}
        team = set(self.team)
        out: list[dict[str, RowValue]] = []
        for u in self.names:
            row: dict[str, RowValue] = {
                "number": u.number,
                "name": u.name,
                "first_row": u.row,
                "status": self.status(u.name),
                "team": u.name in team,
                "designation": designation.get(u.name),
            }
            for d in self.order.distances:
                row[f"{d} m"] = u.name in holding.get(d, ())
            if ms_row is not None:
                row["mass start"] = ms == u.name
            out.append(row)
        return out


# --- select ---------------------------------------------------------------------------------


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
        no_mass_start_row(order, mass_start)
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
