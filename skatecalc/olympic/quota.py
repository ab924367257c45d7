"""ISU country quotas: which NOCs get Olympic start places, per event.

Quota places go to countries (NOCs) from the Special Olympic Qualification Classification
(SOQC), built from World Cups 1-4 of the Olympic season: a *points* ranking (World Cup
points, ties by best time) and a *times* ranking (best time, ties by points). Per event, the
first places go down the points ranking, the rest down the times ranking (skipping skaters
already in), each NOC up to its maximum per event::

    >>> rules = quota_rules(2022)
    >>> ev = rules.event("women", "5000")
    >>> ev.size, ev.points_places, ev.times_places, ev.max_per_noc, ev.split_status
    (12, 8, 4, 2, 'unverified')
    >>> soqc = [QualifierResult("A1", "NED", 180, "6:50.00"),
    ...         QualifierResult("A2", "NED", 170, "6:51.00"),
    ...         QualifierResult("A3", "NED", 160, "6:49.00"),
    ...         QualifierResult("B1", "CAN", 150, "6:55.00")]
    >>> alloc = allocate(QuotaEvent("women", "5000", size=3, points_places=2, times_places=1,
    ...                             max_per_noc=2), soqc)
    >>> [(p.noc, p.name, p.via) for p in alloc.places]
    [('NED', 'A1', 'points'), ('NED', 'A2', 'points'), ('CAN', 'B1', 'times')]

For 2026, [allocate_games][skatecalc.olympic.quota.allocate_games] allocates every event and
then applies the published reduction step ([Reduction][skatecalc.olympic.quota.Reduction]): the
provisional places are cut back to 82 per gender, the lowest-ranked qualified places first,
event by event in a fixed order.

Sources: the ISU qualification systems, speed skating, for Beijing 2022 and Milano Cortina
2026 (the 2026 maxima per NOC per event as published, e.g. OA Sport, 10 Nov 2025); the ISU
announcement of the 2026 provisional quota places (December 2025; OA Sport, 22 Dec 2025).
The data files ``skatecalc/data/olympic/isu-quota-*.toml`` name the source and status of
every value. Status: unverified overall (no allocation reproduced yet); the points/times
splits are inferred (2022) or from a third-party implementation (2026); the 2026 maxima per
event and the reduction order and caps are verified.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from .. import _registry
from ..errors import (
    DuplicateError,
    InvalidRuleError,
    QuotaError,
    ResultsError,
    SelectionError,
    UnknownOrderError,
    UnknownValueError,
)
from ..limits import described
from ..provenance import RuleStatus, rule_status
from ..time import RaceTime

__all__ = [
    "Allocation",
    "GamesAllocation",
    "QualifierResult",
    "QuotaError",
    "QuotaEvent",
    "QuotaPlace",
    "QuotaRules",
    "Reduction",
    "allocate",
    "allocate_games",
    "count_athletes",
    "points_ranking",
    "quota_rules",
    "reduce_places",
    "times_ranking",
]

_GENDERS = ("men", "women")


def _count(value: object, what: str, minimum: int) -> int:
    if type(value) is not int or value < minimum:
        raise QuotaError(
            f"{what} must be a whole number of at least {minimum}, not {described(value)}"
        )
    return value


def _check_status(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    try:
        rule_status(value)
    except InvalidRuleError as exc:
        raise QuotaError(f"{attribute.name}: {exc.message}") from None


def _time(value: RaceTime | str | None) -> RaceTime | None:
    return None if value is None else RaceTime.parse(value)


@attrs.frozen
class QualifierResult:
    """One skater's (or team's) SOQC entry: World Cup points and best time of WC 1-4.

    >>> QualifierResult("Femke Kok", "NED", 460, "36.95").best
    RaceTime('36.95')
    """

    name: str
    noc: str
    points: int
    best: RaceTime | None = attrs.field(default=None, converter=_time)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ResultsError(f"{described(self.name)} is not a skater's (or team's) name")
        if type(self.points) is not int or self.points < 0:
            raise ResultsError(
                f"{described(self.name)}: {described(self.points)} World Cup points is not a"
                " whole number >= 0"
            )
        if not isinstance(self.noc, str) or not self.noc.strip():
            raise ResultsError(f"{described(self.name)}: {described(self.noc)} is not an NOC code")


def _check_unique(results: Iterable[QualifierResult]) -> list[QualifierResult]:
    if isinstance(results, str | bytes | Mapping) or not isinstance(results, Iterable):
        raise ResultsError(f"{described(results)} is not a list of QualifierResult")
    out = list(results)
    seen: set[tuple[str, str]] = set()
    for r in out:
        if not isinstance(r, QualifierResult):
            raise ResultsError(f"{described(r)} is not a QualifierResult")
        if (r.name, r.noc) in seen:
            raise DuplicateError(f"{described(r.name)} ({r.noc}) is twice in the SOQC results")
        seen.add((r.name, r.noc))
    return out


def _time_key(r: QualifierResult) -> tuple[int, int]:
    return (0, r.best.thousandths) if r.best is not None else (1, 0)


def points_ranking(results: Iterable[QualifierResult]) -> tuple[QualifierResult, ...]:
    """The SOQC points ranking: skaters with points, most first; ties by the better time.

    Remaining ties keep the input order (no rule found; status unverified).

    >>> [r.name for r in points_ranking([QualifierResult("A", "NED", 100, "37.00"),
    ...                                  QualifierResult("B", "JPN", 100, "36.90"),
    ...                                  QualifierResult("C", "CAN", 0, "36.50")])]
    ['B', 'A']
    """
    ranked = [r for r in _check_unique(results) if r.points > 0]
    return tuple(sorted(ranked, key=lambda r: (-r.points, _time_key(r))))


def times_ranking(results: Iterable[QualifierResult]) -> tuple[QualifierResult, ...]:
    """The SOQC times ranking: skaters with a time, fastest first; ties by more points.

    >>> [r.name for r in times_ranking([QualifierResult("A", "NED", 100, "37.00"),
    ...                                 QualifierResult("B", "JPN", 120, "37.00"),
    ...                                 QualifierResult("C", "CAN", 0)])]
    ['B', 'A']
    """
    ranked = [r for r in _check_unique(results) if r.best is not None]
    return tuple(sorted(ranked, key=lambda r: (_time_key(r), -r.points)))


@attrs.frozen
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
    split_status: RuleStatus = attrs.field(default="unverified", validator=_check_status)
    year: int | None = None
    """The Games year of a built-in event (``None``: user-defined)."""

    def __attrs_post_init__(self) -> None:
        for what in ("size", "points_places", "times_places"):
            _count(getattr(self, what), f"{self.gender} {self.event}: {what}", 0)
        if self.max_per_noc is not None:
            _count(self.max_per_noc, f"{self.gender} {self.event}: max_per_noc", 1)
        if self.points_places + self.times_places != self.size:
            raise SelectionError(
                f"{self.gender} {self.event}: {self.points_places} + {self.times_places} places "
                f"do not make the event size {self.size}"
            )


@attrs.frozen
class QuotaPlace:
    """A quota place: the NOC, the skater who earned it, and the ranking (points/times).

    >>> QuotaPlace("NED", "Femke Kok", "points").via
    'points'
    """

    noc: str
    name: str
    via: str


@attrs.frozen
class Allocation:
    """The quota places of one event and its reserve list.

    >>> a = Allocation(QuotaEvent("men", "MS", 1, 1, 0, 2), (QuotaPlace("NED", "X", "points"),), ())
    >>> a.per_noc
    {'NED': 1}
    """

    event: QuotaEvent
    places: tuple[QuotaPlace, ...]
    reserve: tuple[QuotaPlace, ...]

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
) -> Allocation:
    """Allocate an event's quota places down the points, then the times ranking.

    A skater already in by points is skipped on the times ranking; an NOC at its maximum is
    skipped on both. The reserve list takes the next ``reserve`` skaters of the times ranking
    whose NOC is below its maximum, countries without a place first (2026 rule; pass
    ``reserve`` for other years, the default is no reserve list).

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
    skatecalc.errors.QuotaError: reserve must be a whole number of at least 0, not -1
    """
    if not isinstance(event, QuotaEvent):
        raise QuotaError(f"{described(event)} is not a QuotaEvent (use quota_rules(year).event)")
    limit = event.max_per_noc if max_per_noc is None else max_per_noc
    if limit is None:
        games = f"the {event.year} Games" if event.year else "a user-defined event"
        raise UnknownValueError(
            f"the maximum per NOC on the {event.gender}'s {event.event} ({games}) is not given"
            " by any public source consulted; no number is guessed: pass"
            " allocate(..., max_per_noc=N) or build QuotaEvent(..., max_per_noc=N)"
        )
    limit = _count(limit, "max_per_noc", 1)
    if reserve is not None:
        _count(reserve, "reserve", 0)
    entries = _check_unique(results)
    count: dict[str, int] = {}
    places: list[QuotaPlace] = []
    taken: set[tuple[str, str]] = set()

    def take(ranking: tuple[QualifierResult, ...], n: int, via: str) -> None:
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

    take(points_ranking(entries), event.points_places, "points")
    take(times_ranking(entries), event.times_places, "times")
    reserve_list: list[QuotaPlace] = []
    if reserve:
        rest = [
            r
            for r in times_ranking(entries)
            if (r.name, r.noc) not in taken and count.get(r.noc, 0) < limit
        ]
        rest.sort(key=lambda r: 0 if r.noc not in count else 1)  # stable: times order kept
        reserve_list = [QuotaPlace(r.noc, r.name, "reserve") for r in rest[:reserve]]
    return Allocation(event, tuple(places), tuple(reserve_list))


def _gender_of(text: object) -> str:
    g = str(text).strip().lower()
    if g not in _GENDERS:
        raise QuotaError(f"gender {described(text)} must be 'men' or 'women'")
    return g


def _event_key(item: object) -> tuple[str, str]:
    """``"women 500"`` or ``("women", "500")`` -> ``("women", "500")``."""
    if isinstance(item, str):
        parts = item.split()
        if len(parts) != 2:
            raise QuotaError(f"{described(item)} is not an event such as 'women 500' or 'men MS'")
        gender, event = parts
    elif isinstance(item, tuple) and len(item) == 2:
        gender, event = item
    else:
        raise QuotaError(f"{described(item)} is not an event such as 'women 500' or ('men', 'MS')")
    return _gender_of(gender), str(event).strip().upper()


def _caps(value: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    if not isinstance(value, Mapping):
        raise QuotaError(f"caps {described(value)} must map a gender to a number of athletes")
    return tuple(
        (_gender_of(g), _count(n, f"the cap for {g}", 0)) for g, n in sorted(value.items())
    )


def _order(value: Iterable[object]) -> tuple[tuple[str, str], ...]:
    if isinstance(value, str | bytes):
        raise QuotaError(f"order {described(value)} must be a list of events such as 'women 500'")
    out = tuple(_event_key(v) for v in value)
    if len(set(out)) != len(out):
        raise QuotaError(f"order {described(value)} names an event twice")
    return out


@attrs.frozen
class Reduction:
    """The step that cuts provisional quota places back to a cap per gender.

    While a gender has more athletes than its cap, one place is removed from each event of
    ``order`` in turn (the event's lowest-ranked qualified place, i.e. the last place
    allocated), skipping events whose gender is at its cap, round after round. The order
    and caps of 2026 are published (status ``verified``); the way the cut walks the order is
    skatecalc's reading (``method_status``, ``unverified``). Replace it with your own:

    >>> r = Reduction({"women": 2}, ["women 500", "women MS"])
    >>> r.order, r.cap("women"), r.cap("men")
    ((('women', '500'), ('women', 'MS')), 2, None)
    >>> quota_rules(2026).reduction.order[:3]
    (('women', '500'), ('men', '500'), ('men', '1000'))
    """

    caps: tuple[tuple[str, int], ...] = attrs.field(converter=_caps)
    order: tuple[tuple[str, str], ...] = attrs.field(converter=_order)
    source: str = "supplied by the user"
    status: RuleStatus = attrs.field(default="unverified", validator=_check_status)
    method_status: RuleStatus = attrs.field(default="unverified", validator=_check_status)
    provisional: tuple[tuple[str, int], ...] = ()
    """The published provisional numbers before the cut (2026: women 107, men 102)."""

    def cap(self, gender: str) -> int | None:
        """The cap of ``gender``, or ``None`` when that gender is not cut."""
        g = _gender_of(gender)
        return next((n for k, n in self.caps if k == g), None)


def count_athletes(allocations: Iterable[Allocation], gender: str) -> int:
    """The athletes of ``gender`` holding a quota place: distinct (name, NOC) over the
    individual events (a team-pursuit team adds no named skater). This default count is
    skatecalc's reading (unverified); pass your own to
    [reduce_places][skatecalc.olympic.quota.reduce_places].

    >>> e = QuotaEvent("women", "500", 2, 2, 0, 2)
    >>> a = Allocation(e, (QuotaPlace("NED", "A", "points"), QuotaPlace("NED", "B", "points")), ())
    >>> b = Allocation(attrs.evolve(e, event="1000"), (QuotaPlace("NED", "A", "points"),), ())
    >>> count_athletes([a, b], "women")
    2
    """
    g = _gender_of(gender)
    return len(
        {
            (p.name, p.noc)
            for a in allocations
            if a.event.gender == g and a.event.event != "TP"
            for p in a.places
        }
    )


@attrs.frozen
class GamesAllocation:
    """Every event's allocation after the reduction step, and what the cut removed.

    ``removed`` lists ``(gender, event, place)`` in the order the places were cut;
    ``before`` and ``after`` give the athletes per gender around the cut.
    """

    events: tuple[Allocation, ...]
    removed: tuple[tuple[str, str, QuotaPlace], ...]
    before: tuple[tuple[str, int], ...]
    after: tuple[tuple[str, int], ...]
    reduction: Reduction | None = None

    def event(self, gender: str, event: str | int) -> Allocation:
        """The allocation of one event (after the cut)."""
        key = (_gender_of(gender), str(event).strip().upper())
        for a in self.events:
            if (a.event.gender, a.event.event) == key:
                return a
        raise QuotaError(
            f"no allocation for the {key[0]}'s {key[1]}; allocated: "
            + ", ".join(f"{a.event.gender} {a.event.event}" for a in self.events)
        )

    def athletes(self, gender: str) -> int:
        """The athletes of ``gender`` after the cut."""
        g = _gender_of(gender)
        return next((n for k, n in self.after if k == g), 0)


def reduce_places(
    allocations: Iterable[Allocation],
    reduction: Reduction,
    *,
    count: Callable[[Sequence[Allocation], str], int] = count_athletes,
) -> GamesAllocation:
    """Cut the places of ``allocations`` back to the caps of ``reduction`` (see
    [Reduction][skatecalc.olympic.quota.Reduction]). Raises
    [QuotaError][skatecalc.errors.QuotaError] when the events of the order run out of places
    before a gender reaches its cap.

    >>> e = QuotaEvent("women", "500", 3, 3, 0, 3)
    >>> a = Allocation(e, tuple(QuotaPlace("NED", n, "points") for n in "ABC"), ())
    >>> cut = reduce_places([a], Reduction({"women": 1}, ["women 500"]))
    >>> [p.name for p in cut.event("women", "500").places], [p.name for _, _, p in cut.removed]
    (['A'], ['C', 'B'])
    """
    if not isinstance(reduction, Reduction):
        raise QuotaError(f"{described(reduction)} is not a Reduction")
    events = list(allocations)
    keys = [(a.event.gender, a.event.event) for a in events]
    if len(set(keys)) != len(keys):
        raise QuotaError("an event is allocated twice")
    places = {k: list(a.places) for k, a in zip(keys, events, strict=True)}

    def current() -> list[Allocation]:
        return [attrs.evolve(a, places=tuple(places[k])) for k, a in zip(keys, events, strict=True)]

    genders = sorted({g for g, _ in keys} | {g for g, _ in reduction.caps})
    before = tuple((g, count(events, g)) for g in genders)
    counts = dict(before)
    removed: list[tuple[str, str, QuotaPlace]] = []

    def over(g: str) -> bool:
        cap = reduction.cap(g)
        return cap is not None and counts[g] > cap

    while any(over(g) for g in genders):
        progressed = False
        for g, ev in reduction.order:
            if not over(g) or not places.get((g, ev)):
                continue
            removed.append((g, ev, places[(g, ev)].pop()))
            counts[g] = count(current(), g)
            progressed = True
        if not progressed:
            stuck = [g for g in genders if over(g)]
            raise QuotaError(
                f"the reduction cannot reach the cap for {', '.join(stuck)}: the events of its"
                f" order have no places left ({counts[stuck[0]]} athletes, cap"
                f" {reduction.cap(stuck[0])})"
            )
    after = tuple((g, counts[g]) for g in genders)
    return GamesAllocation(tuple(current()), tuple(removed), before, after, reduction)


@attrs.frozen
class QuotaRules:
    """The quota parameters of one Games, with their source and status.

    >>> r = quota_rules(2026)
    >>> r.athletes, r.per_gender, r.reserve
    (164, 82, 8)
    >>> r.max_per_gender(team_pursuit=True, every_event=True), r.max_per_gender()
    (8, 7)
    >>> quota_rules(2022).max_per_gender()
    9
    """

    year: int
    games: str
    athletes: int
    per_gender: int
    events: tuple[QuotaEvent, ...]
    max_per_noc_gender: int | tuple[int, int, int]
    reserve: int | None
    source: str
    status: RuleStatus = attrs.field(validator=_check_status)
    split_source: str
    max_per_noc_source: str = ""
    max_per_noc_status: RuleStatus = attrs.field(default="unverified", validator=_check_status)
    reduction: Reduction | None = None
    """The step cutting the provisional places to the cap (2026), or ``None``."""

    def event(self, gender: str, event: str | int) -> QuotaEvent:
        """The event ``event`` (``"500"``, ``"MS"``, ``"TP"``) of ``gender``."""
        if not isinstance(event, str | int) or (isinstance(event, int) and abs(event) > 10**6):
            raise QuotaError(f"{described(event)} is not an event such as '500' or 'MS'")
        key = str(event).strip().upper()
        for e in self.events:
            if e.gender == gender and e.event == key:
                return e
        raise SelectionError(
            f"no {described(gender)} event {described(event)} in the {self.year} quota; events: "
            + ", ".join(e.event for e in self.events if e.gender == gender)
        )

    def max_per_gender(
        self, *, team_pursuit: bool = False, full_by_points: bool = False, every_event: bool = False
    ) -> int:
        """The most skaters an NOC may enter per gender.

        2022: 9. 2026: 9 with a team-pursuit team and full quota in every individual event by
        points, 8 with a team-pursuit team and a place in every event, otherwise 7.
        """
        if isinstance(self.max_per_noc_gender, int):
            return self.max_per_noc_gender
        full, team_every, otherwise = self.max_per_noc_gender
        if team_pursuit and full_by_points:
            return full
        if team_pursuit and every_event:
            return team_every
        return otherwise


def allocate_games(
    rules: QuotaRules,
    results: Mapping[str | tuple[str, str], Iterable[QualifierResult]],
    *,
    reduction: Reduction | None = None,
    reduce: bool = True,
    count: Callable[[Sequence[Allocation], str], int] = count_athletes,
) -> GamesAllocation:
    """Allocate every event of ``results`` (keys ``"women 500"`` or ``("women", "500")``)
    with the Games' parameters, then apply the reduction step: ``rules.reduction`` unless
    ``reduction`` replaces it; ``reduce=False`` keeps the provisional places. Events not in
    ``results`` are not allocated. The reserve list size is the Games' (2026: 8).

    >>> r = quota_rules(2026)
    >>> soqc = [QualifierResult(f"W{i}", f"N{i}", 100 - i, "37.50") for i in range(5)]
    >>> field = {"women 500": soqc}
    >>> games = allocate_games(r, field, reduction=Reduction({"women": 3}, ["women 500"]))
    >>> games.athletes("women"), [p.name for _, _, p in games.removed]
    (3, ['W4', 'W3'])
    """
    if not isinstance(rules, QuotaRules):
        raise QuotaError(f"{described(rules)} is not a QuotaRules (use quota_rules(2026))")
    allocations = []
    seen: set[tuple[str, str]] = set()
    for key, entries in results.items():
        gender, event = _event_key(key)
        if (gender, event) in seen:
            raise QuotaError(f"the {gender}'s {event} is given twice")
        seen.add((gender, event))
        allocations.append(allocate(rules.event(gender, event), entries, reserve=rules.reserve))
    step = reduction if reduction is not None else rules.reduction
    if not reduce or step is None:
        genders = sorted({a.event.gender for a in allocations})
        n = tuple((g, count(allocations, g)) for g in genders)
        return GamesAllocation(tuple(allocations), (), n, n, None)
    return reduce_places(allocations, step, count=count)


def _load(data: Mapping[str, Any]) -> QuotaRules:
    events = tuple(
        QuotaEvent(
            e["gender"],
            e["event"],
            e["size"],
            e["points"],
            e["times"],
            e.get("max_per_noc"),
            data["split_status"],
            data["year"],
        )
        for e in data["events"]
    )
    gender_max = data["max_per_noc_gender"]
    if isinstance(gender_max, Mapping):
        gender_max = (
            gender_max["full"],
            gender_max["team_and_every_event"],
            gender_max["otherwise"],
        )
    return QuotaRules(
        data["year"],
        data["games"],
        data["athletes"],
        data["per_gender"],
        events,
        gender_max,
        data.get("reserve"),
        data["source"],
        data["status"],
        data["split_source"],
        data.get("max_per_noc_source", ""),
        data.get("max_per_noc_status", "unverified"),
        _load_reduction(data["reduction"]) if "reduction" in data else None,
    )


def _load_reduction(data: Mapping[str, Any]) -> Reduction:
    return Reduction(
        data["caps"],
        data["order"],
        data["source"],
        data["status"],
        data["method_status"],
        tuple(sorted(data.get("provisional", {}).items())),
    )


@functools.cache
def _quota_registry() -> dict[int, QuotaRules]:
    out: dict[int, QuotaRules] = {}
    for key in _registry.keys("olympic", prefix="isu-quota-"):
        rules = _load(_registry.load("olympic", key))
        out[rules.year] = rules
    return out


def quota_rules(year: int) -> QuotaRules:
    """The quota parameters of the Games of ``year`` (2022 or 2026).

    >>> quota_rules(2022).event("men", "MS").points_places
    24
    >>> quota_rules(2018)
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownOrderError: no quota parameters for 2018; known: 2022, 2026; ...
    """
    known = _quota_registry()
    if type(year) is not int or year not in known:
        years = [str(y) for y in sorted(known)]
        raise UnknownOrderError(
            f"no quota parameters for {described(year)}; known: "
            + ", ".join(years)
            + "; for other Games build QuotaEvent(gender, event, size, points_places,"
            " times_places, max_per_noc) and pass it to allocate()",
            key=year,
            known=years,
        )
    return known[year]
