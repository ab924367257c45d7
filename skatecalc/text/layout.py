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

Display width: how many terminal columns a text takes, so that names in any script align.

East Asian wide and full-width characters (``W``, ``F``: Japanese, Chinese and Korean
letters, full-width digits) take two columns; combining marks, zero-width joiners and other
invisible format characters take none; everything else takes one. Ambiguous-width
characters (``A``) count one, as Western terminals show them.

    >>> display_width("Miho Takagi"), display_width("高木美帆"), display_width("Wu\\u0308st")
    (11, 8, 4)

Any table laid out from its rows: the text, Markdown and HTML of a table that has no
press layout of its own (the listing's events and races; the command line's tables without a
renderer), in the language's headings and notation.

[`skatecalc.text.listing`][skatecalc.text.listing] registers `table_layout` as the renderer
of the listing's [`Event`][skatecalc.io.listing.Event] and [`Race`][skatecalc.io.listing.Race].
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from .. import _record
from .._lazy import pattern
from ..columns import FORMULA_START, csv_cell, csv_text, plain_value
from ..errors import TableError
from ..limits import shown
from ..notation import Lang, printable
from ..tabular import Tabular
from ..time import RaceTime
from .catalog import cell_word, word

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Literal, TypeAlias

__all__ = [
    "FORMULA_START",
    "Align",
    "Layout",
    "char_width",
    "csv_cell",
    "csv_text",
    "display_width",
    "pad",
    "plain_value",
    "rows_layout",
    "table_layout",
]


def _cells(values: Iterable[str], what: str) -> tuple[str, ...]:
    cells = tuple(values)
    for cell in cells:
        if not isinstance(cell, str):
            raise TableError(f"{what}: cell {shown(cell)} is not text")
    joined = "".join(cells)
    if joined.isascii() and joined.isprintable():
        return cells  # every cell is printable ASCII (the common case, checked at once)
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


_MARKDOWN_SPECIAL = pattern(r"([\\|*_`\[\]<>~])")


def _markdown_cell(cell: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", cell)


@_record.frozen
class Layout:
    """A table as text cells: ``headers``, ``rows`` (each as many cells as there are
    headers), ``align`` (``"left"`` or ``"right"`` per column; default all left), and
    lines printed ``before`` and ``after`` the table (a title, notes).

    Every cell and line is shown with control characters escaped
    (`skatecalc.notation.printable`); a row with the wrong number of cells is refused.

    >>> Layout(("a", "b"), (("1",),))
    Traceback (most recent call last):
    ...
    skatecalc.errors.TableError: row 0 has 1 cells, the table has 2 columns (a, b)
    """

    headers: tuple[str, ...] = _record.field(converter=_converted_headers)
    rows: tuple[tuple[str, ...], ...] = _record.field(converter=_converted_rows)
    align: tuple[Align, ...] = _record.field(default=(), converter=_aligns)
    before: tuple[str, ...] = _record.field(default=(), converter=_converted_lines)
    after: tuple[str, ...] = _record.field(default=(), converter=_converted_lines)

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
        return [_widths(row) for row in (self.headers, *self.rows)]

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
        # a row whose cells are as wide as they are long (ASCII, most names): padded by
        # str.format, which pads by length, in one call
        by_length = sep.join(
            f"{{:{'>' if r else '<'}{w}}}" for w, r in zip(widths, right, strict=True)
        ).format
        lines = []
        for row, row_widths in zip((self.headers, *self.rows), cell_widths, strict=True):
            if row_widths == list(map(len, row)):
                line = by_length(*row)
            else:
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


if TYPE_CHECKING:
    Align: TypeAlias = Literal["left", "right"]
    """Where a cell's text sits in its column."""
else:  # at run time a plain str (typing is not imported at start-up)
    Align = str

_ZERO_WIDTH_FORMAT = frozenset("\u200b\u200c\u200d\u2060\ufeff")
"""Format characters (Cf) that take no column: zero-width space, non-joiner, joiner, word
joiner, byte-order mark. Other format characters (the soft hyphen) keep one column."""


@functools.lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """The columns one character takes: 0, 1 or 2.

    >>> char_width("a"), char_width("木"), char_width("\\u0308"), char_width("Ａ")
    (1, 2, 0, 2)
    """
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me"):
        return 0
    if char in _ZERO_WIDTH_FORMAT or unicodedata.category(char) == "Cc":
        return 0
    if "\u1160" <= char <= "\u11ff":  # Hangul medial vowels and final consonants join
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _widths(cells: tuple[str, ...]) -> list[int]:
    """The display width of each cell: their lengths when the cells are printable ASCII
    (checked at once, the common case), else `display_width` of each."""
    joined = "".join(cells)
    if joined.isascii() and joined.isprintable():
        return list(map(len, cells))
    return [display_width(c) for c in cells]


def display_width(text: str) -> int:
    """The columns ``text`` takes on a terminal (printable ASCII: its length).

    Control characters count zero: show them escaped first (``skatecalc.notation.printable``),
    as the table layout does.

    >>> display_width("Ireen Wüst"), display_width("小平奈緒"), display_width("")
    (10, 8, 0)
    """
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(char_width(c) for c in text)


def pad(text: str, width: int, align: Align = "left") -> str:
    """``text`` padded with spaces to ``width`` columns (by display width), on the right
    (``align="left"``) or on the left (``align="right"``); longer text is kept whole.

    >>> pad("高木", 6) + "|", pad("Kok", 6, "right") + "|"
    ('高木  |', '   Kok|')
    """
    fill = " " * max(0, width - display_width(text))
    return text + fill if align == "left" else fill + text


_NUMERIC_TEXT = pattern(r"[+-]?[0-9][0-9:.,]*")


def _local_cell(value: object, lang: Lang, key: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if isinstance(value, str):
        return cell_word(key, value, lang)
    if isinstance(value, RaceTime):
        return value.format(lang)
    if isinstance(value, Decimal):
        text = f"{value:f}"
        return text.replace(".", ",") if lang == "nl" else text
    return str(getattr(value, "value", value))


def _heading(key: str, lang: Lang) -> str:
    from .catalog import COLUMN_HEADINGS, HEADINGS

    label = HEADINGS[lang].get(key)
    if label is None:
        label = COLUMN_HEADINGS[lang].get(key) or key.replace("_", " ")
        return label[:1].upper() + label[1:]
    return re.sub(r"\s*\{[^}]*\}", "", label) or key


_STATUS_CODES = frozenset({"DQ", "DNF", "DNS", "WDR"})


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | Decimal | RaceTime):
        return True
    return isinstance(value, str) and bool(_NUMERIC_TEXT.fullmatch(value))


def _numeric_column(values: Sequence[object]) -> bool:
    """Right-aligned: numbers and times, with status codes (DNS) among them."""
    numbers = [_is_number(v) for v in values]
    return any(numbers) and all(
        n or v in _STATUS_CODES for n, v in zip(numbers, values, strict=True)
    )


def rows_layout(
    rows: Iterable[Mapping[str, object]],
    lang: Lang = "en",
    *,
    title: str = "",
    after: Sequence[str] = (),
) -> Layout:
    """Rows (``to_rows()``) as a [`Layout`][skatecalc.text.Layout] in ``lang``: a heading
    per key (the language's column heading), cells in the language's notation (times, points,
    yes/no), numbers right-aligned; a column empty in every row is left out.

    >>> from decimal import Decimal
    >>> print(rows_layout([{"rank": 1, "name": "Femke Kok", "points": Decimal("37.070")}],
    ...                   "nl").text())
    #  Naam       Punten
    1  Femke Kok  37,070
    """
    rows = list(rows)
    keys: list[str] = []
    for row in rows:
        keys += [k for k in row if k not in keys]
    # a column empty in every row says nothing in an article
    keys = [k for k in keys if any(row.get(k) not in (None, "") for row in rows)] or keys
    align = []
    for k in keys:
        values = [row.get(k) for row in rows if row.get(k) is not None]
        align.append("right" if _numeric_column(values) else "left")
    return Layout(
        tuple(_heading(k, lang) for k in keys),
        tuple(tuple(_local_cell(row.get(k), lang, k) for k in keys) for row in rows),
        tuple(align),
        before=(title,) if title else (),
        after=tuple(after),
    )


def table_layout(table: Tabular[Any], lang: Lang = "en") -> Layout:
    """A table laid out from its ``to_rows()`` (see `rows_layout`) under its ``title``
    (a race's), else its ``repr`` summary (an event's name, venue and days)."""
    title = getattr(table, "title", None)
    return rows_layout(
        table.to_rows(), lang, title=title if isinstance(title, str) else table._repr_summary()
    )
