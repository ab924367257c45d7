"""KNSB selection orders (the "matrix"): which Olympic start place each OKT result earns.

Each Dutch Olympic start place is one row (see `skatecalc.olympic.rows`), ranked by the
estimated chance of gold::

    >>> order = selection_order("NED", 2022, "men")
    >>> order.row(500, 1), order.row(500, 2), order.row(500, 3)
    (8, 13, 15)
    >>> order.tickets, order.row("MS")
    (9, 6)
    >>> selection_orders()
    ('NED-2018-men', 'NED-2018-women', 'NED-2022-men', 'NED-2022-women', 'NED-2026-men',
     'NED-2026-women')

Users build their own order from the same row codes::

    >>> mine = SelectionOrder.build("club", ["500#1", "1000#1", "MS", "500#2"], tickets=3)
    >>> mine.row(1000, 1), mine.distances
    (2, (500, 1000))

Sources: the KNSB selection procedures for PyeongChang 2018 (partial, completed from the
Dutch press of December 2017), Beijing 2022 and Milano Cortina 2026; each data file in
``skatecalc/data/olympic`` names its source and status (2022 verified, 2026 unverified with
one derived row, 2018 unverified and partial: its unknown rows stay unknown).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .. import _record
from .. import rules as _registry
from ..errors import (
    DuplicateError,
    InvalidDistanceError,
    SelectionError,
    SkatecalcError,
    UnknownOrderError,
    UnknownRowError,
)
from ..limits import shown
from ..notation import normalise_gender
from ..rules import RuleStatus
from ..tabular import Column, Tabular, render_text
from .rows import (
    MASS_START,
    Gender,
    Row,
    RowKind,
    UnknownGroup,
    _status,
    check_count,
    distance_label,
)

__all__ = [
    "MASS_START",
    "Gender",
    "OrderKey",
    "OrderList",
    "Row",
    "RowKind",
    "SelectionOrder",
    "UnknownGroup",
    "distance_label",
    "order_list",
    "selection_order",
    "selection_orders",
]


@_record.frozen(repr=False)
class SelectionOrder(Tabular[Row]):
    """A selection order: numbered rows, the number of tickets and discretionary places.

    ``name`` is the registry key (``"NED-2022-men"``) or any label of a user-built order;
    ``source`` and ``status`` say where the rows come from and how sure they are.

    >>> order = selection_order("NED-2022-women")
    >>> order.rows[0], order.row(5000, 1), order.places(5000)
    (Row(number=1, kind='okt', distance=5000, place=1, status=None), 1, (1, 2))
    >>> order.status
    'verified'
    """

    name: str
    rows: tuple[Row, ...]
    tickets: int
    discretionary: int = 3
    source: str = "user-built"
    status: RuleStatus = "unverified"
    games: str = ""
    groups: tuple[UnknownGroup, ...] = ()
    """Unknown rows known to hold given places in an unknown order (2018 men: rows 11-13)."""
    _by_distance: dict[int, tuple[Row, ...]] = _record.field(
        init=False, repr=False, eq=False, factory=dict
    )
    """The rows of each distance, in row order: built once, so look-ups are O(1)."""

    _COLUMNS = (  # a table of its rows: order["500 m #1"], to_rows(), to_json()
        Column("row", int, "the row's number", get=lambda r: r.number),
        Column("kind", str, "okt, mass_start or unknown", get=lambda r: r.kind),
        Column("distance", int, "the distance of an OKT row", get=lambda r: r.distance),
        Column("place", int, "the OKT place", get=lambda r: r.place),
        Column("status", str, "the row's own status, if any", get=lambda r: r.status),
        Column("what", str, "the row in words (500 m #1)", get=lambda r: str(r)),
    )

    def _table_rows(self) -> tuple[Row, ...]:
        return self.rows

    def _row_word(self) -> str:
        return "row"

    def _repr_summary(self) -> str:
        return f"{self.name}, {super()._repr_summary()}"

    def __attrs_post_init__(self) -> None:
        check_count(self.tickets, f"{self.name}: the number of tickets", 1)
        check_count(self.discretionary, f"{self.name}: the number of discretionary places", 0)
        _status(self.status, self.name)
        if not self.rows:
            raise SelectionError(f"{self.name}: a selection order needs at least one row")
        seen: dict[str, int] = {}
        for i, row in enumerate(self.rows, start=1):
            if row.number != i:
                raise SelectionError(f"{self.name}: row {row.number} is in position {i}")
            if row.kind == "unknown":
                continue
            if row.code in seen:
                raise DuplicateError(
                    f"{self.name}: {row} is on rows {seen[row.code]} and {row.number}"
                )
            seen[row.code] = row.number
        by_distance: dict[int, list[Row]] = {}
        for row in self.rows:
            if row.distance is not None:
                by_distance.setdefault(row.distance, []).append(row)
        self._by_distance.update((d, tuple(by_distance[d])) for d in sorted(by_distance))
        in_group: set[int] = set()
        for g in self.groups:
            if len(g.rows) != len(g.holds) or not g.rows:
                raise SelectionError(
                    f"{self.name}: a group of unknown rows needs as many rows as places it"
                    f" holds (rows {list(g.rows)}, places {list(g.holds)})"
                )
            for n in g.rows:
                if type(n) is not int or not 1 <= n <= len(self.rows):
                    raise SelectionError(f"{self.name}: group row {shown(n)} is not a row number")
                if self.rows[n - 1].kind != "unknown":
                    raise SelectionError(
                        f"{self.name}: row {n} is known ({self.rows[n - 1]}); a group holds"
                        " unknown rows ('?') only"
                    )
                if n in in_group:
                    raise DuplicateError(f"{self.name}: row {n} is in two groups")
                in_group.add(n)
            for code in g.holds:
                r = Row.parse(0, code)
                if r.kind == "unknown":
                    raise SelectionError(f"{self.name}: a group cannot hold an unknown row '?'")
                if r.code in seen:
                    raise DuplicateError(
                        f"{self.name}: {r} is on row {seen[r.code]} and in the group of rows "
                        + ", ".join(str(n) for n in g.rows)
                    )
                seen[r.code] = g.rows[0]

    @classmethod
    def build(
        cls,
        name: str,
        rows: Iterable[str],
        *,
        tickets: int,
        discretionary: int = 3,
        source: str = "user-built",
        status: RuleStatus = "unverified",
        row_status: Mapping[int, RuleStatus] | None = None,
        games: str = "",
        groups: Iterable[tuple[Iterable[int], Iterable[str]]] = (),
    ) -> SelectionOrder:
        """An order from row codes in row order (row 1 first). ``groups`` name unknown rows
        that hold given places in an unknown order: ``[((11, 12, 13), ("500#3", "1000#3",
        "MS"))]``.

        >>> SelectionOrder.build("x", ["500#1", "500#1"], tickets=1)
        Traceback (most recent call last):
        ...
        skatecalc.errors.DuplicateError: x: 500 m #1 is on rows 1 and 2
        """
        statuses = dict(row_status or {})
        built = tuple(Row.parse(i, code, statuses.get(i)) for i, code in enumerate(rows, start=1))
        try:
            parsed = tuple(
                UnknownGroup(tuple(numbers), tuple(Row.parse(0, c).code for c in codes))
                for numbers, codes in groups
            )
        except (TypeError, ValueError):
            raise SelectionError(
                f"{name}: groups must be pairs (row numbers, row codes), not {shown(groups)}"
            ) from None
        return cls(name, built, tickets, discretionary, source, status, games, parsed)

    # --- look-ups ---------------------------------------------------------------------

    @property
    def distances(self) -> tuple[int, ...]:
        """The distances with at least one row, shortest first."""
        return tuple(self._by_distance)

    @property
    def complete(self) -> bool:
        """``False`` when some rows are unknown (a partial order)."""
        return all(r.kind != "unknown" for r in self.rows)

    @property
    def unknown_rows(self) -> tuple[int, ...]:
        """The numbers of the rows no source gives."""
        return tuple(r.number for r in self.rows if r.kind == "unknown")

    @property
    def mass_start_row(self) -> int | None:
        """The number of the mass-start row, or ``None`` when the order has none."""
        return next((r.number for r in self.rows if r.kind == "mass_start"), None)

    def rows_of(self, distance: int) -> tuple[Row, ...]:
        """The rows of ``distance``, in row order.

        >>> [r.number for r in selection_order("NED", 2022, "men").rows_of(500)]
        [8, 13, 15]
        """
        self.check_distance(distance)
        return self._by_distance[distance]

    def places(self, distance: int) -> tuple[int, ...]:
        """The OKT places of ``distance`` that have a row, best first."""
        return tuple(sorted(r.place for r in self.rows_of(distance) if r.place is not None))

    def lowest_row(self, distance: int) -> Row:
        """The last row of ``distance``: the one a distance designation takes.

        >>> selection_order("NED", 2022, "men").lowest_row(1000).number
        9
        """
        rows = self.rows_of(distance)
        if self.unknown_rows:
            self._unknown(f"the lowest row of the {distance} m")
        return rows[-1]

    def check_distance(self, distance: object) -> int:
        """``distance`` if the order has a row for it, else
        [InvalidDistanceError][skatecalc.errors.InvalidDistanceError]."""
        if type(distance) is not int or distance not in self._by_distance:
            if type(distance) is int and self.unknown_rows:
                self._unknown(f"a row of the {distance} m")
            raise InvalidDistanceError(
                f"{self.name} has no row for the distance {shown(distance)}; its distances are "
                + ", ".join(str(d) for d in self.distances)
            )
        return distance

    def group_of(self, code: str) -> UnknownGroup | None:
        """The group of unknown rows that holds the row ``code`` (``"500#3"``, ``"MS"``).

        >>> print(selection_order("NED", 2018, "men").group_of("MS"))
        rows 11, 12, 13 hold the 500 m #3, the 1000 m #3 and the mass start in an unknown order
        """
        key = Row.parse(0, code).code
        return next((g for g in self.groups if key in g.holds), None)

    def describe_unknown(self, number: int) -> str:
        """Why row ``number`` is unknown, citing the order's source.

        >>> selection_order("NED", 2018, "women").describe_unknown(8)
        'row 8 of NED-2018-women is unknown: no public source consulted gives it (KNSB ...)'
        """
        group = next((g for g in self.groups if number in g.rows), None)
        if group is not None:
            return f"row {number} of {self.name} is unknown: {group} ({self.source})"
        return (
            f"row {number} of {self.name} is unknown: no public source consulted gives it"
            f" ({self.source})"
        )

    def _unknown(self, what: str, code: str | None = None) -> None:
        group = self.group_of(code) if code is not None else None
        if group is not None:
            where = ", ".join(str(n) for n in group.rows)
            raise UnknownRowError(
                f"{what} is not known: it is on one of rows {where} of {self.name}, which hold"
                f" {group.message.values['held']} in an unknown order"
                f" ({self.source}); build the full order"
                " with SelectionOrder.build(...) if you know it"
            )
        rows = ", ".join(str(n) for n in self.unknown_rows)
        raise UnknownRowError(
            f"{what} is not known: rows {rows} of {self.name} are unknown ({self.source}); "
            "build the full order with SelectionOrder.build(...) if you know it"
        )

    def row(self, distance: int | str, place: int = 1) -> int:
        """The row number of OKT place ``place`` on ``distance`` (or of ``"MS"``).

        >>> order = selection_order("NED", 2022, "men")
        >>> order.row(1000, 3)
        9
        >>> order.row(10000, 3)
        Traceback (most recent call last):
        ...
        skatecalc.errors.SelectionError: NED-2022-men has no row for the 10000 m place 3
        (rows for places 1, 2)
        """
        if isinstance(distance, str):
            if distance.strip().upper() != MASS_START:
                raise InvalidDistanceError(
                    f"{shown(distance)} is not a distance: use metres or 'MS'"
                )
            number = self.mass_start_row
            if number is None:
                if self.unknown_rows:
                    self._unknown("the mass-start row", MASS_START)
                raise SelectionError(f"{self.name} has no mass-start row")
            return number
        for r in self.rows_of(distance):
            if r.place == place:
                return r.number
        if self.unknown_rows:
            code = f"{distance}#{place}" if type(place) is int and place > 0 else None
            self._unknown(f"the row of the {distance} m place {place}", code)
        raise SelectionError(
            f"{self.name} has no row for the {distance} m place {shown(place)}"
            " (rows for places " + ", ".join(str(p) for p in self.places(distance)) + ")"
        )

    def __str__(self) -> str:
        """The order as text: title, source, status, one line per row, notes (the words
        are the catalogues', printed by ``skatecalc.text.olympic``)."""
        return render_text(self)


# --- registry -----------------------------------------------------------------------------


def _load(data: Mapping[str, Any], filename: str) -> dict[str, SelectionOrder]:
    orders = {}
    for gender in ("men", "women"):
        section = data.get(gender)
        if section is None:
            continue
        key = f"{data['country']}-{data['year']}-{gender}"
        row_status = {int(k): v for k, v in section.get("row_status", {}).items()}
        groups = [(g["rows"], g["holds"]) for g in section.get("unknown_groups", [])]
        orders[key] = SelectionOrder.build(
            key,
            section["rows"],
            tickets=data["tickets"],
            discretionary=data["discretionary"],
            source=data["source"],
            status=data["status"],
            row_status=row_status,
            games=data.get("games", ""),
            groups=groups,
        )
    return orders


@functools.cache
def _orders() -> dict[str, SelectionOrder]:
    orders: dict[str, SelectionOrder] = {}
    for key in _registry.keys("olympic", prefix="knsb-"):
        try:
            orders.update(_load(_registry.load("olympic", key), key + ".toml"))
        except SkatecalcError as exc:  # pragma: no cover - shipped data is tested
            raise exc.at(key + ".toml") from None
    return orders


@_record.frozen
class OrderKey:
    """A built-in selection order named by its key (a row of `order_list`)."""

    name: str


@_record.frozen(repr=False)
class OrderList(Tabular[OrderKey]):
    """The built-in selection orders as a table: one row per key, sorted.

    >>> "NED-2026-women" in order_list()
    True
    """

    keys: tuple[OrderKey, ...]

    _COLUMNS = (Column("order", str, "the selection order's key", get=lambda k: k.name),)

    def _table_rows(self) -> tuple[OrderKey, ...]:
        return self.keys


def order_list() -> OrderList:
    """The built-in selection orders as a table (``skatecalc olympic order`` prints it)."""
    return OrderList(tuple(OrderKey(k) for k in selection_orders()))


def selection_orders() -> tuple[str, ...]:
    """The keys of the built-in selection orders, sorted.

    >>> "NED-2026-women" in selection_orders()
    True
    """
    return tuple(sorted(_orders()))


def selection_order(
    country: str, year: int | None = None, gender: str | None = None
) -> SelectionOrder:
    """A built-in selection order by country, Games year and gender, or by its key.

    >>> selection_order("NED", 2026, "women").row("MS")
    3
    >>> selection_order("ned-2022-MEN").name
    'NED-2022-men'
    >>> selection_order("NED", 2014, "men")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownOrderError: no selection order 'NED-2014-men'; known: ...
    """
    if not isinstance(country, str):
        raise UnknownOrderError(
            f"{shown(country)} is not a country code or an order key such as"
            " 'NED-2022-men'; known: " + ", ".join(selection_orders())
        )
    if year is None and gender is None:
        parts = country.strip().split("-")
        if len(parts) != 3 or not re.fullmatch("[0-9]{1,4}", parts[1]):
            raise UnknownOrderError(
                f"{shown(country)} is not an order key such as 'NED-2022-men'; known: "
                + ", ".join(selection_orders())
            )
        country, year, gender = parts[0], int(parts[1]), parts[2]
    if year is None or gender is None:
        raise UnknownOrderError("give the country, the Games year and the gender, or a key")
    if type(year) is not int or not 0 < year < 10_000 or not isinstance(gender, str):
        raise UnknownOrderError(
            f"no selection order for the year {shown(year)} and the gender"
            f" {shown(gender)}; known: " + ", ".join(selection_orders())
        )
    try:
        g = normalise_gender(gender, error=SelectionError)
    except SelectionError:
        g = gender  # type: ignore[assignment]
    key = f"{country.strip().upper()}-{year}-{g}"
    try:
        return _orders()[key]
    except KeyError:
        known = selection_orders()
        raise UnknownOrderError(
            f"no selection order {shown(key)}; known: " + ", ".join(known),
            key=key,
            known=known,
        ) from None
