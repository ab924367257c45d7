"""Gaps between totals in seconds, exact.

A gap in points becomes a gap in seconds on a distance by the samalog formula turned round
(points × distance ÷ 500): exact, never rounded. Only display rounds a gap, to hundredths,
upwards by default (the time a skater must find), with
[`format_gap`][skatecalc.samalog.format_gap]; totals print with
[`format_points`][skatecalc.samalog.format_points].

    >>> gap_seconds("111.315", "110.980", 1000)
    Decimal('0.67')
"""

from __future__ import annotations

from decimal import Decimal

from ..samalog import gap_seconds_from_points, parse_points
from .combinations import check_combination_distance

__all__ = ["gap_seconds"]


def gap_seconds(
    points: str | Decimal | int, reference: str | Decimal | int, distance: int
) -> Decimal:
    """The gap in seconds on ``distance`` between two published totals, exact.

    Points are text (``"110.980"``, ``"110,980"``: ASCII digits, an optional sign and
    decimal point or comma, no exponent or ``_``), a ``Decimal`` or an ``int``; they must be
    finite, below 10**9 points in magnitude and have at most three decimals (samalog points
    are thousandths of a point), as [parse_points][skatecalc.samalog.parse_points] reads
    them. The distance is at most
    [MAX_DISTANCE][skatecalc.championship.combinations.MAX_DISTANCE] metres.

    >>> gap_seconds("111.315", "110.980", 1000)
    Decimal('0.67')
    >>> gap_seconds("sNaN", "2", 500)
    Traceback (most recent call last):
    ...
    skatecalc.errors.SkatecalcError: 'sNaN' is not a points value: ...
    """
    check_combination_distance(distance)
    return gap_seconds_from_points(parse_points(points) - parse_points(reference), distance)
