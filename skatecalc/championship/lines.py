"""A classification's lines kept as columns, from which `Standings` makes its `Standing`
objects when they are read.

At 10^5 skaters an object per line (a ``Standing`` and its tuples: some six containers
per skater) made the garbage collector's scans grow with the field (issue 20). `Lines`
keeps the same values in a few columns instead: arrays of integers (no object per value)
and the input's flat list of results (equal result texts share one ``RaceTime``). Every
value of a line is stored, not recomputed: `Lines.values` only picks them out.

    >>> import skatecalc as sc
    >>> table = sc.classify(sc.SPRINT, {"Kok": ["37.07", "DQ"], "Takagi": ["37.13", "1:13.32"]})
    >>> lines = table._source
    >>> len(lines), lines.name(1), lines.values(1)[:3]
    (2, 'Kok', ('Kok', None, None))
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..notation import NameIndex
from ..tabular import Column
from ..time import RaceTime, Result, Status
from .entries import NO_POINTS, Entries

__all__ = ["STATUSES", "Lines", "LinesTable", "declared_columns"]

STATUSES: tuple[Status | None, ...] = (None, *Status)
"""The ``statuses`` column's codes: ``STATUSES[code]`` (0: no status)."""

LineValues = tuple[
    str,
    str | None,
    int | None,
    tuple[Result, ...],
    tuple[int | None, ...],
    tuple[int | None, ...],
    int | None,
    Status | None,
    bool,
]
"""A `Standing`'s fields in declaration order."""


class Lines:
    """The lines of a classification: ``entries`` (the input, in input order) and what the
    classification decided, by input position ``i``: ``shown[i]`` (how many counted
    distances show their points and place: those in the total, or every counted distance
    for an unranked skater), ``totals[i]`` (`NO_POINTS`: no total), ``statuses[i]`` (a code
    of `STATUSES`), ``finalists[i]`` (0 or 1) and, per counted distance, ``places[k][i]``
    (the place on it, 0 for none); by table position ``p``: ``order[p]`` (the input
    position) and ``ranks[p]`` (0: unranked).
    """

    __slots__ = (
        "after",
        "entries",
        "finalists",
        "order",
        "places",
        "ranks",
        "shown",
        "statuses",
        "totals",
    )

    def __init__(self, entries: Entries, after: int, places: list[array[int]]) -> None:
        n = len(entries)
        self.entries = entries
        self.after = after
        self.places = places
        self.shown = array("H", bytes(2 * n))
        self.totals = array("q", bytes(8 * n))
        self.statuses = bytearray(n)
        self.finalists = bytearray(n)
        self.order = array("q")
        self.ranks = array("q")

    def __len__(self) -> int:
        return len(self.order)

    def name(self, position: int) -> str:
        """The name on the line at ``position``."""
        return self.entries.names[self.order[position]]

    def names(self) -> tuple[str, ...]:
        """The names in table order."""
        names = self.entries.names
        return tuple(names[i] for i in self.order)

    def values(self, position: int) -> LineValues:
        """The fields of the `Standing` at ``position``."""
        rank = self.ranks[position]
        return self.values_of(self.order[position], rank or None)

    def values_of(self, i: int, rank: int | None) -> LineValues:
        """The fields of the `Standing` of input position ``i``, given its rank."""
        entries = self.entries
        shown = self.shown[i]
        width = entries.width
        base = i * width
        points: tuple[int | None, ...] = tuple(entries.points[base : base + shown])
        places: tuple[int | None, ...] = tuple([column[i] for column in self.places[:shown]])
        if NO_POINTS in points:  # an unranked line: no points where there is no time
            points = tuple(None if p == NO_POINTS else p for p in points)
        if 0 in places:
            places = tuple(q or None for q in places)
        if shown < self.after:
            hidden = (None,) * (self.after - shown)
            points += hidden
            places += hidden
        total = self.totals[i]
        nations = entries.nations
        return (
            entries.names[i],
            None if nations is None else nations[i],
            rank,
            tuple(entries.results[base : base + width]),
            points,
            places,
            None if total == NO_POINTS else total,
            STATUSES[self.statuses[i]],
            self.finalists[i] == 1,
        )


class LinesTable:
    """How `Standings` reads its rows (a mixin before ``Tabular``): from a tuple of
    ``Standing`` objects, or from `Lines`, making each ``Standing`` when it is first read
    (position, name, iteration) and keeping it, so that a row read twice is one object.
    The name index is made from the names column, without making a row."""

    __slots__ = ()
    _source: tuple[Any, ...] | Lines
    _made: list[Any] | tuple[Any, ...] | None
    _tabular_index: NameIndex

    def _make_row(self, values: LineValues) -> Any:
        raise NotImplementedError  # Standings makes a Standing

    @property
    def entries(self) -> tuple[Any, ...]:
        """The rows in order (made, when not made yet, and kept)."""
        source = self._source
        if type(source) is tuple:
            return source
        made = self._made
        if type(made) is not tuple:
            made = tuple(map(self._row_at, range(len(source))))
            object.__setattr__(self, "_made", made)
        return made

    def _table_rows(self) -> tuple[Any, ...]:
        return self.entries

    def _row_count(self) -> int:
        return len(self._source)

    def _row_at(self, position: int) -> Any:
        source = self._source
        if type(source) is tuple:
            return source[position]
        assert isinstance(source, Lines)
        made = self._made
        if made is None:
            made = [None] * len(source)
            object.__setattr__(self, "_made", made)
        row = made[position]
        if row is None:
            row = self._make_row(source.values(position))
            if type(made) is list:
                made[position] = row
        return row

    def __iter__(self) -> Iterator[Any]:
        return map(self._row_at, range(len(self._source)))

    def _rows_once(self) -> Iterator[Any]:
        """The rows in order for one pass that hands out none of them (printing, export):
        those made already, the others made for this pass only (not kept)."""
        source = self._source
        made = self._made
        if type(source) is tuple:
            return iter(source)
        if type(made) is tuple:
            return iter(made)
        assert isinstance(source, Lines)
        values, make = source.values, self._make_row
        if made is None:
            return (make(values(p)) for p in range(len(source)))
        return (made[p] or make(values(p)) for p in range(len(source)))

    def __reversed__(self) -> Iterator[Any]:
        return map(self._row_at, reversed(range(len(self._source))))

    def _index(self) -> NameIndex:
        source = self._source
        index: NameIndex | None = getattr(self, "_tabular_index", None)
        if type(source) is tuple:
            if index is None or index.rows is not source:
                index = NameIndex(source)
                object.__setattr__(self, "_tabular_index", index)
            return index
        if index is None:
            assert isinstance(source, Lines)
            index = NameIndex(source, source.names())
            object.__setattr__(self, "_tabular_index", index)
        return index


_COLUMNS_FIRST = (
    Column("rank", int, "the place; None for a skater not classified (DQ, DNF)"),
    Column("name", str, "the skater"),
    Column("nation", str, "the skater's nation (IOC code), when known"),
)
_MEANS_TIME = "the time on the {} (a RaceTime), or the status code (DQ, DNF, DNS, WDR)"
_COLUMNS_TOTAL = (
    Column("points", Decimal, "the samalog total over the counted distances (three decimals)"),
    Column("status", str, "the first status code on a counted distance"),
    Column("gap", Decimal, "seconds behind the leader on the next distance, as printed"),
)
_MEANS_POINTS = "the points of the {} (three decimals)"
_MEANS_RANK = "the place on the {}"
_COLUMNS_LAST = (
    Column("completed", int, "how many distances the total covers"),
    Column("finalist", bool, "false for a skater who stopped before the last counted distance"),
    Column("gap_exact", Decimal, "the exact gap in seconds (gap_seconds), where gap is given"),
)


def declared_columns(labels: list[str]) -> tuple[Column, ...]:
    """The columns of a classification's ``to_rows()`` with these distance labels."""
    return (
        *_COLUMNS_FIRST,
        *(Column(label, (RaceTime, str), _MEANS_TIME.format(label)) for label in labels),
        *_COLUMNS_TOTAL,
        *(
            column
            for label in labels
            for column in (
                Column(f"{label} points", Decimal, _MEANS_POINTS.format(label)),
                Column(f"{label} rank", int, _MEANS_RANK.format(label)),
            )
        ),
        *_COLUMNS_LAST,
    )
