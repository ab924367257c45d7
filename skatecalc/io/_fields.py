"""Checks shared by the file readers: the header's columns and whole numbers in cells.

Whole numbers (places, distances) are read by :func:`skatecalc._fields.whole_number`
(ASCII digits only, at most :data:`~skatecalc._fields.MAX_DIGITS`), re-exported here with a
:class:`~skatecalc.errors.FileFormatError` default; :func:`check_header` refuses a column
given twice and a column the format does not know, so that nothing in a file is ignored::

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

from .._fields import MAX_DIGITS, shown
from .._fields import whole_number as _whole_number
from ..errors import FileFormatError, SkatecalcError, closest_names
from .csvfile import CsvTable, where

__all__ = ["check_header", "shown", "whole_number"]


def whole_number(
    text: str,
    what: str,
    *,
    error: type[SkatecalcError] = FileFormatError,
    max_digits: int = MAX_DIGITS,
) -> int:
    """:func:`skatecalc._fields.whole_number`, raising :class:`FileFormatError` by default.

    >>> whole_number("0500", "distance")
    500
    """
    return _whole_number(text, what, error=error, max_digits=max_digits)


def check_header(table: CsvTable, known: Iterable[str] | None = None) -> None:
    """Refuse a header with a column twice, or (with ``known``) a column not in ``known``.

    The error names the column, the closest known names and the header's line.

    >>> from .csvfile import read_csv_text
    >>> check_header(read_csv_text("name,500,name\\nA,37.1,B\\n", "r.csv"))
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: column 'name' is given twice (columns 1 and 3) (line 1 of
    r.csv)
    """
    at = where(table.source, table.header_line)
    first: dict[str, int] = {}
    for i, column in enumerate(table.header, start=1):
        if column in first:
            raise FileFormatError(
                f"column {shown(column)} is given twice (columns {first[column]} and {i})",
                where=at,
            )
        first[column] = i
    if known is None:
        return
    allowed = tuple(known)
    for column in table.header:
        if column not in allowed:
            near = closest_names(column, allowed) if column else []
            hint = f"; closest: {', '.join(repr(n) for n in near)}" if near else ""
            raise FileFormatError(
                f"unknown column {shown(column)}{hint}; the format's columns are"
                f" {', '.join(allowed)}",
                where=at,
            )
