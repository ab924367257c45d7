"""A command's own output as the input of another: ``skatecalc standings --format csv ... |
skatecalc standings -``.

The CSV and JSON output of ``standings`` (and ``board``) has a row per skater with the
columns ``name``, ``nation`` and one column per distance skated, headed ``500 (1)``,
``1000 (1)``, ``500 (2)`` (the distance and its number; ``500`` alone when it is skated
once), besides computed columns (points,
ranks, gaps). `as_results_csv` turns such an output back into the results CSV the readers
take (``name,nation,500,1000,500``): the times and statuses as written, the computed
columns dropped (they follow from the times). A cell the CSV output protected from
spreadsheets with a leading ``'`` (a name starting with ``=``, ``+``, ``-``, ``@``) is read
without it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence

__all__ = ["as_results_csv"]

_DISTANCE_COLUMN = re.compile(r"(\d{1,6})(?: \((\d{1,3})\))?", re.ASCII)
_OUTPUT_COLUMNS = {"rank", "name", "points", "status", "completed"}  # as standings writes
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _unprotect(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA_START and cell[1:2] else cell


def _results_csv(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str | None:
    if not set(header) >= _OUTPUT_COLUMNS:
        return None
    distances = [(i, m) for i, h in enumerate(header) if (m := _DISTANCE_COLUMN.fullmatch(h))]
    if not distances:
        return None
    name_at = header.index("name")
    nation_at = header.index("nation") if "nation" in header else None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "nation", *(m.group(1) for _, m in distances)])
    for row in rows:
        cells = [*row, *[""] * (len(header) - len(row))]
        nation = _unprotect(cells[nation_at]) if nation_at is not None else ""
        writer.writerow(
            [_unprotect(cells[name_at]), nation, *(_unprotect(cells[i]) for i, _ in distances)]
        )
    return out.getvalue()


def as_results_csv(text: str, is_json: bool) -> str | None:
    """The results CSV of ``text`` when it is skatecalc's own standings output (CSV, or
    JSON when ``is_json``), else ``None`` (the text is read as it is).

    >>> print(as_results_csv("rank,name,nation,500 (1),1000 (1),points,status,completed\\n"
    ...                      "1,Miho Takagi,JPN,37.13,1:13.32,73.790,,2\\n", False), end="")
    name,nation,500,1000
    Miho Takagi,JPN,37.13,1:13.32
    >>> as_results_csv("name,nation,500,1000\\nMiho Takagi,JPN,37.13,1:13.32\\n", False) is None
    True
    """
    if is_json:
        try:
            import json  # only for JSON input (start-up time)

            data = json.loads(text)
        except (ValueError, RecursionError):
            return None  # the reader reports the error
        if not (isinstance(data, list) and data and all(isinstance(r, Mapping) for r in data)):
            return None
        header = list(data[0])
        if any(list(r) != header for r in data):
            return None
        if any(
            not isinstance(v, (str, int, type(None)))
            for r in data
            for k, v in r.items()
            if _DISTANCE_COLUMN.fullmatch(str(k)) or k in ("name", "nation")
        ):
            return None
        rows = [["" if r[k] is None else str(r[k]) for k in header] for r in data]
        return _results_csv([str(k) for k in header], rows)
    lines = text.lstrip("\ufeff").splitlines()
    first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    if not all(column in first for column in _OUTPUT_COLUMNS):
        return None
    try:
        records = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    except csv.Error:
        return None
    records = [r for r in records if r and not (len(r) == 1 and not r[0].strip())]
    records = [r for r in records if not r[0].startswith("#")]
    if not records:
        return None
    return _results_csv(records[0], records[1:])


_CUP_COLUMNS = ("cup", "rank", "name", "points", "wins")  # as worldcup standings writes


def _whole(cell: object, what: str, row: int) -> int:
    from ..errors import FileFormatError

    text = str(cell).strip() if isinstance(cell, str | int) and not isinstance(cell, bool) else ""
    if not text.isascii() or not text.isdigit():
        raise FileFormatError(
            f"{what} {cell!r} of the standings row {row} is not a whole number from 0"
        )
    return int(text)


def season_totals(text: str, is_json: bool) -> list[tuple[str, list[tuple[str, int, int]]]] | None:
    """Per cup (in order of first appearance) the ``(name, points, wins)`` of every row when
    ``text`` is ``skatecalc worldcup standings`` output (CSV, or JSON when ``is_json``: the
    columns ``cup``, ``rank``, ``name``, ``points``, ``wins``), else ``None``.

    >>> season_totals("cup,rank,name,points,wins,HVN1\\n500 m men,1,Havard Lorentzen,100,1,"
    ...               "100\\n", False)
    [('500 m men', [('Havard Lorentzen', 100, 1)])]
    >>> season_totals("race,distance,gender,name,place\\nHVN1,500,men,A,1\\n", False) is None
    True
    """
    records: list[dict[str, object]]
    if is_json:
        try:
            import json  # only for JSON input (start-up time)

            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if not (isinstance(data, list) and data and all(isinstance(r, Mapping) for r in data)):
            return None
        records = [dict(r) for r in data]
    else:
        lines = text.lstrip("\ufeff").splitlines()
        first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
        if not first.startswith("cup,"):
            return None
        try:
            rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
        except csv.Error:
            return None
        rows = [r for r in rows if r and any(c.strip() for c in r) and not r[0].startswith("#")]
        header, body = rows[0], rows[1:]
        records = [
            dict(zip(header, [*r, *[""] * (len(header) - len(r))], strict=False)) for r in body
        ]
    if not records or not all(set(r) >= set(_CUP_COLUMNS) for r in records):
        return None
    cups: dict[str, list[tuple[str, int, int]]] = {}
    for number, r in enumerate(records, start=1):
        cup, name = r["cup"], r["name"]
        if not isinstance(cup, str) or not isinstance(name, str):
            return None
        entry = (
            _unprotect(name),
            _whole(r["points"], "points", number),
            _whole(r["wins"], "wins", number),
        )
        cups.setdefault(cup, []).append(entry)
    return list(cups.items())
