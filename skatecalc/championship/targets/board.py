"""The broadcaster's time-to-beat board: for every skater still to skate a distance, the
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

import attrs

from ...errors import GoalError
from ...limits import shown
from ...samalog import as_points
from ...tabular import Column, RowValue, Tabular, render_text
from ...time import Lang, RaceTime
from ..standings import Standings
from .inverse import slowest
from .race import Race, race_of
from .requirement import Target

__all__ = ["Board", "BoardLine", "board"]


@attrs.frozen
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


@attrs.frozen(repr=False)
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
