"""World Cup rules per season: points tables with provenance, the Final rule, mass start.

``rules(season)`` returns the [Rules][skatecalc.worldcup.rules.Rules] of one season, 2013/14 to
2025/26, read from ``skatecalc/data/worldcup/seasons.toml``. Every table value carries its
source and status (``verified``, ``derived``, ``unverified``); a value no source gives is
absent, and asking for it raises [UnknownValueError][skatecalc.errors.UnknownValueError] saying
how to supply it::

    >>> r = rules("2017/18")
    >>> r.points(1), r.points(3, final=True), r.points(6, final=True)
    (100, 104, 45)
    >>> r.value(5, final=True).status
    'derived'
    >>> rules("2019-20").points(1, final=True)
    120
    >>> rules("2017/18").points(1, division="B")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownValueError: Division B 2017/18: the points for place 1 are unknown ...

Build your own rules (a national cup, masters) with
[Rules.custom][skatecalc.worldcup.rules.Rules.custom], or override any table of a season with
[Rules.override][skatecalc.worldcup.rules.Rules.override].

Sources: ISU Communications No. 1889 (2014/15), 1958 (2015/16), 2112 (2017/18), 2278
(2019/20), 2587 (2023/24), and published World Cup results; see each value's ``source``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Literal, TypeAlias

import attrs

from .. import _registry
from ..errors import (
    InvalidRuleError,
    PlaceError,
    ResultsError,
    RulesError,
    UnknownSeasonError,
    UnknownValueError,
)
from ..limits import described
from ..provenance import RuleStatus, rule_status, worse
from .tiebreak import TieBreak, no_tie_break

__all__ = [
    "EVENTS",
    "Distance",
    "Division",
    "FinalRule",
    "MassStartRules",
    "PlaceError",
    "Provenance",
    "Race",
    "Rules",
    "RulesError",
    "Table",
    "UnknownSeasonError",
    "Value",
    "parse_season",
    "rules",
    "seasons",
    "worse",
]

Provenance: TypeAlias = RuleStatus
"""How a value is known: read in an ISU text, worked back from totals, or only listed (the
same as [skatecalc.provenance.RuleStatus][])."""

Division: TypeAlias = Literal["A", "B"]
"""World Cup division of a race."""

Distance: TypeAlias = int | str
"""A distance in metres, or one of [EVENTS][skatecalc.worldcup.rules.EVENTS]."""

EVENTS = ("mass start", "team pursuit", "team sprint")
"""The events that are not a single distance skated in pairs."""

_USER_SOURCE = "supplied by the user"
_SUPPLY_A = "rules.override(division_a=[...]) (points of places 1, 2, ...)"
_SUPPLY_B = (
    "rules.override(division_b=[...]) (points of B-places 1, 2, ...), or --table-b 25,19,15"
    " on the command line"
)
_SUPPLY_FINAL = "rules.override(final=[...]) (points of Final places 1, 2, ...)"


def _check_status(status: object) -> Provenance:
    try:
        return rule_status(status)
    except InvalidRuleError as exc:
        raise RulesError(exc.message) from None


def _whole(value: object, what: str) -> int:
    if type(value) is not int:
        raise RulesError(f"{what} {described(value)} is not a whole number of points")
    if value < 0:
        raise RulesError(f"{what} {described(value)} is negative")
    return value


@attrs.frozen
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


@attrs.frozen
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
    skatecalc.errors.PlaceError: place 5 is beyond the 4-place table club cup
    """

    name: str
    values: tuple[Value | None, ...]
    length: int | None
    note: str = ""
    source: str = ""
    """The public sources of the table (cited when a value is unknown)."""
    supply: str = ""
    """How a user supplies a missing value (cited when a value is unknown)."""

    def __attrs_post_init__(self) -> None:
        if self.length is not None and (type(self.length) is not int or self.length < 1):
            raise RulesError(
                f"table {self.name}: length {described(self.length)} is not a positive number"
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
            raise RulesError(f"{described(points)} is not a list of points")
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
            raise PlaceError(f"place {described(place)} is not a positive whole number")
        if self.length is not None and place > self.length:
            raise PlaceError(f"place {place} is beyond the {self.length}-place table {self.name}")
        v = self.values[place - 1] if place <= len(self.values) else None
        if v is None:
            why = "; ".join(
                x for x in (self.note, self.source and f"sources consulted: {self.source}") if x
            )
            why = f" ({why})" if why else ""
            how = self.supply or (
                "rules.override(division_a=[...]), rules.override(division_b=[...]) or"
                " rules.override(final=[...]); --table-b on the command line"
            )
            raise UnknownValueError(
                f"{self.name}: the points for place {place} are unknown{why}; no number is"
                f" guessed: supply the table with {how}"
            )
        return v

    def points(self, place: int) -> int:
        """The points for ``place`` (see [value][skatecalc.worldcup.rules.Table.value])."""
        return self.value(place).points

    def known(self) -> tuple[tuple[int, Value], ...]:
        """The known (place, value) pairs.

        >>> rules("2013/14").division_b.known()[0]
        (1, Value(points=25, status='verified', source='published results 2013/14'))
        """
        return tuple((i, v) for i, v in enumerate(self.values, start=1) if v is not None)

    def renamed(self, name: str) -> Table:
        """The same table under another name."""
        return attrs.evolve(self, name=name)


FinalKind: TypeAlias = Literal["bonus", "multiply", "none", "table", "unknown"]


@attrs.frozen
class FinalRule:
    """How the World Cup Final (last event of the season) scores.

    ``bonus``: the first places score ``table``, later places the Division A table;
    ``multiply``: every place scores ``factor`` times the Division A table; ``none``: as a
    regular race; ``table``: its own ``table`` (unknown places raise); ``unknown``: nothing
    is known.

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
            return attrs.evolve(regular, name=name, values=values, supply=_SUPPLY_FINAL)
        if self.kind == "bonus" and self.table is not None:
            top = self.table.values
            merged = top + regular.values[len(top) :]
            return attrs.evolve(regular, name=name, values=merged, supply=_SUPPLY_FINAL)
        if self.kind == "table" and self.table is not None:
            return attrs.evolve(self.table, name=name, supply=self.table.supply or _SUPPLY_FINAL)
        return Table(
            name, (), None, self.source or "the Final table is unknown", supply=_SUPPLY_FINAL
        )


@attrs.frozen
class MassStartRules:
    """Sprint points of a mass-start race in one era.

    Intermediate sprints after the laps in ``sprint_laps`` pay ``intermediate``; the final
    sprint pays ``final_sprint`` by finishing order.

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


def _key_distance(distance: Distance) -> Distance:
    if isinstance(distance, str):
        return distance.strip().lower()
    return distance


def _division(division: str) -> Division:
    d = division.strip().upper() if isinstance(division, str) else division
    if d == "A":
        return "A"
    if d == "B":
        return "B"
    raise ResultsError(f"division {described(division)} must be 'A' or 'B'")


def _table_arg(value: Table | Sequence[int], name: str) -> Table:
    if isinstance(value, Table):
        return value
    return Table.of(value, name=name)


@attrs.frozen
class Race:
    """What decides a race's table: the Final flag, the division and the distance.

    Use it for the races still to come (``remaining=[Race(final=True)] * 2``).

    >>> Race(final=True)
    Race(final=True, division='A', distance=None)
    >>> Race(division="b").division
    'B'
    """

    final: bool = attrs.field(default=False)
    division: Division = attrs.field(default="A", converter=_division)
    distance: Distance | None = None

    @final.validator
    def _check_final(self, attribute: object, value: object) -> None:
        if type(value) is not bool:
            raise ResultsError(f"final={described(value)} must be True or False")
        if value and self.division == "B":
            raise ResultsError("the World Cup Final has no Division B race")


@attrs.frozen(repr=False)
class Rules:
    """The World Cup rules of one season (or of your own cup).

    Look a season up with [rules][skatecalc.worldcup.rules.rules]; build your own with
    [custom][skatecalc.worldcup.rules.Rules.custom]; replace any table with
    [override][skatecalc.worldcup.rules.Rules.override]. ``distance_tables`` replace the
    division tables for one distance (as for the 2013/14 long distances, whose table is
    unknown).

    >>> r = Rules.custom("club cup", [10, 6, 3], final=[20, 12, 6])
    >>> r.points(1), r.points(2, final=True)
    (10, 12)
    """

    season: str
    division_a: Table
    division_b: Table
    final: FinalRule
    mass_start: MassStartRules | None = None
    distance_tables: tuple[tuple[Distance, Division, Table], ...] = ()
    team_status: Provenance = "unverified"
    team_source: str = ""
    mass_start_points_status: Provenance = "unverified"
    final_field: Value | None = None
    tie_break: TieBreak = no_tie_break
    source: str = _USER_SOURCE

    def __repr__(self) -> str:
        return f"Rules({self.season!r})"

    # --- construction ---------------------------------------------------------------------

    @classmethod
    def custom(
        cls,
        name: str,
        points: Sequence[int] | Table,
        *,
        final: Sequence[int] | Table | None = None,
        division_b: Sequence[int] | Table | None = None,
        mass_start: MassStartRules | None = None,
        tie_break: TieBreak = no_tie_break,
        source: str = _USER_SOURCE,
    ) -> Rules:
        """Rules of your own: a points table, optionally a Final and a Division B table.

        Without ``final`` the Final scores as a regular race; without ``division_b`` a
        Division B race raises [UnknownValueError][skatecalc.errors.UnknownValueError].

        >>> Rules.custom("masters", [5, 3, 1]).points(3)
        1
        """
        a = _table_arg(points, f"Division A {name}")
        fin = (
            FinalRule("none", "unverified", source)
            if final is None
            else FinalRule("table", "unverified", source, _table_arg(final, f"Final {name}"))
        )
        b = (
            Table(
                f"Division B {name}",
                (),
                None,
                "no Division B table was given",
                supply="Rules.custom(..., division_b=[...]) or rules.override(division_b=[...])",
            )
            if division_b is None
            else _table_arg(division_b, f"Division B {name}")
        )
        return cls(
            name, a, b, fin, mass_start, tie_break=tie_break, source=source, team_source=source
        )

    def override(
        self,
        *,
        division_a: Sequence[int] | Table | None = None,
        division_b: Sequence[int] | Table | None = None,
        final: Sequence[int] | Table | None = None,
        distances: Mapping[Distance, Sequence[int] | Table] | None = None,
        mass_start: MassStartRules | None = None,
        tie_break: TieBreak | None = None,
    ) -> Rules:
        """These rules with some tables replaced (lists become user tables, status
        ``unverified``, source "supplied by the user"). ``distances`` replace the
        Division A table of those distances (and drop their unknown tables).

        >>> r = rules("2017/18").override(division_b=[23, 18, 14])
        >>> r.points(2, division="B"), r.value(2, division="B").source
        (18, 'supplied by the user')
        """
        changes: dict[str, Any] = {}
        if division_a is not None:
            changes["division_a"] = _table_arg(division_a, f"Division A {self.season}")
        if division_b is not None:
            changes["division_b"] = _table_arg(division_b, f"Division B {self.season}")
        if final is not None:
            changes["final"] = FinalRule(
                "table", "unverified", _USER_SOURCE, _table_arg(final, f"Final {self.season}")
            )
        if distances is not None:
            keys = {_key_distance(d) for d in distances}
            kept = tuple(t for t in self.distance_tables if not (t[0] in keys and t[1] == "A"))
            added: tuple[tuple[Distance, Division, Table], ...] = tuple(
                (_key_distance(d), "A", _table_arg(t, f"Division A {d} m {self.season}"))
                for d, t in distances.items()
            )
            changes["distance_tables"] = kept + added
        if mass_start is not None:
            changes["mass_start"] = mass_start
        if tie_break is not None:
            changes["tie_break"] = tie_break
        return attrs.evolve(self, **changes)

    # --- look-ups -------------------------------------------------------------------------

    def table(
        self, *, final: bool = False, division: str = "A", distance: Distance | None = None
    ) -> Table:
        """The table a race scores with.

        >>> rules("2017/18").table(final=True).points(1)
        150
        """
        div = _division(division)
        if final and div == "B":
            raise ResultsError("the World Cup Final has no Division B race")
        base = self.division_a if div == "A" else self.division_b
        if distance is not None:
            d = _key_distance(distance)
            for dist, tdiv, t in self.distance_tables:
                if dist == d and tdiv == div:
                    if final and self.final.kind in ("bonus", "multiply"):
                        return self.final.apply(t, self.season)
                    return t
        return self.final.apply(base, self.season) if final else base

    def table_for(self, race: Race, distance: Distance | None = None) -> Table:
        """The table of ``race`` (``distance`` is used when the race names none).

        >>> rules("2021/22").table_for(Race(final=True)).points(1)
        120
        """
        d = race.distance if race.distance is not None else distance
        return self.table(final=race.final, division=race.division, distance=d)

    def value(
        self,
        place: int,
        *,
        final: bool = False,
        division: str = "A",
        distance: Distance | None = None,
    ) -> Value:
        """The [Value][skatecalc.worldcup.rules.Value] (points, status, source) for ``place`` in
        such a race.

        Mass start and team events use the same tables; their statuses are capped by how
        well that is known (mass start: unverified; team events: verified 2013/14-2017/18).

        >>> rules("2017/18").value(1, distance="mass start").status
        'unverified'
        """
        v = self.table(final=final, division=division, distance=distance).value(place)
        d = _key_distance(distance) if distance is not None else None
        if d == "mass start":
            note = "World Cup points from the mass-start ranking with the distance table"
            return Value(v.points, worse(v.status, self.mass_start_points_status), note)
        if d in ("team pursuit", "team sprint"):
            return Value(
                v.points, worse(v.status, self.team_status), f"{v.source}; {self.team_source}"
            )
        return v

    def points(
        self,
        place: int,
        *,
        final: bool = False,
        division: str = "A",
        distance: Distance | None = None,
    ) -> int:
        """The World Cup points for ``place`` (1 = winner) in such a race.

        >>> rules("2017/18").points(21)
        Traceback (most recent call last):
        ...
        skatecalc.errors.PlaceError: place 21 is beyond the 20-place table ...
        """
        return self.table(final=final, division=division, distance=distance).points(place)

    def final_field_size(self) -> int:
        """How many skaters the Final admits, when a source gives it.

        >>> rules("2017/18").final_field_size()
        Traceback (most recent call last):
        ...
        skatecalc.errors.UnknownValueError: the field size of the World Cup Final ...
        """
        if self.final_field is None:
            raise UnknownValueError(
                f"the field size of the World Cup Final {self.season} is unknown (no source"
                " gives it); pass a Value via attrs.evolve(rules, final_field=...)"
            )
        return self.final_field.points


# --- the registry -----------------------------------------------------------------------

_SEASON = re.compile(r"\s*([0-9]{4})\s*[/\-–]\s*([0-9]{4}|[0-9]{2})\s*")  # ASCII digits only


def parse_season(text: str) -> str:
    """Normalise a season to ``"2017/18"`` (accepts ``2017-18``, ``2017-2018``, ...).

    >>> parse_season("2017-2018"), parse_season("2017-18")
    ('2017/18', '2017/18')
    """
    if not isinstance(text, str):
        raise UnknownSeasonError(described(text), seasons(), "a season is text such as '2017/18'")
    m = _SEASON.fullmatch(text)
    if not m:
        raise UnknownSeasonError(
            text, seasons(), "a season looks like '2017/18', '2017-18' or '2017-2018'"
        )
    first, second = int(m.group(1)), m.group(2)
    expected = first + 1 if len(second) == 4 else (first + 1) % 100
    if int(second) != expected:
        raise UnknownSeasonError(
            text, seasons(), f"a season runs over two consecutive years ({first}/{expected:02d})"
        )
    return f"{first}/{(first + 1) % 100:02d}"


def _data() -> _registry.RuleData:
    return _registry.load("worldcup", "seasons")


def _load_table(tid: str, label: str, supply: str, sources: str = "") -> Table:
    t = _data()["tables"][tid]
    length = t.get("length")
    known = {
        v["place"]: Value(v["points"], v["status"], v.get("source", t["source"]))
        for v in t["values"]
    }
    top = max(known, default=0)
    values = tuple(known.get(p) for p in range(1, top + 1))
    source = t["source"] if known else sources
    return Table(label, values, length, t.get("note", ""), source, supply)


def seasons() -> tuple[str, ...]:
    """The seasons with built-in rules, oldest first.

    >>> seasons()[0], seasons()[-1], len(seasons())
    ('2013/14', '2025/26', 13)
    """
    return tuple(sorted(_data()["seasons"]))


@cache
def _rules(season: str) -> Rules:
    s = _data()["seasons"][season]
    a = _load_table(s["division_a"], f"Division A {season}", _SUPPLY_A)
    b = _load_table(s["division_b"], f"Division B {season}", _SUPPLY_B, s["source"])
    f = s["final"]
    kind = f["kind"]
    ftable = (
        _load_table(f["table"], f"Final {season}", _SUPPLY_FINAL, f.get("source", ""))
        if "table" in f
        else None
    )
    final = FinalRule(
        kind,
        _check_status(f.get("status", "unverified")),
        f.get("source", ""),
        ftable,
        f.get("factor", 1),
    )
    ms_data = _data()["mass_start"][s["mass_start"]]
    ms = MassStartRules(
        tuple(ms_data["intermediate"]),
        tuple(ms_data["final_sprint"]),
        tuple(ms_data["sprint_laps"]),
        _check_status(ms_data["status"]),
        ms_data["source"],
        ms_data["description"],
    )
    distance_tables: list[tuple[Distance, Division, Table]] = []
    if "long_distances" in s:
        ld = s["long_distances"]
        for d in ld["distances"]:
            for div in ("A", "B"):
                how = (
                    f"rules.override(distances={{{d}: [...]}}) (points of places 1, 2, ...)"
                    if div == "A"
                    else "Rules.custom(...) with your own Division B table (override(distances="
                    "...) replaces the Division A table only)"
                )
                t = _load_table(ld["table"], f"Division {div} {d} m {season}", how, s["source"])
                distance_tables.append((d, div, t))
    team = s["team_events"]
    return Rules(
        season,
        a,
        b,
        final,
        ms,
        tuple(distance_tables),
        _check_status(team["status"]),
        team["source"],
        "unverified",
        None,
        no_tie_break,
        s["source"],
    )


def rules(season: str) -> Rules:
    """The World Cup rules of ``season`` (``"2017/18"``, ``"2017-18"``, ``"2017-2018"``).

    >>> rules("2017-2018").points(2)
    80
    >>> rules("2012/13")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownSeasonError: unknown World Cup season '2012/13'; ...
    """
    key = parse_season(season)
    if key not in _data()["seasons"]:
        raise UnknownSeasonError(season, seasons())
    return _rules(key)
