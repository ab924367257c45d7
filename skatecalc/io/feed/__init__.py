"""Saved responses of the ISU results service (``api.isuresults.eu``), read exactly.

Three endpoints are read, each into its own values:

* ``/events/{id}/competitions/``: the event's competitions (`Competition`);
* ``/events/{id}/schedule/``: its schedule (`ScheduleItem`);
* ``/events/{id}/competitions/{n}/results/``: one competition's lines (`ServiceResults`),
  whose finished lines become the listing's `Entry` values and, given the competition and
  the day, a `Race`.

A results line's ``status`` is kept as the service gives it: ``0`` is a finished race
(a result), ``null`` a skater still to skate (never a result), any other number is kept
raw and shown as ``status N`` (public clients of the service disagree on what the other
codes mean, so none is guessed). Every finished line's ``timeBehind`` is checked: it must be
its time minus the leader's time, to the thousandth.

>>> import json
>>> line = {"competitor": {"skater": {"firstName": "Jordan", "lastName": "Stolz",
...         "country": "USA"}}, "startNumber": 16, "startLane": "I", "rank": 1,
...         "status": 0, "time": "1:07.968", "timeBehind": "0.000", "laps": []}
>>> res = read_results_service(json.dumps([line]))
>>> [(e.place, e.name, str(e.time), e.pair, e.lane) for e in res.entries]
[(1, 'Jordan Stolz', '1:07.968', 16, 'In')]

An event of the ISU results service as the `Event` a listing gives.

`service_event` joins an event's competitions response with the results responses of its
competitions: every competition with finished lines is a `Race` (in the competitions'
order, which is the order skated), its skaters still to skate and its other statuses in
the race's warnings (see `ServiceResults.race`). A competition nobody has finished yet,
and one of a kind not read as a race, is left out with a warning that says so: nothing is
dropped unseen.

The service gives start times in UTC only, and no venue: the race's day is the start's day
in UTC (an evening race in the Americas can carry the next day's date), and the event's
name is the service's event identifier.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from ... import _record
from ...errors import ResultsError
from ..listing.model import Event, Race
from .model import (
    Competition,
    Lap,
    Line,
    ScheduleItem,
    ServiceResults,
    behind_mismatches,
)
from .reader import Kind, Response, read_results_service

__all__ = [
    "Competition",
    "Kind",
    "Lap",
    "Line",
    "Response",
    "ScheduleItem",
    "ServiceResults",
    "behind_mismatches",
    "read_results_service",
    "service_event",
]


def service_event(
    event: str,
    competitions: Sequence[Competition],
    results: Mapping[int, ServiceResults],
    *,
    source: str | None = None,
) -> Event:
    """The `Event` of the results service's event ``event`` (its identifier): one race per
    competition of ``competitions`` that ``results`` (competition number → results) holds
    and someone has finished.

    >>> from skatecalc import RaceTime
    >>> from skatecalc.io.feed import Line
    >>> start = datetime.datetime(2026, 1, 3, 21, 53, tzinfo=datetime.UTC)
    >>> comp = Competition(4, "1000m Men", "ID", 1000, "M", start)
    >>> res = ServiceResults((Line("Jordan Stolz", "USA", 16, "In", 1, 0,
    ...                            RaceTime.parse("1:07.968"), 0),), "results.json")
    >>> ev = service_event("2026_USA_0002", [comp], {4: res})
    >>> ev.name, ev.season, [r.title for r in ev.races]
    ('2026_USA_0002', '2025/26', ['1000 m men, 03.01.2026, Division A'])
    """
    name = source or f"isu:{event}"
    races: list[Race] = []
    left_out: list[str] = []
    known = {c.number for c in competitions}
    for number in sorted(results):
        if number not in known:
            raise ResultsError(
                f"{name}: results of competition {number}, which the event's competitions"
                f" response does not list (it lists {_numbers(known)})"
            )
    for comp in competitions:
        res = results.get(comp.number)
        if res is None:
            continue
        what = f"competition {comp.number} ({comp.title})"
        if comp.distance is None:
            left_out.append(f"{name}: {what} is a {comp.kind!r} competition, not read as a race")
            continue
        if not res.finished:
            left_out.append(
                f"{name}: {what}: nobody has finished yet ({len(res.to_skate)} to skate)"
            )
            continue
        races.append(res.race(comp, comp.start.astimezone(datetime.UTC).date()))
    if not races:
        said = "; ".join(left_out) if left_out else "no competition's results were given"
        raise ResultsError(f"{name}: no race to read: {said}")
    if left_out:  # said with the first race, where a command prints its warnings
        races[0] = _record.evolve(races[0], warnings=(*left_out, *races[0].warnings))
    days = [r.date for r in races]
    return Event(event, min(days), max(days), "", tuple(races), source=name)


def _numbers(numbers: set[int]) -> str:
    return ", ".join(str(n) for n in sorted(numbers)) or "none"
