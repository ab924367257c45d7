"""Scores, tallies and the replaceable tie-break of a World Cup classification.

Cup standings are ordered by points, then by most race wins (verified: 2016/17 team
pursuit; 2024/25 press reports), then by a *tie-break*: a function from a :class:`Tally`
to a tuple of integers, where a greater tuple ranks ahead. The ISU's order after the wins
is not verified, so the default, :func:`no_tie_break`, separates nobody: entrants equal on
points and wins share the rank. :func:`countback` (more 2nd places, then more 3rd places,
...) is offered as an alternative; pass any function of your own the same way::

    >>> t = Tally("Kai Verbij", 150, 0, (Score("HVN1", 2, None, 80), Score("HVN2", 3, None, 70)))
    >>> no_tie_break(t), countback(t)
    ((), (-2, -3))

Status of the criteria after the wins: unverified (that is why they are replaceable).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ..time import Status

__all__ = ["Score", "Tally", "TieBreak", "countback", "no_tie_break"]


@attrs.frozen
class Score:
    """One entrant's result in one race: place (or status) and the World Cup points.

    >>> Score("HVN1", 1, None, 100).won
    True
    >>> str(Score("ERF1", None, Status.DNS, 0))
    'ERF1: DNS, 0'
    """

    race: str
    place: int | None
    status: Status | None
    points: int

    @property
    def won(self) -> bool:
        """True for a race win (place 1)."""
        return self.place == 1

    def __str__(self) -> str:
        what = str(self.status) if self.status is not None else f"{self.place}."
        return f"{self.race}: {what}, {self.points}"


@attrs.frozen
class Tally:
    """An entrant's record in a cup: total points, race wins and every race score.

    >>> Tally("Nico Ihle", 80, 0, (Score("HVN1", 2, None, 80),)).places
    (2,)
    """

    name: str
    points: int
    wins: int
    results: tuple[Score, ...]

    @property
    def places(self) -> tuple[int, ...]:
        """The places achieved (statuses left out), in race order."""
        return tuple(s.place for s in self.results if s.place is not None)

    def plus(self, *scores: Score) -> Tally:
        """This tally with more race scores added.

        >>> Tally("X", 0, 0, ()).plus(Score("R1", 1, None, 100)).points
        100
        """
        return Tally(
            self.name,
            self.points + sum(s.points for s in scores),
            self.wins + sum(1 for s in scores if s.won),
            self.results + scores,
        )


TieBreak = Callable[[Tally], tuple[int, ...]]
"""A tie-break after points and wins: greater tuples rank ahead; equal tuples share the rank."""


def no_tie_break(tally: Tally) -> tuple[int, ...]:
    """The default: after points and most wins nobody is separated (they share the rank).

    >>> no_tie_break(Tally("X", 10, 0, ()))
    ()
    """
    return ()


def countback(tally: Tally) -> tuple[int, ...]:
    """More 2nd places, then more 3rd places, and so on (status: unverified for the ISU).

    Compares the sorted places one by one, best first; with an equal prefix the entrant
    with more placed results ranks ahead.

    >>> countback(Tally("X", 0, 0, (Score("A", 5, None, 0), Score("B", 2, None, 0))))
    (-2, -5)
    """
    return tuple(-p for p in sorted(tally.places))
