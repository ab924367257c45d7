"""Refill policies: who gets a start place freed by a skater who is not on the team.

A skater pushed off the team by a discretionary place frees the start places they earned;
a refill policy decides who takes each one (``None`` leaves it empty)::

    >>> v = Vacancy(Row.parse(13, "500#2"), "Dai Dai N'tab", ("A", "Dai Dai N'tab", "B"),
    ...             ("A", "B"), frozenset({"A"}), frozenset({"A"}))
    >>> next_team_finisher(v).name, leave_empty(v)
    ('B', None)

Pass your own policy (a function of a :class:`Vacancy`) through
``select(..., refill=...)``.

Status: derived. The KNSB selection criteria say freed start places go to a selected skater
but give no order; :func:`next_team_finisher` reproduces the teams and start places the KNSB
announced after the OKT for 2018, 2022 and 2026.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from .._fields import shown
from ..errors import SelectionError
from .rows import Row, ordinal

__all__ = ["Refill", "RefillPolicy", "Vacancy", "leave_empty", "next_team_finisher"]


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
