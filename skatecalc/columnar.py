"""Columns of pyarrow, polars and pandas in `points_many` and `totals` (optional).

A statistician's times often sit in a column already: a ``pyarrow`` array, a ``polars``
``Series`` or a ``pandas`` ``Series``. [`points_many`][skatecalc.bulk.points_many] hands
such a column here: the column library finds its distinct values and each row's index
among them (``dictionary_encode``, ``replace_strict``, ``factorize``, in their compiled
code); each distinct value is scored once by skatecalc's own exact code (integer
thousandths, the samalog truncation, the same errors); the rows then share those
``Decimal`` values. The result equals ``points_many`` over the same values as Python
objects, value for value, and an error names the first row that has the bad value.
A pyarrow column of text may be ``string``, ``large_string``, ``string_view`` or
dictionary-encoded (Parquet's ``read_dictionary``): it is decoded first; a pyarrow column
of other values (``decimal128``, nulls) is scored as its Python values.
[`totals`][skatecalc.bulk.totals] takes a ``pyarrow`` ``Table``, a ``polars`` or a
``pandas`` ``DataFrame`` with the columns ``name``, ``event`` (or ``championship``),
``distance`` and ``time``, read as the rows of those columns (a missing event, pandas'
``NaN`` too, is read as ``None``: refused as every library's null is).

None of these libraries is needed: skatecalc imports one only when it is given one of its
objects (``pip install "skatecalc[columnar]"`` installs pyarrow and polars). A ``pandas``
column with a missing value (``NaN``, ``None``, ``pd.NA``) or a value other than text is
scored value by value, as before, so that a ``NaN`` is refused as it always was.

>>> column_points(["37.07"], 500, Rounding.TRUNCATE) is None  # not a column: the plain path
True
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from ._exact import EXACT
from .errors import SkatecalcError
from .samalog import Rounding

__all__ = ["column_points", "column_rows"]

_LIBRARIES = ("pyarrow", "polars", "pandas")


def _library(value: object) -> str | None:
    module = type(value).__module__
    for name in _LIBRARIES:
        if module == name or module.startswith(name + "."):
            return name
    return None


def column_points(times: object, distance: int, rounding: Rounding) -> list[Decimal | None] | None:
    """The points of a column (as `points_many` gives them), or ``None`` when ``times`` is
    not a column this module reads (the plain path then scores it)."""
    library = _library(times)
    if library is None:
        return None
    encoded = _encode(times, library)
    if encoded is None:
        return None
    if isinstance(encoded, list):  # scored as these Python values are by the plain path
        from .bulk import points_many

        return points_many(encoded, distance, rounding=rounding)  # type: ignore[arg-type]
    codes, distinct = encoded
    from .bulkparts import MILLI, points_of  # the exact scoring of points_many

    scored: list[Decimal | None] = []
    for code, value in enumerate(distinct):
        try:
            thousandths = points_of(value, distance, rounding)
        except SkatecalcError as exc:
            # the distinct values are in order of first appearance: the first bad one is
            # the first bad row, which the error names, as the plain path does
            raise exc.at(f"item {codes.index(code)}, counting from 0") from None
        scored.append(EXACT.multiply(thousandths, MILLI) if type(thousandths) is int else None)
    scored.append(None)  # code -1: a missing value (a null)
    return [scored[c] for c in codes]


def _module(name: str) -> Any:
    """An optional library, already imported by whoever made the column (untyped here)."""
    return importlib.import_module(name)


def _encode(times: object, library: str) -> tuple[list[int], list[object]] | list[object] | None:
    """Each row's index among the distinct values (``-1``: null) and those values in order
    of first appearance; the values as Python objects (a pyarrow array of another type than
    text: its ``Decimal``, ``int`` or ``bytes`` values) or ``None`` (the column itself) to
    score value by value instead."""
    if library == "pyarrow":
        pa = _module("pyarrow")
        pc = _module("pyarrow.compute")

        array: Any = times
        if not isinstance(array, pa.Array | pa.ChunkedArray):
            return None
        kind = array.type
        if pa.types.is_dictionary(kind):  # dictionary-encoded (Parquet's read_dictionary)
            kind = kind.value_type
            array = array.cast(kind)  # decoded: each chunk may have its own dictionary
        is_view = getattr(pa.types, "is_string_view", None)  # pyarrow 16 and later
        if is_view is not None and is_view(kind):
            array = array.cast(pa.large_string())
        elif not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            return array.to_pylist()  # type: ignore[no-any-return]  # values, one by one
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
        encoded = pc.dictionary_encode(array)
        codes = pc.fill_null(encoded.indices, -1).to_pylist()
        return codes, encoded.dictionary.to_pylist()
    if library == "polars":
        pl = _module("polars")

        series: Any = times
        if not isinstance(series, pl.Series) or series.dtype != pl.String:
            return None
        distinct = series.drop_nulls().unique(maintain_order=True)
        if not len(distinct):
            return [-1] * len(series), []
        index = pl.Series(range(len(distinct)), dtype=pl.Int64)
        codes = series.replace_strict(distinct, index, return_dtype=pl.Int64).fill_null(-1)
        return codes.to_list(), distinct.to_list()
    pd = _module("pandas")
    column: Any = times
    if not isinstance(column, pd.Series) or column.isna().any():
        return None
    if pd.api.types.infer_dtype(column, skipna=False) != "string":
        return None  # values of other types (37 and Decimal("37") are equal keys): one by one
    codes_array, uniques = pd.factorize(column, use_na_sentinel=True)
    return codes_array.tolist(), list(uniques)


_ROW_COLUMNS = ("name", "event", "distance", "time")


def column_rows(rows: object) -> Iterator[tuple[Any, ...]] | None:
    """The rows of a pyarrow ``Table``, a polars or pandas ``DataFrame`` with the columns
    name, event (or championship), distance and time, as tuples; else ``None``."""
    library = _library(rows)
    if library is None:
        return None
    columns: Iterable[str] | None = getattr(rows, "columns", None)
    if library == "pyarrow":
        columns = getattr(rows, "column_names", None)
    if columns is None:
        return None
    names = list(columns)
    event = "event" if "event" in names else "championship"
    wanted = [c if c != "event" else event for c in _ROW_COLUMNS]
    if any(c not in names for c in wanted):
        return None  # the plain path says what is missing
    table: Any = rows
    if library == "pyarrow":
        values = [table.column(c).to_pylist() for c in wanted]
    elif library == "polars":
        values = [table.get_column(c).to_list() for c in wanted]
    else:
        values = [table[c].tolist() for c in wanted]
        for k in (1, 3):  # the event, the time: NaN, NaT, pd.NA are None, as in the others
            column = table[wanted[k]]
            if column.isna().any():  # a missing event is refused, a missing time not skated
                values[k] = column.astype(object).where(column.notna(), None).tolist()
    return zip(*values, strict=True)
