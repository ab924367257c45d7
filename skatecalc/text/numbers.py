"""Number formatters: points, gaps in seconds, times and places, in ISU or Dutch notation.

Display only: the exact values stay in the tables (``Decimal``, ``RaceTime``); these
functions decide how they print::

    >>> from decimal import Decimal
    >>> format_points(Decimal("110.98")), format_points(Decimal("110.98"), "nl")
    ('110.980', '110,980')
    >>> format_gap(Decimal("0.423")), format_gap(Decimal("0.423"), rounding=ROUND_HALF_UP)
    ('0.43', '0.42')

The displayed gap rounds UP by default (towards the larger number of hundredths): the gap a
skater must find is a whole number of hundredths, because race times are official in
hundredths, so an exact gap of 0.423 s needs 0.43 s. Dutch press tables print it so (ANP,
World Allround Championships 2022: 0.423 s printed 0.43, 4.734 s printed 4.74). Half up
stays available as a parameter.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal

from ..errors import InvalidRuleError
from ..limits import shown
from ..points import GAP_ROUNDINGS, round_gap
from ..time import RaceTime, Status
from .lang import normalise_lang

__all__ = [
    "ROUNDINGS",
    "ROUND_HALF_UP",
    "ROUND_UP",
    "format_gap",
    "format_ordinal",
    "format_points",
    "format_result",
    "format_seconds",
    "format_time",
]

ROUNDINGS = GAP_ROUNDINGS
"""The rounding directions a displayed gap accepts (the `decimal` constants)."""

_MAX_DIGITS = 15
"""Points and gaps shown are below 10**15 in magnitude (a samalog total is a few hundred)."""

_CONTEXT = decimal.Context(prec=60, traps=[decimal.InvalidOperation])
"""A private context, so that a caller's decimal settings never change what is shown."""


def _finite(value: object, what: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidRuleError(f"{what} {shown(value)} is not a finite Decimal")
    if value and value.adjusted() >= _MAX_DIGITS:
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
    rounded, so that what prints is the exact value.

    >>> format_points(Decimal("110.98"), "nl"), format_points(Decimal("37"))
    ('110,980', '37.000')
    >>> format_points(Decimal("0.0005"))
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidRuleError: points Decimal('0.0005') have more than three decimals
    """
    _finite(value, "points")
    exact = value.quantize(Decimal("0.001"), rounding=decimal.ROUND_DOWN, context=_CONTEXT)
    if exact != value:
        raise InvalidRuleError(f"points {shown(value)} have more than three decimals")
    return _notation(_unsigned_zero(f"{exact:f}"), lang)


def format_gap(
    value: Decimal, lang: object = "en", *, places: int = 2, rounding: str = ROUND_UP
) -> str:
    """A gap in seconds for display, rounded to ``places`` decimals (hundredths).

    ``rounding`` is a `decimal` rounding constant; the default ``ROUND_UP`` rounds
    away from zero, towards the larger number of hundredths (the time a skater must find;
    a gap already in whole hundredths is unchanged). ``ROUND_HALF_UP`` rounds half up.

    >>> format_gap(Decimal("4.734")), format_gap(Decimal("0.67"), "nl")
    ('4.74', '0,67')
    >>> format_gap(Decimal("1.005"), rounding=ROUND_HALF_UP), format_gap(Decimal("1.005"))
    ('1.01', '1.01')
    >>> format_gap(Decimal("1.004"), rounding=ROUND_HALF_UP), format_gap(Decimal("1.004"))
    ('1.00', '1.01')
    """
    normalise_lang(lang)
    # one rounding rule for every displayed gap (also skatecalc.championship.gaps.format_gap)
    return _notation(f"{round_gap(value, places=places, rounding=rounding):f}", lang)


def format_seconds(value: Decimal, lang: object = "en", *, places: int = 2) -> str:
    """An exact number of seconds with ``places`` decimals; a value that would need
    rounding is refused (use [`format_gap`][skatecalc.text.format_gap] to round a gap for display).

    >>> format_seconds(Decimal("0.67")), format_seconds(Decimal("-1.5"), "nl")
    ('0.67', '-1,50')
    """
    _finite(value, "seconds")
    if type(places) is not int or not 0 <= places <= 6:
        raise InvalidRuleError(f"places={shown(places)} must be a whole number from 0 to 6")
    exact = value.quantize(
        Decimal(1).scaleb(-places), rounding=decimal.ROUND_DOWN, context=_CONTEXT
    )
    if exact != value:
        raise InvalidRuleError(f"seconds {shown(value)} have more than {places} decimals")
    return _notation(_unsigned_zero(f"{exact:f}"), lang)


def format_time(
    value: RaceTime | None, lang: object = "en", *, precision: int | None = None, missing: str = ""
) -> str:
    """A race time in ISU (``1:46.38``) or Dutch (``1.46,38``) notation; ``missing`` for
    ``None``.

    >>> t = RaceTime.parse("1:46.38")
    >>> format_time(t), format_time(t, "nl"), format_time(None, missing="-")
    ('1:46.38', '1.46,38', '-')
    """
    if value is None:
        return missing
    if not isinstance(value, RaceTime):
        raise InvalidRuleError(f"{shown(value)} is not a RaceTime")
    return value.format(normalise_lang(lang), precision=precision)


def format_result(
    value: RaceTime | Status | None, lang: object = "en", *, missing: str = ""
) -> str:
    """A result cell: a time in the notation of ``lang``, a status code (``DQ``), or
    ``missing`` for no result.

    >>> format_result(RaceTime.parse("37.07"), "nl"), format_result(Status.DQ)
    ('37,07', 'DQ')
    """
    if isinstance(value, Status):
        normalise_lang(lang)
        return value.value
    return format_time(value, lang, missing=missing)


def format_ordinal(n: int, lang: object = "en") -> str:
    """A place as an ordinal: ``1st``, ``2nd``, ``3rd``, ``11th`` in English; ``1e``, ``2e``
    in Dutch.

    >>> [format_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 111)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '111th']
    >>> format_ordinal(8, "nl")
    '8e'
    """
    if type(n) is not int or n < 0 or n >= 10**9:
        raise InvalidRuleError(f"place {shown(n)} is not a whole number from 0")
    if normalise_lang(lang) == "nl":
        return f"{n}e"
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"
