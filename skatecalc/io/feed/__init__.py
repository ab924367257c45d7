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
"""

from __future__ import annotations

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
]
