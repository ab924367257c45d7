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

from ...errors import QuotaError
from .allocation import (
    Allocation,
    QualifierResult,
    QuotaEvent,
    QuotaPlace,
    QuotaTieWarning,
    allocate,
    points_ranking,
    times_ranking,
)
from .games import (
    GamesAllocation,
    QuotaRules,
    Reduction,
    allocate_games,
    count_athletes,
    quota_rules,
    reduce_places,
)

__all__ = [
    "Allocation",
    "GamesAllocation",
    "QualifierResult",
    "QuotaError",
    "QuotaEvent",
    "QuotaPlace",
    "QuotaRules",
    "QuotaTieWarning",
    "Reduction",
    "allocate",
    "allocate_games",
    "count_athletes",
    "points_ranking",
    "quota_rules",
    "reduce_places",
    "times_ranking",
]
