"""Refill policies: who gets a start place freed by a skater who is not on the team.

A skater pushed off the team by a discretionary place frees the start places they earned;
a refill policy decides who takes each one (``None`` leaves it empty)::

    >>> v = Vacancy(Row.parse(13, "500#2"), "Dai Dai N'tab", ("A", "Dai Dai N'tab", "B"),
    ...             ("A", "B"), frozenset({"A"}), frozenset({"A"}))
    >>> next_team_finisher(v).name, leave_empty(v)
    ('B', None)

Pass your own policy (a function of a [`Vacancy`][skatecalc.olympic.Vacancy]) through
``select(..., refill=...)``.

Status: derived. The KNSB selection criteria say freed start places go to a selected skater
but give no order; [`next_team_finisher`][skatecalc.olympic.next_team_finisher] reproduces the teams
and start places the KNSB announced after the OKT for 2018, 2022 and 2026.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import attrs

from .._fields import shown
from ..errors import SelectionError
from .orders import SelectionOrder
from .rows import Row, ordinal

__all__ = [
    "Refill",
    "RefillPolicy",
    "StartPlaces",
    "Vacancy",
    "leave_empty",
    "next_team_finisher",
    "refill_row",
]


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
    places: Mapping[str, int] | None = attrs.field(default=None, eq=False, repr=False)
    """The 0-based place of each name in ``finishing`` (``select`` passes one per distance,
    so that a policy need not search the finishing order; ``None``: not given)."""

    def place_of(self) -> Mapping[str, int]:
        """The 0-based place of each name in ``finishing``."""
        if self.places is not None:
            return self.places
        return {n: i for i, n in reversed(list(enumerate(self.finishing)))}

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
    places = vacancy.place_of()
    freed = places.get(vacancy.freed_by)
    start = freed + 1 if freed is not None else 0
    # the team members behind the freed place, in finishing order (the team is the short list)
    candidates = sorted(
        (places[n], n)
        for n in set(vacancy.team)
        if places.get(n, -1) >= start and n not in vacancy.holding
    )
    if not candidates:
        return None
    d = vacancy.distance
    for place, name in candidates:
        if name not in vacancy.starting:
            return Refill(
                name,
                f"next team finisher on the {d} m ({ordinal(place + 1)}) without an individual"
                " start place",
            )
    place, name = candidates[0]
    return Refill(name, f"next team finisher on the {d} m ({ordinal(place + 1)})")


def leave_empty(vacancy: Vacancy) -> Refill | None:
    """A refill policy that leaves every freed start place empty.

    >>> leave_empty(Vacancy(Row.parse(1, "500#1"), "A", ("A", "B"), ("B",),
    ...                     frozenset(), frozenset())) is None
    True
    """
    return None


class StartPlaces:
    """Who holds which start place while [`select`][skatecalc.olympic.select] refills freed
    rows: per distance and overall, kept up to date so that each vacancy is O(team size).
    """

    def __init__(
        self,
        order: SelectionOrder,
        holders: list[str | None],
        results: Mapping[int, Sequence[str]],
        team: tuple[str, ...],
    ) -> None:
        self.order = order
        self.holders = holders
        self.results = results
        self.team = team
        self.team_set = frozenset(team)
        self.by_distance: dict[int | None, Counter[str]] = {}
        self.anywhere: Counter[str] = Counter()
        for h, row in zip(holders, order.rows, strict=True):
            if h:
                self.by_distance.setdefault(row.distance, Counter())[h] += 1
                self.anywhere[h] += 1
        self._frozen: dict[int | None, frozenset[str]] = {}
        self._starting: frozenset[str] | None = None
        self._places: dict[int, dict[str, int]] = {}

    def holding(self, distance: int) -> frozenset[str]:
        """Team members holding a start place on ``distance``."""
        if distance not in self._frozen:
            self._frozen[distance] = frozenset(self.by_distance.get(distance, ()))
        return self._frozen[distance]

    def starting(self) -> frozenset[str]:
        """Team members holding any start place."""
        if self._starting is None:
            self._starting = frozenset(self.anywhere)
        return self._starting

    def places(self, distance: int) -> dict[str, int]:
        """The 0-based OKT place of each finisher on ``distance``."""
        if distance not in self._places:
            names = self.results.get(distance, ())
            self._places[distance] = {n: i for i, n in reversed(list(enumerate(names)))}
        return self._places[distance]

    def give(self, index: int, name: str) -> None:
        """Row index ``index`` (0-based) goes to ``name``."""
        distance = self.order.rows[index].distance
        self.holders[index] = name
        self.by_distance.setdefault(distance, Counter())[name] += 1
        self.anywhere[name] += 1
        self._frozen.pop(distance, None)
        self._starting = None


def refill_row(
    r: Row, name: str, places: StartPlaces, refill: RefillPolicy
) -> tuple[str, str] | str:
    """Ask ``refill`` who takes row ``r``, freed by ``name``: ``(who, why)``, or why the
    start place stays empty. A decision that is not a team member, or one who already
    starts on the distance, is refused."""
    if r.kind != "okt" or r.distance is None:
        return f"{name} is not on the team; the committee names another mass-start skater"
    finishing = tuple(places.results.get(r.distance, ()))
    holding = places.holding(r.distance)
    vacancy = Vacancy(
        r, name, finishing, places.team, holding, places.starting(), places.places(r.distance)
    )
    decision = refill(vacancy)
    if decision is not None and not isinstance(decision, Refill):
        raise SelectionError(
            f"the refill policy gave {shown(decision)} for row {r.number}: return a Refill or None"
        )
    if decision is None:
        return f"no team member finished behind {name} on the {r.distance} m"
    if decision.name not in places.team_set:
        raise SelectionError(
            f"the refill policy gave row {r.number} to {decision.name!r}, who is not on the team"
        )
    if decision.name in holding:
        raise SelectionError(
            f"the refill policy gave row {r.number} to {decision.name!r}, who already starts "
            f"on the {r.distance} m"
        )
    return (decision.name, decision.reason)
