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

The broadcaster's time-to-beat board: for every skater still to skate a distance, the
slowest time that takes the lead and the slowest that reaches the podium against the
skaters who have finished.

[`Board`][skatecalc.championship.targets.Board] is a table like every other result
([`Tabular`][skatecalc.tabular.Tabular]): its rows are the
[`BoardLine`][skatecalc.championship.targets.BoardLine] of the skaters still to skate, looked up by
position or by name; ``str(board)`` prints it as a broadcaster shows it (the renderer is registered
by `skatecalc.text.championship`).
"""

from __future__ import annotations

from decimal import Decimal

from ... import _record
from ...errors import GoalError
from ...limits import MAX_RACE_TIME_HUNDREDTHS, shown
from ...samalog import as_points
from ...tabular import Column, RowValue, Tabular, render_text
from ...time import Lang, RaceTime, Status
from ..standings import Standing, Standings
from .race import Race, count, member, points, race_of, slowest, time_arg
from .requirement import Requirement, Target, known

__all__ = ["Board", "BoardLine", "board", "required_time"]


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
    beat = them.name  # the spelling of the table (the identity rule of skatecalc.notation)
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


@_record.frozen
class BoardLine:
    """A skater still to skate: current rank and total, the times for the lead and the
    podium.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
    ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
    >>> line = sc.board(t).lines[0]
    >>> line.name, line.points, str(line.lead.time), line.podium.certain
    ('T', Decimal('110.980'), '1:14.66', True)
    """

    name: str
    nation: str | None
    rank: int | None
    total: int
    lead: Target
    podium: Target

    @property
    def points(self) -> Decimal:
        """The total before the distance (three places)."""
        return as_points(self.total)


def _target_columns(key: str, what: str) -> tuple[Column, ...]:
    def target(line: BoardLine) -> Target:
        found: Target = getattr(line, key)
        return found

    return (
        Column(
            key,
            RaceTime,
            f"the slowest official time for {what}; None: any time, or none",
            get=lambda line: target(line).time,
        ),
        Column(
            f"{key}_to_pass",
            str,
            f"the finished skater to pass for {what}",
            get=lambda line: target(line).to_pass,
        ),
    )


_LEAD, _PODIUM = _target_columns("lead", "the lead"), _target_columns("podium", "the podium")


@_record.frozen(repr=False)
class Board(Tabular[BoardLine]):
    """The time-to-beat board for a distance: for every skater still to skate, the
    slowest time that takes the lead and the slowest that reaches the podium against the
    skaters who have finished.

    ``finished`` holds (name, final total) of those done, best first. The board is a table
    of its `lines`: ``len(b)``, ``b[0]``, ``b["name"]``, ``"name" in b``,
    ``b.get(name)``, ``b.names`` and [`to_rows`][skatecalc.championship.targets.Board.to_rows] as
    every table.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
    ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
    >>> b = sc.board(t)
    >>> b.distance, b.finished, [line.name for line in b.lines]
    (1000, (('K', 148315),), ['T'])
    >>> b
    <Board: Sprint 1000 m, 1 row, first T>
    >>> b["T"].lead.time, "K" in b, b.names
    (RaceTime('1:14.66'), False, ('T',))
    """

    combination: str
    distance: int
    index: int  # type: ignore[assignment]  # the distance's position, not Sequence.index
    """The 0-based position of the distance in the combination (this field hides the
    ``index()`` method of a sequence: use ``b.lines.index(line)`` for that)."""
    n_distances: int
    finished: tuple[tuple[str, int], ...]
    lines: tuple[BoardLine, ...]
    podium: int = 3
    notes: tuple[str, ...] = ()
    """Things a reader should know (e.g. totals that skip a distance in between)."""
    field_size: int | None = None
    """How many skaters skate the distance (finished, still to skate, or out on it)."""

    _COLUMNS = (
        Column("rank", int, "the current place; None unranked", get=lambda line: line.rank),
        Column("name", str, "the skater still to skate", get=lambda line: line.name),
        Column("nation", str, "the skater's nation", get=lambda line: line.nation),
        Column("points", Decimal, "the total before the distance", get=lambda line: line.points),
        *_LEAD,
        *_PODIUM,
        Column(
            "lead_any_time",
            bool,
            "any finishing time takes the lead",
            get=lambda line: line.lead.certain,
        ),
        Column(
            "lead_impossible", bool, "no time takes the lead", get=lambda line: line.lead.impossible
        ),
        Column(
            "podium_any_time",
            bool,
            "any finishing time reaches the podium",
            get=lambda line: line.podium.certain,
        ),
        Column(
            "podium_impossible",
            bool,
            "no time reaches the podium",
            get=lambda line: line.podium.impossible,
        ),
    )

    def _table_rows(self) -> tuple[BoardLine, ...]:
        return self.lines

    def _repr_summary(self) -> str:
        return f"{self.combination} {self.distance} m, {super()._repr_summary()}"

    def to_rows(self) -> list[dict[str, RowValue]]:
        """Typed data: one dict per skater still to skate (``pandas.DataFrame`` ready).

        ``rank`` is an ``int`` (``None`` unranked), ``points`` a ``Decimal``; ``lead`` /
        ``podium`` hold the [`RaceTime`][skatecalc.time.RaceTime], ``None`` when any time will
        do (``lead_to_pass`` is then ``None``) or when no time can do it (``lead_to_pass``
        then names the skater out of reach); ``lead_any_time`` / ``lead_impossible`` (and
        the same for ``podium``) say which of the two a ``None`` means. Values do not depend
        on a language (``format(lang)`` prints them).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
        >>> row = sc.board(t).to_rows()[0]
        >>> row["points"], row["lead"], row["lead_to_pass"], row["podium"]
        (Decimal('110.980'), RaceTime('1:14.66'), 'K', None)
        >>> row["podium_any_time"], row["podium_impossible"]
        (True, False)
        """
        return super().to_rows()

    def format(self, lang: Lang = "en") -> str:
        """The board as a broadcaster shows it (Dutch with ``lang="nl"``); the same as
        ``render_text(board, lang)``.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
        >>> print(sc.board(t).format("nl").splitlines()[3])
        1  T     110,980  1.14,66  elke tijd
        """
        return render_text(self, lang)


def _target(
    finished: tuple[tuple[int, str], ...],
    rank: int,
    race: Race,
    total: int,
    made: dict[int, Target],
) -> Target:
    """The target of rank ``rank`` for a skater on ``total``; equal targets are one object
    (a `Target` is immutable), kept in ``made`` by the time needed."""
    if len(finished) < rank:
        t = -1
    else:
        target = finished[rank - 1][0]
        t = slowest(target - total - 1, race.distance, race.rounding)
        if t < 1:
            t = 0
        elif t >= MAX_RACE_TIME_HUNDREDTHS:
            t = -1  # every time a race can have (below 24 hours) reaches it: any time
    known = made.get(t)
    if known is None:
        if t < 0:
            known = Target(rank, None, None, certain=True)
        else:
            name = finished[rank - 1][1]
            known = Target(rank, RaceTime.from_hundredths(t) if t else None, name)
        made[t] = known
    return known


def board(table: Standings, *, distance: int | None = None, podium: int = 3) -> Board:
    """The time-to-beat board for the next (or a named) distance.

    For every skater in the field who has not skated it yet, in standings order: the
    slowest time that finishes strictly ahead of everyone who has finished (the lead) and
    the slowest that reaches rank ``podium`` outright among them. O(n log n) in the field.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
    ...                             "K": ["37.07", "1:14.35", "37.07"],
    ...                             "L": ["37.41", "1:13.71", "37.57", "1:14.00"]}, after=3)
    >>> print(sc.board(t, podium=2))
    Sprint, 1000 m (distance 4 of 4): time to beat
    finished: 1; leader L 148.835
    #  Name   Points     Lead     Top 2
    1  T     110.980  1:15.70  any time
    2  K     111.315  1:15.03  any time
    (slowest official time that finishes ahead of those who have finished)
    """
    race = race_of(table, distance)
    if type(podium) is not int or not 1 <= podium <= 1000:
        raise GoalError(f"podium={shown(podium)} must be a whole number from 1 to 1000")
    finished = race.finished
    lines = []
    leads: dict[int, Target] = {}
    podiums: dict[int, Target] = {}
    for s in race.pending:
        total = s.total_thousandths
        if total is None:  # pragma: no cover - the field holds skaters with a total
            continue
        lines.append(
            BoardLine(
                s.name,
                s.nation,
                s.rank,
                total,
                _target(finished, 1, race, total, leads),
                _target(finished, podium, race, total, podiums),
            )
        )
    return Board(
        str(table.combination),
        race.distance,
        race.index,
        len(table.combination.distances),
        tuple((name, total) for total, name in finished),
        tuple(lines),
        podium,
        race.notes,
        len(race.field),
    )
