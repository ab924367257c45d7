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
    "MAX_RACE_TIME_HUNDREDTHS",
    "MAX_RACE_TIME_THOUSANDTHS",
    "MAX_ROWS",
    "MAX_TIME_TEXT_CHARS",
    "shown",
]

MAX_RACE_TIME_THOUSANDTHS = 24 * 3600 * 1000
"""A race time is below 24 hours (86,400 s). No speed-skating distance comes close: the
longest (a 200 km marathon on natural ice) takes under 7 hours."""

MAX_RACE_TIME_HUNDREDTHS = MAX_RACE_TIME_THOUSANDTHS // 10
"""The same bound in hundredths, the official precision (what required times count in)."""

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


MAX_SHOWN = 40
"""The most characters of an offending text value that a message repeats (see `shown`)."""


def shown(value: object, limit: int = MAX_SHOWN) -> str:
    """Any value for a message: its ``repr``, cut when long, with the length said; never
    raises (an integer of more than 4,300 digits cannot be printed, see
    `sys.set_int_max_str_digits`, and a broken ``__repr__`` is named by its type).

    The one value-shortener of every message: a text is cut after ``limit`` characters, any
    other value's ``repr`` after ``3 * limit``.

    >>> shown("37.13"), shown("x" * 30, 5), shown(5)
    ("'37.13'", "'xxxxx...' (30 characters)", '5')
    >>> shown(10**5000)
    'an integer of more than 4999 digits'
    """
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        head = repr(value[:limit])
        return f"{head[:-1]}...{head[-1]} ({len(value)} characters)"
    if isinstance(value, int) and value.bit_length() > 10 * limit:  # repr() may refuse it
        # 2**(b-1) <= |value|, and 0.30102 < log10(2): a true lower bound, no float
        return f"an integer of more than {(value.bit_length() - 1) * 30102 // 100000} digits"
    try:
        text = repr(value)
    except Exception:  # a hostile or broken __repr__
        return f"a {type(value).__name__} value"
    if len(text) > 3 * limit:
        return f"{text[: 3 * limit]}... ({len(text)} characters)"
    return text
