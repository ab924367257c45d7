"""Scores, tallies and the replaceable tie-break of a World Cup classification.

Cup standings are ordered by points, then by most race wins (verified: 2016/17 team
pursuit; 2024/25 press reports), then by a *tie-break*: a function from a
[Tally][skatecalc.worldcup.tiebreak.Tally] to a tuple of integers, a key where **lower is
better** (as the championship's tie-break). The ISU's order after the wins is not verified,
so the default, [no_tie_break][skatecalc.worldcup.tiebreak.no_tie_break], separates nobody:
entrants equal on points and wins share the rank.
[countback][skatecalc.worldcup.tiebreak.countback] (more 2nd places, then more 3rd places,
...) is offered as an alternative; pass any function of your own the same way::

    >>> t = Tally("Kai Verbij", 150, 0, (Score("HVN1", 2, None, 80), Score("HVN2", 3, None, 70)))
    >>> no_tie_break(t), countback(t)
    ((), (0, 2, 0, 3, 1))

In releases up to 0.1.0 the World Cup tie-break meant the opposite (a greater tuple ranked
ahead). A function written that way keeps its meaning when wrapped with
[higher_is_better][skatecalc.worldcup.tiebreak.higher_is_better]::

    >>> def most_races(t: Tally) -> tuple[int, ...]:  # old style: greater ranks ahead
    ...     return (len(t.results),)
    >>> higher_is_better(most_races)(t)
    (0, -2, 1)

Status of the criteria after the wins: unverified (that is why they are replaceable).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ..errors import ResultsError
from ..limits import shown
from ..time import Status

__all__ = ["Score", "Tally", "TieBreak", "countback", "higher_is_better", "no_tie_break"]


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


def _scores(value: object) -> tuple[Score, ...]:
    """A tally's race scores: a sequence of `Score`, kept as a tuple."""
    scores = tuple(value) if isinstance(value, (tuple, list)) else None
    if scores is None or not all(isinstance(s, Score) for s in scores):
        raise ResultsError(f"a tally's results must be a tuple of Score, not {shown(value)}")
    return scores


@attrs.frozen
class Tally:
    """An entrant's record in a cup: total points, race wins and every race score.

    >>> Tally("Nico Ihle", 80, 0, (Score("HVN1", 2, None, 80),)).places
    (2,)
    """

    name: str
    points: int
    wins: int
    results: tuple[Score, ...] = attrs.field(converter=_scores)

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
"""A tie-break after points and wins: a key where lower ranks ahead; equal keys share the
rank."""


def no_tie_break(tally: Tally) -> tuple[int, ...]:
    """The default: after points and most wins nobody is separated (they share the rank).

    >>> no_tie_break(Tally("X", 10, 0, ()))
    ()
    """
    return ()


def _reversed_order(values: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    """A key whose order (lower first) is the reverse of the tuple order of ``values``,
    prefixes included: each value ``v`` becomes ``(0, -v)`` and the key ends with ``1``, so
    that a tuple that extends another (greater as a tuple) gets the lower key."""
    key: list[int] = []
    for v in values:
        key += (0, -v)
    key.append(1)
    return tuple(key)


def countback(tally: Tally) -> tuple[int, ...]:
    """More 2nd places, then more 3rd places, and so on (status: unverified for the ISU).

    Compares the sorted places one by one, best first; with an equal prefix the entrant
    with more placed results ranks ahead. The key lists each place as ``(0, place)`` and
    ends with ``1`` (lower is better; the ``1`` makes the longer list of places rank
    ahead of a shorter one it extends).

    >>> countback(Tally("X", 0, 0, (Score("A", 5, None, 0), Score("B", 2, None, 0))))
    (0, 2, 0, 5, 1)
    >>> shorter = countback(Tally("Y", 0, 0, (Score("A", 2, None, 0),)))
    >>> countback(Tally("X", 0, 0, (Score("A", 5, None, 0), Score("B", 2, None, 0)))) < shorter
    True
    """
    if not isinstance(tally, Tally):
        raise ResultsError(f"{shown(tally)} is not a Tally (an entrant's scores)")
    return _reversed_order([-p for p in sorted(tally.places)])


def higher_is_better(tie_break: Callable[[Tally], tuple[int, ...]]) -> TieBreak:
    """Adapt a tie-break written for the old meaning (a greater tuple ranks ahead) to the
    current one (lower is better): the ranking it gives is unchanged.

    >>> def most_wins_then_most_races(t: Tally) -> tuple[int, ...]:
    ...     return (t.wins, len(t.results))
    >>> key = higher_is_better(most_wins_then_most_races)
    >>> key(Tally("A", 0, 2, ())) < key(Tally("B", 0, 1, ()))
    True
    """
    if not callable(tie_break):
        raise ResultsError(f"tie_break {shown(tie_break)} is not a function of a Tally")

    def key(tally: Tally) -> tuple[int, ...]:
        value = tie_break(tally)
        if not isinstance(value, tuple) or any(type(x) is not int for x in value):
            return value  # the cup names the bad value
        return _reversed_order(value)

    key.__name__ = f"higher_is_better({getattr(tie_break, '__name__', 'tie_break')})"
    key.__doc__ = tie_break.__doc__
    return key
