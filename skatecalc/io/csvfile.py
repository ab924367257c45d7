"""Line-numbered CSV reading shared by every file format of skatecalc.

Lines starting with ``#`` (before or after the header) and blank lines are comments. Every
row keeps the line number it starts on so that errors can say where they are. Fields are
read as CSV defines them (quoted fields may hold separators and line breaks); the
separator is ``,`` or, when the header line has more of them, ``;``. Column names are
not case-sensitive: an ASCII label is read in lower case (``Name,Nation`` is
``name,nation``; headers are not names of people)::

    >>> rows = read_csv_text("# a comment\\nname,500\\nFemke Kok,37.07\\n", "demo.csv")
    >>> rows.header, rows[0].line, rows[0]["500"]
    (('name', '500'), 3, '37.07')

Checks shared by the file readers: the header's columns and whole numbers in cells.

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

import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .. import _record
from .._fields import MAX_DIGITS
from .._fields import whole_number as _whole_number
from ..errors import FileFormatError, LimitError, SkatecalcError, closest_names
from ..limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    MAX_ROWS,
    shown,
)
from .sniff import wide_encoding

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    import csv
    from typing import TextIO

__all__ = [
    "CsvRecords",
    "CsvRow",
    "CsvTable",
    "check_header",
    "decode_file",
    "decode_text",
    "read_bytes",
    "read_csv",
    "read_csv_records",
    "read_csv_stream",
    "read_csv_text",
    "read_text",
    "where",
    "whole_number",
]


def where(source: str, line: int) -> str:
    """``"line 4 of results.csv"``: the location text errors carry."""
    return f"line {line} of {source}"


@_record.frozen
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


@_record.frozen
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
        """Raise [`FileFormatError`][skatecalc.errors.FileFormatError] naming the first required
        column that is missing or that appears twice (see
        [`unique`][skatecalc.io.csvfile.CsvTable.unique])."""
        for column in columns:
            if column not in self.header:
                from ..errors import closest_names

                near = closest_names(column, self.header, n=1)
                hint = f" (did you mean {shown(near[0], 40)}?)" if near else ""
                raise FileFormatError(
                    f"missing column {shown(column, 100)}{hint}; the header has"
                    f" {_labels(self.header)}",
                    where=where(self.source, self.header_line),
                )
        self.unique(*columns)

    def unique(self, *columns: str) -> None:
        """Raise [`FileFormatError`][skatecalc.errors.FileFormatError] if one of ``columns`` appears
        more than once.

        >>> read_csv_text("name,500,name\\nA,37.00,B\\n", "d.csv").unique("name")
        Traceback (most recent call last):
        ...
        skatecalc.errors.FileFormatError: duplicate column 'name' (columns 1 and 3) ...
        """
        for column in columns:
            found = [i + 1 for i, label in enumerate(self.header) if label == column]
            if len(found) > 1:
                raise FileFormatError(
                    f"duplicate column {column!r} (columns {', '.join(map(str, found[:-1]))}"
                    f" and {found[-1]})",
                    where=where(self.source, self.header_line),
                )


@_record.frozen
class CsvRecords:
    """The header and the data rows of a CSV file as ``(line, cells)`` pairs."""

    header: tuple[str, ...]
    records: list[tuple[int, tuple[str, ...]]]
    source: str
    header_line: int

    def require(self, *columns: str) -> None:
        """See [`CsvTable.require`][skatecalc.io.csvfile.CsvTable.require]."""
        CsvTable(self.header, (), self.source, self.header_line).require(*columns)

    def unique(self, *columns: str) -> None:
        """See [`CsvTable.unique`][skatecalc.io.csvfile.CsvTable.unique]."""
        CsvTable(self.header, (), self.source, self.header_line).unique(*columns)


def _labels(header: Sequence[str], most: int = 12) -> str:
    """The header's labels for a message, each and their number bounded."""
    labels = [
        label if len(label) <= 40 and label.isprintable() else shown(label, 40)
        for label in header[:most]
    ]
    more = f", ... ({len(header)} columns)" if len(header) > most else ""
    return ", ".join(labels) + more


class _Lines:
    """The physical lines of a CSV text for `csv`, numbered, bounded, with comment
    and blank lines skipped where a record starts (inside a quoted field they are data).

    Iterate `lines` (a generator: no Python method call per line)."""

    def __init__(self, stream: TextIO, source: str) -> None:
        self._stream = stream
        self._source = source
        self.number = 0  # physical lines read so far
        self.record_start = 0  # the line the current record started on
        self.at_record_start = True
        self._pending: str | None = None

    def _too_long(self) -> LimitError:
        return LimitError(
            f"line longer than {MAX_LINE_CHARS:,} characters (the longest line accepted)",
            where=where(self._source, self.number),
        )

    def header_line(self) -> str | None:
        """The first line that is neither blank nor a comment, kept to be read again."""
        readline = self._stream.readline
        while True:
            line = readline(MAX_LINE_CHARS + 2)  # room for "\r\n"
            if not line:
                return None
            self.number += 1
            if len(line) > MAX_LINE_CHARS and len(line.rstrip("\r\n")) > MAX_LINE_CHARS:
                raise self._too_long()
            text = line.lstrip()
            if text and text[0] != "#":
                self._pending = line
                return line

    def lines(self) -> Iterator[str]:
        """The lines for `csv.reader`, from the kept header line on."""
        if self._pending is not None:
            line, self._pending = self._pending, None
            self.record_start = self.number
            self.at_record_start = False
            yield line
        readline = self._stream.readline
        limit = MAX_LINE_CHARS + 2  # room for "\r\n"
        number = self.number
        while True:
            line = readline(limit)
            if not line:
                return
            number += 1
            self.number = number
            if len(line) > MAX_LINE_CHARS and len(line.rstrip("\r\n")) > MAX_LINE_CHARS:
                raise self._too_long()
            if self.at_record_start:
                text = line.lstrip()
                if not text or text[0] == "#":  # a blank or comment line between records
                    continue
                self.record_start = number
                self.at_record_start = False
            yield line


def _delimiter(header: str) -> str:
    """``;`` when the header line has more semicolons than commas, else ``,``."""
    return ";" if header.count(";") > header.count(",") else ","


def _csv_error(exc: csv.Error, source: str, lines: _Lines) -> FileFormatError:
    text = str(exc)
    if "end of data" in text:
        return FileFormatError(
            "a quoted field is never closed (a '\"' is missing)",
            where=where(source, lines.record_start),
        )
    if "field limit" in text:
        return LimitError(
            f"a cell longer than {MAX_CELL_CHARS:,} characters (the longest cell accepted)",
            where=where(source, lines.record_start),
        )
    if "expected after" in text:
        return FileFormatError(
            "a quoted field has text after its closing quote (write a quote inside a quoted"
            ' field as "")',
            where=where(source, lines.number),
        )
    return FileFormatError(f"unreadable CSV: {text}", where=where(source, lines.number))


def _read_records(
    stream: TextIO, source: str
) -> tuple[tuple[str, ...], int, list[tuple[int, tuple[str, ...]]]]:
    """The header, its line, and every data record as (line, stripped cells), checked."""
    lines = _Lines(stream, source)
    first = lines.header_line()
    if first is None:
        raise FileFormatError(
            f"{source} is empty"
            if lines.number == 0
            else f"{source} has no header row: it holds only comments and blank lines"
        )
    import csv  # here: a listing or JSON file is read without it (start-up time)

    reader = csv.reader(lines.lines(), delimiter=_delimiter(first), strict=True)
    header: tuple[str, ...] | None = None
    header_line = 0
    width = 0
    records: list[tuple[int, tuple[str, ...]]] = []
    append = records.append
    strip = str.strip
    while True:
        lines.at_record_start = True
        try:
            record = next(reader, None)
        except csv.Error as exc:
            raise _csv_error(exc, source, lines) from None
        if record is None:
            break
        number = lines.record_start
        if len(record) > MAX_COLUMNS:
            raise LimitError(
                f"{len(record):,} columns: at most {MAX_COLUMNS:,} are accepted",
                where=where(source, number),
            )
        if record and max(map(len, record)) > MAX_CELL_CHARS:
            cell = next(c for c in record if len(c) > MAX_CELL_CHARS)
            raise LimitError(
                f"a cell of {len(cell):,} characters: at most {MAX_CELL_CHARS:,} are accepted",
                where=where(source, number),
            )
        cells = tuple(map(strip, record))
        if header is None:  # column names are not case-sensitive (see the module)
            header = tuple(c.lower() if c.isascii() else c for c in cells)
            header_line, width = number, len(cells)
            continue
        if len(cells) != width:
            raise FileFormatError(
                f"ragged row: {len(cells)} cells where the header has {len(header)} "
                f"({_labels(header)})",
                where=where(source, number),
            )
        if len(records) >= MAX_ROWS:
            raise LimitError(
                f"more than {MAX_ROWS:,} data rows (the most accepted)",
                where=where(source, number),
            )
        append((number, cells))
    assert header is not None  # the header line was found above
    return header, header_line, records


def read_csv_stream(stream: TextIO, source: str = "<text>") -> CsvTable:
    """Parse CSV from a text stream opened with ``newline=""`` (see
    [`read_csv_text`][skatecalc.io.csvfile.read_csv_text])."""
    header, header_line, records = _read_records(stream, source)
    rows = tuple(CsvRow(number, cells, header, source) for number, cells in records)
    return CsvTable(header, rows, source, header_line)


def read_csv_records(text: str, source: str = "<text>") -> CsvRecords:
    """Like [`read_csv_text`][skatecalc.io.csvfile.read_csv_text], with each data row a plain
    ``(line, cells)`` pair.

    The same checks and errors; for large files, where a [`CsvRow`][skatecalc.io.csvfile.CsvRow] per
    row costs.

    >>> recs = read_csv_records("name,500\\n\\n# c\\nFemke Kok,37.07\\n", "k.csv")
    >>> recs.header, recs.records
    (('name', '500'), [(4, ('Femke Kok', '37.07'))])
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    header, header_line, records = _read_records(io.StringIO(text, newline=""), source)
    return CsvRecords(header, records, source, header_line)


def read_csv_text(text: str, source: str = "<text>") -> CsvTable:
    """Parse CSV text; every data row must have as many cells as the header.

    The text is read as CSV defines it (RFC 4180, `csv`): a quoted field may hold
    commas and line breaks; only ``\\n``, ``\\r`` and ``\\r\\n`` end a line. A byte-order
    mark at the start is removed. The separator is ``;`` when the header line has more
    semicolons than commas (Excel in a Dutch locale), otherwise ``,``. Bounds:
    [`skatecalc.limits`][skatecalc.limits].

    >>> read_csv_text('name;500\\n"Kok, Femke";37,07\\n').rows[0].cells
    ('Kok, Femke', '37,07')
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return read_csv_stream(io.StringIO(text, newline=""), source)


def read_text(path: str | Path) -> str:
    """The text of a UTF-8 file (a BOM is removed); anything else raises FileFormatError.

    A missing or unreadable file, a directory, an empty file, a file that is not UTF-8
    text or holds NUL bytes (binary), and a file above
    [`MAX_FILE_BYTES`][skatecalc.limits.MAX_FILE_BYTES] are refused with a message saying which.
    """
    return decode_file(read_bytes(path), path)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of the file at ``path``, read once; a missing or unreadable file, a
    directory and a file above [`MAX_FILE_BYTES`][skatecalc.limits.MAX_FILE_BYTES] are refused.

    >>> read_bytes("no such file")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: cannot read 'no such file': No such file or directory
    """
    p = Path(path)
    name = repr(str(p))
    try:
        with p.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FileFormatError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise LimitError(
            f"{name} is larger than {MAX_FILE_BYTES // 2**20} MiB (the largest file accepted)"
        )
    return data


def decode_file(data: bytes, path: str | Path) -> str:
    """The bytes ``data`` of the file at ``path`` as UTF-8 text (see `decode_text`), the
    errors naming the file and the line.

    >>> decode_file(b"name,500\\n", "r.csv")
    'name,500\\n'
    """
    p = Path(path)
    return decode_text(data, repr(str(p)), p.name)


def decode_text(data: bytes, name: str, source: str | None = None) -> str:
    """``data`` as UTF-8 text, a byte-order mark dropped: empty input, UTF-16 or UTF-32
    text (said as such), binary input (a NUL byte) and input that is not UTF-8 are refused,
    naming ``name``, and with ``source`` (a file's name) the line.

    >>> decode_text(b"\\xff", "<stdin>")
    Traceback (most recent call last):
    ...
    skatecalc.errors.FileFormatError: <stdin> is not UTF-8 text (byte 0xff at offset 0)
    """

    def at(offset: int) -> str | None:
        return where(source, data.count(b"\n", 0, offset) + 1) if source is not None else None

    if not data.strip():
        raise FileFormatError(f"{name} is empty" if not data else f"{name} holds only blanks")
    if wide := wide_encoding(data):  # Windows Notepad's 'Unicode'
        raise FileFormatError(f"{name} is {wide} text, not UTF-8: save it as UTF-8")
    nul = data.find(b"\0")
    if nul >= 0:
        raise FileFormatError(
            f"{name} is {'a binary file' if source else 'binary'}, not text (a NUL byte at"
            f" offset {nul})",
            where=at(nul),
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(
            f"{name} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            where=at(exc.start),
        ) from None


def read_csv(path: str | Path) -> CsvTable:
    """Read a CSV file (UTF-8, a BOM is allowed)."""
    return read_csv_text(read_text(path), Path(path).name)


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
