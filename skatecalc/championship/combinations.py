"""Combinations (the distances of a championship, in skating order) and their registry.

The rules that restrict a distance to qualified skaters (`Cut`, `SprintCut`,
`FinalQualification`, `Fill`) live in
`skatecalc.championship.qualification` and are re-exported here.

    >>> SPRINT.distances
    (500, 1000, 500, 1000)
    >>> combination("allround-men") is ALLROUND_MEN
    True
    >>> combination("Big combination").distances
    (500, 5000, 1500, 10000)
    >>> Combination("masters", (500, 700, 500)).divisors
    (Decimal('1'), Decimal('1.4'), Decimal('1'))

Source: ISU Special Regulations & Technical Rules Speed Skating, Rules 200-201 (distances of
ISU Championships); historic and junior combinations from the ISU results archive. Status:
verified for the current ISU combinations, see each entry's ``source``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .. import _record
from ..errors import (
    InvalidDistanceError,
    InvalidRuleError,
    PositionError,
    UnknownCombinationError,
)
from ..limits import shown
from ..messages import DistanceName
from ..samalog import check_distance, divisor
from .qualification import Cut, Fill, FinalQualification, RuleStatus, SprintCut

__all__ = [
    "ALLROUND_MEN",
    "ALLROUND_WOMEN",
    "HISTORIC_WOMEN",
    "JUNIOR_MEN",
    "JUNIOR_WOMEN",
    "MAX_DISTANCE",
    "MINI",
    "SMALL_MEN",
    "SPRINT",
    "Combination",
    "Cut",
    "Fill",
    "FinalQualification",
    "RuleStatus",
    "SprintCut",
    "check_combination_distance",
    "combination",
    "combinations",
    "combinations_for",
]

MAX_DISTANCE = 100_000
"""The longest distance (in metres) of a combination, and of a distance given to a gap or a
required time: ten times the longest ISU championship distance (10000 m), so any user
combination (masters, marathon-length tests) fits, while a mistyped ``99999989`` is refused
at once instead of producing meaningless numbers."""


def check_combination_distance(distance: int) -> int:
    """Return ``distance`` if it is a whole number of metres from 1 to `MAX_DISTANCE`.

    >>> check_combination_distance(99999989)
    Traceback (most recent call last):
    ...
    skatecalc.errors.InvalidDistanceError: 99999989 m is longer than the longest ...
    """
    if type(distance) is int and abs(distance) > MAX_DISTANCE:
        said = shown(distance)
        if distance > 0:
            raise InvalidDistanceError(
                f"{said} m is longer than the longest distance accepted ({MAX_DISTANCE} m)"
                if distance < 10**30
                else f"{said}: longer than the longest distance accepted ({MAX_DISTANCE} m)"
            )
        raise InvalidDistanceError(f"{said} is not a distance: give a positive whole number")
    return check_distance(distance)


def _cuts(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _distances(value: tuple[int, ...]) -> tuple[int, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidDistanceError(
            f"distances {shown(value)} must be a sequence of distances in metres, e.g. (500, 1000)"
        )
    distances = tuple(value)
    if not distances:
        raise InvalidDistanceError("a combination needs at least one distance")
    for d in distances:
        check_combination_distance(d)
    return distances


@_record.frozen
class Combination:
    """A set of distances skated in a fixed order and classified by samalog points.

    ``final`` restricts the last distance to qualified skaters: a
    `FinalQualification` (allround) or a `Cut` (such as the optional
    `SprintCut()`); ``cuts`` restrict earlier distances (``Cut(after=2, size=24)``: only
    the best 24 after two distances skate the third). Build your own for national or
    masters events::

        >>> Combination("masters 500/700", (500, 700, 500)).distances
        (500, 700, 500)
    """

    name: str
    distances: tuple[int, ...] = _record.field(converter=_distances)
    title: str = ""
    final: FinalQualification | Cut | None = None
    source: str = "user-defined"
    status: RuleStatus = "verified"
    aliases: tuple[str, ...] = ()
    cuts: tuple[Cut, ...] = _record.field(default=(), converter=_cuts)
    _labels: tuple[str, ...] = _record.field(init=False, repr=False, eq=False)

    @_labels.default
    def _make_labels(self) -> tuple[str, ...]:
        total: dict[int, int] = {}
        for d in self.distances:
            total[d] = total.get(d, 0) + 1
        seen: dict[int, int] = {}
        labels = []
        for d in self.distances:
            seen[d] = seen.get(d, 0) + 1
            labels.append(str(d) if total[d] == 1 else f"{d} ({seen[d]})")
        return tuple(labels)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InvalidRuleError(f"{shown(self.name)} is not a combination name")
        final = self.final
        if final is not None and not isinstance(final, FinalQualification | Cut):
            raise InvalidRuleError(
                f"final={shown(final)} is not a FinalQualification or a Cut (or None)"
            )
        if isinstance(final, Cut) and final.after not in (None, len(self.distances) - 1):
            raise InvalidRuleError(
                f"final={final!r}: a cut as the final comes after {len(self.distances) - 1}"
                f" distances in {self.name} (give after=None, or put it in cuts)"
            )
        self._check_cuts()
        if len(self.distances) < 2 and final is not None:
            raise InvalidRuleError(
                f"{self.name}: a restricted last distance needs at least two distances"
            )
        if isinstance(final, FinalQualification) and final.long_index >= len(self.distances) - 1:
            raise InvalidRuleError(
                f"long_index={shown(final.long_index)} must name a distance before the"
                f" last one of {self.name} (0 to {len(self.distances) - 2}, 0-based, in skating"
                " order)"
            )

    def _check_cuts(self) -> None:
        cuts = self.cuts
        if not isinstance(cuts, tuple) or not all(isinstance(c, Cut) for c in cuts):
            raise InvalidRuleError(f"cuts={shown(cuts)} must be a tuple of Cut values")
        n = len(self.distances)
        last = 0
        for c in cuts:
            if c.after is None or not last < c.after < n:
                raise InvalidRuleError(
                    f"{c!r} in {self.name}: cuts come after 1 to {n - 1} distances, in"
                    " skating order, one per distance"
                    + (f" (after {n - 1}: the final rule)" if c.after == n - 1 else "")
                )
            last = c.after
        if self.final is not None and last == n - 1:
            raise InvalidRuleError(
                f"{self.name}: the last distance has both a cut and final={self.final!r}; give one"
            )

    @property
    def restrictions(self) -> tuple[tuple[int, FinalQualification | Cut], ...]:
        """Each restricted distance (0-based index, in skating order) with its rule: the
        ``cuts``, then ``final`` on the last distance.

        >>> [(index, type(rule).__name__) for index, rule in ALLROUND_MEN.restrictions]
        [(3, 'FinalQualification')]
        """
        pairs: list[tuple[int, FinalQualification | Cut]] = [
            (c.after, c) for c in self.cuts if c.after is not None
        ]
        if self.final is not None:
            pairs.append((len(self.distances) - 1, self.final))
        return tuple(pairs)

    def restriction(self, index: int) -> FinalQualification | Cut | None:
        """The rule that restricts distance ``index`` (0-based) to qualified skaters, if any.

        >>> ALLROUND_MEN.restriction(3).size, ALLROUND_MEN.restriction(2)
        (8, None)
        """
        if index == len(self.distances) - 1 and self.final is not None:
            return self.final
        for c in self.cuts:
            if c.after == index:
                return c
        return None

    @property
    def divisors(self) -> tuple[Decimal, ...]:
        """distance ÷ 500 for each distance."""
        return tuple(divisor(d) for d in self.distances)

    def __len__(self) -> int:
        return len(self.distances)

    def label(self, index: int) -> str:
        """The header label of distance ``index`` (0-based): ``500``, or ``500 (2)`` when a
        distance is skated twice."""
        self._check_index(index)
        return self._labels[index]

    def _check_index(self, index: int) -> None:
        if type(index) is not int or not 0 <= index < len(self.distances):
            raise PositionError(
                f"distance index {shown(index)} is not 0 to {len(self.distances) - 1} ({self})"
            )

    def distance_name(self, index: int) -> str:
        """Distance ``index`` (0-based) in words for messages: ``500 m``, or ``second 500
        m`` when a distance is skated twice.

        >>> SPRINT.distance_name(3), ALLROUND_MEN.distance_name(0)
        ('second 1000 m', '500 m')
        """
        label = self.label(index)
        d = self.distances[index]
        if label == str(d):
            return f"{d} m"
        n = int(label[label.index("(") + 1 : -1])
        return f"{_ORDINALS[n] if n < len(_ORDINALS) else f'{n}th'} {d} m"

    def distance_ref(self, index: int, *, last: bool = False) -> DistanceName:
        """Distance ``index`` (0-based) as a message names it (worded by the text layer):
        ``DistanceName(500)``, or ``DistanceName(1000, nth=2)`` when a distance is skated
        twice; ``last=True`` names the last distance as such.

        >>> SPRINT.distance_ref(3)
        DistanceName(metres=1000, nth=2, last=False)
        """
        d = self.distances[index]
        label = self.label(index)
        nth = 0 if label == str(d) else int(label[label.index("(") + 1 : -1])
        return DistanceName(d, nth, last)

    def __str__(self) -> str:
        return self.title or self.name


_ORDINALS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")

_ISU = "ISU Special Regulations & Technical Rules Speed Skating, Rules 200-201"

SPRINT = Combination(
    "sprint", (500, 1000, 500, 1000), "Sprint", source=_ISU, aliases=("sprint combination",)
)
ALLROUND_MEN = Combination(
    "allround-men",
    (500, 5000, 1500, 10000),
    "Allround men",
    final=FinalQualification(long_index=1),
    source=_ISU,
    aliases=("big combination", "allround men", "grote vierkamp"),
)
ALLROUND_WOMEN = Combination(
    "allround-women",
    (500, 3000, 1500, 5000),
    "Allround women",
    final=FinalQualification(long_index=1),
    source=_ISU,
    aliases=("small combination", "allround women", "kleine vierkamp"),
)
MINI = Combination(
    "mini",
    (500, 1500, 1000, 3000),
    "Mini combination",
    source="KNSB / ISU junior results",
    aliases=("mini combination", "minivierkamp"),
)
JUNIOR_MEN = Combination(
    "junior-men",
    (500, 1500, 1000, 5000),
    "Junior men (2015)",
    source="ISU World Junior Championships 2015",
    aliases=("junior men",),
)
JUNIOR_WOMEN = Combination(
    "junior-women",
    (500, 1500, 1000, 3000),
    "Junior women (2015)",
    source="ISU World Junior Championships 2015",
    aliases=("junior women",),
)
SMALL_MEN = Combination(
    "small-men",
    (500, 3000, 1500, 5000),
    "Small combination men",
    source="ISU results archive",
    aliases=("small combination men",),
)
HISTORIC_WOMEN = Combination(
    "historic-women",
    (500, 3000, 1000, 5000),
    "Women 1949-1955",
    source="ISU results archive (World Allround Championships for women 1949-1955)",
    aliases=("women 1949-1955",),
)

_REGISTRY: dict[str, Combination] = {}


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("_", " ").replace("-", " ").split())


for _c in (
    SPRINT,
    ALLROUND_MEN,
    ALLROUND_WOMEN,
    MINI,
    JUNIOR_MEN,
    JUNIOR_WOMEN,
    SMALL_MEN,
    HISTORIC_WOMEN,
):
    for _name in (_c.name, *_c.aliases):
        _REGISTRY[_key(_name)] = _c


def combination(name: str | Combination) -> Combination:
    """The registered combination called ``name`` (case, ``-`` and ``_`` do not matter).

    >>> combination("SPRINT") is SPRINT
    True
    >>> combination("allround")
    Traceback (most recent call last):
    ...
    skatecalc.errors.UnknownCombinationError: unknown combination 'allround'; known: ...
    """
    if isinstance(name, Combination):
        return name
    if not isinstance(name, str):
        raise UnknownCombinationError(
            f"{shown(name)} is not a combination: give a name such as 'sprint' or a Combination"
        )
    try:
        return _REGISTRY[_key(name)]
    except KeyError:
        raise UnknownCombinationError(
            f"unknown combination {shown(name)}; known: {', '.join(c.name for c in combinations())}"
        ) from None


def combinations() -> tuple[Combination, ...]:
    """Every registered combination, once each, in registration order."""
    return tuple(dict.fromkeys(_REGISTRY.values()))


def combinations_for(distances: tuple[int, ...]) -> tuple[Combination, ...]:
    """The one rule that infers a combination from the distances skated so far: the first
    registered combination skated over exactly ``distances`` if there is one, else every
    registered combination that starts with them (none: an empty tuple; several: the
    caller asks for a name).

    >>> [c.name for c in combinations_for((500, 1000, 500, 1000))]
    ['sprint']
    >>> [c.name for c in combinations_for((500, 3000))]
    ['allround-women', 'small-men', 'historic-women']
    >>> combinations_for((700,))
    ()
    """
    wanted = tuple(distances)
    exact = next((c for c in combinations() if c.distances == wanted), None)
    if exact is not None:
        return (exact,)
    return tuple(c for c in combinations() if c.distances[: len(wanted)] == wanted)
