"""World Cup points tables with provenance: a value, a table, the Final rule, mass start.

Every table value carries its points, a status (``verified``, ``derived``, ``unverified``)
and its public source; a value no source gives is absent (``None``), and asking for it
raises [UnknownValueError][skatecalc.errors.UnknownValueError] saying how to supply it::

    >>> t = Table.of([25, 19, 15, 11], name="club cup")
    >>> t.points(2), t.value(2).status
    (19, 'unverified')

The seasons' tables are read by [skatecalc.worldcup.seasons][]; the
[Rules][skatecalc.worldcup.rules.Rules] of a season combine them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import _record
from ..errors import (
    Advice,
    BeyondTableError,
    InvalidRuleError,
    PlaceError,
    RulesError,
    SkatecalcError,
    UnknownValueError,
)
from ..limits import shown
from ..rules import RuleStatus, rule_status, worse
from ..tabular import Column, Tabular

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from .rules import Rules

__all__ = [
    "FinalKind",
    "FinalRule",
    "MassStartRules",
    "PlacePoints",
    "PointsTables",
    "Provenance",
    "Table",
    "Value",
]

if TYPE_CHECKING:
    Provenance: TypeAlias = RuleStatus
    """How a value is known: read in an ISU text, worked back from totals, or only listed
    (the same as [skatecalc.rules.RuleStatus][])."""
else:  # at run time a plain str (typing is not imported at start-up)
    Provenance = RuleStatus

_USER_SOURCE = "supplied by the user"
CLI_SUPPLY = (
    "supply the table on the command line with --table-distance D=POINTS (D = 500, 1000, ...,"
    " MS, TP, TS), --table-final POINTS or --table-b POINTS (the points of places 1, 2, ..."
    " comma-separated)"
)
"""The command line's advice for a value no option of its own names."""

_SUPPLY_A = Advice(
    "supply the table with rules.override(division_a=[...]) (points of places 1, 2, ...)",
    CLI_SUPPLY,
)
_SUPPLY_B = Advice(
    "supply the table with rules.override(division_b=[...]) (points of B-places 1, 2, ...)",
    "supply the table with --table-b 25,19,15 on the command line",
)
_SUPPLY_FINAL = Advice(
    "supply the table with rules.override(final=[...]) (points of Final places 1, 2, ...)",
    "supply the table with --table-final 150,120,105,90,75,... on the command line",
)
_SUPPLY_ANY = Advice(
    "supply the table with rules.override(division_a=[...]), rules.override(division_b=[...])"
    " or rules.override(final=[...])",
    "supply the table with --table-b on the command line",
)
_SUPPLY_LONGER = Advice(
    "to score it, supply a longer table with rules.override(distances={...}) or"
    " rules.override(division_a=[...])",
    "supply the table with --table-distance D=POINTS or --table-b on the command line",
)


def _check_status(status: object) -> Provenance:
    try:
        return rule_status(status)
    except InvalidRuleError as exc:
        raise RulesError(exc.message) from None


def _whole(value: object, what: str) -> int:
    if type(value) is not int:
        raise RulesError(f"{what} {shown(value)} is not a whole number of points")
    if value < 0:
        raise RulesError(f"{what} {shown(value)} is negative")
    return value


@_record.frozen
class Value:
    """One table value: the points, how they are known, and where from.

    >>> Value(100, "verified", "ISU Communication No. 2112")
    Value(points=100, status='verified', source='ISU Communication No. 2112')
    """

    points: int
    status: Provenance
    source: str

    def __attrs_post_init__(self) -> None:
        _whole(self.points, "value")
        _check_status(self.status)


@_record.frozen
class Table:
    """Points by place (place 1 first). ``None`` marks a value no source gives.

    ``length`` is the number of scoring places when known (a place beyond it raises
    [PlaceError][skatecalc.errors.PlaceError]); ``None`` when the table's length itself is
    unknown. Known points never increase with place.

    >>> t = Table.of([25, 19, 15, 11], name="club cup")
    >>> t.points(2), t.length, t.value(2).status
    (19, 4, 'unverified')
    >>> t.points(5)
    Traceback (most recent call last):
    ...
    skatecalc.errors.BeyondTableError: place 5 is beyond the 4-place table club cup; ...
    """

    name: str
    values: tuple[Value | None, ...]
    length: int | None
    note: str = ""
    source: str = ""
    """The public sources of the table (cited when a value is unknown)."""
    supply: Advice | None = None
    """How a user supplies a missing value, in Python and on the command line (cited when a
    value is unknown)."""

    def __attrs_post_init__(self) -> None:
        if self.length is not None and (type(self.length) is not int or self.length < 1):
            raise RulesError(
                f"table {self.name}: length {shown(self.length)} is not a positive number"
            )
        if self.length is not None and len(self.values) > self.length:
            raise RulesError(f"table {self.name}: more values than its length {self.length}")
        last: Value | None = None
        for place, v in enumerate(self.values, start=1):
            if v is None:
                continue
            if last is not None and v.points > last.points:
                raise RulesError(
                    f"table {self.name}: place {place} scores {v.points}, more than a better"
                    f" place ({last.points}); points never increase with place"
                )
            last = v

    @classmethod
    def of(
        cls,
        points: Sequence[int],
        *,
        name: str = "user table",
        status: Provenance = "unverified",
        source: str = _USER_SOURCE,
    ) -> Table:
        """A complete table from whole points, place 1 first. A place beyond it raises
        [PlaceError][skatecalc.errors.PlaceError], so list every scoring place.

        >>> Table.of([10, 5]).points(1)
        10
        """
        if isinstance(points, str | bytes) or not isinstance(points, Sequence):
            raise RulesError(f"{shown(points)} is not a list of points")
        if not points:
            raise RulesError(f"table {name}: no points given")
        values = tuple(
            Value(_whole(p, f"table {name}, place {i}:"), _check_status(status), source)
            for i, p in enumerate(points, start=1)
        )
        return cls(name, values, len(values))

    def value(self, place: int) -> Value:
        """The value for ``place``, or [PlaceError][skatecalc.errors.PlaceError] /
        [UnknownValueError][skatecalc.errors.UnknownValueError]."""
        if type(place) is not int or place < 1:
            raise PlaceError(f"place {shown(place)} is not a positive whole number")
        if self.length is not None and place > self.length:
            raise BeyondTableError.advise(
                "place {place} is beyond the {length}-place table {name}; no number is guessed:"
                " {how}",
                place=place,
                length=self.length,
                name=self.name,
                how=_SUPPLY_LONGER,
            )
        v = self.values[place - 1] if place <= len(self.values) else None
        if v is None:
            why = "; ".join(
                x for x in (self.note, self.source and f"sources consulted: {self.source}") if x
            )
            why = f" ({why})" if why else ""
            raise UnknownValueError.advise(
                "{name}: the points for place {place} are unknown{why}; no number is guessed:"
                " {how}",
                name=self.name,
                place=place,
                why=why,
                how=self.supply or _SUPPLY_ANY,
            )
        return v

    def points(self, place: int) -> int:
        """The points for ``place`` (see [value][skatecalc.worldcup.rules.Table.value])."""
        return self.value(place).points

    def known(self) -> tuple[tuple[int, Value], ...]:
        """The known (place, value) pairs.

        >>> from skatecalc.worldcup import rules
        >>> rules("2013/14").division_b.known()[0]
        (1, Value(points=25, status='verified', source='published results 2013/14'))
        """
        return tuple((i, v) for i, v in enumerate(self.values, start=1) if v is not None)

    def renamed(self, name: str) -> Table:
        """The same table under another name."""
        return _record.evolve(self, name=name)


if TYPE_CHECKING:
    FinalKind: TypeAlias = Literal["bonus", "multiply", "none", "table", "unknown"]
else:  # at run time a plain str (typing is not imported at start-up)
    FinalKind = str


@_record.frozen
class FinalRule:
    """How the World Cup Final (last event of the season) scores.

    ``bonus``: the first places score ``table``, later places the Division A table;
    ``multiply``: every place scores ``factor`` times the Division A table; ``none``: as a
    regular race; ``table``: its own ``table`` (unknown places raise); ``unknown``: nothing
    is known.

    >>> from skatecalc.worldcup import rules
    >>> rules("2018/19").final.kind, rules("2018/19").final.factor
    ('multiply', 2)
    """

    kind: FinalKind
    status: Provenance = "verified"
    source: str = ""
    table: Table | None = None
    factor: int = 1

    def apply(self, regular: Table, season: str) -> Table:
        """The Final's table given the regular ``regular`` table."""
        name = f"Final {season}"
        if self.kind == "none":
            return regular.renamed(f"{regular.name} (Final {season}: no bonus)")
        if self.kind == "multiply":
            values = tuple(
                None
                if v is None
                else Value(
                    v.points * self.factor,
                    worse(v.status, self.status),
                    f"{v.source}; Final x{self.factor}: {self.source}",
                )
                for v in regular.values
            )
            return _record.evolve(regular, name=name, values=values, supply=_SUPPLY_FINAL)
        if self.kind == "bonus" and self.table is not None:
            top = self.table.values
            merged = top + regular.values[len(top) :]
            return _record.evolve(regular, name=name, values=merged, supply=_SUPPLY_FINAL)
        if self.kind == "table" and self.table is not None:
            return _record.evolve(self.table, name=name, supply=self.table.supply or _SUPPLY_FINAL)
        return Table(
            name, (), None, self.source or "the Final table is unknown", supply=_SUPPLY_FINAL
        )


@_record.frozen
class MassStartRules:
    """Sprint points of a mass-start race in one era.

    Intermediate sprints after the laps in ``sprint_laps`` pay ``intermediate``; the final
    sprint pays ``final_sprint`` by finishing order.

    >>> from skatecalc.worldcup import rules
    >>> ms = rules("2019/20").mass_start
    >>> ms.intermediate, ms.final_sprint, ms.status
    ((3, 2, 1), (60, 40, 20, 10, 6, 3), 'unverified')
    """

    intermediate: tuple[int, ...]
    final_sprint: tuple[int, ...]
    sprint_laps: tuple[int, ...] = (4, 8, 12)
    status: Provenance = "unverified"
    source: str = _USER_SOURCE
    description: str = ""


def table_arg(value: Table | Sequence[int], name: str) -> Table:
    """``value`` if it is a Table, else a user table of those points (status unverified)."""
    if isinstance(value, Table):
        return value
    return Table.of(value, name=name)


def _known(table: Table, place: int) -> Value | None:
    try:
        return table.value(place)
    except SkatecalcError:  # beyond the table, or a value no source gives
        return None


@_record.frozen
class PlacePoints:
    """One place of a season's points tables: its value in Division A, the Final and
    Division B (``None`` where no source gives one)."""

    place: int
    division_a: Value | None
    final: Value | None
    division_b: Value | None

    @property
    def name(self) -> str:
        """The place as text (``"1"``): ``tables["1"]`` is place 1."""
        return str(self.place)


def _column(key: str, what: str) -> tuple[Column, Column]:
    def value(row: PlacePoints) -> Value | None:
        found: Value | None = getattr(row, key)
        return found

    return (
        Column(
            key,
            int,
            f"the points of the place in {what}; None: unknown",
            get=lambda row: None if (v := value(row)) is None else v.points,
        ),
        Column(
            f"{key}_status",
            str,
            "verified, derived or unverified",
            get=lambda row: None if (v := value(row)) is None else v.status,
        ),
    )


@_record.frozen(repr=False)
class PointsTables(Tabular[PlacePoints]):
    """A season's points tables place by place, as ``skatecalc worldcup table`` prints them
    (see [Rules.points_tables][skatecalc.worldcup.rules.Rules.points_tables]).

    >>> from skatecalc.worldcup import rules
    >>> t = rules("2017/18").points_tables()
    >>> t, t["1"].final.points, t.to_rows()[0]["division_a"]
    (<PointsTables: 2017/18, 20 rows, first 1>, 150, 100)
    """

    rules: Rules
    places: tuple[PlacePoints, ...]

    _COLUMNS = (
        Column("place", int, "the place", get=lambda row: row.place),
        *_column("division_a", "Division A"),
        *_column("final", "the World Cup Final"),
        *_column("division_b", "Division B"),
    )

    def _table_rows(self) -> tuple[PlacePoints, ...]:
        return self.places

    def _row_word(self) -> str:
        return "place"

    def _repr_summary(self) -> str:
        return f"{self.rules.season}, {super()._repr_summary()}"

    @classmethod
    def of(cls, rules: Rules) -> PointsTables:
        """The tables of ``rules``: every place any of the three tables gives or counts."""
        a, final, b = rules.table(), rules.table(final=True), rules.table(division="B")
        count = max(len(t.values) for t in (a, final, b))
        count = max(count, a.length or 0, final.length or 0)
        places = range(1, count + 1)
        return cls(
            rules, tuple(PlacePoints(p, *(_known(t, p) for t in (a, final, b))) for p in places)
        )
