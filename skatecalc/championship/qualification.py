"""Who skates a restricted distance: the cut and the final-distance qualification rules.

A `Cut` admits the best ``size`` of the classification after some distances (ties
with the last of them too); a `FinalQualification` chooses the finalists of an
allround championship from two lists (the classification and the earlier long distance);
`SprintCut` is a cut before the last distance. Each rule works out its qualifiers
itself (`Cut.qualifiers()`, `FinalQualification.qualifiers()`) from the totals in
thousandths of a point, so that the classification only has to pass it the numbers::

    >>> Cut(after=2, size=2).qualifiers({"A": 75000, "B": 74000, "C": 76000, "D": 75000})
    ('B', 'A', 'D')
    >>> FinalQualification(size=1).qualifiers({"A": 75000, "B": 74000}, {"A": 400, "B": 410})
    ('B',)
    >>> FinalQualification(size=1).qualifiers({"A": 74000, "B": 75000}, {"A": 400, "B": 410})
    ('A',)

Sources: ISU Special Regulations & Technical Rules Speed Skating, Rule 201 (allround
final); a 2008 ISU rule (the sprint cut, status unverified); the European Allround
Championships 2012, Budapest, published classification (a cut after two distances).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from .. import _record
from ..errors import InvalidRuleError
from ..limits import shown

if TYPE_CHECKING:
    import attrs

__all__ = [
    "Cut",
    "Fill",
    "FinalQualification",
    "RuleStatus",
    "SprintCut",
    "competition_ranks",
]

RuleStatus = Literal["verified", "derived", "unverified"]


def competition_ranks(values: Sequence[int | None]) -> list[int | None]:
    """Competition ranks (1, 2, 2, 4) of lower-is-better whole numbers; ``None`` stays
    unranked.

    >>> competition_ranks([3710, 3707, None, 3710])
    [2, 1, None, 2]
    """
    ordered = sorted(v for v in values if v is not None)
    first: dict[int, int] = {}
    for position, v in enumerate(ordered, start=1):
        first.setdefault(v, position)
    return [None if v is None else first[v] for v in values]


def _positions(keys: Mapping[str, int]) -> dict[str, int]:
    """Competition ranks of lower-is-better values, by name."""
    names = list(keys)
    ranks = competition_ranks([keys[n] for n in names])
    return {n: r for n, r in zip(names, ranks, strict=True) if r is not None}


def _top(ordered: Iterable[tuple[tuple[int, ...], str]], size: int) -> list[str]:
    """The first ``size`` names of an ordered list, plus anyone tied with the last of them."""
    pairs = list(ordered)
    if len(pairs) <= size:
        return [n for _, n in pairs]
    boundary = pairs[size - 1][0]
    return [n for k, n in pairs if k <= boundary]


class Fill(enum.Enum):
    """How the places for the last distance not taken by "top N on both lists" are filled."""

    BEST_RANK = "best-rank"
    """Add skaters in order of their better rank on either list; on equal best ranks the
    classification rank decides (German Wikipedia, "Allround-Eisschnelllauf-Weltmeister-
    schaften 2003", describing the ISU rule). Status: unverified (no ISU text found)."""
    CLASSIFICATION = "classification"
    """Fill from the classification after three distances only. Status: unverified."""
    ALTERNATE = "alternate"
    """Alternate between the two lists, classification first. Status: unverified."""


_MOST = 10**9
"""The largest size, index or number of distances a qualification rule accepts."""


def _whole(what: str, low: int) -> Callable[[object, attrs.Attribute[int], int], None]:
    """An attrs validator: a whole number (not a bool, not text) of at least ``low``."""

    def check(_instance: object, _attribute: attrs.Attribute[int], value: int) -> None:
        if type(value) is not int or value < low:
            raise InvalidRuleError(f"{what}={shown(value)} must be a whole number from {low}")
        if value > _MOST:
            raise InvalidRuleError(f"{what}={shown(value)} is too large: at most {_MOST:,}")

    return check


def _fill(_instance: object, _attribute: attrs.Attribute[Fill], value: Fill) -> None:
    if not isinstance(value, Fill):
        raise InvalidRuleError(
            f"fill={shown(value)} is not a Fill: use one of"
            f" {', '.join(f'Fill.{f.name}' for f in Fill)}"
        )


@_record.frozen
class FinalQualification:
    """Only ``size`` skaters skate the last distance, chosen from two lists.

    The lists are the classification before the last distance and the result of the
    earlier long distance (``long_index``: its position in skating order, 0-based). A skater
    in the top ``size`` of both lists qualifies; the remaining places are filled by
    ``fill``. ``size`` is 8 since 2012 (12 before). Source: ISU Special Regulations Rule 201
    and championship results; the fill rule is unverified, hence a parameter.
    """

    size: int = _record.field(default=8, validator=_whole("size", 1))
    long_index: int = _record.field(default=1, validator=_whole("long_index", 0))
    fill: Fill = _record.field(default=Fill.BEST_RANK, validator=_fill)
    source: str = "ISU Special Regulations & Technical Rules Speed Skating, Rule 201"
    status: RuleStatus = "unverified"

    def qualifiers(
        self, totals: Mapping[str, int], long_times: Mapping[str, int] | None = None
    ) -> tuple[str, ...]:
        """The finalists, in the order they qualify: first those in the top ``size`` of both
        lists (classification order), then the places filled by ``fill``.

        ``totals`` are the totals (thousandths of a point, lower is better) of the skaters
        with a time on every distance before the last one, in table order; ``long_times``
        their times (thousandths of a second) on the long distance ``long_index``.

        >>> rule = FinalQualification(size=2, fill=Fill.BEST_RANK)
        >>> rule.qualifiers({"A": 100, "B": 101, "C": 102}, {"A": 500, "B": 530, "C": 490})
        ('A', 'C')
        """
        long_times = long_times or {}
        by_total = _positions(totals)
        by_long = _positions({n: t for n, t in long_times.items() if n in totals})
        size = self.size
        both = [n for n in totals if by_total[n] <= size and by_long.get(n, size + 1) <= size]
        chosen_both = set(both)
        rest = [n for n in totals if n not in chosen_both]
        far = len(totals) + 1  # no time on the long distance: last on that list
        keys: dict[str, tuple[int, ...]]
        if self.fill is Fill.CLASSIFICATION:
            keys = {n: (by_total[n],) for n in rest}
        elif self.fill is Fill.BEST_RANK:
            keys = {n: (min(by_total[n], by_long.get(n, far)), by_total[n]) for n in rest}
        else:  # ALTERNATE: A1, B1, A2, B2 ... skipping names already in
            keys = {n: min((2 * by_total[n] - 1,), (2 * by_long.get(n, far),)) for n in rest}
        chosen = _top(sorted((k, n) for n, k in keys.items()), max(size - len(both), 0))
        return tuple(both + (chosen if len(both) < size else []))


def _after(_instance: object, _attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise InvalidRuleError(
            f"after={shown(value)} must be a whole number of distances from 1 (or None:"
            " before the last distance)"
        )
    if value is not None and value > _MOST:
        raise InvalidRuleError(f"after={shown(value)} is too large: at most {_MOST:,}")


@_record.frozen
class Cut:
    """Only the best ``size`` of the classification after ``after`` distances skate on.

    Skaters tied with the last of them are admitted too. Those not admitted are ranked below
    everyone who went further, by their total over the distances they completed (see
    `skatecalc.classify()`). ``after=None`` means "before the last distance" (as a
    combination's ``final``). A combination carries cuts after any distance::

        >>> from skatecalc import Combination
        >>> ec2012 = Combination("ec-2012-men", (500, 5000, 1500, 10000),
        ...                      cuts=(Cut(after=2, size=24),),
        ...                      final=FinalQualification(size=12))
        >>> [(index, rule.size) for index, rule in ec2012.restrictions]
        [(2, 24), (3, 12)]

    Example: at the European Allround Championships 2012 (Budapest) 24 men skated the
    1500 m (published classification); the ISU rule text for that cut was not checked, so
    the status of a user-built cut is what its author says (``unverified`` by default).
    """

    after: int | None = _record.field(validator=_after)
    size: int = _record.field(default=24, validator=_whole("size", 1))
    source: str = "user-defined"
    status: RuleStatus = "unverified"

    def qualifiers(
        self, totals: Mapping[str, int], long_times: Mapping[str, int] | None = None
    ) -> tuple[str, ...]:
        """The best ``size`` by total (thousandths of a point, lower is better) and anyone
        tied with the last of them, best first (equal totals by name); ``long_times`` is
        not used (the same signature as `FinalQualification.qualifiers()`).

        >>> Cut(after=1, size=1).qualifiers({"B": 37100, "A": 37100, "C": 36000})
        ('C',)
        """
        by_total = _positions(totals)
        return tuple(_top(sorted(((by_total[n],), n) for n in totals), self.size))


@_record.frozen
class SprintCut(Cut):
    """Only the best ``size`` after the third distance skate the final 1000 m: a
    `Cut` before the last distance (``after`` is ``None``), as a combination's
    ``final``.

    Source: a 2008 ISU rule (best 24); whether it still applies is unverified, so no
    registered combination uses it by default. Pass ``Combination(..., final=SprintCut())``.

    >>> cut = SprintCut(size=2)
    >>> isinstance(cut, Cut), cut.after, cut.size, cut.status
    (True, None, 2, 'unverified')
    """

    size: int = _record.field(default=24, validator=_whole("size", 1))
    source: str = "ISU rule of 2008 (best 24 after three distances)"
    status: RuleStatus = "unverified"
    after: int | None = _record.field(default=None, init=False)
