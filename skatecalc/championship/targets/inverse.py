"""The inverse of the samalog points formula, and the small helpers of required times.

Points on a distance are ``hundredths * 5000 // distance`` thousandths (truncated; or
rounded half up when a table says so), so "how fast for these points" is a step function
of the time. [`slowest`][skatecalc.championship.targets.slowest] inverts it exactly and
[`period`][skatecalc.championship.targets.period] says how often the steps repeat; both live in
[`skatecalc.samalog`][skatecalc.samalog] (the core) and are re-exported here. Everything is integer
work.

    >>> from skatecalc.samalog import slowest as core
    >>> slowest is core, slowest(34226, 1500), period(1500)
    (True, 10268, 3)
"""

from __future__ import annotations

from decimal import Decimal

from ...errors import GoalError
from ...limits import shown
from ...samalog import Rounding, period, points_thousandths, slowest
from ...time import RaceTime, Status

__all__ = ["period", "slowest"]

_CENT = Decimal("0.01")


def points(hundredths: int, distance: int, rounding: Rounding) -> int:
    """Points in thousandths of a time in hundredths (the samalog formula)."""
    return points_thousandths(hundredths, distance, rounding)


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
    """A time argument as a [`RaceTime`][skatecalc.time.RaceTime]; a status is refused."""
    if isinstance(value, Status):
        raise GoalError(f"{what} {shown(value)} is a status, not a time")
    return RaceTime.parse(value)
