"""Number formatters: points, gaps in seconds, times and places, in ISU or Dutch notation.

Points, gaps and seconds are written by the one formatter of each in
[`skatecalc.samalog`][skatecalc.samalog], places by
[`format_ordinal`][skatecalc.notation.format_ordinal]; this module gathers them with the
time formatters for the renderers.

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

from decimal import ROUND_HALF_UP, ROUND_UP

from ..errors import InvalidRuleError
from ..limits import shown
from ..notation import format_ordinal, normalise_lang
from ..samalog import GAP_ROUNDINGS, format_gap, format_points, format_seconds
from ..time import RaceTime, Status

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
