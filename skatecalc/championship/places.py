"""Published places on a distance: where the results know more than the official times.

Official times are hundredths (thousandths truncated), and thousandths split ties on one
distance (ISU Special Regulations & Technical Rules Speed Skating). When the thousandths
are not known absolutely, the published results may still know the order: an official
results listing gives every skater's gap to the winner in thousandths, so two skaters on
``37.34`` can be 10th and 11th. `check_places()` reads such places (``distance_places``
of `skatecalc.classify()`) and refuses any that contradict the times; the classification
then ranks the distance by them. Totals never change: points use the official times.

    >>> import skatecalc as sc
    >>> from skatecalc.championship.entries import read_entries
    >>> comb = sc.Combination("x", (500,))
    >>> entries = read_entries(comb, {"W": ["37.34"], "L": ["37.34"]}, None,
    ...                        sc.Rounding.TRUNCATE)
    >>> check_places(comb, entries, [{"W": 10, "L": 11}])
    [{'W': 10, 'L': 11}]
    >>> check_places(comb, entries, [{"W": 10, "K": 11, "L": 12}])  # K: not in the table
    [{'W': 10, 'L': 12}]
    >>> check_places(comb, entries, [{"W": 10, "Lee": 11}])
    Traceback (most recent call last):
    ...
    skatecalc.errors.ResultsError: 'L' has a time on the 500 m (37.34) but no place: give \
every skater with a time a place on it, or no places on it at all
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..errors import PlaceError, ResultsError, SkatecalcError
from ..limits import shown
from ..time import RaceTime
from .combinations import Combination
from .entries import Entries

__all__ = ["DistancePlaces", "check_places"]

DistancePlaces = Sequence[Mapping[str, int] | None]
"""Published places per distance in skating order: for each distance a mapping from
skater to place, or ``None`` where the times alone rank the distance."""

_SCALE = {1: 100, 2: 10, 3: 1}  # thousandths per unit of a precision


def check_places(
    comb: Combination, entries: Entries, distance_places: object
) -> list[dict[str, int] | None]:
    """The places of ``distance_places``, checked against the results, per distance.

    A place is a whole number from 1. Names that are not in the results are left out, so
    that the places of a whole race rank the skaters of a smaller table among themselves;
    on a distance with places, every skater with a time needs one (a misspelt name is
    caught there) and a skater without a time has none. The places must agree with the
    times: a slower time never has the better place, and a shared place means equal
    times. Two times are compared as far as both are given: in hundredths (the official
    times), in thousandths where both carry them, in tenths where one is in tenths. An
    error names the skaters and the distance.
    """
    if isinstance(distance_places, str | bytes) or not isinstance(distance_places, Sequence):
        raise ResultsError(
            f"distance_places={shown(distance_places)} must be a list with, per distance"
            " in skating order, a mapping of skater to place (or None)"
        )
    n = len(comb.distances)
    if len(distance_places) > n:
        raise ResultsError(
            f"distance_places has {len(distance_places)} distances but {comb} has {n}"
            f" ({', '.join(map(str, comb.distances))})"
        )
    known = set(entries.names)
    out: list[dict[str, int] | None] = []
    for index, given in enumerate(distance_places):
        if given is None:
            out.append(None)
            continue
        here = f"distance_places, {comb.distance_name(index)}"
        if not isinstance(given, Mapping):
            raise ResultsError(
                f"the places on the {comb.distance_name(index)} must map skaters to places,"
                f" not {shown(given)}"
            ).at(here)
        places: dict[str, int] = {}
        for name, place in given.items():
            if not isinstance(name, str):
                raise ResultsError(f"{shown(name)} is not a skater's name").at(here)
            if type(place) is not int or place < 1:
                raise PlaceError(
                    f"the place of {shown(name)} is {shown(place)}: a place is a"
                    " whole number from 1"
                ).at(here)
            if name in known:  # the places of a whole race rank the table's skaters
                places[name] = place
        _check_distance(comb, entries, index, places)
        out.append(places)
    return out


def _check_distance(
    comb: Combination, entries: Entries, index: int, places: Mapping[str, int]
) -> None:
    """Every skater with a time on distance ``index`` has a place, nobody else has one,
    and the places agree with the times."""
    where = comb.distance_name(index)
    timed: list[tuple[int, RaceTime, str]] = []
    for i, name in enumerate(entries.names):
        r = entries.result(i, index)
        place = places.get(name)
        if isinstance(r, RaceTime):
            if place is None:
                raise ResultsError(
                    f"{shown(name)} has a time on the {where} ({r}) but no place: give every"
                    " skater with a time a place on it, or no places on it at all"
                )
            timed.append((place, r, name))
        elif place is not None:
            what = "no result" if r is None else f"no time ({r.value})"
            raise ResultsError(f"{shown(name)} has place {place} on the {where} but {what}")
    timed.sort(key=lambda q: q[0])
    # Compared at each precision among the times given at least that precisely: one pass
    # per precision, adjacent pairs only (integers at one scale order transitively).
    for precision in (1, 2, 3):
        scale = _SCALE[precision]
        previous: tuple[int, RaceTime, str] | None = None
        for current in timed:
            if current[1].precision < precision:
                continue
            if previous is not None:
                _check_pair(where, previous, current, scale)
            previous = current


def _check_pair(
    where: str, a: tuple[int, RaceTime, str], b: tuple[int, RaceTime, str], scale: int
) -> None:
    (pa, ta, na), (pb, tb, nb) = a, b  # pa <= pb
    va, vb = ta.thousandths // scale, tb.thousandths // scale
    if pa == pb and va != vb:
        raise _disagree(
            f"{shown(na)} and {shown(nb)} share place {pa} on the {where}, but their times"
            f" differ ({ta}, {tb})"
        )
    if va > vb:
        raise _disagree(
            f"{shown(na)} has place {pa} on the {where}, ahead of {shown(nb)}"
            f" (place {pb}), but the slower time ({ta} against {tb})"
        )


def _disagree(message: str) -> SkatecalcError:
    return ResultsError(f"the places disagree with the times: {message}")
