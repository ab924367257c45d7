"""The World Cup rules of a season: the [Rules][skatecalc.worldcup.rules.Rules] object and
the [Race][skatecalc.worldcup.rules.Race] that picks a table.

``rules(season)`` returns the [Rules][skatecalc.worldcup.rules.Rules] of one season, 2013/14 to
2025/26, read from ``skatecalc/data/worldcup/seasons.toml`` by [skatecalc.worldcup.seasons][].
Every table value carries its source and status (``verified``, ``derived``, ``unverified``); a
value no source gives is absent, and asking for it raises
[UnknownValueError][skatecalc.errors.UnknownValueError] saying how to supply it::

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
[Rules.override][skatecalc.worldcup.rules.Rules.override]. The tables themselves
([Table][skatecalc.worldcup.tables.Table], [Value][skatecalc.worldcup.tables.Value], ...) live
in [skatecalc.worldcup.tables][] and are importable from here too.

Sources: ISU Communications No. 1889 (2014/15), 1958 (2015/16), 2112 (2017/18), 2278
(2019/20), 2587 (2023/24), and published World Cup results; see each value's ``source``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .. import _record
from ..errors import (
    Advice,
    InvalidDistanceError,
    PlaceError,
    ResultsError,
    RulesError,
    UnknownSeasonError,
    UnknownValueError,
)
from ..limits import shown
from ..rules import worse
from .events import EVENTS, MASS_START, TEAM_EVENTS, Distance, normalise_distance
from .standings import TieBreak, no_tie_break
from .tables import (
    _USER_SOURCE,
    CLI_SUPPLY,
    FinalRule,
    MassStartRules,
    PointsTables,
    Provenance,
    Table,
    Value,
    table_arg,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Literal, TypeAlias

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
    "rules",
    "worse",
]

if TYPE_CHECKING:
    Division: TypeAlias = Literal["A", "B"]
    """World Cup division of a race."""
else:  # at run time a plain str (typing is not imported at start-up)
    Division = str


def _key_distance(distance: Distance) -> Distance:
    """The key of ``distance`` in the distance tables: every alias the command line
    accepts (``"MS"``, ``"TP"``, ``"1000"``, ``"1000m"``) maps to the same key."""
    try:
        return normalise_distance(distance)
    except InvalidDistanceError:
        return distance.strip().lower() if isinstance(distance, str) else distance


def _shown_distance(distance: Distance) -> str:
    return f"{distance} m" if isinstance(distance, int) else str(distance)


def _division(division: str) -> Division:
    d = division.strip().upper() if isinstance(division, str) else division
    if d == "A":
        return "A"
    if d == "B":
        return "B"
    raise ResultsError(f"division {shown(division)} must be 'A' or 'B'")


@_record.frozen
class Race:
    """What decides a race's table: the Final flag, the division and the distance.

    Use it for the races still to come (``remaining=[Race(final=True)] * 2``).

    >>> Race(final=True)
    Race(final=True, division='A', distance=None)
    >>> Race(division="b").division
    'B'
    """

    final: bool = _record.field(default=False)
    division: Division = _record.field(default="A", converter=_division)
    distance: Distance | None = None

    @final.validator
    def _check_final(self, attribute: object, value: object) -> None:
        if type(value) is not bool:
            raise ResultsError(f"final={shown(value)} must be True or False")
        if value and self.division == "B":
            raise ResultsError("the World Cup Final has no Division B race")


@_record.frozen(repr=False)
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
        a = table_arg(points, f"Division A {name}")
        fin = (
            FinalRule("none", "unverified", source)
            if final is None
            else FinalRule("table", "unverified", source, table_arg(final, f"Final {name}"))
        )
        b = (
            Table(
                f"Division B {name}",
                (),
                None,
                "no Division B table was given",
                supply=Advice(
                    "supply the table with Rules.custom(..., division_b=[...]) or"
                    " rules.override(division_b=[...])",
                    CLI_SUPPLY,
                ),
            )
            if division_b is None
            else table_arg(division_b, f"Division B {name}")
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
            changes["division_a"] = table_arg(division_a, f"Division A {self.season}")
        if division_b is not None:
            changes["division_b"] = table_arg(division_b, f"Division B {self.season}")
        if final is not None:
            changes["final"] = FinalRule(
                "table", "unverified", _USER_SOURCE, table_arg(final, f"Final {self.season}")
            )
        if distances is not None:
            # an unknown key is an error naming it and the accepted distances
            given = [(normalise_distance(d), t) for d, t in distances.items()]
            keys = {d for d, _ in given}
            kept = tuple(t for t in self.distance_tables if not (t[0] in keys and t[1] == "A"))
            added: tuple[tuple[Distance, Division, Table], ...] = tuple(
                (d, "A", table_arg(t, f"Division A {_shown_distance(d)} {self.season}"))
                for d, t in given
            )
            changes["distance_tables"] = kept + added
        if mass_start is not None:
            changes["mass_start"] = mass_start
        if tie_break is not None:
            changes["tie_break"] = tie_break
        return _record.evolve(self, **changes)

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

    def points_tables(self) -> PointsTables:
        """Division A, the Final and Division B place by place (a table: ``to_rows()``)."""
        return PointsTables.of(self)

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
        if d == MASS_START:
            note = "World Cup points from the mass-start ranking with the distance table"
            return Value(v.points, worse(v.status, self.mass_start_points_status), note)
        if d in TEAM_EVENTS:
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
        skatecalc.errors.BeyondTableError: place 21 is beyond the 20-place table ...
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
                " gives it); pass a Value via _record.evolve(rules, final_field=...)"
            )
        return self.final_field.points


def rules(season: str) -> Rules:
    """The World Cup rules of ``season`` (``"2017/18"``, ``"2017-18"``, ``"2017-2018"``).

    The seasons' data are read by [skatecalc.worldcup.seasons.rules][] (this is the same
    function).

    >>> rules("2017-2018").points(2)
    80
    """
    from .seasons import rules as season_rules  # seasons builds Rules: imported when used

    return season_rules(season)
