"""ISU quota places of one event: the SOQC rankings and the allocation down them.

Per event, the first places go down the SOQC points ranking, the rest down the times
ranking (skipping skaters already in), each NOC up to its maximum per event::

    >>> soqc = [QualifierResult("A1", "NED", 180, "6:50.00"),
    ...         QualifierResult("A2", "NED", 170, "6:51.00"),
    ...         QualifierResult("A3", "NED", 160, "6:49.00"),
    ...         QualifierResult("B1", "CAN", 150, "6:55.00")]
    >>> alloc = allocate(QuotaEvent("women", "5000", size=3, points_places=2, times_places=1,
    ...                             max_per_noc=2), soqc)
    >>> [(p.noc, p.name, p.via) for p in alloc]
    [('NED', 'A1', 'points'), ('NED', 'A2', 'points'), ('CAN', 'B1', 'times')]
    >>> alloc["B1"].noc, "A3" in alloc, alloc.per_noc
    ('CAN', False, {'NED': 2, 'CAN': 1})

Two skaters equal on a ranking's criteria (points and best time) keep the input order: no
further tie rule was found (unverified). Where that order decides who gets a place (or a
reserve place), `allocate` says so with a `QuotaTieWarning` naming both skaters and their
NOCs, as the SOQC reports the ties it orders (`skatecalc.olympic.soqc`).

Sources: the ISU qualification systems, speed skating, for Beijing 2022 and Milano Cortina
2026. Status: unverified (no allocation reproduced yet); see `skatecalc.olympic.quota`.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ... import _record
from ...errors import (
    DuplicateError,
    InvalidRuleError,
    QuotaError,
    QuotaTieWarning,
    ResultsError,
    SelectionError,
    UnknownValueError,
)
from ...limits import shown
from ...rules import RuleStatus, rule_status
from ...tabular import Column, RowValue, Tabular
from ...time import RaceTime
from ..rows import check_count

if TYPE_CHECKING:
    import attrs

__all__ = [
    "Allocation",
    "QualifierResult",
    "QuotaEvent",
    "QuotaPlace",
    "QuotaTieWarning",
    "allocate",
    "points_ranking",
    "times_ranking",
]


def _check_status(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    try:
        rule_status(value)
    except InvalidRuleError as exc:
        raise QuotaError(f"{attribute.name}: {exc.message}") from None


def _time(value: RaceTime | str | None) -> RaceTime | None:
    return None if value is None else RaceTime.parse(value)


@_record.frozen
class QualifierResult:
    """One skater's (or team's) SOQC entry: World Cup points and best time of WC 1-4.

    >>> QualifierResult("Femke Kok", "NED", 460, "36.95").best
    RaceTime('36.95')
    """

    name: str
    noc: str
    points: int
    best: RaceTime | None = _record.field(default=None, converter=_time)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ResultsError(f"{shown(self.name)} is not a skater's (or team's) name")
        if type(self.points) is not int or self.points < 0:
            raise ResultsError(
                f"{shown(self.name)}: {shown(self.points)} World Cup points is not a"
                " whole number >= 0"
            )
        if not isinstance(self.noc, str) or not self.noc.strip():
            raise ResultsError(f"{shown(self.name)}: {shown(self.noc)} is not an NOC code")


def _check_unique(results: Iterable[QualifierResult]) -> list[QualifierResult]:
    if isinstance(results, str | bytes | Mapping) or not isinstance(results, Iterable):
        raise ResultsError(f"{shown(results)} is not a list of QualifierResult")
    out = list(results)
    seen: set[tuple[str, str]] = set()
    for r in out:
        if not isinstance(r, QualifierResult):
            raise ResultsError(f"{shown(r)} is not a QualifierResult")
        if (r.name, r.noc) in seen:
            raise DuplicateError(f"{shown(r.name)} ({r.noc}) is twice in the SOQC results")
        seen.add((r.name, r.noc))
    return out


def _time_key(r: QualifierResult) -> tuple[int, int]:
    return (0, r.best.thousandths) if r.best is not None else (1, 0)


def _points_key(r: QualifierResult) -> tuple[int, tuple[int, int]]:
    return (-r.points, _time_key(r))


def _times_key(r: QualifierResult) -> tuple[tuple[int, int], int]:
    return (_time_key(r), -r.points)


def points_ranking(
    results: Iterable[QualifierResult], *, keep_order: bool = False
) -> tuple[QualifierResult, ...]:
    """The SOQC points ranking: skaters with points, most first; ties by the better time.

    Remaining ties keep the input order (no rule found; status unverified). With
    ``keep_order`` equal points keep the input order (results given in the order of a
    computed SOQC, whose order of equal points is its own, see `skatecalc.olympic.soqc`).

    >>> [r.name for r in points_ranking([QualifierResult("A", "NED", 100, "37.00"),
    ...                                  QualifierResult("B", "JPN", 100, "36.90"),
    ...                                  QualifierResult("C", "CAN", 0, "36.50")])]
    ['B', 'A']
    """
    ranked = [r for r in _check_unique(results) if r.points > 0]
    if keep_order:
        return tuple(sorted(ranked, key=lambda r: -r.points))
    return tuple(sorted(ranked, key=_points_key))


def times_ranking(results: Iterable[QualifierResult]) -> tuple[QualifierResult, ...]:
    """The SOQC times ranking: skaters with a time, fastest first; ties by more points.

    >>> [r.name for r in times_ranking([QualifierResult("A", "NED", 100, "37.00"),
    ...                                 QualifierResult("B", "JPN", 120, "37.00"),
    ...                                 QualifierResult("C", "CAN", 0)])]
    ['B', 'A']
    """
    ranked = [r for r in _check_unique(results) if r.best is not None]
    return tuple(sorted(ranked, key=_times_key))


@_record.frozen
class QuotaEvent:
    """One Olympic event's quota: its size, the points/times split and the NOC maximum.

    ``max_per_noc`` is ``None`` where no source gives it;
    [allocate][skatecalc.olympic.quota.allocate] then asks for it.

    >>> QuotaEvent("men", "10000", 12, 8, 4, 2).event
    '10000'
    """

    gender: str
    event: str
    size: int
    points_places: int
    times_places: int
    max_per_noc: int | None = None
    split_status: RuleStatus = _record.field(default="unverified", validator=_check_status)
    year: int | None = None
    """The Games year of a built-in event (``None``: user-defined)."""

    @property
    def name(self) -> str:
        """``"women 500"``: the event's name in its Games' rules (``rules["women 500"]``)."""
        return f"{self.gender} {self.event}"

    def __attrs_post_init__(self) -> None:
        for what, value in (("gender", self.gender), ("event", self.event)):
            if not isinstance(value, str) or not value.strip():
                raise QuotaError(
                    f"the {what} of a QuotaEvent must be text (such as 'women' and '500'),"
                    f" not {shown(value)}"
                )
        # a label that is safe to print (a control character is shown escaped)
        label = " ".join(
            v if v.isprintable() and len(v) <= 40 else shown(v) for v in (self.gender, self.event)
        )
        for what in ("size", "points_places", "times_places"):
            check_count(getattr(self, what), f"{label}: {what}", 0, QuotaError)
        if self.max_per_noc is not None:
            check_count(self.max_per_noc, f"{label}: max_per_noc", 1, QuotaError)
        if self.points_places + self.times_places != self.size:
            raise SelectionError(
                f"{label}: {self.points_places} + {self.times_places} places "
                f"do not make the event size {self.size}"
            )


def _event_column(key: str, types: type, meaning: str) -> Column:
    return Column(key, types, meaning, get=lambda e: getattr(e, key))


EVENT_COLUMNS = tuple(
    _event_column(*c)
    for c in (
        ("gender", str, "men or women"),
        ("event", str, "500, 1000, ..., MS, TP"),
        ("size", int, "quota places of the event"),
        ("points_places", int, "places by the World Cup points ranking"),
        ("times_places", int, "places by the World Cup times ranking"),
        ("max_per_noc", int, "the most places one NOC can earn; None: unknown"),
        ("split_status", str, "verified, derived or unverified"),
    )
)
"""The columns of a Games' quota rules, one row per event (`QuotaRules.to_rows()`)."""


@_record.frozen
class QuotaPlace:
    """A quota place: the NOC, the skater who earned it, and the ranking (points/times).

    >>> QuotaPlace("NED", "Femke Kok", "points").via
    'points'
    """

    noc: str
    name: str
    via: str


@_record.frozen(repr=False)
class Allocation(Tabular[QuotaPlace]):
    """The quota places of one event and its reserve list.

    A table ([`Tabular`][skatecalc.tabular.Tabular]) of its places, in the order they were
    allocated: ``len(a)``, ``a[0]``, ``a["skater"]``, ``"skater" in a`` (has a quota place;
    the reserve list is `reserve`), ``a.names``, ``a.to_rows()``; ``str(a)`` prints
    the places and the reserve list.

    >>> a = Allocation(QuotaEvent("men", "MS", 1, 1, 0, 2), (QuotaPlace("NED", "X", "points"),), ())
    >>> a.per_noc, a["X"].noc, a
    ({'NED': 1}, 'NED', <Allocation: 1 row, first X>)
    """

    event: QuotaEvent
    places: tuple[QuotaPlace, ...]
    reserve: tuple[QuotaPlace, ...]
    cut: tuple[QuotaPlace, ...] = ()
    """Provisional places the Games' reduction step removed (see `reduce_places`)."""

    def _table_rows(self) -> tuple[QuotaPlace, ...]:
        return self.places

    _COLUMNS = (
        Column("place", int, "the quota place (1-based; the reserve list counts on)"),
        Column("noc", str, "the National Olympic Committee"),
        Column("name", str, "the skater (or team) who earned the place"),
        Column("via", str, "points, times, reserve, or cut (removed by the reduction)"),
    )

    def to_rows(self) -> list[dict[str, RowValue]]:
        """One dict per quota place, in allocation order, then one per reserve, then one per
        place the reduction step cut (see [`skatecalc.tabular`][skatecalc.tabular]):
        ``place`` (int, 1-based; the reserve list counts on; ``None`` for a cut place),
        ``noc``, ``name``, ``via`` (``"points"``, ``"times"``, ``"reserve"`` or ``"cut"``).

        >>> a = Allocation(QuotaEvent("men", "MS", 1, 1, 0, 2), (QuotaPlace("NED", "X", "points"),),
        ...                (QuotaPlace("CAN", "Y", "reserve"),))
        >>> a.to_rows()
        [{'place': 1, 'noc': 'NED', 'name': 'X', 'via': 'points'},
         {'place': 2, 'noc': 'CAN', 'name': 'Y', 'via': 'reserve'}]
        """
        rows: list[dict[str, RowValue]] = [
            {"place": i, "noc": p.noc, "name": p.name, "via": p.via}
            for i, p in enumerate((*self.places, *self.reserve), start=1)
        ]
        rows += [{"place": None, "noc": p.noc, "name": p.name, "via": "cut"} for p in self.cut]
        return rows

    @property
    def per_noc(self) -> dict[str, int]:
        """NOC -> number of quota places, in order of the first place won."""
        out: dict[str, int] = {}
        for p in self.places:
            out[p.noc] = out.get(p.noc, 0) + 1
        return out


def allocate(
    event: QuotaEvent,
    results: Iterable[QualifierResult],
    *,
    max_per_noc: int | None = None,
    reserve: int | None = None,
    keep_order: bool = False,
) -> Allocation:
    """Allocate an event's quota places down the points, then the times ranking.

    A skater already in by points is skipped on the times ranking; an NOC at its maximum is
    skipped on both. The reserve list takes the next ``reserve`` skaters of the times ranking
    whose NOC is below its maximum, countries without a place first (2026 rule; pass
    ``reserve`` for other years, the default is no reserve list). ``keep_order``: equal
    points keep the input order (see `points_ranking`).

    >>> from skatecalc.olympic import quota_rules
    >>> len(allocate(quota_rules(2026).event("men", "500"), []).places)
    0
    >>> allocate(QuotaEvent("men", "500", 2, 2, 0), [])
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownValueError: the maximum per NOC on the men's 500 (a user-defined
    event) is not given by any public source consulted; no number is guessed: pass
    allocate(..., max_per_noc=N) or build QuotaEvent(..., max_per_noc=N)
    >>> allocate(quota_rules(2026).event("men", "500"), [], reserve=-1)
    Traceback (most recent call last):
    ...
    skatecalc.errors.QuotaError: reserve must be a whole number of at least 0 and at most 1000, ...
    """
    if not isinstance(event, QuotaEvent):
        raise QuotaError(f"{shown(event)} is not a QuotaEvent (use quota_rules(year).event)")
    limit = event.max_per_noc if max_per_noc is None else max_per_noc
    if limit is None:
        games = f"the {event.year} Games" if event.year else "a user-defined event"
        raise UnknownValueError(
            f"the maximum per NOC on the {event.gender}'s {event.event} ({games}) is not given"
            " by any public source consulted; no number is guessed: pass"
            " allocate(..., max_per_noc=N) or build QuotaEvent(..., max_per_noc=N)"
        )
    limit = check_count(limit, "max_per_noc", 1, QuotaError)
    if reserve is not None:
        check_count(reserve, "reserve", 0, QuotaError)
    entries = _check_unique(results)
    points = points_ranking(entries, keep_order=keep_order)
    times = times_ranking(entries)
    places, reserve_list = _fill(event, limit, reserve, points, times)
    for text in _decided_ties(event, limit, reserve, points, times, keep_order=keep_order):
        warnings.warn(text, QuotaTieWarning, stacklevel=2)
    return Allocation(event, places, reserve_list)


Ranking = tuple[QualifierResult, ...]


def _fill(
    event: QuotaEvent, limit: int, reserve: int | None, points: Ranking, times: Ranking
) -> tuple[tuple[QuotaPlace, ...], tuple[QuotaPlace, ...]]:
    """The places (down ``points``, then ``times``) and the reserve list of `allocate`."""
    count: dict[str, int] = {}
    places: list[QuotaPlace] = []
    taken: set[tuple[str, str]] = set()

    def take(ranking: Ranking, n: int, via: str) -> None:
        got = 0
        for r in ranking:
            if got == n:
                return
            if (r.name, r.noc) in taken or count.get(r.noc, 0) >= limit:
                continue
            places.append(QuotaPlace(r.noc, r.name, via))
            taken.add((r.name, r.noc))
            count[r.noc] = count.get(r.noc, 0) + 1
            got += 1

    take(points, event.points_places, "points")
    take(times, event.times_places, "times")
    reserve_list: list[QuotaPlace] = []
    if reserve:
        rest = [r for r in times if (r.name, r.noc) not in taken and count.get(r.noc, 0) < limit]
        rest.sort(key=lambda r: 0 if r.noc not in count else 1)  # stable: times order kept
        reserve_list = [QuotaPlace(r.noc, r.name, "reserve") for r in rest[:reserve]]
    return tuple(places), tuple(reserve_list)


def _outcome(
    got: tuple[tuple[QuotaPlace, ...], tuple[QuotaPlace, ...]],
) -> dict[tuple[str, str], str]:
    """(name, NOC) -> how the skater got in: ``points``, ``times`` or ``reserve``."""
    return {(p.name, p.noc): p.via for p in (*got[0], *got[1])}


def _decided_ties(
    event: QuotaEvent,
    limit: int,
    reserve: int | None,
    points: Ranking,
    times: Ranking,
    *,
    keep_order: bool,
) -> list[str]:
    """The ties whose input order decides a place: for every run of skaters equal on a
    ranking's criteria, the allocation is made again with that run reversed; where any of
    them fares differently, the tie is reported. Equal points of a computed SOQC
    (``keep_order``) are in the SOQC's order, which reported its own ties: only the times
    ranking is looked at then."""
    base = _outcome(_fill(event, limit, reserve, points, times))
    out: list[str] = []
    keys: list[tuple[str, Ranking, Callable[[QualifierResult], object]]] = [
        ("times", times, _times_key)
    ]
    if not keep_order:
        keys.insert(0, ("points", points, _points_key))
    for which, ranking, key in keys:
        start = 0
        for _, run in itertools.groupby(ranking, key=key):
            group = list(run)
            end = start + len(group)
            if len(group) > 1:
                swapped = (*ranking[:start], *reversed(group), *ranking[end:])
                other = (
                    _fill(event, limit, reserve, swapped, times)
                    if which == "points"
                    else _fill(event, limit, reserve, points, swapped)
                )
                alt = _outcome(other)
                changed = [
                    r for r in group if base.get((r.name, r.noc)) != alt.get((r.name, r.noc))
                ]
                if changed:
                    out.append(_tie_text(event, which, group, changed, base))
            start = end
    return out


def _tie_text(
    event: QuotaEvent,
    which: str,
    group: list[QualifierResult],
    changed: list[QualifierResult],
    base: Mapping[tuple[str, str], str],
) -> str:
    first = group[0]
    who = [f"{r.name} ({r.noc})" for r in group]
    names = ", ".join(who[:-1]) + f" and {who[-1]}"
    best = str(first.best) if first.best is not None else "no time"
    got = ", ".join(f"{r.name} ({r.noc}) {base.get((r.name, r.noc), 'no place')}" for r in changed)
    return (
        f"{event.gender} {event.event}: {names} tie on the {which} ranking ({best},"
        f" {first.points} points); the input order decided: {got} (no tie rule is known;"
        " unverified)"
    )
