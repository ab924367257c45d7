"""The inverse of the samalog points formula: the slowest time for a points value.

Points on a distance are ``hundredths * 5000 // distance`` thousandths (truncated; or
rounded half up when a table says so), so "how fast for these points" is a step function
of the time. :func:`slowest` inverts it exactly, :func:`period` says how often the steps
repeat. Everything is integer work.
"""

from __future__ import annotations

import math
from decimal import Decimal

from ...errors import GoalError
from ...limits import described
from ...points import Rounding, check_distance, points_thousandths
from ...time import RaceTime, Status

__all__ = ["period", "slowest"]

_CENT = Decimal("0.01")


def points(hundredths: int, distance: int, rounding: Rounding) -> int:
    """Points in thousandths of a time in hundredths (the samalog formula)."""
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


def seconds(hundredths: int) -> Decimal:
    """Hundredths of a second as seconds with two places."""
    return (Decimal(hundredths) / 100).quantize(_CENT)


def cents(value: Decimal) -> int:
    """Seconds (two places) back to hundredths."""
    return int(value * 100)


def count(n: int, noun: str) -> str:
    """``1 skater``, ``2 skaters``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def time_arg(value: str | Decimal | RaceTime, what: str) -> RaceTime:
    """A time argument as a :class:`~skatecalc.time.RaceTime`; a status is refused."""
    if isinstance(value, Status):
        raise GoalError(f"{what} {described(value)} is a status, not a time")
    return RaceTime.parse(value)
