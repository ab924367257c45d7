"""Samalog points on one distance, and the arithmetic that turns points back into seconds.

Points on a distance are the time in seconds divided by (distance ÷ 500), truncated to
three decimals, each distance separately. In exact integers::

    points_thousandths = time_hundredths * 5000 // distance_m

    >>> points("1:42.68", 1500)       # 102.68 / 3 = 34.22666... -> 34.226 (not 34.227)
    Decimal('34.226')
    >>> points("37.07", 500), points("1:14.35", 1000)
    (Decimal('37.070'), Decimal('37.175'))

Source: ISU Special Regulations & Technical Rules Speed Skating (Rule 265 in the 2014
edition, "samalog"); reproduced exactly by the published totals in ``samalog-totals.csv``.
Status: verified. Results before about 1972 (times in tenths) match rounding half up
instead of truncation: pass ``rounding=Rounding.HALF_UP``.
"""

from __future__ import annotations

import decimal
import enum
import math
import re
from decimal import ROUND_UP, Decimal

from ._exact import EXACT, units
from ._lazy import pattern
from .errors import InvalidDistanceError, InvalidRuleError, SkatecalcError
from .limits import MAX_POINTS, MAX_TIME_TEXT_CHARS, shown
from .notation import normalise_lang
from .time import RaceTime

__all__ = [
    "GAP_ROUNDINGS",
    "Rounding",
    "as_points",
    "divisor",
    "format_gap",
    "format_points",
    "format_seconds",
    "gap_seconds_from_points",
    "parse_points",
    "period",
    "points",
    "points_thousandths",
    "round_gap",
    "seconds_from_micro",
    "slowest",
]


class Rounding(enum.Enum):
    """How a distance's points are cut to three decimals."""

    TRUNCATE = "truncate"
    """Truncate (the ISU rule; verified on modern results). The default."""
    HALF_UP = "half-up"
    """Round half up (matches results before about 1972, times in tenths; derived)."""


def check_distance(distance: int) -> int:
    """Return ``distance`` if it is a positive whole number of metres, else raise."""
    if type(distance) is not int or distance <= 0:
        raise InvalidDistanceError(
            f"{shown(distance)} is not a distance: give a positive whole number of metres"
        )
    return distance


def divisor(distance: int) -> Decimal:
    """The samalog divisor, distance ÷ 500: 1 for 500 m, 3 for 1500 m, 20 for 10000 m.

    >>> divisor(1500), divisor(10000), divisor(700)
    (Decimal('3'), Decimal('20'), Decimal('1.4'))
    """
    check_distance(distance)
    if distance % 500:
        return EXACT.divide(Decimal(distance), 500).normalize(EXACT)
    return Decimal(distance // 500)


def points_thousandths(
    hundredths: int, distance: int, rounding: Rounding = Rounding.TRUNCATE
) -> int:
    """Points in thousandths of a point for a time in whole hundredths (exact integers).

    >>> points_thousandths(10268, 1500)
    34226
    >>> points_thousandths(10268, 1500, Rounding.HALF_UP)
    34227
    """
    quotient, remainder = divmod(hundredths * 5000, distance)
    if rounding is Rounding.HALF_UP and 2 * remainder >= distance:
        quotient += 1
    return quotient


def slowest(limit: int, distance: int, rounding: Rounding = Rounding.TRUNCATE) -> int:
    """The inverse of [`points_thousandths`][skatecalc.samalog.points_thousandths]: the largest
    whole number of hundredths whose points on ``distance`` are at most ``limit`` thousandths
    of a point (zero or negative when no time is that fast).

    With truncation ``t * 5000 // d <= L`` exactly when ``t <= ((L + 1) * d - 1) // 5000``;
    rounding half up, ``floor((10000 t + d) / 2d) <= L`` exactly when
    ``10000 t + d < 2d (L + 1)``. Integer arithmetic only, one step whatever the distance.
    This is what a required time is made of: "the slowest time that scores at most so many
    points". Status: arithmetic (verified against enumeration in the tests).

    >>> slowest(34226, 1500)          # 1:42.68 scores 34.226; 1:42.69 scores 34.230
    10268
    >>> points_thousandths(10268, 1500), points_thousandths(10269, 1500)
    (34226, 34230)
    >>> slowest(34226, 1500, Rounding.HALF_UP)
    10267
    >>> slowest(-1, 500)              # no time scores below zero points
    -1
    """
    if rounding is Rounding.HALF_UP:
        return (2 * distance * (limit + 1) - distance - 1) // 10000
    return ((limit + 1) * distance - 1) // 5000


def period(distance: int) -> int:
    """How many hundredths apart two times must be for the points' truncation to repeat.

    Points rise by a whole number of thousandths every ``period`` hundredths (``distance /
    gcd(5000, distance)``): 1 on the 500, 1000 and 5000 m, 2 on the 10000 m, 3 on the 1500
    and 3000 m, 7 on a 700 m. So the margin a skater needs against an opponent's coming
    time repeats every ``period`` hundredths of that time.

    >>> [period(d) for d in (500, 1000, 1500, 3000, 5000, 10000, 700)]
    [1, 1, 3, 3, 1, 2, 7]
    >>> points_thousandths(10000, 1500), points_thousandths(10003, 1500)  # 3 hundredths: 10
    (33333, 33343)
    """
    check_distance(distance)
    return distance // math.gcd(5000, distance)


def as_points(thousandths: int) -> Decimal:
    """Thousandths of a point as a ``Decimal`` with three places.

    >>> as_points(110980)
    Decimal('110.980')
    """
    return units(thousandths, 3)


def points(
    time: str | RaceTime, distance: int, *, rounding: Rounding = Rounding.TRUNCATE
) -> Decimal:
    """Samalog points for ``time`` on ``distance`` metres, three decimals, exact.

    The official time counts (hundredths; thousandths are truncated first).

    >>> points("1:45.009", 1500) == points("1:45.00", 1500)
    True
    >>> points("40.1", 500, rounding=Rounding.HALF_UP)
    Decimal('40.100')
    """
    if type(distance) is int and distance > 0 and rounding is _TRUNCATE:
        # The common path: the same checks and the same integers, fewer calls.
        thousandths = (
            time.thousandths if type(time) is RaceTime else RaceTime.parse(time).thousandths
        )
        return units(thousandths // 10 * 5000 // distance, 3)
    check_distance(distance)
    if not isinstance(rounding, Rounding):
        raise SkatecalcError(
            f"{shown(rounding)} is not a Rounding: use Rounding.TRUNCATE or HALF_UP"
        )
    return as_points(points_thousandths(RaceTime.parse(time).hundredths, distance, rounding))


_TRUNCATE = Rounding.TRUNCATE


def seconds_from_micro(micro: int) -> Decimal:
    """Millionths of a second as the shortest exact ``Decimal`` with at least two places.

    >>> seconds_from_micro(670000), seconds_from_micro(1005000), seconds_from_micro(-20000)
    (Decimal('0.67'), Decimal('1.005'), Decimal('-0.02'))
    """
    places = 6
    while places > 2 and micro % 10 ** (6 - places + 1) == 0:
        places -= 1
    return units(micro // 10 ** (6 - places), places)


def gap_seconds_from_points(gap_thousandths: int, distance: int) -> Decimal:
    """A points gap expressed in seconds on ``distance``: gap × (distance ÷ 500), exact.

    This is the media convention (not an ISU rule): NOS and ISU standings print it for the
    next distance. For divisors 1, 2, 10 and 20 it is exact in hundredths; for 3 and 6 it
    can have three decimals, which are kept (round only when formatting).

    >>> gap_seconds_from_points(335, 1000)     # Kok 111.315 - Takagi 110.980
    Decimal('0.67')
    >>> gap_seconds_from_points(335, 1500)
    Decimal('1.005')
    """
    check_distance(distance)
    # gap seconds = gap_th / 1000 * distance / 500 = gap_th * distance * 2 / 10**6
    return seconds_from_micro(gap_thousandths * distance * 2)


GAP_ROUNDINGS = (
    decimal.ROUND_UP,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_CEILING,
    decimal.ROUND_DOWN,
    decimal.ROUND_FLOOR,
    decimal.ROUND_HALF_EVEN,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_05UP,
)
"""The rounding directions a displayed gap accepts (the `decimal` constants)."""

_MAX_GAP_DIGITS = 15
"""Gaps shown are below 10**15 seconds in magnitude (a samalog gap is a few seconds)."""

_DISPLAY = decimal.Context(prec=60, traps=[decimal.InvalidOperation])
"""A private context, so that a caller's decimal settings never change what is shown."""


def round_gap(value: Decimal, *, places: int = 2, rounding: str = ROUND_UP) -> Decimal:
    """An exact gap in seconds rounded to ``places`` decimals for display.

    The one rounding rule behind every displayed gap
    ([`format_gap`][skatecalc.samalog.format_gap], tables and the command line).
    ``rounding`` is a `decimal` constant; the default ``ROUND_UP`` rounds away
    from zero, towards the larger number of hundredths: the time a skater must find, since
    race times are official in whole hundredths. A gap in whole hundredths is unchanged.
    Dutch press tables print gaps so (ANP, World Allround Championships 2022 after two
    distances: 0.423 s printed 0.43, 4.734 s printed 4.74). Status: derived from those
    published tables. A rounded zero has no sign.

    >>> round_gap(Decimal("0.423")), round_gap(Decimal("0.67")), round_gap(Decimal("4.734"))
    (Decimal('0.43'), Decimal('0.67'), Decimal('4.74'))
    >>> round_gap(Decimal("1.005"), rounding=decimal.ROUND_HALF_UP)
    Decimal('1.01')
    >>> round_gap(Decimal("-0.001"), rounding=decimal.ROUND_HALF_UP)
    Decimal('0.00')
    """
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidRuleError(f"gap {shown(value)} is not a finite Decimal")
    if value and value.adjusted() >= _MAX_GAP_DIGITS:
        raise InvalidRuleError(f"gap {shown(value)} is out of range for display")
    if type(places) is not int or not 0 <= places <= 6:
        raise InvalidRuleError(f"places={shown(places)} must be a whole number from 0 to 6")
    if not isinstance(rounding, str) or rounding not in GAP_ROUNDINGS:
        raise InvalidRuleError(
            f"rounding {shown(rounding)} is not a decimal rounding: use"
            " decimal.ROUND_UP (the default) or decimal.ROUND_HALF_UP"
        )
    rounded = value.quantize(units(1, places), rounding=rounding, context=_DISPLAY)
    return rounded if rounded else rounded.copy_abs()


def parse_points(value: str | Decimal | int) -> int:
    """Read a points value (``"110.980"``, ``Decimal('110.98')``) into exact thousandths.

    Text is ASCII digits with an optional sign and a ``.`` or ``,`` decimal separator:
    ``"1_0.5"``, ``"1e3"`` and ``"NaN"`` are refused (``Decimal()`` and ``int()`` would
    accept them). Values must be below one thousand million points
    ([`MAX_POINTS`][skatecalc.limits.MAX_POINTS]).

    >>> parse_points("111.315"), parse_points("110,980")
    (111315, 110980)
    >>> parse_points("1_0.5")
    Traceback (most recent call last):
    ...
    skatecalc.errors.SkatecalcError: '1_0.5' is not a points value: write digits 0-9 ...
    """
    if isinstance(value, bool) or not isinstance(value, str | Decimal | int):
        raise SkatecalcError(
            f"{shown(value)} is not a points value: pass text such as '110.980' or a Decimal"
        )
    if isinstance(value, int):
        if abs(value) >= MAX_POINTS:
            raise SkatecalcError(f"{_count(value)} is not a points value: {_TOO_BIG}")
        return value * 1000
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_TIME_TEXT_CHARS:
            raise SkatecalcError(
                f"{shown(value)} is not a points value: too long ({len(text)} characters;"
                f" at most {MAX_TIME_TEXT_CHARS})"
            )
        m = _POINTS.fullmatch(text)
        if m is None:
            raise SkatecalcError(
                f"{shown(value)} is not a points value: write digits 0-9 with '.' or ','"
                " before the decimals, e.g. '110.980'"
            )
        number = Decimal(text.replace(",", "."))
    else:
        number = value
    if not number.is_finite():
        raise SkatecalcError(f"{shown(value)} is not a points value: it must be a finite number")
    if number.copy_abs() >= MAX_POINTS:
        raise SkatecalcError(f"{shown(str(value))} is not a points value: {_TOO_BIG}")
    # No arithmetic in the decimal context (it could round): read the digits.
    sign, digit_tuple, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    digits = "".join(map(str, digit_tuple))
    if exponent < -3:
        kept = digits.rstrip("0")
        exponent += len(digits) - len(kept)
        digits = kept or "0"
        if exponent < -3:
            raise SkatecalcError(
                f"{shown(str(value))} is not a points value with at most three decimals"
            )
    magnitude: int = int(digits) * 10 ** (exponent + 3)  # below 10**12: a handful of digits
    return -magnitude if sign else magnitude


_POINTS = pattern(r"[+-]?[0-9]+(?:[.,][0-9]+)?", re.ASCII)
_TOO_BIG = f"points must be below {MAX_POINTS:,}"


def _count(number: int) -> str:
    return str(number) if abs(number) < 10**30 else "an integer of more than 30 digits"


_MAX_SHOWN_DIGITS = 15
"""Points and gaps shown are below 10**15 in magnitude (a samalog total is a few hundred)."""


def _finite(value: object, what: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidRuleError(f"{what} {shown(value)} is not a finite Decimal")
    if value and value.adjusted() >= _MAX_SHOWN_DIGITS:
        raise InvalidRuleError(f"{what} {shown(value)} is out of range for display")
    return value


def _notation(text: str, lang: object) -> str:
    return text.replace(".", ",") if normalise_lang(lang) == "nl" else text


def _unsigned_zero(text: str) -> str:
    """``-0.00`` (a tiny negative value rounded to zero) prints as ``0.00``."""
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def format_points(value: Decimal, lang: object = "en") -> str:
    """Points with three decimals, ``110.980`` (``110,980`` in Dutch notation).

    Points are thousandths of a point: a value with a finer fraction is refused rather than
    rounded, so that what prints is the exact value. The one formatter of points
    (``skatecalc.format_points``, [`skatecalc.text`][skatecalc.text], every table).

    >>> format_points(Decimal("110.98"), "nl"), format_points(Decimal("37"))
    ('110,980', '37.000')
    >>> format_points(Decimal("0.0005"))
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidRuleError: points Decimal('0.0005') have more than three decimals
    """
    _finite(value, "points")
    exact = value.quantize(Decimal("0.001"), rounding=decimal.ROUND_DOWN, context=_DISPLAY)
    if exact != value:
        raise InvalidRuleError(f"points {shown(value)} have more than three decimals")
    return _notation(_unsigned_zero(f"{exact:f}"), lang)


def format_gap(
    value: Decimal, lang: object = "en", *, places: int = 2, rounding: str = ROUND_UP
) -> str:
    """A gap in seconds for display, rounded to ``places`` decimals (hundredths).

    ``rounding`` is a `decimal` rounding constant; the default ``ROUND_UP`` rounds
    away from zero, towards the larger number of hundredths (the time a skater must find;
    a gap already in whole hundredths is unchanged). ``ROUND_HALF_UP`` rounds half up. The one
    formatter of every displayed gap (tables, sentences, the command line).

    >>> format_gap(Decimal("4.734")), format_gap(Decimal("0.67"), "nl")
    ('4.74', '0,67')
    >>> format_gap(Decimal("1.005"), rounding=decimal.ROUND_HALF_UP), format_gap(Decimal("1.005"))
    ('1.01', '1.01')
    >>> format_gap(Decimal("1.004"), rounding=decimal.ROUND_HALF_UP), format_gap(Decimal("1.004"))
    ('1.00', '1.01')
    """
    normalise_lang(lang)
    return _notation(f"{round_gap(value, places=places, rounding=rounding):f}", lang)


def format_seconds(value: Decimal, lang: object = "en", *, places: int = 2) -> str:
    """An exact number of seconds with ``places`` decimals; a value that would need
    rounding is refused (use [`format_gap`][skatecalc.samalog.format_gap] to round a gap for
    display).

    >>> format_seconds(Decimal("0.67")), format_seconds(Decimal("-1.5"), "nl")
    ('0.67', '-1,50')
    """
    _finite(value, "seconds")
    if type(places) is not int or not 0 <= places <= 6:
        raise InvalidRuleError(f"places={shown(places)} must be a whole number from 0 to 6")
    exact = value.quantize(units(1, places), rounding=decimal.ROUND_DOWN, context=_DISPLAY)
    if exact != value:
        raise InvalidRuleError(f"seconds {shown(value)} have more than {places} decimals")
    return _notation(_unsigned_zero(f"{exact:f}"), lang)
