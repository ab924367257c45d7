"""Checks shared by the file readers: the header's columns and whole numbers in cells.

Whole numbers (places, distances) are read by `skatecalc._fields.whole_number`
(ASCII digits only, at most `MAX_DIGITS`), re-exported here with a
[`FileFormatError`][skatecalc.errors.FileFormatError] default; `check_header` refuses a column
that the format does not know, so that nothing in a file is ignored::

    >>> from .csvfile import read_csv_text
    >>> check_header(read_csv_text("distance,name,tijd\\n500,A,34.5\\n", "o.csv"),
    ...              ("distance", "name", "time"))
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: unknown column 'tijd'; closest: 'time'; the format's
    columns are distance, name, time (line 1 of o.csv)
"""

from __future__ import annotations

from collections.abc import Iterable

from .._fields import MAX_DIGITS
from .._fields import whole_number as _whole_number
from ..errors import FileFormatError, SkatecalcError, closest_names
from ..limits import shown
from .csvfile import CsvTable, where

__all__ = ["check_header", "whole_number"]


def whole_number(
    text: str,
    what: str,
    *,
    error: type[SkatecalcError] = FileFormatError,
    max_digits: int = MAX_DIGITS,
) -> int:
    """`skatecalc._fields.whole_number`, raising
    [`FileFormatError`][skatecalc.errors.FileFormatError] by default.

    >>> whole_number("0500", "distance")
    500
    """
    return _whole_number(text, what, error=error, max_digits=max_digits)


def check_header(table: CsvTable, known: Iterable[str]) -> None:
    """Refuse a column not in ``known``: the error names it, the closest known names and
    the header's line. (A column given twice is refused by
    [`read_csv_text`][skatecalc.io.csvfile.read_csv_text] already.)

    >>> from .csvfile import read_csv_text
    >>> check_header(read_csv_text("name,place,plaats\\nA,1,1\\n", "r.csv"), ("name", "place"))
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: unknown column 'plaats'; closest: 'place'; the format's
    columns are name, place (line 1 of r.csv)
    """
    allowed = tuple(known)
    for column in table.header:
        if column not in allowed:
            near = closest_names(column, allowed, n=1) if column else []
            hint = f"; closest: {', '.join(repr(n) for n in near)}" if near else ""
            raise FileFormatError(
                f"unknown column {shown(column)}{hint}; the format's columns are"
                f" {', '.join(allowed)}",
                where=where(table.source, table.header_line),
            )
