"""Gaps between totals in seconds, and the two numbers every table prints: points and gaps.

A gap in points becomes a gap in seconds on a distance by the samalog formula turned round
(points × distance ÷ 500): exact, never rounded. Only display rounds a gap, to hundredths,
upwards by default (the time a skater must find), with `format_gap()`.

    >>> gap_seconds("111.315", "110.980", 1000)
    Decimal('0.67')
    >>> format_gap(Decimal("0.423")), format_points(Decimal("110.98"), "nl")
    ('0.43', '110,980')
"""

from __future__ import annotations

from decimal import ROUND_UP, Decimal

from ..errors import InvalidRuleError
from ..limits import shown
from ..points import gap_seconds_from_points, parse_points, round_gap
from ..time import Lang
from .combinations import check_combination_distance

__all__ = ["check_lang", "format_gap", "format_points", "gap_seconds"]

_LANGS = ("en", "nl")


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if it is a known output language (``"en"`` or ``"nl"``), else raise.

    >>> check_lang("nl")
    'nl'
    """
    if lang == "en" or lang == "nl":
        return "en" if lang == "en" else "nl"
    raise InvalidRuleError(f"unknown language {shown(lang)}: use one of {', '.join(_LANGS)}")


def _decimal_arg(value: object, what: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidRuleError(f"{what} {shown(value)} is not a finite Decimal")
    return value


def format_points(value: Decimal, lang: str = "en") -> str:
    """Points with three decimals, ``110.980`` (``110,980`` in Dutch notation).

    >>> format_points(Decimal("110.98"), "nl")
    '110,980'
    """
    text = f"{_decimal_arg(value, 'points'):.3f}"
    return text.replace(".", ",") if check_lang(lang) == "nl" else text


def format_gap(
    value: Decimal, lang: str = "en", *, places: int = 2, rounding: str = ROUND_UP
) -> str:
    """A gap in seconds for display, rounded to ``places`` decimals (hundredths).

    The exact gap is kept in the table; only display rounds, by
    [round_gap][skatecalc.points.round_gap] (the one rule for every displayed gap). The
    default ``ROUND_UP`` rounds towards the larger number of hundredths, the time a skater
    must find, as Dutch press tables print it (ANP, World Allround Championships 2022:
    0.423 s printed 0.43); a gap in whole hundredths is unchanged. ``rounding`` takes any
    `decimal` rounding constant, e.g. ``decimal.ROUND_HALF_UP``.

    >>> format_gap(Decimal("0.423")), format_gap(Decimal("0.67"), "nl")
    ('0.43', '0,67')
    >>> from decimal import ROUND_HALF_UP
    >>> format_gap(Decimal("1.004")), format_gap(Decimal("1.004"), rounding=ROUND_HALF_UP)
    ('1.01', '1.00')
    """
    text = f"{round_gap(value, places=places, rounding=rounding):f}"
    return text.replace(".", ",") if check_lang(lang) == "nl" else text


def gap_seconds(
    points: str | Decimal | int, reference: str | Decimal | int, distance: int
) -> Decimal:
    """The gap in seconds on ``distance`` between two published totals, exact.

    Points are text (``"110.980"``, ``"110,980"``: ASCII digits, an optional sign and
    decimal point or comma, no exponent or ``_``), a ``Decimal`` or an ``int``; they must be
    finite, below 10**9 points in magnitude and have at most three decimals (samalog points
    are thousandths of a point), as [parse_points][skatecalc.points.parse_points] reads
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
