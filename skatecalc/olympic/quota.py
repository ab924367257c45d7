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

Sources: the ISU qualification systems for Beijing 2022 and Milano Cortina 2026 as given in
the skatecalc rules digest, section 4 (data files ``skatecalc/data/olympic/isu-quota-*.toml``
with their headers). Status: unverified throughout (no allocation reproduced yet); the
points/times splits are inferred (2022) or from a third-party implementation (2026).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

from ..combinations import RuleStatus
from ..errors import DuplicateError, ResultsError, UnknownValueError
from ..time import RaceTime
from .errors import SelectionError, UnknownOrderError

__all__ = [
    "Allocation",
    "QualifierResult",
    "QuotaEvent",
    "QuotaPlace",
    "QuotaRules",
    "allocate",
    "points_ranking",
    "quota_rules",
    "times_ranking",
]


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
        if type(self.points) is not int or self.points < 0:
            raise ResultsError(
                f"{self.name}: {self.points!r} World Cup points is not a whole number >= 0"
            )
        if not self.noc or not isinstance(self.noc, str):
            raise ResultsError(f"{self.name}: {self.noc!r} is not an NOC code")


def _check_unique(results: Iterable[QualifierResult]) -> list[QualifierResult]:
    out = list(results)
    seen: set[tuple[str, str]] = set()
    for r in out:
        if (r.name, r.noc) in seen:
            raise DuplicateError(f"{r.name!r} ({r.noc}) is twice in the SOQC results")
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

    ``max_per_noc`` is ``None`` where no source gives it; :func:`allocate` then asks for it.

    >>> QuotaEvent("men", "10000", 12, 8, 4, 2).event
    '10000'
    """

    gender: str
    event: str
    size: int
    points_places: int
    times_places: int
    max_per_noc: int | None = None
    split_status: RuleStatus = "unverified"
    year: int | None = None
    """The Games year of a built-in event (``None``: user-defined)."""

    def __attrs_post_init__(self) -> None:
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

    >>> allocate(quota_rules(2026).event("men", "500"), [])
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownValueError: the maximum per NOC on the men's 500 (2026) is not known
    from any source; pass max_per_noc=...
    """
    limit = event.max_per_noc if max_per_noc is None else max_per_noc
    if limit is None:
        raise UnknownValueError(
            f"the maximum per NOC on the {event.gender}'s {event.event} "
            f"({event.year or 'user-defined'}) is not known from any source; pass max_per_noc=..."
        )
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
    status: RuleStatus
    split_source: str

    def event(self, gender: str, event: str | int) -> QuotaEvent:
        """The event ``event`` (``"500"``, ``"MS"``, ``"TP"``) of ``gender``."""
        key = str(event).upper()
        for e in self.events:
            if e.gender == gender and e.event == key:
                return e
        raise SelectionError(
            f"no {gender!r} event {event!r} in the {self.year} quota; events: "
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
    )


@functools.cache
def _quota_registry() -> dict[int, QuotaRules]:
    folder = resources.files("skatecalc") / "data" / "olympic"
    out: dict[int, QuotaRules] = {}
    for entry in folder.iterdir():
        if entry.name.startswith("isu-quota-") and entry.name.endswith(".toml"):
            rules = _load(tomllib.loads(entry.read_text(encoding="utf-8")))
            out[rules.year] = rules
    return out


def quota_rules(year: int) -> QuotaRules:
    """The quota parameters of the Games of ``year`` (2022 or 2026).

    >>> quota_rules(2022).event("men", "MS").points_places
    24
    >>> quota_rules(2018)
    Traceback (most recent call last):
    ...
    skatecalc.olympic.errors.UnknownOrderError: no quota parameters for 2018; known: 2022, 2026
    """
    known = _quota_registry()
    if year not in known:
        raise UnknownOrderError(
            f"no quota parameters for {year!r}; known: " + ", ".join(str(y) for y in sorted(known))
        )
    return known[year]
