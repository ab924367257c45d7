"""Any table laid out from its rows: the text, Markdown and HTML of a table that has no
press layout of its own (the listing's events and races; the command line's tables without a
renderer), in the language's headings and notation.

[`skatecalc.text.listing`][skatecalc.text.listing] registers `table_layout` as the renderer
of the listing's [`Event`][skatecalc.io.listing.Event] and [`Race`][skatecalc.io.listing.Race].
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from ..notation import Lang
from ..tabular import Tabular
from ..time import RaceTime
from .labels import cell_word, word
from .layout import Layout

__all__ = ["rows_layout", "table_layout"]


_NUMERIC_TEXT = re.compile(r"[+-]?[0-9][0-9:.,]*")


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
    from .labels import COLUMN_HEADINGS, HEADINGS

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
