"""The race state on the distance being looked at: the field, who has finished, who is
still to skate.

The state of one table and one distance is worked out once (one pass over the table, one
sort of the finished totals) and kept while the table lives, so that asking what every
skater still to skate needs costs O(log n) per skater after an O(n log n) start instead of
a pass over the whole field per question.

The field follows [`classify`][skatecalc.championship.classification.classify]: once the distance is
skated, those with a time on it are ranked above everyone who stopped earlier. So the field is the
ranked skaters who completed every counted distance (``Standing.finalist``); a skater who stopped
(``DNS``/``WDR``, or not admitted by a cut) is ranked below them and is nobody's rival. On
a restricted distance (a ``Cut`` after any distance, the allround final, a sprint cut) the
field is the rule's qualifiers plus everyone who has a result on it: a reserve who skated
it counts like every finalist.

The inverse of the samalog points formula, and the small helpers of required times.

Points on a distance are ``hundredths * 5000 // distance`` thousandths (truncated; or
rounded half up when a table says so), so "how fast for these points" is a step function
of the time. [`slowest`][skatecalc.championship.targets.slowest] inverts it exactly and
[`period`][skatecalc.championship.targets.period] says how often the steps repeat; both live in
[`skatecalc.samalog`][skatecalc.samalog] (the core) and are re-exported here. Everything is integer
work.

    >>> from skatecalc.samalog import slowest as core
    >>> slowest is core, slowest(34226, 1500), period(1500)
    (True, 10268, 3)
"""

from __future__ import annotations

import bisect
import itertools
import threading
import weakref
from collections.abc import Callable
from decimal import Decimal

from ..._exact import units
from ...errors import AFTER_EARLIER, GoalError, InvalidDistanceError, InvalidRuleError
from ...limits import shown
from ...messages import Message
from ...samalog import Rounding, period, points_thousandths, slowest
from ...time import RaceTime, Status
from ..combinations import Combination, FinalQualification, check_combination_distance
from ..standings import Standing, Standings

__all__ = ["in_progress", "period", "slowest"]


class Race:
    """The distance being looked at and who is where on it (immutable once built).

    ``field`` are the standings of those who skate the distance, in table order;
    ``finished`` the (final total, name) of those who have finished it, best first;
    ``pending`` the field members with no result on it yet, in table order.
    """

    __slots__ = (
        "_pending_position",
        "_pending_totals",
        "combination",
        "distance",
        "field",
        "finished",
        "finished_names",
        "index",
        "members",
        "notes",
        "pending",
        "pending_names",
        "qualifiers",
        "rounding",
    )

    def __init__(
        self,
        combination: Combination,
        rounding: Rounding,
        distance: int,
        index: int,
        field: tuple[Standing, ...],
        notes: tuple[str, ...],
        qualifiers: frozenset[str] | None = None,
    ) -> None:
        self.combination = combination
        self.qualifiers = qualifiers  # on a restricted distance: the rule's qualifiers
        self.rounding = rounding
        self.distance = distance
        self.index = index
        self.field = field
        self.notes = notes
        self.members = frozenset(s.name for s in field)
        finished: list[tuple[int, str]] = []
        pending: list[Standing] = []
        for s in field:
            r = s.results[index]
            if r is None:
                pending.append(s)
            elif isinstance(r, RaceTime) and s.total_thousandths is not None:
                finished.append(
                    (s.total_thousandths + points(r.hundredths, distance, rounding), s.name)
                )
        finished.sort()
        self.finished = tuple(finished)
        self.finished_names = tuple(name for _, name in finished)
        self.pending = tuple(pending)
        self.pending_names = tuple(s.name for s in pending)
        self._pending_position = {name: i for i, name in enumerate(self.pending_names)}
        totals = tuple(s.total_thousandths for s in pending if s.total_thousandths is not None)
        ordered = len(totals) == len(pending) and all(a <= b for a, b in itertools.pairwise(totals))
        # the field is in table order, which is by total: then "below a total" is a prefix
        self._pending_totals = totals if ordered else None

    def label(self) -> str:
        return f"{self.distance} m"

    def result(self, standing: Standing) -> RaceTime | Status | None:
        return standing.results[self.index]

    def final_total(self, standing: Standing) -> int | None:
        r = standing.results[self.index]
        if isinstance(r, RaceTime) and standing.total_thousandths is not None:
            return standing.total_thousandths + points(r.hundredths, self.distance, self.rounding)
        return None

    def contenders(self, skater: str, final: int) -> tuple[str, ...]:
        """Names still to skate (other than ``skater``) whose total is below ``final``, in
        table order: O(log n) to find them, plus copying the names found."""
        totals = self._pending_totals
        if totals is None:  # not in total order (never for a classify() table): scan
            return tuple(
                s.name
                for s in self.pending
                if s.name != skater
                and s.total_thousandths is not None
                and s.total_thousandths < final
            )
        end = bisect.bisect_left(totals, final)
        names = self.pending_names
        mine = self._pending_position.get(skater)
        if mine is None or mine >= end:
            return names[:end]
        return names[:mine] + names[mine + 1 : end]


def _build(table: Standings, distance: int | None) -> Race:
    comb = table.combination
    n = len(comb.distances)
    if distance is None:
        if table.next_distance is None:
            raise GoalError.advise(
                "the table already counts all {n} distances of {comb}: nothing is left to skate"
                " ({earlier} to look at an earlier distance)",
                n=n,
                comb=comb,
                earlier=AFTER_EARLIER,
            )
        index = table.after
    else:
        check_combination_distance(distance)
        if distance not in comb.distances:
            raise InvalidDistanceError(
                f"{distance} m is not a distance of {comb} ({', '.join(map(str, comb.distances))})"
            )
        later = [i for i in range(table.after, n) if comb.distances[i] == distance]
        if not later:
            raise InvalidDistanceError(
                f"the {distance} m of {comb} is already counted in the table"
                f" (after {table.after} distances): nothing is left to skate on it"
            )
        index = later[0]
    notes: list[str] = []
    if index > table.after:
        skipped = tuple(comb.distance_ref(i) for i in range(table.after, index))
        notes.append(Message("note.totals_before", after=table.after, skipped=skipped))
    # those who completed every counted distance: classify() ranks them above anyone who
    # stopped earlier (DNS/WDR, or not admitted by a cut), who is nobody's rival here
    field = [
        s for s in table if s.rank is not None and s.total_thousandths is not None and s.finalist
    ]
    qualifiers: frozenset[str] | None = None
    if comb.restriction(index) is not None and index == table.after:
        # the rule's qualifiers, and everyone who has a result on the distance: a reserve
        # who skated it is ranked with those who went furthest (as classify() counts them)
        qualifiers = frozenset(table.qualifiers or ())
        field = [s for s in field if s.name in qualifiers or s.results[index] is not None]
    else:
        unknown = [i for i in range(table.after, index + 1) if comb.restriction(i) is not None]
        if unknown:
            notes.append(
                Message("note.qualifiers_unknown", distance=comb.distance_ref(unknown[-1]))
            )
    return Race(
        comb, table.rounding, comb.distances[index], index, tuple(field), tuple(notes), qualifiers
    )


class LazyNames:
    """Names worked out on first use by ``find()``; equal to (and hashed as) the tuple of
    them, so that a [`Requirement`][skatecalc.championship.targets.Requirement] compares, hashes,
    copies and pickles the same whether its contenders were read or not."""

    __slots__ = ("_find", "_names")

    def __init__(self, find: Callable[[], tuple[str, ...]]) -> None:
        self._find: Callable[[], tuple[str, ...]] | None = find
        self._names: tuple[str, ...] | None = None

    def names(self) -> tuple[str, ...]:
        names = self._names
        if names is None:
            assert self._find is not None
            names = self._names = self._find()
            self._find = None  # the race state is no longer needed
        return names

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyNames):
            other = other.names()
        return self.names() == other

    def __hash__(self) -> int:
        return hash(self.names())

    def __repr__(self) -> str:
        return repr(self.names())

    def __reduce__(self) -> tuple[type[tuple[str, ...]], tuple[tuple[str, ...]]]:
        return tuple, (self.names(),)

    def __copy__(self) -> LazyNames:
        return self

    def __deepcopy__(self, memo: object) -> LazyNames:
        return self


# --- one race state per table and distance, kept while the table lives ------------------

_CACHE_SIZE = 64
_cache: dict[tuple[int, int | None], tuple[weakref.ref[Standings], Race]] = {}
_lock = threading.Lock()


def _forget(key: tuple[int, int | None]) -> Callable[[object], None]:
    def forget(_: object) -> None:
        with _lock:
            _cache.pop(key, None)

    return forget


def race_of(table: Standings, distance: int | None) -> Race:
    """The race state of ``table`` on ``distance`` (the next one when ``None``).

    Built once per table and distance and reused while the table lives (tables are
    immutable); a table that cannot be weakly referenced is simply worked out each time.
    """
    if not isinstance(table, Standings):
        raise InvalidRuleError(f"{shown(table)} is not a table: pass the result of classify()")
    if distance is not None and type(distance) is not int:
        return _build(table, distance)  # refused there, never cached
    key = (id(table), distance)
    hit = _cache.get(key)
    if hit is not None and hit[0]() is table:
        return hit[1]
    race = _build(table, distance)
    try:
        ref = weakref.ref(table, _forget(key))
    except TypeError:  # pragma: no cover - a Standings subclass without weak references
        return race
    with _lock:
        while len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (ref, race)
    return race


def in_progress(table: Standings) -> bool:
    """Whether the distance after those ``table`` counts is being skated: someone in its
    field has a result on it and someone has none yet.

    >>> import skatecalc as sc
    >>> in_progress(sc.classify(sc.SPRINT, {"A": ["37.00", "1:14.00"], "B": ["37.10"]}))
    True
    >>> in_progress(sc.classify(sc.SPRINT, {"A": ["37.00"], "B": ["37.10"]}))
    False
    """
    if table.next_distance is None:
        return False
    race = race_of(table, None)
    return bool(race.pending) and len(race.pending) < len(race.field)


def member(
    race: Race, table: Standings, name: str, role: str, skater: str | None = None
) -> Standing:
    """The standing of ``name`` if they take part on the distance, else a GoalError that
    says why not (and, for an opponent, what that means for the goal)."""
    if not isinstance(name, str):
        raise GoalError(f"{role} {shown(name)} is not a skater's name: give the name as text")
    standing = table[name]
    if standing.rank is None or standing.total_thousandths is None:
        raise GoalError(
            f"{role} {shown(name)} has no total ({standing.status} on a counted distance)"
            + (": any finishing time ranks ahead of them" if role == "opponent" else "")
        )
    if standing.name in race.members:
        return standing
    why = absence(race, standing)
    mover = "the skater" if skater is None else shown(skater)
    if role != "opponent":
        raise GoalError(f"{why}: they do not skate the {race.label()}")
    if not standing.finalist:
        raise GoalError(
            f"goal already reached: {why}, so any finishing time on the {race.label()} ranks"
            f" {mover} ahead of them"
        )
    raise GoalError(
        f"{why}: as long as they do not skate it as a reserve, any finishing time ranks"
        f" {mover} ahead of them (ask again with their time if they do)"
    )


_STOPPED = {
    Status.DNS: "did not start the {d} (DNS)",
    Status.WDR: "withdrew on the {d} (WDR)",
    Status.DQ: "was disqualified on the {d} (DQ)",
    Status.DNF: "did not finish the {d} (DNF)",
}


def absence(race: Race, standing: Standing) -> str:
    """Why a ranked skater is not in the field of ``race``, in words (as classify() ranks
    them)."""
    comb = race.combination
    who = shown(standing.name)
    if not standing.finalist:  # stopped before the last distance the table counts
        done = standing.completed
        stop = comb.distance_name(done)
        if standing.status is not None:
            what = _STOPPED[standing.status].format(d=stop)
        else:
            rule = comb.restriction(done)
            by = "the final rule" if isinstance(rule, FinalQualification) else "the cut"
            what = f"was not admitted to the {stop} ({by})"
        return (
            f"{who} {what} and is ranked below those who went further (by the total over"
            f" {count(done, 'distance')})"
        )
    # completed every counted distance, but not among the qualifiers of this distance
    places = len(race.qualifiers or ())
    return (
        f"{who} has not qualified for the {comb.distance_name(race.index)} (not among the"
        f" {count(places, 'qualifier')} under the rule) and has no result on it"
    )


_CENT = Decimal("0.01")


def points(hundredths: int, distance: int, rounding: Rounding) -> int:
    """Points in thousandths of a time in hundredths (the samalog formula)."""
    return points_thousandths(hundredths, distance, rounding)


def seconds(hundredths: int) -> Decimal:
    """Hundredths of a second as seconds with two places."""
    return units(hundredths, 2)


def cents(value: Decimal) -> int:
    """Seconds (two places) back to hundredths."""
    return int(value * 100)


def count(n: int, noun: str) -> str:
    """``1 skater``, ``2 skaters``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def time_arg(value: str | Decimal | RaceTime, what: str) -> RaceTime:
    """A time argument as a [`RaceTime`][skatecalc.time.RaceTime]; a status is refused."""
    if isinstance(value, Status):
        raise GoalError(f"{what} {shown(value)} is a status, not a time")
    return RaceTime.parse(value)
