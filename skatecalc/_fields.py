"""Whole numbers read from text: ASCII digits only, with a bounded length.

``str.isdigit`` is true for ``'²'`` and ``'５'``, and ``int()`` reads Arabic-Indic digits
(``'٣'``) but refuses superscripts and anything longer than 4,300 digits, so
``text.isdigit()`` followed by ``int(text)`` either lets a character through that a file
did not mean as a number or raises a bare ``ValueError``. Every whole number skatecalc
reads from text (a place, a distance, a year, a points value) goes through
`whole_number` instead: ASCII digits ``0``-``9`` only (surrounding white space is
allowed), at most `MAX_DIGITS` of them, and a [`SkatecalcError`][skatecalc.errors.SkatecalcError]
subclass naming the value (and the first character that is not a digit) otherwise::

    >>> whole_number(" 500 ", "distance")
    500
    >>> whole_number("²", "distance")
    Traceback (most recent call last):
    ...
    skatecalc.errors.SkatecalcError: distance '²' is not a whole number: '²' (U+00B2) is not an
    ASCII digit 0-9
    >>> whole_number("9" * 5000, "place")
    Traceback (most recent call last):
    ...
    skatecalc.errors.SkatecalcError: place '9999...' (5000 characters) is not a
    whole number: more than 9 digits

Long values are shortened in messages by [`shown`][skatecalc.limits.shown], so that an
error stays one line.
"""

from __future__ import annotations

from .errors import SkatecalcError
from .limits import shown

__all__ = ["MAX_DIGITS", "is_ascii_digits", "shown", "whole_number"]

MAX_DIGITS = 9
"""The most digits a whole number read from text may have (places, distances, points)."""


def is_ascii_digits(text: str) -> bool:
    """True for a non-empty run of the ASCII digits ``0``-``9`` and nothing else.

    >>> is_ascii_digits("500"), is_ascii_digits("²"), is_ascii_digits("５00"), is_ascii_digits("")
    (True, False, False, False)
    """
    return isinstance(text, str) and text.isascii() and text.isdigit()


def whole_number(
    text: str,
    what: str,
    *,
    error: type[SkatecalcError] = SkatecalcError,
    max_digits: int = MAX_DIGITS,
) -> int:
    """The whole number in ``text`` (ASCII digits, at most ``max_digits``), else ``error``.

    ``what`` names the value in the message (``"place"``, ``"--assign distance"``).

    >>> whole_number("0500", "distance")
    500
    >>> whole_number("1_0", "place")
    Traceback (most recent call last):
    ...
    skatecalc.errors.SkatecalcError: place '1_0' is not a whole number: '_' (U+005F) is not an
    ASCII digit 0-9
    """
    if not isinstance(text, str):
        raise error(f"{what} {shown(text)} is not a whole number (text of digits 0-9)")
    s = text.strip()
    if not s:
        raise error(f"{what} {shown(text)} is empty: give a whole number")
    bad = next((c for c in s if not ("0" <= c <= "9")), None)
    if bad is not None:
        raise error(
            f"{what} {shown(text)} is not a whole number: {bad!r} (U+{ord(bad):04X}) is not an"
            " ASCII digit 0-9"
        )
    if len(s) > max_digits:
        raise error(f"{what} {shown(text)} is not a whole number: more than {max_digits} digits")
    return int(s)
