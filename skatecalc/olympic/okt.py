"""The OKT ranking helper: from times per distance to finishing orders.

At the Dutch Olympic trials (OKT) each distance is ranked by time, ties split by the
thousandths; the 500 m is skated twice and the faster time counts. A fall is not a status:
the time stands. A skater with no valid time (DQ, DNF, DNS, WDR) ranks last, sharing the
place after the last timed skater::

    >>> r = rank_distance(500, {
    ...     "Dai Dai N'tab": ["34.53", "34.60"],
    ...     "Merijn Scheperkamp": ["34.51", "34.45"],
    ...     "Ronald Mulder": ["DQ", "34.74"],
    ...     "Kai Verbij": ["34.56", "DNF"],
    ... })
    >>> r.names
    ('Merijn Scheperkamp', "Dai Dai N'tab", 'Kai Verbij', 'Ronald Mulder')
    >>> r[0]
    OktEntry(place=1, name='Merijn Scheperkamp', result=RaceTime('34.45'))

Source: the KNSB selection criteria for the Olympic Games and the OKT regulations (ranking
by time, ties split by the thousandths, the 500 m skated twice with the faster time
counting); statuses (DQ, DNF, DNS, WDR) per the ISU Special Regulations for speed skating.
Status: verified against the OKT 2021 finishing orders as published (NU.nl, NOS/ANP,
December 2021).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TypeAlias

import attrs

from ..errors import (
    DuplicateError,
    InvalidDistanceError,
    ResultsError,
    SelectionError,
    SkatecalcError,
)
from ..limits import shown
from ..time import RaceTime, ResultLike, Status, parse_result

__all__ = ["OktEntry", "OktRanking", "Runs", "rank_distance", "rank_trials"]

Runs: TypeAlias = ResultLike | Sequence[ResultLike]
"""One skater's result on a distance: one result, or a sequence of them (the 500 m twice)."""


@attrs.frozen
class OktEntry:
    """One skater's place on a distance and the result that counts.

    >>> OktEntry(3, "Kai Verbij", RaceTime.parse("34.56")).place
    3
    """

    place: int
    name: str
    result: RaceTime | Status


@attrs.frozen
class OktRanking(Sequence[OktEntry]):
    """The finishing order of one distance: timed skaters by time, then those without a time.

    >>> r = rank_distance(1000, {"Kai Verbij": "1:07.48", "Thomas Krol": "1:07.24"})
    >>> r.names, len(r), r.distance
    (('Thomas Krol', 'Kai Verbij'), 2, 1000)
    """

    distance: int
    entries: tuple[OktEntry, ...]

    def __getitem__(self, index: int) -> OktEntry:  # type: ignore[override]
        return self.entries[index]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[OktEntry]:
        return iter(self.entries)

    @property
    def names(self) -> tuple[str, ...]:
        """Every skater, first place first (skaters without a valid time last)."""
        return tuple(e.name for e in self.entries)

    @property
    def timed(self) -> tuple[str, ...]:
        """Only the skaters with a valid time, first place first."""
        return tuple(e.name for e in self.entries if isinstance(e.result, RaceTime))


def _runs(value: Runs) -> tuple[ResultLike, ...]:
    if isinstance(value, str | Decimal | RaceTime | Status) or value is None:
        return (value,)
    if isinstance(value, Sequence):
        return tuple(value)
    raise ResultsError(f"{shown(value)} is not a result or a list of results")


def rank_distance(
    distance: int, results: Mapping[str, Runs], *, races: int | None = None
) -> OktRanking:
    """Rank one distance. ``races`` is how many times it is skated (2 for the 500 m).

    Each value is a time (text such as ``"1:07.24"`` or ``"1.07,24"``, a ``Decimal`` or a
    [`RaceTime`][skatecalc.time.RaceTime]), a status, or a list of them when the distance is skated
    more than once; ``None`` is a race not skated. Equal times (to the thousandth) cannot
    be split and raise an error: give the finishing order yourself in that case.

    >>> rank_distance(1500, {"Kjeld Nuis": "1:43.85", "Thomas Krol": "1:43.850"})
    Traceback (most recent call last):
    ...
    skatecalc...SelectionError: Kjeld Nuis and Thomas Krol both have 1:43.85 ...
    >>> rank_distance(1500, {"Kjeld Nuis": ["1:43.85", "1:44.00"]})
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: Kjeld Nuis has 2 results on the 1500 m, which is skated once
    """
    if type(distance) is not int or not 0 < distance <= 10**6:
        raise InvalidDistanceError(f"{shown(distance)} is not a distance in metres")
    if races is not None and (type(races) is not int or races < 1):
        raise ResultsError(f"races={shown(races)} must be a whole number of at least 1")
    if not isinstance(results, Mapping):
        raise ResultsError(f"results {shown(results)} must map each skater to a result")
    allowed = races if races is not None else (2 if distance == 500 else 1)
    timed: list[tuple[RaceTime, str]] = []
    statuses: list[tuple[str, Status]] = []
    for name, value in results.items():
        if not isinstance(name, str) or not name.strip():
            raise ResultsError(f"{shown(name)} is not a skater's name")
        try:
            runs = [parse_result(v) for v in _runs(value)]
        except SkatecalcError as exc:
            raise exc.within(f"{name}, {distance} m") from None
        if len(runs) > allowed:
            raise ResultsError(
                f"{name} has {len(runs)} results on the {distance} m, which is skated "
                + ("once" if allowed == 1 else f"{allowed} times")
            )
        times = [r for r in runs if isinstance(r, RaceTime)]
        if times:
            timed.append((min(times), name))
            continue
        codes = [r for r in runs if isinstance(r, Status)]
        if not codes:
            raise ResultsError(f"{name} has no result on the {distance} m")
        statuses.append((name, codes[0]))
    timed.sort(key=lambda pair: pair[0].thousandths)
    for (t1, n1), (t2, n2) in itertools.pairwise(timed):
        if t1.thousandths == t2.thousandths:
            raise SelectionError(
                f"{n1} and {n2} both have {t1} on the {distance} m: a tie the thousandths do "
                "not split; give the finishing order yourself"
            )
    entries = [OktEntry(i, name, t) for i, (t, name) in enumerate(timed, start=1)]
    last = len(timed) + 1
    entries += [OktEntry(last, name, status) for name, status in statuses]
    return OktRanking(distance, tuple(entries))


def rank_trials(times: Mapping[int, Mapping[str, Runs]]) -> dict[int, tuple[str, ...]]:
    """Finishing orders for every distance: the ``okt_results`` that
    [`select`][skatecalc.olympic.select] takes.

    >>> rank_trials({1000: {"Kai Verbij": "1:07.48", "Thomas Krol": "1:07.24"}})
    {1000: ('Thomas Krol', 'Kai Verbij')}
    """
    if not isinstance(times, Mapping):
        raise ResultsError(f"{shown(times)} is not a mapping of distance -> results")
    out: dict[int, tuple[str, ...]] = {}
    for distance, results in times.items():
        if distance in out:  # pragma: no cover - a mapping has unique keys
            raise DuplicateError(f"the {distance} m twice")
        out[distance] = rank_distance(distance, results).names
    return out
