"""Resource bounds on input: one place for every limit skatecalc enforces.

Input from a user or a file is bounded so that a mistaken or hostile file gets a clear
error instead of a hang or an exhausted memory. The bounds are generous for real use (a
file of a million skaters is read) and each error says which bound was hit::

    >>> MAX_RACE_TIME_THOUSANDTHS == 24 * 3600 * 1000
    True
    >>> shown("9" * 5000)
    "'99999999999999999999...' (5000 characters)"

The values are documented in ``docs/formats.md`` ("Limits").
"""

from __future__ import annotations

__all__ = [
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_JSON_INTEGER_DIGITS",
    "MAX_LINE_CHARS",
    "MAX_POINTS",
    "MAX_RACE_TIME_THOUSANDTHS",
    "MAX_ROWS",
    "MAX_TIME_TEXT_CHARS",
    "described",
    "shown",
]

MAX_RACE_TIME_THOUSANDTHS = 24 * 3600 * 1000
"""A race time is below 24 hours (86,400 s). No speed-skating distance comes close: the
longest (a 200 km marathon on natural ice) takes under 7 hours."""

MAX_TIME_TEXT_CHARS = 32
"""Longest text read as a race time or a points value, surrounding spaces excluded
(``23:59:59.999`` has 12 characters)."""

MAX_POINTS = 10**9
"""Points values (totals included) are below one thousand million points."""

MAX_CELL_CHARS = 10_000
"""Longest CSV cell, and longest text value in a JSON file."""

MAX_LINE_CHARS = 100_000
"""Longest physical line of a CSV file."""

MAX_COLUMNS = 1_000
"""Most columns in a CSV file."""

MAX_ROWS = 2_000_000
"""Most data rows in a CSV file and most skaters in a JSON file."""

MAX_JSON_DEPTH = 64
"""Deepest nesting of arrays and objects in a JSON file."""

MAX_JSON_INTEGER_DIGITS = 100
"""Longest integer in a JSON file."""

MAX_FILE_BYTES = 512 * 1024 * 1024
"""Largest file read (512 MiB)."""


def described(value: object, limit: int = 40) -> str:
    """Any value for a message: its ``repr``, cut when long; never raises (an integer of
    more than 4,300 digits cannot be printed, see `sys.set_int_max_str_digits`).

    >>> described(10**5000), described(5), described("dn" * 30, 4)
    ('an integer of more than 30 digits', '5', "'dndn...' (60 characters)")
    """
    if isinstance(value, str):
        return shown(value, limit)
    if isinstance(value, int) and abs(value) >= 10**30:
        return "an integer of more than 30 digits"
    try:
        text = repr(value)
    except Exception:  # a hostile or broken __repr__
        return f"a {type(value).__name__}"
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def shown(value: str, limit: int = 20) -> str:
    """``repr(value)``, cut after ``limit`` characters with the length said, for messages.

    >>> shown("37.13"), shown("x" * 30, 5)
    ("'37.13'", "'xxxxx...' (30 characters)")
    """
    if len(value) <= limit:
        return repr(value)
    head = repr(value[:limit])
    return f"{head[:-1]}...{head[-1]} ({len(value)} characters)"
