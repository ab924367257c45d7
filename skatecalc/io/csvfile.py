"""Line-numbered CSV reading shared by every file format of skatecalc.

Lines starting with ``#`` (before or after the header) and blank lines are comments. Every
row keeps its line number so that errors can say where they are::

    >>> rows = read_csv_text("# a comment\\nname,500\\nFemke Kok,37.07\\n", "demo.csv")
    >>> rows.header, rows[0].line, rows[0]["500"]
    (('name', '500'), 3, '37.07')
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from ..errors import FileFormatError, SkatecalcError

__all__ = ["CsvRow", "CsvTable", "read_csv", "read_csv_text", "read_text", "where"]


def where(source: str, line: int) -> str:
    """``"line 4 of results.csv"``: the location text errors carry."""
    return f"line {line} of {source}"


@attrs.frozen
class CsvRow:
    """One data row: its 1-based line number and its cells by column name."""

    line: int
    cells: tuple[str, ...]
    header: tuple[str, ...]
    source: str

    def __getitem__(self, column: str) -> str:
        return self.cells[self.header.index(column)]

    def get(self, column: str, default: str = "") -> str:
        """The cell in ``column``, or ``default`` when the file has no such column."""
        return self.cells[self.header.index(column)] if column in self.header else default

    @property
    def where(self) -> str:
        """``"line 4 of results.csv"``."""
        return where(self.source, self.line)

    def error(self, exc: SkatecalcError) -> SkatecalcError:
        """``exc`` located at this row."""
        return exc.at(self.where)


@attrs.frozen
class CsvTable(Sequence[CsvRow]):
    """The header and the data rows of a CSV file."""

    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    source: str
    header_line: int

    def __getitem__(self, index: int) -> CsvRow:  # type: ignore[override]
        return self.rows[index]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[CsvRow]:
        return iter(self.rows)

    def require(self, *columns: str) -> None:
        """Raise :class:`FileFormatError` naming the first required column that is missing."""
        for column in columns:
            if column not in self.header:
                raise FileFormatError(
                    f"missing column {column!r}; the header has {', '.join(self.header)}",
                    where=where(self.source, self.header_line),
                )


def read_csv_text(text: str, source: str = "<text>") -> CsvTable:
    """Parse CSV text; every data row must have as many cells as the header."""
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[CsvRow] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cells = tuple(c.strip() for c in next(csv.reader([line])))
        except csv.Error as exc:  # pragma: no cover - csv is lenient
            raise FileFormatError(f"unreadable CSV: {exc}", where=where(source, number)) from None
        if header is None:
            header, header_line = cells, number
            continue
        if len(cells) != len(header):
            raise FileFormatError(
                f"ragged row: {len(cells)} cells where the header has {len(header)} "
                f"({', '.join(header)})",
                where=where(source, number),
            )
        rows.append(CsvRow(number, cells, header, source))
    if header is None:
        raise FileFormatError(f"{source} has no header row")
    return CsvTable(header, tuple(rows), source, header_line)


def read_text(path: str | Path) -> str:
    """The text of a UTF-8 file (a BOM is allowed); unreadable files raise FileFormatError."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise FileFormatError(f"cannot read {str(p)!r}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise FileFormatError(f"{str(p)!r} is not UTF-8 text") from None


def read_csv(path: str | Path) -> CsvTable:
    """Read a CSV file (UTF-8, a BOM is allowed)."""
    return read_csv_text(read_text(path), Path(path).name)
