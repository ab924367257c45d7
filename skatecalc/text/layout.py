"""One table layout for every text output: aligned text, Markdown, HTML and safe CSV.

A [`Layout`][skatecalc.text.Layout] holds a table as cells of text (headings, rows, one alignment
per column, lines before and after); it prints as aligned text, measured by display width so that
Japanese and Chinese names line up, as a Markdown table to paste into an article, or as
an HTML table for notebooks. Control characters in any cell are shown escaped
(``\\x1b``), never sent to the terminal::

    >>> table = Layout(("#", "Name", "Points"),
    ...                (("1", "Miho Takagi", "110.980"), ("2", "高木美帆", "111.315")),
    ...                ("right", "left", "right"))
    >>> print(table.text())
    #  Name         Points
    1  Miho Takagi  110.980
    2  高木美帆     111.315
    >>> print(table.markdown())
    |   # | Name        |  Points |
    | --: | :---------- | ------: |
    |   1 | Miho Takagi | 110.980 |
    |   2 | 高木美帆    | 111.315 |

[`csv_text`][skatecalc.text.csv_text] writes typed rows (``to_rows()``) as CSV, in ISU notation
whatever the output language, with text cells that a spreadsheet would run as a formula neutralised.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

import attrs

from .._text import printable
from ..errors import TableError
from ..limits import shown
from ..time import RaceTime
from .width import Align, display_width, pad

__all__ = [
    "FORMULA_START",
    "Align",
    "Layout",
    "csv_cell",
    "csv_text",
    "plain_value",
]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these gets a leading ``'`` in CSV output: a spreadsheet
would run it as a formula (OWASP, "CSV Injection")."""


def _cells(values: Iterable[str], what: str) -> tuple[str, ...]:
    cells = tuple(values)
    for cell in cells:
        if not isinstance(cell, str):
            raise TableError(f"{what}: cell {shown(cell)} is not text")
    return tuple(c if c.isascii() and c.isprintable() else printable(c) for c in cells)


def _converted_headers(values: Iterable[str]) -> tuple[str, ...]:
    return _cells(values, "headers")


def _converted_rows(rows: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(_cells(row, f"row {n}") for n, row in enumerate(rows))


def _converted_lines(lines: Iterable[str]) -> tuple[str, ...]:
    return _cells(lines, "line")


def _aligns(values: Iterable[str]) -> tuple[Align, ...]:
    aligns: list[Align] = []
    for value in values:
        if value == "left":
            aligns.append("left")
        elif value == "right":
            aligns.append("right")
        else:
            raise TableError(f"alignment {shown(value)} must be 'left' or 'right'")
    return tuple(aligns)


_MARKDOWN_SPECIAL = re.compile(r"([\\|*_`\[\]<>~])")


def _markdown_cell(cell: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", cell)


@attrs.frozen
class Layout:
    """A table as text cells: ``headers``, ``rows`` (each as many cells as there are
    headers), ``align`` (``"left"`` or ``"right"`` per column; default all left), and
    lines printed ``before`` and ``after`` the table (a title, notes).

    Every cell and line is shown with control characters escaped
    (`skatecalc._text.printable`); a row with the wrong number of cells is refused.

    >>> Layout(("a", "b"), (("1",),))
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: row 0 has 1 cells, the table has 2 columns (a, b)
    """

    headers: tuple[str, ...] = attrs.field(converter=_converted_headers)
    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_converted_rows)
    align: tuple[Align, ...] = attrs.field(default=(), converter=_aligns)
    before: tuple[str, ...] = attrs.field(default=(), converter=_converted_lines)
    after: tuple[str, ...] = attrs.field(default=(), converter=_converted_lines)

    def __attrs_post_init__(self) -> None:
        n = len(self.headers)
        for number, row in enumerate(self.rows):
            if len(row) != n:
                raise TableError(
                    f"row {number} has {len(row)} cells, the table has {n} columns"
                    f" ({', '.join(self.headers)})"
                )
        if not self.align:
            object.__setattr__(self, "align", ("left",) * n)
        elif len(self.align) != n:
            raise TableError(f"{len(self.align)} alignments for {n} columns")

    def _cell_widths(self) -> list[list[int]]:
        return [[display_width(c) for c in row] for row in (self.headers, *self.rows)]

    @property
    def widths(self) -> tuple[int, ...]:
        """The display width of each column: its widest cell or heading."""
        return tuple(map(max, zip(*self._cell_widths(), strict=True)))

    def grid(self, *, sep: str = "  ", trim: bool = True) -> list[str]:
        """The heading line and one line per row, each cell padded to its column's display
        width; ``trim`` removes the spaces at the end of each line (as the press tables
        print), ``trim=False`` keeps every line equally wide.

        >>> Layout(("Name", "Nat"), (("高木", "JPN"), ("Kok", "")), ("left", "left")).grid()
        ['Name  Nat', '高木  JPN', 'Kok']
        """
        cell_widths = self._cell_widths()
        widths = list(map(max, zip(*cell_widths, strict=True)))
        right = [a == "right" for a in self.align]
        lines = []
        for row, row_widths in zip((self.headers, *self.rows), cell_widths, strict=True):
            line = sep.join(
                " " * (w - cw) + cell if r else cell + " " * (w - cw)
                for cell, cw, w, r in zip(row, row_widths, widths, right, strict=True)
            )
            lines.append(line.rstrip() if trim else line)
        return lines

    def text(self, *, sep: str = "  ", trim: bool = True) -> str:
        """The lines before, the grid, and the lines after, joined by newlines."""
        return "\n".join([*self.before, *self.grid(sep=sep, trim=trim), *self.after])

    def markdown(self) -> str:
        """A Markdown (GitHub) table, padded by display width so that the source reads as a
        table too; the lines before and after are paragraphs around it. Markdown's special
        characters in cells are escaped (``|`` as ``\\|``), so a name cannot break the table.

        >>> print(Layout(("Name",), (("A|B",),), before=("Title",)).markdown())
        Title
        <BLANKLINE>
        | Name |
        | :--- |
        | A\\|B |
        """
        headers = [_markdown_cell(h) for h in self.headers]
        rows = [[_markdown_cell(c) for c in row] for row in self.rows]
        widths = [max(3, display_width(h)) for h in headers]
        for row in rows:
            for c, cell in enumerate(row):
                widths[c] = max(widths[c], display_width(cell))
        rule = [
            ":" + "-" * (w - 1) if a == "left" else "-" * (w - 1) + ":"
            for w, a in zip(widths, self.align, strict=True)
        ]
        lines = [
            "| "
            + " | ".join(pad(c, w, a) for c, w, a in zip(r, widths, self.align, strict=True))
            + " |"
            for r in (headers, rule, *rows)
        ]
        before = [_markdown_cell(line) for line in self.before]
        after = [_markdown_cell(line) for line in self.after]
        parts = ["\n".join(before)] if before else []
        parts.append("\n".join(lines))
        if after:
            parts.append("\n".join(after))
        return "\n\n".join(parts)

    def html(self) -> str:
        """An HTML table (for notebooks): the first line before is the caption, the other
        lines before and after are paragraphs; every text is HTML-escaped.

        >>> print(Layout(("Name", "Pts"), (("<b>", "1"),), ("left", "right")).html())
        <table>
        <thead>
        <tr><th style="text-align:left">Name</th><th style="text-align:right">Pts</th></tr>
        </thead>
        <tbody>
        <tr><td style="text-align:left">&lt;b&gt;</td><td style="text-align:right">1</td></tr>
        </tbody>
        </table>
        """
        import html  # only for notebooks (start-up time)

        esc = html.escape

        def cells(tag: str, row: Sequence[str]) -> str:
            return "".join(
                f'<{tag} style="text-align:{a}">{esc(c)}</{tag}>'
                for c, a in zip(row, self.align, strict=True)
            )

        out = [f"<p>{esc(line)}</p>" for line in self.before[1:]]
        out.append("<table>")
        if self.before:
            out.append(f"<caption>{esc(self.before[0])}</caption>")
        out += ["<thead>", f"<tr>{cells('th', self.headers)}</tr>", "</thead>"]
        out.append("<tbody>")
        out += [f"<tr>{cells('td', row)}</tr>" for row in self.rows]
        out.append("</tbody>")
        out.append("</table>")
        out += [f"<p>{esc(line)}</p>" for line in self.after]
        return "\n".join(out)


# --- machine output -----------------------------------------------------------------------


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
    numbers and times as [`plain_value`][skatecalc.text.plain_value] writes them; a text cell
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
    [`csv_cell`][skatecalc.text.csv_cell]. ``fieldnames`` default to every key of the rows, in order
    of first appearance (nothing is dropped); a missing key is an empty cell.

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
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow([csv_cell(f, escape=escape) for f in fieldnames])
    for row in materialised:
        writer.writerow([csv_cell(row.get(f), escape=escape) for f in fieldnames])
    return out.getvalue()
