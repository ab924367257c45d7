"""The types of option values: whole numbers (ASCII digits, a range) and seconds.

Each refuses what it cannot read with `argparse.ArgumentTypeError` (exit status 2), whose
message argparse prefixes with the option (``argument --rank: '0' is not a whole number
from 1``): a value is named in the command line's terms, never in the library's
(``rank=0``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from ..limits import shown

__all__ = ["combination_name", "seconds", "whole", "whole_from"]


_MOST_DIGITS = 30
"""The longest whole number an option takes (a larger one is refused, not converted)."""


def whole(text: str) -> int:
    """A whole-number option: ASCII digits 0-9, an optional sign, at most 30 digits.

    ``int()`` alone would read Arabic-Indic or full-width digits and ``1_0`` as 10; here
    they are refused (exit status 2), as everywhere else in skatecalc.

    >>> whole("12"), whole("-1")
    (12, -1)
    >>> whole("١")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '١' is not a whole number: write digits 0-9
    """
    s = text.strip()
    digits = s[1:] if s[:1] in ("+", "-") else s
    if not (digits.isascii() and digits.isdigit()):
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a whole number: write digits 0-9")
    if len(digits) > _MOST_DIGITS:
        raise argparse.ArgumentTypeError(
            f"{shown(text)} is not a whole number of at most {_MOST_DIGITS} digits"
        )
    return int(s)


def whole_from(least: int, most: int | None = None) -> Callable[[str], int]:
    """A `whole` option of at least ``least`` (and at most ``most``): a value out of range
    is refused naming the option (exit status 2), not in the library's terms (``rank=0``).

    >>> whole_from(1)("3")
    3
    >>> whole_from(1, 1000)("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '0' is not a whole number from 1 to 1000
    """

    def read(text: str) -> int:
        value = whole(text)
        if value < least or (most is not None and value > most):
            upper = f" to {most}" if most is not None else ""
            raise argparse.ArgumentTypeError(
                f"{shown(text)} is not a whole number from {least}{upper}"
            )
        return value

    read.__name__ = "whole number"  # argparse names the type so in its own messages
    return read


def seconds(text: str) -> int:
    """A positive number of seconds (``--timeout``, ``--interval``), as whole milliseconds.

    >>> seconds("0.5"), seconds("30")
    (500, 30000)
    """
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        value = Decimal(0)
    if not value.is_finite() or not 0 < value <= 600 or (value * 1000) % 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of seconds"
            " (more than 0, at most 600, at most three decimals)"
        )
    return int(value * 1000)


def combination_name(text: str) -> str:
    """``--combination``: the name of a registered combination (case, ``-`` and ``_`` do
    not matter), refused on the command line when unknown, never as if the input file
    held it.

    >>> combination_name("Sprint")
    'Sprint'
    >>> combination_name("sprnt")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: unknown combination 'sprnt'; known: sprint, ...
    """
    from ..championship.combinations import combination
    from ..errors import SkatecalcError

    try:
        combination(text)
    except SkatecalcError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text
