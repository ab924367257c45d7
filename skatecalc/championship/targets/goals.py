"""``required_time``: from a goal (beat a skater, reach a rank) to a
[`Requirement`][skatecalc.championship.targets.Requirement].

Rules (see ``docs/required-time.md``): "beat" means a strictly lower final total
(``tie=True``: an equal one will do); "reach rank k" counts against the skaters who have
finished the distance, and those still to skate who could still pass are listed in
`Requirement.contenders`. When the opponent has not skated, the answer is a margin.

One question costs O(log n) once the race state of the table is known (it is worked out
once per table and distance: see `skatecalc.championship.targets.race`), so asking for every skater
still to skate costs O(n log n) in all. The contenders of a rank goal are listed when first read (a
list of up to n names: reading it for every skater is O(n) each, by its size).
"""

from __future__ import annotations

from decimal import Decimal

from ...errors import GoalError
from ...limits import shown
from ...samalog import as_points
from ...time import RaceTime, Status
from ..standings import Standing, Standings
from .inverse import count, points, time_arg
from .race import Race, member, race_of
from .requirement import Requirement, known

__all__ = ["required_time"]


def required_time(
    table: Standings,
    skater: str,
    *,
    beat: str | None = None,
    rank: int | None = None,
    opponent_time: str | Decimal | RaceTime | None = None,
    distance: int | None = None,
    tie: bool = False,
    reference: str | Decimal | RaceTime | None = None,
) -> Requirement:
    """The time (or margin) ``skater`` needs on the next (or a named) distance to finish
    ahead of ``beat`` or to reach rank ``rank``.

    * ``beat``: with the opponent's time on the distance known (``opponent_time``, or
      their time already in the table) the answer is `Requirement.time`; otherwise a
      margin relative to the opponent's coming time (`Requirement.margin`).
    * ``rank``: counted against the skaters who have finished the distance; the rank is
      passed outright (``tie=True``: shared). Raises [`GoalError`][skatecalc.errors.GoalError]
      when fewer than ``rank`` skaters have finished (any time reaches it for now).
    * ``distance`` defaults to ``table.next_distance``; a named distance must be in the
      combination and not yet counted (its first occurrence still to come is meant).
    * ``reference``: a time to compare with (a personal best, the track record).

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19", "1:13.13"],
    ...                             "K": ["37.07", "1:14.35", "37.07"],
    ...                             "L": ["37.41", "1:13.71", "37.57"]}, after=3)
    >>> need = sc.required_time(t, "K", rank=1, reference="1:11.61")
    >>> need.time, need.opponent, need.within_reference, need.contenders
    (RaceTime('1:12.45'), 'T', True, ('L',))
    >>> sc.required_time(t, "K", beat="TT")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownNameError: unknown skater 'TT'; closest known: 'T'
    """
    if (beat is None) == (rank is None):
        raise GoalError("give exactly one goal: beat=NAME or rank=K")
    if type(tie) is not bool:
        raise GoalError(f"tie={shown(tie)} must be True or False")
    race = race_of(table, distance)
    me = member(race, table, skater, "skater")
    ref = None if reference is None else time_arg(reference, "reference time")
    mine = race.result(me)
    assert me.total_thousandths is not None
    if mine is not None:
        if isinstance(mine, Status):
            raise GoalError(f"{shown(skater)} has {mine} on the {race.label()}: no total")
        final = race.final_total(me)
        assert final is not None
        raise GoalError(
            f"goal already settled: {shown(skater)} has already skated the {race.label()} in"
            f" {mine} (total {as_points(final):.3f})"
        )
    if rank is not None:
        if opponent_time is not None:
            raise GoalError("opponent_time applies to beat=NAME, not to rank=K")
        return _rank(race, me, rank, tie, ref)
    assert beat is not None
    return _beat(race, table, me, beat, opponent_time, tie, ref)


def _beat(
    race: Race,
    table: Standings,
    me: Standing,
    beat: str,
    opponent_time: str | Decimal | RaceTime | None,
    tie: bool,
    ref: RaceTime | None,
) -> Requirement:
    if beat == me.name:
        raise GoalError(f"{shown(me.name)} cannot be asked to beat themselves")
    them = member(race, table, beat, "opponent", me.name)
    beat = them.name  # the spelling of the table (the identity rule of skatecalc.names)
    assert me.total_thousandths is not None and them.total_thousandths is not None
    theirs = race.result(them)
    if isinstance(theirs, Status):
        raise GoalError(
            f"goal already reached: {shown(beat)} has {theirs} on the {race.label()}, so"
            f" any finishing time ranks {shown(me.name)} ahead (a skater who stops is"
            " ranked below those who finish the distance, or unranked)"
        )
    given = None if opponent_time is None else time_arg(opponent_time, "opponent time")
    if theirs is not None and given is not None and given.hundredths != theirs.hundredths:
        raise GoalError(
            f"opponent time {given} differs from {shown(beat)}'s {theirs} on the {race.label()}"
            " in the table"
        )
    ty = theirs if theirs is not None else given
    if ty is None:
        return Requirement(
            me.name,
            race.distance,
            race.index,
            me.total_thousandths,
            beat=beat,
            tie=tie,
            opponent=beat,
            opponent_total=them.total_thousandths,
            reference=ref,
            rounding=race.rounding,
            notes=race.notes,
        )
    return known(
        me.name,
        me.total_thousandths,
        beat,
        them.total_thousandths + points(ty.hundredths, race.distance, race.rounding),
        race.distance,
        race.index,
        race.rounding,
        tie=tie,
        reference=ref,
        beat=beat,
        opponent_total=them.total_thousandths,
        opponent_time=ty,
        notes=race.notes,
    )


def _check_rank(race: Race, rank: int) -> None:
    if type(rank) is not int or rank < 1:
        raise GoalError(f"rank={shown(rank)} must be a whole number from 1")
    if rank > len(race.field):
        raise GoalError(
            f"rank {shown(rank)} is beyond the field: {count(len(race.field), 'skater')}"
            f" {'skates' if len(race.field) == 1 else 'skate'}"
            f" the {race.label()}"
        )


def _rank(race: Race, me: Standing, rank: int, tie: bool, ref: RaceTime | None) -> Requirement:
    _check_rank(race, rank)
    finished = race.finished  # without the skater: they have not skated it yet
    if len(finished) < rank:
        raise GoalError(
            f"goal already reached: only {count(len(finished), 'skater')}"
            f" {'has' if len(finished) == 1 else 'have'} finished the"
            f" {race.label()}, so any finishing time puts {shown(me.name)} in the top {rank} of"
            " them for now (those still to skate can change that)"
        )
    target, name = finished[rank - 1]
    assert me.total_thousandths is not None
    return known(
        me.name,
        me.total_thousandths,
        name,
        target,
        race.distance,
        race.index,
        race.rounding,
        tie=tie,
        reference=ref,
        rank=rank,
        finished=race.finished_names,
        contenders=lambda final: race.contenders(me.name, final),
        notes=race.notes,
    )
