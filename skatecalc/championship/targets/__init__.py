"""Required times: the time a skater needs to pass another or reach a rank, and the
broadcaster's time-to-beat board.

Samalog points on a distance are truncated to thousandths of a point, so "how fast must
X skate to pass Y" is a step function of the time, not a plain multiplication. Everything
here is exact integer work over official times in hundredths::

    >>> import skatecalc as sc
    >>> table = sc.classify(sc.SPRINT, {
    ...     "Miho Takagi": ["37.13", "1:13.32", "37.19"],
    ...     "Femke Kok": ["37.07", "1:14.35", "37.07"],
    ...     "Jutta Leerdam": ["37.41", "1:13.71", "37.57"],
    ... })
    >>> need = sc.required_time(table, "Femke Kok", beat="Miho Takagi", opponent_time="1:13.13")
    >>> need.time
    RaceTime('1:12.45')
    >>> print(need)
    Femke Kok must skate 1:12.45 or faster to finish ahead of Miho Takagi (1:13.13);
    1:12.46 ties on points.
    >>> sc.required_time(table, "Femke Kok", beat="Miho Takagi").margin
    Decimal('0.68')

The package, one concept per module:

* `skatecalc.championship.targets.race` — the race state of a distance: the field, who has
  finished, who is still to skate (worked out once per table and distance), and the helpers
  of the inverse of the points formula ([`slowest`][skatecalc.championship.targets.slowest]
  and [`period`][skatecalc.championship.targets.period] live in
  [`skatecalc.samalog`][skatecalc.samalog] and are re-exported here);
* `skatecalc.championship.targets.requirement` —
  [`Requirement`][skatecalc.championship.targets.Requirement] (a time or a margin) and
  [`Target`][skatecalc.championship.targets.Target];
* `skatecalc.championship.targets.goals` —
  [`required_time`][skatecalc.championship.targets.required_time], from a goal to a
  requirement, and the time-to-beat board of every skater still to skate (`board`,
  [`Board`][skatecalc.championship.targets.Board],
  [`BoardLine`][skatecalc.championship.targets.BoardLine]);
* `skatecalc.championship.targets.live` — the provisional standings of a distance being
  skated (`provisional`, [`Provisional`][skatecalc.championship.targets.Provisional]);
* the requirement, the board and the provisional standings in English and Dutch words are
  in `skatecalc.text.targets`.

Rules (see ``docs/required-time.md``):

* A skater's final total is their total so far plus the points of the time on the
  distance, truncated (or rounded, following the table's ``rounding``). "Beat" means a
  strictly lower total; ``tie=True`` accepts an equal total (who ranks ahead then depends on
  the tie-break, for which no ISU rule is verified).
* Times are official times in hundredths: "1:12.45 or faster" means an official time of
  1:12.45 or less (a measured 1:12.459 counts as 1:12.45).
* When the opponent has not skated the distance, the answer is a *margin*: how much faster
  than the opponent the skater must be. Where a hundredth is not worth a whole number of
  thousandths of a point (1500 m, 3000 m, 10000 m, odd distances) the margin can depend on
  the opponent's time by 0.01 s; `Requirement.margin` is the margin that always
  suffices, `Requirement.margin_range` the spread and
  [`Requirement.margin_for`][skatecalc.championship.targets.Requirement.margin_for] the exact margin
  for one opponent time.
* "Reach rank k" counts against the skaters who have finished the distance (their totals
  are final); those still to skate who could still pass are listed in
  `Requirement.contenders`.
* The field of a distance is who [`classify`][skatecalc.championship.classification.classify] ranks
  among those who went furthest once it is skated: the skaters who completed every distance before
  it. A skater who stopped earlier (``DNS``/``WDR``, or not admitted by a cut) is ranked below them
  and is nobody's rival. On a restricted distance (a ``Cut`` after any distance, the allround
  final, a sprint cut) the field is the rule's qualifiers plus everyone who has a result on
  it: a reserve who skated it counts for every goal and the board, like every finalist.

Source: the samalog rule of the ISU Special Regulations & Technical Rules Speed Skating
(Rule 265 in the 2014 edition); the inversion is arithmetic, verified by brute force.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__all__ = [
    "Board",
    "BoardLine",
    "Provisional",
    "ProvisionalLine",
    "Requirement",
    "Target",
    "board",
    "in_progress",
    "period",
    "provisional",
    "required_time",
    "slowest",
]

_WHERE = {
    "Board": "goals",
    "BoardLine": "goals",
    "board": "goals",
    "required_time": "goals",
    "period": "race",
    "slowest": "race",
    "Provisional": "live",
    "ProvisionalLine": "live",
    "provisional": "live",
    "in_progress": "race",
    "Requirement": "requirement",
    "Target": "requirement",
}
"""Each public name and its module, imported on first use: a command that only asks
whether a distance is in progress (``in_progress``) loads no board (start-up time)."""

if TYPE_CHECKING:
    from .goals import Board, BoardLine, board, required_time
    from .live import Provisional, ProvisionalLine, provisional
    from .race import in_progress, period, slowest
    from .requirement import Requirement, Target
else:

    def __getattr__(name: str) -> object:
        module = _WHERE.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
