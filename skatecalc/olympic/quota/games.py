"""The quota of a whole Games: its parameters, every event, and the reduction step.

For 2026, [`allocate_games`][skatecalc.olympic.allocate_games] allocates every event and then
applies the published reduction step ([`Reduction`][skatecalc.olympic.Reduction]): the provisional
places are cut back to 82 per gender, the lowest-ranked qualified places first, event by event in a
fixed order::

    >>> rules = quota_rules(2022)
    >>> ev = rules.event("women", "5000")
    >>> ev.size, ev.points_places, ev.times_places, ev.max_per_noc, ev.split_status
    (12, 8, 4, 2, 'unverified')

Sources: the ISU qualification systems, speed skating, for Beijing 2022 and Milano Cortina
2026 (the 2026 maxima per NOC per event as published, e.g. OA Sport, 10 Nov 2025); the ISU
announcement of the 2026 provisional quota places (December 2025; OA Sport, 22 Dec 2025).
The data files ``skatecalc/data/olympic/isu-quota-*.toml`` name the source and status of
every value.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ... import _record
from ... import rules as _registry
from ...errors import QuotaError, SelectionError, UnknownOrderError
from ...limits import shown
from ...notation import normalise_gender
from ...rules import RuleStatus
from ...tabular import Tabular
from ..rows import check_count
from .allocation import (
    EVENT_COLUMNS,
    Allocation,
    QualifierResult,
    QuotaEvent,
    QuotaPlace,
    _check_status,
    allocate,
)

__all__ = [
    "GamesAllocation",
    "QuotaRules",
    "Reduction",
    "allocate_games",
    "count_athletes",
    "quota_rules",
    "reduce_places",
]


def _gender_of(text: object) -> str:
    return normalise_gender(text, error=QuotaError)


def _event_key(item: object) -> tuple[str, str]:
    """``"women 500"`` or ``("women", "500")`` -> ``("women", "500")``."""
    if isinstance(item, str):
        parts = item.split()
        if len(parts) != 2:
            raise QuotaError(f"{shown(item)} is not an event such as 'women 500' or 'men MS'")
        gender, event = parts
    elif isinstance(item, tuple) and len(item) == 2:
        gender, event = item
    else:
        raise QuotaError(f"{shown(item)} is not an event such as 'women 500' or ('men', 'MS')")
    return _gender_of(gender), str(event).strip().upper()


def _caps(value: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    if not isinstance(value, Mapping):
        raise QuotaError(f"caps {shown(value)} must map a gender to a number of athletes")
    return tuple(
        (_gender_of(g), check_count(n, f"the cap for {g}", 0, QuotaError))
        for g, n in sorted(value.items())
    )


def _order(value: Iterable[object]) -> tuple[tuple[str, str], ...]:
    if isinstance(value, str | bytes):
        raise QuotaError(f"order {shown(value)} must be a list of events such as 'women 500'")
    out = tuple(_event_key(v) for v in value)
    if len(set(out)) != len(out):
        raise QuotaError(f"order {shown(value)} names an event twice")
    return out


@_record.frozen
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

    caps: tuple[tuple[str, int], ...] = _record.field(converter=_caps)
    order: tuple[tuple[str, str], ...] = _record.field(converter=_order)
    source: str = "supplied by the user"
    status: RuleStatus = _record.field(default="unverified", validator=_check_status)
    method_status: RuleStatus = _record.field(default="unverified", validator=_check_status)
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

    >>> import attrs
    >>> e = QuotaEvent("women", "500", 2, 2, 0, 2)
    >>> a = Allocation(e, (QuotaPlace("NED", "A", "points"), QuotaPlace("NED", "B", "points")), ())
    >>> b = Allocation(attrs.evolve(e, event="1000"), (QuotaPlace("NED", "A", "points"),), ())
    >>> count_athletes([a, b], "women")
    2
    """
    g = _gender_of(gender)
    if isinstance(allocations, (str, bytes, Mapping)) or not isinstance(allocations, Iterable):
        raise QuotaError(f"{shown(allocations)} is not a list of allocations")
    allocations = list(allocations)
    if not all(isinstance(a, Allocation) for a in allocations):
        raise QuotaError(f"{shown(allocations)} is not a list of allocations")
    return len(
        {
            (p.name, p.noc)
            for a in allocations
            if a.event.gender == g and a.event.event != "TP"
            for p in a.places
        }
    )


@_record.frozen
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
        raise QuotaError(f"{shown(reduction)} is not a Reduction")
    events = list(allocations)
    keys = [(a.event.gender, a.event.event) for a in events]
    if len(set(keys)) != len(keys):
        raise QuotaError("an event is allocated twice")
    places = {k: list(a.places) for k, a in zip(keys, events, strict=True)}

    def current() -> list[Allocation]:
        return [
            _record.evolve(a, places=tuple(places[k])) for k, a in zip(keys, events, strict=True)
        ]

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
    final = [
        _record.evolve(a, cut=tuple(p for g, ev, p in removed if (g, ev) == k))
        for k, a in zip(keys, current(), strict=True)
    ]
    return GamesAllocation(tuple(final), tuple(removed), before, after, reduction)


@_record.frozen(repr=False)
class QuotaRules(Tabular[QuotaEvent]):
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
    status: RuleStatus = _record.field(validator=_check_status)
    split_source: str
    max_per_noc_source: str = ""
    max_per_noc_status: RuleStatus = _record.field(default="unverified", validator=_check_status)
    reduction: Reduction | None = None
    """The step cutting the provisional places to the cap (2026), or ``None``."""

    _COLUMNS = EVENT_COLUMNS  # a table of its events: rules["women 500"], to_rows()

    def _table_rows(self) -> tuple[QuotaEvent, ...]:
        return self.events

    def _row_word(self) -> str:
        return "event"

    def _repr_summary(self) -> str:
        return f"{self.games}, {super()._repr_summary()}"

    def event(self, gender: str, event: str | int) -> QuotaEvent:
        """The event ``event`` (``"500"``, ``"MS"``, ``"TP"``) of ``gender``."""
        if not isinstance(event, str | int) or (isinstance(event, int) and abs(event) > 10**6):
            raise QuotaError(f"{shown(event)} is not an event such as '500' or 'MS'")
        key = str(event).strip().upper()
        for e in self.events:
            if e.gender == gender and e.event == key:
                return e
        raise SelectionError(
            f"no {shown(gender)} event {shown(event)} in the {self.year} quota; events: "
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
    keep_order: bool = False,
) -> GamesAllocation:
    """Allocate every event of ``results`` (keys ``"women 500"`` or ``("women", "500")``)
    with the Games' parameters, then apply the reduction step: ``rules.reduction`` unless
    ``reduction`` replaces it; ``reduce=False`` keeps the provisional places. Events not in
    ``results`` are not allocated. The reserve list size is the Games' (2026: 8).
    ``keep_order``: equal points keep the input order (results in a computed SOQC's order).

    >>> r = quota_rules(2026)
    >>> soqc = [QualifierResult(f"W{i}", f"N{i}", 100 - i, "37.50") for i in range(5)]
    >>> field = {"women 500": soqc}
    >>> games = allocate_games(r, field, reduction=Reduction({"women": 3}, ["women 500"]))
    >>> games.athletes("women"), [p.name for _, _, p in games.removed]
    (3, ['W4', 'W3'])
    """
    if not isinstance(rules, QuotaRules):
        raise QuotaError(f"{shown(rules)} is not a QuotaRules (use quota_rules(2026))")
    if not isinstance(results, Mapping):
        raise QuotaError(
            f"results must map events ('women 500') to qualifier results, not {shown(results)}"
        )
    allocations = []
    seen: set[tuple[str, str]] = set()
    for key, entries in results.items():
        gender, event = _event_key(key)
        if (gender, event) in seen:
            raise QuotaError(f"the {gender}'s {event} is given twice")
        seen.add((gender, event))
        allocations.append(
            allocate(
                rules.event(gender, event), entries, reserve=rules.reserve, keep_order=keep_order
            )
        )
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
    skatecalc.errors.UnknownOrderError: no quota parameters for 2018; known: 2022, 2026 (...
    """
    known = _quota_registry()
    if type(year) is not int or year not in known:
        years = [str(y) for y in sorted(known)]
        raise UnknownOrderError(
            f"no quota parameters for {shown(year)}; known: "
            + ", ".join(years)
            + " (for other Games, in Python: build QuotaEvent(gender, event, size,"
            " points_places, times_places, max_per_noc) and pass it to allocate())",
            key=year,
            known=years,
        )
    return known[year]
