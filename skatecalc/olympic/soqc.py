"""The Special Olympic Qualification Classification (SOQC), computed from World Cup results.

Per gender and Olympic event, the ISU ranks the skaters (teams in the team pursuit) of
World Cups 1-4 of the Olympic season: first by World Cup points, summed over Division A
and B, for the first places of the event (its *points* places), then "further ranking by
World Cup times" (the best time) for the rest, then the reserve list R1, R2, ... Each NOC
has at most ``max_per_noc`` ranked skaters per event; a skater beyond it is listed without
a rank. Sizes, splits, caps and the reserve size are the Games' quota data
([quota_rules][skatecalc.olympic.quota_rules]), never repeated here::

    >>> import datetime
    >>> from skatecalc.olympic import quota_rules
    >>> day = datetime.date(2025, 11, 15)
    >>> def r(name, noc, place, points, time):
    ...     return SoqcResult("women", "MS", name, noc, points, place, "A", time,
    ...                       "Utah Olympic Oval", day, "WC1")
    >>> s = soqc([r("A", "NED", 1, 60, "8:20.00"), r("B", "NED", 2, 54, "8:20.10"),
    ...           r("C", "NED", 3, 48, "8:20.20"), r("D", "CAN", 4, 43, "8:21.00")],
    ...          quota_rules(2026))
    >>> [(x.quota_rank, x.nation, x.no, x.name, x.points) for x in s]
    [(1, 'NED', 1, 'A', 60), (2, 'NED', 2, 'B', 54), (None, 'NED', 3, 'C', 48),
     (3, 'CAN', 1, 'D', 43)]

Which World Cup races count for which Olympic event (``COUNTED``): the event's own distance;
the long distances count as the World Cup scores them, as one cup (women's 3000 and 5000 m,
men's 5000 and 10000 m), so the women's 3000 and 5000 m and the men's 5000 and 10000 m all
rank on the long-distance cup's points; the times are the event's own distance only (a
5000 m time is no 10000 m time). Status: derived (the World Cup's cups, ISU World Cup
rules; the issue's reading of the 2026 qualification system), not checked against an ISU
text.

Equal points: no public source consulted settles how the ISU orders them (the ISU's
published classifications do not always order equal points by the better time), so the
order is a parameter, ``ties`` (status unverified): ``"countback"`` (the default: more
Division A race wins, then more 2nd places, ..., then the same on Division B places, as the
World Cup classification starts with the most wins) or ``"time"`` (the better best time);
either ends with the other criterion, then the name. Every tie so decided is reported in
``Soqc.ties``.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Iterable
from typing import Any

from .. import _record
from ..errors import QuotaError, ResultsError
from ..limits import shown
from ..messages import Message
from ..notation import GENDERS
from ..tabular import Column, RowValue, Tabular
from ..time import RaceTime
from .quota import QuotaEvent, QuotaRules

__all__ = ["COUNTED", "TIES", "Soqc", "SoqcResult", "SoqcRow", "soqc"]

TIES = ("countback", "time")
"""The orders of equal points offered (status unverified: no ISU text found)."""

COUNTED: dict[tuple[str, str], frozenset[str]] = {
    ("women", "3000"): frozenset({"3000", "5000"}),
    ("women", "5000"): frozenset({"3000", "5000"}),
    ("men", "5000"): frozenset({"5000", "10000"}),
    ("men", "10000"): frozenset({"5000", "10000"}),
}
"""(gender, Olympic event) -> the World Cup distances whose points count, where it is not the
event's own distance (status derived: the World Cup's long-distance cups)."""

COUNTED_STATUS = "derived"
COUNTED_SOURCE = (
    "ISU World Cup rules: the women's 3000/5000 m and the men's 5000/10000 m form one cup;"
    " the 2026 SOQC ranks the long distances on that cup's points (status derived)"
)
TIES_STATUS = "unverified"


def _time(value: RaceTime | str | None) -> RaceTime | None:
    return None if value is None else RaceTime.parse(value)


@_record.frozen
class SoqcResult:
    """One entrant's result in one World Cup race that counts for the SOQC.

    ``distance`` is the World Cup distance as ``olympic quota --event`` names events
    (``"500"`` ... ``"10000"``, ``"MS"``, ``"TP"``); ``points`` the World Cup points the race
    gave; ``place`` the place (``None`` for a status); ``competition`` names the World Cup
    (``"WC1"``), ``venue`` and ``date`` where and when the race was.

    >>> SoqcResult("men", "500", "Jordan Stolz", "USA", 60, 1, "A", "33.70", "Calgary",
    ...            datetime.date(2025, 11, 22), "WC2").time
    RaceTime('33.70')
    """

    gender: str
    distance: str
    name: str
    nation: str
    points: int
    place: int | None
    division: str
    time: RaceTime | None = _record.field(converter=_time)
    venue: str
    date: datetime.date
    competition: str

    def __attrs_post_init__(self) -> None:
        if self.gender not in GENDERS:  # a stored value: exactly one of the genders
            raise ResultsError(f"gender {shown(self.gender)} must be 'men' or 'women'")
        if not isinstance(self.name, str) or not self.name.strip():
            raise ResultsError(f"{shown(self.name)} is not a skater's (or team's) name")
        if type(self.points) is not int or self.points < 0:
            raise ResultsError(
                f"{self.name}: {shown(self.points)} World Cup points is not a whole number >= 0"
            )
        if self.division not in ("A", "B"):
            raise ResultsError(f"{self.name}: division {shown(self.division)} is not A or B")


@_record.frozen
class SoqcRow:
    """One line of the SOQC as the ISU prints it.

    ``block`` is ``"points"``, ``"times"`` or ``"reserve"``; ``quota_rank`` an int (points
    and times blocks), ``"R1"``... (reserve list) or ``None`` (listed without a rank: the
    NOC already has its maximum); ``no`` the skater's number within the nation in this
    event's list; ``time`` the best time on the event's distance with its ``venue``,
    ``date`` and ``competition``.
    """

    gender: str
    event: str
    block: str
    quota_rank: int | str | None
    nation: str
    no: int
    name: str
    points: int
    time: RaceTime | None
    venue: str
    date: datetime.date | None
    competition: str


@_record.frozen(repr=False)
class Soqc(Tabular[SoqcRow]):
    """The SOQC of every event given: a table of [SoqcRow][skatecalc.olympic.soqc.SoqcRow]
    (event after event, each in ISU order).

    ``s.events`` lists the events (gender, event) in order, ``s.event(gender, event)`` the
    rows of one; ``s.ties`` describes every order of equal points decided by ``ties``.
    """

    rows: tuple[SoqcRow, ...]
    events: tuple[QuotaEvent, ...]
    ties_rule: str
    ties: tuple[str, ...] = ()

    def _table_rows(self) -> tuple[SoqcRow, ...]:
        return self.rows

    def event(self, gender: str, event: str) -> tuple[SoqcRow, ...]:
        """The rows of one event (none when it has no results)."""
        return tuple(r for r in self.rows if r.gender == gender and r.event == event.upper())

    _COLUMNS = (
        Column("gender", str, "men or women", get=lambda r: r.gender),
        Column("event", str, "500, 1000, ..., MS, TP", get=lambda r: r.event),
        Column("block", str, "points, times or reserve", get=lambda r: r.block),
        Column("quota_rank", (int, str), "the rank in the SOQC", get=lambda r: r.quota_rank),
        Column("nation", str, "the skater's NOC", get=lambda r: r.nation),
        Column("no", int, "the number within the NOC", get=lambda r: r.no),
        Column("name", str, "the skater (or team)", get=lambda r: r.name),
        Column("points", int, "World Cup points", get=lambda r: r.points),
        Column("time", RaceTime, "the best time", get=lambda r: r.time),
        Column("venue", str, "where the best time was skated", get=lambda r: r.venue or None),
        Column(
            "date",
            str,
            "when (ISO date)",
            get=lambda r: None if r.date is None else r.date.isoformat(),
        ),
        Column(
            "competition",
            str,
            "the competition of the best time",
            get=lambda r: r.competition or None,
        ),
    )

    def to_rows(self) -> list[dict[str, RowValue]]:
        """One dict per line: ``gender``, ``event``, ``block``, ``quota_rank``, ``nation``,
        ``no``, ``name``, ``points``, ``time``, ``venue``, ``date`` (ISO text), ``competition``.
        """
        return super().to_rows()  # from the declared columns


@_record.define
class _Entrant:
    name: str
    nation: str
    points: int = 0
    places: dict[str, list[int]] = _record.Factory(lambda: {"A": [], "B": []})
    best: SoqcResult | None = None  # the best-time result on the event's own distance


def _counted(gender: str, event: str) -> frozenset[str]:
    return COUNTED.get((gender, event), frozenset({event}))


def _countback(places: list[int]) -> tuple[int, ...]:
    """More 1st places, then more 2nd places, ...: lower ranks ahead."""
    out = [0] * 32
    for p in places:
        if 1 <= p <= 32:
            out[p - 1] -= 1
    return tuple(out)


def _time_key(e: _Entrant) -> tuple[int, int]:
    return (0, e.best.time.thousandths) if e.best is not None and e.best.time else (1, 0)


def _points_key(ties: str) -> Callable[[_Entrant], tuple[Any, ...]]:
    def key(e: _Entrant) -> tuple[Any, ...]:
        cb = (_countback(e.places["A"]), _countback(e.places["B"]))
        tie = (cb, _time_key(e)) if ties == "countback" else (_time_key(e), cb)
        return (-e.points, tie, e.name.casefold(), e.name)

    return key


def _entrants(results: list[SoqcResult], gender: str, event: str) -> list[_Entrant]:
    counted = _counted(gender, event)
    out: dict[tuple[str, str], _Entrant] = {}
    for r in results:
        if r.gender != gender or r.distance not in counted:
            continue
        e = out.setdefault((r.name, r.nation), _Entrant(r.name, r.nation))
        e.points += r.points
        if r.place is not None:
            e.places[r.division].append(r.place)
        if (
            r.distance == event
            and r.time is not None
            and (e.best is None or (e.best.time is not None and r.time < e.best.time))
        ):
            e.best = r
    return list(out.values())


def _event_rows(
    ev: QuotaEvent, results: list[SoqcResult], ties: str, reserve: int
) -> tuple[list[SoqcRow], list[Message]]:
    limit = ev.max_per_noc
    if limit is None:
        raise QuotaError(f"the {ev.gender}'s {ev.event} has no maximum per NOC in the quota data")
    entrants = _entrants(results, ev.gender, ev.event)
    key = _points_key(ties)
    by_points = sorted((e for e in entrants if e.points > 0), key=key)
    rows: list[tuple[str, int | str | None, _Entrant]] = []
    ranked: dict[str, int] = {}
    listed: set[tuple[str, str]] = set()

    def walk(ranking: list[_Entrant], block: str, places: int, start: int) -> int:
        n = start
        for e in ranking:
            if n - start == places:
                break
            if (e.name, e.nation) in listed:
                continue
            listed.add((e.name, e.nation))
            if ranked.get(e.nation, 0) >= limit:
                rows.append((block, None, e))
                continue
            n += 1
            ranked[e.nation] = ranked.get(e.nation, 0) + 1
            rows.append((block, n, e))
        return n

    n = walk(by_points, "points", ev.points_places, 0)
    by_time = sorted(
        (e for e in entrants if _time_key(e)[0] == 0),
        key=lambda e: (_time_key(e), -e.points, e.name.casefold(), e.name),
    )
    walk(by_time, "times", ev.times_places, n)
    rest = [
        e for e in by_time if (e.name, e.nation) not in listed and ranked.get(e.nation, 0) < limit
    ]
    rest.sort(key=lambda e: 0 if e.nation not in ranked else 1)  # stable: times order kept
    rows += [("reserve", f"R{i}", e) for i, e in enumerate(rest[:reserve], start=1)]
    notes = _tie_notes(ev, [e for b, _, e in rows if b == "points"], ties)
    within: dict[str, int] = {}
    out = []
    for block, rank, e in rows:
        within[e.nation] = within.get(e.nation, 0) + 1
        b = e.best
        out.append(
            SoqcRow(
                ev.gender,
                ev.event,
                block,
                rank,
                e.nation,
                within[e.nation],
                e.name,
                e.points,
                None if b is None else b.time,
                "" if b is None else b.venue,
                None if b is None else b.date,
                "" if b is None else b.competition,
            )
        )
    return out, notes


def _tie_notes(ev: QuotaEvent, block: list[_Entrant], ties: str) -> list[Message]:
    notes = []
    for above, below in itertools.pairwise(block):
        if above.points == below.points:
            pair = {"above": above.name, "above_nation": above.nation, "below": below.name}
            notes.append(
                Message(
                    "soqc.tie",
                    gender=Message(f"gender.{ev.gender}"),
                    event=ev.event,
                    below_nation=below.nation,
                    points=above.points,
                    ties=ties,
                    **pair,
                )
            )
    return notes


def soqc(
    results: Iterable[SoqcResult],
    rules: QuotaRules,
    *,
    ties: str = "countback",
    events: Iterable[tuple[str, str]] | None = None,
) -> Soqc:
    """The SOQC of every event of ``rules`` (or of ``events``, pairs such as
    ``("women", "500")``) from World Cup race results (see the module documentation).

    An event without any counted result has no rows.

    >>> from skatecalc.olympic import quota_rules
    >>> soqc([], quota_rules(2026), ties="coin")
    Traceback (most recent call last):
    ...
    skatecalc.errors.QuotaError: ties 'coin' must be one of 'countback', 'time'
    """
    if not isinstance(rules, QuotaRules):
        raise QuotaError(f"{shown(rules)} is not a QuotaRules (use quota_rules(2026))")
    if ties not in TIES:
        raise QuotaError(f"ties {shown(ties)} must be one of " + ", ".join(repr(t) for t in TIES))
    if isinstance(results, str | bytes) or not isinstance(results, Iterable):
        raise ResultsError(f"{shown(results)} is not a list of SoqcResult")
    given = list(results)
    for r in given:
        if not isinstance(r, SoqcResult):
            raise ResultsError(f"{shown(r)} is not a SoqcResult")
    chosen = rules.events if events is None else tuple(rules.event(g, e) for g, e in events)
    rows: list[SoqcRow] = []
    notes: list[str] = []
    for ev in chosen:
        got, said = _event_rows(ev, given, ties, rules.reserve or 0)
        rows += got
        notes += said
    return Soqc(tuple(rows), tuple(chosen), ties, tuple(notes))
