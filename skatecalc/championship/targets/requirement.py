"""What a skater needs on a distance: [`Requirement`][skatecalc.championship.targets.Requirement] (a
time, or a margin against an opponent still to skate) and
[`Target`][skatecalc.championship.targets.Target] (one cell of the time-to-beat board).

A skater's final total is their total so far plus the points of the time on the distance,
truncated (or rounded, following the table's ``rounding``). "Beat" means a strictly lower
total; ``tie=True`` accepts an equal total. Times are official times in hundredths.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from decimal import Decimal

from ... import _record
from ...errors import GoalError
from ...limits import MAX_RACE_TIME_HUNDREDTHS, shown
from ...notation import normalise_lang
from ...samalog import Rounding, as_points
from ...tabular import Column, Tabular, render_text
from ...time import Lang, RaceTime
from .race import LazyNames, period, points, seconds, slowest, time_arg

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)

__all__ = ["Requirement", "Target"]


_COLUMNS = (
    Column("skater", str, "the skater", get=lambda r: r.skater),
    Column("distance", int, "the distance in metres", get=lambda r: r.distance),
    Column("beat", str, "the skater to finish ahead of (beat goals)", get=lambda r: r.beat),
    Column("rank", int, "the rank to reach (rank goals)", get=lambda r: r.rank),
    Column("tie", bool, "whether an equal total is enough", get=lambda r: r.tie),
    Column(
        "opponent_time", RaceTime, "the opponent's time, when given", get=lambda r: r.opponent_time
    ),
    Column(
        "time", RaceTime, "the slowest official time that reaches the goal", get=lambda r: r.time
    ),
    Column(
        "margin",
        Decimal,
        "seconds faster than the opponent (opponent still to skate)",
        get=lambda r: r.margin,
    ),
    Column(
        "tie_margin", Decimal, "the margin that gives an equal total", get=lambda r: r.tie_margin
    ),
    Column("reference", RaceTime, "the reference time, when given", get=lambda r: r.reference),
    Column("explanation", str, "the requirement in words (English)", get=lambda r: r.explain("en")),
    Column(
        "notes",
        str,
        "what a reader should know, joined by '; '",
        get=lambda r: "; ".join(r.notes) or None,
    ),
)


if TYPE_CHECKING:
    _Table = Tabular["Requirement"]
else:  # typing would compile the string at run time, the process's first compile (start-up)
    _Table = Tabular


@_record.frozen(repr=False)
class Requirement(_Table):
    """What a skater needs on a distance: a time (opponents known) or a margin.

    ``time`` is the slowest official time that reaches the goal (every faster time reaches
    it too); it is ``None`` when the goal is relative to an opponent who has not skated, and
    then `margin` says how much faster than the opponent the skater must be.

    ``total`` is the skater's total before the distance; ``target`` the total to finish
    below (or level with, when ``tie``), known once the opponent's time is. All totals are
    thousandths of a point.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
    ...                             "K": ["37.07", "1:14.35", "37.07"]})
    >>> need = sc.required_time(t, "K", beat="T")
    >>> need.time is None, need.margin, need.margin_range, need.tie_margin
    (True, Decimal('0.68'), (Decimal('0.68'), Decimal('0.68')), Decimal('0.67'))
    >>> need.for_opponent("1:13.13").time
    RaceTime('1:12.45')
    """

    skater: str
    distance: int
    index: int  # type: ignore[assignment]  # the distance's position, not Sequence.index
    total: int
    beat: str | None = None
    rank: int | None = None
    tie: bool = False
    opponent: str | None = None
    """The skater to beat: ``beat``, or for a rank the finished skater whose total must be
    passed."""
    opponent_total: int | None = None
    """The opponent's total before the distance (``beat`` goals)."""
    opponent_time: RaceTime | None = None
    target: int | None = None
    time: RaceTime | None = None
    reference: RaceTime | None = None
    finished: tuple[str, ...] = ()
    """For a rank: the skaters who have finished the distance, best first."""
    _contenders: tuple[str, ...] | LazyNames = ()
    """(``contenders=`` when building one) the names, or a `LazyNames` of them."""
    rounding: Rounding = Rounding.TRUNCATE
    notes: tuple[str, ...] = ()

    _COLUMNS = _COLUMNS

    @property
    def name(self) -> str:
        """The skater (the name of the requirement's one row)."""
        return self.skater

    def _table_rows(self) -> tuple[Requirement, ...]:
        """A requirement is a table of one row, itself: ``to_rows()``, ``to_json()`` give
        the row the command line prints."""
        return (self,)

    @property
    def contenders(self) -> tuple[str, ...]:
        """For a rank: skaters still to skate whose current total is below the skater's
        total with `time`, so they could still finish ahead (in table order).

        Worked out on first access: asking what every skater still to skate needs does
        not copy a list of names per skater unless it is read."""
        names = self._contenders
        return names.names() if isinstance(names, LazyNames) else names

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{a.alias}={getattr(self, a.alias or a.name)!r}" for a in _record.fields(Requirement)
        )
        return f"Requirement({fields})"

    # --- the margin (beat goals) --------------------------------------------------------

    def _margin_hundredths(self, opponent: int, tie: bool) -> int:
        if self.opponent_total is None:
            raise GoalError("a margin exists only for a goal to beat a named skater")
        limit = (
            self.opponent_total
            + points(opponent, self.distance, self.rounding)
            - self.total
            - (0 if tie else 1)
        )
        return opponent - slowest(limit, self.distance, self.rounding)

    def _margins(self, tie: bool) -> tuple[int, int]:
        """The smallest and largest margin over every opponent time, in hundredths.

        Closed form, whatever the distance: with ``g = gcd(5000, d)``, ``a = 5000 / g`` and
        ``b = d / g`` (the [`period`][skatecalc.championship.targets.period]), the margin against an
        opponent time ``r`` depends only on ``e = a * r mod b`` (truncation; ``(2 a r + b) mod 2 b``
        when rounding half up) and never decreases as ``e`` grows. As ``r`` runs over one
        period, ``e`` takes every residue, so the extremes are the margins against the
        opponent times whose residue is the smallest and the largest possible: two
        evaluations instead of a loop over the period (``tests/test_targets_properties.py``
        checks this against enumeration).
        """
        b = period(self.distance)
        a = 5000 // math.gcd(5000, self.distance)
        inverse = pow(a, -1, b) if b > 1 else 0
        if self.rounding is Rounding.HALF_UP:
            half = (b + 1) // 2
            low_residue, high_residue = half % b, (half - 1) % b
        else:
            low_residue, high_residue = 0, b - 1
        low = self._margin_hundredths(b + low_residue * inverse % b, tie)
        high = self._margin_hundredths(b + high_residue * inverse % b, tie)
        return low, high

    def margin_for(self, opponent_time: str | Decimal | RaceTime) -> Decimal:
        """The exact margin in seconds against one opponent time: the skater reaches the
        goal with the opponent's time minus this, or faster.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.ALLROUND_WOMEN, {"A": ["38.00", "4:00.00"],
        ...                                     "B": ["38.00", "4:00.04"]})
        >>> need = sc.required_time(t, "B", beat="A")     # the 1500 m: divisor 3
        >>> need.margin_for("2:00.01"), need.margin_for("2:00.02"), need.margin_range
        (Decimal('0.02'), Decimal('0.03'), (Decimal('0.02'), Decimal('0.03')))
        """
        opponent = time_arg(opponent_time, "opponent time").hundredths
        return seconds(self._margin_hundredths(opponent, self.tie))

    @property
    def margin(self) -> Decimal | None:
        """How much faster than the opponent the skater must be, in seconds.

        With the opponent's time known: the exact difference between that time and
        `time`. Otherwise the margin that suffices whatever the opponent skates (the
        largest of `margin_range`). Negative: the skater may be that much slower.
        ``None`` for a rank goal.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> sc.required_time(t, "K", beat="T").margin, sc.required_time(t, "T", beat="K").margin
        (Decimal('0.68'), Decimal('-0.66'))
        """
        if self.opponent_total is None:
            return None
        if self.opponent_time is not None and self.time is not None:
            return seconds(self.opponent_time.hundredths - self.time.hundredths)
        return seconds(self._margins(self.tie)[1])

    @property
    def margin_range(self) -> tuple[Decimal, Decimal] | None:
        """The smallest and largest margin over all opponent times.

        On the ISU distances they differ by at most 0.01 s, and only where truncation makes
        the margin depend on the opponent's time; on an unusual distance (a 99999 m) the
        spread can be wider. Computed in closed form, so any distance answers at once."""
        if self.opponent_total is None:
            return None
        if self.opponent_time is not None:
            m = self._margin_hundredths(self.opponent_time.hundredths, self.tie)
            return seconds(m), seconds(m)
        low, high = self._margins(self.tie)
        return seconds(low), seconds(high)

    @property
    def tie_margin(self) -> Decimal | None:
        """The margin that is enough to finish at least level on points (always suffices)."""
        if self.opponent_total is None:
            return None
        if self.opponent_time is not None:
            return seconds(self._margin_hundredths(self.opponent_time.hundredths, True))
        return seconds(self._margins(True)[1])

    @property
    def margin_depends_on_opponent(self) -> bool:
        """Whether the margin depends on the opponent's coming time (through truncation)."""
        if self.opponent_total is None or self.opponent_time is not None:
            return False
        low, high = self._margins(self.tie)
        return low != high

    def for_opponent(self, opponent_time: str | Decimal | RaceTime) -> Requirement:
        """The same goal once the opponent's time is known.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> str(sc.required_time(t, "K", beat="T").for_opponent("1:13.50").time)
        '1:12.82'
        """
        if self.opponent_total is None or self.opponent is None:
            raise GoalError("for_opponent() applies to a goal to beat a named skater")
        ty = time_arg(opponent_time, "opponent time")
        return known(
            self.skater,
            self.total,
            self.opponent,
            self.opponent_total + points(ty.hundredths, self.distance, self.rounding),
            self.distance,
            self.index,
            self.rounding,
            tie=self.tie,
            reference=self.reference,
            beat=self.beat,
            opponent_total=self.opponent_total,
            opponent_time=ty,
            notes=self.notes,
        )

    # --- the known-time view ------------------------------------------------------------

    def _final(self, hundredths: int) -> int:
        return self.total + points(hundredths, self.distance, self.rounding)

    @property
    def tie_time(self) -> RaceTime | None:
        """The slowest time that finishes exactly level on points with `target`, or
        ``None`` when no time does (truncation can skip the exact total) or the target is
        not known yet.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> need = sc.required_time(t, "K", beat="T", opponent_time="1:13.13")
        >>> need.tie_time, need.next_slower, need.shortfall
        (RaceTime('1:12.46'), RaceTime('1:12.46'), Decimal('0.000'))
        """
        if self.target is None:
            return None
        t = slowest(self.target - self.total, self.distance, self.rounding)
        if 1 <= t < MAX_RACE_TIME_HUNDREDTHS and self._final(t) == self.target:
            return RaceTime.from_hundredths(t)
        return None

    @property
    def next_slower(self) -> RaceTime | None:
        """`time` plus 0.01 s: the fastest time that no longer reaches the goal."""
        if self.time is None or self.time.hundredths + 1 >= MAX_RACE_TIME_HUNDREDTHS:
            return None
        return RaceTime.from_hundredths(self.time.hundredths + 1)

    @property
    def shortfall(self) -> Decimal | None:
        """Points the skater ends behind `target` with `next_slower`
        (``Decimal('0.000')``: level on points)."""
        if self.time is None or self.target is None:
            return None
        return as_points(self._final(self.time.hundredths + 1) - self.target)

    @property
    def within_reference(self) -> bool | None:
        """Whether the reference time (a personal best, a track record) is fast enough:
        ``True`` when it is `time` or faster; ``None`` without a reference or a
        known time.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> need = sc.required_time(t, "K", beat="T", opponent_time="1:13.13",
        ...                         reference="1:12.57")
        >>> need.within_reference, need.reference_gap
        (False, Decimal('-0.12'))
        """
        if self.reference is None or self.time is None:
            return None
        return self.reference.hundredths <= self.time.hundredths

    @property
    def reference_gap(self) -> Decimal | None:
        """`time` minus the reference in seconds: positive is time to spare,
        negative how much faster than the reference the skater must be."""
        if self.reference is None or self.time is None:
            return None
        return seconds(self.time.hundredths - self.reference.hundredths)

    @property
    def reference_beats_from(self) -> RaceTime | None:
        """With the opponent still to skate: the fastest opponent time that the reference
        time still beats (it beats every slower one too).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> sc.required_time(t, "K", beat="T", reference="1:12.00").reference_beats_from
        RaceTime('1:12.68')
        """
        if self.reference is None or self.opponent_total is None or self.opponent_time:
            return None
        # opponent total + p(ty) - (0 or 1) >= total + p(ref)  <=>  p(ty) >= need
        need = (
            self.total
            + points(self.reference.hundredths, self.distance, self.rounding)
            - self.opponent_total
            + (0 if self.tie else 1)
        )
        ty = max(slowest(need - 1, self.distance, self.rounding) + 1, 1)
        return RaceTime.from_hundredths(ty) if ty < MAX_RACE_TIME_HUNDREDTHS else None

    # --- words ---------------------------------------------------------------------------

    def explain(self, lang: Lang = "en") -> str:
        """The requirement in words a commentator can read out, in English (``"en"``) or
        Dutch (``"nl"``, with Dutch time notation): the ``need.*`` sentences of the
        catalogues, worded by ``skatecalc.text.targets`` (loaded on first use).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> print(sc.required_time(t, "K", beat="T", opponent_time="1:13.13").explain("nl"))
        K moet 1.12,45 of sneller rijden om voor T te eindigen (T reed 1.13,13);
        met 1.12,46 staan ze gelijk op punten.
        """
        return render_text(self, normalise_lang(lang))

    def __str__(self) -> str:
        return self.explain("en")


def known(
    skater: str,
    total: int,
    opponent: str,
    target: int,
    distance: int,
    index: int,
    rounding: Rounding,
    *,
    tie: bool,
    reference: RaceTime | None,
    beat: str | None = None,
    rank: int | None = None,
    opponent_total: int | None = None,
    opponent_time: RaceTime | None = None,
    finished: tuple[str, ...] = (),
    contenders: Callable[[int], tuple[str, ...]] | None = None,
    notes: tuple[str, ...] = (),
) -> Requirement:
    """A requirement against a known final total ``target``."""
    t = slowest(target - total - (0 if tie else 1), distance, rounding)
    if t < 1:
        goal = f"rank {rank}" if rank is not None else f"{'level with' if tie else 'ahead of'}"
        who = f" {opponent}" if rank is None else f" (passing {opponent})"
        raise GoalError(
            f"impossible: no positive time gets {shown(skater)} {goal}{who} on the {distance} m"
            f" ({skater} has {as_points(total):.3f}, the total to"
            f" {'reach' if tie else 'beat'} is {as_points(target):.3f})"
        )
    if t >= MAX_RACE_TIME_HUNDREDTHS:  # every time a race can have does it
        goal = f"rank {rank}" if rank is not None else f"{'level with' if tie else 'ahead of'}"
        who = f" {opponent}" if rank is None else f" (passing {opponent})"
        raise GoalError(
            f"goal already reached: any finishing time (below 24 hours) gets {shown(skater)}"
            f" {goal}{who} on the {distance} m"
        )
    final = total + points(t, distance, rounding)
    return Requirement(
        skater,
        distance,
        index,
        total,
        beat=beat,
        rank=rank,
        tie=tie,
        opponent=opponent,
        opponent_total=opponent_total,
        opponent_time=opponent_time,
        target=target,
        time=RaceTime.from_hundredths(t),
        reference=reference,
        finished=finished,
        contenders=() if contenders is None else LazyNames(functools.partial(contenders, final)),
        rounding=rounding,
        notes=notes,
    )


"""Hundredths of 24 hours: a race time is below it (`skatecalc.limits`)."""


@_record.frozen
class Target:
    """One cell of the board: the slowest time that reaches ``rank`` against the skaters
    who have finished the distance.

    ``certain``: fewer skaters have finished than ``rank``, so any finishing time reaches
    it for now. ``time`` is ``None`` when certain or impossible (no positive time works).

    >>> Target(1, RaceTime.parse("1:12.45"), "Miho Takagi").format()
    '1:12.45'
    >>> Target(3, None, None, certain=True).format("nl")
    'elke tijd'
    """

    rank: int
    time: RaceTime | None
    to_pass: str | None
    certain: bool = False

    @property
    def impossible(self) -> bool:
        """No positive time reaches the rank."""
        return self.time is None and not self.certain

    def format(self, lang: Lang = "en") -> str:
        """The cell as text: the time, ``any time`` or ``impossible`` (Dutch on request;
        the words are the catalogues', see ``skatecalc.text.championship``)."""
        return render_text(self, normalise_lang(lang))
