"""Decimals made exactly, whatever the caller's decimal context.

Python's ``decimal`` arithmetic rounds every result to the precision of the current
context (``decimal.getcontext()``), which is the caller's: a notebook that set
``getcontext().prec = 4`` would have had 37.175 points come back as 37.18. The package
makes every ``Decimal`` from its exact integers through `EXACT`, a context of the greatest
precision, so a result never depends on the caller's context (a property test holds every
public result equal under a hostile context).

>>> import decimal
>>> with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_UP)):
...     units(37175, 3), EXACT.multiply(148545, decimal.Decimal("0.001"))
(Decimal('37.175'), Decimal('148.545'))
"""

from __future__ import annotations

import decimal
from decimal import Decimal

__all__ = ["EXACT", "units"]

EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
"""The context of the package's own decimal arithmetic: nothing is rounded."""


def units(value: int, places: int) -> Decimal:
    """``value`` × 10^-``places`` with ``places`` decimals, exact: ``units(110980, 3)`` is
    ``Decimal('110.980')``."""
    return Decimal(value).scaleb(-places, EXACT)
