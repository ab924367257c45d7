"""The cells of a listing line: DIFF values, screen columns, dates."""

from __future__ import annotations

import datetime
import re
import unicodedata

from ...errors import FileFormatError, InvalidTimeError
from ...limits import shown

__all__ = ["Plan", "column_plan", "cut_line", "date_of", "display_cells", "parse_diff"]

_DIFF = re.compile(r"([+-])(?:(\d{1,4})\.(\d{2})|(\d{1,5}))\.(\d{3})", re.ASCII)


def parse_diff(text: str) -> int:
    """A DIFF cell in thousandths: ``+1.352``, ``+1.07.210`` (over a minute), ``-46.780``.

    >>> parse_diff("+1.352"), parse_diff("+1.07.210"), parse_diff("-1.48.390")
    (1352, 67210, -108390)
    >>> parse_diff("1.352")
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidTimeError: '1.352' is not a DIFF: expected +s.fff or +m.ss.fff
    """
    m = _DIFF.fullmatch(text.strip()) if isinstance(text, str) else None
    if not m:
        raise InvalidTimeError(f"{shown(text)} is not a DIFF: expected +s.fff or +m.ss.fff")
    sign, minutes, seconds, plain, frac = m.groups()
    if minutes is not None:
        if int(seconds) >= 60:
            raise InvalidTimeError(f"{text!r} is not a DIFF: {seconds} seconds must be below 60")
        total = (int(minutes) * 60 + int(seconds)) * 1000 + int(frac)
    else:
        total = int(plain) * 1000 + int(frac)
    return -total if sign == "-" else total


def display_cells(line: str) -> list[str]:
    """The screen columns of a line: a wide character fills two (the second ``""``), a
    combining mark joins the character before it."""
    cells: list[str] = []
    for ch in line:
        if cells and (unicodedata.combining(ch) or unicodedata.category(ch) in ("Me", "Cf")):
            cells[-1] += ch
            continue
        cells.append(ch)
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            cells.append("")
    return cells


def date_of(day: str, month: str, year: str, at: str, text: str) -> datetime.date:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        raise FileFormatError(f"{text!r} is not a date", where=at) from None


Plan = tuple[list[tuple[str, int, int]], int]
"""Each column's name, start and end (``-1``: to the end of the line), and where the TIME
column starts: a race's header, worked out once for all its lines."""


def column_plan(columns: list[tuple[str, int]]) -> Plan:
    """The `Plan` of a header given as (name, start) pairs."""
    bounds = [
        (name, start, columns[k + 1][1] if k + 1 < len(columns) else -1)
        for k, (name, start) in enumerate(columns)
    ]
    return bounds, dict(columns)["TIME"]


def cut_line(line: str, plan: Plan) -> dict[str, str] | None:
    """The cells of a line under its header (each stripped), or ``None`` when the line
    does not fit it (too short, a cell running into the next column or starting before its
    own): the reader then cuts it again to say where, or reads it by screen columns.

    >>> plan = column_plan([("POS", 0), ("NAME", 6), ("TIME", 20)])
    >>> cut_line("1     Jordan Stolz  1:05.66", plan)
    {'POS': '1', 'NAME': 'Jordan Stolz', 'TIME': '1:05.66'}
    >>> cut_line("1     Jordan Stolz Jr 1:05.66", plan) is None
    True
    """
    bounds, time_start = plan
    n = len(line)
    if n <= time_start:
        return None
    out: dict[str, str] = {}
    for name, start, end in bounds:
        if end < 0:  # the last column: to the end of the line
            cell = line[start:]
        else:
            if end <= n and line[end - 1] != " ":
                return None
            cell = line[start:end]
        stripped = cell.strip()
        if stripped and cell[0] == " ":
            return None
        out[name] = stripped
    return out
