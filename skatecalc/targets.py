"""Required times: the time a skater needs to pass another or reach a rank, and the
broadcaster's time-to-beat board.

Samalog points on a distance are truncated to thousandths of a point, so "how fast must
X skate to pass Y" is a step function of the time, not a plain multiplication. Everything
here is exact integer work over official times in hundredths::

    >>> import skatecalc as sc
    >>> table = sc.classify(sc.SPRINT, {
    ...     "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    ...     "Femke Kok": ["37.07", "1:14.35", "37.07"],
    ...     "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
    ... })
    >>> need = sc.required_time(table, "Femke Kok", beat="Miho Takagi", opponent_time="1:13.13")
    >>> need.time
    RaceTime('1:12.45')
    >>> print(need)
    Femke Kok must skate 1:12.45 or faster to finish ahead of Miho Takagi (1:13.13);
    1:12.46 ties on points.
    >>> sc.required_time(table, "Femke Kok", beat="Miho Takagi").margin
    Decimal('0.68')

Rules (see ``docs/required-time.md``):

* A skater's final total is their total so far plus the points of the time on the
  distance, truncated (or rounded, following the table's ``rounding``). "Beat" means a
  strictly lower total; ``tie=True`` accepts an equal total (who ranks ahead then depends on
  the tie-break, for which no ISU rule is verified).
* Times are official times in hundredths: "1:12.45 or faster" means an official time of
  1:12.45 or less (a measured 1:12.459 counts as 1:12.45).
* When the opponent has not skated the distance, the answer is a *margin*: how much faster
  than the opponent the skater must be. Where a hundredth is not worth a whole number of
  thousandths of a point (1500 m, 3000 m, 10000 m, odd distances) the margin can depend on
  the opponent's time by 0.01 s (on the 10000 m always, on the 1500 and 3000 m for some
  gaps); :attr:`Requirement.margin` is the margin that always suffices,
  :attr:`Requirement.margin_range` the spread and :meth:`Requirement.margin_for` the exact
  margin for one opponent time.
* "Reach rank k" counts against the skaters who have finished the distance (their totals
  are final); those still to skate who could still pass are listed in
  :attr:`Requirement.contenders`.
* On a restricted last distance (allround final, sprint cut) the field is the rule's
  qualifiers plus everyone who has a result on it: a reserve who skated it is a finalist
  (as :func:`~skatecalc.classify` ranks them) and counts for every goal and the board.

Source: the samalog rule of the ISU Special Regulations & Technical Rules Speed Skating
(Rule 265 in the 2014 edition); the inversion is arithmetic, verified by brute force.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

import attrs

from ._text import printable
from .classification import Standing, Standings, check_lang, format_points
from .combinations import check_combination_distance
from .errors import GoalError, InvalidDistanceError, InvalidRuleError
from .limits import described
from .points import Rounding, as_points, check_distance, points_thousandths
from .time import Lang, RaceTime, Status

__all__ = ["Board", "BoardLine", "Requirement", "Target", "board", "required_time"]

_CENT = Decimal("0.01")


# --- exact arithmetic ----------------------------------------------------------------------


def _points(hundredths: int, distance: int, rounding: Rounding) -> int:
    return points_thousandths(hundredths, distance, rounding)


def slowest(limit: int, distance: int, rounding: Rounding = Rounding.TRUNCATE) -> int:
    """The largest whole number of hundredths whose points on ``distance`` are at most
    ``limit`` thousandths of a point (may be zero or negative when no time is that fast).

    The exact inverse of :func:`skatecalc.points.points_thousandths`: with truncation
    ``t * 5000 // d <= L`` exactly when ``t <= ((L + 1) * d - 1) // 5000``.

    >>> slowest(34226, 1500)          # 1:42.68 scores 34.226; 1:42.69 scores 34.230
    10268
    >>> slowest(34226, 1500, Rounding.HALF_UP)
    10267
    """
    if rounding is Rounding.HALF_UP:
        # floor((10000 t + d) / 2d) <= L  <=>  10000 t + d < 2d (L + 1)
        return (2 * distance * (limit + 1) - distance - 1) // 10000
    return ((limit + 1) * distance - 1) // 5000


def period(distance: int) -> int:
    """How many hundredths apart two opponent times must be for the margin to repeat.

    Points rise by whole thousandths every ``period`` hundredths: 1 on the 500, 1000 and
    5000 m, 2 on the 10000 m, 3 on the 1500 and 3000 m, 7 on a 700 m.

    >>> [period(d) for d in (500, 1000, 1500, 3000, 5000, 10000, 700)]
    [1, 1, 3, 3, 1, 2, 7]
    """
    check_distance(distance)
    return distance // math.gcd(5000, distance)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _seconds(hundredths: int) -> Decimal:
    return (Decimal(hundredths) / 100).quantize(_CENT)


def _cents(seconds: Decimal) -> int:
    return int(seconds * 100)


def _fmt_seconds(hundredths: int, lang: str) -> str:
    text = str(_seconds(hundredths))
    return text.replace(".", ",") if lang == "nl" else text


def _fmt_points(thousandths: int, lang: str) -> str:
    return format_points(as_points(thousandths), lang)


def _time_arg(value: str | Decimal | RaceTime, what: str) -> RaceTime:
    if isinstance(value, Status):
        raise GoalError(f"{what} {described(value)} is a status, not a time")
    return RaceTime.parse(value)


# --- the race situation ------------------------------------------------------------------


@attrs.frozen
class _Race:
    """The distance being looked at and who is where on it."""

    table: Standings
    distance: int
    index: int
    field: tuple[Standing, ...]
    notes: tuple[str, ...]

    def label(self) -> str:
        return f"{self.distance} m"

    def result(self, standing: Standing) -> RaceTime | Status | None:
        return standing.results[self.index]

    def final_total(self, standing: Standing) -> int | None:
        r = standing.results[self.index]
        if isinstance(r, RaceTime) and standing.total_thousandths is not None:
            return standing.total_thousandths + _points(
                r.hundredths, self.distance, self.table.rounding
            )
        return None

    def finished(self, exclude: str | None = None) -> list[tuple[int, str]]:
        """(final total, name) of those who finished the distance, best first."""
        out = []
        for s in self.field:
            if s.name != exclude:
                total = self.final_total(s)
                if total is not None:
                    out.append((total, s.name))
        out.sort()
        return out


def _race(table: Standings, distance: int | None) -> _Race:
    if not isinstance(table, Standings):
        raise InvalidRuleError(f"{described(table)} is not a table: pass the result of classify()")
    comb = table.combination
    n = len(comb.distances)
    if distance is None:
        if table.next_distance is None:
            raise GoalError(
                f"the table already counts all {n} distances of {comb}: nothing is left to skate"
                " (classify with after=... to look at an earlier distance)"
            )
        index = table.after
    else:
        check_combination_distance(distance)
        if distance not in comb.distances:
            raise InvalidDistanceError(
                f"{distance} m is not a distance of {comb} ({', '.join(map(str, comb.distances))})"
            )
        later = [i for i in range(table.after, n) if comb.distances[i] == distance]
        if not later:
            raise InvalidDistanceError(
                f"the {distance} m of {comb} is already counted in the table"
                f" (after {table.after} distances): nothing is left to skate on it"
            )
        index = later[0]
    notes: list[str] = []
    if index > table.after:
        skipped = ", ".join(comb.distance_name(i) for i in range(table.after, index))
        notes.append(
            f"the totals are those after {table.after} distances: the {skipped} in between"
            " is not counted"
        )
    ranked = [s for s in table if s.rank is not None and s.total_thousandths is not None]
    field = [s for s in ranked if s.finalist]
    if index == n - 1 and comb.final is not None:
        if table.qualifiers is not None and index == table.after:
            # the rule's qualifiers, and everyone who has a result on the distance: a
            # reserve who skated it is a finalist too (as classify() counts them)
            allowed = set(table.qualifiers)
            field = [s for s in field if s.name in allowed or s.results[index] is not None]
        else:
            notes.append("who qualifies for the last distance is not known yet: all ranked count")
    return _Race(table, comb.distances[index], index, tuple(field), tuple(notes))


def _member(race: _Race, name: str, role: str) -> Standing:
    """The standing of ``name`` if they take part on the distance, else a GoalError."""
    if not isinstance(name, str):
        raise GoalError(f"{role} {described(name)} is not a skater's name: give the name as text")
    standing = race.table.get(name)
    if standing.rank is None or standing.total_thousandths is None:
        raise GoalError(
            f"{role} {described(name)} has no total ({standing.status} on a counted distance)"
            + (": any finishing time ranks ahead of them" if role == "opponent" else "")
        )
    if all(s.name != name for s in race.field):
        if role == "opponent":
            raise GoalError(
                f"goal already reached: {described(name)} does not skate the {race.label()}"
                " (not qualified), so any finishing time ranks ahead"
            )
        raise GoalError(f"{described(name)} does not skate the {race.label()} (not qualified)")
    return standing


# --- the requirement -----------------------------------------------------------------------


@attrs.frozen
class Requirement:
    """What a skater needs on a distance: a time (opponents known) or a margin.

    ``time`` is the slowest official time that reaches the goal (every faster time reaches
    it too); it is ``None`` when the goal is relative to an opponent who has not skated, and
    then :attr:`margin` says how much faster than the opponent the skater must be.

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
    index: int
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
    contenders: tuple[str, ...] = ()
    """For a rank: skaters still to skate whose current total is below the skater's total
    with :attr:`time`, so they could still finish ahead."""
    rounding: Rounding = Rounding.TRUNCATE
    notes: tuple[str, ...] = ()

    # --- the margin (beat goals) --------------------------------------------------------

    def _margin_hundredths(self, opponent: int, tie: bool) -> int:
        if self.opponent_total is None:
            raise GoalError("a margin exists only for a goal to beat a named skater")
        limit = (
            self.opponent_total
            + _points(opponent, self.distance, self.rounding)
            - self.total
            - (0 if tie else 1)
        )
        return opponent - slowest(limit, self.distance, self.rounding)

    def _margins(self, tie: bool) -> tuple[int, int]:
        """The smallest and largest margin over every opponent time, in hundredths.

        Closed form, whatever the distance: with ``g = gcd(5000, d)``, ``a = 5000 / g`` and
        ``b = d / g`` (the :func:`period`), the margin against an opponent time ``r``
        depends only on ``e = a * r mod b`` (truncation; ``(2 a r + b) mod 2 b`` when
        rounding half up) and never decreases as ``e`` grows. As ``r`` runs over one
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
        opponent = _time_arg(opponent_time, "opponent time").hundredths
        return _seconds(self._margin_hundredths(opponent, self.tie))

    @property
    def margin(self) -> Decimal | None:
        """How much faster than the opponent the skater must be, in seconds.

        With the opponent's time known: the exact difference between that time and
        :attr:`time`. Otherwise the margin that suffices whatever the opponent skates (the
        largest of :attr:`margin_range`). Negative: the skater may be that much slower.
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
            return _seconds(self.opponent_time.hundredths - self.time.hundredths)
        return _seconds(self._margins(self.tie)[1])

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
            return _seconds(m), _seconds(m)
        low, high = self._margins(self.tie)
        return _seconds(low), _seconds(high)

    @property
    def tie_margin(self) -> Decimal | None:
        """The margin that is enough to finish at least level on points (always suffices)."""
        if self.opponent_total is None:
            return None
        if self.opponent_time is not None:
            return _seconds(self._margin_hundredths(self.opponent_time.hundredths, True))
        return _seconds(self._margins(True)[1])

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
        ty = _time_arg(opponent_time, "opponent time")
        return _known(
            self.skater,
            self.total,
            self.opponent,
            self.opponent_total + _points(ty.hundredths, self.distance, self.rounding),
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
        return self.total + _points(hundredths, self.distance, self.rounding)

    @property
    def tie_time(self) -> RaceTime | None:
        """The slowest time that finishes exactly level on points with :attr:`target`, or
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
        if t >= 1 and self._final(t) == self.target:
            return RaceTime.from_hundredths(t)
        return None

    @property
    def next_slower(self) -> RaceTime | None:
        """:attr:`time` plus 0.01 s: the fastest time that no longer reaches the goal."""
        return None if self.time is None else RaceTime.from_hundredths(self.time.hundredths + 1)

    @property
    def shortfall(self) -> Decimal | None:
        """Points the skater ends behind :attr:`target` with :attr:`next_slower`
        (``Decimal('0.000')``: level on points)."""
        if self.time is None or self.target is None:
            return None
        return as_points(self._final(self.time.hundredths + 1) - self.target)

    @property
    def within_reference(self) -> bool | None:
        """Whether the reference time (a personal best, a track record) is fast enough:
        ``True`` when it is :attr:`time` or faster; ``None`` without a reference or a
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
        """:attr:`time` minus the reference in seconds: positive is time to spare,
        negative how much faster than the reference the skater must be."""
        if self.reference is None or self.time is None:
            return None
        return _seconds(self.time.hundredths - self.reference.hundredths)

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
            + _points(self.reference.hundredths, self.distance, self.rounding)
            - self.opponent_total
            + (0 if self.tie else 1)
        )
        ty = max(slowest(need - 1, self.distance, self.rounding) + 1, 1)
        return RaceTime.from_hundredths(ty)

    # --- words ---------------------------------------------------------------------------

    def explain(self, lang: Lang = "en") -> str:
        """The requirement in words a commentator can read out, in English (``"en"``) or
        Dutch (``"nl"``, with Dutch time notation).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> print(sc.required_time(t, "K", beat="T", opponent_time="1:13.13").explain("nl"))
        K moet 1.12,45 of sneller rijden om voor T te eindigen (T reed 1.13,13);
        met 1.12,46 staan ze gelijk op punten.
        """
        return printable(_explain(self, check_lang(lang)))

    def __str__(self) -> str:
        return self.explain("en")


def _known(
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
    contenders_from: Sequence[Standing] = (),
    notes: tuple[str, ...] = (),
) -> Requirement:
    """A requirement against a known final total ``target``."""
    t = slowest(target - total - (0 if tie else 1), distance, rounding)
    if t < 1:
        goal = f"rank {rank}" if rank is not None else f"{'level with' if tie else 'ahead of'}"
        who = f" {opponent}" if rank is None else f" (passing {opponent})"
        raise GoalError(
            f"impossible: no positive time gets {described(skater)} {goal}{who} on the {distance} m"
            f" ({skater} has {_fmt_points(total, 'en')}, the total to"
            f" {'reach' if tie else 'beat'} is {_fmt_points(target, 'en')})"
        )
    final = total + _points(t, distance, rounding)
    contenders = tuple(
        s.name
        for s in contenders_from
        if s.total_thousandths is not None and s.total_thousandths < final
    )
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
        contenders=contenders,
        rounding=rounding,
        notes=notes,
    )


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
      their time already in the table) the answer is :attr:`Requirement.time`; otherwise a
      margin relative to the opponent's coming time (:attr:`Requirement.margin`).
    * ``rank``: counted against the skaters who have finished the distance; the rank is
      passed outright (``tie=True``: shared). Raises :class:`~skatecalc.errors.GoalError`
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
        raise GoalError(f"tie={described(tie)} must be True or False")
    race = _race(table, distance)
    me = _member(race, skater, "skater")
    ref = None if reference is None else _time_arg(reference, "reference time")
    mine = race.result(me)
    assert me.total_thousandths is not None
    if mine is not None:
        if isinstance(mine, Status):
            raise GoalError(f"{described(skater)} has {mine} on the {race.label()}: no total")
        final = race.final_total(me)
        assert final is not None
        raise GoalError(
            f"goal already settled: {described(skater)} has already skated the {race.label()} in"
            f" {mine} (total {_fmt_points(final, 'en')})"
        )
    if rank is not None:
        if opponent_time is not None:
            raise GoalError("opponent_time applies to beat=NAME, not to rank=K")
        return _rank(race, me, rank, tie, ref)
    assert beat is not None
    return _beat(race, me, beat, opponent_time, tie, ref)


def _beat(
    race: _Race,
    me: Standing,
    beat: str,
    opponent_time: str | Decimal | RaceTime | None,
    tie: bool,
    ref: RaceTime | None,
) -> Requirement:
    if beat == me.name:
        raise GoalError(f"{described(me.name)} cannot be asked to beat themselves")
    them = _member(race, beat, "opponent")
    assert me.total_thousandths is not None and them.total_thousandths is not None
    theirs = race.result(them)
    if isinstance(theirs, Status):
        raise GoalError(
            f"goal already reached: {described(beat)} has {theirs} on the {race.label()}"
            " (no total),"
            f" so any finishing time ranks {described(me.name)} ahead"
        )
    given = None if opponent_time is None else _time_arg(opponent_time, "opponent time")
    if theirs is not None and given is not None and given.hundredths != theirs.hundredths:
        raise GoalError(
            f"opponent time {given} differs from {described(beat)}'s {theirs} on the {race.label()}"
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
            rounding=race.table.rounding,
            notes=race.notes,
        )
    return _known(
        me.name,
        me.total_thousandths,
        beat,
        them.total_thousandths + _points(ty.hundredths, race.distance, race.table.rounding),
        race.distance,
        race.index,
        race.table.rounding,
        tie=tie,
        reference=ref,
        beat=beat,
        opponent_total=them.total_thousandths,
        opponent_time=ty,
        notes=race.notes,
    )


def _check_rank(race: _Race, rank: int) -> None:
    if type(rank) is not int or rank < 1:
        raise GoalError(f"rank={described(rank)} must be a whole number from 1")
    if rank > len(race.field):
        raise GoalError(
            f"rank {described(rank)} is beyond the field: {_count(len(race.field), 'skater')}"
            f" {'skates' if len(race.field) == 1 else 'skate'}"
            f" the {race.label()}"
        )


def _rank(race: _Race, me: Standing, rank: int, tie: bool, ref: RaceTime | None) -> Requirement:
    _check_rank(race, rank)
    finished = race.finished(exclude=me.name)
    if len(finished) < rank:
        raise GoalError(
            f"goal already reached: only {_count(len(finished), 'skater')}"
            f" {'has' if len(finished) == 1 else 'have'} finished the"
            f" {race.label()}, so any finishing time puts {described(me.name)} in the top {rank} of"
            " them for now (those still to skate can change that)"
        )
    target, name = finished[rank - 1]
    assert me.total_thousandths is not None
    pending = [s for s in race.field if s.name != me.name and race.result(s) is None]
    return _known(
        me.name,
        me.total_thousandths,
        name,
        target,
        race.distance,
        race.index,
        race.table.rounding,
        tie=tie,
        reference=ref,
        rank=rank,
        finished=tuple(n for _, n in finished),
        contenders_from=pending,
        notes=race.notes,
    )


# --- explanations --------------------------------------------------------------------------


def _explain(need: Requirement, lang: str) -> str:
    nl = lang == "nl"
    x, d = need.skater, f"{need.distance} m"
    parts: list[str] = []
    if need.time is not None:
        t = need.time.format(lang)
        slower = need.next_slower.format(lang) if need.next_slower else ""
        shortfall = need.shortfall
        if need.rank is not None:
            goal = (
                f"plaats {need.rank} te halen (langs {need.opponent},"
                f" {_fmt_points(need.target or 0, lang)} punten)"
                if nl
                else f"reach rank {need.rank} (passing {need.opponent}'s"
                f" {_fmt_points(need.target or 0, lang)} points)"
            )
            if need.tie:
                goal += " of gelijk te eindigen" if nl else " or share it"
        elif need.tie:
            goal = (
                f"minstens gelijk te eindigen met {need.opponent}"
                if nl
                else f"finish at least level with {need.opponent}"
            )
        else:
            goal = f"voor {need.opponent} te eindigen" if nl else f"finish ahead of {need.opponent}"
        if need.opponent_time is not None:
            ot = need.opponent_time.format(lang)
            goal += f" ({need.opponent} reed {ot})" if nl else f" ({ot})"
        first = (
            f"{x} moet {t} of sneller rijden om {goal}"
            if nl
            else f"{x} must skate {t} or faster to {goal}"
        )
        if shortfall is not None and shortfall == 0:
            tail = f"met {slower} staan ze gelijk op punten" if nl else f"{slower} ties on points"
        elif shortfall is not None:
            behind = format_points(shortfall, lang)
            tail = (
                f"met {slower} komt {x} {behind} punt tekort"
                if nl
                else f"{slower} leaves {x} {behind} points behind"
            )
        else:  # pragma: no cover - a known time always has a target
            tail = ""
        parts.append(f"{first}; {tail}.")
    else:
        y = need.opponent
        low_high = need.margin_range
        tie_margin = need.tie_margin
        assert low_high is not None and tie_margin is not None
        low, high = (_fmt_seconds(_cents(v), lang) for v in low_high)
        if need.tie:
            where_nl, aim_en = f"minstens gelijk met {y}", "finish at least level"
        else:
            where_nl, aim_en = f"voor {y}", "finish ahead"
        if low_high[1] <= 0:
            fast, slow = (_fmt_seconds(-_cents(v), lang) for v in low_high)
            amount = (
                slow if slow == fast else f"{slow} to {fast}" if not nl else f"{slow} tot {fast}"
            )
            parts.append(
                f"{x} mag op de {d} {amount} s langzamer zijn dan {y} en toch {where_nl} eindigen."
                if nl
                else f"{x} can be {amount} s slower than {y} on the {d} and still {aim_en}."
            )
        elif low == high:
            parts.append(
                f"{x} moet op de {d} minstens {high} s sneller zijn dan {y} om {where_nl}"
                " te eindigen."
                if nl
                else f"{x} must be at least {high} s faster than {y} on the {d} to {aim_en}."
            )
        else:
            parts.append(
                f"{x} moet op de {d} {low} tot {high} s sneller zijn dan {y} om"
                f" {where_nl} te eindigen, afhankelijk van de tijd van {y} (de punten worden"
                f" afgekapt); {high} s sneller is altijd genoeg."
                if nl
                else f"{x} must be {low} to {high} s faster than {y} on the {d} to {aim_en},"
                f" depending on {y}'s time (points are truncated); {high} s always suffices."
            )
        if not need.tie and tie_margin > 0:
            tm = _fmt_seconds(_cents(tie_margin), lang)
            parts.append(
                f"Met {tm} s sneller eindigt {x} minstens gelijk op punten."
                if nl
                else f"{tm} s faster is enough to finish at least level on points."
            )
    if need.reference is not None:
        r = need.reference.format(lang)
        if need.time is not None:
            gap = need.reference_gap
            assert gap is not None
            if gap >= 0:
                g = _fmt_seconds(_cents(gap), lang)
                parts.append(
                    f"De referentietijd {r} is snel genoeg ({g} s marge)."
                    if nl
                    else f"The reference time {r} is fast enough ({g} s to spare)."
                )
            else:
                g = _fmt_seconds(-_cents(gap), lang)
                parts.append(
                    f"Dat is {g} s sneller dan de referentietijd {r}."
                    if nl
                    else f"That is {g} s faster than the reference time {r}."
                )
        else:
            limit = need.reference_beats_from
            assert limit is not None
            lt = limit.format(lang)
            parts.append(
                f"Met de referentietijd {r} lukt dat als {need.opponent} {lt} of langzamer rijdt."
                if nl
                else f"With the reference time {r} that works if {need.opponent} skates {lt}"
                " or slower."
            )
    if need.contenders:
        names = ", ".join(need.contenders)
        parts.append(
            f"Nog te rijden en in staat om te passeren: {names}."
            if nl
            else f"Still to skate and able to pass: {names}."
        )
    return " ".join(parts)


# --- the board ----------------------------------------------------------------------------


@attrs.frozen
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
        """The cell as text: the time, ``any time`` or ``impossible`` (Dutch on request)."""
        if self.time is not None:
            return self.time.format(lang)
        if self.certain:
            return "elke tijd" if lang == "nl" else "any time"
        return "onmogelijk" if lang == "nl" else "impossible"


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


@attrs.frozen
class Board:
    """The time-to-beat board for a distance: for every skater still to skate, the
    slowest time that takes the lead and the slowest that reaches the podium against the
    skaters who have finished.

    ``finished`` holds (name, final total) of those done, best first.

    >>> import skatecalc as sc
    >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
    ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
    >>> b = sc.board(t)
    >>> b.distance, b.finished, [line.name for line in b.lines]
    (1000, (('K', 148315),), ['T'])
    """

    combination: str
    distance: int
    index: int
    n_distances: int
    finished: tuple[tuple[str, int], ...]
    lines: tuple[BoardLine, ...]
    podium: int = 3
    notes: tuple[str, ...] = ()
    """Things a reader should know (e.g. totals that skip a distance in between)."""
    field_size: int | None = None
    """How many skaters skate the distance (finished, still to skate, or out on it)."""

    def to_rows(self, lang: Lang = "en") -> list[dict[str, str | int | None]]:
        """Plain data: one dict per skater still to skate.

        ``lead`` / ``podium`` hold the time as text, ``None`` when any time will do
        (``lead_to_pass`` is then ``None``) or when it is impossible.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
        >>> sc.board(t).to_rows()[0]["lead"], sc.board(t).to_rows()[0]["lead_to_pass"]
        ('1:14.66', 'K')
        """
        rows: list[dict[str, str | int | None]] = []
        for line in self.lines:
            rows.append(
                {
                    "rank": line.rank,
                    "name": line.name,
                    "nation": line.nation,
                    "points": format_points(line.points, lang),
                    "lead": None if line.lead.time is None else line.lead.time.format(lang),
                    "lead_to_pass": line.lead.to_pass,
                    "podium": None if line.podium.time is None else line.podium.time.format(lang),
                    "podium_to_pass": line.podium.to_pass,
                }
            )
        return rows

    def format(self, lang: Lang = "en") -> str:
        """The board as a broadcaster shows it (Dutch with ``lang="nl"``).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07", "1:14.00"]}, after=3)
        >>> print(sc.board(t).format("nl").splitlines()[3])
        1  T     110,980  1.14,66  elke tijd
        """
        nl = check_lang(lang) == "nl"
        title = (
            f"{printable(self.combination)}, {self.distance} m (afstand {self.index + 1} van"
            f" {self.n_distances}): tijd om te verslaan"
            if nl
            else f"{self.combination}, {self.distance} m (distance {self.index + 1} of"
            f" {self.n_distances}): time to beat"
        )
        lines = [title]
        if self.finished:
            name, total = printable(self.finished[0][0]), self.finished[0][1]
            done = len(self.finished)
            lines.append(
                f"binnen: {done}; leider {name} {_fmt_points(total, lang)}"
                if nl
                else f"finished: {done}; leader {name} {_fmt_points(total, lang)}"
            )
        else:
            lines.append("nog niemand binnen" if nl else "nobody has finished yet")
        podium = f"Top {self.podium}" if self.podium != 3 else "Podium"
        header = ["#", "Naam" if nl else "Name"]
        has_nation = any(line.nation for line in self.lines)
        if has_nation:
            header.append("Land" if nl else "Nat")
        header += ["Punten" if nl else "Points", "Leiding" if nl else "Lead", podium]
        rows = [header]
        for line in self.lines:
            cells = ["" if line.rank is None else str(line.rank), printable(line.name)]
            if has_nation:
                cells.append(printable(line.nation or ""))
            cells += [
                format_points(line.points, lang),
                line.lead.format(lang),
                line.podium.format(lang),
            ]
            rows.append(cells)
        left = {1, 2} if has_nation else {1}
        widths = [max(len(r[c]) for r in rows) for c in range(len(header))]
        for r in rows:
            lines.append(
                "  ".join(
                    c.ljust(w) if i in left else c.rjust(w)
                    for i, (c, w) in enumerate(zip(r, widths, strict=True))
                ).rstrip()
            )
        if not self.lines and self.field_size == 0:
            lines.append(
                "geen schaatsers in de race: niemand in het klassement heeft een totaal"
                if nl
                else "no skaters in the race: no skater in the table has a total"
            )
        elif not self.lines:
            lines.append("iedereen is binnen" if nl else "everyone has skated")
        lines += [f"note: {printable(n)}" for n in self.notes]
        lines.append(
            "(langzaamste officiële tijd om voor de binnengekomen schaatsers te eindigen)"
            if nl
            else "(slowest official time that finishes ahead of those who have finished)"
        )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format("en")


def _target(finished: Sequence[tuple[int, str]], rank: int, race: _Race, total: int) -> Target:
    if len(finished) < rank:
        return Target(rank, None, None, certain=True)
    target, name = finished[rank - 1]
    t = slowest(target - total - 1, race.distance, race.table.rounding)
    return Target(rank, RaceTime.from_hundredths(t) if t >= 1 else None, name)


def board(table: Standings, *, distance: int | None = None, podium: int = 3) -> Board:
    """The time-to-beat board for the next (or a named) distance.

    For every skater in the field who has not skated it yet, in standings order: the
    slowest time that finishes strictly ahead of everyone who has finished (the lead) and
    the slowest that reaches rank ``podium`` outright among them.

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
    race = _race(table, distance)
    if type(podium) is not int or not 1 <= podium <= 1000:
        raise GoalError(f"podium={described(podium)} must be a whole number from 1 to 1000")
    finished = race.finished()
    lines = []
    for s in race.field:
        if race.result(s) is not None or s.total_thousandths is None:
            continue
        total = s.total_thousandths
        lines.append(
            BoardLine(
                s.name,
                s.nation,
                s.rank,
                total,
                _target(finished, 1, race, total),
                _target(finished, podium, race, total),
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
