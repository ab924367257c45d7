"""The classification as a table: a `Standing` per skater, `Standings` in order.

`Standings` is a table like every other result
(`skatecalc.tabular.Tabular`): iteration in order, ``len``, ``table[i]``,
``table["name"]`` (an unknown name raises
[UnknownNameError][skatecalc.errors.UnknownNameError] listing the closest), ``"name" in
table``, ``table.get(name)`` (``None`` when absent, never an error), ``table.names``, typed
`Standings.to_rows()`, ``str(table)`` as the press prints it (the renderer is registered
by `skatecalc.text.championship`) and ``_repr_html_`` for notebooks.

    >>> import skatecalc as sc
    >>> table = sc.classify(sc.SPRINT, {"Miho Takagi": ["37.13", "1:13.32", "37.19"],
    ...                                 "Femke Kok": ["37.07", "1:14.35", "37.07"]})
    >>> table
    <Standings: Sprint after 3 of 4 distances, 2 rows, leader Miho Takagi>
    >>> table["Femke Kok"].points, "Femke Kok" in table, table.get("Ireen Wüst") is None
    (Decimal('111.315'), True, True)

Totals and distance points are kept as integer thousandths of a point; the ``Decimal``
values (``points``, ``distance_points``) are made when asked for. A table made by
`skatecalc.classify()` keeps its lines as columns (`skatecalc.championship.lines`) and
makes each `Standing` when it is first read (``table[i]``, ``table[name]``, iteration,
``table.entries``), then keeps it: the same object on every later read.

Gaps between totals in seconds, exact.

A gap in points becomes a gap in seconds on a distance by the samalog formula turned round
(points × distance ÷ 500): exact, never rounded. Only display rounds a gap, to hundredths,
upwards by default (the time a skater must find), with
[`format_gap`][skatecalc.samalog.format_gap]; totals print with
[`format_points`][skatecalc.samalog.format_points].

    >>> gap_seconds("111.315", "110.980", 1000)
    Decimal('0.67')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import ROUND_UP, Decimal

from .. import _record
from ..errors import InvalidRuleError, ResultsError
from ..limits import shown
from ..notation import normalise_lang
from ..samalog import (
    GAP_ROUNDINGS,
    Rounding,
    as_points,
    format_gap,
    format_points,
    gap_seconds_from_points,
    parse_points,
    round_gap,
)
from ..tabular import Column, RowValue, Tabular, render_text
from ..time import Lang, RaceTime, Result, Status
from .combinations import Combination, check_combination_distance
from .lines import Lines, LinesTable, LineValues, declared_columns

__all__ = [
    "Standing",
    "Standings",
    "TieBreak",
    "gap_seconds",
    "last_distance_time",
    "make_standing",
]


TieBreak = Callable[["Standing"], Sequence[int]]
"""A tie-break: a key (lower is better) compared only among skaters on equal totals."""


@_record.frozen
class Standing:
    """One skater's line in a classification.

    ``results`` holds everything given (also beyond the counted distances, e.g. times on
    the distance being skated now); ``distance_points`` and ``distance_ranks`` cover the
    counted distances (``distance_thousandths``: the points as integer thousandths).
    ``status`` is the first status on a counted distance. ``rank`` is ``None`` for a skater
    not classified (by default: ``DQ``/``DNF`` on a counted distance). ``finalist`` is
    ``False`` for a ranked skater who stopped before the last counted distance (not admitted
    by a cut or the final rule, or ``DNS``/``WDR``): they are ranked below everyone who went
    further, by ``points`` over the ``completed`` distances.
    """

    name: str
    nation: str | None
    rank: int | None
    results: tuple[Result, ...]
    distance_thousandths: tuple[int | None, ...]
    distance_ranks: tuple[int | None, ...]
    total_thousandths: int | None
    status: Status | None = None
    finalist: bool = True

    @property
    def points(self) -> Decimal | None:
        """The total: the exact sum of the truncated distance points (three places)."""
        return None if self.total_thousandths is None else as_points(self.total_thousandths)

    @property
    def distance_points(self) -> tuple[Decimal | None, ...]:
        """The points on each counted distance (``None`` where none count), three places.

        >>> import skatecalc as sc
        >>> sc.classify(sc.SPRINT, {"K": ["37.07", "1:14.35"]})["K"].distance_points
        (Decimal('37.070'), Decimal('37.175'))
        """
        return tuple(None if p is None else as_points(p) for p in self.distance_thousandths)

    @property
    def completed(self) -> int:
        """How many counted distances are in the total (all of them for a finalist).

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.50", "WDR"]})
        >>> [(s.name, s.rank, s.completed, s.finalist) for s in t]
        [('A', 1, 2, True), ('B', 2, 1, False)]
        """
        return sum(p is not None for p in self.distance_thousandths)

    @property
    def times(self) -> tuple[RaceTime | None, ...]:
        """The times on the counted distances (``None`` where there is none)."""
        return tuple(
            r if isinstance(r, RaceTime) else None
            for r in self.results[: len(self.distance_thousandths)]
        )

    @property
    def ranked(self) -> bool:
        """Whether the skater has a rank (no status on a counted distance)."""
        return self.rank is not None


_new = object.__new__
_SETTERS = tuple(Standing.__dict__[f.name].__set__ for f in _record.fields(Standing))
_NAME, _NATION, _RANK, _RESULTS, _POINTS, _PLACES, _TOTAL, _STATUS, _FINALIST = _SETTERS


def make_standing(values: LineValues) -> Standing:
    """A `Standing` of values already checked (a line of `Lines`): the slots are set
    directly, without ``__init__``."""
    standing: Standing = _new(Standing)
    name, nation, rank, results, points, places, total, status, finalist = values
    _NAME(standing, name)
    _NATION(standing, nation)
    _RANK(standing, rank)
    _RESULTS(standing, results)
    _POINTS(standing, points)
    _PLACES(standing, places)
    _TOTAL(standing, total)
    _STATUS(standing, status)
    _FINALIST(standing, finalist)
    return standing


def last_distance_time(standing: Standing) -> Sequence[int]:
    """A tie-break: the better time (in thousandths) on the last counted distance.

    An example of a pluggable tie-break, not an ISU rule (the ISU rule is unverified).
    """
    if not isinstance(standing, Standing):
        raise InvalidRuleError(f"{shown(standing)} is not a Standing (a row of a table)")
    times = standing.times
    last = times[-1] if times else None
    return (last.thousandths,) if last is not None else (2**62,)


def _check_gap_rounding(gap_rounding: object) -> str:
    if not isinstance(gap_rounding, str) or gap_rounding not in GAP_ROUNDINGS:
        raise InvalidRuleError(
            f"gap_rounding {shown(gap_rounding)} is not a decimal rounding: use"
            " decimal.ROUND_UP (the default) or decimal.ROUND_HALF_UP"
        )
    return gap_rounding


@_record.frozen(repr=False, eq=False)
class Standings(LinesTable, Tabular[Standing]):
    """A classification: standings in order, indexable by position or by name.

    ``str(table)`` prints it as the press does (``table.format("nl")`` in Dutch);
    `to_rows()` gives typed data, `to_text_rows()` the cells as printed.
    ``table["name"]`` raises for an unknown name (listing the closest); ``table.get(name)``
    gives ``None`` instead.
    """

    combination: Combination
    after: int
    _source: tuple[Standing, ...] | Lines = _record.field(alias="entries")
    """The standings, or the columns they are made from when read (`classify`)."""
    rounding: Rounding = Rounding.TRUNCATE
    qualifiers: tuple[str, ...] | None = None
    """Who qualifies for a restricted last distance under the combination's rule (when the
    table stands before it or after it), else ``None``."""
    notes: tuple[str, ...] = ()
    """Things a reader should know (e.g. finalists who differ from the rule's list)."""
    _made: list[Standing | None] | tuple[Standing, ...] | None = _record.field(
        default=None, init=False
    )

    _lead_label = "leader"

    def _make_row(self, values: LineValues) -> Standing:
        return make_standing(values)

    def _repr_summary(self) -> str:
        n = len(self.combination.distances)
        return f"{self.combination} after {self.after} of {n} distances, {super()._repr_summary()}"

    # --- access ----------------------------------------------------------------------------

    @property
    def leader(self) -> Standing:
        """The first-ranked skater (the first listed when the lead is shared)."""
        if not len(self) or self[0].rank is None:
            raise ResultsError("nobody is ranked yet: there is no leader")
        return self[0]

    @property
    def distances(self) -> tuple[int, ...]:
        """The counted distances."""
        return self.combination.distances[: self.after]

    @property
    def next_distance(self) -> int | None:
        """The next distance to skate, or ``None`` when all are counted."""
        if self.after >= len(self.combination.distances):
            return None
        return self.combination.distances[self.after]

    # --- gaps ------------------------------------------------------------------------------

    def _total(self, name: str) -> int:
        if not isinstance(name, str):
            raise ResultsError(f"{shown(name)} is not a skater's name: give the name as text")
        standing = self[name]
        if standing.total_thousandths is None:
            raise ResultsError(
                f"{shown(name)} has no total ({standing.status} on a counted distance)"
            )
        return standing.total_thousandths

    def gap_points(self, name: str, to: str | None = None) -> Decimal:
        """Points behind ``to`` (default: the leader); negative when ahead.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> t.gap_points("K"), t.gap_points("T", to="K")
        (Decimal('0.335'), Decimal('-0.335'))
        """
        reference = self.leader.name if to is None else to
        return as_points(self._total(name) - self._total(reference))

    def gap_seconds(self, name: str, to: str | None = None, distance: int | None = None) -> Decimal:
        """The points gap in seconds on ``distance``: gap × (distance ÷ 500), exact.

        ``distance`` defaults to the next distance (after the last one: the last one). This
        is the media convention ("Kok needs 0.67 s on the 1000 m"); the exact time needed,
        truncation included, is [required_time][skatecalc.required_time].

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32", "37.19"],
        ...                             "K": ["37.07", "1:14.35", "37.07"]})
        >>> t.gap_seconds("K"), t.gap_seconds("K", distance=1500)
        (Decimal('0.67'), Decimal('1.005'))
        """
        if distance is None:
            distance = self.next_distance or self.combination.distances[-1]
        check_combination_distance(distance)
        reference = self.leader.name if to is None else to
        return gap_seconds_from_points(self._total(name) - self._total(reference), distance)

    def shown_gaps(self, gap_rounding: str = ROUND_UP) -> list[Decimal | None]:
        """The gap of each line to the leader on the next distance, as printed: rounded to
        hundredths (up by default, see [format_gap][skatecalc.format_gap]); ``None`` for
        the leader, a skater with no total and one who stopped before the end.

        >>> import skatecalc as sc
        >>> sc.classify(sc.ALLROUND_WOMEN, {"S": ["39.24", "3:58.00"],
        ...                                 "T": ["38.31", "4:02.73"]}).shown_gaps()
        [None, Decimal('0.43')]
        """
        _check_gap_rounding(gap_rounding)
        if not len(self) or self[0].rank is None:
            return [None] * len(self)
        lead = self[0].total_thousandths
        assert lead is not None  # a ranked skater has a total
        distance = self.next_distance or self.combination.distances[-1]
        return [
            None
            if s.total_thousandths is None or not s.finalist or s.rank == 1
            else round_gap(
                gap_seconds_from_points(s.total_thousandths - lead, distance),
                rounding=gap_rounding,
            )
            for s in self._rows_once()
        ]

    # --- output ----------------------------------------------------------------------------

    def to_rows(self, *, gap_rounding: str = ROUND_UP) -> list[dict[str, RowValue]]:
        """Typed data: one dict per skater, ready for ``pandas.DataFrame(table.to_rows())``.

        Keys (the declared ``columns``, in the order the command line's JSON and CSV print
        them): ``rank`` (``int``, ``None`` unranked), ``name``, ``nation``; per counted
        distance its label (``"500 (1)"``: the ``RaceTime``, the status code such as
        ``"DQ"``, or ``None``); ``points`` (the total, ``Decimal``), ``status`` (the first
        status code), ``gap``: the gap to the leader on the next distance as printed, a
        ``Decimal`` rounded to hundredths (up by default; ``gap_rounding`` takes a
        `decimal` rounding constant); per counted distance ``"<label> points"``
        (``Decimal`` or ``None``) and ``"<label> rank"`` (``int`` or ``None``);
        ``completed`` (distances in the total), ``finalist`` (``bool``) and ``gap_exact``,
        the exact gap in seconds (`gap_seconds()`), given where ``gap`` is given.

        The text cells as printed are `to_text_rows()`.

        >>> import skatecalc as sc
        >>> t = sc.classify(sc.SPRINT, {"T": ["37.13", "1:13.32"], "K": ["37.07", "1:14.35"]})
        >>> row = t.to_rows()[1]
        >>> row["rank"], row["500 (1)"], row["500 (1) points"], row["points"], row["gap"]
        (2, RaceTime('37.07'), Decimal('37.070'), Decimal('74.245'), Decimal('0.46'))
        """
        gaps = self.shown_gaps(gap_rounding)
        labels = [self.combination.label(i) for i in range(self.after)]
        distance = self.next_distance or self.combination.distances[-1]  # as gap_seconds
        lead = self[0].total_thousandths if len(self) else None  # a gap means a leader
        rows: list[dict[str, RowValue]] = []
        for s, gap in zip(self._rows_once(), gaps, strict=True):
            row: dict[str, RowValue] = {"rank": s.rank, "name": s.name, "nation": s.nation}
            for i, label in enumerate(labels):
                r = s.results[i]
                row[label] = r.value if isinstance(r, Status) else r
            total = s.total_thousandths
            row["points"] = None if total is None else as_points(total)
            row["status"] = None if s.status is None else s.status.value
            row["gap"] = gap
            for i, label in enumerate(labels):
                p = s.distance_thousandths[i]
                row[f"{label} points"] = None if p is None else as_points(p)
                row[f"{label} rank"] = s.distance_ranks[i]
            row["completed"] = s.completed
            row["finalist"] = s.finalist
            row["gap_exact"] = (
                None
                if gap is None or total is None or lead is None
                else gap_seconds_from_points(total - lead, distance)
            )
            rows.append(row)
        return rows

    def _columns(self) -> tuple[Column, ...]:
        return declared_columns([self.combination.label(i) for i in range(self.after)])

    def to_text_rows(
        self, lang: Lang = "en", *, gap_rounding: str = ROUND_UP
    ) -> list[dict[str, str | int | None]]:
        """The cells as printed: one dict per skater with ``rank`` (``int``), ``name``,
        ``nation``, each counted distance's time (or status) as text in ``lang``'s notation,
        ``points`` and ``gap`` as text (the gap rounded up to hundredths by default, see
        [format_gap][skatecalc.format_gap]) and ``status``.

        >>> import skatecalc as sc
        >>> row = sc.classify(sc.SPRINT, {"K": ["37.07"]}).to_text_rows("nl")[0]
        >>> row["rank"], row["name"], row["500 (1)"], row["points"], row["gap"]
        (1, 'K', '37,07', '37,070', None)
        """
        normalise_lang(lang)
        gaps = self.shown_gaps(gap_rounding)
        labels = [self.combination.label(i) for i in range(self.after)]
        rows: list[dict[str, str | int | None]] = []
        for s, gap in zip(self._rows_once(), gaps, strict=True):
            row: dict[str, str | int | None] = {"rank": s.rank, "name": s.name, "nation": s.nation}
            for i, label in enumerate(labels):
                r = s.results[i]
                row[label] = (
                    None if r is None else (r.format(lang) if isinstance(r, RaceTime) else r.value)
                )
            total = s.total_thousandths
            row["points"] = None if total is None else format_points(as_points(total), lang)
            row["status"] = None if s.status is None else s.status.value
            row["gap"] = None if gap is None else format_gap(gap, lang, rounding=gap_rounding)
            rows.append(row)
        return rows

    def format(self, lang: Lang = "en", *, gap_rounding: str = ROUND_UP) -> str:
        """The standings as text, laid out as the press prints them (``lang="nl"``: Dutch
        labels and notation); the same as ``render_text(table, lang)``. Control characters
        in names are shown escaped. Gaps are rounded up to hundredths unless
        ``gap_rounding`` says otherwise (see [format_gap][skatecalc.format_gap]).

        >>> import skatecalc as sc
        >>> sc.classify(sc.SPRINT, {}).format("xx")
        Traceback (most recent call last):
        ...
        skatecalc.errors.InvalidRuleError: unknown language 'xx': use en or nl ...
        """
        lang = normalise_lang(lang)
        _check_gap_rounding(gap_rounding)
        if gap_rounding == ROUND_UP:
            return render_text(self, lang)
        return render_text(self, lang, gap_rounding=gap_rounding)


def gap_seconds(
    points: str | Decimal | int, reference: str | Decimal | int, distance: int
) -> Decimal:
    """The gap in seconds on ``distance`` between two published totals, exact.

    Points are text (``"110.980"``, ``"110,980"``: ASCII digits, an optional sign and
    decimal point or comma, no exponent or ``_``), a ``Decimal`` or an ``int``; they must be
    finite, below 10**9 points in magnitude and have at most three decimals (samalog points
    are thousandths of a point), as [parse_points][skatecalc.samalog.parse_points] reads
    them. The distance is at most
    [MAX_DISTANCE][skatecalc.championship.combinations.MAX_DISTANCE] metres.

    >>> gap_seconds("111.315", "110.980", 1000)
    Decimal('0.67')
    >>> gap_seconds("sNaN", "2", 500)
    Traceback (most recent call last):
    ...
    skatecalc.errors.SkatecalcError: 'sNaN' is not a points value: ...
    """
    check_combination_distance(distance)
    return gap_seconds_from_points(parse_points(points) - parse_points(reference), distance)
