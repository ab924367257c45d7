"""Columns declared once: the machine face of every table (rows, JSON, CSV, DataFrame).

A table-like result ([`Tabular`][skatecalc.tabular.Tabular]) declares its columns once, as
Fast-F1's tables declare ``_COLUMNS``: each [`Column`][skatecalc.columns.Column] has a name
(the key in ``to_rows()``, in JSON and in the CSV heading), the Python types its values take
(``None`` aside) and what it means. Everything machine-readable derives from that
declaration and from ``to_rows()``:

* ``to_rows()``: one dict per row, keys exactly the declared names in declared order, exact
  values (``int``, ``Decimal``, ``RaceTime``, ``str``, ``bool``, ``None``);
* ``to_json()``: the JSON the command line prints ([`rows_json`][skatecalc.columns.rows_json]:
  Decimal as exact text, times in ISU notation);
* ``to_csv()``: the CSV the command line prints ([`csv_text`][skatecalc.columns.csv_text]);
* ``to_frame()``: a pandas DataFrame with numeric columns a plot can use
  ([`frame`][skatecalc.columns.frame]; pandas is an optional extra).

::

    >>> from decimal import Decimal
    >>> from skatecalc.time import RaceTime
    >>> cols = (Column("rank", int, "the place"), Column("name", str, "the skater"),
    ...         Column("500", (RaceTime, str), "the time, or a status code such as DQ"),
    ...         Column("points", Decimal, "the total, three decimals"))
    >>> rows = [{"rank": 1, "name": "Femke Kok", "500": RaceTime.parse("37.07"),
    ...          "points": Decimal("37.070")}]
    >>> check_columns(rows, cols) is rows
    True
    >>> print(rows_json(rows))
    [
      {
        "rank": 1,
        "name": "Femke Kok",
        "500": "37.07",
        "points": "37.070"
      }
    ]
    >>> check_columns([{"rank": "1", "name": "A", "500": None, "points": None}], cols)
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: row 0, column 'rank': '1' is a str; the column holds int

This is a core module: it imports neither the presentation layer nor pandas (pandas is
imported inside [`frame`][skatecalc.columns.frame] only).
"""

from __future__ import annotations

import enum
import importlib
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

from . import _record
from ._exact import units
from ._lazy import pattern
from .errors import SkatecalcError, TableError
from .limits import shown
from .notation import printable
from .time import RaceTime

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, TypeAlias

__all__ = [
    "FORMULA_START",
    "PANDAS_MISSING",
    "Column",
    "RowValue",
    "check_columns",
    "check_rows",
    "csv_cell",
    "csv_text",
    "frame",
    "json_text",
    "plain_value",
    "rows_json",
]

RowValue: TypeAlias = int | Decimal | RaceTime | str | bool | None
"""The type of one value in ``to_rows()``."""

_VALUE_TYPES = (bool, int, Decimal, RaceTime, str)


def _types(value: type | tuple[type, ...]) -> tuple[type, ...]:
    types = value if isinstance(value, tuple) else (value,)
    for t in types:
        if t not in _VALUE_TYPES:
            raise TableError(
                f"column type {shown(t)} is not a row value type (int, Decimal, RaceTime,"
                " str, bool)"
            )
    return types


@_record.frozen
class Column:
    """One declared column of a table: its ``name`` (the ``to_rows()`` key), the ``types``
    its values take besides ``None`` (one type or a tuple: ``(RaceTime, str)`` for a time
    or a status code), its ``meaning``, and optionally ``get``, the value of a row
    (a table whose values all come from its rows derives ``to_rows()`` from the getters).

    >>> Column("points", Decimal, "the total").types
    (<class 'decimal.Decimal'>,)
    >>> Column("points", float, "the total")
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: column type <class 'float'> is not a row value type ...
    """

    name: str
    types: tuple[type, ...] = _record.field(converter=_types)
    meaning: str
    get: Callable[[Any], RowValue] | None = _record.field(
        default=None, eq=False, repr=False, kw_only=True
    )

    def value(self, row: object) -> RowValue:
        """The value of ``row`` in this column (from ``get``)."""
        if self.get is None:
            raise TableError(f"column {self.name!r} declares no getter")
        return self.get(row)


def check_columns(
    rows: list[dict[str, RowValue]], columns: Sequence[Column]
) -> list[dict[str, RowValue]]:
    """Return ``rows`` if every row has exactly the declared columns, in order, each value
    ``None`` or of its column's types; else raise [`TableError`][skatecalc.errors.TableError]
    naming the first offence (see the module example)."""
    names = tuple(c.name for c in columns)
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise TableError(f"columns declared twice: {', '.join(map(repr, twice))}")
    for number, row in enumerate(rows):
        if tuple(row) != names:
            raise TableError(f"row {number} has keys {tuple(row)!r}; the columns are {names!r}")
        for column in columns:
            value = row[column.name]
            if value is None:
                continue
            ok = any(
                type(value) is t if t in (bool, int) else isinstance(value, t) for t in column.types
            )
            if not ok:
                kinds = ", ".join(t.__name__ for t in column.types)
                raise TableError(
                    f"row {number}, column {column.name!r}: {shown(value)} is a"
                    f" {type(value).__name__}; the column holds {kinds}"
                )
    return rows


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these gets a leading ``'`` in CSV output: a spreadsheet
would run it as a formula (OWASP, "CSV Injection")."""


def plain_value(value: object) -> str | int | bool | None:
    """A ``to_rows()`` value as JSON-ready data, in ISU notation: a ``Decimal`` as exact
    text (``"110.980"``), a ``RaceTime`` as ``"1:46.38"``, an enum as its value; ``int``,
    ``bool``, ``str`` and ``None`` as they are. A float is refused (never exact).

    >>> plain_value(Decimal("110.980")), plain_value(RaceTime.parse("1.46,38")), plain_value(3)
    ('110.980', '1:46.38', 3)
    """
    if isinstance(value, enum.Enum):
        return plain_value(value.value)
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise TableError(f"{value!r} is not a finite value")
        return f"{value:f}"
    if isinstance(value, RaceTime):
        return value.format("en")
    if isinstance(value, float):
        raise TableError(f"{shown(value)} is a float: a table value is exact")
    raise TableError(f"{shown(value)} ({type(value).__name__}) is not a table value")


def csv_cell(value: object, *, escape: bool = True) -> str:
    """One value as a CSV cell: ``None`` empty, ``True``/``False`` as ``true``/``false``,
    numbers and times as [`plain_value`][skatecalc.columns.plain_value] writes them; a text cell
    starting with ``= + - @`` (or a tab, a carriage return) gets a leading ``'``, the OWASP advice
    against CSV injection. Numbers are never prefixed: ``Decimal('-0.05')`` is ``-0.05``,
    while the text ``"-0.05"`` is ``'-0.05``. With ``escape`` (the default) control
    characters in text are written escaped (``\\x1b``), so that printing the CSV is safe.

    >>> csv_cell("=SUM(A1:A9)"), csv_cell("@cmd"), csv_cell(Decimal("-0.05")), csv_cell(None)
    ("'=SUM(A1:A9)", "'@cmd", '-0.05', '')
    >>> csv_cell("Ireen Wüst"), csv_cell("A\\x1b[31m"), csv_cell(True)
    ('Ireen Wüst', 'A\\\\x1b[31m', 'true')
    """
    plain = plain_value(value)
    if plain is None:
        return ""
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, int):
        return str(plain)
    is_text = isinstance(value, str | enum.Enum)
    text = printable(plain) if escape else plain
    if is_text and text.startswith(FORMULA_START):
        return "'" + text
    return text


def csv_text(
    rows: Iterable[Mapping[str, object]],
    fieldnames: Sequence[str] | None = None,
    *,
    delimiter: str = ",",
    escape: bool = True,
) -> str:
    """Typed rows (``to_rows()``) as CSV text with a heading line, every cell through
    [`csv_cell`][skatecalc.columns.csv_cell]. ``fieldnames`` default to every key of the
    rows, in order of first appearance (nothing is dropped); a missing key is an empty cell.

    >>> csv_text([{"name": "@SUM(A1)", "points": Decimal("37.070")}])
    "name,points\\r\\n'@SUM(A1),37.070\\r\\n"
    """
    materialised = list(rows)
    if fieldnames is None:
        seen: dict[str, None] = {}
        for row in materialised:
            for key in row:
                seen.setdefault(key, None)
        fieldnames = list(seen)
    import csv  # imported when a table is written as CSV (start-up time)

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow([csv_cell(f, escape=escape) for f in fieldnames])
    for row in materialised:
        writer.writerow([csv_cell(row.get(f), escape=escape) for f in fieldnames])
    return out.getvalue()


_ROW_TYPES = (int, Decimal, RaceTime, str)


def check_rows(rows: object) -> list[dict[str, RowValue]]:
    """Return ``rows`` if they keep the ``to_rows()`` contract, else raise
    [`TableError`][skatecalc.errors.TableError] naming the first offence.

    >>> from decimal import Decimal
    >>> check_rows([{"rank": 1, "name": "A", "points": Decimal("37.070")}])
    [{'rank': 1, 'name': 'A', 'points': Decimal('37.070')}]
    >>> check_rows([{"rank": 1, "points": 37.07}])
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: row 0, 'points': 37.07 is a float; ...
    """
    if not isinstance(rows, list):
        raise TableError(f"to_rows() must give a list, not {type(rows).__name__}")
    keys: tuple[str, ...] | None = None
    for number, row in enumerate(rows):
        if not isinstance(row, dict):
            raise TableError(f"row {number} is a {type(row).__name__}, not a dict")
        row_keys = tuple(row)
        if keys is None:
            keys = row_keys
        elif row_keys != keys:
            raise TableError(f"row {number} has keys {row_keys!r}, row 0 has {keys!r}")
        for key, value in row.items():
            if not isinstance(key, str):
                raise TableError(f"row {number}: key {shown(key)} is not a str")
            if isinstance(value, enum.Enum):
                raise TableError(f"row {number}, {key!r}: {value!r} is an enum; give its value")
            if value is None or isinstance(value, _ROW_TYPES):
                if isinstance(value, Decimal) and not value.is_finite():
                    raise TableError(f"row {number}, {key!r}: {value!r} is not finite")
                continue
            kind = "a float" if isinstance(value, float) else f"a {type(value).__name__}"
            raise TableError(
                f"row {number}, {key!r}: {shown(value)} is {kind}; a row value is an"
                " int, Decimal, RaceTime, str, bool or None"
            )
    return rows


_UNSAFE_IN_JSON = pattern("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]+")


def _json_escape(match: re.Match[str]) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in match.group())


def json_text(data: object, *, indent: int | None = 2) -> str:
    """``data`` as indented JSON (``indent=None``: on one line), UTF-8 letters kept, and
    every character that could change a terminal's display (C1 controls, bidirectional
    marks, line separators) escaped; the JSON value is unchanged.

    >>> print(json_text({"name": "A\x9b2J\u202eB", "nation": "NED"}))
    {
      "name": "A\\u009b2J\\u202eB",
      "nation": "NED"
    }
    """
    import json  # imported when a table is written as JSON (start-up time)

    return _UNSAFE_IN_JSON.sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=indent))


def rows_json(rows: Iterable[Mapping[str, object]], *, indent: int | None = 2) -> str:
    """Typed rows as the JSON the command line prints: a list of objects, every value
    through [`plain_value`][skatecalc.columns.plain_value] (see the module example)."""
    return json_text([{k: plain_value(v) for k, v in row.items()} for row in rows], indent=indent)


PANDAS_MISSING = 'to_frame() needs pandas, an optional extra: pip install "skatecalc[pandas]"'
"""The message when pandas is not installed."""


def _seconds(t: RaceTime) -> Decimal:
    return units(t.thousandths, 3)  # exact seconds: 1:46.38 -> 106.380


def _frame_values(values: list[RowValue], types: tuple[type, ...]) -> tuple[list[Any], str]:
    """A column's values for a DataFrame and the dtype pandas turns them into: times as
    exact ``Decimal`` seconds and Decimals as they are (pandas makes them ``float64``, for
    plots: the one conversion, at the boundary), whole numbers as nullable integers,
    anything else as it is. A cell without a number (a status) is ``None``: missing."""
    if RaceTime in types:  # a time (a status such as DQ has no number: missing)
        seconds = [units(v.thousandths, 3) if isinstance(v, RaceTime) else None for v in values]
        return seconds, "float64"
    if Decimal in types:
        return [v if isinstance(v, Decimal) else None for v in values], "float64"
    if int in types:
        return [v if type(v) is int else None for v in values], "Int64"
    if types == (bool,):
        return list(values), "boolean"
    return list(values), "object"


def frame(rows: Sequence[Mapping[str, RowValue]], columns: Sequence[Column]) -> Any:
    """``rows`` as a pandas DataFrame, one column per declared column in order: times as
    seconds and Decimals as numbers (``float64``: for plots; the exact values stay in
    ``to_rows()``), whole numbers as ``Int64`` (missing where there is none, or where the
    cell holds a status), yes/no as ``boolean``, text as objects. A status code in a time
    column is missing (``NaN``): it is in the row's ``status`` column, and in ``to_rows()``.

    Needs pandas (``pip install "skatecalc[pandas]"``); without it, a
    [`SkatecalcError`][skatecalc.errors.SkatecalcError] says so.
    """
    try:
        pd = importlib.import_module("pandas")
    except ImportError:
        raise SkatecalcError(PANDAS_MISSING) from None
    data: dict[str, Any] = {}
    for column in columns:
        values, dtype = _frame_values([row[column.name] for row in rows], column.types)
        data[column.name] = pd.Series(values, dtype="object").astype(dtype)
    return pd.DataFrame(data, columns=[c.name for c in columns])
