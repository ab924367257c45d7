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

import re
from collections.abc import Iterable, Sequence

import attrs

from .._text import printable
from ..columns import FORMULA_START, csv_cell, csv_text, plain_value
from ..errors import TableError
from ..limits import shown
from .width import Align, display_width, pad

__all__ = [
    "FORMULA_START",
    "Align",
    "Layout",
    "csv_cell",
    "csv_text",
    "plain_value",
]


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

        from html import escape as esc  # imported when a table is written as HTML

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
